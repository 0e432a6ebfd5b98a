"""Parley: news articles in, coded PLOVER events out — offline, time-aware, with evidence.

>>> import parley
>>> text = "Russia on Wednesday welcomed the meeting between Xi Jinping and Kim Jong Un."
>>> events = parley.extract(text, published="2018-03-28")  # doctest: +SKIP
>>> [(e.source.country, e.event, e.target.country) for e in events]  # doctest: +SKIP
[('RUS', 'SUPPORT', 'CHN'), ('RUS', 'SUPPORT', 'PRK'), ('CHN', 'CONSULT', 'PRK')]
"""

from __future__ import annotations

from parley.errors import EvalError, InputError, KnowledgeBaseError, ParleyError, StoreError
from parley.model import Actor, Article, DateValue, Event, Evidence, Place, Span
from parley.pipeline import DocResult, Pipeline, extract

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "DateValue",
    "DocResult",
    "EvalError",
    "Event",
    "Evidence",
    "InputError",
    "KnowledgeBaseError",
    "ParleyError",
    "Pipeline",
    "Place",
    "Span",
    "StoreError",
    "extract",
]
