<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="+112"/>
        <source>KopDes Desktop</source>
        <translation>KopDes Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database cannot be opened. Check that the data folder is writable, or that the database server is reachable.

Details: {detail}</source>
        <translation>Basis data tidak dapat dibuka. Periksa apakah folder data dapat ditulisi, atau apakah server basis data dapat dihubungi.

Rincian: {detail}</translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <location filename="../ui/widgets/area_picker.py" line="+96"/>
        <source>Search:</source>
        <translation>Cari:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Province:</source>
        <translation>Provinsi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regency/City:</source>
        <translation>Kabupaten/Kota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District:</source>
        <translation>Kecamatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban ward/Village:</source>
        <translation>Kelurahan/Desa:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>— choose a province —</source>
        <translation>— pilih provinsi —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose a regency or city —</source>
        <translation>— pilih kabupaten/kota —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose a district —</source>
        <translation>— pilih kecamatan —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose an urban ward or village —</source>
        <translation>— pilih kelurahan/desa —</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Type at least %n letter(s).</source>
        <translation>
            <numerusform>Ketik sedikitnya %n huruf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No area matches &quot;{text}&quot;.</source>
        <translation>Tidak ada wilayah yang cocok dengan &quot;{text}&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %n results; type more letters to narrow them.</source>
        <translation>
            <numerusform>%n hasil pertama; ketik lebih banyak huruf untuk mempersempit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n result(s); click one to choose it.</source>
        <translation>
            <numerusform>%n hasil; klik salah satu untuk memilihnya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
</context>
<context>
    <name>AreaSearchModel</name>
    <message>
        <location filename="../ui/models/area_search_model.py" line="+83"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Located in</source>
        <translation>Terletak di</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <location filename="../ui/forms/cooperative_sections/attachments_section.py" line="+94"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notarial deed</source>
        <translation>Akta notaris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SK AHU decree</source>
        <translation>SK AHU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes (berita acara)</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed attendance list</source>
        <translation>Daftar hadir bertanda tangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account</source>
        <translation>Rekening bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo of the outlet</source>
        <translation>Foto gerai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attach scan…</source>
        <translation>Lampirkan pindaian…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF, JPG or PNG, up to 20 MB; the file is copied into the data folder</source>
        <translation>PDF, JPG atau PNG, paling besar 20 MB; berkas disalin ke folder data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with the computer&apos;s viewer</source>
        <translation>Buka dengan penampil di komputer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document:</source>
        <translation>Dokumen:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a file to see it here.</source>
        <translation>Pilih berkas untuk melihatnya di sini.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Attach scan</source>
        <translation>Lampirkan pindaian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Pindaian (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Remove attachment</source>
        <translation>Hapus lampiran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {name} from the attachments?</source>
        <translation>Hapus {name} dari lampiran?</translation>
    </message>
</context>
<context>
    <name>AttachmentsTableModel</name>
    <message>
        <location filename="../ui/models/attachments_table_model.py" line="+38"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
</context>
<context>
    <name>AttendeesDialog</name>
    <message>
        <location filename="../ui/dialogs/attendees_dialog.py" line="+53"/>
        <source>Attendance list</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} on {date}</source>
        <translation>{kind} tanggal {date}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add line</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add all founders</source>
        <translation>Tambah semua pendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add all members</source>
        <translation>Tambah semua anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{present} present of {lines} lines</source>
        <translation>{present} hadir dari {lines} baris</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Line {number}: {text}</source>
        <translation>Baris {number}: {text}</translation>
    </message>
</context>
<context>
    <name>AttendeesTableModel</name>
    <message>
        <location filename="../ui/models/attendees_table_model.py" line="+43"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represents</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex (L/P)</source>
        <translation>L/P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../ui/views/backups_panel.py" line="+51"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KopDes backups (*.db *.dump);;All files (*)</source>
        <translation>Cadangan KopDes (*.db *.dump);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+29"/>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Replace all current data with the backup
{file}
made on {date}?

A copy of the current data is kept in the backups folder. KopDes closes afterwards; start it again to work with the restored data.</source>
        <translation>Ganti seluruh data saat ini dengan cadangan
{file}
yang dibuat pada {date}?

Salinan data saat ini disimpan di folder backups. Setelah itu KopDes ditutup; buka kembali untuk bekerja dengan data yang dipulihkan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data were restored from {file} (schema {revision}).
The previous data were kept in {safety}.

KopDes closes now; start it again.</source>
        <translation>Data dipulihkan dari {file} (skema {revision}).
Data sebelumnya disimpan di {safety}.

KopDes ditutup sekarang; buka kembali.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A backup is made automatically at the first start of each day and when you close KopDes (10 daily and 12 monthly ones are kept). Copy backups to a USB drive now and then.</source>
        <translation>Cadangan dibuat otomatis saat program pertama kali dibuka setiap hari dan saat KopDes ditutup (disimpan 10 cadangan harian dan 12 bulanan). Sesekali salin cadangan ke flashdisk.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the data with the selected backup, or with a file you choose</source>
        <translation>Ganti data dengan cadangan yang dipilih, atau dengan berkas pilihan Anda</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup made: {file}</source>
        <translation>Cadangan dibuat: {file}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(date unknown)</source>
        <translation>(tanggal tidak diketahui)</translation>
    </message>
</context>
<context>
    <name>BackupsTableModel</name>
    <message>
        <location filename="../ui/models/backups_table_model.py" line="+29"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Harian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On exit</source>
        <translation>Saat keluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>Sebelum pembaruan</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema</source>
        <translation>Skema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
</context>
<context>
    <name>BoardSection</name>
    <message>
        <location filename="../ui/forms/cooperative_sections/board_section.py" line="+61"/>
        <source>Board &amp; supervisors</source>
        <translation>Pengurus &amp; Pengawas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Assign a position</source>
        <translation>Tetapkan jabatan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type part of a member&apos;s name</source>
        <translation>Ketik sebagian nama anggota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign</source>
        <translation>Tetapkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the lurah as chair of supervisors (ex officio)…</source>
        <translation>Tambah lurah sebagai Ketua Pengawas (ex officio)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Body</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>End term…</source>
        <translation>Akhiri masa jabatan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a term typed by mistake</source>
        <translation>Hapus jabatan yang salah ketik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current board</source>
        <translation>Susunan saat ini</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>History of all terms</source>
        <translation>Riwayat semua masa jabatan</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Choose one member from the list.</source>
        <translation>Pilih satu anggota dari daftar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the start date as dd-mm-yyyy.</source>
        <translation>Ketik tanggal mulai sebagai hh-bb-tttt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Lurah as chair of supervisors</source>
        <translation>Lurah sebagai Ketua Pengawas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>End term</source>
        <translation>Akhiri masa jabatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day in office of {name} as {role}:</source>
        <translation>Hari terakhir {name} menjabat sebagai {role}:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete term</source>
        <translation>Hapus jabatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this term of {name}? Only for a term typed by mistake; when someone leaves the board, use &quot;End term…&quot; so the history is kept.</source>
        <translation>Hapus jabatan {name} ini? Hanya untuk jabatan yang salah ketik; bila seseorang berhenti, pakai &quot;Akhiri masa jabatan…&quot; agar riwayatnya tersimpan.</translation>
    </message>
</context>
<context>
    <name>BoardTableModel</name>
    <message>
        <location filename="../ui/models/board_table_model.py" line="+50"/>
        <source>Body</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>L/P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{role} (ex officio)</source>
        <translation>{role} (ex officio)</translation>
    </message>
</context>
<context>
    <name>CapitalSection</name>
    <message>
        <location filename="../ui/forms/cooperative_sections/capital_section.py" line="+71"/>
        <source>Capital &amp; savings</source>
        <translation>Modal &amp; Simpanan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Amounts decided at the Muskelsus</source>
        <translation>Besaran yang diputuskan Muskelsus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simpanan pokok (once):</source>
        <translation>Simpanan pokok (sekali):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpanan wajib:</source>
        <translation>Simpanan wajib:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial capital:</source>
        <translation>Modal awal:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wajib is due:</source>
        <translation>Wajib dibayar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid so far</source>
        <translation>Sudah disetor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter by name or number</source>
        <translation>Saring menurut nama atau nomor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record payment…</source>
        <translation>Catat setoran…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record pokok for all unpaid…</source>
        <translation>Catat pokok semua yang belum lunas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the remaining simpanan pokok of every member who has not paid it in full</source>
        <translation>Catat sisa simpanan pokok setiap anggota yang belum melunasinya</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+95"/>
        <source>Choose a member to see their payments.</source>
        <translation>Pilih anggota untuk melihat setorannya.</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+200"/>
        <source>Delete payment</source>
        <translation>Hapus setoran</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Type the simpanan pokok amount to see who has paid it in full.</source>
        <translation>Isi besaran simpanan pokok untuk melihat siapa yang sudah lunas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{paid} of {members} members have paid the simpanan pokok in full.</source>
        <translation>{paid} dari {members} anggota sudah melunasi simpanan pokok.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Payments of {name}</source>
        <translation>Setoran {name}</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>Record simpanan pokok</source>
        <translation>Catat simpanan pokok</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Save the simpanan pokok amount first.</source>
        <translation>Simpan dulu besaran simpanan pokok.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every member has paid the simpanan pokok in full.</source>
        <translation>Semua anggota sudah melunasi simpanan pokok.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record the remaining simpanan pokok of {count} members, dated today ({total} in all)?</source>
        <translation>Catat sisa simpanan pokok {count} anggota dengan tanggal hari ini (seluruhnya {total})?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete the payment of {amount} dated {date}? Only do this for a payment typed by mistake.</source>
        <translation>Hapus setoran {amount} tanggal {date}? Lakukan hanya untuk setoran yang salah ketik.</translation>
    </message>
</context>
<context>
    <name>CooperativeForm</name>
    <message>
        <location filename="../ui/forms/cooperative_form.py" line="+300"/>
        <source>New cooperative</source>
        <translation>Koperasi baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage: {stage}</source>
        <translation>Tahap: {stage}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet: type the identity and press Ctrl+S.</source>
        <translation>Belum disimpan: isi identitas lalu tekan Ctrl+S.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsaved changes</source>
        <translation>Ada perubahan yang belum disimpan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(no name yet)</source>
        <translation>(belum bernama)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperative: {name}</source>
        <translation>Koperasi: {name}</translation>
    </message>
</context>
<context>
    <name>CooperativeIssuesTableModel</name>
    <message>
        <location filename="../ui/models/cooperative_issues_table_model.py" line="+70"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to check</source>
        <translation>Yang perlu diperiksa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next stage</source>
        <translation>Tahap berikutnya</translation>
    </message>
</context>
<context>
    <name>CooperativeMembersTableModel</name>
    <message>
        <location filename="../ui/models/cooperative_members_table_model.py" line="+42"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>L/P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder</source>
        <translation>Pendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
</context>
<context>
    <name>CooperativePeopleTableModel</name>
    <message>
        <location filename="../ui/models/cooperative_people_table_model.py" line="+74"/>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
</context>
<context>
    <name>CooperativeSidePanel</name>
    <message>
        <location filename="../ui/forms/cooperative_side_panel.py" line="+64"/>
        <source>What to check</source>
        <translation>Yang perlu diperiksa</translation>
    </message>
</context>
<context>
    <name>CooperativesTableModel</name>
    <message>
        <location filename="../ui/models/cooperatives_table_model.py" line="+32"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban ward/village</source>
        <translation>Kelurahan/Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
</context>
<context>
    <name>CooperativesView</name>
    <message>
        <location filename="../ui/views/cooperatives_view.py" line="+91"/>
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search by name or urban ward (Ctrl+F)</source>
        <translation>Cari nama atau kelurahan (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register cooperative…</source>
        <translation>Daftarkan koperasi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register the cooperative of an urban ward or village (Ctrl+N)</source>
        <translation>Daftarkan koperasi sebuah kelurahan atau desa (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage:</source>
        <translation>Tahap:</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{count} cooperatives shown</source>
        <translation>{count} koperasi ditampilkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cooperative matches the search.</source>
        <translation>Tidak ada koperasi yang cocok dengan pencarian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No cooperative is recorded yet. Press Ctrl+N to register the cooperative of an urban ward or village.</source>
        <translation>Belum ada koperasi tercatat. Tekan Ctrl+N untuk mendaftarkan koperasi sebuah kelurahan atau desa.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Register cooperative</source>
        <translation>Daftarkan koperasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every urban ward or village of the working area already has a cooperative. Open it from the list.</source>
        <translation>Setiap kelurahan atau desa di wilayah kerja sudah mempunyai koperasi. Bukalah dari daftar.</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <location filename="../ui/data_safety.py" line="+32"/>
        <source>The database check found damage, and there is no good backup in the backups folder. KopDes opens anyway: export or print what you need, and ask for help.</source>
        <translation>Pemeriksaan basis data menemukan kerusakan, dan tidak ada cadangan yang baik di folder backups. KopDes tetap dibuka: ekspor atau cetak yang Anda perlukan, lalu mintalah bantuan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database check found damage. Restore the latest good backup
{file}
made on {date}? A copy of the damaged database is kept.</source>
        <translation>Pemeriksaan basis data menemukan kerusakan. Pulihkan cadangan baik terakhir
{file}
yang dibuat pada {date}? Salinan basis data yang rusak tetap disimpan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+93"/>
        <source>KopDes Desktop</source>
        <translation>KopDes Desktop</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+95"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open anyway</source>
        <translation>Tetap buka</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The data folder {folder} is on a network drive ({fstype}). A SQLite database there can be damaged; keep the data on this computer&apos;s own disk.</source>
        <translation>Folder data {folder} berada di drive jaringan ({fstype}). Basis data SQLite di sana dapat rusak; simpan data di disk komputer ini sendiri.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data folder {folder} is inside a synced folder ({service}). Syncing while KopDes runs can damage the database; move the data folder out of it.</source>
        <translation>Folder data {folder} berada di dalam folder sinkronisasi ({service}). Sinkronisasi saat KopDes berjalan dapat merusak basis data; pindahkan folder data ke luar folder itu.</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../ui/dialogs/date_dialog.py" line="+28"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../ui/widgets/form_fields.py" line="+83"/>
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the date as dd-mm-yyyy, e.g. 17-08-1985</source>
        <translation>Ketik tanggal sebagai hh-bb-tttt, mis. 17-08-1985</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose from a calendar</source>
        <translation>Pilih dari kalender</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <location filename="../ui/display_names.py" line="+36"/>
        <source>All of Indonesia</source>
        <translation>Seluruh Indonesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regency/City</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban ward/Village</source>
        <translation>Kelurahan/Desa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a province name, e.g. jakarta</source>
        <translation>Ketik nama provinsi, mis. jakarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a regency or city name, e.g. jakarta selatan</source>
        <translation>Ketik nama kabupaten/kota, mis. jakarta selatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a district name, e.g. kebayoran baru</source>
        <translation>Ketik nama kecamatan, mis. kebayoran baru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a village or urban ward name, e.g. melawai</source>
        <translation>Ketik nama kelurahan/desa, mis. melawai</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not started</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach</source>
        <translation>Sosialisasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>Muskelsus</source>
        <translation>Muskelsus</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Name reserved</source>
        <translation>Nama dipesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notarial deed</source>
        <translation>Akta notaris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal entity</source>
        <translation>Berbadan hukum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPWP/NIB/bank account</source>
        <translation>NPWP/NIB/rekening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIMKOPDES account</source>
        <translation>Akun SIMKOPDES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet operating</source>
        <translation>Gerai beroperasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>Annual members&apos; meeting (RAT)</source>
        <translation>RAT</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>New formation</source>
        <translation>Pendirian baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development of an existing cooperative</source>
        <translation>Pengembangan koperasi yang ada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revitalisation</source>
        <translation>Revitalisasi</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+107"/>
        <source>Board (pengurus)</source>
        <translation>Pengurus</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Supervisors (pengawas)</source>
        <translation>Pengawas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>Management (pengelola)</source>
        <translation>Pengelola</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Chair</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vice chair for business</source>
        <translation>Wakil Ketua Bidang Usaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vice chair for membership</source>
        <translation>Wakil Ketua Bidang Keanggotaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treasurer</source>
        <translation>Bendahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board member</source>
        <translation>Anggota Pengurus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair of supervisors</source>
        <translation>Ketua Pengawas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Anggota Pengawas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cooperative office</source>
        <translation>Kantor koperasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic food shop (sembako)</source>
        <translation>Kios sembako</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savings and loans</source>
        <translation>Unit simpan pinjam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pharmacy</source>
        <translation>Apotek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warehouse / cold storage</source>
        <translation>Pergudangan / cold storage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (local potential)</source>
        <translation>Lainnya (potensi lokal)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being prepared</source>
        <translation>Persiapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating</source>
        <translation>Beroperasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Principal savings (pokok)</source>
        <translation>Simpanan pokok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandatory savings (wajib)</source>
        <translation>Simpanan wajib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voluntary savings (sukarela)</source>
        <translation>Simpanan sukarela</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>Triwulanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Tahunan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not registered</source>
        <translation>Belum terdaftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outreach (sosialisasi)</source>
        <translation>Sosialisasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Founders&apos; meeting</source>
        <translation>Rapat pendirian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other meeting</source>
        <translation>Rapat lain</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In person (luring)</source>
        <translation>Luring (tatap muka)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online (daring)</source>
        <translation>Daring (online)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supervisor (pengawas)</source>
        <translation>Pengawas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member (anggota)</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor (pendamping)</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Keikutsertaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competency (BNSP)</source>
        <translation>Kompetensi (BNSP)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cooperative basics</source>
        <translation>Dasar-dasar koperasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KKMP regulation</source>
        <translation>Regulasi KKMP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institutions and internal supervision</source>
        <translation>Kelembagaan dan pengawasan internal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business potential analysis</source>
        <translation>Analisis potensi usaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work programme and funding needs</source>
        <translation>Program kerja dan kebutuhan dana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capital</source>
        <translation>Permodalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing a business proposal</source>
        <translation>Penyusunan proposal usaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business feasibility analysis</source>
        <translation>Analisis kelayakan usaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business feasibility analysis practice</source>
        <translation>Praktik analisis kelayakan usaha</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <location filename="../ui/views/document_texts.py" line="+27"/>
        <source>Genuine and unchanged, but number {number} has been voided: {reason}</source>
        <translation>Asli dan tidak berubah, tetapi nomor {number} sudah dibatalkan: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Genuine: document {number} was issued by this office and has not changed since (verification code {code}).</source>
        <translation>Asli: dokumen {number} diterbitkan oleh kantor ini dan tidak berubah sejak diterbitkan (kode verifikasi {code}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Genuine: document {number} was issued by {office} and has not changed since (verification code {code}).</source>
        <translation>Asli: dokumen {number} diterbitkan oleh {office} dan tidak berubah sejak diterbitkan (kode verifikasi {code}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed: document {number} was altered after it was issued. Do not rely on it.</source>
        <translation>Berubah: dokumen {number} telah diubah setelah diterbitkan. Jangan dipercaya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown office: document {number} was signed by an office this program does not know (key fingerprint {fingerprint}).</source>
        <translation>Kantor tidak dikenal: dokumen {number} ditandatangani oleh kantor yang tidak dikenal program ini (sidik jari kunci {fingerprint}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a KopDes document: the file carries no KopDes seal.</source>
        <translation>Bukan dokumen KopDes: berkas ini tidak mempunyai segel KopDes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cooperative has no Muskelsus or founding meeting recorded yet.</source>
        <translation>Koperasi ini belum mempunyai catatan Muskelsus atau rapat pendirian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a training first.</source>
        <translation>Pilih pelatihan terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a cooperative first.</source>
        <translation>Pilih koperasi terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document number pattern in the settings cannot be used. Correct it under Settings.</source>
        <translation>Pola nomor dokumen di pengaturan tidak dapat dipakai. Perbaiki di Pengaturan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another operator took the number at the same moment. Please try again.</source>
        <translation>Operator lain mengambil nomor pada saat yang sama. Silakan coba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the working area under Settings first.</source>
        <translation>Atur wilayah kerja di Pengaturan terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../ui/views/documents_view.py" line="+67"/>
        <location line="+329"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mask NIK (copies that leave the office)</source>
        <translation>Samarkan NIK (salinan yang keluar kantor)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue and print</source>
        <translation>Terbitkan dan cetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create document</source>
        <translation>Buat dokumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gives the document the next number, signs it and shows it here.</source>
        <translation>Memberi dokumen nomor berikutnya, menandatanganinya, dan menampilkannya di sini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a PDF…</source>
        <translation>Periksa PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tells whether a PDF was issued by this or a trusted office and is unchanged.</source>
        <translation>Memeriksa apakah PDF diterbitkan kantor ini atau kantor tepercaya dan tidak berubah.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+176"/>
        <source>Batch jobs</source>
        <translation>Pekerjaan massal</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Certificates of the training…</source>
        <translation>Sertifikat pelatihan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Creating the document…</source>
        <translation>Membuat dokumen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{title} number {number}, verification code {code}.</source>
        <translation>{title} nomor {number}, kode verifikasi {code}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+15"/>
        <source>Save document</source>
        <translation>Simpan dokumen</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+24"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The file could not be written: {error}</source>
        <translation>Berkas tidak dapat ditulis: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to {path}.</source>
        <translation>Disimpan di {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>Check a PDF</source>
        <translation>Periksa PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be read: {error}</source>
        <translation>Berkas tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record a training with participants first.</source>
        <translation>Catat dulu pelatihan beserta pesertanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the certificates</source>
        <translation>Folder untuk sertifikat</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Issuing certificates…</source>
        <translation>Menerbitkan sertifikat…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n certificate(s) written.</source>
        <translation>
            <numerusform>%n sertifikat ditulis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <location filename="../ui/draft_recovery.py" line="+40"/>
        <source>… and {count} more</source>
        <translation>… dan {count} lainnya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved entries</source>
        <translation>Isian belum tersimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are entries that were not saved in the previous session (the program closed unexpectedly). Restore them?</source>
        <translation>Ada isian yang belum tersimpan dari sesi sebelumnya (program tertutup tiba-tiba). Pulihkan sekarang?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard them</source>
        <translation>Buang isian</translation>
    </message>
</context>
<context>
    <name>DuplicatePersonsModel</name>
    <message>
        <location filename="../ui/views/exchange_monitoring_panel.py" line="+52"/>
        <source>NIK (masked)</source>
        <translation>NIK (disamarkan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered in</source>
        <translation>Terdaftar di</translation>
    </message>
</context>
<context>
    <name>EnvironmentMessages</name>
    <message>
        <location filename="../ui/environment_messages.py" line="+21"/>
        <source>The disk is full: the data could not be saved. Free some disk space and try again; everything saved before is intact.</source>
        <translation>Disk penuh: data tidak dapat disimpan. Kosongkan ruang disk lalu coba lagi; semua yang sudah tersimpan tetap utuh.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data folder cannot be written to (read-only or no permission). Check the folder&apos;s permissions; nothing was changed.</source>
        <translation>Folder data tidak dapat ditulis (hanya-baca atau tanpa izin). Periksa izin folder; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is locked by another program. Wait a moment and try again; nothing was changed.</source>
        <translation>Basis data sedang dikunci oleh program lain. Tunggu sebentar lalu coba lagi; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file is damaged. Restore the latest backup in Settings, Backups.</source>
        <translation>Berkas basis data rusak. Pulihkan cadangan terakhir di Pengaturan, Cadangan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk reported a read or write error. Check the disk; everything saved before is intact.</source>
        <translation>Disk melaporkan kesalahan baca/tulis. Periksa disk; semua yang sudah tersimpan tetap utuh.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup {path} could not be written: {reason}. Earlier backups are intact.</source>
        <translation>Cadangan {path} tidak dapat ditulis: {reason}. Cadangan sebelumnya tetap utuh.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy {path} failed its check; no earlier backup was replaced.</source>
        <translation>Salinan {path} gagal diperiksa; tidak ada cadangan lama yang diganti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {path} is not a SQLite database.</source>
        <translation>Berkas {path} bukan basis data SQLite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} is not a KopDes database backup.</source>
        <translation>Berkas {path} bukan cadangan basis data KopDes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup {path} is damaged (integrity check failed); it was not restored.</source>
        <translation>Cadangan {path} rusak (gagal pemeriksaan integritas); tidak dipulihkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is the database itself; choose another file for the backup.</source>
        <translation>{path} adalah basis data itu sendiri; pilih berkas lain untuk cadangan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no database to back up yet.</source>
        <translation>Belum ada basis data untuk dicadangkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring {path} failed: {reason}. The database was not changed.</source>
        <translation>Pemulihan dari {path} gagal: {reason}. Basis data tidak diubah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PostgreSQL program {tool} was not found. Install the PostgreSQL client tools, or set KOPDES_PG_BIN to their folder.</source>
        <translation>Program PostgreSQL {tool} tidak ditemukan. Pasang alat klien PostgreSQL, atau isi KOPDES_PG_BIN dengan foldernya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{tool} failed: {reason}</source>
        <translation>{tool} gagal: {reason}</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ui/dialogs/error_dialog.py" line="+28"/>
        <source>KopDes is already running for this data folder ({folder}). Switch to the open window, or close it first. (Process {pid})</source>
        <translation>KopDes sudah berjalan untuk folder data ini ({folder}). Beralihlah ke jendela yang sudah terbuka, atau tutup jendela itu lebih dahulu. (Proses {pid})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database was written by a newer version of KopDes Desktop (schema {revision}; this version knows {supported}). Install the newer version to open it; the data has not been changed.</source>
        <translation>Basis data ini ditulis oleh KopDes Desktop versi yang lebih baru (skema {revision}; versi ini mengenal {supported}). Pasang versi yang lebih baru untuk membukanya; data tidak diubah.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The area code {code} is not in the reference list of areas.</source>
        <translation>Kode wilayah {code} tidak ada dalam daftar wilayah rujukan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{code}&quot; is not a valid area code. Use a code like 31.74.07.1001.</source>
        <translation>&quot;{code}&quot; bukan kode wilayah yang sah. Gunakan kode seperti 31.74.07.1001.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The working area cannot be changed any more: cooperatives are already recorded for area {current}.</source>
        <translation>Wilayah kerja tidak dapat diubah lagi: sudah ada koperasi yang tercatat untuk wilayah {current}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reference list of areas is missing from the installation. Reinstall the program.</source>
        <translation>Daftar wilayah rujukan tidak ditemukan dalam instalasi. Pasang ulang program.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>The reference list of areas is damaged. Reinstall the program.</source>
        <translation>Daftar wilayah rujukan rusak. Pasang ulang program.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The program cannot continue because of a problem with the computer or the database ({code}).</source>
        <translation>Program tidak dapat melanjutkan karena ada masalah pada komputer atau basis data ({code}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request could not be completed ({code}).</source>
        <translation>Permintaan tidak dapat diselesaikan ({code}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>KopDes Desktop</source>
        <translation>KopDes Desktop</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+18"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>An unexpected error occurred. The work saved so far is kept. Please send the details below and the log file to the program&apos;s maintainer.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Pekerjaan yang sudah tersimpan tetap aman. Mohon kirimkan rincian di bawah ini dan berkas log kepada pengelola program.</translation>
    </message>
</context>
<context>
    <name>ExchangeMessages</name>
    <message>
        <location filename="../ui/exchange_messages.py" line="+22"/>
        <source>The file {path} cannot be read.</source>
        <translation>Berkas {path} tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a KopDes package: not a complete ZIP file.</source>
        <translation>Berkas ini bukan paket KopDes: bukan berkas ZIP yang utuh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: the file {name} inside is damaged.</source>
        <translation>Paket ditolak: berkas {name} di dalamnya rusak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: it holds a dangerous file name ({name}).</source>
        <translation>Paket ditolak: berisi nama berkas berbahaya ({name}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: it holds a link ({name}).</source>
        <translation>Paket ditolak: berisi tautan ({name}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: it holds an entry that is not a plain file ({name}).</source>
        <translation>Paket ditolak: berisi entri yang bukan berkas biasa ({name}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package refused: it holds an encrypted file ({name}).</source>
        <translation>Paket ditolak: berisi berkas terenkripsi ({name}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: the compression of {name} is not supported.</source>
        <translation>Paket ditolak: cara kompresi berkas {name} tidak didukung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: the file name {name} appears more than once.</source>
        <translation>Paket ditolak: nama berkas {name} muncul lebih dari sekali.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: too many files ({count}; at most {maximum}).</source>
        <translation>Paket ditolak: terlalu banyak berkas ({count}; maksimum {maximum}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: its content is too large.</source>
        <translation>Paket ditolak: isinya terlalu besar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: the file {name} is too large.</source>
        <translation>Paket ditolak: berkas {name} terlalu besar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: the file {name} expands {ratio} times (a zip bomb).</source>
        <translation>Paket ditolak: berkas {name} mengembang {ratio} kali (bom zip).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package refused: its files overlap each other ({name}).</source>
        <translation>Paket ditolak: berkas-berkas di dalamnya saling tumpang tindih ({name}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: the file {name} is not part of the KopDes package format.</source>
        <translation>Paket ditolak: berkas {name} bukan bagian format paket KopDes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package refused: manifest.json is missing.</source>
        <translation>Paket ditolak: manifest.json tidak ada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: manifest.json is not valid ({item} {reason}).</source>
        <translation>Paket ditolak: manifest.json tidak valid ({item} {reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a KopDes package.</source>
        <translation>Berkas ini bukan paket KopDes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package format version {version} is not supported; update KopDes.</source>
        <translation>Versi format paket {version} tidak didukung; perbarui KopDes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package was made by a newer KopDes (schema {revision}); update the program.</source>
        <translation>Paket dibuat oleh KopDes versi lebih baru (skema {revision}); perbarui program.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package refused: the file {name} is missing.</source>
        <translation>Paket ditolak: berkas {name} tidak ada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: the file {name} is not listed in the manifest.</source>
        <translation>Paket ditolak: berkas {name} tidak tercantum di manifest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: the size of {name} does not match the manifest.</source>
        <translation>Paket ditolak: ukuran berkas {name} tidak sesuai manifest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: the content of {name} does not match its checksum (damaged or altered).</source>
        <translation>Paket ditolak: isi berkas {name} tidak cocok dengan checksum-nya (rusak atau diubah).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Package refused: the signature is not valid (key {fingerprint}).</source>
        <translation>Paket ditolak: tanda tangan tidak sah (kunci {fingerprint}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The package comes from an office not known yet: {office} ({area}), key fingerprint {fingerprint}.</source>
        <translation>Paket berasal dari kantor yang belum dikenal: {office} ({area}), sidik jari kunci {fingerprint}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Package refused: the key of office {area} changed (fingerprint {fingerprint}; known {known}).</source>
        <translation>Paket ditolak: kunci kantor {area} berubah (sidik jari {fingerprint}; yang dikenal {known}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Package refused: key {fingerprint} belongs to office {trusted_area}, not {area}.</source>
        <translation>Paket ditolak: kunci {fingerprint} milik kantor {trusted_area}, bukan {area}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This package has masked NIKs: it is for reading only and cannot be imported.</source>
        <translation>Paket berisi NIK tersamar: hanya untuk dibaca, tidak dapat diimpor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package from area {area} lies outside the working area {working}.</source>
        <translation>Paket dari wilayah {area} berada di luar wilayah kerja {working}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package refused: the cooperative of {village} lies outside the working area {working}.</source>
        <translation>Paket ditolak: koperasi kelurahan/desa {village} di luar wilayah kerja {working}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Package refused: {table} line {line} is not valid ({column} {reason}).</source>
        <translation>Paket ditolak: data {table} baris {line} tidak valid ({column} {reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package refused: the number of {table} rows ({actual}) does not match the manifest ({expected}).</source>
        <translation>Paket ditolak: jumlah baris {table} ({actual}) tidak sesuai manifest ({expected}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Package refused: an attachment is missing from the package.</source>
        <translation>Paket ditolak: sebuah lampiran tidak ada di paket.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: an attachment does not match its data.</source>
        <translation>Paket ditolak: sebuah lampiran tidak sesuai datanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: its data does not fit this database ({detail}).</source>
        <translation>Paket ditolak: datanya tidak cocok dengan basis data ini ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package refused: {village} already has another cooperative in this database.</source>
        <translation>Paket ditolak: {village} sudah punya koperasi lain di basis data ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {file} changed since the preview; open it again.</source>
        <translation>Berkas {file} berubah sejak pratinjau; buka lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} conflicts have no choice yet; nothing was imported.</source>
        <translation>{count} konflik belum diputuskan; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no cooperative for {village}.</source>
        <translation>Tidak ada koperasi untuk {village}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An attachment file is missing from the data folder; the export was stopped.</source>
        <translation>Sebuah berkas lampiran tidak ada di folder data; ekspor dihentikan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An attachment file is damaged; the export was stopped.</source>
        <translation>Sebuah berkas lampiran rusak; ekspor dihentikan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package just written failed its check; no older file was replaced.</source>
        <translation>Paket yang baru ditulis gagal diperiksa ulang; berkas lama tidak diganti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the working area first (Settings).</source>
        <translation>Atur dulu wilayah kerja (Pengaturan).</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <location filename="../ui/views/exchange_view.py" line="+66"/>
        <location line="+129"/>
        <source>Export/Import</source>
        <translation>Ekspor/Impor</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring</source>
        <translation>Pemantauan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A package is one signed .zip file with the records of your area (or of one cooperative), a recap workbook (rekap.xlsx) and CSV copies for spreadsheets. Send it to the Sudin or Dinas on a flash drive or by upload; they import it here.</source>
        <translation>Paket adalah satu berkas .zip bertanda tangan berisi data wilayah Anda (atau satu koperasi), buku kerja rekapitulasi (rekap.xlsx) dan salinan CSV untuk spreadsheet. Kirimkan ke Sudin atau Dinas lewat flashdisk atau unggahan; mereka mengimpornya di halaman ini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export a package…</source>
        <translation>Ekspor paket…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose package…</source>
        <translation>Pilih paket…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or drop a .zip file on this page</source>
        <translation>atau seret berkas .zip ke halaman ini</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Dibatalkan. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Writing the package…</source>
        <translation>Menulis paket…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Package written:&lt;/b&gt; {path}&lt;br&gt;{coops} cooperatives, {persons} persons, {members} memberships.&lt;br&gt;Checksum (SHA-256): &lt;tt&gt;{sha}&lt;/tt&gt;</source>
        <translation>&lt;b&gt;Paket ditulis:&lt;/b&gt; {path}&lt;br&gt;{coops} koperasi, {persons} orang, {members} keanggotaan.&lt;br&gt;Checksum (SHA-256): &lt;tt&gt;{sha}&lt;/tt&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Package written.</source>
        <translation>Paket selesai ditulis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a package</source>
        <translation>Pilih paket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KopDes package (*.zip)</source>
        <translation>Paket KopDes (*.zip)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking {file}…</source>
        <translation>Memeriksa {file}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not imported: the office was not accepted.</source>
        <translation>Tidak diimpor: kantor pengirim tidak diterima.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare the fingerprint with the sending office (by phone, or on their Settings page) before accepting. Accept this office and show what its package contains?</source>
        <translation>Cocokkan sidik jari dengan kantor pengirim (lewat telepon, atau di halaman Pengaturan mereka) sebelum menerima. Terima kantor ini dan tampilkan isi paketnya?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown office</source>
        <translation>Kantor belum dikenal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview ready: nothing is saved until you apply it.</source>
        <translation>Pratinjau siap: tidak ada yang disimpan sampai Anda menerapkannya.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import applied.</source>
        <translation>Impor selesai diterapkan.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/export_dialog.py" line="+61"/>
        <source>Export a package</source>
        <translation>Ekspor paket</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The whole working area</source>
        <translation>Seluruh wilayah kerja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One cooperative:</source>
        <translation>Satu koperasi:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only what changed since the last export to:</source>
        <translation>Hanya yang berubah sejak ekspor terakhir ke:</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Mask NIKs (3174********0001)</source>
        <translation>Samarkan NIK (3174********0001)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For files that leave the office only to be read (UU 27/2022). A package with masked NIKs cannot be imported by the Sudin or the Dinas.</source>
        <translation>Untuk berkas yang keluar kantor hanya untuk dibaca (UU 27/2022). Paket dengan NIK tersamar tidak dapat diimpor oleh Sudin atau Dinas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include documents (founders list, profile, board) as PDF</source>
        <translation>Sertakan dokumen PDF (daftar pendiri, profil, susunan pengurus)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What:</source>
        <translation>Isi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination:</source>
        <translation>Tujuan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data:</source>
        <translation>Data pribadi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents:</source>
        <translation>Dokumen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as:</source>
        <translation>Simpan sebagai:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save the package as</source>
        <translation>Simpan paket sebagai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KopDes package (*.zip)</source>
        <translation>Paket KopDes (*.zip)</translation>
    </message>
</context>
<context>
    <name>FieldChangesModel</name>
    <message>
        <location filename="../ui/models/import_plan_models.py" line="+264"/>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ours</source>
        <translation>Milik kita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>Milik mereka</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../ui/first_start.py" line="+26"/>
        <source>Preparing the list of areas of Indonesia…</source>
        <translation>Menyiapkan daftar wilayah Indonesia…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KopDes Desktop</source>
        <translation>KopDes Desktop</translation>
    </message>
</context>
<context>
    <name>FormDraftsMixin</name>
    <message>
        <location filename="../ui/forms/form_drafts.py" line="+73"/>
        <source>Restored from the unsaved entries of {time}; not saved yet.</source>
        <translation>Dipulihkan dari isian yang belum tersimpan ({time}); belum disimpan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved entries</source>
        <translation>Isian belum tersimpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This form has entries that were not saved ({time}). Restore them?</source>
        <translation>Formulir ini punya isian yang belum tersimpan ({time}). Pulihkan?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard them</source>
        <translation>Buang isian</translation>
    </message>
</context>
<context>
    <name>FormMixin</name>
    <message>
        <location filename="../ui/forms/form_base.py" line="+268"/>
        <source>Not saved; what you typed is kept.</source>
        <translation>Belum tersimpan; yang Anda ketik tetap ada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved: correct the entries marked in red.</source>
        <translation>Belum disimpan: perbaiki isian yang bertanda merah.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved at {time}</source>
        <translation>Tersimpan pukul {time}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes are not saved. Close without saving?</source>
        <translation>Perubahan belum disimpan. Tutup tanpa menyimpan?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close without saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the form</source>
        <translation>Kembali ke isian</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
</context>
<context>
    <name>FreeVillagesTableModel</name>
    <message>
        <location filename="../ui/models/free_villages_table_model.py" line="+42"/>
        <source>Urban ward/village</source>
        <translation>Kelurahan/Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regency/city</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area code</source>
        <translation>Kode wilayah</translation>
    </message>
</context>
<context>
    <name>HomeCooperativesPanel</name>
    <message>
        <location filename="../ui/views/home_cooperatives_panel.py" line="+126"/>
        <location line="+153"/>
        <source>Completeness</source>
        <translation>Kelengkapan</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+155"/>
        <source>Click an item to open the field concerned.</source>
        <translation>Klik salah satu butir untuk membuka isian yang bersangkutan.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>No cooperative is recorded in the working area yet. Register it on the Cooperatives page.</source>
        <translation>Belum ada koperasi yang tercatat di wilayah kerja. Daftarkan di halaman Koperasi.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{count} cooperatives. Per stage: {stages}</source>
        <translation>{count} koperasi. Per tahap: {stages}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All formation stages are recorded.</source>
        <translation>Semua tahap pembentukan sudah tercatat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing for the next stage ({stage}):</source>
        <translation>Belum lengkap untuk tahap berikutnya ({stage}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other findings:</source>
        <translation>Temuan lain:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completeness (now at stage {stage})</source>
        <translation>Kelengkapan (kini pada tahap {stage})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is missing: every rule is satisfied.</source>
        <translation>Tidak ada yang kurang: semua ketentuan terpenuhi.</translation>
    </message>
</context>
<context>
    <name>HomeCooperativesTableModel</name>
    <message>
        <location filename="../ui/models/home_cooperatives_table_model.py" line="+79"/>
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban ward/village, district</source>
        <translation>Kelurahan/desa, kecamatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../ui/views/home_view.py" line="+66"/>
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People recorded</source>
        <translation>Orang terdata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memberships</source>
        <translation>Keanggotaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board positions</source>
        <translation>Jabatan kepengurusan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business units</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savings payments</source>
        <translation>Setoran simpanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainings</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training participants</source>
        <translation>Peserta pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentoring visits</source>
        <translation>Kunjungan pendampingan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued documents</source>
        <translation>Dokumen terbit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provinces</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regencies and cities</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Districts</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban wards and villages</source>
        <translation>Kelurahan/Desa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cooperatives of the working area</source>
        <translation>Koperasi di wilayah kerja</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recorded data</source>
        <translation>Data tercatat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference list of areas (Kemendagri)</source>
        <translation>Daftar wilayah rujukan (Kemendagri)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No working area chosen yet</source>
        <translation>Wilayah kerja belum dipilih</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level: {level}</source>
        <translation>Tingkat: {level}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area code: {code}</source>
        <translation>Kode wilayah: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: {name}</source>
        <translation>Kantor: {name}</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../ui/forms/cooperative_sections/identity_section.py" line="+62"/>
        <source>Identity &amp; Muskelsus</source>
        <translation>Identitas &amp; Muskelsus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(a) Agreement to form the cooperative, and the model</source>
        <translation>(a) Kesepakatan membentuk koperasi dan modelnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(b) Name of the cooperative</source>
        <translation>(b) Nama koperasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(c) Business units</source>
        <translation>(c) Unit usaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(d) Simpanan pokok and wajib, initial capital</source>
        <translation>(d) Simpanan pokok dan wajib, modal awal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(e) Founders / first members</source>
        <translation>(e) Pendiri / anggota pertama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(f) Pengurus and pengawas</source>
        <translation>(f) Pengurus dan pengawas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(g) Mandate to appear before the notary</source>
        <translation>(g) Kuasa menghadap notaris</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Formation model:</source>
        <translation>Model pembentukan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RT / RW:</source>
        <translation>RT / RW:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postal code:</source>
        <translation>Kode pos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <translation>Surel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Muskelsus (special urban ward meeting)</source>
        <translation>Muskelsus (Musyawarah Kelurahan Khusus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 13.00</source>
        <translation>mis. 13.00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time (WIB):</source>
        <translation>Pukul (WIB):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chair {number}</source>
        <translation>Pimpinan rapat {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chairs:</source>
        <translation>Pimpinan rapat:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People present:</source>
        <translation>Jumlah hadir:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attendance list itself is edited under Meetings.</source>
        <translation>Daftar hadirnya diisi di bagian Rapat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decisions of the Muskelsus (berita acara)</source>
        <translation>Keputusan Muskelsus (berita acara)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave a decision empty to print the text made from the recorded data (units, founders, board…).</source>
        <translation>Biarkan keputusan kosong untuk mencetak teks yang disusun dari data tercatat (unit, pendiri, pengurus…).</translation>
    </message>
</context>
<context>
    <name>ImportGroupsModel</name>
    <message>
        <location filename="../ui/models/import_plan_models.py" line="-128"/>
        <source>Area code</source>
        <translation>Kode wilayah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shared records (persons, trainings)</source>
        <translation>Data bersama (orang, pelatihan)</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../ui/views/exchange_import_panel.py" line="+89"/>
        <source>Use theirs</source>
        <translation>Pakai milik mereka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the package&apos;s version of the chosen records</source>
        <translation>Ambil versi paket untuk data yang dipilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep ours</source>
        <translation>Pertahankan milik kita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this database&apos;s version of the chosen records</source>
        <translation>Pertahankan versi basis data ini untuk data yang dipilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All conflicts: theirs</source>
        <translation>Semua konflik: milik mereka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All conflicts: ours</source>
        <translation>Semua konflik: milik kita</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+137"/>
        <source>Apply import</source>
        <translation>Terapkan impor</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Choose a package, or drop a .zip file on this page. You will see what it changes before anything is saved.</source>
        <translation>Pilih paket, atau seret berkas .zip ke halaman ini. Anda akan melihat apa yang berubah sebelum ada yang disimpan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this office</source>
        <translation>kantor ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a known office</source>
        <translation>kantor yang sudah dikenal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new office, accepted for this import</source>
        <translation>kantor baru, diterima untuk impor ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; from &lt;b&gt;{office}&lt;/b&gt; ({area}), made {created}; signed by {status}, key {fingerprint}.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; dari &lt;b&gt;{office}&lt;/b&gt; ({area}), dibuat {created}; ditandatangani oleh {status}, kunci {fingerprint}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{new} new, {changed} changed, {unchanged} unchanged, {kept} kept as ours, {conflicts} in conflict.</source>
        <translation>{new} baru, {changed} berubah, {unchanged} tidak berubah, {kept} tetap milik kita, {conflicts} konflik.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported: </source>
        <translation>Sudah diimpor: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview, nothing saved yet: </source>
        <translation>Pratinjau, belum ada yang disimpan: </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Choose for %n conflict(s) first</source>
        <translation>
            <numerusform>Putuskan dulu %n konflik</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <location filename="../ui/models/import_plan_models.py" line="-120"/>
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership</source>
        <translation>Keanggotaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board position</source>
        <translation>Jabatan pengurus/pengawas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business unit</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savings payment</source>
        <translation>Setoran simpanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting attendee</source>
        <translation>Peserta rapat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training participant</source>
        <translation>Peserta pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentoring visit</source>
        <translation>Kunjungan pendampingan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued document</source>
        <translation>Dokumen terbit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kelurahan/desa code</source>
        <translation>Kode kelurahan/desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder</source>
        <translation>Pendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member number</source>
        <translation>Nomor anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Tanggal masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Tanggal keluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening date</source>
        <translation>Tanggal mulai beroperasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deed number</source>
        <translation>Nomor akta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deed date</source>
        <translation>Tanggal akta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SK AHU number</source>
        <translation>Nomor SK AHU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SK AHU date</source>
        <translation>Tanggal SK AHU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Berubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ours kept</source>
        <translation>Milik kita tetap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>IssueMessages</name>
    <message>
        <location filename="../ui/issue_messages.py" line="+34"/>
        <source>Type the NIK (16 digits).</source>
        <translation>Ketik NIK (16 angka).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A NIK has digits only.</source>
        <translation>NIK hanya berisi angka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A NIK has {expected} digits; {length} were typed.</source>
        <translation>NIK terdiri atas {expected} angka; yang diketik {length}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A NIK cannot start with {province}: no province has that code.</source>
        <translation>NIK tidak dapat diawali {province}: tidak ada provinsi dengan kode itu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digits 7–8 of the NIK ({day}) are not a birth day (01–31, women 41–71).</source>
        <translation>Angka ke-7–8 NIK ({day}) bukan tanggal lahir (01–31, perempuan 41–71).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digits 9–10 of the NIK ({month}) are not a birth month (01–12).</source>
        <translation>Angka ke-9–10 NIK ({month}) bukan bulan lahir (01–12).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NIK holds a birth date that does not exist ({day}-{month}-{year}).</source>
        <translation>NIK memuat tanggal lahir yang tidak ada ({day}-{month}-{year}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last four digits of a NIK cannot be 0000.</source>
        <translation>Empat angka terakhir NIK tidak boleh 0000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NIK says born on {nik_birth_date}; check the birth date or the NIK.</source>
        <translation>NIK menunjukkan lahir {nik_birth_date}; periksa tanggal lahir atau NIK.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The NIK says {nik_sex}; check the sex or the NIK.</source>
        <translation>NIK menunjukkan {nik_sex}; periksa jenis kelamin atau NIK.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the full name.</source>
        <translation>Ketik nama lengkap.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date lies in the future.</source>
        <translation>Tanggal lahir ada di masa depan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person is no longer in the database.</source>
        <translation>Orang ini sudah tidak ada di basis data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a phone number: type 08… or +62… with 9 to 15 digits.</source>
        <translation>Bukan nomor telepon: ketik 08… atau +62… dengan 9 sampai 15 angka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a valid e-mail address.</source>
        <translation>Alamat e-mail tidak sah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is not a date; type dd-mm-yyyy.</source>
        <translation>&quot;{value}&quot; bukan tanggal; ketik hh-bb-tttt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month {month} does not exist.</source>
        <translation>Bulan {month} tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>&quot;{value}&quot; is not a time; type e.g. 13.00.</source>
        <translation>&quot;{value}&quot; bukan jam; ketik mis. 13.00.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>The number is too large.</source>
        <translation>Angkanya terlalu besar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{value}&quot; is not an area code; use a code like 31.74.07.1001.</source>
        <translation>&quot;{value}&quot; bukan kode wilayah; gunakan kode seperti 31.74.07.1001.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the village from the list that opens while typing, or clear the field.</source>
        <translation>Pilih kelurahan/desa dari daftar yang muncul saat mengetik, atau kosongkan isian.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the cooperative&apos;s name.</source>
        <translation>Ketik nama koperasi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The usual name form is &quot;Koperasi Kelurahan/Desa Merah Putih&quot; + the name of the village ({expected}).</source>
        <translation>Bentuk nama yang lazim: &quot;Koperasi Kelurahan/Desa Merah Putih&quot; + nama kelurahan/desa ({expected}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An NPWP has 15 or 16 digits.</source>
        <translation>NPWP terdiri atas 15 atau 16 angka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A NIB has 13 digits.</source>
        <translation>NIB terdiri atas 13 angka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A postal code has 5 digits.</source>
        <translation>Kode pos terdiri atas 5 angka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date cannot be before the {after}.</source>
        <translation>Tanggal ini tidak boleh sebelum {after}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cooperative is no longer in the database.</source>
        <translation>Koperasi ini sudah tidak ada di basis data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cooperative is already recorded for this village or urban ward ({village}).</source>
        <translation>Kelurahan/desa ini ({village}) sudah punya koperasi yang tercatat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At least {minimum} founders are needed; {count} recorded.</source>
        <translation>Diperlukan sedikitnya {minimum} pendiri; tercatat {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Founder {name} does not live in this village or urban ward (by address).</source>
        <translation>Pendiri {name} tidak berdomisili di kelurahan/desa ini (menurut alamat).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The NIK {nik} is already a current member of this cooperative.</source>
        <translation>NIK {nik} sudah menjadi anggota aktif koperasi ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is already a current member of this cooperative.</source>
        <translation>{name} sudah menjadi anggota aktif koperasi ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of leaving cannot be before the date of joining.</source>
        <translation>Tanggal keluar tidak boleh sebelum tanggal masuk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This membership is no longer in the database.</source>
        <translation>Keanggotaan ini sudah tidak ada di basis data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pengurus needs at least {minimum} people; {count} recorded.</source>
        <translation>Pengurus sedikitnya {minimum} orang; tercatat {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pengurus must have an odd number of people; {count} recorded.</source>
        <translation>Jumlah pengurus harus ganjil; tercatat {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody holds the role {role} in the pengurus.</source>
        <translation>Jabatan {role} dalam pengurus belum diisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} people hold the role {role} in the {body} at the same time.</source>
        <translation>{count} orang memegang jabatan {role} dalam {body} pada waktu yang sama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else already holds the role {role} in this period.</source>
        <translation>Jabatan {role} sudah dipegang orang lain pada periode ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The role {role} does not belong to the {body}.</source>
        <translation>Jabatan {role} tidak termasuk {body}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person already holds the role {role} in this period.</source>
        <translation>Orang ini sudah memegang jabatan {role} pada periode ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot sit in both the pengurus and the pengawas.</source>
        <translation>{name} tidak boleh sekaligus menjadi pengurus dan pengawas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} sits in the pengurus but is not a member.</source>
        <translation>{name} menjadi pengurus tetapi bukan anggota.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No woman sits in the pengurus or pengawas; women must be represented.</source>
        <translation>Belum ada perempuan di pengurus atau pengawas; perempuan harus terwakili.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lurah must be recorded as ketua pengawas (ex officio).</source>
        <translation>Lurah harus dicatat sebagai ketua pengawas (ex officio).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ketua pengawas ({name}) is not the lurah named in the settings ({lurah_name}).</source>
        <translation>Ketua pengawas ({name}) bukan lurah yang tercantum di pengaturan ({lurah_name}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+52"/>
        <source>The end date cannot be before the start date.</source>
        <translation>Tanggal selesai tidak boleh sebelum tanggal mulai.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The simpanan pokok amount is not recorded yet (it is set at the Muskelsus).</source>
        <translation>Besar simpanan pokok belum dicatat (ditetapkan dalam Muskelsus).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Simpanan pokok must be more than Rp0.</source>
        <translation>Simpanan pokok harus lebih dari Rp0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Simpanan wajib must be more than Rp0.</source>
        <translation>Simpanan wajib harus lebih dari Rp0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initial capital must be more than Rp0.</source>
        <translation>Modal awal harus lebih dari Rp0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount must be more than Rp0.</source>
        <translation>Jumlahnya harus lebih dari Rp0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attendance count cannot be negative.</source>
        <translation>Jumlah hadir tidak boleh negatif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A Muskelsus usually has {expected} meeting chairs; {count} recorded.</source>
        <translation>Muskelsus biasanya dipimpin {expected} pimpinan rapat; tercatat {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person is already on the attendance list.</source>
        <translation>Orang ini sudah ada di daftar hadir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the attendee&apos;s name.</source>
        <translation>Ketik nama peserta rapat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This attendee belongs to another meeting.</source>
        <translation>Peserta ini tercatat pada rapat lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the date of the meeting (dd-mm-yyyy).</source>
        <translation>Ketik tanggal rapat (hh-bb-tttt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the title of the training.</source>
        <translation>Ketik judul pelatihan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of hours must be more than 0.</source>
        <translation>Jumlah jam harus lebih dari 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} lies outside the training ({start} to {end}).</source>
        <translation>{date} berada di luar masa pelatihan ({start} sampai {end}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A score lies between {minimum} and {maximum}; {score} was typed.</source>
        <translation>Nilai berada antara {minimum} dan {maximum}; yang diketik {score}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate cannot expire before it was issued.</source>
        <translation>Sertifikat tidak boleh berakhir sebelum diterbitkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person is already a participant of the training.</source>
        <translation>Orang ini sudah menjadi peserta pelatihan ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The training is no longer in the database.</source>
        <translation>Pelatihan ini sudah tidak ada di basis data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the mentor&apos;s name.</source>
        <translation>Ketik nama pendamping.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the name of the business unit.</source>
        <translation>Ketik nama unit usaha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An operating unit needs its opening date.</source>
        <translation>Unit yang beroperasi perlu tanggal mulai beroperasi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the outreach meeting (sosialisasi).</source>
        <translation>Catat rapat sosialisasi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the Muskelsus or the founders&apos; meeting.</source>
        <translation>Catat Muskelsus atau rapat pendirian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the date the name was reserved.</source>
        <translation>Catat tanggal pemesanan nama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the notarial deed (number and date).</source>
        <translation>Catat akta notaris (nomor dan tanggal).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the SK AHU (number and date).</source>
        <translation>Catat SK AHU (nomor dan tanggal).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the NPWP.</source>
        <translation>Catat NPWP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the NIB.</source>
        <translation>Catat NIB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the bank account.</source>
        <translation>Catat rekening bank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the SIMKOPDES account.</source>
        <translation>Catat akun SIMKOPDES.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a business unit that is operating.</source>
        <translation>Catat unit usaha yang sudah beroperasi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the annual members&apos; meeting (RAT).</source>
        <translation>Catat Rapat Anggota Tahunan (RAT).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is empty.</source>
        <translation>Berkasnya kosong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large ({size}); at most {maximum} can be attached.</source>
        <translation>Berkas terlalu besar ({size}); paling besar {maximum} yang dapat dilampirkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: only PDF, JPG and PNG files can be attached.</source>
        <translation>{name}: hanya berkas PDF, JPG dan PNG yang dapat dilampirkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} does not exist.</source>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a file.</source>
        <translation>{path} bukan berkas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Berkas {path} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be stored in the data folder: {reason}</source>
        <translation>Berkas tidak dapat disimpan di folder data: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored copy of this attachment is missing from the data folder.</source>
        <translation>Salinan lampiran ini hilang dari folder data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored copy of this attachment is damaged.</source>
        <translation>Salinan lampiran ini rusak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The attachment kind is too long (at most {maximum} characters).</source>
        <translation>Jenis lampiran terlalu panjang (paling banyak {maximum} karakter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The attachment does not belong to a known kind of record.</source>
        <translation>Lampiran ini tidak terkait dengan jenis data yang dikenal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The attachment does not belong to a valid record.</source>
        <translation>Lampiran ini tidak terkait dengan data yang sah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the date as dd-mm-yyyy.</source>
        <translation>Ketik tanggal dengan format hh-bb-tttt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number pattern cannot be used; check its braces.</source>
        <translation>Pola nomor ini tidak dapat dipakai; periksa tanda kurung kurawalnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a known placeholder. Use {allowed}.</source>
        <translation>{name} bukan penanda yang dikenal. Gunakan {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pattern needs the sequence number (seq) so that numbers differ.</source>
        <translation>Pola memerlukan nomor urut (seq) agar setiap nomor berbeda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without the year, next year&apos;s numbers repeat this year&apos;s (numbers restart yearly).</source>
        <translation>Tanpa tahun, nomor tahun depan akan sama dengan nomor tahun ini (nomor dimulai ulang setiap tahun).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A NIP has {digits} digits.</source>
        <translation>NIP terdiri atas {digits} angka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo must be a PNG or JPG image.</source>
        <translation>Logo harus berupa gambar PNG atau JPG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is too large for a logo; choose an image under 5 MB.</source>
        <translation>Berkas terlalu besar untuk logo; pilih gambar di bawah 5 MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read.</source>
        <translation>Berkas tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown language {language}.</source>
        <translation>Bahasa {language} tidak dikenal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record is no longer in the database.</source>
        <translation>Data ini sudah tidak ada di basis data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record was deleted in the meantime and cannot be changed.</source>
        <translation>Data ini sudah dihapus sementara itu dan tidak dapat diubah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name {username} is taken.</source>
        <translation>Nama pengguna {username} sudah dipakai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A user name has letters and digits only (dots, dashes and underscores are allowed).</source>
        <translation>Nama pengguna hanya berisi huruf dan angka (titik, tanda hubung dan garis bawah boleh).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A password needs at least {minimum} characters.</source>
        <translation>Kata sandi sedikitnya {minimum} karakter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one village for demo data.</source>
        <translation>Pilih sedikitnya satu kelurahan/desa untuk data contoh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo data needs at least {minimum} members per village.</source>
        <translation>Data contoh memerlukan sedikitnya {minimum} anggota per kelurahan/desa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo data allows at most {maximum} members per village.</source>
        <translation>Data contoh paling banyak {maximum} anggota per kelurahan/desa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only {available} villages without a cooperative are left for demo data.</source>
        <translation>Hanya tersisa {available} kelurahan/desa tanpa koperasi untuk data contoh.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>date of the notarial deed</source>
        <translation>tanggal akta notaris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the SK AHU</source>
        <translation>tanggal SK AHU</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>female (P)</source>
        <translation>perempuan (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male (L)</source>
        <translation>laki-laki (L)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The entry is not accepted ({code}).</source>
        <translation>Isian tidak dapat diterima ({code}).</translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message>
        <location filename="../ui/forms/cooperative_sections/legal_section.py" line="+58"/>
        <source>Legal status</source>
        <translation>Legalitas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Registration</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ministry portal:</source>
        <translation>Portal kementerian:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portal status since:</source>
        <translation>Status portal sejak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name reserved on:</source>
        <translation>Nama dipesan tanggal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a SIMKOPDES account</source>
        <translation>Sudah punya akun SIMKOPDES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIMKOPDES:</source>
        <translation>SIMKOPDES:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account since:</source>
        <translation>Akun sejak:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notarial deed and legal entity</source>
        <translation>Akta notaris dan badan hukum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notary:</source>
        <translation>Notaris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deed number:</source>
        <translation>Nomor akta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deed date:</source>
        <translation>Tanggal akta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SK AHU number:</source>
        <translation>Nomor SK AHU:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SK AHU date:</source>
        <translation>Tanggal SK AHU:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registration numbers</source>
        <translation>Nomor registrasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nomor Induk Koperasi:</source>
        <translation>Nomor Induk Koperasi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>15 or 16 digits</source>
        <translation>15 atau 16 angka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPWP:</source>
        <translation>NPWP:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>13 digits</source>
        <translation>13 angka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIB:</source>
        <translation>NIB:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank account</source>
        <translation>Rekening bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number:</source>
        <translation>Nomor rekening:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account holder:</source>
        <translation>Atas nama:</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../ui/widgets/logo_field.py" line="+54"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PNG or JPG image, e.g. the city&apos;s emblem</source>
        <translation>Gambar PNG atau JPG, misalnya lambang daerah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The logo file is missing from the data folder.</source>
        <translation>Berkas logo tidak ada di folder data.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} (not saved yet)</source>
        <translation>{name} (belum disimpan)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the letterhead logo</source>
        <translation>Pilih logo kop surat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="+83"/>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export/Import</source>
        <translation>Ekspor/Impor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+49"/>
        <source>KopDes Desktop</source>
        <translation>KopDes Desktop</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Database: {database}</source>
        <translation>Basis data: {database}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User: {user}</source>
        <translation>Pengguna: {user}</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <location filename="../ui/forms/cooperative_sections/meetings_section.py" line="+68"/>
        <source>Meetings</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attendance list…</source>
        <translation>Daftar hadir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sosialisasi, Muskelsus, founders&apos; meeting and the yearly RAT; the attendance list of each is printed as the daftar hadir.</source>
        <translation>Sosialisasi, Muskelsus, rapat pendirian dan RAT tahunan; daftar hadir tiap rapat dapat dicetak.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+40"/>
        <location line="+56"/>
        <source>New meeting</source>
        <translation>Rapat baru</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>e.g. 13.00</source>
        <translation>mis. 13.00</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (WIB):</source>
        <translation>Pukul (WIB):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People present:</source>
        <translation>Jumlah hadir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Muskelsus is typed under Identity &amp; Muskelsus.</source>
        <translation>Muskelsus diisi di bagian Identitas &amp; Muskelsus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the Muskelsus</source>
        <translation>Ke Muskelsus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save meeting</source>
        <translation>Simpan rapat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+163"/>
        <source>Delete meeting</source>
        <translation>Hapus rapat</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>{count} on the list</source>
        <translation>{count} orang di daftar hadir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit meeting</source>
        <translation>Ubah rapat</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Delete the meeting of {date} with its attendance list?</source>
        <translation>Hapus rapat tanggal {date} beserta daftar hadirnya?</translation>
    </message>
</context>
<context>
    <name>MeetingsTableModel</name>
    <message>
        <location filename="../ui/models/meetings_table_model.py" line="+33"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Pukul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Hadir</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <location filename="../ui/dialogs/member_import_dialog.py" line="+83"/>
        <source>Import members from Excel</source>
        <translation>Impor anggota dari Excel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Members of {name} from a spreadsheet (.xlsx or .csv, one row per member). Every row is checked first; nothing is saved until you press Import, and then all rows are saved or none.</source>
        <translation>Anggota {name} dari lembar kerja (.xlsx atau .csv, satu baris per anggota). Setiap baris diperiksa lebih dulu; tidak ada yang disimpan sampai Anda menekan Impor, lalu semua baris disimpan atau tidak sama sekali.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save template…</source>
        <translation>Simpan templat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file chosen. You can also drop a file here.</source>
        <translation>Belum ada berkas. Anda juga dapat menyeret berkas ke sini.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show only rows with problems</source>
        <translation>Tampilkan hanya baris bermasalah</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save annotated copy…</source>
        <translation>Simpan salinan bertanda…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Import all %n member(s)</source>
        <translation>
            <numerusform>Impor semua %n anggota</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{rows} rows: {new} new persons, {reused} already recorded; {errors} errors in {error_rows} rows, {warnings} warnings.</source>
        <translation>{rows} baris: {new} orang baru, {reused} sudah tercatat; {errors} galat di {error_rows} baris, {warnings} peringatan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is saved yet: press Import to save them all.</source>
        <translation>Belum ada yang disimpan: tekan Impor untuk menyimpan semuanya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing can be saved yet. Save the annotated copy, fix the red cells in it and choose it again.</source>
        <translation>Belum ada yang dapat disimpan. Simpan salinan bertanda, perbaiki sel merah di dalamnya, lalu pilih berkas itu lagi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the members spreadsheet</source>
        <translation>Pilih lembar kerja anggota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv)</source>
        <translation>Lembar kerja (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was saved: the data changed since the check.
{rows}</source>
        <translation>Tidak ada yang disimpan: data berubah sejak pemeriksaan.
{rows}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the members template</source>
        <translation>Simpan templat daftar anggota</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save the annotated copy</source>
        <translation>Simpan salinan bertanda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The annotated copy was saved as {path}. The problems are in the column &quot;Catatan kesalahan&quot; and the cells to fix are red.</source>
        <translation>Salinan bertanda disimpan sebagai {path}. Masalahnya ada di kolom &quot;Catatan kesalahan&quot; dan sel yang perlu diperbaiki berwarna merah.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{added} members saved: {new} new persons, {reused} already recorded.</source>
        <translation>{added} anggota disimpan: {new} orang baru, {reused} sudah tercatat.</translation>
    </message>
</context>
<context>
    <name>MemberImportRowsModel</name>
    <message>
        <location filename="../ui/models/member_import_rows_model.py" line="+45"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L/P</source>
        <translation>L/P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder</source>
        <translation>Pendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already recorded</source>
        <translation>sudah tercatat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>baru</translation>
    </message>
</context>
<context>
    <name>MemberSavingsTableModel</name>
    <message>
        <location filename="../ui/models/member_savings_table_model.py" line="+70"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pokok</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wajib</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sukarela</source>
        <translation>Sukarela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pokok status</source>
        <translation>Status pokok</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paid in full</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet paid in full</source>
        <translation>Belum lunas</translation>
    </message>
</context>
<context>
    <name>MembersSection</name>
    <message>
        <location filename="../ui/forms/cooperative_sections/members_section.py" line="+61"/>
        <source>Founders &amp; members</source>
        <translation>Pendiri &amp; Anggota</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by name, NIK or number</source>
        <translation>Saring menurut nama, NIK atau nomor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show former members</source>
        <translation>Tampilkan mantan anggota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add founder…</source>
        <translation>Tambah pendiri…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add member…</source>
        <translation>Tambah anggota…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from Excel…</source>
        <translation>Impor dari Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add many members at once from a spreadsheet (.xlsx or .csv), checked row by row</source>
        <translation>Tambahkan banyak anggota sekaligus dari lembar kerja (.xlsx atau .csv), diperiksa baris demi baris</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit person…</source>
        <translation>Ubah data orang…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member leaves…</source>
        <translation>Anggota keluar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a membership typed by mistake</source>
        <translation>Hapus keanggotaan yang salah ketik</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{founders} founders (at least {minimum} needed) · {members} current members</source>
        <translation>{founders} pendiri (paling sedikit {minimum}) · {members} anggota aktif</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>New founder</source>
        <translation>Pendiri baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New member</source>
        <translation>Anggota baru</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Member leaves</source>
        <translation>Anggota keluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On which date did {name} leave the cooperative?</source>
        <translation>Tanggal berapa {name} keluar dari koperasi?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete membership</source>
        <translation>Hapus keanggotaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the membership of {name}? Only do this for a membership typed by mistake; a member who leaves keeps the record with &quot;Member leaves…&quot;.</source>
        <translation>Hapus keanggotaan {name}? Lakukan hanya untuk keanggotaan yang salah ketik; anggota yang keluar dicatat dengan &quot;Anggota keluar…&quot;.</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <location filename="../ui/views/members_view.py" line="+74"/>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone recorded: founders, members, board members, trainees and mentors, with their cooperatives and roles.</source>
        <translation>Semua orang yang tercatat: pendiri, anggota, pengurus, peserta pelatihan dan pendamping, beserta koperasi dan jabatannya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search by name or NIK… (Ctrl+F)</source>
        <translation>Cari nama atau NIK… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New person</source>
        <translation>Orang baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person (Ctrl+N)</source>
        <translation>Tambah orang (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected person (Enter)</source>
        <translation>Buka orang yang dipilih (Enter)</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody matches &quot;{text}&quot;.</source>
        <translation>Tidak ada orang yang cocok dengan &quot;{text}&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is recorded yet. Press Ctrl+N to add a person.</source>
        <translation>Belum ada orang yang tercatat. Tekan Ctrl+N untuk menambah.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n person(s).</source>
        <translation>
            <numerusform>%n orang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n person(s); scroll down for more.</source>
        <translation>
            <numerusform>%n orang pertama; gulir ke bawah untuk memuat lebih banyak.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentoringPanel</name>
    <message>
        <location filename="../ui/views/mentoring_panel.py" line="+52"/>
        <source>New visit</source>
        <translation>Kunjungan baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+120"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Cooperative:</source>
        <translation>Koperasi:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No cooperative is recorded in the working area yet.</source>
        <translation>Belum ada koperasi yang tercatat di wilayah kerja.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No mentoring visit recorded for this cooperative yet.</source>
        <translation>Belum ada kunjungan pendampingan yang tercatat untuk koperasi ini.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Delete visit</source>
        <translation>Hapus kunjungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the visit of {mentor} on {date}?</source>
        <translation>Hapus kunjungan {mentor} pada {date}?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>MentoringVisitForm</name>
    <message>
        <location filename="../ui/forms/mentoring_visit_form.py" line="+38"/>
        <source>Mentoring visit</source>
        <translation>Kunjungan pendampingan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New mentoring visit</source>
        <translation>Kunjungan pendampingan baru</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name of the business assistant or PMO</source>
        <translation>Nama Business Assistant atau PMO</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cooperative:</source>
        <translation>Koperasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit date:</source>
        <translation>Tanggal kunjungan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor:</source>
        <translation>Pendamping:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics:</source>
        <translation>Topik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings:</source>
        <translation>Temuan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up:</source>
        <translation>Tindak lanjut:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Mentoring visit: {mentor}</source>
        <translation>Pendampingan: {mentor}</translation>
    </message>
</context>
<context>
    <name>MentoringVisitsTableModel</name>
    <message>
        <location filename="../ui/models/mentoring_visits_table_model.py" line="+74"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
</context>
<context>
    <name>MonitoringPanel</name>
    <message>
        <location filename="../ui/views/exchange_monitoring_panel.py" line="+90"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persons registered in more than one cooperative</source>
        <translation>Orang yang terdaftar di lebih dari satu koperasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kelurahan/desa without a recent package</source>
        <translation>Kelurahan/desa tanpa paket terbaru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No package within:</source>
        <translation>Tidak ada paket dalam:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{duplicates} persons in more than one cooperative; {silent} kelurahan/desa without a package in {days} days.</source>
        <translation>{duplicates} orang di lebih dari satu koperasi; {silent} kelurahan/desa tanpa paket dalam {days} hari.</translation>
    </message>
</context>
<context>
    <name>NewCooperativeDialog</name>
    <message>
        <location filename="../ui/dialogs/new_cooperative_dialog.py" line="+36"/>
        <source>Register cooperative</source>
        <translation>Daftarkan koperasi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which urban ward or village is the cooperative for? Only those without a cooperative are listed.</source>
        <translation>Koperasi untuk kelurahan atau desa mana? Hanya yang belum mempunyai koperasi yang ditampilkan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type part of the name</source>
        <translation>Ketik sebagian nama</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Continue</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>NikField</name>
    <message>
        <location filename="../ui/widgets/form_fields.py" line="+123"/>
        <source>16 digits as on the KTP; spaces and dots are ignored</source>
        <translation>16 angka seperti di KTP; spasi dan titik diabaikan</translation>
    </message>
</context>
<context>
    <name>NumberPatternsBox</name>
    <message>
        <location filename="../ui/widgets/number_patterns_box.py" line="+68"/>
        <source>Document numbers</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default pattern:</source>
        <translation>Pola bawaan:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(the default pattern)</source>
        <translation>(pola bawaan)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Placeholders: {seq} number within the year ({seq:03d} writes 005), {code} short code of the area, {month_roman} month in Roman numerals (XI), {month} month (11), {year} year, {type} document type. Numbers restart every year.</source>
        <translation>Penanda: {seq} nomor urut dalam tahun ({seq:03d} menulis 005), {code} kode singkat wilayah, {month_roman} bulan dalam angka Romawi (XI), {month} bulan (11), {year} tahun, {type} jenis surat. Nomor dimulai ulang setiap tahun.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Example: {number}</source>
        <translation>Contoh: {number}</translation>
    </message>
</context>
<context>
    <name>ParticipantPickerDialog</name>
    <message>
        <location filename="../ui/dialogs/participant_picker_dialog.py" line="+63"/>
        <source>Add participants from a cooperative</source>
        <translation>Tambah peserta dari koperasi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by name or NIK</source>
        <translation>Cari nama atau NIK</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The current board is listed first. Select several people with Ctrl or Shift; Enter adds them.</source>
        <translation>Pengurus dan pengawas saat ini tampil paling atas. Pilih beberapa orang dengan Ctrl atau Shift; Enter menambahkannya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add selected</source>
        <translation>Tambahkan yang dipilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cooperative:</source>
        <translation>Koperasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search:</source>
        <translation>Cari:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No cooperative recorded in the working area</source>
        <translation>Belum ada koperasi tercatat di wilayah kerja</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../ui/dialogs/payment_dialog.py" line="+34"/>
        <source>Record savings payment</source>
        <translation>Catat setoran simpanan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Member:</source>
        <translation>Anggota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount:</source>
        <translation>Jumlah:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on:</source>
        <translation>Tanggal setor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt number:</source>
        <translation>Nomor kuitansi:</translation>
    </message>
</context>
<context>
    <name>PaymentsTableModel</name>
    <message>
        <location filename="../ui/models/payments_table_model.py" line="+45"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt number</source>
        <translation>Nomor kuitansi</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../ui/widgets/pdf_preview.py" line="+60"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not be started.</source>
        <translation>Printer tidak dapat dimulai.</translation>
    </message>
</context>
<context>
    <name>PersonDetailPanel</name>
    <message>
        <location filename="../ui/widgets/person_detail_panel.py" line="+48"/>
        <source>No person selected</source>
        <translation>Belum ada orang yang dipilih</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a person in the list to see the details here. Enter or a double click opens the form.</source>
        <translation>Pilih orang di daftar untuk melihat rinciannya di sini. Enter atau klik dua kali membuka formulirnya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a member of any cooperative.</source>
        <translation>Bukan anggota koperasi mana pun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memberships and roles</source>
        <translation>Keanggotaan dan jabatan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../ui/dialogs/person_dialog.py" line="+59"/>
        <source>Edit person</source>
        <translation>Ubah data orang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New person</source>
        <translation>Orang baru</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sex</source>
        <translation>&amp;Jenis kelamin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of &amp;birth</source>
        <translation>&amp;Tempat lahir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date of birth</source>
        <translation>Tangg&amp;al lahir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>Ala&amp;mat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT / RW</source>
        <translation>RT / RW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Village</source>
        <translation>&amp;Kelurahan/Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation</source>
        <translation>&amp;Pekerjaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;tionality</source>
        <translation>Ke&amp;warganegaraan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>No. &amp;HP/telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Use the NIK&apos;s data</source>
        <translation>&amp;Gunakan data NIK</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use this &amp;person</source>
        <translation>Pakai &amp;orang ini</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>(no name yet)</source>
        <translation>(belum ada nama)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person: {name}</source>
        <translation>Orang: {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>female (P)</source>
        <translation>perempuan (P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>male (L)</source>
        <translation>laki-laki (L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the NIK: born {date}, {sex}</source>
        <translation>Dari NIK: lahir {date}, {sex}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This NIK is already recorded for &lt;b&gt;{name}&lt;/b&gt; (born {date}). Use that person instead of creating a second record?</source>
        <translation>NIK ini sudah tercatat atas nama &lt;b&gt;{name}&lt;/b&gt; (lahir {date}). Pakai data orang itu daripada membuat data kedua?</translation>
    </message>
</context>
<context>
    <name>PersonsTableModel</name>
    <message>
        <location filename="../ui/models/persons_table_model.py" line="+97"/>
        <source>founder</source>
        <translation>pendiri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>member</source>
        <translation>anggota</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L/P</source>
        <translation>L/P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place, date of birth</source>
        <translation>Tempat, tanggal lahir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memberships and roles</source>
        <translation>Keanggotaan dan jabatan</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <location filename="../ui/widgets/form_fields.py" line="+55"/>
        <source>08… or +62…</source>
        <translation>08… atau +62…</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <location filename="../ui/views/placeholder_view.py" line="+36"/>
        <source>This part is being prepared and comes in the next version of KopDes Desktop.</source>
        <translation>Bagian ini sedang disiapkan dan hadir pada versi KopDes Desktop berikutnya.</translation>
    </message>
</context>
<context>
    <name>PokokRecorder</name>
    <message>
        <location filename="../ui/forms/cooperative_sections/pokok_recorder.py" line="+70"/>
        <source>Recording payments…</source>
        <translation>Mencatat setoran…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record simpanan pokok</source>
        <translation>Catat simpanan pokok</translation>
    </message>
</context>
<context>
    <name>RecordChangesModel</name>
    <message>
        <location filename="../ui/models/import_plan_models.py" line="+94"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your choice</source>
        <translation>Pilihan Anda</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Use theirs</source>
        <translation>Pakai milik mereka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep ours</source>
        <translation>Pertahankan milik kita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
</context>
<context>
    <name>RupiahField</name>
    <message>
        <location filename="../ui/widgets/form_fields.py" line="-102"/>
        <source>Rp0</source>
        <translation>Rp0</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../ui/views/settings_view.py" line="+81"/>
        <location line="+235"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Undo changes</source>
        <translation>Batalkan perubahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the stored settings again (Esc)</source>
        <translation>Tampilkan lagi pengaturan yang tersimpan (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Office and letterhead</source>
        <translation>Kantor dan kop surat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Kantor Kelurahan Melawai</source>
        <translation>mis. Kantor Kelurahan Melawai</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Letterhead lines:</source>
        <translation>Baris kop surat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>Surel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lurah (signs documents, ex-officio chair of supervisors)</source>
        <translation>Lurah (penanda tangan surat, ketua pengawas karena jabatan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name with titles</source>
        <translation>Nama lengkap dengan gelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>18 digits</source>
        <translation>18 angka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing and language</source>
        <translation>Pencetakan dan bahasa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rp1.500.000 (standard spelling)</source>
        <translation>Rp1.500.000 (ejaan baku)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rp 1.500.000 (with a space)</source>
        <translation>Rp 1.500.000 (dengan spasi)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Paper size:</source>
        <translation>Ukuran kertas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupiah amounts:</source>
        <translation>Penulisan Rupiah:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working area and data</source>
        <translation>Wilayah kerja dan data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working area:</source>
        <translation>Wilayah kerja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area code:</source>
        <translation>Kode wilayah:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level:</source>
        <translation>Tingkat:</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Amounts print as {example}</source>
        <translation>Jumlah uang dicetak sebagai {example}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new language is used from now on; restart KopDes Desktop to see it everywhere.</source>
        <translation>Bahasa baru dipakai mulai sekarang; mulai ulang KopDes Desktop agar berlaku di semua tempat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new language is used from the next start of KopDes Desktop.</source>
        <translation>Bahasa baru dipakai saat KopDes Desktop dibuka berikutnya.</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Office name:</source>
        <translation>Nama kantor:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Database:</source>
        <translation>Basis data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not chosen yet</source>
        <translation>Belum dipilih</translation>
    </message>
</context>
<context>
    <name>SetupAreaDialog</name>
    <message>
        <location filename="../ui/dialogs/setup_area_dialog.py" line="+42"/>
        <source>KopDes Desktop — working area</source>
        <translation>KopDes Desktop — wilayah kerja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome to KopDes Desktop</source>
        <translation>Selamat datang di KopDes Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the area your office works for. A kelurahan or village office chooses its own kelurahan or village. A monitoring office may stop at its district, regency or city, or province, or choose all of Indonesia.</source>
        <translation>Pilih wilayah kerja kantor Anda. Kantor kelurahan atau desa memilih kelurahan atau desanya sendiri. Kantor pemantau dapat berhenti pada kecamatan, kabupaten/kota, atau provinsinya, atau memilih seluruh Indonesia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Urban ward/Village — kelurahan or village office</source>
        <translation>Kelurahan/Desa — kantor kelurahan atau desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District — monitoring by the kecamatan</source>
        <translation>Kecamatan — pemantauan oleh kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regency/City — monitoring (Sudin)</source>
        <translation>Kabupaten/Kota — pemantauan (Sudin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province — monitoring (Dinas)</source>
        <translation>Provinsi — pemantauan (Dinas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of Indonesia — national monitoring</source>
        <translation>Seluruh Indonesia — pemantauan nasional</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Level of the working area:</source>
        <translation>Tingkat wilayah kerja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen area:</source>
        <translation>Wilayah terpilih:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office name:</source>
        <translation>Nama kantor:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Not complete yet: choose a province.</source>
        <translation>Belum lengkap: pilih provinsi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not complete yet: choose a regency or city.</source>
        <translation>Belum lengkap: pilih kabupaten/kota.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not complete yet: choose a district.</source>
        <translation>Belum lengkap: pilih kecamatan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not complete yet: choose an urban ward or village.</source>
        <translation>Belum lengkap: pilih kelurahan/desa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Kantor Kelurahan {name}</source>
        <translation>mis. Kantor Kelurahan {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Kantor Kecamatan {name}</source>
        <translation>mis. Kantor Kecamatan {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Dinas PPKUKM {name}</source>
        <translation>mis. Dinas PPKUKM {name}</translation>
    </message>
</context>
<context>
    <name>SilentVillagesModel</name>
    <message>
        <location filename="../ui/views/exchange_monitoring_panel.py" line="-103"/>
        <source>Area code</source>
        <translation>Kode wilayah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kelurahan/desa</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last package</source>
        <translation>Paket terakhir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
</context>
<context>
    <name>SpreadsheetMessages</name>
    <message>
        <location filename="../ui/spreadsheet_messages.py" line="+25"/>
        <source>The NIK must be written as text, not as a number: a spreadsheet keeps only 15 digits ({value}). Format the column as Text and type the NIK again.</source>
        <translation>NIK harus ditulis sebagai teks, bukan angka: spreadsheet hanya menyimpan 15 digit ({value}). Format kolom sebagai Teks lalu ketik ulang NIK.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column {column} must be filled in.</source>
        <translation>Kolom {column} wajib diisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; is not a sex; write L or P.</source>
        <translation>&quot;{value}&quot; bukan jenis kelamin; isi L atau P.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; is not understood; write Ya or Tidak.</source>
        <translation>&quot;{value}&quot; tidak dikenal; isi Ya atau Tidak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This NIK also appears in row {rows} of the file.</source>
        <translation>NIK ini juga ada di baris {rows} berkas ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kelurahan/desa code {value} is unknown; see the Kode Wilayah sheet.</source>
        <translation>Kode kelurahan/desa {value} tidak dikenal; lihat lembar Kode Wilayah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lives outside the cooperative&apos;s kelurahan ({village}).</source>
        <translation>Berdomisili di luar kelurahan koperasi ({village}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This NIK is already recorded as {name}; that person&apos;s record is used.</source>
        <translation>NIK ini sudah tercatat atas nama {name}; data orang itu yang dipakai.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member number {number} is already used in this cooperative.</source>
        <translation>Nomor anggota {number} sudah dipakai di koperasi ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member number {number} also appears in row {rows}.</source>
        <translation>Nomor anggota {number} juga ada di baris {rows}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sheet has the column headers {expected} (sheets: {sheets}). Start from the template.</source>
        <translation>Tidak ada lembar dengan judul kolom {expected} (lembar: {sheets}). Mulailah dari templat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {path} cannot be read as a spreadsheet.</source>
        <translation>Berkas {path} tidak dapat dibaca sebagai lembar kerja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} is an old .xls workbook; save it again as .xlsx.</source>
        <translation>Berkas {path} berformat .xls lama; simpan ulang sebagai .xlsx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {path} is not .xlsx or .csv.</source>
        <translation>Berkas {path} bukan .xlsx atau .csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} is too large.</source>
        <translation>Berkas {path} terlalu besar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has more than {maximum} rows of data.</source>
        <translation>Berkas berisi lebih dari {maximum} baris data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} holds no member rows.</source>
        <translation>Berkas {path} tidak berisi baris anggota.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The annotated copy must not replace the original file ({path}).</source>
        <translation>Salinan bertanda tidak boleh menimpa berkas aslinya ({path}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} rows still have errors; nothing was saved.</source>
        <translation>Masih ada {count} baris bermasalah; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already a member of this cooperative ({name}).</source>
        <translation>Sudah menjadi anggota koperasi ini ({name}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Berkas {path} tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recapitulation was cancelled.</source>
        <translation>Rekapitulasi dibatalkan.</translation>
    </message>
</context>
<context>
    <name>TrainingEventForm</name>
    <message>
        <location filename="../ui/forms/training_event_form.py" line="+78"/>
        <source>Training event</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New training event</source>
        <translation>Pelatihan baru</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Pelatihan Pengurus dan Pengawas KKMP</source>
        <translation>mis. Pelatihan Pengurus dan Pengawas KKMP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> hours</source>
        <translation> jam</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser:</source>
        <translation>Penyelenggara:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date:</source>
        <translation>Tanggal mulai:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funding source:</source>
        <translation>Sumber dana:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date:</source>
        <translation>Tanggal selesai:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Venue:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode:</source>
        <translation>Moda:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours:</source>
        <translation>Jumlah jam:</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Topics (standard syllabus)</source>
        <translation>Materi (silabus baku)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other topics, separated by semicolons (e.g. tata kelola; pembukuan)</source>
        <translation>Materi lain, dipisahkan titik koma (mis. tata kelola; pembukuan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other topics:</source>
        <translation>Materi lain:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Training: {title}</source>
        <translation>Pelatihan: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no title)</source>
        <translation>(tanpa judul)</translation>
    </message>
</context>
<context>
    <name>TrainingEventsTableModel</name>
    <message>
        <location filename="../ui/models/training_events_table_model.py" line="+103"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Moda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
</context>
<context>
    <name>TrainingParticipantsEditor</name>
    <message>
        <location filename="../ui/widgets/training_participants_editor.py" line="+129"/>
        <source>Add from a cooperative…</source>
        <translation>Tambah dari koperasi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a mentor or other outsider…</source>
        <translation>Tambah pendamping atau peserta luar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone present every day</source>
        <translation>Semua hadir setiap hari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick every day for every participant; untick the absences afterwards.</source>
        <translation>Centang semua hari untuk semua peserta; lalu hapus centang yang tidak hadir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected participant off the list</source>
        <translation>Keluarkan peserta yang dipilih dari daftar</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Space ticks a day; type in a cell to change the role, scores or certificate.</source>
        <translation>Spasi mencentang kehadiran; ketik di sel untuk mengubah peran, nilai atau sertifikat.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>{name} is already on the list.</source>
        <translation>{name} sudah ada di daftar.</translation>
    </message>
</context>
<context>
    <name>TrainingParticipantsTableModel</name>
    <message>
        <location filename="../ui/models/training_participants_table_model.py" line="+233"/>
        <source>Day {number}
{date}</source>
        <translation>Hari {number}
{date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present on {date}</source>
        <translation>Hadir pada {date}</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-test</source>
        <translation>Pre-test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate no.</source>
        <translation>No. sertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Berlaku s.d.</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <location filename="../ui/views/training_view.py" line="+56"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trainings for board members, supervisors and staff of the cooperatives, with attendance, scores and certificates; mentoring visits per cooperative.</source>
        <translation>Pelatihan bagi pengurus, pengawas dan pengelola koperasi, dengan kehadiran, nilai dan sertifikat; kunjungan pendampingan per koperasi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training events</source>
        <translation>Kegiatan pelatihan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentoring visits</source>
        <translation>Kunjungan pendampingan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search by title, organiser, venue or topic</source>
        <translation>Cari judul, penyelenggara, tempat atau materi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New training</source>
        <translation>Pelatihan baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New training event (Ctrl+N)</source>
        <translation>Pelatihan baru (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>No training recorded yet. Press &quot;New training&quot; (Ctrl+N) to record one.</source>
        <translation>Belum ada pelatihan tercatat. Tekan &quot;Pelatihan baru&quot; (Ctrl+N) untuk mencatatnya.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete training</source>
        <translation>Hapus pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the training &quot;{title}&quot; with its participants?</source>
        <translation>Hapus pelatihan &quot;{title}&quot; beserta pesertanya?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>UnitsSection</name>
    <message>
        <location filename="../ui/forms/cooperative_sections/units_section.py" line="+53"/>
        <source>Business units</source>
        <translation>Unit Usaha</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+81"/>
        <source>New business unit</source>
        <translation>Unit usaha baru</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Needed for &quot;other&quot;; optional otherwise</source>
        <translation>Wajib untuk &quot;lainnya&quot;; selain itu boleh kosong</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened on:</source>
        <translation>Dibuka tanggal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New unit</source>
        <translation>Unit baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save unit</source>
        <translation>Simpan unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <source>Delete unit</source>
        <translation>Hapus unit</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Edit business unit</source>
        <translation>Ubah unit usaha</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete the unit {name}? A unit that closed should get the status &quot;Stopped&quot; instead.</source>
        <translation>Hapus unit {name}? Unit yang tutup sebaiknya diberi status &quot;Berhenti&quot;.</translation>
    </message>
</context>
<context>
    <name>UnitsTableModel</name>
    <message>
        <location filename="../ui/models/units_table_model.py" line="+34"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>VillageField</name>
    <message>
        <location filename="../ui/widgets/village_field.py" line="+52"/>
        <source>Type part of the village name, e.g. melawai</source>
        <translation>Ketik sebagian nama kelurahan/desa, mis. melawai</translation>
    </message>
</context>
</TS>
