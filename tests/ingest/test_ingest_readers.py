from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from parley.errors import InputError
from parley.ingest import read_inputs
from parley.model import Article

from .conftest import Writer
from .texts import ENGLISH


def articles(items: list[Article | InputError]) -> list[Article]:
    assert all(isinstance(item, Article) for item in items), items
    return [item for item in items if isinstance(item, Article)]


def test_txt_title_doc_id_origin(write: Writer) -> None:
    path = write("story-1.txt", f"\n  Border talks to resume\n\n{ENGLISH}\n")
    (article,) = articles(list(read_inputs([path])))
    assert article.doc_id == "story-1"
    assert article.origin == str(path)
    assert article.title == "Border talks to resume"
    assert article.body is not None and len(article.body) == len(article.text)


def test_jsonl_fields_and_variants(write: Writer) -> None:
    lines = [
        {
            "id": "a",
            "text": ENGLISH,
            "title": "T1",
            "published": "2025-03-14 20:30:26Z",
            "url": "https://example.org/a",
            "outlet": "Example",
            "language": "en",
        },
        {
            "doc_id": 7,
            "body": ENGLISH,
            "date": "Tue, 04 Jun 2019 10:15:00 GMT",
            "source": {"name": "Wire"},
        },
        {"content": ENGLISH, "publication_date": "2019-06-04", "source": "Daily"},
    ]
    path = write("batch.jsonl", "\n".join(json.dumps(line) for line in lines) + "\n")
    first, second, third = articles(list(read_inputs([path])))
    assert (first.doc_id, first.title, first.published, first.url, first.outlet) == (
        "a",
        "T1",
        "2025-03-14",
        "https://example.org/a",
        "Example",
    )
    assert first.published_source == "meta"
    assert first.origin == f"{path}:1"
    assert (second.doc_id, second.published, second.outlet) == ("7", "2019-06-04", "Wire")
    assert third.outlet == "Daily" and len(third.doc_id) == 16
    assert third.origin == f"{path}:3"


RSS = """<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example feed</title>
<item><title>Border talks to resume</title><link>https://example.org/1</link>
<pubDate>Tue, 04 Jun 2019 10:15:00 GMT</pubDate><guid>x-1</guid>
<description>&lt;p&gt;{text}&lt;/p&gt;&lt;p&gt;Read more&lt;/p&gt;</description></item>
<item><title>Second</title><link>https://example.org/2</link>
<content:encoded><![CDATA[<p>{text}</p>]]></content:encoded></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title>
<entry><title>Atom story</title><id>urn:x:1</id><link href="https://example.org/atom/1"/>
<published>2019-06-04T10:15:00Z</published><content type="html">&lt;p&gt;{text}&lt;/p&gt;</content>
</entry></feed>
"""


def test_rss_items(write: Writer) -> None:
    path = write("feed.rss", RSS.format(text=ENGLISH))
    first, second = articles(list(read_inputs([path])))
    assert first.title == "Border talks to resume"
    assert (first.url, first.published, first.origin) == (
        "https://example.org/1",
        "2019-06-04",
        f"{path}#item1",
    )
    assert first.text.startswith("Border talks to resume\n\n")
    assert "Read more" in first.text and "Read more" not in (first.body or "")
    assert second.published is None and ENGLISH in second.text


def test_atom_entries(write: Writer) -> None:
    path = write("feed.atom", ATOM.format(text=ENGLISH))
    (entry,) = articles(list(read_inputs([path])))
    assert (entry.title, entry.url, entry.published) == (
        "Atom story",
        "https://example.org/atom/1",
        "2019-06-04",
    )


def test_feed_with_entities_is_refused(write: Writer) -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel><item>'
        "<description>&a;</description></item></channel></rss>"
    )
    (error,) = list(read_inputs([write("bomb.xml", bomb)]))
    assert isinstance(error, InputError) and error.code == "E008"


def test_html_main_text(write: Writer) -> None:
    pytest.importorskip("trafilatura")
    paragraphs = "".join(f"<p>{ENGLISH} Paragraph {n}.</p>" for n in range(3))
    page = (
        "<html><head><title>Border talks to resume</title></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>Border talks to resume</h1>{paragraphs}</article>"
        "<footer>Share this post | Back to top</footer></body></html>"
    )
    (article,) = articles(list(read_inputs([write("page.html", page)])))
    assert article.doc_id == "page"
    assert "Paragraph 2." in article.text
    assert "Back to top" not in article.text


def test_directory_recursive_sorted_hidden_skipped(write: Writer, tmp_path: Path) -> None:
    write("b.txt", f"B\n\n{ENGLISH}")
    write("sub/a.txt", f"A\n\n{ENGLISH}")
    write("a.txt", f"A0\n\n{ENGLISH}")
    write(".hidden.txt", "not read")
    write(".git/c.txt", "not read")
    found = articles(list(read_inputs([tmp_path])))
    assert [article.doc_id for article in found] == ["a", "b", "a"]
    assert found[2].origin == str(tmp_path / "sub" / "a.txt")


def test_stdin_jsonl_and_text() -> None:
    stream = io.StringIO(json.dumps({"id": "s1", "text": ENGLISH}) + "\n\n")
    (article,) = articles(list(read_inputs(["-"], stdin=stream)))
    assert (article.doc_id, article.origin) == ("s1", "<stdin>:1")
    (plain,) = articles(list(read_inputs(["-"], stdin=io.StringIO(f"Title\n{ENGLISH}"))))
    assert plain.origin == "<stdin>" and plain.title == "Title"


def test_unknown_extension_read_as_text(write: Writer) -> None:
    (article,) = articles(list(read_inputs([write("story.data", ENGLISH)])))
    assert article.doc_id == "story"


def test_meta_wins_over_text(write: Writer) -> None:
    text = f"Border talks\n\nPosted 10:15, June 4, 2019\n\nHANOI, June 3 (Reuters) -- {ENGLISH}"
    path = write("doc-9.txt", text)
    (plain,) = articles(list(read_inputs([path])))
    assert (plain.published, plain.published_source, plain.outlet) == (
        "2019-06-04",
        "text",
        "Reuters",
    )
    meta = write(
        "meta.jsonl",
        json.dumps({"doc_id": "doc-9", "published": "2019-06-05", "outlet": "Example Daily"})
        + "\n",
    )
    (merged,) = articles(list(read_inputs([path], meta=meta)))
    assert (merged.published, merged.published_source, merged.outlet) == (
        "2019-06-05",
        "meta",
        "Example Daily",
    )
