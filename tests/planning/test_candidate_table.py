"""A candidate table given to the plan (library path): its yes/no column and pairs written twice (oracle audit)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from asn_mutasi.config import Settings
from asn_mutasi.planning import make_plan

NIP = ["198001012005011001", "198001012005011002"]
POSITIONS = pd.DataFrame(
    {"_status": "valid", "kode_jabatan": ["A", "B"], "nama_jabatan": ["Jab A", "Jab B"],
     "unit_kerja": ["U1", "U2"], "kebutuhan": [0, 1], "beban_kerja_jam": np.nan}
)  # fmt: skip
ROSTER = pd.DataFrame(
    {"_baris": [2, 3], "_status": "valid", "_alasan": "", "nip": NIP, "nama": ["P1", "P2"], "golongan": "III/a",
     "jabatan": "x", "unit_kerja": "U1", "tmt_jabatan": pd.Timestamp("2015-01-01"),
     "tanggal_lahir": pd.Timestamp("1985-01-01"), "kode_jabatan_link": ["A", "A"]}
)  # fmt: skip
NO_RETIREMENTS = pd.DataFrame(
    {"nip": pd.Series([], dtype=object), "tmt_pensiun": pd.Series([], dtype="datetime64[ns]")}
)


def _fill(table: pd.DataFrame) -> tuple[int, int]:
    plan = make_plan(ROSTER, POSITIONS, table, Settings(), as_of=date(2026, 1, 1), retirements=NO_RETIREMENTS)
    return plan.summary["lowongan_terisi"], plan.summary["batas_atas_pengisian"]


def _table(layak: list[object], skor: list[float]) -> pd.DataFrame:
    n = len(layak)
    return pd.DataFrame(
        {"nip": [NIP[0]] * n, "kode_jabatan": ["B"] * n, "skor": skor, "memenuhi_pendidikan": [True] * n,
         "layak": layak, "status_pendidikan": "sesuai", "alasan": ""}
    )  # fmt: skip


@pytest.mark.parametrize(("layak", "fill"), [(True, 1), ("ya", 1), ("True", 1), (1, 1), (False, 0), ("False", 0),
                                             ("tidak", 0), ("0", 0), (0, 0), (None, 0)])  # fmt: skip
def test_a_text_yes_no_column_is_read_as_it_says(layak: object, fill: int) -> None:
    """``astype(bool)`` made every non-empty text a yes: "False" and "tidak" filled the seat."""
    assert _fill(_table([layak], [90.0])) == (fill, fill)


def test_a_pair_written_twice_gives_the_same_plan_in_any_order() -> None:
    table = _table([True, False], [90.0, 30.0])
    assert _fill(table) == _fill(table.iloc[::-1]) == (0, 0)  # eligible only if every row says so
    both = _table([True, "ya"], [90.0, 50.0])
    assert _fill(both) == _fill(both.iloc[::-1]) == (1, 1)
