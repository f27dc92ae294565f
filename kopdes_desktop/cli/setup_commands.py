"""Setting up and inspecting a database: ``init``, ``demo``, ``stats``, ``check``, ``wilayah``."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from kopdes_desktop.cli.common import (
    CliError,
    damaged_database_advice,
    open_services,
    read_password,
    require_area,
)
from kopdes_desktop.cli.messages import message
from kopdes_desktop.config import Config
from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.services.signing_service import format_fingerprint


def register(sub: Any) -> None:
    """Add this module's subcommands to the ``kopdes`` parser."""
    init = sub.add_parser("init", help="siapkan basis data dan wilayah kerja")
    init.add_argument("--area", required=True, help="kode wilayah Kemendagri atau ID")
    init.add_argument("--office-name", help="nama kantor")
    init.add_argument("--admin", help="buat akun admin pertama (kata sandi: KOPDES_PASSWORD)")
    init.set_defaults(handler=_cmd_init)

    demo = sub.add_parser("demo", help="isi data contoh sintetis")
    demo.add_argument("--villages", type=int, required=True)
    demo.add_argument("--members", type=int, default=20)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--area", help="bagian dari wilayah kerja (bawaan: seluruh wilayah kerja)")
    demo.set_defaults(handler=_cmd_demo)

    stats = sub.add_parser("stats", help="jumlah data")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=_cmd_stats)

    check = sub.add_parser("check", help="periksa integritas dan aturan koperasi")
    check.add_argument("--json", action="store_true")
    check.add_argument(
        "--full", action="store_true", help="integrity_check lengkap (bawaan: quick_check)"
    )
    check.set_defaults(handler=_cmd_check)

    wilayah = sub.add_parser("wilayah", help="data referensi wilayah")
    wsub = wilayah.add_subparsers(dest="wilayah_command", required=True)
    wimport = wsub.add_parser("import", help="perbarui dari CSV idn-area-data")
    wimport.add_argument("folder", type=Path)
    wimport.set_defaults(handler=_cmd_wilayah_import)


def _cmd_init(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=False)
    counts = services.wilayah.ensure_loaded()
    area = services.wilayah.normalize(args.area)
    before = services.settings.get()
    if before.area_code != area or (args.office_name and args.office_name != before.office_name):
        services.settings.set_area(area, args.office_name)
    key = services.signing.ensure_key()
    created_admin = False
    if args.admin and services.users.find(args.admin) is None:
        password = read_password(f"Kata sandi untuk {args.admin}: ")
        services.users.create(args.admin, password, UserRole.ADMIN, full_name=args.admin)
        created_admin = True
    info = services.wilayah.area_info(area)
    print(f"Basis data siap: {config.database_url}")
    print(f"Wilayah kerja: {info.code} {info.full_name}")
    print(
        f"Referensi: {counts.provinces} provinsi, {counts.regencies} kabupaten/kota, "
        f"{counts.districts} kecamatan, {counts.villages} kelurahan/desa"
    )
    print(f"Kunci tanda tangan kantor: {format_fingerprint(key.fingerprint)}")
    if created_admin:
        print(f"Akun admin dibuat: {args.admin}")
    return 0


def _cmd_demo(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=True)
    working = require_area(services)
    area = services.wilayah.normalize(args.area) if args.area else working
    if not services.wilayah.contains(working, area):
        raise CliError(message("demo.area_outside", {"area": area, "working": working}))
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} kelurahan/desa", end="", file=sys.stderr, flush=True)

    result = services.demo.generate(
        area, args.villages, members=args.members, seed=args.seed, progress=progress
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(f"Data contoh dibuat dalam {elapsed:.1f} detik:")
    for key, value in result.counts.items():
        print(f"  {key}: {value}")
    return 0


def _cmd_stats(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=False)
    area_code = services.settings.get().area_code
    area = services.wilayah.area_info(area_code) if area_code else None
    wil = services.wilayah.counts()
    records = services.stats.record_counts().as_dict()
    data = {
        "area": None
        if area is None
        else {
            "code": area.code,
            "name": area.name,
            "level": str(area.level),
            "full_name": area.full_name,
        },
        "wilayah": {
            "provinces": wil.provinces,
            "regencies": wil.regencies,
            "districts": wil.districts,
            "villages": wil.villages,
        },
        "records": records,
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"Wilayah kerja: {area.full_name if area else '(belum diatur)'}")
    print(
        f"Referensi: {wil.provinces} provinsi, {wil.regencies} kabupaten/kota, "
        f"{wil.districts} kecamatan, {wil.villages} kelurahan/desa"
    )
    for key, value in records.items():
        print(f"  {key}: {value}")
    return 0


def _cmd_check(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=False)
    ok, problems = services.checks.integrity(full=args.full)
    if not ok:  # the rules would read damaged pages: report the damage and what to do
        print("Integritas basis data: BERMASALAH")
        for line in problems[:20]:
            print(f"  {line}")
        print(f"kopdes: {damaged_database_advice(config)}", file=sys.stderr)
        return 1
    report = services.checks.run(services.settings.get().area_code, full=args.full)
    if args.json:
        print(
            json.dumps(
                {
                    "integrity_ok": report.integrity_ok,
                    "integrity_messages": list(report.integrity_messages),
                    "errors": report.error_count,
                    "warnings": report.warning_count,
                    "cooperatives": [
                        {
                            "village_code": c.village_code,
                            "name": c.name,
                            "issues": [
                                {
                                    "code": i.code,
                                    "field": i.field,
                                    "severity": str(i.severity),
                                    "message": message(i.code, i.params),
                                }
                                for i in c.issues
                            ],
                        }
                        for c in report.cooperatives
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print("Integritas basis data: " + ("baik" if report.integrity_ok else "BERMASALAH"))
        for line in report.integrity_messages:
            print(f"  {line}")
        for coop in report.cooperatives:
            for issue in coop.issues:
                label = "GALAT" if issue.is_error else "peringatan"
                print(f"{coop.village_code} {label}: {message(issue.code, issue.params)}")
        print(
            f"{len(report.cooperatives)} koperasi diperiksa: {report.error_count} galat, "
            f"{report.warning_count} peringatan"
        )
    return 1 if report.error_count else 0


def _cmd_wilayah_import(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=True)
    counts = services.wilayah.import_folder(args.folder)
    print(
        f"Referensi diperbarui: {counts.provinces} provinsi, {counts.regencies} "
        f"kabupaten/kota, {counts.districts} kecamatan, {counts.villages} kelurahan/desa"
    )
    return 0
