"""The exercise commands: ``init``, ``start``, ``map``, ``list``, ``next``, ``check`` (a file or a whole
notebook), ``hint``, ``solution``, ``reset``, ``watch`` and ``doctor``.

Commands compose the journey and the engine; they hold no logic of their own beyond presenting results. Heavy
modules are imported inside the commands that need them, so that ``mlsteps --help`` starts fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from mlsteps.interfaces.cli.common import IdArgument, JsonFlag, fail, open_journey, print_json, storage_failure

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
    except OSError as exc:
        if (failure := storage_failure(exc)) is None:
            raise
        raise failure from None
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
        _offer_missing_libraries(journey)
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
        _offer_missing_libraries(journey)


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
        from mlsteps.interfaces.console import console, exercise_table

        console.print(exercise_table([(e, statuses[e.id]) for e in chosen]))


def _offer_missing_libraries(journey: Journey) -> None:
    """Once the learner reaches a step whose exercises need a large optional library (Step 4: PyTorch), say how
    to install it, before a check has to."""
    import importlib.util

    from mlsteps.engine.feedback import INSTALL_COMMANDS
    from mlsteps.interfaces.console import console

    upcoming = journey.next_exercise()
    if upcoming is None:
        return
    for name in upcoming.requires:
        if importlib.util.find_spec(name) is None:
            command = INSTALL_COMMANDS.get(name, f"pip install {name}")
            console.print(
                f"\nStep {upcoming.step} uses {name}, a large library that is not installed yet. "
                f"Install it once, in this environment:\n    {command}",
                style="yellow",
                markup=False,
            )


def _show_next(journey: Journey) -> None:
    from mlsteps.interfaces.console import console, exercise_view

    exercise = journey.next_exercise()
    if exercise is None:
        console.print("You have solved every exercise. Time for a project of your own!")
        return
    journey.set_current(exercise)
    status = journey.statuses()[exercise.id]
    console.print(exercise_view(exercise, exercise.workspace_path, status))


@app.command("show")
def show_exercise(
    exercise_id: Annotated[str, typer.Argument(help="An exercise id such as python/list-comprehensions.")],
    as_json: JsonFlag = False,
) -> None:
    """Any exercise you choose: its prompt, status, file and your attempts. `mlsteps check` then checks it."""
    with open_journey() as journey:
        exercise = _resolve(journey, exercise_id)
        journey.set_current(exercise)
        status = journey.statuses()[exercise.id]
        attempts = journey.store.attempts(exercise.id)
        if as_json:
            data = _exercise_json(journey, exercise, status)
            print_json(
                {
                    **data,
                    "prompt": exercise.prompt,
                    "file": str(journey.workspace.path_of(exercise)),
                    "attempts": [
                        {
                            "at": a.at.isoformat(),
                            "verdict": a.verdict,
                            "cases_passed": a.cases_passed,
                            "cases_total": a.cases_total,
                            "hints_used": a.hints_used,
                        }
                        for a in attempts
                    ],
                }
            )
            return
        from mlsteps.interfaces.console import attempts_view, console, exercise_view

        console.print(exercise_view(exercise, exercise.workspace_path, status))
        console.print(attempts_view(attempts))


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
        if exercise_id is None and not as_json:
            from mlsteps.interfaces.console import console

            console.print(f"Checking {exercise.id} ({exercise.title}), the exercise you are on.", style="dim")
        verdict = journey.check(exercise)
        lessons = journey.offer_lessons(exercise) if verdict.passed else []
        if as_json:
            print_json({**verdict.to_dict(), "tidbits_added": lessons})
        else:
            from mlsteps.interfaces.console import console, lessons_view, verdict_view

            console.print(verdict_view(verdict))
            if lessons:
                console.print(lessons_view(lessons))
    raise typer.Exit(0 if verdict.passed else 1)


@app.command()
def hint(exercise_id: IdArgument = None, as_json: JsonFlag = False) -> None:
    """One more hint each time you ask, from gentle to nearly the answer."""
    with open_journey() as journey:
        given = journey.hint(_resolve(journey, exercise_id))
    if as_json:
        print_json(
            {"id": given.exercise_id, "number": given.number, "total": given.total, "hint": given.text}
            | ({"not_saved": given.not_saved} if given.not_saved else {})
        )
        return
    from mlsteps.interfaces.console import console

    for number, earlier in enumerate(given.earlier, start=1):
        console.print(f"Hint {number}: {earlier}", style="dim", markup=False)
    console.print(f"Hint {given.number} of {given.total}: {given.text}", markup=False)
    if given.not_saved:
        console.print(given.not_saved, style="yellow", markup=False)
    elif given.number < given.total:
        console.print(f"Run `mlsteps hint {given.exercise_id}` again for a stronger hint.", style="dim", markup=False)


@app.command()
def solution(exercise_id: IdArgument = None, as_json: JsonFlag = False) -> None:
    """The reference solution. Try the hints first: seeing it is recorded in your journey."""
    with open_journey() as journey:
        exercise = _resolve(journey, exercise_id)
        shown = journey.solution(exercise)
    if as_json:
        said = {"id": exercise.id, "code": shown.code}
        print_json(said | ({"not_saved": shown.not_saved} if shown.not_saved else {}))
        return
    from rich.syntax import Syntax

    from mlsteps.interfaces.console import console

    console.print(Syntax(shown.code, "python", line_numbers=True))
    if shown.not_saved:
        console.print(shown.not_saved, style="yellow", markup=False)
    console.print(
        "Read it, close it, and write it again from memory in your own file: that is how it sticks.",
        style="dim",
        markup=False,
    )


@app.command()
def reset(exercise_id: Annotated[str, typer.Argument(help="The exercise to put back to its starter.")]) -> None:
    """Put an exercise's file back to its starter. A version you changed is kept as a backup."""
    with open_journey() as journey:
        exercise = _resolve(journey, exercise_id)
        done = journey.reset(exercise)
    from mlsteps.interfaces.console import console

    console.print(f"{exercise.workspace_path} is back to its starter.", markup=False)
    if done.backup is not None:
        console.print(f"Your previous version is kept at {done.backup}", markup=False)
    if done.not_saved:
        console.print(done.not_saved, style="yellow", markup=False)


@app.command()
def watch() -> None:
    """Check your exercise every time you save it, and move on to the next one when it passes."""
    from mlsteps.interfaces.watching import watch_workspace

    with open_journey() as journey:
        watch_workspace(journey)


@app.command()
def doctor(
    recover: Annotated[
        bool,
        typer.Option("--recover", help="Copy what is readable of a damaged journey store into a new one (kept aside)."),
    ] = False,
    as_json: JsonFlag = False,
) -> None:
    """Your environment: Python, virtualenv or conda, Jupyter and the key packages, with how to fix what is missing;
    and your journey store, with how to recover it if it is damaged."""
    from mlsteps.interfaces.doctor import examine, journey_store

    if recover:
        _recover(as_json)
        return
    findings = examine()
    if (store := journey_store()) is not None:
        findings.append(store)
    if as_json:
        print_json([finding.__dict__ for finding in findings])
        return
    from mlsteps.interfaces.console import console, doctor_table

    console.print(doctor_table(findings))


def _recover(as_json: bool) -> None:
    from mlsteps.interfaces.doctor import recover_store
    from mlsteps.journey.workspace import NoWorkspace
    from mlsteps.record.recovery import NothingToRecover

    try:
        report = recover_store()
    except (NoWorkspace, NothingToRecover) as exc:
        raise fail(str(exc)) from None
    if as_json:
        print_json(report.to_dict())
        return
    from mlsteps.interfaces.console import console

    rows = ", ".join(f"{count} {table.replace('_', ' ')}" for table, count in report.rows.items() if count)
    console.print(f"Recovered into a new journey store at {report.store}: {rows or 'no rows'}.", markup=False)
    for table, spans in report.lost.items():
        ids = ", ".join(f"{low}-{high}" if high != low else str(low) for low, high in spans)
        console.print(f"  Not readable in {table}: rows {ids}.", style="yellow", markup=False)
    for table in report.unreadable_tables:
        console.print(f"  Not readable at all: {table}.", style="yellow", markup=False)
    console.print(f"The damaged store is kept at {report.damaged}.", markup=False)


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
