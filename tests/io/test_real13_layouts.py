"""Real layouts of round 2 (real2, h30): see tests/fixtures/real/SOURCES.md."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from asn_mutasi.errors import SchemaError
from asn_mutasi.io.readers import read_table

#: the sheets of a BKPSDM dashboard workbook: every one a count per group, a card list or notes
DASHBOARD = {
    "01_Overview": [["Tanggal Data", "Total Pegawai", "Laki-Laki", "Perempuan"], ["09 Agustus 2026", 17851, 6431, 11420]],
    "03_Generasi": [["Generasi", "Laki-Laki", "Perempuan", "Total"], ["Generasi X", 0, 5, 5], ["Generasi Y", 2653, 5122, 7775]],
    "06_StatusPegawai": [["Status Pegawai", "Jumlah"], ["CPNS", 5], ["PNS", 8901], ["PPPK", 8945]],
    "09_GolonganPNS": [["Golongan", "Laki-Laki", "Perempuan", "Total"], ["III/a", 82, 5, 87], ["III/b", 12, 0, 12]],
    "15_Catatan": [["Informasi", "Keterangan"], ["Sumber", "Penarikan Bezetting 09 Agustus 2026"]],
}  # fmt: skip


@pytest.mark.parametrize("kind", ["pegawai", "jabatan"])
def test_a_workbook_of_recaps_is_refused_as_a_whole(make_workbook: Callable[..., Path], kind: str) -> None:
    """Refused naming '06_StatusPegawai' (its status column the one field found) and the headers of that sheet,
    as if that sheet needed renaming: the refusal says no sheet holds the table and which sheets are recaps."""
    with pytest.raises(SchemaError) as caught:
        read_table(make_workbook("dashboard.xlsx", DASHBOARD), kind)
    message = str(caught.value)
    assert "tidak ada sheet berisi daftar" in message and "5 sheet diperiksa" in message
    assert "'03_Generasi'" in message and "'06_StatusPegawai'" in message and "'15_Catatan'" not in message
    assert "sheet '06_StatusPegawai'" not in message and "kolom wajib" not in message


def test_a_recap_beside_a_roster_still_reads_the_roster(make_workbook: Callable[..., Path]) -> None:
    sheets = dict(DASHBOARD)
    sheets["Data"] = [["NIP", "Nama", "Jabatan", "Unit Kerja"], ["197501012010011001", "Andi", "Analis", "BKPSDM"]]
    raw = read_table(make_workbook("dashboard.xlsx", sheets), "pegawai")
    assert raw.source.sheet == "Data" and list(raw.frame["nip"]) == ["197501012010011001"]


def test_a_single_recap_sheet_keeps_its_own_refusal(make_workbook: Callable[..., Path]) -> None:
    """One sheet: the refusal names it and its missing columns, as before (the sheet is the file)."""
    with pytest.raises(SchemaError) as caught:
        read_table(make_workbook("rekap.xlsx", {"Rekap": DASHBOARD["06_StatusPegawai"]}), "pegawai")
    assert "sheet 'Rekap': kolom wajib tidak ditemukan" in str(caught.value)
    assert "rekap/statistik" in (caught.value.hint or "")
