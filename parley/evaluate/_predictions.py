"""Predicted events as the scorers see them, read from ``Event`` objects or JSON lines.

A prediction line is what ``parley extract`` writes (``event_to_dict``); the scorers need
only ``doc_id``, ``event``, ``mode``, ``source.country``, ``target.country``, ``date``,
``location{name,country}`` and ``confidence``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parley.errors import EvalError
from parley.evaluate._gold import (
    Dyad,
    GoldPlace,
    normalise_code,
    normalise_mode,
    normalise_type,
    tuple_key,
)
from parley.model import Event, event_to_dict


@dataclass(frozen=True, slots=True)
class Prediction:
    """One predicted event reduced to the scored fields (codes normalised)."""

    doc_id: str
    event: str
    source: str | None
    target: str | None
    mode: str | None = None
    date: str | None = None
    place_name: str | None = None
    place_country: str | None = None
    place_text: str | None = None  # the place as the article spells it ("Naypyitaw")
    confidence: float | None = None

    @property
    def key(self) -> Dyad:
        return tuple_key(self.source, self.event, self.target)

    @property
    def has_dyad(self) -> bool:
        return bool(self.source) and bool(self.target)


def actor_code(actor: object) -> str | None:
    """Country code of a predicted actor (a dict, a list of dicts, or a bare code)."""
    if isinstance(actor, list):
        actor = actor[0] if actor else None
    if isinstance(actor, Mapping):
        actor = actor.get("country") or actor.get("code")
    return normalise_code(actor)


def as_prediction(item: Mapping[str, Any] | Event) -> Prediction:
    """A ``Prediction`` from an ``Event`` or a prediction dict."""
    data: Mapping[str, Any] = event_to_dict(item) if isinstance(item, Event) else item
    place = data.get("location")
    name = country = text = None
    if isinstance(place, Mapping):
        name = place.get("name") or place.get("text")
        country = normalise_code(place.get("country"))
        mention = place.get("mention")
        text = mention.get("text") if isinstance(mention, Mapping) else None
    confidence = data.get("confidence")
    date = data.get("date")
    return Prediction(
        doc_id=str(data.get("doc_id", "")),
        event=normalise_type(data.get("event")),
        source=actor_code(data.get("source")),
        target=actor_code(data.get("target")),
        mode=normalise_mode(data.get("mode")),
        date=str(date) if date else None,
        place_name=str(name) if name else None,
        place_country=country,
        place_text=str(text) if text else None,
        confidence=float(confidence) if isinstance(confidence, int | float) else None,
    )


def as_predictions(items: Iterable[Mapping[str, Any] | Event | Prediction]) -> list[Prediction]:
    return [p if isinstance(p, Prediction) else as_prediction(p) for p in items]


def read_predictions(path: str | Path) -> list[Prediction]:
    """Read a predictions JSONL file (one event per line)."""
    origin = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError("E040", origin=origin, detail=f"cannot read predictions ({exc})") from exc
    preds: list[Prediction] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(
                "E040", origin=f"{origin}:{number}", detail=f"bad prediction line ({exc.msg})"
            ) from exc
        if not isinstance(row, Mapping) or "doc_id" not in row or "event" not in row:
            raise EvalError(
                "E040", origin=f"{origin}:{number}", detail="prediction needs 'doc_id' and 'event'"
            )
        preds.append(as_prediction(row))
    return preds


def date_ok(pred: str | None, accepted: Iterable[str]) -> bool:
    """Exact match, a day inside an accepted ``A/B`` range, or inside an accepted month/year."""
    if not pred:
        return False
    for want in accepted:
        if pred == want:
            return True
        if "/" in want and "/" not in pred:
            lo, _, hi = want.partition("/")
            if len(pred) == 10 and lo <= pred <= hi:
                return True
        if "/" not in want and len(want) < 10 and "/" not in pred and pred.startswith(want):
            return True
    return False


def place_ok(pred: Prediction, want: GoldPlace) -> bool:
    """Gold place name inside the predicted name (or the article's spelling of it), and
    the same country when gold has one."""
    names = [n.lower() for n in (pred.place_name, pred.place_text) if n]
    if not any(want.name.lower() in n for n in names):
        return False
    return want.country is None or pred.place_country == want.country
