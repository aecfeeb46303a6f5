"""Tests for academic titles as education evidence (domain.md §3.3)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_mutasi.domain.gelar import TitleEvidence, parse_titles, strip_titles, with_title_columns
from asn_mutasi.matching.families import FAMILIES


@pytest.mark.parametrize(
    ("nama", "level", "hint", "family"),
    [
        ("ANDRI LIANI, A.Md.Kep", "D-III", "KEPERAWATAN", "kesehatan"),
        ("Siti, A.Md.Keb", "D-III", "KEBIDANAN", "kesehatan"),
        ("Yuni, A.Md. RMIK", "D-III", "REKAM MEDIS DAN INFORMASI KESEHATAN", "kesehatan"),
        ("APRIYENI, S.Kep.,Ners", "Profesi", "KEPERAWATAN NERS", "kesehatan"),
        ("Dr. John Doe, S.H., M.H.", "S-3", "HUKUM", "hukum"),
        ("dr. Siti", "Profesi", "DOKTER", "kesehatan"),
        ("drg. Ani", "Profesi", "DOKTER GIGI", "kesehatan"),
        ("apt. Rina, S.Farm", "Profesi", "APOTEKER", "kesehatan"),
        ("Drs. Budi", "S-1", None, None),
        ("Ir. Joko, M.T.", "S-2", "TEKNIK", "teknik"),  # Magister Teknik: the faculty, as written out (spell6, h31)
        ("Budi S.Kom", "S-1", "ILMU KOMPUTER", "komputer"),
        ("SITI AMINAH, SE", "S-1", "EKONOMI", "ekonomi"),  # Sarjana Ekonomi alone names its faculty (spell2, h30)
        ("Andi, S.E., M.M.", "S-2", "MANAJEMEN", "ekonomi"),  # Magister Manajemen names its programme
        # the master's programme, not the first degree's: this passed an S-2 requirement in public health
        ("Asmaul Husna, S.KM, MM", "S-2", "MANAJEMEN", "ekonomi"),
        ("Rina, S.Sos., M.AP", "S-2", "ADMINISTRASI PUBLIK", "sosial politik"),
        ("Budi, S.KM., M.M., M.Si.", "S-2", "MANAJEMEN", "ekonomi"),  # a broad M.Si after MM does not undo it
        ("MUHAMMAD, SKM", "S-1", "KESEHATAN MASYARAKAT", "kesehatan"),
        ("H. AHMAD, S.Pd.I", "S-1", "PENDIDIKAN AGAMA ISLAM", "pendidikan"),
        ("Siti, S.Pd., M.Pd", "S-2", "PENDIDIKAN", "pendidikan"),  # Magister Pendidikan, as written out (spell6, h31)
        ("Rudi, S.Tr.Keb", "D-IV", "KEBIDANAN", "kesehatan"),
        ("dr. Anton, Sp.PD", "Sp-1", "PENYAKIT DALAM", "kesehatan"),  # the specialty is the programme (spell, h30)
        ("dr. Ani, Sp.A, Subsp.KGEH", "Sp-2", "ANAK", "kesehatan"),  # the subspecialist holds the specialty
        ("Rina, S.IP", "S-1", "ILMU PEMERINTAHAN", "sosial politik"),
        ("Rina, S.I.Kom", "S-1", "ILMU KOMUNIKASI", "komunikasi"),
        # real spellings from public health-office lists (titles only; domain.md §3.3)
        ("X, Sp.P.D.(K).", "Sp-2", "PENYAKIT DALAM", "kesehatan"),  # (K), konsultan: a specialist, its specialty
        ("X, Sp.OT(K)", "Sp-2", "ORTHOPAEDI DAN TRAUMATOLOGI", "kesehatan"),
        (
            "X, Sp.THT-KL",
            "Sp-1",
            "TELINGA HIDUNG TENGGOROK BEDAH KEPALA DAN LEHER",
            "kesehatan",
        ),  # a hyphenated specialty
        ("dr. Dewi, Sp.A (K)", "Sp-2", "ANAK", "kesehatan"),  # (K) after a space (review, h30: was DOKTER)
        ("dr. X, Sp.PD-KGEH FINASM", "Sp-2", "PENYAKIT DALAM", "kesehatan"),  # a fellowship after a consultant (spell4)
        ("dr. X, Sp. THT-KL", "Sp-1", "TELINGA HIDUNG TENGGOROK BEDAH KEPALA DAN LEHER", "kesehatan"),  # spaced (h30)
        ("Ns. Siti, S.Kep", "Profesi", "KEPERAWATAN NERS", "kesehatan"),  # Ners in front
        ("Bd. Rina, S.Tr.Keb", "Profesi", "KEBIDANAN", "kesehatan"),
        ("drh. Budi", "Profesi", "KEDOKTERAN HEWAN", "kesehatan"),
        ("Ani, AMKep", "D-III", "KEPERAWATAN", "kesehatan"),  # the academies' dot-less D-III titles
        ("Ani, AMKG", "D-III", "KESEHATAN GIGI", "kesehatan"),
        ("Ani, AMAK", "D-III", "ANALIS KESEHATAN", "kesehatan"),
        ("Ani, AMdG", "D-III", "GIZI", "kesehatan"),
        ("Ani, A.Md Kp", "D-III", "KEPERAWATAN", "kesehatan"),
        ("Ani, A.Md.KG", "D-III", "KESEHATAN GIGI", "kesehatan"),  # not KEDOKTERAN GIGI at D-III
        ("Ani, A.Md.F", "D-III", "FARMASI", "kesehatan"),
        ("Budi, S.KH.", "S-1", "KEDOKTERAN HEWAN", "kesehatan"),
        ("Budi,S.Kom. M.Eng.", "S-2", "ILMU KOMPUTER", "komputer"),  # two titles without a comma
        ("ALI, AMIN", None, None, None),  # a name after a comma that starts like AM…
        ("Budi Santoso", None, None, None),
        ("", None, None, None),
    ],
)
def test_parse_titles(nama: str, level: str | None, hint: str | None, family: str | None) -> None:
    evidence = parse_titles(nama)
    assert (evidence.level, evidence.programme_hint, evidence.family) == (level, hint, family)


def test_front_title_case_matters() -> None:
    assert parse_titles("Dr. Budi").level == "S-3"  # doctorate
    assert parse_titles("dr. Budi").level == "Profesi"  # medical doctor


def test_s_pd_is_not_a_specialist() -> None:
    # "S.Pd" compacts to "spd", which must not be read as "Sp." (specialist)
    assert parse_titles("Ani, S.Pd").level == "S-1"


def test_titles_are_listed_in_order() -> None:
    assert parse_titles("Dr. John Doe, S.H., M.H.") == TitleEvidence("S-3", "HUKUM", "hukum", ("Dr.", "S.H.", "M.H."))


def test_hajj_and_professor_are_not_education() -> None:
    evidence = parse_titles("Prof. H. Ahmad")
    assert evidence.level is None
    assert evidence.titles == ()


def test_a_name_after_a_comma_is_not_a_title() -> None:
    # "MUHAMMAD" starts with M but is not M.xx (master)
    assert parse_titles("ALI, MUHAMMAD").level is None


@pytest.mark.parametrize(
    ("nama", "bare"),
    [
        ("ANDRI LIANI, A.Md.Kep", "ANDRI LIANI"),
        ("Dr. John Doe, S.H., M.H.", "John Doe"),
        ("Budi S.Kom", "Budi"),
        ("dr. Siti", "Siti"),
        ("Hj. SITI S", "SITI S"),  # a final initial without a dot stays
        ("Budi Santoso", "Budi Santoso"),
        ("", ""),
    ],
)
def test_strip_titles(nama: str, bare: str) -> None:
    assert strip_titles(nama) == bare


def test_title_families_are_known_families() -> None:
    from asn_mutasi.domain import gelar

    assert {family for _, family in gelar._FIELDS.values() if family} <= set(FAMILIES)


@given(st.text(max_size=60))
def test_parse_titles_total(nama: str) -> None:
    evidence = parse_titles(nama)
    assert evidence.family is None or evidence.family in FAMILIES
    assert isinstance(strip_titles(nama), str)


@pytest.mark.parametrize(
    ("nama", "level", "hint"),
    [
        ("BUDI, S.Stat", "S-1", "STATISTIKA"),  # not S.ST (old D-IV)
        ("ANDI, S.ST", "D-IV", None),
        ("ANI, AMK", "D-III", "KEPERAWATAN"),
        ("SITI, S.Kep Ns", "Profesi", "KEPERAWATAN NERS"),
        ("SITI, S.Kep., Ns", "Profesi", "KEPERAWATAN NERS"),
        ("RINA, S.Farm., Apt", "Profesi", "APOTEKER"),
        ("dr. ANDI", "Profesi", "DOKTER"),
    ],
)
def test_titles_issue_12(nama: str, level: str, hint: str | None) -> None:
    evidence = parse_titles(nama)
    assert (evidence.level, evidence.programme_hint) == (level, hint)


@pytest.mark.parametrize(
    ("nama", "level", "hint"),
    [
        # real roster spellings (a public seed's titles, names replaced)
        ("NAMA PEGAWAI, S.T., M,Si", "S-2", None),  # a comma typed for the dot of M.Si
        ("Budi, S,Pd", "S-1", "PENDIDIKAN"),  # Sarjana Pendidikan alone: the faculty-wide programme (spell2, h30)
        ("Drh. Hj. Nama", "Profesi", "KEDOKTERAN HEWAN"),  # the first word of a name capitalised
        ("DRH. Nama", "Profesi", "KEDOKTERAN HEWAN"),
        ("DRG. Nama", "Profesi", "DOKTER GIGI"),
        ("Drg. Nama", "Profesi", "DOKTER GIGI"),
        ("DR. Nama", "S-3", None),  # a doctorate stays one
    ],
)
def test_titles_as_rosters_type_them(nama: str, level: str, hint: str | None) -> None:
    found = parse_titles(nama)
    assert (found.level, found.programme_hint) == (level, hint)


@pytest.mark.parametrize(
    ("nama", "level", "programme"),
    [
        ("Ani, S.A.", "S-1", "AKUNTANSI"),  # Sarjana Akuntansi (a university's official title table, h24)
        ("Rina, S.Tr.Keb., Bdn", "Profesi", "KEBIDANAN"),  # Bidan written after the name
    ],
)
def test_official_titles_of_a_university_table(nama: str, level: str, programme: str | None) -> None:
    evidence = parse_titles(nama)
    assert evidence.level == level
    if programme is not None:
        assert evidence.programme_hint == programme


@pytest.mark.parametrize(
    ("nama", "level", "hint", "titles"),
    [
        # M.A. is Master of Arts (UIN/IAIN, humanities): no Akuntansi; the first degree's programme stays
        ("X, S.Pd.I., M.A.", "S-2", "PENDIDIKAN AGAMA ISLAM", ("S.Pd.I.", "M.A.")),
        ("X, S.Ag., M.A.", "S-2", "AGAMA", ("S.Ag.", "M.A.")),
        ("X, Lc., M.A.", "S-2", None, ("Lc.", "M.A.")),
        # titles run together, Ners between them
        ("X, S.Kep.Ns", "Profesi", "KEPERAWATAN NERS", ("S.Kep", "Ns")),
        ("X,S.KEP.NS", "Profesi", "KEPERAWATAN NERS", ("S.KEP", "NS")),
        ("X, S.Kep.Ns.M.Kep", "S-2", "KEPERAWATAN", ("S.Kep", "Ns", "M.Kep")),  # as "S.Kep., Ns., M.Kep" reads
        ("X, S.Kep.Ns.M.Kes", "S-2", "KEPERAWATAN NERS", ("S.Kep", "Ns", "M.Kes")),  # as "S.Kep, Ns, M.Kes" reads
        ("Dr. X, S.Kep.Ns.M.Kep.", "S-3", "KEPERAWATAN", ("Dr.", "S.Kep", "Ns", "M.Kep.")),
        ("Budi S.Kep.Ns", "Profesi", "KEPERAWATAN NERS", ("S.Kep", "Ns")),  # without the name's comma
        ("X, SE.MM", "S-2", "MANAJEMEN", ("SE", "MM")),
        # negatives: one title that does not divide into known titles stays one
        ("X, S.Th.I.", "S-1", None, ("S.Th.I.",)),
        ("X, S.Pd.SD", "S-1", "PENDIDIKAN GURU SEKOLAH DASAR", ("S.Pd.SD",)),
        ("X, Sp.PD", "Sp-1", "PENYAKIT DALAM", ("Sp.PD",)),
        # IPDN/STPDN: Sarjana Sains Terapan Pemerintahan, not S.ST + Pertanian
        ("X, S.STP", "D-IV", "ILMU PEMERINTAHAN", ("S.STP",)),
        ("X, S.STP., M.Sc", "S-2", "ILMU PEMERINTAHAN", ("S.STP.", "M.Sc")),
        ("X, S.ST.Pi", "D-IV", "PERIKANAN", ("S.ST.Pi",)),  # S.ST + Perikanan is still read as before
        # Bidan in front, as puskesmas lists write it
        ("Bdn. X, S.ST", "Profesi", "KEBIDANAN", ("Bdn.", "S.ST")),
        ("Bdn. X, S.Tr.Keb", "Profesi", "KEBIDANAN", ("Bdn.", "S.Tr.Keb")),
        # master's titles without dots, old and foreign titles
        ("X, S.Kep.,MMRS", "S-2", "MANAJEMEN RUMAH SAKIT", ("S.Kep.", "MMRS")),
        ("X, SKM, MKM", "S-2", "KESEHATAN MASYARAKAT", ("SKM", "MKM")),
        ("X A.Md.,Keb", "D-III", "KEBIDANAN", ("A.Md.Keb",)),  # a comma typed inside the title
        ("X, A.Md., S.Kep", "S-1", "KEPERAWATAN", ("A.Md.", "S.Kep")),  # a title after the comma is no field
        ("X, S.Si.T", "D-IV", None, ("S.Si.T",)),  # Sarjana Sains Terapan (D-IV)
        ("X, Lc.", "S-1", None, ("Lc.",)),  # Licence (Al-Azhar)
        ("X, BA", "D-III", None, ("BA",)),  # Bachelor of Arts, the old Sarjana Muda (domain.md §3.1)
        ("X, B.Sc", "D-III", None, ("B.Sc",)),
    ],
)
def test_titles_of_real_lists_spell5(nama: str, level: str, hint: str | None, titles: tuple[str, ...]) -> None:
    """Titles copied from public staff lists and seeders (spell5, h27: a school's 41 teachers, Puskesmas Sangkali,
    seven files with glued Ners titles, a Diskominfo head's S.STP)."""
    found = parse_titles(nama)
    assert (found.level, found.programme_hint, found.titles) == (level, hint, titles)


def test_a_first_degree_replaced_by_a_named_masters_programme_is_kept() -> None:
    """The hint is the master's named programme (b9b0b2c: "S.KM, MM" is no S-2 in public health); the first degree is
    kept beside it for requirements at its own level (spell5, h27: "S.Pd.I, S.E., M.M" is a PAI teacher)."""
    found = parse_titles("X, S.Pd.I, S.E., M.M")
    assert (found.level, found.programme_hint) == ("S-2", "MANAJEMEN")
    assert found.first_degree == ("S-1", "PENDIDIKAN AGAMA ISLAM", "S.Pd.I")
    assert parse_titles("X, S.KM, MM").first_degree == ("S-1", "KESEHATAN MASYARAKAT", "S.KM")
    assert parse_titles("X, S.E., M.M.").first_degree is None  # S.E. names no programme
    assert parse_titles("X, S.Pd.I., M.A.").first_degree is None  # M.A. names none either
    assert parse_titles("X, S.Pd.I, S.E.").programme_hint == "PENDIDIKAN AGAMA ISLAM"  # S.E. erases no programme


@pytest.mark.parametrize(
    ("nama", "level", "hint"),
    [("Budi Hidayat, S.PI,. M.PI", "S-2", "PERIKANAN"), ("Taufik Lestari, S.Pi., MP", "S-2", "PERTANIAN"),
     ("Andi, S.Pi., M.P", "S-2", "PERTANIAN"), ("Citra Wibowo, S.St.Pi", "D-IV", None),
     ("Eko Hidayat, S.Pi", "S-1", "PERIKANAN")],
)  # fmt: skip
def test_a_masters_title_after_a_stray_dot_or_without_dots_is_read(nama: str, level: str, hint: str | None) -> None:
    """Politeknik KP Sorong's payroll seed (ppk-asisten pegawai.seed.js; real9, h28) writes "S.PI,. M.PI" (Magister
    Perikanan) and "S.Pi., MP" (Magister Pertanian): both read S-1. The dot typed after the comma opens no title, and
    "MP" is a master's title written without dots, as "MM" is."""
    got = parse_titles(nama)
    assert got.level == level
    if hint is not None:
        assert got.programme_hint == hint
    assert strip_titles(nama) == nama.split(",")[0]


@pytest.mark.parametrize("nama", ["Siti, A.Md.Akun", "Siti, A.Md. Akun", "Siti Akun, A.Md.Akun"])
def test_amd_akun_is_d3_akuntansi_spell7(nama: str) -> None:
    """ "A.Md.Akun" (Ahli Madya Akuntansi, a puskesmas staff list 58633505641) read D-III with no programme and was
    refused D-III AKUNTANSI, where "A.Md.Ak" passed (spell7 E3, h28). "Akun" as a name word stays a name."""
    found = parse_titles(nama)
    assert (found.level, found.programme_hint, found.family) == ("D-III", "AKUNTANSI", "ekonomi")
    assert parse_titles("Budi Akun").level is None
    from asn_mutasi.matching.education import EducationMatcher

    fit = EducationMatcher(["D-III AKUNTANSI"]).fit(
        None, None, "Diploma III/Sarjana Muda", "D-III AKUNTANSI", nama=nama
    )
    assert fit.memenuhi is True


@pytest.mark.parametrize(
    ("nama", "level", "hint", "bare"),
    [("Deddy Winarno SST.M.Si", "S-2", None, "Deddy Winarno"), ("Adi Wijaya SE.MM", "S-2", "MANAJEMEN", "Adi Wijaya"),
     ("Adi Wijaya SST", "D-IV", None, "Adi Wijaya"), ("ADI WIJAYA SST", "D-IV", None, "ADI WIJAYA"),
     ("Budi Santoso SE", "S-1", "EKONOMI", "Budi Santoso"), ("BUDI SANTOSO SKM", "S-1", "KESEHATAN MASYARAKAT", None),
     ("Rudi Hartono ST.MT", "S-2", "TEKNIK", "Rudi Hartono")],
)  # fmt: skip
def test_titles_glued_after_the_name_without_a_comma_are_read_real11(
    nama: str, level: str, hint: str | None, bare: str | None
) -> None:
    """BPS staff names in simpede's users.sql write the gelar after the name without a comma: "Deddy Winarno
    SST.M.Si" (Sarjana Sains Terapan, the STIS degree, then M.Si), "SE.MM"; they gave no education at all, and "Adi
    Wijaya SST" neither (real11 #6, h29)."""
    got = parse_titles(nama)
    assert (got.level, got.programme_hint) == (level, hint)
    if bare is not None:
        assert strip_titles(nama) == bare


@pytest.mark.parametrize(
    "nama",
    ["Budi S", "BUDI S", "AHMAD SE", "TAN SAN", "SITI AMA", "Maria Ama", "Rina Ayu Sp", "Moh.Ali", "Andi St.Aisyah"],
)
def test_a_last_name_word_that_only_looks_like_a_title_stays_a_name_real11(nama: str) -> None:
    """Negatives of the glued-title reading (real11 #6, h29): an initial ("Budi S"), a two-letter word after a name in
    capitals (an initial pair or a title: undecidable), a name word that spells a title in capitals ("TAN SAN", "SITI
    AMA": D-II A.Ma is never read dot-less), a title-cased surname ("Maria Ama") and a dotted name ("Moh.Ali")."""
    assert parse_titles(nama).level is None
    assert strip_titles(nama) == nama


@pytest.mark.parametrize("nama", ["SITI MARS", "RUDI MARS", "LIE MSI", "BUDI MAP", "YOHANES MBA"])
def test_a_capitals_name_word_that_is_also_a_title_stays_a_name_review12(nama: str) -> None:
    """ "SITI MARS" and "RUDI MARS" read as S-2 Administrasi Rumah Sakit with the bare name "SITI", "LIE MSI" as S-2
    (Lie is a surname): after a name in capitals only a dot-less title that no name or word is counts (review12 #2,
    h29)."""
    assert parse_titles(nama).level is None
    assert strip_titles(nama) == nama


@pytest.mark.parametrize(
    ("nama", "level"),
    [("SITI AMINAH SKM", "S-1"), ("RUDI SST", "D-IV"), ("ANI MKES", "S-2"), ("Siti Aminah MARS", "S-2"),
     ("Lie Hwa MSI", "S-2"), ("SITI AMINAH, MARS", "S-2"), ("LIE HWA, M.Si", "S-2")],
)  # fmt: skip
def test_titles_no_name_is_still_read_after_capitals_and_name_like_ones_elsewhere_review12(
    nama: str, level: str
) -> None:
    """The forms no Indonesian name is (SKM, SST, MKES) are still read after a name in capitals, and MARS or MSI after
    a mixed-case name or a comma (review12 #2, h29)."""
    assert parse_titles(nama).level == level


@pytest.mark.parametrize(
    ("nama", "hint"),
    [
        ("X, S.E", "EKONOMI"),
        ("ANI,SE", "EKONOMI"),
        ("X, S.Pd", "PENDIDIKAN"),
        ("X, S.Sos", "ILMU SOSIAL"),
        ("X, S.T", "TEKNIK"),
        ("X, S.E., M.Si", None),  # a higher degree of a broad field: neither names the S-2's programme
        ("X, S.Pd.I, S.E.", "PENDIDIKAN AGAMA ISLAM"),  # a title that names its programme keeps it
        ("X, S.Sos.MM", "MANAJEMEN"),  # a master's that names its programme gives it
        ("X, A.Md", None),  # a diploma of no field names none
    ],
)
def test_a_broad_first_degree_alone_names_its_faculty_spell2(nama: str, hint: str | None) -> None:
    """ "S.E", "S.Pd", "S.Sos" written alone (with pendidikan "S1", or after a name) named no programme, so the person
    failed the faculty-wide requirements SSCASN formations write ("S-1 EKONOMI", "S-1 PENDIDIKAN", "S-1 ILMU
    SOSIAL", "S-1 TEKNIK") that "Sarjana Ekonomi" written out meets (spell2, h30)."""
    assert parse_titles(nama).programme_hint == hint


@pytest.mark.parametrize(
    ("nama", "hint"),
    [
        ("X, M.Kes", "KESEHATAN"),
        ("X, M.Pd.", "PENDIDIKAN"),
        ("X, M.T", "TEKNIK"),
        ("X, S.E., M.Kes", "KESEHATAN"),  # the master's faculty at the master's level
        ("X, S.KM, M.Kes", "KESEHATAN MASYARAKAT"),  # a first degree that names its programme keeps it
        ("X, S.Kep, M.Kes", "KEPERAWATAN"),
        ("X, S.Pd, M.Si", None),  # M.Si (sciences and social sciences alike) names no faculty
        ("Dr. X, M.Pd", None),  # a doctorate of unknown field above it
    ],
)
def test_a_masters_title_of_a_faculty_alone_reads_as_written_out_spell6(nama: str, hint: str | None) -> None:
    """ "M.Kes" alone (a roster's jurusan cell "S2 | M.Kes", or after a name) named no programme and met nothing, while
    "Magister Kesehatan" written out reads KESEHATAN, serumpun with S-2 Kesehatan Masyarakat (spell6, h31)."""
    assert parse_titles(nama).programme_hint == hint


@pytest.mark.parametrize(
    ("nama", "level", "hint"),
    [
        ("dr. ANI, Sp.An.KIC", "Sp-2", "ANESTESIOLOGI DAN TERAPI INTENSIF"),  # a consultant's letters after a dot
        ("Dr. dr. ANI, Sp.An.KIC", "S-3", "ANESTESIOLOGI DAN TERAPI INTENSIF"),
        ("dr. ANI, Sp.B.KBD", "Sp-2", "BEDAH UMUM"),
        ("dr. ANI, Sp.An.TI", "Sp-1", "ANESTESIOLOGI DAN TERAPI INTENSIF"),
        ("X, Sp.K.K", "Sp-1", "DERMATOLOGI DAN VENEREOLOGI"),  # the whole title first: no Sp.K
    ],
)
def test_a_specialist_title_with_a_dotted_consultant_suffix_is_read_spell3(nama: str, level: str, hint: str) -> None:
    """ "Sp.An.KIC" (Anestesiologi, Konsultan Intensive Care; a hospital's doctor seeder) named no specialty: the
    specialist was a plain dokter and failed SPESIALIS ANESTESIOLOGI DAN TERAPI INTENSIF (spell3, h31)."""
    evidence = parse_titles(nama)
    assert (evidence.level, evidence.programme_hint) == (level, hint)


@pytest.mark.parametrize("nama", ["ANI, A.Md.Ak", "ANI, A.Md.AK", "ANI, A.Md. Ak", "ANI, Amd.Ak", "ANI, A.MD.AK"])
def test_amd_ak_names_akuntansi_or_analis_kesehatan_spell3(nama: str) -> None:
    """ "A.Md.Ak" is Ahli Madya Akuntansi on finance lists and Analis Kesehatan on laboratory lists ("A.Md.AK",
    Pranata Laboratorium Kesehatan; public staff lists): it read Akuntansi, so an analis met D-III AKUNTANSI and failed
    D-III ANALIS KESEHATAN. The level stays; no programme is read, and the reason says why (spell3, h31)."""
    evidence = parse_titles(nama)
    assert (evidence.level, evidence.programme_hint, evidence.family) == ("D-III", None, None)
    assert evidence.ambiguous is not None and evidence.ambiguous[1] == ("AKUNTANSI", "ANALIS KESEHATAN")


@pytest.mark.parametrize(("nama", "hint"), [("ANI, AMAK", "ANALIS KESEHATAN"), ("ANI, A.Md.Akun", "AKUNTANSI")])
def test_unambiguous_analis_and_akuntansi_titles_keep_their_programme_spell3(nama: str, hint: str) -> None:
    evidence = parse_titles(nama)
    assert (evidence.programme_hint, evidence.ambiguous) == (hint, None)


@pytest.mark.parametrize(
    ("nama", "level"),
    [
        ("dr. ANI, Sp.OG(K)", "Sp-2"),
        ("dr. ANI, Sp.PD-KGEH", "Sp-2"),  # Konsultan Gastroenterohepatologi after a hyphen
        ("dr. ANI, Sp.An.KIC", "Sp-2"),  # Konsultan Intensive Care after a dot
        ("dr. ANI, Sp.B-KBD", "Sp-2"),
        ("dr. ANI, Sp.A, Subsp.KGEH", "Sp-2"),
        ("dr. ANI, Sp.THT-KL", "Sp-1"),  # a hyphenated specialty, no consultant
        ("dr. ANI, Sp.An-TI", "Sp-1"),  # Anestesiologi dan Terapi Intensif: TI is the specialty's, not a consultant's
        ("dr. ANI, Sp.An.TI", "Sp-1"),
        ("X, Sp.K.K", "Sp-1"),
        ("dr. ANI, Sp.PD", "Sp-1"),
    ],
)
def test_a_consultant_is_the_subspecialist_level_in_every_spelling_spell4(nama: str, level: str) -> None:
    """ "Sp.OG(K)" read Sp-2 while "Sp.PD-KGEH" and "Sp.An.KIC", the same collegium's konsultan written with its
    letters, read Sp-1: one consultant met a Subspesialis requirement's level and the other did not. The konsultan is
    the subspecialist (MKKI: "Dokter Subspesialis/Spesialis Konsultan"; SIASN tingkat 49 Subspesialis) (spell4, h31)."""
    assert parse_titles(nama).level == level


@pytest.mark.parametrize(
    ("nama", "level", "hint", "titles"),
    [
        ("dr., SpAn-TI.M.Ked.Klin", "Sp-1", "ANESTESIOLOGI DAN TERAPI INTENSIF", ("dr.", "Sp.An-TI", "M.Ked.Klin")),
        ("dr. ANI, SpAn-TI", "Sp-1", "ANESTESIOLOGI DAN TERAPI INTENSIF", ("dr.", "Sp.An-TI")),
        ("dr. ANI, SpOG(K)", "Sp-2", "OBSTETRI DAN GINEKOLOGI", ("dr.", "Sp.OG(K)")),
        ("dr. ANI, SpPD", "Sp-1", "PENYAKIT DALAM", ("dr.", "Sp.PD")),
        ("dr. ANI, Sp.KK.M.Kes", "Sp-1", "DERMATOLOGI DAN VENEREOLOGI", ("dr.", "Sp.KK", "M.Kes")),
        ("BUDI, SPD", "S-1", "PENDIDIKAN", ("SPD",)),  # in capitals "SPD" stays Sarjana Pendidikan
        ("dr. ANI, Sparta", "Profesi", "DOKTER", ("dr.",)),  # no specialty: no title
    ],
)
def test_a_specialist_title_without_its_dot_or_run_into_a_master_is_read_spell4(
    nama: str, level: str, hint: str, titles: tuple[str, ...]
) -> None:
    """ "dr., SpAn-TI.M.Ked.Klin", as a public hospital's seeder writes a specialist, read a plain dokter: "Sp"
    without its dot was no title and the master's title run into it hid it (spell4, h31)."""
    evidence = parse_titles(nama)
    assert (evidence.level, evidence.programme_hint, evidence.titles) == (level, hint, titles)


@pytest.mark.parametrize(
    ("jurusan", "expected"),
    [
        ("SpAn-TI", ("Sp-1", "ANESTESIOLOGI DAN TERAPI INTENSIF")),
        ("SpPD", ("Sp-1", "PENYAKIT DALAM")),
        ("SpOG(K)", ("Sp-2", "OBSTETRI DAN GINEKOLOGI")),
        ("Spiritual", (None, "Spiritual")),  # a word, no title
    ],
)
def test_a_dotless_specialist_title_in_the_programme_column_is_read_spell4(
    jurusan: str, expected: tuple[str | None, str]
) -> None:
    """A programme cell holding a specialist's title without its dot read as a programme named "SpAn-TI" (spell4)."""
    from asn_mutasi.domain.pendidikan import roster_education

    assert roster_education(None, jurusan) == expected


@pytest.mark.parametrize(
    ("nama", "level", "hint"),
    [
        ("dr. ANI, SpA., MARS., MM", "Sp-1", "ANAK"),  # it read MANAJEMEN: the MM replaced the specialty
        ("ANI, dr., SpAn-TI.M.Ked.,Klin", "Sp-1", "ANESTESIOLOGI DAN TERAPI INTENSIF"),  # it read KEDOKTERAN
        ("dr. ANI, Sp.PD, KHOM, FINASIM", "Sp-2", "PENYAKIT DALAM"),  # a consultant's letters as their own title
        ("dr. ANI, Sp.PD, K-GEH", "Sp-2", "PENYAKIT DALAM"),
        ("Dr. dr. ANI, Sp.An., KNA., K", "S-3", "ANESTESIOLOGI DAN TERAPI INTENSIF"),
        ("dr. ANI, Sp.An., K", "Sp-2", "ANESTESIOLOGI DAN TERAPI INTENSIF"),
        ("dr. ANI Sp.M(K)", "Sp-2", "MATA"),  # after the name without a comma: it read DOKTER
        ("ANI, S.Kom, K", "S-1", "ILMU KOMPUTER"),  # a K after another title is nothing
    ],
)
def test_specialist_titles_as_a_hospital_seeder_writes_them_spell4(nama: str, level: str, hint: str) -> None:
    """A public hospital's doctor seeder: the master's title after a specialist's replaced the specialty, a
    consultant's letters written as a title of their own were dropped, and "Sp.M(K)" after the name without a comma
    was not read (spell4, h31)."""
    evidence = parse_titles(nama)
    assert (evidence.level, evidence.programme_hint) == (level, hint)


@pytest.mark.parametrize(
    ("nama", "depan", "belakang", "titled"),
    [
        ("Sri Wahyuni", "dr.", "Sp.PD", "dr. Sri Wahyuni, Sp.PD"),
        ("Budi", "dr", "Sp.PD, M.Kes", "dr. Budi, Sp.PD, M.Kes"),  # a front title written without its dot
        ("Siti", "Prof.Dr.", "S.H., M.H.", "Prof. Dr. Siti, S.H., M.H."),
        ("dr. Sri Wahyuni, Sp.PD", "dr.", "Sp.PD", "dr. Sri Wahyuni, Sp.PD"),  # already there: not written twice
        ("Budi S.Kom", None, "S.Kom., M.T.", "Budi S.Kom, M.T."),  # only the missing title is added
        ("Budi, S.E.", "Drs.", "SE, MM", "Drs. Budi, S.E., MM"),
        ("Dr. Ani", "dr.", None, "dr. Dr. Ani"),  # a doctorate is no physician's title: case tells them apart
        ("Ani", "-", "-", "Ani"),  # an export's dash for "none"
        ("Ani\n197501012010011001", None, "S.Kom", "Ani, S.Kom\n197501012010011001"),  # the name's line
        ("  ", "dr.", "S.Kom", "  "),  # titles alone are nobody's name
        (None, "dr.", "S.Kom", None),
    ],
)
def test_titles_from_their_own_columns_join_the_name_real5(
    nama: str | None, depan: str | None, belakang: str | None, titled: str | None
) -> None:
    """SIASN and hospital SIMPEG exports keep the titles in GELAR DEPAN / GELAR BELAKANG: written into the name as a
    titled name carries them, where the education is read from (real5, h31)."""
    assert with_title_columns(nama, depan, belakang) == titled


@pytest.mark.parametrize("junk", ["S." * 3000, "S.E." * 1500])
def test_a_name_with_thousands_of_glued_dots_is_read_without_recursing(junk: str) -> None:
    """A name cell "Budi, S.S.S.…" of 6,000 characters stopped `periksa` with an internal error (RecursionError: each
    dot was one more level of ungluing); it is no run of titles (real5, h31)."""
    evidence = parse_titles(f"Budi, {junk}")
    assert evidence.level in (None, "S-1")
    assert strip_titles(f"Budi, {junk}") == "Budi"


@pytest.mark.parametrize(
    ("nama", "level", "hint", "bare"),
    [
        # "dr." glued to the specialist title after the name: nothing was read
        ("Udria Satya Pratama, dr.Sp.OT(K)", "Sp-2", "ORTHOPAEDI DAN TRAUMATOLOGI", "Udria Satya Pratama"),
        ("Budi, dr. Sp.A", "Sp-1", "ANAK", "Budi"),
        ("ANI, dr., SpAn-TI", "Sp-1", "ANESTESIOLOGI DAN TERAPI INTENSIF", "ANI"),
        ("Budi, dr.", "Profesi", "DOKTER", "Budi"),  # the profession after the name: it read nothing
        ("Ani, drg.", "Profesi", "DOKTER GIGI", "Ani"),
        # a fellowship after the specialist's "(K)" with no comma: it read DOKTER
        ("dr. Paul Agus Sp.P (K) FISR, FAPSR", "Sp-2", "PULMONOLOGI DAN KEDOKTERAN RESPIRASI", "Paul Agus"),
        # a doctorate of unknown field let the MM replace the specialty: it read S-3 MANAJEMEN
        ("Dr. dr. Ani, Sp.OG, MM", "S-3", "OBSTETRI DAN GINEKOLOGI", "Ani"),
        ("Dr. Ani, S.KM, MM", "S-3", "MANAJEMEN", "Ani"),  # a master's above the first degree still names it
        ("BUDI FIRMAN", None, None, "BUDI FIRMAN"),  # a name's word that looks like a fellowship stays
        ("Ani, Dr.", None, None, "Ani"),  # "Dr." is the doctorate in front only
    ],
)
def test_medical_titles_as_hospital_lists_write_them_spell5(
    nama: str, level: str | None, hint: str | None, bare: str
) -> None:
    """Doctors' names as hospital staff lists write them (spell5, h31)."""
    evidence = parse_titles(nama)
    assert (evidence.level, evidence.programme_hint, strip_titles(nama)) == (level, hint, bare)


@pytest.mark.parametrize(
    ("nama", "level", "hint", "bare"),
    [
        # "Amd." with a field, as "A.Md." is read (a hospital's Penata Anestesi and pharmacy lists)
        ("Ardhia Ayu, Amd. Pa", "D-III", "KEPERAWATAN ANESTESIOLOGI", "Ardhia Ayu"),
        ("Arif Budiman, A.Md.PA", "D-III", "KEPERAWATAN ANESTESIOLOGI", "Arif Budiman"),
        ("Rina, Amd.Far.", "D-III", "FARMASI", "Rina"),
        ("Rina, Amd.Fis.", "D-III", "FISIOTERAPI", "Rina"),
        ("SRI WAHYUNI, A.Md.PK.", "D-III", "REKAM MEDIS", "SRI WAHYUNI"),
        ("Saidah, MH.Kes", "S-2", "HUKUM KESEHATAN", "Saidah"),
        ("Rina, MPH", "S-2", "KESEHATAN MASYARAKAT", "Rina"),
        # after the name with no comma
        ("Hiskia Nainggolan Amd.Kep", "D-III", "KEPERAWATAN", "Hiskia Nainggolan"),
        ("Chrisita Oktovira Amd.PA", "D-III", "KEPERAWATAN ANESTESIOLOGI", "Chrisita Oktovira"),
        ("Qomariah A.Md. Kep", "D-III", "KEPERAWATAN", "Qomariah"),  # a space before the field
        ("Nadia Yolanda H. Amd. Kep", "D-III", "KEPERAWATAN", "Nadia Yolanda H."),
        ("Natalita Amk", "D-III", "KEPERAWATAN", "Natalita"),  # a dot-less title written capitalised
        ("Ferdycha Ginting S.Kep. Ns", "Profesi", "KEPERAWATAN NERS", "Ferdycha Ginting"),
        # the old first degrees written after the name
        ("MUMBASITOH, Dra.", "S-1", None, "MUMBASITOH"),
        ("Budi, Ir., M.T.", "S-2", "TEKNIK", "Budi"),  # Magister Teknik (spell6, h31)
        # names with initials stay names
        ("Maria S. Nau", None, None, "Maria S. Nau"),
        ("Kristian B. Dala Ngapa", None, None, "Kristian B. Dala Ngapa"),
        ("Budi S. H", None, None, "Budi S. H"),  # one letter after the dot: an initial as likely as S.H.
        ("Siti Mars", None, None, "Siti Mars"),  # capitalised: only the listed forms, never a name-like one
        ("Rudi Drajat, S.E.", "S-1", "EKONOMI", "Rudi Drajat"),
    ],
)
def test_titles_as_hospital_staff_lists_write_them_spell5(
    nama: str, level: str | None, hint: str | None, bare: str
) -> None:
    """Spellings of a RSUD's staff list and a hospital's theatre roster that read no title, or no field (spell5,
    h31)."""
    evidence = parse_titles(nama)
    assert (evidence.level, evidence.programme_hint, strip_titles(nama)) == (level, hint, bare)


@pytest.mark.parametrize(
    ("nama", "level", "hint", "bare"),
    [
        ("KELIK SURYANTO, Skep.ns", "Profesi", "KEPERAWATAN NERS", "KELIK SURYANTO"),  # titles run together, lower case
        ("Titin Handrayani.AMAK", "D-III", "ANALIS KESEHATAN", "Titin Handrayani"),  # the name glued to its title
        ("Budi Santoso.S.Kom", "S-1", "ILMU KOMPUTER", "Budi Santoso"),
        ("Rina, S.Psi., Psikolog", "Profesi", "PSIKOLOGI PROFESI", "Rina"),  # BKN: S-1 PSIKOLOGI + PROFESI
        ("Dra. Rina, Psikolog", "Profesi", "PSIKOLOGI PROFESI", "Rina"),
        ("Rina, M.Psi., Psikolog", "S-2", "PSIKOLOGI", "Rina"),  # the Magister Psikologi Profesi
        # a dot inside a name is no title
        ("Muh.Ali Akbar", None, None, "Muh.Ali Akbar"),
        ("wa ode ferliani.M.SKM", None, None, "wa ode ferliani.M.SKM"),
        ("Siti Aminah.Ama", None, None, "Siti Aminah.Ama"),
    ],
)
def test_titles_of_a_hospital_staff_list_read_spell6(nama: str, level: str | None, hint: str | None, bare: str) -> None:
    """Spellings a hospital's staff list writes that read no title or missed the profession (spell6, h31)."""
    evidence = parse_titles(nama)
    assert (evidence.level, evidence.programme_hint, strip_titles(nama)) == (level, hint, bare)


@pytest.mark.parametrize(
    ("nama", "depan", "belakang", "titled"),
    [
        ("AHMAD FAUZI SH", "", "S.H.", "AHMAD FAUZI, S.H."),  # it was "AHMAD FAUZI SH, S.H."
        ("AHMAD FAUZI SH MH", None, "S.H., M.H.", "AHMAD FAUZI, S.H., M.H."),
        ("AHMAD FAUZI SH, M.H.", None, "S.H., M.H.", "AHMAD FAUZI, S.H., M.H."),
        ("Ahmad Fauzi SH.", None, "S.H.", "Ahmad Fauzi, S.H."),
        ("dr Ahmad", "dr.", None, "dr. Ahmad"),  # it was "dr. dr Ahmad"
        ("DR AHMAD", "dr.", None, "dr. AHMAD"),  # capitals cannot tell Dr from dr: the column does
        ("Dr Ahmad", "dr.", None, "dr. Dr Ahmad"),  # a doctorate is no physician's title
        ("SITI MARS", None, "MARS", "SITI MARS, MARS"),  # a title that is also a name's word is kept
        ("Budi Santoso", "0", "0", "Budi Santoso"),  # it was "0 Budi Santoso, 0"
        ("Budi Santoso", "Tidak Ada", "S.E", "Budi Santoso, S.E"),  # a seeder's "none" option
        ("Budi Santoso", "None", "NONE", "Budi Santoso"),  # Python's null written as text
    ],
)
def test_title_columns_repeating_the_name_or_saying_none_spell7(
    nama: str, depan: str | None, belakang: str | None, titled: str
) -> None:
    """A title the name already carries without its dots was written twice ("AHMAD FAUZI SH, S.H."), and a title cell
    saying "none" ("0", "Tidak Ada", "None") was written into the name as a title (spell7, h31)."""
    assert with_title_columns(nama, depan, belakang) == titled
