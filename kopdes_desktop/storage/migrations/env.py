"""Alembic environment: always run programmatically with a connection in ``attributes``."""

from __future__ import annotations

from alembic import context

from kopdes_desktop.storage.orm import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic revision --autogenerate`
    from kopdes_desktop.storage.database import make_engine

    engine = make_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
