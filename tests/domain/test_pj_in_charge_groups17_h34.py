"""A "PJ" before a task is the penanggung jawab of it, before a head's seat the penjabat holding it (groups17, h34)."""

import pytest

from asn_mutasi.domain.jabatan import (
    acting_seat,
    classify_jenis_jabatan,
    held_acting,
    named_pengawas,
    normalize_position_name,
)


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("PJ Gudang Farmasi", "Penanggung Jawab Gudang Farmasi"),
        ("PJ UKM Esensial & Perkesmas", "Penanggung Jawab UKM Esensial dan Perkesmas"),
        ("PJ Mutu", "Penanggung Jawab Mutu"),
        ("Staf PJ Program Imunisasi", "Staf Penanggung Jawab Program Imunisasi"),
        ("PJ. Keuangan BOS", "Penanggung Jawab Keuangan BOS"),
    ],
)
def test_pj_before_a_task_is_a_penanggung_jawab(written: str, meant: str) -> None:
    """ "PJ Gudang", "PJ UKM Esensial & Perkesmas", "PJ Mutu" (public apps' jabatan lists of puskesmas and offices)
    name who answers for a task: read as a Pj., the holder was an acting official of a post named "Gudang …"."""
    assert not held_acting(written) and acting_seat(written) == written
    assert normalize_position_name(written) == normalize_position_name(meant)
    assert classify_jenis_jabatan(written) == "Pelaksana"


@pytest.mark.parametrize(
    ("written", "seat"),
    [
        ("Pj. Kepala Desa Sukamaju", "Kepala Desa Sukamaju"),
        ("PJ. SEKRETARIS DAERAH", "SEKRETARIS DAERAH"),
        ("PJ Sekda", "Sekretaris Daerah"),
        ("Pj Kadinkes", "Kepala Dinas Kesehatan"),
        ("PJ KASUBAG UMUM", "Kepala Subbagian Umum"),
        ("Pj. Bupati Bantul", "Bupati Bantul"),
        ("PJ. WALI KOTA BEKASI", "WALI KOTA BEKASI"),
        ("Pj Lurah Cempaka", "Lurah Cempaka"),
    ],
)
def test_pj_before_a_head_s_seat_stays_acting(written: str, seat: str) -> None:
    """A Pj. holds a head's seat ("PJ. Kepala Desa Persiapan Parianum", "Pj. Sekretaris Daerah" in public letters)."""
    assert held_acting(written)
    assert normalize_position_name(written) == normalize_position_name(seat)


def test_a_pengawas_with_a_task_in_charge_holds_the_post_as_its_own() -> None:
    """ "Kepala Subbagian Umum (PJ Barang)" is a kasubbag answering for the stores, no acting holder: its stated BUP
    was not held against the pengawas's 58 as "(Pj.)" is."""
    assert named_pengawas("Kepala Subbagian Umum (PJ Barang)")
    assert named_pengawas("Kepala Seksi Imunisasi PJ Program")
    assert not named_pengawas("Kepala Seksi Pelayanan (Pj.)")
    assert not named_pengawas("Kepala Seksi Pelayanan (Pj. Kepala Bidang)")
