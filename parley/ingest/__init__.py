"""Readers and cleaning: input files, feeds and stdin to prepared ``Article`` records.

``read_inputs`` streams articles (or the ``InputError`` of a bad item); ``prepare``
blanks page furniture out of the text without moving offsets and fills publication
date and outlet from the text when no metadata gave them. See ``docs/input.md``.
"""

from __future__ import annotations

from parley.ingest.decode import DEFAULT_MAX_CHARS
from parley.ingest.inputs import read_inputs
from parley.ingest.metadata import read_metadata
from parley.ingest.prepare import article_from_text, prepare

__all__ = [
    "DEFAULT_MAX_CHARS",
    "article_from_text",
    "prepare",
    "read_inputs",
    "read_metadata",
]
