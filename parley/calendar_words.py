"""Month and weekday names: the words that only say when.

Shared by the date resolver, which reads them, and by the rules that must not take them
for something else (a surname, a preposition's object, a name's second word)."""

from __future__ import annotations

MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip

# lower-case names and the dotted abbreviations news uses ("Jan.", "Sept.")
CALENDAR_WORDS: frozenset[str] = frozenset(
    [w.lower() for w in (*MONTHS, *WEEKDAYS)]
    + [f"{m[:3].lower()}." for m in MONTHS if m != "May"]
    + ["sept."]
)
