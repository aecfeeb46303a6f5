"""Eligibility of every (mover, position) pair in aggregated, exact form.

A plan is exact only if nothing before the solver removes the optimum, so the planner
never works from a shortlist. Instead eligibility ("may move there": ``layak`` and
``skor ≥ skor_minimum``) is described for ALL pairs at once:

* **class blocks** — movers with an identical *class key* (education id, golongan rank,
  kinerja, current managerial level and kelas jabatan, instansi) and positions with an
  identical *group key* (education requirement, field family, golongan requirement, managerial level,
  kelas, whether a diklat / experience requirement exists, instansi) form a block. For a
  block, every part of ``layak`` except the experience requirement and every score
  component except pengalaman, diklat and preferensi is the same for all its pairs (the
  field relevance of a post without a programme requirement depends on the education
  family, part of the class key, and the post's family, part of the group key), and
  those three are bounded: ``0 ≤ component ≤ its points``. So a block is

  - **ALL** when the structural rules pass, no experience requirement applies and the
    score's lower bound reaches ``skor_minimum``: every pair is eligible (own position
    aside, which is the stay arc anyway) — one class → group arc stands for all of them;
  - **NONE** when a structural rule fails or the score's upper bound stays below
    ``skor_minimum``: no pair is eligible;
  - **MIXED** otherwise: its pairs are scored exactly and the eligible ones become
    direct person → position arcs.

  The union of ALL blocks and direct arcs is exactly the set of eligible pairs; the
  oracle tests check it against scoring every pair.
* **a given candidate table** (``layak``, ``skor`` per pair): every eligible row is a
  direct arc, no classes (used by the library API and the hand-made scenario tests).

With unit limits, classes and groups are also split by unit so that a class → group arc
is either inside one unit or between two, which the unit constraints need.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.domain.nip import nip_keys

#: (mover indices, position indices) -> exact skor of those pairs
ScoreFn = Callable[[np.ndarray, np.ndarray], np.ndarray]
#: (mover indices, position indices) -> candidate-table frame (schema.CANDIDATE_COLUMNS) of those pairs
DetailFn = Callable[[np.ndarray, np.ndarray], pd.DataFrame]


@dataclass
class Eligibility:
    """All eligible (mover, position) pairs: class blocks plus direct arcs (see module docstring)."""

    n_movers: int
    n_pos: int
    emp_class: np.ndarray  #: class id per mover, −1 = no class (not movable by rule, or table source)
    n_class: int
    pos_group: np.ndarray  #: group id per position, −1 = no group
    n_group: int
    blk_class: np.ndarray  #: ALL blocks: class id
    blk_group: np.ndarray  #: ALL blocks: group id
    blk_ub: np.ndarray  #: ALL blocks: upper bound of skor over the block's pairs
    dir_emp: np.ndarray  #: direct eligible arcs: mover index
    dir_pos: np.ndarray  #: direct eligible arcs: position index
    dir_skor: np.ndarray  #: direct eligible arcs: exact skor
    score: ScoreFn  #: exact skor of pairs inside ALL blocks
    detail: DetailFn  #: candidate rows (components, reasons) of pairs, for explanations
    #: per group, movable people (in classes) failing each rule: keys edu, lateral, skor, pengalaman
    group_fail: dict[str, np.ndarray] = field(default_factory=dict)
    pairs_scored: int = 0  #: pairs scored exactly to resolve MIXED blocks
    #: table source: why nobody is eligible for a position (by position index), from the table's own rows
    why_none: Callable[[int], str] | None = None

    def has_arc(self) -> np.ndarray:
        """Return, per mover, whether any eligible move exists."""
        out = np.zeros(self.n_movers, dtype=bool)
        if len(self.dir_emp):
            out[self.dir_emp] = True
        if len(self.blk_class):
            out |= (self.emp_class >= 0) & np.isin(self.emp_class, self.blk_class)
        return out

    def class_sizes(self) -> np.ndarray:
        cls = self.emp_class[self.emp_class >= 0]
        return np.bincount(cls, minlength=self.n_class) if self.n_class else np.zeros(0, np.int64)

    def group_members(self) -> tuple[np.ndarray, np.ndarray]:
        """Return (positions sorted by group, start offsets per group)."""
        order = np.argsort(self.pos_group, kind="stable")
        order = order[self.pos_group[order] >= 0]
        starts = np.searchsorted(self.pos_group[order], np.arange(self.n_group + 1))
        return order, starts

    def eligible_count(self) -> np.ndarray:
        """Return, per position, the number of movers eligible for it (own position excluded)."""
        out = np.zeros(self.n_pos, dtype=np.int64)
        if len(self.blk_class):
            sizes = self.class_sizes()
            per_group = np.bincount(self.blk_group, weights=sizes[self.blk_class], minlength=self.n_group)
            has = self.pos_group >= 0
            out[has] += per_group[self.pos_group[has]].astype(np.int64)
        if len(self.dir_pos):
            out += np.bincount(self.dir_pos, minlength=self.n_pos)
        return out


def _text_of(values: pd.Series) -> pd.Series:
    return values.map(lambda v: v.strip() if isinstance(v, str) else "").fillna("")


def instansi_column(frame: pd.DataFrame) -> pd.Series | None:
    """Return the ``instansi`` text of a frame, or None when absent or empty everywhere."""
    if "instansi" not in frame.columns:
        return None
    text = _text_of(frame["instansi"])
    return text if text.ne("").any() else None


def table_eligibility(
    candidates: pd.DataFrame,
    movers: list[str],
    mover_pos: np.ndarray,
    pos_codes: list[str],
    settings: Settings,
    *,
    allowed: np.ndarray | None = None,
    same_scope: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None,
) -> Eligibility:
    """Eligibility from a candidate table: every ``layak`` row with ``skor ≥ skor_minimum`` is an arc.

    ``allowed`` marks the movers that may leave (others only stay); ``same_scope`` drops
    pairs across instansi.
    """
    m, n_pos = len(movers), len(pos_codes)
    cand = candidates.assign(
        nip=nip_keys(candidates["nip"]), kode_jabatan=candidates["kode_jabatan"].astype(str).str.strip()
    ).drop_duplicates(["nip", "kode_jabatan"], keep="first")
    mover_index = pd.Series(np.arange(m), index=pd.Index(movers, dtype=object))
    pos_index = pd.Series(np.arange(n_pos), index=pd.Index(pos_codes, dtype=object))
    e = cand["nip"].map(mover_index)
    p = cand["kode_jabatan"].map(pos_index)
    skor = pd.to_numeric(cand["skor"], errors="coerce")
    ok = (
        e.notna()
        & p.notna()
        & cand["layak"].fillna(False).astype(bool)
        & skor.notna()
        & (skor >= settings.rencana.skor_minimum)
    )
    ei = e[ok].to_numpy(dtype=np.int64)
    pi = p[ok].to_numpy(dtype=np.int64)
    sk = skor[ok].to_numpy(dtype=float)
    keep = pi != mover_pos[ei]
    if allowed is not None:
        keep &= allowed[ei]
    if same_scope is not None and len(ei):
        keep &= same_scope(ei, pi)
    ei, pi, sk = ei[keep], pi[keep], sk[keep]
    order = np.lexsort((pi, ei))
    ei, pi, sk = ei[order], pi[order], sk[order]
    table = cand.set_index(["nip", "kode_jabatan"])

    def score(emp: np.ndarray, pos: np.ndarray) -> np.ndarray:
        keys = pd.MultiIndex.from_arrays(
            [[movers[i] for i in emp], [pos_codes[j] for j in pos]], names=["nip", "kode_jabatan"]
        )
        return pd.to_numeric(table["skor"].reindex(keys), errors="coerce").to_numpy(dtype=float)

    def detail(emp: np.ndarray, pos: np.ndarray) -> pd.DataFrame:
        keys = pd.MultiIndex.from_arrays(
            [[movers[i] for i in emp], [pos_codes[j] for j in pos]], names=["nip", "kode_jabatan"]
        )
        return table.reindex(keys).reset_index()

    why = _table_reasons(cand, pos_codes, settings.rencana.skor_minimum)
    empty = np.zeros(0, np.int64)
    return Eligibility(
        why_none=why,
        n_movers=m,
        n_pos=n_pos,
        emp_class=np.full(m, -1, np.int64),
        n_class=0,
        pos_group=np.full(n_pos, -1, np.int64),
        n_group=0,
        blk_class=empty,
        blk_group=empty,
        blk_ub=np.zeros(0),
        dir_emp=ei,
        dir_pos=pi,
        dir_skor=sk,
        score=score,
        detail=detail,
    )


def _table_reasons(cand: pd.DataFrame, pos_codes: list[str], skor_minimum: float) -> Callable[[int], str]:
    """Explain, from a candidate table, why a position has no eligible candidate (grouped once)."""
    edu = (
        cand["memenuhi_pendidikan"].fillna(False).astype(bool)
        if "memenuhi_pendidikan" in cand.columns
        else pd.Series(True, index=cand.index)
    )
    layak = cand["layak"].fillna(False).astype(bool)
    skor = pd.to_numeric(cand["skor"], errors="coerce")
    frame = pd.DataFrame(
        {"kode": cand["kode_jabatan"], "n": 1, "edu": edu, "layak": layak, "ok": layak & (skor >= skor_minimum)}
    )
    counts = frame.groupby("kode")[["n", "edu", "layak", "ok"]].sum()
    blocked = cand.loc[edu & ~layak, ["kode_jabatan", "alasan"]] if "alasan" in cand.columns else cand.iloc[:0]
    parts = blocked.assign(alasan=blocked["alasan"].fillna("").astype(str).str.split(";")).explode("alasan")
    parts["alasan"] = parts["alasan"].str.strip()
    parts = parts[parts["alasan"].ne("")]
    top = parts.groupby(["kode_jabatan", "alasan"]).size().rename("c").reset_index()
    top = (
        top.sort_values(["kode_jabatan", "c", "alasan"], ascending=[True, False, True]).groupby("kode_jabatan").head(3)
    )
    top_text = (
        top.assign(t=top["alasan"] + " (" + top["c"].astype(str) + ")").groupby("kode_jabatan")["t"].agg(", ".join)
    )

    def fmt(x: float) -> str:
        return f"{x:g}"

    def why(p: int) -> str:
        code = pos_codes[p]
        if code not in counts.index:
            return "Tidak ada kandidat sama sekali untuk jabatan ini"
        n, e, lay = (int(counts.loc[code, c]) for c in ("n", "edu", "layak"))  # type: ignore[arg-type]
        if e == 0:
            return f"Semua {n} kandidat di bawah syarat pendidikan"
        if lay == 0:
            t = top_text.get(code, "")
            return f"{e} kandidat memenuhi pendidikan tetapi tidak layak dipindah" + (f": {t}" if t else "")
        return f"Skor semua kandidat yang layak di bawah skor minimum {fmt(skor_minimum)}"

    return why


def _factor(frame: pd.DataFrame) -> tuple[np.ndarray, pd.DataFrame]:
    """Return (id per row, one row per distinct key) for a frame of key columns."""
    filled = frame.fillna(-9999)
    keys = filled.drop_duplicates().reset_index(drop=True)
    ids = filled.merge(keys.reset_index(), on=list(frame.columns), how="left")["index"].to_numpy(dtype=np.int64)
    return ids, keys


def context_eligibility(
    ctx: object,
    movers: list[str],
    mover_pos: np.ndarray,
    pos_codes: list[str],
    pos_unit: list[str],
    settings: Settings,
    *,
    allowed: np.ndarray,
    split_units: bool = False,
    chunk: int = 2_000_000,
) -> Eligibility:
    """Eligibility of all pairs from a :class:`~asn_mutasi.matching.scoring.ScoringContext`.

    ``movers``/``pos_codes`` are the planning order; ``allowed`` marks movers the rules
    let move (``bisa_dipindah``, not kept, not retiring). See the module docstring for
    the block argument.
    """
    from asn_mutasi.matching.families import field_relevance
    from asn_mutasi.matching.scoring import (
        PREFERENSI_TANPA,
        ScoringContext,
        golongan_component,
        jurusan_component,
        score_index_pairs,
    )

    assert isinstance(ctx, ScoringContext)
    m, n_pos = len(movers), len(pos_codes)
    rules, smin = settings.aturan, settings.rencana.skor_minimum
    pts = {k: float(v) for k, v in ctx.points.items()}
    emp_row_of = pd.Series(np.arange(len(ctx.nip)), index=pd.Index(ctx.nip, dtype=object))
    emp_row_of = emp_row_of[~emp_row_of.index.duplicated()]
    er = emp_row_of.reindex(pd.Index(movers, dtype=object)).to_numpy(dtype=float)
    pos_row_of = pd.Series(np.arange(len(ctx.kode)), index=pd.Index(ctx.kode, dtype=object))
    pos_row_of = pos_row_of[~pos_row_of.index.duplicated()]
    pr = pos_row_of.reindex(pd.Index(pos_codes, dtype=object)).to_numpy(dtype=float)
    has_e, has_p = ~np.isnan(er), ~np.isnan(pr)
    er_i = np.nan_to_num(er, nan=0).astype(np.int64)
    pr_i = np.nan_to_num(pr, nan=0).astype(np.int64)
    ctx.lateral(np.zeros(1, np.int64), np.zeros(1, np.int64)) if len(ctx.nip) and len(ctx.kode) else None
    emp_kelas = ctx._emp_kelas if ctx._emp_kelas is not None else np.full(len(ctx.nip), np.nan)

    inst_e = instansi_column(ctx.roster)
    inst_p = instansi_column(ctx.positions)
    scoped = inst_e is not None and inst_p is not None
    in_class = allowed & has_e
    # --- classes of movers
    ck = pd.DataFrame(
        {
            "edu": ctx.emp_edu[er_i],
            "fam": pd.Series(ctx.relevance.emp[er_i], dtype=object).fillna("").to_numpy(dtype=object),
            "gol": ctx.gol_rank[er_i],
            "kin": ctx.kinerja[er_i],
            "jr": ctx._emp_jrank[er_i] if len(ctx._emp_jrank) else np.nan,
            "kl": emp_kelas[er_i],
            "ins": inst_e.to_numpy(dtype=object)[er_i] if scoped and inst_e is not None else "",
            "unit": [pos_unit[p] for p in mover_pos] if split_units else "",
            "pref": ctx.pref_id[er_i] >= 0,
        }
    )
    emp_class = np.full(m, -1, np.int64)
    if in_class.any():
        ids, ckeys = _factor(ck[in_class].reset_index(drop=True))
        emp_class[in_class] = ids
    else:
        ckeys = ck.iloc[:0]
    n_class = len(ckeys)
    # --- groups of positions
    has_course = ctx.course_id[pr_i] >= 0
    rule_of_pos, rule_rep = _experience_rules(ctx, pr_i, has_p, rules.cek_syarat_pengalaman)
    gk = pd.DataFrame(
        {
            "req": ctx.pos_req[pr_i],
            "fam": pd.Series(ctx.relevance.pos[pr_i], dtype=object).fillna("").to_numpy(dtype=object),
            "greq": ctx.req_gol_rank[pr_i],
            "jr": ctx._pos_jrank[pr_i] if len(ctx._pos_jrank) else np.nan,
            "kl": ctx._pos_kelas[pr_i] if len(ctx._pos_kelas) else np.nan,
            "course": has_course,
            "rule": rule_of_pos,
            "prog": np.asarray([v is not None for v in ctx.req_text[pr_i]]),
            "ins": inst_p.to_numpy(dtype=object)[pr_i] if scoped and inst_p is not None else "",
            "unit": pos_unit if split_units else "",
        }
    )
    pos_group = np.full(n_pos, -1, np.int64)
    if has_p.any():
        gids, gkeys = _factor(gk[has_p].reset_index(drop=True))
        pos_group[has_p] = gids
    else:
        gkeys = gk.iloc[:0]
    n_group = len(gkeys)

    def r1(x: np.ndarray) -> np.ndarray:
        return np.round(x, 1)

    blk_c: list[np.ndarray] = []
    blk_g: list[np.ndarray] = []
    blk_u: list[np.ndarray] = []
    mixed_c: list[np.ndarray] = []
    mixed_g: list[np.ndarray] = []
    xp_c: list[np.ndarray] = []
    xp_g: list[np.ndarray] = []
    xp_u: list[np.ndarray] = []
    pref_none = float(r1(np.array(pts["skor_preferensi"] * PREFERENSI_TANPA))[()])
    pref_max = float(r1(np.array(pts["skor_preferensi"]))[()])
    exp_max = float(r1(np.array(pts["skor_pengalaman"]))[()])
    fails = {k: np.zeros(n_group) for k in ("edu", "lateral", "skor", "pengalaman")}
    sizes = np.bincount(emp_class[emp_class >= 0], minlength=n_class).astype(float)
    step = max(1, chunk // max(n_group, 1))
    g_all = np.arange(n_group)
    for c0 in range(0, n_class, step):
        cs = np.arange(c0, min(n_class, c0 + step))
        cc = np.repeat(cs, n_group)
        gg = np.tile(g_all, len(cs))
        C, G = ckeys.iloc[cc], gkeys.iloc[gg]
        edu_ids = C["edu"].to_numpy(dtype=np.int64)
        req_ids = G["req"].to_numpy(dtype=np.int64)
        status, memenuhi, _, level_ok = ctx.education(edu_ids, req_ids)
        edu_ok = memenuhi | (not rules.cek_pendidikan)
        ja = C["jr"].to_numpy(dtype=float)
        jb = G["jr"].to_numpy(dtype=float)
        ka = C["kl"].to_numpy(dtype=float)
        kb = G["kl"].to_numpy(dtype=float)
        ja, jb, ka, kb = (np.where(x == -9999, np.nan, x) for x in (ja, jb, ka, kb))
        with np.errstate(invalid="ignore"):
            jdiff = ~np.isnan(ja) & ~np.isnan(jb) & (ja != jb)
            stp = kb - ka
            kbad = (stp > rules.maks_naik_kelas) | (-stp > rules.maks_turun_kelas)
        lat_ok = ~(jdiff | kbad) | (not rules.cek_kesetaraan)
        same_ins = (C["ins"].to_numpy(dtype=object) == G["ins"].to_numpy(dtype=object)) if scoped else True
        prog = G["prog"].to_numpy(dtype=bool)
        efam = C["fam"].to_numpy(dtype=object).copy()
        efam[efam == ""] = None
        pfam = G["fam"].to_numpy(dtype=object).copy()
        pfam[pfam == ""] = None
        relevance = field_relevance(efam, pfam, umum=ctx.relevance.umum, lain=ctx.relevance.lain)
        c_jur = jurusan_component(status, prog, ctx.settings.bobot.serumpun_faktor, relevance)
        g = C["gol"].to_numpy(dtype=float)
        greq = G["greq"].to_numpy(dtype=float)
        c_gol = golongan_component(np.where(g == -9999, np.nan, g), np.where(greq == -9999, np.nan, greq))
        base = (
            r1(pts["skor_pendidikan"] * level_ok.astype(float))
            + r1(pts["skor_jurusan"] * c_jur)
            + r1(pts["skor_golongan"] * c_gol)
            + r1(pts["skor_kinerja"] * C["kin"].to_numpy(dtype=float))
        )
        course = G["course"].to_numpy(dtype=bool)
        dik = float(r1(np.array(pts["skor_diklat"]))[()])
        has_pref = C["pref"].to_numpy(dtype=bool)
        lo = np.round(base + np.where(course, 0.0, dik) + np.where(has_pref, 0.0, pref_none), 1)
        hi = np.round(base + dik + exp_max + np.where(has_pref, pref_max, pref_none), 1)
        structural = edu_ok & lat_ok & same_ins
        rule = G["rule"].to_numpy(dtype=np.int64)
        sure = structural & (lo >= smin - 1e-9)
        all_ok = sure & (rule < 0)
        by_rule = sure & (rule >= 0)
        mixed = structural & (lo < smin - 1e-9) & (hi >= smin - 1e-9)
        blk_c.append(cc[all_ok])
        blk_g.append(gg[all_ok])
        blk_u.append(hi[all_ok])
        xp_c.append(cc[by_rule])
        xp_g.append(gg[by_rule])
        xp_u.append(hi[by_rule])
        mixed_c.append(cc[mixed])
        mixed_g.append(gg[mixed])
        w = sizes[cc]
        np.add.at(fails["edu"], gg, w * ~edu_ok)
        np.add.at(fails["lateral"], gg, w * (edu_ok & ~lat_ok))
        np.add.at(fails["skor"], gg, w * (edu_ok & lat_ok & (hi < smin - 1e-9)))
        np.add.at(fails["pengalaman"], gg, w * (mixed & (rule >= 0)))
    cat = lambda parts, dt: np.concatenate(parts).astype(dt) if parts else np.zeros(0, dt)  # noqa: E731
    blk_class, blk_group, blk_ub = cat(blk_c, np.int64), cat(blk_g, np.int64), cat(blk_u, float)
    mc, mg = cat(mixed_c, np.int64), cat(mixed_g, np.int64)
    xc, xg, xu = cat(xp_c, np.int64), cat(xp_g, np.int64), cat(xp_u, float)
    xr = gkeys["rule"].to_numpy(dtype=np.int64)[xg] if len(xg) else np.zeros(0, np.int64)

    # --- members per class and positions per group
    emp_order = np.argsort(emp_class, kind="stable")
    emp_order = emp_order[emp_class[emp_order] >= 0]
    c_starts = np.searchsorted(emp_class[emp_order], np.arange(n_class + 1))
    pos_order = np.argsort(pos_group, kind="stable")
    pos_order = pos_order[pos_group[pos_order] >= 0]
    g_starts = np.searchsorted(pos_group[pos_order], np.arange(n_group + 1))

    def score(emp: np.ndarray, pos: np.ndarray) -> np.ndarray:
        if not len(emp):
            return np.zeros(0)
        return score_index_pairs(ctx, er_i[emp], pr_i[pos], with_text=False)["skor"].to_numpy(dtype=float)

    def detail(emp: np.ndarray, pos: np.ndarray) -> pd.DataFrame:
        return score_index_pairs(ctx, er_i[emp], pr_i[pos], with_text=True)

    # --- resolve MIXED blocks by scoring their pairs exactly (batched)
    d_e: list[np.ndarray] = []
    d_p: list[np.ndarray] = []
    d_s: list[np.ndarray] = []
    scored = 0
    buf_e: list[np.ndarray] = []
    buf_p: list[np.ndarray] = []
    size = 0

    def flush() -> None:
        nonlocal size, scored
        if not buf_e:
            return
        e_arr, p_arr = np.concatenate(buf_e), np.concatenate(buf_p)
        buf_e.clear()
        buf_p.clear()
        size = 0
        scored += len(e_arr)
        frame = score_index_pairs(ctx, er_i[e_arr], pr_i[p_arr], with_text=False)
        sk = frame["skor"].to_numpy(dtype=float)
        ok = frame["layak"].to_numpy(dtype=bool) & (sk >= smin) & (p_arr != mover_pos[e_arr])
        d_e.append(e_arr[ok])
        d_p.append(p_arr[ok])
        d_s.append(sk[ok])

    for c, g in zip(mc.tolist(), mg.tolist(), strict=True):
        members = emp_order[c_starts[c] : c_starts[c + 1]]
        posts = pos_order[g_starts[g] : g_starts[g + 1]]
        if not len(members) or not len(posts):
            continue
        buf_e.append(np.repeat(members, len(posts)))
        buf_p.append(np.tile(posts, len(members)))
        size += len(members) * len(posts)
        if size >= 400_000:
            flush()
    flush()
    de, dp, ds = cat(d_e, np.int64), cat(d_p, np.int64), cat(d_s, float)
    if len(xc):
        emp_class, n_class, blk_class, blk_group, blk_ub = _split_by_rules(
            ctx,
            er_i,
            emp_class,
            n_class,
            (emp_order, c_starts),
            (blk_class, blk_group, blk_ub),
            (xc, xg, xr, xu),
            rule_rep,
            fails["pengalaman"],
        )
    order = np.lexsort((dp, de))
    return Eligibility(
        n_movers=m,
        n_pos=n_pos,
        emp_class=emp_class,
        n_class=n_class,
        pos_group=pos_group,
        n_group=n_group,
        blk_class=blk_class,
        blk_group=blk_group,
        blk_ub=blk_ub,
        dir_emp=de[order],
        dir_pos=dp[order],
        dir_skor=ds[order],
        score=score,
        detail=detail,
        group_fail=fails,
        pairs_scored=scored,
    )


def _experience_rules(ctx: object, pr_i: np.ndarray, has_p: np.ndarray, check: bool) -> tuple[np.ndarray, list[int]]:
    """Return (rule id per position, −1 = none; a representative context row per rule id).

    Whether a person meets a post's ``syarat_pengalaman`` depends on the person's stints
    and on the requirement text only — except clauses of kind ``terkait``, which count
    years in posts related to the *target*, through the target's :class:`PositionClass`
    (computed by :meth:`ExperienceIndex._target_class` from its name and unit, exactly as
    ``score_pairs`` does). So the rule id is the text, plus the target class when a clause
    is ``terkait``: every post with one rule id has the same outcome for every person, and
    one representative post decides it. An unreadable or empty requirement never blocks
    (``memenuhi_syarat`` is None), so it gets no rule id.
    """
    from asn_mutasi.matching.scoring import ScoringContext

    assert isinstance(ctx, ScoringContext)
    rule = np.full(len(pr_i), -1, np.int64)
    reps: list[int] = []
    if not check or not len(pr_i):
        return rule, reps
    texts = ctx.syarat_pengalaman[pr_i]
    ids: dict[tuple[str, object], int] = {}
    classes: dict[tuple[str, str], object] = {}
    for j in np.flatnonzero(has_p).tolist():
        text = texts[j]
        if not isinstance(text, str) or not text:
            continue
        req = ctx.experience.requirement(text)
        if req is None or not req.terbaca:
            continue
        r = int(pr_i[j])
        target: object = None
        if any(cl.jenis == "terkait" for group in req.groups for cl in group):
            name, unit = ctx.pos_name_norm[r], ctx.pos_unit[r]
            nu = (name if isinstance(name, str) else "", unit if isinstance(unit, str) else "")
            if nu not in classes:
                classes[nu] = ctx.experience._target_class(*nu)
            target = classes[nu]
        key = (text, target)
        if key not in ids:
            ids[key] = len(reps)
            reps.append(r)
        rule[j] = ids[key]
    return rule, reps


def _meets_rule(ctx: object, emp_rows: np.ndarray, rep: int, chunk: int = 50_000) -> np.ndarray:
    """Return, per employee row, whether the experience requirement of context row ``rep`` is met."""
    from asn_mutasi.matching.scoring import ScoringContext

    assert isinstance(ctx, ScoringContext)
    out = np.zeros(len(emp_rows), dtype=bool)
    for i in range(0, len(emp_rows), chunk):
        rows = emp_rows[i : i + chunk]
        n = len(rows)

        def same(value: object, n: int = n) -> list[str | None]:
            return [value if isinstance(value, str) else None] * n

        res = ctx.experience.score_pairs(
            rows,
            [str(name) if isinstance(name := ctx.pos_name_norm[rep], str) else ""] * n,
            same(ctx.pos_jenis[rep]),
            same(ctx.syarat_pengalaman[rep]),
            units=same(ctx.pos_unit[rep]),
            target_ids=np.zeros(n, np.int64),
            with_text=False,
        )
        out[i : i + n] = res["memenuhi_syarat"].to_numpy(dtype=object) != False  # noqa: E712 - None: no rule
    return out


def _split_by_rules(
    ctx: object,
    er_i: np.ndarray,
    emp_class: np.ndarray,
    n_class: int,
    members: tuple[np.ndarray, np.ndarray],
    blocks: tuple[np.ndarray, np.ndarray, np.ndarray],
    rule_blocks: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    rule_rep: list[int],
    fail_exp: np.ndarray,
) -> tuple[np.ndarray, int, np.ndarray, np.ndarray, np.ndarray]:
    """Split classes by the experience rules they meet; return (class per mover, n, ALL blocks).

    ``rule_blocks`` are (class, group, rule, ub) blocks whose every pair is eligible
    except for the group's experience rule ``rule``. A rule's outcome is a function of
    (person, rule id) (see :func:`_experience_rules`), so each such class is split by the
    vector of outcomes of the rules it meets blocks with; a sub-class then meets a rule
    with all its members or none: the block is ALL for the sub-classes that meet it and
    NONE for the others (their members are counted in ``fail_exp``). Existing ALL blocks
    hold for every sub-class of their class. Nothing else changes, so the union of ALL
    blocks and direct arcs is still exactly the eligible set.
    """
    emp_order, c_starts = members
    blk_class, blk_group, blk_ub = blocks
    xc, xg, xr, xu = rule_blocks
    m = len(emp_class)
    passes = np.zeros((m, max(len(rule_rep), 1)), dtype=bool)
    for r in np.unique(xr).tolist():
        cls_r = np.unique(xc[xr == r])
        mem = np.concatenate([emp_order[c_starts[c] : c_starts[c + 1]] for c in cls_r.tolist()])
        if len(mem):
            passes[mem, r] = _meets_rule(ctx, er_i[mem], rule_rep[r])
    in_c = np.flatnonzero(emp_class >= 0)
    keymat = np.column_stack([emp_class[in_c], np.packbits(passes[in_c], axis=1).astype(np.int64)])
    uniq, inv = np.unique(keymat, axis=0, return_inverse=True)
    inv = np.asarray(inv).ravel()
    new_class = np.full(m, -1, np.int64)
    new_class[in_c] = inv
    n_new = len(uniq)
    rep = np.zeros(n_new, np.int64)
    rep[inv] = in_c
    r_starts = np.searchsorted(uniq[:, 0], np.arange(n_class + 1))

    def expand(bc: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        counts = r_starts[bc + 1] - r_starts[bc]
        idx = np.repeat(np.arange(len(bc)), counts)
        offs = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
        return idx, np.repeat(r_starts[bc], counts) + offs

    i1, c1 = expand(blk_class)
    i2, c2 = expand(xc)
    ok2 = passes[rep[c2], xr[i2]]
    sizes = np.bincount(inv, minlength=n_new)
    np.add.at(fail_exp, xg[i2[~ok2]], sizes[c2[~ok2]])
    return (
        new_class,
        n_new,
        np.concatenate([c1, c2[ok2]]).astype(np.int64),
        np.concatenate([blk_group[i1], xg[i2[ok2]]]).astype(np.int64),
        np.concatenate([blk_ub[i1], xu[i2[ok2]]]).astype(float),
    )
