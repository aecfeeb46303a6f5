"""Explain a solved plan in Bahasa Indonesia: which seat each move fills, chains, unfilled seats."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from asn_mutasi.domain.jabatan import unit_in_words
from asn_mutasi.domain.lowongan import SEAT_CHAIN, SEAT_NOW, retirement_seat
from asn_mutasi.domain.nip import nip_keys
from asn_mutasi.formatting import digits_for, format_date, format_number
from asn_mutasi.planning.aspiration import PINNED
from asn_mutasi.planning.eligibility import Eligibility
from asn_mutasi.planning.network import Instance
from asn_mutasi.planning.ragged import expand, members
from asn_mutasi.planning.result import MOVE_FIELDS, UNFILLED_FIELDS, empty_frame
from asn_mutasi.planning.solver import Solution, occupancy
from asn_mutasi.schema import SCORE_FIELDS

LOWONGAN_SAAT_INI = SEAT_NOW
LOWONGAN_RANTAI = SEAT_CHAIN


@dataclass(frozen=True)
class Context:
    """Lookups the explanations need, built once per plan."""

    pos_name: list[str]
    retire_dates: dict[int, list[str]]  #: position index -> TMT pensiun (ISO) of its retiring holders, sorted
    person: dict[str, dict[str, object]]  #: nip -> nama, golongan
    rotation_years: dict[str, float]  #: nip -> years in post, for rotation-due movers
    rotasi_tahun: float
    projected: bool
    #: kelas jabatan per position index (NaN: not written), for a move that changes it
    pos_kelas: list[float] = field(default_factory=list)


def _fmt(x: float) -> str:
    """A number in a sentence the analyst reads: Indonesian decimals, one at most (``86,6``, ``40``)."""
    return format_number(float(x), 1)


def tmt_text(iso: str) -> str:
    """A TMT kept as ISO (it sorts) written for people: dd-mm-yyyy."""
    try:
        return format_date(dt.date.fromisoformat(iso))
    except ValueError:
        return iso


def explain_moves(inst: Instance, sol: Solution, candidates: pd.DataFrame | None, ctx: Context) -> pd.DataFrame:
    """Return one row per move with ``schema.PLAN_MOVE_COLUMNS`` fields, in ``id_mutasi`` order."""
    movers = np.flatnonzero(sol.moved_arc >= 0)
    if not len(movers) or candidates is None:
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
    for f, values in _candidate_columns(candidates, frame).items():
        frame[f] = values
    frame = frame.rename(columns={"alasan": "_alasan_kandidat"})
    _assign_seats(inst, frame, ctx)
    frame["nama"] = pd.Series([ctx.person.get(n, {}).get("nama") for n in frame["nip"]], dtype=object)
    frame["golongan"] = pd.Series([ctx.person.get(n, {}).get("golongan") for n in frame["nip"]], dtype=object)
    columns = ("nip", "_src", "_dst", "jabatan_tujuan", "unit_tujuan", "jenis_lowongan", "_dari", "rantai")
    frame["alasan"] = [
        _reason(inst, ctx, *row)
        for row in zip(
            *(frame[c].tolist() for c in columns),
            frame["_alasan_kandidat"].tolist(),
            frame["skor"].tolist(),
            frame["_diisi_oleh"].tolist(),
            strict=True,
        )
    ]
    frame["keputusan"] = ""
    frame["catatan"] = ""
    return frame


def _candidate_columns(candidates: pd.DataFrame, frame: pd.DataFrame) -> dict[str, Any]:
    """Scores, education status and reason of each move's (nip, target) pair: the first candidate row of the pair.

    Every pair is normally there (the plan's own detail): the rows are then taken by position;
    otherwise the table is reindexed by pair (missing pairs read NaN).
    """
    fields = (*SCORE_FIELDS, "status_pendidikan", "alasan")
    c_nip = nip_keys(candidates["nip"])
    c_code = candidates["kode_jabatan"].astype(str).tolist()
    first: dict[tuple[str, str], int] = {}
    for i, pair in enumerate(zip(c_nip, c_code, strict=True)):
        first.setdefault(pair, i)
    at = [first.get(pair, -1) for pair in zip(frame["nip"], frame["kode_jabatan_tujuan"], strict=True)]
    if min(at, default=0) >= 0:
        return {f: candidates[f].to_numpy()[at] if f in candidates.columns else None for f in fields}
    cand = candidates.assign(nip=c_nip, kode_jabatan=c_code)
    cand = cand.drop_duplicates(["nip", "kode_jabatan"]).set_index(["nip", "kode_jabatan"])
    picked = cand.reindex(list(zip(frame["nip"], frame["kode_jabatan_tujuan"], strict=True)))
    return {f: picked[f].to_numpy() if f in picked.columns else None for f in fields}


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
        open_now = max(0, k - b_all)
        projected_n = max(0, k - b) - open_now if ctx.projected else 0
        current = min(open_now, len(rows))  # seats beyond the moves in are never labelled (a kebutuhan of 1e8)
        dates = ctx.retire_dates.get(p, [])[max(0, b_all - k) :][: min(projected_n, len(rows) - current)]
        seats: list[tuple[str, int]] = [(LOWONGAN_SAAT_INI, -1)] * current
        seats += [(retirement_seat(tmt_text(d)), -1) for d in dates]
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
    # every move into a post that someone also leaves depends on those leavers (approving it while
    # a leaver is rejected can overfill the post), so they form one chain and are decided together
    # (linked to the post's first leaver: the same groups as linking every pair, in linear time)
    for p, rows in by_dst.items():
        out = leavers.get(p)
        if out:
            for r in (*rows, *out[1:]):
                parent[find(r)] = find(out[0])
    groups: dict[int, list[int]] = {}
    for r in range(len(frame)):
        groups.setdefault(find(r), []).append(r)
    chain = [""] * len(frame)
    numbered = sorted((min(g), g) for g in groups.values() if len(g) > 1)
    for n, (_, g) in enumerate(numbered, start=1):
        for r in g:
            chain[r] = f"R{n:03d}"
    frame["rantai"] = chain
    ids = frame["id_mutasi"].tolist()
    refilled: dict[int, str] = {origin: str(ids[r]) for r, origin in enumerate(seat_from) if origin >= 0}
    frame["_diisi_oleh"] = [refilled.get(r, "") for r in range(len(frame))]


def _reason(
    inst: Instance,
    ctx: Context,
    nip: object,
    src: int,
    dst: int,
    jabatan_tujuan: object,
    unit_tujuan: object,
    jenis_lowongan: object,
    dari: int,
    rantai: object,
    cand: object,
    skor: float,
    diisi_oleh: object,
) -> str:
    """The ``alasan`` of one move, from the columns of its row (read as lists, no per-row dict)."""
    dst, src = int(dst), int(src)
    where = f"{jabatan_tujuan} di {unit_in_words(str(unit_tujuan))}"  # in words, never its "OPD | unit" key
    jenis = str(jenis_lowongan)
    parts: list[str] = []
    if str(nip) in inst.pins:
        parts.append(PINNED)
    if jenis == LOWONGAN_SAAT_INI:
        parts.append(f"Mengisi lowongan {where} (kurang {int(inst.k[dst] - inst.b_all[dst])})")
    elif jenis.startswith("proyeksi pensiun"):
        parts.append(
            f"Mengisi lowongan {where} yang terbuka karena {jenis.removeprefix('proyeksi pensiun ').strip('()')}"
        )
    else:
        parts.append(
            f"Mengisi kursi {where} yang ditinggalkan pemangku yang dimutasi (rantai {rantai}, baris ke-{int(dari) + 1})"
        )
    if isinstance(cand, str) and cand.strip():
        parts.append(cand.strip().rstrip("."))
    kelas = _kelas_change(ctx, src, dst)
    if kelas:
        parts.append(kelas)
    # as the Skor column shows it (one decimal, kept when zero): "skor 90" beside a Skor cell of 90,0 (walk5, h31)
    parts.append(f"skor {format_number(float(skor), digits_for('skor'), keep_zeros=True)}")
    if str(nip) in ctx.rotation_years:
        parts.append(
            f"masa jabatan {_fmt(ctx.rotation_years[str(nip)])} tahun melebihi batas rotasi {_fmt(ctx.rotasi_tahun)} tahun"
        )
    if inst.b[src] > inst.k[src]:
        parts.append(f"berasal dari jabatan yang kelebihan pegawai (+{int(inst.b[src] - inst.k[src])})")
    elif diisi_oleh:
        parts.append(f"kursi asal diisi oleh {diisi_oleh}")
    else:
        parts.append("jabatan asal menjadi kurang 1")
    return "; ".join(parts)


def _kelas_change(ctx: Context, src: int, dst: int) -> str:
    """ "kelas jabatan turun dari 7 ke 6" when a move changes the kelas (within the rule's limit; 23 of 107 moves of a
    walkthrough lowered it without a word), "" when it keeps it or a kelas is not written."""
    if not ctx.pos_kelas or max(src, dst) >= len(ctx.pos_kelas):
        return ""
    before, after = ctx.pos_kelas[src], ctx.pos_kelas[dst]
    if before != before or after != after or before == after:  # (NaN: not written)
        return ""
    way = "turun" if after < before else "naik"
    return f"kelas jabatan {way} dari {_fmt(before)} ke {_fmt(after)}"


def finalize_chain_text(moves: pd.DataFrame) -> pd.DataFrame:
    """Replace internal row references in chain reasons with ``id_mutasi`` and drop helper columns."""
    if len(moves):
        ids = moves["id_mutasi"].tolist()
        moves["alasan"] = [
            a.replace(f", baris ke-{int(d) + 1})", f", menggantikan {ids[int(d)]})") if int(d) >= 0 else a
            for a, d in zip(moves["alasan"], moves["_dari"], strict=True)
        ]
    return moves[list(MOVE_FIELDS)].reset_index(drop=True)


def _find(keys: np.ndarray, query: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each ``query`` stands in the sorted, non-empty ``keys`` and whether it is there (``valid`` rows only)."""
    at = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
    return at, valid & (keys[at] == query)


def own_post_counted(inst: Instance, elig: Eligibility) -> np.ndarray:
    """Per mover: how many times the class sums count it for the position it already holds.

    A class block counts every member of the class for every position of the group (a block
    listed twice, twice), so a mover whose class has a block on its own position's group is
    counted for the seat it sits in. Nobody is eligible for that seat (direct arcs never go to
    the own position): :func:`_eligible_among` and :func:`_where_they_went` take these counts off.
    """
    own = np.zeros(len(inst.mover_pos), dtype=np.int64)
    if not (elig.n_class and len(elig.blk_class)) or not len(own):
        return own
    width = max(elig.n_group, 1)
    keys, times = np.unique(elig.blk_class.astype(np.int64) * width + elig.blk_group, return_counts=True)
    cls, grp = elig.emp_class, elig.pos_group[inst.mover_pos]
    has = (cls >= 0) & (grp >= 0)
    at, hit = _find(keys, np.where(has, cls * width + grp, -1), has)
    own[hit] = times[at[hit]]
    return own


def _eligible_among(inst: Instance, elig: Eligibility, who: np.ndarray, own: np.ndarray) -> np.ndarray:
    """Per position, how many of the movers marked ``who`` are eligible for it (class blocks + direct arcs),
    its own holders not counted (``own``: :func:`own_post_counted`)."""
    n_pos = len(inst.k)
    out = np.zeros(n_pos, dtype=np.int64)
    cls = elig.emp_class
    if elig.n_class and len(elig.blk_class):
        per_cls = np.bincount(cls[(cls >= 0) & who], minlength=elig.n_class)
        per_group = np.bincount(elig.blk_group, weights=per_cls[elig.blk_class], minlength=elig.n_group)
        grp = elig.pos_group >= 0
        out[grp] += per_group[elig.pos_group[grp]].astype(np.int64)
        out -= np.bincount(inst.mover_pos[who], weights=own[who], minlength=n_pos).astype(np.int64)
    if len(elig.dir_emp):
        out += np.bincount(elig.dir_pos, weights=who[elig.dir_emp], minlength=n_pos).astype(np.int64)
    return out


def _same_unit_among(
    inst: Instance, elig: Eligibility, who: np.ndarray, own: np.ndarray, pos_u: np.ndarray
) -> np.ndarray:
    """Per position, how many of the movers marked ``who`` who sit in its own unit are eligible for it (its own
    holders not counted): the part of :func:`_eligible_among` a ``maks_pindah_per_unit`` or a floor never holds."""
    n_pos = len(inst.k)
    out = np.zeros(n_pos, dtype=np.int64)
    n_u = int(pos_u.max()) + 1 if len(pos_u) else 1
    mover_u = pos_u[inst.mover_pos]
    cls = elig.emp_class
    if elig.n_class and len(elig.blk_class):
        sel = (cls >= 0) & who
        c_rows, c_units, c_total = _counts(cls[sel], mover_u[sel], n_u)  # movers per (class, unit)
        block, slot = expand(np.searchsorted(c_rows, np.arange(elig.n_class + 1)), elig.blk_class)
        if len(block):
            g_rows, g_units, g_total = _counts(elig.blk_group[block], c_units[slot], n_u, c_total[slot])
            keys = g_rows * n_u + g_units  # eligible movers per (group, unit), sorted
            has = elig.pos_group >= 0
            at, hit = _find(keys, np.where(has, elig.pos_group * n_u + pos_u, -1), has)
            out[hit] += g_total[at[hit]]
        out -= np.bincount(inst.mover_pos[who], weights=own[who], minlength=n_pos).astype(np.int64)
    if len(elig.dir_emp):
        same = who[elig.dir_emp] & (mover_u[elig.dir_emp] == pos_u[elig.dir_pos])
        out += np.bincount(elig.dir_pos, weights=same, minlength=n_pos).astype(np.int64)
    return out


def unit_holds(inst: Instance, sol: Solution) -> tuple[np.ndarray, np.ndarray]:
    """Per mover: (a stayer whose unit already sends out ``maks_pindah_per_unit`` people, a stayer whose unit is
    at its ``min_pegawai_per_unit`` floor and not at its maks).

    "Sends out" is the planner's count (a move to another unit; a move inside the unit is not capped), the floor
    is :meth:`~asn_mutasi.planning.network.Instance.staff_floor` against the headcount after the plan. Either
    holds a stayer from posts in other units only (oracle8 #1, h29)."""
    m = len(inst.mover_pos)
    by_max, by_floor = np.zeros(m, dtype=bool), np.zeros(m, dtype=bool)
    if not inst.limits or not m:
        return by_max, by_floor
    pos_u, n_u = inst.units()
    stay = sol.moved_arc < 0
    src_u = pos_u[inst.mover_pos]
    if inst.max_moves_per_unit is not None:
        leave = ~stay & (src_u != pos_u[sol.target])
        by_max = stay & (np.bincount(src_u[leave], minlength=n_u) >= inst.max_moves_per_unit)[src_u]
    if inst.min_staff_per_unit is not None:
        _, floor = inst.staff_floor()
        head = np.bincount(pos_u, weights=occupancy(inst, sol.target), minlength=n_u)
        by_floor = stay & ~by_max & (head <= floor)[src_u]
    return by_max, by_floor


def _open_in_other_units(
    inst: Instance, elig: Eligibility, open_pos: np.ndarray, pos_u: np.ndarray, who: np.ndarray
) -> np.ndarray:
    """Per mover of ``who``, how many ``open_pos`` positions of another unit it is eligible for (class blocks +
    direct arcs); 0 for the others.

    A class's open posts less those of its mover's own unit, summed over the class's blocks for each distinct
    (class, unit) of ``who`` only: expanding every block over every unit its group has open posts in made tens
    of millions of entries at 100k (4-6 s and over 1 GB of a binding unit limit's plan, speed5, h31)."""
    m = len(inst.mover_pos)
    out = np.zeros(m, dtype=np.int64)
    n_u = int(pos_u.max()) + 1 if len(pos_u) else 1
    mover_u = pos_u[inst.mover_pos]
    cls = elig.emp_class
    has = who & (cls >= 0)
    if elig.n_class and len(elig.blk_class) and has.any():
        sel = open_pos & (elig.pos_group >= 0)
        g_keys, g_total = np.unique(elig.pos_group[sel] * n_u + pos_u[sel], return_counts=True)  # per (group, unit)
        per_group = np.bincount(g_keys // n_u, weights=g_total, minlength=elig.n_group)
        per_class = np.bincount(elig.blk_class, weights=per_group[elig.blk_group], minlength=elig.n_class)
        c_keys, inverse = np.unique(cls[has] * n_u + mover_u[has], return_inverse=True)  # (class, unit) of `who`
        order, starts = members(elig.blk_class, elig.n_class)  # the blocks by class
        key, slot = expand(starts, c_keys // n_u)
        own = np.zeros(len(c_keys), np.int64)  # open posts of the class in the mover's own unit: no way out
        if len(g_keys) and len(key):
            at, hit = _find(g_keys, elig.blk_group[order[slot]] * n_u + c_keys[key] % n_u, np.ones(len(key), bool))
            own = np.bincount(key[hit], weights=g_total[at[hit]], minlength=len(c_keys)).astype(np.int64)
        out[has] = per_class[cls[has]].astype(np.int64) - own[inverse.ravel()]
    if len(elig.dir_emp):
        away = who[elig.dir_emp] & open_pos[elig.dir_pos] & (mover_u[elig.dir_emp] != pos_u[elig.dir_pos])
        out += np.bincount(elig.dir_emp, weights=away, minlength=m).astype(np.int64)
    return out


def held_stayers(inst: Instance, sol: Solution, elig: Eligibility) -> tuple[np.ndarray, np.ndarray]:
    """Per mover: (held by ``maks_pindah_per_unit``, held by the staff floor): :func:`unit_holds` with an open
    post in another unit the stayer is eligible for (below kebutuhan; for a rotation-due stayer any free seat,
    max(kebutuhan, holders), as the rotation move may take). Without such a post no unit limit holds them
    (oracle8 #2, h29: a due person held by the limit read "tidak ada jabatan tujuan yang layak dan tersedia")."""
    by_max, by_floor = unit_holds(inst, sol)
    if not (by_max.any() or by_floor.any()):
        return by_max, by_floor
    pos_u, _ = inst.units()
    occ = occupancy(inst, sol.target)
    held = by_max | by_floor
    way_out = _open_in_other_units(inst, elig, occ < inst.k, pos_u, held) > 0
    due = held & (inst.stay_primary > 0)
    if due.any():
        way_out |= due & (_open_in_other_units(inst, elig, occ < inst.cap, pos_u, due) > 0)
    return by_max & way_out, by_floor & way_out


def hold_text(inst: Instance, *, floor: bool) -> str:
    """The words for a stayer a unit limit holds (after a count, or after "Tetap: ")."""
    if floor:
        return f"tertahan batas minimal pegawai per unit kerja ({inst.min_staff_per_unit} pegawai)"
    return f"tertahan batas mutasi per unit kerja ({inst.max_moves_per_unit} keluar)"


def _held_by_unit_limit(
    inst: Instance, sol: Solution, elig: Eligibility, own: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per position, (eligible stayers from other units held by ``maks_pindah_per_unit``, by the staff floor)."""
    zero = np.zeros(len(inst.k), dtype=np.int64)
    by_max, by_floor = unit_holds(inst, sol)
    if not (by_max.any() or by_floor.any()):
        return zero, zero
    pos_u, _ = inst.units()

    def other_units(who: np.ndarray) -> np.ndarray:
        if not who.any():
            return zero
        return _eligible_among(inst, elig, who, own) - _same_unit_among(inst, elig, who, own, pos_u)

    return other_units(by_max), other_units(by_floor)


def explain_unfilled(
    inst: Instance, sol: Solution, elig: Eligibility, ctx: Context, *, skor_minimum: float, outside: int = 0
) -> pd.DataFrame:
    """Return one row per position still short after the plan, with the true reason, computed in bulk.

    Causes, in order: nobody eligible anywhere (with the rule counts: education below the
    requirement, not a lateral move, score below the minimum, experience requirement, and
    people the rules keep in place); eligible people exist but were all placed elsewhere
    or stay because moving them empties a seat the plan needs as much (how many, and where
    the movers went); held back by a unit limit (``maks_pindah_per_unit`` or the staff floor: only stayers
    of another unit, see :func:`unit_holds`). The counts are exact (no cap) and add up: the eligible are
    those who moved into the post, those placed elsewhere, those a unit limit holds and those who stay. A post a pin (``--kunci``) emptied says so first.
    ``outside``: the people excluded for a post outside the table, named where nobody is eligible (consist1, h34).
    """
    occ = occupancy(inst, sol.target)
    short = np.flatnonzero(occ < inst.k)
    if not len(short):
        return empty_frame(UNFILLED_FIELDS)
    n_pos = len(inst.k)
    moved = sol.moved_arc >= 0
    moved_in = np.bincount(sol.target[moved], minlength=n_pos) if moved.any() else np.zeros(n_pos, np.int64)
    own = own_post_counted(inst, elig)
    n_elig = _eligible_among(inst, elig, np.ones(len(inst.mover_pos), dtype=bool), own)
    # eligible people per position who moved (anywhere) / stayed, exact: class sums + direct arcs, holders off
    has_cls = elig.emp_class >= 0
    elig_moved = _eligible_among(inst, elig, moved, own)
    elsewhere = elig_moved - moved_in  # everyone who moved into p was eligible for p
    stayed = n_elig - elig_moved
    zero = np.zeros(n_pos, dtype=np.int64)
    held, floored = _held_by_unit_limit(inst, sol, elig, own) if n_elig.any() else (zero, zero)
    where = _where_they_went(inst, sol, elig, short, moved_in, own)
    fails = {k: v for k, v in elig.group_fail.items()}
    blocked_rules, kept = _ruled_out_and_kept(inst, has_cls)
    vacated = np.bincount(inst.mover_pos[inst.pinned()], minlength=n_pos)  #: holders a pin moves away, per post
    nobody: dict[tuple[int, ...], str] = {}  #: per failure counts: the no-eligible text
    texts: list[str] = []
    for p in short.tolist():
        g = int(elig.pos_group[p])
        if n_elig[p] == 0:
            if elig.why_none is not None:
                text = elig.why_none(p)
            else:
                # the group's failures less the post's own holders, no candidates for their seat (review8, h28)
                own_fail = {k: int(v[p]) for k, v in elig.own_fail.items()}
                counts = {k: int(v[g]) - own_fail.get(k, 0) for k, v in fails.items()} if g >= 0 else {}
                if (key := (*counts.values(), int(blocked_rules[p]), int(kept[p]))) not in nobody:
                    nobody[key] = _nobody(counts, g, skor_minimum, (int(blocked_rules[p]), int(kept[p]), outside))
                text = nobody[key]
        else:
            parts = [f"{int(n_elig[p])} pegawai layak"]
            if moved_in[p] > 0:  # (the counts that follow add up to the eligible: these are among them)
                parts.append(f"{int(moved_in[p])} mengisi jabatan ini dalam rencana ini")
            if elsewhere[p] > 0:
                parts.append(
                    f"{int(elsewhere[p])} sudah ditempatkan di jabatan lain dalam rencana ini{where.get(p, '')}"
                )
            parts += [
                f"{int(n[p])} {hold_text(inst, floor=f)}" for n, f in ((held, False), (floored, True)) if n[p] > 0
            ]
            rest = int(stayed[p] - held[p] - floored[p])
            if rest > 0:
                parts.append(
                    f"{rest} tetap karena memindahkan mereka mengosongkan jabatan asal yang sama-sama dibutuhkan "
                    "(tidak menambah lowongan terisi)"
                )
            text = "; ".join(parts)
        if vacated[p]:  # the analyst's own lock emptied it: say so first
            text = f"dikosongkan mutasi yang dikunci analis: {int(vacated[p])} pemangku dipindah; {text}"
        texts.append(text)
    at = short.tolist()
    columns = {
        "kode_jabatan": [inst.pos_codes[p] for p in at],
        "nama_jabatan": [ctx.pos_name[p] for p in at],
        "unit_kerja": [inst.pos_unit[p] for p in at],
        "lowongan": np.maximum(0, inst.k[short] - inst.b[short]).astype(np.int64),
        "terisi": moved_in[short].astype(np.int64),
        "lowongan_tidak_terisi": (inst.k[short] - occ[short]).astype(np.int64),
        "alasan": texts,
    }
    return pd.DataFrame(columns, columns=list(UNFILLED_FIELDS))


def _ruled_out_and_kept(inst: Instance, has_cls: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per post, the movers the employee rules hold (no class) and the kept people, its own holders not counted, as
    the class counts leave them out (review8, h28): they were counted for their own seat (plan oracle, h30). A table
    source says its own reasons (``why_none``); with no class at all every mover is ruled out or kept."""
    n_pos = len(inst.k)
    ruled = int((~has_cls).sum()) - np.bincount(inst.mover_pos[~has_cls], minlength=n_pos)
    emp = inst.employees
    at = (emp["keep"] & ~emp["retiring"]).to_numpy(dtype=bool)
    kept = inst.n_kept - np.bincount(emp["pos"].to_numpy(dtype=np.int64)[at], minlength=n_pos)
    return ruled, kept


def _counts(
    rows: np.ndarray, cols: np.ndarray, width: int, weights: np.ndarray | None = None
) -> tuple[np.ndarray, ...]:
    """(row, column, total) of the distinct (row, column) pairs, by row then column: a sparse count matrix."""
    keys, inverse = np.unique(rows * width + cols, return_inverse=True)
    if weights is None:
        total = np.bincount(inverse.ravel(), minlength=len(keys)).astype(np.int64)
    else:
        total = np.zeros(len(keys), np.int64)
        np.add.at(total, inverse.ravel(), weights)
    return keys // width, keys % width, total


def _where_they_went(
    inst: Instance, sol: Solution, elig: Eligibility, short: np.ndarray, moved_in: np.ndarray, own: np.ndarray
) -> dict[int, str]:
    """Per short position, the unit most of its eligible movers went to (its own former holders not counted:
    ``own``, :func:`own_post_counted`).

    Class movers are summed per group once (group × unit), direct arcs per position; the
    short positions are then scanned group by group in bounded dense blocks, so memory
    stays at a block whatever the number of short positions and classes. The sparse counts
    are sorted (row, column, total) arrays (numpy only: the plan needs no scipy.sparse).
    """
    moved = np.flatnonzero(sol.moved_arc >= 0)
    if not len(moved) or not len(short):
        return {}
    units = sorted(set(inst.pos_unit))
    uidx = {u: i for i, u in enumerate(units)}
    pos_u = np.array([uidx[u] for u in inst.pos_unit], dtype=np.int64)
    n_u, n_short = len(units), len(short)
    dest_u = pos_u[sol.target[moved]]
    empty = np.zeros(0, np.int64)
    g_rows, g_units, g_total = empty, empty, empty  # movers per (group, destination unit)
    if elig.n_class and len(elig.blk_class):
        cls = elig.emp_class[moved]
        has = cls >= 0
        c_rows, c_units, c_total = _counts(cls[has], dest_u[has], n_u)  # movers per (class, destination unit)
        # every ALL block (group, class) adds its class's row to its group's (a block listed twice, twice)
        block, slot = expand(np.searchsorted(c_rows, np.arange(elig.n_class + 1)), elig.blk_class)
        if len(block):
            g_rows, g_units, g_total = _counts(elig.blk_group[block], c_units[slot], n_u, c_total[slot])
    g_starts = np.searchsorted(g_rows, np.arange(max(elig.n_group, 1) + 1))
    row_of = np.full(len(inst.k), -1, np.int64)
    row_of[short] = np.arange(n_short)
    d_rows, d_units, d_total = empty, empty, empty  # movers per (short position row, destination unit)
    if len(elig.dir_emp):
        r = row_of[elig.dir_pos]
        sel = (sol.moved_arc[elig.dir_emp] >= 0) & (r >= 0)
        d_rows, d_units, d_total = _counts(r[sel], pos_u[sol.target[elig.dir_emp[sel]]], n_u)
    # the group's counts hold the post's own former holders who left it: taken off that post's row
    left = (own[moved] > 0) & (row_of[inst.mover_pos[moved]] >= 0)
    o_rows, o_units, o_total = _counts(row_of[inst.mover_pos[moved[left]]], dest_u[left], n_u, own[moved[left]])
    out: dict[int, str] = {}
    g_of = elig.pos_group[short]
    with_direct = (np.bincount(d_rows, minlength=n_short) > 0) | (np.bincount(o_rows, minlength=n_short) > 0)
    step = max(1, 4_000_000 // max(n_u, 1))
    for g in np.unique(g_of).tolist():
        base = np.zeros(n_u, np.int64)
        if g >= 0:
            at = slice(g_starts[g], g_starts[g + 1])
            base[g_units[at]] = g_total[at]
        in_g = g_of == g
        # rows with no direct arc differ from the group's counts only at their own unit (lowered by
        # those who came in): the best unit is the group's best, or its runner-up when that is lower
        rows = np.flatnonzero(in_g & ~with_direct)
        if len(rows):
            _best_without_direct(base, rows, short, pos_u, moved_in, units, out)
        rows_g = np.flatnonzero(in_g & with_direct)
        for i0 in range(0, len(rows_g), step):
            rows = rows_g[i0 : i0 + step]
            place = np.full(n_short, -1, np.int64)
            place[rows] = np.arange(len(rows))
            mine = place[d_rows] >= 0
            block = np.zeros((len(rows), n_u), np.int64)
            block[place[d_rows[mine]], d_units[mine]] = d_total[mine]  # (row, unit) pairs are distinct
            block += base
            mine = place[o_rows] >= 0
            block[place[o_rows[mine]], o_units[mine]] -= o_total[mine]  # (distinct pairs too)
            ps = short[rows]
            block[np.arange(len(rows)), pos_u[ps]] -= moved_in[ps]  # those who came in stayed in p's own unit
            best = block.argmax(axis=1)
            top = block[np.arange(len(rows)), best]
            _name_best(ps, best, top, units, out)
    return out


def _best_without_direct(
    base: np.ndarray,
    rows: np.ndarray,
    short: np.ndarray,
    pos_u: np.ndarray,
    moved_in: np.ndarray,
    units: list[str],
    out: dict[int, str],
) -> None:
    """Per row, ``argmax`` (first of equals) of ``base`` with the row's own unit lowered by ``moved_in``.

    The same answer as the dense row, from the two best units of ``base`` (value descending,
    index ascending): lowering a unit other than the best leaves the best; lowering the best
    leaves the larger of its lowered value and the runner-up, the smaller index on a tie.
    """
    n_u = len(base)
    order = np.lexsort((np.arange(n_u), -base))
    u0, v0 = int(order[0]), base[order[0]]
    u1, v1 = (int(order[1]), base[order[1]]) if n_u > 1 else (n_u, np.iinfo(np.int64).min)
    ps = short[rows]
    lowered = v0 - moved_in[ps]
    own = pos_u[ps] == u0
    keep = (lowered > v1) | ((lowered == v1) & (u0 < u1))
    best = np.where(own & ~keep, u1, u0)
    top = np.where(own, np.where(keep, lowered, v1), v0)
    _name_best(ps, best, top, units, out)


def _name_best(ps: np.ndarray, best: np.ndarray, top: np.ndarray, units: list[str], out: dict[int, str]) -> None:
    hit = top > 0
    for p, j, v in zip(ps[hit].tolist(), best[hit].tolist(), top[hit].tolist(), strict=True):
        out[p] = f" (terbanyak ke {unit_in_words(units[j])}: {int(v)})"


def _nobody(fails: dict[str, int], g: int, skor_minimum: float, held: tuple[int, int, int]) -> str:
    """Why nobody anywhere is eligible for a post of group ``g`` (the context source; a candidate table says its own,
    ``Eligibility.why_none``). With every mover ruled out or kept there is no class, and the post read the candidate
    table's "Tidak ada kandidat layak dengan skor minimal 40", naming neither (plan oracle, h30). ``held``: the people
    the rules keep in place, the analyst keeps, and the plan excludes for a post outside the table."""
    blocked, kept, outside = held
    parts = []
    if g >= 0 and fails:
        labels = (
            ("edu", "di bawah syarat pendidikan"),
            ("lateral", "bukan mutasi setara (promosi/penurunan)"),
            ("pppk", "PPPK pada jabatan lain (PPPK tidak berganti jabatan)"),
            ("skor", f"skor di bawah minimum {_fmt(skor_minimum)}"),
            ("pengalaman", "tidak memenuhi syarat pengalaman atau skor minimum"),
        )
        for key, label in labels:
            n = fails.get(key, 0)
            if n:
                parts.append(f"{n} {label}")
    if blocked:
        parts.append(
            f"{blocked} pegawai tidak dapat dipindah menurut aturan (masa jabatan, CPNS, BUP, hukdis, tugas belajar)"
        )
    if kept:
        parts.append(f"{kept} dipertahankan (atas permintaan analis atau karena aspirasi tidak bersedia)")
    if outside:
        parts.append(f"{outside} pegawai dikecualikan karena jabatannya tidak tertaut ke peta jabatan")
    text = "Tidak ada pegawai yang layak di mana pun"
    return text + (": " + "; ".join(parts) if parts else "")
