"""`evaluate`'s matching (SPEC §7) on small hand-made pairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import Pipeline
from pipeline.cli import app
from pipeline.evaluate import Report, compare
from pipeline.io import record_json
from pipeline.schema import Claim, DateRecord, Entity, Quantity, Record

TEXT = "김철수 | 300호 (2020년 7월 Issue 1)\n알리바바는 2015년 매출 12억7000만 위안을 기록했다. 바이두는 5∼6년간 투자했다."


@pytest.fixture(scope="module")
def base() -> Record:
    return Pipeline().process(TEXT, doc_id="pair").model_copy(
        update={"entities": [], "quantities": [], "dates": [], "claims": []}
    )


def entity(record: Record, text: str, label: str, canonical: str | None = None, nth: int = 0) -> Entity:
    start = record.text.index(text)
    for _ in range(nth):
        start = record.text.index(text, start + 1)
    return Entity(id=f"e{start}", text=text, label=label, canonical=canonical or text, start=start,
                  end=start + len(text), raw_start=0, raw_end=0, sentence=record.sentences[0].id)


def quantity(record: Record, text: str, value: float, unit: str, kind: str, **extra) -> Quantity:
    start = record.text.index(text)
    return Quantity(id=f"q{start}", text=text, value=value, unit=unit, kind=kind, start=start, end=start + len(text),
                    raw_start=0, raw_end=0, sentence=record.sentences[0].id, **extra)


def date(record: Record, text: str, value: str) -> DateRecord:
    start = record.text.index(text)
    return DateRecord(id=f"d{start}", text=text, value=value, granularity="year", start=start,
                      end=start + len(text), raw_start=0, raw_end=0, sentence=record.sentences[0].id)


def claim(record: Record, subject: str, quantity_id: str | None, date_id: str | None, type_: str = "metric",
          predicate: str | None = "매출") -> Claim:
    return Claim(id=f"c{subject}{quantity_id}{date_id}{type_}", type=type_, subject=subject, predicate=predicate,
                 quantity=quantity_id, date=date_id, sentence=record.sentences[0].id, start=0, end=1, evidence="x")


def score(predicted: Record, gold: Record, name: str):
    report = Report()
    compare(predicted, gold, report)
    return report.scores[name]


def test_entities_need_label_and_exact_span(base: Record) -> None:
    gold = base.model_copy(update={"entities": [entity(base, "알리바바", "ORG"), entity(base, "바이두", "ORG")]})
    predicted = base.model_copy(update={"entities": [
        entity(base, "알리바바", "ORG"),          # correct
        entity(base, "바이두는", "ORG"),           # particle inside: wrong span
        entity(base, "위안", "LOCATION"),          # spurious
    ]})
    result = score(predicted, gold, "entities")
    assert (result.gold, result.predicted, result.correct) == (2, 3, 1)
    assert len(result.misses) == 1 and "'바이두'" in result.misses[0]
    assert len(result.spurious) == 2
    assert score(predicted, gold, "entities.ORG").correct == 1

    wrong_label = base.model_copy(update={"entities": [entity(base, "알리바바", "PRODUCT"), entity(base, "바이두", "ORG")]})
    assert score(wrong_label, gold, "entities").correct == 1
    assert score(wrong_label, gold, "entities.ORG").recall == 0.5


def test_unique_entities_compare_label_and_canonical(base: Record) -> None:
    gold = base.model_copy(update={"entities": [entity(base, "알리바바", "ORG"), entity(base, "바이두", "ORG", "바이두")]})
    predicted = base.model_copy(update={"entities": [entity(base, "바이두", "ORG", "Baidu")]})
    result = score(predicted, gold, "entities.unique")
    assert (result.gold, result.predicted, result.correct) == (2, 1, 0)


def test_quantities_need_value_unit_and_kind(base: Record) -> None:
    gold_q = quantity(base, "12억7000만 위안", 1.27e9, "CNY", "money")
    gold = base.model_copy(update={"quantities": [gold_q, quantity(base, "5∼6년간", 5, "년", "duration",
                                                                   value_max=6, qualifier="range")]})
    near = quantity(base, "12억7000만 위안", 1.27e9 * (1 + 1e-12), "CNY", "money")
    wrong_value = quantity(base, "12억7000만 위안", 1.207e9, "CNY", "money")
    wrong_unit = quantity(base, "12억7000만 위안", 1.27e9, "USD", "money")
    wrong_span = quantity(base, "12억7000만", 1.27e9, "CNY", "money")
    for predicted, correct in ((near, 1), (wrong_value, 0), (wrong_unit, 0), (wrong_span, 0)):
        result = score(base.model_copy(update={"quantities": [predicted]}), gold, "quantities")
        assert result.correct == correct, predicted
    spans = score(base.model_copy(update={"quantities": [wrong_unit]}), gold, "quantities.spans")
    assert (spans.correct, spans.recall) == (1, 0.5)


def test_dates_need_span_and_value(base: Record) -> None:
    gold = base.model_copy(update={"dates": [date(base, "2015년", "2015")]})
    assert score(base.model_copy(update={"dates": [date(base, "2015년", "2015")]}), gold, "dates").f1 == 1.0
    assert score(base.model_copy(update={"dates": [date(base, "2015년", "2016")]}), gold, "dates").f1 == 0.0


def test_claims_match_on_type_subject_date_and_value(base: Record) -> None:
    q = quantity(base, "12억7000만 위안", 1.27e9, "CNY", "money")
    d = date(base, "2015년", "2015")
    records = {"quantities": [q], "dates": [d]}
    gold = base.model_copy(update={**records, "claims": [claim(base, "알리바바", q.id, d.id)]})
    assert score(base.model_copy(update={**records, "claims": [claim(base, "알리바바", q.id, d.id, predicate="수익")]}),
                 gold, "claims").f1 == 1.0, "the metric predicate is free text and not compared"
    for wrong in (claim(base, "바이두", q.id, d.id), claim(base, "알리바바", q.id, None),
                  claim(base, "알리바바", None, d.id), claim(base, "알리바바", q.id, d.id, type_="plan")):
        assert score(base.model_copy(update={**records, "claims": [wrong]}), gold, "claims").f1 == 0.0, wrong


def test_event_claims_compare_their_kind(base: Record) -> None:
    d = date(base, "2015년", "2015")
    gold = base.model_copy(update={"dates": [d], "claims": [claim(base, "바이두", None, d.id, "event", "invested")]})
    same = base.model_copy(update={"dates": [d], "claims": [claim(base, "바이두", None, d.id, "event", "invested")]})
    other = base.model_copy(update={"dates": [d], "claims": [claim(base, "바이두", None, d.id, "event", "founded")]})
    assert score(same, gold, "claims.event").f1 == 1.0
    assert score(other, gold, "claims.event").f1 == 0.0


def test_offsets_are_aligned_when_cleaned_texts_differ(base: Record) -> None:
    gold = base.model_copy(update={"entities": [entity(base, "바이두", "ORG")]})
    shifted_text = base.text.replace("알리바바는", "알리바바 는")
    shifted = base.model_copy(update={"text": shifted_text})
    start = shifted_text.index("바이두")
    moved = Entity(id="e0", text="바이두", label="ORG", canonical="바이두", start=start, end=start + 3,
                   raw_start=0, raw_end=0, sentence=base.sentences[0].id)
    assert score(shifted.model_copy(update={"entities": [moved]}), gold, "entities").f1 == 1.0


def test_metadata_fields_compare_after_whitespace_normalisation(base: Record) -> None:
    gold = base.model_copy(update={"metadata": base.metadata.model_copy(update={"title": "BAT의  AI 전략"})})
    same = base.model_copy(update={"metadata": base.metadata.model_copy(update={"title": "BAT의 AI 전략 "})})
    result = score(same, gold, "metadata")
    assert result.correct == result.gold


def test_cli_gates_on_min_f1_and_prints_json(base: Record, tmp_path: Path) -> None:
    gold_path, predicted_path = tmp_path / "gold.json", tmp_path / "pred.json"
    gold = base.model_copy(update={"entities": [entity(base, "알리바바", "ORG"), entity(base, "바이두", "ORG")]})
    gold_path.write_text(record_json(gold), encoding="utf-8")
    predicted_path.write_text(record_json(base.model_copy(update={"entities": [entity(base, "알리바바", "ORG")]})))
    runner = CliRunner()
    result = runner.invoke(app, ["evaluate", str(predicted_path), str(gold_path), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["entities"]["recall"] == 0.5
    result = runner.invoke(app, ["evaluate", str(predicted_path), str(gold_path), "--min-f1", "entities=0.9"])
    assert result.exit_code == 1 and "entities: F1 0.667 is below 0.9" in result.stderr
    result = runner.invoke(app, ["evaluate", str(predicted_path), str(gold_path), "--details"])
    assert "MISS      entities" in result.stdout and "'바이두'" in result.stdout


def test_per_article_scores_sum_to_the_micro_scores(base: Record, tmp_path: Path) -> None:
    gold_dir, predicted_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir(), predicted_dir.mkdir()
    both = [entity(base, "알리바바", "ORG"), entity(base, "바이두", "ORG")]
    # Article a is right on both entities; article b finds one of two and one spurious.
    pairs = {"a": (both, both), "b": (both, [both[0], entity(base, "위안", "ORG")])}
    for doc_id, (gold, predicted) in pairs.items():
        (gold_dir / f"{doc_id}.json").write_text(record_json(base.model_copy(update={"doc_id": doc_id, "entities": gold})))
        (predicted_dir / f"{doc_id}.json").write_text(
            record_json(base.model_copy(update={"doc_id": doc_id, "entities": predicted})))
    result = CliRunner().invoke(app, ["evaluate", str(predicted_dir), str(gold_dir), "--per-article", "--json"])
    scores = json.loads(result.stdout)
    assert scores["articles"]["a"]["entities"]["f1"] == 1.0
    assert scores["articles"]["b"]["entities"]["f1"] == 0.5
    assert (scores["entities"]["gold"], scores["entities"]["predicted"], scores["entities"]["correct"]) == (4, 4, 3)
    table = CliRunner().invoke(app, ["evaluate", str(predicted_dir), str(gold_dir), "--per-article"]).stdout
    rows = {line.split()[0]: line.split() for line in table.splitlines() if line.startswith(("a ", "b "))}
    assert rows["a"][3:5] == ["1.000", "(2/2)"] and rows["b"][3:5] == ["0.500", "(1/2)"]  # after metadata
