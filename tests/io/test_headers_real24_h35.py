"""Header spellings of SQL-dumped staff tables (real24, h35)."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster


def test_divisi_is_the_unit(tmp_path: Path) -> None:
    # a research institute's phpMyAdmin dump: `pegawai` (nip, nama, divisi, jabatan, pendidikan, golongan, email); the
    # divisi ("Kelompok Peneliti …") was left unmapped and the roster read as having no unit
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "nip,nama,divisi,jabatan,pendidikan,golongan,email\n"
        "198001012005012001,Rina Astuti,Kelompok Peneliti Ekofisiologi,Peneliti Ahli Pertama,S1,III/b,a@example.org\n"
        "197907072004121002,Budi Santoso,Kelompok Peneliti Pemuliaan Tanaman,Peneliti Ahli Madya,S3,IV/b,b@example.org\n",
        encoding="utf-8",
    )
    table = read_table(path, "pegawai")
    assert table.columns["unit_kerja"].header == "divisi"
    roster = prepare_roster(table)
    assert list(roster.frame["unit_kerja"]) == ["Kelompok Peneliti Ekofisiologi", "Kelompok Peneliti Pemuliaan Tanaman"]
    assert "kolom-tidak-ada" not in {f.code for f in roster.findings}


def test_divisi_beside_unit_kerja_leaves_the_unit(tmp_path: Path) -> None:
    # a hospital export's DIVISI beside UNIT KERJA (adamyordan01/rsud-hrd): the unit stays UNIT KERJA
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP,NAMA,JABATAN,DIVISI,UNIT KERJA\n"
        "198001012005012001,Rina Astuti,Perawat Ahli Pertama,Pelayanan Medik,Instalasi Rawat Inap\n",
        encoding="utf-8",
    )
    assert read_table(path, "pegawai").columns["unit_kerja"].header == "UNIT KERJA"
