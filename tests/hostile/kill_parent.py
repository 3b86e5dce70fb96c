"""SIGKILL the zygote that forked this child, three ways."""

import ctypes
import os
import signal


def even_squares(numbers):
    parent = os.getppid()
    outcome = {}
    try:
        os.kill(parent, signal.SIGKILL)
        outcome["os.kill"] = "sent"
    except OSError as exc:
        outcome["os.kill"] = type(exc).__name__
    libc = ctypes.CDLL(None, use_errno=True)
    outcome["libc.kill"] = (libc.kill(parent, signal.SIGKILL), os.strerror(ctypes.get_errno()))
    try:
        descriptor = os.pidfd_open(parent)
        signal.pidfd_send_signal(descriptor, signal.SIGKILL)
        outcome["pidfd"] = "sent"
    except OSError as exc:
        outcome["pidfd"] = type(exc).__name__
    return outcome
