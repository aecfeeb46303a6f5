"""A kota written by its name before UU 22/1999, "Kotamadya" ("Kodya"), is that kota and never the kabupaten of its
name (review23, h36). Before, "Dinas Kesehatan Kotamadya Malang" named no region and linked to no unit."""

from __future__ import annotations

import pytest

from .test_linking_regions_link2_h35 import _link

_BEKASI = "Badan Kepegawaian Daerah Kota Bekasi"


#: a kota by its old name "Kotamadya" ("Kodya"): that kota, never the kabupaten of its name
KOTAMADYA = [
    ("Dinas Kesehatan Kotamadya Malang", ["Dinas Kesehatan Kabupaten Malang"], False),
    ("Dinas Kesehatan Kodya Bekasi", ["Dinas Kesehatan Kabupaten Bekasi"], False),
    ("Pemerintah Kodya. Kediri | Dinas Sosial", ["Pemerintah Kabupaten Kediri | Dinas Sosial"], False),
    ("Dinas Kesehatan Kotamadya Malang", ["Dinas Kesehatan Kota Malang"], True),
    ("Dinas Kesehatan Kodya Bekasi", ["Dinas Kesehatan", _BEKASI], True),
]


@pytest.mark.parametrize(("written", "units", "linked"), KOTAMADYA)
def test_a_kotamadya_is_its_kota(written: str, units: list[str], linked: bool) -> None:
    assert (_link(written, units) == "J0") is linked
