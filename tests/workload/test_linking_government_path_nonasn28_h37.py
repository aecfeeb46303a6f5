"""A unit path opening with its agency ("Pemerintah Kota Jambi | Dinas Kesehatan") links to the table's office of
that government ("Dinas Kesehatan Kota Jambi"); another government's stays unlinked (nonasn28, h37)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.unit import without_government

from .test_linking_regions_link2_h35 import _link

JAMBI = ["Dinas Kesehatan Kota Jambi", "Dinas Sosial Kota Jambi"]


@pytest.mark.parametrize(
    ("written", "units"),
    [
        ("Pemerintah Kota Jambi | Dinas Kesehatan", JAMBI),
        ("Pemkot Jambi | Dinas Kesehatan", JAMBI),
        ("Pemerintah Kota Jambi | Dinas Kesehatan", ["Dinas Kesehatan", "Dinas Sosial"]),
        ("Pemerintah Daerah Kota Jambi | Dinas Kesehatan", JAMBI),
        (
            "Pemerintah Kota Jambi | Dinas Kesehatan Kota Jambi | Bidang P2P",
            ["Dinas Kesehatan Kota Jambi | Bidang P2P", "Dinas Kesehatan Kota Jambi"],
        ),
    ],
)
def test_a_path_opening_with_its_government_links_to_its_office(written: str, units: list[str]) -> None:
    """The key was "pemerintah dinas kesehatan" (the place cut, the government kept): no table unit."""
    assert _link(written, units) == "J0"


@pytest.mark.parametrize(
    ("written", "units"),
    [
        ("Pemerintah Kota Jambi | Dinas Kesehatan", ["Dinas Kesehatan Kota Bima", "Dinas Sosial Kota Bima"]),
        ("Pemerintah Kabupaten Bima | Dinas Kesehatan", ["Dinas Kesehatan Kota Bima", "Dinas Sosial Kota Bima"]),
        ("Pemerintah Kota Jambi", JAMBI),
    ],
)
def test_another_government_or_the_government_alone_stays_unlinked(written: str, units: list[str]) -> None:
    assert _link(written, units) is None


def test_without_government_keeps_a_government_alone() -> None:
    assert without_government("pemerintah dinas kesehatan") == "dinas kesehatan"
    assert without_government("pemerintah kota jambi") == "pemerintah kota jambi"
    assert without_government("pemerintah daerah sekretariat daerah") == "sekretariat daerah"
    assert without_government("dinas kesehatan") == "dinas kesehatan"
