"""Token-level longest-match spotting of KB aliases in text."""

from __future__ import annotations

from collections.abc import Iterable

from parley.kb._model import MentionHit
from parley.kb._text import joinable, tokens

_ANY, _CAP, _EXACT = 0, 1, 2
_Variant = tuple[int, int, str]  # (priority, case rule, hit kind)


def _rule(alias: str, kind: str) -> int:
    if kind in ("agent", "title"):
        return _ANY
    letters = [c for c in alias if c.isalpha()]
    if " " not in alias.strip() and len(letters) >= 2 and all(c.isupper() for c in letters):
        return _EXACT  # "US" but not "us"
    first = next((t for t in alias.split() if t.lower() != "the"), alias)
    return _CAP if first[:1].isupper() else _ANY


class Spotter:
    """First-token dictionary of alias token tuples, longest first."""

    def __init__(self, items: Iterable[tuple[str, str, int]]) -> None:
        table: dict[tuple[str, ...], dict[tuple[int, str], int]] = {}
        for alias, kind, priority in items:
            words = tuple(t[2] for t in tokens(alias))
            if len(words) > 1 and words[0] == "the":
                words = words[1:]
            if not words:
                continue
            variants = table.setdefault(words, {})
            slot = (_rule(alias, kind), kind)
            variants[slot] = max(priority, variants.get(slot, priority))
        self._first: dict[str, list[tuple[tuple[str, ...], list[_Variant]]]] = {}
        for words, variants in table.items():
            ordered = sorted(((p, r, k) for (r, k), p in variants.items()), reverse=True)
            self._first.setdefault(words[0], []).append((words, ordered))
        for options in self._first.values():
            options.sort(key=lambda o: -len(o[0]))

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[MentionHit]:
        toks = tokens(text, start, end)
        hits: list[MentionHit] = []
        i, n = 0, len(toks)
        while i < n:
            options = self._first.get(toks[i][2])
            size = 0
            if options:
                for words, variants in options:
                    size = len(words)
                    if i + size > n or not all(
                        toks[i + j][2] == words[j]
                        and joinable(text, toks[i + j - 1][1], toks[i + j][0])
                        for j in range(1, size)
                    ):
                        continue
                    span = text[toks[i][0] : toks[i + size - 1][1]]
                    kind = _pass(span, variants)
                    if kind is not None:
                        hits.append(
                            MentionHit(
                                toks[i][0], toks[i + size - 1][1], span, kind, " ".join(words)
                            )
                        )
                        break
                else:
                    size = 0
            i += size or 1
        return hits


def _pass(span: str, variants: list[_Variant]) -> str | None:
    for _, rule, kind in variants:
        if rule == _ANY:
            return kind
        if rule == _CAP and span[:1].isupper():
            return kind
        if rule == _EXACT and not any(c.islower() for c in span):
            return kind
    return None
