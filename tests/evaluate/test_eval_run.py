from __future__ import annotations

import json
from pathlib import Path

import pytest

import parley.evaluate as evaluate
from parley.errors import EvalError, InputError
from parley.evaluate import (
    DocScore,
    SentenceScore,
    default_articles,
    default_meta,
    render_markdown,
    render_text,
    run_eval,
    run_negatives,
    to_dict,
)
from parley.model import Article, Event

from .builders import actors, event, gold_line, gsr_record, pred, write_gsr, write_jsonl

TEXTS = {
    "d1": "Chinese President Xi Jinping held talks with Kim Jong Un in Beijing on Monday.",
    "d2": "The United States accused China of unfair trade practices on Tuesday.",
}


class FakePipeline:
    """In-memory twin of ``Pipeline``: events keyed on words in the text."""

    def __init__(self) -> None:
        self.seen: list[Article] = []

    def process(self, article: Article) -> list[Event]:
        self.seen.append(article)
        text = article.text
        if "explode" in text:
            raise InputError("E050", detail="boom")
        events = []
        if "talks" in text:
            events.append(
                event(
                    article.doc_id,
                    "CHN",
                    "CONSULT",
                    "PRK",
                    date=article.published,
                    place=("Beijing", "CHN"),
                    confidence=0.9,
                )
            )
        if "accused" in text:
            events.append(event("wrong-id", "USA", "ACCUSE", "CHN", confidence=0.6))
        if "Lakers" in text:
            events.append(event(article.doc_id, "USA", "ASSAULT", "USA", confidence=0.3))
        return events


@pytest.fixture
def seeds_layout(tmp_path: Path) -> Path:
    """``<root>/eval/t.gold.jsonl`` + ``t.meta.jsonl`` and ``<root>/seeds/*.txt``."""
    (tmp_path / "eval").mkdir()
    (tmp_path / "seeds").mkdir()
    for doc_id, text in TEXTS.items():
        (tmp_path / "seeds" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    write_jsonl(tmp_path / "eval" / "t.meta.jsonl", [{"doc_id": "d1", "published": "2021-03-22"}])
    return write_jsonl(
        tmp_path / "eval" / "t.gold.jsonl",
        [
            gold_line(
                "d1", "CHN", "CONSULT", "PRK", dates=["2021-03-22"], location=("Beijing", "CHN")
            ),
            gold_line("d2", "USA", "ACCUSE", "CHN"),
        ],
    )


def test_defaults_next_to_gold(seeds_layout: Path) -> None:
    assert default_articles(seeds_layout) == seeds_layout.resolve().parent.parent / "seeds"
    assert default_meta(seeds_layout) == seeds_layout.with_name("t.meta.jsonl")
    assert default_meta(seeds_layout.with_name("other.gold.jsonl")) is None


def test_run_with_pipeline_and_meta(seeds_layout: Path) -> None:
    pipeline = FakePipeline()
    result = run_eval(seeds_layout, pipeline=pipeline)
    assert isinstance(result.score, DocScore)
    assert result.predicted_by == "pipeline"
    assert result.meta == seeds_layout.with_name("t.meta.jsonl")
    assert {a.doc_id: a.published for a in pipeline.seen} == {"d1": "2021-03-22", "d2": None}
    assert result.score.tuples.tp == 2  # the event's own doc_id is overridden by the article's
    assert (result.score.dates.right, result.score.places.right) == (1, 1)


def test_run_without_meta(seeds_layout: Path) -> None:
    pipeline = FakePipeline()
    result = run_eval(seeds_layout, pipeline=pipeline, use_meta=False)
    assert result.meta is None
    assert all(a.published is None for a in pipeline.seen)
    assert (result.score.dates.right, result.score.dates.total) == (0, 1)


def test_run_missing_article_is_e040(seeds_layout: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(EvalError, match="no article for d1"):
        run_eval(seeds_layout, pipeline=FakePipeline(), articles=empty)


def test_run_on_gsr_with_failures_and_negatives(tmp_path: Path) -> None:
    gold = write_gsr(
        tmp_path / "gsr.txt",
        [
            gsr_record("ok", "CONSULT", actors("CHN"), actors("PRK"), text=TEXTS["d1"]),
            gsr_record("bad", "ACCUSE", actors("USA"), actors("CHN"), text="Things explode."),
        ],
    )
    negatives = write_jsonl(
        tmp_path / "neg.jsonl",
        [
            {"id": "n1", "category": "sports", "text": "The Lakers beat the Celtics on Friday."},
            {"id": "n2", "category": "weather", "text": "A storm hit the coast on Friday."},
            {"id": "n3", "category": "furniture", "text": "Advertisement"},  # refused by ingest
        ],
    )
    result = run_eval(gold, pipeline=FakePipeline(), negatives=negatives)
    assert isinstance(result.score, SentenceScore)
    assert result.score.tuples.tp == 1
    assert result.score.confusion.get("ACCUSE", "NONE") == 1
    assert [f.split(":")[0] for f in result.failures] == ["bad", "n3"]
    assert result.negatives is not None and result.negatives.fired == (("n1", ("ASSAULT",)),)


def test_run_with_prediction_file(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "g.jsonl", [gold_line("d1", "CHN", "AGREE", "PRK")])
    preds = write_jsonl(
        tmp_path / "p.jsonl", [pred("d1", "CHN", "AGREE", "PRK"), pred("n1", "A", "AID", "B")]
    )
    negatives = write_jsonl(tmp_path / "n.jsonl", [{"id": "n1", "text": "Sunny."}])
    result = run_eval(gold, pred_path=preds, negatives=negatives)
    assert result.predicted_by == str(preds)
    assert result.score.tuples.f1 == 1.0
    assert result.negatives is not None and result.negatives.false_alarm_rate == 1.0


def test_bad_prediction_line(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "g.jsonl", [gold_line("d1", "CHN", "AGREE", "PRK")])
    bad = tmp_path / "p.jsonl"
    bad.write_text('{"doc_id": "d1", "event": "AGREE"}\n{"doc_id": "d1"}\n', encoding="utf-8")
    with pytest.raises(EvalError, match=r"p.jsonl:2.*E040"):
        run_eval(gold, pred_path=bad)


def test_reports_render_and_serialise(seeds_layout: Path) -> None:
    result = run_eval(seeds_layout, pipeline=FakePipeline())
    md = render_markdown(result)
    assert "| type | support | precision | recall | F1 |" in md
    assert "### Confusion matrix" in md and "| gold \\ predicted |" in md
    assert "### Reliability" in md and "0.9–1.0" in md
    assert render_markdown(result.score) in md
    text = render_text(result)
    assert "precision 1.000 recall 1.000 f1 1.000" in text
    data = json.loads(json.dumps(to_dict(result)))
    assert data["score"]["f1"] == 1.0
    assert data["score"]["confusion"]["labels"] == ["CONSULT", "ACCUSE"]
    assert data["score"]["reliability"]["high"] == {"right": 1, "total": 1, "value": 1.0}


def test_public_api_pinned() -> None:
    assert evaluate.__all__ == sorted(evaluate.__all__)
    for name in (
        "load_gold",
        "score_documents",
        "score_sentences",
        "render_markdown",
        "run_eval",
        "EvalResult",
        "DocScore",
        "SentenceScore",
        "score_negatives",
    ):
        assert name in evaluate.__all__
        assert hasattr(evaluate, name)


@pytest.mark.slow
def test_end_to_end_with_real_pipeline(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    from parley.pipeline import Pipeline

    pipeline = Pipeline()
    gold = write_gsr(
        tmp_path / "gsr.txt",
        [gsr_record("r1", "CONSULT", actors("CHN"), actors("PRK"), text=TEXTS["d1"])],
    )
    try:
        result = run_eval(gold, pipeline=pipeline)
    except NotImplementedError:
        pytest.skip("Pipeline.process is not implemented yet")
    assert isinstance(result.score, SentenceScore)
    assert result.score.n_records == 1


def test_run_negatives_with_pipeline(tmp_path: Path) -> None:
    negatives = write_jsonl(
        tmp_path / "neg.jsonl",
        [
            {"id": "n1", "category": "sports", "text": "The Lakers beat the Celtics on Friday."},
            {"id": "n2", "category": "furniture", "text": "Advertisement"},
        ],
    )
    score = run_negatives(negatives, pipeline=FakePipeline())
    assert score.n == 2 and score.false_alarm_rate == 0.5
