"""The trigger lexicon (``parley/data/lexicon/triggers.yaml``) as lookup tables."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

SPEECH_VERBS = frozenset(
    {  # verbs that report what someone said
        "say",
        "add",
        "tell",
        "state",
        "stress",
        "note",
        "declare",
        "announce",
        "write",
        "report",
        "highlight",
        "reiterate",
        "emphasize",
        "emphasise",
        "mention",
        "explain",
        "insist",
        "claim",
        "warn",
        "point",
        "quote",
        "confirm",
        "assert",
    }
)
DEONTIC_MODALS = frozenset({"must", "should"})  # "X said Y must ...": a demand on Y
# verbs that announce what one will do to another: "warned it would", "vowed to"
WARNING_VERBS = frozenset({"warn", "threaten", "vow", "pledge", "promise"})
# verbs that punish someone "for" a crime ("jailed for murder"): the crime is a charge
PUNISHING_VERBS = frozenset(
    {"arrest", "jail", "imprison", "detain", "sentence", "fine", "punish"}
    | {"prosecute", "indict", "try", "execute", "deport", "expel"}
)
# acts that are wrongs in the telling: "said the strikes violated its sovereignty"
WRONGFUL_VERBS = frozenset({"violate", "breach", "flout", "contravene", "infringe", "trample"})
# manners in which a speaker tells another's act as a wrong: "said X had illegally entered"
WRONGFUL_MANNER = frozenset(
    {"illegally", "unlawfully", "deliberately", "unilaterally", "brazenly", "flagrantly"}
    | {"recklessly", "unjustly", "arbitrarily", "wrongfully", "knowingly", "intentionally"}
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: the word(s), what it codes and where its target is."""

    words: tuple[str, ...]  # lemma first, then particles/prepositions that must follow
    pos: str  # VERB or NOUN
    event: str | None
    mode: str | None
    targets: tuple[str, ...]
    word_class: str  # act, coop, intent, light, message, receive, obligation, verdict
    needs: tuple[str, ...] = ()  # particle lemmas ("out" in "rule out")
    needs_obj: tuple[str, ...] = ()  # object head lemmas
    needs_prep: tuple[str, ...] = ()
    needs_mod: tuple[str, ...] = ()
    needs_subj: tuple[str, ...] = ()  # subject head lemmas ("a missile struck ...")
    needs_pobj: tuple[str, ...] = ()  # prepositional object lemmas ("took to the streets")
    needs_pred: tuple[str, ...] = ()  # what the object is called ("called the move reckless")
    needs_clause: tuple[str, ...] = ()  # a "to" clause's verb ("gave him 72 hours to leave")
    needs_place: bool = False
    plural_only: bool = False
    carrier: bool = False
    coop_only: bool = False
    needs_xcomp: bool = False  # only with a clause of what is allowed or pressed for
    curated: bool = True  # written by hand (False: generated from the CAMEO dictionary)


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[Trigger, ...]]  # by head lemma
    nouns: dict[str, tuple[Trigger, ...]]
    light_verbs: frozenset[str]
    intent_adjectives: frozenset[str]
    intent_nouns: frozenset[str]
    future_auxiliaries: frozenset[str]
    surface_words: frozenset[str]  # lower-case word forms that may signal a trigger
    # forms of triggers that code only beside another word (a particle, an object, the
    # rest of a multiword trigger): form -> the forms of which one must be in the sentence
    object_words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    sports_cues: frozenset[str] = frozenset()  # words that place a sentence in sport

    def has_candidate(self, sentence: str) -> bool:
        """Cheap pre-filter: does any word of the sentence look like a trigger form?"""
        words = set(_WORD.findall(sentence.lower()))
        if not words.isdisjoint(self.surface_words):
            return True
        if not words.isdisjoint(DEONTIC_MODALS) and not words.isdisjoint(_SPEECH_FORMS):
            return True  # "Russia said Sudan must return the helicopter"
        return any(
            w in self.object_words and not words.isdisjoint(self.object_words[w]) for w in words
        )


_WORD = re.compile(r"[a-z]+")
_IRREGULAR = {
    "meet": ["met"],
    "say": ["said"],
    "lay": ["laid", "lays", "laying"],
    "tell": ["told"],
    "hold": ["held"],
    "send": ["sent"],
    "leave": ["left"],
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
    # the common irregular verbs news uses for acts (a curated sense lists no forms)
    "stand": ["stood"],
    "fight": ["fought"],
    "throw": ["threw", "thrown"],
    "steal": ["stole", "stolen"],
    "break": ["broke", "broken"],
    "take": ["took", "taken"],
    "bring": ["brought"],
    "draw": ["drew", "drawn"],
    "freeze": ["froze", "frozen"],
    "shoot": ["shot"],
    "sell": ["sold"],
    "lend": ["lent"],
    "win": ["won"],
    "blow": ["blew", "blown"],
    "tear": ["tore", "torn"],
    "sink": ["sank", "sunk"],
    "swear": ["swore", "sworn"],
    "overrun": ["overran"],
    "overthrow": ["overthrew", "overthrown"],
    "uphold": ["upheld"],
    "withhold": ["withheld"],
    "beat": ["beaten"],
    "hit": ["hit"],
    "put": ["put"],
    "set": ["set"],
    "shut": ["shut"],
    "spread": ["spread"],
    "bid": ["bid"],
    "keep": ["kept"],
    "buy": ["bought"],
    "catch": ["caught"],
    "drive": ["drove", "driven"],
    "forbid": ["forbade", "forbidden"],
    "hide": ["hid", "hidden"],
    "lose": ["lost"],
    "ride": ["rode", "ridden"],
    "rise": ["rose", "risen"],
    "run": ["ran"],
    "see": ["saw", "seen"],
    "shake": ["shook", "shaken"],
    "slay": ["slew", "slain"],
    "split": ["split"],
    "strive": ["strove", "striven"],
    "undertake": ["undertook", "undertaken"],
    "bind": ["bound"],
    "feed": ["fed"],
    "flee": ["fled"],
    "go": ["went", "gone"],
    "grow": ["grew", "grown"],
    "hang": ["hung"],
    "know": ["knew", "known"],
    "mislead": ["misled"],
    "outlaw": ["outlawed"],
    "rebuild": ["rebuilt"],
    "seize": ["seized"],
    "shed": ["shed"],
    "sting": ["stung"],
    "swing": ["swung"],
    "wake": ["woke", "woken"],
    "wear": ["wore", "worn"],
    "weep": ["wept"],
    "withstand": ["withstood"],
    "arise": ["arose", "arisen"],
    "bear": ["bore", "borne"],
    "deal": ["dealt"],
    "mean": ["meant"],
    "build": ["built"],
    "spend": ["spent"],
    "stick": ["stuck"],
}


def _forms(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma + "d"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdglmnprt]$", lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    forms.update(_IRREGULAR.get(lemma, ()))
    return forms


_SPEECH_FORMS = frozenset(f for verb in SPEECH_VERBS for f in _forms(verb))
_WRONGFUL_FORMS = frozenset(f for verb in WRONGFUL_VERBS for f in _forms(verb))


def _required_words(entry: Trigger) -> frozenset[str] | None:
    """Word forms of which one must be in a sentence for ``entry`` to code anything there
    (``None``: the trigger's own forms are enough). Used only to skip parsing, so it
    errs towards keeping a sentence: each condition of ``triggers._matches`` is a test on
    the trigger's children, and a child is a word of the sentence."""
    if entry.event is None and entry.word_class == "intent":
        return frozenset()  # "hope", "want": modality for another trigger, no event alone
    options = [entry.needs_pred, entry.needs_obj, entry.needs_mod]
    options += [tuple(sorted(entry.words[1:], key=len)[-1:])]
    options += [entry.needs_prep, entry.needs, entry.needs_subj, entry.needs_pobj]
    for words in options:
        if words:
            # a multiword object ("prime minister") is matched on its head word
            return frozenset(f for w in words for f in _forms(w.lower().split()[-1]))
    return None


def _entry(key: str, pos: str, data: dict[str, Any]) -> Trigger:
    words = tuple(key.split())

    def tup(name: str) -> tuple[str, ...]:
        # YAML 1.1 reads a bare "on"/"off" as a boolean: they are prepositions here
        return tuple(
            ("on" if x else "off") if isinstance(x, bool) else str(x)
            for x in data.get(name, ()) or ()
        )

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
        needs_subj=tup("needs_subj"),
        needs_pobj=tup("needs_pobj"),
        needs_pred=tup("needs_pred"),
        needs_clause=tup("needs_clause"),
        needs_place=bool(data.get("needs_place", False)),
        plural_only=bool(data.get("plural_only", False)),
        carrier=bool(data.get("carrier", False)),
        coop_only=bool(data.get("coop_only", False)),
        needs_xcomp=bool(data.get("needs_xcomp", False)),
    )


# Lexicon files merged under triggers.yaml, in order; an earlier file wins on a head lemma.
_EXTRA_FILES = ("deverbal_nouns.yaml", "cameo_verbs.yaml")
_GENERATED_FILES = {"cameo_verbs.yaml"}  # built by scripts/build_lexicon.py, not reviewed


def _read(name: str) -> dict[str, Any]:
    text = resources.files("parley").joinpath(f"data/lexicon/{name}").read_text("utf-8")
    return yaml.safe_load(text) or {}


def _entries(value: Any) -> list[dict[str, Any]]:
    """A lemma's value: one entry (mapping) or several (list, tried in order)."""
    if isinstance(value, list):
        return [v or {} for v in value]
    return [value or {}]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load the shipped lexicon once per process: triggers.yaml, then the extra files."""
    raw = _read("triggers.yaml")
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    surface: set[str] = set()
    conditional: dict[str, set[str]] = {}
    extended: set[str] = set()  # heads whose curated entries go before, not instead of,
    # the later files' ("take+": "took to the streets" besides "took hostages")
    for name in ("triggers.yaml", *_EXTRA_FILES):
        source = raw if name == "triggers.yaml" else _read(name)
        curated = name not in _GENERATED_FILES
        for table, pos, out in (("verbs", "VERB", verbs), ("nouns", "NOUN", nouns)):
            known = set(out) - extended  # heads listed by an earlier file win outright
            for raw_key, value in (source.get(table) or {}).items():
                key = raw_key.removesuffix("+")
                head = key.split()[0]
                if head in known:
                    continue
                if raw_key.endswith("+"):
                    extended.add(head)
                data = _entries(value)
                entries = [replace(_entry(key, pos, d), curated=curated) for d in data]
                forms = _forms(head) | {str(f) for d in data for f in d.get("forms", ()) or ()}
                out.setdefault(head, []).extend(entries)
                needed = [_required_words(e) for e in entries]
                if any(n is None for n in needed):
                    surface |= forms
                    continue
                companions = set().union(*(n for n in needed if n is not None))
                for form in forms:
                    conditional.setdefault(form, set()).update(companions)

    # Multiword entries whose head is first-listed keep the longest patterns first.
    def ordered(table: dict[str, list[Trigger]]) -> dict[str, tuple[Trigger, ...]]:
        return {k: tuple(sorted(v, key=lambda t: -len(t.words))) for k, v in table.items()}

    return Lexicon(
        verbs=ordered(verbs),
        nouns=ordered(nouns),
        light_verbs=frozenset(raw["light_verbs"]),
        intent_adjectives=frozenset(raw["intent_adjectives"]),
        intent_nouns=frozenset(raw["intent_nouns"]),
        future_auxiliaries=frozenset(raw["future_auxiliaries"]),
        surface_words=frozenset(
            surface | WRONGFUL_MANNER | _WRONGFUL_FORMS | {"pay"}  # "will pay for it"
        ),
        object_words={
            form: frozenset(objs) for form, objs in conditional.items() if form not in surface
        },
        sports_cues=frozenset(w.lower() for w in raw.get("sports_cues", ())),
    )
