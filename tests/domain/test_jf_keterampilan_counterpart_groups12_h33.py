"""A keahlian JF's name at a keterampilan grade is its keterampilan counterpart, a JF of its own (groups12, h33).

"Medik Veteriner Pelaksana" read as the JF Medik Veteriner with no jenjang (groups11 stopped reading it Terampil, the
JF being keahlian only), though the veterinary keterampilan grades are the JF Paramedik Veteriner's (PermenPANRB
53/2012: Paramedik Veteriner Pelaksana Pemula to Penyelia); likewise Penata Anestesi and Asisten Penata Anestesi
(PermenPANRB 11/2017 and 10/2017). The catalogue lists the keahlian JF's name on its counterpart's row.
"""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import jenjang_fungsional, jf_kategori
from asn_mutasi.domain.rumpun import classify_position


@pytest.mark.parametrize(
    ("name", "jf", "jenjang"),
    [
        ("Medik Veteriner Pelaksana", "paramedik veteriner", "terampil"),
        ("Medik Veteriner Pelaksana Lanjutan", "paramedik veteriner", "mahir"),
        ("Medik Veteriner Penyelia", "paramedik veteriner", "penyelia"),
        ("Penata Anestesi Pelaksana", "asisten penata anestesi", "terampil"),
        ("Perawat Anestesi Pelaksana", "asisten penata anestesi", "terampil"),
        ("Pengendali Hama dan Penyakit Ikan Pelaksana", "teknisi pengendali hama dan penyakit ikan", "terampil"),
        ("Pelatih Olahraga Terampil", "asisten pelatih olahraga", "terampil"),
        ("Pengelola Produksi Perikanan Tangkap Pelaksana", "asisten pengelola produksi perikanan tangkap", "terampil"),
        (
            "Pembina Mutu Hasil Kelautan dan Perikanan Mahir",
            "asisten pembina mutu hasil kelautan dan perikanan",
            "mahir",
        ),
    ],
)
def test_a_keterampilan_grade_of_a_keahlian_jf_is_its_counterpart(name: str, jf: str, jenjang: str) -> None:
    assert classify_position(name).jf == jf
    assert jenjang_fungsional(name) == jenjang
    assert jf_kategori(jf) == "keterampilan"


@pytest.mark.parametrize(
    ("name", "jf", "jenjang"),
    [
        ("Medik Veteriner Ahli Pertama", "medik veteriner", "ahli pertama"),
        ("Medik Veteriner", "medik veteriner", None),
        ("Paramedik Veteriner Pelaksana", "paramedik veteriner", "terampil"),
        ("Penata Anestesi Ahli Muda", "penata anestesi", "ahli muda"),
        ("Perencana Pelaksana", "perencana", None),  # a keahlian JF without a counterpart: no jenjang (groups11)
    ],
)
def test_the_keahlian_jf_and_its_counterpart_keep_their_own_names(name: str, jf: str, jenjang: str | None) -> None:
    assert classify_position(name).jf == jf
    assert jenjang_fungsional(name) == jenjang
