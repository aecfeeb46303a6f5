"""A specialist title written with a space and no comma after the name ("dr. Budi Sp. PD") is read (review12, h33).

"dr. Budi, Sp. PD" read Penyakit Dalam, but without the comma the spaced title was left in the name: a plain dokter,
and in capitals ("DR. BUDI SP. PD") a doctorate (S-3) instead of the specialist spell15's capital DR rule reads.
"""

from __future__ import annotations

import pytest

from asn_mutasi.domain.gelar import bare_name, parse_titles


@pytest.mark.parametrize(
    ("nama", "level", "programme", "name"),
    [
        ("dr. Budi Sp. PD", "Sp-1", "PENYAKIT DALAM", "Budi"),
        ("DR. H. BUDI SP. OG", "Sp-1", "OBSTETRI DAN GINEKOLOGI", "BUDI"),
        ("dr. Budi Santoso Sp. A", "Sp-1", "ANAK", "Budi Santoso"),
        ("Budi S. Pd", "S-1", "PENDIDIKAN", "Budi"),
        ("Budi Sp. Xy", None, None, "Budi Sp. Xy"),  # no specialty: the name's words
        ("Budi Santoso S. A", None, None, "Budi Santoso S. A"),  # one letter after S. is no title
    ],
)
def test_a_spaced_specialist_title_after_the_name_is_read(
    nama: str, level: str | None, programme: str | None, name: str
) -> None:
    titles = parse_titles(nama)
    assert (titles.level, titles.programme_hint) == (level, programme)
    assert bare_name(nama) == name
