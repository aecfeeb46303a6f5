"""The fuzzy batch of preferred units: unit names × preferred names, in blocks (numpy and rapidfuzz only).

Kept apart from :mod:`asn_mutasi.matching.unit_preferences` so that a child process that runs the
batch (:class:`asn_mutasi.forked.SpawnedCall`) imports only numpy and rapidfuzz, not pandas.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np
from rapidfuzz import fuzz, process

AMBANG_UNIT = 90.0  #: token_set_ratio at which a preferred unit names the target unit


#: unit names per fuzzy batch: the score block stays small (500 × 5,890 names = 12 MB at 300,000 staff)
_ROWS_PER_BATCH = 500


def fuzzy_hits(
    unit_names: list[str],
    names: list[str],
    *,
    workers: int = -1,
    stop: threading.Event | None = None,
    hurry: Callable[[], bool] | None = None,
) -> tuple[np.ndarray, np.ndarray] | None:
    """(unit id, name id) of every pair whose token_set_ratio reaches the threshold, by unit id then name id.

    ``workers`` rapidfuzz workers score each block of names; once ``hurry()`` is true (the
    caller waits for the answer) every core does: the blocks and their hits are the same.
    None when ``stop`` is set before the last block.

    Preferences are mostly unit names picked from a list (the aspirasi forms offer them), and
    token_set_ratio is symmetric, so among the units that are also preferred names only one
    triangle of the unit × unit scores is computed (100k bench roster: 1,965 of 1,965 names
    are unit names, about 40 % fewer comparisons). Everything else is scored directly.
    """
    unit_of = {u: i for i, u in enumerate(unit_names)}
    name_unit = np.array([unit_of.get(n, -1) for n in names], dtype=np.int64)
    named = np.flatnonzero(name_unit >= 0)  # preferred names that are unit names
    name_of = np.full(len(unit_names), -1, dtype=np.int64)
    name_of[name_unit[named]] = named
    both = np.sort(name_unit[named])  # units that are also preferred names
    others = np.flatnonzero(name_of < 0)  # units that are no preferred name
    # (row units, column ids, columns are units of ``both``: the block is read both ways)
    plan: list[tuple[np.ndarray, np.ndarray, bool]] = []
    for lo in range(0, len(unit_names), _ROWS_PER_BATCH):  # every unit against the names that are no unit
        plan.append((np.arange(lo, min(lo + _ROWS_PER_BATCH, len(unit_names))), np.flatnonzero(name_unit < 0), False))
    for lo in range(0, len(others), _ROWS_PER_BATCH):  # units that are no name against the names that are units
        plan.append((others[lo : lo + _ROWS_PER_BATCH], named, False))
    blocks = [both[lo : lo + _ROWS_PER_BATCH] for lo in range(0, len(both), _ROWS_PER_BATCH)]
    for i, rows in enumerate(blocks):  # one triangle of the units that are names
        plan.extend((rows, cols, True) for cols in blocks[i:])
    found: list[tuple[np.ndarray, np.ndarray]] = []
    for rows, cols, symmetric in plan:
        if not len(rows) or not len(cols):
            continue
        if stop is not None and stop.is_set():
            return None
        block = process.cdist(
            [unit_names[r] for r in rows.tolist()],
            [(unit_names if symmetric else names)[c] for c in cols.tolist()],
            scorer=fuzz.token_set_ratio,
            score_cutoff=AMBANG_UNIT,
            workers=-1 if hurry is not None and hurry() else workers,
        )
        r, c = np.nonzero(block >= AMBANG_UNIT)
        unit, col = rows[r], cols[c]
        if not symmetric:
            found.append((unit, col))
            continue
        found.append((unit, name_of[col]))  # ``col`` is a unit that is also a name
        if rows[0] != cols[0]:  # off the diagonal the transposed block is not computed: read this one back
            found.append((col, name_of[unit]))
    if not found:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    units = np.concatenate([f[0] for f in found]).astype(np.int64)
    cols = np.concatenate([f[1] for f in found]).astype(np.int64)
    order = np.lexsort((cols, units))
    return units[order], cols[order]
