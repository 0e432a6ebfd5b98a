"""Query timings on a store of synthetic events (default 1,000,000).

    python bench/store_queries.py [--events N] [--db FILE] [--repeat R]

Events are generated with numpy and bulk-inserted through Arrow straight into the
``events`` table of a migrated store (no extraction, no per-row inserts); the articles
table gets one row per 4 events. Each query runs ``--repeat`` times after one warm-up;
the best and median wall times are printed. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from parley.model import PLOVER_TYPES
from parley.store import EventStore, quad_class, scale_value
from parley.store.writer import _EVENT_SCHEMA

COUNTRIES = [
    "USA",
    "CHN",
    "RUS",
    "PRK",
    "KOR",
    "JPN",
    "IND",
    "PAK",
    "IRN",
    "ISR",
    "PSE",
    "SYR",
    "IRQ",
    "TUR",
    "UKR",
    "GBR",
    "FRA",
    "DEU",
    "ITA",
    "ESP",
    "BRA",
    "MEX",
    "NGA",
    "ETH",
    "KEN",
    "ZAF",
    "EGY",
    "SAU",
    "AFG",
    "VEN",
    "CUB",
    "COL",
    "IDN",
    "PHL",
    "VNM",
    "THA",
    "MMR",
    "BGD",
    "LKA",
    "NPL",
]
SECTORS = ("GOV", "MIL", "REB", "OPP", "CVL", "BUS", "MED", None)
WORDS = [
    "talks",
    "summit",
    "missile",
    "sanctions",
    "aid",
    "troops",
    "border",
    "protest",
    "ceasefire",
    "trade",
    "election",
    "embassy",
    "treaty",
    "drone",
    "refugees",
    "nuclear",
    "visit",
    "envoy",
    "strike",
    "police",
]


def synthetic_events(n: int, seed: int = 7) -> pa.Table:
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, len(COUNTRIES) + 1) ** 0.9
    weights /= weights.sum()
    countries = np.array(COUNTRIES, dtype=object)
    src = countries[rng.choice(len(COUNTRIES), n, p=weights)]
    tgt = countries[rng.choice(len(COUNTRIES), n, p=weights)]
    types = np.array(PLOVER_TYPES, dtype=object)[rng.integers(0, len(PLOVER_TYPES), n)]
    days = rng.integers(0, 365 * 10, n)
    start = np.datetime64("2015-01-01") + days.astype("timedelta64[D]")
    published = start + rng.integers(0, 3, n).astype("timedelta64[D]")
    doc = rng.integers(0, n // 4 + 1, n)
    word = np.array(WORDS, dtype=object)[rng.integers(0, len(WORDS), n)]
    sectors = np.array(SECTORS, dtype=object)
    with np.errstate(over="ignore"):  # an odd multiplier mod 2**64 keeps ids unique
        mixed = rng.permutation(n).astype(np.uint64) * np.uint64(11400714819323198485)
    ids = [f"{int(i):016x}" for i in mixed]
    scales = {t: scale_value(t) for t in PLOVER_TYPES}
    quads = {t: quad_class(t) for t in PLOVER_TYPES}
    sentences = [
        f"{s} and {t} held {w} on the matter." for s, t, w in zip(src, tgt, word, strict=True)
    ]
    source_keys = src.tolist()
    target_keys = tgt.tolist()
    kinds = types.tolist()
    symmetric = {"CONSULT", "COOPERATE"}
    group_keys = [
        f"{k}|{min(a, b)}|{max(a, b)}" if k in symmetric else f"{k}|{a}|{b}"
        for k, a, b in zip(kinds, source_keys, target_keys, strict=True)
    ]
    columns: dict[str, Any] = {
        "event_id": ids,
        "doc_id": [f"doc{d:08d}" for d in doc],
        "event": kinds,
        "mode": None,
        "quad_class": [quads[t] for t in kinds],
        "scale": [scales[t] for t in kinds],
        "group_key": group_keys,
        "source_key": source_keys,
        "source_name": [f"Government of {c}" for c in source_keys],
        "source_country": source_keys,
        "source_sector": sectors[rng.integers(0, len(SECTORS), n)].tolist(),
        "source_actor_id": None,
        "target_key": target_keys,
        "target_name": [f"Government of {c}" for c in target_keys],
        "target_country": target_keys,
        "target_sector": sectors[rng.integers(0, len(SECTORS), n)].tolist(),
        "target_actor_id": None,
        "date": np.datetime_as_string(start, unit="D").tolist(),
        "date_precision": "day",
        "date_text": None,
        "date_start": start,
        "date_end": start,
        "published": published,
        "location_name": None,
        "location_country": src.tolist(),
        "lat": None,
        "lon": None,
        "sentence": sentences,
        "trigger": word.tolist(),
        "confidence": rng.random(n).round(3),
        "negated": np.zeros(n, dtype=bool),
        "is_duplicate": rng.random(n) < 0.05,
        "source": None,
        "target": None,
        "intermediary": None,
        "date_mention": None,
        "location": None,
        "evidence": None,
        "context": None,
        "provenance": None,
        "schema_version": "1",
    }
    arrays = []
    for field in _EVENT_SCHEMA:
        value = columns[field.name]
        if value is None or isinstance(value, str):
            arrays.append(pa.array([value] * n, type=field.type))
        else:
            arrays.append(pa.array(value, type=field.type))
    return pa.Table.from_arrays(arrays, schema=_EVENT_SCHEMA)


def load(store: EventStore, table: pa.Table) -> None:
    con = store.con
    con.register("_bench_events", table)
    con.execute("INSERT INTO events BY NAME SELECT * FROM _bench_events")
    con.unregister("_bench_events")
    con.execute(
        """
        INSERT INTO articles (doc_id, content_hash, text, published, ingested_at, n_events)
        SELECT doc_id, md5(doc_id), 'synthetic', min(published), now(), count(*)
        FROM events GROUP BY doc_id
        """
    )
    con.execute("CHECKPOINT")


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float, float, int]:
    """Best and median wall time, CPU time of the best run (all threads), row count."""
    rows = len(fn())  # warm-up
    runs = []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        runs.append((time.perf_counter() - w0, time.process_time() - c0))
    best = min(runs)
    return best[0], statistics.median(w for w, _ in runs), best[1], rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "bench.duckdb"
    with EventStore(db) as store:
        if store.counts()["events"] != args.events:
            store.con.execute("DELETE FROM events")
            store.con.execute("DELETE FROM articles")
            t0 = time.perf_counter()
            table = synthetic_events(args.events)
            t1 = time.perf_counter()
            load(store, table)
            t2 = time.perf_counter()
            print(f"generated {args.events:,} events in {t1 - t0:.1f} s, loaded in {t2 - t1:.1f} s")
    queries: list[tuple[str, Callable[[EventStore], Any]]] = [
        ("dyad filter (events --dyad CHN PRK)", lambda s: s.events(dyad=("CHN", "PRK"))),
        ("timeline CHN PRK by month", lambda s: s.timeline("CHN", "PRK", by="month")),
        ("timeline USA RUS by week", lambda s: s.timeline("USA", "RUS", by="week")),
        (
            "type + date range (ASSAULT, 2020)",
            lambda s: s.events(type="ASSAULT", since="2020-01-01", until="2020-12-31"),
        ),
        (
            "text filter (--text ceasefire, limit 1000)",
            lambda s: s.events(text="ceasefire", limit=1000),
        ),
        (
            "actor substring + type (limit 100)",
            lambda s: s.events(actor="of irn", type="THREATEN", limit=100),
        ),
        ("dyads --country CHN", lambda s: s.dyads(country="CHN")),
        ("dyads (all)", lambda s: s.dyads()),
    ]
    print(f"{'query':48} {'best s':>8} {'median s':>9} {'cpu s':>7} {'rows':>8}")
    with EventStore(db, read_only=True) as store:
        for name, query in queries:
            best, median, cpu, rows = timed(lambda q=query: q(store), args.repeat)  # type: ignore[misc]
            print(f"{name:48} {best:8.3f} {median:9.3f} {cpu:7.3f} {rows:8d}")
    tmp.cleanup()


if __name__ == "__main__":
    main()
