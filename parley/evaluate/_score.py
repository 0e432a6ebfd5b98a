"""Scoring predictions against document-level gold events or GSR sentence records.

Document level (same semantics as ``shared/eval/score.py``): each document's predictions
become a set of (source, event, target) tuples, CONSULT/COOPERATE pairs unordered;
predictions lacking a source or target country are ignored; ``required: false`` gold
tuples are tolerated; date and place accuracy are measured on matched tuples.

Sentence level: each record's predicted type is that of its highest-confidence event
(NONE if none); tuples are matched per record, a missing side counting as ``None``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from parley.evaluate._gold import SYMMETRIC_TYPES, Dyad, Gold, GoldEvent, GoldRecord
from parley.evaluate._metrics import (
    NONE_LABEL,
    Confusion,
    Ratio,
    Reliability,
    TupleScore,
    TypeStats,
    macro_f1,
    order_labels,
    reliability,
)
from parley.evaluate._predictions import (
    Prediction,
    as_predictions,
    date_ok,
    place_ok,
)
from parley.model import Event

PredictionsIn = Iterable[Mapping[str, Any] | Event | Prediction]
DocKey = tuple[str, Dyad]


def _fmt(doc_id: str, key: Dyad) -> str:
    return "|".join([doc_id, *(part or "" for part in key)])


def _top(preds: Sequence[Prediction]) -> Prediction | None:
    """Highest-confidence prediction (first one on ties; no confidence counts as 0)."""
    best: Prediction | None = None
    for p in preds:
        if best is None or (p.confidence or 0.0) > (best.confidence or 0.0):
            best = p
    return best


def _overlap(gold: dict[str, set[str]], pred: dict[str, set[str]]) -> Ratio:
    """Units (docs/records) with gold codes whose predicted codes share at least one."""
    scored = [unit for unit, codes in gold.items() if codes]
    return Ratio(sum(bool(gold[u] & pred.get(u, set())) for u in scored), len(scored))


def _sides(preds: Sequence[Prediction], side: Literal["source", "target"]) -> set[str]:
    """Predicted codes on one side; CONSULT/COOPERATE sides count for both."""
    codes: set[str | None] = set()
    for p in preds:
        codes.add(p.source if side == "source" else p.target)
        if p.event in SYMMETRIC_TYPES:
            codes |= {p.source, p.target}
    return {c for c in codes if c}


@dataclass(frozen=True, slots=True)
class DocScore:
    """Document-level scores.

    ``per_type`` gives tuple precision/recall/F1 restricted to each type; ``confusion``
    pairs each required gold event with the type predicted for the same dyad in the
    same document (the gold type if any prediction has it, else the most confident).
    """

    n_docs: int
    n_required: int
    n_tolerated: int
    n_predictions: int
    tuples: TupleScore
    false_positives: tuple[str, ...]
    missed: tuple[str, ...]
    tolerated_hits: int
    partial_ignored: int
    dates: Ratio
    places: Ratio
    modes: Ratio
    source_countries: Ratio
    target_countries: Ratio
    per_type: tuple[TypeStats, ...]
    confusion: Confusion
    reliability: Reliability
    kind: Literal["documents"] = "documents"

    @property
    def type_accuracy(self) -> Ratio:
        return self.confusion.accuracy

    @property
    def macro_f1(self) -> float | None:
        return macro_f1(self.per_type)


@dataclass(frozen=True, slots=True)
class SentenceScore:
    """Sentence-level (GSR) scores; ``per_type`` comes from the record classification."""

    n_records: int
    n_predictions: int
    confusion: Confusion
    tuples: TupleScore
    dyad_recall: Ratio  # tuple recall on records with both a source and a target
    false_positives: tuple[str, ...]
    missed: tuple[str, ...]
    source_countries: Ratio
    target_countries: Ratio
    modes: Ratio
    places: Ratio
    dates: Ratio  # GSR dates are placeholders: nothing is scored
    reliability: Reliability
    kind: Literal["sentences"] = "sentences"

    @property
    def per_type(self) -> tuple[TypeStats, ...]:
        return self.confusion.type_stats()

    @property
    def type_accuracy(self) -> Ratio:
        return self.confusion.accuracy

    @property
    def macro_f1(self) -> float | None:
        return macro_f1(self.per_type)


def _dyad_type(gold: GoldEvent, preds: Sequence[Prediction]) -> str:
    """The type predicted for a gold event's dyad (either order for symmetric types)."""
    matching = []
    for p in preds:
        same = (p.source, p.target) == (gold.source, gold.target)
        swapped = (p.target, p.source) == (gold.source, gold.target)
        either_symmetric = gold.event in SYMMETRIC_TYPES or p.event in SYMMETRIC_TYPES
        if same or (swapped and either_symmetric):
            matching.append(p)
    if any(p.event == gold.event for p in matching):
        return gold.event
    top = _top(matching)
    return top.event if top else NONE_LABEL


def _date_right(gold: GoldEvent, preds: Sequence[Prediction]) -> bool:
    return any(date_ok(p.date, gold.dates) for p in preds)


def _place_right(gold: GoldEvent, preds: Sequence[Prediction]) -> bool:
    want = gold.location
    return want is not None and any(place_ok(p, want) for p in preds)


def score_documents(gold: Gold | Sequence[GoldEvent], preds: PredictionsIn) -> DocScore:
    """Score document-level predictions (``shared/eval/score.py`` semantics, plus more)."""
    events = gold.events if isinstance(gold, Gold) else tuple(gold)
    docs = {e.doc_id for e in events}
    required: dict[DocKey, GoldEvent] = {}
    tolerated: set[DocKey] = set()
    for e in events:
        if e.required:
            required[(e.doc_id, e.key)] = e
        else:
            tolerated.add((e.doc_id, e.key))
    tolerated -= required.keys()

    in_docs = [p for p in as_predictions(preds) if p.doc_id in docs]
    predicted: dict[DocKey, list[Prediction]] = defaultdict(list)
    by_doc: dict[str, list[Prediction]] = defaultdict(list)
    partial = 0
    for p in in_docs:
        by_doc[p.doc_id].append(p)
        if p.has_dyad:
            predicted[(p.doc_id, p.key)].append(p)
        else:
            partial += 1

    tp = [k for k in predicted if k in required]
    fp = [k for k in predicted if k not in required and k not in tolerated]
    fn = [k for k in required if k not in predicted]
    dated = [k for k in tp if required[k].dates]
    placed = [k for k in tp if required[k].location]
    moded = [k for k in tp if required[k].mode]

    dates_right = [k for k in dated if _date_right(required[k], predicted[k])]
    places_right = [k for k in placed if _place_right(required[k], predicted[k])]
    modes_right = [k for k in moded if any(p.mode == required[k].mode for p in predicted[k])]

    labels = order_labels([k[1][1] for k in required] + [k[1][1] for k in fp])
    per_type = tuple(
        TypeStats(
            label,
            support=sum(1 for k in required if k[1][1] == label),
            tp=sum(1 for k in tp if k[1][1] == label),
            fp=sum(1 for k in fp if k[1][1] == label),
            fn=sum(1 for k in fn if k[1][1] == label),
        )
        for label in labels
    )
    confusion = Confusion.from_pairs(
        (g.event, _dyad_type(g, by_doc[g.doc_id])) for g in required.values()
    )

    gold_src: dict[str, set[str]] = defaultdict(set)
    gold_tgt: dict[str, set[str]] = defaultdict(set)
    for g in required.values():
        sides = {g.source, g.target} if g.event in SYMMETRIC_TYPES else set()
        gold_src[g.doc_id] |= {c for c in {g.source} | sides if c}
        gold_tgt[g.doc_id] |= {c for c in {g.target} | sides if c}
    pred_src = {d: _sides(ps, "source") for d, ps in by_doc.items()}
    pred_tgt = {d: _sides(ps, "target") for d, ps in by_doc.items()}

    outcomes = [
        (p.confidence, k in required)
        for k, ps in predicted.items()
        if k not in tolerated
        for p in ps
    ]
    return DocScore(
        n_docs=len(docs),
        n_required=len(required),
        n_tolerated=len(tolerated),
        n_predictions=len(in_docs),
        tuples=TupleScore(len(tp), len(fp), len(fn)),
        false_positives=tuple(sorted(_fmt(*k) for k in fp)),
        missed=tuple(sorted(_fmt(*k) for k in fn)),
        tolerated_hits=sum(1 for k in predicted if k in tolerated),
        partial_ignored=partial,
        dates=Ratio(len(dates_right), len(dated)),
        places=Ratio(len(places_right), len(placed)),
        modes=Ratio(len(modes_right), len(moded)),
        source_countries=_overlap(gold_src, pred_src),
        target_countries=_overlap(gold_tgt, pred_tgt),
        per_type=per_type,
        confusion=confusion,
        reliability=reliability(outcomes),
    )


def score_sentences(records: Gold | Sequence[GoldRecord], preds: PredictionsIn) -> SentenceScore:
    """Score predictions against GSR records (``doc_id`` = record id)."""
    recs = records.records if isinstance(records, Gold) else tuple(records)
    by_rec: dict[str, list[Prediction]] = {r.record_id: [] for r in recs}
    n_predictions = 0
    for p in as_predictions(preds):
        if p.doc_id in by_rec:
            by_rec[p.doc_id].append(p)
            n_predictions += 1

    pairs: list[tuple[str, str]] = []
    tp = fp = fn = dyad_tp = dyad_total = 0
    fps: list[str] = []
    missed: list[str] = []
    modes = [0, 0]
    places = [0, 0]
    outcomes: list[tuple[float | None, bool]] = []
    gold_src: dict[str, set[str]] = {}
    gold_tgt: dict[str, set[str]] = {}
    pred_src: dict[str, set[str]] = {}
    pred_tgt: dict[str, set[str]] = {}
    for r in recs:
        ps = by_rec[r.record_id]
        top = _top(ps)
        pairs.append((r.event, top.event if top else NONE_LABEL))
        keys = {p.key for p in ps}
        hits = keys & r.tuples
        tp += len(hits)
        fp += len(keys - r.tuples)
        fn += len(r.tuples - keys)
        fps.extend(_fmt(r.record_id, k) for k in sorted(keys - r.tuples, key=str))
        missed.extend(_fmt(r.record_id, k) for k in sorted(r.tuples - keys, key=str))
        if r.has_dyad:
            dyad_tp += len(hits)
            dyad_total += len(r.tuples)
        if r.mode:
            modes[1] += 1
            modes[0] += top is not None and top.mode == r.mode
        if r.location:
            loc = r.location
            places[1] += 1
            places[0] += any(place_ok(p, loc) for p in ps)
        outcomes.extend((p.confidence, p.key in r.tuples) for p in ps)
        both = r.sources | r.targets if r.event in SYMMETRIC_TYPES else frozenset()
        gold_src[r.record_id] = set(r.sources | both)
        gold_tgt[r.record_id] = set(r.targets | both)
        pred_src[r.record_id] = _sides(ps, "source")
        pred_tgt[r.record_id] = _sides(ps, "target")
    return SentenceScore(
        n_records=len(recs),
        n_predictions=n_predictions,
        confusion=Confusion.from_pairs(pairs),
        tuples=TupleScore(tp, fp, fn),
        dyad_recall=Ratio(dyad_tp, dyad_total),
        false_positives=tuple(fps),
        missed=tuple(missed),
        source_countries=_overlap(gold_src, pred_src),
        target_countries=_overlap(gold_tgt, pred_tgt),
        modes=Ratio(*modes),
        places=Ratio(*places),
        dates=Ratio(0, 0),
        reliability=reliability(outcomes),
    )
