"""Repairs of parser errors that would mislead every later stage.

The small English model makes a few attachment errors often enough, and regularly enough,
that fixing them once in the tree is simpler than working round them in each rule that
reads the tree. Each repair is a narrow test on the parse; it rewires heads only where
the words leave no other reading.
"""

from __future__ import annotations

from typing import Any


def repair_parse(doc: Any) -> Any:
    """Apply every repair to ``doc`` in place; returns it."""
    for token in doc:
        if token.tag_ == "NNPS" and token.dep_ in {"nmod", "compound"}:
            _plural_read_as_modifier(token)
        if token.pos_ in {"VERB", "AUX"}:
            if _acronym_read_as_verb(token):
                continue
            _rejoin_split_list(token)
            _rehang_doer_on_object(token)
            _lift_past_out_of_infinitive(token)
            _lift_appeal_out_of_report(token)
            _relative_clause_on_whole_name(token)
            _verb_read_as_compound(token)
            _past_verb_read_as_adjective(token)
            _verb_after_relative_clause(token)
            _relative_clause_on_pronoun(token)
            _answer_to_charge_read_as_main_clause(token)
    return doc


_CHARGES = {"charge", "allegation", "accusation", "claim", "assertion"}


def _answer_to_charge_read_as_main_clause(verb: Any) -> None:
    """ "France accused Iran of holding hostages, a charge Tehran denies": the parser made
    the accusation what Tehran denies. The sentence is the accusation; "a charge Tehran
    denies" describes it."""
    if verb.dep_ != "ROOT":
        return
    charge = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _CHARGES), None
    )
    told = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if charge is None or told is None or not told.i < charge.i < verb.i or charge.i < 2:
        return
    doc = verb.doc
    if doc[charge.i - 2].text != "," or doc[charge.i - 1].dep_ != "det":
        return
    told.head = told
    told.dep_ = "ROOT"
    charge.head = told
    charge.dep_ = "npadvmod"
    verb.head = charge
    verb.dep_ = "relcl"
    for token in doc:
        if token.dep_ == "punct" and token.head.i == verb.i and token.i != verb.i:
            token.head = told


def _relative_clause_on_pronoun(verb: Any) -> None:
    """ "protested what it called maneuvers by Chinese ships that blocked two vessels":
    the parser hung the relative clause on "what"; it belongs to the noun right before
    its "that"."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "PRON":
        return
    relative = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in {"that", "which", "who"}),
        None,
    )
    if relative is None or relative.i == 0:
        return
    noun = verb.doc[relative.i - 1]
    if noun.pos_ in {"NOUN", "PROPN"} and noun.i > verb.head.i:
        verb.head = noun


def _plural_read_as_modifier(plural: Any) -> None:
    """ "clashes between ethnic Serbs and Kosovo police": the parser made "Serbs and
    Kosovo" modifiers of "police". A plural name modifies nothing: it is the first side,
    and the noun after the joined name is the second side's."""
    noun = plural.head
    joined = [c for c in plural.children if c.dep_ == "conj" and c.i < noun.i]
    if noun.pos_ != "NOUN" or plural.i > noun.i or len(joined) != 1:
        return
    second = joined[0]
    if second.i + 1 != noun.i or second.pos_ != "PROPN":
        return
    plural.head = noun.head
    plural.dep_ = noun.dep_
    noun.head = plural
    noun.dep_ = "conj"
    second.head = noun
    second.dep_ = "compound"


def _verb_after_relative_clause(verb: Any) -> None:
    """ "Sudan, which lies downstream of the dam, called on both countries ...": the parser
    ended the relative clause too late and read the main verb as a participle on its last
    noun. A verb right after the clause's closing comma, on a name that heads the whole
    sentence, is that name's verb."""
    doc = verb.doc
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return
    root = verb.head
    while root.head.i != root.i:
        root = root.head
    if root.pos_ != "PROPN" or root.i >= verb.i:
        return
    clause = next((c for c in root.children if c.dep_ == "relcl"), None)
    if clause is None or not any(t.i == verb.head.i for t in clause.subtree):
        return
    if any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "agent"} for c in verb.children):
        return  # "..., backed by Russia": a true participle
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.tag_ = "VBD"
    root.head = verb
    root.dep_ = "nsubj"
    last = doc[len(doc) - 1]
    if last.is_punct and last.head.i != verb.i and last.i > verb.i:
        last.head = verb


def _past_verb_read_as_adjective(verb: Any) -> None:
    """ "Turkey hosted talks between Russia and Ukraine": the parser made the whole
    sentence a noun phrase, the verb a modifier of its object and the subject an adverb.
    A simple past is no modifier: it is the sentence's verb."""
    noun = verb.head
    if verb.dep_ != "amod" or verb.tag_ != "VBD" or noun.dep_ != "ROOT" or noun.pos_ != "NOUN":
        return
    doer = next(
        (c for c in verb.children if c.dep_ in {"npadvmod", "nsubj"} and c.i < verb.i), None
    )
    if doer is None or doer.pos_ not in {"PROPN", "NOUN"}:
        return
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.pos_ = "VERB"
    noun.head = verb
    noun.dep_ = "dobj"
    doer.dep_ = "nsubj"
    for child in list(noun.children):  # the sentence's final stop belongs to the verb
        if child.dep_ == "punct" and child.i > noun.i and child.i == len(verb.doc) - 1:
            child.head = verb


def _verb_read_as_compound(verb: Any) -> None:
    """ "..., a day before Saudi Arabia hosts talks between ...": the parser read the verb
    as a modifier of its object, and the object as the main verb's. A finite verb with a
    subject of its own heads its clause, and its object is its own."""
    noun = verb.head
    if (
        verb.dep_ != "compound"
        or verb.tag_ not in {"VBZ", "VBD", "VBP"}
        or noun.pos_ != "NOUN"
        or noun.dep_ not in {"dobj", "pobj", "nsubj"}
        or not any(c.dep_ == "nsubj" for c in verb.children)
    ):
        return
    clause_head = noun.head
    verb.head = clause_head
    verb.dep_ = "advcl" if any(c.dep_ == "mark" for c in verb.children) else "conj"
    noun.head = verb
    noun.dep_ = "dobj"


def _relative_clause_on_whole_name(verb: Any) -> None:
    """ "the Law Society of Kenya, which accused the police": the parser hangs the clause
    on the name's last word; it tells of the whole named body."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "PROPN" or noun.dep_ != "pobj":
        return
    of = noun.head
    if of.lower_ != "of" or of.head.pos_ != "PROPN":
        return
    if not any(c.dep_ == "nsubj" and c.lower_ in {"which", "who"} for c in verb.children):
        return
    verb.head = of.head


def _lift_past_out_of_infinitive(verb: Any) -> None:
    """ "called on Ruto to withdraw the bill and accused him of ...", "has threatened to
    use force and has imposed sanctions": a past or perfect tense cannot continue a "to"
    infinitive; it is the main clause's second verb."""
    head = verb.head
    if (
        verb.dep_ == "conj"
        and _finite(verb)
        and head.tag_ == "VB"
        and head.dep_ in {"xcomp", "advcl", "ccomp"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        and head.head.i != head.i
        and _finite(head.head)
    ):
        verb.head = head.head


_PERFECT = {"has", "have", "had"}


def _finite(verb: Any) -> bool:
    """A simple past, or a perfect with its own auxiliary ("has imposed")."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children
    )


# verbs that report what was said, and appeals a speaker goes on to make
_REPORTING = {"say", "tell", "state", "announce", "add", "write", "insist", "argue"}
_APPEALS = {"urge", "call", "ask", "appeal", "demand", "warn", "vow", "pledge", "press"}
_APPEALS |= {"praise", "thank", "hail", "condemn", "criticize", "criticise", "denounce", "accuse"}


def _lift_appeal_out_of_report(verb: Any) -> None:
    """ "Lin told a briefing that the region did not need blocs and urged Tokyo to ...":
    an appeal joined to the reported clause, with a subject of its own, is the speaker's
    next act, not the reported subject's."""
    head = verb.head
    if (
        verb.dep_ == "conj"
        and verb.tag_ in {"VBD", "VBZ"}
        and verb.lemma_.lower() in _APPEALS
        and head.dep_ == "ccomp"
        and head.head.i < head.i < verb.i  # the report comes first: "X said that ..."
        and head.head.lemma_.lower() in _REPORTING
        and head.head.tag_ == verb.tag_
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        # the reported clause has a subject of its own, not the speaker again ("he")
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in head.children)
    ):
        verb.head = head.head


def _acronym_read_as_verb(token: Any) -> bool:
    """ "withdrawing from the regional bloc ECOWAS with immediate effect": the tagger read
    the acronym after its noun as a verb; it names the noun (an apposition)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or before.pos_ != "NOUN" or before.dep_ not in {"pobj", "dobj", "nsubj"}:
        return False
    if not (token.text.isalpha() and token.text.isupper() and 2 <= len(token.text) <= 8):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux"} for c in token.children):
        return False  # a verb in capitals with its own clause ("... SAYS")
    for child in list(token.children):
        child.head = token.head  # "with immediate effect" goes back to the clause
    token.head = before
    token.dep_ = "appos"
    token.pos_ = "PROPN"
    token.tag_ = "NNP"
    token.lemma_ = token.text
    return True


def _rehang_doer_on_object(verb: Any) -> None:
    """ "condemned the launch by North Korea": the parser hangs "by" on the active verb,
    where it would be a means; a named doer right after the object is the object's."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return  # a passive's "by" is its agent
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    for by in verb.children:
        if by.dep_ != "prep" or by.lower_ != "by" or not objects:
            continue
        obj = objects[0]
        if by.i != obj.right_edge.i + 1:
            continue
        doer = next((c for c in by.children if c.dep_ == "pobj"), None)
        if doer is None or not _named(doer):
            continue
        by.head = obj


def _named(noun: Any) -> bool:
    """A name, or a noun a name or nationality qualifies ("Russian forces")."""
    if noun.pos_ == "PROPN":
        return True
    return noun.pos_ == "NOUN" and any(
        c.dep_ in {"amod", "compound"} and c.text[:1].isupper() for c in noun.children
    )


def _rejoin_split_list(verb: Any) -> None:
    """ "The ministers of Japan, the United States and South Korea condemned ...": the
    parser ends the "of" list at the first comma and makes the rest a second subject.
    The rest goes back into the list, as conjuncts of its first member."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return
    doc = verb.doc
    for first, rest in zip(subjects, subjects[1:], strict=False):
        member = next(
            (
                o
                for p in first.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
            ),
            None,
        )
        if member is None or member.pos_ != "PROPN":
            continue
        comma = member.right_edge.i + 1
        if comma >= rest.left_edge.i or doc[comma].text != "," or rest.left_edge.i != comma + 1:
            continue
        if rest.pos_ != "PROPN" or not any(c.dep_ == "cc" for c in rest.children):
            continue  # a list goes on to "and"/"or"; an apposition does not
        doc[comma].head = member
        rest.head = member
        rest.dep_ = "conj"
