"""Real position-side exports of the real12 hunt (h32): an ABK recap app's download with the OPD in an
"OPD/Unit Kerja: …" title and its own rounding beside the ABK fraction, and a Laravel "Peta Jabatan" CSV with the
unit in a key-value title row (see tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

import pytest

from asn_mutasi.io.sheet_layout import title_fields


@pytest.mark.parametrize(
    "label",
    ["OPD/Unit Kerja: ", "SKPD / UNIT KERJA : ", "Unit Kerja/OPD : ", "Perangkat Daerah/Unit Kerja:"],
)
def test_unit_labels_joined_by_a_slash_name_the_unit(label: str) -> None:
    """An ABK recap app titles its sheet "OPD/Unit Kerja: <OPD>": the combined label named no unit, and a table
    without a unit column was refused ("kolom wajib tidak ditemukan: Unit Kerja")."""
    rows = [["REKAPITULASI ANALISIS BEBAN KERJA (ABK)"], [label + "Dinas Kesehatan"], []]
    assert title_fields(rows, "jabatan")["unit_kerja"] == ("Dinas Kesehatan", 1)
