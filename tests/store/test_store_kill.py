"""kill -9 in the middle of an ingest loses no committed article and leaves no half one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from parley.store import EventStore

from .kill_worker import n_events

WORKER = Path(__file__).with_name("kill_worker.py")
ROOT = Path(__file__).resolve().parents[2]
N = 120


def _worker(db: Path, delay: float) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(db), str(N), str(delay)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def _check_consistent(db: Path) -> int:
    with EventStore(db) as store:
        con = store.con
        per_doc = con.execute(
            "SELECT a.doc_id, a.n_events, count(e.event_id) FROM articles a "
            "LEFT JOIN events e ON e.doc_id = a.doc_id GROUP BY ALL"
        ).fetchall()
        for doc_id, declared, found in per_doc:
            assert declared == found == n_events(doc_id), doc_id
        orphans = con.execute(
            "SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT doc_id FROM articles)"
        ).fetchall()[0][0]
        dup_ids = con.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchall()[
            0
        ][0]
        assert orphans == 0 and dup_ids == 0
        return len(per_doc)


def test_sigkill_mid_run_then_resume(tmp_path: Path) -> None:
    db = tmp_path / "kill.duckdb"
    kept = []
    for stop_after in (9, 41):  # kill twice, at different points
        proc = _worker(db, delay=0.01)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("stored") and int(line.split()[1]) >= stop_after:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
        kept.append(_check_consistent(db))
    assert stop_after <= kept[-1] < N and kept[0] <= kept[1]
    # The rerun completes: everything stored once, the kept articles were skipped.
    done = subprocess.run(
        [sys.executable, str(WORKER), str(db), str(N)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        check=True,
    )
    last = done.stdout.strip().splitlines()[-1].split()
    assert last[0] == "done" and int(last[1]) == N - kept[-1] and int(last[2]) == kept[-1]
    assert _check_consistent(db) == N
    with EventStore(db) as store:
        counts = store.counts()
        assert counts["events"] == sum(n_events(f"k{i:05d}") for i in range(N))
        assert counts["incident_events"] == counts["events"]  # incidents caught up
