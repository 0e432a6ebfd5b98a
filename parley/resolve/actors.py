"""Resolve noun phrases of a parsed sentence to actors, with document memory.

The knowledge base answers "who is this name, as of this date"; this module decides
which part of a phrase names the actor ("Pyongyang's ambassador to China" is a DPRK
official), splits coordinations ("Xi and Kim"), and follows pronouns and definite
descriptions ("he", "his country", "the two sides", "the Chinese side") through a
per-document memory of who was mentioned and who is speaking.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import Any

from parley.calendar_words import CALENDAR_WORDS
from parley.kb import KnowledgeBase, MentionHit
from parley.model import Actor, Span
from parley.nlp.parser import DASHES, entity_type, text_of
from parley.nlp.roles import DOCUMENTS, reported_clause
from parley.resolve.places import SETTLEMENT_NOUNS

# ships fly a flag of their own, not that of where they sail or who seizes them ("Iran
# seized an oil tanker" names no owner)
VESSELS = frozenset({"tanker", "supertanker", "ship", "vessel", "freighter", "boat", "trawler"})
# what a body's ships and craft are called after it: "navy helicopters", "coast guard cutters"
_CRAFT = frozenset({"aircraft", "jet", "helicopter", "drone", "plane", "cutter", "patrol"})

Token = Any  # spacy.tokens.Token

_THIRD_SINGULAR = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
_NEUTER = {"it", "its", "itself"}
_PLURAL = {"they", "them", "their", "theirs", "themselves"}
_FIRST = {"i", "me", "my", "mine", "myself"}
_FIRST_PLURAL = {"we", "us", "our", "ours"}
_SECOND = {"you", "your", "yours"}
_UN_POSTS = {"un_ambassador", "un_deputy_ambassador"}  # a state's envoys to the U.N.
# "issued a joint statement": the text is its issuer's, for "the statement" later
_ISSUED = re.compile(
    r"\b(?:issued|released|published|put out|sent)\s+(?:a|an)\s+(?:\w+\s+)?"
    rf"(?P<text>{'|'.join(sorted(DOCUMENTS))})\b"
)
_LOCATIVES = {"in", "near", "around", "outside", "at", "from", "into", "towards", "toward"}
_FIGHTING = {"conflict", "war", "fighting", "hostilities", "crisis"}
_PAIR_NOUNS = {"side", "sides", "leader", "leaders", "country", "countries", "party", "parties"}
_PAIR_NOUNS |= {"nation", "nations", "government", "governments", "state", "states", "two"}
_PAIR_NOUNS |= {"neighbour", "neighbours", "neighbor", "neighbors", "rivals", "capitals"}
_PAIR_NOUNS |= {"minister", "ministers", "presidents", "delegations", "armies", "militaries"}
_OFFICE_WORDS = {"prime", "foreign", "defence", "defense", "vice", "deputy", "interior"}
_BODY_NOUNS = {"bloc", "alliance", "organisation", "organization", "grouping", "body"}
_THE_COUNTRY = {"country", "nation", "kingdom", "republic"}
# nouns by which news refers back to a state ("the Gulf state", "the island nation")
_EPITHET_NOUNS = _THE_COUNTRY | {"state", "emirate", "sultanate", "monarchy", "archipelago"}
_OTHER_THAN_ONE_NAMED = {"other", "neighbouring", "neighboring", "host", "first", "second"}
_OTHER_THAN_ONE_NAMED |= {"third", "last", "next", "foreign", "member", "nuclear", "sovereign"}
_SELF_COUNTRY = {"country", "nation", "government", "state", "side", "administration"}
_SELF_COUNTRY |= {"countries", "nations", "governments", "states", "sides"}
_THIRD = _THIRD_SINGULAR | _NEUTER | _PLURAL
# Prepositions whose object is not part of the actor's description.
_DETACHED_PREPS = {
    "to",
    "in",
    "at",
    "from",
    "on",
    "for",
    "against",
    "with",
    "toward",
    "towards",
    "between",
    "over",
    "after",
    "during",
    "since",
    "via",
    "through",
    "about",
    "under",
    "into",
    "by",
    "as",
    "amid",
    "before",
    "like",
    "without",
    "within",
}
_DETACHED_DEPS = {"relcl", "acl", "advcl", "cc", "punct", "conj", "prep_detached"}
_ROLE_KINDS = {"agent", "title"}
# "thousands of Kenyans", "a group of rebels": the actor is the "of" object
_QUANTITY_HEADS = {
    "deployment",  # "the first deployment of NATO peacekeeping troops"
    "detachment",
    "tens",
    "hundreds",
    "thousands",
    "millions",
    "dozens",
    "scores",
    "number",
    "group",
    "groups",
    "crowd",
    "crowds",
    "band",
    "members",
    "member",
    "some",
    "many",
    "most",
    "majority",
    "delegation",
    "contingent",
    "unit",
    "units",
    "batch",
    "wave",
}
# sectors a modifier lends the noun it qualifies ("opposition candidates": OPP)
_FOREIGN_MARKERS = {"foreign", "international", "coalition", "allied", "multinational", "western"}
_INSURGENT_SECTORS = frozenset({"REB", "UAF", "INS"})
# what news calls an armed group's members once it is named
_ARMED_MEMBERS = ("militant", "insurgent", "rebel", "jihadist", "extremist", "fighter", "group")
# officials who speak for their states together ("West African leaders"): not the states
# themselves ("three Baltic states slapped sanctions": each state's own act)
_ENVOYS = {"leader", "minister", "official", "diplomat", "envoy", "negotiator", "delegate"}
# people sent on another's behalf, and how they are sent: "an envoy sent by Trump"
_SENT_ONES = {"envoy", "emissary", "delegation", "delegate", "representative", "negotiator"}
_SENT_ONES |= {"mission", "team", "official", "minister", "adviser", "advisor"}
_SENDING = {"send", "dispatch", "appoint", "name", "nominate", "despatch"}
# what news calls a paper or broadcaster once it is named
_OUTLET_NOUNS = {"newspaper", "paper", "daily", "broadcaster", "outlet", "network", "channel"}
_FOREIGN_OFFICES = {"minister", "ministry", "secretary", "office", "affair"}  # "foreign minister"
_UNDER_LAW = {"under", "per"}
_LAWS = {"charter", "law", "convention", "treaty", "resolution", "agreement", "rule", "article"}
_ARMED_SECTORS = {"MIL", "COP", "SPY", "PRM"}  # forces a nationality can own
_MODIFIER_SECTORS = {"OPP", "COP", "MIL", "REB", "PTY", "JUD", "LEG", "MED", "EDU", "LAB"}
# ties and what flows along them are no one's agents: "military cooperation", "police aid"
_BONDS = {"cooperation", "tie", "relation", "relationship", "partnership", "aid", "assistance"}
_BONDS |= {"spending", "budget", "funding", "pact", "agreement", "deal", "link"}
# bodies a text names in full once and then as "the council", "the regime"
_BODIES = {"council", "junta", "regime", "coalition", "administration", "cabinet", "military"}
_BODIES |= {"government", "ministry", "parliament", "army", "movement", "party", "group"}
# people who fight or act for a group named after them: "fighters from Islamic State"
_MEMBER_NOUNS = {"fighter", "militant", "member", "gunman", "insurgent", "rebel", "jihadist"}
_MEMBER_NOUNS |= {"guerrilla", "militiaman", "loyalist", "operative", "commander"}
_MEMBER_NOUNS |= {"leader", "chief", "head", "founder", "spokesman", "spokesperson"}
_MEMBER_PREPS = frozenset({"from", "of", "for"})  # "a spokesman for the Taliban"
_ALLEGIANCE = {"loyal", "linked", "affiliated", "allied", "aligned"}  # "fighters loyal to X"
_TRAVELLING = frozenset({"GOV", "MIL", "LEG", "SPY", "ELI"})  # officials who go abroad
_MINORITIES = {"population", "minority", "community", "diaspora"}
_PERSON_NOUNS = {"man", "woman", "person", "individual", "youth", "boy", "girl"}  # live there
# people a story introduces by what they are, not by name
_UNKNOWN_PEOPLE = {"member", "suspect", "defendant", "witness", "survivor", "resident"}
_HOME_RULE = {"federal", "central", "national", "provincial", "regional"}
# "rebels in Colombia", "farmers from Poland": where an agent is based gives its country
_BASE_PREPS = frozenset({"in", "from", "throughout", "across", "inside", "within"})
# Sectors that act where they live: with no country named, "police" or "protesters" are
# taken to be of the country the sentence happens in. Officials, diplomats and soldiers
# travel, so they are not.
LOCAL_SECTORS = frozenset(
    {"COP", "REB", "CVL", "EDU", "LAB", "AGR", "MED", "CRM", "PPL", "OPP", "JUD", "UAF", "PTY"}
    | {"BUS", "REL", "LEG", "HLH", "ENV", "REF", "JRN", "SOC", "RAD"}
)


@dataclass
class DocumentMemory:
    """What the document has said so far: for pronouns and short names."""

    date: str | None
    context: tuple[str, ...] = ()
    last_person: Actor | None = None
    last_actor: Actor | None = None
    last_state: Actor | None = None
    last_pair: tuple[Actor, Actor] | None = None
    last_parties: tuple[Actor, Actor] | None = None  # the last two named together
    speaker: Actor | None = None
    last_igo: Actor | None = None  # "the bloc", "the alliance"
    last_subject: Actor | None = None  # the last person who acted: "he" as a subject
    by_surname: dict[str, Actor] = field(default_factory=dict)
    countries: Counter[str] = field(default_factory=Counter)
    people: list[tuple[int, Actor]] = field(default_factory=list)  # (offset, person) as named
    described: dict[str, Actor] = field(default_factory=dict)  # "junta" -> Mali's junta
    ambiguous: set[str] = field(default_factory=set)  # nouns used for several countries
    quoted: bool = False  # the current sentence is a quote of ``speaker``
    sentence_country: str | None = None  # where the current sentence says things happen
    sentence_countries: tuple[str, ...] = ()  # countries the current sentence names
    dateline_country: str | None = None  # "NAIROBI, Kenya (AP) -": where the story is filed
    place_countries: dict[int, str] = field(default_factory=dict)  # sentence's places by start

    def local_country(self, besides: str | None = None) -> str | None:
        """Where a local agent with no stated country ("protesters", "rebels", "the police")
        belongs: the place the sentence names, else the one country the sentence names,
        else the country the document is mostly about; never ``besides`` (the other side
        of the act: "the US urged the military to stop")."""
        if self.sentence_country and self.sentence_country != besides:
            return self.sentence_country
        named = set(self.sentence_countries) - {besides}
        if len(named) == 1:
            return named.pop()
        return self._ahead_of_others(2.0, besides, states_only=True)

    def story_country(self) -> str | None:
        """The country the document is clearly about: named at least twice as often as
        any other."""
        return self._ahead_of_others(2.0)

    def leading_country(self) -> str | None:
        """The country named most often, if no other is named as often."""
        return self._ahead_of_others(1.0, strictly=True)

    def _ahead_of_others(
        self,
        margin: float,
        besides: str | None = None,
        *,
        strictly: bool = False,
        states_only: bool = False,
    ) -> str | None:
        """The most named country (never ``besides``; only states if ``states_only``: the
        U.N. has no police) if named ``margin`` times as often as the next one (more often,
        if ``strictly``)."""
        ranked = [(c, n) for c, n in self.countries.most_common() if c != besides]
        if states_only:
            ranked = [(c, n) for c, n in ranked if c not in {"IGO", "NGO"}]
        top = ranked[:2]
        if not top:
            return None
        if len(top) == 1:
            return top[0][0]
        first, second = top[0][1], margin * top[1][1]
        return top[0][0] if (first > second if strictly else first >= second) else None

    def person_before(self, position: int, skip: tuple[int, int] = (0, 0)) -> Actor | None:
        """The last person named before ``position``, none named in ``skip`` (a char
        range); in a quote, not the speaker."""
        for start, actor in sorted(self.people, key=lambda p: p[0], reverse=True):
            if start >= position or skip[0] <= start < skip[1]:
                continue
            if self.quoted and self.speaker is not None and actor.actor_id == self.speaker.actor_id:
                continue
            return actor
        return None

    def dyad(self) -> tuple[str, str] | None:
        top = [c for c, _ in self.countries.most_common(2)]
        return (top[0], top[1]) if len(top) == 2 else None

    def other_party(self, country: str | None) -> str | None:
        pair = self.dyad()
        if not pair or not country:
            return None
        if country == pair[0]:
            return pair[1]
        if country == pair[1]:
            return pair[0]
        return None

    def describe(self, noun: str, actor: Actor) -> None:
        """Note what a body was called ("Mali's military junta"), for "the junta" later;
        a noun used for two countries' bodies names neither."""
        if noun in self.ambiguous:
            return
        known = self.described.get(noun)
        if known is not None and known.country != actor.country:
            del self.described[noun]
            self.ambiguous.add(noun)
            return
        self.described[noun] = actor

    def remember(self, actor: Actor) -> None:
        self.last_actor = actor
        if actor.kind == "person":
            self.last_person = actor
            if actor.mention is not None:
                self.people.append((actor.mention.start, actor))
            parts = actor.name.split()
            if parts:
                self.by_surname.setdefault(parts[0].lower(), actor)
                self.by_surname.setdefault(parts[-1].lower(), actor)
        elif actor.kind in {"state", "capital"} or actor.sector == "GOV":
            self.last_state = actor
        if actor.country == "IGO" and actor.kind == "igo":
            self.last_igo = actor


@dataclass(frozen=True, slots=True)
class Resolved:
    """An actor found for a phrase, and how sure we are of it."""

    actor: Actor
    direct: bool  # named in the phrase itself, not reached through a pronoun or fallback


class ActorResolver:
    """Turns phrases of one document into actors; keeps the document's memory."""

    def __init__(self, kb: KnowledgeBase, memory: DocumentMemory, text: str = "") -> None:
        self.kb = kb
        self.memory = memory
        self.text = text  # the document, for the words around a name the KB spotted
        self._others: dict[tuple[int, int], bool] = {}  # other_person, per spotted name
        self._full_names: dict[str, list[tuple[int, str]]] | None = None  # surname -> given

    # ---- public -------------------------------------------------------------
    def resolve(self, head: Token, offset: int) -> list[Resolved]:
        """Actors named by the phrase headed by ``head`` (one per conjunct)."""
        out: list[Resolved] = []
        conjuncts = _conjuncts(head)
        first: list[Resolved] = []
        for conjunct in conjuncts:
            found = self._titled_newcomer(conjunct, self._resolve_one(conjunct, offset), offset)
            found = _in_opposition(conjunct, found)
            if conjunct is head:
                first = found
            elif first and _bare(conjunct) and any(c.dep_ == "amod" for c in head.children):
                # "the Chinese leadership and people": the nationality covers both
                nation = first[0].actor.country
                found = [replace(r, actor=replace(r.actor, country=nation)) for r in found]
            elif (
                first
                and not found
                and _unowned(conjunct)
                and not _unowned(head)  # the first names its nation ("Chinese aircraft")
                and first[0].actor.kind == "agent"
            ):
                # "32 Chinese military aircraft and nine navy ships": forces listed after a
                # nationality's are the same nation's
                found = self._same_nation(conjunct, first[0].actor, offset)
            out.extend(found)
        return _unique(out)

    def _same_nation(self, noun: Token, first: Actor, offset: int) -> list[Resolved]:
        agent = self._agent(noun)
        if agent is None or not first.country or first.sector not in _ARMED_SECTORS:
            return []
        sector, role = agent
        if sector not in _ARMED_SECTORS:
            return []
        tokens = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in {"det", "punct"}]
        span = self._span(text_of(noun.doc), tokens or [noun], offset)
        name = " ".join(t.text for t in tokens) or noun.text
        actor = Actor(name, first.country, sector, role, f"{first.country}.{sector}", "agent", span)
        return [Resolved(actor, False)]

    def _sides_of_fighting(self, head: Token, offset: int) -> str | None:
        """The state where a war is fought, for "the parties to the conflict in Yemen" (the
        parser may hang the phrase on the verb): its sides are the state's."""
        if head.lower_ not in {"parties", "sides"}:
            return None
        following = head.doc[head.i + 1 : head.i + 9]
        words = [t.lower_ for t in following]
        if words[:2] != ["to", "the"] or len(words) < 5 or words[2] not in _FIGHTING:
            return None
        if words[3] != "in":
            return None
        place = following[4:]
        start, end = place[0].idx, place[-1].idx + len(place[-1].text)
        for hit in self._hits(text_of(head.doc), start, end, offset):
            if hit.start == place[0].idx + offset and hit.kind in {"state", "capital"}:
                return self.kb.country_of(hit.text, self.memory.date)
        return self.memory.place_countries.get(place[0].idx + offset)

    def _state_by_epithet(self, head: Token, offset: int, *, regional_only: bool) -> str | None:
        words = [
            t
            for c in head.children
            if c.dep_ in {"amod", "compound", "nmod"} and c.i < head.i
            for t in c.subtree
            if t.dep_ != "punct"
        ]
        if any(w.lower_ in _OTHER_THAN_ONE_NAMED for w in words):
            return None  # "the neighbouring country", "the host nation"
        region = " ".join(w.lower_ for w in sorted(words, key=lambda w: w.i))
        members = self.kb.region_members(region) if region else frozenset()
        ruled = self.kb.region_members(head.lemma_.lower())  # "the kingdom": a monarchy
        if ruled:
            members = members & ruled if members else ruled
        if members:
            named = [c for c, _ in self.memory.countries.most_common() if c in members]
            return named[0] if named else None
        aimed_at = (  # "imposed sweeping sanctions on the country": the state named last
            head.dep_ == "pobj"
            and head.head.lower_ in {"on", "against"}
            and head.head.head.pos_ in {"NOUN", "VERB"}
        )
        if aimed_at and not regional_only:
            return self._state_named_last(head, offset)
        if regional_only or head.dep_ not in {"nsubj", "nsubjpass"}:
            return None  # "troops stationed in the country": a scene, not a side
        last = self.memory.last_state
        return self.memory.story_country() or (last.country if last is not None else None)

    def _state_named_last(self, head: Token, offset: int) -> str | None:
        """The state the text named last before ``head`` that is not the acting one's
        ("West African leaders ... Niger's coup leaders ... sanctions on the country")."""
        verb = head.head.head
        while verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is None and verb.dep_ == "conj":
            doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        own = {r.actor.country for r in self.resolve(doer, offset)} if doer is not None else set()
        for hit in reversed(self.kb.find_mentions(self.text, 0, head.idx + offset)):
            if hit.kind not in {"state", "nationality", "capital"}:
                continue
            country = self.kb.country_of(hit.text, self.memory.date)
            if country is not None and country not in own:
                return country
        return None

    def _titled_newcomer(self, head: Token, found: list[Resolved], offset: int) -> list[Resolved]:
        """ "U.N. envoy Geir Pedersen", "Dutch Defense Minister Ruben Brekelmans": a name
        the KB does not know, placed by its title, is a person (remembered, so that
        "Pedersen" later is him too)."""
        if head.pos_ != "PROPN" or len(found) != 1 or found[0].actor.kind == "person":
            return found
        titles = [
            c
            for c in head.children
            if c.dep_ == "compound"
            and c.i < head.i
            and c.pos_ in {"NOUN", "PROPN"}
            and self.kb.agent_sector(c.lemma_.lower()) is not None
        ]
        if not titles or not found[0].actor.country:
            return found
        names = [c for c in head.children if c.dep_ == "compound" and c.i > titles[-1].i] + [head]
        if any(t.pos_ != "PROPN" or entity_type(t) not in {"PERSON", ""} for t in names):
            return found
        name = " ".join(t.text for t in names)
        if self.kb.lookup(name, self.memory.date).entry is not None:
            return found
        start = names[0].idx + offset
        title = self.kb.agent_sector(titles[-1].lemma_.lower())
        sector = found[0].actor.sector
        if title is not None and title[0] and found[0].actor.country not in {_IGO, "NGO"}:
            sector = title[0]  # "Cambodian reporter Mech Dara": a journalist, not an official
        actor = replace(
            found[0].actor,
            name=name,
            sector=sector,
            kind="person",
            actor_id=_person_id(found[0].actor, name),
            mention=Span(name, start, start + len(name)),
        )
        self.memory.remember(actor)
        return [Resolved(actor, True)]

    def find_in_subtree(
        self, head: Token, offset: int, *, skip: frozenset[int] = frozenset()
    ) -> list[Resolved]:
        """Every actor named anywhere below ``head`` (for targets inside clauses), except
        the doers of a nested act ("a ceasefire brokered by Egypt": Egypt brokered it)."""
        agents = {t.i for c in head.subtree if c.dep_ == "agent" for t in c.subtree}
        # "a group headquartered in Copenhagen": where a body sits is not who it is
        seats = {
            t.i
            for c in head.subtree
            if c.dep_ == "acl" and c.lemma_.lower() in _SEATED
            for t in c.subtree
        }
        # "by all means available under the U.N. Charter": the law invoked, no party
        invoked = {
            t.i
            for c in head.subtree
            if c.dep_ == "prep"
            and c.lower_ in _UNDER_LAW
            and any(o.lemma_.lower() in _LAWS for o in c.children if o.dep_ == "pobj")
            for t in c.subtree
        }
        # "fired a missile at the tanker Pollux, which was carrying Russian oil to India":
        # what a thing was doing says nothing of whose it is
        described = (
            {t.i for c in head.children if c.dep_ == "relcl" for t in c.subtree}
            if head.pos_ == "PROPN" or head.lemma_.lower() in VESSELS
            else set()
        )
        tokens = [t for t in head.subtree if t.i not in skip | agents | seats | invoked | described]
        if not tokens:
            return []
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        dropped = [t for t in head.subtree if t.i in seats | invoked | described]
        text = text_of(head.doc)
        hits = [
            h
            for h in self._hits(text, start, end, offset)
            if not any(t.idx + offset <= h.start < t.idx + offset + len(t) for t in dropped)
        ]
        out = [r for r in (self._from_hit(h, offset, tokens) for h in hits) if r]
        for token in tokens:
            if _personal_pronoun(token) and token.dep_ in {"pobj", "dobj"}:
                out.extend(self._pronoun(token, offset))  # "his meeting with me"
            elif token.dep_ == "poss" and token.lower_ in {"its", "their"} and not out:
                out.extend(self._pronoun(token, offset))  # "shelled its positions"
            elif (
                token.dep_ == "poss"
                and token.lower_ in {"his", "her"}
                and token.head.lemma_.lower() in _STEPPING_DOWN
                and not out
            ):
                out.extend(self._pronoun(token, offset))  # "demanded his resignation"
            elif token.dep_ == "pobj" and token.head.lower_ == "between":
                out.extend(self.resolve(token, offset))  # "the relationship between both sides"
        return _unique(out)

    def unplaced(
        self,
        heads: tuple[Token, ...],
        offset: int,
        sectors: frozenset[str],
        where: str | None = None,
        *,
        local: bool = True,
        besides: str | None = None,
    ) -> list[Resolved]:
        """Agents no phrase places ("insurgents killed 47 soldiers", "Judge Rivera opened
        an inquiry"): those of where it happens (if ``local``; not ``besides``), else of
        ``where``."""
        where = (self.memory.local_country(besides) if local else None) or where
        if where is None:
            return []
        out = []
        for head in heads:
            agent = self._agent(head) or self._title(head)
            if agent is None or agent[0] not in sectors or _foreign(head):
                continue
            tokens = [t for t in head.subtree if t.i <= head.i and t.dep_ not in {"det", "punct"}]
            mention = self._span(text_of(head.doc), tokens or [head], offset)
            sector, role = agent
            name = " ".join(t.text for t in tokens) or head.text
            actor = Actor(name, where, sector, role, f"{where}.{sector}", "agent", mention)
            out.append(Resolved(actor, False))
        return out

    def unplaced_person(
        self, heads: tuple[Token, ...], offset: int, country: str
    ) -> list[Resolved]:
        """Named people the KB does not know, acted on by their own state ("police arrested
        Rached Ghannouchi", "Sisi pardoned rights researcher Patrick Zaki"): its people."""
        out = []
        for given in heads:
            head, described = given, None
            if given.pos_ == "NOUN":  # "arrested its founder, Prabir Purkayastha"
                named = [c for c in given.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
                head, described = (named[0], given) if named else (given, None)
            if head.pos_ != "PROPN" or entity_type(head) not in {"PERSON", ""}:
                continue
            words: list[Token] = []  # the given names right before the surname
            for word in reversed(head.doc[head.sent.start : head.i]):
                if word.head.i != head.i or word.dep_ != "compound" or word.pos_ != "PROPN":
                    break
                if entity_type(word) != "PERSON" or self.kb.agent_sector(word.lower_):
                    break  # "Mayor", "Istanbul": a title or a place, not a name
                words.insert(0, word)
            full = " ".join(t.text for t in [*words, head])
            if self.kb.lookup(full, self.memory.date).entry is not None:
                continue  # a name the KB knows is resolved elsewhere
            if not words and self._title(head) is None and described is None:
                continue  # a lone name may be a ship's or a firm's
            title = (
                self._title(head)
                or (self.kb.agent_sector(described.lemma_.lower()) if described else None)
                or next(
                    (
                        found
                        for c in head.children
                        if c.dep_ == "appos"
                        and (found := self.kb.agent_sector(c.lemma_.lower())) is not None
                    ),
                    None,
                )
            )
            sector = title[0] if title is not None and title[0] else "CVL"
            name = full
            start = (words[0] if words else head).idx + offset
            actor = Actor(
                name,
                country,
                sector,
                None,
                f"{country}.{sector}.{name.lower().replace(' ', '_')}",
                "person",
                Span(name, start, start + len(name)),
            )
            self.memory.remember(actor)
            out.append(Resolved(actor, False))
        return out

    def _title(self, head: Token) -> tuple[str, str | None] | None:
        """The office a name's title gives ("Judge Alejandro Rivera")."""
        if head.pos_ != "PROPN":
            return None
        for word in _title_words(head):  # "prosecutor" in "chief prosecutor Tarek William Saab"
            found = self.kb.agent_sector(word.lower_)
            if found is not None:
                return found
        return None

    def resolve_name(self, name: str) -> list[Resolved]:
        """A bare name from outside the parse ("Trump" in an attribution)."""
        known = self.memory.by_surname.get(name.split()[-1].lower())
        if known:
            return [Resolved(known, True)]
        res = self.kb.lookup(name, self.memory.date, context=self.memory.context)
        if res.entry is None:
            return []
        e = res.entry
        return [Resolved(Actor(e.name, e.country, e.sector, e.role, e.id, e.kind), True)]

    def note_sentence(self, text: str, start: int, end: int) -> None:
        """Update the memory from a sentence that is not parsed: its people, and who
        issued a text ("The State Department issued a statement.")."""
        hits = self.kb.find_mentions(text, start, end)
        for hit in hits:
            if hit.kind == "person":
                found = self._lookup(hit.text, hit, 0)
                if found:
                    self.memory.remember(found)
        issued = _ISSUED.search(text, start, end)
        if issued is None:
            return
        authors = [
            actor
            for hit in hits
            if hit.end <= issued.start() and hit.kind not in _ROLE_KINDS
            for actor in [self._lookup(hit.text, hit, 0)]
            if actor is not None and actor.country
        ]
        if len({a.country for a in authors}) == 1:
            self.memory.describe(issued.group("text").lower(), authors[-1])

    # ---- internals ------------------------------------------------------------
    def _resolve_one(self, head: Token, offset: int) -> list[Resolved]:
        lower = head.lower_
        if head.pos_ == "PRON" and not _acronym(head) or _personal_pronoun(head):
            return self._pronoun(head, offset)
        if lower in _QUANTITY_HEADS:
            members = [
                pobj
                for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for pobj in prep.children
                if pobj.dep_ == "pobj"
            ]
            if members:
                return self.resolve(members[0], offset)
        pair_of = [  # "the foreign ministers of both countries": one for each side
            pobj
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children
            if pobj.lower_ in _PAIR_NOUNS
            and any(c.lower_ in {"two", "both"} for c in pobj.children)
        ]
        agent = self._agent(head) if pair_of else None
        if agent is not None:
            sides = [r.actor.country for r in self._resolve_one(pair_of[0], offset)]
            sector, role = agent
            return [
                Resolved(
                    Actor(f"{head.text} ({c})", c, sector, role, f"{c}.{sector}", "agent"), False
                )
                for c in sides
                if c
            ]
        fighting_in = self._sides_of_fighting(head, offset)
        if fighting_in is not None:
            return [Resolved(state_of(fighting_in), False)]
        tokens = _phrase_tokens(head)
        words = {t.lower_ for t in tokens}
        # "the two sides", "both leaders", "the two"
        modifiers = (
            {
                c.dep_
                for c in head.children
                if c.lower_ not in _OFFICE_WORDS  # "the two prime ministers": an office, not whose
                and not (c.dep_ == "amod" and c.text[:1].islower())  # "nuclear-armed": no one's
            }
            & {"compound", "amod"}
        )
        if head.lower_ in {"men", "women"} and words & {"two", "both"} and not modifiers:
            # "The two men discussed ...": the last two people named
            named = self._last_two_people(head.idx + offset)
            if named:
                return [Resolved(a, False) for a in named]
        if head.lower_ in _PAIR_NOUNS and words & {"two", "both"} and not modifiers:
            pair = self.memory.last_parties or self.memory.last_pair
            if pair:  # "the two sides": the last two named together, else the last pair
                return [Resolved(a, False) for a in pair]
            dyad = self.memory.dyad()
            if dyad:
                return [Resolved(state_of(c), False) for c in dyad]
        if not tokens:
            return []
        doc = head.doc
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        hits = self._hits(text_of(doc), start, end, offset)
        after = doc[tokens[-1].i + 1 : tokens[-1].i + 3]  # "Without Borders", "to Protect"
        whole = after[-1].idx + len(after[-1].text) if len(after) == 2 else end
        if (
            whole > end
            and after[0].i <= head.right_edge.i
            and after[0].pos_ in {"ADP", "PART"}
            and after[1].text[:1].isupper()
        ):
            # "Doctors Without Borders", "Committee to Protect Journalists": a body whose
            # name runs on through a preposition the phrase would leave out
            longer = [
                h
                for h in self._hits(text_of(doc), start, head.right_edge.idx + 80, offset)
                if h.kind in {"igo", "ngo", "group"}
                and h.start <= head.idx + offset < h.end
                and h.end > end + offset
            ]
            if longer:
                hits = [h for h in hits if h.end <= longer[0].start] + longer[:1]
        # "his country", "its government": the owner's country
        poss = [c for c in head.children if c.dep_ == "poss"]
        if not hits and lower in _BODY_NOUNS and _definite(head):
            # "leaving ECOWAS, accusing the regional bloc of ...": an IGO named earlier in
            # the sentence, else the IGO named last
            doc = head.doc
            earlier = [
                h for h in self._hits(text_of(doc), doc[0].idx, head.idx, offset) if h.kind == "igo"
            ]
            bloc = self._lookup(earlier[-1].text, earlier[-1], offset) if earlier else None
            if bloc is not None and bloc.country == _IGO:
                return [Resolved(bloc, False)]
            if self.memory.last_igo is not None:
                return [Resolved(self.memory.last_igo, False)]
        named_before = self._named_before(head, offset)
        if not hits and named_before and not modifiers:
            return named_before  # "the junta": the one named before
        if not hits and lower in _THE_COUNTRY and _definite(head) and not modifiers:
            # "Kim Yo Jong said the country would respond": the speaker's country
            speaker = _main_subject(head)
            owner = _owner_above(head) if speaker is None else None
            for r in self.resolve(speaker, offset) if speaker is not None else []:
                if r.actor.country and r.actor.country != _IGO:
                    return [Resolved(_as_state(r.actor), False)]
            for r in self.resolve(owner, offset) if owner is not None else []:
                # a leader's "the country" is his; a state's may be another's ("Nigeria
                # froze the country's assets")
                if r.actor.country and r.actor.kind == "person":
                    return [Resolved(_as_state(r.actor), False)]
        agent_only = all(h.kind == "agent" for h in hits)  # "state" is also an agent noun
        if agent_only and lower == "capital" and _definite(head) and not modifiers:
            # "a drone attack on the capital" under "KYIV, Ukraine -": the story's capital
            home = self.memory.dateline_country or self.memory.story_country()
            if home is not None:
                return [Resolved(state_of(home), False)]
        if agent_only and lower in _EPITHET_NOUNS and _definite(head) and head.tag_ == "NN":
            # "the Gulf state", "the Southeast Asian nation", "the reclusive country": a
            # state named before, by its region, else the one the story is about
            referent = self._state_by_epithet(head, offset, regional_only=bool(hits))
            if referent is not None:
                return [Resolved(state_of(referent), False)]
        if not hits and poss and lower in _SELF_COUNTRY:
            owners = self._pronoun(poss[0], offset) if poss[0].pos_ == "PRON" else []
            return [Resolved(_as_state(r.actor), r.direct) for r in owners if r.actor.country]
        whose = any(c.dep_ == "poss" and c.lower_ == "whose" for c in head.children)
        agent = self._agent(head) if whose and not hits else None
        if agent is not None and agent[0] != "NON":
            # "Brazil and Colombia, whose leaders have urged Maduro": the antecedents'
            owned = self._owned_by_antecedents(head, tokens, agent, offset)
            if owned:
                return owned
        if head.lemma_.lower() in _SENT_ONES and all(h.kind in _ROLE_KINDS for h in hits):
            senders = self._senders(head, offset)  # "an envoy sent by President Trump"
            if senders:
                return senders
        if not hits:
            return self._unknown_name(head, tokens, offset)
        return self._choose(head, tokens, hits, offset)

    def _choose(
        self, head: Token, tokens: list[Token], hits: list[MentionHit], offset: int
    ) -> list[Resolved]:
        head_start = head.idx + offset
        head_hit = next((h for h in hits if h.start <= head_start < h.end), None)
        if head_hit is not None and _inside_other_name(head, head_hit, offset):
            return []  # "Real Madrid", "China Daily": a club or paper, not the state
        persons = [h for h in hits if h.kind == "person"]
        # The head itself is (part of) a name: that is the actor.
        if head_hit is not None and head_hit.kind not in _ROLE_KINDS:
            actor = self._lookup(head_hit.text, head_hit, offset, tokens=tokens, hits=hits)
            plural = head.tag_ in {"NNS", "NNPS"} or (
                # "Georgians" tagged as a singular name
                head_hit.kind == "nationality"
                and head.lower_.endswith("s")
                and not head.lower_.endswith("ss")
            )
            demonym = head_hit.kind == "nationality" or (
                head_hit.kind == "state" and plural and self._demonym_plural(head_hit.text)
            )  # "Serbs", "Turks": listed among the state's names, but they are its people
            if actor and demonym and plural:
                people = _people_of(actor)  # "Kenyans protested"
                where = self.memory.sentence_country
                if where and where != actor.country and any(t.lower_ == "ethnic" for t in tokens):
                    # "ethnic Albanians in south Serbia": an ethnicity, living in Serbia
                    people = replace(people, country=where, actor_id=f"{where}.CVL")
                before = [h for h in hits if h.end <= head_hit.start]
                home = self._country_in(before, offset, tokens) or self._base_country(
                    head, offset, _BASE_PREPS | {"of"}
                )  # "the Albanians of southern Serbia"
                if home and home != actor.country:
                    # "Bosnian Serbs", "Iraqi Kurds": the people of one, living in the other
                    people = replace(people, country=home, actor_id=f"{home}.CVL")
                return [Resolved(people, True)]
            if actor and head_hit.kind == "person":
                actor = self._acting_for_igo(actor, head_hit, hits, offset, tokens)
            if actor:
                return [Resolved(actor, True)]
        # A person named in apposition or compound to the head ("President Xi Jinping").
        for hit in persons:
            if head.pos_ == "NOUN" and _in_of_phrase(hit, head, offset):
                continue  # "supporters of the former leader": not the leader
            actor = self._lookup(hit.text, hit, offset, tokens=tokens, hits=hits)
            if actor and not _is_possessor(hit, tokens, offset):
                return [Resolved(self._acting_for_igo(actor, hit, hits, offset, tokens), True)]
        group = self._member_group(head, offset)
        if group is not None:
            return [Resolved(group, False)]
        # An agent head ("ambassador", "foreign ministry") with a country somewhere;
        # any other head only takes a country from its modifiers ("Pyongyang's", "US").
        agent = self._agent(head)
        if agent and agent[0] == "NON":
            agent = None
        if agent is None:
            if head.pos_ == "PROPN" and (
                entity_type(head) in _NAME_ENTITIES or head.lower_ in _ORGANISATION_WORDS
            ):
                # "China Daily", "Air India": a named body the KB does not know, unless
                # its name says whose it is ("the Nigerian Union of Teachers")
                return self._national_body(head, tokens, hits, offset)
            hits = [h for h in hits if h.end <= head_start]
        country = self._country_in(hits, offset, tokens)
        direct = True
        head_end = head.idx + len(head.text) + offset
        if agent is not None and not _foreign(head) and not _named_in(hits, head_end):
            # "its consulate in Damascus", "their troops in Syria": the owner's, not the
            # place's
            owners = [
                r
                for poss in head.children
                if poss.dep_ == "poss" and poss.pos_ == "PRON"
                for r in self._pronoun(poss, offset)
                if r.actor.country
            ]
            if owners:
                country, direct = owners[0].actor.country, False
        if agent is not None and agent[0] == _IGO and country not in {None, _IGO, "NGO"}:
            country = _IGO  # "two Indonesian peacekeepers": they serve the U.N. force
        if country is None and agent is not None and not _foreign(head):
            country = self._base_country(head, offset) or self._place_named(head, agent[0], offset)
        if country is None and (agent is not None or head.lemma_.lower() in _BODIES):
            named_before = self._named_before(head, offset)  # "Mali's junta ... the junta"
            if named_before:
                return named_before
        if country is None and agent is not None:
            # "their forces", "its troops": the country of the pronoun's owner
            for poss in (c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"):
                owners = [r for r in self._pronoun(poss, offset) if r.actor.country]
                if owners:
                    country, direct = owners[0].actor.country, False
            if (
                head.tag_ in {"NNS", "NNPS"}
                and head.lemma_.lower() in _ENVOYS
                and self._regional(head)
            ):
                # "West African leaders", "Gulf ministers": officials of several states of
                # a region acting together, not those of where the story is filed
                country, direct = _IGO, False
            government_troops = any(
                c.lower_ in {"government", "regime", "state"} for c in head.children
            )  # "government troops": the state's own forces, at home
            home_rule = head.lemma_.lower() == "government" and any(
                c.lower_ in _HOME_RULE for c in head.children if c.dep_ == "amod"
            )  # "the federal government": the one of the country at hand
            if (
                country is None
                and not _foreign(head)
                and (
                    (agent[0] in LOCAL_SECTORS and head.lemma_.lower() not in VESSELS)
                    or head.lemma_.lower() in _PERSON_NOUNS
                    or head.lower_ == "authorities"
                    or (
                        head.lemma_.lower() in {"government", "regime", "junta"} and _definite(head)
                    )
                    or government_troops
                    or home_rule
                )
            ):
                # "the authorities freed 2,000 detainees": those of where it happens
                country, direct = self.memory.local_country(), False
            if country is None and agent[0] in {"NGO", "IGO"}:
                # "human rights groups", "aid agencies", "the special rapporteur": bodies
                # and officers of no state
                country = agent[0]
        where = self.memory.sentence_country
        if (
            country
            and where
            and where != country
            and head.lemma_.lower() in _MINORITIES
            and any(h.kind == "nationality" for h in hits)
        ):
            # "the Albanian population of the province", "the Russian minority in Estonia":
            # a people living in the state where the sentence happens
            country, direct = where, False
        if country and agent is None and head.tag_ == "NNPS" and head_hit is None:
            # "Iraqi Kurds", "Bosnian Serbs": a people named after its state, not the state
            name = _phrase_text(tokens)
            people = replace(_people_of(self._state_actor(country, hits)), name=name)
            return [Resolved(people, True)]
        if country:
            sector, role = agent if agent else (None, None)
            name = _phrase_text(tokens)
            mention = self._span(text_of(head.doc), tokens, offset)
            out = []
            # "Hungarian and Romanian officials": one actor per conjoined nationality
            joint = self._joint_countries(head, hits, offset)
            core = " ".join(
                t.text
                for t in tokens
                if t.i <= head.i
                and t.dep_ not in {"det", "cc", "punct"}
                and self.kb.country_of(t.text, self.memory.date) is None
            )
            # "Tigrayan forces", "Scottish ministers": a part of the state, a side apart
            part = next((h.text for h in hits if self.kb.is_regional(h.text)), None)
            for c in joint or [country]:
                base = self._state_actor(c, hits)
                if joint:  # "the leaders of Ethiopia and Eritrea": one name per country
                    label = f"{core} ({c})" if agent else base.name
                else:
                    label = name if agent else base.name
                actor = Actor(
                    name=label,
                    country=c,
                    sector=sector or base.sector or "GOV",
                    role=role,
                    actor_id=base.actor_id
                    if not agent
                    else f"{c}.{sector or 'GOV'}"
                    + (f".{part.lower().replace(' ', '_')}" if part else ""),
                    kind="agent" if agent else base.kind,
                    mention=mention,
                )
                out.append(Resolved(actor, direct))
            if (agent or head.lemma_.lower() in _BODIES) and direct and len(out) == 1:
                self.memory.describe(head.lemma_.lower(), out[0].actor)
                for body in head.children:  # "Chinese coast guard ships", then "the coast guard"
                    if (
                        body.dep_ == "compound"
                        and body.pos_ == "NOUN"
                        and head.lemma_.lower() in VESSELS | _CRAFT
                    ):
                        self.memory.describe(body.lemma_.lower(), out[0].actor)
            return out
        named = head.pos_ == "PROPN" and head_hit is None
        for hit in hits:
            actor = self._lookup(hit.text, hit, offset, tokens=tokens, hits=hits)
            if actor and hit.kind == "title" and named and not _spelled_alike(actor, head.text):
                continue  # "President Gbagbo" unknown to the KB is not the context's president
            if actor:
                return [Resolved(actor, True)]
        return self._titled_by_body(head, tokens, offset)

    def other_person(self, hit: MentionHit) -> bool:
        """Is a one-word name the KB spotted part of a longer name of someone else: a
        given name that is not this person's before it ("Arturo Cruz"), or another name
        after it ("General Williams Kaliman")?"""
        if not self.text or " " in hit.text.strip():
            return False
        span = (hit.start, hit.end)
        if span not in self._others:  # asked for the memory, the places and the actor
            self._others[span] = self._part_of_longer_name(hit)
        return self._others[span]

    def _part_of_longer_name(self, hit: MentionHit) -> bool:
        after = _WORD_AFTER.match(self.text, hit.end)
        if after is not None and self._given_like(after.group(1)):
            # "Williams Kaliman", "special rapporteur Richard Bennett" (not Alain Richard):
            # the name goes on, with a word that is at most someone else's surname
            full = self.kb.lookup(f"{hit.text.strip()} {after.group(1)}", self.memory.date)
            if full.entry is None:
                return True
        before = _WORD_BEFORE.search(self.text, max(0, hit.start - 40), hit.start)
        if before is None or not self._given_like(before.group(1)):
            # a bare surname: someone else if the text introduced another person by it
            # ("Ahmed Sharif Chaudhry ... Chaudhry said" is not Fiji's Mahendra Chaudhry)
            return self._introduced_as_other(hit)
        given = before.group(1)
        full = self.kb.lookup(f"{given} {hit.text}", self.memory.date)
        return full.entry is None

    def _given_like(self, word: str) -> bool:
        """A capitalised word that can be a given name: not a function or date word, a
        title or a place (another person's surname can be one: "Ahmed Sharif Chaudhry")."""
        return word.lower() not in _NOT_GIVEN_NAMES and all(
            h.kind == "person" for h in self.kb.find_mentions(word)
        )

    def _introduced_as_other(self, hit: MentionHit) -> bool:
        if self._full_names is None:  # every "Given Surname" pair of the text, once
            self._full_names = {}
            headlines = _title_case_lines(self.text)
            for m in _FULL_NAME.finditer(self.text):
                if any(a <= m.start() < b for a, b in headlines):
                    continue  # "Saudi Crown Prince Hosts Zelenskyy": every word capitalised
                self._full_names.setdefault(m.group(2), []).append((m.start(2), m.group(1)))
        surname = hit.text.strip()
        return any(
            start < hit.start
            and self._given_like(given)
            and self.kb.lookup(f"{given} {surname}", self.memory.date).entry is None
            for start, given in self._full_names.get(surname, ())
        )

    def _demonym_plural(self, text: str) -> bool:
        singular = text[:-1] if text.endswith("s") else ""
        return bool(singular) and any(
            h.kind == "nationality" and h.text == singular for h in self.kb.find_mentions(singular)
        )

    def _agent(self, head: Token) -> tuple[str, str | None] | None:
        """Sector and role of an agent head, its longest known modifier chain first:
        "foreign ministry", then "police" for "Pakistani police"."""
        words = _head_phrase(head).split()
        for i in range(len(words)):
            found = self.kb.agent_sector(" ".join(words[i:]))
            if found is not None:
                if found[0] == "PTY" and "opposition" in words:
                    return "OPP", found[1]  # "opposition parties" are not the ruling side
                return found
        if head.lower_ != words[-1]:
            found = self.kb.agent_sector(head.lower_)  # "generals": not "general" (a word)
            if found is not None:
                return found
        for prep in head.children:  # "the Department of Foreign Affairs"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        named = f"{head.lower_} of {_head_phrase(pobj)}"
                        found = self.kb.agent_sector(named)
                        if found is not None:
                            return found
        if head.pos_ != "NOUN" or head.lemma_.lower() in _BONDS:
            return None
        for word in reversed(words[:-1]):  # "opposition candidates", "police station"
            found = self.kb.agent_sector(word)
            if found is not None and found[0] in _MODIFIER_SECTORS:
                return found[0], None
        return None

    def _acting_for_igo(
        self,
        actor: Actor,
        person: MentionHit,
        hits: list[MentionHit],
        offset: int,
        tokens: list[Token],
    ) -> Actor:
        """A person titled by an international body ("U.N. mediator Diego Cordovez",
        "UN envoy X") acts for it, not for his state."""
        if actor.country == _IGO or actor.role in _UN_POSTS:
            return actor
        text = text_of(tokens[0].doc) if tokens else ""
        for hit in hits:
            if hit.end > person.start or person.start - hit.end > 30 or hit.kind == "person":
                continue
            between = text[hit.end - offset : person.start - offset].lower()
            if "ambassador" in between or "representative" in between:
                continue  # "British Deputy U.N. Ambassador James Kariuki": Britain's, to it
            body = self._lookup(hit.text, hit, offset, tokens=tokens, hits=hits)
            if body is not None and body.country == _IGO:
                return replace(actor, country=_IGO, sector=_IGO)
        return actor

    def _regional(self, head: Token) -> bool:
        """Is a plural noun qualified by a region of several states ("West African
        leaders", "Gulf ministers", "Nordic governments")?"""
        words = [
            t
            for c in head.children
            if c.dep_ in {"amod", "compound"} and c.i < head.i
            for t in c.subtree
            if t.dep_ != "punct"
        ]
        region = " ".join(w.lower_ for w in sorted(words, key=lambda w: w.i))
        return bool(region) and len(self.kb.region_members(region)) >= 2

    def _senders(self, head: Token, offset: int) -> list[Resolved]:
        """The state of whoever sent or named an envoy ("a special envoy sent by
        President Donald Trump"), as the envoy's own."""
        for clause in head.children:
            if clause.dep_ != "acl" or clause.lemma_.lower() not in _SENDING:
                continue
            for by in (c for c in clause.children if c.dep_ == "agent"):
                for sender in (c for c in by.children if c.dep_ == "pobj"):
                    for r in self.resolve(sender, offset):
                        if r.actor.country:
                            return [Resolved(_as_state(r.actor), False)]
        return []

    def _owned_by_antecedents(
        self, head: Token, tokens: list[Token], agent: tuple[str, str | None], offset: int
    ) -> list[Resolved]:
        """One actor per country of the nouns a "whose" clause hangs on ("Brazil and
        Colombia, whose leaders ..."), in the agent's sector."""
        clause = head.head
        if clause.dep_ != "relcl" or clause.head.i == clause.i:
            return []
        antecedent = clause.head
        while antecedent.dep_ == "conj" and antecedent.head.i != antecedent.i:
            antecedent = antecedent.head  # "Brazil and Colombia": the first conjunct
        countries: list[str] = []
        for noun in (antecedent, *antecedent.conjuncts):
            for r in self.resolve(noun, offset):
                if r.actor.country and r.actor.country not in countries:
                    countries.append(r.actor.country)
        sector, role = agent
        core = _head_phrase(head)
        mention = self._span(text_of(head.doc), tokens, offset)
        return [
            Resolved(
                Actor(
                    f"{core} ({c})",
                    c,
                    sector or "GOV",
                    role,
                    f"{c}.{sector or 'GOV'}",
                    "agent",
                    mention,
                ),
                False,
            )
            for c in countries
        ]

    def _last_two_people(self, position: int) -> tuple[Actor, Actor] | None:
        """The last two different people named before ``position``, in order."""
        seen: list[Actor] = []
        for start, actor in sorted(self.memory.people, key=lambda p: p[0], reverse=True):
            if start < position and all(a.actor_id != actor.actor_id for a in seen):
                seen.append(actor)
            if len(seen) == 2:
                return seen[1], seen[0]
        return None

    def _named_before(self, head: Token, offset: int) -> list[Resolved]:
        """The body a definite noun points back to ("the junta"), if the text named one;
        "the group", "the militants": the armed group the text last named."""
        if not _definite(head):
            return []
        lemma = head.lemma_.lower()
        described = self.memory.described.get(lemma)
        if described is None and lemma not in self.memory.ambiguous:
            if lemma in _ARMED_MEMBERS:
                described = self._group_before(head.idx + offset, _INSURGENT_SECTORS)
            elif lemma in _OUTLET_NOUNS:  # "the newspaper said": the paper named before
                described = self._group_before(head.idx + offset, {"MED"})
        return [Resolved(described, False)] if described is not None else []

    def _group_before(self, position: int, sectors: Collection[str]) -> Actor | None:
        """The last group the text names before ``position``, if it is of one of
        ``sectors``, even where no act was coded ("struck what the military described as
        Hezbollah depots", "Wall Street Journal reporter Evan Gershkovich")."""
        for hit in reversed(self.kb.find_mentions(self.text, 0, position)):
            if hit.kind != "group":
                continue
            entry = self.kb.lookup(hit.text, self.memory.date).entry
            if entry is None or entry.sector not in sectors:
                return None
            if entry.sector == "MED" and not _STAFF_AFTER.match(self.text, hit.end):
                continue  # "told VOA": the reporting outlet; "the paper" is one whose
                # journalist the story is about ("Wall Street Journal reporter ...")
            return self._lookup(hit.text, hit, 0)
        return None

    def _national_body(
        self, head: Token, tokens: list[Token], hits: list[MentionHit], offset: int
    ) -> list[Resolved]:
        """A body whose name opens with a nationality or its state's name: that country's,
        in the sector its name's agent words give (no sector if none), never its
        government."""
        words = [t for t in tokens if t.dep_ not in {"det", "punct"}]
        if not words:
            return []
        of_state = self._state_named_after(head, offset)  # "the Law Society of Kenya"
        if of_state is not None and words[0].i < head.i:
            first, last = of_state
            words = [w for w in words if w.i <= head.i] + list(head.doc[head.i + 1 : last.i + 1])
        elif words[0].dep_ not in {"compound", "amod", "poss"}:
            return []
        else:
            opening = next((h for h in hits if h.start == words[0].idx + offset), None)
            if opening is None or (
                opening.kind != "nationality"
                and not (opening.kind in {"state", "capital"} and words[0].dep_ == "poss")
            ):
                return []  # "the Nigerian Union of ...", "Russia's Investigative Committee";
                # not "China Daily"
            first = opening
        if any(w.lower_ in _SPORTING for w in words):
            return []  # "the Football Association of Ghana": a team's body, not a party
        country = self.kb.country_of(first.text, self.memory.date)
        if country is None:
            return []
        sector = next(
            (
                found[0]
                for w in words[1:]
                if (found := self.kb.agent_sector(w.lower_)) is not None and found[0] != "GOV"
            ),
            None,
        )
        name = " ".join(t.text for t in words)
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        actor = Actor(
            name=name,
            country=country,
            sector=sector,
            role=None,
            actor_id=f"{country}.{sector or 'UNK'}",
            kind="agent",
            mention=Span(name, start + offset, end + offset),
        )
        return [Resolved(actor, True)]

    def _state_named_after(self, head: Token, offset: int) -> tuple[MentionHit, Token] | None:
        """The state a body's name ends with ("the Law Society of Kenya"), and its last
        word."""
        for state in (
            o
            for p in head.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ):
            if state.pos_ != "PROPN":
                continue
            words = list(state.subtree)
            end = words[-1].idx + len(words[-1].text)
            text = text_of(head.doc)
            hit = next(iter(self._hits(text, words[0].idx, end, offset)), None)
            if hit is not None and hit.kind == "state":
                return hit, words[-1]
        return None

    def _member_group(self, head: Token, offset: int) -> Actor | None:
        """ "fighters from Islamic State", "members of Hamas": the group they belong to."""
        if head.lemma_.lower() not in _MEMBER_NOUNS:
            return None
        for hit in self._hits_after(head, _MEMBER_PREPS, offset):
            if hit.kind == "group":
                return self._lookup(hit.text, hit, offset)
        for bond in (c for c in head.children if c.lower_ in _ALLEGIANCE):
            # "militants loyal to Iraq's al-Qaeda frontman": the side they are loyal to
            for prep in (c for c in bond.children if c.lower_ in {"to", "with"}):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    for r in self.resolve(pobj, offset):
                        if r.actor.country and r.actor.country != _IGO:
                            return replace(r.actor, name=head.text, kind="agent", mention=None)
        return None

    def _hits_after(self, head: Token, preps: frozenset[str], offset: int) -> Iterator[MentionHit]:
        """KB names in the objects of ``head``'s prepositions ``preps``, in order."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                words = list(pobj.subtree)
                start, end = words[0].idx, words[-1].idx + len(words[-1].text)
                yield from self._hits(text_of(head.doc), start, end, offset)

    def _base_country(
        self, head: Token, offset: int, preps: frozenset[str] = _BASE_PREPS
    ) -> str | None:
        """The country of a place an agent is said to be in or from ("rebels in Colombia")."""
        for hit in self._hits_after(head, preps, offset):
            if hit.kind in {"state", "capital", "nationality"}:
                country = self.kb.country_of(hit.text, self.memory.date)
                if country:
                    return country
            elif hit.kind == "group":  # "fighters from Islamic State West Africa"
                entry = self.kb.lookup(hit.text, self.memory.date).entry
                if entry is not None and entry.country:
                    return entry.country
            elif hit.kind == "igo":  # "top diplomats from the Group of Seven"
                return "IGO"
        return None

    def _place_named(self, head: Token, sector: str, offset: int) -> str | None:
        """The country of a place (not a state) that names where an agent is: "Darfur
        rebels", "Tigray forces"; for local sectors also "police in Kano"."""
        places = self.memory.place_countries
        if not places:
            return None
        modifiers = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
        if sector in LOCAL_SECTORS:
            modifiers += [
                pobj
                for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ in _BASE_PREPS
                for pobj in prep.children
                if pobj.dep_ == "pobj"
            ]
        for modifier in modifiers:
            for token in modifier.subtree:
                country = places.get(token.idx + offset)
                if country:
                    return country
        return None

    def _country_in(self, hits: list[MentionHit], offset: int, tokens: list[Token]) -> str | None:
        for hit in hits:
            if hit.kind in _ROLE_KINDS:
                continue
            actor = self._lookup(hit.text, hit, offset, tokens=tokens, hits=hits)
            if actor and actor.country:
                return actor.country
        return None

    def _joint_countries(self, head: Token, hits: list[MentionHit], offset: int) -> list[str]:
        """Countries of nationality modifiers joined by a conjunction, in order; also of
        a plural's "of" or "from" phrase ("the foreign ministers of Saudi Arabia and Iran")."""
        joined = [  # "Thai and Cambodian troops" (the first often read as a noun modifier)
            c for m in head.children if m.dep_ in {"amod", "nmod"} for c in (m, *m.conjuncts)
        ]
        if head.tag_ in {"NNS", "NNPS"}:
            # "ministers from Britain, Canada and France" too; and "companies in China,
            # Iran and the UAE", unless a nationality says whose they are ("US troops in
            # Iraq and Syria")
            preps = {"of", "from"} if joined else {"of", "from", "in"}
            joined += [
                c
                for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ in preps
                for p in prep.children
                if p.dep_ == "pobj"
                for c in (p, *p.conjuncts)
            ]
        if not any(m.conjuncts for m in joined):
            return []
        countries: list[str] = []
        for token in joined:
            start = token.idx + offset
            hit = next((h for h in hits if h.start <= start < h.end), None)
            if hit is None:  # a conjunct beyond the head's own phrase
                words = list(token.subtree)
                end = words[-1].idx + len(words[-1].text)
                hit = next(iter(self._hits(text_of(token.doc), words[0].idx, end, offset)), None)
            if hit is None or hit.kind not in {"nationality", "state", "group"}:
                continue  # "officials from Israel and Hamas": a group's are of its country
            actor = self._lookup(hit.text, hit, offset)
            if actor and actor.country and actor.country not in countries:
                countries.append(actor.country)
        return countries if len(countries) > 1 else []

    def _state_actor(self, country: str, hits: list[MentionHit]) -> Actor:
        for hit in hits:
            if hit.kind in {"state", "capital", "nationality"}:
                res = self.kb.lookup(hit.text, self.memory.date, context=self.memory.context)
                if res.entry and res.entry.country == country:
                    e = res.entry
                    return Actor(e.name, e.country, e.sector, e.role, e.id, e.kind)
        return state_of(country)

    def _lookup(
        self,
        text: str,
        hit: MentionHit,
        offset: int,
        *,
        tokens: list[Token] | None = None,
        hits: list[MentionHit] | None = None,
    ) -> Actor | None:
        if " " not in text.strip() and hit.kind == "person":
            if hit.start in self.memory.place_countries and self._after_locative(hit):
                return None  # "the Malian city of Gao": a place here, not Gao Hucheng
            # a bare surname: the person this document already introduced comes first
            known = self.memory.by_surname.get(text.strip().lower())
            if known:
                return _with_mention(known, Span(hit.text, hit.start, hit.end))
        if hit.kind == "person" and self.other_person(hit):
            return None  # "Arturo Cruz" is not the Cuban the KB knows as "Cruz"
        res = self.kb.lookup(text, self.memory.date, context=self.memory.context)
        entry = res.entry
        if entry is None and res.candidates and hit.kind == "person":
            known = self.memory.by_surname.get(text.split()[-1].lower())
            if known:
                return _with_mention(known, Span(hit.text, hit.start, hit.end))
            # one candidate, or several of one state ("Herzog": Israel's president or its
            # ambassador): whoever it is, the state is known (the highest office first)
            entry = res.candidates[0] if len({c.country for c in res.candidates}) == 1 else None
        if entry is None:
            if hit.kind == "person":
                known = self.memory.by_surname.get(text.split()[-1].lower())
                if known:
                    return _with_mention(known, Span(hit.text, hit.start, hit.end))
            return None
        kind = entry.kind
        if kind == "agent" and hit.kind in _ROLE_KINDS:
            return None  # a bare role noun ("officials"): its country comes from the phrase
        if kind == "nationality":
            kind = "state"
        if kind == "igo":
            self.memory.last_igo = Actor(
                entry.name, entry.country, entry.sector, entry.role, entry.id, kind
            )
        sector = entry.sector
        if sector is None and kind in {"state", "capital"}:
            sector = "GOV"  # a state acting is its government
        actor = Actor(
            name=entry.name,
            country=entry.country,
            sector=sector,
            role=entry.role,
            actor_id=entry.id,
            kind=kind,
            mention=Span(hit.text, hit.start, hit.end),
        )
        if kind == "group" and sector in _INSURGENT_SECTORS:
            # "al-Shabab ... the militants launched an assault": the armed group named
            for noun in _ARMED_MEMBERS:
                self.memory.describe(noun, actor)
        return actor

    def _after_locative(self, hit: MentionHit) -> bool:
        """A name right after a locative word ("in", "near", "the city of")."""
        before = self.text[max(0, hit.start - 20) : hit.start].lower().split()
        if not before:
            return False
        if before[-1] in _LOCATIVES:
            return True
        return len(before) >= 2 and before[-1] == "of" and before[-2] in SETTLEMENT_NOUNS

    def _hits(self, text: str, start: int, end: int, offset: int) -> list[MentionHit]:
        hits = self.kb.find_mentions(text, start, end)
        # "Iranian-Americans": the nationality after the hyphen is the citizenship
        origins = {
            a.start
            for a, b in zip(hits, hits[1:], strict=False)
            if a.kind == b.kind == "nationality" and b.start == a.end + 1 and text[a.end] == "-"
        }
        # "the Bosnian Serb leader", "Kosovo Albanians": a people living in the first's state
        residents = {
            b.start
            for a, b in zip(hits, hits[1:], strict=False)
            if a.kind in {"nationality", "state"}
            and b.kind == "nationality"
            and b.start == a.end + 1
            and text[a.end] == " "
        }
        return [
            MentionHit(h.start + offset, h.end + offset, h.text, h.kind, h.key)
            for h in hits
            if not (h.kind in _PLACE_NAMERS and _in_feature_name(text, h.start, h.end))
            and not (h.kind == "group" and _BUILDING_AFTER.match(text, h.end))
            and not (h.kind == "person" and _defined_acronym(text, h.start, h.end))
            and not (h.kind == "person" and _FORMER.search(text, max(0, h.start - 12), h.start))
            and not _SEAT_AFTER.match(text, h.end)  # "the Germany-based center": a seat
            and not (h.kind == "person" and h.text.strip().lower() in _FUNCTION_WORDS)
            and h.start not in origins | residents
        ]

    def _from_hit(self, hit: MentionHit, offset: int, tokens: list[Token]) -> Resolved | None:
        if hit.kind in _ROLE_KINDS:
            return None
        actor = self._lookup(hit.text, hit, offset)
        return Resolved(actor, True) if actor else None

    def _pronoun(self, token: Token, offset: int) -> list[Resolved]:
        lower = token.lower_
        memory = self.memory
        found: Actor | None = None
        antecedent = _main_subject(token) if lower in _THIRD else None
        if antecedent is not None:
            # "Hungarian and Romanian officials agreed that their countries should ...",
            # "Iran said it would ...": the subject of the clause it is embedded in
            span = Span(token.text, token.idx + offset, token.idx + offset + len(token.text))
            named = self.resolve(antecedent, offset)
            agreeing = [
                Resolved(_with_mention(r.actor, span), False)
                for r in named
                if _agrees(lower, r.actor)
            ]
            if agreeing:
                return agreeing
            if lower in _PLURAL:
                # "the officials said they arrested ...": they are the officials, whom
                # the KB cannot place; the last pair of actors would be a guess
                return []
            if (
                lower in _THIRD_SINGULAR
                and antecedent.pos_ == "NOUN"
                and antecedent.lemma_.lower() in _PERSON_NOUNS | _UNKNOWN_PEOPLE
            ):
                # "a member of a crime group told the court he tried to kill ...": he is
                # that member, whom the KB cannot place; not someone named earlier
                return []
            if lower in _THIRD_SINGULAR and antecedent.pos_ == "PROPN" and not named:
                # "chief prosecutor Tarek William Saab said he had ...": the titled
                # newcomer, placed as such a subject is; never someone named earlier
                titled = self.unplaced(
                    (antecedent,), offset, _TRAVELLING, self.memory.dateline_country, local=False
                ) or self.unplaced((antecedent,), offset, LOCAL_SECTORS)
                return [Resolved(_with_mention(r.actor, span), False) for r in titled]
        if lower in _FIRST:
            found = memory.speaker or memory.last_person
        elif lower in _FIRST_PLURAL:
            found = _as_state(memory.speaker) if memory.speaker else memory.last_state
        elif lower in _SECOND:
            other = memory.other_party(memory.speaker.country if memory.speaker else None)
            found = state_of(other) if other else None
        elif lower in _THIRD_SINGULAR:
            # subjects and possessives follow the last actor; other uses the last person named
            salient = token.dep_ in {"nsubj", "nsubjpass", "poss"}
            last = memory.last_subject
            if last is not None and memory.quoted and memory.speaker is not None:
                last = None if last.actor_id == memory.speaker.actor_id else last
            # an object pronoun is not its own clause's subject: "the government of Lopez
            # Obrador granted him asylum" (him is not Lopez Obrador)
            skip = _subject_span(token, offset) if not salient else (0, 0)
            found = (last if salient else None) or memory.person_before(token.idx + offset, skip)
        elif lower in _NEUTER:
            return []
        elif lower in _PLURAL and memory.last_pair:
            return [Resolved(a, False) for a in memory.last_pair]
        if found is None:
            return []
        span = Span(token.text, token.idx + offset, token.idx + offset + len(token.text))
        return [Resolved(_with_mention(found, span), False)]

    def _unknown_name(self, head: Token, tokens: list[Token], offset: int) -> list[Resolved]:
        """A name the KB does not know: a surname seen before, or a PERSON with a title."""
        known = self.memory.by_surname.get(head.lower_)
        if known and (head.pos_ == "PROPN" or entity_type(head) == "PERSON"):
            span = Span(head.text, head.idx + offset, head.idx + offset + len(head.text))
            return [Resolved(_with_mention(known, span), True)]
        return self._titled_by_body(head, tokens, offset)

    def _titled_by_body(self, head: Token, tokens: list[Token], offset: int) -> list[Resolved]:
        """ "Coalition spokesman Colonel Turki al-Malki" after "the Saudi-led coalition": a
        newcomer titled by a body the text named before serves that body's country."""
        if head.pos_ != "PROPN":
            return []
        titles = _title_words(head)
        body = next((b for t in titles if (b := self.memory.described.get(t.lemma_.lower()))), None)
        title = self._title(head)
        if body is None or not body.country or title is None:
            return []
        sector, role = title
        name = _phrase_text(tokens)
        span = self._span(text_of(head.doc), tokens, offset)
        actor = Actor(name, body.country, sector, role, f"{body.country}.{sector}", "agent", span)
        return [Resolved(actor, False)]

    def person_with_apposition(self, head: Token, offset: int) -> Resolved | None:
        """'Ri Ryong Nam, DPRK ambassador to China': a new person described by a title;
        'Kenzo Oshima, the UN relief coordinator': a known person acting for an IGO."""
        if head.i not in appositive_names(head.doc, self.kb):
            return None
        person = entity_type(head) == "PERSON" or _unknown_full_name(head, self.kb)
        if person:
            name_tokens = [t for t in head.subtree if entity_type(t) == "PERSON" and t.i <= head.i]
        else:  # the small model often tags a foreign name as a place
            name_tokens = [
                t
                for t in head.subtree
                if t.i <= head.i and t.pos_ == "PROPN" and (t.i == head.i or t.dep_ == "compound")
            ]
        name = " ".join(t.text for t in name_tokens) or head.text
        known = self.kb.lookup(name, self.memory.date, context=self.memory.context)
        entry = known.entry
        known_person = False
        if entry is not None and entry.kind == "person":
            names = {entry.name.lower(), *(a.lower() for a in entry.aliases)}
            known_person = name.lower() in names and entry.country != _IGO
        if not (person or known_person):
            return None
        for child in head.children:
            if child.dep_ == "appos" or (child.dep_ == "compound" and child.i < head.i):
                described = self._resolve_one(child, offset) if child.dep_ == "appos" else []
                if child.dep_ == "appos" and not described:
                    titled = self.kb.agent_sector(child.lemma_.lower())
                    described = [  # "the United Nations Emergency Relief Coordinator",
                        # "a spokesman for Pakistan's foreign ministry"
                        replace(r, actor=replace(r.actor, sector=titled[0]))
                        if titled and r.actor.country != _IGO
                        else r
                        for r in self.find_in_subtree(child, offset)
                        if r.actor.country == _IGO or (titled and r.actor.country)
                    ][:1]
                for r in described:
                    if known_person and r.actor.country != _IGO:
                        continue  # the KB knows this person better than a title does,
                        # unless the title is an international post ("X, the UN envoy")
                    if r.actor.country and r.actor.kind != "person":
                        start = name_tokens[0].idx if name_tokens else head.idx
                        actor = Actor(
                            name=entry.name if known_person and entry else name,
                            country=r.actor.country,
                            sector=r.actor.sector,
                            role=r.actor.role,
                            actor_id=_person_id(r.actor, name),
                            kind="person",
                            mention=Span(name, start + offset, start + offset + len(name)),
                        )
                        return Resolved(actor, True)
        return None

    @staticmethod
    def _span(text: str, tokens: list[Token], offset: int) -> Span:
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return Span(text[start:end], start + offset, end + offset)


_IGO = "IGO"
# "the Indian Ocean", "the Korean Peninsula", "the Niger Delta": a feature, not an actor
_PLACE_NAMERS = {"state", "nationality"}
# answers to someone else's proposal: "rejected its offer" is another's offer
_REPLYING = {"reject", "refuse", "dismiss", "rebuff", "spurn", "decline", "accept", "welcome"}
_OFFERS = {"offer", "proposal", "plan", "demand", "request", "invitation", "call", "initiative"}
# acts no one does to what is theirs: an object's "its" is someone else's
_HOSTILE_VERBS = {"shell", "attack", "strike", "bomb", "shoot", "raid", "hit", "target"}
_HOSTILE_VERBS |= {"seize", "violate", "harass", "block", "invade", "storm", "fire"}
# a group's short name before a building's noun names the building: "the Al-Aqsa mosque"
_BUILDING_AFTER = re.compile(
    r"[ \u00a0](?:[Mm]osque|[Cc]hurch|[Tt]emple|[Ss]hrine|[Cc]ompound|[Hh]ospital)\b"
)
_FEATURE_BEFORE = re.compile(r"\b(?:Sea|Gulf|Bay|Strait|Straits) of[ \u00a0]$")
_FEATURE_AFTER = re.compile(
    r"[ \u00a0](?:Ocean|Sea|Gulf|Peninsula|Subcontinent|Strait|Straits|Delta|Basin|Plateau|"
    r"Desert|Highlands|Lowlands|Riviera|Archipelago)\b"
)
# one-word surnames that are English function words: "No country has recognised ..." is
# not North Korea's No Kwang-chol (his full name still matches as one)
_FUNCTION_WORDS = {"no", "so", "an", "he", "be", "do", "go", "on", "in", "to", "as", "at"}
_FUNCTION_WORDS |= {"by", "it", "or", "us", "we", "me", "my", "if", "of", "up", "yes", "the"}
_SEAT_AFTER = re.compile(r"-(?:based|headquartered|registered)\b")
_SEATED = {"base", "headquarter", "headquartered", "locate", "register", "domicile"}
# "former NATO chief", "ex-president": a title held before, not by today's holder
_FORMER = re.compile(r"\b(?:[Ff]ormer|[Ee]x-|[Oo]netime|[Oo]ne-time|[Tt]hen-?)\s*$")


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines written in title case (headlines), where a capital marks no name."""
    spans = []
    start = 0
    for line in text.split("\n"):
        words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
        if len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


_STAFF_AFTER = re.compile(r"['’]?s? ?(?:reporter|journalist|correspondent|editor|columnist)")
_FULL_NAME = re.compile(
    r"\b([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{2,})[ \u00a0](?=([A-Z\u00c0-\u00de][\w'’-]+)\b)"
)
# capitalised words, accented letters too ("José Rubén Zamora")
_WORD_BEFORE = re.compile(r"\b([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{2,})[ \u00a0]$")
_WORD_AFTER = re.compile(r"[ \u00a0-]([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{2,})\b")  # "Kok-Tash"
# capitalised words that can stand next to a surname without being another name
_NOT_GIVEN_NAMES = CALENDAR_WORDS | {
    "the", "when", "while", "after", "before", "but", "and", "as", "if", "then", "with",
    "said", "says", "told", "by", "for", "from", "on", "in", "at", "to", "of", "that",
    "today", "yesterday", "last", "this",
}  # fmt: skip


def _name_like(word: str, kb: KnowledgeBase) -> bool:
    """A capitalised word that could be part of a person's name: not a function word, a
    date word, or anything the KB knows (a title, a place, a known name)."""
    return word.lower() not in _NOT_GIVEN_NAMES and not kb.find_mentions(word)


def _defined_acronym(text: str, start: int, end: int) -> bool:
    """ "Montenegro Municipality Association (AKK)": an abbreviation the text defines for the
    name before it, not the person the KB knows by those letters."""
    word = text[start:end]
    return word.isupper() and text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def state_of(country: str) -> Actor:
    """The state of an ISO-3 code as an actor (its government), for inferred sides."""
    return Actor(country, country, "GOV", None, country, "state")


def _in_feature_name(text: str, start: int, end: int) -> bool:
    """Is a country name or adjective part of a sea's, gulf's or peninsula's name?"""
    if _FEATURE_AFTER.match(text, end):
        return True
    return _FEATURE_BEFORE.search(text, max(0, start - 12), start) is not None


def appositive_names(doc: Any, kb: KnowledgeBase) -> frozenset[int]:
    """Token indices of proper names the KB does not know that have an apposition
    ("Ri Ryong Nam, DPRK ambassador to China"): the only heads that can introduce a new
    person by a title. Cached on the parse."""
    found = doc.user_data.get(_APPOSITIVE_NAMES)
    if found is None:
        appositions = [t for t in doc if t.dep_ == "appos" and t.head.pos_ == "PROPN"]
        known: set[int] = set()
        international: set[int] = set()  # "X, the UN envoy": the post outranks the person
        if appositions:
            for hit in kb.find_mentions(doc.text):
                known.update(range(hit.start, hit.end))
                if hit.kind in {"igo", "state"} and _is_international(kb, hit.text):
                    international.update(range(hit.start, hit.end))
        found = doc.user_data[_APPOSITIVE_NAMES] = frozenset(
            a.head.i
            for a in appositions
            if a.head.idx not in known
            or any(t.idx in international for t in a.subtree)
            or _unknown_full_name(a.head, kb)  # "Shafqat Ali Khan": not Imran Khan
        )
    return found


_APPOSITIVE_NAMES = "parley.appositive_names"


def _unknown_full_name(head: Token, kb: KnowledgeBase) -> bool:
    """A name of two or more words the KB does not know, though it knows a part of it."""
    parts = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not parts or entity_type(head) not in {"PERSON", "ORG", "GPE", "NORP", ""}:
        return False
    name = " ".join(t.text for t in [*sorted(parts, key=lambda t: t.i), head])
    return kb.lookup(name).entry is None and not kb.lookup(name).candidates


def _is_international(kb: KnowledgeBase, name: str) -> bool:
    entry = kb.lookup(name).entry
    return entry is not None and entry.country == _IGO


def _person_id(described: Actor, name: str) -> str:
    slug = name.lower().replace(" ", "_")
    return f"{described.country}.{described.sector or 'GOV'}.{slug}"


_NAME_ENTITIES = {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"}
_SPORTING = {"football", "soccer", "olympic", "athletics", "cricket", "rugby", "basketball"}
_SPORTING |= {"tennis", "volleyball", "hockey", "boxing", "chess", "club", "sports", "sport"}
# last words of organisations' names, for those the tagger leaves unlabelled
_ORGANISATION_WORDS = {"society", "association", "federation", "league", "foundation"}
_ORGANISATION_WORDS |= {"institute", "commission", "committee", "forum", "network", "centre"}
_ORGANISATION_WORDS |= {"center", "organization", "organisation", "initiative", "trust"}


def _inside_other_name(head: Token, hit: MentionHit, offset: int) -> bool:
    """A state or capital that is only part of a longer name ("Real Madrid")."""
    if hit.kind not in {"state", "capital"}:
        return False
    return any(
        t.dep_ == "compound" and t.pos_ == "PROPN" and not hit.start <= t.idx + offset < hit.end
        for t in head.children
    )


def _subject_span(pronoun: Token, offset: int) -> tuple[int, int]:
    """Character range of the subject of the clause an object pronoun sits in."""
    verb = pronoun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return (0, 0)
    words = list(subject.subtree)
    return (words[0].idx + offset, words[-1].idx + len(words[-1].text) + offset)


# what one is asked to do by leaving office: "demanded his resignation"
_STEPPING_DOWN = {"resignation", "ouster", "removal", "impeachment", "dismissal", "departure"}


def _named_in(hits: list[MentionHit], head_end: int) -> bool:
    """Is a name or nationality among the words up to the head ("its Russian allies")?"""
    return any(h.end <= head_end for h in hits if h.kind != "agent")


def _foreign(head: Token) -> bool:
    """ "foreign troops", "coalition soldiers": not the forces of where they are ("foreign
    ministers" hold an office of their own state)."""
    if head.lemma_.lower() in _FOREIGN_OFFICES:
        return False
    return any(t.dep_ == "amod" and t.lower_ in _FOREIGN_MARKERS for t in head.children)


def _in_opposition(head: Token, found: list[Resolved]) -> list[Resolved]:
    """ "Opposition leader Raila Odinga": a known person whom the text titles as in the
    opposition is a side apart from the government, whatever office the KB last gave."""
    if head.pos_ != "PROPN" or not any(r.actor.kind == "person" for r in found):
        return found
    title = head.doc[head.left_edge.i : head.i]
    if not any(t.lower_ == "opposition" for t in title):
        return found
    return [
        replace(r, actor=replace(r.actor, sector="OPP"))
        if r.actor.kind == "person" and r.actor.sector in {"ELI", "GOV", None}
        else r
        for r in found
    ]


def _definite(head: Token) -> bool:
    """ "the junta", "the council": a phrase that points back to one named before."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children)


def _listed(child: Token) -> bool:
    """A list the parser took for an apposition: a proper name with conjuncts of its own."""
    if child.dep_ != "appos" or child.pos_ != "PROPN":
        return False
    return any(c.dep_ == "conj" for c in child.children)


def _unowned(noun: Token) -> bool:
    """A common noun whose modifiers name no one ("nine navy ships", not "Taiwan's ships")."""
    return noun.pos_ == "NOUN" and not any(
        t.pos_ == "PROPN" or t.dep_ == "poss" or t.ent_type_ == "NORP"
        for t in noun.subtree
        if t.i < noun.i
    )


def _bare(noun: Token) -> bool:
    """A common noun with nothing of its own to say whose it is."""
    return noun.pos_ == "NOUN" and not any(
        c.dep_ in {"amod", "compound", "poss", "prep"} for c in noun.children
    )


def _conjuncts(head: Token) -> list[Token]:
    out = [head]
    for child in head.children:
        if child.dep_ == "conj":
            out.extend(_conjuncts(child))
        elif _listed(child):
            out.extend(_conjuncts(child))  # "Saudi Arabia, the UAE, Bahrain and Egypt"
        elif _first_conjunct(child):
            out.append(child)  # "President Trump and leader Kim Jong Un", Trump hung on Un
    return out


def _first_conjunct(child: Token) -> bool:
    """A name the parser hung as a modifier of the next one, though "and" joins them."""
    return (
        child.dep_ in {"nmod", "compound"}
        and child.pos_ == "PROPN"
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in child.children)
        and any(c.dep_ == "conj" for c in child.children)
    )


def _phrase_tokens(head: Token) -> list[Token]:
    """The tokens describing an actor: the subtree less clauses, conjuncts and detached preps."""
    keep: list[Token] = []

    def walk(token: Token) -> None:
        for child in token.children:
            if child.dep_ in _DETACHED_DEPS:
                continue
            if child.dep_ == "appos" and token is head and head.pos_ == "NOUN":
                continue  # "the demonstrators, many waving EU flags": not their name
            if child.dep_ == "prep" and child.lower_ in _DETACHED_PREPS:
                continue
            if child.dep_ == "prep" and any(c.dep_ == "pcomp" for c in child.children):
                continue  # "accused the government of using force": the charge, not a name
            walk(child)
        keep.append(token)

    walk(head)
    keep.sort(key=lambda t: t.i)
    # "BRUSSELS (Reuters) - European Union leaders": the dateline glued to the subject
    doc = head.doc
    first = keep[0].i if keep else head.i
    dashes = [
        i for i in range(first + 1, head.i) if doc[i].text in DASHES and doc[i - 1].text == ")"
    ]
    if dashes:
        keep = [t for t in keep if t.i > dashes[-1]]
    while keep and keep[0].dep_ in {"punct", "cc"}:
        keep.pop(0)
    while keep and keep[-1].dep_ in {"punct", "cc"}:
        keep.pop()
    return keep


def _phrase_text(tokens: list[Token]) -> str:
    """An actor's words as written ("Sudan's army", not "Sudan 's army"), without its
    article or a possessive ending ("the government's" -> "government")."""
    kept = [t for t in tokens if t.dep_ not in {"det", "punct"}]
    while kept and kept[-1].dep_ == "case":
        kept.pop()
    words = []
    for before, token in zip([None, *kept], kept, strict=False):
        if before is not None and token.i == before.i + 2 and not before.whitespace_:
            words.append(token.doc[before.i + 1].text_with_ws)  # "British-flagged"
        words.append(token.text_with_ws)
    return "".join(words).strip()


def _head_phrase(head: Token) -> str:
    """The head noun with its compound/amod modifiers, theirs included: 'foreign
    ministry', 'top envoys', 'foreign ministry spokesman'."""
    mods: list[Token] = []
    stack = [head]
    while stack:
        node = stack.pop()
        for c in node.children:
            if c.dep_ in {"compound", "amod"} and c.i < node.i:
                mods.append(c)
                stack.append(c)
    words = [c.lower_ for c in sorted(mods, key=lambda t: t.i)] + [head.lemma_.lower()]
    return " ".join(words)


def _title_words(head: Token) -> list[Token]:
    """Compound words before a name, nearest first ("Colonel", "spokesman", ...)."""
    words = [t for t in head.lefts if t.dep_ == "compound"]
    words += [t for c in words for t in c.lefts if t.dep_ == "compound"]
    return sorted(words, key=lambda t: -t.i)


def _in_of_phrase(hit: MentionHit, head: Token, offset: int) -> bool:
    """The mention lies in an "of" phrase of ``head`` ("supporters of X", "the wife of X")."""
    return any(
        t.idx + offset <= hit.start < t.idx + offset + len(t.text)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for t in prep.subtree
    )


def _is_possessor(hit: MentionHit, tokens: list[Token], offset: int) -> bool:
    for token in tokens:
        if token.idx + offset >= hit.end and token.tag_ == "POS":
            return token.idx + offset - hit.end <= 1
    return False


def _as_state(actor: Actor | None) -> Actor:
    assert actor is not None
    country = actor.country or actor.name
    return Actor(country, actor.country, "GOV", None, country, "state", actor.mention)


_POSSESSIVE = {"his", "her", "its", "their"}


def _acronym(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isupper()  # "US" is the country, not "us"


def _personal_pronoun(token: Token) -> bool:
    """I, we, you and their forms, even where the tagger calls them something else."""
    return token.lower_ in _FIRST | _FIRST_PLURAL | _SECOND and not _acronym(token)


def _owner_above(noun: Token) -> Token | None:
    """ "Ruto defended the bill as necessary to reduce the country's debt": the country a
    state's own figure speaks of as "the country" is his, unless it is attacked."""
    if noun.dep_ != "poss":
        return None
    node = noun.head
    for _ in range(6):
        if node.lemma_.lower() in _HOSTILE_VERBS or node.head.i == node.i:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if node.pos_ in {"VERB", "AUX"} and subject is not None:
            return subject if subject.pos_ != "PRON" else None
    return None


def _main_subject(pronoun: Token) -> Token | None:
    """For a pronoun that is (or owns) the subject of an embedded clause, the subject of
    the clause above it: "Iran said it would ...", "X agreed that their countries ..."."""
    subject = pronoun
    if pronoun.dep_ == "poss":
        subject = pronoun.head
        if subject.dep_ in {"dobj", "pobj"} and pronoun.lower_ in _POSSESSIVE:
            # "rebels continued their hunger strike": the owner is the verb's subject
            verb = subject.head.head if subject.dep_ == "pobj" else subject.head
            for _ in range(4):  # "in retaliation for a strike on its consulate": the clause's
                if verb.pos_ not in {"NOUN", "ADP"} or verb.head.i == verb.i:
                    break
                verb = verb.head
            if verb.lemma_.lower() in _REPLYING and subject.lemma_.lower() in _OFFERS:
                # "the US warned ..., as Tehran rejected its offer": no one rejects their
                # own offer; the owner is the other clause's subject
                own = next((c.i for c in verb.children if c.dep_ == "nsubj"), None)
                others = [
                    t
                    for t in verb.sent
                    if t.dep_ == "nsubj" and t.pos_ != "PRON" and t.i != own and t.i < verb.i
                ]
                if others:
                    return others[-1]
            if verb.lemma_.lower() in _HOSTILE_VERBS and verb.dep_ == "ccomp":
                # "Azerbaijan said Armenian forces had shelled its positions": no one
                # shells their own; the owner is the one who tells of it
                speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                if speaker is not None and speaker.pos_ != "PRON":
                    return speaker
            for child in verb.children:
                if child.dep_ == "nsubj" and child.pos_ != "PRON":
                    return child
            if verb.dep_ == "xcomp":
                # "called on Israel to end its operation", "urged Russia to pull back its
                # troops": the one asked; "vowed to continue its programme": the vower
                above = verb.head
                asked = [c for c in above.children if c.dep_ == "dobj"] + [
                    p
                    for prep in above.children
                    if prep.dep_ == "prep" and prep.lower_ == "on"
                    for p in prep.children
                    if p.dep_ == "pobj"
                ]
                doers = [c for c in above.children if c.dep_ == "nsubj"]
                for child in asked or doers:
                    if child.pos_ != "PRON":
                        return child
    if subject.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = subject.head
    if clause.dep_ not in {"ccomp", "xcomp", "advcl", "conj"} or clause.head.i == clause.i:
        return None
    first = reported_clause(clause)  # a second "that" clause: told by the same teller
    if first is not clause and (first.dep_ not in {"ccomp", "conj"} or first.head.i == first.i):
        return None
    above = first.head
    for _ in range(3):  # "condemned the drills and said it had ...": the first verb's subject
        for child in above.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return child if child.pos_ != "PRON" else None
        if above.dep_ != "conj":
            break
        above = above.head
    return None


def _agrees(pronoun: str, actor: Actor) -> bool:
    """Does the pronoun fit the actor: "he" a person, "it" no person, "they" anyone."""
    if pronoun in _THIRD_SINGULAR:  # a person, or an office ("the prime minister ... he")
        return actor.kind == "person" or actor.kind == "agent" and actor.role is not None
    if pronoun in _NEUTER:
        return actor.kind != "person"
    return True


def _spelled_alike(actor: Actor, name: str) -> bool:
    """Is ``name`` the actor's surname, perhaps misspelled ("Bouteflicka")?"""
    surname = actor.name.split()[-1].lower() if actor.name else ""
    return SequenceMatcher(None, surname, name.lower()).ratio() >= 0.8


def _people_of(state: Actor) -> Actor:
    """A nationality's people ("Kenyans"): the country's civilians."""
    country = state.country or state.name
    return Actor(
        state.mention.text if state.mention else country,
        state.country,
        "CVL",
        None,
        f"{country}.CVL",
        "agent",
        state.mention,
    )


def _with_mention(actor: Actor, span: Span) -> Actor:
    return Actor(
        actor.name, actor.country, actor.sector, actor.role, actor.actor_id, actor.kind, span
    )


def _unique(found: list[Resolved]) -> list[Resolved]:
    seen: set[str] = set()
    out: list[Resolved] = []
    for r in found:
        key = r.actor.actor_id or r.actor.name
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
