from __future__ import annotations

from pathlib import Path

import pytest

from parley.errors import KnowledgeBaseError
from parley.kb import KnowledgeBase

GOOD = """\
schema: parley-actors/1
entries:
  - name: Jane Roe
    country: NZL
    sector: GOV
    role: foreign_minister
    from: 2031-01-01
    aliases: [Minister Roe]
    source: "test"
"""


def test_user_file_adds_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEY_KB_CACHE", "0")
    path = tmp_path / "mine.yaml"
    path.write_text(GOOD, encoding="utf-8")
    kb = KnowledgeBase.load(extra=[path])
    res = kb.lookup("Minister Roe", "2031-02-01")
    assert res.entry is not None and res.entry.country == "NZL"
    assert kb.office_holder("NZL", "foreign_minister", "2031-02-01") == res.entry


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("entries:\n  - country: NZL\n    sector: GOV\n", 2),
        ("entries:\n  - name: X\n  - name: Y\n    from: 2020-02-31\n", 3),
        ("entries:\n  - name: X\n    colour: red\n", 2),
        (
            "tables:\n  - country: NZL\n    role: head_of_state\n    holders:\n"
            "    - [A, 2001-01-01]\n    - 7\n",
            6,
        ),
    ],
)
def test_malformed_entry_names_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, line: int
) -> None:
    monkeypatch.setenv("PARLEY_KB_CACHE", "0")
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        KnowledgeBase.load(extra=[path])
    assert f"{path}:{line}" in str(err.value)
