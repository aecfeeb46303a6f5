"""Benchmark the workload analysis: 100,000 employees × ~20,000 positions.

Times linking, the position and unit summaries, the retirement projection and the
imbalance index; prints seconds per step, the total and the peak RSS. Uses
``asn_mutasi.sample.generate_sample(n_pegawai=100_000)`` when it is importable, else a
deterministic synthetic generator below (same shape: ~2,000 units × 10 positions, most
employees with a kode_jabatan, the rest by name — abbreviated, misspelt or unknown).

Run: ``python bench/bench_workload.py [--synthetic] [--n 100000]``. Target: < 20 s.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from datetime import date

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.workload import (
    imbalance_index,
    link_employees,
    position_summary,
    projected_retirements,
    unit_summary,
)

AS_OF = date(2026, 11, 1)
NAMES = (
    "Kepala Subbagian Umum",
    "Kepala Subbagian Keuangan",
    "Kepala Seksi Pelayanan",
    "Analis Kepegawaian Ahli Muda",
    "Analis Kebijakan Ahli Pertama",
    "Pranata Komputer Ahli Pertama",
    "Pengadministrasi Perkantoran",
    "Pengelola Data dan Informasi",
    "Penata Laporan Keuangan",
    "Pengolah Data dan Informasi",
    "Arsiparis Terampil",
    "Perencana Ahli Muda",
    "Pengelola Layanan Operasional",
    "Operator Layanan Operasional",
    "Penelaah Teknis Kebijakan",
    "Bendahara",
)
ABBREV = {"Kepala Subbagian": "Kasubbag", "Kepala Seksi": "Kasi"}


def synthetic(
    n_employees: int, n_units: int = 2000, per_unit: int = 10, seed: int = 4
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return prepared (roster, positions) frames with the documented columns."""
    rng = np.random.default_rng(seed)
    n_pos = n_units * per_unit
    unit_names = np.array([f"Bidang {i:04d} Dinas {i % 37:02d}" for i in range(n_units)], dtype=object)
    picks = np.argsort(rng.random((n_units, len(NAMES))), axis=1)[:, :per_unit]
    pos_unit = np.repeat(unit_names, per_unit)
    pos_name = np.array(NAMES, dtype=object)[picks.ravel()]
    hours = rng.choice([np.nan, 1250.0, 2500.0, 3750.0, 6000.0], n_pos)
    positions = pd.DataFrame(
        {
            "_baris": np.arange(2, n_pos + 2),
            "_status": "valid",
            "_alasan": "",
            "kode_jabatan": [f"J-{i:06d}" for i in range(n_pos)],
            "nama_jabatan": pos_name,
            "unit_kerja": pos_unit,
            "jenis_jabatan": None,
            "kebutuhan": rng.integers(1, 9, n_pos),
            "beban_kerja_jam": hours,
        }
    )
    which = rng.integers(0, n_pos, n_employees)
    name = pos_name[which].copy()
    how = rng.random(n_employees)
    code = np.where(how < 0.75, positions["kode_jabatan"].to_numpy()[which], None)
    abbrev = (how >= 0.75) & (how < 0.9)
    for full, short in ABBREV.items():
        name[abbrev] = [n.replace(full, short) for n in name[abbrev]]
    typo = (how >= 0.9) & (how < 0.97)
    name[typo] = [n[:-1] + n[-1] * 2 for n in name[typo]]
    unknown = how >= 0.98
    name[unknown] = [f"Jabatan Lama {i % 500}" for i in range(int(unknown.sum()))]
    born = pd.Timestamp("1966-01-01") + pd.to_timedelta(rng.integers(0, 365 * 35, n_employees), unit="D")
    roster = pd.DataFrame(
        {
            "_baris": np.arange(2, n_employees + 2),
            "_status": np.where(rng.random(n_employees) < 0.99, "valid", "dikecualikan"),
            "_alasan": "",
            "nip": [f"{19660101 + i:08d}20100310{i % 10:01d}{i % 1000:03d}"[:18] for i in range(n_employees)],
            "nama": [f"Pegawai {i}" for i in range(n_employees)],
            "jabatan": name,
            "unit_kerja": pos_unit[which],
            "kode_jabatan": code,
            "status_kepegawaian": rng.choice(
                np.array(["PNS", "PPPK", "CPNS"], dtype=object), n_employees, p=[0.8, 0.15, 0.05]
            ),
            "jenis_jabatan": None,
            "tanggal_lahir": born.astype("datetime64[ns]"),
        }
    )
    return roster, positions


def from_sample(n_employees: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (roster, positions) from the shipped sample generator, typed like prepared frames."""
    from asn_mutasi.sample.generator import generate_sample

    data = generate_sample(n_pegawai=n_employees)
    roster = data.pegawai.copy()
    positions = data.jabatan.copy()
    for frame in (roster, positions):
        frame.insert(0, "_baris", np.arange(2, len(frame) + 2))
        frame["_status"] = "valid"
        frame["_alasan"] = ""
    roster["tanggal_lahir"] = pd.to_datetime(roster["tanggal_lahir"], errors="coerce", dayfirst=True)
    positions["kebutuhan"] = pd.to_numeric(positions["kebutuhan"], errors="coerce")
    positions["beban_kerja_jam"] = pd.to_numeric(positions.get("beban_kerja_jam"), errors="coerce")
    return roster, positions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--synthetic", action="store_true", help="do not use asn_mutasi.sample")
    args = parser.parse_args()

    t0 = time.perf_counter()
    source = "synthetic"
    if not args.synthetic:
        try:
            roster, positions = from_sample(args.n)
            source = "asn_mutasi.sample"
        except ImportError:
            roster, positions = synthetic(args.n)
    else:
        roster, positions = synthetic(args.n)
    print(f"data ({source}): {len(roster):,} pegawai, {len(positions):,} jabatan in {time.perf_counter() - t0:.2f} s")

    settings = Settings()
    steps: dict[str, float] = {}
    start = time.perf_counter()
    t = time.perf_counter()
    linked = link_employees(roster, positions)
    steps["link_employees"] = time.perf_counter() - t
    t = time.perf_counter()
    retire = projected_retirements(linked.frame, settings, as_of=AS_OF, horizon_months=12)
    steps["projected_retirements"] = time.perf_counter() - t
    t = time.perf_counter()
    ps = position_summary(linked.frame, positions, settings, as_of=AS_OF, retirements=retire)
    steps["position_summary"] = time.perf_counter() - t
    t = time.perf_counter()
    units = unit_summary(ps, settings, linked=linked.frame)
    index = imbalance_index(units)
    steps["unit_summary+imbalance"] = time.perf_counter() - t
    total = time.perf_counter() - start

    for name, secs in steps.items():
        print(f"  {name:<24} {secs:7.2f} s")
    print(f"  {'total':<24} {total:7.2f} s  (target < 20 s)")
    print(f"links: {linked.counts()}  findings: {len(linked.findings):,}  pensiun 12 bln: {len(retire):,}")
    print(f"units: {len(units):,}  imbalance index: {index:.4f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rss_mb = rss / 1024 / 1024 if sys.platform == "darwin" else rss / 1024
    print(f"peak RSS: {rss_mb:.0f} MB")
    return 0 if total < 20 else 1


if __name__ == "__main__":
    raise SystemExit(main())
