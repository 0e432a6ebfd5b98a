from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.errors import EvalError
from parley.evaluate import load_gold, normalise_code, normalise_type, tuple_key

from .builders import actors, gold_line, gsr_record, write_gsr, write_jsonl


def test_document_format_detected_and_parsed(tmp_path: Path) -> None:
    rows = [
        gold_line("d1", "PRK", "CONSULT", "CHN", dates=["2021-03-22"], location=("Beijing", "CHN")),
        gold_line("d1", "CHN", "SUPPORT", "PRK", required=False),
        gold_line("d2", "USA", "ACCUSE", "CHN", mode="disapprove"),
    ]
    gold = load_gold(write_jsonl(tmp_path / "x.gold.jsonl", rows))
    assert gold.kind == "documents"
    assert gold.doc_ids == ("d1", "d2")
    first, second, third = gold.events
    assert first.symmetric and first.key == ("CHN", "CONSULT", "PRK")  # unordered pair
    assert first.dates == ("2021-03-22",)
    assert first.location is not None and first.location.name == "Beijing"
    assert not second.required and second.key == ("CHN", "SUPPORT", "PRK")
    assert third.mode == "disapprove" and third.location is None


def test_symmetric_key_only_for_consult_and_cooperate() -> None:
    assert tuple_key("PRK", "COOPERATE", "CHN") == ("CHN", "COOPERATE", "PRK")
    assert tuple_key("PRK", "AGREE", "CHN") == ("PRK", "AGREE", "CHN")
    assert tuple_key("PRK", "CONSULT", None) == ("PRK", "CONSULT", None)


def test_gsr_label_mapping(tmp_path: Path) -> None:
    rows = [
        gsr_record("r-demand", "DEMAND", actors("USA"), actors("IRQ")),
        gsr_record("r-disapprove", "DISAPPROVE", actors("FRA"), actors("USA")),
        gsr_record("r-investigate", "INVESTIGATE", actors("GBR"), actors("NGA")),
        gsr_record("r-fight", "FIGHT", actors("ISR"), actors("LBN"), mode="heavy-weapons"),
        gsr_record("r-protest", "PROTEST", actors("SRB"), actors("SRB"), mode="strike-hun"),
        gsr_record("r-agree", "AGREE", actors("USA"), actors("JOR"), mode=""),
    ]
    gold = load_gold(write_gsr(tmp_path / "gsr.txt", rows))
    assert gold.kind == "sentences"
    by_id = {r.record_id: r for r in gold.records}
    assert len(by_id) == 6  # the DOCUMENT record is skipped
    assert (by_id["r-demand"].event, by_id["r-demand"].mode) == ("REQUEST", None)
    assert (by_id["r-disapprove"].event, by_id["r-disapprove"].mode) == ("ACCUSE", "disapprove")
    assert (by_id["r-investigate"].event, by_id["r-investigate"].mode) == ("ACCUSE", "investigate")
    assert by_id["r-investigate"].original_event == "INVESTIGATE"
    assert (by_id["r-fight"].event, by_id["r-fight"].mode) == ("ASSAULT", "heavy-weapons")
    assert by_id["r-protest"].mode == "hunger"  # 0.5b1 mode mapped
    assert by_id["r-agree"].mode is None


def test_gsr_compound_actors_give_one_tuple_per_pair(tmp_path: Path) -> None:
    rows = [
        gsr_record("compound", "THREATEN", actors("IMG"), actors("USA", "ISR")),
        gsr_record("two-sources", "ACCUSE", actors("USA", "GBR"), actors("IRQ")),
    ]
    records = {r.record_id: r for r in load_gold(write_gsr(tmp_path / "g.txt", rows)).records}
    assert records["compound"].tuples == {("IMG", "THREATEN", "USA"), ("IMG", "THREATEN", "ISR")}
    assert records["two-sources"].tuples == {("USA", "ACCUSE", "IRQ"), ("GBR", "ACCUSE", "IRQ")}
    assert records["two-sources"].sources == {"USA", "GBR"}
    assert records["two-sources"].has_dyad


def test_gsr_reciprocal_and_missing_sides(tmp_path: Path) -> None:
    rows = [
        gsr_record(
            "recip",
            "AGREE",
            actors("USA", "JOR"),
            "",
            markup="The (SRC/TAR: United States) and (SRC/TAR: Jordan) have (EVT: agreed)",
        ),
        gsr_record("joint-consult", "CONSULT", actors("USA", "RUS"), None, markup="(SRC: U.S.)"),
        gsr_record("no-target", "RETREAT", actors("GEO"), None),
        gsr_record("diplomatic", "AGREE", actors("TUR"), "diplomatic"),
        gsr_record("no-source", "FIGHT", None, actors("IRQ")),
    ]
    records = {r.record_id: r for r in load_gold(write_gsr(tmp_path / "g.txt", rows)).records}
    assert records["recip"].reciprocal
    assert records["recip"].tuples == {("USA", "AGREE", "JOR"), ("JOR", "AGREE", "USA")}
    assert records["recip"].targets == {"USA", "JOR"}
    assert records["joint-consult"].tuples == {("RUS", "CONSULT", "USA")}
    assert records["no-target"].tuples == {("GEO", "RETREAT", None)}
    assert not records["no-target"].has_dyad and records["no-target"].targets == frozenset()
    assert records["diplomatic"].tuples == {("TUR", "AGREE", None)}
    assert records["no-source"].tuples == {(None, "ASSAULT", "IRQ")}


def test_gsr_codes_and_places_normalised(tmp_path: Path) -> None:
    rows = [
        gsr_record("jap", "SANCTION", actors("JAP"), actors("SRB"), loc={"name": "Tokyo"}),
        gsr_record("itl", "SANCTION", actors("ITL"), actors("VTN")),
        gsr_record(
            "bam", "AID", actors("IGO"), actors("IRN"), loc={"name": "Bam", "country code": "IR"}
        ),
    ]
    records = {r.record_id: r for r in load_gold(write_gsr(tmp_path / "g.txt", rows)).records}
    assert records["jap"].tuples == {("JPN", "SANCTION", "SRB")}
    assert records["itl"].tuples == {("ITA", "SANCTION", "VNM")}
    assert records["bam"].sources == {"IGO"}
    jap_loc, bam_loc = records["jap"].location, records["bam"].location
    assert jap_loc is not None and jap_loc.country is None
    assert bam_loc is not None and (bam_loc.name, bam_loc.country) == ("Bam", "IRN")
    assert normalise_code(" jap ") == "JPN" and normalise_code("") is None
    assert normalise_type("fight") == "ASSAULT"


def test_gsr_duplicate_ids_made_unique(tmp_path: Path) -> None:
    rows = [
        gsr_record("dup", "COERCE", actors("AFG"), actors("AFG")),
        gsr_record("dup", "COERCE", actors("ISR"), actors("PSE")),
    ]
    gold = load_gold(write_gsr(tmp_path / "g.txt", rows))
    assert gold.doc_ids == ("dup", "dup#2")


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("bad.jsonl", '{"doc_id": "d1", "event": "AGREE"}\n{not json\n', "bad.jsonl:2"),
        ("type.jsonl", json.dumps(gold_line("d1", "A", "HUG", "B")) + "\n", "unknown event type"),
        ("empty.jsonl", "\n\n", "no gold events"),
        ("nodoc.jsonl", '{"event": "AGREE"}\n', "needs 'doc_id'"),
        ("gsr.txt", '[{"id": "x", "event": "AGREE"', "bad JSON"),
        ("gsr2.txt", '[{"id": "x", "event": "AGREE", "source": [], "target": []}]', "needs 'id'"),
        ("gsr3.txt", '[{"id": "PLOVER-DOCUMENT", "event": "DOCUMENT"}]', "no event records"),
    ],
)
def test_bad_gold_files_raise_e040(tmp_path: Path, name: str, content: str, fragment: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError) as info:
        load_gold(path)
    assert info.value.code == "E040"
    assert fragment in str(info.value)


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="E040"):
        load_gold(tmp_path / "nope.jsonl")
