"""The publisher a page's URL names: "savigny-le-temple.fr", "ville-beauchamp.fr", "aunisatlantique.fr".

A town's or an intercommunality's own site writes "la Ville a signé son contrat local de santé" without
its name, as an HTML page's site name does (extract.territory.publisher_mentions reads both). The host's
registrable label is matched to the gazetteer with spaces and hyphens removed, and only where exactly one
commune or EPCI bears that name. Hosts of a wider body ("agglo-X", "pays-X", "metropole.X") name another
territory than the town X, and are left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, urlparse

from pipeline.geo import get_gazetteer
from pipeline.geo.model import Entity
from pipeline.geo.normalize import norm

_TOWN_PREFIX = re.compile(r"^(?:ville|mairie)-?")
_WIDER = re.compile(r"^(?:agglo|cc|ca|cu|communaute|pays|metropole|grand|petr|syndicat)\b|-(?:agglo|agglomeration)$")
_EPCI_HOST = re.compile(r"(?:cc|ca|cu|communautedecommunes|communautedagglomeration)-(?P<rest>[a-z][a-z-]{3,60})")
_DEPT_SUFFIX = re.compile(r"(?P<name>[a-z-]*+)(?<=[a-z])(?P<dept>\d{2,3}|2a|2b)")  # "vernon27"
_NOT_A_PUBLISHER = re.compile(r"(?:^|\.)(?:gouv|sante|ars|wikipedia|facebook|youtube)\.")


def _compact(name: str) -> str:
    return norm(name).replace(" ", "")


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Entity, ...]]:
    """Compact names of communes and EPCIs, and of EPCIs without their kind ("aunisatlantique")."""
    gaz = get_gazetteer()
    out: dict[str, list[Entity]] = {}
    for (kind, _), ent in gaz.by_code.items():
        if kind in ("commune", "epci"):
            out.setdefault(_compact(ent.name), []).append(ent)
    for key, hits in gaz.epci_core.items():
        for ent, _ in hits:
            if ent not in (bucket := out.setdefault(key.replace(" ", ""), [])):
                bucket.append(ent)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _pays_index() -> dict[str, tuple[Entity, ...]]:
    """Compact names of Pays/PETR as an address spells them, with their head word and without their articles:
    "paysauxoismorvan" (Pays de l'Auxois Morvan), "petrgrandbrianconnais"."""
    out: dict[str, list[Entity]] = {}
    for core, hits in get_gazetteer().pays_core.items():
        for ent, _ in hits:
            for head in ("pays", "petr"):
                if ent not in (bucket := out.setdefault(_pays_key([head, *core.split()]), [])):
                    bucket.append(ent)
    return {k: tuple(v) for k, v in out.items()}


_ARTICLES = frozenset({"de", "du", "des", "d", "l", "la", "le", "les"})


def _pays_key(words: list[str]) -> str:
    """A Pays's words without their articles, compacted: "pays du lunevillois" and "pays-lunevillois" alike."""
    return "".join(w for w in words if w not in _ARTICLES)


@lru_cache(maxsize=1)
def _epci_keys() -> tuple[tuple[str, Entity], ...]:
    return tuple(sorted(((k, e) for k, hits in _index().items() for e in hits if e.type == "epci"), key=lambda t: t[0]))


def publisher_of(url: str | None) -> str | None:
    """The official name of the commune or EPCI whose own site the URL is on, or None."""
    if not url:
        return None
    host = (urlparse(url if "//" in url else f"//{url}").hostname or "").lower()
    labels = re.sub(r"^www\d?\.", "", host).split(".")
    if len(labels) < 2 or _NOT_A_PUBLISHER.search(host + "."):
        return None
    label, sub = labels[-2], labels[:-2]
    if (own := _EPCI_HOST.fullmatch(label)) is not None and not sub:
        # "cc-paysdetarascon.fr": an intercommunality's own site, its kind then its name
        hits = tuple(e for e in _index().get(_compact(own["rest"]), ()) if e.type == "epci")
        return hits[0].name if len(hits) == 1 else None
    if _WIDER.search(label) or any(_WIDER.search(s) for s in sub):
        return None
    bare = _TOWN_PREFIX.sub("", label)
    key = _compact(bare)
    hits = _index().get(key, ())
    if not hits and (numbered := _DEPT_SUFFIX.fullmatch(key)) is not None:
        # "vernon27.fr": the town's name and its département's number
        hits = tuple(e for e in _index().get(numbered["name"], ()) if e.type == "commune"
                     and (e.departement or "").lower() == numbered["dept"])
    if bare != label:
        hits = tuple(e for e in hits if e.type == "commune")  # "mairie-pontivy.fr": the town, not Pontivy Communauté
    if not hits and len(key) >= 8:
        # "bethunebruay.fr": the first words of an EPCI's name (Béthune-Bruay, Artois-Lys Romane)
        hits = tuple({e.code: e for k, e in _epci_keys() if k.startswith(key)}.values())
    return hits[0].name if len(hits) == 1 else None


# The words of a page's address after its host: its slug ("/2020-contrat-local-de-sant%C3%A9-aubervilliers").
_SLUG_WORD = re.compile(r"[a-z]+")
_NAMED_IN_TEXT = re.compile(r"(?<=[\w,;'’(])[^\S\n]+([A-ZÀ-Ý][A-Za-zÀ-ÿ]{4,})\b")
SLUG_NGRAM = 6


def slug_place(url: str | None, text: str = "") -> str | None:
    """The one commune, EPCI or Pays whose name the words of a page's address (its path) spell, or None: a document-sharing
    or news page whose text names no place ("2020-contrat-local-de-santé-aubervilliers",
    "clermont-ferrand-renouvelle-son-engagement…"). A one-word name counts only where the text also writes it as a
    name inside a sentence ("la population de Valenton"): "mise-en-place" names no town of Placé."""
    if not url:
        return None
    path = unquote(urlparse(url if "//" in url else f"//{url}").path)
    words = _SLUG_WORD.findall(norm(re.sub(r"\.[a-z]{2,5}$", "", path)))
    # Proper names the text writes inside its sentences ("la population de Valenton"), not a capitalised first word.
    written = {norm(m.group(1)) for m in _NAMED_IN_TEXT.finditer(text)}
    found: dict[str, Entity] = {}
    for n in range(min(SLUG_NGRAM, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            if n == 1 and (len(gram[0]) < 5 or gram[0] not in written):
                continue
            key = "".join(gram)
            hits = _index().get(key, ()) or (_pays_index().get(_pays_key(gram), ()) if n > 1 and gram[0] in ("pays", "petr")
                                              else ())
            if len(hits) == 1:
                found.setdefault(hits[0].code, hits[0])
        if found:
            break  # the longest names first: "saint-quentin-en-yvelines", not "yvelines"
    return next(iter(found.values())).name if len(found) == 1 else None
