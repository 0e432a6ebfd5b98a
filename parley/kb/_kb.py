"""The time-aware actor knowledge base: load, lookup, office holders, mention spotting."""

from __future__ import annotations

import gc
import os
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from parley.errors import KnowledgeBaseError
from parley.kb import _cache
from parley.kb._dates import day
from parley.kb._load import Bundle, read_agents, read_entries_tsv, read_jsonl, read_yaml
from parley.kb._model import ActorEntry, MentionHit, Resolution
from parley.kb._spot import Spotter
from parley.kb._text import key

ENV_VAR = "PARLEY_ACTORS"
SHIPPED_TSV = ("oeda_actors.tsv.gz", "countryinfo.tsv.gz")
SHIPPED_YAML = ("aliases.yaml", "officeholders.yaml")
# "Latin America", "West African": a region, not the country the last word names
_REGION_WORDS = {
    "america": {"latin", "south", "central", "north"},
    "africa": {"west", "east", "north", "central", "sub-saharan", "southern", "eastern"},
}
_PRECEDING_WORD = re.compile(r"([A-Za-z-]+)\s+$")


# "pro-Iranian", "anti-Russian", "Israeli-occupied", "Iranian-backed": the country is
# named only to describe someone else ("Saudi-led" still names the leader)
_DESCRIBING_BEFORE = re.compile(r"(?:pro|anti)-$", re.IGNORECASE)
_DESCRIBING_AFTER = re.compile(
    r"-(?:occupied|backed|supported|funded|allied|sponsored|trained|armed|controlled|held"
    r"|aligned|leaning|friendly)\b",
    re.IGNORECASE,
)


def _in_compound_adjective(text: str, hit: MentionHit) -> bool:
    return bool(
        _DESCRIBING_BEFORE.search(text, max(0, hit.start - 5), hit.start)
        or _DESCRIBING_AFTER.match(text, hit.end)
    )


def _in_region(text: str, hit: MentionHit) -> bool:
    stem = next((s for s in _REGION_WORDS if hit.key.startswith(s)), None)
    if stem is None:
        return False
    before = _PRECEDING_WORD.search(text, max(0, hit.start - 24), hit.start)
    return before is not None and before.group(1).lower() in _REGION_WORDS[stem]


# words the imported dictionaries list as a group's one-word alias but that name any body
_GENERIC = frozenset(
    {"organization", "organisation", "movement", "front", "committee", "union", "league"}
    | {"association", "federation", "alliance", "council", "party", "group", "network"}
    | {"brigade", "brigades", "battalion", "base", "resistance", "revolution", "authority"}
)
ROLE_RANK = {
    "head_of_state": 0,
    "head_of_government": 1,
    "party_leader": 2,
    "secretary_general": 2,
    "foreign_minister": 3,
    "defence_minister": 4,
    "spokesperson": 6,
}
KIND_RANK = {"state": 6, "capital": 5, "igo": 4, "ngo": 4, "group": 3, "person": 2, "agent": 1}
# surnames shared by too many people to settle without a context country
COMMON_SURNAMES = frozenset(
    [
        "kim",
        "lee",
        "park",
        "choi",
        "jung",
        "kang",
        "cho",
        "yoon",
        "jang",
        "lim",
        "han",
        "wang",
        "li",
        "zhang",
        "liu",
        "chen",
        "yang",
        "zhao",
        "huang",
        "zhou",
        "wu",
        "xu",
        "sun",
        "ma",
        "zhu",
        "hu",
        "guo",
        "lin",
        "he",
        "gao",
        "luo",
        "nguyen",
        "tran",
        "le",
        "pham",
        "singh",
        "kumar",
        "khan",
        "ali",
        "ahmed",
        "hassan",
        "hussein",
        "mohammed",
        "smith",
        "jones",
        "johnson",
        "brown",
        "garcia",
        "rodriguez",
        "martinez",
        "lopez",
        "gonzalez",
        "perez",
        "sanchez",
        "silva",
        "santos",
    ]
)
_ANY_DAY = "0000-00-00"


@lru_cache(maxsize=16_384)
def _day_text(on: str) -> str | None:
    return day(on)


def _parse_on(on: str | date | None) -> str | None:
    if on is None or on == "":
        return None
    return _day_text(on) if isinstance(on, str) else day(on)


class KnowledgeBase:
    """Actors, their aliases and offices over time; see ``docs/actors.md``."""

    def __init__(self, bundle: Bundle | None = None) -> None:
        # entries live as plain rows; an ActorEntry is made the first time it is needed
        self._rows: list[tuple[object, ...]] = []
        self._ranks: list[int] = []
        self._made: list[ActorEntry | None] = []
        self._by_key: dict[str, tuple[int, ...]] = {}  # alias key -> entry indexes
        self._offices: dict[tuple[str, str], tuple[list[str], list[int]]] = {}
        self._countries: dict[str, str] = {}
        self._agents: dict[str, tuple[str, str | None]] = {}
        self._country_titles: dict[tuple[str, str], str] = {}
        self._context: dict[str, list[tuple[str, frozenset[str]]]] = {}
        self._renamed: dict[str, list[tuple[str, str]]] = {}  # alias key -> (country, until)
        self._adjectives: set[str] = set()
        self._regional: set[str] = set()  # "Tigrayan": a people or region inside a state
        self._spotter = Spotter(())
        if bundle is not None:
            self._country_titles = {(c, key(t)): r for (c, t), r in bundle.country_titles.items()}
            self._index(bundle)
            self._spotter = Spotter(self._spot_keys())

    def _entry(self, index: int) -> ActorEntry:
        made = self._made[index]
        if made is None:
            made = self._made[index] = ActorEntry(*self._rows[index])  # type: ignore[arg-type]
        return made

    def _cands(self, k: str) -> list[tuple[int, ActorEntry]] | None:
        found = self._by_key.get(k)
        if found is None:
            return None
        return [(self._ranks[i], self._entry(i)) for i in found]

    def _snapshot(self) -> tuple[object, ...]:
        """Built-in types only, for the marshal cache."""
        return (
            self._rows,
            bytes(self._ranks),
            self._by_key,
            self._offices,
            self._countries,
            self._agents,
            self._country_titles,
            self._context,
            self._renamed,
            self._adjectives,
            self._regional,
            self._spotter.snapshot(),
        )

    @classmethod
    def _restore(cls, snap: object) -> KnowledgeBase | None:
        if not isinstance(snap, tuple) or len(snap) != 12:
            return None
        kb = cls()
        (
            kb._rows,
            ranks,
            kb._by_key,
            kb._offices,
            kb._countries,
            kb._agents,
            kb._country_titles,
            kb._context,
            kb._renamed,
            kb._adjectives,
            kb._regional,
            spot,
        ) = snap
        kb._ranks = list(ranks)
        kb._made = [None] * len(kb._rows)
        kb._spotter = Spotter.restore(spot)
        return kb

    # --- building ---------------------------------------------------------------------------

    @classmethod
    def load(cls, *, extra: Sequence[Path] = ()) -> KnowledgeBase:
        """The shipped KB plus ``extra`` user YAML/JSONL files (later files override)."""
        paths = [Path(p) for p in extra]
        for path in paths:
            if not path.exists():
                raise KnowledgeBaseError("E020", origin=str(path), detail="no such actors file")
        enabled = gc.isenabled()
        gc.disable()  # ~10^5 long-lived objects: the cyclic GC would rescan them many times
        try:
            return cls._load(paths)
        finally:
            if enabled:
                gc.enable()

    @classmethod
    def _load(cls, paths: list[Path]) -> KnowledgeBase:
        with resources.as_file(resources.files("parley") / "data" / "kb") as folder:
            base = Path(folder)
            shipped = [base / n for n in (*SHIPPED_TSV, "agents.tsv", *SHIPPED_YAML)]
            shipped += sorted((base / "offices").glob("*.yaml"))  # office tables by region
            cached = cls._restore(_cache.read([*shipped, *paths]))
            if cached is not None:
                return cached
            bundle = Bundle()
            for path in shipped:
                if path.name.endswith(".tsv.gz"):
                    read_entries_tsv(path, 1, bundle)
                elif path.suffix == ".tsv":
                    read_agents(path, bundle)
                else:
                    read_yaml(path, 2, bundle)
        for path in paths:
            if path.suffix in (".yaml", ".yml"):
                read_yaml(path, 3, bundle)
            else:
                read_jsonl(path, 3, bundle)
        kb = cls(bundle)
        _cache.write([*shipped, *paths], kb._snapshot())
        return kb

    def _index(self, bundle: Bundle) -> None:
        for noun, sector in bundle.agents.items():
            self._agents[key(noun)] = (sector, None)
        for title, (sector, role) in bundle.titles.items():
            self._agents[key(title)] = (sector, role)
        merged = _merge(bundle.entries)
        self._rows = [_row(entry) for _, entry in merged]
        self._ranks = [rank for rank, _ in merged]
        self._made = [entry for _, entry in merged]
        by_key: dict[str, list[int]] = {}
        offices: dict[tuple[str, str], list[int]] = {}
        capitals = {
            (e.country, key(a)) for _, e in merged if e.kind == "capital" for a in e.aliases
        }
        for index, (rank, entry) in enumerate(merged):
            for alias in _spellings(entry):
                k = key(alias)
                if not k or (rank == 1 and " " not in k and (k in self._agents or k in _GENERIC)):
                    continue  # a common noun is no name ("Organization" for Tanzim)
                if entry.kind == "state" and (entry.country, k) in capitals:
                    continue  # "Kiev" names the capital, not the state
                by_key.setdefault(k, []).append(index)
            if entry.kind in ("state", "capital") and entry.country:
                for alias in entry.aliases:
                    self._countries.setdefault(key(alias), entry.country)
            if entry.role and entry.country and entry.kind == "person":
                offices.setdefault((entry.country, entry.role), []).append(index)
        for rank, entry in bundle.entries:
            # a curated file's word for a place wins over the TSV's ("Congo" is the
            # Democratic Republic in news, the Republic of Congo in the TSV)
            if rank >= 2 and entry.kind in ("state", "capital") and entry.country:
                for alias in entry.aliases:
                    self._countries[key(alias)] = entry.country
        self._by_key = {k: tuple(v) for k, v in by_key.items()}
        self._regional = {key(a) for a in bundle.regional}
        for alias, country in bundle.adjectives:
            k = key(alias)
            self._adjectives.add(k)
            self._countries[k] = country
        for (country, role), indexes in offices.items():
            indexes.sort(key=lambda i: merged[i][1].valid_from or _ANY_DAY)
            starts = [merged[i][1].valid_from or _ANY_DAY for i in indexes]
            self._offices[(country, role)] = (starts, indexes)
        for alias, country, when in bundle.context:
            self._context.setdefault(key(alias), []).append((country, when))
        for alias, country, until in bundle.renamed:
            self._renamed.setdefault(key(alias), []).append((country, until))

    # --- public API -------------------------------------------------------------------------

    @property
    def entries(self) -> tuple[ActorEntry, ...]:
        return tuple(self._entry(i) for i in range(len(self._rows)))

    def office_holder(self, country: str, role: str, on: str | date) -> ActorEntry | None:
        """Who held ``role`` in ``country`` on the date (the latest to take office wins)."""
        return self._holder(country, role, _parse_on(on))

    def _holder(self, country: str, role: str, d: str | None) -> ActorEntry | None:
        table = self._offices.get((country, role))
        if table is None and role == "head_of_government":
            table = self._offices.get((country, "head_of_state"))  # presidential systems
        if table is None:
            return None
        starts, holders = table
        if d is None:
            return self._entry(holders[-1])
        i = bisect_right(starts, d)
        for j in range(i - 1, max(-1, i - 12), -1):
            entry = self._entry(holders[j])
            if entry.valid_to is None or entry.valid_to >= d:
                return entry
        return None

    def agent_sector(self, noun_phrase: str) -> tuple[str, str | None] | None:
        """``"foreign ministry"`` -> ("GOV", None); ``"president"`` -> ("GOV", "head_of_state")."""
        return self._agents.get(key(noun_phrase))

    def country_of(self, mention: str, on: str | date | None = None) -> str | None:
        """ISO-3 of a country name, adjective, code or capital (``"Chinese"`` -> ``"CHN"``),
        as of ``on`` where a name passed from one state to another ("Congo")."""
        k = key(mention)
        return self._renamed_country(k, _parse_on(on)) or self._countries.get(k)

    def _renamed_country(self, k: str, d: str | None) -> str | None:
        """The state a name meant on day ``d``, where it passed from one to another."""
        if d is not None:
            for country, until in self._renamed.get(k, ()):
                if d <= until:
                    return country
        return None

    def region_members(self, words: str) -> frozenset[str]:
        """States of a region as news names it before a noun ("the Gulf state", "the
        Southeast Asian nation"), from ``regions.yaml``; empty for no region."""
        return _regions().get(" ".join(words.lower().split()), frozenset())

    def is_regional(self, mention: str) -> bool:
        """Does an adjective name a people or region inside a state ("Tigrayan")? Its
        forces are a side apart from the state's own."""
        return key(mention) in self._regional

    def find_mentions(self, text: str, start: int = 0, end: int | None = None) -> list[MentionHit]:
        """Longest-match KB aliases in ``text[start:end]`` on word boundaries; not a
        country's name inside a region's ("Latin American", "West Africa")."""
        return [
            h
            for h in self._spotter.find(text, start, end)
            if not _in_region(text, h) and not _in_compound_adjective(text, h)
        ]

    def lookup(
        self, mention: str, on: str | date | None = None, *, context: Sequence[str] = ()
    ) -> Resolution:
        """Resolve a mention as of ``on``; ``context`` = ISO-3 codes prominent in the document."""
        d = _parse_on(on)
        return self._lookup(mention, d, tuple(context))

    # --- resolution -------------------------------------------------------------------------

    @lru_cache(maxsize=65_536)  # noqa: B019 - the KB is immutable and long-lived
    def _lookup(self, mention: str, d: str | None, context: tuple[str, ...]) -> Resolution:
        k = key(mention)
        for country, when in self._context.get(k, ()):
            if when.intersection(context[:3]):
                return self._state(mention, d, country)
        renamed = self._renamed_country(k, d)
        if renamed is not None:
            return self._state(mention, d, renamed)
        cands = self._cands(k)
        places = any(e.kind in ("state", "capital") for _, e in cands or ())
        if cands and max(r for r, _ in cands) < 2 and " " in k and not places:
            # (a place's name is never a titled person: "Hong Kong" is not Kong Quan)
            titled = self._by_parts(mention, d, k, context)  # "US president" beats a generic row
            if titled.entry is not None and titled.entry.kind == "person":
                return titled
        found = self._choose(mention, d, k, cands, context, None)
        if found is not None:
            return found
        return self._by_parts(mention, d, k, context)

    def _state(self, mention: str, d: str | None, country: str) -> Resolution:
        for _, entry in self._cands(key(country)) or ():
            if entry.kind == "state" and entry.country == country:
                return Resolution(mention, d, "resolved", entry, (entry,))
        return Resolution(mention, d, "unknown", None, ())

    def _choose(
        self,
        mention: str,
        d: str | None,
        k: str,
        cands: list[tuple[int, ActorEntry]] | None,
        context: tuple[str, ...],
        role: str | None,
        country: str | None = None,
    ) -> Resolution | None:
        if not cands:
            return None
        if country:
            cands = [c for c in cands if c[1].country == country] or cands
        if mention.islower() and " " not in k:
            # a word, not a name: "power lines" (not Samantha Power), "a map" (not
            # Morocco's news agency MAP)
            cands = [c for c in cands if c[1].kind not in _NAMED_KINDS]
            if not cands:
                return None
        valid = [c for c in cands if c[1].valid_on(d)]
        if " " not in k and any(e.kind in ("state", "capital") for _, e in valid):
            # one word naming a country or capital is the place, not a person's surname:
            # "Montenegro" is the state before Portugal's Luís Montenegro
            valid = [c for c in valid if c[1].kind != "person"]
        if not valid:
            return self._former(mention, d, cands)
        top = max((r, KIND_RANK.get(e.kind, 0)) for r, e in valid)
        pool = [e for r, e in valid if (r, KIND_RANK.get(e.kind, 0)) == top]
        if role:
            pool = [e for e in pool if e.role == role] or pool
        by_id: dict[str, list[ActorEntry]] = {}
        for entry in pool:
            by_id.setdefault(entry.id, []).append(entry)
        bare = " " not in k and all(e.kind == "person" for e in pool)
        if len(by_id) > 1 or (bare and k in COMMON_SURNAMES):
            for code in context:
                local = {i: es for i, es in by_id.items() if es[0].country == code}
                if local:
                    by_id = local
                    break
            else:
                prominent = {i: es for i, es in by_id.items() if any(map(_prominent, es))}
                one_state = len({es[0].country for es in by_id.values()}) == 1
                if bare and len(by_id) > 1 and len(prominent) == 1 and k not in COMMON_SURNAMES:
                    by_id = prominent  # "Guterres": the UN chief, not Timor-Leste's president
                elif bare and one_state and k not in COMMON_SURNAMES:
                    pass  # "Assad": one state's; its higher office settles it (below)
                elif bare and (len(by_id) > 1 or k in COMMON_SURNAMES):
                    return self._ambiguous(mention, d, by_id)
        if len(by_id) > 1:
            ranked = sorted(by_id.values(), key=lambda es: min(_rank(e) for e in es))
            if min(map(_rank, ranked[0])) == min(map(_rank, ranked[1])):
                return self._ambiguous(mention, d, by_id)
            by_id = {ranked[0][0].id: ranked[0]}
        best = min(next(iter(by_id.values())), key=_best_key)
        return Resolution(mention, d, "resolved", best, (best,))

    @staticmethod
    def _ambiguous(mention: str, d: str | None, by_id: dict[str, list[ActorEntry]]) -> Resolution:
        cands = tuple(min(es, key=_best_key) for es in by_id.values())
        return Resolution(mention, d, "ambiguous", None, tuple(sorted(cands, key=_rank)))

    @staticmethod
    def _former(
        mention: str, d: str | None, cands: list[tuple[int, ActorEntry]]
    ) -> Resolution | None:
        """A person out of office on ``d``: after their last office an elite (ELI); before
        their first one, the person and country alone (what they were then is unknown)."""
        people = [e for _, e in cands if e.kind == "person"]
        # one person may hold offices under several ids (Denmark's prime minister, then
        # NATO's secretary general): the same full name is the same person
        if d is None or not people or len({e.name for e in people}) > 1:
            return None
        past = [e for e in people if e.valid_to is not None and e.valid_to < d]
        if past:
            # out of office, one is an elite of one's own country, not of an organisation
            national = [e for e in past if e.country not in {"IGO", "NGO"}] or past
            last = max(national, key=lambda e: e.valid_to or "")
            entry = replace(last, sector="ELI", role=None, valid_from=last.valid_to, valid_to=None)
            return Resolution(mention, d, "resolved", entry, (entry,))
        first = min(people, key=lambda e: e.valid_from or "")
        entry = replace(first, sector=None, role=None, valid_from=None, valid_to=first.valid_from)
        return Resolution(mention, d, "resolved", entry, (entry,))

    def _by_parts(
        self, mention: str, d: str | None, k: str, context: tuple[str, ...]
    ) -> Resolution:
        """``President Xi``, ``the Chinese President``, ``North Korean army``, ``officials``."""
        words = k.split()
        n = len(words)
        # [prefix] + known name: title and country in the prefix narrow the choice
        for i in range(1, n):
            name = " ".join(words[i:])
            cands = self._cands(name)
            if not cands or name in self._agents:
                continue
            country, role, title = self._prefix(words[:i])
            if title is None and country is None:
                # an unknown word before a known surname is a first name: "Matthew Miller"
                # is not Billie Miller, unless it is a spelling of the KB's own; and before
                # a place it is another name ("Volker Turk" is no Turk, "Northern Ireland"
                # is not Ireland)
                cands = [
                    c
                    for c in cands
                    if c[1].kind not in ("state", "capital") and _same_given_name(words[:i], c[1])
                ]
                if not cands:
                    continue
            ctx = (country, *context) if country else context
            found = self._choose(mention, d, name, cands, ctx, role, country)
            if found is not None:
                return found
        # [country] + title/agent noun
        for i in range(n):
            noun = " ".join(words[i:])
            agent = self._agents.get(noun)
            if agent is None:
                continue
            head = words[:i]
            country = (
                self.country_of(" ".join(head), d) if head else (context[0] if context else None)
            )
            if head and country is None:
                continue
            sector, role = agent
            part = " ".join(head) if head and " ".join(head) in self._regional else None
            if country is not None:
                role = self._country_titles.get((country, noun), role)
            if part:
                # "the Tigrayan president" is not Ethiopia's: a side of its own, no holder
                return self._agent_entry(mention, d, country, sector, None, noun, part)
            if role and country:
                holder = self._holder(country, role, d or date.today().isoformat())
                if holder is not None:
                    return Resolution(mention, d, "resolved", holder, (holder,))
            if role and country is None:
                return Resolution(mention, d, "unknown", None, ())
            return self._agent_entry(mention, d, country, sector, role, noun)
        country = self.country_of(k, d)
        if country:
            return self._state(mention, d, country)
        return Resolution(mention, d, "unknown", None, ())

    @staticmethod
    def _agent_entry(
        mention: str,
        d: str | None,
        country: str | None,
        sector: str,
        role: str | None,
        noun: str,
        part: str | None = None,
    ) -> Resolution:
        """An agent noun of a country ("US troops"), or of a part of it ("Tigrayan
        forces": its own id, named as written)."""
        base = f"{country or 'X'}.{sector}"
        entry = ActorEntry(
            id=f"{base}.{part.replace(' ', '_')}" if part else base,
            name=mention.strip() if part else f"{country or ''} {noun}".strip(),
            country=country,
            sector=sector,
            role=role,
            kind="agent",
            valid_from=None,
            valid_to=None,
            aliases=(noun,),
            source="agents",
        )
        return Resolution(mention, d, "resolved", entry, (entry,))

    def _prefix(self, words: list[str]) -> tuple[str | None, str | None, str | None]:
        """Split ``us secretary of state`` into (country, role, title)."""
        for i in range(len(words)):
            title = " ".join(words[i:])
            agent = self._agents.get(title)
            if agent is not None:
                country = self.country_of(" ".join(words[:i])) if i else None
                role = agent[1]
                if country:
                    role = self._country_titles.get((country, title), role)
                return country, role, title
        return self.country_of(" ".join(words)), None, None

    # --- spotting ---------------------------------------------------------------------------

    def _spot_keys(self) -> Iterable[tuple[str, str, int]]:
        """(alias text, hit kind, priority) for the mention spotter."""
        for entry in self._made:
            assert entry is not None  # every entry is made while building
            kind = entry.kind
            if kind == "state":
                for alias in entry.aliases:
                    if key(alias) in self._adjectives:
                        yield alias, "nationality", 6
                    else:
                        yield alias, kind, KIND_RANK[kind]
            else:
                rank = KIND_RANK.get(kind, 0)
                for alias in _spellings(entry):
                    yield alias, kind, rank
        for noun, (_, role) in self._agents.items():
            yield noun, "title" if role else "agent", 0
        for alias in self._context:
            yield alias, "state", 0


_ARTICLE = re.compile(r"\b([AaEe]l)[- ](?=[A-Z])")


def _spellings(entry: ActorEntry) -> tuple[str, ...]:
    """A person's aliases with the Arabic article spelled the other ways news writes it:
    "Omar al-Bashir", "Omar el-Bashir", "Omar Bashir" (agency style drops it)."""
    if entry.kind != "person":
        return entry.aliases
    out = list(entry.aliases)
    for alias in entry.aliases:
        if _ARTICLE.search(alias) and len(alias.split()) > 1:
            for spelled in ("al-", "el-", ""):
                variant = _ARTICLE.sub(spelled, alias)
                if variant not in out and len(variant.split()) > 1:
                    out.append(variant)
    return tuple(out)


def _row(entry: ActorEntry) -> tuple[object, ...]:
    return (
        entry.id,
        entry.name,
        entry.country,
        entry.sector,
        entry.role,
        entry.kind,
        entry.valid_from,
        entry.valid_to,
        entry.aliases,
        entry.source,
        entry.members,
    )


_NAMED_KINDS = frozenset({"person", "group", "igo", "ngo"})  # spelled with capitals


def _prominent(entry: ActorEntry) -> bool:
    """An office whose holder a bare surname means in international news when no context
    says otherwise: the UN's secretary-general, a G20 state's head of state or government."""
    if entry.country == "IGO":
        return entry.role == "secretary_general"  # the UN's (other bodies' are prefixed)
    return entry.country in _G20 and entry.role in {"head_of_state", "head_of_government"}


_G20 = frozenset(
    [
        "ARG",
        "AUS",
        "BRA",
        "CAN",
        "CHN",
        "FRA",
        "DEU",
        "IND",
        "IDN",
        "ITA",
        "JPN",
        "KOR",
        "MEX",
        "RUS",
        "SAU",
        "ZAF",
        "TUR",
        "GBR",
        "USA",
    ]
)


def _rank(entry: ActorEntry) -> int:
    return ROLE_RANK.get(entry.role or "", 9)


def _best_key(entry: ActorEntry) -> tuple[int, int, str]:
    """Higher office first, then dated over open-ended, then the latest start."""
    dated = 0 if entry.valid_from or entry.valid_to else 1
    start = entry.valid_from or _ANY_DAY
    return (_rank(entry), dated, _inverted(start))


@lru_cache(maxsize=8192)
def _inverted(start: str) -> str:
    """A string that sorts in the reverse order of ``start`` (latest date first)."""
    return "".join(chr(0x10FFFF - ord(c)) for c in start)


def _merge(entries: list[tuple[int, ActorEntry]]) -> list[tuple[int, ActorEntry]]:
    """Later files override earlier rows with the same (id, role, valid_from); aliases add up.
    People in the curated files replace Phoenix rows of the same name and country."""
    curated = {(e.country, key(e.name)) for r, e in entries if r >= 2 and e.kind == "person"}
    out: dict[tuple[str, str | None, str | None], tuple[int, ActorEntry]] = {}
    for rank, entry in entries:
        if rank == 1 and entry.kind == "person" and (entry.country, key(entry.name)) in curated:
            continue
        slot = (entry.id, entry.role, entry.valid_from)
        old = out.get(slot)
        if old is not None:
            aliases = tuple(dict.fromkeys(old[1].aliases + entry.aliases))
            entry = replace(entry, aliases=aliases)
        out[slot] = (max(rank, old[0]) if old else rank, entry)
    return list(out.values())


@lru_cache(maxsize=1)
def _regions() -> dict[str, frozenset[str]]:
    with resources.as_file(resources.files("parley") / "data" / "kb" / "regions.yaml") as path:
        table = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return {str(k): frozenset(map(str, v)) for k, v in table.items()}


@lru_cache(maxsize=1)
def _default(env: str | None) -> KnowledgeBase:
    extra = [Path(p) for p in env.split(os.pathsep) if p] if env else []
    return KnowledgeBase.load(extra=extra)


def default_kb() -> KnowledgeBase:
    """The shipped KB plus the files named in ``$PARLEY_ACTORS`` (cached per process)."""
    return _default(os.environ.get(ENV_VAR))


_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "sheikh"}


def _same_given_name(prefix: list[str], entry: ActorEntry) -> bool:
    """Do the words before a surname fit the person's own given names (or are they an
    honorific, an initial or a non-person's qualifier)?"""
    if entry.kind != "person" or all(w in _HONORIFICS for w in prefix):
        return True
    first = prefix[0].rstrip(".")
    for name in (entry.name, *entry.aliases):
        given = key(name).split()[:-1]
        if not given:
            continue
        if len(first) == 1 and given[0].startswith(first):
            return True  # "G. Bush"
        if SequenceMatcher(None, first, given[0]).ratio() >= 0.75:
            return True  # "Mohammed" / "Mohammad"
    return False
