"""Real files of the real20 hunt (h33): formation lists and usulan of public apps (tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.errors import SchemaError
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_positions

REAL = Path(__file__).resolve().parent / "fixtures" / "real"


def test_a_kemenag_formasi_export_is_read_as_a_position_table() -> None:
    """A Kemenag formasi app's CPNS export (NO, KELOMPOK, JABATAN, KUALIFIKASI PENDIDIKAN, JUMLAH, UNIT PENEMPATAN) was
    refused: no unit column (UNIT PENEMPATAN) and no need (JUMLAH, the formation's seats)."""
    table = read_table(REAL / "formasi_cpns_kemenag.xlsx", "jabatan")
    assert table.columns["unit_kerja"].header == "UNIT PENEMPATAN"
    assert table.columns["kebutuhan"].header == "JUMLAH"
    assert table.columns["syarat_pendidikan"].header == "KUALIFIKASI PENDIDIKAN"
    frame = prepare_positions(table).frame
    assert int(frame["kebutuhan"].sum()) == 6
    assert list(frame["syarat_pendidikan"]) == ["S-1", "S-1", "S-1", "S-1", "D-III"]
    assert frame.loc[0, "unit_kerja"] == "MIN 1 Kota Kupang"


POSITIONS = "NAMA JABATAN,UNIT KERJA,{count},JUMLAH\nAnalis Kebijakan Ahli Muda,Bagian Umum,3,5\n"


def test_a_bare_jumlah_beside_another_count_is_not_the_need(tmp_path: Path) -> None:
    """A bare JUMLAH is the need only when the table counts nothing else: beside BEZETTING it may be that count's
    total, and the table is refused for want of its need rather than read from the wrong column."""
    path = tmp_path / "peta.csv"
    path.write_text(POSITIONS.format(count="BEZETTING"), "utf-8")
    with pytest.raises(SchemaError, match="Kebutuhan"):
        read_table(path, "jabatan")


def test_a_bare_jumlah_beside_kebutuhan_stays_unread(tmp_path: Path) -> None:
    path = tmp_path / "peta.csv"
    path.write_text(POSITIONS.format(count="KEBUTUHAN"), "utf-8")
    table = read_table(path, "jabatan")
    assert table.columns["kebutuhan"].header == "KEBUTUHAN"
