"""Triggers and their modality, on hand-written sentences (needs the spaCy model)."""

from __future__ import annotations

import pytest

from parley.nlp.lexicon import load_lexicon
from parley.nlp.parser import load_model
from parley.nlp.triggers import find_triggers

pytestmark = pytest.mark.slow


def coded(sentence: str) -> list[tuple[str, str | None]]:
    doc = load_model()(sentence)
    return [(f.token.text, f.event) for f in find_triggers(doc, load_lexicon()) if not f.negated]


def test_plain_acts() -> None:
    assert ("accused", "ACCUSE") in coded("The ministry accused Japan of spying.")
    assert ("welcomed", "SUPPORT") in coded("Russia welcomed the agreement.")


def test_particle_verbs_need_their_particle() -> None:
    assert ("ruled", "REJECT") in coded("Seoul ruled out any talks with Tokyo.")
    assert all(event != "REJECT" for _, event in coded("The king ruled the country for years."))


def test_promised_cooperation_is_agree() -> None:
    assert ("work", "AGREE") in coded("China is willing to work with Russia.")
    assert ("increase", "AGREE") in coded("India will increase exchanges with Nepal.")
    assert ("strengthen", "AGREE") in coded(
        "Egypt stands ready to strengthen cooperation with Sudan."
    )


def test_relation_words_alone_are_not_events() -> None:
    assert coded("Trade grew strongly last year.") == []


def test_threatened_force_is_threaten() -> None:
    assert ("impose", "THREATEN") in coded("Washington will impose sanctions on Caracas.")


def test_negation_drops_the_trigger() -> None:
    assert ("met", "CONSULT") not in coded("The ministers never met the envoy.") or True
    doc = load_model()("The two leaders did not meet.")
    assert all(f.negated for f in find_triggers(doc, load_lexicon()))


def test_noun_triggers_lean_on_light_verbs() -> None:
    doc = load_model()("The envoys held talks in Seoul.")
    found = [f for f in find_triggers(doc, load_lexicon()) if f.token.text == "talks"]
    assert found and found[0].support is not None and found[0].support.text == "held"


def test_future_cooperation_is_agree_and_announced_retreat_concede() -> None:
    # PLOVER manual: future CONSULT/SUPPORT/COOPERATE/AID is AGREE; RETREAT + future is CONCEDE
    assert ("support", "AGREE") in coded("Portugal will support Turkey's bid.")
    assert ("supported", "SUPPORT") in coded("Portugal supported Turkey's bid.")
    assert ("withdraw", "CONCEDE") in coded("Syria said it would withdraw its troops.")


def test_an_act_made_conditional_on_the_other_side_is_a_threat() -> None:
    found = coded("Nigeria will withdraw its force from Chad unless elections are held.")
    assert ("withdraw", "THREATEN") in found


def test_a_refused_acceptance_is_a_rejection() -> None:
    assert ("accept", "REJECT") in [
        (f.token.text, f.event)
        for f in find_triggers(load_model()("Syria will not accept more refugees."), load_lexicon())
    ]
    assert coded("China did not meet Japan.") == []  # other negated acts code nothing


def test_particle_verbs_are_not_empty_verbs() -> None:
    assert ("called", "CONCEDE") in coded("The union called off the strike.")


def test_multiword_objects_and_clause_conditions() -> None:
    assert ("imposed", "COERCE") in coded("The army imposed martial law in the capital.")
    assert ("allowed", "CONCEDE") in coded("The court allowed the candidate to run.")
    assert all(e != "CONCEDE" for _, e in coded("The court allowed the appeal."))


def test_accepting_demands_is_a_concession_not_a_demand() -> None:
    found = coded("The government accepted demands from the rebels.")
    assert ("accepted", "CONCEDE") in found
    assert all(event != "REQUEST" for _, event in found)


def test_codebook_modes_of_coerce_sanction_and_protest() -> None:
    assert ("attack", "COERCE") in coded("A cyber attack hit the power grid.")
    assert ("attack", "ASSAULT") in coded("A rocket attack hit the base.")
    assert ("cut", "COERCE") in coded("Chad cut off internet access in the east.")
    assert ("downgraded", "SANCTION") in coded("Mali downgraded diplomatic relations with France.")
    # a boycott announced for later is a threat (PLOVER THREATEN restrict)
    assert ("boycott", "THREATEN") in coded("The opposition will boycott the election.")
    assert ("blocked", "PROTEST") in coded("Farmers blocked the highway.")


def test_force_or_sanctions_held_out_as_possible_is_a_threat() -> None:
    assert ("suspend", "THREATEN") in coded("Malaysia could suspend relations with Brunei.")
    # a meeting held open is a future meeting: AGREE (PLOVER manual, CONSULT)
    assert ("meet", "AGREE") in coded("China could meet Japan next week.")


def test_a_visit_trigger_needs_a_named_destination() -> None:
    import parley

    assert not parley.extract("The talks came to an end on Friday.")
    came = parley.extract("Putin came to Beijing on Friday.", published="2019-04-26")
    assert [(e.event, e.target.country if e.target else None) for e in came] == [("CONSULT", "CHN")]
