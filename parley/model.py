"""Frozen records passed between stages: Article, Span, Actor, Place, DateValue, Event.

Every text position is a character offset into ``Article.text`` (the text as read,
before cleaning; cleaning blanks furniture out with spaces, so offsets never shift).
Records serialise to plain JSON-ready dicts with ``to_dict``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

SCHEMA_VERSION = "1"

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# The modes today's PLOVER manual defines per type (types with no mode table take none).
PLOVER_MODES: dict[str, frozenset[str]] = {
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset(
        {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport"}
        | {"withhold", "misinformation", "cyber"}
    ),
    "ASSAULT": frozenset(
        {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive"}
        | {"firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons"}
        | {"crowd-control", "unconventional"}
    ),
}
# Labels of older PLOVER/CAMEO mappings, by type, with today's name ("" = no counterpart).
_RENAMED_MODES: dict[tuple[str, str], str] = {
    ("ASSAULT", "assassinate"): "targeted",
    ("ASSAULT", "massacre"): "targeted",
    ("PROTEST", "demonstrate"): "demo",
    ("COERCE", "blockade"): "restrict",  # "cordoning off areas"
    ("COERCE", "ban"): "restrict",
    ("COERCE", "expel"): "deport",
    ("THREATEN", "curfew"): "restrict",
    ("THREATEN", "martial-law"): "restrict",
    ("THREATEN", "ban"): "restrict",
    ("THREATEN", "censor"): "restrict",
}
CONTEXT_MODES = frozenset({"military"})  # PLOVER contexts some lexicon entries carry as a mode


def renamed_mode(event: str, mode: str) -> str:
    """Today's name of a mode label older PLOVER/CAMEO mappings used ("assassinate")."""
    return _RENAMED_MODES.get((event, mode), mode)


def plover_mode(event: str, mode: str | None) -> str | None:
    """``mode`` as today's manual names it for ``event``; None where it defines no such mode."""
    if mode is None:
        return None
    mode = renamed_mode(event, mode)
    return mode if mode in PLOVER_MODES.get(event, ()) else None


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of ``Article.text``: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """One news article. ``text`` is immutable; ``body`` is the cleaned copy of equal length."""

    doc_id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    origin: str | None = None  # file path (and line) the article came from
    body: str | None = None  # text with furniture blanked out; same length as text
    published_source: str | None = None  # "meta", "text" or None: where `published` came from

    @property
    def clean_text(self) -> str:
        return self.body if self.body is not None else self.text

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def with_(self, **changes: Any) -> Article:
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor as of the event date.

    ``country`` is ISO-3 or an IGO/NGO code, ``sector`` a PLOVER/CAMEO sector code
    (GOV, MIL, REB, OPP, CVL, ...), ``role`` an office such as ``head_of_state``.
    """

    name: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    actor_id: str | None = None
    kind: str | None = None  # person, state, igo, ngo, group, sector
    mention: Span | None = None


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None  # city, province, country, region
    geoname_id: int | None = None
    mention: Span | None = None


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date: ``value`` is YYYY-MM-DD, YYYY-MM, YYYY, ``A/B`` or None."""

    value: str | None
    precision: str | None  # day, month, year, range, None
    text: str | None = None
    mention: Span | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    start: int
    end: int
    trigger: Span
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    doc_id: str
    event: str
    mode: str | None
    source: Actor
    target: Actor | None
    date: DateValue
    location: Place | None
    evidence: Evidence
    confidence: float
    intermediary: Actor | None = None
    negated: bool = False
    context: tuple[str, ...] = ()
    provenance: dict[str, Any] = field(default_factory=dict)

    @property
    def event_id(self) -> str:
        """Stable id: same document, trigger, type and dyad give the same id."""
        key = "|".join(
            [
                self.doc_id,
                self.event,
                str(self.evidence.trigger.start),
                self.source.country or self.source.name,
                (self.target.country or self.target.name) if self.target else "",
            ]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return event_to_dict(self)


def _actor_dict(actor: Actor | None) -> dict[str, Any] | None:
    return None if actor is None else asdict(actor)


def event_to_dict(event: Event) -> dict[str, Any]:
    """The JSON record documented in ``docs/event.schema.json``."""
    date = event.date
    place = event.location
    return {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "event": event.event,
        "mode": event.mode,
        "source": _actor_dict(event.source),
        "target": _actor_dict(event.target),
        "intermediary": _actor_dict(event.intermediary),
        "date": date.value,
        "date_precision": date.precision,
        "date_text": date.text,
        "date_mention": asdict(date.mention) if date.mention else None,
        "location": asdict(place) if place else None,
        "evidence": asdict(event.evidence),
        "confidence": round(event.confidence, 3),
        "negated": event.negated,
        "context": list(event.context),
        "provenance": dict(event.provenance),
        "schema_version": SCHEMA_VERSION,
    }


def _span(data: dict[str, Any] | None) -> Span | None:
    return Span(**data) if data else None


def _actor(data: dict[str, Any] | None) -> Actor | None:
    if not data:
        return None
    data = dict(data)
    data["mention"] = _span(data.get("mention"))
    return Actor(**data)


def event_from_dict(data: dict[str, Any]) -> Event:
    """Inverse of ``event_to_dict`` (the ``event_id`` is recomputed)."""
    evidence = dict(data["evidence"])
    evidence["trigger"] = Span(**evidence["trigger"])
    evidence["mentions"] = tuple(Span(**m) for m in evidence.get("mentions", ()))
    place = dict(data["location"]) if data.get("location") else None
    if place:
        place["mention"] = _span(place.get("mention"))
    source = _actor(data["source"])
    assert source is not None
    return Event(
        doc_id=data["doc_id"],
        event=data["event"],
        mode=data.get("mode"),
        source=source,
        target=_actor(data.get("target")),
        intermediary=_actor(data.get("intermediary")),
        date=DateValue(
            data.get("date"),
            data.get("date_precision"),
            data.get("date_text"),
            _span(data.get("date_mention")),
        ),
        location=Place(**place) if place else None,
        evidence=Evidence(**evidence),
        confidence=float(data["confidence"]),
        negated=bool(data.get("negated", False)),
        context=tuple(data.get("context", ())),
        provenance=dict(data.get("provenance", {})),
    )


def dumps_event(event: Event) -> str:
    return json.dumps(event_to_dict(event), ensure_ascii=False, sort_keys=False)
