"""RSS 2.0 and Atom files: each item becomes a raw article.

Parsed with the stdlib parser after refusing any entity declaration, so entity
expansion attacks ("billion laughs") and external entities never reach it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from parley.errors import InputError
from parley.ingest.dates import normalise_date
from parley.ingest.fields import apply_fields, short_hash
from parley.ingest.webpage import fragment_to_text
from parley.model import Article

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
_ENTITY_DECL = re.compile(r"<!ENTITY", re.IGNORECASE)


def _text(element: ET.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def _atom_link(entry: ET.Element) -> str:
    for link in entry.findall(f"{_ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href", "")
    return ""


def _item_fields(item: ET.Element) -> tuple[str, dict[str, str | None]]:
    """(HTML body, fields) of one RSS item or Atom entry."""
    if item.tag == f"{_ATOM}entry":
        body = _text(item.find(f"{_ATOM}content")) or _text(item.find(f"{_ATOM}summary"))
        date = _text(item.find(f"{_ATOM}published")) or _text(item.find(f"{_ATOM}updated"))
        guid = _text(item.find(f"{_ATOM}id"))
        return body, {
            "title": _text(item.find(f"{_ATOM}title")),
            "published": date,
            "url": _atom_link(item),
            "guid": guid,
        }
    body = _text(item.find(_CONTENT)) or _text(item.find("description"))
    date = _text(item.find("pubDate")) or _text(item.find(_DC_DATE))
    return body, {
        "title": _text(item.find("title")),
        "published": date,
        "url": _text(item.find("link")),
        "guid": _text(item.find("guid")),
    }


def is_feed(text: str) -> bool:
    head = text[:2000]
    return "<rss" in head or "<feed" in head or "<rdf:RDF" in head


def read_feed(text: str, *, origin: str) -> Iterator[Article | InputError]:
    """One article per item; ``origin`` of each is ``path#itemN``."""
    if _ENTITY_DECL.search(text):
        yield InputError("E008", origin=origin, detail="XML entity declarations are refused")
        return
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        yield InputError("E008", origin=origin, detail=f"malformed XML feed ({exc})")
        return
    items = root.findall(".//item") + root.findall(f".//{_ATOM}entry")
    if not items:
        yield InputError("E008", origin=origin, detail="XML file with no feed items")
        return
    for number, item in enumerate(items, start=1):
        where = f"{origin}#item{number}"
        html, found = _item_fields(item)
        body = fragment_to_text(html)
        title = found["title"] or None
        if not body:
            yield InputError("E003", origin=where)
            continue
        if title and not body.startswith(title):
            body = f"{title}\n\n{body}"
        article = Article(doc_id=short_hash(found["guid"] or found["url"] or body), text=body)
        fields = {
            "title": title,
            "url": found["url"] or None,
            "published": normalise_date(found["published"]),
        }
        yield apply_fields(article.with_(origin=where), fields)
