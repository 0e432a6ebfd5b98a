from __future__ import annotations

import pytest

from parley.evaluate import Confusion, Ratio, TupleScore, TypeStats, macro_f1, reliability


def test_ratio() -> None:
    assert Ratio(1, 4).value == 0.25
    assert Ratio(0, 0).value is None
    assert str(Ratio(1, 4)) == "1/4 (0.250)"
    assert str(Ratio(0, 0)) == "0/0"


def test_tuple_score_edges() -> None:
    assert TupleScore(0, 0, 0).f1 == 0.0
    t = TupleScore(3, 1, 2)
    assert (t.precision, t.recall) == (0.75, 0.6)
    assert t.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_type_stats_and_macro() -> None:
    a = TypeStats("AGREE", support=4, tp=2, fp=2, fn=2)
    b = TypeStats("ACCUSE", support=0, tp=0, fp=3, fn=0)
    c = TypeStats("AID", support=0, tp=0, fp=0, fn=0)  # absent from both: not averaged
    assert a.f1 == 0.5 and b.f1 == 0.0 and b.recall is None
    assert macro_f1([a, b, c]) == 0.25
    assert macro_f1([c]) is None


def test_confusion_from_pairs() -> None:
    conf = Confusion.from_pairs(
        [("AGREE", "AGREE"), ("AGREE", "NONE"), ("ACCUSE", "AGREE"), ("ACCUSE", "ACCUSE")]
    )
    assert conf.labels == ("AGREE", "ACCUSE", "NONE")
    assert conf.total == 4
    assert (conf.accuracy.right, conf.accuracy.total) == (2, 4)
    stats = {s.label: s for s in conf.type_stats()}
    assert (stats["AGREE"].tp, stats["AGREE"].fp, stats["AGREE"].fn) == (1, 1, 1)
    assert (stats["ACCUSE"].tp, stats["ACCUSE"].fp, stats["ACCUSE"].fn) == (1, 0, 1)


def test_reliability_bin_edges() -> None:
    rel = reliability(
        [
            (0.0, True),
            (0.3, False),
            (0.7, True),
            (0.8, True),
            (0.81, False),
            (1.0, True),
            (1.2, True),
            (None, True),
        ]
    )
    counts = [b.n for b in rel.bins]
    assert counts == [1, 0, 0, 1, 0, 0, 0, 1, 2, 2]  # 0.3 in 0.3-0.4, 1.0 and above in the last
    assert rel.bins[3].lo == 0.3 and rel.bins[3].hi == 0.4
    assert (rel.high.right, rel.high.total) == (2, 3)  # strictly above 0.8
    assert rel.unscored == 1 and rel.n == 7


def test_expected_calibration_error() -> None:
    rel = reliability([(0.95, True), (0.95, False), (0.25, False)])
    # bin 0.9: acc 0.5, conf 0.95 -> 0.45 * 2; bin 0.2: acc 0, conf 0.25 -> 0.25 * 1
    assert rel.ece == pytest.approx((0.45 * 2 + 0.25) / 3)
    assert reliability([]).ece is None
