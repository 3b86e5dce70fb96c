"""The judge's side of the worker: start a zygote, hand it jobs, and survive whatever happens to it.

A :class:`Runner` owns one zygote process (see :mod:`mlsteps.engine.worker`). Keeping a runner alive — as
``mlsteps watch`` does — makes every later check cost one fork instead of a Python start-up and the imports.
The runner never imports or calls learner code: it only reads the plain JSON the zygote writes.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import threading
from dataclasses import dataclass
from typing import Any

REPLY_GRACE_SECONDS = 10.0  # beyond a job's own limit, how long the zygote may take to answer
START_SECONDS = 60.0  # importing the preloaded libraries can be slow on a cold laptop

QUIET_THREADS = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "MPLBACKEND": "Agg",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONHASHSEED": "0",
}


@dataclass(frozen=True)
class Limits:
    """What one check may use: wall-clock seconds, extra memory, printed bytes, and child processes."""

    seconds: float = 5.0
    memory_mb: int = 256
    output_bytes: int = 1_000_000
    processes: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "seconds": self.seconds,
            "memory_mb": self.memory_mb,
            "output_bytes": self.output_bytes,
            "processes": self.processes,
        }


class WorkerUnavailable(RuntimeError):
    """The zygote could not be started or stopped answering."""


class Runner:
    """A zygote process that preloads ``preload`` and runs jobs, one at a time."""

    def __init__(self, preload: tuple[str, ...] = ()) -> None:
        self.preload = preload
        self._process: subprocess.Popen[str] | None = None
        self._ready = False  # the zygote has said it finished its imports
        self._lock = threading.Lock()

    def start(self) -> None:
        """Launch the zygote without waiting for it: its imports then overlap with the caller's own work."""
        with self._lock:
            if not self._running():
                self._launch()

    def _running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def _launch(self) -> None:
        command = [sys.executable, "-I", "-m", "mlsteps.engine.worker"]
        for name in self.preload:
            command += ["--preload", name]
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**os.environ, **QUIET_THREADS},
        )
        self._ready = False

    def _ensure_ready(self) -> subprocess.Popen[str]:
        """The running zygote, launched if needed and past its imports."""
        if not self._running():
            self._launch()
        assert self._process is not None
        if not self._ready:
            hello = self._read_line(self._process, START_SECONDS)
            if not hello or not json.loads(hello).get("ready"):
                self.close()
                raise WorkerUnavailable("the worker process did not start")
            self._ready = True
        return self._process

    @staticmethod
    def _read_line(process: subprocess.Popen[str], seconds: float) -> str | None:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], seconds)
        return process.stdout.readline() if ready else None

    def run(self, job: dict[str, Any]) -> dict[str, Any]:
        """Run one job; a zygote that died or hangs is replaced once before giving up."""
        with self._lock:
            for attempt in range(2):
                process = self._ensure_ready()
                assert process.stdin is not None
                try:
                    process.stdin.write(json.dumps(job) + "\n")
                    process.stdin.flush()
                    line = self._read_line(process, float(job["limits"]["seconds"]) + REPLY_GRACE_SECONDS)
                except (BrokenPipeError, OSError):
                    line = None
                if line:
                    return json.loads(line)
                self.close()
                if attempt == 1:
                    raise WorkerUnavailable("the worker process stopped answering")
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._process = None

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
