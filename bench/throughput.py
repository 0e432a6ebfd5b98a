"""Throughput of parley's extraction against spaCy's full pipeline over the same text.

Usage: .venv/bin/python bench/throughput.py [PATH ...] [--repeat N] [--synthetic N] [--rounds R]

PATH defaults to the bundled seeds plus, when present, the VOA sample in ../shared.
The corpus is repeated N times (default 20) so that timings are not dominated by start-up.
``--synthetic N`` adds the first N distinct synthetic stories of ../shared/data/ngec_assets
(so that no text repeats: the KB lookup caches then get no free hits).
Reports words/s and peak memory (RSS) for each; each runs in its own process so that
the memory figures do not mix. Words/s is given on wall time and on the process's CPU
time (user + system): on a shared or throttled machine the CPU figure is the steadier
one. ``--rounds R`` alternates the two runs R times and keeps each one's best round.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import re
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _corpus(paths: list[str], repeat: int) -> list[tuple[str, str]]:
    from parley.ingest import read_inputs
    from parley.model import Article

    items = [a for a in read_inputs(paths) if isinstance(a, Article)]
    return [(f"{a.doc_id}#{i}", a.text) for i in range(repeat) for a in items]


def _synthetic(count: int) -> list[tuple[str, str]]:
    import csv
    import io
    import zipfile

    path = ROOT.parent / "shared" / "data" / "ngec_assets"
    with zipfile.ZipFile(next(path.glob("gpt_synthetic_events_*.csv.zip"))) as archive:
        name = archive.namelist()[0]
        with archive.open(name) as fh:
            rows = csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8"))
            texts = [(f"synthetic-{i}", row["text"]) for i, row in enumerate(rows)]
    return [item for item in texts if len(item[1].split()) >= 20][:count]


def _words(texts: list[tuple[str, str]]) -> int:
    return sum(len(re.findall(r"\S+", t)) for _, t in texts)


def _run_parley(texts: list[tuple[str, str]], queue: mp.Queue) -> None:
    from parley.ingest import article_from_text
    from parley.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.process(article_from_text("Warm up: the leaders met in Beijing.", doc_id="warm"))
    articles = [article_from_text(t, doc_id=d, prepared=False) for d, t in texts]
    start, cpu = time.perf_counter(), time.process_time()
    events = sum(len(r.events) for r in pipeline.pipe(articles, batch_size=32))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    queue.put({"seconds": elapsed, "cpu": cpu, "events": events, "peak_rss_mb": _peak_mb()})


def _run_spacy(texts: list[tuple[str, str]], queue: mp.Queue) -> None:
    from parley.nlp.parser import load_model

    nlp = load_model()
    nlp("Warm up.")
    start, cpu = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe((t for _, t in texts), batch_size=32))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    queue.put({"seconds": elapsed, "cpu": cpu, "tokens": tokens, "peak_rss_mb": _peak_mb()})


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _measure(target, texts):  # type: ignore[no-untyped-def]
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(texts, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--synthetic", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    paths = args.paths or [str(ROOT / "examples" / "seeds")]
    voa = ROOT.parent / "shared" / "data" / "voa_sample"
    if not args.paths and voa.is_dir():
        paths += [str(p) for p in sorted(voa.glob("*.jsonl"))]
    texts = _corpus(paths, args.repeat) + _synthetic(args.synthetic)
    words = _words(texts)
    runs: dict[str, list[dict[str, float]]] = {"parley": [], "spacy": []}
    for _ in range(max(1, args.rounds)):
        runs["parley"].append(_measure(_run_parley, texts))
        runs["spacy"].append(_measure(_run_spacy, texts))
    ours = min(runs["parley"], key=lambda r: r["seconds"])
    base = min(runs["spacy"], key=lambda r: r["seconds"])
    ours_cpu = min(r["cpu"] for r in runs["parley"])
    base_cpu = min(r["cpu"] for r in runs["spacy"])
    report = {
        "documents": len(texts),
        "words": words,
        "rounds": max(1, args.rounds),
        "parley_words_per_s": round(words / ours["seconds"]),
        "parley_words_per_cpu_s": round(words / ours_cpu),
        "parley_peak_rss_mb": round(ours["peak_rss_mb"]),
        "parley_events": ours["events"],
        "spacy_full_words_per_s": round(words / base["seconds"]),
        "spacy_full_words_per_cpu_s": round(words / base_cpu),
        "spacy_peak_rss_mb": round(base["peak_rss_mb"]),
        "speedup_wall": round(base["seconds"] / ours["seconds"], 2),
        "speedup_cpu": round(base_cpu / ours_cpu, 2),
    }
    if args.json:
        print(json.dumps(report))
        return
    for key, value in report.items():
        print(f"{key:>24}: {value}")


if __name__ == "__main__":
    main()
