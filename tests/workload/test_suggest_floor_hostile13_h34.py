"""A "maksud Anda …?" for an unknown post needs a minimum likeness (hostile13, h34)."""

from __future__ import annotations

import pandas as pd
import pytest

from asn_mutasi.workload import link_employees

from .frames import make_positions, make_roster


@pytest.fixture
def positions() -> pd.DataFrame:
    return make_positions(
        [
            {"kode_jabatan": "J-KD", "nama_jabatan": "Kepala Dinas Pertanian", "unit_kerja": "Dinas Pertanian"},
            {"kode_jabatan": "J-PL", "nama_jabatan": "Penata Layanan Operasional", "unit_kerja": "Dinas Pertanian"},
            {"kode_jabatan": "J-PR", "nama_jabatan": "Perencana Ahli Pertama", "unit_kerja": "Dinas Pertanian"},
            {"kode_jabatan": "J-CM", "nama_jabatan": "Camat", "unit_kerja": "Kecamatan Sukamaju"},
        ]
    )


def _said(positions: pd.DataFrame, jabatan: str, unit: str) -> str:
    (f,) = link_employees(make_roster([{"jabatan": jabatan, "unit_kerja": unit}]), positions).findings
    assert f.code == "jabatan-tidak-ditemukan"
    return f.message.partition("; maksud Anda ")[2]


def test_far_post_in_unit_is_not_offered(positions: pd.DataFrame) -> None:
    assert _said(positions, "Staf", "Dinas Pertanian") == ""


def test_close_post_in_unit_is_offered_alone(positions: pd.DataFrame) -> None:
    assert _said(positions, "Perencana", "Dinas Pertanian") == "'Perencana Ahli Pertama'?"


def test_unit_written_as_code_offers_nothing(positions: pd.DataFrame) -> None:
    assert _said(positions, "Sekretaris", "U01") == ""


def test_misspelt_unit_still_offers_its_close_post(positions: pd.DataFrame) -> None:
    assert "Perencana Ahli Pertama di Dinas Pertanian" in _said(positions, "Perencana Ahli", "Dinas Pertanain")
