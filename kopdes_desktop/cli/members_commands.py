"""Members spreadsheet on the command line: ``members template`` and ``members import``.

``import`` always previews first and prints every row problem; with errors it writes the
annotated copy, saves nothing and exits 1. Without errors it saves all rows in one
transaction, unless ``--dry-run`` asked only for the preview.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.cli.common import CliError, open_services
from kopdes_desktop.cli.messages import message
from kopdes_desktop.config import Config
from kopdes_desktop.domain.entities import Cooperative
from kopdes_desktop.domain.errors import DomainError, Issue, ValidationError
from kopdes_desktop.exchange.members_columns import BY_KEY
from kopdes_desktop.services.member_import_rows import MemberImportPreview


def register(sub: Any) -> None:
    """Add ``members template`` and ``members import`` to the ``kopdes`` parser."""
    members = sub.add_parser("members", help="daftar anggota dari lembar kerja (xlsx/CSV)")
    msub = members.add_subparsers(dest="members_command", required=True)
    template = msub.add_parser("template", help="tulis templat daftar anggota (.xlsx)")
    template.add_argument("--out", type=Path, required=True, help="berkas .xlsx tujuan")
    template.set_defaults(handler=_cmd_template)
    imp = msub.add_parser("import", help="impor anggota dari .xlsx atau .csv")
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--coop", required=True, help="kode wilayah kelurahan/desa koperasi (mis. 31.74.07.1001)"
    )
    imp.add_argument("--dry-run", action="store_true", help="hanya pratinjau, tidak menyimpan")
    imp.add_argument(
        "--annotated",
        type=Path,
        help="tempat salinan bertanda kesalahan (bawaan: di samping berkas)",
    )
    imp.set_defaults(handler=_cmd_import)


def _cmd_template(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=False)
    target = args.out if args.out.suffix.lower() == ".xlsx" else args.out.with_suffix(".xlsx")
    services.member_import.write_template(target, services.settings.get().area_code)
    print(f"Templat daftar anggota ditulis: {target}")
    return 0


def find_cooperative(services: Services, code: str) -> Cooperative:
    """The cooperative of a village code (or, for scripts, a cooperative id)."""
    try:
        village = services.wilayah.normalize(code)
    except DomainError:
        village = None
    coop = services.cooperatives.get_by_village(village) if village else None
    if coop is None and village is None:
        try:
            coop = services.cooperatives.get(code)
        except DomainError:
            coop = None
    if coop is None:
        raise CliError(message("members_import.no_cooperative", {"code": code}))
    return coop


def describe(issue: Issue) -> str:
    """ "NIK: …" — the column as the sheet names it, then the sentence."""
    column = BY_KEY.get(issue.field or "")
    text = message(issue.code, issue.params)
    return f"{column.header.rstrip('*')}: {text}" if column else text


def _print_preview(preview: MemberImportPreview) -> None:
    sheet = preview.sheet
    print(
        f'Berkas: {sheet.source.name} (lembar "{sheet.sheet_name}", {len(preview.rows)} baris data)'
    )
    print(f"Koperasi: {preview.cooperative.name} ({preview.cooperative.village_code})")
    for row in preview.rows:
        for issue in row.issues:
            label = "GALAT" if issue.is_error else "peringatan"
            print(f"Baris {row.row} {label}: {describe(issue)}")
    print(
        f"Ringkasan: {len(preview.rows)} baris; {preview.new_person_count} orang baru, "
        f"{preview.reused_person_count} orang sudah terdaftar; {preview.error_count} galat "
        f"di {len(preview.error_rows)} baris, {preview.warning_count} peringatan."
    )


def _cmd_import(args: argparse.Namespace, config: Config) -> int:
    services = open_services(args, config, writes=not args.dry_run)
    coop = find_cooperative(services, args.coop)
    importer = services.member_import
    preview = importer.preview(args.file, coop.id)
    _print_preview(preview)
    if not preview.can_apply:
        path = importer.write_annotated(preview, describe, args.annotated)
        print(f"Salinan bertanda kesalahan: {path}")
        print("Tidak ada yang disimpan. Perbaiki baris bertanda lalu impor lagi.")
        return 1
    if args.dry_run:
        print("Uji coba: tidak ada yang disimpan.")
        return 0
    try:
        result = importer.apply(preview)
    except ValidationError as exc:  # the data changed since the preview: nothing was saved
        for issue in exc.issues:
            print(f"Baris {issue.params.get('row', '?')} GALAT: {describe(issue)}")
        print("Tidak ada yang disimpan.")
        return 1
    print(
        f"{result.added} anggota disimpan ({result.new_persons} orang baru, "
        f"{result.reused_persons} orang sudah terdaftar)."
    )
    return 0
