"""Holding words written after a post's name, and a Pj. before a head's short form (groups19, h35)."""

import pytest

from asn_mutasi.domain.jabatan import (
    _HOLDING_PREFIXES,
    _PJ_SEAT_HEADS,
    acting_seat,
    acting_word,
    classify_jenis_jabatan,
    held_acting,
    normalize_position_name,
)


@pytest.mark.parametrize(
    ("written", "seat", "short"),
    [
        ("Kepala Dinas Pendidikan Plt.", "Kepala Dinas Pendidikan", "Plt."),
        ("Sekretaris Daerah, Plh", "Sekretaris Daerah", "Plh."),
        ("Camat Pj.", "Camat", "Pj."),
        ("KEPALA BIDANG UMUM - PJS", "KEPALA BIDANG UMUM", "Pjs."),
        ("Kepala Seksi Pelayanan [Plt]", "Kepala Seksi Pelayanan", "Plt."),
    ],
)
def test_a_holding_word_after_the_name_says_an_acting_holder(written: str, seat: str, short: str) -> None:
    """ "Kepala Dinas Pendidikan Plt." kept "plt" in its key: it linked no Kepala Dinas and said no acting holder."""
    assert normalize_position_name(written) == normalize_position_name(seat)
    assert acting_word(written) == short and held_acting(written)
    assert acting_seat(written) == seat
    assert classify_jenis_jabatan(written) == classify_jenis_jabatan(seat)


@pytest.mark.parametrize(
    ("written", "seat"),
    [
        ("Pj. Kabiro Hukum", "Kepala Biro Hukum"),
        ("KaBiro Umum dan Keuangan", "Kepala Biro Umum dan Keuangan"),
        ("Pj. Kacab Dinas Pendidikan Wilayah I", "Kepala Cabang Dinas Pendidikan Wilayah I"),
        ("Plt. Kacabdin", "Kepala Cabang Dinas"),
        ("Kacabdin Pendidikan Wilayah II", "Kepala Cabang Dinas Pendidikan Wilayah II"),
        ("pj. walkot bandung", "Walikota Bandung"),
    ],
)
def test_a_head_s_short_form_is_the_head(written: str, seat: str) -> None:
    """ "Kabiro", "Kacab(din)", "Walkot" (a university's letter log, a school's site, a complaint dataset) read
    Pelaksana, and after "Pj." the penanggung jawab of a task named by them."""
    assert normalize_position_name(written) == normalize_position_name(seat)
    assert classify_jenis_jabatan(written) == classify_jenis_jabatan(seat)
    assert held_acting(written) == written.casefold().startswith(("pj", "plt"))


def test_the_seat_heads_of_a_pj_reuse_the_one_list_of_holding_words() -> None:
    """ "Pj. Plt. Kepala Dinas": every holding word opens a seat a Pj. holds, as the one list says it."""
    assert _HOLDING_PREFIXES <= _PJ_SEAT_HEADS
    assert normalize_position_name("Pj. Penjabat Kepala Desa") == "kepala desa"


def test_a_lone_holding_word_and_a_task_in_charge_stay_as_written() -> None:
    """ "Plt" alone names no post; "PJ Gudang" is a penanggung jawab, and a "PJ" in the middle of a name no holder."""
    assert acting_word("Plt") is None and normalize_position_name("Plt") == "plt"
    assert not held_acting("PJ Gudang Farmasi")
    assert not held_acting("Kepala Seksi Imunisasi PJ Program")
