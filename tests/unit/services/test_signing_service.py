"""The office key: created once, shared through the database, signs and verifies; trust store."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.services.signing_service import (
    KeyOwner,
    SigningService,
    fingerprint,
    format_fingerprint,
)
from kopdes_desktop.storage import orm


def test_ensure_key_creates_one_key_and_returns_it_again(services):
    first = services.signing.ensure_key()
    second = services.signing.ensure_key()
    assert first == second
    assert len(first.public_key) == 32
    assert first.fingerprint == fingerprint(first.public_key)
    assert len(first.fingerprint) == 16
    with services.ctx.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(orm.OfficeKey)) == 1


def test_a_second_service_on_the_same_database_signs_with_the_same_key(services):
    """Every PC of an office on one PostgreSQL database is a separate service instance."""
    other = SigningService(services.ctx)
    signature = other.sign(b"payload")
    assert services.signing.public_key_info() == other.public_key_info()
    assert SigningService.verify(other.public_key_info().public_key, b"payload", signature)


def test_signatures_fail_for_other_payloads_keys_and_garbage(services):
    key = services.signing.public_key_info().public_key
    signature = services.signing.sign(b"005/KKMP-MLW/XI/2026")
    assert SigningService.verify(key, b"005/KKMP-MLW/XI/2026", signature)
    assert not SigningService.verify(key, b"006/KKMP-MLW/XI/2026", signature)
    assert not SigningService.verify(bytes(32), b"005/KKMP-MLW/XI/2026", signature)
    assert not SigningService.verify(key, b"005/KKMP-MLW/XI/2026", signature[:-1] + b"x")
    assert not SigningService.verify(b"short", b"x", signature)


def test_trust_store_identifies_own_trusted_and_unknown_keys(services):
    own = services.signing.ensure_key().public_key
    other = bytes(range(32))
    assert services.signing.identify(own).owner is KeyOwner.OWN
    assert services.signing.identify(other).owner is KeyOwner.UNKNOWN

    trusted = services.signing.trust("31.74.07", "Kantor Kecamatan Kebayoran Baru", other)
    assert trusted.accepted_by == "tester"
    again = services.signing.trust("31.74.07", "another name", other)
    assert again == trusted  # idempotent: the first acceptance stays
    identity = services.signing.identify(other)
    assert identity.owner is KeyOwner.TRUSTED
    assert identity.office_name == "Kantor Kecamatan Kebayoran Baru"
    assert [k.public_key for k in services.signing.trusted_keys()] == [other]


def test_trusting_our_own_or_a_malformed_key_is_refused(services):
    own = services.signing.ensure_key().public_key
    with pytest.raises(DomainError) as info:
        services.signing.trust("31", "", own)
    assert info.value.code == "signing.key_is_own"
    with pytest.raises(DomainError) as info:
        services.signing.trust("31", "", b"123")
    assert info.value.code == "signing.key_invalid"


def test_fingerprint_is_grouped_for_reading():
    assert format_fingerprint("0123456789abcdef") == "0123 4567 89ab cdef"
