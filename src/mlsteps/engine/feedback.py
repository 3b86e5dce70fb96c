"""Words for the learner that do not depend on comparing values: exceptions, loading errors, missing libraries.

The judge decides what happened; this module says it the way a patient tutor would, with the learner's own lines
and a tip for the errors beginners meet most.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mlsteps.engine.cases import Case

FILE_LINES_SHOWN = 6

# A sentence for the exceptions beginners meet most, added under the error.
EXCEPTION_TIPS = {
    "ZeroDivisionError": "Something was divided by zero. Is there an input (an empty list, a zero) to handle first?",
    "IndexError": "An index went past the end of a sequence (the last index of `items` is `len(items) - 1`), "
    "or a True/False mask does not have the length of the array it selects from.",
    "KeyError": "A key or label was looked up that is not there. For a dict, check with `key in d` or use "
    "`d.get(key)`; for pandas, check the column names (`df.columns`) and that `.loc` gets labels, `.iloc` positions.",
    "NameError": "Python met a name it does not know: a typo, or a variable used before it was given a value.",
    "UnboundLocalError": "A variable was used inside the function before it was given a value there.",
    "TypeError": "A value of the wrong type reached an operation, such as adding a number to a string, "
    "or calling a function with the wrong number of arguments.",
    "AttributeError": "A value does not have the method or attribute used on it. Is it the type you think?",
    "RecursionError": "The function called itself too many times. Does the recursion reach a base case?",
    "EOFError": "Exercises cannot use `input()`: your function receives its values as arguments.",
    "PermissionError": "Exercises run in a sandbox: they read only Python's files and their own folder, write only "
    "in the folder they run in, cannot start other programs or processes (leave `n_jobs` at its default), signal "
    "them, or use the network.",
    "BlockedModule": "Build it from NumPy and plain Python: that is the point of this exercise.",
    "NotFittedError": "A model was used before it was trained: call `.fit(X, y)` on it (fit returns the model).",
    "LinAlgError": "A linear-algebra step failed, usually because a matrix cannot be inverted (two rows or columns "
    "say the same thing).",
    "ValueError": "A value had the right type but not the right content or shape. Read the message: for arrays, "
    "it often names the two shapes that do not fit together.",
    "RuntimeError": "PyTorch reports problems with shapes, dtypes and gradients as RuntimeError: the message names "
    "them (for shapes, the two that do not fit together).",
    "FileNotFoundError": "A file was opened that is not there. Use the path your function receives.",
    "ModuleNotFoundError": "A module was imported that this Python does not have. If it is a file of your own beside "
    "this one, copy what you need from it into this file: a check runs your file on its own.",
}


INSTALL_COMMANDS = {"torch": 'pip install "mlsteps[deep]"   (or: pip install torch)'}


def plain_warning(text: str, limit: int = 200) -> str:
    """A library's warning as a learner can read it: its first sentence or two, without web addresses or the
    library's advice to its own developers."""
    words = " ".join(re.sub(r"\s*(as shown in|see|at)?\s*:?\s*\(?https?://\S+\)?", "", text).split())
    words = re.split(r"\s*(?:Please also refer to|See the documentation|Please refer to)", words)[0].rstrip(" :.")
    return words if len(words) <= limit else words[: limit - 3].rstrip() + "..."


def needs_installing(missing: list[str]) -> str:
    """What to install before an exercise that needs an optional library can run, in plain words."""
    commands = "\n".join(f"    {INSTALL_COMMANDS.get(name, f'pip install {name}')}" for name in missing)
    return (
        f"This exercise needs {', '.join(missing)}, which is not installed in this Python. Install it with:\n"
        f"{commands}\nthen check again. `mlsteps doctor` shows what is installed."
    )


def _where(frame: dict[str, Any]) -> str:
    if "omitted" in frame:
        return f"    ... {frame['omitted']} more calls of the same kind ..."
    return f"    line {frame['line']} in {frame['function']}, in {Path(frame['file']).name}:  {frame['code']}"


def _first_lines(message: str, limit: int = 300) -> str:
    """A library's long error message, cut to its opening (the part that says what happened)."""
    first = message.strip().split("\n\n")[0]
    return first if len(first) <= limit else first[: limit - 3].rstrip() + "..."


# Sentences for particular messages, checked before the tip for the exception's type.
MESSAGE_TIPS = (
    (
        "Weights only load failed",
        "Save `model.state_dict()` (the weights), not the whole model, and load it into a "
        "freshly built model with `model.load_state_dict(torch.load(path, weights_only=True))`.",
    ),
    ("out of bounds", "For `cross_entropy`, the network needs one output per class, and labels from 0 to classes - 1."),
    (
        "mat1 and mat2 shapes cannot be multiplied",
        "A Linear layer's in_features does not match the size of what "
        "reaches it: print the shape just before it (after Flatten) and use that number.",
    ),
)


def _tip(error: dict[str, Any]) -> str | None:
    for phrase, tip in MESSAGE_TIPS:
        if phrase in error["message"]:
            return tip
    return EXCEPTION_TIPS.get(error["type"])


def describe_error(error: dict[str, Any]) -> str:
    """An exception as a beginner needs it: its type and message, their own lines, and a tip."""
    message = _first_lines(error["message"])
    raised = f"it raised {error['type']}: {message}" if message else f"it raised {error['type']}"
    if error.get("during"):
        raised = f"your function returned, but when its result's {error['during']}() was called on new data, {raised}"
    lines = [f"  {raised}"]
    if error["frames"]:
        lines.append("  where, in your code (the last line is where it stopped):")
        lines += [_where(frame) for frame in error["frames"]]
    tip = _tip(error)
    if tip:
        lines.append(f"  Tip: {tip}")
    return "\n".join(lines)


def describe_load_error(error: dict[str, Any]) -> str:
    syntax = error.get("syntax")
    if syntax:
        pointer = " " * max((syntax["offset"] or 1) - 1, 0) + "^"
        return (
            f"Python could not read your file: {error['message']}.\n"
            f"    line {syntax['line']}:  {syntax['text']}\n"
            f"    line {syntax['line']}:  {pointer}\n"
            "  Look at that line and the one just before it: a missing `:`, bracket or quote is the usual cause."
        )
    return "Your file raised an error while Python was loading it, before any case ran:\n" + describe_error(error)


def files_note(case: Case) -> str:
    """The files a case handed to the function, so the learner can see what their code read."""
    notes = []
    for name, text in case.files.items():
        lines = text.splitlines()
        shown = "\n".join(f"      {line}" for line in lines[:FILE_LINES_SHOWN])
        more = f"\n      ... ({len(lines) - FILE_LINES_SHOWN} more lines)" if len(lines) > FILE_LINES_SHOWN else ""
        notes.append(f"\n  where the file {name} holds:\n{shown or '      (nothing: it is empty)'}{more}")
    return "".join(notes)
