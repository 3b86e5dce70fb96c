"""A mentor's course: exercises of their own, in the same folder format as the built-in ones.

```
my-course/
  course.toml          [course] id, title, and step: whose worker settings (preloads, limits, blocked
                       libraries) its exercises use; an exercise.toml may name another `step`; optionally
                       points: what each exercise is worth when graded (an exercise.toml may say otherwise);
                       lint = "grading" for a course kept for grading only (a converted notebook, say):
                       lint then proves what grading relies on, not the teaching (hints, mistakes, rules)
  <topic>/<slug>/      one folder per exercise: exercise.toml, prompt.md, starter.py, solution.py, check.py, mistakes/
```

Every command that takes exercise ids takes a course's too, once the course is known (``mlsteps course add``, or
``--course`` for ``grade`` and ``course lint``). In a workspace the learner's files go to ``courses/<id>/``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from mlsteps.engine.exercise import CatalogError, Exercise, Step, load_exercise

COURSE_FILE = "course.toml"
COURSE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
LINTS = ("teaching", "grading")  # what `course lint` proves: everything, or what grading relies on


class CourseError(CatalogError):
    """A mentor's course that cannot be read: their content, not mlsteps's, so the message says whose."""


@dataclass(frozen=True)
class Course:
    id: str
    title: str
    folder: Path
    exercises: tuple[Exercise, ...]


def _step(steps: tuple[Step, ...], number: object, where: Path) -> Step:
    for step in steps:
        if step.number == number:
            return step
    raise CatalogError(f"{where}: step {number!r} is not one of 1-{len(steps)}")


def load_course(folder: Path, steps: tuple[Step, ...]) -> Course:
    """Read a course folder; anything wrong with it is a CourseError that names the file and what to fix."""
    try:
        return _load_course(Path(folder).expanduser().resolve(), steps)
    except CourseError:
        raise
    except CatalogError as exc:
        raise CourseError(str(exc)) from exc


def _load_course(folder: Path, steps: tuple[Step, ...]) -> Course:
    manifest = folder / COURSE_FILE
    if not folder.is_dir():
        raise CatalogError(f"{folder}: there is no such course folder")
    if not manifest.is_file():
        raise CatalogError(
            f"{folder} has no {COURSE_FILE}. A course needs one, for example:\n"
            '[course]\nid = "ds101"\ntitle = "Data science 101"\nstep = 1'
        )
    try:
        raw = tomllib.loads(manifest.read_text(encoding="utf-8")).get("course", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(f"{manifest}: {exc}") from exc
    course_id = raw.get("id", "")
    if not isinstance(course_id, str) or not COURSE_ID.match(course_id):
        raise CatalogError(
            f"{manifest}: [course] id must be short, lower case letters, digits, '-' or '_' (got {course_id!r})"
        )
    default_step = _step(steps, raw.get("step", 1), manifest)
    points = raw.get("points")  # what each exercise is worth unless its exercise.toml says
    lint = raw.get("lint", "teaching")
    if lint not in LINTS:
        raise CatalogError(f"{manifest}: lint must be one of {', '.join(map(repr, LINTS))} (got {lint!r})")
    exercises = []
    for toml in sorted(folder.rglob("exercise.toml")):
        exercise_folder = toml.parent
        relative = exercise_folder.relative_to(folder).parts
        topic = relative[0] if len(relative) > 1 else "exercises"
        try:
            step_number = tomllib.loads(toml.read_text(encoding="utf-8")).get("step", default_step.number)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise CatalogError(f"{toml}: {exc}") from exc
        exercises.append(
            load_exercise(
                exercise_folder,
                _step(steps, step_number, toml),
                topic,
                course=course_id,
                points=points,
                teaching=lint == "teaching",
            )
        )
    if not exercises:
        raise CatalogError(f"{folder} holds no exercise: add folders with an exercise.toml (`mlsteps course --help`)")
    ordered = sorted(exercises, key=lambda e: (e.topic, e.order, e.id))
    return Course(course_id, str(raw.get("title", course_id)), folder, tuple(ordered))
