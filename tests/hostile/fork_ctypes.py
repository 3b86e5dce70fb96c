"""fork() and a raw clone(SIGCHLD) through ctypes, past every Python hook; a child that got through would name
itself MARK and sleep."""

import ctypes
import os
import time

MARK = "@MARK@"
SYS_CLONE = {"x86_64": 56, "aarch64": 220}.get(os.uname().machine)


def _child():
    libc = ctypes.CDLL(None)
    libc.prctl(15, MARK.encode(), 0, 0, 0)  # PR_SET_NAME: the test looks for this name
    time.sleep(30)
    os._exit(0)


def even_squares(numbers):
    libc = ctypes.CDLL(None, use_errno=True)
    outcome = {}
    pid = libc.fork()
    if pid == 0:
        _child()
    outcome["fork"] = (pid, os.strerror(ctypes.get_errno()))
    if SYS_CLONE is not None:
        libc.syscall.restype = ctypes.c_long
        pid = libc.syscall(ctypes.c_long(SYS_CLONE), ctypes.c_long(17), None, None, None, None)  # SIGCHLD only
        if pid == 0:
            _child()
        outcome["clone"] = (pid, os.strerror(ctypes.get_errno()))
    return outcome
