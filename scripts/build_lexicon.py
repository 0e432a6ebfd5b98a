"""Build parley/data/lexicon/cameo_verbs.yaml from the CAMEO verb dictionary.

Sources:
  * PETRARCH2 verb dictionary CAMEO.2.0.txt (MIT, Open Event Data Alliance): verb blocks
    ``---  NAME  [code]  ---``, member verbs (with their own ``[code]`` or the block's)
    and object patterns ``- * OBJECT  [code]``;
  * CAMEO2PLOVER-2021.txt (PLOVER, CC BY-SA 4.0): CAMEO code -> PLOVER type, mode.

Each verb gets the PLOVER type of its default code; patterns whose object changes the type
become ``needs_obj`` variants ("impose" + sanction). Verbs whose default code is a plain
statement (CAMEO 01x/02x, no PLOVER type) or that are too common to stand alone keep only
their variants. The hand-written triggers.yaml overrides every lemma it lists.

Usage: python scripts/build_lexicon.py [--cameo PATH] [--table PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/data")
CAMEO = SHARED / "petrarch2_dicts" / "dictionaries" / "CAMEO.2.0.txt"
TABLE = SHARED / "plover_gsr" / "CAMEO2PLOVER-2021.txt"
OUT = ROOT / "parley" / "data" / "lexicon" / "cameo_verbs.yaml"

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip

# Verbs too common (or too often something else) to code on their own: only their
# object variants are kept ("take hostage", "set fire").
COMMON = {
    "be", "have", "do", "make", "take", "give", "get", "go", "come", "put", "set", "keep",
    "say", "tell", "see", "use", "find", "show", "turn", "bring", "run", "move", "leave",
    "begin", "start", "continue", "open", "close", "look", "stand", "become", "seem",
    "let", "pay", "follow", "reach", "change", "end", "return", "hold", "carry", "raise",
    "lead", "break", "cover", "meet", "call", "help", "play", "head", "point", "post",
    "add", "face", "hit", "drop", "cut", "build", "receive", "form", "lose", "win",
    "back", "act", "serve", "order", "allow", "note", "mark", "step", "pass", "push",
    "press", "join", "host", "deal", "handle", "treat", "draw", "fall", "rise", "sign",
    "offer", "share", "provide", "plan", "seek", "want", "try", "work", "ask", "state",
    "present", "express", "release", "issue", "cause", "force", "charge", "fire",
    "lift", "stop", "block", "check", "claim", "hope", "expect", "agree", "support",
}  # fmt: skip

# Plain statements and reporting verbs: left out entirely, even with objects.
DROP = {
    "say", "tell", "visit", "be", "have", "do", "accord", "unite", "base", "argue",
    "mean", "need", "remain", "involve", "indicate", "constitute", "originate", "note",
    "add", "report", "comment", "describe", "explain", "announce", "state", "declare",
}  # fmt: skip

# Forms that are mostly not event words in news (nouns, adjectives, names), which would
# send many sentences to the parser for nothing: these verbs keep only object variants.
NOT_EVENT_WORDS = {
    "present", "object", "report", "record", "contest", "counter", "round", "level",
    "lodge", "mine", "arm", "shelter", "house", "host", "station", "train", "guard",
    "police", "man", "bear", "wave", "sound", "air", "grant", "fund", "boost", "credit",
    "field", "land", "stage", "picket", "fine", "bill", "rally", "march", "demonstrate",
    "conflict", "siege", "command", "campaign", "clear", "pressure", "blow", "combat",
    "found", "institute", "research", "relate", "gather", "benefit", "attach", "contribute",
    "ensure", "exclude", "invest", "buy", "succumb", "fail", "rejoice", "search", "expose",
    "mourn", "process", "control", "question", "request", "demand", "protest", "design",
    # mostly with abstract objects in news ("fight the pandemic", "resolve the issue")
    "fight", "resolve", "protect", "provoke", "exchange", "close", "settle", "address",
}  # fmt: skip

# Verbs that only say how much, who runs or what joins what ("fighting escalated", "the
# ministry oversees operations", "the reveal"): CAMEO files them under cooperation or
# support by their objects ("intensify cooperation"), so only their object variants count.
OBJECT_ONLY = {
    "escalate", "intensify", "heighten", "amplify", "magnify", "redouble", "augment",
    "enlarge", "compound", "exaggerate", "conduct", "direct", "manage", "govern", "oversee",
    "supervise", "supervize", "regulate", "steer", "administer", "gear", "render", "task",
    "assign", "dictate", "prescribe", "enact", "better", "ameliorate", "simplify",
    "mitigate", "abate", "assuage", "link", "connect", "chain", "bind", "blend", "fuse",
    "merge", "coalesce", "conflate", "combine", "unify", "tie", "attire", "outfit", "stock",
    "expediate", "enlist", "enroll", "enjoin", "affect", "impact", "influence", "reveal",
    "unveil", "admit", "confess", "divulge", "advertise", "advertize", "organise",
    "organize", "orchestrate", "coordinate", "correlate", "integrate", "associate",
    "prefer", "tempt", "profess", "reassert", "triumph", "exult", "exuberate", "concert",
    "enliven", "invigorate", "revitalize", "galvanize", "spur", "rouse", "inspire",
    "synchronise", "synchronize", "harmonise", "harmonize", "conform", "celebrate", "clap",
    "determine", "prepare", "ready", "groom", "strive", "endeavor", "endeavour", "signal",
    "vote", "resurrect", "resuscitate", "subscribe", "certify", "fill", "detach", "tease",
    "retire", "bide", "recede", "satify", "verify", "undo", "untie", "unloose", "legislate",
    "disconnect", "disentangle", "enable", "submit", "value", "prize",
    # "we can still hear gunfire"; "Assad was ousted" (a fall from power, not an expulsion)
    "hear", "oust", "reinforce", "consider", "weigh", "interfere", "intervene",
    # reviewed bare senses that are no interaction in news ("three people died", "prices
    # declined", "explore options", "the tournament was marred")
    "die", "compete", "compensate", "contrast", "cry", "despair", "differ", "dig",
    "disappoint", "explore", "grieve", "scan", "skim", "study", "sweep", "weep", "whine",
    "sadden", "humble", "circle", "ring", "match", "best", "master", "pit", "overshadow",
    "overtake", "dominate", "mar", "spoil", "tarnish", "corrupt", "struggle", "overcome",
    "surmount", "engage", "learn", "introduce", "insert", "innovate", "contemplate",
    "reason", "speculate", "ponder", "meditate", "mull", "muse", "ruminate", "excogitate",
    "brave", "cluster", "flock", "huddle", "conglomerate", "constellate", "conjoin",
    "remove", "tax", "reside", "inhabit", "infest", "levy", "moderate", "revolutionise",
    "revolutionize", "extract", "catch", "disorder", "disarray", "countermine", "annoy",
    "bother", "upset", "irritate", "plague", "disturb", "discomfit", "disconcert",
    "disquiet", "agonise", "agonize", "arouse", "enkindle", "rag", "garner", "tend",
    "ward", "counterbalance", "comb", "table", "remit", "retard", "procrastinate",
}  # fmt: skip

# Default classes by PLOVER type, following triggers.yaml: cooperative acts become AGREE
# when promised; CONCEDE and RETREAT stay as they are when future (codebook).
CLASS = {"AGREE": "intent", "CONSULT": "coop", "COOPERATE": "coop", "AID": "coop"}
TARGETS = {
    "AGREE": ["with", "to"],
    "CONSULT": ["dobj", "with"],
    "COOPERATE": ["with", "dobj"],
    "AID": ["to", "dobj"],
    "CONCEDE": ["dobj", "to"],
    "RETREAT": ["from", "dobj"],
    "PROTEST": ["against", "dobj"],
    "SANCTION": ["dobj", "on", "against"],
    "MOBILIZE": ["against", "to"],
    "THREATEN": ["dobj", "with"],
    "REQUEST": ["dobj", "to"],
}  # everything else: [dobj]
BE_FORMS = {"be", "is", "are", "was", "were", "been", "being", "am"}
TOKEN = re.compile(r"^(\{[^}]*\}|&[A-Z_]+|[A-Z][A-Z'-]*)$")


@dataclass
class Verb:
    words: tuple[str, ...]  # lemma, then particles
    code: str | None  # default CAMEO code
    forms: set[str] = field(default_factory=set)  # irregular forms from {...}
    patterns: list[tuple[str, str]] = field(default_factory=list)  # (object lemma, code)


# Where the 2021 table disagrees with the codebook text: international sanctions,
# embargoes and boycotts are SANCTION "discontinue" (PLOVER manual, SANCTION modes).
OVERRIDES = {"163": ("SANCTION", "discontinue")}


def read_table(path: Path) -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> (PLOVER type, mode)."""
    table: dict[str, tuple[str, str | None]] = dict(OVERRIDES)
    for line in path.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d+):\s*(.*)$", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        if parts and parts[0] in PLOVER_TYPES:
            mode = parts[1] if len(parts) > 1 and parts[1] else None
            if mode is not None and "_" in mode:
                mode = None  # "175: ASSAULT, pro_autocracy": a context in the mode column
            table.setdefault(m.group(1), (parts[0], mode))
    return table


def plover(code: str | None, table: dict[str, tuple[str, str | None]]) -> tuple[str, str | None]:
    """PLOVER type and mode of a CAMEO code, by the longest known prefix; ("", None) if none."""
    if not code or not code[:2].isdigit():
        return "", None
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return "", None


def noun_lemma(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


def read_cameo(path: Path) -> dict[tuple[str, ...], Verb]:
    synsets: dict[str, list[str]] = {}
    verbs: dict[tuple[str, ...], Verb] = {}
    current: str | None = None  # synset being read
    block: list[tuple[str, Verb]] = []  # (name as written, verb)
    block_code: str | None = None
    in_verbs = False
    for raw in path.read_text("latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.startswith("---") else raw
        comment = raw.split("#", 1)[1] if "#" in raw else ""
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        if not in_verbs:
            if line.startswith("&"):
                current = line.split()[0]
                synsets[current] = []
            elif line.startswith("+") and current:
                # synset members: keep the head (last word) of each phrase
                synsets[current].append(noun_lemma(line[1:].split()[0].split("_")[-1]))
            continue
        if not line.strip():
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if m:
            block, block_code = [], _code(m.group(2))
            continue
        if line.startswith("-"):
            pm = re.match(r"^-\s*\*\s+(.+?)\s*\[([^\]]+)\]\s*$", line)
            if not pm or "(" in pm.group(1):
                continue  # pre-verb nouns, prepositional phrases, actor slots: not used
            obj = pm.group(1).strip()
            if not TOKEN.match(obj):
                continue
            if obj.startswith("&"):
                heads = synsets.get(obj, [])
            else:
                heads = [noun_lemma(obj.strip("{}").split()[-1])]
            # the comment names the verb the pattern was written for: scope it to that
            # member (synonyms from WordNet rarely share the verb's collocations)
            named = set(re.findall(r"[A-Z][A-Z_+]*", comment.replace("+", "")))
            scope = [v for name, v in block if name in named] or [v for _, v in block]
            for verb in scope:
                verb.patterns.extend((h, pm.group(2).strip()) for h in heads if h.isalpha())
            continue
        vm = re.match(r"^(\S+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line)
        if not vm:
            continue
        word = vm.group(1)
        if "+" in word and not word.startswith("+") or "-" in word:
            continue  # "WIRE_+TAP": the verb is not first; hyphenated forms
        words = tuple(w.lower() for w in word.lstrip("+").split("_") if w)
        if not words or words[0] in BE_FORMS or not words[0].isalpha():
            continue
        code = _code(vm.group(3)[1:-1]) if vm.group(3) else block_code
        if words not in verbs:
            verbs[words] = Verb(words, code)
        verb = verbs[words]
        if verb.code is None:
            verb.code = code
        if vm.group(2):
            for form in vm.group(2)[1:-1].replace(",", " ").split():
                form = form.lstrip("+").lower()
                if "_" not in form and form.isalpha():
                    verb.forms.add(form)
        block.append((word.replace("+", ""), verb))
    return verbs


def _code(text: str) -> str | None:
    text = text.strip().split(":")[0]  # "042:043": source:target codes; keep the first
    return None if not text or text.startswith("-") else text


def entry(kind: str, mode: str | None, extra: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"event": kind} if kind else {"event": None}
    if mode:
        out["mode"] = mode
    out["targets"] = TARGETS.get(kind, ["dobj"])
    out["class"] = CLASS.get(kind, "act")
    out.update(extra)
    return out


def build(
    verbs: dict[tuple[str, ...], Verb], table: dict[str, tuple[str, str | None]]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    stats: Counter[str] = Counter()
    for words, verb in sorted(verbs.items()):
        lemma = words[0]
        key = " ".join(words)
        if lemma in DROP:
            continue
        kind, mode = plover(verb.code, table)
        standalone = bool(kind) and lemma not in COMMON | NOT_EVENT_WORDS | OBJECT_ONLY
        # object variants: the majority type per object lemma
        by_obj: dict[str, Counter[tuple[str, str | None]]] = defaultdict(Counter)
        for obj, code in verb.patterns:
            by_obj[obj][plover(_code(code), table)] += 1
        groups: dict[tuple[str, str | None], list[str]] = defaultdict(list)
        for obj, votes in by_obj.items():
            (vkind, vmode), _ = votes.most_common(1)[0]
            if standalone and (vkind, vmode) == (kind, mode):
                continue  # the default already codes it
            if not vkind and not standalone:
                continue  # nothing to block
            groups[(vkind, vmode)].append(obj)
        variants = [
            entry(vkind, vmode, {"needs_obj": sorted(objs)})
            for (vkind, vmode), objs in sorted(
                groups.items(), key=lambda g: (g[0][0], g[0][1] or "")
            )
        ]
        # a blocking variant (no event) must not be class coop
        for v in variants:
            if v["event"] is None:
                v["class"] = "act"
                del v["targets"]
        if not standalone and not any(v["event"] for v in variants):
            stats["dropped"] += 1
            continue
        entries = variants + ([entry(kind, mode, {})] if standalone else [])
        forms = sorted(verb.forms - _regular(lemma))
        if forms:
            for e in entries:
                e["forms"] = forms
        stats["verbs"] += 1
        stats["variants"] += len(variants)
        out[key] = entries[0] if len(entries) == 1 else entries
    print(
        f"{stats['verbs']} verbs, {stats['variants']} object variants, {stats['dropped']} dropped",
        file=sys.stderr,
    )
    return out


def _regular(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms


HEADER = """\
# GENERATED by scripts/build_lexicon.py -- do not edit; change the script and rerun.
# Verb triggers from the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt, MIT License,
# Copyright (c) 2015 Open Event Data Alliance), mapped to PLOVER types and modes with
# CAMEO2PLOVER-2021.txt (PLOVER codebook, CC BY-SA 4.0, Open Event Data Alliance).
# Same schema as triggers.yaml; a lemma may list several entries, object variants
# (needs_obj) first. An entry with event null blocks the verb for those objects.
# forms: irregular inflections for the pre-filter. triggers.yaml wins on any lemma.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cameo", type=Path, default=CAMEO)
    parser.add_argument("--table", type=Path, default=TABLE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    verbs = build(read_cameo(args.cameo), read_table(args.table))
    lines = [HEADER.rstrip("\n"), "verbs:"]
    for key, value in verbs.items():
        name = _flow(key)
        if isinstance(value, dict):
            lines.append(f"  {name}: {_flow(value)}")
        else:
            lines.append(f"  {name}:")
            lines.extend(f"    - {_flow(e)}" for e in value)
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text)["verbs"] == verbs
    args.out.write_text(text, "utf-8")


def _flow(value: Any) -> str:
    return (
        str(yaml.safe_dump(value, default_flow_style=True, width=10**6))
        .strip()
        .removesuffix("...")
        .strip()
    )


if __name__ == "__main__":
    main()
