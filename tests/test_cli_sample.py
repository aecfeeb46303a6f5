"""``asn-mutasi sample``: files written, refusal to overwrite, byte-identical output per seed."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, expect, files_in, run

EXPECTED_FILES = {
    "pegawai.xlsx",
    "pegawai.csv",
    "peta_jabatan.xlsx",
    "abk_tugas.xlsx",
    "riwayat_jabatan.csv",
    "usulan_mutasi.csv",
    "pegawai_bermasalah.xlsx",
    "pengaturan.toml",
    "README.md",
}


def test_writes_the_dataset_and_lists_paths_on_stdout(tmp_path: Path) -> None:
    out = tmp_path / "contoh"
    result = expect(run("sample", "-o", out, "--pegawai", "150", "--seed", "7"), EXIT_OK)
    assert set(files_in(out)) == EXPECTED_FILES
    assert {Path(line).name for line in result.stdout.splitlines()} == EXPECTED_FILES
    assert all(Path(line).exists() for line in result.stdout.splitlines())
    assert "150 pegawai" in result.stderr
    assert all(len(data) > 0 for data in files_in(out).values())


def test_refuses_to_overwrite_then_timpa_works(tmp_path: Path) -> None:
    out = tmp_path / "contoh"
    expect(run("sample", "-o", out, "--pegawai", "120", "--seed", "1"), EXIT_OK)
    before = files_in(out)
    refused = expect(run("sample", "-o", out, "--pegawai", "120", "--seed", "2"), EXIT_OUTPUT)
    assert "--timpa" in refused.stderr
    assert refused.stdout == ""
    assert files_in(out) == before  # nothing touched
    expect(run("sample", "-o", out, "--pegawai", "120", "--seed", "2", "--timpa"), EXIT_OK)
    after = files_in(out)
    assert set(after) == set(before)
    assert after["pegawai.csv"] != before["pegawai.csv"]  # a different seed really was written


def test_same_seed_gives_identical_bytes(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for folder, seed in ((a, "11"), (b, "11"), (c, "12")):
        expect(run("sample", "-o", folder, "--pegawai", "120", "--seed", seed), EXIT_OK)
    assert files_in(a) == files_in(b)
    assert files_in(a)["pegawai.xlsx"] != files_in(c)["pegawai.xlsx"]


def test_too_few_employees_is_a_usage_error_not_a_crash(tmp_path: Path) -> None:
    result = expect(run("sample", "-o", tmp_path / "x", "--pegawai", "60"), EXIT_USAGE)
    assert "--pegawai" in result.stderr
    assert not (tmp_path / "x").exists()


def test_output_folder_is_required() -> None:
    expect(run("sample"), EXIT_USAGE)


def test_an_empty_folder_or_a_negative_seed_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`sampel -o ''` wrote nine files into the current folder; `--benih -1` answered in numpy's English."""
    from cli_helpers import EXIT_USAGE, expect, run

    monkeypatch.chdir(tmp_path)
    result = expect(run("sampel", "-o", "", "--pegawai", "100"), EXIT_USAGE)
    assert "kosong" in result.stderr and not list(tmp_path.iterdir())
    result = expect(run("sampel", "-o", tmp_path / "c", "--benih", "-1"), EXIT_USAGE)
    assert "expected" not in result.stderr and not (tmp_path / "c").exists()


def test_an_explicit_zero_working_time_is_refused_with_its_file(tmp_path: Path) -> None:
    from asn_mutasi.config import load_settings
    from asn_mutasi.errors import ConfigError

    path = tmp_path / "p.toml"
    path.write_text("[beban_kerja]\njam_kerja_efektif = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"p\.toml.*jam_kerja_efektif = 0"):
        load_settings(path)
    path.write_text("[beban_kerja]\npembulatan = 'aneh'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"p\.toml"):  # a rule of the section names the file too
        load_settings(path)
