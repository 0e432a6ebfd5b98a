"""Rebuild the shipped actor knowledge base under ``parley/data/kb/`` from ``../shared/data``.

Outputs (gzip'd tab-separated text, one actor entry per line after ``#`` header lines
naming schema, version, license and attribution, then a line of column names; list
fields are joined with ``|`` and an empty field is null):

* ``oeda_actors.tsv.gz``  Phoenix country/international/non-state actors and the ngec
  country list (MIT, Open Event Data Alliance)
* ``countryinfo.tsv.gz``   country names, nationality forms, capitals and major cities
  from CountryInfo.120116.txt (CC BY-SA 3.0, Philip A. Schrodt); kept apart: share-alike
* ``agents.tsv``            agent nouns -> sector codes (Phoenix.agents.txt, PLOVER_agents.txt; MIT)

The hand-maintained ``officeholders.yaml`` and ``aliases.yaml`` are read as they are.
Usage: ``python scripts/build_kb.py [--shared ../shared/data]``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pycountry

from parley.kb._load import COLUMNS  # the shipped TSV layout is the loader's

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "parley" / "data" / "kb"
VERSION = "2026.11"

_CODE = re.compile(r"\[([^\]]*)\]")
_SECTORS = {
    "GOV",
    "MIL",
    "REB",
    "OPP",
    "CVL",
    "IGO",
    "NGO",
    "BUS",
    "MED",
    "JUD",
    "LEG",
    "COP",
    "ELI",
    "SPY",
    "PTY",
    "EDU",
    "REL",
    "LAB",
    "AGR",
    "HLH",
    "REF",
    "CRM",
    "UAF",
    "IMG",
    "INS",
    "SEP",
    "MOD",
    "RAD",
    "ENV",
    "DEV",
    "HRI",
    "NGM",
    "MNC",
    "PPL",
    "JEW",
    "MUS",
    "CHR",
    "BUD",
    "HIN",
    "ITH",
    "SHI",
    "SUN",
    "ALQ",
    "TAL",
    "ATH",
    "CTH",
    "MOS",
}


def _word(w: str, *, alone: bool) -> str:
    bare = w.replace(".", "")
    if "." in w and len(bare) <= 4 or alone and len(bare) <= 3 and bare.isalpha():
        return w.upper()  # U.S., UN, USA
    if alone and len(bare) == 4 and not re.search(r"[AEIOU]", bare[1:]):
        return w.upper()  # DPRK
    out = "-".join(part.capitalize() for part in w.lower().split("-"))
    return re.sub(r"'S\b", "'s", out)


def _alias(raw: str) -> str:
    """Phoenix/CountryInfo phrase (``KIM_JONG-UN_``) to display text (``Kim Jong-un``)."""
    words = raw.strip().strip("+").replace("_", " ").split()
    return " ".join(_word(w, alone=len(words) == 1) for w in words)


_phrase = _alias


def _date(raw: str, *, end: bool) -> str | None:
    raw = raw.strip()
    if len(raw) == 6 and raw.isdigit():
        yy = int(raw[:2])
        raw = ("20" if yy <= 30 else "19") + raw
    if len(raw) != 8 or not raw.isdigit():
        return None
    y = raw[:4]
    m = min(max(int(raw[4:6]), 1), 12)
    d = min(max(int(raw[6:]), 1), 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
    return f"{y}-{m:02d}-{d:02d}"


def _restriction(text: str) -> tuple[str, str | None, str | None] | None:
    """``CHNGOV >080401`` -> ("CHNGOV", "2008-04-01", None)."""
    parts = text.split()
    if not parts:
        return None
    code = parts[0]
    if len(parts) == 1:
        return code, None, None
    rng = "".join(parts[1:])
    if rng.startswith(">"):
        start = _date(rng[1:], end=False)
        return (code, start, None) if start else None
    if rng.startswith("<"):
        stop = _date(rng[1:], end=True)
        return (code, None, stop) if stop else None
    if "-" in rng:
        a, b = rng.split("-", 1)
        start, stop = _date(a, end=False), _date(b, end=True)
        return (code, start, stop) if start and stop and start <= stop else None
    return None


def _split_code(code: str) -> tuple[str | None, str | None]:
    """``CHNGOVMIL`` -> ("CHN", "GOV"); ``IGOUNO`` -> ("IGO", "IGO"); ``~GOV`` -> (None, "GOV")."""
    code = code.strip().strip("~").upper()
    if code.startswith(("IGO", "NGO")):
        return code[:3], code[:3]
    if code.startswith("IMG"):
        return None, "REB"
    country = code[:3] if len(code) >= 3 else None
    sector = code[3:6] if len(code) >= 6 else None
    if sector and sector not in _SECTORS:
        sector = None
    return country, sector


def _records(path: Path) -> Iterator[tuple[str, list[str], list[str], str]]:
    """Yield (primary line, synonyms, restrictions, comment) records of a Phoenix actor file."""
    primary: str | None = None
    syn: list[str] = []
    res: list[str] = []
    comment = ""
    for line in path.read_text("utf-8", errors="replace").splitlines():
        body, _, note = line.partition("#")
        if not body.strip():
            continue
        if body.startswith(("\t", " ")) and body.strip().startswith("["):
            res.extend(m.group(1) for m in _CODE.finditer(body))
        elif body.strip().startswith("+"):
            syn.append(body.strip())
        else:
            if primary is not None:
                yield primary, syn, res, comment
            primary, syn, res, comment = body.strip(), [], [], note.strip()
    if primary is not None:
        yield primary, syn, res, comment


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def phoenix_entries(path: Path, source: str, *, kind_default: str) -> Iterator[dict[str, Any]]:
    for primary, syn, res, _comment in _records(path):
        codes = [m.group(1) for m in _CODE.finditer(primary)]
        name_raw = _CODE.sub("", primary).strip()
        if not name_raw:
            continue
        aliases = [_alias(name_raw)] + [_alias(_CODE.sub("", s)) for s in syn]
        aliases = list(dict.fromkeys(a for a in aliases if a))
        spans = [r for r in (_restriction(x) for x in res) if r]
        if codes:
            spans.append((codes[0], None, None))
        if not spans:
            continue
        if kind_default != "group" and all(len(c) == 3 for c, _, _ in spans):
            continue  # bare country codes: states come from countries.csv and CountryInfo
        name = _phrase(name_raw)
        dated = any(a or b for _, a, b in spans)
        first_country, first_sector = _split_code(spans[0][0])
        for code, start, stop in spans:
            country, sector = _split_code(code)
            if country is None and sector is None:
                continue
            if country in ("IGO", "NGO"):
                kind = country.lower()
            elif dated and kind_default == "person":
                kind = "person"
            else:
                kind = "group"
            yield {
                "id": f"{first_country}.{first_sector or 'X'}.{_slug(name)}",
                "name": name,
                "country": country,
                "sector": sector,
                "role": None,
                "kind": kind,
                "from": start,
                "to": stop,
                "aliases": aliases,
                "source": source,
            }


_NOT_REGIONS = {"IGO", "NGO", "MNC"}


def place_regional_groups(
    groups: Iterator[dict[str, Any]], states: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Armed groups the Phoenix list codes by region (MEA, WAF, SAS ...) get the one
    country their name names ("Palestinian Islamic Jihad" -> PSE, "Eritrean Liberation
    Front" -> ERI); a name that names none or several keeps the region code."""
    iso = {r["country"] for r in states}
    forms: dict[tuple[str, ...], str] = {}
    for state in states:
        for form in [state["name"], *state["aliases"], *state.get("adjectives", [])]:
            words = tuple(re.findall(r"[a-z]+", form.lower()))
            if words and len(form) > 3:
                forms.setdefault(words, state["country"])
    out = []
    for row in groups:
        if row["country"] and row["country"] not in iso and row["country"] not in _NOT_REGIONS:
            named = _countries_named(re.findall(r"[a-z]+", row["name"].lower()), forms)
            if len(named) == 1:
                row = {**row, "country": named.pop()}
        out.append(row)
    return out


_REGION_WORDS = {"latin", "north", "south", "central", "east", "west", "pan"}


def _countries_named(words: list[str], forms: dict[tuple[str, ...], str]) -> set[str]:
    """Countries named in a word list, longest form first ("north korean" is not
    "korean"); a form after a region word is a region ("Latin American")."""
    found, i = set(), 0
    while i < len(words):
        for n in (3, 2, 1):
            key = tuple(words[i : i + n])
            if len(key) == n and key in forms:
                if not (n == 1 and i > 0 and words[i - 1] in _REGION_WORDS):
                    found.add(forms[key])
                i += n
                break
        else:
            i += 1
    return found


# CAMEO codes for states that are not ISO-3 (today's ISO code of the state they name)
_CAMEO_STATES = {"KSV": "XKX", "USR": "RUS", "YUG": "SRB", "SCG": "SRB", "FRY": "SRB", "DDR": "DEU"}
_CAMEO_STATES |= {
    "TMP": "TLS",
    "KNT": "KNA",
    "ANG": "AGO",
    "KRJ": "HRV",
    "SRP": "BIH",
    "SUN": "RUS",
}
_NOT_STATES = {"UNO", "EUR"}


def _iso_or_none(code: str | None) -> str | None:
    """An event's country is ISO-3, IGO or NGO: CAMEO's other codes (regions such as MEA,
    religions, MNC for companies, MED for media) name no state, so the KB leaves it empty."""
    code = _CAMEO_STATES.get(code, code) if code else code
    if not code or code in {"IGO", "NGO", "XKX"}:  # Kosovo has no ISO code of its own
        return code
    return (
        code if pycountry.countries.get(alpha_3=code) else None
    )  # countries.csv lists the UN and the EU among its countries


def iso3(code: str) -> str:
    """The ISO-3 code events carry for a dictionary's country code. Six letters are a
    parent and a part: a territory with its own ISO code keeps it ("DNKGRL": GRL), a
    breakaway or sub-national entity is coded as the state it lies in ("SOMPRE"
    Somaliland: SOM), as the PLOVER data code rebels and regions."""
    if len(code) != 6:
        return code
    return code[3:] if pycountry.countries.get(alpha_3=code[3:]) else code[:3]


def ngec_countries(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["CCA3"] in _NOT_STATES:
                continue  # the UN and the EU are in the IGO rows, not states
            forms = [f.strip() for f in row["Nationality"].split(",") if f.strip()]
            adjectives = [f for f in forms if " " not in f and not f.endswith("s")]
            others = [f for f in forms if f not in adjectives]
            yield {
                # breakaway states share a code ("UKRPRE": Donetsk and Luhansk)
                "id": row["CCA3"]
                if len(row["CCA3"]) == 3
                else f"{row['CCA3']}.{_slug(row['Name'])}",
                "name": row["Name"],
                "country": iso3(row["CCA3"]),
                "sector": None,
                "role": None,
                "kind": "state",
                "from": None,
                "to": None,
                "aliases": [row["Name"], *others],
                "adjectives": adjectives,
                "codes": [row["CCA2"], row["CCA3"]],
                "source": "ngec_assets/countries.csv",
            }


def _block(text: str, tag: str) -> list[str]:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", text, re.S)
    if not m:
        return []
    out = []
    for line in m.group(1).splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("<"):
            out.append(_alias(line.split("[")[0].strip()))
    return [o for o in out if o]


# forms CountryInfo (2011) still gives a state from a union it has left: Montenegro kept
# Serbia and Montenegro's capital and its "Serbian" nationality
_STALE = {"MNE": frozenset({"belgrade", "beograd", "serbian"})}


def countryinfo(path: Path) -> Iterator[dict[str, Any]]:
    text = path.read_bytes().decode("utf-8", errors="replace")
    # the file opens with a <!-- ... --> guide whose examples contain tags ("See
    # <CountryCode>AIA</CountryCode>"): without this the first country took AIA's code
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    for block in re.findall(r"<Country>(.*?)</Country>", text, re.S):
        code = re.search(r"<CountryCode>\s*(\w+)\s*</CountryCode>", block)
        name = re.search(r"<CountryName>\s*([^<]+?)\s*</CountryName>", block)
        if not code or not name:
            continue
        iso = code.group(1).strip()
        src = "CountryInfo.120116.txt (CC BY-SA 3.0)"
        stale = _STALE.get(iso3(iso) or "", frozenset())
        state = _iso_or_none(iso3(iso))  # CAMEO's KSV is Kosovo's XKX
        forms = [f for f in _block(block, "Nationality") if f.lower() not in stale]
        adjectives = [
            f
            for f in forms
            if f.endswith(("AN", "ESE", "ISH", "I", "IC", "CH"))
            or f.lower().endswith(("an", "ese", "ish", "i", "ic", "ch"))
        ]
        yield {
            "id": iso,
            "name": _phrase(name.group(1)),
            "country": state,
            "sector": None,
            "role": None,
            "kind": "state",
            "from": None,
            "to": None,
            "aliases": [
                _phrase(name.group(1)),
                *[f for f in forms if f not in adjectives],
                *_block(block, "MajorCities"),
            ],
            "adjectives": adjectives,
            "source": src,
        }
        for cap in (c for c in _block(block, "Capital") if c.lower() not in stale):
            yield {
                "id": f"{iso}.capital.{_slug(cap)}",
                "name": cap,
                "country": state,
                "sector": "GOV",
                "role": None,
                "kind": "capital",
                "from": None,
                "to": None,
                "aliases": [cap],
                "source": src,
            }


_MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


# Crowd nouns the dictionaries lack, written for parley (PLOVER sector codes).
PARLEY_AGENTS = {
    # people news names by trade or standing, missing from the dictionaries
    "union": "LAB",  # "the teachers' union called a strike"
    "unions": "LAB",
    "unionist": "LAB",
    "unionists": "LAB",
    "trucker": "LAB",
    "truckers": "LAB",
    "miner": "LAB",
    "miners": "LAB",
    "sailor": "MIL",
    "sailors": "MIL",
    "airmen": "MIL",
    "conscripts": "MIL",
    "recruits": "MIL",
    "cadets": "MIL",
    "herder": "AGR",
    "herders": "AGR",
    "pastoralists": "AGR",
    "locals": "CVL",
    "tribesman": "CVL",
    "tribesmen": "CVL",
    "clansmen": "CVL",
    "elder": "CVL",
    "volunteers": "CVL",
    "veterans": "CVL",
    "pastor": "REL",
    "nuns": "REL",
    "councillors": "GOV",
    "negotiator": "GOV",
    "negotiators": "GOV",
    "mediator": "GOV",
    "mediators": "GOV",
    "jurors": "JUD",
    "guard": "COP",  # "prison guards", "guards fired on the crowd"
    "guards": "COP",
    "wardens": "COP",
    "gendarmes": "COP",
    "coastguard": "COP",
    "contractors": "BUS",
    "armed men": "UAF",  # "armed men kidnapped 80 students": unidentified attackers
    "armed man": "UAF",
    "masked men": "UAF",
    "unknown assailants": "UAF",
    "marcher": "CVL",
    "marchers": "CVL",
    "rioter": "CVL",
    "rioters": "CVL",
    "detainee": "CVL",
    "detainees": "CVL",
    "mourner": "CVL",
    "mourners": "CVL",
    "youth": "CVL",
    "youths": "CVL",
    "inhabitant": "CVL",
    "inhabitants": "CVL",
    "secretary": "GOV",  # "Principal Secretary", "Cabinet Secretary": an official
    "supporter": "CVL",
    "thousands": "CVL",  # "thousands marched in Tel Aviv": a crowd
    "thousand": "CVL",  # (heads are looked up by lemma)
    "hundreds": "CVL",
    "hundred": "CVL",
    "dozens": "CVL",
    "dozen": "CVL",
    "supporters": "CVL",
    "critic": "CVL",  # "the government's critics"
    "critics": "CVL",
    "organiser": "CVL",  # "protest organisers"
    "organisers": "CVL",
    "organizer": "CVL",
    "organizers": "CVL",
    "schoolgirl": "CVL",  # "seized 276 schoolgirls"
    "schoolgirls": "CVL",
    "schoolboy": "CVL",
    "schoolboys": "CVL",
    "schoolchildren": "CVL",
    "shopper": "CVL",
    "shoppers": "CVL",
    "seller": "CVL",  # "chicken sellers held a sit-in"
    "sellers": "CVL",
    "vendor": "CVL",
    "vendors": "CVL",
    "captor": "UAF",  # "freed by their captors": whoever held them, unnamed
    "captors": "UAF",
    "hostage-taker": "UAF",
    "hostage-takers": "UAF",
    "assailant": "UAF",
    "assailants": "UAF",
    "attacker": "UAF",
    "attackers": "UAF",
    "criminal group": "CRM",  # "pressure from criminal groups"
    "criminal groups": "CRM",
    "criminal gang": "CRM",
    "criminal gangs": "CRM",
    "armed gang": "CRM",
    "armed gangs": "CRM",
    "brass": "MIL",  # "top military brass"
    "military brass": "MIL",
    "rights organization": "NGO",  # "media rights organizations condemned the arrest"
    "rights organizations": "NGO",
    "rights organisation": "NGO",
    "rights organisations": "NGO",
    "humanitarian agency": "NGO",
    "humanitarian agencies": "NGO",
    "humanitarian organization": "NGO",
    "humanitarian organizations": "NGO",
    "humanitarian organisation": "NGO",
    "humanitarian organisations": "NGO",
    "aid agency": "NGO",
    "aid agencies": "NGO",
    "aid organization": "NGO",
    "aid organizations": "NGO",
    "charity": "NGO",
    "charities": "NGO",
    "advocacy group": "NGO",
    "advocacy groups": "NGO",
    "press freedom group": "NGO",
    "press freedom groups": "NGO",
    "rights watchdog": "NGO",
    "media watchdog": "NGO",
    "press watchdog": "NGO",
    "press freedom watchdog": "NGO",
    "rapporteur": "IGO",  # "the U.N. special rapporteur": an officer of the UN
    "peacekeeper": "IGO",  # "two Indonesian peacekeepers": they serve the U.N. force
    "peacekeepers": "IGO",
    "peacekeeping force": "IGO",
    "peacekeeping forces": "IGO",
    "peacekeeping mission": "IGO",
    "rapporteurs": "IGO",
    "special rapporteur": "IGO",
    "special rapporteurs": "IGO",
}
# sectors the dictionaries get wrong for today's news. The Phoenix list files spokespeople
# as journalists; unattached, one speaks for a government ("a ministry spokesman"); a
# group's spokesman is found through the group.
PARLEY_CORRECTIONS = {
    "spokesman": "GOV",
    "spokesmen": "GOV",
    "spokeswoman": "GOV",
    "spokeswomen": "GOV",
    "spokesperson": "GOV",
    # the dictionaries file opposition leaders as civilians; PLOVER has an opposition sector
    "opposition leader": "OPP",
    "opposition leaders": "OPP",
    "opposition activist": "OPP",
    "opposition activists": "OPP",
    "opposition figure": "OPP",
    "opposition figures": "OPP",
    "opposition politician": "OPP",
    "opposition politicians": "OPP",
    "opposition supporter": "OPP",
    "opposition supporters": "OPP",
    # an activist is a person of where they are, not an international organisation
    "rights activist": "CVL",
    "rights activists": "CVL",
    # a Commonwealth state's envoy to another ("India's deputy high commissioner"), not
    # the police rank "deputy" alone would give
    "high commissioner": "GOV",
    "high commissioners": "GOV",
}


def agents(paths: list[Path]) -> dict[str, str]:
    table: dict[str, str] = {}
    for path in paths:
        macros: dict[str, list[str]] = {}
        for line in path.read_text("utf-8", errors="replace").splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            m = _MACRO.match(line)
            if m:
                macros[m.group(1)] = [x.strip() for x in m.group(2).split(",")]
                continue
            code = _CODE.search(line)
            if not code or "~" not in code.group(1):
                continue
            raw = code.group(1)
            sector = raw.replace("~", "")[:3]
            head = line[: code.start()]
            plural = re.search(r"\{([^}]*)\}", head)
            phrase = re.sub(r"\{[^}]*\}", "", head).strip()
            if not phrase or "{" in phrase:
                continue
            forms = [phrase]
            for mark, subs in macros.items():
                if mark in phrase:
                    forms = [
                        f.replace(mark, s if f.endswith(mark) or "_" in s else s)
                        for f in forms
                        for s in subs
                    ]
            auto = plural is None and "!" not in phrase and not phrase.endswith("_")
            for form in forms:
                base = form.strip("_").replace("_", " ").replace("!", "").lower()
                if " " in base and base.split()[-1] in ("of", "for", "to", "at", "in"):
                    continue
                table[base] = sector
                if auto:
                    table[_plural(base)] = sector
                elif plural and plural.group(1).strip():
                    table[plural.group(1).strip().replace("_", " ").lower()] = sector
    return dict(sorted(table.items()))


def _plural(word: str) -> str:
    if word.endswith(".") or word.endswith("s") and not word.endswith("ss"):
        return word
    if word.endswith("ss"):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


_LISTS = frozenset({"aliases", "adjectives", "codes"})


def _cell(column: str, value: Any) -> str:
    """One TSV field; lists round-trip through ``split("|")`` (and ``""`` reads as [])."""
    if value is None:
        return ""
    parts = [str(v) for v in value] if column in _LISTS else [str(value)]
    if column in _LISTS and parts == [""]:
        raise ValueError(f"{column} list {value!r} cannot be written as TSV")
    if any(ch in p for p in parts for ch in "\t\n|"):
        raise ValueError(f"{column} value {value!r} cannot be written as TSV")
    return "|".join(parts)


def _write_tsv(path: Path, header: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    """Header lines ``# key: value``, the column names, then one entry per line."""
    lines = [f"# {k}: {v}" for k, v in header.items()]
    lines.append("# one entry per line; list fields joined with |; an empty field is null")
    lines.append("\t".join(COLUMNS))
    for row in rows:
        unknown = set(row) - set(COLUMNS)
        if unknown:
            raise ValueError(f"unknown field(s) {sorted(unknown)}")
        row = {**row, "country": _iso_or_none(row.get("country"))}
        lines.append("\t".join(_cell(c, row.get(c)) for c in COLUMNS))
    with gzip.GzipFile(path, "wb", mtime=0) as raw:
        raw.write(("\n".join(lines) + "\n").encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    shared: Path = args.shared
    dicts = shared / "petrarch2_dicts" / "dictionaries"
    OUT.mkdir(parents=True, exist_ok=True)

    rows = list(ngec_countries(shared / "ngec_assets" / "countries.csv"))
    rows += phoenix_entries(
        dicts / "Phoenix.Countries.actors.txt",
        "Phoenix.Countries.actors.txt",
        kind_default="person",
    )
    rows += phoenix_entries(
        dicts / "Phoenix.International.actors.txt",
        "Phoenix.International.actors.txt",
        kind_default="group",
    )
    rows += place_regional_groups(
        phoenix_entries(
            dicts / "Phoenix.MilNonState.actors.txt",
            "Phoenix.MilNonState.actors.txt",
            kind_default="group",
        ),
        [r for r in rows if r["kind"] == "state"],
    )
    _write_tsv(
        OUT / "oeda_actors.tsv.gz",
        {
            "schema": "parley-kb/2",
            "version": VERSION,
            "license": "MIT",
            "attribution": "Open Event Data Alliance: PETRARCH2 Phoenix dictionaries; "
            "ngec_assets countries.csv",
        },
        rows,
    )
    ci = list(countryinfo(shared / "countryinfo" / "CountryInfo.120116.txt"))
    _write_tsv(
        OUT / "countryinfo.tsv.gz",
        {
            "schema": "parley-kb/2",
            "version": VERSION,
            "license": "CC BY-SA 3.0",
            "attribution": "CountryInfo.120116.txt by Philip A. Schrodt, "
            "http://eventdata.parusanalytics.com; adapted (fields selected)",
        },
        ci,
    )
    table = agents([dicts / "Phoenix.agents.txt", shared / "ngec_assets" / "PLOVER_agents.txt"])
    # the dictionaries win, except where they leave the sector unknown ("supporters")
    known = {noun: sector for noun, sector in table.items() if sector != "UNK"}
    table = dict(sorted({**table, **PARLEY_AGENTS, **known, **PARLEY_CORRECTIONS}.items()))
    with (OUT / "agents.tsv").open("w", encoding="utf-8") as fh:
        fh.write(
            f"# parley agent nouns {VERSION}; MIT, Open Event Data Alliance "
            "(Phoenix.agents.txt, PLOVER_agents.txt)\n"
        )
        fh.writelines(f"{noun}\t{sector}\n" for noun, sector in table.items())
    print(f"{len(rows)} OEDA rows, {len(ci)} CountryInfo rows, {len(table)} agent nouns")


if __name__ == "__main__":
    main()
