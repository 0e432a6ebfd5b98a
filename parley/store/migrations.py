"""Numbered, named schema migrations, each recorded in ``schema_migrations``.

A migration is applied once, in its own transaction, together with its row in
``schema_migrations``; a failed one rolls back and raises ``StoreError("E031")``.
Never edit a released migration: append a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

from parley.errors import StoreError


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


_V1 = (
    """
    CREATE TABLE articles (
        doc_id        VARCHAR PRIMARY KEY,
        content_hash  VARCHAR NOT NULL,
        text          VARCHAR NOT NULL,
        body          VARCHAR,
        title         VARCHAR,
        published     DATE,
        published_raw VARCHAR,
        outlet        VARCHAR,
        url           VARCHAR,
        language      VARCHAR,
        origin        VARCHAR,
        ingested_at   TIMESTAMP NOT NULL,
        duplicate_of  VARCHAR,
        similarity    DOUBLE,
        n_shingles    INTEGER,
        minhash       UINTEGER[],
        n_events      INTEGER NOT NULL
    )
    """,
    # Locality-sensitive hashing buckets of each article's MinHash (near duplicates).
    """
    CREATE TABLE article_lsh (
        band    SMALLINT NOT NULL,
        bucket  UBIGINT NOT NULL,
        doc_id  VARCHAR NOT NULL
    )
    """,
    """
    CREATE TABLE events (
        event_id          VARCHAR PRIMARY KEY,
        doc_id            VARCHAR NOT NULL,
        event             VARCHAR NOT NULL,
        mode              VARCHAR,
        quad_class        TINYINT,
        scale             DOUBLE,
        group_key         VARCHAR NOT NULL,
        source_key        VARCHAR NOT NULL,
        source_name       VARCHAR,
        source_country    VARCHAR,
        source_sector     VARCHAR,
        source_actor_id   VARCHAR,
        target_key        VARCHAR,
        target_name       VARCHAR,
        target_country    VARCHAR,
        target_sector     VARCHAR,
        target_actor_id   VARCHAR,
        date              VARCHAR,
        date_precision    VARCHAR,
        date_text         VARCHAR,
        date_start        DATE,
        date_end          DATE,
        published         DATE,
        location_name     VARCHAR,
        location_country  VARCHAR,
        lat               DOUBLE,
        lon               DOUBLE,
        sentence          VARCHAR,
        trigger           VARCHAR,
        confidence        DOUBLE,
        negated           BOOLEAN NOT NULL,
        is_duplicate      BOOLEAN NOT NULL,
        source            JSON,
        target            JSON,
        intermediary      JSON,
        date_mention      JSON,
        location          JSON,
        evidence          JSON,
        context           JSON,
        provenance        JSON,
        schema_version    VARCHAR
    )
    """,
    """
    CREATE TABLE actors (
        actor_key     VARCHAR NOT NULL,
        name          VARCHAR,
        country       VARCHAR,
        sector        VARCHAR,
        actor_id      VARCHAR,
        n_events      BIGINT NOT NULL,
        n_as_source   BIGINT NOT NULL,
        n_as_target   BIGINT NOT NULL,
        first_date    DATE,
        last_date     DATE
    )
    """,
    """
    CREATE TABLE incidents (
        incident_id       VARCHAR PRIMARY KEY,
        group_key         VARCHAR NOT NULL,
        event             VARCHAR NOT NULL,
        mode              VARCHAR,
        quad_class        TINYINT,
        scale             DOUBLE,
        source_key        VARCHAR NOT NULL,
        source_name       VARCHAR,
        source_country    VARCHAR,
        target_key        VARCHAR,
        target_name       VARCHAR,
        target_country    VARCHAR,
        date              VARCHAR,
        date_precision    VARCHAR,
        date_start        DATE,
        date_end          DATE,
        location_name     VARCHAR,
        location_country  VARCHAR,
        n_events          INTEGER NOT NULL,
        n_sources         INTEGER NOT NULL,
        doc_ids           VARCHAR[] NOT NULL,
        confidence        DOUBLE,
        members           JSON NOT NULL
    )
    """,
    """
    CREATE TABLE incident_events (
        incident_id  VARCHAR NOT NULL,
        event_id     VARCHAR NOT NULL,
        doc_id       VARCHAR NOT NULL
    )
    """,
    # Incident groups touched by committed writes and not yet rebuilt: written in the
    # same transaction as the events, so a killed run leaves them for the next one.
    """
    CREATE TABLE dirty_groups (
        group_key  VARCHAR NOT NULL
    )
    """,
)

MIGRATIONS: tuple[Migration, ...] = (Migration(1, "initial_schema", _V1),)

LATEST_VERSION = MIGRATIONS[-1].version

_LEDGER = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        VARCHAR NOT NULL,
    applied_at  TIMESTAMP NOT NULL
)
"""


def applied_versions(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Versions recorded in ``schema_migrations`` (empty for a new database)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchall()
    if not exists or not exists[0][0]:
        return []
    return [
        int(r[0])
        for r in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()
    ]


def pending(con: duckdb.DuckDBPyConnection) -> list[Migration]:
    done = set(applied_versions(con))
    return [m for m in MIGRATIONS if m.version not in done]


def migrate(con: duckdb.DuckDBPyConnection) -> list[Migration]:
    """Apply every pending migration in order; return those applied."""
    done: list[Migration] = []
    con.execute(_LEDGER)
    known = {m.version for m in MIGRATIONS}
    ahead = [v for v in applied_versions(con) if v not in known]
    if ahead:
        raise StoreError("E031", detail=f"database has unknown migration(s) {ahead}: newer parley?")
    for migration in pending(con):
        try:
            con.execute("BEGIN TRANSACTION")
            for statement in migration.statements:
                con.execute(statement)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [migration.version, migration.name, datetime.now(UTC).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except duckdb.Error as error:
            con.execute("ROLLBACK")
            raise StoreError(
                "E031", detail=f"{migration.version:03d}_{migration.name}: {error}"
            ) from error
        done.append(migration)
    return done


__all__ = ["LATEST_VERSION", "MIGRATIONS", "Migration", "applied_versions", "migrate", "pending"]
