"""Central and vertical-office titles by their own abbreviations (groups18, h34)."""

import pytest

from asn_mutasi.config import Rules
from asn_mutasi.domain.jabatan import (
    classify_jenis_jabatan,
    jenis_by_kelas,
    normalize_position_name,
    retirement_age,
)


@pytest.mark.parametrize(
    ("abbreviated", "written", "jenis"),
    [
        ("Dirjen Imigrasi", "Direktur Jenderal Imigrasi", "JPT Madya"),
        ("Plt. Sesditjen Diktiristek", "Sekretaris Direktorat Jenderal Diktiristek", "JPT Pratama"),
        ("Sestama", "Sekretaris Utama", "JPT Madya"),
        ("Asdep Bidang Manajemen Risiko", "Asisten Deputi Bidang Manajemen Risiko", "JPT Pratama"),
        ("Irjen Kementerian Keuangan", "Inspektur Jenderal Kementerian Keuangan", "JPT Madya"),
    ],
)
def test_central_abbreviation_reads_as_its_title(abbreviated: str, written: str, jenis: str) -> None:
    """A ministry's and LPNK's abbreviated eselon I/II posts read as the titles written out, BUP 60 (UU 20/2023 Pasal
    55): abbreviated they read Pelaksana, BUP 58 (groups18, h34)."""
    assert normalize_position_name(abbreviated) == normalize_position_name(written)
    assert classify_jenis_jabatan(abbreviated) == jenis
    assert retirement_age(None, abbreviated, Rules()) == 60


@pytest.mark.parametrize("rank", ["Irjen Pol. Budi Santoso", "IRJEN POL DRS. BUDI"])
def test_irjen_pol_is_a_police_rank_not_the_post(rank: str) -> None:
    """ "Irjen Pol." is the police rank Inspektur Jenderal Polisi, no Inspektur Jenderal of a ministry."""
    assert not normalize_position_name(rank).startswith("inspektur jenderal")
    assert classify_jenis_jabatan(rank) != "JPT Madya"


@pytest.mark.parametrize(
    ("abbreviated", "written", "at_14", "at_9"),
    [
        # the offices whose head's eselon its ministry's organisation rule sets (data/jabatan_kantor_vertikal.csv,
        # groups20, h35) keep it at any kelas; an office whose class the name leaves out takes the kelas
        ("Kepala KPP Pratama Jambi", "Kepala Kantor Pelayanan Pajak Pratama Jambi", "Administrator", "Administrator"),
        ("Kepala Kantah Kabupaten Lombok Tengah", "Kepala Kantor Pertanahan Kabupaten Lombok Tengah", "Administrator",
         "Administrator"),
        ("Kepala Kanim Kelas II Sibolga", "Kepala Kantor Imigrasi Kelas II Sibolga", "Administrator", "Administrator"),
        ("Kakanim Palopo", "Kepala Kantor Imigrasi Palopo", "JPT Pratama", "Pengawas"),
    ],
)  # fmt: skip
def test_vertical_office_head_abbreviated(abbreviated: str, written: str, at_14: str, at_9: str) -> None:
    """The head of a central agency's office in a region, abbreviated, is the "kepala kantor" written out: managerial,
    its level from its rule or else the kelas; it read Pelaksana whatever the kelas (groups18, h34)."""
    assert normalize_position_name(abbreviated) == normalize_position_name(written)
    jenis = classify_jenis_jabatan(abbreviated)
    assert jenis == classify_jenis_jabatan(written) == "Administrator"
    assert jenis_by_kelas(abbreviated, jenis, 14.0) == at_14
    assert jenis_by_kelas(abbreviated, jenis, 9.0) == at_9
