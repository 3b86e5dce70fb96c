"""The gradebook: a mentor's grades, one row per learner, exercise and submitted code.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "grades",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("learner", sa.String(200), nullable=False, index=True),
        sa.Column("exercise_id", sa.String(200), nullable=False, index=True),
        sa.Column("submission_sha", sa.String(64), nullable=False),
        sa.Column("verdict", sa.String(20), nullable=False),
        sa.Column("passed", sa.Boolean, nullable=False),
        sa.Column("cases_passed", sa.Integer, nullable=False),
        sa.Column("cases_total", sa.Integer, nullable=False),
        sa.Column("failing_case", sa.Text, nullable=True),
        sa.Column("mistake", sa.String(200), nullable=True),
        sa.Column("feedback", sa.Text, nullable=False, server_default=""),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("duration_ms", sa.Float, nullable=False),
        sa.Column("graded_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("learner", "exercise_id", "submission_sha", name="uq_grades_submission"),
    )


def downgrade() -> None:
    op.drop_table("grades")
