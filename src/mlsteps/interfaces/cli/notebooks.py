"""The notebook commands: ``mlsteps notebooks``, ``mlsteps lab``, and ``mlsteps check NOTEBOOK.ipynb``'s report.

Generation and headless checking live in the
journey (:mod:`mlsteps.notebooks.topics`, :mod:`mlsteps.notebooks.headless`); this module only presents.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Annotated

import typer

from mlsteps.interfaces.cli.common import JsonFlag, open_journey, print_json

LAB_MISSING = """\
JupyterLab is not installed in this Python environment ({python}).
Install it with:
    pip install "mlsteps[lab]"
or:
    pip install jupyterlab
then run `mlsteps lab` again. Your notebooks are in {notebooks}; any editor that opens .ipynb files works too."""


app = typer.Typer()


@app.command()
def notebooks(
    force: Annotated[
        bool, typer.Option("--force", help="Replace notebooks you changed too (a copy of each is kept first).")
    ] = False,
    as_json: JsonFlag = False,
) -> None:
    """Write a notebook for every topic into notebooks/. Never replaces one you changed unless you say --force."""
    from mlsteps.notebooks.topics import write_notebooks

    with open_journey() as journey:
        report = write_notebooks(journey.workspace.root, journey.catalog, force=force)
        root = journey.workspace.root
    if as_json:
        print_json(report.to_dict())
        return
    from mlsteps.interfaces.console import console

    lines = [f"Notebooks in {root / 'notebooks'}:"]
    lines += [f"  new: {path}" for path in report.created]
    lines += [f"  brought up to date (you had not changed it): {path}" for path in report.updated]
    lines += [
        f"  a newer version was written beside yours: {path} (yours was not changed; "
        "`mlsteps notebooks --force` replaces it, keeping a copy)"
        for path in report.beside
    ]
    lines += [f"  replaced: {path} (your version is kept at {backup})" for path, backup in report.replaced]
    lines += [
        f"  {path} cannot be read as a notebook, so it was left alone. "
        "`mlsteps notebooks --force` replaces it, keeping a copy."
        for path in report.unreadable
    ]
    if len(lines) == 1:
        lines.append("  all up to date.")
    for line in lines:
        console.print(line, markup=False, soft_wrap=True)


@app.command()
def lab() -> None:
    """Open JupyterLab on your workspace, at the notebook of the exercise you are on."""
    from importlib.util import find_spec

    from mlsteps.notebooks.topics import notebook_of, write_notebooks

    with open_journey() as journey:
        root = journey.workspace.root
        write_notebooks(root, journey.catalog)  # adds what is missing; never overwrites
        current = journey.current()
        target = notebook_of(journey.catalog, current) if current is not None else None
    if find_spec("jupyterlab") is None:
        from mlsteps.interfaces.console import errors

        errors.print(LAB_MISSING.format(python=sys.executable, notebooks=root / "notebooks"), markup=False)
        raise typer.Exit(1)
    command = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={root}"]
    if target is not None and (root / target).is_file():
        command.append(target)
    from mlsteps.interfaces.console import console

    console.print(f"Opening JupyterLab on {root} (press Ctrl+C here to stop it).", markup=False)
    try:
        code = subprocess.call(command, cwd=root)
    except KeyboardInterrupt:
        code = 0
    raise typer.Exit(code)
