"""The gradebook's points, hidden cases, the code's shape and the course's order.

Each grade keeps the points earned and possible (partial credit), the cases kept for grading (how many, how many
failed, and their feedback, shown to a learner only once the mentor releases it), the SHA-256 of the answer's
normalised code (names, comments and formatting left out: near-identical submissions share it), and the exercise's
title and place in the course, so every view lists exercises as the course does.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("grades") as batch:
        batch.add_column(sa.Column("points", sa.Float, nullable=False, server_default="0"))
        batch.add_column(sa.Column("points_possible", sa.Float, nullable=False, server_default="0"))
        batch.add_column(sa.Column("hidden_total", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("hidden_failed", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("hidden_feedback", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("code_shape", sa.String(64), nullable=True))
        batch.add_column(sa.Column("exercise_title", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("exercise_position", sa.Integer, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("grades") as batch:
        for column in (
            "exercise_position",
            "exercise_title",
            "code_shape",
            "hidden_feedback",
            "hidden_failed",
            "hidden_total",
            "points_possible",
            "points",
        ):
            batch.drop_column(column)
