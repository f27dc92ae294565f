"""Members spreadsheet: template, tolerant reading, row errors, annotated copy, all-or-nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from builders import MELAWAI, cooperative, person
from openpyxl.xml import DEFUSEDXML

from kopdes_desktop.domain.enums import Sex
from kopdes_desktop.domain.errors import DomainError, ValidationError
from kopdes_desktop.exchange.members_annotation import ERROR_RGB
from kopdes_desktop.exchange.members_columns import COLUMNS, ERRORS_HEADER
from kopdes_desktop.exchange.members_sheet import member_inputs, read_members_file
from kopdes_desktop.exchange.members_template import build_members_template

HEADERS = [c.header for c in COLUMNS]
KEYS = [c.key for c in COLUMNS]
SITI = "3174075708850003"  # woman, born 17-08-1985
BUDI = "3174071203900004"  # man, born 12-03-1990
RINA = "3174074501920005"  # woman, born 05-01-1992


def sheet_file(
    path: Path, rows: list[dict[str, object]], *, before: int = 0, title: str = "Anggota"
) -> Path:
    """An xlsx made like a user would: the template's header, then rows by column key."""
    wb = build_members_template([(MELAWAI, "Melawai", "Kebayoran Baru")])
    ws = wb["Anggota"]
    ws.title = title
    if before:
        ws.insert_rows(1, before)
    for r, values in enumerate(rows, start=before + 2):
        for key, value in values.items():
            ws.cell(row=r, column=KEYS.index(key) + 1, value=value)
    wb.save(path)
    return path


def good(nik: str, name: str, **extra: object) -> dict[str, object]:
    return {"nik": nik, "name": name, "birth_place": "Jakarta", **extra}


@pytest.fixture
def coop(services):
    return services.cooperatives.save(cooperative())


def codes(preview, row: int) -> list[str]:
    match = [r for r in preview.rows if r.row == row]
    assert match, f"row {row} missing"
    return [i.code for i in match[0].issues if i.is_error]


def test_openpyxl_parses_xml_through_defusedxml():
    """A hostile workbook must not expand XML entities (billion laughs)."""
    assert DEFUSEDXML is True


def test_template_has_headers_help_and_drop_down_lists(services, tmp_path):
    target = services.member_import.write_template(tmp_path / "t.xlsx", "31.74.07")
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Anggota", "Petunjuk", "Kode Wilayah"]
    ws = wb["Anggota"]
    assert [c.value for c in ws[1]] == HEADERS
    assert ws.freeze_panes == "A2"
    assert "16 digit" in ws["A1"].comment.text
    assert ws["A2"].number_format == "@"  # a NIK typed here stays text
    lists = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert lists["C2:C1001"] == '"L,P"'
    assert lists["L2:L1001"] == '"Ya,Tidak"'
    codes_sheet = wb["Kode Wilayah"]
    village_codes = [row[0] for row in codes_sheet.iter_rows(min_row=2, values_only=True)]
    assert MELAWAI in village_codes and len(village_codes) == 10  # Kebayoran Baru
    assert lists["I2:I1001"] == "'Kode Wilayah'!$A$2:$A$11"
    help_rows = list(wb["Petunjuk"].iter_rows(min_row=5, values_only=True))
    assert help_rows[0][:2] == ("NIK", "Ya") and help_rows[0][3] == SITI


def test_reader_finds_the_right_sheet_below_a_title_and_skips_blank_rows(tmp_path):
    path = sheet_file(
        tmp_path / "m.xlsx",
        [good(SITI, "  Siti   Aminah "), {}, {}, good(BUDI, "Budi", phone=81234567890, rt=1)],
        before=2,
    )
    wb = openpyxl.load_workbook(path)
    wb.move_sheet("Petunjuk", offset=-1)  # the help sheet comes first now
    wb.save(path)
    sheet = read_members_file(path)
    assert (sheet.sheet_name, sheet.header_row) == ("Anggota", 3)
    rows = member_inputs(sheet)
    assert [r.row for r in rows] == [4, 7]
    assert rows[0].name == "Siti Aminah"
    assert rows[1].phone == "081234567890" and rows[1].rt == "001"


def test_a_file_without_the_headers_is_refused_clearly(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Nama", "Alamat"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(DomainError) as info:
        read_members_file(tmp_path / "x.xlsx")
    assert info.value.code == "members_sheet.no_header"
    assert "NIK" in info.value.params["expected"]


def test_not_a_workbook_and_old_xls_are_refused(tmp_path):
    (tmp_path / "fake.xlsx").write_bytes(b"not a zip")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    for name, code in (
        ("fake.xlsx", "members_sheet.unreadable"),
        ("old.xls", "members_sheet.xls_unsupported"),
    ):
        with pytest.raises(DomainError) as info:
            read_members_file(tmp_path / name)
        assert info.value.code == code


def test_nik_stored_as_a_number_is_refused_with_its_own_message(services, coop, tmp_path):
    path = sheet_file(tmp_path / "m.xlsx", [good(3.17407e15, "Siti"), good(BUDI, "Budi")])
    preview = services.member_import.preview(path, coop.id)
    assert codes(preview, 2) == ["members_sheet.nik_number"]  # not also "required"
    assert codes(preview, 3) == []


def test_csv_with_semicolons_scientific_nik_and_escaped_phone(services, coop, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(
        "NIK;Nama lengkap;Telepon;Tanggal lahir\n"
        f"{SITI};Siti Aminah;'+6281234567890;17/08/1985\n"
        "3,17407E+15;Budi;;\n",
        encoding="utf-8-sig",
    )
    preview = services.member_import.preview(path, coop.id)
    first, second = preview.rows
    assert first.person.phone == "+6281234567890"
    assert first.person.birth_date == date(1985, 8, 17)
    assert [i.code for i in second.issues] == ["members_sheet.nik_number"]


def test_preview_reports_each_row_problem_and_saves_nothing(services, coop, tmp_path):
    member = services.members.register(coop.id, person(1))
    rows = [
        good(SITI, "Siti Aminah", sex="P", birth_date="17-08-1985"),  # 2: fine
        good("317407570885", "Pendek"),  # 3: NIK too short
        good(BUDI, "Budi"),  # 4: duplicate in file (with 6)
        {"nik": RINA},  # 5: name missing
        good(BUDI, "Budi lagi"),  # 6: duplicate in file
        good(member.person.nik, "Warga Nomor 1"),  # 7: already a member
        good("3174074501920013", "Rina", village_code="31.74.07.9999"),  # 8: unknown village
        good("3174074501920021", "Ani", birth_date="31-02-1992"),  # 9: impossible date
        good("3174074501920039", "Dewi", sex="X", is_founder="mungkin"),  # 10: two bad cells
    ]
    path = sheet_file(tmp_path / "m.xlsx", rows)
    persons_before = services.stats.record_counts().as_dict()
    preview = services.member_import.preview(path, coop.id)
    assert codes(preview, 2) == []
    assert codes(preview, 3) == ["nik.length"]
    assert codes(preview, 4) == ["members_sheet.duplicate_in_file"]
    assert preview.rows[2].issues[0].params["rows"] == "6"
    assert codes(preview, 5) == ["members_sheet.required"]
    assert codes(preview, 6) == ["members_sheet.duplicate_in_file"]
    assert codes(preview, 7) == ["members.already_member"]
    assert codes(preview, 8) == ["members_sheet.village_unknown"]
    assert codes(preview, 9) == ["date.invalid"]
    assert sorted(codes(preview, 10)) == [
        "members_sheet.founder_invalid",
        "members_sheet.sex_invalid",
    ]
    assert not preview.can_apply and len(preview.error_rows) == 8
    assert services.stats.record_counts().as_dict() == persons_before
    with pytest.raises(DomainError) as info:
        services.member_import.apply(preview)
    assert info.value.code == "members_import.has_errors"


def test_annotated_copy_marks_bad_cells_red_and_explains(services, coop, tmp_path):
    path = sheet_file(
        tmp_path / "anggota.xlsx", [good(SITI, "Siti"), good("123", "Salah"), {"nik": BUDI}]
    )
    preview = services.member_import.preview(path, coop.id)
    out = services.member_import.write_annotated(preview, lambda i: f"[{i.code}]")
    assert out == tmp_path / "anggota-catatan-kesalahan.xlsx"
    ws = openpyxl.load_workbook(out)["Anggota"]
    notes_col = len(HEADERS) + 1
    assert ws.cell(row=1, column=notes_col).value == ERRORS_HEADER
    assert ws.cell(row=2, column=notes_col).value is None
    assert ws.cell(row=3, column=notes_col).value == "[nik.length]"
    assert ws.cell(row=4, column=notes_col).value == "[members_sheet.required]"
    assert ws.cell(row=3, column=1).fill.start_color.rgb == ERROR_RGB
    assert ws.cell(row=4, column=2).fill.start_color.rgb == ERROR_RGB
    assert ws.cell(row=2, column=1).fill.fill_type is None
    # The user fixes the copy and imports it again: old marks go, the notes column is ignored.
    wb = openpyxl.load_workbook(out)
    wb["Anggota"]["A3"] = RINA
    wb["Anggota"]["B4"] = "Budi"
    wb.save(out)
    again = services.member_import.preview(out, coop.id)
    assert again.can_apply, [r.issues for r in again.rows]
    second = services.member_import.write_annotated(again, str, tmp_path / "lagi.xlsx")
    ws = openpyxl.load_workbook(second)["Anggota"]
    assert ws.cell(row=3, column=1).fill.fill_type is None
    assert ws.cell(row=3, column=notes_col).value is None


def test_annotated_copy_of_a_csv_is_a_workbook(services, coop, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(f"NIK,Nama lengkap\n{SITI},Siti\n12,=cmd\n", encoding="utf-8")
    preview = services.member_import.preview(path, coop.id)
    out = services.member_import.write_annotated(preview, lambda i: i.code)
    ws = openpyxl.load_workbook(out).active
    assert out.suffix == ".xlsx"
    assert ws["B3"].value == "=cmd" and ws["B3"].data_type == "s"  # text, not a formula
    assert ws["C3"].value == "nik.length"


def test_apply_saves_all_rows_and_reuses_known_persons(services, coop, tmp_path):
    known = services.persons.save(person(7))
    rows = [
        good(
            SITI,
            "Siti Aminah",
            sex="P",
            is_founder="Ya",
            joined_date="31-05-2025",
            phone="+6281234567890",
        ),
        good(known.nik, known.name),
        good(BUDI, "Budi", member_number="0100"),
    ]
    preview = services.member_import.preview(sheet_file(tmp_path / "m.xlsx", rows), coop.id)
    assert preview.can_apply
    assert (preview.new_person_count, preview.reused_person_count) == (2, 1)
    result = services.member_import.apply(preview)
    assert (result.added, result.new_persons, result.reused_persons) == (3, 2, 1)
    members = {m.person.nik: m for m in services.members.members(coop.id)}
    assert members[known.nik].person.id == known.id  # reused, not duplicated
    assert len(services.persons.find_by_nik(known.nik)) == 1
    siti = members[SITI]
    assert siti.membership.is_founder and siti.membership.joined_date == date(2025, 5, 31)
    assert siti.person.sex is Sex.FEMALE and siti.person.village_code == MELAWAI
    assert sorted(m.membership.member_number for m in members.values()) == ["0001", "0002", "0100"]


def test_apply_is_all_or_nothing_when_data_changed_since_the_preview(services, coop, tmp_path):
    rows = [good(SITI, "Siti Aminah"), good(BUDI, "Budi"), good(RINA, "Rina")]
    preview = services.member_import.preview(sheet_file(tmp_path / "m.xlsx", rows), coop.id)
    assert preview.can_apply
    # Someone registers Rina in another window before the import is confirmed.
    services.members.register(coop.id, preview.rows[2].person)
    before = services.stats.record_counts().as_dict()
    with pytest.raises(ValidationError) as info:
        services.member_import.apply(preview)
    assert info.value.issues[0].params["row"] == 4
    assert services.stats.record_counts().as_dict() == before
    assert services.persons.find_by_nik(SITI) == []


def test_name_differing_from_the_known_person_is_a_warning(services, coop, tmp_path):
    known = services.persons.save(person(3))
    path = sheet_file(tmp_path / "m.xlsx", [good(known.nik, "Nama Lain Sekali")])
    preview = services.member_import.preview(path, coop.id)
    row = preview.rows[0]
    assert row.reused and preview.can_apply
    assert [i.code for i in row.issues if not i.is_error] == ["members_sheet.person_name_differs"]


def test_an_empty_sheet_is_refused(services, coop, tmp_path):
    with pytest.raises(DomainError) as info:
        services.member_import.preview(sheet_file(tmp_path / "m.xlsx", []), coop.id)
    assert info.value.code == "members_sheet.empty"
