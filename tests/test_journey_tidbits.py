"""Tidbits: kept, found, edited, and reviewed with spaced repetition (fsrs); every answer is recorded."""

import datetime as dt
import tomllib

import pytest
import sqlalchemy as sa
from fsrs import Scheduler

from mlsteps.record import tidbits
from mlsteps.record.inputs import BadInput
from mlsteps.record.schema import reviews
from mlsteps.record.store import Store

NOW = dt.datetime(2025, 5, 1, 9, 0)
STEADY = Scheduler(enable_fuzzing=False)  # the same intervals on every run


@pytest.fixture
def store(tmp_path):
    opened = Store.at(tmp_path / "journey.db")
    yield opened
    opened.close()


def reviews_of(store: Store, tidbit_id: int) -> list[tuple]:
    query = sa.select(reviews.c.at, reviews.c.rating).where(reviews.c.tidbit_id == tidbit_id).order_by(reviews.c.id)
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(query)]


def test_the_starter_set_is_offered_once_and_a_deleted_starter_stays_deleted(store, tmp_path):
    shipped = [item for item in tomllib.loads(tidbits.STARTERS.read_text())["tidbits"] if "exercise" not in item]
    assert tidbits.seed_starters(store, NOW) == len(shipped)
    assert tidbits.seed_starters(store, NOW) == 0
    found = tidbits.all_tidbits(store)
    assert sorted(t.starter for t in found) == sorted(item["key"] for item in shipped)
    assert all(t.cue and t.text and t.due >= NOW for t in found)
    assert sum(t.due == NOW for t in found) == min(len(found), tidbits.NEW_PER_DAY)  # a few a day, not all at once
    trees = next(t for t in found if t.starter == "trees-for-tables")
    tidbits.delete(store, trees.id)
    assert tidbits.seed_starters(store, NOW) == 0
    assert "trees-for-tables" not in {t.starter for t in tidbits.all_tidbits(store)}

    newer = tmp_path / "tidbits.toml"
    newer.write_text(tidbits.STARTERS.read_text() + '\n[[tidbits]]\nkey = "new-one"\ntext = "Something new."\n')
    assert tidbits.seed_starters(store, NOW, newer) == 1


def test_the_starters_cover_trees_against_deep_learning_and_year_on_year():
    shipped = {item["key"]: item for item in tomllib.loads(tidbits.STARTERS.read_text())["tidbits"]}
    assert "trees" in shipped["trees-for-tables"]["tags"]
    assert "transfer-learning" in shipped["deep-learning-for-unstructured"]["tags"]
    assert "year" in shipped["year-on-year"]["text"]


def test_add_list_search_edit(store):
    kept = tidbits.add(
        store,
        "  Random forests rarely need scaled features. ",
        ["Trees", "feature scaling, trees"],
        "https://scikit-learn.org/stable/",
        step=3,
        now=NOW,
    )
    other = tidbits.add(store, "Plot before you model.", ["eda"], now=NOW)
    assert (kept.text, kept.tags, kept.step, kept.reviews) == (
        "Random forests rarely need scaled features.",
        ("trees", "feature-scaling"),
        3,
        0,
    )
    assert [t.id for t in tidbits.all_tidbits(store, tag="TREES")] == [kept.id]
    assert [t.id for t in tidbits.search(store, "forests SCALED")] == [kept.id]
    assert [t.id for t in tidbits.search(store, "scikit-learn.org")] == [kept.id]
    assert tidbits.search(store, "forests plot") == []
    changed = tidbits.edit(
        store,
        other.id,
        text="Plot the data before any model.",
        tags=["eda", "charts"],
        cue="What comes before modelling?",
    )
    assert (changed.text, changed.tags, changed.cue, changed.due) == (
        "Plot the data before any model.",
        ("eda", "charts"),
        "What comes before modelling?",
        other.due,
    )


@pytest.mark.parametrize(
    ("call", "says"),
    [
        (lambda s: tidbits.add(s, "   "), "empty"),
        (lambda s: tidbits.add(s, "text", source="scikit-learn"), "not a web address"),
        (lambda s: tidbits.add(s, "text", step=0), "no step 0"),
        (lambda s: tidbits.edit(s, 999, text="x"), "no tidbit 999"),
        (lambda s: tidbits.edit(s, 1), "Say what to change"),
        (lambda s: tidbits.edit(s, 1, source="nope"), "not a web address"),
        (lambda s: tidbits.delete(s, 999), "no tidbit 999"),
        (lambda s: tidbits.search(s, "  "), "word to search"),
        (lambda s: tidbits.review(s, 1, "perfect", NOW), "again, hard, good or easy"),
        (lambda s: tidbits.review(s, 999, "good", NOW), "no tidbit 999"),
    ],
)
def test_bad_tidbit_input_is_refused_and_nothing_changes(store, call, says):
    tidbits.add(store, "Kept as it is.", ["keep"], now=NOW)
    before = tidbits.all_tidbits(store)
    with pytest.raises(BadInput, match=says):
        call(store)
    assert tidbits.all_tidbits(store) == before and reviews_of(store, 1) == []


def test_a_review_moves_the_card_and_is_recorded(store):
    first = tidbits.add(store, "Trees for tables.", now=NOW)
    assert [t.id for t in tidbits.due(store, NOW)] == [first.id]
    answered = tidbits.review(store, first.id, "good", NOW, STEADY)
    assert answered.rating == "good" and answered.tidbit.reviews == 1
    assert answered.tidbit.due == NOW + STEADY.learning_steps[1]  # a new card takes its learning steps first
    assert tidbits.due(store, NOW) == []
    later = answered.tidbit.due
    again = tidbits.review(store, first.id, "3", later, STEADY)
    assert again.tidbit.due - later >= dt.timedelta(days=1)  # graduated: days now, not minutes
    assert reviews_of(store, first.id) == [(NOW, 3), (later, 3)]
    assert tidbits.next_due(store) == again.tidbit.due


def test_what_you_answer_decides_how_soon_it_comes_back(store):
    ids = [tidbits.add(store, f"Tidbit {n}", now=NOW).id for n in range(4)]
    due = {
        word: tidbits.review(store, i, word, NOW, STEADY).tidbit.due
        for i, word in zip(ids, tidbits.RATINGS, strict=True)
    }
    assert due["again"] <= due["hard"] <= due["good"] < due["easy"]
    assert due["easy"] - NOW >= dt.timedelta(days=1)


def test_due_comes_most_overdue_first_and_respects_the_limit(store):
    early = tidbits.add(store, "early", now=NOW - dt.timedelta(days=2))
    late = tidbits.add(store, "late", now=NOW - dt.timedelta(days=1))
    tidbits.add(store, "not yet", now=NOW + dt.timedelta(days=1))
    assert [t.id for t in tidbits.due(store, NOW)] == [early.id, late.id]
    assert [t.id for t in tidbits.due(store, NOW, limit=1)] == [early.id]


def test_deleting_a_tidbit_removes_its_reviews(store):
    kept = tidbits.add(store, "x", now=NOW)
    tidbits.review(store, kept.id, "good", NOW, STEADY)
    assert tidbits.delete(store, kept.id).id == kept.id
    assert tidbits.all_tidbits(store) == [] and reviews_of(store, kept.id) == []


def test_tidbits_as_markdown_grouped_by_their_first_tag(store):
    tidbits.add(store, "Trees for tables.", ["trees", "models"], "https://example.org/trees", cue="Tables?", now=NOW)
    tidbits.add(store, "No tag here.", now=NOW)
    tidbits.add(store, "Boosting adds trees one by one.", ["trees"], now=NOW)
    text = tidbits.to_markdown(tidbits.all_tidbits(store))
    assert text.startswith("# My tidbits\n")
    trees, untagged = text.index("## trees"), text.index("## Untagged")
    assert trees < text.index("**Tables?**") < text.index("Boosting adds") < untagged < text.index("No tag here.")
    assert "*tags: trees, models · source: <https://example.org/trees>*" in text


def test_an_exercises_own_tidbits_come_once_it_has_passed(store, tmp_path):
    lessons = tmp_path / "tidbits.toml"
    lessons.write_text(
        '[[tidbits]]\nkey = "general"\ntext = "For everyone."\n\n'
        '[[tidbits]]\nkey = "of-fizzbuzz"\ncue = "Which test goes first?"\ntext = "The most specific."\n'
        'exercise = "python/fizzbuzz"\n'
    )
    assert tidbits.seed_starters(store, NOW, lessons) == 1  # the exercise is not passed yet: only the general one
    assert tidbits.offer_lessons(store, "python/other", NOW, lessons) == []
    assert tidbits.offer_lessons(store, "python/fizzbuzz", NOW, lessons) == ["Which test goes first?"]
    assert tidbits.offer_lessons(store, "python/fizzbuzz", NOW, lessons) == []  # once
    assert tidbits.seed_starters(store, NOW, lessons, passed={"python/fizzbuzz"}) == 0
    assert sorted(t.starter for t in tidbits.all_tidbits(store)) == ["general", "of-fizzbuzz"]
