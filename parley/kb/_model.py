"""Records of the actor knowledge base: entries, resolutions and mention hits."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One KB row; a person with several offices has one entry per office (same ``id``)."""

    id: str
    name: str
    country: str | None  # ISO-3, "IGO" or "NGO"
    sector: str | None  # GOV, MIL, REB, OPP, CVL, IGO, NGO, BUS, MED, JUD, LEG, ELI ...
    role: str | None  # head_of_state, head_of_government, foreign_minister, ...
    kind: str  # person | state | capital | igo | ngo | group | agent
    valid_from: str | None  # ISO date, inclusive; None = open
    valid_to: str | None  # ISO date, inclusive; None = open/current
    aliases: tuple[str, ...] = ()
    source: str | None = None
    members: tuple[str, ...] = ()  # a small group's member states ("G7"), ISO-3

    def valid_on(self, day: str | None) -> bool:
        """True when ``day`` (ISO date, or None = any time) falls inside the validity."""
        if day is None:
            return True
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to


@dataclass(frozen=True, slots=True)
class Resolution:
    """The answer to ``KnowledgeBase.lookup``."""

    mention: str
    date: str | None
    status: str  # "resolved" | "ambiguous" | "unknown"
    entry: ActorEntry | None
    candidates: tuple[ActorEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class MentionHit:
    """A KB alias found in text; ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    kind: str  # person | state | nationality | capital | igo | ngo | group | agent | title
    key: str  # normalized alias key, usable with ``lookup``
