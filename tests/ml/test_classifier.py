"""Classifier maths on fake embeddings: softmax, scoring, weights files (no torch)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from parley.errors import MLError
from parley.ml.classifier import (
    DEFAULT_WEIGHTS,
    NONE,
    EventClassifier,
    TypeScores,
    from_linear,
    softmax,
)
from parley.model import PLOVER_TYPES

from .fakes import CLASSES, one_hot_classifier


def test_softmax_rows_sum_to_one_and_survive_large_logits() -> None:
    probs = softmax([[1000.0, 1000.0, -1000.0], [0.0, 0.0, 0.0]])
    assert probs.shape == (2, 3)
    assert np.allclose(probs.sum(axis=1), 1.0)
    assert np.allclose(probs[0], [0.5, 0.5, 0.0])
    assert np.allclose(probs[1], 1 / 3)


def test_probabilities_are_softmax_of_the_linear_scores() -> None:
    weights = np.array([[1.0, 0.0], [0.0, 2.0], [-1.0, -1.0]], dtype=np.float32)
    bias = np.array([0.0, -1.0, 0.5], dtype=np.float32)
    clf = from_linear(("A", "B", NONE), weights, bias)
    x = np.array([[0.3, 0.7], [1.0, 0.0]], dtype=np.float32)
    expected = np.exp(x @ weights.T + bias)
    expected /= expected.sum(axis=1, keepdims=True)
    assert np.allclose(clf.probabilities(x), expected, atol=1e-6)
    assert np.allclose(clf.probabilities(x[0]), expected[:1], atol=1e-6)  # one vector


def test_score_picks_the_class_each_embedding_points_at() -> None:
    clf = one_hot_classifier()
    scores = clf.score(np.eye(len(CLASSES), dtype=np.float32))
    assert [s.label for s in scores] == list(CLASSES)
    assert all(s.probability > 0.9 for s in scores)


def test_type_scores_helpers() -> None:
    scores = TypeScores(("ASSAULT", "CONSULT", NONE), (0.2, 0.1, 0.7))
    assert scores.label == NONE
    assert scores.probability == pytest.approx(0.7)
    assert scores.p("CONSULT") == pytest.approx(0.1)
    assert scores.p("SANCTION") == 0.0  # unknown to the model
    assert scores.best_event() == ("ASSAULT", pytest.approx(0.2))


def test_wrong_embedding_width_is_an_ml_error() -> None:
    with pytest.raises(MLError, match="E061"):
        one_hot_classifier().probabilities(np.zeros((1, 7)))


@pytest.mark.parametrize(
    ("weights", "bias", "classes"),
    [
        (np.zeros((2, 3)), np.zeros(3), ("A", "B", "C")),  # rows != classes
        (np.zeros((3, 3)), np.zeros(2), ("A", "B", "C")),  # bias length
        (np.zeros((2, 3)), np.zeros(2), ("A", "A")),  # duplicate names
    ],
)
def test_inconsistent_weights_are_rejected(
    weights: np.ndarray, bias: np.ndarray, classes: tuple[str, ...]
) -> None:
    with pytest.raises(MLError, match="E061"):
        from_linear(classes, weights, bias)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    clf = one_hot_classifier(threshold=0.65)
    path = tmp_path / "clf.npz"
    clf.save(path)
    back = EventClassifier.load(path)
    assert back.classes == clf.classes
    assert back.threshold == pytest.approx(0.65)
    assert back.embedder == "fake"
    x = np.random.default_rng(0).normal(size=(5, len(CLASSES))).astype(np.float32)
    assert np.allclose(back.probabilities(x), clf.probabilities(x))


@pytest.mark.parametrize("content", [None, b"not a zip file"])
def test_unusable_weights_file_is_an_ml_error(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "clf.npz"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(MLError, match="E061"):
        EventClassifier.load(path)


def test_bundled_weights_cover_the_sixteen_types_and_none() -> None:
    clf = EventClassifier.load(DEFAULT_WEIGHTS)
    assert set(clf.classes) == {*PLOVER_TYPES, NONE}
    assert clf.dim == 384
    assert 0.0 < clf.threshold < 1.0
    assert clf.embedder == "all-MiniLM-L6-v2"
    assert "cv" in clf.info and clf.info["cv"]["accuracy"] > 0.5
    assert DEFAULT_WEIGHTS.stat().st_size < 100_000  # a small file
