"""The learner's journey through the curriculum: what every interface (CLI, notebook, web) calls.

It joins the catalog and judge (engine) with the workspace and store: a check is judged and then recorded;
hints come one at a time and are counted; a reset keeps a backup of what it replaces.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from mlsteps.engine.catalog import Catalog
from mlsteps.engine.exercise import Exercise, Step
from mlsteps.engine.judge import Judge
from mlsteps.engine.tryout import Trial
from mlsteps.engine.verdict import Verdict
from mlsteps.journey.workspace import STATE_DIR, Workspace, write_atomically

NEW, STARTED, ATTEMPTED, PASSED = "new", "started", "attempted", "passed"
CURRENT_KEY = "current_exercise"


@dataclass(frozen=True)
class Hint:
    exercise_id: str
    number: int  # 1-based: the hint just shown
    total: int
    text: str
    earlier: tuple[str, ...]
    not_saved: str | None = None  # why the journey could not note it (a full disk, a read-only workspace)


@dataclass(frozen=True)
class Shown:
    """A reference solution as shown, and why the journey could not note that it was, if it could not."""

    code: str
    not_saved: str | None = None


@dataclass(frozen=True)
class Reset:
    """Where the learner's own version was kept (None: nothing of theirs to keep), and why the journey could not
    note the reset, if it could not."""

    backup: Path | None
    not_saved: str | None = None


@dataclass(frozen=True)
class StepProgress:
    step: Step
    solved: int
    total: int
    minutes_left: int


class Journey:
    def __init__(self, workspace: Workspace, catalog: Catalog | None = None) -> None:
        self.workspace = workspace
        self.catalog = catalog or Catalog(courses=workspace.course_folders())
        self.store = workspace.store
        self._judge: Judge | None = None

    @property
    def judge(self) -> Judge:
        if self._judge is None:
            self._judge = Judge(cache=self.workspace.root / STATE_DIR / "cache")
        return self._judge

    def close(self) -> None:
        if self._judge is not None:
            self._judge.close()
        self.workspace.close()

    # ------------------------------------------------------------------------------------------- status

    def statuses(self) -> dict[str, str]:
        """Each exercise's status: new, started (file edited), attempted (checked), or passed."""
        solved, attempted = self.store.solved(), self.store.attempted()
        starter_shas = self.store.starter_shas()
        statuses = {}
        for exercise in self.catalog:
            if exercise.id in solved:
                statuses[exercise.id] = PASSED
            elif exercise.id in attempted:
                statuses[exercise.id] = ATTEMPTED
            elif self.workspace.path_of(exercise).exists() and not self.workspace.is_untouched(exercise, starter_shas):
                statuses[exercise.id] = STARTED
            else:
                statuses[exercise.id] = NEW
        return statuses

    def progress(self) -> list[StepProgress]:
        solved = self.store.solved()
        result = []
        for step in self.catalog.steps:
            exercises = [e for e in self.catalog.curriculum if e.step == step.number]
            left = sum(e.minutes for e in exercises if e.id not in solved)
            result.append(StepProgress(step, sum(e.id in solved for e in exercises), len(exercises), left))
        return result

    def next_exercise(self) -> Exercise | None:
        solved = self.store.solved()
        return next((exercise for exercise in self.catalog if exercise.id not in solved), None)

    def current(self) -> Exercise | None:
        """The exercise the learner is on: the one ``next``, ``show`` or ``watch`` last named, else the next unsolved
        one. Checking another exercise by its id does not change it."""
        chosen = self.store.get_state(CURRENT_KEY)
        if chosen and chosen in {exercise.id for exercise in self.catalog}:
            return self.catalog.get(chosen)
        return self.next_exercise()

    def step_in_hand(self) -> int | None:
        """Where study time goes when the learner names no step: the step of the exercise they are on."""
        exercise = self.current()
        return exercise.step if exercise is not None else None

    def set_current(self, exercise: Exercise) -> None:
        self.store.set_state(CURRENT_KEY, exercise.id)

    def resolve(self, exercise_id: str | None) -> Exercise | None:
        """An id (raising UnknownExercise with suggestions when wrong), a workspace file path, or the current one."""
        if exercise_id is None:
            return self.current()
        path = Path(exercise_id)
        if path.suffix == ".py" and path.exists():
            relative = path.resolve().relative_to(self.workspace.root).as_posix()
            by_path = self.catalog.by_path(relative)
            if by_path is not None:
                return by_path
        return self.catalog.get(exercise_id)

    # ------------------------------------------------------------------------------------------ actions

    def check(self, exercise: Exercise, source: Path | None = None, record: bool = True) -> Verdict:
        """Judge the learner's file (or ``source``: code gathered from a notebook, say) and, unless ``record`` is
        False (an exercise the learner has not touched), record the attempt."""
        verdict = self.judge.check(exercise, source or self.workspace.path_of(exercise))
        if record:
            self.record(exercise, verdict)
        return verdict

    def record(self, exercise: Exercise, verdict: Verdict) -> None:
        """Record a check's verdict as an attempt (the web page judges first, then records under its write lock)."""
        from mlsteps.record.store import StoreError  # already imported: the store is open

        try:
            self.store.record_attempt(
                exercise.id, verdict.verdict, verdict.cases_passed, len(verdict.cases), verdict.duration_ms
            )
        except StoreError as exc:  # a full disk, a read-only workspace: the verdict is still the learner's
            verdict.not_saved = f"This check was not saved in your journey. {exc}"

    def run(self, exercise: Exercise, cell: str | None = None) -> Trial:
        """Run the learner's file on the exercise's example (or a ``cell`` of scratch code after it), in the same
        sandbox as a check: what it printed and returned. Nothing is judged, nothing recorded."""
        from mlsteps.engine.tryout import try_out

        return try_out(self.judge, exercise, self.workspace.path_of(exercise), cell)

    def offer_lessons(self, exercise: Exercise) -> list[str]:
        """Once an exercise has passed: add the tidbits that keep its lessons to the learner's review; returns
        their cues (nothing when there are none, or they were added before)."""
        from mlsteps.record import tidbits

        return tidbits.offer_lessons(self.store, exercise.id) if exercise.id in self.store.solved() else []

    def _note(self, exercise: Exercise, kind: str, detail: str = "") -> str | None:
        """Note a hint, solution or reset in the journey; where the store cannot take it, say why instead of failing:
        what the learner asked for is theirs either way."""
        from mlsteps.record.store import StoreError  # already imported: the store is open

        try:
            self.store.record_event(exercise.id, kind, detail)
        except StoreError as exc:
            return f"This was not saved in your journey. {exc}"
        return None

    def hint(self, exercise: Exercise) -> Hint:
        """The next hint (the last one again once all are shown), recorded as used (where the store cannot take
        it, the same hint comes again next time)."""
        shown = self.store.count_events(exercise.id, "hint")
        number = min(shown + 1, len(exercise.hints))
        not_saved = self._note(exercise, "hint", str(number))
        text, earlier = exercise.hints[number - 1], exercise.hints[: number - 1]
        return Hint(exercise.id, number, len(exercise.hints), text, earlier, not_saved)

    def solution(self, exercise: Exercise) -> Shown:
        return Shown(exercise.solution, self._note(exercise, "solution"))

    def reset(self, exercise: Exercise) -> Reset:
        """Put the starter back; a file the learner changed is kept in ``.mlsteps/backups`` first."""
        path = self.workspace.path_of(exercise)
        backup = None
        if path.exists() and path.read_text(encoding="utf-8", errors="replace") != exercise.starter:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            backup = self.workspace.root / STATE_DIR / "backups" / f"{exercise.workspace_path}.{stamp}"
            backup.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, backup)
        write_atomically(path, exercise.starter)
        return Reset(backup, self._note(exercise, "reset", str(backup or "")))
