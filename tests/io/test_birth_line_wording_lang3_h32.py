"""lang3 (h32): ttl-dari-sel-nama shows the line it took, not a fixed "Semarang, 12-04-1968"."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.readers import read_table

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def _said(path: Path) -> str:
    (message,) = [f.message for f in read_table(path, "pegawai").findings if f.code == "ttl-dari-sel-nama"]
    return message


def test_a_bare_birth_date_under_the_nip_is_shown_as_written() -> None:
    """A Baperjakat draft writes NAMA / NIP / TANGGAL LAHIR in one cell: no place. The finding said "Baris tempat,
    tanggal lahir di bawah nama (mis. 'Semarang, 12-04-1968')" of it, and the mapping "tempat, tanggal lahir"."""
    raw = read_table(REAL / "draft_pelantikan_bogor.xlsx", "pegawai")
    said = _said(REAL / "draft_pelantikan_bogor.xlsx")
    assert said.startswith("Tanggal lahir yang ditulis di bawah nama (mis. '01/01/1975') dipisahkan")
    assert "tempat" not in raw.columns["tanggal_lahir"].reason


def test_a_place_and_date_line_is_shown_as_written(tmp_path: Path) -> None:
    path = tmp_path / "duk.csv"
    path.write_text(
        'NIP,NAMA,JABATAN,UNIT KERJA\n197001012000011001,"Budi Santoso\nKupang, 01-01-1970",Pengolah Data,Dinas Sosial\n'
        '197102022000012002,"Sri Wahyuni\nEnde, 02-02-1971",Pengolah Data,Dinas Sosial\n',
        encoding="utf-8",
    )
    assert "(mis. 'Kupang, 01-01-1970')" in _said(path)
