"""A region's name read where it is written: a province's name whose words are written together ("Papua Baratdaya")
is that province, not a shorter province's name it opens with, and the name after a government's head ("Bupati
Merangin") is a listed region's, not every word up to the next part (reviewD, h38)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.domain.unit import governments, unit_regions, without_government


def test_a_province_name_written_together_is_not_a_shorter_province() -> None:
    """ "Provinsi Papua Baratdaya" was read as Provinsi Papua (the longest listed name of separate words), and a
    roster of Papua Barat Daya's units was said to be of two governments."""
    units = ["Dinas Kesehatan Provinsi Papua Baratdaya", "Dinas Sosial Provinsi Papua Barat Daya"]
    assert "provinsi papua" not in unit_regions(units[0]).get("provinsi", set())
    assert len(governments(units, 5)) == 1


@pytest.mark.parametrize(
    "key",
    [
        "bupati merangin staf ahli bupati bidang ekonomi",
        "wali kota staf ahli wali kota bidang pemerintahan",
        "gubernur jawa barat staf ahli gubernur bidang ekonomi",
    ],
)
def test_a_head_followed_by_no_office_keeps_its_part(key: str) -> None:
    """Every word after the head up to the next part's head was taken as the region's name: the Staf Ahli's own
    "Bidang Ekonomi" was read as the unit."""
    assert without_government(normalize_unit_name(key)) == normalize_unit_name(key)


@pytest.mark.parametrize(
    ("key", "office"),
    [
        ("bupati merangin dinas kesehatan", "dinas kesehatan"),
        ("wali kota tual sekretariat daerah kota tual", "sekretariat daerah kota tual"),
        ("gubernur jawa barat dinas kesehatan", "dinas kesehatan"),
        ("bupati dinas kesehatan", "dinas kesehatan"),
        ("bupati tanjab barat dinas kesehatan", "dinas kesehatan"),  # a name written short, no listed one
        ("bupati kep seribu dinas x", "dinas x"),
    ],
)
def test_a_head_and_its_regions_name_before_an_office_is_stripped(key: str, office: str) -> None:
    assert without_government(normalize_unit_name(key)) == office
