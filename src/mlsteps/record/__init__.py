"""The learner's record: the store and everything kept in it, meant to be read over months and years.

The store (SQLAlchemy, Alembic migrations), its schema, and what it keeps: attempts, study time, resources and
their marks, plans, tidbits, project milestones; progress and its charts worked out from them; typed input checked
before anything is written; files written whole or not at all.

May import: ``mlsteps.engine`` (the catalog, for steps and exercises). Never the packages above it.
"""
