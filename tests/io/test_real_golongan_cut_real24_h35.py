"""A SQL dump's staff table whose varchar(20) cut the golongan's name (real24, h35): pegawai_bps_varchar.csv."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

REAL = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "real"


def test_cut_golongan_names_are_read_whole() -> None:
    roster = prepare_roster(read_table(REAL / "pegawai_bps_varchar.csv", "pegawai"))
    # "namagolongan" is the golongan column ("nama_golongan" of a golongan table's join); it was left unmapped
    assert list(roster.frame["golongan"]) == ["I/b", "I/a", "IV/c", "III/b", "II/c"]
    codes = {f.code for f in roster.findings}
    assert "golongan-bertentangan" not in codes
    assert "kolom-golongan-tidak-ada" not in codes
