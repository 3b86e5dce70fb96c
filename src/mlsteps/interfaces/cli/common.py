"""What every command group of the CLI shares: the ``--json`` flag and the id argument, a clear failure (exit
status 2), plain JSON output, and opening the journey with every known problem turned into a message.

Command groups import this module and nothing else of the CLI; the root app (``cli/__init__.py``) adds them.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from mlsteps.journey.journey import Journey

JsonFlag = Annotated[bool, typer.Option("--json", help="Print plain JSON instead of the usual view.")]
IdArgument = Annotated[
    str | None, typer.Argument(metavar="ID", help="An exercise id such as python/list-comprehensions.")
]
EXIT_USAGE = 2


def _wants_json() -> bool:
    """Whether the command being run was given ``--json``. Read from the command line itself: Typer offers no
    public way to reach the running command's parameters, and every failure passes through here."""
    return "--json" in sys.argv[1:]


def fail(message: str, hint: str = "") -> typer.Exit:
    """Say what went wrong (and what to do) and end with exit status 2: in words, or, for a command given
    ``--json``, as ``{"error": ..., "hint": ...}`` on standard output, so a script can read it."""
    if _wants_json():
        print_json({"error": message, "hint": hint})
        return typer.Exit(EXIT_USAGE)
    from mlsteps.interfaces.console import errors

    errors.print(f"{message} {hint}".strip(), markup=False, soft_wrap=True)
    return typer.Exit(EXIT_USAGE)


def storage_failure(exc: OSError) -> typer.Exit | None:
    """A file that could not be written (a full disk, a file-size limit, a read-only folder...), named for what it
    is, with what to do; None for any other error, which stays a bug to see."""
    from mlsteps.record import storage

    kind = storage.kind_of(exc)
    if kind is None:
        return None
    path = Path(exc.filename) if exc.filename else Path.cwd() / "."
    return fail(storage.explain(storage.refine(kind, path), path, exc.strerror or ""))


@contextmanager
def open_journey(start: Path | None = None) -> Iterator[Journey]:
    """The journey of the workspace around ``start``; every known failure becomes a clear message (exit status 2):
    no workspace, a wrong id, a broken store, input the journey refuses, or a defect in mlsteps's own content."""
    from mlsteps.engine.catalog import UnknownExercise
    from mlsteps.engine.courses import CourseError
    from mlsteps.engine.exercise import CatalogError
    from mlsteps.engine.judge import ExerciseBroken
    from mlsteps.engine.runner import WorkerUnavailable
    from mlsteps.journey.journey import Journey
    from mlsteps.journey.workspace import NoWorkspace, Workspace
    from mlsteps.notebooks.headless import NotebookError
    from mlsteps.projects.templates import TemplateBroken
    from mlsteps.record.inputs import BadInput
    from mlsteps.record.resources import ResourcesBroken
    from mlsteps.record.store import StoreError

    journey = None
    try:
        journey = Journey(Workspace.find(start))
        yield journey
    except UnknownExercise as exc:
        raise fail(str(exc), "`mlsteps list` shows every exercise's id.") from None
    except (NoWorkspace, StoreError, BadInput, NotebookError) as exc:
        raise fail(str(exc)) from None
    except CourseError as exc:
        raise fail(f"A course added to this workspace has a problem: {exc}") from None
    except (CatalogError, ExerciseBroken, ResourcesBroken, TemplateBroken) as exc:
        raise fail(f"mlsteps's own content has a problem (not your fault): {exc}") from None
    except OSError as exc:
        if (failure := storage_failure(exc)) is None:
            raise
        raise failure from None
    except WorkerUnavailable as exc:
        raise fail(f"The checker could not run ({exc}).", "Run `mlsteps doctor` to see what is missing.") from None
    finally:
        if journey is not None:
            journey.close()


def print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
