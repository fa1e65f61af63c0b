"""A cheap necessary condition for a regex: ``hint(p)`` is a small pattern that every match of ``p``
contains, so a line where the hint finds nothing cannot match ``p`` and the costly search is skipped.

Why: cleaning tries a dozen rule patterns on every line of every page, and most of them scan the whole
line at each position (a leading ``\\s*``, a lookahead ``.*``, an alternation under IGNORECASE) for ~10 µs
a line, while a literal such as " la taille " or a class such as ``[>›]`` is found by a fast scan in
under 1 µs. The hint is derived from the pattern itself (its parse tree), so a rule edited in the YAML
gets a new hint, or none, and never a wrong one: only parts every match must go through are used
(a sequence's atoms, a group without flag changes, a positive lookahead, the minimum of a repeat, every
alternative of a branch), and the hint is compiled with the pattern's own flags.
"""

from __future__ import annotations

import re

try:  # Python >= 3.11
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

_CATEGORY = {C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_DIGIT: r"\d",
             C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_MAX_ATOMS = 3  # atoms taken from a repeat's minimum ("\s{2,}" needs "\s\s")

# A hint: (pattern source, weakest length, is an alternation, body of a class of the characters it can
# start with or None). The length (atoms in a row; for a branch, its shortest alternative's) says how
# selective it is: the longest is kept.
Hint = tuple[str, int, bool, str | None]


def _first(atom: str) -> str | None:
    """The body of a character class holding what ``atom`` matches, or None ('.', a negated class)."""
    if atom == "." or atom.startswith("[^"):
        return None
    return atom[1:-1] if atom.startswith("[") else atom


def _atom(op, av) -> str | None:
    """Source of a one-character element (a literal, a class, '.'), or None."""
    if op is C.LITERAL:
        return re.escape(chr(av))
    if op is C.ANY:
        return "."
    if op is C.IN:
        parts = []
        for iop, iav in av:
            if iop is C.LITERAL:
                parts.append(re.escape(chr(iav)))
            elif iop is C.RANGE:
                parts.append(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
            elif iop is C.NEGATE:
                parts.insert(0, "^")
            elif iop is C.CATEGORY and iav in _CATEGORY:
                parts.append(_CATEGORY[iav])
            else:
                return None
        return f"[{''.join(parts)}]"
    return None


def _sequence(items) -> Hint | None:
    """The best hint of a sequence: its longest run of consecutive one-character atoms, or the hint
    of a mandatory group, lookahead, repeat or branch inside it."""
    best: Hint | None = None
    run: list[str] = []

    def keep(h: Hint | None) -> None:
        nonlocal best
        if h is not None and h[1] > 0 and (best is None or h[1] > best[1]):
            best = h

    def close() -> None:
        keep(("".join(run), len(run), False, _first(run[0])) if run else None)
        run.clear()

    for op, av in items:
        atom = _atom(op, av)
        if atom is not None:
            run.append(atom)
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            lo, hi, body = av
            inner = list(body)
            if len(inner) == 1 and (a := _atom(*inner[0])) is not None:
                run.extend([a] * min(lo, _MAX_ATOMS))
                if hi != lo or lo > _MAX_ATOMS:  # what follows is not next to the atoms taken
                    close()
                continue
            close()
            keep(_sequence(inner))
            continue
        close()
        if op is C.SUBPATTERN and not av[1] and not av[2]:  # (group, add_flags, del_flags, body)
            keep(_sequence(av[-1]))
        elif op is C.ASSERT and av[0] == 1:  # positive lookahead: the match's text goes through it
            keep(_sequence(av[1]))
        elif op is C.BRANCH:
            keep(_branch(av[1]))
    close()
    return best


def _branch(alternatives) -> Hint | None:
    hints = [_sequence(alt) for alt in alternatives]
    if any(h is None for h in hints):
        return None
    firsts = [h[3] for h in hints]  # type: ignore[index]
    first = None if None in firsts else "".join(firsts)  # type: ignore[arg-type]
    return "|".join(f"(?:{h[0]})" for h in hints), min(h[1] for h in hints), True, first  # type: ignore[index]


def _anchored(items, flags: int) -> bool:
    """Tried at the start only, without a scan ("^(credits|...)"): already as fast as any hint. Not a
    "^(?=.*cookie)" lookahead, which scans the line, nor "^" under MULTILINE (every line start)."""
    if flags & re.MULTILINE:
        return False
    items = list(items)
    if len(items) == 1 and items[0][0] is C.BRANCH:
        return all(_anchored(alt, flags) for alt in items[0][1][1])
    return (bool(items) and items[0][0] is C.AT and items[0][1] in (C.AT_BEGINNING, C.AT_BEGINNING_STRING)
            and (len(items) == 1 or items[1][0] is not C.ASSERT))


def hint(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern found in every string that ``pattern`` matches (search), or None when none is known or
    it would not be faster: ``pattern`` is anchored, or the hint is an alternation under IGNORECASE
    whose first characters are not known (the regex engine tries it at every position, as slowly as the
    pattern)."""
    try:
        parsed = P.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unknown construct: no hint, the rule is searched as before
        return None
    found = None if _anchored(parsed, pattern.flags) else _sequence(parsed)
    if found is None:
        return None
    source, _, branch, first = found
    if branch and pattern.flags & re.IGNORECASE:
        if first is None:
            return None
        # The engine scans fast for a leading class, not for the first letters of an alternation.
        source = f"(?=[{first}])(?:{source})"
    return re.compile(source, pattern.flags)


def _starts(items) -> tuple[list[str], bool] | None:
    """The class bodies of the characters a match of the sequence can start with, and whether it can match
    the empty string; None when not known (a '.', a negated class, a backreference, a flag change)."""
    firsts: list[str] = []
    for op, av in items:
        if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the match's first character comes after it
        atom = _atom(op, av)
        if atom is not None:
            body = _first(atom)
            if body is None:
                return None
            return [*firsts, body], False
        if op is C.SUBPATTERN:
            if av[1] or av[2]:
                return None
            inner = _starts(av[-1])
        elif op is C.BRANCH:
            alts = [_starts(alt) for alt in av[1]]
            if any(a is None for a in alts):
                return None
            inner = ([b for a in alts for b in a[0]], any(a[1] for a in alts))  # type: ignore[index]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
            body = _starts(av[2])
            inner = None if body is None else (body[0], body[1] or av[0] == 0)
        else:
            return None
        if inner is None:
            return None
        firsts += inner[0]
        if not inner[1]:
            return firsts, False
    return firsts, True


def lead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a lookahead on the class of the characters its matches start with: the same matches
    (same spans, groups, names), found faster when the pattern is an alternation under IGNORECASE of words
    behind ``\\b`` (the engine then tries one class at each position instead of every alternative). The
    pattern itself when those characters are not known or it can match the empty string."""
    try:
        found = _starts(P.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unknown construct: the pattern as it is
        return pattern
    if found is None or found[1] or not found[0]:
        return pattern
    try:
        return re.compile(f"(?=[{''.join(dict.fromkeys(found[0]))}])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global inline flags, which must stay first
        return pattern
