"""The trigger lexicon (``parley/data/lexicon/triggers.yaml``) as lookup tables."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: the word(s), what it codes and where its target is."""

    words: tuple[str, ...]  # lemma first, then particles/prepositions that must follow
    pos: str  # VERB or NOUN
    event: str | None
    mode: str | None
    targets: tuple[str, ...]
    word_class: str  # act, coop, intent, light, message, receive
    needs: tuple[str, ...] = ()  # particle lemmas ("out" in "rule out")
    needs_obj: tuple[str, ...] = ()  # object head lemmas
    needs_prep: tuple[str, ...] = ()
    needs_mod: tuple[str, ...] = ()
    needs_place: bool = False
    plural_only: bool = False
    carrier: bool = False
    coop_only: bool = False


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[Trigger, ...]]  # by head lemma
    nouns: dict[str, tuple[Trigger, ...]]
    light_verbs: frozenset[str]
    intent_adjectives: frozenset[str]
    intent_nouns: frozenset[str]
    future_auxiliaries: frozenset[str]
    surface_words: frozenset[str]  # lower-case word forms that may signal a trigger

    def has_candidate(self, sentence: str) -> bool:
        """Cheap pre-filter: does any word of the sentence look like a trigger form?"""
        return any(w in self.surface_words for w in _WORD.findall(sentence.lower()))


_WORD = re.compile(r"[a-z]+")
_IRREGULAR = {
    "meet": ["met"],
    "hold": ["held"],
    "send": ["sent"],
    "pay": ["paid"],
    "make": ["made"],
    "have": ["had", "has"],
    "give": ["gave", "given"],
    "write": ["wrote", "written"],
    "come": ["came"],
    "fly": ["flew", "flown", "flies"],
    "seek": ["sought"],
    "speak": ["spoke", "spoken"],
    "think": ["thought"],
    "strike": ["struck", "stricken"],
    "withdraw": ["withdrew", "withdrawn"],
    "forgive": ["forgave", "forgiven"],
    "begin": ["began", "begun"],
    "cut": ["cut"],
    "shell": ["shelled"],
    "lead": ["led"],
    "reach": ["reached"],
    "deny": ["denied", "denies"],
    "ally": ["allied"],
    "rally": ["rallied", "rallies"],
    "carry": ["carried", "carries"],
    "ban": ["banned"],
    "plan": ["planned"],
}


def _forms(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma + "d"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    forms.update(_IRREGULAR.get(lemma, ()))
    return forms


def _entry(key: str, pos: str, data: dict[str, Any]) -> Trigger:
    words = tuple(key.split())
    def tup(name: str) -> tuple[str, ...]:
        return tuple(str(x) for x in data.get(name, ()) or ())
    return Trigger(
        words=words,
        pos=pos,
        event=data.get("event"),
        mode=data.get("mode"),
        targets=tup("targets"),
        word_class=str(data.get("class", "act")),
        needs=tup("needs"),
        needs_obj=tup("needs_obj"),
        needs_prep=tup("needs_prep"),
        needs_mod=tup("needs_mod"),
        needs_place=bool(data.get("needs_place", False)),
        plural_only=bool(data.get("plural_only", False)),
        carrier=bool(data.get("carrier", False)),
        coop_only=bool(data.get("coop_only", False)),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load the shipped lexicon once per process."""
    raw = yaml.safe_load(
        resources.files("parley").joinpath("data/lexicon/triggers.yaml").read_text("utf-8")
    )
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    surface: set[str] = set()
    for table, pos, out in (("verbs", "VERB", verbs), ("nouns", "NOUN", nouns)):
        for key, data in raw[table].items():
            entry = _entry(key, pos, data or {})
            out.setdefault(entry.words[0], []).append(entry)
            surface |= _forms(entry.words[0])
    # Multiword entries whose head is first-listed keep the longest patterns first.
    def ordered(table: dict[str, list[Trigger]]) -> dict[str, tuple[Trigger, ...]]:
        return {k: tuple(sorted(v, key=lambda t: -len(t.words))) for k, v in table.items()}
    for word in raw["intent_adjectives"] + raw["intent_nouns"]:
        surface.add(word)
    return Lexicon(
        verbs=ordered(verbs),
        nouns=ordered(nouns),
        light_verbs=frozenset(raw["light_verbs"]),
        intent_adjectives=frozenset(raw["intent_adjectives"]),
        intent_nouns=frozenset(raw["intent_nouns"]),
        future_auxiliaries=frozenset(raw["future_auxiliaries"]),
        surface_words=frozenset(surface),
    )
