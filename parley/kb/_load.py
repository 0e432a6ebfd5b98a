"""Readers for KB files: the shipped entry and agent TSVs, user JSON lines and actor YAML.

YAML files (``officeholders.yaml``, ``aliases.yaml``, user ``--actors`` files) share one
schema, documented in ``docs/actors.md``; every malformed record raises
``KnowledgeBaseError`` E020 naming ``file:line``.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from parley.calendar_words import CALENDAR_WORDS
from parley.errors import KnowledgeBaseError
from parley.kb._dates import day
from parley.kb._model import ActorEntry
from parley.kb._text import demonym_plurals

SURNAME_FIRST = frozenset({"CHN", "TWN", "PRK", "KOR", "HKG", "MAC", "KHM"})
# Burmese names have no family name; news repeats the whole name
NO_SURNAME = frozenset({"MMR"})
# where news calls people by their given name ("Prayuth", "Abiy", "Isaias")
GIVEN_NAME_USED = frozenset({"THA", "ETH", "ERI"})
_ARTICLED = re.compile(r"^(?:al|el|Al|El)-(\w[\w'-]+)$")  # an Arabic article on a surname
# given names too common to stand alone for one person
_COMMON_GIVEN = frozenset({"abdul", "abdel", "mohammed", "muhammad", "mohamed", "mohammad"})
KINDS = frozenset({"person", "state", "capital", "igo", "ngo", "group", "agent"})
_ENTRY_FIELDS = frozenset(
    {
        "id",
        "name",
        "country",
        "sector",
        "role",
        "kind",
        "from",
        "to",
        "valid_from",
        "valid_to",
        "aliases",
        "adjectives",
        "regional",
        "members",
        "source",
    }
)
_TABLE_FIELDS = frozenset(
    {"country", "role", "sector", "kind", "title", "source", "holders", "aliases"}
)
_TOP_FIELDS = frozenset({"schema", "version", "license", "tables", "entries", "titles", "context"})
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Bundle:
    """Everything one or more KB files contribute, in file order."""

    entries: list[tuple[int, ActorEntry]] = field(default_factory=list)  # (rank, entry)
    adjectives: list[tuple[str, str]] = field(default_factory=list)  # (adjective, country)
    regional: set[str] = field(default_factory=set)  # adjectives of a part of a state
    titles: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # title -> sector, role
    country_titles: dict[tuple[str, str], str] = field(default_factory=dict)  # (ISO, title) -> role
    context: list[tuple[str, str, frozenset[str]]] = field(default_factory=list)
    renamed: list[tuple[str, str, str]] = field(default_factory=list)  # (alias, country, until)
    agents: dict[str, str] = field(default_factory=dict)  # noun -> sector


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


# trailing name parts that are no surname: regnal numbers and generational suffixes
_NAME_SUFFIX = re.compile(r"^(?:[IVX]+|Jr\.?|Sr\.?|Fils|Filho|Neto|Sobrinho)$")
# capitalised words news uses for other things (days, months, titles, common words):
# a person whose surname is one of these is found by full name only
NOT_A_SURNAME = CALENDAR_WORDS | frozenset(
    [
        "king",
        "queen",
        "prince",
        "princess",
        "emir",
        "sultan",
        "sheikh",
        "pope",
        "mayor",
        "president",
        "general",
        "oh",  # "Oh, we will respond": a word, not Oh Joon
        "he",  # "He said": a pronoun, not He Lifeng
        # words that open sentences ("No one was hurt", "You must leave", "Parts of the
        # city"), not No Kwang-chol, You Si-kun or Juhan Parts
        "no",
        "you",
        "parts",
        "tax",
        "struck",
        "fall",
        "drew",
        "vital",
        "gross",
        "mark",
        "innocent",
        "english",
        "christian",
        "key",
        "note",
        "little",
        "long",
        "young",
        "green",
        "white",
        "black",
        "grant",
        "hope",
        "will",
        "rich",
        "strong",
        "faith",
        "joy",
        "justice",
        "bishop",
        "abbot",
        "chancellor",
        "premier",
        "minister",
        "lord",
        "lady",
        "sir",
        "saint",
        "san",
        "santa",
        "de",
        "la",
        "del",
        "salvador",
        "dan",
        "bot",
        "paul",
        "thomas",
        "henry",
        "joseph",
        "jean",
        "pierre",
        "james",
        "john",
        "george",
        "david",
        "peter",
        "louis",
        "charles",
        "francis",
    ]
)


def short_names(name: str, country: str | None, aliases: Sequence[str] = ()) -> list[str]:
    """The bare names news uses for a person: the surname, and where news calls people by
    their given name, that too, from the name and its spellings ("Prayut Chan-o-cha",
    "Prayuth Chan-ocha": "Chan-o-cha", "Prayut", "Prayuth")."""
    out = [last] if (last := surname(name, country)) else []
    words = name.split()
    bare = _ARTICLED.match(words[-1]) if len(words) >= 2 else None
    if bare is not None and len(bare.group(1)) > 2 and all(w[:1].isupper() for w in words[:-1]):
        out.append(bare.group(1))  # "Mohamed al-Menfi": news also writes "Menfi"
    if country not in GIVEN_NAME_USED:
        return out
    for full in (name, *aliases):
        words = full.split()
        if len(words) < 2 or not words[0][:1].isupper():
            continue
        given = words[0]
        common = given.lower() in NOT_A_SURNAME or given.lower() in _COMMON_GIVEN
        if not common and not _NAME_SUFFIX.match(given):
            out.append(given)
    return out


def surname(name: str, country: str | None) -> str | None:
    """The bare surname news uses for a person, or None when the name form is unusual."""
    words = name.replace(",", " ").split()
    while len(words) > 2 and _NAME_SUFFIX.match(words[-1]):
        words.pop()
    last = _surname(words, country)
    if last is None or _NAME_SUFFIX.match(last) or last.lower() in NOT_A_SURNAME:
        return None
    return last


def _surname(words: list[str], country: str | None) -> str | None:
    if len(words) < 2 or country in NO_SURNAME or any(w[:1].islower() for w in words[1:]):
        return None
    if country == "SGP":  # "Lee Hsien Loong" (Chinese order) but "Lawrence Wong"
        chinese_order = len(words) == 3 and not any(w.endswith(".") for w in words)
        return words[0] if chinese_order else words[-1]
    return words[0] if country in SURNAME_FIRST else words[-1]


# --- shipped TSVs and user JSON lines -------------------------------------------------------

COLUMNS = (
    "id",
    "name",
    "country",
    "sector",
    "role",
    "kind",
    "from",
    "to",
    "aliases",
    "adjectives",
    "codes",
    "source",
)


def read_entries_tsv(path: Path, rank: int, bundle: Bundle) -> None:
    """A shipped entry file (``scripts/build_kb.py`` writes it): ``#`` header lines, the
    column names, then one entry per line; lists joined with ``|``; empty = null. Rows are
    trusted (built and tested), so this skips the per-field checks of user files."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    entries, adjectives_out = bundle.entries, bundle.adjectives
    header = False
    for number, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header:
            if tuple(cells) != COLUMNS:
                raise KnowledgeBaseError("E020", origin=f"{path}:{number}", detail="bad header")
            header = True
            continue
        if len(cells) != len(COLUMNS):
            raise KnowledgeBaseError("E020", origin=f"{path}:{number}", detail="bad row")
        ident, name, country, sector, role, kind, start, stop, als, adjs, codes, source = cells
        name = name.strip()
        kind = kind or "person"
        aliases = als.split("|") if als else []
        adjectives = adjs.split("|") if adjs else []
        adjectives += demonym_plurals(adjectives)
        if kind == "person" and rank >= 2:
            aliases.extend(short_names(name, country or None, aliases))
        if kind == "person" and not sector and role:
            sector = "GOV"
        entry = ActorEntry(
            ident
            or (country if kind == "state" else f"{country or 'X'}.{sector or 'X'}.{slug(name)}"),
            name,
            country or None,
            sector or None,
            role or None,
            kind,
            (start if len(start) == 10 else day(start)) if start else None,
            (stop if len(stop) == 10 else day(stop, end=True)) if stop else None,
            tuple(
                dict.fromkeys(
                    [name, *aliases, *adjectives, *(c for c in codes.split("|") if len(c) == 3)]
                )
            ),
            source or None,
        )
        entries.append((rank, entry))
        if country:
            adjectives_out.extend((a, country) for a in adjectives)


def read_jsonl(path: Path, rank: int, bundle: Bundle) -> None:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            row = json.loads(line)
            if "schema" in row:
                continue
            _add(bundle, rank, row, origin=f"{path}:{number}")


def read_agents(path: Path, bundle: Bundle) -> None:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or "\t" not in line:
                continue
            noun, sector = line.rstrip("\n").split("\t", 1)
            bundle.agents[noun] = sector


def _add(bundle: Bundle, rank: int, row: dict[str, Any], *, origin: str) -> None:
    unknown = set(row) - _ENTRY_FIELDS - {"codes"}
    if unknown:
        raise KnowledgeBaseError(
            "E020", origin=origin, detail=f"unknown field(s) {sorted(unknown)}"
        )
    name = row.get("name")
    if not isinstance(name, str) or not name.strip():
        raise KnowledgeBaseError("E020", origin=origin, detail="'name' is required")
    kind = row.get("kind") or "person"
    if kind not in KINDS:
        raise KnowledgeBaseError("E020", origin=origin, detail=f"unknown kind {kind!r}")
    country = row.get("country")
    sector = row.get("sector")
    if kind == "person" and sector is None and row.get("role"):
        sector = "GOV"
    aliases = [str(a) for a in _list(row.get("aliases"), origin, "aliases")]
    adjectives = [str(a) for a in _list(row.get("adjectives"), origin, "adjectives")]
    regional = [str(a) for a in _list(row.get("regional"), origin, "regional")]
    # a people inside a state is a noun too: "Uyghur" -> "Uyghurs", "Tigrayan" -> "Tigrayans"
    regional += [
        r + "s" for r in regional if r[:1].isupper() and not r.endswith(("s", "sh", "ch", "ese"))
    ]
    bundle.regional.update(regional)
    adjectives += demonym_plurals(adjectives) + regional
    codes = [str(a) for a in row.get("codes") or () if len(str(a)) == 3]
    if kind == "person" and rank >= 2:
        aliases.extend(short_names(name, country, aliases))
    ident = row.get("id") or (
        country if kind == "state" else f"{country or 'X'}.{sector or 'X'}.{slug(name)}"
    )
    valid_from = day(row.get("from", row.get("valid_from")), origin=origin)
    valid_to = day(row.get("to", row.get("valid_to")), end=True, origin=origin)
    if valid_from and valid_to and valid_to < valid_from:
        raise KnowledgeBaseError("E020", origin=origin, detail="'to' is before 'from'")
    entry = ActorEntry(
        id=str(ident),
        name=name.strip(),
        country=country,
        sector=sector,
        role=row.get("role"),
        kind=kind,
        valid_from=valid_from,
        valid_to=valid_to,
        aliases=tuple(dict.fromkeys([name.strip(), *aliases, *adjectives, *codes])),
        source=row.get("source"),
        members=tuple(str(m) for m in _list(row.get("members"), origin, "members")),
    )
    bundle.entries.append((rank, entry))
    if country:
        bundle.adjectives.extend((a, country) for a in adjectives)


def _list(value: Any, origin: str, what: str) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list):
        raise KnowledgeBaseError("E020", origin=origin, detail=f"'{what}' must be a list")
    return value


# --- YAML -----------------------------------------------------------------------------------


def _plain(node: yaml.Node) -> Any:
    """Node -> Python, keeping scalars as text (dates stay ISO strings) and null as None."""
    if isinstance(node, yaml.ScalarNode):
        if node.tag.endswith(":null"):
            return None
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [_plain(n) for n in node.value]
    if isinstance(node, yaml.MappingNode):
        return {_plain(k): _plain(v) for k, v in node.value}
    return None


def _where(path: Path, node: yaml.Node) -> str:
    return f"{path}:{node.start_mark.line + 1}"


def read_yaml(path: Path, rank: int, bundle: Bundle) -> None:
    """Read an actor YAML file (see docs/actors.md) into ``bundle``."""
    try:
        with path.open(encoding="utf-8") as fh:
            root = yaml.compose(fh, Loader=_Loader)
    except OSError as exc:
        raise KnowledgeBaseError("E020", origin=str(path), detail=f"cannot read: {exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        origin = f"{path}:{mark.line + 1}" if mark else str(path)
        raise KnowledgeBaseError("E020", origin=origin, detail=f"bad YAML: {exc}") from exc
    if root is None:
        return
    if isinstance(root, yaml.SequenceNode):  # a bare list of entries
        root = yaml.MappingNode(
            "tag:yaml.org,2002:map", [(yaml.ScalarNode("tag:yaml.org,2002:str", "entries"), root)]
        )
    if not isinstance(root, yaml.MappingNode):
        raise KnowledgeBaseError("E020", origin=_where(path, root), detail="expected a mapping")
    for knode, vnode in root.value:
        name = _plain(knode)
        if name not in _TOP_FIELDS:
            raise KnowledgeBaseError(
                "E020", origin=_where(path, knode), detail=f"unknown section {name!r}"
            )
        if name == "tables":
            for tnode in _items(path, vnode):
                _table(path, tnode, rank, bundle)
        elif name == "entries":
            for enode in _items(path, vnode):
                row = _mapping(path, enode)
                _add(bundle, rank, row, origin=_where(path, enode))
        elif name == "titles":
            _titles(path, vnode, bundle)
        elif name == "context":
            for cnode in _items(path, vnode):
                row = _mapping(path, cnode)
                alias, country, when = row.get("alias"), row.get("country"), row.get("when")
                until = row.get("until")  # a name another state bore until a date
                if isinstance(alias, str) and isinstance(country, str) and until is not None:
                    last = day(until, end=True, origin=_where(path, cnode))
                    if last is not None:
                        bundle.renamed.append((alias, country, last))
                        continue
                if not (
                    isinstance(alias, str)
                    and isinstance(country, str)
                    and isinstance(when, list)
                    and when
                ):
                    raise KnowledgeBaseError(
                        "E020",
                        origin=_where(path, cnode),
                        detail="context needs alias, country and when (or until)",
                    )
                bundle.context.append((alias, country, frozenset(map(str, when))))


def _items(path: Path, node: yaml.Node) -> list[yaml.Node]:
    if not isinstance(node, yaml.SequenceNode):
        raise KnowledgeBaseError("E020", origin=_where(path, node), detail="expected a list")
    return list(node.value)


def _mapping(path: Path, node: yaml.Node) -> dict[str, Any]:
    if not isinstance(node, yaml.MappingNode):
        raise KnowledgeBaseError("E020", origin=_where(path, node), detail="expected a mapping")
    value = _plain(node)
    assert isinstance(value, dict)
    return value


def _titles(path: Path, node: yaml.Node, bundle: Bundle) -> None:
    if not isinstance(node, yaml.MappingNode):
        raise KnowledgeBaseError("E020", origin=_where(path, node), detail="expected a mapping")
    for knode, vnode in node.value:
        value = _plain(vnode)
        if not (isinstance(value, list) and 1 <= len(value) <= 2):
            raise KnowledgeBaseError(
                "E020",
                origin=_where(path, vnode),
                detail="a title maps to [SECTOR] or [SECTOR, role]",
            )
        role = value[1] if len(value) == 2 else None
        bundle.titles[str(_plain(knode))] = (str(value[0]), role)


def _table(path: Path, node: yaml.Node, rank: int, bundle: Bundle) -> None:
    head = _mapping(path, node)
    origin = _where(path, node)
    unknown = set(head) - _TABLE_FIELDS
    if unknown:
        raise KnowledgeBaseError(
            "E020", origin=origin, detail=f"unknown field(s) {sorted(unknown)}"
        )
    country, role = head.get("country"), head.get("role")
    if not isinstance(country, str) or not isinstance(role, str):
        raise KnowledgeBaseError("E020", origin=origin, detail="a table needs country and role")
    for title in _list(head.get("title"), origin, "title"):
        bundle.country_titles[(country, str(title).lower())] = role
    holders = next((v for k, v in node.value if _plain(k) == "holders"), None)
    if holders is None:
        raise KnowledgeBaseError("E020", origin=origin, detail="a table needs holders")
    for hnode in _items(path, holders):
        where = _where(path, hnode)
        value = _plain(hnode)
        if isinstance(value, list):
            if len(value) < 2 or not isinstance(value[0], str):
                raise KnowledgeBaseError(
                    "E020", origin=where, detail="a holder row is [name, from, to, alias...]"
                )
            row: dict[str, Any] = {
                "name": value[0],
                "from": value[1],
                "to": value[2] if len(value) > 2 else None,
                "aliases": [str(a) for a in value[3:]],
            }
        elif isinstance(value, dict):
            row = dict(value)
        else:
            raise KnowledgeBaseError("E020", origin=where, detail="bad holder row")
        row.setdefault("country", country)
        row.setdefault("role", role)
        row.setdefault("sector", head.get("sector") or "GOV")
        row.setdefault("kind", head.get("kind") or "person")
        row.setdefault("source", head.get("source"))
        row["aliases"] = [
            *_list(row.get("aliases"), where, "aliases"),
            *_list(head.get("aliases"), origin, "aliases"),
        ]
        _add(bundle, rank, row, origin=where)
