"""Make the recommended mutation plan: build, solve exactly, compare with greedy, explain."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache, partial
from typing import Any

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.distinct import per_distinct
from asn_mutasi.domain.nip import nip_key, nip_keys
from asn_mutasi.domain.pensiun import StatedPension, roster_pension
from asn_mutasi.errors import InfeasiblePlanError
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.formatting import format_number
from asn_mutasi.gc_pause import gc_paused
from asn_mutasi.matching.scoring import NOT_IN_TABLE, UNLINKED, UNLINKED_KIND
from asn_mutasi.planning.eligibility import (
    Eligibility,
    context_eligibility,
    instansi_column,
    ruled_out_texts,
    table_eligibility,
)
from asn_mutasi.planning.exact import ExactInfo, PreferenceCost, bound_without_keeps, fill_gap, solve_exact
from asn_mutasi.planning.explain import (
    Context,
    explain_moves,
    explain_unfilled,
    finalize_chain_text,
    held_stayers,
    hold_text,
    tmt_text,
)
from asn_mutasi.planning.greedy import solve_greedy
from asn_mutasi.planning.network import LINK, Instance, build_base, normalize_pins
from asn_mutasi.planning.result import ACCOUNTING_FIELDS, UNIT_FIELDS, Plan
from asn_mutasi.planning.solver import Solution, evaluate, occupancy
from asn_mutasi.schema import exclusion_causes, valid_mask


def _iso(value: object) -> str:
    ts = pd.to_datetime(value, errors="coerce")  # type: ignore[call-overload]
    return "" if ts is None or pd.isna(ts) else ts.date().isoformat()


def _retirements(
    roster: pd.DataFrame,
    settings: Settings,
    as_of: date,
    given: pd.DataFrame | None,
    pension: Callable[[], StatedPension],
) -> tuple[pd.DataFrame, set[str]]:
    """The retirements the plan explains (every holder's, damaged-NIP holders' included) and the NIP keys of the
    planned people who retire: a valid row's own retirement only. A NIP an excluded holder shares with a valid row
    named the young valid holder retiring, and their occupied seat was filled (third review, h26). ``pension``: the
    roster's :func:`~asn_mutasi.domain.pensiun.roster_pension`, computed once per plan."""
    if given is not None:
        return given, set(nip_keys(given["nip"])) if len(given) else set()
    from asn_mutasi.schema import holder_mask
    from asn_mutasi.workload import projected_retirements

    ret = projected_retirements(roster, settings, as_of=as_of, pension=pension())
    if not len(ret):
        return ret, set()
    valid = valid_mask(roster)
    if bool((holder_mask(roster) & ~valid).any()):
        own = projected_retirements(roster.loc[valid], settings, as_of=as_of, pension=pension().take(valid))
        return ret, set(nip_keys(own["nip"])) if len(own) else set()
    return ret, set(nip_keys(ret["nip"]))


@gc_paused()  # the whole plan: see the docstring
def make_plan(
    roster_linked: pd.DataFrame,
    positions: pd.DataFrame,
    candidates: pd.DataFrame | None,
    settings: Settings,
    *,
    as_of: date,
    keep: Iterable[str] = (),
    pins: pd.DataFrame | Iterable[tuple[str, str]] | None = None,
    retirements: pd.DataFrame | None = None,
    history: pd.DataFrame | None = None,
    preference: PreferenceCost | None = None,
) -> Plan:
    """Solve the plan exactly over ALL eligible pairs and explain it (see :mod:`asn_mutasi.planning.exact`).

    With ``candidates`` None (the default path) eligibility and scores come from the
    matching rules over every (person, position) pair (``history`` = riwayat jabatan);
    a given candidate table (``nip, kode_jabatan, skor, layak`` …) instead defines the
    eligible pairs itself. ``retirements`` (``nip, tmt_pensiun``) defaults to
    ``workload.projected_retirements``. Pins that cannot hold raise
    :class:`~asn_mutasi.errors.InfeasiblePlanError` (exit 4): a forced move the analyst
    asked for is never silently dropped. ``preference`` adds a per-(person, position)
    cost to the secondary objective (aspiration ranks).

    The cyclic collector is paused for the whole plan (see :mod:`asn_mutasi.gc_pause`): at
    100,000 staff its passes over the tables took 0.07-0.11 s and freed 33 objects.
    """
    rs = settings.rencana
    pension = cache(partial(roster_pension, roster_linked, settings.aturan))  # one fact: each step takes its rows
    ret, retiring = _retirements(roster_linked, settings, as_of, retirements, pension)
    ret_keys = nip_keys(ret["nip"]) if len(ret) else []
    base = _instances(roster_linked, positions, settings, as_of, (pins, retiring, pension))
    keep = [str(n) for n in keep]  # (read twice: the instance, then the check of unknown NIPs)
    inst = base(keep=keep)
    elig, elig_for = _eligibility(inst, roster_linked, positions, candidates, settings, as_of, history, pension)
    try:
        inst, sol, info = solve_exact(inst, elig, preference=preference)
        if inst.n_kept and info.pengisian_terbukti:  # what keeping costs (before the fuzzy batch's release)
            info.batas_atas_tanpa_tetap = bound_without_keeps(base(keep=[]), elig_for)
        for_fill = _unwilling_for_fill(
            inst, sol, info, preference, lambda nip: bound_without_keeps(base(keep=[*keep, nip]), elig_for)
        )
    finally:
        if elig.release is not None:  # a failed or interrupted solve leaves no fuzzy batch running
            elig.release()
    greedy = solve_greedy(inst)
    rows = _rows(roster_linked, inst, ret, ret_keys)
    ctx = _context(inst, rows, roster_linked, positions, settings, sol)
    moved = np.flatnonzero(sol.moved_arc >= 0)
    detail = elig.detail(moved, sol.target[moved]) if len(moved) else None
    moves = finalize_chain_text(explain_moves(inst, sol, detail, ctx))
    unfilled = explain_unfilled(inst, sol, elig, ctx, skor_minimum=rs.skor_minimum, outside=_outside(rows))
    held = _held_text(inst, sol, elig)
    accounting = _accounting(roster_linked, rows, inst, sol, moves, rs.isi_proyeksi_pensiun, elig, as_of, held)
    before, baseline, after = _units(inst, positions, sol, settings)
    findings = _findings(inst, rows, sol, roster_linked, ctx, held) + _unproven(inst, sol, info)
    findings += _bounds_cost(inst, info) + _rotation_cost(inst, sol, info)
    findings += _unknown_keeps(keep, rows)
    note = ""
    if rs.calon_semua_jabatan:
        warnings.warn(
            "calon_semua_jabatan is deprecated and has no effect: the plan always considers every position",
            DeprecationWarning,
            stacklevel=2,
        )
        note = "calon_semua_jabatan (--semua-jabatan) tidak berpengaruh lagi: rencana selalu menimbang semua jabatan"
    summary = _summary(inst, sol, greedy, moves, accounting, (before, baseline, after), info, note)
    return Plan(
        moves,
        unfilled,
        accounting,
        before,
        after,
        summary,
        findings,
        units_baseline=baseline,
        unwilling_for_fill=for_fill,
    )


def _instances(
    roster_linked: pd.DataFrame,
    positions: pd.DataFrame,
    settings: Settings,
    as_of: date,
    given: tuple[Any, set[str], Callable[[], StatedPension]],
) -> Callable[..., Instance]:
    """:func:`build_base` of these frames, given the kept NIPs (``keep=``); ``given``: the pins, the NIP keys of the
    retiring planned people and the roster's retirement figures (computed once per plan)."""
    pins, retiring, pension = given
    return partial(
        build_base,
        roster_linked,
        positions,
        settings,
        as_of=as_of,
        pins=normalize_pins(pins),
        retiring=retiring,
        pension=pension,
    )


#: the most unwilling movers checked one by one (each is one more stage 1); beyond it the reason names both causes
UNWILLING_CHECKED = 10


def _unwilling_for_fill(
    inst: Instance,
    sol: Solution,
    info: ExactInfo,
    preference: PreferenceCost | None,
    fill_kept: Callable[[str], int | None],
) -> dict[str, bool]:
    """NIP → whether keeping this unwilling mover in place lowers the proven fill (``fill_kept``: the proven fill
    with them kept, None when unproven or impossible, e.g. a pinned move), for the reason the plan gives them.

    The reason said "lowongan terisi berkurang atau kecocokan rencana turun": an either/or that sent the analyst
    checking the fill for a move the fit alone decided (oracle7 #2, h28). Costs one stage 1 per unwilling mover, at
    most :data:`UNWILLING_CHECKED`; an unproven plan or more movers are not checked (the reason then names both)."""
    unwilling = getattr(preference, "unwilling", None)
    if not unwilling or not info.pengisian_terbukti:
        return {}
    moved = [inst.movers[i] for i in np.flatnonzero(sol.moved_arc >= 0) if inst.movers[i] in unwilling]
    if not moved or len(moved) > UNWILLING_CHECKED:
        return {}
    out = {}
    for nip in moved:
        try:
            kept = fill_kept(nip)
        except InfeasiblePlanError:  # kept and pinned at once: no answer, the reason names both
            continue
        if kept is not None:
            out[nip] = kept < info.batas_atas_pengisian
    return out


def _eligibility(
    inst: Instance,
    roster: pd.DataFrame,
    positions: pd.DataFrame,
    candidates: pd.DataFrame | None,
    settings: Settings,
    as_of: date,
    history: pd.DataFrame | None,
    pension: Callable[[], StatedPension],
) -> tuple[Eligibility, Callable[[Instance], Eligibility]]:
    """The eligibility of ``inst``'s pairs, and a function giving it for another instance of the same roster and
    positions (other movers: :func:`bound_without_keeps`) from the same scoring context or candidate table.
    ``pension``: the roster's retirement figures (:func:`~asn_mutasi.domain.pensiun.roster_pension`, once per plan)."""
    valid = _valid_rows(roster)
    pos_valid = _valid_rows(positions)
    if candidates is not None:
        table = candidates
        ins_e, ins_p = instansi_column(valid), instansi_column(pos_valid)
        by_nip = dict(zip(nip_keys(valid["nip"]), ins_e, strict=True)) if ins_e is not None else None
        by_code = dict(zip(pos_valid["kode_jabatan"].astype(str), ins_p, strict=True)) if ins_p is not None else None

        def from_table(other: Instance) -> Eligibility:
            """Each instance its own instansi per mover: another instance's movers differ in number and order."""
            scope = None
            if by_nip is not None and by_code is not None:
                e_ins = np.array([by_nip.get(n, "") for n in other.movers], dtype=object)
                p_ins = np.array([by_code.get(c, "") for c in other.pos_codes], dtype=object)

                def scope(e: np.ndarray, p: np.ndarray) -> np.ndarray:
                    return np.asarray(e_ins[e] == p_ins[p], dtype=bool)

            return table_eligibility(table, other.movers, other.mover_pos, other.pos_codes, settings, same_scope=scope)

        return from_table(inst), from_table
    from asn_mutasi.matching.scoring import build_context

    ctx = build_context(
        valid,
        pos_valid,
        settings=settings,
        as_of=as_of,
        history=history,
        prefetch_preferences=True,
        pension=pension().take(valid_mask(roster)) if "_status" in roster.columns else pension(),
    )
    bisa = pd.Series(ctx.bisa, index=pd.Index(ctx.nip, dtype=object))
    bisa = bisa[~bisa.index.duplicated()]

    def from_context(other: Instance) -> Eligibility:
        allowed = bisa.reindex(pd.Index(other.movers, dtype=object)).fillna(False).to_numpy(dtype=bool)
        out = context_eligibility(ctx, other.movers, other.mover_pos, other.pos_codes, settings, allowed=allowed)
        out.ruled_out = ruled_out_texts(ctx, other.movers, allowed)
        return out

    try:
        return from_context(inst), from_context
    except BaseException:
        if ctx.preferences is not None:
            ctx.preferences.cancel()  # no fuzzy batch left running behind the error
        raise


def _valid_rows(roster: pd.DataFrame) -> pd.DataFrame:
    """The rows the validator passed (all rows of a frame that was never validated): :func:`~asn_mutasi.schema.valid_mask`."""
    return roster[valid_mask(roster)] if "_status" in roster.columns else roster


@dataclass(frozen=True)
class _Rows:
    """What the steps after the solve read of the roster, computed once per plan.

    NIP keys are normalised once (:func:`nip_keys`) and every roster row is tied to its
    row of ``inst.employees`` (the same NIP) and to its mover index by integer position,
    so the explanations, the accounting and the findings never map NIP strings again.
    """

    keys: list[str]  #: nip_key of every roster row
    valid: np.ndarray  #: the row passed validation (``_status`` valid, or no status column)
    emp: np.ndarray  #: row of ``inst.employees`` with the row's NIP, −1 when none
    emp_nips: pd.Index  #: NIPs of ``inst.employees`` (unique, sorted)
    emp_mover: np.ndarray  #: per employee, its mover index (−1: retiring or kept)
    tmt: dict[str, str]  #: nip -> TMT pensiun (ISO, "" unknown) of the projected retirements; last row wins
    ret_tmt: list[tuple[str, str]]  #: (nip, TMT ISO) of every retirement row, in order
    #: the post (code) of every retirement row: its own, so a seat an excluded holder leaves is named (a NIP may be
    #: shared by two holders); "" where the row names none
    ret_code: list[str] = field(default_factory=list)

    def find(self, nips: list[str]) -> np.ndarray:
        """Row of ``inst.employees`` of each NIP, −1 when none."""
        return _find(self.emp_nips, nips)

    def mover(self) -> np.ndarray:
        """Mover index of every roster row, −1 when the row's NIP is no mover."""
        out = np.full(len(self.emp), -1, dtype=np.int64)
        at = self.emp >= 0
        out[at] = self.emp_mover[self.emp[at]]
        return out


def _find(index: pd.Index, nips: list[str]) -> np.ndarray:
    """Position of each of ``nips`` in the unique ``index`` (one hash look-up each), −1 when absent."""
    if not nips:
        return np.zeros(0, np.int64)
    return np.asarray(index.get_indexer(pd.Index(nips, dtype=object)), dtype=np.int64)


def _rows(roster: pd.DataFrame, inst: Instance, ret: pd.DataFrame, ret_keys: list[str]) -> _Rows:
    known = inst.roster_keys
    keys = known if known is not None and len(known) == len(roster) else nip_keys(roster["nip"])
    valid = valid_mask(roster)
    emp_nips = pd.Index(inst.employees["nip"].to_numpy(dtype=object), dtype=object)
    emp = _find(emp_nips, keys)
    movable = ~(inst.employees["retiring"].to_numpy(dtype=bool) | inst.employees["keep"].to_numpy(dtype=bool))
    emp_mover = np.full(len(emp_nips), -1, dtype=np.int64)
    emp_mover[movable] = np.arange(int(movable.sum()))
    if int(movable.sum()) != len(inst.movers):  # pragma: no cover - build_base makes movers exactly so
        raise AssertionError("movers are not the employees that neither retire nor stay kept")
    ret_code: list[str] = []
    if len(ret) and "tmt_pensiun" in ret.columns:
        iso = per_distinct(ret["tmt_pensiun"], _iso, missing="").tolist()
        ret_tmt = list(zip(ret_keys, iso, strict=True))
        if "kode_jabatan" in ret.columns:
            ret_code = ["" if v is None or v != v else str(v).strip() for v in ret["kode_jabatan"].tolist()]
    else:
        ret_tmt = []
    return _Rows(keys, valid, emp, emp_nips, emp_mover, dict(ret_tmt), ret_tmt, ret_code)


def _context(
    inst: Instance, rows: _Rows, roster: pd.DataFrame, positions: pd.DataFrame, settings: Settings, sol: Solution
) -> Context:
    first = positions.drop_duplicates("kode_jabatan")
    names = pd.Series(first["nama_jabatan"].to_numpy(dtype=object), index=first["kode_jabatan"].astype(str).to_numpy())
    pos_name = [str(v) for v in names.reindex(list(inst.pos_codes)).tolist()]
    emp_pos = inst.employees["pos"].to_numpy()
    dates: dict[int, list[str]] = {}
    found = rows.find([n for n, _ in rows.ret_tmt])
    at = {c: p for p, c in enumerate(inst.pos_codes)}
    codes = rows.ret_code or [""] * len(rows.ret_tmt)
    for e, (_, t), code in zip(found.tolist(), rows.ret_tmt, codes, strict=True):
        p = at.get(code, -1) if code else -1
        if p < 0 and e >= 0:
            p = int(emp_pos[e])
        if p >= 0:
            dates.setdefault(p, []).append(t)
    for v in dates.values():
        v.sort()
    # names and golongan of the people the plan moves (the explanations read nothing else); a NIP
    # on several valid rows takes the last one's
    moved = sol.target != inst.mover_pos
    mover = rows.mover()
    mine = np.flatnonzero(rows.valid & (mover >= 0))
    mine = mine[moved[mover[mine]]]
    nama = roster["nama"].to_numpy(dtype=object)[mine].tolist()
    gol = (
        roster["golongan"].to_numpy(dtype=object)[mine].tolist() if "golongan" in roster.columns else [None] * len(mine)
    )
    person = {rows.keys[r]: {"nama": a, "golongan": g} for r, a, g in zip(mine.tolist(), nama, gol, strict=True)}
    return Context(
        pos_name,
        dates,
        person,
        dict(inst.rotation_due),
        settings.aturan.rotasi_tahun,
        settings.rencana.isi_proyeksi_pensiun,
        _kelas_of(first, inst),
    )


def _kelas_of(first: pd.DataFrame, inst: Instance) -> list[float]:
    """Kelas jabatan per position of ``inst`` (NaN where not written), for the move reasons."""
    if "kelas_jabatan" not in first.columns:
        return []
    kelas = pd.to_numeric(first["kelas_jabatan"], errors="coerce")
    by_code = pd.Series(kelas.to_numpy(dtype=float), index=first["kode_jabatan"].astype(str).to_numpy())
    return [float(v) for v in by_code.reindex(list(inst.pos_codes)).to_numpy(dtype=float)]


#: why a kept person stays (``keep``); :func:`~asn_mutasi.planning.aspiration.annotate_kept` names an unwilling one's
KEPT = "Dipertahankan atas permintaan analis"
#: why a roster row is left out of the plan, besides the validator's own reasons (each counted apart in the summary)
DUPLICATE = "NIP ganda: hanya baris pertama yang direncanakan"


def _outside(rows: _Rows) -> int:
    """The valid people (distinct NIPs) whose post is no post of the table: excluded (:data:`UNLINKED`,
    :data:`NOT_IN_TABLE`), so a candidate for no vacancy."""
    at = np.flatnonzero(rows.valid & (rows.emp < 0))
    return len({rows.keys[i] for i in at.tolist()})


def _unlinked_rows(roster: pd.DataFrame, in_net: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per roster row out of the network: linked to no post at all, and of those, the ones whose post cell names
    only a kind of post ("Fungsional", "Staf"; usulan30, h38), judged once per distinct cell."""
    from asn_mutasi.domain.jabatan import names_no_post

    unlinked = np.zeros(len(roster), dtype=bool)
    out = np.flatnonzero(~in_net)
    if len(out):
        link = (roster[LINK] if LINK in roster.columns else pd.Series(None, index=roster.index)).iloc[out]
        unlinked[out] = link.isna().to_numpy() | (link.astype(object) == "").to_numpy()
    if "jabatan" not in roster.columns or not unlinked.any():
        return unlinked, np.zeros(len(roster), dtype=bool)
    posts = roster["jabatan"]
    said = {v: names_no_post(v) for v in pd.unique(posts.iloc[np.flatnonzero(unlinked)].dropna())}
    return unlinked, unlinked & posts.map(said).eq(True).to_numpy(dtype=bool)


def _excluded_counts(accounting: pd.DataFrame) -> dict[str, int]:
    """The excluded rows by cause: later rows of a NIP given twice (by ``periksa``'s rule or the plan's), rows of
    people out of service or no ASN (a kedudukan hukum not active: CLTN, pensiun …; honorer), rows whose position is
    not in the position table, TNI/Polri members' rows (an NRP: valid, holding their seat, never moved; oracle9 #4,
    h29), the rows of another agency than ``--instansi`` names, and the other rows ``periksa`` excludes
    (``dikecualikan_tidak_valid``). The
    duplicates were counted 0 and the CLTN rows "tidak valid" whenever ``periksa``'s rule came first (h26/onefact)."""
    why = accounting.loc[accounting["status"] == "dikecualikan", "alasan"].astype(str)
    no_post = why.isin([UNLINKED, UNLINKED_KIND, NOT_IN_TABLE])
    # one cause a row, whatever order its reasons come in (schema.exclusion_causes, as `bandingkan` counts); another
    # agency's rows (--instansi) apart: no fault of theirs, they were counted "baris tidak valid" (review19, h35)
    causes = exclusion_causes(why[~no_post]).value_counts()
    twice, inactive, nrp = (int(causes.get(c, 0)) for c in ("nip_ganda", "tidak_aktif", "nrp"))
    return {
        "dikecualikan_tidak_valid": int(causes.get("tidak_valid", 0)),
        "dikecualikan_instansi_lain": int(causes.get("instansi_lain", 0)),
        "dikecualikan_nrp": nrp,
        "dikecualikan_tidak_aktif": inactive,
        "dikecualikan_tanpa_jabatan": int(no_post.sum()),
        "dikecualikan_nip_ganda": twice,
    }


def _accounting(
    roster: pd.DataFrame,
    rows: _Rows,
    inst: Instance,
    sol: Solution,
    moves: pd.DataFrame,
    projected: bool,
    elig: Eligibility,
    as_of: date,
    held: np.ndarray,
) -> pd.DataFrame:
    """One row per input roster row: nip, nama, status (pindah | tetap | dikecualikan) and why (vectorised).

    Rows are tied to employees and movers by position (:class:`_Rows`); only the moved and the retiring rows
    build a text each. ``held``: per mover, the unit limit that holds it ("" none, :func:`_held_text`).
    """
    n = len(roster)
    valid = rows.valid
    in_net = rows.emp >= 0

    def per_row(per_emp: np.ndarray) -> np.ndarray:
        """A flag of each row's employee (False for rows outside the network)."""
        out = np.zeros(n, dtype=bool)
        out[in_net] = per_emp[rows.emp[in_net]]
        return out

    first = np.zeros(n, dtype=bool)
    net = np.flatnonzero(valid & in_net)
    first[net[np.unique(rows.emp[net], return_index=True)[1]]] = True
    moved_text = _moved_text(rows, sol, moves)
    retiring_e = inst.employees["retiring"].to_numpy(dtype=bool)
    keep_e = inst.employees["keep"].to_numpy(dtype=bool) & ~retiring_e
    # who could go somewhere: a mover with an eligible move, or pinned
    can_go = np.zeros(len(retiring_e), dtype=bool)
    can_go[np.flatnonzero(rows.emp_mover >= 0)[elig.has_arc()]] = True
    can_go[rows.find(list(inst.pins))] = True  # every pinned NIP is a mover (build_base checks)
    is_retiring = per_row(retiring_e)
    retiring = _retiring_text(rows, is_retiring, projected, as_of)
    held_row, due_row = _held_rows(rows, inst, held)
    excluded = np.full(n, "", dtype=object)
    if not valid.all():
        status_col = roster["_status"].astype(str)
        why = roster["_alasan"] if "_alasan" in roster.columns else status_col
        excluded[~valid] = [str(w or "") for w in why[~valid]]  # the validator's reason, as written
    unlinked, kind_only = _unlinked_rows(roster, in_net)
    # the first rule that applies wins: conditions in order, with their (status, alasan)
    rules = [
        (~valid, "dikecualikan", excluded),
        (~in_net & kind_only, "dikecualikan", UNLINKED_KIND),
        (~in_net & unlinked, "dikecualikan", UNLINKED),
        (~in_net, "dikecualikan", NOT_IN_TABLE),
        (~first, "dikecualikan", DUPLICATE),
        (pd.notna(moved_text), "pindah", moved_text),
        (is_retiring, "tetap", retiring),
        (per_row(keep_e), "tetap", KEPT),
        (held_row != "", "tetap", np.array(["Tetap: " + str(h) for h in held_row], dtype=object)),
        (~per_row(can_go), "tetap", "Tidak ada jabatan tujuan yang layak dengan skor di atas minimum"),
        (due_row, "tetap", f"Tetap: masa jabatan melebihi batas rotasi, tetapi {NO_ROTATION_TARGET}"),
        (np.ones(n, dtype=bool), "tetap", "Tetap: tidak ada mutasi yang menambah lowongan terisi"),
    ]
    status = np.full(n, None, dtype=object)
    reason = np.full(n, None, dtype=object)
    done = np.zeros(n, dtype=bool)
    for cond, label, txt in rules:
        take = cond & ~done
        done |= take
        status[take] = label
        reason[take] = txt[take] if isinstance(txt, np.ndarray) else txt
    return pd.DataFrame(
        {
            "nip": np.array(rows.keys, dtype=object),
            "nama": roster["nama"].to_numpy(dtype=object),
            "status": status,
            "alasan": reason,
        },
        columns=list(ACCOUNTING_FIELDS),
    )


def _held_rows(rows: _Rows, inst: Instance, held: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per roster row: the unit limit that holds its mover ("" none), and whether it is rotation-due (for a due
    stayer, staying adds no seat: it is a rotation not made)."""
    mover = rows.mover()
    at = mover >= 0
    held_row = np.full(len(mover), "", dtype=object)
    held_row[at] = held[mover[at]]
    due_row = np.zeros(len(mover), dtype=bool)
    due_row[at] = inst.stay_primary[mover[at]] > 0
    return held_row, due_row


def _moved_text(rows: _Rows, sol: Solution, moves: pd.DataFrame) -> np.ndarray:
    """Per roster row, its move (``M0001: ke <jabatan> di <unit>``) or None; every row of a moved NIP reads it."""
    out = np.full(len(rows.emp), None, dtype=object)
    if not len(moves):
        return out
    text = {
        k: f"{i}: ke {j} di {u}"
        for k, i, j, u in moves[["nip", "id_mutasi", "jabatan_tujuan", "unit_tujuan"]].itertuples(index=False)
    }
    mover = rows.mover()
    went = np.flatnonzero(mover >= 0)
    went = went[sol.moved_arc[mover[went]] >= 0]
    out[went] = [text.get(rows.keys[r]) for r in went.tolist()]
    return out


def _retiring_text(rows: _Rows, is_retiring: np.ndarray, projected: bool, as_of: date) -> np.ndarray:
    """Per roster row, the retirement reason of the rows marked ``is_retiring`` ("" elsewhere); a TMT before the
    plan's date is said as passed (a person retired in 2018 read "pensiun … dalam horizon rencana")."""
    extra = "; kursinya dihitung sebagai lowongan proyeksi" if projected else ""
    out = np.full(len(rows.emp), "", dtype=object)
    said: dict[str, str] = {}  #: one text per TMT
    today = as_of.isoformat()
    for r in np.flatnonzero(is_retiring).tolist():
        iso = rows.tmt.get(rows.keys[r], "")
        if iso not in said:
            when = (
                f"Sudah melewati TMT pensiun {tmt_text(iso)} (data pegawai belum diperbarui)"
                if iso and iso < today
                else f"Pensiun TMT {tmt_text(iso)} dalam horizon rencana"
            )
            said[iso] = when + extra
        out[r] = said[iso]
    return out


def _units(
    inst: Instance, positions: pd.DataFrame, sol: Solution, settings: Settings
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Return per-unit tables: now, at the horizon without the plan, and after the plan.

    "Now" counts every linked holder; the other two leave out holders retiring within the
    horizon when ``isi_proyeksi_pensiun`` is on, so the plan's effect is measured
    against doing nothing over the same horizon. Need, hours and EJ per unit are those of
    ``lowongan`` (:func:`~asn_mutasi.workload.analysis.unit_summary`: the same helpers);
    the three tables differ only in their holders.
    """
    from asn_mutasi.domain.lowongan import seat_vacancies
    from asn_mutasi.workload.analysis import effective_ratio, position_needs, reported_ej, unit_load

    pos = positions.drop_duplicates("kode_jabatan")
    pos = pos.set_index(pos["kode_jabatan"].astype(str)).reindex(inst.pos_codes)
    # need and workload as `lowongan` counts them (a post without ABK: kebutuhan 0, no hours), not the solver's
    # seats (which keep such a post's holders where they are)
    need, hours = position_needs(pos, settings)
    # units in the order an analyst reads them ("Dinas Kesehatan" beside "DINAS KESEHATAN", not after every capital):
    # the workbook's Beban Kerja sheet and its charts follow it (walk3, h27)
    unit_of = pd.Series(np.asarray(inst.pos_unit, dtype=object))
    unit_names = pd.Index(sorted(unit_of.dropna().unique(), key=lambda u: (str(u).casefold(), str(u))), dtype=object)
    unit_id = unit_names.get_indexer(unit_of)
    units = pd.Series(unit_id, index=pos.index)  # grouped by number, named at the end
    wke = pos["wke_jam"] if "wke_jam" in pos.columns else None
    without = (
        pos["tanpa_abk"].map(lambda v: v is True or v == 1).astype(bool)
        if "tanpa_abk" in pos.columns
        else pd.Series(False, index=pos.index)
    )
    per_unit = need.groupby(units, sort=True).sum().rename("kebutuhan").to_frame()

    def table(bez: np.ndarray) -> pd.DataFrame:
        held = pd.Series(np.asarray(bez, dtype=np.int64), index=pos.index)
        load = unit_load(units, hours, wke, held, settings).reindex(per_unit.index)
        out = per_unit.copy()
        out["bezetting"] = held.groupby(units, sort=True).sum().reindex(per_unit.index).fillna(0).astype(np.int64)
        gap = (held - need).where(~without, 0)  # a post without ABK is neither short nor over (as in `lowongan`)
        out["selisih"] = gap.groupby(units, sort=True).sum().reindex(per_unit.index).fillna(0).astype(np.int64)
        # the unit's vacancies as `lowongan` counts them: empty seats per post (a surplus elsewhere fills none)
        seats = pd.Series(seat_vacancies(need, held), index=pos.index).where(~without, 0)
        out["lowongan"] = seats.groupby(units, sort=True).sum().reindex(per_unit.index).fillna(0).astype(np.int64)
        ej = effective_ratio(
            load["beban_kerja_jam"], load["_holders"].fillna(0) * settings.beban_kerja.jam_kerja_efektif
        )
        out["ej"] = reported_ej(ej, settings)  # as `beban-kerja` prints it
        out.index = unit_names[out.index.to_numpy()]
        return out.rename_axis("unit_kerja").reset_index()[list(UNIT_FIELDS)]

    return table(inst.b_all), table(inst.b), table(occupancy(inst, sol.target))


#: why a rotation-due person stays when no unit limit holds them
NO_ROTATION_TARGET = "tidak ada jabatan tujuan yang layak dan tersedia"
#: a stayer the employee rules hold (masa jabatan, CPNS, BUP, hukdis, tugas belajar), before the rules' reasons
RULED_OUT = "tidak dapat dipindah menurut aturan: "


def _held_text(inst: Instance, sol: Solution, elig: Eligibility) -> np.ndarray:
    """Per mover, what holds it where it stays: a unit limit (:func:`~asn_mutasi.planning.explain.held_stayers`) or
    the employee rules (:attr:`Eligibility.ruled_out`, their own reasons); "" when neither does."""
    out = np.full(len(inst.movers), "", dtype=object)
    by_max, by_floor = held_stayers(inst, sol, elig)
    out[by_max] = hold_text(inst, floor=False)
    out[by_floor] = hold_text(inst, floor=True)
    if elig.ruled_out is not None:  # the employee rules' own reason, never "no post fits" (plan oracle, h30)
        ruled = (elig.ruled_out != "") & (sol.moved_arc < 0)
        out[ruled] = RULED_OUT + elig.ruled_out[ruled]
    return out


def _findings(
    inst: Instance, rows: _Rows, sol: Solution, roster: pd.DataFrame, ctx: Context, held: np.ndarray
) -> list[Finding]:
    """``rotasi-tidak-terpenuhi`` for every rotation-due person who stays, with why (``held``: :func:`_held_text`)."""
    out: list[Finding] = []
    if not ctx.rotation_years:
        return out
    # the Excel row of a NIP: its last roster row's
    at = np.flatnonzero(rows.emp >= 0)
    last = np.full(len(rows.emp_mover), -1, dtype=np.int64)
    np.maximum.at(last, rows.emp[at], at)
    baris = roster["_baris"].to_numpy(dtype=object) if "_baris" in roster.columns else None
    due = sorted(ctx.rotation_years.items())
    for (_, years), e in zip(due, rows.find([n for n, _ in due]).tolist(), strict=True):
        i = int(rows.emp_mover[e]) if e >= 0 else -1
        if i < 0 or sol.moved_arc[i] < 0:
            r = int(last[e]) if e >= 0 else -1
            row = baris[r] if baris is not None and r >= 0 else None
            loc = Location(row=int(row) if row is not None and not pd.isna(row) else None, field="tmt_jabatan")
            sebab = str(held[i]) if i >= 0 and held[i] else NO_ROTATION_TARGET
            out.append(
                make_finding(
                    "rotasi-tidak-terpenuhi",
                    loc,
                    tahun=format_number(float(years), 1),
                    batas=format_number(float(ctx.rotasi_tahun), 1),
                    sebab=sebab,
                )
            )
    return out


def _unknown_keeps(keep: Iterable[str], rows: _Rows) -> list[Finding]:
    """``rencana-tetap-tidak-dikenal`` for kept NIPs that match no valid roster row (a typo keeps nobody)."""
    known = {k for k, ok in zip(rows.keys, rows.valid.tolist(), strict=True) if ok}
    unknown = list(dict.fromkeys(str(k) for k in keep if nip_key(k) not in known))
    if not unknown:
        return []
    contoh = ", ".join(f"'{k}'" for k in unknown[:3])
    return [make_finding("rencana-tetap-tidak-dikenal", Location(field="nip"), jumlah=len(unknown), contoh=contoh)]


def _unproven(inst: Instance, sol: Solution, info: ExactInfo) -> list[Finding]:
    """``rencana-sekunder-belum-terbukti`` when pricing stopped before it proved the secondary optimum.

    Not when the fill itself is not proven (a time limit: the summary gives status and gap), nor for the MILP
    over R that stage 2 under ``maks_pindah_per_unit`` falls back to without pricing (its summary says so) —
    unless it fell back because the LP over all pairs ran out of time (then the analyst must hear it).

    The bound the fill is the proven maximum of: under ``rotasi_wajib`` ``batas_atas_dengan_rotasi`` (no plan that
    rotates as many due people fills more), not ``batas_atas_pengisian``, the maximum without rotation, which the
    plan may trade away: "maksimum terbukti (0 dari batas atas 4)" contradicted itself (plan4, h31).
    """
    if info.sekunder_terbukti or info.status != "optimal":
        return []
    if inst.max_moves_per_unit is not None and not info.putaran_harga and not info.waktu_sekunder_habis:
        return []
    fills, _, _ = evaluate(inst, sol.target, sol.moved_arc)
    bound = info.batas_atas_pengisian if info.batas_atas_dengan_rotasi is None else info.batas_atas_dengan_rotasi
    return [
        make_finding(
            "rencana-sekunder-belum-terbukti",
            alasan="; ".join(info.notes) or "pemeriksaan optimalitas tidak selesai",
            terisi=format_number(fills),
            batas=format_number(bound),
            busur=format_number(info.busur_tahap2),
        )
    ]


def _bounds_cost(inst: Instance, info: ExactInfo) -> list[Finding]:
    """``rencana-kunci-mengurangi-pengisian`` / ``rencana-tetap-mengurangi-pengisian`` when the pins / the kept NIPs
    lower the maximum fill (all bounds without rotation costs: under ``rotasi_wajib`` the plan may fill less than
    any of them, pins and keeps or not, and that is rotation's doing)."""
    if not info.pengisian_terbukti:
        return []
    batas = info.batas_atas_pengisian
    out = []
    for code, tanpa, count in (
        ("rencana-kunci-mengurangi-pengisian", info.batas_atas_tanpa_kunci, len(inst.pins)),
        ("rencana-tetap-mengurangi-pengisian", info.batas_atas_tanpa_tetap, inst.n_kept),
    ):
        if tanpa is not None and tanpa > batas:
            n = {"batas": batas, "tanpa": tanpa, "selisih": tanpa - batas, "jumlah": count}
            params: dict[str, Any] = {k: format_number(v) for k, v in n.items()}
            out.append(make_finding(code, None, **params))
    return out


def _rotation_counts(inst: Instance, sol: Solution) -> tuple[int, int]:
    """(rotation-due movers, how many of them the plan moves) under ``rotasi_wajib``."""
    due = np.flatnonzero(pd.Index(inst.movers, dtype=object).isin(list(inst.rotation_due)))
    return len(due), int((sol.target[due] != inst.mover_pos[due]).sum())


def _rotation_summary(inst: Instance, sol: Solution, info: ExactInfo) -> dict[str, Any]:
    """Under ``rotasi_wajib`` with rotation-due movers: the fill bound of the plan's own objective and the rotations
    (``batas_atas_pengisian`` is the maximum with rotation not required)."""
    if not inst.rotation_due:
        return {}
    due, moved = _rotation_counts(inst, sol)
    out: dict[str, Any] = {"rotasi_jatuh_tempo": due, "rotasi_dipindah": moved}
    if info.batas_atas_dengan_rotasi is not None:
        out["batas_atas_dengan_rotasi"] = info.batas_atas_dengan_rotasi
    return out


def _gap_bound(info: ExactInfo) -> int:
    """The bound ``celah_optimalitas`` is measured against: ``batas_atas_pengisian``, or under ``rotasi_wajib``
    ``batas_atas_dengan_rotasi`` where stage 1 proved one (never above it: the most a plan rotating as many due
    people fills).

    A rotation plan trades fill for rotations (a due stayer weighs two vacancies): proven, its gap is 0 while it fills
    less than the maximum without rotation (``batas_atas_dengan_rotasi`` is then its fill); stopped, the gap against
    that maximum counted the trade the objective asks for as the solver's shortfall, and it jumped from that to 0 once
    the run was proven (plan10, h33).
    """
    return info.batas_atas_pengisian if info.batas_atas_dengan_rotasi is None else info.batas_atas_dengan_rotasi


def _rotation_cost(inst: Instance, sol: Solution, info: ExactInfo) -> list[Finding]:
    """``rencana-rotasi-mengurangi-pengisian`` when ``rotasi_wajib`` costs fill: the plan proves it cannot fill more
    without rotating fewer due people (``batas_atas_dengan_rotasi``) and the maximum without rotation is higher."""
    with_rot, free = info.batas_atas_dengan_rotasi, info.batas_atas_pengisian
    if with_rot is None or not info.pengisian_terbukti or free <= with_rot:
        return []
    due, moved = _rotation_counts(inst, sol)
    n = {"batas": with_rot, "tanpa": free, "selisih": free - with_rot, "dipindah": moved, "jatuh_tempo": due}
    params: dict[str, Any] = {k: format_number(v) for k, v in n.items()}
    return [make_finding("rencana-rotasi-mengurangi-pengisian", None, **params)]


def _summary(
    inst: Instance,
    sol: Solution,
    greedy: Solution,
    moves: pd.DataFrame,
    accounting: pd.DataFrame,
    units: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame],
    info: ExactInfo,
    settings_note: str = "",
) -> dict[str, Any]:
    counts = accounting["status"].value_counts()
    fills, _, _ = evaluate(inst, sol.target, sol.moved_arc)
    g_fills, _, _ = evaluate(inst, greedy.target, greedy.moved_arc)
    g_moved = greedy.moved_arc[greedy.moved_arc >= 0]
    from asn_mutasi.workload.analysis import seat_vacancies

    awal = int(seat_vacancies(inst.k, inst.b).sum())  # b = bezetting − retiring in the horizon (when projected)
    summary: dict[str, Any] = {
        "pegawai_input": len(accounting),
        "pindah": int(counts.get("pindah", 0)),
        "tetap": int(counts.get("tetap", 0)),
        "dikecualikan": int(counts.get("dikecualikan", 0)),
        **_excluded_counts(accounting),
        "lowongan_saat_ini": int(seat_vacancies(inst.k, inst.b_all).sum()),
        "lowongan_awal": awal,
        "lowongan_terisi": fills,
        "lowongan_tidak_terisi": awal - fills,
        "batas_atas_pengisian": info.batas_atas_pengisian,
        **({"dasar_batas_atas": info.dasar_batas_atas} if info.dasar_batas_atas is not None else {}),
        **({"batas_atas_tanpa_kunci": info.batas_atas_tanpa_kunci} if info.batas_atas_tanpa_kunci is not None else {}),
        **({"batas_atas_tanpa_tetap": info.batas_atas_tanpa_tetap} if info.batas_atas_tanpa_tetap is not None else {}),
        **_rotation_summary(inst, sol, info),
        "status_solver": info.status,
        "celah_optimalitas": fill_gap(_gap_bound(info), fills, info.pengisian_terbukti),
        **({"celah_tujuan_solver": info.celah} if info.celah is not None and info.status != "optimal" else {}),
        "sekunder_terbukti_optimal": info.sekunder_terbukti,
        "putaran_penetapan_harga": info.putaran_harga,
        "busur_kelas": info.busur_kelas,
        "busur_langsung": info.busur_langsung,
        "busur_tahap2": info.busur_tahap2,
        "pasangan_dinilai": info.pasangan_dinilai + info.pasangan_harga,
        "total_skor": round(float(moves["skor"].astype(float).sum()), 2) if len(moves) else 0.0,
        # per move: compares like with like (a baseline that moves more people has a larger total)
        "rata_rata_skor": round(float(moves["skor"].astype(float).mean()), 2) if len(moves) else 0.0,
        "nilai_tujuan": inst.weight * sol.primary + sol.secondary,
        "nilai_tujuan_primer": sol.primary,
        "nilai_tujuan_sekunder": sol.secondary,
        "metode_penyelesaian": sol.solver,
        "pembanding_pindah": len(g_moved),
        "pembanding_lowongan_terisi": g_fills,
        "pembanding_total_skor": round(float(inst.arc_skor[g_moved].sum()), 2),
        "pembanding_rata_rata_skor": round(float(inst.arc_skor[g_moved].mean()), 2) if len(g_moved) else 0.0,
        "pembanding_nilai_tujuan": inst.weight * greedy.primary + greedy.secondary,
    }
    if info.notes:
        summary["catatan_solver"] = "; ".join(info.notes)
    if settings_note:
        summary["catatan_pengaturan"] = settings_note
    try:
        from asn_mutasi.workload import reported_imbalance

        for key, table in zip(("sebelum", "tanpa_rencana", "dengan_rencana"), units, strict=True):
            summary[f"indeks_ketimpangan_{key}"] = reported_imbalance(table)
    except ImportError:  # pragma: no cover - workload package ships with the tool
        pass
    return summary
