"""Format values for people: Indonesian numbers, rounded figures, dd-mm-yyyy dates.

Machine output (JSON, CSV) keeps full values and ISO dates; what a person reads (terminal
tables, sentences, Excel number formats, the Parameter sheet) goes through here so that
one fact shows as one number everywhere: the same rounding per kind of figure
(:data:`DIGITS`) and the Indonesian separators (``1.234,5``). Date options accept the
formats the tool itself writes (``dd-mm-yyyy``) as well as ISO ``yyyy-mm-dd``.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from typing import Any

from asn_mutasi.labels import value_label
from asn_mutasi.serialise import to_plain

#: decimals shown per canonical field (anything else numeric: up to 2, trailing zeros dropped)
DIGITS: dict[str, int] = {
    "skor": 1,
    "skor_pendidikan": 1,
    "skor_jurusan": 1,
    "skor_pengalaman": 1,
    "skor_golongan": 1,
    "skor_kinerja": 1,
    "skor_diklat": 1,
    "skor_preferensi": 1,
    "total_skor": 1,
    "pembanding_total_skor": 1,
    # EJ comes rounded to the decimals its grade reads (ej_desimal, 4 when graded unrounded; reported_ej): shown as it
    # is, for at 2 an EJ of 0.895 graded C read "0,90" (B by the printed table) with ej_desimal 3 or -1 (review14, h34)
    "ej": 4,
    "ej_sebelum": 4,
    "ej_sesudah": 4,
    "ej_tanpa_rencana": 4,
    "beban_kerja_jam": 1,
    "beban_lebih": 1,
    "beban_kurang": 1,
    "indeks_ketimpangan_sebelum": 3,
    "indeks_ketimpangan_sesudah": 3,
    "indeks_ketimpangan_tanpa_rencana": 3,
    "indeks_ketimpangan_dengan_rencana": 3,
    "indeks_ketimpangan": 3,
    "tahun_jabatan_sama": 1,
    "tahun_serumpun": 1,
    "tahun_bidang_sama": 1,
}
DEFAULT_DIGITS = 2
#: indices read against each other at a fixed precision, as their Excel cells show them: an index of exactly 1 is
#: "1,000" (it read "indeks ketimpangan 1." at a sentence's end, the full stop taken for a decimal point; walk9, h32)
FIXED_DIGIT_FIELDS = frozenset(k for k in DIGITS if k.startswith("indeks_"))
#: fractions a person reads as a percentage ("4,2%"; JSON keeps the fraction 0.042), with these decimals; both gaps
#: of a stopped plan alike (the solver's read 0.24 beside the fill gap's 28,1%; plan11, h33)
PERCENT_FIELDS: dict[str, int] = {"celah_optimalitas": 1, "celah_tujuan_solver": 1}
#: Excel number format per number of decimals (the workbook shows the same rounding as the terminal);
#: ``_)`` keeps a small gap after the number so it never touches the text in the next column. The codes are the
#: file format's invariant ones (``,`` groups, ``.`` the decimal point): the viewer shows its own locale's separators
#: (an Indonesian Excel "2.000", an English one "2,000"). Not ``#.##0`` (in the file that is a decimal format), nor a
#: ``[$-421]`` tag: LibreOffice then writes Indonesian separators, Excel does not, so one workbook would read two ways
#: (README; polish4, h35)
EXCEL_FORMATS: dict[int, str] = {0: "#,##0_)", 1: "#,##0.0_)", 2: "#,##0.00_)", 3: "0.000_)"}
#: Excel number format of fields shown as rounded before (EJ: at least 2 decimals, as the printed table, and up to 4)
EXCEL_FIELD_FORMATS: dict[str, str] = dict.fromkeys(("ej", "ej_sebelum", "ej_sesudah", "ej_tanpa_rencana"), "0.00##_)")
#: a column of mixed figures (Ringkasan), each already rounded for its own field
EXCEL_MIXED_FORMAT = "#,##0.0##_)"
DATE_FORMAT = "%d-%m-%Y"
#: fields holding a recorded ISO timestamp (UTC in the ledger) that a person reads in local time
MOMENT_FIELDS = frozenset({"waktu"})
#: strptime formats date options accept: what the tool writes for people, and ISO
DATE_OPTION_FORMATS: tuple[str, ...] = ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y")
EXCEL_DATE_FORMAT = "dd-mm-yyyy"

_DMY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00)?)?\s*$")


#: a text number that is thousands in Indonesian ("1.500") or a decimal with three places in English ("1.500",
#: "80.125"); the readers name it where a column (or an indicator) writes the dot as its decimal point
DOT_THREE = r"\d{1,3}\.\d{3}"
#: a text number that can only use the dot as its decimal point: "1.5", "82.75", "2.5000"
DOT_DECIMAL = r"\d+\.(?:\d{1,2}|\d{4,})"


def digits_for(field: str | None) -> int:
    """Return how many decimals ``field`` is shown with."""
    return DIGITS.get(field or "", DEFAULT_DIGITS)


def excel_format(field: str | None) -> str:
    """The Excel number format of a ``field`` cell: its own (:data:`EXCEL_FIELD_FORMATS`), else its decimals'."""
    return EXCEL_FIELD_FORMATS.get(field or "") or EXCEL_FORMATS.get(digits_for(field), "0.00")


def round_for_display(value: Any, field: str | None = None) -> Any:
    """Round a float to the field's display digits (integers, text and None pass unchanged)."""
    if isinstance(value, bool) or not isinstance(value, float):
        return value
    if math.isnan(value) or math.isinf(value):
        return None
    rounded = round(value, digits_for(field))
    return int(rounded) if rounded.is_integer() and field not in DIGITS else rounded


def format_number(value: float | int, digits: int | None = DEFAULT_DIGITS, *, keep_zeros: bool = False) -> str:
    """Return ``value`` the Indonesian way: ``1.234,5`` (thousands ``.``, decimals ``,``).

    ``digits`` decimals at most (``None``: as many as the float has); trailing zeros are
    dropped unless ``keep_zeros``.
    """
    if isinstance(value, bool):
        raise TypeError("format_number expects a number, not a bool")
    if isinstance(value, int):
        text = f"{value:,d}"
    else:
        if math.isnan(value) or math.isinf(value):
            return "-"
        text = f"{value:,.{digits}f}" if digits is not None else f"{value:,}"
        if "." in text and not keep_zeros:
            text = text.rstrip("0").rstrip(".")
        if text in ("-0", "-0.0"):
            text = "0"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


@functools.cache
def _SHOWN_NUMBER() -> re.Pattern[str]:
    return re.compile(r"^-?\d{1,3}(?:\.\d{3})*(?:,(\d+))?$")


def align_decimals(texts: list[str]) -> list[str]:
    """Pad the numbers of one table column to the same count of decimals ("1,2" beside "1,17" is "1,20").

    :func:`format_number` drops trailing zeros, which reads well in a sentence but leaves a
    right-aligned column with its commas at different places. Texts that are not numbers
    (empty cells, words) pass unchanged.
    """
    places = [_decimal_places(t) for t in texts]
    width = max((p for p in places if p is not None), default=0)
    if width == 0:
        return list(texts)
    return [
        t if p is None or p == width else t + ("," if p == 0 else "") + "0" * (width - p)
        for t, p in zip(texts, places, strict=True)
    ]


def _decimal_places(text: str) -> int | None:
    """Return how many decimals an Indonesian number text has, or None when it is not a number."""
    m = _SHOWN_NUMBER().match(text)
    if not m:
        return None
    return len(m.group(1)) if m.group(1) else 0


def format_date(value: dt.date | dt.datetime) -> str:
    """Return ``dd-mm-yyyy`` (a datetime at midnight is a date; other times add ``HH:MM``); "" for pandas' NaT, a
    datetime with no date (a finding's cell value shows it since polish4, h35: NaT raised there)."""
    if value != value:  # NaT, the one date unequal to itself
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.strftime(DATE_FORMAT)
        return value.strftime(DATE_FORMAT + " %H:%M")
    return value.strftime(DATE_FORMAT)


#: Indonesia's time zones by their UTC offset in hours
_ZONES = {7: "WIB", 8: "WITA", 9: "WIT"}


def local_zone(now: dt.datetime | None = None) -> tuple[dt.tzinfo, str]:
    """The computer's time zone and its name for a header or a time: WIB/WITA/WIT, else UTC+hh:mm."""
    local = (now or dt.datetime.now().astimezone()).tzinfo or dt.UTC
    offset = local.utcoffset(None) or dt.timedelta(0)
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    name = _ZONES.get(hours) if not rest else None
    return local, name or f"UTC{'+' if offset >= dt.timedelta(0) else '-'}{abs(hours):02d}:{rest // 60:02d}"


def local_moment(value: object, zone: dt.tzinfo) -> object:
    """A recorded ISO timestamp (the ledger writes UTC) as a naive date-time in ``zone``; anything else unchanged."""
    if not isinstance(value, str) or not value:
        return value
    try:
        stamp = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    return (stamp.astimezone(zone) if stamp.tzinfo else stamp).replace(tzinfo=None)


def format_moment(value: str) -> str:
    """A recorded ISO timestamp as a person reads it: ``05-12-2026 16:34 WIB`` in this computer's zone."""
    zone, name = local_zone()
    moment = local_moment(value, zone)
    if not isinstance(moment, dt.datetime):
        return value
    return f"{moment.strftime(DATE_FORMAT + ' %H:%M')} {name}"


#: month names for dates written out in words (where dd-mm could be misread, e.g. an ambiguity message)
BULAN: tuple[str, ...] = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


def format_date_words(value: dt.date) -> str:
    """Return ``3 April 2019``: a date no reader can take day for month."""
    return f"{value.day} {BULAN[value.month - 1]} {value.year}"


def iso_date(value: dt.date | dt.datetime) -> str:
    """Return the ISO form used in JSON: ``yyyy-mm-dd`` for dates and datetimes at midnight."""
    if isinstance(value, dt.datetime) and value.time() != dt.time(0):
        return value.isoformat()
    return value.strftime("%Y-%m-%d")


def parse_date_option(text: str) -> dt.date:
    """Parse a date given on the command line: ``dd-mm-yyyy`` (also ``/`` or ``.``) or ``yyyy-mm-dd``.

    Raises ``ValueError`` with an Indonesian message naming both accepted forms.
    """
    m = _ISO.match(text)
    if m:
        year, month, day = (int(g) for g in m.groups())
    else:
        m = _DMY.match(text)
        if not m:
            raise ValueError(f"'{text}' bukan tanggal; tulis DD-MM-YYYY (mis. 01-12-2026) atau YYYY-MM-DD")
        day, month, year = (int(g) for g in m.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"'{text}' bukan tanggal yang ada di kalender") from None


def format_percent(fraction: float, digits: int) -> str:
    """Return a fraction as a percentage the Indonesian way: ``4,2%``; a positive fraction that rounds to nothing is
    ``<0,1%``, never a 0% that reads as proven."""
    least = 10.0**-digits
    if 0 < fraction * 100 < least / 2:
        return f"<{format_number(least, digits)}%"
    return f"{format_number(fraction * 100, digits)}%"


def display_value(field: str, value: Any) -> str:
    """Return the text a person reads for one cell: words for codes, rounded numbers, dd-mm-yyyy."""
    value = to_plain(value)
    if value is None:
        return ""
    shown = value_label(field, value)
    if isinstance(shown, str):
        return format_moment(shown) if field in MOMENT_FIELDS else shown
    if isinstance(shown, (dt.date, dt.datetime)):
        return format_date(shown)
    if field in FIXED_DIGIT_FIELDS and isinstance(shown, (int, float)):
        return format_number(float(shown), digits_for(field), keep_zeros=True)
    if isinstance(shown, int):
        return format_number(shown) if field not in _PLAIN_INTEGERS else str(shown)
    if field in PERCENT_FIELDS and isinstance(shown, (int, float)):
        return format_percent(float(shown), PERCENT_FIELDS[field])
    if isinstance(shown, float):
        if shown.is_integer() and field not in DIGITS:
            return format_number(int(shown)) if field not in _PLAIN_INTEGERS else str(int(shown))
        return format_number(shown, digits_for(field))
    return str(shown)


#: integers that are identifiers, not quantities (no thousands separator: row 1234, year 2026)
_PLAIN_INTEGERS = frozenset({"baris", "baris_usulan", "nomor_urut", "peringkat", "tahun", "bup"})
