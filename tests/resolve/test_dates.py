"""Date expressions resolved against a publication date (table-driven)."""

from __future__ import annotations

import pytest

from parley.model import DateValue, Span
from parley.resolve.dates import find_dates, parse_published, resolve_date

MON = "2021-03-22"  # a Monday

# (text, anchor, future, expected [(value, precision, mention text)])
CASES: list[tuple[str, str | None, bool, list[tuple[str | None, str | None, str]]]] = [
    # weekdays: most recent on or before the anchor, or the next with future=True
    ("They met on Monday in Beijing.", MON, False, [("2021-03-22", "day", "Monday")]),
    ("Xi said Monday his country is ready.", MON, False, [("2021-03-22", "day", "Monday")]),
    ("on Wednesday", MON, False, [("2021-03-17", "day", "Wednesday")]),
    ("on Sunday", MON, False, [("2021-03-21", "day", "Sunday")]),
    ("on Tuesday", MON, False, [("2021-03-16", "day", "Tuesday")]),
    ("will meet on Wednesday", MON, True, [("2021-03-24", "day", "Wednesday")]),
    ("last Friday", MON, False, [("2021-03-19", "day", "last Friday")]),
    ("last Monday", MON, False, [("2021-03-15", "day", "last Monday")]),
    ("next Tuesday", MON, False, [("2021-03-23", "day", "next Tuesday")]),
    ("on Friday night", MON, False, [("2021-03-19", "day", "Friday night")]),
    ("Monday's meeting", MON, False, [("2021-03-22", "day", "Monday")]),
    # relative days
    ("yesterday", MON, False, [("2021-03-21", "day", "yesterday")]),
    ("Talks ended last night.", MON, False, [("2021-03-21", "day", "last night")]),
    ("today", MON, False, [("2021-03-22", "day", "today")]),
    ("this morning", MON, False, [("2021-03-22", "day", "this morning")]),
    ("tonight", MON, False, [("2021-03-22", "day", "tonight")]),
    ("tomorrow", MON, False, [("2021-03-23", "day", "tomorrow")]),
    ("two days ago", MON, False, [("2021-03-20", "day", "two days ago")]),
    ("5 days ago", MON, False, [("2021-03-17", "day", "5 days ago")]),
    # weeks, months, years
    ("last week", MON, False, [("2021-03-15/2021-03-21", "range", "last week")]),
    # told in the past, "this week" ends on the day of the telling; ahead, it starts there
    ("this week", MON, False, [("2021-03-22", "day", "this week")]),
    ("this week", "2021-03-25", False, [("2021-03-22/2021-03-25", "range", "this week")]),
    ("this week", MON, True, [("2021-03-22/2021-03-28", "range", "this week")]),
    ("next week", MON, False, [("2021-03-29/2021-04-04", "range", "next week")]),
    ("last weekend", MON, False, [("2021-03-20/2021-03-21", "range", "last weekend")]),
    ("three weeks ago", MON, False, [("2021-02-26/2021-03-04", "range", "three weeks ago")]),
    ("last month", MON, False, [("2021-02", "month", "last month")]),
    ("this month", MON, False, [("2021-03", "month", "this month")]),
    ("earlier this month", MON, False, [("2021-03", "month", "earlier this month")]),
    ("next month", MON, False, [("2021-04", "month", "next month")]),
    ("three months ago", MON, False, [("2020-12", "month", "three months ago")]),
    ("last year", MON, False, [("2020", "year", "last year")]),
    ("this year", MON, False, [("2021", "year", "this year")]),
    ("next year", MON, False, [("2022", "year", "next year")]),
    ("late last year", MON, False, [("2020", "year", "late last year")]),
    # month names
    ("in February", MON, False, [("2021-02", "month", "February")]),
    ("Back in February, talks stalled.", MON, False, [("2021-02", "month", "February")]),
    ("February was cold.", MON, False, [("2021-02", "month", "February")]),
    ("in June", MON, False, [("2020-06", "month", "June")]),
    ("in June", MON, True, [("2021-06", "month", "June")]),
    ("in March", MON, False, [("2021-03", "month", "March")]),
    ("March this year", MON, False, [("2021-03", "month", "March this year")]),
    ("last March", MON, False, [("2020-03", "month", "last March")]),
    ("in March last year", MON, False, [("2020-03", "month", "March last year")]),
    ("since early March", MON, False, [("2021-03", "month", "early March")]),
    ("mid-January", MON, False, [("2021-01", "month", "mid-January")]),
    ("in May", MON, False, [("2020-05", "month", "May")]),
    ("in March 2019", MON, False, [("2019-03", "month", "March 2019")]),
    # month and day
    ("On 9 May, Xi sent a message.", "2020-05-10", False, [("2020-05-09", "day", "9 May")]),
    ("May 9", "2020-05-10", False, [("2020-05-09", "day", "May 9")]),
    ("the 9th May", "2020-05-10", False, [("2020-05-09", "day", "the 9th May")]),
    ("the 22nd of March", MON, False, [("2021-03-22", "day", "the 22nd of March")]),
    ("BEIJING, March 22 (Xinhua) --", "2021-03-23", False, [("2021-03-22", "day", "March 22")]),
    ("Dec. 28", "2021-01-05", False, [("2020-12-28", "day", "Dec. 28")]),
    ("Jan. 3", "2020-12-20", True, [("2021-01-03", "day", "Jan. 3")]),
    ("Monday, March 22", MON, False, [("2021-03-22", "day", "Monday, March 22")]),
    # ranges
    ("on May 7-8", "2018-05-09", False, [("2018-05-07/2018-05-08", "range", "May 7-8")]),
    ("7-8 May", "2018-05-09", False, [("2018-05-07/2018-05-08", "range", "7-8 May")]),
    ("May 7 to 8", "2018-05-09", False, [("2018-05-07/2018-05-08", "range", "May 7 to 8")]),
    (
        "between May 7 and 9",
        "2018-05-09",
        False,
        [("2018-05-07/2018-05-09", "range", "May 7 and 9")],
    ),
    (
        "Dec. 30 to Jan. 2",
        "2021-01-05",
        False,
        [("2020-12-30/2021-01-02", "range", "Dec. 30 to Jan. 2")],
    ),
    (
        "May 30-June 2, 2019",
        None,
        False,
        [("2019-05-30/2019-06-02", "range", "May 30-June 2, 2019")],
    ),
    ("from 2019 to 2021", None, False, [("2019-01-01/2021-12-31", "range", "2019 to 2021")]),
    # absolute dates, years
    ("March 22, 2021", None, False, [("2021-03-22", "day", "March 22, 2021")]),
    ("22 March 2021", None, False, [("2021-03-22", "day", "22 March 2021")]),
    ("on 2021-03-22", None, False, [("2021-03-22", "day", "2021-03-22")]),
    ("Mon, 22 Mar 2021", None, False, [("2021-03-22", "day", "22 Mar 2021")]),
    ("Monday, March 22, 2021", None, False, [("2021-03-22", "day", "Monday, March 22, 2021")]),
    ("in 2019", None, False, [("2019", "year", "2019")]),
    ("early 2019", None, False, [("2019", "year", "early 2019")]),
    ("late 2019", None, False, [("2019", "year", "late 2019")]),
    ("mid-2019", None, False, [("2019", "year", "mid-2019")]),
    # vague: text kept, no value
    ("recently", MON, False, [(None, None, "recently")]),
    ("Earlier, he said", MON, False, [(None, None, "Earlier")]),
    ("several days ago", MON, False, [(None, None, "several days ago")]),
    # no anchor: relative expressions keep their text only
    ("on Monday", None, False, [(None, None, "Monday")]),
    ("yesterday", None, False, [(None, None, "yesterday")]),
    ("last week", None, False, [(None, None, "last week")]),
    ("in February", None, False, [(None, None, "February")]),
    ("May 9", None, False, [(None, None, "May 9")]),
    ("May 7-8", None, False, [(None, None, "May 7-8")]),
    ("two days ago", None, False, [(None, None, "two days ago")]),
    # not dates
    ("You may go now.", MON, False, []),
    ("May I ask a question?", MON, False, []),
    ("May China and the DPRK cooperate.", MON, False, []),
    ("the march on Washington", MON, False, []),
    ("the Long March", MON, False, []),
    ("The March rally drew crowds.", MON, False, []),
    ("the Sunday Times reported", MON, False, []),
    ("Easter Sunday", MON, False, []),
    ("at 08:22", MON, False, []),
    ("in the 1990s", MON, False, []),
    ("2,019 people", MON, False, []),
    ("June Carter sang.", MON, False, []),
    ("The two sides pledged to cooperate on trade.", MON, False, []),
]


@pytest.mark.parametrize(("text", "anchor", "future", "expected"), CASES)
def test_find_dates(
    text: str,
    anchor: str | None,
    future: bool,
    expected: list[tuple[str | None, str | None, str]],
) -> None:
    found = find_dates(text, anchor=anchor, future=future)
    assert [(d.value, d.precision, d.text) for d in found] == expected


def test_mentions_are_absolute_offsets_within_window() -> None:
    text = "Preamble. Xi met Kim on Monday and again on Tuesday. Later text: yesterday."
    start = text.index("Xi")
    end = text.index("Later")
    found = find_dates(text, anchor=MON, start=start, end=end)
    assert [d.text for d in found] == ["Monday", "Tuesday"]
    for d in found:
        assert d.mention is not None
        assert text[d.mention.start : d.mention.end] == d.mention.text == d.text


def test_several_dates_sorted_by_position() -> None:
    text = "After talks on March 20, they met again yesterday and will meet in 2022."
    found = find_dates(text, anchor=MON)
    assert [d.value for d in found] == ["2021-03-20", "2021-03-21", "2022"]
    assert found[0].mention == Span("March 20", 15, 23)


def test_month_day_far_after_anchor_goes_to_previous_year() -> None:
    assert find_dates("December 25", anchor="2021-01-10")[0].value == "2020-12-25"
    assert find_dates("December 25", anchor="2021-01-10", future=True)[0].value == "2021-12-25"


def test_bad_anchor_is_treated_as_none() -> None:
    assert find_dates("yesterday", anchor="not a date")[0].value is None


@pytest.mark.parametrize(
    ("expression", "anchor", "value", "precision"),
    [
        ("On 9 May", "2020-05-10", "2020-05-09", "day"),
        ("on Monday", MON, "2021-03-22", "day"),
        ("May 7-8", "2018-05-09", "2018-05-07/2018-05-08", "range"),
        ("last week", MON, "2021-03-15/2021-03-21", "range"),
        ("the 1990s", MON, None, None),
        ("recently", MON, None, None),
        ("sometime", MON, None, None),
    ],
)
def test_resolve_date(
    expression: str, anchor: str, value: str | None, precision: str | None
) -> None:
    assert resolve_date(expression, anchor) == DateValue(value, precision, expression, None)


def test_resolve_date_future() -> None:
    assert resolve_date("Wednesday", MON, future=True).value == "2021-03-24"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("08:22, March 23, 2021", "2021-03-23"),
        ("Xinhua) 08:22, March 23, 2021", "2021-03-23"),
        ("2021-03-22", "2021-03-22"),
        ("2021-03-22T08:00:00Z", "2021-03-22"),
        ("March 22, 2021", "2021-03-22"),
        ("22 March 2021", "2021-03-22"),
        ("Mon, 22 Mar 2021 08:00:00 GMT", "2021-03-22"),
        ("Published 20210322", "2021-03-22"),
        ("no date here", None),
        ("", None),
    ],
)
def test_parse_published(stamp: str, expected: str | None) -> None:
    assert parse_published(stamp) == expected


def test_a_sunday_papers_last_week_is_the_week_now_ending() -> None:
    from parley.resolve.dates import find_dates

    sunday = find_dates("They met last week.", anchor="2025-03-09")
    wednesday = find_dates("They met last week.", anchor="2025-03-19")
    assert [d.value for d in sunday] == ["2025-03-03/2025-03-09"]
    assert [d.value for d in wednesday] == ["2025-03-10/2025-03-16"]
