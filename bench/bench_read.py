"""Time read_table on a generated 100,000-row roster workbook (and the same data as CSV).

Run: python bench/bench_read.py [rows]. Prints generation time, read time per format and
peak RSS. Target: a whole ``check`` under 15 s, so reading should take a few seconds.
"""

from __future__ import annotations

import csv
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

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


def main() -> None:
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
