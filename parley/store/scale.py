"""The cooperation–conflict scale for PLOVER event types and modes (see ``docs/scale.md``).

Values run from −10 (most conflictual) to +10 (most cooperative), the PLOVER
counterpart of the CAMEO Goldstein scale, taken from the PLOVER manual's table
"PLOVER conflict–cooperation scores". ``QUAD_CLASS`` groups the types into the four
CAMEO-style quad classes named in each category's "Quad category" line of the manual.
"""

from __future__ import annotations

from typing import Final

VERBAL_COOPERATION: Final = 1
MATERIAL_COOPERATION: Final = 2
VERBAL_CONFLICT: Final = 3
MATERIAL_CONFLICT: Final = 4

QUAD_NAMES: Final[dict[int, str]] = {
    VERBAL_COOPERATION: "verbal cooperation",
    MATERIAL_COOPERATION: "material cooperation",
    VERBAL_CONFLICT: "verbal conflict",
    MATERIAL_CONFLICT: "material conflict",
}

# "Quad category" of each PLOVER category in the manual (CONCEDE is verbal: "verbal
# concessions which have no immediate material consequences"; PROTEST is material:
# it "presumes significant physical/material activity").
QUAD_CLASS: Final[dict[str, int]] = {
    "AGREE": VERBAL_COOPERATION,
    "CONSULT": VERBAL_COOPERATION,
    "SUPPORT": VERBAL_COOPERATION,
    "CONCEDE": VERBAL_COOPERATION,
    "COOPERATE": MATERIAL_COOPERATION,
    "AID": MATERIAL_COOPERATION,
    "RETREAT": MATERIAL_COOPERATION,
    "REQUEST": VERBAL_CONFLICT,
    "ACCUSE": VERBAL_CONFLICT,
    "REJECT": VERBAL_CONFLICT,
    "THREATEN": VERBAL_CONFLICT,
    "PROTEST": MATERIAL_CONFLICT,
    "SANCTION": MATERIAL_CONFLICT,
    "MOBILIZE": MATERIAL_CONFLICT,
    "COERCE": MATERIAL_CONFLICT,
    "ASSAULT": MATERIAL_CONFLICT,
}

# Base score of each type (the manual's shaded rows). ACCUSE is printed "3" in the
# manual; every ACCUSE mode is negative and the type is verbal conflict, so it is −3.
TYPE_SCALE: Final[dict[str, float]] = {
    "AGREE": 2.5,
    "CONSULT": 2.5,
    "SUPPORT": 5.0,
    "CONCEDE": 4.5,
    "COOPERATE": 9.5,
    "AID": 10.0,
    "RETREAT": 6.5,
    "REQUEST": 0.0,
    "ACCUSE": -3.0,
    "REJECT": -2.0,
    "THREATEN": -3.5,
    "PROTEST": -5.0,
    "SANCTION": -6.0,
    "MOBILIZE": -5.5,
    "COERCE": -7.0,
    "ASSAULT": -9.0,
}

# Mode-specific scores from the same table; a mode not listed takes the type's score.
MODE_SCALE: Final[dict[tuple[str, str], float]] = {
    ("CONSULT", "visit"): 4.0,
    ("CONSULT", "third-party"): 1.0,
    ("CONSULT", "multilateral"): 4.0,
    ("CONSULT", "phone"): 1.5,
    ("RETREAT", "withdraw"): 8.0,
    ("RETREAT", "release"): 6.5,
    ("RETREAT", "disarm"): 10.0,
    ("RETREAT", "ceasefire"): 7.5,
    ("RETREAT", "access"): 6.5,
    ("RETREAT", "resign"): 4.5,
    ("REQUEST", "assist"): 0.5,
    ("REQUEST", "change"): -1.0,
    ("REQUEST", "yield"): -1.0,
    ("REQUEST", "meet"): 0.0,
    ("ACCUSE", "disapprove"): -2.0,
    ("ACCUSE", "investigate"): -3.5,
    ("ACCUSE", "allege"): -3.5,
    ("REJECT", "assist"): -1.5,
    ("REJECT", "change"): -2.0,
    ("REJECT", "yield"): -2.0,
    ("REJECT", "meet"): -2.0,
    ("THREATEN", "restrict"): -3.0,
    ("THREATEN", "arrest"): -3.5,
    ("THREATEN", "relations"): -3.5,
    ("THREATEN", "expel"): -3.5,
    ("THREATEN", "territory"): -4.0,
    ("THREATEN", "violence"): -3.5,
    ("PROTEST", "demo"): -5.0,
    ("PROTEST", "riot"): -7.0,
    ("PROTEST", "strike"): -5.0,
    ("PROTEST", "hunger"): -4.5,
    ("PROTEST", "boycott"): -4.5,
    ("PROTEST", "obstruct"): -4.5,
    ("SANCTION", "convict"): -6.0,
    ("SANCTION", "expel"): -5.5,
    ("SANCTION", "withdraw"): -6.0,
    ("SANCTION", "discontinue"): -6.0,
    ("MOBILIZE", "troops"): -6.5,
    ("MOBILIZE", "weapons"): -6.5,
    ("MOBILIZE", "police"): -5.5,
    ("MOBILIZE", "militia"): -6.0,
    ("COERCE", "seize"): -7.0,
    ("COERCE", "restrict"): -7.0,
    ("COERCE", "censor"): -6.5,
    ("COERCE", "curfew"): -6.5,
    ("COERCE", "martial-law"): -7.5,
    ("COERCE", "arrest"): -7.0,
    ("COERCE", "deport"): -7.0,
    ("COERCE", "withhold"): -7.0,
    ("COERCE", "misinformation"): -6.5,
    ("COERCE", "cyber"): -7.0,
    ("ASSAULT", "abduct"): -8.5,
    ("ASSAULT", "beat"): -7.5,
    ("ASSAULT", "torture"): -8.5,
    ("ASSAULT", "sexual"): -8.5,
    ("ASSAULT", "targeted"): -9.5,
    ("ASSAULT", "destroy"): -8.5,
    ("ASSAULT", "primitive"): -8.0,
    ("ASSAULT", "firearms"): -9.0,
    ("ASSAULT", "explosives"): -9.0,
    ("ASSAULT", "suicide-attack"): -9.5,
    ("ASSAULT", "aerial"): -9.5,
    ("ASSAULT", "drone"): -9.5,
    ("ASSAULT", "heavy-weapons"): -9.5,
    ("ASSAULT", "crowd-control"): -7.5,
    ("ASSAULT", "unconventional"): -10.0,
}


def _norm_mode(mode: str | None) -> str | None:
    if not mode:
        return None
    return mode.strip().lower().replace("_", "-").replace(" ", "-")


def scale_value(event: str, mode: str | None = None, *, negated: bool = False) -> float | None:
    """Score of a type (and mode) on the −10..+10 scale; None for an unknown type.

    A negated event ("did not attack") reports that nothing happened: it scores 0.
    """
    base = TYPE_SCALE.get(event.upper())
    if base is None:
        return None
    if negated:
        return 0.0
    norm = _norm_mode(mode)
    return MODE_SCALE.get((event.upper(), norm), base) if norm else base


def quad_class(event: str) -> int | None:
    """Quad class 1..4 of a type (see ``QUAD_NAMES``); None for an unknown type."""
    return QUAD_CLASS.get(event.upper())


__all__ = [
    "MATERIAL_CONFLICT",
    "MATERIAL_COOPERATION",
    "MODE_SCALE",
    "QUAD_CLASS",
    "QUAD_NAMES",
    "TYPE_SCALE",
    "VERBAL_CONFLICT",
    "VERBAL_COOPERATION",
    "quad_class",
    "scale_value",
]
