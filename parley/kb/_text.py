"""Normalized alias keys and word tokens shared by lookup and mention spotting."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from sys import intern

# acronyms with dots (U.S., U.N.) or runs of letters/digits; apostrophes and hyphens split
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+")
_POSSESSIVE = re.compile(r"['’]s\b|(?<=s)['’](?=\s|$)")
_PLAIN = str.maketrans({"ı": "i", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l", "œ": "oe"})
_JOIN = re.compile(r"[\s\-'’.]{1,3}")  # what may separate two tokens of one alias


@lru_cache(maxsize=200_000)
def fold(token: str) -> str:
    """Case- and accent-insensitive form of one token (dots dropped: U.S. -> us)."""
    text = token.casefold().replace(".", "")
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, folded) word tokens of ``text[start:end]``; offsets absolute."""
    stop = len(text) if end is None else end
    return [(m.start(), m.end(), fold(m.group())) for m in _TOKEN.finditer(text, start, stop)]


@lru_cache(maxsize=200_000)
def words(text: str) -> tuple[str, ...]:
    """Folded word tokens of an alias, a leading "the" dropped (the spotter's alias form)."""
    plain = text.replace(" ", "").replace("-", "")
    if plain.isascii() and plain.isalnum():  # fast path: ASCII letters/digits, " " and "-"
        found = [intern(w) for w in text.lower().replace("-", " ").split()]
    else:
        found = [intern(fold(m.group())) for m in _TOKEN.finditer(text)]
    if len(found) > 1 and found[0] == "the":
        del found[0]
    return tuple(found)


@lru_cache(maxsize=200_000)
def key(text: str) -> str:
    """Lookup key of a mention or alias: folded words, possessive and leading "the" dropped."""
    if "'" not in text and "’" not in text:
        return " ".join(words(text))  # no possessive to drop: the same tokens
    return " ".join(words(_POSSESSIVE.sub("", text)))


def joinable(text: str, left_end: int, right_start: int) -> bool:
    """May the tokens ending at ``left_end`` and starting at ``right_start`` be one alias?"""
    return right_start - left_end <= 3 and _JOIN.fullmatch(text, left_end, right_start) is not None


def demonym_plurals(adjectives: list[str]) -> list[str]:
    """People nouns made from nationality adjectives: "Kenyan" -> "Kenyans", "Iraqi" ->
    "Iraqis". Only the regular -an and -i forms; "Chinese", "British", "French" have none."""
    out = []
    for adjective in adjectives:
        word = adjective.strip()
        last = word.rsplit(" ", 1)[-1]
        if len(last) >= 5 and last[:1].isupper() and last.endswith(("an", "i")):
            out.append(word + "s")
    return out
