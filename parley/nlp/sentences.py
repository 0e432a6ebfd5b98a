"""Rule-based sentence splitting over character offsets (no model needed).

Paragraph breaks always end a sentence; inside a paragraph a sentence ends at
``. ! ?`` (plus closing quotes) followed by space and an upper-case letter or an
opening quote, unless the word before the stop is a known abbreviation or an initial.
"""

from __future__ import annotations

import re

_ABBREVIATION_WORDS = """mr mrs ms dr prof gen col lt maj capt sgt adm gov sen rep rev st jr sr no
vs etc inc ltd co corp jan feb mar apr aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m i.e
e.g approx dept est fig mt ft"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[-*•])")
_STOP = re.compile(r"([.!?]+)([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")
_ATTRIBUTION = re.compile(
    r"(?:[A-Z][\w'’.-]+\s+){0,3}?[A-Z]?[\w'’.-]+\s+(?:later\s+|also\s+|then\s+)?"
    r"(?:said|says|wrote|writes|added|adds|told|tweeted|posted|asked|declared)\b"
)
_LINE = re.compile(r"[^\n]+")
_WRAPPED = re.compile(r"[a-z,;:\-]\n[ \t]*[a-z]$")


def _ends_with_abbreviation(text: str, stop_at: int) -> bool:
    start = stop_at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:stop_at].lower().strip("\"'“‘(")
    if not word:
        return False
    if len(word) == 1 and word.isalpha():  # an initial: "Kim J. Un"
        return True
    return word in _ABBREVIATIONS


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences in ``text[start:end]``, whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    block_start = start
    for block_end in [m.start() for m in _PARAGRAPH.finditer(text, start, end)] + [end]:
        for piece_start, piece_end in _unwrapped_lines(text, block_start, block_end):
            _split_block(text, piece_start, piece_end, spans)
        block_start = block_end
    return spans


def _unwrapped_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Lines of a block, re-joined where a hard wrap cut a sentence ("word\nword")."""
    pieces: list[tuple[int, int]] = []
    for line in _LINE.finditer(text, start, end):
        if pieces and _WRAPPED.search(text, pieces[-1][0], line.start() + 1):
            pieces[-1] = (pieces[-1][0], line.end())
        else:
            pieces.append((line.start(), line.end()))
    return pieces


def _split_block(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    cursor = start
    for match in _STOP.finditer(text, start, end):
        if match.group(1) == "." and _ends_with_abbreviation(text, match.start(1)):
            continue
        if match.group(2) and _ATTRIBUTION.match(text, match.end(3)):
            continue  # '..." Trump later wrote.': the attribution closes the quote
        _add(text, cursor, match.end(2), spans)
        cursor = match.end(3)
    _add(text, cursor, end, spans)


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
