"""ISO date handling: inputs as str/date, partial dates widened to day precision."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

from parley.errors import KnowledgeBaseError

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def day(value: str | date | None, *, end: bool = False, origin: str | None = None) -> str | None:
    """``2018``/``2018-03``/``2018-03-28``/date -> ``YYYY-MM-DD``; a partial date is widened
    to its first day, or its last day when ``end`` is true. None stays None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    match = _ISO.match(text)
    if not match:
        raise KnowledgeBaseError("E021", origin=origin, detail=repr(text))
    year = int(match.group(1))
    month = int(match.group(2) or (12 if end else 1))
    if not 1 <= month <= 12:
        raise KnowledgeBaseError("E021", origin=origin, detail=repr(text))
    last = calendar.monthrange(year, month)[1]
    dd = int(match.group(3) or (last if end else 1))
    if not 1 <= dd <= last:
        raise KnowledgeBaseError("E021", origin=origin, detail=repr(text))
    return f"{year:04d}-{month:02d}-{dd:02d}"
