"""Re-assess approved moves at apply time against the CURRENT roster and rules.

A person sanctioned, sent on study leave, or near retirement after the plan was made must not
be moved. This module reuses the matching rules (no copy): with a position table every
approved (NIP, target post) pair is scored by :func:`matching.candidates.score_pairs` (the
employee rules of ``matching.eligibility`` plus education, experience and level); without one
only the employee rules (:func:`matching.eligibility.employee_eligibility`) can be checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.domain.nip import nip_key
from asn_mutasi.rollout.apply import cell_text
from asn_mutasi.schema import valid_mask


@dataclass(frozen=True)
class Refusal:
    """An approved move that no longer holds."""

    id_mutasi: str
    nip: str
    alasan: str


def recheck_moves(
    moves: pd.DataFrame,
    roster: pd.DataFrame,
    positions: pd.DataFrame | None,
    *,
    settings: Settings,
    as_of: date,
    history: pd.DataFrame | None = None,
) -> list[Refusal]:
    """Return the ``moves`` (canonical plan fields) that fail the rules on ``roster`` as of ``as_of``.

    ``roster`` is the prepared roster (valid rows are used; a NIP that is not there is left to
    ``apply_plan``, which reports it). ``positions`` is the prepared position table, or None.
    """
    if moves.empty:
        return []
    valid = roster[valid_mask(roster)]
    keys = [nip_key(v) for v in moves["nip"].tolist()]
    present = set(nip_key(v) for v in valid["nip"].tolist())
    ids = [cell_text(v) for v in moves["id_mutasi"].tolist()]
    if positions is not None and len(positions):
        return _with_positions(moves, valid, positions, keys, ids, present, settings, as_of, history)
    from asn_mutasi.matching.eligibility import RULES, employee_eligibility

    frame = valid.reset_index(drop=True)
    checked = employee_eligibility(frame, settings.aturan, as_of)
    where: dict[str, int] = {}
    for k, nip in enumerate(frame["nip"].tolist()):
        where.setdefault(nip_key(nip), k)
    refusals = []
    for mid, nip in zip(ids, keys, strict=True):
        i = where.get(nip)
        if i is None or bool(checked["bisa_dipindah"].iloc[i]):
            continue
        codes = str(checked["kode_alasan"].iloc[i]).split(";")
        texts = str(checked["alasan"].iloc[i]).split("; ")
        blocking = [t for c, t in zip(codes, texts, strict=False) if c in RULES and RULES[c].memblokir]
        refusals.append(Refusal(mid, nip, "; ".join(blocking) or str(checked["alasan"].iloc[i])))
    return refusals


def _with_positions(
    moves: pd.DataFrame,
    valid: pd.DataFrame,
    positions: pd.DataFrame,
    keys: list[str],
    ids: list[str],
    present: set[str],
    settings: Settings,
    as_of: date,
    history: pd.DataFrame | None,
) -> list[Refusal]:
    from asn_mutasi.matching.candidates import score_pairs
    from asn_mutasi.workload.linking import link_employees

    linked = valid if "kode_jabatan_link" in valid.columns else link_employees(valid, positions).frame
    targets = [cell_text(v) for v in moves["kode_jabatan_tujuan"].tolist()]
    known_codes = set(positions["kode_jabatan"].astype(str))
    pairs = pd.DataFrame({"nip": keys, "kode_jabatan": targets})
    scored = score_pairs(pairs, linked, positions, settings=settings, as_of=as_of, history=history)
    refusals = []
    for mid, nip, kode, layak, alasan in zip(
        ids, keys, targets, scored["layak"].tolist(), scored["alasan"].tolist(), strict=True
    ):
        if nip not in present or kode not in known_codes:
            continue  # a NIP gone from the roster is apply_plan's finding; a post outside this table is not judged
        if not bool(layak):
            refusals.append(Refusal(mid, nip, cell_text(alasan).rstrip(".") or "tidak layak menurut aturan mutasi"))
    return refusals
