"""A lazily built snapshot of the loaded KB under ``~/.cache/parley`` (never shipped).

The snapshot holds only built-in types and is written with :mod:`marshal`, which reads
~10^5 small objects far faster than pickle (whose memo dominates at this size). The
file name carries a hash of every input file, of the KB's own code and of the Python
version, so any edit to the data or to how it is read rebuilds it. Set
``PARLEY_KB_CACHE=0`` to turn the cache off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

FORMAT = "9"  # bump when the snapshot layout changes
_CODE = sorted(Path(__file__).resolve().parent.glob("*.py"))  # the KB package's modules


def _folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "parley"


def _name(paths: Sequence[Path]) -> str:
    digest = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]}".encode())
    for path in (*_CODE, *paths):
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes())
    return f"kb-{digest.hexdigest()[:24]}.marshal"


def _enabled() -> bool:
    return os.environ.get("PARLEY_KB_CACHE", "1") not in ("0", "false", "no")


def read(paths: Sequence[Path]) -> object | None:
    if not _enabled():
        return None
    try:
        with (_folder() / _name(paths)).open("rb") as fh:
            return marshal.load(fh)
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write(paths: Sequence[Path], value: object) -> None:
    if not _enabled():
        return
    try:
        folder = _folder()
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            marshal.dump(value, fh)  # type: ignore[arg-type]
        os.replace(tmp, folder / _name(paths))
    except (OSError, ValueError):
        pass  # a cache that cannot be written is no error
