"""Publication dates from page metadata and records, normalised to YYYY-MM-DD (or YYYY-MM, YYYY).

The date part of an ISO timestamp is kept as written: "2024-11-05T23:30:00+01:00" is the 5th in
the newsroom's time zone, which is the date the page shows; converting to UTC would shift it. A timestamp written in
UTC ("…T01:40:00Z") is a crawler's clock, not the newsroom's: ``in_utc`` says so, and the run then prefers the page's
own date line of the day before."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T\s].*)?\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T.*)?\s*$")
_DMY = re.compile(r"^\s*(?:le\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}
_FRENCH = re.compile(r"\b(\d{1,2})(?:er)?\s+(" + "|".join(_MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)
# A theme's English date ("Nov 9, 2026", "November 9, 2026" in a WordPress post's meta line).
_EN_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_ENGLISH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b",
                      re.IGNORECASE)


def _ymd(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


_UTC_TIMESTAMP = re.compile(r"T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00)\s*$")


def in_utc(value: object) -> bool:
    """Whether a record's date is a timestamp in UTC ("2026-11-19T01:40:00+00:00")."""
    return isinstance(value, str) and _UTC_TIMESTAMP.search(value) is not None


def normalize_date(value: object) -> str | None:
    """ISO date/timestamp (with Z or offset), epoch seconds/milliseconds, dd/mm/yyyy or
    "5 novembre 2024" → "YYYY-MM-DD"; "YYYY-MM" and "YYYY" are kept at their precision."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        ts = float(value) / (1000 if value > 1e11 else 1)
        try:
            return datetime.fromtimestamp(ts, tz=timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    if s.isdigit() and len(s) >= 9:
        return normalize_date(int(s))
    m = _ISO.match(s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if d is None:
            return f"{y:04d}-{mo:02d}" if 1 <= mo <= 12 else None
        return _ymd(y, mo, int(d))
    m = _COMPACT.match(s)
    if m:
        return _ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DMY.match(s)
    if m:
        return _ymd(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _FRENCH.search(s)
    if m:
        return _ymd(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _ENGLISH.search(s)
    if m:
        return _ymd(int(m.group(3)), _EN_MONTHS[m.group(1).lower()], int(m.group(2)))
    m = _YEAR.match(s)
    if m:
        return m.group(1)
    return None
