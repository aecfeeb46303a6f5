"""Service outcomes beside staffing changes: per-unit indicators before and after a round of mutasi.

The indicator table has one row per (unit_kerja, periode, indikator) with ``nilai`` and
``arah`` (``naik baik`` — higher is better, e.g. IKM, capaian kinerja, survei pegawai — or
``turun baik`` — lower is better, e.g. jumlah pengaduan). :func:`compare_indicators` takes the
value of each indicator in the period before and after (default: its first and last period;
periods sort as text, so write ``2025``, ``2025-S1``, ``2025-01``), shows the change beside the
unit's staffing change, and flags units whose staffing improved while the service worsened
(``layanan-memburuk``).

IKM (Indeks Kepuasan Masyarakat) follows PermenPANRB 14/2017 (Pedoman Penyusunan Survei
Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik), Lampiran, pengolahan data:

- NRR per unsur = total nilai persepsi per unsur / total unsur yang terisi (persepsi 1..4);
- bobot nilai rata-rata tertimbang = jumlah bobot / jumlah unsur = 1/n (9 unsur: 0,111);
- IKM = Σ (NRR per unsur × bobot) — the weighted mean, 1..4 ("nilai interval");
- IKM unit pelayanan = IKM × 25 ("nilai interval konversi", 25..100);
- mutu pelayanan: A (Sangat Baik) 88,31–100; B (Baik) 76,61–88,30; C (Kurang Baik) 65,00–76,60;
  D (Tidak Baik) 25,00–64,99 (nilai interval 3,5324–4,00; 3,0644–3,532; 2,60–3,064; 1,00–2,5996).

Sources read for the formula and intervals (public pages citing the regulation): the Nganjuk
open-data IKM definition (https://dashboard.nganjukkab.go.id/menudataset/detail?data=MDBlYjkwMzMtMWYzNi00Y2EyLWE0NGQtOGYyOWYxMTM3NmE2,
intervals 25–64,99 D … 88,31–100 A) and the survey-processing text reproduced in
https://fliphtml5.com/aludp/wxcu/Gabungan_Teori_Administrasi_Publik2/178/ (bobot = jumlah bobot/jumlah
unsur; IKM = Σ nilai persepsi per unsur / unsur terisi × penimbang; × 25).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from asn_mutasi.domain.jabatan import normalize_unit_name, unit_in_opd, unit_in_words
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.formatting import DOT_DECIMAL, DOT_THREE, format_number
from asn_mutasi.labels import field_words
from asn_mutasi.schema import ROW

#: decimals of a computed difference (values are read from the analyst's table: a few decimals at most)
_DECIMALS = 6
NAIK, TURUN = "naik baik", "turun baik"
#: words that make a blank ``arah`` mean lower is better
_LOWER_BETTER = ("pengaduan", "aduan", "keluhan", "komplain", "temuan", "kesalahan", "keterlambatan")
#: the indicators the template offers (name, arah)
STANDARD_INDICATORS: tuple[tuple[str, str], ...] = (
    ("Jumlah Pengaduan", TURUN),
    ("IKM (PermenPANRB 14/2017)", NAIK),
    ("Capaian Kinerja (%)", NAIK),
    ("Survei Kepuasan Pegawai", NAIK),
)
INDICATOR_COLUMNS = (
    "unit_kerja",
    "indikator",
    "arah",
    "periode_sebelum",
    "nilai_sebelum",
    "periode_sesudah",
    "nilai_sesudah",
    "selisih",
    "layanan",
    "tren",
    "bezetting_sebelum",
    "bezetting_sesudah",
    "perubahan_bezetting",
    "lowongan_sebelum",
    "lowongan_sesudah",
    "kepegawaian_membaik",
    "perlu_perhatian",
)


# --- IKM ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Ikm:
    """IKM of one service unit: interval value (1..4), converted (25..100), grade and its meaning."""

    nilai_interval: float
    nilai_konversi: float
    mutu: str
    kinerja: str


#: (lowest converted value, grade, meaning), best first — PermenPANRB 14/2017
IKM_GRADES: tuple[tuple[float, str, str], ...] = (
    (88.31, "A", "Sangat Baik"),
    (76.61, "B", "Baik"),
    (65.00, "C", "Kurang Baik"),
    (25.00, "D", "Tidak Baik"),
)


def ikm_grade(konversi: float) -> tuple[str, str]:
    """Grade A–D and its meaning for a converted IKM (25..100), on the two-decimal value."""
    value = round(konversi, 2)
    for low, grade, meaning in IKM_GRADES:
        if value >= low:
            return grade, meaning
    return "D", "Tidak Baik"


def ikm(nrr_per_unsur: Sequence[float]) -> Ikm:
    """IKM from the average perception (1..4) of each survey element (9 in PermenPANRB 14/2017).

    IKM = Σ (NRR × 1/n); converted = IKM × 25.
    """
    values = [float(v) for v in nrr_per_unsur]
    if not values:
        raise ValueError("IKM needs at least one element average")
    if any(not (1.0 <= v <= 4.0) or math.isnan(v) for v in values):
        raise ValueError("element averages (NRR) lie between 1 and 4")
    weight = 1.0 / len(values)
    interval = sum(v * weight for v in values)
    converted = interval * 25.0
    grade, meaning = ikm_grade(converted)
    return Ikm(round(interval, 4), round(converted, 2), grade, meaning)


#: one digit, a dot, three digits ("3.256"): thousands by the package's number rule, an NRR's decimals here
@functools.cache
def _NRR_DECIMALS() -> re.Pattern[str]:
    return re.compile(r"[+-]?\d\.\d{3}")


def parse_nrr(text: str) -> float | None:
    """An element average (NRR, 1..4) as an analyst types it: "3,25" (copied from an Indonesian spreadsheet) or
    "3.25", by the package's number rule (:func:`_number`); "3.256", thousands by that rule, is its decimals here,
    since an NRR is never above 4. None when no number. `indikator ikm 3,2 …` was refused as no number (walk5,
    h28)."""
    got = _number(text)
    if got > 4 and _NRR_DECIMALS().fullmatch(text.strip()):
        return float(text.strip())
    return None if math.isnan(got) else got


# --- indicator table ---------------------------------------------------------------------------
def parse_arah(value: object, indikator: str) -> str | None:
    """``naik baik``/``turun baik`` from the cell (naik, tinggi, +, turun, rendah, -); blank → by name."""
    text = " ".join(str(value).casefold().split()) if isinstance(value, str) else ""
    if not text:
        name = indikator.casefold()
        return TURUN if any(w in name for w in _LOWER_BETTER) else NAIK
    if text.startswith(("naik", "tinggi", "+", "lebih tinggi", "besar")):
        return NAIK
    if text.startswith(("turun", "rendah", "-", "lebih rendah", "kecil")):
        return TURUN
    return None


def _number(value: object) -> float:
    """An indicator value as the rest of the package reads a number (:func:`~asn_mutasi.workload.abk.parse_number`:
    "1.234" is a thousand two hundred thirty-four, "82,45" a decimal comma), a trailing "%" dropped; NaN when none.
    Its own rule read "1.234" complaints as 1.234 and called the rise from 39 an improvement (walk5, h28)."""
    from asn_mutasi.workload.abk import parse_number

    if isinstance(value, str):
        value = value.strip().removesuffix("%")
    got = parse_number(value)
    return math.nan if got is None else got


def _dot_decimals(
    cells: pd.Series,
    indikator: pd.Series,
    nilai: pd.Series,
    findings: list[Finding],
    where: tuple[list[int], str | None, str | None],
) -> pd.Series:
    """The column rule of the roster reader (``angka-titik-desimal``), per indicator: where other values of the same
    indicator use the dot as the decimal point ("82.75", "2.25"), "80.125" and "1.500" are decimals, not thousands,
    and each is named. A web app's dot-decimal export read IKM 82.75 → 80.125 as 82.75 → 80125, "membaik"
    (hostile9, h28). Without such a sibling, "x.yyy" is still a decimal where the thousands cannot be meant
    (:func:`_plausible_decimals`: a "%" cell, or an indicator's range only the decimal fits); else the package's rule
    stays ("1.234" pengaduan)."""
    rows, source, sheet = where
    text = cells.map(lambda v: v.strip().removesuffix("%").strip() if isinstance(v, str) else "")
    decimal = text.str.fullmatch(_SIGNED_DECIMAL)
    example = text.where(decimal).groupby(indikator.str.casefold()).transform("first")
    three = text.str.fullmatch(_SIGNED_THREE) & nilai.notna()
    fix = three & example.notna()
    as_decimal = pd.to_numeric(text.where(three), errors="coerce")
    why = _plausible_decimals(cells, as_decimal, indikator, nilai).where(three & ~fix & as_decimal.ne(nilai), "")
    if not (fix.any() or why.ne("").any()):
        return nilai
    nilai = nilai.copy()
    for i in fix.index[fix]:
        number = float(text[i])
        nilai[i] = number
        loc = Location(file=source, sheet=sheet, row=int(rows[i]), field="nilai", value=str(cells[i]).strip())
        findings.append(make_finding("angka-titik-desimal", loc, nilai=format_number(number, 4), contoh=example[i]))
    chosen = why.ne("")
    read = as_decimal[chosen]
    for (_, alasan), group in read.groupby([indikator[chosen].str.casefold(), why[chosen]], sort=False):
        i = group.index[0]  # one finding per indicator and reason: every row of a dot-decimal export is alike
        loc = Location(file=source, sheet=sheet, row=int(rows[i]), field="nilai", value=str(cells[i]).strip())
        findings.append(
            make_finding(
                "indikator-titik-desimal",
                loc,
                jumlah=len(group),
                indikator=indikator[i],
                nilai=format_number(float(group[i]), 4),
                ribuan=f"{nilai[i]:.0f}",
                alasan=alasan,
            )
        )
    nilai[chosen] = read
    return nilai


#: "x.yyy" and "x.yy" with their sign: "-3.069%" was read -3069 beside "3.069%" read 3,069, and "+3.069" refused as
#: 3069 beside "3.069" read 3,069 (hostile11 #5, h29)
_SIGNED_THREE = rf"[+-]?{DOT_THREE}"
_SIGNED_DECIMAL = rf"[+-]?{DOT_DECIMAL}"


def _plausible_decimals(
    cells: pd.Series, as_decimal: pd.Series, indikator: pd.Series, thousands: pd.Series
) -> pd.Series:
    """Per row, why a "x.yyy" value is the decimal x,yyy (``as_decimal``) and not the thousands, else "": a "%" cell
    is a percentage, never thousands ("85.125%" was kept as 85125); an indicator whose range (:data:`_PLAUSIBLE`)
    only the decimal reading fits ("3.069", an IKM interval value written with three decimals as PermenPANRB 14/2017
    does, was refused as 3069) takes it, as :func:`parse_nrr` does (review10 #2, h29). Where neither reading fits,
    nothing is chosen (:func:`_implausible` names both)."""
    percent = cells.map(lambda v: isinstance(v, str) and v.strip().endswith("%"))
    said = pd.Series("", index=cells.index, dtype=object)
    said[percent.astype(bool)] = "nilai bertanda % adalah persentase, tidak pernah ribuan"
    for words, low, high, what in _PLAUSIBLE:
        only = indikator.str.contains(words) & as_decimal.between(low, high) & ~thousands.between(low, high)
        said[only & said.eq("")] = f"hanya bacaan desimal yang masuk rentang {what}"
    return said


#: (words of an indicator's name, lowest, highest, what the range is): a value outside cannot be that indicator's
_PLAUSIBLE: tuple[tuple[re.Pattern[str], float, float, str], ...] = (
    (
        re.compile(r"\bikm\b|kepuasan\s+masyarakat", re.I),
        1.0,
        100.0,
        "IKM 1–100 (nilai interval 1–4 atau konversi 25–100)",
    ),
)


def _implausible(indikator: pd.Series, nilai: pd.Series, cells: pd.Series) -> pd.Series:
    """Per row, why its value cannot be its indicator's ("nilai '80.125' dibaca 80125, di luar rentang IKM …"), else
    "": an IKM of 80125 (a decimal read as thousands) was compared as a rise (hostile9, h28). A "x.yyy" value neither
    of whose readings fits names both (review10 #2, h29)."""
    said = pd.Series("", index=nilai.index, dtype=object)
    for words, low, high, what in _PLAUSIBLE:
        out = indikator.str.contains(words) & nilai.notna() & ~nilai.between(low, high)
        for i in out.index[out]:
            read = f"{_digits(float(nilai[i]))},"
            text = cells[i].strip().removesuffix("%").strip() if isinstance(cells[i], str) else ""
            if re.fullmatch(_SIGNED_THREE, text) and float(nilai[i]) != float(text):
                read = f"{_digits(float(nilai[i]))} (ribuan) atau {_digits(float(text))} (desimal), keduanya"
            said[i] = f"nilai {_quoted(cells[i])} dibaca {read} di luar rentang {what}"
    return said


def _quoted(value: object) -> str:
    """A cell as the analyst wrote it, for a message: '−5', or "kosong"."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == "":
        return "kosong"
    return repr(str(value).strip()[:40])


@dataclass
class IndicatorTable:
    """Valid indicator rows (``unit_kerja, periode, indikator, nilai, arah, _unit``) and the findings."""

    frame: pd.DataFrame
    findings: list[Finding] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  #: the file's row of each row of ``frame``
    source: str | None = None
    sheet: str | None = None


def prepare_indicators(raw: pd.DataFrame, *, source: str | None = None, sheet: str | None = None) -> IndicatorTable:
    """Validate the indicator rows; each bad row is excluded with one finding naming its row."""
    frame = raw.copy()
    for col in ("unit_kerja", "periode", "indikator", "nilai", "arah"):
        if col not in frame:
            frame[col] = None
    text = {
        c: frame[c].map(lambda v: "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v).strip())
        for c in ("unit_kerja", "periode", "indikator")
    }
    if "perangkat_daerah" in frame:  # the OPD in its own column (indikator templat): the unit is "OPD | unit"
        opd = frame["perangkat_daerah"].map(lambda v: "" if v is None or v != v else str(v).strip())
        keys = {(u, o): unit_in_opd(u, o) or "" for u, o in set(zip(text["unit_kerja"], opd, strict=True))}
        text["unit_kerja"] = pd.Series(
            [keys[k] for k in zip(text["unit_kerja"], opd, strict=True)], index=frame.index, dtype=object
        )
    periode = frame["periode"].map(lambda v: str(int(v)) if isinstance(v, float) and v.is_integer() else v)
    text["periode"] = periode.map(
        lambda v: "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v).strip()
    )
    nilai = frame["nilai"].map(_number)
    arah = [parse_arah(a, i) for a, i in zip(frame["arah"].tolist(), text["indikator"].tolist(), strict=True)]
    rows = frame[ROW].tolist() if ROW in frame else list(range(2, len(frame) + 2))
    findings: list[Finding] = []
    nilai = _dot_decimals(frame["nilai"], text["indikator"], nilai, findings, (rows, source, sheet))
    masks = {
        f"{field_words(name)} kosong": text[name].eq("").to_numpy() for name in ("unit_kerja", "periode", "indikator")
    }
    masks["nilai bukan angka"] = nilai.isna().to_numpy()
    outside = _implausible(text["indikator"], nilai, frame["nilai"])
    masks["nilai di luar rentang"] = outside.ne("").to_numpy()
    masks["arah harus 'naik baik' atau 'turun baik'"] = pd.Series(arah, dtype=object).isna().to_numpy()
    bad = pd.DataFrame(masks)
    cells = frame["nilai"].tolist()
    for i in bad.index[bad.any(axis=1)]:  # only the rows excluded, each with its reasons
        loc = Location(file=source, sheet=sheet, row=int(rows[i]))
        said = {"nilai bukan angka": f"nilai bukan angka ({_quoted(cells[i])})", "nilai di luar rentang": outside[i]}
        reasons = "; ".join(said.get(name, name) for name in masks if bad.at[i, name])
        findings.append(make_finding("indikator-tidak-valid", loc, alasan=reasons))
    keep = ~bad.any(axis=1).to_numpy()
    out = pd.DataFrame(
        {
            "unit_kerja": text["unit_kerja"],
            "periode": text["periode"],
            "indikator": text["indikator"],
            "nilai": nilai,
            "arah": arah,
        }
    )[keep].reset_index(drop=True)
    out["_unit"] = out["unit_kerja"].map(normalize_unit_name)
    kept_rows = [int(r) for r, k in zip(rows, keep.tolist(), strict=True) if k]
    findings += _repeated_indicators(out, kept_rows, source, sheet)
    return IndicatorTable(out, findings, kept_rows, source, sheet)


def _repeated_indicators(out: pd.DataFrame, rows: list[int], source: str | None, sheet: str | None) -> list[Finding]:
    """``indikator-ganda`` once per (unit, indicator, period) written on several rows: their values are averaged
    (90, 10 and 20 became 40, "memburuk", without a word), and only the first row's arah counts."""
    key = ["_unit", "indikator", "periode"]
    twice = out.duplicated(key, keep=False)
    if not twice.any():
        return []
    found: list[Finding] = []
    frame = out.assign(_baris=rows)[twice]
    for _, group in frame.groupby(key, sort=False):
        listed = ", ".join(str(r) for r in group["_baris"].tolist()[:10])
        arah = group["arah"].tolist()
        note = f"; arahnya berbeda, yang dipakai '{arah[0]}' (baris pertama)" if len(set(arah)) > 1 else ""
        first = group.iloc[0]
        loc = Location(file=source, sheet=sheet, row=int(group["_baris"].iloc[1]))
        found.append(
            make_finding(
                "indikator-ganda",
                loc,
                indikator=first["indikator"],
                unit_kerja=first["unit_kerja"],
                periode=first["periode"],
                baris=listed,
                nilai=_fmt(float(group["nilai"].mean())),
                catatan=note,
            )
        )
    return found


@dataclass
class IndicatorComparison:
    """Per (unit, indicator): before/after values, change, staffing change, and the flags raised."""

    table: pd.DataFrame  #: :data:`INDICATOR_COLUMNS`
    findings: list[Finding] = field(default_factory=list)
    periods: list[str] = field(default_factory=list)


_ROMAN_PART = {"I": 1, "II": 2, "III": 3, "IV": 4}
_YEAR = re.compile(r"(?<!\d)(19\d{2}|20\d{2}|21\d{2})(?!\d)")


@functools.cache
def _PART() -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z\d])(\d{1,2}|IV|III|II|I)(?![A-Za-z\d])", re.IGNORECASE)


def period_key(text: str) -> tuple[int, int, int, int, str]:
    """Sort key of a period as written: a whole date (DD-MM-YYYY, ISO: ``domain.tanggal``) by itself, else its year,
    then its month/quarter/semester number ("2025-9" < "2025-10", "TW II 2025" < "TW IV 2025", "Sep 2025" <
    "Okt 2025"); a period with no year sorts after, by its text."""
    from asn_mutasi.domain.tanggal import MONTHS, parse_date

    day = parse_date(text).value if len(text) >= 8 else None  # "31-03-2025": a date, not the 31st of something
    if day is not None:
        return (0, day.year, day.month, day.day, text)
    year = _YEAR.search(text)
    if year is None:
        return (1, 0, 0, 0, text)
    rest = (text[: year.start()] + " " + text[year.end() :]).strip()
    words = [w for w in re.split(r"[^A-Za-z]+", rest.casefold()) if w]
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    part = month or 0
    if month is None and (found := _PART().search(rest)) is not None:
        token = found.group(1).upper()
        part = int(token) if token.isdigit() else _ROMAN_PART[token]
    return (0, int(year.group(1)), part, 0, text)


def _unknown_units(indicators: IndicatorTable, units: pd.DataFrame) -> list[Finding]:
    """``indikator-unit-tidak-dikenal`` per indicator unit that is no unit of the rosters (a typo: "Dinas Pendapatn
    Daerah"), at its first row: its staffing cannot be compared and was shown empty without a word."""
    known = set(units["unit_kerja"].astype(str).map(normalize_unit_name))
    data = indicators.frame
    rows: list[int | None] = list(indicators.rows) or [None] * len(data)
    out: list[Finding] = []
    seen: set[str] = set()
    for unit, name, row in zip(data["_unit"].tolist(), data["unit_kerja"].tolist(), rows, strict=True):
        if unit in known or unit in seen:
            continue
        seen.add(unit)
        loc = Location(file=indicators.source, sheet=indicators.sheet, row=row, field="unit_kerja", value=str(name))
        out.append(make_finding("indikator-unit-tidak-dikenal", loc, unit_kerja=str(name)))
    return out


def _fmt(x: float) -> str:
    """A value in a sentence or the Tren text, as every other number is written ("1.234.567,891"): ``:g`` wrote
    "1,23457e+06" (hostile11 #5, h29)."""
    return format_number(float(x), _DECIMALS)


def _digits(x: float) -> str:
    """A value beside the cell it was read from, without thousands dots ("dibaca 180125 (ribuan) atau 180,125"), as
    ``indikator-titik-desimal`` writes it: "180.125 (ribuan)" would read as the cell itself."""
    return _fmt(x).replace(".", "")


def compare_indicators(
    indicators: IndicatorTable,
    units: pd.DataFrame,
    *,
    sebelum: str | None = None,
    sesudah: str | None = None,
) -> IndicatorComparison:
    """Join the indicators' before/after values with the per-unit staffing change of ``compare``.

    ``units`` is ``Comparison.units`` (``unit_kerja``, ``bezetting_*``, ``perubahan_bezetting``,
    and ``lowongan_*`` with a position table). Staffing improved = fewer vacancies (with a
    position table) or more staff (without one).
    """
    data = indicators.frame
    periods = sorted(data["periode"].unique().tolist(), key=period_key)
    picked = _before_after(data, periods, sebelum=sebelum, sesudah=sesudah)
    scales = _ikm_scales(picked, indicators)
    picked, by_vacancy = _join_staffing(picked, units)
    unknown = _unknown_units(indicators, units) + scales
    picked["perlu_perhatian"] = picked["kepegawaian_membaik"] & picked["layanan"].eq("memburuk").fillna(False).astype(
        bool
    )
    table = picked.sort_values(["unit_kerja", "indikator"], kind="stable").reset_index(drop=True)[
        list(INDICATOR_COLUMNS)
    ]
    attention = _attention_findings(table, by_vacancy=by_vacancy, indicators=indicators)
    return IndicatorComparison(table, unknown + attention, periods)


def _before_after(data: pd.DataFrame, periods: list[str], *, sebelum: str | None, sesudah: str | None) -> pd.DataFrame:
    """Per (unit, indicator): the periods compared (first/last unless given), their mean values,
    the change, the trend over all periods and whether the service got better (``layanan``).
    ``periods`` are the table's periods in time order."""
    grouped = (
        data.groupby(["_unit", "indikator", "periode"], sort=True)
        .agg(unit_kerja=("unit_kerja", "first"), nilai=("nilai", "mean"), arah=("arah", "first"))
        .reset_index()
    )
    # in time order, not text order ("2025-9" before "2025-10"): first and last are the earliest and latest
    ranks = {p: r for r, p in enumerate(periods)}
    grouped = grouped.assign(_urut=grouped["periode"].map(ranks))
    grouped = grouped.sort_values(["_unit", "indikator", "_urut"], kind="stable").reset_index(drop=True)
    series = grouped.groupby(["_unit", "indikator"], sort=True)
    picked = series.agg(periode_sebelum=("periode", "first"), periode_sesudah=("periode", "last"))
    if sebelum is not None:
        picked["periode_sebelum"] = sebelum
    if sesudah is not None:
        picked["periode_sesudah"] = sesudah
    value = grouped.set_index(["_unit", "indikator", "periode"])["nilai"]
    picked = picked.reset_index()
    picked["nilai_sebelum"] = value.reindex(
        list(zip(picked["_unit"], picked["indikator"], picked["periode_sebelum"], strict=True))
    ).to_numpy()
    picked["nilai_sesudah"] = value.reindex(
        list(zip(picked["_unit"], picked["indikator"], picked["periode_sesudah"], strict=True))
    ).to_numpy()
    first = series.agg(unit_kerja=("unit_kerja", "first"), arah=("arah", "first"))
    picked = picked.join(first, on=["_unit", "indikator"])
    trend = (
        grouped.assign(t=grouped["periode"] + ": " + grouped["nilai"].map(_fmt))
        .groupby(["_unit", "indikator"])["t"]
        .agg("; ".join)
    )
    picked = picked.join(trend.rename("tren"), on=["_unit", "indikator"])
    # rounded to 6 decimals, past any value an analyst's table carries: 87,3 − 77,7 is 9,6, not 9,599999999999994
    # (walkthrough: the Indikator Layanan sheet showed the float's noise)
    picked["selisih"] = (picked["nilai_sesudah"] - picked["nilai_sebelum"]).round(_DECIMALS)
    picked["layanan"] = _verdict(picked["selisih"], picked["arah"])
    # one period only (a unit that reported once): nothing to compare, not "tetap" (it read 2026 against 2026)
    alone = (picked["periode_sebelum"] == picked["periode_sesudah"]).to_numpy()
    picked.loc[alone, "selisih"] = np.nan
    picked.loc[alone, "layanan"] = "satu periode"
    # a period asked for (--periode-sebelum/--periode-sesudah) that the indicator lacks: nothing to compare either; the
    # empty verdict crashed the workbook writer (exit 70; hostile11 #5, h29)
    picked.loc[picked["layanan"].isna().to_numpy(), "layanan"] = "periode tidak lengkap"
    return picked


def _verdict(selisih: pd.Series, arah: pd.Series) -> pd.Series:
    """Per row, whether the service got better ("membaik", "memburuk", "tetap"; NA without a change)."""
    better = selisih * arah.map({NAIK: 1.0, TURUN: -1.0})
    said = pd.Series(pd.NA, index=selisih.index, dtype=object)
    said[better > 0] = "membaik"
    said[better < 0] = "memburuk"
    said[better == 0] = "tetap"
    return said


#: PermenPANRB 14/2017: the IKM interval value (1–4) and its conversion (× 25: 25–100); a value at most the one's top and
#: one at least the other's bottom are on two scales
_IKM_INTERVAL_TOP, _IKM_KONVERSI_BOTTOM, _IKM_FACTOR = 4.0, 25.0, 25.0


def _ikm_scales(picked: pd.DataFrame, indicators: IndicatorTable) -> list[Finding]:
    """IKM rows whose before and after values are on the two scales (interval 1–4, konversi 25–100): IKM 1 → 100 was
    compared as "membaik" without a word, and 3,5 → 80 (87,5 → 80) would be too (hostile11 #5, h29). The change and
    verdict are taken on the konversi scale (interval × 25, the rule's own conversion), and each row is named
    (``indikator-skala-ikm-beda``). ``picked`` is changed in place."""
    before, after = picked["nilai_sebelum"], picked["nilai_sesudah"]
    ikm_rows = picked["indikator"].str.contains(_PLAUSIBLE[0][0]) & picked["layanan"].isin(
        ["membaik", "memburuk", "tetap"]
    )
    pair = picked[["nilai_sebelum", "nilai_sesudah"]]
    low, high = pair.min(axis=1, skipna=False), pair.max(axis=1, skipna=False)
    mixed = ikm_rows & low.le(_IKM_INTERVAL_TOP) & high.ge(_IKM_KONVERSI_BOTTOM)
    if not mixed.any():
        return []
    before, after = (v.where(v >= _IKM_KONVERSI_BOTTOM, v * _IKM_FACTOR) for v in (before[mixed], after[mixed]))
    change = (after - before).round(_DECIMALS)
    picked.loc[mixed, "selisih"] = change
    picked.loc[mixed, "layanan"] = _verdict(change, picked.loc[mixed, "arah"])
    out, last = [], _last_rows(indicators)
    for rec in picked[mixed].to_dict("records"):
        row = last.get((str(rec["_unit"]), str(rec["indikator"]), str(rec["periode_sesudah"])))
        value = str(rec["indikator"])
        loc = Location(file=indicators.source, sheet=indicators.sheet, row=row, field="indikator", value=value)
        out.append(
            make_finding(
                "indikator-skala-ikm-beda",
                loc,
                unit_kerja=unit_in_words(str(rec["unit_kerja"])),  # in words, never its key (walk6, h31)
                indikator=rec["indikator"],
                sebelum=f"{rec['periode_sebelum']}: {_fmt(rec['nilai_sebelum'])}",
                sesudah=f"{rec['periode_sesudah']}: {_fmt(rec['nilai_sesudah'])}",
                selisih=_fmt(rec["selisih"]),
                layanan=rec["layanan"],
            )
        )
    return out


_STAFFING = ("bezetting_sebelum", "bezetting_sesudah", "perubahan_bezetting", "lowongan_sebelum", "lowongan_sesudah")


def _join_staffing(picked: pd.DataFrame, units: pd.DataFrame) -> tuple[pd.DataFrame, bool]:
    """``picked`` with the unit's staffing change and ``kepegawaian_membaik``; True when judged by vacancies."""
    u = units.copy()
    u["_unit"] = u["unit_kerja"].astype(str).map(normalize_unit_name)
    cols = [c for c in _STAFFING if c in u]
    picked = picked.merge(u[["_unit", *cols]].drop_duplicates("_unit"), on="_unit", how="left")
    for c in _STAFFING:
        if c not in picked:
            picked[c] = math.nan
    by_vacancy = "lowongan_sebelum" in cols
    if by_vacancy:
        improved = picked["lowongan_sesudah"] < picked["lowongan_sebelum"]
    else:
        improved = picked["perubahan_bezetting"] > 0
    picked["kepegawaian_membaik"] = improved.fillna(False).astype(bool)
    return picked, by_vacancy


def _last_rows(indicators: IndicatorTable | None) -> dict[tuple[str, str, str], int]:
    """The indicator table's last row of each (normalised unit, indicator, period)."""
    last: dict[tuple[str, str, str], int] = {}
    if indicators is not None and indicators.rows:
        data = indicators.frame
        for unit, name, period, row in zip(
            data["_unit"].tolist(), data["indikator"].tolist(), data["periode"].tolist(), indicators.rows, strict=True
        ):
            last[(str(unit), str(name), str(period))] = row
    return last


def _attention_findings(
    table: pd.DataFrame, *, by_vacancy: bool, indicators: IndicatorTable | None = None
) -> list[Finding]:
    """One ``layanan-memburuk`` finding per (unit, indicator) whose staffing improved and service got worse, at the
    indicator table's last row of the "after" value (that unit, however spelled, indicator and period)."""
    last = _last_rows(indicators)
    src, sheet = (indicators.source, indicators.sheet) if indicators is not None else (None, None)
    findings = []
    for rec in table[table["perlu_perhatian"]].to_dict("records"):
        if by_vacancy:
            staffing = f"lowongan {int(rec['lowongan_sebelum'])} → {int(rec['lowongan_sesudah'])}"
        else:
            staffing = f"pegawai {int(rec['bezetting_sebelum'])} → {int(rec['bezetting_sesudah'])}"
        findings.append(
            make_finding(
                "layanan-memburuk",
                Location(
                    file=src,
                    sheet=sheet,
                    row=last.get(
                        (
                            normalize_unit_name(str(rec["unit_kerja"])),
                            str(rec["indikator"]),
                            str(rec["periode_sesudah"]),
                        )
                    ),
                    field="indikator",
                    value=str(rec["indikator"]),
                ),
                unit_kerja=unit_in_words(str(rec["unit_kerja"])),  # in words, never its key (walk6, h31)
                kepegawaian=staffing,
                indikator=rec["indikator"],
                sebelum=f"{rec['periode_sebelum']}: {_fmt(rec['nilai_sebelum'])}",
                sesudah=f"{rec['periode_sesudah']}: {_fmt(rec['nilai_sesudah'])}",
            )
        )
    return findings
