"""The one definition of a vacancy (lowongan), shared by vacancies/workload, match, plan and compare.

It lives in ``domain`` so that both ``matching`` and ``workload`` (sibling layers) use the
same function; ``workload.analysis`` re-exports it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: the kind of seat a move fills (the plan's ``jenis_lowongan``): a seat empty now, one a retirement in the horizon
#: opens (:func:`retirement_seat`), or one another move of the plan leaves
SEAT_NOW = "lowongan saat ini"
SEAT_CHAIN = "kursi yang ditinggalkan (rantai)"
SEAT_RETIREMENT = "proyeksi pensiun"


def retirement_seat(tmt: str) -> str:
    """The seat a holder retiring on ``tmt`` (DD-MM-YYYY) opens: "proyeksi pensiun (pensiun TMT 01-06-2026)"."""
    return f"{SEAT_RETIREMENT} (pensiun TMT {tmt})"


def seat_vacancies(
    kebutuhan: np.ndarray | pd.Series, bezetting: np.ndarray | pd.Series, leaving: np.ndarray | pd.Series | None = None
) -> np.ndarray:
    """THE definition of a vacancy, shared by ``vacancies``/``workload``/``match``/``plan``/``compare``.

    ``bezetting`` counts every linked valid holder of the position, CPNS included: a CPNS
    occupies the seat (shown apart as ``bezetting_cpns``, never as a vacancy). Current
    vacancies are ``max(0, kebutuhan − bezetting)``; with ``leaving`` (holders retiring
    within the horizon) the projected ones are ``max(0, kebutuhan − (bezetting − leaving))``,
    so a surplus absorbs retirements before they open a seat.
    """
    k = np.asarray(kebutuhan, dtype=float)
    held = np.asarray(bezetting, dtype=float)
    if leaving is not None:
        held = held - np.asarray(leaving, dtype=float)
    return np.maximum(k - held, 0.0)


def bezetting(links: np.ndarray | pd.Series, post_codes: np.ndarray | pd.Series) -> np.ndarray:
    """THE count of holders behind ``bezetting``: per code of ``post_codes``, the rows of ``links`` linked to it.

    ``links`` holds the linked post code (``kode_jabatan_link``) of each valid roster row to count —
    every holder, CPNS included (:func:`seat_vacancies`); None/NaN: a row linked to no post. A code
    that ``post_codes`` lists twice gets its count on each row. Used by ``lowongan``/``beban-kerja``,
    the stated-bezetting check, ``cocokkan`` and ``usulan gabung``, so they all show one figure.
    """
    held = pd.Series(np.asarray(links, dtype=object))
    held = held[held.notna()].astype(str).value_counts(sort=False)
    codes = pd.Index(np.asarray(post_codes, dtype=object).astype(str))
    return np.asarray(held.reindex(codes).fillna(0).to_numpy(), dtype=np.int64)
