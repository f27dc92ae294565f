"""The audit trail: entries with field differences in the transaction of the change, a hash
chain that names the first changed or missing entry, and personal fields kept out of it."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from builders import cooperative, person
from sqlalchemy import delete, select, update

from kopdes_desktop.bootstrap import Services, build_services
from kopdes_desktop.config import Config
from kopdes_desktop.domain.entities import BusinessUnit
from kopdes_desktop.domain.enums import UnitKind, UnitStatus
from kopdes_desktop.domain.nik import mask_nik
from kopdes_desktop.services.audit_service import BROKEN_LINK, HASH_MISMATCH
from kopdes_desktop.storage import orm
from kopdes_desktop.storage.audit_trail import GENESIS, MASK


def _entries(services: Services, entity: str, entity_id: str) -> list[orm.AuditEntry]:
    with services.ctx.session_factory() as session:
        stmt = (
            select(orm.AuditEntry)
            .where(orm.AuditEntry.entity == entity, orm.AuditEntry.entity_id == entity_id)
            .order_by(orm.AuditEntry.id)
        )
        return list(session.scalars(stmt))


def test_create_update_and_soft_delete_record_who_what_and_fields(services: Services) -> None:
    coop = services.cooperatives.save(cooperative())
    services.ctx.username = "siti"
    services.cooperatives.save(replace(coop, npwp="012345678901234", notary_name="Notaris Ani"))
    services.ctx.username = "budi"
    services.cooperatives.delete(coop.id)

    created, updated, deleted = _entries(services, "cooperative", coop.id)
    assert (created.action, created.username) == ("create", "tester")
    assert created.changes["name"] == [None, "Koperasi Kelurahan Merah Putih Melawai"]
    assert created.changes["simpanan_pokok"] == [None, 100_000]
    assert (updated.action, updated.username) == ("update", "siti")
    assert updated.changes == {
        "npwp": ["", "012345678901234"],
        "notary_name": ["", "Notaris Ani"],
    }
    assert (deleted.action, deleted.username) == ("delete", "budi")
    assert deleted.changes["deleted_at"][0] is None
    assert created.prev_hash == GENESIS
    assert updated.prev_hash == created.hash and deleted.prev_hash == updated.hash


def test_saving_without_changes_writes_no_entry(services: Services) -> None:
    coop = services.cooperatives.save(cooperative())
    services.cooperatives.save(coop)
    assert len(_entries(services, "cooperative", coop.id)) == 1


def test_child_records_are_audited_too(services: Services) -> None:
    coop = services.cooperatives.save(cooperative())
    unit = services.units.save(
        BusinessUnit(cooperative_id=coop.id, kind=UnitKind.KLINIK, status=UnitStatus.DIRENCANAKAN)
    )
    services.units.save(replace(unit, status=UnitStatus.PERSIAPAN))
    entries = _entries(services, "business_unit", unit.id)
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[1].changes == {"status": ["direncanakan", "persiapan"]}


def test_rolled_back_transaction_leaves_no_entry(services: Services) -> None:
    coop = services.cooperatives.save(cooperative())
    before = services.audit.count()
    with pytest.raises(RuntimeError), services.ctx.session_factory.begin() as session:
        row = session.get(orm.Cooperative, coop.id)
        assert row is not None
        row.notes = "never kept"
        session.add(
            orm.BusinessUnit(
                cooperative_id=coop.id, kind=UnitKind.SEMBAKO, status=UnitStatus.PERSIAPAN
            )
        )
        session.flush()
        raise RuntimeError("cancelled after the flush")
    assert services.audit.count() == before == 1
    assert services.audit.verify().ok
    services.cooperatives.save(replace(coop, notes="kept"))  # the chain goes on from the head
    assert services.audit.verify().ok and services.audit.count() == 2


def test_personal_fields_are_masked_and_names_kept(services: Services) -> None:
    saved = services.persons.save(person(1, name="Siti Aminah"))
    services.persons.save(replace(saved, phone="081399998888", email="siti@example.id"))
    created, updated = _entries(services, "person", saved.id)
    assert created.changes["name"] == [None, "Siti Aminah"]
    assert created.changes["nik"] == [None, mask_nik(saved.nik)]
    for private in ("birth_date", "address", "rt", "rw", "phone"):
        assert created.changes[private] == [None, MASK]
    assert updated.changes == {"phone": [MASK, MASK], "email": ["", MASK]}
    everything = repr([e.changes for e in _entries(services, "person", saved.id)])
    assert saved.nik not in everything
    assert "081234567890" not in everything and "Melawai Raya" not in everything
    assert saved.birth_date is not None and saved.birth_date.isoformat() not in everything


def test_verify_is_ok_on_an_intact_trail(services: Services) -> None:
    coop = services.cooperatives.save(cooperative())
    services.cooperatives.save(replace(coop, nib="1234567890123"))
    result = services.audit.verify(batch=1)
    assert result.ok and result.checked == services.audit.count() == 2
    assert result.head == services.audit.head_hash()


def test_a_changed_row_is_named_by_verify(services: Services) -> None:
    coop = services.cooperatives.save(cooperative())
    services.cooperatives.save(replace(coop, nib="1234567890123"))
    services.cooperatives.save(replace(coop, nib="9999999999999"))
    second = _entries(services, "cooperative", coop.id)[1]
    with services.engine.begin() as conn:
        conn.execute(
            update(orm.AuditEntry)
            .where(orm.AuditEntry.id == second.id)
            .values(changes={"nib": ["", "5555555555555"]})
        )
    result = services.audit.verify()
    assert not result.ok
    assert result.broken is not None and result.broken.id == second.id
    assert result.reason == HASH_MISMATCH and result.checked == 1


def test_a_deleted_middle_row_is_detected(services: Services) -> None:
    coop = services.cooperatives.save(cooperative())
    for nib in ("1111111111111", "2222222222222", "3333333333333"):
        services.cooperatives.save(replace(coop, nib=nib))
    entries = _entries(services, "cooperative", coop.id)
    with services.engine.begin() as conn:
        conn.execute(delete(orm.AuditEntry).where(orm.AuditEntry.id == entries[1].id))
    result = services.audit.verify()
    assert result.broken is not None and result.broken.id == entries[2].id
    assert result.reason == BROKEN_LINK


def test_a_rehashed_row_breaks_the_next_link(services: Services) -> None:
    coop = services.cooperatives.save(cooperative())
    services.cooperatives.save(replace(coop, nib="1111111111111"))
    services.cooperatives.save(replace(coop, nib="2222222222222"))
    entries = _entries(services, "cooperative", coop.id)
    with services.engine.begin() as conn:
        conn.execute(
            update(orm.AuditEntry).where(orm.AuditEntry.id == entries[0].id).values(hash="f" * 64)
        )
    result = services.audit.verify()
    assert result.broken is not None and result.broken.id == entries[0].id


def test_history_and_recent_are_newest_first(services: Services) -> None:
    coop = services.cooperatives.save(cooperative())
    services.cooperatives.save(replace(coop, nib="1111111111111"))
    history = services.audit.history("cooperative", coop.id)
    assert [e.action for e in history] == ["update", "create"]
    assert services.audit.recent(limit=1)[0].id == history[0].id


def test_concurrent_writers_keep_one_linear_chain(config: Config) -> None:
    """Two programs on one database saving at the same time: every link still holds."""
    first = build_services(config, username="satu")
    second = build_services(config, username="dua")
    try:
        coop = first.cooperatives.save(cooperative())
        errors: list[BaseException] = []

        def work(svc: Services, prefix: str) -> None:
            try:
                for n in range(15):
                    current = svc.cooperatives.get(coop.id)
                    svc.units.save(
                        BusinessUnit(
                            cooperative_id=current.id,
                            kind=UnitKind.LAINNYA,
                            name=f"{prefix} {n}",
                            status=UnitStatus.DIRENCANAKAN,
                        )
                    )
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [
            threading.Thread(target=work, args=(first, "satu")),
            threading.Thread(target=work, args=(second, "dua")),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors
        result = first.audit.verify()
        assert result.ok and result.checked == 31
        users = {e.username for e in first.audit.recent(limit=100, entity="business_unit")}
        assert users == {"satu", "dua"}
    finally:
        first.engine.dispose()
        second.engine.dispose()


def test_reloading_reference_areas_leaves_one_summary(services: Services) -> None:
    from kopdes_desktop.resources import wilayah_dir

    counts = services.wilayah.import_folder(wilayah_dir())
    (entry,) = services.audit.recent()
    assert (entry.action, entry.entity, entry.username) == ("load", "wilayah", "tester")
    assert entry.changes["villages"] == counts.villages > 80_000


def test_a_cooperatives_history_includes_its_records(services: Services) -> None:
    coop = services.cooperatives.save(cooperative())
    other = services.cooperatives.save(cooperative("31.74.07.1002", "Koperasi Lain"))
    unit = services.units.save(
        BusinessUnit(cooperative_id=coop.id, kind=UnitKind.KLINIK, status=UnitStatus.DIRENCANAKAN)
    )
    services.units.save(
        BusinessUnit(cooperative_id=other.id, kind=UnitKind.KLINIK, status=UnitStatus.DIRENCANAKAN)
    )
    history = services.audit.cooperative_history(coop.id)
    assert [(e.entity, e.entity_id) for e in history] == [
        ("business_unit", unit.id),
        ("cooperative", coop.id),
    ]


def test_a_new_signing_key_is_audited_without_its_private_half(services: Services) -> None:
    services.signing.ensure_key()
    (entry,) = services.audit.recent(entity="office_key")
    assert entry.action == "create" and "public_key" in entry.changes
    assert "private_key" not in entry.changes and "PRIVATE" not in repr(entry.changes)
