"""The ``parley`` command: a thin layer over the library.

Each command parses options, makes one library call and formats the result.
"""

from __future__ import annotations

import click

from parley.cli import actors_cmd, eval_cmd, extract_cmd, store_cmd


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="parley")
def main() -> None:
    """Parley: news articles in, coded PLOVER events out."""


extract_cmd.register(main)
actors_cmd.register(main)
store_cmd.register(main)
eval_cmd.register(main)

__all__ = ["main"]
