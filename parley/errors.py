"""Coded messages and the one exception tree.

    ParleyError
    ├── InputError          unreadable file, bad JSON line, empty text, not English
    ├── KnowledgeBaseError  malformed actor entry (names file and line)
    ├── StoreError          database problems, failed migrations
    ├── EvalError           gold file problems
    └── MLError             the optional ``parley[ml]`` extra is missing or its model is bad

Every error has a stable code (``E0xx``) and, where it comes from input, the origin
(``path`` or ``path:line``) so that messages can be traced to the exact record.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "E001": "cannot read file: {detail}",
    "E002": "not valid UTF-8 text (binary or wrong encoding)",
    "E003": "empty article: no text after cleaning",
    "E004": "bad JSON line: {detail}",
    "E005": "JSON record has no usable 'text' field",
    "E006": "article is not in English (detected {detail})",
    "E007": "article too large ({detail} characters; limit {limit})",
    "E008": "unsupported input: {detail}",
    "E009": "bad metadata line: {detail}",
    "E020": "malformed actor entry: {detail}",
    "E021": "bad date: {detail}",
    "E030": "store error: {detail}",
    "E031": "migration failed: {detail}",
    "E040": "bad gold file: {detail}",
    "E050": "extraction failed: {detail}",
    "E060": (
        "the ml mode needs the optional 'parley[ml]' extra ({detail}); install it with "
        "`bash scripts/setup.sh --ml` (or `pip install -r requirements-ml.txt`)"
    ),
    "E061": "bad event-classifier weights: {detail}",
    "E062": "unknown mode {detail}: use 'rules' or 'ml'",
}


class ParleyError(Exception):
    """Base of every error parley raises on purpose."""

    code = "E000"

    def __init__(self, code: str, origin: str | None = None, **details: object) -> None:
        self.code = code
        self.origin = origin
        self.details = details
        template = MESSAGES.get(code, "{detail}")
        try:
            text = template.format(**details)
        except (KeyError, IndexError):
            text = template
        prefix = f"{origin}: " if origin else ""
        super().__init__(f"{prefix}[{code}] {text}")


class InputError(ParleyError):
    """A document or input line that cannot be turned into an article."""


class KnowledgeBaseError(ParleyError):
    """A malformed knowledge-base or user actor file."""


class StoreError(ParleyError):
    """The event store could not complete an operation."""


class EvalError(ParleyError):
    """A gold or prediction file that cannot be scored."""


class MLError(ParleyError):
    """The ml mode cannot run: the extra is not installed, or its weights are unusable."""
