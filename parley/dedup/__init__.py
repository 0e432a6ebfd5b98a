"""Near-duplicate articles and the merging of events into cross-source incidents.

``signature``/``NearDuplicateIndex`` find syndicated copies and wrapped reposts;
``build_incidents`` clusters events that report the same interaction. Both are pure
and in-memory; ``parley.store`` persists their results. See ``docs/store.md``.
"""

from __future__ import annotations

from parley.dedup.incidents import (
    DEFAULT_WINDOW_DAYS,
    Incident,
    IncidentMember,
    actor_key,
    build_incidents,
    date_interval,
    group_key,
    member_from_event,
    members_from_events,
)
from parley.dedup.near_duplicates import (
    DEFAULT_CONTAINMENT,
    DEFAULT_JACCARD,
    Match,
    NearDuplicateIndex,
    Signature,
    is_near_duplicate,
    signature,
    similarity,
)

__all__ = [
    "DEFAULT_CONTAINMENT",
    "DEFAULT_JACCARD",
    "DEFAULT_WINDOW_DAYS",
    "Incident",
    "IncidentMember",
    "Match",
    "NearDuplicateIndex",
    "Signature",
    "actor_key",
    "build_incidents",
    "date_interval",
    "group_key",
    "is_near_duplicate",
    "member_from_event",
    "members_from_events",
    "signature",
    "similarity",
]
