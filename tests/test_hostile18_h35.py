"""Rows that vanish or count twice: every roster row accounted for once, in every command (hostile18, h35)."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.domain.jabatan import acting_word
from tests.cli_helpers import expect, run, stdout_json

POSTS = (
    "KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN;SYARAT PENDIDIKAN\n"
    "J01;Analis Kebijakan Ahli Muda;Bagian Organisasi;Fungsional;2;S-1\n"
    "J02;Pengadministrasi Perkantoran;Bagian Umum;Pelaksana;2;SLTA\n"
)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_jabatan_of_no_word_is_held_by_no_acting_word() -> None:
    """A blank or punctuation-only jabatan has no holding word (it raised IndexError)."""
    for text in ("", " ", "-", "...", "Pj"):
        assert acting_word(text) is None
    assert acting_word("Pj", alone=True) == "Pj."


def test_a_dash_jabatan_linked_by_its_code_is_checked_not_a_crash(tmp_path: Path) -> None:
    """A "-" in JABATAN beside a KODE JABATAN: `periksa` ended in "Kesalahan internal (IndexError)" (exit 70)."""
    roster = _write(
        tmp_path / "pegawai.csv",
        "NIP;NAMA;JABATAN;KODE JABATAN;UNIT KERJA;TANGGAL LAHIR;TMT JABATAN\n"
        "198003032005011003;Budi;Analis Kebijakan Ahli Muda;J01;Bagian Organisasi;03-03-1980;01-01-2020\n"
        "197501012010011001;Andi;-;J02;Bagian Umum;01-01-1975;01-01-2019\n",
    )
    result = expect(run("periksa", roster, _write(tmp_path / "jabatan.csv", POSTS), "-f", "json"), 1)
    table = stdout_json(result)["ringkasan"]["tabel"][0]
    assert (table["baris_data"], table["valid"], table["dikecualikan"]) == (2, 1, 1)
