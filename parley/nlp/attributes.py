"""Fast stand-ins for the model's attribute ruler and lemmatizer, with the same output.

spaCy's ``AttributeRuler`` runs a token ``Matcher`` with every one of its ~180 patterns
over every token; on short news sentences that costs a third of the parse. The patterns
are nearly all one-token tests on TAG, LOWER, DEP or IS_SPACE, so they are compiled here
into dictionaries keyed by tag and by lower-case form: each token looks up the few rules
that can apply and tests only those. The outcome is the ruler's: all matches are found
before any attribute is set, and a later rule overrides an earlier one.

``CompiledAttributes.build`` returns ``None`` for a pattern language it does not cover,
and the caller then keeps the original component. ``CachedLemmas`` wraps the lemmatizer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

_Test = Callable[[Any], bool]
_TOKEN_KEYS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}


def _value_test(attr: str, spec: object) -> _Test | None:
    if isinstance(spec, (str, bool)):
        return lambda token: getattr(token, attr) == spec
    if isinstance(spec, Mapping) and len(spec) == 1:
        ((op, arg),) = spec.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda token: getattr(token, attr) in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda token: getattr(token, attr) not in banned
        if op == "REGEX":
            pattern = re.compile(arg)
            return lambda token: pattern.search(getattr(token, attr)) is not None
    return None


def _token_test(spec: Mapping[str, object]) -> _Test | None:
    tests = []
    for key, value in spec.items():
        attr = _TOKEN_KEYS.get(key)
        test = _value_test(attr, value) if attr else None
        if test is None:
            return None
        tests.append(test)
    if len(tests) == 1:
        return tests[0]
    return lambda token: all(test(token) for test in tests)


@dataclass(frozen=True, slots=True)
class _Rule:
    order: int  # pattern order: later rules win
    tests: tuple[_Test, ...]  # one per token of the pattern
    index: int  # which token of the match receives the attributes
    attrs: tuple[tuple[str, str], ...]


def _keys(spec: Mapping[str, object]) -> list[tuple[str, ...]]:
    """Index keys for a one-token pattern's first token (empty: test it everywhere)."""
    tags, lowers = _listed(spec.get("TAG")), _listed(spec.get("LOWER"))
    deps = _listed(spec.get("DEP"))
    if tags and lowers:
        return [("TL", t, w) for t in tags for w in lowers]
    if tags:
        return [("T", t) for t in tags]
    if lowers:
        return [("L", w) for w in lowers]
    if deps:
        return [("D", d) for d in deps]
    if spec.get("IS_SPACE") is True:
        return [("S",)]
    return []


def _listed(value: object) -> list[str]:
    """The values a test accepts, where it names them (a string or an IN list)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping) and set(value) == {"IN"}:
        return [str(v) for v in value["IN"]]
    return []


class CompiledAttributes:
    """The attribute ruler's rules, indexed; call it on a ``Doc`` like the component."""

    _SETTERS = {"POS": "pos_", "TAG": "tag_", "DEP": "dep_", "LEMMA": "lemma_"}

    def __init__(self, indexed: dict[tuple[str, ...], list[_Rule]], scanned: list[_Rule]):
        self._indexed = indexed
        self._scanned = scanned  # rules with no tag or form to index their first token by

    @classmethod
    def build(cls, patterns: Sequence[Mapping[str, Any]]) -> CompiledAttributes | None:
        indexed: dict[tuple[str, ...], list[_Rule]] = {}
        scanned: list[_Rule] = []
        for order, entry in enumerate(patterns):
            attrs = entry.get("attrs", {})
            if not set(attrs) <= {"POS", "TAG", "DEP", "LEMMA", "MORPH"}:
                return None
            pairs = tuple((str(k), str(v)) for k, v in attrs.items())
            for pattern in entry["patterns"]:
                tests = [_token_test(spec) for spec in pattern]
                if not pattern or any(t is None for t in tests):
                    return None
                rule = _Rule(order, tuple(t for t in tests if t), int(entry.get("index", 0)), pairs)
                keys = _keys(pattern[0])
                if not keys:
                    scanned.append(rule)
                for k in keys:
                    indexed.setdefault(k, []).append(rule)
        return cls(indexed, scanned)

    def __call__(self, doc: Any) -> Any:
        indexed = self._indexed
        empty: list[_Rule] = []
        matched: list[tuple[int, int, _Rule]] = []
        n = len(doc)
        for i, token in enumerate(doc):
            tag, lower = token.tag_, token.lower_
            rules = (
                indexed.get(("T", tag), empty)
                + indexed.get(("TL", tag, lower), empty)
                + indexed.get(("L", lower), empty)
                + indexed.get(("D", token.dep_), empty)
                + (indexed.get(("S",), empty) if token.is_space else empty)
                + self._scanned
            )
            for rule in rules:
                if not rule.tests[0](token):
                    continue
                size = len(rule.tests)
                if size == 1 or (
                    i + size <= n and all(rule.tests[j](doc[i + j]) for j in range(1, size))
                ):
                    matched.append((rule.order, i + rule.index, rule))
        matched.sort(key=lambda m: (m[0], m[1]))
        for _, at, rule in matched:
            token = doc[at]
            for name, value in rule.attrs:
                if name == "MORPH":
                    token.set_morph(value)
                else:
                    setattr(token, self._SETTERS[name], value)
        return doc


# forms the model's lemmatizer gets wrong in news ("waged a campaign" is not "wag")
_LEMMA_FIXES = {"waged": "wage", "waging": "wage"}


class CachedLemmas:
    """The model's lemmatizer with its per-token Python path cut to one dictionary hit.

    Lemmas are the lemmatizer's own, cached under its own key (form, POS, morphology);
    tokens that already hold a lemma (set by the POS rules) keep it, as in spaCy.
    """

    _LIMIT = 500_000  # entries before the cache starts afresh

    def __init__(self, lemmatizer: Any) -> None:
        self._lemmatize: Callable[[Any], list[str]] = lemmatizer.lemmatize
        self._overwrite = bool(getattr(lemmatizer, "overwrite", False))
        self._cache: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Any) -> Any:
        cache = self._cache
        if len(cache) > self._LIMIT:
            cache.clear()
        for token in doc:
            if self._overwrite or token.lemma == 0:
                key = (token.orth, token.pos, token.morph.key)
                lemma = cache.get(key)
                if lemma is None:
                    lemma = self._lemmatize(token)[0]
                    lemma = cache[key] = _LEMMA_FIXES.get(token.lower_, lemma)
                token.lemma_ = lemma
        return doc
