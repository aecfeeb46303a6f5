"""Tests for education level parsing (domain.md §3.1–§3.2)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_mutasi.domain.pendidikan import level_rank, parse_level, roster_education, split_level
from asn_mutasi.schema import EDUCATION_RANK


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Diploma III/Sarjana Muda", "D-III"),  # contains "Sarjana" but is D-III
        ("Akademi/Diploma III/Sarjana Muda", "D-III"),
        ("Sarjana Muda", "D-III"),
        ("Diploma IV/Strata I", "D-IV"),
        ("Diploma IV", "D-IV"),
        ("S-1/A-IV", "S-1"),
        ("A-IV AKUNTANSI", "S-1"),
        ("S-1/Sarjana", "S-1"),
        ("Strata 1", "S-1"),
        ("Strata I", "S-1"),
        ("Sarjana", "S-1"),
        ("S1", "S-1"),
        ("SLTA/SMA SEDERAJAT", "SMA"),
        ("SMK", "SMA"),
        ("SMK/SLTA Kejuruan", "SMA"),
        ("STM PAKET C", "SMA"),
        ("MADRASAH ALIYAH IPA", "SMA"),
        ("SMKK BUSANA", "SMA"),
        ("Paket C", "SMA"),
        ("SMA/MA (IPA DAN IPS)", "SMA"),
        ("SEKOLAH MENENGAH KESEJAHTRAAN KELUARGA", "SMA"),  # real typo in the source
        ("SLTP Kejuruan", "SMP"),
        ("MTs", "SMP"),
        ("SD/Sederajat", "SD"),
        ("Tamat SD/Sederajat", "SD"),
        ("Magister", "S-2"),
        ("Pasca Sarjana", "S-2"),
        ("Strata II", "S-2"),
        ("Doktor", "S-3"),
        ("S-3/Doktor", "S-3"),
        ("Strata III", "S-3"),
        ("PROFESI NERS", "Profesi"),
        ("Profesi", "Profesi"),
        ("Spesialis", "Sp-1"),
        ("DOKTER SPESIALIS PENYAKIT DALAM", "Sp-1"),
        ("Subspesialis", "Sp-2"),
        ("Diploma I/II", "D-I"),
        ("Diploma II", "D-II"),
        ("D3", "D-III"),
        ("DIII", "D-III"),
        ("Diploma 3", "D-III"),
        ("D-IV/S-1 AKUNTANSI", "D-IV"),
        ("S-1 PENDIDIKAN GURU SEKOLAH DASAR", "S-1"),
        ("s-2", "S-2"),
    ],
)
def test_parse_level_spellings(value: str, expected: str) -> None:
    assert parse_level(value) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [("05", "SD"), ("10", "SMP"), ("12", "SMP"), ("15", "SMA"), ("17", "SMA"), ("18", "SMA"), ("20", "D-I"),
     ("25", "D-II"), ("30", "D-III"), ("35", "D-IV"), ("40", "S-1"), ("42", "Profesi"), ("45", "S-2"),
     ("47", "Sp-1"), ("49", "Sp-2"), ("50", "S-3"), (40, "S-1"), (40.0, "S-1"), ("5", "SD")],
)  # fmt: skip
def test_parse_level_siasn_codes(code: object, expected: str) -> None:
    assert parse_level(code) == expected


@pytest.mark.parametrize(
    "value", [None, "", "  ", float("nan"), "Tidak/Belum Sekolah", "Belum Tamat SD/Sederajat", "99", "MANAJEMEN", "xyz"]
)
def test_parse_level_unknown(value: object) -> None:
    assert parse_level(value) is None


def test_code_only_when_the_whole_value_is_a_code() -> None:
    # "40" inside a text is not a SIASN code
    assert parse_level("Kelas 40") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("S-1 TEKNIK INFORMATIKA", ("S-1", "TEKNIK INFORMATIKA")),
        ("D3 Keperawatan", ("D-III", "Keperawatan")),
        ("DIII KEPERAWATAN", ("D-III", "KEPERAWATAN")),
        ("D-IV Kebidanan", ("D-IV", "Kebidanan")),
        ("S1. Hukum", ("S-1", "Hukum")),
        ("Sarjana Hukum", ("S-1", "Hukum")),
        ("Strata 1 Manajemen", ("S-1", "Manajemen")),
        ("S-1/D-IV AKUNTANSI", ("S-1", "AKUNTANSI")),
        ("D-IV/S-1 EKONOMI", ("D-IV", "EKONOMI")),
        ("S-1/A-IV PENDIDIKAN BIOLOGI", ("S-1", "PENDIDIKAN BIOLOGI")),
        ("A-IV AKUNTANSI", ("S-1", "AKUNTANSI")),
        ("S-2/MAGISTER TERAPAN KESELAMATAN DAN KESEHATAN KERJA", ("S-2", "KESELAMATAN DAN KESEHATAN KERJA")),
        ("Doktor Teknik Lingkungan", ("S-3", "Teknik Lingkungan")),
        ("S-3/Doktor. Bedah Anak", ("S-3", "Bedah Anak")),
        ("DOKTER SPESIALIS PENYAKIT DALAM", ("Sp-1", "PENYAKIT DALAM")),
        ("SUBSPESIALIS ANAK - NEONATOLOGI", ("Sp-2", "ANAK - NEONATOLOGI")),
        ("PROFESI NERS", ("Profesi", "NERS")),
        ("SMK TEKNIK PERAWATAN GEDUNG", ("SMA", "TEKNIK PERAWATAN GEDUNG")),
        ("SLTA/Sederajat Kehutanan", ("SMA", "Kehutanan")),
        ("SLTA/SMA SEDERAJAT", ("SMA", "")),
        ("S-1", ("S-1", "")),
        # a level in digits glued to its programme, as SAPK's own reference writes some (h26/spell3)
        ("S1Hukum", ("S-1", "Hukum")),
        ("S.1Teknik Industri", ("S-1", "Teknik Industri")),
        ("D3Keperawatan", ("D-III", "Keperawatan")),
    ],
)
def test_split_level(text: str, expected: tuple[str | None, str]) -> None:
    assert split_level(text) == expected


@pytest.mark.parametrize("text", ["HUKUM", "SDM", "SASTRA INGGRIS", "DOKTER UMUM", "DIPLOMASI", "MANAJEMEN", "SIHukum"])
def test_split_level_leaves_programmes_without_level(text: str) -> None:
    assert split_level(text) == (None, text)


def test_level_rank() -> None:
    assert level_rank("S-1") == level_rank("D-IV") == 7
    assert level_rank("D-III") is not None and level_rank("S-1") is not None
    assert level_rank("D-III") < level_rank("S-1")  # type: ignore[operator]
    assert level_rank(None) is None
    assert level_rank("X") is None


@given(st.sampled_from(list(EDUCATION_RANK)))
def test_canonical_levels_parse_to_themselves(level: str) -> None:
    assert parse_level(level) == level
    assert parse_level(level.lower()) == level


@given(st.text(max_size=40))
def test_parse_level_never_fails_and_returns_canonical(text: str) -> None:
    result = parse_level(text)
    assert result is None or result in EDUCATION_RANK
    level, rest = split_level(text)
    assert level is None or level in EDUCATION_RANK
    assert isinstance(rest, str)


# --- the lexicon and one-column education (issue 12) ---------------------------------------------
from asn_mutasi.domain.pendidikan import parse_education, roster_programme  # noqa: E402


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("SPK", "SMA"),
        ("SAA", "SMA"),
        ("SMF", "SMA"),
        ("PGA 6 TAHUN", "SMA"),
        ("PGA 4 TAHUN", "SMP"),
        ("KPAA", "SMA"),
        ("SPMA", "SMA"),
        ("SMEA", "SMA"),
        ("STM", "SMA"),
        ("SMKK BUSANA", "SMA"),
        ("SEKOLAH MENENGAH UMUM TINGKAT PERTAMA", "SMP"),
        ("SEKOLAH MENENGAH UMUM", "SMA"),
        ("AKPER", "D-III"),
        ("AKBID", "D-III"),
        ("AKFAR", "D-III"),
        ("AKZI", "D-III"),
        ("Akademi Kebidanan", "D-III"),
        ("Ahli Madya", "D-III"),
        ("Politeknik", "D-III"),
        ("Diploma Tiga", "D-III"),
        ("Strata Satu", "S-1"),
        ("KEPERAWATAN (S1)", "S-1"),
        ("DOKTER UMUM", "Profesi"),
        ("PROFESI NERS", "Profesi"),
    ],
)
def test_lexicon_levels(text: str, level: str) -> None:
    assert parse_level(text) == level


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "level", "programme", "jalur", "bidang"),
    [
        ("SPK", None, "SMA", "KEPERAWATAN", "kejuruan", "kesehatan"),
        ("SMEA", "KEUANGAN", "SMA", "KEUANGAN", "kejuruan", "ekonomi"),
        (None, "STM ELEKTRO", "SMA", "TEKNIK ELEKTRO", "kejuruan", "teknik"),
        ("MA IPS", None, "SMA", "IPS", "umum", None),
        ("SMA ILMU PENGETAHUAN SOSIAL", None, "SMA", "IPS", "umum", None),
        ("SMA A.2", None, "SMA", "IPA BIOLOGI", "umum", None),
        ("S-1 TEKNIK INFORMATIKA", None, "S-1", "TEKNIK INFORMATIKA", None, None),
        ("Sarjana", "IKM", "S-1", "IKM", None, None),
        ("AKBID", None, "D-III", "KEBIDANAN", None, None),
        ("SLTA/SMA SEDERAJAT", None, "SMA", "", None, None),
        ("S-1 / AKTA IV PGMI/SD", None, "S-1", "PGMI/SD", None, None),
        ("SLTA", "SLTA - KEHUTANAN", "SMA", "KEHUTANAN", "kejuruan", None),
    ],
)
def test_parse_education(
    pendidikan: str | None, jurusan: str | None, level: str, programme: str, jalur: str | None, bidang: str | None
) -> None:
    parsed = parse_education(pendidikan, jurusan)
    assert (parsed.level, parsed.programme, parsed.jalur, parsed.bidang) == (level, programme, jalur, bidang)


def test_profession_written_after_a_degree_is_the_level_and_keeps_the_degree() -> None:
    parsed = parse_education("S-1 KEPERAWATAN + NERS + STR", None)
    assert (parsed.level, parsed.programme) == ("Profesi", "NERS")
    assert ("S-1", "KEPERAWATAN") in parsed.lain


def test_a_written_level_column_is_not_raised_by_the_programme_cell() -> None:
    assert parse_education("D-III", "KEPERAWATAN + NERS").level == "D-III"
    assert parse_education("S-1", "TEKNIK INFORMATIKA (S2)").level == "S-1"


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "programme", "degree"),
    [
        ("S-1", "Profesi Keperawatan", "NERS", None),
        ("S1", "Ners", "NERS", None),
        ("S1", "Apoteker", "APOTEKER", None),
        ("S1", "Pendidikan Profesi Ners", "NERS", None),  # PDDikti's programme name
        ("S1", "Program Profesi Keperawatan", "NERS", None),
        ("S-1", "Kedokteran Umum / Profesi Dokter", "DOKTER", ("S-1", "Kedokteran Umum")),
        ("D-IV", "Kebidanan, Profesi Bidan", "PROFESI BIDAN", ("D-IV", "Kebidanan")),
        ("D-IV", "Kebidanan dan Pendidikan Profesi Bidan", "PROFESI BIDAN", ("D-IV", "Kebidanan")),
        ("Sarjana Terapan Keperawatan dan Pendidikan Profesi Ners", None, "NERS", ("D-IV", "KEPERAWATAN")),
        (None, "Keperawatan Profesi (NERS)", "NERS", None),
        # a bare profession after "/", "&", "," or "dan" reads as after "+" (spell6, h31)
        ("S1 Farmasi/Apoteker", None, "APOTEKER", ("S-1", "Farmasi")),
        ("S-1 Keperawatan / Ners", None, "NERS", ("S-1", "Keperawatan")),
        ("S1 Keperawatan dan Ners", None, "NERS", ("S-1", "Keperawatan")),
        ("S1", "Ilmu Keperawatan & Ners", "NERS", None),
        ("S1", "Farmasi & Apoteker", "APOTEKER", None),
        ("S1", "Keperawatan & Profesi Ners", "NERS", None),
    ],
)
def test_a_profession_in_the_programme_raises_the_degree_it_is_entered_from(
    pendidikan: str | None, jurusan: str | None, programme: str, degree: tuple[str, str] | None
) -> None:
    """S-1 (or D-IV) with a profession named in the programme is the profession: the written level is its entry,
    and the degree written beside it is kept at the written level (it meets an S-1 Keperawatan post too)."""
    parsed = parse_education(pendidikan, jurusan)
    assert (parsed.level, parsed.programme) == ("Profesi", programme)
    if degree is not None:
        assert degree in parsed.lain


def test_the_roster_level_is_the_profession_the_matcher_reads() -> None:
    """One fact, one place: the roster's prepared level (periksa, pendidikan_rank) equals the matcher's reading."""
    from asn_mutasi.domain.pendidikan import roster_education

    assert roster_education("S-1", "Profesi Ners") == ("Profesi", "Profesi Ners")
    assert roster_education("S-1", "Keperawatan") == ("S-1", "Keperawatan")
    assert roster_education("KEPERAWATAN (S1)", None) == ("S-1", "KEPERAWATAN (S1)")
    assert roster_education("D-III", "Profesi Ners")[0] == "D-III"  # no profession is entered from a D-III
    assert roster_education("S1 Farmasi/Apoteker", None)[0] == "Profesi"
    assert roster_education("S1", "Ilmu Keperawatan & Ners")[0] == "Profesi"
    assert roster_education("D3", "Keperawatan / Ners")[0] == "D-III"


def test_titles_are_evidence_only_when_nothing_better_is_written() -> None:
    written = parse_education("S-1", "TEKNIK SIPIL", "BUDI, S.Kom")
    assert written.programme == "TEKNIK SIPIL" and not written.dari_gelar
    missing = parse_education("", "", "BUDI, S.Kom")
    assert (missing.level, missing.programme, missing.dari_gelar) == ("S-1", "ILMU KOMPUTER", True)


def test_rules_name_the_lexicon_entry() -> None:
    assert parse_education("SPK", None).aturan == ("SPK setara SLTA kejuruan keperawatan",)
    assert parse_education("Profesi", "Profesi Ners").aturan == ()  # its own words again: no rule (walk7 #4, h29)


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "expected"),
    [
        ("SMEA", "KEUANGAN", "SMEA KEUANGAN"),
        ("S-1 TEKNIK INFORMATIKA", None, "S-1 TEKNIK INFORMATIKA"),
        ("S-1", "HUKUM", "HUKUM"),
        ("SLTA/SMA SEDERAJAT", "", None),
        ("D-III", None, None),
    ],
)
def test_roster_programme(pendidikan: str, jurusan: str | None, expected: str | None) -> None:
    assert roster_programme(pendidikan, jurusan) == expected


@pytest.mark.parametrize(
    ("cell", "level", "programme", "lower"),
    [
        # a puskesmas DUK writes each person's schooling in one cell (real layout; no names)
        # (the year of a diploma and the ministry that ran the school are no programme: SPK is KEPERAWATAN)
        ("SPK thn 89,D3 Keperawatan DEPKES", "D-III", "Keperawatan", ("SMA", "KEPERAWATAN")),
        ("S1 FKG UI th. 1990, S2 ABI Surabaya", "S-2", "ABI Surabaya", ("S-1", "FKG UI")),
        # an academy whose name is its programme: what follows is its own name ("Akbid Poltekes" is KEBIDANAN)
        ("SPK Th 88,PPB SPKth 90, Akbid Poltekes", "D-III", "KEBIDANAN", ("SMA", "KEPERAWATAN")),
    ],
)
def test_a_schooling_history_in_one_cell_is_read_at_its_highest_entry(
    cell: str, level: str, programme: str, lower: tuple[str, str]
) -> None:
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == (level, programme)
    assert lower in parsed.lain
    assert parsed.jalur is None  # the SPK's track (SLTA kejuruan) is not the D-III graduate's
    assert any("riwayat pendidikan" in rule for rule in parsed.aturan)


@pytest.mark.parametrize(
    ("cell", "level"),
    [
        ("S-1 EKONOMI, MANAJEMEN", "S-1"),
        ("S-1 Ekonomi, Manajemen, Akuntansi", "S-1"),
        ("D-III KEPERAWATAN; GIZI", "D-III"),
    ],
)
def test_a_programme_written_with_commas_is_no_history(cell: str, level: str) -> None:
    parsed = parse_education(cell, None)
    assert parsed.level == level
    assert parsed.programme == cell[len(level) + 1 :]  # one programme text, as written


@pytest.mark.parametrize(("cell", "level"), [("D-III, S-1 (sedang)", "D-III"), ("S1, S2 (belum lulus)", "S-1")])
def test_an_entry_still_being_studied_is_not_the_education(cell: str, level: str) -> None:
    assert parse_education(cell, None).level == level


# BKN's own spellings (a SAPK jurusan table and a local SIMPEG's seeders, tests of the official lists;
# /tmp/edu19 in the round's closing note): Sarjana Muda written "S.M", specialists with their numeral,
# and the Akta designator written after the diploma
@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("S.M Ekonomi Pembangunan", "D-III", "EKONOMI PEMBANGUNAN"),
        ("S.M. Pertanian Teknis Industri Pertanian", "D-III", "PERTANIAN TEKNIS INDUSTRI PERTANIAN"),
        ("SM Hukum", "D-III", None),
        ("Spesialis I Kandungan", "Sp-1", "KANDUNGAN"),
        ("Spesialis-1 Pekerjaan Sosial", "Sp-1", "PEKERJAAN SOSIAL"),
        ("Spesialis II Penyakit Dalam", "Sp-2", "PENYAKIT DALAM"),
        ("S-1 PSIKOLOGI (SPESIALISASI ANAK-REMAJA-KELUARGA)", "S-1", None),
        ("D - I / A - I IPS", "D-I", "IPS"),
        ("D - III / A - III Teknik", "D-III", "TEKNIK"),
        # the 1984 SMA streams (A.1 Fisika … A.4 Bahasa) are no Akta IV
        ("A.4/Bahasa", "SMA", None),
        ("A.1/Fisika", "SMA", None),
        ("A-IV", "S-1", None),
    ],
)
def test_official_bkn_spellings(cell: str, level: str, programme: str | None) -> None:
    got = parse_education(cell, None)
    assert got.level == level
    if programme is not None:
        assert (got.programme or "").upper() == programme


@pytest.mark.parametrize(
    "cell", ["SMA", "SMA IPA", "SMP", "SMK Mesin", "SMEA", "S.Sos", "S1 Manajemen", "S.M.A", "S.M.E.A", "S.M.P"]
)
def test_sarjana_muda_needs_its_own_spelling(cell: str) -> None:
    assert parse_education(cell, None).level != "D-III"


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("AKPER DEPKES", "KEPERAWATAN"),
        ("AKPER BHAKTI HUSADA", "KEPERAWATAN"),
        ("AKADEMI KEPERAWATAN BHAKTI HUSADA", "KEPERAWATAN"),
        ("AKBID YARSI", "KEBIDANAN"),
        ("SUPM PERIKANAN BUDIDAYA", "PERIKANAN BUDIDAYA"),  # after a school's name: its specialisation stays
        ("SPP PETERNAKAN", "PETERNAKAN"),
    ],
)
def test_an_academys_own_name_is_not_its_programme(cell: str, programme: str) -> None:
    """Health rosters write the academy's name after it: the programme was "BHAKTI HUSADA", and no D-III
    Keperawatan post matched the nurse."""
    assert parse_education(cell, None).programme == programme


@pytest.mark.parametrize(
    ("cell", "level"),
    [("S.M.A", "SMA"), ("S.M.A Negeri 1", "SMA"), ("S.M.P", "SMP"), ("S.M.E.A", "SMA"), ("S.T.M Mesin", "SMA"),
     ("S.M. Farmasi", "D-III"), ("S.K.M", "S-1")],
)  # fmt: skip
def test_a_school_abbreviation_written_with_dots(cell: str, level: str | None) -> None:
    """ "S.M.A" was read as Sarjana Muda "S.M" + "A" (D-III): a dotted abbreviation of the lexicon is the school."""
    assert parse_education(cell, None).level == level


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("Sekolah Juru Rawat", "SMP", "KEPERAWATAN"),
        ("Sekolah Penjenang Kesehatan Tingkat I", "SD", "KESEHATAN"),
        ("Sekolah Penjenang Kesehatan", "SMP", "KESEHATAN"),
        ("Sekolah Penjenang Kesehatan Atas", "SMA", "KESEHATAN"),
        ("Sekolah Guru Bidan", "SMA", "KEBIDANAN"),
        ("Sekolah Pengatur Rontgen", "SMA", "RADIOLOGI"),
        ("STPDN", "D-IV", "ILMU PEMERINTAHAN"),
        ("Sekolah Penjenang Kesehatan Tingkat Atas", "SMA", "KESEHATAN"),  # not the SD "Tingkat I"
        ("Sekolah Pengatur Analis Kesehatan", "SMA", "ANALIS KESEHATAN"),
    ],
)
def test_old_schools_of_bkns_jurusan_table(cell: str, level: str, programme: str) -> None:
    """Old school names of BKN's own jurusan codes (groups 11/21/22/31/33) that were read as no level."""
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == (level, programme)


@pytest.mark.parametrize(
    ("cell", "level"),
    [("PGA Islam 4 Tahun", "SMP"), ("PGA Hindu 4 Tahun", "SMP"), ("SGPLB Tingkat Pertama", "SMP"),
     ("PGA Islam 6 Tahun", "SMA"), ("SGPLB", "SMA")],
)  # fmt: skip
def test_the_lower_grade_of_a_two_grade_school(cell: str, level: str) -> None:
    """PGA 4 years and SGPLB Tingkat Pertama are BKN's SLTP schools (they read SMA, the 6-year PGA's level)."""
    assert parse_education(cell, None).level == level


@pytest.mark.parametrize(
    ("cell", "jurusan", "level", "programme", "jalur"),
    [
        # a roster's "nama sekolah" after the school's kind is no programme (was NEGERI 2 ENDE, an SLTA kejuruan)
        ("SMA Negeri 2 Ende", None, "SMA", "", None),
        ("Sekolah Menengah Atas Negeri 1 Kupang", None, "SMA", "", None),
        ("SMA Kristen Kupang", None, "SMA", "", None),
        ("SD Inpres Oesapa", None, "SD", "", "umum"),
        ("MAN 1 Ende", None, "SMA", "", "umum"),
        # the state "N" glued on (these were no level at all)
        ("SMAN 1 Kupang", None, "SMA", "", None),
        ("SMPN 3", None, "SMP", "", "umum"),
        ("SDN Oebobo", None, "SD", "", "umum"),
        ("MTsN Kupang", None, "SMP", "", "umum"),
        ("SPGN Ende", None, "SMA", "PENDIDIKAN GURU", "keguruan"),
        # a stream after the school's name is kept; "A.1" is a stream, not a school number
        ("SMAN 1 Kupang Jurusan IPS", None, "SMA", "IPS", "umum"),
        ("SMA Negeri 3 IPA", None, "SMA", "IPA", "umum"),
        ("SMA A.1", None, "SMA", "IPA FISIKA", "umum"),
        # a school with a programme of its own: the place after it goes; a vocational school keeps its words
        ("SPG Negeri Kupang", None, "SMA", "PENDIDIKAN GURU", "keguruan"),
        ("SUPM Negeri Kupang", None, "SMA", "PERIKANAN", "kejuruan"),
        ("SMK Negeri 1 Akuntansi", None, "SMA", "AKUNTANSI", "kejuruan"),
        ("PGA Islam 4 Tahun", None, "SMP", "ISLAM", "keguruan"),
        # "4 Tahun" is the lower grade of a teachers' school only: a 4-year STM is an SLTA
        ("STM Pembangunan 4 Tahun", None, "SMA", "", "kejuruan"),
        ("SGPLB Tingkat Pertama", None, "SMP", "PENDIDIKAN LUAR BIASA", "keguruan"),
        ("PUTUS SD", None, None, "", None),  # left school before its end
        # a college and the year after the programme are not part of it, in either column
        ("S1 Hukum Universitas Nusa Cendana", None, "S-1", "Hukum", None),
        ("D III Keperawatan Poltekkes Kupang", None, "D-III", "Keperawatan", None),
        ("S2 Manajemen pada Universitas Terbuka", None, "S-2", "Manajemen", None),
        ("S1 Hukum lulus 1995", None, "S-1", "Hukum", None),
        ("S-1", "Hukum Universitas Nusa Cendana", "S-1", "Hukum", None),
        ("D-III", "Keperawatan Poltekkes Kemenkes Kupang", "D-III", "Keperawatan", None),
        ("S1", "Ilmu Administrasi Negara", "S-1", "Ilmu Administrasi Negara", None),
    ],
)
def test_the_school_or_college_named_after_the_level_is_no_programme(
    cell: str, jurusan: str | None, level: str, programme: str, jalur: str | None
) -> None:
    parsed = parse_education(cell, jurusan)
    assert (parsed.level, parsed.programme, parsed.jalur) == (level, programme, jalur)


@pytest.mark.parametrize(
    ("cell", "level"),
    [("SMAN", "SMA"), ("SMPN", "SMP"), ("SDN", "SD"), ("SMKN 1", "SMA"), ("PUTUS SD", None), ("MAN", "SMA")],
)
def test_a_level_column_with_the_state_n_glued_on(cell: str, level: str | None) -> None:
    assert parse_level(cell) == level


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        # old schools and academies of a public BKN-style per-level list (ppdb-server seeders)
        ("A P P Keuangan", "D-III", "KEUANGAN"),
        ("APMD Sosiatri", "D-III", "SOSIATRI"),
        ("APDN Kupang", "D-III", "ILMU PEMERINTAHAN"),
        ("ATPU Geodesi", "D-III", "GEODESI"),
        ("A I P Teknik Mesin", "D-III", "TEKNIK MESIN"),
        ("SMT Produksi Pertanian", "SMA", "PRODUKSI PERTANIAN"),
        ("Sekolah Perawat Kesejahteraan Keluarga", "SMA", "KESEJAHTERAAN KELUARGA"),
        ("Sekolah Topografi", "SMA", "TOPOGRAFI"),
        ("Mualim Pelayaran Terbatas", "SMP", "PELAYARAN"),
        ("Sekolah Kerajinan Besi", "SMP", "KERAJINAN BESI"),
        ("SGB", "SMP", "PENDIDIKAN GURU"),
    ],
)
def test_old_schools_and_academies(cell: str, level: str, programme: str) -> None:
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == (level, programme)


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "programme"),
    [
        ("SMA A1 (Fisik)", None, "IPA FISIKA"),  # the 1984 streams with a gloss (a BPS roster)
        ("SMA A3 (Sosial)", None, "IPS"),
        ("S.M.A Pasti", None, "IPA"),  # the 1960s-70s sections B and C
        ("S.M.A Sosial", None, "IPS"),
        ("SMA", "IPS Ekonomi", "IPS Ekonomi"),
    ],
)
def test_old_general_sma_streams_are_general_sma(pendidikan: str, jurusan: str | None, programme: str) -> None:
    """They were read as SLTA kejuruan and met SMK-only posts (5 false acceptances, h24 spelling set)."""
    parsed = parse_education(pendidikan, jurusan)
    assert (parsed.level, parsed.programme, parsed.jalur) == ("SMA", programme, "umum")


def test_an_smk_programme_named_like_an_old_section_stays_kejuruan() -> None:
    assert parse_education("SMK", "Pekerjaan Sosial").jalur == "kejuruan"


@pytest.mark.parametrize(("text", "level"), [("S.M.A", "SMA"), ("S.M.P", "SMP"), ("S.D.", "SD"), ("S.L.T.A", "SMA")])
def test_dotted_school_words_are_levels_in_the_level_cell(text: str, level: str) -> None:
    """`periksa` said "Tingkat pendidikan 'S.M.A' tidak dikenali" (a BPS roster, a SIMPEG level table)."""
    assert parse_level(text) == level


def test_two_dotted_letters_are_no_school_but_sd() -> None:
    assert parse_level("M.A.") is None  # Master of Arts, not Madrasah Aliyah
    assert "SD SD" not in parse_education("SD s.d. SMP", None).programme  # "s.d." is "sampai dengan" (review)


@pytest.mark.parametrize(
    ("text", "level", "programme"),
    [
        ("Prodi DIII Farmasi", "D-III", "Farmasi"),  # a Poltekkes programme list's spelling
        ("Prodi Kebidanan Sarjana Terapan (reguler)", "D-IV", "Kebidanan"),
        ("Prodi Gizi dan Dietika Program Sarjana Terapan (reguler)", "D-IV", "Gizi dan Dietika"),
        ("Sarjana (S1) Univ. Negeri Malang : Teknik Informatika", "S-1", "Teknik Informatika"),  # Polibatam staff list
        ("Sarjana (S1) Hukum", "S-1", "Hukum"),
    ],
)
def test_campus_list_spellings_keep_their_programme(text: str, level: str, programme: str) -> None:
    """They gave "Jurusan pegawai tidak tercatat" (h24 spelling set, 13 pairs)."""
    parsed = parse_education(text, None)
    assert (parsed.level, parsed.programme) == (level, programme)


@pytest.mark.parametrize(
    "jurusan", ["Etika Profesi", "Manajemen Profesi", "Ilmu Komunikasi dan Profesi Humas", "Hukum dan Profesi Advokat"]
)
def test_the_word_profesi_alone_makes_no_profession(jurusan: str) -> None:
    """Only a profession a degree leads to (Ners, Apoteker, Dokter, Bidan …) raises the level (diff review, h24)."""
    assert parse_education("S-1", jurusan).level == "S-1"


def test_a_profession_beside_a_level_it_is_not_entered_from_keeps_the_degree() -> None:
    parsed = parse_education("D-III", "Keperawatan, Profesi Ners")
    assert (parsed.level, parsed.programme) == ("D-III", "Keperawatan") and ("Profesi", "NERS") in parsed.lain


@pytest.mark.parametrize(
    ("text", "level", "programme"),
    [
        ("S1 Terapan", "D-IV", ""),
        ("S-1 Terapan Keperawatan", "D-IV", "Keperawatan"),
        ("Sarjana Sains Terapan", "D-IV", ""),  # STIS's old degree (SST)
        ("S1 - Terapan Gizi", "D-IV", "Gizi"),  # punctuation between (review, h25)
        ("S1. Terapan", "D-IV", ""),
        ("S1 Sains Terapan", "D-IV", ""),
        ("S1 Tata Boga", "S-1", "Tata Boga"),
    ],
)
def test_a_sarjana_terapan_written_s1_is_the_diploma_iv(text: str, level: str, programme: str) -> None:
    """ "S1 Terapan" read S-1 and "Sarjana Terapan" D-IV: one degree (UU 12/2012 Pasal 21; peer campaign h25)."""
    from asn_mutasi.domain.pendidikan import parse_level, split_level

    assert parse_level(text) == level
    assert split_level(text) == (level, programme) or (programme == "" and split_level(text)[0] == level)


def test_a_sarjana_terapan_title_written_as_the_level_is_d_iv() -> None:
    """ "S.Tr.Kes" in the level column was unknown, and its holder refused for every post (plan oracle, h26); the STR
    certificate stays no level."""
    from asn_mutasi.domain.pendidikan import parse_level

    assert [parse_level(t) for t in ("S.Tr.Kes", "S.Tr.Keb", "S.ST", "STR")] == ["D-IV", "D-IV", "D-IV", None]


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("S1 Ekonomi, S2 Master Man", "S-2", None),  # a history cell: its highest entry, as parse_education reads it
        ("D.IV transdar, S2 Magiste", "S-2", None),
        ("S-1 EKONOMI, MANAJEMEN", "S-1", None),  # one programme written with a comma
        ("SI. Hukum", "S-1", "Hukum"),  # "SI." with its dot is S-I (a puskesmas form; spell4, h26)
        ("SI.Keperwt", "S-1", "Keperwt"),
        ("SI Akuntansi", "S-1", "SI Akuntansi"),  # without the dot "SI" may be Sistem Informasi: not split
    ],
)
def test_history_cells_read_their_highest_level_and_si_dot_is_s1(cell: str, level: str, programme: str | None) -> None:
    """A history cell's first degree was taken ("S1 Ekonomi, S2 Master Man" refused an S-2 post), and "SI. Hukum"
    kept S-1 but lost the programme (spell4, h26)."""
    from asn_mutasi.domain.pendidikan import roster_education, split_level

    assert roster_education(cell, None)[0] == level
    if programme is not None:
        assert split_level(cell)[1] == programme


@pytest.mark.parametrize("cell", ["SLTA Biologi SMA  01-01-1998", "SLTA Fisika SMAN 1", "SMA Biologi SMA Negeri 1"])
def test_a_general_schools_type_word_after_the_stream_is_the_school(cell: str) -> None:
    """ "SLTA Biologi SMA 01-01-1998" (a hospital SIMPEG's cell) was a vocational programme BIOLOGI SMA: it met SMK-only
    requirements and failed "SMA BIOLOGI" (spell4, h26)."""
    from asn_mutasi.domain.pendidikan import parse_education

    read = parse_education(cell, None)
    assert (read.level, read.jalur) == ("SMA", "umum") and read.programme in ("BIOLOGI", "FISIKA")


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("D. IV Keperawatan Kementerian Kesehatan RI tahun 2011", "Keperawatan"),
        ("D. III kebidanan Poloteknik Kesehatan Majapahit Mojokeerto tahun 2006", "kebidanan"),
        ("D. III Perekam dan Informatika Kesehatan Akad. Perekam Medis", "Perekam dan Informatika Kesehatan"),
    ],
)
def test_a_ministry_a_misspelt_politeknik_or_akad_after_the_programme_is_the_college(cell: str, programme: str) -> None:
    """The college stayed in the programme, which then met none of its requirements (spell4, h26)."""
    from asn_mutasi.domain.pendidikan import parse_education

    assert parse_education(cell, None).programme == programme


@pytest.mark.parametrize(("cell", "level"), [("DIIIPerekam Medis", "D-III"), ("SLA Analis", "SMA"), ("SLA", "SMA")])
def test_a_glued_roman_diploma_and_sla_are_levels(cell: str, level: str) -> None:
    """No level was read from either (spell4, h26): SLA is Sekolah Lanjutan Atas."""
    assert parse_level(cell) == level and split_level(cell)[0] == level


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("S.Kom., M.Kom", "S-2", "ILMU KOMPUTER"),
        ("S.Tr.Kes., M.Kes", "S-2", "KESEHATAN"),  # Magister Kesehatan (spell6, h31)
        ("A.Md.Kep", "D-III", "KEPERAWATAN"),
    ],
)
def test_a_level_cell_of_titles_reads_as_the_titles_do(cell: str, level: str, programme: str | None) -> None:
    """A level cell of titles only had no level ("S.Kom., M.Kom") or the first title's ("S.Tr.Kes., M.Kes": D-IV for a
    magister), while the same titles after a name read right (review, h26)."""
    from asn_mutasi.domain.pendidikan import roster_education

    assert roster_education(cell, None) == (level, programme)


def test_a_programme_cell_of_titles_reads_as_the_titles_do() -> None:
    """ "S.Kep., Ners" in the programme column stayed an S-1 and was refused a Perawat ahli post asking Profesi Ners
    (fifth review, h26)."""
    from asn_mutasi.domain.pendidikan import roster_education

    assert roster_education("S-1", "S.Kep., Ners") == ("Profesi", "KEPERAWATAN NERS")
    assert roster_education("S-1", "Teknik Informatika") == ("S-1", "Teknik Informatika")


@pytest.mark.parametrize(
    ("cell", "level"),
    [
        ("BA", "D-III"),  # Bachelor of Arts: the old Sarjana Muda, D-III in the SIASN table (domain.md §3.1)
        ("B.A. Tarbiyah", "D-III"),
        ("Sarmud", "D-III"),
        ("Sekolah Guru Olahraga", "SMA"),  # SGO written out
        ("S.Kep.Ns", "Profesi"),  # a titles-only cell with Ners glued on
        ("S.Ag., M.A.", "S-2"),
    ],
)
def test_old_degrees_and_title_cells_spell5(cell: str, level: str) -> None:
    """Old-degree cells and titles-only cells (spell5, h27)."""
    assert roster_education(cell, None)[0] == level


def test_master_of_arts_cell_names_no_accounting_spell5() -> None:
    """ "S.Ag., M.A." passed an S-1 AKUNTANSI requirement (spell5, h27)."""
    assert roster_education("S.Ag., M.A.", None) == ("S-2", "AGAMA")


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "expected"),
    [
        ("S.Kep Ners", None, ("Profesi", "KEPERAWATAN NERS")),  # a clinic's roster (spell6 E2, h28)
        ("S.Kep Ns", None, ("Profesi", "KEPERAWATAN NERS")),
        ("S-1", "S.Kep Ners", ("Profesi", "KEPERAWATAN NERS")),
        ("S.Farm Apt", None, ("Profesi", "APOTEKER")),
        # negatives: a programme written with a level keeps its own reading
        ("D3 Keperawatan Ns", None, ("D-III", "D3 Keperawatan Ns")),
        ("S-1", "Teknik Informatika", ("S-1", "Teknik Informatika")),
    ],
)
def test_a_profession_title_after_a_space_reads_as_after_a_comma(
    pendidikan: str, jurusan: str | None, expected: tuple[str, str]
) -> None:
    """ "S.Kep Ners" (no dot, a space) read Profesi with no programme, refused for PROFESI NERS and S-1 KEPERAWATAN
    while "S.Kep., Ners" passed (spell6 E2, h28)."""
    assert roster_education(pendidikan, jurusan) == expected


@pytest.mark.parametrize(
    ("cell", "level", "jalur", "bidang"),
    [
        ("PGSLA", "SMA", "keguruan", "pendidikan"),  # SAPK 32101310, beside PGSLP 32101300
        ("Sekolah Teknologi Laboratorium", "SMA", "kejuruan", "teknik"),  # SAPK 33170000 (child 33170100 Mesin)
        ("Sekolah Teknologi Laboratorium Mesin", "SMA", "kejuruan", "teknik"),
        # negatives: the SLTP technical school and the college keep their levels
        ("Sekolah Teknik", "SMP", "kejuruan", "teknik"),
        ("S-1 Teknologi Laboratorium Medis", "S-1", None, None),
    ],
)
def test_sapk_slta_schools_have_a_level_spell8(cell: str, level: str, jalur: str | None, bidang: str | None) -> None:
    """SAPK's SLTA schools "PGSLA" and "Sekolah Teknologi Laboratorium" read no level and failed a plain SLTA
    requirement (BKN/SAPK reference jurusan table; spell8 L1, h29)."""
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.jalur, parsed.bidang) == (level, jalur, bidang)
    assert roster_education(cell, None)[0] == level


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "requirement"),
    [
        ("D3", "Kebid", "D-III Kebidanan"),
        ("DIII Kebid", None, "D-III Kebidanan"),
        ("D3", "ATRO", "D-III Radiologi"),  # Akademi Teknik Radiodiagnostik dan Radioterapi
        ("D III", "APIKES", "D-III Rekam Medis dan Informasi Kesehatan"),  # Akademi Perekam dan Informasi Kesehatan
        ("D3", "ATEM", "D-III Teknik Elektromedik"),  # Akademi Teknik Elektromedik
    ],
)
def test_health_academies_and_short_forms_name_their_programme_spell5(
    pendidikan: str, jurusan: str | None, requirement: str
) -> None:
    """ "D3 | Kebid" met no D-III Kebidanan post ("Keb" and "Kep" did), nor "ATRO", "APIKES", "ATEM" theirs, as
    "AKPER" and "AKBID" do (spell5, h31)."""
    from asn_mutasi.domain.pendidikan import roster_education
    from asn_mutasi.matching.education import EducationMatcher

    level, programme = roster_education(pendidikan, jurusan)
    assert EducationMatcher([requirement]).fit(level, programme, "D-III", requirement).memenuhi


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "expected"),
    [
        ("S1", "SKep", ("S-1", "KEPERAWATAN")),  # it read a programme named "SKep"
        ("S2", "MKes", ("S-2", "KESEHATAN")),  # as "M.Kes" reads (Magister Kesehatan)
        ("S1", "SH", ("S-1", "HUKUM")),
        ("D3", "AMK", ("D-III", "KEPERAWATAN")),
        ("S1", "SKep Ns", ("Profesi", "KEPERAWATAN NERS")),
        ("SKep", None, ("S-1", "KEPERAWATAN")),
        ("S1", "MSI", ("S-1", "MSI")),  # M.Si would be S-2: not the titles of an S-1
        ("D3", "SKep", ("D-III", "SKep")),  # nor is S.Kep a D-III's
        ("SMA", "IPA", ("SMA", "IPA")),  # no title
    ],
)
def test_titles_without_dots_in_the_programme_column_spell7(
    pendidikan: str, jurusan: str | None, expected: tuple[str, str]
) -> None:
    """A roster's jurusan "SKep", "MKes", "AMK" (a titled person's degree written without dots) was a programme of
    that name, no match for S-1 Keperawatan, where "S.Kep" read as its title (spell7, h31)."""
    assert roster_education(pendidikan, jurusan) == expected


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "programme"),
    [
        ("D3", "Poltekkes Keperawatan", "Keperawatan"),  # it read no programme: the college was cut as a place
        ("D3 Poltekkes Keperawatan", None, "Keperawatan"),
        ("D-III", "Poltekkes Kemenkes Keperawatan Gigi", "Keperawatan Gigi"),
        ("D3", "Poltekkes Keperawatan Kupang", "Keperawatan"),  # the place after the programme goes
        ("D III", "Poltekkes Kemenkes Kupang Jurusan Kebidanan", "Kebidanan"),
        ("D3", "Poltekkes Kemenkes Kupang Jurusan/Prodi Keperawatan", "Keperawatan"),  # after the last marker (review7)
        ("D3", "Poltekkes Kupang", ""),  # a place is no programme KUPANG
        ("S1", "Universitas Nusa Cendana", ""),
    ],
)
def test_the_programme_named_after_the_college_spell7(pendidikan: str, jurusan: str | None, programme: str) -> None:
    """ "D3 | Poltekkes Keperawatan": the college's name opens the cell and the programme follows it (spell7, h31)."""
    assert parse_education(pendidikan, jurusan).programme == programme


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "level", "programme"),
    [
        ("D3 Politeknik Kesehatan Gizi", None, "D-III", "Gizi"),  # it read KESEHATAN GIZI
        ("D3", "Politeknik Kesehatan Gizi", "D-III", "Gizi"),
        ("D3 Politeknik Kesehatan Kemenkes Kupang", None, "D-III", ""),  # it read KESEHATAN
        ("Politeknik Kesehatan Kemenkes Kupang Jurusan Kebidanan", None, "D-III", "Kebidanan"),
        ("D III Gizi Politeknik Kesehatan Kemenkes Kupang", None, "D-III", "Gizi"),  # after the programme, as before
        ("D3 Kesehatan Lingkungan", None, "D-III", "Kesehatan Lingkungan"),  # no college: the programme stays
    ],
)
def test_politeknik_kesehatan_is_a_college_name_real9(
    pendidikan: str, jurusan: str | None, level: str, programme: str
) -> None:
    """ "Politeknik Kesehatan" is the Poltekkes by its full name: the programme follows it, the college's name is no
    programme (real9, h31)."""
    parsed = parse_education(pendidikan, jurusan)
    assert (parsed.level, parsed.programme) == (level, programme)


def test_a_college_named_again_after_each_marker_hostile5() -> None:
    """Each "Jurusan" whose text opens with a college again read the programme after that college by one more call:
    a 30,000-character cell of "Poltekkes Jurusan " was a RecursionError ("Kesalahan internal" for the whole run;
    hostile5, h31). The chain is read in a loop, to the programme after its last college, as before."""
    assert parse_education("D3", "Poltekkes Jurusan " * 1_700).programme == ""
    assert parse_education("D3", "Poltekkes Jurusan " * 1_700 + "Gizi").programme == "Gizi"
    assert parse_education("D3", "Poltekkes Jurusan Poltekkes Jurusan Gizi").programme == "Gizi"
    assert parse_education("D3", "Poltekkes Jurusan Poltekkes Keperawatan Kupang").programme == "Keperawatan"
    assert parse_education("D3", "Poltekkes Prodi Universitas X : Gizi").programme == "Gizi"
