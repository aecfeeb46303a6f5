"""Parse Indonesian education levels (tingkat pendidikan) into canonical levels.

The canonical levels are the keys of :data:`asn_mutasi.models.EDUCATION_RANK`. Inputs come
in many dialects (SIASN codes and names, Dukcapil categories, SIMPEG free text, level
prefixes written inside a programme name), see domain.md §3.1–§3.2.

The parser looks for the *leftmost* level word, because compound spellings name the level
first and qualify it afterwards: ``Diploma III/Sarjana Muda`` is D-III (it merely
*contains* "Sarjana"), ``Diploma IV/Strata I`` is D-IV, ``S-1/A-IV`` is S-1. Specialist
medicine is checked before that scan because ``DOKTER SPESIALIS`` starts with the
profession word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from asn_mutasi.models import EDUCATION_RANK

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
    ("Sp-1", r"SPESIALIS|SP" + _SEP + _I + r"\b", False),
    ("S-2", r"PASCA\s*SARJANA|MAGISTER|S" + _SEP + _II + r"\b|STRATA" + _SEP + _II + r"\b", False),
    ("S-3", r"DOKTORAL|DOKTOR\b|S" + _SEP + _III + r"\b|STRATA" + _SEP + _III + r"\b", False),
    ("D-III", r"SARJANA\s*MUDA|AKADEMI|D" + _SEP + _III + r"\b|DIPLOMA" + _SEP + _III + r"\b", False),
    ("D-IV", r"SARJANA\s*TERAPAN|D" + _SEP + _IV + r"\b|DIPLOMA" + _SEP + _IV + r"\b", False),
    ("D-II", r"D" + _SEP + _II + r"\b|DIPLOMA" + _SEP + _II + r"\b", False),
    ("D-I", r"D" + _SEP + _I + r"\b|DIPLOMA" + _SEP + _I + r"\b", False),
    ("S-1", r"S" + _SEP + _I + r"\b|STRATA" + _SEP + _I + r"\b|SARJANA\b|A" + _SEP + _IV + r"\b", False),
    ("Profesi", r"PROFESI|NERS\b|APOTEKER\b|DOKTER\b|DRG\b", False),
    (
        "SMA",
        r"SMA\b|SMU\b|SLTA\b|SMK\b|SMKK\b|STM\b|SMEA\b|SMTI\b|SPG\b|MAK\b|ALIYAH\b|MADRASAH\s+ALIYAH"
        r"|SEKOLAH\s+MENENGAH\s+(?!PERTAMA)\w+|PAKET\s*C\b|PERSAMAAN\s+SLTA",
        False,
    ),
    ("SMA", r"MA\b", True),
    ("SMP", r"SMP\b|SLTP\b|MTS\b|SEKOLAH\s+MENENGAH\s+PERTAMA|PAKET\s*B\b|TSANAWIYAH\b", False),
    ("SD", r"SD\b|PAKET\s*A\b|IBTIDAIYAH\b", False),
    ("SD", r"MI\b|SEKOLAH\s+DASAR", True),
)
_COMPILED = tuple(
    (level, re.compile(r"(?<![A-Z0-9])(?:" + pattern + ")"), anchored) for level, pattern, anchored in _LEVEL_PATTERNS
)
_NOT_SCHOOLED = re.compile(r"\b(?:TIDAK|BELUM)\b")


def _clean(value: object) -> str:
    """Return the value as upper-case text with collapsed whitespace."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer():
            value = int(value)
    text = str(value).upper().replace("_", " ").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


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
    if text.startswith(("TIDAK", "BELUM")) or _NOT_SCHOOLED.search(text.split("/")[0]):
        return None
    for level in EDUCATION_RANK:
        if text == level.upper():
            return level
    # "DOKTER SPESIALIS ..." / "DOKTER SUBSPESIALIS": the specialty decides, not the profession word
    if re.search(r"(?<![A-Z])SUB\s*SPESIALIS", text):
        return "Sp-2"
    if re.search(r"(?<![A-Z])SPESIALIS", text):
        return "Sp-1"
    found = _leftmost(text)
    return found[0] if found else None


# A level written at the start of a programme: "S-1 TEKNIK INFORMATIKA", "D3 Keperawatan",
# "S1. Hukum", "S-1/D-IV AKUNTANSI", "D-IV/S-1 ...", "S-1/A-IV PENDIDIKAN BIOLOGI",
# "S-2/MAGISTER TERAPAN ...", "Sarjana Hukum", "DOKTER SPESIALIS PENYAKIT DALAM".
# Profession nouns (DOKTER, NERS, APOTEKER) are part of the programme and are not stripped.
_PREFIX_LEVEL = (
    r"(?:DOKTER\s+)?SUB\s*SPESIALIS|(?:DOKTER\s+)?SPESIALIS|PASCA\s*SARJANA|MAGISTER(?:\s+TERAPAN)?"
    r"|SARJANA\s*MUDA|SARJANA\s*TERAPAN|SARJANA|AKADEMI|PROFESI|STRATA" + _SEP + r"(?:III|II|I|[123])"
    r"|DIPLOMA" + _SEP + r"(?:IV|III|II|I|[1-4])|D" + _SEP + r"(?:IV|III|II|I|[1-4])"
    # "S" + roman numeral needs a separator: "SI" alone is Sistem Informasi, not S-I
    r"|S(?:[\s.\-]+(?:III|II|I)|" + _SEP + r"[1-3])|A" + _SEP + r"IV"
    r"|DOKTORAL|DOKTOR|SMA|SMU|SMKK|SMK|SLTA|SLTP|SMP|STM|SMEA|MAK|MA|SD"
)
#: regular expression (upper case) of one level word as written before a programme
LEVEL_WORD = _PREFIX_LEVEL

_PREFIX = re.compile(
    r"^\s*(?P<level>(?:" + _PREFIX_LEVEL + r"))(?![A-Z0-9])"
    r"(?:\s*/\s*(?:" + _PREFIX_LEVEL + r")(?![A-Z0-9]))*(?:\s*/?\s*SEDERAJAT(?![A-Z0-9]))?"
    r"(?P<sep>[\s.:\-]*)",
    re.IGNORECASE,
)


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
    match = _PREFIX.match(text)
    if match is None:
        return None, text.strip()
    rest = text[match.end() :].strip()
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
