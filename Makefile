# Quick start: `make extract`, then `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install extract test bench bench-ray schemas clean train-ner bench-ner quality ablate review

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,ray]'
	touch $(STAMP)

install: $(STAMP)

extract: $(STAMP)
	$(BIN)/dbr-extract extract corpus -o outputs
	$(BIN)/dbr-extract load outputs --db sqlite:///outputs/dbr.sqlite

test: $(STAMP)
	$(BIN)/pytest -q

# A static review site of the records in outputs/ (make extract writes them), compared
# with the gold where tests/gold/ has one for the same doc_id: open build/review/index.html.
review: $(STAMP)
	$(BIN)/dbr-extract review outputs -o build/review --gold tests/gold

bench: $(STAMP)
	$(BIN)/python -m pipeline.bench

# The local engine against --engine ray (1 and 2 actors) on the same 500 articles.
bench-ray: $(STAMP)
	$(BIN)/python -m pipeline.bench_ray

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

# Extraction quality on the gold corpus (tests/gold): both splits are extracted and scored;
# CI fails when a dev-split figure falls below its gate (a little under what the pipeline
# achieves, so quality cannot fall silently). The test split is reported, never studied.
DEV_GATES := --min-f1 metadata=0.96 --min-f1 entities=0.91 --min-f1 entities.unique=0.88 \
	--min-f1 quantities=0.98 --min-f1 dates=0.98 --min-f1 claims=0.76

quality: $(STAMP)
	$(BIN)/dbr-extract extract tests/gold/dev -o build/quality/dev --force
	$(BIN)/dbr-extract extract tests/gold/test -o build/quality/test --force
	@echo "== dev split (gated)"
	$(BIN)/dbr-extract evaluate build/quality/dev tests/gold/dev --per-article $(DEV_GATES)
	@echo "== test split (reported only)"
	$(BIN)/dbr-extract evaluate build/quality/test tests/gold/test
	$(BIN)/python -m training.ner.evaluate --min-core-f1 0.80

# What each entity pass gains on the dev split (pipeline/ablation.py).
ablate: $(STAMP)
	$(BIN)/python -m pipeline.ablation
