"""The event-type classifier: multinomial logistic regression over sentence embeddings.

The trained weights are a small ``.npz`` file (``parley/data/ml/event_classifier.npz``):
one row of weights and one bias per class, the decision threshold chosen by
cross-validation on the training data, and a JSON note of how it was trained. Scoring
is a matrix product and a softmax in numpy; no torch is needed here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from parley.errors import MLError

NONE = "NONE"  # the class of sentences that code no event
DEFAULT_WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "ml" / "event_classifier.npz"

FloatArray = npt.NDArray[np.float32]


def softmax(logits: npt.ArrayLike) -> FloatArray:
    """Row-wise softmax, stable for large logits."""
    z = np.asarray(logits, dtype=np.float64)
    if z.ndim == 1:
        z = z[None, :]
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return (e / e.sum(axis=1, keepdims=True)).astype(np.float32)


@dataclass(frozen=True, slots=True)
class TypeScores:
    """The class probabilities of one text."""

    classes: tuple[str, ...]
    probs: tuple[float, ...]

    @property
    def label(self) -> str:
        """The most probable class."""
        return self.classes[int(np.argmax(self.probs))]

    @property
    def probability(self) -> float:
        """The probability of the most probable class."""
        return float(max(self.probs))

    def p(self, label: str) -> float:
        """The probability of ``label`` (0 for a class the model does not know)."""
        try:
            return self.probs[self.classes.index(label)]
        except ValueError:
            return 0.0

    def best_event(self) -> tuple[str, float]:
        """The most probable class other than ``NONE``, with its probability."""
        pairs = [(p, c) for c, p in zip(self.classes, self.probs, strict=True) if c != NONE]
        p, c = max(pairs)
        return c, p


@dataclass(frozen=True)
class EventClassifier:
    """Weights ``(k, d)``, bias ``(k,)`` and the class names, in order."""

    classes: tuple[str, ...]
    weights: FloatArray
    bias: FloatArray
    threshold: float = 0.5  # act on a class only with at least this probability
    info: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        k = len(self.classes)
        if self.weights.ndim != 2 or self.weights.shape[0] != k:
            raise MLError("E061", detail=f"weights of shape {self.weights.shape} for {k} classes")
        if self.bias.shape != (k,):
            raise MLError("E061", detail=f"bias of shape {self.bias.shape} for {k} classes")
        if len(set(self.classes)) != k:
            raise MLError("E061", detail="duplicate class names")
        if not 0.0 <= self.threshold <= 1.0:
            raise MLError("E061", detail=f"threshold {self.threshold} outside [0, 1]")

    @property
    def dim(self) -> int:
        """Length of the embeddings the weights expect."""
        return int(self.weights.shape[1])

    @property
    def embedder(self) -> str | None:
        """Name of the embedding model the weights were trained on."""
        name = self.info.get("embedder")
        return str(name) if name else None

    def probabilities(self, embeddings: npt.ArrayLike) -> FloatArray:
        """Class probabilities, one row per embedding (rows follow ``classes``)."""
        x = np.asarray(embeddings, dtype=np.float32)
        if x.ndim == 1:
            x = x[None, :]
        if x.ndim != 2 or x.shape[1] != self.dim:
            raise MLError("E061", detail=f"embeddings of shape {x.shape}, expected (n, {self.dim})")
        return softmax(x @ self.weights.T + self.bias)

    def score(self, embeddings: npt.ArrayLike) -> list[TypeScores]:
        """``TypeScores`` for each embedding."""
        return [
            TypeScores(self.classes, tuple(float(v) for v in row))
            for row in self.probabilities(embeddings)
        ]

    # ---- files ----------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        """Write the weights as a compressed ``.npz`` (no pickles)."""
        np.savez_compressed(
            Path(path),
            classes=np.array(self.classes, dtype=str),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            threshold=np.array(self.threshold, dtype=np.float64),
            info=np.array(json.dumps(dict(self.info), sort_keys=True)),
        )

    @classmethod
    def load(cls, path: str | Path = DEFAULT_WEIGHTS) -> EventClassifier:
        """Read weights written by ``save``; ``MLError`` (E061) if the file is unusable."""
        try:
            with np.load(Path(path), allow_pickle=False) as data:
                classes = tuple(str(c) for c in data["classes"])
                weights = np.asarray(data["weights"], dtype=np.float32)
                bias = np.asarray(data["bias"], dtype=np.float32)
                threshold = float(data["threshold"])
                info = json.loads(str(data["info"]))
        except (OSError, KeyError, ValueError) as exc:
            raise MLError("E061", origin=str(path), detail=str(exc)) from exc
        return cls(classes, weights, bias, threshold, info)


def from_linear(
    classes: Sequence[str],
    weights: npt.ArrayLike,
    bias: npt.ArrayLike,
    *,
    threshold: float = 0.5,
    info: Mapping[str, Any] | None = None,
) -> EventClassifier:
    """An ``EventClassifier`` from any linear model's coefficients (e.g. scikit-learn's)."""
    return EventClassifier(
        tuple(classes),
        np.asarray(weights, dtype=np.float32),
        np.asarray(bias, dtype=np.float32).reshape(-1),
        float(threshold),
        dict(info or {}),
    )
