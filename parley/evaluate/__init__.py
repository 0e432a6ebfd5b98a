"""Evaluation: score extracted events against gold standards.

Two gold formats, detected by ``load_gold``: the document-level JSONL of ``shared/eval``
(scored like its ``score.py``) and the PLOVER gold-standard sentence records (a JSON
array). ``run_eval`` scores a predictions file or runs the pipeline; ``render_markdown``
and ``to_dict`` turn any result into a report or its JSON twin. Problems with gold,
prediction or negatives files raise ``EvalError`` (``E040``).

    >>> gold = load_gold("eval/seeds.gold.jsonl")
    >>> score = score_documents(gold, read_predictions("predictions.jsonl"))
    >>> print(render_markdown(score))
"""

from parley.evaluate._gold import (
    LEGACY_CODES,
    LEGACY_MODES,
    LEGACY_TYPES,
    SYMMETRIC_TYPES,
    Gold,
    GoldEvent,
    GoldPlace,
    GoldRecord,
    load_gold,
    normalise_code,
    normalise_type,
    tuple_key,
)
from parley.evaluate._metrics import (
    DEFAULT_BINS,
    DEFAULT_HIGH_CONFIDENCE,
    NONE_LABEL,
    Confusion,
    Ratio,
    Reliability,
    ReliabilityBin,
    TupleScore,
    TypeStats,
    macro_f1,
    reliability,
)
from parley.evaluate._negatives import (
    DEFAULT_NEGATIVES,
    NegativeScore,
    NegativeSentence,
    load_negatives,
    score_negatives,
)
from parley.evaluate._predictions import (
    Prediction,
    as_prediction,
    date_ok,
    place_ok,
    read_predictions,
)
from parley.evaluate._report import render_markdown, render_text, to_dict
from parley.evaluate._run import (
    EvalResult,
    Extractor,
    default_articles,
    default_meta,
    run_eval,
    run_negatives,
)
from parley.evaluate._score import DocScore, SentenceScore, score_documents, score_sentences

__all__ = [
    "Confusion",
    "DEFAULT_BINS",
    "DEFAULT_HIGH_CONFIDENCE",
    "DEFAULT_NEGATIVES",
    "DocScore",
    "EvalResult",
    "Extractor",
    "Gold",
    "GoldEvent",
    "GoldPlace",
    "GoldRecord",
    "LEGACY_CODES",
    "LEGACY_MODES",
    "LEGACY_TYPES",
    "NONE_LABEL",
    "NegativeScore",
    "NegativeSentence",
    "Prediction",
    "Ratio",
    "Reliability",
    "ReliabilityBin",
    "SYMMETRIC_TYPES",
    "SentenceScore",
    "TupleScore",
    "TypeStats",
    "as_prediction",
    "date_ok",
    "default_articles",
    "default_meta",
    "load_gold",
    "load_negatives",
    "macro_f1",
    "normalise_code",
    "normalise_type",
    "place_ok",
    "read_predictions",
    "reliability",
    "render_markdown",
    "render_text",
    "run_eval",
    "run_negatives",
    "score_documents",
    "score_negatives",
    "score_sentences",
    "to_dict",
    "tuple_key",
]
