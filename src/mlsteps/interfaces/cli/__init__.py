"""The command line, ``mlsteps`` (Typer + Rich): the root app, assembled here from one module per command group.

Each group defines its own Typer app and imports only :mod:`~mlsteps.interfaces.cli.common`; this module adds
them, explicitly and in the order ``mlsteps --help`` lists them. Nothing imports this module back.
"""

from __future__ import annotations

import typer

from mlsteps.interfaces.cli import cohorts, exercises, notebooks, projects, record, web

app = typer.Typer(
    help="mlsteps: learn machine learning and data science with Python, step by step, by doing.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: flags without a type beside them, options with theirs
)
for group in (exercises, cohorts, record, notebooks, projects, web):
    app.add_typer(group.app)


def main() -> None:
    app()
