"""Output safety: no formula in CSV, never overwrite an input, no temp file left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from asn_mutasi.errors import OutputError
from asn_mutasi.io.sanitise import is_formula_like, sanitise_cell, sanitise_text
from asn_mutasi.io.writers import (
    TEMP_MARK,
    atomic_path,
    ensure_not_input,
    remove_stale_temp_files,
    render_records,
    write_records,
    write_simple_xlsx,
)

HOSTILE = ['=HYPERLINK("http://x.test","klik")', "=cmd|' /C notepad'!A0", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
           "\t=1", "\r=1", "--1", "-- -1"]  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_like_text_gets_an_apostrophe(text: str) -> None:
    assert is_formula_like(text)
    assert sanitise_text(text) == "'" + text
    assert sanitise_text(text, raw=True) == text


@pytest.mark.parametrize("text", ["Budi", "-", "--", "- -", "-5", "+6281234567", "-1.5", "1e5", "", "a=b"])
def test_plain_text_and_numbers_are_untouched(text: str) -> None:
    assert sanitise_text(text) == text


@pytest.mark.parametrize("text", ["-3.069%", "+5%", "-12,5 %"])
def test_a_signed_percentage_is_a_number_not_a_formula(text: str) -> None:
    """ "-3.069%" was named "teks rumus … dibaca sebagai teks" while the indicator read it as a number (hostile11 #5,
    h29): a spreadsheet reads a signed percentage as a number and runs nothing. An expression stays a formula."""
    assert not is_formula_like(text) and sanitise_text(text) == text
    assert is_formula_like(text.replace("%", "+1%"))


def test_numbers_stay_numbers() -> None:
    assert sanitise_cell(-5) == -5
    assert sanitise_cell(None) is None


def test_render_records_csv_is_sanitised_and_json_is_not() -> None:
    records = [{"nama": HOSTILE[0], "nilai": -3}]
    csv_text = render_records(records, "csv")
    assert csv_text.splitlines()[1] == '"\'=HYPERLINK(""http://x.test"",""klik"")",-3'
    assert "'=" not in render_records(records, "json")
    assert render_records(records, "csv", raw=True).splitlines()[1].startswith('"=HYPERLINK')


def test_csv_field_with_a_carriage_return_is_quoted() -> None:
    # the csv module quotes only its line terminator's characters: with "\n" a lone CR stayed
    # unquoted, so Excel and csv readers split the record there (check's raw `nilai` column)
    import csv
    import io

    text = render_records([{"nilai": "\r1+2 Sekretariat Daerah", "n": 2}, {"nilai": "a\rb", "n": 3}], "csv")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    # (no apostrophe: a digit after the CR opens no formula, real16 h33; "\r=1" keeps it, HOSTILE above)
    assert rows == [["nilai", "n"], ["\r1+2 Sekretariat Daerah", "2"], ["a\rb", "3"]]


def test_roster_csv_field_with_a_carriage_return_is_quoted(tmp_path: Path) -> None:
    import csv
    import io
    from types import SimpleNamespace

    import pandas as pd

    from asn_mutasi.io.roster_writer import render_roster_csv

    source = tmp_path / "pegawai.csv"
    source.write_bytes(b"NIP;NAMA\n1;x\n")  # LF input: the roster is written back with LF
    raw = SimpleNamespace(
        source=SimpleNamespace(encoding="utf-8", delimiter=";", path=source, header_rows=(1,)),
        original_headers=["NIP", "NAMA"],
    )
    frame = pd.DataFrame({"NIP": ["1", "2"], "NAMA": ["Budi\rSantoso", "Ani"]})
    data = render_roster_csv(raw, frame)  # type: ignore[arg-type]
    rows = list(csv.reader(io.StringIO(data.decode(), newline=""), delimiter=";"))
    assert rows == [["NIP", "NAMA"], ["1", "Budi\rSantoso"], ["2", "Ani"]]


def test_xlsx_keeps_formula_text_as_text(tmp_path: Path) -> None:
    import openpyxl
    import pandas as pd

    out = tmp_path / "x.xlsx"
    write_simple_xlsx(out, {"Data": pd.DataFrame({"nama": HOSTILE[:2], "n": [1, 2]})}, overwrite=False)
    ws = openpyxl.load_workbook(out).active
    assert ws["A2"].data_type == "s" and ws["A2"].value == HOSTILE[0]
    assert ws["B2"].data_type == "n"


def test_output_that_is_an_input_is_refused_even_with_overwrite(tmp_path: Path) -> None:
    roster = tmp_path / "pegawai.xlsx"
    roster.write_bytes(b"roster")
    (tmp_path / "sub").mkdir()
    link = tmp_path / "tautan.xlsx"
    link.symlink_to(roster)
    hard = tmp_path / "keras.xlsx"
    os.link(roster, hard)
    for out in (roster, tmp_path / "sub" / ".." / "pegawai.xlsx", link, hard):
        with pytest.raises(OutputError) as err:
            write_records([{"a": 1}], out, "csv", overwrite=True, inputs=[roster])
        assert err.value.exit_code == 5
    assert roster.read_bytes() == b"roster"
    ensure_not_input(tmp_path / "lain.xlsx", [roster, "-", None])  # another name is fine


def test_temp_file_naming_and_cleanup_on_error(tmp_path: Path) -> None:
    target = tmp_path / "rencana.csv"
    with pytest.raises(RuntimeError), atomic_path(target, overwrite=False) as tmp:
        assert TEMP_MARK in tmp.name and tmp.parent == tmp_path
        tmp.write_text("half")
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


def test_a_signal_right_after_the_temp_file_is_made_leaves_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGTERM between mkstemp and the cleanup's reach left a 0-byte hidden file once in 12 (h26/hostile5): the file
    is made, then the run is stopped before its name is known to the writer."""
    import tempfile

    made = tempfile.mkstemp

    def made_then_stopped(*args: object, **kwargs: object) -> tuple[int, str]:
        fd, _ = made(*args, **kwargs)  # type: ignore[call-overload]
        os.close(fd)
        raise SystemExit(143)

    monkeypatch.setattr(tempfile, "mkstemp", made_then_stopped)
    with pytest.raises(SystemExit), atomic_path(tmp_path / "hasil.csv", overwrite=False):
        pass
    assert os.listdir(tmp_path) == []


def test_stale_temp_files_of_our_pattern_only_are_removed(tmp_path: Path) -> None:
    dead = 2**22 + 12345  # above the default pid_max of most systems: no such process
    ours = tmp_path / f".rencana.xlsx{TEMP_MARK}{dead}-abc.tmp"
    ours_dir = tmp_path / f".rencana.xlsx{TEMP_MARK}{dead}-abc.tmp.d"
    fresh = tmp_path / f".lain.xlsx{TEMP_MARK}{dead}-def.tmp"
    alive = tmp_path / f".hidup.xlsx{TEMP_MARK}{os.getppid()}-ghi.tmp"
    foreign = tmp_path / ".rencana.xlsx.x1y2.tmp"
    for p in (ours, fresh, alive, foreign):
        p.write_text("x")
    ours_dir.mkdir()
    (ours_dir / "xlsxwriter-tmp").write_text("x")
    old = time.time() - 3600
    for p in (ours, ours_dir, alive, foreign):
        os.utime(p, (old, old))
    removed = remove_stale_temp_files(tmp_path)
    assert sorted(p.name for p in removed) == sorted([ours.name, ours_dir.name])
    assert fresh.exists() and alive.exists() and foreign.exists()


# the writer runs as from a terminal: a test run started in the background (``cmd &`` in a script) makes its
# children ignore SIGINT and SIGQUIT, as POSIX shells do for background jobs (and the product keeps a signal it
# inherits ignored), so those two cases waited 30 s in vain
_SLOW_WRITER = """
import signal, sys, time
from pathlib import Path
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.signal(signal.SIGQUIT, signal.SIG_DFL)
from asn_mutasi.io.writers import atomic_path, xlsx_options
with atomic_path(Path(sys.argv[1]), overwrite=True) as tmp:
    xlsx_options(tmp)  # creates the xlsxwriter scratch folder
    tmp.write_text("half")
    print("ready", flush=True)
    time.sleep(60)
"""


def _start_writer(target: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW_WRITER, str(target)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


# SIGHUP: a dropped SSH session; SIGALRM: a batch job's timer (they left *.tmp files behind)
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT, signal.SIGALRM])
def test_sigterm_and_sigint_leave_no_temp_file_and_keep_the_target(tmp_path: Path, sig: int) -> None:
    target = tmp_path / "rencana.xlsx"
    target.write_text("lama")
    proc = _start_writer(target)
    assert len(list(tmp_path.iterdir())) == 3  # target, temp file, scratch folder
    proc.send_signal(sig)
    proc.wait(timeout=30)
    assert proc.returncode != 0
    assert [p.name for p in tmp_path.iterdir()] == ["rencana.xlsx"]
    assert target.read_text() == "lama"


def test_after_sigkill_the_next_write_removes_the_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "rencana.csv"
    target.write_text("lama")
    proc = _start_writer(target)
    proc.kill()
    proc.wait(timeout=30)
    leftovers = [p for p in tmp_path.iterdir() if TEMP_MARK in p.name]
    assert len(leftovers) == 2 and target.read_text() == "lama"
    old = time.time() - 3600
    for p in leftovers:
        os.utime(p, (old, old))
    write_records([{"a": 1}], target, "csv", overwrite=True)
    assert [p.name for p in tmp_path.iterdir()] == ["rencana.csv"]
    assert target.read_text() == "a\n1\n"


def _small_inputs(tmp_path: Path) -> tuple[Path, Path]:
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,NAMA,GOL/RUANG,JABATAN,UNIT KERJA\n"
        '199001012015031001,"=HYPERLINK(""http://x.test"",""klik"")",III/a,Analis SDM Aparatur,BKD\n'
        "199001012015031002,@SUM(A1),III/a,Analis SDM Aparatur,BKD\n",
        encoding="utf-8",
    )
    positions = tmp_path / "jabatan.csv"
    positions.write_text(
        "KODE JABATAN,NAMA JABATAN,UNIT KERJA,KEBUTUHAN\nJ1,Analis SDM Aparatur,BKD,3\n", encoding="utf-8"
    )
    return roster, positions


def test_reading_a_file_registers_it_so_no_output_replaces_it(tmp_path: Path) -> None:
    from asn_mutasi.io.readers import read_table

    roster, _ = _small_inputs(tmp_path)
    read_table(roster, "pegawai")
    before = roster.read_bytes()
    with pytest.raises(OutputError):
        write_records([{"a": 1}], roster, "csv", overwrite=True)
    assert roster.read_bytes() == before


def test_cli_check_csv_on_stdout_has_no_active_formula_and_plan_never_overwrites_its_input(tmp_path: Path) -> None:
    import csv
    import io

    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app

    roster, positions = _small_inputs(tmp_path)
    result = CliRunner().invoke(app, ["check", str(roster), str(positions), "--format", "csv"])
    assert result.exit_code in (0, 1), result.output
    cells = [c for row in csv.reader(io.StringIO(result.stdout)) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "@")]
    assert any(c.startswith("'=HYPERLINK") for c in cells)
    before = roster.read_bytes()
    result = CliRunner().invoke(app, ["plan", str(roster), str(positions), "-o", str(roster), "--timpa"])
    assert result.exit_code == 2  # plan -o must name an .xlsx: refused before anything is read or written
    assert roster.read_bytes() == before
    assert "Traceback" not in result.output


def test_csv_keeps_a_formula_after_another_locales_delimiter_inside_its_cell() -> None:
    """Excel set to Indonesian splits a comma CSV at ";": "x;=cmd|…" would become a cell starting with "=". Such a
    row is written quoted; full-width ＝ gets the apostrophe too (hostile-input campaign)."""
    import csv
    import io

    from asn_mutasi.io.sanitise import CsvWriter, sanitise_row

    out = io.StringIO()
    writer = CsvWriter(out, delimiter=",", lineterminator="\n")
    writer.writerow(sanitise_row(["x;=cmd|' /C calc'!A0", "Budi", "＝1+1"]))
    writer.writerow(sanitise_row(["catatan; biasa", "Sari"]))
    lines = out.getvalue().splitlines()
    assert lines[0].startswith('"x;=cmd') and lines[1] == "catatan; biasa,Sari"
    assert next(csv.reader([lines[0]]))[2] == "'＝1+1"
    for text in lines:  # read as Excel with ";" would: no field starts with a formula character
        for field in next(csv.reader([text], delimiter=";")):
            assert not field.lstrip().startswith(("=", "+", "-", "@", "＝")), text


def test_a_batch_of_files_that_fails_halfway_leaves_none_it_made(tmp_path: Path) -> None:
    """`surat -d` / `aspirasi-formulir -d` failing at the sixth file left five finished ones, unnamed."""
    from asn_mutasi.io.writers import all_or_none

    old = tmp_path / "lama.docx"
    old.write_text("lama")
    with pytest.raises(RuntimeError), all_or_none() as made:
        for name in ("a.docx", "b.docx", "lama.docx"):
            made(tmp_path / name)
            (tmp_path / name).write_text("baru")
        raise RuntimeError("berkas keempat gagal")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lama.docx"]  # what it made is gone; the old one stays


def test_a_cell_of_a_long_tab_run_is_written_as_csv_in_linear_time() -> None:
    """cocokkan on a roster with one cell of 100,000 tabs spent minutes per row writing its CSV: the check for a formula
    after another locale's delimiter tried the run of tabs from every tab (hostile2, h30). It still finds one."""
    import io

    from asn_mutasi.io.sanitise import CsvWriter

    out = io.StringIO()
    writer = CsvWriter(out, lineterminator="\n")
    start = time.perf_counter()
    writer.writerow(["x" + "\t" * 20_000 + "x", "a" + " \t" * 10_000 + "b"])
    assert time.perf_counter() - start < 1.0
    writer.writerow(["a;\t \t=cmd"])  # a formula after a delimiter and spaces with tabs among them: quoted
    assert out.getvalue().rsplit("\n", 2)[-2] == '"a;\t \t=cmd"'
