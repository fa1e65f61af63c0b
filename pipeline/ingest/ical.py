"""iCalendar text (an agenda's .ics export, RFC 5545) as the page a reader sees: one paragraph per event, its title,
its day written out in French ("Le jeudi 10 décembre 2026 à 11 h 00"), its place and its description.

Its lines are folded every 75 octets, even inside a word ("Contrat local de s" / " anté"), and its text is escaped
("\\," "\\n"): read raw, a signing's day, place and parties are split and hidden among time-zone rules."""

from __future__ import annotations

import re
from datetime import date

_FOLD = re.compile(r"\r?\n[ \t]")
_PROPERTY = re.compile(r"(?P<name>[A-Z-]+)(?P<params>;[^:\n]*)?:(?P<value>.*)")
_STAMP = re.compile(r"(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)(?:T(?P<h>\d\d)(?P<mi>\d\d))?")
_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre")


def looks_like_ical(text: str) -> bool:
    return text.lstrip("\ufeff \r\n").startswith("BEGIN:VCALENDAR")


def _unescape(value: str) -> str:
    return re.sub(r"\\([nN,;\\])", lambda m: "\n" if m[1] in "nN" else m[1], value)


def _day(value: str) -> str | None:
    """'20261210T110000': 'le jeudi 10 décembre 2026 à 11 h 00'."""
    m = _STAMP.match(value)
    if m is None:
        return None
    try:
        day = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    out = f"le {_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{out} à {int(m['h'])} h {m['mi']}" if m["h"] else out


def ical_text(text: str) -> str:
    """The calendar's name, then each event as a paragraph."""
    paragraphs: list[str] = []
    event: dict[str, str] | None = None
    nested = 0  # inside a component of the event (a VALARM and its own "DESCRIPTION:Rappel")
    for line in _FOLD.sub("", text).splitlines():
        m = _PROPERTY.match(line.strip())
        if m is None:
            continue
        name, value = m["name"], _unescape(m["value"]).strip()
        if name == "X-WR-CALNAME" and value:
            paragraphs.append(value)
        elif name == "BEGIN" and value == "VEVENT":
            event, nested = {}, 0
        elif name == "END" and value == "VEVENT" and event is not None:
            paragraphs.append(_event(event))
            event = None
        elif event is not None and name in ("BEGIN", "END"):
            nested += 1 if name == "BEGIN" else -1
        elif event is not None and not nested and name in ("SUMMARY", "DTSTART", "LOCATION", "DESCRIPTION", "STATUS"):
            event[name] = value
    return "\n\n".join(p for p in paragraphs if p)


def _event(event: dict[str, str]) -> str:
    lines = [event.get("SUMMARY", "") + (" (annulé)" if event.get("STATUS") == "CANCELLED" else "")]
    if (day := _day(event.get("DTSTART", ""))) is not None:
        lines.append(f"Date : {day}.")
    if event.get("LOCATION"):
        lines.append(f"Lieu : {event['LOCATION']}.")
    if event.get("DESCRIPTION"):
        lines.append(event["DESCRIPTION"])
    return "\n".join(line for line in lines if line.strip())
