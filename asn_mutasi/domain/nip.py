"""Normalise and validate the 18-digit NIP of PNS and the NI PPPK (domain.md §1).

Layout ``YYYYMMDD YYYYMM G NNN``: birth date, TMT CPNS (year + month; PPPK write ``2`` and the
number of the work agreement, ``21`` … ``29``, instead of a month), sex (1 = L, 2 = P) and a sequence number from 001. Reasons
(``alasan``) are Indonesian and never repeat the NIP itself, because they end up in
reports and logs that may be shared.
"""

from __future__ import annotations

import functools
import math
import numbers
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

import numpy as np

from asn_mutasi.distinct import per_distinct

NIP_LENGTH = 18
#: plausible birth years (digits 1-4); bounds are policy, documented in domain.md §1.4
MIN_TAHUN_LAHIR = 1940
MAX_TAHUN_LAHIR = 2010
#: earliest year of a first appointment (digits 9-12)
MIN_TAHUN_TMT = 1960
#: the TMT year must lie strictly after birth year + this (nobody is appointed at 15)
MIN_SELISIH_TAHUN_TMT = 15
#: ... and at most this many years after the birth year (nobody is first appointed at 61)
MAX_SELISIH_TAHUN_TMT = 60
#: digit 13 of a PPPK number; digit 14 is "jumlah perjanjian kerja" (the how-many-th work agreement, 1-9): "21" on
#: nearly every PPPK, "22" on a second agreement (a real DPD RI roster, real10 h29), "24" on a 2025 PPPK paruh waktu
#: example (swarawarta.co.id, 6 Oct 2025); muzhawir/indonesian_id:lib/nip/pppk.ex reads the two digits the same way
#: (domain.md §1.2). A PNS month 01-12 never starts with 2, so the two cannot be confused.
KODE_PPPK = "2"
#: digits 13-14 of a PPPK number as numbers: 21 … 29
_PPPK_MIN, _PPPK_MAX = 21, 29
#: the first year of a PPPK appointment (digits 9-12 of a NI PPPK): PPPK exist since PP 49/2018, the first appointed
#: in 2019. A "2x" code with an earlier year is a PNS month mistyped ("25", or "21" for "12": TMT 1990, 2010) and
#: read as a valid PPPK (review11 #4, h29); the floor holds for "21" too, which no real file shows before 2019
MIN_TAHUN_PPPK = 2019
#: Excel keeps 15 significant digits; a number this large was an 18-digit text once
_ANGKA_EXCEL_MIN = 10**14

CODE_INVALID = "nip-tidak-valid"
CODE_NUMBER = "nip-tersimpan-sebagai-angka"
CODE_NRP = "nip-berupa-nrp"
#: digits of the NRP (Nomor Register Pokok) of a Polri member: a TNI soldier or Polri member may hold certain ASN posts
#: (UU 20/2023 Pasal 19), and a roster then writes the NRP in its NIP column. A Polri NRP is the birth year and month
#: ``YYMM`` and a 4-digit sequence number (review11 #3, h29); a TNI NRP has another length (5 digits for officers, 6
#: for bintara and tamtama since 1955: id.wikipedia.org "Nomor Registrasi Pokok")
NRP_LENGTH = 8
#: birth years (``YY`` of 19YY) of a member who may hold an ASN post: one born 2000 or later is under 27 in 2026, no
#: officer yet, and "00012345" is far likelier a zero-padded running code (review11 #3, h29); a policy bound
NRP_YY_MIN = 40

_PREFIX = re.compile(r"^(?:NIP\s*/\s*NI\s*PPPK|NI\s*PPPK(?:\s*PW)?|NIPPPK|NIP(?:\s*BARU)?)\s*[.:]?\s*", re.IGNORECASE)


@functools.cache
def _SCIENTIFIC() -> re.Pattern[str]:
    return re.compile(r"^\d+(?:[.,]\d+)?\s*[eE]\s*\+?\s*\d+$")


@functools.cache
def _FLOAT_TEXT() -> re.Pattern[str]:
    return re.compile(r"^\d{15,}[.,]0+$")  # "198609262015051008.0": str() of a float


_EXCEL_TEXT = re.compile(r'^=?"(.*)"$')  # ="1986…" (CSV exports keeping text) or plain "1986…"


@functools.cache
def _SEPARATORS() -> re.Pattern[str]:
    return re.compile(r"[\s.\-_/\u00a0\u2007\u202f]+")


class NipError(ValueError):
    """A value that is not a usable NIP; ``code`` is a findings catalogue code."""

    def __init__(self, code: str, alasan: str) -> None:
        super().__init__(alasan)
        self.code = code
        self.alasan = alasan


@dataclass(frozen=True)
class NipInfo:
    """The facts encoded in a valid NIP."""

    nip: str
    tanggal_lahir: date
    tmt_cpns: date  #: the 1st of the TMT month; PPPK: 1 January of the appointment year
    jenis_kelamin: str  #: "L" or "P"
    urutan: int
    pppk: bool


def _number_error(length: int = NIP_LENGTH) -> NipError:
    """The number error; a number of another length than a NIP's says its length, not a loss it did not suffer: a
    16-digit "1985010120100110.0" was told its last 3 digits were gone (hostile8, h32)."""
    if length != NIP_LENGTH:
        return NipError(
            CODE_NUMBER,
            f"NIP tersimpan sebagai angka dengan panjang {length} digit, seharusnya {NIP_LENGTH}; "
            "ketik ulang NIP lengkap sebagai teks",
        )
    return NipError(
        CODE_NUMBER,
        "NIP tersimpan sebagai angka (Excel hanya menyimpan 15 digit); nomor urut di 3 digit terakhir sudah hilang",
    )


def _normalize_number(value: numbers.Real) -> str:
    """Handle a cell the reader gave as a number: large ones lost their last digits."""
    if isinstance(value, numbers.Integral):
        number = int(value)
    else:
        real = float(value)
        if math.isnan(real):
            raise NipError(CODE_INVALID, "NIP kosong")
        if math.isinf(real) or real != math.floor(real):
            raise NipError(CODE_INVALID, "NIP berupa angka pecahan, bukan 18 digit")
        number = int(real)
    if number < 0:  # "panjang 18 digit, seharusnya 18" was said of -198301052014081001 (hostile-input campaign 3)
        raise NipError(CODE_INVALID, "NIP berupa angka negatif")
    if number >= _ANGKA_EXCEL_MIN:
        raise _number_error(len(str(number)))
    digits = str(abs(number))
    if _nrp_like(digits):
        raise _nrp_error()
    raise NipError(CODE_INVALID, f"panjang {len(digits)} digit, seharusnya {NIP_LENGTH}")


def _nrp_like(digits: str) -> bool:
    """8 digits shaped as a Polri NRP: ``YYMM`` of a birth from 1940 to 1999 (month 01-12) and a sequence number from
    0001. A plausible birth date ``YYYYMMDD`` is a NIP cut after its 8th digit, and a BLUD staff number opening with its
    hire year ("20190012": month 19) or a running code ("00012345") is no NRP: those read as seat holders (review11
    #3, h29) and stay ``nip-tidak-valid``."""
    if len(digits) != NRP_LENGTH or not digits.isdigit():
        return False
    if _birth_date_like(digits):
        return False
    year, month, sequence = int(digits[0:2]), int(digits[2:4]), int(digits[4:8])
    return year >= NRP_YY_MIN and 1 <= month <= 12 and sequence > 0


def _birth_date_like(digits: str) -> bool:
    """``YYYYMMDD`` a calendar date of a plausible birth year."""
    try:
        born = date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return False
    return MIN_TAHUN_LAHIR <= born.year <= MAX_TAHUN_LAHIR


def _nrp_error() -> NipError:
    return NipError(CODE_NRP, f"{NRP_LENGTH} digit: tampaknya NRP anggota TNI/Polri, bukan NIP {NIP_LENGTH} digit")


#: another number of the person written after the NIP in brackets: "196804121993031001 (NIDN: 0012046801)" (a
#: university DUK's lecturers), NUPTK for teachers, the old NIP
@functools.cache
def _OTHER_ID() -> re.Pattern[str]:
    return re.compile(r"\s*\(\s*(?:NIDN|NIDK|NUPTK|NUP|NIK|NIP\s*LAMA)\b[^()]*\)\s*$", re.IGNORECASE)


#: the person's kind written after the NIP: "(PNS)", "[PPPK]", a bare "CPNS"; and a closing quote typed after it
#: ("198501012010011001'"). Neither is a digit of the NIP; both were refused as a foreign character (hostile8, h32).
#: Any other note stays a fault ("(catatan)": not clearly no part of the number). The kind after a separator too
#: ("/PNS", "/ PPPK", "- CPNS", " pns/pppk": a SIMPEG's "NIP/STATUS" cell), only these listed kind words: "/ABC" and
#: "/2" stay a fault (hostile9, h32)
_KIND_NOTE = r"(?:C?PNS|PPPK|P3K)(?:\s+paruh\s+waktu)?"
#: what may stand between the NIP and its kind word: a slash, bar, dash, comma or semicolon
_KIND_SEPARATOR = r"[/|\-,;]"


@functools.cache
def _TRAILING_NOTE() -> re.Pattern[str]:
    return re.compile(
        rf"(?:\s*[(\[]\s*{_KIND_NOTE}\s*[)\]]|\s+{_KIND_NOTE}\b\.?|\s*{_KIND_SEPARATOR}\s*{_KIND_NOTE}\b\.?"
        rf"|['\u2018\u2019`\"])+\s*$",
        re.IGNORECASE,
    )


#: a NIP cell ending in such a kind word ("…/PNS", "… (PPPK)"): a note :func:`normalize_nip` takes off, said once for
#: the column (``nip-berketerangan-jenis``; hostile9, h32)
KIND_AT_END = re.compile(rf"{_KIND_NOTE}\b\.?(?:\s*[)\]])?['\u2018\u2019`\"]*\s*$", re.IGNORECASE)


#: one kind word of a note after a NIP's last digit, with "C" (CPNS) and "PPPK"/"P3K" told apart
@functools.cache
def _KIND_WORD() -> re.Pattern[str]:
    return re.compile(r"(C?PNS|PPPK|P3K)", re.IGNORECASE)


def kind_note(value: object) -> str | None:
    """The kind a NIP cell's note after its digits names ("…/PPPK": "PPPK"; "… (CPNS)", "…/PNS": "PNS"), or None: no
    note :data:`KIND_AT_END` takes off, or a note naming both kinds ("… pns/pppk": a SIMPEG "NIP/STATUS" header's
    words, no statement about the person). CPNS counts as PNS: both hold a PNS-shaped NIP (hostile10, h32)."""
    if not isinstance(value, str) or KIND_AT_END.search(value) is None:
        return None
    tail = re.split(r"\d{5,}", value)[-1]  # (after the number: "P3K" holds a digit)
    kinds = {"PNS" if w.upper().endswith("PNS") else "PPPK" for w in _KIND_WORD().findall(tail)}
    return kinds.pop() if len(kinds) == 1 else None


def normalize_nip(value: object) -> str:
    """Return the 18 digits of a NIP written in any common way, or raise :class:`NipError`.

    Accepts spaces, dots, dashes, a leading apostrophe, Excel's text formula ``="…"`` (and
    plain double quotes) and prefixes such as ``NIP.``,
    ``NIP :``, ``NIPPPK.`` or ``NI PPPK``. Numbers (a cell Excel stored as a number) and
    text in scientific notation raise with code ``nip-tersimpan-sebagai-angka``: Excel
    keeps only 15 significant digits, so the sequence number is gone and must not be
    trusted. An 18-digit *text* that already went through such a round trip (ending in
    e.g. ``008``) cannot be told apart from a real NIP and is accepted.
    """
    if value is None:
        raise NipError(CODE_INVALID, "NIP kosong")
    if isinstance(value, bool):
        raise NipError(CODE_INVALID, "NIP berupa nilai benar/salah, bukan angka")
    if isinstance(value, numbers.Real):
        return _normalize_number(value)
    if not isinstance(value, str):
        raise NipError(CODE_INVALID, "NIP bukan teks atau angka")
    text = value.strip()
    if "\n" in text:
        return _stacked_nip(text)
    if quoted := _EXCEL_TEXT.match(text):
        text = quoted.group(1).strip()
    text = text.lstrip("'\u2018\u2019`").strip()
    bare = _TRAILING_NOTE().sub("", _OTHER_ID().sub("", _PREFIX.sub("", text))).strip()
    if not bare:  # "NIP" or "NIP :" alone: a label (a header repeated in the data), not an empty cell
        raise NipError(CODE_INVALID, f"berisi '{text}' tanpa nomor" if text else "NIP kosong")
    text = bare
    if _SCIENTIFIC().match(text):
        raise _number_error()
    if _FLOAT_TEXT().match(text):
        text = re.split(r"[.,]", text, maxsplit=1)[0]
        if not _no_float_made(text):
            raise _number_error(len(text))
    digits = _SEPARATORS().sub("", text)
    if not digits:  # "-", ".", "NIP. -": separators alone, no number
        raise NipError(CODE_INVALID, "NIP kosong")
    if not digits.isdigit() or not digits.isascii():
        raise NipError(CODE_INVALID, f"NIP mengandung karakter selain angka 0–9: {_first_foreign(digits)}")
    if len(digits) == 9:
        raise NipError(CODE_INVALID, f"panjang 9 digit (NIP lama?), seharusnya {NIP_LENGTH}")
    if _nrp_like(digits):
        raise _nrp_error()
    if len(digits) != NIP_LENGTH:
        raise NipError(CODE_INVALID, f"panjang {len(digits)} digit, seharusnya {NIP_LENGTH}")
    return digits


def _stacked_nip(text: str) -> str:
    """The NIP of a cell stacking it over other numbers a line each: a Daftar Nominatif's "NIP / NRP <br> KARPEG"
    column prints the NIP, then the Kartu Pegawai number ("198004122006041002\nL 123456"; a Basarnas SIMPEG's
    ``nominatif_pegawai`` view). The cell was refused for the card's letter (real19, h33). Exactly one line must be a
    NIP; two NIPs (or none) leave the cell as written, refused for its first fault."""
    found: list[str] = []
    first: NipError | None = None
    for line in text.split("\n"):
        if not line.strip():
            continue
        try:
            found.append(normalize_nip(line))
        except NipError as exc:
            first = first or exc
    if len(set(found)) == 1:
        return found[0]
    if len(found) > 1:
        raise NipError(CODE_INVALID, f"berisi dua NIP berbeda ({found[0]}, {found[1]}) dalam satu sel")
    raise first or NipError(CODE_INVALID, "NIP kosong")


def _no_float_made(digits: str) -> bool:
    """Whether 18 digits written with a ".0" tail (a DECIMAL column's export) cannot be a number Excel or a float
    rounded: a float prints only values it holds exactly (every 32nd integer near 2e17) and Excel keeps 15 digits
    (the last three 000), so any other value is the NIP's own digits. "198501012010011001.0" was refused as digits
    lost while all 18 were there (hostile7, h32); "198609262015051008.0" (a float's value) still is."""
    if len(digits) != NIP_LENGTH or digits.endswith("000"):
        return False
    return float(int(digits)) != int(digits)


def surviving_digits(value: object) -> str | None:
    """The digits of a NIP Excel damaged that are still the NIP's own: the mantissa of a number or of its scientific
    notation ("1.98505E+17" → "198505"; 1.98505092011121e17 → its 15 digits), the first 15 of an 18-digit text ending
    in zeros ("198505092011121000": Excel keeps 15); None for anything else or fewer than 6 digits."""
    if isinstance(value, float) and value == value and value > 1e16:
        value = f"{value:.14e}"
    text = str(value or "").strip()
    if _SCIENTIFIC().match(text):
        mantissa = re.split(r"\s*[eE]", text)[0]
        digits = re.sub(r"\D", "", mantissa).rstrip("0")
        return digits if len(digits) >= 6 else None
    digits = re.sub(r"\D", "", text)
    return digits[:15] if len(digits) == 18 and digits.endswith("000") else None


def _first_foreign(text: str) -> str:
    """Name the first character of ``text`` that is not an ASCII digit, as the analyst can find it in the cell."""
    ch = next((c for c in text if not ("0" <= c <= "9")), "")
    if not ch:
        return "tidak ada"
    if ch.isdigit():  # "１" (full width), "٣" (Arabic-Indic): looks like a digit, is not one for a key
        return f"'{ch}' (angka bukan ASCII, mis. angka lebar penuh; ketik ulang dengan angka biasa)"
    if ch.isprintable() and not ch.isspace():
        return f"'{ch}'"
    return f"karakter tak terlihat U+{ord(ch):04X}"


def _invalid(alasan: str) -> NipError:
    return NipError(CODE_INVALID, alasan)


def parse_nip(value: object) -> NipInfo:
    """Normalise and validate a NIP / NI PPPK and decode its parts, or raise :class:`NipError`."""
    nip = normalize_nip(value)
    try:
        lahir = date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        raise _invalid("digit 1–8 bukan tanggal lahir yang valid") from None
    if not MIN_TAHUN_LAHIR <= lahir.year <= MAX_TAHUN_LAHIR:
        raise _invalid(f"tahun lahir (digit 1–4) di luar rentang {MIN_TAHUN_LAHIR}–{MAX_TAHUN_LAHIR}")
    tahun_tmt = int(nip[8:12])
    if tahun_tmt < MIN_TAHUN_TMT:
        raise _invalid(f"tahun TMT (digit 9–12) sebelum {MIN_TAHUN_TMT}")
    if tahun_tmt <= lahir.year + MIN_SELISIH_TAHUN_TMT:
        raise _invalid(
            f"tahun TMT (digit 9–12) terlalu dekat dengan tahun lahir (harus lebih dari {MIN_SELISIH_TAHUN_TMT} tahun setelahnya)"
        )
    if tahun_tmt > lahir.year + MAX_SELISIH_TAHUN_TMT:
        raise _invalid(f"tahun TMT (digit 9–12) lebih dari {MAX_SELISIH_TAHUN_TMT} tahun setelah tahun lahir")
    kode_bulan = nip[12:14]
    pppk = kode_bulan[0] == KODE_PPPK and kode_bulan[1] != "0"
    if pppk and tahun_tmt < MIN_TAHUN_PPPK:
        raise _invalid(
            f"digit 13–14 '{kode_bulan}' kode PPPK, tetapi tahun TMT (digit 9–12) sebelum {MIN_TAHUN_PPPK}: PPPK baru "
            "ada sejak PP 49/2018; salah ketik bulan (01–12) NIP PNS?"
        )
    if pppk:
        tmt = date(tahun_tmt, 1, 1)
    elif "01" <= kode_bulan <= "12":
        tmt = date(tahun_tmt, int(kode_bulan), 1)
    else:
        raise _invalid("digit 13–14 harus bulan 01–12 (PNS) atau 21–29 (PPPK: 2 lalu perjanjian kerja ke-1–9)")
    if nip[14] not in "12":
        raise _invalid("digit ke-15 harus 1 atau 2 (jenis kelamin)")
    urutan = int(nip[15:18])
    if urutan == 0:
        raise _invalid("nomor urut (digit 16–18) tidak boleh 000")
    return NipInfo(
        nip=nip,
        tanggal_lahir=lahir,
        tmt_cpns=tmt,
        jenis_kelamin="L" if nip[14] == "1" else "P",
        urutan=urutan,
        pppk=pppk,
    )


def nip_key(value: object) -> str:
    """Return the key to join tables on: the 18-digit NIP, or the cell's text if it is no valid NIP.

    This is the one join key of the package: the roster, ``--keep`` lists, pins, the plan,
    history, SK decisions (``apply``) and ``compare`` all meet on it, so ``'1986 0926 …``,
    ``NIP. 1986…`` and ``1986.0926…`` find the roster's normalised NIP, while a damaged value
    still matches itself (and so is reported as unknown rather than silently dropped).
    Empty cells (``None``, NaN, blank text) give ``""``; a whole number read from a numeric
    cell gives its digits without ``.0``.
    """
    if isinstance(value, str) and len(value) == NIP_LENGTH and value.isdigit() and value.isascii():
        return value  # already normalised: the common case, kept fast
    try:
        return normalize_nip(value)
    except NipError:
        return _cell_text(value)


def nip_for_people(value: object) -> str:
    """Return the NIP as people read it in letters: ``19850312 201001 1 003`` (birth date, TMT CPNS, sex, sequence;
    §1.1 of the domain notes), for an 18-digit NIP or NI PPPK in any spelling :func:`nip_key` reads; anything else
    (a 9-digit NIP lama, a damaged value, a bracketed prompt) as its cell text. Only for what a person reads: join
    keys, CSV and JSON keep :func:`nip_key`'s 18 digits."""
    key = nip_key(value)
    if len(key) == NIP_LENGTH and key.isdigit() and key.isascii():
        return f"{key[:8]} {key[8:14]} {key[14]} {key[15:]}"
    return key


def nip_keys(values: Iterable[object]) -> list[str]:
    """Return :func:`nip_key` of every value (a column, a list); each distinct value is normalised once.

    A column is taken as a Python list in one step (``tolist``); a column of already normalised
    NIPs only (the common case: every prepared roster) is told by one check over its joined
    text and kept whole, without a step per row.
    """
    tolist = getattr(values, "tolist", None)
    items = tolist() if callable(tolist) else list(values)
    if _all_normalised(items):
        return cast("list[str]", items)
    seen: dict[object, str] = {}
    keys: list[str] = []
    for value in items:
        if type(value) is str and len(value) == NIP_LENGTH and value.isdigit() and value.isascii():
            keys.append(value)
            continue
        try:
            key = seen.get(value)
        except TypeError:  # unhashable cell: normalise it without caching
            keys.append(nip_key(value))
            continue
        if key is None:
            key = seen[value] = nip_key(value)
        keys.append(key)
    return keys


def _all_normalised(items: list[Any]) -> bool:
    """Whether every item is text of exactly 18 ASCII digits (what :func:`nip_key` keeps as it is)."""
    try:
        joined = "".join(items)
    except TypeError:  # a cell that is no text (None, NaN, a number)
        return False
    return (
        bool(items)
        and len(joined) == NIP_LENGTH * len(items)
        and min(map(len, items)) == NIP_LENGTH
        and joined.isascii()
        and joined.encode("ascii").isdigit()  # bytes are digits by a table look-up, text by Unicode category
    )


def _cell_text(value: object) -> str:
    """The fallback key: stripped text; blanks give ``""``; whole numbers print without ``.0``."""
    try:
        if value is None or bool(value != value):  # None, NaN, NaT
            return ""
    except TypeError:  # pandas.NA refuses to be a truth value
        return ""
    if isinstance(value, float) and value.is_integer():
        # an 18-digit NIP stored as a number prints its digits; a huge number (1e308) as Excel shows it
        return str(int(value)) if abs(value) < 1e19 else f"{value:.15g}"
    return str(value).strip()


@dataclass
class NipColumn:
    """:func:`parse_nip` of a whole column, as columns: what the roster rules read per row.

    ``error[i]`` is ``(code, alasan)`` for a cell that is no valid NIP (``None`` for a valid
    or blank cell; blank cells are the caller's business). The other arrays hold the parts
    of valid NIPs and ``None`` (``number``: 0) elsewhere.
    """

    nip: np.ndarray  #: object: the 18 digits of a valid NIP (str) or None
    valid: np.ndarray  #: bool per row
    tanggal_lahir: np.ndarray  #: object: date or None
    jenis_kelamin: np.ndarray  #: object: "L", "P" or None
    pppk: np.ndarray  #: bool per row
    error: list[tuple[str, str] | None]
    number: np.ndarray  #: int64: the 18 digits as a number (equal NIPs, equal numbers), 0 where not valid


def parse_nip_column(values: list[object], *, is_blank: Callable[[object], bool]) -> NipColumn:
    """Parse every cell of a column like :func:`parse_nip`, with the same outcome per cell.

    The common cell, text of exactly 18 ASCII digits, is checked with numpy (date parts,
    year bounds, TMT, month code, sex digit, sequence number); a cell that fails any of
    those checks and every other cell (numbers, separators, prefixes) goes through
    :func:`parse_nip` once per distinct value, so errors and their reasons are the
    scalar ones. ``is_blank`` tells which cells are empty (they get no error).
    """
    n = len(values)
    cells = np.fromiter(values, dtype=object, count=n)
    out = NipColumn(
        nip=np.full(n, None, dtype=object),
        valid=np.zeros(n, dtype=bool),
        tanggal_lahir=np.full(n, None, dtype=object),
        jenis_kelamin=np.full(n, None, dtype=object),
        pppk=np.zeros(n, dtype=bool),
        error=[None] * n,
        number=np.zeros(n, dtype=np.int64),
    )
    if n:
        at, digits = _digit_texts(values)
        _plain_nips(cells, at, digits, out)
    rest = np.flatnonzero(~out.valid).tolist()
    rest_cells = [values[i] for i in rest]
    # once per distinct value (and type); missing values (None, NaN, NaT, NA) one by one
    results = per_distinct(rest_cells, lambda v: _parse_or_error(v, is_blank), missing=_MISSING)
    for i, value, result in zip(rest, rest_cells, results.tolist(), strict=True):
        if result is _MISSING:
            result = _parse_or_error(value, is_blank)
        if isinstance(result, NipInfo):
            out.nip[i], out.valid[i], out.pppk[i] = result.nip, True, result.pppk
            out.tanggal_lahir[i], out.jenis_kelamin[i] = result.tanggal_lahir, result.jenis_kelamin
            out.number[i] = int(result.nip)
        else:
            out.error[i] = result
    return out


def _digit_texts(values: list[object]) -> tuple[np.ndarray, np.ndarray]:
    """(rows holding text of exactly 18 ASCII digits, their digits as an ``m × 18`` uint8 array).

    One join of the column read with numpy when every cell is text (the usual NIP column);
    otherwise one look at each cell.
    """
    try:
        joined = "\x00".join(cast(list[str], values)).encode("utf-8")  # TypeError: a cell that is no text
    except (TypeError, UnicodeEncodeError):
        joined = None
    if joined is not None:
        data = np.frombuffer(joined + b"\x00", dtype=np.uint8)
        ends = np.flatnonzero(data == 0)  # a NUL after every text (utf-8 never puts one inside a character)
        if len(ends) == len(values):
            starts = np.empty(len(ends), dtype=np.intp)
            starts[0] = 0
            starts[1:] = ends[:-1] + 1
            at = np.flatnonzero(ends - starts == NIP_LENGTH)  # 18 bytes: 18 ASCII characters or fewer others
            if len(at) == len(values):  # every cell 18 bytes (a clean NIP column): NUL-separated rows of 19 bytes
                raw = data.reshape(-1, NIP_LENGTH + 1)[:, :NIP_LENGTH]
            else:
                raw = data[starts[at, None] + np.arange(NIP_LENGTH)]
            plain = ((raw >= 48) & (raw <= 57)).all(axis=1)  # bytes of other characters are ≥ 0x80
            # digits stay bytes (the numbers are made int64 a column at a time): an int64 copy of 18 digits a row
            # was 14 MB written and read once more at 100,000 staff (speed15, h35)
            return at[plain], (raw if plain.all() else raw[plain]) - np.uint8(48)
    plain_rows = [v.__class__ is str and len(v) == NIP_LENGTH and v.isdigit() and v.isascii() for v in values]
    at = np.flatnonzero(np.array(plain_rows, dtype=bool))
    texts = [cast(str, values[i]) for i in at.tolist()]
    raw = np.frombuffer("".join(texts).encode("ascii"), dtype=np.uint8).reshape(-1, NIP_LENGTH)
    return at, raw - np.uint8(48)


def _plain_nips(cells: np.ndarray, at: np.ndarray, d: np.ndarray, out: NipColumn) -> None:
    """Check the 18-digit texts at rows ``at`` (digits ``d``) with numpy; fill ``out`` for those that pass."""
    if not len(at):
        return

    def number(a: int, b: int) -> np.ndarray:
        result = np.zeros(len(d), dtype=np.int64)
        for k in range(a, b):
            result = result * 10 + d[:, k]
        return result

    year, month, day = number(0, 4), number(4, 6), number(6, 8)
    tahun_tmt, kode_bulan, sex, urutan = number(8, 12), number(12, 14), number(14, 15), number(15, 18)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    days = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])[np.clip(month, 0, 12)] + (leap & (month == 2))
    ok = (
        (year >= 1)
        & (month >= 1)
        & (month <= 12)
        & (day >= 1)
        & (day <= days)
        & (year >= MIN_TAHUN_LAHIR)
        & (year <= MAX_TAHUN_LAHIR)
        & (tahun_tmt >= MIN_TAHUN_TMT)
        & (tahun_tmt > year + MIN_SELISIH_TAHUN_TMT)
        & (tahun_tmt <= year + MAX_SELISIH_TAHUN_TMT)
        & (
            ((kode_bulan >= _PPPK_MIN) & (kode_bulan <= _PPPK_MAX) & (tahun_tmt >= MIN_TAHUN_PPPK))
            | ((kode_bulan >= 1) & (kode_bulan <= 12))
        )
        & ((sex == 1) | (sex == 2))
        & (urutan != 0)
    )
    good = at[ok]
    # one date object per distinct birth date (a roster repeats them)
    keys, inverse = np.unique((year * 10000 + month * 100 + day)[ok], return_inverse=True)
    born = np.empty(len(keys), dtype=object)
    born[:] = [date(k // 10000, k // 100 % 100, k % 100) for k in keys.tolist()]
    out.nip[good] = cells[good]  # the text itself: exactly the 18 digits
    out.tanggal_lahir[good] = born[inverse.reshape(-1)]
    out.jenis_kelamin[good] = np.array(["L", "P"], dtype=object)[(sex[ok] == 2).astype(np.intp)]
    out.valid[good] = True
    out.pppk[good] = (kode_bulan >= _PPPK_MIN)[ok]
    whole = ((((year * 100 + month) * 100 + day) * 10000 + tahun_tmt) * 100 + kode_bulan) * 10 + sex
    out.number[good] = (whole * 1000 + urutan)[ok]


_MISSING: Any = object()


def _parse_or_error(value: object, is_blank: Callable[[object], bool]) -> NipInfo | tuple[str, str] | None:
    if is_blank(value):
        return None
    try:
        return parse_nip(value)
    except NipError as exc:
        return exc.code, exc.alasan
