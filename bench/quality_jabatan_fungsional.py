"""Measure how the JF catalogue reads real position names: of the SSCASN 2024 formations (public, CC0), how many
``jabatan_nm`` read a JF, a JF with a checked kategori (data/jabatan_fungsional.csv opens its ``dasar`` with it) and a
JF jenjang (written, or the JF's lowest for a bare name).

Usage: python bench/quality_jabatan_fungsional.py [path/to/sscasn_data.xlsx] [--unchecked=K]

``--unchecked=K`` prints the K most frequent position names whose JF names no kategori (rows still to check).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pandas as pd

from asn_mutasi.domain.jabatan import jf_kategori, post_jenjang
from asn_mutasi.domain.rumpun import classify_position


def _default_path() -> Path:
    here = Path(__file__).resolve()
    candidates = [here.parents[k] / "shared" / "data" / "sscasn-2024" / "sscasn_data.xlsx" for k in (2, 3)]
    return next((c for c in candidates if c.exists()), candidates[0])


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    opts = dict(a[2:].split("=", 1) for a in argv if a.startswith("--") and "=" in a)
    path = Path(args[0]) if args else _default_path()
    if not path.exists():
        print(f"Data formasi tidak ditemukan: {path}")
        return 1
    data = pd.read_excel(path, engine="calamine", dtype=str, usecols=["jabatan_nm"])
    counts = data["jabatan_nm"].fillna("").str.strip().value_counts()  # one reading per distinct name
    jf = {name: classify_position(name).jf for name in counts.index}
    kategori = {name: jf_kategori(jf[name]) if jf[name] else None for name in counts.index}
    jenjang = {name: post_jenjang("Fungsional", name) if jf[name] else None for name in counts.index}
    rows = [
        ("membaca JF", [n for n in counts.index if jf[n]]),
        ("JF dengan kategori", [n for n in counts.index if kategori[n]]),
        ("JF dengan jenjang", [n for n in counts.index if jenjang[n]]),
        ("JF dengan kategori dan jenjang", [n for n in counts.index if kategori[n] and jenjang[n]]),
    ]
    total_names, total_rows = len(counts), int(counts.sum())
    print(f"{path.name}: {total_names} nama jabatan, {total_rows} formasi")
    for label, names in rows:
        print(f"  {label}: {len(names)} nama ({int(counts[names].sum())} formasi)")
    show = int(opts.get("unchecked", "0"))
    if show:
        unchecked = Counter({jf[n]: 0 for n in counts.index if jf[n] and not kategori[n]})
        for n in counts.index:
            if jf[n] and not kategori[n]:
                unchecked[jf[n]] += int(counts[n])
        for name, k in unchecked.most_common(show):
            print(f"    JF tanpa kategori: {name} ({k} formasi)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
