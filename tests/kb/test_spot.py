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
