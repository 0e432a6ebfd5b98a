"""Without the ml extra: a clear error, and nothing heavy imported by the default install."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from typing import Any

import pytest
from click.testing import CliRunner

from parley.cli import main as cli
from parley.errors import MLError, ParleyError
from parley.ml import embed
from parley.pipeline import Pipeline


@pytest.fixture
def no_torch(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec

    def find_spec(name: str, *args: Any, **kwargs: Any) -> Any:
        return None if name == "torch" else real(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


@pytest.mark.usefixtures("no_torch")
def test_missing_extra_names_what_is_missing_and_how_to_install() -> None:
    assert "torch" in embed.missing_modules()
    with pytest.raises(MLError) as caught:
        embed.require_extra()
    message = str(caught.value)
    assert "[E060]" in message and "torch" in message
    assert "scripts/setup.sh --ml" in message
    assert isinstance(caught.value, ParleyError)


@pytest.mark.usefixtures("no_torch")
def test_ml_pipeline_fails_at_once_without_the_extra() -> None:
    with pytest.raises(MLError, match="E060"):
        Pipeline(mode="ml")
    with pytest.raises(MLError, match="E060"):
        embed.SentenceEmbedder().encode(["France accused Germany."])
    Pipeline(mode="rules")  # the default mode needs nothing more


@pytest.mark.usefixtures("no_torch")
def test_cli_reports_the_missing_extra_cleanly() -> None:
    result = CliRunner().invoke(cli, ["extract", "--mode", "ml", "-"], input="France met Germany.")
    assert result.exit_code == 1
    assert "E060" in result.output and "--ml" in result.output
    assert "Traceback" not in result.output


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown mode"):
        Pipeline(mode="neural")


def test_importing_parley_and_its_ml_package_does_not_import_torch() -> None:
    code = (
        "import sys, parley, parley.ml, parley.pipeline, parley.cli;"
        "heavy = {'torch', 'sentence_transformers', 'transformers'} & set(sys.modules);"
        "print(sorted(heavy)); sys.exit(1 if heavy else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
