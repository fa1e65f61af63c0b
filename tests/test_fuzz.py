"""Property-based fuzzing of cleaning and the extractors (hypothesis).

The strategies mix French CLS vocabulary (so that the extractors actually fire) with arbitrary
unicode. Properties: nothing raises; every span lies inside the text and reads what it claims;
dates are valid ISO dates; contract years stay within the schema's range; amounts are positive.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_text
from pipeline.extract import axes, dates, funding, orgs, people, period, status, territory
from pipeline.extract.units import split_units

VOCAB = [
    "contrat local de santé", "Contrat Local de Santé", "CLS", "CLS 2", "CLSM", "signé le", "a été signé",
    "sera signé", "en cours d'élaboration", "renouvelé", "deuxième génération", "ARS", "l'ARS Hauts-de-France",
    "Agence régionale de santé", "CPAM de l'Aisne", "la préfecture", "le Département", "la Région",
    "Communauté de communes du Pays de Laon", "Laon", "Saint-Quentin", "Créteil", "Saint-Denis", "Le Lamentin",
    "Pays de Chaumont", "PETR", "la ville de Joinville", "quartier Mosson", "Mayotte", "Guyane", "cristolien",
    "le maire", "Éric Delhaye, maire de Laon", "la présidente Anne Meyer-Schmitt", "M. Jean-Pierre LE GALL",
    "directeur général de l'ARS", "1er", "3 juin 2024", "31 janvier dernier", "le 12/04/2024", "07.10.2022",
    "2019-2023", "2024 - 2028", "pour une durée de 5 ans", "jusqu'en 2027", "2009", "2040", "2099", "1995",
    "mardi dernier", "ce jeudi 14 mars", "hier", "en juin", "15 816 €", "45 000 ¤", "1,5 million d'euros",
    "30 000 euros", "200 k€", "0 €", "financés à parts égales par la métropole et l'ARS", "chacun",
    "Axe 1 :", "Axe 2 –", "- ", "1. ", "• ", "axes prioritaires :", "santé mentale", "accès aux soins",
    "prévention", "addictions", "personnes âgées", "Publié le 2 octobre 2024", "(", ")", "«", "»", "…",
    ":", ";", ",", ".", "\n", "\n\n", "  ", "\u00a0", "\u202f", "’", "'", "-", "–", "Ã©", "Â", "\r\n", "\t",
]
# Vocabulary three times out of six, so that most examples carry several cues.
WORD = st.one_of(
    st.sampled_from(VOCAB),
    st.sampled_from(VOCAB),
    st.sampled_from(VOCAB),
    st.text(max_size=12),
    st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Z"]), max_size=15),
    st.integers(min_value=0, max_value=3000).map(str),
)
SEP = st.sampled_from([" ", " ", " ", "\n", ", ", ". ", "\n\n", ""])
TEXT = st.lists(st.tuples(WORD, SEP), min_size=1, max_size=80).map(lambda parts: "".join(w + s for w, s in parts))

FAST = settings(max_examples=int(__import__("os").environ.get("FUZZ_EXAMPLES", 100)), deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=int(__import__("os").environ.get("FUZZ_EXAMPLES_SLOW", 60)), deadline=None, suppress_health_check=[HealthCheck.too_slow])
ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def _valid_iso(value: str) -> dt.date:
    m = ISO.match(value)
    assert m, value
    return dt.date(int(m[1]), int(m[2]), int(m[3] or 1))  # raises on a day/month that does not exist


def _inside(text: str, start: int, end: int) -> None:
    assert 0 <= start <= end <= len(text), (start, end, len(text))


# --------------------------------------------------------------------------- cleaning


@FAST
@given(TEXT)
def test_clean_text_properties(text):
    out = clean_text(text)
    assert isinstance(out.text, str)
    assert "\r" not in out.text and "\u200b" not in out.text and "\x00" not in out.text
    assert out.text == out.text.strip()
    starts = out.offsets.starts
    assert len(starts) == len(out.text) + 1
    assert all(a <= b for a, b in pairwise(starts))  # monotonic map
    for i in range(len(out.text)):
        s, e = out.source_span(i, i + 1)
        _inside(text, s, e)
    assert clean_text(out.text).text == clean_text(out.text).text  # deterministic


@FAST
@given(st.text(max_size=300))
def test_clean_text_any_unicode(text):
    out = clean_text(text)
    _inside(text, out.to_source(0), out.to_source(len(out.text)))


# --------------------------------------------------------------------------- extractors on raw text


@FAST
@given(TEXT, st.sampled_from([None, "2024-05-02", "2019-12", "2015"]))
def test_dates(text, publication):
    for d in dates.find_dates(text):
        _inside(text, d.start, d.end)
        assert text[d.start : d.end] == d.text
        resolved = dates.resolve(d, publication)
        if resolved:
            _valid_iso(resolved[0])
    found = dates.publication_date_from_text(text)
    if found:
        value, start, end = found
        _valid_iso(value)
        _inside(text, start, end)


@FAST
@given(TEXT)
def test_period(text):
    p = period.find_period([(0, text)])
    if p is not None:
        _inside(text, *p.span)
        years = [y for y in (p.start, p.end) if y is not None]
        assert all(2009 <= y <= 2045 for y in years), years
        if p.start is not None:
            assert p.start <= 2040
        if p.start is not None and p.end is not None:
            assert p.start <= p.end


@FAST
@given(TEXT)
def test_funding(text):
    for a in funding.find_amounts(text, 0, orgs.find_orgs(text)):
        assert a.amount > 0
        _inside(text, a.start, a.end)
        assert a.year is None or 2009 <= a.year <= 2049


@FAST
@given(TEXT)
def test_orgs_people_status(text):
    found = orgs.find_orgs(text)
    for o in found:
        _inside(text, o.start, o.end)
    for p in people.find_people(text, []):
        _inside(text, p.start, p.end)
        assert p.name and p.name in text
    code, _why = status.extract_status(text, has_signing_date=False)
    assert isinstance(code, str) and code
    gen = status.extract_generation(text)
    assert gen is None or 1 <= gen <= 9


@FAST
@given(TEXT)
def test_axes_and_territory_candidates(text):
    units = split_units(text)
    for u in units:
        _inside(text, u.start, u.end)
        assert text[u.start : u.end] == u.text
    for item in axes.find_axes(units):
        _inside(text, item.start, item.end)
        assert item.label
    found = orgs.find_orgs(text)
    cls_spans = [m.span() for m in re.finditer(r"contrat local de santé|CLS", text, re.I)]
    for tm in territory.find_mentions(text, None, found, cls_spans):
        _inside(text, tm.start, tm.end)


# --------------------------------------------------------------------------- the whole analysis


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp()


@SLOW
@given(TEXT, st.sampled_from([None, "2024-05-02"]))
def test_analyze_record_properties(nlp, text, publication):
    from pipeline.ingest import SourceDoc
    from pipeline.run import prepare, to_record

    p = prepare(SourceDoc("fuzz", "fuzz.txt", "fuzz.txt", "txt", "Contrat local de santé de Laon\n\n" + text,
                          publication_date=publication))
    rec = to_record(p, nlp(p.text) if p.relevance.is_cls else None)
    for c in rec.contracts:
        if c.signing_date:
            assert 2009 <= _valid_iso(c.signing_date).year <= 2040, c.signing_date
        for y in (c.period_start, c.period_end):
            assert y is None or 2009 <= y <= 2045
        for f in c.funding:
            assert f.amount_eur > 0
        for spans in c.evidence.values():
            for s in spans:
                _inside(rec.text, s.start, s.end)
                assert rec.text[s.start : s.end] == s.text, (s, rec.text[s.start : s.end])
