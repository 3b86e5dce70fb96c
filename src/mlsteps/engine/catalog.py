"""The catalog: the whole curriculum, the five steps' exercises in the order a learner meets them, then any
mentor's courses; looked up by id, with the nearest ids suggested for a mistyped one.

Adding an exercise folder under ``content/exercises/<step>/<topic>/`` adds an exercise: no code changes.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence
from pathlib import Path

from mlsteps.data import CONTENT
from mlsteps.engine.courses import load_course
from mlsteps.engine.exercise import CatalogError, Exercise, Step, load_exercise, load_steps

COURSE_POSITIONS = 100_000  # where the courses' exercises start in the catalog's order


class UnknownExercise(LookupError):
    """An id that names no exercise; carries the nearest ids to suggest."""

    def __init__(self, wanted: str, suggestions: list[str]) -> None:
        self.wanted = wanted
        self.suggestions = suggestions
        hint = f" Did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"There is no exercise called '{wanted}'.{hint}")


class Catalog:
    """Every step and exercise, in the order a learner meets them."""

    def __init__(self, content: Path = CONTENT, courses: Sequence[Path] = (), builtin: bool = True) -> None:
        """``courses``: folders of mentors' own exercises, added after the built-in curriculum. ``builtin=False``
        leaves the curriculum out (a grading run whose exercises are all a course's need not read 300 folders;
        a course id that clashes with a built-in one then goes unnoticed: `course lint` still says)."""
        self.content = content
        self.steps = load_steps(content)
        self.courses = tuple(load_course(folder, self.steps) for folder in courses)
        self.curriculum = self._load_exercises() if builtin else ()  # the five steps' own, without any course's
        self.exercises = self.curriculum + tuple(e for course in self.courses for e in course.exercises)
        self._by_id: dict[str, Exercise] = {}
        for exercise in self.exercises:
            if exercise.id in self._by_id:
                raise CatalogError(
                    f"{exercise.folder}: id {exercise.id} is already used by {self._by_id[exercise.id].folder}; "
                    "give it another id in its exercise.toml"
                )
            self._by_id[exercise.id] = exercise
        # The curriculum's exercises by their order, then the courses' from COURSE_POSITIONS on, so a course's
        # exercises come in the same places whether or not the curriculum was read.
        self._position = {exercise.id: number for number, exercise in enumerate(self.curriculum)}
        course_exercises = [exercise for course in self.courses for exercise in course.exercises]
        self._position |= {e.id: COURSE_POSITIONS + number for number, e in enumerate(course_exercises)}

    def _load_exercises(self) -> tuple[Exercise, ...]:
        found: list[Exercise] = []
        for step in self.steps:
            for topic in step.topics:
                topic_folder = self.content / "exercises" / step.folder / topic.id
                exercises = [
                    load_exercise(folder, step, topic.id)
                    for folder in sorted(topic_folder.glob("*/"))
                    if (folder / "exercise.toml").is_file()
                ]
                found += sorted(exercises, key=lambda e: (e.order, e.id))
        return tuple(found)

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self.exercises)

    def __len__(self) -> int:
        return len(self.exercises)

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._by_id

    def get(self, exercise_id: str) -> Exercise:
        try:
            return self._by_id[exercise_id]
        except KeyError:
            raise UnknownExercise(exercise_id, self.suggest(exercise_id)) from None

    def position(self, exercise_id: str) -> int:
        """Where an exercise comes in the catalog: the curriculum's order, then each course's (for sorting)."""
        return self._position.get(exercise_id, 2 * COURSE_POSITIONS)

    def suggest(self, wanted: str, count: int = 3) -> list[str]:
        """The ids nearest to a mistyped one, by whole id and by the part after the slash."""
        ids = list(self._by_id)
        close = difflib.get_close_matches(wanted, ids, n=count, cutoff=0.5)
        tails = {exercise_id.split("/")[-1]: exercise_id for exercise_id in ids}
        for tail in difflib.get_close_matches(wanted.split("/")[-1], list(tails), n=count, cutoff=0.6):
            if tails[tail] not in close:
                close.append(tails[tail])
        return close[:count]

    def step(self, number: int) -> Step:
        return next(step for step in self.steps if step.number == number)

    def by_path(self, relative: str) -> Exercise | None:
        return next((e for e in self.exercises if e.workspace_path == relative), None)
