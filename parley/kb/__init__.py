"""Actor knowledge base: who an actor is, as of a date.

``default_kb().lookup("the US president", "2018-03-28")`` resolves to Donald Trump.
See ``docs/actors.md`` for the data files, their licenses and the YAML schema.
"""

from __future__ import annotations

from parley.kb._kb import KnowledgeBase, default_kb
from parley.kb._model import ActorEntry, MentionHit, Resolution

__all__ = ["ActorEntry", "KnowledgeBase", "MentionHit", "Resolution", "default_kb"]
