"""A Pj. before a village head's other name, or before another holding word, holds that seat (review16, h34)."""

import pytest

from asn_mutasi.domain.jabatan import acting_seat, held_acting, normalize_position_name


@pytest.mark.parametrize(
    ("written", "seat"),
    [
        ("Pj. Perbekel Desa Tonja", "Perbekel Desa Tonja"),
        ("PJ. KEUCHIK GAMPONG LAMPASEH", "KEUCHIK GAMPONG LAMPASEH"),
        ("Pj Geuchik", "Geuchik"),
        ("Pj. Kuwu Desa Kertasari", "Kuwu Desa Kertasari"),
        ("Pj. Petinggi Desa Bangsri", "Petinggi Desa Bangsri"),
        ("Pj. Datuk Penghulu Kepenghuluan Bagan", "Datuk Penghulu Kepenghuluan Bagan"),
        ("Pj. Penghulu Kepenghuluan Sungai Segajah", "Penghulu Kepenghuluan Sungai Segajah"),
        ("Pj. Hukum Tua Desa Kali", "Hukum Tua Desa Kali"),
        ("Pj. Pambakal Desa Murung", "Pambakal Desa Murung"),
        ("Pj. Sangadi Desa Bilalang", "Sangadi Desa Bilalang"),
        ("Pj. Raja Negeri Hative Besar", "Raja Negeri Hative Besar"),
        ("Pj. Reje Kampung Bebesen", "Reje Kampung Bebesen"),
        ("Pj. Plt. Kepala Dinas Sosial", "Kepala Dinas Sosial"),
    ],
)
def test_pj_before_a_village_head_s_other_name_stays_acting(written: str, seat: str) -> None:
    """A village head goes by other names (UU 6/2014): "Pj. Perbekel", "Pj. Keuchik", "Pj. Kuwu" are the acting
    village heads civil servants are posted as; read as the penanggung jawab of a "Perbekel" task they lost the
    acting holder and became a pelaksana's post "Penanggung Jawab Perbekel …"."""
    assert held_acting(written)
    assert acting_seat(written) != written
    assert normalize_position_name(written) == normalize_position_name(seat)


@pytest.mark.parametrize("written", ["PJ Hukum dan Kepegawaian", "PJ Raport Mutu"])
def test_pj_before_a_task_near_those_names_stays_in_charge(written: str) -> None:
    """Only the seat's whole name opens it: "PJ Hukum" (the law desk) is no Hukum Tua's seat."""
    assert not held_acting(written)
