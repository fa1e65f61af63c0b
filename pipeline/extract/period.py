"""Contract period: start and end years ("2024-2028", "2022/2026", "pour 5 ans à compter de 2024",
"jusqu'en 2027", "les années 2025 à 2029").

Past contracts share the page ("le précédent CLS 2015-2020"): a range in a sentence about an earlier
contract is skipped, and among the rest the latest range wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline import rules
from pipeline.clean.hints import lead
from pipeline.extract.dates import OTHER_PLANS

_Y = r"(20[0-4]\d)"
_MONTH_NAMES = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_MONTH = rf"(?:(?:{_MONTH_NAMES})\s+)?"
# "2024-2028", "de 2025 à 2029", "de juin 2025 à juin 2030", "2024 → 2028", "2026 ➡️ 2030", "du 1er janvier 2027 au 31 décembre 2031"
# "et" joins a range only after "entre", of years: "d'octobre 2024 et février 2025", "entre octobre 2024 et
# février 2025" date an activity (a diagnostic), not the contract.
_RANGE = lead(re.compile(rf"(?<![\d/])(?:(?:de\s+|les\s+années\s+)?{_MONTH}{_Y}\s*(?:-|–|—|/|à|au|[→➡➔➜⟶›»]\ufe0f?|>)\s*(?:(?:1er|[0-3]?\d)\s+(?={_MONTH_NAMES}))?{_MONTH}|entre\s+{_Y}\s*(?:-|–|—|/|à|au|et)\s*)"
                         rf"{_Y}(?![\d/])", re.I))
_MONTH_WORD = re.compile(_MONTH_NAMES, re.I)
_DURATION = re.compile(
    rf"(?:pour|sur|d'une\s+durée\s+de|pour\s+une\s+durée\s+de|durée\s+de)\s+(?P<n>\d{{1,2}}|un|deux|trois|quatre|cinq|six|sept|huit|dix)\s+ans"
    rf"[^.\n]{{0,40}}?(?:à\s+compter\s+de|à\s+partir\s+de|dès|depuis|débutant\s+en|à\s+compter\s+du\s+1er\s+janvier)\s+{_Y}",
    re.I,
)
_UNTIL = re.compile(rf"(?:jusqu['’]en|jusqu['’]à\s+(?:fin\s+|la\s+fin\s+de\s+l['’]année\s+)?|jusqu['’]au\s+31\s+décembre|"
                    rf"à\s+l['’]horizon(?:\s+de)?)\s*{_Y}", re.I)
# "le contrat est prolongé jusqu'au 31 décembre 2029", "prorogé par avenant jusqu'en 2027": a later end for the range.
_EXTENDED = re.compile(r"\b(?:prolong|prorog)\w*[^.;\n]{0,60}$", re.I)
# "Le contrat s'applique à compter de cette année et court jusqu'à la fin de l'année 2030": a start the page dates by
# its own year (the publication's), or the next one ("dès l'an prochain").
_FROM_THIS_YEAR = re.compile(r"\b(?:à\s+compter\s+de|à\s+partir\s+de|dès)\s+(?P<when>cette\s+année|l['’]an\s+prochain|l['’]année\s+prochaine)\b",
                             re.I)
# "En vigueur depuis 2022, ce contrat a été prorogé … jusqu'à la fin de l'année 2026": the start of a contract in force.
_IN_FORCE_SINCE = re.compile(rf"\ben\s+vigueur\s+depuis\s+(?:le\s+)?(?:(?:1er|\d{{1,2}})\s+)?{_MONTH}{_Y}\b", re.I)
# "Le contrat prend effet au 1er juillet 2025 et s'achèvera le 31 décembre 2029": its first and its last day.
_DAY = r"(?:(?:le|au|du)\s+)?(?:1er|\d{1,2})?\s*" + _MONTH
_FROM_TO = re.compile(rf"(?:prend(?:ra)?\s+effet|entre(?:ra)?\s+en\s+vigueur|débute(?:ra)?|court(?:ra)?\s+(?:à\s+compter|à\s+partir))"
                      rf"[^.;\n]{{0,30}}?{_DAY}{_Y}[^.;\n]{{0,40}}?(?:s['’]achèvera|prendra\s+fin|se\s+terminera|s['’]achève|"
                      rf"prend\s+fin|se\s+termine|jusqu['’](?:au|en))\s*{_DAY}{_Y}", re.I)
# A contract's first and last years in sentences of their own, as a page in easy-to-read French writes them ("Il commence
# en 2026. Il finit en 2030."): the subject is the contract or its pronoun.
_SUBJECT = r"(?:\b(?:il|elle)|\bcontrat|\bCLS)\s+"
_STARTS_IN = re.compile(rf"{_SUBJECT}(?:commence|débute|démarre)(?:ra)?\s+en\s+{_Y}\b", re.I)
_ENDS_IN = re.compile(rf"{_SUBJECT}(?:finit|finira|se\s+termine(?:ra)?|s['’]achève(?:ra)?|prend(?:ra)?\s+fin)\s+en\s+{_Y}\b", re.I)
_PAST = re.compile(r"précédent|(?:premier|1er)\s+(?:contrat|CLS)\s*\(|ancien|dernier\s+contrat|avait\s+été|qu['’]avai(?:t|ent)\b|depuis\s+20|historique|"
                   r"diagnostic|PRS|projet\s+régional|schéma|plan\s+régional|mandat|sécurité|CLSPD|délinquance", re.I)
# Another plan's own years, written right after its name ("son Contrat de Ville 2015-2020"); "pour la durée
# du contrat de ville, soit de 2024 à 2030" is this contract's.
_OTHER_PLAN = re.compile(rf"{OTHER_PLANS}[^\S\n]*(?:[«»\"“”]?[^\S\n]*[\w'’-]+[^\S\n]*[«»\"“”]?[^\S\n]*){{0,2}}$",
                         re.I)


_RANGE_AT_END = re.compile(r"(?<![\d/-])20\d\d\s*[/-]\s*20\d\d(?:\s*(?:,|et))?\s*$")


def _without_earlier_ranges(clause: str) -> str:
    """'des plans de santé mentale (2005/2008 et ' -> 'des plans de santé mentale'."""
    while (m := _RANGE_AT_END.search(clause)) is not None:
        clause = clause[: m.start()]
    return clause.rstrip(" (")


# ", le contrat couvre la période …": a new subject, this contract, after an adjunct that may name a past step ("Élaboré
# à partir d'un diagnostic partagé, le contrat couvre la période 2026-2030").
_CONTRACT_AFTER_ADJUNCT = re.compile(r",\s+(?:le|ce|notre)\s+(?:nouveau\s+)?(?:contrat|CLS)\b(?![^,]*\b(?:précédent|ancien)\b)", re.I)


# (a table's cell is a clause of its own: "1er contrat (en cours d'élaboration) | … | 2027-2031")
_CLAUSE_CUT = re.compile(r"[;.]\s|[^\S\n]\|[^\S\n]|(?<!\s)\s+et\s+(?=(?:nous|vous|il|elle|ils|elles|on)\s)")


def _past(text: str, pos: int) -> bool:
    """A past contract or another plan is named just before the years ("le précédent CLS 2015-2020", "le
    contrat local de sécurité prolongé jusqu'en 2028"), in the same clause: "… le temps de refaire le
    diagnostic ; le nouveau texte court jusqu'en 2030" is the new contract's."""
    # (a clause coordinated with a pronoun is a clause of its own: "Il prend le relais du premier contrat (2019-2024)
    # et nous engage pour la période 2026-2030")
    clause = _CLAUSE_CUT.split(text[max(0, pos - 100) : pos])[-1]
    if (subject := max(_CONTRACT_AFTER_ADJUNCT.finditer(clause), key=lambda m: m.start(), default=None)) is not None:
        clause = clause[subject.start() + 1 :]
    # "les Plans de santé mentale (2005/2008 et 2011/2015)": the plan's earlier periods stand between it and these.
    named = _without_earlier_ranges(clause)
    return bool(_PAST.search(clause) or _OTHER_PLAN.search(clause) or _OTHER_PLAN.search(named))


@dataclass
class Period:
    start: int | None
    end: int | None
    span: tuple[int, int]


# What spans the turn of a year without being a contract's period: a winter, a season, a school year.
_STRADDLING = re.compile(r"\b(?:hiver|saison|année\s+scolaire|année\s+universitaire|rentrée|l['’]année)\s*(?:de\s+)?$", re.I)


def find_period(units: list[tuple[int, str]], year: int | None = None) -> Period | None:
    """Best period over (offset, text) units of one contract; ``year``: the publication's, for "à compter de cette
    année"."""
    ranges: list[Period] = []
    untils: list[Period] = []
    extensions: list[Period] = []
    since: list[int] = []
    firsts: list[tuple[int, tuple[int, int]]] = []
    lasts: list[tuple[int, tuple[int, int]]] = []
    for offset, text in units:
        if year is not None:
            since += [year + (0 if m["when"].lower().startswith("cette") else 1) for m in _FROM_THIS_YEAR.finditer(text)]
        if "20" not in text:
            continue  # each pattern needs a year (_Y)
        since += [int(m.group(1)) for m in _IN_FORCE_SINCE.finditer(text)]
        for m in _DURATION.finditer(text):
            n = int(m["n"]) if m["n"].isdigit() else rules.number_words()[m["n"].lower()]
            start = int(m.group(m.lastindex))
            if 1 <= n <= 10 and 2009 <= start <= 2040 and not _past(text, m.start()):
                ranges.append(Period(start, start + n - 1, (offset + m.start(), offset + m.end())))
        for m in _FROM_TO.finditer(text):
            a, b = int(m.group(1)), int(m.group(2))
            if 2009 <= a <= b <= a + 10 and not _past(text, m.start()):
                ranges.append(Period(a, b, (offset + m.start(), offset + m.end())))
        for m in _RANGE.finditer(text):
            a, b = int(m.group(1) or m.group(2)), int(m.group(3))
            if not (2009 <= a < b <= a + 10):
                continue
            if b - a <= 1 and (len(_MONTH_WORD.findall(m.group())) >= 2 or _STRADDLING.search(text, max(0, m.start() - 30), m.start())):
                continue  # "Novembre 2026 - janvier 2027 : questionnaire aux habitants", "hiver 2026-2027 : ateliers"
            if _past(text, m.start()):
                continue
            ranges.append(Period(a, b, (offset + m.start(), offset + m.end())))
        firsts += [(int(m.group(1)), (offset + m.start(), offset + m.end())) for m in _STARTS_IN.finditer(text)
                   if not _past(text, m.start())]
        lasts += [(int(m.group(1)), (offset + m.start(), offset + m.end())) for m in _ENDS_IN.finditer(text)
                  if not _past(text, m.start())]
        for m in _UNTIL.finditer(text):
            # (no contract ends before the law that created them, 2009: "jusqu'en 2008" is another era's)
            if 2009 <= int(m.group(1)) <= 2045 and not _past(text, m.start()):
                untils.append(Period(None, int(m.group(1)), (offset + m.start(), offset + m.end())))
                if _EXTENDED.search(text, max(0, m.start() - 80), m.start()):
                    extensions.append(untils[-1])
    if len(firsts) == len(lasts) == 1 and 2009 <= firsts[0][0] < lasts[0][0] <= firsts[0][0] + 10:
        ranges.append(Period(firsts[0][0], lasts[0][0], (firsts[0][1][0], lasts[0][1][1])))
    # A one-year span is a school or budget year ("Inscriptions scolaires 2026-2027"), not a contract's period, where
    # the text gives the contract's end otherwise ("restera en vigueur jusqu'en 2031").
    if untils and ranges and all(p.end - p.start == 1 for p in ranges):
        return max(untils, key=lambda p: p.end or 0)
    if ranges:
        # (of two starting the same year, the one of several years: "pour la période 2026-2030", not the school year of
        # another item, "les tarifs … pour l'année 2026-2027")
        best = max(ranges, key=lambda p: (p.start or 0, (p.end or 0) - (p.start or 0) > 1, -(p.span[0])))
        # An amendment's extension of the contract in force: its start, the new end ("2024-2028" … "le contrat est
        # prolongé jusqu'au 31 décembre 2029": 2024-2029).
        later = [e for e in extensions if best.end < e.end <= best.end + 3 and e.end - best.start <= 10]
        return Period(best.start, max(e.end for e in later), later[0].span) if later else best
    if untils:
        last = max(untils, key=lambda p: p.end or 0)
        start = next((y for y in since if 2009 <= y < last.end <= y + 10), None)
        return Period(start, last.end, last.span) if start else last
    return None
