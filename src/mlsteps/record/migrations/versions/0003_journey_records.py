"""The learner's own records: study log, resources added and marked, plans, tidbits and their reviews, projects.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "study_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("studied_on", sa.Date, nullable=False, index=True),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("topic", sa.Text, nullable=False),
        sa.Column("step", sa.Integer, nullable=True),
        sa.Column("resource", sa.String(200), nullable=True),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "own_resources",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("step", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("free", sa.Boolean, nullable=False),
        sa.Column("hours", sa.Float, nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("added_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "resource_marks",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("started_on", sa.Date, nullable=True),
        sa.Column("done_on", sa.Date, nullable=True),
        sa.Column("rating", sa.Integer, nullable=True),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("made_at", sa.DateTime, nullable=False),
        sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("hours_per_week", sa.Float, nullable=False),
        sa.Column("reason", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "plan_steps",
        sa.Column("plan_id", sa.Integer, sa.ForeignKey("plans.id"), primary_key=True),
        sa.Column("step", sa.Integer, primary_key=True),
        sa.Column("months", sa.Float, nullable=False),
        sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("ends_on", sa.Date, nullable=False),
    )
    op.create_table(
        "plan_resources",
        sa.Column("plan_id", sa.Integer, sa.ForeignKey("plans.id"), primary_key=True),
        sa.Column("resource_key", sa.String(200), primary_key=True),
        sa.Column("step", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "tidbits",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("cue", sa.Text, nullable=False, server_default=""),
        sa.Column("tags", sa.Text, nullable=False, server_default=""),
        sa.Column("source", sa.Text, nullable=False, server_default=""),
        sa.Column("step", sa.Integer, nullable=True),
        sa.Column("starter", sa.String(100), nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("edited_at", sa.DateTime, nullable=True),
        sa.Column("card", sa.Text, nullable=False),
        sa.Column("due", sa.DateTime, nullable=False, index=True),
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("tidbit_id", sa.Integer, sa.ForeignKey("tidbits.id"), nullable=False, index=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("rating", sa.Integer, nullable=False),
    )
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("step", sa.Integer, nullable=False, server_default="5"),
        sa.Column("started_on", sa.Date, nullable=False),
        sa.Column("repository_on", sa.Date, nullable=True),
        sa.Column("post_on", sa.Date, nullable=True),
    )
