"""Header detection on raw grids: title rows, merged two-row headers, numbering rows."""

from __future__ import annotations

import pytest

from asn_mutasi.io.headers import cell_text, column_letter, detect_header, is_numbering_row


def texts(layout: object) -> list[str]:
    return [c.text for c in layout.columns]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("index", "letter"), [(0, "A"), (2, "C"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")]
)
def test_column_letter(index: int, letter: str) -> None:
    assert column_letter(index) == letter


def test_title_rows_are_skipped() -> None:
    grid = [
        ["DAFTAR NOMINATIF PEGAWAI NEGERI SIPIL", "", ""],
        ["PEMERINTAH KABUPATEN CONTOH", "", ""],
        ["KEADAAN PER 1 JANUARI 2024", "", ""],
        ["NIP", "NAMA", "UNIT KERJA"],
        ["199001012015031001", "Budi", "BKD"],
    ]
    layout = detect_header(grid, "pegawai")
    assert layout is not None
    assert layout.rows == (3,)
    assert layout.data_start == 4
    assert texts(layout) == ["NIP", "NAMA", "UNIT KERJA"]


def test_two_row_merged_header_joins_parent_and_child() -> None:
    grid = [
        ["NO", "NIP", "NAMA", "PANGKAT / GOL", "", "JABATAN", "", "UNIT KERJA"],
        ["", "", "", "GOL/RUANG", "TMT", "NAMA", "TMT", ""],
        [1, 2, 3, 4, 5, 6, 7, 8],
        [1.0, "199001012015031001", "Budi", "III/a", "01-04-2019", "Analis", "01-01-2020", "BKD"],
    ]
    layout = detect_header(grid, "pegawai")
    assert layout is not None
    assert layout.rows == (0, 1)
    assert layout.numbering_row == 2
    assert layout.data_start == 3
    assert texts(layout) == [
        "NO",
        "NIP",
        "NAMA",
        "PANGKAT / GOL / GOL/RUANG",
        "PANGKAT / GOL / TMT",
        "JABATAN / NAMA",
        "JABATAN / TMT",
        "UNIT KERJA",
    ]


def test_merged_ranges_fill_the_parent_label() -> None:
    # the parent spans C..D per the merge list, even though D has no child of its own group
    grid = [["NIP", "NAMA", "JABATAN", "", "UNIT KERJA"], ["", "", "NAMA", "TMT", ""], ["1", "A", "X", "2020", "U"]]
    layout = detect_header(grid, "pegawai", merged=[((0, 2), (0, 3))])
    assert layout is not None
    assert texts(layout)[2:4] == ["JABATAN / NAMA", "JABATAN / TMT"]


def test_single_header_followed_by_data_is_not_joined() -> None:
    grid = [["NIP", "NAMA", "JABATAN", "UNIT KERJA"], ["199001012015031001", "NAMA LENGKAP", "Analis", "BKD"]]
    layout = detect_header(grid, "pegawai")
    assert layout is not None
    assert layout.rows == (0,)
    assert layout.data_start == 1


def test_title_merged_above_header_does_not_become_a_parent() -> None:
    grid = [
        ["PETA JABATAN", "", "", ""],
        ["NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN", "KETERSEDIAAN"],
        ["Analis", "BKD", 2, 1],
    ]
    layout = detect_header(grid, "jabatan", merged=[((0, 0), (0, 3))])
    assert layout is not None
    assert layout.rows == (1,)
    assert texts(layout) == ["NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN", "KETERSEDIAAN"]


def test_multiline_header_cells_are_normalised() -> None:
    assert cell_text("TANGGAL\nLAHIR") == "TANGGAL LAHIR"
    assert cell_text("  GOL /\r\n RUANG ") == "GOL / RUANG"
    assert cell_text(2024.0) == "2024"
    grid = [["NIP", "NAMA\nPEGAWAI", "TANGGAL\nLAHIR", "UNIT\nKERJA", "JABATAN"]]
    layout = detect_header(grid, "pegawai")
    assert layout is not None
    assert texts(layout)[1:4] == ["NAMA PEGAWAI", "TANGGAL LAHIR", "UNIT KERJA"]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ([1, 2, 3, 4], True),
        (["(1)", "(2)", "(3)"], True),
        (["1", "2", "", "4"], True),
        ([1.0, 2.0, 3.0], True),
        ([1, 3, 2], False),
        (["199001012015031001", "Budi"], False),
        ([5, 6, 7], False),
        ([1], False),
        ([True, 2], False),
    ],
)
def test_numbering_row(row: list[object], expected: bool) -> None:
    assert is_numbering_row(row) is expected


def test_no_header_in_numbers_only_grid() -> None:
    assert detect_header([[1, 2, 3], [4, 5, 6]], "pegawai") is None


def test_unknown_text_header_falls_back_to_first_text_row() -> None:
    layout = detect_header([["", ""], ["KOLOM SATU", "KOLOM DUA"], ["a", "b"]], "pegawai")
    assert layout is not None
    assert layout.rows == (1,)
