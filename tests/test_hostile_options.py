"""Hostile option values, settings files and file names: a clear error in Bahasa Indonesia with its exit code,
never an internal error (each case once crashed ``rencana`` with exit 70, found by a fuzz campaign)."""

from __future__ import annotations

import errno
import math
import re
import warnings
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from cli_helpers import EXIT_INPUT, EXIT_OUTPUT, EXIT_USAGE, JABATAN_XLSX, PEGAWAI_CSV, TANGGAL, expect, run

from asn_mutasi.config import UNIT_COUNT_MAX, Settings, load_settings, settings_from_dict
from asn_mutasi.errors import ConfigError, InputError, os_reason

#: words of the English messages the standard library and its errors carry
ENGLISH = ("codec", "decode", "file", "such", "directory", "expected", "database", "delimiter", "too long")


def _indonesian(text: str) -> bool:
    return not any(word in text.casefold() for word in ENGLISH)


@pytest.mark.parametrize(
    ("section", "key", "value", "says"),
    [
        ("rencana", "maks_pindah_per_unit", "abc", "harus berupa angka"),
        ("rencana", "maks_pindah_per_unit", 1.5, "harus bilangan bulat"),
        ("rencana", "maks_pindah_per_unit", -1, "di luar rentang"),
        ("rencana", "min_pegawai_per_unit", math.inf, "terhingga"),
        ("rencana", "min_pegawai_per_unit", UNIT_COUNT_MAX + 1, "di luar rentang"),
        ("rencana", "biaya_pindah", 1e300, "0 sampai 10.000"),
        ("rencana", "biaya_pindah", math.inf, "terhingga"),
        ("beban_kerja", "horizon_bulan", 1.5, "harus bilangan bulat"),
        ("beban_kerja", "horizon_bulan", 100_000_000, "0 sampai 1.200"),
        ("aturan", "bulan_sebelum_bup", 2.5, "harus bilangan bulat"),
        ("aturan", "min_tahun_di_jabatan", math.nan, "terhingga"),
        ("aturan", "rotasi_tahun", 1e308, "di luar rentang"),
        ("bobot", "ambang_pengalaman", 101, "0 sampai 100"),
        ("bobot", "ambang_pengalaman", -1, "di luar rentang"),
        ("aspirasi", "bobot_pilihan_1", math.nan, "terhingga"),
        ("aspirasi", "biaya_tidak_bersedia", math.inf, "terhingga"),
    ],
)
def test_a_setting_out_of_its_range_is_refused_by_name(section: str, key: str, value: object, says: str) -> None:
    with pytest.raises(ConfigError) as err:
        settings_from_dict({section: {key: value}}, source="p.toml")
    assert f"p.toml: [{section}] {key}" in err.value.message and says in err.value.message


@pytest.mark.parametrize(
    ("values", "says"),
    [
        ({"ej_a": 0.1, "ej_b": 0.9, "ej_c": 2, "ej_d": 5}, "ej_a ≥ ej_b ≥ ej_c ≥ ej_d ≥ 0"),
        ({"ej_c": 1.5}, "ej_a ≥ ej_b ≥ ej_c ≥ ej_d ≥ 0"),
        (
            {"ej_beban_lebih": 0.5, "ej_beban_kurang": 0.8},
            "ambang EJ beban lebih ([beban_kerja] ej_beban_lebih = 0,5) tidak boleh di bawah ambang EJ beban kurang",
        ),
    ],
)
def test_ej_thresholds_out_of_order_are_refused(values: dict[str, object], says: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(says)):
        settings_from_dict({"beban_kerja": values})
    assert settings_from_dict({"beban_kerja": {"ej_a": 1.0, "ej_b": 1.0, "ej_c": 0.7, "ej_d": 0}}).beban_kerja.ej_b == 1


@pytest.mark.parametrize(
    ("section", "values"),
    [
        ("rencana", {"maks_pindah_per_unit": 0, "min_pegawai_per_unit": UNIT_COUNT_MAX, "biaya_pindah": 0.0}),
        ("aturan", {"min_tahun_di_jabatan": 2, "bulan_sebelum_bup": 1200, "bup_guru": 60}),
        ("bobot", {"ambang_pengalaman": 100, "relevansi_umum": 1.0, "jurusan": 350.0}),
        ("beban_kerja", {"horizon_bulan": 0}),
        ("baca", {"maks_sel": 5, "maks_ukuran_isi_mb": 2.5}),
    ],
)
def test_settings_at_their_bounds_are_taken(section: str, values: dict[str, object]) -> None:
    settings = settings_from_dict({section: values})
    assert all(getattr(getattr(settings, section), k) == v for k, v in values.items())
    assert Settings() == settings_from_dict({})


def test_an_unreadable_settings_file_is_a_config_error_in_indonesian(tmp_path: Path) -> None:
    latin = tmp_path / "latin.toml"
    latin.write_bytes("[surat]\ntempat = 'Bekasi Selatan é'\n".encode("latin-1"))
    broken = tmp_path / "rusak.toml"
    broken.write_text("[rencana\nbiaya_pindah = 1\n", encoding="utf-8")
    for path, says in (
        (latin, "bukan teks UTF-8"),
        (tmp_path, "itu folder, bukan berkas"),
        (broken, "(baris 1, kolom"),
    ):
        with pytest.raises(ConfigError) as err:
            load_settings(path)
        assert says in err.value.message and _indonesian(err.value.message), err.value.message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32"])
def test_a_settings_file_saved_as_unicode_by_notepad_is_read(tmp_path: Path, encoding: str) -> None:
    """Notepad's "Unicode" (UTF-16 with a BOM) settings file was refused as "bukan teks UTF-8" (hostile3, h31)."""
    path = tmp_path / "pengaturan.toml"
    path.write_bytes("[surat]\ntempat = 'Bekasi Selatan é'\n".encode(encoding))
    assert load_settings(path).surat.tempat == "Bekasi Selatan é"
    path.write_bytes("[surat]\ntempat = 'x'\n".encode("utf-16") + b"\x00\xd8")  # a lone surrogate, then the end
    with pytest.raises(ConfigError, match="bukan teks UTF-16 yang utuh"):
        load_settings(path)


def test_os_errors_are_named_in_indonesian() -> None:
    assert os_reason(FileNotFoundError(errno.ENOENT, "No such file or directory")) == "tidak ditemukan"
    assert os_reason(OSError(errno.ENAMETOOLONG, "File name too long")) == "nama atau jalur berkasnya terlalu panjang"
    assert os_reason(IsADirectoryError(errno.EISDIR, "Is a directory")) == "itu folder, bukan berkas"
    assert os_reason(OSError(errno.EXDEV, "Invalid cross-device link")) == "kesalahan sistem EXDEV"
    assert os_reason(OSError("no errno")) == "kesalahan sistem OSError"


def test_a_keep_file_in_another_encoding_is_read_and_a_bad_line_named(tmp_path: Path) -> None:
    """Bytes that are no UTF-8 are read as Windows-1252, as every CSV is; the line holds no NIP and is named."""
    from asn_mutasi.api.plan import read_keep
    from asn_mutasi.findings import Finding

    keep = tmp_path / "tetap.txt"
    keep.write_bytes(b"\xe9\xff199001012020011001\n")
    found: list[Finding] = []
    read_keep(keep, [], found)
    assert [f.code for f in found] == ["nip-tetap-tidak-valid"] and found[0].location.row == 1
    with pytest.raises(InputError, match="tidak ditemukan"):
        read_keep(tmp_path / "tidak_ada.txt", [])


def test_a_keep_file_saved_from_excel_with_its_header_is_no_typo(tmp_path: Path) -> None:
    """A NIP column saved from Excel starts with its header: "NIP" was named a NIP typo in every run (oracle7, h28).
    A first line without a digit is the header; a later one is still named."""
    from asn_mutasi.api.plan import read_keep
    from asn_mutasi.findings import Finding

    keep = tmp_path / "tetap.txt"
    keep.write_text("NIP BARU\n197608011998122001\nBudi\n", encoding="utf-8")
    found: list[Finding] = []
    assert read_keep(keep, [], found) == ["197608011998122001", "Budi"]
    assert [(f.code, f.location.row) for f in found] == [("nip-tetap-tidak-valid", 3)]


def test_the_plan_command_refuses_hostile_names_and_numbers_with_its_exit_codes(tmp_path: Path) -> None:
    long_name = tmp_path / ("b" * 300 + ".csv")
    result = expect(run("rencana", long_name, JABATAN_XLSX, *TANGGAL), EXIT_INPUT)
    assert "terlalu panjang" in result.stderr and "Kesalahan internal" not in result.stderr
    result = expect(run("rencana", PEGAWAI_CSV, JABATAN_XLSX, *TANGGAL, "--aspirasi", long_name), EXIT_INPUT)
    assert "Formulir aspirasi" in result.stderr and "terlalu panjang" in result.stderr
    out = tmp_path / ("o" * 300 + ".xlsx")
    result = expect(run("rencana", PEGAWAI_CSV, JABATAN_XLSX, *TANGGAL, "-o", out), EXIT_OUTPUT)
    assert "tidak dapat ditulis: nama atau jalur berkasnya terlalu panjang" in result.stderr
    for option in ("--min-pegawai-per-unit", "--maks-pindah-per-unit"):
        result = expect(run("rencana", PEGAWAI_CSV, JABATAN_XLSX, *TANGGAL, option, 2**63), EXIT_USAGE)
        assert "Kesalahan internal" not in result.stderr


def test_the_per_unit_counts_help_shows_no_cap_and_the_cap_still_refuses() -> None:
    """The help read "[0–1.000.000.000]" for a count of people per unit: the hostile cap is validation, not a range
    an analyst chooses from (walk9, h32)."""
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app

    out = CliRunner().invoke(app, ["rencana", "--bantuan"], prog_name="asn-mutasi", env={"COLUMNS": "160"}).output
    for option in ("--min-pegawai-per-unit", "--maks-pindah-per-unit"):
        line = next(line for line in out.splitlines() if option in line)
        assert "<angka> [paling kecil 0]" in line and "1.000.000.000" not in line
        result = expect(run("rencana", PEGAWAI_CSV, JABATAN_XLSX, *TANGGAL, option, 10**9 + 1), EXIT_USAGE)
        assert "Nilai maksimal 1.000.000.000." in " ".join(result.stderr.replace("│", " ").split())


def test_a_task_row_with_an_absurd_volume_is_left_out_with_a_finding_and_no_warning() -> None:
    from asn_mutasi.workload import workload_from_tasks

    positions = pd.DataFrame(
        {"kode_jabatan": ["J1"], "nama_jabatan": ["Analis"], "unit_kerja": ["Bidang"], "kebutuhan": [1]}
    )
    tasks = pd.DataFrame(
        {
            "_baris": [2, 3],
            "kode_jabatan": ["J1", "J1"],
            "nama_jabatan": ["Analis", "Analis"],
            "unit_kerja": ["Bidang", "Bidang"],
            "uraian_tugas": ["a", "b"],
            "volume": ["1e308", "10"],
            "norma_waktu": ["1e308", "60"],
        }
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numpy's overflow warning was printed on stderr
        res = workload_from_tasks(tasks, positions, Settings(), source="abk.csv")
    assert [(f.code, f.location.row, f.location.field) for f in res.findings] == [("angka-tidak-valid", 2, "volume")]
    assert res.frame.set_index("kode_jabatan").at["J1", "menit_kerja"] == pytest.approx(600)


def test_an_aspiration_csv_that_is_not_text_and_a_ledger_that_is_no_database_say_so(tmp_path: Path) -> None:
    from asn_mutasi.io.aspiration_forms import _read_csv
    from asn_mutasi.ledger.store import Ledger

    form = tmp_path / "aspirasi.csv"
    # binary: NULs among control bytes (a program, a database); one stray NUL in text is text since the one rule of
    # readers.not_text (hostile2, h30): that form is read and holds no NIP column, so it is no form (None)
    form.write_bytes(b"\x9d\xff\x00\x01\x02\x03\x04\x05\x06\x07\x08nip;pilihan\n")
    with pytest.raises(InputError) as err:
        _read_csv(form, 0, pd.Timestamp("2026-11-01").to_pydatetime())
    assert "isinya bukan teks" in err.value.message and _indonesian(err.value.message)
    form.write_bytes(b"\x9d\xff\x00nip;pilihan\n")
    assert _read_csv(form, 0, pd.Timestamp("2026-11-01").to_pydatetime()) is None
    ledger = tmp_path / "buku_besar.sqlite"
    ledger.write_bytes(b"bukan basis data " * 100)
    with pytest.raises(InputError) as err:
        Ledger(ledger)
    assert "bukan berkas SQLite" in err.value.message and _indonesian(err.value.message)


def test_control_characters_of_an_input_never_reach_the_terminal(tmp_path: Path) -> None:
    """An ANSI escape in a cell is shown as U+FFFD in the findings table, not sent to the terminal."""
    roster = pd.read_csv(PEGAWAI_CSV, sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    roster.loc[0, "GOL/RUANG"] = "\x1b[2J\x1b[31mIV/z\x07"
    path = tmp_path / "pegawai.csv"
    roster.to_csv(path, index=False, sep=";")
    result = run("periksa", path, JABATAN_XLSX, *TANGGAL, "--semua", "-f", "tabel")
    assert "Traceback" not in result.stderr and "IV/z" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout and "\x1b" not in result.stderr
    # the reader takes the controls out of the cell and names it (hostile6, h32); the table shows what is left
    assert "[2J[31mIV/z" in result.stdout and "sel-karakter-kendali" in result.stdout


def test_a_data_row_read_as_the_header_is_not_quoted_in_the_error(tmp_path: Path) -> None:
    """Headers replaced by numbers: the reader takes data rows as the header; the error names no NIP or name."""
    from asn_mutasi.io.writers import write_simple_xlsx

    roster = pd.read_csv(PEGAWAI_CSV, sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig").head(40)
    numbered = roster.set_axis([str(i) for i in range(len(roster.columns))], axis=1)
    path = tmp_path / "pegawai.xlsx"
    write_simple_xlsx(path, {"Data": numbered}, overwrite=False)
    result = expect(run("rencana", path, JABATAN_XLSX, *TANGGAL), EXIT_INPUT)
    said = result.stderr
    assert ("kolom wajib tidak ditemukan" in said or "judul kolom tidak ditemukan" in said) and "--baris-judul" in said
    shown = result.stderr.replace(str(path), "")
    for nip_, name in zip(roster["NIP"], roster["NAMA"], strict=True):
        assert nip_ not in shown and name.split(",")[0] not in shown


def test_the_plan_checks_its_output_before_reading_anything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An output that exists without --timpa, in a missing folder, named too long or that is an input fails at once
    (at 100,000 staff it failed after the whole plan)."""
    import asn_mutasi.api.plan as api_plan
    from asn_mutasi.errors import OutputError

    def no_read(*args: object, **kwargs: object) -> None:
        raise AssertionError("the inputs were read before the output was checked")

    monkeypatch.setattr(api_plan, "build_world", no_read)
    existing = tmp_path / "rencana.xlsx"
    existing.write_bytes(b"x")
    for target, says in (
        (existing, "sudah ada; pakai --timpa"),
        (tmp_path / "tidak_ada" / "rencana.xlsx", "tidak ada"),
        (tmp_path / ("r" * 300 + ".xlsx"), "terlalu panjang"),
        (JABATAN_XLSX, "adalah berkas masukan"),  # (an input .csv: refused first for its suffix, as the CLI does)
    ):
        with pytest.raises(OutputError, match=says):
            api_plan.plan(pegawai=PEGAWAI_CSV, jabatan=JABATAN_XLSX, output=target, overwrite=target == JABATAN_XLSX)


def test_settings_built_in_code_are_checked_as_a_file_is() -> None:
    import dataclasses

    import numpy as np

    from asn_mutasi.config import PlanSettings, Workload

    with pytest.raises(ConfigError, match=r"^\[rencana\] maks_pindah_per_unit = -1 di luar rentang"):
        Settings(rencana=PlanSettings(maks_pindah_per_unit=-1))
    with pytest.raises(ConfigError, match=r"\[rencana\] biaya_pindah harus angka yang terhingga"):
        Settings(rencana=dataclasses.replace(PlanSettings(), biaya_pindah=math.nan))
    taken = Settings(
        rencana=PlanSettings(maks_pindah_per_unit=np.int64(3), bonus_dari_surplus=-1000.0),  # type: ignore[arg-type]
        beban_kerja=Workload(ej_desimal=-1),  # documented: EJ graded unrounded
    )
    assert taken.rencana.maks_pindah_per_unit == 3 and taken.beban_kerja.ej_desimal == -1


@pytest.mark.parametrize(
    ("values", "says"),
    [
        ({"ej_b": "0.9"}, r"\[beban_kerja\] ej_b harus berupa angka"),
        ({"ej_c": True}, r"\[beban_kerja\] ej_c harus berupa angka"),
        ({"ej_beban_kurang": "0.7"}, r"\[beban_kerja\] ej_beban_kurang harus berupa angka"),
        ({"menit_kerja_per_hari": "300"}, r"\[beban_kerja\] menit_kerja_per_hari harus berupa angka"),
        ({"jam_kerja_efektif": "1250"}, r"\[beban_kerja\] jam_kerja_efektif harus berupa angka"),
    ],
)
def test_workload_settings_built_in_code_are_checked_before_their_rules(values: dict[str, object], says: str) -> None:
    """``Workload(ej_b="0.9")`` raised TypeError from the EJ ordering rule (a text compared with a number) and
    ``jam_kerja_efektif="1250"`` was taken as a number: the types are checked first, as a settings file's are."""
    from asn_mutasi.config import Workload

    with pytest.raises(ConfigError, match=says):
        Workload(**values)  # type: ignore[arg-type]


def test_a_settings_section_of_another_type_is_a_config_error() -> None:
    from asn_mutasi.config import Weights

    for part in ({"cek_bup": False}, Weights()):
        with pytest.raises(ConfigError, match=r"^\[aturan\] harus berupa Rules"):
            Settings(aturan=part)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["folder", "bukan-zip", "tsv"])
def test_a_plan_workbook_that_is_no_workbook_is_refused_in_indonesian(tmp_path: Path, kind: str) -> None:
    plan = {"folder": tmp_path / "rencana", "bukan-zip": tmp_path / "r.xlsx", "tsv": tmp_path / "r.tsv"}[kind]
    if kind == "folder":
        plan.mkdir()
    else:
        plan.write_text("bukan\tworkbook\n", encoding="utf-8")
    result = expect(run("diklat", plan, PEGAWAI_CSV, JABATAN_XLSX, *TANGGAL), EXIT_INPUT)
    assert "Berkas rencana" in result.stderr and result.stdout == ""
    assert not any(w in result.stderr for w in ("zip file", "does not support", "openpyxl", "Warning"))


def test_a_relative_ledger_in_a_settings_file_lies_beside_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One ledger per agency, whichever folder a command runs from (it was resolved against the working directory)."""
    folder = tmp_path / "bkd"
    folder.mkdir()
    (folder / "pengaturan.toml").write_text('[tata_kelola]\nbuku_besar = "audit/buku.sqlite"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert Path(load_settings(folder / "pengaturan.toml").tata_kelola.buku_besar) == folder / "audit" / "buku.sqlite"
    absolute = tmp_path / "pusat.sqlite"
    (folder / "abs.toml").write_text(f'[tata_kelola]\nbuku_besar = "{absolute.as_posix()}"\n', encoding="utf-8")
    assert Path(load_settings(folder / "abs.toml").tata_kelola.buku_besar) == absolute
    assert load_settings(None).tata_kelola.buku_besar == ""


def test_a_keep_file_reads_indented_comments_inline_comments_and_trailing_separators(tmp_path: Path) -> None:
    from asn_mutasi.api.plan import read_keep

    keep = tmp_path / "tetap.txt"
    keep.write_text("  # komentar menjorok\n197207282007031001 # catatan\n199410152022212001;\n\n", encoding="utf-8")
    assert read_keep(keep, ["198609262015051001"]) == [
        "198609262015051001",
        "197207282007031001",
        "199410152022212001",
    ]


def test_a_kept_nip_matching_nobody_is_a_warning_not_silence() -> None:
    """A typo in --tetap (the last digit) kept nobody and let the person meant to stay be moved, silently."""
    from asn_mutasi.config import Settings
    from asn_mutasi.planning import make_plan
    from tests.planning.factory import AS_OF, NO_RETIREMENTS, candidates, nip, positions, roster

    pos = positions([("A", "Perawat", "X", 1), ("B", "Perawat", "Y", 1)])
    ro = roster([(nip(1), "B"), (nip(2), "B")])
    ca = candidates([(nip(1), "A", 70, True)])
    typo = nip(1)[:-1] + "9"
    p = make_plan(ro, pos, ca, Settings(), as_of=AS_OF, retirements=NO_RETIREMENTS, keep=[typo, nip(2)])
    found = [f for f in p.findings if f.code == "rencana-tetap-tidak-dikenal"]
    assert len(found) == 1 and f"'{typo}'" in found[0].message and found[0].message.startswith("1 NIP")
    assert p.moves["nip"].tolist() == [nip(1)]


def test_a_settings_file_saved_with_a_bom_is_read(tmp_path: Path) -> None:
    """Notepad on Windows saves UTF-8 with a BOM; tomllib refused it at line 1, column 1."""
    from asn_mutasi.config import load_settings

    path = tmp_path / "pengaturan.toml"
    path.write_bytes("\ufeff[rencana]\nmaks_pindah_per_unit = 3\n".encode())
    assert load_settings(path).rencana.maks_pindah_per_unit == 3


def test_the_keep_file_can_come_from_stdin_once(tmp_path: Path) -> None:
    from cli_helpers import EXIT_OK, EXIT_USAGE, expect, run, small_inputs, stdout_json

    pegawai, jabatan = small_inputs(
        tmp_path,
        [
            ("198609262015051001", "Budi", "Pengadministrasi Perkantoran", "BKD"),
            ("199001152019032002", "Sri", "Pengadministrasi Perkantoran", "BKD"),
        ],
        [("A", "Pengadministrasi Perkantoran", "BKD", 1), ("B", "Pengadministrasi Perkantoran", "Dinas Sosial", 1)],
    )
    args = ("rencana", pegawai, jabatan, "--tanggal", "2026-11-01", "-f", "json")
    moved = stdout_json(expect(run(*args), EXIT_OK))["mutasi"]
    assert len(moved) == 1  # one of the two surplus holders of A fills B
    stay = "198609262015051001\n199001152019032002 # catatan\n"
    kept = stdout_json(expect(run(*args, "--nip-tetap", "-", input=stay), EXIT_OK))
    assert kept["mutasi"] == []  # both kept: the NIPs came from stdin
    twice = expect(run("rencana", "-", jabatan, "--nip-tetap", "-", input="x\n"), EXIT_USAGE)
    assert "Hanya satu masukan" in twice.stderr


def test_a_pin_table_without_a_target_code_column_is_an_input_error(tmp_path: Path) -> None:
    """It was exit 4 (infeasible plan) with "kode jabatan tujuan '' tidak ada" for row 2."""
    pins = tmp_path / "kunci.csv"
    pins.write_text("NIP\n198609262015051001\n", encoding="utf-8")
    result = expect(run("rencana", PEGAWAI_CSV, JABATAN_XLSX, *TANGGAL, "--kunci", pins), EXIT_INPUT)
    assert "tidak punya kolom kode jabatan tujuan" in result.stderr and result.stdout == ""


def test_a_settings_file_nested_thousands_deep_is_a_config_error(tmp_path: Path) -> None:
    """tomllib recurses per bracket: 100,000 of them ended in RecursionError, exit 70 (hostile-input campaign)."""
    deep = tmp_path / "dalam.toml"
    deep.write_text("a = " + "[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ConfigError, match="bersarang terlalu dalam"):
        load_settings(deep)
    result = expect(run("periksa", PEGAWAI_CSV, "--pengaturan", deep), EXIT_INPUT)
    assert "bersarang terlalu dalam" in result.stderr


def test_a_closed_stdout_is_no_traceback(tmp_path: Path) -> None:
    import subprocess
    import sys

    for args in (["--versi"], ["periksa", str(PEGAWAI_CSV), str(JABATAN_XLSX)]):
        done = subprocess.run(
            [sys.executable, "-m", "asn_mutasi", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            text=True, check=False, preexec_fn=lambda: __import__("os").close(1), timeout=120,
        )  # fmt: skip
        assert "Traceback" not in done.stderr and "internal" not in done.stderr, done.stderr[-300:]
        # data that cannot reach stdout is an output failure, said so (it went nowhere with exit 0; h24)
        assert done.returncode == 5 and "stdout" in done.stderr, args


@pytest.mark.parametrize(("key", "value"), [("jam_kerja_efektif", 1e-300), ("menit_kerja_efektif", 0.5),
                                            ("jam_kerja_efektif", 9000.0)])  # fmt: skip
def test_an_absurd_effective_working_time_is_refused(key: str, value: float) -> None:
    """1e-300 hours was accepted and every kebutuhan became -9.2e18 with English warnings (hostile-input campaign)."""
    with pytest.raises(ConfigError, match="waktu kerja efektif"):
        settings_from_dict({"beban_kerja": {key: value}}, source="x.toml")


def test_a_ledger_history_of_something_that_is_no_nip_is_a_usage_error(tmp_path: Path) -> None:
    """`buku-besar riwayat abc` said "0 catatan", exit 0, as if the person had no history."""
    result = expect(run("buku-besar", "riwayat", "abc", "--buku-besar", tmp_path / "bb.sqlite"), EXIT_USAGE)
    assert "NIP 'abc' tidak valid" in result.stderr and result.stdout == ""
    assert not (tmp_path / "bb.sqlite").exists()


def test_a_keep_file_line_of_a_csv_gives_its_nip_and_a_line_without_one_is_named(tmp_path: Path) -> None:
    """`NIP;Pegawai A` kept nobody (the person moved) and `1.99409182019011E+17` was only "tidak dikenal", with no
    line named (hostile-input campaign, round 2)."""
    from asn_mutasi.api.plan import read_keep

    keep = tmp_path / "tetap.txt"
    keep.write_text("NIP;Nama\n198509082020081001;Pegawai A\n1.99409182019011E+17\n", encoding="utf-8")
    findings: list[Any] = []
    assert read_keep(keep, [], findings)[0] == "198509082020081001"  # "NIP;Nama": the header (oracle7, h28)
    assert [(f.code, f.location.row) for f in findings] == [("nip-tetap-tidak-valid", 3)]
    assert "angka" in findings[0].message


def test_a_pin_table_names_its_file_takes_a_code_in_another_case_skips_a_total_row_and_names_a_number_nip(
    tmp_path: Path,
) -> None:
    """A lower-case code was "tidak ada" (cocokkan takes it), a JUMLAH row was one more unknown person, a NIP stored
    as a number was "tidak ada di data pegawai", and no message named the file (hostile-input campaign, round 2)."""
    from cli_helpers import JABATAN_XLSX, PEGAWAI_XLSX

    good = tmp_path / "kunci.csv"
    good.write_text("nip,kode_jabatan\n197705022003022001,x-unknown\nJUMLAH,1\n", encoding="utf-8")
    # an unknown code is a fault of the file (exit 3), not an infeasible plan (exit 4: hostile-input campaign 3)
    unknown = expect(run("rencana", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "--kunci", good), EXIT_INPUT)
    assert "kunci.csv" in unknown.stderr and "x-unknown" in unknown.stderr and "JUMLAH" not in unknown.stderr
    number = tmp_path / "angka.csv"
    number.write_text("nip,kode_jabatan\n1.97703292003091E+17,SETDA-0001\n", encoding="utf-8")
    said = expect(run("rencana", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "--kunci", number), EXIT_INPUT)
    assert "angka.csv" in said.stderr and "tersimpan sebagai angka" in said.stderr


def test_a_pin_code_in_another_case_is_the_tables() -> None:
    from asn_mutasi.config import Settings
    from asn_mutasi.planning import make_plan
    from tests.planning.factory import AS_OF, candidates, nip, positions, roster

    pos = positions([("A-1", "Perawat", "X", 1), ("B-1", "Perawat", "Y", 1)])
    ro = roster([(nip(1), "B-1"), (nip(2), "B-1")])
    plan = make_plan(ro, pos, candidates([(nip(1), "A-1", 70, True)]), Settings(), as_of=AS_OF, pins=[(nip(1), "a-1")])
    assert plan.moves["kode_jabatan_tujuan"].tolist() == ["A-1"]


def test_an_unknown_final_stage_is_refused_when_the_settings_are_read(tmp_path: Path) -> None:
    """`tahap_final = "Bupati"` passed `rencana` and was refused only by `terapkan`, later (round 2)."""
    from asn_mutasi.config import load_settings
    from asn_mutasi.errors import ConfigError

    path = tmp_path / "p.toml"
    path.write_text('[tata_kelola]\ntahap_final = "Bupati"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="tahap_final 'Bupati' tidak dikenal"):
        load_settings(path)
    path.write_text('[tata_kelola]\ntahap_final = "sidang baperjakat"\n', encoding="utf-8")
    assert load_settings(path).tata_kelola.tahap_final == "sidang baperjakat"  # any case, as terapkan reads it


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("diklat", "-", PEGAWAI_CSV, JABATAN_XLSX), "Buku kerja rencana tidak dapat dibaca dari stdin"),
        (
            ("terapkan", "-", PEGAWAI_CSV, "--tmt", "01-01-2027", "-o", "baru.csv"),
            "Buku kerja rencana tidak dapat dibaca dari stdin",
        ),
        (("aspirasi-baca", PEGAWAI_CSV, JABATAN_XLSX, "-"), "Formulir aspirasi tidak dapat dibaca dari stdin"),
        # "Berkas konfigurasi '-' tidak ditemukan" (exit 3) (hostile10, h29)
        (("periksa", PEGAWAI_CSV, "-c", "-"), "Berkas konfigurasi tidak dapat dibaca dari stdin"),
        (("periksa", PEGAWAI_CSV, "--peta-kolom", "-"), "Berkas peta kolom tidak dapat dibaca dari stdin"),
    ],
)
def test_stdin_where_only_a_file_will_do_is_a_usage_error(args: tuple[object, ...], said: str) -> None:
    """'-' was read as a damaged workbook or a missing file (exit 3); stdin is not offered there (exit 2)."""
    result = expect(run(*args, *TANGGAL), EXIT_USAGE)
    assert said in result.stderr and result.stdout == ""


@pytest.mark.parametrize(
    "args",
    [
        ("usulan", "templat", JABATAN_XLSX, "-o"),
        ("indikator", "templat", JABATAN_XLSX, "-o"),
        ("buku-besar", "ekspor", "-o"),
    ],
)
def test_a_workbook_only_output_refuses_another_suffix(args: tuple[object, ...], tmp_path: Path) -> None:
    """These wrote xlsx bytes under 'x.csv' or 'x.json' and exited 0 (hostile-input campaign)."""
    target = tmp_path / "keluaran.csv"
    result = expect(run(*args, target), EXIT_USAGE)
    assert "ditulis sebagai .xlsx" in result.stderr and not target.exists()


def test_a_keep_file_is_read_in_any_text_encoding_and_an_empty_one_is_refused(tmp_path: Path) -> None:
    """A UTF-16 ('Unicode' Notepad) --nip-tetap file was refused as 'bukan teks UTF-8'; a 0-byte one kept nobody and
    exited 0 (hostile-input campaign)."""
    from asn_mutasi.api.plan import read_keep

    unicode = tmp_path / "tetap16.txt"
    unicode.write_bytes("197705022003022001\n# catatan\n".encode("utf-16"))
    assert read_keep(unicode, []) == ["197705022003022001"]
    empty = tmp_path / "kosong.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="tidak berisi NIP"):
        read_keep(empty, [])
    only_comments = tmp_path / "komentar.txt"
    only_comments.write_text("# belum diisi\n", encoding="utf-8")
    with pytest.raises(InputError, match="tidak berisi NIP"):
        read_keep(only_comments, ["198001012005011001"])


def test_a_finding_quotes_a_long_value_cut_short(tmp_path: Path) -> None:
    """A 20 MB --nip-tetap line went whole into its warning: 20 MB on stderr (hostile-input campaign, round 3)."""
    from asn_mutasi.api.plan import read_keep
    from asn_mutasi.findings import Finding

    path = tmp_path / "tetap.txt"
    path.write_text("198001012005011001\n" + "1" * 100_000 + "\n", encoding="utf-8")
    findings: list[Finding] = []
    read_keep(path, (), findings)
    (told,) = [f for f in findings if f.code == "nip-tetap-tidak-valid"]
    assert len(told.message) < 400 and "(100.000 karakter)" in told.message
    assert told.location.value is not None and len(told.location.value) < 250


def test_a_keep_file_with_a_no_column_takes_the_field_under_its_nip_header(tmp_path: Path) -> None:
    """An Excel list "No;NIP;Nama" or "Nama;NIP" kept nobody and exited 0: the first field ('1', 'Ratna') was read
    as the NIP (hostile9 #6, h28). The header names the column; "NIP Lama" is not it; without a header, a line's one
    18-digit field is its NIP, and a line with two keeps its first."""
    from asn_mutasi.api.plan import read_keep
    from asn_mutasi.findings import Finding

    def kept(text: str) -> tuple[list[str], list[tuple[str, int | None]]]:
        keep = tmp_path / "tetap.csv"
        keep.write_text(text, encoding="utf-8")
        found: list[Finding] = []
        return read_keep(keep, [], found), [(f.code, f.location.row) for f in found]

    a, b = "197705022003022001", "197609272008102001"
    assert kept(f"No;NIP;Nama\n1;{a};Ratna Saputra, S.Sos\n2;{b};Kartika\n") == ([a, b], [])
    assert kept(f'Nama,NIP\n"Ratna Saputra, S.Sos",{a}\nKartika,{b}\n') == ([a, b], [])
    assert kept(f"No\tNIP Lama\tNIP Baru\tNama\n1\t010203040\t{a}\tRatna\n") == ([a], [])
    assert kept(f"1;{a};Ratna\n2;{b};Kartika\n") == ([a, b], [])
    assert kept(f"{a};{b}\n") == ([a], [])
    assert kept(f"Nama;Keterangan\nRatna;{a}\n") == ([a], [])  # no NIP header: the line's one NIP
    assert kept("Nama;Keterangan\nRatna;cuti\n") == (["Ratna"], [("nip-tetap-tidak-valid", 2)])


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as fh:
        fh.truncate(size)
    return path


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_keep_and_settings_files_are_bounded_and_a_device_is_no_file(tmp_path: Path) -> None:
    """A 2 GB --nip-tetap or -c file, or /dev/zero, ran out of memory with exit 70 (hostile10, h29): too large is
    exit 3 naming the limit; a device or a FIFO is "bukan berkas", as for every other input."""
    import os

    from asn_mutasi.api.plan import KEEP_MAX_BYTES, read_keep
    from asn_mutasi.config import SETTINGS_MAX_BYTES

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"lebih besar dari 16 MB"):
        read_keep(_sparse(tmp_path / "besar.csv", KEEP_MAX_BYTES + 1), [])
    with pytest.raises(ConfigError, match=r"lebih besar dari 1 MB"):
        load_settings(_sparse(tmp_path / "besar.toml", SETTINGS_MAX_BYTES + 1))
    for device in (Path("/dev/zero"), fifo):
        with pytest.raises(InputError, match=r"bukan berkas$"):
            read_keep(device, [])
        with pytest.raises(ConfigError, match=r"bukan berkas$"):
            load_settings(device)
    small = tmp_path / "tetap.txt"
    small.write_text("199001012020011001\n", encoding="utf-8")
    assert read_keep(small, []) == ["199001012020011001"]  # a list within the limit is read as before
    said = expect(run("periksa", PEGAWAI_CSV, "-c", "/dev/zero"), EXIT_INPUT)
    assert "Berkas konfigurasi '/dev/zero' bukan berkas" in said.stderr


def test_a_keep_list_on_stdin_past_the_limit_is_refused_not_cut() -> None:
    """stdin was read up to 16 MB and the rest dropped without a word (hostile10, h29)."""
    from asn_mutasi.api.plan import KEEP_MAX_BYTES

    args = ("rencana", PEGAWAI_CSV, JABATAN_XLSX, "--nip-tetap", "-", *TANGGAL)
    said = expect(run(*args, input="199001012020011001\n" * (KEEP_MAX_BYTES // 19 + 1)), EXIT_INPUT)
    assert "lebih besar dari 16 MB" in said.stderr


def test_a_column_map_that_is_a_fifo_is_no_file(tmp_path: Path) -> None:
    """A FIFO given to --peta-kolom was opened and read, blocking; it is "bukan berkas" as elsewhere (hostile10, h29)."""
    import os

    from asn_mutasi.io.column_mapping import load_mapping

    fifo = tmp_path / "peta"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match=r"'.*peta' bukan berkas$"):
        load_mapping(fifo)
