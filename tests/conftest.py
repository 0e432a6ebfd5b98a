"""Shared fixtures: paths to the bundled sample and, when present, ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return EXAMPLES / "seeds"


@pytest.fixture(scope="session")
def seeds_meta() -> Path:
    return EXAMPLES / "seeds.meta.jsonl"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED
