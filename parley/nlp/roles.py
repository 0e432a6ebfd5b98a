"""Source, target and intermediary of a trigger, read off the dependency parse.

Sources come from the subject (or the ``by`` agent of a passive), climbing through
infinitives, conjuncts and clauses when the trigger has none ("willing to work with":
the subject of "willing"); nouns take their possessor, a "between X and Y" pair, or
the subject of the verb they lean on. Targets come from the slots the lexicon names
(object, "with", "to", ...). A message's sender is its "from"/"of" phrase; whoever
carries it is the intermediary.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from parley.calendar_words import CALENDAR_WORDS
from parley.nlp.lexicon import PUNISHING_VERBS, WARNING_VERBS
from parley.nlp.lexicon import SPEECH_VERBS as _SPEECH
from parley.nlp.parser import DASHES, entity_type
from parley.nlp.triggers import MEDIA, MEETINGS, PROPOSALS, QUANTITIES, RESPONSES, SITES, Found

Token = Any

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_CLIMB = {
    "xcomp",
    "conj",
    "advcl",
    "acl",
    "relcl",
    "pcomp",
    "ccomp",
    "acomp",
    "oprd",
    "dobj",
    "pobj",
    "prep",
    "attr",
    "npadvmod",
    "appos",
}
# people who do what an "-ing" phrase after them says ("troops guarding the border")
_PEOPLE_NOUNS = {
    "demonstrator",
    "protester",
    "protestor",
    "student",
    "worker",
    "militant",
    "rebel",
    "soldier",
    "troop",
    "police",
    "policeman",
    "officer",
    "activist",
    "supporter",
    "villager",
    "resident",
    "farmer",
    "fighter",
    "guerrilla",
    "insurgent",
    "crowd",
    "mob",
    "settler",
    "refugee",
    "people",
    "youth",
    "gunman",
    "force",
    "militia",
    "group",
}
# "used tear gas to disperse", "took steps to ease": the subject does the second act
_SUBJECT_CONTROL = {"use", "employ", "utilize", "utilise", "take", "make", "spend", "need"}
# "summoned the envoy to protest", "visited Kyiv to show support": the subject's purpose
_SUBJECT_CONTROL |= {"summon", "convene", "visit", "meet", "host", "receive"}
_EXPLETIVES = {"it", "this", "that", "there", "which", "who", "what"}


def reported_clause(verb: Token) -> Token:
    """The clause a verb's report hangs from: itself, or for a second "that" clause the
    parser joined to the first ("said the boats had entered ... and that it had taken
    measures"), the first."""
    clause = verb
    while clause.dep_ == "conj" and any(c.dep_ == "mark" for c in clause.children):
        clause = clause.head
    return clause


def _expletive(subject: Token) -> bool:
    """A subject that names no one ("it is clear that"); but "it" doing something to an
    object ("said it had detected 32 aircraft") stands for whoever said so."""
    if subject.lower_ not in _EXPLETIVES:
        return False
    verb = subject.head
    clause = reported_clause(verb)
    teller = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    doing = (
        subject.lower_ == "it"
        and verb.pos_ == "VERB"
        and clause.dep_ == "ccomp"
        and any(c.dep_ == "dobj" for c in verb.children)
        # a teller the text names ("Taiwan's defense ministry said it ..."); "the ministry
        # said it ..." is left to the teller's own placing
        and teller is not None
        and any(t.pos_ == "PROPN" for t in teller.subtree)
    )
    return not doing


_HOLDER_NOUNS = {
    "position",
    "willingness",
    "readiness",
    "commitment",
    "intention",
    "desire",
    "hope",
    "determination",
    "plan",
}


_AIMED_PREPS = {"at", "against"}
# a stance held, whose possessor is its holder, not its object ("the EU's commitment to")
_STANCE_NOUNS = frozenset({"commitment", "solidarity", "support", "backing", "determination"})
# acts named by a noun whose possessor is the one they are done to ("his arrest")
_PATIENT_NOUNS = {
    "abduction",
    "kidnapping",
    "arrest",
    "detention",
    "killing",
    "murder",
    "assassination",
    "execution",
    "capture",
    "imprisonment",
    "deportation",
    "expulsion",
    "release",
}
_PERSONAL_POSSESSIVES = {"his", "her", "their", "its"}


@dataclass(frozen=True, slots=True)
class Slots:
    """Token heads for each role; pairs come from "between X and Y"."""

    sources: tuple[Token, ...]
    targets: tuple[Token, ...]
    target_subtrees: tuple[Token, ...]  # object phrases to search for actors inside
    intermediaries: tuple[Token, ...]
    pair: tuple[Token, ...]  # "the meeting between Xi and Kim": both sides
    source_via_climb: bool
    has_target_slot: bool
    # "threw stones at soldiers": who an act is aimed at, tried when the listed slots
    # name no actor
    aimed_at: tuple[Token, ...] = ()
    # "demanded that the US cancel ...", "threatened to cut off power to Nakhichevan":
    # who the act's complement clause is about, tried last
    complement: tuple[Token, ...] = ()
    alleged: bool = False  # "accused Russia of shelling": the doer is the accused

    @property
    def pronoun_target(self) -> bool:
        """The target slot holds only a pronoun ("appreciation to it", "with you")."""
        return bool(self.targets) and all(t.pos_ == "PRON" for t in self.targets)


def speech_subject(sentence: Any) -> Token | None:
    """The subject of the sentence's speech verb ("Xi said ...", "..., Lu added")."""
    for token in sentence:
        if token.lemma_.lower() in _SPEECH and token.pos_ in {"VERB", "AUX"}:
            if any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in token.children):
                continue  # "wrote to me", "said to him": correspondence, not a quote's frame
            for child in token.children:
                if child.dep_ in {"nsubj"} and child.lower_ not in _EXPLETIVES:
                    return child
    return None


def _subject(token: Token) -> Token | None:
    # the "by" agent of a passive, also of a reduced relative ("areas abandoned by X"), or
    # of a conjoined passive ("were beaten and detained by riot police")
    shared = (
        [c for c in token.children if c.dep_ == "conj" and _passive(c)] if _passive(token) else []
    )
    for child in [*token.children, *(g for c in shared for g in c.children)]:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _wielder(pobj)
                if pobj.dep_ == "pcomp" and pobj.tag_ == "VBG":
                    # "by neighbouring Lithuania": a participle adjective read as a verb
                    for obj in pobj.children:
                        if obj.dep_ == "dobj":
                            return obj
    if _stative(token):
        return next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if _passive(token):
        # "were declared persona non grata by Albania", "was refused a visa by the
        # authorities": the agent hung on the predicate or the object
        for pred in (c for c in token.children if c.dep_ in {"oprd", "attr", "dobj"}):
            for prep in (c for c in pred.children if c.dep_ == "prep" and c.lower_ == "by"):
                return next((p for p in prep.children if p.dep_ == "pobj"), None)
        for charge in prep_objects(token, {"of", "for"}):
            # "was accused of corruption by officials": the agent hung on the charge
            agent = next(iter(prep_objects(charge, {"by"})), None)
            if agent is not None and agent.pos_ in {"NOUN", "PROPN"} and agent.tag_ != "VBG":
                return _wielder(agent)
        for attack in prep_objects(token, {"in"}):
            # "were killed in a PKK attack": the attack's named maker
            if attack.lemma_.lower() in _INSTRUMENTS and attack.pos_ == "NOUN":
                maker = _wielder(attack)
                if maker is not None and maker.i != attack.i:
                    return maker
        return None
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS and not _expletive(c)]
    if len(subjects) > 1:  # "Moon Jae-in called": a hyphenated name split in two subjects
        subjects = [c for c in subjects if c.lower_ not in _STRAY_WORDS] or subjects
    if not subjects:  # "Egypt and Qatar are mediating": the subject hung on the auxiliary
        subjects = [
            c
            for aux in token.children
            if aux.dep_ in {"aux", "auxpass"}
            for c in aux.children
            if c.dep_ in _SUBJECTS and c.lower_ not in _EXPLETIVES
        ]
    if (
        not subjects
        and token.dep_ == "acl"
        and token.head.dep_ == "ROOT"
        and token.lemma_.lower() in _CROWD_ACTS
    ):
        # "Hundreds of people protested outside the embassy": no finite verb left, the
        # parser read the act as a participle of its doers
        return token.head
    if (
        not subjects
        and token.dep_ == "acl"
        and token.tag_ in {"VBD", "VBN"}  # not "reports of warplanes striking targets"
        and token.head.lemma_.lower() in _INSTRUMENTS
        and not any(c.dep_ == "agent" for c in token.children)
        and any(c.dep_ == "dobj" for c in token.children)
    ):
        # "Israeli airstrikes killed 30 people, officials said": a weapon does not get
        # killed; the parser read its act as a participle of it
        return _wielder(token.head)
    # a dateline the parser read as a second subject ("ANKARA, July 20 (Reuters) - Erdogan
    # spoke"): the subject nearest the verb is the real one
    if not subjects:
        return None
    return _wielder(_after_dateline(min(subjects, key=lambda c: abs(token.i - c.i))))


# what crowds do, which no one has done to them
_CROWD_ACTS = {"protest", "rally", "march", "demonstrate", "gather", "riot", "picket", "mass"}
_CROWD_ACTS |= {"converge", "assemble"}
# weapons and attacks that can stand where their user should: "killed by a Taliban
# ambush", "a missile fired by the rebels struck ..."
_INSTRUMENTS = {
    "missile", "rocket", "drone", "shell", "mortar", "bomb", "airstrike", "strike",
    "artillery", "projectile", "ambush", "attack", "raid", "blast", "explosion", "grenade",
    "mine", "shelling", "bombing", "bombardment", "gunfire", "fire", "warplane", "jet",
}  # fmt: skip


# texts that stand where their authors should: "a statement by the G7 condemned ..."
DOCUMENTS = {
    "statement", "communique", "communiqué", "declaration", "resolution", "letter",
    "decree", "proclamation", "editorial", "commentary", "memorandum", "note",
}  # fmt: skip


def _wielder(noun: Token) -> Token | None:
    """Who used the weapon or made the attack a noun names, or wrote the text ("a joint
    statement by the G7"); a noun that is neither, or whose user or author is not named
    beside it, stands for itself."""
    lemma = noun.lemma_.lower()
    volley = lemma in _VOLLEYS and any(
        o.lemma_.lower() in _INSTRUMENTS for o in prep_objects(noun, {"of"})
    )  # "a barrage of rockets"
    if (lemma not in _INSTRUMENTS and lemma not in DOCUMENTS and not volley) or noun.pos_ != "NOUN":
        return noun
    owner = _possessor(noun)
    if owner is not None:
        return owner
    claimer = _claimed_by(noun)
    if claimer is not None:
        return claimer
    launched = _counted_whole(noun)  # "launched dozens of missiles that hit Kyiv"
    if (
        launched.dep_ == "dobj"
        and launched.head.lemma_.lower() in _LAUNCHING
        and launched.head.i < launched.i
    ):
        launcher = _subject(launched.head)  # "Russia launched missiles that hit Kyiv"
        if launcher is not None:
            return launcher
    for child in noun.children:
        if child.dep_ == "acl":  # "a missile fired by the rebel group"
            for agent in child.children:
                if agent.dep_ == "agent":
                    return next((p for p in agent.children if p.dep_ == "pobj"), None)
    by = prep_objects(noun, {"by", "from"})
    if by:
        return by[0]
    named = [
        c
        for c in noun.children
        if c.dep_ in {"compound", "amod"}
        and (c.pos_ == "PROPN" or entity_type(c) in {"NORP", "GPE", "ORG"})
    ]
    return named[0] if named else noun


_LAUNCHING = {"launch", "fire", "shoot", "drop", "lob"}

# counts and volleys a weapon noun can stand inside: "dozens of missiles", "a barrage of rockets"
_VOLLEYS = QUANTITIES | {
    "dozen", "dozens", "hundred", "hundreds", "score", "scores", "barrage", "salvo", "volley",
    "wave", "swarm", "hail", "round", "rounds",
}  # fmt: skip


def _counted_whole(noun: Token) -> Token:
    """The phrase a counted noun stands in ("dozens" for "missiles" in "dozens of
    missiles"), or the noun itself."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _VOLLEYS:
        return prep.head
    return noun


def _claimed_by(noun: Token) -> Token | None:
    """Who claimed responsibility for an attack or weapon ("the Houthis claimed
    responsibility for a missile that struck ...")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    responsibility = noun.head.head
    if responsibility.lemma_.lower() not in {"responsibility", "credit"}:
        return None
    verb = responsibility.head
    if verb.lemma_.lower() not in {"claim", "take", "accept", "admit"}:
        return None
    return _subject(verb)


def _after_dateline(subject: Token) -> Token:
    """ "MANAGUA, Nicaragua (AP) - The United States imposed ...": the parser hangs the real
    subject on the dateline as an apposition after the dash."""
    marks = [
        *subject.children,
        *(g for c in subject.children if c.dep_ == "conj" for g in c.children),
    ]
    # ("BUJUMBURA, Burundi — Soldiers ...": the dash hung on the country after the city)
    dash = next((c.i for c in marks if c.dep_ == "punct" and c.text in DASHES), None)
    if dash is None:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > dash), subject)


# acts one joins by taking part in them ("took part in the talks", "joined the exercises")
_JOINED = {"CONSULT", "COOPERATE"}


# verbs whose subject reacts to, reports or suffers an act named by their object
_REACTIONS = {
    "condemn", "denounce", "criticize", "criticise", "decry", "deplore", "slam", "blame",
    "welcome", "praise", "hail", "applaud", "support", "back", "endorse", "oppose",
    "reject", "deny", "dismiss", "protest", "investigate", "probe", "report", "confirm",
    "respond", "react", "suffer", "survive", "witness", "fear", "mourn", "discuss",
    "debate", "describe", "recall", "commemorate", "document", "claim", "attribute",
    "object", "accuse", "suspect",
}  # fmt: skip


_DECISIONS = {"decision", "plan", "policy", "move", "refusal", "law", "order", "ruling", "bill"}
_JUDGING = {"condemn", "denounce", "criticize", "criticise", "decry", "deplore", "slam"}
_JUDGING |= {"welcome", "praise", "hail", "applaud", "oppose", "reject", "dismiss"}
_BLAMING = {"blame", "criticize", "criticise", "rebuke", "thank", "commend", "fault"}


def _reacted_to(noun: Token) -> bool:
    """A noun that is the object of a reacting or reporting verb ("condemned the attack",
    "responded to the strikes"): that verb's subject did not do the act."""
    verb = None
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        if noun.head.lower_ in {"with", "by"}:
            return False  # "responded with airstrikes": the means is the reactor's own act
        verb = noun.head.head
        if verb.pos_ == "NOUN" and verb.lemma_.lower() in _REACTION_NOUNS:
            return True  # "voiced concern about the arrests": someone else's arrests
        if any(c.dep_ == "dobj" and c.lemma_.lower() in _REACTION_NOUNS for c in verb.children):
            return True  # "opened a hearing Tuesday into the killings"
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    return lemma in _REACTIONS or lemma in _SPEECH or (lemma in _PERMITTING and noun.dep_ == "dobj")


# verbs whose subject lets or stops others' acts: "for allowing the protests", "banned rallies"
_PERMITTING = {"allow", "permit", "tolerate", "ban", "prohibit", "outlaw", "forbid"}
_PERMITTING |= {"curb", "suppress", "crush", "quell", "disperse", "thwart", "foil", "prevent"}
_REACTION_NOUNS = {
    "concern", "condemnation", "criticism", "outrage", "anger", "alarm", "protest",
    "praise", "support", "investigation", "inquiry", "probe", "report", "reaction",
    "response", "statement", "apology", "compensation", "hearing", "trial", "case",
}  # fmt: skip
_ALLEGING = {"accuse", "blame", "charge", "suspect", "condemn", "criticize", "criticise"}
_ALLEGING |= {"convict"}  # "a man convicted of killing an officer": the court's finding
# verbs whose "of" act is only claimed (not "condemned X for its invasion": that happened)
_CLAIMING = {"accuse", "charge", "suspect", "convict"}
_ALLEGING |= {"suspicion", "accusation", "allegation", "claim"}  # "on suspicion of"
# verbs of feeling whose passive subject is the one who feels ("was angered by")
_FEELINGS = {"disappoint", "anger", "dismay", "outrage", "alarm", "concern", "worry", "trouble"}
_FEELINGS |= {"appal", "appall", "incense", "infuriate", "enrage", "frustrate", "upset"}
_FEELINGS |= {"disturb", "offend", "irritate", "disgust", "annoy"}  # not "shocked by a storm"


def _accused_of(verb: Token) -> Token | None:
    """The object of the verb a gerund hangs from by "of"/"for": "accused Russia of
    shelling", "thanked Japan for helping"; or the noun a participle describes:
    "Palestinians suspected of planning an attack"."""
    prep = _gerund_prep(verb)
    if prep is None:
        return None
    above = prep.head
    if above.dep_ == "acl" and above.tag_ == "VBN" and above.head.pos_ in {"NOUN", "PROPN"}:
        return above.head
    if above.dep_ == "dobj" and above.head.pos_ == "VERB":
        return above  # "accused Armenian forces of shelling": "of" hung on the object
    return next((c for c in above.children if c.dep_ == "dobj"), None)


def _ordered_done(verb: Token) -> Token | None:
    """The one an order is about, in "ordered the journalist jailed" (a participle clause
    the parser reads as active, with the patient as its subject)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _ORDERING:
        return None
    if verb.tag_ not in {"VBD", "VBN"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


_ORDERING = {"order", "want", "have"}


def _blamed_owner(noun: Token, owner: Token) -> Token:
    """Whose act "its" names in "condemned Russia for its invasion": the one blamed, not
    the one blaming."""
    if owner.lower_ not in _PERSONAL_POSSESSIVES or noun.dep_ != "pobj":
        return owner
    verb = noun.head.head
    if noun.head.lower_ not in {"for", "over"} or verb.lemma_.lower() not in _JUDGING | _BLAMING:
        return owner
    blamed = [c for c in verb.children if c.dep_ == "dobj"]
    return blamed[0] if blamed else owner


def _alleged_noun(noun: Token) -> bool:
    """An act a noun names that someone is accused of ("accused X of ethnic cleansing"),
    also inside the charge ("accused Israel of being behind the attack")."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    for _ in range(3):  # "of being behind the attack": up through the gerund to "of"
        if noun.head.lower_ in {"of", "for"} or noun.head.head.i == noun.head.i:
            break
        gerund = noun.head.head
        if noun.head.dep_ != "prep" or gerund.dep_ not in {"pcomp", "pobj"}:
            return False
        noun = gerund
    if noun.head.lower_ not in {"of", "for"}:
        return False
    verb = noun.head.head
    if noun.head.lower_ == "for" and _punishes(verb):
        return True  # "jailed for murder", "was arrested for the attack"
    if noun.head.lower_ == "for" and verb.lemma_.lower() in {"responsibility", "blame"}:
        return verb.head.lemma_.lower() in {"bear", "bore", "hold", "put", "place", "lay"}
        # "bore responsibility for the deportations", "holds X responsible for"
    accused = {"dobj", "nsubjpass"}  # "accused X of ...", "X was accused of ..."
    return verb.lemma_.lower() in _CLAIMING and any(c.dep_ in accused for c in verb.children)


def _punishes(word: Token) -> bool:
    """Does a word punish what its "for" names: "jailed for", "a life sentence for",
    "serving 20 years for"?"""
    lemma = word.lemma_.lower()
    if lemma in PUNISHING_VERBS and word.pos_ in {"VERB", "AUX"}:
        return True
    if word.pos_ == "NOUN":
        return lemma in _PENALTIES
    return lemma == "serve" and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _PENALTIES or c.like_num or c.lower_ == "years")
        for c in word.children
    )  # "a Russian serving a life sentence for the killing"


_PENALTIES = {"sentence", "term", "conviction", "arrest", "warrant", "indictment", "penalty"}


def _alleged(verb: Token) -> bool:
    """An act someone is accused of: told by the accuser, not established."""
    prep = _gerund_prep(verb)
    if prep is None:
        return False
    above = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    if prep.lower_ == "for" and _punishes(above):
        return True  # "arrested for collaborating with Israel"
    return above.lemma_.lower() in _ALLEGING


def _gerund_prep(verb: Token) -> Token | None:
    """The "of"/"for" a gerund hangs from, through conjuncts: "accused Doha of backing
    militants and of supporting Iran", "of backing militants and supporting Iran"."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "pcomp" and not (verb.dep_ == "pobj" and verb.pos_ == "VERB"):
        return None  # ("of shelling." with no object is parsed as the preposition's object)
    prep = verb.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head
    return prep if prep.lower_ in {"of", "for"} else None


def _charge_of_passive(noun: Token) -> bool:
    """A noun the agentless passive above holds by "of"/"for" ("was accused of fraud")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"of", "for"}:
        return False
    verb = noun.head.head
    return _passive(verb) and not any(c.dep_ == "agent" for c in verb.children)


def _passive(token: Token) -> bool:
    """A passive verb, or one conjoined to a passive ("were attacked or kidnapped")."""
    if _stative(token):
        return False
    own_subject = any(c.dep_ == "nsubj" for c in token.children)  # "..., and X recalled"
    for node in (token, token.head if token.dep_ == "conj" and not own_subject else None):
        if node is not None and any(c.dep_ in {"auxpass", "nsubjpass"} for c in node.children):
            return True
    return False


def placed_under(noun: Token) -> Token | None:
    """The passive verb that put someone "under" the act a noun names ("was placed under
    arrest", "has been put under investigation")."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    verb = prep.head
    if prep.lower_ in {"in", "into"} and noun.lemma_.lower() in _HELD_IN:
        # "had been in pretrial detention since September 30", "remains in custody"; not
        # a count ("1,542 prisoners were in detention")
        counted = any(
            c.dep_ in {"nsubj", "nsubjpass"} and any(n.dep_ == "nummod" for n in c.children)
            for c in verb.children
        )
        return verb if verb.lemma_.lower() in _KEPT and not counted else None
    if prep.lower_ != "under":
        return None
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    return verb if verb.pos_ == "VERB" and passive else None


_HELD_IN = frozenset({"detention", "custody", "captivity"})
_KEPT = frozenset({"be", "remain", "stay", "hold", "keep", "take", "place", "put"})


def _stative(token: Token) -> bool:
    """A participle that names a stance, not a passive act: "Israel is opposed to X"."""
    preposition = _STANCES.get(token.lemma_.lower())
    return (
        preposition is not None
        and token.tag_ == "VBN"
        and any(c.dep_ == "prep" and c.lower_ == preposition for c in token.children)
        and not any(c.dep_ == "agent" for c in token.children)
    )


# "Israel is opposed to X"; "Serb forces were engaged in ethnic cleansing": the subject acts
_STANCES = {"oppose": "to", "engage": "in"}


def _agentless_passive(token: Token) -> bool:
    return (
        token.pos_ in {"VERB", "AUX"}
        and _passive(token)
        and not any(c.dep_ == "agent" for c in token.children)
    )


def _possessor(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    return None


_GATHERINGS = {"summit", "ceremony", "conference", "meeting", "talks", "forum", "gathering"}


def _agents(verb: Token) -> list[Token]:
    """The "by" agents of a passive participle, conjuncts included."""
    return [
        c
        for agent in verb.children
        if agent.dep_ == "agent"
        for p in agent.children
        if p.dep_ == "pobj"
        for c in (p, *p.conjuncts)
    ]


def _gathering(verb: Token) -> bool:
    """ "(a summit) hosted by X (and attended by Y)": a participle naming who took part."""
    return (
        verb.dep_ == "acl"
        and verb.lemma_.lower() in {"host", "attend", "chair", "mediate"}
        and _gathering_noun(verb) is not None
        and bool(_agents(verb))
    )


def _gathering_noun(verb: Token) -> Token | None:
    """The meeting a participle describes; "talks between A and B, hosted by C" often
    hangs it on B."""
    noun = verb.head
    if noun.lemma_.lower() in _GATHERINGS:  # not "talks hosted by X": the host entry's
        return noun
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "between":
        meeting = noun.head.head
        return meeting if _a_gathering(meeting) else None
    return None


def _a_gathering(noun: Token) -> bool:
    return noun.lemma_.lower() in _GATHERINGS or noun.lower_ in _GATHERINGS


_GIVING = {"send", "deliver", "give", "supply", "provide", "ship", "transfer", "sell"}
_THANKING = {"thank", "praise", "commend", "credit", "applaud", "hail", "salute"}
_SENT_FORCES = {"troop", "soldier", "force", "marine", "unit", "reinforcement", "paratrooper"}


def _recipient(verb: Token) -> Token | None:
    """Who is given the means for a purpose clause's act: "sent weapons to Ukraine to
    fight Russian forces" (Ukraine fights)."""
    giver = verb.head
    if verb.dep_ not in {"advcl", "xcomp"} or giver.lemma_.lower() not in _GIVING:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "sent a letter to Rubio urging him to act": the sender urges
    if any(o.dep_ == "dobj" and o.lemma_.lower() in _SENT_FORCES for o in giver.children):
        return None  # "sent troops to Syria to fight rebels": the troops fight
    return next(iter(prep_objects(giver, {"to"})), None)


def _name_modifiers(noun: Token) -> list[Token]:
    """Names and nationalities modifying a noun: "a Russian attack", "Hamas fighters"."""
    return [
        c
        for c in noun.children
        if c.dep_ in {"compound", "amod"}
        and (c.pos_ == "PROPN" or (c.dep_ == "amod" and c.text[:1].isupper()))
    ]


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """Objects of the given prepositions under ``token`` ("in reply to X" included)."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in {"prep", "dative", "agent", "prt"} and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            out.extend(objects or _stranded_object(child))
        elif child.dep_ == "prep" and child.lower_ == "by":
            # "spoke by telephone with X": the parser hangs "with" on the medium
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in MEDIA:
                    out.extend(prep_objects(pobj, preps))
        elif child.dep_ in {"prep", "prt", "advmod"} and child.lower_ in {"out", "away"}:
            out.extend(prep_objects(child, preps))  # "pulled out of X", "away from X"
        elif child.dep_ in {"advcl", "ccomp"} and any(
            m.dep_ == "mark" and m.lower_ in preps and m.lower_ == "for" for m in child.children
        ):
            # "called for the Taliban to lift the ban": who is to act
            out.extend(c for c in child.children if c.dep_ == "nsubj")
        elif child.dep_ == "prep" and child.lower_ == "in":
            # "in reply to X", "in response to X"
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lower_ in {"reply", "response"}:
                    out.extend(prep_objects(pobj, preps))
    aims = frozenset(preps) & _AIMING_PREPS
    if not out and aims and token.pos_ == "VERB":
        # "fired tear gas, rubber bullets and stun grenades at demonstrators": the parser
        # hangs the aim on the last thing fired (and "from" on what is sought)
        out.extend(
            pobj
            for obj in token.children
            if obj.dep_ == "dobj"
            for thing in (obj, *obj.conjuncts, *_of_objects(obj, aims))
            for prep in thing.children
            if prep.dep_ == "prep"
            and prep.lower_ in aims
            # "demanded the withdrawal of Serbian forces from Bosnia": where they leave
            and not (prep.lower_ == "from" and thing.lemma_.lower() in _LEAVING)
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        )
    return out


def _of_objects(noun: Token, aims: frozenset[str]) -> list[Token]:
    """What a sought act is of, where "from" may hang: "the extradition of two suspects
    from Italy"."""
    if "from" not in aims:
        return []
    return [p for c in noun.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


# "fired tear gas at", "sought the extradition of Gulen from": a phrase the parser may hang
# on the object instead of the verb
_AIMING_PREPS = frozenset({"at", "toward", "towards", "from"})
# where an act's aim may hang on its verb ("directed fire at", "held drills near")
_AIM_ON_VERB = frozenset({"at", "on", "against", "near", "around", "off"})
_LEAVING = frozenset(
    {"withdrawal", "pullout", "pull-out", "exit", "departure", "retreat", "evacuation", "removal"}
)
_TELLING = frozenset({"tell", "inform", "assure", "warn", "urge", "ask", "brief", "promise"})


def _their_meeting(noun: Token, owner: Token, event: str | None) -> bool:
    """A meeting told as the setting of another act: "told Xi at their summit"."""
    verb = noun.head.head
    return (
        event == "CONSULT"
        and owner.lower_ == "their"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in {"at", "during", "on"}
        and verb.lemma_.lower() in _TELLING
        and _subject(verb) is not None
        and bool(_objects_of(verb))
    )


def _stranded_object(prep: Token) -> list[Token]:
    """ "granted asylum to five officers holed up in ...": the parser made the object the
    subject of the participle after it; that subject is the preposition's object."""
    for token in prep.doc[prep.i + 1 : prep.i + 7]:
        if token.dep_ == "nsubj" and token.head.head.i == prep.head.i and token.i > prep.i:
            return [token]
        if token.pos_ in {"VERB", "PUNCT"}:
            break
    return []


# what fighting or talks do when told as happening: "clashes broke out between A and B"
_BREAKING_OUT = {"erupt", "break", "continue", "intensify", "resume", "rage", "flare", "escalate"}
_BREAKING_OUT |= {"begin", "start"}


def _at_subject_of(verb: Token, sources: tuple[Token, ...]) -> Slots:
    """Slots for an act aimed at whoever does ``verb`` (its subject, or its clause's)."""
    subject = _subject(verb) or _climb_subject(verb)
    aimed = (subject,) if subject is not None else ()
    return Slots(sources, aimed, aimed, (), (), False, bool(aimed))


def _between(token: Token) -> tuple[Token, ...]:
    for pobj in prep_objects(token, {"between"}):
        return (pobj,)
    return ()


def find_slots(found: Found) -> Slots:
    """Who does a trigger's act and to whom, as phrases of its sentence."""
    slots = _find_slots(found)
    if found.entry.event in {"ASSAULT", "MOBILIZE", "THREATEN"}:
        # "fired missiles at Iraqi bases housing U.S. troops": at the troops housed
        slots = replace(
            slots,
            targets=tuple(_housed(t) or t for t in slots.targets),
            target_subtrees=tuple(_housed(t) or t for t in slots.target_subtrees),
            aimed_at=tuple(_housed(t) or t for t in slots.aimed_at),
        )
    return slots


def _find_slots(found: Found) -> Slots:
    token = found.token
    entry = found.entry
    preps = {t for t in entry.targets if t != "dobj"}
    sources: list[Token] = []
    targets: list[Token] = []
    subtrees: list[Token] = []
    intermediaries: list[Token] = []
    via_climb = False
    hosts = [token]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        hosts.append(token.head.head)  # "a message of thanks to Xi"
    if found.support is not None:
        hosts.append(found.support)

    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.lemma_.lower() in _SITES:
        # "an airstrike on a school sheltering displaced families": what a building is
        # used for describes it; no one acts
        return Slots((), (), (), (), (), False, False)
    under = placed_under(token) if token.pos_ == "NOUN" else None
    if under is not None:
        # "a US national has been put under investigation": the subject is the one
        # investigated; the doer is unnamed
        subjects = tuple(c for c in under.children if c.dep_ in {"nsubjpass", "nsubj"})
        return Slots((), subjects, subjects, (), (), False, True)
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "at"
        and token.lemma_.lower() in _REQUEST_NOUNS
    ):
        # "met at France's request", "launched at the request of President Traore": the
        # asker asked whoever does the act the phrase hangs on
        verb = token.head.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head  # "due to meet in New York on Monday at France's request"
        askers = [c for c in token.children if c.dep_ == "poss"] or prep_objects(token, {"of"})
        doer = (
            _subject(verb)
            or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            or _climb_subject(verb)
        )
        if askers:
            done = (doer,) if doer is not None else ()
            return Slots(tuple(askers[:1]), done, done, (), (), False, bool(done))
    if token.pos_ == "VERB" and token.lemma_.lower() in _FEELINGS:
        # "Japan was disappointed by the decision": the one who feels voices it, at what
        # (or whose act) caused it; "the decision disappointed Japan" is not coded
        if token.dep_ == "acomp" and token.tag_ == "VBN":  # "is deeply concerned by"
            felt_by = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        elif _passive(token):
            felt_by = [c for c in token.children if c.dep_ == "nsubjpass"]
        else:
            return Slots((), (), (), (), (), False, False)
        causes = prep_objects(token, {"by", "at", "over", "with", "about"})
        return Slots(tuple(felt_by), tuple(causes), tuple(causes), (), (), False, True)
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in DRAWING:
        # "executed 81 men, drawing condemnation from rights groups": the reaction is the
        # "from" phrase's, aimed at whoever drew it
        verb = token.head
        senders = tuple(
            prep_objects(token, {"from", "by"})
            or prep_objects(verb, {"from"})
            or _name_modifiers(token)[:1]  # "prompting a Russian counterattack"
        )
        return _at_subject_of(verb, senders)
    if (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ == "for"
        and token.head.head.lemma_.lower() in _THANKING
        and entry.event in {"SUPPORT", "AID", "COOPERATE"}
    ):
        # "Zelensky thanked Biden for the military aid": the one thanked gave it to the
        # one who thanks
        verb = token.head.head
        return _at_subject_of(verb, tuple(_objects_of(verb)[:1]))
    if (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ == "despite"
        and token.head.head.pos_ in {"VERB", "AUX"}
        and entry.event in {"THREATEN", "REQUEST", "ACCUSE", "REJECT"}
    ):
        # "arrived in Taiwan despite warnings from China": warned was whoever went ahead
        verb = token.head.head
        senders = tuple(prep_objects(token, {"from", "by"}) or _name_modifiers(token)[:1])
        owner = _possessor(token)
        if not senders and owner is not None:
            senders = (owner,)
        return _at_subject_of(verb, senders)
    if _alleged_noun(token):
        # "accused Azerbaijan of ethnic cleansing": a claim, coded as the accusation
        return Slots((), (), (), (), (), False, False, alleged=True)
    if token.pos_ in {"NOUN", "PROPN"}:
        sender = prep_objects(token, {"from"}) or [
            o for o in prep_objects(token, {"of"}) if entry.carrier and _is_namey(o)
        ]
        owner = _possessor(token)
        # "kidnappings of children by gangs"; but in "jailed for murder by a court" the
        # court is the passive verb's agent, stranded on its charge
        doers = [] if _charge_of_passive(token) else prep_objects(token, {"by"})
        if not doers and token.dep_ == "dobj" and not _passive(token.head):
            # "to break up a protest by thousands": the phrase hung on the verb
            doers = [d for d in prep_objects(token.head, {"by"}) if d.lemma_.lower() not in _MEANS]
        if not doers and token.dep_ == "pobj" and token.head.lower_ == "of":
            doers = prep_objects(token.head.head, {"by"})  # "a wave of kidnappings by gangs"
        if not doers:  # "a hybrid attack organized by the Lukashenko regime"
            doers = [
                p
                for c in token.children
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _MOUNTING
                for a in c.children
                if a.dep_ == "agent"
                for p in a.children
                if p.dep_ == "pobj"
            ]
        if doers:
            sources.extend(doers)
        elif entry.carrier and sender:
            sources.extend(sender)
        elif sender and "from" not in entry.targets and entry.event in _SAID_FROM:
            sources.extend(sender)  # "accusations of fraud from the opposition"
        elif (
            owner is not None
            and owner.lower_ in _PERSONAL_POSSESSIVES
            and token.lemma_.lower() in _PATIENT_NOUNS
            and not prep_objects(token, {"of"})
        ):
            # "their abduction", "his arrest": the owner is who it was done to
            targets.append(owner)
            return Slots((), tuple(targets), (), (), (), False, True)
        elif owner is not None and _their_meeting(token, owner, entry.event):
            # "Biden told Xi at their summit in Bali": the teller and the one told met
            verb = token.head.head
            sources.append(_subject(verb))
            targets.extend(_objects_of(verb))
        elif owner is not None:
            sources.append(_blamed_owner(token, owner))
        else:
            # "Palestinian riots", "a Russian attack": a name or nationality modifier
            sources.extend(_name_modifiers(token)[:1])
        if found.support is not None:
            subject = _subject(found.support)
            support_lemma = found.support.lemma_.lower()
            if support_lemma == "receive" or support_lemma in RESPONSES:
                # "received X's message", "rejected an appeal by X": the receiver is the target
                if subject is not None:
                    targets.append(subject)
                if not sources:
                    sources.extend(prep_objects(found.support, {"from"}))
            elif sources and subject is not None and entry.carrier:
                intermediaries.append(subject)
            elif not sources:
                if subject is not None:
                    sources.append(subject)
                else:
                    climbed = _climb_subject(found.support)
                    if climbed is not None:
                        sources.append(climbed)
                        via_climb = True
        if not sources:
            pair = _between(token)
            if not pair and token.dep_ == "nsubj" and token.head.lemma_.lower() in _BREAKING_OUT:
                pair = _between(token.head)  # "fighting erupted between Armenia and ..."
            if pair:
                return Slots((), (), (), (), pair, False, True)
            judged = (  # "Israel condemned the summit in Tehran": not one who met there
                token.dep_ == "dobj"
                and token.head.lemma_.lower() in _JUDGING
                and not prep_objects(token, {"with"})  # "welcomed the talks with China"
            ) or (  # "objected to the visit"
                token.dep_ == "pobj"
                and token.head.lower_ == "to"
                and token.head.head.lemma_.lower() == "object"
            )
            taken_part = entry.event in _JOINED and not judged
            if found.support is None and _reacted_to(token) and not taken_part:
                # "the president condemned the attack": who condemns did not attack
                return Slots((), tuple(targets), (), (), (), False, bool(targets))
            if (
                found.support is None
                and token.dep_ == "pobj"
                and (
                    token.head.lower_ in _CIRCUMSTANTIAL
                    or (
                        token.head.lower_ in _SEQUEL
                        and not taken_part
                        and not prep_objects(token, {"with"})  # "after clashes with"
                    )
                    # "police detained 100 people at an opposition rally": not theirs
                    or (token.head.lower_ in {"at", "during"} and entry.event == "PROTEST")
                )
            ):
                # "lawmakers passed the law despite mass protests": not the lawmakers'
                return Slots((), tuple(targets), (), (), (), False, bool(targets))
            climbed = _climb_subject(token)
            if climbed is not None:
                sources.append(climbed)
                via_climb = True
            told = token.head.head if token.dep_ == "pobj" else None
            if (
                entry.event == "CONSULT"
                and told is not None
                and token.head.lower_ in {"in", "during", "over", "at"}
                and told.lemma_.lower() in _TELLING
            ):
                # "told Trump in phone conversations": the one told is on the line
                targets.extend(_objects_of(told))
    elif _gathering(token):
        # "a summit hosted by Sarkozy and attended by Clinton, Cameron and Ban": the host
        # meets everyone attending (and those who met "at a ceremony hosted by X")
        host = _agents(token)
        guests = [a for verb in token.conjuncts for a in _agents(verb)]
        meeting = _gathering_noun(token) or token.head
        for side in _between(meeting):  # "talks between A and B, hosted by C"
            guests += [side, *side.conjuncts]
        if meeting.dep_ == "pobj" and meeting.head.head.pos_ in {"VERB", "AUX"}:
            met = _subject(meeting.head.head)
            guests += [met, *met.conjuncts] if met is not None else []
        return Slots(tuple(host[:1]), tuple(guests), (), (), (), False, bool(guests))
    elif entry.word_class == "verdict":
        # "Peskov said the measures amounted to illegal interference": the speaker judges
        # the act the clause's subject names (its doer is found as for "condemned the attack")
        speaker = None
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in _SPEECH:
            speaker = _subject(token.head)
        judged = next(  # "lifting the sanctions on X is out of the question": a clause
            (c for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None
        )
        return Slots(
            sources=(speaker,) if speaker is not None else (),
            targets=(),
            target_subtrees=(judged,) if judged is not None else (),
            intermediaries=(),
            pair=(),
            source_via_climb=False,
            has_target_slot=False,
        )
    elif entry.word_class == "obligation":
        # "Russia said Sudan must return the helicopter": the speaker asks, the
        # clause's subject is asked
        # no one asks in a clause of its own: "Russia was behind the attack"
        clause = token  # "said Iran had made a mistake and would pay": the told clause
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        speaker = _subject(clause.head) if clause.head.i != clause.i else None
        asked = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}] or [
            c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}
        ]
        return Slots(
            sources=(speaker,) if speaker is not None else (),
            targets=tuple(asked),
            target_subtrees=(),
            intermediaries=(),
            pair=(),
            source_via_climb=False,
            has_target_slot=True,
        )
    else:
        subject = _subject(token)
        hosting_talks = token.dep_ == "acl" and token.head.lemma_.lower() in MEETINGS
        if entry.word_class == "receive" and not hosting_talks:
            if subject is not None:
                targets.append(subject)
            # "received jets from Denmark": the giver; "received the French envoy": the guest
            sources.extend(prep_objects(token, {"from"}) or _objects_of(token))
            return Slots(tuple(sources), tuple(targets), (), (), (), False, True)
        ordered = _ordered_done(token)
        if ordered is not None:
            # "the court ordered the journalist jailed": the one ordered about is acted
            # on, by whoever ordered it
            orderer = _subject(token.head)
            return Slots(
                (orderer,) if orderer is not None else (),
                (ordered,),
                (ordered,),
                (),
                (),
                False,
                True,
            )
        accused = _accused_of(token)
        if subject is None and accused is not None:
            # "Ukraine accused Russia of shelling", "praised China for helping": the
            # gerund's doer is the object of the verb above
            sources.append(accused)
        elif subject is not None:
            sources.append(subject)
        elif (given := _recipient(token)) is not None:
            sources.append(given)  # "sent weapons to Ukraine to fight": Ukraine fights
        elif token.lemma_.lower() == "summon" and _passive(token):
            # "the ambassador was summoned to the Russian Foreign Ministry": its summons
            sources.extend(prep_objects(token, {"to"}))
        elif not _passive(token):
            # an agentless passive ("children were kidnapped") names no doer: the
            # subject of a clause above it ("X said ...") is not the doer either
            climbed = _climb_subject(token)
            if climbed is not None:
                sources.append(climbed)
                via_climb = True
        joined = token.head.head if token.dep_ == "pcomp" and token.head.lower_ == "in" else None
        if joined is not None and joined.lemma_.lower() == "join":
            # "Canada joined the United States in condemning the attack": both condemn
            sources.extend(_objects_of(joined))
        moved = [c for c in token.children if c.dep_ == "nsubjpass"]
        if not moved and token.dep_ == "conj" and _passive(token):
            # "were beaten and detained by riot police": the conjuncts share the subject
            moved = [c for c in token.head.children if c.dep_ == "nsubjpass"]
        if entry.event == "MOBILIZE" and moved and not sources and entry.needs_obj:
            # "Venezuelan troops were sent to the border": forces moved by their own state
            sources.extend(moved)
        elif moved and not _stative(token):
            targets.extend(moved)
            subtrees.extend(moved)  # "a camp for Congolese refugees was attacked"
        elif token.dep_ == "acl" and any(c.dep_ == "agent" for c in token.children):
            # "soldiers, supported by the U.S. military"; "agreed after talks hosted by
            # Lavrov": a meeting's host meets those who took part in it
            hosted = token.head.lemma_.lower()
            if hosted in MEETINGS or (hosted in DEALS and entry.mode == "third-party"):
                # "agreed ... in a deal brokered by China": the broker deals with the parties
                pair = _between(token.head)
                climbed = None if pair else _climb_subject(token.head)
                targets.extend(pair or [climbed if climbed is not None else token.head])
                verb = token.head.head.head  # "met X in talks hosted by Y": X too
                if not pair and token.head.dep_ == "pobj" and verb.pos_ == "VERB":
                    targets.extend(_objects_of(verb))
                    targets.extend(prep_objects(verb, {"with"}))
            else:
                targets.append(token.head)

    has_slot = bool(targets)
    if token.pos_ in {"VERB", "AUX"} and entry.needs_obj:
        # "imposed sanctions on the Taliban": the coded object carries the target phrase
        objects = _objects_of(token)
        objects += [  # "a series of deals", "two rounds of talks between A and B"
            o
            for q in objects
            if q.lemma_.lower() in QUANTITIES | {"round"}
            for o in prep_objects(q, {"of"})
        ]
        hosts += [o for o in objects if o.lemma_.lower() in set(entry.needs_obj)]
        hosts += [  # "withdrew from the talks with Egypt"
            o for o in prep_objects(token, {"of", "from"}) if o.lemma_.lower() in entry.needs_obj
        ]
    if token.pos_ in {"VERB", "AUX"} and not _objects_of(token) and not prep_objects(token, preps):
        # "strengthen and develop relations": the object the conjuncts share (not when
        # the verb has its own: "stands with its allies and accused China")
        hosts += [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if entry.needs_pred and preps:
        # "we are concerned about Iran's enrichment": the phrase hangs on the adjective
        hosts += [c for c in token.children if c.dep_ == "acomp"]
    for host in hosts:
        if "dobj" in entry.targets or host.i != token.i:
            for obj in _objects_of(host):
                if obj.i == token.i:
                    continue
                has_slot = True
                subtrees.append(obj)
                if entry.event == "SUPPORT" and obj.lemma_.lower() in _STANCE_NOUNS:
                    # "expressed the administration's commitment to Israel's security":
                    # the stance's holder is the speaker's side, its object the target
                    targets.extend(prep_objects(obj, {"to", "for", "with"}))
                    continue
                targets.append(obj)
                # "condemned the government's decision": whose it is, named or not
                targets.extend(
                    c for c in obj.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}
                )
        for pobj in prep_objects(host, preps):
            has_slot = True
            # "rallied against the government's decision to suspend EU talks": whose
            # decision it is, before what it is about
            owners = [c for c in pobj.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}]
            targets.extend(owners if pobj.lemma_.lower() in _DECISIONS else [])
            targets.append(pobj)
            subtrees.append(pobj)
        taking = "from" in preps and entry.event in {"COERCE", "ASSAULT"}
        for obj in _objects_of(host) if taking else ():
            # "confiscated weapons from armed groups": the phrase often hangs on the object
            targets.extend(prep_objects(obj, {"from"}))
    if (
        not targets
        and found.support is None
        and token.pos_ == "NOUN"
        and token.dep_ == "dobj"
        and (aims := preps & _AIM_ON_VERB)
    ):
        aimed = prep_objects(token.head, set(aims))  # "directed artillery fire at Indian posts"
        has_slot = has_slot or bool(aimed)
        targets.extend(aimed)
        subtrees.extend(aimed)
    if not targets and token.pos_ == "VERB" and entry.event in {"MOBILIZE", "ASSAULT"}:
        # "fired a missile into the sea off Japan": aimed at the state whose waters they are
        offshore = prep_objects(token, {"off"}) + [
            o
            for water in prep_objects(token, {"into", "over", "toward", "towards"})
            for o in prep_objects(water, {"off", "near"})
        ]
        offshore = [o for o in offshore if o.pos_ == "PROPN"]  # not "off its east coast"
        has_slot = has_slot or bool(offshore)
        targets.extend(offshore)
        subtrees.extend(offshore)
    if not targets and entry.needs_pred and "dobj" in entry.targets:
        # "holds Hamas responsible": the object read as a small clause's subject
        small = [c for c in token.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"]
        targets += [s for c in small for s in c.children if s.dep_ == "nsubj"]
        has_slot = has_slot or bool(targets)
    if not targets and token.pos_ == "VERB" and entry.word_class in {"intent", "coop"}:
        # "agreed a plan with Sarkozy", "discussed trade with China": the parser hung the
        # counterpart on the object
        for obj in _objects_of(token):
            for pobj in prep_objects(obj, preps - {"of"}):
                targets.append(pobj)
                subtrees.append(pobj)
                has_slot = True
    if not targets and token.pos_ == "NOUN":
        # "the withdrawal of forces from Panama": the phrase hangs on the "of" object
        for carried in prep_objects(token, {"of"}):
            for pobj in prep_objects(carried, preps - {"of"}):
                targets.append(pobj)
                subtrees.append(pobj)
    if not targets and token.pos_ not in {"NOUN", "PROPN"}:
        pair = _between(token)
        if pair:
            targets.extend(pair)
    if any(t.lemma_.lower() in _BORDERS and not prep_objects(t, {"with"}) for t in targets):
        # "sent to the border with Guyana": the parser hung "with X" on the verb
        subtrees.extend(prep_objects(token, {"with"}))
    if token.pos_ in {"VERB", "AUX"} and all(t.lemma_.lower() in _PROPOSAL_NOUNS for t in targets):
        # "accepted offers of help from Spain", "rejected a plan by the rebels": the
        # proposal's author
        for obj in _objects_of(token):
            if obj.lemma_.lower() in _PROPOSAL_NOUNS:
                authors = prep_objects(obj, {"from", "by"}) or [
                    a for o in prep_objects(obj, {"of"}) for a in prep_objects(o, {"from", "by"})
                ]  # "offers of help from Spain"
                targets.extend(authors)
                subtrees.extend(authors)
    if not targets and entry.mode == "third-party":
        # "mediated talks between Israel and Hamas": the parties of what is mediated
        targets.extend(p for obj in _objects_of(token) for p in _between(obj))
    defied = [
        o
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.lower_ == "defiance"
        for o in prep_objects(noun, {"of"})
    ]
    if defied:
        # "blocked streets in Hong Kong in defiance of Chinese authorities": the defied
        targets, subtrees, has_slot = defied, defied, True
    aimed_at = [t for t in prep_objects(token, _AIMED_PREPS - preps) if t not in targets]
    complement = _complement_parties(token) if token.pos_ in {"VERB", "AUX", "NOUN"} else []
    return Slots(
        sources=tuple(sources),
        targets=tuple(targets),
        target_subtrees=tuple(subtrees),
        intermediaries=tuple(intermediaries),
        pair=(),
        source_via_climb=via_climb,
        has_target_slot=has_slot,
        aimed_at=tuple(aimed_at),
        complement=tuple(t for t in complement if t not in targets),
        alleged=_alleged(token),
    )


def _housed(site: Token) -> Token | None:
    """The forces a site is said to house ("bases housing U.S. troops")."""
    if site.lemma_.lower() not in SITES:  # "bases" has the lemma "basis", listed there
        return None
    for acl in (c for c in site.children if c.dep_ == "acl"):
        if acl.lemma_.lower() in {"house", "host"}:
            return next((o for o in acl.children if o.dep_ == "dobj"), None)
    return None


_COMPLEMENT_PREPS = {"to", "with", "on", "against", "from", "for", "into"}
_SELF_PRONOUNS = {"it", "they", "we", "he", "she"}


def _aimed_in_clause(clause: Token) -> list[Token]:
    """The objects of a clause and of its "to"-infinitives, and "on"/"against" phrases:
    "would continue to exert maximum pressure on Iran"."""
    out: list[Token] = []
    node = clause
    for _ in range(3):
        objects = _objects_of(node)
        out.extend(objects)
        # "on"/"against" only: "warned it could turn to Russia" is not aimed at Russia
        out.extend(prep_objects(node, {"on", "against"}))
        out.extend(p for o in objects for p in prep_objects(o, {"on", "against"}))
        nxt = next((c for c in node.children if c.dep_ == "xcomp"), None)
        if nxt is None:
            break
        node = nxt
    return out


def _condition_subjects(verb: Token) -> list[Token]:
    """The subjects of "if"/"unless" clauses under ``verb``: whom a conditional act is
    made to depend on."""
    return [
        s
        for clause in verb.children
        if clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in {"unless", "if"} for m in clause.children)
        for s in clause.children
        if s.dep_ in {"nsubj", "nsubjpass"}
    ]


def _complement_parties(verb: Token) -> list[Token]:
    """Who a verb's complement clause is about: the subject of a "that" clause, the
    object and "to"/"with"/"on" ... phrases of a "to" infinitive, or whoever the act is
    made to depend on ("threatened to launch an offensive unless Baghdad accepted")."""
    out: list[Token] = []
    out.extend(_condition_subjects(verb))
    for xcomp in (c for c in verb.children if c.dep_ == "xcomp"):
        out.extend(_condition_subjects(xcomp))
    for clause in verb.children:
        if clause.dep_ in {"ccomp", "acl"} and clause.pos_ in {"VERB", "AUX"}:
            # "demanded that X ...", and a noun's "the demand that Denmark withdraw"
            if clause.dep_ == "acl" and not any(m.lower_ == "that" for m in clause.children):
                continue
            subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if verb.lemma_.lower() in WARNING_VERBS:
                # "warned that Russia would respond if NATO deployed troops": the threat
                # is aimed at whoever its condition names, before the clause's subject
                out.extend(_condition_subjects(clause))
            out.extend(subjects)
            if (
                verb.lemma_.lower() in WARNING_VERBS
                and clause.lemma_.lower() != "be"
                and all(c.pos_ == "PRON" and c.lower_ in _SELF_PRONOUNS for c in subjects)
            ):
                # "warned that it would exert pressure on Iran": what the warner would do
                # is aimed at the clause's objects
                out.extend(_aimed_in_clause(clause))
        elif clause.dep_ == "xcomp" and clause.pos_ == "VERB":
            out.extend(_objects_of(clause))
            out.extend(prep_objects(clause, _COMPLEMENT_PREPS))
            for particle in clause.children:  # "hand over to", "cut off ... to"
                if particle.dep_ == "prt":
                    out.extend(prep_objects(particle, _COMPLEMENT_PREPS))
    return [t for t in out if t.lower_ not in _EXPLETIVES]


def _objects_of(token: Token) -> list[Token]:
    objects = [c for c in token.children if c.dep_ in {"dobj", "dative"} and c.pos_ != "ADP"]
    if not objects:
        # "kidnapped up to 16 Russian advisers": the parser read "up to" as a particle
        objects = [
            p
            for up in token.children
            if up.lower_ == "up" and up.dep_ in {"prt", "advmod", "prep"}
            for to in up.children
            if to.lower_ == "to"
            for p in to.children
            if p.dep_ == "pobj" and any(n.dep_ == "nummod" for n in p.children)
        ]
    if not objects and token.pos_ == "VERB":
        # the small model reads "criticised Washington" as an adverbial, "called Zelensky
        # on Monday" as a predicate: a name right after a verb with no object is its object
        objects = [
            c
            for c in token.children
            if c.dep_ in {"npadvmod", "oprd"}
            and c.pos_ == "PROPN"
            and c.i == token.i + 1
            and c.lower_ not in CALENDAR_WORDS
        ]
    return objects


def _is_namey(token: Token) -> bool:
    if token.pos_ in {"PROPN", "PRON"}:
        return True
    # a lower-case word is no name: the entity recogniser need not run for it
    capitalised = token.text[:1].isupper()
    return capitalised and entity_type(token) in {"PERSON", "GPE", "NORP", "ORG"}


_STATEMENTS = {"statement", "resolution", "declaration", "report", "communique", "letter"}
_REQUEST_NOUNS = {"request", "invitation", "behest", "urging", "insistence", "demand", "suggestion"}
# verbs whose object reaction or protest others make at the subject: "drawing condemnation",
# "sparking protests"
DRAWING = frozenset(
    {"draw", "spark", "prompt", "provoke", "trigger", "attract", "earn", "elicit", "face"}
    | {"ignite"}
)
# a deed named in these phrases is not the clause subject's ("despite protests", "over the killing")
_CIRCUMSTANTIAL = {"despite", "amid", "amidst", "notwithstanding", "over"}
# "expelled the ambassador after a missile test": what came before is not the doer's own
# act, unless it was one the doer took part in ("agreed after talks with Ukraine")
_SEQUEL = {"after", "following"}
_PROPOSAL_NOUNS = PROPOSALS | {"invitation", "demand", "request", "appeal", "ultimatum", "overture"}
_PROPOSAL_NOUNS |= {"accusation", "allegation", "claim", "charge", "criticism", "report"}
_COMPELLING = {"order", "force", "compel", "oblige", "instruct"}
_HALTS = {"suspend", "close", "stop", "halt", "cease", "shut", "leave", "vacate"}
_SAID_FROM = {"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN", "AGREE", "CONCEDE"}
_STRAY_WORDS = {"in", "on", "at", "of", "to", "-"}
_MEANS = {"force", "phone", "telephone", "decree", "video", "letter", "means", "way", "air"}
_MEANS |= {"sea", "road", "land", "email", "vote", "hand", "law"}
# nouns for what parties agree on ("welcomed the deal", "a deal brokered by China")
DEALS = frozenset(
    {"deal", "agreement", "accord", "pact", "treaty", "truce", "ceasefire", "settlement"}
)
_BORDERS = {"border", "frontier", "boundary"}
# passives that pass their subject to the infinitive ("is expected to visit")
_RAISING = {"expect", "schedule", "set", "say", "report", "believe", "slate", "due", "plan"}


def _not_an_agent(noun: Token) -> bool:
    """A common noun for a thing or a happening ("a provocation", "the move")."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() not in _PEOPLE_NOUNS
        and not _is_namey(noun)
        and entity_type(noun) == ""
    )


_SINCE = {"since", "after", "before", "until"}


def _in_subordinate_clause(verb: Token) -> bool:
    """A "since"/"after" clause whose subject is a happening, not an actor ("since the
    protests began")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _SINCE for c in verb.children)
        and subject is not None
        and subject.pos_ == "NOUN"
        and entity_type(subject) == ""
        and not any(c.dep_ in {"amod", "compound", "poss"} for c in subject.children)
    )


def _speaker_above(verb: Token) -> Token | None:
    """The subject of the speech verb a clause is reported under, if any."""
    node = verb
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in _SPEECH and node.pos_ in {"VERB", "AUX"}:
            return _subject(node)
    return None


def _tense_breaks_off(conjunct: Token, head: Token) -> bool:
    """A simple past joined to a modal verb of reported speech ("said X would face ...
    and accused Y"): the parser joined clauses of different levels."""
    return (
        conjunct.tag_ == "VBD"
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in _SPEECH
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
        and not any(c.dep_ in {"aux", "nsubj"} for c in conjunct.children)
    )


# buildings and sites that do what a participle on them says ("a school sheltering ...")
_SITES = frozenset(
    {"school", "hospital", "camp", "building", "shelter", "compound", "facility", "site"}
)


def _sayer_of_joined_vow(verb: Token) -> Token | None:
    """ "The Houthis said five fighters were killed and vowed to retaliate": the parser
    joined the vow to what was said; it is the sayer's."""
    said = verb.head
    if (
        verb.dep_ == "conj"
        and verb.lemma_.lower() in WARNING_VERBS | _SPEECH
        and said.dep_ == "ccomp"
        and said.head.lemma_.lower() in _SPEECH
    ):
        return next((c for c in said.head.children if c.dep_ == "nsubj"), None)
    return None


def _set_off_participle(node: Token) -> bool:
    """A participle clause after a comma: ", accusing X of ...", ", saying ..."."""
    return (
        node.dep_ == "advcl"
        and node.tag_ == "VBG"
        and node.i > 0
        and node.doc[node.left_edge.i - 1].text == ","
    )


# verbs by which an act is someone's doing: "an attack organized by X"
_MOUNTING = {"organize", "organise", "orchestrate", "stage", "launch", "carry", "mount"}
_MOUNTING |= {"conduct", "plan", "order", "direct", "perpetrate", "commit"}
# craft that carry out what a participle on them says ("a convoy carrying aid")
_CARRIERS = {"vessel", "ship", "boat", "tanker", "plane", "aircraft", "convoy", "truck", "jet"}


def _climb_subject(token: Token) -> Token | None:
    """Walk up infinitives, conjuncts and clauses to the nearest subject or possessor."""
    node = token
    for _ in range(8):
        if node.pos_ in {"VERB", "AUX"}:
            accused = _accused_of(node)  # "Palestinians suspected of planning an attack"
            if accused is not None:
                return accused
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            return None
        head = node.head
        sayer = _sayer_of_joined_vow(node) or _sayer_of_joined_vow(head)
        if sayer is not None:
            return sayer
        if _set_off_participle(node) and head.dep_ == "xcomp" and head.head.i != head.i:
            # "ordered China to close its consulate, accusing Chinese diplomats of ...":
            # the comma-set participle tells of the main clause's doer, not the ordered
            node, head = head, head.head
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
        if node.dep_ == "advcl" and any(a.lower_ == "to" for a in node.children):
            # "support a deal between Britain and Mauritius to hand over ...": the deal's
            # first party does what it is for (the parser hung the clause on the verb)
            deal = next(
                (o for o in head.children if o.dep_ == "dobj" and o.lemma_.lower() in DEALS),
                None,
            )
            between = prep_objects(deal, {"between"}) if deal is not None else []
            if between and deal is not None and deal.right_edge.i + 1 == node.left_edge.i:
                return between[0]
        if node.dep_ == "acl" and node.tag_ == "VBG" and head.lemma_.lower() in _CARRIERS:
            return head  # "two Philippine vessels delivering supplies": the vessels deliver
        if head.pos_ in {"NOUN", "PROPN"} and node.dep_ in {"acl", "relcl"}:
            owner = _possessor(head)
            if owner is not None:
                return owner
            of = [  # not "the Law Society of Kenya, which ...": part of a name
                o for o in prep_objects(head, {"of"}) if _is_namey(o) and head.pos_ == "NOUN"
            ]
            of += prep_objects(head, {"by"})  # "the decision by Mali's junta to expel ..."
            if head.lemma_.lower() in DEALS:  # "a deal between Britain and Mauritius to
                of += prep_objects(head, {"between"})  # hand over ...": its first party
            if of:
                return of[0]
            named = [c for c in head.children if c.dep_ == "compound" and _is_namey(c)]
            if named and head.lemma_.lower() in _STATEMENTS:
                return named[0]  # "an EU statement criticising Israel": the EU's
            if head.dep_ == "attr" and head.head.i != head.i:
                # "Russia became the first country to recognize the Taliban": the
                # copula's subject is the one the predicate noun names
                named_by = _subject(head.head)
                if named_by is not None:
                    return named_by
            if node.dep_ == "relcl":
                return _wielder(head) or head  # "a missile that struck": who fired it
            if node.dep_ == "acl" and head.dep_ == "ROOT" and _objects_of(node):
                # "Israeli airstrikes killed 20 people": a main verb with an object read as
                # a participle of its subject (a participle takes no object)
                return _wielder(head)
            if (
                node.dep_ == "acl"
                and head.dep_ == "conj"
                and head.head.dep_ == "ROOT"
                and _objects_of(node)
            ):
                # "The United States and 20 other countries expelled 100 diplomats": the
                # same, on the last of the joined subjects; the first one leads the list
                return head.head
            if node.tag_ == "VBG" and head.lemma_.lower() in _PEOPLE_NOUNS:
                return head  # "demonstrators protesting the results": they protest
            if node.dep_ == "acl" and node.tag_ == "VBG" and head.lemma_.lower() in _SITES:
                return head  # "a school sheltering displaced families": the school does
            if (
                node.tag_ == "VBN"
                and node is not token
                and head.lemma_.lower() in _PEOPLE_NOUNS
                and not any(c.dep_ == "agent" for c in node.children)
            ):
                # "youths resorted to throwing stones, officials said": the parser made
                # the main verb a participle of its subject
                return head
        if head.pos_ in {"NOUN", "PROPN"} and node.dep_ in {"pobj", "prep"}:
            owner = _possessor(head)
            if owner is not None:
                return owner
        if node.dep_ == "xcomp":
            # "prompting North Korea to warn", "urged Japan to act": the object acts
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if (
                obj is not None
                and head.lemma_.lower() in _COMPELLING
                and token.lemma_.lower() in _HALTS
            ):
                # "ordered the newspaper to suspend publication": the order is the act
                return _subject(head) or obj
            if obj is not None and head.lemma_.lower() not in _SUBJECT_CONTROL:
                return obj
        if node.dep_ in {"advcl", "xcomp"}:
            # "expressed his country's position to strengthen ...": the position's holder
            for child in head.children:
                if child.dep_ in {"dobj", "attr"} and child.lemma_.lower() in _HOLDER_NOUNS:
                    owner = _possessor(child)
                    if owner is not None:
                        return owner
        if node.dep_ == "xcomp" and head.lemma_.lower() in _RAISING and _passive(head):
            # "the minister is expected to travel": the passive's subject does the act
            raised = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if raised is not None:
                return raised
        if node.dep_ == "conj" and head.dep_ == "relcl" and _not_an_agent(head.head):
            # "called the firing a provocation that threatened peace and urged Pyongyang to
            # stop": the parser joined the main act to a relative clause on a thing
            governor = head.head.head
            for _ in range(2):  # "called the firing a provocation": objects in a row
                if governor.dep_ in {"dobj", "attr"}:
                    governor = governor.head
            if governor.pos_ in {"VERB", "AUX"}:
                subject = _subject(governor)
                if subject is not None:
                    return subject
        if node.dep_ == "conj" and _in_subordinate_clause(head):
            # "X said 20 people had been killed since the protests began and demanded an
            # inquiry": the parser joined the act to the "since" clause; it is the speaker's
            speaker = _speaker_above(head)
            if speaker is not None:
                return speaker
        if node.dep_ == "conj" and _tense_breaks_off(node, head):
            # "X said the Houthis would face ... and accused Iran": a past-tense verb
            # joined to a reported future belongs to the sentence's speaker
            node = head
            continue
        if _agentless_passive(head):
            if node.dep_ == "prep" and node.lower_ == "on":  # "troops were put on alert"
                return next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            return None  # "girls who were kidnapped during a raid": the raiders are unnamed
        subject = _subject(head) if head.pos_ in {"VERB", "AUX", "ADJ"} else None
        if subject is not None:
            return subject
        node = head
    return None
