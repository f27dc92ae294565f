"""Shared fixtures: a fresh, migrated database per test (SQLite file, or PostgreSQL when
``KOPDES_TEST_POSTGRES_URL`` points at a server), with the reference areas loaded once per
database template to keep the suite fast."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import Engine, create_engine, text

from kopdes_desktop.config import Config
from kopdes_desktop.resources import wilayah_dir
from kopdes_desktop.storage.database import make_engine
from kopdes_desktop.storage.migrate import upgrade_database
from kopdes_desktop.storage.wilayah_loader import load_wilayah

if TYPE_CHECKING:
    from kopdes_desktop.bootstrap import Services

PG_ENV = "KOPDES_TEST_POSTGRES_URL"


def postgres_base_url() -> str | None:
    """The test server's URL, or None when the suite runs on SQLite only."""
    return os.environ.get(PG_ENV) or None


def _database_url(base_url: str, name: str) -> str:
    return base_url.rsplit("/", 1)[0] + "/" + name


def _admin_execute(base_url: str, sql: str) -> None:
    """Run one statement outside a transaction (CREATE/DROP DATABASE need that)."""
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(sql))
    finally:
        admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file with all reference areas, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_database(engine, path)
    with engine.begin() as conn:
        load_wilayah(conn, wilayah_dir())
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """Name of a migrated PostgreSQL database with all areas, cloned for each test."""
    base = postgres_base_url()
    assert base is not None, "only requested when KOPDES_TEST_POSTGRES_URL is set"
    name = "kopdes_tpl_" + uuid.uuid4().hex[:12]
    _admin_execute(base, f'CREATE DATABASE "{name}"')
    engine = make_engine(_database_url(base, name))
    upgrade_database(engine)
    with engine.begin() as conn:
        load_wilayah(conn, wilayah_dir())
    engine.dispose()  # CREATE DATABASE ... TEMPLATE needs the template to have no sessions
    yield name
    _admin_execute(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def db_url(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """URL of a fresh database with schema and reference areas (empty of records)."""
    base = postgres_base_url()
    if base is not None:
        template = request.getfixturevalue("postgres_template")
        name = "kopdes_t_" + uuid.uuid4().hex[:12]
        _admin_execute(base, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        yield _database_url(base, name)
        _admin_execute(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    target = tmp_path / "kopdes.db"
    shutil.copyfile(request.getfixturevalue("sqlite_template"), target)
    yield f"sqlite:///{target}"


@pytest.fixture
def empty_db_url(tmp_path: Path) -> Iterator[str]:
    """URL of a database with no tables at all, for tests of migrations and loading."""
    base = postgres_base_url()
    if base is not None:
        name = "kopdes_e_" + uuid.uuid4().hex[:12]
        _admin_execute(base, f'CREATE DATABASE "{name}"')
        yield _database_url(base, name)
        _admin_execute(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    yield f"sqlite:///{tmp_path / 'empty.db'}"


@pytest.fixture
def on_postgres() -> bool:
    """True when this run uses the PostgreSQL test server instead of SQLite files."""
    return postgres_base_url() is not None


@pytest.fixture
def sqlite_only(on_postgres: bool) -> None:
    """Use with ``@pytest.mark.usefixtures("sqlite_only")`` for SQLite-specific behaviour."""
    if on_postgres:
        pytest.skip("SQLite-specific behaviour; this run uses PostgreSQL")


@pytest.fixture
def config(tmp_path: Path, db_url: str) -> Config:
    """Configuration of a temporary data folder using ``db_url``."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return Config(home=home, database_url=db_url)


@pytest.fixture
def services(config: Config) -> Iterator[Services]:
    """Every service on the fresh database, acting as user ``tester``."""
    # Imported here so storage tests still run when a service module is broken.
    from kopdes_desktop.bootstrap import build_services

    svc = build_services(config, username="tester")
    yield svc
    svc.engine.dispose()


@pytest.fixture
def engine(services: Services) -> Engine:
    """The engine behind ``services``."""
    return services.engine
