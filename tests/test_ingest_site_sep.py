"""The title separator of ingest.html splits as before its lookbehind (which only removes quadratic work)."""

from __future__ import annotations

import re

import pytest

from pipeline.ingest.html import _SITE_SEP

OLD = re.compile(r"\s+[|–—-]\s+")


@pytest.mark.parametrize("title", [
    "Le CLS est signé | Ville de Laon", "Titre  —  Site – Rubrique", "  | a |  b", "a -b - c", "x\n|\ny",
    "Sans séparateur", "   ", "a |", "| a", "a  \t | \t b - c — d – e",
])
def test_same_split_as_without_the_lookbehind(title):
    assert _SITE_SEP.split(title) == OLD.split(title)


def test_linear_on_a_long_run_of_spaces():
    assert _SITE_SEP.split(" " * 200_000 + "x") == [" " * 200_000 + "x"]
