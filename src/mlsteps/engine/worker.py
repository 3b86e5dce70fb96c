"""The worker: the only place where learner code runs.

Run as ``python -I -m mlsteps.engine.worker [--preload MODULE ...]``, it becomes a small fork server (a zygote):
it imports the heavy libraries once, then reads one job per line on stdin. For each job it forks a child that
drops its privileges to the job's limits, loads the learner's file, calls the entry point on every case and
streams one JSON event per case back through a private pipe. The zygote watches the child's wall clock, kills
it when the time is up, and answers the judge with one JSON line: the events plus how the child ended.

Nothing here trusts the learner: the child's results are plain data (see :mod:`mlsteps.engine.plain`), and the
zygote only relays them. This module uses the standard library only, so that it starts fast.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import re
import resource
import select
import signal
import sys
import tempfile
import time
import traceback
import warnings
from pathlib import Path
from typing import Any

from mlsteps.engine import plain

RESULT_BYTES_LIMIT = 32 * 1024 * 1024  # what a child may send back, in all
FILE_SIZE_LIMIT = 64 * 1024 * 1024  # the largest file a child may write
SHOWN_OUTPUT_LIMIT = 2000  # printed characters kept per case, for the feedback
WARNINGS_KEPT = 3  # distinct warnings reported per case
ANSI_CODES = re.compile(r"\x1b\[[0-9;]*m")


class OutputLimitExceeded(BaseException):
    """Raised inside the child when the learner prints more than the job allows.

    A BaseException, so that a learner's ``except Exception`` does not swallow it.
    """


class CappedWriter:
    """Stands in for sys.stdout and sys.stderr: keeps the start of what is printed and counts the rest."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.total = 0
        self.kept: list[str] = []
        self.kept_chars = 0

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self.total += len(text.encode("utf-8", "replace"))
        if self.total > self.limit:
            raise OutputLimitExceeded
        if self.kept_chars < SHOWN_OUTPUT_LIMIT:
            self.kept.append(text)
            self.kept_chars += len(text)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def take(self) -> str:
        """What was printed since the last call, shortened for the feedback."""
        text = "".join(self.kept)
        self.kept.clear()
        self.kept_chars = 0
        return text if len(text) <= SHOWN_OUTPUT_LIMIT else text[:SHOWN_OUTPUT_LIMIT] + "\n..."


# ----------------------------------------------------------------------------------------------- the child


def _block_new_processes() -> None:
    """Refuse to start processes from learner code, even for root, for whom RLIMIT_NPROC does nothing."""
    blocked = ("os.fork", "os.forkpty", "os.posix_spawn", "os.spawn", "os.exec", "os.system", "subprocess.Popen")

    def hook(event: str, _args: tuple) -> None:
        if event.startswith(blocked):
            raise PermissionError("exercises may not start other processes")

    sys.addaudithook(hook)


WRITING_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
# Audit events that change the file system; their first argument is the path changed (os.rename: both).
CHANGING_EVENTS = {
    "os.remove": 1, "os.rmdir": 1, "os.mkdir": 1, "os.chmod": 1, "os.chown": 1, "os.utime": 1,
    "os.truncate": 1, "os.rename": 2, "os.link": 2, "os.symlink": 2, "shutil.rmtree": 1,
}  # fmt: skip


def _guard_writes(folder: Path) -> None:
    """Let learner code write, move and delete files only inside the folder it runs in.

    The judge keeps its expected values and a mentor's checks in files this process could otherwise reach; a
    check must not be able to change them for the next one. (An audit hook raises the bar for Python code; it is
    not an operating-system sandbox: code that loads C functions through ctypes could get past it.)
    """
    inside = os.path.realpath(folder)
    tempfile.tempdir = inside  # what the learner's own temporary files use

    def allowed(path: object) -> bool:
        if isinstance(path, int):  # an already open descriptor
            return True
        text = os.fsdecode(path) if isinstance(path, bytes | os.PathLike) else str(path)
        if text == os.devnull:
            return True
        real = os.path.realpath(text)
        return real == inside or real.startswith(inside + os.sep)

    def hook(event: str, args: tuple) -> None:
        if event == "open":
            path, mode, flags = args
            writing = any(c in mode for c in "wax+") if isinstance(mode, str) else bool((flags or 0) & WRITING_FLAGS)
            if writing and not allowed(path):
                raise PermissionError(f"exercises may only write files in the folder they run in, not {path!r}")
        elif event in CHANGING_EVENTS and not all(allowed(p) for p in args[: CHANGING_EVENTS[event]]):
            raise PermissionError(f"exercises may only change files in the folder they run in ({event} refused)")

    sys.addaudithook(hook)


class BlockedModule(ImportError):
    """Raised when an exercise that rebuilds a library tries to import that library."""


class _ModuleBlocker:
    """A meta-path finder that refuses the modules an exercise asks the learner to build themselves."""

    def __init__(self, blocked: list[str]) -> None:
        self.blocked = blocked

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        root = name.split(".")[0]
        if root in self.blocked:
            raise BlockedModule(
                f"this exercise is about building it yourself, so `{root}` cannot be imported here: "
                "use NumPy and plain Python"
            )


def _block_modules(blocked: list[str]) -> None:
    """Forget any blocked module the zygote preloaded, and refuse to import it again."""
    if not blocked:
        return
    for name in list(sys.modules):
        if name.split(".")[0] in blocked:
            del sys.modules[name]
    sys.meta_path.insert(0, _ModuleBlocker(blocked))


def _virtual_memory_bytes() -> int:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _apply_limits(limits: dict[str, Any]) -> None:
    memory = limits["memory_mb"] * 1024 * 1024
    # The child starts with whatever the zygote preloaded; the limit is on what the learner adds to that.
    address_space = _virtual_memory_bytes() + memory
    for name, value in (
        ("RLIMIT_AS", address_space),
        ("RLIMIT_CPU", int(limits["seconds"]) + 2),
        ("RLIMIT_FSIZE", FILE_SIZE_LIMIT),
        ("RLIMIT_CORE", 0),
        ("RLIMIT_NPROC", 0 if limits.get("processes", 0) == 0 else None),
    ):
        if value is None or not hasattr(resource, name):
            continue
        # A platform that refuses a limit still has the wall clock and the audit hook.
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(getattr(resource, name), (value, value))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an over-large file becomes an OSError the learner sees
    if limits.get("processes", 0) == 0:
        _block_new_processes()


def _error_report(exc: BaseException, source: str) -> dict[str, Any]:
    """The exception's type and message, and only the learner's own frames."""
    frames = [
        {"file": frame.filename, "line": frame.lineno, "function": frame.name, "code": frame.line or ""}
        for frame in traceback.extract_tb(exc.__traceback__)
        if frame.filename == source
    ]
    if len(frames) > 8:  # deep recursion: the first and last frames tell the story
        frames = [*frames[:4], {"omitted": len(frames) - 8}, *frames[-4:]]
    message = ANSI_CODES.sub("", str(exc))[:1000]  # libraries colour their messages for terminals
    report: dict[str, Any] = {"type": type(exc).__name__, "message": message, "frames": frames}
    during = [
        note.removeprefix("mlsteps-during: ") for note in getattr(exc, "__notes__", []) if "mlsteps-during" in note
    ]
    if during:
        report["during"] = during[-1]
    if isinstance(exc, SyntaxError) and exc.filename == source:
        report["syntax"] = {"line": exc.lineno, "offset": exc.offset, "text": (exc.text or "").rstrip("\n")}
    return report


def _collect_warnings(source: str) -> list[str]:
    """Warnings become information for the feedback (with the learner's line), not printed output."""
    warned: list[str] = []

    def record(message: Any, category: type, filename: str, lineno: int, file: Any = None, line: Any = None) -> None:
        where = f" (line {lineno} of your file)" if filename == source else ""
        text = f"{category.__name__}: {message}{where}"
        if text not in warned:
            warned.append(text)

    warnings.simplefilter("default")
    warnings.showwarning = record
    return warned


def _materialise(case: dict[str, Any], folder: Path) -> None:
    """Write the files a case hands to the learner into the case's own folder."""
    folder.mkdir()
    for name, text in case.get("files", {}).items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def _collect(case: dict[str, Any], folder: Path) -> dict[str, Any]:
    """The files the case asked for: text as it is; an image or other binary file as what kind it is."""
    collected: dict[str, Any] = {}
    for name in case.get("collect", []):
        try:
            data = (folder / name).read_bytes()
        except OSError:
            collected[name] = None
            continue
        try:
            collected[name] = data.decode("utf-8")[:1_000_000]
        except UnicodeDecodeError:
            collected[name] = _binary_summary(data)
    return collected


def _binary_summary(data: bytes) -> dict[str, Any]:
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        return {"kind": "PNG image", "width": width, "height": height}
    if data.startswith(b"%PDF"):
        return {"kind": "PDF document"}
    if data.startswith(b"\xff\xd8"):
        return {"kind": "JPEG image"}
    return {"kind": "binary file"}


def _load_function(path: str, name: str) -> Any:
    """A function from a trusted file of the exercise (the loop a vectorising exercise is timed against)."""
    namespace: dict[str, Any] = {"__name__": "__baseline__"}
    exec(compile(Path(path).read_bytes(), path, "exec"), namespace)
    return namespace[name]


def _best_time(function: Any, case: dict[str, Any], repeat: int) -> float:
    """The fastest of ``repeat`` calls on fresh copies of the case's arguments, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        args, kwargs = plain.decode(case.get("args", [])), plain.decode(case.get("kwargs", {}))
        started = time.perf_counter()
        function(*args, **kwargs)
        best = min(best, time.perf_counter() - started)
    return best


def _close_figures() -> None:
    """Figures a case drew must not leak into the next one."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close("all")


def _attribute(value: Any, path: str) -> Any:
    """``steps.0.1.mean_`` read off a returned object (numbers index); a missing attribute reads as None."""
    for name in path.split("."):
        if name.isdigit():
            try:
                value = value[int(name)]
            except (TypeError, IndexError, KeyError):
                return None
        else:
            value = getattr(value, name, None)
    return value


def _follow_up(model: Any, then: dict[str, Any]) -> Any:
    """Call a method of what the function returned, such as a trained model's ``predict`` on held-out inputs.

    Only the result goes back to the judge, never the model, and the judge keeps the answers to score it.
    """
    method = model if then["call"] == "__call__" and callable(model) else getattr(model, then["call"], None)
    if not callable(method):
        advice = (
            "only classifiers give class probabilities: is this the right kind of model?"
            if then["call"] == "predict_proba"
            else "return the trained model itself"
        )
        raise TypeError(
            f"your function returned {type(model).__name__}, which has no {then['call']}() method: {advice}"
        )
    return method(*plain.decode(then.get("args", [])))


def _changed_arguments(case: dict[str, Any], args: list[Any], kwargs: dict[str, Any]) -> dict[str, Any]:
    """The arguments the call changed in place (a list appended to, a dict updated), with their new value."""
    before = {str(number): value for number, value in enumerate(case.get("args", []), start=1)}
    before.update(case.get("kwargs", {}))
    after = {str(number): plain.encode(value) for number, value in enumerate(args, start=1)}
    after.update({name: plain.encode(value) for name, value in kwargs.items()})
    return {name: value for name, value in after.items() if value != before.get(name)}


def _run_child(job: dict[str, Any], result_fd: int) -> None:
    """Everything the forked child does. It never returns: it ends with os._exit."""
    results = os.fdopen(result_fd, "w", encoding="utf-8", buffering=1)

    def send(event: dict[str, Any]) -> None:
        line = json.dumps(event, ensure_ascii=False, allow_nan=False)
        if len(line) > RESULT_BYTES_LIMIT // 4:
            line = json.dumps({**{k: v for k, v in event.items() if k != "returned"}, "too_large": True})
        results.write(line + "\n")

    os.setsid()
    workdir = Path(tempfile.mkdtemp(prefix="mlsteps-job-"))
    os.chdir(workdir)
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    writer = CappedWriter(job["limits"]["output_bytes"])
    sys.stdout = sys.stderr = writer  # type: ignore[assignment]
    warned = _collect_warnings(job["source"])
    sys.stdin = open(os.devnull)  # noqa: SIM115 - input() then ends at once instead of waiting for ever
    source = job["source"]
    sys.path.insert(0, str(Path(source).parent))
    _apply_limits(job["limits"])
    _guard_writes(workdir)
    _block_modules(job.get("blocked", []))

    namespace: dict[str, Any] = {"__name__": "__learner__", "__file__": source, "__builtins__": __builtins__}
    exit_code = 0
    try:
        try:
            code = compile(Path(source).read_bytes(), source, "exec")
            exec(code, namespace)
        except (Exception, SystemExit, OutputLimitExceeded, MemoryError) as exc:
            if isinstance(exc, OutputLimitExceeded):
                send({"event": "limit", "kind": "output", "case": None})
            elif isinstance(exc, MemoryError):
                send({"event": "limit", "kind": "memory", "case": None})
            elif isinstance(exc, SystemExit):
                send({"event": "exit", "code": str(exc.code), "case": None, "printed": writer.take()})
            else:
                send({"event": "load_error", "error": _error_report(exc, source), "printed": writer.take()})
            return
        entry = namespace.get(job["entry"])
        if not callable(entry):
            defined = sorted(name for name, value in namespace.items() if callable(value) and not name.startswith("_"))
            send({"event": "no_entry", "entry": job["entry"], "defined": defined[:20]})
            return
        send({"event": "loaded"})
        for index, case in enumerate(job["cases"]):
            folder = workdir / f"case-{index}"
            _materialise(case, folder)
            os.chdir(folder)
            args = plain.decode(case.get("args", []))
            kwargs = plain.decode(case.get("kwargs", {}))
            started = time.perf_counter()
            try:
                returned = entry(*args, **kwargs)
                event = {"event": "case", "id": case["id"]}
                event["changed"] = _changed_arguments(case, args, kwargs)
                if case.get("inspect"):
                    event["inspected"] = {path: plain.encode(_attribute(returned, path)) for path in case["inspect"]}
                if case.get("then"):
                    try:
                        returned = _follow_up(returned, case["then"])
                    except Exception as exc:
                        exc.add_note(f"mlsteps-during: {case['then']['call']}")
                        raise
                event["returned"] = plain.encode(returned)
            except OutputLimitExceeded:
                send({"event": "limit", "kind": "output", "case": case["id"]})
                return
            except MemoryError:
                send({"event": "limit", "kind": "memory", "case": case["id"]})
                return
            except SystemExit as exc:
                send({"event": "exit", "code": str(exc.code), "case": case["id"], "printed": writer.take()})
                return
            except BaseException as exc:
                event = {"event": "case", "id": case["id"], "error": _error_report(exc, source)}
            event["ms"] = round((time.perf_counter() - started) * 1000, 3)
            if case.get("timed") and "error" not in event and job.get("timing"):
                timing = job["timing"]
                try:
                    baseline = _load_function(timing["baseline"], timing["entry"])
                    event["timing"] = {
                        "learner": _best_time(entry, case, timing["repeat"]),
                        "baseline": _best_time(baseline, case, timing["repeat"]),
                    }
                except Exception:  # a call that raises only when repeated: the answer stands, the timing doesn't
                    event["timing"] = None
            event["printed"] = writer.take()
            event["warnings"] = warned[:WARNINGS_KEPT]
            warned.clear()
            event["files"] = _collect(case, folder)
            _close_figures()
            send(event)
        send({"event": "done"})
    except OutputLimitExceeded:
        send({"event": "limit", "kind": "output", "case": None})
    except MemoryError:
        send({"event": "limit", "kind": "memory", "case": None})
    except BaseException:
        exit_code = 70
    finally:
        try:
            results.flush()
        finally:
            os._exit(exit_code)


# ---------------------------------------------------------------------------------------------- the zygote


def _read_until_exit(pid: int, read_fd: int, seconds: float) -> tuple[bytes, bool]:
    """Read the child's events until it closes the pipe or its time is up; kill it in the second case."""
    deadline = time.monotonic() + seconds
    chunks: list[bytes] = []
    size = 0
    timed_out = False
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = True
            break
        ready, _, _ = select.select([read_fd], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(read_fd, 1 << 16)
        if not chunk:
            break
        size += len(chunk)
        if size > RESULT_BYTES_LIMIT:
            break
        chunks.append(chunk)
    if timed_out or size > RESULT_BYTES_LIMIT:
        _kill_group(pid)
    return b"".join(chunks), timed_out


def _kill_group(pid: int) -> None:
    for target in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            target()


def run_job(job: dict[str, Any]) -> dict[str, Any]:
    """Fork a child for one job, wait for it within the job's wall-clock limit, and describe what happened."""
    read_fd, write_fd = os.pipe()
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_fd)
        try:
            _run_child(job, write_fd)
        finally:
            os._exit(71)
    os.close(write_fd)
    try:
        data, timed_out = _read_until_exit(pid, read_fd, float(job["limits"]["seconds"]))
    finally:
        os.close(read_fd)
    _, status = os.waitpid(pid, 0)
    events = []
    for line in data.decode("utf-8", "replace").splitlines():
        try:
            events.append(json.loads(line))
        except json.JSONDecodeError:
            break  # a line cut short by a kill: what came before it stands
    return {
        "events": events,
        "timed_out": timed_out,
        "exit_code": os.waitstatus_to_exitcode(status),
        "oversized": len(data) > RESULT_BYTES_LIMIT,
        "elapsed_ms": round((time.perf_counter() - started) * 1000, 3),
    }


def serve(preload: list[str]) -> None:
    plain.plain_data.REAL_TENSORS = True  # tensor arguments arrive as torch tensors in learner code
    for name in preload:
        importlib.import_module(name)
    reply = sys.stdout
    sys.stdout = sys.stderr  # anything a preloaded library prints must not corrupt the replies
    reply.write(json.dumps({"ready": True, "pid": os.getpid()}) + "\n")
    reply.flush()
    for line in sys.stdin:
        if not line.strip():
            continue
        reply.write(json.dumps(run_job(json.loads(line))) + "\n")
        reply.flush()


if __name__ == "__main__":
    args = sys.argv[1:]
    serve([name for flag, name in zip(args[::2], args[1::2], strict=True) if flag == "--preload"])
