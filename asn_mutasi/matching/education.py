"""Decide whether an employee's education meets a position's education requirement.

Two questions, answered separately and combined:

* **Level**: the employee's level rank (``schema.EDUCATION_RANK``) must be at least the
  required rank. An unknown employee level does not meet a stated requirement.
* **Programme identity**: is the employee's programme one of the accepted programmes?
  Fuzzy similarity is the wrong tool here, because related programmes share most of their
  words ("KESEHATAN LINGKUNGAN"/"KESEHATAN MASYARAKAT", "MANAJEMEN"/"MANAJEMEN
  INFORMATIKA", "PENDIDIKAN MATEMATIKA"/"MATEMATIKA") while the same programme is written
  with levels, prefixes, abbreviations and typos ("S1 Manajamen"). So:

  1. Both sides are reduced to canonical keys (:func:`programme_key`), which removes every
     *systematic* difference. Equal keys, equal content words in another order (none of them a
     field whose place decides: "PENDIDIKAN EKONOMI" is no "EKONOMI PENDIDIKAN"), or equal
     text once spaces are removed ("BUDI DAYA"/"BUDIDAYA") are the same programme.
  2. Otherwise only *typos* may still separate them: the keys must have the same number of
     content words and every differing word pair must be within a small edit distance
     (optimal string alignment, so a swap counts once): none for words under 5 letters,
     1 for 5–7 letters, 2 from 8 letters. A different, extra or missing word is a
     different programme.
  3. A typo is a word *nobody writes on purpose*. Requirement texts from across the
     agency form a vocabulary of real words; a pair of differing words that are both real
     (seen in at least two requirement programmes, and not a rare variant of a word seen
     ten times more often) is a real-word confusion and never merged ("KIMIA"/"FISIKA"
     are never typos of each other, whatever their distance). An employee word that is
     not in the vocabulary is read as a typo of the required word only when that word is
     among its nearest vocabulary words. Before comparing word by word, unseen words with
     exactly one nearest real word are corrected and the key is rebuilt, so a typo inside
     a name the identity table rewrites ("ADM. PULBIK" → ADMINISTRASI NEGARA) still maps.

  When the programme is not accepted but falls in the same family as an accepted one, the
  status is ``serumpun``: it does not meet the requirement, it only earns partial score.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
import pandas as pd
from rapidfuzz import process
from rapidfuzz.distance import OSA

from asn_mutasi.domain.gelar import DENTAL_WORDS, MEDICAL_NAME_TITLE, MEDICAL_TITLE, SPECIALTY_NAMES, parse_titles
from asn_mutasi.domain.pendidikan import (
    JALUR_KEGURUAN,
    JALUR_KEJURUAN,
    JALUR_UMUM,
    PROFESI,
    PROFESSION_ENTRY,
    PROFESSIONS,
    SMA_STREAMS,
    ParsedEducation,
    after_college_head,
    level_rank,
    lexicon_match,
    parse_education,
    parse_level,
    slta_stream,
    split_level,
    vocational_field,
)
from asn_mutasi.matching.families import family_of_key, family_ties
from asn_mutasi.matching.programme import (
    ALSO_READS,
    DOTTED,
    IDENTITY_WORDS,
    LEVEL_IDENTITIES,
    OPEN_KEYS,
    PROFESSION_DEGREE,
    PROFESSION_OF_DEGREE,
    identity_rules,
    programme_alternatives,
    programme_key,
    split_requirements,
)
from asn_mutasi.schema import EDUCATION_RANK

SESUAI = "sesuai"
SERUMPUN = "serumpun"
TIDAK_SESUAI = "tidak_sesuai"

_FILLER = frozenset({"DAN", "SERTA"})
#: fields that also qualify another field, whose place in a name says which of the two is studied: "PENDIDIKAN
#: EKONOMI" (teacher education) is no "EKONOMI PENDIDIKAN" (economics of education), "AKUNTANSI MANAJEMEN" no
#: "MANAJEMEN AKUNTANSI", "KIMIA FISIKA" no "FISIKA KIMIA"; a name holding one is never read in another word order
_ORDER_BOUND = frozenset(
    {"PENDIDIKAN", "MANAJEMEN", "ADMINISTRASI", "HUKUM", "EKONOMI", "AKUNTANSI", "PSIKOLOGI", "SOSIOLOGI",
     "FILSAFAT", "SEJARAH", "KESEHATAN", "KEDOKTERAN", "MATEMATIKA", "STATISTIKA", "FISIKA", "BIOLOGI", "KOMPUTER",
     "INFORMATIKA", "PERTANIAN", "POLITIK", "AGAMA", "BAHASA", "SASTRA", "SENI", "GEOGRAFI"}
)  # fmt: skip
_MAX_LISTED = 3


@dataclass(frozen=True)
class EducationFit:
    """The education verdict for one employee against one position."""

    status: str  #: "sesuai" | "serumpun" | "tidak_sesuai" (programme only)
    memenuhi: bool  #: level ok and programme sesuai
    alasan: str  #: Bahasa Indonesia explanation
    level_ok: bool
    programme_match: str | None  #: the accepted requirement piece that matched


@lru_cache(maxsize=65536)
def _content(key: str) -> tuple[str, ...]:
    return tuple(word for word in key.split() if word not in _FILLER)


#: the verdict of :meth:`EducationMatcher.same_programme` for one name in another word order
URUTAN_KATA = "urutan kata berbeda"


def _reordered(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Whether two names are the same words in another order, none of them a field whose place decides
    (:data:`_ORDER_BOUND`), and of one known family ("KIMIA ANALIS" = ANALIS KIMIA, "SIPIL TEKNIK" = TEKNIK SIPIL)."""
    if len(mine) < 2 or mine == theirs or sorted(mine) != sorted(theirs) or _ORDER_BOUND.intersection(mine):
        return False
    family = family_of_key(" ".join(mine))
    return family is not None and family == family_of_key(" ".join(theirs))


def _allowed_edits(length: int) -> int:
    if length < 5:
        return 0
    return 1 if length < 8 else 2


@dataclass(frozen=True)
class _Piece:
    text: str
    key: str
    jalur: str | None = None  #: a school track the piece requires (SMK, SLTA KEJURUAN, SPG; the sarjana terapan)
    bidang: str | None = None  #: a vocational field the piece accepts as a whole ("SMK TEKNIK")
    rule: str = ""  #: lexicon entry that read the piece
    written: str = ""  #: the key as written when the level renames it ("SMK LISTRIK": LISTRIK, read TITL)


_SLTA_RANK = 3.0
_JALUR_NAMES = {JALUR_KEJURUAN: "SLTA kejuruan", JALUR_KEGURUAN: "SLTA keguruan"}


def _level_key(level: str | None, key: str) -> str:
    """Apply an identity valid at one level only (D-III KESEHATAN LINGKUNGAN = D-III SANITASI)."""
    return LEVEL_IDENTITIES.get((level or "", key), key) if key else key


def _lower_level_keys(level: str | None, key: str) -> tuple[tuple[str, str], ...]:
    """(lower level, name) pairs for the names ``key`` has at the diploma and degree levels below ``level`` (a D-IV
    Kesehatan Lingkungan is named Sanitasi at D-III): a higher level of the same programme meets a lower requirement,
    as it does for every programme without such a rename. Each name counts only against a requirement at its own
    level (:meth:`EducationMatcher._programme_status`), and no SMA-level rename (an SMK competency's: "Farmasi Klinis
    dan Komunitas" is Farmasi only at SLTA) reaches a degree (diff review, h24)."""
    rank = level_rank(level)
    if rank is None or not key:
        return ()
    return tuple(
        (at, target)
        for (at, source), target in LEVEL_IDENTITIES.items()
        if source == key and (below := level_rank(at)) is not None and _SLTA_RANK < below < rank
    )


def _first_degree_keys(first: tuple[str, str] | None) -> tuple[tuple[str, str], ...]:
    """(level, name) pairs for a first degree read from titles beside a master's title that names another programme
    ("S.Pd.I, S.E., M.M"): it meets a requirement at its own level or a lower degree level only, never the master's
    (spell5, h27)."""
    if first is None:
        return ()
    rank, key = level_rank(first[0]), programme_key(first[1])
    if rank is None or not key:
        return ()
    return tuple((at, _level_key(at, key)) for at in EDUCATION_RANK if _SLTA_RANK < (level_rank(at) or 0) <= rank)


#: a specialist programme of another profession, never a dokter's: Ners Spesialis (Sp.Kep.), the apoteker's, the
#: midwife's, the veterinarian's, and the old Spesialis Notariat (Kenotariatan before it became a Magister)
_NOT_MEDICAL_WORDS = frozenset(
    {"KEPERAWATAN", "PERAWAT", "NERS", "FARMASI", "APOTEKER", "KEBIDANAN", "BIDAN", "HEWAN", "VETERINER",
     "NOTARIAT", "KENOTARIATAN", "PSIKOLOGI"}
)  # fmt: skip
#: the requirement levels the profession a specialty implies meets (none asked, the first degree, the profession)
_UP_TO_PROFESSION: tuple[str | None, ...] = (None, "S-1", "D-IV", PROFESI)
#: the specialist levels at which the profession's programme alone asks any specialty of that profession (a bare
#: "Dokter Spesialis" post: Sp-1 KEDOKTERAN, never met by a dental specialty; oracle10 #3, h29)
_SPECIALIST_LEVELS: tuple[str, ...] = ("Sp-1", "Sp-2")


def _specialist_keys(level: str | None, written: str, key: str) -> tuple[tuple[str | None, str], ...]:
    """(requirement level, name) pairs a dokter (gigi) spesialis meets beside the specialty: "Dokter Spesialis adalah
    dokter yang telah menyelesaikan PPDS", a "program pendidikan profesi fase lanjutan dari program profesi dokter"
    (Perkonsil 16/2013 Pasal 1; UU 20/2013 Pasal 36-39), so a medical specialty (Sp-1, Sp-2, or an S-2 written
    "Spesialis ..." as SAPK files it) is also Profesi Dokter and S-1 Kedokteran, a dental one Profesi Dokter Gigi and
    S-1 Kedokteran Gigi, against a requirement up to the profession, or against a specialist level asking the
    profession's programme alone (any specialty of it: :data:`_SPECIALIST_LEVELS`); one specialty never meets another, and a
    dokter umum meets no specialist's requirement (its level is below Sp-1) (groups5, h29)."""
    specialist = level in ("Sp-1", "Sp-2") or (level == "S-2" and re.search(r"\bSPESIALIS\b", written.upper()))
    words = set(key.split())
    if not specialist or not words or words & _NOT_MEDICAL_WORDS or family_of_key(key) not in (None, "kesehatan"):
        return ()
    profession = "DOKTER GIGI" if words & DENTAL_WORDS else "DOKTER"
    levels = (*_UP_TO_PROFESSION, *_SPECIALIST_LEVELS)
    return tuple((at, name) for at in levels for name in (profession, PROFESSION_DEGREE[profession]))


#: medical education written in an education cell: the faculty, a specialist programme, the residency (Program
#: Pendidikan Dokter Spesialis), the dokter's profession programme
_MEDICAL_WORDS = re.compile(r"KEDOKTERAN|SPESIALIS|\bPPDS\b|PROFESI\s+DOKTER", re.IGNORECASE)


def medical_evidence(pendidikan: str, jurusan: str, nama: str) -> bool:
    """Whether a person's data shows medical education: a "dr."/"drg." or specialist title in the name, or
    "Kedokteran", "Spesialis", "PPDS", "Profesi Dokter" (or a specialist title) in the education cells. An S-2 meets a
    specialist-level requirement (Sp-1, Sp-2: SIASN ranks Sp-1 with S-2) only with it: a Magister Gizi Klinik (M.Gz)
    met "Dokter Spesialis Gizi Klinik" (Sp.GK) on the shared rank and programme name (spell9, h32)."""
    cells = f"{pendidikan} {jurusan}"
    return bool(_MEDICAL_WORDS.search(cells) or MEDICAL_TITLE.search(cells) or MEDICAL_NAME_TITLE.search(nama))


#: a specialist's title as an education cell writes it ("S2 | Sp.PD", a jurusan "SpOG(K)", "SP. PD"); "SPD" is S.Pd
_SPECIALIST_TITLE = re.compile(r"(?<![A-Za-z])(?:Sp\.?\s?[A-Z]|SP\.\s?[A-Z])")


def _specialty_of_title(*cells: str) -> tuple[str, ...]:
    """The specialty a specialist's title written in an education cell names, as the same title in the name is read
    (:func:`~asn_mutasi.domain.gelar.parse_titles`): "S2 | Sp.PD" or a jurusan "Sp.PD" is PENYAKIT DALAM. The title
    was the programme as written and met no "Penyakit Dalam" post, while its level read Sp-1 (review9, h32)."""
    for cell in cells:
        found = _SPECIALIST_TITLE.search(cell) if cell else None
        if found is not None and (hint := parse_titles(f"X, {cell[found.start() :]}").programme_hint):
            return (programme_key(hint),)
    return ()


#: words written before a specialty that name the faculty or the residency, not the specialty: "Kedokteran Ilmu
#: Penyakit Dalam" (a teaching hospital's seeder), "PPDS Ilmu Penyakit Dalam" (Program Pendidikan Dokter Spesialis),
#: with the levels they are read at (an S-2 written "PPDS …" is a specialist as SAPK files one)
_SPECIALTY_HEADS: dict[str, tuple[str, ...]] = {"KEDOKTERAN": ("Sp-1", "Sp-2"), "PPDS": ("Sp-1", "Sp-2", "S-2")}
#: the first word of a faculty's own programme after KEDOKTERAN ("KEDOKTERAN GIGI ANAK", "KEDOKTERAN HEWAN")
_FACULTY_PROGRAMMES = frozenset({"GIGI", "HEWAN"})


def _specialty_after_faculty(level: str | None, key: str, specialist: bool = False) -> tuple[str, ...]:
    """A specialist's programme written after its faculty or residency ("KEDOKTERAN PENYAKIT DALAM", "PPDS PENYAKIT
    DALAM") also read as the specialty alone: a Sp-1 "Kedokteran Ilmu Penyakit Dalam" met no Sp-1 Penyakit Dalam post
    (spell8, h32). Never a dental or veterinary faculty's programme ("KEDOKTERAN GIGI ANAK" is a specialty itself).

    At S-2, where SAPK files the specialists, a faculty's programme is the specialty only when it names one a
    specialist title names and ``specialist`` (:func:`_specialist_evidence`): "S-2 | Kedokteran Ilmu Penyakit Dalam"
    of "dr. X, Sp.PD" met no Sp-1 Penyakit Dalam post, while a Magister Kedokteran Tropis stays its master's (spell10,
    h32)."""
    head, _, rest = key.partition(" ")
    faculty_at_s2 = level == "S-2" and head == "KEDOKTERAN" and specialist
    allowed = level in _SPECIALTY_HEADS.get(head, ()) or faculty_at_s2
    if not rest or not allowed or rest.split()[0] in _FACULTY_PROGRAMMES:
        return ()
    specialty = _level_key(level, rest.removeprefix("SPESIALIS "))  # "PENDIDIKAN DOKTER SPESIALIS PENYAKIT DALAM"
    if level == "S-2" and head == "KEDOKTERAN" and specialty not in SPECIALTY_NAMES:
        return ()
    return (specialty,)


#: a specialist's education written in a cell: the specialist programme or the residency
_SPECIALIST_WORDS = re.compile(r"SPESIALIS|\bPPDS\b", re.IGNORECASE)


def _specialist_evidence(pendidikan: str, jurusan: str, nama: str) -> bool:
    """Whether a person's data shows a dokter or specialist beyond a faculty's name (spell9's evidence without the word
    "Kedokteran", the very word read): a "dr."/"drg."/"Sp." title in the name or the cells, or "Spesialis"/"PPDS" in
    the cells."""
    cells = f"{pendidikan} {jurusan}"
    return bool(_SPECIALIST_WORDS.search(cells) or MEDICAL_TITLE.search(cells) or MEDICAL_NAME_TITLE.search(nama))


def _after_field(key: str) -> tuple[str, ...]:
    """An SMK programme written after its field ("SMK Kes Keperawatan", "SMK Kesehatan Farmasi": bidang Kesehatan,
    programme Keperawatan, as a hospital SIMPEG's level table and SMK lists by bidang write it) read as the programme
    alone, when the programme is of that field; never after TEKNIK, the first word of the field's own programmes
    ("TEKNIK MESIN") (spell2, h30)."""
    words = key.split()
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k])
        field = vocational_field(head)
        if field is not None and head != "TEKNIK":
            rest = " ".join(words[k:])
            return (_level_key("SMA", rest),) if family_of_key(rest) == field else ()
    return ()


#: the most words of a programme read after a college's town (:meth:`EducationMatcher._college_tail`)
_COLLEGE_TAIL_WORDS = 6

#: the piece's track when it asks the sarjana terapan degree itself, no programme named ("S-1 SAINS TERAPAN")
_TERAPAN = "terapan"
#: a requirement written as the applied first degree alone: "S-1 SAINS TERAPAN", "S1 TERAPAN", "SARJANA TERAPAN" (UU
#: 12/2012 Pasal 21: the sarjana terapan is the diploma-IV programme). It was read as D-IV with any programme, so every
#: academic S-1 (D-IV's rank) met it (spell3, h31); "D-IV/SARJANA TERAPAN" names the level only and stays open
_APPLIED_DEGREE = re.compile(
    r"^\s*(?:S|STRATA|SARJANA)(?:[\s.\-]*(?:1|I))?[\s.\-]+(?:SAINS\s+)?TERAPAN\s*$", re.IGNORECASE
)


def _piece(text: str, level: str | None) -> _Piece:
    """Read one accepted requirement piece, with the school track and field it names."""
    key = programme_key(text)
    if not key and _APPLIED_DEGREE.match(text):
        return _Piece(text, "", _TERAPAN)
    found = lexicon_match(text)
    if found is None:
        own, _ = split_level(text)
        return _Piece(text, _level_key(own or level, key))
    entry, rest = found
    if entry.jalur not in (JALUR_KEJURUAN, JALUR_KEGURUAN):
        if not rest and not entry.program:
            return _Piece(text, "", rule=entry.aturan)  # "PERSAMAAN SLTA", "SMA": any SLTA
        # "SMA IPS": a stream of a general school, not met by a vocational school
        general = JALUR_UMUM if entry.tingkat in ("SMA", "SMP") and slta_stream(rest) in SMA_STREAMS else None
        # the level's own name of the programme: "PROFESI BIDAN" is the profession, not S-1/D-IV Kebidanan (spell7, h28)
        return _Piece(text, _level_key(entry.tingkat or level, key), general, rule=entry.aturan)
    programme = rest or entry.program
    if entry.awalan and rest and not rest.startswith(entry.awalan + " "):
        programme = f"{entry.awalan} {rest}"
    field = vocational_field(programme) or (entry.bidang if not rest and not entry.program else None)
    # the level's own name of the programme, as on the employee's side: "SMK TEKNIK LISTRIK" is Teknik Instalasi Tenaga
    # Listrik, "SMK AKUNTANSI DAN KEUANGAN LEMBAGA" Akuntansi (an SMK AKL was refused it; spell8, h29)
    written = programme_key(programme) if programme else ""
    key = _level_key(entry.tingkat, written)
    return _Piece(text, key, entry.jalur, field, entry.aturan, written if written != key else "")


#: a programme's generic head: never a programme alone when a parenthesis completes it ("S-1 TEKNIK (SIPIL)")
_GENERIC_HEADS = frozenset({"PENDIDIKAN", "TEKNIK", "SAINS", "KESEHATAN", "TEKNOLOGI", "MANAJEMEN", "ADMINISTRASI"})


def _parenthesis_readings(text: str) -> list[str]:
    """The programmes a requirement with a trailing parenthesis also accepts: the name before it (unless a generic
    head: "S-1 TEKNIK (SIPIL)" is no "S-1 TEKNIK"), the two together ("S-1 TEOLOGI (KRISTEN)": Teologi Kristen), and
    the inside alone only when it restates a one-word name of its own family ("S-1 ILMU KOMPUTER (INFORMATIKA)":
    Informatika; 0 of 19 BKKBN formations, 170 seats, took either; h26/spell3) — never "S-1 KIMIA (FARMASI)" as
    Farmasi or "S-1 KESEHATAN MASYARAKAT (GIZI)" as Gizi (review, h26)."""
    match = re.search(r"\(([^()]*)\)?\s*$", text)
    if match is None:
        return []
    level, before_text = split_level(text[: match.start()])
    before, inside = programme_key(before_text), programme_key(match.group(1))
    if not before or not inside:
        return []
    prefix = f"{level} " if level else ""
    readings = [programme_key(f"{prefix}{before_text} {match.group(1)}")]
    if before not in _GENERIC_HEADS:
        readings.append(before)
    family = family_of_key(before)
    if len(before.split()) == 1 and len(inside.split()) == 1 and family and family == family_of_key(inside):
        readings.append(inside)
    return [r for r in readings if r and r != programme_key(text)]


@dataclass(frozen=True, eq=False)
class _Requirement:
    """A parsed requirement text; compared by identity (one instance per distinct text)."""

    needed: str | None
    pieces: tuple[_Piece, ...]  #: accepted alternatives, as listed to the analyst
    candidates: tuple[_Piece, ...]  #: pieces plus compound cells taken whole
    open: bool
    by_key: dict[str, _Piece]
    by_compact: dict[str, _Piece]
    families: frozenset[str]
    listed: str
    #: the pieces' families and cross-family ties (:func:`~asn_mutasi.matching.families.family_ties`)
    ties: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Employee:
    level: str | None
    key: str
    shown: str
    family: str | None
    keys: tuple[str, ...] = ()  #: the main key and further readings (concentration, profession degree)
    jalur: str | None = None
    bidang: str | None = None
    rules: str = ""  #: lexicon entries that read the education, for explanations
    prefixes: frozenset[str] = frozenset()  #: dotted words that abbreviate a longer word ("ADM." → ADMINISTRASI)
    #: (lower level, name) of the programme renamed at a lower level (:func:`_lower_level_keys`)
    lower_keys: tuple[tuple[str | None, str], ...] = ()
    medical: bool = False  #: evidence of medical education (:func:`medical_evidence`)


class EducationMatcher:
    """Match employee programmes against requirement texts from one agency's positions."""

    def __init__(self, requirements: Iterable[str | None]) -> None:
        distinct = {str(text) for text in requirements if text is not None and str(text).strip()}
        keys: set[str] = set()
        for text in distinct:
            keys.update(programme_key(piece) for piece in split_requirements(text))
        keys.discard("")
        self.vocabulary: frozenset[str] = frozenset(keys)
        self._word_count: Counter[str] = Counter(word for key in keys for word in set(_content(key)))
        # words the identity table rewrites away still exist in people's programme names
        for word in IDENTITY_WORDS:
            self._word_count[word] += 2 if self._word_count[word] < 2 else 0
        self._words: list[str] = sorted(self._word_count)
        self._nearest: dict[str, tuple[int, tuple[str, ...]]] = {}
        self._real: dict[str, bool] = {}
        self._repaired: dict[str, str] = {}
        self._requirements: dict[tuple[str, str], _Requirement] = {}
        self._employees: dict[tuple[str, str, str], _Employee] = {}
        self._matches: dict[tuple[str, _Requirement], tuple[str | None, _Piece | None]] = {}
        self._same: dict[tuple[str, str], str | None] = {}
        self._fits: dict[tuple[object, ...], EducationFit] = {}

    # --- vocabulary -------------------------------------------------------------------
    def _fill_nearest(self, words: Iterable[str]) -> None:
        """Compute the nearest vocabulary words of unseen words in one vectorised pass."""
        todo = sorted({w for w in words if w not in self._nearest and w not in self._word_count})
        if not todo or not self._words:
            for word in todo:
                self._nearest[word] = (99, ())
            return
        matrix = process.cdist(todo, self._words, scorer=OSA.distance, dtype=np.int32, workers=-1, score_cutoff=3)
        vocab = np.array(self._words, dtype=object)
        for row, word in enumerate(todo):
            distances = matrix[row]
            best = int(distances.min())
            self._nearest[word] = (best, tuple(vocab[distances == best])) if best <= 2 else (best, ())

    def _is_real_word(self, word: str) -> bool:
        """Tell whether a vocabulary word is a real word rather than a typo someone made."""
        cached = self._real.get(word)
        if cached is not None:
            return cached
        count = self._word_count.get(word, 0)
        real = count >= 2
        if count == 1:
            limit = _allowed_edits(len(word))
            rivals = process.extract(word, self._words, scorer=OSA.distance, score_cutoff=max(limit, 0), limit=None)
            real = not any(self._word_count[other] >= 10 for other, _, _ in rivals if other != word)
        self._real[word] = real
        return real

    def _correction(self, word: str) -> str | None:
        """Return the vocabulary word an unseen word is a typo of, when there is exactly one.

        Candidates are the nearest vocabulary words within the allowed edits; real words
        are preferred over rare variants (a vocabulary typo must not capture a correction).
        """
        if word in self._word_count or len(word) < 5:
            return None
        self._fill_nearest([word])
        distance, nearest = self._nearest[word]
        candidates = [c for c in nearest if distance <= _allowed_edits(max(len(word), len(c)))]
        real = [c for c in candidates if self._is_real_word(c)]
        pick = real or candidates
        return pick[0] if len(pick) == 1 else None

    def _typo_pair(self, employee_word: str, required_word: str) -> bool:
        """Tell whether two differing words are one word with a typo."""
        limit = _allowed_edits(max(len(employee_word), len(required_word)))
        if limit == 0 or OSA.distance(employee_word, required_word, score_cutoff=limit) > limit:
            return False
        if employee_word in self._word_count:
            return not (self._is_real_word(employee_word) and self._is_real_word(required_word))
        # an unseen word may be equally close to several vocabulary words ("AGRRBISNIS":
        # AGRIBISNIS, AGROBISNIS); in the context of the required programme the one it
        # names is the reading, as long as it is among the nearest
        self._fill_nearest([employee_word])
        _, nearest = self._nearest[employee_word]
        return required_word in nearest

    def _repair(self, key: str) -> str:
        """Return the key with each unseen word replaced by its unique correction, re-keyed."""
        repaired = self._repaired.get(key)
        if repaired is None:
            words = key.split()
            fixed = [self._correction(word) or word for word in words]
            repaired = programme_key(" ".join(fixed)) if fixed != words else key
            self._repaired[key] = repaired
        return repaired

    # --- identity ---------------------------------------------------------------------
    def same_programme(self, employee_key: str, required_key: str) -> str | None:
        """Return ``"sama"`` or ``"salah ketik"`` when the keys are one programme, else ``None``.

        Word order is significant where a word names a field that also qualifies another (:data:`_ORDER_BOUND`):
        Indonesian names are head-first, so "MANAJEMEN PENDIDIKAN" (management) and "PENDIDIKAN MANAJEMEN"
        (education) differ. Other names in another word order are one programme (``"urutan kata"``): SAPK writes
        "KIMIA ANALIS" for Analis Kimia, SSCASN "PERIKANAN BUDIDAYA" beside "BUDIDAYA PERIKANAN" (spell8, h29).
        """
        pair = (employee_key, required_key)
        if pair in self._same:
            return self._same[pair]
        verdict: str | None = None
        mine, theirs = _content(employee_key), _content(required_key)
        repaired = _content(self._repair(employee_key)) if mine else ()
        if mine == theirs or "".join(mine) == "".join(theirs):
            verdict = "sama"
        elif _reordered(mine, theirs):
            verdict = URUTAN_KATA
        elif (repaired and (repaired == theirs or "".join(repaired) == "".join(theirs))) or (
            mine
            and len(mine) == len(theirs)
            and all(a == b or self._typo_pair(a, b) for a, b in zip(mine, theirs, strict=True))
        ):
            verdict = "salah ketik"
        self._same[pair] = verdict
        return verdict

    def required_level(self, required_level: str, required_text: str) -> str | None:
        """The education level a requirement asks, as :meth:`fit` reads it (None: no level asked)."""
        return self._requirement(required_level, required_text).needed

    def _requirement(self, required_level: str, required_text: str) -> _Requirement:
        """Return the parsed requirement (cached per distinct level and text)."""
        memo = (required_level, required_text)
        found = self._requirements.get(memo)
        if found is not None:
            return found
        needed = parse_level(required_level) if required_level else None
        texts = split_requirements(required_text)
        if needed is None and texts:
            levels = [lv for lv in (split_level(t)[0] for t in texts) if lv]
            needed = min(levels, key=lambda lv: level_rank(lv) or 0) if levels else None
        if needed == "S-2" and texts and all(parse_level(t) == "Profesi" for t in texts):
            # SSCASN files its profession programmes under jenjang "S-2" ("PROFESI NERS", "PROFESI APOTEKER": 200 of
            # 221 rows); the programme names the level, and no holder of the profession met it (spell4, h26)
            needed = "Profesi"
        elif needed == "S-2" and texts and all(parse_level(t) in _SPECIALIST_LEVELS for t in texts):
            # SSCASN files its specialist posts under jenjang "S-2" too ("S-2 | SPESIALIS GIZI KLINIK", "DOKTER SPESIALIS
            # ANAK"): the programme names the level, so a master's needs the medical evidence (spell9, h32)
            needed = min((lv for t in texts if (lv := parse_level(t))), key=lambda lv: level_rank(lv) or 0)
        pieces = tuple(_piece(text, needed) for text in texts)
        # "SMK/SLTA Kejuruan" as the level with no programme written: any vocational school
        level_entry = lexicon_match(required_level) if required_level else None
        if not pieces and level_entry is not None and level_entry[0].jalur in (JALUR_KEJURUAN, JALUR_KEGURUAN):
            pieces = (_piece(required_level, needed),)
        # a compound cell is also accepted as written ("SMK KONSTRUKSI GEDUNG, SANITASI DAN
        # PERAWATAN" is one programme name as well as a list); matched, never listed
        known = {piece.key for piece in pieces} | {programme_key(text) for text in texts}
        wholes = tuple(
            _Piece(segment.strip(), key)
            for segment in re.split(r"[;\n]+", required_text)
            if (key := programme_key(segment.strip())) and key not in known
        )
        # a renamed piece as written, for a typo of it ("SMK LISTROIK" under "SMK LISTRIK"); matched, never listed
        wholes += tuple(replace(p, key=p.written, written="") for p in pieces if p.written and p.bidang is None)
        by_key: dict[str, _Piece] = {}
        by_compact: dict[str, _Piece] = {}
        for piece in pieces + wholes:
            if piece.key and piece.bidang is None:
                by_key.setdefault(piece.key, piece)
                by_compact.setdefault("".join(_content(piece.key)), piece)
        for piece in pieces:
            if piece.key and piece.bidang is None and "(" in piece.text:
                for key in _parenthesis_readings(piece.text):
                    by_key.setdefault(key, piece)
        accepted = [piece.text for piece in pieces]
        listed = ", ".join(accepted[:_MAX_LISTED])
        if len(accepted) > _MAX_LISTED:
            listed += f" dan {len(accepted) - _MAX_LISTED} lainnya"
        found = _Requirement(
            needed=needed,
            pieces=pieces,
            candidates=tuple(p for p in pieces + wholes if p.key and p.bidang is None),
            open=not pieces or any(piece.key in OPEN_KEYS and piece.jalur is None for piece in pieces),
            by_key=by_key,
            by_compact=by_compact,
            families=frozenset(f for f in (piece.bidang or family_of_key(piece.key) for piece in pieces) if f),
            listed=listed,
            ties=frozenset(t for piece in pieces if piece.key for t in family_ties(piece.key)),
        )
        self._requirements[memo] = found
        return found

    def _employee(self, level: str, programme: str, nama: str) -> _Employee:
        """Return the employee's level, programme keys and display text (cached)."""
        memo = (level, programme, nama)
        found = self._employees.get(memo)
        if found is not None:
            return found
        parsed: ParsedEducation = parse_education(level or None, programme or None, nama or None)
        own_level = parsed.level
        if own_level in PROFESSION_ENTRY and programme_key(parsed.programme) in PROFESSIONS:
            # "S-1 | Keperawatan Ners": the programme is the profession (its identity), entered from the S-1: refused
            # a Perawat ahli post that asks Profesi Ners (fifth review, h26)
            own_level = PROFESI
        key = _level_key(own_level, programme_key(parsed.programme))
        keys = [key] if key else []
        if programme:  # the cell as written ("S-2 PSIKOLOGI + PROFESI ...")
            keys.append(_level_key(own_level, programme_key(programme)))
        for text in (programme, parsed.programme):
            keys.extend(_level_key(own_level, k) for k in programme_alternatives(text) if k)
        if own_level == "SMA" and parsed.jalur == JALUR_KEJURUAN and key:
            keys.extend(_after_field(key))
        for other_level, other in parsed.lain:
            other_key = _level_key(other_level, programme_key(other))
            keys.append(other_key)
        keys.extend(_specialty_after_faculty(own_level, key, _specialist_evidence(level, programme, nama)))
        keys.extend(self._college_tail(level, programme))
        keys.extend(_specialty_of_title(level, programme))
        for k in list(keys):
            if k in PROFESSION_DEGREE:
                keys.append(PROFESSION_DEGREE[k])
            if own_level == PROFESI and k in PROFESSION_OF_DEGREE:
                keys.append(PROFESSION_OF_DEGREE[k])
            keys.extend(programme_key(also) for also in ALSO_READS.get(k, ()))  # "ILMU KOMPUTER" keys KOMPUTER
        shown = programme or parsed.programme
        if parsed.dari_gelar:
            shown = f"{parsed.programme} (dari gelar)"
        prefixes = (
            frozenset(m.group(1) for m in re.finditer(r"(?<![A-Z0-9.])([A-Z]{2,8})\.", (programme or "").upper()))
            - DOTTED.keys()
        )
        specialist = _specialist_keys(own_level, programme, programme_key(parsed.programme))
        family = parsed.bidang or (self._family(key) if key else None) or ("kesehatan" if specialist else None)
        found = _Employee(
            own_level,
            key,
            shown,
            family,
            tuple(dict.fromkeys(k for k in keys if k)),
            parsed.jalur,
            parsed.bidang,
            "; ".join(parsed.aturan),
            prefixes,
            _lower_level_keys(own_level, programme_key(parsed.programme))
            + _first_degree_keys(parsed.gelar_pertama)
            + specialist,
            medical_evidence(level, programme, nama),
        )
        self._employees[memo] = found
        return found

    def _college_tail(self, *cells: str) -> tuple[str, ...]:
        """The longest programme a requirement names that a cell opening with a college ends with ("D3 Politeknik
        Negeri Kupang Teknik Sipil": TEKNIK SIPIL, when a post asks it), beside the tables' known programmes that
        :func:`after_college_head` readings use (spell9, h32)."""
        for cell in cells:
            words = programme_key(after_college_head(cell)).split() if cell else []
            start = max(0, len(words) - _COLLEGE_TAIL_WORDS)
            tail = next(
                (" ".join(words[k:]) for k in range(start, len(words)) if " ".join(words[k:]) in self.vocabulary), ""
            )
            if tail:
                return (tail,)
        return ()

    def _match(self, key: str, requirement: _Requirement) -> tuple[str | None, _Piece | None]:
        """Return (verdict, accepted piece) for a programme key against a requirement."""
        piece = requirement.by_key.get(key) or requirement.by_compact.get("".join(_content(key)))
        if piece is not None:
            return "sama", piece
        for piece in requirement.candidates:
            verdict = self.same_programme(key, piece.key)
            if verdict is not None:
                return (URUTAN_KATA if verdict == URUTAN_KATA else "salah ketik"), piece
        return None, None

    def _match_prefixes(self, employee: _Employee, requirement: _Requirement) -> _Piece | None:
        """A dotted word matches a required word it begins ("ADM. NEGARA" ~ ADMINISTRASI NEGARA)."""
        mine = _content(employee.key)
        for piece in requirement.candidates:
            theirs = _content(piece.key)
            if len(mine) == len(theirs) and all(
                a == b or (a in employee.prefixes and b.startswith(a)) for a, b in zip(mine, theirs, strict=True)
            ):
                return piece
        return None

    # --- verdicts ---------------------------------------------------------------------
    def fit(
        self,
        level: object,
        programme: str | None,
        required_level: object,
        required_text: str | None,
        *,
        nama: str | None = None,
    ) -> EducationFit:
        """Return the education verdict for one employee against one requirement."""
        memo_key = (_text(level), _text(programme), _text(required_level), _text(required_text), _text(nama))
        cached = self._fits.get(memo_key)
        if cached is None:
            cached = self._fit(*memo_key)
            self._fits[memo_key] = cached
        return cached

    def _fit(self, level: str, programme: str, required_level: str, required_text: str, nama: str) -> EducationFit:
        employee = self._employee(level, programme, nama)
        requirement = self._requirement(required_level, required_text)
        reasons: list[str] = [employee.rules] if employee.rules else []
        level_ok = True
        needed = requirement.needed
        if needed is not None:
            own_rank, needed_rank = level_rank(employee.level), level_rank(needed)
            if own_rank is None:
                level_ok = False
                reasons.append(f"Tingkat pendidikan pegawai tidak diketahui (syarat {needed})")
            elif needed_rank is not None and own_rank < needed_rank:
                level_ok = False
                reasons.append(f"Tingkat pendidikan {employee.level} di bawah syarat {needed}")
            elif needed in _SPECIALIST_LEVELS and employee.level == "S-2" and not employee.medical:
                level_ok = False
                reasons.append(
                    f"S-2 tanpa pendidikan kedokteran (gelar dr./drg./Sp., PPDS) tidak memenuhi syarat {needed}"
                )

        status, match, why = self._programme_status(employee, requirement)
        if why:
            reasons.append(why)
        memenuhi = level_ok and status == SESUAI
        if memenuhi and needed is not None and employee.rules:
            reasons.append(f"memenuhi syarat {needed}")
        return EducationFit(status, memenuhi, "; ".join(reasons), level_ok, match)

    def _vocational(self, employee: _Employee, requirement: _Requirement) -> tuple[_Piece | None, str]:
        """Check the pieces that name a school track (SMK, SLTA KEJURUAN, SMK TEKNIK, SPG)."""
        tracks = [piece for piece in requirement.pieces if piece.jalur in (JALUR_KEJURUAN, JALUR_KEGURUAN)]
        if not tracks:
            return None, ""
        above = (level_rank(employee.level) or 0) > _SLTA_RANK
        for piece in tracks:
            if piece.key and piece.bidang is None:
                continue  # a named programme ("SMK TEKNIK LISTRIK"): compared as a programme
            if not above and employee.jalur != piece.jalur:
                continue
            if piece.bidang is None:
                return piece, f"memenuhi {piece.text}"
            field_word = piece.key.split()[0] if piece.key else ""
            if employee.family == piece.bidang or (field_word and employee.key.startswith(field_word)):
                return piece, f"bidang {employee.family or field_word.lower()} memenuhi {piece.text}"
        track = _JALUR_NAMES.get(tracks[0].jalur or "", "SLTA kejuruan")
        if employee.jalur == tracks[0].jalur or above:
            return None, f"bidang pegawai tidak termasuk yang diterima ({requirement.listed})"
        own = "SLTA umum" if employee.jalur is None or employee.jalur == "umum" else _JALUR_NAMES[employee.jalur]
        if (level_rank(employee.level) or 0) < _SLTA_RANK:
            own = employee.level or "tingkat tidak diketahui"
        return None, f"pendidikan pegawai {own}, syarat {track} ({requirement.listed})"

    @staticmethod
    def _applied(employee: _Employee, requirement: _Requirement) -> tuple[_Piece | None, str]:
        """Check a piece asking the sarjana terapan degree (:data:`_APPLIED_DEGREE`): a D-IV of any programme meets it,
        as a higher degree does; an academic S-1 or a profession does not."""
        pieces = [piece for piece in requirement.pieces if piece.jalur == _TERAPAN]
        if not pieces:
            return None, ""
        if employee.level == "D-IV" or (level_rank(employee.level) or 0) >= (level_rank("S-2") or 8):
            return pieces[0], f"{employee.level} memenuhi {pieces[0].text} (sarjana terapan)"
        own = employee.level or "tingkat tidak diketahui"
        return None, f"pendidikan pegawai {own}, syarat sarjana terapan D-IV ({requirement.listed})"

    def _programme_status(self, employee: _Employee, requirement: _Requirement) -> tuple[str, str | None, str]:
        if requirement.open:
            return SESUAI, None, ""
        piece, why = self._vocational(employee, requirement)
        if piece is None and not why:
            piece, why = self._applied(employee, requirement)
        if piece is not None:
            return SESUAI, piece.text, why
        if not employee.key:
            if why:
                return TIDAK_SESUAI, None, why[0].upper() + why[1:]
            return TIDAK_SESUAI, None, "Jurusan pegawai tidak tercatat"
        shown = employee.shown
        above = (level_rank(employee.level) or 0) > _SLTA_RANK
        lower = tuple(k for at, k in employee.lower_keys if at == requirement.needed)
        for key in employee.keys + lower:
            memo = (key, requirement)
            verdict, found = self._matches.get(memo) or self._matches.setdefault(memo, self._match(key, requirement))
            mismatch = employee.jalur is not None and found is not None and found.jalur not in (None, employee.jalur)
            if mismatch and not above:
                continue  # "SMK AKUNTANSI" is not met by an SMA with the same word in its stream
            if found is not None and verdict == "sama":
                note = "" if key == employee.key else f" (dibaca sebagai {key})"
                # the cell's own identities only for its main reading: "S1 Ekonomi (Akuntansi/Manajemen)" read as
                # MANAJEMEN relies on no "EKONOMI AKUNTANSI setara AKUNTANSI" (real21, h34)
                own = identity_rules(shown, employee.level) if key == employee.key else ()
                theirs = identity_rules(found.text, employee.level)
                # a rule both texts rely on rewrites both alike, so the match needs it not: "S-1 EKONOMI DAN STUDI
                # PEMBANGUNAN" meets itself without "… setara EKONOMI PEMBANGUNAN"; nor the requirement's renaming to
                # the name the cell's own renaming already reached ("EKONOMI & STUDI PEMBANGUNAN" named two; spell20)
                reached = {r.rpartition(" setara ")[2] for r in own}
                theirs = tuple(r for r in theirs if r in own or r.rpartition(" setara ")[2] not in reached)
                rules = dict.fromkeys(r for r in (*own, *theirs) if not (r in own and r in theirs))
                if rules:
                    note += f" ({'; '.join(rules)})"
                return SESUAI, found.text, f"Jurusan '{shown}'{note} sesuai syarat '{found.text}'"
            if found is not None:
                return SESUAI, found.text, f"Jurusan '{shown}' sama dengan '{found.text}' ({verdict})"
        if employee.prefixes:
            found = self._match_prefixes(employee, requirement)
            if found is not None:
                return SESUAI, found.text, f"Jurusan '{shown}' sesuai syarat '{found.text}' (singkatan bertitik)"
        base = (
            why[0].upper() + why[1:]
            if why and not requirement.candidates
            else (f"Jurusan '{shown}' bukan salah satu jurusan yang diterima ({requirement.listed})")
        )
        if employee.family is not None and employee.family in requirement.families:
            return SERUMPUN, None, f"{base}; serumpun ({employee.family})"
        tied = (family_ties(employee.key) & (requirement.ties | requirement.families)) | (
            requirement.ties & ({employee.family} - {None})
        )
        if tied:
            return SERUMPUN, None, f"{base}; serumpun ({min(tied).lower()})"
        return TIDAK_SESUAI, None, base

    def _family(self, key: str) -> str | None:
        """Return the family of a key, reading typo'd words as their nearest vocabulary word."""
        family = family_of_key(key)
        if family is not None:
            return family
        words = _content(key)
        self._fill_nearest(words)
        fixed = []
        for word in words:
            _, nearest = self._nearest.get(word, (0, ()))
            fixed.append(nearest[0] if len(nearest) == 1 else word)
        return family_of_key(" ".join(fixed))

    def fit_many(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Return ``status_pendidikan, memenuhi_pendidikan, alasan_pendidikan, pendidikan_ok`` per row.

        ``frame`` holds ``pendidikan, jurusan, syarat_pendidikan, syarat_jurusan`` (and
        optionally ``nama``). Work is done once per distinct combination and merged back,
        and unseen words are resolved against the vocabulary in one vectorised pass.
        """
        columns = ["pendidikan", "jurusan", "syarat_pendidikan", "syarat_jurusan"]
        if "nama" in frame.columns:
            columns.append("nama")
        texts = pd.DataFrame({c: frame[c].map(_text) if c in frame.columns else "" for c in columns}, index=frame.index)
        codes = texts.groupby(columns, sort=False).ngroup().to_numpy()
        distinct = texts.drop_duplicates().reset_index(drop=True)
        keys = {programme_key(split_level(p)[1]) for p in distinct["jurusan"].unique()}
        keys |= {programme_key(split_level(p)[1]) for p in distinct["pendidikan"].unique()}
        self._fill_nearest(word for key in keys for word in _content(key))
        fits = [
            self.fit(
                row["pendidikan"],
                row["jurusan"],
                row["syarat_pendidikan"],
                row["syarat_jurusan"],
                nama=row.get("nama") or None,
            )
            for row in distinct.to_dict("records")
        ]
        # ngroup numbers groups in order of first appearance, as drop_duplicates keeps them
        result = pd.DataFrame(
            {
                "status_pendidikan": [f.status for f in fits],
                "memenuhi_pendidikan": [f.memenuhi for f in fits],
                "alasan_pendidikan": [f.alasan for f in fits],
                "pendidikan_ok": [f.level_ok for f in fits],
            }
        )
        out = result.iloc[codes].set_index(frame.index)
        return out.astype({"memenuhi_pendidikan": bool, "pendidikan_ok": bool})


def _text(value: object) -> str:
    """Return a cell as stripped text ("" for None/NaN)."""
    if value is None:
        return ""
    if isinstance(value, float) and value != value:
        return ""
    if value is pd.NA or value is pd.NaT:
        return ""
    return str(value).strip()


def education_family(pendidikan: str | None, jurusan: str | None, nama: str | None = None) -> str | None:
    """Return the field family of an employee's education (vocational field, programme, or title)."""
    parsed = parse_education(pendidikan, jurusan, nama)
    if parsed.bidang:
        return parsed.bidang
    family = family_of_key(programme_key(parsed.programme)) if parsed.programme else None
    if family is None and nama:
        family = parse_titles(nama).family
    return family
