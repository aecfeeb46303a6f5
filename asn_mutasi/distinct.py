"""Apply a per-value function once per distinct value of a column (the package's string-work rule)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd


def per_distinct(values: Any, fn: Callable[[Any], Any], *, missing: Any = None) -> np.ndarray:
    """Return ``fn(v)`` for every value as an object array, calling ``fn`` once per distinct value.

    Missing values (None, NaN, NaT, pd.NA) give ``missing`` without a call. Values equal
    under ``==`` share one result (``1`` and ``1.0`` are one value), so use it on text
    columns or where equal values must give equal results.
    """
    codes, uniques = pd.factorize(pd.Series(np.asarray(values, dtype=object), dtype=object), use_na_sentinel=True)
    table = np.empty(len(uniques) + 1, dtype=object)
    table[: len(uniques)] = [fn(u) for u in uniques.tolist()] if len(uniques) else []
    table[len(uniques)] = missing
    return table[codes]
