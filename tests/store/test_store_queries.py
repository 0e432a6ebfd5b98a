from __future__ import annotations

import pyarrow as pa
import pytest

from parley.model import Place
from parley.store import EventStore

from .builders import actor, article, event, text_for

XI, KIM, CHINA = actor("Xi Jinping", "CHN"), actor("Kim Jong Un", "PRK"), actor("China", "CHN")
BIDEN, PUTIN = actor("Joe Biden", "USA"), actor("Vladimir Putin", "RUS")


@pytest.fixture
def filled(store: EventStore) -> EventStore:
    """The seed situation by hand: 2021-03-22 reported twice, earlier visits once each."""
    seeds = {
        "000_12cca14ff4c53052": ("2021-03-23", [event("000_12cca14ff4c53052", date="2021-03-22")]),
        "003_614b45fba65528b3": (
            "2021-03-22",
            [event("003_614b45fba65528b3", source=KIM, target=XI, date="2021-03-22")],
        ),
        "004_eb095dbb438bd713": (
            "2018-03-28",
            [
                event("004_eb095dbb438bd713", date="2018-03-28", mode="visit"),
                event(
                    "004_eb095dbb438bd713",
                    "SUPPORT",
                    XI,
                    actor("North Korea", "PRK"),
                    date="2018-03-28",
                    trigger_at=40,
                ),
            ],
        ),
        "002_f4a9d059b7882ace": (
            "2018-05-09",
            [
                event(
                    "002_f4a9d059b7882ace",
                    date="2018-05-07/2018-05-08",
                    precision="range",
                    place=Place("Dalian", "CHN"),
                )
            ],
        ),
        "001_cae2262806c99fd3": ("2020-05-10", [event("001_cae2262806c99fd3", date="2020-05-07")]),
        "usrus": (
            "2021-06-17",
            [
                event(
                    "usrus",
                    "THREATEN",
                    BIDEN,
                    PUTIN,
                    date="2021-06-16",
                    sentence="Biden warned Putin of devastating consequences.",
                ),
                event(
                    "usrus",
                    "CONSULT",
                    BIDEN,
                    PUTIN,
                    date="2021-06-16",
                    trigger_at=30,
                    sentence="Biden and Putin met in Geneva.",
                    place=Place("Geneva", "CHE"),
                ),
            ],
        ),
    }
    store.write(
        (article(doc, text_for(i), published=pub), evs)
        for i, (doc, (pub, evs)) in enumerate(seeds.items())
    )
    return store


def test_seed_incident_has_two_sources_and_others_stay_apart(filled: EventStore) -> None:
    consult = filled.incidents(dyad=("CHN", "PRK"), type="CONSULT")
    assert list(consult["date_start"].astype(str)) == [
        "2018-03-28",
        "2018-05-07",
        "2020-05-07",
        "2021-03-22",
    ]
    last = consult.iloc[-1]
    assert last["n_sources"] == 2
    assert list(last["doc_ids"]) == ["000_12cca14ff4c53052", "003_614b45fba65528b3"]
    assert (consult["n_sources"].iloc[:-1] == 1).all()
    members = filled.incident_members(last["incident_id"])
    assert set(members["doc_id"]) == set(last["doc_ids"])
    assert members["sentence"].notna().all()
    assert len(filled.incidents(min_sources=2)) == 1


def test_event_filters(filled: EventStore) -> None:
    assert len(filled.events()) == 8
    assert set(filled.events(actor="putin")["doc_id"]) == {"usrus"}
    assert len(filled.events(country="USA")) == 2
    assert len(filled.events(dyad=("PRK", "CHN"))) == 6
    assert len(filled.events(dyad=("PRK", "CHN"), directed=True)) == 1
    assert len(filled.events(dyad=("kim jong", "xi"))) == 5  # name substrings
    assert list(filled.events(type="THREATEN")["event"]) == ["THREATEN"]
    assert len(filled.events(type=["THREATEN", "SUPPORT"])) == 2
    ranged = filled.events(since="2018-05-08", until="2020-12-31")
    assert set(ranged["doc_id"]) == {"002_f4a9d059b7882ace", "001_cae2262806c99fd3"}
    assert list(filled.events(text="GENEVA")["doc_id"]) == ["usrus"]
    assert len(filled.events(limit=3)) == 3
    dates = list(filled.events()["date"])
    assert dates[0] == "2018-03-28" and dates[-1] == "2021-06-16"
    assert isinstance(filled.events(as_arrow=True), pa.Table)


def test_timeline_lists_periods_in_order(filled: EventStore) -> None:
    by_month = filled.timeline("CHN", "PRK")
    assert list(by_month["period"]) == ["2018-03", "2018-03", "2018-05", "2020-05", "2021-03"]
    row = by_month[by_month["period"] == "2021-03"].iloc[0]
    assert (row["event"], row["n_events"], row["n_docs"]) == ("CONSULT", 2, 2)
    assert row["period_balance"] == 1.0 and row["mean_scale"] == 2.5
    assert list(filled.timeline("CHN", "PRK", by="year")["period"].unique()) == [
        "2018",
        "2020",
        "2021",
    ]
    assert filled.timeline("CHN", "PRK", by="week")["period"].iloc[0] == "2018-W13"
    us = filled.timeline("USA", "RUS")
    assert us["period_balance"].iloc[0] == 0.0 and us["period_scale"].iloc[0] == pytest.approx(
        (2.5 - 3.5) / 2
    )
    with pytest.raises(ValueError):
        filled.timeline("CHN", "PRK", by="decade")


def test_dyads_and_actors(filled: EventStore) -> None:
    dyads = filled.dyads()
    top = dyads.iloc[0]
    assert (top["actor_a"], top["actor_b"], top["n_events"]) == ("CHN", "PRK", 6)
    assert top["verbal_coop"] == 6 and top["mean_scale"] > 0
    assert list(filled.dyads(country="RUS")["actor_b"]) == ["USA"]
    actors = filled.actors()
    xi = actors[actors["name"] == "Xi Jinping"].iloc[0]
    assert xi["n_events"] == 6 and xi["n_as_source"] == 5 and xi["n_as_target"] == 1
    assert list(filled.actors(country="RUS")["name"]) == ["Vladimir Putin"]


def test_readers_open_read_only(filled: EventStore) -> None:
    path = filled.path
    filled.close()
    with EventStore(path, read_only=True) as reader:
        assert len(reader.events()) == 8 and len(reader.incidents()) > 0


def test_reports_filed_from_two_datelines_are_one_incident(store: EventStore) -> None:
    reports = {  # no place in the text: each report is placed at its own dateline
        "wire_a": [event("wire_a", place=Place("Beijing", "CHN"))],
        "wire_b": [event("wire_b", source=KIM, target=XI, place=Place("Seoul", "KOR"))],
    }
    store.write(
        (article(doc, text_for(i + 500)), evs) for i, (doc, evs) in enumerate(reports.items())
    )
    consult = store.incidents(dyad=("CHN", "PRK"), type="CONSULT")
    assert len(consult) == 1 and consult.iloc[0]["n_sources"] == 2
