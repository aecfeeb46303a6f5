"""Every row counted, and said truly, on hostile templates and agency filters (hostile19, h35)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from asn_mutasi.findings import Severity
from asn_mutasi.io.readers import read_table
from asn_mutasi.schema import HOLDS
from asn_mutasi.validation import prepare_roster

AS_OF = date(2025, 1, 1)
HEADER = "NO;NIP;NAMA;JABATAN;UNIT KERJA;TANGGAL LAHIR;TMT JABATAN;INSTANSI"
HERE, THERE = "Kabupaten A", "Kabupaten B"
BUDI = "198003032005011003;Budi;Analis Kebijakan Ahli Muda;Bagian Organisasi;03-03-1980;01-01-2020"
SARI = "198103032005011004;Sari;Pengadministrasi Perkantoran;Bagian Umum;03-03-1981;01-01-2020"


def _roster(path: Path, lines: list[str], instansi: str | None = HERE) -> Any:
    body = [f"{k};{line}" for k, line in enumerate(lines, start=1)]
    path.write_text("\n".join([HEADER, *body]) + "\n", encoding="utf-8")
    return prepare_roster(read_table(path, "pegawai"), today=AS_OF, instansi=instansi)


def test_a_damaged_nip_of_a_row_left_out_by_instansi_is_not_said_to_hold_its_seat(tmp_path: Path) -> None:
    """A 19-character NIP typo on another agency's row: nip-tidak-valid said "orangnya tetap dihitung dalam
    bezetting jabatannya", but --instansi leaves the row out and it is counted nowhere. In the agency read, the
    note stays (the person does hold the seat)."""
    typo = "19800303200501100X;Andi;Analis Kebijakan Ahli Muda;Bagian Organisasi;03-03-1980;01-01-2020"
    table = _roster(tmp_path / "p.csv", [f"{BUDI};{HERE}", f"{typo};{THERE}"])
    said = [f for f in table.findings if f.code == "nip-tidak-valid"]
    assert len(said) == 1 and said[0].location.row == 3
    assert "bezetting" not in said[0].message
    assert not table.frame[HOLDS].any()
    table = _roster(tmp_path / "p.csv", [f"{BUDI};{HERE}", f"{typo};{HERE}"])
    said = [f for f in table.findings if f.code == "nip-tidak-valid"]
    assert len(said) == 1 and "tetap dihitung dalam bezetting" in said[0].message


def test_a_nip_repeated_in_an_agency_left_out_is_a_warning_not_a_galat(tmp_path: Path) -> None:
    """Budi written in agency A and agency B, --instansi A: the B row is out of scope; NIP uniqueness is a rule of
    the agency planned, and the repeat (a person moving between agencies) is said as a warning, not a galat that
    fails `periksa`. Within one agency the repeat stays a galat."""
    table = _roster(tmp_path / "p.csv", [f"{BUDI};{HERE}", f"{SARI};{HERE}", f"{BUDI};{THERE}"])
    said = [f for f in table.findings if f.code.startswith("nip-ganda")]
    assert [(f.code, f.severity, f.location.row) for f in said] == [("nip-ganda-instansi-lain", Severity.WARNING, 4)]
    assert THERE in said[0].message and "baris 2" in said[0].message
    assert table.valid["nama"].tolist() == ["Budi", "Sari"]
    assert not [f for f in table.findings if f.severity is Severity.ERROR]
    # the same rows, both in agency A: a galat
    table = _roster(tmp_path / "p.csv", [f"{BUDI};{HERE}", f"{SARI};{HERE}", f"{BUDI};{HERE}"])
    assert [f.code for f in table.findings if f.code.startswith("nip-ganda")] == ["nip-ganda"]
    # no --instansi: every agency is read, the repeat is a galat
    table = _roster(tmp_path / "p.csv", [f"{BUDI};{HERE}", f"{SARI};{HERE}", f"{BUDI};{THERE}"], instansi=None)
    assert [f.code for f in table.findings if f.code.startswith("nip-ganda")] == ["nip-ganda"]
