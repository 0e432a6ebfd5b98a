"""Publication dates: normalising metadata values and reading stamps from the text.

``parley.resolve.dates.parse_published`` is used when it exists; otherwise a small
fallback here reads the stamp shapes news pages print near the top
("08:22, March 23, 2021", "23 March 2021", "Mar. 23, 2021", "2021-03-23").
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)")
_MDY = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I
)
_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b", re.I
)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")

# a line that carries a full date: used to pick stamp lines out of the page head
STAMP_PATTERNS: tuple[re.Pattern[str], ...] = (_MDY, _DMY, _ISO)


def iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _fallback_parse(text: str) -> str | None:
    """First full date in ``text`` in one of the stamp shapes, as YYYY-MM-DD."""
    found: list[tuple[int, str]] = []
    for pattern in STAMP_PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = int(groups["mon"]) if groups.get("mon") else MONTHS[groups["month"].lower()]
            value = iso(int(groups["year"]), month, int(groups["day"]))
            if value:
                found.append((match.start(), value))
    return min(found)[1] if found else None


def _resolver() -> Callable[[str], str | None]:
    """The shared date parser when another module provides it, else the fallback."""
    try:
        module = importlib.import_module("parley.resolve.dates")
    except ImportError:
        return _fallback_parse
    parser = getattr(module, "parse_published", None)
    return parser if callable(parser) else _fallback_parse


def parse_stamp(text: str) -> str | None:
    """A publication stamp as YYYY-MM-DD, or None."""
    value = _resolver()(text)
    if value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
        return _fallback_parse(text)
    return str(value)


def has_full_date(text: str) -> bool:
    return any(pattern.search(text) for pattern in STAMP_PATTERNS)


def find_year(text: str) -> int | None:
    match = _YEAR.search(text)
    return int(match.group(1)) if match else None


def normalise_date(value: object) -> str | None:
    """A metadata date (ISO string, RFC 2822, epoch seconds, stamp) as YYYY-MM-DD."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value, tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if not text:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        return iso(*(int(part) for part in match.groups()))
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return parse_stamp(text) if find_year(text) is not None else None
