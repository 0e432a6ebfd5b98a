from __future__ import annotations

import parley.ingest as ingest
from parley.ingest import article_from_text

from .texts import ENGLISH


def test_all_is_pinned_and_sorted() -> None:
    assert ingest.__all__ == [
        "DEFAULT_MAX_CHARS",
        "article_from_text",
        "prepare",
        "read_inputs",
        "read_metadata",
    ]
    assert ingest.__all__ == sorted(ingest.__all__)
    assert ingest.DEFAULT_MAX_CHARS == 5_000_000


def test_article_from_text_defaults() -> None:
    article = article_from_text(ENGLISH)
    assert len(article.doc_id) == 16
    assert article.doc_id == article_from_text(ENGLISH).doc_id  # content hash: stable
    assert article.title is None  # one line: no title taken
    assert article.body == ENGLISH
    assert article.language == "en"


def test_article_from_text_with_title_and_fields() -> None:
    text = f"Border talks to resume\n\n{ENGLISH}"
    article = article_from_text(text, doc_id="d1", published="2019-06-04", outlet="VnExpress")
    assert (article.doc_id, article.title) == ("d1", "Border talks to resume")
    assert (article.published, article.published_source, article.outlet) == (
        "2019-06-04",
        "meta",
        "VnExpress",
    )


def test_article_from_text_unprepared() -> None:
    article = article_from_text("Bonjour", prepared=False)
    assert article.body is None
