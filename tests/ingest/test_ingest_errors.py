"""Every bad input gives a coded error for that item and the rest is still read."""

from __future__ import annotations

import json

import pytest

from parley.errors import InputError
from parley.ingest import read_inputs, read_metadata
from parley.model import Article

from .conftest import Writer
from .texts import ENGLISH


def only_error(items: list[Article | InputError]) -> InputError:
    (item,) = items
    assert isinstance(item, InputError), item
    return item


def test_empty_file(write: Writer) -> None:
    path = write("empty.txt", "\n  \n")
    error = only_error(list(read_inputs([path])))
    assert error.code == "E003" and error.origin == str(path)


def test_furniture_only_file_is_empty(write: Writer) -> None:
    error = only_error(list(read_inputs([write("f.txt", "Share this\n\nBack to top\n")])))
    assert error.code == "E003"


def test_binary_file(write: Writer) -> None:
    error = only_error(list(read_inputs([write("x.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")])))
    assert error.code == "E002"


def test_binary_jsonl_gives_one_error(write: Writer) -> None:
    error = only_error(list(read_inputs([write("x.jsonl", b"\x00\x01\n" * 50)])))
    assert error.code == "E002"


def test_control_characters_count_as_binary(write: Writer) -> None:
    error = only_error(list(read_inputs([write("x.txt", b"\x01\x02\x03\x04abc" * 10)])))
    assert error.code == "E002"


def test_latin1_file(write: Writer) -> None:
    path = write("latin.txt", f"Caf\u00e9 talks\n\n{ENGLISH}".encode("latin-1"))
    assert only_error(list(read_inputs([path]))).code == "E002"


def test_utf8_bom_is_accepted(write: Writer) -> None:
    (article,) = list(read_inputs([write("bom.txt", f"\ufeff{ENGLISH}".encode())]))
    assert isinstance(article, Article) and article.text == ENGLISH


def test_huge_file(write: Writer) -> None:
    path = write("big.txt", ENGLISH * 3)
    error = only_error(list(read_inputs([path], max_chars=100)))
    assert error.code == "E007" and "limit 100" in str(error)
    far_too_big = write("bigger.txt", ENGLISH * 20)  # refused before it is read
    assert only_error(list(read_inputs([far_too_big], max_chars=100))).code == "E007"


def test_malformed_json_line(write: Writer) -> None:
    good = json.dumps({"id": "ok", "text": ENGLISH})
    path = write("b.jsonl", f'{good}\n{{"id": "bad", "text": \n{good}\n')
    first, error, third = list(read_inputs([path]))
    assert isinstance(first, Article) and isinstance(third, Article)
    assert isinstance(error, InputError) and error.code == "E004"
    assert error.origin == f"{path}:2" and str(error).startswith(f"{path}:2: [E004]")


def test_json_without_text(write: Writer) -> None:
    path = write("c.jsonl", json.dumps({"id": "x", "title": "only a title"}) + "\n")
    error = only_error(list(read_inputs([path])))
    assert (error.code, error.origin) == ("E005", f"{path}:1")


def test_non_english_text(write: Writer) -> None:
    french = (
        "Le gouvernement a annoncé lundi que les discussions avec les pays voisins sur la "
        "frontière vont reprendre dans les prochaines semaines, selon un porte-parole qui a "
        "précisé que les deux parties sont prêtes à trouver un accord."
    )
    error = only_error(list(read_inputs([write("fr.txt", french)])))
    assert error.code == "E006" and "fr" in str(error)
    assert "few English function words" in str(error)


def test_non_latin_script(write: Writer) -> None:
    error = only_error(list(read_inputs([write("ru.txt", "Переговоры возобновятся. " * 20)])))
    assert error.code == "E006" and "Cyrillic" in str(error)


def test_declared_language(write: Writer) -> None:
    line = json.dumps({"id": "x", "text": ENGLISH, "language": "de"})
    error = only_error(list(read_inputs([write("d.jsonl", line)])))
    assert error.code == "E006" and "de (declared)" in str(error)


def test_unknown_binary_extension(write: Writer) -> None:
    error = only_error(list(read_inputs([write("pic.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF")])))
    assert error.code == "E008"


def test_missing_path(tmp_path: object) -> None:
    error = only_error(list(read_inputs(["/nonexistent/parley/x.txt"])))
    assert error.code == "E001"


def test_bad_meta_raises_up_front(write: Writer) -> None:
    meta = write("meta.jsonl", '{"doc_id": "a"}\nnot json\n')
    items = read_inputs([write("a.txt", ENGLISH)], meta=meta)
    with pytest.raises(InputError) as caught:
        next(items)
    assert caught.value.code == "E009" and caught.value.origin == f"{meta}:2"
    with pytest.raises(InputError, match="E009"):
        read_metadata(write("m2.jsonl", '{"title": "no id"}\n'))


def test_a_sentence_thick_with_names_is_still_english() -> None:
    from parley.ingest.language import guess_language

    text = (
        "The European Community may halt mediation efforts among Serbia's feuding republics "
        "if cooperation by all parties founders, Dutch Foreign Minister Hans Van den Broek "
        "said on Tuesday."
    )
    assert guess_language(text)[0] == "en"
