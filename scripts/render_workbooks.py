"""Run the sample commands and render every workbook they write to PDF and PNG pages.

Usage::

    python scripts/render_workbooks.py [OUT_DIR] [--pages N] [--dpi D]

Writes to OUT_DIR (default ``render/``): the workbooks (``check.xlsx``, ``match.xlsx``,
``assess.xlsx``, ``vacancies.xlsx``, ``workload.xlsx``, ``rencana.xlsx``, the plan with
every decision set to Setuju, ``pegawai_baru.xlsx`` + ``pegawai_baru_SK.xlsx`` from
``apply``, ``compare.xlsx``), one PDF per workbook (LibreOffice headless prints every
visible sheet) and ``png/<workbook>-<page>.png`` for the first N pages of each, so a
person can look at what the analyst will see. Needs ``soffice`` (LibreOffice) and
``pdftoppm`` (poppler-utils) on PATH; prints what it did and exits 1 when a tool is missing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data"
AS_OF = "2026-11-01"


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "asn_mutasi", *args]


def commands(out: Path) -> list[tuple[str, list[str]]]:
    """Return (name, argv) for each workbook-writing sample command, in run order."""
    p, j = str(SAMPLE / "pegawai.xlsx"), str(SAMPLE / "peta_jabatan.xlsx")
    common = ["--timpa", "--tanggal", AS_OF]
    return [
        ("check", _cli("check", str(SAMPLE / "pegawai_bermasalah.xlsx"), j, "-o", str(out / "check.xlsx"), *common)),
        ("match", _cli("match", p, j, "--top", "3", "-o", str(out / "match.xlsx"), *common)),
        ("assess", _cli("assess", p, j, str(SAMPLE / "usulan_mutasi.csv"), "-o", str(out / "assess.xlsx"), *common)),
        ("vacancies", _cli("vacancies", p, j, "-o", str(out / "vacancies.xlsx"), *common)),
        (
            "workload",
            _cli("workload", p, j, "--abk", str(SAMPLE / "abk_tugas.xlsx"), "-o", str(out / "workload.xlsx"), *common),
        ),
        ("rencana", _cli("plan", p, j, "-o", str(out / "rencana.xlsx"), *common)),
    ]


def decide_all(plan: Path, target: Path) -> None:
    """Copy ``plan`` with every Keputusan set to Setuju (what an analyst does before apply)."""
    from openpyxl import load_workbook

    from asn_mutasi.schema import PLAN_MOVE_COLUMNS, PLAN_SHEETS

    wb = load_workbook(plan)
    ws = wb[PLAN_SHEETS[1]]
    header = [c.value for c in ws[1]]
    col = header.index(dict(PLAN_MOVE_COLUMNS)["keputusan"]) + 1
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, 1).value:
            ws.cell(row, col).value = "Setuju"
    wb.save(target)


def run(argv: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    if done.returncode not in (0, 1):  # 1 = findings (check on the bad sample), still a workbook
        sys.stderr.write(done.stderr)
        raise SystemExit(f"gagal ({done.returncode}): {' '.join(argv)}")
    return time.perf_counter() - start


def to_pdf(xlsx: Path, pdf_dir: Path, profile: Path) -> Path:
    """Convert one workbook to PDF with LibreOffice headless (its own profile, so runs never clash)."""
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(pdf_dir),
            str(xlsx),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=300,
    )
    return pdf_dir / (xlsx.stem + ".pdf")


def to_png(pdf: Path, png_dir: Path, pages: int, dpi: int) -> list[Path]:
    prefix = png_dir / pdf.stem
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", str(pages), str(pdf), str(prefix)], check=True)
    return sorted(png_dir.glob(pdf.stem + "-*.png"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="render", type=Path)
    parser.add_argument("--pages", type=int, default=6, help="pages rendered per workbook (default 6)")
    parser.add_argument("--dpi", type=int, default=70)
    args = parser.parse_args()
    missing = [tool for tool in ("soffice", "pdftoppm") if shutil.which(tool) is None]
    if missing:
        print(f"perlu {' dan '.join(missing)} di PATH (LibreOffice, poppler-utils)", file=sys.stderr)
        return 1
    out: Path = args.out.resolve()
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    (out / "png").mkdir(parents=True, exist_ok=True)
    for old in (out / "png").glob("*.png"):
        old.unlink()
    workbooks: list[Path] = []
    for name, argv in commands(out):
        print(f"{name:10s} {run(argv):5.1f} s", flush=True)
        workbooks.append(out / f"{name}.xlsx")
    decided = out / "rencana_diputuskan.xlsx"
    decide_all(out / "rencana.xlsx", decided)
    baru = out / "pegawai_baru.xlsx"
    secs = run(
        _cli("apply", str(decided), str(SAMPLE / "pegawai.xlsx"), "-o", str(baru), "--tmt", "2027-01-01", "--timpa")
    )
    print(f"{'apply':10s} {secs:5.1f} s", flush=True)
    workbooks += [baru, out / "pegawai_baru_SK.xlsx"]
    secs = run(
        _cli(
            "compare",
            str(SAMPLE / "pegawai.xlsx"),
            str(baru),
            str(SAMPLE / "peta_jabatan.xlsx"),
            "--rencana",
            str(decided),
            "-o",
            str(out / "compare.xlsx"),
            "--timpa",
            "--tanggal",
            AS_OF,
        )
    )
    print(f"{'compare':10s} {secs:5.1f} s", flush=True)
    workbooks.append(out / "compare.xlsx")
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        for xlsx in workbooks:
            start = time.perf_counter()
            pdf = to_pdf(xlsx, out / "pdf", Path(profile))
            pngs = to_png(pdf, out / "png", args.pages, args.dpi)
            print(f"{xlsx.name:28s} → {len(pngs)} PNG ({time.perf_counter() - start:.1f} s)", flush=True)
    print(f"Gambar: {out / 'png'}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("NO_COLOR", "1")
    raise SystemExit(main())
