"""Analyst queries over the store; each returns a pandas DataFrame or an Arrow table.

Actor arguments (``dyad``, ``timeline``) name one side: an upper-case code of up to
five letters (``CHN``, ``NATO``) matches the country code or actor key exactly;
anything else is a case-insensitive substring of the actor's name.
Aggregates (timeline, dyads) leave out events from near-duplicate articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal, TypeAlias

import duckdb
import pandas as pd
import pyarrow as pa

Frame: TypeAlias = pd.DataFrame | pa.Table
Period = Literal["year", "month", "week"]

PERIOD_FORMATS: Final[dict[str, str]] = {"year": "%Y", "month": "%Y-%m", "week": "%G-W%V"}

EVENT_COLUMNS: Final = (
    "event_id",
    "doc_id",
    "date",
    "date_precision",
    "event",
    "mode",
    "quad_class",
    "scale",
    "source_name",
    "source_country",
    "source_sector",
    "target_name",
    "target_country",
    "target_sector",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "confidence",
    "negated",
    "is_duplicate",
    "published",
    "sentence",
    "trigger",
)

INCIDENT_COLUMNS: Final = (
    "incident_id",
    "date",
    "date_precision",
    "date_start",
    "date_end",
    "event",
    "mode",
    "quad_class",
    "scale",
    "source_name",
    "source_country",
    "target_name",
    "target_country",
    "location_name",
    "location_country",
    "n_events",
    "n_sources",
    "doc_ids",
    "confidence",
)


def is_code(value: str) -> bool:
    """True for values matched as codes (``CHN``, ``NATO``), not as name substrings."""
    return value.isalpha() and value.isupper() and len(value) <= 5


@dataclass(slots=True)
class _Where:
    parts: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""


def _side(prefix: str, value: str) -> tuple[str, list[Any]]:
    if is_code(value):
        # The key of an actor with a country is that country code (see actor_key).
        return f"{prefix}_key IN (?, ?)", [value, value.lower()]
    return f"contains(lower({prefix}_name), ?)", [value.lower()]


def _dyad(where: _Where, a: str, b: str, *, directed: bool) -> None:
    sa, pa_ = _side("source", a)
    tb, pb = _side("target", b)
    if directed:
        where.add(f"({sa} AND {tb})", *pa_, *pb)
        return
    sb, pb2 = _side("source", b)
    ta, pa2 = _side("target", a)
    where.add(f"(({sa} AND {tb}) OR ({sb} AND {ta}))", *pa_, *pb, *pb2, *pa2)


def _filters(
    where: _Where,
    *,
    actor: str | None,
    country: str | None,
    dyad: Sequence[str] | None,
    types: Sequence[str],
    since: str | None,
    until: str | None,
    directed: bool,
    start: str,
    end: str,
) -> None:
    if actor:
        where.add(
            "(contains(lower(source_name), ?) OR contains(lower(target_name), ?))",
            actor.lower(),
            actor.lower(),
        )
    if country:
        where.add("(source_country = ? OR target_country = ?)", country.upper(), country.upper())
    if dyad:
        if len(dyad) != 2:
            raise ValueError("dyad takes two actors")
        _dyad(where, dyad[0], dyad[1], directed=directed)
    if types:
        marks = ", ".join("?" for _ in types)
        where.add(f"event IN ({marks})", *[t.upper() for t in types])
    if since:
        where.add(f"{end} >= CAST(? AS DATE)", since)
    if until:
        where.add(f"{start} <= CAST(? AS DATE)", until)


def _types(type_: str | Sequence[str] | None) -> list[str]:
    if type_ is None:
        return []
    return [type_] if isinstance(type_, str) else list(type_)


def _run(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any], as_arrow: bool) -> Frame:
    table = arrow_result(con.sql(sql, params=params))
    return table if as_arrow else table.to_pandas()


def arrow_result(rel: duckdb.DuckDBPyRelation) -> pa.Table:
    """A relation as Arrow (``to_arrow_table`` on DuckDB 1.4+, ``arrow`` before)."""
    old_name = "arrow"
    fetch = getattr(rel, "to_arrow_table", None) or getattr(rel, old_name)
    table: pa.Table = fetch()
    return table


def events(
    con: duckdb.DuckDBPyConnection,
    *,
    actor: str | None = None,
    country: str | None = None,
    dyad: Sequence[str] | None = None,
    type: str | Sequence[str] | None = None,  # noqa: A002 - mirrors the CLI option
    since: str | None = None,
    until: str | None = None,
    text: str | None = None,
    limit: int | None = None,
    directed: bool = False,
    include_duplicates: bool = True,
    as_arrow: bool = False,
) -> Frame:
    """Events matching every filter, by date (undated: publication date), then id.

    ``since``/``until`` keep events whose date interval overlaps the range.
    """
    where = _Where()
    _filters(
        where,
        actor=actor,
        country=country,
        dyad=dyad,
        types=_types(type),
        since=since,
        until=until,
        directed=directed,
        start="coalesce(date_start, published)",
        end="coalesce(date_end, published)",
    )
    if text:
        where.add("contains(lower(sentence), ?)", text.lower())
    if not include_duplicates:
        where.add("NOT is_duplicate")
    sql = (
        f"SELECT {', '.join(EVENT_COLUMNS)} FROM events{where.sql()} "
        "ORDER BY coalesce(date_start, published) NULLS LAST, event_id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return _run(con, sql, where.params, as_arrow)


def incidents(
    con: duckdb.DuckDBPyConnection,
    *,
    actor: str | None = None,
    country: str | None = None,
    dyad: Sequence[str] | None = None,
    type: str | Sequence[str] | None = None,  # noqa: A002
    since: str | None = None,
    until: str | None = None,
    text: str | None = None,
    limit: int | None = None,
    directed: bool = False,
    min_sources: int = 1,
    with_members: bool = False,
    as_arrow: bool = False,
) -> Frame:
    """Incidents matching every filter; ``text`` searches the members' evidence."""
    where = _Where()
    _filters(
        where,
        actor=actor,
        country=country,
        dyad=dyad,
        types=_types(type),
        since=since,
        until=until,
        directed=directed,
        start="date_start",
        end="date_end",
    )
    if text:
        where.add(
            "incident_id IN (SELECT ie.incident_id FROM incident_events ie JOIN events e "
            "ON e.event_id = ie.event_id WHERE contains(lower(e.sentence), ?))",
            text.lower(),
        )
    if min_sources > 1:
        where.add("n_sources >= ?", min_sources)
    cols = list(INCIDENT_COLUMNS) + (["members"] if with_members else [])
    sql = (
        f"SELECT {', '.join(cols)} FROM incidents{where.sql()} "
        "ORDER BY date_start NULLS LAST, incident_id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return _run(con, sql, where.params, as_arrow)


def incident_members(
    con: duckdb.DuckDBPyConnection, incident_id: str, *, as_arrow: bool = False
) -> Frame:
    """The member events of one incident, with their evidence."""
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    sql = (
        f"SELECT {cols} FROM incident_events ie JOIN events e ON e.event_id = ie.event_id "
        "WHERE ie.incident_id = ? ORDER BY e.date_start NULLS LAST, e.doc_id, e.event_id"
    )
    return _run(con, sql, [incident_id], as_arrow)


def timeline(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    by: Period = "month",
    directed: bool = False,
    as_arrow: bool = False,
) -> Frame:
    """Per period and type, between ``a`` and ``b``: counts and the cooperation–conflict balance.

    Columns: ``period`` (``2021-03``, ``2021``, ``2021-W12``), ``event``, ``quad_class``,
    ``n_events``, ``n_docs``, ``mean_scale``, and per period ``period_events``,
    ``period_scale`` (mean scale of all its events) and ``period_balance``
    ((cooperation − conflict) / events, from −1 to +1). Rows are in period order.
    """
    if by not in PERIOD_FORMATS:
        raise ValueError(f"by must be one of {sorted(PERIOD_FORMATS)}")
    where = _Where()
    _dyad(where, a, b, directed=directed)
    where.add("NOT is_duplicate")
    where.add("coalesce(date_start, published) IS NOT NULL")
    sql = f"""
    WITH e AS (
        SELECT event, quad_class, scale, doc_id,
               coalesce(date_start, published) AS d
        FROM events{where.sql()}
    ), g AS (
        SELECT date_trunc('{by}', d) AS period_start,
               strftime(min(d), '{PERIOD_FORMATS[by]}') AS period,
               event, quad_class, count(*) AS n_events, count(DISTINCT doc_id) AS n_docs,
               avg(scale) AS mean_scale, sum(scale) AS sum_scale,
               count(*) FILTER (WHERE quad_class IN (1, 2)) AS n_coop,
               count(*) FILTER (WHERE quad_class IN (3, 4)) AS n_conf
        FROM e GROUP BY period_start, event, quad_class
    )
    SELECT period, event, quad_class, n_events, n_docs, round(mean_scale, 2) AS mean_scale,
           sum(n_events) OVER w AS period_events,
           round(sum(sum_scale) OVER w / sum(n_events) OVER w, 2) AS period_scale,
           round((sum(n_coop) OVER w - sum(n_conf) OVER w) / sum(n_events) OVER w, 2)
               AS period_balance
    FROM g
    WINDOW w AS (PARTITION BY period_start)
    ORDER BY period_start, quad_class, event
    """
    return _run(con, sql, where.params, as_arrow)


def dyads(
    con: duckdb.DuckDBPyConnection,
    *,
    country: str | None = None,
    limit: int | None = None,
    as_arrow: bool = False,
) -> Frame:
    """Unordered dyads with event counts, quad-class counts and mean scale, busiest first."""
    where = _Where()
    where.add("target_key IS NOT NULL AND target_key <> ''")
    where.add("NOT is_duplicate")
    if country:
        where.add("(source_country = ? OR target_country = ?)", country.upper(), country.upper())
    sql = f"""
    SELECT least(source_key, target_key) AS actor_a, greatest(source_key, target_key) AS actor_b,
           count(*) AS n_events, count(DISTINCT doc_id) AS n_docs,
           count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
           count(*) FILTER (WHERE quad_class = 2) AS material_coop,
           count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
           count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
           round(avg(scale), 2) AS mean_scale,
           min(coalesce(date_start, published)) AS first_date,
           max(coalesce(date_end, published)) AS last_date
    FROM events{where.sql()}
    GROUP BY actor_a, actor_b
    ORDER BY n_events DESC, actor_a, actor_b
    """
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return _run(con, sql, where.params, as_arrow)


def actors(
    con: duckdb.DuckDBPyConnection,
    *,
    name: str | None = None,
    country: str | None = None,
    limit: int | None = None,
    as_arrow: bool = False,
) -> Frame:
    """Actors in the store (name, country, sector) with event counts, busiest first."""
    where = _Where()
    if name:
        where.add("contains(lower(name), ?)", name.lower())
    if country:
        where.add("country = ?", country.upper())
    sql = (
        "SELECT name, country, sector, actor_id, n_events, n_as_source, n_as_target, "
        f"first_date, last_date FROM actors{where.sql()} "
        "ORDER BY n_events DESC, name NULLS LAST, country NULLS LAST, sector NULLS LAST"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return _run(con, sql, where.params, as_arrow)


__all__ = [
    "EVENT_COLUMNS",
    "arrow_result",
    "INCIDENT_COLUMNS",
    "PERIOD_FORMATS",
    "actors",
    "dyads",
    "events",
    "incident_members",
    "incidents",
    "is_code",
    "timeline",
]
