"""Gold standards: the document-level seed format and the PLOVER GSR sentence records.

``load_gold(path)`` detects the format: a JSON array is the PLOVER gold-standard file
(``PLOVER_GSR_CAMEO.txt``), JSON lines are the document-level format of ``shared/eval``.
The GSR is CC BY-SA: it is read from wherever the user keeps it, never copied here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from itertools import permutations, product
from pathlib import Path
from typing import Any, Literal

from parley.errors import EvalError
from parley.model import PLOVER_TYPES, renamed_mode

SYMMETRIC_TYPES: frozenset[str] = frozenset({"CONSULT", "COOPERATE"})

# PLOVER 0.5b1 labels (GSR) -> today's types, with the mode the old label implies.
LEGACY_TYPES: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", "disapprove"),
    "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None),
}

# Old 0.5b1 modes with a clear counterpart in today's codebook; others are kept as written.
LEGACY_MODES: dict[str, str] = {
    "strike-hun": "hunger",
    "strike-gen": "strike",
    "riot-spon": "riot",
    "demo-org": "demo",
    "demo-spon": "demo",
    "detain": "arrest",
    "confiscate": "seize",
}

# Pre-ISO (CAMEO/Phoenix) country codes that map to exactly one ISO-3 code.
LEGACY_CODES: dict[str, str] = {
    "JAP": "JPN",  # Japan
    "ITL": "ITA",  # Italy
    "VTN": "VNM",  # Vietnam
    "GER": "DEU",  # Germany
    "UK": "GBR",
    "ROM": "ROU",  # Romania
    "ZAR": "COD",  # Zaire
    "TMP": "TLS",  # East Timor
}

GoldKind = Literal["documents", "sentences"]
Dyad = tuple[str | None, str, str | None]  # (source code, event, target code)


def normalise_code(code: object) -> str | None:
    """Upper-case a country/IGO code and map obvious old codes to ISO-3; blanks -> None."""
    if not isinstance(code, str):
        return None
    code = code.strip().upper()
    if not code:
        return None
    return LEGACY_CODES.get(code, code)


def normalise_type(label: object) -> str:
    """Today's PLOVER type for a label (old GSR labels mapped); '' when absent."""
    text = str(label or "").strip().upper()
    return LEGACY_TYPES[text][0] if text in LEGACY_TYPES else text


def normalise_mode(mode: object) -> str | None:
    if not isinstance(mode, str) or not mode.strip():
        return None
    text = mode.strip().lower()
    return LEGACY_MODES.get(text, text)


def tuple_key(source: str | None, event: str, target: str | None) -> Dyad:
    """The scored tuple; CONSULT and COOPERATE pairs are unordered (smaller code first)."""
    if event in SYMMETRIC_TYPES and source and target and target < source:
        source, target = target, source
    return (source, event, target)


@dataclass(frozen=True, slots=True)
class GoldPlace:
    name: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One expected document-level event (a line of ``seeds.gold.jsonl``)."""

    doc_id: str
    source: str | None
    event: str
    target: str | None
    required: bool = True
    symmetric: bool = False
    dates: tuple[str, ...] = ()
    location: GoldPlace | None = None
    mode: str | None = None

    @property
    def key(self) -> Dyad:
        return tuple_key(self.source, self.event, self.target)


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One GSR sentence: its event type, actor codes and (source, event, target) tuples.

    ``tuples`` has one entry per (source, target) pair of compound actors; reciprocal
    records (``SRC/TAR`` markup, or several CONSULT/COOPERATE sources, with no separate
    target) give every ordered pair of their actors.
    A missing side stays ``None`` in the tuple.
    """

    record_id: str
    text: str
    event: str
    original_event: str
    mode: str | None
    sources: frozenset[str]
    targets: frozenset[str]
    tuples: frozenset[Dyad]
    location: GoldPlace | None = None
    reciprocal: bool = False

    @property
    def has_dyad(self) -> bool:
        return bool(self.sources) and bool(self.targets)


@dataclass(frozen=True, slots=True)
class Gold:
    """A loaded gold file: ``events`` for documents, ``records`` for sentences."""

    kind: GoldKind
    path: Path | None
    events: tuple[GoldEvent, ...] = ()
    records: tuple[GoldRecord, ...] = ()

    @property
    def doc_ids(self) -> tuple[str, ...]:
        if self.kind == "sentences":
            return tuple(r.record_id for r in self.records)
        return tuple(dict.fromkeys(e.doc_id for e in self.events))


def _bad(origin: str, detail: str) -> EvalError:
    return EvalError("E040", origin=origin, detail=detail)


def _check_type(event: str, origin: str) -> str:
    if event not in PLOVER_TYPES:
        raise _bad(origin, f"unknown event type {event!r}")
    return event


def _place(data: object) -> GoldPlace | None:
    if not isinstance(data, Mapping) or not data.get("name"):
        return None
    code = data.get("country") or data.get("country code")
    return GoldPlace(str(data["name"]), _country_code(code))


def _country_code(code: object) -> str | None:
    """ISO-3 from a 3-letter or 2-letter country code (GSR places carry alpha-2)."""
    norm = normalise_code(code)
    if norm and len(norm) == 2:
        import pycountry

        found = pycountry.countries.get(alpha_2=norm)
        return str(found.alpha_3) if found else norm
    return norm


def _doc_side(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, Mapping):
        value = value.get("country") or value.get("code")
    return normalise_code(value)


def document_event(row: Mapping[str, Any], origin: str = "<gold>") -> GoldEvent:
    """A ``GoldEvent`` from one document-level gold line."""
    if not row.get("doc_id") or not row.get("event"):
        raise _bad(origin, "gold line needs 'doc_id' and 'event'")
    event = _check_type(normalise_type(row["event"]), origin)
    dates = row.get("dates") or ()
    if isinstance(dates, str):
        dates = (dates,)
    return GoldEvent(
        doc_id=str(row["doc_id"]),
        source=_doc_side(row.get("source")),
        event=event,
        target=_doc_side(row.get("target")),
        required=bool(row.get("required", True)),
        symmetric=bool(row.get("symmetric", event in SYMMETRIC_TYPES)),
        dates=tuple(str(d) for d in dates),
        location=_place(row.get("location")),
        mode=renamed_mode(event, m) if (m := normalise_mode(row.get("mode"))) else None,
    )


def _actors(value: object, origin: str) -> list[str | None]:
    """Codes of a GSR actor list ('' or null -> no actor)."""
    if value is None or isinstance(value, str):
        return []
    if not isinstance(value, list):
        raise _bad(origin, f"actor field is not a list: {value!r}")
    codes: list[str | None] = []
    for actor in value:
        if not isinstance(actor, Mapping):
            raise _bad(origin, f"actor is not an object: {actor!r}")
        codes.append(normalise_code(actor.get("code")))
    return codes


def sentence_record(row: Mapping[str, Any], origin: str = "<gold>") -> GoldRecord:
    """A ``GoldRecord`` from one PLOVER GSR event record."""
    record_id = row.get("id")
    text = row.get("text")
    if not record_id or not isinstance(text, str) or not text.strip():
        raise _bad(origin, "GSR record needs 'id' and 'text'")
    origin = f"{origin}:{record_id}"
    original = str(row.get("event") or "").strip().upper()
    event = _check_type(normalise_type(original), origin)
    mode = normalise_mode(row.get("mode")) or LEGACY_TYPES.get(original, ("", None))[1]
    mode = renamed_mode(event, mode) if mode else None  # "assassinate" is today's "targeted"
    sources = _actors(row.get("source"), origin)
    targets = _actors(row.get("target"), origin)
    info = row.get("textInfo")
    markup = str(info.get("markup") or "") if isinstance(info, Mapping) else str(info or "")
    # Joint actors with no separate target: each is the other's counterpart.
    reciprocal = (
        not targets and len(sources) > 1 and ("SRC/TAR" in markup or event in SYMMETRIC_TYPES)
    )
    pairs: list[tuple[str | None, str | None]]
    if reciprocal:
        pairs = list(permutations(sources, 2))
        targets = sources
    elif sources or targets:
        pairs = list(product(sources or [None], targets or [None]))
    else:
        pairs = []
    return GoldRecord(
        record_id=str(record_id),
        text=text,
        event=event,
        original_event=original,
        mode=mode,
        sources=frozenset(c for c in sources if c),
        targets=frozenset(c for c in targets if c),
        tuples=frozenset(tuple_key(s, event, t) for s, t in pairs),
        location=_place(row.get("eventLoc")),
        reciprocal=reciprocal,
    )


def _load_sentences(data: object, origin: str) -> Gold:
    if not isinstance(data, list):
        raise _bad(origin, "expected a JSON array of GSR records")
    records: list[GoldRecord] = []
    seen: dict[str, int] = {}
    for i, row in enumerate(data):
        if not isinstance(row, Mapping):
            raise _bad(f"{origin}[{i}]", "record is not an object")
        if str(row.get("event", "")).upper() == "DOCUMENT":
            continue
        record = sentence_record(row, origin)
        if record.record_id in seen:  # the GSR repeats COERCE-0004: later copies get "#n"
            seen[record.record_id] += 1
            record = replace(record, record_id=f"{record.record_id}#{seen[record.record_id]}")
        seen.setdefault(record.record_id, 1)
        records.append(record)
    if not records:
        raise _bad(origin, "no event records")
    return Gold("sentences", Path(origin), records=tuple(records))


def _load_documents(text: str, origin: str) -> Gold:
    events: list[GoldEvent] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _bad(where, f"bad JSON line ({exc.msg})") from exc
        if not isinstance(row, Mapping):
            raise _bad(where, "gold line is not an object")
        events.append(document_event(row, where))
    if not events:
        raise _bad(origin, "no gold events")
    return Gold("documents", Path(origin), events=tuple(events))


def detect_kind(text: str) -> GoldKind:
    """'sentences' for a JSON array (GSR), 'documents' for JSON lines."""
    return "sentences" if text.lstrip().startswith("[") else "documents"


def load_gold(path: str | Path) -> Gold:
    """Read a gold file of either format (detected from its first character)."""
    origin = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _bad(origin, f"cannot read ({exc})") from exc
    if detect_kind(text) == "documents":
        return _load_documents(text, origin)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _bad(origin, f"bad JSON ({exc.msg} at line {exc.lineno})") from exc
    return _load_sentences(data, origin)
