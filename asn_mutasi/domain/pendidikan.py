"""Parse Indonesian education levels (tingkat pendidikan) into canonical levels.

The canonical levels are the keys of :data:`asn_mutasi.schema.EDUCATION_RANK`. Inputs come
in many dialects (SIASN codes and names, Dukcapil categories, SIMPEG free text, level
prefixes written inside a programme name), see domain.md §3.1–§3.2.

The parser looks for the *leftmost* level word, because compound spellings name the level
first and qualify it afterwards: ``Diploma III/Sarjana Muda`` is D-III (it merely
*contains* "Sarjana"), ``Diploma IV/Strata I`` is D-IV, ``S-1/A-IV`` is S-1. Specialist
medicine is checked before that scan because ``DOKTER SPESIALIS`` starts with the
profession word.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from asn_mutasi.data import data_csv
from asn_mutasi.domain.coded_fields import compatible
from asn_mutasi.domain.unit import OFFICE_HEADS, PART_HEADS, REGION_LEVELS
from asn_mutasi.schema import EDUCATION_RANK, education_order

#: SIASN/SAPK ``tingkat_pendidikan_id`` codes (domain.md §3.1)
SIASN_CODES: dict[str, str] = {
    "05": "SD",
    "10": "SMP",
    "12": "SMP",
    "15": "SMA",
    "17": "SMA",
    "18": "SMA",
    "20": "D-I",
    "25": "D-II",
    "30": "D-III",
    "35": "D-IV",
    "40": "S-1",
    "42": "Profesi",
    "45": "S-2",
    "47": "Sp-1",
    "49": "Sp-2",
    "50": "S-3",
}

_I = r"(?:I|1)"
_II = r"(?:II|2)"
_III = r"(?:III|3)"
_IV = r"(?:IV|4)"
_SEP = r"[\s.\-]*"

# (canonical level, pattern, anchored). Order matters at equal start positions: longer and
# more specific spellings first. ``anchored`` patterns are ambiguous inside programme names
# ("PENDIDIKAN GURU SEKOLAH DASAR", "MA") and only count at the start or after "/" or "(".
_LEVEL_PATTERNS: tuple[tuple[str, str, bool], ...] = (
    ("Sp-2", r"SUB\s*SPESIALIS|SP" + _SEP + _II + r"\b", False),
    ("Sp-1", r"SPESIALIS(?![A-Z])|SP" + _SEP + _I + r"\b", False),
    ("S-2", r"PASCA\s*SARJANA|MAGISTER|MASTER\b|S" + _SEP + _II + r"\b|STRATA" + _SEP + _II + r"\b", False),
    ("S-3", r"DOKTORAL|DOKTOR\b|S" + _SEP + _III + r"\b|STRATA" + _SEP + _III + r"\b", False),
    (
        "D-III",
        # "SM" alone or before its programme, with or without a dot ("SM Hukum", "SM. Hukum"): SAPK's short form of
        # Sarjana Muda; split_level reads the prefix alone ("SM"), which found no level and lost the programme
        # (spell8 E2, h29)
        r"SARJANA\s*MUDA|S\.\s?MUDA\b|S\.\s?M\b(?!\.?[A-Z])\.?|^SM(?=[\s.]|$)|AKADEMI|D"
        + _SEP
        + _III
        + r"\b|DIPLOMA"
        + _SEP
        + _III
        + r"\b",
        False,
    ),
    # the sarjana terapan is the diploma-IV programme (UU 12/2012 Pasal 21): "S1 Terapan", STIS's "Sarjana Sains Terapan"
    (
        "D-IV",
        # the title written as the level ("S.Tr.Kes", "S.ST": Sarjana Terapan; plan oracle, h26)
        r"SARJANA\s*(?:SAINS\s+)?TERAPAN|S\.\s?TR(?=[.\s]|$)|S\.\s?ST\b|S"
        + _SEP
        + _I
        + r"[\s.\-]+(?:SAINS\s+)?TERAPAN\b|D"
        + _SEP
        + _IV
        + r"\b|DIPLOMA"
        + _SEP
        + _IV
        + r"\b",
        False,
    ),
    ("D-II", r"D" + _SEP + _II + r"\b|DIPLOMA" + _SEP + _II + r"\b", False),
    ("D-I", r"D" + _SEP + _I + r"\b|DIPLOMA" + _SEP + _I + r"\b", False),
    # Akta IV with its Roman numeral only: "A.4/Bahasa", "A.1/Fisika" are the 1984 SMA streams (below)
    # "SERJANA": a misspelling in SAPK's own reference (h26/spell3)
    ("S-1", r"S" + _SEP + _I + r"\b|STRATA" + _SEP + _I + r"\b|S[AE]RJANA\b|A" + _SEP + r"IV\b", False),
    ("Profesi", r"PROFESI|NERS\b|APOTEKER\b|DOKTER\b|DRG\b", False),
    (
        "SMA",
        r"SMA\b|SMU\b|SLTA\b|SLA\b|SMK\b|SMKK\b|STM\b|SMEA\b|SMTI\b|SPG\b|MAK\b|ALIYAH\b|MADRASAH\s+ALIYAH"
        r"|SEKOLAH\s+MENENGAH\s+(?!PERTAMA)\w+|PAKET\s*C\b|PERSAMAAN\s+SLTA",
        False,
    ),
    ("SMA", r"MA\b|A[.\-]?[1-4]\b", True),
    ("SMP", r"SMP\b|SLTP\b|MTS\b|SEKOLAH\s+MENENGAH\s+PERTAMA|PAKET\s*B\b|TSANAWIYAH\b", False),
    ("SD", r"SD\b|PAKET\s*A\b|IBTIDAIYAH\b", False),
    ("SD", r"MI\b|SEKOLAH\s+DASAR", True),
)
_COMPILED = tuple(
    (level, re.compile(r"(?<![A-Z0-9])(?:" + pattern + ")"), anchored) for level, pattern, anchored in _LEVEL_PATTERNS
)
_NOT_SCHOOLED = re.compile(r"\b(?:TIDAK|BELUM|PUTUS)\b")


def _clean(value: object) -> str:
    """Return the value as upper-case text with collapsed whitespace."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer():
            value = int(value)
    text = compatible(str(value)).translate(_PLAIN_DASHES).upper().replace("_", " ").replace("\u00a0", " ")
    if "." in text:  # "S.M.A", "S.L.T.A", "S.D." (a level cell of a BPS roster, a SIMPEG level table)
        text = _DOTTED().sub(_undotted, _academy_written_out(_school_dotted_out(text), "AKADEMI "))
    text = _GLUED_LEVEL.sub(r"\1 ", text)  # "S.1TEKNIK SIPIL", "D3KEPERAWATAN": the level glued to the programme
    return re.sub(r"\s+", " ", text).strip()


#: "Ak." or "Akad." opening a cell is Akademi, a D-III ("Ak. Ilmu Statistik", a BPS roster's Akademi Ilmu Statistik,
#: read no level; spell21, h35); after a level it may be Akuntansi ("S1 Ak.") and stays
@functools.cache
def _ACADEMY_SHORT() -> re.Pattern[str]:
    return re.compile(r"^\s*AK(?:AD)?\.\s*(?=[A-Z])", re.IGNORECASE)


def _academy_written_out(text: str, academy: str) -> str:
    """``text`` with the "Ak." that opens it written as ``academy`` (:data:`_ACADEMY_SHORT`), unless academic titles
    follow it: "Ak. M.Si" is the Akuntan title before a magister's ("S.E, AK. M.Si"), read D-III "Akademi M.Si"
    (review19, h35)."""
    opening = _ACADEMY_SHORT().match(text)
    if opening is None or titles_education(text[opening.end() :]) is not None:
        return text
    return academy + text[opening.end() :]


#: a school's word with a dot right after it opening a cell, then words: "MAN. INFORMATIKA" (:func:`_school_dotted_out`)
@functools.cache
def _SCHOOL_DOTTED() -> re.Pattern[str]:
    return re.compile(r"^\s*([A-Za-z]{2,6})\.\s*(?=[A-Za-z]{3})")


def _school_dotted_out(text: str) -> str:
    """``text`` with a dotted abbreviation that opens it written out when it is also a school's word and the words
    after it then name a programme the tables know: "MAN. INFORMATIKA" is Manajemen Informatika (the dotted row of
    ``pendidikan_program.csv``), read SLTA as the madrasah MAN (spell26, h36; "S-1" and "D-III" beside it in real
    rosters, so no level is read from it); "MAN. IPA", "MAN. 2 BIMA" and "MAN IPA" stay the madrasah."""
    opening = _SCHOOL_DOTTED().match(text)
    if opening is None or (word := opening.group(1).upper()) not in _lexicon():
        return text
    full = dotted_abbreviations().get(word)
    if full is None or f"{full} {_norm_words(text[opening.end() :])}" not in known_programmes()[0]:
        return text
    return f"{full if opening.group(1).isupper() else full.title()} {text[opening.end() :]}"


@lru_cache(maxsize=1)
def dotted_abbreviations() -> dict[str, str]:
    """The words ``pendidikan_program.csv`` writes shortened with a dot (its ``titik`` rows: "MAN." Manajemen);
    the matcher's :data:`~asn_mutasi.matching.programme.DOTTED` too."""
    return {r["dari"]: r["ke"] for r in data_csv("pendidikan_program.csv") if r["jenis"] == "titik"}


#: a level in digits glued to the programme after it (SAPK's reference: "S.1Teknik Industri", h26/spell3)
_GLUED_LEVEL = re.compile(r"^\s*((?:S|D)[\s.\-]*[1-4]|D[\s.\-]*III)(?=[A-Z]{3})")  # "DIIIPerekam Medis" (spell4)


def _leftmost(text: str, *, anchored_only_at_start: bool = True) -> tuple[str, int, int] | None:
    """Return (level, start, end) of the leftmost level word in ``text``."""
    best: tuple[str, int, int] | None = None
    for level, pattern, anchored in _COMPILED:
        for match in pattern.finditer(text):
            start = match.start()
            if anchored and anchored_only_at_start and start > 0 and text[start - 1] not in "/(":
                continue
            if best is None or start < best[1] or (start == best[1] and match.end() > best[2]):
                best = (level, start, match.end())
            break
    return best


def parse_level(value: object) -> str | None:
    """Return the canonical education level of a level cell, or ``None`` when unknown."""
    return _parse_clean(_clean(value))


@lru_cache(maxsize=16384)
def _parse_clean(text: str) -> str | None:
    if not text:
        return None
    if text.isdigit():
        return SIASN_CODES.get(text.zfill(2))
    if text.startswith(("TIDAK", "BELUM", "PUTUS")) or _NOT_SCHOOLED.search(text.split("/")[0]):
        return None  # "PUTUS SD": left school before its end, no level
    text = _STATE_SCHOOL.sub(r"\1 NEGERI", text)  # "SMAN", "SDN"
    for level in EDUCATION_RANK:
        if text == level.upper():
            return level
    # "DOKTER SPESIALIS ..." / "DOKTER SUBSPESIALIS": the specialty decides, not the profession word
    if (specialist := _specialist_word_level(text)) is not None:
        return _higher_opening(text, specialist)
    if "+" in text:  # "S-1 KEPERAWATAN + NERS": the highest level written (a profession only over its degree)
        levels = [lv for lv in (_parse_clean(part.strip()) for part in text.split("+")) if lv]
        if levels:
            return held_level(levels)
    school = lexicon_match(text)
    if school is not None:
        return _school_level(*school)
    trailing = _TRAILING_LEVEL.search(text)
    if trailing is not None:  # "KEPERAWATAN (S1)"
        return _parse_clean((trailing.group(1) or trailing.group(2)).strip())
    slashed = _lowest_of_slashed(text)
    if slashed is not None:
        return slashed
    found = _leftmost(text)
    return found[0] if found else None


def _specialist_word_level(text: str) -> str | None:
    """Sp-2 for a subspecialist's words ("SUBSPESIALIS", "SPESIALIS II"), Sp-1 for "SPESIALIS", else None."""
    if re.search(r"(?<![A-Z])SUB\s*SPESIALIS(?![A-Z])", text) or re.search(
        r"(?<![A-Z])SPESIALIS[\s\-]*(?:II|2)(?![A-Z0-9])", text
    ):
        return "Sp-2"
    return "Sp-1" if re.search(r"(?<![A-Z])SPESIALIS(?![A-Z])", text) else None


def _higher_opening(text: str, specialist: str) -> str:
    """The level a text opens with when it ranks above ``specialist``, else ``specialist``: "S-3 SPESIALIS KEDOKTERAN
    NUKLIR" (an SSCASN 2024 programme of an S-3 formation) is the doctorate, as :func:`parse_education` reads it; the
    level cell read Sp-1 (spell25, h36). "S-2 SPESIALIS ANAK" stays the specialist, of the S-2's rank."""
    found = _leftmost(text)
    if found is not None and found[1] == 0 and EDUCATION_RANK[found[0]] > EDUCATION_RANK[specialist]:
        return found[0]
    return specialist


def _lowest_of_slashed(text: str) -> str | None:
    """The lowest of two or more levels written one after another with "/" at the start of a cell ("D3/S1", "S-1/D-III
    KEPERAWATAN"), None without such a list: a requirement lists alternatives (the lowest is the floor), an employee's
    cell holds the lower for certain; "S1/D3" read S-1 and "D3/S1" D-III, so a D-III nurse missed an "S1/D3 Keperawatan"
    post its "D3/S1" twin gave her (spell8, h32). Levels of one rank keep the first ("D-IV/S-1", "Diploma III/Sarjana
    Muda"); a profession written after "/" is held by the writer ("S1/Ners") and takes no part."""
    found = _SLASHED_LEVELS.match(text)
    if found is None:
        return None
    levels = [lv for lv in (_parse_clean(part.strip()) for part in found.group(0).split("/")) if lv and lv != "Profesi"]
    if len(levels) < 2:
        return None
    return min(levels, key=lambda lv: EDUCATION_RANK[lv])  # min keeps the first of equal ranks


# A level written at the start of a programme: "S-1 TEKNIK INFORMATIKA", "D3 Keperawatan",
# "S1. Hukum", "S-1/D-IV AKUNTANSI", "D-IV/S-1 ...", "S-1/A-IV PENDIDIKAN BIOLOGI",
# "S-2/MAGISTER TERAPAN ...", "Sarjana Hukum", "DOKTER SPESIALIS PENYAKIT DALAM".
# Profession nouns (DOKTER, NERS, APOTEKER) are part of the programme and are not stripped.
_PREFIX_LEVEL = (
    r"(?:DOKTER\s+)?SUB\s*SPESIALIS|(?:DOKTER\s+)?SPESIALIS(?:[\s\-]*(?:II|I|1|2)(?![A-Z0-9]))?|PASCA\s*SARJANA|MAGISTER(?:\s+TERAPAN)?|MASTER(?:\s+OF)?"
    # the specialist levels as SIASN names them, written before the specialty in a requirement cell ("Sp-1 Penyakit
    # Dalam", "SP.2 BEDAH"): a roman numeral needs a separator ("SPI" is no level)
    r"|SP(?:[\s.\-]+(?:II|I)|[\s.\-]*[12])"
    r"|SARJANA\s*MUDA|S\.\s?MUDA|S\.\s?M(?!\.?[A-Z])\.?|SM|SARJANA\s+SAINS\s+TERAPAN|SARJANA\s*TERAPAN|SARJANA|AKADEMI|PROFESI"
    r"|S(?:[\s.\-]+I|" + _SEP + r"1)[\s.\-]+(?:SAINS\s+)?TERAPAN|STRATA" + _SEP + r"(?:III|II|I|[123])"
    r"|DIPLOMA" + _SEP + r"(?:IV|III|II|I|[1-4])|D" + _SEP + r"(?:IV|III|II|I|[1-4])"
    # "S" + roman numeral needs a separator: "SI" alone is Sistem Informasi, not S-I; "SI." with its dot is S-I
    # ("SI. Hukum", "SI.Keperwt": a puskesmas form's spellings; spell4, h26)
    r"|S(?:[\s.\-]+(?:III|II|I)|" + _SEP + r"[1-3])|SI(?=\.\s*[A-Z]{2})|A" + _SEP + r"IV"
    r"|DOKTORAL|DOKTOR|SMA|SMU|SMKK|SMK|SLTA|SLA|SLTP|SMP|STM|SMEA|MAK|MA|SD"
)
#: regular expression (upper case) of one level word as written before a programme
LEVEL_WORD = _PREFIX_LEVEL
#: words around a level that only say "this level or higher": "Minimal S-1", "Pendidikan paling rendah SLTA",
#: "D-III ke atas" (a regex alternation; "sederajat" is not one: after a school it names the school's field)
LEVEL_FLOOR_WORDS = (
    r"(?:PENDIDIKAN\s+)?(?:MINIMAL|MINIMUM|MIN\.?|PALING\s+RENDAH|SEKURANG[\s-]*KURANGNYA)|KE\s+ATAS"
    r"|ATAU\s+LEBIH(?:\s+TINGGI)?"
)

#: two or more levels joined by "/" opening a cell: "D3/S1", "S-1/D-III KEPERAWATAN" (:func:`_lowest_of_slashed`)
_SLASHED_LEVELS = re.compile(
    r"^\s*(?:" + _PREFIX_LEVEL + r")(?![A-Z0-9])(?:\s*/\s*(?:" + _PREFIX_LEVEL + r")(?![A-Z0-9]))+"
)

_PREFIX = re.compile(
    r"^\s*(?P<level>(?:" + _PREFIX_LEVEL + r"))(?![A-Z0-9])"
    # "DIPLOMA I/II" (Dukcapil's category): a numeral alone after "/" is the next diploma
    r"(?:\s*/\s*(?:" + _PREFIX_LEVEL + r"|A" + _SEP + r"(?:III|II|I)|IV|III|II)(?![A-Z0-9]))*"
    r"(?:\s*/?\s*SEDERAJAT(?![A-Z0-9]))?"
    r"(?P<sep>[\s.:\-]*)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _school_after_slash() -> re.Pattern[str]:
    """A "/" and the spelling of a school (:func:`_lexicon`) of the upper secondary level ("/SPK", "/ SMEA")."""
    words = sorted((w for w, e in _lexicon().items() if e.tingkat == "SMA" and "/" not in w), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(r"^(?:\s*/\s*(?:" + alternatives + r")(?![A-Z0-9]))+", re.IGNORECASE)


def _slashed_schools(prefix: str, rest: str) -> int:
    """Length of the further schools of an SLTA level that open ``rest`` after a "/" (0 when none): in "SMK/SPK"
    SPK is the other school accepted, not a programme of the SMK."""
    if not rest.startswith("/") or parse_level(prefix) != "SMA":
        return 0
    found = _school_after_slash().match(rest)
    return 0 if found is None else found.end()


#: "SI" and a space or a dash ("SI - HUKUM", "SI-Keperawatan") before a programme: S-I when the programme is no Sistem Informasi one (:func:`_s1_programme`)
_BARE_SI = re.compile(r"^\s*SI(?:\s*-\s*|\s+)(?=[A-Za-z])", re.IGNORECASE)


#: the words a Sistem Informasi programme is named with after it (Sistem Informasi Akuntansi, a D-III programme;
#: Manajemen, Bisnis, Kesehatan, Geografis, Komputer): "SI Akuntansi" stays one programme
_AFTER_SISTEM_INFORMASI = frozenset({"AKUNTANSI", "MANAJEMEN", "BISNIS", "KESEHATAN", "GEOGRAFIS", "KOMPUTER"})


def _after_bare_si(cell: str) -> str:
    """The programme written after a bare "SI" that opens a level cell read S-1, as written ("SI AKUNTANSI":
    AKUNTANSI); "" when no bare "SI" opens it. The level was read from the "SI", so what follows it is no Sistem
    Informasi programme (:func:`_s1_programme` keeps "SI Akuntansi" whole only where no level is read from it): "SI
    AKUNTANSI" read S-1 and dropped its programme (review19, h35)."""
    bare = _BARE_SI.match(cell)
    return "" if bare is None else cell[bare.end() :].strip(" -:/")


def _s1_programme(rest: str) -> bool:
    """Whether ``rest`` after a bare "SI" is a programme the tables know that names no Sistem Informasi programme:
    "SI Keperawatan" (a psychiatric hospital's staff app) read the level S-1 but dropped the programme, "SI" being
    Sistem Informasi to :func:`split_level`; "SI Akuntansi" stays (spell14, h33)."""
    words = _norm_words(rest)
    return words in known_programmes()[0] and not set(words.split()) & _AFTER_SISTEM_INFORMASI


@lru_cache(maxsize=65536)
def split_level(text: str) -> tuple[str | None, str]:
    """Split a level written at the start of a programme from the programme itself.

    ``"S-1 TEKNIK INFORMATIKA"`` → ``("S-1", "TEKNIK INFORMATIKA")``; a text without a
    leading level is returned unchanged with ``None``. The rest keeps its original casing.
    A prefix must be followed by a separator and more text, so a programme that merely
    starts with letters of a level word (``"SDM"``, ``"SASTRA"``) is left alone.
    """
    if not text:
        return None, ""
    text = compatible(text)  # "S-1¹ Hukum": a footnote's mark after the level (spell10, h32)
    glued = _GLUED_LEVEL.match(text.upper())
    if glued is not None:  # "S.1Teknik Sipil": the level, then the programme
        return parse_level(glued.group(1)), text[glued.end() :].strip()
    match = _PREFIX.match(text)
    if match is None:
        bare = _BARE_SI.match(text)
        return (
            ("S-1", text[bare.end() :].strip()) if bare and _s1_programme(text[bare.end() :]) else (None, text.strip())
        )
    rest = text[match.end() :].strip()
    schools = _slashed_schools(text[: match.end()], rest)
    if schools:  # "SMK/SPK", "SMK/SPMA Agribisnis": another school of the level, not a programme (spell11, h32)
        return parse_level(text), rest[schools:].strip(" ./:-")
    if not rest:
        return parse_level(text), ""
    if not match.group("sep") and not text[match.end("level") :].lstrip().startswith("/"):
        return None, text.strip()
    prefix = text[: match.end()]
    return parse_level(prefix), rest


def level_rank(level: str | None) -> float | None:
    """Return the ordinal rank of a canonical level (``None`` when unknown)."""
    if level is None:
        return None
    return EDUCATION_RANK.get(level)


# --- the education lexicon (data files in asn_mutasi/data/, sources in pendidikan_sumber.csv) --------

#: school track of an SLTA/SLTP: general, vocational, teacher training
JALUR_UMUM = "umum"
JALUR_KEJURUAN = "kejuruan"
JALUR_KEGURUAN = "keguruan"
_PLAIN_LEVEL_WORDS = frozenset({"SD", "SMP", "SLTP", "SMA", "SMU", "SLTA", "SLTA SEDERAJAT"})
_JALUR_LABEL = {JALUR_UMUM: "umum", JALUR_KEJURUAN: "kejuruan", JALUR_KEGURUAN: "keguruan"}
_LEVEL_LABEL = {"SD": "SD", "SMP": "SLTP", "SMA": "SLTA"}


@dataclass(frozen=True)
class LexiconEntry:
    """One school or level word of the lexicon (``pendidikan_sekolah.csv``/``pendidikan_tingkat.csv``)."""

    ejaan: str  #: the spelling, upper case, words separated by single spaces
    tingkat: str  #: canonical level
    jalur: str | None  #: school track for SD/SMP/SMA entries
    bidang: str | None  #: field family of a vocational school (ids of matching.families)
    program: str  #: programme the word implies ("" when none)
    awalan: str  #: word put before a programme written after the school ("STM LISTRIK" → TEKNIK LISTRIK)
    sumber: str  #: source code (pendidikan_sumber.csv)
    catatan: str

    @property
    def informative(self) -> bool:
        """Whether naming this entry explains anything: "SMA" (an SLTA) does not, nor "PROFESI NERS" (Profesi ners,
        its own words again: walk7 #4, h29); "SPK" (an SLTA kejuruan keperawatan) does."""
        plain = not (self.jalur or self.bidang or self.program) and self.ejaan in _PLAIN_LEVEL_WORDS
        return not plain and self._reading().casefold() != self.ejaan.casefold()

    def _reading(self) -> str:
        """What the entry reads the spelling as: "SLTA kejuruan keperawatan"."""
        level = _LEVEL_LABEL.get(self.tingkat, self.tingkat)
        parts = [level]
        if self.jalur and self.tingkat in _LEVEL_LABEL:
            parts.append(_JALUR_LABEL[self.jalur])
        what = self.program.lower() if self.program else (self.bidang or "")
        if what:
            parts.append(what)
        return " ".join(parts)

    @property
    def aturan(self) -> str:
        """The rule as a clause the analyst reads in a reason: ``"SPK setara SLTA kejuruan keperawatan"`` (it read
        "SPK = SLTA kejuruan keperawatan", a rule trace, in the Alasan sent to the Baperjakat: walk7 #4, h29)."""
        return f"{self.ejaan} setara {self._reading()}"


def _norm_words(text: str) -> str:
    """Upper-case words separated by single spaces (punctuation other than "/" and "." removed)."""
    text = text.upper().replace("&", " DAN ")
    return re.sub(r"\s+", " ", re.sub(r"[^A-Z0-9/. ]+", " ", text)).strip()


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, LexiconEntry]:
    entries: dict[str, LexiconEntry] = {}
    for name in ("pendidikan_sekolah.csv", "pendidikan_tingkat.csv"):
        for row in data_csv(name):
            ejaan = _norm_words(row["ejaan"])
            entries.setdefault(
                ejaan,
                LexiconEntry(
                    ejaan=ejaan,
                    tingkat=row["tingkat"],
                    jalur=row.get("jalur") or None,
                    bidang=row.get("bidang") or None,
                    program=row.get("program", ""),
                    awalan=row.get("awalan", ""),
                    sumber=row["sumber"],
                    catatan=row.get("catatan", ""),
                ),
            )
    # "Sekolah Analis Kesehatan": a health school named without MENENGAH is the "Sekolah Menengah" of its programme
    # (SMAK), as the Sekolah Perawat Kesehatan and Sekolah Asisten Apoteker were named, unless the short spelling is
    # an entry of its own; not other fields ("Sekolah Teologi" may be a college; spell17, h34)
    for ejaan, entry in list(entries.items()):
        if (
            ejaan.startswith(_MIDDLE_SCHOOL)
            and entry.program
            and entry.tingkat == "SMA"
            and entry.bidang == "kesehatan"
        ):
            short = "SEKOLAH " + ejaan.removeprefix(_MIDDLE_SCHOOL)
            entries.setdefault(short, replace(entry, ejaan=short))
    return entries


_MIDDLE_SCHOOL = "SEKOLAH MENENGAH "


@lru_cache(maxsize=1)
def _lexicon_regex() -> re.Pattern[str]:
    words = sorted(_lexicon(), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(r"^(" + alternatives + r")(?![A-Z0-9])")


#: streams of a general SLTA (SMA/MA/Paket C); any other SLTA programme is vocational
SMA_STREAMS = frozenset(
    {"IPA", "IPS", "BAHASA", "IPA FISIKA", "IPA BIOLOGI", "BIOLOGI", "FISIKA", "KIMIA", "MATEMATIKA", "AGAMA",
     "KEAGAMAAN", "IPA DAN IPS", "BAHASA DAN BUDAYA", "BUDAYA", "UMUM"}
)  # fmt: skip
_TRAILING_LEVEL = re.compile(
    r"\(\s*((?:S|D)\s*[-.]?\s*(?:[1-4]|I{1,3}|IV))\s*\)\s*$|(?<=\S)\s+(?:PROGRAM\s+)?(SARJANA\s+TERAPAN)\s*$",
    re.IGNORECASE,
)


#: a closing parenthesis, perhaps left unclosed: "TEKNIK INFORMATIKA (TI)", "SMK OTKP (OTKP"
TRAILING_PAREN = re.compile(r"\(\s*([A-Z0-9 .\-&]*?)\s*\)?\s*$")


def abbreviation_parenthetical(inner: str, before: list[str], known: Mapping[str, str]) -> bool:
    """Tell whether a closing ``(XYZ)`` abbreviates the words ``before`` it: their initials, a ``known`` abbreviation
    (one of none of its words after a one-word faculty names the department instead: "S-1 Ekonomi(Perus)" is Ekonomi
    Perusahaan, Manajemen's old name, it read EKONOMI; "ANALIS KESEHATAN (TLM)" names the new name of the words
    before it; spell21, h35), or an unknown short token of at most one vowel. The one rule for a programme's key (``known`` its abbreviations)
    and for the programme after a school word (``known`` the SMK competencies): "SMK Otomatisasi Tata Kelola
    Perkantoran (OTKP)" read the programme … PERKANTORAN OTKP, the school's reading having dropped the brackets
    before the rule saw them (spell21, h35)."""
    token = inner.replace(".", "").replace(" ", "")
    if not token.isalpha() or len(token) > 8:
        return False
    initials = "".join(word[0] for word in before if word and word not in ("DAN",))
    if token in initials:
        return True
    if token in known:  # "MANAJEMEN (MNJ)", "TEKNIK (TI)"; not "EKONOMI (PERUS)", "EKONOMI (AKT)"
        return len(before) > 1 or bool(set(known[token].split()) & set(before))
    vowels = sum(ch in "AIUEO" for ch in token)
    return len(token) <= 5 and vowels <= 1


def _without_closing_abbreviation(text: str, rest: str) -> str:
    """``rest`` (the words after a school word in ``text``) without the abbreviation in brackets that closes
    ``text`` when it abbreviates the words before it (:func:`abbreviation_parenthetical`); ``rest`` otherwise, also
    when the bracket is all that follows the school word ("SMA (IPS)": the stream)."""
    closing = TRAILING_PAREN.search(text.upper())
    words = rest.split()
    if closing is None or len(words) < 2 or words[-1] != _norm_words(closing.group(1)).replace(" ", ""):
        return rest
    return " ".join(words[:-1]) if abbreviation_parenthetical(closing.group(1), words[:-1], SMK_COMPETENCIES) else rest


def lexicon_match(text: str) -> tuple[LexiconEntry, str] | None:
    """Return the lexicon entry a text starts with (longest spelling) and the rest of the text."""
    words = _norm_words(text)
    if not words:
        return None
    match = _lexicon_regex().match(words)
    if match is None:
        return None
    entry = _lexicon()[re.sub(r"\s+", " ", match.group(1))]
    rest = words[match.end() :]
    for _ in range(3):
        lead = _BETWEEN_SCHOOLS.match(rest)
        slashed = lead is not None and "/" in lead.group(0)
        rest = rest[lead.end() :] if lead else rest
        again = _lexicon_regex().match(rest)
        if again is None:
            break
        inner = _lexicon()[re.sub(r"\s+", " ", again.group(1))]
        if inner.tingkat != entry.tingkat:
            break
        entry = _either_school(entry, inner) if slashed else _more_specific(entry, inner)
        rest = rest[again.end() :]
    return entry, _without_closing_abbreviation(text, rest.strip(" /."))


#: what may stand between two school words of one cell: separators and marker words ("SLTA/SMA SEDERAJAT/SMK")
_BETWEEN_SCHOOLS = re.compile(r"[\s./]*(?:(?:SEDERAJAT|JURUSAN|PROGRAM STUDI|PRODI|PROG|PROGRAM|BIDANG)\b[\s./]*)*")
#: the names of a school level itself, of no track ("SLTA/SMK": the level, or an SMK): any school of the level
_LEVEL_NAMES = frozenset({"SLTA", "SMTA", "SLTP", "SMTP"})


def _more_specific(entry: LexiconEntry, inner: LexiconEntry) -> LexiconEntry:
    """Of two school words written one after the other without "/", the more specific ("SMK SEKOLAH PELAYARAN
    MENENGAH ATAS": the second names the field)."""
    return inner if inner.program or inner.bidang or (inner.jalur and not entry.jalur) else entry


def _track(entry: LexiconEntry) -> tuple[str | None, str | None, str]:
    """(track, field, programme) a school word names; a general school named without its track ("SMA", "SMU") is
    general, the level's own name ("SLTA") none."""
    if entry.ejaan in _LEVEL_NAMES:
        return None, None, ""
    return entry.jalur or JALUR_UMUM, entry.bidang, entry.program


def _either_school(entry: LexiconEntry, inner: LexiconEntry) -> LexiconEntry:
    """The school a "/" list of two school words of one level names: alternatives, so any school either names
    ("SMA/SMK", "SLTA/SMK", "SMA/SMK/MA Sederajat": any SLTA; "STM/SMEA": any SLTA kejuruan; "SMK/SPK": any SMK;
    "SMA/MA": a general SLTA). The second word set the track, so "SMA/SMK" asked an SLTA kejuruan and turned away the
    SMA holder "SMA/MA/SMK" accepted (review8, spell10, h32)."""
    if entry.tingkat not in _LEVEL_LABEL:  # two professions ("APOTEKER / NERS", "DOKTER UMUM/NERS"): no school level
        return entry  # has a general entry to fall back on (a KeyError stopped the whole check; spell25, h36)
    mine, theirs = _track(entry), _track(inner)
    if mine == theirs:
        return _more_specific(entry, inner)
    if mine[0] is None or theirs[0] is None or mine[0] != theirs[0]:
        return _lexicon()[_LEVEL_LABEL[entry.tingkat]] if entry.tingkat in _LEVEL_LABEL else entry
    if not (mine[1] or mine[2]) or not (theirs[1] or theirs[2]):
        return entry if not (mine[1] or mine[2]) else inner  # "SMK/SPK": the school of any field
    general = f"{_LEVEL_LABEL.get(entry.tingkat, '')} {_JALUR_LABEL[mine[0]]}".upper()
    return _lexicon().get(general) or _lexicon()[_LEVEL_LABEL[entry.tingkat]]


def lexicon_entry(text: str) -> LexiconEntry | None:
    """Return the entry of a text that is a school or level word, possibly with a programme after it.

    ``"SPK"``, ``"STM ELEKTRO"``, ``"AKBID"`` and ``"SEKOLAH MENENGAH UMUM TINGKAT PERTAMA"``
    have one; ``"S-1 HUKUM"`` has none (the regular level scan reads it).
    """
    found = lexicon_match(text)
    return found[0] if found else None


# SLTA streams (jurusan SMA/MA/Paket C): BKN codes 30010010-30010060 and roster spellings
@lru_cache(maxsize=1)
def _slta_streams() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The stream rewrites: ``jurusan_slta`` rows anywhere in the text, ``jurusan_slta_utuh`` rows only as the whole
    text ("SOSIAL" is the old SMA section; "PEKERJAAN SOSIAL" an SMK programme)."""
    rows = [r for r in data_csv("pendidikan_program.csv") if r["jenis"] in ("jurusan_slta", "jurusan_slta_utuh")]
    rows.sort(key=lambda r: len(r["dari"]), reverse=True)
    return tuple(
        (
            re.compile(
                ("^" if r["jenis"] == "jurusan_slta_utuh" else r"(?<![A-Z0-9])")
                + re.escape(r["dari"])
                + ("$" if r["jenis"] == "jurusan_slta_utuh" else r"(?![A-Z0-9])")
            ),
            r["ke"],
        )
        for r in rows
    )


#: words that gloss a stream after its code, besides the stream's own words: "A3 (Sosial)" is IPS, "A1 (Fisik)" IPA
#: FISIKA ("FISIK" a shortening of FISIKA)
_STREAM_GLOSS = {
    "IPS": frozenset({"SOSIAL"}),
    "IPA": frozenset({"ALAM", "PASTI", "EKSAKTA"}),
    "BAHASA": frozenset({"BUDAYA", "SASTRA"}),
}


def _glossed(text: str) -> str | None:
    """The stream a text names when it is a stream followed by a gloss of it ("IPA FISIKA FISIK"); None otherwise."""
    for stream in sorted(SMA_STREAMS, key=len, reverse=True):
        if text.startswith(stream + " "):
            names = set(stream.split()) | _STREAM_GLOSS.get(stream.split()[0], frozenset())
            gloss = text[len(stream) + 1 :].split()
            if all(len(g) >= 4 and any(n.startswith(g) for n in names) for g in gloss):
                return stream
            return None
    return None


def slta_stream(programme: str) -> str:
    """Rewrite an SLTA stream to its canonical name ("ILMU PENGETAHUAN SOSIAL" → IPS, "A.2" → IPA BIOLOGI); a stream
    code with a gloss of it is the stream alone ("A1 (Fisik)" → IPA FISIKA: it read "IPA FISIKA FISIK", no stream,
    so SLTA kejuruan)."""
    text = _norm_words(programme.replace(".", " ").replace("-", " "))
    for pattern, target in _slta_streams():
        text = pattern.sub(target, text)
    return _glossed(text) or _glossed(text.replace("/", " ")) or text  # "A4/BAHASA": the code, a slash, its gloss


_CERTIFICATES = re.compile(
    # right after a space, a separator or the start: the spaces before a token were once matched from every space
    # of a run, quadratic on a long run (hostile3, h31); strip_certificates collapses the spaces left
    r"(?:(?<=[\s/+,])|^)(?:AKTA\s*(?:IV|4|MENGAJAR)|STR|SERTIFIKAT\s+PENDIDIK)(?![A-Z0-9])",
    re.IGNORECASE,
)


def strip_certificates(text: str) -> str:
    """Remove certificate tokens from an education cell (AKTA IV, STR): they are not education."""
    cleaned = re.sub(r"\s+", " ", _CERTIFICATES.sub(" ", text))
    cleaned = re.sub(r"([/+,])(?:\s*[/+,])+", r"\1", cleaned)
    return cleaned.strip(" /+,")


@dataclass(frozen=True)
class ParsedEducation:
    """An employee's education read from the roster's level column, programme column and name."""

    level: str | None
    programme: str  #: programme text without level words ("" when none is written)
    jalur: str | None = None  #: school track for SD/SMP/SMA
    bidang: str | None = None  #: field of a vocational school
    aturan: tuple[str, ...] = ()  #: lexicon entries / rules that decided, for explanations
    lain: tuple[tuple[str, str], ...] = ()  #: further (level, programme) held: "S-1 KEPERAWATAN + NERS"
    dari_gelar: bool = False  #: the programme was read from an academic title
    #: (level, programme) of a first degree whose programme a master's title replaced ("S.Pd.I, M.M": S-1 PAI): it
    #: meets a requirement at its own level or below only (an S-1 in public health is no S-2 in it)
    gelar_pertama: tuple[str, str] | None = None


#: the lower grade of a school that had two (PGA 4 and 6 years; SGPLB Tingkat Pertama and Atas)
_FIRST_GRADE = re.compile(r"\b(?:4\s*TAHUN|TINGKAT\s+PERTAMA)\b")


def _school_level(entry: LexiconEntry, rest: str) -> str:
    """The level of a school word with what follows it: "PGA Islam 4 Tahun" and "SGPLB Tingkat Pertama" are BKN's
    SLTP schools, the SLTA entry's lower grade (a teachers' school only: "STM Pembangunan 4 Tahun" is an SLTA)."""
    if entry.tingkat == "SMA" and entry.jalur == "keguruan" and _FIRST_GRADE.search(rest.upper()):
        return "SMP"
    return entry.tingkat


#: a school written with its state "N" glued on: SMAN, SMKN, SDN, MTsN, SPGN (= "SMA Negeri" ...)
#: a state school by its kind and "N": "SMAN 1", "SMKN2", and "SMK N 1" with the N apart before the school's number
#: ("SMK N 1 Tanjung Jabung Barat" read the programme N; spell15, h33)
_STATE_SCHOOL = re.compile(
    r"\b(SD|SMP|SLTP|SMA|SMU|SLTA|SMKK|SMK|SPG|STM|SMEA|MTS)(?:N|\s+N\.?(?=\s*\d))(?=\s|\d|$)", re.IGNORECASE
)
#: a Poltekkes by its full name opening a cell: "D3 Politeknik Kesehatan Gizi" read the college's kind POLITEKNIK
#: (a D-III) and the programme KESEHATAN GIZI, "D3 Politeknik Kesehatan Kemenkes Kupang" the programme KESEHATAN; the
#: programme is what follows the college's name (:func:`_programme_after_college`), as after "Poltekkes" (real9, h31)
_POLTEKKES = re.compile(r"POLITEKNIK\s+KESEHATAN\b", re.IGNORECASE)
#: the year of a diploma written beside it: "SPK thn 89", "S1 Hukum lulus 1995", "D3 Kebidanan 2004"
_YEAR = r"(?:(?:THN|TH|TAHUN|LULUS(?:\s+TAHUN)?)\.?\s*\d{2,4}|(?:19|20)\d\d)"
#: where a school's own name begins after its kind: "SMA Negeri 2 Ende", "SD Inpres Oesapa", "SMA Kristen Kupang",
#: "SMP No. 3" (a stream such as "A.1" is no number of its own)
_SCHOOL_NAME = re.compile(
    # a general school's own type word after its stream: "SLTA Biologi SMA 01-01-1998", "SLTA Fisika SMAN 1" (a
    # hospital SIMPEG's cells; read as a vocational programme BIOLOGI SMA, spell4, h26)
    r"(?:^|\s)(?:NEGERI|SWASTA|INPRES|KRISTEN|KATOLIK|MUHAMMADIYAH|PGRI|NO\.?|NOMOR|NOMER|\d+\s+TAHUN|TINGKAT\s+(?:PERTAMA|ATAS)|\d+"
    r"|SMAN?|SMUN?|" + _YEAR + r")(?=[\s.,]|$)",
    re.IGNORECASE,
)


#: a stream or programme written after the school's name: "SMAN 1 Kupang Jurusan IPS", "SMA Negeri 3 IPA"
@functools.cache
def _STREAM_AFTER_NAME() -> re.Pattern[str]:
    return re.compile(r"\bJURUSAN\s+(.+)$|(?<![A-Z])(IPA|IPS|BAHASA)(?![A-Z])", re.IGNORECASE)


#: where a college's name begins after the programme: "S1 Hukum Universitas Nusa Cendana", "D III Keperawatan
#: Poltekkes Kupang"
_INSTITUTION = re.compile(
    # a misspelt "Universitas" ("S2 Dokter Universiatas Airlangga", "Univeristas") and "Poltekkes" ("D. III - POLTEKES GIGI SURABAYA"),
    # IIK (Institut Ilmu Kesehatan: "D. III Teknik Gigi IIK Bhakti Wiyata Kediri"): a hospital SIMPEG's cells kept the
    # college's name in the programme (spell14, h33)
    r"(?:^|\s)(?:(?:PADA|DI|DARI)\s+)?(?:UNIVERS?I[A-Z]*|UNIV\.?|INSTITUT|IIK|SEKOLAH\s+TINGGI|POLITEKNIK|POLTEKK?ES|POLTEK"
    r"|STIKES|STKIP|STIE|STIA|STIH|STISIPOL|STIS|STIKOM|STMIK|AMIK|IKIP|UIN|IAIN|STAIN|STPDN|IPDN|UNIKA|DEPKES|KEMENKES"
    # "D. IV Keperawatan Kementerian Kesehatan RI tahun 2011", the typo "Poloteknik" (spell4, h26)
    r"|KEMENTERIAN|KEMENTRIAN|DEPARTEMEN|POLOTEKNIK|POLITEHNIK"
    # universities by their short names, and a graduation date ("UNIBRAW Malang 30-05-2008": a hospital SIMPEG's
    # one-column education cell; real-spellings campaign, round 3)
    r"|UNIBRAW|UNAIR|UGM|UNDIP|UNPAD|UNHAS|UNNES|UNESA|UNEJ|UNSOED|UNDANA|UNSRAT|UNLAM|UNAND|UNSRI|UNILA|UNIMED"
    r"|UNSYIAH|UNTAN|UNMUL|UNTAD|UNHALU|UNSIQ|UNISMA|UMM|UMY|UMS|UNS|UNY|UNJ|UNM|UPI|IPB|ITB|ITS"
    r"|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d|" + _YEAR + r")(?=[\s.,]|$)",
    re.IGNORECASE,
)
#: an academy named after the programme ("D. III Keperawatan Akper Poltekkes Malang", "Analis Kesehatan Akademi Analis
#: Kesehatan Kediri"): cut only after a programme, since "Akademi Keperawatan" alone is how some rosters name it
#: the words that mark a programme ("Jurusan", "Prodi", "Program Studi", "PS")
_PROGRAMME_MARKERS = ("JURUSAN", "PRODI", "PROG", "PROGRAM", "STUDI", "PS")
_MARKER_WORDS = re.compile(rf"\b(?:{'|'.join(_PROGRAMME_MARKERS)})\b\.?", re.IGNORECASE)
_ACADEMY = re.compile(
    r"\s(?:AKADEMI|AKAD\.|AKPER|AKBID|AKFAR|AKZI|AKAFARMA|APIKES|ATEM|ARO|AKES)(?=[\s.,]|$)", re.IGNORECASE
)


def _without_place(level: str | None, programme: str, *, vocational: bool = False) -> str:
    """``programme`` without the school or college named after it: what a roster's "nama sekolah" adds is no
    programme ("SMA Negeri 2 Ende" was programme NEGERI 2 ENDE, read as an SLTA kejuruan). After a vocational
    school without a programme of its own only the name's words go ("SMK Negeri 1 Akuntansi": AKUNTANSI)."""
    rank = EDUCATION_RANK.get(level or "")
    if rank is None or not programme:
        return programme
    if rank > EDUCATION_RANK["SMA"]:
        college = _college_cut(programme)
        if college is None:
            return programme
        head, place = college
        if not head and ":" in place:  # "Univ. Negeri Malang : Teknik Informatika": the programme after the colon
            return place.rpartition(":")[2].strip(" -,/.")
        return head or _programme_after_college(place)
    cut = _SCHOOL_NAME.search(programme)
    if cut is None:
        return programme
    head, tail = programme[: cut.start()].strip(" -,:/"), programme[cut.start() :]
    if vocational:  # "SMK Negeri 1 Tanah Laut Jurusan Akuntansi", "SMK Negeri 1 Kota Batu Tata Boga": after the town
        words = _SCHOOL_NAME.sub(" ", tail).split()
        words = words[_town_opening([w.upper().strip(".") for w in words]) :]
        marked = _PROGRAMME_MARKER().match(" ".join(words))
        return " ".join([head, " ".join(words)[marked.end() if marked else 0 :]]).strip()
    stream = _STREAM_AFTER_NAME().search(tail)
    return f"{head} {(stream.group(1) or stream.group(2)).strip() if stream else ''}".strip()


#: the marker of a programme named after the college: "Poltekkes Kemenkes Kupang Jurusan Keperawatan"
@functools.cache
def _PROGRAMME_MARKER() -> re.Pattern[str]:
    return re.compile(r"\b(?:JURUSAN|PRODI|PROGRAM\s+STUDI|PROG\.?\s*STUDI)\b\.?\s*", re.IGNORECASE)


#: words of a college's name that name no programme after its kind ("Poltekkes Kemenkes Keperawatan")
_COLLEGE_OWNER = frozenset({"KEMENKES", "DEPKES", "RI"})


@lru_cache(maxsize=1)
def _college_programmes() -> tuple[frozenset[str], frozenset[str], int]:
    """(programmes, their words, the most words of one) of the lexicon's colleges and academies ("KEPERAWATAN",
    "ANALIS KESEHATAN")."""
    names = frozenset(e.program for e in _lexicon().values() if e.program and e.tingkat not in _LEVEL_LABEL)
    return names, frozenset(w for name in names for w in name.split()), max((len(n.split()) for n in names), default=0)


def _programme_after_college(place: str) -> str:
    """The programme a cell names after the college it opens with ("D3 | Poltekkes Keperawatan": KEPERAWATAN; it read
    no programme at all, the college cut as a place; spell7, h31): after a marker ("... Jurusan Gizi"), else the words
    after the college's kind when they are words of a programme the lexicon knows ("Poltekkes Keperawatan Gigi"), or
    the longest such programme they start with ("Poltekkes Keperawatan Kupang": KEPERAWATAN); "" for a place alone
    ("Poltekkes Kupang").

    After the last marker with words after it ("Jurusan/Prodi Keperawatan": KEPERAWATAN), so the words read hold no
    marker: read after the first, each marker read the rest again, a cell of 1,700 "Poltekkes Jurusan" a
    RecursionError (review7, hostile5, h31)."""
    end, marked = len(place.rstrip()), None
    for found in _PROGRAMME_MARKER().finditer(place):
        marked = found if found.end() < end else marked
    if marked is None:
        return _programme_words_after_college(place)
    text = place[marked.end() :]
    cut = _college_cut(text)
    if cut is None:
        return text.strip(" -,:/.")
    head, rest = cut
    if head or ":" in rest:
        return (head or rest.rpartition(":")[2]).strip(" -,:/.")
    return _programme_words_after_college(rest).strip(" -,:/.")


def _programme_words_after_college(place: str) -> str:
    """The words after a college's kind when they are words of a programme the lexicon knows, else the longest such
    programme they start with (one no longer than the lexicon's longest: a 30,000-character cell tried every prefix
    of its 15,000 words, quadratic; hostile5, h31); "" for a place alone."""
    words = place.replace(".", " ").split()
    words = words[2:] if " ".join(words[:2]).upper() == "POLITEKNIK KESEHATAN" else words[1:]  # = Poltekkes
    while words and words[0].upper() in _COLLEGE_OWNER:
        words.pop(0)
    names, vocabulary, longest = _college_programmes()
    # the college's town written before the programme ("Poltekkes Kemenkes Kupang Keperawatan", "Poltekkes Tanjung
    # Karang Kebidanan": no programme was read; spell8, h32): up to :data:`_PLACE_WORDS` words skipped, none of them a
    # programme's word, and after a skip only a programme the lexicon names: "Poltekkes Teknologi Laboratorium Medis"
    # read MEDIS, "Poltekkes Analis Farmasi dan Makanan" FARMASI (review8, h32)
    for skip in range(min(_PLACE_WORDS, len(words) - 1) + 1):
        if skip and words[skip - 1].upper() in vocabulary:
            break
        rest = words[skip:]
        starts = range(min(len(rest), longest), 0, -1)
        found = next((" ".join(rest[:k]) for k in starts if " ".join(rest[:k]).upper() in names), "")
        if (found or not skip) and all(w.upper() in vocabulary for w in rest):
            return " ".join(rest)
        if found:
            return found
        run = next((k for k, w in enumerate(rest) if w.upper() not in vocabulary), len(rest))
        if not skip and run and _only_place(" ".join(rest[run:])):
            # programme words, then the town: "POLTEKES GIGI SURABAYA" (its Jurusan Keperawatan Gigi) read no
            # programme, GIGI being no programme the lexicon names (spell14, h33)
            return " ".join(rest[:run])
    return ""


#: the most words of a town's name between a college and its programme ("Tanjung Karang", "Nusa Tenggara Timur")
_PLACE_WORDS = 3


def _college_cut(programme: str) -> tuple[str, str] | None:
    """(the text before the college or academy a programme names, the college and all after it), or None without one.
    An academy is looked for before the college only (the whole text was searched for one, each time a long cell's
    programme was read after its next college: quadratic; hostile5, h31)."""
    college = _INSTITUTION.search(programme)
    academy = _ACADEMY.search(programme, 0, len(programme) if college is None else college.start() + 1)
    if academy is not None and not _MARKER_WORDS.sub(" ", programme[: academy.start()]).strip(" -,:/."):
        academy = None  # "Jurusan Akademi Teknik Elektromedik": the academy is the programme's name
    starts = [m.start() for m in (college, academy) if m is not None]
    if not starts:
        return None
    return programme[: min(starts)].strip(" -,:/"), programme[min(starts) :]


#: SMK competencies (kompetensi keahlian, Spektrum 2018 and 2022) by the abbreviations rosters write after "SMK"
SMK_COMPETENCIES: dict[str, str] = {
    "AKL": "AKUNTANSI DAN KEUANGAN LEMBAGA",
    "OTKP": "OTOMATISASI DAN TATA KELOLA PERKANTORAN",
    "MPLB": "MANAJEMEN PERKANTORAN DAN LAYANAN BISNIS",
    "BDP": "BISNIS DARING DAN PEMASARAN",
    "TKJ": "TEKNIK KOMPUTER DAN JARINGAN",
    "RPL": "REKAYASA PERANGKAT LUNAK",
    "TKRO": "TEKNIK KENDARAAN RINGAN OTOMOTIF",
    "TBSM": "TEKNIK DAN BISNIS SEPEDA MOTOR",
    "TITL": "TEKNIK INSTALASI TENAGA LISTRIK",
    "TPM": "TEKNIK PEMESINAN",
    "DPIB": "DESAIN PEMODELAN DAN INFORMASI BANGUNAN",
    "FKK": "FARMASI KLINIS DAN KOMUNITAS",
    "ATPH": "AGRIBISNIS TANAMAN PANGAN DAN HORTIKULTURA",
}


#: words before a school's abbreviation that name no field: a programme marker or "Ilmu" (a roster's "Jurusan Ilmu SPP
#: Peternakan" is the SPP's own programme Peternakan, not a field "Ilmu"; spell13's cut had read it so)
_NO_FIELD_WORDS = frozenset(_PROGRAMME_MARKERS) | {"ILMU", "BIDANG", "SLTA", "SMA", "SMU", "SMK", "SEDERAJAT"}


def _trailing_school(programme: str) -> tuple[str, LexiconEntry] | None:
    """A vocational school's abbreviation written after the field ("MESIN STM" → TEKNIK MESIN, "FARMASI SMF",
    "KEPERAWATAN SPK DEPKES" → KEPERAWATAN): the field with the school's own prefix word, and the school's entry.
    The abbreviation was kept in the programme ("KEUANGAN SMEA" met no SMK Akuntansi/Keuangan requirement:
    real-spellings campaign, round 3)."""
    words = programme.upper().split()
    lexicon = _lexicon()
    # the first school after the field; what follows it is the school's own name and town ("Keperawatan SPK Depkes
    # Kesos Blitar", "Farmasi SMF Malang", "Kesekretariatan SMK Angkatan 45 Blitar": a hospital SIMPEG's SLTA cells,
    # the whole tail was kept as the programme; spell13, h33)
    for start in range(1, len(words)):
        for k in (3, 2, 1):
            entry = lexicon.get(" ".join(words[start : start + k])) if start + k <= len(words) else None
            if entry is not None and entry.tingkat == "SMA" and entry.jalur == "kejuruan":
                if set(words[:start]) <= _NO_FIELD_WORDS:  # "Ilmu SUPM Teknologi Budidaya Perikanan": the school
                    return None  # opens the programme's own name, no field comes before it
                field = " ".join(words[:start])
                if slta_stream(field) in SMA_STREAMS:  # "Bahasa SMAK Diponegoro": a general school's stream
                    return None
                if entry.awalan and field != entry.awalan and not field.startswith(entry.awalan + " "):
                    field = f"{entry.awalan} {field}"
                return field, entry
    return None


#: "Prodi DIII Keperawatan", "Program Studi S1 Hukum": a campus list's prefix before the level and programme
_PRODI = re.compile(r"^(?:PRODI|PROGRAM\s+STUDI|PROG\.?\s*STUDI)\.?\s+(?=\S)", re.IGNORECASE)
#: a class of study that names no programme: "(reguler)", "(alih jenjang)", "(ekstensi)"
_STUDY_NOISE = re.compile(
    r"\(\s*(?:NON[\s-]?)?(?:REGULER|REGULAR|ALIH\s+JENJANG|EKSTENSI|KELAS\s+\w+)\s*\)", re.IGNORECASE
)


_LEVEL_AGAIN = re.compile(r"^\(\s*(?:S|D)\s*[-.]?\s*(?:[1-4]|I{1,3}|IV)\s*\)\s*", re.IGNORECASE)


#: the college kinds a cell may open with before the college's town and then its programme ("D3 Politeknik Negeri
#: Kupang Akuntansi", "D3 Akademi Keperawatan Kupang Keperawatan", "S1 Sekolah Tinggi Ilmu Ekonomi Kupang Manajemen").
#: A state polytechnic named after its field is one too: "D3 Politeknik Pertanian Negeri Kupang Agribisnis" read the
#: programme PERTANIAN NEGERI KUPANG AGRIBISNIS, "Politeknik Pelayaran Surabaya Nautika" PELAYARAN SURABAYA NAUTIKA
#: (the ministries' polytechnics and the field-named state ones; spell11, h32)
_COLLEGE_HEAD = re.compile(
    r"(?<![A-Z])(?:POLITEKNIK\s+(?:(?:PERTANIAN|PERIKANAN|PERKAPALAN|ELEKTRONIKA|MANUFAKTUR)\s+)?NEGERI"
    r"|POLITEKNIK\s+(?:KESEHATAN|(?:ILMU\s+)?PELAYARAN|KELAUTAN\s+DAN\s+PERIKANAN|PEMBANGUNAN\s+PERTANIAN"
    r"|PERTANIAN\s+DAN\s+PETERNAKAN|PARIWISATA|PENERBANGAN|TRANSPORTASI\s+DARAT|KEUANGAN\s+NEGARA|STATISTIKA"
    r"|ILMU\s+PEMASYARAKATAN|KESEJAHTERAAN\s+SOSIAL)|AKADEMI|SEKOLAH\s+TINGGI"
    # and a sekolah tinggi or institute by its short name: "S1 STIE Kupang Manajemen", "S1 STKIP PGRI Pendidikan
    # Matematika", "S1 STIKES Kesehatan Masyarakat" read no programme, the college cut as a place (spell20, h35)
    r"|STIKES|STKIP|STIE|STIA|STIH|STISIPOL|STIKOM|STMIK|IKIP)(?![A-Z])"
)
#: the programme tables' kinds whose names are programmes (``pendidikan_program.csv``; not abbreviations or streams)
_PROGRAMME_KINDS = frozenset({"identitas", "juga", "bidang_smk", "gelar_spesialis"})


@lru_cache(maxsize=1)
def known_programmes() -> tuple[frozenset[str], int]:
    """(the programme names the education tables know, the most words of one): the lexicon's programmes, the names
    of ``pendidikan_program.csv`` (identities and their new names, SMK fields, specialties) and PDDikti's diploma and
    sarjana programme names (``pendidikan_prodi.csv``: "D3 Politeknik Negeri Kupang Teknik Sipil" read the programme
    NEGERI KUPANG TEKNIK SIPIL, TEKNIK SIPIL being no name the tables knew; spell10, h32)."""
    names = {e.program for e in _lexicon().values() if e.program}
    for row in data_csv("pendidikan_program.csv"):
        if row["jenis"] in _PROGRAMME_KINDS:
            names.update(_norm_words(row[side]) for side in ("dari", "ke") if row[side])
    names.update(_norm_words(row["nama"]) for row in data_csv("pendidikan_prodi.csv"))
    return frozenset(names), max((len(n.split()) for n in names), default=0)


def _known_tail(text: str) -> str:
    """The longest tail of ``text`` that is a known programme (:func:`known_programmes`), "" without one; only the
    last words a programme name can have are tried (linear in a long cell)."""
    names, longest = known_programmes()
    words = _norm_words(text.replace(".", " ")).split()
    start = max(0, len(words) - longest)
    return next((" ".join(words[k:]) for k in range(start, len(words)) if " ".join(words[k:]) in names), "")


def _known_before_town(programme: str) -> str:
    """The known programme (:func:`known_programmes`) a programme names before a kabupaten or kota it ends with, as
    written: a Poltekkes's prodi and its campus ("Keperawatan Blora", "Gizi Semarang": the town was read as part of
    the programme; spell16, h33); "" when the words before the town are no known programme ("Pendidikan Bahasa
    Lampung" keeps its language), no town ends it, or the whole text is a known programme itself.

    Any capital is a town here, one that is a programme's word too: "Hukum Waris" (a concentration of Ilmu Hukum)
    is a programme and stays whole, "Akuntansi Waris" is Akuntansi at Waris, Keerom's capital. The capital was cut
    after any programme ("S1 Hukum Waris" read HUKUM), or never when it was a programme's word (spell21, h35)."""
    names, whole = known_programmes()[0], _norm_words(programme.replace(".", " "))
    if whole in names or whole.removeprefix("ILMU ") in names:  # "Ilmu Hukum Waris"
        return ""
    head = without_town(programme, every_capital=True)
    if head == programme or head not in names:
        return ""
    written = " ".join(programme.split()[: len(head.split())])
    return written if _norm_words(written.replace(".", " ")) == head else head


def _read_part(text: str) -> tuple[str | None, str, LexiconEntry | None]:
    """:func:`_read_part_as_written`, with the programme after a college that opens the cell: "D3 Politeknik Negeri
    Kupang Akuntansi" read the programme NEGERI KUPANG AKUNTANSI (the college's kind POLITEKNIK was the level). After
    "Politeknik Negeri", "Politeknik Kesehatan", "Akademi" or "Sekolah Tinggi" written first, a programme that is no
    known programme becomes the longest known programme the cell ends with (AKUNTANSI); else it stays (spell9, h32)."""
    level, programme, entry = _read_part_as_written(text)
    # "S-2 Master", "S-1 Lainnya", "Akademi (D III)"; "STM Lain-lain" read TEKNIK LAIN LAIN, the school's prefix on
    # the placeholder (edu30, h38)
    own = programme.removeprefix(f"{entry.awalan} ") if entry is not None and entry.awalan else ""
    if level is not None and (_names_no_programme(programme) or _norm_words(own) in _OTHER_PROGRAMME):
        return level, "", entry
    if level is None or _norm_words(programme) in known_programmes()[0]:
        return level, programme, entry
    if faculty := college_faculty(text):  # "S1 STISIPOL": the college's faculty, as its title S.Sos reads
        return level, faculty, entry
    if level not in _LEVEL_LABEL and (home := _known_before_town(programme)):  # "D-III Keperawatan Blora"
        return level, home, entry
    after = after_college_head(text)
    if _only_place(after):  # "D3 Politeknik Negeri Kupang": the college's town, no programme (spell12, h32)
        return level, "", entry
    return level, (_known_tail(after) if after else "") or programme, entry


#: what a roster writes after a level for a programme it has no name for: "S-1 Lainnya", "SMK Lainnya" (other); and a
#: broad field no requirement names as a programme: "S-2 Sains" (Magister Sains, the M.Si. of any science; edu30, h38)
_OTHER_PROGRAMME = frozenset({"LAINNYA", "LAINYA", "LAIN LAIN", "LAIN-LAIN", "SAINS"})


def _names_no_programme(programme: str) -> bool:
    """Whether the words after a level name no programme: a placeholder (:data:`_OTHER_PROGRAMME`) or the level's
    own word again ("S-2 Master", "S-3 Doktor", "Akademi (D III)": a statistics college's roster cells were read with
    the programmes MASTER, DOKTOR, D III and LAINNYA, programmes no requirement names; spell29, h38)."""
    words = _norm_words(programme.replace("(", " ").replace(")", " "))
    if not words:
        return False
    level, rest = split_level(words)
    return words in _OTHER_PROGRAMME or (level is not None and not rest.strip(" ./-"))


@lru_cache(maxsize=1)
def _known_programme_words() -> frozenset[str]:
    """The words of the programme names the education tables know (:func:`known_programmes`)."""
    return frozenset(w for name in known_programmes()[0] for w in name.split())


@lru_cache(maxsize=1)
def _programme_closing_words() -> frozenset[str]:
    """The words that close known programme names after two or more different words: "NEGARA" (Administrasi Negara,
    Hukum Tata Negara), a word programmes are named with, not a campus town after them. Cut as Jembrana's capital
    after any known programme (spell21), "S-1 HUKUM ADMINISTRASI NEGARA", "S-1 AKUNTANSI NEGARA" and "S-1 MANAJEMEN
    KEUANGAN NEGARA" (SSCASN 2024 majors) read HUKUM, AKUNTANSI, MANAJEMEN KEUANGAN and failed their own
    requirement (review19, h35). "WARIS" closes Hukum Waris alone: still a town after another programme."""
    before: dict[str, set[str]] = {}
    for name in known_programmes()[0]:
        words = name.split()
        if len(words) > 1:
            before.setdefault(words[-1], set()).add(words[-2])
    return frozenset(word for word, heads in before.items() if len(heads) > 1)


def _only_place(after: str) -> bool:
    """Whether the text after a college's kind is its town alone: a kabupaten or kota of the official list
    (:func:`town_start`: "Politeknik Negeri Tanah Laut" kept NEGERI TANAH LAUT as the programme, TANAH and LAUT being
    words of programmes; spell15, h33), or up to :data:`_PLACE_WORDS` words of four letters or more, none of them a
    word of a known programme ("KUPANG", "NUSA UTARA"; "KUPANG MESIN" is no place alone, nor an abbreviation:
    "Akademi Tek. Elektomedik" is a misspelt Teknik Elektromedik)."""
    spoken = _norm_words(after.replace(".", " ")).split()  # "Kab. Tanah Laut"
    if spoken and town_start(spoken) == 0:
        return True
    words = _norm_words(after).split()
    if "." in after or not all(w.isalpha() and len(w) >= 4 for w in words):
        return False
    return 0 < len(words) <= _PLACE_WORDS and not set(words) & (_known_programme_words() | _one_letter_short())


#: the words written before a town's name in an education cell ("Akper Pemkab Tanah Datar", "SMK N 1 Kab. Tanah Laut",
#: "STIKES Kota Waringin Timur")
_TOWN_PREFIX = frozenset(
    {"KAB", "KABUPATEN", "KOTA", "KOTAMADYA", "KODYA", "PEMKAB", "PEMKOT", "PEMDA", "ADMINISTRASI"}
)


@lru_cache(maxsize=2)
def _towns(every_capital: bool = False) -> tuple[frozenset[str], int]:
    """(the kabupaten/kota names of ``wilayah_kabupaten_kota.csv``, Kepmendagri's kode wilayah, and the kabupaten
    capitals it lists (SNI 7657:2010) none of whose words is a known programme's, written without spaces:
    "KOTAWARINGINTIMUR" is also "Kota Waringin Timur"; the most words of one). "D3 Keperawatan Purwokerto" read the
    programme KEPERAWATAN PURWOKERTO: Purwokerto is Banyumas's capital, no kabupaten (spell19, h34). With
    ``every_capital`` the capitals that are a programme's words too (WARIS), for a reader that keeps a known
    programme whole first (:func:`_known_before_town`), but for a word that closes programme names
    (:func:`_programme_closing_words`: NEGARA)."""
    rows = data_csv("wilayah_kabupaten_kota.csv")
    capitals = (_norm_words(re.sub(r"[.-]", " ", row["ibu_kota"])) for row in rows)
    programme_words = _programme_closing_words() if every_capital else _known_programme_words()
    names = [_norm_words(re.sub(r"[.-]", " ", row["nama"])) for row in rows]
    names += [c for c in capitals if len(c) >= 4 and not set(c.split()) & programme_words]  # not SOE, BAA
    return frozenset(n.replace(" ", "") for n in names), max(len(n.split()) for n in names)


def town_start(words: list[str], *, every_capital: bool = False) -> int:
    """Where the name of a kabupaten or kota that ends ``words`` (upper-case words, no punctuation) begins, with the
    words written before it (:data:`_TOWN_PREFIX`: "KAB TANAH LAUT"); ``len(words)`` when they end with none. "KOTA"
    after "DAN" is a programme's ("Perencanaan Wilayah dan Kota Malang": MALANG only is the town). ``every_capital``:
    :func:`_towns`."""
    towns, longest = _towns(every_capital)
    first = max(0, len(words) - longest - 2)  # a name written in more words than the list's ("KOTA WARINGIN TIMUR")
    start = next((k for k in range(first, len(words)) if "".join(words[k:]) in towns), None)
    if start is None:  # no town: a last word such as ADMINISTRASI or KOTA is the programme's
        return len(words)
    while start and words[start - 1] in _TOWN_PREFIX and not (start > 1 and words[start - 2] == "DAN"):
        start -= 1
    return start


def _town_opening(words: list[str]) -> int:
    """How many of ``words`` (upper case) a kabupaten or kota they open with takes, the words written before it
    (:data:`_TOWN_PREFIX`) included; 0 when they open with none."""
    towns, longest = _towns()
    skip = next((k for k, w in enumerate(words) if w not in _TOWN_PREFIX), len(words))
    for start in (skip, 0):  # "KAB TANAH LAUT"; "KOTA BARU", the name Kotabaru written apart
        ends = range(min(len(words), start + longest + 2), start, -1)
        end = next((k for k in ends if "".join(words[start:k]) in towns), 0)
        if end:
            return end
    return 0


def without_town(text: str, *, every_capital: bool = False) -> str:
    """``text`` without the kabupaten or kota it ends with, and without a college owner's word left before it
    ("DEPKES TANAH DATAR": "", "PERTANIAN TANAH LAUT": PERTANIAN); ``text`` as written when it ends with no town.
    ``every_capital``: :func:`_towns`."""
    words = _norm_words(text.replace(".", " ")).split()
    start = town_start(words, every_capital=every_capital)
    if start == len(words):
        return text
    while start and words[start - 1] in _COLLEGE_OWNER:
        start -= 1
    return " ".join(words[:start])


@lru_cache(maxsize=1)
def _one_letter_short() -> frozenset[str]:
    """The words of known programmes (:func:`_known_programme_words`) of eight letters or more with one letter left
    out: "AKADEMI ELEKTOMEDIK" (Elektromedik) read ELEKTOMEDIK as the academy's town and no programme (spell14, h33).
    A dropped letter only, in a long word: a town one letter off a programme word is a substitution ("KANDANGAN",
    Kandungan) or short."""
    long_words = (w for w in _known_programme_words() if len(w) >= 8)
    return frozenset(w[:k] + w[k + 1 :] for w in long_words for k in range(len(w)))


@lru_cache(maxsize=1)
def _college_faculties() -> tuple[tuple[str, str], ...]:
    """(college name, the programme named for its faculty) of ``pendidikan_program.csv`` (jenis ``fakultas_pt``), and
    the colleges of the school lexicon with a programme of their own (``pendidikan_sekolah.csv``: STIS, STPDN), whatever
    level is written before them ("D III STIS" read no programme, the D-IV college cut as a place; spell20, h35);
    longest name first."""
    rows = [(r["dari"], r["ke"]) for r in data_csv("pendidikan_program.csv") if r["jenis"] == "fakultas_pt"]
    rows += [(e.ejaan, e.program) for e in _lexicon().values() if e.tingkat in _DEGREES and e.program]
    return tuple(sorted(rows, key=lambda pair: -len(pair[0])))


def college_faculty(text: str) -> str:
    """The programme named for the faculty of a college an education cell names alone, its level and town aside ("S1
    STISIPOL", "S1 STIE Kupang": ILMU SOSIAL, EKONOMI, as the titles S.Sos and S.E read; it read no programme, the
    college cut as a place; spell20, h35); "" when the cell names a programme after it ("S1 STIE Kupang Manajemen")."""
    body = _norm_words(split_level(text.upper())[1].replace(".", " "))
    for name, faculty in _college_faculties():
        if body == name or (body.startswith(name + " ") and _only_place(body[len(name) :])):
            return faculty
    return ""


def after_college_head(text: str) -> str:
    """The text after a college's kind that opens an education cell, its level aside ("D3 Politeknik Negeri Kupang
    Akuntansi": KUPANG AKUNTANSI); "" when no college opens it ("D3 Akuntansi Politeknik Negeri Kupang")."""
    upper = text.upper()
    head = _COLLEGE_HEAD.search(upper)
    if head is None or split_level(upper[: head.start()].strip(" -:/|,"))[1].strip(" -:/|,."):
        return ""
    return upper[head.end() :].strip()


def _rest_is_levels(text: str, rest: str) -> bool:
    """Whether what follows a school word is other names of the same level joined by "/" ("AKADEMI/DIPLOMA III/SARJANA
    MUDA", the category as SIASN and Dukcapil name it, read the programme DIPLOMA III/SARJANA MUDA; spell16, h33)."""
    if not rest or "/" not in text:
        return False
    level, after = split_level(text)
    return level is not None and not after.strip(" -:/|,.")


def _read_part_as_written(text: str) -> tuple[str | None, str, LexiconEntry | None]:
    """Read one education text (one side of a "+"): level, programme (the school or college named after it left
    out: :func:`_without_place`) and the lexicon entry used."""
    text = _STATE_SCHOOL.sub(r"\1 NEGERI", text).strip(" -:/|,")
    text = _STUDY_NOISE.sub(" ", _PRODI.sub("", text)).strip()
    if not text:
        return None, "", None
    found = lexicon_match(text)
    if found is not None and _rest_is_levels(text, found[1]):  # SIASN's "Akademi/Diploma III/Sarjana Muda"
        return split_level(text)[0], "", found[0]
    if found is not None:
        entry, rest = found
        if _POLTEKKES.match(text):
            return _school_level(entry, rest), _programme_after_college(text), entry
        if entry.tingkat == "SMA" and entry.jalur == JALUR_KEJURUAN and rest.upper() in SMK_COMPETENCIES:
            # "SMK AKL" is Akuntansi dan Keuangan Lembaga, not the D-III academy AKL (it was read as D-III)
            return "SMA", SMK_COMPETENCIES[rest.upper()], entry
        school = _school_level(entry, rest)
        if entry.program:  # a school with a programme of its own: what follows its name is the place
            rest = _without_place(school, rest)
        else:
            rest = _without_place(school, rest, vocational=entry.jalur == "kejuruan")
        if school == "SMA":  # "SMK Negeri 1 Tanjung Jabung Barat", "SPK Depkes Tanah Datar": the school's town
            rest = without_town(rest)
        programme = rest
        if entry.program and entry.tingkat == "D-III" and not set(rest.upper().split()) & set(entry.program.split()):
            # an academy whose name is its programme: what follows names the academy ("AKPER BHAKTI HUSADA", "AKBID
            # YARSI", "AKPER DEPKES" are KEPERAWATAN, KEBIDANAN, KEPERAWATAN; they were "BHAKTI HUSADA" …, no match
            # for a D-III Keperawatan post). After a school's name (SUPM, SPP) the rest stays: its specialisation
            programme = entry.program
        elif entry.program in PROFESSIONS and not _profession_field(entry, rest):
            programme = entry.program  # "Profesi Keperawatan SURYA MITRA HUSADA KEDIRI": the college after it
        elif not programme:
            programme = entry.program
        elif entry.awalan and not programme.startswith(entry.awalan + " "):
            programme = f"{entry.awalan} {programme}"
        behind = _trailing_school(programme) if school == "SMA" else None
        if behind is not None:  # "SLTA Mesin STM", "SLTA Keperawatan SPK Depkes": the school named after the field
            programme, entry = behind
        return school, programme, entry
    trailing = _TRAILING_LEVEL.search(text.upper())
    if trailing is not None:  # "KEPERAWATAN (S1)"
        level = parse_level(trailing.group(1) or trailing.group(2))
        return level, _without_place(level, text[: trailing.start()].strip()), None
    level, rest = split_level(text)
    if level is not None:  # "Sarjana (S1) …", "Ahli Madya (DIII) …": the level said again in brackets
        rest = _LEVEL_AGAIN.sub("", rest)
    if level is not None and rest:
        inner = lexicon_match(rest)  # "D-III AKPER", "SLTA KEJURUAN - AKUNTANSI"
        if inner is not None and EDUCATION_RANK.get(inner[0].tingkat) == EDUCATION_RANK.get(level):
            _, programme, inner_entry = _read_part_as_written(rest)
            return level, programme, inner_entry
        # "S2 MAGISTER TEKNIK SIPIL": the level said again in words (spell29, h38); only after the school read
        # above, whose word may say the level too ("D. III AKADEMI KEBIDANAN KARYA HUSADA": reviewC, h38)
        again, after = split_level(rest)
        if again == level and after:
            rest = after
    if level is None:
        return None, text.strip(" /-:"), None
    return level, _without_place(level, rest.strip(" /-:")), None


def _profession_field(entry: LexiconEntry, rest: str) -> bool:
    """Whether what follows a health profession names a programme (a word of the profession's, or a programme the
    tables know); else it is the college's name and town, no college word before it ("S1 Profesi Keperawatan SURYA
    MITRA HUSADA KEDIRI KEDIRI": a hospital SIMPEG's cell read the programme SURYA MITRA HUSADA KEDIRI KEDIRI, no
    match for a Ners post; spell14, h33)."""
    words = _norm_words(rest.replace(".", " "))
    return not words or bool(set(words.split()) & set(entry.program.split())) or words in known_programmes()[0]


#: the professions a degree leads to (the programmes of the lexicon's Profesi entries: ``pendidikan_tingkat.csv``),
#: as written after "Profesi": only these make "… Profesi X" a profession ("Etika Profesi", "Profesi Humas" are not)
_PROFESSION_WORDS = r"(?:NERS|NURSE|KEPERAWATAN|APOTEKER|DOKTER|BIDAN|DIETISIEN)\b"
#: the professions written bare after the degree they are entered from, as only their holders write them: "S1
#: Keperawatan / Ners" (a hospital HR app's nurse), "Ilmu Keperawatan & Ners" (a clinic's roster, level "S-1 +
#: Profesi"), "S1 Farmasi/Apoteker" (spell6, h31: "+" read the profession, "/" and "&" the degree only)
_HELD_PROFESSION = r"(?:NERS|APOTEKER)[\s.]*$"
#: where a profession follows the degree in one text: "S-1 KEPERAWATAN + NERS", "Keperawatan, Profesi Ners", "Sarjana
#: Terapan Kebidanan dan Pendidikan Profesi Bidan", "Kedokteran / Profesi Dokter", "Keperawatan Profesi (NERS)", and
#: a bare profession after "/", "&", "," or "dan" (:data:`_HELD_PROFESSION`): one rule for every separator
_PLUS = re.compile(
    r"\s*\+\s*|(?<=\S)\s*(?:[,/&]|\s+DAN\b)?\s*(?=\bPROFESI\s*\(?\s*" + _PROFESSION_WORDS + ")"
    r"|(?<=\S)\s*(?:[,/&]|\s+DAN\b)\s*(?=\b" + _HELD_PROFESSION + ")",
    re.IGNORECASE,
)
#: a profession after its own degree with a space only: "S1 KEPERAWATAN NERS", "S1 KEP. NERS", "S1 FARMASI
#: APOTEKER" (a Puskesmas roster's cells of its S.Kep.Ns nurses, read S-1; spell24, h36); split only after the level
#: the profession is entered from, or none written
_SPACED_HELD = re.compile(
    r"(?<=KEPERAWATAN)\s+(?=NERS[\s.]*$)|(?<=KEP\.)\s*(?=NERS[\s.]*$)|(?<=FARMASI)\s+(?=APOTEKER[\s.]*$)",
    re.IGNORECASE,
)
#: "Pendidikan Profesi Ners", "Program Profesi Keperawatan": the profession itself (PDDikti's programme names)
_PROFESSION_PROGRAMME = re.compile(
    r"\b(?:PENDIDIKAN|PROGRAM(?:\s+STUDI)?)\s+(?=PROFESI\s+" + _PROFESSION_WORDS + ")", re.IGNORECASE
)
#: the programmes of those professions (what :func:`parse_education` reads them as)
PROFESSIONS = frozenset({"NERS", "APOTEKER", "DOKTER", "DOKTER GIGI", "DOKTER HEWAN", "PROFESI BIDAN", "DIETISIEN"})
#: "Profesi (NERS)": the profession named in brackets
_PROFESSION_BRACKETS = re.compile(r"^\s*(PROFESI)\s*\(([^()]*)\)\s*$", re.IGNORECASE)


def _split_plus(text: str) -> list[str]:
    """The parts of an education cell: "S-1 KEPERAWATAN + NERS" (the highest level written wins), a profession
    written after the degree (:data:`_PLUS`) its own part."""
    if _SPACED_HELD.search(text) and split_level(text)[0] in {None, *PROFESSION_ENTRY}:
        text = _SPACED_HELD.sub(" + ", text)
    parts = (_PROFESSION_BRACKETS.sub(r"\1 \2", part) for part in _PLUS.split(_PROFESSION_PROGRAMME.sub("", text)))
    return [part for part in parts if part.strip()]


def _history(part: str) -> list[str]:
    """A cell listing schooling one after another ("SPK thn 89,D3 Keperawatan DEPKES", "S1 FKG UI, S2 ABI")
    as its entries, when the entries separated by a comma, a semicolon or "dan" before a level name at least two
    different levels or are each a degree written with its level; else the cell as it is: "S-1 EKONOMI, MANAJEMEN"
    is one programme written with a comma, "SMA, MA Program A-1" one level written two ways."""
    pieces = [p.strip() for p in _ENTRY_SEPARATOR.split(part) if p.strip()]
    if len(pieces) < 2:
        return [part]
    finished = [p for p in pieces if not _UNFINISHED().search(p)]
    if len(finished) < len(pieces):  # "S-1 (sedang)": not yet the person's education
        return finished or [part]
    levels = {level for level in (_read_part(p)[0] for p in pieces) if level is not None}
    # two degrees of one level, each written with it: "S2 Perencanaan Kota dan Daerah, S2 Urban Management", "S1 Ilmu
    # Hukum dan S1 Pemerintahan" were read as one programme of both texts (spell20, h35)
    degrees = all(split_level(p)[0] in _DEGREES for p in pieces)
    return pieces if len(levels) >= 2 or degrees else [part]


#: what separates the entries of a history cell: a comma, a semicolon, or "dan" before a degree's level
_ENTRY_SEPARATOR = re.compile(r"[,;]|\s+DAN\s+(?=(?:S|D)\s*[-.]?\s*(?:[1-4]|I{1,3}|IV)\s)", re.IGNORECASE)
#: the levels of a degree (a school level written twice is one level written two ways: "SMA, MA Program A-1")
_DEGREES = frozenset({"D-I", "D-II", "D-III", "D-IV", "S-1", "S-2", "S-3"})


#: an entry of a history cell still being studied or not finished: it is not the person's education yet
@functools.cache
def _UNFINISHED() -> re.Pattern[str]:
    return re.compile(r"\b(?:SEDANG|BELUM\s+(?:LULUS|SELESAI|TAMAT)|TIDAK\s+(?:LULUS|TAMAT)|TUGAS\s+BELAJAR)\b", re.I)


@lru_cache(maxsize=65536)
def parse_education(pendidikan: str | None, jurusan: str | None, nama: str | None = None) -> ParsedEducation:
    """Read an employee's education from the level cell, the programme cell and the name.

    The level column wins for the level; the programme column wins for the programme; a one-column cell ("S-1 TEKNIK
    INFORMATIKA", "SPK", "SMEA KEUANGAN") is split into level and programme. School and level words come from the
    lexicon (``pendidikan_sekolah.csv``, ``pendidikan_tingkat.csv``): "STM ELEKTRO" is SLTA kejuruan, field teknik,
    programme TEKNIK ELEKTRO. Certificates (AKTA IV, STR) are dropped; "S-1 KEPERAWATAN + NERS" is the Ners profession,
    also holding S-1 Keperawatan. Titles in ``nama`` are used only when no level or no programme is written.
    """
    level_text = strip_certificates(_clean_keep(pendidikan))
    prog_text = strip_certificates(_clean_keep(jurusan))
    if (titled := _titled_education(level_text, prog_text, nama)) is not None:
        return titled  # a cell of titles ("S1 | S.Kom", "Ak., M.Si"): read as roster_education reads it
    specialist = specialist_beside_degree(level_text or None, prog_text or level_text, nama) if nama else None
    if specialist is not None:
        level_text, prog_text = specialist  # "KEDOKTERAN" written, "dr. X, Sp.PD" in the name
    if not prog_text and level_text:
        entries = _history(level_text)
        if len(entries) > 1:  # a schooling history in one cell: the highest entry is the education
            return _highest(entries, nama)
        if entries[0] != level_text:  # "D-III, S-1 (sedang)": the entry finished
            return parse_education(entries[0], None, nama)
    rules: list[str] = [f"gelar dalam nama menunjukkan {prog_text.rpartition(' + ')[2]}"] if specialist else []
    jalur: str | None = None
    bidang: str | None = None
    readings: list[tuple[str | None, str]] = []

    # the level cell: canonical levels, codes, school words ("SMEA" with JURUSAN "KEUANGAN")
    level = parse_level(level_text) if level_text else None
    cell_entry = lexicon_entry(level_text) if level_text else None
    schools = [cell_entry] if cell_entry is not None else []  # the school words read in either cell
    if cell_entry is not None:
        jalur, bidang = cell_entry.jalur, cell_entry.bidang
        if cell_entry.informative:
            rules.append(cell_entry.aturan)

    source = prog_text or level_text  # one-column education: the level cell also names the programme
    for part in _split_plus(source):
        part_level, programme, entry = _read_part(part)
        if entry is not None and entry.jalur and level is not None and _below(level, entry, prog_text, cell_entry):
            part_level, programme, entry = None, part.strip(" -:/"), None  # "PENDIDIKAN GURU ..." at S-1
        if source is level_text and part_level is None and programme and level is not None:
            programme = _after_bare_si(part) if level == "S-1" else ""  # a level only ("SLTA/SMA SEDERAJAT")
        if entry is not None:
            schools.append(entry)
            if entry.jalur:
                jalur = entry.jalur
            bidang = entry.bidang or bidang
            if entry.informative and entry.aturan not in rules:
                rules.append(entry.aturan)
        if source is level_text and not prog_text and part_level is None and programme == level_text:
            programme = _programme_without_level(level, level_text)
        readings.append((part_level, programme))
    if cell_entry is not None and prog_text and readings and not readings[0][1].startswith(cell_entry.awalan or "\0"):
        if cell_entry.awalan:
            readings[0] = (readings[0][0], f"{cell_entry.awalan} {readings[0][1]}".strip())
        if not readings[0][1] and cell_entry.program:
            readings[0] = (readings[0][0], cell_entry.program)

    # the highest level written wins ("S-1 KEPERAWATAN + NERS" is the profession)
    ranked = _ranked(readings, level)
    best = ranked[0] if ranked else (readings[0] if readings else (None, ""))
    programme = best[1] or next((p for _, p in readings if p), "")
    level = level or best[0]
    one_cell = not prog_text or not level_text  # a written level column is not raised by its programme
    if one_cell and level and best[0] and EDUCATION_RANK.get(best[0], 0) > EDUCATION_RANK.get(level, 0):
        level = best[0]
    written = level
    level, programme = _profession_level(level, programme, best, readings, one_cell, rules)
    if prog_text and best[0] is None:  # a programme column read at the level column's level
        programme = _column_programme(level, programme)
    others = _other_programmes(readings, programme, written, schools)
    if level in _LEVEL_LABEL and programme and jalur in (None, JALUR_UMUM):
        programme, jalur, others = _slta_programme(level, programme, jalur, others, rules)
    from_title, first = False, None
    if nama and (level is None or not programme):
        level, programme, from_title, first = _from_titles(nama, level, programme, rules)
    return ParsedEducation(level, programme, jalur, bidang, tuple(rules), others, from_title, first)


def _ranked(readings: list[tuple[str | None, str]], level: str | None) -> list[tuple[str | None, str]]:
    """The (level, programme) readings that name a level, highest first; a profession's only where the level cell and
    the readings hold it (:func:`held_level`: "D3 KEPERAWATAN / NERS" is the D-III, not Ners)."""
    top = held_level([level, *(r[0] for r in readings)])
    held = (r for r in readings if r[0] is not None and (r[0] != PROFESI or top == PROFESI))
    return sorted(held, key=lambda r: EDUCATION_RANK.get(r[0] or "", 0), reverse=True)


def _other_programmes(
    readings: list[tuple[str | None, str]], programme: str, written: str | None, schools: list[LexiconEntry]
) -> tuple[tuple[str, str], ...]:
    """The (level, programme) pairs held besides ``programme``: every other programme read, and the own programme of
    an SLTA school read in either cell ("SPG" + "TK", "SMA" + "SPG SD": every SPG graduate holds PENDIDIKAN GURU;
    spell23, h35: the roster's "SPG SD" held only PENDIDIKAN GURU SD, where "SPG" + "SD" held both)."""
    others = tuple((lv or written or "", p) for lv, p in readings if p and p != programme)
    held = {programme, "", *(p for _, p in others)}
    for school in schools:
        if school.tingkat == "SMA" and school.program not in held:
            others = (*others, ("SMA", school.program))
            held.add(school.program)
    return others


def _titled_education(level_text: str, prog_text: str, nama: str | None) -> ParsedEducation | None:
    """The education of a row with a cell of titles (:func:`_titles_cells`), the name's titles read where the cells
    name no level or programme; None for a row without one."""
    if (split := _after_titles(level_text, prog_text)) is not None:
        return parse_education(*split, nama)
    titled = _titles_cells(level_text, prog_text)
    if titled is None:
        return None
    level, titles, in_programme = titled
    if prog_text and not in_programme:
        return parse_education(level, prog_text, nama)
    if not nama or (level and titles.programme):
        return replace(titles, level=level)
    rules = list(titles.aturan)
    level, programme, from_title, first = _from_titles(nama, level, titles.programme, rules)
    return replace(
        titles, level=level, programme=programme, aturan=tuple(rules), dari_gelar=from_title, gelar_pertama=first
    )


@lru_cache(maxsize=65536)
def _after_titles(level_text: str, prog_text: str) -> tuple[str, str] | None:
    """(level, programme) of a row whose programme cell, else level cell, opens with titles and names the programme
    after them (:func:`titles_then_programme`: "S.E Akuntansi"): the titles' level, or the level cell's when higher,
    and the words after the titles; None for any other row. One reading for the matcher (:func:`parse_education`)
    and the roster (:func:`roster_education`), which read the cells stripped of certificates alike."""
    split = titles_then_programme(prog_text or level_text)
    if split is None:
        return None
    level = parse_level(level_text) if prog_text and level_text else None
    return _higher(level, split[0]) or split[0], split[1]


#: a cell's opening words and the rest (:func:`titles_then_programme`): up to three words before the programme
@functools.cache
def _OPENING_WORDS() -> re.Pattern[str]:
    return re.compile(r"^\s*((?:[A-Za-z][A-Za-z.]{0,8}[\s,]+){1,3}?)(?=[A-Za-z]{3})")


def titles_then_programme(cell: str) -> tuple[str, str] | None:
    """(level, programme) of a cell that opens with academic titles and names the programme after them, as rosters
    write an employee's education ("S.E Akuntansi", "S.Pd Matematika", "S.Kom Teknik Informatika", "SE Akuntansi"):
    the level the titles name and the words after them; None for any other cell, one that names a level in its words
    ("MA IPA", "SI. Hukum") or of titles only ("A.Md. Kep", "dr. Umum": :func:`_titles_cells`). Titles written without
    a dot name a level only before a programme the tables know ("SE Akuntansi"; "SP Kebun" stays as written). These
    cells read no level and no programme (spell24, h36: "S.E Akuntansi" failed every S-1 post)."""
    if not cell:
        return None
    if (arts := _master_of_arts(cell)) is not None:
        return arts
    if (taught := _abbreviation_after_education_title(cell)) is not None:
        return taught
    if (school := _school_after_titles(cell)) is not None:
        return school, ""
    if (taught := _school_after_programme(cell)) is not None:
        return taught
    if (written := _level_after_titles(cell)) is not None:
        return written
    if parse_level(cell) is not None and not _level_in_title(cell):
        return None
    if (opening := _OPENING_WORDS().match(cell)) is None:
        return None
    if titles_education(cell) is not None:
        return None  # titles only ("A.Md. Kep"): :func:`_titles_cells`
    for end in sorted((m.end() for m in re.finditer(r"[\s,]+", opening.group(1))), reverse=True):
        head, rest = cell[:end].strip(" ,"), cell[end:].strip(" ,.-:/")
        titles = titles_education(head)
        if titles is None or titles.level is None or split_level(rest)[0] is not None:
            continue
        if _programme_after_titles(head, rest):
            return titles.level, rest
        # dotted titles before a unit or a region ("S.E. Kab. Bandung"): the titles' level, no programme (spell26, h36)
        return (titles.level, "") if "." in head and _opens_with_unit(rest) else None
    return None


def _level_in_title(cell: str) -> bool:
    """Whether the only level a cell names is the one its first word, a dotted title, is read as: "S.Si. Kimia" (the
    "Si" of Sarjana Sains read as S-1, so the cell was no titles-then-programme one and read no programme; spell27,
    h37); not "SI. Hukum" or "MA IPA", whose first word is a level."""
    first, _, rest = cell.strip().partition(" ")
    first, _, after_comma = first.partition(",")
    rest = f"{after_comma} {rest}"
    if "." not in first.strip(".") or parse_level(rest) is not None:
        return False
    titles = titles_education(first)  # the level the word reads as a title ("S.MUDA" is Sarjana Muda, D-III)
    return titles is not None and titles.level is not None and titles.level == parse_level(first)


#: the most words a cell's titles take before a school (:func:`_school_after_titles`): "Dr. H. S.Pd., M.Pd. SMAN 1"
_TITLE_WORDS_MAX = 6


def _after_dotted_words(cell: str) -> Iterator[tuple[str, str]]:
    """(the words before, the rest) of a cell cut at each gap (spaces, commas) among its first
    :data:`_TITLE_WORDS_MAX` whose words before it hold a dot, as titles do: where :func:`_school_after_titles`,
    :func:`_master_of_arts` and :func:`_level_after_titles` look for what follows a cell's titles. Titles take a few
    words at most: a cell of 1,800 "Poltekkes Prodi" matched the lexicon against every rest, 2.3 s
    (tests/test_long_text_linear.py)."""
    for gap in itertools.islice(re.finditer(r"[\s,]+", cell), _TITLE_WORDS_MAX):
        if "." in (head := cell[: gap.start()]):
            yield head, cell[gap.end() :]


def _school_after_titles(cell: str) -> str | None:
    """The level of a cell of dotted titles and then a school below it, where the titled teaches or works: "S.Pd,
    MTs" read SMP, "S.Pd MA" no level at all, "S.Pd MAN" S-1 with the programme "MAN" (spell27, h37); the titles
    decide the level and the school names no programme. None for any other cell, one whose school letters make one
    title with the titles ("S.Pd. SD": S.Pd.SD, Sarjana Pendidikan Sekolah Dasar)."""
    from asn_mutasi.domain.gelar import known_title, undotted_master  # titles live in their own module

    for head, rest in _after_dotted_words(cell):
        words = rest.split()
        first = words[0].rstrip(",") if words else ""  # "S.Ag., MA., Ph.D.": the comma after the title's dot
        if not words or undotted_master(first, head.split()) != first:
            continue  # "S.E. MAk": a master's title, no madrasah
        found = lexicon_match(rest)  # a school, or its first word a school's level ("SMPN 1 Bandung", "MTsN")
        school = found[0].tingkat if found is not None else parse_level(words[0])
        if school not in _LEVEL_LABEL:
            continue
        if known_title(f"{head.rstrip('.')}.{rest.strip()}"):
            return None
        titles = titles_education(head)
        if titles is not None and titles.level is not None and _order(titles.level) > _order(school):
            return titles.level
    return None


#: the first degrees a Master of Arts follows (:func:`_master_of_arts`)
_FIRST_DEGREES = frozenset({"S-1", "D-IV"})


def _master_of_arts(cell: str) -> tuple[str, str] | None:
    """(level, programme) of a cell of a first degree's dotted titles, "MA" and words after it. "MA" before an SLTA
    stream is the madrasah aliyah where the titled teaches ("S.Pd. MA IPA": the titles' level, no programme; "S.Pd. MA
    Matematika": the stream a programme too, kept as the first degree's); before a school's own name ("MA Negeri 1")
    too. Before a programme the tables know, or any field after a comma ("S.Pd., MA Sejarah"), it is M.A., Master of
    Arts, in that field (spell29 and edu30, h38: the programme was lost, MA read as the school). None for any other
    cell: "S.Pd. MA" and "S.Pd., MA" (M.A., read as titles only: :func:`titles_education`)."""
    for head, rest in _after_dotted_words(cell):
        first, _, field = rest.partition(" ")
        if first.rstrip(".,") != "MA":
            continue
        titles = titles_education(head)
        words, field = _norm_words(field), field.strip(" ,.-:/")
        if titles is None or titles.level not in _FIRST_DEGREES or not words or titles_education(field) is not None:
            return None  # "S.Ag., MA., Ph.D.": titles after M.A., read with it (:func:`titles_education`)
        if words in SMA_STREAMS or _SCHOOL_NAME.match(field):
            return titles.level, field if words in _programme_names() else ""
        if words in _programme_names() or "," in cell.removesuffix(rest):  # (the titles and the gap after them)
            return "S-2", field
        return titles.level, ""  # "S.Pd. MA Al Hikmah": a madrasah's name
    return None


def _level_after_titles(cell: str) -> tuple[str, str] | None:
    """(level, programme) of a cell of dotted titles and then a level with its programme, as high as the titles' or
    higher: "S.Si. S2 Kimia" is the master's in chemistry the Sarjana Sains went on to (spell29, h38: read S-1 with no
    programme, the written level making it no titles-then-programme cell). None for any other cell, one whose written
    level is below the titles' (the titles' level is the highest held) or names no programme."""
    for head, rest in _after_dotted_words(cell):
        if split_level(rest)[0] is None:
            continue
        # read as a cell of its own (:func:`_read_part`): "S.Pd. S2 Magister Manajemen", "S.Pd. S2 Lainnya" kept
        # MAGISTER and LAINNYA as the programme the same level and programme alone drop (reviewC, h38)
        level, programme, _ = _read_part(rest)
        titles = titles_education(head)
        if level is None or titles is None or titles.level is None or not programme.strip(" ,.-:/"):
            return None
        return (level, programme.strip(" ,.-:/")) if _order(level) >= _order(titles.level) else None
    return None


def _school_after_programme(cell: str) -> tuple[str, str] | None:
    """(level, programme) of a cell of titles, a programme the tables know and then a school, where the titled
    teaches: "S.Pd. Biologi SMA" read SMA from its school (spell29, h38); the school names no education held. Before
    a school below the titles' level the words that are no known programme read no programme, the titles' level kept
    ("S.Pd. Guru Kelas SD" was SD: reviewC, h38; the school's letters may belong to the programme, "Guru SD"). None
    for any other cell: the words before the school no titles-then-programme cell (:func:`titles_then_programme`)."""
    words = cell.split()
    # the school comes after the titles and a programme: a few words at most (linear in a long cell)
    for cut in range(2, min(len(words), _TITLE_WORDS_MAX + 2)):
        found = lexicon_match(" ".join(words[cut:]))
        school = found[0].tingkat if found is not None else parse_level(words[cut])
        if school not in _LEVEL_LABEL:
            continue
        split = titles_then_programme(" ".join(words[:cut]))
        if split is None or _order(split[0]) <= _order(school):
            return None
        return split if _norm_words(split[1]) in _programme_names() else (split[0], "")
    return None


def _opens_with_unit(rest: str) -> bool:
    """Whether the words after a cell's titles open with a unit's or a region's word (:data:`_UNIT_OPENING`)."""
    words = _norm_words(rest.replace(".", " ")).split()
    return bool(words) and words[0].lower() in _UNIT_OPENING


#: the first words of a unit or a region (:mod:`asn_mutasi.domain.unit`'s heads, a kabupaten's short forms): after
#: titles they name where one works, not what one studied
_UNIT_OPENING = PART_HEADS | OFFICE_HEADS | REGION_LEVELS.keys() | {"kab", "kodya", "kotamadya", "pemkab", "pemkot"}


def _programme_after_titles(head: str, rest: str) -> bool:
    """Whether the words after a cell's titles (:func:`titles_then_programme`) name a programme: a programme the
    tables know after titles written without a dot ("SE Akuntansi"); after dotted ones any words but a unit's or a
    region's ("S.E. Kab. Bandung", "S.T Bidang Bina Marga": a unit in the education column) or, after a title written
    in front of a name, words that end in no known programme ("Drs. Ahmad Yani", "Dra. Hj. Siti Aminah": the name
    column's cell read S-1 with the name as the programme; review22, h36)."""
    from asn_mutasi.domain.gelar import opens_with_front_title

    if not _norm_words(rest.replace(".", " ")).split() or _opens_with_unit(rest):
        return False
    if "." not in head:
        return _norm_words(rest) in known_programmes()[0]
    return not opens_with_front_title(head) or bool(_known_tail(rest))


def _programme_without_level(level: str | None, cell: str) -> str:
    """The programme of a one-column cell that names no level: the cell itself when it is a programme the education
    tables know (:func:`known_programmes`: "ILMU ADMINISTRASI NEGARA", "AKUNTANSI" in the level column read no
    programme and failed their own requirement; spell22, h35) or one's abbreviation ("PGSD"); "" for a level read from it or any other text (a level
    misspelt, "SLTASEDERAJAT"; "TIDAK SEKOLAH")."""
    return cell if level is None and _norm_words(cell) in _programme_names() else ""


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def programme_abbreviations() -> dict[str, str]:
    """The one-word programme abbreviations of ``pendidikan_program.csv`` ("PGSD", "PGTK", "PJKR", "PBA") and the
    programme each stands for: a level cell of one of them alone is the programme, its level unknown (PGSD is taught
    at D-II and S-1: spell25, h36, "PGSD" alone read no programme, where "BIDAN" and "GIZI" alone did); the matcher
    expands them (:data:`~asn_mutasi.matching.programme.ABBREVIATIONS`)."""
    rows = data_csv("pendidikan_program.csv")
    return {r["dari"]: r["ke"] for r in rows if r["jenis"] == "singkatan" and " " not in r["dari"]}


@lru_cache(maxsize=1)
def word_abbreviations() -> dict[str, str]:
    """The one-word abbreviations of a word within a programme name (``singkatan_kata`` of ``pendidikan_program.csv``:
    "TEK", "ADM", "BK") and the words each stands for: no programme when written alone."""
    rows = data_csv("pendidikan_program.csv")
    return {r["dari"]: r["ke"] for r in rows if r["jenis"] == "singkatan_kata" and " " not in r["dari"]}


#: the cell's last word after its titles (:func:`_abbreviation_after_education_title`)
_LAST_WORD = re.compile(r"^(.*?[A-Za-z.])[\s,]+([A-Za-z0-9]{2,7})\.?\s*$")


def _abbreviation_after_education_title(cell: str) -> tuple[str, str] | None:
    """(level, programme) of a cell of an education degree's dotted titles (S.Pd., M.Pd.) and a word's abbreviation
    (:func:`word_abbreviations`) that names a programme there: "S.Pd. BK" is Bimbingan dan Konseling, an S.Pd.
    programme; "S.Pd. TI" Pendidikan Teknik Informatika (edu30, h38: read S-1 with no programme, "S.Pd BK" no level
    at all). After any other title the word stays no programme ("S.E. BK"); so does a word naming no education
    programme ("S.Pd. KEP" read KEPERAWATAN, "S.Pd. AKT" AKUNTANSI, "S.Pd. HI" HUBUNGAN INTERNASIONAL; reviewF, h38)."""
    from asn_mutasi.domain.gelar import parse_titles, titled_name  # titles live in their own module

    if (match := _LAST_WORD.match(cell)) is None or "." not in match.group(1):
        return None
    words = word_abbreviations().get(match.group(2).upper())
    known = known_programmes()[0]
    programme = next((p for p in (f"PENDIDIKAN {words}", words) if words and p in known), None)
    if programme is None or programme == "PENDIDIKAN" or not _teacher_programme(programme):
        return None
    titles = titles_education(match.group(1).strip(" ,"))
    if titles is None or titles.level is None:
        return None
    return (titles.level, programme) if parse_titles(titled_name(match.group(1))).family == "pendidikan" else None


#: the programmes an education degree (S.Pd., M.Pd.) grants whose names do not say PENDIDIKAN
_TEACHER_PROGRAMMES_UNNAMED = frozenset({"BIMBINGAN DAN KONSELING", "BIMBINGAN KONSELING"})


def _teacher_programme(programme: str) -> bool:
    """Whether an education degree grants a programme: one of education ("PENDIDIKAN EKONOMI", "ADMINISTRASI
    PENDIDIKAN") or :data:`_TEACHER_PROGRAMMES_UNNAMED`."""
    return "PENDIDIKAN" in programme.split() or programme in _TEACHER_PROGRAMMES_UNNAMED


@lru_cache(maxsize=1)
def _programme_names() -> frozenset[str]:
    """The programmes the education tables know (:func:`known_programmes`) and their one-word abbreviations."""
    return known_programmes()[0] | frozenset(programme_abbreviations())


def _column_programme(level: str | None, programme: str) -> str:
    """A programme column read at the level column's level, without the college and the campus town named after it:
    "D3" + "Keperawatan Benteng" kept the town, as one cell "D3 Keperawatan Benteng" did not (spell21, h35)."""
    programme = _without_place(level, programme)
    if _norm_words(programme) in _OTHER_PROGRAMME:  # "S1" + "Lainnya", as "S-1 Lainnya" (edu30, h38)
        return ""
    if level in _LEVEL_LABEL:
        return programme
    return _known_before_town(programme) or programme


def _below(level: str, entry: LexiconEntry, jurusan: str, cell: LexiconEntry | None) -> bool:
    """Whether a school word read in the programme names the programme, not a school held: any school below a
    degree ("PENDIDIKAN GURU ..." at S-1), and in the JURUSAN column of a teacher or vocational school a lower school
    ("SPG" with JURUSAN "SD": the SPG's SD teacher stream, not an SD)."""
    if EDUCATION_RANK[level] > EDUCATION_RANK["SMA"]:
        return True
    if not jurusan or cell is None or cell.jalur in (None, JALUR_UMUM):
        return False
    return EDUCATION_RANK[level] > EDUCATION_RANK.get(entry.tingkat, EDUCATION_RANK[level])


def specialist_beside_degree(level: str | None, programme: str | None, nama: str | None) -> tuple[str, str] | None:
    """(level, programme) of a row whose written programme is the medical (dental) degree or profession ("KEDOKTERAN",
    "S-1 Kedokteran", "KEDOKTERAN + DOKTER") and whose name carries a specialist's title naming a specialty ("dr. X,
    Sp.PD"): the higher of the written level (a level word or a canonical level) and the title's, and the programme
    with the specialty added ("KEDOKTERAN + SPESIALIS PENYAKIT DALAM", read as the specialty, the degree held too);
    None otherwise (spell3, h31: the written degree hid the specialist from every SPESIALIS post)."""
    from asn_mutasi.domain.gelar import specialty_beside_degree  # titles live in their own module

    if not nama or not programme or not _MAY_BE_MEDICAL().search(programme):
        return None
    found = specialty_beside_degree([split_level(p.strip())[1] for p in programme.split("+") if p.strip()], nama)
    if found is None:
        return None
    title_level, specialty = found
    written = level if level in EDUCATION_RANK else (parse_level(level) if level else split_level(programme)[0])
    return _higher(written, title_level) or "Sp-1", f"{programme} + SPESIALIS {specialty}"


@functools.cache
def _MAY_BE_MEDICAL() -> re.Pattern[str]:
    return re.compile(r"DOKTER|KEDOKTERAN", re.IGNORECASE)


#: the profession level, and the levels it is entered from: a written "S-1" with the programme "Profesi Ners" (or
#: "Ners", "Apoteker", "Profesi Dokter") is the profession (the S-1 Keperawatan it needs is held too), where any other
#: programme leaves a written level as it is (a programme column may name a lower school's field)
PROFESI = "Profesi"
PROFESSION_ENTRY = frozenset({"S-1", "D-IV"})


def held_level(levels: Iterable[str | None]) -> str | None:
    """The level held by one education text whose parts read ``levels``: the highest, a profession counted only when
    no degree is written beside it or one it is entered from (:data:`PROFESSION_ENTRY`) is. Ners follows S-1
    Keperawatan and Apoteker S-1 Farmasi (domain.md §3.3): "D3 KEPERAWATAN / NERS" holds the D-III, where
    "S1 KEPERAWATAN / NERS" holds the profession. Every reader of a cell's parts asks this (the level cell's "+",
    :func:`parse_education`'s parts and history entries), so the matcher and the roster cannot read the same text
    two ways (spell25, h36: "D3 KEPERAWATAN / NERS" read Profesi in the matcher, D-III in the roster)."""
    known = [lv for lv in levels if lv in EDUCATION_RANK]
    degrees = [lv for lv in known if lv != PROFESI]
    if PROFESI in known and degrees and not PROFESSION_ENTRY & set(degrees):
        known = degrees  # a D-III (or an SLTA) holds no profession; a higher degree outranks it anyway
    return max(known, key=lambda lv: EDUCATION_RANK[lv]) if known else None


#: a word without which no programme is read as a profession (the full parse runs only for those: a roster's
#: thousands of distinct S-1 pairs each cost one, 0.5 s per 5,000 pairs)
_MAY_NAME_PROFESSION = re.compile(r"NERS|NURSE|APOTEKER|DOKTER|BIDAN|DIETISIEN|PROFESI", re.IGNORECASE)


#: a cell of academic titles only ("S.Kom., M.Kom", "A.Md.Kep", "S.E., M.M.", "S.Kep., Ners", "S.Tr.Keb"): read as a
#: name's titles are (roster cells) and no programme text (a position table's level cell); a specialist's hyphenated
#: title too ("Sp.THT-KL", "Sp.PD-KGEH"; spell, h30), and a consultant's "(K)" ("Sp.OG(K)"; review, h30), and one
#: written without the dot after "Sp" ("SpAn-TI", "SpPD": gelar._dotted_specialist; spell4, h31)
_TITLE = (
    r"(?:(?:[A-Za-z]{1,4}\.\s?)+[A-Za-z]{0,5}|Sp(?=[A-Z])[A-Za-z]{1,5})(?:-[A-Za-z]{1,5})?\.?(?:\s?\(\s*K\s*\)\.?)?"
)
TITLES_ONLY = re.compile(rf"^\s*{_TITLE}(?:\s*,\s*(?:{_TITLE}|(?i:ners|ns|apt|drg|dr|psikolog|ak|ca|cpa)\.?))*\s*$")
#: a profession title after a space instead of a comma ("S.Kep Ners", "S.Kep Ns": a clinic's roster; "S.Farm Apt")
_SPACED_PROFESSION = re.compile(r"(?<=[A-Za-z.])\s+(?=(?i:ners|ns|apt)\.?\s*$)")


def roster_education(pendidikan: object, jurusan: object) -> tuple[str | None, str | None]:
    """A roster row's (level, programme) as the roster is prepared and the matcher reads them.

    The level is the level cell's, else the one written before the programme ("S-1 Hukum"), raised to
    :data:`PROFESI` where :func:`parse_education` raises it (a profession programme entered from that
    level: "S-1" with "Profesi Ners"); the programme is :func:`roster_programme`'s.
    """
    cell, jur = _clean_keep(pendidikan), _clean_keep(jurusan)
    level_text, prog_text = strip_certificates(cell), strip_certificates(jur)
    if (split := _after_titles(level_text, prog_text)) is not None:  # "S.E Akuntansi": as parse_education reads it
        return roster_education(*split)
    # no level read in the level cell: the level parse_education reads in the row ("SPK", "IPDN", "AKPER", "MADRASAH
    # ALIYAH IPA" in the programme column read no level here, their school's there; spell25, h36)
    level = parse_level(pendidikan) or (parse_education(cell or None, jur).level if jur else None)
    titled = _titles_cells(level_text, prog_text)
    if titled is not None:
        level, titles, in_programme = titled
        if in_programme:
            return level, titles.programme or jur
        if titles.programme and not jur:
            return level, titles.programme
    if cell and _history(cell) != [cell]:  # "S1 Ekonomi, S2 Master Man": the highest entry, as parse_education reads
        level = parse_education(cell, jur).level or level  # it (the first was taken; spell4, h26)
    if (
        (level in PROFESSION_ENTRY or level is None)  # "DOKTER HEWAN" alone: the profession, as the matcher reads it
        and _MAY_NAME_PROFESSION.search(f"{cell} {jur}")
        and parse_education(cell, jur).level == PROFESI
    ):
        level = PROFESI
    return level, roster_programme(pendidikan, jurusan)


@lru_cache(maxsize=65536)
def _titles_cells(level_text: str, prog_text: str) -> tuple[str | None, ParsedEducation, bool] | None:
    """(level, the titles read, whether the programme cell holds them) of a row whose programme cell, else level cell,
    is a cell of academic titles only (:func:`titles_education`); None otherwise. A cell of titles reads as a name's
    titles do: "S.Kep., Ners" as the programme, "S.Kom., M.Kom" or "S.Tr.Kes., M.Kes" as the level (no level, or D-IV
    for a magister, before; reviews, h26), the higher of it and the level written beside it. One reading for the
    matcher and the roster (spell22, h35: "Ak., M.Si" read S-1 in :func:`parse_education`, its "Si" a level, and S-2
    in :func:`roster_education`). Cached: the matcher and the roster read each row's cells alike."""
    level = parse_level(level_text) if level_text else (split_level(prog_text)[0] if prog_text else None)
    named = prog_text.upper() in PROFESSIONS  # "Ners": the programme's name, also a title
    if prog_text and not named and (titles := titles_education(prog_text, level)) is not None:
        return _higher(level, titles.level), titles, True
    if level_text and (titles := titles_education(level_text, level)) is not None:
        return titles.level, titles, False  # the cell's own level words are titles ("AK. CA" is no Akademi)
    return None


def titles_education(text: str, level: str | None = None) -> ParsedEducation | None:
    """A cell of academic titles only (:data:`TITLES_ONLY`, or titles written without dots: :func:`_dotless_titles`)
    read as the titles after a name are; None otherwise. ``level``: the level written beside the cell."""
    from asn_mutasi.domain.gelar import comma_for_dot, parse_titles, titled_name  # titles live in their own module

    text = comma_for_dot(_SPACED_PROFESSION.sub(", ", text))  # "S,Sos": a comma typed for the dot
    if TITLES_ONLY.match(text) and (read := parse_titles(name := titled_name(text)).titles):  # a title read in it
        if any(_programme_after_title(title) for title in read):
            return None  # "S.Pd. Kimia": titles, then a programme (:func:`titles_then_programme`)
        return parse_education(None, None, name)  # ("SI. Hukum" is the level and the programme)
    if _DOTLESS_CELL.match(text):
        return _dotless_titles(text, level)
    return _mixed_titles(text) if _MIXED_CELL.match(text) else None


def _programme_after_title(title: str) -> bool:
    """Whether a title read from a cell of titles ends in a word that is a programme, not a title: "S.Pd. Kimia",
    "S.H. Hukum", "S.Pd. PAI" (five letters or fewer after a dotted title) were read as one title of S-1 and no
    programme, the title's own programme lost too (spell26, h36)."""
    head, _, last = title.rpartition(" ")
    return bool(head) and "." not in last and _norm_words(last) in _programme_names()


#: a cell of a few titles, one of them at least dotted, some written without dots or parted by a dot and a space
#: ("SE, M.Si", "SE. M.Si", "S.Pd, MPd")
_MIXED_CELL = re.compile(r"^\s*(?=[^.]*[A-Za-z]\.)[A-Za-z.]{2,8}(?:(?:\s*,\s*|\s+)[A-Za-z.]{2,8}){1,3}\s*$")


def _mixed_titles(text: str) -> ParsedEducation | None:
    """A cell whose every word is a title, some dotted and some not (spell23, h35: "SE, M.Si" read S-1 from its "SE"
    where "S.E., M.Si." read S-2; the dot a title has makes the undotted ones titles too); else None."""
    from asn_mutasi.domain.gelar import parse_titles, undotted_master  # titles live in their own module

    words = [w for w in re.split(r"[\s,]+", text) if w.strip(".")]
    # "S.E, MAk" was SLTA (MAK, a madrasah; review21, h36): a master's title without its dot read with it
    dotted = [undotted_master(w, words[:i]) for i, w in enumerate(words)]
    for attempt in (words, dotted):
        titled = "X, " + ", ".join(attempt)
        if [t.rstrip(".") for t in parse_titles(titled).titles] == [w.rstrip(".") for w in attempt]:
            return parse_education(None, None, titled)
    return None


#: a cell of a few short words of letters only, which may be titles written without dots
_DOTLESS_CELL = re.compile(r"^\s*[A-Za-z]{2,6}(?:[\s,]+[A-Za-z]{2,6}){0,3}\s*$")


def _dotless_titles(text: str, level: str | None) -> ParsedEducation | None:
    """A cell whose every word is a title written without dots, as rosters write the jurusan of a titled person ("S1 |
    SKep", "S2 | MKes", "D3 | AMK", "S1 | SKep Ns"; spell7, h31: read as programmes named "SKep", "MKes", where "S.Kep"
    and "M.Kes" were read as their titles), at the level written beside it when one is (or its profession: "SKep Ns"
    beside S-1); else None ("S1 | MSI" stays a programme: M.Si would be S-2)."""
    from asn_mutasi.domain.gelar import parse_titles, undotted_master  # titles live in their own module

    words = [w for w in re.split(r"[\s,]+", text) if w]
    titled = "X, " + ", ".join(words)
    # "Lc, MA": M.A. after a first degree, as "Lc, M.A." reads (edu30, h38)
    arts = tuple(w if undotted_master(w, words[:i]) != "M.A." else "M.A." for i, w in enumerate(words))
    if parse_titles(titled).titles != arts:
        return None
    read = parse_education(None, None, titled)
    if level is not None and read.level != level and not (read.level == PROFESI and level in PROFESSION_ENTRY):
        return None
    return read


def _higher(level: str | None, other: str | None) -> str | None:
    """The higher of two levels (``level`` when ``other`` is none or not higher; a specialist is higher than a master's
    of its rank: "S2 | Sp.PD" is Sp-1, the specialist the S-2 rule asks for evidence of; spell9, h32)."""
    if other is None or (level is not None and _order(other) <= _order(level)):
        return level
    return other


def _order(level: str) -> tuple[float, bool]:
    """:func:`~asn_mutasi.schema.education_order`, (0, False) for an unknown level."""
    return education_order(level) if level in EDUCATION_RANK else (0.0, False)


def _profession_level(
    level: str | None,
    programme: str,
    best: tuple[str | None, str],
    readings: list[tuple[str | None, str]],
    one_cell: bool,
    rules: list[str],
) -> tuple[str | None, str]:
    """(level, programme) where a profession is read beside a written level: the profession when the level is the
    one it is entered from (S-1 + "Profesi Ners"); else the level stays, and so does the degree's programme, the
    profession kept among the others ("D-III | Keperawatan, Profesi Ners")."""
    if best[0] in PROFESSION_ENTRY and level == best[0] and best[1].upper() in PROFESSIONS:
        best = (PROFESI, best[1].upper())  # "S1 APOTEKER" in one cell, as "S1" beside "APOTEKER" (spell24, h36)
    if best[0] != PROFESI:
        return level, programme
    if not one_cell and level not in PROFESSION_ENTRY | {PROFESI}:
        return level, next((p for lv, p in readings if lv != PROFESI and p), programme)
    if level in PROFESSION_ENTRY and best[1] in PROFESSIONS:
        rules.append(f"jurusan {programme} adalah pendidikan profesi: tingkat {level} dibaca sebagai {PROFESI}")
        return PROFESI, programme
    return level, programme


def _highest(entries: list[str], nama: str | None) -> ParsedEducation:
    """The education of a history cell: its highest entry read alone, the other entries' programmes kept in
    ``lain`` (the school track and field of a lower entry, an SPK before a D-III, are not the person's now)."""
    read = [parse_education(entry, None, nama) for entry in entries]
    top = held_level(r.level for r in read)  # "DIII KEPERAWATAN, NERS": the D-III (a D-III holds no Ners)
    best = next((r for r in read if r.level == top), read[0])  # the first of equal ones
    lain = best.lain + tuple((r.level or "", r.programme) for r in read if r is not best and r.programme)
    rules = (*best.aturan, f"riwayat pendidikan dalam satu sel: yang tertinggi dipakai ({best.level})")
    return replace(best, lain=lain, aturan=rules)


#: two SLTA streams written together: "IPA DAN IPS", "IPA/IPS"
_STREAM_JOIN = re.compile(r"\s*/\s*|\s+DAN\s+")


def _slta_programme(
    level: str, programme: str, jalur: str | None, others: tuple[tuple[str, str], ...], rules: list[str]
) -> tuple[str, str | None, tuple[tuple[str, str], ...]]:
    """An SLTA programme as its stream ("A.2" = IPA BIOLOGI), both streams of "IPA DAN IPS" in ``others``,
    and the track (umum/kejuruan) it tells when none is written; the rules used are appended. A vocational school
    written after the field ("Farmasi SMF", "Mesin STM") tells the track and leaves the programme."""
    behind = _trailing_school(programme) if level == "SMA" else None
    if behind is not None:
        programme, school = behind
        jalur = school.jalur
        rules.append(school.aturan)
    stream = slta_stream(programme)
    if stream != _norm_words(programme):
        rules.append(f"{programme} dibaca sebagai jurusan SLTA {stream}")
        programme = stream
    parts = _STREAM_JOIN.split(stream)
    for part in parts if len(parts) > 1 else ():
        if part in SMA_STREAMS:  # "PAKET C (IPA DAN IPS)", "IPA/IPS": both streams
            others = (*others, (level, part))
    # "A.2" = IPA BIOLOGI, "IPS Ekonomi": a general stream; "IPA/IPS" (SIASN's and rosters' category of a general SMA)
    # was read as a vocational programme "IPA/IPS" (spell16, h33)
    general = stream.split(" ", 1)[0] in ("IPA", "IPS") or (len(parts) > 1 and all(p in SMA_STREAMS for p in parts))
    if general and stream not in ("IPA", "IPS"):
        others = (*others, (level, stream.split(" ", 1)[0]))
    if jalur is None:  # "SLTA - KEHUTANAN", "SMA PERTANIAN": the programme tells the track
        jalur = JALUR_UMUM if stream in SMA_STREAMS or general else JALUR_KEJURUAN
        if jalur == JALUR_KEJURUAN:
            rules.append(f"jurusan {programme} dibaca sebagai SLTA kejuruan")
    return programme, jalur, others


def _from_titles(
    nama: str, level: str | None, programme: str, rules: list[str]
) -> tuple[str | None, str, bool, tuple[str, str] | None]:
    """Level and programme from the academic titles in the name, only where none is written: (level, programme,
    whether the programme came from a title, the first degree a master's programme replaced); the rules used are
    appended."""
    from asn_mutasi.domain.gelar import parse_titles  # titles live in their own module

    from_title, first = False, None
    evidence = parse_titles(nama)
    if level is None and evidence.level:
        level = evidence.level
        rules.append(f"gelar {', '.join(evidence.titles)} dibaca sebagai {evidence.level}")
    if not programme and evidence.ambiguous is not None:
        title, readings = evidence.ambiguous
        rules.append(f"gelar {title} dapat berarti {' atau '.join(readings)}: jurusan tidak dibaca dari gelar")
    if not programme and evidence.programme_hint:
        programme = evidence.programme_hint
        from_title = True
        rules.append(f"gelar {', '.join(evidence.titles)} dibaca sebagai {evidence.programme_hint}")
        if evidence.first_degree is not None and level == evidence.level:
            first_level, first_programme, title = evidence.first_degree
            first = (first_level, first_programme)
            rules.append(f"gelar {title} dibaca sebagai {first_level} {first_programme}")
    return level, programme, from_title, first


@functools.cache
def _DOTTED() -> re.Pattern[str]:
    return re.compile(r"\b(?:[A-Za-z]\.){1,}[A-Za-z]\b\.?")


#: two dotted letters undotted: "S.D." and "B.A." (Bachelor of Arts, the old Sarjana Muda) only ("M.A." is a title,
#: Master of Arts, not Madrasah Aliyah)
_TWO_LETTER_SCHOOLS = frozenset({"SD", "BA"})


def _undotted(match: re.Match[str]) -> str:
    """ "S.M.A" is SMA, "S.M.E.A" SMEA and "S.D." SD: a school abbreviation of the lexicon written with dots (other
    dotted letters, a title "S.K.M" or "M.A.", stay as written)."""
    written = match.group(0).replace(".", "")
    letters = written.upper()
    if len(letters) == 2 and (letters not in _TWO_LETTER_SCHOOLS or not written.isupper()):
        return match.group(0)  # ("s.d." is "sampai dengan": "SD s.d. SMP")
    return letters if letters in _lexicon() else match.group(0)


def _clean_keep(value: object) -> str:
    """Return a cell as text with collapsed whitespace, casing kept ("" for None/NaN)."""
    if value is None:
        return ""
    if isinstance(value, float) and value != value:
        return ""
    text = compatible(str(value)).translate(_PLAIN_DASHES).replace("\u00a0", " ").replace("|", " ")
    if "." in text:
        text = _DOTTED().sub(_undotted, _academy_written_out(_school_dotted_out(text), "Akademi "))
    return re.sub(r"\s+", " ", text).strip()


#: typographic dashes written as the hyphen: "S1 Ekonomi — Universitas Galuh" read the programme "Ekonomi —", its
#: college kept, where a hyphen cut it; "S–1 Hukum" read no level (a word processor's dashes; spell24, h36)
_PLAIN_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")


@lru_cache(maxsize=1)
def _smk_fields() -> dict[str, str]:
    return {_norm_words(r["dari"]): r["ke"] for r in data_csv("pendidikan_program.csv") if r["jenis"] == "bidang_smk"}


def vocational_field(programme: str) -> str | None:
    """Return the field family when a vocational requirement names a whole field ("SMK TEKNIK" → teknik)."""
    return _smk_fields().get(_norm_words(programme)) if programme else None


def roster_programme(pendidikan: object, jurusan: object) -> str | None:
    """Return the programme text a roster row gives, for the matcher to read with :func:`parse_education`.

    ``JURUSAN`` when written, with the school word of ``PENDIDIKAN`` kept in front when that
    word names a track or field (``SMEA`` + ``KEUANGAN`` → ``"SMEA KEUANGAN"``); otherwise the
    ``PENDIDIKAN`` cell itself when it also names a programme (one-column education:
    ``"S-1 TEKNIK INFORMATIKA"``, ``"SPK"``, ``"MA IPS"``); ``None`` when only a level is written.
    """
    return _roster_programme(_clean_keep(pendidikan), _clean_keep(jurusan))


@lru_cache(maxsize=65536)
def _roster_programme(level_text: str, prog_text: str) -> str | None:
    if prog_text:
        entry = lexicon_entry(level_text) if level_text else None
        names_track = entry is not None and (entry.bidang or entry.jalur in (JALUR_KEJURUAN, JALUR_KEGURUAN))
        competency = prog_text.upper() in SMK_COMPETENCIES  # "AKL" under "SMK" is no academy (see _read_part)
        school = lexicon_entry(prog_text)
        # a lower school in the programme of a teachers' or vocational school is its stream, as parse_education reads
        # it ("SPG" + "SD": the SD teacher stream; the roster passed "SD" alone, an SD; spell22, h35)
        stream = school is not None and entry is not None and _below(entry.tingkat, school, prog_text, entry)
        if _norm_words(prog_text) in _OTHER_PROGRAMME:  # "SMK" + "Lainnya", as "SMK Lainnya", "S-1 Lainnya" (edu30)
            return entry.ejaan if entry is not None and names_track else None
        if entry is not None and names_track and (competency or school is None or stream):
            return f"{entry.ejaan} {prog_text}"
        return prog_text
    if not level_text:
        return None
    parsed = parse_education(level_text, None)
    if not (parsed.programme or parsed.jalur in (JALUR_KEJURUAN, JALUR_KEGURUAN)):
        return None
    if not parsed.programme and (opening := lexicon_match(level_text)) is not None and _names_no_programme(opening[1]):
        return opening[0].ejaan  # "SMK Lainnya": the school's track, the placeholder no programme ("S-1 Lainnya")
    # a history cell: the entry parse_education read ("S1 Ilmu Hukum dan S1 Pemerintahan" was one programme, ILMU
    # HUKUM DAN S1 PEMERINTAHAN, for the matcher; spell20, h35)
    entries = _history(level_text)
    if len(entries) == 1 and parsed.level == "S-1" and _BARE_SI.match(level_text):
        return parsed.programme  # "SI AKUNTANSI": read whole, the matcher took it for Sistem Informasi Akuntansi
    read = (parsed.level, parsed.programme)
    held = (e for e in entries if (parse_education(e, None).level, parse_education(e, None).programme) == read)
    return next(held, level_text) if len(entries) > 1 else level_text
