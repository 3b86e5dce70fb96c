"""One exercise folder read into an :class:`Exercise`, and the five steps read from ``steps.toml``.

An exercise is a folder ``content/exercises/<step>/<topic>/<slug>/`` holding ``exercise.toml``, ``prompt.md``,
``starter.py``, ``solution.py``, ``check.py`` and ``mistakes/``. Where the folder lies says its step and topic;
``exercise.toml`` says the rest. Adding a folder adds an exercise: no code changes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import inspect
import random
import tomllib
import zlib
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any

from mlsteps.data import CONTENT
from mlsteps.engine.cases import Case
from mlsteps.engine.difference import CompareOptions
from mlsteps.engine.examples import PromptExample, prompt_examples
from mlsteps.engine.models import ModelRule
from mlsteps.engine.runner import Limits

FORMAT_VERSION = 1
EXERCISE_FILES = {"exercise.toml", "prompt.md", "starter.py", "solution.py", "check.py", "mistakes"}
OPTIONAL_FILES = {"baseline.py"}  # the loop a vectorising exercise is timed against
ANSWERS = ("function", "value")  # what an exercise asks for: a function its cases call, or values its code sets
VERDICTS = ("passed", "failed", "error", "timeout", "memory", "output", "crashed")


class CatalogError(ValueError):
    """Content that does not follow the exercise format; the message names the file and what to fix."""


@dataclass(frozen=True)
class Topic:
    id: str
    title: str


@dataclass(frozen=True)
class Step:
    number: int
    slug: str
    title: str
    why: str
    done: str
    months: float
    topics: tuple[Topic, ...]
    preload: tuple[str, ...] = ()  # what the worker imports once for this step's exercises
    limits: tuple[tuple[str, float], ...] = ()  # the step's default limits, which an exercise may change
    blocked: tuple[str, ...] = ()  # libraries the step's exercises rebuild, so they may not import them
    requires: tuple[str, ...] = ()  # optional libraries the step needs (PyTorch for step 4)

    @property
    def folder(self) -> str:
        return f"{self.number}-{self.slug}"


@dataclass(frozen=True)
class SpeedRule:
    """A vectorising exercise: the answer must be ``factor`` times faster than ``entry`` in ``baseline``."""

    baseline: Path
    entry: str
    factor: float
    repeat: int = 3


@dataclass(frozen=True)
class Mistake:
    """A recorded wrong answer and what the feedback on it must say."""

    file: Path
    verdict: str
    says: str


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    step: int
    topic: str
    folder: Path
    workspace_path: str  # where the learner's file lives, relative to the workspace
    entry: str
    minutes: int
    difficulty: int
    order: int
    tags: tuple[str, ...]
    hints: tuple[str, ...]
    mistakes: tuple[Mistake, ...]
    limits: Limits
    compare: CompareOptions
    preload: tuple[str, ...] = field(default=())
    speed: SpeedRule | None = None
    model: ModelRule | None = None
    blocked: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    course: str | None = None  # the id of the mentor's course it comes from; None for the built-in curriculum
    points: float | None = None  # what the exercise is worth when graded (exercise.toml, else course.toml); None: 1
    teaching: bool = True  # proved as teaching content (hints, mistakes, rules); False: a course kept for grading
    answer: str = "function"  # "value": the code runs once, and its cases read what it set (cases.value, .figure)

    @property
    def asks_for_values(self) -> bool:
        return self.answer == "value"

    @property
    def prompt(self) -> str:
        return (self.folder / "prompt.md").read_text(encoding="utf-8")

    @property
    def starter(self) -> str:
        return (self.folder / "starter.py").read_text(encoding="utf-8")

    @property
    def solution(self) -> str:
        return (self.folder / "solution.py").read_text(encoding="utf-8")

    @property
    def solution_path(self) -> Path:
        return self.folder / "solution.py"

    @cached_property
    def content_hash(self) -> str:
        """Changes whenever any file of the exercise changes: the key for cached expected values."""
        digest = hashlib.sha256()
        for path in sorted(p for p in self.folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(self.folder)).encode())
            digest.update(path.read_bytes())
        return digest.hexdigest()[:16]

    @cached_property
    def check_module(self) -> ModuleType:
        """The exercise's ``check.py``: trusted content, written by us or by a mentor, never by a learner."""
        name = "mlsteps_check_" + self.id.replace("/", "_").replace("-", "_")
        spec = importlib.util.spec_from_file_location(name, self.folder / "check.py")
        if spec is None or spec.loader is None:
            raise CatalogError(f"{self.folder / 'check.py'} cannot be loaded")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if not callable(getattr(module, "cases", None)):
            raise CatalogError(f"{self.folder / 'check.py'} must define cases(rng)")
        return module

    def cases(self) -> list[Case]:
        """The cases, the same on every run: the random ones come from a generator seeded by the id."""
        rng = random.Random(zlib.crc32(self.id.encode()))
        built = list(self.check_module.cases(rng))
        if not built or not all(isinstance(item, Case) for item in built):
            raise CatalogError(f"{self.folder / 'check.py'}: cases(rng) must give at least one case(...)")
        if any(item.reads_value != self.asks_for_values for item in built):
            wanted = "value(...) or figure(...)" if self.asks_for_values else "case(...)"
            raise CatalogError(
                f"{self.folder / 'check.py'}: every case of an exercise whose answer is a {self.answer} must be "
                f"{wanted} (exercise.toml's `answer` says which kind of exercise it is)"
            )
        return built

    @cached_property
    def shared_files(self) -> dict[str, str]:
        """A value exercise's files: every case's, there when its code runs once, in a learner's check as in grading
        (the code reads them as it loads, before any case)."""
        return {name: text for case in self.cases() for name, text in case.files.items()}

    @cached_property
    def names_needed(self) -> frozenset[str] | None:
        """What the learner's code must set for a check, so that a notebook's cells can be gathered for it: the
        entry, and the names a value exercise's cases read; ``None``: every cell (a figure is whatever was drawn)."""
        if not self.asks_for_values:
            return frozenset({self.entry})
        cases = self.cases()
        if any(not item.names_read() for item in cases):
            return None
        return frozenset({self.entry}).union(*(item.names_read() for item in cases))

    def prompt_examples(self) -> list[PromptExample]:
        """The prompt's ``>>>`` examples that state a case (see :mod:`mlsteps.engine.examples`). An example that names
        a file the cases give (``average_score("scores.csv")``) is given the files of the first such case."""
        found = prompt_examples(self.prompt, self.entry, values=self.asks_for_values)
        with_files = [case for case in self.cases() if case.files]
        if self.asks_for_values:  # the code runs once, with every file the cases hand it
            return [replace(example, case=replace(example.case, files=self.shared_files)) for example in found]
        kept = []
        for example in found:
            named = {arg for arg in (*example.case.args, *example.case.kwargs.values()) if isinstance(arg, str)}
            source = next((case for case in with_files if named & set(case.files)), None)
            if source is not None:
                example = replace(example, case=replace(example.case, files=dict(source.files)))
            kept.append(example)
        return kept

    def verify(self, case: Case, got: Any, observed: dict[str, Any]) -> str | None:
        """The check's own rule beyond comparing with the reference: a reason to fail a case, or ``None``."""
        verify = getattr(self.check_module, "verify", None)
        return verify(case, got, observed) if callable(verify) else None

    def diagnose(
        self,
        case: Case,
        expected: Any,
        got: Any,
        inspected: dict[str, Any] | None = None,
        error: dict[str, str] | None = None,
    ) -> str | None:
        """The exercise's own words for a known wrong answer, if its ``check.py`` has some.

        ``diagnose(case, expected, got)`` may take keyword parameters: ``inspected``, the attributes the case asked
        to see inside the returned object (decoded), for advice about how a model was fitted; ``error``, for advice
        on an exception the learner's code raised (``{"type": "KeyError", "message": "'Age'"}``, with ``got`` None).
        A ``diagnose`` without ``error`` is asked about wrong answers only.
        """
        diagnose = getattr(self.check_module, "diagnose", None)
        if not callable(diagnose):
            return None
        parameters = inspect.signature(diagnose).parameters
        if error is not None and "error" not in parameters:
            return None
        extra: dict[str, Any] = {"inspected": inspected or {}} if "inspected" in parameters else {}
        if "error" in parameters:
            extra["error"] = error
        try:
            return diagnose(case, expected, got, **extra)
        except Exception:  # advice is a bonus: a slip in it must not cost the learner their verdict
            return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(f"{path}: {exc}") from exc


def load_steps(content: Path = CONTENT) -> tuple[Step, ...]:
    data = _read_toml(content / "steps.toml")
    return tuple(
        Step(
            number=raw["number"],
            slug=raw["slug"],
            title=raw["title"],
            why=" ".join(raw["why"].split()),
            done=" ".join(raw["done"].split()),
            months=raw["months"],
            topics=tuple(Topic(t["id"], t["title"]) for t in raw["topics"]),
            preload=tuple(raw.get("preload", ())),
            limits=tuple(raw.get("limits", {}).items()),
            blocked=tuple(raw.get("blocked", ())),
            requires=tuple(raw.get("requires", ())),
        )
        for raw in data["steps"]
    )


def load_exercise(
    folder: Path,
    step: Step,
    topic: str,
    course: str | None = None,
    points: float | None = None,
    teaching: bool = True,
) -> Exercise:
    """One exercise folder. A mentor's course keeps its files under ``courses/<course>/`` in a workspace;
    ``points``: what its exercises are worth unless exercise.toml says (course.toml's ``points``); ``teaching``:
    False for a course kept for grading (course.toml's ``lint = "grading"``)."""
    try:
        return _load_exercise(folder, step, topic, course, points, teaching)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, CatalogError):
            raise
        raise CatalogError(
            f"{folder / 'exercise.toml'}: {type(exc).__name__} {exc} (a missing or misspelt key?)"
        ) from exc


def _points(value: Any, where: Path) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise CatalogError(f"{where}: points must be a number of at least 0 (got {value!r})")
    return float(value)


def _load_exercise(
    folder: Path, step: Step, topic: str, course: str | None, points: float | None, teaching: bool
) -> Exercise:
    raw = _read_toml(folder / "exercise.toml")
    where = folder / "exercise.toml"
    if raw.get("format", FORMAT_VERSION) != FORMAT_VERSION:
        raise CatalogError(f"{where}: format {raw.get('format')} is not one this mlsteps reads ({FORMAT_VERSION})")
    missing = [key for key in ("id", "title", "entry", "minutes", "hints") if key not in raw]
    if missing:
        raise CatalogError(f"{where}: missing {', '.join(missing)}")
    mistakes = []
    for item in raw.get("mistakes", []):
        if item.get("verdict", "failed") not in VERDICTS:
            raise CatalogError(f"{where}: mistake {item.get('file')} has an unknown verdict {item.get('verdict')}")
        mistakes.append(Mistake(folder / item["file"], item.get("verdict", "failed"), item["says"]))
    limits = Limits(**{**dict(step.limits), **raw.get("limits", {})})
    speed = raw.get("speed")
    answer = raw.get("answer", "function")
    if answer not in ANSWERS:
        raise CatalogError(f"{where}: answer must be one of {', '.join(ANSWERS)}, not {answer!r}")
    if answer == "value" and speed:
        raise CatalogError(f'{where}: [speed] times a function, so it cannot go with answer = "value"')
    return Exercise(
        id=raw["id"],
        title=raw["title"],
        step=step.number,
        topic=topic,
        folder=folder,
        workspace_path=f"{f'courses/{course}' if course else step.folder}/{topic}/{folder.name}.py",
        entry=raw["entry"],
        minutes=int(raw["minutes"]),
        difficulty=int(raw.get("difficulty", 1)),
        order=int(raw.get("order", 100)),
        tags=tuple(raw.get("tags", ())),
        hints=tuple(raw["hints"]),
        mistakes=tuple(mistakes),
        limits=limits,
        compare=CompareOptions(**raw.get("compare", {})),
        preload=tuple(raw.get("preload", step.preload)),
        speed=SpeedRule(
            baseline=folder / speed.get("baseline", "baseline.py"),
            entry=speed["entry"],
            factor=float(speed["factor"]),
            repeat=int(speed.get("repeat", 3)),
        )
        if speed
        else None,
        model=ModelRule(**raw["model"]) if "model" in raw else None,
        blocked=tuple(raw.get("blocked", step.blocked)),
        requires=tuple(raw.get("requires", step.requires)),
        course=course,
        points=_points(raw.get("points", points), where),
        teaching=teaching,
        answer=answer,
    )
