"""End to end with the real extractor: seeds (and the VOA sample) into a store, twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.model import Article
from parley.store import EventStore

pytestmark = pytest.mark.slow

SEED_2021 = {"000_12cca14ff4c53052", "003_614b45fba65528b3"}


def _pipeline_or_skip() -> object:
    from parley.pipeline import Pipeline

    pipeline = Pipeline()
    try:
        pipeline.process(Article(doc_id="probe", text="Xi Jinping met Kim Jong Un in Beijing."))
    except NotImplementedError:
        pytest.skip("the extraction pipeline is not implemented yet")
    return pipeline


def test_seeds_end_to_end(shared_dir: Path, tmp_path: Path) -> None:
    pipeline = _pipeline_or_skip()
    paths = [shared_dir / "seeds", *sorted((shared_dir / "data" / "voa_sample").glob("*.jsonl"))]
    meta = shared_dir / "eval" / "seeds.meta.jsonl"
    with EventStore(tmp_path / "seeds.duckdb") as store:
        first = store.ingest_paths(paths, meta=meta, pipeline=pipeline)
        counts = store.counts()
        second = store.ingest_paths(paths, meta=meta, pipeline=pipeline)
        assert first.failed == 0 and second.stored == 0 and store.counts() == counts

        consult = store.incidents(dyad=("CHN", "PRK"), type="CONSULT")
        march = consult[consult["doc_ids"].map(lambda ids: bool(SEED_2021 & set(ids)))]
        assert len(march) == 1, march
        (row,) = march.to_dict(orient="records")
        assert set(row["doc_ids"]) == SEED_2021 and row["n_sources"] == 2
        assert str(row["date_start"])[:10] == "2021-03-22"
        years = {str(d)[:7] for d in consult["date_start"]}
        assert {"2018-03", "2021-03"} <= years and any(y.startswith("2020") for y in years)
        # Exchanges of different years are never one incident.
        for start, end in zip(consult["date_start"], consult["date_end"], strict=True):
            assert str(start)[:4] == str(end)[:4]

        periods = list(store.timeline("CHN", "PRK")["period"])
        assert periods == sorted(periods) and periods[0].startswith("2018")
