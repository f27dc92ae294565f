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
    "members.already_member": "NIK ini sudah terdaftar sebagai anggota koperasi ini ({name}).",
    "nik.empty": "NIK belum diisi (16 digit).",
    "nik.not_digits": "NIK hanya boleh berisi angka.",
    "nik.length": "NIK harus {expected} digit; terbaca {length} digit.",
    "nik.province_unknown": "NIK tidak mungkin diawali {province}: tidak ada provinsi "
    "dengan kode itu.",
    "nik.birth_day": "Digit 7–8 NIK ({day}) bukan tanggal lahir (01–31, perempuan 41–71).",
    "nik.birth_month": "Digit 9–10 NIK ({month}) bukan bulan lahir (01–12).",
    "nik.birth_date_invalid": "Tanggal lahir dalam NIK tidak ada ({day}-{month}-{year}).",
    "nik.serial_zero": "Empat digit terakhir NIK tidak boleh 0000.",
    "nik.birth_date_mismatch": "Menurut NIK lahir {nik_birth_date}; periksa tanggal lahir "
    "atau NIK.",
    "nik.sex_mismatch": "Menurut NIK jenis kelamin {nik_sex}; periksa L/P atau NIK.",
    "person.name_empty": "Nama lengkap belum diisi.",
    "person.birth_date_future": "Tanggal lahir ada di masa depan.",
    "phone.invalid": "Bukan nomor telepon: tulis 08… atau +62… dengan 9–15 digit.",
    "email.invalid": "Alamat e-mail tidak valid.",
    "date.invalid": '"{value}" bukan tanggal; tulis dd-mm-yyyy, misalnya 17-08-1985.',
    "file.write_failed": "Berkas {path} tidak dapat ditulis: {reason}",
    "rekap.cancelled": "Rekapitulasi dibatalkan.",
    "members_sheet.nik_number": "NIK harus ditulis sebagai teks, bukan angka: spreadsheet "
    "hanya menyimpan 15 digit ({value}). Format kolom sebagai Teks lalu ketik ulang NIK.",
    "members_sheet.required": "Kolom {column} wajib diisi.",
    "members_sheet.sex_invalid": '"{value}" bukan jenis kelamin; isi L atau P.',
    "members_sheet.founder_invalid": '"{value}" tidak dikenal; isi Ya atau Tidak.',
    "members_sheet.duplicate_in_file": "NIK ini juga ada di baris {rows} berkas ini.",
    "members_sheet.village_unknown": "Kode kelurahan/desa {value} tidak dikenal; lihat lembar "
    "Kode Wilayah.",
    "members_sheet.outside_village": "Berdomisili di luar kelurahan koperasi ({village}).",
    "members_sheet.person_name_differs": "NIK ini sudah tercatat atas nama {name}; data orang "
    "itu yang dipakai.",
    "members_sheet.member_number_taken": "Nomor anggota {number} sudah dipakai di koperasi ini.",
    "members_sheet.member_number_repeated": "Nomor anggota {number} juga ada di baris {rows}.",
    "members_sheet.no_header": "Tidak ada lembar dengan judul kolom {expected} (lembar: "
    "{sheets}). Gunakan templat: kopdes members template --out templat.xlsx",
    "members_sheet.unreadable": "Berkas {path} tidak dapat dibaca sebagai lembar kerja.",
    "members_sheet.xls_unsupported": "Berkas {path} berformat .xls lama; simpan ulang sebagai "
    ".xlsx.",
    "members_sheet.unsupported_type": "Berkas {path} bukan .xlsx atau .csv.",
    "members_sheet.too_large": "Berkas {path} terlalu besar.",
    "members_sheet.too_many_rows": "Berkas berisi lebih dari {maximum} baris data.",
    "members_sheet.empty": "Berkas {path} tidak berisi baris anggota.",
    "members_sheet.annotated_is_source": "Salinan bertanda tidak boleh menimpa berkas "
    "aslinya ({path}).",
    "members_import.has_errors": "Masih ada {count} baris bermasalah; tidak ada yang disimpan.",
    "members_import.no_cooperative": "Tidak ada koperasi untuk kode {code}.",
    "capital.pokok_missing": "Besaran simpanan pokok belum diisi.",
    "capital.pokok_not_positive": "Simpanan pokok harus lebih dari nol.",
    "capital.wajib_not_positive": "Simpanan wajib harus lebih dari nol.",
    "name.empty": "Nama koperasi belum diisi.",
    "name.format": "Nama koperasi tidak mengikuti format baku.",
    "documents.unknown_type": "Jenis dokumen tidak dikenal: {doc_type}. "
    "Lihat daftarnya dengan: kopdes docs list",
    "documents.use_certificates": "Sertifikat dibuat per peserta: kopdes docs build "
    "--type sertifikat --event ID",
    "documents.event_required": "Pilih pelatihan dengan --event ID.",
    "documents.no_participants": "Pelatihan ini belum mempunyai peserta.",
    "documents.no_meeting": "Koperasi ini belum mempunyai Muskelsus atau rapat pendirian.",
    "documents.meeting_other_cooperative": "Rapat itu milik koperasi lain.",
    "documents.cooperative_required": "Pilih koperasi dengan --coop KODE_WILAYAH.",
    "documents.no_cooperative": "Belum ada koperasi di kelurahan/desa {village}.",
    "documents.pattern_invalid": "Pola nomor surat tidak valid: {pattern}.",
    "documents.number_conflict": "Nomor surat sedang dipakai operator lain; coba lagi.",
    "documents.void_reason_required": "Alasan pembatalan wajib diisi.",
    "documents.already_void": "Nomor {number} sudah dibatalkan.",
    "documents.voided": "Nomor {number} dibatalkan: {reason}",
    "documents.gap": "CELAH: {doc_type} tahun {year} nomor urut {seq} tidak ada di register.",
    "documents.register_total": "{count} dokumen diterbitkan, {gaps} celah nomor.",
    "documents.file_unreadable": "Berkas {file} tidak dapat dibaca",
    "documents.verify_genuine_own": "ASLI: dokumen {number} diterbitkan kantor ini dan tidak "
    "berubah sejak diterbitkan (kode {code}).",
    "documents.verify_genuine_trusted": "ASLI: dokumen {number} diterbitkan oleh {office} "
    "dan tidak berubah sejak diterbitkan (kode {code}).",
    "documents.verify_voided": "DIBATALKAN: dokumen {number} asli dan tidak berubah, tetapi "
    "nomornya sudah dibatalkan: {reason}",
    "documents.verify_changed": "BERUBAH: dokumen {number} telah diubah setelah diterbitkan; "
    "jangan dipercaya.",
    "documents.verify_unknown_office": "TIDAK DIKENAL: dokumen {number} ditandatangani kantor "
    "yang tidak dikenal (sidik jari kunci {fingerprint}).",
    "documents.verify_not_kopdes": "BUKAN DOKUMEN KOPDES: berkas ini tidak mempunyai segel KopDes.",
    "documents.trusted": "Kunci {fingerprint} milik {office} sekarang dipercaya.",
    "signing.key_invalid": "Kunci publik harus 64 digit heksadesimal (32 bita).",
    "signing.key_is_own": "Itu kunci kantor ini sendiri.",
    # Exchange packages (issue 5): a refused package gets one line saying why.
    "package.unreadable": "Berkas {path} tidak dapat dibaca.",
    "package.not_zip": "Berkas ini bukan paket KopDes: bukan berkas ZIP yang utuh.",
    "package.corrupt": "Paket ditolak: berkas {name} di dalamnya rusak.",
    "package.unsafe_path": "Paket ditolak: berisi nama berkas berbahaya ({name}).",
    "package.link_entry": "Paket ditolak: berisi tautan (symlink) {name}.",
    "package.special_entry": "Paket ditolak: berisi entri yang bukan berkas biasa ({name}).",
    "package.encrypted_entry": "Paket ditolak: berisi berkas terenkripsi ({name}).",
    "package.compression_unsupported": "Paket ditolak: cara kompresi berkas {name} tidak didukung.",
    "package.duplicate_entry": "Paket ditolak: nama berkas {name} muncul lebih dari sekali.",
    "package.too_many_entries": "Paket ditolak: terlalu banyak berkas ({count}; maksimum "
    "{maximum}).",
    "package.too_large": "Paket ditolak: isinya terlalu besar setelah dibuka ({size} bita).",
    "package.entry_too_large": "Paket ditolak: berkas {name} terlalu besar.",
    "package.compression_ratio": "Paket ditolak: berkas {name} mengembang {ratio} kali (bom zip).",
    "package.overlapping_entries": "Paket ditolak: berkas-berkas di dalamnya saling tumpang "
    "tindih ({name}).",
    "package.unexpected_entry": "Paket ditolak: berkas {name} bukan bagian format paket KopDes.",
    "package.manifest_missing": "Paket ditolak: manifest.json tidak ada.",
    "package.manifest_invalid": "Paket ditolak: manifest.json tidak valid ({item} {reason}).",
    "package.format_unknown": "Berkas ini bukan paket KopDes (format tidak dikenal).",
    "package.version_unsupported": "Versi format paket {version} tidak didukung; perbarui KopDes.",
    "package.revision_unknown": "Paket dibuat oleh versi KopDes yang lebih baru (skema "
    "{revision}); perbarui program.",
    "package.file_missing": "Paket ditolak: berkas {name} tidak ada.",
    "package.unlisted_entry": "Paket ditolak: berkas {name} tidak tercantum di manifest.",
    "package.size_mismatch": "Paket ditolak: ukuran berkas {name} tidak sesuai manifest.",
    "package.checksum": "Paket ditolak: isi berkas {name} tidak cocok dengan checksum-nya "
    "(rusak atau diubah).",
    "package.signature_invalid": "Paket ditolak: tanda tangan tidak sah (kunci {fingerprint}).",
    "package.office_unknown": "Paket dari kantor yang belum dikenal: {office} ({area}), sidik "
    "jari kunci {fingerprint}. Cocokkan sidik jari dengan kantor pengirim, lalu ulangi "
    "dengan --accept-new-office.",
    "package.office_key_changed": "Paket ditolak: kunci kantor {area} berubah (sidik jari "
    "{fingerprint}; yang dikenal {known}).",
    "package.office_key_area": "Paket ditolak: kunci {fingerprint} milik kantor "
    "{trusted_area}, bukan {area}.",
    "package.nik_masked": "Paket berisi NIK tersamar: hanya untuk dibaca, tidak dapat diimpor.",
    "package.area_outside": "Paket dari wilayah {area} berada di luar wilayah kerja {working}.",
    "package.cooperative_outside": "Paket ditolak: koperasi kelurahan/desa {village} di luar "
    "wilayah kerja {working}.",
    "package.row_invalid": "Paket ditolak: data {table} baris {line} tidak valid "
    "({column} {reason}).",
    "package.count_mismatch": "Paket ditolak: jumlah baris {table} ({actual}) tidak sesuai "
    "manifest ({expected}).",
    "package.attachment_missing": "Paket ditolak: lampiran {sha256} tidak ada di paket.",
    "package.attachment_mismatch": "Paket ditolak: lampiran {sha256} tidak sesuai datanya.",
    "exchange.integrity": "Paket ditolak: data tidak cocok dengan basis data ({detail}).",
    "exchange.village_taken": "Paket ditolak: kelurahan/desa {village} sudah punya koperasi "
    "lain di basis data ini.",
    "exchange.plan_stale": "Berkas {file} berubah sejak pratinjau; buat pratinjau lagi.",
    "exchange.conflicts_unresolved": "{count} konflik belum diputuskan; tidak ada yang "
    "diimpor. Pilih dengan --resolve TABEL:ID=theirs|ours atau --resolve-all.",
    "exchange.resolution_invalid": "Keputusan konflik tidak valid: {key} (pakai "
    "TABEL:ID=theirs atau TABEL:ID=ours).",
    "exchange.cooperative_unknown": "Tidak ada koperasi untuk kode wilayah {village}.",
    "exchange.attachment_missing": "Berkas lampiran {sha256} tidak ada di folder data; ekspor "
    "dibatalkan.",
    "exchange.attachment_corrupt": "Berkas lampiran {sha256} rusak; ekspor dibatalkan.",
    "exchange.write_verify_failed": "Paket yang baru ditulis gagal diperiksa ulang; berkas "
    "lama tidak diganti.",
    "exchange.cancelled": "Dibatalkan.",
    "documents.unavailable": "dokumen PDF tidak tersedia di versi ini; paket tanpa dokumen.",
    "documents.some_skipped": "sebagian dokumen tidak dapat dibuat (data belum lengkap).",
    "rekap.unavailable": "rekap.xlsx tidak tersedia; paket tanpa rekap.",
    "rekap.skipped": "paket tanpa rekap.xlsx (diminta).",
    "rekap.skipped_large": "paket tanpa rekap.xlsx: wilayahnya terlalu besar untuk dibuat "
    "sekaligus (pakai --rekap bila tetap diperlukan).",
    # Backups and environment faults (issue 6: backups, start-up checks, faults)
    "backup.write_failed": "Cadangan {path} tidak dapat ditulis: {reason}. Cadangan lama "
    "tetap utuh.",
    "backup.verify_failed": "Salinan {path} gagal diperiksa (integrity_check); cadangan lama "
    "tidak diganti.",
    "backup.not_sqlite": "Berkas {path} bukan basis data SQLite.",
    "backup.not_kopdes": "Berkas {path} bukan cadangan basis data KopDes.",
    "backup.damaged": "Berkas cadangan {path} rusak (gagal integrity_check); tidak dipulihkan.",
    "backup.target_is_database": "{path} adalah basis data itu sendiri; pilih berkas lain "
    "untuk cadangan.",
    "backup.no_database": "Belum ada basis data untuk dicadangkan.",
    "backup.restore_failed": "Pemulihan dari {path} gagal: {reason}. Basis data tidak diubah.",
    "backup.file_missing": "Berkas cadangan {path} tidak ada.",
    "backup.pg_tool_missing": "Program {tool} (PostgreSQL) tidak ditemukan. Pasang paket "
    "klien PostgreSQL atau isi KOPDES_PG_BIN dengan foldernya.",
    "backup.pg_tool_failed": "{tool} gagal: {reason}",
    "backup.current_unreadable": "basis data saat ini tidak dapat dibuka; salinannya disimpan "
    "lalu cadangan dipulihkan.",
    "env.disk_full": "Disk penuh: data tidak dapat disimpan. Kosongkan ruang disk lalu coba "
    "lagi; data yang sudah tersimpan tetap utuh.",
    "env.read_only": "Folder data tidak dapat ditulis (hanya-baca atau tanpa izin). "
    "Periksa izin folder; tidak ada yang diubah.",
    "env.db_locked": "Basis data sedang dikunci oleh program lain. Tunggu sebentar lalu coba "
    "lagi; tidak ada yang diubah.",
    "env.db_damaged": "Berkas basis data rusak. Pulihkan dari cadangan terakhir: "
    "kopdes backup --list, lalu kopdes restore BERKAS.",
    "env.io_error": "Kesalahan baca/tulis disk. Periksa disk; data yang sudah "
    "tersimpan tetap utuh.",
    "check.quick_failed": "Pemeriksaan integritas menemukan kerusakan basis data. Pulihkan "
    "dari cadangan terakhir yang baik: kopdes restore {backup}",
    "check.quick_failed_no_backup": "Pemeriksaan integritas menemukan kerusakan basis data, "
    "dan belum ada cadangan yang baik di folder backups.",
    "location.network": "Peringatan: folder data {folder} ada di jaringan ({fstype}). SQLite "
    "di folder jaringan dapat rusak; simpan data di disk komputer ini.",
    "location.synced": "Peringatan: folder data {folder} ada di folder sinkronisasi "
    "({service}). Sinkronisasi saat program berjalan dapat merusak basis data; pindahkan "
    "folder data (KOPDES_HOME) ke luar folder itu.",
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
