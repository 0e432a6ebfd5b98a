"""``EventStore``: one embedded DuckDB file holding articles, events and incidents."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Final

import duckdb
import pandas as pd

from parley.errors import ParleyError, StoreError
from parley.model import Article, Event, event_from_dict
from parley.store import queries as _q
from parley.store import writer as _w
from parley.store.export import JSONL_SQL, ExportFormat
from parley.store.export import export as _export_events
from parley.store.migrations import LATEST_VERSION, applied_versions, migrate, pending

DEFAULT_DB: Final = "parley.duckdb"
ENV_DB: Final = "PARLEY_DB"


def default_db_path() -> str:
    """``$PARLEY_DB`` when set, else ``parley.duckdb`` in the working directory."""
    return os.environ.get(ENV_DB) or DEFAULT_DB


class EventStore:
    """The event store. One writer at a time; readers open it with ``read_only=True``.

    >>> with EventStore(":memory:") as store:
    ...     store.counts()["events"]
    0
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = str(path) if path is not None else default_db_path()
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError("E030", detail=f"no event store at {self.path}: run `parley ingest`")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
            self.con.execute("SET enable_progress_bar = false")  # the library never prints
        except duckdb.Error as error:
            raise StoreError("E030", detail=f"cannot open {self.path}: {error}") from error
        if read_only:
            if pending(self.con):
                self.con.close()
                raise StoreError(
                    "E031",
                    detail=f"{self.path} needs migrations: open it for writing (parley ingest)",
                )
        else:
            migrate(self.con)

    # -- lifecycle -------------------------------------------------------------------

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        versions = applied_versions(self.con)
        return max(versions) if versions else 0

    @property
    def latest_version(self) -> int:
        return LATEST_VERSION

    def migrations(self) -> pd.DataFrame:
        """The ``schema_migrations`` ledger."""
        return self.con.execute("SELECT * FROM schema_migrations ORDER BY version").df()

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables, plus ``duplicates`` (near-duplicate articles)."""
        out: dict[str, int] = {}
        for table in ("articles", "events", "incidents", "incident_events", "actors"):
            rows = self.con.execute(f"SELECT count(*) FROM {table}").fetchall()
            out[table] = int(rows[0][0])
        rows = self.con.execute(
            "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"
        ).fetchall()
        out["duplicates"] = int(rows[0][0])
        return out

    # -- writing ---------------------------------------------------------------------

    def ingest(
        self,
        items: Iterable[Article | ParleyError],
        *,
        pipeline: _w.PipeLike | None = None,
        workers: int = 1,
        batch_size: int = _w.DEFAULT_BATCH_SIZE,
        progress: Callable[[_w.IngestProgress], None] | None = None,
        on_error: Callable[[ParleyError], None] | None = None,
        rebuild: bool = True,
    ) -> _w.IngestReport:
        """Extract events from ``items`` with ``pipeline`` (default ``Pipeline()``); store them."""
        if pipeline is None:
            from parley.pipeline import Pipeline

            pipeline = Pipeline()
        return _w.ingest(
            self.con,
            items,
            pipeline,
            workers=workers,
            batch_size=batch_size,
            progress=progress,
            on_error=on_error,
            rebuild=rebuild,
        )

    def ingest_paths(
        self,
        paths: Sequence[str | Path],
        *,
        meta: str | Path | None = None,
        **options: Any,
    ) -> _w.IngestReport:
        """Read ``paths`` with ``parley.ingest.read_inputs`` and ``ingest`` them."""
        from parley.ingest import read_inputs

        return self.ingest(read_inputs(paths, meta=meta), **options)

    def write(
        self,
        results: Iterable[tuple[Article, Sequence[Event]]],
        *,
        batch_size: int = _w.DEFAULT_BATCH_SIZE,
        rebuild: bool = True,
    ) -> _w.IngestReport:
        """Store already extracted ``(article, events)`` pairs (same rules as ``ingest``)."""
        return _w.write_results(self.con, results, batch_size=batch_size, rebuild=rebuild)

    def rebuild_incidents(self, *, full: bool = False) -> int:
        """Rebuild incidents of groups touched since the last rebuild (all with ``full``)."""
        return _w.refresh(self.con, full=full)

    # -- reading ---------------------------------------------------------------------

    def events(self, **filters: Any) -> _q.Frame:
        """See ``parley.store.queries.events``."""
        return _q.events(self.con, **filters)

    def incidents(self, **filters: Any) -> _q.Frame:
        """See ``parley.store.queries.incidents``."""
        return _q.incidents(self.con, **filters)

    def incident_members(self, incident_id: str, *, as_arrow: bool = False) -> _q.Frame:
        return _q.incident_members(self.con, incident_id, as_arrow=as_arrow)

    def timeline(self, a: str, b: str, **options: Any) -> _q.Frame:
        """See ``parley.store.queries.timeline``."""
        return _q.timeline(self.con, a, b, **options)

    def dyads(self, **options: Any) -> _q.Frame:
        return _q.dyads(self.con, **options)

    def actors(self, **options: Any) -> _q.Frame:
        return _q.actors(self.con, **options)

    def article(self, doc_id: str) -> Article | None:
        """The stored article ``doc_id``, or None."""
        rows = self.con.execute(
            "SELECT doc_id, text, title, published_raw, outlet, url, language, origin, body "
            "FROM articles WHERE doc_id = ?",
            [doc_id],
        ).fetchall()
        if not rows:
            return None
        row = rows[0]
        keys = ("doc_id", "text", "title", "published", "outlet", "url", "language", "origin")
        return Article(**dict(zip(keys, row[:8], strict=True)), body=row[8])

    def event_records(self, doc_id: str | None = None) -> list[Event]:
        """Stored events as model ``Event`` records (all, or one article's)."""
        import json

        sql = JSONL_SQL
        params: list[Any] = []
        if doc_id is not None:
            sql = sql.replace("FROM events", "FROM events WHERE doc_id = ?")
            params = [doc_id]
        cursor = self.con.execute(sql, params)
        names = [d[0] for d in cursor.description or []]
        json_cols = {
            "source",
            "target",
            "intermediary",
            "date_mention",
            "location",
            "evidence",
            "context",
            "provenance",
        }
        out = []
        for row in cursor.fetchall():
            record = {
                k: (json.loads(v) if k in json_cols and isinstance(v, str) else v)
                for k, v in zip(names, row, strict=True)
            }
            out.append(event_from_dict(record))
        return out

    def export(self, out: str | Path, *, format: ExportFormat) -> Path:  # noqa: A002
        """See ``parley.store.export.export``."""
        return _export_events(self.con, out, format=format)


__all__ = ["DEFAULT_DB", "ENV_DB", "EventStore", "default_db_path"]
