"""The ml pipeline stage with a fake embedder, classifier and extractor (no torch)."""

from __future__ import annotations

from typing import Any

from parley.ml.decide import ADDED_DYAD, MLPolicy
from parley.ml.typer import EventTyper
from parley.model import Article, Event

from .fakes import FakeExtractor, KeywordEmbedder, Unit, actor, event, one_hot_classifier

SENTENCES = (
    "Iraq shelled border posts of Iran.",  # rules said ACCUSE
    "Iran and Iraq held talks.",  # no rule event, two actors
    "The weather in Iran was fine.",  # no rule event, one actor
)
TEXT = " ".join(SENTENCES)
S1, S2, S3 = ((TEXT.index(s), TEXT.index(s) + len(s)) for s in SENTENCES)


def run(policy: MLPolicy, rule_events: list[Event]) -> tuple[list[Event], KeywordEmbedder]:
    article = Article("d1", TEXT)
    extractor: Any = FakeExtractor(
        article, {S2[0]: [actor("IRN"), actor("IRQ")], S3[0]: [actor("IRN")]}
    )
    units: Any = [Unit(*S1), Unit(*S2), Unit(*S3)]
    embedder = KeywordEmbedder()
    typer = EventTyper(one_hot_classifier(), embedder, policy)
    [events] = typer.refine([extractor], [units], [rule_events])
    return events, embedder


def test_rule_events_are_retyped_and_only_their_sentences_embedded() -> None:
    rules = [event("ACCUSE", "IRQ", "IRN", start=S1[0], end=S1[1])]
    events, embedder = run(MLPolicy(), rules)
    assert [
        (e.source.country, e.event, e.target.country if e.target else None) for e in events
    ] == [("IRQ", "ASSAULT", "IRN")]
    assert embedder.seen == [TEXT[S1[0] : S1[1]]]


def test_add_codes_a_sentence_with_two_actors_and_no_trigger() -> None:
    events, embedder = run(MLPolicy(retype=False, add=True), [])
    assert len(embedder.seen) == 1  # the one-actor sentence is not even embedded
    [added] = events
    assert added.target is not None
    assert (added.source.country, added.event, added.target.country) == ("IRN", "CONSULT", "IRQ")
    assert added.evidence.start == S2[0]
    assert added.provenance["extractor"] == "parley-ml-0.1"
    assert added.confidence < ADDED_DYAD  # probability times the dyad's certainty


def test_add_respects_the_threshold() -> None:
    article = Article("d1", TEXT)
    extractor: Any = FakeExtractor(article, {S2[0]: [actor("IRN"), actor("IRQ")]})
    typer = EventTyper(one_hot_classifier(threshold=0.99), KeywordEmbedder(), MLPolicy(add=True))
    [events] = typer.refine([extractor], [[Unit(*S2)]], [[]])  # type: ignore[list-item]
    assert events == []


def test_title_units_and_empty_batches() -> None:
    article = Article("d1", TEXT)
    extractor: Any = FakeExtractor(article, {S2[0]: [actor("IRN"), actor("IRQ")]})
    embedder = KeywordEmbedder()
    typer = EventTyper(one_hot_classifier(), embedder, MLPolicy(add=True))
    [events] = typer.refine([extractor], [[Unit(*S2, title=True)]], [[]])  # type: ignore[list-item]
    assert events == [] and embedder.seen == []
    assert typer.refine([], [], []) == []
