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
