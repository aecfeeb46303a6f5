"""Read every real-layout file as a new user would (no options) and say what happened.

Usage: python bench/corpus_real.py [-v]

For each file of tests/fixtures/real/ (see SOURCES.md there) and, when present, the real
SSCASN 2024 formation list under /work/shared/data/, this prints: read OK or refused (and
why), the mapping chosen for the fields that matter, whether that mapping is the right one,
rows accounted for, and false alarms (error/warning findings the file does not deserve).
Totals at the end. The expectations below were written by reading each file by hand.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn_mutasi.errors import AsnMutasiError
from asn_mutasi.findings import Finding, Severity
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_positions, prepare_roster

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "fixtures" / "real"
SSCASN = Path("/work/shared/data/sscasn-2024/sscasn_data.xlsx")


@dataclass
class Case:
    """What a careful analyst expects from one file."""

    file: Path
    kind: str
    #: field -> header that must be chosen for it (None: the field must stay unmapped)
    mapping: dict[str, str | None]
    #: "read" or "refuse"; a refusal names this text in its message
    outcome: str = "read"
    reason: str = ""
    #: finding codes of severity error/warning this file deserves (anything else is a false alarm)
    allowed: frozenset[str] = field(default_factory=frozenset)
    #: data rows a careful reader counts (people or position lines, not footers/signatures)
    rows: int | None = None
    #: Σ kebutuhan of the valid position lines (repeated lines summed, programme rows not)
    kebutuhan: int | None = None
    #: finding codes the file must raise (a history export given as the roster must be named as such)
    required: frozenset[str] = field(default_factory=frozenset)


CASES = [
    Case(
        REAL / "siasn_export_dua_instansi.csv",
        "pegawai",
        {
            "nip": "NIP BARU",
            "nama": "NAMA",
            "jabatan": "JABATAN NAMA",
            "unit_kerja": "UNOR NAMA",
            "golongan": "GOL AKHIR NAMA",
            "status_cpns_pns": "STATUS CPNS PNS",
            "kedudukan_hukum": "KEDUDUKAN HUKUM NAMA",
            "instansi": "INSTANSI KERJA NAMA",
        },
        allowed=frozenset({"kedudukan-tidak-aktif"}),  # one person is on CLTN: the warning is deserved
        rows=6,
    ),
    Case(
        REAL / "siasn_gsheet_toba.csv",
        "pegawai",
        {
            "nip": "NIP BARU",
            "nama": "NAMA",
            "jabatan": "JABATAN NAMA",
            "unit_kerja": "UNOR NAMA",
            "golongan": "GOL AKHIR NAMA",
            "jurusan": "PENDIDIKAN TERAKHIR NAMA",
            "kedudukan_hukum": "KEDUDUKAN HUKUM NAMA",
        },
        rows=4,
    ),
    Case(
        REAL / "master_vs_siasn.csv",
        "pegawai",
        {"nip": "nip_master", "nama": "nama_master", "jabatan": "jabatan_master", "unit_kerja": "opd_master"},
        rows=6,
    ),
    Case(
        REAL / "simpeg_flat_snake.csv",
        "pegawai",
        {
            "nip": "peg_nip",
            "nama": "peg_nama",
            "jabatan": "jabatan_nama",
            "unit_kerja": "satuan_kerja_nama",
            "jenis_jabatan": "jabatan_jenis",
        },
        rows=5,
    ),
    Case(
        REAL / "master_bidang_tanpa_unit.csv",
        "pegawai",
        {"nip": "NIP", "nama": "NAMA", "golongan": "GOL", "jabatan": "JABATAN", "unit_kerja": None},
        allowed=frozenset({"kolom-tidak-ada"}),
        rows=5,
    ),
    Case(
        REAL / "bapas_pk_tab.tsv",
        "pegawai",
        {"nip": "NIP", "nama": "Nama", "jabatan": "Jabatan", "unit_kerja": None},
        allowed=frozenset({"kolom-tidak-ada"}),
        rows=4,
    ),
    Case(
        REAL / "template_import_karyawan.xlsx",
        "pegawai",
        {
            "nip": "NIP",
            "nama": "Nama",
            "tanggal_lahir": "Tgl Lahir",
            "jenis_kelamin": "JK (Laki-laki/Perempuan)",
            "jabatan": None,
            "unit_kerja": None,
        },
        allowed=frozenset({"kolom-tidak-ada"}),
        rows=3,
    ),
    Case(
        REAL / "nominatif_dinas_sosial.xlsx",
        "pegawai",
        {
            "nama": "NAMA / NIP",
            "golongan": "PANGKAT / GOL/RUANG",
            "jabatan": "JABATAN / NAMA",
            "tmt_jabatan": "JABATAN / TMT",
            "pendidikan": "PENDIDIKAN TERAKHIR",
        },
        rows=5,
    ),
    Case(
        REAL / "nominatif_kecamatan.xlsx",
        "pegawai",
        {
            "nama": "NAMA / NIP",
            "golongan": "PANGKAT / GOL",
            "jabatan": "JABATAN",
            "pendidikan": "PENDIDIKAN",
            "jurusan": "JURUSAN",
            "unit_kerja": "baris unit di atas pegawai",  # KANTOR KECAMATAN … / KELURAHAN …, not the title's
            "perangkat_daerah": "baris judul 2",  # the kecamatan of the title: the OPD above the units
        },
        rows=6,
    ),
    Case(
        REAL / "nominatif_satker_semua.xlsx",
        "pegawai",
        {
            "nip": "Nama / NIP",
            "nama": "Nama / NIP",
            "pendidikan": "Pendidikan / Diklat Terakhir",
            "jabatan": "Jabatan",
            "unit_kerja": None,  # "Satuan Kerja : Semua" names no unit
        },
        allowed=frozenset({"kolom-tidak-ada"}),
        rows=6,
    ),
    Case(
        REAL / "lampiran_sk_mutasi.xlsx",
        "pegawai",
        {
            "nip": "NAMA / NIP",
            "nama": "NAMA / NIP",
            "golongan": "PANGKAT/ GOL.RUANG",
            "jabatan": "JABATAN LAMA",
            "unit_kerja": None,
        },
        allowed=frozenset({"kolom-tidak-ada", "kolom-dipetakan-fuzzy"}),
        rows=3,
    ),
    Case(
        REAL / "kepegawaian_psekp.csv",
        "pegawai",
        {"nip": "NIP", "nama": "Nama", "golongan": "Golongan Pegawai Saat Ini", "unit_kerja": "Unit Kerja"},
        rows=4,
    ),
    Case(
        REAL / "sekolah_pppk.xlsx",
        "pegawai",
        {
            "nip": "NIP (Wajib)",
            "nama": "Nama Lengkap (Wajib)",
            "tanggal_lahir": "Tanggal Lahir (YYYY-MM-DD)",
            "jabatan": "Jabatan",
            "status_kepegawaian": "Status Kepegawaian",
        },
        rows=4,
    ),
    Case(
        REAL / "simpega_nominatif_lama.xlsx",
        "pegawai",
        {
            "nip": "NIP",  # the first of two identical "NIP" columns, without a "kolom-ganda" warning
            "nama": "Nama Lengkap(Dengan Gelar)",
            "golongan": "Golongan Pangkat",
            "jabatan": "Jabatan Fungsional",
            "tmt_jabatan": "TMT",  # the third bare "TMT", right of the jabatan
            "pendidikan": "Jenjang Pendidikan",
            "unit_kerja": "Subag/Unit Kerja",
            "tanggal_lahir": "Tanggal Lahir",
            "status_kepegawaian": "Status Pegawai",
        },
        rows=4,
    ),
    Case(
        REAL / "simpega_rekap_pegawai.xlsx",
        "pegawai",
        {
            "nip": "NIP",  # every header and value opens with U+200C, as the export writes it: read without it
            "nama": "Nama Lengkap (Dengan Gelar)",  # the titles tell the education
            "golongan": "Golongan",
            "jabatan": "Jabatan Fungsional",
            "pendidikan": "Jenjang Pendidikan",
            "unit_kerja": "Unit Kerja",
            "status_kepegawaian": "Status Pegawai",
        },
        rows=4,
        # deserved: the (invented) Perawat Terampil at III/a is above Terampil's II/d (groups12, h33)
        allowed=frozenset({"golongan-jenjang-mustahil"}),
    ),
    Case(
        REAL / "simpede_data_pegawai.csv",
        "pegawai",
        {"nip": "nip", "nama": "name", "golongan": "golongan", "jabatan": "jabatan", "unit_kerja": "unit"},
        rows=6,
        # deserved: one person's post is written "Pelaksana", a kind of post naming no post (usulan30, h38)
        allowed=frozenset({"jabatan-tidak-spesifik"}),
        required=frozenset({"jabatan-tidak-spesifik"}),
    ),
    Case(
        REAL / "seeder_pegawai_tendik.csv",
        "pegawai",
        {"nip": "nip", "nama": "nama", "golongan": "golongan", "jabatan": "jabatan", "unit_kerja": None},
        allowed=frozenset({"kolom-tidak-ada"}),
        rows=6,
    ),
    Case(
        REAL / "duk_kemenag.xls",
        "pegawai",
        {
            "nip": "NAMA",  # "NIP lama / NIP baru" on the name's second line: the 18-digit one
            "nama": "NAMA",
            "golongan": "PANGKAT / GOL/ RUANG",
            "jabatan": "JABATAN / NAMA",
            "tmt_jabatan": "JABATAN / T M T",
            "pendidikan": "PENDIDIKAN TERAKHIR / JML JAM",  # the app writes the jenjang under "JML JAM"
            "tanggal_lahir": "TGL LAHIR",
            "tmt_pensiun": "TMT PENSIUN",  # the DUK's own retirement date, compared with the tool's
        },
        allowed=frozenset({"kolom-dipetakan-dari-isi"}),  # deserved: the header says hours, the cells a jenjang
        rows=3,
    ),
    Case(
        REAL / "peta_jabatan_kendal.xlsx",
        "jabatan",
        {
            "nama_jabatan": "NAMA JABATAN",
            "kebutuhan": "KEBUTUHAN",
            "bezetting": "KETERSEDIAAN",
            "kelas_jabatan": "KELAS JABATAN",
            "jenis_jabatan": "JENIS JABATAN",
        },
        rows=5,
    ),
    Case(
        REAL / "kebutuhan_jf_toba.csv",
        "jabatan",
        {
            "nama_jabatan": "JABATAN_NAMA",
            "unit_kerja": "PERANGKAT_DAERAH",
            "kebutuhan": "JUMLAH_KEBUTUHAN",
            "kode_jabatan": "ID_KEBUTUHAN",
        },
        allowed=frozenset({"jabatan-tanpa-syarat-pendidikan"}),
        rows=6,
    ),
    Case(
        REAL / "formasi_opd_berulang.csv",
        "jabatan",
        {
            "nama_jabatan": "SUB JABATAN",
            "unit_kerja": "NAMA OPD",
            "kebutuhan": "KEBUTUHAN",
            "bezetting": "JUMLAH EKSISTING",
        },
        allowed=frozenset({"jabatan-tanpa-syarat-pendidikan"}),
        rows=5,
        kebutuhan=21,
    ),
    Case(
        REAL / "klasifikasi_jabatan_dua_opd.csv",
        "jabatan",
        {
            "nama_jabatan": "jabatan",
            "unit_kerja": "unit_kerja",
            "perangkat_daerah": "perangkat_daerah",
            "kebutuhan": "kebutuhan",
            "bezetting": "bezetting",
            "jenis_jabatan": "kategori_anjab",
        },
        allowed=frozenset({"jabatan-tanpa-syarat-pendidikan"}),
        rows=8,
        kebutuhan=21,  # the two Sekretaris are two positions of 1 (were one of 2, "jabatan-digabung")
    ),
    Case(
        REAL / "kelas_jabatan_unit.csv",
        "jabatan",
        {
            "nama_jabatan": "Nama Jabatan",
            "unit_kerja": "Nama Unit Kerja",
            "kebutuhan": "Jumlah Formasi",
            "bezetting": "Jumlah Eksisting",
        },
        allowed=frozenset({"jabatan-tanpa-syarat-pendidikan"}),
        rows=3,
    ),
    Case(
        REAL / "siasn_profil_pegawai.xlsx",
        "pegawai",
        {
            "nip": "NIP",
            "nama": "NAMA",  # left of the NIP; the NIK beside it is no NIP
            "golongan": "GOL AKHIR",
            "jabatan": "NAMA JABATAN",
            "jenis_jabatan": "JENIS JABATAN",
            "tmt_jabatan": "TMT JABATAN",
            "pendidikan": "TINGKAT PENDIDIKAN",
            "jurusan": "NAMA PENDIDIKAN",
            "unit_kerja": "NAMA UNOR",
            "perangkat_daerah": "UNOR INDUK",
            "status_kepegawaian": "JENIS PEGAWAI",
            "status_cpns_pns": "STATUS CPNS PNS",
        },
        rows=5,
    ),
    Case(
        REAL / "kebutuhan_jabatan_kendal.xlsx",
        "jabatan",
        {
            "nama_jabatan": "NAMA JABATAN",
            "unit_kerja": "NAMA UNIT KERJA",
            "syarat_pendidikan": "KUALIFIKASI PENDIDIKAN",
            "kebutuhan": "ABK",
            "bezetting": "RIIL",
        },
        allowed=frozenset({"sel-wajib-kosong"}),  # deserved: one post's unit is printed "-" (none known)
        rows=7,
        kebutuhan=10,  # the post without a unit (ABK 2) is excluded, not counted in a unit named "-"
    ),
    Case(
        REAL / "rekap_abk_pati.xlsx",
        "jabatan",
        {
            "nama_jabatan": "NAMA JABATAN",
            "unit_kerja": "baris judul 2",  # "DI LINGKUNGAN BADAN KEPEGAWAIAN, …"
            "bezetting": "JUMLAH PEMANGKU JABATAN",
            "kebutuhan": "HASIL ABK",
        },
        rows=5,
        kebutuhan=8,  # the TOTAL row is no post
    ),
    Case(
        REAL / "rekap_abk_sheetjs.xlsx",
        "jabatan",
        {
            "nama_jabatan": "Nama Jabatan",
            "unit_kerja": "baris judul 2",  # "OPD/Unit Kerja: Badan Kepegawaian …"
            "kelas_jabatan": "Kelas Jabatan",
            "jenis_jabatan": "Jenis Jabatan",
            "beban_kerja_jam": "Total Beban Kerja",
            "kebutuhan": "Pembulatan Formasi",  # the app's own rounding, not the fraction "Kebutuhan Pegawai"
        },
        rows=5,
        kebutuhan=8,
    ),
    Case(
        REAL / "peta_jabatan_unit.csv",
        "jabatan",
        {
            "nama_jabatan": "Nama Jabatan",
            "unit_kerja": "baris judul 2",  # "Unit Kerja","UPTD Puskesmas …"
            "kode_jabatan": "Kode",
            "bezetting": "Bezetting",
            "kebutuhan": "Kebutuhan",
        },
        rows=5,
        kebutuhan=11,
    ),
    Case(
        REAL / "abk_tugas_pati.xlsx",
        "abk",
        {
            "uraian_tugas": "URAIAN TUGAS",
            "satuan_hasil": "HASIL KERJA",
            "volume": "JUMLAH HASIL",
            "norma_waktu": "WAKTU PENYELESAIAN (JAM)",  # minutes in truth: the sheet divides by 72,000 (a year)
            "waktu_efektif": "WAKTU EFEKTIF",
            "kebutuhan_tugas": "KEBUTUHAN PEGAWAI",
        },
        rows=12,  # the tahapan; the three tugas pokok rows above them hold no volume
    ),
    Case(
        REAL / "formulir1_kelembagaan.xls",
        "jabatan",
        {
            "nama_jabatan": "UNIT ORGANISASI DAN NAMA JABATAN",
            "unit_kerja": "baris unit di atas jabatan",  # the OPD's heading row ("BADAN …" | "TIPE A")
            "kelas_jabatan": "KELAS JABATAN",
            # each a block of sub-columns per jenis/jenjang: its JUMLAH is the count
            "bezetting": "JUMLAH PNS KEADAAN SAMPAI DENGAN JANUARI 2020/ RIIL / JUMLAH",
            "kebutuhan": "JUMLAH KEBUTUHAN PNS BERDASARKAN ANALISIS BEBAN KERJA/ ABK / JUMLAH",
            # the sub-column each post is counted in (JPT Pratama, Administrator, JF Ahli Muda, JFU …)
            "jenis_jabatan": "subkolom 'JUMLAH PNS KEADAAN SAMPAI DENGAN JANUARI 2020/ RIIL'",
        },
        allowed=frozenset({"jabatan-tanpa-syarat-pendidikan"}),  # the form writes no requirement
        rows=9,  # "Jumlah Seluruhnya" and the form's notes are no posts
        kebutuhan=13,
    ),
    Case(
        REAL / "buku_bezetting_kbb.xlsx",  # the posts' sheet, not the OPD recap before it nor the roster after it
        "jabatan",
        {
            "nama_jabatan": "Nama Jabatan",
            "unit_kerja": "Perangkat Daerah",
            "jenis_jabatan": "Jenis Jabatan",
            "syarat_pendidikan": "Kualifikasi Pendidikan",
            "kebutuhan": "Kebutuhan (ABK)",
            "bezetting": "Total Bezetting Riil",  # PNS + PPPK, beside "Bezetting PNS" and "Bezetting PPPK"
        },
        rows=5,
        kebutuhan=13,
    ),
    Case(
        REAL / "usulan_formasi_jatim.xlsx",
        "jabatan",
        {
            "nama_jabatan": "NAMA JABATAN",  # "Perawat Ahli Pertama - III/a": the golongan is no part of the post
            "unit_kerja": "UNIT KERJA",  # the unit's path up to the OPD, joined by " - "
            "perangkat_daerah": "PERANGKAT DAERAH",
            "jenis_jabatan": "JENIS",
            "syarat_pendidikan": "KUALIFIKASI",  # one accepted education a line ("S-1/Sarjana - S-1 KEPERAWATAN")
            "kebutuhan": "ALOKASI",
            "status_usulan": "STATUS",  # DISETUJUI, MENUNGGU, PERBAIKAN, DITOLAK
        },
        rows=6,
        kebutuhan=10,  # the "TOTAL" written under UNIT KERJA is no post, the DITOLAK request's 3 no need
    ),
]

# round 3 (real3, h31): a college SIMPEG's DUK, a hospital SIMPEG's two exports, a city agency's DUK and PNS list
CASES += [
    Case(
        REAL / "duk_simpeg_app.xlsx",
        "pegawai",
        {
            "nip": "NIP",  # "'" + NIP as the export writes it; an honorer's "'" alone is no NIP
            "nama": "NAMA PEGAWAI",
            "golongan": "GOLONGAN / PANGKAT",  # "III/c - Penata"
            "jabatan": "JABATAN",
            "unit_kerja": "UNIT KERJA",
            "pendidikan": "PENDIDIKAN TERAKHIR",
            "status_kepegawaian": "JENIS PEGAWAI",
            "tmt_jabatan": None,  # "TMT PANGKAT TERAKHIR" dates the pangkat, not the post
        },
        rows=5,  # the honorer is a row (out of scope as no ASN); the REKAPITULASI block is none
    ),
    Case(
        REAL / "pegawai_aktif_rsud.xlsx",
        "pegawai",
        {
            "nip": "NIP BARU",
            "nama": "NAMA",
            "golongan": "GOLONGAN SEKARANG",  # not GOLONGAN MASUK, not GOLONGAN DARAH
            "jabatan": "JABATAN STRUKTURAL",  # with JABATAN FUNGSIONAL as its other part
            "tmt_jabatan": "TMT JABATAN STRUKTURAL",  # with TMT JABATAN FUNGSIONAL, the same way
            "unit_kerja": "UNIT KERJA",
            "pendidikan": "JENJANG DIDIK",
            "jurusan": "JURUSAN",
            "status_kepegawaian": "JENIS PEGAWAI",
            "tanggal_lahir": "TANGGAL LAHIR",
        },
        rows=5,  # the contract nurse without a NIP is a row, out of scope as no ASN
    ),
    Case(
        REAL / "duk_rsud.xlsx",
        "pegawai",
        {
            "nip": "NIP",
            "nama": "Nama",
            "golongan": "Gol. Sekarang",  # not "Gol. CPNS"
            "pendidikan": "Pendidikan terakhir",
            "jabatan": None,
            "unit_kerja": None,
        },
        allowed=frozenset({"kolom-tidak-ada"}),  # a DUK without position and unit: deserved
        rows=3,
    ),
    Case(
        REAL / "duk_samarinda.xlsx",
        "pegawai",
        {
            "nip": "Nama / NIP",
            "nama": "Nama / NIP",
            "golongan": "Pangkat / Gol/Ruang",
            "jabatan": "Jabatan / Nama",
            "eselon": "Jabatan / Nama",  # "(Eselon IIIb)" under the post, in its cell
            "tmt_jabatan": "Jabatan / TMT",
            "pendidikan": "Pendidikan / Tingkat Ijazah",
            "unit_kerja": "baris judul 4",  # "Dinas Perumahan dan Kawasan Permukiman Samarinda"
            "tanggal_lahir": "Usia Tgl/Bln/Thn Lahir",  # "01/01/1975", the NIP's first eight digits
        },
        rows=4,
    ),
    Case(
        REAL / "pns_samarinda.xlsx",
        "pegawai",
        {
            "nip": "NIP",
            "nama": "Nama",
            "golongan": "Golongan",  # "Penata Tingkat 1(III/d)"
            "jabatan": "Jabatan",
            "eselon": "Eselon",
            "unit_kerja": "Bidang",
        },
        rows=5,
    ),
]

# round 6 (real6, h31): the roster sheet after the bezetting workbook's posts, one person with both status columns
CASES += [
    Case(
        REAL / "buku_bezetting_kbb.xlsx",
        "pegawai",
        {
            "nip": "NIP",
            "nama": "Nama Lengkap",
            "status_kepegawaian": "Jenis Pegawai",  # PNS/PPPK, beside "Status Pegawai" (Aktif, Tugas Belajar, CLTN)
            "kedudukan_hukum": "Status Pegawai",
            "unit_kerja": "Sub Unit Kerja",
            "perangkat_daerah": "Unit Kerja (OPD)",
        },
        rows=1,
    ),
]

# round 7 (real7, h31): SIASN data-utama and a pipe-delimited Export Data ASN, Dapodik's GTK list, PPPK paruh waktu
CASES += [
    Case(
        REAL / "siasn_data_utama.csv",
        "pegawai",
        {
            "nip": "nipBaru",
            "nama": "nama",
            "golongan": "golRuangAkhir",  # "III/c" beside golRuangAkhirId "33"
            "jabatan": "jabatanNama",
            "jenis_jabatan": "jenisJabatan",
            "eselon": "eselon",  # "III.a" beside eselonId "31": one fact, no kolom-ganda
            "pendidikan": "tkPendidikanTerakhir",
            "jurusan": "pendidikanTerakhirNama",
            "unit_kerja": "unorNama",
            "perangkat_daerah": "unorIndukNama",  # not satuanKerjaKerjaNama, the government itself
            "instansi": "instansiKerjaNama",
            "kedudukan_hukum": "kedudukanPnsNama",
            "status_kepegawaian": "statusPegawai",
            "tanggal_lahir": "tglLahir",
            "tmt_jabatan": "tmtJabatan",
        },
        rows=4,  # lokasiKerja (a region, beside lokasiKerjaId) is no second unit
    ),
    Case(
        REAL / "siasn_pipa.csv",
        "pegawai",
        {
            "nip": "NIP_BARU",
            "nama": "NAMA",
            "golongan": "GOL_AKHIR_NAMA",
            "jabatan": "JABATAN_NAMA",
            "unit_kerja": "UNOR_NAMA",
            "pendidikan": "TINGKAT_PENDIDIKAN_NAMA",
            "jurusan": "PENDIDIKAN_NAMA",
            "status_cpns_pns": "STATUS_CPNS_PNS",
            "kedudukan_hukum": "KEDUDUKAN_HUKUM_NAMA",
            "instansi": "INSTANSI_KERJA_NAMA",  # SATUAN_KERJA_KERJA_NAMA repeats it: set aside without a word
        },
        rows=4,
    ),
    Case(
        REAL / "dapodik_gtk_guru.xlsx",
        "pegawai",
        {
            "nip": "NIP",  # not NUPTK, not NIK
            "nama": "Nama",
            "golongan": "Pangkat Golongan",
            "jabatan": "Jenis PTK",  # Dapodik has no jabatan: Guru Mapel, Tenaga Administrasi Sekolah
            "status_kepegawaian": "Status Kepegawaian",
            "tanggal_lahir": "Tanggal Lahir",
            "jenis_kelamin": "JK",
            "unit_kerja": "baris judul 2",  # the school, under "Daftar Guru"
        },
        rows=5,  # the honorer without NIP is a row, out of scope as no ASN
    ),
    Case(
        REAL / "pppk_paruh_waktu.xlsx",
        "pegawai",
        {"nip": "NI PPPK PW", "nama": "NAMA", "jabatan": "JABATAN", "unit_kerja": "SEKSI"},
        rows=3,
    ),
]

# SIASN rw-jabatan (one row per history entry, the NIP repeated): read as the riwayat it is, its post from the
# per-jenis columns; given as the roster, its layout is named once with --riwayat (real8, h31)
CASES += [
    Case(
        REAL / "siasn_rw_jabatan.csv",
        "riwayat",
        {
            "nip": "NIP",  # (nipBaru holds the same numbers)
            "jabatan": "namaJabatan",  # completed by jabatanFungsionalNama / jabatanFungsionalUmumNama
            "unit_kerja": "unorNama",  # not namaUnor (the same), not unorIndukNama (the OPD)
            "tmt_mulai": "tmtJabatan",  # not tanggalSk, not tmtPelantikan
            "tmt_selesai": None,  # the export writes the start only
        },
        rows=8,
    ),
    Case(
        REAL / "siasn_rw_jabatan.csv",
        "pegawai",
        {"nip": "NIP", "nama": "Nama"},
        # the wrong table: its repeats and blank structural posts are what it is; "jenjang" (the JF's) read as
        # education is a reader gap of its own (reported, real8 h31)
        allowed=frozenset(
            {
                "pegawai-berisi-riwayat",
                "nip-ganda",
                "nip-ganda-tidak-dibaca",
                "sel-wajib-kosong",
                "pendidikan-tidak-dikenal",
            }
        ),
        required=frozenset({"pegawai-berisi-riwayat"}),
        rows=8,
    ),
]

# SIASN rw-pendidikan and rw-skp (one row per diploma / per year, the NIP repeated) given as the roster: named once
# as the history they are, the level from tkPendidikanNama, not the code beside it (real10, h32)
CASES += [
    Case(
        REAL / "siasn_rw_pendidikan.csv",
        "pegawai",
        {"nip": "NIP", "nama": "Nama", "pendidikan": "tkPendidikanNama", "jurusan": "pendidikanNama"},
        allowed=frozenset({"pegawai-berisi-riwayat", "nip-ganda", "kolom-tidak-ada"}),  # (no post, no unit: true)
        required=frozenset({"pegawai-berisi-riwayat"}),
        rows=8,
    ),
    Case(
        REAL / "siasn_rw_skp.csv",
        "pegawai",
        # penilaiJabatan / penilaiUnorNama / penilaiGolongan are the appraiser's, never the person's
        {"nip": "NIP", "nama": "Nama", "jabatan": None, "unit_kerja": None, "golongan": None},
        allowed=frozenset({"pegawai-berisi-riwayat", "nip-ganda", "kolom-tidak-ada"}),  # (no post, no unit: true)
        required=frozenset({"pegawai-berisi-riwayat"}),
        rows=8,
    ),
]

# a Baperjakat draft of appointments (SIMPEG Kota Bogor): name, NIP and birth date on three lines of one cell, the
# post held now under JABATAN LAMA, the board's signatures in two columns under a closing sentence (real10, h32)
CASES += [
    Case(
        REAL / "draft_pelantikan_bogor.xlsx",
        "pegawai",
        {
            "nip": "NAMA NIP TANGGAL LAHIR",
            "nama": "NAMA NIP TANGGAL LAHIR",
            "tanggal_lahir": "NAMA NIP TANGGAL LAHIR",
            "golongan": "PANGKAT GOL. RUANG",
            "jabatan": "JABATAN LAMA",  # not JABATAN BARU (the post proposed)
            "unit_kerja": None,
        },
        allowed=frozenset({"kolom-tidak-ada", "kolom-dipetakan-fuzzy"}),  # (as the lampiran SK's JABATAN LAMA)
        rows=4,
    ),
]

# SIASN rw-skp22 given as the roster: everyone rated BAIK each year, only the year column tells the rows apart (real11,
# h32)
CASES += [
    Case(
        REAL / "siasn_rw_skp22.csv",
        "pegawai",
        # penilaiJabatanNm / penilaiUnorNm / penilaiGolonganId are the appraiser's, never the person's
        {"nip": "NIP", "nama": "Nama", "predikat_kinerja": "kuadranKinerja", "jabatan": None, "unit_kerja": None},
        allowed=frozenset({"pegawai-berisi-riwayat", "nip-ganda", "kolom-tidak-ada"}),  # (no post, no unit: true)
        required=frozenset({"pegawai-berisi-riwayat"}),
        rows=8,
    ),
]

# a planning agency's staff table from a public MySQL dump: no unit column, the post written "<jabatan> pada <unit>"
# and cut at 50 characters, one sex cell opening with a line break (real11, h32)
CASES += [
    Case(
        REAL / "db_pegawai_pada.csv",
        "pegawai",
        {
            "nip": "nip_pegawai",
            "nama": "nama",
            "tanggal_lahir": "tgl_lahir",
            "jenis_kelamin": "jenis_kelamin",
            "jabatan": "jabatan",
            "unit_kerja": None,  # (the unit is in the post, read when linking: jabatan-pada-unit)
            "tmt_golongan": None,  # kenaikan_pangkat is the next promotion's date, not the TMT
        },
        # no unit column: true; "\r\n   Laki-laki" opens with a carriage return, but a letter follows it: a wrapped
        # cell, not a formula (real16, h33)
        allowed=frozenset({"kolom-tidak-ada"}),
        rows=6,
    ),
    Case(
        REAL / "laporan_unit_satuan.xls",
        "pegawai",
        {
            "nip": "NIK",  # the app heads its NIP column "NIK" (the values are 18-digit NIPs + a white "_")
            "nama": "Nama Pegawai",
            "tanggal_lahir": "Tanggal Lahir",
            "jenis_kelamin": "Jenis Kelamin",
            "jabatan": None,
            "unit_kerja": None,
        },
        # no post or unit column: true; the NIP read from a column not headed NIP is said (and deserved)
        allowed=frozenset({"kolom-tidak-ada", "kolom-nip-dari-isi"}),
        rows=4,
    ),
    Case(
        REAL / "laporan_pegawai_sekolah.xls",
        "pegawai",
        {
            "nip": "NIP",
            "nama": "Nama Lengkap",
            "jenis_kelamin": "Jenis Kelamin",
            "status_kepegawaian": "Status Pegawai",
            "jabatan": "Jenis PTK",
            "golongan": "Golongan",
            "unit_kerja": None,  # one school's list: the school is in no cell
        },
        allowed=frozenset({"kolom-tidak-ada"}),
        rows=5,
    ),
    Case(
        REAL / "duk_pempek.xls",
        "pegawai",
        {
            "nip": "NAMA NIP STATUS PERKAWINAN STATUS PEGAWAI",  # the NIP on the second line of the name's list
            "nama": "NAMA NIP STATUS PERKAWINAN STATUS PEGAWAI",
            "golongan": "PANGKAT / GOL. RUANG TMT",
            "jabatan": "JABATAN / NAMA ESELON TMT",
            "pendidikan": "PENDIDIKAN TERAKHIR / NAMA LULUS TGL, BULAN & TAHUN TINGKAT IJAZAH",
            "unit_kerja": None,  # (the unit path is written after the post, in its cell)
        },
        allowed=frozenset({"kolom-tidak-ada"}),
        rows=4,
    ),
]

# files given as the wrong table: refused, and the refusal names what is missing (no odd suggestions), in words with
# headers read as each field (walk5, h31)
_NIP = "NIP (judul mis. 'NIP', 'NIP BARU', 'NIP 18')"
_NEED = (
    "Kebutuhan (judul mis. 'KEBUTUHAN', 'KEBUTUHAN PEGAWAI', 'JUMLAH KEBUTUHAN') atau "
    "Beban Kerja (jam/tahun) (judul mis. 'BEBAN KERJA JAM', 'BEBAN KERJA', 'JUMLAH BEBAN KERJA')"
)
CASES += [
    Case(
        REAL / "kebutuhan_jf_toba.csv",
        "pegawai",
        {},
        outcome="refuse",
        reason=f"kolom wajib tidak ditemukan: {_NIP}; Nama (judul mis. 'NAMA', 'NAMA PEGAWAI', 'NAMA LENGKAP')",
    ),
    Case(
        REAL / "siasn_gsheet_toba.csv",
        "jabatan",
        {},
        outcome="refuse",
        reason=f"kolom wajib tidak ditemukan: {_NEED}",
    ),
    # a wide ABK table (a block of ABK | Eksisting | Kebutuhan Pegawai per satker): refused, and no one satker's block
    # column offered as the table's need (real6, h31)
    Case(
        REAL / "abk_satker_bps.xlsx",
        "jabatan",
        {},
        outcome="refuse",
        reason=f"kolom wajib tidak ditemukan: Unit Kerja (judul mis. 'UNIT KERJA', 'UNIT', 'UNOR'); {_NEED}",
    ),
    # a list of OPD heads with names but no NIP: the NIP alone is missing ("Nama Pejabat" is the name)
    Case(
        REAL / "kepala_opd_wonosobo.xls",
        "pegawai",
        {},
        outcome="refuse",
        reason=f"kolom wajib tidak ditemukan: {_NIP}",
    ),
]

# a Kemnaker balai's peta jabatan export: no unit but the file name, refused for the unit alone (the post is read under
# "Jabatan Sesuai Kepmen 202 Tahun 2024", not suggested as 'Grade/Kelas Jabatan'; real17, h33)
CASES += [
    Case(
        REAL / "peta_jabatan_asn_balai.xlsx",
        "jabatan",
        {},
        outcome="refuse",
        reason="kolom wajib tidak ditemukan: Unit Kerja (judul mis. 'UNIT KERJA', 'UNIT', 'UNOR')",
    ),
    Case(
        REAL / "template_pegawai_bahasa.xlsx",
        "pegawai",
        {
            "nip": "nip",
            "nama": "nama",
            "jabatan": "jabatan",
            "golongan": "pangkat_golongan",
            "jenis_kelamin": "jenis_kelamin ",
            "unit_kerja": None,
        },
        allowed=frozenset({"kolom-tidak-ada", "kedudukan-tidak-aktif"}),  # no unit column; one person is nonaktif
        rows=5,
    ),
    Case(
        REAL / "pegawai_bpkad_asn_honor.xlsx",
        "pegawai",
        {
            "nip": "NIP",
            "nama": "Nama",
            "golongan": "Golongan",
            "jabatan": "Jabatan",
            "status_kepegawaian": "Status Kepegawaian",
            "unit_kerja": None,
        },
        allowed=frozenset({"kolom-tidak-ada"}),
        rows=5,
    ),
    Case(
        REAL / "nominatif_basarnas.xls",
        "pegawai",
        {
            "nip": "NIP / NRP KARPEG",
            "nama": "NAMA DAN TEMPAT TANGGAL LAHIR",
            "jabatan": "JABATAN TMT ESELON",
            "golongan": "PANGKAT TERAKHIR / GOL. TMT",
            "pendidikan": "PENDIDIKAN TERAKHIR JURUSAN THN LULUS",
        },
        rows=3,  # the first person's second course is a row of their own under their merged cells: no person
    ),
]

# position tables that carry their own Selisih (real18, h33): a staffing-needs monitor's MonitoringExport (one row
# per unit + jabatan, selisih = existing - kebutuhan) and a monthly "Analisa Bezetting" (no unit; "Terisi Saat Ini"
# is its bezetting, selisih = kebutuhan - terisi)
CASES += [
    Case(
        REAL / "monitoring_simonkeb.xlsx",
        "jabatan",
        {
            "instansi": "Instansi",
            "unit_kerja": "Unit Kerja",
            "nama_jabatan": "Jabatan",
            "jenis_jabatan": "Jenis Jabatan",
            "kebutuhan": "Kebutuhan (ABK)",
            "bezetting": "Existing",
        },
        rows=7,
        kebutuhan=14,
    ),
    Case(
        REAL / "analisa_bezetting.xlsx",
        "jabatan",
        {},
        outcome="refuse",
        reason="kolom wajib tidak ditemukan: Unit Kerja (judul mis. 'UNIT KERJA', 'UNIT', 'UNOR')",
    ),
]

# round 20 (real20, h33): formation lists of public apps
CASES += [
    Case(
        REAL / "formasi_cpns_kemenag.xlsx",
        "jabatan",
        {
            "nama_jabatan": "JABATAN",
            "unit_kerja": "UNIT PENEMPATAN",
            "kebutuhan": "JUMLAH",  # the formation's seats; the table counts nothing else
            "syarat_pendidikan": "KUALIFIKASI PENDIDIKAN",  # programmes joined by "/" or " ATAU " in one cell
            "jenis_jabatan": None,  # KELOMPOK is the formation type (UMUM, CUMLAUDE, DISABILITAS), no jenis jabatan
        },
        rows=5,
        kebutuhan=6,
    ),
]

# round 21 (real21, h34): PPPK formation lists written one row per seat
CASES += [
    Case(
        REAL / "formasi_pppk_kemenag.xlsx",
        "jabatan",
        {
            "nama_jabatan": "JABATAN",
            "unit_kerja": "UNIT PENEMPATAN",
            "kebutuhan": "(jumlah baris)",  # no count column: each row is one seat
            "syarat_pendidikan": "KUALIFIKASI PENDIDIKAN",
            "jenis_jabatan": None,  # KATEGORI UNIT (MADRASAH, KUA, SATKER) is the kind of unit, no jenis jabatan
        },
        rows=8,
        kebutuhan=8,
        required=frozenset({"kebutuhan-dari-jumlah-baris"}),
    ),
]

# round 23 (real23, h35): a SIMPEG import sheet heading the golongan "Golru/Pangkat", a Kemenag office's staff list
CASES += [
    Case(
        REAL / "simpeg_impor_golru.xlsx",
        "pegawai",
        {
            "nip": "NIP",
            "nama": "Nama",
            "jabatan": "Jabatan",
            "golongan": "Golru/Pangkat",  # read by its spelling, not guessed as a near spelling (a warning)
            "unit_kerja": "Unit Kerja",
            "eselon": "Eselon",
            "jenis_jabatan": "Jenis Jabatan",
            "pendidikan": "Jenjang",
            "jurusan": "Jurusan",
            "tanggal_lahir": "Tanggal Lahir",
        },
        rows=4,
    ),
    Case(
        REAL / "data_pegawai_kemenag.csv",
        "pegawai",
        {
            "nip": "NIP BARU",  # not NIP LAMA, nor the "'"-opened FORMATTED NIP beside it
            "nama": "NAMA",
            "golongan": "GOLRU",
            "unit_kerja": "SATKER",
            "jabatan": "JABATAN",
            "pendidikan": "PENDIDIKAN TERAKHIR",
            "tanggal_lahir": "TGL LAHIR",
            "tmt_pensiun": "TMT PENSIUN",
        },
        rows=4,
    ),
    Case(
        REAL / "template_datahrd.xlsx",
        "pegawai",
        {
            "nip": "N I P",  # the NIP written letter-spaced: read by its heading, not guessed from its cells
            "nama": "Nama",
            "jenis_kelamin": "JK",
            "tanggal_lahir": "Tanggal Lahir",
            "golongan": "Gol",
            "jabatan": "Jabatan",
            "unit_kerja": "Bidang",  # not the address's Desa/Kelurahan, Kecamatan or Kabupaten
            "status_kepegawaian": "Status",
            "pendidikan": "Pendidikan",
            "jurusan": "Jurusan",
        },
        rows=3,
    ),
    Case(
        REAL / "peta_jabatan_bbpmp.xlsx",
        "jabatan",
        {
            "unit_kerja": "SATUAN KERJA",  # not the ministry above it (UNIT ORGANISASI INDUK)
            "nama_jabatan": "NAMA JABATAN",
            "jenis_jabatan": "JENIS JABATAN",
            "kelas_jabatan": "KELAS JABATAN",
            "bezetting": "JUMLAH PEMANGKU",
            "kebutuhan": "JUMLAH KEBUTUHAN",  # not a year's "Proyeksi Kebutuhan"
        },
        rows=6,
        kebutuhan=21,
    ),
    Case(
        REAL / "duk_pegawai_bbpmp.xlsx",
        "pegawai",
        {
            "nip": "NIP/NIP3K",
            "nama": "NAMA",
            "golongan": "GOL",
            "jabatan": "JABATAN",
            "unit_kerja": "baris judul 1",  # the title's Balai, not a tim kerja
            "pendidikan": "PENDIDIKAN",
            "status_kepegawaian": "STATUS",
        },
        rows=4,
    ),
    Case(
        REAL / "pegawai_bps_varchar.csv",
        "pegawai",
        {
            "nip": "nip",
            "nama": "nama",
            "tanggal_lahir": "tanggallahir",
            "jenis_kelamin": "jenis_kelamin",
            "jabatan": "jabatan",
            "golongan": "namagolongan",  # the golongan's name cut at 20 characters: the golongan whole, read
            "unit_kerja": None,
        },
        allowed=frozenset({"kolom-tidak-ada"}),  # no unit column: true
        rows=5,
    ),
    Case(
        REAL / "duk_mk_gol_ace.xls",
        "pegawai",
        {
            "nip": "NIP",
            "nama": "NAMA / TTL",
            "tanggal_lahir": "NAMA / TTL",  # the date under the name, after the place
            "golongan": "PKT TERAKHIR / GOL/RUANG",
            "jabatan": "JABATAN / NAMA",
            "tmt_jabatan": "JABATAN / TMT",
            "pendidikan": "PEND AKHIR / TK.IJAZAH",
            "unit_kerja": "baris judul 2",  # the <h6> title above the table, its year dropped
        },
        rows=3,
    ),
    Case(
        REAL / "nominatif_pns_papua.xlsx",
        "pegawai",
        {
            "nip": "NIP",
            "nama": "NAMA",
            "tanggal_lahir": "TANGGAL LAHIR",
            "jenis_kelamin": "JENIS KELAMIN / L",  # with "JENIS KELAMIN / P" beside it: the letter in one of them
            "status_kepegawaian": "STATUS KEPEGAWAIAN / CPNS",  # with ".. / PNS": a "V" in one of them
            "golongan": "GOL",
            "jabatan": "JABATAN TERAKHIR",
            "pendidikan": "PENDIDIKAN TERAKHIR",
            "jurusan": "JURUSAN",
            "unit_kerja": "baris judul 2",  # "DILINGKUNGAN INSTANSI <unit>"
        },
        rows=4,
    ),
    Case(
        REAL / "laporan_bulanan_guru.xlsx",
        "pegawai",
        {
            "nip": "NIP BARU",
            "nama": "NAMA",
            "jenis_kelamin": "J.KEL",
            "tanggal_lahir": "TANGGAL LAHIR",
            "status_kepegawaian": "STATUS KEPEGAWAIAN",
            "golongan": "GOLONGAN",
            "pendidikan": "tingkat_ijazah",
            "jurusan": "jurusan",
            "jabatan": None,  # tugas_utama "Guru Mapel" is the teacher's task, not the post
            "unit_kerja": None,  # nomor_pokok_sekolah is the school's NPSN, a code
        },
        allowed=frozenset({"kolom-tidak-ada"}),
        rows=3,
    ),
]

# real public lists beyond SIMPEG templates (real29, h37): a ministry's tugas belajar list whose "Eselon I" names the
# eselon I unit (no eselon), a staff list with "Golongan (V)" for each PPPK, a BPS kecamatan count table
CASES += [
    Case(
        REAL / "tugas_belajar_kkp.csv",
        "pegawai",
        {
            "nip": "NIP",
            "nama": "Nama",
            "pendidikan": "Jenjang Pendidikan",
            "jurusan": "Prodi",
            "eselon": None,  # "Eselon I" holds BRSDM, DJPRL: the unit, no eselon level
            "jabatan": None,
            "unit_kerja": None,
        },
        allowed=frozenset({"kolom-tidak-ada"}),
        rows=5,
    ),
    Case(
        REAL / "pegawai_cdk_kehutanan.csv",
        "pegawai",
        {"nip": "nip", "nama": "nama", "golongan": "pangkat", "jabatan": "jabatan", "unit_kerja": None},
        allowed=frozenset({"kolom-tidak-ada"}),  # no golongan-tidak-dikenal for "Golongan (V)"
        rows=6,
    ),
    Case(
        REAL / "jumlah_pns_kecamatan.csv",
        "pegawai",
        {},
        outcome="refuse",
        # no "maksud Anda 'namakec'?": the kecamatan is no person's name
        reason=f"kolom wajib tidak ditemukan: {_NIP}; Nama (judul mis. 'NAMA', 'NAMA PEGAWAI', 'NAMA LENGKAP')",
    ),
]

# round 30 (real30, h38): a Diskominfo's staff list kept as a JS array, its JF jenjang written before the JF's name
CASES += [
    Case(
        REAL / "pegawai_diskominfo_sbd.csv",
        "pegawai",
        {"nip": "nip", "nama": "nama", "golongan": "golongan", "jabatan": "jabatan", "unit_kerja": None},
        # no unit column; the NI PPPK at III/A is the file's own contradiction; "Fungsional" and "STAF" name no post
        allowed=frozenset({"kolom-tidak-ada", "golongan-beda-jenis-nip", "jabatan-tidak-spesifik"}),
        required=frozenset({"jabatan-tidak-spesifik"}),
        rows=8,
    ),
    Case(
        REAL / "rekap_usulan_opd.csv",
        "usulan",
        {
            "nip": "NIP",
            "nama": "Nama Pegawai",
            "pengusul": "OPD Pengusul",
            "jabatan_sekarang": "Jabatan Lama",
            "nama_jabatan": "Jabatan Baru",
            "tanggal_usulan": "Tanggal Usulan",
            "status_usulan": "Status",
        },
        rows=3,
    ),
    Case(
        REAL / "pegawai_politeknik_seed.csv",
        "pegawai",
        {
            "nip": "nip",
            "nama": "nama",
            "jabatan": "jabatan",
            "golongan": "golongan",
            "unit_kerja": "unitKerja",
            "status_kepegawaian": None,
        },
        # "Pelaksana" and the eselon alone ("Eselon IV A") name no post (real31, h38)
        allowed=frozenset({"jabatan-tidak-spesifik"}),
        required=frozenset({"jabatan-tidak-spesifik"}),
        rows=9,
    ),
    Case(
        REAL / "pegawai_sekolah_appak.csv",
        "pegawai",
        {
            "nip": "nip",
            "nama": "nama",
            "jabatan": "jabatan",
            "golongan": "golongan",
            "unit_kerja": "unit_kerja",
            "tanggal_lahir": "tanggal_lahir",
            "instansi": "instansi",
        },
        # seven rows hold a name and a NIP only; the filled row's birth date is the app's placeholder (real31, h38)
        allowed=frozenset({"sel-wajib-kosong", "nip-tanggal-lahir-beda", "tanggal-tidak-wajar"}),
        required=frozenset({"sel-wajib-kosong"}),
        rows=8,
    ),
    Case(
        REAL / "pegawai_dinsos_kalsel.csv",
        "pegawai",
        {
            "nip": "NIP",
            "nama": "Nama",
            "golongan": "Gol",
            "jabatan": "Jabatan",
            "unit_kerja": "Sub-Jabatan",
        },
        # the blank row is skipped; one head's NIP is empty in the file (real31, h38)
        allowed=frozenset({"sel-wajib-kosong"}),
        required=frozenset({"sel-wajib-kosong"}),
        rows=8,
    ),
]

if SSCASN.exists():
    CASES.append(
        Case(
            SSCASN,
            "jabatan",
            {
                "nama_jabatan": "jabatan_nm",
                "unit_kerja": "lokasi_nm",
                "kebutuhan": "jumlah_formasi",
                "syarat_jurusan": "program_studi",
                "syarat_pendidikan": "jenjang_studi",
                "instansi": "ins_nm",
            },
            allowed=frozenset({"jabatan-tanpa-syarat-pendidikan", "pendidikan-tidak-dikenal"}),
            rows=46101,
            kebutuhan=36865,  # Σ jumlah_formasi over the 10,024 distinct formasi_id
        )
    )


@dataclass
class Outcome:
    read: bool
    correct: bool
    message: str
    mapping: dict[str, str]
    wrong: list[str]
    false_alarms: int
    alarm_codes: dict[str, int]
    rows_seen: int
    rows_expected: int | None
    rows_unaccounted: int


@dataclass
class _TaskRows:
    """The rows of an ABK task sheet, shaped as a prepared table (frame and findings)."""

    frame: Any
    findings: list[Finding]


def _severe(findings: list[Finding], allowed: frozenset[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in findings:
        if f.severity in (Severity.ERROR, Severity.WARNING) and f.code not in allowed:
            out[f.code] = out.get(f.code, 0) + 1
    return out


def run_case(case: Case) -> Outcome:
    try:
        raw = read_table(case.file, case.kind)
    except AsnMutasiError as exc:
        message = str(exc).splitlines()[0]
        # the refusal must say what is missing and suggest nothing that means something else
        correct = case.outcome == "refuse" and message.split(": ", 1)[-1] == case.reason
        return Outcome(False, correct, message, {}, [], 0, {}, 0, case.rows, 0)
    if case.kind == "abk":  # a task sheet: its rows are the tasks with a volume (headings and footers are not)
        table = _TaskRows(raw.frame[raw.frame["volume"].notna()], [])
    elif case.kind == "usulan":  # a mutation-proposal list: its rows as read (the assessment needs the roster)
        table = _TaskRows(raw.frame, [])
    elif case.kind == "riwayat":  # a position history as --riwayat reads it (its own findings: dates, unnamed rows)
        from asn_mutasi.api.inputs import ReadOptions, _read_history

        frame, said = _read_history(case.file, ReadOptions())
        table = _TaskRows(frame, [f for f in said if f not in raw.findings])
    else:
        table = prepare_roster(raw) if case.kind == "pegawai" else prepare_positions(raw)
    mapping = {f: c.header for f, c in raw.columns.items()}
    wrong = []
    for name, header in case.mapping.items():
        got = mapping.get(name)
        if (got or None) != header and not (got and header and got.strip() == header.strip()):
            wrong.append(f"{name}: {got!r} (harus {header!r})")
    findings = list(raw.findings) + table.findings
    alarms = _severe(findings, case.allowed)
    missing = sorted(case.required - {f.code for f in findings})
    wrong += [f"temuan {code} tidak muncul" for code in missing]
    skipped = raw.skipped
    counted = len(table.frame)
    unaccounted = 0 if case.rows is None else max(case.rows - counted, 0)
    note = f"{counted} baris" + (f", dilewati {dict(skipped)}" if skipped else "")
    if case.kebutuhan is not None:
        total = int(table.valid["kebutuhan"].sum())
        note += f", Σ kebutuhan {total}"
        if total != case.kebutuhan:
            wrong.append(f"Σ kebutuhan {total} (harus {case.kebutuhan})")
    correct = case.outcome == "read" and not wrong and not alarms and unaccounted == 0
    return Outcome(True, correct, note, mapping, wrong, sum(alarms.values()), alarms, counted, case.rows, unaccounted)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    totals = {"berkas": 0, "terbaca": 0, "ditolak": 0, "benar": 0, "salah_peta": 0, "alarm_palsu": 0, "baris_hilang": 0}
    for case in CASES:
        out = run_case(case)
        totals["berkas"] += 1
        totals["terbaca" if out.read else "ditolak"] += 1
        totals["benar"] += out.correct
        totals["salah_peta"] += len(out.wrong)
        totals["alarm_palsu"] += out.false_alarms
        totals["baris_hilang"] += out.rows_unaccounted
        status = "BENAR" if out.correct else "SALAH"
        state = "terbaca" if out.read else "ditolak"
        if not out.read:
            print(f"[{status}] {case.file.name} ({case.kind}): {state} — {out.message.split(': ', 1)[-1]}")
            continue
        print(f"[{status}] {case.file.name} ({case.kind}): {state} — {out.message}")
        for w in out.wrong:
            print(f"    peta salah: {w}")
        if out.alarm_codes:
            print(f"    alarm palsu: {out.alarm_codes}")
        if out.rows_unaccounted:
            print(f"    baris tidak terhitung: {out.rows_unaccounted} dari {out.rows_expected}")
        if verbose and out.mapping:
            print("    peta: " + ", ".join(f"{k}←{v!r}" for k, v in out.mapping.items()))
    print(
        "TOTAL: {berkas} berkas, {terbaca} terbaca, {ditolak} ditolak, {benar} benar; "
        "{salah_peta} field salah peta, {alarm_palsu} alarm palsu, {baris_hilang} baris hilang".format(**totals)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
