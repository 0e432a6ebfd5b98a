"""Hand-built gold records and predictions for the evaluation tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from parley.model import Actor, DateValue, Event, Evidence, Place, Span


def pred(
    doc_id: str,
    source: str | None,
    event: str,
    target: str | None,
    *,
    confidence: float | None = 0.9,
    date: str | None = None,
    place: tuple[str, str | None] | None = None,
    mode: str | None = None,
) -> dict[str, Any]:
    """A prediction line shaped like ``event_to_dict`` output (only the scored fields)."""
    return {
        "doc_id": doc_id,
        "event": event,
        "mode": mode,
        "source": {"name": source or "someone", "country": source, "sector": "GOV"},
        "target": None if target is None else {"name": target, "country": target},
        "date": date,
        "location": None if place is None else {"name": place[0], "country": place[1]},
        "confidence": confidence,
    }


def gold_line(
    doc_id: str,
    source: str,
    event: str,
    target: str,
    *,
    required: bool = True,
    dates: list[str] | None = None,
    location: tuple[str, str] | None = None,
    mode: str | None = None,
) -> dict[str, Any]:
    """A line of the document-level gold format (``shared/eval/seeds.gold.jsonl``)."""
    row: dict[str, Any] = {
        "doc_id": doc_id,
        "source": source,
        "event": event,
        "target": target,
        "required": required,
        "symmetric": event in {"CONSULT", "COOPERATE"},
        "dates": dates or [],
    }
    if location:
        row["location"] = {"name": location[0], "country": location[1]}
    if mode:
        row["mode"] = mode
    return row


def actors(*codes: str) -> list[dict[str, str]]:
    return [{"actorText": f"{code} people", "code": code, "sector": "GOV"} for code in codes]


def gsr_record(
    record_id: str,
    event: str,
    source: Any,
    target: Any,
    *,
    text: str = "Officials met on Monday.",
    markup: str = "",
    mode: str | None = None,
    loc: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A PLOVER GSR record (0.5b1 labels allowed)."""
    row: dict[str, Any] = {
        "id": record_id,
        "date": "2000-01-01",
        "event": event,
        "source": source,
        "target": target,
        "text": text,
        "textInfo": {"markup": markup},
    }
    if mode is not None:
        row["mode"] = mode
    if loc is not None:
        row["eventLoc"] = loc
    return row


DOC_RECORD = {"id": "PLOVER-GSR01-DOCUMENT-0001", "event": "DOCUMENT", "comment": "notes"}


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def write_gsr(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps([DOC_RECORD, *rows], indent=1), encoding="utf-8")
    return path


def event(
    doc_id: str,
    source: str,
    kind: str,
    target: str | None,
    *,
    confidence: float = 0.9,
    date: str | None = None,
    place: tuple[str, str] | None = None,
) -> Event:
    """A real ``Event`` record, as the pipeline returns."""
    trigger = Span("met", 0, 3)
    return Event(
        doc_id=doc_id,
        event=kind,
        mode=None,
        source=Actor(name=source, country=source),
        target=None if target is None else Actor(name=target, country=target),
        date=DateValue(date, "day" if date else None),
        location=None if place is None else Place(name=place[0], country=place[1]),
        evidence=Evidence(sentence="met", start=0, end=3, trigger=trigger),
        confidence=confidence,
    )
