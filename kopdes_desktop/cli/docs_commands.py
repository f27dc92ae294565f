"""Printed documents: ``kopdes docs list | build | verify | void | key | trust``.

``verify`` is meant for scripts and for staff at a counter: one Indonesian line, exit status 0
only for a genuine, unchanged document whose number was not voided.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.cli.common import CliError, open_services, require_area
from kopdes_desktop.cli.messages import message
from kopdes_desktop.config import Config
from kopdes_desktop.domain.enums import PaperSize
from kopdes_desktop.services.document_files import write_atomic
from kopdes_desktop.services.document_issue import BuiltDocument
from kopdes_desktop.services.document_verification import VerificationResult, VerificationStatus
from kopdes_desktop.services.signing_service import format_fingerprint

BERKAS = "berkas"
EXIT_NOT_GENUINE = 1
EXIT_UNREADABLE = 2


def register(sub: Any) -> None:
    """Add ``kopdes docs …`` to the parser."""
    docs = sub.add_parser("docs", help="dokumen cetak: daftar, buat, periksa keaslian")
    dsub = docs.add_subparsers(dest="docs_command", required=True)

    lst = dsub.add_parser("list", help="jenis dokumen, atau buku register dengan --register")
    lst.add_argument("--register", action="store_true", help="dokumen yang sudah diterbitkan")
    lst.add_argument("--year", type=int)
    lst.add_argument("--type", dest="doc_type")
    lst.set_defaults(handler=_cmd_list)

    build = dsub.add_parser("build", help="buat dan terbitkan dokumen PDF")
    build.add_argument("--coop", help="kode wilayah kelurahan/desa koperasi")
    build.add_argument("--type", dest="doc_type", required=True, help="jenis dokumen atau berkas")
    build.add_argument("--out", type=Path, required=True, help="folder tujuan")
    build.add_argument("--mask-nik", action="store_true", help="samarkan NIK (salinan keluar)")
    build.add_argument("--paper", choices=[p.value for p in PaperSize], type=str.upper)
    build.add_argument("--event", help="id rapat atau id pelatihan")
    build.add_argument("--area", help="wilayah rekapitulasi (bawaan: wilayah kerja)")
    build.add_argument("--draft", action="store_true", help="draf tanpa nomor dan tanda tangan")
    build.set_defaults(handler=_cmd_build)

    verify = dsub.add_parser("verify", help="periksa keaslian berkas PDF")
    verify.add_argument("file", type=Path)
    verify.set_defaults(handler=_cmd_verify)

    void = dsub.add_parser("void", help="batalkan nomor yang sudah diterbitkan")
    void.add_argument("document_id")
    void.add_argument("--reason", required=True)
    void.set_defaults(handler=_cmd_void)

    key = dsub.add_parser("key", help="kunci publik kantor ini (untuk kantor lain)")
    key.set_defaults(handler=_cmd_key)

    trust = dsub.add_parser("trust", help="percayai kunci publik kantor lain")
    trust.add_argument("public_key", help="kunci publik (64 digit heksadesimal)")
    trust.add_argument("--area", required=True, help="kode wilayah kantor itu")
    trust.add_argument("--name", default="", help="nama kantor itu")
    trust.set_defaults(handler=_cmd_trust)


def _cmd_list(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=False)
    if not args.register:
        for t in services.documents.available_types():
            print(f"{t.code:<24} {t.title}")
        return 0
    require_area(services)
    entries = services.documents.register(args.year, args.doc_type)
    for e in entries:
        state = f"  DIBATALKAN: {e.void_reason}" if e.void else ""
        print(
            f"{e.issued_date.isoformat()}  {e.doc_type:<22} {e.number:<28} "
            f"{e.verification_code}{state}"
        )
    gaps = services.documents.gaps(args.year, args.doc_type)
    for g in gaps:
        print(message("documents.gap", {"doc_type": g.doc_type, "year": g.year, "seq": g.seq}))
    print(message("documents.register_total", {"count": len(entries), "gaps": len(gaps)}))
    return 0


def _cmd_build(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=not args.draft)
    require_area(services)
    docs = services.documents
    known = {t.code for t in docs.available_types()}
    if args.doc_type not in known:
        raise CliError(message("documents.unknown_type", {"doc_type": args.doc_type}), 2)
    paper = PaperSize(args.paper) if args.paper else None
    issue = not args.draft
    if args.doc_type == "sertifikat":
        if not args.event:
            raise CliError(message("documents.event_required"), 2)
        coop_id = _coop_id(services, args.coop) if args.coop else None
        built = docs.build_certificates(args.event, coop_id, paper=paper, issue=issue)
        if not built:
            raise CliError(message("documents.no_participants"))
    else:
        coop_id = _coop_id(services, args.coop) if args.coop else None
        built = [
            docs.build(
                coop_id,
                args.doc_type,
                mask_nik=args.mask_nik,
                paper=paper,
                event_id=args.event,
                area_code=services.wilayah.normalize(args.area) if args.area else None,
                issue=issue,
            )
        ]
    for document in built:
        _write(args.out, document)
    return 0


def _write(folder: Path, document: BuiltDocument) -> None:
    path = write_atomic(folder / document.file_name, document.pdf)
    number = document.number or "(draf)"
    code = f"  kode {document.verification_code}" if document.verification_code else ""
    print(f"{path}  {document.title}  nomor {number}{code}")


def _coop_id(services: Services, village_code: str) -> str:
    code = services.wilayah.normalize(village_code)
    coop = services.cooperatives.get_by_village(code)
    if coop is None:
        raise CliError(message("documents.no_cooperative", {"village": code}))
    return coop.id


def _cmd_verify(args: argparse.Namespace, config: Config) -> int:
    try:
        pdf = args.file.read_bytes()
    except OSError as exc:
        print(
            f"kopdes: {message('documents.file_unreadable', {'file': args.file})}: {exc}",
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
    services = open_services(args, config, writes=False)
    result = services.documents.verify(pdf)
    print(verdict(result))
    return 0 if result.ok else EXIT_NOT_GENUINE


def verdict(result: VerificationResult) -> str:
    """One Indonesian line for a verification result."""
    d = result.details
    fp = format_fingerprint(d.fingerprint) if d.fingerprint else ""
    params = {
        "number": d.number or "-",
        "fingerprint": fp,
        "reason": d.void_reason,
        "office": d.office_name or d.area_code,
        "code": d.code,
    }
    if result.status is VerificationStatus.GENUINE:
        if d.voided:
            return message("documents.verify_voided", params)
        if d.own_office:
            return message("documents.verify_genuine_own", params)
        return message("documents.verify_genuine_trusted", params)
    key = {
        VerificationStatus.CHANGED: "documents.verify_changed",
        VerificationStatus.UNKNOWN_OFFICE: "documents.verify_unknown_office",
        VerificationStatus.NOT_KOPDES: "documents.verify_not_kopdes",
    }[result.status]
    return message(key, params)


def _cmd_void(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=True)
    entry = services.documents.void(args.document_id, args.reason)
    print(message("documents.voided", {"number": entry.number, "reason": entry.void_reason}))
    return 0


def _cmd_key(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=False)
    info = services.signing.public_key_info()
    print(f"Kunci publik: {info.public_key_hex}")
    print(f"Sidik jari:   {format_fingerprint(info.fingerprint)}")
    return 0


def _cmd_trust(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=True)
    try:
        raw = bytes.fromhex(args.public_key)
    except ValueError as exc:
        raise CliError(message("signing.key_invalid"), 2) from exc
    area = services.wilayah.normalize(args.area)
    key = services.signing.trust(area, args.name, raw)
    print(
        message(
            "documents.trusted",
            {
                "fingerprint": format_fingerprint(key.fingerprint),
                "office": key.office_name or key.area_code,
            },
        )
    )
    return 0
