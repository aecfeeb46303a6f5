"""Roster-reading leftovers and real files of the real31 hunt (h38): tests/fixtures/real/SOURCES.md."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pegawai.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_flag_in_a_post_part_column_is_no_post_but_says_the_jenis(tmp_path: Path) -> None:
    """A "JABATAN FUNGSIONAL" or "JFU" column holding a flag ("Ya", "V", "1", "\u2713") filled the empty JABATAN cell
    with the flag: the post became "Ya"."""
    path = _csv(
        tmp_path,
        "NIP,NAMA,JABATAN,JABATAN FUNGSIONAL,JFU,UNIT KERJA\n"
        "198606262011012004,ANI,-,Perencana Ahli Muda,,Dinas A\n"
        "198606262011012007,DODI,,Ya,,Dinas A\n"
        "198606262011012008,EKA,,\u2713,,Dinas A\n"
        "198606262011012009,FANI,,,1,Dinas A\n"
        "198606262011012010,GITA,,,V,Dinas A\n",
    )
    table = read_table(path, "pegawai")
    posts = table.frame["jabatan"].tolist()
    assert posts[0] == "Perencana Ahli Muda"
    assert all(p is None or str(p).strip() in ("", "-") for p in posts[1:]), posts
    assert table.frame["jenis_jabatan"].tolist()[1:] == ["Fungsional", "Fungsional", "Pelaksana", "Pelaksana"]
    prepared = prepare_roster(table)
    assert "Ya" not in prepared.frame["jabatan"].tolist()
    assert prepared.frame["jenis_jabatan"].tolist()[1:] == ["Fungsional", "Fungsional", "Pelaksana", "Pelaksana"]
