"""Start a shell through _posixsubprocess.fork_exec, which raises no audit event, to touch a marker file."""

import _posixsubprocess
import os

MARKER = "@MARKER@"


def even_squares(numbers):
    errors = os.pipe()
    try:
        pid = _posixsubprocess.fork_exec(
            [b"/bin/sh", b"-c", f"touch {MARKER}; sleep 30".encode()], [b"/bin/sh"],
            True, (errors[1],), None, None,
            -1, -1, -1, -1, -1, -1,
            errors[0], errors[1],
            True, True, -1, None, None, None, -1,
            None, True,
        )  # fmt: skip
    except OSError as exc:
        return f"refused: {type(exc).__name__}: {exc}"
    return f"started {pid}"
