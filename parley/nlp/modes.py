"""PLOVER modes a trigger's own entry does not fix, read from the words around it.

A lexicon entry gives a mode when the word alone decides it ("arrest", "expel"); this
stage fills in the mode that depends on the rest of the clause: the weapons of an
assault, what a request asks for, the medium of a consultation, what is mobilised.
"""

from __future__ import annotations

from typing import Any

from parley.nlp.lexicon import Lexicon
from parley.nlp.roles import Slots
from parley.nlp.triggers import MEDIA, Found

Token = Any  # spacy.tokens.Token

# ASSAULT modes by the weapons named, the more telling first
_WEAPONS: tuple[tuple[str, frozenset[str]], ...] = (
    ("suicide-attack", frozenset({"suicide"})),
    ("unconventional", frozenset({"chemical", "sarin", "chlorine", "nerve", "nuclear"})),
    ("drone", frozenset({"drone", "uav"})),
    ("aerial", frozenset({"airstrike", "warplane", "jet", "aircraft", "helicopter", "gunship"})),
    ("aerial", frozenset({"bomber", "plane", "air"})),
    ("heavy-weapons", frozenset({"artillery", "tank", "shell", "mortar", "rocket", "missile"})),
    ("heavy-weapons", frozenset({"howitzer", "shelling", "cannon"})),
    ("explosives", frozenset({"bomb", "bombing", "explosive", "ied", "mine", "landmine"})),
    ("explosives", frozenset({"minefield", "grenade", "blast", "explosion"})),
    ("crowd-control", frozenset({"tear", "teargas", "rubber", "baton"})),
    ("firearms", frozenset({"gun", "gunfire", "rifle", "pistol", "sniper", "bullet", "gunman"})),
    ("firearms", frozenset({"shoot", "shot", "gunmen"})),
    ("primitive", frozenset({"machete", "knife", "axe", "stone", "rock", "spear", "arson"})),
)
# REQUEST and REJECT modes by what is asked for or refused (PLOVER: yield, meet, assist;
# any other change of policy is "change")
_ASKED: tuple[tuple[str, frozenset[str]], ...] = (
    ("meet", frozenset({"meet", "meeting", "talk", "negotiate", "negotiation", "dialogue"})),
    ("meet", frozenset({"summit", "sit", "consultation", "visit"})),  # "return to talks"
    ("yield", frozenset({"release", "free", "freeing", "return", "withdraw", "withdrawal"})),
    ("yield", frozenset({"lift", "ceasefire", "truce", "pull", "reinstate", "handover"})),
    ("assist", frozenset({"aid", "help", "assist", "assistance", "support", "provide"})),
    ("assist", frozenset({"supply", "send", "protect", "relief"})),
)
# MOBILIZE modes by what is put in readiness
_MOBILISED: tuple[tuple[str, frozenset[str]], ...] = (
    ("police", frozenset({"police", "policeman", "officer", "riot"})),
    ("militia", frozenset({"militia", "militiaman", "vigilante", "volunteer"})),
    # the manual: weapons, ships or vehicles are "weapons" unless troops are named too
    ("troops", frozenset({"troop", "soldier", "force", "army", "reservist", "unit", "brigade"})),
    ("weapons", frozenset({"missile", "system", "tank", "jet", "warship", "aircraft", "rocket"})),
    ("weapons", frozenset({"weapon", "battery", "artillery", "bomber", "warplane", "submarine"})),
)


def clause_mode(
    trig: Found, event_type: str, mode: str | None, slots: Slots, lexicon: Lexicon
) -> str | None:
    """``mode`` for the trigger as coded ``event_type``, filled in from its clause."""
    if mode is not None and not (event_type == "ASSAULT" and mode == "firearms"):
        return mode
    words = _clause_words(trig, slots)
    if event_type == "ACCUSE" and trig.token.lemma_.lower() in _ACCUSING:
        # "accused Armenian forces of shelling": a deed alleged; "accused the junta of
        # playing a dirty game": disapproval
        return "allege" if _charged_with_a_deed(trig.token, lexicon) else "disapprove"
    if event_type == "ASSAULT" and {"water", "cannon"} <= words:
        return "crowd-control"  # "blasted with water cannon"
    if event_type == "ASSAULT":  # "killed in a car bombing": explosives, not the default
        return _first(_WEAPONS, words) or mode
    if event_type == "PROTEST" and _hunger_strike(trig):
        return "hunger"
    if event_type in {"REQUEST", "REJECT"}:
        asked = words - {t.lemma_.lower() for head in slots.sources for t in head.subtree}
        return _first(_ASKED, asked - {trig.token.lemma_.lower()}) or "change"
    if event_type == "SANCTION":
        return "discontinue"  # the manual's residual: curtailed exchanges, sanctions
    if event_type == "CONSULT" and (words & MEDIA or trig.entry.word_class == "message"):
        return "phone"  # "spoke by telephone", "sent a message": a remote medium
    if event_type == "MOBILIZE":
        objects = {  # "ordered the deployment of troops", "patrols by police"
            t.lemma_.lower()
            for o in trig.token.children
            if o.dep_ in {"dobj", "nsubjpass"}
            for t in o.subtree
        }  # "troops were sent": what a passive moves
        if trig.token.pos_ == "NOUN":  # "patrols by police and paramilitary soldiers"
            objects |= {
                t.lemma_.lower()
                for p in trig.token.children
                if p.dep_ == "prep" and p.lower_ in {"by", "of"}
                for t in p.subtree
            }
        return _first(_MOBILISED, objects | {trig.token.lemma_.lower()})
    return None


_ACCUSING = {"accuse", "blame", "charge"}
_DEEDS = {"ASSAULT", "COERCE", "MOBILIZE", "AID", "SANCTION", "SUPPORT"}


def _charged_with_a_deed(verb: Token, lexicon: Lexicon) -> bool:
    """What the accused is accused "of"/blamed "for" is an act of force or backing."""
    hosts = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "forces of shelling"
    for prep in (p for host in hosts for p in host.children):
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "for"}:
            continue
        for charge in prep.children:
            table = lexicon.verbs if charge.dep_ == "pcomp" else lexicon.nouns
            objects = {c.lemma_.lower() for c in charge.children if c.dep_ == "dobj"}
            for entry in table.get(charge.lemma_.lower(), ()):
                if entry.event in _DEEDS and (
                    not entry.needs_obj or objects & set(entry.needs_obj)
                ):
                    return True
    return False


def _clause_words(trig: Found, slots: Slots) -> set[str]:
    """Lemmas of the trigger's phrase, its support verb's and its doers'."""
    token = trig.token
    words = {t.lemma_.lower() for t in token.subtree}
    words |= {t.lemma_.lower() for head in slots.sources for t in head.subtree}
    if trig.support is not None:
        words |= {t.lemma_.lower() for t in trig.support.subtree}
    if token.dep_ == "acl":  # "Israeli airstrikes killed 20 people" read as a participle
        words.add(token.head.lemma_.lower())
    if token.dep_ == "xcomp":  # "air strikes continued to pound targets": the subject above
        words |= {
            t.lemma_.lower() for s in token.head.children if s.dep_ == "nsubj" for t in s.subtree
        }
    return words


def _hunger_strike(trig: Found) -> bool:
    return any(t.lower_ == "hunger" and t.head.lemma_.lower() == "strike" for t in trig.token.sent)


def _first(table: tuple[tuple[str, frozenset[str]], ...], words: set[str]) -> str | None:
    return next((mode for mode, cues in table if words & cues), None)
