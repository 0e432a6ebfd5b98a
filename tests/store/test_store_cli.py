from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import parley.pipeline
from parley.cli import main, store_cmd
from parley.model import event_from_dict
from parley.store import EventStore

from .builders import FakePipeline, article, event, text_for

DOCS = Path(__file__).resolve().parents[2] / "docs"


ENGLISH = (
    "The foreign minister said on Monday that the talks with the visiting delegation had been "
    "useful and that both sides would meet again next month to discuss trade.",
    "Heavy rain flooded several villages in the north of the country, and the government sent "
    "soldiers to help families who had lost their homes in the storm.",
    "The central bank kept its interest rate unchanged, saying that prices were still rising "
    "faster than it wanted but that the economy was slowing down.",
)


@pytest.fixture
def db(db_path: Path) -> Path:
    with EventStore(db_path) as store:
        store.write(
            [
                (article("a", text_for(1), published="2021-03-22"), [event("a")]),
                (
                    article("b", text_for(2), published="2021-03-23"),
                    [
                        event("b", trigger_at=5),
                        event(
                            "b",
                            "ACCUSE",
                            trigger_at=20,
                            date="2021-04-02",
                            sentence="Kim blamed Xi.",
                        ),
                    ],
                ),
                (article("c", text_for(3), published=None), [event("c", date=None)]),
            ]
        )
    return db_path


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_commands_are_registered_and_documented() -> None:
    names = {c.name for c in store_cmd.COMMANDS}
    assert names <= set(main.commands) and "list" not in main.commands
    text = (DOCS / "store.md").read_text(encoding="utf-8")
    for name in [*names, "actors"]:
        assert f"parley {name}" in text
    for command in store_cmd.COMMANDS:
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--"):
                    assert opt in text, (command.name, opt)


def test_query_commands_and_formats(db: Path) -> None:
    table = run("events", "--db", str(db), "--dyad", "CHN", "PRK")
    assert "Xi Jinping" in table and "event_id" in table.splitlines()[0]
    lines = run("events", "--db", str(db), "--format", "jsonl", "--type", "ACCUSE").splitlines()
    assert [json.loads(x)["event"] for x in lines] == ["ACCUSE"]
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", str(db), "--format", "csv"))))
    assert len(rows) == 4
    assert (
        len(run("events", "--db", str(db), "--text", "blamed", "--format", "jsonl").splitlines())
        == 1
    )
    inc = [
        json.loads(x)
        for x in run("incidents", "--db", str(db), "--members", "--format", "jsonl").splitlines()
    ]
    two = [i for i in inc if i["n_sources"] == 2]
    assert len(two) == 1 and {m["doc_id"] for m in two[0]["members"]} == {"a", "b"}
    timeline = run("timeline", "CHN", "PRK", "--db", str(db), "--format", "csv")
    periods = [r["period"] for r in csv.DictReader(io.StringIO(timeline))]
    assert periods == sorted(periods) and periods[0] == "2021-03" and "2021-04" in periods
    assert "CHN" in run("dyads", "--db", str(db), "--country", "PRK")
    listed = CliRunner().invoke(store_cmd.list_actors, ["--db", str(db), "--format", "csv"])
    assert listed.exit_code == 0 and "Kim Jong Un" in listed.output


def test_actors_group_uses_parley_db(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEY_DB", str(db))
    assert "Xi Jinping" in run("actors")


def test_missing_store_is_a_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "E030" in result.output


def test_exports(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    run("export", "--db", str(db), "--format", "jsonl", str(out))
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 4
    assert {event_from_dict(r).event_id for r in records} == {r["event_id"] for r in records}
    gdelt = tmp_path / "gdelt.csv"
    run("export", "--db", str(db), "--format", "gdelt", str(gdelt))
    rows = list(csv.DictReader(gdelt.open(encoding="utf-8")))
    assert rows[0]["SQLDATE"] == "20210322" and rows[0]["QuadClass"] == "1"
    assert rows[0]["Actor1CountryCode"] == "CHN" and rows[0]["SOURCEURL"].startswith("https://")
    assert all(int(r["GlobalEventID"]) > 0 for r in rows)
    assert {r["NumSources"] for r in rows if r["EventCode"] == "CONSULT"} == {"2", "1"}
    flat = tmp_path / "events.csv"
    run("export", "--db", str(db), "--format", "csv", str(flat))
    assert len(list(csv.DictReader(flat.open(encoding="utf-8")))) == 4
    parquet = tmp_path / "pq"
    run("export", "--db", str(db), "--format", "parquet", str(parquet))
    months = sorted(p.name for p in parquet.iterdir())
    assert months == ["month=2021-03", "month=2021-04", "month=unknown"]
    assert pq.read_table(parquet).num_rows == 4


def test_ingest_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parley.pipeline, "Pipeline", lambda: FakePipeline())
    src = tmp_path / "in"
    src.mkdir()
    for i, body in enumerate(ENGLISH):
        (src / f"doc{i}.txt").write_text(body + "\n", encoding="utf-8")
    (src / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
    db = tmp_path / "x.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(src), "--db", str(db)])
    assert result.exit_code == 1  # the bad line failed; the rest went in
    assert re.search(r"bad\.jsonl:1: \[E004\]", result.output)
    assert re.search(r"3 stored .* 0 unchanged, 1 failed", result.output)
    again = CliRunner().invoke(main, ["ingest", str(src / "doc0.txt"), "--db", str(db)])
    assert again.exit_code == 0 and "0 stored" in again.output and "1 unchanged" in again.output
