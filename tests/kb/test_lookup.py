from __future__ import annotations

from datetime import date

import pytest

import parley.kb
from parley.errors import KnowledgeBaseError
from parley.kb import KnowledgeBase


def test_public_surface() -> None:
    assert parley.kb.__all__ == sorted(parley.kb.__all__)
    assert parley.kb.__all__ == [
        "ActorEntry",
        "KnowledgeBase",
        "MentionHit",
        "Resolution",
        "default_kb",
    ]


@pytest.mark.parametrize(
    ("mention", "on", "name"),
    [
        ("the US president", "2018-03-28", "Donald Trump"),
        ("the US president", "2021-03-22", "Joe Biden"),
        ("the US president", date(2009, 6, 1), "Barack Obama"),
    ],
)
def test_title_with_country_uses_office_holder(
    kb: KnowledgeBase, mention: str, on: str | date, name: str
) -> None:
    res = kb.lookup(mention, on)
    assert res.status == "resolved" and res.entry is not None
    assert res.entry.name == name


def test_kim_is_ambiguous_without_context(kb: KnowledgeBase) -> None:
    res = kb.lookup("Kim", "2018-06-12")
    assert res.status == "ambiguous" and res.entry is None and res.candidates
    settled = kb.lookup("Kim", "2018-06-12", context=["PRK"])
    assert settled.entry is not None and settled.entry.country == "PRK"


def test_kim_party_titles_by_date(kb: KnowledgeBase) -> None:
    chair = kb.office_holder("PRK", "party_leader", "2018-01-01")
    gs = kb.office_holder("PRK", "party_leader", "2021-06-01")
    assert chair is not None and gs is not None
    assert chair.valid_from == "2016-05-09" and gs.valid_from == "2021-01-10"


def test_xi_offices(kb: KnowledgeBase) -> None:
    assert kb.office_holder("CHN", "party_leader", "2012-12-01").name == "Xi Jinping"  # type: ignore[union-attr]
    assert kb.office_holder("CHN", "head_of_state", "2012-12-01").name == "Hu Jintao"  # type: ignore[union-attr]


def test_taliban_status_changes(kb: KnowledgeBase) -> None:
    assert kb.lookup("Taliban", "2021-08-14").entry.sector == "REB"  # type: ignore[union-attr]
    assert kb.lookup("Taliban", "2021-08-15").entry.sector == "GOV"  # type: ignore[union-attr]


def test_the_north_needs_korean_context(kb: KnowledgeBase) -> None:
    assert kb.lookup("the North", "2018-01-01", context=["KOR"]).entry.country == "PRK"  # type: ignore[union-attr]
    assert kb.lookup("the North", "2018-01-01", context=["USA"]).status != "resolved" or (
        kb.lookup("the North", "2018-01-01", context=["USA"]).entry.country != "PRK"  # type: ignore[union-attr]
    )


def test_agent_sector_and_country_of(kb: KnowledgeBase) -> None:
    assert kb.agent_sector("foreign ministry") == ("GOV", None)
    assert kb.agent_sector("ambassador") == ("GOV", "ambassador")
    assert kb.agent_sector("president") == ("GOV", "head_of_state")
    assert kb.agent_sector("army") == ("MIL", None)
    for mention in ("Chinese", "China", "Beijing", "PRC"):
        assert kb.country_of(mention) == "CHN"
    assert kb.country_of("DPRK") == "PRK"


def test_former_leader_is_elite(kb: KnowledgeBase) -> None:
    res = kb.lookup("Obama", "2019-01-01")
    assert res.entry is not None and res.entry.sector == "ELI"


def test_future_leader_keeps_country_without_office(kb: KnowledgeBase) -> None:
    res = kb.lookup("Laurent Gbagbo", "2000-06-01")  # president from 2000-10-26
    assert res.entry is not None and res.entry.country == "CIV"
    assert res.entry.role is None and res.entry.sector is None


def test_plural_demonym_names_the_country(kb: KnowledgeBase) -> None:
    assert kb.country_of("Kenyans") == "KEN"
    assert kb.country_of("Iraqis") == "IRQ"
    kinds = [h.kind for h in kb.find_mentions("Thousands of Kenyans marched.")]
    assert kinds == ["agent", "nationality"]  # a crowd (of Kenyans)


def test_a_country_name_is_not_a_surname(kb: KnowledgeBase) -> None:
    res = kb.lookup("Montenegro", "2025-01-01")  # also the surname of Portugal's PM
    assert res.entry is not None and res.entry.kind == "state" and res.entry.country == "MNE"
    assert kb.lookup("Luís Montenegro", "2025-01-01").entry.country == "PRT"  # type: ignore[union-attr]


def test_a_bare_surname_means_the_prominent_holder_unless_context_says_otherwise(
    kb: KnowledgeBase,
) -> None:
    # in 2020 Timor-Leste's president was also a Guterres
    assert kb.lookup("Guterres", "2020-01-01").entry.country == "IGO"  # type: ignore[union-attr]
    local = kb.lookup("Guterres", "2020-01-01", context=("TLS",))
    assert local.entry is not None and local.entry.country == "TLS"


def test_a_lowercase_word_is_no_surname(kb: KnowledgeBase) -> None:
    assert kb.lookup("Power", "2016-01-01").entry.country == "USA"  # type: ignore[union-attr]
    found = kb.lookup("power", "2016-01-01").entry  # "power lines"
    assert found is None or found.kind != "person"


def test_un_ambassadors_act_for_their_states(kb: KnowledgeBase) -> None:
    assert kb.lookup("Nebenzia", "2022-03-01").entry.country == "RUS"  # type: ignore[union-attr]
    assert kb.lookup("Riyad Mansour", "2024-01-01").entry.country == "PSE"  # type: ignore[union-attr]


def test_belgrade_is_serbias_not_montenegros(kb: KnowledgeBase) -> None:
    # CountryInfo (2011) kept the old union's capital on Montenegro's row
    assert kb.country_of("Belgrade") == "SRB"
    assert kb.country_of("Podgorica") == "MNE"


def test_words_that_open_sentences_are_no_surnames(kb: KnowledgeBase) -> None:
    hits = kb.find_mentions('No one was hurt. "You must leave," he said. Parts of Kyiv lost power.')
    assert not [h for h in hits if h.kind == "person"]


def test_companies_are_business_actors_of_their_state(kb: KnowledgeBase) -> None:
    found = kb.lookup("Huawei", "2023-01-01").entry
    assert found is not None and (found.country, found.sector) == ("CHN", "BUS")


def test_thai_and_ethiopian_leaders_go_by_their_given_names(kb: KnowledgeBase) -> None:
    assert kb.lookup("Prayuth", "2019-06-01").entry.country == "THA"  # type: ignore[union-attr]
    assert kb.lookup("Abiy", "2021-06-01").entry.country == "ETH"  # type: ignore[union-attr]
    assert kb.lookup("Abdul", "2021-06-01").entry is None  # too common to stand alone


def test_a_surname_with_the_arabic_article_is_also_written_without(kb: KnowledgeBase) -> None:
    assert kb.lookup("Menfi", "2023-06-01").entry.country == "LBY"  # type: ignore[union-attr]


def test_a_surname_within_one_state_means_its_highest_office(kb: KnowledgeBase) -> None:
    found = kb.lookup("Assad", "2021-06-01").entry  # Bashar, not his brother Maher
    assert found is not None and found.role == "head_of_state"


def test_people_named_by_trade_have_sectors(kb: KnowledgeBase) -> None:
    assert kb.agent_sector("unions") == ("LAB", None)
    assert kb.agent_sector("guards") == ("COP", None)


def test_bad_date_raises(kb: KnowledgeBase) -> None:
    with pytest.raises(KnowledgeBaseError):
        kb.lookup("Trump", "2018-13-01")


def test_unknown(kb: KnowledgeBase) -> None:
    assert kb.lookup("Zorblax Quuxington", "2020-01-01").status == "unknown"


def test_countryinfo_guide_does_not_leak_into_the_first_country() -> None:
    from parley.kb import default_kb

    kb = default_kb()
    found = kb.lookup("Afganistan", "2000-01-01").entry
    assert found is not None and found.country == "AFG"
    assert kb.lookup("Other Major Cities", "2000-01-01").entry is None


def test_insurgents_are_coded_with_the_country_they_fight_in() -> None:
    from parley.kb import default_kb

    kb = default_kb()
    for mention, country in [("LTTE", "LKA"), ("UNITA", "AGO"), ("Polisario", "ESH")]:
        entry = kb.lookup(mention, "2000-01-01").entry
        assert entry is not None and (entry.country, entry.sector) == (country, "REB")
    later = kb.lookup("UNITA", "2010-01-01").entry
    assert later is not None and later.sector == "OPP"


@pytest.mark.parametrize(
    ("mention", "country", "sector"),
    [
        ("Kataib Hezbollah", "IRQ", "REB"),
        ("Asaib Ahl al-Haq", "IRQ", "REB"),
        ("Los Choneros", "ECU", "CRM"),
        ("MS-13", "SLV", "CRM"),
        ("Tren de Aragua", "VEN", "CRM"),
        ("FDLR", "COD", "REB"),
        ("Maher al-Assad", "SYR", "MIL"),
    ],
)
def test_armed_groups_gangs_and_commanders_of_the_news(
    kb: KnowledgeBase, mention: str, country: str, sector: str
) -> None:
    entry = kb.lookup(mention, "2024-06-01").entry
    assert entry is not None and (entry.country, entry.sector) == (country, sector)


def test_envoys_and_interior_ministers_of_the_news(kb: KnowledgeBase) -> None:
    entry = kb.lookup("Hans Grundberg", "2023-06-01").entry
    assert entry is not None and entry.country == "IGO"
    patel = kb.lookup("Priti Patel", "2021-01-01").entry
    assert patel is not None and (patel.country, patel.sector) == ("GBR", "GOV")
    # a Pakistani minister is not Somalia's former president
    rashid = kb.lookup("Sheikh Rashid Ahmed", "2021-01-01").entry
    assert rashid is None or rashid.country == "PAK"


def test_a_name_another_state_bore_until_a_date_follows_the_date(kb: KnowledgeBase) -> None:
    assert kb.country_of("Congo", "2024-03-01") == "COD"
    assert kb.country_of("Congo", "1985-06-01") == "COG"
    assert kb.country_of("Congo-Brazzaville", "2024-03-01") == "COG"


def test_regions_name_their_member_states(kb: KnowledgeBase) -> None:
    assert "QAT" in kb.region_members("Gulf")
    assert "MYS" in kb.region_members("Southeast  Asian")
    assert kb.region_members("reclusive") == frozenset()
