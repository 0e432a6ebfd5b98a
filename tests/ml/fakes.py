"""Fake embeddings, classifiers and extractors for the ml tests (no torch needed)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from parley.ml.classifier import NONE, EventClassifier
from parley.model import Actor, Article, DateValue, Event, Evidence, Span

CLASSES = ("ASSAULT", "CONSULT", "ACCUSE", NONE)
KEYWORDS = {"shelled": 0, "talks": 1, "accused": 2, "weather": 3}


def one_hot_classifier(strength: float = 5.0, threshold: float = 0.5) -> EventClassifier:
    """Embedding axis i votes for class i (weights = strength * identity)."""
    k = len(CLASSES)
    return EventClassifier(
        CLASSES,
        (np.eye(k) * strength).astype(np.float32),
        np.zeros(k, dtype=np.float32),
        threshold,
        {"embedder": "fake"},
    )


class KeywordEmbedder:
    """A 4-d "embedding": one axis per keyword found in the text (all zero if none)."""

    name = "fake"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        self.seen.extend(texts)
        out = np.zeros((len(texts), len(CLASSES)), dtype=np.float32)
        for row, text in enumerate(texts):
            for word, axis in KEYWORDS.items():
                if word in text:
                    out[row, axis] = 1.0
        return out


def actor(code: str) -> Actor:
    return Actor(code, code, "GOV", None, code, "state", None)


def event(
    kind: str,
    source: str,
    target: str,
    *,
    start: int = 0,
    end: int = 40,
    confidence: float = 0.9,
    mode: str | None = None,
    doc_id: str = "d1",
) -> Event:
    return Event(
        doc_id=doc_id,
        event=kind,
        mode=mode,
        source=actor(source),
        target=actor(target),
        date=DateValue(None, None),
        location=None,
        evidence=Evidence("sentence", start, end, Span("word", start, start + 4)),
        confidence=confidence,
        provenance={"extractor": "parley-rules-0.1"},
    )


@dataclass
class Unit:
    start: int
    end: int
    title: bool = False
    parsed: Any = None


@dataclass
class FakeExtractor:
    """What ``EventTyper.refine`` needs of a ``DocumentExtractor``."""

    article: Article
    actors_by_start: dict[int, list[Actor]] = field(default_factory=dict)

    def sentence_actors(self, unit: Unit) -> list[Actor]:
        return self.actors_by_start.get(unit.start, [])

    def untriggered_event(
        self,
        unit: Unit,
        event_type: str,
        source: Actor,
        target: Actor | None,
        confidence: float,
        provenance: dict[str, Any],
    ) -> Event:
        text = self.article.text[unit.start : unit.end]
        return Event(
            doc_id=self.article.doc_id,
            event=event_type,
            mode=None,
            source=source,
            target=target,
            date=DateValue(None, None),
            location=None,
            evidence=Evidence(text, unit.start, unit.end, Span(text, unit.start, unit.end)),
            confidence=confidence,
            provenance=dict(provenance),
        )
