"""Tests for position/unit name normalisation, jenis jabatan and retirement."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_mutasi.config import Rules
from asn_mutasi.domain.jabatan import (
    classify_jenis_jabatan,
    jenis_from_eselon,
    jenis_with_eselon,
    jenjang_fungsional,
    least_requirement,
    normalize_position_name,
    normalize_unit_name,
    pension_date,
    retirement_age,
    says_managerial,
)
from asn_mutasi.schema import JENIS_JABATAN

RULES = Rules()


@pytest.mark.parametrize(
    ("variants", "key"),
    [
        (
            ["Kasubbag TU", "Kasubag. Tata Usaha", "KEPALA SUB BAGIAN TATA USAHA", "Plt. Kepala Sub-Bagian Tata Usaha"],
            "kepala subbagian tata usaha",
        ),
        (["Kasubbag Umpeg", "Kepala Subbagian Umum & Kepegawaian"], "kepala subbagian umum dan kepegawaian"),
        (["Kabag Organisasi", "Kepala Bagian Organisasi", "Plh. Kabag. Organisasi"], "kepala bagian organisasi"),
        (["Kabid Pelayanan", "Kepala Bidang Pelayanan", "Ka. Bid. Pelayanan"], "kepala bidang pelayanan"),
        (["Kasi Pemerintahan", "Kasie Pemerintahan", "Kepala Seksi Pemerintahan"], "kepala seksi pemerintahan"),
        (["Kasubbid Mutasi", "Kepala Sub Bidang Mutasi", "Kepala Subbid. Mutasi"], "kepala subbidang mutasi"),
        (["Sekdis", "Sekretaris Dinas", "Sek. Dinas"], "sekretaris dinas"),
        (["Kadis", "Kepala Dinas"], "kepala dinas"),
        (["Kaban", "Kepala Badan"], "kepala badan"),
        (["Kapus Sukamaju", "Ka. Puskesmas Sukamaju", "Kepala Puskesmas Sukamaju"], "kepala puskesmas sukamaju"),
        (["Kaur Umum", "Kepala Urusan Umum"], "kepala urusan umum"),
        (
            [
                "Analis Sumber Daya Manusia Aparatur Ahli Muda (Ketua Subkelompok Kepegawaian)",
                "Analis SDM Aparatur Ahli Muda",
                "analis sumber daya manusia aparatur ahli muda [koordinator]",
            ],
            "analis sumber daya manusia aparatur ahli muda",
        ),
        (
            ["JFU Pengadministrasi Umum", "Pengadministrasi Umum", "Jab. Fungsional Umum Pengadministrasi Umum"],
            "pengadministrasi umum",
        ),
        (
            ["JFT Perawat Ahli Pertama", "JF Perawat Ahli Pert.", "Jabatan Fungsional Perawat Ahli Pertama"],
            "perawat ahli pertama",
        ),
        (["Kepala Seksi Kec. Maju", "Kasi Kecamatan Maju"], "kepala seksi kecamatan maju"),
        (["Kel. Sukamaju", "Kelurahan Sukamaju"], "kelurahan sukamaju"),
        (["Ds. Sukamaju", "Desa Sukamaju"], "desa sukamaju"),
        (
            ["Pengelola Adm. Keuangan", "Pengelola Administrasi Keuangan", "Pengelola Admin Keuangan"],
            "pengelola administrasi keuangan",
        ),
        (["Pengatur Tk. I", "Pengatur Tingkat I", "Pengatur Tk I"], "pengatur tingkat i"),
        (["  Penata   Layanan\tOperasional ", "PENATA LAYANAN OPERASIONAL"], "penata layanan operasional"),
        # the older office name and its abbreviation are today's post (the sample's README: "Sekcam" links to
        # KEC005-0002 Sekretaris Kecamatan; it did not, and a held post was counted vacant: walkthrough)
        (["Sekcam", "Sekretaris Camat", "Sekretaris Kecamatan", "Plt. Sekcam"], "sekretaris kecamatan"),
        (
            ["Seklur Sukamaju", "Sekretaris Lurah Sukamaju", "Sekretaris Kelurahan Sukamaju"],
            "sekretaris kelurahan sukamaju",
        ),
    ],
)
def test_position_variants_share_one_key(variants: list[str], key: str) -> None:
    for variant in variants:
        assert normalize_position_name(variant) == key, variant


def test_position_normalisation_edge_cases() -> None:
    assert normalize_position_name("") == ""
    assert normalize_position_name("Plt.") == "plt"  # never empties a name
    assert normalize_position_name("Jabatan Fungsional") == "jabatan fungsional"
    assert normalize_position_name("Guru Kelas (Ahli (Pertama))") == "guru kelas"
    assert normalize_position_name("Guru Kelas (unclosed") == "guru kelas"
    assert normalize_position_name("Guru TK") == "guru tk"  # "TK" without a dot is taman kanak-kanak


@pytest.mark.parametrize(
    ("variants", "key"),
    [
        (["Dinkes", "Dinas Kesehatan"], "dinas kesehatan"),
        (["Disdik Kab. Maju", "Dinas Pendidikan Kabupaten Maju"], "dinas pendidikan kabupaten maju"),
        (
            ["BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"],
            "badan kepegawaian dan pengembangan sumber daya manusia",
        ),
        (["BKD", "Badan Kepegawaian Daerah"], "badan kepegawaian daerah"),
        (["Bappeda", "Badan Perencanaan Pembangunan Daerah"], "badan perencanaan pembangunan daerah"),
        (["Setda | Bag. Organisasi", "Sekretariat Daerah - Bagian Organisasi"], "sekretariat daerah bagian organisasi"),
        (
            ["DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
            "dinas penanaman modal dan pelayanan terpadu satu pintu",
        ),
        (["Diskominfo", "Dinas Kominfo", "Dinas Komunikasi & Informatika"], "dinas komunikasi dan informatika"),
        (["RSUD", "Rumah Sakit Umum Daerah"], "rumah sakit umum daerah"),
        (
            ["UPTD Puskesmas Maju", "Unit Pelaksana Teknis Daerah Puskesmas Maju"],
            "unit pelaksana teknis daerah puskesmas maju",
        ),
        (
            ["Satpol PP", "Satuan Polisi Pamong Praja", "Satuan Polisi Pamong Praja (Satpol PP)"],
            "satuan polisi pamong praja",
        ),
        (
            ["Dukcapil", "Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"],
            "dinas kependudukan dan pencatatan sipil",
        ),
        (["Sek. DPRD", "Setwan", "Sekretariat DPRD"], "sekretariat dewan perwakilan rakyat daerah"),
        (["Prov. Jawa Tengah", "Provinsi Jawa Tengah"], "provinsi jawa tengah"),
        (
            ["DPMD", "Dispermades", "Dinas Pemberdayaan Masyarakat dan Desa"],
            "dinas pemberdayaan masyarakat dan desa",
        ),
        (
            ["DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"],
            "dinas pemberdayaan perempuan dan perlindungan anak",
        ),
        (["Dispusip", "Dinas Perpustakaan dan Kearsipan"], "dinas perpustakaan dan kearsipan"),
        (["Disnakertrans", "Dinas Tenaga Kerja dan Transmigrasi"], "dinas tenaga kerja dan transmigrasi"),
        (["Dinas PUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR"], "dinas pekerjaan umum dan penataan ruang"),
        (
            ["Disperkim", "Dinas Perkim", "Dinas Perumahan dan Kawasan Permukiman"],
            "dinas perumahan dan kawasan permukiman",
        ),
        (["Diskopukm", "Dinas Koperasi, Usaha Kecil dan Menengah"], "dinas koperasi usaha kecil dan menengah"),
        (["Damkar", "Pemadam Kebakaran"], "pemadam kebakaran"),
        (["Satpol-PP", "SatpolPP"], "satuan polisi pamong praja"),
        (["Bakesbangpol", "Kesbangpol"], "badan kesatuan bangsa dan politik"),
        (
            ["Dinkes | Bidang Pelayanan | Seksi Rujukan", "Dinas Kesehatan Bid. Pelayanan Sie Rujukan"],
            "dinas kesehatan bidang pelayanan seksi rujukan",
        ),
    ],
)
def test_unit_variants_share_one_key(variants: list[str], key: str) -> None:
    for variant in variants:
        assert normalize_unit_name(variant) == key, variant


@pytest.mark.parametrize(
    ("nama", "jenis"),
    [
        ("Sekretaris Daerah Provinsi Jawa Tengah", "JPT Madya"),
        ("Sekretaris Daerah", "JPT Pratama"),
        ("Sekda Kabupaten Maju", "JPT Pratama"),
        ("Kepala Dinas Kesehatan", "JPT Pratama"),
        ("Kadis Pendidikan", "JPT Pratama"),
        ("Kepala Badan Kepegawaian Daerah", "JPT Pratama"),
        ("Kasatpol PP", "JPT Pratama"),
        ("Asisten Pemerintahan dan Kesra", "JPT Pratama"),
        ("Staf Ahli Bupati Bidang Hukum", "JPT Pratama"),
        ("Inspektur", "JPT Pratama"),
        ("Plt. Kepala Dinas Sosial", "JPT Pratama"),
        ("Sekretaris Dinas Kesehatan", "Administrator"),
        ("Kepala Bidang Mutasi", "Administrator"),
        ("Kabag Umum", "Administrator"),
        ("Camat Sukamaju", "Administrator"),
        ("Sekretaris Camat", "Administrator"),
        ("Inspektur Pembantu Wilayah II", "Administrator"),
        ("Direktur RSUD", "Administrator"),
        ("Kepala Subbagian Keuangan", "Pengawas"),
        ("Kasi Pelayanan", "Pengawas"),
        ("Kepala Subbidang Mutasi", "Pengawas"),
        ("Lurah Sukamaju", "Pengawas"),
        ("Kepala UPT Puskesmas Maju", "Fungsional"),  # a tenaga kesehatan with an additional task (PP 18/2016)
        ("Kepala Puskesmas Maju", "Fungsional"),
        ("Guru Ahli Pertama", "Fungsional"),
        ("Guru Kelas", "Fungsional"),
        ("Kepala Sekolah SD Negeri 1", "Fungsional"),
        ("Perawat Terampil", "Fungsional"),
        ("Bidan Pelaksana Lanjutan", "Fungsional"),
        ("Dokter Ahli Madya", "Fungsional"),
        ("Apoteker", "Fungsional"),
        ("Arsiparis Mahir", "Fungsional"),
        ("Pranata Komputer Penyelia", "Fungsional"),
        ("Analis Kepegawaian Pertama", "Fungsional"),
        ("Analis SDM Aparatur Ahli Muda (Ketua Subkelompok)", "Fungsional"),
        ("Auditor Madya", "Fungsional"),
        ("Perencana Ahli Muda", "Fungsional"),
        ("Polisi Pamong Praja Terampil", "Fungsional"),
        ("Administrator Kesehatan Ahli Muda", "Fungsional"),
        ("Pengawas Sekolah", "Fungsional"),
        ("Pengadministrasi Umum", "Pelaksana"),
        ("Pengolah Data dan Informasi", "Pelaksana"),
        ("Penata Layanan Operasional", "Pelaksana"),
        ("Operator Layanan Operasional", "Pelaksana"),
        ("JFU Pengadministrasi Umum", "Pelaksana"),
        ("Fungsional Umum", "Pelaksana"),
    ],
)
def test_classify_from_name(nama: str, jenis: str) -> None:
    assert classify_jenis_jabatan(nama) == jenis


@pytest.mark.parametrize(
    ("jenis_text", "nama", "jenis"),
    [
        ("JPT Pratama", "Apa saja", "JPT Pratama"),
        ("Jabatan Pimpinan Tinggi Madya", None, "JPT Madya"),
        ("JPT Utama", None, "JPT Utama"),
        ("Eselon II.b", None, "JPT Pratama"),
        ("II.a", None, "JPT Pratama"),
        ("Eselon I.b", None, "JPT Madya"),
        ("III.a", None, "Administrator"),
        ("IIIb", None, "Administrator"),
        ("IV.a", None, "Pengawas"),
        ("eselon 4 b", None, "Pengawas"),
        ("Eselon V", "Kepala Urusan Umum", "Pelaksana"),  # eselon V is pelaksana (UU 5/2014 Pasal 131 huruf f)
        ("Administrator", "Pengolah Data", "Administrator"),
        ("Pengawas", None, "Pengawas"),
        ("Jabatan Struktural", "Kepala Seksi Pelayanan", "Pengawas"),
        ("Jabatan Struktural", "Sekretaris Dinas", "Administrator"),
        ("Fungsional Tertentu", "Perawat", "Fungsional"),
        ("Jabatan Fungsional", None, "Fungsional"),
        ("JFT", None, "Fungsional"),
        ("Fungsional Umum", "Analis Kepegawaian", "Pelaksana"),
        ("JFU", None, "Pelaksana"),
        ("Jabatan Pelaksana", None, "Pelaksana"),
        ("Pelaksana", None, "Pelaksana"),
        ("tidak jelas", "Kepala Bidang Mutasi", "Administrator"),  # unreadable column → the name
        ("", "Guru Kelas", "Fungsional"),
    ],
)
def test_classify_from_jenis_column(jenis_text: str, nama: str | None, jenis: str) -> None:
    assert classify_jenis_jabatan(nama, jenis_text) == jenis


def test_classify_returns_none_only_without_information() -> None:
    assert classify_jenis_jabatan(None) is None
    assert classify_jenis_jabatan("") is None
    assert classify_jenis_jabatan(None, "Jabatan Struktural") is None


@given(st.text(max_size=40), st.one_of(st.none(), st.text(max_size=20)))
def test_classify_always_canonical(nama: str, jenis_text: str | None) -> None:
    result = classify_jenis_jabatan(nama, jenis_text)
    assert result is None or result in JENIS_JABATAN


@pytest.mark.parametrize(
    ("nama", "jenjang"),
    [
        ("Perawat Ahli Utama", "ahli utama"),
        ("Analis Kebijakan Ahli Madya", "ahli madya"),
        ("Perencana Ahli Muda (Koordinator)", "ahli muda"),
        ("Guru Ahli Pertama", "ahli pertama"),
        ("Arsiparis Penyelia", "penyelia"),
        ("Pranata Komputer Mahir", "mahir"),
        ("Perawat Terampil", "terampil"),
        ("Bidan Pemula", "pemula"),
        ("Asisten Apoteker Pelaksana Lanjutan", "mahir"),
        ("Perawat Pelaksana Pemula", "pemula"),
        ("Auditor Madya", "ahli madya"),
        ("Widyaiswara Utama", "ahli utama"),
        ("JF Perawat Ahli Pert.", "ahli pertama"),
        ("Pengadministrasi Umum", None),
        ("Kepala Dinas", None),
        ("Pembina Utama Muda", None),
        ("", None),
        (None, None),
    ],
)
def test_jenjang_fungsional(nama: str | None, jenjang: str | None) -> None:
    assert jenjang_fungsional(nama) == jenjang


@pytest.mark.parametrize(
    ("jenis", "nama", "bup"),
    [
        ("JPT Pratama", "Kepala Dinas", 60),
        ("JPT Madya", None, 60),
        ("Administrator", "Kepala Bidang", 58),
        ("Pengawas", "Kepala Seksi", 58),
        ("Pelaksana", "Pengadministrasi Umum", 58),
        ("Fungsional", "Dokter Ahli Utama", 65),
        ("Fungsional", "Analis Kebijakan Ahli Madya", 60),
        ("Fungsional", "Perencana Ahli Muda", 58),
        ("Fungsional", "Perawat Terampil", 58),
        ("Fungsional", "Guru Ahli Pertama", 60),
        ("Fungsional", "Kepala Sekolah", 60),
        ("Fungsional", "Guru Ahli Utama", 60),  # UU 14/2005 Pasal 30 ayat 4: a guru retires at 60, any jenjang
        (None, "Kepala Dinas Kesehatan", 60),  # jenis inferred from the name
        (None, "Auditor Ahli Utama", 65),
        (None, None, 58),
        ("Tidak dikenal", None, 58),
        # UU 14/2005 Pasal 67: dosen 65, guru besar (profesor) 70; a dosen was 58 and a profesor a 58 pelaksana
        (None, "Dosen", 65),
        ("Fungsional", "Dosen Lektor Kepala", 65),
        ("Fungsional", "Lektor", 65),
        (None, "Guru Besar", 70),
        (None, "Profesor", 70),
        ("JPT Pratama", "Direktur Politeknik", 60),
    ],
)
def test_retirement_age(jenis: str | None, nama: str | None, bup: int) -> None:
    assert retirement_age(jenis, nama, RULES) == bup


def test_retirement_age_follows_settings() -> None:
    rules = replace(RULES, bup_jpt=61, bup_fungsional_lain=59, bup_guru=62, bup_pelaksana=57)
    assert retirement_age("JPT Pratama", None, rules) == 61
    assert retirement_age("Fungsional", "Perawat Terampil", rules) == 59
    assert retirement_age("Fungsional", "Guru Kelas", rules) == 62
    assert retirement_age(None, None, rules) == 57


@pytest.mark.parametrize(
    ("lahir", "bup", "pensiun"),
    [
        (date(1966, 5, 15), 58, date(2024, 6, 1)),
        (date(1966, 5, 1), 58, date(2024, 6, 1)),
        (date(1966, 5, 31), 58, date(2024, 6, 1)),
        (date(1966, 12, 3), 58, date(2025, 1, 1)),
        (date(1964, 2, 29), 60, date(2024, 3, 1)),
        (date(1964, 2, 29), 58, date(2022, 3, 1)),
    ],
)
def test_pension_date(lahir: date, bup: int, pensiun: date) -> None:
    assert pension_date(lahir, bup) == pensiun


@given(st.dates(min_value=date(1940, 1, 1), max_value=date(2010, 12, 31)), st.integers(min_value=50, max_value=70))
def test_pension_date_is_first_of_month_after_reaching_bup(lahir: date, bup: int) -> None:
    pensiun = pension_date(lahir, bup)
    year = lahir.year + bup
    reached = date(year, lahir.month, min(lahir.day, calendar.monthrange(year, lahir.month)[1]))
    assert pensiun.day == 1
    assert reached < pensiun
    assert (pensiun.year * 12 + pensiun.month) - (reached.year * 12 + reached.month) == 1


# names from official lists (SSCASN 2024 formations, CC0; the DPD RI secretariat's peta jabatan; helper's
# measurement, /tmp/jf19 in the round's closing note): a JF of the catalogue written without its jenjang or in
# the old form, and managerial titles of provinces and BPBD
@pytest.mark.parametrize(
    ("name", "jenis", "jenjang"),
    [
        ("Analis Hukum", "Fungsional", None),
        ("Pekerja Sosial", "Fungsional", None),
        ("Statistisi Pertama", "Fungsional", "ahli pertama"),
        ("Analis Ketahanan Pangan Utama", "Fungsional", "ahli utama"),
        ("Asisten Perpustakaan", "Fungsional", None),
        ("Pengolah Data Statistik", "Pelaksana", None),  # a catalogue word inside a pelaksana name
        ("Pengelola Keuangan", "Pelaksana", None),
        ("Kepala Biro Organisasi", "JPT Pratama", None),
        ("Karo Umum", "JPT Pratama", None),
        ("Kepala Pelaksana BPBD", "JPT Pratama", None),
        ("Kalaksa BPBD", "JPT Pratama", None),
        ("Kepala Pusat Data dan Informasi", "JPT Pratama", None),
        ("Deputi Bidang Persidangan", "JPT Madya", None),
        ("Kepala Balai Benih Induk", "Pengawas", None),  # a kabupaten balai is an UPT (eselon IV.a)
        ("Kepala Balai Besar", "JPT Pratama", None),  # a ministry's Balai Besar (BBPMP): eselon II.b, BUP 60
        ("Kepala Balai Besar Wilayah Sungai Citarum", "JPT Pratama", None),
        ("Kepala Pusat Kesehatan Masyarakat Grabag", "Fungsional", None),  # a puskesmas written out
        ("Sekretaris", "Administrator", None),  # an OPD's secretary as a peta jabatan names it under its Sekretariat
        ("Sekretaris Pimpinan", "Pelaksana", None),
    ],
)
def test_official_names(name: str, jenis: str, jenjang: str | None) -> None:
    assert classify_jenis_jabatan(name) == jenis
    assert jenjang_fungsional(name) == jenjang


@pytest.mark.parametrize(
    ("nama", "jenis", "jenjang", "jf"),
    [
        # SSCASN 2024 formation names: a sibling JF is not the JF whose name it starts with
        ("Pranata Laboratorium Pendidikan Ahli Pertama", "Fungsional", "ahli pertama", "pranata laboratorium pendidikan"),
        ("Pranata Laboratorium Pendidikan Terampil", "Fungsional", "terampil", "pranata laboratorium pendidikan"),
        ("Pranata Laboratorium Terampil", "Fungsional", "terampil", "pranata laboratorium kesehatan"),
        ("Dokter Hewan Karantina Ahli Pertama", "Fungsional", "ahli pertama", "dokter hewan karantina"),
        ("Auditor Manajemen Aparatur Sipil Negara Ahli Pertama", "Fungsional", "ahli pertama",
         "auditor manajemen aparatur sipil negara"),
        ("Auditor Ahli Muda", "Fungsional", "ahli muda", "auditor"),
        # a pelaksana name starting with "Pengawas" is no JF unless the catalogue names it
        ("Pengawas Industri", "Pelaksana", None, None),
        ("Pengawas Jaringan Utilitas", "Pelaksana", None, None),
        ("Pengawas Benih Tanaman", "Fungsional", None, "pengawas benih tanaman"),
        ("Pengawas Sekolah", "Fungsional", None, "pengawas sekolah"),
        ("Pengawas Ketenagakerjaan Ahli Muda", "Fungsional", "ahli muda", "pengawas ketenagakerjaan"),
        # the Pengawas JFs of SSCASN 2024 are in the catalogue: the old keahlian grade still reads (BUP 60, not 58)
        ("Pengawas Kemetrologian Madya", "Fungsional", "ahli madya", "pengawas kemetrologian"),
        ("Pengawas Kemetrologian", "Fungsional", None, "pengawas kemetrologian"),
        ("Pengawas Radiasi Pertama", "Fungsional", "ahli pertama", "pengawas radiasi"),
        # BPOM's one JF, Pengawas Farmasi dan Makanan (SSCASN 2024's name), written after the agency: it was a second
        # catalogue row of its own, so the two names read two JFs (groups21, h35)
        ("Pengawas Obat dan Makanan Ahli Muda", "Fungsional", "ahli muda", "pengawas farmasi dan makanan"),
        # the old keterampilan grade "Pelaksana" after a JF name is Terampil (domain.md §4.1)
        ("Perawat Pelaksana", "Fungsional", "terampil", "perawat"),
        ("Radiografer Pelaksana", "Fungsional", "terampil", "radiografer"),
        ("Ortotis Prostetis Pelaksana", "Fungsional", "terampil", "ortotis prostetis"),
        ("Perawat Pelaksana Lanjutan", "Fungsional", "mahir", "perawat"),
        # ... but not after a JF checked to be of kategori keahlian alone, which has no Terampil or Mahir jenjang
        # (Perencana: PermenPANRB 4/2020; Analis Kebijakan: 45/2013; Medik Veteriner: 52/2012; groups11, h33)
        ("Perencana Pelaksana", "Fungsional", None, "perencana"),
        ("Analis Kebijakan Pelaksana", "Fungsional", None, "analis kebijakan"),
        # (a keahlian JF with a keterampilan counterpart of its own: the grade is the counterpart's, PermenPANRB
        # 53/2012 Paramedik Veteriner Pelaksana Pemula to Penyelia; groups12, h33)
        ("Medik Veteriner Pelaksana Lanjutan", "Fungsional", "mahir", "paramedik veteriner"),
        ("Analis SDM Aparatur Pelaks", "Fungsional", None, "analis sumber daya manusia aparatur"),
        ("Statistisi Pelaksana", "Fungsional", "terampil", "statistisi"),  # both kategori (PermenPANRB 8/2019)
        ("Jabatan Pelaksana", "Pelaksana", None, None),
    ],
)  # fmt: skip
def test_jf_names_from_official_formations(nama: str, jenis: str, jenjang: str | None, jf: str | None) -> None:
    from asn_mutasi.domain.rumpun import find_jf

    assert classify_jenis_jabatan(nama) == jenis
    assert jenjang_fungsional(nama) == jenjang
    assert find_jf(normalize_position_name(nama)) == jf


@pytest.mark.parametrize(
    ("nama", "jenis"),
    [
        ("Kepala BKPPD", "JPT Pratama"),  # Kendal e-formasi: the OPD by its acronym
        ("Kepala BAPPEDA", "JPT Pratama"),
        ("Kepala BPP", "Pelaksana"),  # a Balai Penyuluhan Pertanian (a UPT) is no OPD: left as before
        ("Pengolah Data Mutasi Jabatan Fungsional Dosen", "Pelaksana"),  # e-formasi JA-113, kelas 6
        ("Pengadministrasi Operasional Pemadam Kebakaran (Danru)", "Pelaksana"),
        ("Analis Jabatan Fungsional", "Pelaksana"),
        ("Fungsional Perawat", "Fungsional"),
    ],
)
def test_names_that_mention_another_kind_of_post(nama: str, jenis: str) -> None:
    """h24 real files and spellings: an OPD head by acronym read Pelaksana (BUP 58 for 60); pelaksana names whose
    object is a JF read Fungsional."""
    assert classify_jenis_jabatan(nama) == jenis


@pytest.mark.parametrize(
    ("nama", "bup"),
    [
        ("Pengelola Data Guru", 58),  # a pelaksana whose object is guru (KepmenPANRB 41/2018 "Pengelola Data")
        ("Analis Kepegawaian Guru", 58),  # JF Analis Kepegawaian, not a guru
        ("Pengelola Gaji Guru", 58),
        ("Staf Bidang Guru", 58),
        ("Guru Kelas", 60),
        ("Fungsional Guru", 60),
        ("Tenaga Guru", 60),
        ("Guru Bahasa Inggris Ahli Muda", 60),
        ("Kepala SD Negeri 1", 60),
    ],
)
def test_only_a_guru_post_retires_at_the_guru_bup(nama: str, bup: int) -> None:
    """A name with guru as the object of another post kept the guru's BUP 60 ("Pengelola Data Guru"); UU 14/2005 Pasal
    30 ayat 4 and ThoriqW/SIPEKA's BupCalculator give it to the guru's own post only (peers7, h32)."""
    assert retirement_age(None, nama, RULES) == bup


@pytest.mark.parametrize(
    ("nama", "jenis"),
    [
        ("Pengelola Data Guru", "Pelaksana"),  # the family word is the object of a pelaksana head
        ("Pengelola Gaji Guru", "Pelaksana"),
        ("Staf Bidang Guru", "Pelaksana"),
        ("Operator Data Perawat", "Pelaksana"),
        ("Pengelola Data Bidan", "Pelaksana"),
        ("Verifikator Data Guru", "Pelaksana"),
        ("Pengelola Kepegawaian Dosen", "Pelaksana"),
        ("Analis Kepegawaian Guru", "Fungsional"),  # another JF's head: that JF
        ("Pengelola Pengadaan Barang/Jasa", "Fungsional"),
        ("Guru Bimbingan dan Konseling", "Fungsional"),
        ("Dokter Pendidik Klinis", "Fungsional"),
        ("Perawat Gigi", "Fungsional"),
        ("Pranata Laboratorium Pendidikan", "Fungsional"),
        ("Asisten Apoteker", "Fungsional"),
        ("Asisten Penyuluh Perikanan", "Fungsional"),  # an old JF name
        ("Koordinator Penyuluh Pertanian", "Fungsional"),  # a JF holder's task
        ("Tenaga Guru", "Fungsional"),
    ],
)
def test_a_jf_family_word_counts_only_as_the_posts_head(nama: str, jenis: str) -> None:
    """ "Pengelola Data Guru", "Staf Bidang Guru" read Fungsional (a guru JF) because "guru" stood anywhere in the name:
    the head noun decides; a JF whose name holds another family word stays that JF (groups9, h32)."""
    assert classify_jenis_jabatan(nama) == jenis


@pytest.mark.parametrize(
    ("nama", "jenis", "bup"),
    [
        ("Koordinator Guru", "Fungsional", 60),  # a guru's coordinating task, as "Koordinator Penyuluh Pertanian"
        ("Tenaga Fungsional Guru", "Fungsional", 60),
        ("Tenaga Pendidik Guru", "Fungsional", 60),  # a kind naming its group (UU 20/2003)
        ("Tenaga Kesehatan Perawat", "Fungsional", 58),  # (UU 17/2023)
        ("Tenaga Medis Dokter", "Fungsional", 58),
        ("Pengelola Data Guru", "Pelaksana", 58),
    ],
)
def test_the_words_a_jf_family_may_follow_are_one_list_for_jenis_and_bup(nama: str, jenis: str, bup: int) -> None:
    """ "Koordinator Guru" read Fungsional (guru heads it after a lead word) but BUP 58 (the guru BUP took fewer lead
    words); "Tenaga Kesehatan Perawat" read Pelaksana, "Tenaga Perawat" Fungsional (review10, h32)."""
    assert (classify_jenis_jabatan(nama), retirement_age(None, nama, RULES)) == (jenis, bup)


@pytest.mark.parametrize(
    "nama", ["Wakil Kepala Sekolah", "Wakasek", "Wakil Kepala Madrasah", "Wakil Kepala SMP Negeri 2"]
)
def test_a_school_deputy_head_is_a_guru_with_an_additional_task(nama: str) -> None:
    """A Wakil Kepala Sekolah is a guru's additional task (Permendikbud 15/2018): Fungsional, the guru's BUP 60; it
    read 58 (a JF without jenjang) and "Wakil Kepala Madrasah" Pelaksana (groups9, h32)."""
    assert classify_jenis_jabatan(nama) == "Fungsional"
    assert retirement_age(None, nama, RULES) == RULES.bup_guru


def test_a_pelaksana_about_dosen_retires_as_a_pelaksana() -> None:
    """BUP 65 (a dosen's) for "Pengolah Data Mutasi Jabatan Fungsional Dosen", a pelaksana: 58 (PP 11/2017 Pasal 239).
    A JF whose object is lecturers keeps its own (diff review, h24)."""
    assert retirement_age(None, "Pengolah Data Mutasi Jabatan Fungsional Dosen", RULES) == RULES.bup_pelaksana
    assert retirement_age(None, "Analis Kepegawaian Dosen", RULES) != RULES.bup_dosen
    assert retirement_age(None, "Pengelola Layanan Guru Besar", RULES) != RULES.bup_guru_besar
    assert retirement_age(None, "Lektor Kepala", RULES) == RULES.bup_dosen
    assert classify_jenis_jabatan("Kepala BKPSDM Kabupaten Kendal") == "JPT Pratama"
    assert retirement_age(None, "Dosen Asisten Ahli", RULES) == RULES.bup_dosen
    assert retirement_age(None, "Profesor", RULES) == RULES.bup_guru_besar
    assert retirement_age(None, "Kepala BKPSDM", RULES) == RULES.bup_jpt


def test_a_jenjang_written_before_the_jf_name_links_exactly() -> None:
    """SIMPEG writes "AHLI PERTAMA - PENATA KELOLA PEMILU": it linked by fuzzy match at 100 % with a warning per
    holder (h24 real files, KPU)."""
    assert normalize_position_name("AHLI PERTAMA - PENATA KELOLA PEMILU") == normalize_position_name(
        "Penata Kelola Pemilu Ahli Pertama"
    )
    assert normalize_position_name("Terampil - Pranata Komputer") == "pranata komputer terampil"
    assert normalize_position_name("Ahli Pertama") == "ahli pertama"  # nothing after it: left alone


@pytest.mark.parametrize(
    ("nama", "jenis"),
    [
        ("Perisalah Legislatif", "Fungsional"),  # JFs of PermenPANRB 1/2023 a regional SIMPEG lists (h24)
        ("Penilai Pemerintah", "Fungsional"),
        ("PPUPD", "Fungsional"),  # an abbreviation alone: its JF was found for experience, its jenis was Pelaksana
        ("Sanitarian", "Fungsional"),
        ("Humas", "Pelaksana"),  # a field word alone names no post
        ("Statistik", "Pelaksana"),
    ],
)
def test_jf_catalogue_names_and_abbreviations(nama: str, jenis: str) -> None:
    assert classify_jenis_jabatan(nama) == jenis


@pytest.mark.parametrize(
    ("cell", "jenis"),
    [
        ("II.b", "JPT Pratama"), ("II/b", "JPT Pratama"), ("IIb", "JPT Pratama"), ("2b", "JPT Pratama"),
        ("Eselon II", "JPT Pratama"), ("22", "JPT Pratama"), (22, "JPT Pratama"), ("I.a", "JPT Madya"),
        ("III.a", "Administrator"), ("31", "Administrator"), ("IV.b", "Pengawas"), (4.0, "Pengawas"),
        ("V.a", "Pelaksana"), ("51", "Pelaksana"), ("Non Eselon", None), ("-", None), ("0", None), (None, None),
    ],
)  # fmt: skip
def test_an_eselon_cell_gives_the_jenis_of_its_level(cell: object, jenis: str | None) -> None:
    """SIASN ESELON NAMA / ESELON ID and SIMPEG ESELON were ignored: a Direktur RSUD at II.b read as Administrator
    (BUP 58, a false "already retired" warning; peer campaign h25). UU 5/2014 Pasal 131."""
    assert jenis_from_eselon(cell) == jenis


@pytest.mark.parametrize("eselon", ["V.a", "Eselon V", "5b"])
def test_an_eselon_v_post_is_pelaksana_whatever_its_name(eselon: str) -> None:
    """UU 5/2014 Pasal 131 huruf f: "jabatan eselon V dan fungsional umum setara dengan jabatan pelaksana". Eselon V
    was left to the name, and a school's or UPT's Kepala Subbagian Tata Usaha at V.a read Pengawas: a pelaksana moved
    into it counted as a promotion and the post asked D-III (groups3, h30). Eselon IV keeps Pengawas."""
    name = "Kepala Subbagian Tata Usaha"
    assert classify_jenis_jabatan(name, eselon) == "Pelaksana"
    assert jenis_with_eselon(classify_jenis_jabatan(name), None, jenis_from_eselon(eselon)) == "Pelaksana"
    assert jenis_with_eselon(classify_jenis_jabatan(name), None, jenis_from_eselon("51")) == "Pelaksana"  # SIASN id
    assert classify_jenis_jabatan(name, "IV.a") == "Pengawas"


@pytest.mark.parametrize("code", ["1", "2", "3", "4"])
def test_a_bare_number_in_a_jenis_column_is_a_systems_code_not_an_eselon(code: str) -> None:
    """SIASN JENIS JABATAN ID 2 is fungsional tertentu, a SIMPEG's jabatan_jenis 2 struktural: "2" read as eselon II
    made a Pranata Komputer JPT Pratama (BUP 60; peer campaign h25). The name decides."""
    assert classify_jenis_jabatan("Pranata Komputer Ahli Pertama", code) == "Fungsional"
    assert classify_jenis_jabatan("Analis Kebijakan Ahli Madya", code) == "Fungsional"
    assert classify_jenis_jabatan("Kepala Seksi Pengadaan", code) == "Pengawas"


def test_an_eselon_overrules_the_name_unless_the_jenis_column_says_fungsional() -> None:
    assert jenis_with_eselon("Administrator", "Struktural", "JPT Pratama") == "JPT Pratama"
    assert jenis_with_eselon("Pelaksana", None, "Administrator") == "Administrator"
    assert jenis_with_eselon("Fungsional", "Fungsional Tertentu", "Administrator") == "Fungsional"
    assert jenis_with_eselon("Fungsional", "Struktural", None) == "Fungsional"


@pytest.mark.parametrize(
    ("written", "table"),
    [
        ("SDN 27 Tondong", "SD Negeri 27 Tondong"),
        ("SD NEG. NO. 27 TONDONG", "SD Negeri 27 Tondong"),  # a Sinjai SIMPEG's spelling
        ("UPTD Puskesmas Maliang", "Unit Pelaksana Teknis Dinas Puskesmas Maliang"),  # SSCASN writes both
        ("DINDIKBUD", "Dinas Pendidikan dan Kebudayaan"),
        ("Satpol PP dan Damkar", "Satuan Polisi Pamong Praja dan Pemadam Kebakaran"),
    ],
)
def test_real_unit_spellings_have_the_key_of_the_tables_name(written: str, table: str) -> None:
    """Spelling campaign h25: school short forms, the UPTD spelt out with "Dinas", OPD codes of a real OPD seeder."""
    assert normalize_unit_name(written) == normalize_unit_name(table)


def test_different_schools_keep_apart() -> None:
    assert normalize_unit_name("SDN 2 Tondong") != normalize_unit_name("SD Negeri 27 Tondong")


@pytest.mark.parametrize(
    ("nama", "jenis", "bup"),
    [
        ("Kepala SD Negeri Bobong", "Fungsional", 60),  # a guru with the additional task, as "Kepala Sekolah"
        ("Kepala SMPN 2 Soe", "Fungsional", 60),
        ("Kepala MTs Negeri 1", "Fungsional", 60),
        ("Kasat Pol PP dan Damkar", "JPT Pratama", 60),
        ("Kadindikbud Kabupaten Sukoharjo", "JPT Pratama", 60),
        ("Kadinkes", "JPT Pratama", 60),
        ("Kader Posyandu", "Pelaksana", 58),  # a word that starts with "ka" and names no OPD
        ("Perawat (JFU)", "Pelaksana", 58),  # the table's own mark: a pelaksana awaiting inpassing
        ("Perawat Pelaksana (JFT)", "Fungsional", 58),
        # "(JP)", Jabatan Pelaksana, the mark that replaced JFU: the JF a pelaksana may be inpassed into, then its
        # pelaksana name (a Kemenkes unit's staff table; groups11, h33)
        ("Perencana / Penyusun Program Anggaran dan Pelaporan (JP)", "Pelaksana", 58),
        ("Statistisi (Analis Statistik) (JP)", "Pelaksana", 58),
        ("Analis Kebijakan (Jabatan Pelaksana)", "Pelaksana", 58),
        ("Perencana Ahli Pertama (JF)", "Fungsional", 58),
        ("Pranata Lab. Kes. Madya", "Fungsional", 60),
        ("Penilik Angkutan Laut", "Pelaksana", 58),  # a Kemenhub pelaksana (SSCASN 2024), not the JF Penilik
        ("Penilik Ahli Muda", "Fungsional", 58),
    ],
)
def test_real_position_spellings_get_their_jenis_and_bup(nama: str, jenis: str, bup: int) -> None:
    """Spelling campaign h25: "Kepala SD Negeri Bobong" read Pelaksana (BUP 58, a false "already retired"), heads of
    an OPD by a glued acronym read Pelaksana, a hospital table's "(JFU)" was ignored."""
    assert classify_jenis_jabatan(nama) == jenis
    assert retirement_age(None, nama, Rules()) == bup


@pytest.mark.parametrize(
    ("nama", "jenjang"),
    [
        ("Guru Madya Tk. I", "ahli pertama"),  # Kepmenpan 84/1993: III/b
        ("Guru Dewasa (Tk. I)", "ahli muda"),  # III/d
        ("Guru Dewasa Tk.I Bidang Studi Biologi, pada MAN 1 Jember", "ahli muda"),
        ("Guru Pembina Tk. I, IV/b", "ahli madya"),
        ("Guru Utama Muda", "ahli madya"),  # IV/c: no ahli muda
        ("Guru Madya", "ahli madya"),  # the 2009 name keeps its word
        ("Pranata Lab. Kes. Pertama", "ahli pertama"),
    ],
)
def test_old_grades_get_their_jenjang(nama: str, jenjang: str) -> None:
    assert jenjang_fungsional(nama) == jenjang


def test_a_unit_written_otherwise_is_found_among_the_tables_units_as_the_roster_links_it() -> None:
    """`--kunci` and `nilai` refused "DLHP" and "… Hidup Perikanan" that roster linking read (review, h25)."""
    from asn_mutasi.domain.unit import unit_among

    keys = [
        normalize_unit_name(u) for u in ("Dinas Lingkungan Hidup dan Perikanan", "Dinas Sosial", "Inspektorat Daerah")
    ]
    assert unit_among(normalize_unit_name("DLHP"), keys) == keys[0]
    assert unit_among(normalize_unit_name("Dinas Lingkungan Hidup Perikanan"), keys) == keys[0]
    assert unit_among(normalize_unit_name("Inspektorat"), keys) == keys[2]
    assert unit_among(normalize_unit_name("Dinas"), keys) is None  # two units start with it: no answer
    assert unit_among(normalize_unit_name("BKD"), keys) is None


@pytest.mark.parametrize(
    ("jenis", "nama", "least"),
    [
        ("Fungsional", "Pranata Komputer Ahli Pertama", ("S-1", "III/a")),
        (None, "Analis Kebijakan Ahli Muda", ("S-1", "III/c")),
        ("Fungsional", "Guru Ahli Madya", ("S-1", "IV/a")),
        # a keterampilan jenjang asks the lowest golongan of its range too (PermenPANRB 1/2023; real10, h29)
        ("Fungsional", "Perawat Terampil", ("D-III", "II/b")),
        ("Fungsional", "Arsiparis Pemula", ("SMA", "II/a")),
        ("Fungsional", "Arsiparis Mahir", ("D-III", "III/a")),
        (None, "Pranata Komputer Penyelia", ("D-III", "III/c")),
        ("Administrator", "Kepala Bidang Mutasi", ("S-1", None)),
        ("Pengawas", "Kepala Subbagian Umum", ("D-III", None)),
        ("JPT Pratama", "Kepala Dinas", ("S-1", None)),
        ("Pelaksana", "Pengadministrasi Perkantoran", (None, None)),
        # KepmenPANRB 656/2023 writes the level into the consolidated pelaksana names (walkthrough, h26)
        ("Pelaksana", "Penata Layanan Operasional", ("S-1", None)),
        ("Pelaksana", "Pengelola Layanan Operasional", ("D-III", None)),
        (None, "Operator Layanan Operasional", ("SMA", None)),
        # no jenjang written: its JF's lowest jenjang, a keahlian-only JF's Ahli Pertama (oracle9, h29)
        ("Fungsional", "Pengelola Pengadaan Barang/Jasa", ("S-1", "III/a")),
        ("Pelaksana", "Analis Ahli Pertama Semu", (None, None)),  # a pelaksana's name is not read for a jenjang
    ],
)
def test_the_least_a_post_asks_by_its_jenis_or_jenjang(jenis: str | None, nama: str, least: tuple[object, ...]) -> None:
    """A JF "Ahli Pertama" of a table without requirement columns asked nothing: SMA and D-III holders were layak
    and the plan moved one (h26/real4). PP 11/2017 (as amended) and the JF rules set the least."""
    assert least_requirement(jenis, nama) == least


def test_a_names_key_folds_full_width_letters_accents_and_format_characters() -> None:
    """ "Ｓｅｋｒｅｔａｒｉｓ Ｄａｅｒａｈ" (typed with an IME) and "Sekre<soft hyphen>taris" made other keys than
    "Sekretaris Daerah": the post read vacant (hostile-input campaign, h26)."""
    key = normalize_position_name("Sekretaris Daerah")
    assert normalize_position_name("Ｓｅｋｒｅｔａｒｉｓ Ｄａｅｒａｈ") == key
    assert normalize_position_name("Sekre\u00adtaris Daerah") == key
    assert normalize_unit_name("Dinas Kesehatán") == normalize_unit_name("Dinas Kesehatan")


@pytest.mark.parametrize(
    ("nama", "jf"),
    [
        ("Penata Kelola Pemilu Ahli Pertama", "penata kelola pemilihan umum"),
        ("Analis Pengelolaan Keuangan APBN Ahli Pertama", "analis pengelolaan keuangan apbn"),
        ("Pranata Keuangan APBN Terampil", "pranata keuangan apbn"),
        ("Penata Laksana Barang Terampil", "penata laksana barang"),
    ],
)
def test_jf_names_missing_from_the_catalogue_are_found(nama: str, jf: str) -> None:
    """Real JF names with no catalogue entry: no rumpun and no related experience (real-spellings campaign, h26)."""
    from asn_mutasi.domain.rumpun import classify_position

    assert classify_position(nama).jf == jf


def test_the_secretary_of_a_kpu_and_abbreviated_deputies_are_administrators() -> None:
    assert classify_jenis_jabatan("Wadir Pelayanan") == "Administrator"
    assert classify_jenis_jabatan("Irban I") == "Administrator"
    assert classify_jenis_jabatan("Sekretaris KPU") == "Administrator"
    assert classify_jenis_jabatan("Sekretaris Komisi Pemilihan Umum Kabupaten Hulu Sungai Selatan") == "Administrator"


@pytest.mark.parametrize(
    ("name", "jenjang"),
    [
        ("Perawat Pelaks Lanj.", "mahir"),
        ("Bidan.Pelaks.", "terampil"),
        ("Nutrisionis Peny.", "penyelia"),
        ("Perekam Medis Ter", "terampil"),  # a varchar(45) cut
        ("Pranata Laboratorium Kesehatan Pelaksana Lanj", "mahir"),
        ("Kepala Seksi Ter", None),  # a grade's stem counts only after a JF's name
        ("Pengadministrasi Peny. Program", None),  # Penyusunan (fourth review, h26)
        ("Operator Peny. Air", None),
        ("Kasubbag Peny. Program", None),
    ],
)
def test_abbreviated_old_grades_are_read(name: str, jenjang: str | None) -> None:
    """SIMPEG forms and truncated columns write old grades short: none was read (spell4, h26)."""
    from asn_mutasi.domain.jabatan import jenjang_fungsional

    assert jenjang_fungsional(name) == jenjang


@pytest.mark.parametrize(
    ("name", "jenjang", "bup"),
    [
        ("Pengawas Pemerintahan Pertama", "ahli pertama", 58),
        ("Pengawas Pemerintahan Muda", "ahli muda", 58),
        ("Pengawas Pemerintahan Madya", "ahli madya", 60),
        ("PENGAWAS PEMERINTAHAN UTAMA", "ahli utama", 65),
        ("Pengawas Pemerintahan Madya / Ahli Madya", "ahli madya", 60),
    ],
)
def test_the_old_p2upd_name_is_the_jf_with_its_bup(name: str, jenjang: str, bup: int) -> None:
    """Inspektorat tables write the JF P2UPD as "Pengawas Pemerintahan Madya" beside "Auditor Madya": it read
    Pelaksana with BUP 58 (spell6 P2, h28; PP 11/2017 Pasal 239)."""
    from asn_mutasi.domain.jabatan import jenjang_fungsional
    from asn_mutasi.domain.rumpun import classify_position

    assert classify_jenis_jabatan(name) == "Fungsional"
    assert jenjang_fungsional(name) == jenjang
    assert retirement_age(None, name, Rules()) == bup
    assert classify_position(name).jf == "pengawas penyelenggaraan urusan pemerintahan daerah"


@pytest.mark.parametrize(
    ("name", "jenis"),
    [("Kepala Seksi Pengawasan Pemerintahan", "Pengawas"), ("Inspektur Pembantu Bidang Pemerintahan", "Administrator")],
)
def test_posts_that_merely_mention_pemerintahan_are_not_p2upd(name: str, jenis: str) -> None:
    """Negatives of spell6 P2 (h28)."""
    from asn_mutasi.domain.rumpun import classify_position

    assert classify_jenis_jabatan(name) == jenis
    assert classify_position(name).jf is None


@pytest.mark.parametrize(
    ("nama", "jenis"),
    [("Lektor", "Fungsional"), ("Lektor Kepala", "Fungsional"), ("Asisten Ahli", "Fungsional"),
     ("Profesor", "Fungsional"), ("Lektor Kepala sbg Pembantu Dekan/Ketua Sekolah Tinggi /Dir. Poltek/ Dir.Akademi",
                                  "Fungsional"),
     ("Eselon IV A", "Pengawas"), ("Esl. III/b", "Administrator"),
     # negatives: a Sekda's assistant, a post whose object is lecturers, a head whose name says "eselon" later
     ("Asisten Pemerintahan dan Kesejahteraan Rakyat", "JPT Pratama"), ("Pengolah Data Dosen", "Pelaksana"),
     ("Pengadministrasi Umum", "Pelaksana")],
)  # fmt: skip
def test_a_dosen_jenjang_or_an_eselon_as_the_post_name_is_classified(nama: str, jenis: str) -> None:
    """Politeknik KP Sorong's payroll seed (ppk-asisten pegawai.seed.js; real9, h28): Lektor, Lektor Kepala and Asisten
    Ahli (dosen jenjang, PermenPAN-RB 17/2013; retirement_age already gives them the dosen BUP) and "Eselon IV A"
    (a struktural post at eselon IV.a) were Pelaksana."""
    assert classify_jenis_jabatan(nama) == jenis


@pytest.mark.parametrize(
    ("nama", "jenis"),
    [
        ("Sekretaris Bappeda", "Administrator"),
        ("Sekretaris BKPSDM", "Administrator"),
        ("Sekretaris BKPSDM Kabupaten Kendal", "Administrator"),
        ("Sekretaris BPBD", "Administrator"),
        ("Sekretaris Bapenda", "Administrator"),
        ("Sekretaris Dinkes", "Administrator"),
        ("Sekretaris Disdukcapil", "Administrator"),
        ("Sekretaris Bapperida", "Administrator"),
        ("Sekretaris RSUD", "Administrator"),
        ("Kepala Bapperida", "JPT Pratama"),
        ("Sekwan", "JPT Pratama"),
        ("Plt. Sekwan", "JPT Pratama"),
        # negatives: a secretary's pelaksana post, a faculty task, a kelurahan's secretary, a committee's
        ("Sekretaris Pimpinan", "Pelaksana"),
        ("Sekretaris Direktur", "Pelaksana"),
        ("Sekretaris Komite Medik", "Pelaksana"),
        ("Sekretaris Bappeda Pengolah Data", "Pelaksana"),
        ("Pengadministrasi Sekretariat BKD", "Pelaksana"),
        ("Sekretaris Kelurahan", "Pengawas"),
    ],
)
def test_an_opd_secretary_written_by_the_opd_acronym(nama: str, jenis: str) -> None:
    """(peers3 #2, h28): "Sekretaris <OPD acronym>" read Pelaksana, and rencana moved a surplus Sekretaris BKPSDM
    (IV/a) to Pengadministrasi Perkantoran; peers group it structural III.a (si-kelembagaan 'Sekretaris Bappeda',
    'struktural','III.a'; seeders SEKBAN is_struktural). "Sekwan" (a Bogor SIMPEG's nomenklatur) is the Sekretaris
    DPRD, JPT Pratama, BUP 60 (it read 58, a past pension two years early)."""
    assert classify_jenis_jabatan(nama) == jenis


def test_sekwan_is_the_sekretaris_dprd_post() -> None:
    """(peers3 #2, h28): one post under both names; "Sekwan DPRD" says the DPRD once."""
    sekretaris_dprd = normalize_position_name("Sekretaris DPRD Kab. Bogor")
    assert normalize_position_name("Sekwan DPRD Kab. Bogor") == sekretaris_dprd
    assert normalize_position_name("Sekwan") == normalize_position_name("Sekretaris DPRD")
    assert retirement_age(None, "Sekwan", RULES) == RULES.bup_jpt == 60
    assert retirement_age(None, "Sekretaris Bappeda", RULES) == RULES.bup_pelaksana  # Administrator: 58


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("Dinas Perikanan | Sekretariat", "Sekretariat Dinas Perikanan"),
        ("Dinas Perikanan | SEKRETARIAT", "SEKRETARIAT Dinas Perikanan"),
        (
            "Satuan Polisi Pamong Praja | Bidang Sumber Daya Aparatur",
            "Bidang Sumber Daya Aparatur pada Satuan Polisi Pamong Praja",
        ),
        ("Sekretariat Daerah | Bagian Umum", "Bagian Umum pada Sekretariat Daerah"),
        ("Dinas Kesehatan | Sekretariat DPRD", "Sekretariat DPRD pada Dinas Kesehatan"),  # not the OPD's own
        ("Sekretariat Dinas Sosial", "Sekretariat Dinas Sosial"),  # a unit already named with its OPD
        # the secretariat of an OPD that is a secretariat: the OPD, once (walk5fix2, h28)
        ("Sekretariat Dewan Perwakilan Rakyat Daerah | Sekretariat", "Sekretariat Dewan Perwakilan Rakyat Daerah"),
        ("Sekretariat Daerah | SEKRETARIAT", "Sekretariat Daerah"),
        ("Inspektorat", "Inspektorat"),
        ("", ""),
    ],
)
def test_a_unit_key_is_named_in_words_for_a_decree(key: str, words: str) -> None:
    """A Keputusan printed the unit key "Dinas Perikanan | Sekretariat" (walk5, h28)."""
    from asn_mutasi.domain.jabatan import unit_in_words

    assert unit_in_words(key) == words


def test_a_unit_after_pada_joins_its_opd_without_a_second_pada() -> None:
    """walk5 #9 (h28): "jabatan Penelaah Teknis Kebijakan pada Bidang Sumber Daya Aparatur pada Satuan Polisi
    Pamong Praja" in every letter; a unit with no OPD, or the OPD's secretariat, reads as before."""
    from asn_mutasi.domain.jabatan import unit_in_words

    key = "Satuan Polisi Pamong Praja | Bidang Sumber Daya Aparatur"
    assert unit_in_words(key, after_pada=True) == "Bidang Sumber Daya Aparatur Satuan Polisi Pamong Praja"
    assert unit_in_words(key) == "Bidang Sumber Daya Aparatur pada Satuan Polisi Pamong Praja"  # standalone
    assert unit_in_words("Dinas Perikanan | Sekretariat", after_pada=True) == "Sekretariat Dinas Perikanan"
    assert unit_in_words("Kecamatan Pada Idi", after_pada=True) == "Kecamatan Pada Idi"


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("BUPATI BIAK NUMFOR", "Bupati Biak Numfor"),
        ("WALI KOTA BAUBAU", "Wali Kota Baubau"),
        ("GUBERNUR DKI JAKARTA", "Gubernur DKI Jakarta"),
        ("BUPATI TOLI-TOLI", "Bupati Toli-Toli"),
        ("Bupati Sukamaju", "Bupati Sukamaju"),  # typed for a sentence already: kept
        ("[BUPATI/WALI KOTA]", "[BUPATI/WALI KOTA]"),  # the settings' prompt
    ],
)
def test_an_official_in_capitals_is_written_in_a_sentence_as_a_name(title: str, sentence: str) -> None:
    """walk5 #9 (h28): "berdasarkan Keputusan BUPATI BIAK NUMFOR Nomor ..." in the notification letter."""
    from asn_mutasi.domain.jabatan import title_in_sentence

    assert title_in_sentence(title) == sentence


@pytest.mark.parametrize(
    ("text", "managerial"),
    [
        ("Struktural", True),
        ("Jabatan Struktural", True),
        ("IV.a", True),
        ("Eselon III", True),
        ("Jabatan Pimpinan Tinggi Pratama", True),
        ("Fungsional Umum", False),
        ("Fungsional Tertentu", False),
        ("Non-Eselon", False),
        ("JFT", False),
        ("Pelaksana", False),
        ("", False),
        (None, False),
    ],
)
def test_a_jenis_cell_that_says_the_post_is_managerial(text: str | None, managerial: bool) -> None:
    """The peer SIMPEG's own grouping (Wakatobi data_jabatan: Struktural / Fungsional Tertentu / Fungsional Umum;
    peers4, h29) decides whether a unit-named row is a seat."""
    assert says_managerial(text) is managerial


@pytest.mark.parametrize(
    ("nama", "jenis_text", "jenis"),
    [
        ("Kepala Satuan", "Struktural", "JPT Pratama"),
        ("BIDANG PRASARANA", "Struktural", "Administrator"),
        ("BAGIAN ORGANISASI", "Struktural", "Administrator"),
        ("SEKSI PRASARANA DARAT", "Struktural", "Pengawas"),
        ("SUB BAGIAN HUMAS DAN PROTOKOLER", "Struktural", "Pengawas"),
        ("Subbidang Mutasi", "Jabatan Struktural", "Pengawas"),
        ("Kepala Cabang Dinas", "Struktural", "Administrator"),
        ("Kepala Cabang Dinas Pendidikan Wilayah I", None, "Administrator"),
        # without the word Struktural a unit's name is the unit, not its head; a fungsional column stays fungsional
        ("Bidang Permukiman", None, "Pelaksana"),
        ("Seksi Pelayanan", "Fungsional Umum", "Pelaksana"),
        ("Kepala Satuan", None, "Pelaksana"),
        ("Bidan Pelaksana Lanjutan", "Struktural", "Fungsional"),  # "bidan" is no "bidang"
        ("Sekretaris Dinas", "Struktural", "Administrator"),
    ],
)
def test_a_struktural_post_named_by_its_unit_takes_the_units_level(
    nama: str, jenis_text: str | None, jenis: str
) -> None:
    """A peer SIMPEG files "Kepala Satuan" (Satpol PP, II.b), "BIDANG PERMUKIMAN" (III.b) and "SEKSI PRASARANA DARAT"
    (IV.a) under Struktural; with no ESELON they read Pelaksana, and the Kasatpol PP got BUP 58 for 60 and a false
    pensiun-terlewati (peers4, h29)."""
    assert classify_jenis_jabatan(nama, jenis_text) == jenis


def test_the_struktural_kepala_satuan_retires_at_the_jpt_age() -> None:
    """UU 20/2023 Pasal 55: JPT 60; TMT 01-06-2027 for a head born 10-05-1967, not 2025 (peers4, h29)."""
    assert retirement_age(classify_jenis_jabatan("Kepala Satuan", "Struktural"), "Kepala Satuan", RULES) == 60


@pytest.mark.parametrize(
    ("typo", "spelled"),
    [
        ("Sekertaris", "Sekretaris"),
        ("SEKERTARIS DINAS", "Sekretaris Dinas"),
        ("Sekertaris Kelurahan", "Sekretaris Kelurahan"),
        ("Sekeretaris Daerah", "Sekretaris Daerah"),
    ],
)
def test_a_misspelt_sekretaris_is_the_sekretaris(typo: str, spelled: str) -> None:
    """A kelurahan ref_jabatan writes "Sekertaris" (a very common typo): it read Pelaksana, key "nama|sekertaris", no
    post with "Sekretaris" (spell8 P1, h29)."""
    from asn_mutasi.matching.scoring import jabatan_key

    assert normalize_position_name(typo) == normalize_position_name(spelled)
    assert classify_jenis_jabatan(typo) == classify_jenis_jabatan(spelled) != "Pelaksana"
    assert jabatan_key(typo) == jabatan_key(spelled)


def test_a_misspelt_sekretariat_is_the_same_unit_and_nothing_else_moves() -> None:
    """ "Sekertariat" is the unit "Sekretariat" (spell8, h29); words only near it keep their own spelling."""
    assert normalize_unit_name("Sekertariat Daerah") == normalize_unit_name("Sekretariat Daerah")
    assert normalize_unit_name("SEKERTARIAT DPRD") == normalize_unit_name("Sekretariat DPRD")
    assert normalize_position_name("Kesekretariatan") == "kesekretariatan"
    assert normalize_position_name("Sekretaris Desa") == "sekretaris desa"
    assert classify_jenis_jabatan("Pengadministrasi Kesekertariatan") == "Pelaksana"


@pytest.mark.parametrize(
    ("nama", "jenis", "bup"),
    [
        ("Peneliti Ahli Pertama", "Fungsional", 58),
        ("Peneliti Ahli Muda", "Fungsional", 58),
        ("Peneliti Ahli Madya", "Fungsional", 65),
        ("Peneliti Ahli Utama", "Fungsional", 70),
        ("Perekayasa Ahli Madya", "Fungsional", 65),
        ("Perekayasa Ahli Utama", None, 70),
        ("Peneliti Madya", "Fungsional", 65),  # the old name, before "ahli" was written
        ("Peneliti Utama", "Fungsional", 70),
        # negatives: other JFs of research and innovation keep PP 11/2017 Pasal 239; a pelaksana about research too
        ("Analis Pemanfaatan Ilmu Pengetahuan dan Teknologi Ahli Madya", "Fungsional", 60),
        ("Widyaiswara Ahli Utama", "Fungsional", 65),
        ("Pengelola Data Penelitian", "Pelaksana", 58),
        ("Kepala Bidang Penelitian dan Pengembangan", "Administrator", 58),
    ],
)
def test_peneliti_and_perekayasa_retire_by_the_iptek_law_groups5(nama: str, jenis: str | None, bup: int) -> None:
    """A Peneliti Ahli Madya got BUP 60 and an Ahli Utama 65, so a BRIDA's researchers read as retired years early and
    their seats as vacancies: UU 11/2019 Pasal 53 ayat 1 gives "58 ... ahli pertama dan ahli muda; 65 ... ahli madya; dan
    70 ... ahli utama", and PP 11/2017 Pasal 240 defers to a law's own BUP (groups5 #3, h29)."""
    assert retirement_age(jenis, nama, RULES) == bup
    if bup == 65 and nama.startswith("Peneliti Ahli"):
        assert pension_date(date(1964, 3, 5), retirement_age(jenis, nama, RULES)) == date(2029, 4, 1)


def test_the_jenjang_words_are_the_words_of_the_jenjang_names() -> None:
    """One list of jenjang words, read by the position-name rules and the linker (re-read, h29: the linker had its
    own copy)."""
    from asn_mutasi.domain.jabatan import JENJANG_KEAHLIAN, JENJANG_KETERAMPILAN, JENJANG_WORDS

    assert {w for name in (*JENJANG_KEAHLIAN, *JENJANG_KETERAMPILAN) for w in name.split()} == JENJANG_WORDS


@pytest.mark.parametrize(
    "name",
    ["Kepala Puskesmas Cikalong", "Kapus Sukamaju", "Kepala UPTD Puskesmas Maliang", "Kepala UPT Puskesmas Sukamaju",
     "Kepala Pusat Kesehatan Masyarakat Grabag", "Kepala Puskesmas Pembantu Cikalong", "Kepala Pustu Sukamaju",
     "KEPALA PUSTU"],
)  # fmt: skip
def test_a_puskesmas_head_is_a_tenaga_kesehatan_with_an_additional_task(name: str) -> None:
    """PP 18/2016 Pasal 95 ayat 9: the head of a UPT that is a puskesmas is a JF tenaga kesehatan given an additional
    task (Permenkes 43/2019, 19/2024). By its name alone it read Pengawas (eselon IV), like a Kepala Seksi; a table
    that says Struktural, Pengawas or an eselon (a region that kept it structural) still wins (groups6, h31). The
    head of a Puskesmas Pembantu (Pustu, a jaringan pelayanan of the puskesmas, Permenkes 43/2019) is a perawat or
    bidan with the task, no eselon: "Kepala Pustu" read Pelaksana while the name written out read so (groups7, h32)."""
    assert classify_jenis_jabatan(name) == "Fungsional"
    assert classify_jenis_jabatan(name, "Struktural") == "Pengawas"
    assert classify_jenis_jabatan(name, "Pengawas") == "Pengawas"
    assert classify_jenis_jabatan(name, "IV.a") == "Pengawas"
    assert jenis_with_eselon(classify_jenis_jabatan(name), None, jenis_from_eselon("IV.a")) == "Pengawas"
    assert jenis_with_eselon(classify_jenis_jabatan(name), "Jabatan Fungsional", jenis_from_eselon("IV.a")) == (
        "Fungsional"
    )


@pytest.mark.parametrize(
    ("name", "jenis"),
    [
        ("Kepala Subbagian Tata Usaha Puskesmas Cikalong", "Pengawas"),  # the puskesmas's structural post
        ("Direktur RSUD Sukamaju", "Administrator"),  # PP 72/2019: a hospital is no UPT, its director structural
        # the same director under the title some Perda gave a class C/D RSUD's head: read Pelaksana (groups7, h32)
        ("Kepala RSUD Sukamaju", "Administrator"),
        ("Kepala Rumah Sakit Umum Daerah", "Administrator"),
        ("Kepala UPT Pengelolaan Sampah", "Pengawas"),  # another UPT's head stays structural
    ],
)
def test_other_heads_near_a_puskesmas_stay_structural(name: str, jenis: str) -> None:
    assert classify_jenis_jabatan(name) == jenis


def test_a_puskesmas_head_who_writes_his_jf_retires_at_its_bup() -> None:
    """ "Kepala Puskesmas / Dokter Gigi Ahli Madya" read Pengawas, BUP 58: the holder is a dokter gigi ahli madya,
    BUP 60 (PP 11/2017 Pasal 239); unwritten, a JF of unread jenjang keeps 58 (groups6, h31)."""
    assert retirement_age(None, "Kepala Puskesmas / Dokter Gigi Ahli Madya", Rules()) == 60
    assert retirement_age(None, "Kepala Puskesmas Cikalong", Rules()) == 58


@pytest.mark.parametrize(
    ("nama", "bup"),
    [
        ("Kepala Puskesmas (Dokter Ahli Madya)", 60),
        ("Kepala UPTD Puskesmas Cikalong (Dokter Gigi Ahli Utama)", 65),
        ("Kepala Sekolah (Guru Ahli Utama)", 60),  # a guru: 60 whatever the jenjang (UU 14/2005 Pasal 30 ayat 4)
        ("Kepala Puskesmas (Plt.)", 58),  # no JF written: a JF of unread jenjang
        ("Analis Kebijakan Ahli Muda (Kepala Puskesmas Ahli Madya)", 58),  # no head: the name's own jenjang
    ],
)
def test_a_head_held_as_an_additional_task_retires_at_the_bup_of_the_jf_it_writes(nama: str, bup: int) -> None:
    """The holder's own JF in parentheses after the head ("Kepala Puskesmas (Dokter Ahli Madya)") was dropped as a
    role, and the head retired at 58 (groups6, h31)."""
    assert retirement_age(None, nama, Rules()) == bup
