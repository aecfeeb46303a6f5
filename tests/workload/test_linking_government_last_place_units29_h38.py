"""A unit path opening with its government whose last part also closes with its place ("Pemerintah Provinsi Bali |
Dinas Sosial | UPT Panti Asuhan Provinsi Bali") is the table's unit written without either: the leading parts' places
were cut and the last part's kept, and it linked to nothing (units29, h38)."""

from __future__ import annotations

from .test_linking_regions_link2_h35 import _link

TABLE = ["Dinas Sosial | UPT Panti Asuhan", "Dinas Kesehatan Provinsi Bali"]


def test_the_last_parts_place_is_cut_too() -> None:
    """It linked to nothing; without the government, or without the last place, it linked."""
    assert _link("Pemerintah Provinsi Bali | Dinas Sosial | UPT Panti Asuhan Provinsi Bali", TABLE) == "J0"
    assert _link("Dinas Sosial Provinsi Bali | UPT Panti Asuhan Provinsi Bali", TABLE) == "J0"


def test_another_provinces_unit_stays_unlinked() -> None:
    """The place cut for the key is still read as the unit's region."""
    assert _link("Pemerintah Provinsi NTB | Dinas Sosial | UPT Panti Asuhan Provinsi NTB", TABLE) is None
