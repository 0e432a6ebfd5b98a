from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from parley.errors import EvalError
from parley.evaluate import DEFAULT_NEGATIVES, NegativeSentence, load_negatives, score_negatives

from .builders import pred


def test_bundled_negatives_are_large_varied_and_unique() -> None:
    sentences = load_negatives()
    assert len(sentences) >= 150
    assert len({s.text for s in sentences}) == len(sentences)
    categories = Counter(s.category for s in sentences)
    assert {
        "sports",
        "weather",
        "disaster",
        "markets",
        "celebrity",
        "science",
        "furniture",
        "tricky",
    } <= set(categories)
    assert min(categories.values()) >= 10
    texts = " ".join(s.text for s in sentences)
    for phrase in (
        "The Lakers beat the Celtics",
        "Apple agreed to buy",
        "A storm hit the coast",
        "Shares fell after the central bank",
    ):
        assert phrase in texts


def test_bundled_file_is_plain_jsonl() -> None:
    for line in DEFAULT_NEGATIVES.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert set(row) == {"id", "category", "text"}


def test_false_alarm_rate() -> None:
    sentences = [
        NegativeSentence("n1", "The Lakers beat the Celtics.", "sports"),
        NegativeSentence("n2", "A storm hit the coast.", "weather"),
        NegativeSentence("n3", "Rain is expected.", "weather"),
        NegativeSentence("n4", "Shares fell.", "markets"),
    ]
    preds = [
        pred("n1", "USA", "ASSAULT", "USA"),
        pred("n1", "USA", "COERCE", "USA"),
        pred("n3", "GBR", "PROTEST", None),
        pred("other", "GBR", "PROTEST", None),  # not a negative sentence
    ]
    score = score_negatives(sentences, preds)
    assert score.false_alarm_rate == 0.5
    assert score.n_events == 3
    assert score.fired == (("n1", ("ASSAULT", "COERCE")), ("n3", ("PROTEST",)))
    assert {c: (r.right, r.total) for c, r in score.by_category.items()} == {
        "markets": (0, 1),
        "sports": (1, 1),
        "weather": (1, 2),
    }
    assert score_negatives(sentences, []).false_alarm_rate == 0.0


@pytest.mark.parametrize(
    "content",
    ['{"id": "a"}\n', "not json\n", '{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n'],
)
def test_bad_negatives_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "neg.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match="E040"):
        load_negatives(path)
