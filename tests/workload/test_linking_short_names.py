"""Position short names and spellings of real rosters linked to the posts a peta jabatan spells out (spell9, real11;
h29)."""

from __future__ import annotations

import pandas as pd
import pytest

from asn_mutasi.domain.jabatan import classify_jenis_jabatan, normalize_position_name
from asn_mutasi.workload import link_employees

from .frames import make_positions, make_roster

#: a kecamatan's seksi and a kelurahan's head as a peta jabatan writes them
_KECAMATAN = [
    "Kepala Seksi Ketenteraman dan Ketertiban Umum",
    "Kepala Seksi Kesejahteraan Rakyat",
    "Kepala Seksi Pemberdayaan Masyarakat",
    "Kepala Seksi Tata Pemerintahan",
    "Kepala Seksi Ekonomi dan Pembangunan",
    "Kepala Seksi Kesejahteraan Sosial",
    "Lurah",
    "Camat",
]


@pytest.mark.parametrize(
    ("written", "post"),
    [
        ("Kasi Trantib", "Kepala Seksi Ketenteraman dan Ketertiban Umum"),
        ("Kasi Trantibum", "Kepala Seksi Ketenteraman dan Ketertiban Umum"),
        ("Kepala Seksi Ketentraman dan Ketertiban (Kasi Trantib)", "Kepala Seksi Ketenteraman dan Ketertiban Umum"),
        ("Kepala Seksi Ketentraman dan Ketertiban Umum", "Kepala Seksi Ketenteraman dan Ketertiban Umum"),
        ("Kasi Kesra", "Kepala Seksi Kesejahteraan Rakyat"),
        ("Kasi PM", "Kepala Seksi Pemberdayaan Masyarakat"),
        ("Kasi Tapem", "Kepala Seksi Tata Pemerintahan"),
        ("Kasi Ekbang", "Kepala Seksi Ekonomi dan Pembangunan"),
        ("Kepala Seksi Ekonomi Pembangunan", "Kepala Seksi Ekonomi dan Pembangunan"),
        ("Kasi Kesos", "Kepala Seksi Kesejahteraan Sosial"),
        ("Kepala Kelurahan", "Lurah"),
        ("Kepala Kecamatan", "Camat"),
    ],
)
def test_kecamatan_short_names_link_to_the_spelled_out_post(written: str, post: str) -> None:
    """A kecamatan roster's "Kasi PM", "Kasi Trantib", "Kasi Kesra" (10174010881) and "Kasi Ekbang" (4365608348),
    which a kecamatan seeder spells out itself ("Kepala Seksi Ketentraman dan Ketertiban (Kasi Trantib)",
    55835448424); "Kepala Kelurahan" is the Lurah (UU 23/2014 Pasal 229; 42257483381). Each post showed bezetting
    0 and a vacancy (spell9 D1, h29)."""
    table = make_positions(
        [
            {"kode_jabatan": f"K{i}", "nama_jabatan": n, "unit_kerja": "Kecamatan Aikmel"}
            for i, n in enumerate(_KECAMATAN)
        ]
    )
    res = link_employees(make_roster([{"jabatan": written, "unit_kerja": "Kecamatan Aikmel"}]), table)
    assert res.frame.loc[0, "cara_tautan"] == "nama"
    assert res.frame.loc[0, "kode_jabatan_link"] == f"K{_KECAMATAN.index(post)}"
    assert classify_jenis_jabatan(written) == classify_jenis_jabatan(post)


def test_kepala_kelurahan_is_a_pengawas_not_a_pelaksana() -> None:
    """ "Kepala Kelurahan" read Pelaksana with `jenis-struktural-tanpa-tingkat` (spell9 D1, h29)."""
    assert classify_jenis_jabatan("Kepala Kelurahan") == "Pengawas"
    assert classify_jenis_jabatan("Kepala Kelurahan Pal Lima") == "Pengawas"
    assert classify_jenis_jabatan("Kepala Kecamatan") == "Administrator"


@pytest.mark.parametrize(
    ("written", "key"),
    [
        # "PM" is pemberdayaan masyarakat only after "seksi": a DPMPTSP's bidang is penanaman modal
        ("Kabid PM", "kepala bidang pm"),
        ("Kasi PMD", "kepala seksi pemberdayaan masyarakat desa"),
        # "ekonomi pembangunan" gets its "dan" only as a seksi's name
        ("Pengelola Ekonomi Pembangunan", "pengelola ekonomi pembangunan"),
        # the Satpol PP's bidang in another order keeps its words
        (
            "Kabid Ketertiban Umum dan Ketenteraman Masyarakat",
            "kepala bidang ketertiban umum dan ketenteraman masyarakat",
        ),
        # "umum" is not written twice, and what follows stays
        ("Kasi Trantibum dan Linmas", "kepala seksi ketenteraman dan ketertiban umum dan linmas"),
        # a kelurahan's other posts are not its head
        ("Sekretaris Kelurahan", "sekretaris kelurahan"),
        ("Kepala Seksi Kelurahan", "kepala seksi kelurahan"),
    ],
)
def test_kecamatan_short_names_leave_other_names_alone(written: str, key: str) -> None:
    """Negatives of the kecamatan short names (spell9 D1, h29)."""
    assert normalize_position_name(written) == key


def test_a_different_seksi_of_the_kecamatan_is_not_linked() -> None:
    """ "Kasi Kesra" is not the Kasi Kesos, nor "Kasi Tapem" the Kasi PM (spell9 D1, h29)."""
    table = make_positions(
        [
            {"kode_jabatan": "K1", "nama_jabatan": "Kepala Seksi Kesejahteraan Sosial", "unit_kerja": "Kecamatan X"},
            {"kode_jabatan": "K2", "nama_jabatan": "Kepala Seksi Pemberdayaan Masyarakat", "unit_kerja": "Kecamatan X"},
        ]
    )
    roster = make_roster([{"jabatan": j, "unit_kerja": "Kecamatan X"} for j in ("Kasi Kesra", "Kasi Tapem")])
    res = link_employees(roster, table)
    assert res.frame["kode_jabatan_link"].isna().all()


@pytest.mark.parametrize(
    ("written", "post"),
    [
        ("PKB Ahli Muda", "Penyuluh Keluarga Berencana Ahli Muda"),
        ("Penyuluh KB Ahli Muda", "Penyuluh Keluarga Berencana Ahli Muda"),
        ("PKB Terampil", "Penyuluh Keluarga Berencana Terampil"),
        # its own keterampilan JF since PermenPANRB 53/2022, no longer an old name of Penyuluh KB (groups7, h32)
        ("PLKB", "Petugas Lapangan Keluarga Berencana"),
        # a peta in the short form, the roster spelled out
        ("Penyuluh Keluarga Berencana Ahli Pertama", "Penyuluh KB Ahli Pertama"),
        ("Pranata Hubungan Masyarakat Ahli Pertama", "Pranata Humas Ahli Pertama"),
        ("Analis Kesehatan Terampil", "Pranata Laboratorium Kesehatan Terampil"),
        # Kemenhub's "PKB": the unit's posts tell which JF
        ("PKB Terampil", "Penguji Kendaraan Bermotor Terampil"),
    ],
)
def test_a_jf_written_by_its_other_name_links_to_the_post(written: str, post: str) -> None:
    """The JF catalogue's other names link: 247 of 248 "PKB Ahli Muda" … (icang02/sipak JabatanSeeder, a BKKBN app)
    and every "Penyuluh KB …" (the catalogue's own alias) were unlinked, lowongan 247 instead of 0 (real11 #2, h29)."""
    posts = [post, "Penyuluh Keluarga Berencana Ahli Madya", "Pengadministrasi Perkantoran", "Humas"]
    table = make_positions(
        [{"kode_jabatan": f"J{i}", "nama_jabatan": n, "unit_kerja": "U"} for i, n in enumerate(posts)]
    )
    res = link_employees(make_roster([{"jabatan": written, "unit_kerja": "U"}]), table)
    assert (res.frame.loc[0, "kode_jabatan_link"], res.frame.loc[0, "cara_tautan"]) == ("J0", "nama")


@pytest.mark.parametrize(
    ("written", "post"),
    [
        ("PKB Ahli Muda", "Penyuluh Keluarga Berencana Ahli Madya"),  # another jenjang
        ("PKB Ahli Muda", "Penguji Kendaraan Bermotor Ahli Madya"),
        ("Dokter Ahli Pertama", "Dokter Spesialis Ahli Pertama"),  # a kind within the JF, not a spelling
        ("Guru Ahli Muda", "Kepala Sekolah"),
        ("Perawat Gigi Terampil", "Perawat Terampil"),  # another JF
        ("Pranata Hubungan Masyarakat", "Humas"),  # a field word may be a pelaksana post
        # ... and a pelaksana's field word written as his post is no JF's name (review12 #1, h29: linked silently)
        ("Humas", "Pranata Hubungan Masyarakat"),
        ("Statistik", "Statistisi"),
        ("Sanitasi", "Tenaga Sanitasi Lingkungan"),
        ("Promkes", "Penyuluh Kesehatan Masyarakat"),
        ("Kepala Seksi PKB", "Penyuluh Keluarga Berencana"),
    ],
)
def test_a_jf_s_other_names_never_reach_another_post(written: str, post: str) -> None:
    """Negatives of the JF's other names (real11 #2, h29)."""
    table = make_positions([{"kode_jabatan": "J0", "nama_jabatan": post, "unit_kerja": "U"}])
    res = link_employees(make_roster([{"jabatan": written, "unit_kerja": "U"}]), table)
    assert pd.isna(res.frame.loc[0, "kode_jabatan_link"])


def test_pranata_labkes_links_to_the_pranata_laboratorium_kesehatan_post() -> None:
    """ "Pranata Labkes Mahir" in RSUD Contoh left the unit's "Pranata Laboratorium Kesehatan Mahir" at bezetting 0
    (spell9 D3, h29)."""
    table = make_positions(
        [
            {"kode_jabatan": "R1", "nama_jabatan": "Pranata Laboratorium Kesehatan Mahir", "unit_kerja": "RSUD Contoh"},
            {
                "kode_jabatan": "R2",
                "nama_jabatan": "Pranata Laboratorium Kesehatan Penyelia",
                "unit_kerja": "RSUD Contoh",
            },
        ]
    )
    res = link_employees(make_roster([{"jabatan": "Pranata Labkes Mahir", "unit_kerja": "RSUD Contoh"}]), table)
    assert (res.frame.loc[0, "kode_jabatan_link"], res.frame.loc[0, "cara_tautan"]) == ("R1", "nama")


@pytest.mark.parametrize(
    ("written", "linked"),
    [
        ("PLK Penyelia/ ATLM", "R2"),  # one JF written two ways
        ("Pranata Laboratorium Kesehatan Mahir/Perawat", None),  # two JFs: no guess
        ("Juru Bayar/Kasir", None),
    ],
)
def test_one_jf_written_two_ways_around_a_slash_links(written: str, linked: str | None) -> None:
    """A puskesmas option list's "PLK Penyelia/ ATLM" (44671349248) left the Penyelia post at bezetting 0 (spell9 D3,
    h29)."""
    table = make_positions(
        [
            {"kode_jabatan": "R1", "nama_jabatan": "Pranata Laboratorium Kesehatan Mahir", "unit_kerja": "RSUD Contoh"},
            {
                "kode_jabatan": "R2",
                "nama_jabatan": "Pranata Laboratorium Kesehatan Penyelia",
                "unit_kerja": "RSUD Contoh",
            },
            {"kode_jabatan": "R3", "nama_jabatan": "Perawat Mahir", "unit_kerja": "RSUD Contoh"},
        ]
    )
    res = link_employees(make_roster([{"jabatan": written, "unit_kerja": "RSUD Contoh"}]), table)
    by_name = res.frame.loc[0, "cara_tautan"] == "nama"  # (two JFs may still be offered fuzzily, with a warning)
    assert (res.frame.loc[0, "kode_jabatan_link"] if by_name else None) == linked
