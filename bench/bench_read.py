"""Time reading: read_table on a synthetic roster, or load_inputs (read + validate) on sample rosters.

Run: python bench/bench_read.py [rows]. Prints generation time, read time per format and
peak RSS. Target: a whole ``check`` under 15 s, so reading should take a few seconds.

Run: python bench/bench_read.py --sampel 10000 100000 [--ulang 3]. Times ``load_inputs``
(the roster and position table of ``plan``: read, guard, validate) on
bench/out/sample_<N>/pegawai.xlsx + peta_jabatan.xlsx, made by ``python bench/make_roster.py
--pegawai N``. Each size runs in a fresh process (the first call is the one a CLI run pays:
regexes compiled, caches cold); it prints every run, the best, the split into reading and
validating of the best run, and the process's peak RSS. Issue 10 target: ≤ 3 s at 100k.

Run: python bench/bench_read.py --dunia --sampel 10000 100000 [--ulang 3] [--kode DIR ...].
Times ``build_world`` (read, guard, validate both files, link the roster to the positions:
the first half of ``plan``) instead, with its wall time, the process's CPU time (both
cores count) and peak RSS. ``--kode`` runs each size once per checkout DIR (PYTHONPATH), in
turns, so an old and a new version are compared in the same run on the same machine load.

Run: python bench/bench_read.py --tahap --sampel 10000 100000 [--ulang 3] [--kode DIR ...].
Times the roster's steps after calamine's parse, in one thread: ``_build_table`` (grid to raw
table), ``prepare_roster`` (the rules) and ``link_employees`` (with the position index built
beforehand, as ``build_world`` does), each best of ``--ulang`` on the same parsed grid, plus
their sum in the best run and the peak RSS.
"""

from __future__ import annotations

import csv
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import xlsxwriter

from asn_mutasi.io.readers import read_table

HEADERS = [
    "NO", "NIP", "NAMA", "GOL/RUANG", "JABATAN", "KODE JABATAN", "UNIT KERJA", "JENIS JABATAN", "TMT JABATAN",
    "TANGGAL LAHIR", "JENIS KELAMIN", "STATUS KEPEGAWAIAN", "PENDIDIKAN TERAKHIR", "JURUSAN", "PREDIKAT KINERJA",
    "HUKUMAN DISIPLIN", "TUGAS BELAJAR", "RIWAYAT JABATAN", "DIKLAT", "PREFERENSI UNIT",
]  # fmt: skip
GOLONGAN = ["II/a", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"]
JABATAN = [
    "Analis SDM Aparatur Ahli Pertama",
    "Pranata Komputer Ahli Muda",
    "Pengadministrasi Perkantoran",
    "Arsiparis Terampil",
    "Kepala Subbagian Umum",
]
UNIT = [f"Bidang {n} Dinas {d}" for n in ("Umum", "Keuangan", "Program", "Pelayanan") for d in range(1, 41)]
PENDIDIKAN = [
    ("S-1", "S-1 TEKNIK INFORMATIKA"),
    ("D-III", "D-III AKUNTANSI"),
    ("SMA", "SMA IPA"),
    ("S-2", "S-2 MANAJEMEN"),
]


def make_rows(n: int, seed: int = 7) -> list[list[object]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        born = date(1965, 1, 1) + timedelta(days=rng.randrange(0, 365 * 35))
        sex = rng.choice("12")
        nip = f"{born:%Y%m%d}{rng.randrange(1990, 2023)}{rng.randrange(1, 13):02d}{sex}{i % 1000:03d}"
        level, major = rng.choice(PENDIDIKAN)
        rows.append(
            [
                i + 1, nip, f"Pegawai {i} S.Kom", rng.choice(GOLONGAN), rng.choice(JABATAN), f"J{rng.randrange(1, 2000):05d}",
                rng.choice(UNIT), rng.choice(["Fungsional", "Pelaksana", "Pengawas"]),
                born + timedelta(days=365 * 30), born, "L" if sex == "1" else "P", "PNS", level, major,
                rng.choice(["Baik", "Sangat Baik"]), "Tidak", "Tidak", "Staf (2015-2019)", "Latsar CPNS", None,
            ]
        )  # fmt: skip
    return rows


def write_xlsx(path: Path, rows: list[list[object]]) -> None:
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Nominatif")
    date_fmt = wb.add_format({"num_format": "dd-mm-yyyy"})
    ws.write_string(0, 0, "DAFTAR NOMINATIF PEGAWAI NEGERI SIPIL")
    ws.write_string(1, 0, "KEADAAN PER 1 JANUARI 2025")
    for c, h in enumerate(HEADERS):
        ws.write_string(3, c, h)
    for r, row in enumerate(rows, start=4):
        for c, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, date):
                ws.write_datetime(r, c, v, date_fmt)
            elif isinstance(v, int):
                ws.write_number(r, c, v)
            else:
                ws.write_string(r, c, str(v))
    wb.close()


def write_csv(path: Path, rows: list[list[object]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADERS)
        writer.writerows([["" if v is None else str(v) for v in row] for row in rows])


def time_load_inputs(folder: Path, repeat: int) -> None:
    """One size, in this process: ``load_inputs`` ``repeat`` times, then the peak RSS."""
    from datetime import date

    from asn_mutasi.api import inputs
    from asn_mutasi.config import load_settings

    settings = load_settings(None)
    opts = inputs.ReadOptions(limits=settings.baca)
    spent: dict[str, float] = {}
    real_read, real_roster, real_positions = inputs.read_input, inputs.prepare_roster, inputs.prepare_positions

    def timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - t

        return run

    inputs.read_input = timed("baca", real_read)  # type: ignore[assignment]
    inputs.prepare_roster = timed("periksa", real_roster)  # type: ignore[assignment]
    inputs.prepare_positions = timed("periksa", real_positions)  # type: ignore[assignment]
    runs = []
    for _ in range(repeat):
        spent.clear()
        t0 = time.perf_counter()
        loaded = inputs.load_inputs(
            folder / "pegawai.xlsx",
            folder / "peta_jabatan.xlsx",
            opts=opts,
            settings=settings,
            today=date(2026, 11, 1),
            require_positions=True,
        )
        runs.append((time.perf_counter() - t0, dict(spent), len(loaded.roster.frame), len(loaded.findings)))
        del loaded
    best = min(runs, key=lambda r: r[0])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{folder.name}: load_inputs {' '.join(f'{r[0]:.2f}' for r in runs)} s; best {best[0]:.2f} s "
        f"(baca {best[1].get('baca', 0):.2f} s, periksa {best[1].get('periksa', 0):.2f} s); "
        f"{best[2]:,} baris pegawai, {best[3]} temuan; peak RSS {peak:.0f} MB",
        flush=True,
    )


def time_build_world(folder: Path, repeat: int) -> None:
    """One size, in this process: ``build_world`` ``repeat`` times (wall and CPU), then the peak RSS."""
    from datetime import date

    import asn_mutasi
    from asn_mutasi.api import inputs
    from asn_mutasi.config import load_settings

    settings = load_settings(None)
    runs = []
    for _ in range(repeat):
        run = inputs.setup(inputs.ReadOptions(), settings, date(2026, 11, 1), None)
        t0, c0 = time.perf_counter(), time.process_time()
        world = inputs.build_world(folder / "pegawai.xlsx", folder / "peta_jabatan.xlsx", run=run)
        runs.append((time.perf_counter() - t0, time.process_time() - c0, len(world.roster), len(world.findings)))
        del world
    best = min(runs, key=lambda r: r[0])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    code = Path(asn_mutasi.__file__).parents[1]
    print(
        f"{folder.name} [{code}]: build_world {' '.join(f'{r[0]:.2f}' for r in runs)} s; best {best[0]:.2f} s "
        f"(CPU {best[1]:.2f} s); {best[2]:,} baris pegawai, {best[3]} temuan; peak RSS {peak:.0f} MB",
        flush=True,
    )


def time_roster_steps(folder: Path, repeat: int) -> None:
    """One size, in this process: the roster's steps after the parse, each timed on the same grid."""
    from datetime import date

    import asn_mutasi
    from asn_mutasi.api import inputs
    from asn_mutasi.config import load_settings
    from asn_mutasi.gc_pause import gc_paused
    from asn_mutasi.io import readers
    from asn_mutasi.validation import prepare_roster
    from asn_mutasi.workload.linking import PositionIndex, link_employees

    settings = load_settings(None)
    opts = inputs.ReadOptions(limits=settings.baca)
    path = folder / "pegawai.xlsx"
    grid = readers._workbook_grid(path, None, str(path), "xlsx", "pegawai", None, opts.limits)
    positions = inputs.prepare_positions(inputs.read_input(folder / "peta_jabatan.xlsx", "jabatan", opts), settings)
    index = PositionIndex.build(positions.valid)
    runs = []
    for _ in range(repeat):
        with gc_paused():
            t0 = time.perf_counter()
            raw = readers._build_table(grid, "pegawai", None)
            t1 = time.perf_counter()
            roster = prepare_roster(raw, today=date(2026, 11, 1))
            t2 = time.perf_counter()
            link = link_employees(
                roster.frame,
                positions.valid,
                source=raw.source.path,
                sheet=raw.source.sheet,
                letters={f: c.letter for f, c in raw.columns.items()},
                headers={f: c.header for f, c in raw.columns.items()},
                index=index,
            )
            t3 = time.perf_counter()
        runs.append((t3 - t0, t1 - t0, t2 - t1, t3 - t2, len(roster.findings) + len(link.findings)))
        del raw, roster, link
    best = min(runs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    code = Path(asn_mutasi.__file__).parents[1]
    print(
        f"{folder.name} [{code}]: total {' '.join(f'{r[0]:.2f}' for r in runs)} s; best {best[0]:.2f} s "
        f"(_build_table {min(r[1] for r in runs):.2f}, prepare_roster {min(r[2] for r in runs):.2f}, "
        f"link_employees {min(r[3] for r in runs):.2f} s, each best of {repeat}); {best[4]} temuan; "
        f"peak RSS {peak:.0f} MB",
        flush=True,
    )


def main() -> None:
    if len(sys.argv) > 1 and "--sampel" in sys.argv[1:4]:
        import argparse
        import subprocess

        parser = argparse.ArgumentParser(description="time load_inputs on bench/out/sample_<N>")
        parser.add_argument("--sampel", type=int, nargs="+", required=True)
        parser.add_argument("--ulang", type=int, default=3)
        parser.add_argument("--dunia", action="store_true", help="time build_world instead of load_inputs")
        parser.add_argument("--tahap", action="store_true", help="time the roster's steps after the parse")
        parser.add_argument("--kode", type=Path, nargs="+", help="checkouts to compare (PYTHONPATH), in turns")
        args = parser.parse_args()
        import os

        step = "time_roster_steps" if args.tahap else "time_build_world" if args.dunia else "time_load_inputs"
        for n in args.sampel:
            folder = Path(__file__).parent / "out" / f"sample_{n}"
            if not (folder / "pegawai.xlsx").exists():
                print(f"{folder} missing: run python bench/make_roster.py --pegawai {n}", file=sys.stderr)
                continue
            code = f"import sys; sys.path[0] = {str(Path(__file__).parent)!r}; import bench_read; "  # not the cwd: PYTHONPATH decides
            code += f"bench_read.{step}(bench_read.Path({str(folder)!r}), {args.ulang})"
            for checkout in args.kode or [None]:
                env = dict(os.environ)
                if checkout is not None:
                    env["PYTHONPATH"] = str(checkout.resolve())
                subprocess.run([sys.executable, "-c", code], check=True, env=env)
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        rows = make_rows(n)
        xlsx, csv_path = Path(tmp) / "roster.xlsx", Path(tmp) / "roster.csv"
        write_xlsx(xlsx, rows)
        write_csv(csv_path, rows)
        del rows
        print(
            f"generated {n} rows in {time.perf_counter() - t0:.2f} s (xlsx {xlsx.stat().st_size / 1e6:.1f} MB, csv {csv_path.stat().st_size / 1e6:.1f} MB)"
        )
        for path in (xlsx, csv_path):
            t0 = time.perf_counter()
            table = read_table(path, "pegawai")
            elapsed = time.perf_counter() - t0
            assert len(table.frame) == n, len(table.frame)
            assert len(table.columns) == len(HEADERS) - 1
            print(f"read_table {path.suffix}: {elapsed:.2f} s, {len(table.frame)} rows, {len(table.findings)} findings")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
