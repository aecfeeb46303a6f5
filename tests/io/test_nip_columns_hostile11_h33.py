"""A roster of PNS and PPPK with the NI PPPK in a column of its own (hostile11, h33)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from asn_mutasi.io.column_mapping import SAMPLE_ROWS
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

HEADER = "NIP,NAMA,NI PPPK,JABATAN,UNIT KERJA\n"


def _pns(i: int) -> str:
    return f"19800101200501{1000 + i:04d},Pegawai {i},,Analis,BKD\n"


def test_the_ni_pppk_column_fills_the_empty_nip_cells(tmp_path: Path) -> None:
    """Every PPPK was "NIP kosong" (left out of the plan) with the number in the NI PPPK column beside it; now the
    second NIP column fills the first one's empty cells, said once (kolom-gabungan), even when the first PPPK comes
    after the rows the column mapping samples."""
    path = tmp_path / "pegawai.csv"
    pppk = "Budi,199001012023211001,Analis,BKD\n"
    for before in (1, SAMPLE_ROWS + 5):
        path.write_text(HEADER + "".join(_pns(i) for i in range(before)) + "," + pppk)
        raw = read_table(path, "pegawai")
        assert raw.frame["nip"].iloc[-1] == "199001012023211001"
        assert [f.code for f in raw.findings if f.code.startswith("kolom-")] == ["kolom-gabungan"]
        prepared = prepare_roster(raw, today=date(2026, 11, 1))
        assert not [f for f in prepared.findings if f.code == "sel-wajib-kosong"]
        assert len(prepared.frame) == before + 1


def test_a_second_nip_column_with_other_numbers_is_still_named_and_not_read(tmp_path: Path) -> None:
    """Two NIP columns holding different numbers on one row: the first is read, the second named (kolom-ganda), as
    before; no cell of it is taken."""
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP,NAMA,NIP,JABATAN,UNIT KERJA\n"
        "198001012005011001,Andi,198001012005011009,Analis,BKD\n"
        ",Budi,198101012006011002,Analis,BKD\n"
    )
    raw = read_table(path, "pegawai")
    assert [f.code for f in raw.findings if f.code.startswith("kolom-")] == ["kolom-ganda"]
    assert raw.frame["nip"].isna().iloc[1] or not raw.frame["nip"].iloc[1]
