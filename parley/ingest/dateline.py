"""Datelines opening a paragraph: "BEIJING, March 22 (Xinhua) --", "KYIV, Ukraine (AP) —"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.ingest.dates import MONTHS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’\- ]{1,40}?)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'’ ]{1,30}?))??"
    rf"(?:,\s*(?P<month>(?i:{_MONTH}))\.?\s+(?P<day>\d{{1,2}}))?"
    r"\s*(?:\((?P<agency>[A-Z][\w.&'’ -]{0,30})\))?"
    r"\s*(?:--|—|–|-|:)(?:\s|$)"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    month: int | None
    day: int | None
    agency: str | None
    end: int  # offset just past the separator, relative to the matched line


def match_dateline(line: str) -> Dateline | None:
    """The dateline opening ``line`` (leading spaces allowed), or None."""
    stripped = line.lstrip()
    match = _DATELINE.match(stripped)
    if match is None:
        return None
    month = match.group("month")
    return Dateline(
        place=match.group("place").strip(),
        month=MONTHS[month.lower()] if month else None,
        day=int(match.group("day")) if match.group("day") else None,
        agency=match.group("agency").strip() if match.group("agency") else None,
        end=len(line) - len(stripped) + match.end(),
    )
