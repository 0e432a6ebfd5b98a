"""Merge events from different articles that describe one real-world interaction.

Events are first grouped by ``group_key``: the same PLOVER type and the same dyad
(unordered for the symmetric types CONSULT and COOPERATE). Within a group, events are
clustered by date and place (see ``docs/store.md``, "Incidents"):

* each event has a date interval: its own (day, month, year or A/B range), else the
  day before its article's publication to that day (``inferred``), else none;
* a *point* event (interval no wider than the window) joins the closest incident whose
  point members all lie within ``window_days`` of it;
* a *coarse* event (a month, a year, a range) joins an incident only when exactly one
  incident is compatible with it, so it can never bridge two separate incidents;
* places must agree on country when both are known; undated events without a
  publication date merge only with undated events of the same article.

The result depends only on the set of members, never on their order: rebuilding a
group from the same events always gives the same incidents and ids.
"""

from __future__ import annotations

import calendar
import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from parley.model import Article, Event

DEFAULT_WINDOW_DAYS: Final = 1
SYMMETRIC_TYPES: Final = frozenset({"CONSULT", "COOPERATE"})


def actor_key(name: str | None, country: str | None) -> str:
    """Identity used for dyads: the country code when known, else the lower-cased name."""
    if country:
        return country.upper()
    return (name or "").strip().lower()


def group_key(event: str, source_key: str, target_key: str | None) -> str:
    """Type plus dyad; the dyad is unordered for symmetric types."""
    a, b = source_key, target_key or ""
    if event.upper() in SYMMETRIC_TYPES and b and b < a:
        a, b = b, a
    return f"{event.upper()}|{a}|{b}"


def _parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def date_interval(value: str | None) -> tuple[date | None, date | None]:
    """First and last day covered by a DateValue ``value`` (YYYY-MM-DD, YYYY-MM, YYYY, A/B)."""
    if not value:
        return None, None
    value = value.strip()
    if "/" in value:
        left, right = value.split("/", 1)
        start, _ = date_interval(left)
        _, end = date_interval(right)
        if start and end and start > end:
            start, end = end, start
        return start, end
    try:
        if len(value) == 4 and value.isdigit():
            year = int(value)
            return date(year, 1, 1), date(year, 12, 31)
        if len(value) == 7 and value[4] == "-":
            year, month = int(value[:4]), int(value[5:7])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None, None
    day = _parse_day(value)
    return day, day


@dataclass(frozen=True, slots=True)
class IncidentMember:
    """What incident building needs to know about one event."""

    event_id: str
    doc_id: str
    event: str
    source_key: str
    target_key: str | None
    date_start: date | None = None
    date_end: date | None = None
    published: date | None = None
    location_country: str | None = None
    source_doc: str | None = None  # canonical article: duplicate_of, else doc_id
    mode: str | None = None
    date: str | None = None
    date_precision: str | None = None
    source_name: str | None = None
    source_country: str | None = None
    target_name: str | None = None
    target_country: str | None = None
    location_name: str | None = None
    confidence: float | None = None
    sentence: str | None = None
    trigger: str | None = None

    @property
    def group_key(self) -> str:
        return group_key(self.event, self.source_key, self.target_key)

    @property
    def independent_doc(self) -> str:
        return self.source_doc or self.doc_id


@dataclass(slots=True)
class _Cluster:
    order: int
    members: list[IncidentMember] = field(default_factory=list)
    point: tuple[date, date] | None = None
    coarse: tuple[date, date] | None = None
    country: str | None = None
    undated_doc: str | None = None


@dataclass(frozen=True, slots=True)
class Incident:
    """One real-world interaction and the events (from one or more articles) reporting it."""

    incident_id: str
    group_key: str
    members: tuple[IncidentMember, ...]
    date_start: date | None
    date_end: date | None

    @property
    def first(self) -> IncidentMember:
        return self.members[0]

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return tuple(sorted({m.doc_id for m in self.members}))

    @property
    def n_sources(self) -> int:
        """Independent articles: near-duplicate copies count once."""
        return len({m.independent_doc for m in self.members})

    @property
    def event_ids(self) -> tuple[str, ...]:
        return tuple(m.event_id for m in self.members)


def member_from_event(
    event: Event, *, published: str | None = None, duplicate_of: str | None = None
) -> IncidentMember:
    """Build a member from a model ``Event`` and its article's publication date."""
    start, end = date_interval(event.date.value)
    target = event.target
    # only a place the text names separates incidents (a dateline's city is where the
    # report was filed, and two outlets may file from different cities)
    place = event.location if event.location and event.location.mention else None
    return IncidentMember(
        event_id=event.event_id,
        doc_id=event.doc_id,
        event=event.event.upper(),
        source_key=actor_key(event.source.name, event.source.country),
        target_key=actor_key(target.name, target.country) if target else None,
        date_start=start,
        date_end=end,
        published=_parse_day(published) if published else None,
        location_country=place.country if place else None,
        source_doc=duplicate_of,
        mode=event.mode,
        date=event.date.value,
        date_precision=event.date.precision,
        source_name=event.source.name,
        source_country=event.source.country,
        target_name=target.name if target else None,
        target_country=target.country if target else None,
        location_name=place.name if place else None,
        confidence=event.confidence,
        sentence=event.evidence.sentence,
        trigger=event.evidence.trigger.text,
    )


def members_from_events(
    events: Iterable[Event],
    articles: Mapping[str, Article] | None = None,
    duplicates: Mapping[str, str] | None = None,
) -> list[IncidentMember]:
    """Members for in-memory use: publication dates come from ``articles`` by doc_id."""
    articles = articles or {}
    duplicates = duplicates or {}
    out = []
    for event in events:
        article = articles.get(event.doc_id)
        out.append(
            member_from_event(
                event,
                published=article.published if article else None,
                duplicate_of=duplicates.get(event.doc_id),
            )
        )
    return out


def _interval(m: IncidentMember) -> tuple[date, date] | None:
    if m.date_start and m.date_end:
        return m.date_start, m.date_end
    if m.date_start or m.date_end:
        day = m.date_start or m.date_end
        assert day is not None
        return day, day
    if m.published:
        return m.published - timedelta(days=1), m.published
    return None


def _sort_key(m: IncidentMember) -> tuple[date, str, str]:
    span = _interval(m)
    return (span[0] if span else date.max, m.doc_id, m.event_id)


def _place_ok(c: _Cluster, m: IncidentMember) -> bool:
    country = (m.location_country or "").upper() or None
    return country is None or c.country is None or country == c.country


def _overlaps(a: tuple[date, date], b: tuple[date, date], slack: int = 0) -> bool:
    pad = timedelta(days=slack)
    return a[0] <= b[1] + pad and a[1] >= b[0] - pad


def _add(c: _Cluster, m: IncidentMember, span: tuple[date, date] | None, point: bool) -> None:
    c.members.append(m)
    if m.location_country and c.country is None:
        c.country = m.location_country.upper()
    if span is None:
        c.undated_doc = m.doc_id
    elif point:
        c.point = span if c.point is None else (min(c.point[0], span[0]), max(c.point[1], span[1]))
    else:
        c.coarse = (
            span if c.coarse is None else (max(c.coarse[0], span[0]), min(c.coarse[1], span[1]))
        )


def _cluster_group(members: Sequence[IncidentMember], window: int) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    points, coarse, undated = [], [], []
    for m in sorted(members, key=_sort_key):
        span = _interval(m)
        if span is None:
            undated.append(m)
        elif (span[1] - span[0]).days <= window:
            points.append((m, span))
        else:
            coarse.append((m, span))
    pad = timedelta(days=window)
    for m, span in points:
        best: tuple[int, _Cluster] | None = None
        for c in clusters:
            if c.point is None or not _place_ok(c, m):
                continue
            if not (span[0] >= c.point[1] - pad and span[1] <= c.point[0] + pad):
                continue
            if c.coarse is not None and not _overlaps(span, c.coarse):
                continue
            mid = (span[0].toordinal() + span[1].toordinal()) - (
                c.point[0].toordinal() + c.point[1].toordinal()
            )
            if best is None or abs(mid) < best[0]:
                best = (abs(mid), c)
        if best is None:
            clusters.append(_Cluster(order=len(clusters)))
            best = (0, clusters[-1])
        _add(best[1], m, span, point=True)
    coarse.sort(key=lambda item: ((item[1][1] - item[1][0]).days, item[1][0], item[0].doc_id))
    for m, span in coarse:
        fits = [
            c
            for c in clusters
            if c.undated_doc is None
            and _place_ok(c, m)
            and (c.point is None or _overlaps(span, c.point, window))
            and (c.coarse is None or _overlaps(span, c.coarse))
        ]
        if len(fits) == 1:
            _add(fits[0], m, span, point=False)
        else:
            clusters.append(_Cluster(order=len(clusters)))
            _add(clusters[-1], m, span, point=False)
    for m in undated:
        same = [c for c in clusters if c.undated_doc == m.doc_id and _place_ok(c, m)]
        if same:
            _add(same[0], m, None, point=False)
        else:
            clusters.append(_Cluster(order=len(clusters)))
            _add(clusters[-1], m, None, point=False)
    return clusters


def incident_id(first_event_id: str) -> str:
    """Stable id: a hash of the incident's earliest member event."""
    return hashlib.sha1(f"incident|{first_event_id}".encode()).hexdigest()[:16]


def build_incidents(
    members: Iterable[IncidentMember], *, window_days: int = DEFAULT_WINDOW_DAYS
) -> list[Incident]:
    """Cluster members into incidents; ordered by date, then id. Deterministic."""
    groups: dict[str, list[IncidentMember]] = {}
    seen: set[str] = set()
    for m in members:
        if m.event_id in seen:
            continue
        seen.add(m.event_id)
        groups.setdefault(m.group_key, []).append(m)
    out: list[Incident] = []
    for key in sorted(groups):
        for c in _cluster_group(groups[key], window_days):
            ordered = tuple(sorted(c.members, key=_sort_key))
            span = c.point or c.coarse  # point members pin the date more tightly
            out.append(
                Incident(
                    incident_id=incident_id(ordered[0].event_id),
                    group_key=key,
                    members=ordered,
                    date_start=span[0] if span else None,
                    date_end=span[1] if span else None,
                )
            )
    out.sort(key=lambda i: (i.date_start or date.max, i.incident_id))
    return out


def representative_date(incident: Incident) -> tuple[str | None, str | None]:
    """The date value (and precision) that best describes the incident.

    The most frequent of the narrowest stated dates; None when all were inferred.
    """
    dated = [m for m in incident.members if m.date]
    if not dated:
        return None, None

    def width(m: IncidentMember) -> int:
        span = _interval(m)
        return (span[1] - span[0]).days if span else 10**6

    narrow = min(width(m) for m in dated)
    values = Counter((m.date, m.date_precision) for m in dated if width(m) == narrow)
    (value, precision), _ = min(values.items(), key=lambda kv: (-kv[1], kv[0][0] or ""))
    return value, precision


def most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


__all__ = [
    "DEFAULT_WINDOW_DAYS",
    "SYMMETRIC_TYPES",
    "Incident",
    "IncidentMember",
    "actor_key",
    "build_incidents",
    "date_interval",
    "group_key",
    "incident_id",
    "member_from_event",
    "members_from_events",
    "most_common",
    "representative_date",
]
