"""Run-folder outputs: records.jsonl, the CSV tables, errors.csv and manifest.json (OUTPUTS.md)."""
