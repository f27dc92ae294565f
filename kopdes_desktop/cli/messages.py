"""Indonesian one-line messages for the command line, keyed by domain error codes.

The GUI translates codes through Qt's system in ``ui/``; the CLI has no Qt, so it keeps this
small catalogue. Unknown codes fall back to the code itself, which is still stable and
searchable.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

MESSAGES: dict[str, str] = {
    "wilayah.code_invalid": "Kode wilayah tidak valid: {value}{area}. "
    "Contoh: 31.74.07.1001 atau ID.",
    "wilayah.unknown": "Kode wilayah {area} tidak dikenal di data Kemendagri.",
    "wilayah.file_missing": "Berkas {file} tidak ada di folder {folder}.",
    "wilayah.header": "Kolom berkas {file} tidak lengkap (kurang: {missing}).",
    "wilayah.row_invalid": "Baris {line} di berkas {file} tidak valid.",
    "settings.area_locked": "Wilayah kerja sudah {current} dan sudah berisi data koperasi.",
    "settings.no_area": "Wilayah kerja belum diatur. Jalankan dulu: kopdes init --area KODE",
    "db.too_new": "Basis data ini dibuat oleh versi KopDes yang lebih baru (revisi {revision}); "
    "versi ini hanya mendukung sampai {supported}. Perbarui program.",
    "app.already_running": "KopDes sudah berjalan untuk folder data ini (proses {pid}).",
    "user.password_short": "Kata sandi minimal {minimum} karakter.",
    "user.username_invalid": "Nama pengguna hanya boleh huruf, angka, titik, garis bawah.",
    "user.exists": "Pengguna {username} sudah ada.",
    "user.password_missing": "Kata sandi tidak diberikan (isi KOPDES_PASSWORD).",
    "user.auth_failed": "Nama pengguna atau kata sandi salah.",
    "demo.too_many_villages": "Diminta {requested} kelurahan/desa, tetapi di wilayah kerja "
    "hanya tersedia {available}.",
    "demo.too_few_members": "Jumlah anggota per koperasi minimal {minimum}.",
    "demo.area_outside": "Wilayah {area} berada di luar wilayah kerja {working}.",
    "record.not_found": "Data tidak ditemukan.",
    "founders.too_few": "Pendiri baru {count}; minimal {minimum} orang.",
    "founders.outside_village": "Pendiri {name} tidak berdomisili di kelurahan ini.",
    "board.pengurus_even": "Jumlah pengurus harus ganjil.",
    "board.pengurus_too_few": "Pengurus minimal 5 orang.",
    "board.role_missing": "Jabatan pengurus belum terisi: {role}.",
    "board.role_duplicate": "Jabatan {role} dipegang lebih dari satu orang.",
    "board.ketua_pengawas_not_lurah": "Ketua pengawas harus lurah (ex officio).",
    "board.ketua_pengawas_name": "Nama ketua pengawas berbeda dengan nama lurah di pengaturan.",
    "board.both_bodies": "Seseorang tidak boleh menjadi pengurus sekaligus pengawas.",
    "board.no_woman": "Belum ada perempuan di pengurus/pengawas.",
    "board.not_member": "Pengurus {name} belum tercatat sebagai anggota.",
    "members.duplicate_nik": "NIK {nik} tercatat lebih dari sekali di koperasi ini.",
    "capital.pokok_missing": "Besaran simpanan pokok belum diisi.",
    "capital.pokok_not_positive": "Simpanan pokok harus lebih dari nol.",
    "capital.wajib_not_positive": "Simpanan wajib harus lebih dari nol.",
    "name.empty": "Nama koperasi belum diisi.",
    "name.format": "Nama koperasi tidak mengikuti format baku.",
}


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def message(code: str, params: Mapping[str, Any] | None = None) -> str:
    """The Indonesian sentence for a code, with its parameters filled in."""
    template = MESSAGES.get(code)
    if template is None:
        detail = ", ".join(f"{k}={v}" for k, v in (params or {}).items())
        return code + (f" ({detail})" if detail else "")
    return template.format_map(_Blank(params or {}))
