"""The audit trail on the command line: ``audit verify`` and ``audit log``.

``verify`` walks the whole hash chain: exit 0 with the number of entries and the head hash
when it is intact, exit 1 naming the first broken entry (number, time, user, record) and why.
With ``--known HASH`` (a head from an export manifest or a printed berkas) it also fails when
that hash is no longer in the chain: newest entries deleted, or the trail rewritten.
``log`` prints the newest entries, optionally of one record, with their field changes.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from kopdes_desktop.cli.common import open_services
from kopdes_desktop.config import Config
from kopdes_desktop.domain.entities import AuditEntry
from kopdes_desktop.services.audit_service import BROKEN_LINK, HASH_MISMATCH

ENTITY_NAMES = {
    "cooperative": "koperasi",
    "person": "orang",
    "membership": "keanggotaan",
    "board_position": "jabatan pengurus/pengawas",
    "business_unit": "unit usaha",
    "capital_payment": "setoran simpanan",
    "meeting": "rapat",
    "meeting_attendee": "peserta rapat",
    "training_event": "pelatihan",
    "training_participant": "peserta pelatihan",
    "mentoring_visit": "pendampingan",
    "attachment": "lampiran",
    "issued_document": "dokumen bernomor",
    "office": "pengaturan kantor",
    "user_account": "akun pengguna",
    "exchange_package": "paket pertukaran",
    "demo": "data contoh",
    "wilayah": "data wilayah",
}
ACTION_NAMES = {
    "create": "dibuat",
    "update": "diubah",
    "delete": "dihapus",
    "restore": "dipulihkan",
    "import": "diimpor",
    "generate": "dibuat otomatis",
    "load": "dimuat",
}
REASONS = {
    HASH_MISMATCH: "hash tidak cocok: isi entri ini diubah setelah ditulis",
    BROKEN_LINK: "tautan rantai putus: entri sebelumnya hilang atau diubah",
}


def register(sub: Any) -> None:
    """Add ``audit verify`` and ``audit log`` to the ``kopdes`` parser."""
    audit = sub.add_parser("audit", help="jejak audit: periksa keutuhan, lihat riwayat")
    asub = audit.add_subparsers(dest="audit_command", required=True)
    verify = asub.add_parser("verify", help="periksa rantai hash jejak audit")
    verify.add_argument(
        "--known",
        metavar="HASH",
        help="hash jejak audit yang pernah tercatat (di manifes paket atau sampul berkas): "
        "periksa juga bahwa hash itu masih ada di rantai",
    )
    verify.set_defaults(handler=_cmd_verify)
    log = asub.add_parser("log", help="entri terbaru jejak audit")
    log.add_argument("--entity", help="jenis data, mis. cooperative, person, business_unit")
    log.add_argument("--id", dest="record_id", help="id data (UUID)")
    log.add_argument("--limit", type=int, default=50, help="jumlah entri (bawaan 50)")
    log.set_defaults(handler=_cmd_log)


def local_time(moment: datetime) -> str:
    """An entry's time in the computer's time zone, as offices read clocks."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z").strip()


def entry_title(entry: AuditEntry) -> str:
    """ "#12 2026-11-28 07:41:22 WIB, siti: koperasi 1f0c… diubah"."""
    entity = ENTITY_NAMES.get(entry.entity, entry.entity)
    action = ACTION_NAMES.get(entry.action, entry.action)
    return (
        f"#{entry.id} {local_time(entry.at)}, {entry.username}: {entity} {entry.entity_id} {action}"
    )


def _value(value: Any) -> str:
    if value is None or value == "":
        return "(kosong)"
    return str(value)


def change_lines(entry: AuditEntry) -> list[str]:
    """One line per field: ``name: before → after`` (or the summary's figures)."""
    lines = []
    for name, change in sorted(entry.changes.items()):
        if isinstance(change, list) and len(change) == 2:
            lines.append(f"{name}: {_value(change[0])} → {_value(change[1])}")
        else:
            lines.append(f"{name}: {_value(change)}")
    return lines


def _cmd_verify(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=False)
    known = getattr(args, "known", None)
    result = services.audit.contains(known) if known else services.audit.verify()
    if result.ok:
        print(f"Jejak audit utuh: {result.checked} entri diperiksa.")
        if result.head:
            print(f"Hash terakhir: {result.head}")
        if result.known_found is False:
            print(
                f"Hash {known} TIDAK ADA di jejak audit: entri sesudahnya telah dihapus "
                "atau jejak ditulis ulang."
            )
            return 1
        if result.known_found:
            print(f"Hash {known} ada di jejak audit.")
        return 0
    assert result.broken is not None
    print(f"Jejak audit RUSAK pada entri {entry_title(result.broken)}")
    print(f"Sebab: {REASONS.get(result.reason, result.reason)}.")
    print(f"Entri utuh sebelum itu: {result.checked}.")
    return 1


def _cmd_log(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=False)
    entries = services.audit.recent(max(1, args.limit), args.entity, args.record_id)
    if not entries:
        print("Belum ada entri jejak audit yang cocok.")
        return 0
    for entry in entries:
        print(entry_title(entry))
        for line in change_lines(entry):
            print(f"    {line}")
    return 0
