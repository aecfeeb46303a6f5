"""An OPD is read as a table's OPD merged with other affairs when that OPD holds each of its affairs whole, and two
such OPDs are no answer, for roster linking and the commands alike (link5, h36)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.domain.unit import unit_among

from .test_linking_regions_link2_h35 import _link

#: (roster unit, the table's units, the one it is, or None)
CASES = [
    ("Dinas Perikanan", ["Dinas Kelautan dan Perikanan"], "Dinas Kelautan dan Perikanan"),
    ("Dinas Perikanan dan Kelautan", ["Dinas Kelautan dan Perikanan"], "Dinas Kelautan dan Perikanan"),
    ("Dinas Pariwisata", ["Dinas Kebudayaan dan Pariwisata"], "Dinas Kebudayaan dan Pariwisata"),
    (
        "Dinas Pendidikan",
        ["Dinas Pendidikan Dasar", "Dinas Pendidikan dan Kebudayaan"],
        "Dinas Pendidikan dan Kebudayaan",
    ),
    # two OPDs that hold the affair: the analyst decides
    ("Dinas Pariwisata", ["Dinas Pariwisata Pemuda dan Olahraga", "Dinas Kebudayaan dan Pariwisata"], None),
    ("Dinas Perumahan", ["Dinas Perumahan Rakyat dan Kawasan Permukiman", "Dinas Pekerjaan Umum dan Perumahan"], None),
    # an affair held only in part is another office
    ("Dinas Kesehatan", ["Dinas Peternakan dan Kesehatan Hewan"], None),
    ("Dinas Pendidikan dan Kebudayaan", ["Dinas Pendidikan", "Dinas Kebudayaan"], None),
    ("Badan Keuangan", ["Dinas Keuangan dan Aset"], None),
]


@pytest.mark.parametrize(("written", "units", "expected"), CASES)
def test_linking_reads_a_merged_office(written: str, units: list[str], expected: str | None) -> None:
    got = _link(written, units)
    assert got == (f"J{units.index(expected)}" if expected else None)


@pytest.mark.parametrize(("written", "units", "expected"), CASES)
def test_unit_among_reads_it_alike(written: str, units: list[str], expected: str | None) -> None:
    shown = {normalize_unit_name(u): u for u in units}
    got = unit_among(normalize_unit_name(written), list(shown), shown)
    assert got == (normalize_unit_name(expected) if expected else None)


def test_an_opd_merged_with_desa_is_cut_from_its_place() -> None:
    """ "… Masyarakat dan Desa Kabupaten Alor" is the OPD of Kabupaten Alor, not a village named "Kabupaten Alor"
    (SSCASN 2024 OPD names of 16 kabupaten); "Kecamatan Kota Bangun" still names its kecamatan."""
    assert _link("Dinas Pemberdayaan Masyarakat dan Desa Kab. Alor", ["Dinas Pemberdayaan Masyarakat dan Desa"]) == "J0"
    assert _link("Kecamatan Kota Bangun", ["Kecamatan Sukamaju"]) is None
