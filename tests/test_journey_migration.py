"""A store made before the journey's own tables (revision 0002) upgrades to them without losing anything."""

import datetime as dt

import sqlalchemy as sa

from mlsteps.record import studylog, tidbits
from mlsteps.record.store import Store, make_engine, migration_head, upgrade

EXERCISE = "python/list-comprehensions"


def test_a_store_at_0002_with_a_record_upgrades_to_the_journey_tables_without_loss(store_url):
    engine = make_engine(store_url)
    upgrade(engine, "0002")
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO attempts (exercise_id, at, verdict, cases_passed, cases_total, duration_ms, hints_used, "
                "solution_viewed) VALUES (:id, :at, 'passed', 8, 8, 12.5, 2, :viewed)"
            ),
            {"id": EXERCISE, "at": dt.datetime(2025, 3, 1, 9, 30), "viewed": True},
        )
        connection.execute(
            sa.text("INSERT INTO events (exercise_id, at, kind, detail) VALUES (:id, :at, 'hint', '2')"),
            {"id": EXERCISE, "at": dt.datetime(2025, 3, 1, 9, 20)},
        )
        connection.execute(
            sa.text("INSERT INTO workspace_files VALUES ('1-python/a.py', :id, 'abc123')"), {"id": EXERCISE}
        )
        connection.execute(sa.text("INSERT INTO state VALUES ('current_exercise', :id)"), {"id": EXERCISE})
        assert not sa.inspect(connection).has_table("study_log")
    engine.dispose()

    store = Store(store_url)
    with store.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == migration_head()
        assert connection.execute(sa.text("SELECT count(*) FROM events")).scalar() == 1
    [attempt] = store.attempts()
    assert (attempt.exercise_id, attempt.at, attempt.hints_used, attempt.solution_viewed) == (
        EXERCISE,
        dt.datetime(2025, 3, 1, 9, 30),
        2,
        True,
    )
    assert store.starter_shas() == {"1-python/a.py": "abc123"}
    assert store.get_state("current_exercise") == EXERCISE
    assert store.count_events(EXERCISE, "hint") == 1

    studylog.record(store, 30, "first log after the upgrade", dt.date(2025, 3, 2), dt.date(2025, 3, 2), step=1)
    assert [e.topic for e in studylog.entries(store)] == ["first log after the upgrade"]
    assert tidbits.seed_starters(store) > 0
    store.close()
