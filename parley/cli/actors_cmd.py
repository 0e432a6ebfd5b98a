"""``parley actors``: list actors in the store; ``parley actors lookup``: ask the KB."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click


@click.group(invoke_without_command=True)
@click.pass_context
def actors(ctx: click.Context) -> None:
    """Actors: without a subcommand, list the actors in the event store."""
    if ctx.invoked_subcommand is None:
        from parley.cli import store_cmd

        listing = getattr(store_cmd, "list_actors", None)
        if listing is None:
            raise click.UsageError("no event store commands available")
        ctx.invoke(listing)


def _record(res: Any) -> dict[str, Any]:
    entry = res.entry
    out: dict[str, Any] = {"mention": res.mention, "date": res.date, "status": res.status}
    for field in ("name", "country", "sector", "role", "id", "valid_from", "valid_to"):
        out[field] = getattr(entry, field) if entry is not None else None
    if res.status == "ambiguous":
        out["candidates"] = [
            {"name": c.name, "country": c.country, "sector": c.sector, "role": c.role, "id": c.id}
            for c in res.candidates
        ]
    return out


def _table(rec: dict[str, Any]) -> str:
    lines = [f"{k:<10} {'' if v is None else v}" for k, v in rec.items() if k != "candidates"]
    for cand in rec.get("candidates", ()):
        lines.append(f"candidate  {cand['name']} ({cand['country']}, {cand['role']}) {cand['id']}")
    return "\n".join(lines)


@actors.command("lookup")
@click.argument("mention", required=False)
@click.option("--on", "on", help="Date the mention is read at (YYYY-MM-DD).")
@click.option("--context", "context", default="", help="Comma-separated ISO-3 codes of the story.")
@click.option(
    "--input",
    "input_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help='JSON lines with {"mention", "date"[, "context"]} per line.',
)
@click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra actors YAML/JSONL file (repeatable).",
)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
def lookup(
    mention: str | None,
    on: str | None,
    context: str,
    input_path: Path | None,
    actor_files: tuple[Path, ...],
    fmt: str,
) -> None:
    """Resolve an actor mention as of a date.

    Example: parley actors lookup "the US president" --on 2018-03-28
    """
    from parley.errors import ParleyError
    from parley.kb import KnowledgeBase

    if (mention is None) == (input_path is None):
        raise click.UsageError("give a MENTION or --input FILE")
    try:
        kb = KnowledgeBase.load(extra=actor_files)
    except ParleyError as exc:
        raise click.ClickException(str(exc)) from exc
    if mention is not None:
        ctx = [c for c in context.split(",") if c]
        try:
            rec = _record(kb.lookup(mention, on, context=ctx))
        except ParleyError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(json.dumps(rec, ensure_ascii=False) if fmt == "jsonl" else _table(rec))
        return
    assert input_path is not None
    bad = 0
    with input_path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if not isinstance(item, dict) or not isinstance(item.get("mention"), str):
                    raise ValueError("needs a string 'mention'")
                res = kb.lookup(
                    item["mention"], item.get("date"), context=item.get("context") or ()
                )
            except (ValueError, ParleyError) as exc:
                bad += 1
                click.echo(f"{input_path}:{number}: {exc}", err=True)
                continue
            rec = _record(res)
            click.echo(
                json.dumps(rec, ensure_ascii=False) if fmt == "jsonl" else _table(rec) + "\n"
            )
    if bad:
        click.echo(f"{bad} bad input line(s)", err=True)
        sys.exit(1)


def register(group: click.Group) -> None:
    group.add_command(actors)
