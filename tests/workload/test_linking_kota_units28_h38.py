"""A listed kota is read once, as its own name: "Kota Mobagu" is Kotamobagu, a region of the official list, for
linking and for the governments a table's staff are of alike (units28, h38)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.unit import governments, unit_regions

from .test_linking_regions_link2_h35 import _link
from .test_linking_regions_units27_h37 import _linked


def test_a_kota_whose_name_opens_with_kota_written_apart_is_read_as_that_kota() -> None:
    """It was read as the kota "mobagu", no region of the list."""
    assert unit_regions("Dinas Sosial Kota Mobagu")["daerah"] == {"kota kotamobagu"}
    assert governments(["Dinas Sosial Kota Mobagu"], 3) == ["kota kotamobagu"]


@pytest.mark.parametrize(
    ("written", "units"),
    [
        ("Dinas Sosial Kota Mobagu", ["Dinas Sosial Kota Kotamobagu", "Dinas Kesehatan"]),
        ("Dinas Sosial Kota Kotamobagu", ["Dinas Sosial Kota Mobagu", "Dinas Kesehatan"]),
        ("Dinas Sosial Kota Mobagu", ["Dinas Sosial", "Dinas Kesehatan Kota Kotamobagu"]),
    ],
)
def test_kota_mobagu_links_to_a_table_of_kotamobagu(written: str, units: list[str]) -> None:
    """Each was refused as another region's unit."""
    assert _link(written, units) == "J0"


def test_kota_mobagu_is_a_second_government_beside_another_kota() -> None:
    """A regionless table taking staff of Kota Batu and of Kota Mobagu was said to be of one government."""
    links, said = _linked(
        ["Dinas Kesehatan", "Dinas Sosial"], ["Dinas Kesehatan Kota Batu", "Dinas Sosial Kota Mobagu"]
    )
    assert links == ["J0", "J1"]
    assert len(said) == 1 and "Kota Batu, Kota Kotamobagu" in said[0]
