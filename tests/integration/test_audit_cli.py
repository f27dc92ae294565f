"""``kopdes audit verify`` and ``kopdes audit log`` in a real process on a test database."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace

from builders import cooperative
from sqlalchemy import select, update

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.storage import orm


def kopdes(services: Services, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KOPDES_")}
    home = str(services.config.home)
    url = services.config.database_url
    return subprocess.run(
        [sys.executable, "-m", "kopdes_desktop.cli", "--home", home, "--db", url, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


def _seed(services: Services) -> str:
    coop = services.cooperatives.save(cooperative())
    services.ctx.username = "siti"
    services.cooperatives.save(replace(coop, npwp="012345678901234"))
    services.ctx.username = "budi"
    services.cooperatives.save(replace(coop, npwp="987654321098765"))
    return coop.id


def test_verify_passes_on_an_intact_trail(services: Services) -> None:
    _seed(services)
    services.engine.dispose()
    result = kopdes(services, "audit", "verify")
    assert result.returncode == 0, result.stderr
    assert "Jejak audit utuh: 3 entri diperiksa." in result.stdout
    assert services.audit.head_hash() in result.stdout


def test_changing_one_row_makes_verify_fail_and_name_it(services: Services) -> None:
    coop_id = _seed(services)
    with services.engine.begin() as conn:
        second = conn.scalar(
            select(orm.AuditEntry.id)
            .where(orm.AuditEntry.entity_id == coop_id)
            .order_by(orm.AuditEntry.id)
            .offset(1)
            .limit(1)
        )
        conn.execute(
            update(orm.AuditEntry)
            .where(orm.AuditEntry.id == second)
            .values(changes={"npwp": ["", "111111111111111"]})
        )
    services.engine.dispose()
    result = kopdes(services, "audit", "verify")
    assert result.returncode == 1
    assert f"Jejak audit RUSAK pada entri #{second} " in result.stdout
    assert f"siti: koperasi {coop_id} diubah" in result.stdout
    assert "hash tidak cocok" in result.stdout
    assert "Entri utuh sebelum itu: 1." in result.stdout


def test_log_shows_one_records_changes(services: Services) -> None:
    coop_id = _seed(services)
    services.engine.dispose()
    result = kopdes(services, "audit", "log", "--entity", "cooperative", "--id", coop_id)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith(f"budi: koperasi {coop_id} diubah")
    assert lines[1] == "    npwp: 012345678901234 → 987654321098765"
    assert f"tester: koperasi {coop_id} dibuat" in result.stdout


def test_deleting_the_newest_entries_is_caught_with_a_known_head(services: Services) -> None:
    from sqlalchemy import delete

    _seed(services)
    head = services.audit.head_hash()
    assert head is not None
    services.engine.dispose()
    ok = kopdes(services, "audit", "verify", "--known", head)
    assert ok.returncode == 0 and f"Hash {head} ada di jejak audit." in ok.stdout
    with services.engine.begin() as conn:
        newest = conn.scalar(select(orm.AuditEntry.id).order_by(orm.AuditEntry.id.desc()))
        conn.execute(delete(orm.AuditEntry).where(orm.AuditEntry.id == newest))
    services.engine.dispose()
    result = kopdes(services, "audit", "verify", "--known", head)
    assert result.returncode == 1
    assert "Jejak audit utuh: 2 entri diperiksa." in result.stdout  # the chain alone still links
    assert f"Hash {head} TIDAK ADA di jejak audit" in result.stdout
