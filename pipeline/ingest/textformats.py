"""Text files in a format of their own (an agenda's iCalendar export, a video's captions) read as the text a reader
sees, whatever the file or record that carries them (.txt, .ics, .vtt, .srt, a JSONL record's text)."""

from __future__ import annotations

from .ical import ical_text, looks_like_ical
from .subtitles import looks_like_subtitles, subtitles_text


def as_read(text: str) -> tuple[str, str | None]:
    """The text and the warning that says which format was read (None for plain text)."""
    if looks_like_ical(text):
        return ical_text(text), "ical_read"
    if looks_like_subtitles(text):
        return subtitles_text(text), "subtitles_read"
    return text, None
