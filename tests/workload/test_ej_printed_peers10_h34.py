"""The EJ every output prints is the one its grade reads, as the ABK applications print it (peers10, h34).

Peer: an Inertia/Laravel Anjab-ABK application (public GitHub code, ``app/Http/Controllers/AnjabAbkController.php``,
``withEfektivitas``): ``$ej = round($total_beban_kerja / ($existing * $waktu_kerja_efektif), 2)`` and the PEJ from
that printed value (``app/Support/Referensi.php``, ``pej``: A > 1.00, B ≥ 0.90, C ≥ 0.70, D ≥ 0.50, else E); its
export sheet's "EJ" column is that 2-decimal value. Expected numbers below come from a port of those two lines (PHP
``round`` is half away from zero on the value read to 15 significant digits), never from our code.

Our EJ was printed with 4 decimals while graded at 2: 67,122 minutes a year for one holder (EJ 0.89496) printed
0.895 — 0,90 in the workbook's two-decimal cell — beside grade C, where the application prints 0.89 C.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd
import pytest

from asn_mutasi.config import Settings, Workload
from asn_mutasi.workload import link_employees, position_summary, unit_summary

from .frames import make_positions, make_roster

AS_OF = date(2026, 1, 1)
WKE_MINUTES = 75000


def peer_ej_and_pej(total_minutes: float, existing: int) -> tuple[float, str]:
    """Their ``round(total / (existing × WKE), 2)`` and ``Referensi::pej`` of it."""
    raw = total_minutes / (existing * WKE_MINUTES)
    ej = float(Decimal(format(raw, ".15g")).quantize(Decimal("0.01"), ROUND_HALF_UP))
    pej = "A" if ej > 1.0 else "B" if ej >= 0.9 else "C" if ej >= 0.7 else "D" if ej >= 0.5 else "E"
    return ej, pej


#: (yearly workload minutes, holders): EJ just under and on the printed table's edges
CASES = [(67122.0, 1), (67124.0, 1), (52121.0, 1), (134248.0, 2), (75370.0, 1), (37124.0, 1), (66000.0, 1)]


def _summary(settings: Settings) -> pd.DataFrame:
    pos_rows, people = [], []
    for i, (minutes, holders) in enumerate(CASES):
        name = f"Analis {i}"
        unit = f"Bidang {i}"
        pos_rows.append(
            {"kode_jabatan": f"J{i}", "nama_jabatan": name, "unit_kerja": unit, "kebutuhan": holders,
             "beban_kerja_jam": minutes / 60.0}
        )  # fmt: skip
        people += [{"jabatan": name, "unit_kerja": unit} for _ in range(holders)]
    positions = make_positions(pos_rows)
    linked = link_employees(make_roster(people), positions).frame
    return position_summary(linked, positions, settings, as_of=AS_OF).set_index("kode_jabatan")


def test_printed_ej_and_grade_are_the_applications() -> None:
    out = _summary(Settings())
    theirs = [peer_ej_and_pej(m, n) for m, n in CASES]
    ours = [(float(out.loc[f"J{i}", "ej"]), out.loc[f"J{i}", "kelas_ej"]) for i in range(len(CASES))]
    assert ours == theirs
    assert theirs[0] == (0.89, "C")  # 0.89496: not 0.895 beside C


def test_unit_ej_is_printed_as_graded() -> None:
    s = Settings()
    units = unit_summary(_summary(s).reset_index(), s).set_index("unit_kerja")
    assert float(units.loc["Bidang 0", "ej"]) == 0.89 and units.loc["Bidang 0", "kelas_ej"] == "C"


def test_unrounded_grading_still_prints_four_decimals() -> None:
    out = _summary(Settings(beban_kerja=Workload(ej_desimal=-1)))
    assert float(out.loc["J0", "ej"]) == pytest.approx(0.895)  # 0.89496 at 4 decimals
