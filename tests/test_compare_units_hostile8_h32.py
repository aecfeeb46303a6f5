"""`bandingkan` of rosters without a unit column, given a position table (hostile8, h32)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from asn_mutasi.api.compare import compare
from asn_mutasi.errors import SchemaError
from tests.test_real13_h32 import PETA, REAL

MOVER = "197703032012071003"  # Pengelola Data pada Bidang Pemerintahan, Sosial dan Budaya


def _after(tmp_path: Path) -> Path:
    with (REAL / "db_pegawai_pada.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    col = rows[0].index("jabatan")
    for row in rows[1:]:
        if row[0] == MOVER:
            row[col] = "Pengelola Data pada Bidang Perencanaan, Ekonomi dan Infrastruktur"
    path = tmp_path / "sesudah.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_the_units_come_from_the_linked_posts_as_in_planning(tmp_path: Path) -> None:
    """Planning read such a roster's units from its linked posts (real13); `bandingkan` refused it outright."""
    peta = tmp_path / "peta.csv"
    peta.write_text(PETA, encoding="utf-8")
    result = compare(sebelum=REAL / "db_pegawai_pada.csv", sesudah=_after(tmp_path), jabatan=peta)
    moved = result.comparison.moved
    assert moved["nip"].tolist() == [MOVER]
    assert moved["unit_sebelum"].tolist() == ["Bidang Pemerintahan, Sosial dan Budaya"]
    assert moved["unit_sesudah"].tolist() == ["Bidang Perencanaan, Ekonomi dan Infrastruktur"]
    assert any(f.code == "unit-dari-jabatan-tertaut" for f in result.findings)


def test_without_a_position_table_the_refusal_names_the_way_out(tmp_path: Path) -> None:
    with pytest.raises(SchemaError) as info:
        compare(sebelum=REAL / "db_pegawai_pada.csv", sesudah=_after(tmp_path))
    assert "peta jabatan (JABATAN)" in str(info.value) + str(getattr(info.value, "hint", ""))
