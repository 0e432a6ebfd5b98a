"""Token-level longest-match spotting of KB aliases in text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Any

from parley.kb._model import MentionHit
from parley.kb._text import _JOIN, _TOKEN, fold, words

_ANY, _CAP, _EXACT = 0, 1, 2
_WHOLE_TEXT_MIN = 2_000  # texts this long are tokenised once and searched by window
_Variant = tuple[int, int, str]  # (priority, case rule, hit kind)


def _rule(alias: str, kind: str) -> int:
    if kind in ("agent", "title"):
        return _ANY
    if " " not in alias.strip():
        letters = [c for c in alias if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            return _EXACT  # "US" but not "us"
    first = next((t for t in alias.split() if t.lower() != "the"), alias)
    return _CAP if first[:1].isupper() else _ANY


class Spotter:
    """Alias token tuples -> case variants, and per first token the lengths to try."""

    def __init__(self, items: Iterable[tuple[str, str, int]]) -> None:
        table: dict[tuple[str, ...], dict[tuple[int, str], int]] = {}
        for alias, kind, priority in set(items):
            toks = words(alias)
            if not toks:
                continue
            variants = table.setdefault(toks, {})
            slot = (_rule(alias, kind), kind)
            variants[slot] = max(priority, variants.get(slot, priority))
        self._table: dict[tuple[str, ...], tuple[_Variant, ...]] = {}
        lengths: dict[str, set[int]] = {}
        for toks, variants in table.items():
            ordered = sorted(((p, r, k) for (r, k), p in variants.items()), reverse=True)
            self._table[toks] = tuple(ordered)
            lengths.setdefault(toks[0], set()).add(len(toks))
        # first token -> alias lengths, longest first
        self._first = {t: tuple(sorted(ls, reverse=True)) for t, ls in lengths.items()}
        self._memo: tuple[str, Any] | None = None

    def snapshot(self) -> tuple[object, ...]:
        """Built-in types only, for the marshal cache."""
        return (self._table, self._first)

    @classmethod
    def restore(cls, snap: object) -> Spotter:
        spotter = cls(())
        spotter._table, spotter._first = snap  # type: ignore[misc]
        spotter._memo = None
        return spotter

    def _tokens(self, text: str) -> tuple[list[re.Match[str]], list[str], list[int], list[int]]:
        """The text's tokens, folded forms, starts and ends; the last text's are kept, as
        one document is searched window by window."""
        memo = self._memo
        if memo is not None and memo[0] is text:
            return memo[1]
        found = list(_TOKEN.finditer(text))
        tokens = (
            found,
            [fold(m.group()) for m in found],
            [m.start() for m in found],
            [m.end() for m in found],
        )
        self._memo = (text, tokens)
        return tokens

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[MentionHit]:
        stop = len(text) if end is None else end
        if len(text) < _WHOLE_TEXT_MIN:
            found = list(_TOKEN.finditer(text, start, stop))
            folded = [fold(m.group()) for m in found]
        else:  # a window of a document: slice its tokens (those wholly inside)
            every, all_folded, starts, ends = self._tokens(text)
            lo = bisect_left(starts, start)
            hi = bisect_right(ends, stop, lo)
            found, folded = every[lo:hi], all_folded[lo:hi]
        first, table = self._first, self._table
        hits: list[MentionHit] = []
        i, n = 0, len(folded)
        while i < n:
            sizes = first.get(folded[i])
            if sizes is None:  # most tokens: one dict miss
                i += 1
                continue
            size = 0
            for size in sizes:
                if i + size > n:
                    continue
                if size == 1:
                    variants = table[(folded[i],)]
                else:
                    found_variants = table.get(tuple(folded[i : i + size]))
                    if found_variants is None or not _linked(text, found, i, size):
                        continue
                    variants = found_variants
                a, b = found[i].start(), found[i + size - 1].end()
                span = text[a:b]
                kind = _pass(span, variants)
                if kind is not None:
                    hits.append(MentionHit(a, b, span, kind, " ".join(folded[i : i + size])))
                    break
            else:
                size = 0
            i += size or 1
        return hits


def _linked(text: str, found: list[re.Match[str]], i: int, size: int) -> bool:
    """May tokens ``i .. i+size-1`` form one alias (only short separators between them)?"""
    match = _JOIN.fullmatch
    for j in range(i + 1, i + size):
        left, right = found[j - 1].end(), found[j].start()
        if right - left > 3 or match(text, left, right) is None:
            return False
    return True


_ARABIC_ARTICLE = re.compile(r"(?:al|el)[-\s]")


def _capitalised_after_article(span: str) -> bool:
    """ "al-Shabab", "al-Qaeda": news writes the Arabic article in lower case."""
    found = _ARABIC_ARTICLE.match(span)
    return found is not None and span[found.end() : found.end() + 1].isupper()


def _pass(span: str, variants: tuple[_Variant, ...]) -> str | None:
    for _, rule, kind in variants:
        if rule == _ANY:
            return kind
        if rule == _CAP and (span[:1].isupper() or _capitalised_after_article(span)):
            return kind
        if rule == _EXACT and not any(c.islower() for c in span):
            return kind
    return None
