"""Wording of the session's later findings as an analyst reads them on stderr (lang5, h32): a row without a unit
is said to have none, never "di unit ''"; the plan's bound basis names no "solver"; a look-alike letter is named by
its script with the next step; the date order is spelt as the other date findings spell it."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.findings import Location, make_finding
from tests.cli_helpers import TANGGAL, run

PETA = (
    "KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KELAS JABATAN;KEBUTUHAN;BEZETTING\n"
    "A1;Kepala Bidang Pelayanan;Dinas Kesehatan;Administrator;12;1;1\n"
    "A2;Pengadministrasi Umum;Dinas Kesehatan;Pelaksana;5;2;1\n"
    "A3;Pengadministrasi Umum;Dinas Pendidikan;Pelaksana;5;2;1\n"
)
HEAD = "NIP;NAMA;GOL/RUANG;JABATAN;TANGGAL LAHIR;JENIS KELAMIN;STATUS KEPEGAWAIAN;PENDIDIKAN TERAKHIR\n"


def _check(tmp_path: Path, roster: str, peta: str = PETA) -> str:
    (tmp_path / "peg.csv").write_text(roster, encoding="utf-8")
    (tmp_path / "pj.csv").write_text(peta, encoding="utf-8")
    result = run("periksa", tmp_path / "peg.csv", tmp_path / "pj.csv", *TANGGAL)
    return result.stdout + result.stderr


def test_post_without_unit_is_said_to_have_none(tmp_path: Path) -> None:
    roster = HEAD + "198001012005011002;Budi;II/c;Pengadministrasi Umum;01-01-1980;L;PNS;SLTA\n"
    out = _check(tmp_path, roster)
    assert "Jabatan 'Pengadministrasi Umum' (tanpa unit kerja) tidak ada di peta jabatan" in out
    assert "di unit ''" not in out


def test_unit_slot_kept_when_unit_given() -> None:
    said = make_finding("jabatan-tidak-ditemukan", Location(), jabatan="Lurah", unit_kerja="Kelurahan X").message
    assert said.startswith("Jabatan 'Lurah' di unit 'Kelurahan X' tidak ada")
    blank = make_finding("kode-jabatan-tidak-cocok", Location(value="K1"), jabatan="Lurah", unit_kerja="").message
    assert "'Lurah' (tanpa unit kerja);" in blank


def test_bound_basis_in_the_analysts_words() -> None:
    """What the fill bound is when the time limit came first (``dasar_batas_atas``, on stderr after the gap) named
    the planner "solver" and the unit limit "batas maks pindah per unit", a setting no file spells so."""
    from asn_mutasi.planning.exact import BOUND_BASIS

    for words in BOUND_BASIS.values():
        assert "solver" not in words and "dual" not in words
    assert "[rencana] maks_pindah_per_unit" in BOUND_BASIS["relaksasi"]


def test_look_alike_letter_named_by_script_and_the_next_step_said(tmp_path: Path) -> None:
    roster = (
        "NIP;NAMA;JABATAN;UNIT KERJA;KEDUDUKAN HUKUM\n"
        "198001012005011002;Budi;Pengadministrasi Umum;Dinas Kesehatan;\u0410KTIF\n"
        "198101012005011003;Ani;Pengadministrasi Umum;Dinas Kesehatan;\u0391ktif\n"
    )
    out = _check(tmp_path, roster)
    assert "mirip huruf Latin: \u0410 Kiril (U+0410); dibaca 'Aktif'; ketik ulang sel ini di berkas sumber" in out
    assert "mirip huruf Latin: \u0391 Yunani (U+0391); dibaca 'Aktif'; ketik ulang" in out


def test_month_first_dates_use_the_date_findings_order_words(tmp_path: Path) -> None:
    """tanggal-bulan-hari wrote 'bulan/hari/tahun' beside tanggal-ambigu-kolom's 'hari-bulan-tahun' (one order, two
    spellings) and said no next step."""
    roster = HEAD + (
        "197705022003022001;Ratna;IV/a;Kepala Bidang Pelayanan;05/31/1977;P;PNS;S-1\n"
        "198001012005011002;Budi;II/c;Pengadministrasi Umum;01/02/1980;L;PNS;SLTA\n"
    )
    out = _check(tmp_path, roster)
    said = next(line for line in out.splitlines() if line.startswith("tanggal-bulan-hari"))
    assert "dibaca bulan-hari-tahun (urutan Amerika Serikat" in said and "/tahun" not in said
    assert "periksa beberapa tanggal kolom ini di berkas sumber" in said
