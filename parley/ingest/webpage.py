"""HTML to text: whole pages through trafilatura, feed snippets through the stdlib parser."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

_BLOCK_TAGS_TEXT = (
    "p div section article header footer li ul ol table tr h1 h2 h3 h4 h5 h6 blockquote "
    "pre figure figcaption hr"
)
_BLOCK_TAGS = frozenset(_BLOCK_TAGS_TEXT.split())
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def fragment_to_text(fragment: str) -> str:
    """Visible text of an HTML snippet, one paragraph per block, blank lines between."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    lines = [" ".join(line.split()) for line in "".join(collector.parts).split("\n")]
    paragraphs: list[str] = []
    for line in lines:
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


def page_to_text(page: str) -> tuple[str, dict[str, str]]:
    """Main text of a web page (title first) and the metadata trafilatura found."""
    import trafilatura  # imported here: it is slow to load and only pages need it

    document: Any = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False
    )
    if document is None:
        return "", {}
    data: dict[str, Any] = document if isinstance(document, dict) else document.as_dict()
    body = str(data.get("text") or "").strip()
    title = str(data.get("title") or "").strip()
    if title and body and not body.startswith(title):
        body = f"{title}\n\n{body}"
    fields = {
        "title": title,
        "published": str(data.get("date") or ""),
        "outlet": str(data.get("sitename") or ""),
        "url": str(data.get("url") or ""),
        "language": "",
    }
    return body, {key: value for key, value in fields.items() if value}
