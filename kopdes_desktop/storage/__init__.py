"""Persistence: SQLAlchemy 2.0 ORM, engine and session setup, migrations, bulk loaders."""
