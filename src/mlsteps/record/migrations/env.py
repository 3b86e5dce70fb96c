"""Alembic's entry point for the journey store. mlsteps runs migrations itself; see ``store.upgrade``."""

from alembic import context

from mlsteps.record.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
