from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest

from parley.evaluate import (
    Gold,
    GoldPlace,
    Prediction,
    date_ok,
    load_gold,
    place_ok,
    read_predictions,
    score_documents,
)

from .builders import event, gold_line, pred, write_jsonl

REFERENCE = Path("/work/shared/eval/score.py")


@pytest.fixture
def gold(tmp_path: Path) -> Gold:
    rows = [
        gold_line("d1", "CHN", "CONSULT", "PRK", dates=["2021-03-22"], location=("Beijing", "CHN")),
        gold_line("d1", "CHN", "SUPPORT", "PRK", dates=["2021-03"]),
        gold_line("d1", "PRK", "AGREE", "CHN", required=False),
        gold_line("d2", "USA", "ACCUSE", "CHN", dates=["2018-03-25/2018-03-28"], mode="allege"),
    ]
    return load_gold(write_jsonl(tmp_path / "t.gold.jsonl", rows))


def test_symmetric_pairs_are_unordered(gold: Gold) -> None:
    score = score_documents(gold, [pred("d1", "PRK", "CONSULT", "CHN")])
    assert score.tuples.tp == 1 and score.tuples.fp == 0
    # an ordered type in the wrong direction is a miss and a false positive
    score = score_documents(gold, [pred("d1", "PRK", "SUPPORT", "CHN")])
    assert (score.tuples.tp, score.tuples.fp, score.tuples.fn) == (0, 1, 3)
    assert score.false_positives == ("d1|PRK|SUPPORT|CHN",)


def test_tolerated_tuples_neither_credit_nor_penalise(gold: Gold) -> None:
    with_it = score_documents(gold, [pred("d1", "PRK", "AGREE", "CHN")])
    assert (with_it.tuples.tp, with_it.tuples.fp, with_it.tuples.fn) == (0, 0, 3)
    assert with_it.tolerated_hits == 1
    assert with_it.n_required == 3 and with_it.n_tolerated == 1
    assert "d1|PRK|AGREE|CHN" not in with_it.missed


def test_precision_recall_f1_and_partial_events(gold: Gold) -> None:
    preds = [
        pred("d1", "CHN", "CONSULT", "PRK"),
        pred("d1", "CHN", "CONSULT", "PRK"),  # duplicate tuple counts once
        pred("d2", "USA", "ACCUSE", "CHN"),
        pred("d2", "USA", "THREATEN", "CHN"),
        pred("d2", "USA", "ACCUSE", None),  # no target country: ignored
        pred("d9", "USA", "ACCUSE", "CHN"),  # not a gold document: ignored
    ]
    score = score_documents(gold, preds)
    assert (score.tuples.tp, score.tuples.fp, score.tuples.fn) == (2, 1, 1)
    assert score.tuples.precision == pytest.approx(2 / 3)
    assert score.tuples.recall == pytest.approx(2 / 3)
    assert score.tuples.f1 == pytest.approx(2 / 3)
    assert score.partial_ignored == 1
    assert score.n_predictions == 5
    assert score.missed == ("d1|CHN|SUPPORT|PRK",)


def test_dates_and_places_on_matched_tuples(gold: Gold) -> None:
    preds = [
        pred("d1", "CHN", "CONSULT", "PRK", date="2021-03-21", place=("Beijing, China", "CHN")),
        pred("d1", "PRK", "CONSULT", "CHN", date="2021-03-22"),  # a second copy gets it right
        pred("d1", "CHN", "SUPPORT", "PRK", date="2021-03-05"),  # inside the accepted month
        pred("d2", "USA", "ACCUSE", "CHN", date="2018-03-29"),  # outside the accepted range
    ]
    score = score_documents(gold, preds)
    assert (score.dates.right, score.dates.total) == (2, 3)
    assert (score.places.right, score.places.total) == (1, 1)
    score = score_documents(gold, [pred("d1", "CHN", "CONSULT", "PRK", place=("Beijing", "PRK"))])
    assert (score.places.right, score.places.total) == (0, 1)


def test_date_ok_semantics() -> None:
    assert date_ok("2021-03-22", ["2021-03-22"])
    assert date_ok("2021-03-22", ["2021-03"])
    assert date_ok("2021-03-22", ["2021"])
    assert date_ok("2018-03-26", ["2018-03-25/2018-03-28"])
    assert date_ok("2018-03-25", ["2018-03-25/2018-03-28"])
    assert not date_ok("2018-03-29", ["2018-03-25/2018-03-28"])
    assert not date_ok("2018-03", ["2018-03-25/2018-03-28"])  # only days fall in ranges
    assert date_ok("2018-03-25/2018-03-28", ["2018-03-25/2018-03-28"])
    assert not date_ok("2021", ["2021-03"])
    assert not date_ok(None, ["2021-03-22"])
    assert not date_ok("2021-03-22", [])


def test_place_ok_semantics() -> None:
    def p(name: str | None, country: str | None) -> Prediction:
        return Prediction("d", "CONSULT", "CHN", "PRK", place_name=name, place_country=country)

    want = GoldPlace("Beijing", "CHN")
    assert place_ok(p("Beijing", "CHN"), want)
    assert place_ok(p("the Great Hall in BEIJING", "CHN"), want)
    assert not place_ok(p("Beijing", None), want)
    assert not place_ok(p("Pyongyang", "CHN"), want)
    assert not place_ok(p(None, None), want)
    assert place_ok(p("Geneva", "CHE"), GoldPlace("Geneva"))  # no gold country: name only


def test_mode_accuracy(gold: Gold) -> None:
    score = score_documents(gold, [pred("d2", "USA", "ACCUSE", "CHN", mode="allege")])
    assert (score.modes.right, score.modes.total) == (1, 1)
    score = score_documents(gold, [pred("d2", "USA", "ACCUSE", "CHN", mode="disapprove")])
    assert (score.modes.right, score.modes.total) == (0, 1)


def test_per_type_confusion_and_macro_f1(gold: Gold) -> None:
    preds = [
        pred("d1", "CHN", "CONSULT", "PRK"),
        pred("d1", "CHN", "AGREE", "PRK", confidence=0.4),  # same dyad as SUPPORT, wrong type
        pred("d1", "CHN", "COOPERATE", "PRK", confidence=0.95),
        pred("d2", "USA", "THREATEN", "CHN"),
    ]
    score = score_documents(gold, preds)
    stats = {s.label: s for s in score.per_type}
    assert set(stats) == {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "ACCUSE", "THREATEN"}
    assert (stats["CONSULT"].support, stats["CONSULT"].tp, stats["CONSULT"].fp) == (1, 1, 0)
    assert (stats["SUPPORT"].support, stats["SUPPORT"].fn) == (1, 1)
    assert stats["THREATEN"].support == 0 and stats["THREATEN"].fp == 1
    assert stats["THREATEN"].recall is None and stats["THREATEN"].f1 == 0.0
    # CONSULT F1 1.0; all others 0 -> macro over the six types present
    assert score.macro_f1 == pytest.approx(1 / 6)
    conf = score.confusion
    assert conf.get("CONSULT", "CONSULT") == 1
    assert conf.get("SUPPORT", "COOPERATE") == 1  # most confident prediction on that dyad
    assert conf.get("ACCUSE", "THREATEN") == 1
    assert (score.type_accuracy.right, score.type_accuracy.total) == (1, 3)


def test_confusion_none_when_dyad_missed(gold: Gold) -> None:
    score = score_documents(gold, [pred("d2", "CHN", "ACCUSE", "USA")])  # reversed dyad
    assert score.confusion.get("ACCUSE", "NONE") == 1
    assert score.confusion.labels[-1] == "NONE"


def test_country_accuracy_per_document(gold: Gold) -> None:
    preds = [pred("d1", "PRK", "SUPPORT", "USA"), pred("d2", "CHN", "ACCUSE", None)]
    score = score_documents(gold, preds)
    # d1 gold sources {CHN, PRK} (CONSULT counts both sides); d2 gold source {USA}
    assert (score.source_countries.right, score.source_countries.total) == (1, 2)
    assert (score.target_countries.right, score.target_countries.total) == (0, 2)


def test_reliability_excludes_tolerated_and_partial(gold: Gold) -> None:
    preds = [
        pred("d1", "CHN", "CONSULT", "PRK", confidence=0.95),
        pred("d1", "PRK", "AGREE", "CHN", confidence=0.85),  # tolerated
        pred("d2", "USA", "THREATEN", "CHN", confidence=0.9),
        pred("d2", "USA", "ACCUSE", None, confidence=0.9),  # partial
        pred("d2", "USA", "ACCUSE", "CHN", confidence=0.35),
    ]
    rel = score_documents(gold, preds).reliability
    assert rel.n == 3
    assert (rel.bins[9].n, rel.bins[9].right) == (2, 1)
    assert (rel.bins[3].n, rel.bins[3].right) == (1, 1)
    assert (rel.high.right, rel.high.total) == (1, 2)


def test_event_objects_are_accepted(gold: Gold) -> None:
    score = score_documents(gold, [event("d1", "PRK", "CONSULT", "CHN", place=("Beijing", "CHN"))])
    assert score.tuples.tp == 1 and score.places.right == 1


def test_gold_sequence_accepted(gold: Gold) -> None:
    assert score_documents(list(gold.events), []).tuples.fn == 3


@pytest.mark.skipif(not REFERENCE.is_file(), reason="reference scorer not available")
def test_same_numbers_as_reference_scorer(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    assert spec is not None and spec.loader is not None
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    gold_path = REFERENCE.parent / "seeds.gold.jsonl"
    gold_rows = [json.loads(line) for line in gold_path.read_text().splitlines() if line.strip()]
    rng = random.Random(7)
    for _ in range(20):
        rows = []
        for g in gold_rows:
            if rng.random() < 0.3:
                continue
            kind = g["event"] if rng.random() < 0.7 else rng.choice(["AGREE", "CONSULT", "ACCUSE"])
            src, tgt = (
                (g["target"], g["source"]) if rng.random() < 0.3 else (g["source"], g["target"])
            )
            date = rng.choice([None, "2021-03-22", "2018-05", "2020-05-08", "2018-03-27"])
            place = rng.choice([None, ("Beijing", "CHN"), ("Pyongyang", "PRK")])
            rows.append(
                pred(
                    g["doc_id"],
                    src,
                    kind,
                    tgt if rng.random() < 0.9 else None,
                    date=date,
                    place=place,
                )
            )
        path = write_jsonl(tmp_path / "p.jsonl", rows)
        want = reference.score(gold_rows, [json.loads(x) for x in path.read_text().splitlines()])
        got = score_documents(load_gold(gold_path), read_predictions(path))
        assert round(got.tuples.precision, 3) == want["precision"]
        assert round(got.tuples.recall, 3) == want["recall"]
        assert round(got.tuples.f1, 3) == want["f1"]
        assert sorted(got.false_positives) == want["false_positives"]
        assert sorted(got.missed) == want["missed"]
        assert f"{got.dates.right}/{got.dates.total}" == want["dates_right"]
        assert f"{got.places.right}/{got.places.total}" == want["places_right"]
        assert got.partial_ignored == want["partial_events_ignored"]
