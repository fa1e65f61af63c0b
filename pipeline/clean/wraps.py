"""Join hard line breaks inside sentences (scraped text wrapped every few words, dev-12).

Only blocks that look hard-wrapped are touched: most of their line breaks fall where a sentence
cannot end (next line starts in lower case, or the line ends on a comma or on "de", "la", "et"…).
List items, "Axe 1"/"Fiche" lines, Roman numerals and short title lines keep their own line."""

from __future__ import annotations

import re
from itertools import pairwise
from statistics import median

from .bullets import BULLET_MARK
from .lines import Line, iter_lines
from .offsets import Edit
from .rules import BoilerplateRules

STRUCTURAL = re.compile(
    r"""^\s*(
        """ + BULLET_MARK + r"""                      # bullets and dashes
      | \d{1,2}(\.\d{1,2})*\s*[.)°/]                 # 1.  1)  1.2.  1/
      | \d{1,2}\.\d{1,2}\s                           # 1.1 Fiche
      | \d{1,2}\s*[–—]\s | \d{1,2}\s+-\s              # 01 — Garder les médecins, 2 - Bien vieillir
      | \d{1,2}\s?h\s?(\d{2})?\s*[–—:-]\s              # 17 h 45 – Interventions (a programme's times)
      | [IVXLC]{1,6}\s*[.)–—-]\s                      # II. / IV –
      | [A-Za-z]\)\s                                  # a) b)
      | (axe|fiche|orientation|priorit[ée]|objectif|action|article|chapitre|titre|annexe|volet|mission)s?
          \s*(n°\s*)?[\dIVX]+\b                       # Axe 1, Fiche 2.1, Orientation II
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_END_PUNCT = re.compile(r"[.!?…:;»\"”)]\s*$")
_HARD_END = re.compile(r"[:;]\s*$")
# Words a French sentence does not end on: the line must continue.
_CONNECTORS = frozenset(
    [
        "de",
        "du",
        "des",
        "d'",
        "l'",
        "la",
        "le",
        "les",
        "un",
        "une",
        "et",
        "ou",
        "à",
        "au",
        "aux",
        "en",
        "par",
        "pour",
        "avec",
        "sur",
        "sous",
        "dans",
        "entre",
        "chez",
        "vers",
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "notre",
        "nos",
        "votre",
        "vos",
        "qui",
        "que",
        "qu'",
        "dont",
        "où",
        "est",
        "sont",
        "a",
        "ont",
        "été",
        "être",
        "avoir",
        "plus",
        "très",
        "mais",
        "donc",
        "car",
        "ni",
        "ne",
        "n'",
        "se",
        "s'",
        "y",
        "afin",
        "lors",
        "dès",
        "selon",
        "depuis",
        "pendant",
        "contre",
        "sans",
    ]
)
# (?<!\w): the leftmost match never starts inside a word anyway; saying so keeps the search linear.
_LAST_WORD = re.compile(r"(?<!\w)([\w]+'?|[\w]*['’])\s*$")
_MAX_WRAP_WIDTH = 120


def _last_word(s: str) -> str:
    # Case kept on purpose: "Grand Est" or "Le" in a title is not the verb/article "est"/"le".
    m = _LAST_WORD.search(s)
    return m.group(1).replace("’", "'") if m else ""


def _starts_lower(s: str) -> bool:
    st = s.lstrip()
    return bool(st) and (st[0].islower() or st[0].isdigit())


def _starts_upper(s: str) -> bool:
    st = s.lstrip(' «"“(')
    return bool(st) and st[0].isupper()


def _is_heading_like(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _strong(cur: str, nxt: str) -> bool:
    """A break that cannot be a sentence or paragraph end."""
    c = cur.rstrip()
    if not c or STRUCTURAL.match(nxt):
        return False
    if c.endswith((",", "-")) and not c.endswith(" -"):
        return True
    if _last_word(c) in _CONNECTORS:
        return True
    return _starts_lower(nxt) and not _END_PUNCT.search(c)


_INLINE_ENUM = re.compile(r"\s*\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s")
_INLINE_ENUM_IN = re.compile(r"\S\s+\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s")


def _should_join(cur: str, nxt: str) -> bool:
    """Inside a hard-wrapped block: join unless the next line starts a new structural unit."""
    c = cur.rstrip()
    if STRUCTURAL.match(nxt) or not c:
        return False
    if STRUCTURAL.match(cur):
        return _starts_lower(nxt) and not _END_PUNCT.search(c)
    if _HARD_END.search(c):
        # "évoquées en séance :\nl'accès à l'eau…": a colon can still continue a wrapped sentence, as an inline
        # enumeration goes on ("… : (i) l'accès aux soins ; (ii) la santé mentale ;\n(iii) l'alimentation …")
        return _starts_lower(nxt) or (_INLINE_ENUM.match(nxt) is not None and _INLINE_ENUM_IN.search(c) is not None)
    if _strong(cur, nxt):
        return True
    return not (_is_heading_like(c) and _starts_upper(nxt))


# Hyphens of compound words kept across a line break ("vice-\nprésidente", "sous-\npréfète").
_COMPOUND_PREFIX = re.compile(
    r"(?i)(?:^|[\s'’(])(?:vice|sous|non|co|demi|semi|mi|ex|post|anti|auto|extra|inter|intra|multi|pluri|porte|"
    r"grand|grande|petit|bien|arrière|avant|après|contre|haut|haute|basse|bas|néo|pré|quasi|sans|tout|"
    r"santé|sport|aller|maison|centre|télé)-$"
)


def _join_edit(cur: Line, nxt: Line) -> Edit:
    c = cur.text.rstrip()
    start = cur.start + len(c)
    end = nxt.start + (len(nxt.text) - len(nxt.text.lstrip()))
    glue = "" if len(c) >= 2 and c[-1] == "-" and c[-2].isalpha() else " "
    if glue == "" and _starts_lower(nxt.text) and not _COMPOUND_PREFIX.search(c):
        start -= 1  # a word cut by the line ("Charo-" / "lais"): the hyphen goes with the break
    return Edit(start, end, glue)


def _blocks(text: str) -> list[list[Line]]:
    blocks: list[list[Line]] = [[]]
    for ln in iter_lines(text):
        if ln.text.strip():
            blocks[-1].append(ln)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


# A line break a page's markup put inside one long sentence ("…, directeur de la CPAM de Haute-Corse<br>et Francis
# G., président de la CC, ont signé …"): the next line goes on with a word no line of a list or a heading starts with.
_GOES_ON = re.compile(r"(?:et|ou|ainsi\s+que|qui|que|qu['’]|dont|ont|a|sont|est|avec|ni)\s")
_PROSE_WIDTH = 80


def _broken_sentence(cur: str, nxt: str) -> bool:
    c = cur.rstrip()
    return len(c) >= _PROSE_WIDTH and not _END_PUNCT.search(c) and _GOES_ON.match(nxt.lstrip()) is not None


def _table_row(a: Line, b: Line) -> bool:
    """Either line is a row of a table (cells joined by " | ", as read_text_tables and ingest/html.py write them): rows
    are lines of their own, never a sentence wrapped."""
    return " | " in a.text or " | " in b.text


# Blanks between two columns of a table laid out with spaces: its lines are cells side by side, not a wrapped value.
_COLUMN_GAP = re.compile(r"\S {3,}\S")


def _indented_under(cur: str, nxt: str, base: int) -> bool:
    """The next line stands four blanks or more deeper than its block's field lines, and no less deep than the line it
    continues: a wrapped value under its own column."""
    indent = len(nxt) - len(nxt.lstrip())
    return indent >= base + 4 and indent >= len(cur) - len(cur.lstrip()) and not _COLUMN_GAP.search(cur.strip()) \
        and not _COLUMN_GAP.search(nxt.strip())



def join_hard_wraps(text: str, rules: BoilerplateRules) -> tuple[list[Edit], list[str]]:
    edits: list[Edit] = []
    for block in _blocks(text):
        if len(block) < 2:
            continue
        pairs = [(a, b) for a, b in pairwise(block) if not _table_row(a, b)]
        if not pairs:
            continue
        widths = [len(ln.text.strip()) for ln in block[:-1]]
        if median(widths) > _MAX_WRAP_WIDTH:
            edits.extend(_join_edit(a, b) for a, b in pairs if _broken_sentence(a.text, b.text))
            continue
        strong = [_strong(a.text, b.text) for a, b in pairs]
        if len(block) == 2:
            # Two lines: join only an unmistakable break inside a sentence.
            if strong[0] and widths[0] >= 25:
                edits.append(_join_edit(*pairs[0]))
            continue
        if sum(strong) < 0.5 * len(pairs):
            # (a fact sheet's fields, "Signataires ........ le PETR …, la" / "      préfecture du Gard, …": a value
            # wrapped under its own column, the only breaks of its block inside a sentence)
            base = min(len(ln.text) - len(ln.text.lstrip()) for ln in block)
            edits.extend(_join_edit(a, b) for (a, b), hard in zip(pairs, strong, strict=True)
                         if hard and _indented_under(a.text, b.text, base))
            continue
        edits.extend(_join_edit(a, b) for a, b in pairs if _should_join(a.text, b.text))
    return edits, (["hard_wraps_joined"] if edits else [])
