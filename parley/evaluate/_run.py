"""``run_eval``: score a predictions file, or run the pipeline over the gold's texts."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Protocol

from parley.errors import EvalError, ParleyError
from parley.evaluate._gold import Gold, GoldKind, load_gold
from parley.evaluate._negatives import (
    DEFAULT_NEGATIVES,
    NegativeScore,
    NegativeSentence,
    load_negatives,
    score_negatives,
)
from parley.evaluate._predictions import Prediction, as_prediction, read_predictions
from parley.evaluate._score import DocScore, SentenceScore, score_documents, score_sentences
from parley.model import Article, Event


class Extractor(Protocol):
    """What ``run_eval`` needs of a pipeline."""

    def process(self, article: Article) -> list[Event]: ...


@dataclass(frozen=True, slots=True)
class EvalResult:
    """One evaluation run: the score, where predictions came from, and what failed."""

    gold_path: Path
    kind: GoldKind
    score: DocScore | SentenceScore
    predicted_by: str  # "pipeline" or the predictions file
    negatives: NegativeScore | None = None
    articles: Path | None = None
    meta: Path | None = None
    failures: tuple[str, ...] = ()  # "doc_id: message" for documents the pipeline refused


def default_articles(gold_path: str | Path) -> Path:
    """The ``seeds`` folder beside the gold file's folder."""
    return Path(gold_path).resolve().parent.parent / "seeds"


def default_meta(gold_path: str | Path) -> Path | None:
    """``<name>.meta.jsonl`` beside ``<name>.gold.jsonl``, if it exists."""
    path = Path(gold_path)
    base = path.stem.removesuffix(".gold")
    candidate = path.with_name(f"{base}.meta.jsonl")
    return candidate if candidate.is_file() else None


def read_meta(path: str | Path) -> dict[str, dict[str, object]]:
    """Publication metadata by ``doc_id`` from a JSONL file."""
    origin = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError("E040", origin=origin, detail=f"cannot read metadata ({exc})") from exc
    meta: dict[str, dict[str, object]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(
                "E040", origin=f"{origin}:{number}", detail=f"bad metadata line ({exc.msg})"
            ) from exc
        if not isinstance(row, Mapping) or not row.get("doc_id"):
            raise EvalError("E040", origin=f"{origin}:{number}", detail="metadata needs 'doc_id'")
        meta[str(row["doc_id"])] = dict(row)
    return meta


def make_article(text: str, *, doc_id: str, published: str | None = None) -> Article:
    """An article prepared by ``parley.ingest.article_from_text``."""
    from parley.ingest import article_from_text

    return article_from_text(text, doc_id=doc_id, published=published)


Item = tuple[str, Callable[[], Article]]  # doc_id and how to build its article


def document_articles(
    gold: Gold, articles: str | Path, meta: Mapping[str, Mapping[str, object]] | None = None
) -> Iterator[Item]:
    """One article per gold document, read from ``<articles>/<doc_id>.txt``."""
    folder = Path(articles)
    for doc_id in gold.doc_ids:
        path = folder / f"{doc_id}.txt"
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise EvalError(
                "E040", origin=str(path), detail=f"no article for {doc_id} ({exc})"
            ) from exc
        published = (meta or {}).get(doc_id, {}).get("published")
        date = str(published) if published else None
        yield doc_id, partial(make_article, text, doc_id=doc_id, published=date)


def sentence_articles(gold: Gold) -> Iterator[Item]:
    """One one-sentence article per GSR record (``doc_id`` = record id)."""
    for record in gold.records:
        yield record.record_id, partial(make_article, record.text, doc_id=record.record_id)


def extract(items: Iterable[Item], pipeline: Extractor) -> tuple[list[Prediction], list[str]]:
    """Build each article and run ``pipeline.process``; failures are collected, not raised."""
    preds: list[Prediction] = []
    failures: list[str] = []
    for doc_id, build in items:
        try:
            events = pipeline.process(build())
        except ParleyError as exc:
            failures.append(f"{doc_id}: {exc}")
            continue
        # Scored under the article's id whatever the event carries.
        preds.extend(replace(as_prediction(e), doc_id=doc_id) for e in events)
    return preds, failures


def negative_articles(sentences: Sequence[NegativeSentence]) -> Iterator[Item]:
    """One article per negative sentence (``doc_id`` = sentence id)."""
    for s in sentences:
        yield s.sentence_id, partial(make_article, s.text, doc_id=s.sentence_id)


def _default_pipeline() -> Extractor:
    from parley.pipeline import Pipeline

    return Pipeline()


def run_negatives(
    path: str | Path = DEFAULT_NEGATIVES, *, pipeline: Extractor | None = None
) -> NegativeScore:
    """The pipeline's false alarms on a negatives file (texts ingest refuses count as silent)."""
    sentences = load_negatives(path)
    extractor = pipeline if pipeline is not None else _default_pipeline()
    preds, _ = extract(negative_articles(sentences), extractor)
    return score_negatives(sentences, preds)


def run_eval(
    gold_path: str | Path,
    *,
    pred_path: str | Path | None = None,
    articles: str | Path | None = None,
    meta: str | Path | None = None,
    use_meta: bool = True,
    negatives: str | Path | None = None,
    pipeline: Extractor | None = None,
) -> EvalResult:
    """Score ``pred_path`` (or the pipeline's output) against a gold file of either format.

    For document gold without ``pred_path``, articles come from ``articles`` (default: the
    ``seeds`` folder beside the gold's folder) and metadata from ``meta`` (default:
    ``<name>.meta.jsonl`` beside the gold; ``use_meta=False`` reads none). ``negatives``
    adds the false-alarm rate on a negatives file.
    """
    gold = load_gold(gold_path)
    negative_set = load_negatives(negatives) if negatives is not None else None
    failures: list[str] = []
    folder: Path | None = None
    meta_path: Path | None = None
    if pred_path is not None:
        preds = read_predictions(pred_path)
        negative_preds = preds
        predicted_by = str(pred_path)
    else:
        extractor = pipeline if pipeline is not None else _default_pipeline()
        if gold.kind == "documents":
            folder = Path(articles) if articles is not None else default_articles(gold_path)
            if use_meta:
                meta_path = Path(meta) if meta is not None else default_meta(gold_path)
            meta_rows = read_meta(meta_path) if meta_path is not None else None
            items: Iterable[Item] = document_articles(gold, folder, meta_rows)
        else:
            items = sentence_articles(gold)
        preds, failures = extract(items, extractor)
        negative_preds = []
        if negative_set:
            negative_preds, more = extract(negative_articles(negative_set), extractor)
            failures.extend(more)
        predicted_by = "pipeline"
    score: DocScore | SentenceScore = (
        score_documents(gold, preds) if gold.kind == "documents" else score_sentences(gold, preds)
    )
    return EvalResult(
        gold_path=Path(gold_path),
        kind=gold.kind,
        score=score,
        predicted_by=predicted_by,
        negatives=score_negatives(negative_set, negative_preds) if negative_set else None,
        articles=folder,
        meta=meta_path,
        failures=tuple(failures),
    )
