"""Far values in workbooks and one-field CSV lines (hostile31, h38)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.io.readers import detect_delimiter, read_table

ROSTER = (["NIP", "NAMA", "JABATAN", "UNIT KERJA"], ["198501012010011001", "Budi", "Analis Kepegawaian", "BKD"])


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_one_field_lines_cast_no_vote_for_the_delimiter(tmp_path: Path, delimiter: str) -> None:
    """A roster CSV of a header, one data line and thousands of one-number lines was "Baris judul kolom tidak
    ditemukan": the commonest width among the first 50 records was 1 under every candidate, so ";" and TAB lost to
    the default ",". One-field lines are read (and said) as rows, but no longer choose the delimiter."""
    header, row = (delimiter.join(r) for r in ROSTER)
    text = f"{header}\r\n{row}\r\n" + "".join(f"{k}\r\n" for k in range(3_000))
    assert detect_delimiter(text) == delimiter
    path = tmp_path / "pegawai.csv"
    path.write_text(text, encoding="utf-8")
    table = read_table(path, "pegawai")
    assert table.source.delimiter == delimiter
    assert table.frame["nama"].tolist()[0] == "Budi"
    assert table.frame["_baris"].tolist() == list(range(2, 3_003))
    assert {"csv-kolom-kurang-beruntun", "kolom-isi-tidak-cocok"} <= {f.code for f in table.findings}


def test_a_file_of_one_field_lines_keeps_the_comma() -> None:
    assert detect_delimiter("NIP\n" + "".join(f"19850101201001100{k}\n" for k in range(9))) == ","
    assert detect_delimiter("NAMA\nBudi, S.Kom\nAni\n") == ","
