from __future__ import annotations

from pathlib import Path

import pytest

from parley.evaluate import Gold, load_gold, score_sentences

from .builders import actors, gsr_record, pred, write_gsr

RECIPROCAL = "(SRC/TAR: A) and (SRC/TAR: B) (EVT: agreed)"


@pytest.fixture
def gold(tmp_path: Path) -> Gold:
    rows = [
        gsr_record("agree", "AGREE", actors("USA", "JOR"), "", markup=RECIPROCAL),
        gsr_record("demand", "DEMAND", actors("USA"), actors("IRQ", "SYR")),
        gsr_record("fight", "FIGHT", actors("ISR"), actors("LBN"), mode="heavy-weapons"),
        gsr_record("resign", "RETREAT", actors("GEO"), None, loc={"name": "Tbilisi"}),
        gsr_record("jap", "SANCTION", actors("JAP"), actors("SRB")),
    ]
    return load_gold(write_gsr(tmp_path / "gsr.txt", rows))


def test_type_of_top_event_and_none(gold: Gold) -> None:
    preds = [
        pred("agree", "USA", "AGREE", "JOR", confidence=0.6),
        pred("agree", "USA", "CONSULT", "JOR", confidence=0.7),  # top event: wrong type
        pred("demand", "USA", "REQUEST", "IRQ", confidence=0.8),
        pred("fight", "ISR", "ASSAULT", "LBN", confidence=0.9),
        pred("resign", "GEO", "RETREAT", None, confidence=0.5),
        # "jap": nothing predicted -> NONE
    ]
    score = score_sentences(gold, preds)
    conf = score.confusion
    assert conf.get("AGREE", "CONSULT") == 1
    assert conf.get("REQUEST", "REQUEST") == 1
    assert conf.get("ASSAULT", "ASSAULT") == 1
    assert conf.get("RETREAT", "RETREAT") == 1
    assert conf.get("SANCTION", "NONE") == 1
    assert conf.labels == (
        "AGREE",
        "CONSULT",
        "RETREAT",
        "REQUEST",
        "SANCTION",
        "ASSAULT",
        "NONE",
    )
    assert (score.type_accuracy.right, score.type_accuracy.total) == (3, 5)
    stats = {s.label: s for s in score.per_type}
    assert "NONE" not in stats
    assert (stats["AGREE"].support, stats["AGREE"].tp, stats["AGREE"].fn) == (1, 0, 1)
    assert (stats["CONSULT"].support, stats["CONSULT"].fp) == (0, 1)
    assert stats["CONSULT"].precision == 0.0 and stats["CONSULT"].recall is None
    assert stats["SANCTION"].precision is None and stats["SANCTION"].f1 == 0.0
    # F1: AGREE 0, CONSULT 0, RETREAT 1, REQUEST 1, SANCTION 0, ASSAULT 1
    assert score.macro_f1 == pytest.approx(3 / 6)


def test_tuples_compound_and_reciprocal(gold: Gold) -> None:
    preds = [
        pred("agree", "USA", "AGREE", "JOR"),  # one of the two reciprocal tuples
        pred("demand", "USA", "REQUEST", "IRQ"),
        pred("demand", "USA", "REQUEST", "SYR"),
        pred("demand", "USA", "REQUEST", "IRQ"),  # duplicate: counted once
        pred("fight", "LBN", "ASSAULT", "ISR"),  # reversed: fp + fn
        pred("resign", "GEO", "RETREAT", None),  # matches the one-sided gold tuple
        pred("jap", "JAP", "SANCTION", "SRB"),  # old code normalised in predictions too
    ]
    score = score_sentences(gold, preds)
    # gold tuples: agree 2, demand 2, fight 1, resign 1, jap 1 = 7
    assert (score.tuples.tp, score.tuples.fp, score.tuples.fn) == (5, 1, 2)
    assert score.tuples.precision == pytest.approx(5 / 6)
    assert score.tuples.recall == pytest.approx(5 / 7)
    assert score.tuples.f1 == pytest.approx(2 * (5 / 6) * (5 / 7) / (5 / 6 + 5 / 7))
    # records with both sides: agree, demand, fight, jap -> 6 tuples, 4 found
    assert (score.dyad_recall.right, score.dyad_recall.total) == (4, 6)
    assert "fight|LBN|ASSAULT|ISR" in score.false_positives
    assert "agree|JOR|AGREE|USA" in score.missed
    assert score.n_predictions == 7


def test_country_accuracy_by_set_overlap(gold: Gold) -> None:
    preds = [
        pred("agree", "JOR", "ACCUSE", "EGY"),  # source JOR in {USA, JOR}; target EGY not
        pred("demand", "GBR", "REQUEST", "SYR"),
        pred("fight", "ISR", "ASSAULT", "LBN"),
        pred("resign", "GEO", "RETREAT", "RUS"),  # gold has no target: not scored
    ]
    score = score_sentences(gold, preds)
    assert (score.source_countries.right, score.source_countries.total) == (3, 5)
    assert (score.target_countries.right, score.target_countries.total) == (2, 4)


def test_symmetric_prediction_counts_for_both_sides(tmp_path: Path) -> None:
    rows = [gsr_record("host", "CONSULT", actors("RUS"), actors("JAP"))]
    gold = load_gold(write_gsr(tmp_path / "g.txt", rows))
    score = score_sentences(gold, [pred("host", "JPN", "CONSULT", "RUS")])
    assert score.tuples.tp == 1
    assert score.source_countries.right == 1 and score.target_countries.right == 1


def test_mode_and_place(gold: Gold) -> None:
    preds = [
        pred("fight", "ISR", "ASSAULT", "LBN", mode="heavy-weapons", confidence=0.9),
        pred("fight", "ISR", "ASSAULT", "LBN", mode="firearms", confidence=0.4),
        pred("resign", "GEO", "RETREAT", None, place=("Tbilisi, Georgia", "GEO")),
    ]
    score = score_sentences(gold, preds)
    assert (score.modes.right, score.modes.total) == (1, 1)
    assert (score.places.right, score.places.total) == (1, 1)
    assert score.dates.total == 0  # GSR dates are placeholders
    preds[0]["mode"] = "firearms"
    assert score_sentences(gold, preds).modes.right == 0


def test_investigate_mode_scored(tmp_path: Path) -> None:
    rows = [gsr_record("inv", "INVESTIGATE", actors("GBR"), actors("NGA"))]
    gold = load_gold(write_gsr(tmp_path / "g.txt", rows))
    good = score_sentences(gold, [pred("inv", "GBR", "ACCUSE", "NGA", mode="investigate")])
    assert good.type_accuracy.right == 1 and good.modes.right == 1
    old = score_sentences(gold, [pred("inv", "GBR", "INVESTIGATE", "NGA")])
    assert old.type_accuracy.right == 1  # old labels in predictions map too


def test_reliability_bins(gold: Gold) -> None:
    preds = [
        pred("agree", "USA", "AGREE", "JOR", confidence=0.95),
        pred("demand", "USA", "REQUEST", "IRQ", confidence=0.81),
        pred("demand", "USA", "ACCUSE", "IRQ", confidence=0.85),
        pred("fight", "ISR", "ASSAULT", "LBN", confidence=0.8),  # not "> 0.8"
        pred("resign", "GEO", "RETREAT", None, confidence=0.12),
        pred("jap", "JPN", "SANCTION", "SRB", confidence=None),
    ]
    rel = score_sentences(gold, preds).reliability
    by_lo = {b.lo: (b.n, b.right) for b in rel.bins if b.n}
    assert by_lo == {0.1: (1, 1), 0.8: (3, 2), 0.9: (1, 1)}
    assert (rel.high.right, rel.high.total) == (2, 3)
    assert rel.unscored == 1
