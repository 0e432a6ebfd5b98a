"""Modes read from the clause: weapons, what is asked for, media, the accused deed."""

from __future__ import annotations

import parley


def _modes(text: str, published: str | None = None) -> set[tuple[str, str | None]]:
    return {(e.event, e.mode) for e in parley.extract(text, published=published)}


def test_what_a_request_asks_for_names_its_mode() -> None:
    assert ("REQUEST", "yield") in _modes("Sweden called on Tehran to free the vessel.")
    assert ("REQUEST", "meet") in _modes(
        "Japan and the United States requested an emergency meeting of the UN Security Council."
    )
    assert ("REQUEST", "change") in _modes("Kenya demanded that Somalia reverse the decision.")


def test_sanctions_discontinue_and_a_call_by_telephone_is_phone() -> None:
    assert ("SANCTION", "discontinue") in _modes(
        "The United States imposed sanctions on four Nicaraguan officials."
    )
    assert ("CONSULT", "phone") in _modes(
        "Lukashenko spoke by telephone with Russian President Vladimir Putin.", "2020-08-16"
    )


def test_accused_deeds_are_alleged_and_condemnation_disapproves() -> None:
    assert ("ACCUSE", "allege") in _modes("Azerbaijan accused Armenian forces of shelling Terter.")
    assert ("ACCUSE", "disapprove") in _modes(
        "Denmark accused Mali's junta of playing a dirty political game."
    )
    assert ("ACCUSE", "disapprove") in _modes("The United Nations condemned the attack on Kenya.")


def test_a_meeting_in_one_sides_country_is_the_others_visit() -> None:
    events = parley.extract("Xi Jinping met Kim Jong Un in Beijing.", published="2019-01-09")
    assert [(e.source.country, e.mode, e.target and e.target.country) for e in events] == [
        ("PRK", "visit", "CHN")
    ]


def test_what_is_mobilised_names_the_mode() -> None:
    assert ("MOBILIZE", "weapons") in _modes("Taiwan deployed missile systems near Taipei.")
    assert ("MOBILIZE", "troops") in _modes("Russia deployed troops to the border with Ukraine.")


def test_a_return_to_talks_is_asked_as_a_meeting() -> None:
    assert ("REQUEST", "meet") in _modes("Japan urged North Korea to return to talks.")


def test_troops_named_beside_weapons_make_the_mode_troops() -> None:
    assert ("MOBILIZE", "troops") in _modes("Russia deployed troops and tanks to the border.")
