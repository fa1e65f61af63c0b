"""Start-up: the main process of a run does not import spaCy; the forkserver preload builds what every
worker would otherwise build again (tokenizer regexes, gazetteer, extractor rules)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def _python(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True).stdout


def test_main_process_modules_do_not_import_spacy():
    out = _python("import sys, pipeline.run, pipeline.cli, pipeline.export.post; "
                  "from pipeline.nlp import MODEL; print(sorted(m for m in sys.modules if m.split('.')[0] == 'spacy'))")
    assert out.strip() == "[]"


def test_preload_warms_what_workers_share():
    out = _python("import sys, pipeline.engine.preload; "
                  "from pipeline.geo import get_gazetteer; from pipeline.extract import orgs, people; "
                  "print('spacy.lang.fr' in sys.modules, get_gazetteer.cache_info().currsize, "
                  "orgs._first_words.cache_info().currsize, people._roles.cache_info().currsize)")
    assert out.split() == ["True", "1", "1", "1"]


def test_preload_tokenizes_its_sample_with_the_model():
    """No blank French pipeline is built (~0.3 s of CPU) when the model loads: its tokenizer serves."""
    out = _python("import spacy\n"
                  "def blank(*a, **k):\n    raise AssertionError('spacy.blank called')\n"
                  "spacy.blank = blank\n"
                  "import pipeline.engine.preload\nprint('ok')")
    assert out.strip() == "ok"
