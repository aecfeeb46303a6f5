"""EJ grades against two ABK applications' own rules (peers10, h34).

- An Inertia/Laravel Anjab-ABK application (public GitHub code, ``AnjabAbkController::withEfektivitas`` and
  ``Referensi::pej``): ``round(beban ÷ (existing × WKE), 2)`` (PHP, half away from zero), then A > 1.00, B ≥ 0.90,
  C ≥ 0.70, D ≥ 0.50, else E: the Permendagri 12/2008 table our defaults follow. Ours agrees on every grid value.
- A Next.js school ABK page (public GitHub code, ``jabatan/[jabatanId]/abk/page.tsx``): ``ej >= 0.91 ? "A" : ej >=
  0.76 ? "B" : ej >= 0.61 ? "C" : ej >= 0.51 ? "D" : "E"``. Those are the DP-3 appraisal bands (PP 10/1979: amat baik
  91–100, baik 76–90, cukup 61–75, sedang 51–60) applied to EJ; no EJ table uses them, so ours stays B at 0.95.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.workload import grade_ej


def laravel_pej(ej: float) -> str:
    """Port of their two lines (PHP ``round`` reads the value to 15 significant digits)."""
    r = float(Decimal(format(ej, ".15g")).quantize(Decimal("0.01"), ROUND_HALF_UP))
    return "A" if r > 1.0 else "B" if r >= 0.9 else "C" if r >= 0.7 else "D" if r >= 0.5 else "E"


def test_grades_agree_with_the_laravel_application_on_whole_minutes() -> None:
    minutes = np.arange(30000, 90001, dtype=float)  # yearly workload of the posts, whole minutes
    for holders in (1, 3):
        ej = pd.Series(minutes / (holders * 75000.0))
        ours = grade_ej(ej, Settings()).tolist()
        assert ours == [laravel_pej(x) for x in ej.tolist()]


def test_dp3_bands_of_the_school_page_are_not_ej_grades() -> None:
    ej = pd.Series([0.95, 0.80, 0.65, 0.55])
    assert grade_ej(ej, Settings()).tolist() == ["B", "C", "D", "D"]  # theirs: A, B, C, D
