<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="+95"/>
        <source>KopDes Desktop</source>
        <translation>KopDes Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database cannot be opened. Check that the data folder is writable, or that the database server is reachable.

Details: {detail}</source>
        <translation>Basis data tidak dapat dibuka. Periksa apakah folder data dapat ditulisi, atau apakah server basis data dapat dihubungi.

Rincian: {detail}</translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <location filename="../ui/widgets/area_picker.py" line="+93"/>
        <source>Search:</source>
        <translation>Cari:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Province:</source>
        <translation>Provinsi:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regency/City:</source>
        <translation>Kabupaten/Kota:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District:</source>
        <translation>Kecamatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban ward/Village:</source>
        <translation>Kelurahan/Desa:</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+6"/>
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
        <location line="+5"/>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
</context>
<context>
    <name>AreaSearchModel</name>
    <message>
        <location filename="../ui/models/area_search_model.py" line="+81"/>
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
    <name>DisplayNames</name>
    <message>
        <location filename="../ui/display_names.py" line="+21"/>
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
        <location line="+2"/>
        <source>Type a regency or city name, e.g. jakarta selatan</source>
        <translation>Ketik nama kabupaten/kota, mis. jakarta selatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a district name, e.g. kebayoran baru</source>
        <translation>Ketik nama kecamatan, mis. kebayoran baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a village or urban ward name, e.g. melawai</source>
        <translation>Ketik nama kelurahan/desa, mis. melawai</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ui/dialogs/error_dialog.py" line="+27"/>
        <source>KopDes is already running for this data folder ({folder}). Switch to the open window, or close it first. (Process {pid})</source>
        <translation>KopDes sudah berjalan untuk folder data ini ({folder}). Beralihlah ke jendela yang sudah terbuka, atau tutup jendela itu lebih dahulu. (Proses {pid})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database was written by a newer version of KopDes Desktop (schema {revision}; this version knows {supported}). Install the newer version to open it; the data has not been changed.</source>
        <translation>Basis data ini ditulis oleh KopDes Desktop versi yang lebih baru (skema {revision}; versi ini mengenal {supported}). Pasang versi yang lebih baru untuk membukanya; data tidak diubah.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+4"/>
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
        <location line="+15"/>
        <source>The program cannot continue because of a problem with the computer or the database ({code}).</source>
        <translation>Program tidak dapat melanjutkan karena ada masalah pada komputer atau basis data ({code}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request could not be completed ({code}).</source>
        <translation>Permintaan tidak dapat diselesaikan ({code}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>KopDes Desktop</source>
        <translation>KopDes Desktop</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>An unexpected error occurred. The work saved so far is kept. Please send the details below and the log file to the program&apos;s maintainer.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Pekerjaan yang sudah tersimpan tetap aman. Mohon kirimkan rincian di bawah ini dan berkas log kepada pengelola program.</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../ui/first_start.py" line="+25"/>
        <source>Preparing the list of areas of Indonesia…</source>
        <translation>Menyiapkan daftar wilayah Indonesia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KopDes Desktop</source>
        <translation>KopDes Desktop</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../ui/views/home_view.py" line="+60"/>
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
        <location line="+25"/>
        <source>Recorded data</source>
        <translation>Data tercatat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference list of areas (Kemendagri)</source>
        <translation>Daftar wilayah rujukan (Kemendagri)</translation>
    </message>
    <message>
        <location line="+54"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="+68"/>
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
        <location line="+29"/>
        <location line="+63"/>
        <source>KopDes Desktop</source>
        <translation>KopDes Desktop</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Register the cooperative of your area: identity, formation model, formation stages, legal documents, business units and savings rules.</source>
        <translation>Pendaftaran koperasi di wilayah Anda: identitas, model pembentukan, tahapan pembentukan, dokumen hukum, unit usaha, dan ketentuan simpanan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Founders and members with their NIK, the board (pengurus, pengawas, pengelola) and savings payments.</source>
        <translation>Pendiri dan anggota beserta NIK-nya, pengurus, pengawas, pengelola, serta setoran simpanan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training events with participants, attendance, test scores and certificates, and mentoring visits.</source>
        <translation>Kegiatan pelatihan beserta peserta, kehadiran, nilai tes, dan sertifikat, serta kunjungan pendampingan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print formation documents with the office letterhead: invitations, attendance lists, minutes, powers of attorney and member lists.</source>
        <translation>Cetak dokumen pembentukan dengan kop surat kantor: undangan, daftar hadir, berita acara, surat kuasa, dan daftar anggota.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export files for upload and for monitoring by the Sudin and Dinas, and import files from other offices.</source>
        <translation>Ekspor berkas untuk diunggah dan untuk pemantauan oleh Sudin dan Dinas, serta impor berkas dari kantor lain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database: {database}</source>
        <translation>Basis data: {database}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: {user}</source>
        <translation>Pengguna: {user}</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <location filename="../ui/views/placeholder_view.py" line="+35"/>
        <source>This part is being prepared and comes in the next version of KopDes Desktop.</source>
        <translation>Bagian ini sedang disiapkan dan hadir pada versi KopDes Desktop berikutnya.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../ui/views/settings_view.py" line="+34"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+1"/>
        <source>Office name:</source>
        <translation>Nama kantor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Basis data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing the letterhead, document numbering, users and language comes in the next version.</source>
        <translation>Pengubahan kop surat, penomoran dokumen, pengguna, dan bahasa hadir pada versi berikutnya.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not chosen yet</source>
        <translation>Belum dipilih</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <translation>Inggris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesian</source>
        <translation>Indonesia</translation>
    </message>
</context>
<context>
    <name>SetupAreaDialog</name>
    <message>
        <location filename="../ui/dialogs/setup_area_dialog.py" line="+41"/>
        <source>KopDes Desktop — working area</source>
        <translation>KopDes Desktop — wilayah kerja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome to KopDes Desktop</source>
        <translation>Selamat datang di KopDes Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the area your office works for. A kelurahan or village office chooses its own kelurahan or village. A monitoring office may stop at its district, regency or city, or province, or choose all of Indonesia.</source>
        <translation>Pilih wilayah kerja kantor Anda. Kantor kelurahan atau desa memilih kelurahan atau desanya sendiri. Kantor pemantau dapat berhenti pada kecamatan, kabupaten/kota, atau provinsinya, atau memilih seluruh Indonesia.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+26"/>
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
        <location line="+6"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+56"/>
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
</TS>
