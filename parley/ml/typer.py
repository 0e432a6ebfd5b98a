"""The ml stage of the pipeline: classify evidence sentences and apply the decision rule.

Runs after the rules on a batch of documents: collects the sentences that carry rule
events (and, with ``add``, the sentences where no trigger fired but two actors are
named), embeds them in one batch, scores them and lets ``decide.py`` change the events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parley.ml.classifier import NONE, EventClassifier, TypeScores
from parley.ml.decide import (
    ADDED_DYAD,
    ML_EXTRACTOR_VERSION,
    MLPolicy,
    decide_sentence,
    dedupe,
    ml_confidence,
)
from parley.ml.embed import Embedder, default_embedder
from parley.ml.text import normalise
from parley.model import Actor, Event

if TYPE_CHECKING:
    from parley.nlp.extract import DocumentExtractor, SentenceUnit


@dataclass(slots=True)
class _Job:
    doc: int
    unit: SentenceUnit
    events: list[Event]
    actors: list[Actor]


class EventTyper:
    """Classifier, embedder and policy; ``refine`` applies them to a batch's events."""

    def __init__(
        self,
        classifier: EventClassifier | None = None,
        embedder: Embedder | None = None,
        policy: MLPolicy | None = None,
    ) -> None:
        self.classifier = classifier if classifier is not None else default_classifier()
        self._embedder = embedder
        self.policy = policy if policy is not None else MLPolicy()

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = default_embedder()
        return self._embedder

    @property
    def threshold(self) -> float:
        t = self.policy.threshold
        return self.classifier.threshold if t is None else t

    def classify(self, texts: Sequence[str]) -> list[TypeScores]:
        """Class probabilities of each text (normalised as in training)."""
        if not texts:
            return []
        return self.classifier.score(self.embedder.encode([normalise(t) for t in texts]))

    def refine(
        self,
        extractors: Sequence[DocumentExtractor],
        units_by_doc: Sequence[Sequence[SentenceUnit]],
        events_by_doc: Sequence[list[Event]],
    ) -> list[list[Event]]:
        """The batch's events after the classifier's say, per document."""
        jobs: list[_Job] = []
        out: list[list[Event]] = [[] for _ in events_by_doc]
        for d, (extractor, units, events) in enumerate(
            zip(extractors, units_by_doc, events_by_doc, strict=True)
        ):
            by_start: dict[int, list[Event]] = defaultdict(list)
            for event in events:
                by_start[event.evidence.start].append(event)
            for unit in units:
                if unit.title:
                    continue
                found = by_start.pop(unit.start, [])
                if found:
                    jobs.append(_Job(d, unit, found, []))
                elif self.policy.add:
                    actors = extractor.sentence_actors(unit)
                    if len(actors) >= 2:
                        jobs.append(_Job(d, unit, [], actors))
            for rest in by_start.values():  # not on a sentence unit: left as the rules made it
                out[d].extend(rest)
        texts = [extractors[j.doc].article.clean_text[j.unit.start : j.unit.end] for j in jobs]
        threshold = self.threshold
        for job, scores in zip(jobs, self.classify(texts), strict=True):
            if job.events:
                out[job.doc].extend(decide_sentence(job.events, scores, self.policy, threshold))
                continue
            label, p = scores.label, scores.probability
            if label == NONE or p < threshold:
                continue
            source, target = job.actors[0], job.actors[1]
            out[job.doc].append(
                extractors[job.doc].untriggered_event(
                    job.unit,
                    label,
                    source,
                    target,
                    ml_confidence(p, ADDED_DYAD),
                    {"extractor": ML_EXTRACTOR_VERSION, "ml_probability": round(p, 3)},
                )
            )
        return [dedupe(events) for events in out]


_CLASSIFIER: EventClassifier | None = None


def default_classifier() -> EventClassifier:
    """The bundled classifier, loaded once per process."""
    global _CLASSIFIER
    if _CLASSIFIER is None:
        _CLASSIFIER = EventClassifier.load()
    return _CLASSIFIER
