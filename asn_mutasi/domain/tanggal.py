"""Parse dates as they appear in Indonesian personnel exports (domain.md §8).

Day-first always: Indonesian sources write ``DD-MM-YYYY``. A ``/``-separated date whose
day and month are both ≤ 12 (and differ) is still read day-first but marked
``ambiguous``, because files that passed through a US-locale Excel arrive as
``MM/DD/YYYY``. Excel serial numbers count days since 1899-12-30 (so serials below 61,
i.e. before 1 March 1900, are off by Excel's fictitious 29 February 1900 — irrelevant for
personnel data). Parsing is pure: nothing here looks at today's date.
"""

from __future__ import annotations

import calendar
import functools
import math
import numbers
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from asn_mutasi.formatting import BULAN

#: plausible years in personnel data; anything outside is a typo, not a date
MIN_TAHUN = 1900
MAX_TAHUN = 2100
#: Excel serial numbers accepted (1 = 1899-12-31, 80000 ≈ year 2119)
MIN_SERIAL = 1
MAX_SERIAL = 80000
_EXCEL_EPOCH = date(1899, 12, 30)

MONTHS: dict[str, int] = {
    # old spellings of birth records ("Djuli", "Djanuari") and common abbreviations ("Agst", "Mrt")
    **dict.fromkeys(("januari", "jan", "january", "djanuari", "djan"), 1),
    **dict.fromkeys(("februari", "pebruari", "feb", "peb", "february"), 2),
    **dict.fromkeys(("maret", "mar", "march", "mrt"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("juni", "jun", "june", "djuni"), 6),
    **dict.fromkeys(("juli", "jul", "july", "djuli"), 7),
    **dict.fromkeys(("agustus", "agu", "agt", "ags", "agus", "agst", "agts", "aug", "august"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "okt", "oct", "october"), 10),
    **dict.fromkeys(("november", "nopember", "nov", "nop"), 11),
    **dict.fromkeys(("desember", "des", "dec", "december"), 12),
}


@functools.cache
def _DAY_NAMES() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b\.?",
    )


_TIME = r"(?:[T\s]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|wib|wita|wit))?)?"
_ISO = re.compile(rf"^(\d{{4}})([-/.])(\d{{1,2}})\2(\d{{1,2}}){_TIME}$", re.IGNORECASE)
_DMY = re.compile(rf"^(\d{{1,2}})([-/.])(\d{{1,2}})\2(\d{{2,4}}){_TIME}$", re.IGNORECASE)
_NUMERIC = re.compile(r"^\d+(?:[.,]\d+)?$")


@functools.cache
def _DAY_MONTH_YEAR() -> re.Pattern[str]:
    return re.compile(r"^(\d{1,2})[\s\-./]*([a-z]+)\.?[\s\-./]*(\d{2,4})$")


@functools.cache
def _MONTH_DAY_YEAR() -> re.Pattern[str]:
    return re.compile(r"^([a-z]+)\.?[\s\-./]*(\d{1,2})(?:st|nd|rd|th)?[\s\-./]+(\d{4})$")


_EMPTY_MARKERS = frozenset({"-", "--", "0000-00-00", "00-00-0000", "00/00/0000", "0000/00/00"})


@dataclass(frozen=True)
class ParsedDate:
    """A parsed cell: ``value`` (None when empty or unreadable), ``ambiguous``, ``error``."""

    value: date | None
    ambiguous: bool = False
    error: str | None = None


_EMPTY = ParsedDate(None, False, None)


def _fail(alasan: str) -> ParsedDate:
    return ParsedDate(None, False, alasan)


def _make(year: int, month: int, day: int, *, ambiguous: bool = False) -> ParsedDate:
    """Build a date from parts, with a reason when the parts are impossible."""
    if not MIN_TAHUN <= year <= MAX_TAHUN:
        return _fail(f"tahun di luar rentang {MIN_TAHUN}–{MAX_TAHUN}{_other_calendar(year)}")
    if not 1 <= month <= 12:
        if 1 <= day <= 12 and 1 <= month <= 31:
            return _fail(f"bulan {month} tidak ada; mungkin ditulis bulan-hari-tahun (urutan Amerika Serikat)")
        return _fail(f"bulan {month} tidak ada")
    try:
        return ParsedDate(date(year, month, day), ambiguous, None)
    except ValueError:
        if day < 1:
            return _fail("hari ke-0 tidak ada di kalender")
        days = calendar.monthrange(year, month)[1]
        return _fail(f"{BULAN[month - 1]} {year} hanya {days} hari")


#: a year of the Buddhist era is the Gregorian one plus 543 (a Thai-locale Excel writes "31-12-2528" for 1985); a year
#: of the Hijri era is some 579 below it (1406 for 1985). Neither is converted (a Hijri date needs its month too, and
#: a guess would enter a BUP): the refusal names the likely calendar (hostile8, h32)
_BUDDHIST_OFFSET = 543
_HIJRI_YEARS = (1318, 1522)  # the Hijri years of 1900 … 2100


def _other_calendar(year: int) -> str:
    """ "; tahun Buddha? …" / "; tahun Hijriah? …" for a year of either era in the plausible range, '' otherwise."""
    if MIN_TAHUN <= year - _BUDDHIST_OFFSET <= MAX_TAHUN:
        return f"; tahun {year} tampaknya tahun Buddha (= {year - _BUDDHIST_OFFSET} Masehi?): tulis tahun Masehi"
    if _HIJRI_YEARS[0] <= year <= _HIJRI_YEARS[1]:
        return f"; tahun {year} tampaknya tahun Hijriah: tulis tanggal Masehi"
    return ""


def _from_serial(serial: float) -> ParsedDate:
    if not MIN_SERIAL <= serial <= MAX_SERIAL:
        return _fail(f"angka bukan nomor seri tanggal Excel ({MIN_SERIAL}–{MAX_SERIAL})")
    return ParsedDate(_EXCEL_EPOCH + timedelta(days=math.floor(serial)), False, None)


def _from_number(value: numbers.Real) -> ParsedDate:
    number = float(value)
    if math.isnan(number):
        return _EMPTY
    if math.isinf(number):
        return _fail("angka tak hingga bukan tanggal")
    if number == int(number) and 10_000_000 <= number <= 99_999_999:
        text = str(int(number))  # YYYYMMDD typed into a number cell
        return _make(int(text[:4]), int(text[4:6]), int(text[6:]))
    return _from_serial(number)


def _two_digit_year() -> ParsedDate:
    return _fail("tahun ditulis dua digit; tulis tahun empat digit agar abad tidak tertebak")


#: a place written before the date, as a "tempat/tanggal lahir" (TTL) cell does: "Kupang, 12-03-1980"
#: a place then its date: "Kupang, 12-03-1980", "Kupang / 12-03-1980", "Bekasi - 1985-03-12" (an export's tempat + ' - ' +
#: tanggal)
#: The place is told apart by its letter after the match: a letter required inside the pattern
#: (``[^\d,/]*[A-Za-z][^\d,/]*?``) tried every split of a long text, so one 100,000-character cell took minutes
#: (hostile2, h30); this pattern reads each character once.
@functools.cache
def _PLACE_FIRST() -> re.Pattern[str]:
    return re.compile(r"^(?P<place>[^\d,/]*?)(?:,|\s/\s|\s-\s)\s*(?P<date>\d.*)$")


_LETTER = re.compile(r"[A-Za-z]")


def _from_text(raw: str) -> ParsedDate:
    found = _from_text_as_written(raw)
    if found.error:
        place = _PLACE_FIRST().match(" ".join(raw.split()))
        if place is not None and _LETTER.search(place.group("place")):
            after = _from_text_as_written(place.group("date"))
            if after.value is not None:
                return after
    return found


#: a label before the date ("TMT 01-04-2019", "TMT. 01 April 2019", "Tgl: …") and a note after it ("(KP Reguler)")
_LABEL = re.compile(r"^(?:TMT|TGL|TANGGAL)\b\.?\s*:?\s*(?=\d)", re.IGNORECASE)
_NOTE = re.compile(r"(?<=\d)\s*\((?![^()]*\d)[^()]*\)\s*$")  # a note holds no digit: "(01-01-2020)" may correct it
#: an age written after a birth date ("04-05-1980 / 45 tahun", "04-05-1980 (45 Thn 3 Bln)", a line break between),
#: as a roster's "Tgl Lahir / Usia" holds both (review24, h36). The age is a number of its own: glued to the date's
#: last digits it cut them ("2019-04-1530 thn" read as 1 April 2019); an age to the day ("45 Tahun 3 Bulan 2 Hari", as
#: SIMPEG and clinic apps' hitung_umur write it) was no date at all (review25, h36)
_AGE = re.compile(
    r"(?<=\d)\s*[/,;]?\s*\(?\s*(?:USIA|UMUR)?\s*:?\s*(?<!\d)\d{1,3}\s*(?:TH|THN|TAHUN)\b\.?"
    r"(?:\s*,?\s*\d{1,2}\s*(?:BL|BLN|BULAN)\b\.?(?:\s*,?\s*\d{1,2}\s*(?:HR|HARI)\b\.?)?)?\s*\)?$",
    re.IGNORECASE,
)
#: a date written with spaces around its two separators ("01 - 04 - 2019")
_SPACED_DATE = re.compile(r"^(\d{1,4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,4})$")
#: a clock time after a date written in words ("1-Apr-2019 0:00", Excel's d-mmm-yyyy h:mm)
_WORD_TIME = re.compile(r"(?<=[A-Za-z]\W\d{4})\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$")


def _from_text_as_written(raw: str) -> ParsedDate:
    text = " ".join(raw.strip().strip("'\"\u2018\u2019").split())
    if not text or text.casefold() in _EMPTY_MARKERS:
        return _EMPTY
    bare = _WORD_TIME.sub("", _NOTE.sub("", _AGE.sub("", _LABEL.sub("", text))))
    if bare != text and _NUMERIC.match(bare):  # "TMT 5", "12 (dua belas)": a label or note around no date
        return _fail("format tanggal tidak dikenali")
    text = _SPACED_DATE.sub(r"\1\2\3\2\4", bare)
    if _NUMERIC.match(text):
        if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100:  # "1986": a year, no Excel serial
            return _fail("hanya tahun; perlu hari, bulan dan tahun")
        if len(text) == 8 and text.isdigit():
            return _make(int(text[:4]), int(text[4:6]), int(text[6:]))
        return _from_serial(float(text.replace(",", ".")))
    iso = _ISO.match(text)
    if iso:
        return _make(int(iso.group(1)), int(iso.group(3)), int(iso.group(4)))
    dmy = _DMY.match(text)
    if dmy:
        day, sep, month, year_text = int(dmy.group(1)), dmy.group(2), int(dmy.group(3)), dmy.group(4)
        if len(year_text) != 4:
            return _two_digit_year()
        ambiguous = sep == "/" and day <= 12 and month <= 12 and day != month
        return _make(int(year_text), month, day, ambiguous=ambiguous)
    return _from_words(text)


def _from_words(text: str) -> ParsedDate:
    """Parse ``5 Februari 2008``, ``Kamis, 05-Feb-2008`` or ``February 5, 2008``."""
    words = _DAY_NAMES().sub(" ", text.casefold().replace(",", " "))
    words = " ".join(words.split())
    m = _DAY_MONTH_YEAR().match(words)
    if m:
        day, month_name, year_text = m.group(1), m.group(2), m.group(3)
    else:
        m = _MONTH_DAY_YEAR().match(words)
        if not m:
            if any(name in MONTHS for name in re.findall(r"[a-z]+", words)):
                return _fail("tanggal tidak lengkap (perlu hari, bulan dan tahun)")
            return _fail("format tanggal tidak dikenali")
        month_name, day, year_text = m.group(1), m.group(2), m.group(3)
    month = MONTHS.get(month_name)
    if month is None:
        return _fail(f"nama bulan '{month_name}' tidak dikenali")
    if len(year_text) != 4:
        return _two_digit_year()
    return _make(int(year_text), month, int(day))


def parse_date(value: object) -> ParsedDate:
    """Parse one cell into a date; empty gives ``value=None`` with no error.

    Accepts ``date``/``datetime`` (incl. pandas ``Timestamp``; ``NaT`` is empty), numpy
    ``datetime64``, Excel serial numbers (as numbers or numeric text), ``YYYYMMDD``, ISO
    ``YYYY-MM-DD`` (optionally with a time), ``DD-MM-YYYY``, ``DD/MM/YYYY``,
    ``DD.MM.YYYY`` and Indonesian or English month names (``5 Agt 2008``,
    ``1 Nopember 1990``). Two-digit years are refused with a reason.
    """
    if value is None or isinstance(value, bool):
        return _EMPTY if value is None else _fail("nilai benar/salah bukan tanggal")
    if isinstance(value, datetime):
        if value != value:  # pandas NaT compares unequal to itself
            return _EMPTY
        return _make(value.year, value.month, value.day)
    if isinstance(value, date):
        return _make(value.year, value.month, value.day)
    if isinstance(value, time):  # a date-formatted cell holding serial 0 or below 1 (or a negative): a clock time only
        return _fail(
            "sel berformat tanggal berisi jam saja, tanpa tanggal (nomor seri Excel 0, negatif atau di bawah 1)"
        )
    if isinstance(value, numbers.Real):
        return _from_number(value)
    if isinstance(value, str):
        return _from_text(value)
    dtype = getattr(value, "dtype", None)
    if dtype is not None and getattr(dtype, "kind", "") == "M":  # numpy.datetime64
        as_day = value.astype("datetime64[D]").item()  # type: ignore[attr-defined]
        return _EMPTY if as_day is None else parse_date(as_day)
    try:
        missing = bool(value != value)  # NaN-like missing markers compare unequal to themselves
    except (TypeError, ValueError):
        missing = type(value).__name__ == "NAType"  # pandas.NA refuses bool()
    if missing:
        return _EMPTY
    return _fail("jenis nilai tidak dikenali sebagai tanggal")


#: formats of the text files a table is read from (:class:`~asn_mutasi.schema.SourceInfo`): no cell of theirs is an
#: Excel serial number
TEXT_FORMATS = frozenset({"csv", "html"})


def parse_written_date(value: object) -> ParsedDate:
    """:func:`parse_date` for a cell of a text file (CSV, HTML table): a number alone is refused, not read as an Excel
    serial (a text file keeps no serials; Excel writes a date cell into a CSV as it shows it): "1.5" in a CSV's TMT
    PENSIUN was read as 31-12-1899 without a word (hostile6, h32). ``YYYYMMDD`` and a year alone keep their reading
    and their reason."""
    if isinstance(value, str):
        text = " ".join(value.strip().strip("'\"\u2018\u2019").split())
        if _NUMERIC.match(text) and len(text) not in (4, 8):
            return _fail("angka saja, bukan tanggal (berkas CSV tidak menyimpan nomor seri tanggal Excel)")
    return parse_date(value)


def slash_order(value: object) -> str | None:
    """Which order a ``/``-separated text date proves by itself: ``"hari"`` when its first number can only be the
    day (``25/05/2025``), ``"bulan"`` when it can only be the month (``05/25/2025``), else None (``06/10/2021``, any
    other style). A column whose ``/`` dates prove day-first and none month-first reads its ambiguous ones
    day-first without doubt (walk3, h27: 501 ``tanggal-ambigu`` beside ``25/05/2025``)."""
    parts = slash_parts(value)
    if parts is None:
        return None
    first, second, _ = parts
    if 12 < first <= 31 and 1 <= second <= 12:
        return "hari"
    if 1 <= first <= 12 and 12 < second <= 31:
        return "bulan"
    return None


def slash_parts(value: object) -> tuple[int, int, int] | None:
    """The three numbers of a ``/``-separated text date with a four-digit year, as :func:`slash_order` reads them
    (``" 02/13/1990 "`` and ``"2/13/1990"`` give the same parts), else None: one date written two ways is one proof
    of its column's order, not two."""
    if not isinstance(value, str):
        return None
    found = _DMY.match(" ".join(value.strip().split()))
    if found is None or found.group(2) != "/" or len(found.group(4)) != 4:
        return None
    return int(found.group(1)), int(found.group(3)), int(found.group(4))


def parse_month_first(value: object, read: Callable[[object], ParsedDate] = parse_date) -> ParsedDate:
    """``read`` (:func:`parse_date`, or :func:`parse_written_date` for a text file's cell), but a ``/`` date with a
    four-digit year read month-first (``12/31/1985``: 31 Desember 1985), for a column whose ``/`` dates prove
    month-first and none day-first (:func:`slash_order`: a US-locale export); every other style reads as ``read``
    reads it (hostile6, h32): a CSV's "1.5" under a month-first column was read as the Excel serial 31-12-1899 again
    (review9, h32)."""
    if isinstance(value, str):
        found = _DMY.match(" ".join(value.strip().split()))
        if found is not None and found.group(2) == "/" and len(found.group(4)) == 4:
            return _make(int(found.group(4)), int(found.group(1)), int(found.group(3)))
    return read(value)


def is_future(d: date, today: date) -> bool:
    """Return whether ``d`` lies after ``today`` (passed in so callers stay reproducible)."""
    return d > today
