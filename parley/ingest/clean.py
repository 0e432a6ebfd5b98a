"""Offset-preserving removal of page furniture.

Cleaning works line by line. A line is furniture when a *strong* rule matches it
(share/subscribe/navigation phrases, breadcrumbs, credits, cookie notices, bylines ...)
or, after the title, when a *weak* rule does: an all-caps label, or a short line with
no sentence-final punctuation and nothing verb-like in it. The title (first line that
is not strong furniture) and datelines are kept. Removed characters become spaces and
newlines stay, so ``clean(text)`` has the length of ``text`` and every offset still holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from parley.ingest.dateline import match_dateline

MAX_SHORT_TOKENS = 10  # a "short" line has at most this many tokens
MAX_LABEL_TOKENS = 6
MAX_PHRASE_TOKENS = 8  # whole-line furniture phrases are at most this long


@dataclass(frozen=True, slots=True)
class Removal:
    """A blanked stretch of the text and the rule that removed it."""

    start: int
    end: int
    rule: str


def _phrase(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(alternatives) + r")\s*[:.!…»>|-]*$", re.IGNORECASE)


# Whole-line phrases, whatever their position.
_PHRASES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "navigation",
        _phrase(
            r"back to top(?: button)?",
            r"(?:scroll|go|jump|return) to (?:the )?top",
            r"top of (?:the )?page",
            r"skip to (?:main )?content",
            r"(?:home|menu|search|top|close|open|more|less)",
            r"(?:next|previous|prev|older|newer) (?:post|article|story|page|entry)",
            r"(?:load|show|see|view) (?:more|all)(?: \w+)?",
        ),
    ),
    (
        "share",
        _phrase(
            r"share(?: (?:this|the|on|via|it)\b.*)?",
            r"(?:tweet|print|email|e-mail|whatsapp|pin)(?: (?:this|it)\b.*)?",
            r"(?:suggest|send|email|e-mail|forward|recommend) (?:this |it )?to a friend",
        ),
    ),
    (
        "related",
        _phrase(
            r"(?:related|recommended|similar|latest|popular|trending|more)"
            r"(?: (?:articles?|posts?|stories|story|news|content|reading|videos?|topics?))?",
            r"(?:read|see|view) (?:more|also|next|the full \w+)\b.*",
            r"(?:also read|also see|you (?:may|might) also like)",
            r"most (?:read|popular|viewed)",
            r"more (?:from|on|in|about) .{1,40}",
        ),
    ),
    (
        "comments",
        _phrase(
            r"\d*\s*comments?",
            r"(?:leave|post|add|write) (?:a|your) (?:comment|reply)\b.*",
            r"(?:view|show|hide) (?:all )?comments?",
        ),
    ),
    (
        "advertisement",
        _phrase(r"advertisements?", r"sponsored(?: content)?", r"promoted", r"ad", r"adv"),
    ),
)

# Patterns matched at the start of a line, for lines up to ``max_tokens`` tokens long.
_STARTS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    (
        "click-here",
        re.compile(r"^(?:please\s+)?(?:click|tap|press)\s+(?:here|this|the link)\b", re.I),
        80,
    ),
    (
        "subscribe",
        re.compile(
            r"^(?:subscribe|sign up|sign in|log ?in|register|join us|follow us|follow @|"
            r"follow (?:the )?[A-Z][\w ]{0,30} on|like us on|download (?:our|the) app|"
            r"get (?:our|the) (?:newsletter|app))\b",
            re.I,
        ),
        20,
    ),
    (
        "published-by",
        re.compile(
            r"^(?:or\w{0,4}ally|first|also|this (?:article|story) was)?\s*"
            r"(?:published|posted|appeared|syndicated)\s+(?:by|in|on|at|with|first)\b",
            re.I,
        ),
        12,
    ),
    ("source-credit", re.compile(r"^(?:source|courtesy|via|credit|credits)\s*:", re.I), 12),
    (
        "image-credit",
        re.compile(
            r"^(?:file\s+)?(?:photos?|images?|pictures?|pics?|photographs?|videos?|graphics?)"
            r"\s*(?:credit|by|courtesy)?\s*[:/|©]",
            re.I,
        ),
        25,
    ),
    ("image-credit", re.compile(r"^[A-Z]{2,}(?:\s[A-Z]+)?/[A-Z][\w.]+"), 8),
    (
        "copyright",
        re.compile(r"^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}|by\b))", re.I),
        40,
    ),
    ("tags", re.compile(r"^(?:tags?|topics?|keywords|filed under|categor(?:y|ies))\s*:", re.I), 40),
)

_COOKIE = re.compile(r"\bcookies?\b", re.I)
_COOKIE_NOTICE = re.compile(
    r"\b(?:we use|this (?:web)?site uses|our (?:use of )?cookies|accept (?:all|our|the)|"
    r"consent to|"
    r"cookie (?:policy|settings|preferences|notice))",
    re.I,
)
_BYLINE = re.compile(  # the prefix in any case, then a capitalised name
    r"^(?i:by|written by|reported by|reporting by|story by|words by|text by|edited by|"
    r"editing by|compiled by|authors?|posted by)\s*:?\s+[A-Z]"
)
_BYLINE_WORDS = re.compile(
    r"\b(?:written|reported|reporting|edited|editing|compiled|posted)\b", re.I
)
_STAMP = re.compile(
    r"^(?:posted|published|updated|last updated|last modified|modified|date)\b", re.I
)
_DATEISH = re.compile(
    r"\d{1,2}:\d{2}|(?<!\d)(?:19|20)\d\d(?!\d)|\b\d+\s+(?:minutes?|hours?|days?)\s+ago\b", re.I
)
_RIGHTS = re.compile(r"\ball rights reserved\b", re.I)
_IMAGE_WORDS = re.compile(
    r"\b(?:getty images|afp photo|ap photo|reuters photo|photo credit|shutterstock)\b", re.I
)
_PAREN_CREDIT = re.compile(r"^[(\[][^()\[\]]{1,50}[)\]]$")
_SEPARATORS = re.compile(r"\s*(?:>|›|»|\|)\s*")
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$|^\S+@\S+\.\w+$", re.I)
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’)\]]*)$")

# Finite verbs and auxiliaries that make a short line read as a sentence or headline.
_VERBS_TEXT = (
    "is are was were be been am has have had do does did will would shall should can could "
    "may might must says said say tells told asks asked urges urged calls called warns "
    "warned vows vowed meets met holds held signs signed rejects rejected denies denied "
    "accuses accused condemns condemned threatens threatened attacks attacked kills killed "
    "agrees agreed plans planned seeks sought wants wanted backs backed launches launched "
    "sends sent opens opened visits visited gets got makes made takes took gives gave"
)
_VERBS = frozenset(_VERBS_TEXT.split())


def _tokens(line: str) -> list[str]:
    return line.split()


def _is_breadcrumb(line: str) -> bool:
    parts = [part for part in _SEPARATORS.split(line) if part]
    if len(parts) < 2 or _SEPARATORS.search(line) is None:
        return False
    return all(len(part.split()) <= 6 for part in parts) and not _SENTENCE_END.search(line)


def strong_rule(line: str) -> str | None:
    """The rule that makes ``line`` furniture wherever it stands, or None."""
    tokens = _tokens(line)
    if not any(ch.isalnum() for ch in line):
        return "symbols"
    if _URL_ONLY.match(line):
        return "url"
    for name, pattern in _PHRASES:
        if len(tokens) <= MAX_PHRASE_TOKENS and pattern.match(line):
            return name
    for name, pattern, max_tokens in _STARTS:
        if len(tokens) <= max_tokens and pattern.match(line):
            return name
    if (
        len(tokens) <= 12
        and _BYLINE.match(line)
        and not _verb_like(_BYLINE_WORDS.sub("", line).split())
    ):
        return "byline"
    if len(tokens) <= 14 and _STAMP.match(line) and _DATEISH.search(line):
        return "stamp"
    if len(tokens) <= 60 and _COOKIE.search(line) and _COOKIE_NOTICE.search(line):
        return "cookie-notice"
    if len(tokens) <= 20 and _RIGHTS.search(line):
        return "copyright"
    if len(tokens) <= 20 and _IMAGE_WORDS.search(line):
        return "image-credit"
    if len(tokens) <= MAX_LABEL_TOKENS and _PAREN_CREDIT.match(line):
        return "credit"
    if _is_breadcrumb(line):
        return "breadcrumb"
    return None


def _verb_like(tokens: list[str]) -> bool:
    for token in tokens:
        word = token.strip("\"'“”‘’()[],;:.!?")
        if not word or not word.islower():
            continue
        if word in _VERBS or (len(word) >= 5 and word.endswith(("ed", "ing"))):
            return True
    return False


def weak_rule(line: str) -> str | None:
    """Rules for lines after the title: labels and short verbless fragments."""
    tokens = _tokens(line)
    letters = [ch for ch in line if ch.isalpha()]
    if (
        len(tokens) <= MAX_LABEL_TOKENS
        and len(letters) >= 2
        and all(ch.isupper() for ch in letters)
        and not _SENTENCE_END.search(line)
    ):
        return "label"
    if (
        len(tokens) <= MAX_SHORT_TOKENS
        and not _SENTENCE_END.search(line)
        and not _verb_like(tokens)
    ):
        return "short-fragment"
    return None


def _lines(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def find_furniture(text: str) -> list[Removal]:
    """Every furniture line of ``text`` (stripped extent), in order.

    Lines continuing a kept line that did not end a sentence (hard-wrapped paragraphs)
    are never removed.
    """
    removals: list[Removal] = []
    title_seen = False
    previous_open = False  # previous line is kept text that does not end a sentence
    for start, raw in _lines(text):
        line = raw.strip()
        if not line:
            previous_open = False
            continue
        rule = None if previous_open else strong_rule(line)
        if rule is None and title_seen and not previous_open and match_dateline(line) is None:
            rule = weak_rule(line)
        if rule is None:
            # a kept line that does not end a sentence may continue on the next line;
            # the title never does (a label right under it is still furniture)
            previous_open = (
                title_seen and _SENTENCE_END.search(line) is None and len(_tokens(line)) > 3
            )
            title_seen = True
            continue
        offset = start + (len(raw) - len(raw.lstrip()))
        removals.append(Removal(offset, offset + len(line), rule))
        previous_open = False
    return removals


def title_line(text: str) -> str | None:
    """The first line that is not strong furniture: the article's title."""
    for _, raw in _lines(text):
        line = raw.strip()
        if line and strong_rule(line) is None:
            return line
    return None


def blank(text: str, removals: list[Removal]) -> str:
    """``text`` with each removal replaced by spaces (newlines kept)."""
    chars = list(text)
    for removal in removals:
        for index in range(removal.start, removal.end):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)


def clean(text: str) -> str:
    """``text`` with furniture blanked: same length, same newlines."""
    return blank(text, find_furniture(text))
