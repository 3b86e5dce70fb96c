"""Storage failures are named for what they are, with what to do, and never cost the learner their record.

How each is made real, since these tests usually run as root (which ignores file modes):

- a file-size limit: RLIMIT_FSIZE set in the child before it starts (limits hold for root too);
- a full disk: a small tmpfs filled up, mounted in a private mount namespace (``unshare``), so nothing outside
  the test sees it; skipped where namespaces are not allowed;
- a folder the learner may not write: the commands run as another user (``nobody``) on a workspace root made,
  or, when the tests do not run as root, on a workspace whose modes forbid writing;
- a read-only disk: the workspace bind-mounted read-only in a private mount namespace; skipped where not allowed;
- a damaged file: a page of the attempts table overwritten with garbage, as a failing disk would.
"""

import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from mlsteps.record.store import Store

EXERCISE = "python/list-comprehensions"
CLI = [sys.executable, "-m", "mlsteps.interfaces.cli"]
ENV = {**os.environ, "COLUMNS": "200"}
WRONG_ADVICE = ("start a fresh", "move it aside", "Traceback")


def cli(*args: str, cwd: Path, **options) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], cwd=cwd, capture_output=True, text=True, timeout=180, env=ENV, **options)


def attempts_in(database: Path) -> int:
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return connection.execute("SELECT count(*) FROM attempts").fetchone()[0]


def assert_verdict_shown_but_not_saved(result: subprocess.CompletedProcess, *words: str) -> dict:
    assert result.returncode == 1, result.stderr  # the starter fails its checks: a verdict, not a usage error
    verdict = json.loads(result.stdout)
    assert verdict["id"] == EXERCISE and verdict["verdict"] == "failed" and verdict["cases_total"] > 0
    assert verdict["not_saved"].startswith("This check was not saved in your journey.")
    for word in words:
        assert word in verdict["not_saved"], verdict["not_saved"]
    assert not any(wrong in verdict["not_saved"] + result.stderr for wrong in WRONG_ADVICE)
    return verdict


# ------------------------------------------------------------------------------------------ a file-size limit


def test_a_file_size_limit_still_shows_the_verdict_says_it_was_not_saved_and_loses_nothing(workspace):
    database = workspace.root / ".mlsteps" / "journey.db"
    workspace.store.record_attempt(EXERCISE, "failed", 1, 8, 3.0)
    workspace.close()

    def small_files() -> None:  # files may grow to 8 KB: the store (180 KB) cannot take a single new page
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))

    checked = cli("check", EXERCISE, "--json", cwd=workspace.root, preexec_fn=small_files)
    assert_verdict_shown_but_not_saved(checked, "8192 bytes", "file-size limit", "ulimit -f")
    shown = cli("check", EXERCISE, cwd=workspace.root, preexec_fn=small_files)
    assert "cases passed" in shown.stdout and "This check was not saved" in shown.stdout
    assert "Traceback" not in shown.stderr
    listed = cli("list", "--json", cwd=workspace.root, preexec_fn=small_files)  # reading needs no room
    assert listed.returncode == 0, listed.stderr
    assert {item["id"]: item["status"] for item in json.loads(listed.stdout)}[EXERCISE] == "attempted"
    assert attempts_in(database) == 1  # the earlier attempt is there, whole; the refused one left no trace


# ------------------------------------------------------------------------------------------------ a full disk


def namespaces(*flags: str) -> list[str]:
    """The ``unshare`` command that gives a private mount namespace here, or a skip."""
    for command in (["unshare", "--mount", *flags], ["unshare", "--mount", "--map-root-user", *flags]):
        try:
            if subprocess.run([*command, "true"], capture_output=True, timeout=30).returncode == 0:
                return command
        except (OSError, subprocess.TimeoutExpired):
            continue
    pytest.skip("no private mount namespace here (unshare is missing or not allowed)")


def in_namespace(script: str, tmp_path: Path, **values: str) -> Path:
    """Run a shell script in a private mount namespace; returns the folder its results were written to."""
    out = tmp_path / "out"
    out.mkdir()
    environment = {**ENV, "PY": sys.executable, "OUT": str(out), **values}
    done = subprocess.run(
        [*namespaces(), "bash", "-euo", "pipefail", "-c", textwrap.dedent(script)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode == 17:  # the script's own word for "mounting is not allowed here"
        pytest.skip(f"cannot mount in a private namespace here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    return out


RUN = """
    run() {  # run NAME ARGS...: the command's output, errors and exit status into $OUT
        name=$1; shift
        set +e
        "$PY" -m mlsteps.interfaces.cli "$@" > "$OUT/$name.out" 2> "$OUT/$name.err"
        echo $? > "$OUT/$name.rc"
        set -e
    }
"""


def outcome(out: Path, name: str) -> subprocess.CompletedProcess:
    return subprocess.CompletedProcess(
        name,
        int((out / f"{name}.rc").read_text()),
        (out / f"{name}.out").read_text(),
        (out / f"{name}.err").read_text(),
    )


@pytest.mark.parametrize("room", [0, 36 * 1024], ids=["full before the command", "filling during the command"])
def test_a_full_disk_still_shows_the_verdict_says_it_was_not_saved_and_loses_nothing(workspace, tmp_path, room):
    workspace.store.record_attempt(EXERCISE, "failed", 1, 8, 3.0)
    workspace.close()
    script = (
        RUN
        + """
        mkdir -p "$DISK"
        mount -t tmpfs -o size=16m mlsteps-full "$DISK" || exit 17
        cp -a "$WORKSPACE" "$DISK/ws"
        if [ "$ROOM" -gt 0 ]; then head -c "$ROOM" /dev/zero > "$DISK/room"; fi
        dd if=/dev/zero of="$DISK/filler" bs=4096 2>/dev/null || true  # until the disk is full
        rm -f "$DISK/room"  # what is left: nothing, or a few pages (the -shm file fits, its first write does not)
        cd "$DISK/ws"
        run check check python/list-comprehensions --json
        run list list --json
        run progress progress --json
        run init init "$DISK/another"
        cp .mlsteps/journey.db "$OUT/journey.db"
    """
    )
    out = in_namespace(script, tmp_path, DISK=str(tmp_path / "disk"), WORKSPACE=str(workspace.root), ROOM=str(room))
    assert_verdict_shown_but_not_saved(outcome(out, "check"), "is full", "Free some space")
    for name in ("list", "progress"):
        assert outcome(out, name).returncode == 0, outcome(out, name).stderr
    made = outcome(out, "init")  # a new workspace on the full disk: named, not a traceback
    assert made.returncode == 2 and "is full" in made.stderr and "Traceback" not in made.stderr
    assert attempts_in(out / "journey.db") == 1


# ------------------------------------------------------------------------------- a workspace one may not write


def test_a_workspace_one_may_not_write_still_lists_shows_progress_and_exports(workspace, tmp_path):
    workspace.store.record_attempt(EXERCISE, "passed", 8, 8, 3.0)
    workspace.close()
    base = Path(tempfile.mkdtemp(prefix="mlsteps-not-mine-"))
    try:
        base.chmod(0o755)
        root = base / "ws"
        shutil.copytree(workspace.root, root)
        out = base / "out"
        out.mkdir()
        out.chmod(0o777)
        if os.geteuid() == 0:  # root may write anything: run as someone else, as after `sudo mlsteps init`
            someone = {"user": 65534, "group": 65534, "extra_groups": []}
        else:  # a learner: the modes hold for them
            someone = {}
            for folder, _, files in os.walk(root):
                for name in files:
                    Path(folder, name).chmod(0o444)
                Path(folder).chmod(0o555)
        assert_read_only_workspace_works(root, out, "You may not write", "chown", **someone)
    finally:
        for folder, _, _ in os.walk(base):
            Path(folder).chmod(0o755)
        shutil.rmtree(base)


def assert_read_only_workspace_works(root: Path, out: Path, *words: str, **someone) -> None:
    listed = cli("list", "--json", cwd=root, **someone)
    assert listed.returncode == 0, listed.stderr
    assert {item["id"]: item["status"] for item in json.loads(listed.stdout)}[EXERCISE] == "passed"
    shown = cli("progress", "--json", cwd=root, **someone)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["totals"]["solved"] == 1
    exported = cli("export", str(out / "journey.json"), cwd=root, **someone)
    assert exported.returncode == 0, exported.stderr
    assert len(json.loads((out / "journey.json").read_text())["tables"]["attempts"]) == 1
    checked = cli("check", EXERCISE, "--json", cwd=root, **someone)
    assert_verdict_shown_but_not_saved(checked, *words, "`mlsteps list`, `progress` and `export` still work")
    assert_given_but_not_saved(cli("hint", EXERCISE, "--json", cwd=root, **someone), "hint", *words)
    assert_given_but_not_saved(cli("solution", EXERCISE, "--json", cwd=root, **someone), "code", *words)


def assert_given_but_not_saved(result: subprocess.CompletedProcess, key: str, *words: str) -> None:
    """A hint or a solution is the learner's even when the journey cannot note it: shown, with why it was not noted."""
    assert result.returncode == 0, result.stdout + result.stderr
    given = json.loads(result.stdout)
    assert given[key].strip() and given["not_saved"].startswith("This was not saved in your journey.")
    assert all(word in given["not_saved"] for word in words), given["not_saved"]


def test_a_workspace_on_a_read_only_disk_still_lists_shows_progress_and_exports(workspace, tmp_path):
    workspace.store.record_attempt(EXERCISE, "passed", 8, 8, 3.0)
    workspace.close()
    script = (
        RUN
        + """
        mount --bind "$WORKSPACE" "$WORKSPACE" && mount -o remount,bind,ro "$WORKSPACE" || exit 17
        cd "$WORKSPACE"
        touch probe 2>/dev/null && exit 18  # the mount must really refuse writing, root or not
        run list list --json
        run progress progress --json
        run export export "$OUT/journey.json"
        run check check python/list-comprehensions --json
        run hint hint python/list-comprehensions --json
    """
    )
    out = in_namespace(script, tmp_path, WORKSPACE=str(workspace.root))
    listed = outcome(out, "list")
    assert listed.returncode == 0, listed.stderr
    assert {item["id"]: item["status"] for item in json.loads(listed.stdout)}[EXERCISE] == "passed"
    assert outcome(out, "progress").returncode == 0, outcome(out, "progress").stderr
    assert outcome(out, "export").returncode == 0, outcome(out, "export").stderr
    assert len(json.loads((out / "journey.json").read_text())["tables"]["attempts"]) == 1
    assert_verdict_shown_but_not_saved(outcome(out, "check"), "mounted read-only", "still work")
    assert_given_but_not_saved(outcome(out, "hint"), "hint", "mounted read-only")


# ------------------------------------------------------------------------------------------- a damaged store


def damage_an_attempts_page(database: Path) -> bytes:
    """Overwrite one page that holds attempts rows (a table leaf naming our test exercises) with garbage."""
    data = bytearray(database.read_bytes())
    size = 4096
    leaves = [
        number
        for number in range(1, len(data) // size)
        if data[number * size] == 0x0D and b"damage-test/" in data[number * size : (number + 1) * size]
    ]
    assert len(leaves) > 10
    victim = leaves[len(leaves) // 2]
    data[victim * size : (victim + 1) * size] = b"\xde\xad\xbe\xef" * (size // 4)
    database.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_store_is_named_and_doctor_recovers_what_is_readable_keeping_the_damaged_file(workspace):
    database = workspace.root / ".mlsteps" / "journey.db"
    for number in range(3000):
        workspace.store.record_attempt(f"damage-test/ex{number % 40}", "failed", 1, 8, 3.0)
    workspace.store.record_attempt(EXERCISE, "passed", 8, 8, 3.0)
    workspace.close()
    damaged_bytes = damage_an_attempts_page(database)

    listed = cli("list", cwd=workspace.root)
    assert listed.returncode == 2
    assert "is damaged" in listed.stderr and "mlsteps doctor --recover" in listed.stderr
    assert not any(wrong in listed.stderr for wrong in WRONG_ADVICE)

    doctor = cli("doctor", "--json", cwd=workspace.root)
    [store] = [finding for finding in json.loads(doctor.stdout) if finding["name"] == "Journey store"]
    assert store["ok"] is False and "damaged" in store["found"] and "mlsteps doctor --recover" in store["fix"]

    recovered = cli("doctor", "--recover", "--json", cwd=workspace.root)
    assert recovered.returncode == 0, recovered.stderr
    report = json.loads(recovered.stdout)
    kept = Path(report["damaged"])
    assert kept.parent == database.parent and kept.read_bytes() == damaged_bytes  # kept, untouched
    assert 2800 < report["rows"]["attempts"] < 3001 and report["lost"]["attempts"]
    assert report["rows"]["workspace_files"] > 0  # the rest of the store came over whole
    assert attempts_in(database) == report["rows"]["attempts"]

    listed = cli("list", "--json", cwd=workspace.root)
    assert listed.returncode == 0, listed.stderr
    assert {item["id"]: item["status"] for item in json.loads(listed.stdout)}[EXERCISE] == "passed"
    doctor = cli("doctor", "--json", cwd=workspace.root)
    assert [f["ok"] for f in json.loads(doctor.stdout) if f["name"] == "Journey store"] == [True]
    again = cli("doctor", "--recover", cwd=workspace.root)
    assert again.returncode == 2 and "nothing to recover" in again.stderr


def test_a_file_that_is_not_a_store_at_all_is_the_only_one_worth_moving_aside(workspace):
    database = workspace.root / ".mlsteps" / "journey.db"
    workspace.close()
    database.write_bytes(b"not a database at all" * 300)
    with pytest.raises(Exception, match="not an SQLite database at all") as raised:
        Store.at(database)
    assert "mv " in str(raised.value)
    doctor = cli("doctor", "--json", cwd=workspace.root)
    [store] = [finding for finding in json.loads(doctor.stdout) if finding["name"] == "Journey store"]
    assert store["ok"] is False and "not a database" in store["found"]


def test_every_interface_shows_that_a_verdict_was_not_saved():
    from mlsteps.engine.verdict import Verdict
    from mlsteps.interfaces.console import verdict_view
    from mlsteps.interfaces.notebook import VerdictView

    verdict = Verdict(EXERCISE, "failed", [], 1.0, "0 of 0 cases passed.", "Try again.", not_saved="Not saved: full.")
    assert "Not saved: full." in repr(VerdictView(verdict)) and "Not saved: full." in VerdictView(verdict)._repr_html_()
    from rich.console import Console

    console = Console(record=True, width=100)
    console.print(verdict_view(verdict))
    assert "Not saved: full." in console.export_text()
    assert verdict.to_dict()["not_saved"] == "Not saved: full."  # what the web page and --json read


def test_a_store_in_a_folder_that_is_not_there_says_so(tmp_path):
    with pytest.raises(Exception, match=r"The folder .*nowhere does not exist") as raised:
        Store(f"sqlite:///{tmp_path / 'nowhere' / 'book.db'}")
    assert "You may not write" not in str(raised.value) and not (tmp_path / "nowhere").exists()
