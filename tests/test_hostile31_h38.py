"""Far values in workbooks and one-field CSV lines (hostile31, h38)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.io.readers import detect_delimiter, read_table
from tests.cli_helpers import sample_plan_with_sheet_moved_down

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


def test_a_rencana_table_moved_down_is_said_where_it_was_looked_for_and_found(tmp_path: Path) -> None:
    """A Rencana Mutasi sheet with rows inserted above its table was refused as having none of its 24 columns
    ("tidak memiliki kolom"), as if they were missing: it now says, as the Persetujuan sheet does, that the header
    was looked for on row 1 from column A and where it is."""
    from asn_mutasi.errors import InputError
    from asn_mutasi.io.plan_workbook import RENCANA, read_plan_workbook

    moved = sample_plan_with_sheet_moved_down(tmp_path, RENCANA, 6)
    with pytest.raises(InputError) as refused:
        read_plan_workbook(moved)
    said = str(refused.value)
    assert f"Lembar kerja '{RENCANA}'" in said
    assert "bergeser" in said and "baris 7 mulai kolom A" in said and "baris 1 mulai kolom A" in said
    assert "'ID Mutasi' kembali di sel A1" in (refused.value.hint or "")


FAR = 1_048_576


def _far_roster(tmp_path: Path, far: dict[str, str]) -> Path:
    from tests.io.test_hostile import HEADER, ROW, _letters, sheet_xml, write_xlsx

    cells = {f"{_letters(i + 1)}1": h for i, h in enumerate(HEADER)}
    for r in range(2, 6):
        cells |= {f"{_letters(i + 1)}{r}": v for i, v in enumerate(ROW)}
        cells[f"A{r}"] = f"19900101201503100{r}"
    return write_xlsx(tmp_path / "pegawai.xlsx", sheet_xml(cells | far))


@pytest.mark.parametrize("far", [{f"A{FAR}": "x"}, {f"C{FAR - 5}": "catatan", f"B{FAR}": "y"}, {"D500000": "z"}])
def test_a_far_value_builds_no_cells_for_the_rows_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, far: dict[str, str]
) -> None:
    """One value at A1048576 below a roster made calamine build a dense million-row grid (1 GB, 4.6 s for a 100-row
    roster): the cells materialised followed the far row number, not the cells held. The runs of rows holding cells
    are now parsed apart; every row is read as a whole parse reads it (the same rows, findings and frame)."""
    from asn_mutasi.io import split_read
    from asn_mutasi.io.open_workbook import SafeWorkbook

    path = _far_roster(tmp_path, far)
    book = SafeWorkbook(path, None, str(path))
    rows, _ = book.read(book.names[0])
    last = max(int(ref.lstrip("ABCD")) for ref in far)
    assert len(rows) == last
    assert sum(map(len, rows)) < 100  # (a whole parse: 4 cells a row, four million)
    assert [v for v in rows[last - 1] if v] == [far[ref] for ref in far if int(ref.lstrip("ABCD")) == last]
    assert book.read(book.names[0], nrows=3)[0] == rows[:3]
    read = read_table(path, "pegawai")
    monkeypatch.setattr(split_read, "row_runs", lambda held: None)  # the whole parse, as before
    whole = read_table(path, "pegawai")
    assert read.frame.equals(whole.frame)
    assert [(f.code, f.location.row, f.message) for f in read.findings] == [
        (f.code, f.location.row, f.message) for f in whole.findings
    ]
    assert read.frame["_baris"].tolist()[:4] == [2, 3, 4, 5]
    nearest = min(int(ref.lstrip("ABCD")) for ref in far)
    assert nearest in {*read.frame["_baris"].tolist(), *(f.location.row for f in read.findings)}  # (its row is read)


def test_rows_holding_cells_close_together_are_parsed_whole() -> None:
    import numpy as np

    from asn_mutasi.io.split_read import FAR_GAP, MAX_RUNS, row_runs

    assert row_runs(np.arange(1, 100_001)) is None
    assert row_runs(np.array([1, 2, 3, 3 + FAR_GAP])) is None
    assert row_runs(np.array([1, 2, 4 + FAR_GAP])) == [(1, 2), (4 + FAR_GAP, 4 + FAR_GAP)]
    assert row_runs(np.array([1, 2, 3, 2 + FAR_GAP])) is None
    many = (np.arange(MAX_RUNS + 1) * (FAR_GAP + 9) + 1).tolist()
    many[2] -= 8  # of nine runs, the gap between the second and third is the narrowest: they are read as one
    assert row_runs(np.array(many)) == [(many[0], many[0]), (many[1], many[2]), *((a, a) for a in many[3:])]
