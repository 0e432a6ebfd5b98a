"""Train the ml mode's event-type classifier: logistic regression over MiniLM embeddings.

Usage:
    .venv/bin/python scripts/train_event_classifier.py [--shared DIR] [--out FILE]
        [--cache DIR] [--folds 5] [--target-precision 0.9] [--json FILE]

Needs the ml extra (``bash scripts/setup.sh --ml``). Training data, all from ``DIR``
(default ``../shared`` beside the repository) plus one file of this repository:

- ``data/ngec_assets/gpt_synthetic_events_2023-10-19_19.csv.zip``: 4,500 synthetic news
  stories with a PLOVER label each. Each story gives short views (``--views``): its
  headline (the prompt that generated it), its first sentence (``lead1``) and, if asked,
  its first two sentences (``lead2``).
- ``data/ngec_assets/PLOVER_structured_codebook_updated.csv``: each type's definition and
  each mode's description ("Promise to sign a treaty") as short examples.
- ``scripts/data/none_examples.jsonl``: 226 original sentences with no political
  interaction, the ``NONE`` class (checked to share no near-duplicate with
  ``parley/data/eval/negatives.jsonl``, which is kept for evaluation only).

Never trained on: the PLOVER GSR records, the seeds, the evaluation negatives.

The regularisation strength is chosen by grouped, stratified k-fold cross-validation
(all stories written from one headline template, and all their views, stay in one
fold), and so is the decision threshold: the lowest
probability at which out-of-fold predictions are right at least ``--target-precision``
of the time. The final model is fitted on everything and written with numpy only.
Embeddings are cached under ``--cache`` (default ``.cache/ml``, git-ignored), so a
re-run embeds only new texts. With the GSR file present the script also reports the
classifier's accuracy on the GSR sentences: the synthetic-to-real gap (a measurement,
never used to choose anything).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import json
import re
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parley.ml.classifier import DEFAULT_WEIGHTS, NONE, from_linear  # noqa: E402
from parley.ml.embed import SentenceEmbedder  # noqa: E402
from parley.ml.text import lead, normalise  # noqa: E402
from parley.ml.threshold import choose_threshold, precision_at  # noqa: E402
from parley.model import PLOVER_TYPES  # noqa: E402

SYNTHETIC = "data/ngec_assets/gpt_synthetic_events_2023-10-19_19.csv.zip"
CODEBOOK = "data/ngec_assets/PLOVER_structured_codebook_updated.csv"
GSR = "data/plover_gsr/PLOVER_GSR_CAMEO.txt"
NONE_FILE = ROOT / "scripts" / "data" / "none_examples.jsonl"
C_GRID = (0.5, 2.0, 8.0)
CLASSES = (*PLOVER_TYPES, NONE)


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str
    group: str  # views of one story share a group (kept in one fold)
    view: str  # headline, lead1, lead2, codebook, none


# ---- data ------------------------------------------------------------------------------
def story_view(row: dict[str, str], view: str) -> str:
    """One short view of a synthetic story."""
    if view == "headline":  # the prompt is "<headline>  (<source>) -- "
        return normalise(re.split(r"\s+\(", row.get("prompt") or "", maxsplit=1)[0])
    if view in {"lead1", "lead2"}:
        return lead(row["text"], int(view[-1]))
    raise ValueError(f"unknown view {view!r}")


def synthetic_examples(path: Path, views: Sequence[str] = ("headline", "lead1")) -> list[Example]:
    """Views of each story; stories from one headline template share a group (one fold)."""
    with zipfile.ZipFile(path) as archive:
        name = archive.namelist()[0]
        rows = list(csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8")))
    out: list[Example] = []
    for row in rows:
        label = row["label"].strip().upper()
        if label not in PLOVER_TYPES:
            continue
        group = f"template-{row.get('title') or row.get('prompt')}"
        seen: set[str] = set()
        for view in views:
            text = story_view(row, view)
            if len(text) >= 15 and text not in seen:
                seen.add(text)
                out.append(Example(text, label, group, view))
    return out


def codebook_examples(path: Path) -> list[Example]:
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    out: list[Example] = []
    seen: set[tuple[str, str]] = set()
    for i, row in enumerate(rows):
        label = row["event"].strip().upper()
        if label not in PLOVER_TYPES:
            continue
        for field in ("event_def", "mode_def"):
            text = normalise(row.get(field) or "")
            if len(text) >= 15 and (label, text) not in seen:
                seen.add((label, text))
                out.append(Example(text, label, f"codebook-{i}-{field}", "codebook"))
    return out


def none_examples(path: Path) -> list[Example]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out.append(Example(normalise(row["text"]), NONE, row["id"], "none"))
    return out


# ---- embeddings, cached ----------------------------------------------------------------
class EmbeddingCache:
    """Vectors by sha1(model, text) in one ``.npz``; only missing texts are embedded."""

    def __init__(self, folder: Path, embedder: SentenceEmbedder) -> None:
        self.path = folder / f"embeddings-{embedder.name.replace('/', '_')}.npz"
        self.embedder = embedder
        self.vectors: dict[str, npt.NDArray[np.float32]] = {}
        if self.path.is_file():
            with np.load(self.path, allow_pickle=False) as data:
                for key, vector in zip(data["keys"], data["vectors"], strict=True):
                    self.vectors[str(key)] = vector

    def key(self, text: str) -> str:
        return hashlib.sha1(f"{self.embedder.name}\n{text}".encode()).hexdigest()

    def embed(self, texts: Sequence[str], *, chunk: int = 512) -> npt.NDArray[np.float32]:
        keys = [self.key(t) for t in texts]
        todo = sorted(
            {k: t for k, t in zip(keys, texts, strict=True) if k not in self.vectors}.items()
        )
        start = time.perf_counter()
        for i in range(0, len(todo), chunk):
            part = todo[i : i + chunk]
            vectors = self.embedder.encode([t for _, t in part])
            self.vectors.update({k: v for (k, _), v in zip(part, vectors, strict=True)})
            self.save()
            done = i + len(part)
            rate = done / max(1e-9, time.perf_counter() - start)
            print(f"  embedded {done}/{len(todo)} ({rate:.1f} texts/s)", file=sys.stderr)
        return np.stack([self.vectors[k] for k in keys]).astype(np.float32)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(list(self.vectors), dtype=str)
        vectors = np.stack(list(self.vectors.values())).astype(np.float32)
        tmp = self.path.with_name(self.path.stem + ".tmp.npz")
        np.savez(tmp, keys=keys, vectors=vectors)
        tmp.replace(self.path)


# ---- model selection -------------------------------------------------------------------
def fit(x: npt.NDArray[np.float32], y: Sequence[str], c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    model.fit(x, list(y))
    return model


def macro_f1(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> float:
    scores = []
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
        if tp + fp + fn == 0:
            continue
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def out_of_fold(
    x: npt.NDArray[np.float32], examples: Sequence[Example], c: float, folds: int
) -> npt.NDArray[np.float64]:
    """Out-of-fold class probabilities (columns in ``CLASSES`` order)."""
    from sklearn.model_selection import StratifiedGroupKFold

    y = [e.label for e in examples]
    groups = [e.group for e in examples]
    probs = np.zeros((len(examples), len(CLASSES)))
    splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=13)
    for train, test in splitter.split(x, y, groups):
        model = fit(x[train], [y[i] for i in train], c)
        columns = [CLASSES.index(str(c)) for c in model.classes_]
        probs[np.ix_(test, columns)] = model.predict_proba(x[test])
    return probs


def summarise(examples: Sequence[Example], probs: npt.NDArray[np.float64]) -> dict[str, Any]:
    gold = [e.label for e in examples]
    pred = [CLASSES[i] for i in probs.argmax(axis=1)]
    by_view: dict[str, dict[str, float]] = {}
    for view in sorted({e.view for e in examples}):
        idx = [i for i, e in enumerate(examples) if e.view == view]
        g = [gold[i] for i in idx]
        p = [pred[i] for i in idx]
        by_view[view] = {
            "n": len(idx),
            "accuracy": round(sum(a == b for a, b in zip(g, p, strict=True)) / len(idx), 4),
        }
    return {
        "n": len(examples),
        "accuracy": round(sum(a == b for a, b in zip(gold, pred, strict=True)) / len(gold), 4),
        "macro_f1": round(macro_f1(gold, pred, CLASSES), 4),
        "by_view": by_view,
    }


# ---- GSR gap (measured, never used for choices) ----------------------------------------
def gsr_gap(path: Path, cache: EmbeddingCache, model: Any) -> dict[str, Any]:
    from parley.evaluate import load_gold

    records = load_gold(path).records
    x = cache.embed([normalise(r.text) for r in records])
    probs = np.zeros((len(records), len(CLASSES)))
    columns = [CLASSES.index(str(c)) for c in model.classes_]
    probs[:, columns] = model.predict_proba(x)
    gold = [r.event for r in records]
    pred = [CLASSES[i] for i in probs.argmax(axis=1)]
    events_only = probs[:, : len(PLOVER_TYPES)]
    pred_event = [PLOVER_TYPES[i] for i in events_only.argmax(axis=1)]
    n = len(records)
    return {
        "n": n,
        "accuracy": round(sum(a == b for a, b in zip(gold, pred, strict=True)) / n, 4),
        "macro_f1": round(macro_f1(gold, pred, CLASSES), 4),
        "accuracy_best_event_class": round(
            sum(a == b for a, b in zip(gold, pred_event, strict=True)) / n, 4
        ),
        "predicted_none": sum(p == NONE for p in pred),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=DEFAULT_WEIGHTS)
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "ml")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--target-precision", type=float, default=0.9)
    parser.add_argument("--json", type=Path, help="Also write the training report here.")
    parser.add_argument(
        "--views", default="headline,lead1", help="Story views: headline, lead1, lead2."
    )
    args = parser.parse_args(argv)

    examples = (
        synthetic_examples(args.shared / SYNTHETIC, args.views.split(","))
        + codebook_examples(args.shared / CODEBOOK)
        + none_examples(NONE_FILE)
    )
    counts = Counter(e.label for e in examples)
    print(f"{len(examples)} training texts: {dict(sorted(counts.items()))}", file=sys.stderr)
    embedder = SentenceEmbedder()
    cache = EmbeddingCache(args.cache, embedder)
    x = cache.embed([e.text for e in examples])
    y = [e.label for e in examples]

    cv: dict[str, Any] = {}
    best_c, best_probs, best_f1 = C_GRID[0], None, -1.0
    for c in C_GRID:
        start = time.perf_counter()
        probs = out_of_fold(x, examples, c, args.folds)
        cv[str(c)] = summarise(examples, probs)
        print(f"C={c}: {cv[str(c)]} ({time.perf_counter() - start:.0f}s)", file=sys.stderr)
        if cv[str(c)]["macro_f1"] > best_f1:
            best_c, best_probs, best_f1 = c, probs, cv[str(c)]["macro_f1"]
    assert best_probs is not None
    top = best_probs.max(axis=1)
    correct = best_probs.argmax(axis=1) == np.array([CLASSES.index(label) for label in y])
    choice = choose_threshold(top, correct, target=args.target_precision)
    curve = {
        str(t): dict(zip(("precision", "coverage"), precision_at(top, correct, t), strict=True))
        for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
    }

    model = fit(x, y, best_c)
    report: dict[str, Any] = {
        "trained": dt.date.today().isoformat(),
        "embedder": embedder.name,
        "n_examples": len(examples),
        "n_by_class": dict(sorted(counts.items())),
        "n_by_view": dict(sorted(Counter(e.view for e in examples).items())),
        "views": args.views,
        "folds": args.folds,
        "C": best_c,
        "cv": cv[str(best_c)],
        "cv_all_C": cv,
        "threshold": choice.threshold,
        "threshold_target_precision": args.target_precision,
        "threshold_cv_precision": round(choice.precision, 4),
        "threshold_cv_coverage": round(choice.coverage, 4),
        "cv_precision_by_threshold": curve,
    }
    gsr = args.shared / GSR
    if gsr.is_file():
        report["gsr_gap"] = gsr_gap(gsr, cache, model)
    columns = [list(model.classes_).index(c) for c in CLASSES]
    classifier = from_linear(
        CLASSES,
        model.coef_[columns],
        model.intercept_[columns],
        threshold=choice.threshold,
        info={k: v for k, v in report.items() if k != "cv_all_C"},
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    classifier.save(args.out)
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
