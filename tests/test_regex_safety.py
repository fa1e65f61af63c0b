"""No regex of the pipeline backtracks catastrophically on long adversarial text.

Every pattern the pipeline uses is collected: module-level ``re.Pattern`` objects of every module
under ``pipeline/`` (also inside module-level dicts, lists, tuples and rule objects), the outputs of
the cached pattern builders (``pipeline.rules.compiled`` for every list in ``rules/*.yml``, the org
and role patterns, the boilerplate rules), every string in ``rules/*.yml`` that compiles as a
regex, and the literal patterns passed to ``re.*`` calls inside functions (read from the source).
Each one scans long strings built to provoke backtracking, under a SIGALRM guard: this is a hang
check, not a speed test (a linear scan of 20k characters takes milliseconds; the limit is 3 s).
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import pkgutil
import re
import signal
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest
import yaml

import pipeline
from pipeline import rules

LIMIT_S = 3.0  # a hang guard with margin for a loaded CI machine, not a speed target
N = 20_000
ROOT = Path(pipeline.__file__).parent

ADVERSARIAL = {
    "a": "a" * N,
    "A": "A" * N,
    "spaces": " \t \u00a0" * (N // 4),
    "newlines": "\n" * N,
    "de la": "de la " * (N // 6),
    "digits": "1" * N,
    "digits-spaced": "1 " * (N // 2),
    "1er": "1er " * (N // 4),
    "apostrophes": "'" * N,
    "l'": "l'" * (N // 2),
    "dashes": "-" * N,
    "word-dashes": "Saint-" * (N // 6),
    "caps-words": "Saint Denis " * (N // 12),
    "caps-connect": "Pays de la Vallée du " * (N // 21),
    "dates": "3 juin 2024 " * (N // 12),
    "amounts": "15 816 € " * (N // 9),
    "cls": "contrat local de santé CLS " * (N // 27),
    "mixed": "Axe 1 : l'ARS, de la CPAM - 1er 12/04/2024 (CLS) « x » … \u00e9\u00c9 " * (N // 60),
    "dots": ". " * (N // 2),
    "parens": "(" * (N // 2) + ")" * (N // 2),
}
# A character nothing expects, appended so that anchored/greedy patterns must give up at the end.
TAIL = "\x07"


class _Timeout(Exception):
    pass


def _walk(obj, depth: int = 0) -> Iterator[re.Pattern]:
    if depth > 4:
        return
    if isinstance(obj, re.Pattern):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _walk(v, depth + 1)
    elif isinstance(obj, list | tuple | set | frozenset):
        for v in obj:
            yield from _walk(v, depth + 1)
    elif is_dataclass(obj) and not isinstance(obj, type):
        for f in fields(obj):
            yield from _walk(getattr(obj, f.name), depth + 1)


def _modules() -> list:
    mods = []
    for info in pkgutil.walk_packages([str(ROOT)], prefix="pipeline."):
        try:
            mods.append(importlib.import_module(info.name))
        except ImportError:  # an optional engine whose extra is not installed
            continue
    return mods


def _rule_strings() -> Iterator[tuple[str, str]]:
    """Every string and every list of strings in rules/*.yml that compiles as a regex."""
    def walk(obj, where):
        if isinstance(obj, str):
            yield where, obj
        elif isinstance(obj, list):
            strs = [x for x in obj if isinstance(x, str)]
            if strs:
                yield where, "|".join(f"(?:{s})" for s in strs)
            for i, x in enumerate(obj):
                if not isinstance(x, str):
                    yield from walk(x, f"{where}[{i}]")
        elif isinstance(obj, dict):
            for k, v in obj.items():
                yield from walk(v, f"{where}.{k}")

    for path in sorted(rules.RULES_DIR.glob("*.yml")):
        yield from walk(yaml.safe_load(path.read_text(encoding="utf-8")), path.stem)


def _literal_patterns() -> Iterator[tuple[str, str, int]]:
    """Literal first arguments of re.compile/search/match/... calls anywhere in pipeline/."""
    funcs = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in funcs
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                flags = re.IGNORECASE if "IGNORECASE" in ast.unparse(node) or "re.I" in ast.unparse(node) else 0
                yield f"{path.relative_to(ROOT.parent)}:{node.lineno}", node.args[0].value, flags


def collect_patterns() -> dict[str, re.Pattern]:
    found: dict[tuple[str, int], tuple[str, re.Pattern]] = {}

    def add(where: str, pat: re.Pattern) -> None:
        found.setdefault((pat.pattern, pat.flags), (where, pat))

    for mod in _modules():
        for name, value in vars(mod).items():
            if getattr(value, "__module__", mod.__name__) not in (mod.__name__, None) and not isinstance(
                value, re.Pattern | dict | list | tuple
            ):
                continue
            for pat in _walk(value):
                add(f"{mod.__name__}.{name}", pat)
    # Cached builders: compiled on first use, so not module attributes.
    from pipeline.clean.rules import load_rules
    from pipeline.extract import orgs, people, themes

    for pat in _walk(load_rules()):
        add("pipeline.clean.rules.load_rules()", pat)
    for org_type, pat, head in orgs._patterns():
        add(f"pipeline.extract.orgs._patterns()[{org_type}:{head}]", pat)
    for i, pat in enumerate(people._roles()):
        if isinstance(pat, re.Pattern):
            add(f"pipeline.extract.people._roles()[{i}]", pat)
    for code, pat in themes._lexicon():
        add(f"pipeline.extract.themes._lexicon()[{code}]", pat)
    from pipeline import relevance

    for label, pat in relevance._lexicon().items():
        add(f"pipeline.relevance._lexicon()[{label}]", pat)
    for path in sorted(rules.RULES_DIR.glob("*.yml")):
        spec = rules.load(path.stem)
        if isinstance(spec, dict):
            for key, value in spec.items():
                if isinstance(value, str) or (isinstance(value, list) and value and all(isinstance(v, str) for v in value)):
                    with contextlib.suppress(re.error):
                        add(f"rules.compiled({path.stem!r}, {key!r})", rules.compiled(path.stem, key))
    for where, source in _rule_strings():
        for flags in (0, re.IGNORECASE):
            with contextlib.suppress(re.error):
                add(f"rules/{where}", re.compile(source, flags))
    for where, source, flags in _literal_patterns():
        with contextlib.suppress(re.error):
            add(where, re.compile(source, flags))
    return {f"{where} /{pat.pattern[:60]}/": pat for where, pat in found.values()}


PATTERNS = collect_patterns()


def test_collection_is_broad():
    """The collector must see the pipeline's patterns, or the check below proves nothing."""
    from pipeline import relevance
    from pipeline.extract import dates, territory

    pats = set(PATTERNS.values())
    for p in (relevance._SCREEN, dates._TEXTUAL, territory._CLS_OF, rules.compiled("relevance", "hypothetical")):
        assert p in pats
    assert len(PATTERNS) > 150
    stale = [where for where in USAGE if not any(where in name for name in PATTERNS)]
    assert not stale, f"USAGE entries that match no pattern any more: {stale}"


@pytest.fixture(scope="module")
def alarm():
    def on_alarm(signum, frame):
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)


# Patterns that only ever see a short, bounded string or are only anchored at one position, tested
# the way the pipeline uses them. (where, how, max length, why): "match" = only .match/.fullmatch.
USAGE = {
    "pipeline.geo.link.": ("scan", 500, "applied to one territory name"),
    "pipeline.geo.normalize.": ("scan", 500, "applied to one territory name"),
    "pipeline.ingest.decode._META_CHARSET ": ("scan", 4096, "applied to the first 4096 bytes"),
    "pipeline.ingest.decode._XML_ENCODING ": ("scan", 4096, "applied to the first 4096 bytes"),
    # .match at the end of a mention, in cleaned text (tidy_whitespace leaves single spaces there).
    "pipeline.extract.territory._SUBJECT_SIGNS ": ("match", 200, ".match after a mention, cleaned text"),
    r"/\s*(?:\(|[a-zà-ÿ])/": ("match", 2000, "re.match on the rest of the title"),
    r"/\s+(?:et|a|ont|qui|ainsi|avec|rappelle": ("scan", 500, "re.split of a role (at most 110 characters)"),
    "pipeline.extract.people._roles()[0] ": ("match", 140, ".match on the 140 characters after a name"),
    r"/[^\S\n]*:/": ("match", 140, "re.match on the rest of the 140 characters after a name, past its role"),
    r"/[a-zà-ÿ-]{2,}(?:er|ir|re|oir)/": ("match", 500, "re.fullmatch on one word"),
    r"/(.+?)\s+et\s+((?:la|le|l['’]|les)\s.+)$/": ("match", 2000, "re.match on the last item of a list"),
    r"/(?i)\W*(?:axe|orientation|priorité|objectif)/": ("match", N, "re.match at the start of a unit"),
    "pipeline.extract.signatories._CAPTION ": ("match", N, ".match only"),
    "pipeline.extract.territory._AND_MORE ": ("match", N, ".match at the end of an org"),
    "pipeline.extract.axes._PAREN_LIST ": ("match", N, ".match after an axes cue"),
    "pipeline.extract.axes._DASH_LIST ": ("match", N, ".match after an axes cue"),
    "pipeline.extract.contracts._PLAN_HEADING ": ("match", 60, ".fullmatch on a heading line of at most 60 characters"),
    "pipeline.extract.territory._JOINT ": ("match", N, ".match at the end of a first party"),
    "pipeline.extract.territory._FIRST_OF_PARTIES ": ("match", N, ".match at the end of a mention"),
    "pipeline.extract.orgs._NEXT_PARTY ": ("scan", 500, "searched in one organisation's complement"),
    "pipeline.extract.orgs._EPCI_HEAD_NEXT ": ("match", N, ".match at the end of an org"),
    "pipeline.extract.orgs._LOWER_WORD_NAME ": ("match", N, ".match at the end of an org's head"),
    "pipeline.extract.orgs._LIST_GOES_ON ": ("match", N, ".match at the end of an org's head"),
    "pipeline.extract.territory._TOPIC_COLON ": ("match", N, ".match at the end of a mention"),
    "pipeline.extract.territory._ACRONYM_AFTER ": ("match", N, ".match at the end of an org"),
    "pipeline.extract.people._AND_NAME ": ("match", N, ".match at the end of a name"),
    "pipeline.extract.dates._BY ": ("match", N, ".match on a byline cell"),
    "pipeline.geo.hosts._DEPT_SUFFIX ": ("match", 500, ".fullmatch on one host name"),
    r"/\s+et\s+(?:la\s+|l['’])?$/": ("match", 2000, "re.match on the few words between two mentions"),
    "pipeline.clean.boilerplate._PAGE_LINE ": ("match", N, ".fullmatch on one stripped line"),
    "pipeline.extract.contracts._WIDER ": ("match", N, ".match at the end of a mention"),
    "pipeline.extract.contracts._PREPARES_ITS_OWN ": ("match", N, ".match at the end of a mention"),
    "signing_to_come": ("match", N, "rules/status.yml: .match just after a signing noun (status._signing_to_come)"),
    # "…$"-anchored tests of the few characters before a match (a run of line breaks is quadratic for them).
    "pipeline.extract.dates._SENTENCE_START ": ("scan", 3, "searched in the 3 characters before a date"),
    "pipeline.extract.territory._CLAUSE_START ": ("scan", 8, "searched in the 8 characters before a mention"),
    "pipeline.extract.contracts._AREA_COUNTS ": ("scan", 80, "searched in the 80 characters before a count"),
    "pipeline.extract.contracts._MOVED_TO ": ("scan", 40, "searched in the 40 characters before a date"),
    "pipeline.extract.territory._PLURAL_ARTICLE ": ("scan", 6, "searched in the 6 characters before a mention"),
    "pipeline.extract.orgs._OF_THE_AGENCY ": ("match", N, ".match at the end of an org"),
    "pipeline.extract.dates._EVENT_LINE ": ("match", 80, ".match on one line of at most 80 characters"),
    "pipeline.extract.orgs._AND_THE_NEXT ": ("match", N, ".match on the words between two organisations"),
    "pipeline.extract.territory._DASH_CONTRACT ": ("match", N, ".match at the end of a mention"),
    "pipeline.extract.territory._ROW_CONTRACT ": ("match", N, ".match at the end of a mention, in its table row"),
    "pipeline.extract.territory._PLACE_COLUMN ": ("match", N, ".match at the start of a table's first row"),
    "pipeline.extract.signatories._THEY_ALL_SIGNED ": ("match", N, ".match at the start of a unit"),
    "pipeline.extract.signatories._THOSE_OF ": ("match", N, ".match at the start of a unit"),
    "pipeline.extract.orgs._LOWER_WORD_AFTER ": ("match", N, ".match at the end of a complement"),
    "pipeline.extract.funding._BY_AFTER ": ("match", N, ".match at the end of an amount"),
    "pipeline.extract.funding._DITTO ": ("match", N, ".match at the end of an amount"),
    "pipeline.extract.status._DEFINITION ": ("match", N, ".match at the start of a sentence"),
    "pipeline.extract.status._RENEWED_WHAT ": ("match", N, ".match at a renewal cue"),
    "pipeline.extract.contracts._TOPIC_SHIFT ": ("match", N, ".match at the start of a sentence"),
    "pipeline.extract.contracts._DISOWNED ": ("match", N, ".match at the start of a sentence"),
    "pipeline.extract.funding._PAY_AFTER ": ("match", N, ".match at the end of an amount"),
    "pipeline.extract.axes._CONTENTS_LINE ": ("scan", 60, "searched in the last 60 characters of a unit"),
    "pipeline.extract.contracts._NOT_A_CLS_AFTER ": ("match", N, ".match at the end of a contract word"),
    "pipeline.extract.territory._EPITHET_OF ": ("scan", 30, "searched in the 30 characters before a mention"),
    "pipeline.extract.territory._TITLE_CLS_FOR ": ("scan", 300, "searched in a page's title"),
    "pipeline.extract.territory._SHARED_SITE ": ("scan", 300, "applied to one site name"),
    "pipeline.extract.contracts._ANAPHOR ": ("match", N, ".match at the start of a unit"),
    "pipeline.extract.orgs._TITLE_LISTED ": ("scan", 16, "searched in the 16 characters before a title"),
    "pipeline.extract.orgs._OF_THE_ARRONDISSEMENT ": ("match", N, ".match at the end of a title"),
    "pipeline.extract.signatories._COLUMN_HEAD ": ("match", N, ".fullmatch on one stripped unit"),
    "pipeline.extract.period._STRADDLING ": ("scan", 30, "searched in the 30 characters before a year range"),
    "pipeline.extract.status._SENTENCE_START ": ("scan", 300, "searched in the 300 characters before a cue"),
    "pipeline.extract.territory._LOCATED_BY ": ("scan", 80, "searched in the 80 characters before a demonym"),
    "pipeline.extract.territory._OF_THE_TOWN ": ("match", N, ".match at the end of a CLS mention"),
    "pipeline.extract.territory._HEADER_KIND ": ("match", N, ".match on a page's first line"),
    "pipeline.extract.territory._PAST_SUBJECT ": ("match", N, ".match at the end of a mention"),
    "pipeline.extract.contracts._RANGE_FROM ": ("scan", 30, "searched in the 30 characters before a date"),
    "pipeline.extract.contracts._RANGE_TO ": ("match", N, ".match at the end of a date"),
    "pipeline.extract.contracts._FRONTED_AT ": ("scan", 6, "searched in the 6 characters before a mention"),
    "pipeline.clean.text_tables._RULE ": ("match", N, ".fullmatch on one line under a table's header"),
    "pipeline.extract.funding._WORKS_AFTER ": ("match", N, ".match at the end of an amount"),
    "pipeline.extract.status._NEXT_DAY_AFTER ": ("match", N, ".match at the end of a signing cue"),
    "pipeline.extract.territory._FIRST_CELL ": ("match", N, ".match at the start of a table's row"),
    "pipeline.extract.territory._OPENS_ON_THE_CONTRACT ": ("match", N, ".match at the start of a sentence"),
    "pipeline.extract.territory._TOWN_COMPASS ": ("match", N, ".fullmatch on one mention's name"),
    "pipeline.extract.predecessor._THIS_ONE ": ("match", N, ".match at the start of a unit"),
    "pipeline.ingest.ical._PROPERTY ": ("match", N, ".match on one unfolded line"),
    "pipeline.ingest.subtitles._TIMING ": ("match", N, ".match at the start of a line"),
    "pipeline.extract.coordination._TAIL ": ("scan", 200, "applied to one list item of at most 200 characters"),
    "pipeline.ingest.subtitles._NAME_CARD ": ("match", 200, ".fullmatch on one caption line"),
    "pipeline.ingest.subtitles._SOUND ": ("match", 200, ".fullmatch on one caption"),
    "pipeline.extract.territory._CAPS_KICKER ": ("match", 240, ".fullmatch on one head line of at most 240 characters"),
    "pipeline.extract.territory._SENTENCE_HEADLINE ": ("match", N, ".match on one stripped line"),
    "pipeline.extract.territory._DATE_LINE ": ("match", N, ".match on one stripped line"),
    "pipeline.ingest.txt._CRUMB_SITE ": ("match", N, ".match on one of the first three lines"),
    "pipeline.extract.axes._DATE_CELL ": ("match", N, ".fullmatch on one table cell"),
    "pipeline.extract.territory._PRONOUN_OPENS ": ("match", N, ".match at the start of a sentence"),
    "pipeline.extract.funding._OTHER_HALF_NEXT ": ("match", N, ".match at the start of a unit"),
    "pipeline.extract.signatories._DONE_AT ": ("match", N, ".match at the start of a unit"),
    "pipeline.extract.contracts._TIMED_ITEM ": ("match", N, ".match at the start of a unit"),
    "pipeline.extract.contracts._DEED_OPENING ": ("match", N, ".match at the start of a unit"),
    "pipeline.extract.orgs._NAME_NUMBER ": ("match", N, ".match right after an organisation"),
    "pipeline.extract.orgs._ELIDED_PRONOUN ": ("match", N, ".match at the start of a complement"),
    "pipeline.extract.axes._BULLET_LABEL ": ("match", N, ".match at the start of a list item"),
    "pipeline.extract.territory._JOIN_GAP ": ("match", N, ".fullmatch between two capitalised runs"),
    "pipeline.extract.orgs._DAY_OF_MONTH ": ("match", N, ".match right after a complement"),
    "pipeline.extract.orgs._SECOND_TOWN ": ("match", N, ".match right after an organisation"),
    "pipeline.extract.dates._CLEFT_THAT ": ("match", N, ".match right after a weekday"),
    "pipeline.extract.territory._HEAD_ARTICLE ": ("match", N, ".match at the start of a capitalised run"),
    "pipeline.extract.signatories._WRAPPED_TAIL ": ("match", N, ".fullmatch on one stripped line"),
    "pipeline.extract.signatories._COVER_TITLE ": ("match", N, ".fullmatch on one stripped line"),
    "pipeline.extract.axes._SPEAKER ": ("match", N, ".match at the start of a unit"),
    "pipeline.extract.territory._SIGNERS_HEADING ": ("match", N, ".fullmatch on one line"),
    r"/(?:[^\S\n]*\([^()\n]{0,120}\)|,?[^\S\n]+(?:représentée?s?|": ("scan", 200, "coordination._TAIL, one list item"),
}


def _usage(name: str) -> tuple[str, int]:
    for where, (how, size, _why) in USAGE.items():
        if where in name:
            return how, size
    return "scan", N


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_catastrophic_backtracking(name, alarm):
    pat = PATTERNS[name]
    how, size = _usage(name)
    for label, text in ADVERSARIAL.items():
        subject = text[:size] + TAIL
        if isinstance(pat.pattern, bytes):
            subject = subject.encode("utf-8")
        signal.setitimer(signal.ITIMER_REAL, LIMIT_S)
        try:
            if how == "scan":
                for _ in pat.finditer(subject):
                    pass
            pat.match(subject)
        except _Timeout:
            pytest.fail(f"{name} takes over {LIMIT_S} s on {len(subject)} characters of {label!r}")
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
