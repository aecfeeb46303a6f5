"""``asn-mutasi workload``: EJ from beban kerja and bezetting, ABK task sheets, workbook output."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pandas as pd
from cli_helpers import (
    ABK_XLSX,
    EXIT_INPUT,
    EXIT_OK,
    JABATAN_XLSX,
    PEGAWAI_XLSX,
    TANGGAL,
    expect,
    run,
    sample_positions,
    stdout_json,
)

from asn_mutasi.api.needs import POSITION_FIELDS, UNIT_FIELDS

JAM_KERJA_EFEKTIF = 1250.0


def workload(*extra: object) -> Any:
    return run("workload", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, *extra)


def grade(ej: float) -> str | None:
    """Kelas EJ per the thresholds the command prints (A > 1.00 … E < 0.50), EJ at two decimals."""
    if ej != ej:  # no holders: EJ undefined, no grade ("lowong, beban tanpa pemangku")
        return None
    ej = math.floor(ej * 100 + 0.5 + 1e-7) / 100
    return "A" if ej > 1.0 else "B" if ej >= 0.9 else "C" if ej >= 0.7 else "D" if ej >= 0.5 else "E"


def test_per_position_ej_follows_the_formula() -> None:
    result = expect(workload("-f", "json", "--per", "jabatan"), EXIT_OK)
    frame = pd.DataFrame(stdout_json(result)).set_index("kode_jabatan")
    assert list(frame.reset_index().columns) == POSITION_FIELDS
    hours = sample_positions().set_index("KODE JABATAN")["BEBAN KERJA (JAM)"]
    assert np.allclose(frame["beban_kerja_jam"], hours.loc[frame.index])
    staffed = frame[frame["bezetting"] > 0]
    expected = staffed["beban_kerja_jam"] / (staffed["bezetting"] * JAM_KERJA_EFEKTIF)
    # printed as graded: two decimals, half up (the ABK applications' round($ej, 2); peers10, h34)
    assert np.allclose(staffed["ej"], np.floor(expected * 100 + 0.5 + 1e-7) / 100, atol=1e-9)
    graded = [g if isinstance(g, str) else None for g in frame["kelas_ej"]]
    assert graded == [grade(float(e)) for e in frame["ej"].astype(float)]
    vacant = frame["bezetting"].eq(0) & frame["beban_kerja_jam"].gt(0)
    assert (frame.loc[~vacant, "beban_lebih"] == frame.loc[~vacant, "kelas_ej"].eq("A")).all()
    assert frame.loc[vacant, "beban_lebih"].all() and frame.loc[vacant, "kelas_ej"].isna().all()
    assert (frame.loc[vacant, "catatan"] == "lowong, beban tanpa pemangku").all()
    # the thresholds are printed with the result (on stderr when stdout is data)
    assert "Kelas EJ" in result.stderr and "EJ > 1,00" in result.stderr


def test_per_unit_recomputes_ej_from_sums() -> None:
    rows = stdout_json(expect(workload("-f", "json"), EXIT_OK))
    assert list(rows[0]) == UNIT_FIELDS
    units = pd.DataFrame(rows).set_index("unit_kerja")
    positions = sample_positions().groupby("UNIT KERJA")["BEBAN KERJA (JAM)"].sum()
    assert np.allclose(units["beban_kerja_jam"], positions.loc[units.index])
    ej = units["beban_kerja_jam"] / (units["bezetting"] * JAM_KERJA_EFEKTIF)
    assert np.allclose(units["ej"], np.floor(ej * 100 + 0.5 + 1e-7) / 100, atol=1e-9)  # printed as graded


def test_abk_task_sheet_replaces_the_hours() -> None:
    tasks = pd.read_excel(ABK_XLSX, engine="openpyxl")
    minutes = (
        (tasks["VOLUME (PER TAHUN)"].astype(float) * tasks["NORMA WAKTU (MENIT)"].astype(float))
        .groupby(tasks["KODE JABATAN"])
        .sum()
    )
    rows = stdout_json(expect(workload("-f", "json", "--per", "jabatan", "--abk", ABK_XLSX), EXIT_OK))
    frame = pd.DataFrame(rows).set_index("kode_jabatan")
    assert np.allclose(frame["beban_kerja_jam"], minutes.loc[frame.index] / 60.0, atol=0.01)
    # Σ volume × norma ÷ 75.000 menit, rounded, is the kebutuhan of the peta jabatan in the sample
    assert frame["kebutuhan"].tolist() == (minutes.loc[frame.index] / 75_000).round().astype(int).tolist()


def test_missing_abk_file_is_input_error(tmp_path: Path) -> None:
    result = expect(workload("--abk", tmp_path / "tidak_ada.xlsx"), EXIT_INPUT)
    assert result.stdout == ""


def test_workbook_output(tmp_path: Path) -> None:
    out = tmp_path / "abk.xlsx"
    expect(workload("-f", "json", "-o", out, "--abk", ABK_XLSX), EXIT_OK)
    wb = openpyxl.load_workbook(out, read_only=True)
    assert len(wb.sheetnames) >= 3
    assert any("unit" in s.lower() for s in wb.sheetnames)


def test_both_commands_say_how_the_abk_sheet_was_read_and_count_the_other_findings() -> None:
    """`lowongan --abk` did not say how the ABK sheet was read; `beban-kerja` kept silent about the input warning
    `lowongan` counted on the same files (walkthrough)."""
    from cli_helpers import ABK_XLSX

    said = {}
    for command in ("workload", "vacancies"):
        day = ("--tanggal", "2026-12-04")  # a sample holder's pension TMT is past by then: one input warning
        result = expect(run(command, PEGAWAI_XLSX, JABATAN_XLSX, "--abk", ABK_XLSX, "-f", "csv", *day), 0)
        said[command] = " ".join(result.stderr.split())
        assert "Lembar ABK: satuan waktu menit" in said[command], command
    assert "1 peringatan" in said["vacancies"] and "0 galat, 1 peringatan" in said["workload"]


def test_an_abk_kebutuhan_is_named_so_beside_the_peta_s_own(tmp_path: Path) -> None:
    """`lowongan` said "kebutuhan 2.987, lowongan 259", `beban-kerja --abk` "kebutuhan 5.533, lowongan 2.614" on the
    same files, with the same words: the ABK figures are named so, with the peta's kebutuhan beside (walk3, h27)."""
    from asn_mutasi.formatting import format_number

    peta = tmp_path / "peta_jabatan.xlsx"
    wb = openpyxl.load_workbook(JABATAN_XLSX)
    ws = wb.active
    assert ws is not None
    header = next(r for r in ws.iter_rows(max_row=10) if any(c.value == "KEBUTUHAN" for c in r))
    col = next(c.column for c in header if c.value == "KEBUTUHAN")
    for r in range(header[0].row + 1, ws.max_row + 1):  # the peta's kebutuhan differs from the ABK sheet's
        cell = ws.cell(r, col)
        if isinstance(cell.value, (int, float)):
            cell.value = cell.value + 1
    wb.save(peta)
    plain = expect(run("vacancies", PEGAWAI_XLSX, peta, "-f", "json", *TANGGAL), EXIT_OK)
    table_need = sum(r["kebutuhan"] for r in stdout_json(plain))
    abk = expect(run("workload", PEGAWAI_XLSX, peta, "--abk", ABK_XLSX, "-f", "json", "--per", "jabatan", *TANGGAL), 0)
    rows = stdout_json(abk)
    abk_need, abk_vacant = sum(r["kebutuhan"] for r in rows), sum(r["lowongan"] for r in rows)
    assert abk_need != table_need
    said = " ".join(abk.stderr.split())
    assert (
        f"kebutuhan menurut ABK {format_number(abk_need)} (peta jabatan: {format_number(table_need)}), "
        f"bezetting" in said
    )
    assert f"lowongan menurut ABK {format_number(abk_vacant)} (" in said
    assert "menurut ABK" not in plain.stderr
    shown = expect(run("workload", PEGAWAI_XLSX, peta, "--abk", ABK_XLSX, "-f", "tabel", *TANGGAL), 0)
    assert "Beban kerja per unit kerja (kebutuhan menurut ABK)" in " ".join(shown.stdout.split())
    # a table without kebutuhan or workload of its own: the ABK figures, no "peta jabatan: 0"
    for c in sorted((c.column for c in header if c.value in ("KEBUTUHAN", "BEBAN KERJA (JAM)")), reverse=True):
        ws.delete_cols(c)
    wb.save(peta)
    bare = " ".join(
        expect(run("workload", PEGAWAI_XLSX, peta, "--abk", ABK_XLSX, "-f", "csv", *TANGGAL), 0).stderr.split()
    )
    assert "kebutuhan menurut ABK" in bare and "(peta jabatan:" not in bare


def _form_d(tmp_path: Path, header: str, beban: str) -> tuple[Path, Path]:
    """A one-post peta in Form D layout and its four holders (peers5 #1, h29)."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA,GOLONGAN,STATUS PEGAWAI\n"
        + "".join(
            f"{nip},PEGAWAI {k},Pranata Komputer Ahli Pertama,Dinas Pendidikan,III/a,PNS\n"
            for k, nip in enumerate(
                ("198501112010032001", "199002122010031002", "199103132015032003", "199804142020121004")
            )
        ),
        "utf-8",
    )
    peta = tmp_path / "peta.csv"
    peta.write_text(
        f"No.,Nama Jabatan,Unit Kerja,{header},Perhitungan Jumlah Kebutuhan Pegawai,Jumlah Pegawai Yang Ada,+/-\n"
        f"1,Pranata Komputer Ahli Pertama,Dinas Pendidikan,{beban},4,4,0\n",
        "utf-8",
    )
    return roster, peta


def test_form_d_beban_header_gives_the_ej(tmp_path: Path) -> None:
    """Form C/D's "Jumlah Beban Kerja Jabatan" (NTT ANJAB app, Permendagri 12/2008) was never read: blank beban, EJ
    and class with rc 0 and no word (peers5 #1, h29). 5.000 h for 4 holders on WKE 1.250 is EJ 1,00, class B; the
    "(Menit)" header's 300.000 minutes are the same 5.000 h."""
    for header, beban in (("Jumlah Beban Kerja Jabatan", "5000"), ("Jumlah Beban Kerja Jabatan (Menit)", "300000")):
        roster, peta = _form_d(tmp_path, header, beban)
        result = expect(run("workload", roster, peta, *TANGGAL, "-f", "json", "--per", "jabatan"), EXIT_OK)
        (row,) = stdout_json(result)
        assert (row["beban_kerja_jam"], row["ej"], row["kelas_ej"]) == (5000.0, 1.0, "B")


def test_workload_says_when_a_workload_column_is_not_read(tmp_path: Path) -> None:
    """A beban-like header no spelling matches: `beban-kerja` names it on stderr instead of a silent blank EJ
    (peers5 #1, h29)."""
    roster, peta = _form_d(tmp_path, "Beban Tugas Jabatan", "5000")
    result = expect(run("workload", roster, peta, *TANGGAL, "-f", "json", "--per", "jabatan"), EXIT_OK)
    (row,) = stdout_json(result)
    assert row["beban_kerja_jam"] is None
    assert "[kolom-beban-tidak-dibaca]" in result.stderr and "'Beban Tugas Jabatan'" in result.stderr
