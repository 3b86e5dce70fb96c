"""The learner's commands, run as real processes in a real workspace."""

import json
import os
import signal
import subprocess
import sys
import time

from conftest import run_cli

from mlsteps.record.store import Store

EXERCISE = "python/list-comprehensions"


def test_start_makes_the_default_workspace_and_shows_the_map_and_first_exercise(tmp_path):
    home = tmp_path / "journey"
    result = run_cli("start", cwd=tmp_path, env={"MLSTEPS_WORKSPACE": str(home)})
    assert result.returncode == 0, result.stderr
    assert "The five steps" in result.stdout and "Deep learning" in result.stdout
    assert "Your file:" in result.stdout
    assert (home / "mlsteps.toml").is_file()
    again = run_cli("start", cwd=tmp_path, env={"MLSTEPS_WORKSPACE": str(home)})
    assert again.returncode == 0


def test_list_json_gives_every_exercise_with_its_fields(workspace, catalog):
    result = run_cli("list", "--json", cwd=workspace.root)
    listed = json.loads(result.stdout)
    assert [item["id"] for item in listed] == [e.id for e in catalog]
    first = listed[0]
    assert set(first) >= {"id", "step", "topic", "title", "path", "entry", "status"}
    assert (workspace.root / first["path"]).is_file() and first["status"] == "new"
    only_two = json.loads(run_cli("list", "--step", "2", "--json", cwd=workspace.root).stdout)
    assert all(item["step"] == 2 for item in only_two)


def test_check_json_and_exit_status(workspace, catalog):
    exercise = catalog.get(EXERCISE)
    failing = run_cli("check", EXERCISE, "--json", cwd=workspace.root)
    assert failing.returncode == 1
    verdict = json.loads(failing.stdout)
    assert verdict["verdict"] == "failed" and verdict["passed"] is False
    assert {"passed", "message"} <= set(verdict["cases"][0]) and verdict["duration_ms"] > 0

    (workspace.root / exercise.workspace_path).write_text(exercise.solution)
    passing = run_cli("check", EXERCISE, "--json", cwd=workspace.root / "1-python")
    assert passing.returncode == 0 and json.loads(passing.stdout)["passed"] is True
    statuses = {item["id"]: item["status"] for item in json.loads(run_cli("list", "--json", cwd=workspace.root).stdout)}
    assert statuses[EXERCISE] == "passed"


def test_check_without_an_id_checks_the_current_exercise(workspace, catalog):
    nxt = json.loads(run_cli("next", "--json", cwd=workspace.root).stdout)
    result = run_cli("check", "--json", cwd=workspace.root)
    assert json.loads(result.stdout)["id"] == nxt["id"] == catalog.exercises[0].id


def test_check_shows_feedback_for_a_beginner(workspace, catalog):
    exercise = catalog.get(EXERCISE)
    (workspace.root / exercise.workspace_path).write_text("def even_squares(numbers):\n    return numbers\n")
    result = run_cli("check", EXERCISE, cwd=workspace.root)
    assert result.returncode == 1
    shown = " ".join(result.stdout.split())  # the terminal wraps long lines
    assert "Called even_squares([1, 2, 3, 4])" in shown
    assert "first difference" in shown and f"mlsteps hint {EXERCISE}" in shown


def test_hints_come_one_at_a_time_and_are_recorded(workspace, catalog):
    hints = catalog.get(EXERCISE).hints
    numbers = [json.loads(run_cli("hint", EXERCISE, "--json", cwd=workspace.root).stdout) for _ in hints]
    assert [h["hint"] for h in numbers] == list(hints)
    assert [h["number"] for h in numbers] == list(range(1, len(hints) + 1))
    run_cli("check", EXERCISE, cwd=workspace.root)
    store = Store.at(workspace.root / ".mlsteps" / "journey.db")
    assert store.attempts(EXERCISE)[-1].hints_used == len(hints)
    store.close()


def test_solution_json_is_recorded_as_viewed(workspace, catalog):
    shown = json.loads(run_cli("solution", EXERCISE, "--json", cwd=workspace.root).stdout)
    assert shown == {"id": EXERCISE, "code": catalog.get(EXERCISE).solution}
    run_cli("check", EXERCISE, cwd=workspace.root)
    store = Store.at(workspace.root / ".mlsteps" / "journey.db")
    assert store.attempts(EXERCISE)[-1].solution_viewed is True
    store.close()


def test_reset_restores_the_starter_and_keeps_a_backup(workspace, catalog):
    exercise = catalog.get(EXERCISE)
    mine = workspace.root / exercise.workspace_path
    mine.write_text("# my work\n")
    result = run_cli("reset", EXERCISE, cwd=workspace.root)
    assert result.returncode == 0
    assert mine.read_text() == exercise.starter
    backups = list((workspace.root / ".mlsteps" / "backups").rglob("*"))
    assert any(path.is_file() and path.read_text() == "# my work\n" for path in backups)


def test_a_wrong_id_suggests_the_nearest(workspace):
    result = run_cli("check", "python/list-comprehension", cwd=workspace.root)
    assert result.returncode == 2
    assert "Did you mean python/list-comprehensions" in result.stderr
    short = run_cli("hint", "list-comprehensions", cwd=workspace.root)
    assert "python/list-comprehensions" in short.stderr


def test_outside_a_workspace_says_how_to_make_one(tmp_path):
    result = run_cli("list", cwd=tmp_path, env={"MLSTEPS_WORKSPACE": str(tmp_path / "none")})
    assert result.returncode == 2 and "mlsteps start" in result.stderr


def test_a_corrupt_store_is_reported_not_a_traceback(workspace):
    database = workspace.root / ".mlsteps" / "journey.db"
    workspace.close()
    for leftover in database.parent.glob("journey.db*"):
        leftover.unlink()
    database.write_bytes(b"\x00garbage" * 500)
    result = run_cli("list", cwd=workspace.root)
    assert result.returncode == 2
    assert "cannot be read" in result.stderr and "Traceback" not in result.stderr


def test_a_broken_learner_file_is_an_error_verdict_not_a_crash(workspace, catalog):
    exercise = catalog.get(EXERCISE)
    (workspace.root / exercise.workspace_path).write_bytes(b"\xff\xfe def even_squares(:\n")
    result = run_cli("check", EXERCISE, "--json", cwd=workspace.root)
    assert result.returncode == 1
    assert json.loads(result.stdout)["verdict"] == "error"


def test_doctor_reports_each_piece_with_a_fix(tmp_path):
    result = run_cli("doctor", "--json", cwd=tmp_path)
    findings = {item["name"]: item for item in json.loads(result.stdout)}
    assert findings["Python"]["ok"] is True
    assert {"Jupyter (JupyterLab)", "NumPy", "pandas", "scikit-learn", "XGBoost", "PyTorch"} <= set(findings)
    assert all(item["ok"] or item["fix"] for item in findings.values())


def test_doctor_names_the_mentors_extras_as_optional_when_missing(monkeypatch):
    from mlsteps.interfaces import doctor

    real = doctor._version
    monkeypatch.setattr(doctor, "_version", lambda names: None if names == ("distributed",) else real(names))
    dask = next(finding for finding in doctor.examine() if finding.name.startswith("Dask"))
    assert (dask.ok, dask.optional) == (False, True)
    assert 'pip install "mlsteps[cluster]"' in dask.fix and "only to grade a cohort" in dask.fix


def test_watch_checks_on_save_and_moves_on_when_it_passes(workspace, catalog):
    first = catalog.exercises[0]
    process = subprocess.Popen(
        [sys.executable, "-m", "mlsteps.interfaces.cli", "watch"],
        cwd=workspace.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "COLUMNS": "120"},
    )
    try:
        seen = []
        for line in process.stdout:
            seen.append(line)
            if "Watching for saves" in line:
                break
        time.sleep(0.5)
        (workspace.root / first.workspace_path).write_text(first.solution)
        for line in process.stdout:
            seen.append(line)
            if "Watching for saves" in line and any("passed" in s for s in seen):
                break
        output = "".join(seen)
        assert "✓ passed" in output
        assert catalog.exercises[1].title in output
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
