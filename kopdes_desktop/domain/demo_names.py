"""Word lists for demonstration data: names, places, occupations, streets, banks, texts.

Demo data is shown to kelurahan staff and monitoring teams, so it has to look like their
villages: names of the main ethnic groups (Javanese, Sundanese, Betawi, Batak, Minang, Bugis,
Balinese, Malay) in the proportions of each province, a few Arabic-derived names written with
an apostrophe (Ma'ruf, Nur'aini) because real registers contain them and name search must cope,
and the occupation terms printed on the KTP. Pure data: no logic beyond splitting the lists.
"""

from __future__ import annotations

from dataclasses import dataclass


def _w(text: str) -> tuple[str, ...]:
    """Split a comma-separated list (kept dense so the lists stay readable in one screen)."""
    return tuple(s.strip() for s in text.split(",") if s.strip())


@dataclass(frozen=True)
class EthnicNames:
    """Given names per sex, second/family names per sex, home towns, share of one-word names."""

    male: tuple[str, ...]
    female: tuple[str, ...]
    second_male: tuple[str, ...]
    second_female: tuple[str, ...]
    home_towns: tuple[str, ...]
    single_share: float = 0.15


_ARABIC_MALE = _w(
    "Muhammad, Ahmad, Abdul Rahman, Ma'ruf, Mas'ud, Ja'far, Syafi'i, Rifa'i, Nu'man, Mu'min,"
    " Abdullah, Hasan, Husein, Ismail, Ibrahim, Yusuf, Umar, Ali, Hamzah, Zainal"
)
_ARABIC_FEMALE = _w(
    "Siti, Nur'aini, Sa'adah, Ro'isah, Mu'awanah, Nurul, Aisyah, Fatimah, Khadijah, Zahra,"
    " Maryam, Halimah, Rahmah, Zubaidah, Mas'udah, Nafi'ah"
)

JAWA = EthnicNames(
    male=_w(
        "Budi, Agus, Bambang, Joko, Slamet, Sugeng, Heru, Eko, Dwi, Teguh, Suparman, Wahyu,"
        " Bayu, Hadi, Sutrisno, Sukirman, Prabowo, Dimas, Rudi, Yanto, Gunawan, Purnomo,"
        " Tri, Wawan, Aris, Arif, Rizky, Adi, Anang, Sigit"
    )
    + _ARABIC_MALE[:6],
    female=_w(
        "Sri, Dewi, Endang, Tutik, Sumiati, Wulan, Ratna, Puji, Lestari, Rini, Yuli, Ningsih,"
        " Suharti, Sulastri, Retno, Ayu, Indah, Fitri, Kartini, Wahyuni, Suryani, Tri, Dwi"
    )
    + _ARABIC_FEMALE[:6],
    second_male=_w(
        "Santoso, Wibowo, Prasetyo, Hartono, Susanto, Nugroho, Setiawan, Kurniawan, Saputra,"
        " Pratama, Hidayat, Purnomo, Sulistyo, Widodo, Raharjo, Wijaya, Utomo, Firmansyah,"
        " Suryanto, Haryanto"
    ),
    second_female=_w(
        "Wahyuni, Lestari, Rahayu, Handayani, Suryani, Astuti, Purwanti, Kusumawati,"
        " Wulandari, Setyaningsih, Rahmawati, Susanti, Puspitasari, Anggraini, Maryati"
    ),
    home_towns=_w(
        "Surakarta, Semarang, Yogyakarta, Klaten, Kebumen, Surabaya, Malang, Kediri, Madiun,"
        " Purworejo, Tegal, Pekalongan, Magelang, Blitar"
    ),
    single_share=0.2,
)

SUNDA = EthnicNames(
    male=_w(
        "Asep, Ujang, Dede, Cecep, Acep, Jajang, Yayat, Dadang, Ade, Iwan, Engkos, Cucu,"
        " Wawan, Endang, Ayi, Deden, Ridwan, Usep, Nanang, Aep"
    ),
    female=_w(
        "Euis, Neng, Iis, Enok, Imas, Cucu, Elis, Nining, Yeyen, Lilis, Nenden, Ai, Entin,"
        " Enung, Tati, Rina, Eneng, Nani"
    ),
    second_male=_w(
        "Saepudin, Suryana, Rohman, Sopandi, Hermawan, Sukmana, Supriatna, Kusnadi, Mulyana,"
        " Hidayat, Nurjaman, Sutisna, Permana, Rukmana, Saputra"
    ),
    second_female=_w(
        "Komalasari, Ratnasari, Kurniasih, Rostiawati, Maryani, Nurhayati, Sumiati,"
        " Rohayati, Suminar, Yulianti, Herlina, Rahmawati"
    ),
    home_towns=_w("Bandung, Garut, Tasikmalaya, Cianjur, Sukabumi, Bogor, Sumedang, Cirebon"),
    single_share=0.1,
)

BETAWI = EthnicNames(
    male=_w("Mamat, Sabeni, Entong, Rojali, Mansyur, Zakaria, Bahrudin, Madih, Husin, Rohim")
    + _ARABIC_MALE,
    female=_w("Romlah, Mimin, Juleha, Saodah, Munah, Rohani, Fauziah") + _ARABIC_FEMALE,
    second_male=_w(
        "Fauzi, Rizki, Ramadhan, Hidayatullah, Maulana, Syahputra, Nurdin, Sanusi, Amin,"
        " Hakim, Jaelani, Ma'arif, Sholeh, Syarif"
    ),
    second_female=_w(
        "Nurhasanah, Nurhaliza, Aminah, Zahra, Khoiriyah, Mardiyah, Hasanah, Jamilah,"
        " Sa'diyah, Rohmah, Nurjanah"
    ),
    home_towns=_w("Jakarta, Bekasi, Depok, Tangerang"),
    single_share=0.12,
)

BATAK = EthnicNames(
    male=_w(
        "Hotman, Rudolf, Tigor, Parulian, Bonar, Maruli, Sahat, Binsar, Togar, Halomoan,"
        " Jonggi, Martua, Poltak, Robert, Daniel, Samuel, Hendrik, Benny"
    ),
    female=_w(
        "Tiurma, Rosmawati, Lamria, Nurmala, Dameria, Sondang, Romauli, Hotnida, Rugun,"
        " Tiar, Marta, Lisbet, Rotua, Ester"
    ),
    second_male=_w(
        "Siregar, Simanjuntak, Nasution, Lubis, Harahap, Sitompul, Hutapea, Panjaitan,"
        " Simatupang, Pardede, Sinaga, Situmorang, Manurung, Sihombing, Tambunan, Silalahi,"
        " Ginting, Sembiring, Tarigan, Purba, Saragih, Damanik, Hutagalung, Napitupulu"
    ),
    second_female=(),
    home_towns=_w("Medan, Tarutung, Pematangsiantar, Balige, Sibolga, Padangsidimpuan"),
    single_share=0.0,
)

MINANG = EthnicNames(
    male=_w(
        "Afrizal, Yusrizal, Zulkifli, Rahmat, Syahrial, Irwan, Yondri, Erwin, Febri, Hendra,"
        " Roni, Aldi, Fadli, Zulhendri, Masri, Darmawan"
    ),
    female=_w(
        "Yulia, Fitri, Yenni, Nurhayati, Desi, Rahmi, Yusnaini, Elvi, Rosmaini, Zuraida,"
        " Mardiana, Syafrida, Yetti"
    ),
    second_male=_w(
        "Hidayat, Chaniago, Piliang, Tanjung, Koto, Sikumbang, Datuak, Putra, Syahputra,"
        " Jambak, Caniago, Effendi"
    ),
    second_female=_w("Rahmi, Yeni, Putri, Wati, Yanti, Sari, Susanti, Marlina"),
    home_towns=_w("Padang, Bukittinggi, Payakumbuh, Solok, Pariaman, Batusangkar"),
    single_share=0.3,
)

BUGIS = EthnicNames(
    male=_w(
        "Andi, Baso, Syamsuddin, Haeruddin, Baharuddin, Arsyad, Ridwan, Syahrir, Akbar,"
        " Amiruddin, Nasrullah, Muh. Yusuf, Muh. Arsyad, Irfan, Kamaruddin"
    ),
    female=_w(
        "Andi, Hasnah, Nurjannah, Sitti, Hadijah, Rahmatia, Hasmawati, Nurhaeda, Sumarni,"
        " Nurlina, Hamsinah, Rosdiana"
    ),
    second_male=_w(
        "Mappaseng, Pawelloi, Tenri, Arung, Daeng, Mattalatta, Rahman, Saleh, Hamid,"
        " Syarifuddin, Lamusu, Mallarangeng"
    ),
    second_female=_w("Tenri Ajeng, Rahmah, Daeng Baji, Hasanah, Nurhayati, Sukmawati"),
    home_towns=_w("Makassar, Bone, Wajo, Parepare, Sidrap, Soppeng, Bulukumba"),
    single_share=0.2,
)

BALI = EthnicNames(
    male=_w("I Wayan, I Made, I Nyoman, I Ketut, I Putu, I Gede, I Komang, I Kadek"),
    female=_w("Ni Wayan, Ni Made, Ni Nyoman, Ni Ketut, Ni Putu, Ni Komang, Ni Kadek, Ni Luh"),
    second_male=_w(
        "Sudarsana, Suarjana, Artawan, Wirawan, Sukadana, Arimbawa, Widiana, Mahendra,"
        " Darmawan, Suardika"
    ),
    second_female=_w(
        "Sri Wahyuni, Suartini, Sukerti, Ariani, Yuliantari, Suciati, Wartini, Sriasih"
    ),
    home_towns=_w("Denpasar, Gianyar, Tabanan, Singaraja, Klungkung, Karangasem"),
    single_share=0.0,
)

MELAYU = EthnicNames(
    male=_w(
        "Rizal, Syahrul, Firdaus, Taufik, Hendri, Azhar, Fadil, Khairul, Zainuddin, Safri,"
        " Bayu, Fikri, Hafiz, Rudi, Iskandar, Ilham"
    )
    + _ARABIC_MALE[6:],
    female=_w(
        "Nurul, Aida, Sarah, Intan, Mutiara, Melati, Kartika, Yuliana, Nabila, Rosnah,"
        " Zuraidah, Salmah"
    )
    + _ARABIC_FEMALE[6:],
    second_male=_w(
        "Syahputra, Ramadhan, Saputra, Effendi, Hasibuan, Azmi, Karim, Rasyid, Mahmud,"
        " Ismail, Hamdani, Fadillah"
    ),
    second_female=_w("Safitri, Maharani, Azizah, Ramadhani, Sari, Andriani, Fadhilah"),
    home_towns=_w("Pekanbaru, Palembang, Pontianak, Jambi, Batam, Tanjungpinang, Banjarmasin"),
    single_share=0.15,
)

ETHNIC_GROUPS: dict[str, EthnicNames] = {
    "jawa": JAWA,
    "sunda": SUNDA,
    "betawi": BETAWI,
    "batak": BATAK,
    "minang": MINANG,
    "bugis": BUGIS,
    "bali": BALI,
    "melayu": MELAYU,
}
"""Every name pool by key."""

# Dense tables below are kept one screen long on purpose.
# fmt: off
DEFAULT_MIX: dict[str, int] = {
    "jawa": 40, "melayu": 20, "sunda": 10, "bugis": 10, "minang": 8, "batak": 7, "betawi": 5,
}
"""Shares (percent) of the name pools where a province has no mix of its own."""
# fmt: on

PROVINCE_MIX: dict[str, dict[str, int]] = {
    "11": {"melayu": 70, "jawa": 20, "batak": 10},
    "12": {"batak": 55, "jawa": 25, "melayu": 12, "minang": 8},
    "13": {"minang": 85, "jawa": 10, "batak": 5},
    "14": {"melayu": 50, "jawa": 25, "minang": 15, "batak": 10},
    "31": {"betawi": 35, "jawa": 30, "sunda": 15, "batak": 8, "minang": 7, "bugis": 5},
    "32": {"sunda": 75, "jawa": 15, "betawi": 5, "batak": 5},
    "33": {"jawa": 95, "sunda": 5},
    "34": {"jawa": 95, "sunda": 5},
    "35": {"jawa": 95, "melayu": 5},
    "36": {"sunda": 50, "jawa": 25, "betawi": 20, "batak": 5},
    "51": {"bali": 85, "jawa": 15},
    "73": {"bugis": 85, "jawa": 10, "melayu": 5},
    "74": {"bugis": 60, "jawa": 20, "melayu": 20},
    "76": {"bugis": 80, "jawa": 20},
}
"""Name-pool shares (percent) per province code, where one group clearly dominates."""

# fmt: off
OCCUPATIONS_KELURAHAN: dict[str, int] = {
    "Karyawan Swasta": 22, "Wiraswasta": 20, "Pedagang": 12, "Buruh Harian Lepas": 8,
    "Pegawai Negeri Sipil (PNS)": 6, "Guru": 5, "Sopir": 4, "Pensiunan": 5, "Perawat": 2,
    "Karyawan BUMN": 3, "Tukang Jahit": 2, "Pelajar/Mahasiswa": 3, "Mengurus Rumah Tangga": 8,
}
"""KTP occupation terms with weights for urban wards."""

OCCUPATIONS_DESA: dict[str, int] = {
    "Petani/Pekebun": 28, "Buruh Tani/Perkebunan": 10, "Wiraswasta": 12, "Pedagang": 10,
    "Nelayan/Perikanan": 5, "Peternak": 4, "Buruh Harian Lepas": 7, "Guru": 4,
    "Pegawai Negeri Sipil (PNS)": 3, "Tukang Kayu": 3, "Sopir": 2, "Bidan": 1,
    "Mengurus Rumah Tangga": 11,
}
"""KTP occupation terms with weights for rural villages."""

STREET_NAMES = _w(
    "Merdeka, Sudirman, Diponegoro, Gatot Subroto, Ahmad Yani, Pahlawan, Kartini,"
    " Imam Bonjol, Hasanuddin, Pattimura, Teuku Umar, Cut Nyak Dien, Gajah Mada, Hayam Wuruk,"
    " Veteran, Pemuda, Mawar, Melati, Anggrek, Kenanga, Dahlia, Flamboyan, Cempaka, Kamboja,"
    " Masjid, Pasar Baru, Kebon Kacang, Kebon Sirih, Raya Utama, Swadaya, Gotong Royong,"
    " Karya Bakti, Bhakti, Nusantara, Kelapa Gading, Duku, Rambutan, Mangga, Jambu, Nangka,"
    " Haji Naim, Haji Ten, Ki Hajar Dewantara, Dr. Sutomo, Sisingamangaraja, Wolter Monginsidi"
)
"""Street names common across Indonesian towns (used as ``Jl. <name>``)."""

DUSUN_NAMES = _w(
    "Krajan, Karanganyar, Sukamaju, Sukamulya, Mekarsari, Sidomulyo, Tegalsari, Kaliwungu,"
    " Pasirjaya, Sumbersari, Wonorejo, Ngemplak, Cikaret, Babakan, Cibeureum, Kampung Baru,"
    " Sei Rampah, Lubuk Tarok, Tanjung Harapan, Bontoa, Lempang"
)
"""Hamlet (dusun/kampung) names for addresses in a desa."""

BANKS = _w(
    "Bank Rakyat Indonesia (BRI), Bank Negara Indonesia (BNI), Bank Mandiri,"
    " Bank Syariah Indonesia (BSI), Bank Tabungan Negara (BTN)"
)
"""The state banks (Himbara) named as partners of the programme."""

REGIONAL_BANKS: dict[str, str] = {
    "31": "Bank DKI", "32": "Bank BJB", "33": "Bank Jateng", "35": "Bank Jatim",
    "13": "Bank Nagari", "12": "Bank Sumut", "73": "Bank Sulselbar", "51": "Bank BPD Bali",
}
"""Provincial development banks that some cooperatives use instead."""

POSTAL_PREFIXES: dict[str, tuple[int, ...]] = {
    "11": (23, 24), "12": (20, 21, 22), "13": (25, 26, 27), "14": (28,), "15": (36, 37),
    "16": (30, 31, 32), "17": (38, 39), "18": (34, 35), "19": (33,), "21": (29,),
    "31": (10, 11, 12, 13, 14), "32": (16, 17, 40, 41, 43, 44, 45, 46), "33": (50, 51, 52, 53),
    "34": (55,), "35": (60, 61, 62, 63, 64, 65, 66, 67, 68, 69), "36": (15, 42),
    "51": (80, 81, 82), "52": (83, 84), "53": (85, 86, 87), "61": (78, 79), "62": (73, 74),
    "63": (70, 71, 72), "64": (75, 76, 77), "65": (77,), "71": (95,), "72": (94,),
    "73": (90, 91, 92), "74": (93,), "75": (96,), "76": (91,), "81": (97,), "82": (97,),
    "91": (99,), "92": (98,), "93": (99,), "94": (98,), "95": (99,), "96": (98,),
}
"""First two digits of postal codes per province (5-digit codes; the rest is made up)."""

PHONE_PREFIXES = _w("812, 813, 821, 822, 823, 852, 853, 857, 858, 877, 878, 881, 895, 896, 838")
"""Mobile operator prefixes after the leading 0."""

MEETING_ELEMENTS_KELURAHAN = _w(
    "Pendiri, LMK, Ketua RW, Ketua RT, PKK, Karang Taruna, Tokoh Masyarakat, Tokoh Agama"
)
"""Groups a Muskelsus attendee represents in a kelurahan (DOMAIN.md §2)."""

MEETING_ELEMENTS_DESA = _w("Pendiri, BPD, Kepala Dusun, Ketua RT, PKK, Karang Taruna, Tokoh Adat")
"""Groups a Musdesus attendee represents in a desa."""

UNIT_NAMES: dict[str, str] = {
    "kantor": "Kantor Koperasi", "sembako": "Gerai Sembako", "simpan_pinjam": "Unit Simpan Pinjam",
    "klinik": "Klinik Desa", "apotek": "Apotek Desa", "pergudangan": "Gudang dan Cold Storage",
    "logistik": "Unit Logistik",
}
"""Display names of the standard business units, by UnitKind value."""
# fmt: on

LOCAL_UNITS = _w(
    "Pengolahan Hasil Perikanan, Penggilingan Padi, Bank Sampah, Wisata Desa, Kerajinan Batik,"
    " Pengolahan Kopi, Air Minum Isi Ulang, Jasa Laundry, Kuliner UMKM"
)
"""Examples of local-potential units (kind ``lainnya``)."""

TRAINING_ORGANISERS = _w(
    "Dinas PPKUKM, Kementerian Koperasi, Pusdiklat PPKUKM, Suku Dinas PPKUKM,"
    " Dinas Koperasi dan UKM"
)
"""Who runs trainings (DOMAIN.md §6)."""

FUNDING_SOURCES = _w("APBD, APBN, CSR Himbara, Hibah Mitra Perguruan Tinggi")
"""Funding sources of trainings."""

MENTORING_TOPICS = _w(
    "Penyusunan rencana bisnis, Pembukuan sederhana, Perizinan gerai, Administrasi anggota,"
    " Persiapan RAT, Akses pembiayaan bank, Pengelolaan stok sembako, Digitalisasi SIMKOPDES"
)
"""Topics of pendampingan visits."""

MENTORING_FINDINGS = _w(
    "Buku anggota belum lengkap, Setoran simpanan wajib belum rutin, Gerai belum punya izin,"
    " Pengurus aktif dan terbuka, Stok barang belum tercatat, Rekening bank sudah aktif"
)
"""Typical findings of a mentoring visit."""

MENTORING_FOLLOW_UPS = _w(
    "Melengkapi data anggota, Menjadwalkan rapat pengurus, Mengajukan izin usaha,"
    " Mencatat stok mingguan, Menyusun laporan keuangan bulanan, Mendaftarkan akun SIMKOPDES"
)
"""Typical follow-up actions agreed at a mentoring visit."""

ACADEMIC_TITLES = _w("S.E., S.H., S.Sos., S.E., M.M., S.P., S.Kom., S.Ak.")
"""Degrees written after the names of mentors and managers."""
