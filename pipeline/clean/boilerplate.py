"""Drop site chrome lines (share bars, cookie banners, menus, breadcrumbs, related links, credits)
and consecutive duplicate lines (a photo caption scraped twice).

Conservative by design: generic rules marked `protect` never drop a sentence that talks about
health or a contract, and structural rules (menus, breadcrumbs) need short items and a nav word."""

from __future__ import annotations

import re

from .bullets import BULLET_MARK
from .lines import Line, iter_lines, words
from .offsets import Edit
from .rules import BoilerplateRules

_SENTENCE_END = re.compile(r"[.!?…»\"”]\s*$")
_LIST_MARKER = re.compile(r"^\s*(" + BULLET_MARK + r"|\d{1,2}[.)])\s")
_WORD_CHAR = re.compile(r"[^\W_]")


def _is_protected(s: str, rules: BoilerplateRules) -> bool:
    sentence_like = len(words(s)) >= 8 or bool(_SENTENCE_END.search(s))
    return sentence_like and bool(rules.protected.search(s))


def _split(s: str, separator: re.Pattern[str], hint: re.Pattern[str] | None) -> list[str]:
    """separator.split(s), without its scan of every position when the hint shows there is no separator."""
    if hint is not None and hint.search(s) is None:
        return [s]
    return separator.split(s)


def _is_chrome_only(s: str, rules: BoilerplateRules) -> bool:
    low = s.lower()
    if rules.chrome_terms_start_with_word:
        # Every letter or digit must lie in a term and every term starts with one, so a term must start
        # at the line's first letter: one anchored try there settles most lines without a scan.
        first = _WORD_CHAR.search(low)
        if first is None or not rules.chrome_terms.match(low, first.start()):
            return False
    rest, n = rules.chrome_terms.subn("", low)
    return n > 0 and not re.sub(r"[\W_]+", "", rest)


def _is_nav_menu(s: str, rules: BoilerplateRules) -> bool:
    if _LIST_MARKER.match(s):
        return False
    cfg = rules.raw["nav"]
    items = [p.strip() for p in _split(s.strip(), rules.nav_split, rules.nav_hint) if p.strip()]
    if len(items) < cfg["min_items"]:
        return False
    if any(len(words(p)) > cfg["max_item_words"] or _SENTENCE_END.search(p) for p in items):
        return False
    return any(p.lower().strip(" :") in rules.nav_keywords for p in items)


def _is_breadcrumb(s: str, rules: BoilerplateRules) -> bool:
    st = s.strip()
    if rules.crumb_start.search(st):
        return True
    if "«" in st:
        return False
    cfg = rules.raw["breadcrumb"]
    parts = _split(st, rules.crumb_split, rules.crumb_hint)
    if len(parts) < cfg["min_separators"] + 1 or not all(p.strip() for p in parts):
        return False
    return all(len(words(p)) <= cfg["max_item_words"] and not _SENTENCE_END.search(p) for p in parts)


def classify_line(s: str, rules: BoilerplateRules) -> str | None:
    """Name of the rule that makes this line chrome, or None to keep it."""
    st = s.strip()
    if not st:
        return None
    n_words = -1  # counted when a rule's hint is found (the cheap test first; the result is the same)
    for rule in rules.line_rules:
        if rule.hint is not None and rule.hint.search(st) is None:
            continue
        if n_words < 0:
            n_words = len(words(st))
        if n_words <= rule.max_words and rule.pattern.search(st):
            if rule.protect and _is_protected(st, rules):
                continue
            return rule.name
    if _is_chrome_only(st, rules):
        return "chrome_terms"
    if _is_breadcrumb(st, rules):
        return "breadcrumb"
    if _is_nav_menu(st, rules):
        return "nav_menu"
    return None


# A flattened PDF's running header or footer: its text, then the page number after a gap or "page"
# ("Dossier de presse – CLS Coulommiers Pays de Brie      4", "ROB 2026 – Agglomération de Chaumont   page 15/18").
_PAGE_LINE = re.compile(r"(?P<text>\S.{3,118}?)(?:[^\S\n]{2,}|[^\S\n]+(?:page|p\.)[^\S\n]*)\d{1,3}(?:[^\S\n]*/[^\S\n]*\d{1,3})?[^\S\n]*",
                        re.I)
_PAGE_LINE_REPEATS = 3
_PAGE_WORD = re.compile(r"page", re.I)  # (a search, not a lower-cased copy of every page)


def _running_lines(text: str) -> set[str]:
    """The texts of lines that recur on three pages or more, each with its page number: all but the first go."""
    counts: dict[str, int] = {}
    for line in iter_lines(text):
        if (m := _PAGE_LINE.fullmatch(line.text.strip())) is not None:
            counts[m["text"]] = counts.get(m["text"], 0) + 1
    return {t for t, n in counts.items() if n >= _PAGE_LINE_REPEATS}


def remove_boilerplate(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    edits: list[Edit] = []
    warnings: list[str] = []
    running = _running_lines(text) if "  " in text or _PAGE_WORD.search(text) else set()
    seen_running: set[str] = set()
    in_related = in_block = related_list = False
    previous: Line | None = None  # last kept non-blank line
    for line in iter_lines(text):
        st = line.text.strip()
        if not st:
            continue
        if in_block and rules.related_block_end.search(st) is None:
            edits.append(line.delete(text))  # another document's title under "Documents pareils"
            continue
        in_block = False
        if rules.related_block_start.search(st) is not None:
            in_block = True
            edits.append(line.delete(text))
            if "boilerplate_removed" not in warnings:
                warnings.append("boilerplate_removed")
            continue
        kind = classify_line(st, rules)
        if kind is None and running and (m := _PAGE_LINE.fullmatch(st)) is not None and m["text"] in running:
            if m["text"] in seen_running:
                kind = "page_header"  # the first one stays: it may be where the page names its publisher
            seen_running.add(m["text"])
        if kind is None and in_related and (st.startswith(rules.teaser_markers)
                                            or (related_list and st.startswith(rules.list_markers))):
            kind = "related_links"
        if kind is not None:
            # (a header alone on its line, "Sur le même thème", opens a list of other pages' titles)
            related_list = kind == "related_links" and (related_list if in_related else len(st.split()) <= 5)
            in_related = kind == "related_links"
            edits.append(line.delete(text))
            if "boilerplate_removed" not in warnings:
                warnings.append("boilerplate_removed")
            continue
        in_related = False
        if previous is not None and previous.text.strip() == st:
            edits.append(line.delete(text))
            if "duplicate_line_removed" not in warnings:
                warnings.append("duplicate_line_removed")
            continue
        previous = line
    return _merge(edits), warnings


def _merge(edits: list[Edit]) -> list[Edit]:
    """Line deletions at the end of text reach back one character; keep them non-overlapping."""
    out: list[Edit] = []
    for ed in sorted(edits, key=lambda e: e.start):
        if out and ed.start < out[-1].end:
            last = out.pop()
            out.append(Edit(last.start, max(last.end, ed.end), ""))
        else:
            out.append(ed)
    return out
