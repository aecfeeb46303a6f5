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
    names = ["Sekretaris Daerah", "Kepala Bagian Umum"]
    abk = _peer_sheet(tmp_path / "abk.xlsx", [n for n in names for _ in range(3)])
    result = expect(
        run("workload", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "json", "--per", "jabatan", "--abk", abk), EXIT_OK
    )
    rows = pd.DataFrame(stdout_json(result)).set_index("kode_jabatan")
    # 3 tasks × 250 days × 5 h = 3,750 h = 3 people (the table said 1): the sheet is not ignored
    assert rows.loc["SETDA-0001", "kebutuhan"] == 3 and rows.loc["SETDA-0002", "kebutuhan"] == 3
    assert rows.loc["SETDA-0001", "beban_kerja_jam"] == 3750
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
