"""Small metric value objects: ratios, per-type counts, confusion matrices, reliability bins."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from parley.model import PLOVER_TYPES

NONE_LABEL = "NONE"
DEFAULT_BINS = 10  # 0.1-wide confidence bins
DEFAULT_HIGH_CONFIDENCE = 0.8  # "high confidence" means strictly above this


def _div(num: float, den: float) -> float | None:
    return num / den if den else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class Ratio:
    """``right`` out of ``total``; ``value`` is None when nothing was scored."""

    right: int
    total: int

    @property
    def value(self) -> float | None:
        return _div(self.right, self.total)

    def __str__(self) -> str:
        value = self.value
        return f"{self.right}/{self.total}" + ("" if value is None else f" ({value:.3f})")


@dataclass(frozen=True, slots=True)
class TupleScore:
    """Set-matching counts with precision, recall and F1 (0.0 where undefined)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return _div(self.tp, self.tp + self.fp) or 0.0

    @property
    def recall(self) -> float:
        return _div(self.tp, self.tp + self.fn) or 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall) or 0.0


@dataclass(frozen=True, slots=True)
class TypeStats:
    """One event type: gold ``support`` and its hits, false alarms and misses."""

    label: str
    support: int
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        return _div(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _div(self.tp, self.support)

    @property
    def f1(self) -> float:
        """F1, counting an undefined precision or recall as 0."""
        return _f1(self.precision or 0.0, self.recall or 0.0) or 0.0


def macro_f1(stats: Iterable[TypeStats]) -> float | None:
    """Mean F1 over the types that occur in gold or predictions (NONE excluded)."""
    scores = [s.f1 for s in stats if s.label != NONE_LABEL and (s.support or s.fp)]
    return sum(scores) / len(scores) if scores else None


def order_labels(labels: Iterable[str]) -> tuple[str, ...]:
    """PLOVER order first, then unknown labels sorted, then NONE."""
    seen = set(labels)
    known = [t for t in PLOVER_TYPES if t in seen]
    other = sorted(seen - set(PLOVER_TYPES) - {NONE_LABEL})
    return (*known, *other, *([NONE_LABEL] if NONE_LABEL in seen else []))


@dataclass(frozen=True, slots=True)
class Confusion:
    """Gold label (rows) by predicted label (columns); NONE = nothing predicted."""

    labels: tuple[str, ...]
    counts: Mapping[tuple[str, str], int]

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> Confusion:
        counts = Counter(pairs)
        labels = order_labels(label for pair in counts for label in pair)
        return cls(labels, dict(counts))

    def get(self, gold: str, pred: str) -> int:
        return self.counts.get((gold, pred), 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def accuracy(self) -> Ratio:
        right = sum(n for (gold, pred), n in self.counts.items() if gold == pred)
        return Ratio(right, self.total)

    def type_stats(self) -> tuple[TypeStats, ...]:
        """Per-type precision/recall/F1 of the classification (NONE left out)."""
        stats = []
        for label in self.labels:
            if label == NONE_LABEL:
                continue
            tp = self.get(label, label)
            support = sum(n for (gold, _), n in self.counts.items() if gold == label)
            predicted = sum(n for (_, pred), n in self.counts.items() if pred == label)
            stats.append(TypeStats(label, support, tp, predicted - tp, support - tp))
        return tuple(stats)


@dataclass(frozen=True, slots=True)
class ReliabilityBin:
    lo: float
    hi: float
    n: int
    right: int
    confidence_sum: float

    @property
    def accuracy(self) -> float | None:
        return _div(self.right, self.n)

    @property
    def mean_confidence(self) -> float | None:
        return _div(self.confidence_sum, self.n)


@dataclass(frozen=True, slots=True)
class Reliability:
    """Accuracy of predicted events per confidence bin, and above the high threshold."""

    bins: tuple[ReliabilityBin, ...]
    high: Ratio
    threshold: float
    unscored: int  # events without a confidence

    @property
    def n(self) -> int:
        return sum(b.n for b in self.bins)

    @property
    def ece(self) -> float | None:
        """Expected calibration error: bin-weighted |accuracy - mean confidence|."""
        if not self.n:
            return None
        gap = 0.0
        for b in self.bins:
            if b.n:
                gap += b.n * abs((b.accuracy or 0.0) - (b.mean_confidence or 0.0))
        return gap / self.n


def reliability(
    outcomes: Iterable[tuple[float | None, bool]],
    *,
    bins: int = DEFAULT_BINS,
    threshold: float = DEFAULT_HIGH_CONFIDENCE,
) -> Reliability:
    """Bin (confidence, right) pairs into ``bins`` equal bins over [0, 1]."""
    n = [0] * bins
    right = [0] * bins
    conf = [0.0] * bins
    high = high_right = unscored = 0
    for confidence, ok in outcomes:
        if confidence is None or math.isnan(confidence):
            unscored += 1
            continue
        c = min(max(confidence, 0.0), 1.0)
        i = min(math.floor(c * bins + 1e-9), bins - 1)  # 0.3 -> bin 3, 1.0 -> last bin
        n[i] += 1
        right[i] += ok
        conf[i] += c
        if c > threshold:
            high += 1
            high_right += ok
    return Reliability(
        bins=tuple(
            ReliabilityBin(round(i / bins, 6), round((i + 1) / bins, 6), n[i], right[i], conf[i])
            for i in range(bins)
        ),
        high=Ratio(high_right, high),
        threshold=threshold,
        unscored=unscored,
    )
