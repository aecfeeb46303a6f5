"""An employee's own "/" list of levels is a bucket of "pendidikan terakhir", not diplomas all held (spell11, h32).

SIMPEG apps and staff-data forms offer the last education as groups joined by "/" ("D1/D2/D3", "D4/S1", "S2/S3",
"SMA/Sederajat"; a hospital's remuneration points "D1/D2"), so a roster's "S2/S1" holds for certain only the lower
level; docs/pendidikan.md says so.
"""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import roster_education


@pytest.mark.parametrize(
    ("cell", "level"),
    [("S2/S1", "S-1"), ("S1/S2", "S-1"), ("S2/S3", "S-2"), ("D1/D2/D3", "D-I"), ("D4/S1", "D-IV"), ("D1/D2", "D-I")],
)
def test_a_bucket_of_levels_reads_the_level_held_for_certain(cell: str, level: str) -> None:
    assert roster_education(cell, None)[0] == level
