"""Grading a cohort: mlsteps, nbgrader and otter-grader on the same twelve notebook submissions, side by side.

    .venv/bin/python benchmarks/bench_grading.py [--repeat N] [--copies K] [--skip-otter] [--skip-peers]
    .venv/bin/python benchmarks/bench_grading.py --copies 9 --skip-otter    # a hundred learners, against nbgrader

The course is ``benchmarks/grading/course`` (five Step 1 exercises of four cases each); the submissions come from
``benchmarks/grading/make_submissions.py`` (twelve learners, each exercise right or with a typical bug). Each tool
grades the whole batch as a mentor would run it, timed as wall clock from process start to finish, ``--repeat``
times (default 3) after one warm-up run, each run on fresh state (a new gradebook, a new output folder):

- mlsteps:  ``mlsteps grade <tmp>/mlsteps --exercises bench/... --course benchmarks/grading/course --json --db ...``,
            with its default workers (the number of cores), then ``--workers 1`` and ``--workers 2``
- nbgrader: ``nbgrader autograde bench`` in its course directory (every submission, one after the other)
- otter:    ``otter run`` for each submission in turn (otter-grader's grading without Docker; ``otter grade``
            needs Docker)

and, for mlsteps, the fixed start of a run: from the process's start to the first submission judged
(``grading/first_grade.py``), target under 0.5 s. ``--copies 9`` grades 108 learners (the hundred the targets are
set for: mlsteps at least 25 times faster than nbgrader per submission, side by side in one run).

The scores (exercises passed, of 5) are then read back, mlsteps's from its JSON, nbgrader's from ``nbgrader export``,
otter's from each ``results.json``, and must agree, with each other and with what each learner should score; the
script exits 1 when they do not. nbgrader and otter-grader live in their own venv, ``benchmarks/.peers-venv``, which
this script makes on its first run (``pip install``, pinned below) and reuses after that, offline. mlsteps never
imports them. ``--skip-peers`` times and checks mlsteps alone.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Callable
from pathlib import Path

from grading import make_submissions as subs
from timing import report, timed

HERE = Path(__file__).resolve().parent
COURSE = HERE / "grading" / "course"
PEERS_VENV = HERE / ".peers-venv"
PEERS = {"nbgrader": "0.9.6", "otter-grader": "7.0.0"}  # versions that work together on Python 3.11
TARGET_MS = 50  # mlsteps, per 5-exercise submission in a batch
TARGET_RATIO = 25  # mlsteps at least this many times faster than nbgrader per submission
TARGET_START_MS = 500  # from the process's start to the first submission judged
FIRST_GRADE = HERE / "grading" / "first_grade.py"


def mlsteps_environment() -> dict[str, str]:
    """mlsteps as a pip install runs it, with its modules' bytecode kept: an editable checkout on a machine that sets
    PYTHONDONTWRITEBYTECODE would otherwise compile mlsteps afresh at every start (the peers' venv has its bytecode)."""
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def mlsteps_command() -> list[str]:
    script = Path(sys.executable).with_name("mlsteps")
    return [str(script)] if script.exists() else [sys.executable, "-m", "mlsteps.interfaces.cli"]


def peer_versions(python: Path) -> dict[str, str]:
    code = "import importlib.metadata as m, json, sys; print(json.dumps({n: m.version(n) for n in sys.argv[1:]}))"
    done = subprocess.run([str(python), "-c", code, *PEERS], capture_output=True, text=True)
    return json.loads(done.stdout) if done.returncode == 0 else {}


def ensure_peers() -> Path:
    """The peers' venv's bin folder, made and filled with the pinned nbgrader and otter-grader when it is not."""
    python = PEERS_VENV / "bin" / "python"
    if not python.exists():
        print(f"making {PEERS_VENV} (once) ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(PEERS_VENV)
    if peer_versions(python) != PEERS:
        pins = [f"{name}=={version}" for name, version in PEERS.items()]
        print(f"pip install {' '.join(pins)} into {PEERS_VENV} (once, needs the network) ...", flush=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *pins], check=True)
    versions = peer_versions(python)
    if versions != PEERS:
        sys.exit(f"{PEERS_VENV} holds {versions}, not the pinned {PEERS}")
    print("peers: " + ", ".join(f"{name} {version}" for name, version in versions.items()))
    return PEERS_VENV / "bin"


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    """Run one command; on failure, stop the benchmark with what it printed."""
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} (in {cwd}) failed with exit code {done.returncode}:\n{done.stderr[-3000:]}")
    return done.stdout


def prepared(make: Callable[[int], Callable[[], object]], runs: int) -> Callable[[], object]:
    """An action for ``timed`` that works on new state each run: ``make(n)`` sets up run n (before any clock starts)
    and returns what to time."""
    actions = iter([make(n) for n in range(runs)])
    return lambda: next(actions)()


class Mlsteps:
    """``mlsteps grade`` on the notebooks, a new gradebook database each run."""

    def __init__(self, work: Path, workers: int | None, folder: str = "mlsteps") -> None:
        self.work, self.workers, self.folder, self.output = work, workers, folder, ""
        self.exercises = ",".join(exercise.id for exercise in subs.exercises())

    def arguments(self, db: Path) -> list[str]:
        options = ["--exercises", self.exercises, "--course", str(COURSE), "--json", "--db", f"sqlite:///{db}"]
        workers = ["--workers", str(self.workers)] if self.workers else []
        return ["grade", str(self.work / self.folder), *options, *workers]

    def command(self, db: Path) -> list[str]:
        return [*mlsteps_command(), *self.arguments(db)]

    def action(self, n: int) -> Callable[[], object]:
        def grade() -> None:
            database = self.work / f"gradebook-{self.folder}-{self.workers or 'default'}-{n}.db"
            self.output = run(self.command(database), self.work, mlsteps_environment())

        return grade

    def scores(self) -> dict[str, int]:
        scores: dict[str, int] = {}
        for row in json.loads(self.output):
            scores[row["learner"]] = scores.get(row["learner"], 0) + bool(row["passed"])
        return scores


class Nbgrader:
    """``nbgrader autograde bench`` in a fresh copy of the course directory each run (its gradebook included)."""

    def __init__(self, work: Path, peers: Path, folder: str = "nbgrader") -> None:
        self.pristine, self.peers, self.env = work / folder, peers, subs.peer_environment(peers)
        self.last: Path | None = None

    def action(self, n: int) -> Callable[[], object]:
        course = self.pristine.with_name(f"{self.pristine.name}-run-{n}")
        shutil.copytree(self.pristine, course)

        def grade() -> None:
            self.last = course
            run([str(self.peers / "nbgrader"), "autograde", subs.ASSIGNMENT], course, self.env)

        return grade

    def scores(self) -> dict[str, int]:
        assert self.last is not None
        run([str(self.peers / "nbgrader"), "export", "--to", "grades.csv"], self.last, self.env)
        with (self.last / "grades.csv").open(newline="") as rows:
            return {row["student_id"]: round(float(row["raw_score"])) for row in csv.DictReader(rows)}


class Otter:
    """``otter run`` on each submission in turn, into a new output folder each run."""

    def __init__(self, work: Path, peers: Path, autograder: Path) -> None:
        self.folder, self.peers, self.autograder = work / "otter", peers, autograder
        self.env = subs.peer_environment(peers)
        self.last: Path | None = None

    def action(self, n: int) -> Callable[[], object]:
        out = self.folder / f"results-{n}"
        submissions = sorted((self.folder / "submissions").glob("*.ipynb"))
        for submission in submissions:
            (out / submission.stem).mkdir(parents=True)

        def grade() -> None:
            self.last = out
            otter = [str(self.peers / "otter"), "run", "-a", str(self.autograder), "--no-logo"]
            for submission in submissions:
                run([*otter, "-o", str(out / submission.stem), str(submission)], self.folder, self.env)

        return grade

    def scores(self) -> dict[str, int]:
        assert self.last is not None
        scores = {}
        for results in sorted(self.last.glob("*/results.json")):
            tests = json.loads(results.read_text())["tests"]
            scores[results.parent.name] = round(sum(test["score"] for test in tests if "max_score" in test))
        return scores


def batch(name: str, make: Callable[[int], Callable[[], object]], repeat: int, learners: int) -> float:
    """Time a whole batch ``repeat`` times (after a warm-up); print it; return the median seconds per submission."""
    times = timed(prepared(make, repeat + 1), repeat)  # + 1: timed's warm-up
    report(name, times)
    return statistics.median(times) / 1000 / learners


def agree(expected: dict[str, int], scores: dict[str, dict[str, int]]) -> bool:
    """Print the learner x tool table of scores; True when every tool gives every learner the right score."""
    tools = list(scores)
    print("\nscores (exercises passed, of 5)")
    print(f"{'learner':<10}{'should':>8}" + "".join(f"{tool:>13}" for tool in tools))
    ok = True
    for learner, should in expected.items():
        got = [scores[tool].get(learner) for tool in tools]
        same = all(score == should for score in got)
        ok &= same
        cells = "".join(f"{'-' if score is None else score:>13}" for score in got)
        print(f"{learner:<10}{should:>8}{cells}{'' if same else '   <- differ'}")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per tool, after one warm-up (default 3)")
    parser.add_argument("--skip-peers", action="store_true", help="time mlsteps alone (no nbgrader, no otter)")
    parser.add_argument("--skip-otter", action="store_true", help="leave otter out (it takes ~10 s a submission)")
    parser.add_argument(
        "--copies", type=int, default=1, help="grade each of the twelve learners' work this many times (a bigger batch)"
    )
    options = parser.parse_args()
    peers = None if options.skip_peers else ensure_peers()
    with tempfile.TemporaryDirectory(prefix="mlsteps-bench-grading-") as folder:
        work = Path(folder)
        expected = subs.write(work, options.copies)
        learners = len(expected)
        autograder = subs.write_peer_submissions(work, peers, options.copies) if peers else None
        cores = os.cpu_count()
        python = sys.version.split()[0]
        print(f"{learners} submissions of {len(subs.EXERCISES)} exercises each, Python {python}, {cores} CPUs")
        print(f"each batch timed {options.repeat} times after a warm-up; median, 95th percentile, per batch\n")
        per: dict[str, float] = {}
        scores: dict[str, dict[str, int]] = {}
        default = Mlsteps(work, None)
        per["mlsteps"] = batch(f"mlsteps ({cores} workers)", default.action, options.repeat, learners)
        scores["mlsteps"] = default.scores()
        for workers in (1, 2):
            tool = Mlsteps(work, workers)
            per[f"mlsteps -w{workers}"] = batch(f"mlsteps --workers {workers}", tool.action, options.repeat, learners)
            scores[f"mlsteps -w{workers}"] = tool.scores()
        first = next(iter(expected))
        one_learner(work, first, with_peers=bool(peers and autograder))
        # A batch of one learner: the fixed start, to tell the cost of each further submission from it.
        alone = {"mlsteps": batch("mlsteps, 1 learner", Mlsteps(work, None, "mlsteps-one").action, options.repeat, 1)}
        start = fixed_start(work, options.repeat)
        if peers and autograder:
            nbgrader = Nbgrader(work, peers)
            per["nbgrader"] = batch("nbgrader autograde", nbgrader.action, options.repeat, learners)
            scores["nbgrader"] = nbgrader.scores()
            single = Nbgrader(work, peers, "nbgrader-one")
            alone["nbgrader"] = batch("nbgrader, 1 learner", single.action, options.repeat, 1)
            if not options.skip_otter:
                otter = Otter(work, peers, autograder)
                per["otter"] = batch("otter run, each", otter.action, options.repeat, learners)
                scores["otter"] = otter.scores()
        ok = agree(expected, scores)
    summary(per)
    marginal(per, alone, learners)
    verdict = "ok" if start <= TARGET_START_MS else "over target"
    print(
        f"mlsteps: first submission judged {start:.0f} ms after the command started (median; target "
        f"{TARGET_START_MS} ms: {verdict})"
    )
    if not ok:
        sys.exit("\nthe scores differ: the tools (or a tool and the intended score) disagree on the learners marked")
    print("\nall scores agree")


def fixed_start(work: Path, repeat: int) -> float:
    """The median time from the process's start to the first submission judged (``grading/first_grade.py``), over
    ``repeat`` runs after a warm-up, each with a new gradebook."""
    tool = Mlsteps(work, None, "mlsteps-one")
    found = []
    for n in range(repeat + 1):
        command = [sys.executable, str(FIRST_GRADE), *tool.arguments(work / f"gradebook-start-{n}.db")]
        done = subprocess.run(command, cwd=work, env=mlsteps_environment(), capture_output=True, text=True)
        if done.returncode != 0 or "first submission judged after" not in done.stderr:
            sys.exit(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
        found.append(float(done.stderr.rsplit("after", 1)[1].split()[0]))
    median = statistics.median(found[1:])
    print(
        f"{'mlsteps, first submission judged after':<40} median {median:7.0f} ms   (runs: "
        f"{', '.join(f'{ms:.0f}' for ms in found[1:])} ms)"
    )
    return median


def one_learner(work: Path, learner: str, with_peers: bool) -> None:
    """The same layouts holding only ``learner``'s submission."""
    (work / "mlsteps-one").mkdir()
    shutil.copy(work / "mlsteps" / f"{learner}.ipynb", work / "mlsteps-one")
    if with_peers:
        alone = shutil.copytree(work / "nbgrader", work / "nbgrader-one")
        for folder in (alone / "submitted").iterdir():
            if folder.name != learner:
                shutil.rmtree(folder)


def marginal(per: dict[str, float], alone: dict[str, float], learners: int) -> None:
    """What each submission adds to a batch: (batch - batch of one) / (learners - 1), beside the fixed start."""
    if learners < 2:
        return
    print(f"\neach further submission in a batch ((batch of {learners} - batch of 1) / {learners - 1}), and the start")
    added = {tool: (per[tool] * learners - alone[tool]) / (learners - 1) for tool in alone}
    for tool, seconds in added.items():
        print(f"{tool:<14}{seconds * 1000:9.1f} ms per submission   start {alone[tool]:6.2f} s")
    verdict = "ok" if added["mlsteps"] * 1000 <= TARGET_MS else "over target"
    print(f"mlsteps: {added['mlsteps'] * 1000:.1f} ms per further submission (target {TARGET_MS} ms: {verdict})")
    if "nbgrader" in added:
        ratio = added["nbgrader"] / added["mlsteps"]
        verdict = "ok" if ratio >= TARGET_RATIO else "under target"
        print(f"nbgrader/mlsteps: {ratio:.1f}x   (target {TARGET_RATIO}x: {verdict})")


def summary(per: dict[str, float]) -> None:
    mlsteps = per["mlsteps"]
    print("\nper submission (median batch / submissions)")
    for tool, seconds in per.items():
        print(f"{tool:<14}{seconds:9.3f} s   {seconds * 1000:8.1f} ms   {seconds / mlsteps:6.1f}x mlsteps")
    verdict = "ok" if mlsteps * 1000 <= TARGET_MS else "over target"
    print(f"\nmlsteps: {mlsteps * 1000:.1f} ms per submission (target {TARGET_MS} ms: {verdict})")
    for peer in ("nbgrader", "otter"):
        if peer in per:
            ratio = per[peer] / mlsteps
            target = f"   (target {TARGET_RATIO}x: {'ok' if ratio >= TARGET_RATIO else 'under target'})"
            print(f"{peer}/mlsteps: {ratio:.1f}x{target if peer == 'nbgrader' else ''}")


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"\n(benchmark took {time.perf_counter() - started:.0f} s)")
