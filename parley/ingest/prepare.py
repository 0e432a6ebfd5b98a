"""From raw article to checked one: cleaning, title, date and outlet from text, checks."""

from __future__ import annotations

import re

from parley.errors import InputError
from parley.ingest.clean import clean, title_line
from parley.ingest.fields import short_hash
from parley.ingest.language import ensure_english
from parley.ingest.metadata import derive_outlet, derive_published
from parley.model import Article

TEXT_ORIGIN = "<text>"  # origin of articles made from a string
MIN_WORDS = 3  # fewer words left after cleaning: E003
_WORD = re.compile(r"[^\W\d_]{2,}|[^\W\d_]")


def prepare(article: Article) -> Article:
    """Clean ``article`` and fill what the text tells; raise E003 (empty) or E006 (not English).

    Values already present (from metadata) win over those read from the text.
    """
    body = clean(article.text)
    if len(_WORD.findall(body)) < MIN_WORDS:
        raise InputError("E003", origin=article.origin)
    ensure_english(body, origin=article.origin, declared=article.language)
    changes: dict[str, str | None] = {"body": body, "language": "en"}
    if article.published is not None:
        changes["published_source"] = article.published_source or "meta"
    else:
        published = derive_published(article.text)
        if published is not None:
            changes["published"] = published
            changes["published_source"] = "text"
    if article.outlet is None:
        changes["outlet"] = derive_outlet(article.text)
    if article.title is None and sum(1 for line in article.text.split("\n") if line.strip()) > 1:
        changes["title"] = title_line(article.text)
    return article.with_(**changes)


def article_from_text(
    text: str,
    *,
    doc_id: str | None = None,
    title: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    prepared: bool = True,
) -> Article:
    """An article from a string, prepared unless ``prepared=False``.

    ``doc_id`` defaults to a short content hash.
    """
    article = Article(
        doc_id=doc_id or short_hash(text),
        text=text,
        title=title,
        published=published,
        outlet=outlet,
        url=url,
        published_source="meta" if published else None,
        origin=TEXT_ORIGIN,
    )
    return prepare(article) if prepared else article
