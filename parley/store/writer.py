"""The one writer: idempotent, resumable, batch-atomic loads of articles and events.

Each batch is one transaction holding the batch's article rows, their LSH buckets,
their events and the incident groups they touch. An article already stored with the
same content hash is skipped before extraction; a changed one (same ``doc_id``, new
hash) replaces its row and its events. ``refresh`` rebuilds the incident groups
marked dirty and the actor table, so a run killed between the two steps is finished
by the next one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any, Final, Protocol

import duckdb
import pyarrow as pa

from parley.dedup.incidents import (
    IncidentMember,
    actor_key,
    build_incidents,
    date_interval,
    group_key,
    most_common,
    representative_date,
)
from parley.dedup.near_duplicates import (
    NearDuplicateIndex,
    Signature,
    best_match,
    lsh_buckets,
    signature,
)
from parley.errors import ParleyError, StoreError
from parley.model import SCHEMA_VERSION, Article, Event
from parley.pipeline import DocResult
from parley.store.scale import quad_class, scale_value

DEFAULT_BATCH_SIZE: Final = 32


class PipeLike(Protocol):
    """What the writer needs from an extractor: ``parley.pipeline.Pipeline`` or a twin."""

    def pipe(
        self, items: Iterable[Article | ParleyError], *, n_process: int = 1, batch_size: int = 16
    ) -> Iterator[DocResult]: ...


@dataclass(frozen=True, slots=True)
class IngestProgress:
    """Counts so far, passed to the progress callback after every item."""

    read: int
    stored: int
    skipped: int
    failed: int
    events: int
    origin: str | None = None


@dataclass(slots=True)
class IngestReport:
    """What one ingest did. ``ok`` is False when any item failed."""

    read: int = 0
    stored: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    duplicates: int = 0
    incidents: int = 0
    errors: list[ParleyError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def as_dict(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if k != "errors"}


# -- rows ---------------------------------------------------------------------------

_ARTICLE_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("content_hash", pa.string()),
        ("text", pa.string()),
        ("body", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("published_raw", pa.string()),
        ("outlet", pa.string()),
        ("url", pa.string()),
        ("language", pa.string()),
        ("origin", pa.string()),
        ("ingested_at", pa.timestamp("us")),
        ("duplicate_of", pa.string()),
        ("similarity", pa.float64()),
        ("n_shingles", pa.int32()),
        ("minhash", pa.list_(pa.uint32())),
        ("n_events", pa.int32()),
    ]
)

_EVENT_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("doc_id", pa.string()),
        ("event", pa.string()),
        ("mode", pa.string()),
        ("quad_class", pa.int8()),
        ("scale", pa.float64()),
        ("group_key", pa.string()),
        ("source_key", pa.string()),
        ("source_name", pa.string()),
        ("source_country", pa.string()),
        ("source_sector", pa.string()),
        ("source_actor_id", pa.string()),
        ("target_key", pa.string()),
        ("target_name", pa.string()),
        ("target_country", pa.string()),
        ("target_sector", pa.string()),
        ("target_actor_id", pa.string()),
        ("date", pa.string()),
        ("date_precision", pa.string()),
        ("date_text", pa.string()),
        ("date_start", pa.date32()),
        ("date_end", pa.date32()),
        ("published", pa.date32()),
        ("location_name", pa.string()),
        ("location_country", pa.string()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("sentence", pa.string()),
        ("trigger", pa.string()),
        ("confidence", pa.float64()),
        ("negated", pa.bool_()),
        ("is_duplicate", pa.bool_()),
        ("source", pa.string()),
        ("target", pa.string()),
        ("intermediary", pa.string()),
        ("date_mention", pa.string()),
        ("location", pa.string()),
        ("evidence", pa.string()),
        ("context", pa.string()),
        ("provenance", pa.string()),
        ("schema_version", pa.string()),
    ]
)

_INCIDENT_SCHEMA = pa.schema(
    [
        ("incident_id", pa.string()),
        ("group_key", pa.string()),
        ("event", pa.string()),
        ("mode", pa.string()),
        ("quad_class", pa.int8()),
        ("scale", pa.float64()),
        ("source_key", pa.string()),
        ("source_name", pa.string()),
        ("source_country", pa.string()),
        ("target_key", pa.string()),
        ("target_name", pa.string()),
        ("target_country", pa.string()),
        ("date", pa.string()),
        ("date_precision", pa.string()),
        ("date_start", pa.date32()),
        ("date_end", pa.date32()),
        ("location_name", pa.string()),
        ("location_country", pa.string()),
        ("n_events", pa.int32()),
        ("n_sources", pa.int32()),
        ("doc_ids", pa.list_(pa.string())),
        ("confidence", pa.float64()),
        ("members", pa.string()),
    ]
)


def parse_day(text: str | None) -> date | None:
    """The ISO day at the start of ``text`` (``2021-03-22``, ``2021-03-22T10:00Z``), else None."""
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def article_row(
    article: Article,
    sig: Signature,
    *,
    n_events: int,
    duplicate_of: str | None,
    similarity: float | None,
    now: datetime,
) -> dict[str, Any]:
    return {
        "doc_id": article.doc_id,
        "content_hash": article.content_hash,
        "text": article.text,
        "body": article.body,
        "title": article.title,
        "published": parse_day(article.published),
        "published_raw": article.published,
        "outlet": article.outlet,
        "url": article.url,
        "language": article.language,
        "origin": article.origin,
        "ingested_at": now,
        "duplicate_of": duplicate_of,
        "similarity": similarity,
        "n_shingles": sig.n_shingles,
        "minhash": list(sig.minhash),
        "n_events": n_events,
    }


def event_row(event: Event, *, published: date | None, is_duplicate: bool) -> dict[str, Any]:
    """Flattened columns plus JSON columns for the nested parts of one event."""
    record = event.to_dict()
    source, target, place = event.source, event.target, event.location
    start, end = date_interval(event.date.value)
    skey = actor_key(source.name, source.country)
    tkey = actor_key(target.name, target.country) if target else None
    kind = event.event.upper()
    return {
        "event_id": record["event_id"],
        "doc_id": event.doc_id,
        "event": kind,
        "mode": event.mode,
        "quad_class": quad_class(kind),
        "scale": scale_value(kind, event.mode, negated=event.negated),
        "group_key": group_key(kind, skey, tkey),
        "source_key": skey,
        "source_name": source.name,
        "source_country": source.country,
        "source_sector": source.sector,
        "source_actor_id": source.actor_id,
        "target_key": tkey,
        "target_name": target.name if target else None,
        "target_country": target.country if target else None,
        "target_sector": target.sector if target else None,
        "target_actor_id": target.actor_id if target else None,
        "date": event.date.value,
        "date_precision": event.date.precision,
        "date_text": event.date.text,
        "date_start": start,
        "date_end": end,
        "published": published,
        "location_name": place.name if place else None,
        "location_country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "sentence": event.evidence.sentence,
        "trigger": event.evidence.trigger.text,
        "confidence": float(event.confidence),
        "negated": bool(event.negated),
        "is_duplicate": is_duplicate,
        "source": _json(record["source"]),
        "target": _json(record["target"]),
        "intermediary": _json(record["intermediary"]),
        "date_mention": _json(record["date_mention"]),
        "location": _json(record["location"]),
        "evidence": _json(record["evidence"]),
        "context": _json(record["context"]),
        "provenance": _json(record["provenance"]),
        "schema_version": SCHEMA_VERSION,
    }


def _insert(
    con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]], schema: pa.Schema
) -> None:
    if not rows:
        return
    view = f"_parley_new_{table}"
    con.register(view, pa.Table.from_pylist(rows, schema=schema))
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {view}")
    finally:
        con.unregister(view)


# -- batches ------------------------------------------------------------------------


@dataclass(slots=True)
class _Pending:
    article: Article
    events: list[Event]
    replaces: bool


def _stored_candidates(
    con: duckdb.DuckDBPyConnection, buckets: set[tuple[int, int]], exclude: set[str]
) -> dict[str, tuple[Signature, str | None]]:
    """Stored articles sharing an LSH bucket with the batch: signature and duplicate_of."""
    if not buckets:
        return {}
    view = "_parley_buckets"
    bands, keys = zip(*sorted(buckets), strict=True)
    con.register(
        view,
        pa.table({"band": pa.array(bands, pa.int16()), "bucket": pa.array(keys, pa.uint64())}),
    )
    try:
        rows = con.execute(
            f"""
            SELECT DISTINCT a.doc_id, a.minhash, a.n_shingles, a.duplicate_of
            FROM article_lsh l JOIN {view} b ON l.band = b.band AND l.bucket = b.bucket
            JOIN articles a ON a.doc_id = l.doc_id
            """
        ).fetchall()
    finally:
        con.unregister(view)
    return {
        doc_id: (Signature(tuple(minhash), int(n)), dup)
        for doc_id, minhash, n, dup in rows
        if doc_id not in exclude
    }


def write_batch(
    con: duckdb.DuckDBPyConnection, batch: Sequence[_Pending], report: IngestReport
) -> None:
    """Write one batch in one transaction: all of it is committed, or none of it."""
    if not batch:
        return
    now = datetime.now(UTC).replace(tzinfo=None)
    ids = {p.article.doc_id for p in batch}
    sigs = [signature(p.article.clean_text) for p in batch]
    buckets = {b for s in sigs for b in lsh_buckets(s)}
    stored = _stored_candidates(con, buckets, ids)
    local = NearDuplicateIndex()
    roots: dict[str, str | None] = {d: dup for d, (_, dup) in stored.items()}
    article_rows, lsh_rows, event_rows = [], [], []
    for pending, sig in zip(batch, sigs, strict=True):
        article = pending.article
        pool = [(d, s) for d, (s, _) in stored.items()]
        pool += [(d, s) for d in local.candidates(sig) if (s := local.signature_of(d))]
        match = best_match(sig, pool)
        duplicate_of = (roots.get(match.doc_id) or match.doc_id) if match else None
        roots[article.doc_id] = duplicate_of
        local.add(article.doc_id, sig)
        report.duplicates += duplicate_of is not None
        article_rows.append(
            article_row(
                article,
                sig,
                n_events=len(pending.events),
                duplicate_of=duplicate_of,
                similarity=match.jaccard if match else None,
                now=now,
            )
        )
        lsh_rows += [
            {"band": band, "bucket": bucket, "doc_id": article.doc_id}
            for band, bucket in lsh_buckets(sig)
        ]
        published = parse_day(article.published)
        seen: set[str] = set()
        for event in pending.events:
            row = event_row(event, published=published, is_duplicate=duplicate_of is not None)
            if row["event_id"] not in seen:
                seen.add(row["event_id"])
                event_rows.append(row)
    view = "_parley_batch_ids"
    try:
        con.execute("BEGIN TRANSACTION")
        con.register(view, pa.table({"doc_id": pa.array(sorted(ids), pa.string())}))
        # Groups of the events being replaced must be rebuilt too.
        con.execute(
            f"INSERT INTO dirty_groups SELECT DISTINCT group_key FROM events "
            f"WHERE doc_id IN (SELECT doc_id FROM {view})"
        )
        for table in ("events", "article_lsh", "articles"):
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM {view})")
        _insert(con, "articles", article_rows, _ARTICLE_SCHEMA)
        _insert(con, "events", event_rows, _EVENT_SCHEMA)
        if lsh_rows:
            lsh = pa.table(
                {
                    "band": pa.array([r["band"] for r in lsh_rows], pa.int16()),
                    "bucket": pa.array([r["bucket"] for r in lsh_rows], pa.uint64()),
                    "doc_id": pa.array([r["doc_id"] for r in lsh_rows], pa.string()),
                }
            )
            con.register("_parley_lsh", lsh)
            con.execute("INSERT INTO article_lsh SELECT band, bucket, doc_id FROM _parley_lsh")
            con.unregister("_parley_lsh")
        keys = sorted({r["group_key"] for r in event_rows})
        if keys:
            con.executemany("INSERT INTO dirty_groups VALUES (?)", [[k] for k in keys])
        con.execute("COMMIT")
    except duckdb.Error as error:
        con.execute("ROLLBACK")
        raise StoreError("E030", detail=f"batch write failed: {error}") from error
    finally:
        con.unregister(view)
    report.stored += len(batch)
    report.replaced += sum(p.replaces for p in batch)
    report.events += len(event_rows)


def ingest(
    con: duckdb.DuckDBPyConnection,
    items: Iterable[Article | ParleyError],
    pipeline: PipeLike,
    *,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[IngestProgress], None] | None = None,
    on_error: Callable[[ParleyError], None] | None = None,
    rebuild: bool = True,
) -> IngestReport:
    """Extract and store ``items``; unchanged articles are skipped before extraction."""
    report = IngestReport()
    known: dict[str, str] = dict(
        con.execute("SELECT doc_id, content_hash FROM articles").fetchall()
    )
    queued: dict[str, str] = {}

    def fail(error: ParleyError) -> None:
        report.failed += 1
        report.errors.append(error)
        if on_error is not None:
            on_error(error)

    def tick(origin: str | None) -> None:
        if progress is not None:
            progress(
                IngestProgress(
                    report.read,
                    report.stored,
                    report.skipped,
                    report.failed,
                    report.events,
                    origin,
                )
            )

    def fresh() -> Iterator[Article]:
        for item in items:
            report.read += 1
            if isinstance(item, ParleyError):
                fail(item)
                tick(item.origin)
                continue
            digest = item.content_hash
            if known.get(item.doc_id) == digest or queued.get(item.doc_id) == digest:
                report.skipped += 1
                tick(item.origin)
                continue
            queued[item.doc_id] = digest
            yield item

    batch: list[_Pending] = []
    for result in pipeline.pipe(fresh(), n_process=workers):
        if result.error is not None or result.article is None:
            fail(result.error or StoreError("E030", result.origin, detail="no article"))
            tick(result.origin)
            continue
        article = result.article
        events = [
            e if e.doc_id == article.doc_id else replace(e, doc_id=article.doc_id)
            for e in result.events
        ]
        # A doc_id met twice in one batch: the later version wins.
        batch = [p for p in batch if p.article.doc_id != article.doc_id]
        batch.append(_Pending(article, events, article.doc_id in known))
        if len(batch) >= batch_size:
            write_batch(con, batch, report)
            batch = []
        tick(result.origin)
    write_batch(con, batch, report)
    tick(None)
    if rebuild:
        report.incidents = refresh(con)
    return report


def write_results(
    con: duckdb.DuckDBPyConnection,
    results: Iterable[tuple[Article, Sequence[Event]]],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    rebuild: bool = True,
) -> IngestReport:
    """Store already extracted ``(article, events)`` pairs with the same rules as ``ingest``."""
    pairs = list(results)
    events = {a.doc_id: list(evs) for a, evs in pairs}

    class _Given:
        def pipe(
            self,
            items: Iterable[Article | ParleyError],
            *,
            n_process: int = 1,
            batch_size: int = 16,
        ) -> Iterator[DocResult]:
            for item in items:
                if isinstance(item, Article):
                    yield DocResult(item.origin or item.doc_id, item, events[item.doc_id])

    return ingest(con, [a for a, _ in pairs], _Given(), batch_size=batch_size, rebuild=rebuild)


# -- incidents and actors -----------------------------------------------------------

_MEMBER_SQL = """
SELECT e.event_id, e.doc_id, e.event, e.source_key, e.target_key, e.date_start, e.date_end,
       e.published, e.location_country, a.duplicate_of, e.mode, e.date, e.date_precision,
       e.source_name, e.source_country, e.target_name, e.target_country, e.location_name,
       e.confidence, e.sentence, e.trigger, e.location
FROM events e LEFT JOIN articles a ON a.doc_id = e.doc_id
"""


def _members(con: duckdb.DuckDBPyConnection, keys: list[str] | None) -> list[IncidentMember]:
    if keys is None:
        rows = con.execute(_MEMBER_SQL + " WHERE NOT e.negated").fetchall()
    else:
        con.register("_parley_keys", pa.table({"group_key": pa.array(keys, pa.string())}))
        try:
            rows = con.execute(
                _MEMBER_SQL
                + " WHERE NOT e.negated AND e.group_key IN (SELECT group_key FROM _parley_keys)"
            ).fetchall()
        finally:
            con.unregister("_parley_keys")
    return [_member(row) for row in rows]


def _member(row: tuple[Any, ...]) -> IncidentMember:
    """A member from an events row; a place the sentence does not name (the story's
    dateline) does not separate incidents, as in ``member_from_event``."""
    *fields, location = row
    member = IncidentMember(*fields)
    place = json.loads(location) if location else None
    if place is not None and not place.get("mention"):
        member = replace(member, location_country=None, location_name=None)
    return member


def _incident_rows(
    members: list[IncidentMember],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows, links = [], []
    for inc in build_incidents(members):
        first = inc.first
        value, precision = representative_date(inc)
        mode = most_common(m.mode for m in inc.members)
        place = next((m for m in inc.members if m.location_name or m.location_country), None)
        rows.append(
            {
                "incident_id": inc.incident_id,
                "group_key": inc.group_key,
                "event": first.event,
                "mode": mode,
                "quad_class": quad_class(first.event),
                "scale": scale_value(first.event, mode),
                "source_key": first.source_key,
                "source_name": most_common(m.source_name for m in inc.members),
                "source_country": first.source_country,
                "target_key": first.target_key,
                "target_name": most_common(m.target_name for m in inc.members),
                "target_country": first.target_country,
                "date": value,
                "date_precision": precision,
                "date_start": inc.date_start,
                "date_end": inc.date_end,
                "location_name": place.location_name if place else None,
                "location_country": place.location_country if place else None,
                "n_events": len(inc.members),
                "n_sources": inc.n_sources,
                "doc_ids": list(inc.doc_ids),
                "confidence": max((m.confidence or 0.0) for m in inc.members),
                "members": json.dumps(
                    [
                        {
                            "event_id": m.event_id,
                            "doc_id": m.doc_id,
                            "date": m.date,
                            "source": m.source_name,
                            "target": m.target_name,
                            "sentence": m.sentence,
                            "trigger": m.trigger,
                            "confidence": m.confidence,
                        }
                        for m in inc.members
                    ],
                    ensure_ascii=False,
                ),
            }
        )
        links += [
            {"incident_id": inc.incident_id, "event_id": m.event_id, "doc_id": m.doc_id}
            for m in inc.members
        ]
    return rows, links


_ACTORS_SQL = """
INSERT INTO actors
WITH sides AS (
    SELECT source_key AS actor_key, source_name AS name, source_country AS country,
           source_sector AS sector, source_actor_id AS actor_id, 1 AS s, 0 AS t,
           coalesce(date_start, published) AS d
    FROM events WHERE NOT is_duplicate
    UNION ALL
    SELECT target_key, target_name, target_country, target_sector, target_actor_id, 0, 1,
           coalesce(date_start, published)
    FROM events WHERE NOT is_duplicate AND target_key IS NOT NULL
)
SELECT actor_key, name, country, sector, min(actor_id), count(*), sum(s), sum(t), min(d), max(d)
FROM sides GROUP BY actor_key, name, country, sector
"""


def refresh(con: duckdb.DuckDBPyConnection, *, full: bool = False) -> int:
    """Rebuild dirty incident groups (every group with ``full``) and the actor table.

    Returns the number of incidents written. One transaction; safe to rerun.
    """
    try:
        con.execute("BEGIN TRANSACTION")
        if full:
            keys = None
            con.execute("DELETE FROM incident_events")
            con.execute("DELETE FROM incidents")
        else:
            found = con.execute("SELECT DISTINCT group_key FROM dirty_groups ORDER BY 1")
            keys = [r[0] for r in found.fetchall()]
            if keys:
                con.execute(
                    "DELETE FROM incident_events WHERE incident_id IN (SELECT incident_id FROM "
                    "incidents WHERE group_key IN (SELECT group_key FROM dirty_groups))"
                )
                con.execute(
                    "DELETE FROM incidents WHERE group_key IN (SELECT group_key FROM dirty_groups)"
                )
        written = 0
        if keys is None or keys:
            rows, links = _incident_rows(_members(con, keys))
            _insert(con, "incidents", rows, _INCIDENT_SCHEMA)
            if links:
                con.register("_parley_links", pa.Table.from_pylist(links))
                con.execute(
                    "INSERT INTO incident_events SELECT incident_id, event_id, doc_id "
                    "FROM _parley_links"
                )
                con.unregister("_parley_links")
            written = len(rows)
        con.execute("DELETE FROM dirty_groups")
        con.execute("DELETE FROM actors")
        con.execute(_ACTORS_SQL)
        con.execute("COMMIT")
    except duckdb.Error as error:
        con.execute("ROLLBACK")
        raise StoreError("E030", detail=f"incident rebuild failed: {error}") from error
    return written


__all__ = [
    "DEFAULT_BATCH_SIZE",
    "IngestProgress",
    "IngestReport",
    "PipeLike",
    "event_row",
    "ingest",
    "parse_day",
    "refresh",
    "write_batch",
    "write_results",
]
