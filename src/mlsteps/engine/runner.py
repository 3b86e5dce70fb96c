"""The judge's side of the worker: start a zygote, hand it jobs, and survive whatever happens to it.

A :class:`Runner` owns one zygote process (see :mod:`mlsteps.engine.worker`). Keeping a runner alive — as
``mlsteps watch`` does — makes every later check cost one fork instead of a Python start-up and the imports.
The runner never imports or calls learner code: it only reads the plain JSON the zygote writes.

A runner is either for learner code (its zygote's children enter the sandbox, and the zygote gets none of the
judge's environment variables) or ``trusted``, for the reference solutions. Each runner owns a jobs folder that the
zygote makes its job folders in; the runner empties it whenever it replaces the zygote, and removes it on close, so
nothing is left in the temporary folder even when a zygote is killed.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mlsteps.engine.sandbox import Isolation

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
# What of the judge's environment a learner's zygote keeps: nothing that could hold a secret (a database URL, a
# token, a cloud key), only what libraries need to behave.
KEPT_VARIABLES = ("PATH", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_NUMERIC", "TZ", "MLSTEPS_ISOLATION")


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
    """A zygote process that preloads ``preload`` and runs jobs, one at a time.

    ``trusted``: the zygote runs the exercise's own code (reference solutions) without the learner's sandbox.
    """

    def __init__(self, preload: tuple[str, ...] = (), trusted: bool = False) -> None:
        self.preload = preload
        self.trusted = trusted
        self._process: subprocess.Popen[str] | None = None
        self._ready = False  # the zygote has said it finished its imports
        self._isolation: Isolation | None = None
        self._jobs: Path | None = None
        self._lock = threading.Lock()

    @property
    def isolation(self) -> Isolation:
        """What the zygote's sandbox holds, as it reported it (starting the zygote if needed)."""
        with self._lock:
            self._ensure_ready()
        assert self._isolation is not None
        return self._isolation

    def start(self) -> None:
        """Launch the zygote without waiting for it: its imports then overlap with the caller's own work."""
        with self._lock:
            if not self._running():
                self._launch()

    def _running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def _launch(self) -> None:
        if self._jobs is None:
            self._jobs = Path(tempfile.mkdtemp(prefix=f"mlsteps-jobs-{os.getpid()}-"))
            # A runner nobody closed still leaves nothing behind when it is collected or the process ends.
            self._finalizer = weakref.finalize(self, shutil.rmtree, self._jobs, True)
        else:  # whatever a lost zygote left behind
            for leftover in self._jobs.iterdir():
                shutil.rmtree(leftover, ignore_errors=True)
        command = [sys.executable, "-I", "-m", "mlsteps.engine.worker", "--jobs", str(self._jobs)]
        for name in self.preload:
            command += ["--preload", name]
        if self.trusted:
            command.append("--trusted")
            environment = {**os.environ, **QUIET_THREADS}
        else:
            environment = {name: os.environ[name] for name in KEPT_VARIABLES if name in os.environ}
            environment |= QUIET_THREADS
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=environment,
            cwd=self._jobs,
        )
        self._ready = False

    def _ensure_ready(self) -> subprocess.Popen[str]:
        """The running zygote, launched if needed and past its imports."""
        if not self._running():
            self._launch()
        assert self._process is not None
        if not self._ready:
            hello = self._read_line(self._process, START_SECONDS)
            try:
                said = json.loads(hello) if hello else {}
            except ValueError:
                said = {}
            if not said.get("ready"):
                self._stop()
                raise WorkerUnavailable("the worker process did not start")
            self._isolation = Isolation.from_dict(said["isolation"])
            self._ready = True
        return self._process

    @staticmethod
    def _read_line(process: subprocess.Popen[str], seconds: float) -> str | None:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], seconds)
        return process.stdout.readline() if ready else None

    def run(self, job: dict[str, Any]) -> dict[str, Any]:
        """Run one job.

        A zygote found dead before the job reached it is replaced and the job sent again. One that dies or hangs
        while running a job is replaced too, but a learner's job is not run twice: what happened is the answer (the
        worker was lost), for the judge to turn into that learner's verdict. A reference's job is retried once.
        """
        with self._lock:
            for attempt in range(2):
                process = self._ensure_ready()
                assert process.stdin is not None
                try:
                    process.stdin.write(json.dumps(job) + "\n")
                    process.stdin.flush()
                except (BrokenPipeError, OSError):
                    self._stop()
                    if attempt == 1:
                        raise WorkerUnavailable("the worker process stopped answering") from None
                    continue
                try:
                    line = self._read_line(process, float(job["limits"]["seconds"]) * 3 + REPLY_GRACE_SECONDS)
                except (OSError, ValueError):
                    line = None
                if line:
                    return json.loads(line)
                self._stop()
                if not self.trusted:
                    return {"events": [], "timed_out": False, "exit_code": None, "oversized": False, "lost": True}
                if attempt == 1:
                    raise WorkerUnavailable("the worker process stopped answering")
        raise AssertionError("unreachable")

    def _stop(self) -> None:
        if self._process is not None:
            with contextlib.suppress(OSError):
                self._process.kill()
            self._process.wait()
            for stream in (self._process.stdin, self._process.stdout):
                with contextlib.suppress(OSError):
                    if stream is not None:
                        stream.close()
            self._process = None
        self._ready = False

    def close(self) -> None:
        self._stop()
        if self._jobs is not None:
            shutil.rmtree(self._jobs, ignore_errors=True)
            self._jobs = None

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
