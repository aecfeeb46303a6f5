"""Define the result of planning: the :class:`Plan` and its table shapes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from asn_mutasi.findings import Finding
from asn_mutasi.schema import PLAN_MOVE_COLUMNS

MOVE_FIELDS: tuple[str, ...] = tuple(f for f, _ in PLAN_MOVE_COLUMNS)
UNFILLED_FIELDS: tuple[str, ...] = (
    "kode_jabatan",
    "nama_jabatan",
    "unit_kerja",
    "lowongan",
    "terisi",
    "lowongan_tidak_terisi",
    "alasan",
)
ACCOUNTING_FIELDS: tuple[str, ...] = ("nip", "nama", "status", "alasan")
UNIT_FIELDS: tuple[str, ...] = ("unit_kerja", "kebutuhan", "bezetting", "selisih", "lowongan", "ej")
ACCOUNTING_STATUS: tuple[str, ...] = ("pindah", "tetap", "dikecualikan")


@dataclass
class Plan:
    """A solved mutation plan with everything the workbook and ``apply`` need.

    ``moves`` has the columns of ``schema.PLAN_MOVE_COLUMNS`` (one row per move, in
    ``id_mutasi`` order); ``unfilled`` one row per position still short after the plan;
    ``accounting`` one row per *input* roster row (``pindah | tetap | dikecualikan``);
    ``units_before``/``units_after`` (and ``units_baseline``) per unit kerja; ``summary`` the headline numbers.
    """

    moves: pd.DataFrame
    unfilled: pd.DataFrame
    accounting: pd.DataFrame
    units_before: pd.DataFrame
    units_after: pd.DataFrame
    summary: dict[str, Any] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    #: per unit kerja at the end of the horizon WITHOUT the plan (retiring holders gone, nobody moved):
    #: what ``units_after`` compares like with like when projected retirements are counted
    units_baseline: pd.DataFrame | None = None
    #: NIP of a person who said "Tidak bersedia" and is moved → whether keeping them in place lowers the fill (True)
    #: or only the plan's fit (False); a NIP not here was not checked (the reason then names both)
    unwilling_for_fill: dict[str, bool] = field(default_factory=dict)


def empty_frame(columns: tuple[str, ...]) -> pd.DataFrame:
    """Return an empty frame with ``columns`` (object dtype)."""
    return pd.DataFrame({c: pd.Series([], dtype=object) for c in columns})
