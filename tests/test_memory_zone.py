"""A process keeps the words of its first pages (no spaCy memory zone) until its vocab holds
``pipeline.run.KEEP_LEXEMES`` entries; past it, each batch's new strings are freed when it ends."""

from __future__ import annotations

import uuid

import pytest


def _job(word: str):
    from pipeline.ingest import SourceDoc
    from pipeline.run import prepare

    text = f"Le contrat local de santé de Laon est signé. Le mot {word} figure dans la page."
    return [(0, prepare(SourceDoc("mz", "mz.txt", "mz.txt", "txt", text)))]


@pytest.mark.parametrize("keep, kept", [(10**9, True), (0, False)])
def test_words_kept_below_the_cap_freed_above(monkeypatch, keep, kept):
    from pipeline import run
    from pipeline.nlp import build_nlp

    monkeypatch.setattr(run, "KEEP_LEXEMES", keep)
    word = "Zq" + uuid.uuid4().hex  # a string the process has never seen
    strings = build_nlp().vocab.strings
    assert word not in strings
    out = run.nlp_batch(_job(word))
    assert out[0][1][0] == "record"
    assert (word in strings) is kept


def test_same_record_with_and_without_a_memory_zone(monkeypatch):
    from pipeline import run

    word = "Zq" + uuid.uuid4().hex
    monkeypatch.setattr(run, "KEEP_LEXEMES", 0)
    zoned = run.nlp_batch(_job(word))[0][1][1]
    monkeypatch.setattr(run, "KEEP_LEXEMES", 10**9)
    plain = run.nlp_batch(_job(word))[0][1][1]
    assert zoned.model_dump_json() == plain.model_dump_json()
