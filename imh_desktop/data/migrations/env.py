"""Alembic environment: runs on the connection handed over by ``migrate.py``."""

from alembic import context

from imh_desktop.data.models import Base
from imh_desktop.data.models.visits import declare_partial_indexes

declare_partial_indexes()  # autogenerate compares them too

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for the alembic command line
    from imh_desktop.data.db import make_engine

    connection = make_engine(context.config.get_main_option("sqlalchemy.url") or "").connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
