"""Fixtures of the exchange tests: several offices, each with its own fresh database."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kopdes_desktop.bootstrap import Services, build_services
from kopdes_desktop.config import Config
from tests.conftest import _admin_execute, _database_url, postgres_base_url

OfficeFactory = Callable[..., Services]


class _Offices:
    """Makes offices under ``folder`` (SQLite copies of the template, or PostgreSQL clones)."""

    def __init__(self, folder: Path, request: pytest.FixtureRequest) -> None:
        self.folder = folder
        self.request = request
        self.made: list[tuple[Services, str | None]] = []

    def __call__(self, name: str, area: str, office_name: str | None = None) -> Services:
        home = self.folder / name
        home.mkdir()
        base = postgres_base_url()
        dropped: str | None = None
        if base is not None:
            template = self.request.getfixturevalue("postgres_template")
            db = "kopdes_x_" + uuid.uuid4().hex[:12]
            _admin_execute(base, f'CREATE DATABASE "{db}" TEMPLATE "{template}"')
            url, dropped = _database_url(base, db), db
        else:
            shutil.copyfile(self.request.getfixturevalue("sqlite_template"), home / "kopdes.db")
            url = f"sqlite:///{home / 'kopdes.db'}"
        services = build_services(Config(home=home, database_url=url), username=f"op-{name}")
        services.settings.set_area(area, office_name or f"Kantor {name}")
        services.signing.ensure_key()
        self.made.append((services, dropped))
        return services

    def close(self) -> None:
        base = postgres_base_url()
        for services, dropped in self.made:
            services.engine.dispose()
            if dropped is not None and base is not None:
                _admin_execute(base, f'DROP DATABASE IF EXISTS "{dropped}" WITH (FORCE)')


@pytest.fixture
def office(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[OfficeFactory]:
    """``office(name, area)``: the services of a new office on its own fresh database."""
    offices = _Offices(tmp_path, request)
    yield offices
    offices.close()


@pytest.fixture(scope="module")
def module_office(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[OfficeFactory]:
    """The same, shared by the tests of one module (for expensive senders)."""
    offices = _Offices(tmp_path_factory.mktemp("offices"), request)
    yield offices
    offices.close()
