"""JSON records to articles: the field names news dumps use for the same thing."""

from __future__ import annotations

import hashlib
from typing import Any

from parley.ingest.dates import normalise_date
from parley.model import Article

ID_KEYS = ("id", "doc_id", "docid", "_id", "article_id", "story_id", "guid", "uuid")
TEXT_KEYS = ("text", "body", "content", "article", "full_text", "fulltext", "maintext", "story")
TITLE_KEYS = ("title", "headline", "heading")
DATE_KEYS = (
    "published",
    "date",
    "publication_date",
    "published_at",
    "pub_date",
    "pubdate",
    "publish_date",
    "date_publish",
    "datetime",
    "timestamp",
)
URL_KEYS = ("url", "link", "source_url", "uri")
OUTLET_KEYS = ("outlet", "source", "publisher", "source_name", "site", "sitename", "site_name")
LANGUAGE_KEYS = ("language", "lang", "language_code")


def short_hash(text: str) -> str:
    """A stable 16-character id for content that carries none."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _as_text(value: Any) -> str | None:
    """A string field, or the name of a nested ``{"name": ...}`` object."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | str):
        text = str(value).strip()
        return text or None
    return None


def first(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = _as_text(record.get(key))
        if value is not None:
            return value
    return None


def first_date(record: dict[str, Any]) -> str | None:
    for key in DATE_KEYS:
        value = normalise_date(record.get(key))
        if value is not None:
            return value
    return None


def record_fields(record: dict[str, Any]) -> dict[str, str]:
    """The article fields a record (input line or metadata line) gives, under our names."""
    found = {
        "title": first(record, TITLE_KEYS),
        "published": first_date(record),
        "outlet": first(record, OUTLET_KEYS),
        "url": first(record, URL_KEYS),
        "language": first(record, LANGUAGE_KEYS),
    }
    return {key: value for key, value in found.items() if value is not None}


def record_text(record: dict[str, Any]) -> str | None:
    for key in TEXT_KEYS:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def apply_fields(article: Article, fields: dict[str, Any]) -> Article:
    """Overwrite ``article`` with metadata ``fields``; a given date is marked as from meta."""
    changes = {key: value for key, value in fields.items() if value is not None}
    if "published" in changes:
        changes["published_source"] = "meta"
    return article.with_(**changes) if changes else article


def article_from_record(record: dict[str, Any], *, origin: str, text: str) -> Article:
    doc_id = first(record, ID_KEYS) or short_hash(text)
    article = Article(doc_id=doc_id, text=text, origin=origin)
    return apply_fields(article, record_fields(record))
