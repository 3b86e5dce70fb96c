"""Words for the page, not the terminal: a verdict as the page shows it.

The judge writes one text for every interface, and its advice names commands (`mlsteps hint ID`) that the page has
buttons for: here they become the buttons' names (:func:`page_words`). Each case's message is cut into lines
(:func:`for_the_page`): data (the call, expected, got, the first difference, the learner's own lines), shown as they
are, and advice (a tip, "did it miss a `return`?", the exercise's own diagnosis), shown with its `code` rendered and
only once in a verdict, however many cases earn it. And the line of the learner's file that an error names is taken
out for the editor's gutter (:func:`error_marks`).
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Any

SYNTAX = re.compile(
    r"^Python could not read your file: (?P<message>.*?)(?: \([^()]*, line \d+\))?\.\n    line (?P<line>\d+):"
)
RAISED = re.compile(r"^  it raised (?P<message>.*)$", re.MULTILINE)
FRAME = re.compile(r"^    line (?P<line>\d+) in .*?, in (?P<file>[^:]+):", re.MULTILINE)


def error_marks(verdict: dict[str, Any], file_name: str) -> list[dict[str, Any]]:
    """The lines of the learner's file (``file_name``: its name) where their code stopped, each once, with what
    Python said there: a syntax error's line, or the last of their own lines in a traceback."""
    marks: dict[int, str] = {}
    problem = verdict.get("problem") or ""
    syntax = SYNTAX.match(problem)
    if syntax:
        marks[int(syntax["line"])] = f"Python could not read this line: {syntax['message']}"
    elif problem:
        raised = RAISED.search(problem)
        frames = [frame for frame in FRAME.finditer(problem) if frame["file"].strip() == file_name]
        if raised and frames:
            marks[int(frames[-1]["line"])] = raised["message"]
    for case in verdict.get("cases", []):
        error = case.get("error") or {}
        own = [f for f in error.get("frames", []) if "line" in f and PurePath(str(f.get("file", ""))).name == file_name]
        if own and int(own[-1]["line"]) not in marks:
            message = error.get("message", "")
            marks[int(own[-1]["line"])] = (
                f"{error.get('type', 'Error')}: {message}" if message else error.get("type", "")
            )
    return [{"line": line, "message": message} for line, message in marks.items()]


# The judge's commands, as the page's buttons.
COMMANDS = (
    (re.compile(r"Stuck\? `mlsteps hint [^`]*` gives one hint at a time\."), "Stuck? Hint gives one hint at a time."),
    (re.compile(r"Stuck\? `mlsteps hint [^`]*`\."), "Stuck? Press Hint."),
    (re.compile(r"Run `mlsteps next` for the next exercise\."), "The next exercise is one click away."),
    (
        re.compile(r"Run `mlsteps reset [^`]*` to get the starter back\."),
        "Press Save to write the editor's text there.",
    ),
    (
        re.compile(r"Run `mlsteps doctor` to see what is missing\."),
        "`mlsteps doctor`, in a terminal, says what is missing.",
    ),
)
# How the judge's data lines begin; any other line indented by two spaces is advice.
DATA_LINES = (
    "Called", "expected", "got:", "first difference:", "it printed:", "warning:", "where", "line ", "it raised",
    "raised", "returned", "stopped here", "not run", "not finished", "...", "your function returned, but",
)  # fmt: skip


def page_words(text: str) -> str:
    """A judge's sentence with its commands named as the page's buttons."""
    for pattern, words in COMMANDS:
        text = pattern.sub(words, text)
    return text


def _lines(message: str, seen: set[str], prose_first: bool = False) -> list[dict[str, Any]]:
    """A message as lines to draw: data as it is; advice in the page's words, left out when it was given before.
    ``code``: the line's `code` is to be rendered (advice, and a problem's first line, which is a sentence)."""
    drawn = []
    for number, line in enumerate(message.split("\n")):
        stripped = line.strip()
        advice = (
            number > 0 and line.startswith("  ") and not line.startswith("   ") and not stripped.startswith(DATA_LINES)
        )
        if advice:
            stripped = page_words(stripped)
            if stripped in seen:
                continue
            seen.add(stripped)
            line = "  " + stripped
        drawn.append({"text": line, "advice": advice, "code": advice or (prose_first and number == 0)})
    return drawn


def for_the_page(verdict: dict[str, Any]) -> dict[str, Any]:
    """The verdict with the page's words: ``lines`` for each case and ``problem_lines`` (each advice once), the
    summary and the next step naming buttons, not commands."""
    seen: set[str] = set()
    shaped = dict(verdict)
    shaped["summary"] = page_words(verdict.get("summary") or "")
    shaped["next_step"] = page_words(verdict.get("next_step") or "")
    shaped["problem_lines"] = _lines(page_words(verdict["problem"]), seen, True) if verdict.get("problem") else []
    shaped["cases"] = [
        {**case, "lines": _lines(case["message"], seen) if not case.get("passed") else []}
        for case in verdict.get("cases", [])
    ]
    return shaped
