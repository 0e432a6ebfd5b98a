"""The offline gazetteer: shipped data, name matching, disambiguation, false positives."""

from __future__ import annotations

import gzip

import pytest

from parley.resolve.places import DATA_PATH, Gazetteer, default_gazetteer, name_key


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def found(gaz: Gazetteer, text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(mention text, name, country, precision) of every place found."""
    out = []
    for p in gaz.find_places(text):
        assert p.mention is not None
        assert text[p.mention.start : p.mention.end] == p.mention.text
        out.append((p.mention.text, p.name, p.country, p.precision))
    return out


def test_data_file_is_readable_tsv_with_attribution() -> None:
    with gzip.open(DATA_PATH, "rt", encoding="utf-8") as handle:
        first, header = handle.readline(), handle.readline()
    assert "GeoNames" in first and "CC BY 4.0" in first
    assert header.split("\t")[:4] == ["geoname_id", "name", "country", "precision"]


def test_default_gazetteer_is_cached(gaz: Gazetteer) -> None:
    assert default_gazetteer() is gaz
    assert len(gaz) > 30_000


@pytest.mark.parametrize(
    ("name", "country", "precision"),
    [
        ("Liaoning Province", "CHN", "province"),
        ("Dalian", "CHN", "city"),
        ("Hanoi", "VNM", "city"),
        ("Seoul", "KOR", "city"),
        ("Alaska", "USA", "province"),
        ("Beijing", "CHN", "city"),
        ("the Korean Peninsula", None, "region"),
        ("China", "CHN", "country"),
        ("North Korea", "PRK", "country"),
        ("Washington", "USA", "city"),
        ("Paris", "FRA", "city"),
        ("Sao Paulo", "BRA", "city"),
        ("Kiev", "UKR", "city"),
        ("Gaza Strip", "PSE", "region"),
        ("Asia", None, "region"),
        ("Kandahar province", "AFG", "province"),
    ],
)
def test_geocode(gaz: Gazetteer, name: str, country: str | None, precision: str) -> None:
    place = gaz.geocode(name)
    assert place is not None
    assert (place.country, place.precision) == (country, precision)
    assert place.lat is not None and place.lon is not None
    assert place.mention is None


def test_geocode_coordinates(gaz: Gazetteer) -> None:
    beijing = gaz.geocode("Beijing")
    assert beijing is not None and beijing.geoname_id is not None
    assert beijing.lat == pytest.approx(39.9, abs=0.2)
    assert beijing.lon == pytest.approx(116.4, abs=0.2)
    liaoning = gaz.geocode("Liaoning")
    assert liaoning is not None and liaoning.lat == pytest.approx(41.8, abs=1.5)


def test_geocode_country_hint(gaz: Gazetteer) -> None:
    assert gaz.geocode("Georgia").country == "GEO"  # type: ignore[union-attr]
    assert gaz.geocode("Georgia", country="USA").precision == "province"  # type: ignore[union-attr]
    assert gaz.geocode("Punjab", country="PAK").country == "PAK"  # type: ignore[union-attr]
    assert gaz.geocode("Hyderabad").country == "IND"  # type: ignore[union-attr]
    assert gaz.geocode("Hyderabad", country="PAK").country == "PAK"  # type: ignore[union-attr]


def test_geocode_unknown(gaz: Gazetteer) -> None:
    assert gaz.geocode("Atlantis Prime") is None
    assert gaz.geocode("") is None


def test_find_places_in_dateline_and_province(gaz: Gazetteer) -> None:
    text = (
        "BEIJING, May 8 -- Xi Jinping met Kim Jong Un in Dalian, "
        "northeast China's Liaoning Province on May 7-8."
    )
    assert found(gaz, text) == [
        ("BEIJING", "Beijing", "CHN", "city"),
        ("Dalian", "Dalian", "CHN", "city"),
        ("China", "China", "CHN", "country"),
        ("Liaoning Province", "Liaoning", "CHN", "province"),
    ]


def test_find_places_skips_person_names(gaz: Gazetteer) -> None:
    text = (
        "The messages were delivered by Song Tao and Ri Ryong Nam, DPRK ambassador to "
        "China, during their meeting on Monday in Beijing."
    )
    assert [f[0] for f in found(gaz, text)] == ["DPRK", "China", "Beijing"]
    text = "Antony Blinken and Lloyd Austin held talks in Seoul before flying to Alaska."
    assert [f[0] for f in found(gaz, text)] == ["Seoul", "Alaska"]
    assert found(gaz, "Michael Jordan visited Jordan.") == [("Jordan", "Jordan", "JOR", "country")]


def test_find_places_skips_common_words(gaz: Gazetteer) -> None:
    assert found(gaz, "Police said Most of the Reading room was closed in March.") == []
    assert found(gaz, "Nice work. They flew to Nice.") == [("Nice", "Nice", "FRA", "city")]
    text = "The storm hit Mobile, Alabama."
    assert [f[0] for f in found(gaz, text)] == ["Mobile", "Alabama"]


def test_find_places_requires_capitals_and_skips_acronyms(gaz: Gazetteer) -> None:
    assert found(gaz, "they went to paris and beijing") == []
    assert found(gaz, "The UN and the AU met.") == []
    assert [f[1] for f in found(gaz, "The US and the UK agreed. Us too.")] == [
        "United States",
        "United Kingdom",
    ]


def test_find_places_long_names_and_regions(gaz: Gazetteer) -> None:
    text = (
        "Peace on the Korean peninsula matters to the Democratic People's Republic of Korea "
        "and to New York."
    )
    assert found(gaz, text) == [
        ("Korean peninsula", "Korean Peninsula", None, "region"),
        ("Democratic People's Republic of Korea", "North Korea", "PRK", "country"),
        ("New York", "New York City", "USA", "city"),
    ]


def test_find_places_division_words(gaz: Gazetteer) -> None:
    text = "Shelling in Ukraine's Donetsk region; officials in Washington state."
    assert found(gaz, text) == [
        ("Ukraine", "Ukraine", "UKR", "country"),
        ("Donetsk region", "Donetsk", "UKR", "province"),
        ("Washington state", "Washington", "USA", "province"),
    ]


def test_find_places_one_sense_per_article(gaz: Gazetteer) -> None:
    # A small-town name used as a surname earlier is a person later on.
    text = "Evo Morales spoke. Later Morales left."
    assert found(gaz, text) == []


def test_find_places_window_and_country_hint(gaz: Gazetteer) -> None:
    text = "Talks in Paris. Then talks in Hyderabad."
    start = text.index("Then")
    places = gaz.find_places(text, start, None, country="PAK")
    assert [(p.name, p.country) for p in places] == [("Hyderabad", "PAK")]
    assert places[0].mention is not None and places[0].mention.start == text.index("Hyderabad")


def test_name_key_folds_case_accents_and_possessives() -> None:
    assert name_key("São Paulo") == "sao paulo"
    assert name_key("China's") == "china"
    assert name_key("Xi’an") == "xi'an"
    assert name_key("U.S.") == "u.s."


def test_alternate_spellings_of_large_cities(gaz: Gazetteer) -> None:
    assert [(c, p) for _, _, c, p in found(gaz, "Fighting in Fallujah and Basra.")] == [
        ("IRQ", "city"),
        ("IRQ", "city"),
    ]
    # a translation is not a spelling: "White House" is not Casablanca (but the venue)
    assert all(c != "MAR" for _, _, c, _ in found(gaz, "The White House said so."))


def test_a_division_named_after_its_seat_leaves_the_bare_name_to_the_city(gaz: Gazetteer) -> None:
    assert [(c, p) for _, _, c, p in found(gaz, "Shelling hit Kharkiv on Monday.")] == [
        ("UKR", "city")
    ]
    assert [(c, p) for _, _, c, p in found(gaz, "Shelling hit the Kharkiv region.")] == [
        ("UKR", "province")
    ]


def test_regions_and_venues_of_the_news(gaz: Gazetteer) -> None:
    names = {m: (c, p) for m, _, c, p in found(gaz, "Airstrikes in Middle Shabelle killed 30.")}
    assert names == {"Middle Shabelle": ("SOM", "province")}
    summit = found(gaz, "The G7 ministers met in Charlevoix, Quebec.")
    assert ("Charlevoix", "CAN") in {(m, c) for m, _, c, _ in summit}
    # a state of Nigeria does not take the neighbouring country's name
    niger = gaz.find_places("Troops entered Niger.", country="NGA")
    assert [p.country for p in niger] == ["NER"]


def test_west_bank_and_gaza_towns_are_placed(gaz: Gazetteer) -> None:
    for text in ("a raid in Jenin", "strikes on Deir al-Balah", "in Gaza City"):
        assert [p.country for p in gaz.find_places(text, 0, len(text))] == ["PSE"]
