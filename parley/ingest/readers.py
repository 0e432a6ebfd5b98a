"""Input formats to raw articles: text, HTML, JSON lines, feeds, directories, stdin.

Readers yield an ``Article`` (not yet cleaned) or the ``InputError`` of each item, so
one bad item never stops the rest. ``origin`` is ``path`` or ``path:line``
(``path#itemN`` for feed items).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from parley.errors import InputError
from parley.ingest.decode import (
    check_size,
    decode_bytes,
    looks_binary,
    normalise_newlines,
    read_text,
)
from parley.ingest.feeds import is_feed, read_feed
from parley.ingest.fields import apply_fields, article_from_record, record_text, short_hash
from parley.ingest.webpage import page_to_text
from parley.model import Article

STDIN = "-"
STDIN_ORIGIN = "<stdin>"
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".jsonlines"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
_SNIFF_BYTES = 4096

Item = Article | InputError


def parse_jsonl_line(line: str, *, origin: str, max_chars: int) -> Item | None:
    """The article on one JSON line (None for a blank line) or its error."""
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError("E004", origin=origin, detail=f"{exc.msg} (column {exc.colno})")
    if not isinstance(record, dict):
        return InputError("E004", origin=origin, detail="not a JSON object")
    text = record_text(record)
    if text is None:
        return InputError("E005", origin=origin)
    text = normalise_newlines(text)
    try:
        check_size(text, origin=origin, max_chars=max_chars)
    except InputError as error:
        return error
    return article_from_record(record, origin=origin, text=text)


def _jsonl_items(
    lines: Iterable[str | InputError], *, origin: str, max_chars: int
) -> Iterator[Item]:
    for number, line in enumerate(lines, start=1):
        if isinstance(line, InputError):
            yield line
            continue
        item = parse_jsonl_line(line, origin=f"{origin}:{number}", max_chars=max_chars)
        if item is not None:
            yield item


def _decoded_lines(path: Path) -> Iterator[str | InputError]:
    """Lines of a file read in binary, each decoded on its own (E002 names the line).

    A file that starts like binary data gives one E002 for the whole file.
    """
    with path.open("rb") as handle:
        if b"\x00" in handle.read(_SNIFF_BYTES):
            yield InputError("E002", origin=str(path))
            return
        handle.seek(0)
        for number, raw in enumerate(handle, start=1):
            try:
                yield decode_bytes(raw.rstrip(b"\r\n"), origin=f"{path}:{number}")
            except InputError as error:
                yield error


def read_jsonl(path: Path, *, max_chars: int) -> Iterator[Item]:
    """JSON lines streamed: the size limit applies to each article, not the file."""
    try:
        yield from _jsonl_items(_decoded_lines(path), origin=str(path), max_chars=max_chars)
    except OSError as exc:
        yield InputError("E001", origin=str(path), detail=exc.strerror or str(exc))


def read_html(path: Path, *, max_chars: int) -> Iterator[Item]:
    page = read_text(path, max_chars=max_chars)
    text, fields = page_to_text(page)
    if not text:
        yield InputError("E003", origin=str(path))
        return
    article = Article(doc_id=path.stem, text=text, origin=str(path))
    yield apply_fields(article, dict(fields))


def read_plain(path: Path, *, max_chars: int) -> Iterator[Item]:
    yield Article(doc_id=path.stem, text=read_text(path, max_chars=max_chars), origin=str(path))


def read_unknown(path: Path, *, max_chars: int) -> Iterator[Item]:
    """Any other extension: text when it decodes (a feed when it looks like one), else E008."""
    try:
        text = read_text(path, max_chars=max_chars)
    except InputError as error:
        if error.code != "E002":
            raise
        raise InputError(
            "E008", origin=str(path), detail=f"'{path.suffix}' file is not text"
        ) from None
    if is_feed(text):
        yield from read_feed(text, origin=str(path))
    else:
        yield Article(doc_id=path.stem, text=text, origin=str(path))


def read_feed_file(path: Path, *, max_chars: int) -> Iterator[Item]:
    yield from read_feed(read_text(path, max_chars=max_chars), origin=str(path))


def _walk(directory: Path) -> Iterator[Path]:
    """Files under ``directory``, recursively, sorted, hidden names skipped."""
    for entry in sorted(directory.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.is_file():
            yield entry


def read_file(path: Path, *, max_chars: int) -> Iterator[Item]:
    """Items of one file, chosen by extension; errors of the whole file are yielded."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, max_chars=max_chars)
        return
    reader = (
        read_plain
        if suffix in TEXT_SUFFIXES
        else read_html
        if suffix in HTML_SUFFIXES
        else read_feed_file
        if suffix in FEED_SUFFIXES
        else read_unknown
    )
    try:
        yield from reader(path, max_chars=max_chars)
    except InputError as error:
        yield error


def read_path(path: Path, *, max_chars: int) -> Iterator[Item]:
    if path.is_dir():
        for file in _walk(path):
            yield from read_file(file, max_chars=max_chars)
    elif path.exists():
        yield from read_file(path, max_chars=max_chars)
    else:
        yield InputError("E001", origin=str(path), detail="no such file or directory")


def read_stdin(stream: TextIO, *, max_chars: int) -> Iterator[Item]:
    """JSON lines when every non-empty line looks like an object, else one text article."""
    try:
        text = normalise_newlines(stream.read())
    except UnicodeDecodeError:
        yield InputError("E002", origin=STDIN_ORIGIN)
        return
    if looks_binary(text):
        yield InputError("E002", origin=STDIN_ORIGIN)
        return
    lines = text.split("\n")
    filled = [line.strip() for line in lines if line.strip()]
    if filled and all(line.startswith("{") for line in filled):
        yield from _jsonl_items(lines, origin=STDIN_ORIGIN, max_chars=max_chars)
        return
    try:
        check_size(text, origin=STDIN_ORIGIN, max_chars=max_chars)
    except InputError as error:
        yield error
        return
    yield Article(doc_id=short_hash(text), text=text, origin=STDIN_ORIGIN)
