from parley.model import PLOVER_TYPES
from parley.nlp.lexicon import load_lexicon


def test_every_coded_event_is_a_plover_type() -> None:
    lexicon = load_lexicon()
    for table in (lexicon.verbs, lexicon.nouns):
        for entries in table.values():
            for entry in entries:
                assert entry.event is None or entry.event in PLOVER_TYPES, entry


def test_prefilter_sees_inflected_forms() -> None:
    lexicon = load_lexicon()
    assert lexicon.has_candidate("The two leaders met in Dalian.")
    assert lexicon.has_candidate("Rebels attacked a convoy.")
    assert lexicon.has_candidate("He is willing to help.")
    assert not lexicon.has_candidate("The weather was sunny and mild.")


def test_multiword_entries_are_listed_under_their_head() -> None:
    lexicon = load_lexicon()
    words = {entry.words for entry in lexicon.verbs["rule"]}
    assert ("rule", "out") in words
