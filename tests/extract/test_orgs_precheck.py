"""find_orgs tries its patterns only where the head's first word stands: it finds what a scan finds."""

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


def test_tried_where_the_first_word_stands_equals_a_scan(texts):
    from pipeline.extract.orgs import _finditer, _first_words, _patterns

    found = 0
    for text in [*texts, "CCC CC (CCAS) la CC du Pays", "L'ARS-ARS ARS\nARS"]:
        for (_, pat, _), first_word in zip(_patterns(), _first_words(), strict=True):
            scan = [(m.span(), m.groupdict()) for m in pat.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in _finditer(pat, first_word, text)] == scan
            found += len(scan)
    assert found > 1000


def test_pre_check_keeps_the_case_rule_of_its_head():
    """Acronyms are case-sensitive ("ars" is no ARS), other heads are not ("L'AGENCE RÉGIONALE")."""
    from pipeline.extract.orgs import _first_words, _patterns

    check = {head: fw for (_, _, head), fw in zip(_patterns(), _first_words(), strict=True)}
    assert check["ARS"].search("l'ARS") and not check["ARS"].search("ars et métiers")
    assert check["agence régionale de santé"].search("L'AGENCE RÉGIONALE")
    assert check["caisse d'allocations familiales"].pattern == "caisse"


def test_word_starts_overlap_and_are_shared_by_heads_of_one_word():
    import re

    from pipeline.extract.orgs import _first_words, _word_starts

    assert _word_starts(re.compile("aa"), "aaaa") == [0, 1, 2]
    assert _word_starts(re.compile("caisse", re.I), "La CAISSE et la caisse") == [3, 16]
    words = [(w.pattern, w.flags) for w in _first_words()]
    assert len(set(words)) < len(words)  # several heads start with the same word ("caisse", "conseil")
