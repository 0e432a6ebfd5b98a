"""Choose the classifier's decision threshold from out-of-fold predictions.

The ml mode overrides the rules only where the classifier is sure enough. "Sure enough"
is set on the training data, never on an evaluation set: among cross-validated
predictions whose top probability is at least the threshold, the share that is right
must reach a target precision. The lowest threshold on a fixed grid that does so wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

GRID: tuple[float, ...] = tuple(round(0.05 * i, 2) for i in range(2, 20))  # 0.10 ... 0.95


@dataclass(frozen=True, slots=True)
class ThresholdChoice:
    threshold: float
    precision: float  # out-of-fold precision of predictions at or above the threshold
    coverage: float  # share of predictions at or above the threshold


def precision_at(
    top_prob: npt.ArrayLike, correct: npt.ArrayLike, threshold: float
) -> tuple[float, float]:
    """(precision, coverage) of the predictions whose top probability is >= ``threshold``."""
    p = np.asarray(top_prob, dtype=np.float64)
    ok = np.asarray(correct, dtype=bool)
    if p.shape != ok.shape:
        raise ValueError("top_prob and correct differ in length")
    kept = p >= threshold
    n = int(kept.sum())
    if n == 0:
        return float("nan"), 0.0
    return float(ok[kept].mean()), n / len(p)


def choose_threshold(
    top_prob: npt.ArrayLike,
    correct: npt.ArrayLike,
    *,
    target: float = 0.9,
    grid: Sequence[float] = GRID,
) -> ThresholdChoice:
    """The lowest grid threshold whose precision reaches ``target`` (else the grid's top)."""
    if not grid:
        raise ValueError("empty threshold grid")
    for t in sorted(grid):
        precision, coverage = precision_at(top_prob, correct, t)
        if coverage > 0 and precision >= target:
            return ThresholdChoice(float(t), precision, coverage)
    t = max(grid)
    precision, coverage = precision_at(top_prob, correct, t)
    return ThresholdChoice(float(t), precision, coverage)
