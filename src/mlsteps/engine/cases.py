"""What an exercise's ``check.py`` uses to describe its cases.

A ``check.py`` defines ``cases(rng)``, which returns or yields :func:`case` objects: fixed edge cases first, then
seeded random ones drawn from ``rng`` (a :class:`random.Random` the engine seeds from the exercise's id, so the
cases are the same on every run and every machine). It may also define ``diagnose(case, expected, got)``, which
returns a sentence for a known wrong answer, or ``None``; with a keyword parameter ``error`` it is asked about the
exceptions the learner's code raises too (``error={"type": "KeyError", "message": "'Age'"}``, ``got`` None).

A case may state its expected value (``expect=``), which ``course lint`` proves the reference agrees with, be kept
for grading (``hidden=True``), and carry points (``points=``; cases with one ``group`` are all or nothing).

An exercise whose answer is a value rather than a function (``answer = "value"`` in exercise.toml: a notebook that
computes ``total``, draws a chart) has :func:`value` and :func:`figure` cases instead: the learner's code runs once,
then each case reads a name, an expression over the names the code set (``len(words)``), or the figure it drew.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field, replace
from typing import Any

from mlsteps.engine import plain


class _Unstated:
    """No expected value stated: the reference's answer is the expected one."""

    def __repr__(self) -> str:
        return "UNSTATED"


UNSTATED: Any = _Unstated()
FIGURE = "$figure"  # what a figure case reads: the figure the learner's code drew last
# Called between a notebook's cells when they run as one file: the worker then shows and closes the open figures, as
# Jupyter's inline backend does, so the figure read is the last one the learner saw, not all their plots on one.
CELL_END = "__mlsteps_cell_end__"


@dataclass(frozen=True)
class Case:
    """One call of the learner's function: its arguments, the files it may read, and the files it must write."""

    args: tuple[Any, ...]
    kwargs: dict[str, Any] = field(default_factory=dict)
    label: str = ""
    files: dict[str, str] = field(default_factory=dict)
    collect: tuple[str, ...] = ()
    raises: str | None = None  # the name of the exception this call must raise, such as "ValueError"
    timed: bool = False  # also time it against the exercise's loop baseline (vectorising exercises)
    then: tuple[str, tuple[Any, ...]] | None = None  # a method to call on the result, with its arguments
    inspect: tuple[str, ...] = ()  # attributes of the result compared with the reference's, "steps.0.1.mean_"
    observe: tuple[str, ...] = ()  # attributes of the result reported to the check's verify(), not compared
    truth: Any = None  # held-out answers that score the result; they stay in the judge, never sent to a worker
    expect: Any = UNSTATED  # the expected value the author states; lint proves the reference agrees with it
    hidden: bool = False  # run only when grading: a learner's check neither runs nor shows it
    points: float | None = None  # what passing it is worth; None: a share of the exercise's points
    group: str = ""  # cases of one group are all or nothing for points (a converted notebook's test cell)
    read: str = ""  # value exercises: the expression read once the learner's code has run, or FIGURE

    @property
    def reads_value(self) -> bool:
        """Whether the case reads what the learner's code left behind rather than calling a function."""
        return bool(self.read)

    @property
    def verb(self) -> str:
        """How feedback starts this case's story: "Called" a function, or "Read" a value."""
        return "Read" if self.read else "Called"

    def names_read(self) -> frozenset[str]:
        """The names a value case needs the learner's code to have set (``len(words)``: ``words`` and ``len``)."""
        return frozenset() if self.read == FIGURE else names_in(self.read)

    @property
    def stated(self) -> bool:
        """Whether the case states its expected value (``expect=``)."""
        return self.expect is not UNSTATED

    def call(self, entry: str, limit: int = 260) -> str:
        """The call as the learner would write it, every argument shortened to its share: ``word_count('a b')``."""
        from mlsteps.engine.showing import show

        if self.read:
            return "the figure your code drew" if self.read == FIGURE else self.read
        count = len(self.args) + len(self.kwargs)
        share = max(40, (limit - len(entry)) // max(count, 1))
        parts = [show(arg, share) for arg in self.args]
        parts += [f"{key}={show(value, share)}" for key, value in self.kwargs.items()]
        return f"{entry}({', '.join(parts)})"

    def to_job(self, case_id: str) -> dict[str, Any]:
        return {
            "id": case_id,
            "args": plain.encode(list(self.args)),
            "kwargs": plain.encode(self.kwargs),
            "files": dict(self.files),
            "collect": list(self.collect),
            "timed": self.timed,
            "then": {"call": self.then[0], "args": plain.encode(list(self.then[1]))} if self.then else None,
            "inspect": [*self.inspect, *self.observe],
            "read": self.read,
        }


def names_in(expression: str) -> frozenset[str]:
    """The names an expression reads: ``len(words)`` reads ``len`` and ``words``; an empty one, none."""
    if not expression:
        return frozenset()
    return frozenset(node.id for node in ast.walk(ast.parse(expression, mode="eval")) if isinstance(node, ast.Name))


def case(
    *args: Any,
    label: str = "",
    files: dict[str, str] | None = None,
    collect: tuple[str, ...] | list[str] = (),
    raises: str | None = None,
    timed: bool = False,
    predict: Any = None,
    method: str = "predict",
    truth: Any = None,
    inspect: tuple[str, ...] | list[str] = (),
    observe: tuple[str, ...] | list[str] = (),
    expect: Any = UNSTATED,
    hidden: bool = False,
    points: float | None = None,
    group: str = "",
    **kwargs: Any,
) -> Case:
    """A case: ``case([1, 2, 3], label="three numbers")`` calls the learner's function with ``[1, 2, 3]``.

    ``files`` maps file names to text written into the folder the function runs in; ``collect`` names files the
    function must write, whose text is compared with what the reference wrote. ``raises`` names the exception
    the call must raise (the reference must raise it too), for exercises about raising errors. ``timed`` times
    the call against the exercise's ``[speed]`` baseline, for exercises about vectorising a loop.

    For model exercises, ``predict`` is the held-out input the returned model is asked about (with ``method``,
    ``predict`` or ``predict_proba``), and ``truth`` the answers the judge scores it against (see ``[model]`` in
    exercise.toml). ``inspect`` names attributes of the returned object to compare with the reference's, such as
    ``named_steps.scaler.n_samples_seen_``: how a check proves structure (what a step was fitted on) by behaviour.
    ``observe`` names attributes that are only reported, to the check's ``verify(case, got, observed)``, for rules a
    comparison with the reference cannot state (a backbone that must have been trained, whatever its final weights).

    ``expect`` states the value the call must return, as a literal (``case(3, 4, expect=0.75)``): the learner is
    judged against it, and ``course lint`` fails, naming the case, when the reference solution returns anything
    else. ``hidden=True`` keeps the case for grading: ``mlsteps check`` does not run it and says only that more
    cases are kept back. ``points`` is what passing the case is worth (the cases without share the rest of the
    exercise's points equally); cases with the same ``group`` earn their points only together.
    """
    if points is not None and (isinstance(points, bool) or not isinstance(points, int | float) or points < 0):
        raise ValueError(f"points must be a number of at least 0, not {points!r}")
    return Case(
        args=args,
        kwargs=kwargs,
        label=label,
        files=dict(files or {}),
        collect=tuple(collect),
        raises=raises,
        timed=timed,
        then=(method, (predict,)) if predict is not None else None,
        inspect=tuple(inspect),
        observe=tuple(observe),
        truth=truth,
        expect=expect,
        hidden=bool(hidden),
        points=float(points) if points is not None else None,
        group=str(group),
    )


def value(
    read: str,
    *,
    label: str = "",
    files: dict[str, str] | None = None,
    inspect: tuple[str, ...] | list[str] = (),
    expect: Any = UNSTATED,
    hidden: bool = False,
    points: float | None = None,
    group: str = "",
) -> Case:
    """A case of a value exercise: ``value("total")`` reads ``total`` once the learner's code has run;
    ``value("len(words)", expect=5)`` reads an expression over the names it set (evaluated where the learner's code
    ran, in the sandbox). Compared with what the reference solution leaves, or with ``expect``. ``files`` are
    there before the code runs (the file a notebook reads): the files of all the exercise's cases, hidden ones'
    included, are there in every run, a learner's check as much as grading, so one name holds one text."""
    try:
        ast.parse(read, mode="eval")
    except SyntaxError as exc:
        raise ValueError(f"value({read!r}): not a Python expression ({exc.msg})") from None
    built = case(label=label, files=files, inspect=inspect, expect=expect, hidden=hidden, points=points, group=group)
    return replace(built, read=read)


def figure(
    *,
    label: str = "",
    files: dict[str, str] | None = None,
    hidden: bool = False,
    points: float | None = None,
    group: str = "",
) -> Case:
    """A case of a value exercise that reads the Matplotlib figure the learner's code drew last, described in plain
    data and compared with the reference's figure on the aspects exercise.toml's ``compare.figure`` names."""
    built = case(label=label, files=files, hidden=hidden, points=points, group=group)
    return replace(built, read=FIGURE)


def tensor(values: Any, dtype: str = "float32", requires_grad: bool = False) -> Any:
    """A PyTorch tensor argument, built without importing torch: the worker turns it into ``torch.tensor``."""
    from mlsteps.engine.plain_data import TensorValue

    return TensorValue(values, dtype, requires_grad)


def dataset(name: str) -> str:
    """The text of a dataset shipped with mlsteps (``content/datasets/<name>``), to hand to a case as a file."""
    from mlsteps.data import CONTENT

    return (CONTENT / "datasets" / name).read_text(encoding="utf-8")
