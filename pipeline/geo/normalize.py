"""Name normalization shared by the index builder and the lookups, so both sides agree on keys."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_COUNTED = re.compile(r"([2-5])([A-Z])")  # a letter written with its count in an acronym ("4CPS", "3CM")


def expand_counts(acronym: str) -> str:
    """'4CPS' -> 'CCCCPS': the acronym with each counted letter written out, as initials are."""
    return _COUNTED.sub(lambda m: m[2] * int(m[1]), acronym)

_PUNCT = re.compile(r"[^a-z0-9]+")
_SAINT = re.compile(r"\b(saint|sainte|saints|saintes)\b")
_ST_MAP = {"saint": "st", "sainte": "ste", "saints": "sts", "saintes": "stes"}
# Leading articles / prepositions that the press glues in front of a name ("du Havre", "de l'Isle").
_LEAD = re.compile(r"^(?:(?:de la|de l|des|du|de|d|a la|a l|au|aux|en|la|le|les|l)\s+)+")
_ARTICLE = re.compile(r"^(?:la|le|les|l)\s+")

_EPCI_PREFIX = re.compile(
    r"^(?:communaute\s+(?:de\s+communes|des\s+communes|d\s*agglomeration|d\s*agglo|urbaine|de\s+l\s*agglomeration)"
    r"|communaute\s+intercommunale|communaute|cc|ca|cu|cte\s+de\s+communes|agglomeration|agglo"
    r"|metropole|eurometropole|etablissement\s+public\s+territorial|ept|intercommunalite|interco"
    r"|comcom|com\s+com)\b\s*"
)
_EPCI_SUFFIX = re.compile(
    r"\s+(?:communaute\s+de\s+communes|communaute\s+d\s*agglomeration|communaute|agglomeration|agglo"
    r"|metropole|intercom)$"
)
# The kind word inside an official name, a qualifier after it: "Grand Orb Communauté de Communes en Languedoc",
# "Guingamp-Paimpol Agglomération de l'Armor à l'Argoat".
_EPCI_KIND_MID = re.compile(r"\s+(?:communaute\s+de\s+communes|communaute\s+d\s*agglomeration|communaute|agglomeration|agglo)\s+\S")
_PAYS_PREFIX = re.compile(
    r"^(?:petr|pole\s+d\s*equilibre\s+territorial\s+et\s+rural|syndicat\s+mixte(?:\s+du\s+pays)?"
    r"|pays)\b\s*"
)
_COMMUNE_PREFIX = re.compile(r"^(?:ville|commune|mairie|cite|municipalite)\b\s*")
_DEPT_PREFIX = re.compile(r"^(?:departement|conseil\s+departemental|conseil\s+general|cd)\b\s*")
_REGION_PREFIX = re.compile(r"^(?:region|conseil\s+regional)\b\s*")


def fold(text: str) -> str:
    """Lowercase without accents; œ/æ spelled out so 'Cœur' == 'Coeur'."""
    text = text.lower().replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Canonical key: folded, "&" as "et", punctuation to spaces, Saint->st, 'St.'->st, a lone digit as its word ("4 Rivières en
    Bray" is "Quatre Rivières en Bray"), collapsed spaces."""
    s = _PUNCT.sub(" ", fold(text).replace("&", " et ")).strip()  # "Grand Paris Seine & Oise"
    s = _SAINT.sub(lambda m: _ST_MAP[m.group(1)], s)
    s = _LONE_DIGIT.sub(lambda m: _DIGIT_WORDS[m.group()], s)
    return re.sub(r"\s+", " ", s)


_LONE_DIGIT = re.compile(r"(?<![\w])[2-9](?![\w])")
_DIGIT_WORDS = {"2": "deux", "3": "trois", "4": "quatre", "5": "cinq", "6": "six", "7": "sept", "8": "huit", "9": "neuf"}


def strip_lead(key: str) -> str:
    """Drop leading articles/prepositions of a normalized key ('du havre' -> 'havre')."""
    return _LEAD.sub("", key)


def strip_article(key: str) -> str:
    """Drop only a leading article ('le havre' -> 'havre')."""
    return _ARTICLE.sub("", key)


def split_marker(key: str) -> tuple[str | None, str]:
    """Kind hinted by a prefix/suffix marker and the rest: 'cc du pays de lunel' -> ('epci', 'pays de lunel')."""
    for kind, rx in (
        ("commune", _COMMUNE_PREFIX),
        ("departement", _DEPT_PREFIX),
        ("region", _REGION_PREFIX),
        ("pays_petr", _PAYS_PREFIX),
        ("epci", _EPCI_PREFIX),
    ):
        m = rx.match(key)
        if m and m.end() < len(key):
            rest = key[m.end():]
            if kind == "pays_petr":
                # 'PETR du Pays X' -> 'x'; keep 'pays' itself out of the core.
                rest = _PAYS_PREFIX.sub("", strip_lead(rest)) or rest
            return kind, strip_lead(rest) or rest
    m = _EPCI_SUFFIX.search(key)
    if m and m.start() > 0:
        return "epci", strip_lead(key[: m.start()])
    return None, key


def epci_cores(key: str) -> list[str]:
    """Core keys under which an EPCI name is indexed (without kind words, articles, 'pays de')."""
    kind, core = split_marker(key)
    out = [core] if kind == "epci" else [strip_lead(key)]
    m = _EPCI_SUFFIX.search(out[0]) or _EPCI_KIND_MID.search(out[0])
    if m and m.start() > 0:
        out.append(strip_lead(out[0][: m.start()]))
    for c in list(out):
        if c.startswith("pays "):
            out.append(strip_lead(c[5:]))
    return [c for i, c in enumerate(out) if c and c not in out[:i]]


def pays_cores(key: str) -> list[str]:
    """Core keys of a Pays/PETR name ('petr du pays midi quercy' -> 'midi quercy')."""
    s = key
    for _ in range(3):
        s2 = strip_lead(_PAYS_PREFIX.sub("", s))
        if s2 == s or not s2:
            break
        s = s2
    return [s] if s else []
