"""Shared plumbing for the CLI tests: sample paths, a runner that keeps stdout and stderr apart.

Typer's bundled click keeps ``result.stdout`` and ``result.stderr`` separate, so every test can
check that stdout carries data only and that messages go to stderr. Every command runs with
``--tanggal 2026-11-01`` (the sample's reference date) so results do not depend on today.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from typer.testing import CliRunner, Result

from asn_mutasi.cli.app import app

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data"
PEGAWAI_XLSX = SAMPLE / "pegawai.xlsx"
PEGAWAI_CSV = SAMPLE / "pegawai.csv"
JABATAN_XLSX = SAMPLE / "peta_jabatan.xlsx"
ABK_XLSX = SAMPLE / "abk_tugas.xlsx"
RIWAYAT_CSV = SAMPLE / "riwayat_jabatan.csv"
USULAN_CSV = SAMPLE / "usulan_mutasi.csv"
BERMASALAH_XLSX = SAMPLE / "pegawai_bermasalah.xlsx"

TANGGAL = ("--tanggal", "2026-11-01")

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INPUT, EXIT_INFEASIBLE, EXIT_OUTPUT = 0, 1, 2, 3, 4, 5


def run(*args: object, input: bytes | str | None = None, env: Mapping[str, str] | None = None) -> Result:
    """Invoke ``asn-mutasi`` in-process with ``args`` (paths are turned into strings)."""
    runner = CliRunner()
    return runner.invoke(app, [str(a) for a in args], input=input, env=dict(env or {}))


def describe(result: Result) -> str:
    """Both streams, for assertion messages."""
    return f"exit={result.exit_code}\n--- stdout ---\n{result.stdout[:2000]}\n--- stderr ---\n{result.stderr[:2000]}"


def expect(result: Result, code: int) -> Result:
    """Assert the exit code first, and that no traceback leaked to either stream."""
    assert result.exit_code == code, describe(result)
    assert "Traceback" not in result.stderr, describe(result)
    assert "Traceback" not in result.stdout, describe(result)
    return result


def stdout_json(result: Result) -> Any:
    """Parse stdout as JSON (fails the test with both streams when it is not)."""
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError as exc:  # pragma: no cover - diagnostic path
        raise AssertionError(f"stdout is not JSON: {exc}\n{describe(result)}") from exc


def stdout_csv(result: Result) -> list[dict[str, str]]:
    """Parse stdout as CSV with a header row."""
    return list(csv.DictReader(io.StringIO(result.stdout)))


def files_in(folder: Path) -> dict[str, bytes]:
    """Name → bytes of every file directly in ``folder``."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@lru_cache(maxsize=1)
def sample_notes() -> dict[str, Any]:
    """The generator's notes on the shipped sample (seed 2026): the hand-picked cases by NIP."""
    from asn_mutasi.sample import generate_sample

    return generate_sample(seed=2026).catatan


def usulan_case(kasus: str) -> dict[str, Any]:
    """One hand-picked proposal case (``a``, ``b``, ``c``, ``biasa-1`` …) from the sample notes."""
    for case in sample_notes()["usulan"]:
        if case["kasus"] == kasus:
            return dict(case)
    raise KeyError(kasus)


def write_csv(path: Path, header: Iterable[str], rows: Iterable[Iterable[object]], *, delimiter: str = ",") -> Path:
    """Write a small CSV test input."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(list(header))
        for row in rows:
            writer.writerow(list(row))
    return path


ROSTER_HEADER = ("NIP", "NAMA", "JABATAN", "UNIT KERJA")
POSITION_HEADER = ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN")


def small_inputs(
    folder: Path, people: Iterable[Iterable[object]], positions: Iterable[Iterable[object]]
) -> tuple[Path, Path]:
    """A roster (NIP, NAMA, JABATAN, UNIT KERJA) and a position table (KODE JABATAN, NAMA JABATAN, UNIT KERJA,
    KEBUTUHAN) as two small CSV files in ``folder``."""
    return (
        write_csv(folder / "pegawai.csv", ROSTER_HEADER, people),
        write_csv(folder / "jabatan.csv", POSITION_HEADER, positions),
    )


def plain_env() -> dict[str, str]:
    """Environment for help capture: fixed width, no colour."""
    return {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb", "LINES": "50", **_keep("PATH")}


def _keep(*names: str) -> dict[str, str]:
    return {n: os.environ[n] for n in names if n in os.environ}


# --- independent reading of the sample files (plain pandas, no asn_mutasi parsing) ----------


def read_sheet_with_header(path: Path, first_header: str) -> Any:
    """Read the first sheet of ``path``, taking the row that contains ``first_header`` as the header."""
    import pandas as pd

    raw = pd.read_excel(path, header=None, dtype=object, engine="openpyxl")
    header_row = next(i for i in range(min(len(raw), 20)) if first_header in set(raw.iloc[i].astype(str).str.strip()))
    frame = raw.iloc[header_row + 1 :].copy()
    frame.columns = [str(c).strip() for c in raw.iloc[header_row]]
    frame = frame[frame[first_header].notna()]
    # drop a numbering row (1, 2, 3 …) right under the header
    return frame[~frame[first_header].astype(str).str.fullmatch(r"\d{1,2}")].reset_index(drop=True)


@lru_cache(maxsize=1)
def sample_roster() -> Any:
    """pegawai.xlsx with the true position code of the rows written without one (README table)."""
    roster = read_sheet_with_header(PEGAWAI_XLSX, "NIP")
    fix = {d["nip"]: d["kode_jabatan_sebenarnya"] for d in sample_notes()["jabatan_tanpa_kode"]}
    roster["kode"] = roster["KODE JABATAN"].where(roster["KODE JABATAN"].notna(), roster["NIP"].map(fix))
    assert roster["kode"].notna().all()
    return roster


@lru_cache(maxsize=1)
def sample_positions() -> Any:
    """peta_jabatan.xlsx as given."""
    positions = read_sheet_with_header(JABATAN_XLSX, "KODE JABATAN")
    positions["KEBUTUHAN"] = positions["KEBUTUHAN"].astype(int)
    positions["BEBAN KERJA (JAM)"] = positions["BEBAN KERJA (JAM)"].astype(float)
    return positions


def plan_to(folder: Path, *extra: str) -> tuple[Path, dict[str, Any], Result]:
    """Run ``plan`` on the sample into ``folder/rencana.xlsx``; return the path, the JSON payload, the result."""
    out = folder / "rencana.xlsx"
    result = run("plan", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-o", out, "--format", "json", *extra)
    expect(result, EXIT_OK)
    return out, stdout_json(result), result


def decide(
    plan: Path, out: Path, decisions: Mapping[str, str], *, edit: Mapping[str, Mapping[str, object]] = {}
) -> Path:
    """Copy the plan workbook with Keputusan set per ID Mutasi (and optional cell edits by header)."""
    import openpyxl

    wb = openpyxl.load_workbook(plan)
    ws = wb["Rencana Mutasi"]
    header = [c.value for c in ws[1]]
    col = {h: i for i, h in enumerate(header)}
    for row in ws.iter_rows(min_row=2):
        mid = row[col["ID Mutasi"]].value
        if mid in decisions:
            row[col["Keputusan"]].value = decisions[mid]
        for field, value in edit.get(mid, {}).items():
            row[col[field]].value = value
    wb.save(out)
    return out


def write_level_case(
    folder: Path,
    unit: str,
    posts: Iterable[tuple[str, str, str, int]],
    people: Iterable[tuple[str, str, str, str]],
    jurusan: str,
) -> tuple[Path, Path]:
    """A one-unit position table (kode, nama, jenis, kebutuhan; no KELAS JABATAN) and a roster of S-1 holders of its
    posts (nip, nama, golongan, kode; in post since 2020, born on their NIP's date) as ``;`` CSVs in ``folder``:
    (pegawai, jabatan). The level-rule tests' one writer (test_plan_levels, kesetaraan28, plan29)."""
    posts = list(posts)
    jabatan, pegawai = folder / "jabatan.csv", folder / "pegawai.csv"
    with jabatan.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "KEBUTUHAN"])
        w.writerows([k, n, unit, j, b] for k, n, j, b in posts)
    names = {k: (n, j) for k, n, j, _ in posts}
    with pegawai.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["NIP", "NAMA", "GOL/RUANG", "JABATAN", "KODE JABATAN", "UNIT KERJA", "JENIS JABATAN",
                    "TMT JABATAN", "TANGGAL LAHIR", "STATUS KEPEGAWAIAN", "PENDIDIKAN TERAKHIR", "JURUSAN",
                    "PREDIKAT KINERJA"])  # fmt: skip
        for nip, nama, gol, kode in people:
            born = f"{nip[6:8]}-{nip[4:6]}-{nip[:4]}"
            w.writerow([nip, nama, gol, names[kode][0], kode, unit, names[kode][1], "01-01-2020", born, "PNS", "S-1",
                        jurusan, "Baik"])  # fmt: skip
    return pegawai, jabatan


def sample_plan_with_sheet_moved_down(folder: Path, sheet: str, rows: int) -> Path:
    """The sample's plan workbook with every row of ``sheet`` moved ``rows`` rows down (rows inserted above its
    table), written beside it as ``moved.xlsx`` (the moved-table tests of hostile30 and hostile31)."""
    import re
    import zipfile
    from datetime import date

    import asn_mutasi as am
    from asn_mutasi.io.open_workbook import sheet_entries

    plan = folder / "r.xlsx"
    am.plan(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, output=plan, tanggal=date(2026, 11, 1))
    entry = sheet_entries(plan)[sheet]
    moved = folder / "moved.xlsx"

    def down(m: re.Match[bytes]) -> bytes:
        return m.group(1) + str(int(m.group(2)) + rows).encode() + b'"'

    with zipfile.ZipFile(plan) as zi, zipfile.ZipFile(moved, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zi.infolist():
            data = zi.read(info)
            if info.filename == entry:
                data = re.sub(rb'(<row r="|<c r="[A-Z]+)(\d+)"', down, data)
            zo.writestr(info, data)
    return moved
