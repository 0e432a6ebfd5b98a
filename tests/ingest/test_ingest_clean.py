from __future__ import annotations

from pathlib import Path

import pytest

from parley.ingest.clean import clean, find_furniture, title_line

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

KEPT = (
    "Ministers agree to resume border talks",
    "HANOI, June 3 (Reuters) -- Vietnam and Cambodia agreed on Monday to resume talks on "
    "their disputed border, officials said.",
    "The two governments will meet again in July, a spokesman told reporters.",
)

PAGE = f"""World › Asia › Diplomacy
Ministers agree to resume border talks

Posted 10:15, June 4, 2019

{KEPT[1]}

{KEPT[2]}

Photo: Jane Doe/Getty Images

EXAMPLE WIRE

snippet

Follow us on Facebook and Twitter

Click here to get our daily newsletter in your inbox, every morning, free of charge

We use cookies to improve your experience. By continuing to browse you accept our cookie policy.

By Jane Roe

Read More

Email This To A Colleague:

Print this

Recommended Stories

Go to top

First published by Example Wire Service

(Example News)
"""


def test_length_and_newlines_are_kept() -> None:
    body = clean(PAGE)
    assert len(body) == len(PAGE)
    assert [i for i, ch in enumerate(body) if ch == "\n"] == [
        i for i, ch in enumerate(PAGE) if ch == "\n"
    ]


def test_furniture_blanked_and_paragraphs_kept() -> None:
    body = clean(PAGE)
    kept = [line.strip() for line in body.split("\n") if line.strip()]
    assert kept == list(KEPT)
    for line in KEPT:  # offsets still point at the same characters
        start = PAGE.index(line)
        assert body[start : start + len(line)] == line


def test_rules_are_named() -> None:
    rules = {PAGE[r.start : r.end]: r.rule for r in find_furniture(PAGE)}
    assert rules["World › Asia › Diplomacy"] == "breadcrumb"
    assert rules["(Example News)"] == "credit"
    assert rules["EXAMPLE WIRE"] == "label"
    assert rules["snippet"] == "short-fragment"
    assert rules["First published by Example Wire Service"] == "published-by"
    assert (
        rules[
            "We use cookies to improve your experience. By continuing to browse you "
            "accept our cookie policy."
        ]
        == "cookie-notice"
    )


def test_title_is_first_line_that_is_not_furniture() -> None:
    assert title_line(PAGE) == "Ministers agree to resume border talks"


def test_short_headline_with_verb_is_kept() -> None:
    text = f"Title of the story\n\n{KEPT[1]}\n\nTalks stalled in May\n\n{KEPT[2]}\n"
    assert clean(text) == text


def test_wrapped_paragraph_lines_are_kept() -> None:
    text = (
        "Title of the story\n\nVietnam and Cambodia agreed on Monday to resume\n"
        "talks on the border\nwith help from Laos and\nby the government of Thailand.\n"
    )
    assert clean(text) == text


def test_dateline_on_its_own_line_is_kept() -> None:
    text = f"Title of the story\n\nKYIV, Ukraine (AP) —\n\n{KEPT[2]}\n"
    assert clean(text) == text


def test_single_long_line_is_untouched() -> None:
    text = " ".join([KEPT[1], KEPT[2]] * 5)
    assert clean(text) == text


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared seeds not present")
def test_seed_furniture_is_blanked() -> None:
    expected = {  # test data: what a reader sees as furniture in each seed
        "000": ["Xinhua) 08:22, March 23, 2021"],
        "001": ["Home\xa0>\xa0News from China", "Suggest To A Friend:"],
        "002": ["Orignally published by INP", "Share this post", "scroll to top"],
        "003": ["Related Articles", "Back to top button"],
        "004": ["APD NEWS", "text", "(CGTN)"],
    }
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        body = clean(text)
        assert len(body) == len(text)
        removed = [text[r.start : r.end] for r in find_furniture(text)]
        assert removed == expected[path.name[:3]], path.name
        paragraphs = [line for line in text.split("\n") if len(line.split()) > 12]
        assert all(line in body for line in paragraphs), path.name
        title = title_line(text)
        assert title is not None and title in body


@pytest.mark.parametrize(
    "line",
    [
        "Share the burden, the minister said, because no country can do it alone.",
        "By Monday, the troops had withdrawn from the border town.",
        "Registered voters queued for hours in the capital on Sunday morning.",
        "Copyright disputes between the two firms have dragged on for years.",
        "The regulator said browsers would stop accepting third-party cookies used for tracking.",
        "Updated figures from the ministry put the death toll at 40.",
        "More than 200 people were detained, police said.",
    ],
)
def test_prose_resembling_furniture_is_kept(line: str) -> None:
    text = f"Title of the story\n\n{KEPT[2]}\n\n{line}\n"
    assert clean(text) == text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("By Jane Roe and John Doe, Example Wire", "byline"),
        ("Reporting by Jane Roe; Editing by John Doe", "byline"),
        ("Updated: 14:05 GMT, 3 May 2022", "stamp"),
        ("Copyright 2022 Example Media Group", "copyright"),
        ("This website uses cookies so that we can give you the best experience.", "cookie-notice"),
        ("Sign up for our morning briefing", "subscribe"),
        ("REUTERS/Jane Roe", "image-credit"),
        ("https://example.org/world/asia", "url"),
        ("* * *", "symbols"),
    ],
)
def test_furniture_lines(line: str, rule: str) -> None:
    text = f"Title of the story\n\n{KEPT[2]}\n\n{line}\n"
    (removal,) = find_furniture(text)
    assert (text[removal.start : removal.end], removal.rule) == (line, rule)
