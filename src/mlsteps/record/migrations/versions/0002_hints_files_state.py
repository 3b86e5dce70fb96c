"""Hints and solutions seen, the starter each workspace file began from, and small bits of state.

Attempts gain how many hints had been used and whether the solution had been seen when they were made.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attempts") as batch:
        batch.add_column(sa.Column("hints_used", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("solution_viewed", sa.Boolean, nullable=False, server_default=sa.false()))
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("exercise_id", sa.String(200), nullable=False, index=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("detail", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "workspace_files",
        sa.Column("path", sa.String(500), primary_key=True),
        sa.Column("exercise_id", sa.String(200), nullable=False),
        sa.Column("starter_sha", sa.String(64), nullable=False),
    )
    op.create_table(
        "state",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
