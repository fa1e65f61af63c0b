"""The other contract a page tells of beside its own, as a record of its own: the earlier one, or a quartier's town's.

A renewal's page often recalls the first contract: "Le premier CLS avait été signé le 14 novembre 2019 par la seule
Ville et l'ARS, pour les années 2020 à 2024. Il s'articulait autour de trois axes : …". The annotated sets make it a
record when the page gives who signed it (the reviews' settled rule: its parties or its axes; every such record holds
its parties); a year or a result alone ("un premier contrat, signé en 2019") is history, no record.
"""

from __future__ import annotations

import re

from pipeline import rules
from pipeline.extract import axes as axes_mod
from pipeline.extract import dates, period, signatories, status
from pipeline.extract.units import Unit
from pipeline.geo.normalize import fold
from pipeline.models import Contract, Signatory, Span, Territory

# The paragraph opens on, or names, the first contract and says it was signed.
# ("Le premier avait été signé le 23 novembre 2018 avec l'ARS", "Les Aixois ont déjà connu un premier contrat local de
# santé. Il avait été signé le 5 juillet 2019 par la Ville, l'ARS et la préfecture", a mayor's "Notre premier contrat")
_FIRST = re.compile(r"\b(?:le|ce|son|leur|un|notre|au|du)\s+(?:tout\s+)?premier\s+(?:contrat(?:\s+local\s+de\s+santé)?|CLS\b|"
                    r"(?=(?:avait|a|fut)\s+(?:été\s+)?signé))", re.I)
# A signing told in a past tense, with its parties after it: "avait été signé le … par", "Conclu pour 2020-2024 entre",
# "Il avait été signé par".
_SIGNED_BY = re.compile(r"\b(?:avait\s+été|a\s+été|fut|été)?\s*(?:signée?|conclue?|paraphée?)\b[^.;]{0,220}?"
                        r"\b(?:par|entre|avec)\s+(?P<parties>[^.;]{3,260})", re.I)
_YEARS = re.compile(r"\b(?:pour|sur|de|couvrait)\s+(?:la\s+période\s+|les\s+années\s+)?(?P<a>20[0-3]\d)\s*(?:-|–|à|/)\s*(?P<b>20[0-4]\d)\b")
_EXTENDED = re.compile(r"\bprolongée?\b[^.;]{0,40}?(?:\bd['’]un\s+an\b|\bde\s+(?P<n>deux|trois|\d)\s+ans\b|"
                       r"\bjusqu['’](?:au|à|en)\b[^.;]{0,20}?(?P<year>20[1-4]\d)\b)", re.I)
# ("avait été signé", "couvrait"; or the first contract with its signing in apposition: "Le premier contrat, signé en mars
# 2021 par la communauté de communes, l'ARS …", "Il succède au premier contrat, signé le 8 février 2021 par la Ville")
# (or its signing fronted: "Signé le 19 juin 2023 par la Ville, l'ARS … et la préfecture, le premier contrat local de santé
# de L'Union couvre la période 2023-2027", beside the second in preparation)
_TOLD_AS_PAST = re.compile(r"\bavai(?:t|ent)\s+(?:été\s+)?(?:signée?|conclue?)\b|\b(?:couvrait|s['’]articulait|reposait|portait)\b|"
                           r"\b(?:le|son|au|du)\s+premier\s+(?:contrat|CLS)\b[^.;,]{0,80},\s+signée?\s+(?:le|en)\s+[^.;,]{3,30}?\s+par\s|"
                           r"(?:^|[.!?]\s+)Signée?\s+(?:le|en)\s+[^.;,]{3,30}?\s+par\s[^.;]{3,200}?,\s+(?:le|son)\s+premier\s+(?:contrat|CLS)\b",
                           re.I)
# A sentence whose subject is the page's own contract, beside the first one ("Le précédent courait de 2020 à 2025, le
# tout premier avait été signé en 2014. Celui-ci a été paraphé vendredi 20 novembre … par …"): its parties are not the
# first one's.
_THIS_ONE = re.compile(r"\s*(?:Celui-ci|Ce\s+(?:nouveau|dernier|\w+ième)\s+(?:contrat|CLS)|Le\s+nouveau\s+(?:contrat|CLS)|"
                       r"La\s+nouvelle\s+génération)\b", re.I)
# (a date read with its "en"; or after its weekday: "avait été signé un jeudi, le 8 avril 2021")
_SIGN_DAY = re.compile(r"\b(?:signée?|conclue?|paraphée?)\s+(?:un\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*,?\s+)?"
                       r"(?:(?:le|en)\s+)?$", re.I)


# A paragraph whose subject is the first contract, signed ("Son premier contrat local de santé a été signé le mercredi 6
# juillet 2022 par la Ville, l'ARS …"): the first one's record beside a contract still to be signed, and beside a signed
# one where it names the territory's own by its kind or its name (_of_its_own: not the ranking "Le premier CLS de Mayotte
# a été signé le 9 octobre 2013", the page's own contract). The passé composé takes no sentence from the page's own
# contract (see first_told_units).
_FIRST_SIGNED = re.compile(r"\b(?:le|son)\s+premier\s+(?:contrat|CLS)\b[^.;]{0,80}?\ba\s+été\s+(?:signée?|conclue?)\b", re.I)


_GENERIC_OWNER = frozenset({"ville", "commune", "communaute", "agglomeration", "metropole", "pays", "territoire", "cls"})


def _of_its_own(told: str, terr: Territory) -> bool:
    """"Le premier contrat local de santé de la Ville (de Bourg-lès-Valence) a été signé": the territory's own first one,
    named by its kind or its name; not a ranking ("Le premier CLS de Mayotte a été signé le 9 octobre 2013" on a page
    about Mamoudzou's, the first of the département)."""
    own = {fold(w) for w in re.findall(r"[^\W\d_]+", terr.name)}
    capitals = [fold(w) for w in re.findall(r"\b[A-ZÀ-Ý][^\W\d_]*", told)[1:]]
    return all(w in own or w in _GENERIC_OWNER for w in capitals)


def tells_the_first(text: str) -> bool:
    """The text names the first contract and tells its signing in the past ("un premier CLS avait été signé le …")."""
    return _FIRST.search(text) is not None and _TOLD_AS_PAST.search(text) is not None


def _told_after_naming(units: list[Unit], i: int) -> bool:
    """The sentence tells the first contract's signing right after the one that names it ("Les Aixois ont déjà connu un
    premier contrat local de santé. Il avait été signé le 5 juillet 2019 par la Ville, l'ARS et la préfecture")."""
    return i > 0 and units[i - 1].line == units[i].line and _TOLD_AS_PAST.search(units[i].text) is not None \
        and _FIRST.search(units[i - 1].text) is not None


def first_told_units(units: list[Unit]) -> list[tuple[int, int]]:
    """The sentences that tell the first contract's signing: one that names it and tells it ("un premier CLS avait été
    signé … par …"), or one right after the sentence naming it (_told_after_naming)."""
    return [(u.start, u.end) for i, u in enumerate(units) if tells_the_first(u.text) or _told_after_naming(units, i)]


def predecessor_record(units: list[Unit], text: str, orgs: list, terr: Territory, current: Contract,
                       specific_ars: str | None, dept_of: str | None, publication: str | None) -> Contract | None:
    """The first contract of a later one's territory, when one paragraph names it signed and by whom (a later one: its
    generation, a renewal, or a contract still to be signed beside a first one told as signed)."""
    if (current.generation or 0) < 2 and current.status not in ("renewed", "announced", "in_preparation"):
        return None
    for line_units in _paragraphs(units):
        para = " ".join(u.text for u in line_units)
        told_past = tells_the_first(para)
        if not told_past and ((signed := _FIRST_SIGNED.search(para)) is None or (
                current.status not in ("announced", "in_preparation") and not _of_its_own(signed.group(), terr))):
            continue  # (told as the past beside the page's own: "avait été signé", "couvrait", "s'articulait")
        sigs, sig_spans, signing, sign_span = _parties(line_units, text, orgs, terr, specific_ars, dept_of, publication,
                                                       _town_of(current) if terr.type == "quartier" else None)
        if len(sigs) < 2:
            continue
        per = _period_of(line_units, para)
        if per is not None and per.end is not None and (longer := _EXTENDED.search(para)) is not None:
            # "pour les années 2018 à 2022, puis prolongé d'un an", "prolongé par avenant jusqu'au 30 juin 2026": its
            # period runs to the extension's end (the reviews' settled reading)
            n = longer["n"] or "un"
            end = int(longer["year"]) if longer["year"] else per.end + (int(n) if n.isdigit() else rules.number_words()[n.lower()])
            per = period.Period(per.start, max(per.end, end), per.span)
        items = axes_mod.find_axes(line_units) or _list_told_after(units, line_units)
        details, themes = axes_mod.details(items)
        first_year = int(signing[:4]) if signing else per.start if per else None
        this_year = int(current.signing_date[:4]) if current.signing_date else current.period_start
        if not told_past and (first_year is None or this_year is None):
            continue  # (the passé composé dates the first contract before the page's own, or tells the page's own)
        if first_year is not None and this_year is not None and first_year >= this_year:
            continue  # not before the page's own contract: the same one told twice, no predecessor
        evidence = {"signatories": sig_spans, "territory": [Span(start=line_units[0].start, end=line_units[-1].end,
                                                                 text=text[line_units[0].start:line_units[-1].end])]}
        if sign_span is not None:
            evidence["signing_date"] = [sign_span]
        if items:
            evidence["axes"] = [Span(start=it.start, end=it.end, text=text[it.start:it.end]) for it in items]
        return Contract(territory=terr, status="signed", generation=1, signing_date=signing,
                        period_start=per.start if per else None, period_end=per.end if per else None,
                        signatories=sigs, axes=[a.text for a in details], axis_themes=themes, axis_details=details,
                        evidence=evidence, confidence={"territory": 0.6}, warnings=["predecessor"])
    return None


def _list_told_after(units: list[Unit], line_units: list[Unit]) -> list[axes_mod.AxisItem]:
    """The list right after the paragraph, under a header told in the past ("Il s'organisait autour de trois axes :"):
    the first contract's axes."""
    after = [u for u in units if u.start >= line_units[-1].end]
    if not after or after[0].line > line_units[-1].line + 2 or not axes_mod.past_header(after[0].text):
        return []
    return axes_mod.find_axes([u for u in after if u.line <= after[0].line + 12])


def _period_of(line_units: list[Unit], para: str) -> period.Period | None:
    """The paragraph's years (the period finder leaves a former contract's years aside: here they are the record's)."""
    per = period.find_period([(u.start, u.text) for u in line_units], None)
    if per is None and (years := _YEARS.search(para)) is not None:
        per = period.Period(int(years["a"]), int(years["b"]), years.span())
    return per


def _paragraphs(units: list[Unit]) -> list[list[Unit]]:
    """The units grouped by the line (paragraph) they stand on, in order."""
    out: dict[int, list[Unit]] = {}
    for u in units:
        out.setdefault(u.line, []).append(u)
    return list(out.values())


_TOWN_PARTY = re.compile(r"^(?:Ville|Commune|Mairie)\s+(?:de\s+|d['’])")


def _town_of(current: Contract) -> str | None:
    """A quartier's town, as its later contract lists it ("Commune de Saint-Paul"): "la commune" of the first one."""
    return next((_TOWN_PARTY.sub("", s.name) for s in current.signatories if s.org_type == "commune"), None)


def _parties(line_units: list[Unit], text: str, orgs: list, terr: Territory, specific_ars: str | None,
             dept_of: str | None, publication: str | None, town: str | None = None, dated=None
             ) -> tuple[list[Signatory], list[Span], str | None, Span | None]:
    """The parties after the paragraph's past signing, and its day (or month) where the same sentence gives one: a
    sentence that names the first contract or tells its signing right after naming it (``dated``: another test)."""
    named = signatories._named_parties(orgs, text)
    sigs: list[Signatory] = []
    spans: list[Span] = []
    keys: set[str] = set()
    signing: str | None = None
    sign_span: Span | None = None
    for i, u in enumerate(line_units):
        for m in (() if _THIS_ONE.match(u.text) else _SIGNED_BY.finditer(u.text)):
            a, b = u.start + m.start("parties"), u.start + m.end("parties")
            for o in orgs:
                if not a <= o.start < b:
                    continue
                resolved = signatories.resolve(o, named, terr, specific_ars, dept_of, town)
                if resolved is None or resolved[2] in keys:
                    continue
                keys.add(resolved[2])
                sigs.append(Signatory(org_type=resolved[0].org_type, name=resolved[1]))
                spans.append(Span(start=o.start, end=o.end, text=text[o.start:o.end]))
        # (the first contract's own sentence dates it, not "Le contrat signé le vendredi 27 juin 2025 … est le deuxième"
        # before it)
        if signing is None and (dated(u.text) if dated is not None else
                                _FIRST.search(u.text) is not None or _told_after_naming(line_units, i)):
            for d in dates.find_dates(u.text):
                if d.year is None or not _SIGN_DAY.search(u.text[: d.start]):
                    continue
                resolved_date = dates.resolve(d, publication)
                if resolved_date is not None:
                    signing = resolved_date[0]
                    sign_span = Span(start=u.start + d.start, end=u.start + d.end, text=d.text)
                    break
    return sigs, spans, signing, sign_span


# A quartier's page that tells its town's own contract signed: "Ce contrat de quartier ne remplace pas le deuxième
# contrat local de santé de Châteauroux, signé le 27 juin 2024 par la Ville, …", "… s'emboîte dans le contrat local de
# santé de la ville. Deuxième du nom, celui-ci a été signé le 14 juin 2024 par …". The annotated sets make it a record
# when its signing is told with its day and parties; "Depuis 2023, Poissy dispose d'un contrat local de santé" is
# the frame of the page's contract, no record.
_TOWN_CONTRACT = r"\b(?:contrat\s+local\s+de\s+santé|CLS)\s+(?:de\s+la\s+(?:ville|commune)\b|(?:de\s+|d['’])(?:{names})\b)"


def town_paragraph(units: list[Unit], names: list[str], quartier: str) -> list[Unit]:
    """The paragraph that names the town's own contract, then tells it signed by its parties (not the quartier's
    signing before it: "Le contrat local de santé du quartier de Mermoz a été signé le 12 mai par l'ARS et la Ville.
    Il est conclu en complément du contrat local de santé de la Ville de Lyon")."""
    if not names:
        return []
    pattern = re.compile(_TOWN_CONTRACT.format(names="|".join(re.escape(n) for n in names)), re.I)
    for line_units in _paragraphs(units):
        named = next((i for i, u in enumerate(line_units) if pattern.search(u.text)), None)
        if named is None:
            continue
        after = pattern.search(line_units[named].text).end()
        if any(_SIGNED_BY.search(u.text, after if i == named else 0) and quartier not in u.text
               for i, u in enumerate(line_units[named:named + 2], start=named)):
            return line_units
    return []


def town_record(line_units: list[Unit], text: str, orgs: list, terr: Territory, current: Contract,
                specific_ars: str | None, dept_of: str | None, publication: str | None) -> Contract | None:
    """The town's contract its quartier's page tells signed, before the quartier's own, with its day and parties."""
    sigs, sig_spans, signing, sign_span = _parties(line_units, text, orgs, terr, specific_ars, dept_of, publication,
                                                   terr.name, dated=lambda _: True)
    if len(sigs) < 2 or signing is None or (current.signing_date and signing >= current.signing_date):
        return None  # (not the quartier's own signing told again)
    para = " ".join(u.text for u in line_units)
    per = _period_of(line_units, para)
    generation = status.extract_generation(para)
    details, themes = axes_mod.details(axes_mod.find_axes(line_units))
    evidence = {"signatories": sig_spans, "territory": [Span(start=line_units[0].start, end=line_units[-1].end,
                                                             text=text[line_units[0].start:line_units[-1].end])]}
    if sign_span is not None:
        evidence["signing_date"] = [sign_span]
    return Contract(territory=terr, status="renewed" if (generation or 0) >= 2 else "signed", generation=generation,
                    signing_date=signing, period_start=per.start if per else None, period_end=per.end if per else None,
                    signatories=sigs, axes=[a.text for a in details], axis_themes=themes, axis_details=details,
                    evidence=evidence, confidence={"territory": 0.6}, warnings=["town_of_quartier"])
