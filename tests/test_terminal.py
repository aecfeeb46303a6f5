"""What a person reads on the terminal: verbosity after the command, timings, readable tables."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from asn_mutasi.cli import render
from asn_mutasi.cli.app import app
from asn_mutasi.cli.console import State

BASE = ["check", "sample_data/pegawai_bermasalah.xlsx", "sample_data/peta_jabatan.xlsx", "--tanggal", "01-11-2026"]


@pytest.fixture(autouse=True)
def _reset_verbosity() -> None:
    State.verbosity = 0


def test_verbose_after_the_command_shows_timed_steps() -> None:
    result = CliRunner().invoke(app, [*BASE, "--format", "json", "-v"])
    assert result.exit_code == 1
    steps = [line for line in result.stderr.splitlines() if line.startswith("·")]
    assert steps and all(" s  " in line for line in steps)


def test_quiet_after_the_command_hides_the_summary() -> None:
    result = CliRunner().invoke(app, [*BASE, "--format", "json", "-q"])
    assert result.exit_code == 1
    assert "Diperiksa" not in result.stderr


def test_table_keeps_nip_whole_numbers_right_and_words(monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.StringIO()
    monkeypatch.setattr(render, "out_console", lambda: Console(file=buffer, width=60, highlight=False))
    rows = [
        {"nip": "199010302013121001", "skor": 94.61234, "layak": True, "tingkat": "galat", "alasan": "x " * 40},
        {"nip": "198302042009092001", "skor": 5.0, "layak": False, "tingkat": "peringatan", "alasan": "y"},
    ]
    cols = [("nip", "NIP"), ("skor", "Skor"), ("layak", "Layak"), ("tingkat", "Tingkat"), ("alasan", "Alasan")]
    render.emit_table(rows * 3, cols, limit=4)
    text = buffer.getvalue()
    assert "199010302013121001" in text and "198302042009092001" in text  # never split over two lines
    assert "94,6" in text and "ya" in text and "tidak" in text and "galat" in text and "peringatan" in text
    assert "… 2 lagi" in text
    skor_cells = [line.split("│")[2] for line in text.splitlines() if "94,6" in line]
    assert skor_cells and all(cell.endswith(" 94,6 ") for cell in skor_cells)  # right-aligned


def test_table_column_shows_every_number_with_the_same_decimals(monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.StringIO()
    monkeypatch.setattr(render, "out_console", lambda: Console(file=buffer, width=80, highlight=False))
    rows = [
        {"unit_kerja": "A", "ej": 1.17, "selisih": -21, "beban_kerja_jam": 1250.0, "catatan": None},
        {"unit_kerja": "B", "ej": 1.2, "selisih": 3, "beban_kerja_jam": 1234.5, "catatan": "x"},
        {"unit_kerja": "C", "ej": 1.0, "selisih": 0, "beban_kerja_jam": None, "catatan": None},
    ]
    cols = [("unit_kerja", "Unit"), ("ej", "EJ"), ("selisih", "Selisih"), ("beban_kerja_jam", "Jam"), ("catatan", "C")]
    render.emit_table(rows, cols)
    cells = {line.split("│")[1].strip(): line.split("│")[2:5] for line in buffer.getvalue().splitlines() if "│" in line}
    assert [cells[u][0].strip() for u in "ABC"] == ["1,17", "1,20", "1,00"]  # the decimal commas line up
    assert [cells[u][1].strip() for u in "ABC"] == ["-21", "3", "0"]  # whole numbers stay whole
    assert [cells[u][2].strip() for u in "ABC"] == ["1.250,0", "1.234,5", ""]  # thousands and empty cells kept


def test_output_file_means_nothing_on_stdout_and_a_summary_on_stderr(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "lowongan.xlsx"
    args = ["vacancies", "sample_data/pegawai.xlsx", "sample_data/peta_jabatan.xlsx", "--tanggal", "01-11-2026"]
    result = CliRunner().invoke(app, [*args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists() and result.stdout == ""
    assert "jabatan di" in result.stderr
    both = CliRunner().invoke(app, [*args, "-o", str(tmp_path / "b.xlsx"), "--format", "json"])
    assert both.exit_code == 0 and both.stdout.lstrip().startswith(("[", "{"))  # asked for explicitly


def test_plan_output_suffix_is_checked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "r.txt"
    result = CliRunner().invoke(
        app, ["plan", "sample_data/pegawai.xlsx", "sample_data/peta_jabatan.xlsx", "-o", str(out)]
    )
    assert result.exit_code == 2 and not out.exists()
    assert ".xlsx" in result.stderr


def test_an_escape_sequence_in_a_header_never_reaches_the_terminal_through_a_hint(tmp_path: Path) -> None:
    """A header "\\x1b[2J\\x1b[3J\\x1b[HNAMA PEGAWAI" was quoted raw in the "Saran:" line of a refusal: on a terminal it
    cleared the screen and the scrollback (hostile-input campaign, round 3). The message line already showed U+FFFD."""
    from cli_helpers import JABATAN_XLSX, run

    path = tmp_path / "ansi.csv"
    path.write_bytes(b"NO;\x1b[2J\x1b[3J\x1b[HNAMA PEGAWAI;JABATAN\n1;Budi;Staf\n")
    result = run("check", path, JABATAN_XLSX)
    assert result.exit_code == 3 and "Saran:" in result.stderr
    # the header's controls are taken out where it is read (hostile6, h32): the hint quotes what is left of it
    assert "\x1b" not in result.stderr and "[2J[3J[HNAMA PEGAWAI" in result.stderr
