from __future__ import annotations

import random
from datetime import date

from parley.dedup import (
    IncidentMember,
    build_incidents,
    date_interval,
    group_key,
    members_from_events,
)
from parley.model import Actor, Article, DateValue, Event, Evidence, Place, Span

XI = Actor("Xi Jinping", "CHN", "GOV")
KIM = Actor("Kim Jong Un", "PRK", "GOV")


def ev(
    doc: str,
    when: str | None,
    precision: str | None = "day",
    *,
    kind: str = "CONSULT",
    source: Actor = XI,
    target: Actor = KIM,
    at: int = 0,
    place: Place | None = None,
) -> Event:
    sentence = "Xi and Kim exchanged messages."
    return Event(
        doc_id=doc,
        event=kind,
        mode=None,
        source=source,
        target=target,
        date=DateValue(when, precision if when else None),
        location=place,
        evidence=Evidence(sentence, 0, len(sentence), Span("exchanged", at, at + 9)),
        confidence=0.8,
    )


def art(doc: str, published: str | None) -> Article:
    return Article(doc_id=doc, text=f"text of {doc}", published=published)


SEED_ARTICLES = {
    "000_12cca14ff4c53052": art("000_12cca14ff4c53052", "2021-03-23"),
    "001_cae2262806c99fd3": art("001_cae2262806c99fd3", "2020-05-10"),
    "002_f4a9d059b7882ace": art("002_f4a9d059b7882ace", "2018-05-09"),
    "003_614b45fba65528b3": art("003_614b45fba65528b3", "2021-03-22"),
    "004_eb095dbb438bd713": art("004_eb095dbb438bd713", "2018-03-28"),
}

# Mirrors the seeds: the 2021-03-22 exchange is reported by 000 (Xinhua, next day) and
# 003 (AFP, same day, Kim as source); 2018-03, 2018-05 and 2020 are separate visits.
SEED_EVENTS = [
    ev("000_12cca14ff4c53052", "2021-03-22"),
    ev("000_12cca14ff4c53052", "2021-03-22", at=50),
    ev("003_614b45fba65528b3", "2021-03-22", source=KIM, target=XI),
    ev("004_eb095dbb438bd713", "2018-03-28"),
    ev("002_f4a9d059b7882ace", "2018-05-07/2018-05-08", "range"),
    ev("002_f4a9d059b7882ace", "2018-03", "month", at=80),
    ev("001_cae2262806c99fd3", "2020-05-07"),
    ev("001_cae2262806c99fd3", "2020-02", "month", at=90),
]


def test_seed_exchange_is_one_incident_and_other_years_stay_apart() -> None:
    incidents = build_incidents(members_from_events(SEED_EVENTS, SEED_ARTICLES))
    by_day = {i.date_start: i for i in incidents}
    march_2021 = by_day[date(2021, 3, 22)]
    assert march_2021.doc_ids == ("000_12cca14ff4c53052", "003_614b45fba65528b3")
    assert march_2021.n_sources == 2 and len(march_2021.members) == 3
    others = [i for i in incidents if i is not march_2021]
    assert all(
        not {"000_12cca14ff4c53052", "003_614b45fba65528b3"} & set(i.doc_ids) for i in others
    )
    starts = sorted(i.date_start for i in incidents if i.date_start)
    assert [d.year for d in starts] == [2018, 2018, 2020, 2020, 2021]
    # The month-precision 2018-03 mention joins the only March 2018 visit.
    march_2018 = by_day[date(2018, 3, 28)]
    assert set(march_2018.doc_ids) == {"002_f4a9d059b7882ace", "004_eb095dbb438bd713"}


def test_deterministic_whatever_the_order() -> None:
    members = members_from_events(SEED_EVENTS, SEED_ARTICLES)
    expected = [(i.incident_id, i.event_ids) for i in build_incidents(members)]
    for seed in range(5):
        shuffled = members[:]
        random.Random(seed).shuffle(shuffled)
        assert [(i.incident_id, i.event_ids) for i in build_incidents(shuffled)] == expected


def test_window_type_direction_and_place() -> None:
    articles = {d: art(d, "2021-03-25") for d in "abcdefg"}
    events = [
        ev("a", "2021-03-20"),
        ev("b", "2021-03-21"),  # within one day: same incident
        ev("c", "2021-03-23"),  # three days later: apart
        ev("d", "2021-03-20", kind="ACCUSE"),  # other type
        ev("e", "2021-03-20", kind="ACCUSE", source=KIM, target=XI),  # ACCUSE is directed
        ev("f", "2021-03-20", place=Place("Seoul", "KOR", mention=Span("Seoul", 0, 5))),
        ev("g", "2021-03-20", place=Place("Beijing", "CHN", mention=Span("Beijing", 0, 7))),
    ]
    incidents = build_incidents(members_from_events(events, articles))
    docs = sorted(i.doc_ids for i in incidents)
    # f (KOR) and g (CHN) cannot share an incident; a, b join whichever place comes first.
    assert ("c",) in docs and ("d",) in docs and ("e",) in docs
    ab = next(d for d in docs if "a" in d)
    assert "b" in ab
    assert not any("f" in d and "g" in d for d in docs)


def test_a_dateline_place_does_not_separate_reports() -> None:
    articles = {d: art(d, "2021-03-25") for d in "hk"}
    events = [  # filed from two cities, no place in the text: one incident
        ev("h", "2021-03-20", place=Place("Seoul", "KOR")),
        ev("k", "2021-03-20", place=Place("Beijing", "CHN")),
    ]
    docs = [i.doc_ids for i in build_incidents(members_from_events(events, articles))]
    assert docs == [("h", "k")]


def test_undated_events_merge_only_by_publication_day() -> None:
    articles = {
        "p": art("p", "2021-03-22"),
        "q": art("q", "2021-03-22"),
        "r": art("r", "2021-06-01"),
        "s": art("s", None),
        "t": art("t", None),
    }
    events = [ev(d, None) for d in "pqrst"] + [ev("s", None, at=40)]
    docs = sorted(i.doc_ids for i in build_incidents(members_from_events(events, articles)))
    assert docs == [("p", "q"), ("r",), ("s",), ("t",)]


def test_coarse_date_never_bridges_two_incidents() -> None:
    articles = {d: art(d, "2021-04-01") for d in "xyz"}
    events = [ev("x", "2021-03-05"), ev("y", "2021-03-20"), ev("z", "2021-03", "month")]
    docs = sorted(i.doc_ids for i in build_incidents(members_from_events(events, articles)))
    assert docs == [("x",), ("y",), ("z",)]


def test_duplicates_do_not_add_sources() -> None:
    articles = {"orig": art("orig", "2021-03-22"), "copy": art("copy", "2021-03-22")}
    members = members_from_events(
        [ev("orig", "2021-03-22"), ev("copy", "2021-03-22")], articles, {"copy": "orig"}
    )
    (incident,) = build_incidents(members)
    assert incident.doc_ids == ("copy", "orig") and incident.n_sources == 1


def test_helpers() -> None:
    assert date_interval("2020-02") == (date(2020, 2, 1), date(2020, 2, 29))
    assert date_interval("2021") == (date(2021, 1, 1), date(2021, 12, 31))
    assert date_interval("2018-05-08/2018-05-07") == (date(2018, 5, 7), date(2018, 5, 8))
    assert date_interval(None) == (None, None) and date_interval("soon") == (None, None)
    assert group_key("CONSULT", "PRK", "CHN") == group_key("consult", "CHN", "PRK")
    assert group_key("ACCUSE", "PRK", "CHN") != group_key("ACCUSE", "CHN", "PRK")
    m = IncidentMember("e1", "d1", "AID", "usa", None)
    (only,) = build_incidents([m, m])
    assert only.n_sources == 1 and only.date_start is None
