"""The ml mode's decision rule on hand-made probabilities."""

from __future__ import annotations

import pytest

from parley.ml.classifier import NONE, TypeScores
from parley.ml.decide import ADDED_DYAD, MLPolicy, decide_sentence, dedupe, ml_confidence

from .fakes import event

CLASSES = ("ASSAULT", "CONSULT", "ACCUSE", NONE)


def scores(*probs: float) -> TypeScores:
    return TypeScores(CLASSES, probs)


def test_confident_disagreement_retypes_and_drops_the_mode() -> None:
    [out] = decide_sentence(
        [event("ACCUSE", "USA", "IRQ", mode="disapprove")],
        scores(0.8, 0.1, 0.05, 0.05),
        MLPolicy(),
        threshold=0.6,
    )
    assert out.event == "ASSAULT"
    assert out.mode is None
    assert out.confidence == pytest.approx(0.8)  # p * dyad (0.9 / 0.9)
    assert out.provenance["rule_event"] == "ACCUSE"
    assert out.provenance["extractor"] == "parley-ml-0.1"


def test_unsure_disagreement_keeps_the_rule_type_and_mode() -> None:
    [out] = decide_sentence(
        [event("ACCUSE", "USA", "IRQ", mode="disapprove", confidence=0.72)],
        scores(0.5, 0.1, 0.3, 0.1),
        MLPolicy(),
        threshold=0.6,
    )
    assert (out.event, out.mode) == ("ACCUSE", "disapprove")
    assert out.confidence == pytest.approx(0.72)  # the rule's own confidence
    assert out.provenance["ml_probability"] == pytest.approx(0.3)
    assert out.provenance["extractor"] == "parley-rules-0.1"


def test_agreement_keeps_the_rule_event_as_it_was() -> None:
    [out] = decide_sentence(
        [event("ASSAULT", "USA", "IRQ", mode="aerial", confidence=0.85)],
        scores(0.97, 0.01, 0.01, 0.01),
        MLPolicy(),
        threshold=0.6,
    )
    assert (out.event, out.mode) == ("ASSAULT", "aerial")
    assert out.confidence == pytest.approx(0.85)


def test_retype_off_never_changes_the_type() -> None:
    [out] = decide_sentence(
        [event("ACCUSE", "USA", "IRQ")],
        scores(0.9, 0.05, 0.03, 0.02),
        MLPolicy(retype=False),
        threshold=0.6,
    )
    assert out.event == "ACCUSE"


def test_none_is_never_a_retype_and_vetoes_only_when_asked() -> None:
    sure_none = scores(0.02, 0.03, 0.05, 0.9)
    [kept] = decide_sentence(
        [event("ACCUSE", "USA", "IRQ", confidence=0.8)], sure_none, MLPolicy(), 0.6
    )
    assert kept.event == "ACCUSE"
    assert kept.confidence == pytest.approx(0.8)
    vetoed = decide_sentence([event("ACCUSE", "USA", "IRQ")], sure_none, MLPolicy(veto=True), 0.6)
    assert vetoed == []
    unsure = scores(0.2, 0.1, 0.2, 0.5)
    assert decide_sentence([event("ACCUSE", "USA", "IRQ")], unsure, MLPolicy(veto=True), 0.6)


def test_both_directions_of_a_retyped_symmetric_pair_become_one_event() -> None:
    events = [
        event("ACCUSE", "USA", "IRQ", confidence=0.9),
        event("ACCUSE", "IRQ", "USA", confidence=0.7),
    ]
    out = decide_sentence(events, scores(0.05, 0.9, 0.03, 0.02), MLPolicy(), 0.6)
    assert len(out) == 1
    assert out[0].event == "CONSULT"
    assert out[0].source.country == "USA"  # the more confident direction


def test_dedupe_keeps_directed_pairs_apart() -> None:
    events = [event("ACCUSE", "USA", "IRQ"), event("ACCUSE", "IRQ", "USA")]
    assert len(dedupe(events)) == 2


def test_confidence_is_bounded() -> None:
    assert ml_confidence(1.0, 1.0) == 0.99
    assert ml_confidence(0.0, 1.0) == 0.05
    assert ml_confidence(0.9, ADDED_DYAD) == pytest.approx(0.9 * ADDED_DYAD)


def test_policy_from_text() -> None:
    assert MLPolicy.parse("retype,add") == MLPolicy(retype=True, add=True, veto=False)
    assert MLPolicy.parse("none") == MLPolicy(retype=False, add=False, veto=False)
    assert MLPolicy.parse(" veto ", threshold=0.4) == MLPolicy(False, False, True, 0.4)
    assert MLPolicy(retype=True, veto=True).spec == "retype,veto"
    with pytest.raises(ValueError, match="unknown ml action"):
        MLPolicy.parse("retype,guess")
