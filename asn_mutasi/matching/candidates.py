"""Generate ranked candidates for positions, positions for an employee, and assess proposals.

Speed design (100,000 employees × 20,000 positions on two cores): strings are normalised
once (:class:`~asn_mutasi.matching.scoring.ScoringContext`); positions are grouped by their
requirement (education level + programme text + golongan); per group the matching
employees are found once on *distinct* education combinations (blocking by level and by
programme fit — exactly the education condition of ``layak``), ineligible employees are
dropped up front, and a cheap pre-score (pendidikan/jurusan/golongan/kinerja) orders the
group. Each position then fully scores only the best ``Weights.kandidat_pra_skor`` of the
group plus the employees who can gain on the position-specific components (related
experience, a wish for the unit, the required diklat, managerial experience). No dense
employee × position matrix is ever built. Ties are broken by (skor desc, nip asc).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Unpack

import numpy as np
import pandas as pd

from asn_mutasi.domain.jabatan import codes_by_case, normalize_position_name, normalize_unit_name
from asn_mutasi.domain.nip import nip_key
from asn_mutasi.domain.unit import unit_among
from asn_mutasi.errors import InputError
from asn_mutasi.matching.experience import URUTAN_JENIS
from asn_mutasi.matching.scoring import (
    CANDIDATE_COLUMNS,
    ContextOptions,
    ScoringContext,
    build_context,
    golongan_component,
    jurusan_component,
    score_index_pairs,
)
from asn_mutasi.schema import folded_codes, split_post_code

#: pairs scored per batch (bounds memory: every pair row is a few hundred bytes while scoring)
_BATCH_PAIRS = 400_000


def _vacancy(ctx: ScoringContext, vacancies: pd.Series | None) -> np.ndarray:
    """Return open places per position row: given, or the shared vacancy definition (``domain.lowongan.seat_vacancies``)."""
    if vacancies is not None:
        given = pd.to_numeric(vacancies, errors="coerce")
        given.index = given.index.astype(str)
        return given.reindex(pd.Index(ctx.kode)).fillna(0).to_numpy(dtype=float)
    from asn_mutasi.domain.lowongan import bezetting, seat_vacancies

    need = pd.to_numeric(ctx.positions.get("kebutuhan", pd.Series(np.nan, index=ctx.positions.index)), errors="coerce")
    return seat_vacancies(need.fillna(0).to_numpy(dtype=float), bezetting(ctx.holder_code, ctx.kode))


def select_positions(
    ctx: ScoringContext,
    *,
    position_codes: Sequence[str] | None = None,
    vacant_only: bool = True,
    vacancies: pd.Series | None = None,
) -> np.ndarray:
    """Return the row positions of the positions to fill, in table order."""
    keep = np.ones(len(ctx.kode), dtype=bool)
    if position_codes is not None:
        keep &= np.isin(ctx.kode, np.asarray([str(c) for c in position_codes], dtype=object))
    if vacant_only:
        keep &= _vacancy(ctx, vacancies) > 0
    return np.flatnonzero(keep)


class _Blocker:
    """Finds, per position, the employees worth a full score."""

    def __init__(self, ctx: ScoringContext) -> None:
        self.ctx = ctx
        self.pool = max(int(ctx.settings.bobot.kandidat_pra_skor), 1)
        n = len(ctx.nip)
        self.eligible = np.flatnonzero(ctx.bisa & ctx.linked)  # (as ``layak``: no pre-score slot for others)
        self.nip_order = np.argsort(ctx.nip.astype(str), kind="stable")
        self.nip_rank = np.empty(n, dtype=np.int64)
        self.nip_rank[self.nip_order] = np.arange(n)
        self._diklat_index: dict[int, np.ndarray] = {}
        stints = ctx.experience.stints
        self._managerial = {
            level: np.unique(stints.loc[stints["urutan"] >= level, "emp"].to_numpy()) for level in range(2, 7)
        }
        self._related: dict[str, np.ndarray] = {}
        # the position row each employee holds (-1 none), as integers for fast comparison
        row_of = {k: i for i, k in reversed(list(enumerate(ctx.kode.tolist())))}
        self.holder_pos = np.asarray(
            [row_of.get(k, -1) if k is not None else -1 for k in ctx.holder_code.tolist()], dtype=np.int64
        )
        held = self.holder_pos[self.holder_pos >= 0]
        self.n_holders = (
            np.bincount(held, minlength=len(ctx.kode)) if len(held) else np.zeros(len(ctx.kode), dtype=np.int64)
        )
        self._extra_cache: dict[tuple[str, object], np.ndarray] = {}

    def group_members(self, q: int) -> tuple[np.ndarray, np.ndarray]:
        """Return (members sorted by pre-score desc then NIP, pre-score of every employee)."""
        ctx = self.ctx
        n = len(ctx.nip)
        cand = self.eligible
        req_rank = ctx.req_rank[q]
        cek = ctx.settings.aturan.cek_pendidikan
        if cek and not np.isnan(req_rank):
            # unknown level stays: the matcher may still read it from the academic titles
            lvl = ctx.level_rank[cand]
            cand = cand[(lvl >= req_rank) | np.isnan(lvl)]
        edu = ctx.emp_edu[cand]
        uniq, inverse = np.unique(edu, return_inverse=True)
        status_u, memenuhi_u, _, level_ok_u = ctx.education(uniq, np.full(len(uniq), ctx.pos_req[q]))
        if cek:
            cand = cand[memenuhi_u[inverse]]
            inverse = inverse[memenuhi_u[inverse]]
        status = status_u[inverse]
        level_ok = level_ok_u[inverse]
        w = ctx.settings.bobot
        p = ctx.points
        c_pend = level_ok.astype(float)
        has_req = ctx.req_text[q] is not None
        c_jur = jurusan_component(
            status, np.full(len(cand), has_req), w.serumpun_faktor, ctx.relevance.score(cand, np.full(len(cand), q))
        )
        c_gol = golongan_component(ctx.gol_rank[cand], ctx.req_gol_rank[q])
        pre = (
            p["skor_pendidikan"] * c_pend
            + p["skor_jurusan"] * c_jur
            + p["skor_golongan"] * c_gol
            + p["skor_kinerja"] * ctx.kinerja[cand]
        )
        full = np.full(n, -np.inf)
        full[cand] = pre
        order = np.lexsort((self.nip_rank[cand], -pre))
        self._extra_cache.clear()  # extras are ordered by this group's pre-score
        return cand[order], full

    def related(self, name: str) -> np.ndarray:
        hit = self._related.get(name)
        if hit is None:
            hit = self._related[name] = self.ctx.experience.employees_related_to(name)
        return hit

    def trained_for(self, q: int) -> np.ndarray:
        ctx = self.ctx
        cid = int(ctx.course_id[q])
        if cid < 0:
            return np.empty(0, dtype=np.int64)
        hit = self._diklat_index.get(cid)
        if hit is None:
            courses = ctx.course_sets[cid]
            ok = [k for k, have in enumerate(ctx.diklat_sets) if have and any(c <= have for c in courses)]
            hit = (
                np.flatnonzero(np.isin(ctx.diklat_id, np.asarray(ok, dtype=np.int64)))
                if ok
                else np.empty(0, dtype=np.int64)
            )
            self._diklat_index[cid] = hit
        return hit

    def _best_of(self, key: tuple[str, object], group: np.ndarray, pre: np.ndarray, spare: int) -> np.ndarray:
        """Return the group's members of this position group, best pre-score first (cached per group)."""
        hit = self._extra_cache.get(key)
        if hit is None or len(hit) < min(self.pool + spare, len(group)):
            inside = group[np.isfinite(pre[group])]
            order = np.lexsort((self.nip_rank[inside], -pre[inside]))
            hit = inside[order[: self.pool + max(spare, 16)]]
            self._extra_cache[key] = hit
        return hit

    def candidates(self, q: int, members: np.ndarray, pre: np.ndarray) -> np.ndarray:
        """Return the employees to score fully for position row ``q`` (never its current holders)."""
        ctx = self.ctx
        spare = int(self.n_holders[q])
        head = members[: self.pool + spare]
        parts = [head[self.holder_pos[head] != q][: self.pool]]
        extra: list[tuple[tuple[str, object], np.ndarray]] = [
            (("rel", ctx.pos_name_norm[q]), self.related(str(ctx.pos_name_norm[q]))),
            (("pref", int(ctx.pos_unit_id[q])), ctx.employees_preferring(int(ctx.pos_unit_id[q]))),
            (("dik", int(ctx.course_id[q])), self.trained_for(q)),
        ]
        t_order = URUTAN_JENIS.get(ctx.pos_jenis[q] or "", 0)
        if t_order >= 2:
            level = max(2, t_order - 1)
            extra.append((("man", level), self._managerial[level]))
        for key, group in extra:
            if len(group):
                best = self._best_of(key, group, pre, spare)
                parts.append(best[self.holder_pos[best] != q][: self.pool])
        return np.unique(np.concatenate(parts))


def rank_candidates(ctx: ScoringContext, pos_rows: np.ndarray, *, top: int = 10) -> pd.DataFrame:
    """Return the top ``top`` eligible candidates of each position row, with ``peringkat``."""
    blocker = _Blocker(ctx)
    group_key = pd.Series(
        [f"{r}|{g}" for r, g in zip(ctx.pos_req[pos_rows].tolist(), ctx.req_gol_rank[pos_rows].tolist(), strict=True)],
        dtype=object,
    )
    groups: dict[str, list[int]] = {}
    for key, q in zip(group_key.tolist(), pos_rows.tolist(), strict=True):
        groups.setdefault(key, []).append(q)
    kept: list[pd.DataFrame] = []
    emp_buf: list[np.ndarray] = []
    pos_buf: list[np.ndarray] = []
    size = 0

    def flush() -> None:
        nonlocal size
        if not emp_buf:
            return
        scored = score_index_pairs(ctx, np.concatenate(emp_buf), np.concatenate(pos_buf), with_text=False)
        scored = scored[scored["layak"].to_numpy(dtype=bool)]
        kept.append(_top_per_position(scored, top, blocker.nip_rank))
        emp_buf.clear()
        pos_buf.clear()
        size = 0

    for members_q in groups.values():
        members, pre = blocker.group_members(members_q[0])
        for q in members_q:
            cand = blocker.candidates(q, members, pre)
            if not len(cand):
                continue
            emp_buf.append(cand)
            pos_buf.append(np.full(len(cand), q, dtype=np.int64))
            size += len(cand)
            if size >= _BATCH_PAIRS:
                flush()
    flush()
    if not kept:
        return _empty(with_rank=True)
    best = pd.concat(kept, ignore_index=True)
    final = score_index_pairs(ctx, best["_emp"].to_numpy(), best["_pos"].to_numpy(), with_text=True)
    final["peringkat"] = best["peringkat"].to_numpy()
    final = final.sort_values(["_pos", "peringkat"], kind="stable")
    return final[[*CANDIDATE_COLUMNS, "peringkat"]].reset_index(drop=True)


def _top_per_position(scored: pd.DataFrame, top: int, nip_rank: np.ndarray) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "_pos": scored["_pos"].to_numpy(),
            "_emp": scored["_emp"].to_numpy(),
            "skor": scored["skor"].to_numpy(),
            "_nip": nip_rank[scored["_emp"].to_numpy()],
        }
    )
    frame = frame.sort_values(["_pos", "skor", "_nip"], ascending=[True, False, True], kind="stable")
    frame["peringkat"] = frame.groupby("_pos").cumcount() + 1
    return frame[frame["peringkat"] <= top]


def _empty(*, with_rank: bool = False) -> pd.DataFrame:
    cols = [*CANDIDATE_COLUMNS, "peringkat"] if with_rank else list(CANDIDATE_COLUMNS)
    return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})


def top_candidates_for_positions(
    roster: pd.DataFrame,
    positions: pd.DataFrame,
    *,
    top: int = 10,
    position_codes: Sequence[str] | None = None,
    vacant_only: bool = True,
    vacancies: pd.Series | None = None,
    **options: Unpack[ContextOptions],
) -> pd.DataFrame:
    """Rank eligible candidates (``layak``) for each selected position: the candidate table plus ``peringkat``.

    Positions come in table order; within a position by ``skor`` desc then NIP. With
    ``vacant_only`` only positions with an open place are filled (``vacancies`` by
    ``kode_jabatan``, else kebutuhan − current holders).
    """
    ctx = build_context(roster, positions, **options)
    rows = select_positions(ctx, position_codes=position_codes, vacant_only=vacant_only, vacancies=vacancies)
    return rank_candidates(ctx, rows, top=top)


def top_positions_for_employee(
    nip: str,
    roster: pd.DataFrame,
    positions: pd.DataFrame,
    *,
    top: int = 10,
    vacant_only: bool = True,
    vacancies: pd.Series | None = None,
    **options: Unpack[ContextOptions],
) -> pd.DataFrame:
    """Rank the positions that fit one employee's education: eligible ones first, then ``skor`` desc, kode asc.

    Positions the employee already holds are left out. Rows keep ``layak`` and the reasons,
    so an employee who may not move yet still sees where they would fit and why not now; but a post
    ruled out for the person (a demotion, a promotion, an experience requirement not met) never ranks
    above one they may be moved to (walk2, h30: an Administrator's top nine were such posts, the first
    eligible one tenth).
    Raises :class:`~asn_mutasi.errors.InputError` when the NIP is not in the roster.
    """
    ctx = build_context(roster, positions, **options)
    hits = np.flatnonzero(ctx.nip == nip_key(nip))
    if not len(hits):
        raise InputError(f"NIP {nip} tidak ditemukan di data pegawai")
    e = int(hits[0])
    rows = select_positions(ctx, vacant_only=vacant_only, vacancies=vacancies)
    rows = rows[ctx.kode[rows] != ctx.holder_code[e]]
    if not len(rows):
        return _empty(with_rank=True).assign(nama_jabatan=pd.Series(dtype=object), unit_kerja=pd.Series(dtype=object))
    scored = score_index_pairs(ctx, np.full(len(rows), e), rows, with_text=False)
    scored = scored[scored["memenuhi_pendidikan"].to_numpy(dtype=bool)]
    scored = scored.assign(_layak=scored["layak"].to_numpy(dtype=bool))
    order = ["_layak", "skor", "kode_jabatan"]
    scored = scored.sort_values(order, ascending=[False, False, True], kind="stable").head(top)
    out = score_index_pairs(ctx, scored["_emp"].to_numpy(), scored["_pos"].to_numpy(), with_text=True)
    out["peringkat"] = np.arange(1, len(out) + 1)
    out["nama_jabatan"] = ctx.pos_name[out["_pos"].to_numpy()]
    out["unit_kerja"] = ctx.pos_unit[out["_pos"].to_numpy()]
    return out[[*CANDIDATE_COLUMNS, "peringkat", "nama_jabatan", "unit_kerja"]].reset_index(drop=True)


def _score_pairs_ctx(
    ctx: ScoringContext,
    nips: list[str],
    codes: list[str | None],
    missing: list[str],
    nip_why: list[str] | None = None,
) -> pd.DataFrame:
    """Score given (nip, kode) pairs; unknown ones yield ``layak`` False rows with the reason (``nip_why``: why a
    NIP cannot be found, when the cell itself says so)."""
    emp_of: dict[str, int] = {}
    for k, v in enumerate(ctx.nip.tolist()):
        emp_of.setdefault(v, k)
    pos_of: dict[str, int] = {}
    for k, v in enumerate(ctx.kode.tolist()):
        pos_of.setdefault(v, k)
    ok = [i for i, (n, c) in enumerate(zip(nips, codes, strict=True)) if n in emp_of and c in pos_of]
    out = _empty()
    for col in ("nama", "jabatan_tujuan", "unit_tujuan"):
        out[col] = pd.Series(dtype=object)
    rows: list[dict[str, object]] = []
    names = ctx.roster["nama"].to_numpy(dtype=object) if "nama" in ctx.roster else None
    for i, (n, c) in enumerate(zip(nips, codes, strict=True)):
        reasons = []
        if n not in emp_of:
            reasons.append((nip_why[i] if nip_why else "") or f"NIP {n or '(kosong)'} tidak ditemukan di data pegawai")
        if c not in pos_of:
            reasons.append(missing[i] or f"Jabatan dengan kode {c} tidak ditemukan di tabel jabatan")
        rows.append(
            {
                "nip": n,
                "kode_jabatan": c,
                "nama": names[emp_of[n]]
                if names is not None and n in emp_of
                else None,  # the person, whatever the post
                # and the post, whoever the person: a NIP not found left the valid kode's post blank (walk5, h28)
                "jabatan_tujuan": ctx.pos_name[pos_of[c]] if c in pos_of else None,
                "unit_tujuan": ctx.pos_unit[pos_of[c]] if c in pos_of else None,
                "memenuhi_pendidikan": False,
                "layak": False,
                "alasan": ". ".join(reasons) + "." if reasons else "",
            }
        )
    result = pd.DataFrame(rows, columns=[*CANDIDATE_COLUMNS, "nama", "jabatan_tujuan", "unit_tujuan"])
    if ok:
        emp = np.asarray([emp_of[nips[i]] for i in ok], dtype=np.int64)
        pos = np.asarray([pos_of[str(codes[i])] for i in ok], dtype=np.int64)
        scored = score_index_pairs(ctx, emp, pos, with_text=True)
        scored["nama"] = ctx.roster["nama"].to_numpy(dtype=object)[emp] if "nama" in ctx.roster else None
        scored["jabatan_tujuan"] = ctx.pos_name[pos]
        scored["unit_tujuan"] = ctx.pos_unit[pos]
        result = result.astype(object)
        result.loc[ok, list(result.columns)] = scored[list(result.columns)].to_numpy(dtype=object)
    for col in CANDIDATE_COLUMNS:
        if col.startswith("skor"):
            result[col] = pd.to_numeric(result[col], errors="coerce").astype(float)
    result["layak"] = result["layak"].astype(bool)
    result["memenuhi_pendidikan"] = result["memenuhi_pendidikan"].astype(bool)
    return result


def score_pairs(
    pairs: pd.DataFrame,
    roster: pd.DataFrame,
    positions: pd.DataFrame,
    **options: Unpack[ContextOptions],
) -> pd.DataFrame:
    """Score ``pairs`` (columns ``nip``, ``kode_jabatan``), one output row per input row, in order.

    Output: the candidate columns plus ``nama``, ``jabatan_tujuan``, ``unit_tujuan``; a NIP
    or kode not found gives ``layak`` False and the reason.
    """
    ctx = build_context(roster, positions, **options)
    nips = [nip_key(v) for v in pairs["nip"].tolist()]
    codes = [str(c).strip() if isinstance(c, str) and c.strip() else None for c in pairs["kode_jabatan"].tolist()]
    return _score_pairs_ctx(ctx, nips, codes, [""] * len(nips))


def assess_proposals(
    proposals: pd.DataFrame,
    roster: pd.DataFrame,
    positions: pd.DataFrame,
    *,
    excluded: Mapping[str, str] | None = None,
    **options: Unpack[ContextOptions],
) -> pd.DataFrame:
    """Assess proposed moves (``nip`` + ``kode_jabatan``, or ``nama_jabatan`` + ``unit_kerja``); one row each.

    ``excluded``: NIP key → why the roster's row of that NIP is left out of planning (CLTN, a missing cell …), said
    of a proposal for that person instead of "tidak ditemukan di data pegawai"."""
    ctx = build_context(roster, positions, **options)
    by_name_unit: dict[tuple[str, str], list[str]] = {}
    by_name: dict[str, list[str]] = {}
    by_written: dict[str, dict[str, str]] = {}  # a code the table writes in several units -> unit -> post
    for kode, name, unit in zip(ctx.kode.tolist(), ctx.pos_name_norm.tolist(), ctx.pos_unit_norm.tolist(), strict=True):
        by_name_unit.setdefault((name, unit), []).append(kode)
        by_name.setdefault(name, []).append(kode)
        written, post_unit = split_post_code(kode)
        if post_unit:
            by_written.setdefault(written, {})[unit] = kode
    known = set(ctx.kode.tolist())
    by_case = {k.casefold(): v for k, v in folded_codes(positions).items()} | codes_by_case(known)
    n = len(proposals)

    def column(name: str) -> list[object]:
        return proposals[name].tolist() if name in proposals else [None] * n

    nips = [nip_key(v) for v in column("nip")]
    nip_why = [_damaged_nip(v) or (excluded or {}).get(k, "") for v, k in zip(column("nip"), nips, strict=True)]
    codes: list[str | None] = []
    missing: list[str] = []
    for kode, name, unit in zip(column("kode_jabatan"), column("nama_jabatan"), column("unit_kerja"), strict=True):
        if isinstance(kode, str) and kode.strip():
            kode = kode.strip()
            kode = kode if kode in known else by_case.get(kode.casefold(), kode)
            posts = by_written.get(kode) if kode not in known else None
            if posts:  # "ANALIS" of the OPD's form is "ANALIS | Cabang" in the plan: the unit tells which
                unit_key = normalize_unit_name(unit) if isinstance(unit, str) and unit.strip() else None
                if unit_key:
                    shown = {k: split_post_code(c)[1] for k, c in posts.items()}
                    unit_key = unit_among(unit_key, posts, shown) or unit_key  # as the roster links it ("DLHP")
                post = posts.get(unit_key) if unit_key else (next(iter(posts.values())) if len(posts) == 1 else None)
                codes.append(post)
                where = ", ".join(sorted(split_post_code(c)[1] for c in posts.values()))
                why = (
                    f"tidak ada di unit kerja {unit}" if unit_key else f"ada di {len(posts)} unit kerja; sebutkan unit"
                )
                missing.append("" if post else f"Kode jabatan {kode} {why} (ada di: {where})")
                continue
            codes.append(kode)
            missing.append("")
            continue
        if not isinstance(name, str) or not name.strip():
            codes.append(None)
            missing.append("Usulan tidak menyebut kode jabatan maupun nama jabatan tujuan")
            continue
        key = normalize_position_name(name)
        unit_key = normalize_unit_name(unit) if isinstance(unit, str) and unit.strip() else None
        found = by_name_unit.get((key, unit_key), []) if unit_key else by_name.get(key, [])
        if len(found) == 1:
            codes.append(found[0])
            missing.append("")
        elif not found:
            codes.append(None)
            where = f" di unit kerja {unit}" if unit_key else ""
            missing.append(f"Jabatan '{name}'{where} tidak ditemukan di tabel jabatan")
        else:
            codes.append(None)
            missing.append(f"Jabatan '{name}' ada di {len(found)} unit kerja; sebutkan unit kerja atau kode jabatan")
    return _score_pairs_ctx(ctx, nips, codes, missing, nip_why)


def _damaged_nip(value: object) -> str:
    """Why a proposal's NIP cell cannot name anyone, when it says so itself: a NIP stored as a number has lost its
    last digits (it read as another, unknown NIP). "" otherwise."""
    from asn_mutasi.domain.nip import CODE_NUMBER, NipError, normalize_nip

    try:
        normalize_nip(value)
    except NipError as exc:
        if exc.code == CODE_NUMBER:
            return f"NIP {nip_key(value)} di usulan: {exc.alasan}"
    return ""
