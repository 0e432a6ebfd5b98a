"""``parley eval``: score predictions (or a fresh extraction) against a gold file."""

from __future__ import annotations

import json
from pathlib import Path

import click

from parley.errors import ParleyError

_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.command("eval")
@click.argument("gold", type=_FILE)
@click.option("--pred", "pred", type=_FILE, help="Predictions JSONL (from `parley extract`).")
@click.option(
    "--articles",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Article folder for document gold (default: ../seeds beside the gold's folder).",
)
@click.option("--meta", type=_FILE, help="Metadata JSONL (default: <name>.meta.jsonl beside gold).")
@click.option("--no-meta", is_flag=True, help="Extract without publication metadata.")
@click.option("--negatives", type=_FILE, help="Negative sentences JSONL: report false alarms.")
@click.option(
    "--mode",
    type=click.Choice(["rules", "ml"]),
    default="rules",
    show_default=True,
    help="Pipeline mode when extracting (ml needs the parley[ml] extra).",
)
@click.option(
    "--report", type=click.Path(dir_okay=False, path_type=Path), help="Write a Markdown report."
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def eval_command(
    gold: Path,
    pred: Path | None,
    articles: Path | None,
    meta: Path | None,
    no_meta: bool,
    negatives: Path | None,
    mode: str,
    report: Path | None,
    fmt: str,
) -> None:
    """Score events against GOLD: document JSONL (shared/eval) or the PLOVER GSR array.

    Without --pred the pipeline extracts the events first (the GSR records' sentences,
    or the articles named by the document gold), in the --mode given.

    Example:

        parley eval eval/seeds.gold.jsonl --pred out.jsonl --report report.md
    """
    from parley.evaluate import render_markdown, render_text, run_eval, to_dict

    try:
        pipeline = None
        if pred is None:
            from parley.pipeline import Pipeline

            pipeline = Pipeline(mode=mode)
        result = run_eval(
            gold,
            pred_path=pred,
            articles=articles,
            meta=meta,
            use_meta=not no_meta,
            negatives=negatives,
            pipeline=pipeline,
        )
    except ParleyError as exc:
        raise click.ClickException(str(exc)) from exc
    except NotImplementedError as exc:
        raise click.ClickException("the extraction pipeline is not available; use --pred") from exc
    if report is not None:
        report.write_text(render_markdown(result), encoding="utf-8")
    if fmt == "json":
        click.echo(json.dumps(to_dict(result), indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(result), nl=False)


def register(group: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    group.add_command(eval_command)
