"""Reader gaps of the real6 hunt (h31): see tests/fixtures/real/SOURCES.md."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def test_a_one_person_roster_reads_jenis_and_kedudukan_apart() -> None:
    """SI-ITING's roster sheet (Kab. Bandung Barat) of one person: "Status Pegawai" (Aktif) was the status and
    "Jenis Pegawai" (PNS) went unused, too few cells to judge (real6, h31)."""
    raw = read_table(REAL / "buku_bezetting_kbb.xlsx", "pegawai")
    assert (raw.columns["status_kepegawaian"].header, raw.columns["kedudukan_hukum"].header) == (
        "Jenis Pegawai",
        "Status Pegawai",
    )
    roster = prepare_roster(raw)
    assert (roster.frame.loc[0, "status_kepegawaian"], roster.frame.loc[0, "kedudukan_hukum"]) == ("PNS", "Aktif")
