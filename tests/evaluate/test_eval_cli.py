from __future__ import annotations

import json
from pathlib import Path

import click
from click.testing import CliRunner

from parley.cli import eval_cmd

from .builders import gold_line, pred, write_jsonl


def _cli() -> click.Group:
    group = click.Group()
    eval_cmd.register(group)
    return group


def _files(tmp_path: Path) -> tuple[Path, Path]:
    gold = write_jsonl(
        tmp_path / "g.gold.jsonl",
        [gold_line("d1", "CHN", "AGREE", "PRK"), gold_line("d1", "PRK", "AGREE", "CHN")],
    )
    preds = write_jsonl(tmp_path / "p.jsonl", [pred("d1", "CHN", "AGREE", "PRK")])
    return gold, preds


def test_eval_text_and_report(tmp_path: Path) -> None:
    gold, preds = _files(tmp_path)
    report = tmp_path / "report.md"
    result = CliRunner().invoke(
        _cli(), ["eval", str(gold), "--pred", str(preds), "--report", str(report)]
    )
    assert result.exit_code == 0, result.output
    assert "precision 1.000 recall 0.500" in result.output
    assert "| AGREE | 2 |" in report.read_text(encoding="utf-8")


def test_eval_json(tmp_path: Path) -> None:
    gold, preds = _files(tmp_path)
    result = CliRunner().invoke(
        _cli(), ["eval", str(gold), "--pred", str(preds), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["kind"] == "documents" and data["score"]["recall"] == 0.5


def test_eval_bad_gold_is_a_clean_error(tmp_path: Path) -> None:
    gold = tmp_path / "bad.jsonl"
    gold.write_text("{oops\n", encoding="utf-8")
    result = CliRunner().invoke(_cli(), ["eval", str(gold), "--pred", str(gold)])
    assert result.exit_code == 1
    assert "E040" in result.output


def test_eval_help_has_example() -> None:
    result = CliRunner().invoke(_cli(), ["eval", "--help"])
    assert result.exit_code == 0
    for option in ("--pred", "--report", "--format", "--articles", "--meta", "--negatives"):
        assert option in result.output
    assert "parley eval" in result.output
