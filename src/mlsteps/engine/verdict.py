"""The judge's result: one verdict type, plain data, used by every interface alike.

A verdict is one of a closed set (:data:`VERDICTS`). Each has words for a beginner — what happened and what
to do next — so that the CLI, a notebook, the web page and the grader all say the same thing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

PASSED, FAILED, ERROR, TIMEOUT, MEMORY, OUTPUT, CRASHED = (
    "passed",
    "failed",
    "error",
    "timeout",
    "memory",
    "output",
    "crashed",
)
VERDICTS = (PASSED, FAILED, ERROR, TIMEOUT, MEMORY, OUTPUT, CRASHED)

# What happened, in plain words, for each verdict. {passed}/{total}/{seconds}/{memory_mb} are filled in.
SUMMARIES = {
    PASSED: "All {total} {cases} passed.",
    FAILED: "{passed} of {total} {cases} passed. Your code runs, but some answers are not right yet.",
    ERROR: "Your code stopped with an error ({passed} of {total} {cases} passed).",
    TIMEOUT: "Your code was still running after {seconds:g} seconds, so it was stopped.",
    MEMORY: "Your code tried to use more than {memory_mb} MB of memory, so it was stopped.",
    OUTPUT: "Your code printed more than {output_kb:g} KB, so it was stopped.",
    CRASHED: "The process running your code ended before it finished the checks.",
}

# What to do next. {id} is the exercise's id.
NEXT_STEPS = {
    PASSED: "Well done. Run `mlsteps next` for the next exercise.",
    FAILED: "Read the first failing case: the call, what was expected, and where your answer differs. "
    "Stuck? `mlsteps hint {id}` gives one hint at a time.",
    ERROR: "Look at the line the error names: Python says what went wrong there. "
    "Fix it, save, and check again. Stuck? `mlsteps hint {id}`.",
    TIMEOUT: "This is usually a loop that never ends: check that every `while` loop changes something "
    "that makes its condition false in the end. Stuck? `mlsteps hint {id}`.",
    MEMORY: "Something grows far bigger than it should: a list that is appended to in a loop that never stops, "
    "or a huge number of items made at once. Stuck? `mlsteps hint {id}`.",
    OUTPUT: "Remove the `print` calls inside loops (or the loop that never stops), then check again.",
    CRASHED: "Don't call `sys.exit()`, `exit()` or `os._exit()` in an exercise: return a value from your "
    "function instead. Then check again.",
}


@dataclass
class CaseResult:
    """One call of the learner's function and what the judge made of it."""

    id: str
    call: str
    passed: bool
    message: str
    label: str = ""
    expected: str | None = None
    got: str | None = None
    difference: str | None = None
    error: dict[str, Any] | None = None
    printed: str = ""
    hidden: bool = False  # a case kept for grading (only a grading run has these)


@dataclass
class Verdict:
    id: str
    verdict: str
    cases: list[CaseResult]
    duration_ms: float
    summary: str
    next_step: str
    problem: str | None = None  # what went wrong before any case could run: a syntax error, a missing function
    details: dict[str, Any] = field(default_factory=dict)
    not_saved: str | None = None  # set when the verdict could not be recorded in the journey: why, and what to do

    @property
    def passed(self) -> bool:
        return self.verdict == PASSED

    @property
    def cases_passed(self) -> int:
        return sum(case.passed for case in self.cases)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["passed"] = self.passed
        data["cases_passed"] = self.cases_passed
        data["cases_total"] = len(self.cases)
        return data

    def text(self) -> str:
        """The whole verdict as plain text: what the tests and the grader read."""
        lines = [self.summary]
        if self.problem:
            lines.append(self.problem)
        lines += [case.message for case in self.cases if not case.passed]
        lines.append(self.next_step)
        return "\n".join(lines)
