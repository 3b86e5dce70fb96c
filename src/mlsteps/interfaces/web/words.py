"""Words for the page, not the terminal: a verdict as the page shows it.

The judge writes one text for every interface. The page adds to it: the line of the learner's file that an error
names, for the editor's gutter (:func:`error_marks`).
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
