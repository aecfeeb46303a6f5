"""Eligibility of every (mover, position) pair in aggregated, exact form.

A plan is exact only if nothing before the solver removes the optimum, so the planner
never works from a shortlist. Instead eligibility ("may move there": ``layak`` and
``skor ≥ skor_minimum``) is described for ALL pairs at once:

* **class blocks** — movers with an identical *class key* (education id, golongan rank,
  kinerja, current level (jenis and JF jenjang) and kelas jabatan, instansi) and positions with an
  identical *group key* (education requirement, field family, golongan requirement, level (jenis, JF jenjang),
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

Unit limits need no split here: the planner's MILP adds per-unit class nodes on the
mover side only (see :func:`asn_mutasi.planning.exact.stage1_limits`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.distinct import first_rows
from asn_mutasi.domain.nip import nip_keys
from asn_mutasi.formatting import format_number
from asn_mutasi.matching.eligibility import RULES, lateral_moves
from asn_mutasi.planning.ragged import expand, members, unique_rows

if TYPE_CHECKING:
    from asn_mutasi.matching.scoring import ScoringContext

#: (mover indices, position indices) -> exact skor of those pairs
ScoreFn = Callable[[np.ndarray, np.ndarray], np.ndarray]
PairFilter = Callable[[np.ndarray, np.ndarray], np.ndarray]  #: which (mover, position) pairs to keep
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
    #: per position, its own movable holders among ``group_fail`` of its group (no candidates for their own seat)
    own_fail: dict[str, np.ndarray] = field(default_factory=dict)
    pairs_scored: int = 0  #: pairs scored exactly to resolve MIXED blocks
    #: table source: why nobody is eligible for a position (by position index), from the table's own rows
    why_none: Callable[[int], str] | None = None
    #: sub-group per position (−1 none): positions of one group whose person-level score parts
    #: (experience, diklat) are the same function of the person, so one pair scores them all
    pos_sub: np.ndarray | None = None
    n_sub: int = 0
    #: skor of pairs whose position is outside every unit the person prefers (= ``score`` for others)
    score_default: ScoreFn | None = None
    #: (mover, position) pairs whose position lies in a unit the mover prefers (their skor may exceed the default)
    preference_pairs: Callable[[PairFilter | None], tuple[np.ndarray, np.ndarray]] | None = None
    #: stops background work of the scoring context (called when the plan is done or fails)
    release: Callable[[], None] | None = None
    #: per mover, why the employee rules keep it in place ("" where they do not; the context source only)
    ruled_out: np.ndarray | None = None

    def subgroups(self) -> np.ndarray:
        """Sub-group id per position (−1 = none)."""
        return self.pos_sub if self.pos_sub is not None else np.full(self.n_pos, -1, np.int64)

    def has_arc(self) -> np.ndarray:
        """Return, per mover, whether any eligible move exists."""
        out = np.zeros(self.n_movers, dtype=bool)
        if len(self.dir_emp):
            out[self.dir_emp] = True
        if len(self.blk_class):
            out |= (self.emp_class >= 0) & np.isin(self.emp_class, self.blk_class)
        return out

    def group_members(self) -> tuple[np.ndarray, np.ndarray]:
        """Return (positions sorted by group, start offsets per group)."""
        order = np.argsort(self.pos_group, kind="stable")
        order = order[self.pos_group[order] >= 0]
        starts = np.searchsorted(self.pos_group[order], np.arange(self.n_group + 1))
        return order, starts


def ruled_out_texts(ctx: ScoringContext, movers: list[str], allowed: np.ndarray) -> np.ndarray:
    """Per mover the rules do not let move (not ``allowed``), the blocking reasons ``nilai`` gives for them
    (:func:`~asn_mutasi.matching.eligibility.employee_eligibility`: "Baru 1 tahun 5 bulan di jabatan sekarang …"),
    "" for the others. The informational parts (rotation due, an unknown TMT) are left out.

    A mover the 2-year rule held read "Tidak ada jabatan tujuan yang layak dengan skor di atas minimum" in the
    Pegawai sheet, as if no post fitted (plan oracle, h30)."""
    out = np.full(len(movers), "", dtype=object)
    blocked = np.flatnonzero(~allowed)
    if not len(blocked):
        return out
    first = pd.Series(np.arange(len(ctx.nip)), index=pd.Index(ctx.nip, dtype=object))
    first = first[~first.index.duplicated()]
    row = first.reindex(pd.Index([movers[i] for i in blocked], dtype=object)).to_numpy(dtype=float)
    found = ~np.isnan(row)
    codes = ctx.eligibility["kode_alasan"].to_numpy(dtype=object)
    texts = ctx.eligibility["alasan"].to_numpy(dtype=object)
    said: dict[tuple[str, str], str] = {}
    for i, r in zip(blocked[found].tolist(), row[found].astype(np.int64).tolist(), strict=True):
        key = (str(codes[r] or ""), str(texts[r] or ""))
        if key not in said:
            parts = list(zip(key[0].split(";"), key[1].split("; "), strict=False))
            if len(parts) != len(key[0].split(";")) or len(key[1].split("; ")) != len(parts):
                said[key] = key[1]  # texts that do not split as their codes: all of it
            else:
                keep = [t for c, t in parts if c in RULES and RULES[c].memblokir and not t.endswith("tidak memblokir)")]
                said[key] = "; ".join(keep) or key[1]
        out[i] = said[key]
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
    cand = _one_row_per_pair(
        candidates.assign(
            nip=nip_keys(candidates["nip"]),
            kode_jabatan=candidates["kode_jabatan"].astype(str).str.strip(),
            layak=truthy(candidates["layak"]),
        )
    )
    mover_index = pd.Series(np.arange(m), index=pd.Index(movers, dtype=object))
    pos_index = pd.Series(np.arange(n_pos), index=pd.Index(pos_codes, dtype=object))
    e = cand["nip"].map(mover_index)
    p = cand["kode_jabatan"].map(pos_index)
    skor = pd.to_numeric(cand["skor"], errors="coerce")
    ok = e.notna() & p.notna() & cand["layak"] & skor.notna() & (skor >= settings.rencana.skor_minimum)
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


#: the texts of a ``layak`` cell that say yes (anything else, "tidak", "False", "0", says no)
_YES = frozenset({"true", "ya", "y", "iya", "yes", "1", "layak", "benar"})


def truthy(values: pd.Series) -> pd.Series:
    """A candidate table's yes/no column as booleans, once per distinct cell: True, a number other than 0, or a
    text of :data:`_YES`. (``astype(bool)`` made every non-empty text, "False" and "tidak" included, a yes.)"""

    def one(v: object) -> bool:
        if isinstance(v, (bool, np.bool_)):
            return bool(v)
        if isinstance(v, (int, float, np.integer, np.floating)):
            return not pd.isna(v) and v != 0
        return isinstance(v, str) and v.strip().casefold() in _YES

    if not len(values):
        return pd.Series(False, index=values.index, dtype=bool)
    codes, uniques = pd.factorize(values.to_numpy(dtype=object), use_na_sentinel=False)
    per = np.fromiter((one(v) for v in uniques.tolist()), dtype=bool, count=len(uniques))
    return pd.Series(per[codes], index=values.index, dtype=bool)


def _one_row_per_pair(cand: pd.DataFrame) -> pd.DataFrame:
    """One row per (nip, kode_jabatan), whatever the table's order: a pair written twice is eligible only if every
    row says so, at its lowest skor (the first row won before: the same table reversed gave another plan)."""
    twice = cand.duplicated(["nip", "kode_jabatan"], keep=False)
    if not twice.any():
        return cand
    skor = pd.to_numeric(cand["skor"], errors="coerce")
    merged = (
        cand.assign(skor=skor)
        .loc[twice]
        .groupby(["nip", "kode_jabatan"], sort=False)
        .agg(layak=("layak", "all"), skor=("skor", "min"))
    )
    first = cand.loc[twice].drop_duplicates(["nip", "kode_jabatan"], keep="first").set_index(["nip", "kode_jabatan"])
    first[["layak", "skor"]] = merged[["layak", "skor"]]
    return pd.concat([cand.loc[~twice], first.reset_index()[cand.columns]], ignore_index=True)


def _table_reasons(cand: pd.DataFrame, pos_codes: list[str], skor_minimum: float) -> Callable[[int], str]:
    """Explain, from a candidate table, why a position has no eligible candidate (grouped once)."""
    edu = (
        cand["memenuhi_pendidikan"].fillna(False).astype(bool)
        if "memenuhi_pendidikan" in cand.columns
        else pd.Series(True, index=cand.index)
    )
    layak = truthy(cand["layak"])
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
        return format_number(float(x), None)

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
    """Return (id per row, one row per distinct key) for a frame of key columns: ids in order of first appearance,
    the distinct rows as ``drop_duplicates`` keeps them. Each column is factorised and the codes combined (as
    ``duplicated`` does), with no merge back onto the rows (0.06 s of the 100k plan; speed16, h35)."""
    filled = frame.fillna(-9999)
    ids = np.zeros(len(filled), np.int64)
    for col in filled.columns:
        codes, uniques = pd.factorize(filled[col], use_na_sentinel=False)
        ids = pd.factorize(ids * (len(uniques) + 1) + codes.astype(np.int64))[0].astype(np.int64)
    return ids, filled.iloc[first_rows(ids)].reset_index(drop=True)


@dataclass
class _Rows:
    """Context row of every mover / position (planning order), and which ones have a row."""

    er_i: np.ndarray
    pr_i: np.ndarray
    has_e: np.ndarray
    has_p: np.ndarray


def _context_rows(ctx: ScoringContext, movers: list[str], pos_codes: list[str]) -> _Rows:
    def rows_of(keys: np.ndarray, wanted: list[str]) -> np.ndarray:
        row_of = pd.Series(np.arange(len(keys)), index=pd.Index(keys, dtype=object))
        row_of = row_of[~row_of.index.duplicated()]
        return row_of.reindex(pd.Index(wanted, dtype=object)).to_numpy(dtype=float)

    er, pr = rows_of(ctx.nip, movers), rows_of(ctx.kode, pos_codes)
    return _Rows(
        er_i=np.nan_to_num(er, nan=0).astype(np.int64),
        pr_i=np.nan_to_num(pr, nan=0).astype(np.int64),
        has_e=~np.isnan(er),
        has_p=~np.isnan(pr),
    )


@dataclass
class _Keys:
    """Class key per mover and group key per position (see the module docstring)."""

    cls: pd.DataFrame
    grp: pd.DataFrame
    profiles: pd.DataFrame  #: per position: the target facts the experience score reads
    rule_rep: list[int]  #: representative context row per experience-rule id


def _keys(ctx: ScoringContext, rows: _Rows, settings: Settings) -> _Keys:
    rules = settings.aturan
    er_i, pr_i = rows.er_i, rows.pr_i
    inst_e, inst_p = ctx.emp_instansi, ctx.pos_instansi  # the stripped text, "" where none (as instansi_column)
    scoped = bool((inst_e != "").any()) and bool((inst_p != "").any())
    texts: tuple[Any, ...] = (ctx.pos_name_norm[pr_i], ctx.pos_jenis[pr_i], ctx.pos_unit[pr_i])
    profiles = ctx.experience.target_profiles(*texts, target_ids=pr_i, prepared=ctx.targets())
    pj_e, pj_p = _pppk_codes(ctx, er_i, pr_i, bool(rules.pppk_tetap_jabatan))  # (key columns, as "jf" is)
    jf_rule = bool(rules.blokir_keluar_profesi)
    jf_ids = ctx.experience._jf_ids
    target_jf = np.asarray([jf_ids.get(j, -1) if j else -1 for j in profiles["jf"].tolist()], dtype=np.int64)
    emp_kelas = ctx._emp_kelas if ctx._emp_kelas is not None else np.full(len(ctx.nip), np.nan)
    ck = pd.DataFrame(
        {
            "edu": ctx.emp_edu[er_i],
            "fam": pd.Series(ctx.relevance.emp[er_i], dtype=object).fillna("").to_numpy(dtype=object),
            "gol": ctx.gol_rank[er_i],
            "gk": ctx.gol_key[er_i],  # the level rule's golongan (a bare "III" apart from a III/a)
            "kin": ctx.kinerja[er_i],
            "lv": ctx._emp_level[er_i] if len(ctx._emp_level) else 0,
            "kl": emp_kelas[er_i],
            "ins": inst_e[er_i] if scoped else "",
            "pref": ctx.pref_id[er_i] >= 0,
            "jf": ctx.experience.current_jf_id[er_i] if jf_rule else -1,
            **pj_e,
        }
    )
    rule_of_pos, rule_rep = _experience_rules(ctx, pr_i, rows.has_p, rules.cek_syarat_pengalaman)
    gk = pd.DataFrame(
        {
            "req": ctx.pos_req[pr_i],
            "fam": pd.Series(ctx.relevance.pos[pr_i], dtype=object).fillna("").to_numpy(dtype=object),
            "greq": ctx.req_gol_rank[pr_i],
            "lv": ctx._pos_level[pr_i] if len(ctx._pos_level) else 0,
            "kl": ctx._pos_kelas[pr_i] if len(ctx._pos_kelas) else np.nan,
            "course": ctx.course_id[pr_i] >= 0,
            "rule": rule_of_pos,
            "prog": ctx.req_has_text[pr_i],
            "ins": inst_p[pr_i] if scoped else "",
            "jf": target_jf if jf_rule else -1,
            **pj_p,
        }
    )
    return _Keys(ck, gk, profiles, rule_rep)


def _pppk_codes(
    ctx: ScoringContext, er_i: np.ndarray, pr_i: np.ndarray, rule: bool
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """:meth:`ScoringContext.pppk_ok` as key columns of the classes and the groups: per mover the code of the jabatan
    key a PPPK holds (``pj``; −1: no PPPK, or the rule off), of its JF part (``pjf``) and whether it writes no jenjang
    (``pjb``); per post the same codes among the PPPK movers' keys (−1 where no PPPK's: the groups split only where a
    PPPK could go). A class meets a group of its own key, or of its JF where the post writes no jenjang
    (:func:`~asn_mutasi.matching.scoring.same_jabatan`; the keys' parts as the context worked them out once)."""
    own = ctx.pppk_jabatan[er_i]
    held = ~pd.isna(own) if len(own) else np.zeros(0, dtype=bool)
    none_e, none_p = np.full(len(er_i), -1, dtype=np.int64), np.full(len(pr_i), -1, dtype=np.int64)
    if not rule or not held.any():
        no = np.zeros(len(er_i), dtype=bool), np.zeros(len(pr_i), dtype=bool)
        return {"pj": none_e, "pjf": none_e, "pjb": no[0]}, {"pj": none_p, "pjf": none_p, "pjb": no[1]}
    post = ctx.pos_jabatan_key[pr_i].astype(object)
    codes, names = pd.factorize(own[held])
    pj_e = none_e.copy()
    pj_e[held] = codes
    jf_own, bare_own = (part[er_i][held] for part in ctx.pppk_jabatan_parts)
    jf_codes, jf_names = pd.factorize(pd.Series(jf_own, dtype=object).replace("", None))
    pjf_e = none_e.copy()
    pjf_e[held] = jf_codes
    pjb_e = np.zeros(len(er_i), dtype=bool)
    pjb_e[held] = bare_own
    cls = {"pj": pj_e, "pjf": pjf_e, "pjb": pjb_e}
    jf_post, bare_post = (part[pr_i] for part in ctx.pos_jabatan_parts)
    pj_p = pd.Index(names).get_indexer(pd.Index(post)).astype(np.int64)
    pjf_p = pd.Index(jf_names).get_indexer(pd.Index(jf_post)).astype(np.int64)
    grp = {"pj": pj_p, "pjf": pjf_p, "pjb": bare_post & (pjf_p >= 0)}
    return cls, grp


@dataclass
class _Blocks:
    """Blocks of (class, group) by outcome, and per group the people failing each rule."""

    all_c: np.ndarray
    all_g: np.ndarray
    all_ub: np.ndarray
    xp_c: np.ndarray  #: eligible except for the group's experience rule
    xp_g: np.ndarray
    xp_ub: np.ndarray
    mixed_c: np.ndarray
    mixed_g: np.ndarray
    fails: dict[str, np.ndarray]
    own_fails: dict[str, np.ndarray] = field(default_factory=dict)  #: per position (:func:`_own_fails`)


def _r1(x: np.ndarray | float) -> np.ndarray:
    return np.round(np.asarray(x, dtype=float), 1)


class _BlockTerms:
    """The score terms of (class, group) blocks, prepared once per side and gathered per chunk of pairs.

    Education fits and field relevance are looked up in small tables over the classes' distinct
    education ids × the groups' distinct requirements (every class meets every group, so these
    are exactly the combinations the pairs hold); everything else is a per-side array.
    """

    def __init__(self, ctx: ScoringContext, C: pd.DataFrame, G: pd.DataFrame, settings: Settings) -> None:
        from asn_mutasi.matching.families import field_relevance
        from asn_mutasi.matching.scoring import PREFERENSI_TANPA, jurusan_component

        rules, w = settings.aturan, ctx.settings.bobot
        self.rules = rules
        pts = {k: float(v) for k, v in ctx.points.items()}
        ue, self.c_edu = np.unique(C["edu"].to_numpy(dtype=np.int64), return_inverse=True)
        ur, self.g_req = np.unique(G["req"].to_numpy(dtype=np.int64), return_inverse=True)
        status, memenuhi, _, level_ok = ctx.education(np.repeat(ue, len(ur)), np.tile(ur, len(ue)))
        shape = (len(ue), len(ur))
        self.edu_ok = (memenuhi | (not rules.cek_pendidikan)).reshape(shape)
        self.t_edu = _r1(pts["skor_pendidikan"] * level_ok.astype(float)).reshape(shape)
        self.t_prog = _r1(pts["skor_jurusan"] * jurusan_component(status, True, w.serumpun_faktor)).reshape(shape)
        # a post without a programme requirement: the field relevance of the class's education to the post
        efam, self.c_fam = _none_codes(C["fam"].to_numpy(dtype=object))
        pfam, self.g_fam = _none_codes(G["fam"].to_numpy(dtype=object))
        rel = field_relevance(
            np.repeat(efam, len(pfam)), np.tile(pfam, len(efam)), umum=ctx.relevance.umum, lain=ctx.relevance.lain
        )
        self.t_rel = _r1(pts["skor_jurusan"] * rel).reshape(len(efam), len(pfam))
        self.g_prog = G["prog"].to_numpy(dtype=bool)
        # level codes (domain.jenis.level_code), read with the golongan through the one rule's table
        self.ja, self.jb = C["lv"].to_numpy(dtype=np.int64), G["lv"].to_numpy(dtype=np.int64)
        self.ka, self.kb = (np.where(x == -9999, np.nan, x) for x in (C["kl"].to_numpy(float), G["kl"].to_numpy(float)))
        self.cjf, self.gjf = C["jf"].to_numpy(dtype=np.int64), G["jf"].to_numpy(dtype=np.int64)
        self.cpj, self.gpj = C["pj"].to_numpy(dtype=np.int64), G["pj"].to_numpy(dtype=np.int64)
        self.cpjf, self.gpjf = C["pjf"].to_numpy(dtype=np.int64), G["pjf"].to_numpy(dtype=np.int64)
        self.gpjb = G["pjb"].to_numpy(dtype=bool)  # a post without jenjang takes its JF's PPPK of any known jenjang
        ins, _ = pd.factorize(np.concatenate([C["ins"].to_numpy(dtype=object), G["ins"].to_numpy(dtype=object)]))
        self.c_ins, self.g_ins = ins[: len(C)], ins[len(C) :]
        g, greq = C["gol"].to_numpy(dtype=float), G["greq"].to_numpy(dtype=float)
        self.c_gol, self.g_greq = np.where(g == -9999, np.nan, g), np.where(greq == -9999, np.nan, greq)
        gk = C["gk"].to_numpy(dtype=float)
        self.c_gk = np.where(gk == -9999, np.nan, gk)
        self.pt_gol = pts["skor_golongan"]
        self.c_kin = _r1(pts["skor_kinerja"] * C["kin"].to_numpy(dtype=float))
        dik, exp_max = float(_r1(pts["skor_diklat"])), float(_r1(pts["skor_pengalaman"]))
        pref_none, pref_max = float(_r1(pts["skor_preferensi"] * PREFERENSI_TANPA)), float(_r1(pts["skor_preferensi"]))
        has_pref = C["pref"].to_numpy(dtype=bool)
        self.c_lo_pref = np.where(has_pref, 0.0, pref_none)
        self.g_lo_dik = np.where(G["course"].to_numpy(dtype=bool), 0.0, dik)
        self.dik, self.exp_max = dik, exp_max
        self.c_hi_pref = np.where(has_pref, pref_max, pref_none)

    def bounds(
        self, cc: np.ndarray, gg: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """For (class, group) pairs: (edu_ok, lateral_ok, same scope and profession, score lower bound, upper bound,
        a PPPK's jabatan kept)."""
        from asn_mutasi.matching.scoring import golongan_component

        rules = self.rules
        e, q = self.c_edu[cc], self.g_req[gg]
        edu_ok = self.edu_ok[e, q]
        lat_ok = lateral_moves(self.ja[cc], self.c_gk[cc], self.jb[gg], self.ka[cc], self.kb[gg], rules) | (
            not rules.cek_kesetaraan
        )
        cjf = self.cjf[cc]
        cpj = self.cpj[cc]
        same = (self.c_ins[cc] == self.g_ins[gg]) & ~((cjf >= 0) & (cjf != self.gjf[gg]))
        cpjf = self.cpjf[cc]  # a PPPK keeps the jabatan (ScoringContext.pppk_ok, same_jabatan)
        pppk = (cpj < 0) | (cpj == self.gpj[gg]) | ((cpjf >= 0) & (cpjf == self.gpjf[gg]) & self.gpjb[gg])
        c_jur = np.where(self.g_prog[gg], self.t_prog[e, q], self.t_rel[self.c_fam[cc], self.g_fam[gg]])
        c_gol = golongan_component(self.c_gol[cc], self.g_greq[gg])
        base = self.t_edu[e, q] + c_jur + _r1(self.pt_gol * c_gol) + self.c_kin[cc]
        lo = np.round(base + self.g_lo_dik[gg] + self.c_lo_pref[cc], 1)
        hi = np.round(base + self.dik + self.exp_max + self.c_hi_pref[cc], 1)  # the sums in this order
        return edu_ok, lat_ok, same, lo, hi, pppk


def _none_codes(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(distinct values with "" read as None, code per value) of an object column."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    distinct = np.asarray([None if u == "" else u for u in uniques.tolist()], dtype=object)
    return distinct, codes.astype(np.int64)


def _failed(grid: tuple[np.ndarray, ...], rule: np.ndarray, smin: float) -> dict[str, np.ndarray]:
    """Per (class, group) pair of :meth:`_BlockTerms.bounds` ``grid``: which rule keeps it out, as
    :attr:`Eligibility.group_fail` counts it (``rule``: the group's experience-rule id)."""
    edu_ok, lat_ok, same, lo, hi, pppk = grid
    mixed = edu_ok & lat_ok & same & pppk & (lo < smin) & (hi >= smin)
    return {
        "edu": ~edu_ok,
        "lateral": edu_ok & ~lat_ok,
        "pppk": edu_ok & lat_ok & same & ~pppk,
        "skor": edu_ok & lat_ok & (pppk | ~same) & (hi < smin),  # (a PPPK counted once, above)
        "pengalaman": mixed & (rule >= 0),
    }


def _own_fails(
    terms: _BlockTerms, own: tuple[np.ndarray, np.ndarray, np.ndarray], rule_g: np.ndarray, smin: float, n_pos: int
) -> dict[str, np.ndarray]:
    """Per position, its own movable holders among the group's failures: ``own`` (class, group of the post held, post)
    of each classed mover holding a grouped post. A class is counted for every post of its group, so a Pranata
    Komputer's two D-III holders were "2 di bawah syarat pendidikan" for their own seat (review8, h28)."""
    cls, grp, post = own
    failed = _failed(terms.bounds(cls, grp), rule_g[grp], smin)
    return {
        k: np.bincount(post, weights=np.broadcast_to(m, post.shape).astype(float), minlength=n_pos)
        for k, m in failed.items()
    }


def _classify_blocks(
    ctx: ScoringContext,
    ckeys: pd.DataFrame,
    gkeys: pd.DataFrame,
    sizes: np.ndarray,
    settings: Settings,
    chunk: int,
    own: tuple[np.ndarray, np.ndarray, np.ndarray, int] | None = None,
) -> _Blocks:
    """Sort every (class, group) block into ALL, experience-rule, MIXED or NONE (in chunks of pairs); with ``own``
    (:func:`_own_fails` and the number of positions), the own holders' failures too."""
    smin = settings.rencana.skor_minimum - 1e-9
    n_class, n_group = len(ckeys), len(gkeys)
    out: dict[str, list[np.ndarray]] = {k: [] for k in ("all_c", "all_g", "all_ub", "xp_c", "xp_g", "xp_ub")}
    out |= {"mixed_c": [], "mixed_g": []}
    fails = {k: np.zeros(n_group) for k in ("edu", "lateral", "pppk", "skor", "pengalaman")}
    step = max(1, chunk // max(n_group, 1))
    terms = _BlockTerms(ctx, ckeys, gkeys, settings)
    rule_g = gkeys["rule"].to_numpy(dtype=np.int64)
    for c0 in range(0, n_class, step):
        c1 = min(n_class, c0 + step)
        # a chunk of classes × every group as a (class, group) grid: each side's terms are gathered once per
        # class or group and broadcast (row-major: the pairs in class-then-group order, as listed before)
        shape = (c1 - c0, n_group)
        grid = terms.bounds(np.arange(c0, c1)[:, None], np.arange(n_group)[None, :])
        edu_ok, lat_ok, same, lo, hi, pppk = (np.broadcast_to(x, shape) for x in grid)
        structural = edu_ok & lat_ok & same & pppk
        rule = rule_g[None, :]
        sure = structural & (lo >= smin)
        mixed = structural & (lo < smin) & (hi >= smin)
        for name, mask in (("all", sure & (rule < 0)), ("xp", sure & (rule >= 0)), ("mixed", mixed)):
            ci, gi = np.nonzero(mask)
            out[f"{name}_c"].append(ci + c0)
            out[f"{name}_g"].append(gi)
            if name != "mixed":
                out[f"{name}_ub"].append(hi[ci, gi])
        w = sizes[c0:c1, None]
        for key, failed in _failed((edu_ok, lat_ok, same, lo, hi, pppk), rule, smin).items():
            fails[key] += (w * failed).sum(axis=0)  # whole people per group: the sums are exact in any order

    def cat(key: str) -> np.ndarray:
        dt = float if key.endswith("ub") else np.int64
        return np.concatenate(out[key]).astype(dt) if out[key] else np.zeros(0, dt)

    own_fails = _own_fails(terms, own[:3], rule_g, smin, own[3]) if own is not None and len(own[0]) else {}
    return _Blocks(**{k: cat(k) for k in out}, fails=fails, own_fails=own_fails)


def _resolve_mixed(
    ctx: ScoringContext,
    rows: _Rows,
    mover_pos: np.ndarray,
    members: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    mixed: tuple[np.ndarray, np.ndarray],
    smin: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """Score the pairs of MIXED blocks exactly (batched); return the eligible ones as direct arcs and the count scored."""
    from asn_mutasi.matching.scoring import score_index_pairs

    emp_order, c_starts, pos_order, g_starts = members
    d_e: list[np.ndarray] = []
    d_p: list[np.ndarray] = []
    d_s: list[np.ndarray] = []
    scored = 0
    buf_e: list[np.ndarray] = []
    buf_p: list[np.ndarray] = []

    def flush() -> None:
        nonlocal scored
        if not buf_e:
            return
        e_arr, p_arr = np.concatenate(buf_e), np.concatenate(buf_p)
        buf_e.clear()
        buf_p.clear()
        scored += len(e_arr)
        frame = score_index_pairs(ctx, rows.er_i[e_arr], rows.pr_i[p_arr], with_text=False)
        sk = frame["skor"].to_numpy(dtype=float)
        ok = frame["layak"].to_numpy(dtype=bool) & (sk >= smin) & (p_arr != mover_pos[e_arr])
        d_e.append(e_arr[ok])
        d_p.append(p_arr[ok])
        d_s.append(sk[ok])

    size = 0
    for c, g in zip(mixed[0].tolist(), mixed[1].tolist(), strict=True):
        mem, posts = emp_order[c_starts[c] : c_starts[c + 1]], pos_order[g_starts[g] : g_starts[g + 1]]
        if len(mem) and len(posts):
            buf_e.append(np.repeat(mem, len(posts)))
            buf_p.append(np.tile(posts, len(mem)))
            size += len(mem) * len(posts)
            if size >= 400_000:
                flush()
                size = 0
    flush()

    def cat(parts: list[np.ndarray], dt: type) -> np.ndarray:
        return np.concatenate(parts).astype(dt) if parts else np.zeros(0, dt)

    return cat(d_e, np.int64), cat(d_p, np.int64), cat(d_s, float), scored


def _subgroups(profiles: pd.DataFrame, course: np.ndarray, pos_group: np.ndarray) -> tuple[np.ndarray, int]:
    """Split groups by the target facts the person-level score parts read (experience profile, diklat).

    Inside a sub-group every score component but the preference is the same function of
    the person for every position, so one scored pair stands for the whole sub-group.
    """
    has = pos_group >= 0
    sub = np.full(len(pos_group), -1, np.int64)
    if has.any():
        key = profiles.assign(g=pos_group, course=course)[has].reset_index(drop=True)
        ids, keys = _factor(key)
        sub[has] = ids
        return sub, len(keys)
    return sub, 0


#: (mover, position) pairs expanded at a time when listing preferred-unit pairs: 65,536 keeps each of the piece's
#: dozen int64 temporaries at 512 KB, reused from the heap and in cache; a million pairs a piece made each one 8 MB,
#: mapped afresh (page faults) every piece: 0.09–0.21 s thread CPU at 100,000 staff against 0.07 s (speed17, h35)
_PREFERENCE_PIECE = 1 << 16


def _preference_pairs(
    ctx: ScoringContext, rows: _Rows, emp_class: np.ndarray, pos_group: np.ndarray, keep: PairFilter | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(mover, position) pairs whose position lies in a unit the mover prefers (sorted, own position included).

    With ``keep`` only the pairs it accepts are returned; it is applied piece by piece
    (about 65,536 pairs at a time), so a preference that names many units never has
    all its pairs in memory at once (300k bench roster: tens of millions of pairs).
    """
    has_pref = (emp_class >= 0) & (ctx.pref_id[rows.er_i] >= 0)
    empty = np.zeros(0, np.int64), np.zeros(0, np.int64)
    if not has_pref.any():
        return empty
    mover_of_row = np.full(len(ctx.nip), -1, np.int64)
    mover_of_row[rows.er_i[has_pref][::-1]] = np.flatnonzero(has_pref)[::-1]  # first mover of a row wins
    pos_ok = np.flatnonzero(pos_group >= 0)
    unit_ids = ctx.pos_unit_id[rows.pr_i[pos_ok]]
    order = np.argsort(unit_ids, kind="stable")
    units, starts = np.unique(unit_ids[order], return_index=True)
    bounds = np.append(starts, len(order))
    width = max(len(pos_group), 1)
    found: list[np.ndarray] = []
    pending_u: list[np.ndarray] = []
    pending_e: list[np.ndarray] = []
    size = 0

    def flush() -> None:
        ku, e = np.concatenate(pending_u), np.concatenate(pending_e)
        idx, slot = expand(bounds, ku)
        e, p = e[idx], pos_ok[order[slot]]
        if keep is not None:
            ok = keep(e, p)
            e, p = e[ok], p[ok]
        found.append(e * width + p)
        pending_u.clear()
        pending_e.clear()

    for k, uid in enumerate(units.tolist()):
        emp = mover_of_row[ctx.employees_preferring(int(uid))]
        emp = emp[emp >= 0]
        if len(emp):
            pending_u.append(np.full(len(emp), k, np.int64))
            pending_e.append(emp)
            size += len(emp) * int(bounds[k + 1] - bounds[k])
            if size >= _PREFERENCE_PIECE:
                flush()
                size = 0
    if pending_e:
        flush()
    if not found:
        return empty
    # already distinct (a position lies in one unit, a row has one preference): sorting is enough
    keys = np.sort(np.concatenate(found))
    return keys // width, keys % width


def _scorers(ctx: ScoringContext, rows: _Rows) -> tuple[ScoreFn, ScoreFn, DetailFn]:
    """(exact skor, default skor off the preferred units, candidate rows) of (mover, position) index pairs.

    No pair cache is shared between these, :func:`_resolve_mixed` and ``Costing.default_skor``: their pair sets
    are nearly disjoint (MIXED-block pairs; person × sub-group representative; pairs inside ALL blocks; moved
    pairs, with text). At 100k, 201,409 pairs scored in 11 calls hold 195,503 distinct ones (with
    ``maks_pindah_per_unit`` 1: 84,380 / 73,819; ``min_pegawai_per_unit`` 45: 389,498 / 382,516), so a cache
    would save at most 0.01–0.05 s of 12.8 s CPU (speed12, h33).
    """
    from asn_mutasi.matching.scoring import score_index_pairs, score_totals

    er_i, pr_i = rows.er_i, rows.pr_i
    has_pref = ctx.pref_id >= 0

    def score(emp: np.ndarray, pos: np.ndarray) -> np.ndarray:
        if not len(emp):
            return np.zeros(0)
        return score_totals(ctx, er_i[emp], pr_i[pos])[0]

    def score_default(emp: np.ndarray, pos: np.ndarray) -> np.ndarray:
        if not len(emp):
            return np.zeros(0)
        sk, pref = score_totals(ctx, er_i[emp], pr_i[pos])
        return np.where(has_pref[er_i[emp]], np.round(sk - pref, 1), sk)

    def detail(emp: np.ndarray, pos: np.ndarray) -> pd.DataFrame:
        return score_index_pairs(ctx, er_i[emp], pr_i[pos], with_text=True)

    return score, score_default, detail


def _ids(keys: pd.DataFrame, mask: np.ndarray) -> tuple[np.ndarray, pd.DataFrame]:
    """(id per row, −1 outside ``mask``; one row per distinct key) of the masked rows."""
    ids = np.full(len(keys), -1, np.int64)
    if not mask.any():
        return ids, keys.iloc[:0]
    found, distinct = _factor(keys[mask].reset_index(drop=True))
    ids[mask] = found
    return ids, distinct


def context_eligibility(
    ctx: object,
    movers: list[str],
    mover_pos: np.ndarray,
    pos_codes: list[str],
    settings: Settings,
    *,
    allowed: np.ndarray,
    chunk: int = 500_000,
) -> Eligibility:
    """Eligibility of all pairs from a :class:`~asn_mutasi.matching.scoring.ScoringContext`.

    ``movers``/``pos_codes`` are the planning order; ``allowed`` marks movers the rules
    let move (``bisa_dipindah``, not kept, not retiring). See the module docstring for
    the block argument.
    """
    from asn_mutasi.matching.scoring import ScoringContext

    assert isinstance(ctx, ScoringContext)
    m, n_pos = len(movers), len(pos_codes)
    rows = _context_rows(ctx, movers, pos_codes)
    if len(ctx.nip) and len(ctx.kode):
        ctx.lateral(np.zeros(1, np.int64), np.zeros(1, np.int64))  # fills the kelas / level code caches
    keys = _keys(ctx, rows, settings)
    emp_class, ckeys = _ids(keys.cls, allowed & rows.has_e)
    pos_group, gkeys = _ids(keys.grp, rows.has_p)
    n_class, n_group = len(ckeys), len(gkeys)
    sizes = np.bincount(emp_class[emp_class >= 0], minlength=n_class).astype(float)
    held = np.where(mover_pos >= 0, pos_group[np.maximum(mover_pos, 0)], -1) if n_pos else np.full(m, -1)
    at = np.flatnonzero((emp_class >= 0) & (held >= 0))  # classed movers holding a grouped post
    own = (emp_class[at], held[at], mover_pos[at], n_pos)
    blocks = _classify_blocks(ctx, ckeys, gkeys, sizes, settings, chunk, own)
    emp_order, c_starts = members(emp_class, n_class)
    pos_order, g_starts = members(pos_group, n_group)
    smin = settings.rencana.skor_minimum
    de, dp, ds, scored = _resolve_mixed(
        ctx, rows, mover_pos, (emp_order, c_starts, pos_order, g_starts), (blocks.mixed_c, blocks.mixed_g), smin
    )
    blk_class, blk_group, blk_ub = blocks.all_c, blocks.all_g, blocks.all_ub
    if len(blocks.xp_c):
        xr = gkeys["rule"].to_numpy(dtype=np.int64)[blocks.xp_g]
        emp_class, n_class, blk_class, blk_group, blk_ub = _split_by_rules(
            ctx,
            rows.er_i,
            emp_class,
            n_class,
            (emp_order, c_starts),
            (blk_class, blk_group, blk_ub),
            (blocks.xp_c, blocks.xp_g, xr, blocks.xp_ub),
            keys.rule_rep,
            blocks.fails["pengalaman"],
        )
    pos_sub, n_sub = _subgroups(keys.profiles, ctx.course_id[rows.pr_i], pos_group)
    score, score_default, detail = _scorers(ctx, rows)
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
        group_fail=blocks.fails,
        own_fail=blocks.own_fails,
        pairs_scored=scored,
        pos_sub=pos_sub,
        n_sub=n_sub,
        score_default=score_default,
        preference_pairs=partial(_preference_pairs, ctx, rows, emp_class, pos_group),
        release=ctx.preferences.cancel if ctx.preferences is not None else None,
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
        at = np.full(n, rep, np.int64)  # the post itself, as the context's prepared targets classified it
        texts: tuple[Any, ...] = (ctx.pos_name_norm[at], ctx.pos_jenis[at], ctx.syarat_pengalaman[at], ctx.pos_unit[at])
        met = ctx.experience.requirement_met(rows, *texts[:3], units=texts[3], target_ids=at, prepared=ctx.targets())
        out[i : i + n] = met != False  # noqa: E712 - None: no rule
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
    first, inv = unique_rows(keymat)
    uniq = keymat[first]
    new_class = np.full(m, -1, np.int64)
    new_class[in_c] = inv
    n_new = len(uniq)
    rep = np.zeros(n_new, np.int64)
    rep[inv] = in_c
    r_starts = np.searchsorted(uniq[:, 0], np.arange(n_class + 1))

    i1, c1 = expand(r_starts, blk_class)
    i2, c2 = expand(r_starts, xc)
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
