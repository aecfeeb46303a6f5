"""Units and regions told apart: agencies of one name and two kinds of government, a province named bare, a
province's branch office in a kabupaten (units27, h37)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from asn_mutasi.findings import Severity
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

AS_OF = date(2025, 1, 1)
HEADER = "NO;NIP;NAMA;JABATAN;UNIT KERJA;TANGGAL LAHIR;TMT JABATAN;INSTANSI"
BUDI = "198003032005011003;Budi;Analis Kebijakan Ahli Muda;Bagian Organisasi;03-03-1980;01-01-2020"
BROKEN_NIP = "19800303200501100X;Andi;Analis Kebijakan Ahli Muda;Bagian Organisasi;03-03-1980;01-01-2020"


@pytest.mark.parametrize(
    ("here", "other"),
    [
        ("Kota Malang", "Kabupaten Malang"),
        ("Pemerintah Kabupaten Bekasi", "Pemerintah Kota Bekasi"),
        ("Kab. Bogor", "Pemkot Bogor"),
        ("Pemerintah Kota Jambi", "Pemerintah Provinsi Jambi"),
        ("Pemerintah Daerah Provinsi Gorontalo", "Pemerintah Kab. Gorontalo"),
    ],
)
def test_a_kota_and_the_kabupaten_of_its_name_are_two_agencies(tmp_path: Path, here: str, other: str) -> None:
    """`periksa --instansi "Kota Malang"` kept the broken NIP of a "Kabupaten Malang" row as its own error (exit 1):
    the agency names were compared without their kind, both "malang", one agency misspelt."""
    path = tmp_path / "p.csv"
    path.write_text(f"{HEADER}\n1;{BUDI};{here}\n2;{BROKEN_NIP};{other}\n", encoding="utf-8")
    table = prepare_roster(read_table(path, "pegawai"), today=AS_OF, instansi=here)
    assert [f.code for f in table.findings if f.severity is not Severity.INFO] == []
    assert [f.code for f in table.findings if f.code == "temuan-instansi-lain"] == ["temuan-instansi-lain"]


@pytest.mark.parametrize("cell", ["Malang", "Pemerintah Kota Malang", "Pemkot Malang", "Kota Malng"])
def test_the_same_kind_or_none_written_is_not_told_apart(tmp_path: Path, cell: str) -> None:
    """A cell naming no kind, or the same kind written another way or misspelt, may be the analyst's own staff."""
    path = tmp_path / "p.csv"
    path.write_text(f"{HEADER}\n1;{BUDI};Kota Malang\n2;{BROKEN_NIP};{cell}\n", encoding="utf-8")
    table = prepare_roster(read_table(path, "pegawai"), today=AS_OF, instansi="Kota Malang")
    assert [f.code for f in table.findings if f.severity is not Severity.INFO] == ["nip-tidak-valid"]
