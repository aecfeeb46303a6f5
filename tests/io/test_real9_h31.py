"""Real exports of the real9 hunt (h31): SIASN's "jenjang" column (see tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"
HEAD = "NIP,NAMA,JABATAN,UNIT KERJA,GOLONGAN,JENJANG\n"
PEOPLE = [
    ("197501012010011001", "Analis Hukum Ahli Pertama", "III/a"),
    ("197602022011042002", "Perawat Terampil", "II/c"),
    ("197703032012011003", "Pranata Komputer Ahli Muda", "III/c"),
    ("197804042013012004", "Pengadministrasi Perkantoran", "II/b"),
]


def _roster(tmp_path: Path, cells: list[str]) -> tuple[list[object], list[str], Any]:
    rows = [
        f"{nip},Pegawai {i},{j},Bagian Umum,{g},{c}"
        for i, ((nip, j, g), c) in enumerate(zip(PEOPLE, cells, strict=True))
    ]
    (tmp_path / "pegawai.csv").write_text(HEAD + "\n".join(rows) + "\n", encoding="utf-8")
    raw = read_table(tmp_path / "pegawai.csv", "pegawai")
    table = prepare_roster(raw)
    return table.valid["pendidikan"].tolist(), [f.code for f in [*raw.findings, *table.findings]], raw


def test_a_jenjang_column_of_jf_jenjang_is_no_education(tmp_path: Path) -> None:
    """A "JENJANG" of the JF's jenjang (Ahli Pertama, Terampil, Ahli Muda) was read as the education level: two
    pendidikan-tidak-dikenal and a Pranata Komputer Ahli Muda with a D-II. It is read as the posts' jenjang (the
    names already say it: nothing to complete, no word; jenjang28, h37), no longer a known column left unused."""
    levels, codes, raw = _roster(tmp_path, ["Ahli Pertama", "Terampil", "Ahli Muda", ""])
    assert levels == [None] * 4
    assert "pendidikan" not in raw.columns
    assert "pendidikan-tidak-dikenal" not in codes and "kolom-dikenal-tidak-dipakai" not in codes
    assert [i.header for i in raw.parts["jabatan"]] == ["JENJANG"]


def test_a_jenjang_column_of_education_levels_stays_the_education(tmp_path: Path) -> None:
    """Negative: "JENJANG" of S1/D3/SMA is the education level, as before."""
    levels, codes, _ = _roster(tmp_path, ["S1", "D3", "S2", "SMA"])
    assert levels == ["S-1", "D-III", "S-2", "SMA"]
    assert "kolom-dikenal-tidak-dipakai" not in codes


def test_siasn_rw_jabatan_as_a_roster_reads_no_jenjang_as_education() -> None:
    """SIASN's rw-jabatan (its "jenjang": Ahli Pertama, Terampil) given as the roster: no pendidikan-tidak-dikenal."""
    raw = read_table(REAL / "siasn_rw_jabatan.csv", "pegawai")
    codes = [f.code for f in [*raw.findings, *prepare_roster(raw).findings]]
    assert "pendidikan" not in raw.columns and "pendidikan-tidak-dikenal" not in codes
