"""Sane ranges: absurd kebutuhan/bezetting/beban kerja are findings, absurd reference dates usage errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from asn_mutasi.config import Settings
from asn_mutasi.domain.limits import check_as_of, in_range, range_text
from asn_mutasi.errors import UsageError
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_positions


def test_ranges() -> None:
    assert in_range("kebutuhan", 0) and in_range("kebutuhan", 100_000)
    assert not in_range("kebutuhan", 1e12) and not in_range("bezetting", -1)
    assert not in_range("kelas_jabatan", 0) and in_range("kelas_jabatan", 17)
    assert range_text("kebutuhan") == "0–100.000"


def test_reference_date_out_of_range_is_a_usage_error() -> None:
    assert check_as_of(date(2026, 1, 1)) == date(2026, 1, 1)
    with pytest.raises(UsageError) as err:
        check_as_of(date(9999, 12, 31))
    assert err.value.exit_code == 2


def test_absurd_numbers_in_a_position_table_are_findings_not_crashes(tmp_path: Path) -> None:
    path = tmp_path / "jabatan.csv"
    path.write_text(
        "KODE JABATAN,NAMA JABATAN,UNIT KERJA,KEBUTUHAN,BEZETTING,BEBAN KERJA\n"
        "J1,Analis,BKD,1000000000000,1,\n"
        f"J2,Pranata,BKD,{'9' * 30},{'9' * 30},\n"
        "J3,Arsiparis,BKD,,2,1e15\n"
        "J4,Operator,BKD,3,2,\n",
        encoding="utf-8",
    )
    prepared = prepare_positions(read_table(path, "jabatan"), Settings())
    hits = [(f.location.row, f.location.field) for f in prepared.findings if f.code == "angka-di-luar-batas"]
    assert (2, "kebutuhan") in hits and (3, "kebutuhan") in hits and (3, "bezetting") in hits
    assert int(prepared.frame["kebutuhan"].max()) <= 100_000


def test_cli_reference_date_9999_is_a_usage_error_and_read_limits_come_from_settings(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app

    roster = tmp_path / "pegawai.csv"
    roster.write_text("NIP,NAMA,JABATAN,UNIT KERJA\n199001012015031001,Budi,Analis,BKD\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(roster), "--tanggal", "9999-12-31", "--format", "json"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    config = tmp_path / "baca.toml"
    config.write_text("[baca]\nmaks_ukuran_csv_mb = 0.00001\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(roster), "-c", str(config), "--format", "json"])
    assert result.exit_code == 3
    assert "maks_ukuran_csv_mb" in result.output
