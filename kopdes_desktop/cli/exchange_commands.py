"""Exchange packages on the command line: ``export``, ``verify``, ``import``, ``monitor``.

A refused package exits 1 with one Indonesian line saying why (the package's problem code
turned into a sentence); ``--json`` prints the plan or result for scripts. ``import`` without
``--dry-run`` applies the package unless conflicts remain unresolved; then nothing is
applied, the conflicts are listed, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kopdes_desktop.cli.common import CliError, open_services, require_area
from kopdes_desktop.cli.messages import message
from kopdes_desktop.config import Config
from kopdes_desktop.exchange.import_plan import ImportPlan
from kopdes_desktop.exchange.merge import Outcome, Resolution
from kopdes_desktop.exchange.package_format import format_datetime
from kopdes_desktop.services.signing_service import format_fingerprint

_OUTCOME_WORDS = {
    Outcome.NEW: "baru",
    Outcome.CHANGED: "berubah",
    Outcome.UNCHANGED: "sama",
    Outcome.KEPT_OURS: "tetap milik kita",
    Outcome.CONFLICT: "konflik",
}
_KEY_WORDS = {
    "own": "kantor ini sendiri",
    "trusted": "kantor yang sudah dikenal",
    "new": "kantor baru (kuncinya diterima)",
    "unknown": "kantor yang BELUM dikenal",
}
MAX_PRINTED_CHANGES = 50


def register(sub: Any) -> None:
    """Add ``export``, ``verify``, ``import`` and ``monitor`` to the ``kopdes`` parser."""
    exp = sub.add_parser("export", help="tulis paket pertukaran data (.zip bertanda tangan)")
    exp.add_argument("--out", type=Path, required=True, help="berkas paket tujuan")
    exp.add_argument("--coop", help="hanya satu koperasi (kode wilayah kelurahan/desa)")
    exp.add_argument("--since-last", metavar="DEST", help="hanya perubahan sejak ekspor ke DEST")
    exp.add_argument("--with-documents", action="store_true", help="sertakan dokumen PDF")
    exp.add_argument("--mask-nik", action="store_true", help="samarkan NIK (tidak bisa diimpor)")
    rekap = exp.add_mutually_exclusive_group()
    rekap.add_argument(
        "--rekap",
        dest="with_rekap",
        action="store_true",
        default=None,
        help="rekap.xlsx lengkap dengan semua lembar (lama untuk data nasional)",
    )
    rekap.add_argument(
        "--no-rekap", dest="with_rekap", action="store_false", help="tanpa rekap.xlsx"
    )
    exp.add_argument("--json", action="store_true")
    exp.set_defaults(handler=_cmd_export)

    ver = sub.add_parser("verify", help="periksa paket tanpa mengubah basis data")
    ver.add_argument("file", type=Path)
    ver.add_argument("--json", action="store_true")
    ver.set_defaults(handler=_cmd_verify)

    imp = sub.add_parser("import", help="impor paket pertukaran data")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="hanya pratinjau, tidak menyimpan")
    imp.add_argument("--json", action="store_true")
    imp.add_argument("--accept-new-office", action="store_true", help="terima kunci kantor baru")
    imp.add_argument(
        "--resolve",
        action="append",
        default=[],
        metavar="TABEL:ID=theirs|ours",
        help="keputusan untuk satu konflik (boleh diulang)",
    )
    imp.add_argument("--resolve-all", choices=[r.value for r in Resolution])
    imp.set_defaults(handler=_cmd_import)

    mon = sub.add_parser("monitor", help="pemantauan dari paket yang diterima")
    msub = mon.add_subparsers(dest="monitor_command", required=True)
    dup = msub.add_parser("duplicates", help="NIK yang terdaftar di lebih dari satu koperasi")
    dup.add_argument("--area", help="wilayah (bawaan: wilayah kerja)")
    dup.add_argument("--json", action="store_true")
    dup.set_defaults(handler=_cmd_duplicates)
    silent = msub.add_parser("silent", help="kelurahan/desa yang belum atau lama tidak mengirim")
    silent.add_argument("--area", help="wilayah (bawaan: wilayah kerja)")
    silent.add_argument("--days", type=int, help="tidak mengirim dalam N hari terakhir")
    silent.add_argument("--json", action="store_true")
    silent.set_defaults(handler=_cmd_silent)


def _dump(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _cmd_export(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=True)
    require_area(services)
    result = services.exchange.export(
        args.out,
        coop=args.coop,
        since_last=args.since_last,
        with_documents=args.with_documents,
        mask_nik=args.mask_nik,
        with_rekap=args.with_rekap,
    )
    if args.json:
        _dump(
            {
                "file": str(result.path),
                "sha256": result.sha256,
                "counts": result.counts,
                "notes": list(result.notes),
            }
        )
        return 0
    m = result.manifest
    print(f"Paket ditulis: {result.path}")
    print(f"  sha256: {result.sha256}")
    if m.scope.since is not None:
        print(f"  perubahan sejak {format_datetime(m.scope.since)} (tujuan {m.scope.destination})")
    for table, count in sorted(result.counts.items()):
        print(f"  {table}: {count}")
    for note in result.notes:
        print(f"  catatan: {message(note)}")
    return 0


def _cmd_verify(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=False)
    result = services.exchange.verify(args.file)
    s = result.summary
    if args.json:
        _dump(
            {
                "valid": True,
                "known_office": result.known_office,
                "key_status": s.key_status,
                "office": {"area_code": s.office_area, "name": s.office_name},
                "fingerprint": s.fingerprint,
                "sha256": s.sha256,
                "counts": dict(s.counts),
            }
        )
    else:
        print(f"Paket utuh dan bertanda tangan sah: {args.file}")
        print(f"  dari: {s.office_name or 'kantor'} ({s.office_area}), {_KEY_WORDS[s.key_status]}")
        print(f"  sidik jari kunci: {format_fingerprint(s.fingerprint)}")
        print(f"  dibuat: {format_datetime(s.created_at)}")
    if not result.known_office:
        print(
            "kopdes: "
            + message(
                "package.office_unknown",
                {
                    "area": s.office_area,
                    "office": s.office_name,
                    "fingerprint": format_fingerprint(s.fingerprint),
                },
            ),
            file=sys.stderr,
        )
        return 1
    return 0


def _parse_resolutions(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.rpartition("=")
        if not sep or not key:
            raise CliError(message("exchange.resolution_invalid", {"key": item}), exit_code=2)
        out[key] = value
    return out


def _cmd_import(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=not args.dry_run)
    require_area(services)
    resolutions = _parse_resolutions(args.resolve)
    if args.resolve_all:
        preview = services.exchange.plan(args.file, accept_new_office=args.accept_new_office)
        resolutions = {c.key: args.resolve_all for c in preview.conflicts} | resolutions
    plan = services.exchange.import_package(
        args.file,
        accept_new_office=args.accept_new_office,
        resolutions=resolutions,
        dry_run=args.dry_run,
    )
    if args.json:
        _dump(plan.to_json())
    else:
        _print_plan(plan, args.dry_run)
    unresolved = len(plan.unresolved)
    if unresolved and not args.dry_run:
        print(
            "kopdes: " + message("exchange.conflicts_unresolved", {"count": unresolved}),
            file=sys.stderr,
        )
        return 1
    return 0


def _counts_text(counts: Any) -> str:
    parts = [f"{counts.get(o, 0)} {word}" for o, word in _OUTCOME_WORDS.items() if counts.get(o)]
    return ", ".join(parts) or "tidak ada data"


def _print_plan(plan: ImportPlan, dry_run: bool) -> None:
    p = plan.package
    state = (
        "PRATINJAU (tidak disimpan)"
        if dry_run
        else ("DITERAPKAN" if plan.applied else "TIDAK DITERAPKAN")
    )
    print(f"Paket {p.path.name} dari {p.office_name or 'kantor'} ({p.office_area}): {state}")
    print(
        f"  kunci: {_KEY_WORDS.get(p.key_status, p.key_status)}, "
        f"sidik jari {format_fingerprint(p.fingerprint)}"
    )
    printed = 0
    for group in plan.groups:
        label = f"{group.village_code} {group.name}" if group.cooperative_id else "Data bersama"
        print(f"{label}: {_counts_text(group.counts)}")
        for change in group.changes:
            if printed >= MAX_PRINTED_CHANGES:
                break
            printed += 1
            fields = "; ".join(f"{f.name}: {f.ours!r} → {f.theirs!r}" for f in change.fields)
            print(f"  [{_OUTCOME_WORDS[change.outcome]}] {change.key}: {fields}")
    if plan.unlisted_changes:
        print(f"  (+{plan.unlisted_changes} perubahan lain tidak dirinci)")
    for conflict in plan.unresolved:
        print(f"KONFLIK {conflict.key}: pilih --resolve {conflict.key}=theirs atau =ours")


def _cmd_duplicates(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=False)
    area = args.area or require_area(services)
    found = services.exchange.duplicate_persons(area)
    if args.json:
        _dump([{"nik": d.nik_masked, "cooperatives": d.cooperatives} for d in found])
        return 0
    for dup in found:
        print(f"{dup.nik_masked}: {'; '.join(dup.cooperatives)}")
    print(f"{len(found)} NIK terdaftar di lebih dari satu koperasi")
    return 0


def _cmd_silent(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=False)
    area = args.area or require_area(services)
    found = services.exchange.silent_villages(area, args.days)
    if args.json:
        _dump(
            [
                {
                    "code": v.code,
                    "name": v.name,
                    "last_package": None
                    if v.last_package is None
                    else format_datetime(v.last_package),
                }
                for v in found
            ]
        )
        return 0
    for village in found:
        when = (
            "belum pernah"
            if village.last_package is None
            else format_datetime(village.last_package)
        )
        print(f"{village.code} {village.name}: {when}")
    print(f"{len(found)} kelurahan/desa")
    return 0
