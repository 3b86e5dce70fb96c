"""The learner's own dated plan: built from pace and picks, measured against, re-planned, exported."""

import datetime as dt

import pytest
import sqlalchemy as sa
from icalendar import Calendar

from mlsteps.record import plan, planexport, resources
from mlsteps.record.inputs import BadInput
from mlsteps.record.schema import attempts
from mlsteps.record.store import Store

START = dt.date(2025, 1, 6)
NOW = dt.datetime(2025, 1, 6, 9, 0)


@pytest.fixture
def store(tmp_path):
    opened = Store.at(tmp_path / "journey.db")
    yield opened
    opened.close()


def test_a_plan_lays_the_steps_end_to_end_with_the_roadmaps_free_resources_by_default(store, catalog):
    made = plan.build(store, catalog, 40, START, now=NOW)
    assert [s.step for s in made.steps] == [1, 2, 3, 4, 5] and made.starts_on == START
    assert made.steps[0].starts_on == START
    for earlier, later in zip(made.steps, made.steps[1:], strict=False):
        assert later.starts_on == earlier.ends_on
    for step in made.steps:
        assert step.months == step.usual_months == catalog.step(step.step).months  # 40 h a week: all fits
        assert [r.key for r in step.resources] == [
            r.key for r in resources.shipped() if r.roadmap and r.free and r.step == step.step
        ]
        assert step.exercises == sum(e.step == step.step for e in catalog)
        assert (step.ends_on - step.starts_on).days == round(step.months * 365.25 / 12)
    assert plan.latest(store, catalog) == made


def test_a_slow_pace_stretches_a_step_until_its_work_fits(store, catalog):
    made = plan.build(store, catalog, 2, START, now=NOW)
    stretched = [s for s in made.steps if s.months > s.usual_months]
    assert stretched, "at 2 hours a week the roadmap's resources do not fit in the usual months"
    for step in made.steps:
        capacity = step.months * 2 * 52 / 12
        assert capacity >= step.workload_hours
        if step.months > step.usual_months:
            assert capacity - step.workload_hours < 2 * 52 / 12 / 4  # no more than a quarter month to spare
            assert step.months * 4 == int(step.months * 4)


def test_picks_and_months_are_the_learners_choice(store, catalog):
    own = resources.add(store, "My course", "https://example.org/course", 3, "course", hours=10)
    made = plan.build(store, catalog, 5, START, months={2: 6, 4: 2.5}, picks=["py4e", own.key, "py4e"], now=NOW)
    by_step = {s.step: s for s in made.steps}
    assert [r.key for r in by_step[1].resources] == ["py4e"]
    assert [r.key for r in by_step[3].resources] == [own.key]
    assert (by_step[2].months, by_step[4].months) == (6, 2.5)


@pytest.mark.parametrize(
    ("kwargs", "says"),
    [
        ({"hours_per_week": 0}, "above 0"),
        ({"hours_per_week": 200}, "at most 80"),
        ({"months": {2: 0.1}}, "0.25 to 36"),
        ({"months": {8: 2}}, "no step 8"),
        ({"picks": ["no-such-thing"]}, "no resource"),
    ],
)
def test_a_bad_plan_is_refused_and_nothing_is_saved(store, catalog, kwargs, says):
    arguments = {"hours_per_week": 5, "starts_on": START, **kwargs}
    with pytest.raises(BadInput, match=says):
        plan.build(store, catalog, **arguments)
    assert plan.latest(store, catalog) is None
    with pytest.raises(BadInput, match="plan build"):
        plan.require(store, catalog)


def test_standing_is_measured_in_work_done_against_work_planned(store, catalog):
    made = plan.build(store, catalog, 5, START, now=NOW)
    first = made.steps[0]
    halfway = first.starts_on + (first.ends_on - first.starts_on) / 2
    nothing = plan.standing(store, catalog, made, halfway)
    assert nothing.steps[0].planned_fraction == pytest.approx(0.5, abs=0.01)
    assert nothing.done_hours == 0 and nothing.verdict == plan.BEHIND
    assert nothing.weeks_ahead == pytest.approx(-nothing.planned_hours / 5)
    assert (nothing.calendar_step, nothing.working_step) == (1, 1)

    for resource in first.resources:
        resources.finish(store, resource.key, START, halfway)
    ahead = plan.standing(store, catalog, made, halfway)
    assert ahead.done_hours == pytest.approx(first.resource_hours)
    assert ahead.verdict == plan.AHEAD and ahead.weeks_ahead > plan.ON_TRACK_WEEKS
    assert plan.standing(store, catalog, made, START - dt.timedelta(days=3)).verdict == plan.NOT_STARTED


def test_solved_exercises_count_as_their_minutes_of_work(store, catalog):
    made = plan.build(store, catalog, 5, START, now=NOW)
    exercise = next(e for e in catalog if e.step == 1)
    with store.engine.begin() as connection:
        connection.execute(
            attempts.insert().values(
                exercise_id=exercise.id,
                at=dt.datetime(2025, 1, 7, 10),
                verdict="passed",
                cases_passed=3,
                cases_total=3,
                duration_ms=4.0,
            )
        )
    before = plan.standing(store, catalog, made, dt.date(2025, 1, 6))
    after = plan.standing(store, catalog, made, dt.date(2025, 1, 8))
    assert (before.steps[0].solved, after.steps[0].solved) == (0, 1)
    assert after.done_hours == pytest.approx(exercise.minutes / 60)


def test_replanning_keeps_finished_steps_and_lays_out_the_rest_from_the_day_given(store, catalog):
    made = plan.build(store, catalog, 5, START, now=NOW)
    first = made.steps[0]
    for resource in first.resources:
        resources.finish(store, resource.key, START, dt.date(2025, 3, 1))
    exercises = [e for e in catalog if e.step == 1]
    with store.engine.begin() as connection:
        for exercise in exercises:
            connection.execute(
                attempts.insert().values(
                    exercise_id=exercise.id,
                    at=dt.datetime(2025, 2, 1),
                    verdict="passed",
                    cases_passed=1,
                    cases_total=1,
                    duration_ms=1.0,
                )
            )
    later = dt.date(2025, 9, 1)  # well into step 2 by the calendar, with nothing of step 2 done
    assert plan.standing(store, catalog, made, later).verdict == plan.BEHIND
    again = plan.replan(store, catalog, later, now=dt.datetime(2025, 9, 1, 8))
    assert again.id != made.id and plan.latest(store, catalog) == again
    assert again.reason.startswith("replanned on 2025-09-01:") and "behind" in again.reason
    kept = again.steps[0]
    assert (kept.starts_on, kept.ends_on, kept.months) == (first.starts_on, first.ends_on, first.months)
    assert again.steps[1].starts_on == later and again.steps[1].months >= made.steps[1].months
    for earlier, following in zip(again.steps[1:], again.steps[2:], strict=False):
        assert following.starts_on == earlier.ends_on
    assert [s.resources for s in again.steps] == [s.resources for s in made.steps]
    with store.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM plans")).scalar() == 2
    faster = plan.replan(store, catalog, later, hours_per_week=20)
    assert faster.hours_per_week == 20 and faster.steps[1].months <= again.steps[1].months
    with pytest.raises(BadInput, match="above 0"):
        plan.replan(store, catalog, later, hours_per_week=-1)


def test_the_plan_as_markdown_ticks_what_is_done(store, catalog):
    made = plan.build(store, catalog, 5, START, picks=["py4e", "corey-schafer-jupyter"], now=NOW)
    resources.finish(store, "py4e", START, dt.date(2025, 2, 1))
    text = planexport.to_markdown(plan.latest(store, catalog), resources.marks(store))
    assert text.startswith("# My machine learning plan")
    assert "- [x] [Python for Everybody (py4e.com)](https://www.py4e.com/)" in text
    assert "- [ ] [Jupyter Notebook Tutorial (Corey Schafer)](https://www.youtube.com/watch?v=HW29067qVWk)" in text
    for step in made.steps:
        assert f"## Step {step.step}: {step.title}" in text
        assert f"{step.starts_on.isoformat()} to {step.ends_on.isoformat()}" in text


def test_the_plan_as_icalendar_has_one_event_per_step_and_a_yearly_look_back(store, catalog):
    made = plan.build(store, catalog, 5, START, now=NOW)
    calendar = Calendar.from_ical(planexport.to_ics(made))
    found = {str(e.get("uid")): e for e in calendar.walk("VEVENT")}
    for step in made.steps:
        event = found[f"mlsteps-plan-{made.id}-step-{step.step}@mlsteps"]
        assert (event.decoded("dtstart"), event.decoded("dtend")) == (step.starts_on, step.ends_on)
        assert str(event.get("summary")) == f"Step {step.step}: {step.title}"
        assert all(r.url in str(event.get("description")) for r in step.resources)
    yearly = found[f"mlsteps-plan-{made.id}-year-on-year@mlsteps"]
    assert yearly.decoded("dtstart") == dt.date(2026, 1, 6) and yearly.get("rrule")["FREQ"] == ["YEARLY"]
    assert planexport.to_ics(made) == planexport.to_ics(made)  # the same plan gives the same file
