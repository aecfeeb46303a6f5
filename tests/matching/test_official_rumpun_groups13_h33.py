"""Programme families checked against the official grouping of study programmes (groups13, h33).

Source: Kemendikbudristek, "Daftar Rumpun, Pohon, dan Cabang Ilmu" (revision of 5 June 2024, published on
pusatinformasi.sister.kemdikbud.go.id; table read from the PDF in github.com/lab-biotek-bio-ugm/rumpun_ilmu_kemdikbud,
commit f4c8430, MIT). Each name below is a *cabang ilmu* of that list; the family is the one of this project's table
that holds the list's *pohon ilmu* (Kesehatan → kesehatan, Rekayasa → teknik, Pariwisata → ekonomi beside Perhotelan).
"""

from __future__ import annotations

import pytest

from asn_mutasi.domain.gelar import SPECIALTY_NAMES
from asn_mutasi.matching.education import SERUMPUN, EducationMatcher, education_family
from asn_mutasi.matching.programme import programme_family


def test_every_specialty_of_a_specialist_title_is_medicine() -> None:
    """UROLOGI (Sp.U), ONKOLOGI RADIASI (Sp.Onk.Rad), FARMAKOLOGI KLINIK (Sp.FK), PERIODONSIA (Sp.Perio) had no family:
    a urologist's education was of unknown field, not even serumpun with another specialty."""
    assert {name: programme_family(name) for name in SPECIALTY_NAMES} == dict.fromkeys(SPECIALTY_NAMES, "kesehatan")


@pytest.mark.parametrize(
    ("pendidikan", "jurusan"),
    [("Sp-1", "UROLOGI"), ("S-2", "SPESIALIS PERIODONSIA"), ("Sp-2", "SUBSPESIALIS THT - OTOLOGI")],
)
def test_specialist_education_from_its_columns_is_medicine(pendidikan: str, jurusan: str) -> None:
    assert education_family(pendidikan, jurusan) == "kesehatan"


@pytest.mark.parametrize(
    ("cabang", "family"),
    [
        # pohon Kesehatan
        ("ADMINISTRASI RUMAH SAKIT", "kesehatan"),
        ("TEKNIK TRANSFUSI DARAH", "kesehatan"),
        ("AUDIOLOGI", "kesehatan"),
        ("ILMU BIOMEDIS", "kesehatan"),
        ("VAKSINOLOGI DAN IMUNOTERAPETIKA", "kesehatan"),
        # pohon Rekayasa / Geomatika
        ("AERONAUTIKA", "teknik"),
        ("PERMESINAN KAPAL", "teknik"),
        ("SURVEI DAN PEMETAAN", "teknik"),
        ("PENGUJIAN KENDARAAN BERMOTOR", "teknik"),
        ("PERENCANAAN KEPARIWISATAAN", "teknik"),  # pohon Perencanaan Wilayah, not Pariwisata
        # pohon Pariwisata
        ("USAHA PERJALANAN WISATA", "ekonomi"),
        ("EKOWISATA", "ekonomi"),
        ("PENGELOLAAN KONVENSI DAN ACARA", "ekonomi"),
        # pohon Hukum, Komunikasi, Pendidikan-adjacent, Pertanian, Perikanan
        ("PARALEGAL", "hukum"),
        ("PERADILAN PIDANA", "hukum"),
        ("PENERBITAN", "komunikasi"),
        ("SILVIKULTUR", "pertanian"),
        ("FITOPATOLOGI", "pertanian"),
        ("KESEJAHTERAAN HEWAN", "pertanian"),
        ("SUMBER DAYA AKUATIK", "perikanan kelautan"),
        # rumpun ilmu alam and formal; pohon Pertahanan, Militer, Sains Informasi
        ("ILMU KEBUMIAN", "sains"),
        ("HIDROLOGI", "sains"),
        ("BIOFISIKA", "sains"),
        ("LOGIKA", "sains"),
        ("ILMU MILITER", "sosial politik"),
        ("DAMAI DAN RESOLUSI KONFLIK", "sosial politik"),
        ("ARSIP", "sosial politik"),
        ("SUSASTRA", "bahasa seni budaya"),
    ],
)
def test_official_cabang_ilmu_family(cabang: str, family: str) -> None:
    assert programme_family(cabang) == family


@pytest.mark.parametrize(
    ("name", "family"),
    [
        # the words added above must not pull these away from their families
        ("PERMESINAN PERIKANAN", "perikanan kelautan"),
        ("KETAHANAN PANGAN", "pertanian"),
        ("KEDOKTERAN HEWAN", "pertanian"),
        ("SAINS BIOMEDIS VETERINER", "pertanian"),
        ("TEKNOLOGI REKAYASA MILITER", "teknik"),
        ("ADMINISTRASI NEGARA", "sosial politik"),
        ("PENDIDIKAN MATEMATIKA", "pendidikan"),
        ("MANAJEMEN PEMERINTAHAN", "sosial politik"),
    ],
)
def test_families_that_stay(name: str, family: str) -> None:
    assert programme_family(name) == family


def test_hospital_administration_is_serumpun_with_public_health() -> None:
    fit = EducationMatcher(["S-1 KESEHATAN MASYARAKAT"]).fit(
        "S-1", "S-1 ADMINISTRASI RUMAH SAKIT", "S-1", "S-1 KESEHATAN MASYARAKAT"
    )
    assert fit.status == SERUMPUN
    assert fit.memenuhi is False


@pytest.mark.parametrize(
    ("name", "family"),
    [("MANAJEMEN INDUSTRI", "ekonomi"), ("TEKNIK DAN MANAJEMEN INDUSTRI", "teknik"), ("TEKNIK INDUSTRI", "teknik")],
)
def test_industrial_management_is_management(name: str, family: str) -> None:
    """Manajemen Industri (D-III, PDDikti E) is pohon Bisnis-Manajemen, not Rekayasa; it was read as engineering from
    INDUSTRI."""
    assert programme_family(name) == family


def test_industrial_management_is_serumpun_with_management() -> None:
    fit = EducationMatcher(["D-III MANAJEMEN PEMASARAN"]).fit(
        "D-III", "D-III MANAJEMEN INDUSTRI", "D-III", "D-III MANAJEMEN PEMASARAN"
    )
    assert fit.status == SERUMPUN
