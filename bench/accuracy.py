"""Accuracy of the current pipeline: GSR sentences, seeds, written news, negatives.

Usage: .venv/bin/python bench/accuracy.py [--shared DIR] [--out docs/accuracy-report.md] [--json]
           [--mode rules|ml|rules,ml] [--ml-actions retype,add,veto]

DIR (default ``../shared`` beside the repository) must hold
``data/plover_gsr/PLOVER_GSR_CAMEO.txt`` and ``eval/seeds.gold.jsonl`` (with ``seeds/``
beside ``eval/``); a missing set is skipped with a note. The written-news sets and the
negatives are in this repository (``bench/data/written_news/``, ``bench/data/real_news/``,
``parley/data/eval/negatives.jsonl``). Prints a summary table and writes the full
Markdown report (per-type tables, confusion matrices, reliability bins).

``--mode`` picks the pipeline mode (``ml`` needs ``bash scripts/setup.sh --ml``); a comma
list runs each mode in turn, one row per set and mode. ``--ml-actions`` says what the
classifier may change in ml mode (default: ``parley.ml.MLPolicy()``). ``sent/s`` is
sentences (GSR records, negatives) or documents (seeds) per second after a warm-up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parley.evaluate import (  # noqa: E402
    DEFAULT_NEGATIVES,
    EvalResult,
    Extractor,
    Ratio,
    SentenceScore,
    render_markdown,
    run_eval,
    run_negatives,
    to_dict,
)

COLUMNS = (
    "set",
    "mode",
    "tuple P",
    "tuple R",
    "tuple F1",
    "type acc",
    "macro-F1",
    "date",
    "place",
    "acc >0.8",
    "false alarms",
    "seconds",
    "items/s",
)


def _v(r: Ratio) -> str:
    return "–" if r.value is None else f"{r.value:.3f}"


def _row(name: str, mode: str, result: EvalResult, seconds: float, items: int) -> list[str]:
    s = result.score
    return [
        name,
        mode,
        f"{s.tuples.precision:.3f}",
        f"{s.tuples.recall:.3f}",
        f"{s.tuples.f1:.3f}",
        _v(s.type_accuracy),
        "–" if s.macro_f1 is None else f"{s.macro_f1:.3f}",
        _v(s.dates),
        _v(s.places),
        _v(s.reliability.high),
        "–",
        f"{seconds:.1f}",
        f"{items / seconds:.1f}" if seconds else "–",
    ]


def _markdown_table(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def _plain_table(rows: list[list[str]]) -> str:
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(COLUMNS)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join(fmt.format(*r) for r in [list(COLUMNS), *rows])


def _pipeline(mode: str, actions: str | None) -> Extractor:
    from parley.ingest import article_from_text
    from parley.pipeline import Pipeline

    policy = None
    if mode == "ml" and actions is not None:
        from parley.ml import MLPolicy

        policy = MLPolicy.parse(actions)
    pipeline = Pipeline(mode=mode, ml_policy=policy)
    # warm-up: load the KB, the spaCy model and (ml) the embedder before any timing
    pipeline.process(
        article_from_text("France accused Germany of spying on Monday.", doc_id="warm-up")
    )
    return pipeline


def _items(result: EvalResult) -> int:
    """GSR records or documents scored."""
    score = result.score
    return score.n_records if isinstance(score, SentenceScore) else score.n_docs


WRITTEN_NEWS = ROOT / "bench" / "data" / "written_news"
REAL_NEWS = ROOT / "bench" / "data" / "real_news"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "accuracy-report.md")
    parser.add_argument("--negatives", type=Path, default=DEFAULT_NEGATIVES)
    parser.add_argument("--json", action="store_true", help="Print the results as JSON too.")
    parser.add_argument("--mode", default="rules", help="rules, ml, or a comma list of both.")
    parser.add_argument(
        "--ml-actions", help="ml mode: what the classifier may do (retype,add,veto)."
    )
    args = parser.parse_args()
    modes = [m.strip() for m in args.mode.split(",") if m.strip()]

    gsr = args.shared / "data" / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
    seeds = args.shared / "eval" / "seeds.gold.jsonl"
    runs: list[tuple[str, Path, dict[str, Any]]] = [
        ("GSR sentences", gsr, {}),
        ("seeds + meta", seeds, {"use_meta": True}),
        ("seeds, no meta", seeds, {"use_meta": False}),
    ]
    # news articles written and coded blind to parley (bench/data/written_news/README.md):
    # "dev" and "dev2" may be read to find gaps, "test" and "test2" are only ever scored
    for split in ("dev", "dev2", "test", "test2"):
        folder = WRITTEN_NEWS / split
        options = {"articles": folder / "articles", "meta": folder / "meta.jsonl"}
        runs.append((f"written news {split}", folder / "gold.jsonl", options))
    # real Voice of America stories (public domain), coded blind (bench/data/real_news/):
    # six by two coders, read for gaps after one blind scoring
    voa = REAL_NEWS / "voa"
    voa_options = {"articles": voa / "articles", "meta": voa / "meta.jsonl"}
    runs.append(("real news VOA", voa / "gold.jsonl", voa_options))
    # 83 more VOA stories, one coder each: "voa_dev" and "voa_dev2" may be read, "voa_test"
    # is only scored
    for split in ("dev", "dev2", "test"):
        folder = REAL_NEWS / f"voa_{split}"
        options = {"articles": folder / "articles", "meta": folder / "meta.jsonl"}
        runs.append((f"real news VOA {split}", folder / "gold.jsonl", options))
    rows: list[list[str]] = []
    sections: list[str] = []
    payload: dict[str, Any] = {}
    for mode in modes:
        pipeline = _pipeline(mode, args.ml_actions)
        label = mode if mode == "rules" or not args.ml_actions else f"ml ({args.ml_actions})"
        for name, gold, options in runs:
            if not gold.is_file():
                print(f"skipped {name}: {gold} not found", file=sys.stderr)
                continue
            start = time.perf_counter()
            result = run_eval(gold, pipeline=pipeline, **options)
            seconds = time.perf_counter() - start
            rows.append(_row(name, label, result, seconds, _items(result)))
            body = render_markdown(result).split("\n", 1)[1]
            sections.append(f"# {name} ({label})\n\n" + body)
            payload[f"{name} ({label})"] = to_dict(result)

        start = time.perf_counter()
        negatives = run_negatives(args.negatives, pipeline=pipeline)
        seconds = time.perf_counter() - start
        rate = negatives.false_alarm_rate
        rows.append(
            [
                "negatives",
                label,
                *["–"] * 8,
                "–" if rate is None else f"{rate:.3f}",
                f"{seconds:.1f}",
                f"{negatives.n / seconds:.1f}" if seconds else "–",
            ]
        )
        sections.append(f"# Negatives ({label})\n\n" + render_markdown(negatives))
        payload[f"negatives ({label})"] = to_dict(negatives)

    print(_plain_table(rows))
    if args.json:
        print(json.dumps(payload, indent=2))
    today = dt.date.today().isoformat()
    header = (
        f"# Accuracy report\n\nGenerated {today} by `bench/accuracy.py` "
        "(see `docs/accuracy.md` for what each figure means).\n\n"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(header + _markdown_table(rows) + "\n\n" + "\n".join(sections), "utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
