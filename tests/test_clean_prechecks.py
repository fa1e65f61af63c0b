"""The whole-text and first-letter pre-checks of the cleaning steps decide nothing: with them or without
them, every line gets the same verdict (they only skip work that cannot find anything)."""

from __future__ import annotations

import dataclasses

import pytest

from pipeline.clean.boilerplate import _is_chrome_only
from pipeline.clean.lines import iter_lines
from pipeline.clean.lorem import remove_lorem_ipsum
from pipeline.clean.rules import load_rules
from tests.conftest import CORPUS, SHARED

CHROME_LINES = [
    "Partager sur Facebook | Twitter | LinkedIn", "  • Imprimer  ", "Facebook Twitter X", "X", "x",
    "Partager l'article", "Tout accepter / Tout refuser", "OK", "Menu", "— Retour en haut —", "e-mail",
    "Partager sur Facebook le CLS", "12 Facebook", "L'ARS et la Ville signent le contrat", "...", "",
    "_facebook_", "-- newsletter --", "Suivez-nous sur Instagram !", "Ξ menu", "Σ", "x-ray",
]


def _lines() -> list[str]:
    lines = list(CHROME_LINES)
    for folder in (CORPUS / "docs", SHARED / "dev" / "docs"):
        if folder.is_dir():
            for path in sorted(folder.glob("*.txt")):
                lines += [ln.text.strip() for ln in iter_lines(path.read_text(encoding="utf-8"))]
    return lines


def test_chrome_pre_check_keeps_every_verdict():
    rules = load_rules()
    assert rules.chrome_terms_start_with_word
    without = dataclasses.replace(rules, chrome_terms_start_with_word=False)
    lines = _lines()
    verdicts = [_is_chrome_only(s, rules) for s in lines]
    assert verdicts == [_is_chrome_only(s, without) for s in lines]
    assert sum(verdicts) >= 10


@pytest.mark.parametrize("text", [
    "LOREM IPSUM DOLOR SIT AMET, CONSECTETUR.\nLe CLS est signé.",
    "Le contrat est signé.\nVestibulum ante ipsum, pellentesque\tmorbi.",
])
def test_lorem_found_whatever_the_case(text):
    edits, warnings = remove_lorem_ipsum(text, load_rules())
    assert edits and warnings == ["lorem_ipsum_removed"]


def test_lorem_pre_check_skips_french():
    # "et", "est", "in", "non" are Latin too but ambiguous: they never make a run filler.
    assert remove_lorem_ipsum("Le CLS est signé et mis en œuvre, non sans mal.", load_rules()) == ([], [])
