"""The examples of a prompt, read as cases: ``>>> entry(args)`` in a fenced code block, its output on the next line.

A prompt shows the learner what the function does::

    ```python
    >>> safe_ratio(3, 4)
    0.75
    ```

Such an example is a case with a stated expected value when the call is the exercise's entry called with Python
literals only (``ast.literal_eval`` reads each argument) and the output is a literal too, or a traceback that ends
with the exception's name (``ValueError: ...``), which the call must raise. Anything else (``f(x) is None``, a
variable, an array's repr, a printed table) is not an example this module can state, and is skipped: it stays text
for the learner. ``course lint`` and the curriculum's tests run the reference on every example found, so a prompt
and its solution cannot disagree.

A value exercise's prompt (``answer = "value"``) shows what the code leaves behind instead: ``>>> len(words)``
then ``5``. Any expression over names, with a literal output, is then a :func:`~mlsteps.engine.cases.value` case.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import Any

from mlsteps.engine.cases import Case, case, value

FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
EXCEPTION_LINE = re.compile(r"^([A-Za-z_][\w.]*(Error|Exception|Warning|Exit|Interrupt)):?")


@dataclass(frozen=True)
class PromptExample:
    """One ``>>>`` example of a prompt: where it is, the call as written, and the case it states."""

    line: int  # of prompt.md, 1-based
    call: str
    case: Case


def _literal(node: ast.expr) -> Any:
    return ast.literal_eval(node)


def _call_case(call: str, entry: str, output: str, line: int) -> Case | None:
    """The case a ``>>>`` line and its output state, or None when either is not a literal call of ``entry``."""
    try:
        tree = ast.parse(call, mode="eval").body
    except SyntaxError:
        return None
    if not (isinstance(tree, ast.Call) and isinstance(tree.func, ast.Name) and tree.func.id == entry):
        return None
    if any(isinstance(arg, ast.Starred) for arg in tree.args) or any(kw.arg is None for kw in tree.keywords):
        return None
    try:
        args = tuple(_literal(arg) for arg in tree.args)
        kwargs = {kw.arg: _literal(kw.value) for kw in tree.keywords if kw.arg is not None}
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None
    reserved = {"label", "files", "collect", "raises", "timed", "predict", "method", "truth", "inspect", "observe"}
    if reserved & set(kwargs) or {"expect", "hidden", "points", "group"} & set(kwargs):
        return None  # a keyword case() keeps for itself: such an example cannot be a case
    label = f"the prompt's example on line {line}"
    lines = output.splitlines()
    if lines and lines[0].startswith("Traceback"):
        last = EXCEPTION_LINE.match(lines[-1].strip()) if len(lines) > 1 else None
        if last is None:
            return None
        return case(*args, label=label, raises=last.group(1).split(".")[-1], **kwargs)
    try:
        expected = ast.literal_eval(output.strip())
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None
    return case(*args, label=label, expect=expected, **kwargs)


def _value_case(expression: str, output: str, line: int) -> Case | None:
    """The value case a ``>>>`` expression over names and its literal output state, or None."""
    try:
        tree = ast.parse(expression, mode="eval")
        expected = ast.literal_eval(output.strip())
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None
    if not any(isinstance(node, ast.Name) for node in ast.walk(tree)):
        return None  # a bare literal says nothing about the learner's code
    return value(expression, label=f"the prompt's example on line {line}", expect=expected)


def prompt_examples(prompt: str, entry: str, values: bool = False) -> list[PromptExample]:
    """Every example of ``prompt`` that is a literal call of ``entry`` with a literal output (or a raised error); with
    ``values``, every expression over names with a literal output."""
    found: list[PromptExample] = []
    lines = prompt.splitlines()
    inside = False
    number = 0
    while number < len(lines):
        text = lines[number]
        if FENCE.match(text):
            inside = not inside
            number += 1
            continue
        stripped = text.strip()
        if not (inside and stripped.startswith(">>> ")):
            number += 1
            continue
        start = number + 1
        call_lines = [stripped[4:]]
        number += 1
        while number < len(lines) and lines[number].strip().startswith("..."):
            call_lines.append(lines[number].strip()[4:])
            number += 1
        output_lines = []
        while number < len(lines):
            following = lines[number].strip()
            if not following or following.startswith(">>>") or FENCE.match(lines[number]):
                break
            output_lines.append(following)
            number += 1
        call = "\n".join(call_lines)
        output = "\n".join(output_lines)
        if not output:
            continue
        made = _value_case(call, output, start) if values else _call_case(call, entry, output, start)
        if made is not None:
            found.append(PromptExample(start, " ".join(part.strip() for part in call_lines), made))
    return found
