"""The fast parse: same token attributes as the full model, entities only on demand."""

from __future__ import annotations

import pytest

from parley.nlp.attributes import CompiledAttributes
from parley.nlp.parser import entity_type, load_model, parse, recognise_entities

pytestmark = pytest.mark.slow

SENTENCES = [
    "Xi Jinping, general secretary of the CPC Central Committee, met Kim Jong Un in Dalian.",
    "He didn't say whether the talks, which were held on Monday, had gone well.",
    "There are two sides to this: I ain't gonna say it, let's wait and y'all see.",
    "Nothin' was agreed.  The ministry (MOFA) said so\n\nin a statement.",
    "Protesters were dispersed by police who had been ordered to clear the square.",
    "It is what it is, and that's what Russia's foreign minister told reporters.",
]


def _attributes(doc: object) -> list[tuple[str, ...]]:
    return [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]  # type: ignore[attr-defined]


def test_parse_gives_the_full_models_tags_morphology_and_lemmas() -> None:
    full = list(load_model().pipe(SENTENCES))
    fast = list(parse(SENTENCES))
    assert [_attributes(d) for d in fast] == [_attributes(d) for d in full]


def test_compiled_rules_refuse_a_pattern_they_do_not_cover() -> None:
    assert CompiledAttributes.build([{"patterns": [[{"SHAPE": "Xxxx"}]], "attrs": {}}]) is None
    unknown_attr = {"patterns": [[{"TAG": "NN"}]], "attrs": {"ENT_TYPE": "X"}}
    assert CompiledAttributes.build([unknown_attr]) is None


def test_later_rules_override_earlier_ones() -> None:
    rules = CompiledAttributes.build(
        [
            {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
            {"patterns": [[{"TAG": "NN", "LOWER": "ministry"}]], "attrs": {"POS": "PROPN"}},
        ]
    )
    assert rules is not None
    doc = load_model().make_doc("the ministry said")
    for token, tag in zip(doc, ["DT", "NN", "VBD"], strict=True):
        token.tag_ = tag
    rules(doc)
    assert [t.pos_ for t in doc] == ["", "PROPN", ""]


def test_entities_are_recognised_on_demand_once() -> None:
    doc = next(parse(["Kim Jong Un met Xi Jinping in Dalian."]))
    assert not doc.ents  # not yet: most sentences never need them
    assert entity_type(doc[0]) == "PERSON"
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Dalian", "GPE") in ents
    recognise_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == ents


def test_docs_flagged_in_advance_get_entities_in_the_batch() -> None:
    texts = ["Ri Ryong Nam spoke.", "Moon Jae-in met Kim."]
    docs = list(parse(texts, wants_entities=lambda d: "Moon" in d.text))
    assert not docs[0].ents
    assert docs[1].ents


def test_an_acronym_the_tagger_read_as_a_verb_names_the_noun_before_it() -> None:
    from parley.nlp.parser import parse

    (doc,) = parse(["They were withdrawing from the regional bloc ECOWAS with immediate effect."])
    acronym = next(t for t in doc if t.text == "ECOWAS")
    assert acronym.pos_ == "PROPN" and acronym.head.text == "bloc"


def test_a_past_tense_after_an_infinitive_is_lifted_to_the_main_clause() -> None:
    doc = next(parse(["The senator called on the minister to resign and accused him of lying."]))
    accused = next(t for t in doc if t.text == "accused")
    assert accused.head.text == "called"


def test_a_relative_clause_on_the_last_word_of_a_name_tells_of_the_whole_name() -> None:
    text = "The figures come from the Bar Association of Uganda, which criticized the court."
    doc = next(parse([text]))
    criticized = next(t for t in doc if t.text == "criticized")
    assert criticized.head.text == "Association"


def test_a_finite_verb_read_as_a_modifier_heads_its_own_clause() -> None:
    text = (
        "Saudi Crown Prince Mohammed bin Salman received Ukrainian President Volodymyr "
        "Zelenskyy in Jeddah on Monday, a day before Saudi Arabia hosts talks between U.S. "
        "and Ukrainian officials on ending the war with Russia."
    )
    doc = next(parse([text]))
    hosts = next(t for t in doc if t.text == "hosts")
    talks = next(t for t in doc if t.text == "talks")
    assert hosts.dep_ != "compound" and talks.head.i == hosts.i


def test_a_simple_past_read_as_a_modifier_is_the_sentences_verb() -> None:
    doc = next(parse(["Turkey hosted talks between Russia and Ukraine."]))
    hosted = next(t for t in doc if t.text == "hosted")
    assert hosted.dep_ == "ROOT"
    assert {c.text for c in hosted.children if c.dep_ == "nsubj"} == {"Turkey"}
