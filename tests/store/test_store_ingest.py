from __future__ import annotations

from pathlib import Path

import pytest

import parley.store
from parley.errors import InputError, StoreError
from parley.ingest import read_inputs
from parley.model import Article
from parley.store import EventStore
from parley.store.migrations import MIGRATIONS

from .builders import FakePipeline, article, event, text_for

SHARED = Path(__file__).resolve().parents[3] / "shared"


def test_public_api_is_pinned() -> None:
    assert parley.store.__all__ == [
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


def test_migrations_are_recorded_once(db_path: Path) -> None:
    with EventStore(db_path) as store:
        assert store.schema_version == store.latest_version == MIGRATIONS[-1].version
        first = store.migrations()
    with EventStore(db_path) as store:
        again = store.migrations()
    assert list(first["name"]) == [m.name for m in MIGRATIONS]
    assert first.equals(again)


def test_newer_database_is_refused(db_path: Path) -> None:
    with EventStore(db_path) as store:
        store.con.execute("INSERT INTO schema_migrations VALUES (999, 'future', now())")
    with pytest.raises(StoreError) as info:
        EventStore(db_path)
    assert info.value.code == "E031"


def test_read_only_needs_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        EventStore(tmp_path / "missing.duckdb", read_only=True)
    assert info.value.code == "E030"


def test_ingest_twice_adds_nothing(store: EventStore) -> None:
    docs = [article(f"d{i}", text_for(i)) for i in range(7)]
    fake = FakePipeline()
    first = store.ingest(docs, pipeline=fake, batch_size=3)
    counts = store.counts()
    second = store.ingest(docs, pipeline=fake, batch_size=3)
    assert (first.stored, first.events, first.skipped) == (7, 14, 0)
    assert (second.stored, second.events, second.skipped) == (0, 0, 7)
    assert store.counts() == counts
    assert fake.seen == [d.doc_id for d in docs]  # unchanged articles never re-extracted


def test_changed_article_replaces_its_events(store: EventStore) -> None:
    store.write([(article("a", text_for(1)), [event("a", trigger_at=0), event("a", trigger_at=9)])])
    report = store.write([(article("a", text_for(2)), [event("a", kind="ACCUSE")])])
    assert (report.stored, report.replaced) == (1, 1)
    frame = store.events()
    assert list(frame["event"]) == ["ACCUSE"]
    assert store.counts()["articles"] == 1
    assert store.incidents()["event"].tolist() == ["ACCUSE"]  # stale incident rebuilt


def test_bad_items_are_counted_and_the_run_goes_on(store: EventStore) -> None:
    errors: list[str] = []
    items: list[Article | InputError] = [
        article("ok1", text_for(1)),
        InputError("E004", "feed.jsonl:2", detail="Expecting value"),
        article("boom", text_for(2)),
        article("ok2", text_for(3)),
    ]
    report = store.ingest(
        items, pipeline=FakePipeline(fail={"boom"}), on_error=lambda e: errors.append(str(e))
    )
    assert (report.stored, report.failed, report.ok) == (2, 2, False)
    assert errors[0].startswith("feed.jsonl:2: [E004]") and "test:boom" in errors[1]
    rerun = store.ingest(items, pipeline=FakePipeline())
    assert (rerun.stored, rerun.skipped) == (1, 2)  # the failed one is retried


def test_near_duplicates_are_flagged_and_not_independent(store: EventStore) -> None:
    body = text_for(5)
    docs = [
        article("orig", body),
        article("copy", "WIRE SERVICE REPOST. " + body + " All rights reserved by the wire."),
        article("other", text_for(6)),
    ]
    report = store.ingest(docs, pipeline=FakePipeline(), batch_size=2)
    assert report.duplicates == 1
    dup = store.con.execute(
        "SELECT doc_id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL"
    )
    assert dup.fetchall() == [("copy", "orig")]
    (incident,) = store.incidents().to_dict(orient="records")
    assert incident["n_sources"] == 2 and len(incident["doc_ids"]) == 3
    # Aggregates leave out the copy's events.
    assert int(store.dyads()["n_events"].iloc[0]) == 4
    # A later repost of the copy points at the original.
    store.ingest([article("copy2", body + " Reposted.")], pipeline=FakePipeline())
    row = store.con.execute("SELECT duplicate_of FROM articles WHERE doc_id = 'copy2'").fetchone()
    assert row == ("orig",)


def test_same_doc_twice_in_one_run(store: EventStore) -> None:
    report = store.ingest(
        [article("a", text_for(1)), article("a", text_for(1)), article("a", text_for(2))],
        pipeline=FakePipeline(),
    )
    assert report.skipped == 1 and store.counts()["articles"] == 1
    stored = store.article("a")
    assert stored is not None and stored.text == text_for(2)


def test_incidents_left_dirty_are_rebuilt_by_the_next_run(store: EventStore) -> None:
    store.ingest([article("a", text_for(1))], pipeline=FakePipeline(), rebuild=False)
    assert store.counts()["incidents"] == 0
    store.ingest([article("a", text_for(1))], pipeline=FakePipeline())
    assert store.counts()["incidents"] == 1
    assert store.rebuild_incidents(full=True) == 1


def test_events_round_trip(store: EventStore) -> None:
    events = [event("a", trigger_at=0), event("a", kind="ACCUSE", trigger_at=5, negated=True)]
    store.write([(article("a", text_for(1)), events)])
    assert sorted(store.event_records("a"), key=lambda e: e.event) == sorted(
        events, key=lambda e: e.event
    )


def _seed_and_voa_items() -> list[Article | InputError]:
    if not SHARED.is_dir():
        pytest.skip("shared data not present")
    paths = [SHARED / "seeds", *sorted((SHARED / "data" / "voa_sample").glob("*.jsonl"))]
    return list(read_inputs(paths, meta=SHARED / "eval" / "seeds.meta.jsonl"))


def test_seeds_and_voa_twice_give_identical_counts(store: EventStore) -> None:
    items = _seed_and_voa_items()
    first = store.ingest(items, pipeline=FakePipeline())
    counts = store.counts()
    second = store.ingest(items, pipeline=FakePipeline())
    assert first.stored == counts["articles"] >= 10 and first.failed == 0
    assert second.stored == 0 and second.skipped == first.stored
    assert store.counts() == counts
