"""Each pattern that reads a cell's text takes time linear in it: a 12,000-character cell of spaces, digits or repeated
words took 3 to 6 s in each of these before (hostile3, h31), so one hostile cell stalled a whole read."""

from __future__ import annotations

from collections.abc import Callable
from time import perf_counter

import pytest

from asn_mutasi import validation
from asn_mutasi.domain.jabatan import name_without_place, normalize_position_name
from asn_mutasi.domain.pendidikan import parse_education, strip_certificates
from asn_mutasi.domain.rumpun import field_of_unit
from asn_mutasi.domain.syarat_pengalaman import parse_experience_requirement
from asn_mutasi.io import column_mapping, readers
from asn_mutasi.io.sheet_layout import split_eselon_from_post
from asn_mutasi.matching import programme
from asn_mutasi.matching.programme import programme_key
from asn_mutasi.validation import _bup_years

N = 12_000
SPACES = " " * N

CASES: list[tuple[str, Callable[[str], object], str]] = [
    ("syarat_pengalaman", parse_experience_requirement, "1" * N),
    ("syarat_pengalaman_kurung", parse_experience_requirement, "1 (" + SPACES),
    ("nama_tempat", name_without_place, "a" + SPACES + "b"),
    ("syarat_program", programme_key, SPACES + "X"),
    ("syarat_program_kurung", programme_key, "(LULUSAN " * (N // 9) + ")X"),
    ("syarat_program_frasa", programme_key, "DIUTAMAKAN " * (N // 11) + "\nX"),
    ("sertifikat", strip_certificates, SPACES + "X"),
    ("header_tahun", column_mapping._WITH_YEAR.match, "A" + SPACES + "X"),
    ("unit", field_of_unit, "a" + SPACES + "b"),
    ("penutup", readers._CLOSING().match, SPACES + "X"),
    # a post name's trailing golongan ("Perawat Ahli Pertama - III/a"; real4, h31): 6 s for 20,000 characters
    ("jabatan_golongan", normalize_position_name, "Perawat" + SPACES + "Ahli"),
    # a level cell's wording left around its separators ("D-III / Ahli Madya"; real4, h31): 6 s for 20,000 spaces
    ("syarat_tingkat", validation._tidy_filler, "SARJANA" + SPACES + "X"),
    ("jabatan_golongan_berulang", normalize_position_name, "Perawat" + " - III/a" * (N // 8) + " Ahli"),
    # (hostile4, h31) the post cell's bracketed eselon was cubic: 400 spaces took 6 s (12,000 would take hours); the
    # golongan after a post and the BUP cell quadratic: 30,000 characters (a cell's most) took 3 to 6 s
    ("eselon_jabatan", split_eselon_from_post, "Kepala (Eselon " + " " * 400 + "x"),
    ("golongan_sesudah_jabatan", normalize_position_name, "Perawat -" + " " * 30_000 + "x"),
    ("golongan_berulang", normalize_position_name, "Perawat" + " - IV/a" * 4_300 + "x"),
    ("bup", _bup_years, "58" + " " * 30_000 + "x"),
    # the programme after a college's marker was read again from the text after each marker: a cell of 1,700
    # "Poltekkes Jurusan" ended in a RecursionError, exit 70 (review7, h31)
    ("program_sesudah_kampus", lambda text: parse_education("D3", text), "Poltekkes Jurusan " * 1_700),
    # (hostile5, h31) the programme after the college that opens a cell: every prefix of the words after it was tried
    # (15,000 words: 1 s), and the whole cell searched for an academy at each "Jurusan" opening a college again
    ("program_sesudah_kampus_kata", lambda t: parse_education("D3", t), "Poltekkes " + "a " * 15_000),
    ("program_sesudah_kampus_berulang", lambda t: parse_education("D3", t), "Poltekkes Prodi " * 1_800 + "x"),
]


@pytest.mark.parametrize(("what", "read", "text"), CASES, ids=[c[0] for c in CASES])
def test_a_long_cell_is_read_in_linear_time(what: str, read: Callable[[str], object], text: str) -> None:
    start = perf_counter()
    read(text)
    assert perf_counter() - start < 0.5, what


def test_rewritten_patterns_read_as_before() -> None:
    """The linear forms keep what the patterns read (conditions, places, certificates, dated headers, stamps)."""
    assert programme_key("D-IV KEBIDANAN (LULUSAN SAMPAI DENGAN TAHUN 2021") == programme_key("D-IV KEBIDANAN")
    assert programme_key("S1 AKUNTANSI (A (LULUS 2020)") == programme_key("S1 AKUNTANSI (A")
    assert programme_key("D-III KEPERAWATAN YANG\nMEMILIKI SERTIFIKAT") == programme_key("D-III KEPERAWATAN")
    assert (
        programme._without_condition("GIZI DIUTAMAKAN X\nS1 GIZI") == "GIZI DIUTAMAKAN X\nS1 GIZI"
    )  # not its last line
    assert name_without_place("Dinas Perikanan Kabupaten Biak Numfor") == "Dinas Perikanan"
    assert name_without_place("  Kota Bekasi") == "  Kota Bekasi"  # no word before the place: IndexError before
    assert name_without_place("Kecamatan Kota Baru Kabupaten Kotabaru") == "Kecamatan Kota Baru"
    assert strip_certificates("S1 PENDIDIKAN   AKTA IV / STR") == "S1 PENDIDIKAN"
    year = column_mapping._WITH_YEAR.match("PREDIKAT KINERJA TAHUN 2024")
    assert year is not None and (year.group("base"), year.group("year")) == ("PREDIKAT KINERJA", "2024")
    assert readers._CLOSING().match("  01/10/2026 09:15")  # a print stamp right after the spaces
    assert readers._CLOSING().match("simpeg kemenag / 01/10/2026 09:15")
    assert not readers._CLOSING().match("  Budi Santoso")
    assert normalize_position_name("Perawat Ahli Pertama - III/a") == normalize_position_name("Perawat Ahli Pertama")
    assert normalize_position_name("Perawat Ahli Muda  –  III / c ,IV/a ") == normalize_position_name(
        "Perawat Ahli Muda"
    )
    assert normalize_position_name("Perawat Ahli Pertama III/a") != normalize_position_name("Perawat Ahli Pertama")
    assert normalize_position_name("Kepala Seksi -XIII/a") != normalize_position_name("Kepala Seksi")
    assert validation._tidy_filler("S-1/Sarjana - S-1 KEPERAWATAN\nS-1/Sarjana - S-1 NERS") == (
        "S-1 - S-1 KEPERAWATAN\nS-1 - S-1 NERS"
    )
    assert validation._tidy_filler("S-1 \t Sesuai Formasi ; ,  S-1 Hukum") == "S-1 , S-1 Hukum"
    assert validation._tidy_filler("X / Sarjana  /  / Y") == "X / Y"
    assert parse_experience_requirement("minimal 12 (dua belas) tahun di bidang keuangan") is not None
    assert split_eselon_from_post("Kepala Bidang Perumahan\n( Eselon : IIIb )") == ("Kepala Bidang Perumahan", "IIIb")
    assert split_eselon_from_post("Kepala Bidang (Eselon -)") == ("Kepala Bidang", None)
    assert split_eselon_from_post("(Eselon IIIb)") is None and split_eselon_from_post("Kepala (Eselon (x))") is None
    assert normalize_position_name("Perawat Ahli Pertama - III/a - III/b ") == normalize_position_name(
        "Perawat Ahli Pertama"
    )
    assert normalize_position_name("Perawat - XIV/a") != normalize_position_name("Perawat")
    assert [_bup_years(v) for v in (" 58 th. ", "60,00 Tahun", "58 th .")] == [58.0, 60.0, None]
