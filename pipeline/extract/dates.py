"""French date expressions: find them with rules, resolve them against the publication date.

Rules find the candidate spans ("le 1er mars", "12/04/2024", "en juin dernier", "ce jeudi 14 mars",
"lundi dernier"); dateparser only sees short relative spans ("hier", "avant-hier"), never whole pages
(it is slow and over-eager there, see PITFALLS.md). A day-month without a year takes the year from
the publication date, failing that from the contract period, and is flagged ``year_inferred``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from email.utils import parsedate_to_datetime
from functools import lru_cache

from pipeline import rules
from pipeline.clean.hints import hint, lead
from pipeline.extract.units import leftmost_longest
from pipeline.lines import line_at, line_end, line_start

_R = rules.load("dates")
MONTHS: dict[str, int] = _R["months"]
WEEKDAYS: list[str] = _R["weekdays"]

# Another plan or contract named beside the CLS (rules/dates.yml other_plans), as one regex source.
OTHER_PLANS = "(?:" + "|".join(_R["other_plans"]) + ")"
# Another plan a signing participle is said of: "notre contrat de ville », signé en juin 2015", "La convention
# territoriale globale signée avec la CAF" (searched in the text before the participle).
PLAN_SIGNS = re.compile(rf"{OTHER_PLANS}(?:[^\S\n]+[\w'’-]+){{0,3}}[^\S\n]*[»\"”]?[^\S\n]*,?[^\S\n]*"
                        r"(?:a\s+été\s+|est\s+|qui\s+a\s+été\s+)?$", re.I)

_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_WEEKDAY_RE = "|".join(WEEKDAYS)
# A calendar's abbreviated weekday before its day ("jeu. 14 janvier", "ven. 11/12"): the weekday all the same.
_WEEKDAY_ABBR = {w[:3] + ".": k for k, w in enumerate(WEEKDAYS)}
_DAY_NAME_RE = _WEEKDAY_RE + "|" + "|".join(re.escape(a) for a in _WEEKDAY_ABBR)

# "en juin de l'an dernier", "le 3 mars de l'année dernière": that month of the year before the publication's
_LAST_YEAR = r"(?P<lastyear>\s+de\s+l['’]an(?:née)?\s+(?:dernier|dernière|passée))?"
# "lundi 3 mars 2024", "le 1er juillet", "31 janvier dernier"
_TEXTUAL = lead(re.compile(
    rf"\b(?:(?:ce|cet)\s+)?(?:(?P<wd>{_DAY_NAME_RE})\s+)?(?P<day>1er|[12]\d|3[01]|0?[1-9])\s+(?P<month>{_MONTH_RE})(?![\w])"
    rf"(?:\s+(?P<year>(?:19|20)\d\d)\b)?(?P<dernier>\s+dernier)?{_LAST_YEAR}",
    re.IGNORECASE,
))
# "12/04/2024", "07.10.2022", "le 3/10"
_NUMERIC = re.compile(r"(?<![\d/.])(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)(?:[/.](?P<year>(?:19|20)\d\d))?(?![\d/])")
# "en octobre 2015", "début juillet", "en juin dernier", "fin mars 2024"
_MONTH_ONLY = re.compile(
    rf"\b(?P<prefix>en|début|fin|mi-|courant|dès|depuis|au\s+mois\s+de|d'|de)?\s*(?P<month>{_MONTH_RE})(?![\w])"
    rf"(?:\s+(?P<year>(?:19|20)\d\d)\b)?(?P<dernier>\s+dernier)?{_LAST_YEAR}",
    re.IGNORECASE,
)
# "ce jeudi", "lundi dernier", "mardi soir", "jeudi en fin d'après-midi"
_WEEKDAY = re.compile(
    rf"\b(?P<ce>ce\s+|cet\s+)?(?P<wd>{_WEEKDAY_RE})(?P<rest>\s+dernier|\s+soir|\s+matin|\s+après-midi"
    r"|\s+en\s+(?:fin|début)\s+(?:de\s+|d['’])(?:matinée|après-midi|journée|soirée))?\b",
    re.IGNORECASE,
)
# "Ce matin, la Ville a signé", "signera ce soir": the publication's day, as "aujourd'hui".
# ("ce soir-là" is the evening of another day the text gives)
_RELATIVE = re.compile(r"\b(?:avant-hier|hier|aujourd'hui|ce\s+matin|ce\s+midi|cet\s+après-midi|ce\s+soir)\b(?!-là)",
                       re.IGNORECASE)
# "le 12 dernier": the 12th of the publication's month, or of the month before.
_DAY_LAST = re.compile(r"\ble\s+(?P<day>[1-9]|[12]\d|3[01])\s+dernier\b", re.I)
# "le 14 du mois dernier" (the month before the publication's), "le 3 de ce mois", "le 10 courant" (the administrative
# "of the current month": the publication's): the month is known even where the page gives only its month ("Décembre 2025").
_DAY_OF_MONTH = re.compile(r"\ble\s+(?P<day>[1-9]|[12]\d|3[01])(?:er)?\s+(?:du\s+mois\s+(?P<last>dernier|précédent)|de\s+ce\s+mois"
                           r"|du\s+mois\s+en\s+cours|(?:du\s+)?courant"
                           # "le 1er du mois" in a newsletter dated by its month (not "du mois prochain", "du mois de mai")
                           r"|du\s+mois(?!\s+(?:prochain|suivant|dernier|précédent|en\s+cours|de\b|d['’])))\b", re.I)
_DAY_BEFORE = re.compile(rf"(?:\ble|\b(?:{_WEEKDAY_RE}))\s+$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
# "la Ville a signé mardi son contrat": a bare weekday right after a past signing is the last such day.
# ("la commune du Vauclin s'est dotée vendredi d'un deuxième contrat local de santé": it got it then; "la Ville et ses
# partenaires ont renouvelé jeudi le contrat", "ont conclu lundi": the renewal's or the conclusion's day)
_DONE_ON = re.compile(r"\b(?:a|ont|été)\s+(?:sign|paraph|officialis|renouvel|conclu|scell)\w*\s+$|\bs['’](?:est|sont)\s+dotée?s?\s+$", re.IGNORECASE)
# (and the bare participle of a past signing in a sentence of prose: "sur le contrat local de santé signé mardi à l'hôtel
# de ville."; not one to come, "sera signé mardi", nor a headline's, which tells what is to come as well: "Le Lamentin : le
# contrat local de santé signé vendredi")
_DONE_PARTICIPLE = re.compile(r"(?<!\bsera\s)(?<!\bseront\s)(?<!\bêtre\s)(?<!\bsoit\s)\b(?:signé|paraphé)e?s?\s+$", re.I)
# "C'est vendredi que le Grand Nancy a signé", "C'est à la veille de la Saint-Nicolas, vendredi, qu'…": the cleft puts
# the day in focus.
_CLEFT_BEFORE = re.compile(r"\bc['’](?:est|était)\b[^.!?\n]{0,60}$", re.IGNORECASE)
_CLEFT_THAT = re.compile(r",?\s+qu(?:e\b|['’])", re.IGNORECASE)
_ISO = re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:T[\d:.+\-Z]*)?")


def _quoted(text: str, pos: int) -> bool:
    """Whether pos stands inside a « … » quotation: opened before it on its line and not closed since, or closed after
    it on its line before any new one opens (a sentence of a quotation read alone)."""
    start, end = line_at(text, pos)
    before, after = text[start:pos], text[pos:end]
    close, reopen = after.find("»"), after.find("«")
    return before.rfind("«") > before.rfind("»") or (close >= 0 and (reopen < 0 or close < reopen))


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = lundi
    relative: str | None = None  # "dernier", "ce", "hier", ...
    warnings: list[str] = field(default_factory=list)

    @property
    def precision(self) -> str:
        if self.day or self.weekday is not None or self.relative in ("hier", "avant-hier", "aujourd'hui", "ce"):
            return "day"
        return "month"


def _month(word: str) -> int:
    return MONTHS[word.lower()]


_NUMBER_WORDS: dict[str, int] = _R["number_word_values"]
# (the words of 1 to 9 and 11 to 16: "dix", "vingt"… are tens, read with their units below)
_UNIT_WORD = "(?:" + "|".join(w for w, v in _NUMBER_WORDS.items() if v < 17 and v != 10) + ")"
# 1 to 49 in words: "sept", "dix-huit", "vingt-trois", "trente et un", "vingt"
_SMALL_WORDS = (rf"(?:(?:dix|vingt|trente|quarante)(?:[-\s]et[-\s]un\b|-(?:{_UNIT_WORD}|dix)\b|(?![-\w]))|{_UNIT_WORD}(?![-\w])"
                rf"|dix(?![-\w]))")
# A deed's date in words: "le vingt-trois du mois d'octobre", "trente et un décembre deux mille trente", and the year
# that opens the act ("L'an deux mille vingt-six, le vingt-trois du mois d'octobre").
_WORDED = lead(re.compile(
    rf"(?:\bl['’]an\s+(?P<year0>deux\s+mille(?:[\s-]+{_SMALL_WORDS})?|20\d\d)\s*,\s*le\s+)?"
    rf"\b(?P<day>{_SMALL_WORDS})\s+(?:du\s+mois\s+)?(?:de\s+|d['’])?(?P<month>{_MONTH_RE})(?![\w])"
    rf"(?:\s+(?:de\s+l['’]an\s+)?(?P<year>deux\s+mille(?:[\s-]+{_SMALL_WORDS})?|20\d\d\b))?",
    re.IGNORECASE,
))


def _words_value(words: str) -> int:
    """'vingt-trois' -> 23, 'trente et un' -> 31, 'deux mille vingt-six' -> 2026."""
    words = words.lower()
    if words.isdigit():
        return int(words)  # (a year the cleaning wrote in figures: "L'an 2026, le douze du mois de novembre")
    if words.startswith("deux"):
        rest = re.sub(r"^deux\s+mille[\s-]*", "", words)
        return 2000 + (_words_value(rest) if rest else 0)
    return sum(_NUMBER_WORDS.get(w, 0) for w in re.split(r"[\s-]+", words) if w != "et")


def find_dates(text: str) -> list[DateMention]:
    """Every date expression in ``text``, leftmost-longest, without overlaps."""
    found: list[DateMention] = []
    for m in _ISO.finditer(text):
        found.append(DateMention(m.start(), m.end(), m.group(), int(m["year"]), int(m["month"]), int(m["day"])))
    for m in _TEXTUAL.finditer(text):
        day = 1 if m["day"].lower() == "1er" else int(m["day"])
        found.append(
            DateMention(
                m.start(), m.end(), m.group(), int(m["year"]) if m["year"] else None, _month(m["month"]), day,
                relative="an dernier" if m["lastyear"] else "dernier" if m["dernier"] else None,
            )
        )
    for m in _WORDED.finditer(text) if "mille" in text or " du mois " in text else ():
        day, year = _words_value(m["day"]), m["year"] or m["year0"]
        if 1 <= day <= 31:
            found.append(DateMention(m.start(), m.end(), m.group(), _words_value(year) if year else None, _month(m["month"]),
                                     day))
    for m in _NUMERIC.finditer(text):
        day, month = int(m["day"]), int(m["month"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        # "3/10" without a year is only a date after "le" or a weekday ("le jeudi 26/03", "jeudi 26/03, 9h30"), not a
        # score, a fraction or a ratio.
        if not m["year"] and not _DAY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        found.append(DateMention(m.start(), m.end(), m.group(), int(m["year"]) if m["year"] else None, month, day))
    for m in _MONTH_ONLY.finditer(text):
        if not (m["year"] or m["dernier"] or m["lastyear"] or (m["prefix"] and m["prefix"].lower() in ("en", "début", "fin", "mi-"))):
            continue
        found.append(
            DateMention(
                m.start("month") if not m["prefix"] else m.start(), m.end(), m.group().strip(),
                int(m["year"]) if m["year"] else None, _month(m["month"]),
                relative="an dernier" if m["lastyear"] else "dernier" if m["dernier"] else None,
            )
        )
    for m in _WEEKDAY.finditer(text):
        if not (m["ce"] or m["rest"] or _DONE_ON.search(text[max(0, m.start() - 30) : m.start()])
                or (_DONE_PARTICIPLE.search(text[max(0, m.start() - 30) : m.start()])
                    and re.search(r"[.!?]", text[m.end() : line_end(text, m.end())]) is not None)
                or (_SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]) and text.startswith(",", m.end()))
                or (_CLEFT_THAT.match(text, m.end()) and _CLEFT_BEFORE.search(text, max(0, m.start() - 70), m.start()))):
            continue  # a bare weekday is a date when the clause says so; "Jeudi, dans la salle…, la Ville a signé" opens one
        rel = "dernier" if m["rest"] and "dernier" in m["rest"].lower() else "ce"
        found.append(DateMention(m.start(), m.end(), m.group(), weekday=WEEKDAYS.index(m["wd"].lower()), relative=rel))
    for m in _RELATIVE.finditer(text):
        if _quoted(text, m.start()):
            continue  # « En 2020, on partait de zéro. Aujourd'hui, les professionnels se connaissent »: the speaker's now
        rel = m.group().lower()
        found.append(DateMention(m.start(), m.end(), m.group(), relative="aujourd'hui" if rel.startswith("ce") else rel))
    for m in _DAY_LAST.finditer(text):
        found.append(DateMention(m.start(), m.end(), m.group(), day=int(m["day"]), relative="jour dernier"))
    for m in _DAY_OF_MONTH.finditer(text):
        found.append(DateMention(m.start(), m.end(), m.group(), day=int(m["day"]),
                                 relative="mois dernier" if m["last"] else "ce mois"))
    return leftmost_longest(found)


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 7, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


@lru_cache(maxsize=4096)
def _dateparser(text: str, base: dt.date) -> dt.date | None:
    import dateparser  # imported lazily: costly, and needed only for rare relative forms

    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "DATE_ORDER": "DMY",
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(text, languages=["fr"], settings=settings)
    return parsed.date() if parsed else None


_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def year_by_weekday(mention: DateMention, text: str) -> DateMention | None:
    """A day and month with their weekday and no year, on a page with no date ("La signature est fixée au mardi 15
    décembre", in minutes that write 2021, 2026 and 2027): the one year the page writes whose calendar puts that day on
    that weekday, as a date without its weekday; None where none or several do."""
    weekday, words = mention.weekday, mention.text.lower().split()
    if weekday is None and words:
        weekday = _weekday_index(words[0])  # "mardi 15 décembre", "jeu. 14 janvier": the day's name written before it
    if mention.year is not None or weekday is None or not (mention.day and mention.month):
        return None
    years = set()
    for y in {int(m.group()) for m in _WRITTEN_YEAR.finditer(text)}:
        try:
            if dt.date(y, mention.month, mention.day).weekday() == weekday:
                years.add(y)
        except ValueError:
            continue
    return replace(mention, year=years.pop(), weekday=None, relative=None) if len(years) == 1 else None


def resolve(mention: DateMention, publication: str | None, period_start: int | None = None,
            future: bool = False) -> tuple[str, list[str]] | None:
    """The mention as ``YYYY-MM-DD`` / ``YYYY-MM`` with warnings, or None when it cannot be dated. ``future``:
    the clause announces the event ("signera son contrat le 12 février"), so a day after the publication date is
    still to come that year, not the year before."""
    pub = _parse_iso(publication) if publication and len(publication) >= 7 else None
    month_only = publication is not None and len(publication) == 7  # "2021-11": the day is unknown
    warnings: list[str] = []
    if mention.relative in ("jour dernier", "mois dernier", "ce mois"):
        # "le 12 dernier" needs the publication's day; "le 14 du mois dernier", "le 3 de ce mois" only its month.
        if pub is None or mention.day is None or (month_only and mention.relative == "jour dernier"):
            return None
        this_month = mention.relative == "ce mois" or (mention.relative == "jour dernier" and mention.day <= pub.day)
        month, year = (pub.month, pub.year) if this_month else (pub.month - 1 or 12, pub.year - (pub.month == 1))
        try:
            return dt.date(year, month, mention.day).isoformat(), ["date_relative"]
        except ValueError:
            return None
    if mention.weekday is not None or mention.relative in ("hier", "avant-hier", "aujourd'hui"):
        if pub is None or month_only:
            return None
        if mention.weekday is not None and mention.day is None:
            delta = (pub.weekday() - mention.weekday) % 7
            if mention.relative == "dernier" and delta == 0:
                delta = 7
            day = pub - dt.timedelta(days=delta)
        elif mention.relative == "aujourd'hui" and mention.weekday is None:
            day = pub
        else:
            day = _dateparser(mention.text.lower(), pub)
            if day is None:
                return None
        return day.isoformat(), ["date_relative"]
    year = mention.year
    if year is None and mention.relative == "an dernier":
        if pub is None:
            return None
        year = pub.year - 1
        warnings.append("date_relative")
    if year is None:
        if pub is not None:
            year = pub.year
            # "le 31 janvier dernier" read in July, or "en décembre" read in March: the year before,
            # unless the weekday given says otherwise ("le mardi 17 mars" read in January 2026: 2026).
            if mention.month and (mention.month, mention.day or 1) > (pub.month, 31 if month_only else pub.day) \
                    and not future:
                year -= 1
                wd = named_weekday(mention)
                if (wd is not None and mention.day and mention.relative != "dernier"
                        and _weekday_of(year, mention.month, mention.day) != wd
                        and _weekday_of(year + 1, mention.month, mention.day) == wd):
                    year += 1
            elif mention.month and mention.day and (mention.month, mention.day) < (pub.month, pub.day) \
                    and (not month_only or mention.month < pub.month) and mention.relative != "dernier" \
                    and _within_months(pub, year + 1, mention, 6):
                # "sera signé le 14 janvier", "le jeudi 14 janvier" read on 1 December: the next year, where the clause
                # announces it or the weekday given falls then and not this year (not "prévue le 8 juillet" read on
                # 17 July, a page left as it was); "mardi 13 janvier" in a magazine's December issue too
                wd = named_weekday(mention)
                if (future and (wd is None or _weekday_of(year + 1, mention.month, mention.day) == wd)) or (
                        wd is not None and _weekday_of(year, mention.month, mention.day) != wd
                        and _weekday_of(year + 1, mention.month, mention.day) == wd):
                    year += 1
        elif period_start is not None:
            year = period_start
            wd = named_weekday(mention)
            if wd is not None and mention.month and mention.day and _weekday_of(year, mention.month, mention.day) != wd:
                return None  # "ce mercredi 14 octobre" is no Wednesday in the period's first year: not that year
        else:
            return None
        warnings.append("year_inferred")
    if mention.month is None:
        return None
    if mention.day:
        try:
            return dt.date(year, mention.month, mention.day).isoformat(), warnings
        except ValueError:
            return None
    return f"{year:04d}-{mention.month:02d}", warnings


def _within_months(pub: dt.date, year: int, mention: DateMention, months: int) -> bool:
    """Whether the mention's day in ``year`` comes after the publication by at most ``months`` months."""
    try:
        day = dt.date(year, mention.month or 1, mention.day or 1)
    except ValueError:
        return False
    return 0 < (day - pub).days <= 31 * months


_LEADING_WEEKDAY = re.compile(rf"(?:(?:ce|cet|le)\s+)?({_DAY_NAME_RE})(?:\b|(?<=\.))", re.I)  # "le mardi 17 mars"


def named_weekday(mention: DateMention) -> int | None:
    """The weekday written before the day ("le mardi 17 mars": 1), if any."""
    named = _LEADING_WEEKDAY.match(mention.text)
    return _weekday_index(named.group(1)) if named else None


def _weekday_index(word: str) -> int | None:
    """0 for "lundi" or "lun.", …; None for a word that names no weekday."""
    word = word.lower()
    return _WEEKDAY_ABBR[word] if word in _WEEKDAY_ABBR else WEEKDAYS.index(word) if word in WEEKDAYS else None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def after_publication(day: str, publication: str | None) -> bool:
    """The day falls after the whole of the page's publication date, whatever its precision: after the day
    ("2026-12-13"), the month ("2026-12") or the year ("2026")."""
    return bool(publication) and day[: len(publication[:10])] > publication[:10]


def normalize_date(value: str | None) -> str | None:
    """A metadata date (ISO timestamp, 'dd/mm/yyyy', '3 mars 2024') as YYYY-MM-DD."""
    if not value:
        return None
    value = value.strip()
    ds = find_dates(value)
    if ds and ds[0].year and ds[0].month:
        d = ds[0]
        if d.day:
            try:
                return dt.date(d.year, d.month, d.day).isoformat()
            except ValueError:
                return None
        return f"{d.year:04d}-{d.month:02d}"
    m = re.fullmatch(r"((?:19|20)\d\d)(?:-([01]\d))?", value)
    if m:
        return value
    return None


# (council minutes are published by posting them: "Affiché au siège le 27 novembre 2026", "Affiché le …")
# ("Affiché au siège de la communauté de communes le 26 novembre 2026")
# (and a newsletter's sending: "N° 31 — Envoyée le vendredi 27 novembre 2026")
_POSTED = (r"(?:envoyée?|affichée?(?:\s+(?:au\s+siège|en\s+mairie|à\s+la\s+mairie|à\s+l['’]hôtel\s+de\s+ville)"
           r"(?:\s+(?:de\s+la|de\s+l['’]|du|des|de)\s+[^\s\d][^\n.;:\d]{0,60}?(?=\s+(?:le|et)\s))?)?)")
_PUBLISHED = re.compile(
    rf"(?:publi[ée]e?|mis\s+en\s+ligne|mise\s+à\s+jour|mis\s+à\s+jour|date\s*:|{_POSTED}(?=\s+le\s))\s*(?:le\s+)?[:\s]*",
    re.IGNORECASE,
)
# ("Compte rendu affiché le 28 septembre 2026", "Compte rendu affiché en mairie et mis en ligne le 27 novembre 2026")
_PUBLISHED_LINE = re.compile(rf"^[^\S\n]*(?:(?:compte[- ]rendu|procès-verbal|délibération|extrait)[^\S\n]+)?"
                             rf"(?:publi[ée]e?|mise?\s+en\s+ligne|{_POSTED})(?:\s+et\s+(?:publi[ée]e?|mise?\s+en\s+ligne))?\s+le\s+",
                             re.I | re.M)
_PUBLISHED_HINT = hint(_PUBLISHED)  # most pages have no "publié"/"mis en ligne"/"date :" (pipeline.clean.hints)
# "Landivisiau, le 4 mars 2024" / "Colmar, le 15 mars 2024" at the start of a line.
# The place must be a bare name: "X et la Ville de Y signent, le 1er juillet" is no dateline.
_PLACE = r"[A-ZÉÈÎÔ][\w'’]+(?:(?:[ -]|-(?:sur|sous|en|de|du|la|le|les|lès|aux?)-)[A-ZÉÈÎÔ][\w'’]+)*"
# "Par la rédaction — 15 octobre 2024", "Par Lise Dumolard · 16 septembre 2024": a byline carries the date.
# "Midi Libre – 27 mars 2026": a source line, its name then a dash and the date.
# A line that dates an event: opened by a calendar or clock pictograph, or giving its hour ("… 2026 à 17 h 30").
_EVENT_LINE = re.compile(r"\s*[\U0001F4C5\U0001F4C6\U0001F5D3\u23F0\u231A\U0001F552]|.*\b(?:19|20)\d\d,?\s+(?:à|de)\s+\d{1,2}\s*h\b")
_MAIL_DATE = re.compile(r"(?m)^(?:Date|Sent|Envoyé)[^\S\n]*:[^\S\n]*(?P<value>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),[^\S\n]*)?"
                        r"\d{1,2}[^\S\n]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[^\S\n]+(?:19|20)\d\d"
                        r"[^\S\n]+\d\d:\d\d(?::\d\d)?(?:[^\S\n]+[+-]\d{4})?)")
SHORT_WEEKDAY = re.compile(r"(?:lun|mar|mer|jeu|ven|sam|dim)\.[^\S\n]*,?[^\S\n]*", re.I)
_BYLINE = re.compile(r"^(?:Par\s[^\n]{2,50}?\s[—–·|,-]|[^\n]{2,40}?\s[—–·|])\s*(?:le\s+)?", re.M)
_BYLINE_HINT = hint(_BYLINE)  # a dash or a "Par " byline
_EVENT_LABEL = re.compile(r"(?i)sign|paraph|conclu|période|durée|échéance|délibér|comité|réunion|séance")
_DATELINE = re.compile(  # (a letter's dateline stands to the right: "                Nancy, le 5 mars 2026")
    rf"^[^\S\n]*(?:[^\n]{{0,80}}[—–-]\s+)?{_PLACE}(?:\s+\((?:\d{{2,3}}|[A-Z][\w-]+)\))?,\s+(?:le\s+)?"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?",
    re.M,
)


# (a live page's update heading too, after its colour mark and before its time and title: "🟢 Lundi 21 septembre – 17h40 :
# retour à la normale")
_DAY_HEADING = re.compile(r"(?m)^[^\w\n]*+(?P<date>(?:[^\W\d_]++[^\S\n]++)?\d{1,2}(?:er)?[^\S\n]++[^\W\d_]++(?:[^\S\n]++\d{4})?)"
                          r"(?:[^\S\n]++[–—-][^\S\n]++\d{1,2}[^\S\n]?h(?:[^\S\n]?\d{2})?\b[^\n]*+)?[^\S\n]*+$")


@lru_cache(maxsize=8)
def _day_headings(text: str) -> tuple[tuple[int, DateMention], ...]:
    """The lines that hold only a day ("19 décembre", "Jeudi 19 décembre 2025"): a feed's, a live page's or a
    channel's day separators, with their positions."""
    out: list[tuple[int, DateMention]] = []
    for m in _DAY_HEADING.finditer(text):
        found = find_dates(m["date"])
        if len(found) == 1 and found[0].day is not None and found[0].month and found[0].text == m["date"].strip():
            out.append((m.start("date"), found[0]))
    return tuple(out)


def day_of_heading(text: str, pos: int, publication: str | None, weekday: int | None = None) -> str | None:
    """The day of the day heading over pos ("19 décembre" / … / "Ce soir, la Ville a renouvelé …"), as YYYY-MM-DD,
    when the page has two or more such headings (a feed of days) and that day is not after the publication: the day
    its relative dates ("ce soir", "hier", "jeudi") are counted from. A day after the publication counts where the
    heading names the weekday the sentence says ("Lundi 21 septembre – 17h40" / "… s'est tenue ce lundi": a live
    page updated after its first publication)."""
    found = programme_day(text, pos, publication)
    if found is None or (after_publication(found[0], publication) and (weekday is None or named_weekday(found[1]) != weekday)):
        return None
    return found[0]


def programme_day(text: str, pos: int, publication: str | None) -> tuple[str, DateMention] | None:
    """The day heading over a programme's timed item ("Samedi 12 décembre" / "- 11 h - Hôtel de ville : signature du
    contrat local de santé"), on a page of two or more day headings: the item's day, past or to come, and its mention
    (day_of_heading keeps the days not after the publication)."""
    heads = _day_headings(text)
    before = [(at, d) for at, d in heads if at < pos]
    if len(heads) < 2 or not before or (resolved := resolve(before[-1][1], publication)) is None or len(resolved[0]) < 10:
        return None
    at, d = before[-1]
    return resolved[0], replace(d, start=at, end=at + len(d.text))


def in_dateline(text: str, pos: int) -> bool:
    """Whether the date at pos opens its line as a dateline ("Orléans, le 4 mars 2026 – …"): the release's date,
    not an event's, even where the page gives its publication date elsewhere ("Publié le …")."""
    start = line_start(text, pos)
    if pos - start > 140:
        return False
    m = _DATELINE.match(text, start)
    return m is not None and m.end() == pos and not _EVENT_LABEL.search(m.group())


def publication_date_from_text(text: str) -> tuple[str, int, int] | None:
    """The page's own date in its first lines: 'Publié le …', a dateline, or a glued timestamp."""
    head = text[:1500]
    # A crawl's glued page date, month only (" date 2021-11 Des objectifs…").
    if (glued := _GLUED_MONTH.match(head)) is not None:
        return f"{glued['year']}-{glued['month']}", glued.start("year"), glued.end()
    if (mail := _MAIL_DATE.search(head)) is not None:
        # an e-mail's header, written by the mailer in English: "Date : Wed, 2 Dec 2026 11:04:37 +0100"
        try:
            sent = parsedate_to_datetime(mail["value"])
        except (TypeError, ValueError):
            sent = None
        if sent is not None:
            return sent.date().isoformat(), mail.start("value"), mail.end("value")
    for m in (_PUBLISHED.finditer(head) if _PUBLISHED_HINT is None or _PUBLISHED_HINT.search(head) else ()):
        # an e-mail's "Date : jeu. 26 nov. 2026 à 10:02": past its abbreviated weekday
        at = w.end() if (w := SHORT_WEEKDAY.match(head, m.end(), m.end() + 12)) else m.end()
        ds = find_dates(head[at : at + 40])
        if ds and ds[0].start == 0:
            value = _full(ds[0])
            if value:
                return value, at + ds[0].start, at + ds[0].end
    for m in _ISO.finditer(head):
        return f"{m['year']}-{m['month']}-{m['day']}", m.start(), m.end()
    bylines = _BYLINE.finditer(head) if _BYLINE_HINT is None or _BYLINE_HINT.search(head) else ()
    for m in [*_DATELINE.finditer(head), *bylines]:
        if _EVENT_LABEL.search(m.group()):
            continue  # "Signature | 11 avril 2024": a row of the contract's facts, not a byline
        if "|" in m.group() and _in_table(head, *line_at(head, m.start())):
            continue  # "V0.3 | 14/01/2025 | Projet soumis": a row of a table (a document's versions), not a byline
        ds = find_dates(head[m.end() : m.end() + 40])
        if ds and ds[0].start == 0:
            value = _full(ds[0])
            if value:
                return value, m.end() + ds[0].start, m.end() + ds[0].end
    # A bare date on its own line near the top ("samedi 21 juin 2025"), or alone in a cell of a header line
    # ("Santé | Val-de-Marne | 28/11/2018").
    for line_m in re.finditer(r"^.{0,80}$", head[:600], re.M):
        line = line_m.group()
        if _EVENT_LINE.match(line):
            continue  # "📅 Jeudi 17 décembre 2026 à 17 h 30": an event's day on an invitation, not the page's
        if _CELL_SEP.search(line) and _in_table(head, line_m.start(), line_m.end()):
            continue  # "V0.3 | 14/01/2025 | Projet soumis au comité technique": a row of a table, not the page's header
        cells = [(c.start(), c.group()) for c in _CELL.finditer(line)] if _CELL_SEP.search(line) else [(0, line)]
        # "Le Réveil Lozère 30 avril 2019 à 11h00 | Par Nancy Sagnet": beside a byline cell, the date may sit among
        # the paper's name and the hour.
        byline = len(cells) > 1 and any(_BY.match(cell) for _, cell in cells)
        for at, cell in cells:
            if len(cell) > 50:
                continue
            ds = find_dates(cell)
            if len(ds) == 1 and ds[0].year and ds[0].day and (byline or len(cell.strip()) <= len(ds[0].text) + 12
                                                              or _UPDATED_TAIL.fullmatch(cell, ds[0].end)):
                value = _full(ds[0])
                if value:
                    return value, line_m.start() + at + ds[0].start, line_m.start() + at + ds[0].end
    # A CMS's "Publié le 9 avril 2026" line under the article, below the first lines.
    for m in _PUBLISHED_LINE.finditer(text, len(head) - 200 if len(text) > len(head) else 0):
        ds = find_dates(text[m.end() : m.end() + 40])
        if ds and ds[0].start == 0 and (value := _full(ds[0])):
            return value, m.end() + ds[0].start, m.end() + ds[0].end
    # An issue's month near the top ("Le magazine n° 46 – Décembre 2025", "La Lettre n°27 - mars 2026"): a month only.
    if (issue := _ISSUE.search(head[:600])) is not None:
        return f"{issue['year']}-{_month(issue['month']):02d}", issue.start("month"), issue.end()
    # A printed issue's colophon ("Achevé d'imprimer en avril 2026"), else an issue dated by its season ("N° 1 –
    # Printemps 2026"): the month, else the year.
    if (printed := _PRINTED.search(text)) is not None:
        return f"{printed['year']}-{_month(printed['month']):02d}", printed.start("month"), printed.end()
    if (season := _SEASON_ISSUE.search(head[:600])) is not None:
        return season["year"], season.start("year"), season.end()
    return None


_ISSUE = re.compile(rf"\b(?:n°|numéro)[^\S\n]?\d{{1,4}}[^\S\n]*[–—|,-][^\S\n]*(?P<month>{_MONTH_RE})[^\S\n]+(?P<year>(?:19|20)\d\d)\b",
                    re.I)
_PRINTED = re.compile(rf"\bachevé\s+d['’]imprimer\s+(?:en\s+)?(?P<month>{_MONTH_RE})[^\S\n]+(?P<year>(?:19|20)\d\d)\b", re.I)
_SEASON_ISSUE = re.compile(r"\b(?:n°|numéro)[^\S\n]?\d{1,4}[^\S\n]*[–—|,-][^\S\n]*(?:printemps|été|automne|hiver)[^\S\n]+"
                           r"(?P<year>(?:19|20)\d\d)\b", re.I)
_GLUED_MONTH = re.compile(r"[^\S\n]{0,3}date[^\S\n]+(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])(?![-\d])")
# A dateline's update time after its date: "Mercredi 7 octobre 2026, mis à jour à 06h45".
_UPDATED_TAIL = re.compile(r"(?<![^\S\n])[^\S\n]*+[,–-]?[^\S\n]*+(?:(?:mis\s+à\s+jour|modifié|actualisé)[^\S\n]+)?(?:à[^\S\n]+)?"
                           r"\d{1,2}[^\S\n]*[h:][^\S\n]*\d{0,2}[^\S\n]*")
_CELL_SEP = re.compile(r"[^\S\n][|•·][^\S\n]")
_CELL = re.compile(r"[^|•·]+")
_BY = re.compile(r"\s*Par\s+[A-ZÉ]")


def _in_table(text: str, start: int, end: int) -> bool:
    """The line of cells at [start, end) has a line of cells just above or below it: one row of a table."""
    above = text[line_start(text, max(0, start - 1)) : max(0, start - 1)]
    below = text[end + 1 : line_end(text, end + 1)]
    return any(_CELL_SEP.search(x) is not None for x in (above, below) if x)


def _full(d: DateMention) -> str | None:
    if d.year and d.month and d.day:
        try:
            return dt.date(d.year, d.month, d.day).isoformat()
        except ValueError:
            return None
    return None
