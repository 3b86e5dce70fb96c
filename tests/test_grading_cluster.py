"""Grading on a Dask cluster: a real local scheduler and two workers, one of them killed in the middle."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from mlsteps.record.schema import grades
from mlsteps.record.store import Store

Client = pytest.importorskip("distributed").Client

COURSE = Path(__file__).parent / "fixtures" / "course"
WORDS, RATIO = "ds101/word-lengths", "ds101/safe-ratio"
LEARNERS = 8


def start(*args: str, log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", *args],
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # so a kill takes the worker's own children (its judges' zygotes) with it
    )


def wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.1)


@pytest.fixture
def cluster(tmp_path):
    address_file = tmp_path / "scheduler.json"
    scheduler = start(
        "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
        "--scheduler-file", str(address_file), log=tmp_path / "scheduler.log",
    )  # fmt: skip
    wait_for(address_file.exists, 60, "the scheduler")
    address = json.loads(address_file.read_text())["address"]
    workers = [
        start(
            "distributed.cli.dask_worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard",
            "--name", f"w{number}", log=tmp_path / f"worker{number}.log",
        )
        for number in (1, 2)
    ]
    yield address, workers
    for process in [*workers, scheduler]:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)


def test_a_cohort_graded_on_a_cluster_is_graded_once_even_when_a_worker_dies(cluster, tmp_path):
    address, workers = cluster
    submissions = tmp_path / "cohort"
    slow = "import time\ntime.sleep(0.4)\n"
    for number in range(LEARNERS):
        folder = submissions / f"learner{number}" / "courses/ds101/basics"
        folder.mkdir(parents=True)
        words = "solution.py" if number % 2 else "mistakes/counts-letters-of-text.py"
        (folder / "word-lengths.py").write_text(slow + (COURSE / "basics/word-lengths" / words).read_text())
        (folder / "safe-ratio.py").write_text(slow + (COURSE / "basics/safe-ratio/solution.py").read_text())
    database = tmp_path / "book.db"

    grading = subprocess.Popen(
        [
            sys.executable, "-m", "mlsteps.interfaces.cli", "grade", str(submissions),
            "--exercises", f"{WORDS},{RATIO}", "--course", str(COURSE), "--scheduler", address,
            "--db", f"sqlite:///{database}", "--json",
        ],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    # Once both workers are busy grading, kill one of them outright, mid-task.
    with Client(address) as observer:
        wait_for(lambda: sum(map(len, observer.processing().values())) >= 4, 120, "the workers to start grading")
        wait_for(lambda: all(observer.processing().values()), 120, "both workers to have tasks")
        os.killpg(workers[0].pid, signal.SIGKILL)
    out, err = grading.communicate(timeout=300)
    assert grading.returncode == 0, err

    rows = json.loads(out)
    pairs = [(row["learner"], row["exercise"]) for row in rows]
    assert sorted(pairs) == sorted({(f"learner{n}", e) for n in range(LEARNERS) for e in (WORDS, RATIO)})
    for row in rows:  # every grade is the real one, not an error from the dead worker
        learner_number = int(row["learner"].removeprefix("learner"))
        assert row["passed"] == (row["exercise"] == RATIO or learner_number % 2 == 1), row
    store = Store(f"sqlite:///{database}")
    with store.engine.connect() as connection:
        stored = connection.execute(sa.select(grades.c.learner, grades.c.exercise_id)).all()
    store.close()
    assert sorted(map(tuple, stored)) == sorted(pairs)


def test_an_unreachable_scheduler_is_a_clear_message(tmp_path):
    (tmp_path / "cohort" / "ada").mkdir(parents=True)
    result = subprocess.run(
        [
            sys.executable, "-m", "mlsteps.interfaces.cli", "grade", str(tmp_path / "cohort"),
            "--exercises", WORDS, "--course", str(COURSE), "--scheduler", "tcp://127.0.0.1:9",
            "--db", f"sqlite:///{tmp_path / 'book.db'}",
        ],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert "cannot be reached" in result.stderr
