"""SIGKILL processes that are not this child's: another worker's child and zygote, a process of the judge's user,
and the judge itself."""

import ctypes
import os
import signal

LISTED = "@VICTIMS@"
VICTIMS = [int(pid) for pid in LISTED.split(",")]


def even_squares(numbers):
    libc = ctypes.CDLL(None, use_errno=True)
    outcome = {}
    for pid in VICTIMS:
        try:
            os.kill(pid, signal.SIGKILL)
            outcome[str(pid)] = "sent"
        except OSError as exc:
            outcome[str(pid)] = type(exc).__name__
        if libc.kill(pid, signal.SIGKILL) == 0:
            outcome[str(pid)] += ", libc sent"
    return outcome
