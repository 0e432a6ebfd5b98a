"""``read_inputs``: paths in, prepared articles (or per-item errors) out."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from parley.errors import InputError
from parley.ingest.decode import DEFAULT_MAX_CHARS
from parley.ingest.fields import apply_fields
from parley.ingest.metadata import read_metadata
from parley.ingest.prepare import prepare
from parley.ingest.readers import STDIN, read_path, read_stdin
from parley.model import Article


def read_inputs(
    paths: Sequence[str | Path],
    *,
    meta: str | Path | None = None,
    stdin: TextIO | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Article | InputError]:
    """Yield a prepared article, or the error, for every item of every path.

    ``"-"`` reads ``stdin`` (default ``sys.stdin``). Metadata from ``meta`` is matched
    by ``doc_id`` and wins over values read from the text. A bad ``meta`` file raises
    at once, before anything is read.
    """
    table: dict[str, dict[str, Any]] = read_metadata(meta) if meta is not None else {}
    for path in paths:
        items = (
            read_stdin(stdin or sys.stdin, max_chars=max_chars)
            if str(path) == STDIN
            else read_path(Path(path), max_chars=max_chars)
        )
        for item in items:
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield prepare(apply_fields(item, table.get(item.doc_id, {})))
            except InputError as error:
                yield error
