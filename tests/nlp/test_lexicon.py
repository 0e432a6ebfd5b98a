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
    assert lexicon.has_candidate("China is willing to work with Russia.")
    assert not lexicon.has_candidate("The weather was sunny and mild.")


def test_prefilter_skips_triggers_missing_their_companion_word() -> None:
    lexicon = load_lexicon()
    assert not lexicon.has_candidate("He is willing to work hard.")  # "work" needs "with"
    assert not lexicon.has_candidate("They hope it stays dry.")  # intent alone codes nothing
    assert lexicon.has_candidate("Seoul ruled out talks.")
    assert not lexicon.has_candidate("The king ruled for years.")  # "rule" needs "out"
    assert lexicon.has_candidate("Both sides agreed to strengthen ties.")


def test_multiword_entries_are_listed_under_their_head() -> None:
    lexicon = load_lexicon()
    words = {entry.words for entry in lexicon.verbs["rule"]}
    assert ("rule", "out") in words


def test_generated_verbs_are_merged_under_the_hand_written_ones() -> None:
    lexicon = load_lexicon()
    # from cameo_verbs.yaml only
    assert [e.event for e in lexicon.verbs["abduct"]] == ["ASSAULT"]
    assert lexicon.has_candidate("Gunmen abducted three workers.")
    # triggers.yaml wins on its lemmas: "impose" keeps its hand-written entries only
    events = [e.event for e in lexicon.verbs["impose"]]
    assert events == ["COERCE", "COERCE", "SANCTION", "COERCE", "COERCE", "COERCE"]
    assert "sanction" in lexicon.verbs["impose"][2].needs_obj
    assert all(e.event == "SUPPORT" for e in lexicon.verbs["praise"])


def test_object_variants_come_before_the_default() -> None:
    lexicon = load_lexicon()
    entries = lexicon.verbs["abandon"]
    assert entries[-1].needs_obj == () and all(e.needs_obj for e in entries[:-1])


def test_common_verbs_only_count_with_their_objects() -> None:
    lexicon = load_lexicon()
    assert all(e.needs_obj or e.needs_pobj for e in lexicon.verbs["take"])
    assert any(e.event == "ASSAULT" for e in lexicon.verbs["take"])  # "took hostages"
    assert "say" not in lexicon.verbs
    assert all(e.needs_xcomp for e in lexicon.verbs["tell"])  # "told X to ...", not "that"
    assert not lexicon.has_candidate("They took the train home.")
    assert lexicon.has_candidate("Rebels took two hostages.")


def test_deverbal_nouns_are_merged() -> None:
    lexicon = load_lexicon()
    assert lexicon.nouns["crackdown"][0].event == "COERCE"
    assert lexicon.nouns["meeting"][0].event == "CONSULT"  # hand-written kept


def test_yaml_booleans_are_read_back_as_prepositions() -> None:
    entry = load_lexicon().verbs["congratulate"][0]
    assert "on" in entry.targets


def test_prefilter_keeps_reported_obligations() -> None:
    lexicon = load_lexicon()
    assert lexicon.has_candidate("Britain said Libya must hand over the suspects.")
    assert not lexicon.has_candidate("The weather should be fine.")


def test_no_lexicon_file_lists_a_word_twice() -> None:
    """YAML keeps the last of two equal keys: an earlier entry would be lost unseen."""
    import collections
    from pathlib import Path

    import yaml

    def no_duplicates(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[object, object]:
        keys = [loader.construct_object(k) for k, _ in node.value]
        twice = [k for k, n in collections.Counter(keys).items() if n > 1]
        assert not twice, f"listed twice: {twice}"
        return loader.construct_mapping(node)

    class Checking(yaml.SafeLoader):
        pass

    Checking.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, no_duplicates)
    folder = Path(__file__).resolve().parents[2] / "parley" / "data" / "lexicon"
    for path in sorted(folder.glob("*.yaml")):
        yaml.load(path.read_text("utf-8"), Loader=Checking)  # noqa: S506 - a SafeLoader
