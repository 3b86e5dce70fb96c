"""The worker: the only place where learner code runs.

Run as ``python -I -m mlsteps.engine.worker --jobs FOLDER --results FD [--preload MODULE ...] [--trusted]``, it
becomes a small fork server (a zygote): it imports the heavy libraries once, builds the sandbox's rules once
(:mod:`mlsteps.engine.sandbox`), then reads one job per line on stdin. For each job it makes a job folder, forks a
child that enters the sandbox and the job's limits, loads the learner's file, calls the entry point on every case and
streams one JSON event per case straight to the judge, through the results pipe (descriptor FD) that the judge made:
what learner code returns never passes through the zygote, whose memory every later child inherits. The zygote
watches the child's wall clock, kills it when the time is up, times the vectorising cases itself in fresh children
(the learner's clock is the learner's to patch), removes the job folder, and answers the judge with one JSON line on
stdout: how the child ended, and the timings.

A ``--trusted`` zygote runs the reference solutions: same limits, no sandbox, and never any learner code. Expected
values exist only there and in the judge, never in a zygote whose children run learner code.

Nothing here trusts the learner: the child's results are plain data (see :mod:`mlsteps.engine.plain`), and the
zygote only relays them. This module uses the standard library only, so that it starts fast.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import linecache
import os
import re
import resource
import select
import shutil
import signal
import sys
import tempfile
import time
import traceback
import types
import warnings
from pathlib import Path
from typing import Any

from mlsteps.engine import plain, sandbox
from mlsteps.engine.cases import CELL_END, FIGURE

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


def _apply_limits(limits: dict[str, Any], kernel_holds_processes: bool) -> None:
    memory = limits["memory_mb"] * 1024 * 1024
    # The child starts with whatever the zygote preloaded; the limit is on what the learner adds to that.
    address_space = _virtual_memory_bytes() + memory
    # RLIMIT_NPROC counts threads too, so it is only the fallback where seccomp does not hold processes back.
    no_processes = limits.get("processes", 0) == 0 and not kernel_holds_processes
    for name, value in (
        ("RLIMIT_AS", address_space),
        ("RLIMIT_CPU", int(limits["seconds"]) + 2),
        ("RLIMIT_FSIZE", FILE_SIZE_LIMIT),
        ("RLIMIT_CORE", 0),
        ("RLIMIT_NPROC", 0 if no_processes else None),
    ):
        if value is None or not hasattr(resource, name):
            continue
        # A platform that refuses a limit still has the wall clock and the audit hook.
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(getattr(resource, name), (value, value))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an over-large file becomes an OSError the learner sees


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


def _materialise(case: dict[str, Any], folder: Path, index: int) -> Path:
    """The folder a case runs in: its own, holding the files it hands to the learner, when it hands or collects
    files; the job folder otherwise (a folder less to make and remove)."""
    if not case.get("files") and not case.get("collect"):
        return folder
    folder = folder / f"case-{index}"
    folder.mkdir()
    _write_files(case.get("files", {}), folder)
    return folder


def _write_files(files: dict[str, str], folder: Path) -> None:
    for name, text in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


class ShownFigures:
    """The figures a notebook showed. Jupyter shows the figures open at the end of a cell, then closes them; a
    notebook's cells run here as one file call this between cells (``cases.CELL_END``) to do the same, so that the
    figure a case reads is the last one the learner saw rather than every plot of the notebook drawn on one."""

    def __init__(self) -> None:
        self.last: Any = None

    def __call__(self) -> None:
        pyplot = sys.modules.get("matplotlib.pyplot")
        if pyplot is not None and pyplot.get_fignums():
            self.last = pyplot.gcf()
            pyplot.close("all")

    def latest(self) -> Any:
        """The figure open now, else the last one shown; None when nothing was drawn."""
        pyplot = sys.modules.get("matplotlib.pyplot")
        return pyplot.gcf() if pyplot is not None and pyplot.get_fignums() else self.last


def _read_value(read: str, namespace: dict[str, Any], shown: ShownFigures) -> Any:
    """What a value case reads once the learner's code has run: an expression over the names it set, or the figure
    it drew last (``$figure``; None when it drew none)."""
    if read == FIGURE:
        return shown.latest()
    return eval(compile(read, "<the check>", "eval"), namespace)  # the mentor's expression, in the sandboxed child


def _names_set(namespace: dict[str, Any]) -> list[str]:
    """The names the learner's code set, modules left out: what a value exercise's feedback lists."""
    return sorted(
        name
        for name, value in namespace.items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    )


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


def _read_source(source: str) -> bytes | None:
    """The learner's file, read before the sandbox closes its folder; its lines kept for tracebacks."""
    try:
        data = Path(source).read_bytes()
    except OSError:
        return None
    lines = data.decode("utf-8", "replace").splitlines(keepends=True)
    linecache.cache[source] = (len(data), None, lines, source)  # no mtime: never checked against the file again
    return data


def _enter_child(job: dict[str, Any], folder: Path, policy: sandbox.Policy | None, keep: set[int]) -> None:
    """What every child that runs learner code does first: its own session, its folder, its limits, the sandbox."""
    os.setsid()
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    os.chdir(folder)
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    os.close(devnull)
    _apply_limits(job["limits"], kernel_holds_processes=policy is not None and policy.seccomp)
    if policy is not None:
        policy.enter(keep)
    for name in ("HOME", "TMPDIR", "TMP", "TEMP", "MPLCONFIGDIR", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        os.environ[name] = str(folder)  # libraries that keep caches and settings keep them in the job folder
    tempfile.tempdir = str(folder)


def _hooks(job: dict[str, Any], folder: Path) -> None:
    """Python-level advice on top of the kernel's rules: clear messages, and the only guard where there is no kernel
    sandbox."""
    if job["limits"].get("processes", 0) == 0:
        _block_new_processes()
    _guard_writes(folder)
    _block_modules(job.get("blocked", []))


def _run_child(job: dict[str, Any], result_fd: int, folder: Path, policy: sandbox.Policy | None) -> None:
    """Everything the forked child does. It never returns: it ends with os._exit."""
    results = os.fdopen(result_fd, "w", encoding="utf-8", buffering=1)

    def send(event: dict[str, Any]) -> None:
        line = json.dumps(event, ensure_ascii=False, allow_nan=False)
        if len(line) > RESULT_BYTES_LIMIT // 4:
            line = json.dumps({**{k: v for k, v in event.items() if k != "returned"}, "too_large": True})
        results.write(line + "\n")

    source = job["source"]
    data = _read_source(source)
    try:
        _enter_child(job, folder, policy, {result_fd})
    except Exception as exc:  # never run learner code outside the sandbox it was meant to run in
        send({"event": "sandbox", "message": f"{type(exc).__name__}: {exc}"})
        os._exit(72)
    writer = CappedWriter(job["limits"]["output_bytes"])
    sys.stdout = sys.stderr = writer  # type: ignore[assignment]
    warned = _collect_warnings(source)
    sys.stdin = open(os.devnull)  # noqa: SIM115 - input() then ends at once instead of waiting for ever
    _hooks(job, folder)

    namespace: dict[str, Any] = {"__name__": "__learner__", "__file__": source, "__builtins__": __builtins__}
    reads_values = job.get("answer") == "value"
    shown = ShownFigures()
    if reads_values:
        namespace[CELL_END] = shown
    exit_code = 0
    try:
        try:
            if reads_values:  # the files a notebook reads must be there before its code runs
                _write_files(job.get("files", {}), folder)
            if data is None:
                raise FileNotFoundError(f"the file {source} could not be read")
            code = compile(data, source, "exec")
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
        if reads_values and job["entry"] and job["entry"] not in namespace:
            send({"event": "no_entry", "entry": job["entry"], "defined": _names_set(namespace)[:20]})
            return
        if not reads_values and not callable(entry):
            defined = sorted(name for name, value in namespace.items() if callable(value) and not name.startswith("_"))
            send({"event": "no_entry", "entry": job["entry"], "defined": defined[:20]})
            return
        send({"event": "loaded"})
        for index, case in enumerate(job["cases"]):
            case_folder = folder if reads_values else _materialise(case, folder, index)
            os.chdir(case_folder)
            args = plain.decode(case.get("args", []))
            kwargs = plain.decode(case.get("kwargs", {}))
            started = time.perf_counter()
            try:
                event = {"event": "case", "id": case["id"]}
                if reads_values:
                    returned = _read_value(case["read"], namespace, shown)
                else:
                    returned = entry(*args, **kwargs)
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
            event["printed"] = writer.take()
            event["warnings"] = warned[:WARNINGS_KEPT]
            warned.clear()
            event["files"] = _collect(case, case_folder)
            if not reads_values:  # a value exercise's figure stays for every case that reads it
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


def _run_timing_child(
    job: dict[str, Any], case: dict[str, Any], side: str, ready_fd: int, go_fd: int, folder: Path,
    policy: sandbox.Policy | None,
) -> None:  # fmt: skip
    """A child that calls one function ``repeat`` times on fresh copies of a case's arguments, for the zygote to time.

    It loads the function and decodes the copies, says it is ready, waits for the word, calls, and exits: what it
    costs from the word to its exit is measured by the kernel, read by the zygote. ``side`` is "learner" (in the
    sandbox) or "baseline" (the exercise's own loop, trusted, read from the exercise's folder).
    """
    exit_code = 3
    try:
        timing = job["timing"]
        if side == "learner":
            data = _read_source(job["source"])
            _enter_child(job, folder, policy, {ready_fd, go_fd})
            sys.stdout = sys.stderr = CappedWriter(job["limits"]["output_bytes"])  # type: ignore[assignment]
            warnings.simplefilter("ignore")
            _hooks(job, folder)
            namespace: dict[str, Any] = {"__name__": "__learner__", "__file__": job["source"]}
            exec(compile(data or b"", job["source"], "exec"), namespace)
            function = namespace[job["entry"]]
        else:
            os.setsid()
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.chdir(folder)
            sandbox.close_all_but({ready_fd, go_fd})
            _apply_limits(job["limits"], kernel_holds_processes=False)
            sys.stdout = sys.stderr = CappedWriter(job["limits"]["output_bytes"])  # type: ignore[assignment]
            warnings.simplefilter("ignore")
            function = _load_function(timing["baseline"], timing["entry"])
        copies = [
            (plain.decode(case.get("args", [])), plain.decode(case.get("kwargs", {}))) for _ in range(timing["repeat"])
        ]
        os.write(ready_fd, b"r")
        if os.read(go_fd, 1) != b"g":
            os._exit(4)
        for args, kwargs in copies:
            function(*args, **kwargs)
        exit_code = 0
    except BaseException:
        exit_code = 5
    finally:
        os._exit(exit_code)


# ---------------------------------------------------------------------------------------------- the zygote


def _wait_readable(fd: int, seconds: float) -> bool:
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)
    return bool(poller.poll(max(seconds, 0) * 1000))


def _pidfd(pid: int) -> int | None:
    """A descriptor that becomes readable when the process ends (Linux 5.3 and later), or None."""
    try:
        return os.pidfd_open(pid)  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None


def _kill_group(pid: int) -> None:
    for target in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            target()


def _cpu_seconds(pid: int) -> float | None:
    """The CPU time a child has used so far, read from the kernel (CPUCLOCK_SCHED of the process)."""
    try:
        return time.clock_gettime(((~pid) << 3) | 2)
    except (OSError, OverflowError, AttributeError):
        return None


def _time_side(
    job: dict[str, Any], case: dict[str, Any], side: str, folder: Path, policy: sandbox.Policy | None, seconds: float
) -> float | None:
    """CPU seconds that ``repeat`` calls took in a fresh child, measured from outside it; None if it did not finish.

    The measure runs from the word "go" to the child's exit, as the kernel accounts it: nothing the child does to
    its own clock, its pipe or its output changes it.
    """
    ready_read, ready_write = os.pipe()
    go_read, go_write = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(ready_read)
            os.close(go_write)
            _run_timing_child(job, case, side, ready_write, go_read, folder, policy)
        finally:
            os._exit(6)
    os.close(ready_write)
    os.close(go_read)
    deadline = time.monotonic() + seconds
    spent: float | None = None
    try:
        ready = _wait_readable(ready_read, deadline - time.monotonic()) and os.read(ready_read, 1) == b"r"
        if ready:
            before = _cpu_seconds(pid)  # None where the kernel offers no process clock (macOS): wall time then
            started = time.perf_counter()
            os.write(go_write, b"g")
            status, usage, timed_out = _wait_for_exit(pid, deadline - time.monotonic())
            wall = time.perf_counter() - started
            pid = 0
            if not timed_out and os.waitstatus_to_exitcode(status) == 0:
                spent = usage.ru_utime + usage.ru_stime - before if before is not None else wall
    except OSError:  # the child went away mid-way (a broken pipe): no measure
        spent = None
    finally:
        for fd in (ready_read, go_write):
            with contextlib.suppress(OSError):
                os.close(fd)
        if pid:
            _kill_group(pid)
            os.waitpid(pid, 0)
    return None if spent is None else max(spent, 1e-7)


def _timings(job: dict[str, Any], folder: Path, policy: sandbox.Policy | None) -> dict[str, Any]:
    """Time the learner's function and the exercise's loop on each timed case, by case id (None where the loop
    itself could not be timed)."""
    seconds = float(job["limits"]["seconds"])
    timings: dict[str, Any] = {}
    for case in job["cases"]:
        if case.get("timed"):
            baseline = _time_side(job, case, "baseline", folder, None, seconds)
            learner = _time_side(job, case, "learner", folder, policy, seconds)
            timings[case["id"]] = None if baseline is None else {"learner": learner, "baseline": baseline}
    return timings


def _wait_for_exit(pid: int, seconds: float) -> tuple[int, Any, bool]:
    """Wait for the child to end within ``seconds``, killing its group when the time is up.

    Returns its status, its resource usage (CPU time) and whether it ran out of time. The end is the kernel's word:
    nothing the child closes or writes ends the wait early.
    """
    deadline = time.monotonic() + seconds
    pidfd = _pidfd(pid)
    try:
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                return status, usage, False
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                _kill_group(pid)
                _, status, usage = os.wait4(pid, 0)
                return status, usage, True
            if pidfd is not None:
                _wait_readable(pidfd, remaining)
            else:
                time.sleep(min(remaining, 0.002))
    finally:
        if pidfd is not None:
            os.close(pidfd)


def _fork_child(job: dict[str, Any], folder: Path, policy: sandbox.Policy | None, results_fd: int) -> dict[str, Any]:
    """Run the learner's child. It writes its events straight to the judge (``results_fd``): what learner code
    returns, a right answer included, never passes through this process, whose memory the next child inherits."""
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child
        try:
            _run_child(job, results_fd, folder, policy)
        finally:
            os._exit(71)
    status, _, timed_out = _wait_for_exit(pid, float(job["limits"]["seconds"]))
    return {
        "timed_out": timed_out,
        "exit_code": os.waitstatus_to_exitcode(status),
        "elapsed_ms": round((time.perf_counter() - started) * 1000, 3),
    }


def run_job(job: dict[str, Any], folder: Path, results_fd: int, policy: sandbox.Policy | None = None) -> dict[str, Any]:
    """Run one job in the job folder, emptied afterwards whatever happened, and describe how it ended."""
    try:
        if policy is not None:
            policy.protect(job.get("protect", []))
        reply = _fork_child(job, folder, policy, results_fd)
        if not reply["timed_out"] and job.get("timing"):
            reply["timings"] = _timings(job, folder, policy)
        return reply
    finally:
        _empty(folder)


class JobFolder:
    """The zygote's one job folder: ready (empty, the child's to use) before each job, emptied after it.

    One folder is kept and emptied rather than one made and removed per job: on a disk that discards freed blocks
    as it goes, each folder removed costs milliseconds. Whatever cannot be emptied is removed, and a new one made.
    """

    def __init__(self, jobs_root: str, policy: sandbox.Policy | None) -> None:
        self.root = jobs_root
        self.policy = policy
        self.path: Path | None = None

    def ready(self) -> Path:
        if self.path is None or not _is_empty(self.path):
            if self.path is not None:
                shutil.rmtree(self.path, ignore_errors=True)
            self.path = Path(tempfile.mkdtemp(prefix="job-", dir=self.root))
        os.chmod(self.path, 0o700)
        if self.policy is not None:
            self.policy.prepare_folder(str(self.path))
        return self.path


def _empty(folder: Path) -> None:
    """Remove everything in ``folder`` (its files and folders, whoever made them), keeping the folder itself."""
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)
        except OSError:
            pass


def _is_empty(folder: Path) -> bool:
    try:
        with os.scandir(folder) as entries:
            return next(entries, None) is None and not folder.is_symlink()
    except OSError:
        return False


def _make_policy(jobs_root: str) -> tuple[sandbox.Policy | None, sandbox.Isolation]:
    isolation = sandbox.probe()
    if isolation.level == sandbox.BASIC:
        return None, isolation
    try:
        policy = sandbox.Policy(jobs_root)
        refused = []
        for layer in ("seccomp", "landlock"):  # a kernel that says it has a layer and refuses it: give that one up
            if policy.works():
                break
            policy.without(layer)
            refused.append(layer)
        if not policy.works():
            raise sandbox.SandboxError("a child cannot enter it")
    except Exception as exc:  # say so, and check at the basic level, rather than pretend
        gaps = (f"the sandbox could not be prepared ({type(exc).__name__}: {exc})",)
        return None, sandbox.Isolation(sandbox.BASIC, gaps=gaps + sandbox._BASIC_GAPS)
    isolation = policy.isolation
    if refused:
        isolation = isolation._replace(gaps=(f"the kernel refused {' and '.join(refused)}", *isolation.gaps))
    return policy, isolation


def serve(preload: list[str], jobs_root: str, results_fd: int, trusted: bool = False) -> None:
    """Answer jobs until stdin closes: one reply line on stdout per job, the job's events on ``results_fd``."""
    plain.plain_data.REAL_TENSORS = True  # tensor arguments arrive as torch tensors in learner code
    os.chmod(jobs_root, 0o711)  # a child that is no longer root reaches its own folder, and lists no other
    with contextlib.suppress(ValueError, OSError):  # room for the sandbox's path descriptors
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 1 << 16)), hard))
    if trusted:
        policy, isolation = None, sandbox.Isolation(sandbox.BASIC, gaps=("trusted code only: no sandbox",))
    else:
        policy, isolation = _make_policy(jobs_root)
    for name in preload:
        importlib.import_module(name)
    reply = sys.stdout
    sys.stdout = sys.stderr  # anything a preloaded library prints must not corrupt the replies
    reply.write(json.dumps({"ready": True, "pid": os.getpid(), "isolation": isolation.as_dict()}) + "\n")
    reply.flush()
    folder = JobFolder(jobs_root, policy)
    # Ctrl-C in a terminal reaches the whole foreground group: the runner decides when its zygote ends, not the key.
    # A SIGTERM for the group (a service stopped, `kill` of the group) ends it, leaving no jobs folder behind.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda *_: (shutil.rmtree(jobs_root, ignore_errors=True), os._exit(0)))
    for line in sys.stdin:
        if not line.strip():
            continue
        reply.write(json.dumps(run_job(json.loads(line), folder.ready(), results_fd, policy)) + "\n")
        reply.flush()
    # The end of stdin means the runner's process has gone (a runner that closes kills its zygote first): the jobs
    # folder is then nobody's but this zygote's to remove.
    shutil.rmtree(jobs_root, ignore_errors=True)


def _arguments(argv: list[str]) -> tuple[list[str], str, int, bool]:
    preload, jobs, results, trusted = [], "", 1, False
    queue = list(argv)
    while queue:
        flag = queue.pop(0)
        if flag == "--trusted":
            trusted = True
        elif flag == "--preload":
            preload.append(queue.pop(0))
        elif flag == "--jobs":
            jobs = queue.pop(0)
        elif flag == "--results":
            results = int(queue.pop(0))
    return preload, jobs or tempfile.mkdtemp(prefix="mlsteps-jobs-"), results, trusted


if __name__ == "__main__":
    serve(*_arguments(sys.argv[1:]))
