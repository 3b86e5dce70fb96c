"""The command line as a newcomer meets it: whole ids, any exercise on demand, errors a script can read, honest
figures, and a first session from an empty home folder to a solved exercise."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.console import Console

from mlsteps.engine.verdict import CaseResult, Verdict
from tests.conftest import run_cli


def _words(text: str) -> str:
    """Output as one line of words: the terminal wraps long lines."""
    return " ".join(text.split())


# ------------------------------------------------------------------------------------------ what it prints


def test_doctor_shows_install_commands_whole(monkeypatch):
    from mlsteps.interfaces import doctor
    from mlsteps.interfaces.console import doctor_table

    real = doctor._version
    monkeypatch.setattr(doctor, "_version", lambda names: None if names == ("torch",) else real(names))
    screen = Console(width=160, record=True)
    screen.print(doctor_table(doctor.examine()))
    assert 'pip install "mlsteps[deep]"' in screen.export_text()


def test_list_never_cuts_an_id_at_80_columns(workspace, catalog):
    shown = run_cli("list", cwd=workspace.root, env={"COLUMNS": "80"}).stdout
    assert "…" not in shown
    for exercise in catalog:
        assert re.search(rf"(^|\s){re.escape(exercise.id)}(\s|$)", shown, re.M), exercise.id


def test_help_screens_carry_no_type_noise(workspace):
    for command in ([], ["check"], ["list"], ["plan", "show"]):
        shown = run_cli(*command, "--help", cwd=workspace.root).stdout
        assert "<bool>" not in shown and "Usage" in shown


def test_a_verdict_says_one_more_case_in_the_singular():
    from mlsteps.interfaces.console import verdict_view

    failing = [CaseResult(str(n), f"f({n})", False, "expected 1, got 2") for n in range(4)]
    verdict = Verdict("python/x", "failed", failing, 3.0, "0 of 4 cases passed.", "Try again.")
    screen = Console(width=120, record=True)
    screen.print(verdict_view(verdict))
    assert "1 more case not passed" in screen.export_text()


# ---------------------------------------------------------------------------------- commands and their ids


def test_show_prints_any_exercise_and_check_then_checks_it_and_says_so(workspace, catalog):
    chosen = catalog.exercises[5]
    shown = _words(run_cli("show", chosen.id, cwd=workspace.root).stdout)
    assert chosen.id in shown and chosen.workspace_path in shown and "No attempts yet" in shown
    assert _words(chosen.prompt.splitlines()[0].lstrip("# ")) in shown

    checked = run_cli("check", cwd=workspace.root)
    assert f"Checking {chosen.id}" in _words(checked.stdout)
    data = json.loads(run_cli("show", chosen.id, "--json", cwd=workspace.root).stdout)
    assert data["id"] == chosen.id and [a["verdict"] for a in data["attempts"]] == ["failed"]
    assert data["prompt"] == chosen.prompt and data["file"].endswith(chosen.workspace_path)


def test_checking_another_exercise_by_id_keeps_the_one_next_named(workspace, catalog):
    named = json.loads(run_cli("next", "--json", cwd=workspace.root).stdout)["id"]
    run_cli("check", catalog.exercises[3].id, cwd=workspace.root)
    assert json.loads(run_cli("check", "--json", cwd=workspace.root).stdout)["id"] == named


@pytest.mark.parametrize(
    ("command", "in_error"),
    [(("check", "python/no-such-thing", "--json"), "no-such-thing"), (("list", "--json"), "workspace")],
)
def test_json_commands_report_their_errors_as_json(workspace, tmp_path, command, in_error):
    where = workspace.root if "check" in command else tmp_path
    result = run_cli(*command, cwd=where, env={"HOME": str(tmp_path), "MLSTEPS_WORKSPACE": str(tmp_path / "none")})
    assert result.returncode == 2
    error = json.loads(result.stdout)
    assert in_error in error["error"] and "hint" in error


def test_every_command_finds_the_workspace_named_by_mlsteps_workspace(workspace, tmp_path, catalog):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run_cli("list", "--json", cwd=elsewhere, env={"MLSTEPS_WORKSPACE": str(workspace.root)})
    assert result.returncode == 0
    assert json.loads(result.stdout)[0]["id"] == catalog.exercises[0].id


def test_reset_backs_up_only_a_file_the_learner_changed(workspace, catalog):
    exercise = catalog.exercises[0]
    untouched = run_cli("reset", exercise.id, cwd=workspace.root)
    assert "kept at" not in untouched.stdout
    assert not (workspace.root / ".mlsteps" / "backups").exists()
    (workspace.root / exercise.workspace_path).write_text("def mine():\n    return 1\n")
    changed = run_cli("reset", exercise.id, cwd=workspace.root)
    assert "kept at" in changed.stdout
    assert len(list((workspace.root / ".mlsteps" / "backups").rglob("*.py*"))) == 1


def test_a_missing_library_gets_only_advice_that_fits_it(catalog):
    import dataclasses

    from mlsteps.engine.judge import Judge

    exercise = dataclasses.replace(catalog.exercises[0], requires=("a_library_nobody_installed",))
    with Judge() as judge:
        text = judge.check(exercise, exercise.solution_path).text()
    assert "pip install a_library_nobody_installed" in text
    assert "Look at the line the error names" not in text


# ------------------------------------------------------------------------------------------ plan and progress


def test_plan_and_progress_count_hours_the_same_way(workspace, catalog):
    root = workspace.root
    run_cli("plan", "build", "--hours-per-week", "5", "--start", "2026-01-05", cwd=root)
    for exercise in catalog.exercises[:2]:
        (root / exercise.workspace_path).write_text(exercise.solution)
        run_cli("check", exercise.id, cwd=root)
    run_cli("log", "90m", "reading about lists", "--step", "1", cwd=root)
    run_cli("log", "2h", "pandas practice", "--step", "2", cwd=root)
    progress = json.loads(run_cli("progress", "--json", cwd=root).stdout)
    standing = json.loads(run_cli("plan", "show", "--json", cwd=root).stdout)["standing"]
    by_step = {step["step"]: step["hours"] for step in progress["steps"]}
    assert {step["step"]: step["hours"] for step in standing["steps"]} == by_step
    assert by_step[1] >= 1.5 and by_step[2] == pytest.approx(2.0)
    assert "exercise time read from your attempts" in _words(run_cli("plan", "--help", cwd=root).stdout)


def test_a_resource_marked_done_counts_its_hours_once(workspace, catalog):
    from mlsteps.record import resources

    root = workspace.root
    free = next(r for r in resources.shipped() if r.step == 2 and r.free)
    run_cli("resources", "done", free.key, cwd=root)
    hours = {s["step"]: s["hours"] for s in json.loads(run_cli("progress", "--json", cwd=root).stdout)["steps"]}
    assert hours[2] == pytest.approx(free.hours)
    run_cli("log", "3h", "the course", "--resource", free.key, cwd=root)
    hours = {s["step"]: s["hours"] for s in json.loads(run_cli("progress", "--json", cwd=root).stdout)["steps"]}
    assert hours[2] == pytest.approx(3.0)  # the logged time, not the logged time plus the rough estimate


def test_the_default_plan_fills_no_step_with_a_paid_course(workspace, catalog):
    plan = json.loads(run_cli("plan", "build", "--hours-per-week", "5", "--json", cwd=workspace.root).stdout)
    for step in plan["steps"]:
        assert all(resource["free"] for resource in step["resources"]), step["step"]


# ------------------------------------------------------------------------------------------ a first session


def test_a_newcomer_from_an_empty_home_to_a_solved_exercise(tmp_path, catalog):
    home = tmp_path / "home"
    home.mkdir()
    clean = {key: value for key, value in os.environ.items() if key != "MLSTEPS_WORKSPACE"}

    def mlsteps(*args: str, cwd: Path = home) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "mlsteps.interfaces.cli", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=120,
            env={**clean, "HOME": str(home), "COLUMNS": "120"},
        )

    started = mlsteps("start")
    assert started.returncode == 0, started.stderr
    first = catalog.exercises[0]
    said = _words(started.stdout)
    assert "The five steps" in said and first.id in said and "mlsteps check" in said
    journey = home / "my-ml-journey"
    assert (journey / first.workspace_path).is_file()

    # From the home folder, not the workspace: the default workspace is found.
    shown = _words(mlsteps("next").stdout)
    assert first.id in shown and first.workspace_path in shown

    wrong = mlsteps("check")
    assert wrong.returncode == 1
    said = _words(wrong.stdout)
    assert f"Checking {first.id}" in said and "✗" in said and f"mlsteps hint {first.id}" in said

    hints = [_words(mlsteps("hint").stdout) for _ in range(2)]
    assert "Hint 1 of" in hints[0] and "Hint 2 of" in hints[1] and first.hints[1].split()[0] in hints[1]

    right = journey / first.workspace_path
    right.write_text(first.solution)
    passed = mlsteps("check")
    assert passed.returncode == 0 and "✓ passed" in passed.stdout and "mlsteps next" in _words(passed.stdout)

    # watch moves on by itself, in one voice, and stops quietly.
    second = catalog.exercises[1]
    assert second.id in _words(mlsteps("next").stdout)
    process = subprocess.Popen(
        [sys.executable, "-m", "mlsteps.interfaces.cli", "watch"],
        cwd=journey,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**clean, "HOME": str(home), "COLUMNS": "120"},
    )
    seen = []
    try:
        for line in process.stdout:
            seen.append(line)
            if "Watching for saves" in line:
                break
        time.sleep(0.5)
        target = journey / second.workspace_path
        temporary = target.with_name(f".{target.name}.swp")
        temporary.write_text(second.solution)
        os.replace(temporary, target)  # an editor's atomic save
        for line in process.stdout:
            seen.append(line)
            if "Watching for saves" in line and any("✓ passed" in s for s in seen):
                break
    finally:
        process.send_signal(signal.SIGINT)
        rest, _ = process.communicate(timeout=20)
    output = "".join(seen) + rest
    assert "✓ passed" in output and "Here is the next exercise" in output
    assert "Run `mlsteps next`" not in output
    assert "KeyboardInterrupt" not in output and "Stopped watching" in output


def test_start_and_map_offer_pytorchs_install_command_once_step_4_is_next(workspace, catalog, monkeypatch):
    import importlib.util

    from mlsteps.interfaces.cli import exercises
    from mlsteps.interfaces.console import console
    from mlsteps.journey.journey import Journey

    step_four = next(e for e in catalog if "torch" in e.requires)
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "torch" else real(name, *a))
    journey = Journey(workspace)
    try:
        with console.capture() as early:
            exercises._offer_missing_libraries(journey)
        monkeypatch.setattr(journey, "next_exercise", lambda: step_four)
        with console.capture() as later:
            exercises._offer_missing_libraries(journey)
    finally:
        journey.close()
    assert early.get() == ""  # Step 1 is next: nothing to install yet
    assert 'pip install "mlsteps[deep]"' in later.get() and "Step 4" in later.get()
