"""Find trigger words in a parsed sentence and read their grammar.

A trigger is a verb or noun of the lexicon whose conditions hold in the parse
("rule" with the particle "out", "strengthen" with "relations" as object). For each
trigger this module also reads its modality: negation, future or promised action
(which turns a cooperative act into AGREE) and the verb a noun trigger leans on
("held talks", "expressed gratitude").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from parley.calendar_words import CALENDAR_WORDS
from parley.nlp.lexicon import (
    DEONTIC_MODALS,
    SPEECH_VERBS,
    WARNING_VERBS,
    WRONGFUL_MANNER,
    WRONGFUL_VERBS,
    Lexicon,
    Trigger,
)
from parley.nlp.parser import entity_type

Token = Any  # spacy.tokens.Token

_INTENT_VERBS = {
    "agree",
    "promise",
    "pledge",
    "vow",
    "swear",
    "offer",
    "hope",
    "plan",
    "want",
    "seek",
    "aim",
    "decide",
    "intend",
    "commit",
    "wish",
    "expect",
    "propose",
    "resolve",
    "look",
    "prepare",  # "the army prepared to resume shelling": not yet done
    "schedule",  # "is scheduled to meet Erdogan in January": a meeting ahead
    "slate",
}  # not "try": an attempt is the act (PLOVER: attempted assassinations are ASSAULT)
# verbs whose object act is still to come ("is preparing sanctions", "proposed talks")
_PREPARING = {
    "prepare",
    "plan",
    "propose",
    "offer",
    "promise",
    "pledge",
    "vow",
    "schedule",
    "intend",
}
_PHASE_VERBS = {"resume", "begin", "start", "continue", "restart", "step"}
_POLITE = {"wish", "like", "want"}  # "I wish to commend": the commendation itself
_CONTINUE_VERBS = {"continue", "keep", "go", "stand", "remain", "be"}
_MATERIAL_CONFLICT = {"SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
# acts that, announced for later, are threats (CAMEO 133 "threaten political dissent,
# protest" is PLOVER THREATEN): "said they would boycott all contact"
_THREATENED_ACTS = _MATERIAL_CONFLICT | {"PROTEST"}
# verbs that answer someone else's act: their object noun is that other side's act
# what a call is made by: "spoke by telephone with"
MEDIA = frozenset({"phone", "telephone", "video", "videolink", "videoconference", "teleconference"})
_NAMING_VERBS = {"call", "describe", "label", "brand", "term", "characterise", "characterize"}
RESPONSES = {"accept", "reject", "refuse", "dismiss", "ignore", "heed", "rebuff", "deny", "meet"}
_ACCEPTANCE = {"accept", "agree", "allow", "approve", "permit", "recognize", "recognise"}
_YIELDING = {"CONCEDE", "RETREAT"}
# refused when promised not to happen: "will not withdraw", "will not meet", "won't help"
_REFUSABLE = _YIELDING | {"CONSULT", "AID", "COOPERATE"}
_PROMISED_AS_AGREE = {"SUPPORT", "AID", "COOPERATE", "CONSULT"}
_OBJECT_DEPS = {"dobj", "obj", "attr", "nsubjpass", "oprd"}


@dataclass(frozen=True, slots=True)
class Found:
    """A trigger in a sentence, with what the grammar says about it."""

    token: Token
    entry: Trigger
    tokens: tuple[Token, ...]  # every word of the trigger (for the evidence span)
    support: Token | None  # the light verb a noun trigger leans on
    intended: bool  # promised, offered, willing, future
    negated: bool
    possible: bool = False  # "could suspend relations", "may impose sanctions"

    @property
    def event(self) -> str | None:
        """The PLOVER type coded for this use of the trigger."""
        entry = self.entry
        if self.negated:
            # "will not accept", "did not agree", "would not meet their demands": a refusal;
            # other negated acts are not events, nor is failing to agree on something
            if _failed(self.token):
                return None
            if entry.words[0] in _ACCEPTANCE or (self.intended and entry.event in _REFUSABLE):
                return "REJECT"  # "does not want to meet Kim": a refusal to meet
            return None
        if entry.word_class == "coop":
            # promised, or held open ("Putin and Biden could still meet"): not done yet
            return "AGREE" if self.intended or self.possible else entry.event
        if entry.word_class == "intent":
            return entry.event
        if self.intended and entry.event is not None:
            # PLOVER manual: future or promised cooperation is AGREE, an announced
            # retreat is CONCEDE, threatened force is THREATEN; "will withdraw unless
            # ..." is a conditional threat
            verb = self.support if self.support is not None else self.token
            if entry.event in _DECIDABLE and _decided(verb) and not _conditional(verb):
                return entry.event  # "decided to suspend cooperation": the sanction itself
            if _conditional(self.token) or entry.event in _THREATENED_ACTS:
                return "THREATEN"
            if entry.event in _PROMISED_AS_AGREE:
                return "AGREE"
            if entry.event == "RETREAT":
                return "CONCEDE"
        if self.possible and entry.event in _MATERIAL_CONFLICT:
            return "THREATEN"  # force or sanctions held out as possible: a threat
        if entry.coop_only:
            return None
        return entry.event


# PLOVER THREATEN modes name the threat's content: what an act held out becomes
_THREAT_MODES = {
    "PROTEST": "restrict",
    "COERCE": "restrict",
    "ASSAULT": "violence",
    "MOBILIZE": "violence",
    "SANCTION": "relations",
}
_THREAT_MODES_BY_MODE = {"arrest": "arrest", "expel": "expel", "seize": "territory"}


def threat_mode(event: str | None, mode: str | None) -> str | None:
    """The THREATEN mode for threatening an act of type ``event`` and ``mode`` (the mode
    itself if the act is a threat)."""
    if event == "THREATEN" or event is None:
        return mode
    return _THREAT_MODES_BY_MODE.get(mode or "") or _THREAT_MODES.get(event)


def _hypothetical(token: Token) -> bool:
    """In a clause of condition ("if it is attacked", "unless Israel rescinds ..."): told
    as a possibility, not as something that happened."""
    asked_for = token.dep_ == "pobj" and token.head.lower_ == "for"
    asker = token.head.head if asked_for else token.head
    askers = _ASKING_FOR if asked_for else _ASKING
    if token.pos_ == "NOUN" and token.dep_ in {"dobj", "pobj"} and asker.lemma_.lower() in askers:
        return True  # "demanded the release of", "called for the expulsion of": not yet done
    if (
        token.dep_ in {"advcl", "xcomp"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and any(
            o.dep_ == "dobj" and o.lemma_.lower() in _CALLS and o.i < token.i
            for o in token.head.children
        )
    ):
        return True  # "repeated its call on Iran to release the activists": asked for
    holders = [token]
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        holders.append(token.head.head)  # "the next round of negotiations"
    if token.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "any" or c.dep_ == "amod" and c.lower_ in _UNREAL
        for h in holders
        for c in h.children
    ):
        return True  # "a response to any Israeli attack", "a possible strike"
    if (
        token.dep_ == "pobj"
        and token.head.lower_ in {"of", "for"}
        and token.head.head.lemma_.lower() in _NEEDS
    ):
        return True  # "Nigerians in desperate need of aid": none given
    node = token
    for _ in range(5):  # "must stop ... and stop detaining immigrants": not done
        if any(c.dep_ == "aux" and c.lower_ in _DEONTIC for c in node.children):
            return True
        if node.dep_ not in {"xcomp", "conj", "pcomp", "pobj", "prep", "dobj"}:
            break
        if node.head.i == node.i:
            break
        node = node.head
    if _forecast(token) or _no_plan(token) or _only_possible(token) or _standing(token):
        return True
    node = token
    for _ in range(8):
        if node.dep_ in {"acl", "ccomp", "relcl"} and any(
            w.lower_ in {"unconfirmed", "unverified"} for c in node.head.lefts for w in c.subtree
        ):
            return True  # "unconfirmed reports that a blogger had been detained"
        if node.dep_ == "relcl" or node.dep_ == "acl" and node.tag_ in {"VBN", "VBD"}:
            return False  # "release a tanker seized by Iran": the seizure happened
        if node.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in node.children
        ):
            return True
        if node.dep_ in {"ccomp", "advcl", "csubj", "xcomp"} and any(
            m.dep_ == "mark" and m.lower_ == "whether" for m in node.children
        ):
            return True  # "it was not clear whether Russia would attend the talks"
        if node.dep_ == "xcomp" and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in node.head.children
        ):
            return True  # "Turkey has yet to approve the bid"
        if node.dep_ == "xcomp" and node.head.lemma_.lower() == "fail":
            return True  # "failed to agree on new sanctions": none agreed
        if node.dep_ in {"xcomp", "advcl"} and (
            (node.head.lemma_.lower() in _NEEDING and node.head.tag_ in {"VB", "VBP", "VBZ"})
            or (node.head.pos_ == "ADJ" and node.head.lower_ in _NECESSARY)
        ):
            return True  # "we need to monitor", "it is necessary for India to help": not done
        if (
            node.dep_ == "pcomp"
            and node.head.lower_ == "into"
            and node.head.head.lemma_.lower() in _PRESSING_INTO
        ):
            return True  # "to pressure Moscow into ending the war": not ended yet
        if (
            node.dep_ == "ccomp"
            and node.head.lemma_.lower() in _FEARING
            and any(c.dep_ == "aux" and c.lower_ in _UNREAL_AUX for c in node.children)
        ):
            return True  # "officials feared China would retaliate": a fear, no act
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _standing(token: Token) -> bool:
    """A stance the writer describes in the present ("the group also opposes Chinese
    investment", "analysts point out that India backs the base"): a standing position,
    not an act. Told by the holder ("Russia supports the proposal, Putin said") it is."""
    if token.lemma_.lower() not in _STANCE_VERBS or token.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(c.dep_ in {"aux", "neg"} for c in token.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _DECLARED for c in token.children):
        return False  # "China firmly opposes the controls": a position declared, news
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "ROOT":
        return True
    told = node.head if node.dep_ == "ccomp" else None
    return (
        told is not None
        and told.lemma_.lower() in {"point", "note", "say"}
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in _PUNDITS for c in told.children)
    )


_STANCE_VERBS = {"oppose", "back", "favor", "favour"}
_DECLARED = {"firmly", "strongly", "resolutely", "vehemently", "staunchly", "categorically"}


def _only_possible(token: Token) -> bool:
    """ "a meeting between Putin and Zelenskyy remained possible": not held, not set; "the
    prospect of tighter sanctions", "a blockade of Taiwan could cost ...": a prospect."""
    of = token.dep_ == "pobj" and token.head.lower_ == "of"
    if of and token.head.head.lemma_.lower() in _PROSPECTS:
        return True
    if token.pos_ == "NOUN" and token.dep_ == "nsubj":
        verb = token.head  # "would" only judges: "a strike on Iran would be a mistake"
        modals = _SPECULATIVE | ({"would"} if verb.lemma_.lower() == "be" else set())
        if any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
            return True
    return token.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ == "acomp" and c.lower_ in _POSSIBLE for c in token.head.children
    )


_PROSPECTS = {"prospect", "possibility", "risk", "likelihood", "chance", "spectre", "specter"}
_SPECULATIVE = {"could", "might", "may"}


_POSSIBLE = {"possible", "likely", "unlikely", "impossible", "conceivable", "doubtful"}


def _no_plan(token: Token) -> bool:
    """ "there were no plans for Putin to speak with Zelenskyy": nothing intended."""
    node = token
    for _ in range(3):
        if node.dep_ not in {"acl", "relcl", "advcl", "xcomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in _PLANS and any(
            c.dep_ == "det" and c.lower_ == "no" for c in node.children
        ):
            return True
    return False


_PLANS = {"plan", "intention", "intent", "proposal", "decision"}


def _forecast(token: Token) -> bool:
    """Told as likely, not done: "Beijing is likely to punish Taipei", "China will
    likely impose sanctions" (the writer's or an analyst's forecast), "do not believe
    China will attack" (an opinion of what will come), "a move seen as attempting to
    undermine NATO" (a reading of a move)."""
    node = token
    for _ in range(5):
        if (
            node.dep_ in {"pcomp", "pobj"}
            and node.head.lower_ == "as"
            and node.head.head.lemma_.lower() in _READING_AS
        ):
            return True  # "a move widely seen as attempting to undermine NATO": a reading
        if (
            node.dep_ == "ccomp"
            and node.head.lemma_.lower() in _OPINING
            and any(c.dep_ == "aux" and c.lower_ in _AHEAD for c in node.children)
        ):
            return True
        if node.pos_ == "VERB" and any(
            c.dep_ == "advmod" and c.lower_ in _PROBABLY for c in node.children
        ):
            return True
        if node.dep_ == "xcomp" and node.head.pos_ == "ADJ" and node.head.lower_ in _LIKELY:
            return True
        if node.dep_ == "pcomp" and any(c.lower_ in _PROBABLY for c in node.head.children):
            return True  # "possibly by restricting shipments"
        walks = {"conj", "xcomp", "pcomp", "prep"}
        if node.i == token.i and token.pos_ == "NOUN":
            walks.add("dobj")  # "is likely to attempt a major offensive": the verb's modality
        if node.dep_ not in walks or node.head.i == node.i:
            return False
        node = node.head
    return False


_LIFTING = {"lift", "ease", "relax", "remove", "scrap", "waive", "rescind", "revoke", "suspend"}
_NEEDS = {"need", "lack", "shortage", "want"}
_NEEDING = {"need", "have"}
_NECESSARY = {"necessary", "important", "essential", "vital", "crucial", "imperative"}
_DEONTIC = {"must", "should", "ought"}
_LIKELY = {"likely", "unlikely"}
_OPINING = {
    "believe",
    "think",
    "expect",
    "fear",
    "predict",
    "doubt",
    "suspect",
    "worry",
    "anticipate",
}
_AHEAD = {"will", "would", "could", "might", "may"}
_READING_AS = {"see", "view", "regard", "perceive", "interpret", "read", "portray"}
_PROBABLY = _LIKELY | {"probably", "possibly"}
_PRESSING_INTO = {"pressure", "force", "push", "coerce", "bully", "lure", "goad", "drag"}
_FEARING = {"fear", "worry", "hope", "doubt", "wonder", "speculate"}
_UNREAL_AUX = {"would", "could", "might", "may", "will"}


def _conditional(token: Token) -> bool:
    """An act made to depend on the other side's conduct: "will withdraw unless ..."."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for c in token.children
    )


# measures a state takes by deciding them: once decided or announced they are taken,
# not held out ("announced it would cease military aid", "decided to suspend talks")
_DECIDABLE = {"SANCTION"}
_DECIDING = {"decide", "announce", "order", "approve", "vote", "resolve", "agree"}


def _decided(token: Token) -> bool:
    """The act's clause is what someone decided or announced (not said or warned)."""
    node = token
    for _ in range(3):
        if node.dep_ not in {"xcomp", "ccomp", "conj"} or node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in _DECIDING and node.pos_ in {"VERB", "AUX"}:
            return True
    return False


def _child_lemmas(token: Token, deps: set[str]) -> set[str]:
    return {c.lemma_.lower() for c in token.children if c.dep_ in deps}


def _prep_pobjs(token: Token) -> list[Token]:
    return [o for p in token.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


def _measured(obj: Token) -> list[Token]:
    """What an object noun is an amount or kind of: "a state of emergency", "$500 million
    in aid"."""
    return [
        p
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ in {"of", "in"}  # "a batch of F-16 jets"
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def _objects(token: Token) -> list[Token]:
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in _OBJECT_DEPS:
            out.append(child)
            out.extend(c for c in child.children if c.dep_ == "conj")
    return out


def _released_participle(token: Token, entry: Trigger) -> bool:
    return token.dep_ == "acl" and token.tag_ == "VBN" and entry.mode in {"release", "arrest"}


def _clause_mark(token: Token, word: str) -> Token | None:
    """ "called for the Taliban to lift the ban": the parser makes "for" the mark of the
    clause it introduces, not a particle of the verb."""
    return next(
        (
            m
            for c in token.children
            if c.dep_ in {"advcl", "ccomp"} and c.i > token.i
            for m in c.children
            if m.dep_ == "mark" and m.lower_ == word
        ),
        None,
    )


def _matches(token: Token, entry: Trigger) -> tuple[Token, ...] | None:
    """The trigger's words if the entry's conditions hold for ``token``, else None."""
    words: list[Token] = [token]
    for extra in entry.words[1:]:
        match = next(  # a particle follows its verb: "on Friday called off" is no "call on"
            (
                c
                for c in token.children
                if (c.lower_ == extra or c.lemma_.lower() == extra)
                and c.i > token.i
                # "called Zelensky on Monday": a phrase of time is no particle
                and not (c.dep_ == "prep" and any(p.lower_ in CALENDAR_WORDS for p in c.children))
            ),
            None,
        ) or _clause_mark(token, extra)
        if match is None:
            return None
        words.append(match)
    if entry.needs and not (_child_lemmas(token, {"prt", "advmod", "prep"}) & set(entry.needs)):
        return None
    if entry.needs_prep and not (_prepositions(token) & set(entry.needs_prep)):
        # "held drills near Ukraine": where a noun's act happens hangs on its verb
        # ("opened a hearing Wednesday into ...": the parser hung the phrase on the verb)
        hung = _WHERE_PREPS | set(entry.targets)
        placed = _prepositions(token.head) & hung if token.dep_ == "dobj" else set()
        if token.pos_ in {"VERB", "AUX"}:
            # "fired a barrage of shells near the border": the phrase hung on the object
            objects = _objects(token)
            for obj in objects + [m for o in objects for m in _measured(o)]:
                placed |= _prepositions(obj) & hung
        voiced = (  # "Japan and Australia also voiced concern": one more disapproval
            token.dep_ == "dobj"
            and token.head.lemma_.lower() in _VOICING
            and any(c.dep_ == "advmod" and c.lower_ in ALSO for c in token.head.children)
        )
        if not placed & set(entry.needs_prep) and not voiced:
            return None
    if entry.needs_pred and not (
        # and what the object is told to do: "ordered French troops to leave"
        (_predicate_words(token) | {c.lemma_.lower() for c in token.children if c.dep_ == "xcomp"})
        & set(entry.needs_pred)
    ):
        return None
    if entry.mode == "phone" and {"oprd", "dobj"} <= {c.dep_ for c in token.children}:
        return None  # "called the president a fool": naming him, no telephone call
    if entry.needs_place and not _goes_to_a_name(token, entry):
        return None  # "came to an end", "travel to the region": no place named
    if entry.needs_obj:
        objects = (
            _objects(token)
            or [o for c in token.children if c.dep_ == "conj" for o in _objects(c)]
            # "strengthen and develop relations": a shared object
            or ([token.head] if _released_participle(token, entry) else [])
        )  # "prisoners released by Israel": the participle's noun is who is freed
        # "stand ready to strengthen ... with" keeps the object on the verb's xcomp chain
        lemmas = {o.lemma_.lower() for o in objects}
        lemmas |= {  # "martial law", "prime minister": a multiword object
            f"{c.lemma_.lower()} {o.lemma_.lower()}"
            for o in objects
            for c in o.children
            if c.dep_ in {"amod", "compound"}
        }
        lemmas |= {c.lemma_.lower() for o in objects for c in o.children if c.dep_ == "compound"}
        lemmas |= {  # "a state of emergency", "$500 million in aid"
            p.lemma_.lower() for o in objects for p in _measured(o)
        }
        lemmas |= {  # "gave the envoy 48 hours": a span of time the parser hung on the verb
            c.lemma_.lower()
            for c in token.children
            if c.dep_ == "npadvmod" and any(d.dep_ in {"nummod", "det"} for d in c.children)
        }
        if _PLACE_OBJECT in entry.needs_obj and any(
            o.pos_ == "PROPN" and entity_type(o) not in {"PERSON", "NORP"} for o in objects
        ):
            lemmas.add(_PLACE_OBJECT)  # "struck Odesa": a named place as the object
        if _PERSON_OBJECT in entry.needs_obj and any(
            o.pos_ == "PROPN" and entity_type(o) == "PERSON" for o in objects
        ):
            lemmas.add(_PERSON_OBJECT)  # "Mech Dara was released": a named person
        if not lemmas & set(entry.needs_obj):
            return None
    if entry.needs_mod and not (_child_lemmas(token, {"compound", "amod"}) & set(entry.needs_mod)):
        return None
    if entry.needs_subj and not (_subject_lemmas(token) & set(entry.needs_subj)):
        return None
    if entry.needs_pobj and not (
        {
            o.lemma_.lower()
            for host in (
                token,
                *_objects(token),
                *_prep_pobjs(token),
                *([token.head] if token.pos_ == "NOUN" and token.dep_ == "dobj" else []),
                *(c for c in token.children if c.dep_ == "advmod" and c.lower_ == "back"),
            )  # "sent him back to prison"
            # "stripped the leader of her citizenship", "respond to any attack with force"
            for p in host.children
            if p.dep_ == "prep"
            for o in (*p.children, *_prep_pobjs(p))  # "out of the question"
        }
        & set(entry.needs_pobj)
    ):
        return None
    if entry.plural_only and token.tag_ not in {"NNS", "NNPS"}:
        return None
    clause = _clause_verbs(token) if entry.needs_clause else set()
    if entry.needs_clause and not (
        clause & set(entry.needs_clause) or (clause and _ANY_CLAUSE in entry.needs_clause)
    ):
        return None
    clauses = {"xcomp"} if token.lemma_.lower() in SPEECH_VERBS else {"xcomp", "ccomp"}
    if entry.needs_xcomp and not any(c.dep_ in clauses for c in token.children):
        return None  # "told Iran to stop" asks; "told reporters that ..." reports
    return tuple(words)


def _held_hostage_in_words(verb: Token) -> bool:
    """ "Orban was holding the package hostage": a thing held hostage is a figure of
    speech; people held hostage are captives."""
    if verb.lemma_.lower() != "hold":
        return False
    for hostage in verb.children:
        if hostage.lower_ != "hostage":
            continue
        things = [c for c in hostage.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        things += [
            o
            for o in verb.children
            if o.dep_ == "dobj" and o.i != hostage.i and o.pos_ == "NOUN" and not _people(o)
        ]
        if any(not _people(t) for t in things):
            return True
    return False


def _people(noun: Token) -> bool:
    """A noun for people: "passengers", "aid workers", "the crew"."""
    return noun.lemma_.lower() in _PEOPLE or entity_type(noun) in {"PERSON", "NORP"}


_PEOPLE = {
    "passenger", "people", "person", "crew", "worker", "tourist", "civilian", "student",
    "child", "woman", "man", "hostage", "soldier", "villager", "resident", "employee",
    "journalist", "diplomat", "national", "citizen", "staff", "official", "guard", "family",
}  # fmt: skip


def _kept_from(verb: Token) -> bool:
    """An act someone is barred, stopped or kept from doing ("barring them from trading",
    "prevented the ship from docking")."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp" and prep.lower_ == "from" and prep.head.lemma_.lower() in _KEEPING_FROM
    )


_KEEPING_FROM = {"bar", "ban", "prevent", "stop", "block", "prohibit", "keep", "deter"}
_KEEPING_FROM |= {"restrain", "forbid", "exclude", "disqualify", "preclude"}


def find_triggers(sentence: Any, lexicon: Lexicon) -> list[Found]:
    """Every trigger in a parsed sentence, in text order."""
    found: list[Found] = []
    stopped: list[tuple[Token, Trigger]] = []
    unreal: set[int] = set()  # objects of acts not done ("proposed that it lift sanctions")
    paybacks: list[Found] = []  # "would pay for it": the speaker's threats
    for word in sentence:
        token = word
        lemma = token.lemma_.lower()
        answered = False  # a noun object of a response verb ("rejected an appeal by X")
        if token.pos_ in {"VERB", "AUX"} or (token.pos_ == "NOUN" and token.dep_ == "ROOT"):
            if _talked_about(token) or _met_with_reception(token) or _stands_by_words(token):
                continue
            if _kept_from(token):
                continue  # "barring them from trading with Chinese firms": not done
            if _held_hostage_in_words(token):
                continue  # "holding the aid package hostage": leverage, no captives
            if _payback(token, lexicon):
                paybacks.append(Found(token, _PAYBACK, (token,), None, False, False))
            if lemma == "host" and token.dep_ == "acl" and token.head.lemma_.lower() in SITES:
                continue  # "a base hosting American forces": no meeting
            if _refused_to_rule_out(token):
                continue  # "refused to rule out force": the force held out is the act
            if _ruling_out(token) and any(c.dep_ == "neg" for c in token.children):
                # "did not rule out sending troops": still only a possibility
                unreal.update(
                    t.i
                    for c in token.children
                    if c.dep_ in {"dobj", "xcomp", "pcomp", "ccomp"}
                    for t in c.subtree
                )
            if _held_open(token):
                # "did not rule out military action against Iran": force kept open, a threat
                found.append(Found(token, _HELD_OPEN, (token,), None, False, False))
                continue
            table = lexicon.verbs.get(lemma, ())
            if _told_as_wrongful(token):
                # "Moscow said the ships had illegally entered Russian waters": the
                # speaker's charge against the clause's doer (the act keeps its own code)
                found.append(Found(token, _WRONGFUL, (token,), None, False, _negated(token, None)))
            halted = _fighting_stopped(token, table)
            if halted is not None:
                stopped.append(halted)
                continue  # "agreed to stop fighting": a ceasefire, not a fight
        elif token.pos_ in {"NOUN", "PROPN"}:
            if token.dep_ == "compound":
                if token.head.lemma_.lower() not in _EFFORTS or token.pos_ != "NOUN":
                    continue
                # "a mediation effort between X and Y": the effort carries the act's
                # phrases, so it stands for the act
                token = token.head
            answered = token.dep_ == "dobj" and token.head.lemma_.lower() in RESPONSES
            if answered and not _authored(token):
                continue  # "accepted the demands": the demand is not this actor's
            if token.dep_ == "dobj" and any(
                c.dep_ == "prt" and c.lower_ == "off" for c in token.head.children
            ):
                continue  # "called off talks": the talks are what is cancelled
            if _named_object(token):
                continue  # "called the arrests arbitrary": the arrests are someone else's
            if token.dep_ in {"attr", "oprd"} and lemma in _DESCRIBING:
                continue  # "China is a threat to peace": a charge, not a threat made
            if _in_naming_predicate(token):
                continue  # "called the drills a rehearsal for invasion": a description
            if lemma == "warning" and any(o.lemma_.lower() in _ALERTS for o in _prep_pobjs(token)):
                continue  # "warnings of starvation": an alert, no threat
            if lemma == "fighting" and not _sides_named(token):
                continue  # "the fighting has killed 500", "agreed to end the fighting"
            if _talked_about(token):
                continue  # "talks on a ceasefire": what is talked about
            table = lexicon.nouns.get(lemma, ())
            state = _on_state(token)
            if state is not None:
                table = (state,)  # "workers went on strike against the reform"
            if token.dep_ == "dobj" and token.head.lemma_.lower() in _OBSTRUCTING:
                continue  # "sabotaged the talks", "boycotted the summit": no meeting held
            if _in_return(token):
                continue  # "freed four hostages in exchange for prisoners": a trade's terms
            ended = _ended_by(token, table)
            if ended is not None:
                stopped.append(ended)
                continue  # "halted mediation efforts": no mediation, a break
            if token.dep_ in {"dobj", "nsubjpass"} and token.head.lemma_.lower() in _LIFTING:
                continue  # "proposed that the Council lift sanctions": a lifting, no sanction
        else:
            continue
        for entry in table:
            words = _matches(token, entry)
            if words is None:
                continue
            if token is not word:
                words = (word, token)
            if (
                lemma in _EMPTY_VERBS
                and len(entry.words) == 1  # "called off a strike" means something
                and token.pos_ == "VERB"
                and _carried_noun(token, lexicon)
                and not (lemma in _NAMING_VERBS and _predicate_words(token))
            ):
                break  # "organized a strike", "launched an attack": the noun is the event
            if entry.word_class == "intent" and _promised_force(token, lexicon):
                break  # "promised severe sanctions": the sanctions, held out, are the threat
            if entry.word_class in {"message", "receive"} and _carried_noun(token, lexicon):
                # "sent a message", "received a message": the noun carries the event
                break
            if entry.word_class == "message":
                break
            if entry.event is None and entry.word_class != "coop":
                break
            if _hypothetical(token):
                if entry.needs_obj and token.pos_ in {"VERB", "AUX"}:
                    unreal.update(t.i for o in _objects(token) for t in (o, *_measured(o)))
                break  # "unless the president agrees to step down": no such act yet
            if entry.event in _MATERIAL_CONFLICT and _desired(token):
                break  # "they want to steal Citgo from us": a charge, no act
            if entry.event == "AID" and _for_a_blow(token, lexicon):
                continue  # "sent F-16 jets to bomb Cambodian targets": not aid
            if entry.event == "ASSAULT" and _tally(token):
                break  # "3,800 people have been killed since October": a statistic
            support = _support_verb(token, lexicon) if entry.pos == "NOUN" else None
            if answered:
                support = token.head  # "rejected an appeal by X": X appealed to the rejecter
            governing = support if support is not None else token.head
            if _speculated(token) or (token.pos_ == "NOUN" and _speculated(governing)):
                break  # "analysts say China could impose sanctions": nobody's act or threat
            if support is None and entry in _ON_STATES.values():
                support = token.head.head  # "remained on alert in the West Bank"
            if entry.event == "ACCUSE" and _claim_judged(token, entry):
                # "said the accusations were groundless", "called the claims baseless": a
                # charge dismissed is a rejection of it
                entry = replace(entry, event="REJECT", mode=None)
            found.append(
                Found(
                    token=token,
                    entry=entry,
                    tokens=words,
                    support=support,
                    intended=_intended(token, lexicon, support),
                    possible=_possible(support if support is not None else token),
                    negated=_negated(token, support),
                )
            )
            break
    leaving = {verb.i for verb, entry in stopped if entry.mode == "withdraw"}
    found = [f for f in found if f.token.i not in leaving]  # "walked out of the talks"
    coded = {f.token.i for f in found}
    for verb, entry in stopped:
        if verb.i not in coded:
            coded.add(verb.i)
            found.append(
                Found(
                    token=verb,
                    entry=entry,
                    tokens=(verb,),
                    support=None,
                    intended=_intended(verb, lexicon, None),
                    possible=_possible(verb),
                    negated=_negated(verb, None),
                )
            )
    # "declared a ceasefire", "imposed a curfew": a verb coded by its object is one act
    # with it; the object noun's own sense (a ceasefire in force) is not a second event
    coded_objects = {
        t.i
        for f in found
        if f.entry.needs_obj and f.token.pos_ in {"VERB", "AUX"}
        for o in _objects(f.token)
        for t in (o, *_measured(o))
    }
    found = [f for f in found if f.token.i not in coded_objects | unreal]
    obligations = _obligations(sentence)
    if obligations:
        # what someone "must" do has not happened: only the demand is an event
        clauses = {o.token.i for o in obligations}
        found = [f for f in found if not _obliged(f, clauses)]
    found = [f for f in found if not _denied(f.token)]
    # PLOVER manual: a protest's topic ("marched to demand the release of ...") is not
    # coded as a separate REQUEST
    protests = {f.token.i for f in found if f.entry.event == "PROTEST"}
    found = [f for f in found if not (f.entry.event == "REQUEST" and _topic_of(f.token, protests))]
    return sorted(_drop_subsumed(found) + obligations + paybacks, key=lambda f: f.token.i)


def _topic_of(token: Token, protests: set[int]) -> bool:
    """The demand a protest is held for ("marched ... to demand", "rallied demanding")."""
    return token.dep_ in {"advcl", "xcomp", "acl"} and token.head.i in protests


_DENYING = {"deny", "refute"}
_CLAIMS = {"claim", "accusation", "allegation", "suggestion"}


def _denied(token: Token) -> bool:
    """An act someone denies ("denied that its forces had targeted civilians", "rejected
    claims that it shelled the town"): told as untrue, not as done."""
    node = token
    for _ in range(6):
        head = node.head
        if head.i == node.i or node.dep_ not in _DENIED_LINKS:
            return False
        if node.dep_ in {"ccomp", "xcomp", "pcomp", "dobj"} and head.lemma_.lower() in _DENYING:
            return True
        if node.dep_ in {"ccomp", "acl"} and head.lemma_.lower() in _CLAIMS:
            return True  # "claims that it shelled": whoever makes them, not established
        node = head
    return False


_DENIED_LINKS = {"ccomp", "xcomp", "pcomp", "dobj", "conj", "prep", "pobj", "acl", "advcl", "amod"}


# "I believe people should allow the court process": an opinion of what others should do
_OPINING_OF_OTHERS = {"believe", "think", "feel", "insist"}
# "X said Y must ...": a demand of X on Y (PLOVER REQUEST), whatever Y is asked to do
_OBLIGATION = Trigger(("must",), "VERB", "REQUEST", None, (), "obligation")


def _obligations(sentence: Any) -> list[Found]:
    out = []
    for token in sentence:
        if token.dep_ != "ccomp" or token.pos_ not in {"VERB", "AUX"}:
            continue
        if token.head.lemma_.lower() not in SPEECH_VERBS | _OPINING_OF_OTHERS:
            continue
        modal = next(
            (c for c in token.children if c.dep_ == "aux" and c.lower_ in DEONTIC_MODALS), None
        )
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if modal is None or subject is None or subject.pos_ == "PRON":
            continue  # "we must", "it should": the speaker's own resolve, or unclear
        out.append(Found(token, _OBLIGATION, (modal, token), None, False, False))
    return out


# "Netanyahu said Iran would pay for it": the speaker's threat against who is to pay
_PAYBACK = Trigger(("pay",), "VERB", "THREATEN", None, (), "obligation")


def _payback(token: Token, lexicon: Lexicon) -> bool:
    """ "Netanyahu said Iran would pay for it", "warned Ukraine would pay a heavy price"."""
    if token.lemma_.lower() != "pay" or not _has_future_aux(token, lexicon):
        return False
    priced = any(
        (c.dep_ == "dobj" and c.lemma_.lower() == "price")
        or (c.dep_ == "advmod" and c.lower_ == "dearly")
        or (c.dep_ == "prep" and c.lower_ == "for")
        for c in token.children
    )
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    told = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERBS | WARNING_VERBS
    payer = next((c for v in (token, clause) for c in v.children if c.dep_ == "nsubj"), None)
    return priced and told and payer is not None and payer.pos_ != "PRON"  # not "it will"


def _obliged(found: Found, clauses: set[int]) -> bool:
    """The trigger is the obliged act itself ("must return", "must reach an agreement")."""
    token = found.token
    if token.i in clauses or (found.support is not None and found.support.i in clauses):
        return True
    node = token  # "must be ready to mediate", "must allow inspectors to work"
    for _ in range(4):
        if node.dep_ not in _OBLIGED_LINKS or node.head.i == node.i:
            return False
        node = node.head
        if node.i in clauses:
            return True
    return False


_OBLIGED_LINKS = {"xcomp", "dobj", "acomp", "conj", "pobj", "prep"}


def _promised_force(verb: Token, lexicon: Lexicon) -> bool:
    """A promise or pledge whose object is a hostile act ("vowed sanctions")."""
    return verb.pos_ == "VERB" and any(
        e.event in _THREATENED_ACTS
        for o in _objects(verb)
        for e in lexicon.nouns.get(o.lemma_.lower(), ())
    )


def _carried_noun(verb: Token, lexicon: Lexicon) -> bool:
    return any(o.lemma_.lower() in lexicon.nouns for o in _objects(verb))


# verbs with no meaning of their own beside an event noun (unlike "accept", "sign")
_EMPTY_VERBS = {"hold", "have", "make", "organize", "organise", "stage", "launch", "mount"}
_EMPTY_VERBS |= {"wage", "unleash", "conduct", "begin", "start", "continue", "resume", "call"}
_MESSAGE_VERBS = {"convey", "deliver", "relay", "send", "pass", "carry", "receive", "exchange"}


_TOPIC_PREPS = {"on", "about", "over", "regarding"}


def _talked_about(word: Token) -> bool:
    """ "negotiations on ending the war", "talks about withdrawing troops", "held talks
    with the Houthis on a ceasefire": the topic of talks, neither done nor promised."""
    prep = word.head
    if word.dep_ not in {"pcomp", "pobj"} or prep.lower_ not in _TOPIC_PREPS:
        return False
    host = prep.head
    if host.pos_ in {"VERB", "AUX"}:  # the parser hung the topic on "held"
        host = next((c for c in host.children if c.dep_ == "dobj"), host)
    return host.lemma_.lower() in MEETINGS


# nouns of talks held: "talks about withdrawing troops", "hosted talks between"
MEETINGS = {"talk", "talks", "meeting", "summit", "negotiation", "conference", "dialogue"}
MEETINGS |= {"discussion", "consultation"}


def _in_return(noun: Token) -> bool:
    """ "in exchange for", "in return for": what a deal gives back, not an exchange held."""
    return (
        noun.lower_ in {"exchange", "return"}
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)
    )


# verbs that keep an exchange from happening: its noun is no exchange held
_OBSTRUCTING = {"sabotage", "derail", "disrupt", "torpedo", "undermine", "obstruct", "scuttle"}
_OBSTRUCTING |= {"wreck", "jeopardize", "jeopardise", "boycott", "skip", "snub", "shun"}
# verbs that end what their object names: "halted mediation efforts", "froze cooperation"
_STOPPING = {"halt", "end", "suspend", "stop", "cancel", "freeze", "abandon", "terminate"}
_STOPPING |= {"scrap", "postpone", "cut", "sever", "discontinue", "interrupt", "revoke"}
_STOPPING |= {"annul", "rescind", "renounce", "repeal", "cease", "pause", "withhold"}
# nouns that count what follows "of": "a series of defence agreements"
QUANTITIES = {"series", "number", "set", "raft", "string", "host", "range", "couple"}
_EXCHANGES = {"CONSULT", "COOPERATE", "AID", "SUPPORT", "AGREE"}
_LEAVING = {"withdraw", "pull", "walk", "quit", "exit", "storm"}


# states one goes, is or is put "on": "went on strike", "remained on alert"
_ON_STATES = {
    "strike": Trigger(("strike",), "NOUN", "PROTEST", "strike", ("against",), "act"),
    "alert": Trigger(("alert",), "NOUN", "MOBILIZE", "troops", ("against", "in"), "act"),
}


def _on_state(noun: Token) -> Trigger | None:
    """The act of being "on strike" or "on alert", whatever words follow."""
    prep = noun.head
    verbs = {"go", "be", "remain", "stay", "come", "walk", "put", "place", "keep"}
    if noun.dep_ == "pobj" and prep.lower_ == "on" and prep.head.lemma_.lower() in verbs:
        return _ON_STATES.get(noun.lemma_.lower())
    return None


def _ended_by(noun: Token, table: tuple[Trigger, ...]) -> tuple[Token, Trigger] | None:
    """The verb that breaks off the exchange a noun names, and the act that coding it
    makes of that verb (PLOVER SANCTION discontinue, aimed where the noun was)."""
    verb = noun.head
    mode = "discontinue"
    named = noun
    if noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in QUANTITIES:
        noun, verb = verb.head, verb.head.head  # "revoked a series of defence agreements"
    if noun.dep_ == "pobj" and verb.lower_ in {"of", "from"}:
        # "pulled out of the talks", "withdrew from the negotiations"
        verb = verb.head.head if verb.head.lower_ in {"out", "away"} else verb.head
        if verb.lemma_.lower() not in _LEAVING:
            return None
        mode = "withdraw"
    elif noun.dep_ not in {"dobj", "nsubjpass"} or verb.lemma_.lower() not in _STOPPING:
        return None
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    entry = next((e for e in table if e.event in _EXCHANGES), None)
    if entry is None:
        return None
    return verb, Trigger(
        words=(verb.lemma_.lower(),),
        pos="VERB",
        event="SANCTION",
        mode=mode,
        targets=entry.targets,
        word_class="act",
        needs_obj=(noun.lemma_.lower(), named.lemma_.lower()),
        curated=False,  # read off the grammar, not a listed word: less sure
    )


# how a plan or a move is received: "met with opposition from China" is no meeting
_RECEPTIONS = {"opposition", "resistance", "criticism", "condemnation", "skepticism"}
_RECEPTIONS |= {"scepticism", "anger", "outrage", "protest", "approval", "praise", "silence"}
_RECEPTIONS |= {"derision", "dismay", "concern", "alarm", "backlash", "rejection", "hostility"}


# what one stands by that is one's own say, not a side: "stood by its criticism of Iran"
_OWN_WORDS = {"criticism", "remark", "comment", "statement", "decision", "position", "claim"}
_OWN_WORDS |= {"assessment", "report", "word", "accusation", "view", "stance", "finding"}


def _stands_by_words(verb: Token) -> bool:
    return verb.lemma_.lower() == "stand" and any(
        o.lemma_.lower() in _OWN_WORDS for o in _prep_pobjs(verb) if o.head.lower_ == "by"
    )


def _met_with_reception(verb: Token) -> bool:
    return verb.lemma_.lower() == "meet" and any(
        o.lemma_.lower() in _RECEPTIONS for o in _prep_pobjs(verb) if o.head.lower_ == "with"
    )


# dangers a warning may be of, which no one threatens: "warnings of famine"
_ALERTS = {"starvation", "famine", "hunger", "danger", "risk", "crisis", "collapse", "disaster"}
_ALERTS |= {"catastrophe", "outbreak", "shortage", "flood", "storm", "drought", "recession"}
_ALERTS |= {"epidemic", "pandemic", "heatwave", "cyclone", "hurricane", "typhoon", "tsunami"}
_DESCRIBING = {"threat", "menace", "danger"}  # what someone is called, not does
_WRONGFUL = Trigger(
    words=("@wrongful",),
    pos="VERB",
    event="ACCUSE",
    mode="allege",
    targets=(),
    word_class="verdict",
    curated=False,
)


def _claim_judged(verb: Token, entry: Trigger) -> bool:
    """A verdict or a naming that judges a claim ("the accusations were groundless")."""
    if entry.word_class == "verdict":
        judged = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    elif verb.lemma_.lower() in _NAMING_VERBS:
        judged = _objects(verb)
    else:
        return False
    return any(j.lemma_.lower() in _CLAIM_NOUNS for j in judged)


_CLAIM_NOUNS = {"accusation", "allegation", "claim", "charge", "assertion", "rumour", "rumor"}
_CLAIM_NOUNS |= {"report", "suggestion", "speculation", "insinuation"}


def _in_naming_predicate(noun: Token) -> bool:
    """A noun inside what a naming verb calls its object ("called the drills a rehearsal
    for invasion", "described the sanctions as an act of war"), not the name itself."""
    node = noun
    for _ in range(4):
        if node.dep_ not in {"pobj", "prep"} or node.head.i == node.i:
            break
        node = node.head
    if node.i == noun.i:
        return False  # the predicate word itself is judged elsewhere ("a provocation")
    if node.dep_ in {"oprd", "attr"} and node.head.lemma_.lower() in _NAMING_VERBS:
        return True
    return (
        node.dep_ == "prep" and node.lower_ == "as" and node.head.lemma_.lower() in _NAMING_VERBS
    ) or (
        node.dep_ == "pobj"
        and node.head.lower_ == "as"
        and node.head.head.lemma_.lower() in _NAMING_VERBS
    )


def _told_as_wrongful(verb: Token) -> bool:
    """A reported act told with a manner that charges its doer ("had illegally entered",
    "attempted to unilaterally change the status quo")."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    if verb.lemma_.lower() in WRONGFUL_VERBS:
        # "the U.S. tariffs violate WTO rules," a spokesperson said (not "it violates":
        # whose act "it" is lies outside the sentence)
        return not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)
    clause = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(
        m.dep_ == "advmod" and m.lower_ in WRONGFUL_MANNER for v in clause for m in v.children
    )


# places that house forces: "a base hosting American forces" ("bases" has the lemma "basis")
SITES = frozenset({"base", "basis", "camp", "facility", "outpost", "compound", "garrison"})
SITES |= {"airbase", "post"}
_HALTING = {"stop", "cease", "halt", "end", "quit", "suspend"}


def _fighting_stopped(verb: Token, table: tuple[Trigger, ...]) -> tuple[Token, Trigger] | None:
    """ "agreed to stop fighting", "ceased shelling the city": the stopping verb is a
    ceasefire (PLOVER RETREAT, CONCEDE when only promised), aimed where the attack was."""
    head = verb.head
    if not (verb.dep_ == "xcomp" and verb.tag_ == "VBG" and head.lemma_.lower() in _HALTING):
        return None
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    if not any(e.event == "ASSAULT" and not e.needs_obj and len(e.words) == 1 for e in table):
        return None  # a verb of fighting itself, not "stopped using heavy weapons"
    return head, Trigger(
        words=(head.lemma_.lower(),),
        pos="VERB",
        event="RETREAT",
        mode="ceasefire",
        targets=("against", "on", "with"),
        word_class="act",
        curated=False,
    )


def _support_verb(noun: Token, lexicon: Lexicon) -> Token | None:
    """The light verb a noun trigger is the object of: 'held talks', 'sent a message of thanks'."""
    token = noun
    # "a message of thanks": the outer noun's verb
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        token = token.head.head
    if token.dep_ == "conj" and token.head.dep_ in _OBJECT_DEPS:
        token = token.head
    verb = token.head
    if token.dep_ not in _OBJECT_DEPS or verb.pos_ not in {"VERB", "AUX"}:
        return None
    lemma = verb.lemma_.lower()
    if lemma in lexicon.light_verbs or lemma in _MESSAGE_VERBS or lemma in _INTENT_VERBS:
        return verb
    return None


def _for_a_blow(verb: Token, lexicon: Lexicon) -> bool:
    """Sent for a hostile purpose and to no one: "sent fighter jets to bomb targets" (not
    "sent weapons to Ukraine to fight Russian forces": Ukraine fights)."""
    if any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in verb.children):
        return False
    return any(
        clause.dep_ in {"xcomp", "advcl"}
        and any(e.event in _MATERIAL_CONFLICT for e in lexicon.verbs.get(clause.lemma_.lower(), ()))
        for clause in verb.children
    )


def _tally(verb: Token) -> bool:
    """A running count with no doer: "more than 3,800 people have been killed since
    October", "14 people have been killed since the fighting broke out"."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(
        c.lower_ == "since"
        and c.dep_ in {"prep", "mark"}
        or c.dep_ == "advcl"
        and any(m.lower_ == "since" for m in c.children)
        for c in verb.children
    )


def _authored(noun: Token) -> bool:
    """A proposal or demand whose author the phrase names: "an appeal by the British and
    French foreign ministers", "a call from the UN"."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in {"by", "from"}
        and any(o.dep_ == "pobj" for o in prep.children)
        for prep in noun.children
    )


def _desired(token: Token) -> bool:
    """Wanted by someone other than the speaker: "Russia wants to attack Moldova"."""
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_.lower() in _POLITE and not _polite(head)


def _polite(verb: Token) -> bool:
    """ "I wish to commend", "we want to thank": a speaker's courtesy, the act itself (not
    "they want to steal Citgo")."""
    return verb.lemma_.lower() in _POLITE and any(
        c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in verb.children
    )


def _intended(token: Token, lexicon: Lexicon, support: Token | None) -> bool:
    """Promised, offered, wished for or future: 'will increase', 'is willing to work'."""
    if support is not None and token.dep_ == "dobj" and support.lemma_.lower() in _PREPARING:
        return True  # "the EU is preparing new sanctions", "offered talks": not yet done
    node = support if support is not None else token
    for _ in range(6):
        if _has_future_aux(node, lexicon):
            return True
        head = node.head
        if node.dep_ == "ccomp" and node.i < head.i and _subordinate(head):
            return False  # "X imposed sanctions after the junta proposed ...": misparsed
        if node.dep_ in {"xcomp", "ccomp"} and head.i != node.i:
            if head.lemma_.lower() in _INTENT_VERBS and not _polite(head):
                return True
            if head.lower_ in lexicon.intent_adjectives:
                return True
            if head.lemma_.lower() in _CONTINUE_VERBS | _PHASE_VERBS | _UNHESITATING | {"help"}:
                node = head  # "to help defend": as promised as what it helps
                continue
            if head.pos_ == "ADJ":
                return head.lower_ in lexicon.intent_adjectives
            # "a deal that would see Hezbollah pull its forces back": what it would bring
            return head.lemma_.lower() == "see" and any(
                c.dep_ == "aux" and c.lower_ in {"would", "will", "could"} for c in head.children
            )
        if node.dep_ in {"acl", "relcl"} and head.lemma_.lower() in lexicon.intent_nouns:
            return True
        if (
            node.dep_ == "advcl"
            and head.lemma_.lower() in _INTENT_VERBS - _POLITE
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        ):
            return True  # "have sworn to fight": an infinitive the parser hung as a purpose
        if (
            node.dep_ in {"advcl", "xcomp"}
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            and any(
                c.dep_ in {"attr", "dobj"} and c.lemma_.lower() in lexicon.intent_nouns
                for c in head.children
            )
        ):
            return True  # "it is our position to strengthen ...", not "bombed positions as"
        if node.dep_ in {"pobj", "pcomp"} and (
            head.head.lemma_.lower() == "forward"
            or any(c.lower_ == "forward" for c in head.head.children)
        ):
            return True  # "looks forward to his meeting with me"
        if node.dep_ in {"dobj", "pobj"} and head.lemma_.lower() in _INTENT_VERBS - {"look"}:
            return True
        if node.dep_ == "dobj" and head.lemma_.lower() in _PHASE_VERBS:
            node = head  # "prepared to resume shelling": as intended as its resumption
            continue
        if (
            node.dep_ == "pobj"
            and head.lower_ in {"in", "of"}
            and head.head.dep_ == "dobj"
            and head.head.head.lemma_.lower() in _INTENT_VERBS - {"look"}
        ):
            return True  # "pledged $1 billion in aid": as promised as the sum
        if node.dep_ == "pobj" and head.lower_ in _WHEN_PREPS:
            return False  # "agreed to a truce after talks in Moscow": the talks took place
        if (
            node.dep_ == "pobj"
            and head.lower_ in {"for", "of"}
            and head.head.lemma_.lower() in PROPOSALS
        ):
            return True  # "accepted a proposal for a truce": the truce is yet to come
        if (  # "agreed to a ceasefire", "committed to talks" (not "agreed at a summit")
            node.dep_ == "pobj"
            and head.dep_ == "prep"
            and head.lower_ not in {"at", "in", "during"}
            and head.head.lemma_.lower() in _INTENT_VERBS - {"look"}
        ):
            return True
        if node.dep_ == "conj" and head.i != node.i:
            node = head
            continue
        if node.dep_ in {"pcomp", "pobj"} and head.lower_ == "including" and head.head.i != head.i:
            # "would take countermeasures, including removing Japan from its list"
            owner = head.head
            node = owner.head if owner.dep_ in {"dobj", "pobj", "attr"} else owner
            continue
        if node.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children
        ):
            node = head  # "willing to send material to help": a purpose shares its act's frame
            continue
        if node.dep_ in {"pcomp", "pobj", "prep"} and head.i != node.i:
            node = head
            continue
        return node.dep_ in {"acomp", "oprd"} and node.lower_ in lexicon.intent_adjectives
    return False


_POSSIBILITY = {"could", "may", "might"}


_ASKING = {"demand", "seek", "request", "want"}  # "demanded the release of X"
_CALLS = {"call", "appeal", "demand", "plea", "request", "ultimatum"}
_ASKING_FOR = {"call", "press", "push", "ask", "appeal", "plead"}  # "called for the expulsion"
_PUNDITS = {"analyst", "expert", "observer", "commentator", "economist", "scholar", "researcher"}


def _speculated(token: Token) -> bool:
    """An act commentators say could or might happen: "analysts say China could impose
    sanctions on Lithuania" (a guess, not China's threat)."""
    if not _possible(token):
        return False
    node = token
    for _ in range(4):
        if node.dep_ not in {"ccomp", "xcomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in SPEECH_VERBS | {"warn", "predict", "expect", "believe"}:
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in _PUNDITS for c in node.children)
    return False


def _possible(token: Token) -> bool:
    """Held out as possible: "could suspend", "may be forced to impose"."""
    node = token
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY for c in node.children):
            return True
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head
    return False


def _has_future_aux(token: Token, lexicon: Lexicon) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in lexicon.future_auxiliaries for c in token.children)


_TIME_WORDS = CALENDAR_WORDS | {
    "day", "night", "morning", "afternoon", "evening", "weekend", "occasion",
}  # fmt: skip


def _clause_verbs(token: Token) -> set[str]:
    """Verbs of the "to" clauses under a word or its objects ("gave the envoy 72 hours to
    leave": leave)."""
    hosts = [token, *(c for c in token.children if c.dep_ == "dobj")]
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        hosts.append(token.head)  # "repeated its call on Iran to release ...": on the verb
    return {
        c.lemma_.lower()
        for host in hosts
        for c in host.children
        if c.dep_ in {"xcomp", "advcl", "relcl", "acl", "ccomp"}
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    }


def _predicate_words(verb: Token) -> set[str]:
    """What a verb of naming calls its object: "called the move reckless", "called the
    attack barbarism", "described the visit as a provocation"."""
    heads = [c for c in verb.children if c.dep_ in {"oprd", "acomp", "attr"}]
    heads += [  # "amounted to illegal interference"
        p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
        if p.dep_ == "pobj"
    ]  # fmt: skip
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    heads += [o for o in objects if any(c.dep_ == "nmod" for c in o.children)]
    # "called the firing a provocation" parsed as an object of the object; "called the move
    # 'very reckless'" with the predicate read as a modifier after its noun
    heads += [c for o in objects for c in o.children if c.dep_ == "dobj"]
    heads += [c for o in objects for c in o.children if c.dep_ == "amod" and c.i > o.i]
    # "called the pact deeply concerning", the adjective read as a participle of the noun
    participles = [c for o in objects for c in o.children if c.dep_ == "acl" and c.tag_ == "VBG"]
    # "called Zelensky a dictator": the predicate read as an apposition (no comma between)
    heads += [
        c
        for o in objects
        for c in o.children
        if c.dep_ == "appos" and c.i == o.i + 2 and o.doc[o.i + 1].lower_ in {"a", "an", "the"}
    ]
    # "declared two diplomats persona non grata" parsed as a small clause
    small = [
        c
        for c in verb.children
        if c.dep_ == "ccomp" and not any(m.dep_ in {"mark", "aux", "auxpass"} for m in c.children)
    ]
    heads += small + [o for c in small for o in c.children if o.dep_ == "dobj"]
    for host in (verb, *objects):
        for prep in host.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":  # "as illegitimate" is often
                heads += [c for c in prep.children if c.dep_ in {"pobj", "amod"}]  # amod
    words = {h.lemma_.lower() for h in heads} | {p.lower_ for p in participles}
    words |= {c.lemma_.lower() for h in heads for c in h.children if c.dep_ in {"amod", "compound"}}
    return words


def _named_object(token: Token) -> bool:
    """An act noun a verb of naming only names: "called the arrests arbitrary"."""
    head = token.head
    if token.dep_ == "nmod" and head.dep_ == "dobj":
        head = head.head
    elif token.dep_ != "dobj":
        return False
    return head.lemma_.lower() in _NAMING_VERBS and bool(_predicate_words(head))


def _goes_to_a_name(token: Token, entry: Trigger) -> bool:
    """A visit trigger's "to" phrase names a place or party ("came to Beijing")."""
    return any(
        o.dep_ == "pobj" and o.pos_ == "PROPN"
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in entry.targets
        for o in prep.children
    )


def _subordinate(verb: Token) -> bool:
    """A verb of a time or cause clause ("after the junta proposed ...")."""
    return any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in verb.children)


_SUBORDINATORS = {"after", "before", "when", "because", "as", "since", "while", "until", "once"}


_WHERE_PREPS = {"around", "near", "off"}
_UNREAL = {"possible", "potential", "eventual", "future", "hypothetical", "planned", "next"}
_UNREAL |= {"upcoming", "forthcoming", "proposed"}


def _subject_lemmas(token: Token) -> set[str]:
    """The subject's lemmas; for an infinitive of purpose with none, those of the object it
    says what for ("sending warships to encircle the island")."""
    own = _child_lemmas(token, {"nsubj"})
    if own & _RELATIVE_PRONOUNS and token.dep_ == "relcl":
        # "a barrage of rockets that hit the town": the noun the clause hangs on, and what
        # it is a volley of
        own = {token.head.lemma_.lower()} | {p.lemma_.lower() for p in _measured(token.head)}
    if not own and token.dep_ == "acl" and token.head.dep_ == "ROOT":
        # "Hundreds of protesters massed outside ...", read as a participle of its doers
        return {token.head.lemma_.lower()}
    if own or token.dep_ != "advcl":  # not "ordered troops to leave": told, not done
        return own
    return _child_lemmas(token.head, {"dobj"})


_RELATIVE_PRONOUNS = {"that", "which", "who"}
_VOICING = {"voice", "express", "raise", "share", "echo"}
ALSO = frozenset({"also", "too", "likewise", "similarly"})  # "one more of the same"
_ANY_CLAUSE = "@any"  # needs_clause marker: any "to" clause ("its call to X to drop ...")
_PLACE_OBJECT = "@place"  # needs_obj marker: the object is a named place
_PERSON_OBJECT = "@person"  # needs_obj marker: the object is a named person
_EFFORTS = {"effort", "mission", "bid", "attempt", "initiative", "role", "push", "drive", "offer"}
_EFFORTS |= {"package"}  # "a military aid package for Ukraine"
PROPOSALS = frozenset({"proposal", "plan", "offer", "call", "bid", "initiative", "push", "roadmap"})
_WHEN_PREPS = {"after", "following", "during", "since", "despite", "amid", "throughout", "in"}


def _prepositions(token: Token) -> set[str]:
    """The prepositions a trigger governs, not counting time phrases ("fired on Friday"),
    counting those under a medium ("spoke by telephone with")."""
    preps = {c for c in token.children if c.dep_ in {"prep", "dative"} and not _when(c)}
    for by in [p for p in preps if p.lower_ == "by"]:
        for medium in by.children:
            if medium.dep_ == "pobj" and medium.lemma_.lower() in MEDIA:
                preps |= {c for c in medium.children if c.dep_ == "prep"}
    return {p.lower_ for p in preps}


def _when(prep: Token) -> bool:
    """A preposition that only says when: "on Friday", "on the night of ..."."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(
        o.lower_ in _TIME_WORDS or (o.like_num and o.lower_ not in _LARGE_AMOUNTS) for o in objects
    )


# a number that is an amount, not a day or a year: "tariffs on $200 billion of goods"
_LARGE_AMOUNTS = {"million", "billion", "trillion", "mln", "bln", "bn"}


_SHARES = {"part", "role"}


_UNHESITATING = {"hesitate", "rule"}  # "would not hesitate to", "did not rule out"


def _failed(token: Token) -> bool:
    """ "EU ambassadors failed to agree on sanctions": it did not happen, no one refused."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() == "fail"


def _no_longer(token: Token) -> bool:
    """ "will no longer recognize Farmajo": not any more."""
    return (
        token.dep_ == "advmod"
        and token.lower_ == "longer"
        and any(c.lower_ == "no" for c in token.children)
    )


def _negated(token: Token, support: Token | None) -> bool:
    above = token.head if token.dep_ == "xcomp" else None
    if above is not None and above.lemma_.lower() in _UNHESITATING:
        above = None  # "would not hesitate to use force": it would
    # "is not willing to meet": the copula over the intent adjective carries the "not"
    willing = above.head if above is not None and above.pos_ == "ADJ" else None
    for node in (token, support, above, willing):
        if node is not None and any(c.dep_ == "neg" or _no_longer(c) for c in node.children):
            return True
    if _neither_nor(token):
        return True  # "would neither accept nor recognize the decision"
    if _or_under_negation(token):
        return True  # "agreed not to threaten or use force"
    for node in (token, support):
        if node is not None and node.dep_ == "xcomp" and node.head.lemma_.lower() == "fail":
            return True  # "failed to reach agreement": it did not happen
        if node is not None and node.dep_ == "pcomp" and node.head.lower_ == "without":
            return True  # "left hours later without meeting him"
    if token.pos_ == "NOUN" and token.dep_ == "pobj":
        taking = token.head.head  # "did not take part in the talks", "played no role in"
        if taking.lemma_.lower() in _SHARES:
            taking = taking.head
        took_part = any(c.dep_ == "dobj" and c.lemma_.lower() in _SHARES for c in taking.children)
        if took_part and any(c.dep_ == "neg" for c in taking.children):
            return True
    return any(c.lower_ in {"no", "never"} and c.dep_ == "det" for c in token.children)


def _or_under_negation(token: Token) -> bool:
    """A verb joined by "or" to a negated one shares its "not": "not to threaten or use
    force", "did not confirm or deny"; not after "but" ("did not attend but sent ...")."""
    if token.dep_ != "conj" or token.pos_ != "VERB":
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "neg"} for c in token.children):
        return False
    head = token.head
    joined_by_or = any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in head.children)
    return joined_by_or and any(c.dep_ == "neg" for c in head.children)


_HELD_OPEN = Trigger(("rule", "out"), "VERB", "THREATEN", None, ("dobj",), "act")
_FORCE_WORDS = {"force", "action", "strike", "attack", "invasion", "sanction", "option", "war"}
_FORCE_WORDS |= {"intervention", "retaliation", "response", "annexation", "use", "operation"}


def _ruling_out(verb: Token) -> bool:
    return verb.lemma_.lower() == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


def _force_kept(verb: Token) -> bool:
    """What is (not) ruled out is force or a hostile measure ("using military force")."""
    for obj in verb.children:
        if obj.dep_ in {"dobj", "xcomp", "pcomp", "ccomp"}:
            words = {t.lemma_.lower() for t in obj.subtree}
            if words & _FORCE_WORDS:
                return True
    return False


def _held_open(verb: Token) -> bool:
    """ "did not rule out", "refused to rule out", "would not rule out" force."""
    if not _ruling_out(verb) or not _force_kept(verb):
        return False
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"refuse", "decline"}
    return refused or any(c.dep_ == "neg" for c in verb.children)


def _refused_to_rule_out(verb: Token) -> bool:
    return verb.lemma_.lower() in {"refuse", "decline"} and any(
        c.dep_ == "xcomp" and _held_open(c) for c in verb.children
    )


def _sides_named(noun: Token) -> bool:
    """Fighting told with its sides: "fighting between A and B", "fighting with rebels",
    "fighting erupted between A and B"."""
    preps = _prepositions(noun)
    if noun.dep_ == "nsubj":
        preps |= _prepositions(noun.head)
    return bool(preps & {"between", "with", "against"})


def _neither_nor(token: Token) -> bool:
    """ "neither accept nor recognize": both verbs of the pair are denied."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in token.children):
        return True
    head = token.head
    return (
        token.dep_ == "conj"
        and any(c.dep_ == "cc" and c.lower_ == "nor" for c in head.children)
        and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in head.children)
    )


_FORGONE = {"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE", "REJECT", "ACCUSE"}


def _drop_subsumed(found: list[Found]) -> list[Found]:
    """An intent verb whose complement is itself a trigger codes nothing of its own."""
    heads = {f.token.i for f in found}
    # "agreed not to use force": a promise to forgo a hostile act is itself the event
    # (AGREE); "vowed not to return the land" stays the refusal its complement codes
    done = {f.token.i for f in found if not (f.negated and f.entry.event in _FORGONE)}
    ceasefires = {f.token.i for f in found if f.entry.mode == "ceasefire"}
    out = []
    for f in found:
        if (
            f.entry.word_class == "intent"
            and any(c.i in heads for c in f.token.children if c.dep_ in {"xcomp", "ccomp", "dobj"})
            and f.entry.event != "AGREE"
        ):
            continue
        if f.entry.word_class == "intent" and any(
            c.i in done for c in f.token.children if c.dep_ in {"xcomp", "ccomp"}
        ):
            continue
        if f.entry.word_class == "intent" and any(
            g.i in ceasefires
            for c in f.token.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children
        ):
            continue  # "agreed to a ceasefire": a declared ceasefire is the event (CONCEDE)
        out.append(f)
    return out
