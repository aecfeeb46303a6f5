"""Real PPPK and SIASN export layouts of round 21 (real21, h34): the people are invented."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster


def test_pendidikan_formal_is_the_education_column(tmp_path: Path) -> None:
    """SIMPEG exports head the education cell "PENDIDIKAN FORMAL" (beside the diklat): it was left unread
    ("kolom-tidak-dikenal", maybe jurusan or pendidikan?) and nobody's education was known."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA,PENDIDIKAN FORMAL,DIKLAT STRUKTURAL\n"
        "198501012010011001,Budi,Perencana Ahli Pertama,Bagian Organisasi,S1 Ekonomi Manajemen,PIM IV\n"
        "198702022011012002,Siti,Pengadministrasi Perkantoran,Bagian Organisasi,SLTA,\n"
    )
    raw = read_table(roster, "pegawai")
    assert raw.columns["pendidikan"].header == "PENDIDIKAN FORMAL"
    assert "kolom-tidak-dikenal" not in {f.code for f in raw.findings if f.location.column == "E"}
    assert list(prepare_roster(raw).frame["pendidikan"]) == ["S-1", "SMA"]
