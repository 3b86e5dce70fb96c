"""The notebook commands: ``mlsteps notebooks``, ``mlsteps lab``, and ``mlsteps check NOTEBOOK.ipynb``'s report.

Importing this module registers the commands on the CLI's ``app``. Generation and headless checking live in the
journey (:mod:`mlsteps.notebooks.topics`, :mod:`mlsteps.notebooks.headless`); this module only presents.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from mlsteps.interfaces.cli import JsonFlag, _fail, _print_json, app, open_journey

LAB_MISSING = """\
JupyterLab is not installed in this Python environment ({python}).
Install it with:
    pip install "mlsteps[lab]"
or:
    pip install jupyterlab
then run `mlsteps lab` again. Your notebooks are in {notebooks}; any editor that opens .ipynb files works too."""


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
        _print_json(report.to_dict())
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


def check_notebook(path: Path, as_json: bool, cell_seconds: float) -> NoReturn:
    """``mlsteps check NOTEBOOK.ipynb``: run it in a kernel, then show a verdict for each of its exercises."""
    from mlsteps.journey.workspace import find_root
    from mlsteps.notebooks.headless import NotebookError, check_notebook

    if not path.is_file():
        raise _fail(f"There is no notebook at {path}. Check the path (it is relative to this folder).")
    around = find_root(path.resolve().parent)  # the notebook's own workspace, else the one we are in
    with open_journey(around) as journey:
        try:
            results = check_notebook(journey, path, cell_seconds=cell_seconds)
        except NotebookError as exc:
            raise _fail(str(exc)) from None
    passed = sum(result.verdict.passed for result in results)
    if as_json:
        _print_json([result.to_dict() for result in results])
    else:
        from rich.text import Text

        from mlsteps.interfaces.console import console, verdict_view

        for result in results:
            console.print(Text(f"\n{result.exercise.id} · check cell {result.cell}", style="bold"))
            for note in result.notes:
                console.print(f"  note: {note}", style="yellow", markup=False)
            console.print(verdict_view(result.verdict))
        console.print(f"\n{passed} of {len(results)} exercises in {path} pass.", markup=False)
    raise typer.Exit(0 if passed == len(results) else 1)
