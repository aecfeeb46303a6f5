"""Tests for coded small fields."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_mutasi.domain.coded_fields import (
    KEDUDUKAN_AKTIF,
    NON_ASN,
    parse_flag,
    parse_jenis_kelamin,
    parse_kedudukan_hukum,
    parse_predikat,
    parse_rating,
    parse_status_kepegawaian,
    parse_status_usulan,
    post_says_non_asn,
    predikat_from_ratings,
    predikat_from_score,
    says_nothing,
)
from asn_mutasi.schema import PREDIKAT_KINERJA, STATUS_KEPEGAWAIAN


@pytest.mark.parametrize(
    ("raw", "jk"),
    [
        ("L", "L"),
        ("l", "L"),
        ("Laki-laki", "L"),
        ("LAKI - LAKI", "L"),
        ("Laki Laki", "L"),
        ("Pria", "L"),
        ("M", "L"),
        ("Male", "L"),
        (1, "L"),
        ("1", "L"),
        (1.0, "L"),
        (np.int64(1), "L"),
        ("P", "P"),
        ("Perempuan", "P"),
        ("PEREMPUAN", "P"),
        ("Wanita", "P"),
        ("F", "P"),
        ("Female", "P"),
        (2, "P"),
        ("2", "P"),
        (" p ", "P"),
    ],
)
def test_jenis_kelamin(raw: object, jk: str) -> None:
    assert parse_jenis_kelamin(raw) == jk


@pytest.mark.parametrize("raw", [None, "", "X", 3, "L/P", float("nan"), True, "Laki"[:0]])
def test_jenis_kelamin_unknown(raw: object) -> None:
    assert parse_jenis_kelamin(raw) is None


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        ("PNS", "PNS"),
        ("pns", "PNS"),
        ("Pegawai Negeri Sipil", "PNS"),
        ("PNS Daerah", "PNS"),
        ("P", "PNS"),
        ("CPNS", "CPNS"),
        ("Calon PNS", "CPNS"),
        ("Calon Pegawai Negeri Sipil", "CPNS"),
        ("C", "CPNS"),
        ("PPPK", "PPPK"),
        ("P3K", "PPPK"),
        ("PPPK Paruh Waktu", "PPPK"),
        ("PPPK-PW", "PPPK"),
        ("Pegawai Pemerintah dengan Perjanjian Kerja", "PPPK"),
    ],
)
def test_status_kepegawaian(raw: str, status: str) -> None:
    assert parse_status_kepegawaian(raw) == status


@pytest.mark.parametrize("raw", [None, "", "Aktif", "CLTN", "71", 1, "Pensiun"])
def test_status_kepegawaian_unknown(raw: object) -> None:
    assert parse_status_kepegawaian(raw) is None


@pytest.mark.parametrize(
    "raw",
    ["Non PNS", "NON-PNS", "Non ASN", "Bukan PNS", "PHL", "THL", "Honorer", "Tenaga Kontrak", "Kontrak", "TKK",
     "Honor Daerah TK.II", "Guru Honor Sekolah", "PPNPN", "GTY/PTY",
     # written out (h26: real DUKs and school rosters spell them)
     "Pegawai Tidak Tetap", "Guru Tidak Tetap", "Guru Tetap Yayasan", "Pegawai Pemerintah Non Pegawai Negeri",
     "Tenaga Harian Lepas", "Guru Wiyata Bakti", "Pramubakti", "Tenaga Pendukung", "Pekerja Lepas",
     # an RSUD importer's own list (h26/real4): BLUD staff, TKHL, NABAN, "Non Aparatur"
     "BLUD", "Pegawai BLUD", "B.L.U.D", "Badan Layanan Umum Daerah", "TKHL", "NABAN", "Non Aparatur",
     "Pegawai Harian", "Tenaga Bantu"],
)  # fmt: skip
def test_a_worker_who_is_no_asn_is_named_so(raw: str) -> None:
    """ "Non PNS" was read as PNS (the word "PNS" in it) and "PHL"/"Kontrak" as unknown: a DUK of a whole office
    lists its honorary and contract workers beside the ASN (real-files campaign h24)."""
    assert parse_status_kepegawaian(raw) == NON_ASN


@pytest.mark.parametrize("raw", ["ASN", "A.S.N.", "Aparatur Sipil Negara", "PNS BLUD", "PPPK Tenaga Pendukung"])
def test_an_asn_of_no_named_kind_is_no_worker_outside_the_asn(raw: str) -> None:
    assert parse_status_kepegawaian(raw) != NON_ASN


@given(st.text(max_size=30))
def test_status_is_canonical_or_none(text: str) -> None:
    assert parse_status_kepegawaian(text) in (*STATUS_KEPEGAWAIAN, NON_ASN, None)


@pytest.mark.parametrize(
    ("raw", "predikat"),
    [
        ("Sangat Baik", "Sangat Baik"),
        ("SANGAT BAIK", "Sangat Baik"),
        ("Amat Baik", "Sangat Baik"),
        ("Baik", "Baik"),
        ("baik ", "Baik"),
        ("Butuh Perbaikan", "Butuh Perbaikan"),
        ("Perlu Perbaikan", "Butuh Perbaikan"),
        ("Cukup", "Butuh Perbaikan"),
        ("Kurang", "Kurang"),
        ("Kurang (Misconduct)", "Kurang"),
        ("Kurang/Misconduct", "Kurang"),
        ("Sedang", "Kurang"),
        ("Sangat Kurang", "Sangat Kurang"),
        ("Buruk", "Sangat Kurang"),
        (95, "Sangat Baik"),
        (91, "Sangat Baik"),
        (90.5, "Sangat Baik"),
        (90, "Baik"),
        (76, "Baik"),
        ("85,5", "Baik"),
        ("85.25", "Baik"),
        (75, "Butuh Perbaikan"),
        (61, "Butuh Perbaikan"),
        (60, "Kurang"),
        (51, "Kurang"),
        (50, "Sangat Kurang"),
        (0, "Sangat Kurang"),
        (100, "Sangat Baik"),
    ],
)
def test_predikat(raw: object, predikat: str) -> None:
    assert parse_predikat(raw) == predikat


@pytest.mark.parametrize("raw", [None, "", "Lumayan", 101, -1, "150", float("nan"), True])
def test_predikat_unknown(raw: object) -> None:
    assert parse_predikat(raw) is None


@pytest.mark.parametrize(
    ("hasil", "perilaku", "predikat"),
    [
        ("DIATAS EKSPEKTASI", "DIATAS EKSPEKTASI", "Sangat Baik"),
        ("DIATAS EKSPEKTASI", "SESUAI EKSPEKTASI", "Baik"),
        ("SESUAI EKSPEKTASI", "DIATAS EKSPEKTASI", "Baik"),
        ("Sesuai Ekspektasi", "Sesuai Ekspektasi", "Baik"),
        ("DIBAWAH EKSPEKTASI", "DIATAS EKSPEKTASI", "Butuh Perbaikan"),
        ("Di Bawah Ekspektasi", "sesuai ekspektasi", "Butuh Perbaikan"),
        ("DIATAS EKSPEKTASI", "DIBAWAH EKSPEKTASI", "Kurang"),
        ("SESUAI EKSPEKTASI", "Di bawah ekspektasi", "Kurang"),
        ("DIBAWAH EKSPEKTASI", "DIBAWAH EKSPEKTASI", "Sangat Kurang"),
        ("SESUAI EKSPEKTASI", None, None),
        ("Baik", "SESUAI EKSPEKTASI", None),
    ],
)
def test_the_predikat_of_two_ratings_follows_the_permenpanrb_6_2022_matrix(
    hasil: object, perilaku: object, predikat: str | None
) -> None:
    """SIASN rw-skp22 writes the ratings hasilKinerja / perilakuKerja ("SESUAI EKSPEKTASI") beside the predikat; a
    rating is no predikat (parse_predikat reads none) and two give one (h26/real6)."""
    assert predikat_from_ratings(hasil, perilaku) == predikat
    assert parse_predikat(hasil) is None or parse_rating(hasil) is None


@given(st.floats(min_value=0, max_value=100))
def test_score_bands_are_monotonic(score: float) -> None:
    order = list(PREDIKAT_KINERJA)  # best first
    here = predikat_from_score(score)
    higher = predikat_from_score(min(100.0, score + 10))
    assert here is not None and higher is not None
    assert order.index(higher) <= order.index(here)


@pytest.mark.parametrize(
    "raw",
    [
        "ya",
        "Ya",
        "Y",
        "yes",
        "TRUE",
        "1",
        1,
        2,
        True,
        "Aktif",
        "sedang",
        "Berat",
        "ringan",
        "ada",
        "Teguran tertulis",
        "Penurunan jabatan setingkat lebih rendah selama 12 bulan",
    ],
)
def test_flag_true(raw: object) -> None:
    assert parse_flag(raw) is True


@pytest.mark.parametrize(
    "raw",
    [
        "tidak",
        "Tidak",
        "T",
        "no",
        "false",
        "0",
        0,
        0.0,
        "-",
        "tidak ada",
        "Tidak Ada",
        "nihil",
        "NIHIL",
        False,
        "0,0",
        "Tidak sedang tugas belajar",
        "Belum",
    ],
)
def test_flag_false(raw: object) -> None:
    assert parse_flag(raw) is False


@pytest.mark.parametrize("raw", [None, "", "   ", float("nan"), "nan", object()])
def test_flag_empty(raw: object) -> None:
    assert parse_flag(raw) is None


@given(st.text(max_size=30))
def test_flag_never_raises(text: str) -> None:
    assert parse_flag(text) in (True, False, None)


#: the BKN SAPK/SIASN KEDUDUKAN HUKUM reference list (id, label), as public SIMPEG apps seed it, and whether the
#: person serves (movable, or held by their own rule: tugas belajar, a disciplinary sanction)
OFFICIAL_KEDUDUKAN = [
    ("01", "Aktif", True), ("02", "CLTN", False), ("03", "Tugas Belajar", True),
    ("04", "Pemberhentian Sementara", False), ("05", "Penerima Uang Tunggu", False), ("06", "Prajurit Wajib", False),
    ("07", "Pejabat Negara", False), ("08", "Kepala Desa", False), ("09", "Sedang dlm Proses Banding BAPEK", False),
    ("11", "Pegawai Titipan", False), ("12", "Pengungsi", False), ("13", "Perpanjangan CLTN", False),
    ("14", "PNS yang dinyatakan hilang", False), ("15", "PNS kena hukuman disiplin", True),
    ("16", "Pemindahan dalam rangka penurunan Jabatan", True), ("20", "Masa Persiapan Pensiun", False),
    ("51", "CPNS yang belum menerima SK CPNS", False), ("52", "Tidak Aktif", False), ("66", "Diberhentikan", False),
    ("67", "Punah", False), ("68", "Eks PNS Timor Timur", False), ("69", "TMS Dari Pengadaan", False),
    ("70", "Pembatalan NIP", False), ("71", "PPPK Aktif", True), ("77", "Pemberhentian tanpa hak pensiun", False),
    ("88", "Pemberhentian dengan hak pensiun", False), ("89", "Tidak aktif tetapi diusulkan Pensiun", False),
    ("90", "Tidak Ikut PUPNS 2015", False), ("91", "Tindak Pidana/ Tindak Pidana Jabatan", False),
    ("92", "Pemblokiran Data PNS", False), ("98", "Mencapai BUP", False), ("99", "Pensiun", False),
]  # fmt: skip


@pytest.mark.parametrize(("code", "label", "serving"), OFFICIAL_KEDUDUKAN)
def test_every_official_kedudukan_hukum_is_read_by_its_id_and_its_label(code: str, label: str, serving: bool) -> None:
    """16 of the 32 official labels were unknown (a warning, the person planned and moved: "Mencapai BUP",
    "Pembatalan NIP", "PNS kena hukuman disiplin"), and an ID-only column was not read (peer campaign h25)."""
    by_label, by_id = parse_kedudukan_hukum(label), parse_kedudukan_hukum(code)
    assert by_label is not None and by_label == by_id == parse_kedudukan_hukum(int(code))
    assert (by_label in KEDUDUKAN_AKTIF) is serving


@pytest.mark.parametrize(
    ("raw", "status"),
    [("PPPK Kontrak", "PPPK"), ("P3K Kontrak", "PPPK"), ("PNS Kontrak", "PNS"), ("CPNS (Magang)", "CPNS")],
)
def test_an_asn_status_with_a_contract_word_stays_asn(raw: str, status: str) -> None:
    """A public SIMPEG seeder lists "PPPK Tetap" and "PPPK Kontrak": both were read as no ASN (review, h25)."""
    assert parse_status_kepegawaian(raw) == status


def test_a_dismissal_for_a_sanction_is_a_dismissal() -> None:
    """BKN's termination type "Pemberhentian Karena Hukuman Disiplin" read as a sanction served (review, h25)."""
    assert parse_kedudukan_hukum("Pemberhentian Karena Hukuman Disiplin") == "Diberhentikan"
    assert parse_kedudukan_hukum("PNS kena hukuman disiplin") == "Hukuman Disiplin"


@pytest.mark.parametrize(
    ("raw", "kedudukan"),
    [("Cuti Luar Tanggungan", "CLTN"), ("Cuti di Luar Tanggungan Negara", "CLTN"), ("cuti diluar tanggungan", "CLTN"),
     ("Cuti Luar Tanggungan Negara", "CLTN"), ("Cuti Tahunan", None), ("Cuti Besar", None), ("Cuti Sakit", None)],
)  # fmt: skip
def test_cuti_luar_tanggungan_without_negara_is_cltn(raw: str, kedudukan: str | None) -> None:
    """SI-ITING (Bandung Barat) writes "Cuti Luar Tanggungan": unknown, the holder counted and planned (real9, h28).
    A CLTN PNS is relieved of the post (PP 11/2017); the other leaves keep it."""
    assert parse_kedudukan_hukum(raw) == kedudukan


@pytest.mark.parametrize(
    ("raw", "verdict"),
    [("DITOLAK", "Ditolak"), ("Tidak Disetujui", "Ditolak"), ("TMS", "Ditolak"), ("Tidak Memenuhi Syarat", "Ditolak"),
     ("Belum Disetujui", "Proses"), ("MENUNGGU", "Proses"), ("PERBAIKAN", "Proses"), ("Menunggu Verifikasi", "Proses"),
     ("DISETUJUI", "Disetujui"), ("Sudah Disetujui", "Disetujui"), ("Sudah Diverifikasi", "Disetujui"),
     ("SESUAI", None), ("KURANG", None), ("LEBIH", None), ("BARU", None), ("", None), (3, None)],
)  # fmt: skip
def test_a_request_verdict_reads_a_refusal_before_an_approval(raw: object, verdict: str | None) -> None:
    """rumahASN's usulan STATUS (real6, h31): "Tidak Disetujui" holds "Disetujui" and "Belum Disetujui" is still open;
    a peta's SESUAI/KURANG/LEBIH is no verdict."""
    assert parse_status_usulan(raw) == verdict


@pytest.mark.parametrize(
    ("cell", "nothing"),
    [
        ("Tidak Ada", True),  # a public SIMPEG seeder's "none" option (spell7, h31)
        ("tidak  ada", True),
        ("None", True),  # Python's null written as text
        ("nan", True),  # pandas' missing value written as text (hostile5, h31)
        ("NaN", True),
        ("Nana", False),
        ("NULL", True),
        ("-", True),
        ("0", False),  # a count of nothing is a count
        ("Tidak Aktif", False),
        ("Ada", False),
    ],
)
def test_says_nothing_reads_the_words_exports_write_for_none(cell: str, nothing: bool) -> None:
    assert says_nothing(cell) is nothing


@pytest.mark.parametrize(
    ("cell", "non_asn"),
    [
        ("STAFF NON ASN BIDANG PENANGANAN BENCANA", True),
        ("STAFF NON-ASN SEKRETARIAT", True),
        ("Tenaga Harian Lepas", True),
        ("PPNPN Pramu Kebersihan", True),
        ("Honorer", True),
        ("Kontrak", True),
        ("Tenaga Kontrak Bidang X", True),
        ("STAFF ASN SEKRETARIAT", False),
        ("PPPK Kontrak", False),
        ("Pengelola Kontrak", False),  # a post about contracts
        ("Pengelola Honorarium", False),  # a post about honoraria
        ("Bidang Pemberdayaan Sosial", False),
        (None, False),
    ],
)
def test_a_post_or_unit_saying_no_asn(cell: object, non_asn: bool) -> None:
    """A post, sub-post or unit cell marking an honorary worker (nonasn28, h37)."""
    assert post_says_non_asn(cell) is non_asn
