"""The extractors skip a unit by a literal it lacks, before their regex scans: funding needs a currency
("€", "euro", "¤"), the period a year ("20"), the question filter of status a "?". Each check holds only
while every match of the patterns contains the literal: checked here on examples of every alternative and
on every page of the corpus."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    from pipeline.ingest import SourceDoc, iter_inputs
    from pipeline.run import prepare

    return [prepare(d).text for d in iter_inputs([CORPUS / "docs"]) if isinstance(d, SourceDoc)]


AMOUNTS = ["15 816 €", "45.000 euros", "45 k€", "45 K€", "12 keuros", "1,2 million d'euros", "3 millions €",
           "2 M€", "15 816¤", "150 000€", "1 euro"]


@pytest.mark.parametrize("text", AMOUNTS)
def test_every_amount_form_has_a_currency_literal(text):
    from pipeline.extract.funding import _AMOUNT

    m = _AMOUNT.search(text)
    assert m is not None
    assert any(c in m.group() for c in ("€", "euro", "¤"))


def test_amounts_need_a_currency_on_the_corpus(corpus_texts):
    from pipeline.extract.funding import _AMOUNT, find_amounts

    found = 0
    for text in corpus_texts:
        for m in _AMOUNT.finditer(text):
            found += 1
            assert any(c in m.group() for c in ("€", "euro", "¤")), m.group()
    assert found > 20
    assert find_amounts("La subvention de l'ARS s'élève à 20 000 € pour le CLS.", 0, [])
    assert find_amounts("La subvention de l'ARS s'élève à 20 000 dollars pour le CLS.", 0, []) == []


PERIODS = ["2024-2028", "de 2025 à 2029", "de juin 2025 à juin 2030", "entre 2023 et 2027",
           "pour 5 ans à compter de 2024", "jusqu'en 2027", "à l'horizon 2030", "les années 2025 à 2029"]


@pytest.mark.parametrize("text", PERIODS)
def test_every_period_form_has_a_year(text):
    from pipeline.extract.period import find_period

    assert "20" in text
    assert find_period([(0, text)]) is not None


def test_period_patterns_need_a_year_on_the_corpus(corpus_texts):
    from pipeline.extract.period import _DURATION, _RANGE, _UNTIL

    found = 0
    for text in corpus_texts:
        for pattern in (_DURATION, _RANGE, _UNTIL):
            for m in pattern.finditer(text):
                found += 1
                assert "20" in m.group()
    assert found > 50


def test_statements_drop_questions_only():
    from pipeline.extract.contracts import _statements
    from pipeline.extract.units import split_units

    text = "Le CLS est signé. Vous portez un projet de CLS ? Contactez-nous.\n\nLa ville s'engage."
    assert _statements(split_units(text)) == "\n".join(
        u.text.replace("Vous portez un projet de CLS ?", "") for u in split_units(text))
