"""A table's stated holders in units the roster does not cover (real21, h34)."""

from __future__ import annotations

from pathlib import Path

from tests.cli_helpers import EXIT_OK, expect, run, stdout_json

TABLE = (
    "PERANGKAT DAERAH,NAMA JABATAN,UNIT KERJA,KEBUTUHAN,EXISTING\n"
    "Sekretariat Daerah,Analis Kebijakan Ahli Muda,Bagian Organisasi,2,1\n"
    "Sekretariat Daerah,Pengadministrasi Perkantoran,Bagian Organisasi,2,3\n"
    "Dinas Kesehatan,Perencana Ahli Pertama,Sekretariat Dinas Kesehatan,2,2\n"
    "Dinas Kesehatan,Pengadministrasi Perkantoran,Sekretariat Dinas Kesehatan,1,0\n"
)
ROSTER = (
    "NIP,NAMA,JABATAN,UNIT KERJA,GOLONGAN,PENDIDIKAN\n"
    "198501012010011001,Budi,Analis Kebijakan Ahli Muda,Bagian Organisasi,III/c,S-1 Administrasi Negara\n"
    "198702022011012002,Siti,Pengadministrasi Perkantoran,Bagian Organisasi,II/c,SLTA\n"
    "198803032012011003,Andi,Pengadministrasi Perkantoran,Bagian Organisasi,II/c,SLTA\n"
    "198904042013012004,Dewi,Pengadministrasi Perkantoran,Bagian Organisasi,II/b,SLTA\n"
)


def test_stated_holders_in_a_unit_without_roster_staff_are_said(tmp_path: Path) -> None:
    """The table states 2 holders of a post in an OPD the roster holds nobody of: the post is counted 2 vacancies,
    the same in lowongan and rencana (the holder count is always the roster's), and nothing said so."""
    (tmp_path / "pegawai.csv").write_text(ROSTER)
    (tmp_path / "peta.csv").write_text(TABLE)
    roster, table = tmp_path / "pegawai.csv", tmp_path / "peta.csv"
    out = stdout_json(expect(run("periksa", roster, table, "-f", "json"), EXIT_OK))
    said = [f for f in out["temuan"] if f["kode"] == "bezetting-unit-tanpa-pegawai"]
    assert len(said) == 1
    assert "bezetting 2 orang pada 1 jabatan di 1 unit kerja" in said[0]["pesan"]
    assert said[0]["tingkat"] == "peringatan"
    assert not [f for f in out["temuan"] if f["kode"] == "bezetting-beda"]  # the staffed unit's figures agree
