"""Date expressions in news text, resolved against the publication date.

``find_dates`` scans a stretch of text with a small set of precompiled rules (absolute
dates, ranges, month and weekday names, relative words) and returns one ``DateValue`` per
expression. Overlapping matches are settled longest-first. Values are ISO strings:
``YYYY-MM-DD`` (day), ``YYYY-MM`` (month), ``YYYY`` (year) or ``A/B`` with day dates
(range). Expressions that need the anchor but have none, and vague ones ("recently"),
keep their text with ``value=None``. See docs/dates-and-places.md for the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from email.utils import parsedate_to_datetime

from parley.calendar_words import MONTHS, WEEKDAYS
from parley.model import DateValue, Span

__all__ = ["find_dates", "parse_published", "resolve_date"]

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MONTHS = list(MONTHS)
_MONTH_NUM: dict[str, int] = {}
for _i, _name in enumerate(_MONTHS, start=1):
    _MONTH_NUM[_name.lower()] = _i
    _MONTH_NUM[_name[:3].lower()] = _i
_MONTH_NUM["sept"] = 9

_WEEKDAYS = list(WEEKDAYS)
_WEEKDAY_NUM = {name.lower(): i for i, name in enumerate(_WEEKDAYS)}

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# Words around a weekday that make it part of a name, not a date.
_WEEKDAY_NAME_BEFORE = _wordset(
    "good black easter palm super bloody ash holy cyber giving maundy shrove whit "
    "orthodox great clean"
)
_WEEKDAY_NAME_AFTER = _wordset(
    "times telegraph express mirror post herald independent star mail tribune sport "
    "people agreement accord school club service services market league"
)
# Words before a bare month that make it a noun ("the Long March").
_MONTH_NAME_BEFORE = _wordset("the a long great")


def _cased(words: list[str]) -> str:
    """Alternation accepting each word in Title case or UPPER case (longest first)."""
    forms = sorted({w for word in words for w in (word, word.upper())}, key=len, reverse=True)
    return "(?:" + "|".join(forms) + ")"


_MONTH_FULL = _cased(_MONTHS)
_MONTH_ABBR = _cased([m[:3] for m in _MONTHS if m != "May"] + ["Sept"]) + r"\.?"
# A month name usable next to a day number or a year (abbreviations allowed).
_MON = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})(?![\w])"
_WEEKDAY = _cased(_WEEKDAYS) + r"\b"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d)\b"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d'’]|s\b|[-/]\d)"
_DASH = r"\s*(?:-|–|—|to|through|till|until|and)\s*"
_WD_PREFIX = rf"(?:{_WEEKDAY},?\s+)?"
_PERIOD_WORDS = r"(?:morning|afternoon|evening|night)"

# Prepositions before an expression: looked up behind a match (keeping them out of the
# patterns keeps scans fast), never part of the mention.
_CUE_BEFORE = re.compile(
    r"\b(?i:back\s+in|(?:as\s+)?(?:early|late)\s+as|in|on|since|until|till|by|during|from|"
    r"through|throughout|before|after|between|of)\s+$"
)
_BARE_MONTH_CUES = _wordset(
    "in since until till by during from through throughout before after between of"
)

# Cheap gate: which families of trigger words a text holds (one C-level scan for words,
# then set lookups). A family absent means its rules cannot match and are not run.
_GATE_WORDS = re.compile(r"[a-z]+|\d{4}")
_FAMILY: dict[str, str] = {}
for _name in _MONTHS:
    _FAMILY[_name.lower()] = _FAMILY[_name[:3].lower()] = "month"
_FAMILY["sept"] = "month"
for _name in _WEEKDAYS:
    _FAMILY[_name.lower()] = "weekday"
for _name in _words(
    "yesterday today tonight tomorrow night morning afternoon evening week weekend "
    "weeks month months year years ago recent recently earlier lately"
):
    _FAMILY[_name] = "relative"


def _families(text: str, start: int, stop: int) -> set[str]:
    found: set[str] = set()
    for word in _GATE_WORDS.findall(text[start:stop].lower()):
        family = _FAMILY.get(word) or ("digits" if word[0].isdigit() else None)
        if family:
            found.add(family)
    return found


# ---------------------------------------------------------------------------
# Calendar helpers
# ---------------------------------------------------------------------------


def _parse_anchor(anchor: str | None) -> date | None:
    if not anchor:
        return None
    try:
        return date.fromisoformat(anchor[:10])
    except ValueError:
        return None


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_of(name: str) -> int:
    key = name.lower().rstrip(".")
    return _MONTH_NUM.get(key) or _MONTH_NUM[key[:3]]


def _day_of(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _range(a: date, b: date) -> tuple[str, str]:
    return f"{a.isoformat()}/{b.isoformat()}", "range"


def _day(d: date) -> tuple[str, str]:
    return d.isoformat(), "day"


def _infer_year(month: int, day: int, anchor: date, future: bool) -> date | None:
    """Month and day without a year: the anchor's year, unless that lands too far off."""
    cand = _make_date(anchor.year, month, day)
    if cand is None:  # 29 February: look one year either side
        for year in (anchor.year - 1, anchor.year + 1):
            cand = _make_date(year, month, day)
            if cand is not None:
                return cand
        return None
    if not future and (cand - anchor).days > 62:
        return _make_date(anchor.year - 1, month, day)
    if future and (anchor - cand).days > 62:
        return _make_date(anchor.year + 1, month, day)
    return cand


def _month_year(month: int, anchor: date, mode: str, future: bool) -> int:
    """Year of a month name without a year: ``mode`` is plain, last, this or next."""
    if mode == "this":
        return anchor.year
    if mode == "last":
        return anchor.year if month < anchor.month else anchor.year - 1
    if mode == "next":
        return anchor.year if month > anchor.month else anchor.year + 1
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


# ---------------------------------------------------------------------------
# Rules: each handler gets the match, the full text, the anchor and the future flag and
# returns (value, precision) -- (None, None) for an unresolvable but real expression --
# or None to reject the match as not being a date.
# ---------------------------------------------------------------------------

Result = tuple[str | None, str | None] | None
_UNRESOLVED: tuple[None, None] = (None, None)


@dataclass(frozen=True, slots=True)
class _Rule:
    family: str
    pattern: re.Pattern[str]
    handle: Callable[[re.Match[str], str, date | None, bool], Result]


def _h_iso(m: re.Match[str], text: str, anchor: date | None, future: bool) -> Result:
    d = _make_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return _day(d) if d else None


def _h_full(m: re.Match[str], text: str, anchor: date | None, future: bool) -> Result:
    d = _make_date(int(m["y"]), _month_of(m["m"]), _day_of(m["d"]))
    return _day(d) if d else None


def _h_day_range(m: re.Match[str], text: str, anchor: date | None, future: bool) -> Result:
    m2 = _month_of(m["m2"]) if m["m2"] else None
    m1 = _month_of(m["m1"]) if m["m1"] else m2
    if m1 is None:
        return None
    m2 = m2 or m1
    d1, d2 = _day_of(m["d1"]), _day_of(m["d2"])
    if m["y"]:
        start = _make_date(int(m["y"]), m1, d1)
        if start is None:
            return None
    elif anchor is None:
        return _UNRESOLVED
    else:
        start = _infer_year(m1, d1, anchor, future)
        if start is None:
            return None
    end = _make_date(start.year + (1 if m2 < m1 else 0), m2, d2)
    if end is None or end <= start or (end - start).days > 62:
        return None
    return _range(start, end)


def _h_month_day(m: re.Match[str], text: str, anchor: date | None, future: bool) -> Result:
    month, day = _month_of(m["m"]), _day_of(m["d"])
    if _make_date(2000, month, day) is None:
        return None
    if anchor is None:
        return _UNRESOLVED
    d = _infer_year(month, day, anchor, future)
    return _day(d) if d else None


def _h_month_year(m: re.Match[str], text: str, anchor: date | None, future: bool) -> Result:
    return _ym(int(m["y"]), _month_of(m["m"])), "month"


def _h_month_rel_year(m: re.Match[str], text: str, anchor: date | None, future: bool) -> Result:
    if anchor is None:
        return _UNRESOLVED
    delta = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return _ym(anchor.year + delta, _month_of(m["m"])), "month"


def _cue_before(text: str, pos: int) -> str:
    found = _CUE_BEFORE.search(text, max(0, pos - 24), pos)
    return found.group() if found else ""


def _preceding_word(text: str, pos: int) -> str:
    found = re.search(r"([A-Za-z]+)\W*$", text[max(0, pos - 30) : pos])
    return found.group(1) if found else ""


def _following_word(text: str, pos: int) -> str:
    found = re.match(r"\s+([A-Za-z]+)", text[pos : pos + 30])
    return found.group(1) if found else ""


def _h_month(m: re.Match[str], text: str, anchor: date | None, future: bool) -> Result:
    name = m["m"]
    mod = (m["mod"] or "").lower().split()
    rel = mod[-1] if mod and mod[-1] in ("last", "this", "next") else "plain"
    cue = _cue_before(text, m.start()).split()
    has_cue = bool(cue) and cue[-1].lower() in _BARE_MONTH_CUES
    if not mod and not has_cue:
        # A bare month: reject the ambiguous ones and name-like uses.
        if name.lower() in ("may", "march"):
            return None
        before = _preceding_word(text, m.start())
        after = _following_word(text, m.end())
        if before.lower() in _MONTH_NAME_BEFORE or (before[:1].isupper() and before != "In"):
            return None
        if after[:1].isupper():
            return None
    if anchor is None:
        return _UNRESOLVED
    month = _month_of(name)
    return _ym(_month_year(month, anchor, rel, future), month), "month"


def _h_year(m: re.Match[str], text: str, anchor: date | None, future: bool) -> Result:
    if not m["mod"] and not _cue_before(text, m.start()):
        return None
    return m["y"], "year"


def _h_year_range(m: re.Match[str], text: str, anchor: date | None, future: bool) -> Result:
    y1, y2 = int(m["y1"]), int(m["y2"])
    if not y1 < y2 <= y1 + 20:
        return None
    return _range(date(y1, 1, 1), date(y2, 12, 31))


def _h_weekday(m: re.Match[str], text: str, anchor: date | None, future: bool) -> Result:
    before = _preceding_word(text, m.start()).lower()
    after = _following_word(text, m.end()).lower()
    if before in _WEEKDAY_NAME_BEFORE or after in _WEEKDAY_NAME_AFTER:
        return None
    if anchor is None:
        return _UNRESOLVED
    wd = _WEEKDAY_NUM[m["w"].lower()]
    mod = (m["mod"] or "").strip().lower()
    back = (anchor.weekday() - wd) % 7
    ahead = (wd - anchor.weekday()) % 7
    if mod in ("last", "past"):
        return _day(anchor - timedelta(days=back or 7))
    if mod in ("next", "coming"):
        return _day(anchor + timedelta(days=ahead or 7))
    return _day(anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back))


def _h_relative_day(m: re.Match[str], text: str, anchor: date | None, future: bool) -> Result:
    if anchor is None:
        return _UNRESOLVED
    word = " ".join(m.group().lower().split())
    if "before yesterday" in word:
        offset = -2
    elif "after tomorrow" in word:
        offset = 2
    elif "yesterday" in word or "last night" in word:
        offset = -1
    elif "tomorrow" in word:
        offset = 1
    else:
        offset = 0
    return _day(anchor + timedelta(days=offset))


def _h_period(m: re.Match[str], text: str, anchor: date | None, future: bool) -> Result:
    if anchor is None:
        return _UNRESOLVED
    pre = (m["pre"] or "").lower()
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    if rel == "past":
        days = {"week": 7, "weekend": 7, "month": 30, "year": 365}[unit]
        return _range(anchor - timedelta(days=days), anchor)
    delta = {"last": -1, "this": 0, "next": 1}[rel]
    if unit == "week" and delta == -1 and anchor.weekday() == 6:
        # a Sunday paper's "last week" is the week now ending, not the one before it
        delta = 0
    if unit in ("week", "weekend"):
        monday = _week_start(anchor) + timedelta(weeks=delta)
        if unit == "weekend":
            return _range(monday + timedelta(days=5), monday + timedelta(days=6))
        start, end = monday, monday + timedelta(days=6)
        if delta == 0 and (pre == "earlier" or (not pre and not future)):
            end = anchor  # "ordered him back to prison this week": done by the telling
        elif delta == 0 and (pre == "later" or (not pre and future)):
            start = anchor
        return _range(start, end) if start < end else _day(start)
    if unit == "month":
        return _ym(*_shift_month(anchor.year, anchor.month, delta)), "month"
    return str(anchor.year + delta), "year"


def _h_ago(m: re.Match[str], text: str, anchor: date | None, future: bool) -> Result:
    num = m["n"].lower()
    if anchor is None or num not in _NUMBER_WORDS and not num.isdigit():
        return _UNRESOLVED
    n = int(num) if num.isdigit() else _NUMBER_WORDS[num]
    unit = m["unit"].lower()
    if unit == "day":
        return _day(anchor - timedelta(days=n))
    if unit == "week":
        mid = anchor - timedelta(weeks=n)
        return _range(mid - timedelta(days=3), mid + timedelta(days=3))
    if unit == "month":
        return _ym(*_shift_month(anchor.year, anchor.month, -n)), "month"
    return str(anchor.year - n), "year"


def _h_vague(m: re.Match[str], text: str, anchor: date | None, future: bool) -> Result:
    return _UNRESOLVED


def _rule(
    family: str, pattern: str, handle: Callable[[re.Match[str], str, date | None, bool], Result]
) -> _Rule:
    return _Rule(family, re.compile(pattern), handle)


_MOD_PART = r"(?i:early|late|mid|the\s+(?:end|start|beginning|middle)\s+of)"
_RULES: tuple[_Rule, ...] = (
    _rule("digits", r"\b(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?![\d-])", _h_iso),
    _rule("month", rf"\b{_WD_PREFIX}(?P<m>{_MON})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})", _h_full),
    _rule(
        "month",
        rf"\b{_WD_PREFIX}(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{_MON}),?\s+(?P<y>{_YEAR})",
        _h_full,
    ),
    _rule(
        "month",
        rf"\b(?P<m1>{_MON})\s+(?P<d1>{_DAY}){_DASH}(?:(?P<m2>{_MON})\s+)?(?P<d2>{_DAY})"
        rf"(?:,?\s+(?P<y>{_YEAR}))?",
        _h_day_range,
    ),
    _rule(
        "month",
        rf"\b(?:the\s+)?(?P<d1>{_DAY})(?:\s+(?P<m1>{_MON}))?{_DASH}(?:the\s+)?(?P<d2>{_DAY})"
        rf"(?:\s+of)?\s+(?P<m2>{_MON})(?:,?\s+(?P<y>{_YEAR}))?",
        _h_day_range,
    ),
    _rule(
        "month",
        rf"\b{_WD_PREFIX}(?P<m>{_MON})\s+(?P<d>{_DAY})(?!\s*(?:%|percent))",
        _h_month_day,
    ),
    _rule(
        "month",
        rf"\b{_WD_PREFIX}(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{_MON})",
        _h_month_day,
    ),
    _rule(
        "month",
        rf"(?:{_MOD_PART}[\s-]+)?\b(?P<m>{_MON}),?\s+(?:of\s+)?(?P<y>{_YEAR})",
        _h_month_year,
    ),
    _rule(
        "month",
        rf"(?:{_MOD_PART}[\s-]+)?\b(?P<m>{_MONTH_FULL})\b,?\s+(?:of\s+)?"
        r"(?P<rel>(?i:this|last|next))\s+(?i:year)\b",
        _h_month_rel_year,
    ),
    _rule(
        "month",
        rf"(?P<mod>(?i:(?:{_MOD_PART}[\s-]+)?(?:last|this|next)|{_MOD_PART}|earlier\s+in)"
        rf"[\s-]+)?\b(?P<m>{_MONTH_FULL})\b",
        _h_month,
    ),
    _rule(
        "digits",
        rf"\b(?P<y1>{_YEAR})\s*(?:-|–|to|and|through)\s*(?P<y2>{_YEAR})",
        _h_year_range,
    ),
    _rule("digits", rf"(?P<mod>(?:{_MOD_PART}|(?i:the\s+year))[\s-]+)?\b(?P<y>{_YEAR})", _h_year),
    _rule(
        "weekday",
        rf"(?P<mod>\b(?i:last|this|next|past|coming)\s+)?\b(?P<w>{_WEEKDAY})"
        rf"(?:\s+(?i:{_PERIOD_WORDS}))?",
        _h_weekday,
    ),
    _rule(
        "relative",
        r"\b(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|(?:earlier\s+|later\s+)?today"
        r"|tonight|last\s+night|(?:yesterday|tomorrow)(?:\s+" + _PERIOD_WORDS + r")?"
        r"|(?:earlier\s+|later\s+)?this\s+(?:morning|afternoon|evening))\b",
        _h_relative_day,
    ),
    _rule(
        "relative",
        r"\b(?:(?P<pre>(?i:earlier|later|early|late|mid))[\s-]+)?(?:the\s+)?"
        r"(?P<rel>(?i:last|this|next|past))\s+(?P<unit>(?i:week(?:end)?|month|year))\b",
        _h_period,
    ),
    _rule(
        "relative",
        r"\b(?P<n>\d{1,2}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        r"|a\s+few|several|a\s+couple\s+of|some))\s+(?P<unit>(?i:day|week|month|year))s?\s+"
        r"(?i:ago)\b",
        _h_ago,
    ),
    _rule(
        "relative",
        r"\b(?i:recently|lately|earlier|in\s+recent\s+(?:days|weeks|months|years))\b",
        _h_vague,
    ),
)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def find_dates(
    text: str,
    *,
    anchor: str | None,
    start: int = 0,
    end: int | None = None,
    future: bool = False,
) -> list[DateValue]:
    """Every date expression in ``text[start:end]``, sorted by position.

    Mentions are absolute offsets into ``text``; leading prepositions ("on", "in") are
    left out of the mention. ``future`` resolves weekday and month names forwards.
    """
    stop = len(text) if end is None else min(end, len(text))
    families = _families(text, start, stop)
    if not families:
        return []
    day0 = _parse_anchor(anchor)
    found: list[tuple[int, int, int, int, tuple[str | None, str | None]]] = []
    for priority, rule in enumerate(_RULES):
        if rule.family not in families:
            continue
        for m in rule.pattern.finditer(text, start, stop):
            result = rule.handle(m, text, day0, future)
            if result is None:
                continue
            begin = m.start()
            while begin < m.end() and text[begin].isspace():
                begin += 1
            found.append((begin, m.end(), priority, m.start(), result))
    # Longest first, then rule order; keep the ones that do not overlap a kept one.
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken: list[tuple[int, int]] = []
    kept: list[DateValue] = []
    for begin, finish, _prio, _outer, (value, precision) in found:
        if begin >= finish or any(begin < e and s < finish for s, e in taken):
            continue
        taken.append((begin, finish))
        mention = Span(text[begin:finish], begin, finish)
        kept.append(DateValue(value, precision, mention.text, mention))
    kept.sort(key=lambda d: d.mention.start if d.mention else 0)
    return kept


def resolve_date(expression: str, anchor: str | None, *, future: bool = False) -> DateValue:
    """Resolve one expression ("on Monday", "May 7-8"); ``value=None`` when it cannot be."""
    found = find_dates(expression, anchor=anchor, future=future)
    if found:
        best = max(found, key=lambda d: len(d.text or ""))
        return DateValue(best.value, best.precision, expression, None)
    value = _fallback_absolute(expression)
    if value is not None:
        return DateValue(value, "day", expression, None)
    return DateValue(None, None, expression, None)


def parse_published(text: str) -> str | None:
    """ISO date (YYYY-MM-DD) of a publication stamp, or None."""
    stamp = text.strip()
    if not stamp:
        return None
    for found in find_dates(stamp, anchor=None):
        if found.precision == "day" and found.value:
            return found.value
    try:
        return parsedate_to_datetime(stamp).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    compact = re.search(r"\b(20\d\d|19\d\d)(\d\d)(\d\d)\b", stamp)
    if compact:
        d = _make_date(int(compact[1]), int(compact[2]), int(compact[3]))
        if d:
            return d.isoformat()
    return _fallback_absolute(stamp)


def _fallback_absolute(expression: str) -> str | None:
    """dateparser for unusual absolute formats (imported lazily: it is slow to load)."""
    if len(expression) > 60 or not re.search(r"\d{4}", expression):
        return None
    import dateparser  # noqa: PLC0415 - deliberately lazy

    parsed = dateparser.parse(
        expression,
        languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    if parsed is None or str(parsed.year) not in expression:
        return None
    # dateparser fills missing parts from today: insist that the day was written.
    written = re.sub(r"\d{4}", " ", expression)
    if not re.search(rf"(?<!\d)0?{parsed.day}(?!\d)", written):
        return None
    return parsed.date().isoformat()
