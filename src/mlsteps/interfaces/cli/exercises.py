"""The exercise commands: ``init``, ``start``, ``map``, ``list``, ``next``, ``check`` (a file or a whole
notebook), ``hint``, ``solution``, ``reset``, ``watch`` and ``doctor``.

Commands compose the journey and the engine; they hold no logic of their own beyond presenting results. Heavy
modules are imported inside the commands that need them, so that ``mlsteps --help`` starts fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from mlsteps.interfaces.cli.common import IdArgument, JsonFlag, fail, open_journey, print_json

if TYPE_CHECKING:
    from mlsteps.journey.journey import Journey

app = typer.Typer()


def _exercise_json(journey: Journey, exercise, status: str) -> dict:
    return {
        "id": exercise.id,
        "step": exercise.step,
        "topic": exercise.topic,
        "title": exercise.title,
        "path": exercise.workspace_path,
        "entry": exercise.entry,
        "status": status,
        "minutes": exercise.minutes,
        "difficulty": exercise.difficulty,
    }


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="Where to make the workspace.")] = Path("."),
) -> None:
    """Make a workspace (or bring one up to date): a starter file for every exercise. Never overwrites your work."""
    from mlsteps.interfaces.console import console

    report = _sync(directory)
    console.print(f"Workspace ready at {directory.resolve()}", markup=False)
    console.print(f"  {len(report.created)} new exercise files, {len(report.updated)} updated starters.", markup=False)
    for path in report.beside:
        console.print(
            f"  A newer starter was written beside your file: {path} (your file was not changed).", markup=False
        )


def _sync(directory: Path):
    from mlsteps.engine.catalog import Catalog
    from mlsteps.journey.workspace import create
    from mlsteps.record.store import StoreError

    try:
        workspace, report = create(directory, Catalog())
    except StoreError as exc:
        raise fail(str(exc)) from None
    workspace.close()
    return report


@app.command()
def start(
    directory: Annotated[Path | None, typer.Argument(help="Where your workspace is or should be.")] = None,
) -> None:
    """Begin (or carry on): make your workspace if needed, then show the map and your next exercise."""
    from mlsteps.interfaces.console import console
    from mlsteps.journey.workspace import default_location, find_root

    root = directory or find_root() or default_location()
    _sync(root)
    with open_journey(root) as journey:
        from mlsteps.interfaces.console import map_view

        console.print(map_view(journey, journey.progress()))
        _show_next(journey)
        if find_root() != root.resolve():
            console.print(
                f"\nYour workspace is {root.resolve()}: run `cd {root}` first, then the commands above.", markup=False
            )


@app.command("map")
def show_map(as_json: JsonFlag = False) -> None:
    """The five steps: why each matters, how long it usually takes, its topics, and your progress."""
    with open_journey() as journey:
        progress = journey.progress()
        if as_json:
            print_json(
                [
                    {
                        "step": p.step.number,
                        "title": p.step.title,
                        "why": p.step.why,
                        "done": p.step.done,
                        "months": p.step.months,
                        "topics": [{"id": t.id, "title": t.title} for t in p.step.topics],
                        "solved": p.solved,
                        "total": p.total,
                    }
                    for p in progress
                ]
            )
            return
        from mlsteps.interfaces.console import console, map_view

        console.print(map_view(journey, progress))


@app.command("list")
def list_exercises(
    step: Annotated[int | None, typer.Option("--step", min=1, max=5, help="Only this step (1-5).")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Every exercise with its status: new, started, attempted or passed."""
    with open_journey() as journey:
        statuses = journey.statuses()
        chosen = [e for e in journey.catalog if step is None or e.step == step]
        if as_json:
            print_json([_exercise_json(journey, e, statuses[e.id]) for e in chosen])
            return
        from rich.table import Table

        from mlsteps.interfaces.console import console, status_style

        table = Table(show_edge=False)
        for column in ("id", "title", "min", "status", "file"):
            table.add_column(column)
        for exercise in chosen:
            status = statuses[exercise.id]
            table.add_row(
                exercise.id,
                exercise.title,
                str(exercise.minutes),
                f"[{status_style(status)}]{status}",
                exercise.workspace_path,
            )
        console.print(table)


def _show_next(journey: Journey) -> None:
    from mlsteps.interfaces.console import console, exercise_view

    exercise = journey.next_exercise()
    if exercise is None:
        console.print("You have solved every exercise. Time for a project of your own!")
        return
    journey.set_current(exercise)
    status = journey.statuses()[exercise.id]
    console.print(exercise_view(exercise, exercise.workspace_path, status))


@app.command("next")
def next_exercise(as_json: JsonFlag = False) -> None:
    """The next exercise you have not solved: its prompt, and where its file is."""
    with open_journey() as journey:
        if not as_json:
            _show_next(journey)
            return
        exercise = journey.next_exercise()
        if exercise is None:
            print_json(None)
            return
        journey.set_current(exercise)
        data = _exercise_json(journey, exercise, journey.statuses()[exercise.id])
        print_json({**data, "prompt": exercise.prompt, "file": str(journey.workspace.path_of(exercise))})


def _resolve(journey: Journey, exercise_id: str | None):
    exercise = journey.resolve(exercise_id)
    if exercise is None:
        raise fail("You have solved every exercise: name one to check, such as `mlsteps check python/fizzbuzz`.")
    return exercise


@app.command()
def check(
    exercise_id: IdArgument = None,
    as_json: JsonFlag = False,
    timeout: Annotated[float, typer.Option(min=1, help="For a notebook: the seconds each cell may run.")] = 60.0,
) -> None:
    """Check an exercise (by default the one you are on), or each exercise of a NOTEBOOK.ipynb. Exits with 0 only
    when everything passes."""
    if exercise_id is not None and exercise_id.endswith(".ipynb"):
        _check_notebook(Path(exercise_id), as_json, timeout)
    with open_journey() as journey:
        exercise = _resolve(journey, exercise_id)
        verdict = journey.check(exercise)
        if as_json:
            print_json(verdict.to_dict())
        else:
            from mlsteps.interfaces.console import console, verdict_view

            console.print(verdict_view(verdict))
    raise typer.Exit(0 if verdict.passed else 1)


@app.command()
def hint(exercise_id: IdArgument = None, as_json: JsonFlag = False) -> None:
    """One more hint each time you ask, from gentle to nearly the answer."""
    with open_journey() as journey:
        given = journey.hint(_resolve(journey, exercise_id))
    if as_json:
        print_json({"id": given.exercise_id, "number": given.number, "total": given.total, "hint": given.text})
        return
    from mlsteps.interfaces.console import console

    for number, earlier in enumerate(given.earlier, start=1):
        console.print(f"Hint {number}: {earlier}", style="dim", markup=False)
    console.print(f"Hint {given.number} of {given.total}: {given.text}", markup=False)
    if given.number < given.total:
        console.print(f"Run `mlsteps hint {given.exercise_id}` again for a stronger hint.", style="dim", markup=False)


@app.command()
def solution(exercise_id: IdArgument = None, as_json: JsonFlag = False) -> None:
    """The reference solution. Try the hints first: seeing it is recorded in your journey."""
    with open_journey() as journey:
        exercise = _resolve(journey, exercise_id)
        code = journey.solution(exercise)
    if as_json:
        print_json({"id": exercise.id, "code": code})
        return
    from rich.syntax import Syntax

    from mlsteps.interfaces.console import console

    console.print(Syntax(code, "python", line_numbers=True))
    console.print(
        "Read it, close it, and write it again from memory in your own file: that is how it sticks.",
        style="dim",
        markup=False,
    )


@app.command()
def reset(exercise_id: Annotated[str, typer.Argument(help="The exercise to put back to its starter.")]) -> None:
    """Put an exercise's file back to its starter. Your version is kept as a backup."""
    with open_journey() as journey:
        exercise = _resolve(journey, exercise_id)
        backup = journey.reset(exercise)
    from mlsteps.interfaces.console import console

    console.print(f"{exercise.workspace_path} is back to its starter.", markup=False)
    if backup is not None:
        console.print(f"Your previous version is kept at {backup}", markup=False)


@app.command()
def watch() -> None:
    """Check your exercise every time you save it, and move on to the next one when it passes."""
    from mlsteps.interfaces.watching import watch_workspace

    with open_journey() as journey:
        watch_workspace(journey)


@app.command()
def doctor(as_json: JsonFlag = False) -> None:
    """Your environment: Python, virtualenv or conda, Jupyter and the key packages, with how to fix what is missing."""
    from mlsteps.interfaces.doctor import examine

    findings = examine()
    if as_json:
        print_json([finding.__dict__ for finding in findings])
        return
    from rich.table import Table

    from mlsteps.interfaces.console import console

    table = Table(show_edge=False)
    for column in ("", "what", "found", "to fix"):
        table.add_column(column)
    for finding in findings:
        mark = "[green]✓" if finding.ok else ("[yellow]·" if finding.optional else "[red]✗")
        table.add_row(mark, finding.name, finding.found, finding.fix)
    console.print(table)


def _check_notebook(path: Path, as_json: bool, cell_seconds: float) -> NoReturn:
    """``mlsteps check NOTEBOOK.ipynb``: run it in a kernel, then show a verdict for each of its exercises."""
    from mlsteps.journey.workspace import find_root
    from mlsteps.notebooks.headless import NotebookError, check_notebook

    if not path.is_file():
        raise fail(f"There is no notebook at {path}. Check the path (it is relative to this folder).")
    around = find_root(path.resolve().parent)  # the notebook's own workspace, else the one we are in
    with open_journey(around) as journey:
        try:
            results = check_notebook(journey, path, cell_seconds=cell_seconds)
        except NotebookError as exc:
            raise fail(str(exc)) from None
    passed = sum(result.verdict.passed for result in results)
    if as_json:
        print_json([result.to_dict() for result in results])
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
