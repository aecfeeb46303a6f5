"""Explain a solved plan in Bahasa Indonesia: which seat each move fills, chains, unfilled seats."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from asn_mutasi.models import SCORE_FIELDS
from asn_mutasi.planning.model import MOVE_FIELDS, UNFILLED_FIELDS, empty_frame
from asn_mutasi.planning.network import Instance
from asn_mutasi.planning.solver import Solution, occupancy

LOWONGAN_SAAT_INI = "lowongan saat ini"
LOWONGAN_RANTAI = "kursi yang ditinggalkan (rantai)"


@dataclass(frozen=True)
class Context:
    """Lookups the explanations need, built once per plan."""

    pos_name: list[str]
    retire_dates: dict[int, list[str]]  #: position index -> TMT pensiun (ISO) of its retiring holders, sorted
    person: dict[str, dict[str, object]]  #: nip -> nama, golongan
    rotation_years: dict[str, float]  #: nip -> years in post, for rotation-due movers
    rotasi_tahun: float
    projected: bool


def _fmt(x: float) -> str:
    return f"{x:g}" if float(x).is_integer() else f"{x:.1f}"


def explain_moves(inst: Instance, sol: Solution, candidates: pd.DataFrame, ctx: Context) -> pd.DataFrame:
    """Return one row per move with ``models.PLAN_MOVE_COLUMNS`` fields, in ``id_mutasi`` order."""
    movers = np.flatnonzero(sol.moved_arc >= 0)
    if not len(movers):
        return empty_frame(MOVE_FIELDS)
    nips = [inst.movers[i] for i in movers]
    src = inst.mover_pos[movers]
    dst = sol.target[movers]
    skor = inst.arc_skor[sol.moved_arc[movers]]
    frame = pd.DataFrame({"nip": nips, "_src": src, "_dst": dst, "skor": skor})
    frame["kode_jabatan_asal"] = [inst.pos_codes[p] for p in src]
    frame["kode_jabatan_tujuan"] = [inst.pos_codes[p] for p in dst]
    frame["jabatan_asal"] = [ctx.pos_name[p] for p in src]
    frame["jabatan_tujuan"] = [ctx.pos_name[p] for p in dst]
    frame["unit_asal"] = [inst.pos_unit[p] for p in src]
    frame["unit_tujuan"] = [inst.pos_unit[p] for p in dst]
    frame = frame.sort_values(["unit_tujuan", "kode_jabatan_tujuan", "nip"], kind="stable").reset_index(drop=True)
    frame["id_mutasi"] = [f"M{i + 1:04d}" for i in range(len(frame))]
    cand = candidates.assign(
        nip=candidates["nip"].astype(str).str.strip(), kode_jabatan=candidates["kode_jabatan"].astype(str)
    )
    cand = cand.drop_duplicates(["nip", "kode_jabatan"]).set_index(["nip", "kode_jabatan"])
    keys = list(zip(frame["nip"], frame["kode_jabatan_tujuan"], strict=True))
    picked = cand.reindex(keys)
    for f in (*SCORE_FIELDS, "status_pendidikan", "alasan"):
        frame[f] = picked[f].to_numpy() if f in picked.columns else None
    frame = frame.rename(columns={"alasan": "_alasan_kandidat"})
    _assign_seats(inst, frame, ctx)
    frame["nama"] = pd.Series([ctx.person.get(n, {}).get("nama") for n in frame["nip"]], dtype=object)
    frame["golongan"] = pd.Series([ctx.person.get(n, {}).get("golongan") for n in frame["nip"]], dtype=object)
    frame["alasan"] = [_reason(row, inst, ctx) for row in frame.to_dict("records")]
    frame["keputusan"] = ""
    frame["catatan"] = ""
    return frame


def _assign_seats(inst: Instance, frame: pd.DataFrame, ctx: Context) -> None:
    """Give each inbound move a seat: current vacancy, projected retirement, or a vacated seat."""
    by_dst: dict[int, list[int]] = {}
    for i, d in enumerate(frame["_dst"]):
        by_dst.setdefault(int(d), []).append(i)
    leavers: dict[int, list[int]] = {}
    for i, s in enumerate(frame["_src"]):
        leavers.setdefault(int(s), []).append(i)
    jenis = [""] * len(frame)
    seat_from = [-1] * len(frame)  #: row of the move that vacated the seat taken
    skor_of, nip_of = frame["skor"].tolist(), frame["nip"].tolist()
    for p, rows in by_dst.items():
        rows.sort(key=lambda r: (-float(skor_of[r]), str(nip_of[r])))
        k, b, b_all = int(inst.k[p]), int(inst.b[p]), int(inst.b_all[p])
        current = max(0, k - b_all)
        projected_n = max(0, k - b) - current if ctx.projected else 0
        dates = ctx.retire_dates.get(p, [])[max(0, b_all - k) :][:projected_n]
        seats: list[tuple[str, int]] = [(LOWONGAN_SAAT_INI, -1)] * current
        seats += [(f"proyeksi pensiun (pensiun TMT {d})", -1) for d in dates]
        seats += [(LOWONGAN_RANTAI, r) for r in leavers.get(p, [])]
        for r, (label, origin) in zip(rows, seats, strict=False):
            jenis[r], seat_from[r] = label, origin
    frame["jenis_lowongan"] = jenis
    frame["_dari"] = seat_from
    # chains: union moves linked through a vacated seat
    parent = list(range(len(frame)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r, origin in enumerate(seat_from):
        if origin >= 0:
            parent[find(r)] = find(origin)
    groups: dict[int, list[int]] = {}
    for r in range(len(frame)):
        groups.setdefault(find(r), []).append(r)
    chain = [""] * len(frame)
    numbered = sorted((min(g), g) for g in groups.values() if len(g) > 1)
    for n, (_, g) in enumerate(numbered, start=1):
        for r in g:
            chain[r] = f"R{n:03d}"
    frame["rantai"] = chain
    refilled: dict[int, str] = {
        origin: str(frame.at[r, "id_mutasi"]) for r, origin in enumerate(seat_from) if origin >= 0
    }
    frame["_diisi_oleh"] = [refilled.get(r, "") for r in range(len(frame))]


def _reason(row: dict[Any, Any], inst: Instance, ctx: Context) -> str:
    dst, src = int(row["_dst"]), int(row["_src"])
    where = f"{row['jabatan_tujuan']} di {row['unit_tujuan']}"
    jenis = str(row["jenis_lowongan"])
    parts: list[str] = []
    if str(row["nip"]) in inst.pins:
        parts.append("Ditetapkan analis (pin)")
    if jenis == LOWONGAN_SAAT_INI:
        parts.append(f"Mengisi lowongan {where} (kurang {int(inst.k[dst] - inst.b_all[dst])})")
    elif jenis.startswith("proyeksi pensiun"):
        parts.append(
            f"Mengisi lowongan {where} yang terbuka karena {jenis.removeprefix('proyeksi pensiun ').strip('()')}"
        )
    else:
        dari = int(row["_dari"])
        parts.append(
            f"Mengisi kursi {where} yang ditinggalkan pemangku yang dimutasi (rantai {row['rantai']}, baris ke-{dari + 1})"
        )
    cand = row.get("_alasan_kandidat")
    if isinstance(cand, str) and cand.strip():
        parts.append(cand.strip().rstrip("."))
    parts.append(f"skor {_fmt(float(row['skor']))}")
    nip = str(row["nip"])
    if nip in ctx.rotation_years:
        parts.append(
            f"masa jabatan {_fmt(ctx.rotation_years[nip])} tahun melebihi batas rotasi {_fmt(ctx.rotasi_tahun)} tahun"
        )
    if inst.b[src] > inst.k[src]:
        parts.append(f"berasal dari jabatan yang kelebihan pegawai (+{int(inst.b[src] - inst.k[src])})")
    elif row["_diisi_oleh"]:
        parts.append(f"kursi asal diisi oleh {row['_diisi_oleh']}")
    else:
        parts.append("jabatan asal menjadi kurang 1")
    return "; ".join(parts)


def finalize_chain_text(moves: pd.DataFrame) -> pd.DataFrame:
    """Replace internal row references in chain reasons with ``id_mutasi`` and drop helper columns."""
    if len(moves):
        ids = moves["id_mutasi"].tolist()
        moves["alasan"] = [
            a.replace(f", baris ke-{int(d) + 1})", f", menggantikan {ids[int(d)]})") if int(d) >= 0 else a
            for a, d in zip(moves["alasan"], moves["_dari"], strict=True)
        ]
    return moves[list(MOVE_FIELDS)].reset_index(drop=True)


def explain_unfilled(
    inst: Instance, sol: Solution, candidates: pd.DataFrame, ctx: Context, *, skor_minimum: float
) -> pd.DataFrame:
    """Return one row per position still short after the plan, with why it stayed empty."""
    occ = occupancy(inst, sol.target)
    short = np.flatnonzero(occ < inst.k)
    if not len(short):
        return empty_frame(UNFILLED_FIELDS)
    moved_in = (
        np.bincount(sol.target[sol.moved_arc >= 0], minlength=len(inst.k))
        if len(sol.target)
        else np.zeros(len(inst.k), np.int64)
    )
    short_codes = [inst.pos_codes[p] for p in short]
    cand = candidates[candidates["kode_jabatan"].astype(str).isin(short_codes)]
    cand = cand.assign(kode_jabatan=cand["kode_jabatan"].astype(str), nip=cand["nip"].astype(str).str.strip())
    cand = cand.assign(_jaringan=cand["nip"].isin(inst.movers))
    groups = dict(tuple(cand.groupby("kode_jabatan", sort=False)))
    units_at_limit: set[str] = set()
    if inst.max_moves_per_unit is not None:
        out_units = Counter(inst.pos_unit[p] for p in inst.mover_pos[sol.moved_arc >= 0])
        units_at_limit = {u for u, n in out_units.items() if n >= inst.max_moves_per_unit}
    emp_unit = {n: inst.pos_unit[p] for n, p in zip(inst.employees["nip"], inst.employees["pos"], strict=True)}
    rows = []
    for p in short:
        code = inst.pos_codes[p]
        rows.append(
            {
                "kode_jabatan": code,
                "nama_jabatan": ctx.pos_name[p],
                "unit_kerja": inst.pos_unit[p],
                "lowongan": int(max(0, inst.k[p] - inst.b[p])),
                "terisi": int(moved_in[p]),
                "lowongan_tidak_terisi": int(inst.k[p] - occ[p]),
                "alasan": _why_empty(groups.get(code), inst, int(p), skor_minimum, units_at_limit, emp_unit),
            }
        )
    return pd.DataFrame(rows, columns=list(UNFILLED_FIELDS))


def _why_empty(
    g: pd.DataFrame | None,
    inst: Instance,
    p: int,
    skor_minimum: float,
    units_at_limit: set[str],
    emp_unit: dict[str, str],
) -> str:
    if inst.b[p] > inst.k[p] or inst.k[p] == 0:
        return "Jabatan tidak menerima mutasi masuk"
    if g is None or g.empty:
        return "Tidak ada kandidat sama sekali untuk jabatan ini"
    n = len(g)
    edu = (
        g["memenuhi_pendidikan"].fillna(False).astype(bool)
        if "memenuhi_pendidikan" in g.columns
        else pd.Series(True, index=g.index)
    )
    if not edu.any():
        return f"Semua {n} kandidat di bawah syarat pendidikan"
    layak = g["layak"].fillna(False).astype(bool)
    if not layak.any():
        rules: Counter[str] = Counter()
        for text in g.loc[edu & ~layak, "alasan"].fillna(""):
            for part in str(text).split(";"):
                if part.strip():
                    rules[part.strip()] += 1
        top = ", ".join(f"{r} ({c})" for r, c in rules.most_common(3))
        return f"{int(edu.sum())} kandidat memenuhi pendidikan tetapi tidak layak dipindah" + (
            f": {top}" if top else ""
        )
    ok = g[layak & (pd.to_numeric(g["skor"], errors="coerce") >= skor_minimum)]
    if ok.empty:
        return f"Skor semua kandidat yang layak di bawah skor minimum {_fmt(skor_minimum)}"
    avail = ok[ok["_jaringan"]]
    if avail.empty:
        return (
            f"{len(ok)} kandidat layak tetapi dikecualikan dari rencana (--keep, pensiun, atau dipin ke jabatan lain)"
        )
    if units_at_limit and all(emp_unit.get(x) in units_at_limit for x in avail["nip"]):
        return "Batas mutasi per unit kerja sudah tercapai untuk semua kandidat yang layak"
    return (
        f"{len(avail)} kandidat layak ditempatkan di lowongan lain yang lebih baik atau tetap di jabatannya "
        "(memindahkan mereka hanya mengosongkan jabatan asal)"
    )
