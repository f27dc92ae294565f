"""Command-line interface: ``kopdes SUBCOMMAND``; without a subcommand it opens the GUI.

Every command runs on the same services as the GUI. Expected problems print one Indonesian
line on stderr (exit 1); bad usage exits 2 (argparse); figures go to stdout.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from kopdes_desktop import __version__
from kopdes_desktop.bootstrap import Services, build_services, setup_logging
from kopdes_desktop.cli_messages import message
from kopdes_desktop.config import Config, resolve_config
from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.domain.errors import DomainError, ValidationError

USER_ENV = "KOPDES_USER"
PASSWORD_ENV = "KOPDES_PASSWORD"
Handler = Callable[[argparse.Namespace, Config], int]


class CliError(Exception):
    """A problem to report on one line and exit with ``code``."""

    def __init__(self, text: str, exit_code: int = 1) -> None:
        super().__init__(text)
        self.exit_code = exit_code


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kopdes", description="KopDes Desktop: Koperasi Kelurahan Merah Putih."
    )
    p.add_argument("--version", action="version", version=f"kopdes {__version__}")
    p.add_argument("--home", help="folder data (bawaan: KOPDES_HOME atau folder pengguna)")
    p.add_argument("--db", help="URL basis data (bawaan: KOPDES_DATABASE_URL atau SQLite)")
    p.add_argument("--user", help="nama pengguna untuk perintah yang mengubah data")
    sub = p.add_subparsers(dest="command")

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
    check.set_defaults(handler=_cmd_check)

    wilayah = sub.add_parser("wilayah", help="data referensi wilayah")
    wsub = wilayah.add_subparsers(dest="wilayah_command", required=True)
    wimport = wsub.add_parser("import", help="perbarui dari CSV idn-area-data")
    wimport.add_argument("folder", type=Path)
    wimport.set_defaults(handler=_cmd_wilayah_import)
    return p


def _username(args: argparse.Namespace) -> str:
    return str(args.user or os.environ.get(USER_ENV) or "cli")


def _open(args: argparse.Namespace, config: Config, *, writes: bool) -> Services:
    """Build services; for writing commands, check the password of an existing account."""
    services = build_services(config, username=_username(args))
    if writes and (args.user or os.environ.get(USER_ENV)):
        name = _username(args)
        password = os.environ.get(PASSWORD_ENV)
        known = services.users.find(name) is not None
        if known and (password is None or not services.users.verify_password(name, password)):
            raise CliError(message("user.auth_failed"))
    return services


def _require_area(services: Services) -> str:
    area = services.settings.get().area_code
    if area is None:
        raise CliError(message("settings.no_area"))
    return area


def _read_password(prompt: str) -> str:
    value = os.environ.get(PASSWORD_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliError(message("user.password_missing"))
    return getpass.getpass(prompt)


def _cmd_init(args: argparse.Namespace, config: Config) -> int:
    services = _open(args, config, writes=False)
    counts = services.wilayah.ensure_loaded()
    area = services.wilayah.normalize(args.area)
    before = services.settings.get()
    if before.area_code != area or (args.office_name and args.office_name != before.office_name):
        services.settings.set_area(area, args.office_name)
    created_admin = False
    if args.admin and services.users.find(args.admin) is None:
        password = _read_password(f"Kata sandi untuk {args.admin}: ")
        services.users.create(args.admin, password, UserRole.ADMIN, full_name=args.admin)
        created_admin = True
    info = services.wilayah.area_info(area)
    print(f"Basis data siap: {config.database_url}")
    print(f"Wilayah kerja: {info.code} {info.full_name}")
    print(
        f"Referensi: {counts.provinces} provinsi, {counts.regencies} kabupaten/kota, "
        f"{counts.districts} kecamatan, {counts.villages} kelurahan/desa"
    )
    if created_admin:
        print(f"Akun admin dibuat: {args.admin}")
    return 0


def _cmd_demo(args: argparse.Namespace, config: Config) -> int:
    services = _open(args, config, writes=True)
    working = _require_area(services)
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
    services = _open(args, config, writes=False)
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
    services = _open(args, config, writes=False)
    report = services.checks.run(services.settings.get().area_code)
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
    services = _open(args, config, writes=True)
    counts = services.wilayah.import_folder(args.folder)
    print(
        f"Referensi diperbarui: {counts.provinces} provinsi, {counts.regencies} "
        f"kabupaten/kota, {counts.districts} kecamatan, {counts.villages} kelurahan/desa"
    )
    return 0


def _describe(exc: DomainError) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(message(i.code, i.params) for i in exc.issues if i.is_error)
    return message(exc.code, exc.params)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kopdes`` command."""
    args = _parser().parse_args(argv)
    config = resolve_config(args.home, args.db)
    try:
        if args.command is None:
            from kopdes_desktop.app import run_gui  # Qt is loaded only for the GUI.

            return run_gui(config, username=args.user or os.environ.get(USER_ENV))
        setup_logging(config)
        handler: Handler = args.handler
        return handler(args, config)
    except CliError as exc:
        print(f"kopdes: {exc}", file=sys.stderr)
        return exc.exit_code
    except DomainError as exc:
        print(f"kopdes: {_describe(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kopdes: dibatalkan", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
