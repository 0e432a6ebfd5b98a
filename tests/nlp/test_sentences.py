from parley.nlp.sentences import split_sentences


def pieces(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_splits_on_stops_and_keeps_offsets() -> None:
    text = "Leaders met on Monday. They agreed to talk again! Did they? Yes."
    assert pieces(text) == [
        "Leaders met on Monday.",
        "They agreed to talk again!",
        "Did they?",
        "Yes.",
    ]


def test_abbreviations_and_initials_do_not_split() -> None:
    text = "Mr. Smith met the U.S. envoy. Kim J. Un said no."
    assert pieces(text) == ["Mr. Smith met the U.S. envoy.", "Kim J. Un said no."]


def test_paragraphs_and_headline_lines_are_boundaries() -> None:
    text = "A headline without a stop\n\nFirst body sentence here. Second one.\nNext line"
    assert pieces(text) == [
        "A headline without a stop",
        "First body sentence here.",
        "Second one.",
        "Next line",
    ]


def test_hard_wrapped_prose_is_joined() -> None:
    text = "The minister said the two countries\nwould meet again soon."
    assert pieces(text) == [text]


def test_quotes_close_sentences() -> None:
    text = '"We will respond," he said. "Soon."'
    assert pieces(text) == ['"We will respond," he said.', '"Soon."']


def test_range_restricts_and_offsets_are_absolute() -> None:
    text = "Skip this. Keep this one. And this."
    spans = split_sentences(text, 11)
    assert [text[s:e] for s, e in spans] == ["Keep this one.", "And this."]
    assert spans[0][0] == 11


def test_attribution_after_a_quote_stays_with_it() -> None:
    text = '"We will meet again soon!" Trump later wrote in a tweet. Next sentence.'
    assert pieces(text) == [
        '"We will meet again soon!" Trump later wrote in a tweet.',
        "Next sentence.",
    ]
