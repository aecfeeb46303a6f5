"""The one definition of a vacancy (lowongan), shared by vacancies/workload, match, plan and compare.

It lives in ``domain`` so that both ``matching`` and ``workload`` (sibling layers) use the
same function; ``workload.analysis`` re-exports it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


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
