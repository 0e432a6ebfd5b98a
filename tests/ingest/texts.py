"""Hand-written article texts shared by the ingest tests."""

from __future__ import annotations

ENGLISH = (
    "Vietnam and Cambodia agreed on Monday to resume talks on their disputed border, "
    "officials said. The two governments will meet again in July to review the maps, and "
    "a spokesman told reporters that both sides were ready to settle the remaining issues."
)
