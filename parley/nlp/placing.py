"""Where an event happened: the place its own phrase names, else its sentence's main
clause, else (in the extractor) the story's dateline or its scene."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from parley.model import Actor, Event, Place
from parley.nlp.lexicon import SPEECH_VERBS
from parley.nlp.triggers import Found


def event_place(
    places: list[tuple[Place, Any]],
    source: Actor,
    target: Actor | None,
    anchors: list[Any] | None,
    *,
    main: bool = False,
) -> Place | None:
    """The finest place (a city before a region or country: "the Black Sea port of Odesa")
    that is not an actor's own mention and, given ``anchors``, hangs under one of them in
    the parse (None: anywhere in the sentence); with ``main``, not inside a clause of its
    own ("... after envoys held talks in Seoul")."""
    hangs = in_clause if main else under
    # the source's own name is no place ("Beijing said"); a target may be ("struck Odesa")
    taken = [(a.mention.start, a.mention.end) for a in (source,) if a.mention]
    found = [
        place
        for place, token in places
        if place.mention
        and not any(s <= place.mention.start < e for s, e in taken)
        and (anchors is None or any(hangs(token, anchor) for anchor in anchors))
    ]
    return min(found, key=lambda p: _COARSENESS.get(p.precision or "", 2), default=None)


_COARSENESS = {"city": 0, "province": 1, "region": 2, "country": 3}

# acts done on the ground, in the target's country (a strike, an arrest, a withdrawal)
GROUND_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID"})
_MET = frozenset({"CONSULT", "COOPERATE", "AGREE"})  # done together, in either's country


def story_scene(named: Sequence[Place], event: Event) -> Place | None:
    """The scene of an event its sentence does not place: the finest place below a
    country that the story names ("in", "at", "near" ...), first named first, in the
    target's country for an act on the ground, in either side's for a meeting or a deal,
    else (words) in the speaker's."""
    target = event.target.country if event.target else None
    countries: set[str | None] = {event.source.country}
    if event.event in GROUND_ACTS and target:
        countries = {target}
    elif event.event in _MET:
        countries = {event.source.country, target} - {None}
    found = [p for p in named if p.country in countries and p.precision != "country"]
    return min(found, key=lambda p: _COARSENESS.get(p.precision or "", 2), default=None)


def place_of_act(trig: Found, places: list[tuple[Place, Any]]) -> str | None:
    """The country of a place the act's own phrase names ("killed two soldiers near
    Samarra"), not one elsewhere in the sentence ("a peace deal signed in Algiers")."""
    anchors = [trig.token] + ([trig.support] if trig.support is not None else [])
    for place, token in places:
        if place.country and any(in_clause(token, a) for a in anchors):
            return place.country
    return None


def in_clause(token: Any, anchor: Any) -> bool:
    """``token`` under ``anchor`` without crossing into a clause of its own."""
    node = token
    for _ in range(40):
        if node.i == anchor.i:
            return True
        if node.head.i == node.i or (node.dep_ in _OWN_CLAUSES and node.pos_ in {"VERB", "AUX"}):
            return False
        node = node.head
    return False


_OWN_CLAUSES = {"conj", "ccomp", "advcl", "relcl"}


def with_the_speaker(place: Any) -> bool:
    """A place that locates who reports the news ("officials in Nairobi said")."""
    speaker = place.head.head
    return speaker.dep_ == "nsubj" and speaker.head.lemma_.lower() in SPEECH_VERBS


def under(token: Any, anchor: Any) -> bool:
    """Is ``token`` in the subtree of ``anchor``?"""
    node = token
    for _ in range(40):
        if node.i == anchor.i:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False
