"""Sane ranges for the numbers and dates the algorithms size themselves by (issue 13).

A position table with ``kebutuhan = 1e12`` once passed ``check`` and made ``plan`` build
a list of 1e12 entries; thirty nines overflowed int64 (exit 70). Every count an
algorithm allocates by is therefore checked here first; out-of-range values become
findings (the cell is treated as empty), never crashes. Pure functions, no I/O.
"""

from __future__ import annotations

import numbers
from datetime import date

from asn_mutasi.errors import UsageError

#: inclusive (low, high) per canonical numeric field of the position and ABK tables.
#: 100,000 people in one position is more than any Indonesian instansi employs in total
#: for one jabatan; kelas jabatan runs 1–17 (PermenPANRB 41/2018); beban kerja in hours
#: per year is need × 1,250 h, so 100,000 people ≈ 1.25e8 h.
NUMBER_RANGES: dict[str, tuple[float, float]] = {
    "kebutuhan": (0, 100_000),
    "bezetting": (0, 100_000),
    "pensiun_tahun": (0, 100_000),
    "beban_kerja_jam": (0, 125_000_000),
    "kelas_jabatan": (1, 17),
}
#: the most characters a spreadsheet cell holds (Excel, LibreOffice): a workbook's longer text is cut to it when read
#: (no program that saves a workbook writes one), a CSV's is read whole and cut when written to xlsx
CELL_MAX = 32767
#: candidates listed per position (``cocokkan --teratas``; ``match(top=)``)
TOP_RANGE = (1, 1000)
#: employees of a generated sample (``sampel --pegawai``; ``make_sample(pegawai=)``) and its seed (numpy's range)
SAMPLE_SIZE = (100, 500_000)
SEED_RANGE = (0, 2**32 - 1)
#: the reference date (``--tanggal``) of every calculation
AS_OF_MIN = date(1950, 1, 1)
AS_OF_MAX = date(2100, 12, 31)


def in_range(field: str, value: float) -> bool:
    """True when ``value`` is a usable ``field`` value (unknown fields: any finite, non-negative number)."""
    low, high = NUMBER_RANGES.get(field, (0, float("inf")))
    return low <= value <= high


def range_text(field: str) -> str:
    """The allowed range in Indonesian notation, for a finding message."""
    low, high = NUMBER_RANGES.get(field, (0, float("inf")))
    top = "tak terbatas" if high == float("inf") else f"{high:,.0f}".replace(",", ".")
    return f"{low:,.0f}".replace(",", ".") + "–" + top


def check_count(value: int, bounds: tuple[int, int], what: str) -> int:
    """``value`` when it is a whole number within ``bounds`` (inclusive), else a :class:`UsageError` (exit 2) naming
    ``what``: a library verb takes what the CLI option of the same name takes (``match(top=0)`` listed nobody without
    a word, ``vacancies(horizon=99999)`` crashed with "year 10360 is out of range")."""
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or not low <= value <= high:
        shown = value if isinstance(value, numbers.Real) else type(value).__name__
        low_text, high_text = (f"{n:,}".replace(",", ".") for n in bounds)  # Indonesian thousands: 500.000
        raise UsageError(f"{what} harus bilangan bulat {low_text} sampai {high_text}, bukan {shown}")
    return int(value)


def check_as_of(value: date, what: str = "Tanggal acuan") -> date:
    """Return ``value`` when it is a usable reference date (or, named by ``what``, another date an option gives:
    the TMT of ``terapkan``), else raise :class:`UsageError` (exit 2)."""
    if not AS_OF_MIN <= value <= AS_OF_MAX:
        from asn_mutasi.formatting import format_date  # dates DD-MM-YYYY, as the option takes them (render28, h37)

        raise UsageError(
            f"{what} {format_date(value)} di luar rentang yang didukung "
            f"({format_date(AS_OF_MIN)} s.d. {format_date(AS_OF_MAX)})"
        )
    return value
