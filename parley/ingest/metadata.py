"""Metadata: the ``--meta`` file, and publication date and outlet read from the text."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from parley.errors import InputError
from parley.ingest.dateline import match_dateline
from parley.ingest.dates import find_year, has_full_date, iso, parse_stamp
from parley.ingest.fields import ID_KEYS, first, record_fields

HEAD_LINES = 8  # non-empty lines searched for stamps and labels
MAX_STAMP_TOKENS = 14  # longer lines are prose, not stamps
OUTLET_SEARCH_LINES = 4  # paragraphs searched for a dateline agency

_PAREN_CREDIT = re.compile(r"^\(\s*([A-Z][\w.&'’ -]{0,40}?)\s*\)$")
_PUBLISHED_BY = re.compile(
    r"^(?:or\w{0,4}ally|first)?\s*(?:published|posted|appeared)\s+(?:by|in|on)\s+(.{2,60}?)[\s.]*$",
    re.I,
)
_CAPS_LABEL = re.compile(r"^[A-Z][A-Z0-9&.'’ -]{1,40}$")


def read_metadata(path: str | Path) -> dict[str, dict[str, Any]]:
    """``doc_id`` -> article fields from a JSONL file (E001 unreadable, E009 bad line)."""
    origin = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise InputError("E001", origin=origin, detail=exc.strerror or str(exc)) from None
    except UnicodeDecodeError:
        raise InputError("E009", origin=origin, detail="not UTF-8") from None
    table: dict[str, dict[str, Any]] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError("E009", origin=where, detail=exc.msg) from None
        if not isinstance(record, dict):
            raise InputError("E009", origin=where, detail="not a JSON object")
        doc_id = first(record, ID_KEYS)
        if doc_id is None:
            raise InputError("E009", origin=where, detail="no 'doc_id'")
        table[doc_id] = record_fields(record)
    return table


def _head(text: str) -> list[str]:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return lines[:HEAD_LINES]


def derive_published(text: str) -> str | None:
    """Publication day from a stamp near the top, else a dateline plus a year seen there."""
    head = _head(text)
    stamps = [line for line in head[1:] if len(line.split()) <= MAX_STAMP_TOKENS]
    for line in stamps:
        if has_full_date(line):
            value = parse_stamp(line)
            if value:
                return value
    year = next((y for y in map(find_year, stamps) if y is not None), None)
    if year is None:
        return None
    for line in head:
        dateline = match_dateline(line)
        if dateline and dateline.month and dateline.day:
            return iso(year, dateline.month, dateline.day)
    return None


def derive_outlet(text: str) -> str | None:
    """Outlet from a dateline agency, a "(CGTN)" credit, "published by X" or a caps label."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[: OUTLET_SEARCH_LINES + 1]:
        dateline = match_dateline(line)
        if dateline and dateline.agency:
            return dateline.agency
    for line in lines:
        match = _PAREN_CREDIT.match(line) or _PUBLISHED_BY.match(line)
        if match:
            return match.group(1).strip()
    for line in _head(text)[1:]:
        if _CAPS_LABEL.match(line) and len(line.split()) <= 4 and not has_full_date(line):
            return line
    return None
