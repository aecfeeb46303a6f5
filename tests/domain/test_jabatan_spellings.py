"""Position names as real rosters write them: a kind with the name in brackets, heads of offices, short forms
(spell9, real11; h29)."""

from __future__ import annotations

import numpy as np
import pytest

from asn_mutasi.domain.jabatan import (
    acting_seat,
    classify_jenis_jabatan,
    held_acting,
    jenjang_fungsional,
    least_requirement,
    normalize_position_name,
    normalize_unit_name,
    office_head_without_level,
    post_jenjang,
)
from asn_mutasi.domain.rumpun import classify_position
from asn_mutasi.matching.scoring import jabatan_key, same_jabatan
from asn_mutasi.validation import prepare_roster
from tests.test_validation import GOOD_NIP_F, person, raw_table


@pytest.mark.parametrize(
    ("written", "key", "jenis"),
    [
        ("FUNGSIONAL(Perencana Pertama)", "perencana pertama", "Fungsional"),
        ("FUNGSIONAL(Pengadministrasi umum)", "pengadministrasi umum", "Pelaksana"),
        ("FUNGSIONAL(Bendahara Penerima)", "bendahara penerima", "Pelaksana"),
        ("Fungsional Umum (Pengadministrasi Umum)", "pengadministrasi umum", "Pelaksana"),
        ("Pelaksana (Pengadministrasi Umum)", "pengadministrasi umum", "Pelaksana"),
        ("JFU (Perawat)", "perawat", "Pelaksana"),  # the kind says it: a pelaksana awaiting inpassing
        ("JFT (Perawat Terampil)", "perawat terampil", "Fungsional"),
        ("Fungsional (Pranata Komputer Ahli Pertama)", "pranata komputer ahli pertama", "Fungsional"),
    ],
)
def test_a_kind_with_the_name_in_brackets_is_the_name(written: str, key: str, jenis: str) -> None:
    """A Balai roster's "FUNGSIONAL(Perencana Pertama)", "FUNGSIONAL(Pengadministrasi umum)" (1375695643) were all
    keyed "fungsional" (one jabatan for the PPPK rule) and the pelaksana read Fungsional (spell9 D2, h29)."""
    assert normalize_position_name(written) == key
    assert classify_jenis_jabatan(written) == jenis


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Staf (Subbag Umum)", "staf"),  # a unit in the brackets
        ("Staf (Dinkes)", "staf"),
        ("Fungsional (Ahli Pertama)", "fungsional"),  # a jenjang alone
        ("Pelaksana (Plt.)", "pelaksana"),
        ("Perawat (JFU)", "perawat"),  # the name outside, the kind inside
        ("Kepala Pelaksana (BPBD)", "kepala pelaksana"),  # no kind word: a post of its own
        (
            "Analis SDM Aparatur Ahli Muda (Ketua Subkelompok Kepegawaian)",
            "analis sumber daya manusia aparatur ahli muda",
        ),
        ("Fungsional (Perawat) Puskesmas X", "fungsional puskesmas x"),  # words after the brackets: left as before
    ],
)
def test_brackets_after_a_kind_that_hold_no_post_name_are_dropped_as_before(written: str, key: str) -> None:
    """Negatives of the kind-with-brackets reading (spell9 D2, h29)."""
    assert normalize_position_name(written) == key


def test_posts_written_as_a_kind_with_brackets_are_not_one_jabatan() -> None:
    """ "FUNGSIONAL(Perencana Pertama)" and "FUNGSIONAL(Bendahara Penerima)" were one jabatan (relatedness 3): a PPPK
    could change post freely between them (spell9 D2, h29, all 3 false positives of its pair set)."""
    own = np.asarray(
        [jabatan_key("FUNGSIONAL(Pengadministrasi umum)")] * 2 + [jabatan_key("FUNGSIONAL(Perencana Pertama)")]
    )
    target = np.asarray(
        [
            jabatan_key(n)
            for n in ("FUNGSIONAL(Bendahara Penerima)", "Pengadministrasi Perkantoran", "Perencana Ahli Pertama")
        ]
    )
    assert same_jabatan(own, target).tolist() == [False, True, True]


@pytest.mark.parametrize(
    "written",
    [
        "Kepala",
        "Kepala BPS Kabupaten",
        "Kepala Badan Pusat Statistik Kabupaten Tapin",
        "Kepala BPS Provinsi Kalimantan Selatan",
        "Kepala Perwakilan BKKBN Provinsi Sulawesi Tenggara",
    ],
)
def test_the_head_of_an_office_of_no_level_is_named_not_a_jpt_of_a_pemda(written: str) -> None:
    """A BPS Kabupaten roster's bare "Kepala" (IV/b; laravelwebdev/simpede) and the heads of instansi-vertikal offices
    read Pelaksana with no word, and "Kepala Badan Pusat Statistik Kabupaten Tapin" read JPT Pratama as a pemda's
    kepala badan (real11 #3, h29): their level is their agency's to set, so they are named."""
    assert office_head_without_level(written)
    assert classify_jenis_jabatan(written) not in ("JPT Pratama", "JPT Madya")


@pytest.mark.parametrize(
    ("written", "jenis"),
    [
        ("Kepala Badan Kepegawaian Daerah", "JPT Pratama"),
        ("Kepala BKPSDM Kabupaten Kendal", "JPT Pratama"),
        ("Kepala Bidang Statistik", "Administrator"),
        ("Kepala Seksi Statistik Sosial", "Pengawas"),
        ("Kepala Pusat Kesehatan Masyarakat", "Fungsional"),  # a tenaga kesehatan with an additional task
        ("Kepala Kantor Pertanahan", "Administrator"),
        ("Statistisi Ahli Pertama", "Fungsional"),
    ],
)
def test_heads_whose_name_gives_the_level_are_read_as_before(written: str, jenis: str) -> None:
    """Negatives of the office heads of no level (real11 #3, h29)."""
    assert not office_head_without_level(written)
    assert classify_jenis_jabatan(written) == jenis


def test_a_roster_names_a_bare_kepala_with_no_jenis_column() -> None:
    """`periksa` of the BPS Kabupaten roster: the unit's "Kepala" gets `jenis-struktural-tanpa-tingkat`, no other
    row does (real11 #3, h29)."""
    rows = [
        person(jabatan="Kepala", unit_kerja="BPS Kabupaten"),
        person(nip=GOOD_NIP_F, jabatan="Statistisi Ahli Pertama", unit_kerja="Fungsi Statistik Sosial"),
    ]
    roster = prepare_roster(raw_table("pegawai", rows))
    found = [f for f in roster.findings if f.code == "jenis-struktural-tanpa-tingkat"]
    assert [(f.location.value, f.location.row) for f in found] == [("Kepala", 5)]


@pytest.mark.parametrize(
    ("written", "jenjang"),
    [
        ("Pranata Labkes Pertama", "ahli pertama"),
        ("Pranata Labkes Mahir", "mahir"),
        ("Pranata Labkes Penyelia", "penyelia"),
        ("PLK Penyelia/ ATLM", "penyelia"),
        ("PLK Terampil", "terampil"),
        ("ATLM Terampil", "terampil"),
        ("Ahli Teknologi Laboratorium Medik Ahli Pertama", "ahli pertama"),
    ],
)
def test_pranata_labkes_plk_and_atlm_are_the_jf_pranata_laboratorium_kesehatan(written: str, jenjang: str) -> None:
    """Dinkes/RS rosters' "Pranata Labkes Mahir" (34751203484, 69458790098; a SIMPEG's constants "Pranata Labkes
    Pertama … Penyelia", 6158277717) and a puskesmas list's "PLK Penyelia/ ATLM" (44671349248) read no JF: the post
    showed bezetting 0 and a PPPK holder was blocked from his own JF's post (spell9 D3, h29)."""
    post = classify_position(written)
    assert (post.jf, jenjang_fungsional(written), classify_jenis_jabatan(written)) == (
        "pranata laboratorium kesehatan",
        jenjang,
        "Fungsional",
    )
    assert jabatan_key(written) == f"jf|pranata laboratorium kesehatan|{jenjang}"


@pytest.mark.parametrize(
    ("written", "jf"),
    [
        ("Guru PLK", "guru"),  # Pendidikan Layanan Khusus
        ("Kepala Seksi PLK", None),
        ("Ahli Gizi", None),  # a name opening with "ahli" is not taken for another JF
        ("Ahli Pertama - Dokter", "dokter"),
    ],
)
def test_plk_and_names_opening_with_ahli_read_no_other_jf(written: str, jf: str | None) -> None:
    """Negatives of the Pranata Laboratorium Kesehatan short forms (spell9 D3, h29)."""
    assert classify_position(written).jf == jf


def test_a_labkes_unit_is_the_laboratorium_kesehatan() -> None:
    """ "UPT Labkesda" as a unit (spell9 D3, h29)."""
    assert normalize_unit_name("UPT Labkesda") == "unit pelaksana teknis laboratorium kesehatan daerah"


@pytest.mark.parametrize(("written", "jenis"), [("Sekdin", "Administrator"), ("Plt. Sekdin", "Administrator")])
def test_sekdin_is_the_sekretaris_dinas(written: str, jenis: str) -> None:
    """ "Sekdin" (a role list "Kasubag Umpeg / Sekdin / Kepala Dinas", 36092108372) read Pelaksana and left the
    Sekretaris Dinas post at bezetting 0 (spell9 D4, h29)."""
    assert normalize_position_name(written) == "sekretaris dinas"
    assert classify_jenis_jabatan(written) == jenis
    assert normalize_position_name("Sekdinas") == "sekdinas"  # no guess beyond the written short form


@pytest.mark.parametrize(
    ("written", "key", "jenjang"),
    [
        ("Pranata Komputer (Ahli Pertama)", "pranata komputer ahli pertama", "ahli pertama"),
        ("Guru Matematika (Ahli Pertama)", "guru matematika ahli pertama", "ahli pertama"),
        ("Perawat [Terampil]", "perawat terampil", "terampil"),
        (
            "Perawat (Ahli Pertama) pada Puskesmas Cibodas",
            "perawat ahli pertama pada puskesmas cibodas",
            "ahli pertama",
        ),
    ],
)
def test_a_jenjang_in_brackets_after_the_jf_name_is_its_jenjang(written: str, key: str, jenjang: str) -> None:
    """Brackets were dropped as notes, so "Pranata Komputer (Ahli Pertama)" (an SKB field list writes "Guru
    Matematika (Ahli Pertama)") read no jenjang and asked what a bare Pranata Komputer post asks, the Terampil
    default: D-III and II/b, where Ahli Pertama asks S-1/D-IV and III/a (groups4, h31)."""
    assert normalize_position_name(written) == key
    assert jenjang_fungsional(written) == jenjang
    assert post_jenjang("Fungsional", written) == jenjang


def test_a_jenjang_in_brackets_after_a_kind_or_beside_a_written_one_is_dropped_as_before() -> None:
    assert normalize_position_name("Fungsional (Ahli Pertama)") == "fungsional"
    assert normalize_position_name("Analis Kebijakan Ahli Muda (Ahli Muda)") == "analis kebijakan ahli muda"
    assert normalize_position_name("Guru Kelas (Ahli (Pertama))") == "guru kelas"
    assert least_requirement("Fungsional", "Pranata Komputer (Ahli Pertama)") == ("S-1", "III/a")


@pytest.mark.parametrize(
    ("written", "key", "jf"),
    [
        ("Pejabat Fungsional Pranata Komputer Ahli Pertama", "pranata komputer ahli pertama", "pranata komputer"),
        ("Pejabat Fungsional Pembina Jasa Konstruksi", "pembina jasa konstruksi", "pembina jasa konstruksi"),
        (
            "PEJABAT FUNGSIONAL DOKTER HEWAN KARANTINA PERTAMA",
            "dokter hewan karantina pertama",
            "dokter hewan karantina",
        ),
        ("Pejabat Fungsional Tertentu Perawat Ahli Muda", "perawat ahli muda", "perawat"),
        ("Jabfung Perawat Terampil", "perawat terampil", "perawat"),
        ("JabFung : Perawat Ahli Muda", "perawat ahli muda", "perawat"),
        ("Calon Pranata Komputer Terampil", "pranata komputer terampil", "pranata komputer"),  # a CPNS
        ("Calon Pranata Komputer Ahli (Pengangkatan Pertama)", "pranata komputer ahli", "pranata komputer"),
        ("CALON PRANATA KOMPUTER PERTAMA", "pranata komputer pertama", "pranata komputer"),
        ("CPNS Perawat Terampil", "perawat terampil", "perawat"),
        ("JFT Calon Perawat Terampil", "perawat terampil", "perawat"),
    ],
)
def test_a_jf_post_written_after_a_kind_or_as_a_candidate_is_the_jf_spell4(written: str, key: str, jf: str) -> None:
    """ "Pejabat Fungsional X", "Jabfung X" and a CPNS's "Calon X" (a SAPK jabatan reference's JFT19023 "Calon Pranata
    Komputer Terampil"; public code) matched no JF and keyed apart from the peta jabatan's "X" (spell4, h31)."""
    from asn_mutasi.domain.rumpun import find_jf

    assert normalize_position_name(written) == key
    assert find_jf(key) == jf
    assert classify_jenis_jabatan(written) == "Fungsional"


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Pejabat Pembuat Komitmen", "pejabat pembuat komitmen"),  # "pejabat" alone is part of the name
        ("Pejabat Fungsional", "pejabat fungsional"),  # a kind alone stays as written
        ("Calon", "calon"),
    ],
)
def test_kind_and_candidate_words_alone_are_left_as_written_spell4(written: str, key: str) -> None:
    """Negatives of the prefix reading (spell4, h31)."""
    assert normalize_position_name(written) == key


@pytest.mark.parametrize(
    ("written", "right"),
    [
        ("Penata Layanan Oprasional", "Penata Layanan Operasional"),
        ("Operator Layanan Operasiona", "Operator Layanan Operasional"),
        ("Pengelola Layanan Oprasional", "Pengelola Layanan Operasional"),
        ("Pengadministrasi Perkantora", "Pengadministrasi Perkantoran"),
        ("Pengadminstrasi Perkantoran", "Pengadministrasi Perkantoran"),
        ("Penata Layanan Oprasional pada Dinas Kesehatan", "Penata Layanan Operasional pada Dinas Kesehatan"),
    ],
)
def test_a_misspelt_generic_pelaksana_name_is_the_generic_post(written: str, right: str) -> None:
    """A misspelt KepmenPANRB 656/2023 name read no field and another "same post" key than the table's spelling, so
    the two did not compare as one post (spell5, h31)."""
    assert classify_position(written) == classify_position(right)


def test_generic_pelaksana_names_stay_distinct_posts() -> None:
    """The typo tolerance never makes Penata, Pengelola and Operator Layanan Operasional one post, nor reads any
    name of the nomenclature, or a name one word off it, as another name."""
    from asn_mutasi.domain.rumpun import _field_data, _misspelt_pelaksana, renamed_position_names

    keys = {classify_position(f"{n} Layanan Operasional").dasar for n in ("Penata", "Pengelola", "Operator", "Petugas")}
    assert len(keys) == 4
    assert classify_position("Pengolah Data").dasar != classify_position("Pengelola Data").dasar
    for name in sorted(_field_data()[1] | set(renamed_position_names())):
        assert _misspelt_pelaksana(name) is None, name


@pytest.mark.parametrize(
    ("written", "jenis"),
    [
        ("Pejabat Fungsional Umum Perawat", "Pelaksana"),
        ("Fungsional Umum Perawat", "Pelaksana"),
        ("JFU Perawat", "Pelaksana"),
        ("Plt. JFU Perawat", "Pelaksana"),
        ("Jabatan Fungsional Umum Bidan", "Pelaksana"),
        ("JFT Perawat", "Fungsional"),  # the kinds that say JF, or no jenis, leave the JF
        ("Pejabat Fungsional Perawat", "Fungsional"),
        ("JFU Perawat Ahli Pertama", "Fungsional"),  # a jenjang written: the JF, as "Perawat Ahli Pertama" is
    ],
)
def test_a_fungsional_umum_written_before_the_name_is_a_pelaksana(written: str, jenis: str) -> None:
    """JFU, fungsional umum, is the old name of a pelaksana (domain.md §4.1): "Pejabat Fungsional Umum Perawat" read
    Fungsional, the JF Perawat, while "Perawat (JFU)" read Pelaksana (spell5, h31)."""
    assert classify_jenis_jabatan(written) == jenis
    found = classify_position(written)
    assert (found.jenis, found.jf is None) == (jenis, jenis == "Pelaksana")


def test_jabfung_umum_before_a_pelaksana_name_leaves_its_key() -> None:
    """ "Jabfung Umum Bendahara" kept "umum" in its key ("umum bendahara"), so its holders linked to no "Bendahara"
    post (review4, h31)."""
    assert normalize_position_name("Jabfung Umum Bendahara") == normalize_position_name("Bendahara")


@pytest.mark.parametrize(
    "written",
    [
        "Pelaksana Tugas Kepala Dinas Kesehatan",
        "PELAKSANA HARIAN KEPALA DINAS KESEHATAN",
        "Plt. Kepala Dinas Kesehatan",
    ],
)
def test_plt_written_out_holds_the_post_it_names(written: str) -> None:
    """ "Pelaksana Tugas Kepala Dinas" is the Kepala Dinas's post held by another, as "Plt. Kepala Dinas" is: read as a
    name it was a pelaksana's, key "pelaksana tugas kepala dinas …" and BUP 58 (review6, h31)."""
    assert normalize_position_name(written) == normalize_position_name("Kepala Dinas Kesehatan")
    assert classify_jenis_jabatan(written) == classify_jenis_jabatan("Kepala Dinas Kesehatan")
    assert normalize_position_name("Pelaksana Tugas") == "pelaksana tugas"  # the words alone stay a name


@pytest.mark.parametrize(
    ("written", "seat"),
    [
        ("Penjabat Lurah Sukamaju", "Lurah Sukamaju"),
        ("PENJABAT SEKRETARIS DAERAH", "SEKRETARIS DAERAH"),
        ("Penjabat Sementara Camat Ngablak", "Camat Ngablak"),
        ("Pj. Lurah Sukamaju", "Lurah Sukamaju"),
    ],
)
def test_penjabat_holds_the_post_it_names(written: str, seat: str) -> None:
    """ "Penjabat Lurah" (Pj.) is the lurah's seat held acting, as "Pj. Lurah" is: read as a name it was a post of its
    own, a pelaksana's, and its holder counted as no acting official (groups15, h34)."""
    assert normalize_position_name(written) == normalize_position_name(seat)
    assert classify_jenis_jabatan(written) == classify_jenis_jabatan(seat)
    assert held_acting(written) and acting_seat(written) == seat
    assert not held_acting("Penjabat Sementara") and normalize_position_name("Penjabat") == "penjabat"


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Penjabat Pembuat Komitmen", "Pejabat Pembuat Komitmen"),
        ("PENJABAT FUNGSIONAL ANALIS KEBIJAKAN AHLI MUDA", "Analis Kebijakan Ahli Muda"),
        ("Penjabat Fungsional Umum Pengadministrasi Umum", "Pengadministrasi Umum"),
        ("Penjabat Pelaksana Teknis Kegiatan", "Pejabat Pelaksana Teknis Kegiatan"),
    ],
)
def test_penjabat_misspelling_pejabat_is_no_acting_holder(written: str, meant: str) -> None:
    """ "Penjabat Pembuat Komitmen", "Penjabat Fungsional Tertentu" (public forms and seeders) are "Pejabat" misspelt:
    read as Pj. the post lost its first word and its holder was warned as acting (review14, h34)."""
    assert not held_acting(written) and acting_seat(written) == written
    assert normalize_position_name(written) == normalize_position_name(meant)
    assert classify_jenis_jabatan(written) == classify_jenis_jabatan(meant)
    assert held_acting("Penjabat Lurah Sukamaju")  # a head's seat stays held acting


@pytest.mark.parametrize(
    "written",
    [
        "Ketua Jurusan TKJ SMK Negeri 1 Sukamaju",
        "Ketua Jurusan Akuntansi SMKN 2",
        "Kepala Program Keahlian Akuntansi SMKN 2",
    ],
)
def test_a_secondary_school_s_programme_head_is_a_guru(written: str) -> None:
    """A Ketua Jurusan (Kepala Program Keahlian) of an SMK is a guru with an additional task, BUP 60: groups15 read
    every "Ketua Jurusan" as a college's dosen, BUP 65 (review14, h34). A college's stays a dosen's."""
    from asn_mutasi.config import Rules
    from asn_mutasi.domain.jabatan import retirement_age

    assert classify_jenis_jabatan(written) == "Fungsional"
    assert retirement_age(None, written, Rules()) == Rules().bup_guru
    assert retirement_age(None, "Ketua Jurusan Teknik Sipil Politeknik Negeri Bandung", Rules()) == Rules().bup_dosen
