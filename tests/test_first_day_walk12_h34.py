"""A new analyst's first day (walk12, h34): the mistakes a first run makes get a message saying what to do next.

Each test runs the CLI and checks stdout (data only: empty on an error) and stderr (the message and its hint) apart.
"""

from __future__ import annotations

from pathlib import Path

from tests.cli_helpers import EXIT_INPUT, EXIT_OK, JABATAN_XLSX, SAMPLE, TANGGAL, expect, run, small_inputs


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


def _settings(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pengaturan.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _refused(tmp_path: Path, text: str) -> str:
    said = expect(
        run("periksa", SAMPLE / "pegawai.csv", JABATAN_XLSX, "--pengaturan", _settings(tmp_path, text), *TANGGAL),
        EXIT_INPUT,
    )
    assert said.stdout == ""
    assert "docs/pengaturan.md" in said.stderr.split("Saran:", 1)[1]
    return said.stderr


def test_mistyped_settings_key_suggests_the_known_key(tmp_path: Path) -> None:
    """A typo'd key said only "tidak dikenal"; the analyst had to guess the right spelling."""
    err = _refused(tmp_path, "[bobot]\npendidkan = 30\n")
    assert "kunci 'pendidkan' tidak dikenal di [bobot]; maksud Anda 'pendidikan'?" in err
    err = _refused(tmp_path, "[aturan]\nmin_tahun_dijabatan = 1\n")
    assert "maksud Anda 'min_tahun_di_jabatan'?" in err


def test_settings_key_in_the_wrong_section_names_its_section(tmp_path: Path) -> None:
    """`horizon_bulan` under [rencana] is a known key of [beban_kerja]: the message says where it goes."""
    err = _refused(tmp_path, "[rencana]\nhorizon_bulan = 6\n")
    assert "kunci 'horizon_bulan' di [rencana]; kunci ini milik [beban_kerja]" in err


def test_settings_key_above_every_section_is_not_called_a_section(tmp_path: Path) -> None:
    """`pendidikan = 30` with no [bobot] above it was reported as "bagian [pendidikan] tidak dikenal": a section the
    analyst never wrote."""
    err = _refused(tmp_path, "pendidikan = 30\n")
    assert "bagian [pendidikan]" not in err
    assert "kunci 'pendidikan' di luar bagian mana pun; kunci ini milik [bobot]" in err


def _small_plan(folder: Path) -> tuple[Path, Path, Path]:
    """A plan workbook written by `rencana` on a two-person roster (fast), with its roster and position table."""
    roster, posts = small_inputs(
        folder,
        [("199001102015031001", "Pegawai Satu", "Pengadministrasi Perkantoran", "Bagian Umum")],
        [("A-1", "Pengadministrasi Perkantoran", "Bagian Umum", 1), ("A-2", "Pengelola Keuangan", "Bagian Umum", 1)],
    )
    plan = folder / "rencana.xlsx"
    expect(run("rencana", roster, posts, "-o", plan, *TANGGAL), EXIT_OK)
    return plan, roster, posts


def test_plan_workbook_given_as_after_roster_says_what_it_is(tmp_path: Path) -> None:
    """`bandingkan PEGAWAI rencana.xlsx JABATAN` (the plan in place of the roster after the moves) read the plan's
    "Masalah Data" sheet and said a column Nama was missing, hinting at --baris-judul; it now says the file is the
    plan workbook and where the plan and the roster after the moves go."""
    plan, roster, posts = _small_plan(tmp_path)
    said = expect(run("bandingkan", roster, plan, posts, *TANGGAL), EXIT_INPUT)
    assert said.stdout == ""
    assert "adalah buku kerja rencana" in said.stderr and "bukan data pegawai" in said.stderr
    hint = said.stderr.split("Saran:", 1)[1]
    assert "--rencana" in hint and "asn-mutasi terapkan" in hint and "--baris-judul" not in said.stderr


def test_plan_workbook_given_as_position_table_says_what_it_is(tmp_path: Path) -> None:
    plan, roster, _ = _small_plan(tmp_path)
    said = expect(run("lowongan", roster, plan, *TANGGAL), EXIT_INPUT)
    assert said.stdout == ""
    assert "adalah buku kerja rencana" in said.stderr and "bukan peta jabatan" in said.stderr


def test_plan_workbook_still_read_as_proposals(tmp_path: Path) -> None:
    """`nilai` reads a plan's moves as proposals: that use of the plan workbook stays open."""
    plan, roster, posts = _small_plan(tmp_path)
    said = expect(run("nilai", roster, posts, plan, *TANGGAL), EXIT_OK)
    assert "buku kerja rencana" not in said.stderr
