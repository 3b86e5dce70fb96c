"""Study log, time read from exercise attempts, progress by step, month and year, and the charts."""

import datetime as dt

import pytest
import sqlalchemy as sa

from mlsteps.record import exercisetime, resources, studylog
from mlsteps.record import milestones as projects
from mlsteps.record.charts import write_chart
from mlsteps.record.inputs import BadInput
from mlsteps.record.progress import progress
from mlsteps.record.schema import attempts, events
from mlsteps.record.store import Store

TODAY = dt.date(2026, 3, 20)


@pytest.fixture
def store(tmp_path):
    opened = Store.at(tmp_path / "journey.db")
    yield opened
    opened.close()


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def attempt(store: Store, exercise_id: str, when: str, verdict: str = "failed") -> None:
    with store.engine.begin() as connection:
        connection.execute(
            attempts.insert().values(
                exercise_id=exercise_id, at=at(when), verdict=verdict, cases_passed=1, cases_total=4, duration_ms=5.0
            )
        )


# ---------------------------------------------------------------------------------------------- study log


def test_study_is_logged_by_day_and_step(store):
    entry = studylog.record(store, 45, "  pandas   groupby ", dt.date(2026, 3, 1), TODAY, step=2)
    assert (entry.minutes, entry.topic, entry.step, entry.studied_on) == (45, "pandas groupby", 2, dt.date(2026, 3, 1))
    from_resource = studylog.record(store, 30, "chapter 2", dt.date(2026, 2, 1), TODAY, resource="py4e")
    assert (from_resource.step, from_resource.resource) == (1, "py4e")
    assert [e.topic for e in studylog.entries(store)] == ["chapter 2", "pandas groupby"]
    assert [e.topic for e in studylog.entries(store, since=dt.date(2026, 2, 15))] == ["pandas groupby"]


@pytest.mark.parametrize(
    ("kwargs", "says"),
    [
        ({"on": dt.date(2026, 3, 21)}, "in the future"),
        ({"topic": "   "}, "Say what you studied"),
        ({"step": 9}, "no step 9"),
        ({"resource": "nothing-like-this"}, "no resource"),
    ],
)
def test_bad_log_entries_are_refused_and_nothing_is_recorded(store, kwargs, says):
    studylog.record(store, 20, "kept", dt.date(2026, 1, 5), TODAY)
    arguments = {"minutes": 30, "topic": "numpy", "on": dt.date(2026, 3, 1), "today": TODAY, **kwargs}
    with pytest.raises(BadInput, match=says):
        studylog.record(store, **arguments)
    assert [e.topic for e in studylog.entries(store)] == ["kept"]


# ------------------------------------------------------------------------------------------ exercise time


def estimate(exercise_id: str) -> float | None:
    return {"a": 8, "b": 40}.get(exercise_id)


def test_a_sitting_counts_the_time_between_checks_plus_a_capped_lead_in():
    marks = [
        (at("2026-03-01 10:00"), "a"),  # first of a sitting: a's own 8 minutes
        (at("2026-03-01 10:05"), "a"),  # +5
        (at("2026-03-01 10:25"), "b"),  # +20 for b
        (at("2026-03-01 10:26"), "b"),  # +1
        (at("2026-03-02 09:00"), "b"),  # a new sitting: b's 40 minutes capped at 15
        (at("2026-03-02 09:00"), "zzz"),  # no longer in the catalog: 0 minutes since the last mark
        (at("2026-03-02 11:00"), "zzz"),  # new sitting, unknown estimate: 5 minutes
    ]
    spent = {(s.exercise_id, s.day.isoformat()): s.minutes for s in exercisetime.time_spent(marks, estimate)}
    assert spent == {
        ("a", "2026-03-01"): 13,
        ("b", "2026-03-01"): 21,
        ("b", "2026-03-02"): 15,
        ("zzz", "2026-03-02"): exercisetime.UNKNOWN_ESTIMATE,
    }


def test_a_pause_longer_than_the_gap_is_not_counted():
    gap = exercisetime.GAP
    marks = [(at("2026-03-01 10:00"), "a"), (at("2026-03-01 10:00") + gap + dt.timedelta(seconds=1), "a")]
    [spent] = exercisetime.time_spent(marks, estimate)
    assert spent.minutes == 2 * 8  # two sittings, each with its lead-in only


def test_hints_and_solutions_seen_are_moments_of_work_too(store):
    attempt(store, "python/fizzbuzz", "2026-03-01 10:00")
    with store.engine.begin() as connection:
        connection.execute(
            events.insert().values(exercise_id="python/fizzbuzz", at=at("2026-03-01 10:12"), kind="hint")
        )
    assert [m for _, m in exercisetime.moments(store)] == ["python/fizzbuzz", "python/fizzbuzz"]
    [spent] = exercisetime.time_spent(exercisetime.moments(store), lambda _: 10)
    assert spent.minutes == 10 + 12


# ---------------------------------------------------------------------------------------------- progress


def test_progress_adds_study_and_exercise_time_per_step_month_and_year(store, catalog):
    first, second = [e for e in catalog if e.step == 1][:2]
    lead_in = min(first.minutes, exercisetime.LEAD_IN_CAP)
    attempt(store, first.id, "2026-02-10 18:00")
    attempt(store, first.id, "2026-02-10 18:20", "passed")
    attempt(store, first.id, "2026-02-11 09:00", "passed")  # solved once only
    attempt(store, second.id, "2025-03-05 12:00", "passed")
    attempt(store, second.id, "2026-03-21 12:00", "passed")  # after as_of: not counted
    studylog.record(store, 90, "numpy", dt.date(2026, 2, 2), TODAY, step=2)
    studylog.record(store, 60, "reading", dt.date(2025, 3, 1), TODAY)
    studylog.record(store, 120, "matplotlib", dt.date(2025, 11, 3), TODAY, step=2)
    resources.finish(store, "elements-of-ai", dt.date(2026, 1, 9), TODAY)
    resources.start(store, "py4e", dt.date(2026, 1, 9), TODAY)
    projects.record(
        store, projects.Project("titanic", 5, dt.date(2025, 2, 1), dt.date(2025, 3, 1), dt.date(2026, 3, 2))
    )

    figures = progress(store, catalog, TODAY)
    step1, step2 = figures.steps[0], figures.steps[1]
    assert step1.tally.solved == 2 and step1.exercises == sum(e.step == 1 for e in catalog)
    assert step1.tally.exercise_hours == pytest.approx((lead_in + 20 + lead_in + lead_in) / 60)
    assert (step1.tally.resources_done, step1.resources_started) == (1, 1)
    assert step2.tally.log_hours == pytest.approx(3.5) and step2.tally.solved == 0
    assert figures.no_step.log_hours == pytest.approx(1)
    assert (figures.steps[4].projects, figures.steps[4].tally.repositories, figures.steps[4].tally.posts) == (1, 1, 1)

    assert next(iter(figures.months)) == "2025-03" and list(figures.months)[-1] == "2026-03"
    february = figures.months["2026-02"]
    assert february.log_hours == pytest.approx(1.5) and february.solved == 1
    assert february.exercise_hours == pytest.approx((lead_in + 20 + lead_in) / 60)

    this, last = figures.years[2026], figures.years[2025]
    assert this.hours == pytest.approx(sum(figures.year_hours_by_month(2026)))
    assert (this.solved, last.solved, this.resources_done, this.posts, last.repositories) == (1, 1, 1, 1, 1)
    assert last.log_hours == pytest.approx(3) and figures.last_year_to_date.log_hours == pytest.approx(1)
    assert figures.last_year_to_date.solved == 1
    assert figures.totals().hours == pytest.approx(sum(s.tally.hours for s in figures.steps) + 1)


def test_progress_json_has_every_view(store, catalog):
    studylog.record(store, 30, "numpy", dt.date(2026, 1, 2), TODAY, step=2)
    data = progress(store, catalog, TODAY).to_dict()
    assert set(data) >= {"as_of", "totals", "steps", "months", "year_on_year"}
    assert len(data["months"]) == 12 and data["months"][-1]["month"] == "2026-03"
    yoy = data["year_on_year"]
    assert yoy["this_year"]["year"] == 2026 and yoy["last_year"]["year"] == 2025
    assert yoy["this_year"]["hours_by_month"][0] == 0.5 and len(yoy["last_year"]["hours_by_month"]) == 12
    assert yoy["last_year_to_date"]["until"] == "2025-03-20"
    assert data["steps"][1]["hours"] == 0.5 and data["totals"]["log_hours"] == 0.5


def test_a_leap_day_compares_with_the_last_day_of_february(store, catalog):
    studylog.record(store, 60, "x", dt.date(2023, 2, 28), dt.date(2024, 2, 29))
    figures = progress(store, catalog, dt.date(2024, 2, 29))
    assert figures.to_dict()["year_on_year"]["last_year_to_date"]["until"] == "2023-02-28"
    assert figures.last_year_to_date.hours == 1


# ------------------------------------------------------------------------------------------------ charts


@pytest.mark.parametrize(("name", "magic"), [("progress.png", b"\x89PNG"), ("progress.svg", b"<?xml")])
def test_charts_are_written_as_png_or_svg(store, catalog, tmp_path, name, magic):
    studylog.record(store, 90, "numpy", dt.date(2026, 2, 2), TODAY, step=2)
    studylog.record(store, 30, "python", dt.date(2025, 5, 2), TODAY, step=1)
    path = write_chart(progress(store, catalog, TODAY), tmp_path / name)
    assert path.read_bytes().startswith(magic) and path.stat().st_size > 10_000
    if name.endswith(".svg"):
        text = path.read_text()
        assert "This year against last year" in text and "Month by month" in text and "Per step" in text
        assert "2025 (last year)" in text and "2026 (this year)" in text


def test_charts_refuse_other_formats_and_missing_folders(store, catalog, tmp_path):
    figures = progress(store, catalog, TODAY)
    with pytest.raises(BadInput, match=r"\.png or \.svg"):
        write_chart(figures, tmp_path / "progress.pdf")
    with pytest.raises(BadInput, match="does not exist"):
        write_chart(figures, tmp_path / "nowhere" / "progress.png")
    assert list(tmp_path.glob("progress.*")) == []


def test_projects_are_recorded_once_by_name_and_checked(store):
    projects.record(store, projects.Project("titanic", 5, dt.date(2025, 2, 1)))
    projects.record(store, projects.Project("titanic", 5, dt.date(2025, 2, 1), post_on=dt.date(2025, 4, 1)))
    assert projects.all_projects(store) == [
        projects.Project("titanic", 5, dt.date(2025, 2, 1), None, dt.date(2025, 4, 1))
    ]
    with pytest.raises(BadInput, match="before the project started"):
        projects.record(store, projects.Project("titanic", 5, dt.date(2025, 2, 1), dt.date(2025, 1, 1)))
    with store.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM projects")).scalar() == 1
