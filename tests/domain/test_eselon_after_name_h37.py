"""A post's name followed by its eselon ("Sekretaris / III.a", a roster's "Jabatan / Eselon" column) links to the post.

real27 (h37) read the one-cell header "Jabatan / Eselon" as the jabatan; its values carry the eselon after a slash,
and on the sample's roster written that way 51 holders of structural posts were read as holding no post of the
table (lowongan 320 instead of 269).
"""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import normalize_position_name


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Sekretaris / III.a", "Sekretaris"),
        ("Kepala Subbagian Umum / IV.a", "Kepala Subbagian Umum"),
        ("Kepala Seksi/IVb", "Kepala Seksi"),
        ("Camat / III a", "Camat"),
        ("Kepala Bidang - Eselon III.b", "Kepala Bidang"),
        ("Sekretaris Daerah / II.A", "Sekretaris Daerah"),
        ("Perawat Ahli Pertama - III/a", "Perawat Ahli Pertama"),  # a golongan after a dash, as before
    ],
)
def test_an_eselon_after_the_name_is_no_part_of_it(written: str, plain: str) -> None:
    assert normalize_position_name(written) == normalize_position_name(plain)


@pytest.mark.parametrize(
    "name",
    ["Kepala Lapas Kelas IIA", "Kepala Rutan Kelas II/B", "Kepala Seksi Wilayah II / A", "Analis / I"],
)
def test_a_class_or_number_that_belongs_to_the_name_stays(name: str) -> None:
    key = normalize_position_name(name)
    assert key.split()[-1] in {"iia", "b", "a", "i"}
