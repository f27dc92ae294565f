"""Words for the audit trail: record types, actions, field labels, values and verdicts.

The trail stores table and field names (stable, language-free); people read them here, in
the interface language. Field labels shared with the import view come from there.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.entities import AuditEntry
from kopdes_desktop.services.audit_service import BROKEN_LINK, HASH_MISMATCH, AuditVerification
from kopdes_desktop.storage.audit_trail import MASK
from kopdes_desktop.ui.models.import_plan_models import field_name, table_name, value_text

translate = QCoreApplication.translate


def entity_name(entity: str) -> str:
    """A record type: the exchange tables' names plus what only the trail knows."""
    names = {
        "office": translate("AuditTrail", "Office settings"),
        "user_account": translate("AuditTrail", "User account"),
        "exchange_package": translate("AuditTrail", "Exchange package"),
        "demo": translate("AuditTrail", "Demo data"),
        "wilayah": translate("AuditTrail", "Reference areas"),
    }
    return names.get(entity) or table_name(entity)


def action_name(action: str) -> str:
    """What happened to the record."""
    names = {
        "create": translate("AuditTrail", "Created"),
        "update": translate("AuditTrail", "Changed"),
        "delete": translate("AuditTrail", "Deleted"),
        "restore": translate("AuditTrail", "Restored"),
        "import": translate("AuditTrail", "Imported"),
        "generate": translate("AuditTrail", "Generated"),
        "load": translate("AuditTrail", "Loaded"),
    }
    return names.get(action, action)


def field_label(name: str) -> str:
    """A field as its form labels it (the import view's words, then the trail's own)."""
    names = {
        "formation_model": translate("AuditTrail", "Formation model"),
        "postal_code": translate("AuditTrail", "Postal code"),
        "simpanan_pokok": translate("AuditTrail", "Simpanan pokok"),
        "simpanan_wajib": translate("AuditTrail", "Simpanan wajib"),
        "wajib_period": translate("AuditTrail", "Simpanan wajib period"),
        "initial_capital": translate("AuditTrail", "Initial capital"),
        "portal_status": translate("AuditTrail", "Portal status"),
        "portal_date": translate("AuditTrail", "Portal date"),
        "name_reserved_date": translate("AuditTrail", "Name reserved"),
        "notary_name": translate("AuditTrail", "Notary"),
        "nomor_induk_koperasi": translate("AuditTrail", "Nomor Induk Koperasi"),
        "bank_name": translate("AuditTrail", "Bank"),
        "bank_account_number": translate("AuditTrail", "Account number"),
        "bank_account_name": translate("AuditTrail", "Account name"),
        "simkopdes_account": translate("AuditTrail", "SIMKOPDES account"),
        "simkopdes_date": translate("AuditTrail", "SIMKOPDES date"),
        "notes": translate("AuditTrail", "Notes"),
        "nationality": translate("AuditTrail", "Nationality"),
        "title": translate("AuditTrail", "Title"),
        "organiser": translate("AuditTrail", "Organiser"),
        "funding_source": translate("AuditTrail", "Funding source"),
        "venue": translate("AuditTrail", "Venue"),
        "mode": translate("AuditTrail", "Mode"),
        "topics": translate("AuditTrail", "Topics"),
        "hours": translate("AuditTrail", "Hours"),
        "kind": translate("AuditTrail", "Kind"),
        "location": translate("AuditTrail", "Location"),
        "body": translate("AuditTrail", "Body"),
        "ex_officio": translate("AuditTrail", "Ex officio"),
        "paid_date": translate("AuditTrail", "Date paid"),
        "receipt_number": translate("AuditTrail", "Receipt number"),
        "meeting_date": translate("AuditTrail", "Meeting date"),
        "place": translate("AuditTrail", "Place"),
        "password_hash": translate("AuditTrail", "Password"),
        "counts": translate("AuditTrail", "Counts"),
        "package_sha256": translate("AuditTrail", "Package checksum"),
        "office": translate("AuditTrail", "Office"),
        "fingerprint": translate("AuditTrail", "Key fingerprint"),
        "package_created_at": translate("AuditTrail", "Package made"),
        "seed": translate("AuditTrail", "Seed"),
        "provinces": translate("AuditTrail", "Provinces"),
        "regencies": translate("AuditTrail", "Regencies/cities"),
        "districts": translate("AuditTrail", "Districts"),
        "villages": translate("AuditTrail", "Villages"),
    }
    return names.get(name) or field_name(name)


def change_text(value: Any) -> str:
    """A recorded value as a person reads it; masked personal data says so."""
    if value == MASK:
        return translate("AuditTrail", "(hidden)")
    return value_text(value)


def local_time(moment: datetime) -> str:
    """An entry's time on this computer's clock: 28-11-2026 07.41.22."""
    return moment.astimezone().strftime("%d-%m-%Y %H.%M.%S")


def fields_summary(entry: AuditEntry) -> str:
    """The changed fields of an entry, by their labels."""
    if entry.action in ("create", "delete") and entry.entity not in ("demo", "wilayah"):
        return ""
    shown = [field_label(name) for name in sorted(entry.changes) if name != "deleted_at"]
    return ", ".join(shown)


def entry_name(entry: AuditEntry) -> str:
    """ "no. 12 of 28-11-2026 07.41.22 by siti: Cooperative 1f0c…, changed"."""
    text = translate("AuditTrail", "no. {number} of {time} by {user}: {record} {id}, {action}")
    return text.format(
        number=entry.id,
        time=local_time(entry.at),
        user=entry.username,
        record=entity_name(entry.entity),
        id=entry.entity_id,
        action=action_name(entry.action).lower(),
    )


def verdict_text(result: AuditVerification) -> str:
    """The result of "Check integrity" in one or two sentences."""
    if result.ok:
        text = translate("AuditTrail", "The audit trail is intact: {count} entries checked.")
        return text.format(count=result.checked)
    assert result.broken is not None
    reasons = {
        HASH_MISMATCH: translate(
            "AuditTrail", "its content was changed after it was written (hash mismatch)"
        ),
        BROKEN_LINK: translate(
            "AuditTrail", "the entry before it is missing or was changed (broken link)"
        ),
    }
    return translate("AuditTrail", "The audit trail is broken at entry {entry}: {reason}.").format(
        entry=entry_name(result.broken), reason=reasons.get(result.reason, result.reason)
    )
