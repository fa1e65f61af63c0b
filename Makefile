# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test lint train train-signatories train-status gazetteer map bench-geo clean docs chromium bench bench-quick bench-memory bench-profile

# The venv is rebuilt when the dependency pins change. constraints.txt pins every transitive package.
# pipeline.nlp.fastre then stores spaCy's compiled French token_match in the venv (a faster worker start).
$(STAMP): pyproject.toml constraints.txt pipeline/nlp/fastre.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[dev,dask]"
	$(BIN)/python -m pipeline.nlp.fastre
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/cls-extract run corpus/docs --out outputs

test: install chromium
	$(BIN)/ruff check pipeline tests bench scripts
	$(BIN)/python -m pytest

# Headless Chromium for the HTML report test (Debian packages; needs root, skipped when it cannot install).
chromium:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq chromium chromium-driver; } || \
	  echo "chromium not installed: the report browser test will be skipped"

# docs/DATA_DICTIONARY.md and docs/record.schema.json, generated from the pydantic models.
docs: install
	$(BIN)/python -m pipeline.docs

lint: install
	$(BIN)/ruff check pipeline tests bench scripts

# Rebuild rules/geo/ from the pinned official geography (needs npm and the registry; run time never does).
gazetteer: install
	$(BIN)/python scripts/build_gazetteer.py --version 6.0.0 --out rules/geo

# The territory decision's weights (rules/models/territory_choice.json) from every annotated set present,
# with the cross-validation table (learned vs hand-set, one held-out batch at a time).
train: install
	$(BIN)/python scripts/train_territory.py

# The signatory decision's weights (rules/models/signatory_choice.json), likewise: cross-validation by batch
# of the learned choice against the hand-set signing scopes (rules/models/README.md).
train-signatories: install
	$(BIN)/python scripts/train_signatories.py

# The status decision (pipeline/extract/status_choice.py): learned vs hand-set, rules/models/README.md.
train-status: install
	$(BIN)/python scripts/train_status.py

# Rebuild the report map's département outlines (rules/geo/map/) from the pinned npm package (CC BY 4.0).
map: install
	$(BIN)/python scripts/build_map.py --version 2.0.0 --out rules/geo/map

bench-geo: install
	$(BIN)/python bench/bench_geo.py

# Throughput of `cls-extract run` vs bare spaCy (bench/RESULTS.md): the issue-15 plan ~10 min,
# bench-quick ~5 min, bench-memory (10k and 50k documents) ~6 min, bench-profile (per-stage table) ~2 min.
bench: install
	$(BIN)/python bench/run.py

bench-quick: install
	$(BIN)/python bench/run.py --quick

bench-memory: install
	$(BIN)/python bench/run.py --memory

bench-profile: install
	$(BIN)/python bench/profile_stages.py

clean:
	rm -rf $(VENV) outputs .pytest_cache .ruff_cache
