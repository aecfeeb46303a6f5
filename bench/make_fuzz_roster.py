"""Write dirty variants of a make_roster sample (xlsx, merged-cell xlsx, csv, ragged csv, position table).

Usage: python bench/make_fuzz_roster.py bench/out/sample_10000 OUT_DIR. About 7 % of the cells
become blanks, whitespace, formulas, numbers, booleans, dates, times, NIPs in every written form,
codes and odd text; duplicate rows, blank rows, a total row and a signature block are added.
For bench/identity_read.py --fuzz OUT_DIR.
"""

from __future__ import annotations

import csv
import random
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

import xlsxwriter
from python_calamine import CalamineWorkbook

src = Path(sys.argv[1])
out = Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
with open(src / "pegawai.csv", encoding="utf-8-sig", newline="") as fh:
    sample = fh.read(4096)
    fh.seek(0)
    delim = ";" if sample.count(";") > sample.count(",") else ","
    rows = list(csv.reader(fh, delimiter=delim))
hi = next(i for i, r in enumerate(rows) if any(c.strip().upper() == "NIP" for c in r))
head, body = rows[: hi + 1], rows[hi + 1 :]
body = body[:3000]
PALETTE = [
    None,
    "",
    "   ",
    "\xa0",
    " \t",
    "=SUM(A1:A3)",
    "+62 812",
    "-",
    1.5,
    123,
    0,
    True,
    False,
    datetime(2020, 5, 17),
    datetime(2031, 1, 1),
    date(1980, 2, 29),
    time(8, 30),
    timedelta(days=3),
    "31-02-2020",
    "2020/13/01",
    "12/05/1980",
    "05-12-1980",
    "1 Januari 1990",
    "  spasi  ",
    "NIP. 1986 0926 2015 05 1 008",
    "'198609262015051008",
    '="198609262015051008"',
    1.98609262015051e17,
    198609262015051008,
    "19860926201505100",
    "198609262015211008",
    "198613262015051008",
    "III/a",
    "iii-b",
    "IV / c",
    "S-1",
    "D3",
    "SMA",
    "s1 teknik",
    "Laki-laki",
    "P",
    "X",
    "CLTN",
    "aktif",
    "Tugas Belajar",
    "PPPK",
    "C",
    "Sangat Baik",
    "ya",
    "1",
    1.0,
    float("nan"),
    "nan",
    "NULL",
    "\x01ctrl",
    "Dinas A | Bidang B",
    "jumlah",
    "  ",
    "12.5",
    "1e3",
]
rng = random.Random(11)
fuzzed = []
for r in body:
    r = list(r)
    for c in range(len(r)):
        if rng.random() < 0.07:
            r[c] = rng.choice(PALETTE)
    fuzzed.append(r)
# duplicates, a blank row, a total row, a footer block
fuzzed[50] = list(fuzzed[10])
fuzzed[51] = list(fuzzed[10])
fuzzed.insert(100, [None] * len(head[-1]))
fuzzed.insert(200, [""] * len(head[-1]))
tail = [
    ["JUMLAH", None, "3000"],
    [],
    ["Sukamaju, 1 Desember 2026"],
    ["KEPALA BADAN"],
    [],
    ["NIP. 19700101 199503 1 001"],
]


def write_xlsx(path, rows_all, merge=False):
    wb = xlsxwriter.Workbook(str(path), {"nan_inf_to_errors": True})
    ws = wb.add_worksheet("Data Pegawai")
    df = wb.add_format({"num_format": "dd-mm-yyyy"})
    ws.write_string(0, 0, "DAFTAR NOMINATIF")
    ws.write_string(1, 0, "SKPD : Dinas Fuzz")
    for r, row in enumerate(rows_all, start=3):
        for c, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, bool):
                ws.write_boolean(r, c, v)
            elif isinstance(v, (int, float)):
                ws.write_number(r, c, v)
            elif isinstance(v, (datetime, date, time, timedelta)):
                ws.write_datetime(
                    r,
                    c,
                    v if not isinstance(v, date) or isinstance(v, datetime) else datetime(v.year, v.month, v.day),
                    df,
                )
            elif isinstance(v, str) and v.startswith("="):
                ws.write_string(r, c, v)
            else:
                ws.write_string(r, c, v)
    if merge:
        ws.merge_range(3 + 1 + 300, 6, 3 + 1 + 305, 6, "Unit Gabungan")
    wb.close()


write_xlsx(out / "fuzz.xlsx", head[-1:] + fuzzed + tail)
write_xlsx(out / "fuzz_merged.xlsx", head[-1:] + fuzzed + tail, merge=True)


def cell(v):
    if v is None:
        return ""
    if isinstance(v, (datetime, date, time, timedelta)):
        return str(v)
    return str(v)


with open(out / "fuzz.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, delimiter=";")
    w.writerows([[cell(v) for v in r] for r in head[-1:] + fuzzed + tail])
# ragged csv
with open(out / "fuzz_ragged.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, delimiter=",")
    for i, r in enumerate(head[-1:] + fuzzed[:500]):
        rr = [cell(v) for v in r]
        if i and i % 37 == 0:
            rr = rr[:-3]
        if i and i % 41 == 0:
            rr = [*rr, "extra"]
        w.writerow(rr)
print("written", len(fuzzed))
# positions: fuzz the 10k peta jabatan
wbk = CalamineWorkbook.from_path(str(src / "peta_jabatan.xlsx"))
prow = wbk.get_sheet_by_index(0).to_python(skip_empty_area=False)
phi = next(i for i, r in enumerate(prow) if any(isinstance(c, str) and "JABATAN" in c.upper() for c in r))
ppal = [*PALETTE, "12", "-3", "1e12", 2.5, "dua", "S-1 Akuntansi ATAU S-1 Manajemen", "minimal 2 tahun", "xyz tahun"]
pbody = []
for r in prow[phi + 1 :]:
    r = list(r)
    for c in range(len(r)):
        if rng.random() < 0.07:
            r[c] = rng.choice(ppal)
    pbody.append(r)
pbody += [list(pbody[5]), list(pbody[6])]
write_xlsx(out / "fuzz_peta.xlsx", prow[: phi + 1] + pbody + [["JUMLAH", None, None, 5]])
print("peta", len(pbody))
