"""A unit path whose government part is its region alone or its head's title ("Kabupaten Banyuasin | Dinas X",
"Bupati Merangin | Dinas X", "Walikota Bima | Dinas X", "Pemda Kabupaten Kulon Progo | Dinas X"), as SSCASN 2024
and SIASN write it, links to its own office in a table of the government's units (units28, h38)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.domain.unit import without_government

from .test_linking_regions_link2_h35 import _link

TABLE = ["Dinas Ketahanan Pangan | Bidang Keamanan Pangan", "Dinas Ketahanan Pangan", "Dinas Kesehatan"]


@pytest.mark.parametrize(
    "written",
    [
        "KABUPATEN BANYUASIN | DINAS KETAHANAN PANGAN | BIDANG KEAMANAN PANGAN",
        "Kota Blitar | Dinas Ketahanan Pangan | Bidang Keamanan Pangan",
        "BUPATI MERANGIN | DINAS KETAHANAN PANGAN | BIDANG KEAMANAN PANGAN",
        "Walikota Bima | Dinas Ketahanan Pangan | Bidang Keamanan Pangan",
        "BUPATI | DINAS KETAHANAN PANGAN | BIDANG KEAMANAN PANGAN",
        "PEMDA KABUPATEN KULON PROGO | DINAS KETAHANAN PANGAN | BIDANG KEAMANAN PANGAN",
        "Pemerintah Daerah Kabupaten Morowali Utara | Pemda Kab. Morowali Utara | Dinas Ketahanan Pangan | "
        "Bidang Keamanan Pangan",
    ],
)
def test_a_path_opening_with_its_region_or_head_links_to_its_unit(written: str) -> None:
    """Each linked to nothing: its key kept "kabupaten banyuasin", "bupati merangin", "wali kota bima" before the
    office (196 of SSCASN's 3,219 regional paths did not link to a table of their own units)."""
    assert _link(written, TABLE) == "J0"


@pytest.mark.parametrize(
    ("written", "table"),
    [
        ("KABUPATEN BANYUASIN | DINAS KETAHANAN PANGAN", ["Dinas Ketahanan Pangan Kabupaten Musi Banyuasin"]),
        ("Walikota Bima | Dinas Kesehatan", ["Dinas Kesehatan Kabupaten Bima", "Dinas Sosial"]),
        ("Bupati Merangin | Staf Ahli Bupati", ["Dinas Kesehatan", "Dinas Sosial"]),
    ],
)
def test_another_region_or_no_office_stays_unlinked(written: str, table: list[str]) -> None:
    assert _link(written, table) is None


@pytest.mark.parametrize(
    "key",
    [
        "bupati merangin staf ahli bupati",
        "kabupaten bogor",
        "kota agung puskesmas",
        "wali kota",
        "pemerintah kota jambi",
    ],
)
def test_a_government_followed_by_no_office_stays_itself(key: str) -> None:
    assert without_government(normalize_unit_name(key)) == normalize_unit_name(key)


def test_a_cell_of_thousands_of_place_words_is_read_without_overflow() -> None:
    """Read one government at a time, each a new call, it overflowed the stack (RecursionError)."""
    key = " ".join(["kabupaten"] * 5000)
    assert without_government(key) == key
