# Quick start: `make extract`, then `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install extract test bench schemas clean train-ner bench-ner

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

extract: $(STAMP)
	$(BIN)/dbr-extract extract corpus -o outputs
	$(BIN)/dbr-extract load outputs --db sqlite:///outputs/dbr.sqlite

test: $(STAMP)
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python -m pipeline.bench

schemas: $(STAMP)
	$(BIN)/dbr-extract schema > schemas/record.schema.json
	$(BIN)/python -m pipeline.db sqlite > schemas/sqlite.sql
	$(BIN)/python -m pipeline.db postgresql > schemas/postgresql.sql

clean:
	rm -rf outputs/*.json outputs/errors.jsonl outputs/dbr.sqlite* build *.egg-info

train-ner: $(STAMP)
	$(BIN)/python -m training.ner.train

bench-ner: $(STAMP)
	$(BIN)/python -m training.ner.evaluate
