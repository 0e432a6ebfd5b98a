"""Exports of the events table: CSV, JSON lines, month-partitioned Parquet, GDELT-style CSV.

* ``csv``: one flat row per event (the columns of ``parley events`` plus ids and URLs).
* ``jsonl``: one event record per line, exactly as ``parley.model.event_to_dict`` writes
  it (read back with ``event_from_dict``).
* ``parquet``: a directory of hive-style partitions ``month=YYYY-MM/`` (``month=unknown``
  for undated events without a publication date), all columns.
* ``gdelt``: one flat row per event in GDELT 2.0 event-table spirit (see ``docs/store.md``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final, Literal

import duckdb

from parley.errors import StoreError

ExportFormat = Literal["csv", "jsonl", "parquet", "gdelt"]
FORMATS: Final = ("csv", "jsonl", "parquet", "gdelt")

_CSV_SQL = """
SELECT e.event_id, e.doc_id, e.date, e.date_precision, e.date_start, e.date_end, e.event,
       e.mode, e.quad_class, e.scale, e.source_name, e.source_country, e.source_sector,
       e.source_actor_id, e.target_name, e.target_country, e.target_sector, e.target_actor_id,
       e.location_name, e.location_country, e.lat, e.lon, e.confidence, e.negated,
       e.is_duplicate, ie.incident_id, e.published, a.outlet, a.url, e.sentence, e.trigger
FROM events e
LEFT JOIN articles a ON a.doc_id = e.doc_id
LEFT JOIN incident_events ie ON ie.event_id = e.event_id
ORDER BY coalesce(e.date_start, e.published) NULLS LAST, e.event_id
"""

JSONL_SQL = """
SELECT event_id, doc_id, event, mode, source, target, intermediary, date, date_precision,
       date_text, date_mention, location, evidence, confidence, negated, context, provenance,
       schema_version
FROM events
ORDER BY coalesce(date_start, published) NULLS LAST, event_id
"""

_PARQUET_SQL = """
SELECT e.*, a.outlet, a.url, ie.incident_id,
       coalesce(strftime(coalesce(e.date_start, e.published), '%Y-%m'), 'unknown') AS month
FROM events e
LEFT JOIN articles a ON a.doc_id = e.doc_id
LEFT JOIN incident_events ie ON ie.event_id = e.event_id
"""

# GlobalEventID: the first 60 bits of the event id, as a positive 64-bit integer.
_GDELT_SQL = """
SELECT CAST('0x' || substr(e.event_id, 1, 15) AS BIGINT) AS GlobalEventID,
       e.event_id AS EventID,
       strftime(coalesce(e.date_start, e.published), '%Y%m%d') AS SQLDATE,
       strftime(coalesce(e.date_start, e.published), '%Y%m') AS MonthYear,
       strftime(coalesce(e.date_start, e.published), '%Y') AS Year,
       e.date_precision AS DatePrecision,
       e.source_name AS Actor1Name, e.source_country AS Actor1CountryCode,
       e.source_sector AS Actor1Type1Code,
       e.target_name AS Actor2Name, e.target_country AS Actor2CountryCode,
       e.target_sector AS Actor2Type1Code,
       e.event AS EventCode, e.mode AS EventMode, e.quad_class AS QuadClass,
       e.scale AS PloverScale, e.negated AS IsNegated,
       coalesce(i.n_sources, 1) AS NumSources, ie.incident_id AS IncidentID,
       e.location_name AS ActionGeo_FullName, e.location_country AS ActionGeo_CountryCode,
       e.lat AS ActionGeo_Lat, e.lon AS ActionGeo_Long,
       a.url AS SOURCEURL, e.doc_id AS DocID, a.outlet AS Outlet,
       strftime(a.published, '%Y%m%d') AS DATEADDED, e.confidence AS Confidence
FROM events e
LEFT JOIN articles a ON a.doc_id = e.doc_id
LEFT JOIN incident_events ie ON ie.event_id = e.event_id
LEFT JOIN incidents i ON i.incident_id = ie.incident_id
ORDER BY coalesce(e.date_start, e.published) NULLS LAST, e.event_id
"""


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def export(con: duckdb.DuckDBPyConnection, out: str | Path, *, format: ExportFormat) -> Path:  # noqa: A002
    """Write every event to ``out`` (a file, or a directory for ``parquet``); return it."""
    path = Path(out)
    if format not in FORMATS:
        raise StoreError("E030", detail=f"unknown export format {format!r}; use {FORMATS}")
    target = _quote(path)
    try:
        if format == "parquet":
            path.mkdir(parents=True, exist_ok=True)
            con.execute(
                f"COPY ({_PARQUET_SQL}) TO {target} "
                "(FORMAT PARQUET, PARTITION_BY (month), OVERWRITE_OR_IGNORE)"
            )
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            sql = {"csv": _CSV_SQL, "jsonl": JSONL_SQL, "gdelt": _GDELT_SQL}[format]
            options = "FORMAT JSON" if format == "jsonl" else "FORMAT CSV, HEADER"
            con.execute(f"COPY ({sql}) TO {target} ({options})")
    except duckdb.Error as error:
        raise StoreError("E030", detail=f"export to {path} failed: {error}") from error
    return path


__all__ = ["FORMATS", "ExportFormat", "export"]
