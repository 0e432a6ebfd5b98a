"""The hand-written table of (mention, date, context) -> (name, country, sector) cases."""

from __future__ import annotations

import csv
from pathlib import Path

from parley.kb import KnowledgeBase
from parley.kb._text import key

CASES = Path(__file__).with_name("lookup_cases.tsv")


def _rows() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _right(kb: KnowledgeBase, row: dict[str, str]) -> tuple[bool, str]:
    context = [c for c in row["context"].split(",") if c]
    res = kb.lookup(row["mention"], row["date"], context=context)
    if row["name"] == "AMBIGUOUS":
        return res.status == "ambiguous", res.status
    entry = res.entry
    if entry is None:
        return False, res.status
    names = {key(entry.name), *(key(a) for a in entry.aliases)}
    ok = (
        key(row["name"]) in names
        and (entry.country or "") == row["country"]
        and (entry.sector or "") == row["sector"]
    )
    return ok, f"{entry.name}/{entry.country}/{entry.sector}"


def test_table_has_enough_cases() -> None:
    rows = _rows()
    assert len(rows) >= 220
    assert len({r["date"][:4] for r in rows}) >= 20


def test_lookup_table_accuracy(kb: KnowledgeBase) -> None:
    rows = _rows()
    failures = []
    for row in rows:
        ok, got = _right(kb, row)
        if not ok:
            failures.append(
                f"{row['mention']!r} {row['date']} ctx={row['context']}: "
                f"want {row['name']}/{row['country']}/{row['sector']} got {got}"
            )
    accuracy = 1 - len(failures) / len(rows)
    print(f"\nKB lookup table: {accuracy:.1%} of {len(rows)} right")
    for line in failures:
        print("  FAIL", line)
    assert accuracy >= 0.95
