"""Tests for requirement splitting, programme keys and families."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from asn_mutasi.matching.families import FAMILIES, family_of_key
from asn_mutasi.matching.programme import is_open_requirement, programme_family, programme_key, split_requirements


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (None, []),
        ("", []),
        ("S-1 MANAJEMEN; S-1 AKUNTANSI", ["S-1 MANAJEMEN", "S-1 AKUNTANSI"]),
        ("S-1 Manajemen, Akuntansi dan/atau Ekonomi Pembangunan", ["S-1 Manajemen", "S-1 Akuntansi", "S-1 Ekonomi Pembangunan"]),
        ("S-1 Hukum atau S-1 Ekonomi", ["S-1 Hukum", "S-1 Ekonomi"]),
        ("S-1 HUKUM ATAU EKONOMI", ["S-1 HUKUM", "S-1 EKONOMI"]),
        ("D-III KEARSIPAN/KEPERPUSTAKAAN", ["D-III KEARSIPAN", "D-III KEPERPUSTAKAAN"]),
        ("S-1 Teknik Informatika / Sistem Informasi / Ilmu Komputer",
         ["S-1 Teknik Informatika", "S-1 Sistem Informasi", "S-1 Ilmu Komputer"]),
        # parentheticals and level compounds are not split
        ("S-1 PENDIDIKAN GURU SEKOLAH DASAR (PGSD)", ["S-1 PENDIDIKAN GURU SEKOLAH DASAR (PGSD)"]),
        ("S-1/A-IV PENDIDIKAN BIOLOGI", ["S-1/A-IV PENDIDIKAN BIOLOGI"]),
        ("Diploma III/Sarjana Muda Keperawatan", ["Diploma III/Sarjana Muda Keperawatan"]),
        ("S-1/D-IV AKUNTANSI", ["S-1/D-IV AKUNTANSI"]),
        ("S-1 HUKUM / S-1/D-IV AKUNTANSI", ["S-1 HUKUM", "S-1/D-IV AKUNTANSI"]),
        ("SLTA/SMA SEDERAJAT", ["SLTA/SMA SEDERAJAT"]),
        # words around a level name no programme (an Anjab's "Kualifikasi Pendidikan": diff review)
        ("Minimal S-1 Ilmu Hukum", ["S-1 Ilmu Hukum"]),
        ("Pendidikan minimal S1 Hukum; S-1 Ilmu Pemerintahan", ["S1 Hukum", "S-1 Ilmu Pemerintahan"]),
        ("Sekurang-kurangnya D-III Akuntansi", ["D-III Akuntansi"]),
        ("Min. S-1 Teknik Sipil", ["S-1 Teknik Sipil"]),
        ("D-III Keperawatan atau lebih tinggi", ["D-III Keperawatan"]),
        ("S-1 AGROTEKNOLOGI (MINAT PERLINDUNGAN TANAMAN / HAMA DAN PENYAKIT TUMBUHAN)",
         ["S-1 AGROTEKNOLOGI (MINAT PERLINDUNGAN TANAMAN / HAMA DAN PENYAKIT TUMBUHAN)"]),
        # the administrative marker list is not a list of programmes
        ("D-III PEMINATAN/JURUSAN/PROGRAM STUDI/KONSENTRASI KESEHATAN LINGKUNGAN", ["D-III KESEHATAN LINGKUNGAN"]),
        # a shared head or tail word is distributed
        # (a lone head word is no programme: "S-1 TEKNIK" let every S.T. meet Teknik or Rekayasa Komputer; review2, h30)
        ("S-1 TEKNIK ATAU REKAYASA KOMPUTER", ["S-1 TEKNIK KOMPUTER", "S-1 REKAYASA KOMPUTER"]),
        ("S-1 ILMU ATAU SAINS KELAUTAN", ["S-1 ILMU KELAUTAN", "S-1 SAINS KELAUTAN"]),
        ("D-III TEKNIK ELEKTRO/ELEKTRONIKA", ["D-III TEKNIK ELEKTRO", "D-III TEKNIK ELEKTRONIKA", "D-III ELEKTRONIKA"]),
        # a shared head over three words, and a right side picking up a word of the left (h26/spell3)
        ("S-2 SAINS LABORATORIUM KLINIS ATAU MEDIS",
         ["S-2 SAINS LABORATORIUM KLINIS", "S-2 SAINS LABORATORIUM MEDIS", "S-2 MEDIS"]),
        ("D-III PENGOLAHAN HASIL LAUT ATAU HASIL PERIKANAN",
         ["D-III PENGOLAHAN HASIL LAUT", "D-III PENGOLAHAN HASIL PERIKANAN", "D-III HASIL PERIKANAN"]),
        ("S-1 PERENCANAAN WILAYAH DAN KOTA/PLANOLOGI", ["S-1 PERENCANAAN WILAYAH DAN KOTA", "S-1 PLANOLOGI"]),
        ("S-1 MANAJEMEN; S-1 MANAJEMEN", ["S-1 MANAJEMEN"]),
    ],
)  # fmt: skip
def test_split_requirements(text: str | None, pieces: list[str]) -> None:
    assert split_requirements(text) == pieces


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("S-1 PENDIDIKAN GURU SEKOLAH DASAR (PGSD)", "PENDIDIKAN GURU SEKOLAH DASAR"),
        ("PGSD", "PENDIDIKAN GURU SEKOLAH DASAR"),
        ("S1 PGSD", "PENDIDIKAN GURU SEKOLAH DASAR"),
        ("S1 PAI", "PENDIDIKAN AGAMA ISLAM"),
        ("S-1 TI", "TEKNIK INFORMATIKA"),
        ("S1 SI", "SISTEM INFORMASI"),
        ("SI", "SISTEM INFORMASI"),
        ("D3 K3", "KESELAMATAN DAN KESEHATAN KERJA"),
        ("S1 Kesmas", "KESEHATAN MASYARAKAT"),
        ("S1 Adm. Negara", "ADMINISTRASI NEGARA"),
        ("Admin. Negara", "ADMINISTRASI NEGARA"),
        ("S-1 ILMU ADMINISTRASI PUBLIK", "ADMINISTRASI NEGARA"),
        ("D-III RMIK", "REKAM MEDIS"),  # one programme under seven SSCASN names (h26/spell2)
        ("S1 PWK", "PERENCANAAN WILAYAH DAN KOTA"),
        ("S1 MSDM", "MANAJEMEN SUMBER DAYA MANUSIA"),
        ("S1 DKV", "DESAIN KOMUNIKASI VISUAL"),
        ("S1 PJKR", "PENDIDIKAN JASMANI"),  # PJKR: the full name of Pendidikan Jasmani
        ("Tek. Sipil", "TEKNIK SIPIL"),
        ("S1 Akuntansi & Keuangan", "AKUNTANSI DAN KEUANGAN"),
        ("Ilmu Hukum", "HUKUM"),
        ("S-1 EKONOMI MANAJEMEN", "MANAJEMEN"),
        ("S-1 EKONOMI AKUNTANSI", "AKUNTANSI"),
        ("S-1 EKONOMI PEMBANGUNAN", "EKONOMI PEMBANGUNAN"),
        ("Prodi Teknik Informatika", "TEKNIK INFORMATIKA"),
        ("Program Studi Manajemen", "MANAJEMEN"),
        ("PS Hukum", "HUKUM"),
        ("Jurusan Manajemen", "MANAJEMEN"),
        ("S-1 KEPERAWATAN NERS", "NERS"),
        ("PROFESI NERS", "NERS"),
        ("S-1 KEPERAWATAN", "KEPERAWATAN"),
        ("S-1 STATISTIK", "STATISTIKA"),
        ("D-IV TEKNOLOGI LABORATORIUM MEDIK", "TEKNOLOGI LABORATORIUM MEDIS"),
        ("S-1 TEOLOGI (KRISTEN)", "TEOLOGI KRISTEN"),  # not an abbreviation: kept
        ("S-1 ILMU DAN TEKNOLOGI KELAUTAN", "ILMU DAN TEKNOLOGI KELAUTAN"),
        ("DOKTER UMUM", "DOKTER"),  # the profession: PROFESI DOKTER
        ("", ""),
    ],
)
def test_programme_key(text: str, key: str) -> None:
    assert programme_key(text) == key


def test_related_programmes_keep_distinct_keys() -> None:
    assert programme_key("S-1 KESEHATAN LINGKUNGAN") != programme_key("S-1 KESEHATAN MASYARAKAT")
    assert programme_key("S-1 MANAJEMEN") != programme_key("S-1 MANAJEMEN INFORMATIKA")
    assert programme_key("PENDIDIKAN MATEMATIKA") != programme_key("MATEMATIKA")
    assert programme_key("HUKUM ISLAM") != programme_key("HUKUM")
    assert programme_key("TEKNIK INFORMATIKA") != programme_key("INFORMATIKA")


@pytest.mark.parametrize(
    ("text", "open_"),
    [("SLTA/SMA SEDERAJAT", True), ("SMK", True), ("SLTA SEMUA JURUSAN", True), ("SLTA KEJURUAN", True),
     ("SMA IPA", False), ("S-1 HUKUM", False)],
)  # fmt: skip
def test_open_requirements(text: str, open_: bool) -> None:
    assert is_open_requirement(text) is open_


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("S-1 PENDIDIKAN MATEMATIKA", "pendidikan"),
        ("S-1 MATEMATIKA", "sains"),
        ("S-1 TEKNIK INFORMATIKA", "komputer"),
        ("D-III MANAJEMEN INFORMATIKA", "komputer"),
        ("S-1 SISTEM INFORMASI", "komputer"),
        ("S-1 TEKNIK SIPIL", "teknik"),
        ("S-1 TEKNIK LINGKUNGAN", "teknik"),
        ("S-1 KESEHATAN LINGKUNGAN", "kesehatan"),
        ("S-1 KESEHATAN MASYARAKAT", "kesehatan"),
        ("D-III KEPERAWATAN", "kesehatan"),
        ("D-III KEBIDANAN", "kesehatan"),
        ("PENDIDIKAN DOKTER", "kesehatan"),
        ("D-III REKAM MEDIS DAN INFORMASI KESEHATAN", "kesehatan"),
        ("S-1 HUKUM KESEHATAN", "hukum"),
        ("S-1 MANAJEMEN", "ekonomi"),
        ("S-1 AKUNTANSI", "ekonomi"),
        ("S-1 ADMINISTRASI NEGARA", "sosial politik"),
        ("S-1 ILMU PEMERINTAHAN", "sosial politik"),
        ("S-1 ILMU KOMUNIKASI", "komunikasi"),
        ("S-1 AGROTEKNOLOGI", "pertanian"),
        ("S-1 TEKNOLOGI PERTANIAN", "pertanian"),
        ("S-1 PETERNAKAN", "pertanian"),
        ("S-1 MANAJEMEN SUMBER DAYA PERAIRAN", "perikanan kelautan"),
        ("S-1 PSIKOLOGI", "psikologi"),
        ("S-1 SASTRA INGGRIS", "bahasa seni budaya"),
        ("S-1 PENDIDIKAN AGAMA ISLAM", "pendidikan"),
        ("S-1 STUDI AGAMA AGAMA", "agama"),
        ("S-1 STATISTIKA", "sains"),
        ("S-1 XYZ", None),
    ],
)
def test_programme_family(text: str, family: str | None) -> None:
    assert programme_family(text) == family


def test_family_ids_are_declared() -> None:
    assert family_of_key("") is None
    assert {programme_family(t) for t in ("HUKUM", "GIZI", "FISIKA")} <= set(FAMILIES)


_WORDS = st.sampled_from(
    ["MANAJEMEN", "HUKUM", "KESEHATAN", "MASYARAKAT", "TEKNIK", "INFORMATIKA", "SISTEM", "INFORMASI", "ADMINISTRASI",
     "NEGARA", "PUBLIK", "EKONOMI", "PEMBANGUNAN", "AKUNTANSI", "KEPERAWATAN", "PENDIDIKAN", "GURU", "SEKOLAH",
     "DASAR", "ILMU", "DAN", "PGSD", "TI", "SI", "K3", "KESMAS", "ADM", "STATISTIK", "NERS", "SIPIL"]
)  # fmt: skip
_PROGRAMMES = st.lists(_WORDS, min_size=1, max_size=5).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_PROGRAMMES, st.text(max_size=40)))
def test_programme_key_is_idempotent(text: str) -> None:
    key = programme_key(text)
    assert programme_key(key) == key


@settings(max_examples=200, deadline=None)
@example("SI HUKUM", "", "Prodi ", str.upper, " ")  # "SI" after "Prodi" was read as Sistem Informasi (h36)
@given(
    _PROGRAMMES,
    st.sampled_from(["", "S-1 ", "S1 ", "S1. ", "Strata 1 ", "D3 ", "D-III ", "Diploma IV ", "Sarjana ", "S-1/D-IV "]),
    st.sampled_from(["", "Prodi ", "Jurusan ", "Program Studi "]),
    st.sampled_from([str.upper, str.lower, str.title]),
    st.sampled_from([" ", "  ", " - "]),
)
def test_programme_key_ignores_casing_punctuation_and_level(
    programme: str, level: str, prefix: str, case: object, joiner: str
) -> None:
    variant = case(level + prefix + programme.replace(" ", joiner))  # type: ignore[operator]
    assert programme_key(variant) == programme_key(programme)


# --- competence relevance for posts without a programme requirement (issue 12) -----------------
import numpy as np  # noqa: E402

from asn_mutasi.matching.education import education_family  # noqa: E402
from asn_mutasi.matching.families import field_relevance, post_family  # noqa: E402


@pytest.mark.parametrize(
    ("nama_jabatan", "unit_kerja", "family"),
    [
        ("Perawat Terampil", "Kecamatan Selat", "kesehatan"),  # the name decides before the unit
        ("Pengadministrasi Perkantoran", "UPT Puskesmas Sei Hanyo", "kesehatan"),
        # one field classification with experience (domain/rumpun.py): a kecamatan is urusan pemerintahan
        ("Pengadministrasi Perkantoran", "Kecamatan Kapuas Barat", "pemerintahan"),
        ("Pengadministrasi Umum", "Sekretariat Daerah", None),  # field "umum": no particular field
        ("Guru Ahli Pertama", "SD Negeri 1 Dadahup Raya", "pendidikan"),
        ("Pengadministrasi Perkantoran", "SD Negeri 1 Dadahup Raya", "pendidikan"),
        ("Pranata Komputer Ahli Pertama", None, "teknologi informasi"),
        ("Penata Layanan Operasional", "Dinas Pertanian", "pertanian"),
        ("Pengadministrasi Kepegawaian", "Dinas Pertanian", "kepegawaian"),  # the name's field beats the unit's
        ("Pranata Komputer Ahli Muda", "Dinas Kesehatan", "teknologi informasi"),  # a unit never changes a JF
        ("Kabid Peternakan dan Kesehatan Hewan", "Dinas Pertanian", "pertanian"),  # animal, not human health
    ],
)
def test_post_family(nama_jabatan: str, unit_kerja: str | None, family: str | None) -> None:
    assert post_family(nama_jabatan, unit_kerja) == family


def test_education_family_reads_schools_programmes_and_titles() -> None:
    assert education_family("D-III", "KEPERAWATAN") == "kesehatan"
    assert education_family("SPK", None) == "kesehatan"
    assert education_family("", "", "ANI, A.Md.Keb") == "kesehatan"
    assert education_family("SMA", None) is None
    assert education_family("D-III", "D-III Keperawatn") == "kesehatan"  # a misspelt keyword (sample roster)
    assert family_of_key("SASTRA INGGRS") == "bahasa seni budaya"  # short words are not guessed: SASTRA decides


def test_a_nurse_prefers_a_health_post_over_a_clerk_post() -> None:
    nurse = education_family("D-III", "KEPERAWATAN")
    clerk, ward = post_family("Pengadministrasi Umum", "Sekretariat Daerah"), post_family("Perawat Terampil", "RSUD")
    kecamatan = post_family("Pengelola Data", "Kecamatan Selat")
    pairs = np.array([ward, clerk, kecamatan], dtype=object)
    scores = field_relevance(np.array([nurse, nurse, nurse]), pairs, umum=0.6, lain=0.25)
    assert list(scores) == [1.0, 0.6, 0.25]
    other = field_relevance(np.array(["ekonomi", None], dtype=object), np.array([ward, ward]), umum=0.6, lain=0.25)
    assert list(other) == [0.25, 0.625]  # another field; unknown field half-way


def test_programme_families_map_onto_the_one_set_of_post_fields() -> None:
    from asn_mutasi.domain.rumpun import field_ids, programme_fields

    mapping = programme_fields()
    assert set(mapping) == set(FAMILIES)  # every programme family is placed
    assert all(f in field_ids() for fields in mapping.values() for f in fields)
    admin = education_family("S-1", "ILMU ADMINISTRASI NEGARA")
    posts = np.array(
        [post_family("Pengelola Data", "Kecamatan Selat"), post_family("Analis SDM Aparatur Ahli Pertama")],
        dtype=object,
    )
    assert list(field_relevance(np.array([admin, admin]), posts, umum=0.6, lain=0.25)) == [1.0, 1.0]


# --- official groupings of programmes (groups4, h29) ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # IPDN (pamong praja school) programmes: government, not economics / arts / civil engineering
        ("D-IV MANAJEMEN PEMERINTAHAN", "sosial politik"),
        ("S-2 MAGISTER MANAJEMEN PEMERINTAHAN", "sosial politik"),
        ("D-IV MANAJEMEN KEAMANAN DAN KESELAMATAN PUBLIK", "sosial politik"),
        ("D-IV PRAKTIK PERPOLISIAN TATA PAMONG", "sosial politik"),
        ("D-IV STUDI KEPENDUDUKAN DAN PENCATATAN SIPIL", "sosial politik"),
        ("D-IV STUDI DEMOGRAFI DAN CATATAN SIPIL", "sosial politik"),
        ("D-IV MANAJEMEN SUMBER DAYA APARATUR", "sosial politik"),
        # MSDM: the SSCASN 2024 ASDMA formations accept it beside Administrasi Negara and Kebijakan Publik
        ("S-1 MANAJEMEN SUMBER DAYA MANUSIA", "sosial politik"),
        ("D-IV MANAJEMEN SDM SEKTOR PUBLIK", "sosial politik"),
        ("D-III MANAJEMEN PERSONALIA", "sosial politik"),
        # negatives: the generic head word still yields to a specific word of another field, or decides alone
        ("S-1 MANAJEMEN", "ekonomi"),
        ("S-1 MANAJEMEN KEUANGAN", "ekonomi"),
        ("S-1 MANAJEMEN SYARIAH", "ekonomi"),
        ("D-IV MANAJEMEN ASET SEKTOR PUBLIK", "ekonomi"),
        ("D-III MANAJEMEN ADMINISTRASI", "ekonomi"),
        ("S-1 MANAJEMEN PENDIDIKAN", "pendidikan"),
        ("S-1 TATA BOGA", "bahasa seni budaya"),
        ("S-1 TEKNIK SIPIL", "teknik"),
        ("D-III TEKNOLOGI PENDINGIN DAN TATA UDARA", "teknik"),
    ],
)
def test_ipdn_and_msdm_programmes_are_government(text: str, family: str) -> None:
    """IPDN graduates (S.Tr.IP) serve kecamatan, Satpol PP and Dukcapil; MANAJEMEN/TATA/SIPIL misled the family
    (groups4, h29: bintangbangsa.com/2024/12/21/gelar-dan-peluang-karier-lulusan-ipdn/, pptp.fpm.ipdn.ac.id)."""
    assert programme_family(text) == family


def test_an_ipdn_graduate_is_relevant_at_a_kecamatan_and_msdm_at_bkpsdm() -> None:
    """A post with no jurusan requirement: the IPDN graduate was scored as another field (groups4, h29)."""
    posts = [
        post_family("Pengadministrasi Perkantoran", "Kecamatan Selat"),
        post_family("Pengadministrasi Perkantoran", "Satuan Polisi Pamong Praja"),
        post_family("Pengadministrasi Perkantoran", "Dinas Kependudukan dan Pencatatan Sipil"),
        post_family("Pengadministrasi Perkantoran", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
    ]
    families = [
        education_family("D-IV", "MANAJEMEN PEMERINTAHAN"),
        education_family("D-IV", "PRAKTIK PERPOLISIAN TATA PAMONG"),
        education_family("D-IV", "STUDI KEPENDUDUKAN DAN PENCATATAN SIPIL"),
        education_family("S-1", "MANAJEMEN SUMBER DAYA MANUSIA"),
    ]
    scores = field_relevance(np.array(families, dtype=object), np.array(posts, dtype=object), umum=0.6, lain=0.25)
    assert list(scores) == [1.0, 1.0, 1.0, 1.0]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("S-1 SOSIAL EKONOMI PERTANIAN", "pertanian"),
        ("S-1 SOSIAL EKONOMI PETERNAKAN", "pertanian"),
        ("S-1 SOSIAL EKONOMI PERIKANAN", "perikanan kelautan"),
        ("S-1 ILMU EKONOMI PERTANIAN", "pertanian"),
        ("S-1 MANAJEMEN AGROBISNIS", "pertanian"),
        ("D-IV AGRO BISNIS", "pertanian"),
        ("D-III MANAJEMEN SUMBER DAYA LAHAN", "pertanian"),
        # negatives: the social and economic sciences themselves
        ("S-1 SOSIOLOGI", "sosial politik"),
        ("S-1 KESEJAHTERAAN SOSIAL", "sosial politik"),
        ("S-1 EKONOMI PEMBANGUNAN", "ekonomi"),
        ("S-1 AGRIBISNIS", "pertanian"),
    ],
)
def test_farm_economics_programmes_are_agriculture(text: str, family: str) -> None:
    """Sosial Ekonomi Pertanian is the old name of Agribisnis (SK Dirjen Dikti 163/2007, agribisnis.faperta.unand.ac.id);
    SSCASN 2024 formations accept these beside Agribisnis/Agroteknologi (groups4, h29)."""
    assert programme_family(text) == family


def test_sosial_ekonomi_pertanian_is_agribisnis() -> None:
    """The rename makes the old name fit a post requiring Agribisnis; it was scored as a sociologist (groups4, h29)."""
    from asn_mutasi.matching.education import EducationMatcher

    matcher = EducationMatcher(["S-1 AGRIBISNIS"])
    assert matcher.fit("S-1", "SOSIAL EKONOMI PERTANIAN", "S-1", "S-1 AGRIBISNIS").status == "sesuai"
    assert matcher.fit("S-1", "SOSIOLOGI", "S-1", "S-1 AGRIBISNIS").status == "tidak_sesuai"


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("S-1 KIMIA", "sains"),
        ("D-III ANALIS KIMIA", "sains"),
        ("S-1 GEOFISIKA", "sains"),
        # negatives: the engineering programmes named after chemistry or geophysics
        ("S-1 TEKNIK KIMIA", "teknik"),
        ("S-1 TEKNIK GEOFISIKA", "teknik"),
        ("D-III TEKNOLOGI KIMIA", "teknik"),
        ("D-IV KIMIA TEKSTIL", "teknik"),
        ("S-1 PENDIDIKAN KIMIA", "pendidikan"),
    ],
)
def test_chemistry_and_geophysics_are_natural_sciences(text: str, family: str) -> None:
    """Kimia and Geofisika are MIPA (rumpun ilmu alam, UU 12/2012 Pasal 10); SSCASN 2024 formations accepting Kimia
    accept Biologi more often than Teknik Kimia (groups4, h29)."""
    assert programme_family(text) == family


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("D-III TEKNOLOGI TRANSFUSI DARAH", "kesehatan"),
        ("D-III TRANSFUSI DARAH", "kesehatan"),
        ("D-III PROMOSI DAN PENDIDIKAN KESEHATAN", "kesehatan"),
        ("D-III TEKNIK BUDIDAYA PERIKANAN", "perikanan kelautan"),
        ("D-III TEKNIK PENANGKAPAN IKAN", "perikanan kelautan"),
        ("D-III TEKNIK PENGOLAHAN PRODUK PERIKANAN", "perikanan kelautan"),
        # negatives
        ("S-1 TEKNIK KELAUTAN", "teknik"),  # ocean engineering
        ("S-1 PENDIDIKAN JASMANI KESEHATAN DAN REKREASI", "pendidikan"),
        ("S-1 TEKNOLOGI PENDIDIKAN", "pendidikan"),
    ],
)
def test_health_and_fisheries_school_programmes(text: str, family: str) -> None:
    """The programmes of JF Teknisi Transfusi Darah's 40 SSCASN 2024 formations, a Poltekkes D-III and the fisheries
    schools' "Teknik" programmes (groups4, h29: sscasn_family_disagree.csv)."""
    assert programme_family(text) == family


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("S-1 ILMU EKONOMI", "ILMU EKONOMI"),
        ("S1 Ilmu-Ekonomi", "ILMU EKONOMI"),
        ("ILMU PENDIDIKAN", "ILMU PENDIDIKAN"),
        ("S-1 EKONOMI", "EKONOMI"),
        ("S-1 ILMU EKONOMI PEMBANGUNAN", "EKONOMI PEMBANGUNAN"),  # a longer name keeps dropping ILMU
        ("S-1 ILMU HUKUM", "HUKUM"),  # Ilmu Hukum is Hukum
        ("S-1 ILMU KOMUNIKASI", "KOMUNIKASI"),
    ],
)
def test_ilmu_of_a_faculty_names_one_of_its_programmes_spell3(text: str, key: str) -> None:
    """ "S-1 ILMU EKONOMI" is one programme of the economics faculty (SSCASN 2024 lists it beside Ekonomi
    Pembangunan, Ekonomi Manajemen and Akuntansi, never beside the faculty-wide "S-1 EKONOMI"); with ILMU dropped a
    bare "S.E" (Manajemen and Akuntansi graduates hold it too) met it (spell3, h31)."""
    assert programme_key(text) == key


def test_ilmu_ekonomi_still_meets_the_faculty_wide_requirement_spell3() -> None:
    from asn_mutasi.matching.education import EducationMatcher

    matcher = EducationMatcher(["S-1 EKONOMI", "S-1 ILMU EKONOMI"])
    assert matcher.fit("S-1", "ILMU EKONOMI", "S-1", "S-1 EKONOMI").memenuhi
    assert matcher.fit("S-1", "ILMU EKONOMI", "S-1", "S-1 ILMU EKONOMI").memenuhi
    bare = matcher.fit("S-1", None, "S-1", "S-1 ILMU EKONOMI", nama="ANI, S.E")
    assert not bare.memenuhi and bare.status == "serumpun", bare.alasan
    assert not matcher.fit("S-1", None, "S-1", "S-1 ILMU PENDIDIKAN", nama="ANI, S.Pd").memenuhi
