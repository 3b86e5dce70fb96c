"""The judge: runs the reference and the learner's file in workers on the same cases, and writes the verdict.

The judge never imports, unpickles or calls learner code. It reads plain data from the worker, computes what is
expected by running ``solution.py`` in a trusted worker of its own on the same inputs (cached by the exercise's
content hash), compares, and turns every difference into words (:mod:`mlsteps.engine.verdict`). Expected values
never reach the learner's worker: its zygote forks the children that run learner code, and they could read
whatever it held.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mlsteps.engine import models, plain
from mlsteps.engine.cases import Case
from mlsteps.engine.compare import first_difference
from mlsteps.engine.difference import CompareOptions, Difference
from mlsteps.engine.exercise import Exercise
from mlsteps.engine.feedback import describe_error, describe_load_error, files_note, needs_installing, plain_warning
from mlsteps.engine.runner import Runner
from mlsteps.engine.sandbox import Isolation
from mlsteps.engine.showing import count_of, show
from mlsteps.engine.verdict import (
    CRASHED,
    ERROR,
    FAILED,
    NEXT_STEPS,
    PASSED,
    SUMMARIES,
    TIMEOUT,
    CaseResult,
    Verdict,
)

STRICT = CompareOptions()  # written files are compared exactly


class ExerciseBroken(RuntimeError):
    """The reference solution itself does not run cleanly: a defect in the content, not the learner's fault."""


class ReferenceKilled(ExerciseBroken):
    """The process running the reference was killed (by a signal) or lost: maybe the machine, not the solution."""


def reference_failure(exercise: Exercise, cases: list[Case], reply: dict[str, Any]) -> ExerciseBroken:
    """Why the reference's run did not give every case an answer, in words (never the worker's raw reply)."""
    by_case = {event["id"]: event for event in reply["events"] if event["event"] == "case"}
    code = reply.get("exit_code")
    unfinished = next((str(n) for n in range(1, len(cases) + 1) if str(n) not in by_case), None)
    where = ""
    if unfinished is not None:
        unfinished_case = cases[int(unfinished) - 1]
        where = f" during case {unfinished} ({unfinished_case.label + ': ' if unfinished_case.label else ''}"
        where += f"{unfinished_case.call(exercise.entry, 120)})"
    if reply.get("lost") or (isinstance(code, int) and code < 0):
        how = "stopped answering" if reply.get("lost") else f"was killed by signal {-code}"
        return ReferenceKilled(
            f"the process running the reference solution of {exercise.id} {how}{where}. That is the machine (out of "
            "memory, or a process stopped from outside), not a wrong answer, unless the solution ends its own "
            "process: run it again"
        )
    if reply.get("timed_out"):
        return ExerciseBroken(f"the reference solution of {exercise.id} ran past the time limit{where}")
    for number, item in enumerate(cases, start=1):
        event = by_case.get(str(number))
        if event is None:
            continue
        call = item.call(exercise.entry, 120)
        label = f"{item.label}: " if item.label else ""
        if event.get("too_large"):
            return ExerciseBroken(f"the reference solution of {exercise.id} returns too much data on {label}{call}")
        error = event.get("error")
        if (error or {}).get("type") != item.raises:
            if error:
                said = f"raises {error['type']}: {error.get('message', '')}".rstrip(": ")
            else:
                said = "returns without raising"
            wanted = f" (the case expects {item.raises})" if item.raises else ""
            return ExerciseBroken(f"the reference solution of {exercise.id} {said} on {label}{call}{wanted}")
    ending = next((e for e in reply["events"] if e["event"] in ("load_error", "no_entry", "limit", "exit")), None)
    if ending is not None and ending["event"] == "load_error":
        error = ending["error"]
        return ExerciseBroken(
            f"the reference solution of {exercise.id} cannot be loaded: {error.get('type')}: {error.get('message', '')}"
        )
    if ending is not None and ending["event"] == "no_entry":
        return ExerciseBroken(f"the reference solution of {exercise.id} does not define {exercise.entry}")
    detail = f" ({ending['event']}{': ' + str(ending.get('kind', '')) if ending.get('kind') else ''})" if ending else ""
    return ExerciseBroken(f"the reference solution of {exercise.id} did not finish its cases{where}{detail}")


def job_for(
    exercise: Exercise, source: Path, cases: list[Case], timed: bool = True, protect: tuple[Path, ...] = ()
) -> dict[str, Any]:
    folder = exercise.folder.parent.parent if exercise.course else exercise.folder
    job = {
        "source": str(source),
        "entry": exercise.entry,
        "answer": exercise.answer,
        "cases": [case.to_job(str(number)) for number, case in enumerate(cases, start=1)],
        "limits": exercise.limits.as_dict(),
        "blocked": list(exercise.blocked),
        # what the sandbox must keep out of reach even inside a folder it allows: the exercise's (or course's) folder
        "protect": [str(folder), *(str(path) for path in protect)],
    }
    if exercise.asks_for_values:
        job["files"] = exercise.shared_files
    if exercise.speed is not None and timed:
        speed = exercise.speed
        job["timing"] = {"baseline": str(speed.baseline), "entry": speed.entry, "repeat": speed.repeat}
    return job


def _wanted(case: Case, expected_event: dict[str, Any]) -> Any:
    """What a case expects: the value its author states, else what the reference returned."""
    return case.expect if case.stated else plain.decode(expected_event.get("returned"))


def _raised(error: dict[str, Any]) -> dict[str, str]:
    """An exception the learner's code raised, as a check's ``diagnose(..., error=...)`` is told of it."""
    return {"type": str(error.get("type", "")), "message": str(error.get("message", ""))}


def _too_slow(factor: float, timing: dict[str, float] | None) -> Difference | None:
    """A right answer that is not enough faster than the loop it should replace."""
    if not timing:
        return None  # the exercise's own loop could not be timed: not the learner's fault
    if timing.get("learner") is None:
        return Difference(
            "",
            "the answer is right, but calling your function again on the same input, to time it, did not finish "
            "cleanly (it raised, or ran out of time), so it cannot count as fast enough.",
        )
    speedup = timing["baseline"] / max(timing["learner"], 1e-9)
    if speedup >= factor:
        return None
    return Difference(
        "",
        f"the answer is right, but it is only {speedup:.1f} times as fast as the Python loop; it should be at least "
        f"{factor:g} times as fast. Look for a loop, a comprehension or an `.apply` that one NumPy or pandas "
        "operation on the whole array can replace.",
    )


@functools.cache
def _distributions() -> dict[str, list[str]]:
    """Which installed distributions provide each top-level module (``sklearn`` comes from ``scikit-learn``)."""
    return importlib.metadata.packages_distributions()


class References:
    """The trusted side: workers that run reference solutions, and the expected values they gave, by content hash.

    Judges may share one (grading's judges do), so that a reference runs once for all of them.
    """

    def __init__(self) -> None:
        self._runners: dict[tuple[str, ...], Runner] = {}
        self.expected: dict[str, dict[str, dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self._computing: dict[str, threading.Lock] = {}

    def runner(self, exercise: Exercise) -> Runner:
        with self._lock:
            if exercise.preload not in self._runners:
                self._runners[exercise.preload] = Runner(exercise.preload, trusted=True)
            return self._runners[exercise.preload]

    def lock(self, key: str) -> threading.Lock:
        with self._lock:
            return self._computing.setdefault(key, threading.Lock())

    def close(self) -> None:
        with self._lock:
            for runner in self._runners.values():
                runner.close()
            self._runners.clear()


def _learned(path: str) -> str:
    """An attribute path read off the returned object, in words: ``steps.0.1.mean_`` is "the mean it learned" —
    never the path itself, which means nothing to a learner."""
    name = path.rsplit(".", 1)[-1]
    if name.endswith("_") and not name.startswith("_"):
        return f"What the object your function returned learned (its {name.rstrip('_').replace('_', ' ')})"
    return f"Inside the object your function returned, its {name.replace('_', ' ')}"


class Judge:
    """Checks exercises; keeps its workers and the reference results warm between checks."""

    def __init__(
        self,
        cache: Path | None = None,
        references: References | None = None,
        runners: dict[tuple[str, ...], Runner] | None = None,
    ) -> None:
        """``cache``: a folder where the reference's results are kept between runs (a workspace's .mlsteps/cache).
        ``references``: the trusted workers and expected values, when shared with other judges (closed by whoever
        made it). ``runners``: learner workers already started, by preload (the judge closes them)."""
        self._runners: dict[tuple[str, ...], Runner] = dict(runners or {})
        self._own_references = references is None
        self.references = references or References()
        self._expected = self.references.expected
        self.cache = cache

    def runner(self, exercise: Exercise) -> Runner:
        """The worker for learner code (and anything not the reference) of this exercise's kind."""
        if exercise.preload not in self._runners:
            self._runners[exercise.preload] = Runner(exercise.preload)
        return self._runners[exercise.preload]

    def isolation(self, exercise: Exercise | None = None) -> Isolation:
        """What the sandbox around learner code holds, as the worker for this exercise (or plain Python) reports."""
        key = exercise.preload if exercise is not None else ()
        if key not in self._runners:
            self._runners[key] = Runner(key)
        return self._runners[key].isolation

    def close(self) -> None:
        for runner in self._runners.values():
            runner.close()
        self._runners.clear()
        if self._own_references:
            self.references.close()

    def __enter__(self) -> Judge:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def expected(self, exercise: Exercise, cases: list[Case]) -> dict[str, dict[str, Any]]:
        """What the reference solution gives on every case, by case id: computed in the trusted worker, never in the
        learner's."""
        key = exercise.content_hash
        if key in self._expected:
            return self._expected[key]
        with self.references.lock(key):
            if key in self._expected:
                return self._expected[key]
            cached = self._read_cache(exercise)
            if cached is not None:
                self._expected[key] = cached
                return cached
            job = job_for(exercise, exercise.solution_path, cases, timed=False)
            reply = self.references.runner(exercise).run(job)
            by_case = {event["id"]: event for event in reply["events"] if event["event"] == "case"}
            raises = {str(number): case.raises for number, case in enumerate(cases, start=1)}
            broken = [
                event
                for event in by_case.values()
                if event.get("too_large") or event.get("error", {}).get("type") != raises[event["id"]]
            ]
            if len(by_case) != len(cases) or broken or reply["timed_out"]:
                raise reference_failure(exercise, cases, reply)
            self._write_cache(exercise, by_case)
            self._expected[key] = by_case
        return self._expected[key]

    def _cache_file(self, exercise: Exercise, kind: str = "") -> Path | None:
        """One file per exercise version and environment: library versions can change what a reference returns.

        ``kind`` names other results kept beside the reference's (the grader's fingerprints of recorded mistakes).
        """
        if self.cache is None:
            return None
        versions = [sys.version.split()[0]]
        for name in {module.split(".")[0] for module in (*exercise.preload, *exercise.requires)}:
            for distribution in _distributions().get(name, [name]):  # scanned only when a library is named
                with contextlib.suppress(importlib.metadata.PackageNotFoundError):
                    versions.append(f"{distribution}={importlib.metadata.version(distribution)}")
        environment = hashlib.sha256(" ".join(sorted(versions)).encode()).hexdigest()[:12]
        suffix = f"-{kind}" if kind else ""
        return self.cache / f"{exercise.id.replace('/', '--')}-{exercise.content_hash}-{environment}{suffix}.json"

    def _read_cache(self, exercise: Exercise, kind: str = "") -> Any:
        path = self._cache_file(exercise, kind)
        if path is None or not path.is_file():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # a damaged cache file is only a slower check: the reference runs again

    def _write_cache(self, exercise: Exercise, data: Any, kind: str = "") -> None:
        path = self._cache_file(exercise, kind)
        if path is None:
            return
        with contextlib.suppress(OSError):  # a read-only or full disk costs speed, never a verdict
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")  # judges share the folder
            temporary.write_text(json.dumps(data), encoding="utf-8")
            os.replace(temporary, path)

    def remembered(self, exercise: Exercise, kind: str, compute: Callable[[], Any]) -> Any:
        """A result about an exercise kept in the cache folder beside the reference's: computed once per version."""
        cached = self._read_cache(exercise, kind)
        if cached is None:
            cached = compute()
            self._write_cache(exercise, cached, kind)
        return cached

    def check(self, exercise: Exercise, source: Path, hidden: bool = False) -> Verdict:
        """Judge ``source``; ``hidden``: run the cases kept for grading too (a learner's check runs the public ones,
        and its summary says how many more are kept back)."""
        started = time.perf_counter()
        missing = [name for name in exercise.requires if importlib.util.find_spec(name) is None]
        if missing:
            verdict = self._verdict(exercise, ERROR, [], started, problem=needs_installing(missing))
            verdict.summary = f"This exercise needs {', '.join(missing)}, which is not installed yet."
            verdict.next_step = "Install it with the command above, then check again."
            return verdict
        every = exercise.cases()
        self.runner(exercise).start()  # the learner's zygote starts while the reference's values are found
        known = self.expected(exercise, every)  # of every case, hidden ones included: the cache holds one set
        chosen = [n for n, case in enumerate(every, start=1) if hidden or not case.hidden]
        cases = [every[n - 1] for n in chosen]
        expected = {str(position): known[str(n)] for position, n in enumerate(chosen, start=1)}
        if not source.is_file():
            return self._verdict(
                exercise,
                ERROR,
                [],
                started,
                problem=f"There is no file at {source}. Run `mlsteps reset {exercise.id}` to get the starter back.",
            )
        protect = tuple(path for path in (self.cache, source.resolve().parent) if path is not None)
        reply = self.runner(exercise).run(job_for(exercise, source.resolve(), cases, protect=protect))
        verdict = self._interpret(exercise, cases, expected, reply, started, held=len(every) - len(cases))
        for result, case in zip(verdict.cases, cases, strict=True):
            result.hidden = case.hidden
        return verdict

    # -------------------------------------------------------------------------------- reading the reply

    def _interpret(
        self,
        exercise: Exercise,
        cases: list[Case],
        expected: dict[str, dict[str, Any]],
        reply: dict[str, Any],
        started: float,
        held: int = 0,
    ) -> Verdict:
        events = reply["events"]
        by_case = {event["id"]: event for event in events if event["event"] == "case"}
        results = []
        stopped_at: str | None = None
        for number, case in enumerate(cases, start=1):
            case_id = str(number)
            call = case.call(exercise.entry)
            if case_id in by_case:
                results.append(self._judge_case(exercise, case, case_id, call, expected[case_id], by_case[case_id]))
            else:
                stopped_at = stopped_at or case_id
                message = f"{case.verb} {call}\n  not finished"
                results.append(CaseResult(case_id, call, False, message, label=case.label))
        ending = next((e for e in events if e["event"] in ("load_error", "no_entry", "limit", "exit")), None)
        verdict, problem = self._ending(exercise, reply, ending, stopped_at)
        if ending is not None and ending["event"] == "load_error" and cases:  # a value exercise's code runs at load
            advice = exercise.diagnose(cases[0], _wanted(cases[0], expected["1"]), None, error=_raised(ending["error"]))
            problem = f"{problem}\n  {advice}" if advice else problem
        if verdict is None:
            verdict = (
                ERROR if any(r.error for r in results) else FAILED if not all(r.passed for r in results) else PASSED
            )
        if ending is not None or verdict in (TIMEOUT, CRASHED):
            self._mark_unfinished(results, cases, ending, stopped_at, verdict)
        return self._verdict(exercise, verdict, results, started, problem=problem, held=held)

    def _ending(
        self, exercise: Exercise, reply: dict[str, Any], ending: dict[str, Any] | None, stopped_at: str | None
    ) -> tuple[str | None, str | None]:
        """How the worker's run ended, when it did not simply finish: the verdict and the problem in words."""
        if ending is not None:
            kind = ending["event"]
            if kind == "load_error":
                return ERROR, describe_load_error(ending["error"])
            if kind == "no_entry" and exercise.asks_for_values:
                defined = ", ".join(ending["defined"]) or "nothing at all"
                return ERROR, (
                    f"Your code never sets `{exercise.entry}` (it sets: {defined}). Keep the name the exercise "
                    "gave it: the checks read it by that name once your code has run."
                )
            if kind == "no_entry":
                defined = ", ".join(ending["defined"]) or "no functions at all"
                return ERROR, (
                    f"Your file does not define a function called `{exercise.entry}` (it defines: {defined}). "
                    "Keep the function's name as the starter had it: the checks call it by that name."
                )
            if kind == "limit":
                where = f" during case {ending['case']}" if ending["case"] else " while your file was loading"
                return ending["kind"], f"It happened{where}."
            if kind == "exit":
                where = f"during case {ending['case']}" if ending["case"] else "while your file was loading"
                return CRASHED, f"Your code called `sys.exit()` or `exit()` (code {ending['code']}) {where}."
        if reply.get("lost"):
            return CRASHED, (
                "The worker process that ran your code ended, or stopped answering, while it ran: your code "
                "broke the checker's own process. Nothing else was affected; the next check gets a fresh worker."
            )
        sandbox = next((e for e in reply["events"] if e["event"] == "sandbox"), None)
        if sandbox is not None:
            return CRASHED, (
                f"mlsteps could not confine your code on this machine ({sandbox['message']}), so it did not run it. "
                "`mlsteps doctor` says which isolation this machine offers."
            )
        if reply["timed_out"]:
            return TIMEOUT, f"It was still running case {stopped_at}." if stopped_at else None
        if reply["oversized"]:
            return CRASHED, "Your function returned far too much data to compare (more than 32 MB)."
        if not any(event["event"] == "done" for event in reply["events"]):
            code = reply["exit_code"] or 0
            how = f"was killed by signal {-code}" if code < 0 else f"exited with code {code}"
            where = f" during case {stopped_at}" if stopped_at else ""
            return CRASHED, f"The process running your code {how}{where}, without finishing."
        return None, None

    @staticmethod
    def _mark_unfinished(
        results: list[CaseResult],
        cases: list[Case],
        ending: dict[str, Any] | None,
        stopped_at: str | None,
        verdict: str,
    ) -> None:
        culprit = (ending or {}).get("case") or stopped_at
        for result, case in zip(results, cases, strict=True):
            if result.message.endswith("not finished"):
                if result.id == culprit:
                    result.message = f"{case.verb} {result.call}\n  stopped here ({verdict})"
                else:
                    result.message = f"{case.verb} {result.call}\n  not run: the checks stopped before this case"

    def _judge_case(
        self,
        exercise: Exercise,
        case: Case,
        case_id: str,
        call: str,
        expected_event: dict[str, Any],
        got_event: dict[str, Any],
    ) -> CaseResult:
        printed = got_event.get("printed", "")
        printed_note = f"\n  it printed: {show(printed.rstrip(), 300)}" if printed.strip() else ""
        printed_note += "".join(f"\n  warning: {plain_warning(text)}" for text in got_event.get("warnings", []))
        call = call + files_note(case)
        if case.raises:
            return self._judge_raise(case, case_id, call, got_event, printed, printed_note)
        if "error" in got_event:
            error = got_event["error"]
            message = f"{case.verb} {call}\n{describe_error(error)}"
            advice = exercise.diagnose(case, _wanted(case, expected_event), None, error=_raised(error))
            message += (f"\n  {advice}" if advice else "") + printed_note
            return CaseResult(case_id, call, False, message, case.label, error=error, printed=printed)
        if got_event.get("too_large"):
            message = f"{case.verb} {call}\n  it gave a value too large to compare"
            return CaseResult(case_id, call, False, message, case.label, printed=printed)
        want = _wanted(case, expected_event)
        got = plain.decode(got_event["returned"])
        if case.then is not None:
            follow_up = "the returned model was run" if case.then[0] == "__call__" else f"{case.then[0]}() was called"
            call = f"{call}, then {follow_up} on held-out data"
        if case.truth is not None and exercise.model is not None:
            return self._judge_model(exercise, case, case_id, call, want, got, expected_event, got_event)
        difference = first_difference(want, got, exercise.compare)
        if difference is None:
            difference = self._inspected_difference(exercise, case, expected_event, got_event)
        if difference is None:
            difference = self._file_difference(case, expected_event, got_event)
        if difference is None:
            difference = self._changed_input(case, expected_event, got_event)
        if difference is None and case.timed and exercise.speed is not None:
            difference = _too_slow(exercise.speed.factor, got_event.get("timing"))
        if difference is None:
            return CaseResult(
                case_id,
                call,
                True,
                f"{case.verb} {call}\n  {'it is' if case.reads_value else 'returned'} {show(got)}, as expected",
                case.label,
                expected=show(want),
                got=show(got),
                printed=printed,
            )
        lines = [f"{case.verb} {call}", f"  expected: {show(want)}", f"  got:      {show(got)}"]
        if difference.describe() != f"expected {show(want)}, got {show(got)}":  # not a repeat of the two lines above
            lines.append(f"  first difference: {difference.describe()}")
        if difference.detail:
            lines += [f"    {line}" for line in difference.detail.splitlines()]
        if got is None and want is not None and not case.reads_value:
            lines.append(
                "  Your function returned None: did it miss a `return`? "
                "`print` shows a value on the screen, but only `return` gives it back."
            )
        advice = exercise.diagnose(case, want, got)
        if advice:
            lines.append(f"  {advice}")
        return CaseResult(
            case_id,
            call,
            False,
            "\n".join(lines) + printed_note,
            case.label,
            expected=show(want),
            got=show(got),
            difference=difference.describe(),
            printed=printed,
        )

    def _judge_model(
        self,
        exercise: Exercise,
        case: Case,
        case_id: str,
        call: str,
        want: Any,
        got: Any,
        expected_event: dict[str, Any],
        got_event: dict[str, Any],
    ) -> CaseResult:
        """A trained model, scored on answers only the judge holds, against a baseline it computes itself."""
        assert exercise.model is not None
        result = models.score(exercise.model, case, got, want)
        if isinstance(result, Difference):
            difference = result
        else:
            structure = self._inspected_difference(exercise, case, expected_event, got_event)
            score = None if result.passed else Difference("", models.explain(result))
            difference = score or structure  # the score first: it is what the exercise is about
            if score and structure:
                difference = Difference("", f"{score.reason} Also, {structure.describe()}")
        if difference is None:
            message = f"Called {call}\n  {models.explain(result)}"
            return CaseResult(case_id, call, True, message, case.label, got=f"{result.score:.3f}")
        lines = [f"Called {call}", f"  first difference: {difference.describe()}"]
        inspected = {path: plain.decode(value) for path, value in got_event.get("inspected", {}).items()}
        advice = exercise.diagnose(case, want, got, inspected)
        if advice:
            lines.append(f"  {advice}")
        return CaseResult(case_id, call, False, "\n".join(lines), case.label, difference=difference.describe())

    @staticmethod
    def _inspected_difference(
        exercise: Exercise, case: Case, expected_event: dict[str, Any], got_event: dict[str, Any]
    ) -> Difference | None:
        """Compare what the case asked to see inside the returned object (a fitted step's state, say), then let the
        check's own ``verify`` rule judge what it only observed."""
        got_inspected = got_event.get("inspected", {})
        observed = {path: plain.decode(got_inspected.get(path)) for path in case.observe}
        if case.observe:
            reason = exercise.verify(case, plain.decode(got_event.get("returned")), observed)
            if reason:
                return Difference("", reason)
        for path in case.inspect:
            want = expected_event.get("inspected", {}).get(path)
            difference = first_difference(plain.decode(want), plain.decode(got_inspected.get(path)), exercise.compare)
            if difference is not None:
                reason = difference.describe()
                if reason.startswith("the values are right, but the tensor still tracks gradients"):
                    reason = "these weights are still being trained: freeze them with requires_grad_(False)"
                return Difference("", f"{_learned(path)} differs from the reference's: {reason}")
        return None

    @staticmethod
    def _judge_raise(
        case: Case, case_id: str, call: str, got_event: dict[str, Any], printed: str, printed_note: str
    ) -> CaseResult:
        """A case whose right answer is an exception of a given type."""
        error = got_event.get("error")
        if error and error["type"] == case.raises:
            message = f"Called {call}\n  raised {case.raises}, as expected"
            return CaseResult(case_id, call, True, message, case.label, expected=case.raises, got=case.raises)
        if error:
            message = f"Called {call}\n  expected it to raise {case.raises}, but{describe_error(error)[1:]}"
            return CaseResult(
                case_id,
                call,
                False,
                message + printed_note,
                case.label,
                expected=case.raises,
                got=error["type"],
                error=error,
                printed=printed,
            )
        got = show(plain.decode(got_event.get("returned")))
        message = (
            f"Called {call}\n  expected it to raise {case.raises}, but it returned {got}\n"
            f"  first difference: no exception was raised; for this input the function should raise {case.raises}."
        )
        return CaseResult(
            case_id,
            call,
            False,
            message + printed_note,
            case.label,
            expected=case.raises,
            got=got,
            printed=printed,
            difference="no exception was raised",
        )

    @staticmethod
    def _changed_input(case: Case, expected_event: dict[str, Any], got_event: dict[str, Any]) -> Difference | None:
        """An argument the learner's function changed in place, where the reference left it alone."""
        allowed = expected_event.get("changed", {})
        for name, after in got_event.get("changed", {}).items():
            if name in allowed:
                continue
            before = case.args[int(name) - 1] if name.isdigit() else case.kwargs.get(name)
            which = f"argument {name}" if name.isdigit() else f"the argument {name}"
            return Difference(
                "",
                f"the answer is right, but your function changed its {which}: it was {show(before, 60)} and is now "
                f"{show(plain.decode(after), 60)}. Build a new value instead of changing the one you were given.",
            )
        return None

    @staticmethod
    def _file_difference(case: Case, expected_event: dict[str, Any], got_event: dict[str, Any]) -> Difference | None:
        for name in case.collect:
            want, got = expected_event["files"].get(name), got_event.get("files", {}).get(name)
            if got is None:
                return Difference(f"the file {name}", "it was not written")
            difference = first_difference(want, got, STRICT)
            if difference is not None:
                return Difference(f"the file {name}{difference.path}", difference.reason)
        return None

    @staticmethod
    def _verdict(
        exercise: Exercise,
        verdict: str,
        results: list[CaseResult],
        started: float,
        problem: str | None = None,
        held: int = 0,
    ) -> Verdict:
        """``held``: the hidden cases a learner's check leaves for grading; the summary counts the public ones and
        says how many more are kept."""
        limits = exercise.limits
        summary = SUMMARIES[verdict].format(
            passed=sum(r.passed for r in results),
            total=len(results),
            cases="public cases" if held else "cases",
            seconds=limits.seconds,
            memory_mb=limits.memory_mb,
            output_kb=limits.output_bytes / 1000,
        )
        if held:
            summary += f" {count_of(held, 'more case')} {'is' if held == 1 else 'are'} kept for grading."
        return Verdict(
            id=exercise.id,
            verdict=verdict,
            cases=results,
            duration_ms=round((time.perf_counter() - started) * 1000, 1),
            summary=summary,
            next_step=NEXT_STEPS[verdict].format(id=exercise.id),
            problem=problem,
            details={"hidden_cases": held} if held else {},
        )
