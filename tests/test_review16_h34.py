"""Review of the second wave of merges (review16, h34): units compared part by part keep an office of its own
(a puskesmas, a hospital, a UPT) as a part of its own."""

from __future__ import annotations

import pytest

from asn_mutasi.workload import link_employees
from tests.workload.frames import make_positions, make_roster


@pytest.mark.parametrize(
    ("table_unit", "roster_unit"),
    [
        ("Dinas Kesehatan | UPTD Puskesmas Sukamaju", "UPTD Puskesmas Sukamaju Dinas Kesehatan"),
        ("Dinas Kesehatan | Puskesmas Sukamaju", "Puskesmas Sukamaju Dinas Kesehatan"),
        ("Dinas Lingkungan Hidup | UPT Pengelolaan Sampah", "UPT Pengelolaan Sampah Dinas Lingkungan Hidup"),
        ("Dinas Kesehatan | RSUD Sukamaju", "RSUD Sukamaju Dinas Kesehatan"),
        ("UPTD Puskesmas Sukamaju | Dinas Kesehatan", "Dinas Kesehatan UPTD Puskesmas Sukamaju"),
    ],
)
def test_an_office_of_its_own_written_before_its_dinas_is_the_table_s_unit(table_unit: str, roster_unit: str) -> None:
    """The part-wise comparison started a part at a part's or an OPD's head word only: "UPTD Puskesmas Sukamaju Dinas
    Kesehatan" was one part and no longer the table's "Dinas Kesehatan | UPTD Puskesmas Sukamaju" it linked to when
    units were compared as sets of words."""
    table = make_positions(
        [
            {"kode_jabatan": "J1", "nama_jabatan": "Analis", "unit_kerja": table_unit},
            {"kode_jabatan": "J2", "nama_jabatan": "Analis", "unit_kerja": "Dinas Sosial"},
        ]
    )
    res = link_employees(make_roster([{"jabatan": "Analis", "unit_kerja": roster_unit}]), table)
    assert res.frame["kode_jabatan_link"].tolist() == ["J1"]


def test_a_puskesmas_of_one_upt_is_not_another_upt_s() -> None:
    """The UPT's own puskesmas stays on the UPT's part: the parts of two UPTs are not mixed."""
    table = make_positions(
        [
            {"kode_jabatan": "J1", "nama_jabatan": "Analis", "unit_kerja": "Dinas Kesehatan | UPTD Puskesmas Sukamaju"},
            {"kode_jabatan": "J2", "nama_jabatan": "Analis", "unit_kerja": "Dinas Sosial"},
        ]
    )
    res = link_employees(
        make_roster([{"jabatan": "Analis", "unit_kerja": "UPTD Puskesmas Sukasari Dinas Kesehatan"}]), table
    )
    assert res.frame["kode_jabatan_link"].isna().all()


#: DejaVu Sans's advances (DejaVuSans.ttf hmtx, in units of its digit "0", 1303/2048 em) of characters the line
#: estimate had below them: LibreOffice draws with it where Calibri is missing
DEJAVU_ADVANCE = {"&": 1.23, "%": 1.49, "→": 1.32, "≥": 1.32, "×": 1.32, "+": 1.32, "=": 1.32, "…": 1.57, "—": 1.57,
                  "@": 1.57, "Z": 1.08, "S": 1.0, "E": 0.99, "L": 0.88, "C": 1.1}  # fmt: skip


def test_no_character_is_counted_narrower_than_dejavu_sans_draws_it() -> None:
    """The glyph table is the larger of Calibri's and DejaVu Sans's advances; "&", "→", "…" counted as one digit."""
    from asn_mutasi.io.report_workbook import text_units

    assert all(text_units(c) >= w for c, w in DEJAVU_ADVANCE.items())


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("Kelas 7 → 8 → 9 → 10 → 11 → 12", 25),
        ("pegawai 10 → 12 → 14 → 16 → 18", 26),
        ("Seksi A & B & C & D & E & F & G", 25),
    ],
)
def test_a_text_of_arrows_or_ampersands_wider_than_its_column_gets_two_lines(text: str, width: int) -> None:
    """With the whole column width a line (LINE_FILL 1.0) no slack hid the arrows and ampersands counted as digits:
    "Kelas 7 → 8 → 9 → 10 → 11 → 12" is 25.3 digits in DejaVu Sans and was given one line of a 25-wide column, its
    last word cut off the cell."""
    from asn_mutasi.io.report_workbook import lines_needed

    assert lines_needed(text, width) == 2


@pytest.mark.parametrize(
    ("table_unit", "roster_unit"),
    [
        (
            "Pemerintah Kabupaten Ende | Dinas Pertanian | Bidang Tanaman Pangan",
            "Bidang Tanaman Pangan Dinas Pertanian Pemerintah Kabupaten Ende",
        ),
        (
            "Kementerian Energi dan Sumber Daya Mineral | Sekretariat Jenderal | Biro Umum | Bagian Tata Usaha",
            "Bagian Tata Usaha Biro Umum Sekretariat Jenderal Kementerian Energi dan Sumber Daya Mineral",
        ),
        (
            "Pemerintah Kab. Banyuasin | Dinas Perikanan | Bidang Pengelolaan Usaha Perikanan Tangkap",
            "Bidang Pengelolaan Usaha Perikanan Tangkap Dinas Perikanan Kabupaten Banyuasin Pemerintah",
        ),
    ],
)
def test_an_sscasn_unit_path_written_in_reverse_is_the_table_s_unit(table_unit: str, roster_unit: str) -> None:
    """Parts cut at a part's or an OPD's head only kept the government, ministry or bureau part in the part before it
    ("dinas pertanian pemerintah kabupaten ende"): 3,000 SSCASN 2024 units written in reverse linked 2,913 by their
    word sets at w2base and 64 by parts."""
    table = make_positions(
        [
            {"kode_jabatan": "J1", "nama_jabatan": "Analis", "unit_kerja": table_unit},
            {"kode_jabatan": "J2", "nama_jabatan": "Analis", "unit_kerja": "Dinas Sosial"},
        ]
    )
    res = link_employees(make_roster([{"jabatan": "Analis", "unit_kerja": roster_unit}]), table)
    assert res.frame["kode_jabatan_link"].tolist() == ["J1"]


def test_a_part_named_with_its_sibling_s_words_stays_apart_in_a_reversed_path() -> None:
    """The same words, another bidang: the first word of each part's name still tells them apart."""
    table = make_positions(
        [
            {"kode_jabatan": "J1", "nama_jabatan": "Analis", "unit_kerja": "Dinas Pangan Pertanian | Bidang Tanaman"},
            {"kode_jabatan": "J2", "nama_jabatan": "Analis", "unit_kerja": "Dinas Sosial"},
        ]
    )
    roster = make_roster([{"jabatan": "Analis", "unit_kerja": "Bidang Tanaman Pangan Dinas Pertanian"}])
    assert link_employees(roster, table).frame["kode_jabatan_link"].isna().all()
