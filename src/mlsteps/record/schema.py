"""The journey store's tables, as the latest migration leaves them.

Migrations (``migrations/versions``) are the source of truth for how a store got here; this module describes
the result for queries. A test checks that the two agree.
"""

import sqlalchemy as sa

metadata = sa.MetaData()

attempts = sa.Table(
    "attempts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("exercise_id", sa.String(200), nullable=False, index=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("verdict", sa.String(20), nullable=False),
    sa.Column("cases_passed", sa.Integer, nullable=False),
    sa.Column("cases_total", sa.Integer, nullable=False),
    sa.Column("duration_ms", sa.Float, nullable=False),
    sa.Column("hints_used", sa.Integer, nullable=False, server_default="0"),
    sa.Column("solution_viewed", sa.Boolean, nullable=False, server_default=sa.false()),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("exercise_id", sa.String(200), nullable=False, index=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),  # hint, solution, reset
    sa.Column("detail", sa.Text, nullable=False, server_default=""),
)

workspace_files = sa.Table(
    "workspace_files",
    metadata,
    sa.Column("path", sa.String(500), primary_key=True),
    sa.Column("exercise_id", sa.String(200), nullable=False),
    sa.Column("starter_sha", sa.String(64), nullable=False),
)

state = sa.Table(
    "state",
    metadata,
    sa.Column("key", sa.String(100), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

# 0003: the learner's own records.

study_log = sa.Table(
    "study_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("studied_on", sa.Date, nullable=False, index=True),  # the learner's calendar day
    sa.Column("minutes", sa.Integer, nullable=False),
    sa.Column("topic", sa.Text, nullable=False),
    sa.Column("step", sa.Integer, nullable=True),
    sa.Column("resource", sa.String(200), nullable=True),  # a resource key, when the time went to one
    sa.Column("recorded_at", sa.DateTime, nullable=False),
)

own_resources = sa.Table(
    "own_resources",
    metadata,
    sa.Column("key", sa.String(200), primary_key=True),  # my/<slug>; shipped resources live in content
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("step", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("free", sa.Boolean, nullable=False),
    sa.Column("hours", sa.Float, nullable=False),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    sa.Column("added_at", sa.DateTime, nullable=False),
)

resource_marks = sa.Table(
    "resource_marks",
    metadata,
    sa.Column("key", sa.String(200), primary_key=True),  # any resource, shipped or own
    sa.Column("status", sa.String(10), nullable=False),  # new, started, done
    sa.Column("started_on", sa.Date, nullable=True),
    sa.Column("done_on", sa.Date, nullable=True),
    sa.Column("rating", sa.Integer, nullable=True),  # 1-5
    sa.Column("updated_at", sa.DateTime, nullable=False),
)

plans = sa.Table(
    "plans",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),  # the latest plan is the one in use; earlier ones are history
    sa.Column("made_at", sa.DateTime, nullable=False),
    sa.Column("starts_on", sa.Date, nullable=False),
    sa.Column("hours_per_week", sa.Float, nullable=False),
    sa.Column("reason", sa.Text, nullable=False, server_default=""),
)

plan_steps = sa.Table(
    "plan_steps",
    metadata,
    sa.Column("plan_id", sa.Integer, sa.ForeignKey("plans.id"), primary_key=True),
    sa.Column("step", sa.Integer, primary_key=True),
    sa.Column("months", sa.Float, nullable=False),
    sa.Column("starts_on", sa.Date, nullable=False),
    sa.Column("ends_on", sa.Date, nullable=False),
)

plan_resources = sa.Table(
    "plan_resources",
    metadata,
    sa.Column("plan_id", sa.Integer, sa.ForeignKey("plans.id"), primary_key=True),
    sa.Column("resource_key", sa.String(200), primary_key=True),
    sa.Column("step", sa.Integer, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
)

tidbits = sa.Table(
    "tidbits",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("cue", sa.Text, nullable=False, server_default=""),  # the question shown before the text
    sa.Column("tags", sa.Text, nullable=False, server_default=""),  # comma-separated, lower case
    sa.Column("source", sa.Text, nullable=False, server_default=""),
    sa.Column("step", sa.Integer, nullable=True),
    sa.Column("starter", sa.String(100), nullable=True),  # the key of the shipped tidbit it came from
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("edited_at", sa.DateTime, nullable=True),
    sa.Column("card", sa.Text, nullable=False),  # the fsrs card, as its own JSON
    sa.Column("due", sa.DateTime, nullable=False, index=True),
)

reviews = sa.Table(
    "reviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("tidbit_id", sa.Integer, sa.ForeignKey("tidbits.id"), nullable=False, index=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("rating", sa.Integer, nullable=False),  # fsrs: 1 again, 2 hard, 3 good, 4 easy
)

projects = sa.Table(
    "projects",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("step", sa.Integer, nullable=False, server_default="5"),
    sa.Column("started_on", sa.Date, nullable=False),
    sa.Column("repository_on", sa.Date, nullable=True),  # first commit: ready to show as a repository
    sa.Column("post_on", sa.Date, nullable=True),  # blog post written
)

# 0004: a mentor's gradebook.

grades = sa.Table(
    "grades",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("learner", sa.String(200), nullable=False, index=True),
    sa.Column("exercise_id", sa.String(200), nullable=False, index=True),
    sa.Column("submission_sha", sa.String(64), nullable=False),  # of the code judged: the same code, the same row
    sa.Column("verdict", sa.String(20), nullable=False),
    sa.Column("passed", sa.Boolean, nullable=False),
    sa.Column("cases_passed", sa.Integer, nullable=False),
    sa.Column("cases_total", sa.Integer, nullable=False),
    sa.Column("failing_case", sa.Text, nullable=True),  # the first failing case's label and call
    sa.Column("mistake", sa.String(200), nullable=True),  # the recorded mistake the submission behaves like
    sa.Column("feedback", sa.Text, nullable=False, server_default=""),  # the verdict's words, as `check` gives them
    sa.Column("note", sa.Text, nullable=False, server_default=""),  # what was wrong with the submission itself
    sa.Column("duration_ms", sa.Float, nullable=False),
    sa.Column("graded_at", sa.DateTime, nullable=False),
    sa.UniqueConstraint("learner", "exercise_id", "submission_sha", name="uq_grades_submission"),
    # 0005: points (partial credit), the cases kept for grading, the code's shape, the course's order
    sa.Column("points", sa.Float, nullable=False, server_default="0"),
    sa.Column("points_possible", sa.Float, nullable=False, server_default="0"),
    sa.Column("hidden_total", sa.Integer, nullable=False, server_default="0"),
    sa.Column("hidden_failed", sa.Integer, nullable=False, server_default="0"),
    sa.Column("hidden_feedback", sa.Text, nullable=False, server_default=""),  # shown once the mentor releases it
    sa.Column("code_shape", sa.String(64), nullable=True),  # SHA-256 of the normalised code (--similar)
    sa.Column("exercise_title", sa.Text, nullable=False, server_default=""),
    sa.Column("exercise_position", sa.Integer, nullable=False, server_default="0"),
)
