from __future__ import annotations

from parley.kb import KnowledgeBase


def test_find_mentions_offsets_and_case(kb: KnowledgeBase) -> None:
    text = (
        "Let us see: the U.S. and North Korean officials met in Pyongyang; "
        "Kim said the army would talk."
    )
    hits = kb.find_mentions(text)
    got = {(h.text, h.kind) for h in hits}
    assert ("U.S.", "nationality") in got or ("U.S.", "state") in got
    assert ("North Korean", "nationality") in got
    assert ("officials", "agent") in got
    assert ("Pyongyang", "capital") in got
    assert ("army", "agent") in got
    assert all(text[h.start : h.end] == h.text for h in hits)
    assert not any(h.text == "us" for h in hits)


def test_find_mentions_window(kb: KnowledgeBase) -> None:
    text = "Xi met Putin. Then Trump spoke."
    hits = kb.find_mentions(text, 14)
    assert [h.text for h in hits] == ["Trump"]
    assert hits[0].start == text.index("Trump")


def test_lower_case_kim_is_no_name(kb: KnowledgeBase) -> None:
    assert not any(h.key == "kim" for h in kb.find_mentions("a kim and the Kim"[:9]))


def test_windows_of_a_long_text_find_what_the_window_alone_holds(kb: KnowledgeBase) -> None:
    # long texts are tokenised once and searched by window: the hits must not change
    sentences = [
        "Chinese President Xi Jinping met Kim Jong Un in Dalian.",
        "The U.S. State Department said Washington would talk to Pyongyang.",
        "Russia's foreign ministry welcomed the meeting on Tuesday.",
    ] * 20
    text = " ".join(sentences)
    assert len(text) > 2_000
    start = 0
    for sentence in sentences:
        start = text.index(sentence, start)
        end = start + len(sentence)
        alone = [(h.start, h.text, h.kind) for h in kb.find_mentions(sentence)]
        window = [(h.start - start, h.text, h.kind) for h in kb.find_mentions(text, start, end)]
        assert window == alone
        start = end


def test_a_persons_arabic_article_is_spotted_however_it_is_spelled(kb: KnowledgeBase) -> None:
    for text in ("Omar el-Bashir said", "Omar El Bashir said", "Omar Bashir said"):
        hits = [h for h in kb.find_mentions(text) if h.kind == "person"]
        assert [h.text for h in hits] == [text.removesuffix(" said")]
        assert kb.lookup(hits[0].text).entry.id == "SDN.GOV.omar_al_bashir"
