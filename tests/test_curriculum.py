"""Every exercise in the package proves itself, and the curriculum has what the roadmap asks for."""

from collections import Counter

import pytest

from mlsteps.engine.catalog import Catalog
from mlsteps.engine.judge import Judge
from mlsteps.engine.proof import behaviour_problems, format_problems

CATALOG = Catalog()


@pytest.fixture(scope="module")
def judge():
    with Judge() as warm_judge:
        yield warm_judge


@pytest.mark.parametrize("exercise", CATALOG.exercises, ids=lambda exercise: exercise.id)
def test_exercise_folder_is_complete(exercise):
    assert format_problems(exercise) == []


@pytest.mark.parametrize("exercise", CATALOG.exercises, ids=lambda exercise: exercise.id)
def test_solution_passes_starter_fails_and_mistakes_get_their_feedback(judge, exercise):
    assert behaviour_problems(exercise, judge) == []


def test_five_steps_each_with_why_done_months_and_topics():
    assert [step.number for step in CATALOG.steps] == [1, 2, 3, 4, 5]
    for step in CATALOG.steps:
        assert step.title and step.why and step.done and step.months > 0 and step.topics


def test_step_one_covers_every_topic_with_at_least_55_exercises():
    step_one = [exercise for exercise in CATALOG if exercise.step == 1]
    assert len(step_one) >= 55
    per_topic = Counter(exercise.topic for exercise in step_one)
    assert set(per_topic) == {topic.id for topic in CATALOG.step(1).topics}


def test_ids_are_stable_track_slash_slug():
    for exercise in CATALOG:
        track, _, slug = exercise.id.partition("/")
        assert track and slug == exercise.folder.name, exercise.id


def _count(step: int) -> Counter:
    return Counter(exercise.topic for exercise in CATALOG if exercise.step == step)


def test_step_two_has_numpy_pandas_matplotlib_cleaning_time_series_charts_and_a_capstone():
    per_topic = _count(2)
    assert per_topic["numpy"] >= 15 and per_topic["pandas"] >= 20 and per_topic["matplotlib"] >= 10
    assert per_topic["cleaning"] >= 12 and per_topic["time-series"] >= 8 and per_topic["charts"] >= 7
    assert per_topic["capstone"] >= 5
    assert sum(per_topic.values()) >= 80
    assert set(per_topic) == {topic.id for topic in CATALOG.step(2).topics}


def test_step_three_has_at_least_70_exercises_over_its_topics():
    per_topic = _count(3)
    assert sum(per_topic.values()) >= 70
    assert set(per_topic) == {topic.id for topic in CATALOG.step(3).topics}


def test_step_five_has_at_least_42_from_scratch_exercises_in_topics_that_block_the_libraries():
    from_scratch = [e for e in CATALOG if e.step == 5 and e.topic != "projects"]  # every topic but projects
    assert len(from_scratch) >= 42
    assert {"linear-models", "trees-and-ensembles", "unsupervised", "networks", "framework"} <= {
        e.topic for e in from_scratch
    }
    assert all({"sklearn", "torch"} <= set(exercise.blocked) for exercise in from_scratch)


def test_step_five_projects_topic_has_at_least_8_exercises_on_sharing_work():
    assert _count(5)["projects"] >= 8


def test_every_vectorising_exercise_is_timed_against_its_loop():
    vectorising = [e for e in CATALOG if "speed" in e.tags or e.speed is not None]
    assert len(vectorising) >= 2
    assert all(e.speed is not None and any(case.timed for case in e.cases()) for e in vectorising)


def test_step_four_has_at_least_45_pytorch_exercises_including_transfer_learning():
    per_topic = _count(4)
    assert sum(per_topic.values()) >= 45 and per_topic["transfer"] >= 2
    assert set(per_topic) == {topic.id for topic in CATALOG.step(4).topics}
    assert all("torch" in exercise.requires for exercise in CATALOG if exercise.step == 4)
