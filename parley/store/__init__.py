"""The event store: DuckDB schema, migrations, idempotent writes, queries and exports.

>>> from parley.store import EventStore
>>> with EventStore("parley.duckdb") as store:          # doctest: +SKIP
...     store.ingest_paths(["seeds/"], meta="seeds.meta.jsonl")
...     store.timeline("CHN", "PRK", by="year")

See ``docs/store.md`` (schema, incidents, queries) and ``docs/scale.md`` (the scale).
"""

from __future__ import annotations

from parley.store.export import FORMATS as EXPORT_FORMATS
from parley.store.export import ExportFormat, export
from parley.store.migrations import LATEST_VERSION, MIGRATIONS, Migration, migrate
from parley.store.queries import EVENT_COLUMNS, INCIDENT_COLUMNS, PERIOD_FORMATS
from parley.store.scale import QUAD_CLASS, QUAD_NAMES, TYPE_SCALE, quad_class, scale_value
from parley.store.store import DEFAULT_DB, ENV_DB, EventStore, default_db_path
from parley.store.writer import DEFAULT_BATCH_SIZE, IngestProgress, IngestReport, PipeLike

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_DB",
    "ENV_DB",
    "EVENT_COLUMNS",
    "EXPORT_FORMATS",
    "INCIDENT_COLUMNS",
    "LATEST_VERSION",
    "MIGRATIONS",
    "PERIOD_FORMATS",
    "QUAD_CLASS",
    "QUAD_NAMES",
    "TYPE_SCALE",
    "EventStore",
    "ExportFormat",
    "IngestProgress",
    "IngestReport",
    "Migration",
    "PipeLike",
    "default_db_path",
    "export",
    "migrate",
    "quad_class",
    "scale_value",
]
