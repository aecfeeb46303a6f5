"""Know the header spellings of SIASN, SIMPEG and hand-made sheets for every table kind.

Aliases are written as analysts and exports spell them; :func:`normalize_header` turns
both the alias and the sheet header into the same key (upper case, punctuation and line
breaks as single spaces), so ``"GOL/RUANG"``, ``"Gol. Ruang"`` and ``"gol_ruang"`` meet.
Only exact keys map here; near misses are left to the fuzzy fallback in ``mapping.py``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from asn_mutasi.domain.limits import CELL_MAX

_NON_ALNUM = re.compile(r"[^0-9A-Z]+")

# --- shared spellings -----------------------------------------------------------------
#: the verdict on a request: a formasi request of a position table, an OPD's mutation proposal (usulan30, h38)
_STATUS_USULAN = (
    "STATUS USULAN",
    "STATUS VERIFIKASI",
    "STATUS PERSETUJUAN",
    "STATUS PENGAJUAN",
    "HASIL VERIFIKASI",
)
_NIP = (
    "NIP",
    "NIP BARU",
    "NIP 18",
    "NIP 18 DIGIT",
    "PEG NIP",
    "NIP NI PPPK",
    "NIP NIPPPK",
    "NI PPPK",
    "NIPPPK",
    # a PPPK paruh waktu's number (2025; domain.md §1.2), an office's staff sheet read with gspread (real7, h31)
    "NI PPPK PW",
    "NOMOR INDUK PEGAWAI",
    "NO INDUK PEGAWAI",
    "NIP PEGAWAI",
    "EMPLOYEE ID",
    # SIASN/SIMPEG variants seen in public exports and apps (issue 11 corpus, tests/fixtures/real/SOURCES.md)
    "NIP ASN",
    "NIP PPPK",
    "NIP NIK",
    "NO NIP",
    "NOMOR NIP",
    "NIPBARU",
)
_UNIT = (
    "UNIT KERJA",
    "UNIT",
    "UNOR",
    "UNOR NAMA",
    "NAMA UNOR",
    "UNIT ORGANISASI",
    "NAMA UNIT KERJA",
    "UNIT KERJA NAMA",
    # a peer e-Anjab's peta export (orproject04/uianjab: nama_unit, nama_jabatan, abk, cpns, pns, pppk; real10, h29)
    "NAMA UNIT",
    "SATUAN KERJA",
    "SATKER",
    "SATUAN KERJA NAMA",
    "SATUAN ORGANISASI",
    "OPD",
    "SKPD",
    "PERANGKAT DAERAH",
    "UNIT KERJA OPD",
    "LOKASI KERJA",
    "ORGANIZATIONAL UNIT",
    "WORK UNIT",
    "DEPARTMENT",
    # real position lists and SIMPEG apps (tests/fixtures/real/SOURCES.md): OPD lists use NAMA OPD,
    # rumahASN uses opd_master, SSCASN uses lokasi_nm, Toba's Apps Script uses PERANGKAT_DAERAH
    "NAMA OPD",
    "NAMA SKPD",
    "NAMA PERANGKAT DAERAH",
    "NAMA SATUAN KERJA",
    "NAMA SATKER",
    # SIASN Export Data ASN: the OPD, beside UNOR NAMA (domain.md §7.1; read as perangkat_daerah beside it); apps that
    # keep the export in their own tables drop the "_nama" (a Laravel PNS+PPPK app's satuan_kerja_kerja; h27/real7)
    "SATUAN KERJA KERJA NAMA",
    "SATUAN KERJA KERJA",
    # SIMPEG (KPU and others) and SIASN: the parent organisation unit beside Unor (a public SIMPEG-vs-SIASN checker
    # takes it as the satker)
    "UNOR INDUK",
    "UNOR INDUK NAMA",
    "NAMA UNOR INDUK",
    # the same written out, as SIASN's profile page and apps copying it label it ("Unit Organisasi Induk"; real14, h32)
    "UNIT ORGANISASI INDUK",
    "NAMA UNIT ORGANISASI INDUK",
    "UNIT KERJA PEGAWAI",
    "SUB UNIT KERJA",
    "SUB UNIT",
    # SIMPEGA's nominatif: the subbagian or unit inside a faculty or bureau, beside "Unit/Unit Kerja Induk" (h30/real)
    "SUBAG UNIT KERJA",
    "SUBBAG UNIT KERJA",
    "BAGIAN",
    "BIDANG",
    # the same staff sheet: the section (Seksi, Subbagian) a person works in (real7, h31)
    "SEKSI",
    # a research institute's staff table (a SQL dump's pegawai.divisi: "Kelompok Peneliti Pemuliaan Tanaman") and
    # office apps' "Divisi": the division a person works in, below the unit when a UNIT KERJA stands beside it
    # (real24, h35)
    "DIVISI",
    "NAMA DIVISI",
    "LOKASI",
    "LOKASI FORMASI",
    "PENEMPATAN",
    # a Kemenag formasi app's CPNS/PPPK exports ("NO, KELOMPOK, JABATAN, KUALIFIKASI PENDIDIKAN, JUMLAH, UNIT
    # PENEMPATAN"): the unit a formation is placed in (real20, h33)
    "UNIT PENEMPATAN",
    "LOKASI PENEMPATAN",
    "UNIT KERJA PENEMPATAN",
    "SATUAN KERJA PENEMPATAN",
    "SATUAN PENDIDIKAN",
    "PUSKESMAS",
)
_KODE_JABATAN = (
    "KODE JABATAN",
    "KD JABATAN",
    "KODE JAB",
    "ID JABATAN",
    "JABATAN KODE",
    "POSITION CODE",
    "POSITION ID",
    # Toba's ABK seed sheets: ID_KEBUTUHAN / ID_JABATAN; SSCASN 2024 formasi_id (tests/fixtures/real/SOURCES.md)
    "ID KEBUTUHAN",
    "KODE FORMASI",
    "FORMASI ID",
    "ID FORMASI",
)
_NAMA_JABATAN = (
    "NAMA JABATAN",
    "JABATAN",
    "JABATAN NAMA",
    "NAMA JAB",
    "URAIAN JABATAN",
    "POSITION",
    "POSITION NAME",
    "JOB TITLE",
    # OPD formation lists name the position SUB JABATAN; SSCASN jabatan_nm (issue 11)
    "SUB JABATAN",
    "NAMA SUB JABATAN",
    "JABATAN FORMASI",
    "NAMA JABATAN FORMASI",
    "NAMA KELAS JABATAN",
    # the national "Formulir 1 – Rekapitulasi Data Kelembagaan dan Data Kepegawaian": unit headings and posts in one
    # column (the units are read from its heading rows; formulir, h30)
    "UNIT ORGANISASI DAN NAMA JABATAN",
)
_JENIS_JABATAN = (
    "JENIS JABATAN",
    "JENIS JABATAN NAMA",
    "JABATAN JENIS",
    "JNS JABATAN",
    "TIPE JABATAN",
    "POSITION TYPE",
    "KATEGORI JABATAN",
    # a Laravel klasifikasi_jabatan table (STRUKTURAL / FUNGSIONAL / PELAKSANA; tests/fixtures/real/SOURCES.md)
    "KATEGORI ANJAB",
)
#: the effective working time a year (WKE): an ABK task sheet's per-row column, and a position table's per-post one
#: (Permendagri 12/2008 Form D "Jam Kerja Efektif"; randisun05/kebutuhan's ABK rekap "WKE (jam)")
_WAKTU_EFEKTIF = (
    "WAKTU EFEKTIF",
    "WAKTU KERJA EFEKTIF",
    "JAM KERJA EFEKTIF",
    "WKE",
    "WAKTU EFEKTIF MENIT",
    "WAKTU KERJA EFEKTIF MENIT",
)
#: the eselon of a managerial post (SIASN ESELON NAMA "II.b", ESELON ID "22"; SIMPEG ESELON/ESL): it gives the
#: jenis (UU 5/2014 Pasal 131) over the name (validation.rule_jenis_jabatan)
_ESELON = ("ESELON NAMA", "ESELON", "ESL", "ESLON", "ESELON ID", "ESELONERING", "ESELON JABATAN", "TINGKAT ESELON")
_INSTANSI = (
    # SIASN Export Data ASN: the working agency first (kanekescom PegawaiCsvTransformer)
    "INSTANSI KERJA NAMA",
    "INSTANSI",
    "NAMA INSTANSI",
    "INSTANSI KERJA",
    "INSTANSI INDUK NAMA",
    "INSTANSI INDUK",
    "PEMERINTAH DAERAH",
    "PEMDA",
    # SSCASN 2024 formation list: ins_nm
    "INS",
    "AGENCY",
)

#: canonical field -> aliases, per table kind. Canonical names themselves always map
#: (``how = "nama"``), so they are not repeated here.
ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "pegawai": {
        "nip": _NIP,
        "nama": (
            "NAMA",
            "NAMA PEGAWAI",
            "NAMA LENGKAP",
            "NAMA ASN",
            "NAMA PNS",
            "NAMA PEMANGKU",  # a peta jabatan with its holders (Kemnaker BBPVP)
            "NAMA PEMANGKU JABATAN",
            "NAMA PEJABAT",  # a SIMPEG's list of OPD heads, "Data Kepala OPD.xls" (real2, h30)
            "PEG NAMA",
            "NAMA DAN GELAR",
            "NAMA GELAR",
            "NAME",
            "FULL NAME",
            "EMPLOYEE NAME",
            "NAMA LENGKAP DAN GELAR",
            "NAMA GELAR LENGKAP",
            "NAMA NIP",
            "NAMA DAN NIP",
            # an e-kinerja SKP recap's "Nama / NIP / Pangkat Golongan": "nama / nip / golongan" on one line (h27/real8)
            "NAMA NIP PANGKAT GOLONGAN",
            "NAMA NIP GOLONGAN",
            "NAMA NIP PANGKAT GOL",
            "NAMA NIP GOL",
            "NAMA NIP GOL RUANG",
            "NAMA NIP PANGKAT GOL RUANG",
            "NAMA NIP PANGKAT GOLONGAN RUANG",
            # a Baperjakat draft's "NAMA / NIP / TANGGAL LAHIR" (SIMPEG Kota Bogor): three lines of one cell (real10, h32)
            "NAMA NIP TANGGAL LAHIR",
            "NAMA NIP TGL LAHIR",
            "NAMA NIP TTL",
            "NAMA NIP TEMPAT TANGGAL LAHIR",
            # a Laravel SIMPEG's DUK: "NAMA / NIP / STATUS PERKAWINAN / STATUS PEGAWAI", four lines of one header cell
            # over a list of lines in each person's cell (real16, h33)
            "NAMA NIP STATUS PERKAWINAN STATUS PEGAWAI",
            "NAMA NIP STATUS PEGAWAI",
            # a DUK's "NAMA" over "TTL": the birth line under the name (split off, see readers._split_birth_from_names)
            "NAMA TTL",
            "NAMA TEMPAT TANGGAL LAHIR",
            "NAMA TEMPAT TGL LAHIR",
            "NAMA DAN TTL",
            "NAMA DAN TEMPAT TANGGAL LAHIR",
        ),
        "jabatan": (
            "JABATAN",
            "JABATAN NAMA",
            "NAMA JABATAN",
            "JABATAN SEKARANG",
            "JABATAN TERAKHIR",
            "NAMA JABATAN SEKARANG",
            "JABATAN SAAT INI",
            "JAB",
            "POSITION",
            "POSITION NAME",
            "JOB TITLE",
            "NAMA JABATAN TERAKHIR",
            "JABATAN TERAKHIR NAMA",
            "JABATAN PEGAWAI",
            # Kemenag SIMPEG (ropegkemenag/hrms, "Data Pegawai" download): the position name as shown, beside
            # LEVEL_JABATAN (eselon/fungsional/pelaksana) and TIPE_JABATAN
            "TAMPIL JABATAN",
            # Dapodik "Daftar Guru": the teacher's post (Guru Kelas, Guru Mapel, Tenaga Administrasi Sekolah)
            "JENIS PTK",
            # a SAPK-style CPNS import sheet (a provincial SIMPEG's Pengadaan_model::simpanDataCPNSimport): the post
            # the CPNS is appointed to, its only position column (h27/real7)
            "JABATAN CPNS",
            # a Daftar Nominatif's "JABATAN <br> TMT <br> ESELON": the post, its TMT and its eselon a line each of one
            # cell (a Basarnas SIMPEG's nominatif view; real19, h33)
            "JABATAN TMT ESELON",
            "JABATAN ESELON TMT",
        ),
        "unit_kerja": _UNIT,
        "instansi": _INSTANSI,
        "kode_jabatan": _KODE_JABATAN,
        "golongan": (
            "GOL RUANG",
            "G R",  # an old SIMPEG's printed lists ("G/R", golongan/ruang)
            "PANGKAT GOLRU",  # an Anjab seat report's holder columns ("PEMANGKU JABATAN / PANGKAT/GOLRU")
            "GOLONGAN",
            "GOLONGAN RUANG",
            "GOL",
            "GOLRU",
            "GOL AKHIR NAMA",
            "GOL AKHIR",
            "GOLONGAN AKHIR",
            "GOL RUANG AKHIR",
            "GOLONGAN RUANG AKHIR",
            "PANGKAT GOL",
            "PANGKAT GOLONGAN",
            "PANGKAT GOL RUANG",
            "PANGKAT GOLONGAN RUANG",
            # "PANGKAT" over "GOL. RUANG / TMT": the pangkat (golongan) over its TMT, lines of one cell (real16, h33)
            "PANGKAT GOL RUANG TMT",
            # a Daftar Nominatif's "PANGKAT TERAKHIR" over "GOL. TMT" (the pangkat, golongan and its TMT a line each;
            # a Basarnas SIMPEG's nominatif view; real19, h33)
            "PANGKAT TERAKHIR GOL TMT",
            "PANGKAT TERAKHIR GOL RUANG TMT",
            "PKT GOL",
            "GOL RUANG TERAKHIR",
            "PANGKAT TERAKHIR GOL RUANG",
            "PKT TERAKHIR GOL RUANG",
            "GOLONGAN PPPK",
            "GRADE",
            "GOLONGAN TERAKHIR",
            "GOLONGAN PEGAWAI SAAT INI",
            "GOLONGAN SAAT INI",
            "PANGKAT GOLONGAN TERAKHIR",
            "GOL RUANG PANGKAT",
            # a SIMPEG import sheet's "Golru/Pangkat" beside "TMT Golru/Pangkat" (a CodeIgniter SIMPEG's impor
            # preview; real23, h35): "golru" is the usual short form of golongan ruang ("GOLRU" above)
            "GOLRU PANGKAT",
            # SIMPEGA's nominatif ("Golongan Pangkat": "III/d - Penata Tingkat I"; h30/real)
            "GOLONGAN PANGKAT",
            "GOL PANGKAT",
            # a hospital SIMPEG's exports (adamyordan01/rsud-hrd): the golongan now ("GOLONGAN SEKARANG", "Gol.
            # Sekarang") beside the one at entry ("GOLONGAN MASUK", "Gol. CPNS") and a blood type ("GOLONGAN DARAH")
            "GOLONGAN SEKARANG",
            "GOL SEKARANG",
            "GOL RUANG SEKARANG",
            "GOLONGAN RUANG SEKARANG",
            # a SQL dump's staff table holding the golongan's name beside its own columns ("namagolongan",
            # "nama_golongan": "1/B (Juru Muda Tingk"), as joins of a golongan table name it (real24, h35)
            "NAMA GOLONGAN",
            "NAMA GOL",
        ),
        "pendidikan": (
            "PENDIDIKAN",
            "PENDIDIKAN TERAKHIR",
            "TINGKAT PENDIDIKAN",
            "TINGKAT PENDIDIKAN NAMA",
            "JENJANG PENDIDIKAN",
            "TINGKAT PENDIDIKAN TERAKHIR",
            "JENJANG",
            "PEND TERAKHIR",
            "EDUCATION",
            "EDUCATION LEVEL",
            "PENDIDIKAN TERAKHIR TINGKAT",
            # a Daftar Nominatif's "PENDIDIKAN TERAKHIR <br> JURUSAN <br> THN LULUS": jenjang, major and year a line each
            # (a Basarnas SIMPEG's nominatif view; real19, h33)
            "PENDIDIKAN TERAKHIR JURUSAN THN LULUS",
            "PENDIDIKAN TERAKHIR JURUSAN TAHUN LULUS",
            "JENJANG PENDIDIKAN TERAKHIR",
            "TK PENDIDIKAN",
            # SIASN data-utama (tkPendidikanTerakhir "S-1/Sarjana" beside its Id; real7, h31)
            "TK PENDIDIKAN TERAKHIR",
            # SIASN rw-pendidikan (tkPendidikanNama "S-1/Sarjana" beside tkPendidikanId "40"; real10, h32)
            "TK PENDIDIKAN NAMA",
            "TKT PENDIDIKAN",  # the same CPNS import sheet ("Diploma III/Sarjana Muda"; h27/real7)
            # DUK and nominatif templates of SIMPEG apps (valsix/jombang_siapasn, valsix/mojokerto_simpeg)
            "TINGKAT IJAZAH",
            "PENDIDIKAN TINGKAT IJAZAH",
            "PENDIDIKAN DIKLAT TERAKHIR",
            # a DUK's "PEND AKHIR" over "ASAL | T.LLS | TK.IJAZAH" (school, graduation date, level)
            "PEND AKHIR TK IJAZAH",
            "PENDIDIKAN AKHIR TK IJAZAH",
            "PENDIDIKAN AKHIR TINGKAT IJAZAH",
            "PENDIDIKAN TERAKHIR TK IJAZAH",
            "PENDIDIKAN TERAKHIR TINGKAT IJAZAH",
            "TK IJAZAH",
            # the same hospital SIMPEG: "JENJANG DIDIK" (S1, D3, Profesi) beside "JURUSAN"
            "JENJANG DIDIK",
            "JENJANG DIDIK TERAKHIR",
            # SIMPEG exports heading the one education cell ("S1 Ekonomi") by its kind, formal as against the
            # diklat beside it (real21, h34)
            "PENDIDIKAN FORMAL",
            "PENDIDIKAN FORMAL TERAKHIR",
        ),
        "jurusan": (
            "JURUSAN",
            "PENDIDIKAN NAMA",
            "NAMA PENDIDIKAN",
            "PROGRAM STUDI",
            "PRODI",
            "JURUSAN PENDIDIKAN",
            "JURUSAN PRODI",
            "PROGRAM STUDI JURUSAN",
            "BIDANG STUDI",
            "MAJOR",
            # Google-Sheet SIASN copies (Toba's Apps Script): PENDIDIKAN TERAKHIR NAMA is the programme
            "PENDIDIKAN TERAKHIR NAMA",
            "NAMA PENDIDIKAN TERAKHIR",
            # the CPNS import sheet's diploma: "D-III Teknik Elektromedik", stored by its app as the PENDIDIKAN NAMA
            # beside TKT PENDIDIKAN (the level; Pengadaan_model::simpanDataCPNSimport, h27/real7)
            "IJAZAH STTB JENJANG PENDIDIKAN",
        ),
        # "JABATAN / T M T" of a DUK print page (letters spaced out; h26/real5)
        "tmt_jabatan": (
            "TMT JABATAN",
            "JABATAN TMT",
            "JABATAN T M T",
            "TMT JAB",
            "TANGGAL TMT JABATAN",
            "TMT JABATAN TERAKHIR",
            # a SIMPEG form's "TMT Jabatan/Eselon": the date the post (and its eselon) began (review24, h36)
            "TMT JABATAN ESELON",
            # staff apps' exports and forms: "Tgl Mulai Jabatan" (tgl_mulai_jabatan, tanggalMulaiJabatan) (real27, h37)
            "TGL MULAI JABATAN",
            "TANGGAL MULAI JABATAN",
            "TGL MULAI MENJABAT",
            "TANGGAL MULAI MENJABAT",
        ),
        "tanggal_lahir": (
            "TANGGAL LAHIR",
            "TGL LAHIR",
            "TGL LHR",
            "TANGGAL LHR",
            "TANGGAL KELAHIRAN",
            "DATE OF BIRTH",
            "BIRTH DATE",
            "DOB",
            "TGL LAHIR PEGAWAI",
            # a place-and-date cell ("Kupang, 12-03-1980"): the date after the place is read
            "TTL",
            "TEMPAT TANGGAL LAHIR",
            "TEMPAT TGL LAHIR",
            "TEMPAT DAN TANGGAL LAHIR",
            # a DUK's "USIA" over "TGL/BLN/THN LAHIR" (e-pekerja's DUK export, the day, month and year of birth): only
            # offered from 68% likeness on, and LAHIR shared with the name's "NAMA / NIP / TGL LAHIR", it was neither
            # read nor offered (review14, h34)
            "TGL BLN THN LAHIR",
            "TANGGAL BULAN TAHUN LAHIR",
            "USIA TGL BLN THN LAHIR",
            # "Tgl Lahir / Usia": the date with the age after it ("04-05-1980 / 45 tahun"), the date read; it was
            # "kolom-tidak-dikenal" while "TGL LAHIR (UMUR)" was read (review24, h36)
            "TANGGAL LAHIR USIA",
            "TGL LAHIR USIA",
            "TANGGAL LAHIR UMUR",
            "TGL LAHIR UMUR",
        ),
        # the roster's own retirement figures, as its SIMPEG computed them (a Kemenag DUK's "TMT PENSIUN", a SIMPEG
        # view's TMT_PENSIUN and BUP): compared with the tool's (``tmt-pensiun-beda``)
        "tmt_pensiun": (
            "TMT PENSIUN",
            "TANGGAL PENSIUN",
            "TGL PENSIUN",
            "TMT PENSIUN PROYEKSI",
            # the date BUP is reached, as a BKPSDM's SILKa prints its proyeksi pensiun ("USIA BUP | TMT BUP": the 1st
            # of the month after; muhammadnorseputra/silka-server views/pensiun/cetakproyeksi.php)
            "TMT BUP",
            "TGL BUP",
            "TANGGAL BUP",
        ),
        # "RENTANG BUP": the BUP field of a family of hospital kepegawaian forms (public GitHub code: ``rentang_bup``
        # beside ``tmt_pensiun``, exported as "RENTANG BUP"); unread, a Dokter the roster retires at 60 whose TMT
        # PENSIUN cell was empty ("-") retired at 58, already past on the reference date (peers28, h37)
        "bup": ("BUP", "BATAS USIA PENSIUN", "USIA PENSIUN", "USIA BUP", "RENTANG BUP"),
        "jenis_kelamin": (
            "JENIS KELAMIN",
            "JNS KELAMIN",
            "JK",
            "L P",
            "KELAMIN",
            "GENDER",
            "SEX",
            "JENIS KELAMIN L P",
            "JNS KEL",
            "JEN KEL",
            # "J.KEL" (a school's monthly teacher report, LaporanBulananGuruExport; real25, h36), "J. Kelamin", "J/K"
            "J KEL",
            "JKEL",
            "J KELAMIN",
            "J K",
        ),
        "status_kepegawaian": (
            "STATUS KEPEGAWAIAN",
            "STATUS PEGAWAI",
            "STATUS ASN",
            "STATUS",
            "JENIS PEGAWAI",
            "JENIS PEGAWAI NAMA",
            "EMPLOYMENT STATUS",
            "JENIS ASN",
            "STATUS PNS PPPK",
        ),
        # SIASN: C = CPNS, P = PNS (domain.md §7.1)
        "status_cpns_pns": ("STATUS CPNS PNS", "STATUS CPNS", "CPNS PNS"),
        # SIASN KEDUDUKAN HUKUM (aktif, CLTN, tugas belajar, MPP ...)
        "kedudukan_hukum": (
            "KEDUDUKAN HUKUM NAMA",
            "KEDUDUKAN HUKUM",
            "KEDUDUKAN PEGAWAI",
            "KEDUDUKAN",
            "KEDUDUKAN HUKUM ID",
            # SIASN data-utama (kedudukanPnsNama "Aktif" beside kedudukanPnsId; real7, h31)
            "KEDUDUKAN PNS NAMA",
            "KEDUDUKAN PNS",
        ),
        "jenis_jabatan": _JENIS_JABATAN,
        "eselon": _ESELON,
        # a TPP roster's "Status Jabatan" (Definitif / Plt / Plh)
        "status_jabatan": ("STATUS JABATAN", "STATUS JAB", "STATUS PEJABAT", "STATUS PENUGASAN"),
        "predikat_kinerja": (
            "PREDIKAT KINERJA",
            "PREDIKAT",
            "PREDIKAT SKP",
            # SIASN rw-skp22 / e-Kinerja: kuadranKinerja is the predikat (PermenPANRB 6/2022), hasilKinerja and
            # perilakuKerja the two ratings it comes from (column_mapping._Mapper.performance_ratings)
            "KUADRAN KINERJA",
            # an e-Kinerja recap's year-end predikat ("Predikat Kinerja Tahunan"); a header with a year ("PREDIKAT
            # KINERJA 2025") is read by column_mapping._Mapper.yearly_predikat
            "PREDIKAT KINERJA TAHUNAN",
            "PREDIKAT TAHUNAN",
            "PREDIKAT SKP TAHUNAN",
            "NILAI SKP",
            "KINERJA",
            "HASIL KINERJA",
            "PREDIKAT KINERJA PEGAWAI",
            "PERFORMANCE",
        ),
        "hukuman_disiplin": (
            "HUKUMAN DISIPLIN",
            "HUKDIS",
            "SEDANG HUKUMAN DISIPLIN",
            "HUKUMAN",
            "STATUS HUKUMAN DISIPLIN",
            "DISCIPLINARY",
        ),
        "tugas_belajar": ("TUGAS BELAJAR", "TUBEL", "SEDANG TUGAS BELAJAR", "STATUS TUGAS BELAJAR", "STUDY LEAVE"),
        "riwayat_jabatan": ("RIWAYAT JABATAN", "RIWAYAT JAB", "PENGALAMAN JABATAN", "JABATAN SEBELUMNYA"),
        "diklat": ("DIKLAT", "RIWAYAT DIKLAT", "DIKLAT PELATIHAN", "PELATIHAN", "DIKLAT STRUKTURAL", "TRAINING"),
        "preferensi_unit": ("PREFERENSI UNIT", "PREFERENSI", "UNIT PILIHAN", "UNIT YANG DIMINATI", "MINAT UNIT"),
    },
    "jabatan": {
        "nama_jabatan": _NAMA_JABATAN,
        "unit_kerja": _UNIT,
        "instansi": _INSTANSI,
        "waktu_efektif": _WAKTU_EFEKTIF,
        # the table's own gap (a staffing monitor's MonitoringExport "Selisih", an "Analisa Bezetting" export's
        # kebutuhan - terisi): checked against its kebutuhan and bezetting (real18, h33)
        "selisih_tercatat": ("SELISIH", "KURANG LEBIH", "SELISIH KEBUTUHAN", "SELISIH FORMASI"),
        # the verdict on a formasi request; a bare "STATUS" is read as one only by its cells (column_mapping)
        "status_usulan": _STATUS_USULAN,
        "kebutuhan": (
            "KEBUTUHAN",
            "KEBUTUHAN PEGAWAI",
            "JUMLAH KEBUTUHAN",
            "KEBUTUHAN ABK",
            "KEBUTUHAN PEGAWAI ABK",
            "FORMASI",
            "JUMLAH FORMASI",
            "KEBUTUHAN JABATAN",
            "KEBUTUHAN FORMASI",
            "PEGAWAI YANG DIBUTUHKAN",
            "JUMLAH PEGAWAI YANG DIBUTUHKAN",
            "KEB PEGAWAI",
            "REQUIRED",
            # Toba JUMLAH_KEBUTUHAN / JUMLAH_FORMASI, SSCASN jumlah_formasi, e-formasi "Jumlah Formasi"
            "JUMLAH FORMASI JABATAN",
            "JML FORMASI",
            "JML KEBUTUHAN",
            "KEBUTUHAN ASN",
            "KEBUTUHAN PEGAWAI BERDASARKAN ABK",
            "JUMLAH KEBUTUHAN PEGAWAI",
            "ABK",
            "HASIL ABK",  # a CodeIgniter "REKAPITULASI ANALIS BEBAN KERJA" view
            # Permendagri 12/2008 Form D ("Perhitungan Jumlah Kebutuhan Pegawai"); a Kemnaker peta with holders
            "PERHITUNGAN JUMLAH KEBUTUHAN PEGAWAI",
            "PERHITUNGAN KEBUTUHAN PEGAWAI",
            "JUMLAH ABK",
            # Formulir 1: "JUMLAH KEBUTUHAN PNS BERDASARKAN ANALISIS BEBAN KERJA/ ABK" over its block (formulir, h30)
            "JUMLAH KEBUTUHAN PNS BERDASARKAN ANALISIS BEBAN KERJA ABK",
            "JUMLAH KEBUTUHAN PNS BERDASARKAN ANALISIS BEBAN KERJA",
            "JUMLAH KEBUTUHAN PNS BERDASARKAN ABK",
            # a usulan kebutuhan formasi: the posts asked for one (unit, jabatan) line (rumahASN "ALOKASI"; real4, h31)
            "ALOKASI",
            "ALOKASI FORMASI",
            "JUMLAH ALOKASI",
            "USULAN ALOKASI",
            # the table's own rounding of its ABK result ("Kebutuhan Pegawai" 2,85 | "Pembulatan Formasi" 3; an ABK
            # recap app): taken over the fraction when it is its rounding (real12, h32)
            "PEMBULATAN FORMASI",
            "PEMBULATAN",
            "PEMBULATAN KEBUTUHAN",
            "PEMBULATAN KEBUTUHAN PEGAWAI",
            "KEBUTUHAN PEMBULATAN",
            "KEBUTUHAN PEGAWAI PEMBULATAN",
            "HASIL PEMBULATAN",
        ),
        "beban_kerja_jam": (
            "BEBAN KERJA JAM",
            "BEBAN KERJA",
            "JUMLAH BEBAN KERJA",
            "TOTAL BEBAN KERJA",
            "BEBAN KERJA JAM TAHUN",
            "BEBAN KERJA JAM PER TAHUN",
            "WORKLOAD HOURS",
            # Permendagri 12/2008 Form C/D "Jumlah Beban Kerja Jabatan" (hours on WKE 1.250; the NTT ANJAB app's
            # Form D), BSSN's AbkFormCSheet "Jumlah Beban Kerja Jab" (was read only as a 90% fuzzy "Jab" ≈ "Jam")
            "JUMLAH BEBAN KERJA JABATAN",
            "JUMLAH BEBAN KERJA JABATAN JAM",
            "JUMLAH BEBAN KERJA JAB",
            "JUMLAH BEBAN KERJA JAB JAM",
            "BEBAN KERJA JABATAN",
            "BEBAN KERJA JABATAN JAM",
            "TOTAL BEBAN KERJA JABATAN",
        ),
        "beban_kerja_menit": (
            "TOTAL BEBAN MENIT",
            "BEBAN KERJA MENIT",
            "TOTAL BEBAN KERJA MENIT",
            "JUMLAH BEBAN KERJA MENIT",
            "BEBAN KERJA MENIT TAHUN",
            "TOTAL WAKTU PENYELESAIAN MENIT",
            # the same Form C/D header with its unit note "(Menit)" (tried before the bare header: header_keys)
            "JUMLAH BEBAN KERJA JABATAN MENIT",
            "JUMLAH BEBAN KERJA JAB MENIT",
            "BEBAN KERJA JABATAN MENIT",
            "TOTAL BEBAN KERJA JABATAN MENIT",
        ),
        "kode_jabatan": (*_KODE_JABATAN, "KODE"),  # in a position table a lone "Kode" is the position's
        "jenis_jabatan": _JENIS_JABATAN,
        "eselon": _ESELON,
        "kelas_jabatan": (
            "KELAS JABATAN",
            "KELAS",
            "KELAS JAB",
            "GRADE JABATAN",
            "JOB CLASS",
            # a Kemnaker balai's peta jabatan export ("Grade/Kelas Jabatan" 14 for the head; real17, h33)
            "GRADE KELAS JABATAN",
            "KELAS JABATAN GRADE",
        ),
        "syarat_pendidikan": (
            "SYARAT PENDIDIKAN",
            "SYARAT TINGKAT PENDIDIKAN",
            "KUALIFIKASI PENDIDIKAN",
            "PENDIDIKAN MINIMAL",
            "SYARAT JENJANG PENDIDIKAN",
            "TINGKAT PENDIDIKAN",
            # SSCASN 2024: jenjang_studi
            "JENJANG STUDI",
            "JENJANG PENDIDIKAN",
            "KUALIFIKASI PENDIDIKAN MINIMAL",
            # a usulan formasi's "KUALIFIKASI" (rumahASN: "S-1/Sarjana - S-1 KEPERAWATAN", one a line; real4, h31)
            "KUALIFIKASI",
            # the Anjab "Kualifikasi Jabatan" items (PermenPANRB 1/2020: Pendidikan Formal, Pendidikan dan
            # Pelatihan, Pengalaman Kerja) as columns of a position list: unread, the written requirement was lost
            # and the lowest by jenis put in its place (real20, h33)
            "PENDIDIKAN FORMAL",
            "SYARAT PENDIDIKAN FORMAL",
            "KUALIFIKASI PENDIDIKAN FORMAL",
        ),
        "syarat_jurusan": (
            "SYARAT JURUSAN",
            "SYARAT PROGRAM STUDI",
            "SYARAT PRODI",
            "KUALIFIKASI JURUSAN",
            "JURUSAN",
            "BIDANG PENDIDIKAN",
            # SSCASN 2024: program_studi
            "PROGRAM STUDI",
            "PRODI",
            "KUALIFIKASI PROGRAM STUDI",
        ),
        "syarat_golongan": (
            "SYARAT GOLONGAN",
            "SYARAT GOL",
            "SYARAT GOL RUANG",
            "GOLONGAN MINIMAL",
            "PANGKAT GOL MINIMAL",
            "GOL MINIMAL",
        ),
        "syarat_pengalaman": ("SYARAT PENGALAMAN", "PENGALAMAN", "PENGALAMAN KERJA", "SYARAT PENGALAMAN KERJA"),
        "syarat_diklat": (
            "SYARAT DIKLAT",
            "DIKLAT",
            "SYARAT PELATIHAN",
            "PELATIHAN",
            # the Anjab's "Pendidikan dan Pelatihan" (diklat penjenjangan, teknis, fungsional; real20, h33)
            "PENDIDIKAN DAN PELATIHAN",
            "SYARAT PENDIDIKAN DAN PELATIHAN",
            "DIKLAT PELATIHAN",
        ),
        "bezetting": (
            "BEZETTING",
            "KETERSEDIAAN",
            "JUMLAH PEGAWAI",
            "JUMLAH PEGAWAI ADA",
            "JUMLAH PEGAWAI YANG ADA",
            "PEGAWAI ADA",
            "EKSISTING",
            "EXISTING",
            "JUMLAH PEMANGKU",
            "JUMLAH ASN",
            "PEGAWAI RIIL",
            "JUMLAH PEGAWAI RIIL",
            "BEZZETING",
            # OPD lists and e-formasi screens (issue 11; tests/fixtures/real/SOURCES.md)
            "JUMLAH EKSISTING",
            "JML EKSISTING",
            "JUMLAH EXISTING",
            "JML EXISTING",
            "EKSISTING PEGAWAI",
            "JUMLAH EKSISTING PEGAWAI",
            "PEGAWAI EKSISTING",
            "JUMLAH PEGAWAI SAAT INI",
            "JUMLAH PEGAWAI EKSISTING",
            "TERISI",
            "JUMLAH TERISI",
            # a Laravel staff app's monthly "Analisa Bezetting" export: Kebutuhan (ABK) | Terisi Saat Ini | Selisih
            # (real18, h33: not read, every post's holders unknown)
            "TERISI SAAT INI",
            "JUMLAH TERISI SAAT INI",
            "JUMLAH PEMANGKU JABATAN",
            "PEMANGKU",
            # Kendal e-formasi "Daftar Kebutuhan Jabatan": ABK | RIIL (the holders now) | STATUS | +/-
            "RIIL",
            "RIIL PEGAWAI",
            "JUMLAH RIIL",
            # a CodeIgniter SIMPEG's m_spg_jabatan.jumlah_rill (its own bezetting; peer campaign h25)
            "JUMLAH RILL",
            "JUMLAH RIL",
            # its 5-year projection sheet
            "BEZETTING PEGAWAI SAAT INI",
            # Formulir 1: "JUMLAH PNS KEADAAN SAMPAI DENGAN <bulan tahun>/ RIIL", read without its date (formulir, h30)
            "JUMLAH PNS RIIL",
            # the holders of all statuses beside their PNS and PPPK counts ("Bezetting PNS | Bezetting PPPK | Total
            # Bezetting Riil": a kabupaten's Buku Bezetting; real4, h31)
            "TOTAL BEZETTING",
            "TOTAL BEZETTING RIIL",
            "JUMLAH BEZETTING",
            "BEZETTING RIIL",
            "TOTAL EKSISTING",
        ),
    },
    "riwayat": {
        "nip": _NIP,
        "jabatan": ("JABATAN", "NAMA JABATAN", "JABATAN NAMA", "RIWAYAT JABATAN"),
        "unit_kerja": _UNIT,
        "tmt_mulai": ("TMT MULAI", "TMT", "TMT JABATAN", "TANGGAL MULAI", "MULAI", "DARI", "TMT AWAL"),
        "tmt_selesai": ("TMT SELESAI", "TANGGAL SELESAI", "SELESAI", "SAMPAI", "TMT AKHIR", "HINGGA"),
    },
    "abk": {
        "kode_jabatan": _KODE_JABATAN,
        "nama_jabatan": _NAMA_JABATAN,
        "unit_kerja": _UNIT,
        "uraian_tugas": ("URAIAN TUGAS", "TUGAS", "TUGAS POKOK", "URAIAN TUGAS POKOK", "KEGIATAN", "RINCIAN TUGAS"),
        "satuan_hasil": ("SATUAN HASIL", "SATUAN", "HASIL KERJA", "SATUAN HASIL KERJA"),
        "volume": (
            "VOLUME",
            "VOLUME PER TAHUN",
            "VOLUME TAHUN",
            "JUMLAH HASIL",
            "BEBAN KERJA",
            "VOLUME BEBAN KERJA",
            "JUMLAH HASIL PER TAHUN",
            "TARGET",
            # a period in the header is read by workload.tasksheet (issue 17)
            "VOLUME PER BULAN",
            "VOLUME PER MINGGU",
            "VOLUME PER HARI",
            "JUMLAH HASIL PER BULAN",
            "JUMLAH HASIL PER MINGGU",
            "JUMLAH HASIL PER HARI",
            # e-Anjab task sheets (issue 11: " VOLUME KERJA" with a leading space)
            "VOLUME KERJA",
            "VOLUME KERJA PER TAHUN",
            # SIASN's Anjab import (INFOJAB II) and a Badilag anjab app (fahrocom, issue 16 peers)
            "BEBAN KERJA 1 TAHUN",
            "VOL 1 THN",
            "VOL",
            # a Laravel e-Anjab's ABK screen (budirs86/anjab-abk: detail_abk.jumlah_hasil_kerja; peers8, h33)
            "JUMLAH HASIL KERJA",
            "JUMLAH HASIL KERJA PER TAHUN",
            # the period as one word ("Volume Perbulan", "Volume Sehari"; read by workload.tasksheet; peers29, h38)
            *(
                f"{head} {lead}{period}"
                for head in ("VOLUME", "VOLUME KERJA", "JUMLAH HASIL")
                for lead in ("PER", "SE")
                for period in ("HARI", "MINGGU", "BULAN", "TAHUN")
            ),
        ),
        "norma_waktu": (
            "NORMA WAKTU",
            "NORMA WAKTU MENIT",
            "WAKTU PENYELESAIAN",
            "WAKTU PENYELESAIAN MENIT",
            "NORMA WAKTU PENYELESAIAN",
            "WAKTU MENIT",
            "WAKTU PENYELESAIAN JAM",
            "NORMA WAKTU JAM",
            "WP MNT",
            "WP",
        ),
        # e-Anjab / SIANJAB columns (singgihadis/anjab abk table and print form, orproject04/uianjab
        # tugas_pokok_abk, WOLA time units): issue 17
        "periode": ("SATUAN PERIODE", "PERIODE", "KETERANGAN WAKTU", "SATUAN WAKTU", "PERIODE WAKTU", "FREKUENSI"),
        "waktu_efektif": _WAKTU_EFEKTIF,
        "kebutuhan_tugas": (
            "KEBUTUHAN PEGAWAI",
            "KEBUTUHAN",
            "JUMLAH KEBUTUHAN PEGAWAI",
            "KEBUTUHAN SDM",
            # the peers' own result columns (fendyanjapu/anjab, fahrocom): checked against our sum
            "PEGAWAI YANG DIBUTUHKAN",
            "JUMLAH PEGAWAI YANG DIBUTUHKAN",
            "KEB PEGAWAI",
        ),
    },
    "usulan": {
        "nip": _NIP,
        # an OPD's proposal recap ("Status": Diajukan, Disetujui, Ditolak): a refused or cancelled proposal is not
        # assessed (api.match.assess_frame); a bare "STATUS" is read as one only by its cells (column_mapping)
        "status_usulan": _STATUS_USULAN,
        "kode_jabatan": (*_KODE_JABATAN, "KODE JABATAN TUJUAN"),
        # the target's own spellings first: beside them a plain JABATAN / UNIT KERJA is the person's present post
        # (an OPD form with both read the present post as the target, layak 87.5; fourth review, h26)
        "nama_jabatan": (
            "JABATAN TUJUAN",
            "NAMA JABATAN TUJUAN",
            "JABATAN BARU",
            "USULAN JABATAN",
            # an OPD's own form (after JABATAN LAMA / UNIT KERJA LAMA; h26/real6)
            "JABATAN YANG DIUSULKAN",
            "JABATAN DIUSULKAN",
            "JABATAN USULAN",
            "NAMA JABATAN",
            "JABATAN",
        ),
        "unit_kerja": (
            "UNIT KERJA TUJUAN",
            "UNIT TUJUAN",
            "UNOR TUJUAN",
            "OPD TUJUAN",
            "UNIT KERJA BARU",
            "UNIT KERJA YANG DIUSULKAN",
            "UNIT KERJA DIUSULKAN",
            "UNIT KERJA USULAN",
            "UNIT USULAN",
            "UNIT KERJA",
        ),
        # an OPD's form and a lampiran SK write "NAMA / NIP" (the NIP on the name's second line, split off as the
        # roster's is: readers._split_nip_from_names)
        "nama": ("NAMA", "NAMA PEGAWAI", "NAMA LENGKAP", "NAMA ASN", "NAMA NIP", "NAMA DAN NIP"),
        "jabatan_sekarang": ("JABATAN SEKARANG", "JABATAN SAAT INI", "JABATAN ASAL", "JABATAN LAMA"),
        "alasan_usulan": ("ALASAN USULAN", "ALASAN", "ALASAN MUTASI"),
        "pengusul": ("PENGUSUL", "OPD PENGUSUL", "INSTANSI PENGUSUL", "DIUSULKAN OLEH"),
        "tanggal_usulan": ("TANGGAL USULAN", "TGL USULAN", "TANGGAL"),
    },
    "indikator": {
        "unit_kerja": ("UNIT KERJA", "UNIT", "OPD", "PERANGKAT DAERAH", "UNIT PELAYANAN"),
        "periode": ("PERIODE", "TAHUN", "SEMESTER", "TRIWULAN", "BULAN"),
        "indikator": ("INDIKATOR", "NAMA INDIKATOR", "UKURAN"),
        "nilai": ("NILAI", "CAPAIAN", "REALISASI"),
        "arah": ("ARAH", "ARAH BAIK", "ARAH PERBAIKAN"),
    },
}

#: heads of a unit's numbered levels ("SATKER_1" … "SATKER_5")
_UNIT_LEVEL_HEADS = ("SATKER", "SATUAN KERJA", "UNIT KERJA", "UNOR", "UNIT")

#: headers that each hold part of one field: a staff list with the structural position in one
#: column and the functional one in another (a research centre's DATA sheet: "Jabatan Fungsional
#: Tertentu", "Jabatan Struktural"; SIASN API copies: jabatan_struktural_nama,
#: jabatan_fungsional_nama, jabatan_fungsional_umum_nama — domain.md §7.2). When no column names
#: the whole field, the first filled cell among them is the value.
_JABATAN_PARTS: tuple[str, ...] = (
    "JABATAN STRUKTURAL",
    "JABATAN STRUKTURAL NAMA",
    "JAB STRUKTURAL",
    "JABATAN FUNGSIONAL TERTENTU",
    "JABATAN FUNGSIONAL",
    "JABATAN FUNGSIONAL NAMA",
    "JAB FUNGSIONAL",
    "JFT",
    "JABATAN FUNGSIONAL UMUM",
    "JABATAN FUNGSIONAL UMUM NAMA",
    "JABATAN PELAKSANA",
    "JFU",
)

#: a unit written over its eselon levels, the OPD highest: an e-kinerja SKP recap's "Unit Kerja Eselon II | III | IV"
#: (SIMPEG's UKE II/III/IV; h27/real8), deepest first as ``ORDERED_PARTS`` asks; a row's unit is its deepest filled
#: level under its highest (the OPD: ``readers._unit_under_parent``)
_ESELON_LEVEL_HEADS = ("UNIT KERJA ESELON", "UNIT ESELON", "UNOR ESELON", "SATKER ESELON", "UKE")
UNIT_ESELON_PARTS: tuple[str, ...] = tuple(
    f"{head} {level}"
    for pair in (("V", "5"), ("IV", "4"), ("III", "3"), ("II", "2"), ("I", "1"))
    for level in pair
    for head in _ESELON_LEVEL_HEADS
)

#: the TMT of each part of :data:`_JABATAN_PARTS`, in the same order: a hospital SIMPEG's export writes "JABATAN
#: STRUKTURAL | TMT JABATAN STRUKTURAL | … | JABATAN FUNGSIONAL | TMT JABATAN FUNGSIONAL" (adamyordan01/rsud-hrd;
#: real3, h31), so the first filled TMT is the one of the first filled post
_TMT_JABATAN_PARTS: tuple[str, ...] = (*(f"TMT {part}" for part in _JABATAN_PARTS), "TMT STRUKTURAL", "TMT FUNGSIONAL")

PARTS: dict[str, dict[str, tuple[str, ...]]] = {
    "pegawai": {
        "jabatan": _JABATAN_PARTS,
        "tmt_jabatan": _TMT_JABATAN_PARTS,
        # a unit written as numbered levels, the ministry first: Kemenag SIMPEG's download (ropegkemenag/hrms:
        # SATKER_1 "Kementerian Agama", SATKER_2 the Kanwil, SATKER_3 the Kankemenag, SATKER_4/5 the unit inside
        # it). The deepest level a row fills is its unit: listed deepest first (see ``ORDERED_PARTS``).
        "unit_kerja": (
            *(f"{head} {level}" for level in range(6, 0, -1) for head in _UNIT_LEVEL_HEADS),
            *UNIT_ESELON_PARTS,
        ),
    },
    # SIASN's rw-jabatan export: namaJabatan holds the structural post only, the functional and pelaksana ones
    # are under jabatanFungsionalNama / jabatanFungsionalUmumNama (kanekescom/laravel-siasn-simpeg; h26/real6)
    "riwayat": {"jabatan": _JABATAN_PARTS},
}
#: the rating perilaku kerja beside a rating hasil kerja (SIASN rw-skp22 perilakuKerja): with it a predikat column
#: holding ratings gives the predikat (PermenPANRB 6/2022's matrix)
PERILAKU_RATING: tuple[str, ...] = ("PERILAKU KERJA", "RATING PERILAKU KERJA", "RATING PERILAKU", "PERILAKU")
#: fields of ``PARTS`` whose columns are tried in the order of their spellings there (not of the sheet)
ORDERED_PARTS: frozenset[str] = frozenset({"unit_kerja"})

#: spellings that name a field only when a better column took the field they first suggest: an OPD
#: list with both JABATAN and SUB JABATAN keeps the unit (bagian/bidang) under SUB JABATAN (issue 11)
SECONDARY: dict[str, dict[str, tuple[str, ...]]] = {
    # a proposal form's plain JABATAN beside its JABATAN YANG DIUSULKAN / TUJUAN is the post held now
    "usulan": {"jabatan_sekarang": ("JABATAN", "NAMA JABATAN")},
    "jabatan": {"unit_kerja": ("SUB JABATAN", "NAMA SUB JABATAN")},
    "pegawai": {"unit_kerja": ("SUB JABATAN",)},
}

#: unit spellings that name the OPD (perangkat daerah) itself, not a unit inside it: beside a column naming the unit
#: (``UNIT KERJA``, ``UNOR NAMA``, ``SUB UNIT``, ``BIDANG`` …) such a column is read as ``perangkat_daerah``, so that
#: "Sekretariat" of two OPDs stays two units (``column_mapping._Mapper.opd_split``); alone it is the unit
OPD_LEVEL: tuple[str, ...] = (
    "PERANGKAT DAERAH",
    "NAMA PERANGKAT DAERAH",
    "PERANGKAT DAERAH NAMA",
    "OPD",
    "NAMA OPD",
    "OPD NAMA",
    "SKPD",
    "NAMA SKPD",
    "SKPD NAMA",
    "UNIT KERJA OPD",
    "SATUAN KERJA",
    "SATUAN KERJA NAMA",
    "NAMA SATUAN KERJA",
    "SATKER",
    "NAMA SATKER",
    "SATUAN KERJA KERJA NAMA",
    "SATUAN KERJA KERJA",
    "UNOR INDUK",
    "UNOR INDUK NAMA",
    "NAMA UNOR INDUK",
    "UNIT ORGANISASI INDUK",
    "NAMA UNIT ORGANISASI INDUK",
)

#: a health workers' list's profession ("Perawat", "Bidan", "Dokter"): the post when no column names it, a known
#: column beside one (it was offered as "maksud Anda Preferensi Unit atau Jurusan?" for its letters; real16, h33)
_PROFESI = ("PROFESI", "NAMA PROFESI", "PROFESI TENAGA KESEHATAN", "PROFESI NAKES")

#: spellings of a field that count only when no column names it better: ``PANGKAT`` ("Penata (III/c)", "III/d")
#: is the golongan when a roster has no golongan column (pangkat and golongan/ruang pair one to one, domain.md
#: §2.1); beside a GOL/RUANG column it stays ignored (a DUK prints both)
FALLBACK: dict[str, dict[str, tuple[str, ...]]] = {
    "pegawai": {
        "golongan": ("PANGKAT", "PANGKAT TERAKHIR", "PKT"),
        # a SISDMK (health workforce) roster names no post, only the profession ("Perawat", "Bidan", "Dokter Umum"):
        # read as the jabatan when the file has no jabatan column, as Dapodik's JENIS PTK is (h26/real6)
        "jabatan": ("JENIS SDMK", "JENIS TENAGA", "JENIS TENAGA KESEHATAN", "JENIS NAKES", *_PROFESI),
        # a hospital's staff list (nurses with their STR and SIP) places each person by ward only: the ward is the
        # unit when no unit column is there; beside UNIT KERJA it is a place inside it (real14, h32)
        "unit_kerja": ("RUANGAN", "NAMA RUANGAN", "RUANG PERAWATAN"),
    },
    # a position table's bare "Jenis" beside its Jabatan is the jenis jabatan (randisun05/kebutuhan's ABK rekap
    # writes its jenis_label there: JPT Pratama, Administrator, Pengawas, Fungsional, Pelaksana); a post named by its
    # unit ("Bidang Permukiman") read Pelaksana and its workload made it two seats (peers, h30)
    # a formation list's bare "JUMLAH" (a Kemenag formasi app's CPNS export: the seats of each formation) is its
    # need when the table counts nothing else (no bezetting, no workload); was refused for want of kebutuhan (real20)
    "jabatan": {"jenis_jabatan": ("JENIS",), "kebutuhan": ("JUMLAH", "JML")},
}
#: fields whose fallback column is only ever the whole field, never a filler of empty cells beside its own column
FALLBACK_ALONE: frozenset[str] = frozenset({"jabatan", "jenis_jabatan", "unit_kerja", "kebutuhan"})
#: the titles in front of the name and after it, in columns of their own: SIASN "GELAR DEPAN" / "GELAR BELAKANG"
#: (domain.md §7.1), a hospital SIMPEG's export (adamyordan01/rsud-hrd), apps' glr_depan / glr_belakang, gelar_dpn /
#: gelar_blk, GELAR_DEPAN / GELAR_BLKG, peg_gelar_depan / peg_gelar_belakang (public code); written into the name
#: (``readers._fill_from_parts``), where "S.Kom" is evidence of the education
GELAR_DEPAN: tuple[str, ...] = ("GELAR DEPAN", "GLR DEPAN", "GELAR DPN", "GLR DPN", "PEG GELAR DEPAN")
GELAR_BELAKANG: tuple[str, ...] = (
    "GELAR BELAKANG",
    "GLR BELAKANG",
    "GELAR BLK",
    "GELAR BLKG",
    "GELAR BLKNG",
    "GLR BLK",
    "GLR BLKG",
    "PEG GELAR BELAKANG",
)
#: columns that complete a field beside its own column, never the field alone: RUANG beside GOL ("III" | "b"), the
#: title columns beside the name
COMPLETING: dict[str, dict[str, tuple[str, ...]]] = {
    # a roster's post split by jenis beside a post column that holds one jenis only (SIASN rw-jabatan's namaJabatan
    # is the structural post, blank on JF and pelaksana rows: 6 of 8 posts were lost read as a roster; real30, h38)
    "pegawai": {
        "golongan": ("RUANG", "RUANG GOLONGAN", "RUANG GOL"),
        "nama": (*GELAR_DEPAN, *GELAR_BELAKANG),
        "jabatan": _JABATAN_PARTS,
    },
    # a position history's name column beside the per-jenis ones (SIASN rw-jabatan: namaJabatan + JF + JFU)
    "riwayat": {"jabatan": _JABATAN_PARTS},
}

#: what a one-cell header writes after its field and a slash, each cell carrying it beside the value: "Nama / Gelar
#: Belakang" ("Andi, S.E."), "Jabatan / Eselon" ("Kepala Bagian Umum / III.a"); such a header is the field (the first
#: was unread and the roster refused for want of a name, the second fuzzy-matched as the eselon; real27, h37). A
#: two-row header "JABATAN" over "ESELON" stays the eselon: it is two cells (``column_mapping._written_with``)
WRITTEN_WITH: dict[str, tuple[str, ...]] = {
    "nama": ("GELAR", "GLR", *GELAR_DEPAN, *GELAR_BELAKANG, "GELAR DEPAN BELAKANG", "GELAR DEPAN DAN BELAKANG"),
    "jabatan": _ESELON,
    "nama_jabatan": _ESELON,
}

#: a roster's dates of something the plan does not read (TMT golongan, CPNS, PNS, eselon, KGB), with what they hold: said
#: as known and unused (they were each ``kolom-tidak-dikenal``), never fuzzy-matched (:data:`IGNORED`; real26, h36)
UNUSED_DATES: dict[str, str] = {
    **dict.fromkeys(
        (
            *("TMT GOL", "TMT GOLONGAN", "TMT GOL RUANG", "TMT GOLONGAN RUANG", "TMT GOLRU", "TMT GOL AKHIR"),
            *("TMT GOLONGAN AKHIR", "TMT PANGKAT", "TMT PANGKAT GOLONGAN", "TMT PANGKAT TERAKHIR"),
            # "TMT PANGKAT/GOLRU", "TMT Pangkat/Golongan/Ruang" of SIMPEG lists and forms (review24, h36)
            *("TMT PANGKAT GOL", "TMT PANGKAT GOLRU", "TMT PANGKAT GOL RUANG", "TMT PANGKAT GOLONGAN RUANG"),
            # a DUK's pangkat TMT (h26/real5: "maksud Anda 'tanggal_lahir'?")
            *("PKT TERAKHIR TMT", "PANGKAT TERAKHIR TMT", "PANGKAT TMT", "GOL TMT"),
        ),
        "tanggal mulai golongan/pangkat (TMT)",
    ),
    **dict.fromkeys(("TMT PANGKAT KEDEPAN", "TMT PANGKAT BERIKUTNYA"), "TMT kenaikan pangkat berikutnya"),
    **dict.fromkeys(
        (
            "TMT CPNS",
            "TGL CPNS",
            "TANGGAL CPNS",
            "TMT PNS",
            "TGL PNS",
            "TANGGAL PNS",
            "TMT CPNS PNS",
            "TMT SK CPNS",
            "TMT SK PNS",
            "TMT PENGANGKATAN",
        ),
        "tanggal mulai CPNS/PNS (TMT)",
    ),
    **dict.fromkeys(("TMT ESELON", "TGL ESELON", "TANGGAL ESELON"), "tanggal mulai eselon (TMT)"),
    # the date one came to the present unit, not to the post: the time in a post is read from TMT jabatan (real27, h37)
    **dict.fromkeys(
        (
            *("TMT UNIT KERJA", "TMT DI UNIT KERJA", "TMT UNOR", "TMT DI UNOR", "TMT SATUAN KERJA", "TMT PENEMPATAN"),
            *("TGL MASUK UNIT KERJA", "TANGGAL MASUK UNIT KERJA", "TMT MUTASI", "TMT PINDAH"),
        ),
        "tanggal mulai di unit kerja (TMT unit); lama dalam jabatan dibaca dari TMT jabatan",
    ),
    **dict.fromkeys(("TMT KGB", "TMT KGB TERAKHIR", "TMT BERKALA", "TMT GAJI BERKALA"), "TMT kenaikan gaji berkala"),
    **dict.fromkeys(("TMT KGB KEDEPAN", "TMT KGB BERIKUTNYA"), "TMT kenaikan gaji berkala berikutnya"),
    # a KGB / promotion monitor's next date with no word of which ("TMT Berikutnya" beside "TMT Pangkat" or "TMT KGB
    # Baru", "TMT Berikutnya (YAD)": yang akan datang; public SIMPEG/KGB apps; real30, h38)
    **dict.fromkeys(
        ("TMT BERIKUTNYA", "TMT BERIKUTNYA YAD", "TMT YAD", "TMT YANG AKAN DATANG", "TMT AKAN DATANG"),
        "TMT kenaikan pangkat atau gaji berkala berikutnya",
    ),
}

#: a roster's column of the JF jenjang of each row's post, apart from its name (SIASN rw-jabatan "jenjang", hospital
#: SIMPEGs' "Jenjang Jabatan" beside "Jabatan"; public code: a Laravel user model's ``jenjang_jabatan`` beside
#: ``position``, an import's ``row.jenjang_jabatan`` beside ``row.jabatan``): read into the name of a post that names
#: no jenjang (``io.jenjang_column``); a bare "JENJANG" only when its cells are JF jenjang (``column_mapping``)
JF_JENJANG: tuple[str, ...] = (
    "JENJANG JABATAN",
    "JENJANG JABATAN FUNGSIONAL",
    "JENJANG FUNGSIONAL",
    "JENJANG JF",
    "JENJANG JFT",
    "JENJANG JAB",
    "TINGKAT JABATAN",
    "JENJANG JABATAN NAMA",
)

#: headers a table kind knows but has no field for, with what they hold: said as known and unused, never "maksud Anda
#: 'kode_jabatan'?" (a roster's KELAS JABATAN is its post's, which the peta jabatan gives; h27/real8)
KNOWN_UNUSED: dict[str, dict[str, str]] = {
    "pegawai": {
        **dict.fromkeys(
            ("KELAS JABATAN", "KELAS JAB", "GRADE JABATAN", "JOB CLASS"), "kelas jabatan; dibaca dari peta jabatan"
        ),
        **dict.fromkeys(("JUMLAH PEMANGKU", "JUMLAH PEMANGKU JABATAN"), "jumlah pemangku; dihitung dari data pegawai"),
        # a JF jenjang column whose cells name no jenjang (read into the post's name when they do: JF_JENJANG)
        **dict.fromkeys(("JENJANG", *JF_JENJANG), "jenjang jabatan fungsional; isinya bukan jenjang JF yang dikenal"),
        # the profession beside a jabatan column (read as the jabatan only without one: FALLBACK)
        **dict.fromkeys(FALLBACK["pegawai"]["jabatan"], "jenis tenaga atau profesi; jabatan dibaca dari kolom jabatan"),
        **UNUSED_DATES,
    },
    "jabatan": {
        # a bare "BUP" (a JF reference list's retirement age); Formulir 1's dated "BUP TH. <tahun>" is read as
        # pensiun_tahun (column_mapping.yearly_retirements)
        "BUP": "batas usia pensiun (BUP) jabatan; dihitung dari jenis dan jenjang jabatan",
        "TIPE OPD": "tipe perangkat daerah (A, B, C); tidak dipakai untuk rencana mutasi",
        # a JF jenjang column whose cells name no jenjang (read into the post's name when they do: JF_JENJANG)
        **dict.fromkeys(JF_JENJANG, "jenjang jabatan fungsional; isinya bukan jenjang JF yang dikenal"),
    },
    # an OPD's mutation-proposal recap (a Laravel LaporanController::exportCsv: "Jenis Usulan" Mutasi/Promosi beside
    # "Jabatan Lama | Jabatan Baru") was offered as "maksud Anda Unit Kerja?" (real30, h38)
    "usulan": dict.fromkeys(
        ("JENIS USULAN", "JENIS MUTASI", "KATEGORI USULAN", "JENIS PERMOHONAN"),
        "jenis usulan (mutasi, promosi, rotasi); tidak dipakai, kelayakan dinilai dari jabatan tujuan",
    ),
}

#: headers known to carry no canonical field: never fuzzy-mapped (``NIP LAMA`` must not
#: become ``nip``; SIASN GUID columns must not become codes)
IGNORED: frozenset[str] = frozenset(
    {
        "NO",
        "NO URUT",
        "NOMOR",
        "NOMOR URUT",
        "NIP LAMA",
        "NIP 9 DIGIT",
        # (read into the name beside a name column: COMPLETING)
        *GELAR_DEPAN,
        *GELAR_BELAKANG,
        "NIK",
        "NPWP NOMOR",
        "NOMOR HP",
        "EMAIL",
        "EMAIL GOV",
        "ALAMAT",
        "BPJS",
        "AGAMA NAMA",
        "TEMPAT LAHIR NAMA",
        "JENIS KAWIN NAMA",
        # marital status (a school staff report's "Status Nikah" was offered as "maksud Anda Status Jabatan … atau Unit
        # Kerja?"; real16, h33)
        "JENIS KAWIN",
        "STATUS KAWIN",
        "STATUS NIKAH",
        "STATUS PERKAWINAN",
        "STATUS PERNIKAHAN",
        "KETERANGAN",
        "KET",
        # a school's teacher list: the subject taught (real14, h32: "maksud Anda 'tugas_belajar'?")
        "MATA PELAJARAN",
        "MAPEL",
        "MATA PELAJARAN DIAMPU",
        "MAPEL DIAMPU",
        "KURANG LEBIH",
        "SELISIH",
        "GOL AWAL NAMA",
        # the roster's dates the plan does not read (TMT golongan, CPNS, PNS …; real14, h32: "maksud Anda
        # 'tanggal_lahir'?"); and a DUK's length of service (h26/real5: "'unit_kerja'?")
        *UNUSED_DATES,
        "MASA KERJA",
        "MASA KERJA THN",
        "MASA KERJA BLN",
        "MASA KERJA TAHUN",
        "MASA KERJA BULAN",
        "MASA KERJA GOLONGAN",
        "MASA KERJA KESELURUHAN",
        "TAHUN LULUS",
        "NAMA SEKOLAH",
        "LOKASI KERJA NAMA",
        "SATUAN KERJA INDUK NAMA",
        # the same without "_nama" (a Laravel app's copy of the export): a satker above the one worked in, neither
        # the OPD nor the instansi (its seeder: induk "Sekretariat Utama" beside instansi "BPS RI"; h27/real7)
        "SATUAN KERJA INDUK",
        # the CPNS import sheet's TMT CPNS (stored as TMT_SK_CPNS; h27/real7), as TMT CPNS above
        "BERLAKU TMT",
        "KPKN NAMA",
        # SIASN rw-skp22's codes of its ratings and predikat (the texts beside them are read)
        "HASIL KINERJA NILAI",
        "PERILAKU KERJA NILAI",
        "KUADRAN KINERJA NILAI",
        "KUADRAN NILAI",
        # a roster's retirement figures, read by their own spellings (``tmt_pensiun``, ``bup`` of "pegawai"), never a
        # fuzzy guess in another table kind; and a person's age, which the tool computes from the birth date
        "TMT PENSIUN",
        "TANGGAL PENSIUN",
        "TGL PENSIUN",
        "BUP",
        "BATAS USIA PENSIUN",
        "USIA PENSIUN",
        "USIA",
        "UMUR",
        # columns of real files that carry no canonical field (tests/fixtures/real/SOURCES.md)
        "JUMLAH LOWONG",
        "LOWONG",
        "KURANG",
        "LEBIH",
        "STATUS",
        "SUMBER ANALISIS",
        "JENIS FORMASI",
        "FORMASI NM",
        "NUPTK",
        "NRG",
        "NO HP",
        "TELEPON",
        "NO KTP",
        "NO REKENING",
        "NOP PBB",
        "PANGKAT",
        "TEMPAT LAHIR",
        "INSTITUSI",
        "GAJI MIN",
        "GAJI MAX",
        "DISABLE",
    }
)


#: the words of a header naming a work team, not a unit of the organisation: "PENEMPATAN / SK Tim Kerja (Baru)" of a
#: BBPMP DUK (its own parser keeps it apart from the work unit), "Tim Kerja", "Penempatan Tim", "Pokja". A team
#: cuts across the structure and is in no peta jabatan: read as the unit it linked nobody (h27/real8)
TEAM_WORDS: frozenset[str] = frozenset({"TIM", "POKJA"})


def is_team(key: str) -> bool:
    """Tell whether a normalised header names a work team (:data:`TEAM_WORDS`), which is never a unit kerja."""
    return not TEAM_WORDS.isdisjoint(key.split())


def normalize_header(text: object) -> str:
    """Return the lookup key of a header: upper case, punctuation and breaks as one space."""
    if text is None:
        return ""
    if isinstance(text, str) and len(text) <= _NORMALIZED_LONGEST:
        return _normalized(text)
    return _NON_ALNUM.sub(" ", str(text).upper()).strip()


#: the longest header text whose key is kept (a header is short; a cell read as one may be a million characters)
_NORMALIZED_LONGEST = 200


@lru_cache(maxsize=1 << 16)
def _normalized(text: str) -> str:
    """:func:`normalize_header` of a short text, kept: a 16,384-column sheet asked for each header's key a dozen times
    (the team, known-unused, code and ignored checks; review14, h34)."""
    return _NON_ALNUM.sub(" ", text.upper()).strip()


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_PAREN = re.compile(r"\(([^)]*)\)|\[([^\]]*)\]")
#: system suffixes that add nothing to the meaning of a column (rumahASN ``nip_master``,
#: SSCASN ``lokasi_nm``, comparison sheets ``nama_siasn``); ``_id`` is NOT one of them: an
#: id column is a code, never the name (see :func:`is_ignored`)
_SUFFIXES = frozenset({"MASTER", "SIASN", "SIMPEG", "SAPK", "NM", "BKN", "LOKAL", "EXPORT"})
_PREFIXES = frozenset({"MASTER", "SIASN", "SIMPEG", "SAPK"})
_ID_NOTES = frozenset({"ID", "KODE", "KD"})


def header_keys(text: object) -> tuple[str, ...]:
    """Return the lookup keys of a header, best first (none for a text longer than a spreadsheet cell, which no
    header is: a CSV's 1.5-million-character cells were each matched whole, 38 s, and kept in the cache; hostile3,
    h31).

    The plain key comes first; then the key without notes in parentheses (``NIP (Wajib)``
    → ``NIP``; ``Tanggal Lahir (YYYY-MM-DD)`` → ``TANGGAL LAHIR``), then both without
    system prefixes/suffixes (``nip_master`` → ``NIP``, ``lokasi_nm`` → ``LOKASI``).
    camelCase is split (``tmtJabatan`` → ``TMT JABATAN``). A note saying the column holds
    ids (``Unit (ID)``) turns the key into an id key, which :func:`is_ignored` skips.
    """
    if text is None or (isinstance(text, str) and len(text) > CELL_MAX):
        return ("",)
    if len(str(text)) > _NORMALIZED_LONGEST:  # (a long text is no header: its keys are worked out, not kept)
        return _header_keys.__wrapped__(text)
    return _header_keys(text)


#: the header texts whose keys are kept: a process reading hostile files one after another kept every distinct
#: text it met (an unbounded cache; hostile15, h34)
_HEADER_KEYS_KEPT = 1 << 14


@lru_cache(maxsize=_HEADER_KEYS_KEPT)
def _header_keys(text: object) -> tuple[str, ...]:
    raw = _CAMEL.sub(" ", str(text))
    notes = [normalize_header(a or b) for a, b in _PAREN.findall(raw)]
    bare = normalize_header(_PAREN.sub(" ", raw))
    if any(n in _ID_NOTES for n in notes) and bare:
        return (bare + " ID",)
    if "%" in raw and bare and not _PERCENT_WORD.match(bare):  # "% Beban Kerja" (a TPP share) is no workload in hours
        return ("PERSEN " + bare,)
    if bare.startswith("RP "):  # "RP Beban Kerja": an amount in rupiah
        return ("RUPIAH " + bare,)
    keys = [normalize_header(raw), bare]
    if _AS_OF.search(bare):  # "JUMLAH PNS KEADAAN SAMPAI DENGAN JANUARI 2026 RIIL": its stable words, not its month
        keys.append(" ".join(_AS_OF.sub(" ", bare).split()))
    basis = _RULE_BASIS.search(bare)
    if basis and basis.start():  # "JABATAN SESUAI KEPMEN 202 TAHUN 2024": the column, not the rule it follows
        keys.append(bare[: basis.start()].strip())
    keys += [joined for key in keys if (joined := _letters_joined(key)) != key]
    for key in list(keys):
        tokens = key.split()
        while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
            tokens = tokens[:-1]
        while len(tokens) > 1 and tokens[0] in _PREFIXES:
            tokens = tokens[1:]
        keys.append(" ".join(tokens))
    words = set(bare.split())
    # "NIP/NIY", "NIP/NUPTK", "NIY/NIP": a school's roster; "NIP/NIP3K": a PPPK's number beside the NIP
    if words & {"NIP", "NIPPPK", "NIP3K"} and words <= _ID_NUMBERS:
        keys.append("NIP")
    if bare and " " not in bare:  # (first: the squashed key is no spelling of anything)
        keys.insert(0, _unsquashed(bare))
    return tuple(dict.fromkeys(k for k in keys if k))


#: three or more letters each standing alone: a word written letter-spaced ("N I P", "N.I.P.", "T M T")
_SPACED_LETTERS = re.compile(r"\b[A-Z](?: [A-Z]\b){2,}")


def _letters_joined(key: str) -> str:
    """A header key with each word written letter-spaced joined up: "N I P" → "NIP", "T M T GOLRUANG" → "TMT
    GOLRUANG" (a staff import template's "N I P", "N I K", an old Kemenag list's "T M T GOLRUANG"; real23, h35). Two
    letters stay apart: "G R" is the golongan/ruang of old printed lists, "L P" the sex."""
    return _SPACED_LETTERS.sub(lambda m: m[0].replace(" ", ""), key)


def _unsquashed(key: str) -> str:
    """The known spelling of a one-word key that is a known header with its spaces lost ("UNORNAMA" → "UNOR NAMA",
    "GOLRUANGAKHIRID" → "GOL RUANG AKHIR ID"): SIASN's camelCase headers upper- or lower-cased (a database that
    upper-cases its column names, an analyst's UPPER) lost the word breaks camelCase gave, and were fuzzy-mapped,
    some to the wrong field (hostile12, h33); "" for any other. The note may open the key as well as close it
    ("id_golongan", "kdSkpd" upper-cased: IDGOLONGAN, KDSKPD): the code beside GOLONGAN, as GOLONGANID is; it was
    fuzzy-mapped to the golongan itself, ahead of the PANGKAT column beside it (review13, h33)."""
    known, words = _squashed_keys(), _one_word_keys()
    if key in known or key in words:  # (a known word is itself: "SKPD" is no "SKP" code)
        return known.get(key, "")
    for note in _ID_NOTES:  # "jenisJabatanId" upper-cased: the code beside "JENIS JABATAN"
        for stem in (key.removesuffix(note), key.removeprefix(note)):
            head = known.get(stem) or (stem if stem in words and len(stem) > 2 else "")
            if stem != key and head:
                return head + " ID"
    return ""


@cache
def _known_keys() -> frozenset[str]:
    keys = {k for kind in ALIASES for k in alias_index(kind)}
    # the columns that complete a field ("jabatanFungsionalNama" upper-cased lost its word breaks: real30's parts
    # were known only in camelCase; the header's letter case changed the mapping)
    parts = {
        normalize_header(s) for table in (PARTS, COMPLETING) for by in table.values() for v in by.values() for s in v
    }
    return frozenset(keys | parts | set(IGNORED) | {k for unused in KNOWN_UNUSED.values() for k in unused})


@cache
def _squashed_keys() -> dict[str, str]:
    """{a known multi-word header key without its spaces: that key}, for the squashed forms only one key has."""
    seen: dict[str, set[str]] = {}
    for key in _known_keys():
        if " " in key:
            seen.setdefault(key.replace(" ", ""), set()).add(key)
    singles = _one_word_keys()
    return {s: next(iter(k)) for s, k in seen.items() if len(k) == 1 and s not in singles}


@cache
def _one_word_keys() -> frozenset[str]:
    return frozenset(k for k in _known_keys() if " " not in k)


_MONTHS = (
    "JANUARI|FEBRUARI|PEBRUARI|MARET|APRIL|MEI|JUNI|JULI|AGUSTUS|SEPTEMBER|OKTOBER|NOPEMBER|NOVEMBER|DESEMBER|"
    "JAN|FEB|PEB|MAR|APR|JUN|JUL|AGU|AGT|AGS|AUG|SEP|SEPT|OKT|OCT|NOP|NOV|DES|DEC"
)
#: the date a count header is "as of" ("KEADAAN SAMPAI DENGAN JANUARI 2026", "PER 31 DESEMBER 2025", "S D 2025"): a
#: month (a day before it or not) and a year, or a year after an as-of word; the header's other words are the stable
#: part a known spelling names (Formulir 1 writes the month of each report; formulir, h30). A year alone or after
#: TAHUN is no as-of date: "PREDIKAT KINERJA 2024" is one of several yearly columns (column_mapping._WITH_YEAR)
_AS_OF = re.compile(
    r"\s*\b(?:(?:KEADAAN|POSISI)\s+)?(?:(?:SAMPAI\s+DENGAN|S\s+D|SD|PER|TMT|BULAN)\s+)?"
    rf"(?:\d{{1,2}}\s+)?(?:{_MONTHS})\s+(?:19|20)\d\d\b"
    r"|\s*\b(?:(?:KEADAAN|POSISI)\s+)?(?:KEADAAN|POSISI|SAMPAI\s+DENGAN|S\s+D|SD|PER)\s+(?:(?:TAHUN|THN|TH)\s+)?"
    r"(?:19|20)\d\d\b"
)

#: the rule a column follows, written after its name ("Jabatan Sesuai Kepmen 202 Tahun 2024" of a Kemnaker balai's peta
#: jabatan export; "Kelas Jabatan Berdasarkan Perbup 12/2022"): a basis word, then a regulation's kind (a number and
#: year may follow). The words before it are the column's name (real17, h33)
_RULE_BASIS = re.compile(
    r"\b(?:SESUAI|BERDASARKAN|MENURUT|BERDASAR|ACUAN)\s+(?:DENGAN\s+)?(?:KEPMEN|PERMEN|KEPMENPAN|PERMENPAN|KEPMENPANRB|"
    r"PERMENPANRB|KEPMENAKER|PERMENAKER|KEPMENKES|PERMENKES|PERMENDAGRI|KEPMENDAGRI|PERATURAN|KEPUTUSAN|PERBUP|PERWALI|"
    r"PERWAKO|PERGUB|PERDA|PERKA|PERBAN|PERPRES|KEPPRES|PP|UU|SK|SOTK|PERMEN\w*|KEPMEN\w*)\b"
)


#: the identity numbers a roster writes in one column beside the NIP ("NIP/NIY": a private school's foundation
#: staff have a NIY; "NIP/NRP", "NIP/NUPTK", "NIP/NIPPPK/NRPTT", "NIP/NIP3K" (NIP3K: a PPPK's number)): a header of these words and NIP is the NIP column
#: (its other rows are excluded with their reason, as any cell that is no NIP)
_ID_NUMBERS = frozenset(
    {
        "NIP",
        "NIPPPK",
        "NIP3K",
        "NI",
        "PPPK",
        "NIY",
        "NIPY",
        "NRP",
        "NUPTK",
        "NIK",
        "NRPTT",
        "NIPTT",
        "NRK",
        "NIDN",
        "NITK",
        "NO",
        "KARPEG",
    }
)


def is_ignored(key: str) -> bool:
    """Tell whether a normalised header is a known non-field column (ids, NIP LAMA, a percentage ...)."""
    if _PERCENT_WORD.match(key):  # kebutuhan, bezetting and workload are counts and hours, never shares
        return True
    return key in IGNORED or key == "ID" or key.endswith(" ID") or (key.startswith("ID ") and " " not in key[3:])


#: a header naming a percentage or an amount of money ("%" and "RP" are written PERSEN and RUPIAH by
#: :func:`header_keys`): kebutuhan, bezetting and workload are counts and hours
_PERCENT_WORD = re.compile(r"^(?:PERSEN|PERSENTASE|PROSENTASE|PRESENTASE|RUPIAH)\b")


@cache
def alias_index(kind: str) -> dict[str, str]:
    """Return ``{normalised alias: field}`` for one table kind (canonical names included)."""
    index: dict[str, str] = {}
    for field, aliases in ALIASES[kind].items():
        for alias in (field, *aliases):
            key = normalize_header(alias.replace("_", " "))
            owner = index.setdefault(key, field)
            if owner != field:
                raise AssertionError(f"alias {alias!r} of {kind} maps to both {owner} and {field}")
    return index


def alias_rank(kind: str) -> dict[str, int]:
    """Return ``{normalised alias: position in its field's alias list}`` (0 = canonical name)."""
    return _alias_ranks(kind)


@cache
def _alias_ranks(kind: str) -> dict[str, int]:
    ranks: dict[str, int] = {}
    for field, aliases in ALIASES[kind].items():
        for rank, alias in enumerate((field, *aliases)):
            ranks.setdefault(normalize_header(alias.replace("_", " ")), rank)
    return ranks


def lookup(kind: str, text: object) -> str | None:
    """Return the canonical field a header spelling means for ``kind``, or ``None``."""
    index = alias_index(kind)
    for key in header_keys(text):
        hit = index.get(key)
        if hit is not None:
            return hit
    return None


#: the normalised headers of a unit's eselon levels ("Unit Kerja Eselon II | III | IV", :data:`UNIT_ESELON_PARTS`)
ESELON_KEYS = frozenset(normalize_header(a) for a in UNIT_ESELON_PARTS)
