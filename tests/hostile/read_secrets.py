"""Read what the judge keeps from learners: a course's checks and solution, the reference cache, the journey store,
the gradebook, the rest of the workspace, and another process's /proc entries."""

import os

LISTED = "@TARGETS@"
TARGETS = LISTED.split("\n")


def _try(path):
    try:
        if os.path.isdir(path):
            return "listed: " + ", ".join(sorted(os.listdir(path)))
        with open(path, "rb") as opened:
            return "read: " + opened.read(200).decode("utf-8", "replace")
    except OSError as exc:
        return type(exc).__name__


def even_squares(numbers):
    return {path: _try(path) for path in TARGETS}
