"""The whole service stack on a real PostgreSQL server (skipped without one).

Run with ``KOPDES_TEST_POSTGRES_URL=postgresql+psycopg://user@host:port/postgres``; the
``services`` fixture then builds every service on a fresh database cloned on that server.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from kopdes_desktop.storage.migrate import current_revision, head_revision

if TYPE_CHECKING:
    from kopdes_desktop.bootstrap import Services

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        not os.environ.get("KOPDES_TEST_POSTGRES_URL"),
        reason="needs KOPDES_TEST_POSTGRES_URL pointing at a PostgreSQL server",
    ),
]


def test_services_run_on_postgresql(services: Services) -> None:
    assert services.engine.dialect.name == "postgresql"
    assert services.config.database_url.startswith("postgresql+psycopg://")
    assert current_revision(services.engine) == head_revision()
    with services.engine.connect() as conn:
        assert int(conn.execute(text("SHOW server_version_num")).scalar_one()) >= 150000


def test_reference_area_counts(services: Services) -> None:
    counts = services.wilayah.counts()
    assert (counts.provinces, counts.regencies, counts.districts, counts.villages) == (
        38,
        514,
        7285,
        83762,
    )


def test_working_area_round_trips(services: Services) -> None:
    assert not services.settings.has_area()
    saved = services.settings.set_area("31.74.07.1001", office_name="Kantor Uji")
    assert saved.area_code == "31.74.07.1001"

    reread = services.settings.get()
    assert reread.area_code == "31.74.07.1001"
    assert reread.office_name == "Kantor Uji"
    assert services.settings.has_area()
