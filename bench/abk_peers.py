"""Compare our ABK arithmetic with the numbers open-source ABK applications compute (issue 17; peers5, h31).

Usage:
    python bench/abk_peers.py --uianjab database_pandawa_16_03_2026.sql --singgihadis anjab.sql

- ``--uianjab``: the pg_dump (custom format) in github.com/orproject04/uianjab
  (``database_pandawa_16_03_2026.sql``, Setjen DPD RI): tables ``tugas_pokok_abk`` (jumlah_hasil,
  waktu_penyelesaian_jam, waktu_efektif, kebutuhan_pegawai per task) and ``peta_jabatan`` (kebutuhan_pegawai and
  bezetting per position). Only numbers, position names and units are read; the ``pejabat`` column (names, NIPs)
  is never touched, and the roster given to ``beban-kerja`` is made of ``bezetting`` synthetic holders.
- ``--singgihadis``: ``mysql/anjab.sql`` of github.com/singgihadis/anjab (tables ``abk`` and
  ``master_keterangan_waktu``: per-period minutes 60/300/1,500/6,000/72,000).
- ``--fendy``: ``public/asset/doc/contoh_excel.xlsx`` of github.com/fendyanjapu/anjab (commit 2b5d949a): an ABK
  template of one position whose column I holds the formula ``=F*H/G`` (minutes × volume ÷ 72,000); recalculate it
  first (``soffice --headless --convert-to xlsx``) when its formulas carry no cached result.

Their kebutuhan is recomputed here by a port of their own code, not taken from their stored figures alone:

- uianjab, ``src/app/(admin)/(others-pages)/anjab/edit/_sections/tugas-pokok-abk.tsx``: per task
  ``computeKebutuhanPegawai`` = jumlah_hasil × waktu_penyelesaian_jam ÷ waktu_efektif (0 when a cell is NULL or
  the WKE ≤ 0), per position ``Math.ceil`` of the unrounded sum (stored in ``peta_jabatan``); its Word export
  ``src/lib/anjab-docx-generator.ts`` prints ``Math.round`` of the same sum as "JUMLAH PEGAWAI".
- fendyanjapu, ``app/Imports/TugasPokok.php``: per row ``F × H ÷ G`` (0 when G is 0) stored ``number_format(…, 4)``;
  ``app/Http/Controllers/homeController.php``: PHP ``round()`` of the sum ("JUMLAH PEGAWAI").
- singgihadis, ``assets/js/page/anjab_abk.js``: per task (jumlah_hasil × waktu_penyelesaian) ÷ waktu_efektif of the
  task's period, stored ``toFixed(4)``; ``application/controllers/Anjab.php``: PHP ``round()`` of the sum of the
  stored 4-decimal values.

Ours: the task rows written as a sheet in the peer's layout and read by ``read_table`` / ``workload_from_tasks``
(exactly as ``beban-kerja --abk`` reads them), and for uianjab the whole ``beban-kerja --abk`` command on the peer's
position table. Prints the agreement per comparison and every difference with its cause. The dumps are not part of
this repository (``fetch`` them from GitHub).
"""

from __future__ import annotations

import argparse
import collections
import csv
import math
import os
import re
import subprocess
import sys
import tempfile
import zlib
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
NULL = "\\N"
#: peta_jabatan columns (COPY public.peta_jabatan in the dump)
P_NAMA, P_UNIT, P_BEZETTING, P_KEBUTUHAN, P_JENIS = 3, 4, 8, 9, 11


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


def uianjab_tables(path: Path) -> tuple[list[list[str]], dict[str, list[str]]]:
    """(tugas_pokok_abk rows, peta_jabatan rows by id) of the dump."""
    blocks = pg_custom_blocks(path.read_bytes())
    abk = next(b for b in blocks if b and len(b[0]) == 9 and UUID.match(b[0][0]) and UUID.match(b[0][1]))
    peta = next(b for b in blocks if b and len(b[0]) == 15 and b[0][P_JENIS].startswith(("JABATAN", "ESELON")))
    return abk, {r[0]: r for r in peta}


def uianjab_port(abk: list[list[str]]) -> dict[str, float]:
    """Their unrounded sum per position (``computeKebutuhanPegawai``, summed in the dump's order)."""

    def num(v: str) -> float:  # Number(x ?? 0) of a NUMERIC cell
        return 0.0 if v == NULL else float(v)

    total: dict[str, float] = collections.defaultdict(float)
    for r in abk:
        j, w, e = num(r[3]), num(r[4]), num(r[5])
        total[r[1]] += (j * w) / e if e > 0 else 0.0
    return dict(total)


def _write_uianjab(tmp: Path, abk: list[list[str]], peta: dict[str, list[str]]) -> None:
    """The task sheet, the position table (with its stored kebutuhan) and a roster of synthetic holders."""
    with (tmp / "abk.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(UIANJAB_HEADER)
        for r in abk:
            pj = peta[r[1]]
            w.writerow([r[1], pj[P_NAMA], pj[P_UNIT], *("" if v == NULL else v for v in r[3:7])])
    with (tmp / "peta.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "KEBUTUHAN"])
        w.writerows(
            [k, r[P_NAMA], r[P_UNIT], r[P_JENIS], "" if r[P_KEBUTUHAN] == NULL else r[P_KEBUTUHAN]]
            for k, r in peta.items()
        )
    with (tmp / "pegawai.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["NIP", "NAMA", "JABATAN", "UNIT KERJA"])
        seq = 0
        for r in peta.values():
            for _ in range(0 if r[P_BEZETTING] == NULL else int(r[P_BEZETTING])):
                seq += 1
                w.writerow([f"19800101200501{1 + seq % 2}{seq % 1000:03d}", f"Pegawai {seq}", r[P_NAMA], r[P_UNIT]])


def _cli_needs(tmp: Path, pembulatan: str) -> pd.Series:
    """``beban-kerja --abk`` per position (kebutuhan), on ``pembulatan``."""
    (tmp / "p.toml").write_text(f'[beban_kerja]\npembulatan = "{pembulatan}"\n', encoding="utf-8")
    args = ["beban-kerja", "pegawai.csv", "peta.csv", "--abk", "abk.csv", "--per", "jabatan", "-f", "csv"]
    args += ["-c", "p.toml", "--gagal-jika", "tidak-pernah"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run(
        [sys.executable, "-m", "asn_mutasi", *args], cwd=tmp, env=env, capture_output=True, check=True, text=True
    ).stdout
    (tmp / "out.csv").write_text(out, encoding="utf-8")
    return pd.read_csv(tmp / "out.csv", dtype={"kode_jabatan": str}).set_index("kode_jabatan")["kebutuhan"]


def _show(label: str, agree: int, total: int, differ: list[str]) -> None:
    print(f"{label}: {agree}/{total} sama")
    for line in differ:
        print(f"    beda: {line}")


def uianjab(path: Path) -> None:
    abk, peta = uianjab_tables(path)
    total = uianjab_port(abk)
    ceil = {k: math.ceil(v) for k, v in total.items()}
    stored = {k: int(peta[k][P_KEBUTUHAN]) for k in total}
    name = {k: f"{peta[k][P_NAMA]} ({peta[k][P_JENIS]}, Σ {total[k]:.4f})" for k in total}
    print(f"orproject04/uianjab: {len(peta)} jabatan, {len(total)} dengan {len(abk)} uraian tugas ABK")
    differ = [name[k] for k in total if ceil[k] != stored[k]]
    _show("  port Math.ceil vs peta_jabatan.kebutuhan_pegawai", len(total) - len(differ), len(total), differ)
    word = {k: math.floor(v + 0.5) for k, v in total.items()}  # Math.round of a positive sum
    same = sum(word[k] == ceil[k] for k in total)
    _show("  dokumen Word mereka (Math.round) vs peta mereka (Math.ceil)", same, len(total), [])
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        _write_uianjab(tmp, abk, peta)
        raw = read_table(str(tmp / "abk.csv"), "abk")
        rows = [(k, v[P_NAMA], v[P_UNIT]) for k, v in peta.items()]
        listing = pd.DataFrame(rows, columns=["kode_jabatan", "nama_jabatan", "unit_kerja"])
        for mode, want in (("atas", ceil), ("bulat", word)):
            settings = Settings(beban_kerja=Workload(pembulatan=mode))
            result = workload_from_tasks(None, listing, settings, raw=raw)
            got = result.frame.set_index("kode_jabatan")
            if mode == "atas":  # each task's share against the sheet's stored 4-decimal kebutuhan_pegawai
                numbered = sum(1 for r in abk if NULL not in r[3:6])
                off = [f for f in result.findings if f.code == "abk-kebutuhan-lembar-berbeda"]
                wrong = sum(int(f.message.split(" pada ")[1].split(" dari ")[0]) for f in off)
                _show("  tugas: bagian kita vs kebutuhan_pegawai tersimpan (4 desimal)", numbered - wrong, numbered, [])
            same_sum = (got["kebutuhan_riil"] - pd.Series(total)).abs() <= 1e-9
            differ = [name[k] for k in total if int(got.loc[k, "kebutuhan"]) != want[k] or not same_sum[k]]
            _show(
                f"  pustaka pembulatan={mode} vs port (kebutuhan dan Σ)", len(total) - len(differ), len(total), differ
            )
        every = {k: int(r[P_KEBUTUHAN]) for k, r in peta.items() if r[P_KEBUTUHAN] != NULL}
        for mode in ("atas", "bulat"):
            need = _cli_needs(tmp, mode)
            bad = [
                f"{name.get(k, peta[k][P_NAMA])}: mereka {n}, kita {need[k]}" for k, n in every.items() if need[k] != n
            ]
            label = f"  beban-kerja --abk pembulatan={mode} vs peta mereka (semua jabatan)"
            _show(label, len(every) - len(bad), len(every), bad)


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
    theirs: dict[str, float] = collections.defaultdict(float)  # Σ of the stored toFixed(4) values
    for r in rows:
        e = float(r[7])
        task = float(f"{(float(r[4]) * float(r[5])) / e:.4f}") if e else 0.0
        if task != float(r[8]):
            print(f"singgihadis/anjab: tugas {r[0]}: port {task} ≠ tersimpan {r[8]}")
        theirs[r[1]] += task
    php_round = {k: math.floor(v + 0.5) for k, v in theirs.items()}
    print(f"singgihadis/anjab: {len(theirs)} jabatan, {len(rows)} uraian tugas (port ToFixed(4) ⇒ round())")
    layouts = (
        ("periode, WKE bawaan 75.000 menit", None, False),
        ("periode, menit_kerja_efektif = 72000", 72000, False),
        ("kolom WAKTU EFEKTIF mereka per baris", None, True),
    )
    for label, wke, own in layouts:
        with tempfile.TemporaryDirectory() as tmp:
            sheet = Path(tmp) / "anjab.csv"
            with sheet.open("w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                if own:  # their screen: the period's minutes beside each task, and the stored per-task kebutuhan
                    w.writerow(["KODE JABATAN", "JUMLAH HASIL", "WAKTU PENYELESAIAN", "WAKTU EFEKTIF", "KEBUTUHAN"])
                    w.writerows([[r[1], r[4], r[5], r[7], r[8]] for r in rows])
                else:
                    w.writerow(["KODE JABATAN", "JUMLAH HASIL", "SATUAN PERIODE", "NORMA WAKTU (MENIT)"])
                    w.writerows([[r[1], r[4], ket.get(r[6], ""), r[5]] for r in rows])
            raw = read_table(str(sheet), "abk")
        listing = pd.DataFrame({"kode_jabatan": sorted(theirs), "nama_jabatan": sorted(theirs), "unit_kerja": ""})
        settings = Settings() if wke is None else Settings(beban_kerja=Workload(menit_kerja_efektif=wke))
        result = workload_from_tasks(None, listing, settings, raw=raw)
        got = result.frame.set_index("kode_jabatan")
        need = got["kebutuhan"]
        bad = [f"jabatan {k}: mereka {n}, kita {need[k]}" for k, n in php_round.items() if need[k] != n]
        _show(f"  pustaka ({label}), kebutuhan vs round() mereka", len(theirs) - len(bad), len(theirs), bad)
        if own:
            off = sum(1 for f in result.findings if f.code == "abk-kebutuhan-lembar-berbeda")
            print(f"    tugas: bagian kita vs kebutuhan_pegawai tersimpan: {'semua sama' if not off else 'ada beda'}")
        for k in sorted(theirs):
            print(f"    jabatan {k}: Σ mereka {theirs[k]:.4f}, kita {got.loc[k, 'kebutuhan_riil']:.6f}")


def fendy(path: Path) -> None:
    from openpyxl import load_workbook

    ws = load_workbook(path, data_only=True).worksheets[0]
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[1] and r[5]]  # their import's filter
    stored = [float(f"{(r[5] * r[7] / r[6]) if r[6] else 0.0:.4f}") for r in rows]
    cells = [r[8] for r in rows if isinstance(r[8], (int, float))]
    theirs = math.floor(sum(stored) + 0.5)
    listing = pd.DataFrame({"kode_jabatan": ["J1"], "nama_jabatan": ["Jabatan"], "unit_kerja": [""]})
    result = workload_from_tasks(None, listing, Settings(), raw=read_table(str(path), "abk"), jabatan="Jabatan")
    got = result.frame.set_index("kode_jabatan").loc["J1"]
    print(f"fendyanjapu/anjab: {len(rows)} uraian tugas, kolom rumus terisi {len(cells)}")
    print(
        f"  Σ rumus lembar {sum(cells):.4f}, Σ mereka (4 desimal) {sum(stored):.4f}, kita {got['kebutuhan_riil']:.4f}"
    )
    _show("  kebutuhan: round() mereka vs pustaka (bulat)", int(theirs == got["kebutuhan"]), 1, [])


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--uianjab", type=Path)
    ap.add_argument("--singgihadis", type=Path)
    ap.add_argument("--fendy", type=Path)
    args = ap.parse_args()
    if args.uianjab:
        uianjab(args.uianjab)
    if args.singgihadis:
        singgihadis(args.singgihadis)
    if args.fendy:
        fendy(args.fendy)
    if not (args.uianjab or args.singgihadis or args.fendy):
        ap.print_help()


if __name__ == "__main__":
    main()
