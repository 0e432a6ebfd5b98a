"""``parley extract``: articles in, one event per line out."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import click

from parley.model import event_to_dict

CSV_COLUMNS = (
    "event_id",
    "doc_id",
    "event",
    "mode",
    "source_name",
    "source_country",
    "source_sector",
    "target_name",
    "target_country",
    "target_sector",
    "date",
    "date_precision",
    "date_text",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "confidence",
    "trigger",
    "sentence",
)


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One event record as a flat CSV row."""
    source = record.get("source") or {}
    target = record.get("target") or {}
    place = record.get("location") or {}
    evidence = record.get("evidence") or {}
    return {
        "event_id": record["event_id"],
        "doc_id": record["doc_id"],
        "event": record["event"],
        "mode": record.get("mode"),
        "source_name": source.get("name"),
        "source_country": source.get("country"),
        "source_sector": source.get("sector"),
        "target_name": target.get("name"),
        "target_country": target.get("country"),
        "target_sector": target.get("sector"),
        "date": record.get("date"),
        "date_precision": record.get("date_precision"),
        "date_text": record.get("date_text"),
        "location_name": place.get("name"),
        "location_country": place.get("country"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "confidence": record.get("confidence"),
        "trigger": (evidence.get("trigger") or {}).get("text"),
        "sentence": evidence.get("sentence"),
    }


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--meta", type=click.Path(exists=True, dir_okay=False), help="JSONL metadata by doc_id."
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here, not stdout.")
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True
)
@click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra actor YAML/JSONL files (add or override KB entries).",
)
@click.option("--workers", type=int, default=1, show_default=True, help="Extraction processes.")
@click.option(
    "--mode",
    type=click.Choice(["rules", "ml"]),
    default="rules",
    show_default=True,
    help="rules: trigger lexicon only; ml: add the learned type classifier (parley[ml]).",
)
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar (default: on a terminal)."
)
def extract(
    paths: tuple[str, ...],
    meta: str | None,
    output: str | None,
    fmt: str,
    actor_files: tuple[str, ...],
    workers: int,
    mode: str,
    progress: bool | None,
) -> None:
    """Extract PLOVER events from articles (.txt, .html, .jsonl, feeds, folders, '-').

    \b
    Example:
        parley extract examples/seeds --meta examples/seeds.meta.jsonl -o events.jsonl
    """
    from parley.errors import ParleyError
    from parley.ingest import read_inputs
    from parley.pipeline import Pipeline

    try:
        items = list(read_inputs(list(paths), meta=meta, stdin=sys.stdin))
    except ParleyError as error:
        raise click.ClickException(str(error)) from error
    try:
        pipeline = Pipeline(actors=actor_files, mode=mode)
    except ParleyError as error:
        raise click.ClickException(str(error)) from error
    show = sys.stderr.isatty() if progress is None else progress
    handle: IO[str] = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
    failures = documents = events = 0
    try:
        writer = _writer(handle, fmt)
        results = pipeline.pipe(items, n_process=max(1, workers))
        for result in _progress(results, len(items), show):
            if result.error is not None:
                failures += 1
                click.echo(f"error: {result.error}", err=True)
                continue
            documents += 1
            for event in result.events:
                writer(event_to_dict(event))
                events += 1
    finally:
        if output:
            handle.close()
    click.echo(
        f"{documents} documents, {events} events, {failures} failed"
        + (f" -> {Path(output)}" if output else ""),
        err=True,
    )
    if failures:
        sys.exit(1)


def _writer(handle: IO[str], fmt: str) -> Any:
    if fmt == "csv":
        table = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        table.writeheader()
        return lambda record: table.writerow(flat_row(record))
    return lambda record: handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _progress(results: Iterator[Any], total: int, show: bool) -> Iterator[Any]:
    if not show or total < 20:
        yield from results
        return
    from tqdm import tqdm

    yield from tqdm(results, total=total, unit="doc", file=sys.stderr)


def register(group: click.Group) -> None:
    group.add_command(extract)
