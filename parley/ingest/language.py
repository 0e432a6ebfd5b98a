"""A cheap English check: the share of English function words in the first ~2,000 chars.

News English runs at roughly 35-45% function words; other Latin-script languages share
few of ours. Non-Latin scripts are named from the Unicode database.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from parley.errors import InputError
from parley.ingest._stopwords import STOPWORDS

SAMPLE_CHARS = 2000
MIN_WORDS = 20  # fewer words than this: too little to judge, accepted
MIN_ENGLISH_RATIO = 0.15
MIN_NAME_HEAVY_RATIO = 0.08  # accepted when no other language's function words do better
MIN_LATIN_RATIO = 0.5
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ENGLISH_CODES = frozenset({"en", "eng", "english"})


def _script(letter: str) -> str:
    name = unicodedata.name(letter, "")
    return name.split(" ")[0] if name else "UNKNOWN"


def function_word_ratio(words: list[str], language: str) -> float:
    vocabulary = STOPWORDS[language]
    return sum(1 for word in words if word in vocabulary) / len(words) if words else 0.0


def guess_language(text: str) -> tuple[str, str]:
    """``(code, reason)``: code ``"en"`` when English, else a best guess or ``"unknown"``."""
    sample = text[:SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if letters:
        scripts = Counter(_script(ch) for ch in letters)
        script, count = scripts.most_common(1)[0]
        if scripts["LATIN"] / len(letters) < MIN_LATIN_RATIO:
            return script.lower(), f"mostly {script.title()} script"
    words = [word.lower() for word in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return "en", "too short to judge"
    english = function_word_ratio(words, "en")
    if english >= MIN_ENGLISH_RATIO:
        return "en", f"{english:.0%} English function words"
    ratios = {code: function_word_ratio(words, code) for code in STOPWORDS if code != "en"}
    best = max(ratios, key=lambda code: ratios[code])
    if ratios[best] <= english and english >= MIN_NAME_HEAVY_RATIO:
        # a sentence thick with names ("Dutch Foreign Minister Hans Van den Broek said"):
        # fewer function words, but no other language fits better
        return "en", f"{english:.0%} English function words, no other language closer"
    code = best if ratios[best] > english else "unknown"
    return code, f"few English function words: {english:.0%}"


def is_english_code(code: str) -> bool:
    return code.strip().lower().split("-")[0].split("_")[0] in _ENGLISH_CODES


def ensure_english(text: str, *, origin: str | None, declared: str | None = None) -> None:
    """Raise E006 when the declared language or the guess is not English."""
    if declared is not None:
        if not is_english_code(declared):
            raise InputError("E006", origin=origin, detail=f"{declared} (declared)")
        return
    code, reason = guess_language(text)
    if code != "en":
        raise InputError("E006", origin=origin, detail=f"{code} ({reason})")
