"""Assemble events for one article: sentences -> triggers -> roles -> actors, dates, places.

Only sentences with a possible trigger word are parsed; the rest feed the document
memory (who was named) through the knowledge base's fast name spotter.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from parley.kb import KnowledgeBase, MentionHit
from parley.model import (
    CONTEXT_MODES,
    Actor,
    Article,
    DateValue,
    Event,
    Evidence,
    Place,
    Span,
    plover_mode,
)
from parley.nlp.lexicon import PUNISHING_VERBS, SPEECH_VERBS, Lexicon
from parley.nlp.modes import clause_mode
from parley.nlp.parser import entity_starts, entity_type, parse
from parley.nlp.placing import (
    GROUND_ACTS,
    event_place,
    in_clause,
    place_of_act,
    story_scene,
    under,
    with_the_speaker,
)
from parley.nlp.roles import (
    DEALS,
    DOCUMENTS,
    DRAWING,
    Slots,
    find_slots,
    placed_under,
    prep_objects,
    reported_clause,
    speech_subject,
)
from parley.nlp.sentences import split_sentences
from parley.nlp.triggers import ALSO, Found, find_triggers, threat_mode
from parley.resolve.actors import (
    LOCAL_SECTORS,
    VESSELS,
    ActorResolver,
    DocumentMemory,
    Resolved,
    appositive_names,
    state_of,
)
from parley.resolve.dates import find_dates
from parley.resolve.places import SETTLEMENT_NOUNS, Gazetteer

EXTRACTOR_VERSION = "parley-rules-0.1"
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'/\-]{2,40}(?:,[^\n]{0,40}?)?(?:\s*\([^)\n]{1,30}\))?\s*(?:--|—|–|:|-(?=\s))\s*",
    re.MULTILINE,  # a dateline opens a line, after the headline
)
_NOT_EVENT_DATE = {"since", "until", "till", "before", "by"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SYMMETRIC = {"CONSULT", "COOPERATE"}
# acts whose "at X" is where they happen, not whom they are aimed at ("signed a deal at
# the State Department"; but "fired at", "lashed out at")
_VENUED = {"CONSULT", "COOPERATE", "AGREE", "SUPPORT", "AID", "CONCEDE", "RETREAT"}
# acts that conjoined actors with no named counterpart do towards each other ("Libya and
# Bulgaria signed a friendship treaty", "X and Y agreed to ...")
_MUTUAL = {"AGREE"}
_PARTIES = {"PTY", "OPP"}
_ISSUING = {"issue", "release", "publish", "send", "adopt", "deliver", "post", "sign", "put"}
_STANDING_DOWN = {"disengage", "withdraw", "de-escalate", "deescalate", "demobilize"}
TARGETLESS_PENALTY = 0.35  # an event whose target the sentence does not name
GENERATED_PENALTY = 0.1  # a trigger from the generated CAMEO verb list, not a reviewed one
POSSIBLE_PENALTY = 0.2  # an act only said to be possible ("could impose", "could meet")
HISTORICAL_PENALTY = 0.2  # an act dated more than a year before the article
BACKGROUND_PENALTY = 0.1  # an act told as background: "... where 28 people were killed"
_BACKGROUND_MARKS = {"after", "because", "since", "following", "before", "as"}
_PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "through"}
_PLACE_NOUNS = SETTLEMENT_NOUNS  # "the port of Odesa", "the town of Goma"
# "in", "near the town of", "outside the northern city of" right before a place name
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|around)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}"
    rf"(?:(?:{'|'.join(sorted(SETTLEMENT_NOUNS))})\s+of\s+)?$"
)


@dataclass
class SentenceUnit:
    start: int
    end: int
    parsed: Any = None
    title: bool = False
    quote_speaker: str | None = None  # who a quote opening here is attributed to, later on


@dataclass
class DocumentExtractor:
    """Extracts the events of one article; create one per article."""

    kb: KnowledgeBase
    lexicon: Lexicon
    gazetteer: Gazetteer
    article: Article
    memory: DocumentMemory = field(init=False)
    resolver: ActorResolver = field(init=False)
    lead_date: DateValue | None = None
    _ahead: dict[int, list[DateValue]] = field(default_factory=dict, init=False)
    # (type, doer, start of its trigger) of every act coded so far
    _acts: list[tuple[str, Actor, int]] = field(default_factory=list, init=False)
    # per country, the last actor that acted against it (an accusation, a sanction, force)
    _last_hostile: dict[str, Actor] = field(default_factory=dict, init=False)
    _enemies: dict[str, Actor] = field(default_factory=dict, init=False)  # who fights whom
    # per accused side (country, sector), who last accused it: whom a denial answers
    _last_accuser: dict[tuple[str, str | None], Actor] = field(default_factory=dict, init=False)
    _teller: str | None = field(default=None, init=False)  # see _sentence_events
    _last_target: dict[str, Actor] = field(default_factory=dict, init=False)  # per type
    _teams: set[str] = field(default_factory=set, init=False)  # states of the last sports sentence
    dateline_place: Place | None = field(default=None, init=False)  # where it was filed
    _dateline: tuple[int, int] | None = field(default=None, init=False)  # its characters
    _story_places: list[Place] = field(default_factory=list, init=False)  # named so far

    def __post_init__(self) -> None:
        self.memory = DocumentMemory(date=self.article.published)
        self.resolver = ActorResolver(self.kb, self.memory, self.article.clean_text)

    # ---- stages ------------------------------------------------------------------
    def units(self) -> list[SentenceUnit]:
        text = self.article.clean_text
        spans = split_sentences(text)
        title_end = _title_end(self.article, text)
        units = [SentenceUnit(s, e, title=e <= title_end) for s, e in spans]
        body = next((u for u in units if not u.title), None)
        dateline = _DATELINE.match(text, body.start, body.end) if body else None
        if body is not None and dateline is not None and dateline.end() < body.end:
            # "ADDIS ABABA - Ethiopia accused ...": the parser would read the place as part
            # of the subject; the sentence begins after the dateline
            self._dateline = (dateline.start(), dateline.end())
            body.start = dateline.end()
        for unit in units:
            if not unit.title and self.lexicon.has_candidate(text[unit.start : unit.end]):
                unit.parsed = True
        return units

    def run(self, units: list[SentenceUnit]) -> list[Event]:
        text = self.article.clean_text
        self._context(text, units)
        self.lead_date = self._lead_date(text, units)
        _attribute_quotes(text, units)
        events: list[Event] = []
        for unit in units:
            if unit.title:
                continue
            if unit.parsed is None:
                self.resolver.note_sentence(text, unit.start, unit.end)
                self._story_places.extend(self._places_named(unit))
                continue
            events.extend(self._sentence_events(unit))
        return _dedupe(self._placed_in_story(events))

    # ---- document context -----------------------------------------------------------
    def _context(self, text: str, units: list[SentenceUnit]) -> None:
        counts = Counter(self._countries_named(self.kb.find_mentions(text)))
        self.memory.countries = counts
        self.memory.context = tuple(c for c, _ in counts.most_common(4))
        if self._dateline is not None:
            filed = self.gazetteer.find_places(text, *self._dateline)
            self.memory.dateline_country = next((p.country for p in filed if p.country), None)
            if filed:
                self.dateline_place = replace(filed[0], mention=None)

    def _places_named(self, unit: SentenceUnit) -> list[Place]:
        """Places an unparsed sentence names after a locative word ("in", "near the town
        of" ...): the story's scene, not an actor ("Moscow said")."""
        text = self.article.clean_text
        story = self.memory.context[0] if self.memory.context else None
        out = []
        for place in self.gazetteer.find_places(text, unit.start, unit.end, country=story):
            if place.mention is None:
                continue
            if _LOCATIVE_BEFORE.search(
                text, max(unit.start, place.mention.start - 40), place.mention.start
            ):
                out.append(place)
        return out

    def _placed_in_story(self, events: list[Event]) -> list[Event]:
        """Events that their own sentence does not place are put at the story's scene; an
        act on the ground takes the scene before the dateline ("BAMAKO (AFP) - French jets
        bombed Islamist positions ..." happened near Gao, not in Bamako)."""
        out = []
        for event in events:
            filed = self.dateline_place is not None and event.location is self.dateline_place
            if event.location is None or (filed and event.event in GROUND_ACTS):
                scene = story_scene(self._story_places, event)
                if scene is not None:
                    event = replace(event, location=scene)
            out.append(event)
        return _one_venue(out)

    def _countries_named(self, hits: list[MentionHit]) -> list[str]:
        """The countries of the states, places and people among KB hits, in text order."""
        out = []
        for hit in hits:
            if hit.kind in {"agent", "title"}:
                continue
            country = self.kb.country_of(hit.text, self.memory.date)
            if country is None and hit.kind in {"person", "group"}:
                if hit.kind == "person" and self.resolver.other_person(hit):
                    continue  # "Arturo Cruz" is not the Cuban the KB knows as "Cruz"
                res = self.kb.lookup(hit.text, self.article.published)
                if res.entry is not None and res.entry.sector in {"MED", "BUS"}:
                    # "JUBA (Xinhua) -", "Boeing jets": who reports or sells, not whom
                    # the story is about
                    continue
                country = res.entry.country if res.entry else None
            if country:
                out.append(country)
        return out

    def _lead_date(self, text: str, units: list[SentenceUnit]) -> DateValue | None:
        spans = [(u.start, u.end) for u in units if not u.title][:2]
        if self._dateline is not None:  # "BEIJING, March 22 (Xinhua) --": the filing
            spans.append(self._dateline)  # day, when the lead tells no day of its own
        for start, end in spans:
            for found in find_dates(text, anchor=self.article.published, start=start, end=end):
                if found.value and not _owning(found, text):
                    return found
        return None

    # ---- one sentence -----------------------------------------------------------------
    def _sentence_events(self, unit: SentenceUnit) -> list[Event]:
        sent = unit.parsed
        offset = unit.start
        text = self.article.clean_text
        speaker = speech_subject(sent)
        found = self.resolver.resolve(speaker, offset) if speaker is not None else []
        # who tells this sentence: a country code, "" for an unnamed teller parley cannot
        # place ("a Western diplomat said"), None for no teller or an unknown name
        unnamed = speaker is not None and speaker.pos_ == "NOUN"
        self._teller = (found[0].actor.country or "") if found else ("" if unnamed else None)
        self.memory.quoted = False
        if not found and unit.quote_speaker:
            found = self.resolver.resolve_name(unit.quote_speaker)
            self.memory.quoted = bool(found)
        if found:
            self.memory.speaker = found[0].actor
            if found[0].actor.kind == "person":
                self.memory.last_person = found[0].actor
                self.memory.last_subject = found[0].actor
        hits = self.kb.find_mentions(text, unit.start, unit.end)
        self._note_people(sent, offset, hits)
        self._note_authors(sent, offset)
        dates = find_dates(text, anchor=self.article.published, start=unit.start, end=unit.end)
        places = self._places(unit)
        self._story_places.extend(place for place, _ in places)
        self.memory.sentence_country = next((p.country for p, _ in places if p.country), None)
        self.memory.sentence_countries = tuple(
            c
            for c in self._countries_named(
                [h for h in hits if h.kind in _PLACING_KINDS and not _names_a_mission(text, h)]
            )
            if c in _iso_countries()
        )
        by_trigger: list[tuple[Found, list[Event]]] = []
        if _question(text[unit.start : unit.end]):
            return []  # "How concerned are you about Russia's ties with China?": asked
        for trig in find_triggers(sent, self.lexicon):
            event_type = trig.event  # None for a negated act (a negated acceptance: REJECT)
            if event_type is None or _disaster_measure(trig, event_type):
                continue
            by_trigger.append((trig, self._events_for(trig, event_type, unit, dates, places)))
        by_trigger = _without_told_means(by_trigger)
        events = _with_blamed_as_threatened(_frame_embedded(by_trigger), by_trigger)
        reporter = found[0].actor if found else self._according_to(sent, offset)
        events += _reported_abuses(events, reporter, sent)
        events = self._without_teams(events, sent)
        events = [e for e in events if not _words_to_own_public(e) and not _press_contact(e)]
        # one act per trigger: the sentence's acts of one type may be different acts
        self._acts.extend(
            (e.event, e.source, e.evidence.trigger.start) for e in events if e.source.country
        )
        self._note_hostilities(events)
        for e in events:
            if e.target is not None and e.target.country:
                self._last_target[e.event] = e.target
        self._note_main_subject(sent, offset)
        return events

    def _note_main_subject(self, sent: Any, offset: int) -> None:
        """The person the sentence is about, for "he" or "his" in the next ones: "Blinken is
        expected to travel ... He will meet ...", whether or not an event was coded."""
        root = next((t for t in sent if t.dep_ == "ROOT"), None)
        subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None) if root else None
        if subject is None or subject.pos_ == "PRON" or subject.tag_ in {"NNS", "NNPS"}:
            return
        found = self.resolver.resolve(subject, offset)
        if len(found) != 1:
            return
        actor = found[0].actor
        if actor.kind == "person" or (actor.kind == "agent" and actor.role is not None):
            self.memory.last_subject = actor

    def _note_authors(self, sent: Any, offset: int) -> None:
        """Who issued a text ("the State Department issued a statement", "said in a
        statement"), for "The statement threatened sanctions" later."""
        for token in sent:
            lemma = token.lemma_.lower()
            if lemma not in DOCUMENTS:
                continue
            if token.dep_ == "dobj" and token.head.lemma_.lower() in _ISSUING:
                verb = token.head
            elif token.dep_ == "pobj" and token.head.lower_ == "in":
                verb = token.head.head
                if verb.lemma_.lower() not in SPEECH_VERBS:
                    continue
            else:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ == "PRON":
                continue
            found = self.resolver.resolve(subject, offset)
            if len(found) == 1 and found[0].actor.country:
                self.memory.describe(lemma, found[0].actor)

    def _note_people(self, sent: Any, offset: int, hits: list[MentionHit]) -> None:
        """Remember named people, and people introduced by a title ("X, ambassador of Y")."""
        if introduces_someone(sent, self.kb):
            for token in sent:
                if entity_starts(token) and entity_type(token) == "PERSON":
                    described = self.resolver.person_with_apposition(_ent_head(token), offset)
                    if described is not None:
                        self.memory.remember(described.actor)
        for hit in hits:
            known = self.memory.by_surname.get(hit.text.strip().lower())
            if hit.kind == "person" and known is not None and " " not in hit.text.strip():
                # "Morales" after "Evo Morales": the person already introduced
                self.memory.remember(replace(known, mention=Span(hit.text, hit.start, hit.end)))
                continue
            if hit.kind == "person" and not self.resolver.other_person(hit):
                res = self.kb.lookup(hit.text, self.memory.date, context=self.memory.context)
                if res.entry:
                    e = res.entry
                    self.memory.remember(
                        Actor(
                            e.name,
                            e.country,
                            e.sector,
                            e.role,
                            e.id,
                            "person",
                            Span(hit.text, hit.start, hit.end),
                        )
                    )

    def _events_for(
        self,
        trig: Found,
        event_type: str,
        unit: SentenceUnit,
        dates: list[DateValue],
        places: list[tuple[Place, Any]],
    ) -> list[Event]:
        offset = unit.start
        slots = find_slots(trig)
        if trig.entry.word_class == "receive" and event_type == "AGREE":
            # "China will host Kim": the host promises; the guest does not
            slots = replace(slots, sources=slots.targets, targets=slots.sources)
        if (
            trig.entry.word_class == "verdict"
            and event_type == "SUPPORT"
            and not any(self._names_an_act(judged) for judged in slots.target_subtrees)
        ):
            return []  # "public sentiment toward immigrants is positive": no one's act
        pairs: list[tuple[Resolved, Resolved]] = []
        sources: list[Resolved] = []
        confidence = 0.9 if trig.token.pos_ == "VERB" else 0.8
        if not trig.entry.curated:
            confidence -= GENERATED_PENALTY
        if _background(trig.token):
            confidence -= BACKGROUND_PENALTY
        if (
            trig.possible
            and event_type in {"THREATEN", "AGREE"}
            and trig.entry.event
            not in {
                "THREATEN",
                "AGREE",
            }
        ):
            # "the administration could impose restrictions": held out as possible, often
            # by the writer or an analyst rather than by the actor
            confidence -= POSSIBLE_PENALTY
        joined = (
            self._hyphen_pair(trig.token, offset)
            if event_type in _SYMMETRIC and trig.token.pos_ == "NOUN" and not slots.pair
            else []
        )
        if joined:
            # "U.S.-China trade talks", "the India-Pakistan talks": the two named sides
            pairs.append((joined[0], joined[1]))
            self.memory.last_pair = (joined[0].actor, joined[1].actor)
            self.memory.last_parties = self.memory.last_pair
        elif slots.pair:
            sides = self._actors(slots.pair, offset)
            if len(sides) >= 2:
                pairs.append((sides[0], sides[1]))
                if event_type not in _SYMMETRIC:
                    pairs.append((sides[1], sides[0]))
            if len(sides) >= 2 and sides[0].actor.country != sides[1].actor.country:
                self.memory.last_pair = (sides[0].actor, sides[1].actor)
                self.memory.last_parties = self.memory.last_pair
        else:
            sources = self._actors(slots.sources, offset)
            held_abroad = (
                place_of_act(trig, places) if event_type == "COERCE" and _held_in(trig) else None
            )
            if held_abroad and held_abroad in _iso_countries():
                # "in exchange for an Iranian engineer detained in France": held by the
                # authorities of where he was held, not by the sentence's subject
                if all(s.actor.country != held_abroad for s in sources):
                    authorities = Actor(
                        "authorities", held_abroad, "COP", None, f"{held_abroad}.COP", "agent"
                    )
                    sources = [Resolved(authorities, False)]
                    confidence -= 0.1
                slots = replace(slots, targets=(trig.token.head,))
            teller = _teller_of_it(slots.sources) if not sources else None
            if teller is not None:
                # "the Department of Foreign Affairs said it had lodged a protest": it is
                # the teller, placed as an unplaced teller is
                slots = replace(slots, sources=(teller,))
                sources = self._actors(slots.sources, offset)
            if trig.entry.mode == "multilateral" and all(
                h.lemma_.lower() in _GATHERINGS for h in slots.sources
            ):
                sources = []  # "the G7 talks brought together ministers from ...": a venue
            targets = self._actors(slots.targets, offset) or self._actors(
                _authors_of(slots.targets), offset
            )  # "called on both sides": before
            if trig.token.lemma_.lower() in _NAMING and all(
                t.lower_ in {"it", "this", "that"} for t in slots.targets
            ):
                targets = []  # "calling it exclusionary": a thing named, not an actor
            # the callers become the last pair named
            if len(sources) == 2 and sources[0].actor.country != sources[1].actor.country:
                self.memory.last_pair = (sources[0].actor, sources[1].actor)
                self.memory.last_parties = self.memory.last_pair
            others = {t.actor.country for t in targets}
            story = self.memory.countries.most_common(1)
            if (
                sources
                and story
                and all(t.actor.kind != "agent" for t in targets)
                and all(_placed_by_guess(s, others) for s in sources)
                and sources[0].actor.country not in {story[0][0], self.memory.sentence_country}
            ):
                # "he (the Swede) was refused a visa by the authorities", in a story about
                # Sri Lanka: the story's authorities, not those of the one they act on
                moved = self.resolver.unplaced(
                    slots.sources, offset, _OFFICIALS | _PLACEABLE, besides=sources[0].actor.country
                )
                if moved and all(m.actor.country == story[0][0] for m in moved):
                    sources = moved
            if event_type in _REACTIONS and _judges_antecedent(trig) and sources:
                judged = self._doer_of_named_act(trig, sources[0].actor)
                targets = [Resolved(judged, False)] if judged is not None else []
            if _denial(trig):  # "denied that its forces targeted civilians": not at them
                own = {s.actor.country for s in sources}
                targets = [t for t in targets if t.actor.country not in own]
            if not targets and event_type in _AGAINST_PEOPLE:
                targets = self.resolver.unplaced(slots.targets, offset, _VICTIMS)
            home = next((s.actor.country for s in sources if s.actor.sector in _JAILERS), None)
            executed = event_type == "ASSAULT" and trig.token.lemma_.lower() in _EXECUTING
            if (
                not targets
                and (event_type in _DOMESTIC_ACTS or executed)
                and trig.entry.mode not in {"deport", "expel"}  # the deported are foreigners
                and not any(t.lemma_.lower() in VESSELS for t in slots.targets)
                and home in _iso_countries()
            ):
                # "Cambodian police arrested journalist Mech Dara", "Sisi pardoned Patrick
                # Zaki": one the state's own police, courts or rulers act on, unplaced, is
                # a person of that state
                targets = self.resolver.unplaced(
                    slots.targets, offset, LOCAL_SECTORS, home, local=False
                ) or self.resolver.unplaced_person(slots.targets, offset, home)
                if not targets and executed and home is not None:
                    # "Iran hanged a man convicted of ...": someone of its own
                    targets = [
                        Resolved(Actor(t.text, home, "CVL", None, f"{home}.CVL", "agent"), False)
                        for t in slots.targets[:1]
                        if t.pos_ == "NOUN"
                    ]
            if not targets and event_type in _AGAINST_PEOPLE:
                # "opened fire to disperse demonstrators": at those the clause acts on
                targets = self._actors(_clause_objects(trig.token), offset)
            elif not targets and event_type in _ADDRESSED:
                # "urged the military to stop it": the state the story is about; a home
                # body's ("the Law Society accused the army"), unless the doer is a state
                doer = next(
                    (
                        s.actor.country
                        for s in sources
                        if s.actor.country
                        and _acts_for_state(s.actor)
                        and s.actor.sector not in _HOME_INSTITUTIONS
                    ),
                    None,
                )
                targets = self.resolver.unplaced(
                    slots.targets,
                    offset,
                    _OFFICIALS | {"ELI"},
                    besides=doer,
                    # an IGO's meeting place is a venue: "In Brussels, EU ministers agreed
                    # on sanctions against 21 officials" (not Belgian ones)
                    local=not any(s.actor.country == "IGO" for s in sources),
                )
            if not sources and targets and event_type == "PROTEST" and _sparked(trig.token):
                # "postponed the election, sparking protests across the country": the
                # people of the country whose rulers sparked them
                home = targets[0].actor.country
                if home in _iso_countries():
                    crowd = Actor("protesters", home, "CVL", None, f"{home}.CVL", "agent")
                    sources = [Resolved(crowd, False)]
                    confidence -= 0.1
            if not sources and slots.sources and event_type in _LOCAL_ACTS:
                # "Judge Rivera opened an inquiry into Chilean officials", "militants tried
                # to kill Prime Minister Allawi": local agents of where it happens, or of
                # the state they act on
                home = next((t.actor.country for t in targets if t.actor.country), None)
                home = home if home in _iso_countries() else None
                sources = self.resolver.unplaced(slots.sources, offset, _PLACEABLE, home)
            if not sources and slots.sources:
                # "Foreign Affairs Principal Secretary Macharia Kamau said" under a Nairobi
                # dateline: an official with no stated country serves where the story is filed
                where = self.memory.dateline_country
                sources = self.resolver.unplaced(
                    slots.sources, offset, _OFFICIALS, where, local=False
                )
            if (
                event_type == "MOBILIZE"
                and trig.token.lemma_.lower() in _DRILLS
                and len({s.actor.country for s in sources}) >= 2
            ):
                event_type = "COOPERATE"  # "French and Egyptian warships began war games"
            where = place_of_act(trig, places)
            home = self.memory.story_country()
            if (
                not targets
                and sources
                and event_type == "AID"
                and where in _iso_countries()
                and all(s.actor.country != where for s in sources)
            ):
                # "aircraft dropped 25 tonnes of food over the Gaza Strip": aid to where
                # it was delivered
                targets = [Resolved(state_of(where), False)]
            if (
                not where
                and not sources
                and event_type == "ASSAULT"
                and targets
                and home is not None
                and self.memory.countries[home] >= 2  # the story's, not this sentence's
                and all(t.actor.kind == "agent" and t.actor.country == home for t in targets)
            ):
                # "the girls, who were kidnapped last Friday in a raid on their school", in
                # a story about Nigeria: the attack happened where its victims live
                where = home
            told_before = (
                self._doer_of_told_attack(trig, targets)
                if not sources and targets and event_type == "ASSAULT"
                else None
            )
            if told_before is not None:
                # "three people were killed in the strikes": by whoever struck, as told
                sources = [Resolved(told_before, False)]
                confidence -= 0.1
            elif not sources and targets and where and self._unattributed_attack(trig, event_type):
                # "a roadside bomb killed two soldiers near Samarra": PLOVER codes an
                # unattributed attack to unidentified forces of the country it happened in
                unknown = Actor(
                    "unidentified attackers", where, "UAF", None, f"{where}.UAF", "agent"
                )
                sources = [Resolved(unknown, False)]
                confidence -= 0.15
            elif not sources and targets and self._state_act_in_place(trig, event_type):
                # "a British journalist was arrested in Iran": only the authorities of the
                # place arrest, detain, deport or investigate there; "deported from
                # Pakistan": of the country they were sent out of
                expelled_from = [
                    r.actor.country
                    for r in self._actors(tuple(prep_objects(trig.token, {"from"})), offset)
                    if r.actor.kind in {"state", "capital"}
                ]
                where = expelled_from[0] if expelled_from else self.memory.local_country()
                sector = "COP" if event_type == "COERCE" else "JUD"
                unnamed = Actor("authorities", where, sector, None, f"{where}.{sector}", "agent")
                sources = [Resolved(unnamed, False)]
                if event_type == "COOPERATE":  # extradited to another state, not at home
                    targets = [t for t in targets if t.actor.country != where]
                confidence -= 0.15
            source_sides = {(s.actor.country, s.actor.sector) for s in sources}
            own_side = bool(targets) and all(
                (t.actor.country, t.actor.sector) in source_sides for t in targets
            )
            if sources and own_side:
                targets = []  # "develop DPRK-China relations": the other side is inside
            if not targets and sources and trig.entry.mode == "resign":
                # "the prime minister resigned": from an office of one's own state
                targets = [
                    Resolved(state_of(c), False)
                    for c in dict.fromkeys(s.actor.country for s in sources)
                    if c in _iso_countries()
                ]
                confidence -= 0.1
            # "the two leaders agreed to strengthen pressure on North Korea": an agreement
            # of several parties is among them; what they agreed on is not its counterpart
            joint = event_type == "AGREE" and len({s.actor.country for s in sources}) >= 2
            if event_type in {"ACCUSE", "COERCE"} and not (slots.pair or joint):
                # "investigating war crimes by Croatian extremists", "prevented a rally
                # staged by students": the act's doers
                named = (trig.token,) if trig.token.lemma_.lower() in _NAMING else ()
                doers = self._actors(
                    tuple(_doers_named(slots.target_subtrees + named)), offset
                )  # "what it called hostile remarks by French officials"
                if doers:
                    targets = doers
            if not targets and slots.target_subtrees and not joint:
                inner = [
                    r
                    for head in slots.target_subtrees
                    if not _whoever(head)
                    for r in self.resolver.find_in_subtree(
                        head,
                        offset,
                        # "boycotted the talks in Vienna": where a meeting is, not whom
                        skip=(
                            _venues(head)
                            if "CONSULT" in (event_type, trig.entry.event)
                            or head.lemma_.lower() in _GATHERINGS
                            else frozenset()
                        )
                        | _charges(head),
                    )
                ]
                targets = _clause_targets(inner, sources)
                confidence -= 0.05
            if not targets and slots.aimed_at and not joint and event_type not in _VENUED:
                aimed = self._actors(slots.aimed_at, offset)
                targets = _clause_targets(aimed, sources)
                confidence -= 0.05
            signing = trig.token.lemma_.lower() in _SIGNING  # "signed treaties to annex X"
            if (
                not targets
                and slots.complement
                and sources
                and not (joint or _denial(trig) or signing)
            ):
                about = self._actors(slots.complement, offset)
                targets = _clause_targets(about, sources)
                ruler = next((s.actor.country for s in sources if s.actor.sector in _JAILERS), None)
                if (
                    not targets
                    and event_type in _DOMESTIC_ACTS | {"THREATEN"}
                    and ruler in _iso_countries()
                ):
                    # "threatened to use force against protesters": unplaced people a
                    # state means to act on are its own
                    targets = self.resolver.unplaced(
                        slots.complement, offset, LOCAL_SECTORS, ruler, local=False
                    )
                acted_on = tuple(c for c in slots.complement if c.dep_ in {"dobj", "pobj"})
                if not targets and event_type == "THREATEN" and ruler in _iso_countries():
                    # "threatened to reimpose sanctions on the generals": officials of
                    # where the story is, not of the state that threatens
                    targets = self.resolver.unplaced(
                        acted_on, offset, _OFFICIALS | {"ELI"}, besides=ruler
                    )
                confidence -= 0.05
            if not targets and sources and event_type == "REQUEST":
                # "appealed for a ceasefire between Israel and Hamas": asked of both
                between = [
                    o
                    for asked in prep_objects(trig.token, {"for"})
                    for o in prep_objects(asked, {"between"})
                ]
                targets = _clause_targets(self._actors(tuple(between), offset), sources)
            if not targets and sources and event_type in _RESPONSES:
                # "Japan protested after Chinese ships entered its waters": at whoever
                # did what provoked it
                provokers = self._actors(_provokers(trig.token), offset)
                targets = _clause_targets(provokers, sources)
                confidence -= 0.05 if targets else 0
            if (
                not targets
                and sources
                and event_type in {"CONCEDE", "RETREAT", "AGREE"}
                and trig.token.lemma_.lower() in {"ceasefire", "truce", "armistice"}
            ):
                # "Ukraine had agreed to a 30-day ceasefire": with whoever it is fighting
                enemy = self._enemies.get(sources[0].actor.country or "")
                if enemy is not None:
                    targets = [Resolved(enemy, False)]
                    confidence -= 0.1
            if not targets and sources and event_type == "THREATEN":
                # "If the U.S. side insists on going its own way, China will fight to the
                # end": a conditional threat is aimed at whoever the condition is about
                conditioned = [
                    c
                    for clause in trig.token.children
                    if clause.dep_ == "advcl"
                    and any(m.lower_ in {"if", "unless"} for m in clause.children)
                    for c in clause.children
                    if c.dep_ in {"nsubj", "nsubjpass"}
                ]
                targets = _clause_targets(self._actors(tuple(conditioned), offset), sources)
            if not targets and sources and event_type == "REJECT" and _denies_a_charge(trig):
                # "The RSF denied the charge": a denial answers whoever made it
                denier = sources[0].actor
                accuser = self._last_accuser.get((denier.country or "", denier.sector))
                if (
                    accuser is None
                    and trig.token.dep_ in {"acl", "relcl"}
                    and (
                        trig.token.tag_ != "VBN"  # not "a charge denied by the military"
                    )
                ):
                    # "espionage charges that he and his government reject": brought by
                    # whoever last acted against them (the court that tried him)
                    accuser = self._last_hostile.get(denier.country or "")
                if accuser is not None and _distinct(accuser, denier):
                    targets = [Resolved(accuser, False)]
                    confidence -= 0.1
            if not targets and sources and event_type == "THREATEN" and _retaliating(trig):
                # "Estonia expelled a Russian diplomat. Moscow promised a proportionate
                # response": at whoever last acted against the one who vows
                provoker = self._last_hostile.get(sources[0].actor.country or "")
                if provoker is not None:
                    targets = [Resolved(provoker, False)]
                    confidence -= 0.1
            if not targets and sources and event_type in _TOLD_TO_ADDRESSEE:
                # "Wang Yi told his Japanese counterpart that Beijing would not tolerate
                # interference": what one state tells another's official is aimed at it
                told = [
                    t
                    for t in self._actors(_addressees(trig.token), offset)
                    if t.actor.country not in {None, sources[0].actor.country}
                    and t.actor.sector not in _NEWS_SECTORS
                    and _acts_for_state(t.actor)
                ]
                if told:
                    targets = told[:1]
                    confidence -= 0.1
            if not targets and sources and event_type == "REQUEST":
                # "called for the release of Gershkovich", after a Russian court jailed him:
                # asked of whoever last acted against the one to be freed
                held = self._actors(_released(trig.token), offset)
                holder = next(
                    (
                        self._last_hostile[h.actor.country]
                        for h in held
                        if h.actor.country in self._last_hostile
                    ),
                    None,
                )
                if holder is not None and _distinct(holder, sources[0].actor):
                    targets = [Resolved(holder, False)]
                    confidence -= 0.1
            if (
                targets
                and sources
                and event_type in _RESPONSES
                and sources[0].actor.kind in {"state", "capital"}
                and all(t.actor.country == sources[0].actor.country for t in targets)
            ):
                # "Pakistan condemned what it called a violation of its airspace, a day
                # after Iranian missiles struck": a state's protest is at the foreign side
                # that provoked it, not at the state itself named as the victim
                provokers = _clause_targets(self._actors(_provokers(trig.token), offset), sources)
                targets = provokers or targets
            if event_type == "ACCUSE" and _lodged(trig):
                # "lodged a complaint with the UN Security Council over Iran's strikes": the
                # forum hears the complaint; the one complained about is its target
                accused = [t for t in targets if t.actor.country not in {"IGO", "NGO"}]
                if accused and len(accused) < len(targets):
                    targets = accused
            exchanged = len(sources) >= 2 and trig.token.lemma_.lower() in _EXCHANGING
            if exchanged:
                targets = []  # "the two sides agreed to exchange prisoners": with each other
            mutual = _SYMMETRIC | _MUTUAL if trig.entry.mode != "third-party" else _MUTUAL
            if trig.entry.mode in {"ceasefire", "withdraw"} or (
                trig.token.lemma_.lower() in _STANDING_DOWN
            ):
                # "X and Y agreed to a truce", "the two sides agreed to disengage": each
                # concedes to the other
                mutual = mutual | {"CONCEDE", "RETREAT"}
            if (
                trig.token.lemma_.lower() in _SIGNING
                or trig.entry.word_class != "act"
                or _reciprocal_object(trig.token)
            ):
                mutual = mutual | {"SUPPORT"}  # "signed a friendship treaty", "upgraded
                # their ties"; not "with support from France, Greece and Italy"
            judging = event_type in _REACTIONS and trig.token.lemma_.lower() not in _SIGNING
            if (
                len(sources) >= 2
                and not targets
                and not (
                    judging
                    and any(_definite_act(t) for t in slots.targets)
                    and not _each_other(trig.token)
                )
                # "the deal was welcomed by A and B"; not "A and B hailed their partnership"
                and (
                    (event_type in mutual and not _aimed_elsewhere(event_type, slots.targets))
                    or exchanged  # "Pakistan and Afghanistan traded accusations"
                    or _each_other(trig.token)  # "the two sides blamed each other"
                    or (event_type == "ASSAULT" and _reciprocal(trig))
                )
            ):
                # "Xi and Kim met": the conjuncts are each other's counterparts; at one
                # meeting of several, everyone present meets everyone
                for i, a in enumerate(sources if not exchanged else sources[:2]):
                    for b in (sources if not exchanged else sources[:2])[i + 1 :]:
                        pairs.append((a, b))
                        if event_type not in _SYMMETRIC:
                            pairs.append((b, a))
            elif not targets and sources and not (own_side and event_type in _HELPING):
                # (not "to reduce the country's debt", the doer's own: no one else's aid)
                targets = self._fallback_targets(trig, event_type, sources, slots, places, offset)
                confidence -= 0.15
            for s in sources:
                for t in targets:
                    pairs.append((s, t))
            hosted = (  # "hosted / facilitated talks between A and B": A and B met
                trig.token.lemma_.lower() in {"host", "facilitate"}
                and trig.entry.mode == "third-party"
            )
            if hosted and event_type == "CONSULT" and len(targets) >= 2:
                pairs.append((targets[0], targets[1]))  # "hosted talks between A and B"
            elif (
                event_type == "CONSULT"
                and len(targets) >= 2
                and clause_mode(trig, event_type, trig.entry.mode, slots, self.lexicon)
                not in {"phone", "third-party"}  # calls, and mediation between two sides
                and not _trip(trig)
            ):
                # "met Blair and Aznar in the Azores": one meeting, everyone present meets
                # everyone (not by telephone: "spoke with A and B" is two calls; not a trip
                # "to Kyiv and Moscow": two visits)
                pairs.extend(
                    (a, b)
                    for i, a in enumerate(targets)
                    for b in targets[i + 1 :]
                    if a.actor.country != b.actor.country
                )
            if slots.source_via_climb:
                confidence -= 0.05
            if slots.alleged:
                return []  # "accused Russia of shelling a hospital": a claim, coded as ACCUSE
        events = []
        resigned = trig.entry.mode == "resign"  # one leaves an office of one's own state
        pairs = [(s, t) for s, t in pairs if resigned or _distinct(s.actor, t.actor)]
        if event_type == "CONSULT":
            # "Somalis arrived in Kenya", "a message from a journalist": private people
            # travelling or writing are no meeting of political actors
            kept = [(s, t) for s, t in pairs if not _private_contact(s.actor, t.actor)]
            if pairs and not kept:
                return []
            pairs = kept
        members = (
            self._members_of(slots.sources, offset)
            if len(sources) == 1 and sources[0].actor.country == "IGO"
            else ()
        )
        if not pairs and event_type == "CONSULT" and members:
            # "G7 foreign ministers met": a small group's meeting is one of its members
            pairs = [
                (Resolved(state_of(a), False), Resolved(state_of(b), False))
                for i, a in enumerate(members)
                for b in members[i + 1 :]
            ]
        if not pairs and not slots.pair:
            # PLOVER codes an act whose target the sentence does not name ("prisoners
            # rioted", "Iran threatened a new offensive") with the source alone.
            for source in sources:
                if source.actor.country is None:
                    continue  # neither side placed: too little to code
                score = confidence - TARGETLESS_PENALTY - (0 if source.direct else 0.1)
                self.memory.remember(source.actor)
                events.append(
                    self._event(
                        trig, event_type, unit, source.actor, None, slots, dates, places, score
                    )
                )
            return events
        for source, target in pairs:
            score = confidence - (0 if source.direct else 0.1) - (0 if target.direct else 0.1)
            if source.actor.country is None or target.actor.country is None:
                score -= 0.2
            events.append(
                self._event(
                    trig, event_type, unit, source.actor, target.actor, slots, dates, places, score
                )
            )
            self.memory.remember(source.actor)
            if source.direct and target.direct:  # "the two sides": two parties named
                self.memory.last_pair = (source.actor, target.actor)
            if source.actor.kind == "person":
                self.memory.last_subject = source.actor
        if (
            trig.possible
            and event_type == "THREATEN"
            and trig.entry.event != "THREATEN"
            and self._teller == ""
        ):
            # "Israeli forces could resume their offensive, a Western diplomat said": what
            # an unplaced teller (a diplomat, an analyst) says a side could do is their
            # speculation, not its threat
            return []
        present = {c for e in events for c in (e.source.country, e.target and e.target.country)}
        if event_type == "CONSULT" and len(present - {None}) >= 3:
            # one meeting of three or more parties: PLOVER's multilateral mode
            events = [
                replace(e, mode="multilateral") if e.mode in {None, "visit"} else e for e in events
            ]
        return events

    def _hyphen_pair(self, noun: Any, offset: int) -> list[Resolved]:
        """The two states a hyphenated modifier names ("U.S.-China talks"), else []."""
        words = []  # the words right before the noun, whatever the parser made of them
        for word in reversed(noun.doc[max(noun.sent.start, noun.i - 5) : noun.i]):
            if word.pos_ not in {"PROPN", "NOUN", "ADJ"} and word.text != "-":
                break
            words.append(word)
        if not words:
            return []
        start = min(w.idx for w in words)
        end = max(w.idx + len(w.text) for w in words)
        text = self.article.clean_text
        hits = [
            h
            for h in self.kb.find_mentions(text, start + offset, end + offset)
            if h.kind in {"state", "nationality", "capital"}
        ]
        if len(hits) != 2 or text[hits[0].end : hits[1].start].strip() != "-":
            return []
        countries = [self.kb.country_of(h.text, self.memory.date) for h in hits]
        if None in countries or countries[0] == countries[1]:
            return []
        return [Resolved(state_of(c), True) for c in countries if c is not None]

    def _without_teams(self, events: list[Event], sent: Any) -> list[Event]:
        """A country in a sports sentence is a team ("Brazil's forwards launched attacks"),
        also in the next sentence that names the same teams ("India beat Pakistan by six
        wickets ... The two sides could meet again in the final")."""
        sport = _in_sport(sent.text, self.lexicon)
        if not sport and events and self._teams:
            sides = {c for e in events for c in (e.source.country, e.target and e.target.country)}
            sport = bool(sides - {None}) and (sides - {None}) <= self._teams
        self._teams = set(self.memory.sentence_countries) if sport else set()
        if not sport:
            return events
        return [e for e in events if e.source.kind not in {"state", "capital"}]

    def _note_hostilities(self, events: list[Event]) -> None:
        """Remember who last acted against whom, and who fights whom (for vows of revenge
        and ceasefires whose counterpart the sentence does not name)."""
        for e in events:
            if e.target is None or not e.target.country:
                continue
            if e.event in _HOSTILE:
                self._last_hostile[e.target.country] = e.source
            if e.event == "ACCUSE" and e.source.country:
                self._last_accuser[(e.target.country, e.target.sector)] = e.source
            if e.event == "ASSAULT" and e.source.country not in {None, e.target.country}:
                self._enemies[e.target.country] = e.source
                self._enemies[e.source.country or ""] = e.target

    def _according_to(self, sent: Any, offset: int) -> Actor | None:
        """Who a sentence is attributed to by "according to X" (or "to a report by X")."""
        for token in sent:
            if token.lower_ != "according":
                continue
            for source in prep_objects(token, {"to"}):
                named = [source] + prep_objects(source, {"by", "from", "of"})
                for head in reversed(named):
                    found = self._actors((head,), offset)
                    if found:
                        return found[0].actor
        return None

    def _members_of(self, heads: tuple[Any, ...], offset: int) -> tuple[str, ...]:
        """The member states of a small group named in the phrases of ``heads`` ("G7
        foreign ministers", "diplomats from the Quad"), from the knowledge base."""
        text = self.article.clean_text
        for head in heads:
            words = list(head.subtree)
            start, end = words[0].idx + offset, words[-1].idx + len(words[-1].text) + offset
            for hit in self.kb.find_mentions(text, start, end):
                entry = self.kb.lookup(hit.text, self.memory.date).entry
                if hit.kind == "igo" and entry is not None and entry.members:
                    return entry.members
        return ()

    def _protested(self, trig: Found, source: Actor, offset: int) -> list[Resolved]:
        for token in trig.token.sent:
            if token.lemma_.lower() in {"embassy", "consulate"}:
                for r in self.resolver.resolve(token, offset):
                    if r.actor.country and r.actor.country != source.country:
                        c = r.actor.country
                        return [Resolved(state_of(c), False)]
        others = {c for c in self.memory.sentence_countries if c != source.country}
        if len(others) == 1:  # "demonstrators in Baghdad ... the United States' policies"
            c = others.pop()
            return [Resolved(state_of(c), False)]
        home = self.memory.sentence_country or source.country
        if home is None or home not in _iso_countries():
            return []
        return [Resolved(state_of(home), False)]

    def _names_an_act(self, noun: Any) -> bool:
        """Does a noun name something someone did or agreed ("the agreements", "the
        visit", "the move"), not a state of things ("public sentiment")?"""
        lemma = noun.lemma_.lower()
        return lemma in DEALS or lemma in self.lexicon.nouns or lemma in _GENERIC_ACTS

    def _doer_of_named_act(self, trig: Found, source: Actor) -> Actor | None:
        """Who did the act a reaction names ("condemned the attack", "called the seizure
        illegal"): the doer of the first such act the document reported (reactions
        answer the story's lead act, not a later aside)."""
        judged = {"dobj", "nsubjpass", "oprd"} | (
            {"nsubj"} if trig.entry.word_class == "verdict" else set()
        )
        heads = [c for c in trig.token.children if c.dep_ in judged]
        if _judges_antecedent(trig):  # "a visit ..., which Beijing condemned": the visit
            node = trig.token.head
            for _ in range(3):  # "the visit to the island in 25 years, which ..."
                if node.lemma_.lower() in self.lexicon.nouns or node.dep_ not in {"pobj", "prep"}:
                    break
                node = node.head
            heads = [node]
        # "the attack" in "called the attack barbarism"; "called the decision
        # incomprehensible", read as a small clause
        heads += [n for h in heads for n in h.children if n.dep_ in {"nmod", "nsubj", "compound"}]
        heads += [
            pobj
            for prep in trig.token.children
            if prep.dep_ == "prep" and prep.lower_ in _REACTION_PREPS
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        for head in heads:
            owner = head.head if head.dep_ == "compound" else head  # "the decision" hung on
            if not any(d.dep_ == "det" and d.lower_ in _ANAPHORIC_DETS for d in owner.children):
                continue
            lemma = head.lemma_.lower()
            types = {e.event for e in self.lexicon.nouns.get(lemma, ()) if e.event}
            stem = ""  # "welcomed the release": an act told before with the same verb
            if not types and head.pos_ == "NOUN" and lemma not in _GENERIC_ACTS:
                verbs = self.lexicon.verbs.get(lemma, ())
                types = {e.event for e in verbs if e.event and e.event not in _WORDS_ONLY}
                stem = lemma.rstrip("e") if types else ""
            if lemma in {"protest", "complaint", "objection"}:
                types |= {"ACCUSE"}  # "rejected the protest": a state's protest is in words
            if lemma in _JUDGMENTS:  # "condemned the verdict": the court's sentence
                types = {"SANCTION", "COERCE"}
            if lemma in DEALS:  # "welcomed the deal": whatever the parties agreed
                types |= _AGREED_ACTS
            if not types and lemma not in _GENERIC_ACTS and not lemma.endswith(_ACT_SUFFIXES):
                continue  # "the annexation", "the deployment": a nominalised act
            text = self.article.clean_text
            for event_type, doer, start in self._acts:
                if types and event_type not in types:
                    continue
                if stem and text[start : start + len(stem)].lower() != stem:
                    continue  # "the release" names an earlier releasing, not any retreat
                if not types and event_type in _WORDS_ONLY:
                    continue  # "the move", "the measures": a deed, not someone's comment
                if _distinct(doer, source):
                    return doer
        return None

    def _doer_of_told_attack(self, trig: Found, targets: list[Resolved]) -> Actor | None:
        """Who made the attack a killing names with "the" ("were killed in the strikes",
        "the strikes hit depots"): the doer of the last attack the text told, if not the
        victims' side."""
        victims = {t.actor.country for t in targets}
        # "The strikes hit weapons depots": the attack named as the subject, too
        named = [c for c in trig.token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        for attack in prep_objects(trig.token, {"in", "during", "by"}) + named:
            if not any(d.dep_ == "det" and d.lower_ in _ANAPHORIC_DETS for d in attack.children):
                continue
            nouns = self.lexicon.nouns.get(attack.lemma_.lower(), ())
            if not any(e.event == "ASSAULT" for e in nouns):
                continue
            for event_type, doer, _ in reversed(self._acts):
                if event_type == "ASSAULT" and doer.country not in victims | {None}:
                    return doer  # (not an attack by the victims' own side)
        return None

    def _co_doers(self, doer: Actor, source: Actor) -> list[Actor]:
        """The doer of a named act and whoever did the same act with it ("Saudi Arabia
        and Iran agreed ...": the deal is both's)."""
        out = [doer]
        for i, (event_type, first, trigger) in enumerate(self._acts):
            if first is not doer:
                continue
            for later_type, other, later_trigger in self._acts[i + 1 : i + 3]:
                if (
                    later_trigger == trigger
                    and later_type == event_type
                    and other.country not in {a.country for a in out}
                    and _distinct(other, source)
                ):
                    out.append(other)
            break
        return out

    def _state_act_in_place(self, trig: Found, event_type: str) -> bool:
        """An arrest, expulsion, sentence or judicial inquiry with no named doer, in a known
        country (the sentence's place, else the country the article is about)."""
        if self.memory.local_country() is None and not prep_objects(trig.token, {"from"}):
            return False
        placed = placed_under(trig.token)  # "was put under investigation", "in custody"
        verb = placed or trig.token
        if placed is None and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
            return False  # only a passive hides the doer: "was arrested in Iran"
        if event_type == "COERCE":
            # "the party was banned in Cambodia": only the state bans or outlaws
            lemma = trig.token.lemma_.lower()
            return trig.entry.mode in _STATE_ONLY_MODES or lemma in _STATE_ONLY_VERBS
        if event_type == "COOPERATE" and trig.token.lemma_.lower() == "extradite":
            return True  # "was extradited to the United States": by the state he was in
        if event_type == "SANCTION" and trig.entry.mode == "convict":
            return True  # "was sentenced to 11 years": only a court sentences
        if event_type == "RETREAT" and trig.entry.mode == "release":
            return _released_by_law(trig.token)  # "was released on bail": by its courts
        return event_type == "ACCUSE" and trig.entry.mode == "investigate"

    def _unattributed_attack(self, trig: Found, event_type: str) -> bool:
        """An attack with no named attacker, in a known country, not by nature or accident."""
        if event_type != "ASSAULT":
            return False
        if _doer_lemma(trig.token) in _WARS:
            return False  # "a war that killed 100,000 people": a conflict summed up, no act
        return not any(t.lemma_.lower() in _NATURAL_CAUSES for t in trig.token.sent)

    def _fallback_targets(
        self,
        trig: Found,
        event_type: str,
        sources: list[Resolved],
        slots: Slots,
        places: list[tuple[Place, Any]],
        offset: int,
    ) -> list[Resolved]:
        source_country = sources[0].actor.country
        # "Britain also announced new sanctions": the same act as the last one, at the
        # same target; "Moscow vowed to retaliate": at the other side of the story
        parallel = self._last_target.get(event_type)
        answering_back = event_type == "THREATEN" and _retaliating(trig)  # at its provoker
        if (
            parallel is not None
            and _also(trig)
            and parallel.country != source_country
            and not answering_back
        ):
            return [Resolved(parallel, False)]
        answering = trig.token.head.head if trig.token.head.lower_ == "by" else trig.token
        if trig.token.lemma_.lower() in _RETALIATING or (
            answering.lemma_.lower() in _ANSWERING  # "responded by downgrading ties"
        ):
            other = self.memory.other_party(source_country)
            if other:
                return [Resolved(state_of(other), False)]
        # "held talks in Seoul": the host of a meeting abroad
        anchors = [trig.token] + ([trig.support] if trig.support is not None else [])
        if (
            event_type in {"CONSULT", "AGREE"}
            and trig.entry.event == "CONSULT"
            and source_country != "IGO"  # "the Security Council met in New York": a venue
        ):
            for place, token in places:
                if not any(under(token, a) for a in anchors):
                    continue
                if place.country and place.country != source_country:
                    c = place.country
                    return [Resolved(state_of(c), False)]
        # "jets struck targets in northern Iraq", "lifted a curfew in Basra": a material act
        # done abroad with no named recipient is done to the country it happened in
        if event_type in _DONE_TO_PLACE and source_country:
            doers = {
                t.i
                for c in trig.token.children
                if c.dep_ in {"nsubj", "nsubjpass", "agent"}
                for t in c.subtree
            }
            for place, token in places:
                if not place.country or not any(under(token, a) for a in anchors):
                    continue
                if token.i in doers:
                    continue  # "authorities in Croatia cracked down": where the doers are
                c = place.country
                if c != source_country:
                    return [Resolved(Actor(place.name, c, None, None, c, "state"), False)]
                if event_type in _DONE_AT_HOME and (
                    _acts_for_state(sources[0].actor) or event_type == "ASSAULT"
                ):
                    # "the army lifted the curfew in Kandahar": done to the people there
                    return [Resolved(_civilians(c, place.name), False)]
        # "deployed troops to Manipur", "sent aid to Tigray": forces or goods sent to a
        # place go to its country (at home: to the people there)
        if event_type in {"MOBILIZE", "AID"} and source_country:
            places_at = self.memory.place_countries
            for head in slots.targets:
                named = [
                    places_at[t.idx + offset] for t in head.subtree if t.idx + offset in places_at
                ]
                country = named[0] if named else None
                if country == source_country:
                    return [Resolved(_civilians(country, head.text), False)]
                if country is not None and country in _iso_countries():
                    return [Resolved(state_of(country), False)]
        # "protesters blocked roads": a crowd with no named target protests to the government
        # of where it stands; "rallied outside the Japanese embassy": to that embassy's state
        if event_type == "PROTEST" and not _acts_for_state(sources[0].actor):
            return self._protested(trig, sources[0].actor, offset)
        # "the UN condemned the attack": the reaction is aimed at whoever did it; "repelled
        # the attack": the fighting too
        if event_type in _REACTIONS or (
            event_type == "ASSAULT" and trig.token.lemma_.lower() in _REPELLING
        ):
            doer = self._doer_of_named_act(trig, sources[0].actor)
            if doer is not None:
                return [Resolved(d, False) for d in self._co_doers(doer, sources[0].actor)]

        # "demanded the ship's release": a demand to free someone is made to the captor
        if event_type == "REQUEST" and _asks_release(trig):
            for done, doer, _ in reversed(self._acts):
                if done in _CAPTURES and _distinct(doer, sources[0].actor):
                    return [Resolved(doer, False)]
        # "imposed martial law", "banned rallies": with no one named, a state restricts its
        # own people
        if (
            event_type in {"COERCE", "THREATEN"}
            and trig.entry.mode in _RESTRICTIONS
            and _acts_for_state(sources[0].actor)
            and source_country
        ):
            return [Resolved(_civilians(source_country, source_country), False)]
        # "the opposition rejected the results of the election": an opposition, party or
        # crowd rejecting a vote's outcome rejects its own state's conduct of it
        if (
            event_type == "REJECT"
            and source_country in _iso_countries()
            and sources[0].actor.sector in _CONTESTING
            and any(o.lemma_.lower() in _VOTE_OUTCOMES for o in _objects_of_trigger(trig))
        ):
            return [Resolved(state_of(source_country), False)]
        # "lifted the state of emergency": easing a state's own restriction eases it for
        # its own people
        if (
            event_type == "CONCEDE"
            and _acts_for_state(sources[0].actor)
            and source_country
            and any(o.lemma_.lower() in _HOME_RESTRICTIONS for o in _objects_of_trigger(trig))
        ):
            return [Resolved(_civilians(source_country, source_country), False)]
        # "I speak highly of it", "appreciation to it", "Hamas said it would halt its
        # fire": the document's counterpart (a ceasefire is with the other side)
        naming = trig.token.lemma_.lower() in _NAMING  # "calling it exclusionary": a thing
        ceasefire = trig.entry.mode == "ceasefire"
        if ceasefire and self.memory.story_country() == source_country:
            # "the army rejected a truce with the RSF": a civil war's truce has no foreign
            # side; a state named in passing is none
            enemy = self._enemies.get(source_country or "")
            if enemy is None and source_country in _iso_countries():
                enemy = state_of(source_country)  # "the Tigers declared a truce": with theirs
            return [Resolved(enemy, False)] if enemy is not None else []
        # "gunmen stormed it": a place or a thing, not the story's other side; "those who
        # ..." is no pronoun of anyone named
        anyone = any(_whoever(t) for t in slots.targets)
        pronoun = slots.pronoun_target and not (naming or anyone)
        if (pronoun and event_type not in _AGAINST_PEOPLE) or ceasefire:
            other = self.memory.other_party(source_country)
            if other:
                return [Resolved(state_of(other), False)]
        # "Denmark began bringing its troops home", "the bloc sent 2,500 troops": forces
        # withdrawn from, or sent to help, the country the story is about
        if event_type in {"AID", "RETREAT"} and trig.entry.mode in {None, "withdraw"}:
            where = self.memory.local_country(besides=source_country)
            if where and where in _iso_countries():
                return [Resolved(state_of(where), False)]
        # "will take any measures necessary to prevent Iran from acquiring a weapon": a
        # threat or penalty is aimed at whom it is meant to stop
        if event_type in {"THREATEN", "SANCTION", "COERCE"}:
            meant = [
                o
                for t in trig.token.subtree
                if t.lemma_.lower() in _DETERRING and t.dep_ in {"xcomp", "advcl", "acl"}
                for o in t.children
                if o.dep_ == "dobj"
            ]
            stopped = [r for r in self._actors(tuple(meant), offset) if r.actor.country]
            if stopped and all(r.actor.country != source_country for r in stopped):
                return stopped
        # "the UN envoy called for an end to the violence", "rights groups called for his
        # release": an organisation's demand or censure with no addressee is aimed at the
        # state the story names most (not at the place it meets in)
        if source_country in {"IGO", "NGO"} and event_type in {"REQUEST", "ACCUSE"}:
            story = self.memory.leading_country()
            if (
                story
                and story in _iso_countries()
                and story != source_country  # "Turkey expressed concern": not at itself
                # "the UN office in Geneva condemned ...": a venue, unless named before
                and not (story == self.memory.sentence_country and self.memory.countries[story] < 2)
            ):
                return [Resolved(state_of(story), False)]
        return []

    def _actors(self, heads: tuple[Any, ...], offset: int) -> list[Resolved]:
        out: list[Resolved] = []
        for head in heads:
            if head.tag_ in {"WP", "WDT"} and head.head.dep_ == "relcl":
                head = head.head.head  # "the girls, who were kidnapped": the girls
            described = self.resolver.person_with_apposition(head, offset)
            if described is not None:
                self.memory.remember(described.actor)
                out.append(described)
                continue
            out.extend(self.resolver.resolve(head, offset))
        return out

    def _places(self, unit: SentenceUnit) -> list[tuple[Place, Any]]:
        """Places introduced by "in", "at", "near" ..., with the token that names them."""
        text = self.article.clean_text
        start = unit.start
        dateline = _DATELINE.match(text, start, unit.end)
        if dateline:
            start = dateline.end()
        sent = unit.parsed
        out = []
        self.memory.place_countries = {}
        story = self.memory.context[0] if self.memory.context else None
        # an ambiguous name is taken in the country the story is about ("Punjab" in a
        # story about Pakistan)
        for place in self.gazetteer.find_places(text, start, unit.end, country=story):
            if place.mention is None:
                continue
            if place.country:
                self.memory.place_countries[place.mention.start] = place.country
            token = _token_at(sent, place.mention.start - unit.start)
            if token is None:
                continue
            head = token
            while head.dep_ in {"compound", "flat", "amod", "nmod"} and head.head.i != head.i:
                head = head.head
            if head.i != token.i and head.lemma_.lower() in _MISSIONS:
                continue  # "outside the US embassy in Baghdad": not on US ground
            while head.dep_ == "appos" and head.head.i != head.i:  # "in Dalian, ... Province"
                head = head.head
            # "near the town of Samarra", "in a district of Beirut", "outside of Basra"
            for _ in range(3):
                if not (head.dep_ == "pobj" and head.head.lower_ == "of"):
                    break
                outer = head.head.head
                if outer.lower_ in _PLACE_PREPS:  # "outside of"
                    head = head.head
                    break
                if outer.lemma_.lower() in _PLACE_NOUNS:  # "control of the town of Goma"
                    head = outer
                    break
                if outer.pos_ != "NOUN" or outer.dep_ != "pobj":
                    break
                head = outer
            under_prep = head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS
            if under_prep and with_the_speaker(head):
                continue  # "relief officials in Nairobi said": where the news came from
            if under_prep and _in_apposition(head.head):
                continue  # "Mauritius, an island nation in the Indian Ocean": a description
            if under_prep or (head.lemma_.lower() in _PLACE_NOUNS and head.i != token.i):
                out.append((place, head))
            elif head.dep_ == "prep" and head.lower_ == "of" and head.head.lower_ in _PLACE_PREPS:
                out.append((place, head.head))
        return out

    def _event(
        self,
        trig: Found,
        event_type: str,
        unit: SentenceUnit,
        source: Actor,
        target: Actor | None,
        slots: Slots,
        dates: list[DateValue],
        places: list[tuple[Place, Any]],
        score: float,
    ) -> Event:
        text = self.article.clean_text
        offset = unit.start
        verbal = trig.token.lemma_.lower() in _VERBAL_PROTESTS
        official = source.kind in {"state", "capital"} or source.sector == "GOV"
        if event_type == "PROTEST" and verbal and official:
            event_type = "ACCUSE"  # PLOVER: a government protests in words; crowds PROTEST
        mode = trig.entry.mode
        if event_type == "COOPERATE" and trig.entry.event == "MOBILIZE":
            mode = "military"  # joint drills
        if event_type == "THREATEN":
            mode = threat_mode(trig.entry.event, mode)
        if event_type == "CONSULT" and trig.token.dep_ == "acl" and trig.entry.mode == "visit":
            mode = "third-party"  # "talks hosted by Stoltenberg": the host is a third party
        if event_type == "REJECT" and trig.entry.event in _REFUSED_MODES:
            mode = _REFUSED_MODES[trig.entry.event]  # "vowed not to return the Golan": yield
        if event_type in {"ASSAULT", "COERCE"} and (
            any(t.lemma_.lower() in _PROTESTERS for t in slots.sources)
            or (
                _amid(trig, _PROTEST_NOUNS)
                and not _acts_for_state(source)
                # "two protesters were killed during demonstrations": not by protesters
                and not any(t.lemma_.lower() in _PROTESTERS for t in slots.targets)
            )
        ):
            # "demonstrators stormed and torched government buildings": PLOVER's riot,
            # violence by protesters
            event_type, mode = "PROTEST", "riot"
        if (
            event_type == "COERCE"
            and mode in {"seize", "arrest"}
            and source.sector in _IRREGULARS
            and target is not None
            and target.kind in {"agent", "person"}
        ):
            # "Hezbollah guerrillas captured two Israeli soldiers": people taken by an
            # armed group are abducted (PLOVER ASSAULT abduct); a state arrests or seizes
            event_type, mode = "ASSAULT", "abduct"
        if (
            event_type == "SUPPORT"
            and trig.token.lemma_.lower() in _BACKING
            and source.sector in _FIGHTING_SECTORS
            and target is not None
            and target.sector in _FIGHTING_SECTORS
        ):
            # "Somali forces backed by Djiboutian soldiers": troops backing troops in a
            # fight is military aid, not words of support
            event_type, mode = "AID", "military"
        if (
            event_type == "RETREAT"
            and mode == "withdraw"
            and trig.token.lemma_.lower() in {"withdraw", "quit", "leave", "exit"}
            and target is not None
            and (target.kind == "igo" or (target.country == "IGO" and target.kind != "agent"))
        ):
            event_type = "SANCTION"  # "withdrawing from the bloc ECOWAS": leaving sanctions it
        if (
            event_type == "RETREAT"
            and mode == "release"
            and source.sector in {"MIL", "COP"}
            and _rescued_from(trig.token)
        ):
            # "security forces freed 300 passengers from a hijacked train": a rescue
            # (AID), not a release of the forces' own prisoners
            event_type, mode = "AID", None
        if event_type == "ASSAULT" and _verbal_clash(trig.token):
            # "the Oval Office clash", "the leaders clashed over the deal": words, not blows
            event_type, mode = "ACCUSE", "disapprove"
        instrument = _instrument(trig.token) if event_type == "ASSAULT" else None
        if instrument in _MEASURES:
            event_type, mode = "SANCTION", None  # "sanctions targeting Russian banks"
        elif instrument in _BILLS:
            # "legislation targeting Turkey": a sanction proposed, held over its target
            event_type, mode = "THREATEN", "relations"
        if event_type == "ASSAULT" and _amid(trig, _DRILLS):
            # "jets dropped bombs at a firing range in a drill": a show of force, no attack
            event_type, mode = "MOBILIZE", "weapons"
        mode = clause_mode(trig, event_type, mode, slots, self.lexicon)
        tokens = sorted(trig.tokens, key=lambda t: t.idx)
        t_start = tokens[0].idx + offset
        t_end = tokens[-1].idx + len(tokens[-1].text) + offset
        if trig.intended and event_type != "CONCEDE":
            # "he would visit Russia in August": a promised act's month lies ahead (not a
            # concession's: "on Tuesday, Ukraine agreed to a ceasefire" is dated Tuesday),
            # but a date on the telling is past ("said Tuesday that it would resume aid")
            dates = self._dates_for_promise(trig, unit, dates)
        own_dates = [d for d in dates if not _in_other_clause(d, trig.token, offset)]
        date = self._year_of_act(trig.token, offset) or self._date_for(t_start, own_dates)
        anchors = [trig.token] + ([trig.support] if trig.support is not None else [])
        location = event_place(places, source, target, anchors)
        if event_type == "CONSULT" and mode is None and target and location:
            # PLOVER visit: the visitor is the actor, the host the recipient ("Esper met
            # Ghani in Kabul"; "Xi met Kim in Beijing": Kim visited)
            home = {source.country, target.country}
            if location.country in home and len(home) == 2:
                mode = "visit"
                if location.country == source.country:
                    source, target = target, source
        if location is None:  # "In Moscow, the Kremlin said ...": where it was said
            location = event_place(places, source, target, [trig.token.sent.root], main=True)
        if location is None:  # "BOGOTA (AFP) - Duque called off the talks"
            location = self.dateline_place
        if (
            location is None
            and event_type == "CONSULT"
            and mode == "visit"
            and target is not None
            and target.country in _iso_countries()
        ):
            # "Modi's visit to Mauritius": a visit happens in the host's country
            state = self.kb.lookup(target.country).entry
            name = state.name if state is not None and state.kind == "state" else None
            location = Place(name, target.country, precision="country") if name else None
        if date.value is None:
            score -= 0.05
        return self._record(
            unit,
            event_type,
            mode,
            (source, target),
            Span(text[t_start:t_end], t_start, t_end),
            date,
            location,
            score,
        )

    def _record(
        self,
        unit: SentenceUnit,
        event_type: str,
        mode: str | None,
        sides: tuple[Actor, Actor | None],
        trigger: Span,
        date: DateValue,
        location: Place | None,
        confidence: float,
        provenance: dict[str, Any] | None = None,
    ) -> Event:
        """The event record, with evidence spans and provenance, from settled parts."""
        text = self.article.clean_text
        source, target = sides
        mentions = tuple(
            m
            for m in (
                source.mention,
                target.mention if target else None,
                date.mention,
                location.mention if location else None,
            )
            if m
        )
        context: tuple[str, ...] = ("military",) if mode in CONTEXT_MODES else ()
        if _long_before(date, self.article.published):
            # "In 2019, China signed a trade deal with Mauritius": background, not news
            # (PLOVER's "historical" auxiliary mode)
            context += ("historical",)
            confidence -= HISTORICAL_PENALTY
        return Event(
            doc_id=self.article.doc_id,
            event=event_type,
            mode=plover_mode(event_type, mode),
            context=context,
            source=source,
            target=target,
            date=date,
            location=location,
            evidence=Evidence(
                sentence=text[unit.start : unit.end],
                start=unit.start,
                end=unit.end,
                trigger=trigger,
                mentions=mentions,
            ),
            confidence=max(0.05, min(0.99, confidence)),
            negated=False,
            provenance={
                "extractor": EXTRACTOR_VERSION,
                "outlet": self.article.outlet,
                "published": self.article.published,
                "url": self.article.url,
                "origin": self.article.origin,
                **(provenance or {}),
            },
        )

    # ---- for the ml mode ------------------------------------------------------------
    def sentence_actors(self, unit: SentenceUnit) -> list[Actor]:
        """Knowledge-base actors named in a sentence, in order, one per distinct side.

        Names only, no parse: what the ml mode pairs when no trigger word fired.
        """
        text = self.article.clean_text
        found: list[Actor] = []
        for hit in self.kb.find_mentions(text, unit.start, unit.end):
            if hit.kind in {"agent", "title"}:
                continue
            entry = self.kb.lookup(hit.text, self.memory.date, context=self.memory.context).entry
            if entry is None:
                continue
            kind = "state" if entry.kind == "nationality" else entry.kind
            sector = entry.sector or ("GOV" if kind in {"state", "capital"} else None)
            actor = Actor(
                entry.name,
                entry.country,
                sector,
                entry.role,
                entry.id,
                kind,
                Span(hit.text, hit.start, hit.end),
            )
            if all(_distinct(actor, other) for other in found):
                found.append(actor)
        return found

    def untriggered_event(
        self,
        unit: SentenceUnit,
        event_type: str,
        source: Actor,
        target: Actor | None,
        confidence: float,
        provenance: dict[str, Any],
    ) -> Event:
        """An event coded for a whole sentence (no trigger word): the evidence's trigger
        span is the sentence; the date and place are found as for rule events."""
        text = self.article.clean_text
        dates = find_dates(text, anchor=self.article.published, start=unit.start, end=unit.end)
        parsed = unit.parsed is not None and unit.parsed is not True
        places = self._places(unit) if parsed else []
        return self._record(
            unit,
            event_type,
            None,
            (source, target),
            Span(text[unit.start : unit.end], unit.start, unit.end),
            self._date_for(unit.start, dates),
            event_place(places, source, target, None),
            confidence,
            provenance,
        )

    def _dates_for_promise(
        self, trig: Found, unit: SentenceUnit, dates: list[DateValue]
    ) -> list[DateValue]:
        """The sentence's dates for a promise: backwards where they date its telling;
        in the promised act's own clause read forwards, but one that then lies after the
        story's day dates the act promised, not the promise (PLOVER dates an AGREE when it
        is made), which takes the story's day instead."""
        ahead = {d.mention.start: d for d in self._dates_ahead(unit) if d.mention}
        out, promised = [], []
        for d in dates:
            forward = ahead.get(d.mention.start) if d.mention else None
            token = _token_at(unit.parsed, d.mention.start - unit.start) if d.mention else None
            told = token is not None and not in_clause(token, trig.token) and _on_telling(token)
            if told or forward is None:
                out.append(d)
            elif not _after(forward, self.article.published):
                out.append(forward)
            else:
                promised.append(d)
        if promised and not out and self.article.published:
            # a date ahead is the promised act's, not the promise's: "is due to meet
            # Erdogan in January" was promised when told (by the story's day)
            out.append(DateValue(self.article.published[:10], "day", None, promised[0].mention))
        return out

    def _dates_ahead(self, unit: SentenceUnit) -> list[DateValue]:
        """The sentence's dates with weekdays and months read forwards (cached)."""
        if unit.start not in self._ahead:
            self._ahead[unit.start] = find_dates(
                self.article.clean_text,
                anchor=self.article.published,
                start=unit.start,
                end=unit.end,
                future=True,
            )
        return self._ahead[unit.start]

    def _year_of_act(self, token: Any, offset: int) -> DateValue | None:
        """The year a noun names its act by: "Boko Haram's 2014 abduction", "the 2003
        invasion" (never later than the article)."""
        if token.pos_ not in {"NOUN", "PROPN"}:
            return None
        published = self.article.published or ""
        for child in token.children:
            if (
                child.dep_ in {"nummod", "compound", "amod"}
                and re.fullmatch(r"(19|20)\d\d", child.text)
                and (not published or child.text <= published[:4])
            ):
                start = child.idx + offset
                mention = Span(child.text, start, start + len(child.text))
                return DateValue(child.text, "year", child.text, mention)
        return None

    def _date_for(self, trigger_start: int, dates: list[DateValue]) -> DateValue:
        text = self.article.clean_text
        usable = []
        for d in dates:
            if d.mention is None:
                continue
            before = text[max(0, d.mention.start - 12) : d.mention.start].lower().split()
            if before and before[-1] in _NOT_EVENT_DATE:
                continue
            if _owning(d, text):
                continue  # "stealing last year's election": the date of a thing named
            usable.append(d)
        resolved = [d for d in usable if d.value]
        if resolved:
            return min(
                resolved, key=lambda d: abs(d.mention.start - trigger_start) if d.mention else 0
            )
        if self.lead_date is not None and self.lead_date.value:
            return self.lead_date
        if usable:
            return usable[0]
        if self.article.published and self.article.published_source == "meta":
            return DateValue(self.article.published, "day", None, None)
        return DateValue(None, None, None, None)


def _names_a_mission(text: str, hit: MentionHit) -> bool:
    """ "outside the French embassy", "Iran's ambassador": a foreign mission, which stands
    in the country where the story is, not in its own."""
    after = re.sub(r"^(?:['’]s?)?\s*", "", text[hit.end : hit.end + 16].lower())
    return after.startswith(_MISSION_WORDS)


_MISSION_WORDS = ("embassy", "embassies", "consulate", "ambassador", "envoy", "diplomat")


def _sparked(noun: Any) -> bool:
    """ "sparking protests", "triggered demonstrations": protests set off by the doer."""
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in DRAWING


def _owning(date: DateValue, text: str) -> bool:
    """A date that owns a noun ("last year's election") dates that thing, not an act."""
    end = date.mention.end if date.mention is not None else 0
    return date.mention is not None and text[end : end + 2] in {"'s", "’s"}


def _in_other_clause(date: DateValue, trigger: Any, offset: int) -> bool:
    """ "The IMF, which approved a loan last year, urged ...": a date inside a relative
    clause dates that clause's act, not one outside it."""
    if date.mention is None:
        return False
    span = trigger.doc.char_span(
        date.mention.start - offset, date.mention.end - offset, alignment_mode="expand"
    )
    if span is None or not len(span):
        return False
    node = span.root
    for _ in range(12):
        if node.dep_ in {"relcl", "appos"} and not (
            node.left_edge.i <= trigger.i <= node.right_edge.i
        ):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


_PLACING_KINDS = {"state", "capital", "nationality", "person", "group"}  # name a country


def _one_venue(events: list[Event]) -> list[Event]:
    """One meeting has one venue: the pairs of a meeting of several ("the G7 talks in
    Charlevoix") that their sides' countries did not place, and the same pair's meeting
    told again on the same day ("The talks brought together ..."), take the place
    another telling of it has."""
    venues: dict[tuple[object, ...], Place] = {}
    for e in events:
        if e.event in _SYMMETRIC and e.location is not None:
            for k in _meeting_keys(e):
                venues.setdefault(k, e.location)
    out = []
    for e in events:
        if e.event in _SYMMETRIC and e.location is None:
            found = next((venues[k] for k in _meeting_keys(e) if k in venues), None)
            if found is not None:
                e = replace(e, location=found)
        out.append(e)
    return out


def _meeting_keys(event: Event) -> tuple[tuple[object, ...], ...]:
    """What tells one meeting: its words, or its pair on its day."""
    pair = frozenset({event.source.country, event.target.country if event.target else None})
    by_words = ("words", event.doc_id, event.evidence.trigger.start)
    if not event.date.value:
        return (by_words,)
    return by_words, ("pair", event.doc_id, pair, event.date.value)


def _after(date: DateValue, published: str | None) -> bool:
    """Whether ``date`` lies wholly after the publication day."""
    if not date.value or not published:
        return False
    start = date.value.split("/")[0]
    return start[: len(published[:10])] > published[: len(start)]


def _long_before(date: DateValue, published: str | None) -> bool:
    """Is the act's date (its latest possible day) more than a year before publication?"""
    value = date.value
    if not value or not published or "/" in value or len(published) < 10:
        return False
    year = int(value[:4])
    if len(value) == 4:
        latest = f"{year}-12-31"
    elif len(value) == 7:
        latest = f"{value}-31"
    else:
        latest = value[:10]
    return latest < f"{int(published[:4]) - 1}{published[4:10]}"


@lru_cache(maxsize=1)
def _iso_countries() -> frozenset[str]:
    """ISO 3166 alpha-3 codes, and Kosovo's: the codes that place a sentence (not a
    region such as EUR or an organisation such as IGO)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


# material acts whose recipient, unnamed, is the foreign place where they are done
_DONE_TO_PLACE = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "CONCEDE", "AID", "SANCTION"}
# coercion only a state does to people where it rules
_STATE_ONLY_MODES = {"arrest", "deport", "expel", "curfew", "martial"}
_STATE_ONLY_VERBS = {"ban", "outlaw", "proscribe", "censor"}
# what only a state releases someone on or from ("released on bail", "freed from prison")
_LEGAL_RELEASES = {
    "on": {"bail", "parole", "probation", "bond", "pardon"},
    "from": {"prison", "jail", "custody", "detention", "arrest", "penitentiary"},
}
_VERBAL_PROTESTS = {"protest", "complain", "complaint", "objection"}
# reactions to an act named by a definite noun phrase, and nouns naming any act
_REACTIONS = {"ACCUSE", "SUPPORT", "REJECT"}
_REPELLING = {"repel", "repulse", "thwart", "foil", "counter", "rebuff"}  # an attack met
_REACTION_PREPS = {"over", "for", "of", "on", "against", "to"}
_ANAPHORIC_DETS = {"the", "this", "that", "these", "those", "such"}
_GENERIC_ACTS = {"move", "decision", "step", "measure", "action", "act", "incident", "violence"}
_GENERIC_ACTS |= {"launch", "test", "firing"}  # "condemned the launch": the missile fired
_ACT_SUFFIXES = ("tion", "sion", "ment", "ure")
_JUDGMENTS = {"verdict", "ruling", "sentence", "judgment", "judgement", "sentencing"}
_WORDS_ONLY = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "CONSULT"}
_CIVILIAN_SECTORS = {"CVL", "REF", "PPL"}
# ... and those a state does to its own people at a named place
_DONE_AT_HOME = {"ASSAULT", "COERCE", "CONCEDE"}
# PLOVER REJECT modes for a refused act of each type
_REFUSED_MODES = {"CONCEDE": "yield", "RETREAT": "yield", "CONSULT": "meet", "AID": "assist"}
_REFUSED_MODES |= {"COOPERATE": "assist", "SUPPORT": "assist"}
_AGAINST_PEOPLE = {"ASSAULT", "COERCE"}
# acts that answer another's act: aimed at its doer when no target is named
_RESPONSES = {"ACCUSE", "PROTEST", "REJECT", "SANCTION", "THREATEN"}
# acts addressed to someone, whose addressee may be an unplaced official body
_ADDRESSED = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "SANCTION"}
_FORCES = frozenset({"MIL", "COP"})
_LOCAL_ACTS = {"ASSAULT", "COERCE", "PROTEST", "ACCUSE"}  # done by those at hand
_OFFICIALS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
_HOSTILE = frozenset({"ACCUSE", "SANCTION", "COERCE", "ASSAULT", "THREATEN"})
# what a vow of revenge, retaliation or a response answers
_RETALIATION = frozenset({"revenge", "retaliation", "response", "retribution", "reprisal"})
_RETALIATION |= {"vengeance", "punishment"}
_JAILERS = frozenset({"COP", "JUD", "GOV", "SPY"})
_LAW = frozenset({"COP", "JUD", "SPY"})  # police, courts and security services
# what a state does to its own people: arrest, sentence, charge, pardon, release
_DOMESTIC_ACTS = frozenset({"COERCE", "SANCTION", "ACCUSE", "CONCEDE", "RETREAT"})
_VICTIMS = _FORCES | {"UAF", "REB"}  # "the army killed 12 militants in Waziristan"
# sectors whose unplaced members act where they are: "the judge", "militants", "soldiers"
_PLACEABLE = _FORCES | LOCAL_SECTORS | {"UAF"}
# branches of a state that can face each other: the legislature, the courts, the executive
_BRANCHES = {"GOV", "LEG", "JUD"}
_STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "ELI", "PTY", "SPY", "COP", None}


# Acts whose embedded act has not happened: "threatened to impose sanctions on Y",
# "refused to lift the ban", "called on Y to release ...".
_FRAMING = {"THREATEN", "REJECT", "REQUEST"}


_RECIPROCAL = {"exchange", "trade", "clash", "fight", "battle"}


_DENYING_VERBS = {"deny", "reject", "dismiss", "refute", "rebuff"}
_CHARGES = {"charge", "accusation", "allegation", "claim", "report", "involvement"}
_CHARGES |= {"responsibility", "wrongdoing", "role", "link"}  # "denied involvement"


def _denies_a_charge(trig: Found) -> bool:
    """ "denied the charge", "dismissed the allegations": an answer to an accusation."""
    verb = trig.token
    if verb.lemma_.lower() not in _DENYING_VERBS:
        return False
    if verb.dep_ in {"acl", "relcl"} and verb.head.lemma_.lower() in _CHARGES:
        return True  # "charges that he rejects as fabricated"
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _CHARGES for c in verb.children)


def _press_contact(event: Event) -> bool:
    """An interview or a question ("told VOA", "asked by the BBC", "VOA spoke with"): news
    gathering, no meeting or request between states."""
    if event.target is not None and event.target.sector == "MED":
        return event.event in _PRESS_CONTACTS | {"AGREE", "SUPPORT"}
    return event.source.sector == "MED" and event.event in _PRESS_CONTACTS


_PRESS_CONTACTS = {"CONSULT", "REQUEST"}


def _trip(trig: Found) -> bool:
    """A journey to several places ("visited Israel and Jordan", "led a mission to Kyiv
    and Moscow"): a visit to each, not one meeting of all."""
    verb = trig.token
    return verb.lemma_.lower() in {"visit", "tour"} or (
        verb.pos_ == "VERB" and bool(prep_objects(verb, {"to"})) and trig.entry.mode == "visit"
    )


def _without_told_means(
    found: list[tuple[Found, list[Event]]],
) -> list[tuple[Found, list[Event]]]:
    """ "Beijing retaliated with tariffs", "Russia responded by expelling diplomats": the
    means says what was done, and the answering verb adds no act of its own; but held
    out ("could retaliate with tariffs"), the answer is the threat and the means its
    content."""
    by_token = {
        t.i: k
        for k, (trig, events) in enumerate(found)
        if events
        for t in (trig.token, trig.support)
        if t is not None
    }
    dropped: set[int] = set()
    for k, (trig, events) in enumerate(found):
        if not events or trig.token.lemma_.lower() not in _ANSWERING:
            continue
        means = [
            by_token[m.i]
            for prep in trig.token.children
            if prep.dep_ == "prep" and prep.lower_ in {"with", "by"}
            for m in prep.children
            if m.dep_ in {"pobj", "pcomp"} and m.i in by_token
        ]
        if not means:
            continue
        if all(e.event == "THREATEN" for e in events):
            dropped.update(means)
        else:
            dropped.add(k)
    return [pair for k, pair in enumerate(found) if k not in dropped]


def _reciprocal(trig: Found) -> bool:
    """Violence both sides do to each other: "India and Pakistan exchanged fire"."""
    words = [trig.token] + ([trig.support] if trig.support is not None else [])
    return any(w.lemma_.lower() in _RECIPROCAL for w in words)


def _background(token: Any) -> bool:
    """Whether the trigger sits in a clause that gives background to the sentence's news:
    a relative clause ("the province, where 28 people were killed") or a clause of time
    or cause ("after a jet shot down a helicopter")."""
    node = token
    for _ in range(12):
        if node.dep_ in {"relcl", "acl"} and node.head.pos_ in {"NOUN", "PROPN"}:
            return True
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in node.children
        ):
            return True
        if node.dep_ == "pcomp" and node.head.lower_ in _BACKGROUND_MARKS:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _frame_embedded(found: list[tuple[Found, list[Event]]]) -> list[Event]:
    """Acts that govern a clause with another act by the same source ("X threatened to
    impose sanctions on Y"). A one-sided frame takes the embedded act's target (X
    THREATEN Y). The embedded act is dropped when the frame says it has not happened
    (threat, refusal, request), and else ranked below the frame ("protested to demand")."""
    out = [event for _, events in found for event in events]
    for trig, events in found:
        if not events and trig.entry.event == "REQUEST" and trig.token.pos_ == "VERB":
            # "'We urge Afghanistan to hold them accountable,' Khan said", with the asker
            # unknown: what is asked for has still not been done
            for inner_trig, inner_events in found:
                if inner_trig is not trig and _governs(trig.token, inner_trig.token):
                    out = [e for e in out if e not in inner_events]
            continue
        if not events:
            continue
        governed = [
            e
            for inner_trig, inner_events in found
            if inner_trig is not trig
            and any(_governs(anchor, inner_trig.token) for anchor in _anchors(trig))
            # "rejected an appeal by X": the appeal was made; what it answers is not framed
            and not (inner_trig.support is not None and inner_trig.support.i == trig.token.i)
            and not _sparked(inner_trig.token)  # "..., sparking protests": what followed
            and not _said_meanwhile(inner_trig.token)
            for e in inner_events
        ]
        for event in [e for e in events if e in out]:
            own = event.source.country
            if event.event in _FRAMING and event.target is not None:
                # "urged Japan to release the fishermen": what Japan is urged to do is
                # not done
                asked = event.target.country
                for e in governed:
                    if e in out and e.source.country == asked and asked != own:
                        out.remove(e)
            inner = [e for e in governed if e.source.country == own and e in out]
            if not inner:
                continue
            aimed = [e.target for e in inner if e.target is not None and e.target.country != own]
            signed = event.event == "SUPPORT" and trig.token.lemma_.lower() in _SIGNING
            if (event.event == "AGREE" or signed) and any(
                e.event in _CONFLICT_DECIDED for e in inner
            ):
                # "EU ministers agreed to widen sanctions against Minsk", "Putin signed
                # treaties to annex four regions": the hostile act is the act towards them
                out.remove(event)
                continue
            if event.event == "THREATEN" and event.mode is None:
                # "threatened to cut gas supplies": the threat's content is the act's
                content = threat_mode(inner[0].event, inner[0].mode)
                framed = replace(event, mode=content)
                out[out.index(event)] = framed
                event = framed
            if event.target is None and aimed:
                target = aimed[0]
                extra = (target.mention,) if target.mention else ()
                framed = replace(
                    event,
                    target=target,
                    confidence=min(0.99, event.confidence + TARGETLESS_PENALTY - 0.1),
                    evidence=replace(event.evidence, mentions=event.evidence.mentions + extra),
                )
                out[out.index(event)] = framed
                event = framed
            for e in inner:
                if e not in out:
                    continue
                if event.event in _FRAMING:
                    out.remove(e)
                elif e.confidence >= event.confidence:
                    out[out.index(e)] = replace(e, confidence=max(0.05, event.confidence - 0.05))
    return out


_CENSURING = {"accuse", "blame", "condemn", "criticize", "criticise", "denounce", "charge"}


def _said_meanwhile(token: Any) -> bool:
    """ "would close the border ..., accusing Minsk of ...": a participle of censure says
    what the speaker did while announcing, not what it would do."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.lemma_.lower() in _CENSURING


_IRREGULARS = {"REB", "UAF", "CRM"}  # armed groups, unidentified attackers, gangs
_DETERRING = {"prevent", "stop", "deter", "punish", "pressure", "force", "compel", "dissuade"}
_BACKING = {"back", "support", "assist", "reinforce", "bolster"}
_FIGHTING_SECTORS = {"MIL", "COP", "SPY", "REB", "PRM", "UAF"}
_CONFLICT_DECIDED = {"SANCTION", "THREATEN", "MOBILIZE", "COERCE", "ASSAULT"}


@lru_cache(maxsize=4)
def _sports_pattern(cues: frozenset[str]) -> re.Pattern[str] | None:
    if not cues:
        return None
    words = sorted((re.escape(c).replace(r"\ ", r"\s+") for c in cues), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def _in_sport(sentence: str, lexicon: Lexicon) -> bool:
    pattern = _sports_pattern(lexicon.sports_cues)
    if pattern is not None and pattern.search(sentence) is not None:
        return True
    return _SCORELINE.search(sentence) is not None  # "beat Chelsea 2-1"


_SCORELINE = re.compile(
    r"\b(?:beat|beats|defeated|defeats|drew|draw|edged|thrashed|routed|held)\b[^.]{0,60}?"
    r"\b\d{1,2}-\d{1,2}\b"
)


def _anchors(trig: Found) -> list[Any]:
    """The trigger word and the verb it is the object of ("staged demonstrations")."""
    out = [trig.token] + ([trig.support] if trig.support is not None else [])
    if trig.token.dep_ == "dobj" and trig.token.head.pos_ == "VERB":
        out.append(trig.token.head)
    return out


# links through which a clause hangs under the act that frames it
_CLAUSE_LINKS = {"xcomp", "ccomp", "advcl", "dobj", "pobj", "prep", "pcomp", "acl"}


def _governs(head: Any, token: Any) -> bool:
    """Is ``token`` in a clause under ``head`` (through xcomp, ccomp, advcl, conj-free)?"""
    node = token
    for _ in range(8):
        infinitive = node.dep_ == "conj" and (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            or node.head.dep_ == "xcomp"
        )  # "urged them to halt and (to) return to talks"
        if node.head.i == node.i or not (infinitive or node.dep_ in _CLAUSE_LINKS):
            return False
        if node.dep_ == "acl" and node.tag_ in {"VBN", "VBD"}:
            return False  # "release a tanker seized by Iran": the seizure has happened
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in node.children
        ):
            return False  # "warned ..., as Tehran rejected its offer": told beside it
        node = node.head
        if node.i == head.i:
            return True
    return False


_TIME_MARKS = {"as", "while", "when", "after", "before", "since", "because", "although"}
_WARS = {"war", "conflict", "insurgency", "genocide"}  # summed up; not "fighting that killed"


def _doer_lemma(token: Any) -> str:
    """The lemma of the clause's subject; a relative clause's is the noun it describes,
    a conjoined verb's its first verb's ("a war that lasted three years and killed ...")."""
    if token.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        return _doer_lemma(token.head)
    for child in token.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            if child.lower_ in {"that", "which", "who"} and token.dep_ == "relcl":
                return token.head.lemma_.lower()
            return child.lemma_.lower()
    return token.head.lemma_.lower() if token.dep_ == "relcl" else ""


def _disaster_measure(trig: Found, event_type: str) -> bool:
    """ "ordered villagers to evacuate as the volcano erupted": a restriction a state
    imposes against a natural threat is no political interaction."""
    return event_type == "COERCE" and any(
        t.lemma_.lower() in _HAZARDS and t.pos_ == "NOUN" for t in trig.token.sent
    )


# natural hazards people are moved away from (not epidemics: lockdowns restrict people)
_HAZARDS = {
    "flood", "flooding", "earthquake", "quake", "cyclone", "hurricane", "typhoon", "storm",
    "landslide", "mudslide", "avalanche", "wildfire", "heatwave", "drought", "tsunami",
    "tornado", "eruption", "volcano", "blizzard",
}  # fmt: skip

# deaths that are nobody's attack
_NATURAL_CAUSES = {
    "flood",
    "flooding",
    "earthquake",
    "quake",
    "storm",
    "cyclone",
    "hurricane",
    "typhoon",
    "landslide",
    "mudslide",
    "avalanche",
    "blaze",
    "wildfire",
    "heatwave",
    "drought",
    "tsunami",
    "lightning",
    "tornado",
    "eruption",
    "disease",
    "virus",
    "outbreak",
    "epidemic",
    "accident",
    "crash",
    "collision",
    "derailment",
    "capsize",
    "stampede",
    "rain",
    "snow",
}


def _judges_antecedent(trig: Found) -> bool:
    """A reaction in a relative clause whose object is the act it hangs on ("the visit,
    which Beijing condemned")."""
    token = trig.token
    return token.dep_ == "relcl" and any(
        c.lower_ in {"which", "that"} and c.dep_ in {"dobj", "nsubjpass"} for c in token.children
    )


def _denial(trig: Found) -> bool:
    """ "denied arming the rebels": whoever is named in a denied act is not its target."""
    return trig.token.lemma_.lower() in {"deny", "dismiss", "refute"}


def _clause_targets(found: list[Resolved], sources: list[Resolved]) -> list[Resolved]:
    """Targets found inside a clause: other countries first; failing those, a home rival
    of a lone source ("opposition groups demanded that President Mugabe ..."), never the
    home population."""
    home = {s.actor.country for s in sources}
    foreign = [r for r in found if r.actor.country not in home]
    if foreign or len(home) > 1:
        return foreign
    return [
        r
        for r in found
        if r.actor.sector not in _CIVILIAN_SECTORS
        and all(_distinct(s.actor, r.actor) for s in sources)
    ]


def _reported_abuses(events: list[Event], reporter: Actor | None, sent: Any) -> list[Event]:
    """ "Ethiopian forces executed dozens of civilians, Human Rights Watch said in a report":
    a watchdog's (or a UN report's) account of abuses accuses their doers; "..., the UN
    said" alone is a source of news."""
    if reporter is None or not (
        reporter.country == "NGO"
        or (reporter.country == "IGO" and any(t.lemma_ == "report" for t in sent))
    ):
        return []
    return [
        replace(
            e,
            event="ACCUSE",
            mode="allege",
            source=reporter,
            target=e.source,
            confidence=max(0.05, e.confidence - 0.2),
        )
        for e in events
        if e.event in {"ASSAULT", "COERCE"}
        and e.target is not None
        and e.source.country in _iso_countries()
        and e.source.sector != "UAF"
    ]


def _with_blamed_as_threatened(
    events: list[Event], by_trigger: list[tuple[Found, list[Event]]]
) -> list[Event]:
    """ "Tehran blamed Israel and vowed revenge": a threat with no target named is aimed
    at whoever its maker blamed in the same sentence."""
    vowed = [e for trig, found in by_trigger if trig.token.lemma_.lower() in _VOWING for e in found]
    blamed = {
        e.source.country: e.target
        for e in events
        if e.event == "ACCUSE" and e.target is not None and e.source.country
    }
    return [
        replace(e, target=blamed[e.source.country], confidence=min(0.8, e.confidence + 0.25))
        if e.event == "THREATEN" and e.target is None and e.source.country in blamed and e in vowed
        else e
        for e in events
    ]


_VOWING = {"vow", "promise", "pledge", "swear", "threaten"}


def _rescued_from(token: Any) -> bool:
    """Freed from someone's hands ("from a hijacked train", "from their captors"), not
    from the freer's own prison."""
    held = prep_objects(token, {"from"}) + [
        h for o in token.children if o.dep_ == "dobj" for h in prep_objects(o, {"from"})
    ]  # "freed more than 300 passengers from a hijacked train"
    return bool(held) and all(h.lemma_.lower() not in _PRISONS for h in held)


_PRISONS = {"prison", "jail", "detention", "custody", "camp", "cell", "gaol"}


def _retaliating(trig: Found) -> bool:
    """A vow to answer in kind: "vowed revenge", "promised a response", "will retaliate"."""
    words = {c.lemma_.lower() for c in trig.token.children if c.dep_ == "dobj"}
    clauses = {c.lemma_.lower() for c in trig.token.children if c.dep_ == "xcomp"}
    return bool(words & _RETALIATION or clauses & _ANSWERING)  # "vowed to respond"


def _distinct(a: Actor, b: Actor) -> bool:
    """Different sides: other countries, or the state against a non-state sector at home."""
    if a.actor_id and a.actor_id == b.actor_id:
        return False
    if "UAF" in (a.sector, b.sector):
        return True  # unidentified attackers are no side of their victims
    kinds = (a.kind, b.kind)  # a branch is no side apart from its whole state
    if a.country and a.country == b.country:
        if {a.sector, b.sector} <= _BRANCHES and a.sector != b.sector and "state" not in kinds:
            return True  # "an MP protested President Assad's failure"
        if "ELI" in (a.sector, b.sector) and {a.sector, b.sector} & _HOME_INSTITUTIONS:
            return True  # "prosecutors indicted the former prime minister"
        if a.sector != b.sector and {a.sector, b.sector} & _ARMED:
            return True  # "rebels shelled the city": armed men are a side of their own
        if a.sector != b.sector and "person" in (a.kind, b.kind) and {a.sector, b.sector} & _LAW:
            return True  # "police detained Istanbul Mayor Ekrem Imamoglu"
        forces, person = (a, b) if a.sector == "MIL" else (b, a)
        if forces.sector == "MIL" and forces.kind != "person" and person.kind == "person":
            return person.sector != "MIL"  # "the military detained Aung San Suu Kyi"
        if _region_of(a) != _region_of(b):
            return True  # "Tigrayan forces attacked Ethiopian troops"
        if (
            a.sector != b.sector
            and {a.sector, b.sector} & _PARTIES
            and ({a.sector, b.sector} & (_HOME_INSTITUTIONS | {"GOV", "MIL"}))
        ):
            return True  # "the government banned the Awami League": a party is a side
        return _acts_for_state(a) != _acts_for_state(b)
    return True


# what two parties who agree or promise share: "deepen cooperation", "expand trade"
_SHARED_BONDS = {"partnership", "relation", "relationship", "tie", "cooperation", "trade"}
_SHARED_BONDS |= {"friendship", "exchange", "dialogue", "coordination", "contact", "link"}
# "will hold another round of talks", "held a series of meetings": one shared gathering
_SHARED_BONDS |= {"round", "series", "talk", "talks", "summit", "meeting", "conference"}


def _aimed_elsewhere(event_type: str, targets: tuple[Any, ...]) -> bool:
    """A promise or support with a counterpart phrase the KB cannot place: "Nigeria and
    Rwanda offered troops" (to someone unnamed), unlike "hailed their partnership"."""
    return event_type in _MUTUAL and any(
        t.lemma_.lower() not in _SHARED_BONDS
        and not any(c.lower_ in {"their", "bilateral", "mutual"} for c in t.children)
        for t in targets
    )


def _words_to_own_public(event: Event) -> bool:
    """Words a state's actor addresses to its own public, press or businesses ("urged
    people to stay home", "briefed reporters", "warned residents"): no interaction
    between political actors. Acts on them (arrests, shootings, releases) stay."""
    target = event.target
    if event.event == "THREATEN" and event.mode is not None:
        return False  # "will extend the curfew in Abidjan": coercion held out
    return (
        event.event in _ADDRESSING
        and target is not None
        and event.source.sector not in _ARMED  # an armed group's demands face the state
        and target.kind not in {"person", "state", "igo", "ngo", "group"}
        and target.country == event.source.country
        and target.sector in _PUBLIC
    )


_ADDRESSING = frozenset({"REQUEST", "THREATEN", "SUPPORT", "CONSULT", "AGREE"})
_PUBLIC = frozenset({"PPL", "CVL", "JRN", "MED", "BUS", "REL", "EDU"})


def _on_telling(token: Any) -> bool:
    """Does a date hang on a verb of saying ("said Tuesday that ...")?"""
    node = token
    for _ in range(3):
        if node.pos_ in {"VERB", "AUX"}:
            return node.lemma_.lower() in SPEECH_VERBS
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _in_apposition(token: Any) -> bool:
    """Is ``token`` inside an apposition that describes a land ("Mauritius, an island
    nation that sits along seaways in the Indian Ocean")?"""
    node = token
    for _ in range(8):
        if node.dep_ == "appos" and node.head.pos_ == "PROPN" and node.lemma_.lower() in _LANDS:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _released_by_law(token: Any) -> bool:
    """A release on bail or from prison: an act of the state that held the person."""
    return any(
        prep.lower_ in _LEGAL_RELEASES
        and any(o.lemma_.lower() in _LEGAL_RELEASES[prep.lower_] for o in prep.children)
        for prep in token.children
        if prep.dep_ == "prep"
    )


def _placed_by_guess(side: Resolved, countries: set[str | None]) -> bool:
    """An agent no phrase placed ("the authorities") put in a country the act's other side
    is from."""
    return not side.direct and side.actor.kind == "agent" and side.actor.country in countries


def _region_of(actor: Actor) -> str | None:
    """The part of a state an agent is named after ("Tigrayan forces": ETH.MIL.tigrayan)."""
    parts = actor.actor_id.split(".") if actor.kind == "agent" and actor.actor_id else []
    return parts[2] if len(parts) == 3 else None


def _acts_for_state(actor: Actor) -> bool:
    """A state actor; a person the KB knows but holding no office then is not one."""
    if actor.kind in {"person", "agent"} and actor.sector is None:
        return False  # "the Sudanese Professionals Association": a body, not the state
    return actor.sector in _STATE_SECTORS


_QUOTE_OPEN = ('"', "“")
_ATTRIBUTION = re.compile(
    r"[,.!?]?[”\"][,.!?]?\s+(?:[a-z]+\s+)?((?:[A-Z][\w'’.-]+\s+){0,3}?[A-Z][\w'’.-]+)\s+"
    r"(?:later\s+|also\s+|then\s+)?(?:said|says|wrote|writes|added|told|tweeted|posted)\b"
)


def _attribute_quotes(text: str, units: list[SentenceUnit]) -> None:
    """A quote that opens in one sentence and is attributed a few sentences later."""
    for i, unit in enumerate(units):
        if not text[unit.start : unit.end].startswith(_QUOTE_OPEN):
            continue
        for later in units[i : i + 4]:
            match = _ATTRIBUTION.search(text, later.start, later.end)
            if match:
                for quoted in units[i : units.index(later) + 1]:
                    quoted.quote_speaker = match.group(1)
                break


_MISSIONS = {"embassy", "consulate", "mission", "legation"}
_LANDS = {"nation", "country", "state", "island", "archipelago", "kingdom", "republic", "city"}
_RESTRICTIONS = {"curfew", "martial-law", "ban", "censor"}
_HOME_RESTRICTIONS = {"curfew", "emergency", "lockdown", "law", "restriction", "ban", "blackout"}
_CONTESTING = {"OPP", "PTY", "CVL", "PPL"}  # who contest a vote their state ran
_VOTE_OUTCOMES = {"result", "outcome", "election", "vote", "poll", "tally", "count"}
_HOME_INSTITUTIONS = {"JUD", "COP", "LEG"}  # act on their own state's officials
_ARMED = {"REB", "CRM", "IMG"}  # non-state sides that fight
_AGREED_ACTS = {"AGREE", "SUPPORT", "CONCEDE", "RETREAT", "COOPERATE"}
_SIGNING = {"sign", "ink", "seal", "strike", "ratify", "conclude"}
_RETALIATING = {"retaliate", "reciprocate"}
# verbs whose "by" act answers the other side ("responded by ...", "hit back by ..."); as
# triggers themselves "respond" and "hit" name no one answered
_ANSWERING = _RETALIATING | {"respond", "react", "hit"}
_GATHERINGS = {"talk", "talks", "summit", "meeting", "conference", "forum", "gathering", "session"}
_EXCHANGING = {"exchange", "swap", "trade"}
_DRILLS = {"exercise", "drill", "game", "maneuver", "manoeuvre"}
_PROTEST_NOUNS = {"demonstration", "protest", "rally", "march", "riot"}
_PROTESTERS = {"protester", "protestor", "demonstrator", "rioter", "marcher", "mob"}
_RELEASES = {"release", "return", "freeing", "handover", "repatriation"}
_CAPTURES = {"COERCE", "ASSAULT"}


def _civilians(country: str, name: str) -> Actor:
    """The people of ``country`` as a target ("the curfew in Kandahar": its residents)."""
    return Actor(name, country, "CVL", None, f"{country}.CVL", "agent")


# what one party puts on another: "bowed to pressure from Washington", "rejected demands by
# the rebels": the party is the counterpart
_PRESSING = {"pressure", "demand", "ultimatum", "threat", "call", "appeal", "request", "proposal"}
_PRESSING |= {"offer", "plan", "initiative", "invitation"}


def _held_in(trig: Found) -> bool:
    """A participle of arrest on the one held, with no doer: "an engineer detained in
    France"."""
    token = trig.token
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.head.pos_ in {"NOUN", "PROPN"}
        and not any(c.dep_ == "agent" for c in token.children)
        and bool(prep_objects(token, {"in"}))
    )


def _teller_of_it(heads: tuple[Any, ...]) -> Any | None:
    """The named subject of the verb of saying whose clause has "it" as its subject."""
    if len(heads) != 1 or heads[0].lower_ != "it" or heads[0].dep_ != "nsubj":
        return None
    clause = reported_clause(heads[0].head)
    if clause.dep_ != "ccomp":
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)


_ANYONE = {"those", "anyone", "anybody", "whoever", "everyone", "all", "any"}


def _whoever(head: Any) -> bool:
    """ "target those who enable Russia's war": whoever does it, not Russia."""
    return head.lower_ in _ANYONE and any(c.dep_ == "relcl" for c in head.children)


def _authors_of(heads: tuple[Any, ...]) -> tuple[Any, ...]:
    """Who made the demand or offer ``heads`` name: "pressure from criminal groups",
    "rejected its offer"."""
    return tuple(
        o
        for head in heads
        if head.lemma_.lower() in _PRESSING
        for o in [
            *prep_objects(head, {"from", "by"}),
            *(c for c in head.children if c.dep_ == "poss"),
        ]
    )


_WORDY = {"verbal", "diplomatic", "public", "televised", "heated", "office", "oval", "rhetorical"}


def _verbal_clash(token: Any) -> bool:
    """A clash of words: "the Oval Office clash", "publicly clashed over the deal"."""
    if token.lemma_.lower() != "clash":
        return False
    modifiers = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound", "advmod"}}
    modifiers |= {t.lower_ for t in token.doc[max(0, token.i - 2) : token.i]}  # misparsed
    if modifiers & (_WORDY | {"publicly", "verbally"}):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "over" for c in token.children)


_MEASURES = {"sanction", "tariff", "measure", "restriction", "curb", "control", "embargo", "ban"}
_BILLS = {"legislation", "bill", "law", "resolution", "decree", "act", "amendment"}


def _instrument(token: Any) -> str | None:
    """What does the targeting when it is a law or a measure: "legislation targeting
    Turkey", "the sanctions target Russian banks"."""
    if token.lemma_.lower() not in {"target", "hit", "aim"}:
        return None
    doers = [token.head] if token.dep_ == "acl" else []
    doers += [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ == "advcl" and not doers:
        # "approved a package of sanctions against Russia, targeting its shadow fleet"
        done = [c for c in token.head.children if c.dep_ == "dobj"]
        doers += done + [p for d in done for p in prep_objects(d, {"of"})]
    return next((d.lemma_.lower() for d in doers if d.lemma_.lower() in _MEASURES | _BILLS), None)


def _each_other(token: Any) -> bool:
    """ "blamed each other", "each blamed the other", "accused one another": both ways."""
    return any(
        o.dep_ in {"dobj", "pobj"}
        and o.lower_ in {"other", "another", "one"}
        and any(c.lower_ in {"each", "the", "one", "another"} for c in o.children)
        for o in token.subtree
        if token.i in {o.head.i, o.head.head.i}
    )


def _reciprocal_object(token: Any) -> bool:
    """An act on what the doers share: "upgraded their ties", "bilateral relations",
    "restored diplomatic relations" (by two doers)."""
    if any(o.dep_ == "dobj" and o.lemma_.lower() in {"relation", "tie"} for o in token.children):
        return True
    return any(
        c.dep_ in {"poss", "amod"} and c.lower_ in {"their", "bilateral", "mutual"}
        for o in token.children
        if o.dep_ in {"dobj", "pobj", "nsubjpass"}
        for c in o.children
    ) or any(t.lower_ in {"each", "one"} and t.head.i == token.i for t in token.subtree)


def _question(sentence: str) -> bool:
    """A question (an interviewer's, or rhetorical) reports no act."""
    return sentence.rstrip().rstrip("\"”’'").rstrip().endswith("?")


def _lodged(trig: Found) -> bool:
    """A complaint brought before someone: "complained to", "lodged a complaint with"."""
    words = {trig.token.lemma_.lower()}
    if trig.support is not None:
        words.add(trig.support.lemma_.lower())
    return bool(words & {"complain", "complaint", "lodge", "file", "protest"})


_PRIVATE_SECTORS = {"CVL", "REF", "PPL", "JRN"}


def _private_contact(a: Actor, b: Actor) -> bool:
    """A contact in which private people meet no official (a state named only as the
    place they went to is no official either)."""
    private = [x for x in (a, b) if x.sector in _PRIVATE_SECTORS]
    if not private:
        return False
    others = [x for x in (a, b) if x.sector not in _PRIVATE_SECTORS]
    return all(x.kind in {"state", "capital"} for x in others)


_NAMING = {"call", "describe", "term", "label", "brand", "dub"}


def _doers_named(heads: tuple[Any, ...]) -> list[Any]:
    """The "by" agents of the acts ``heads`` name: "crimes (committed) by Croat forces"."""
    out: list[Any] = []
    for head in heads:
        named = [head]
        if head.lemma_.lower() in _NAMING:  # "against what they called a blockade by Chisinau"
            called = [c for c in head.children if c.dep_ in {"oprd", "attr"}]
            named += called
            # "what it called the contemptuous attitude of Paris", "... Kyiv's attack"
            out.extend(p for c in called for p in c.children if p.dep_ == "poss")
            out.extend(o for c in called for o in prep_objects(c, {"of"}) if o.pos_ == "PROPN")
        for node in (*named, *(c for n in named for c in n.children if c.dep_ == "acl")):
            for prep in node.children:
                if prep.dep_ in {"prep", "agent"} and prep.lower_ == "by":
                    out.extend(p for p in prep.children if p.dep_ == "pobj")
    return out


def _charges(head: Any) -> frozenset[int]:
    """Words of what someone is accused or convicted of ("executed a man convicted of
    spying for Israel"): the charge names no one the act is done to."""
    charged = {
        t.i
        for clause in head.subtree
        if clause.dep_ in {"acl", "relcl"} and clause.lemma_.lower() in _CHARGED
        for t in clause.subtree
    }
    # "opposed any interference in Myanmar's internal affairs": whose affairs are meddled
    # in is not whom the opposition is aimed at
    charged |= {
        t.i
        for affairs in head.subtree
        if affairs.lemma_.lower() in {"affair", "matter"}
        and affairs.dep_ == "pobj"
        and affairs.head.head.lemma_.lower() in _MEDDLING
        for t in affairs.subtree
    }
    return frozenset(charged)


_MEDDLING = {"interference", "meddling", "intervention", "intrusion", "interfere", "meddle"}


# kinds of help a doer can give its own side: no one else is the one helped
_HELPING = frozenset({"AID", "SUPPORT", "COOPERATE", "AGREE"})
# acts a teller says to another state's official are aimed at that state
_TOLD_TO_ADDRESSEE = frozenset({"REJECT", "THREATEN", "AGREE", "CONCEDE", "REQUEST"})
_NEWS_SECTORS = frozenset({"MED", "JRN"})
_TELLING_THAT = {"tell", "assure", "inform", "warn", "reassure"}


def _released(token: Any) -> tuple[Any, ...]:
    """Who a request asks to be freed: "called for the release of X", "his release"."""
    asked = [c for c in token.children if c.dep_ == "dobj"] + prep_objects(token, {"for"})
    people: list[Any] = []
    for noun in asked:
        if noun.lemma_.lower() not in {"release", "freedom", "return"}:
            continue
        people += prep_objects(noun, {"of"}) + [c for c in noun.children if c.dep_ == "poss"]
    return tuple(people)


def _addressees(token: Any) -> tuple[Any, ...]:
    """Whom the clause a trigger stands in was told to ("told Lavrov that Moscow would
    ..."): the object of the telling verb the clause is the complement of."""
    node = token
    for _ in range(4):
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in _TELLING_THAT:
            return tuple(c for c in node.head.children if c.dep_ in {"dobj", "dative"})
        if node.dep_ not in {"xcomp", "conj", "ccomp"} or node.head.i == node.i:
            return ()
        node = node.head
    return ()


_EXECUTING = {"execute", "hang", "behead"}  # a state's sentence carried out on its own
_CHARGED = PUNISHING_VERBS | {"accuse", "convict", "suspect", "charge", "find"}


def _venues(head: Any) -> frozenset[int]:
    """Words of "in"/"at" phrases under ``head``: where a meeting is, not who is met
    ("a round of talks in Havana")."""
    return frozenset(
        t.i
        for prep in head.subtree
        if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}
        for t in prep.subtree
    )


def _asks_release(trig: Found) -> bool:
    """ "demanded the ship's immediate release", "called for the return of the pilot"."""
    anchors = [trig.token] + ([trig.support] if trig.support is not None else [])
    for anchor in anchors:
        for child in anchor.children:
            objects = [child] if child.dep_ == "dobj" else []
            if child.dep_ == "prep" and child.lower_ in {"for", "of"}:
                objects = [c for c in child.children if c.dep_ == "pobj"]
            if any(o.lemma_.lower() in _RELEASES for o in objects):
                return True
    return False


def _objects_of_trigger(trig: Found) -> list[Any]:
    """The trigger's direct objects, and what a measure phrase measures ("the state of
    emergency": emergency)."""
    objects = [c for c in trig.token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return objects + [
        p for o in objects for prep in o.children if prep.lower_ == "of" for p in prep.children
    ]


def _definite_act(noun: Any) -> bool:
    """A thing told as known ("the deal", "this attack"), not the parties' own ("their
    partnership")."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children)


def _also(trig: Found) -> bool:
    """The act is told as one more of the same ("also announced", "likewise")."""
    verb = trig.support if trig.support is not None else trig.token
    return any(c.lower_ in ALSO for c in verb.children if c.dep_ == "advmod")


def _clause_objects(verb: Any) -> tuple[Any, ...]:
    """Objects of an act's purpose or result clause ("opened fire to disperse the
    crowd", "opened fire, wounding three protesters")."""
    out = []
    for clause in verb.children:
        if clause.dep_ not in {"advcl", "xcomp"} or clause.pos_ != "VERB":
            continue
        if any(m.dep_ == "mark" and m.lower_ in _TIME_MARKERS for m in clause.children):
            continue  # "struck the port, a day after a drone killed a man": another act
        for obj in clause.children:
            if obj.dep_ != "dobj" or obj.pos_ == "PRON":
                continue
            if obj.lemma_.lower() in _PROTEST_NOUNS:  # "to break up a protest by thousands"
                crowd = prep_objects(obj, {"by"}) or prep_objects(clause, {"by"})
                out.extend(crowd[:1])
            else:
                out.append(obj)
    return tuple(out)


_PROMPTING = {"prompt", "provoke", "spark", "lead", "force", "push", "drive", "trigger"}
_TIME_MARKERS = {"after", "before", "since", "when", "while", "as", "until", "once"}


def _provokers(verb: Any) -> tuple[Any, ...]:
    """Subjects of a clause giving what a reaction answers ("protested after Chinese ships
    entered its waters", "recalled its envoy because Rabat had ...", "Iran fired missiles,
    prompting Islamabad to warn of consequences")."""
    prompt = verb.head if verb.dep_ == "xcomp" else None
    if prompt is not None and prompt.lemma_.lower() in _PROMPTING:
        doer = next((c for c in prompt.children if c.dep_ == "nsubj"), None)
        if doer is None and prompt.dep_ in {"advcl", "conj"}:
            doer = next((c for c in prompt.head.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.pos_ != "PRON":
            return (doer,)
    # "recalled its ambassador and condemned ..., a day after Iranian missiles struck":
    # the clause may hang on the first of two conjoined verbs
    holders = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    answered = _answered_doers(verb)
    if answered:
        return answered
    return tuple(
        subject
        for holder in holders
        for clause in holder.children
        if clause.dep_ in {"advcl", "conj"}  # "..., a day after X struck": often a conj
        and any(
            m.dep_ == "mark" and m.lower_ in {"after", "because", "as"} for m in clause.children
        )
        for subject in clause.children
        if subject.dep_ in {"nsubj", "nsubjpass"} and subject.pos_ != "PRON"
    )


def _answered_doers(verb: Any) -> tuple[Any, ...]:
    """Whose act a reaction answers when told in a phrase: "imposed export controls in
    response to U.S. chip restrictions", "in retaliation for Israel's strikes"."""
    holders = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
    doers: list[Any] = []
    for answer in (a for h in holders for a in prep_objects(h, {"in"})):
        if answer.lemma_.lower() not in _ANSWERS:
            continue
        for act in prep_objects(answer, {"to", "for", "against"}):
            owners = [c for c in act.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            doers += owners or [
                c
                for c in act.children
                if c.dep_ in {"compound", "amod"}
                and (c.pos_ == "PROPN" or (c.dep_ == "amod" and c.text[:1].isupper()))
            ]
    return tuple(doers)


_ANSWERS = {"response", "retaliation", "reply", "answer", "reaction", "revenge", "riposte"}


def _amid(trig: Found, nouns: set[str]) -> bool:
    """The act takes place "during", "at", "amid" or "in" one of ``nouns`` ("violence
    during demonstrations", "dropped bombs at a firing range in a drill")."""
    node = trig.token
    for _ in range(3):
        if any(
            p.lemma_.lower() in nouns
            for prep in node.children
            if prep.dep_ == "prep" and prep.lower_ in {"during", "at", "amid", "in"}
            for p in prep.children
        ):
            return True
        if node.dep_ not in {"xcomp", "pcomp", "pobj", "prep"}:
            return False
        node = node.head
    return False


def _token_at(sent: Any, char: int) -> Any:
    for token in sent:
        if token.idx <= char < token.idx + len(token.text):
            return token
    return None


def _ent_head(token: Any) -> Any:
    ent = [t for t in token.doc[token.i :] if entity_type(t) == "PERSON"]
    span_end = token.i
    for t in ent:
        if t.i != span_end:
            break
        span_end += 1
    last = token.doc[span_end - 1]
    return last


def _title_end(article: Article, text: str) -> int:
    if not article.title:
        return -1
    found = text.find(article.title[:60])
    if 0 <= found < 400:
        return found + len(article.title)
    return -1


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per (sentence, type, source, target): keep the most confident. A
    one-sided event is dropped where the sentence has the same act with a target, and an
    inferred target (a place, the home state) where it has the same act with a named one."""

    def act(e: Event) -> tuple[Any, ...]:
        return (e.evidence.start, e.event, e.source.actor_id or e.source.name)

    sided = {act(e) for e in events if e.target is not None}
    named = {act(e) for e in events if e.target is not None and e.target.mention is not None}
    best: dict[tuple[Any, ...], Event] = {}
    for event in events:
        if event.target is None and act(event) in sided:
            continue
        if event.target is not None and event.target.mention is None and act(event) in named:
            continue
        key = (
            event.evidence.start,
            event.event,
            event.source.actor_id or event.source.name,
            event.target.actor_id or event.target.name if event.target else None,
        )
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event
    return sorted(best.values(), key=lambda e: (e.evidence.start, e.evidence.trigger.start))


def introduces_someone(sent: Any, kb: KnowledgeBase) -> bool:
    """Whether the sentence can introduce a person by a title ("Ri Ryong Nam, DPRK
    ambassador to China"): only then does ``_note_people`` need the entity recogniser."""
    return bool(appositive_names(sent, kb))


def parse_units(
    units_by_doc: list[list[SentenceUnit]], texts: list[str], kb: KnowledgeBase
) -> None:
    """Parse the candidate sentences of many documents in one batched model call."""
    todo = [(u, t) for units, t in zip(units_by_doc, texts, strict=True) for u in units if u.parsed]
    docs = parse(
        (t[u.start : u.end] for u, t in todo), wants_entities=lambda d: introduces_someone(d, kb)
    )
    for unit, doc in zip([u for u, _ in todo], docs, strict=True):
        unit.parsed = doc
