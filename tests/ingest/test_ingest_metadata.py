from __future__ import annotations

from parley.ingest.dateline import match_dateline
from parley.ingest.dates import normalise_date
from parley.ingest.metadata import derive_outlet, derive_published

from .texts import ENGLISH


def test_stamp_near_top() -> None:
    text = f"Border talks\n\nWire) 09:41, July 2, 2020\n\n{ENGLISH}"
    assert derive_published(text) == "2020-07-02"


def test_dateline_with_year_from_stamp() -> None:
    text = f"Border talks\n\nUpdated 2020\n\nHANOI, July 1 (Wire) -- {ENGLISH}"
    assert derive_published(text) == "2020-07-01"


def test_dateline_without_year_gives_none() -> None:
    assert derive_published(f"Border talks\n\nHANOI, July 1 (Wire) -- {ENGLISH}") is None


def test_dates_in_prose_are_not_stamps() -> None:
    text = f"Border talks\n\nOn July 2, 2020, {ENGLISH} {ENGLISH}"
    assert derive_published(text) is None


def test_outlets() -> None:
    assert derive_outlet(f"T\n\nHANOI, July 1 (Wire) -- {ENGLISH}") == "Wire"
    assert derive_outlet(f"T\n\n{ENGLISH}\n\n(Example TV)") == "Example TV"
    assert derive_outlet(f"T\n\n{ENGLISH}\n\nOriginally published by Example Post.") == (
        "Example Post"
    )
    assert derive_outlet(f"T\n\nEXAMPLE NEWS\n\n{ENGLISH}") == "EXAMPLE NEWS"


def test_said_or_reported_is_not_an_outlet() -> None:
    text = f"T\n\nThe talks collapsed, Example Agency reported.\n\n{ENGLISH}"
    assert derive_outlet(text) is None


def test_dateline_forms() -> None:
    full = match_dateline("BEIJING, March 22 (Xinhua) -- Xi said")
    assert full is not None
    assert (full.place, full.month, full.day, full.agency) == ("BEIJING", 3, 22, "Xinhua")
    region = match_dateline("KYIV, Ukraine (AP) — Officials said")
    assert region is not None and (region.place, region.agency) == ("KYIV", "AP")
    assert match_dateline("BEIJING : President Xi met") is not None
    assert match_dateline("Beijing is the capital - of China") is None


def test_normalise_date() -> None:
    assert normalise_date("2025-03-14 20:30:26Z") == "2025-03-14"
    assert normalise_date("Tue, 04 Jun 2019 10:15:00 GMT") == "2019-06-04"
    assert normalise_date("March 23, 2021") == "2021-03-23"
    assert normalise_date(0) == "1970-01-01"
    assert normalise_date("soon") is None
