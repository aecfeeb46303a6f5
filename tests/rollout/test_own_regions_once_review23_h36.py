"""``terapkan`` reads each move's unit against the same plan and table units: their own regions are worked out once,
not once a move (23 ms a move against a table of 3,000 units; review23, h36)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain import unit as unit_module
from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.rollout.apply import same_unit


def test_the_tables_own_regions_are_worked_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    own_regions = unit_module.own_regions

    def counted(units: object) -> dict[str, str]:
        calls.append(1)
        return own_regions(units)  # type: ignore[arg-type]

    monkeypatch.setattr(unit_module, "own_regions", counted)
    written = [f"Dinas Urusan Review23 {i} | Bidang {i % 7}" for i in range(200)]
    written += ["Dinas Kesehatan", "Sekretariat Daerah Kabupaten Sukamaju"]
    units = {normalize_unit_name(u): u for u in written}
    roster, plan = normalize_unit_name("Dinas Kesehatan Kabupaten Sukamaju"), normalize_unit_name("Dinas Kesehatan")
    other = normalize_unit_name("Dinas Kesehatan Kabupaten Sukasari")
    for _ in range(5):
        assert same_unit(roster, plan, units)
        assert not same_unit(other, plan, units)
    assert len(calls) == 1
