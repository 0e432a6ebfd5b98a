"""The text the classifier sees: one or two sentences, whitespace collapsed, bounded.

Training stories and the sentences coded at run time go through the same function, so
the classifier never sees text shaped differently from what it was trained on.
"""

from __future__ import annotations

import re

from parley.nlp.sentences import split_sentences

MAX_CHARS = 600  # MiniLM reads 256 word pieces at most; longer text is cut anyway
_SPACE = re.compile(r"\s+")


def normalise(text: str, max_chars: int = MAX_CHARS) -> str:
    """Collapse whitespace and cut at ``max_chars`` (on a word boundary when possible)."""
    flat = _SPACE.sub(" ", text).strip()
    if len(flat) <= max_chars:
        return flat
    cut = flat[:max_chars]
    space = cut.rfind(" ")
    return cut[:space] if space > max_chars // 2 else cut


def lead(text: str, sentences: int = 2, max_chars: int = MAX_CHARS) -> str:
    """The first ``sentences`` sentences of ``text``, normalised."""
    spans = split_sentences(text)[:sentences]
    if not spans:
        return normalise(text, max_chars)
    return normalise(" ".join(text[s:e] for s, e in spans), max_chars)
