"""Read academic titles (gelar) in a name as evidence of education level and field.

Names arrive as ``ANDRI LIANI, A.Md.Kep``, ``APRIYENI, S.Kep.,Ners``, ``Dr. John Doe, S.H.,
M.H.``, ``dr. Siti`` or ``Budi S.Kom`` (domain.md §3.3). A title never overrides an explicit
level column; it is a fallback when ``pendidikan``/``jurusan`` are empty.

Rules (Permenristekdikti 59/2018 and older usage): ``A.P.`` D-I, ``A.Ma.``/``A.M.`` D-II,
``A.Md.`` D-III, ``S.Tr.``/``S.ST`` D-IV, ``S.`` S-1, ``M.`` S-2, ``Sp.`` Sp-1, ``Subsp.``
Sp-2, front ``Dr.`` S-3, ``Ph.D`` S-3. Case matters at the front: ``Dr.`` is a doctorate but
``dr.`` is a medical doctor (profession), as are ``drg.`` and ``apt.``; ``Ners`` after
``S.Kep.`` is the nursing profession. ``Drs.``/``Dra.``/``Ir.`` are old first degrees. A capital ``DR.``
before a medical specialist's title is the dokter's ``dr.`` (capitals cannot tell them apart).

The highest level wins; the programme hint comes from the highest *first-degree* title
(D-III, D-IV, S-1) because a master's title names a field less reliably (M.Si covers
sciences and social sciences alike). Family ids are those of
:mod:`asn_mutasi.matching.families` (repeated as literals: the domain layer does not import
the matching layer; a test keeps them in step).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from asn_mutasi.data import data_csv
from asn_mutasi.domain.coded_fields import compatible, says_nothing
from asn_mutasi.schema import EDUCATION_RANK, education_order


@dataclass(frozen=True)
class TitleEvidence:
    """What the titles in a name say about education."""

    level: str | None
    programme_hint: str | None
    family: str | None
    titles: tuple[str, ...]
    #: (level, programme, title) of the first degree whose programme a master's title replaced as the hint
    #: ("S.Pd.I, S.E., M.M": S-1 PENDIDIKAN AGAMA ISLAM, S.Pd.I); it still meets a requirement at its own level
    first_degree: tuple[str, str, str] | None = None
    #: (title, programmes) of a first-degree title that names one of several programmes ("A.Md.Ak": Akuntansi or
    #: Analis Kesehatan); no programme is read from it
    ambiguous: tuple[str, tuple[str, ...]] | None = None


# field initials after the level prefix (lower-cased, dots removed) → (programme hint, family)
_FIELDS: dict[str, tuple[str | None, str | None]] = {
    "kom": ("ILMU KOMPUTER", "komputer"),
    "m": ("MANAJEMEN", "ekonomi"),  # MM (Magister Manajemen); S.M. (Sarjana Manajemen)
    "ikom": ("ILMU KOMUNIKASI", "komunikasi"),
    "h": ("HUKUM", "hukum"),
    "hi": ("HUKUM ISLAM", "hukum"),
    "sy": ("HUKUM SYARIAH", "hukum"),
    # M.Kn, Magister Kenotariatan (the notary's master's, after an S.H.: "S.H., M.Kn"); unknown, "S.H. MKN" read S-1
    "kn": ("KENOTARIATAN", "hukum"),
    "e": (None, "ekonomi"),
    "ei": ("EKONOMI ISLAM", "ekonomi"),
    "ak": ("AKUNTANSI", "ekonomi"),
    "akun": ("AKUNTANSI", "ekonomi"),  # "A.Md.Akun", Ahli Madya Akuntansi (a puskesmas staff list; spell7, h28)
    "a": ("AKUNTANSI", "ekonomi"),  # S.A., Sarjana Akuntansi (Kepmendikbud 036/U/1993; a university's title table)
    "ab": ("ADMINISTRASI BISNIS", "sosial politik"),
    "sos": (None, "sosial politik"),
    "ip": ("ILMU PEMERINTAHAN", "sosial politik"),
    # "S.Sip": S.IP as rosters write it, the S of Sarjana twice (a puskesmas and a kecamatan roster; spell25, h36: read
    # S-1 with no programme, so the holder met no Ilmu Pemerintahan post)
    "sip": ("ILMU PEMERINTAHAN", "sosial politik"),
    "ap": ("ADMINISTRASI PUBLIK", "sosial politik"),
    "an": ("ADMINISTRASI NEGARA", "sosial politik"),
    "pd": (None, "pendidikan"),
    "pdi": ("PENDIDIKAN AGAMA ISLAM", "pendidikan"),
    "pdsd": ("PENDIDIKAN GURU SEKOLAH DASAR", "pendidikan"),
    "t": (None, "teknik"),
    "ars": ("ARSITEKTUR", "teknik"),
    "p": ("PERTANIAN", "pertanian"),
    "tp": ("TEKNOLOGI PERTANIAN", "pertanian"),
    "pt": ("PETERNAKAN", "pertanian"),
    "hut": ("KEHUTANAN", "pertanian"),
    "pi": ("PERIKANAN", "perikanan kelautan"),
    "kel": ("KELAUTAN", "perikanan kelautan"),
    "km": ("KESEHATAN MASYARAKAT", "kesehatan"),
    "kes": (None, "kesehatan"),
    "kep": ("KEPERAWATAN", "kesehatan"),
    "keb": ("KEBIDANAN", "kesehatan"),
    "farm": ("FARMASI", "kesehatan"),
    "gz": ("GIZI", "kesehatan"),
    "ked": ("KEDOKTERAN", "kesehatan"),
    "kg": ("KEDOKTERAN GIGI", "kesehatan"),  # S.KG; at D-III the same initials are dental health (_D3_FIELDS)
    "rmik": ("REKAM MEDIS DAN INFORMASI KESEHATAN", "kesehatan"),
    "kp": ("KEPERAWATAN", "kesehatan"),  # "A.Md Kp", an older spelling of A.Md.Kep
    "f": ("FARMASI", "kesehatan"),  # "A.Md.F"
    "kl": ("KESEHATAN LINGKUNGAN", "kesehatan"),  # "A.Md.KL", "AMKL"
    "rad": ("RADIOLOGI", "kesehatan"),  # "AMRad"
    "anakes": ("ANALIS KESEHATAN", "kesehatan"),  # "AMAK" (Ahli Madya Analis Kesehatan); A.Md.AK stays accounting
    "kh": ("KEDOKTERAN HEWAN", "kesehatan"),  # "S.KH"
    "ft": ("FISIOTERAPI", "kesehatan"),
    "psi": ("PSIKOLOGI", "psikologi"),
    "si": (None, "sains"),
    "mat": ("MATEMATIKA", "sains"),
    "stat": ("STATISTIKA", "sains"),
    "s": ("SASTRA", "bahasa seni budaya"),
    "sn": ("SENI", "bahasa seni budaya"),
    "ds": ("DESAIN", "bahasa seni budaya"),
    "ag": ("AGAMA", "agama"),
    "th": ("TEOLOGI", "agama"),
    "mrs": ("MANAJEMEN RUMAH SAKIT", "kesehatan"),  # MMRS (Magister Manajemen Rumah Sakit)
    "hkes": ("HUKUM KESEHATAN", "hukum"),  # M.H.Kes, Magister Hukum Kesehatan ("Hj. Saidah, MH.Kes": a puskesmas)
    "adminrs": ("ADMINISTRASI RUMAH SAKIT", "kesehatan"),  # MARS (Magister Administrasi Rumah Sakit)
}

#: a broad first degree's initials → the programme named for its faculty, as SSCASN formations write a faculty-wide
#: requirement ("S-1 EKONOMI", "S-1 PENDIDIKAN", "S-1 ILMU SOSIAL", "S-1 TEKNIK"): Sarjana Ekonomi, Sarjana Pendidikan,
#: Sarjana Sosial, Sarjana Teknik (Kepmendikbud 036/U/1993). The programme of a title written alone ("S1 | S.E", "ANI,
#: SE"), as "Sarjana Ekonomi" written out reads; never beside a title that names a programme or a higher degree (spell2,
#: h30: "S.Sos", "S.E", "S.Pd" with pendidikan "S1" named no programme). A master's title of a faculty written alone
#: reads the same way: "M.Kes" is Magister Kesehatan, "M.Pd" Magister Pendidikan, "M.T" Magister Teknik, as "Magister
#: Kesehatan" written out reads (spell6, h31: "S2 | M.Kes" was no programme at all, "S2 | Magister Kesehatan" serumpun)
_FACULTIES: dict[str, str] = {
    "e": "EKONOMI",
    "pd": "PENDIDIKAN",
    "sos": "ILMU SOSIAL",
    "t": "TEKNIK",
    "kes": "KESEHATAN",
}

#: master's initials that name no programme although the same initials name one at S-1: M.A. is Master of Arts (the
#: usual title of UIN/IAIN and humanities master's programmes: "Lc., M.A.", "S.Ag., M.A."), S.A. Sarjana Akuntansi
_NO_MASTER_FIELD = frozenset({"a"})

#: initials that name another field at D-III than at S-1: A.Md.KG is Ahli Madya Kesehatan Gigi (a dental nurse or
#: therapist), S.KG Sarjana Kedokteran Gigi
_D3_FIELDS: dict[str, tuple[str | None, str | None]] = {
    "kg": ("KESEHATAN GIGI", "kesehatan"),
    "ak": (None, None),
    # and initials only a D-III title is written with, as hospital staff lists write them (spell5, h31): "A.Md.PA",
    # "Amd.PA" (a hospital's Penata Anestesi list: D-III Keperawatan Anestesi), "Amd.Far" (Farmasi), "Amd.Fis"
    # (Fisioterapi), "A.Md.PK" (Perekam Kesehatan, the D-III rekam medis before A.Md.RMIK: a RSUD's Perekam Medis)
    "pa": ("KEPERAWATAN ANESTESIOLOGI", "kesehatan"),
    "far": ("FARMASI", "kesehatan"),
    "fis": ("FISIOTERAPI", "kesehatan"),
    "pk": ("REKAM MEDIS", "kesehatan"),
}
#: D-III initials that name one of several programmes: "A.Md.Ak" is Ahli Madya Akuntansi on a finance office's list
#: and Ahli Madya Analis Kesehatan (the old Akademi Analis Kesehatan's graduates) on a laboratory's ("Fajar, A.Md.AK",
#: Pranata Laboratorium Kesehatan; "Rina, A.Md.AK", Analis Lab: public staff lists and seeders). It was always
#: Akuntansi: an analis met D-III AKUNTANSI and failed D-III ANALIS KESEHATAN (spell3, h31); "A.Md.Akun" and "AMAK"
#: stay unambiguous
_AMBIGUOUS_D3: dict[str, tuple[str, ...]] = {"ak": ("AKUNTANSI", "ANALIS KESEHATAN")}

_FRONT: dict[str, str | None] = {
    # exact-case front titles → level
    "Dr": "S-3",
    "DR": "S-3",
    "dr": "Profesi",
    "drg": "Profesi",
    "apt": "Profesi",
    # the apoteker's title written capitalised in front, as staff lists write it ("Apt. Rina, S.Farm": a clinic's
    # preceptor list; it read S-1 Farmasi and was refused an Apoteker post; spell2, h30)
    "Apt": "Profesi",
    "APT": "Profesi",
    "drh": "Profesi",  # dokter hewan (veterinarian)
    "Drh": "Profesi",  # (a name's first word capitalised: "Drh. Hj. Siti")
    "DRH": "Profesi",
    "Drg": "Profesi",
    "DRG": "Profesi",
    "Ns": "Profesi",  # Ners written in front, as the profession's title is since 2019 ("Ns. Siti, S.Kep")
    "Bd": "Profesi",  # Bidan, the midwifery profession's title in front ("Bd. Rina, S.Tr.Keb")
    "Bdn": "Profesi",  # the same title as puskesmas staff lists write it ("Bdn. Rina, S.ST"; spell5, h27)
    "Drs": "S-1",
    "Dra": "S-1",
    "DRS": "S-1",
    "DRA": "S-1",
    "Ir": "S-1",
    "IR": "S-1",
    "Prof": None,
    "PROF": None,
    "H": None,
    "Hj": None,
    "HJ": None,
}
#: front titles of a health profession → the profession's programme
_FRONT_PROFESSIONS = {
    "apt": "APOTEKER",
    "Apt": "APOTEKER",
    "APT": "APOTEKER",
    "drh": "KEDOKTERAN HEWAN",
    "Drh": "KEDOKTERAN HEWAN",
    "DRH": "KEDOKTERAN HEWAN",
    "Ns": "KEPERAWATAN NERS",
    "Bd": "KEBIDANAN",
    "Bdn": "KEBIDANAN",
}
#: back titles of a profession (field initials of :data:`_BARE_TITLES`) → (the profession's programme, family)
_PROFESSION_PROGRAMMES: dict[str, tuple[str, str]] = {
    "apt": ("APOTEKER", "kesehatan"),
    "psikolog": ("PSIKOLOGI PROFESI", "psikologi"),
}
_FRONT_RE = re.compile(r"^\s*(" + "|".join(sorted(map(re.escape, _FRONT), key=len, reverse=True)) + r")\.\s*")
# a back title: starts with a level letter and a dot, or is one of the known bare forms
_BACK_RE = re.compile(
    r"^(?:(?:A|S|M|D|SP|SUBSP|AMD)\.\s*[A-Z][A-Z.\s]*|A\.MD|AMD|SST|PH\.?D|NERS|S\.?\s?KEP|S\.?\s?KM)\.?$",
    re.IGNORECASE,
)


def _back_level(compact: str) -> tuple[str | None, str]:
    """Return (level, field initials) of a back title already lower-cased without dots/spaces."""
    bare = _BARE_TITLES.get(compact)
    if bare is not None:
        return bare
    # a first degree whose field starts with the letters of an older form: S.Stat is not S.ST
    if compact.startswith("s") and compact[1:] in _FIELDS:
        return "S-1", compact[1:]
    for prefix, level in (
        ("phd", "S-3"),
        ("ners", "Profesi"),
        ("amd", "D-III"),
        ("ama", "D-II"),
        ("am", "D-II"),
        ("ap", "D-I"),
        ("str", "D-IV"),
        ("sst", "D-IV"),
        ("mtr", "S-2"),
        ("m", "S-2"),
        ("s", "S-1"),
    ):
        if compact.startswith(prefix):
            return level, compact[len(prefix) :]
    return None, ""


#: titles written without the level letter pattern (compact, lower case) → (level, field initials)
_BARE_TITLES: dict[str, tuple[str, str]] = {
    # the Ministry of Health's academies gave D-III titles as "AM" + the field, without dots (older forms)
    "amk": ("D-III", "kep"),  # Ahli Madya Keperawatan (older form of A.Md.Kep)
    "amkep": ("D-III", "kep"),
    "amkeb": ("D-III", "keb"),
    "amkg": ("D-III", "kg"),  # Kesehatan Gigi
    "amak": ("D-III", "anakes"),  # Analis Kesehatan
    "amkl": ("D-III", "kl"),  # Kesehatan Lingkungan
    "amrad": ("D-III", "rad"),  # Radiologi
    "amg": ("D-III", "gz"),  # Gizi
    "amdg": ("D-III", "gz"),
    "amf": ("D-III", "f"),  # Farmasi
    "amft": ("D-III", "ft"),  # Fisioterapi
    "ns": ("Profesi", "ners"),  # Ners, abbreviated
    "ners": ("Profesi", "ners"),
    "apt": ("Profesi", "apt"),  # apoteker written after the name
    "bdn": ("Profesi", "keb"),  # Bidan, the midwifery profession's title written after the name ("…, S.Tr.Keb., Bdn")
    # Psikolog, the psychologist's profession after the degree ("Rina, S.Psi., Psikolog", "Dra. X, Psikolog"): BKN's
    # reference names it "S-1 PSIKOLOGI + PROFESI"; it read S-1 Psikologi (spell6, h31)
    "psikolog": ("Profesi", "psikolog"),
    # Sarjana Sains Terapan Pemerintahan, the STPDN/IPDN title (camat, lurah, kepala dinas), not "S.ST" + Pertanian;
    # its successor is S.Tr.IP
    "sstp": ("D-IV", "ip"),
    "ssit": ("D-IV", ""),  # Sarjana Sains Terapan (D-IV, e.g. Bidan Pendidik): not S-1 "S.Si" + T
    "lc": ("S-1", ""),  # Licence (Lc.), the first degree of Al-Azhar and other Middle-East universities
    # Sarjana Muda (the old three-year degree, D-III in the SIASN table: domain.md §3.1) titles: Bachelor of Arts,
    # Bachelor of Science
    "ba": ("D-III", ""),
    "bsc": ("D-III", ""),
    "mmrs": ("S-2", "mrs"),  # Magister Manajemen Rumah Sakit
    "mars": ("S-2", "adminrs"),  # Magister Administrasi Rumah Sakit
    "mkm": ("S-2", "km"),  # Magister Kesehatan Masyarakat
    "mph": ("S-2", "km"),  # Master of Public Health
    "mhkes": ("S-2", "hkes"),  # Magister Hukum Kesehatan written "MH.Kes"
}
#: titles of the accountancy profession (compact, lower case) → what they stand for, written after the degrees ("S.E.,
#: Ak., M.Si", "S.E., Ak., CA", "Ak., CPA"): Ak. Akuntan (the state register of accountants, UU 34/1954, PMK 25/2014),
#: CA Chartered Accountant (Ikatan Akuntan Indonesia), CPA Certified Public Accountant (Institut Akuntan Publik
#: Indonesia; UU 5/2011). Titles of a profession, not of a degree: read as titles (a cell of them is no "Akademi CA",
#: a D-III; spell22, h35) with no level and no programme
ACCOUNTANT_TITLES: dict[str, str] = {
    "ak": "Akuntan",
    "ca": "Chartered Accountant",
    "cpa": "Certified Public Accountant",
}
#: an accountancy title written before the next title with a space, no comma
_SPACED_ACCOUNTANT = re.compile(r"(?<![A-Za-z.])((?i:ak|ca|cpa)\.?)\s+(?=[A-Za-z])")
_SPECIALIST_RE = re.compile(r"^(?:(Sub\s*sp|SUBSP)|Sp|SP)\.\s*[A-Z]")


#: a specialist title's prefix with the spaces it may be written with ("Sp. THT-KL", "Sub sp. KGEH")
@functools.cache
def _SPECIALIST_PREFIX() -> re.Pattern[str]:
    return re.compile(r"^(?:Sub\s*sp|SUBSP|Sp|SP)\.\s*")


#: a whole specialist title: "Sp.PD", "Sp.P.D.(K).", "Sp.OT(K)", "Sp.THT-KL", "Sp.PD-KGEH", "Subsp.KGEH"
_SPECIALIST_TITLE_RE = re.compile(
    r"^(?:Sub\s*sp|SUBSP|Sp|SP)\.\s*[A-Z][A-Za-z.\s]*(?:-\s*[A-Z]+)?\.?\s*(\(\s*K\s*\))?\.?$"
)
#: a specialist title's letters (after "Sp.", no dots, spaces or hyphens) → the specialty it names, as SSCASN writes the
#: programme ("PD" → PENYAKIT DALAM): rows ``gelar_spesialis`` of ``pendidikan_program.csv`` (source ``kki``)
_SPECIALTIES: dict[str, str] = {
    row["dari"]: row["ke"] for row in data_csv("pendidikan_program.csv") if row["jenis"] == "gelar_spesialis"
}
#: words of a dental specialty (KKI's Sp.BM, Sp.KG, Sp.KGA, Sp.Ort, Sp.Perio, Sp.Pros, Sp.PM, Sp.RKG, Sp.OF)
DENTAL_WORDS = frozenset(
    {"GIGI", "MULUT", "MAKSILOFASIAL", "DENTAL", "ORTODONSIA", "ORTODONTI", "PROSTODONSIA", "PROSTODONTI",
     "PERIODONSIA", "PERIODONTI", "PEDODONSIA", "PEDODONTI", "ENDODONSIA", "ODONTOLOGI"}
)  # fmt: skip
_SPECIALTY_NAMES = frozenset(_SPECIALTIES.values())
#: the specialties the specialist titles name ("PENYAKIT DALAM", "ANAK", "SARAF")
SPECIALTY_NAMES = _SPECIALTY_NAMES
_SPECIALTY_LETTERS = re.compile(r"^Sp\.\s*([A-Za-z][A-Za-z.\-]*)", re.IGNORECASE)


def _specialist_word(token: str) -> str:
    """A specialist title's first word, its prefix written close: "Sp. THT-KL" is "Sp.THT-KL" (it was "Sp.", no
    title, and the specialist was read as a plain dokter; review, h30), "Sp.PD-KGEH FINASM" is "Sp.PD-KGEH"."""
    prefix = _SPECIALIST_PREFIX().match(token)
    if prefix is None:
        return token.split()[0] if token.split() else token
    rest = token[prefix.end() :].split()
    return re.sub(r"\s", "", prefix.group(0)) + (rest[0] if rest else "")


def specialty_of_title(token: str) -> str | None:
    """The specialty a specialist title names ("Sp.PD", "Sp. OG", "SP.OT", "Sp.THT-KL", "Sp.PD-KGEH": the part before
    a consultant's hyphen; "Sp.An.KIC", "Sp.B.KBD": the part before a consultant's dot), or None (a subspecialist's
    "Subsp.", an unknown title)."""
    return _specialist_reading(token)[0]


def _specialist_reading(token: str) -> tuple[str | None, bool]:
    """(specialty, consultant) of a specialist title: the consultant's letters a collegium adds after the specialty,
    after a hyphen or a dot and starting with K (Konsultan: "Sp.PD-KGEH", "Sp.An.KIC", "Sp.B-KBD"), as "(K)" does;
    a whole title the table knows is a specialty only ("Sp.THT-KL", "Sp.K.K", "Sp.An-TI")."""
    found = _SPECIALTY_LETTERS.match(token.strip())
    if found is None:
        return None, False
    letters = found.group(1).upper().rstrip(".-")
    whole = re.sub(r"[.\s\-]", "", letters)
    if whole in _SPECIALTIES:
        return _SPECIALTIES[whole], False
    before_hyphen, _, after_hyphen = letters.partition("-")
    # "Sp.An.KIC" (Anestesiologi, Konsultan Intensive Care: a hospital's doctor list, public code): the consultant's
    # letters after a dot; it read no specialty and the specialist was a plain dokter (spell3, h31)
    before_dot, _, after_dot = letters.partition(".")
    for head, rest in ((re.sub(r"[.\s]", "", before_hyphen), after_hyphen), (before_dot, after_dot)):
        if head in _SPECIALTIES:
            return _SPECIALTIES[head], re.sub(r"[.\s\-]", "", rest).startswith("K")
    return None, False


#: the medical or dental degree or profession written as a roster's programme ("KEDOKTERAN", "Pendidikan Dokter",
#: "Profesi Dokter Gigi", its level already set aside); group 1 is GIGI for the dental one
@functools.cache
def _MEDICAL_DEGREE() -> re.Pattern[str]:
    return re.compile(
        r"^(?:(?:PENDIDIKAN|PROGRAM STUDI|PRODI|PROFESI|ILMU|SARJANA)\s+)*(?:KEDOKTERAN|DOKTER)(?:\s+(?:UMUM|(GIGI)))?$"
    )


#: a dokter's or dokter gigi's front title ("dr.", "drg", "DRG.") or a specialist's back title ("Sp.PD", "SpOG(K)",
#: "SP. OG", "Subsp.KGEH") anywhere in a name: evidence of medical education (spell9, h32). "Dr." is a doctorate and
#: "SPD" is S.Pd, neither is evidence
#: A master's of clinical medicine ("M.Ked(Ped)", "M.Ked.Klin"), which a university gives its specialist residents
#: with the Sp title, is evidence too; a plain "M.Ked" or "M.Ked.Trop" is not (spell11, h32)
MEDICAL_TITLE = re.compile(
    r"(?<![A-Za-z])(?:(?:dr|drg|Drg|DRG)(?:\.|\s)|Sp\.?\s?[A-Z]|SP\.\s?[A-Z]|Sub\s*sp\."
    r"|(?i:M\.?\s?KED)(?:\.?\s?(?i:KLIN)(?![A-Za-z])|\s?\())"
)


def specialty_beside_degree(programmes: list[str], nama: str) -> tuple[str | None, str] | None:
    """(level, specialty) a name's specialist title gives a row whose written programmes (``programmes``, their
    levels set aside) are all the medical (dental) degree or profession ("KEDOKTERAN" and "dr. X, Sp.PD": Penyakit
    Dalam, at the title's level); None when the titles name no specialty or it is of the other profession. A written
    degree hid the specialist: the title was read only where no programme was written (spell3, h31)."""
    if "SP" not in nama.upper():
        return None
    degrees = [_MEDICAL_DEGREE().match(re.sub(r"[^A-Z]+", " ", p.upper()).strip()) for p in programmes]
    if not degrees or any(d is None for d in degrees):
        return None
    evidence = parse_titles(nama)
    specialty = evidence.programme_hint
    if specialty is None or specialty not in _SPECIALTY_NAMES:
        return None
    dental = any(d is not None and d.group(1) for d in degrees)
    return (evidence.level, specialty) if dental == bool(DENTAL_WORDS & set(specialty.split())) else None


#: master's titles written without dots after a comma; "MP" is Magister Pertanian ("S.Pi., MP": a payroll seed's
#: spelling, real9, h28); "MKN" Magister Kenotariatan ("S.H., MKN": spell27, h37)
_BARE_MASTERS = frozenset({"mm", "msi", "mkes", "mh", "mpd", "mt", "mkom", "map", "msc", "mba", "mp", "mkn"})


def _field_known(level: str | None, initials: str) -> bool:
    """Whether a title's field initials name a field at its level (:data:`_FIELDS`, or :data:`_D3_FIELDS` at D-III)."""
    return initials in _FIELDS or (level == "D-III" and initials in _D3_FIELDS)


def _bare_title(compact: str, level: str, initials: str) -> bool:
    """Tell whether a dot-less token after a comma ("SE", "SKM", "MM") is a known title."""
    if compact in ("ners", "phd", "sst", "amd") or compact in _BARE_MASTERS or compact in _BARE_TITLES:
        return True
    return level in ("S-1", "D-III", "D-IV") and _field_known(level, initials)


#: a degree letter followed by a comma typed for its dot, the field's initials right after it ("M,Si", "S,Pd")
_COMMA_FOR_DOT = re.compile(r"(?<![A-Za-z.])([SMD]),(?=[A-Z][a-z]{0,4}\.?(?:[\s,]|$))")


#: the same in a cell of titles only, in any case ("S,Sos", "S,SOS", "M,Si": no name's words to mistake for a title)
_CELL_COMMA_FOR_DOT = re.compile(r"(?<![A-Za-z.])([SMD]),(?=[A-Za-z][A-Za-z]{0,4}\.?(?:[\s,]|$))", re.IGNORECASE)


def comma_for_dot(cell: str) -> str:
    """A cell of titles with a comma typed for a degree's dot, the dot written: "S,Sos" is "S.Sos" (spell25, h36: the
    whole cell read no level and no programme)."""
    return _CELL_COMMA_FOR_DOT.sub(r"\1.", cell)


#: a diploma title with a comma typed before its field ("A.Md.,Keb"): joined when the field's initials are known
_FIELD_AFTER_COMMA = re.compile(r"\b(A\.?\s?Md)\.?\s*,\s*([A-Za-z]{1,5})(?=\.?\s*(?:,|$))", re.IGNORECASE)


def _join_field(match: re.Match[str]) -> str:
    """ "A.Md.,Keb" as "A.Md.Keb" when "Keb" is a field's initials; else the text as written."""
    return f"{match.group(1)}.{match.group(2)}" if match.group(2).lower() in _FIELDS else match.group(0)


#: a profession's title written after its degree with no comma ("Ferdycha Ginting S.Kep. Ns", "S.Kep Ners")
_PROFESSION_AFTER_DEGREE = frozenset({"Ns", "NS", "Ners", "NERS", "Apt", "APT"})
#: the space before such a title, in the back titles (read as the comma it stands for)
_SPACED_PROFESSION = re.compile(r"(?<=\S)\s+(?=(?:" + "|".join(sorted(_PROFESSION_AFTER_DEGREE)) + r")\.?(?:\s|,|$))")


def _split_name(nama: str) -> tuple[list[str], str, list[str]]:
    """Split a name into front titles, the bare name and back title tokens."""
    text = compatible(nama).strip()
    front: list[str] = []
    while True:
        match = _FRONT_RE.match(text)
        if not match:
            break
        front.append(match.group(1))
        text = text[match.end() :]
    text = _FIELD_AFTER_COMMA.sub(_join_field, text)
    head, _, tail = text.partition(",")
    tail = _COMMA_FOR_DOT.sub(r"\1.", tail)  # "S.T., M,Si": a comma typed for the dot of "M.Si"
    # "S.Kep Ns", "S.Kep. Ners": a profession written after a degree without a comma
    tail = _SPACED_PROFESSION.sub(",", tail)
    tail = _SPACED_ACCOUNTANT.sub(r"\1,", tail)  # "Ak. M.Si", "S.E, AK. M.Si": the Akuntan title, then a degree's
    back: list[str] = []
    for token in tail.split(","):
        # a dot typed after the comma ("S.PI,. M.PI": a payroll seed's spelling, real9, h28) opens no title
        token = _profession_behind(token.strip().lstrip(".").lstrip(), front)
        # a school is never a title: "MA" after a comma is M.A. ("Rohman, S.Pd., MA", "Ansar, S.Ag., MA"; edu30, h38)
        back.extend(piece for piece in _pieces(_MASTER_OF_ARTS_DOTTED if _master_of_arts(token) else token) if piece)
    back = _consultant_joined(back)
    words = _K_SPACED.sub("", head).split()
    return front, " ".join(_titles_after_name(words, back)), back


def _titles_after_name(words: list[str], back: list[str]) -> list[str]:
    """The name's words without the titles written after it with no comma, those put in front of ``back``: "Budi
    S.Kom", "Siti A.Md.Keb", "Deddy Winarno SST.M.Si"; a title written with a space before its field ("Qomariah A.Md.
    Kep"), a profession after a degree ("… S.Kep. Ns") and a fellowship after a title ("dr. Paul Agus Sp.P (K)
    FISR", dropped: it names no education) too (spell5, h31: a hospital's staff list read none of them)."""
    while len(words) > 1:
        last = words[-1]
        if _trailing_title(last, words[:-1]):
            back[0:0] = _pieces(words.pop())
        elif (glued := _glued_to_name(last, words[:-1])) is not None:
            words[-1] = glued[0]
            back[0:0] = _pieces(glued[1])
        elif len(words) > 2 and words[-2].endswith(".") and _spaced_title(words[-2] + last, len(last)):
            back[0:0] = _pieces(words[-2] + last)
            del words[-2:]
        elif len(words) > 2 and _trailing_title(words[-2], words[:-2]):
            if last.rstrip(".") in _PROFESSION_AFTER_DEGREE:
                back.insert(0, last)
            elif not (_FELLOWSHIP().match(last) and _SPECIALIST_RE.match(words[-2])):
                # a college's fellowship is a specialist's ("Sp.P (K) FISR"); after another title an all-caps word
                # is the name's ("Budi Santoso S.Kom FAJAR" lost FAJAR; spell8, h32)
                break
            words.pop()
        else:
            break
    return words


def _spaced_title(joined: str, tail: int) -> bool:
    """Whether a title written with a space before its last part, joined (``joined``; that part ``tail`` letters
    long), is a known title ("S. Pd", "A.Md. Kep") or a specialist's ("Sp. PD", "SP. OG", "Sp. A": one letter names
    a specialty too): "dr. Budi Sp. PD" and "DR. BUDI SP. PD" read no specialist, the second a doctorate (review12,
    h33)."""
    if _SPECIALIST_RE.match(joined) and 1 <= tail <= 6:
        return specialty_of_title(joined) is not None
    return 2 <= tail <= 5 and _known_title(joined)


def _glued_to_name(word: str, rest: list[str]) -> tuple[str, str] | None:
    """(name word, title) of a name's last word glued to its title by a dot ("Titin Handrayani.AMAK", "Budi.S.Kom": a
    hospital's staff list; spell6, h31: no title was read), when the part before the first dot is a word of letters
    (three at least, no title itself) and the part after it a known title or titles run together; else None."""
    head, dot, tail = word.partition(".")
    if not dot or len(head) < 3 or not head.isalpha() or not tail or _known_title(head):
        return None
    if "." in tail.rstrip("."):
        known = _known_title(tail) or _unglued(tail.rstrip(".")) is not None
    else:
        known = _trailing_title(tail.rstrip("."), [*rest, head])
    return (head, tail) if known else None


#: front titles written after the name: the medical professions' as a hospital's list writes them ("Udria,
#: dr.Sp.OT(K)", "X, dr., SpAn-TI", "Y, drg. Sp.KGA"; lower case only, "Dr." is the doctorate) and the old first
#: degrees ("MUMBASITOH, Dra.", "Budi, Ir., M.T.": a school's normaliser moves them in front; spell5, h31)
_PROFESSION_BEHIND = re.compile(r"^(dr|drg|drh|Drs|Dra|DRS|DRA|Ir|IR)(?:\.\s*|\s+|$)")
#: a consultant's "(K)" written apart from the specialist title before it ("Sp.P (K)")
_K_SPACED = re.compile(r"\s+(?=\(\s*K\s*\))")


#: a college's fellowship after a title (FISR, FAPSR, FINASIM, FIHA, FACS): letters only, no education level
@functools.cache
def _FELLOWSHIP() -> re.Pattern[str]:
    return re.compile(r"^F[A-Z]{2,7}$")


def _profession_behind(token: str, front: list[str]) -> str:
    """A back token without the profession's title it opens with ("dr.Sp.OT(K)" → "Sp.OT(K)"), the title added to
    ``front``, where it reads as in front of the name: "Udria Satya Pratama, dr.Sp.OT(K)" read no title, "X, dr.,
    SpAn-TI" a specialist without the dokter (spell5, h31)."""
    found = _PROFESSION_BEHIND.match(token)
    if found is None:
        return token
    front.append(found.group(1))
    return token[found.end() :]


#: a consultant's letters written as a title of their own ("Sp.PD, KHOM", "Sp.An., KNA., K", "Sp.PD, K-GEH")
_CONSULTANT_TOKEN = re.compile(r"^K(?:-?[A-Z]{1,6})?\.?$")


def _consultant_joined(back: list[str]) -> list[str]:
    """Back titles with a consultant's letters joined to the specialist title before them ("dr. X, Sp.PD, KHOM,
    FINASIM": Sp.PD-KHOM, Konsultan Hematologi Onkologi Medik, as a public hospital's seeder writes it; it read
    Sp-1): the joined title reads at the consultant's level (:func:`_specialist_level`)."""
    joined: list[str] = []
    for token in back:
        if joined and _CONSULTANT_TOKEN.match(token) and _SPECIALTY_LETTERS.match(joined[-1]):
            letters = token.rstrip(".").replace("-", "")  # "K-GEH" as "KGEH"
            joined[-1] = joined[-1].rstrip(".") + ("(K)" if letters == "K" else f"-{letters}")  # "K" alone is "(K)"
            continue
        joined.append(token)
    return joined


#: dot-less titles that are also a name or a word ("SITI MARS", "LIE MSI": Lie is a surname; "MAP", "MBA"), read as
#: titles only where case tells them from a name (review12 #2, h29)
_NAME_LIKE_TITLES = frozenset({"mars", "msi", "map", "mba"})
#: dot-less titles read after a name written in capitals ("ADI WIJAYA SST"), where case cannot tell a title from a
#: name's word: the module's bare forms and the usual capitals-only spellings of first degrees that no name is ("TAN
#: SAN", "SITI AMA", "RUDI MARS" keep their names)
_DOTLESS_IN_CAPS = (
    frozenset(
        {
            "sst",
            "amd",
            "phd",
            "skm",
            "spd",
            "spdi",
            "skom",
            "ssos",
            "ssi",
            "sag",
            "skep",
            "sked",
            "sfarm",
            "stp",
            "ssit",
        }
    )
    | _BARE_MASTERS
    | set(_BARE_TITLES)
) - _NAME_LIKE_TITLES


def _trailing_title(word: str, rest: list[str]) -> bool:
    """Whether the last word of a name with no comma before it is a title: a dotted title ("S.Kom") or a chain of
    them run together ("SST.M.Si", "SE.MM"; real11 #6, h29: no education was read), or a dot-less title in capitals
    of level D-III or higher ("Adi Wijaya SST", "Budi Santoso SE"). After a name in capitals the dot-less title must
    be one of :data:`_DOTLESS_IN_CAPS` (three letters at least), as must one written capitalised ("Natalita Amk",
    "Sri Lestari Spd": a hospital's nurse table; spell5, h31); a lone initial ("Budi S") is never one. A specialist's
    title without its dot ("dr. Budi SpOG") is one when its letters name a specialty: it read a plain dokter, the
    title kept in the name (spell14, h33)."""
    if _dotted_specialist(word) != word:
        return True
    if "." in word:
        # "Dr. dr. X Sp.M(K)": a consultant's title after the name without a comma (a hospital's seeder; spell4, h31)
        whole = bool(_SPECIALIST_TITLE_RE.match(word) and specialty_of_title(word))
        return whole or bool(_BACK_RE.match(word)) or _unglued(word.rstrip(".")) is not None
    compact = word.lower()
    listed = len(word) >= 3 and compact in _DOTLESS_IN_CAPS
    if not (word.isalpha() and (word.isupper() or (word.istitle() and listed)) and len(word) >= 2):
        return False
    if not _known_title(word):
        return False
    level = _back_level(compact)[0]
    if level is None or EDUCATION_RANK[level] < EDUCATION_RANK["D-III"]:
        return False
    caps = all(w.upper() == w for w in rest)
    return not caps or listed


def bare_name(nama: str) -> str:
    """The name without its front and back titles ("Dr. Hj. Siti Aminah, M.Si" → "Siti Aminah")."""
    return _split_name(nama)[1] if nama else ""


def _pieces(token: str) -> list[str]:
    """A back token of titles written without a comma between them ("S.Kom. M.Eng.") as its titles; else itself."""
    token = _dotted_specialist(token)
    words = token.split()
    if len(words) > 1 and all("." in w and _BACK_RE.match(w) for w in words):
        return words
    # some written without dots ("S.Sos. MM", "S.IP. MAP": read the one title "S.Sos. MM", S-1; spell23, h35)
    if len(words) > 1 and any("." in w for w in words) and all(_known_title(w) for w in words):
        return words
    # a master's title without its dot ("S.H. MKn", "S.H. MKN", "S.E. MAk": read the one title, S-1; spell26, h36)
    dotted = [undotted_master(w, words[:i]) for i, w in enumerate(words)]
    if len(words) > 1 and dotted != words and all(_known_title(w) or ("." in w and _BACK_RE.match(w)) for w in dotted):
        return dotted
    if len(words) == 1 and _SPECIALIST_RE.match(token):
        return _specialist_chain(token)
    if len(words) == 1 and "." in token.rstrip(".") and dotted != words and _known_title(dotted[0]):
        return dotted  # "MPd.I" after a comma: M.Pd.I (spell29, h38)
    if len(words) == 1 and not _known_title(token):
        return _unglued(token) or [token]
    return [token]


#: a master's title written without the dot after its M ("MKn", "MAk", "MHum", "MKN", "MSI", "MPd.I": the dots after
#: its field kept); in mixed case ("MHum") its case alone tells a title
_UNDOTTED_MASTER = re.compile(r"^M[A-Za-z]{1,5}(?:\.[A-Za-z]{1,3})*\.?$")


@functools.cache
def _UNDOTTED_MIXED_MASTER() -> re.Pattern[str]:
    return re.compile(r"^M[A-Z][a-z]{1,4}\.?$")


#: Master of Arts written without dots, as madrasah aliyah is: the title read after a comma or a first degree
_MASTER_OF_ARTS_DOTTED = "M.A."


def _master_of_arts(word: str) -> bool:
    """Whether a word is "MA" or "MA." (Master of Arts written as the madrasah aliyah is)."""
    return word.strip().rstrip(".") == "MA" and word.count(".") <= 1


def _after_first_degree(before: Sequence[str]) -> bool:
    """Whether the last word before is a first degree's title ("S.Pd.", "S.Ag", "Lc."; or one written in front of a
    name, "Drs.", "Dra.", "Ir.": "Drs. MA" read the madrasah, "Drs. M.A." S-2; reviewF, h38): M.A. follows one."""
    if not before:
        return False
    last = before[-1].rstrip(",")
    return _back_title(last)[0] in ("S-1", "D-IV") or _FRONT.get(last.rstrip(".")) == "S-1"


def undotted_master(word: str, before: Sequence[str] = ()) -> str:
    """ "MKn" as "M.Kn": a master's title written without the dot after its M (:data:`_UNDOTTED_MASTER`) whose dotted
    form is a known title or which is written in mixed case ("MHum"), in any case ("MKN", "MSI": a roster in capitals);
    a school's word only as a known title in mixed case ("MAk" is M.Ak; "MTs", "MAN", "MA", "MAK" are a teacher's
    madrasah); any other word as written. The one rule for a cell of titles
    (:func:`asn_mutasi.domain.pendidikan.titles_education`) and a name's back titles (:func:`_pieces`): the two
    disagreed on "MKN" and "MAP" (spell27, h37). A programme's abbreviation in capitals ("MPI", Manajemen Pendidikan
    Islam) is that title only after a first degree of its field (``before``: the words before it; "S.Pi MPI" is
    M.Pi, Magister Perikanan, "S.Pd. MPI" an S-1 of MPI: reviewB, h37)."""
    from asn_mutasi.domain.pendidikan import lexicon_entry  # the school spellings live with the education tables

    bare = word.rstrip(".")
    if _master_of_arts(word) and _after_first_degree(before):  # "S.Ag. MA", "NURYADI, S.Pd. MA" (edu30, h38)
        return _MASTER_OF_ARTS_DOTTED
    if not _UNDOTTED_MASTER.match(word):
        return word
    known = _known_title(dotted := f"M.{word[1:]}")
    if lexicon_entry(bare) is not None:
        return dotted if known and len(bare) > 2 and bare[2:].islower() else word
    if known and _programme_not_title(bare, before):
        return word
    return dotted if known or _UNDOTTED_MIXED_MASTER().match(word) else word


def _programme_not_title(bare: str, before: Sequence[str]) -> bool:
    """Whether a word in capitals that reads as an undotted master's title is rather a programme's abbreviation
    (:func:`~asn_mutasi.domain.pendidikan.programme_abbreviations`: "MPI"): no first-degree title before it names the
    title's field. The bare masters (:data:`_BARE_MASTERS`: "MM") are titles always."""
    from asn_mutasi.domain.pendidikan import programme_abbreviations

    if not bare.isupper() or bare.lower() in _BARE_MASTERS or bare not in programme_abbreviations():
        return False
    family = _FIELDS.get(bare[1:].lower(), (None, None))[1]
    fields = (_FIELDS.get(w.lower().replace(".", "")[1:], (None, None))[1] for w in before)
    return family is None or family not in fields


#: a specialist title written without the dot after "Sp" ("SpAn-TI", "SpOG(K)", "SpPD"): mixed case only, "SPD" is S.Pd
_DOTLESS_SPECIALIST = re.compile(r"^Sp(?=[A-Z])")


def _dotted_specialist(token: str) -> str:
    """ "SpAn-TI" as "Sp.An-TI" when the letters name a specialty: "dr., SpAn-TI.M.Ked.Klin", as a public hospital's
    seeder writes it, read a plain dokter (spell4, h31); "SPOG", "SPOG(K)" as "Sp.OG" in capitals when they are one of
    :func:`_dotless_specialist_codes` ("DR.BUDI SPOG": a roster in capitals read no specialist; spell15, h33); else the
    token as written."""
    if _DOTLESS_SPECIALIST.match(token) and specialty_of_title("Sp." + token[2:]) is not None:
        return "Sp." + token[2:]
    caps = _CAPS_SPECIALIST.match(token)
    if caps is not None and caps.group(1) in _caps_specialist_codes():
        return "Sp." + token[2:]
    return token


#: a specialist title in capitals without a dot, a consultant's "(K)" after it: "SPOG", "SPOG(K)", "SPTHTKL"
_CAPS_SPECIALIST = re.compile(r"^(SP[A-Z]+)(?:\s?\(\s?K\s?\))?$")


@lru_cache(maxsize=1)
def _caps_specialist_codes() -> frozenset[str]:
    """:func:`_dotless_specialist_codes` as a set, read once."""
    return frozenset(_dotless_specialist_codes())


def _specialist_chain(token: str) -> list[str]:
    """A specialist title with the titles that follow it run together ("Sp.An-TI.M.Ked.Klin": Sp.An-TI, M.Ked.Klin)
    as its titles, split at the first dot after which a whole back title or a chain of them starts; else the token."""
    for match in _GLUE_POINT.finditer(token):
        head, rest = token[: match.start()], token[match.end() :]
        if _SPECIALIST_TITLE_RE.match(head) and (_BACK_RE.match(rest) or _unglued(rest) is not None):
            return [head, *(_unglued(rest) or [rest])]
    return [token]


#: where titles run together without a separator may divide: at a dot before a letter ("S.Kep.Ns.M.Kep", "SE.MM",
#: "Skep.ns": a hospital's staff list, read as no title; spell6, h31)
_GLUE_POINT = re.compile(r"\.(?=[A-Za-z])")


def _known_title(token: str) -> bool:
    """Whether a token alone is a title whose field initials, if it has any, are known ("S.Kep", "Ns", "M.Kes")."""
    compact = re.sub(r"[.\s]", "", token).lower()
    level, initials = _back_level(compact)
    if level is None or not (_BACK_RE.match(token) or _bare_title(compact, level, initials)):
        return False
    return compact in _BARE_TITLES or not initials or _field_known(level, initials.removeprefix("tr"))


def known_title(token: str) -> bool:
    """Whether a token alone is a title whose field initials, if it has any, are known ("S.Kep", "Ns", "M.Kes"; not
    "M.Ts", a madrasah's MTs with a dot)."""
    return _known_title(token)


#: the longest token read as titles run together: a nurse specialist's "S.Kep.Ns.M.Kep.Sp.Kep.MB" has 24 characters
_MAX_GLUED = 64


def _unglued(token: str) -> list[str] | None:
    """The titles of a token of titles run together ("S.Kep.Ns.M.Kep" → S.Kep, Ns, M.Kep; "S.KEP.NS"; "SE.MM");
    None when it does not divide into known titles only ("S.Th.I" stays one title), or is longer than any run of
    titles (:data:`_MAX_GLUED`: "S.S.S.…" thousands long recursed once per dot, past Python's limit)."""
    if len(token) > _MAX_GLUED:
        return None
    for match in _GLUE_POINT.finditer(token):
        head, rest = token[: match.start()], token[match.end() :]
        if not _known_title(head):
            continue
        if _known_title(rest):
            return [head, rest]
        tail = _unglued(rest)
        if tail is not None:
            return [head, *tail]
    return None


def strip_titles(nama: str) -> str:
    """Return the name without front and back academic titles."""
    if not nama:
        return ""
    return _split_name(nama)[1].strip()


def _specialist_level(specialist: re.Match[str], whole: re.Match[str] | None, title: str) -> str:
    """Sp-2 for a subspecialist ("Subsp.KGEH") and for a consultant in every spelling a collegium's title takes:
    "Sp.OG(K)", "Sp.PD-KGEH", "Sp.An.KIC" (:func:`_specialist_reading`). The consultant (Konsultan) is the
    subspecialist of the older naming: MKKI's "Program Pendidikan Lanjutan Dokter Spesialis (Dokter Subspesialis/
    Spesialis Konsultan)", PDS PatKLIn's "Spesialis Patologi Klinik Konsultan (Sp-2)", SIASN's tingkat 49
    Subspesialis. "Sp.OG(K)" read Sp-2 while "Sp.PD-KGEH" and "Sp.An.KIC" read Sp-1 (spell4, h31). Else Sp-1."""
    if specialist.group(1) or (whole and whole.group(1)) or _specialist_reading(title)[1]:
        return "Sp-2"
    return "Sp-1"


def _back_title(token: str) -> tuple[str | None, str, str]:
    """(level, field initials, the token with a consultant's "(K)" joined) of a back title; level None for no title,
    "" for a profession's title of no level (:data:`ACCOUNTANT_TITLES`)."""
    compact = re.sub(r"[.\s]", "", token).lower()
    if compact in ACCOUNTANT_TITLES:
        return "", "", token
    level, initials = _back_level(compact)
    specialist = _SPECIALIST_RE.match(token)
    joined = re.sub(r"\s+(?=\(\s*K\s*\))", "", token)  # "Sp.A (K)" as "Sp.A(K)"
    whole = _SPECIALIST_TITLE_RE.match(_specialist_word(joined)) if specialist else None
    if specialist:  # "Sp.PD", "Subsp.KGEH": case decides, "S.Pd" is a first degree
        level, initials = _specialist_level(specialist, whole, joined), ""
    if level is None or not (whole or _BACK_RE.match(token) or _bare_title(compact, level, initials)):
        return None, "", joined
    return level, initials, joined


def opens_with_front_title(text: str) -> bool:
    """Whether ``text`` opens with a title written in front of a name ("Drs.", "Ir.", "dr.", "H.")."""
    return _FRONT_RE.match(text) is not None


def titled_name(titles: str) -> str:
    """The name a cell of titles only stands for: its front titles before a placeholder name, the rest after its comma
    ("Ns. S.Kep" is "Ns. X, S.Kep", "Apt. S.Farm" "Apt. X, S.Farm": read as one back title "Ns. S.Kep", no title at
    all; spell22, h35)."""
    front: list[str] = []
    rest = titles
    while (match := _FRONT_RE.match(rest)) is not None:
        front.append(match.group(1) + ".")
        rest = rest[match.end() :].lstrip(" ,")
    return " ".join([*front, "X, " + rest]) if front and rest else f"X, {titles}"


def parse_titles(nama: str) -> TitleEvidence:
    """Read the academic titles in a name; the highest level wins."""
    if not nama:
        return TitleEvidence(None, None, None, ())
    front, _, back = _split_name(nama)
    titles: list[str] = []
    best_level: str | None = None
    hint: str | None = None
    family: str | None = None
    first_degree_rank = -1.0
    first_title: tuple[str, str | None, str] | None = None  #: (level, hint, title) of the first degree read
    faculty: tuple[str, str] | None = None  #: (level, faculty) the first degree or master's read names (_FACULTIES)
    higher: list[tuple[float, tuple[str | None, str | None]] | None] = []  #: (rank, field) of the S-2/S-3 titles
    ambiguous: tuple[str, tuple[str, ...]] | None = None  #: the first degree's, when it names one of several

    def consider(level: str | None) -> None:
        nonlocal best_level
        if level and (best_level is None or education_order(level) > education_order(best_level)):
            best_level = level

    dokter = _capital_dokter(front, back)
    for k, written in enumerate(front):
        title = "dr" if k == dokter else written
        level = _FRONT[title]
        if level is None:
            continue  # Prof. is a rank, H./Hj. are not academic
        titles.append(written + ".")
        consider(level)
        if title.lower() in ("dr", "drg") and level == "Profesi":
            hint, family = ("DOKTER GIGI" if title.lower() == "drg" else "DOKTER"), "kesehatan"  # the profession
            first_degree_rank = EDUCATION_RANK["Profesi"]
        elif title in _FRONT_PROFESSIONS:
            hint, family = _FRONT_PROFESSIONS[title], "kesehatan"
            first_degree_rank = EDUCATION_RANK["Profesi"]
    for token in back:
        level, initials, joined = _back_title(token)
        if level is None:
            continue
        titles.append(token)
        if not level:
            continue  # a profession's title (ACCOUNTANT_TITLES): no level, no programme
        consider(level)
        rank = EDUCATION_RANK[level]
        if level in ("D-III", "D-IV", "S-1") and rank >= first_degree_rank:
            initials = initials.removeprefix("tr") if level == "D-IV" else initials
            field = (_D3_FIELDS if level == "D-III" else {}).get(initials) or _FIELDS.get(initials)
            # a second first degree of one level changes the hint only by naming its programme: "S.Pd.I, S.E."
            # keeps Pendidikan Agama Islam (S.E. names a broad field)
            if (field is not None and (field[0] is not None or hint is None)) or rank > first_degree_rank:
                hint, family = field if field is not None else (None, None)
                first_degree_rank = rank
                first_title = (level, hint, token)
                faculty = (level, _FACULTIES[initials]) if level == "S-1" and initials in _FACULTIES else None
                ambiguous = (token, _AMBIGUOUS_D3[initials]) if level == "D-III" and initials in _AMBIGUOUS_D3 else None
        elif level in ("Sp-1", "Sp-2") and (specialty := specialty_of_title(joined)) is not None:
            # the specialty is the programme ("dr. X, Sp.PD": Penyakit Dalam), a consultant's too ("Sp.OG(K)"); a
            # master's at the specialist's rank does not replace it ("SpA., MARS., MM" read Manajemen; spell4, h31)
            hint, family = specialty, "kesehatan"
            first_degree_rank = max(first_degree_rank, EDUCATION_RANK["Sp-1"])
        elif level == "Profesi" and initials == "ners":
            hint, family = "KEPERAWATAN NERS", "kesehatan"  # the Ners profession programme
        elif level == "Profesi" and initials in _PROFESSION_PROGRAMMES:
            hint, family = _PROFESSION_PROGRAMMES[initials]
        elif level in ("S-2", "S-3"):
            field = None if initials in _NO_MASTER_FIELD else _FIELDS.get(initials)
            higher.append((rank, field) if field is not None else None)
            if family is None and field is not None:
                family = field[1]
            faculty = (level, _FACULTIES[initials]) if level == "S-2" and initials in _FACULTIES else faculty
    hint, family, first_degree = _highest_programme(hint, family, best_level, first_degree_rank, first_title, higher)
    if hint is None and faculty is not None and faculty[0] == best_level:
        hint = faculty[1]  # "S.E" alone: Sarjana Ekonomi, the faculty's name (as "Sarjana Ekonomi" written out reads)
    ambiguous = ambiguous if hint is None else None
    return TitleEvidence(best_level, hint, family, tuple(titles), first_degree, ambiguous)


#: the front titles of the medical and dental professions, as written (a capital "DR" aside: :func:`_capital_dokter`)
_DOKTER_TITLES = frozenset({"dr", "drg", "Drg", "DRG"})


def _capital_dokter(front: list[str], back: list[str]) -> int | None:
    """The place in ``front`` of a capital "DR" that is the dokter's "dr.", not a doctorate: before a medical
    specialist's title ("DR. BUDI, SP.OG", "DR.BUDI SPOG" read S-3, the specialist a doctor of philosophy; spell15,
    h33). A specialist is a dokter, and capitals cannot tell "Dr." from "dr."; with no dokter's title written, the last
    "DR" is it ("DR. DR. BUDI, SP.OG": a doctorate and the dokter). "Dr." in mixed case stays the doctorate, as does
    "DR" before a dental specialty (a drg.'s), with "dr."/"drg." already written ("Dr. dr. Budi, Sp.OG") and after
    "Prof." (a professor holds a doctorate under UU 14/2005 on teachers and lecturers: "PROF. DR. BUDI, SP.OG(K)");
    else None."""
    if "DR" not in front or _DOKTER_TITLES & set(front) or {"Prof", "PROF"} & set(front):
        return None
    specialties = [specialty_of_title(t) for t in back if _SPECIALIST_RE.match(t)]
    if not any(name is not None and not set(name.split()) & DENTAL_WORDS for name in specialties):
        return None
    return len(front) - 1 - front[::-1].index("DR")


def _highest_programme(
    hint: str | None,
    family: str | None,
    best_level: str | None,
    first_degree_rank: float,
    first_title: tuple[str, str | None, str] | None,
    higher: list[tuple[float, tuple[str | None, str | None]] | None],
) -> tuple[str | None, str | None, tuple[str, str, str] | None]:
    """(hint, family, first degree) at the highest level read: "S.KM, MM" studied public health at S-1 and management
    at S-2, and the first degree's hint passed an S-2 requirement in public health (a real-spellings campaign found
    it). A master's title that names its programme (MM, M.AP, M.H.) gives it; one of a broad field only (M.Si, M.Kes)
    or unknown (M.Eng) leaves the first degree's, as before. Only a title above the programme read replaces it: a
    doctorate of unknown field ("Dr. dr. X, Sp.OG, MM") let the MM replace the specialty (spell5, h31)."""
    # the last title above the programme read that names its own
    named = [f for r, f in (h for h in higher if h is not None) if f[0] is not None and r > first_degree_rank]
    first_degree = None
    if named and first_degree_rank < EDUCATION_RANK[best_level or "S-1"]:
        if first_title is not None and first_title[1] is not None and first_title[1] == hint != named[-1][0]:
            first_degree = (first_title[0], first_title[1], first_title[2])  # "S.Pd.I, S.E., M.M": an S-1 in PAI
        hint, family = named[-1]
    return hint, family, first_degree


#: a title cell that holds no title: no letter at all, an export's placeholder for "none" ("-", "–", "0": a lookup of an
#: empty cell; spell7, h31: "0 Budi Santoso")
@functools.cache
def _NO_TITLE() -> re.Pattern[str]:
    return re.compile(r"^[^A-Za-z]*$")


#: the longest title cell read: a professor's front titles or a specialist's chain after the name take a few dozen
#: characters; a longer cell is no title (and its glued dots would be unglued one by one)
_MAX_TITLE_CELL = 120


def _compact_title(title: str) -> str:
    """A title without its dots and spaces, lower case: "S.Kom.", "S. Kom" and "SKom" are one title."""
    return re.sub(r"[.\s]", "", title).casefold()


@lru_cache(maxsize=1024)
def _front_titles(depan: str) -> tuple[str, ...]:
    """The titles of a GELAR DEPAN cell ("dr.", "Dr. H.", "Prof.Dr.", "dr" without its dot), each written with its dot
    when it is a known front title, as the name's reader expects (a title cell repeats: read once)."""
    out: list[str] = []
    for token in re.findall(r"[^\s.,]+\.?", depan):
        bare = token.rstrip(".")
        written = f"{bare}." if bare in _FRONT else token
        if written not in out:
            out.append(written)
    return tuple(out)


@lru_cache(maxsize=1024)
def _back_titles(belakang: str) -> tuple[tuple[str, str], ...]:
    """The titles of a GELAR BELAKANG cell ("S.Kom", "S.Kep., Ners", "S.Farm., Apt.") as the cell writes them, each
    with its :func:`_compact_title`."""
    out: dict[str, str] = {}
    for title in _split_name(f"X, {belakang}")[2]:
        out.setdefault(_compact_title(title), title.strip())
    out.pop("", None)
    return tuple((title, compact) for compact, title in out.items())


def _title_cell(cell: object) -> str:
    """A title cell's text ("" for a blank, a dash, no text, or a cell too long to be titles)."""
    return _title_text(compatible(cell)) if isinstance(cell, str) else ""


@lru_cache(maxsize=1024)
def _title_text(cell: str) -> str:
    """(an export's "NULL" for an empty title column says nothing too, as in every part column: :func:`says_nothing`)"""
    return "" if len(cell) > _MAX_TITLE_CELL or _NO_TITLE().match(cell) or says_nothing(cell) else cell.strip()


def _may_hold_titles(name: str) -> bool:
    """Whether a name may carry titles already (a dot or comma, a front title without its dot, a last word in
    capitals): a plain "Sri Wahyuni", as exports with title columns write names, is not split (100,000 names)."""
    if "." in name or "," in name:
        return True
    words = name.split()
    return len(words) > 1 and (words[0] in _FRONT or words[-1].isupper())


def with_title_columns(nama: object, depan: object, belakang: object) -> object:
    """The name with the titles an export keeps in columns of their own (SIASN "GELAR DEPAN" / "GELAR BELAKANG", a
    hospital SIMPEG's glr_depan / gelar_blk) written where a titled name carries them: "dr." + "Sri Wahyuni" + "Sp.PD"
    is "dr. Sri Wahyuni, Sp.PD", the name every reader of titles understands (:func:`parse_titles`). A title the
    name already carries is not written twice (case tells "Dr.", a doctorate, from "dr.", a physician); a blank or
    dash title cell adds nothing; a blank name stays blank (titles alone are nobody's name). A name cell of several
    lines gets its titles on its first line, the name's."""
    if not isinstance(nama, str) or not nama.strip():
        return nama
    front_cell, back_cell = _title_cell(depan), _title_cell(belakang)
    if not front_cell and not back_cell:
        return nama
    first, newline, rest = nama.partition("\n")
    written = first.strip()
    front = _front_titles(front_cell) if front_cell else ()
    back = _back_titles(back_cell) if back_cell else ()
    if _may_hold_titles(written):  # only the titles it lacks
        written = _without_repeated_titles(written, front, back)
        have_front, _, have_back = _split_name(written)
        known = {_compact_title(t) for t in have_back}
        front = tuple(t for t in front if t.rstrip(".") not in have_front)
        back = tuple((t, c) for t, c in back if c not in known)
    if front:
        written = " ".join(front) + " " + written
    if back:
        written = written.rstrip(" ,") + ", " + ", ".join(t for t, _ in back)
    return written + newline + rest


def _without_repeated_titles(name: str, front: tuple[str, ...], back: tuple[tuple[str, str], ...]) -> str:
    """The name with the titles of the title columns it repeats in a spelling the name's reader does not see as a
    title written as the columns write them: a last word without dots ("AHMAD FAUZI SH" and "S.H.": "SH" after a name
    in capitals may be a name's word, so it was kept and the title written twice, "AHMAD FAUZI SH, S.H."; spell7, h31)
    is "AHMAD FAUZI, S.H."; a first word without its dot ("dr Ahmad" and "dr.") goes, the column's "dr." is written.
    Words are compared as titles are (:func:`_compact_title`; a front title's case where the word has any: "Dr" is no
    "dr."); a title that is also a name's word ("MARS") is kept."""
    head, comma, tail = name.partition(",")
    words, bare = head.split(), _split_name(name)[1].split()
    spelled = dict((c, t) for t, c in back)
    cut: list[str] = []
    while len(bare) - len(cut) > 1 and words and words[-1] == bare[-1 - len(cut)]:
        key = _compact_title(words[-1])
        if key not in spelled or key in _NAME_LIKE_TITLES:
            break
        if spelled[key] not in cut:  # "AHMAD SH SH": the title typed twice is written once (spell8, h32)
            cut.insert(0, spelled[key])
        words.pop()
    fronts = {t.rstrip(".") for t in front}
    lead = 0
    while len(bare) - len(cut) - lead > 1 and words[lead] == bare[lead] and "." not in words[lead]:
        word = words[lead]
        if word not in fronts and not (word.isupper() and word.casefold() in {f.casefold() for f in fronts}):
            break
        lead += 1
    if not cut and not lead:
        return name
    return ", ".join([" ".join(words[lead:]), *cut]) + comma + tail


def _dotless_specialist_codes() -> list[str]:
    """The specialist titles written in capitals without a dot ("SPOG", "SPPD", "SPTHTKL") that no first degree or
    school is: "SPD" (S.Pd), "SPT" (S.Pt), "SPSI" (S.Psi), "SPI" (S.Pi) are titles of their own, "SPP", "SPK", "SPG"
    schools, so only codes of :data:`_SPECIALTIES` whose capitals read as no other title are kept."""
    from asn_mutasi.domain.pendidikan import lexicon_entry  # the school spellings live with the education tables

    codes = ("SP" + code for code in _SPECIALTIES)
    return sorted(
        (c for c in codes if not _known_title(c) and c[1:].lower() not in _FIELDS and lexicon_entry(c) is None),
        key=len,
        reverse=True,
    )


#: :data:`MEDICAL_TITLE`, and a specialist's title in capitals without a dot read in a name ("DR.BUDI SPOG": a roster
#: in capitals, where "DR." may be a doctorate; spell11, h32). Names only: in an education cell "SPP" is a school
MEDICAL_NAME_TITLE = re.compile(
    MEDICAL_TITLE.pattern
    + r"|(?<![A-Za-z.])(?:"
    + "|".join(_dotless_specialist_codes())
    + r")(?:\s?\(\s?K\s?\))?(?![A-Za-z])"
)
