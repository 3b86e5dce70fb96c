"""Leave something running after the check: a double fork into a new session that sleeps (named MARK), and a
thread that sleeps."""

import ctypes
import os
import threading
import time

MARK = "@MARK@"


def even_squares(numbers):
    threading.Thread(target=time.sleep, args=(60,), daemon=False).start()
    libc = ctypes.CDLL(None, use_errno=True)
    pid = libc.fork()
    if pid == 0:
        libc.setsid()
        if libc.fork() == 0:
            libc.prctl(15, MARK.encode(), 0, 0, 0)
            time.sleep(60)
        os._exit(0)
    return [pid, os.strerror(ctypes.get_errno())]
