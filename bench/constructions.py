"""Construction batteries: one-to-three-sentence news items with the tuples a careful coder
expects, the tuples a naive coder would wrongly give, and items with no event.

Usage: .venv/bin/python bench/constructions.py [FILE ...] [--failures]

Default: every ``bench/data/constructions/battery_*.jsonl``. Prints, per file, the
expected tuples found, the rejected tuples produced and the no-event items left clean
(no two-sided event); ``--failures`` lists the items that miss something.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import parley  # noqa: E402

FOLDER = ROOT / "bench" / "data" / "constructions"
SYMMETRIC = {"CONSULT", "COOPERATE"}

Tuple = tuple[str | None, str, str | None]


def _has(got: set[Tuple], wanted: Tuple) -> bool:
    source, event, target = wanted
    return wanted in got or (event in SYMMETRIC and (target, event, source) in got)


def run(
    path: Path, pipeline: parley.Pipeline, failures: bool
) -> tuple[int, int, int, int, int, int]:
    found = expected = produced = rejected = clean = empty = 0
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        events = parley.extract(item["text"], published=item.get("published"), pipeline=pipeline)
        got = {(e.source.country, e.event, e.target.country if e.target else None) for e in events}
        wanted = [tuple(t) for t in item.get("expect", [])]
        wrong = [tuple(t) for t in item.get("reject", [])]
        missed = [t for t in wanted if not _has(got, t)]  # type: ignore[arg-type]
        made = [t for t in wrong if _has(got, t)]  # type: ignore[arg-type]
        expected += len(wanted)
        found += len(wanted) - len(missed)
        rejected += len(wrong)
        produced += len(made)
        stray = sorted((g for g in got if g[2] is not None), key=str) if not wanted else []
        if not wanted:
            empty += 1
            clean += not stray
        if failures and (missed or made or stray):
            print(f"{path.name}:{number} {item.get('id')} [{item.get('note', '')}]")
            print(f"   {item['text'][:200]}")
            print(f"   missed={missed} wrong={made} stray={stray}")
    return found, expected, produced, rejected, clean, empty


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--failures", action="store_true", help="List the failing items.")
    args = parser.parse_args()
    files = args.files or sorted(FOLDER.glob("battery_*.jsonl"))
    pipeline = parley.Pipeline()
    print(f"{'file':<20} {'expected found':>16} {'rejected made':>14} {'no-event clean':>15}")
    for path in files:
        found, expected, produced, rejected, clean, empty = run(path, pipeline, args.failures)
        print(
            f"{path.name:<20} {f'{found}/{expected}':>16} {f'{produced}/{rejected}':>14}"
            f" {f'{clean}/{empty}':>15}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
