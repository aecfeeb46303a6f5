"""Real exports of the real11 hunt (h32): SIASN rw-skp22 given as the roster, posts written "<jabatan> pada <unit>",
an official listed again for the post he holds acting (see tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def test_a_siasn_skp22_history_rated_alike_each_year_is_named() -> None:
    """SIASN rw-skp22 (one row per year; kuadranKinerja is the predikat): everyone is rated BAIK each year, so only the
    year column tells the rows apart, and the file was read as a roster with a nip-ganda per year and no word on its
    layout. It is named once as an appraisal history."""
    table = prepare_roster(read_table(REAL / "siasn_rw_skp22.csv", "pegawai"))
    said = [f.message for f in table.findings if f.code == "pegawai-berisi-riwayat"]
    assert len(said) == 1, said
    assert said[0].startswith("3 NIP tertulis") and "(4 baris lebih;" in said[0]
    assert "Riwayat SKP SIASN" in said[0] and "--riwayat" not in said[0]


def test_a_roster_with_one_predikat_per_person_and_a_year_is_no_history(tmp_path: Path) -> None:
    """A roster with a year column (the year of its last appraisal) and one row per person names no history; a
    person written twice for the same year is a duplicate, not a history."""
    path = REAL / "siasn_rw_skp22.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    text = "\n".join([lines[0], lines[1], lines[1], lines[4], lines[6], lines[8]]) + "\n"
    copy = tmp_path / "skp22_once.csv"
    copy.write_text(text, encoding="utf-8")
    table = prepare_roster(read_table(copy, "pegawai"))
    assert "pegawai-berisi-riwayat" not in {f.code for f in table.findings}
