"""The pre-check of find_orgs (the head's first word) never hides a match of its pattern."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def texts() -> list[str]:
    from pipeline.ingest import SourceDoc, iter_inputs

    texts = [d.text for d in iter_inputs([CORPUS / "docs"]) if isinstance(d, SourceDoc)]
    # Case and apostrophe variants the case-insensitive heads must still see.
    return [*texts, "L’AGENCE RÉGIONALE DE SANTÉ et la Caisse d’allocations familiales", "la Sous-Préfecture de Dax"]


def test_every_match_starts_with_its_first_word(texts):
    from pipeline.extract.orgs import _first_words, _patterns

    checked = 0
    for text in texts:
        for (_, pat, head), first_word in zip(_patterns(), _first_words(), strict=True):
            for m in pat.finditer(text):
                assert first_word.match(text, m.start()), (head, m.group())
                checked += 1
    assert checked > 1000


def test_pre_check_keeps_the_case_rule_of_its_head():
    """Acronyms are case-sensitive ("ars" is no ARS), other heads are not ("L'AGENCE RÉGIONALE")."""
    from pipeline.extract.orgs import _first_words, _patterns

    check = {head: fw for (_, _, head), fw in zip(_patterns(), _first_words(), strict=True)}
    assert check["ARS"].search("l'ARS") and not check["ARS"].search("ars et métiers")
    assert check["agence régionale de santé"].search("L'AGENCE RÉGIONALE")
    assert check["caisse d'allocations familiales"].pattern == "caisse"
