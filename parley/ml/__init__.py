"""The ``parley[ml]`` mode: a learned event-type classifier beside the rules.

    embed.py       all-MiniLM-L6-v2 sentence embeddings (torch, loaded lazily, offline)
    classifier.py  logistic-regression weights (``parley/data/ml``), scored with numpy
    threshold.py   the decision threshold, from cross-validated training predictions
    text.py        the text the classifier sees (training and run time alike)
    decide.py      what the classifier may change in the rules' events
    typer.py       the pipeline stage that applies it to a batch of documents

Importing this package imports neither torch nor sentence-transformers; only embedding
does. ``Pipeline(mode="ml")`` uses it; see docs/accuracy.md for what it gains and loses.
"""

from parley.ml.classifier import DEFAULT_WEIGHTS, NONE, EventClassifier, TypeScores, softmax
from parley.ml.decide import MLPolicy, decide_sentence
from parley.ml.embed import Embedder, SentenceEmbedder, missing_modules, require_extra
from parley.ml.threshold import ThresholdChoice, choose_threshold
from parley.ml.typer import EventTyper, default_classifier

__all__ = [
    "DEFAULT_WEIGHTS",
    "NONE",
    "Embedder",
    "EventClassifier",
    "EventTyper",
    "MLPolicy",
    "SentenceEmbedder",
    "ThresholdChoice",
    "TypeScores",
    "choose_threshold",
    "decide_sentence",
    "default_classifier",
    "missing_modules",
    "require_extra",
    "softmax",
]
