"""review24 (h36): a one-row header written with slashes ("Golongan / Ruang", "Pangkat / Gol / Ruang") is its field
whole, never a two-row header's lower label that only completes the field (review22)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from asn_mutasi.io.readers import read_table


@pytest.mark.parametrize("header", ["Golongan / Ruang", "GOL / RUANG", "Pangkat / Gol / Ruang", "Gol. / Ruang"])
def test_a_slashed_golongan_header_is_read_as_the_golongan(tmp_path: Path, header: str) -> None:
    """Read as "GOLONGAN" over "RUANG", the column was left out of the exact matches: "Golongan / Ruang" was then
    fuzzy-matched (kolom-dipetakan-fuzzy) and "Pangkat / Gol / Ruang" left unread, every employee's golongan lost."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA", header])
    ws.append(["197501012010011001", "Andi", "Analis SDM Aparatur Ahli Muda", "BKD", "III/c"])
    ws.append(["197602022011042002", "Sri", "Pranata Komputer Ahli Pertama", "BKD", "IV/a"])
    path = tmp_path / "r.xlsx"
    wb.save(path)
    table = read_table(path, "pegawai")
    assert table.columns["golongan"].header == header
    assert list(table.frame["golongan"]) == ["III/c", "IV/a"]
    assert not [f for f in table.findings if f.location.header == header]
