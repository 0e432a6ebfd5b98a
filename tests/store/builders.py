"""Hand-built articles and events, and ``FakePipeline``: the in-memory twin of Pipeline."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator

from parley.errors import InputError, ParleyError
from parley.model import Actor, Article, DateValue, Event, Evidence, Place, Span
from parley.pipeline import DocResult

_ALPHABET = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike "
_ALPHABET += "november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu"
WORDS = tuple(_ALPHABET.split(" "))


def text_for(seed: int, n_words: int = 120) -> str:
    """A deterministic, seed-specific pseudo-article (distinct seeds share few 5-grams)."""
    out, x = [], seed * 7919 + 17
    for _ in range(n_words):
        x = (x * 1103515245 + 12345) % (1 << 31)
        out.append(WORDS[x % len(WORDS)])
    return f"Story {seed}. " + " ".join(out) + "."


def article(
    doc_id: str,
    text: str | None = None,
    *,
    published: str | None = "2021-03-22",
    outlet: str | None = "Wire",
    url: str | None = None,
) -> Article:
    return Article(
        doc_id=doc_id,
        text=text if text is not None else text_for(abs(hash(doc_id)) % 100_000),
        published=published,
        outlet=outlet,
        url=url or f"https://example.org/{doc_id}",
        origin=f"test:{doc_id}",
    )


def actor(name: str, country: str | None = None, sector: str | None = "GOV") -> Actor:
    return Actor(name=name, country=country, sector=sector)


def event(
    doc_id: str,
    kind: str = "CONSULT",
    source: Actor | None = None,
    target: Actor | None = None,
    *,
    date: str | None = "2021-03-22",
    precision: str | None = "day",
    trigger_at: int = 0,
    mode: str | None = None,
    place: Place | None = None,
    sentence: str = "Xi Jinping met Kim Jong Un.",
    negated: bool = False,
) -> Event:
    source = source or actor("Xi Jinping", "CHN")
    if target is None:
        target = actor("Kim Jong Un", "PRK")
    return Event(
        doc_id=doc_id,
        event=kind,
        mode=mode,
        source=source,
        target=target,
        date=DateValue(date, precision if date else None),
        location=place,
        evidence=Evidence(sentence, 0, len(sentence), Span("met", trigger_at, trigger_at + 3)),
        confidence=0.9,
        negated=negated,
    )


class FakePipeline:
    """``Pipeline.pipe`` twin: events come from ``extract(article)``; errors pass through.

    ``fail`` names doc_ids that give an extraction error; ``delay`` sleeps per article.
    """

    def __init__(
        self,
        extract: Callable[[Article], list[Event]] | dict[str, list[Event]] | None = None,
        *,
        fail: Iterable[str] = (),
        delay: float = 0.0,
    ) -> None:
        self.extract = extract
        self.fail = set(fail)
        self.delay = delay
        self.seen: list[str] = []

    def events_for(self, item: Article) -> list[Event]:
        if callable(self.extract):
            return self.extract(item)
        if isinstance(self.extract, dict):
            return list(self.extract.get(item.doc_id, []))
        return [event(item.doc_id, trigger_at=i * 10) for i in range(2)]

    def pipe(
        self, items: Iterable[Article | ParleyError], *, n_process: int = 1, batch_size: int = 16
    ) -> Iterator[DocResult]:
        for item in items:
            if isinstance(item, ParleyError):
                yield DocResult(item.origin or "?", error=item)
                continue
            self.seen.append(item.doc_id)
            if self.delay:
                time.sleep(self.delay)
            if item.doc_id in self.fail:
                err = InputError("E050", item.origin, detail="fake failure")
                yield DocResult(item.origin or item.doc_id, error=err)
                continue
            yield DocResult(item.origin or item.doc_id, item, self.events_for(item))
