"""The plan's per-row work done once per distinct value (issue 10, speed10 campaign, h33)."""

from __future__ import annotations

import numpy as np
import pytest

from asn_mutasi.domain import jenis
from asn_mutasi.schema import EDUCATION_RANK


def test_profession_entry_read_once_per_distinct_programme(monkeypatch: pytest.MonkeyPatch) -> None:
    """golongan_keys reads a profession's entry golongan once per distinct programme key, not once per row; the keys
    are those of reading every row."""
    calls: list[object] = []
    entry = jenis._profession_entry

    def counted(key: object) -> float:
        calls.append(key)
        return entry(key)

    programme = np.array(["FARMASI APOTEKER", None, "PENDIDIKAN DOKTER DOKTER", "MANAJEMEN"] * 500, dtype=object)
    education = np.full(len(programme), float(EDUCATION_RANK["Profesi"]))
    rank = np.full(len(programme), np.nan)
    expected = jenis.golongan_keys(rank, None, education, programme)
    monkeypatch.setattr(jenis, "_profession_entry", counted)
    keys = jenis.golongan_keys(rank, None, education, programme)
    assert len(calls) <= 4
    np.testing.assert_array_equal(keys, expected)
    assert not np.isnan(keys[0]) and keys[0] != keys[3]
