"""Run, then check: the learner's code run on the exercise's example, in the same sandbox as a check, with no verdict.

:func:`try_out` hands the learner's worker (the judge's own, warm) one job: load the learner's file and call the
entry point on the exercise's example (its first public case). What comes back is what the code printed (the file's
own top-level prints included) and what it returned, or the error with the learner's own lines. Nothing is compared
with the reference and nothing is recorded: that is what a check is for.

With a ``cell``, a few lines of scratch code run instead, after the learner's file: the cell becomes the body of a
function whose parameters are the entry point's own, called with the example's values. In a cell for
``count_vowels(text)``, ``text`` holds the example's text and ``count_vowels`` is the learner's function; the value
of the cell's last line, when it is an expression, is what the cell returns, as in a notebook. The learner's file and
the cell are written one after the other into a file of a temporary folder, so that one job runs both, and every line
an error names is mapped back to the learner's file or to the cell.
"""

from __future__ import annotations

import ast
import importlib.util
import io
import re
import shutil
import tempfile
import time
import tokenize
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from mlsteps.engine import plain
from mlsteps.engine.cases import Case
from mlsteps.engine.exercise import Exercise
from mlsteps.engine.feedback import describe_error, describe_load_error, needs_installing
from mlsteps.engine.showing import show

CELL_ENTRY = "_mlsteps_cell_"
CELL_LIMIT = 20_000  # characters of scratch code
SHOWN_LIMIT = 2_000  # characters of a returned value's picture
IN_THE_CELL = "in the cell"
FILE_AND_LINE = re.compile(r" \([^()]*, line \d+\)$")  # what a SyntaxError's message adds: (file.py, line 3)


@dataclass
class Trial:
    """What a run did: the call, what it printed, and what it returned or raised, in words for the learner."""

    exercise_id: str
    ran: str  # "file" (the entry point on the example) or "cell"
    call: str  # count_vowels('Data Science'), or the cell's names and values: text = 'Data Science'
    outcome: str  # returned, raised, error (the code could not load), timeout, memory, output, crashed
    printed: str = ""
    returned: str | None = None
    message: str = ""  # what happened, in words (for anything but "returned")
    marks: list[dict[str, Any]] = field(default_factory=list)  # lines of the learner's file, with Python's message
    cell_marks: list[dict[str, Any]] = field(default_factory=list)  # lines of the cell
    duration_ms: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def example(exercise: Exercise) -> Case:
    """The case a run calls the learner's function on: the exercise's first public case (the prompt's example)."""
    cases = exercise.cases()
    public = [case for case in cases if not getattr(case, "hidden", False)]
    return (public or cases)[0]


def parameters(exercise: Exercise) -> str:
    """The entry point's parameters as the starter writes them (``text``, ``values, places=2``), for the cell."""
    try:
        tree = ast.parse(exercise.starter)
    except SyntaxError:
        return "*args, **kwargs"
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == exercise.entry:
            return ast.unparse(node.args)
        if isinstance(node, ast.ClassDef) and node.name == exercise.entry:
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    arguments = item.args
                    arguments.args = arguments.args[1:]  # without self
                    return ast.unparse(arguments)
            return ""
    return "*args, **kwargs"


def given_names(exercise: Exercise, case: Case) -> list[tuple[str, str]]:
    """The names a cell sees and the example's value of each, shown: ``[("text", "'Data Science'")]``."""
    try:
        arguments = ast.parse(f"def f({parameters(exercise)}): pass").body[0].args  # type: ignore[attr-defined]
    except (SyntaxError, IndexError, AttributeError):
        return []
    positional = [argument.arg for argument in (*arguments.posonlyargs, *arguments.args)]
    named = list(zip(positional, (show(value, 80) for value in case.args), strict=False))
    named += [(name, show(value, 80)) for name, value in case.kwargs.items()]
    if arguments.vararg and len(case.args) > len(positional):
        named.append((arguments.vararg.arg, show(tuple(case.args[len(positional) :]), 80)))
    return named


def _continuation_lines(code: str) -> set[int]:
    """The lines (1-based) that continue a string begun on an earlier line: indenting them would change the string."""
    inside: set[int] = set()
    try:
        for token in tokenize.generate_tokens(io.StringIO(code).readline):
            if token.start[0] != token.end[0] and token.type in (
                tokenize.STRING,
                getattr(tokenize, "FSTRING_MIDDLE", -1),
            ):
                inside.update(range(token.start[0] + 1, token.end[0] + 1))
    except (tokenize.TokenError, SyntaxError):
        pass
    return inside


def cell_function(cell: str, arguments: str, module_names: bool = False) -> str:
    """The cell as a function of the example's names, returning its last expression. Raises SyntaxError.

    ``module_names``: the names the cell sets are the file's own (``global``), as a notebook cell run after a value
    exercise's code would change them, instead of names of the function that a first read would find unset."""
    tree = ast.parse(cell)
    stored = (node for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store))
    shared = sorted({node.id for node in stored})
    lines = [line.encode("utf-8") for line in cell.splitlines()]
    last = tree.body[-1] if tree.body else None
    if isinstance(last, ast.Expr) and last.end_lineno is not None and last.end_col_offset is not None:
        end = last.end_lineno - 1
        lines[end] = lines[end][: last.end_col_offset] + b")" + lines[end][last.end_col_offset :]
        start = last.lineno - 1
        lines[start] = lines[start][: last.col_offset] + b"return (" + lines[start][last.col_offset :]
    text = "\n".join(line.decode("utf-8") for line in lines)
    keep = _continuation_lines(text)
    body = [line if number in keep else "    " + line for number, line in enumerate(text.splitlines(), start=1)]
    declared = f"    global {', '.join(shared)}\n" if module_names and shared else ""
    return f"def {CELL_ENTRY}({arguments}):\n{declared}" + "\n".join(body) + "\n    pass\n"


def picture(value: Any) -> str:
    """A returned value as the learner wants to see it after a run: short values whole, a table's rows too."""
    shown = show(value, SHOWN_LIMIT)
    table = getattr(value, "to_string", None)
    if callable(table) and type(value).__module__.split(".")[0] == "pandas":
        try:
            return f"{shown}\n\n{table(max_rows=30, max_cols=12)}"
        except (TypeError, ValueError):
            return shown
    if type(value).__name__ == "ndarray" and getattr(value, "ndim", 0) >= 2:
        import numpy

        return f"{shown}\n\n{numpy.array2string(value, threshold=400, edgeitems=5)}"
    return shown


def _job_case(case: Case) -> dict[str, Any]:
    """The example as a job's case: its arguments and files; nothing timed, followed up or collected."""
    job = case.to_job("1")
    job.update(timed=False, then=None, inspect=[], collect=[])
    return job


class _Lines:
    """Which lines of the file the worker ran are the learner's, and which the cell's."""

    def __init__(self, source: Path, learner_lines: int | None = None, cell: str = "") -> None:
        self.source = str(source)
        self.learner_lines = learner_lines  # None: the file is the learner's, whole
        self.cell = cell.splitlines()  # as the learner wrote it (the file run holds it indented, with a return)

    def where(self, line: int) -> tuple[str, int]:
        if self.learner_lines is None or line <= self.learner_lines:
            return "file", line
        return "cell", max(line - self.learner_lines - 1, 1)

    def frames(self, error: dict[str, Any]) -> list[tuple[str, int, str]]:
        found = []
        for frame in error.get("frames", []):
            if "line" not in frame or frame.get("file") != self.source:
                continue
            part, line = self.where(int(frame["line"]))
            code = self.cell[line - 1].strip() if part == "cell" and line <= len(self.cell) else frame.get("code", "")
            found.append((part, line, code))
        return found


def _raised(error: dict[str, Any], lines: _Lines) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """An exception in words, with the learner's own lines (of their file or of the cell), and the lines to mark."""
    said = describe_error({**error, "frames": []}).splitlines()
    text = [said[0]]
    frames = lines.frames(error)
    if frames:
        text.append("  where (the last line is where it stopped):")
        text += [
            f"    line {line} {'of your file' if part == 'file' else IN_THE_CELL}:  {code}"
            for part, line, code in frames
        ]
    text += said[1:]
    message = f"{error['type']}: {error.get('message', '')}".rstrip(": ")
    marks: dict[str, list[dict[str, Any]]] = {"file": [], "cell": []}
    if frames:
        part, line, _ = frames[-1]
        marks[part].append({"line": line, "message": message})
    return "\n".join(text), marks["file"], marks["cell"]


def try_out(judge: Any, exercise: Exercise, source: Path, cell: str | None = None) -> Trial:
    """Run the learner's file (or ``cell`` after it) on the exercise's example in the learner's worker of ``judge``."""
    started = time.perf_counter()
    missing = [name for name in exercise.requires if importlib.util.find_spec(name) is None]
    case = example(exercise)
    if cell is None:
        call = case.call(exercise.entry)
    else:
        call = ", ".join(f"{name} = {value}" for name, value in given_names(exercise, case))
    trial = Trial(exercise.id, "file" if cell is None else "cell", call, "error")
    if missing:
        trial.message = needs_installing(missing)
        return trial
    if not source.is_file():
        trial.message = f"There is no file at {source}: press Save to write the editor's text there."
        return trial
    folder: Path | None = None
    try:
        if cell is None:
            ran, lines = source.resolve(), _Lines(source.resolve())
        else:
            if len(cell) > CELL_LIMIT:
                trial.message = f"The cell holds more than {CELL_LIMIT:,} characters: keep it to a few lines."
                return trial
            try:
                # a value exercise's scratch lines run after the learner's code, with the names it set
                values = exercise.asks_for_values
                function = cell_function(cell, "" if values else parameters(exercise), module_names=values)
            except SyntaxError as exc:
                trial.message = f"Python could not read the cell: {exc.msg} (line {exc.lineno} of the cell)."
                trial.cell_marks = [{"line": exc.lineno or 1, "message": f"Python could not read this line: {exc.msg}"}]
                return trial
            except (ValueError, RecursionError, MemoryError) as exc:
                trial.message = f"Python could not read the cell: {exc}."
                return trial
            learner = source.read_text(encoding="utf-8", errors="replace")
            learner += "" if learner.endswith("\n") or not learner else "\n"
            folder = Path(tempfile.mkdtemp(prefix="mlsteps-cell-"))
            ran = folder / source.name
            ran.write_text(learner + "\n" + function, encoding="utf-8")
            header = len(function.splitlines()) - len(cell.splitlines()) - 1  # `def ...:` (and `global ...`)
            lines = _Lines(ran, learner.count("\n") + header, cell)
        from mlsteps.engine.judge import job_for  # the judge imports this module's users, not this module

        protect = tuple(path for path in (judge.cache, source.resolve().parent, folder) if path is not None)
        job = job_for(exercise, ran, [case], timed=False, protect=protect)
        job["cases"] = [_job_case(case)]
        if cell is not None and exercise.asks_for_values:
            job["cases"][0]["read"] = f"{CELL_ENTRY}()"  # once the file has run, the cell's last value is read
        elif cell is not None:
            job["entry"] = CELL_ENTRY
        reply = judge.runner(exercise).run(job)
        _interpret(trial, exercise, reply, lines)
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        trial.duration_ms = round((time.perf_counter() - started) * 1000, 1)
    return trial


def _interpret(trial: Trial, exercise: Exercise, reply: dict[str, Any], lines: _Lines) -> None:
    events = reply["events"]
    case = next((event for event in events if event["event"] == "case"), None)
    ending = next((event for event in events if event["event"] in ("load_error", "no_entry", "limit", "exit")), None)
    sandbox = next((event for event in events if event["event"] == "sandbox"), None)
    limits = exercise.limits
    if case is not None:
        trial.printed = case.get("printed", "")
        if "error" in case:
            trial.outcome = "raised"
            trial.message, trial.marks, trial.cell_marks = _raised(case["error"], lines)
        elif case.get("too_large"):
            trial.outcome = "returned"
            trial.returned = "(a value too large to show)"
        else:
            trial.outcome = "returned"
            trial.returned = picture(plain.decode(case.get("returned")))
        return
    if ending is not None:
        trial.printed = ending.get("printed", "")
        kind = ending["event"]
        if kind == "load_error":
            error = ending["error"]
            syntax = error.get("syntax")
            if syntax:
                part, line = lines.where(int(syntax["line"] or 1))
                said = FILE_AND_LINE.sub("", error["message"])
                mark = [{"line": line, "message": f"Python could not read this line: {said}"}]
                trial.message = (
                    describe_load_error(error) if part == "file" else f"Python could not read the cell: {said}."
                )
                trial.marks, trial.cell_marks = (mark, []) if part == "file" else ([], mark)
            else:
                said, trial.marks, trial.cell_marks = _raised(error, lines)
                trial.message = "Your file raised an error while Python was loading it:\n" + said
        elif kind == "no_entry":
            defined = ", ".join(ending["defined"]) or "no functions at all"
            trial.message = (
                f"Your file does not define `{exercise.entry}` (it defines: {defined}). Keep the name the starter had."
            )
        elif kind == "limit":
            trial.outcome = ending["kind"]
            trial.message = (
                f"It printed more than {limits.output_bytes / 1000:g} KB, so it was stopped."
                if ending["kind"] == "output"
                else f"It tried to use more than {limits.memory_mb} MB of memory, so it was stopped."
            )
        else:
            trial.outcome = "crashed"
            trial.message = f"Your code called `sys.exit()` or `exit()` (code {ending['code']}), which ends the run."
        return
    trial.outcome = "crashed"
    if sandbox is not None:
        trial.message = (
            f"mlsteps could not confine your code on this machine ({sandbox['message']}), so it did not run it."
        )
    elif reply.get("timed_out"):
        trial.outcome = "timeout"
        trial.message = (
            f"It was still running after {limits.seconds:g} seconds, so it was stopped: a loop that never ends?"
        )
    elif reply.get("oversized"):
        trial.message = "It returned far too much data to show (more than 32 MB)."
    elif reply.get("lost") or (reply.get("exit_code") or 0) < 0:
        trial.message = "The process running your code was stopped before it finished."
    else:
        trial.message = f"The process running your code ended (code {reply.get('exit_code')}) before it finished."
