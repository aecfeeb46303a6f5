"""Hostile CSVs and far-value sheets (hostile30, h38)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.errors import InputError
from asn_mutasi.io.readers import read_table
from tests.io.test_hostile import HEADER, ROW, _letters, sheet_xml, write_xlsx


@pytest.mark.parametrize(("blank", "end"), [(30, "\n"), (100_000, "\r\n")])
def test_blank_lines_before_a_csv_table_are_read_past_and_counted(tmp_path: Path, blank: int, end: str) -> None:
    """A roster CSV with a hundred thousand blank lines before its table was called "kosong" (only the first 1,000
    rows were looked at) and its delimiter was guessed from the blank lines; thirty were enough for its header to be
    "not found" (the header was looked for in the first 20 rows, blank or not). The blank lines are read past
    before the delimiter is guessed and the header looked for, counted in one ``baris-kosong``, and the rows after
    them keep their line numbers."""
    second = ["199002022016041002", "Sari", "Analis Kepegawaian", "BKD"]
    text = end * blank + end.join(";".join(r) for r in (HEADER, ROW, second)) + end
    path = tmp_path / "pegawai.csv"
    path.write_bytes(text.encode())
    table = read_table(path, "pegawai")
    assert table.source.delimiter == ";"
    assert table.frame["nama"].tolist() == ["Budi", "Sari"]
    assert table.frame["_baris"].tolist() == [blank + 2, blank + 3]
    said = [f for f in table.findings if f.code == "baris-kosong"]
    assert [(f.location.row, f.message) for f in said] == [
        (1, f"Baris kosong dilewati ({f'{blank:,}'.replace(',', '.')} baris, sampai baris {blank})")
    ]


def test_a_csv_of_blank_lines_only_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "pegawai.csv"
    path.write_text("\n \r\n\t\n" * 40_000)
    with pytest.raises(InputError, match="kosong"):
        read_table(path, "pegawai")


def test_a_far_text_that_is_no_header_is_said_with_the_rows_looked_at(tmp_path: Path) -> None:
    """Past a million blank rows the header is looked for from the first row with text; when none is found there
    the message names the rows looked at, not "the first 20 rows" (which were blank)."""
    top = 999_995
    cells = {f"{_letters(i + 1)}{top}": v for i, v in enumerate(["catatan", "12", "13", "14"])}
    path = write_xlsx(tmp_path / "pegawai.xlsx", sheet_xml(cells))
    with pytest.raises(InputError) as refused:
        read_table(path, "pegawai")
    assert "Baris judul kolom tidak ditemukan" in str(refused.value)
    assert f"baris {top:,}–{top + 19:,}".replace(",", "") in str(refused.value)
