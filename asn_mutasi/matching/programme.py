"""Split programme requirements and reduce programme names to canonical identity keys.

``programme_key`` answers "is this the same study programme, spelled differently?" for the
*deterministic* part of the question: casing, punctuation, the level written in front
("S-1 ", "D3 ", "Strata 1 "), administrative words ("PRODI", "PROGRAM STUDI", "JURUSAN",
"PEMINATAN", "KONSENTRASI"), the word "ILMU" (programmes are named both with and without
it: "ILMU HUKUM" and "HUKUM" are one programme, "ILMU ADMINISTRASI NEGARA" and
"ADMINISTRASI NEGARA" too), a trailing abbreviation in parentheses ("(PGSD)"), common
abbreviations, and a short table of true identities. Typos are handled later, by
:mod:`asn_mutasi.matching.education`.

The identity table lives in ``asn_mutasi/data/pendidikan_program.csv`` (rows ``identitas``,
each with its source, codes explained in ``pendidikan_sumber.csv``): pairs that are the same
programme under another official or customary name, e.g. ``ADMINISTRASI PUBLIK`` ≡
``ADMINISTRASI NEGARA`` (2017 nomenclature), ``EKONOMI MANAJEMEN``/``MANAJEMEN EKONOMI`` ≡
``MANAJEMEN`` (faculty written before or after the programme), ``ANALIS KESEHATAN`` ≡
``TEKNOLOGI LABORATORIUM MEDIS`` (renamed; 39 of the 40 SSCASN 2024 formations that accept the
old name also accept the new one), profession names (``PROFESI NERS`` ≡ ``NERS``,
``DOKTER UMUM`` ≡ ``DOKTER``). Identities valid at one level only (``LEVEL_IDENTITIES``: D-III
``KESEHATAN LINGKUNGAN`` ≡ ``SANITASI``) are applied by the matcher, which knows the level.
The same file holds multi-word abbreviations (``PG PAUD``, ``IKM``), dotted abbreviations
(``T.``, ``MAN.``, ``KES.``; without the dot ``MAN`` is Madrasah Aliyah Negeri) and the first
degree a profession implies (``NERS`` → ``KEPERAWATAN``). Word spellings (``STATISTIK`` →
``STATISTIKA``, ``MEDIK`` → ``MEDIS`` …) stay in ``_WORD_SPELLINGS``.

Deliberately *not* merged (row ``tidak_sama``): ``TEKNIK INFORMATIKA`` and ``INFORMATIKA``:
169 SSCASN 2024 formations accept Teknik Informatika and only 46 of them also accept
Informatika, and programmes named Teknik Informatika still run; they are ``serumpun``
(komputer), not one programme.
"""

from __future__ import annotations

import re
from functools import lru_cache

from asn_mutasi.data import data_csv
from asn_mutasi.domain.pendidikan import (
    LEVEL_FLOOR_WORDS,
    LEVEL_WORD,
    TRAILING_PAREN,
    abbreviation_parenthetical,
    dotted_abbreviations,
    programme_abbreviations,
    split_level,
    strip_certificates,
    word_abbreviations,
)
from asn_mutasi.matching.families import family_of_key

# The programme lexicon (asn_mutasi/data/pendidikan_program.csv, sources in pendidikan_sumber.csv):
# identities (one programme under two names), multi-word abbreviations, dotted abbreviations,
# and the first degree a profession implies.
_PROGRAM_ROWS = data_csv("pendidikan_program.csv")
#: abbreviation token → expansion (whole tokens only, after punctuation is removed): the one-word abbreviations of
#: ``pendidikan_program.csv``, a programme's own (``singkatan``: "PGSD", "KESMAS") and a word's within a programme
#: name (``singkatan_kata``: "TEK", "ADM", "IPA"; no programme when written alone)
ABBREVIATIONS: dict[str, str] = dict(word_abbreviations())
ABBREVIATIONS.update(programme_abbreviations())
#: multi-word abbreviations ("PG PAUD"), applied as phrases before the words are read
_PHRASE_ABBREVIATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    # written with spaces or a hyphen: "PG PAUD", "PG-PAUD"
    (re.compile(r"(?<![A-Z0-9])" + r"[\s\-]+".join(map(re.escape, row["dari"].split())) + r"(?![A-Z0-9])"), row["ke"])
    for row in sorted(
        (r for r in _PROGRAM_ROWS if r["jenis"] == "singkatan" and " " in r["dari"]),
        key=lambda r: len(r["dari"]),
        reverse=True,
    )
)
#: dotted abbreviations: "T. SIPIL", "MAN. INFORMATIKA" (without the dot MAN is Madrasah Aliyah Negeri)
DOTTED: dict[str, str] = dict(dotted_abbreviations())
_DOTTED_RE = re.compile(r"(?<![A-Z0-9.])([A-Z]{1,8})\.(?![A-Z0-9]\.)")
#: identities valid at one level only ((level, source) → target): D-III Kesehatan Lingkungan = Sanitasi
LEVEL_IDENTITIES: dict[tuple[str, str], str] = {
    (row["tingkat"], row["dari"]): row["ke"] for row in _PROGRAM_ROWS if row["jenis"] == "identitas" and row["tingkat"]
}
#: a profession programme implies its first degree (Ners → Keperawatan, Dokter → Kedokteran)
PROFESSION_DEGREE: dict[str, str] = {row["dari"]: row["ke"] for row in _PROGRAM_ROWS if row["jenis"] == "profesi_dari"}
#: the profession a first degree leads to (Farmasi → Apoteker): a Profesi-level cell that names the first degree
#: ("S1 Farmasi + Profesi", "Profesi | Keperawatan") holds that profession (spell17, h34)
PROFESSION_OF_DEGREE: dict[str, str] = {degree: profession for profession, degree in PROFESSION_DEGREE.items()}
#: a programme named for two at once reads as each (rows ``juga``): "PENDIDIKAN JASMANI OLAHRAGA DAN KESEHATAN" (PJOK,
#: the school subject) is Pendidikan Jasmani and Pendidikan Olahraga (dan Kesehatan) both; an employee's cell only
ALSO_READS: dict[str, tuple[str, ...]] = {}
for _row in _PROGRAM_ROWS:
    if _row["jenis"] == "juga":
        ALSO_READS[_row["dari"]] = (*ALSO_READS.get(_row["dari"], ()), _row["ke"])
#: lexicon rule shown to analysts for an identity ("ANALIS KESEHATAN = TEKNOLOGI LABORATORIUM MEDIS")
IDENTITY_NOTES: dict[str, str] = {
    row["dari"]: row["catatan"] for row in _PROGRAM_ROWS if row["jenis"] == "identitas" and row["catatan"]
}

_IDENTITIES: tuple[tuple[str, str], ...] = tuple(
    sorted(
        ((row["dari"], row["ke"]) for row in _PROGRAM_ROWS if row["jenis"] == "identitas" and not row["tingkat"]),
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
)
#: words the identity and spelling tables rewrite (they vanish from keys but are real words)
_WORD_SPELLINGS: dict[str, str] = {
    "STATISTIK": "STATISTIKA",
    "MEDIK": "MEDIS",
    "KARDIOVASKULER": "KARDIOVASKULAR",
    "ANALISA": "ANALISIS",
    "TADRIS": "PENDIDIKAN",  # PTKI name of teacher-education programmes (Tadris Biologi = Pendidikan Biologi)
    "TEHNIK": "TEKNIK",  # an old spelling on hospital rosters ("Tehnik Elektro Medik")
    "ELEKTROMEDIK": "ELEKTROMEDIS",
    # one Arabic word in several transliterations (the same SSCASN list writes "AHWAL AL SYAKHSIYYAH" and "AKHWALUS
    # SYAKHSIYAH"; PTKI programme lists write Aqidah for Akidah; spell5, h27): yy/y, sh/s, kh/h, the article's -us/-ul
    "SYAKHSIYYAH": "SYAKHSIYAH",
    "SYAKHSHIYYAH": "SYAKHSIYAH",
    "SYAKHSHIYAH": "SYAKHSIYAH",
    "AKHWAL": "AHWAL",
    "AHWALUS": "AHWAL",
    "AHWALUL": "AHWAL",
    "AKHWALUS": "AHWAL",
    "AQIDAH": "AKIDAH",
}
IDENTITY_WORDS = frozenset([*(word for source, _ in _IDENTITIES for word in source.split()), *_WORD_SPELLINGS])
#: words that only say "this is a programme"; removed anywhere
_NOISE_WORDS = frozenset({"ILMU", "PRODI", "JURUSAN", "PEMINATAN", "KONSENTRASI", "MINAT", "BIDANG", "PROGRAM"})
#: faculties whose "ILMU" programme is one of their programmes, not the faculty: SSCASN 2024 lists "S-1 ILMU EKONOMI"
#: beside its siblings ("S-1 EKONOMI PEMBANGUNAN", "S-1 EKONOMI MANAJEMEN", "S-1 AKUNTANSI"; never beside the faculty-wide
#: "S-1 EKONOMI": 0 of 20 formations), and "S-1 ILMU PENDIDIKAN" beside "S-1 TADRIS IPA" and "S-1 PENDIDIKAN ILMU
#: KOMPUTER". A bare "S.E" or "S.Pd" (any programme of the faculty: Manajemen and Akuntansi graduates are S.E. too)
#: and a jurusan "EKONOMI" met them once "ILMU" was dropped (spell3, h31); "ILMU HUKUM" stays "HUKUM"
_FACULTY_SCIENCES = frozenset({"EKONOMI", "PENDIDIKAN"})
#: requirement texts that accept any programme at the level
OPEN_KEYS = frozenset(
    {
        "",
        "SEDERAJAT",
        "SEMUA",
        "SEMUA PROGRAM",
        "SEMUA PROGRAM STUDI",
        "UMUM",
        "SEGALA",
        "BEBAS",
        "APA SAJA",
        "KEJURUAN",
        "KEGURUAN",
    }
)

#: "Minimal", "paling rendah", "ke atas" around a requirement's level ("sederajat" stays: "SPMA sederajat" accepts
#: the schools of SPMA's field, see the matcher)
_LEVEL_FLOOR = re.compile(rf"\b(?:{LEVEL_FLOOR_WORDS})\b\.?", re.IGNORECASE)

_MARKERS = r"(?:PEMINATAN|JURUSAN|PROGRAM\s+STUDI|PRODI|KONSENTRASI|MINAT)"
_MARKER_LIST = re.compile(_MARKERS + r"(?:\s*/\s*" + _MARKERS + r")+", re.IGNORECASE)
_LEVEL_SLASH = re.compile(
    r"(?<![A-Z0-9])((?:" + LEVEL_WORD + r"))\s*/\s*(?=(?:" + LEVEL_WORD + r")(?![A-Z0-9]))", re.IGNORECASE
)
#: "ATAU" between two level words, or before "sederajat": a list of levels as "/" writes it ("SMA ATAU SMK", "S-1 ATAU
#: D-IV AKUNTANSI", "SMA atau sederajat"); read as the programme "ATAU SMK" under SMA, no SLTA holder met them (spell10,
#: h32)
_LEVEL_OR = re.compile(
    r"(?<![A-Z0-9])((?:" + LEVEL_WORD + r"))\s+ATAU\s+(?=(?:" + LEVEL_WORD + r"|SEDERAJAT)(?![A-Z0-9]))", re.IGNORECASE
)
#: "&" before a level word joins two complete requirements ("S-1 AKUNTANSI & S-1 MANAJEMEN"); inside a name it stays
#: ("KEDOKTERAN FORENSIK & MEDIKOLEGAL", SSCASN 2024)
_AMP_LEVEL = re.compile(r"\s+&\s+(?=(?:" + LEVEL_WORD + r")(?![A-Z0-9]))", re.IGNORECASE)
#: a list number of one item ("1. ", "2) ") opening the text or after a space
_ITEM_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)]\s+")
_PARENS = re.compile(r"\([^()]*\)?")
# length-preserving masks (private-use characters) so positions found on the unmasked text
# are valid on the masked one
_MASKS: dict[str, str | int | None] = {"/": "\ue000", ",": "\ue001", ";": "\ue002", " ": "\ue003"}
_LEVEL_SLASH_MASK = "\ue004"
_MASK_TABLE = str.maketrans(_MASKS)
_UNMASK = str.maketrans({"\ue000": "/", "\ue001": ",", "\ue002": ";", "\ue003": " ", _LEVEL_SLASH_MASK: "/"})


def _mask_inside_parens(text: str) -> str:
    """Protect separators inside parentheses from splitting."""
    return _PARENS.sub(lambda m: m.group(0).translate(_MASK_TABLE), text)


def _unmask(text: str) -> str:
    return text.translate(_UNMASK)


def _split_alternatives(body: str) -> list[str]:
    """Split a level-free requirement segment into alternatives (see ``split_requirements``)."""
    pieces: list[str] = []
    for part in re.split(r"\s+DAN\s*/\s*ATAU\s+|,", body, flags=re.IGNORECASE):
        either = [p.strip() for p in re.split(r"\s+ATAU\s+", part, flags=re.IGNORECASE) if p.strip()]
        for alternative in _distribute(either):
            pieces.extend(_distribute([p.strip() for p in alternative.split("/") if p.strip()]))
    # a serial "X, Y, DAN Z" drops its conjunction: "DAN Z" is the alternative "Z"
    cleaned = [re.sub(r"^(?:DAN|SERTA)\s+", "", p.strip(), flags=re.IGNORECASE) for p in pieces]
    return [p for p in cleaned if p]


#: words that open a programme's name and name none alone: "S-1 TEKNIK ATAU REKAYASA KOMPUTER" (SSCASN 2024; "S-2 TEKNIK
#: ATAU REKAYASA SISTEM ENERGI") is Teknik or Rekayasa Komputer, and its lone "S-1 TEKNIK", the faculty-wide
#: requirement, let every "S.T." (Sarjana Teknik, read as that faculty) and every jurusan "Teknik" meet it (review2, h30)
_HEAD_WORDS = frozenset({"TEKNIK", "REKAYASA", "TEKNOLOGI", "SAINS"})


def _distribute(parts: list[str]) -> list[str]:
    """Share a head or tail word across a two-part alternative when one side is one word.

    ``TEKNIK/REKAYASA KOMPUTER`` → ``TEKNIK KOMPUTER``, ``REKAYASA KOMPUTER`` (a lone left
    word is a head that needs the shared tail); ``TEKNIK ELEKTRO/ELEKTRONIKA`` →
    ``TEKNIK ELEKTRO``, ``TEKNIK ELEKTRONIKA`` and ``ELEKTRONIKA`` (a lone right word after a
    two-word name is an alternative tail; it may also be a programme on its own). Longer
    names are left alone: ``PERENCANAAN WILAYAH DAN KOTA/PLANOLOGI`` is two programmes.
    """
    if len(parts) != 2 or split_level(_unmask(parts[1]))[0] is not None:
        return parts  # "S-1 HUKUM ATAU S-1 EKONOMI": each side is complete
    left, right = parts[0].split(), parts[1].split()
    if len(left) == 1 and len(right) >= 2:
        # keep the lone word as well when it is a programme by itself ("HUKUM ATAU EKONOMI
        # PEMBANGUNAN"); a bare "ILMU" has an empty key and is dropped, and a head word
        # (:data:`_HEAD_WORDS`) needs the tail
        lone = [parts[0]] if programme_key(parts[0]) and parts[0].upper() not in _HEAD_WORDS else []
        return [" ".join(left + right[1:]), *lone, parts[1]]
    if len(right) == 1 and len(left) in (2, 3):
        # "SAINS LABORATORIUM KLINIS ATAU MEDIS": the head is shared (h26/spell3: it read "S-2 MEDIS")
        return [parts[0], " ".join([*left[:-1], right[0]]), parts[1]]
    if len(right) >= 2 and right[0] in left[1:]:
        # "PENGOLAHAN HASIL LAUT ATAU HASIL PERIKANAN": the right side picks up where the left repeats its word
        return [parts[0], " ".join([*left[: left.index(right[0], 1)], *right]), parts[1]]
    return parts


def split_requirements(text: str | None) -> list[str]:
    """Split a requirement text into accepted programmes, keeping the level on each.

    Separators: ``;`` and line breaks first, then `` DAN/ATAU ``, ``,``, `` ATAU `` and ``/``.
    Words that say "this level or higher" ("Minimal", "paling rendah", "ke atas") are taken out first.
    Not split: slashes between level words (``S-1/A-IV``, ``D-III/Sarjana Muda``,
    ``S-1/D-IV``), anything inside parentheses (``(PGSD)``, ``(MINAT A / B)``), and the
    administrative marker list ``PEMINATAN/JURUSAN/PROGRAM STUDI/KONSENTRASI`` (removed).
    A level written on one alternative carries over to the following ones without a level.
    """
    if text is None:
        return []
    raw = str(text).strip()
    if not raw:
        return []
    raw = _AMP_LEVEL.sub(";", _numbered_items(raw))
    raw = _MARKER_LIST.sub(" ", _LEVEL_FLOOR.sub(" ", raw)).strip(" .:")
    raw = _mask_inside_parens(raw)
    raw = _LEVEL_SLASH.sub(lambda m: m.group(1) + _LEVEL_SLASH_MASK, _LEVEL_OR.sub(r"\1/", raw))
    result: list[str] = []
    for segment in re.split(r"[;\n]+", raw):
        current_prefix = ""
        for piece in _split_segment(segment.strip(" ,/")):
            plain = _unmask(piece).strip()
            level, rest = split_level(plain)
            if level is not None:
                current_prefix = plain[: len(plain) - len(rest)].strip()
                result.append(plain)
            elif current_prefix:
                result.append(f"{current_prefix} {rest}".strip())
            else:
                result.append(rest)
    return list(dict.fromkeys(p for p in result if p))


def _numbered_items(text: str) -> str:
    """A numbered list written on one line ("1. S-1 AKUNTANSI 2. S-1 MANAJEMEN", an Anjab's Pendidikan Formal flattened
    from its list) as one item a segment; it was one programme nobody met (real20, h33). Only a list that opens the
    text with 1 and counts on by one: "STRATA 1. AKUNTANSI" keeps its number."""
    found = list(_ITEM_NUMBER.finditer(text))
    if len(found) < 2 or found[0].start() != len(text) - len(text.lstrip()):
        return text
    if [int(m.group(1)) for m in found] != list(range(1, len(found) + 1)):
        return text
    return _ITEM_NUMBER.sub(";", text)


def _split_segment(segment: str) -> list[str]:
    """Split one masked segment after setting its leading level aside."""
    if not segment:
        return []
    level, rest = split_level(_unmask(segment))
    if level is None:
        return _split_alternatives(segment)
    prefix = segment[: len(segment) - len(rest)].strip()
    pieces = _split_alternatives(segment[len(segment) - len(rest) :])
    out = [f"{prefix} {pieces[0]}"] if pieces else [prefix]
    out.extend(pieces[1:])
    return out


#: short forms that are also a Roman numeral: expanded only glued to the word after them ("I.KEU" is Ilmu Keuangan,
#: "Strata I. Psikologi" the level)
_GLUED_ONLY = frozenset({"I"})


def _expanded(match: re.Match[str]) -> str:
    """One dotted short form written out (:data:`DOTTED`), or as written when unknown or a numeral (:data:`_GLUED_ONLY`)."""
    word = match.group(1)
    if word not in DOTTED or (word in _GLUED_ONLY and not match.string[match.end() : match.end() + 1].isalpha()):
        return match.group(0)
    return DOTTED[word] + " "


def _dotted(value: str) -> str:
    """Expand known dotted abbreviations ("T. SIPIL" → TEKNIK SIPIL, "MAN. INFORMATIKA"), also several written one
    after another without a space ("I.KEU.PERBANKAN": ILMU KEUANGAN PERBANKAN; the second one was left, its dot after
    the first's; spell24, h36)."""
    for _ in range(4):
        expanded = _DOTTED_RE.sub(_expanded, value)
        if expanded == value:
            break
        value = expanded
    return value


_CONCENTRATION_PAREN = re.compile(r"\(\s*(?:KONSENTRASI|PEMINATAN|MINAT)\b[^()]*\)?\s*$")


#: a condition a requirement writes after its programme ("D-IV KEBIDANAN (LULUSAN SAMPAI DENGAN TAHUN 2021)", its
#: parenthesis sometimes unclosed; "D-III KEPERAWATAN YANG MEMILIKI SERTIFIKAT PELATIHAN ANESTESI …"): no part of the
#: programme, and no roster shows it; the programme it names was refused (h26/spell2: 20 of 20 formations)
_CONDITION_PAREN = re.compile(
    r"\(\s*(?:LULUSAN|LULUS|TAHUN|YANG|DENGAN|MEMILIKI|BERSERTIFIKAT|SERTIFIKAT|DIUTAMAKAN|MINIMAL)\b"
)
_CONDITION_WORDS = re.compile(
    r"\b(?:YANG\s+MEMILIKI|YANG\s+BERSERTIFIKAT|DENGAN\s+SERTIFIKAT|DIUTAMAKAN|LULUSAN\s+(?:SAMPAI|TAHUN|SEBELUM|SETELAH))\b"
)


def _without_condition(value: str) -> str:
    """Cut the condition that closes ``value``: a parenthesis opened by a condition word that only a last ")" closes,
    or a condition phrase that ends on its last line (:data:`_CONDITION_PAREN`, :data:`_CONDITION_WORDS`).

    Found by searching where such a condition can start rather than by one pattern anchored at the end: that pattern
    tried every space and every "(" against the rest of the text, 0.4 s for a 5,000-character cell (hostile3, h31).
    """
    tail = value.rstrip()
    body = tail[:-1] if tail.endswith(")") else tail
    last_line = tail.rfind("\n")
    phrase = next((m for m in _CONDITION_WORDS.finditer(tail) if m.end() > last_line), None)
    starts = [m.start() for m in (_CONDITION_PAREN.search(body, body.rfind(")") + 1), phrase) if m]
    return value[: min(starts)].rstrip() if starts else value


#: what "SUMBER DAYA" names in programme names (the word after it in SSCASN 2024's programme names: "MANAJEMEN SUMBER
#: DAYA MANUSIA", "PENGELOLAAN SUMBER DAYA AIR", "SUMBER DAYA PERAIRAN"); rosters shorten it to SD ("S1 Manajemen SD
#: Manusia"), which before one of these words is no Sekolah Dasar (spell17, h34)
_SD_RESOURCE = re.compile(
    r"(?<![A-Z0-9])SD(?=[\s.\-]+(?:MANUSIA|ALAM|AIR|PERAIRAN|PENGAIRAN|LAHAN|HUTAN|AKUATIK|HAYATI|PERIKANAN|KELAUTAN"
    r"|TANAH|LINGKUNGAN|IKAN|MINERAL|ENERGI)(?![A-Z0-9]))"
)


#: an administrative word before the programme ("Prodi SI Hukum"): cut before the level is read, or the level after it
#: ("SI", S-1) was read as the programme Sistem Informasi, while "SI Hukum" alone read HUKUM
_LEADING_MARKER = re.compile(r"^\s*(?:PROGRAM\s+STUDI|PRODI|JURUSAN)\b[\s.:\-]*")


def _key_once(text: str) -> str:
    value = text.upper().replace("&", " DAN ").replace("\u00a0", " ")
    value = strip_certificates(value)
    value = _without_condition(value)
    value = _CONCENTRATION_PAREN.sub(" ", value)
    value = _dotted(value)
    value = _MARKER_LIST.sub(" ", value)
    for _ in range(3):
        value = _LEADING_MARKER.sub("", value)  # ("S-1 Prodi SI Hukum": before the level and after it)
        level, rest = split_level(value)
        if level is None or (not rest and value.strip() in ABBREVIATIONS):
            break  # "SI" alone is Sistem Informasi, not "S-I"
        value = rest
    value = value.strip()
    match = TRAILING_PAREN.search(value)
    if match:
        before = re.sub(r"[^A-Z0-9 ]", " ", value[: match.start()]).split()
        if before and abbreviation_parenthetical(match.group(1), before, ABBREVIATIONS):
            value = value[: match.start()]
    for pattern, target in _PHRASE_ABBREVIATIONS:
        value = pattern.sub(target, value)
    value = _SD_RESOURCE.sub("SUMBER DAYA", value)
    value = re.sub(r"[^A-Z0-9]+", " ", value)
    value = re.sub(r"\bPROGRAM STUDI\b", " ", value)
    words: list[str] = []
    tokens = value.split()
    if tokens and tokens[0] == "PS":
        tokens = tokens[1:]
    expanded = [word for token in tokens for word in ABBREVIATIONS.get(token, token).split()]
    for position, word in enumerate(expanded):
        following = expanded[position + 1] if position + 1 < len(expanded) else ""
        # "ILMU DAN TEKNOLOGI KELAUTAN" names a science *and* a field: ILMU is content there
        if word in _NOISE_WORDS and not (word == "ILMU" and following == "DAN"):
            continue
        words.append(_WORD_SPELLINGS.get(word, word))
    if len(words) == 1 and words[0] in _FACULTY_SCIENCES and "ILMU" in expanded:
        words = ["ILMU", words[0]]  # "ILMU EKONOMI", the programme, is no "EKONOMI", the faculty
    key = " ".join(words)
    for source, target in _IDENTITIES:
        if key == source:
            key = target
        elif f" {source} " in f" {key} ":
            key = f" {key} ".replace(f" {source} ", f" {target} ").strip()
    return key


@lru_cache(maxsize=65536)
def programme_key(text: str) -> str:
    """Return the canonical identity key of a programme name (idempotent)."""
    if not text:
        return ""
    key = _key_once(str(text))
    for _ in range(4):
        again = _key_once(key)
        if again == key:
            break
        key = again
    return key


#: a faculty written before the programme, as the BKN/SAPK reference writes many ("S.1 Sosial Politik Ilmu
#: Pemerintahan", "S-1 MIPA Kimia"); only names that are no programme themselves (not TEKNIK: "Teknik Informatika"
#: is not "Informatika"), and PERTANIAN, whose programmes keep their own names ("Pertanian Agronomi")
_FACULTY = re.compile(
    r"^\s*(?:FAKULTAS\s+)?(?:SOSIAL\s+(?:DAN\s+)?POLITIK|ILMU\s+SOSIAL\s+DAN\s+(?:ILMU\s+)?POLITIK|SOSPOL|FISIP|MIPA|"
    r"MATEMATIKA\s+DAN\s+ILMU\s+PENGETAHUAN\s+ALAM|FKIP|KEGURUAN\s+DAN\s+ILMU\s+PENDIDIKAN|PERTANIAN)\b[\s/,-]*",
    re.IGNORECASE,
)
_ALT_MARKER = re.compile(r"\b(?:KONSENTRASI|PEMINATAN|MINAT)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def programme_alternatives(text: str) -> tuple[str, ...]:
    """Return further readings of an employee's programme cell, as canonical keys (main key excluded).

    A concentration names the programme as well as the concentration ("S1 EKONOMI KONSENTRASI
    MANAJEMEN": EKONOMI, MANAJEMEN); a slash between faculty and programme is read either way
    ("EKONOMI / MANAJEMEN"); a parenthesis may hold the programme or a concentration
    ("KEHUTANAN (MANAJEMEN KEHUTANAN)", "PENDIDIKAN (TADRIS) BIOLOGI").
    """
    if not text:
        return ()
    main = programme_key(text)
    raw = strip_certificates(text.upper())
    level, rest = split_level(raw)
    body = rest if level is not None else raw
    readings: list[str] = []
    marker = _ALT_MARKER.search(body)
    if marker:
        before, after = body[: marker.start()], body[marker.end() :]
        readings += [before.strip(" (/"), after.strip(" )/")]
    inner = re.search(r"\(([^()]*)\)?", body)
    if inner:
        readings.append((body[: inner.start()] + " " + body[inner.end() :]).strip())
        if not body[inner.end() :].strip():  # a trailing parenthesis: the programme or its concentration
            readings += [inner.group(1), body[: inner.start()]]
            # alternatives inside it complete the head each ("TEKNIK (SIPIL/MESIN)": Teknik Sipil or Teknik Mesin;
            # "EKONOMI (AKUNTANSI/MANAJEMEN)": Ekonomi Akuntansi or Ekonomi Manajemen; real21, h34)
            head = body[: inner.start()].strip()
            parts = [p.strip() for p in inner.group(1).split("/") if p.strip()]
            readings += [f"{head} {p}" for p in parts if head and len(parts) > 1]
    if "/" in body and not marker:
        parts = [p for p in body.split("/") if p.strip()]
        readings += [" ".join(parts), *parts]
        first = parts[0].split()
        if len(first) >= 2:  # "TEKNIK ELEKTRO / ELEKTRONIKA": the later one-word name shares the head word
            readings += [f"{first[0]} {p}" for p in parts[1:] if len(p.split()) == 1 and p.split()[0] != first[0]]
    faculty = _FACULTY.match(body)
    if faculty and body[faculty.end() :].strip():  # "S.1 SOSIAL POLITIK ILMU PEMERINTAHAN": the faculty first
        readings.append(body[faculty.end() :])
    keys = [programme_key(r) for r in readings if r and r.strip()]
    return tuple(dict.fromkeys(k for k in keys if k and k != main and k not in OPEN_KEYS))


def programme_family(text: str) -> str | None:
    """Return the family (rumpun) of a programme name, or ``None`` when no rule applies."""
    return family_of_key(programme_key(text))


def is_open_requirement(text: str) -> bool:
    """Tell whether a requirement piece accepts any programme ("SLTA/SMA SEDERAJAT", "Semua jurusan")."""
    return programme_key(text) in OPEN_KEYS


@lru_cache(maxsize=65536)
def identity_rules(text: str, level: str | None = None) -> tuple[str, ...]:
    """Return the identity rows of the lexicon a programme text relies on, as clauses of a reason ("D-III KESEHATAN
    LINGKUNGAN setara D-III SANITASI"; not "… = …", a rule trace: walk7 #4, h29)."""
    if not text:
        return ()
    upper = strip_certificates(str(text).upper())
    for _ in range(3):
        found, rest = split_level(upper)
        if found is None:
            break
        upper = rest
    plain = f" {re.sub(r'[^A-Z0-9]+', ' ', upper)} ".replace(" ILMU ", " ")
    rules = [f"{source} setara {target}" for source, target in _IDENTITIES if f" {source} " in plain]
    key = programme_key(text)
    if level and (level, key) in LEVEL_IDENTITIES:
        rules.append(f"{level} {key} setara {level} {LEVEL_IDENTITIES[(level, key)]}")
    return tuple(rules)
