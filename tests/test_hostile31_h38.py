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


def test_a_rencana_table_moved_down_is_said_where_it_was_looked_for_and_found(tmp_path: Path) -> None:
    """A Rencana Mutasi sheet with rows inserted above its table was refused as having none of its 24 columns
    ("tidak memiliki kolom"), as if they were missing: it now says, as the Persetujuan sheet does, that the header
    was looked for on row 1 from column A and where it is."""
    import re
    import zipfile
    from datetime import date

    import asn_mutasi as am
    from asn_mutasi.errors import InputError
    from asn_mutasi.io.open_workbook import sheet_entries
    from asn_mutasi.io.plan_workbook import RENCANA, read_plan_workbook

    root = Path(__file__).resolve().parents[1] / "sample_data"
    plan = tmp_path / "r.xlsx"
    am.plan(pegawai=root / "pegawai.xlsx", jabatan=root / "peta_jabatan.xlsx", output=plan, tanggal=date(2026, 11, 1))
    entry = sheet_entries(plan)[RENCANA]
    moved = tmp_path / "moved.xlsx"

    def down(m: re.Match[bytes]) -> bytes:
        return m.group(1) + str(int(m.group(2)) + 6).encode() + b'"'

    with zipfile.ZipFile(plan) as zi, zipfile.ZipFile(moved, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zi.infolist():
            data = zi.read(info)
            if info.filename == entry:
                data = re.sub(rb'(<row r="|<c r="[A-Z]+)(\d+)"', down, data)
            zo.writestr(info, data)
    with pytest.raises(InputError) as refused:
        read_plan_workbook(moved)
    said = str(refused.value)
    assert f"Lembar kerja '{RENCANA}'" in said
    assert "bergeser" in said and "baris 7 mulai kolom A" in said and "baris 1 mulai kolom A" in said
    assert "'ID Mutasi' kembali di sel A1" in (refused.value.hint or "")
