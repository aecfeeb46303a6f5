"""Linking copies no roster column it does not read (speed22, h37).

At 100,000 staff every column taken for a subset of rows is a copy of 100,000 scattered objects: the rows linked by
their code were taken with all ~30 roster columns, twice, for two checks reading four of them; a roster without
codes (every row linked by name) was taken whole once more.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from asn_mutasi.workload import link_employees

from .frames import make_positions, make_roster


@pytest.fixture
def positions() -> pd.DataFrame:
    return make_positions(
        [
            {"kode_jabatan": "J-UMUM", "nama_jabatan": "Kepala Subbagian Umum", "unit_kerja": "Sekretariat"},
            {"kode_jabatan": "J-PP", "nama_jabatan": "Pengelola Pengadaan", "unit_kerja": "Bidang Mutasi"},
        ]
    )


def _wide(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A roster of ``rows`` with the columns a prepared roster carries beside those linking reads."""
    extra = {f"kolom_{k}": f"isi {k}" for k in range(12)}
    return make_roster([{**extra, **r} for r in rows])


def _takes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """(rows, columns) of every frame :meth:`pandas.DataFrame.take` makes from here on."""
    seen: list[tuple[int, int]] = []
    real = pd.DataFrame.take

    def take(self: pd.DataFrame, *args: Any, **kwargs: Any) -> pd.DataFrame:
        out = real(self, *args, **kwargs)
        seen.append(out.shape)
        return out

    monkeypatch.setattr(pd.DataFrame, "take", take)
    return seen


def test_rows_linked_by_code_are_taken_with_the_columns_their_checks_read(
    positions: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    roster = _wide(
        [
            {"jabatan": "Plt. Kepala Subbagian Umum", "unit_kerja": "Sekretariat", "kode_jabatan": "J-UMUM"},
            {"jabatan": "Kepala Subbagian Umum", "unit_kerja": "Sekretariat", "kode_jabatan": "J-PP"},
            {"jabatan": "Pengelola Pengadaan", "unit_kerja": "Bidang Mutasi", "kode_jabatan": "J-PP"},
            {"jabatan": "Pengelola Pengadaan", "unit_kerja": "Bidang Mutasi"},
        ]
    )
    seen = _takes(monkeypatch)
    res = link_employees(roster, positions)
    # both checks of the rows linked by code still speak (a Plt. of the code's post; a code naming another post)
    assert sorted(f.code for f in res.findings) == ["jabatan-pelaksana-tugas", "kode-jabatan-tidak-cocok"]
    assert res.frame["cara_tautan"].tolist() == ["kode", "kode", "kode", "nama"]
    by_code = [shape for shape in seen if shape[0] == 3]
    assert by_code, seen
    assert max(cols for _, cols in by_code) <= 4, seen  # _baris, jabatan, unit_kerja, kode_jabatan


def test_roster_without_codes_is_not_copied_whole(positions: pd.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    roster = _wide(
        [
            {"jabatan": "Kepala Subbagian Umum", "unit_kerja": "Sekretariat"},
            {"jabatan": "Pengelola Pengadaan", "unit_kerja": "Bidang Mutasi"},
            {"jabatan": "Pengelola Pengadaaan", "unit_kerja": "Bidang Mutasi"},
        ]
    ).drop(columns="kode_jabatan")
    seen = _takes(monkeypatch)
    res = link_employees(roster, positions)
    assert res.frame["cara_tautan"].tolist() == ["nama", "nama", "fuzzy"]
    assert [f.code for f in res.findings] == ["jabatan-ditautkan-fuzzy"]
    assert (len(roster), roster.shape[1]) not in seen, seen
