"""The first store: every check a learner ran.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attempts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("exercise_id", sa.String(200), nullable=False, index=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("verdict", sa.String(20), nullable=False),
        sa.Column("cases_passed", sa.Integer, nullable=False),
        sa.Column("cases_total", sa.Integer, nullable=False),
        sa.Column("duration_ms", sa.Float, nullable=False),
    )
