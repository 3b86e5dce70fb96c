"""The judge's side of the worker: start a zygote, hand it jobs, and survive whatever happens to it.

A :class:`Runner` owns one zygote process (see :mod:`mlsteps.engine.worker`). Keeping a runner alive — as
``mlsteps watch`` does — makes every later check cost one fork instead of a Python start-up and the imports.
The runner never imports or calls learner code: it only reads the plain JSON the zygote writes.

A runner is either for learner code (its zygote's children enter the sandbox, and the zygote gets none of the
judge's environment variables) or ``trusted``, for the reference solutions. Two pipes come back from a zygote: its
replies (how each job ended), and the results pipe, which the runner makes and the zygote only hands to its children:
what learner code returns comes straight here, never through the zygote's memory, which later children inherit.

Each runner owns a jobs folder that the zygote makes its job folders in; the runner empties it whenever it replaces
the zygote, and removes it on close, so nothing is left in the temporary folder even when a zygote is killed.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mlsteps.engine.sandbox import Isolation

REPLY_GRACE_SECONDS = 10.0  # beyond a job's own limit, how long the zygote may take to answer
RESULT_BYTES_LIMIT = 32 * 1024 * 1024  # what a learner's child may send back, in all
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
KEPT_VARIABLES = ("PATH", "HOME", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_NUMERIC", "TZ", "MLSTEPS_ISOLATION")


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


def _children(pid: int) -> list[int] | None:
    """The processes ``pid`` started that still run (Linux's /proc), or None where the kernel does not say."""
    tasks = Path(f"/proc/{pid}/task")
    try:
        listed = [task / "children" for task in tasks.iterdir()]
    except OSError:
        return None
    found: list[int] = []
    for path in listed:
        try:
            found += [int(child) for child in path.read_text().split()]
        except (OSError, ValueError):
            continue
    if found or any(path.exists() for path in listed):
        return found
    return None  # a kernel without CONFIG_PROC_CHILDREN


def _kill_child(pid: int) -> None:
    """Kill a child of a zygote and its process group (each child leads its own session). Only a group the child
    leads: one just forked, before its ``setsid``, is still in the zygote's group, which is also this process's."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        if os.getpgid(pid) == pid:
            os.killpg(pid, signal.SIGKILL)
        else:
            os.kill(pid, signal.SIGKILL)


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
        self._results: int | None = None  # the read end of the results pipe
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
        results, results_for_zygote = os.pipe()
        os.set_blocking(results, False)
        command = [sys.executable, "-I", "-m", "mlsteps.engine.worker", "--jobs", str(self._jobs)]
        command += ["--results", str(results_for_zygote)]
        for name in self.preload:
            command += ["--preload", name]
        if self.trusted:
            command.append("--trusted")
            environment = {**os.environ, **QUIET_THREADS}
        else:
            environment = {name: os.environ[name] for name in KEPT_VARIABLES if name in os.environ}
            environment |= QUIET_THREADS
        try:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=environment,
                cwd=self._jobs,
                pass_fds=(results_for_zygote,),
            )
        except BaseException:
            os.close(results)
            raise
        finally:
            os.close(results_for_zygote)
        self._results = results
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
        """Run one job: how it ended (the zygote's reply) with the events its child sent (``events``).

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
                seconds = float(job["limits"]["seconds"]) * 3 + REPLY_GRACE_SECONDS
                line, received, oversized = self._await_reply(process, seconds)
                if line:
                    reply = json.loads(line)
                    reply["events"] = self._events(received, reply.pop("timings", None) or {})
                    reply["oversized"] = oversized
                    return reply
                self._stop()
                if not self.trusted:
                    return {"events": [], "timed_out": False, "exit_code": None, "oversized": False, "lost": True}
                if attempt == 1:
                    raise WorkerUnavailable("the worker process stopped answering")
        raise AssertionError("unreachable")

    def _await_reply(self, process: subprocess.Popen[str], seconds: float) -> tuple[str | None, bytes, bool]:
        """The zygote's reply line, and what the child sent meanwhile (read as it comes, so the child never waits on
        a full pipe; past the limit, no more is read and the child waits until its time is up)."""
        assert process.stdout is not None and self._results is not None
        deadline = time.monotonic() + seconds
        chunks: list[bytes] = []
        size = 0
        line: str | None = None
        while line is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            watched = [process.stdout] + ([self._results] if size <= RESULT_BYTES_LIMIT else [])
            try:
                ready, _, _ = select.select(watched, [], [], remaining)
            except (OSError, ValueError):
                break
            if self._results in ready:
                size += self._drain(chunks)
            if process.stdout in ready:
                try:
                    line = process.stdout.readline()
                except (OSError, ValueError):
                    line = ""
                if not line:
                    return None, b"", False
        if line is None:
            return None, b"", False
        if size <= RESULT_BYTES_LIMIT:
            size += self._drain(chunks)  # the child has ended: all it wrote is in the pipe
        self._discard()
        return line, b"".join(chunks), size > RESULT_BYTES_LIMIT

    def _drain(self, chunks: list[bytes]) -> int:
        """Read what is waiting in the results pipe, up to a little past the limit; the number of bytes read."""
        assert self._results is not None
        read = 0
        while read <= RESULT_BYTES_LIMIT:
            try:
                chunk = os.read(self._results, 1 << 16)
            except BlockingIOError:
                break
            if not chunk:
                break
            chunks.append(chunk)
            read += len(chunk)
        return read

    def _discard(self) -> None:
        """Empty the results pipe of anything a job left past the limit, so the next job starts clean."""
        assert self._results is not None
        with contextlib.suppress(BlockingIOError, OSError):
            while os.read(self._results, 1 << 16):
                pass

    @staticmethod
    def _events(received: bytes, timings: dict[str, Any]) -> list[dict[str, Any]]:
        """The child's events, one JSON line each (up to the first line that is not one: a kill can cut a line
        short), with the zygote's timings in place of anything the child claimed."""
        events = []
        for line in received.decode("utf-8", "replace").split("\n"):
            if not line:
                continue
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                break
            if not isinstance(event, dict) or not isinstance(event.get("event"), str):
                break
            event.pop("timing", None)
            if event["event"] == "case" and event.get("id") in timings:
                event["timing"] = timings[event["id"]]
            events.append(event)
        return events

    def cancel(self) -> bool:
        """Stop the job running now; called from another thread while :meth:`run` waits for it.

        The zygote's children (the learner's, and a timing child) are killed, so the zygote answers at once that
        its child was killed, and stays warm for the next job. Where the kernel does not list a process's children,
        the zygote itself is killed (``run`` then answers that the worker was lost; the next job starts a new one).
        A job between children (a timing child not yet forked) may need another call. False when no job runs.
        """
        process = self._process
        if process is None or process.poll() is not None or not self._lock.locked():
            return False
        children = _children(process.pid)
        if children is None:
            with contextlib.suppress(OSError):
                process.kill()
            return True
        for pid in children:
            _kill_child(pid)
        return True

    def _stop(self) -> None:
        if self._results is not None:
            os.close(self._results)
            self._results = None
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
