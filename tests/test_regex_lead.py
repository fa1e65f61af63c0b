"""hints.lead: a pattern with a lookahead on the characters its matches start with finds the same matches
(spans, groups, names) as the pattern itself; the extractors and rules.compiled use it for speed only."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean.hints import lead
from tests.conftest import CORPUS


def _same(a: re.Pattern[str], b: re.Pattern[str], text: str) -> None:
    assert [(m.span(), m.groups(), m.groupdict()) for m in a.finditer(text)] == \
           [(m.span(), m.groups(), m.groupdict()) for m in b.finditer(text)]


@pytest.mark.parametrize("source, flags, first", [
    (r"\bsign|\bparaph|,\s*représentée?", re.I, "[sp,]"),
    (r"(?<![\d/])(?:de\s+)?(20[0-4]\d)", re.I, "[d2]"),
    (r"(?:x|y)?z+", 0, "[xyz]"),
    (r"\s+(?=[A-Z])", 0, r"[\s]"),
    (r"é[a-c]", re.I, "[é]"),
])
def test_lead_adds_the_first_characters(source, flags, first):
    led = lead(re.compile(source, flags))
    assert led.pattern.startswith(f"(?={first})"), led.pattern
    assert led.flags == re.compile(source, flags).flags


@pytest.mark.parametrize("source, flags", [
    (r"a*", 0),  # can match the empty string
    (r"(?:a|)b?", 0),
    (r".foo", 0),  # any character
    (r"[^a]b", 0),  # a negated class
    (r"(?i:a)b", 0),  # a flag change: the class would not follow it
    (r"(?i)abc", 0),  # a global flag must stay first
])
def test_lead_leaves_unknown_starts_alone(source, flags):
    p = re.compile(source, flags)
    assert lead(p) is p


def test_case_insensitive_and_accented_starts():
    p = re.compile(r"\bétat|\bsigné", re.I)
    led = lead(p)
    for text in ("L'ÉTAT a SIGNÉ", "l'état a signé", "Etat", "ſigné"):
        _same(p, led, text)
    assert [m.group() for m in led.finditer("L'ÉTAT a SIGNÉ")] == ["ÉTAT", "SIGNÉ"]


def _patterns() -> dict[str, re.Pattern[str]]:
    from pipeline import rules
    from pipeline.extract import (
        contracts,
        dates,
        funding,
        people,
        period,
        signatories,
        signatory_choice,
        status,
        territory,
        units,
    )

    out = {f"{m.__name__.rsplit('.', 1)[-1]}.{n}": getattr(m, n) for m, names in [
        (signatories, ["SCOPE", "EXCLUDE", "GENERIC", "NOT_SIGNING"]), (funding, ["_NOT_FUNDING"]),
        (period, ["_RANGE"]), (units, ["_SENT_END"]), (contracts, ["_N_CONTRACTS", "_SIGN_CUE", "_SOME_OF_THEM"]),
        (signatory_choice, ["_GENERAL"]), (status, ["_GEN_NUMBER", "_GEN_DIGIT", "_GEN_ORDINAL"]),
        (territory, ["_DEPT_SCALE", "_FOR_A_QUARTIER", "_CLS_OF", "_QUARTIER", "_COUNTED_ACRONYM", "_DEPT_WHOLE",
                     "_TOWN_LIST"]),
        (signatories, ["_CLAUSE", "_AFTER_PARTIES"]), (dates, ["_TEXTUAL"]), (people, ["PERSON"]),
        (contracts, ["_MINUTES"])] for n in names}
    out["territory._cls_of_lower()"] = territory._cls_of_lower()
    out.update({f"_CUES.{k}": p for k, p in signatory_choice._CUES.items()})
    for name in ("status", "axes", "themes", "roles"):
        for key, items in rules.load(name).items():
            if isinstance(items, list | str) and all(isinstance(i, str) for i in ([items] if isinstance(items, str) else items)):
                out[f"rules:{name}:{key}"] = rules.compiled(name, key)
    return out


def _plain(p: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without the lookahead lead added."""
    m = re.fullmatch(r"\(\?=\[[^\]]*\]\)\(\?:(.*)\)", p.pattern, re.S)
    return re.compile(m.group(1), p.flags) if m else p


def test_the_extractors_patterns_are_led():
    led = [n for n, p in _patterns().items() if _plain(p) is not p]
    assert {"signatories.SCOPE", "funding._NOT_FUNDING", "rules:status:signed", "_CUES.sign_past"} <= set(led)


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    from pipeline.ingest import SourceDoc, iter_inputs

    return [d.text for d in iter_inputs([CORPUS / "docs"]) if isinstance(d, SourceDoc)]


def test_same_matches_on_the_corpus(corpus_texts):
    found = 0
    for p in _patterns().values():
        plain = _plain(p)
        for text in corpus_texts:
            _same(plain, p, text)
            found += plain.search(text) is not None
    assert found > 500


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="sSigné ÉéeE,.-2019 àaLl'ſ\nCLSctr", max_size=60))
def test_same_matches_on_any_text(text):
    for p in _patterns().values():
        _same(_plain(p), p, text)
