"""A new analyst's first day (walk12, h34): the mistakes a first run makes get a message saying what to do next.

Each test runs the CLI and checks stdout (data only: empty on an error) and stderr (the message and its hint) apart.
"""

from __future__ import annotations

from pathlib import Path

from tests.cli_helpers import EXIT_INPUT, JABATAN_XLSX, SAMPLE, TANGGAL, expect, run


def test_folder_instead_of_roster_names_the_data_files_in_it(tmp_path: Path) -> None:
    """`periksa sample_data ...` said only "'sample_data' bukan berkas"; it now says it is a folder and names the
    CSV/Excel files in it to give instead (a hidden file and Excel's lock file are not offered)."""
    folder = tmp_path / "data bkd"
    folder.mkdir()
    (folder / "pegawai.xlsx").write_bytes(JABATAN_XLSX.read_bytes())
    (folder / "catatan.docx").write_bytes(b"x")
    (folder / "~$pegawai.xlsx").write_bytes(b"x")
    said = expect(run("periksa", folder, JABATAN_XLSX, *TANGGAL), EXIT_INPUT)
    assert said.stdout == ""
    assert "adalah folder, bukan berkas" in said.stderr
    hint = said.stderr.split("Saran:", 1)[1]
    assert (folder / "pegawai.xlsx").as_posix() in hint
    assert "catatan.docx" not in hint and "~$" not in hint


def test_empty_folder_instead_of_roster_says_to_give_a_file(tmp_path: Path) -> None:
    said = expect(run("lowongan", tmp_path, JABATAN_XLSX, *TANGGAL), EXIT_INPUT)
    assert said.stdout == ""
    assert "adalah folder, bukan berkas" in said.stderr
    assert "tidak berisi berkas CSV/Excel" in said.stderr.split("Saran:", 1)[1]
