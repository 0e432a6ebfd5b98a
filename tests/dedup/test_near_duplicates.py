from __future__ import annotations

from parley.dedup import NearDuplicateIndex, is_near_duplicate, signature, similarity
from parley.dedup.near_duplicates import lsh_buckets, shingles

BODY = (
    "Chinese President Xi Jinping and Kim Jong Un, chairman of the Workers' Party of Korea, "
    "exchanged verbal messages on Monday, pledging to further develop the friendly ties "
    "between the two parties and countries. In his message Xi said that the two sides have "
    "maintained close communication and that China is ready to work with the DPRK side to "
    "guide the relations toward a brighter future and bring benefits to the two peoples."
)
OTHER = (
    "The central bank raised interest rates by a quarter point on Thursday, citing persistent "
    "inflation in services and a tight labour market, and signalled that further increases "
    "remain possible if price pressures fail to ease over the coming months of the year."
)


def test_identical_and_reworded_copies() -> None:
    a, b = signature(BODY), signature(BODY)
    assert a == b and similarity(a, b)[0] == 1.0
    assert is_near_duplicate(a, b)
    assert not is_near_duplicate(a, signature(OTHER))


def test_wrapped_repost_is_caught_by_containment() -> None:
    wrapped = (
        "Home | World | Asia. Share this story on social media. Subscribe to our newsletter "
        "for the latest headlines every morning, straight to your inbox, free of charge. "
        + BODY
        + " Related stories: markets rally, weather warning, sports results. Copyright 2021 "
        "Example Media Group. All rights reserved. Terms of use and privacy policy apply."
    )
    a, b = signature(BODY), signature(wrapped)
    jaccard, containment = similarity(a, b)
    assert jaccard < 0.8 <= containment
    assert is_near_duplicate(a, b)


def test_signatures_are_deterministic_and_case_insensitive() -> None:
    assert signature(BODY.upper()).minhash == signature(BODY).minhash
    assert shingles("") == set() and signature("").n_shingles == 0
    assert lsh_buckets(signature("")) == []
    assert not is_near_duplicate(signature(""), signature(""))


def test_index_finds_the_copy_and_not_the_stranger() -> None:
    index = NearDuplicateIndex()
    index.add("orig", signature(BODY))
    index.add("other", signature(OTHER))
    match = index.find(signature(BODY + " (Xinhua)"))
    assert match is not None and match.doc_id == "orig" and match.jaccard > 0.8
    assert index.find(signature("Completely unrelated words about football and cricket.")) is None
    assert len(index) == 2
