"""Remove lorem-ipsum filler left by site templates, without touching French prose.

A run of consecutive Latin-vocabulary words (only spaces/punctuation between them) is filler when
it holds enough words that are not also French ("sit", "amet", "consectetur"…). Ambiguous words
("et", "est", "non", "in") may extend a run but never start the evidence for one."""

from __future__ import annotations

import re

from .lines import iter_lines
from .offsets import Edit
from .rules import BoilerplateRules

_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")
_GAP_OK = re.compile(r"[\s.,;:!?]*")
_TRAIL = re.compile(r"[\s.,;:!?…]*")


def _runs(line: str, rules: BoilerplateRules) -> list[tuple[int, int, int, int]]:
    """(start, end, n_words, n_distinctive) of maximal Latin runs in a line."""
    runs: list[tuple[int, int, int, int]] = []
    cur: list[re.Match[str]] = []

    def close() -> None:
        if cur:
            n_dist = sum(1 for m in cur if m.group().lower() in rules.latin_distinctive)
            runs.append((cur[0].start(), cur[-1].end(), len(cur), n_dist))
            cur.clear()

    for m in _TOKEN.finditer(line):
        is_latin = m.group().lower() in rules.latin_words
        if is_latin and cur and _GAP_OK.fullmatch(line, cur[-1].end(), m.start()):
            cur.append(m)
        else:
            close()
            if is_latin:
                cur.append(m)
    close()
    return runs


def remove_lorem_ipsum(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    cfg = rules.lorem
    min_words, min_dist, ratio = cfg["min_run_words"], cfg["min_distinctive"], cfg["line_ratio"]
    edits: list[Edit] = []
    distinctive = rules.latin_distinctive.__contains__
    # A run needs min_dist distinctive Latin words, so a text (or a line) with fewer has no filler; tokens
    # never span lines. Most French pages have none ("habitant" is the usual one), so this skips them.
    if min_dist > 0 and sum(map(distinctive, map(str.lower, _TOKEN.findall(text)))) < min_dist:
        return edits, []
    for line in iter_lines(text):
        s = line.text
        if not s.strip():
            continue
        tokens = _TOKEN.findall(s)
        total = len(tokens)
        if min_dist > 0 and sum(map(distinctive, map(str.lower, tokens))) < min_dist:
            continue
        runs = [r for r in _runs(s, rules) if r[3] >= min_dist and (r[2] >= min_words or r[2] == total)]
        if not runs:
            continue
        if sum(r[2] for r in runs) >= ratio * total:
            edits.append(line.delete(text))
            continue
        for start, end, _, _ in runs:
            end = _TRAIL.match(s, end).end()  # type: ignore[union-attr]
            if end == len(s) or start == 0:
                # At a line edge: take the separating spaces too, keep the sentence before it.
                while start > 0 and s[start - 1] == " ":
                    start -= 1
            edits.append(Edit(line.start + start, line.start + end, ""))
    return edits, (["lorem_ipsum_removed"] if edits else [])
