"""Subtitles (a video's WebVTT or SubRip captions file) as the transcript a reader sees: the cue numbers and timings
dropped, each speaker's cues joined into one paragraph ("<v Gilles Berthod>La santé, ce n'est pas …"), a caption
without a voice (a name and its title on screen) kept as its own paragraph.

Read raw, a sentence is cut every few words by timings ("Le contrat a été signé par Grand Lac, l'Agence régionale de
santé," / "00:00:35.600 --> 00:00:40.200" / "la préfecture de la Savoie, …") and its parties fall apart."""

from __future__ import annotations

import re

_TIMING = re.compile(r"\s*\d{1,2}:\d\d(?::\d\d)?[.,]\d{3}\s+-->\s+\d{1,2}:\d\d(?::\d\d)?[.,]\d{3}")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+(?P<who>[^>]{1,60})>")
_TAG = re.compile(r"</?[a-z][^>\n]{0,60}>|\{\\[^}\n]{0,40}\}", re.I)
_HEADER = re.compile(r"(?:Kind|Language|Region|Style)\s*:", re.I)


def looks_like_subtitles(text: str) -> bool:
    """A WebVTT file, or a SubRip one (a cue number, then its timing)."""
    head = text.lstrip("\ufeff \r\n")
    if head.startswith("WEBVTT"):
        return True
    lines = head.splitlines()[:2]
    return len(lines) == 2 and lines[0].strip().isdigit() and _TIMING.match(lines[1]) is not None


def subtitles_text(text: str) -> str:
    """One paragraph per run of one speaker's cues (the cues of no voice tag run on as one speech, up to a name card or a
    sound); a name card or a sound on its own; NOTE blocks kept as text."""
    paragraphs: list[tuple[str | None, list[str]]] = []
    for block in re.split(r"\n[ \t]*\n", text.lstrip("\ufeff").replace("\r\n", "\n")):
        lines = [ln for ln in block.strip().split("\n") if ln.strip()]
        if not lines or lines[0].startswith("WEBVTT") or lines[0].startswith(("STYLE", "REGION")):
            continue
        if lines[0].startswith("NOTE"):
            note = " ".join([lines[0][4:].strip(), *lines[1:]]).strip()
            if note:
                paragraphs.append((None, [note]))
            continue
        timed = next((k for k, ln in enumerate(lines) if _TIMING.match(ln)), None)
        if timed is None:
            continue
        body = [ln for ln in lines[timed + 1:] if not _HEADER.match(ln)]
        if not body:
            continue
        voice = _VOICE.search(body[0])
        who = voice["who"].strip() if voice else None
        words = [_TAG.sub("", _VOICE.sub("", ln)).strip() for ln in body]
        if who is not None and paragraphs and paragraphs[-1][0] == who:
            paragraphs[-1][1].append(" ".join(words))
        elif who is not None:
            paragraphs.append((who, [" ".join(words)]))
        elif _NAME_CARD.fullmatch(words[0]) or _SOUND.fullmatch(" ".join(words)):
            paragraphs.append((None, ["\n".join(words)]))  # a name and its title on screen, line by line; "[Musique]"
        elif paragraphs and paragraphs[-1][0] == "":
            paragraphs[-1][1].append(" ".join(words))  # speech without a voice tag runs on from cue to cue
        else:
            paragraphs.append(("", [" ".join(words)]))
    return "\n\n".join(f"{who} : {' '.join(parts)}" if who else (" " if who == "" else "\n").join(parts)
                         for who, parts in paragraphs)


# A caption that is no speech: a name on screen, every word of it capitalised ("ISABELLE DUFOUR" or "Jeanne Martin" over
# her title), a sound ("[Musique]", "(Applaudissements)").
_NAME_CARD = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:[^\S\n]+[A-ZÀ-Ý][\w'’-]+){1,3}")
_SOUND = re.compile(r"[\[(][^\])\n]{1,40}[\])]")
