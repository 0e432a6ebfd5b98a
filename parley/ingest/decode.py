"""Bytes to text: UTF-8 only, binary refused, size capped.

Newlines are normalised to ``\\n`` (as Python's text mode does); every offset downstream
counts into the string returned here.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from parley.errors import InputError

DEFAULT_MAX_CHARS = 5_000_000
_SNIFF = 4096  # characters inspected for control characters
_MAX_CONTROL_RATIO = 0.05
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")


def looks_binary(text: str) -> bool:
    """NUL bytes, or too many control characters in the first few kilobytes."""
    if "\x00" in text:
        return True
    head = text[:_SNIFF]
    if not head:
        return False
    controls = sum(
        1 for ch in head if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    return controls / len(head) > _MAX_CONTROL_RATIO


def decode_bytes(data: bytes, *, origin: str) -> str:
    """Decode UTF-8 (a leading BOM is dropped); raise E002 for anything else."""
    if b"\x00" in data:
        raise InputError("E002", origin=origin)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("E002", origin=origin) from None
    if looks_binary(text):
        raise InputError("E002", origin=origin)
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_size(text: str, *, origin: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise InputError("E007", origin=origin, detail=f"{len(text):,}", limit=f"{max_chars:,}")


def read_bytes(path: Path, *, max_chars: int) -> bytes:
    """Read a file, refusing early (E007) when it cannot fit ``max_chars`` characters."""
    origin = str(path)
    try:
        size = path.stat().st_size
        # UTF-8 takes at most 4 bytes a character: more bytes than that is surely too big
        if size > 4 * max_chars:
            raise InputError(
                "E007", origin=origin, detail=f"over {max_chars:,}", limit=f"{max_chars:,}"
            )
        return path.read_bytes()
    except OSError as exc:
        raise InputError("E001", origin=origin, detail=exc.strerror or str(exc)) from None


def read_text(path: Path, *, max_chars: int) -> str:
    """A whole file as checked text (E001, E002, E007)."""
    origin = str(path)
    text = decode_bytes(read_bytes(path, max_chars=max_chars), origin=origin)
    check_size(text, origin=origin, max_chars=max_chars)
    return text
