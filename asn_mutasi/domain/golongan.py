"""Parse golongan/ruang of PNS (I/a … IV/e) and golongan of PPPK (I … XVII) (domain.md §2).

Spellings seen in real exports: ``III/a``, ``IIIa``, ``III-a``, ``3A``, ``3/a``,
``Penata Muda (III/a)``, ``III a / Penata Muda``, ``Penata Tk.I (III/d)``, a pangkat name
alone (``Penata Muda Tk. I`` → III/b), SIASN ids ``31``…``45`` and PPPK ``IX``,
``Golongan IX``, ``GOL. IX``.

Decisions, because some spellings cannot be read both ways:

- A Roman numeral *with* a ruang letter is PNS (``IV/a``); a Roman numeral I…XVII
  *without* one is PPPK (``IV`` → PPPK golongan IV). PNS exports always carry the ruang,
  PPPK golongan never has one, so a bare ``III`` is far more likely a PPPK value.
- A two-digit number is a SIASN golongan id only when it is the whole value (``31``).
- A bare Arabic number such as ``9`` is ambiguous (PPPK IX? a rank? golongan III of a
  PNS missing its ruang?) and gives ``None``; the analyst gets a finding instead of a
  guess.
"""

from __future__ import annotations

import functools
import math
import numbers
import re
from dataclasses import dataclass

from asn_mutasi.domain.coded_fields import compatible


@dataclass(frozen=True)
class Golongan:
    """A canonical golongan: ``kode`` ``III/a`` (PNS) or ``IX`` (PPPK), ``rank`` 1..17."""

    kode: str
    rank: int
    pppk: bool
    pangkat: str | None


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
#: PPPK golongan I..XVII in order (rank = index + 1)
PPPK_KODE: tuple[str, ...] = (*_ROMAN, "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII")
#: PNS golongan/ruang in order with their pangkat (rank = index + 1)
PNS_GOLONGAN: tuple[tuple[str, str], ...] = (
    ("I/a", "Juru Muda"),
    ("I/b", "Juru Muda Tingkat I"),
    ("I/c", "Juru"),
    ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tingkat I"),
    ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tingkat I"),
    ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"),
    ("IV/b", "Pembina Tingkat I"),
    ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama"),
)
MAX_RANK = 17

_PNS_BY_KODE: dict[str, Golongan] = {
    kode: Golongan(kode, i + 1, False, pangkat) for i, (kode, pangkat) in enumerate(PNS_GOLONGAN)
}
_PPPK_BY_KODE: dict[str, Golongan] = {kode: Golongan(kode, i + 1, True, None) for i, kode in enumerate(PPPK_KODE)}
_ARABIC_TO_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}


#: a PNS golongan written without its ruang ("III"); it reads as the PPPK golongan of the same numeral
@functools.cache
def _BARE() -> re.Pattern[str]:
    return re.compile(r"^\s*(IV|III|II|I)\s*$", re.IGNORECASE)


#: a ruang alone ("b"), as a RUANG column holds it
@functools.cache
def _RUANG_ALONE() -> re.Pattern[str]:
    return re.compile(r"^\s*([a-eA-E])\s*$")


def bare_golongan(text: str) -> str | None:
    """The numeral of a PNS golongan written without its ruang ("iii " → "III"), None for anything else. The one
    rule behind completing it from a RUANG/PANGKAT column (the readers) and reading it as the lowest ruang
    (``golongan-tanpa-ruang``)."""
    found = _BARE().match(text)
    return None if found is None else found.group(1).upper()


def ruang_alone(text: str) -> str | None:
    """The ruang of a cell holding only one ("B" → "b"), None for anything else."""
    found = _RUANG_ALONE().match(text)
    return None if found is None else found.group(1).lower()


def lowest_ruang(numeral: str) -> str:
    """The PNS golongan of ``numeral`` at its lowest ruang: "III" → "III/a"."""
    return f"{numeral}/a"


#: "III/a", "IIIa", "III a", "III-a", "III.a", "III / a", "III\\a" anywhere in the text; "lll/a", "Il/b": a lowercase
#: l typed for the I (as in "Tk. l", :func:`_pangkat_key`), read as I by :func:`_roman`
_ROMAN_RUANG = re.compile(r"(?<![A-Z])(IV|[Il]{1,3})\s*[/\\\-.]?\s*([A-E])(?![A-Z])", re.IGNORECASE)
#: "3A", "3/a", "3 a", "3-a", "3\\a" as the whole value
_ARABIC_RUANG = re.compile(r"^([1-4])\s*[/\\\-.]?\s*([A-E])$", re.IGNORECASE)
#: SIASN golongan id as the whole value
_SIASN_ID = re.compile(r"^([1-4])([1-5])$")
#: "IX", "Golongan IX", "GOL. IX", "PPPK IX", "Gol IX PPPK", and the numeral bracketed after the word: "Golongan (V)"
#: (a Cabang Dinas Kehutanan's staff list writes each PPPK so beside "Penata, III/c"; real29, h37)
_PPPK = re.compile(
    r"^(?:(?:golongan|gol|pppk|p3k)\b\.?\s*)*(?:([IVX]+)|\(\s*([IVX]+)\s*\))(?:\s*\(?\s*(?:pppk|p3k)\s*\)?)?$",
    re.IGNORECASE,
)


def _pangkat_key(text: str) -> str:
    """Reduce a pangkat spelling to a comparable key ("Penata Tk.I", "PENATA TKT 1" → "penata tk i"; "PENATA MD",
    "Penata Mda" → "penata muda"; "Pembina Utama Mady" → "pembina utama madya"). "Md" after "Utama" may be Muda
    or Madya: it is left as written (no pangkat, a finding)."""
    key = re.sub(r"[^a-z0-9]+", " ", text.casefold())
    key = re.sub(r"\b(?:tingkat|tkt|tngkt)\b", "tk", key)
    # "Juru Muda Tingk", "Penata Muda T": "Tingkat" cut by a short text column (a varchar(20) "1/B (Juru Muda
    # Tingk" in a SQL dump; real24, h35) is a qualifier left unread, not the pangkat below it
    key = re.sub(r"\b(?:t|ti|tin|ting|tingk|tingka)$", "tk", key)
    key = re.sub(r"\btk\s*(?:i|1|l)\b", "tk i", key)  # "Tk. l": an l typed for the I
    key = re.sub(r"\b(?<!utama )(?:mda|mud|md)\b", "muda", key)
    key = re.sub(r"\b(?:mady|mdy)\b", "madya", key)
    return " ".join(key.split())


#: pangkat keys, longest first so "pembina utama muda" wins over "pembina"
_PANGKAT: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b{re.escape(_pangkat_key(p))}\b"), kode)
    for kode, p in sorted(PNS_GOLONGAN, key=lambda kp: -len(_pangkat_key(kp[1])))
)


def golongan_from_rank(rank: int, pppk: bool = False) -> Golongan:
    """Return the golongan of a rank 1..17 (PNS I/a … IV/e, or PPPK I … XVII)."""
    if not 1 <= rank <= MAX_RANK:
        raise ValueError(f"rank golongan harus 1–{MAX_RANK}")
    if pppk:
        return _PPPK_BY_KODE[PPPK_KODE[rank - 1]]
    return _PNS_BY_KODE[PNS_GOLONGAN[rank - 1][0]]


def _pns(roman: str, ruang: str) -> Golongan | None:
    return _PNS_BY_KODE.get(f"{roman.upper()}/{ruang.lower()}")


#: "1/B (Juru Muda Tingk", "3/a - Penata Muda": an Arabic golongan with its ruang opening a cell that says more
_ARABIC_NOTED = re.compile(r"^([1-4])\s*[/\\\-.]\s*([A-E])(?![A-Za-z])", re.IGNORECASE)


def _roman_numbered(text: str) -> str:
    """The cell with an opening Arabic golongan written in Roman numerals ("1/B (Juru Muda)" → "I/B (Juru Muda)"), so
    the numeral and the pangkat beside it are read and checked as "I/b (Juru Muda)" is: the pangkat alone was read,
    "1/B (Juru Muda Tingk" as I/a (real24, h35)."""
    found = _ARABIC_NOTED.match(text)
    if found is None:
        return text
    return f"{_ARABIC_TO_ROMAN[found.group(1)]}/{found.group(2)}{text[found.end() :]}"


def _from_text(text: str) -> Golongan | None:
    siasn = _SIASN_ID.match(text)
    if siasn:
        return _pns(_ARABIC_TO_ROMAN[siasn.group(1)], "abcde"[int(siasn.group(2)) - 1])
    arabic = _ARABIC_RUANG.match(text)
    if arabic:
        return _pns(_ARABIC_TO_ROMAN[arabic.group(1)], arabic.group(2))
    text = _roman_numbered(text)
    roman = _ROMAN_RUANG.search(text)
    if roman:
        # an impossible combination such as "III/e" is not silently read as something else
        found = _pns(roman.group(1).replace("l", "I"), roman.group(2))
        return None if found is None or golongan_conflict(text) else found
    pppk = _PPPK.match(text)
    if pppk:
        return _PPPK_BY_KODE.get((pppk.group(1) or pppk.group(2)).upper())
    noted = _NOTED.match(text)
    if noted:
        return None if golongan_conflict(text) else _from_noted(noted)
    pppk_number = _PPPK_ARABIC().match(text)
    if pppk_number and re.search(r"pppk|p3k", text, re.IGNORECASE):  # "P3K GOLONGAN 2"; "Golongan 2" alone: no
        number = int(pppk_number.group(1))
        return _PPPK_BY_KODE[PPPK_KODE[number - 1]] if 1 <= number <= len(PPPK_KODE) else None
    return _pangkat_in(_pangkat_key(text))


#: Indonesian number words 1..17, as a cell spells the PPPK golongan out after its numeral: "IX (sembilan)"
_NUMBER_WORDS = (
    "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
    "dua belas", "tiga belas", "empat belas", "lima belas", "enam belas", "tujuh belas",
)  # fmt: skip
#: the jenjang of a functional post written after a PPPK golongan ("IX - Ahli Pertama"): the post's level, not
#: another golongan (the golongan per jenjang is only indicative, domain.md §2.2), so it is read past
_JENJANG_NOTE = re.compile(r"^(?:ahli\s+(?:pertama|muda|madya|utama)|pemula|terampil|mahir|penyelia)$", re.I)
#: a golongan numeral with a note after it: "IX (sembilan)", "IX - Ahli Pertama", "IV (Pembina)", "III, Penata"
_NOTED = re.compile(r"^(?:(?:golongan|gol)\b\.?\s*)?(XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
                    r"\s*[-\u2013,:(/]?\s*([A-Za-z][A-Za-z .]*?)\s*\)?\s*$", re.I)  # fmt: skip


def noted_jenjang(value: object) -> str | None:
    """The JF jenjang a golongan cell writes after its numeral ("IX - Ahli Utama" → "ahli utama"), None for any other
    cell: read past by :func:`parse_golongan`, it is checked against the golongan (``golongan-jenjang-mustahil``)."""
    text = " ".join(compatible(value).split()) if isinstance(value, str) else ""
    noted = _NOTED.match(text)
    if noted is None:
        return None
    note = " ".join(noted.group(2).split()).casefold()
    return note if _JENJANG_NOTE.match(note) else None


def _from_noted(noted: re.Match[str]) -> Golongan | None:
    """The golongan of a numeral with an agreeing note: a number word or jenjang → the PPPK golongan; a pangkat
    name → the PNS golongan it names (its numeral agreeing, :func:`golongan_conflict`)."""
    numeral, note = noted.group(1).upper(), " ".join(noted.group(2).split()).casefold()
    if note in _NUMBER_WORDS or _JENJANG_NOTE.match(note):
        return _PPPK_BY_KODE.get(numeral)
    return _pangkat_in(_pangkat_key(note))


def _pangkat_in(key: str) -> Golongan | None:
    """The PNS golongan of the longest pangkat name in a pangkat key, None if none (or one not read whole)."""
    for pattern, kode in _PANGKAT:
        found = pattern.search(key)
        if found:
            # a qualifier left unread after the pangkat ("Penata Tk 1a", "Pembina Utama Md") is no lower pangkat:
            # the analyst gets a finding, not the next pangkat down
            rest = key[found.end() :].split()
            return None if rest and rest[0] in _QUALIFIERS else _PNS_BY_KODE[kode]
    return None


def golongan_conflict(value: object) -> tuple[str, str] | None:
    """(what the numeral says, what the words beside it say) when one cell names two golongan: "III/a (Penata)" →
    ("III/a", "Penata (III/c)"), "IX (delapan)" → ("IX", "delapan (VIII)"), "III (Pembina)" → ("III", "Pembina
    (IV/a)"); None when they agree or the cell holds no such pair. Either golongan was taken silently, the numeral
    over the pangkat, or the pangkat over the numeral (hostile8, h32)."""
    text = _roman_numbered(" ".join(compatible(str(value)).split()) if isinstance(value, str) else "")
    roman = _ROMAN_RUANG.search(text)
    if roman:
        kode = f"{roman.group(1).replace('l', 'I').upper()}/{roman.group(2).lower()}"
        note = _pangkat_key(text[: roman.start()] + " " + text[roman.end() :])
        said = _pangkat_in(note)
        if said is None or said.kode == kode or _cut_pangkat(text, note, kode):
            return None
        return kode, f"{said.pangkat} ({said.kode})"
    noted = _NOTED.match(text)
    if noted is None:
        return None
    numeral, note = noted.group(1).upper(), " ".join(noted.group(2).split()).casefold()
    if note in _NUMBER_WORDS:
        spelled = PPPK_KODE[_NUMBER_WORDS.index(note)]
        return None if spelled == numeral else (numeral, f"{note} ({spelled})")
    said = _pangkat_in(_pangkat_key(note))
    if said is None or said.kode.split("/")[0] == numeral:
        return None
    return numeral, f"{said.pangkat} ({said.kode})"


def _cut_pangkat(text: str, note: str, kode: str) -> bool:
    """Whether the pangkat beside a golongan is that golongan's own, cut short: a bracket left open and the text the
    start of its pangkat, wherever the column cut it ("IV/C (Pembina Utama " of a varchar(20) column: Pembina Utama
    Muda; real24, h35), also within a word ("IV/d (Pembina Utama Ma", "3/B (Penata M" of a narrower or wider column:
    58 of 455 such cuts of the 17 golongan read no golongan and a conflict with Pembina Utama or Penata; review20,
    h35). Cut, it names a higher golongan and the cell was read as naming two."""
    own = _PNS_BY_KODE.get(kode)
    if own is None or own.pangkat is None or text.count("(") <= text.count(")"):
        return False
    return _pangkat_key(own.pangkat).startswith(note.strip())


#: words that qualify a pangkat: one left after the longest pangkat found means it was not read whole
_QUALIFIERS = frozenset({"tk", "muda", "madya", "utama", "md", "mda", "mud", "mdy", "mady"})


#: "P3K GOLONGAN 2", "PPPK Gol. 10": a PPPK golongan in Arabic numerals (a PPPK marker must be in the text)
@functools.cache
def _PPPK_ARABIC() -> re.Pattern[str]:
    return re.compile(r"^(?:(?:golongan|gol|pppk|p3k)\b\.?\s*)+(\d{1,2})(?:\s*\(?\s*(?:pppk|p3k)\s*\)?)?$", re.I)


def parse_golongan(value: object) -> Golongan | None:
    """Return the canonical golongan of a cell, or ``None`` when empty or not recognised."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, numbers.Real):
        real = float(value)
        if math.isnan(real) or math.isinf(real) or real != math.floor(real):
            return None
        text = str(int(real))
    elif isinstance(value, str):
        # Roman numerals as one character ("Ⅳ/a", a word processor's) and fullwidth letters ("ＩＩＩ／ｂ", an East
        # Asian input method's) in their plain form, as the education and title cells read them (review8, h32)
        text = " ".join(compatible(value).split())
    else:
        return None
    if not text:
        return None
    return _from_text(text)


def pangkat_alone(value: object) -> Golongan | None:
    """The PNS golongan of a cell that says only a pangkat, with or without its golongan ("Penata Tk.I", "Penata
    Tingkat I (III/d)", "III/d"); None for anything more: "Penata Kelola Sistem", "Pembina Jasmani" are posts that
    begin with a pangkat's word (:func:`parse_golongan` reads those as the pangkat)."""
    found = parse_golongan(value)
    if found is None or found.pangkat is None or not isinstance(value, str):
        return None
    text = _ROMAN_RUANG.sub(" ", _roman_numbered(" ".join(compatible(value).split())))
    key = _pangkat_key(text)
    return found if key in ("", _pangkat_key(found.pangkat)) else None


def pangkat_and_golongan(value: object) -> str:
    """The pangkat with the golongan/ruang, as a decree names them: "Penata Muda Tingkat I, III/b"; a golongan with
    no pangkat (PPPK, a PNS numeral without its ruang) by its kode; a cell not recognised as written; '' when blank.
    The petikan and the lampiran printed "III/b" alone where the Daftar SK said the pangkat (walk5, h28)."""
    gol = parse_golongan(value)
    if gol is None:
        text = "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)
        return " ".join(text.split())
    return f"{gol.pangkat}, {gol.kode}" if gol.pangkat else gol.kode
