"""Repeated NIPs whose rows read two ways, and hostile rosters (hostile17, h35)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

AS_OF = date(2025, 1, 1)
HEADER = "NIP;NAMA;JABATAN;UNIT KERJA;TANGGAL LAHIR;TMT JABATAN;KEDUDUKAN HUKUM"
ACTIVE = "198103032005011004;Sari;Analis Kebijakan Ahli Muda;Bagian Organisasi;03-03-1981;01-01-2020;Aktif"
GONE = "198103032005011004;Sari;Analis Kebijakan Ahli Madya;Bagian Umum;03-03-1981;01-01-2024;CLTN"


def _roster(path: Path, lines: list[str], header: str = HEADER) -> Any:
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return prepare_roster(read_table(path, "pegawai"), today=AS_OF)


def test_the_row_kept_of_a_repeated_nip_is_a_row_that_is_read(tmp_path: Path) -> None:
    """The newer row of a repeated NIP was kept, then left out as CLTN by a later rule: nip-ganda said "yang dibaca
    baris 3" of a row not read, and the active row was dropped too, so the person was read nowhere."""
    for lines, active_row in (([ACTIVE, GONE], 2), ([GONE, ACTIVE], 3)):
        table = _roster(tmp_path / "ganda.csv", lines)
        assert table.valid["_baris"].tolist() == [active_row]
        said = [(f.code, f.location.row, f.message) for f in table.findings if f.code.startswith("nip-ganda")]
        assert len(said) == 1
        code, row, message = said[0]
        assert code == "nip-ganda" and row != active_row and f"yang dibaca baris {active_row}" in message


def test_a_repeated_nip_with_every_row_left_out_says_none_is_read(tmp_path: Path) -> None:
    """Both rows out of scope: the finding names no row as read, and each row is left out once."""
    table = _roster(tmp_path / "ganda.csv", [GONE, GONE.replace("Bagian Umum", "Bagian Hukum").replace("2024", "2023")])
    assert table.valid.empty
    said = [f for f in table.findings if f.code.startswith("nip-ganda")]
    assert [f.code for f in said] == ["nip-ganda-tidak-dibaca"]
    assert "tidak satu pun baris NIP ini dibaca" in said[0].message and "CLTN" in said[0].message
    assert "yang dibaca" not in said[0].message
    assert table.frame["_status"].tolist() == ["dikecualikan", "dikecualikan"]
