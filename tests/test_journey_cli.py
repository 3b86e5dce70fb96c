"""The journey's commands, run as real processes in a real workspace. Dates are given, never today's."""

import json
import os
import subprocess
import sys

from conftest import run_cli
from icalendar import Calendar

from mlsteps.record.store import Store

EXERCISE = "python/list-comprehensions"


def json_of(*args: str, cwd) -> object:
    result = run_cli(*args, "--json", cwd=cwd)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def refused(*args: str, cwd, says: str) -> None:
    result = run_cli(*args, cwd=cwd)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert says in " ".join(result.stderr.split()), result.stderr


def test_log_study_then_see_it_per_step_month_and_year(workspace, tmp_path):
    root = workspace.root
    assert run_cli("log", "45m", "pandas groupby", "--step", "2", "--on", "2025-03-02", cwd=root).returncode == 0
    logged = json_of("log", "1h30m", "elements of ai", "--step", "1", "--on", "2025-11-10", cwd=root)
    assert (logged["minutes"], logged["step"], logged["studied_on"]) == (90, 1, "2025-11-10")
    refused("log", "45x", "pandas", cwd=root, says="'45x' is not a length of time I understand")
    refused("log", "1h", "later", "--on", "2999-01-01", cwd=root, says="(2999-01-01) is in the future")
    refused("log", "1h", "when", "--on", "10/11/2025", cwd=root, says="year-month-day")
    refused("log", "1h", cwd=root, says="Say what you studied")
    assert [e["topic"] for e in json_of("log", cwd=root)] == ["pandas groupby", "elements of ai"]

    figures = json_of("progress", "--as-of", "2025-12-31", cwd=root)
    assert figures["steps"][1]["log_hours"] == 0.75 and figures["steps"][0]["log_hours"] == 1.5
    assert figures["year_on_year"]["this_year"]["year"] == 2025
    assert figures["year_on_year"]["this_year"]["hours"] == 2.25
    assert figures["year_on_year"]["this_year"]["hours_by_month"][2] == 0.75
    shown = run_cli("progress", "--as-of", "2025-12-31", cwd=root)
    assert shown.returncode == 0 and "This year against last year" in shown.stdout and "Per step" in shown.stdout

    chart = tmp_path / "progress.svg"
    drawn = json_of("progress", "--as-of", "2025-12-31", "--chart", str(chart), cwd=root)
    assert drawn["chart"] == str(chart) and "This year against last year" in chart.read_text()
    refused("progress", "--chart", str(tmp_path / "progress.pdf"), cwd=root, says=".png or .svg")
    assert not (tmp_path / "progress.pdf").exists()


def test_time_on_exercises_counts_in_progress_hours(workspace, catalog):
    root = workspace.root
    exercise = catalog.get(EXERCISE)
    run_cli("check", EXERCISE, cwd=root)
    (root / exercise.workspace_path).write_text(exercise.solution)
    assert run_cli("check", EXERCISE, cwd=root).returncode == 0
    figures = json_of("progress", cwd=root)
    step = figures["steps"][exercise.step - 1]
    assert step["solved"] == 1 and step["log_hours"] == 0
    assert step["exercise_hours"] >= round(min(exercise.minutes, 15) / 60, 2)
    assert figures["totals"]["hours"] == step["exercise_hours"]


def test_resources_are_listed_filtered_added_marked_and_rated(workspace):
    root = workspace.root
    step_three = json_of("resources", "list", "--step", "3", cwd=root)
    assert step_three and {r["step"] for r in step_three} == {3}
    assert all(not r["free"] for r in json_of("resources", "list", "--paid", cwd=root))
    everything = run_cli("resources", cwd=root)
    assert everything.returncode == 0 and "elements-of-ai" in everything.stdout

    refused("resources", "add", "Mine", "not-a-url", "--step", "2", cwd=root, says="is not a web address")
    refused(
        "resources",
        "add",
        "Mine",
        "https://example.org/m",
        "--step",
        "2",
        "--kind",
        "podcast",
        cwd=root,
        says="not a kind of resource",
    )
    added = json_of(
        "resources",
        "add",
        "Mine",
        "https://example.org/m",
        "--step",
        "2",
        "--kind",
        "video",
        "--hours",
        "3",
        "--paid",
        cwd=root,
    )
    assert (added["key"], added["free"], added["own"]) == ("my/mine", False, True)
    assert [r["key"] for r in json_of("resources", "list", "--search", "example.org", cwd=root)] == ["my/mine"]

    refused("resources", "done", "my/mine", "--on", "2999-01-01", cwd=root, says="is in the future")
    refused("resources", "start", "elements-of-ia", cwd=root, says="Did you mean elements-of-ai")
    assert json_of("resources", "start", "my/mine", "--on", "2025-01-02", cwd=root)["status"] == "started"
    done = json_of("resources", "done", "my/mine", "--on", "2025-02-03", cwd=root)
    assert (done["started_on"], done["done_on"]) == ("2025-01-02", "2025-02-03")
    refused("resources", "rate", "my/mine", "9", cwd=root, says="from 1 (not for me) to 5")
    assert json_of("resources", "rate", "my/mine", "5", cwd=root)["rating"] == 5
    [mine] = json_of("resources", "list", "--status", "done", cwd=root)
    assert (mine["key"], mine["rating"], mine["status"]) == ("my/mine", 5, "done")


def test_a_plan_is_built_shown_exported_and_replanned(workspace, tmp_path):
    root = workspace.root
    refused("plan", cwd=root, says="mlsteps plan build")
    refused("plan", "build", "--months", "2:5", cwd=root, says="is not STEP=MONTHS")
    refused("plan", "build", "--hours-per-week", "0", cwd=root, says="not a pace to plan with")
    made = json_of(
        "plan", "build", "--hours-per-week", "5", "--start", "2025-01-06", "--pick", "py4e", "--months", "5=3", cwd=root
    )
    assert made["starts_on"] == "2025-01-06" and made["steps"][4]["months"] == 3
    assert [r["key"] for r in made["steps"][0]["resources"]] == ["py4e"]

    shown = json_of("plan", "show", "--as-of", "2025-03-01", cwd=root)
    assert shown["plan"]["id"] == made["id"] and shown["standing"]["verdict"] == "behind"
    assert shown["standing"]["weeks_ahead"] < 0 and shown["standing"]["working_step"] == 1
    view = run_cli("plan", "show", "--as-of", "2025-03-01", cwd=root)
    assert "weeks behind your plan" in " ".join(view.stdout.split()) and "mlsteps plan replan" in view.stdout

    markdown, ics = tmp_path / "plan.md", tmp_path / "plan.ics"
    refused("plan", "export", cwd=root, says="--markdown plan.md, --ics plan.ics")
    assert run_cli("plan", "export", "--markdown", str(markdown), "--ics", str(ics), cwd=root).returncode == 0
    assert "[Python for Everybody (py4e.com)](https://www.py4e.com/)" in markdown.read_text()
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert len(events) == 6 and str(events[0].get("dtstart").to_ical().decode()) == "20250106"

    again = json_of("plan", "replan", "--from", "2025-03-01", cwd=root)
    assert again["id"] != made["id"] and again["reason"].startswith("replanned on 2025-03-01")
    assert again["steps"][0]["starts_on"] == "2025-03-01"
    assert json_of("plan", "show", cwd=root)["plan"]["id"] == again["id"]


def review_counts(root) -> int:
    store = Store.at(root / ".mlsteps" / "journey.db")
    with store.engine.connect() as connection:
        count = connection.exec_driver_sql("SELECT count(*) FROM reviews").scalar()
    store.close()
    return count


def test_tidbits_are_kept_found_edited_reviewed_and_exported(workspace, tmp_path):
    root = workspace.root
    refused("tidbit", "add", "x", "--source", "scikit-learn", cwd=root, says="is not a web address")
    kept = json_of(
        "tidbit", "add", "Trees need no scaling", "--tag", "trees", "--source", "https://example.org/t", cwd=root
    )
    assert kept["tags"] == ["trees"] and kept["reviews"] == 0
    listed = json_of("tidbit", "list", cwd=root)
    assert kept["id"] in [t["id"] for t in listed] and any(t["starter"] == "trees-for-tables" for t in listed)
    assert [t["id"] for t in json_of("tidbit", "search", "scaling", "trees", cwd=root)] == [kept["id"]]
    assert (
        json_of("tidbit", "edit", str(kept["id"]), "--cue", "Scale for trees?", cwd=root)["cue"] == "Scale for trees?"
    )
    refused("tidbit", "edit", "999", "--text", "x", cwd=root, says="There is no tidbit 999")

    due = json_of("review", cwd=root)["due"]
    assert 0 < len(due) <= len(listed) and review_counts(root) == 0
    refused("review", "--answer", "good", "--answer", "perfect", cwd=root, says="'perfect' is not an answer")
    too_many = ["--answer", "good"] * (len(due) + 1)
    refused("review", *too_many, cwd=root, says=f"only {len(due)} tidbits are due: nothing was recorded")
    assert review_counts(root) == 0
    answered = json_of("review", "--answer", "good", "--answer", "easy", cwd=root)
    assert [a["rating"] for a in answered] == ["good", "easy"] and review_counts(root) == 2
    assert [a["tidbit"]["id"] for a in answered] == [t["id"] for t in due[:2]]
    assert len(json_of("review", cwd=root)["due"]) == len(due) - 2

    notes = tmp_path / "tidbits.md"
    assert run_cli("tidbit", "export", str(notes), cwd=root).returncode == 0
    assert "**Scale for trees?**" in notes.read_text() and "## trees" in notes.read_text()
    refused("tidbit", "export", str(tmp_path / "tidbits.txt"), cwd=root, says="name the file with .md")
    assert json_of("tidbit", "delete", str(kept["id"]), cwd=root)["id"] == kept["id"]
    assert kept["id"] not in [t["id"] for t in json_of("tidbit", "list", cwd=root)]


def test_review_asks_on_stdin_and_records_each_answer(workspace):
    root = workspace.root
    due = json_of("review", "--limit", "2", cwd=root)["due"]
    assert due[0]["cue"]  # the starters have a question, shown before their answer
    # Enter to reveal the first, a wrong reply then "3"; then the second: Enter, "q" to stop.
    typed = "\nperfect\n3\n\nq\n"
    result = subprocess.run(
        [sys.executable, "-m", "mlsteps.interfaces.cli", "review", "--limit", "2"],
        cwd=root,
        input=typed,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "COLUMNS": "120"},
    )
    assert result.returncode == 0, result.stderr
    shown = " ".join(result.stdout.split())
    assert due[0]["cue"] in shown and "'perfect' is not an answer" in shown and "Recorded: good" in shown
    assert "1 answers recorded" in shown and review_counts(root) == 1


def test_export_and_import_through_the_command_line(workspace, tmp_path):
    root = workspace.root
    run_cli("log", "2h", "numpy", "--step", "2", "--on", "2025-04-01", cwd=root)
    run_cli("tidbit", "add", "Plot first", "--tag", "eda", cwd=root)
    listed = json_of("tidbit", "list", cwd=root)  # the starter tidbits join the journey too
    mine = "1-python/comprehensions/list-comprehensions.py"
    (root / mine).write_text("def even_squares(numbers):\n    return 'my own work'\n")
    path = tmp_path / "journey.json"
    exported = json_of("export", str(path), cwd=root)
    assert exported["version"] == 2 and exported["rows"]["study_log"] == 1 and exported["files"] == 1
    refused("export", str(tmp_path / "journey.txt"), cwd=root, says="name the file with .json")

    other = tmp_path / "other"
    assert run_cli("init", str(other), cwd=tmp_path).returncode == 0
    imported = json_of("import", str(path), cwd=other)
    assert imported["rows"] == exported["rows"] and imported["files"] == 1
    assert (other / mine).read_bytes() == (root / mine).read_bytes()
    assert json_of("log", cwd=other) == json_of("log", cwd=root)
    assert json_of("tidbit", "list", cwd=other) == listed
    refused("import", str(path), cwd=other, says="already has a journey of its own")

    data = json.loads(path.read_text())
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({**data, "version": 7}))
    third = tmp_path / "third"
    run_cli("init", str(third), cwd=tmp_path)
    refused("import", str(newer), cwd=third, says="written by a newer mlsteps (journey format 7")
    broken = tmp_path / "broken.json"
    broken.write_text(path.read_text()[:200])
    refused("import", str(broken), cwd=third, says="is not valid JSON")
    assert json_of("log", cwd=third) == []
