"""Roster-reading defects of the reviewF review of the real31 and edu30 merges (h38)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from asn_mutasi.io.readers import read_table


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pegawai.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_no_flag_in_a_post_part_column_is_no_post(tmp_path: Path) -> None:
    """A JFT/JFU column left unticked ("Tidak", "T", "N", "0", "FALSE") filled the empty JABATAN cell: the post read
    "Tidak", and the "Ya" in the next column no longer said the jenis."""
    path = _csv(
        tmp_path,
        "NIP,NAMA,JABATAN,JFT,JFU,JENIS JABATAN,UNIT KERJA\n"
        "198606262011012004,ANI,,Tidak,Ya,,Dinas A\n"
        "198606262011012007,DODI,,Ya,Tidak,,Dinas A\n"
        "198606262011012008,EKA,,0,1,,Dinas A\n"
        "198606262011012009,FANI,,T,Y,,Dinas A\n"
        "198606262011012010,GITA,,FALSE,TRUE,,Dinas A\n"
        "198606262011012011,HANA,Perencana Ahli Muda,Tidak,,,Dinas A\n",
    )
    frame = read_table(path, "pegawai").frame
    assert frame["jabatan"].tolist()[:5] == [None] * 5, frame["jabatan"].tolist()
    assert frame["jabatan"].tolist()[5] == "Perencana Ahli Muda"
    assert frame["jenis_jabatan"].tolist()[:5] == ["Pelaksana", "Fungsional", "Pelaksana", "Pelaksana", "Pelaksana"]


def test_a_workbook_boolean_in_a_post_part_column_is_no_post(tmp_path: Path) -> None:
    """A workbook's checkbox column holds TRUE/FALSE cells: the post read True or False."""
    path = tmp_path / "pegawai.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["NIP", "NAMA", "JABATAN", "JFT", "JFU", "JENIS JABATAN", "UNIT KERJA"])
    sheet.append(["198606262011012004", "ANI", None, True, False, None, "Dinas A"])
    sheet.append(["198606262011012007", "DODI", None, False, True, None, "Dinas A"])
    book.save(path)
    frame = read_table(path, "pegawai").frame
    assert frame["jabatan"].tolist() == [None, None], frame["jabatan"].tolist()
    assert frame["jenis_jabatan"].tolist() == ["Fungsional", "Pelaksana"]
