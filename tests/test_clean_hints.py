"""Regex hints (pipeline.clean.hints) skip searches that cannot match and decide nothing: every string a
pattern matches contains its hint, and cleaning gives the same lines, verdicts and text with or without them."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_text
from pipeline.clean.boilerplate import classify_line
from pipeline.clean.hints import hint
from pipeline.clean.rules import load_rules
from pipeline.clean.whitespace import normalize_newlines
from pipeline.extract import dates
from tests.test_clean_prechecks import _lines

RULES = load_rules()


def _without_hints():
    return dataclasses.replace(
        RULES, nav_hint=None, crumb_hint=None,
        line_rules=tuple(dataclasses.replace(r, hint=None) for r in RULES.line_rules))


def _hinted() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    pairs = [(r.pattern, r.hint) for r in RULES.line_rules if r.hint is not None]
    pairs += [(RULES.nav_split, RULES.nav_hint), (RULES.crumb_split, RULES.crumb_hint),
              (dates._PUBLISHED, dates._PUBLISHED_HINT), (dates._BYLINE, dates._BYLINE_HINT)]
    return [(p, h) for p, h in pairs if h is not None]


def test_the_shipped_rules_have_hints():
    assert RULES.nav_hint is not None and RULES.crumb_hint is not None
    assert {r.name for r in RULES.line_rules if r.hint is not None} >= {"font_size", "cookies", "legal_footer"}
    assert dates._PUBLISHED_HINT is not None and dates._BYLINE_HINT is not None


@pytest.mark.parametrize(("pattern", "matching"), [
    (r"a{5}b", "aaaaab"), (r"xa{2,}b", "xaaaab"), (r"(?:foo|ba[rz])\s+qux", "baz  qux"),
    (r"^(?=.*\bcookies?\b)(?=.*ok)", "ok cookies"), (r"\s*[|·•]\s*|\s{2,}", "a  b"), (r"[^a-c]d", "zd"),
])
def test_hint_is_found_where_the_pattern_matches(pattern, matching):
    p = re.compile(pattern)
    assert p.search(matching)
    h = hint(p)
    assert h is None or h.search(matching)


def test_no_hint_where_it_would_not_be_faster():
    assert hint(re.compile(r"^(partager|share)\b", re.I)) is None  # anchored: tried at the start only
    assert hint(re.compile(r"(?:.x|y)z", re.I)) is None  # an alternation under IGNORECASE, first letters unknown
    assert hint(re.compile(r"mentions légales|plan du site", re.I)).pattern.startswith("(?=[mp])")
    assert hint(re.compile(r"(?<!\s)\s*[>›]\s*")).pattern == "[>›]"
    assert hint(re.compile(r"\s*[|·•]\s*|\s{2,}")).search("a  b")


def test_lines_get_the_same_verdict_without_hints():
    without = _without_hints()
    lines = [*_lines(), "Accueil > Santé > CLS", "Accueil | Agenda | Sport | Culture", "Diminuer la taille du texte",
             "Ce site utilise des cookies : accepter", "a\u2001\u2001b | c | d | accueil"]
    assert [classify_line(s, RULES) for s in lines] == [classify_line(s, without) for s in lines]


CHARS = "ab >›|·•\u2001\t\r\u200bCookie la taille du texte accepter Accueil PubliÉ mIs en ligne DATE: plan du site Par X — \n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=CHARS, max_size=80))
def test_hints_are_necessary(s):
    for pattern, h in _hinted():
        if pattern.search(s):
            assert h.search(s), (pattern.pattern, s)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=CHARS, max_size=120))
def test_cleaning_is_the_same_without_hints(s):
    assert clean_text(s, RULES).text == clean_text(s, _without_hints()).text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n\r\u2028\u2029\x0b\x0c\x85\u200b\u00ad\ufeff\x00\x1f\x7f\xa0", max_size=40))
def test_newline_pre_check_finds_every_edit(s):
    from pipeline.clean import whitespace

    full = ([whitespace.Edit(m.start(), m.end(), "\n") for m in whitespace._NEWLINES.finditer(s)]
            + [whitespace.Edit(m.start(), m.end(), "") for m in whitespace._INVISIBLE.finditer(s)]
            + [whitespace.Edit(m.start(), m.end(), "") for m in whitespace._CONTROL.finditer(s)])
    assert normalize_newlines(s, RULES) == (full, [])


def test_offsets_built_on_demand_match_the_text():
    src = "Titre\r\n\r\nPartager sur Facebook\nLe  contrat\u00a0local de sant\u00c3\u00a9 est sign\u00e9.   \n\n\n"
    out = clean_text(src)
    assert len(out.offsets.starts) == len(out.text) + 1
    for i in range(len(out.text)):
        s, e = out.source_span(i, i + 1)
        assert 0 <= s <= e <= len(src)
