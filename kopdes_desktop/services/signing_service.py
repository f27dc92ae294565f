"""The office's Ed25519 signing key and the public keys of offices it trusts.

Documents are signed so that a paper or a PDF can be checked offline: anyone holding the
office's public key can tell whether the office issued it. The key is created once (``kopdes
init``, or lazily at the first signature for databases older than issue 4) and kept in the
database, so every PC of an office sharing one PostgreSQL database signs alike. Other offices'
keys are accepted explicitly (``trust``) and are what "issued by a known office" means.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import orm
from kopdes_desktop.storage.locks import lock_named

PUBLIC_KEY_BYTES = 32
FINGERPRINT_HEX = 16


def fingerprint(public_key: bytes) -> str:
    """First 16 hex digits of sha256 of the raw public key: short enough to read aloud."""
    return hashlib.sha256(public_key).hexdigest()[:FINGERPRINT_HEX]


def format_fingerprint(fp: str) -> str:
    """``1a2b 3c4d 5e6f 7a8b``: groups of four are easier to compare by eye."""
    return " ".join(fp[i : i + 4] for i in range(0, len(fp), 4))


def verify_signature(public_key: bytes, payload: bytes, signature: bytes) -> bool:
    """True when ``signature`` is ``public_key``'s Ed25519 signature of ``payload``."""
    if len(public_key) != PUBLIC_KEY_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, payload)
    except (InvalidSignature, ValueError):
        return False
    return True


class KeyOwner(StrEnum):
    """Whose key signed something, as far as this office knows."""

    OWN = "own"
    TRUSTED = "trusted"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class OfficeKeyInfo:
    """The public half of this office's key, for display and for other offices to trust."""

    public_key: bytes
    fingerprint: str
    created_at: datetime

    @property
    def public_key_hex(self) -> str:
        """The raw key as lowercase hex (how it is stored and exchanged)."""
        return self.public_key.hex()


@dataclass(frozen=True)
class TrustedKey:
    """Another office's public key accepted by an operator of this office."""

    area_code: str
    office_name: str
    public_key: bytes
    fingerprint: str
    first_seen: datetime
    accepted_by: str


@dataclass(frozen=True)
class KeyIdentity:
    """Who a public key belongs to: this office, a trusted office (with its name), or nobody."""

    owner: KeyOwner
    fingerprint: str
    area_code: str = ""
    office_name: str = ""


class SigningService:
    """Create, use and trust Ed25519 keys; the private key never leaves this class."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._private: Ed25519PrivateKey | None = None
        self._info: OfficeKeyInfo | None = None

    def ensure_key(self) -> OfficeKeyInfo:
        """The active key, created on first use; concurrent first uses create only one."""
        with self._ctx.session_factory.begin() as session:
            lock_named(session, "office_key")
            row = _active_row(session)
            if row is None:
                row = self._new_row()
                session.add(row)
                session.flush()
            return _info(row)

    def public_key_info(self) -> OfficeKeyInfo:
        """The office's public key (created when missing)."""
        self._load()
        assert self._info is not None
        return self._info

    def sign(self, payload: bytes) -> bytes:
        """The office's 64-byte Ed25519 signature of ``payload``."""
        self._load()
        assert self._private is not None
        return self._private.sign(payload)

    @staticmethod
    def verify(public_key: bytes, payload: bytes, signature: bytes) -> bool:
        """True when the signature is valid for that key (trust is a separate question)."""
        return verify_signature(public_key, payload, signature)

    def identify(self, public_key: bytes) -> KeyIdentity:
        """Whether a key is ours (any of our keys, old ones too), a trusted office's, or unknown."""
        fp = fingerprint(public_key)
        hex_key = public_key.hex()
        with self._ctx.session_factory() as session:
            own = session.scalar(
                select(orm.OfficeKey.id).where(orm.OfficeKey.public_key == hex_key)
            )
            if own is not None:
                return KeyIdentity(KeyOwner.OWN, fp)
            trusted = session.scalar(
                select(orm.TrustedOfficeKey).where(orm.TrustedOfficeKey.public_key == hex_key)
            )
            if trusted is not None:
                return KeyIdentity(KeyOwner.TRUSTED, fp, trusted.area_code, trusted.office_name)
        return KeyIdentity(KeyOwner.UNKNOWN, fp)

    def key_by_fingerprint(self, fp: str) -> bytes | None:
        """Our or a trusted office's public key with this fingerprint (a scanned QR names its
        key only by fingerprint, to stay small)."""
        with self._ctx.session_factory() as session:
            for model in (orm.OfficeKey, orm.TrustedOfficeKey):
                found = session.scalar(select(model.public_key).where(model.fingerprint == fp))
                if found is not None:
                    return bytes.fromhex(found)
        return None

    def trusted_keys(self) -> list[TrustedKey]:
        """Accepted keys of other offices, by area code."""
        with self._ctx.session_factory() as session:
            rows = session.scalars(
                select(orm.TrustedOfficeKey).order_by(
                    orm.TrustedOfficeKey.area_code, orm.TrustedOfficeKey.id
                )
            )
            return [_trusted(r) for r in rows]

    def trust(
        self, area_code: str, office_name: str, public_key: bytes, accepted_by: str | None = None
    ) -> TrustedKey:
        """Accept another office's key (idempotent: a known key keeps its first acceptance)."""
        self._ctx.require(Action.TRUST_OFFICE)
        if len(public_key) != PUBLIC_KEY_BYTES:
            raise DomainError("signing.key_invalid", "public_key", length=len(public_key))
        hex_key = public_key.hex()
        with self._ctx.session_factory.begin() as session:
            if session.scalar(select(orm.OfficeKey.id).where(orm.OfficeKey.public_key == hex_key)):
                raise DomainError("signing.key_is_own", "public_key")
            row = session.scalar(
                select(orm.TrustedOfficeKey).where(orm.TrustedOfficeKey.public_key == hex_key)
            )
            if row is None:
                row = orm.TrustedOfficeKey(
                    area_code=area_code,
                    office_name=office_name,
                    public_key=hex_key,
                    fingerprint=fingerprint(public_key),
                    first_seen=self._ctx.now(),
                    accepted_by=accepted_by or self._ctx.username,
                )
                session.add(row)
                session.flush()
            return _trusted(row)

    # -- internals ---------------------------------------------------------------------------

    def _load(self) -> None:
        """Read (or create) the active key once per service; signing batches reuse it."""
        if self._private is not None:
            return
        info = self.ensure_key()
        with self._ctx.session_factory() as session:
            row = session.scalar(
                select(orm.OfficeKey).where(orm.OfficeKey.public_key == info.public_key_hex)
            )
            assert row is not None
            key = serialization.load_pem_private_key(row.private_key.encode("ascii"), None)
        if not isinstance(key, Ed25519PrivateKey):
            raise DomainError("signing.key_invalid", None)
        self._private, self._info = key, info

    def _new_row(self) -> orm.OfficeKey:
        key = Ed25519PrivateKey.generate()
        raw = key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return orm.OfficeKey(
            created_at=self._ctx.now(),
            public_key=raw.hex(),
            private_key=pem.decode("ascii"),
            fingerprint=fingerprint(raw),
            active=True,
        )


def _active_row(session: Session) -> orm.OfficeKey | None:
    """The newest active key (there is one unless an operator retired it)."""
    return session.scalar(
        select(orm.OfficeKey)
        .where(orm.OfficeKey.active.is_(True))
        .order_by(orm.OfficeKey.created_at.desc(), orm.OfficeKey.id.desc())
        .limit(1)
    )


def _info(row: orm.OfficeKey) -> OfficeKeyInfo:
    return OfficeKeyInfo(
        public_key=bytes.fromhex(row.public_key),
        fingerprint=row.fingerprint,
        created_at=row.created_at,
    )


def _trusted(row: orm.TrustedOfficeKey) -> TrustedKey:
    return TrustedKey(
        area_code=row.area_code,
        office_name=row.office_name,
        public_key=bytes.fromhex(row.public_key),
        fingerprint=row.fingerprint,
        first_seen=row.first_seen,
        accepted_by=row.accepted_by,
    )
