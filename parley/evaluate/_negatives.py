"""Abstention: sentences with no political interaction should yield no event.

``parley/data/eval/negatives.jsonl`` holds original news-style sentences (sports,
weather, markets, ...), one ``{"id", "category", "text"}`` object per line. The
false-alarm rate is the share of them for which the coder returns any event.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parley.errors import EvalError
from parley.evaluate._metrics import Ratio
from parley.evaluate._predictions import Prediction, as_predictions
from parley.model import Event

DEFAULT_NEGATIVES = Path(__file__).resolve().parent.parent / "data" / "eval" / "negatives.jsonl"


@dataclass(frozen=True, slots=True)
class NegativeSentence:
    sentence_id: str
    text: str
    category: str = "other"


@dataclass(frozen=True, slots=True)
class NegativeScore:
    """``fired`` lists (id, event types) for each sentence that yielded events."""

    n: int
    fired: tuple[tuple[str, tuple[str, ...]], ...]
    by_category: Mapping[str, Ratio]  # right = sentences with a false alarm
    n_events: int

    @property
    def false_alarms(self) -> Ratio:
        return Ratio(len(self.fired), self.n)

    @property
    def false_alarm_rate(self) -> float | None:
        return self.false_alarms.value


def load_negatives(path: str | Path = DEFAULT_NEGATIVES) -> tuple[NegativeSentence, ...]:
    """Read a negatives JSONL file (``id``, ``text``, optional ``category``)."""
    origin = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError("E040", origin=origin, detail=f"cannot read negatives ({exc})") from exc
    out: list[NegativeSentence] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError("E040", origin=where, detail=f"bad JSON line ({exc.msg})") from exc
        if not isinstance(row, Mapping) or not row.get("id") or not row.get("text"):
            raise EvalError("E040", origin=where, detail="negative needs 'id' and 'text'")
        out.append(
            NegativeSentence(str(row["id"]), str(row["text"]), str(row.get("category") or "other"))
        )
    ids = [s.sentence_id for s in out]
    if len(set(ids)) != len(ids):
        raise EvalError("E040", origin=origin, detail="duplicate negative ids")
    return tuple(out)


def score_negatives(
    sentences: Sequence[NegativeSentence],
    preds: Iterable[Mapping[str, Any] | Event | Prediction],
) -> NegativeScore:
    """False alarms: negative sentences (``doc_id`` = sentence id) with any predicted event."""
    types: dict[str, list[str]] = defaultdict(list)
    ids = {s.sentence_id for s in sentences}
    for p in as_predictions(preds):
        if p.doc_id in ids:
            types[p.doc_id].append(p.event)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    fired = []
    for s in sentences:
        hit = s.sentence_id in types
        totals[s.category][0] += hit
        totals[s.category][1] += 1
        if hit:
            fired.append((s.sentence_id, tuple(sorted(set(types[s.sentence_id])))))
    return NegativeScore(
        n=len(sentences),
        fired=tuple(fired),
        by_category={c: Ratio(*totals[c]) for c in sorted(totals)},
        n_events=sum(len(v) for v in types.values()),
    )
