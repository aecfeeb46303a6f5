"""Hostile and odd input, round 9 (hostile9, h32)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from asn_mutasi.findings import make_finding


@pytest.mark.parametrize("unit", [float("nan"), np.float64("nan"), pd.NA, pd.NaT, None, " "])
def test_a_missing_unit_is_said_as_no_unit(unit: object) -> None:
    """A NaN or pd.NA unit read "di unit 'nan'" / "di unit '<NA>'": every missing value is no unit."""
    message = make_finding("jabatan-tidak-ditemukan", jabatan="Lurah", unit_kerja=unit).message
    assert message.startswith("Jabatan 'Lurah' (tanpa unit kerja) tidak ada di peta jabatan")
    assert "nan" not in message.lower() and "<NA>" not in message


def test_a_named_unit_is_still_quoted() -> None:
    message = make_finding("jabatan-tidak-ditemukan", jabatan="Lurah", unit_kerja="Kelurahan Nan").message
    assert "di unit 'Kelurahan Nan'" in message
