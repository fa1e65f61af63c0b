"""docs/DATA_DICTIONARY.md and docs/record.schema.json are generated: they must match the models."""

from __future__ import annotations

import json

from pipeline.docs import data_dictionary, generated_files
from pipeline.models import Contract, Record


def test_committed_docs_are_up_to_date():
    for path, text in generated_files().items():
        assert path.is_file(), f"{path} missing: run `make docs`"
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is out of date: run `make docs`"


def test_dictionary_covers_every_field_and_table():
    md = data_dictionary()
    for model in (Record, Contract):
        for name in model.model_fields:
            assert f"| {name} |" in md, name
    assert "## contracts_consolidated" in md and "| conflicts | `string` |" in md
    schema = json.loads(generated_files()[next(p for p in generated_files() if p.suffix == ".json")])
    assert schema["title"] == "Record" and "Contract" in schema["$defs"]
