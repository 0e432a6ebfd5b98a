"""A lazily built pickle of the loaded KB under ``~/.cache/parley`` (never shipped).

The file name carries a hash of every input file, so any edit rebuilds it. Set
``PARLEY_KB_CACHE=0`` to turn the cache off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Sequence
from pathlib import Path

FORMAT = "5"  # bump when the KnowledgeBase internals change


def _folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "parley"


def _name(paths: Sequence[Path]) -> str:
    digest = hashlib.sha256(FORMAT.encode())
    for path in paths:
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes())
    return f"kb-{digest.hexdigest()[:24]}.pickle"


def _enabled() -> bool:
    return os.environ.get("PARLEY_KB_CACHE", "1") not in ("0", "false", "no")


def read(paths: Sequence[Path]) -> object | None:
    if not _enabled():
        return None
    try:
        with (_folder() / _name(paths)).open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
        return None


def write(paths: Sequence[Path], value: object) -> None:
    if not _enabled():
        return
    try:
        folder = _folder()
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / _name(paths))
    except OSError:
        pass  # a cache that cannot be written is no error
