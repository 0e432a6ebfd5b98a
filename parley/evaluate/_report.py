"""Rendering scores: a Markdown report, a one-screen text summary, and a JSON twin."""

from __future__ import annotations

from typing import Any

from parley.evaluate._metrics import Confusion, Ratio, Reliability, TupleScore, TypeStats
from parley.evaluate._negatives import NegativeScore
from parley.evaluate._run import EvalResult
from parley.evaluate._score import DocScore, SentenceScore

Renderable = EvalResult | DocScore | SentenceScore | NegativeScore
MAX_LISTED = 30  # mistakes listed in the Markdown report


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _ratio(r: Ratio) -> str:
    return "n/a" if not r.total else str(r)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out.extend("| " + " | ".join(row) + " |" for row in rows)
    return out


def _per_type(stats: tuple[TypeStats, ...]) -> list[str]:
    rows = [[s.label, str(s.support), _num(s.precision), _num(s.recall), _num(s.f1)] for s in stats]
    return _table(["type", "support", "precision", "recall", "F1"], rows)


def _confusion(c: Confusion) -> list[str]:
    rows = [[g, *(str(c.get(g, p) or "·") for p in c.labels)] for g in c.labels]
    return _table(["gold \\ predicted", *c.labels], rows)


def _reliability(r: Reliability) -> list[str]:
    rows = [
        [
            f"{b.lo:.1f}–{b.hi:.1f}",
            str(b.n),
            str(b.right),
            _num(b.accuracy),
            _num(b.mean_confidence),
        ]
        for b in r.bins
        if b.n
    ]
    lines = _table(["confidence", "events", "right", "accuracy", "mean confidence"], rows)
    lines += [
        "",
        f"Events with confidence > {r.threshold}: {_ratio(r.high)} right. "
        f"Expected calibration error: {_num(r.ece)}."
        + (f" Events without a confidence: {r.unscored}." if r.unscored else ""),
    ]
    return lines


def _tuples(t: TupleScore) -> list[list[str]]:
    return [
        ["tuple precision", f"{_num(t.precision)} ({t.tp} right of {t.tp + t.fp})"],
        ["tuple recall", f"{_num(t.recall)} ({t.tp} of {t.tp + t.fn})"],
        ["tuple F1", _num(t.f1)],
    ]


def _listing(title: str, items: tuple[str, ...]) -> list[str]:
    if not items:
        return []
    shown = [f"- `{item}`" for item in items[:MAX_LISTED]]
    more = len(items) - MAX_LISTED
    return [
        "",
        f"**{title}** ({len(items)})",
        "",
        *shown,
        *([f"- … {more} more"] if more > 0 else []),
    ]


def _score_md(score: DocScore | SentenceScore) -> list[str]:
    if isinstance(score, DocScore):
        title = "Document level"
        rows = [
            ["documents", str(score.n_docs)],
            ["gold events (required / tolerated)", f"{score.n_required} / {score.n_tolerated}"],
            ["predicted events", str(score.n_predictions)],
            *_tuples(score.tuples),
            ["tolerated tuples predicted", str(score.tolerated_hits)],
            ["events without both countries (ignored)", str(score.partial_ignored)],
            ["event-type accuracy (same dyad)", _ratio(score.type_accuracy)],
        ]
    else:
        title = "Sentence level (PLOVER GSR)"
        rows = [
            ["records", str(score.n_records)],
            ["predicted events", str(score.n_predictions)],
            ["event-type accuracy (top event)", _ratio(score.type_accuracy)],
            *_tuples(score.tuples),
            ["tuple recall, records with source and target", _ratio(score.dyad_recall)],
        ]
    rows += [
        ["event-type macro-F1", _num(score.macro_f1)],
        ["source country accuracy", _ratio(score.source_countries)],
        ["target country accuracy", _ratio(score.target_countries)],
        ["mode accuracy", _ratio(score.modes)],
        ["date accuracy", _ratio(score.dates)],
        ["place accuracy", _ratio(score.places)],
    ]
    per_type_note = (
        "tuple precision/recall per type"
        if isinstance(score, DocScore)
        else "record classification by top event"
    )
    return [
        f"## {title}",
        "",
        *_table(["metric", "value"], rows),
        "",
        f"### Per type ({per_type_note})",
        "",
        *_per_type(score.per_type),
        "",
        "### Confusion matrix (rows: gold, columns: predicted)",
        "",
        *_confusion(score.confusion),
        "",
        "### Reliability (0.1-wide confidence bins)",
        "",
        *_reliability(score.reliability),
        *_listing("False-positive tuples", score.false_positives),
        *_listing("Missed tuples", score.missed),
    ]


def _negatives_md(neg: NegativeScore) -> list[str]:
    rows = [[c, _ratio(r)] for c, r in neg.by_category.items()]
    fired = tuple(f"{sid}: {', '.join(types)}" for sid, types in neg.fired)
    return [
        "## Abstention (negative sentences)",
        "",
        f"False-alarm rate: {_ratio(neg.false_alarms)} sentences yielded an event "
        f"({neg.n_events} events).",
        "",
        *_table(["category", "false alarms"], rows),
        *_listing("Sentences with events", fired),
    ]


def render_markdown(obj: Renderable) -> str:
    """A Markdown report for a result, a score or a negatives score."""
    if isinstance(obj, NegativeScore):
        lines = _negatives_md(obj)
    elif isinstance(obj, DocScore | SentenceScore):
        lines = _score_md(obj)
    else:
        lines = [
            f"# Evaluation: `{obj.gold_path.name}`",
            "",
            f"- gold: `{obj.gold_path}` ({obj.kind})",
            f"- predictions: {obj.predicted_by}",
        ]
        if obj.articles is not None:
            lines.append(f"- articles: `{obj.articles}`")
        if obj.kind == "documents" and obj.predicted_by == "pipeline":
            lines.append(f"- metadata: `{obj.meta}`" if obj.meta else "- metadata: none")
        lines += [f"- failed documents: {len(obj.failures)}", "", *_score_md(obj.score)]
        lines += _listing("Failures", obj.failures)
        if obj.negatives is not None:
            lines += ["", *_negatives_md(obj.negatives)]
    return "\n".join(lines) + "\n"


def render_text(result: EvalResult) -> str:
    """A short plain-text summary for the terminal."""
    s = result.score
    t = s.tuples
    lines = [
        f"{result.gold_path.name} ({result.kind}), predictions from {result.predicted_by}",
        f"tuples: precision {t.precision:.3f} recall {t.recall:.3f} f1 {t.f1:.3f} "
        f"({t.tp} right, {t.fp} false, {t.fn} missed)",
        f"event type: accuracy {_ratio(s.type_accuracy)}, macro-F1 {_num(s.macro_f1)}",
        f"countries: source {_ratio(s.source_countries)}, target {_ratio(s.target_countries)}",
        f"mode {_ratio(s.modes)}; date {_ratio(s.dates)}; place {_ratio(s.places)}",
        f"confidence > {s.reliability.threshold}: {_ratio(s.reliability.high)} right",
    ]
    if isinstance(s, SentenceScore):
        lines.insert(2, f"tuple recall on records with source and target: {_ratio(s.dyad_recall)}")
    else:
        lines.insert(2, f"ignored {s.partial_ignored} events without both countries")
    if result.negatives is not None:
        lines.append(f"negatives: false alarms {_ratio(result.negatives.false_alarms)}")
    if result.failures:
        lines.append(f"failed documents: {len(result.failures)}")
    return "\n".join(lines) + "\n"


def _ratio_dict(r: Ratio) -> dict[str, Any]:
    return {"right": r.right, "total": r.total, "value": r.value}


def _stats_dict(s: TypeStats) -> dict[str, Any]:
    return {
        "type": s.label,
        "support": s.support,
        "tp": s.tp,
        "fp": s.fp,
        "fn": s.fn,
        "precision": s.precision,
        "recall": s.recall,
        "f1": s.f1,
    }


def _reliability_dict(r: Reliability) -> dict[str, Any]:
    return {
        "bins": [
            {
                "lo": b.lo,
                "hi": b.hi,
                "n": b.n,
                "right": b.right,
                "accuracy": b.accuracy,
                "mean_confidence": b.mean_confidence,
            }
            for b in r.bins
        ],
        "threshold": r.threshold,
        "high": _ratio_dict(r.high),
        "ece": r.ece,
        "unscored": r.unscored,
    }


def _score_dict(s: DocScore | SentenceScore) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": s.kind}
    if isinstance(s, DocScore):
        out.update(
            n_docs=s.n_docs,
            n_required=s.n_required,
            n_tolerated=s.n_tolerated,
            tolerated_hits=s.tolerated_hits,
            partial_ignored=s.partial_ignored,
        )
    else:
        out.update(n_records=s.n_records, dyad_recall=_ratio_dict(s.dyad_recall))
    out.update(
        n_predictions=s.n_predictions,
        precision=s.tuples.precision,
        recall=s.tuples.recall,
        f1=s.tuples.f1,
        true_positives=s.tuples.tp,
        type_accuracy=_ratio_dict(s.type_accuracy),
        macro_f1=s.macro_f1,
        source_countries=_ratio_dict(s.source_countries),
        target_countries=_ratio_dict(s.target_countries),
        modes=_ratio_dict(s.modes),
        dates=_ratio_dict(s.dates),
        places=_ratio_dict(s.places),
        per_type=[_stats_dict(x) for x in s.per_type],
        confusion={
            "labels": list(s.confusion.labels),
            "matrix": [
                [s.confusion.get(g, p) for p in s.confusion.labels] for g in s.confusion.labels
            ],
        },
        reliability=_reliability_dict(s.reliability),
        false_positives=list(s.false_positives),
        missed=list(s.missed),
    )
    return out


def _negatives_dict(n: NegativeScore) -> dict[str, Any]:
    return {
        "n": n.n,
        "false_alarm_rate": n.false_alarm_rate,
        "false_alarms": _ratio_dict(n.false_alarms),
        "n_events": n.n_events,
        "by_category": {c: _ratio_dict(r) for c, r in n.by_category.items()},
        "fired": [{"id": sid, "events": list(types)} for sid, types in n.fired],
    }


def to_dict(obj: Renderable) -> dict[str, Any]:
    """The JSON twin of ``render_markdown``: plain dicts, lists and numbers."""
    if isinstance(obj, NegativeScore):
        return _negatives_dict(obj)
    if isinstance(obj, DocScore | SentenceScore):
        return _score_dict(obj)
    return {
        "gold": str(obj.gold_path),
        "kind": obj.kind,
        "predicted_by": obj.predicted_by,
        "articles": str(obj.articles) if obj.articles else None,
        "meta": str(obj.meta) if obj.meta else None,
        "failures": list(obj.failures),
        "score": _score_dict(obj.score),
        "negatives": _negatives_dict(obj.negatives) if obj.negatives else None,
    }
