"""``workload --abk``: never a silent no-op; the sheet's reading and findings in the result and exit code."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pandas as pd
from cli_helpers import EXIT_OK, JABATAN_XLSX, PEGAWAI_XLSX, TANGGAL, expect, run, stdout_json

from asn_mutasi.api.needs import analyse_workload
from asn_mutasi.errors import EXIT_FINDINGS

from .sheets import write_sheet


def _peer_sheet(path: Path, names: list[str]) -> Path:
    """A sheet in the e-Anjab layout: hours, a period column; 250 days × 5 h = 1,250 h per position."""
    rows = [[name, "Sekretariat Daerah", "Menyusun laporan", 1, "per hari", 5] for name in names]
    header = [
        "NAMA JABATAN",
        "UNIT KERJA",
        "URAIAN TUGAS",
        "JUMLAH HASIL",
        "SATUAN PERIODE",
        "WAKTU PENYELESAIAN (JAM)",
    ]
    return write_sheet(path, header, rows)


def test_the_abk_sheet_decides_and_is_reported(tmp_path: Path) -> None:
    # non-managerial posts: a managerial post's kebutuhan is the organisation's (next test)
    names = ["Penata Kelola Pemerintahan", "Penelaah Teknis Kebijakan"]
    abk = _peer_sheet(tmp_path / "abk.xlsx", [n for n in names for _ in range(3)])
    result = expect(
        run("workload", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "json", "--per", "jabatan", "--abk", abk), EXIT_OK
    )
    rows = pd.DataFrame(stdout_json(result)).set_index("kode_jabatan")
    # 3 tasks × 250 days × 5 h = 3,750 h = 3 people (the table said 7 and 5): the sheet is not ignored
    assert rows.loc["SETDA-0008", "kebutuhan"] == 3 and rows.loc["SETDA-0009", "kebutuhan"] == 3
    assert rows.loc["SETDA-0008", "beban_kerja_jam"] == 3750
    assert "Lembar ABK: satuan waktu jam" in result.stderr and "periode kolom 'SATUAN PERIODE'" in result.stderr

    staffing = analyse_workload(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, abk=abk, tanggal=date(2026, 11, 1))
    codes = {f.code for f in staffing.findings}
    assert {"abk-menggantikan-kebutuhan", "abk-periode", "abk-satuan-waktu"} <= codes
    assert staffing.abk is not None and staffing.abk["jabatan_dengan_tugas"] == 2


def test_a_sheet_that_links_nowhere_fails(tmp_path: Path) -> None:
    abk = _peer_sheet(tmp_path / "abk.xlsx", ["Jabatan Yang Tidak Ada"])
    result = expect(run("workload", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "json", "--abk", abk), EXIT_FINDINGS)
    assert "abk-tidak-terpakai" in result.stderr and "jabatan-tidak-ditemukan" in result.stderr


def test_a_time_column_without_unit_is_refused_by_the_command(tmp_path: Path) -> None:
    path = tmp_path / "abk.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["NAMA JABATAN", "VOLUME", "NORMA WAKTU"])
    ws.append(["Sekretaris Daerah", 10, 30])
    wb.save(path)
    result = run("workload", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "--abk", path)
    assert result.exit_code == 3 and "satuan waktu penyelesaian tidak dapat dipastikan" in result.stderr


def test_a_code_written_in_several_units_is_one_post_per_unit(tmp_path: Path) -> None:
    """An ABK app's jabatan code in every unit (randisun05/kebutuhan: a "posisi" is unit + jabatan, its
    MonitoringServiceTest numbers): before, the later units' posts were dropped as kode-jabatan-ganda and their
    tasks and holders counted in the first unit's (Induk/ANALIS came out 6,250 h and kebutuhan 5 for 2,500 h and 2)."""
    from cli_helpers import write_csv

    jabatan = write_csv(
        tmp_path / "jabatan.csv",
        ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"),
        [("ANALIS", "Jabatan ANALIS", "Induk", ""), ("ANALIS", "Jabatan ANALIS", "Anak", ""),
         ("JF", "Jabatan JF", "A", ""), ("JF", "Jabatan JF", "B", "")],
    )  # fmt: skip
    tugas = write_csv(
        tmp_path / "abk.csv",
        ("unit_kerja", "kode_jabatan", "uraian_tugas", "volume", "satuan_periode", "norma_waktu"),
        [("Induk", "ANALIS", "Tugas", 2500, "tahun", 60), ("Anak", "ANALIS", "Tugas", 3750, "tahun", 60),
         ("A", "JF", "Tugas", 1250, "tahun", 60), ("B", "JF", "Tugas", 3750, "tahun", 60)],
    )  # fmt: skip
    holders = [("Anak", "ANALIS"), ("B", "JF")] + [("A", "JF")] * 4
    pegawai = write_csv(
        tmp_path / "pegawai.csv",
        ("NIP", "NAMA", "JABATAN", "KODE JABATAN", "UNIT KERJA"),
        [(f"1990010120150310{i:02d}", f"Pegawai {i}", f"Jabatan {k}", k, u) for i, (u, k) in enumerate(holders, 1)],
    )
    args = ("beban-kerja", pegawai, jabatan, "--abk", tugas, "--per", "jabatan", "-f", "json", *TANGGAL)
    rows = stdout_json(expect(run(*args), EXIT_OK))
    got = {(r["unit_kerja"], r["nama_jabatan"]): (r["beban_kerja_jam"], r["kebutuhan"], r["bezetting"]) for r in rows}
    assert got == {
        ("Induk", "Jabatan ANALIS"): (2500.0, 2, 0),
        ("Anak", "Jabatan ANALIS"): (3750.0, 3, 1),
        ("A", "Jabatan JF"): (1250.0, 1, 4),
        ("B", "Jabatan JF"): (3750.0, 3, 1),
    }
    assert {r["kode_jabatan"] for r in rows} == {"ANALIS | Induk", "ANALIS | Anak", "JF | A", "JF | B"}


def test_a_position_list_without_kebutuhan_is_read_beside_a_task_sheet(tmp_path: Path) -> None:
    """An e-Anjab position list has no kebutuhan column: the tasks give it (randisun05/kebutuhan's import; it was
    refused, exit 3). A task row naming another unit of the table is not the work of its code's post."""
    from cli_helpers import write_csv

    jabatan = write_csv(tmp_path / "jabatan.csv", ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA"),
                        [("JF-1", "Jabatan JF-1", "UK-1"), ("LAIN", "Jabatan Lain", "UK-2")])  # fmt: skip
    tugas = write_csv(
        tmp_path / "abk.csv",
        ("unit_kerja", "kode_jabatan", "uraian_tugas", "volume", "satuan_periode", "norma_waktu"),
        [("UK-1", "JF-1", "Tugas A", 10, "bulan", 300), ("UK-2", "JF-1", "Salah unit", 1, "tahun", 10)],
    )
    pegawai = write_csv(tmp_path / "pegawai.csv", ("NIP", "NAMA", "JABATAN", "KODE JABATAN", "UNIT KERJA"),
                        [("199001012015031001", "Pegawai", "Jabatan Lain", "LAIN", "UK-2")])  # fmt: skip
    args = ("beban-kerja", pegawai, jabatan, "--abk", tugas, "--per", "jabatan", "-f", "json", *TANGGAL)
    result = run(*args)
    assert result.exit_code in (EXIT_OK, EXIT_FINDINGS), result.stderr
    rows = {r["kode_jabatan"]: r for r in stdout_json(result)}
    assert rows["JF-1"]["beban_kerja_jam"] == 600.0  # 10 × 12 months × 300 min; the UK-2 row is not added
    assert rows["LAIN"]["tanpa_abk"] is True


def test_jabatan_abk_takes_a_code_as_its_help_says(tmp_path: Path) -> None:
    """SIASN's Anjab import sheet (INFOJAB II) has no position column: --jabatan-abk given the position's code
    linked nothing (the value went into the name only)."""
    from cli_helpers import write_csv

    jabatan = write_csv(tmp_path / "jabatan.csv", ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA"),
                        [("JAB-1", "Panitera Pengganti", "Kepaniteraan")])  # fmt: skip
    tugas = write_sheet(tmp_path / "abk.xlsx", ["URAIAN TUGAS", "VOLUME", "NORMA WAKTU (MENIT)"],
                        [["Mencatat sidang", 1250, 60]], sheet="Sheet1")  # fmt: skip
    pegawai = write_csv(tmp_path / "pegawai.csv", ("NIP", "NAMA", "JABATAN", "UNIT KERJA"),
                        [("199001012015031001", "Pegawai", "Panitera Pengganti", "Kepaniteraan")])  # fmt: skip
    args = ("beban-kerja", pegawai, jabatan, "--abk", tugas, "--per", "jabatan", "-f", "json", *TANGGAL)
    rows = stdout_json(expect(run(*args, "--jabatan-abk", "JAB-1"), EXIT_OK))
    assert rows[0]["beban_kerja_jam"] == 1250.0 and rows[0]["kebutuhan"] == 1


def test_task_rows_naming_the_opd_or_a_twin_post_keep_their_code_link(tmp_path: Path) -> None:
    """The day's review: a task row naming the OPD that holds its post's unit, or a second post of the same name in
    the unit, was dropped by the other-unit rule (the workload under-counted without an error)."""
    from cli_helpers import write_csv

    jabatan = write_csv(tmp_path / "jabatan.csv", ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"),
                        [("K1", "Kepala Dinas", "Dinas Sosial", 1), ("P1", "Pengadministrasi Umum", "Sekretariat Dinas Sosial", ""),
                         ("J1", "Pengadministrasi Umum", "Sekretariat", ""), ("J2", "Pengadministrasi Umum", "Sekretariat", "")])  # fmt: skip
    tugas = write_csv(tmp_path / "abk.csv", ("kode_jabatan", "unit_kerja", "uraian_tugas", "volume", "norma_waktu"),
                      [("P1", "Dinas Sosial", "Surat", 1000, 60), ("J1", "Sekretariat", "Agenda", 1000, 60),
                       ("J2", "Sekretariat", "Arsip", 2000, 60)])  # fmt: skip
    pegawai = write_csv(tmp_path / "pegawai.csv", ("NIP", "NAMA", "JABATAN", "UNIT KERJA"),
                        [("199001012015031001", "Pegawai", "Kepala Dinas", "Dinas Sosial")])  # fmt: skip
    args = ("beban-kerja", pegawai, jabatan, "--abk", tugas, "--per", "jabatan", "-f", "json", *TANGGAL)
    result = run(*args)
    rows = {r["kode_jabatan"]: r for r in stdout_json(result)}
    assert rows["P1"]["beban_kerja_jam"] == 1000.0
    assert "jabatan-tidak-ditemukan" not in result.stderr
    assert rows["J1"]["beban_kerja_jam"] == 3000.0  # the twin lines are one post: both rows' work


def test_an_abk_workload_past_its_sane_range_is_named_and_not_used(tmp_path: Path) -> None:
    """A mistyped volume gave the Sekretaris Daerah a kebutuhan of 200,001, and every volume at 999,999,999 five
    quadrillion vacancies, with exit 0 and no finding (hostile-input campaign, h24): the sheet is not used for that
    position, which keeps the table's kebutuhan, and the finding names it."""
    rows = [["Sekretaris Daerah", "Sekretariat Daerah", "Menyusun laporan", 999_999_999, "per hari", 5]]
    rows += [["Kepala Bagian Umum", "Sekretariat Daerah", "Menyusun laporan", 1, "per hari", 5]]
    header = [
        "NAMA JABATAN",
        "UNIT KERJA",
        "URAIAN TUGAS",
        "JUMLAH HASIL",
        "SATUAN PERIODE",
        "WAKTU PENYELESAIAN (JAM)",
    ]
    abk = write_sheet(tmp_path / "abk.xlsx", header, rows)
    result = run("workload", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "json", "--per", "jabatan", "--abk", abk)
    got = pd.DataFrame(stdout_json(result)).set_index("kode_jabatan")
    assert got.loc["SETDA-0001", "kebutuhan"] < 100_000  # the table's, not 3 × 10^11
    assert got.loc["SETDA-0002", "kebutuhan"] == 1  # the sheet decides where it is sane
    assert "abk-di-luar-batas" in result.stderr and "SETDA-0001" in result.stderr


def test_a_unit_s_hours_are_the_exact_sum_rounded_once(tmp_path: Path) -> None:
    """A unit's hours are its posts' minutes ÷ 60 summed, then rounded: the sum of per-post hours already rounded to
    6 decimals read 63939.083332 where 3,836,345 minutes are 63939.083333 h (walk4, h31)."""
    names = ["Penata Kelola Pemerintahan", "Penelaah Teknis Kebijakan"]
    rows = [[name, "Sekretariat Daerah", "Menyusun laporan", 1000, 1] for name in names]
    abk = write_sheet(
        tmp_path / "abk.xlsx",
        ["NAMA JABATAN", "UNIT KERJA", "URAIAN TUGAS", "VOLUME (PER TAHUN)", "NORMA WAKTU (MENIT)"],
        rows,
    )
    base = ("workload", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "json", "--abk", abk)
    posts = pd.DataFrame(stdout_json(expect(run(*base, "--per", "jabatan"), EXIT_OK)))
    units = pd.DataFrame(stdout_json(expect(run(*base, "--per", "unit"), EXIT_OK))).set_index("unit_kerja")
    setda = posts.loc[posts["unit_kerja"].eq("Sekretariat Daerah")].set_index("kode_jabatan")
    assert setda.loc["SETDA-0008", "beban_kerja_jam"] == 16.666667  # 1,000 minutes, rounded for the report
    table_hours = setda["beban_kerja_jam"].drop(["SETDA-0008", "SETDA-0009"]).sum()
    assert units.loc["Sekretariat Daerah", "beban_kerja_jam"] == round(table_hours + 2000 / 60, 6)
