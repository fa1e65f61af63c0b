# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test lint gazetteer bench-geo clean

# The venv is rebuilt when the dependency pins change. constraints.txt pins every transitive package.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[dev,dask]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/cls-extract run corpus/docs --out outputs

test: install
	$(BIN)/ruff check pipeline tests bench scripts
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check pipeline tests bench scripts

# Rebuild rules/geo/ from the pinned official geography (needs npm and the registry; run time never does).
gazetteer: install
	$(BIN)/python scripts/build_gazetteer.py --version 6.0.0 --out rules/geo

bench-geo: install
	$(BIN)/python bench/bench_geo.py

clean:
	rm -rf $(VENV) outputs .pytest_cache .ruff_cache
