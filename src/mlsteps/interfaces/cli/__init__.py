"""The command line, ``mlsteps`` (Typer + Rich): the root app, assembled here from one module per command group.

Each group defines its own Typer app and imports only :mod:`~mlsteps.interfaces.cli.common`; this module adds
them, explicitly and in the order ``mlsteps --help`` lists them. Nothing imports this module back.
"""

from __future__ import annotations

from typing import Annotated

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


def _version(asked: bool) -> None:
    if not asked:
        return
    from importlib.metadata import PackageNotFoundError, version

    try:
        number = version("mlsteps")
    except PackageNotFoundError:  # run from a checkout that was never installed
        number = "unknown (not installed)"
    typer.echo(f"mlsteps {number}")
    raise typer.Exit()


@app.callback()
def _root(
    context: typer.Context,
    show_version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Say which mlsteps this is, and stop.")
    ] = False,
) -> None:
    """mlsteps: learn machine learning and data science with Python, step by step, by doing."""
    if context.invoked_subcommand == "grade":  # runs before the command's own options are read
        cohorts.prestart_grading()


def main() -> None:
    app()
