"""The ml mode's decision rule: what the classifier may change in the rules' events.

One sentence at a time, with the classifier's probabilities for that sentence and one
threshold (chosen by cross-validation on the training data, see ``threshold.py``):

- **retype**: a rule event whose type differs from the classifier's top class takes the
  top class when that class is an event type with probability >= threshold. Its mode
  becomes null (the rule's mode belonged to the old type).
- **veto**: a rule event is dropped when the top class is ``NONE`` with probability >=
  threshold.
- **add**: a sentence where the rules found no event but two actors gets one event of
  the top event class when its probability is >= threshold (see ``typer.py``).

A rule event the classifier leaves alone keeps the rule's confidence (the classifier,
trained on synthetic stories, is not calibrated on real news: multiplying by its
probability made right events look unsure). A re-typed or added event's confidence is
the classifier's probability of its type times how sure the dyad is: the rule's own
confidence relative to its best case (0.9, a verb trigger with both actors named), or
``ADDED_DYAD`` for an added event, whose roles are read from word order only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from parley.ml.classifier import NONE, TypeScores
from parley.model import Event

ML_EXTRACTOR_VERSION = "parley-ml-0.1"
RULE_BEST = 0.9  # the rules' confidence for a verb trigger with both actors named
ADDED_DYAD = 0.7  # dyad certainty of an added event (roles from word order, like a fallback)
SYMMETRIC = frozenset({"CONSULT", "COOPERATE"})
ACTIONS = ("retype", "add", "veto")


@dataclass(frozen=True, slots=True)
class MLPolicy:
    """Which changes the classifier may make, and at what probability."""

    retype: bool = True
    add: bool = False
    veto: bool = False
    threshold: float | None = None  # None: the classifier's cross-validated threshold

    @classmethod
    def parse(cls, spec: str, threshold: float | None = None) -> MLPolicy:
        """From ``"retype,add"`` (``"none"`` or ``""``: only re-score confidence)."""
        words = {w.strip().lower() for w in spec.split(",") if w.strip()} - {"none"}
        unknown = words - set(ACTIONS)
        if unknown:
            raise ValueError(f"unknown ml action(s) {sorted(unknown)}; choose from {ACTIONS}")
        return cls("retype" in words, "add" in words, "veto" in words, threshold)

    @property
    def spec(self) -> str:
        return ",".join(a for a in ACTIONS if getattr(self, a)) or "none"


def dyad_certainty(rule_confidence: float) -> float:
    """The rule's confidence relative to its best case, in [0, 1]."""
    return max(0.0, min(1.0, rule_confidence / RULE_BEST))


def ml_confidence(type_probability: float, dyad: float) -> float:
    return max(0.05, min(0.99, type_probability * dyad))


def decide_sentence(
    events: Sequence[Event], scores: TypeScores, policy: MLPolicy, threshold: float
) -> list[Event]:
    """The events of one sentence after the classifier's say (see the module's rules)."""
    top, p_top = scores.label, scores.probability
    sure = p_top >= threshold
    out: list[Event] = []
    for event in events:
        if policy.veto and sure and top == NONE:
            continue
        dyad = dyad_certainty(event.confidence)
        if policy.retype and sure and top not in (NONE, event.event):
            out.append(
                replace(
                    event,
                    event=top,
                    mode=None,
                    confidence=ml_confidence(p_top, dyad),
                    provenance={
                        **event.provenance,
                        "extractor": ML_EXTRACTOR_VERSION,
                        "rule_event": event.event,
                        "ml_probability": round(p_top, 3),
                    },
                )
            )
        else:
            p = scores.p(event.event)
            out.append(
                replace(event, provenance={**event.provenance, "ml_probability": round(p, 3)})
            )
    return dedupe(out)


def dedupe(events: Iterable[Event]) -> list[Event]:
    """One event per (sentence, type, dyad), unordered for CONSULT/COOPERATE; most confident."""
    best: dict[tuple[object, ...], Event] = {}
    for event in events:
        source = event.source.actor_id or event.source.name
        target = (event.target.actor_id or event.target.name) if event.target else None
        dyad: object = frozenset((source, target)) if event.event in SYMMETRIC else (source, target)
        key = (event.evidence.start, event.event, dyad)
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event
    return sorted(best.values(), key=lambda e: (e.evidence.start, e.evidence.trigger.start))
