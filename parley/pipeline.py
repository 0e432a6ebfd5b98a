"""Ordered named stages and the batch runner.

Stages, in order (each declares what it needs and what it sets; checked once at build):

    prepare    Article            -> Article (body cleaned, published/outlet from text)
    segment    Article            -> sentence units, candidates marked (lexicon pre-filter)
    parse      candidate units    -> spaCy parses, batched across documents
    extract    parsed units       -> events (triggers, roles, actors, dates, places)
    classify   events, units      -> events re-typed by the learned classifier (mode "ml" only)

``Pipeline.process(article)`` runs them for one article; ``Pipeline.pipe(items)`` streams
many, optionally in worker processes, and routes each failing item to a ``DocResult``
carrying its error instead of stopping the batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from parley.errors import InputError, ParleyError
from parley.model import Article, Event

if TYPE_CHECKING:
    from parley.kb import KnowledgeBase
    from parley.ml.decide import MLPolicy
    from parley.ml.typer import EventTyper

DEFAULT_BATCH_SIZE = 16
MODES = ("rules", "ml")


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


STAGES: tuple[Stage, ...] = (
    Stage("prepare", ("article.text",), ("article.body", "article.published")),
    Stage("segment", ("article.body",), ("units",)),
    Stage("parse", ("units",), ("units.parsed",)),
    Stage("extract", ("units.parsed", "article.published"), ("events",)),
)
ML_STAGES: tuple[Stage, ...] = (
    *STAGES,
    Stage("classify", ("events", "units.parsed"), ("events.classified",)),
)


def check_stages(stages: Sequence[Stage]) -> None:
    """Fail at build time when a stage needs something no earlier stage sets."""
    available = {"article.text"}
    for stage in stages:
        missing = [r for r in stage.requires if r not in available]
        if missing:
            raise ValueError(f"stage {stage.name!r} needs {missing} before it")
        available.update(stage.assigns)


@dataclass(frozen=True, slots=True)
class DocResult:
    """What one input item gave: its article and events, or the error that stopped it."""

    origin: str
    article: Article | None = None
    events: list[Event] = field(default_factory=list)
    error: ParleyError | None = None


class Pipeline:
    """The extraction pipeline. Heavy resources load lazily, once per process.

    ``mode="rules"`` (the default) codes events with the trigger lexicon alone;
    ``mode="ml"`` adds the learned classifier of the ``parley[ml]`` extra (``MLError``
    at once if the extra is not installed), applying ``ml_policy`` (default: re-type
    rule events the classifier confidently disagrees with).
    """

    def __init__(
        self,
        *,
        actors: Sequence[str | Path] = (),
        prepare: bool = True,
        mode: str = "rules",
        ml_policy: MLPolicy | None = None,
    ) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}: choose from {MODES}")
        check_stages(ML_STAGES if mode == "ml" else STAGES)
        self._actor_files = tuple(str(p) for p in actors)
        self._prepare = prepare
        self._kb: KnowledgeBase | None = None
        self.mode = mode
        self._ml_policy = ml_policy
        self._typer: EventTyper | None = None
        if mode == "ml":
            from parley.ml.embed import require_extra

            require_extra()

    # ---- resources -------------------------------------------------------------------
    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            from parley.kb import KnowledgeBase, default_kb

            self._kb = (
                KnowledgeBase.load(extra=[Path(p) for p in self._actor_files])
                if self._actor_files
                else default_kb()
            )
        return self._kb

    @property
    def typer(self) -> EventTyper:
        """The ml mode's classifier stage (loads the weights on first use)."""
        if self._typer is None:
            from parley.ml.typer import EventTyper

            self._typer = EventTyper(policy=self._ml_policy)
        return self._typer

    # ---- single article --------------------------------------------------------------
    def process(self, article: Article) -> list[Event]:
        """Events of one article (raises ``InputError`` for an unusable article)."""
        return self._process_batch([article])[0]

    # ---- streams -------------------------------------------------------------------------
    def pipe(
        self,
        items: Iterable[Article | ParleyError],
        *,
        n_process: int = 1,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> Iterator[DocResult]:
        """Yield one ``DocResult`` per item, in input order."""
        if n_process > 1:
            yield from self._pipe_parallel(items, n_process=n_process, batch_size=batch_size)
            return
        iterator = iter(items)
        while batch := list(islice(iterator, batch_size)):
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article | ParleyError]) -> list[DocResult]:
        results: list[DocResult | None] = [None] * len(batch)
        ready: list[tuple[int, Article]] = []
        for i, item in enumerate(batch):
            if isinstance(item, ParleyError):
                results[i] = DocResult(item.origin or "?", error=item)
                continue
            try:
                ready.append((i, self._prepared(item)))
            except ParleyError as error:
                results[i] = DocResult(item.origin or item.doc_id, article=item, error=error)
        if ready:
            outputs: list[list[Event] | ParleyError]
            try:
                outputs = list(self._process_batch([a for _, a in ready], prepared=True))
            except Exception:  # fall back to one by one so one bad article stays alone
                outputs = [self._safe_one(a) for _, a in ready]
            for (i, article), events in zip(ready, outputs, strict=True):
                if isinstance(events, ParleyError):
                    results[i] = DocResult(article.origin or article.doc_id, article, error=events)
                else:
                    results[i] = DocResult(article.origin or article.doc_id, article, events)
        return [r for r in results if r is not None]

    def _safe_one(self, article: Article) -> list[Event] | ParleyError:
        try:
            return self._process_batch([article], prepared=True)[0]
        except ParleyError as error:
            return error
        except Exception as error:  # noqa: BLE001 - reported with the article's origin
            return ParleyError("E050", origin=article.origin or article.doc_id, detail=repr(error))

    def _pipe_parallel(
        self, items: Iterable[Article | ParleyError], *, n_process: int, batch_size: int
    ) -> Iterator[DocResult]:
        from concurrent.futures import ProcessPoolExecutor

        iterator = iter(items)
        with ProcessPoolExecutor(
            max_workers=n_process,
            initializer=_init_worker,
            initargs=(self._actor_files, self.mode, self._ml_policy),
        ) as pool:
            pending = []
            while True:
                batch = list(islice(iterator, batch_size))
                if batch:
                    pending.append(pool.submit(_worker_batch, batch))
                if pending and (not batch or len(pending) >= n_process * 2):
                    yield from pending.pop(0).result()
                if not batch and not pending:
                    break

    # ---- internals ---------------------------------------------------------------------
    def _prepared(self, article: Article) -> Article:
        if not self._prepare:
            return article
        from parley.ingest import prepare

        return prepare(article)

    def _process_batch(
        self, articles: list[Article], *, prepared: bool = False
    ) -> list[list[Event]]:
        from parley.nlp.extract import DocumentExtractor, parse_units
        from parley.nlp.lexicon import load_lexicon
        from parley.resolve.places import default_gazetteer

        if not prepared:
            articles = [self._prepared(a) for a in articles]
        lexicon = load_lexicon()
        gazetteer = default_gazetteer()
        extractors = [DocumentExtractor(self.kb, lexicon, gazetteer, a) for a in articles]
        units = [x.units() for x in extractors]
        parse_units(units, [a.clean_text for a in articles], self.kb)
        events = [x.run(u) for x, u in zip(extractors, units, strict=True)]
        if self.mode == "ml":
            events = self.typer.refine(extractors, units, events)
        return events


_WORKER: Pipeline | None = None


def _init_worker(
    actor_files: tuple[str, ...], mode: str = "rules", ml_policy: MLPolicy | None = None
) -> None:
    global _WORKER
    _WORKER = Pipeline(actors=actor_files, mode=mode, ml_policy=ml_policy)


def _worker_batch(batch: list[Article | ParleyError]) -> list[DocResult]:
    assert _WORKER is not None
    return _WORKER._run_batch(batch)


def extract(
    text_or_article: str | Article,
    *,
    doc_id: str | None = None,
    published: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    pipeline: Pipeline | None = None,
) -> list[Event]:
    """Events in one article or text.

    >>> events = extract("Russia on Wednesday welcomed the meeting between Xi and Kim.",
    ...                  published="2018-03-28")          # doctest: +SKIP
    """
    if isinstance(text_or_article, Article):
        article = text_or_article
    else:
        from parley.ingest import article_from_text

        if not text_or_article or not text_or_article.strip():
            raise InputError("E003", origin=doc_id or "<text>")
        article = article_from_text(
            text_or_article, doc_id=doc_id, title=title, published=published, outlet=outlet
        )
    return (pipeline or _default_pipeline()).process(article)


_DEFAULT: Pipeline | None = None


def _default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT
