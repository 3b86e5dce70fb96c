"""The sandbox around learner code: the hostile corpus (tests/hostile/) through the judge, grading and the web page,
each attack blocked and given a verdict while everything else goes on; the trusted reference worker and its canary;
job folders removed; timing measured from outside; and the fallback where the kernel offers less.

Tests that need the kernel's layers skip where this machine lacks them, unless MLSTEPS_REQUIRE_SANDBOX=1 (as in CI),
where a missing layer is a failure.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from mlsteps.engine import plain, sandbox
from mlsteps.engine.catalog import Catalog
from mlsteps.engine.judge import Judge as PlainJudge
from mlsteps.engine.verdict import CRASHED, ERROR, FAILED, PASSED

HOSTILE = Path(__file__).parent / "hostile"
COURSE = Path(__file__).parent / "fixtures" / "course"
EXERCISE = "python/list-comprehensions"
RIGHT = "def even_squares(numbers):\n    return [n * n for n in numbers if n % 2 == 0]\n"
REQUIRED = os.environ.get("MLSTEPS_REQUIRE_SANDBOX") == "1"


def need_full_isolation() -> None:
    isolation = sandbox.probe()
    if isolation.full:
        return
    reason = f"this machine's isolation is {isolation.describe()}"
    if REQUIRED:
        pytest.fail(f"full isolation is required here (MLSTEPS_REQUIRE_SANDBOX=1), but {reason}")
    pytest.skip(reason)


ANY_LEVEL: set[str] = set()


def any_level(test):
    """Marks a test that runs whatever isolation this machine offers (the others need it full)."""
    ANY_LEVEL.add(test.__name__)
    return test


@pytest.fixture(autouse=True)
def full_isolation(request):
    if request.function.__name__ not in ANY_LEVEL:
        need_full_isolation()


def hostile(name: str, folder: Path, **values: object) -> Path:
    """A file of the corpus with its placeholders filled in, written where a learner's file would be."""
    text = (HOSTILE / name).read_text()
    for key, value in values.items():
        text = text.replace(f"@{key}@", str(value))
    assert "@" not in text.replace("'@'", ""), f"{name}: a placeholder was left unfilled"
    target = folder / name
    target.write_text(text)
    return target


class Judge(PlainJudge):
    """The judge, keeping the last raw reply of a learner's run: what the hostile files report is read from it in
    full (a verdict shows values shortened)."""

    def _interpret(self, exercise, cases, expected, reply, started, **more):
        self.last_reply = reply
        return super()._interpret(exercise, cases, expected, reply, started, **more)


@pytest.fixture(scope="module")
def judge():
    with Judge() as warm:
        yield warm


@pytest.fixture
def secrets_around(tmp_path):
    """What a judge keeps from learners, laid out as on a mentor's machine: a course, a reference cache, a workspace
    with its store, and a gradebook."""
    course = tmp_path / "course"
    shutil.copytree(COURSE, course)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "python--list-comprehensions-abc.json").write_text('{"1": {"returned": "the expected values"}}')
    workspace = tmp_path / "workspace"
    (workspace / ".mlsteps").mkdir(parents=True)
    (workspace / ".mlsteps" / "journey.db").write_bytes(b"SQLite format 3\x00 the journey")
    (workspace / "1-python" / "basics").mkdir(parents=True)
    (workspace / "1-python" / "basics" / "other-exercise.py").write_text("my other answer")
    gradebook = tmp_path / "gradebook.db"
    gradebook.write_bytes(b"SQLite format 3\x00 the grades")
    files = {
        "check": course / "basics" / "safe-ratio" / "check.py",
        "solution": course / "basics" / "safe-ratio" / "solution.py",
        "cache": cache / "python--list-comprehensions-abc.json",
        "store": workspace / ".mlsteps" / "journey.db",
        "other": workspace / "1-python" / "basics" / "other-exercise.py",
        "gradebook": gradebook,
    }
    before = {name: path.read_bytes() for name, path in files.items()}
    yield {"course": course, "cache": cache, "workspace": workspace, "files": files}
    after = {name: path.read_bytes() for name, path in files.items()}
    assert after == before, "a file the learner must not change was changed"


def check(judge: Judge, catalog: Catalog, source: Path, exercise: str = EXERCISE):
    return judge.check(catalog.get(exercise), source)


def returned(judge: Judge) -> object:
    """What the learner's function gave on the first case (the hostile files report what they managed)."""
    event = next(e for e in judge.last_reply["events"] if e["event"] == "case")
    return plain.decode(event["returned"])


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def processes_named(name: str) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if Path(f"/proc/{entry}/comm").read_text().strip() == name[:15]:
                    found.append(int(entry))
            except OSError:
                pass
    return found


def children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


# ------------------------------------------------------------------------------------------------------- files


def test_the_write_guard_switched_off_from_python_still_cannot_change_a_course(
    judge, catalog, tmp_path, secrets_around
):
    source = hostile("replace_hook_helpers.py", tmp_path, TARGET=secrets_around["files"]["check"])
    verdict = check(judge, catalog, source)
    assert verdict.verdict == ERROR and "PermissionError" in verdict.text()


def test_sqlite_cannot_write_the_gradebook(judge, catalog, tmp_path, secrets_around):
    source = hostile("sqlite_gradebook.py", tmp_path, GRADEBOOK=secrets_around["files"]["gradebook"])
    verdict = check(judge, catalog, source)
    assert verdict.verdict == ERROR and "unable to open database file" in verdict.text()


def test_learner_code_reads_nothing_of_the_judge_or_of_other_work(judge, catalog, tmp_path, secrets_around):
    files = secrets_around["files"]
    targets = [
        *(str(path) for path in files.values()),
        str(secrets_around["course"] / "basics"),
        str(secrets_around["cache"]),
        str(secrets_around["workspace"]),
        str(catalog.get(EXERCISE).folder / "solution.py"),  # the package's own exercises
        str(catalog.get(EXERCISE).folder.parent),
        f"/proc/{os.getpid()}/environ",
        f"/proc/{os.getpid()}/cmdline",
        "/proc/1/status",
        "/etc/hostname",
        str(Path.home()),
    ]
    source = hostile("read_secrets.py", tmp_path, TARGETS="\\n".join(targets))
    verdict = check(judge, catalog, source)
    got = returned(judge)
    assert verdict.verdict == FAILED and set(got) == set(targets)
    assert all(outcome == "PermissionError" for outcome in got.values()), got


def test_learner_code_still_reads_python_the_packages_and_the_shipped_data(catalog, tmp_path):
    exercise = catalog.get("pandas/groupby-mean")
    source = tmp_path / "reads.py"
    source.write_text(
        exercise.solution
        + "\nimport fractions, sqlite3, xml.dom.minidom\nfrom mlsteps.data import load_dataset\n"
        + "assert len(load_dataset('sales')) > 0\n"
    )
    with Judge() as fresh:
        assert fresh.check(exercise, source).passed


# --------------------------------------------------------------------------------------------------- processes


def test_fork_exec_past_the_audit_hook_starts_nothing(judge, catalog, tmp_path):
    marker = tmp_path / "started"
    verdict = check(judge, catalog, hostile("fork_posixsubprocess.py", tmp_path, MARKER=marker))
    assert verdict.verdict == FAILED and returned(judge).startswith("refused: PermissionError"), returned(judge)
    time.sleep(0.2)
    assert not marker.exists()


def test_fork_and_clone_through_ctypes_are_refused(judge, catalog, tmp_path):
    mark = "mls" + secrets.token_hex(5)
    verdict = check(judge, catalog, hostile("fork_ctypes.py", tmp_path, MARK=mark))
    got = returned(judge)
    assert verdict.verdict == FAILED
    assert got["fork"] == (-1, "Operation not permitted") and got.get("clone", got["fork"]) == got["fork"], got
    assert processes_named(mark) == []


def test_every_way_python_offers_to_start_a_process_is_refused(judge, catalog, tmp_path):
    verdict = check(judge, catalog, hostile("os_fork.py", tmp_path))
    got = returned(judge)
    assert verdict.verdict == FAILED and set(got.values()) == {"PermissionError"} and len(got) == 4, got


def test_nothing_a_check_starts_outlives_it(judge, catalog, tmp_path):
    mark = "mls" + secrets.token_hex(5)
    verdict = check(judge, catalog, hostile("leave_process.py", tmp_path, MARK=mark))
    # (each case starts a sleeping thread: past thirty of them the memory limit refuses another, an error)
    assert verdict.verdict in (FAILED, ERROR) and returned(judge) == [-1, "Operation not permitted"], returned(judge)
    assert verdict.duration_ms < 10_000  # the sleeping threads ended with the child
    zygote = judge.runner(catalog.get(EXERCISE))._process.pid
    assert children(zygote) == [] and processes_named(mark) == []


def test_threads_still_work_in_the_sandbox(judge, catalog, tmp_path):
    source = tmp_path / "threads.py"
    source.write_text(
        "from concurrent.futures import ThreadPoolExecutor\n\n"
        "def even_squares(numbers):\n"
        "    with ThreadPoolExecutor(4) as pool:\n"
        "        return list(pool.map(lambda n: n * n, [n for n in numbers if n % 2 == 0]))\n"
    )
    assert check(judge, catalog, source).passed


# ------------------------------------------------------------------------------------------ signals and memory


def test_killing_the_zygote_is_refused_and_it_goes_on(judge, catalog, tmp_path):
    runner = judge.runner(catalog.get(EXERCISE))
    check(judge, catalog, catalog.get(EXERCISE).solution_path)
    zygote = runner._process.pid
    verdict = check(judge, catalog, hostile("kill_parent.py", tmp_path))
    got = returned(judge)
    assert verdict.verdict == FAILED, verdict.text()
    assert got == {
        "os.kill": "PermissionError",
        "libc.kill": (-1, "Operation not permitted"),
        "pidfd": "PermissionError",
    }
    assert alive(zygote) and runner._process.pid == zygote
    assert check(judge, catalog, catalog.get(EXERCISE).solution_path).passed


def test_other_workers_children_and_the_judge_cannot_be_killed(catalog, tmp_path):
    exercise = catalog.get(EXERCISE)
    slow = tmp_path / "slow.py"
    slow.write_text("import time\n\n" + RIGHT.replace("    return", "    time.sleep(0.5)\n    return"))
    bystander = subprocess.Popen(["sleep", "60"])
    verdicts = {}
    with Judge() as first, Judge() as second:
        first.check(exercise, exercise.solution_path)
        second.check(exercise, exercise.solution_path)
        running = threading.Thread(target=lambda: verdicts.setdefault("slow", first.check(exercise, slow)))
        running.start()
        zygote = first.runner(exercise)._process.pid
        for _ in range(100):
            if children(zygote):
                break
            time.sleep(0.02)
        victims = [*children(zygote), zygote, bystander.pid, os.getpid()]
        assert len(victims) == 4
        verdict = second.check(exercise, hostile("kill_others.py", tmp_path, VICTIMS=",".join(map(str, victims))))
        got = returned(second)
        running.join()
    try:
        assert verdict.verdict == FAILED and set(got.values()) == {"PermissionError"} and len(got) == 4, got
        assert verdicts["slow"].passed
        assert bystander.poll() is None
    finally:
        bystander.kill()
        bystander.wait()


def test_ptrace_and_reading_another_process_are_refused(judge, catalog, tmp_path):
    verdict = check(judge, catalog, hostile("ptrace_parent.py", tmp_path))
    got = returned(judge)
    assert verdict.verdict == FAILED
    assert got == {"ptrace": (-1, "Operation not permitted"), "process_vm_readv": (-1, "Operation not permitted")}


def canary_course(folder: Path, canary: str) -> Path:
    """A course with one exercise whose reference returns ``canary``."""
    course = folder / "canary-course"
    exercise = course / "secrets" / "canary"
    (exercise / "mistakes").mkdir(parents=True)
    (course / "course.toml").write_text('[course]\nid = "canary"\ntitle = "The canary"\nstep = 1\n')
    (exercise / "exercise.toml").write_text(
        'format = 1\nid = "canary/secret"\ntitle = "A secret"\nentry = "secret"\nminutes = 1\ndifficulty = 1\n'
        'order = 1\ntags = ["secrets"]\nhints = ["It is the canary.", "Return it."]\n'
    )
    (exercise / "prompt.md").write_text("# A secret\n\nReturn the secret.\n")
    (exercise / "starter.py").write_text("def secret(n):\n    return None\n")
    (exercise / "solution.py").write_text(f"def secret(n):\n    return 'CANARY-' + {canary[7:]!r}\n")
    (exercise / "check.py").write_text(
        "from mlsteps.engine.cases import case\n\n\ndef cases(rng):\n    yield case(1)\n    yield case(2)\n"
    )
    return course


def test_the_references_answer_is_nowhere_in_the_learners_memory_or_its_parents(tmp_path):
    canary = "CANARY-" + secrets.token_hex(16)
    catalog = Catalog(courses=[canary_course(tmp_path, canary)])
    exercise = catalog.get("canary/secret")
    with Judge() as judge:
        assert judge.check(exercise, exercise.solution_path).passed  # the reference has run: the canary is known
        assert judge.expected(exercise, exercise.cases())["1"]["returned"] == canary
        verdict = judge.check(exercise, hostile("scan_memory.py", tmp_path))
    got = verdict.cases[0].got
    assert verdict.verdict == FAILED
    assert "'control_found': True" in got and "'own_read': 'read'" in got, got  # the scan works
    assert "'parent_read': 'PermissionError'" in got, got
    assert canary not in got and canary[7:] not in got
    raw = returned(judge)
    assert raw["control_found"] and raw["own"] == [] and raw["parent"] == [], raw
    assert raw["own_read"] == "read" and raw["parent_read"] == "PermissionError", raw


# ------------------------------------------------------------------------------------------------------ network


def test_no_tcp_connection_or_listening(judge, catalog, tmp_path):
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    try:
        verdict = check(judge, catalog, hostile("socket_tcp.py", tmp_path, PORT=port))
        got = returned(judge)
        assert verdict.verdict == FAILED and "sent" not in got.values() and isinstance(got["listen"], str), got
        with pytest.raises(TimeoutError):
            listener.accept()
    finally:
        listener.close()


def test_no_udp_raw_packet_or_netlink_socket(judge, catalog, tmp_path):
    receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    receiver.bind(("127.0.0.1", 0))
    receiver.settimeout(0.5)
    try:
        verdict = check(judge, catalog, hostile("socket_udp.py", tmp_path, PORT=receiver.getsockname()[1]))
        got = returned(judge)
        assert verdict.verdict == FAILED and set(got.values()) <= {"OSError", "PermissionError"} and len(got) == 5, got
        with pytest.raises(TimeoutError):
            receiver.recvfrom(100)
    finally:
        receiver.close()


def test_no_abstract_unix_socket_outside_the_child(judge, catalog, tmp_path):
    name = "mlsteps-test-" + secrets.token_hex(6)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind("\0" + name)
    listener.listen()
    listener.settimeout(0.5)
    try:
        verdict = check(judge, catalog, hostile("unix_abstract.py", tmp_path, NAME=name))
        assert verdict.verdict == FAILED and returned(judge) == "PermissionError", returned(judge)
        with pytest.raises(TimeoutError):
            listener.accept()
    finally:
        listener.close()


# -------------------------------------------------------------------------------------------- timing from outside


def test_a_patched_clock_does_not_make_a_loop_fast(judge, catalog, tmp_path):
    verdict = check(judge, catalog, hostile("patch_clock.py", tmp_path), "numpy/vectorise-clip-scale")
    assert verdict.verdict == FAILED
    assert "times as fast as the Python loop" in verdict.text()


def test_a_timed_call_that_fails_when_repeated_does_not_skip_the_timing(judge, catalog, tmp_path):
    exercise = catalog.get("numpy/vectorise-clip-scale")
    source = tmp_path / "once.py"
    source.write_text(
        "import numpy as np\n\nCALLS = []\n\n\ndef scale_between(values, low, high):\n"
        "    CALLS.append(len(values))\n"
        "    if sum(size > 1000 for size in CALLS) > 1:  # called again on the large input: being timed\n"
        "        raise RuntimeError('only once')\n"
        "    return (np.clip(values, low, high) - low) / (high - low)\n"
    )
    verdict = judge.check(exercise, source)
    assert verdict.verdict == FAILED and "cannot count as fast enough" in verdict.text()


# ------------------------------------------------------------------------------------------------ job folders


@any_level
def test_every_job_folder_is_emptied_whatever_the_verdict_and_removed_at_the_end(catalog, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    exercise = catalog.get(EXERCISE)
    endings = {
        "passes": RIGHT,
        "writes": "import pathlib\n\ndef even_squares(numbers):\n    pathlib.Path('big').write_bytes(b'x' * 10**6)\n"
        "    return []\n",
        "loops": "def even_squares(numbers):\n    while True:\n        pass\n",
        "exits": "import os\n\ndef even_squares(numbers):\n    os._exit(3)\n",
    }
    with Judge() as judge:
        for name, code in endings.items():
            (tmp_path / f"{name}.py").write_text(code)
            judge.check(exercise, tmp_path / f"{name}.py")
        jobs = judge.runner(exercise)._jobs
        assert jobs is not None and jobs.parent == tmp_path
        left = [path for path in jobs.rglob("*") if not path.is_dir() or any(path.iterdir())]
        assert left == []  # the zygote's one job folder, emptied after each verdict
    assert not jobs.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{name}.py" for name in endings)


# -------------------------------------------------------------------------------------------- lower levels


@any_level
def test_probe_reports_a_level_and_what_it_does_not_stop():
    isolation = sandbox.probe()
    assert isolation.level in (sandbox.FULL, sandbox.PARTIAL, sandbox.BASIC)
    assert isolation.describe()
    assert bool(isolation.gaps) == (isolation.level != sandbox.FULL)
    assert sandbox.Isolation.from_dict(json.loads(json.dumps(isolation.as_dict()))) == isolation


@any_level
def test_at_the_basic_level_self_checks_still_work_and_a_lost_worker_is_that_learners_crash(
    catalog, tmp_path, monkeypatch
):
    monkeypatch.setenv(sandbox.FORCE_VARIABLE, "basic")
    exercise = catalog.get(EXERCISE)
    (tmp_path / "right.py").write_text(RIGHT)
    (tmp_path / "killer.py").write_text(
        "import ctypes, os\n\ndef even_squares(numbers):\n    ctypes.CDLL(None).kill(os.getppid(), 9)\n    return []\n"
    )
    with Judge() as judge:
        assert judge.isolation(exercise).level == sandbox.BASIC
        assert "ctypes" in " ".join(judge.isolation(exercise).gaps)
        assert judge.check(exercise, tmp_path / "right.py").passed
        first = judge.runner(exercise)._process.pid
        verdict = judge.check(exercise, tmp_path / "killer.py")
        assert verdict.verdict == CRASHED and "worker process that ran your code ended" in verdict.text()
        assert judge.check(exercise, tmp_path / "right.py").verdict == PASSED
        assert judge.runner(exercise)._process.pid != first


@any_level
def test_the_seccomp_program_is_well_formed():
    for arch in ("x86_64", "aarch64"):
        program = sandbox.seccomp_program(arch)
        assert len(program) % 8 == 0 and 20 < len(program) // 8 < 255


@any_level
def test_a_protected_folder_inside_an_allowed_one_is_cut_out(tmp_path):
    need_landlock = sandbox.landlock_abi() >= 1
    if not need_landlock:
        pytest.skip("no Landlock here")
    policy = sandbox.Policy(str(tmp_path))
    site = next(root for root in policy.roots if root.endswith("site-packages"))
    numpy = os.path.join(site, "numpy")
    assert policy.readable(os.path.join(numpy, "__init__.py"))
    assert policy.protect([numpy]) and not policy.protect([numpy])
    assert not policy.readable(os.path.join(numpy, "__init__.py"))
    assert policy.readable(os.path.join(site, "pandas", "__init__.py"))
    content = os.path.join(policy.package, "content")
    assert not policy.readable(os.path.join(content, "exercises"))
    assert policy.readable(os.path.join(content, "datasets"))
    assert policy.readable(os.path.join(policy.package, "engine", "worker.py"))


def test_a_sandboxed_child_has_no_capabilities_and_no_new_privileges(judge, catalog, tmp_path):
    source = tmp_path / "status.py"
    source.write_text(
        "def even_squares(numbers):\n"
        "    fields = dict(line.split(':', 1) for line in open('/proc/self/status'))\n"
        "    return [fields[name].strip() for name in ('CapEff', 'CapPrm', 'NoNewPrivs', 'Seccomp')]\n"
    )
    check(judge, catalog, source)
    got = returned(judge)
    assert got == ["0000000000000000", "0000000000000000", "1", "2"], got


def test_the_learners_zygote_gets_none_of_the_judges_secrets_in_its_environment(catalog, tmp_path, monkeypatch):
    monkeypatch.setenv("MLSTEPS_DB", "postgresql://mentor:hunter2@db/grades")
    source = tmp_path / "env.py"
    source.write_text("import os\n\ndef even_squares(numbers):\n    return sorted(os.environ.items())\n")
    with Judge() as judge:
        judge.check(catalog.get(EXERCISE), source)
        got = dict(returned(judge))
    assert "hunter2" not in json.dumps(got) and "MLSTEPS_DB" not in got and got["HOME"] != os.environ.get("HOME")


# --------------------------------------------------------------------------------------- through grading, together


def test_the_whole_corpus_graded_beside_honest_learners(catalog, tmp_path, secrets_around):
    from mlsteps.cohorts.grading import grade

    exercise = catalog.get(EXERCISE)
    cohort = tmp_path / "cohort"
    mark = "mls" + secrets.token_hex(5)
    files = secrets_around["files"]
    attacks = {
        "replace_hook_helpers.py": {"TARGET": files["check"]},
        "sqlite_gradebook.py": {"GRADEBOOK": files["gradebook"]},
        "read_secrets.py": {"TARGETS": "\\n".join(str(p) for p in files.values())},
        "fork_posixsubprocess.py": {"MARKER": tmp_path / "started"},
        "fork_ctypes.py": {"MARK": mark},
        "os_fork.py": {},
        "leave_process.py": {"MARK": mark},
        "kill_parent.py": {},
        "kill_others.py": {"VICTIMS": os.getpid()},
        "ptrace_parent.py": {},
        "socket_tcp.py": {"PORT": 9},
        "socket_udp.py": {"PORT": 9},
        "unix_abstract.py": {"NAME": "mlsteps-nobody"},
    }
    honest = [f"honest-{n}" for n in range(4)]
    for learner in honest:
        (cohort / learner / Path(exercise.workspace_path).parent).mkdir(parents=True)
        (cohort / learner / exercise.workspace_path).write_text(RIGHT)
    for name, values in attacks.items():
        learner = name.removesuffix(".py").replace("_", "-")
        folder = cohort / learner / Path(exercise.workspace_path).parent
        folder.mkdir(parents=True)
        hostile(name, folder, **values).rename(cohort / learner / exercise.workspace_path)
    report = grade(cohort, [EXERCISE], catalog, workers=2)
    by_learner = {result.learner: result for result in report.results}
    assert set(by_learner) == set(honest) | {n.removesuffix(".py").replace("_", "-") for n in attacks}
    assert all(by_learner[learner].passed for learner in honest), [by_learner[h].feedback for h in honest]
    for learner, result in by_learner.items():
        if learner not in honest:
            assert result.verdict in (FAILED, ERROR), (learner, result.verdict, result.feedback)
    assert not (tmp_path / "started").exists() and processes_named(mark) == []


# ---------------------------------------------------------------------------------------------- through the web


def test_learner_code_checked_through_the_web_page_cannot_read_the_servers_memory(workspace, catalog):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient

    from mlsteps.interfaces.web.app import create_app
    from mlsteps.interfaces.web.guard import TOKEN_HEADER

    token = "tok-" + secrets.token_hex(16)
    code = hostile("read_server_memory.py", workspace.root, SERVER=os.getpid()).read_text()
    with TestClient(create_app(workspace.root, token), base_url="http://testserver") as client:
        client.get(f"/?token={token}", headers={"accept": "text/html"}, follow_redirects=False)  # as `mlsteps web`
        answer = client.post(
            f"/api/exercise/{EXERCISE}/check", json={"code": code}, headers={TOKEN_HEADER: token}
        ).json()
    assert answer.get("verdict") == FAILED, answer
    got = answer["cases"][0]["got"]
    assert got.count("PermissionError") == 3, got
    assert token not in json.dumps(answer)


def test_a_signal_to_every_process_from_a_child_reaches_none(judge, catalog, tmp_path):
    """kill(-1, SIG) signals every process the caller may signal: here, none. (SIGWINCH, which nothing minds.)"""
    marker = tmp_path / "signalled"
    bystander = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import signal, time, pathlib\n"
            f"signal.signal(signal.SIGWINCH, lambda *a: pathlib.Path({str(marker)!r}).write_text('got it'))\n"
            "time.sleep(60)\n",
        ]
    )
    source = tmp_path / "everyone.py"
    source.write_text(
        "import ctypes\n\ndef even_squares(numbers):\n"
        f"    return ctypes.CDLL(None, use_errno=True).kill(-1, {int(signal.SIGWINCH)}), ctypes.get_errno()\n"
    )
    try:
        time.sleep(0.3)
        check(judge, catalog, source)
        time.sleep(0.3)
        assert not marker.exists() and bystander.poll() is None
    finally:
        bystander.kill()
        bystander.wait()


# ------------------------------------------------------------------------------------- grades as they are decided


def _cohort(folder: Path, exercise, learners: dict[str, str]) -> Path:
    for learner, code in learners.items():
        target = folder / learner / exercise.workspace_path
        target.parent.mkdir(parents=True)
        target.write_text(code)
    return folder


def _rows(database: Path) -> list[tuple[str, str]]:
    import sqlite3

    if not database.exists():
        return []
    try:
        with sqlite3.connect(database) as connection:
            return connection.execute("SELECT learner, verdict FROM grades ORDER BY learner").fetchall()
    except sqlite3.Error:
        return []


@any_level
def test_a_grading_run_killed_half_way_keeps_what_it_graded(catalog, tmp_path):
    exercise = catalog.get(EXERCISE)
    slow = "import time\n\n" + RIGHT.replace("    return", "    time.sleep(4)\n    return")
    cohort = _cohort(tmp_path / "cohort", exercise, {"ann": RIGHT, "ben": RIGHT, "cat": RIGHT, "zed": slow})
    database = tmp_path / "book.db"
    command = [sys.executable, "-m", "mlsteps.interfaces.cli", "grade", str(cohort), "--exercises", EXERCISE]
    command += ["--workers", "1", "--db", f"sqlite:///{database}", "--trust-submissions"]
    grading = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while len(_rows(database)) < 3 and time.monotonic() < deadline and grading.poll() is None:
            time.sleep(0.05)
        assert grading.poll() is None, "the run ended before it could be stopped"
    finally:
        grading.kill()
        grading.wait()
    assert _rows(database) == [("ann", PASSED), ("ben", PASSED), ("cat", PASSED)]


@any_level
def test_grading_refuses_strangers_code_without_full_isolation_unless_trusted(catalog, tmp_path):
    exercise = catalog.get(EXERCISE)
    cohort = _cohort(tmp_path / "cohort", exercise, {"ann": RIGHT})
    command = [sys.executable, "-m", "mlsteps.interfaces.cli", "grade", str(cohort), "--exercises", EXERCISE]
    command += ["--db", f"sqlite:///{tmp_path / 'book.db'}"]
    basic = {**os.environ, sandbox.FORCE_VARIABLE: "basic", "COLUMNS": "200"}
    refused = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, env=basic, timeout=120)
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "--trust-submissions" in refused.stderr and "basic" in refused.stderr
    assert _rows(tmp_path / "book.db") == []
    trusted = subprocess.run(
        [*command, "--trust-submissions"], cwd=tmp_path, capture_output=True, text=True, env=basic, timeout=120
    )
    assert trusted.returncode == 0, trusted.stdout + trusted.stderr
    assert _rows(tmp_path / "book.db") == [("ann", PASSED)]


def test_a_child_writes_in_its_own_job_folder_and_not_beside_it(judge, catalog, tmp_path):
    source = tmp_path / "beside.py"
    source.write_text(
        "import os\n\ndef even_squares(numbers):\n"
        "    open('mine.txt', 'w').write('fine')\n"
        "    try:\n"
        "        os.mkdir(os.path.join(os.path.dirname(os.getcwd()), 'next-learners-folder'))\n"
        "    except OSError as exc:\n"
        "        return type(exc).__name__\n"
        "    return 'made'\n"
    )
    check(judge, catalog, source)
    assert returned(judge) == "PermissionError"


@any_level
def test_doctor_says_which_isolation_is_active_and_what_it_does_not_stop(tmp_path):
    command = [sys.executable, "-m", "mlsteps.interfaces.cli", "doctor", "--json"]
    here = json.loads(subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=60).stdout)
    finding = next(item for item in here if item["name"] == "Isolation of learner code")
    assert finding["ok"] == sandbox.probe().full
    basic = {**os.environ, sandbox.FORCE_VARIABLE: "basic"}
    there = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=60, env=basic).stdout
    finding = next(item for item in json.loads(there) if item["name"] == "Isolation of learner code")
    assert finding["ok"] is False and finding["optional"] is True
    assert finding["found"].startswith("basic; not stopped:") and "ctypes" in finding["found"]
    assert "--trust-submissions" in finding["fix"]


@any_level
def test_a_layer_the_kernel_refuses_is_given_up_and_said(tmp_path):
    if sandbox.probe().level == sandbox.BASIC:
        pytest.skip("no kernel layer here")
    policy = sandbox.Policy(str(tmp_path))
    assert policy.works()
    policy.without("seccomp")
    assert policy.works() and policy.isolation.level == sandbox.PARTIAL
    assert any(gap.startswith("processes:") for gap in policy.isolation.gaps)


@any_level
def test_a_submission_that_kills_its_zygote_is_crashed_and_the_others_are_graded(catalog, tmp_path, monkeypatch):
    """At the basic level nothing stops the kill: the learner who did it gets `crashed`, everyone else their grade."""
    from mlsteps.cohorts.grading import grade

    monkeypatch.setenv(sandbox.FORCE_VARIABLE, "basic")
    exercise = catalog.get(EXERCISE)
    killer = (
        "import ctypes, os\n\ndef even_squares(numbers):\n    ctypes.CDLL(None).kill(os.getppid(), 9)\n    return []\n"
    )
    learners = {f"honest-{n}": RIGHT for n in range(6)} | {"killer": killer}
    report = grade(_cohort(tmp_path / "cohort", exercise, learners), [EXERCISE], catalog, 2, trust_submissions=True)
    verdicts = {result.learner: result.verdict for result in report.results}
    assert verdicts == {learner: PASSED for learner in learners} | {"killer": CRASHED}
