"""A short word after a post's name that is the name's own abbreviation, not a holding word (review17, h35)."""

import pytest

from asn_mutasi.domain.jabatan import acting_seat, acting_word, held_acting, normalize_position_name


@pytest.mark.parametrize(
    ("written", "key"),
    [
        # a Setda's "Bagian Pembangunan dan Lingkungan Hidup (PLH)" (a public Setda unit list), its head by the
        # bagian's initials, and a seksi named by its initials
        ("Kepala Bagian Pembangunan dan Lingkungan Hidup (PLH)", "kepala bagian pembangunan dan lingkungan hidup"),
        ("Kepala Bagian PLH", "kepala bagian plh"),
        ("Kabag PLH", "kepala bagian plh"),
        ("Kasi PJ", "kepala seksi pj"),
        ("Kepala Seksi Preservasi Jalan (PJ)", "kepala seksi preservasi jalan"),
        ("Plt. Kepala Bagian PLH", "kepala bagian plh"),
    ],
)
def test_a_short_word_naming_the_post_s_part_is_no_holding_word(written: str, key: str) -> None:
    """ "Kepala Bagian Pembangunan dan Lingkungan Hidup (PLH)" held definitively read as held by a Plh. (a
    jabatan-pelaksana-tugas warning, the row ranked as an acting one among repeated NIPs), and "Kepala Bagian PLH"
    lost its bagian: its key was "kepala bagian", the key of every bagian's head."""
    assert normalize_position_name(written) == key
    assert held_acting(written) == written.startswith("Plt.")
    assert acting_word(written) == ("Plt." if written.startswith("Plt.") else None)
    assert acting_seat(written) == written.removeprefix("Plt. ")


def test_a_holding_word_after_a_name_of_other_initials_still_says_an_acting_holder() -> None:
    """The holding word after the name stays read when it spells neither the part nor the words before it."""
    assert (
        acting_word("Kepala Bagian Umum PLH") == "Plh."
        and acting_seat("Kepala Bagian Umum PLH") == "Kepala Bagian Umum"
    )
    assert normalize_position_name("Kepala Bagian Umum PLH") == "kepala bagian umum"
    assert acting_word("Camat Plt") == "Plt."
