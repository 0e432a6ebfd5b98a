"""`parley extract` on good and bad input: errors name the file and line, the run goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from parley.cli import main

pytestmark = pytest.mark.slow

GOOD = "Leaders meet\n\nJapan accused China of spying on Monday, officials said.\n"


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    runner = CliRunner()
    result = runner.invoke(main, ["extract", "--no-progress", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_bad_inputs_are_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (tmp_path / "latin.txt").write_bytes("Le président a rencontré à Paris.".encode("latin-1"))
    (tmp_path / "batch.jsonl").write_text(
        json.dumps({"id": "a", "text": GOOD}) + "\n{not json\n" + json.dumps({"id": "b"}) + "\n",
        encoding="utf-8",
    )
    code, out, err = run(str(tmp_path))
    assert code == 1
    assert "batch.jsonl:2" in err and "batch.jsonl:3" in err
    assert "empty.txt" in err and "binary.txt" in err and "latin.txt" in err
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert {r["doc_id"] for r in records} == {"good", "a"}
    assert "2 documents" in err and "5 failed" in err


def test_clean_run_exits_zero_and_writes_csv(tmp_path: Path) -> None:
    source = tmp_path / "one.txt"
    source.write_text(GOOD, encoding="utf-8")
    target = tmp_path / "out.csv"
    code, _, err = run(str(source), "--format", "csv", "-o", str(target))
    assert code == 0, err
    header = target.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("event_id,doc_id,event")


def test_stdin_text(tmp_path: Path) -> None:
    code, out, err = run("-", stdin=GOOD)
    assert code == 0, err
    assert '"ACCUSE"' in out


def test_missing_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    code, _, err = run(str(tmp_path / "nope.txt"))
    assert code == 1
    assert "nope.txt" in err
