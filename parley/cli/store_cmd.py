"""``parley ingest``, ``events``, ``incidents``, ``timeline``, ``dyads``, ``export``.

Also ``list_actors``, which ``parley actors`` runs when given no subcommand. Each
command opens the store, makes one ``parley.store`` call and formats the result.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import click
import pandas as pd

from parley.errors import ParleyError

FORMATS = ("table", "jsonl", "csv")


def _default_db() -> str:
    # A callable default, so that `parley actors` (ctx.invoke) also honours PARLEY_DB.
    from parley.store import default_db_path

    return default_db_path()


def _db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        "db",
        envvar="PARLEY_DB",
        default=_default_db,
        show_default="parley.duckdb",
        type=click.Path(dir_okay=False),
        help="DuckDB file (env PARLEY_DB).",
    )(f)


def _format_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="Output: readable table, JSON lines or CSV.",
    )(f)


def _filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--actor", help="Actor name substring (either side)."),
        click.option("--country", help="Country code of either side, e.g. CHN."),
        click.option("--dyad", nargs=2, help="Two actors, either direction: --dyad CHN PRK."),
        click.option("--type", "types", multiple=True, help="PLOVER type; repeatable."),
        click.option("--since", help="From this day (YYYY-MM-DD), inclusive."),
        click.option("--until", help="Up to this day (YYYY-MM-DD), inclusive."),
        click.option("--text", help="Substring of the evidence sentence."),
        click.option("--limit", type=int, help="At most this many rows."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _open(db: str) -> Any:
    from parley.store import EventStore

    try:
        return EventStore(db, read_only=True)
    except ParleyError as error:
        raise click.ClickException(str(error)) from error


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | pd.Timestamp):
        return value.isoformat()[:10] if isinstance(value, date) else str(value)
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, float) and value != value:  # NaN
        return None
    return value


def emit(frame: pd.DataFrame, fmt: str) -> None:
    """Write ``frame`` to stdout as a table, JSON lines or CSV."""
    if fmt == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
        return
    if fmt == "jsonl":
        for record in frame.to_dict(orient="records"):
            clean = {k: _plain(v) for k, v in record.items()}
            click.echo(json.dumps(clean, ensure_ascii=False, default=str))
        return
    if frame.empty:
        click.echo("(no rows)", err=True)
        return
    shown = frame.copy()
    for column in shown.columns:
        if shown[column].dtype == object:
            shown[column] = shown[column].map(lambda v: _short(_plain(v)))
    click.echo(shown.to_string(index=False, na_rep=""))


def _short(value: Any, width: int = 60) -> Any:
    if isinstance(value, list):
        value = ",".join(str(v) for v in value)
    if isinstance(value, str) and len(value) > width:
        return value[: width - 1] + "…"
    return value


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--meta", type=click.Path(exists=True, dir_okay=False), help="Metadata JSONL.")
@_db_option
@click.option("--workers", type=int, default=1, show_default=True, help="Extraction processes.")
@click.option("--batch-size", type=int, default=32, show_default=True, help="Articles per commit.")
@click.option("--no-incidents", is_flag=True, help="Leave incident rebuilding to the next run.")
def ingest(
    paths: tuple[str, ...],
    meta: str | None,
    db: str,
    workers: int,
    batch_size: int,
    no_incidents: bool,
) -> None:
    """Extract events from PATHS and store them (idempotent, resumable).

    Unchanged articles are skipped; a changed article replaces its events. Bad items
    are reported on stderr and counted; the exit status is 1 if any failed.

    Example: parley ingest seeds/ --meta seeds.meta.jsonl --db events.duckdb
    """
    from tqdm import tqdm

    from parley.store import EventStore, IngestProgress

    bar = tqdm(unit="doc", file=sys.stderr, disable=None, desc="ingest")

    def progress(p: IngestProgress) -> None:
        bar.n = p.read
        bar.set_postfix(stored=p.stored, skipped=p.skipped, failed=p.failed, refresh=False)
        bar.refresh()

    def on_error(error: ParleyError) -> None:
        tqdm.write(f"error: {error}", file=sys.stderr)

    try:
        with EventStore(db) as store:
            report = store.ingest_paths(
                list(paths),
                meta=meta,
                workers=workers,
                batch_size=batch_size,
                progress=progress,
                on_error=on_error,
                rebuild=not no_incidents,
            )
    except NotImplementedError as error:
        raise click.ClickException("the extraction pipeline is not available yet") from error
    except ParleyError as error:
        raise click.ClickException(str(error)) from error
    finally:
        bar.close()
    click.echo(
        f"{report.stored} stored ({report.replaced} replaced, {report.duplicates} near-duplicate), "
        f"{report.skipped} unchanged, {report.failed} failed; {report.events} events; "
        f"{report.incidents} incidents rebuilt -> {db}",
        err=True,
    )
    if not report.ok:
        sys.exit(1)


@click.command("events")
@_filter_options
@click.option("--directed", is_flag=True, help="--dyad A B means A acts on B.")
@_db_option
@_format_option
def events(
    actor: str | None,
    country: str | None,
    dyad: tuple[str, str] | None,
    types: tuple[str, ...],
    since: str | None,
    until: str | None,
    text: str | None,
    limit: int | None,
    directed: bool,
    db: str,
    fmt: str,
) -> None:
    """List stored events matching every filter, by date.

    Example: parley events --dyad CHN PRK --type CONSULT --since 2021-01-01
    """
    with _open(db) as store:
        frame = store.events(
            actor=actor,
            country=country,
            dyad=dyad or None,
            type=list(types),
            since=since,
            until=until,
            text=text,
            limit=limit,
            directed=directed,
        )
    emit(frame, fmt)


@click.command("incidents")
@_filter_options
@click.option("--directed", is_flag=True, help="--dyad A B means A acts on B.")
@click.option("--min-sources", type=int, default=1, show_default=True, help="Independent sources.")
@click.option("--members", is_flag=True, help="Include member events and their evidence.")
@_db_option
@_format_option
def incidents(
    actor: str | None,
    country: str | None,
    dyad: tuple[str, str] | None,
    types: tuple[str, ...],
    since: str | None,
    until: str | None,
    text: str | None,
    limit: int | None,
    directed: bool,
    min_sources: int,
    members: bool,
    db: str,
    fmt: str,
) -> None:
    """List incidents: events from several articles merged into one interaction.

    Example: parley incidents --dyad CHN PRK --min-sources 2 --format jsonl
    """
    with _open(db) as store:
        frame = store.incidents(
            actor=actor,
            country=country,
            dyad=dyad or None,
            type=list(types),
            since=since,
            until=until,
            text=text,
            limit=limit,
            directed=directed,
            min_sources=min_sources,
            with_members=members,
        )
    if members and fmt == "jsonl" and "members" in frame:
        frame["members"] = frame["members"].map(json.loads)
    emit(frame, fmt)


@click.command("timeline")
@click.argument("a")
@click.argument("b")
@click.option(
    "--by", type=click.Choice(["month", "year", "week"]), default="month", show_default=True
)
@click.option("--directed", is_flag=True, help="Only A acting on B.")
@_db_option
@_format_option
def timeline(a: str, b: str, by: str, directed: bool, db: str, fmt: str) -> None:
    """Per period and type between A and B: counts and cooperation–conflict balance.

    A and B are country codes (CHN) or actor-name substrings ("xi jinping").

    Example: parley timeline CHN PRK --by year
    """
    with _open(db) as store:
        frame = store.timeline(a, b, by=by, directed=directed)
    emit(frame, fmt)


@click.command("dyads")
@click.option("--country", help="Only dyads with this country on one side.")
@click.option("--limit", type=int, help="At most this many rows.")
@_db_option
@_format_option
def dyads(country: str | None, limit: int | None, db: str, fmt: str) -> None:
    """Dyad summaries: counts per quad class and mean scale (docs/scale.md).

    Example: parley dyads --country CHN
    """
    with _open(db) as store:
        frame = store.dyads(country=country, limit=limit)
    emit(frame, fmt)


@click.command("list")
@click.option("--name", help="Actor name substring.")
@click.option("--country", help="Country code.")
@click.option("--limit", type=int, help="At most this many rows.")
@_db_option
@_format_option
def list_actors(
    name: str | None, country: str | None, limit: int | None, db: str, fmt: str
) -> None:
    """Actors in the event store with their event counts, busiest first.

    Example: parley actors
    """
    with _open(db) as store:
        frame = store.actors(name=name, country=country, limit=limit)
    emit(frame, fmt)


@click.command("export")
@click.argument("out", type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "parquet", "gdelt"]),
    default="jsonl",
    show_default=True,
    help="parquet writes a directory partitioned by month.",
)
@_db_option
def export(out: str, fmt: str, db: str) -> None:
    """Export every stored event to OUT.

    Example: parley export --format parquet events_parquet/
    """
    with _open(db) as store:
        try:
            path = store.export(out, format=fmt)
        except ParleyError as error:
            raise click.ClickException(str(error)) from error
    click.echo(f"wrote {path}", err=True)


COMMANDS = (ingest, events, incidents, timeline, dyads, export)


def register(group: click.Group) -> None:
    """Add this module's commands to the top-level group (``list_actors`` goes via actors)."""
    for command in COMMANDS:
        group.add_command(command)


__all__ = ["COMMANDS", "emit", "list_actors", "register"]
