"""Subprocess for the kill -9 test: ingest N synthetic articles through a slow fake extractor.

usage: python kill_worker.py DB N [DELAY]; prints "stored K" after every article so the
parent can kill it mid-run. Article i has 1 + i % 4 events (so counts can be checked).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from builders import FakePipeline, article, event, text_for  # noqa: E402

from parley.model import Article, Event  # noqa: E402
from parley.store import EventStore, IngestProgress  # noqa: E402


def events_for(item: Article) -> list[Event]:
    i = int(item.doc_id[1:])
    return [
        event(item.doc_id, trigger_at=k * 7, date=f"2021-03-{1 + i % 28:02d}")
        for k in range(1 + i % 4)
    ]


def n_events(doc_id: str) -> int:
    return 1 + int(doc_id[1:]) % 4


def main() -> None:
    db, n = sys.argv[1], int(sys.argv[2])
    delay = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    docs = [article(f"k{i:05d}", text_for(i, 60)) for i in range(n)]

    def progress(p: IngestProgress) -> None:
        print(f"stored {p.stored}", flush=True)

    with EventStore(db) as store:
        report = store.ingest(
            docs, pipeline=FakePipeline(events_for, delay=delay), batch_size=4, progress=progress
        )
    print(f"done {report.stored} {report.skipped}", flush=True)


if __name__ == "__main__":
    main()
