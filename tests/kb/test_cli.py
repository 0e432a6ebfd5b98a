from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from parley.cli.actors_cmd import actors


def test_lookup_one() -> None:
    out = CliRunner().invoke(
        actors, ["lookup", "the US president", "--on", "2018-03-28", "--format", "jsonl"]
    )
    assert out.exit_code == 0, out.output
    rec = json.loads(out.output)
    assert rec["name"] == "Donald Trump" and rec["country"] == "USA" and rec["status"] == "resolved"


def test_lookup_ambiguous_table() -> None:
    out = CliRunner().invoke(actors, ["lookup", "Kim", "--on", "2018-06-12"])
    assert out.exit_code == 0 and "ambiguous" in out.output and "candidate" in out.output


def test_lookup_input_file_with_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"mention": "Putin", "date": "2019-01-01"}\nnot json\n'
        '{"mention": "the Kremlin", "date": "2019-01-01"}\n',
        encoding="utf-8",
    )
    out = CliRunner().invoke(actors, ["lookup", "--input", str(path), "--format", "jsonl"])
    assert out.exit_code == 1
    lines = [json.loads(x) for x in out.stdout.splitlines() if x.startswith("{")]
    assert [r["mention"] for r in lines] == ["Putin", "the Kremlin"]
    assert lines[0]["name"] == "Vladimir Putin"
    assert f"{path}:2" in out.stderr
