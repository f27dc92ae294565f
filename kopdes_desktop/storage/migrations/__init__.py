"""Alembic migration scripts shipped inside the package (the only way the schema changes)."""
