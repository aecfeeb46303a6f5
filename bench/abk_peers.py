"""Compare our ABK arithmetic with the numbers open-source ABK applications stored (issue 17).

Usage:
    python bench/abk_peers.py --uianjab database_pandawa_16_03_2026.sql --singgihadis anjab.sql

- ``--uianjab``: the pg_dump (custom format) in github.com/orproject04/uianjab
  (``database_pandawa_16_03_2026.sql``): tables ``tugas_pokok_abk`` (jumlah_hasil,
  waktu_penyelesaian_jam, waktu_efektif, kebutuhan_pegawai per task) and ``peta_jabatan``
  (kebutuhan_pegawai per position, ``Math.ceil`` of the task sum). Only numbers and position
  names are read; the ``pejabat`` column (names, NIPs) is never touched.
- ``--singgihadis``: ``mysql/anjab.sql`` of github.com/singgihadis/anjab (tables ``abk`` and
  ``master_keterangan_waktu``: per-period minutes 300/1,500/6,000/72,000).

The task rows are written as a task sheet in the peer's own layout and read back through
``read_table`` and ``workload_from_tasks``, exactly as ``workload --abk`` does. Prints how many
tasks and positions agree. The dumps are not part of this repository (fetch them yourself).
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import tempfile
import zlib
from collections import defaultdict
from pathlib import Path

import pandas as pd

from asn_mutasi.config import Settings, Workload
from asn_mutasi.io.readers import read_table
from asn_mutasi.workload.abk import workload_from_tasks

UIANJAB_HEADER = (
    "KODE JABATAN",
    "NAMA JABATAN",
    "UNIT KERJA",
    "JUMLAH HASIL",
    "WAKTU PENYELESAIAN (JAM)",
    "WAKTU EFEKTIF",
    "KEBUTUHAN PEGAWAI",
)
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def pg_custom_blocks(data: bytes) -> list[list[list[str]]]:
    """Return the COPY data blocks of a pg_dump custom-format file (zlib chunks), as rows of fields."""
    blocks = []
    pos = 0
    while (o := data.find(b"\x78\x9c", pos)) >= 0:
        pos = o + 1
        if o < 5:
            continue
        p, d, out = o - 5, zlib.decompressobj(), b""
        try:
            while True:
                sign, length = data[p], int.from_bytes(data[p + 1 : p + 5], "little")
                p += 5
                if sign or length == 0 or length > 10_000_000:
                    break
                out += d.decompress(data[p : p + length])
                p += length
                if d.eof:
                    break
        except zlib.error:
            continue
        if out:
            text = out.decode("utf-8", "replace")
            blocks.append([line.split("\t") for line in text.split("\n") if line and line != "\\."])
            pos = p
    return blocks


def uianjab(path: Path) -> None:
    blocks = pg_custom_blocks(path.read_bytes())

    def is_abk(rows: list[list[str]]) -> bool:
        return bool(rows) and len(rows[0]) == 9 and bool(UUID.match(rows[0][0])) and bool(UUID.match(rows[0][1]))

    def is_peta(rows: list[list[str]]) -> bool:
        return bool(rows) and len(rows[0]) == 15 and rows[0][11].startswith("JABATAN")

    abk = next(b for b in blocks if is_abk(b))
    peta = {r[0]: r for r in next(b for b in blocks if is_peta(b))}
    with tempfile.TemporaryDirectory() as tmp:
        sheet = Path(tmp) / "uianjab.csv"
        with sheet.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(UIANJAB_HEADER)
            for r in abk:
                pj = peta.get(r[1])
                if pj is None:
                    continue
                w.writerow([r[1], pj[3], pj[4], *("" if v == "\\N" else v for v in r[3:7])])
        raw = read_table(str(sheet), "abk")
    listing = pd.DataFrame(
        [(k, v[3], v[4]) for k, v in peta.items()], columns=["kode_jabatan", "nama_jabatan", "unit_kerja"]
    )
    result = workload_from_tasks(None, listing, Settings(beban_kerja=Workload(pembulatan="atas")), raw=raw)
    got = result.frame.set_index("kode_jabatan")["kebutuhan"]
    stored = {k: int(v[9]) for k, v in peta.items() if k in got.index and v[9] != "\\N"}
    agree = sum(int(got[k]) == n for k, n in stored.items())
    differ = [f for f in result.findings if f.code == "abk-kebutuhan-lembar-berbeda"]
    n_tasks = sum(1 for r in abk if r[1] in peta and "\\N" not in r[3:6])
    bad_tasks = int(differ[0].message.split(" pada ")[1].split(" dari ")[0]) if differ else 0
    print(
        f"orproject04/uianjab: tugas {n_tasks - bad_tasks}/{n_tasks} sama dengan kebutuhan_pegawai per tugas (4 desimal)"
    )
    print(f"orproject04/uianjab: jabatan {agree}/{len(stored)} sama dengan peta_jabatan.kebutuhan_pegawai (ceil)")


def singgihadis(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    ket = {
        m.group(1): m.group(2)
        for m in re.finditer(r"INSERT INTO master_keterangan_waktu VALUES \('(\d+)', '([^']*)', '(\d+)'", text)
    }
    rows = [
        [v.strip().strip("'") for v in m.group(1).split(", ")]
        for m in re.finditer(r"INSERT INTO abk VALUES \((.*)\);", text)
    ]
    per = defaultdict(float)
    for r in rows:
        per[r[1]] += float(r[8])
    for layout in ("wke", "periode"):
        with tempfile.TemporaryDirectory() as tmp:
            sheet = Path(tmp) / "anjab.csv"
            with sheet.open("w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                if layout == "wke":
                    w.writerow(
                        ["KODE JABATAN", "JUMLAH HASIL", "WAKTU PENYELESAIAN", "WAKTU EFEKTIF", "KEBUTUHAN PEGAWAI"]
                    )
                    w.writerows([[r[1], r[4], r[5], r[7], r[8]] for r in rows])
                else:
                    w.writerow(["KODE JABATAN", "JUMLAH HASIL", "SATUAN PERIODE", "NORMA WAKTU (MENIT)"])
                    w.writerows([[r[1], r[4], ket.get(r[6], ""), r[5]] for r in rows])
            raw = read_table(str(sheet), "abk")
        listing = pd.DataFrame({"kode_jabatan": sorted(per), "nama_jabatan": sorted(per), "unit_kerja": ""})
        settings = Settings(beban_kerja=Workload(menit_kerja_efektif=72000))
        result = workload_from_tasks(None, listing, settings, raw=raw)
        got = result.frame.set_index("kode_jabatan")
        differ = [f for f in result.findings if f.code == "abk-kebutuhan-lembar-berbeda"]
        tasks = (
            "—"
            if layout == "periode"
            else f"{len(rows) - (len(differ) and int(differ[0].message.split(' pada ')[1].split(' dari ')[0]))}/{len(rows)}"
        )
        counts = defaultdict(int)
        for r in rows:
            counts[r[1]] += 1
        sums_ok = sum(abs(got.loc[k, "kebutuhan_riil"] - s) <= 5e-5 * counts[k] for k, s in per.items())
        rounds_ok = sum(int(got.loc[k, "kebutuhan"]) == math.floor(s + 0.5) for k, s in per.items())  # PHP round()
        print(
            f"singgihadis/anjab ({layout}): tugas {tasks}, jumlah per jabatan {sums_ok}/{len(per)}, "
            f"kebutuhan dibulatkan {rounds_ok}/{len(per)}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--uianjab", type=Path)
    ap.add_argument("--singgihadis", type=Path)
    args = ap.parse_args()
    if args.uianjab:
        uianjab(args.uianjab)
    if args.singgihadis:
        singgihadis(args.singgihadis)
    if not (args.uianjab or args.singgihadis):
        ap.print_help()


if __name__ == "__main__":
    main()
