"""Read the meaning of an ABK task sheet: time unit, period, its own WKE, summary rows, position.

Real e-Anjab / SIANJAB sheets differ from the documented layout in four ways that change
kebutuhan by a factor, so each is read, never guessed (issue 17):

- **Time unit** of the norm column, from its header ("Norma Waktu (menit)", "Waktu
  Penyelesaian (Jam)"), else from its cells ("30 menit", "2 jam"), else from the unit of the
  sheet's own WKE column (per-row kebutuhan = volume × waktu ÷ WKE needs one unit). A sheet
  where none tells is refused (:class:`~asn_mutasi.errors.SchemaError`, exit 3).
- **Period** of the volume (``satuan_periode``: per hari / minggu / bulan / tahun, harian,
  /bulan …) from a period column, else from the volume header ("Volume per Bulan"), else a
  year. A period is annualised as WKE ÷ its minutes: a day is ``menit_kerja_per_hari``
  (300 = 5 hours, PermenPANRB 1/2020), a week ``hari_kerja_per_minggu`` days, a month
  WKE ÷ 12, a year the WKE — ×250/×50/×12 on 75,000 minutes, and exactly the per-period
  minutes 300/1,500/6,000/72,000 of singgihadis/anjab (``master_keterangan_waktu``) on
  72,000.
- **Own WKE**: a "Waktu (Kerja) Efektif" column or summary row; used when
  ``pakai_wke_lembar`` and reported.
- **Position** for sheets of one position: a title row ("Nama Jabatan : …"), the sheet
  name, or the caller's ``jabatan``; merged position cells are filled downwards.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.errors import SchemaError
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.formatting import format_number
from asn_mutasi.schema import ROW, RawTable

#: period → its share of a year is WKE ÷ these minutes (see module docstring)
PERIODS: tuple[str, ...] = ("jam", "hari", "minggu", "bulan", "triwulan", "semester", "tahun")
_PERIOD_WORDS: dict[str, str] = {
    "jam": "jam",
    "hari": "hari",
    "harian": "hari",
    "hr": "hari",
    "minggu": "minggu",
    "mingguan": "minggu",
    "pekan": "minggu",
    "mg": "minggu",
    "bulan": "bulan",
    "bulanan": "bulan",
    "bln": "bulan",
    "triwulan": "triwulan",
    "triwulanan": "triwulan",
    "kuartal": "triwulan",
    "semester": "semester",
    "semesteran": "semester",
    "tahun": "tahun",
    "tahunan": "tahun",
    "thn": "tahun",
    "th": "tahun",
    # an application's stored period (WOLA's ``time_unit`` enum: daily, weekly, monthly, yearly)
    "daily": "hari",
    "weekly": "minggu",
    "monthly": "bulan",
    "quarterly": "triwulan",
    "yearly": "tahun",
    "annual": "tahun",
    "annually": "tahun",
}
#: the same written as one word: "Perbulan", "Per-Tahun" is two, "perhari", "sebulan", "setahun" (a header "Volume
#: Perbulan" was read as a year's volume, 12 times too little work; peers29, h38)
_PERIOD_WORDS.update(
    {
        f"{lead}{word}": _PERIOD_WORDS[word]
        for word in ("jam", "hari", "minggu", "pekan", "bulan", "triwulan", "semester", "tahun")
        for lead in ("per", "se")
    }
)
#: a period written as months: "per 3 bulan" is a triwulan, "6 bulan" a semester, "12 bulan" a year
_MONTHS_AS_PERIOD = {"3": "triwulan", "6": "semester", "12": "tahun"}
_FILLER = {"per", "setiap", "tiap", "dalam", "satu", "1", "x", "kali"}
_PERIOD_HEADERS = re.compile(r"\b(SATUAN PERIODE|PERIODE|KETERANGAN WAKTU|SATUAN WAKTU|FREKUENSI)\b")
_WKE_HEADER = re.compile(r"\b(WAKTU KERJA EFEKTIF|WAKTU EFEKTIF|JAM KERJA EFEKTIF|WKE)\b")
_NEED_HEADER = re.compile(
    r"^(?:(JUMLAH )?KEBUTUHAN( PEGAWAI| SDM| JUMLAH PEGAWAI)?|(JUMLAH )?PEGAWAI YANG DIBUTUHKAN|KEB PEGAWAI)$"
)
_SUMMARY = re.compile(
    r"^\s*(JUMLAH|TOTAL|SUB ?TOTAL|WAKTU (KERJA )?EFEKTIF|JAM KERJA EFEKTIF|KEBUTUHAN PEGAWAI|PEMBULATAN)\b", re.I
)


@functools.cache
def _TITLE_JABATAN() -> re.Pattern[str]:
    return re.compile(r"^\s*(NAMA\s+JABATAN|JABATAN)\s*[:=]\s*(.+?)\s*$", re.I)


@functools.cache
def _TITLE_UNIT() -> re.Pattern[str]:
    return re.compile(r"^\s*(UNIT\s+KERJA|UNIT\s+ORGANISASI|SKPD|OPD|PERANGKAT\s+DAERAH)\s*[:=]\s*(.+?)\s*$", re.I)


#: a time cell that writes its own unit: "30 menit", "90 mnt", "1,5 jam", "1 jam 30 menit", "90'" (a prime marks
#: minutes); an e-kinerja screen prints ``norma_waktu + ' Menit'`` (so a copied table holds "30 Menit")
_TIME_CELL = re.compile(
    r"^\s*(?:(?P<jam>[0-9][0-9.,]*)\s*jam\b)?\s*(?:(?P<menit>[0-9][0-9.,]*)\s*(?:menit|mnt|min\b|['’]))?\s*\.?\s*$",
    re.I,
)


def cell_minutes(value: object) -> float | None:
    """The minutes a time cell writes with its own unit ("1 jam 30 menit" → 90, "1,5 jam" → 90, "90'" → 90), or
    None for a cell without one (a bare number is in the column's unit)."""
    from asn_mutasi.workload.abk import parse_number

    m = _TIME_CELL.match(value) if isinstance(value, str) else None
    if m is None or (m.group("jam") is None and m.group("menit") is None):
        return None
    hours = parse_number(m.group("jam")) if m.group("jam") else 0.0
    minutes = parse_number(m.group("menit")) if m.group("menit") else 0.0
    return None if hours is None or minutes is None else hours * 60.0 + minutes


def period_of(text: object) -> str | None:
    """Return the period a cell or header names ("per bulan", "Bulanan", "/hari") or None."""
    if text is None:
        return None
    words = _period_words(str(text))
    named = {_PERIOD_WORDS[w] for w in words if w in _PERIOD_WORDS}
    rest = [w for w in words if w not in _PERIOD_WORDS and w not in _FILLER]
    return named.pop() if len(named) == 1 and not rest else None


def _period_words(text: str) -> list[str]:
    """The words of a period cell or header, "3 bulan" / "6 bulan" / "12 bulan" made one period word."""
    words = [w for w in re.split(r"[^a-z0-9]+", text.casefold()) if w]
    for i in range(len(words) - 1):
        if words[i] in _MONTHS_AS_PERIOD and _PERIOD_WORDS.get(words[i + 1]) == "bulan":
            words[i : i + 2] = ["", _MONTHS_AS_PERIOD[words[i]]]
    return [w for w in words if w]


def _period_in_header(text: str) -> str | None:
    """The period a volume header states ("Volume (per Tahun)", "Jumlah Hasil per Bulan", "Volume Perbulan")."""
    m = re.search(r"(?:\bPER\b|/)\s*(\d+\s*[A-Za-z]+|[A-Za-z]+)", text, re.I)
    if m:
        return period_of(m.group(1))
    words = {_PERIOD_WORDS[w] for w in _period_words(text) if w in _PERIOD_WORDS}
    return words.pop() if len(words) == 1 and words & {"hari", "minggu", "bulan", "tahun"} else None


def _unread_period_in_header(text: str) -> str | None:
    """The period a volume header states as a number of periods that is no period of its own ("Volume per 2 Bulan":
    "2 Bulan"), as written; None where it states none or one :func:`_period_in_header` reads. Such a header was read
    as a year's volume, silently (peers29 read "per 3 bulan" and left "per 2 bulan" unknown; reviewD, h38)."""
    m = re.search(r"(?:\bPER\b|/)\s*(\d+\s*[A-Za-z]+)", text, re.I)
    if m is None or period_of(m.group(1)) is not None:
        return None
    return m.group(1) if any(w in _PERIOD_WORDS for w in _period_words(m.group(1))) else None


def unit_of(text: object) -> str | None:
    """Return "menit" or "jam" when a header names exactly one of them, else None."""
    if text is None:
        return None
    words = set(re.split(r"[^a-z]+", str(text).casefold()))
    minutes = bool(words & {"menit", "mnt", "min"})
    hours = "jam" in words
    if minutes == hours:
        return None
    return "menit" if minutes else "jam"


def period_minutes(settings: Settings, wke_menit: float) -> dict[str, float]:
    """Return the effective minutes of each period for a yearly WKE (see module docstring)."""
    wl = settings.beban_kerja
    return {
        "jam": 60.0,
        "hari": wl.menit_kerja_per_hari,
        "minggu": wl.menit_kerja_per_hari * wl.hari_kerja_per_minggu,
        "bulan": wke_menit / 12.0,
        "triwulan": wke_menit / 4.0,
        "semester": wke_menit / 2.0,
        "tahun": wke_menit,
    }


@dataclass
class TaskSheet:
    """Task rows ready to sum, and how the sheet was read (printed with the results)."""

    #: ``_baris, kode_jabatan, nama_jabatan, unit_kerja, volume, norma_waktu, faktor, wke_baris``
    frame: pd.DataFrame
    findings: list[Finding] = field(default_factory=list)
    satuan_waktu: str = "menit"  #: "menit" | "jam" | "sel" (per cell)
    satuan_waktu_sumber: str = "format baku"
    periode: str = "tahun"  #: the period column header, or the period of all rows
    wke_menit: float | None = None  #: the sheet's own yearly WKE in minutes, when read
    jabatan_dari: str = "kolom"  #: "kolom" | "baris judul" | "nama sheet" | "parameter"

    def describe(self) -> dict[str, object]:
        """Return how the sheet was read, keyed in canonical Indonesian snake_case."""
        return {
            "satuan_waktu": self.satuan_waktu,
            "satuan_waktu_sumber": self.satuan_waktu_sumber,
            "periode": self.periode,
            "wke_lembar_menit": self.wke_menit,
            "jabatan_dari": self.jabatan_dari,
        }


def _texts(series: pd.Series) -> pd.Series:
    return series.map(lambda v: "" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v).strip())


def _where(raw: RawTable) -> str:
    return f"'{raw.source.path}'" + (f" lembar kerja '{raw.source.sheet}'" if raw.source.sheet else "")


def _header_key(text: str) -> str:
    """Upper-case a header and reduce punctuation to single spaces ("Waktu Efektif (menit)" → "WAKTU EFEKTIF MENIT")."""
    return " ".join(re.sub(r"[^0-9A-Z]+", " ", text.upper()).split())


def _extra_column(raw: RawTable, pattern: re.Pattern[str]) -> str | None:
    """Return the label of the first unmapped original column whose header matches."""
    if raw.original_frame is None:
        return None
    mapped = {info.header for info in raw.columns.values()}
    for label in raw.original_frame.columns:
        text = str(label)
        if text in mapped:
            continue
        if pattern.search(_header_key(text.split(" [")[0])):
            return text
    return None


def _column_of(
    raw: RawTable, src: pd.DataFrame, extra: pd.DataFrame | None, fld: str, pattern: re.Pattern[str]
) -> tuple[str | None, list[object]]:
    """Return (header, values) of a canonical field, or of an unmapped column whose header matches."""
    if fld in raw.columns and fld in src.columns:
        return raw.header(fld), src[fld].tolist()
    label = _extra_column(raw, pattern)
    if label is None or extra is None:
        return None, []
    return label, extra[label].tolist()


@dataclass
class _SheetReading:
    """Shared state while one task sheet is read: its frames, Excel rows and the sheet being built."""

    raw: RawTable
    src: pd.DataFrame
    extra: pd.DataFrame | None
    rows: np.ndarray
    sheet: TaskSheet

    @property
    def n(self) -> int:
        return len(self.src)

    @property
    def findings(self) -> list[Finding]:
        return self.sheet.findings

    def loc(
        self, row: int | None = None, fld: str | None = None, value: object = None, header: str | None = None
    ) -> Location:
        info = self.raw.columns.get(fld) if fld else None
        return Location(
            file=self.raw.source.path,
            sheet=self.raw.source.sheet,
            row=row,
            column=info.letter if info else None,
            header=header or (info.header if info else None),
            field=fld,
            value=None if value is None else str(value),
        )


@dataclass
class _SheetWke:
    """The sheet's own WKE: its column (if any), per-row values, unit and the one WKE it states."""

    col: str | None
    values: list[object]
    row_wke: np.ndarray
    unit: str | None
    own: float | None
    #: the unit the column's own values are written in (its header's, else read by size in :func:`_own_wke`); None
    #: when the WKE came from a summary row or there is none
    written: str | None = None
    #: the column is written on fewer than half the task rows, with different values: no merged cell, so the
    #: rows without a WKE are left out and named in one finding (``abk-wke-tak-lengkap``), never given a value
    scattered: bool = False


def read_task_sheet(
    raw: RawTable, settings: Settings, *, jabatan: str | None = None, unit_kerja: str | None = None
) -> TaskSheet:
    """Interpret a task sheet read by :func:`~asn_mutasi.io.readers.read_table` (``kind="abk"``).

    ``jabatan`` / ``unit_kerja`` tie a sheet that has no position column to one position
    (the library's counterpart of a command-line option).
    """
    src = _dashes_blank(raw.frame.reset_index(drop=True))
    n = len(src)
    ctx = _SheetReading(
        raw=raw,
        src=src,
        extra=raw.original_frame.reset_index(drop=True) if raw.original_frame is not None else None,
        rows=src[ROW].astype("int64").to_numpy() if ROW in src.columns else np.arange(2, n + 2),
        sheet=TaskSheet(frame=pd.DataFrame()),
    )
    _dot_decimals(ctx)
    summary, wke_from_rows = _summary_rows(ctx)
    wke = _sheet_wke(ctx, settings, summary, wke_from_rows)
    norm_raw, norm, as_written = _norm_minutes(ctx, wke, settings)
    _zero_norms(ctx, norm, summary)
    factor, ok = _period_factors(ctx, settings, summary, wke.own)
    need_col = _sheet_needs(ctx, summary)
    if wke.col is not None and settings.beban_kerja.pakai_wke_lembar:
        _drop_rows_without_wke(ctx, ok, wke)
    codes, names, units = _positions(ctx, jabatan, unit_kerja)
    volume = _volumes(ctx, summary)
    ctx.sheet.frame = pd.DataFrame(
        {
            ROW: ctx.rows,
            "kode_jabatan": codes.to_numpy(dtype=object),
            "nama_jabatan": names.to_numpy(dtype=object),
            "unit_kerja": units.to_numpy(dtype=object),
            "volume": volume,
            "norma_menit": norm,
            "faktor": factor,
            "wke_baris": wke.row_wke if (wke.col is not None and settings.beban_kerja.pakai_wke_lembar) else np.nan,
            # a WKE column without a unit is in the norm's unit as written (the sheet divides one by the other)
            "norma_lembar": as_written if wke.unit is None else norm / (60.0 if wke.unit == "jam" else 1.0),
            "kebutuhan_lembar": need_col,
            "_pakai": ok,
            "_norma_asli": norm_raw.to_numpy(dtype=object),
        }
    )
    if "perangkat_daerah" in src.columns:  # an OPD column beside the unit: the task's unit is "OPD | unit"
        ctx.sheet.frame["perangkat_daerah"] = src["perangkat_daerah"].to_numpy(dtype=object)
    return ctx.sheet


#: the task sheet's number cells, where a lone dash is an empty cell
_NUMBER_FIELDS = ("volume", "norma_waktu", "waktu_efektif", "kebutuhan_tugas")


#: a text number whose dot can only be a decimal point ("1.5", "0.25", "0.500", "2.12345"), and one whose comma can
_DOT_DECIMAL = r"^\s*(?:\d+\.(?:\d{1,2}|\d{4,})|0\.\d+)\s*$"
_COMMA_DECIMAL = r"^\s*(?:\d+,(?:\d{1,2}|\d{4,})|0,\d+)\s*$"
#: "1.200", "12.500": thousands in Indonesian writing, 1,2 / 12,5 where the column writes decimals with a dot
_DOT_GROUPS = r"^\s*[1-9]\d{0,2}\.\d{3}\s*$"


def _dot_decimals(ctx: _SheetReading) -> None:
    """Read "1.200" in a volume or norm column by the column's own decimal mark: where its other text cells write
    decimals with a dot ("1.5", "0.500") and none with a comma, the dot is a decimal point (1,2), not thousands
    (1.200); the cells so read are named (``abk-titik-desimal``). "0.500" beside "2.750" read 0,5 and 2.750, a
    thousandfold volume, without a word (abk31, h38). A column of no such evidence keeps the Indonesian reading."""
    for fld in ("volume", "norma_waktu"):
        if fld not in ctx.src.columns:
            continue
        column = ctx.src[fld]
        text = column.where(column.map(lambda v: isinstance(v, str)), "").astype(str)
        groups = text.str.match(_DOT_GROUPS).to_numpy(dtype=bool)
        dot = text.str.match(_DOT_DECIMAL).to_numpy(dtype=bool)
        if not groups.any() or not dot.any() or text.str.match(_COMMA_DECIMAL).any():
            continue
        ctx.src[fld] = column.where(~groups, pd.to_numeric(text.where(groups), errors="coerce"))
        rows = [int(r) for r in ctx.rows[groups].tolist()]
        first = text[groups].iloc[0]
        where = ctx.loc(rows[0], fld=fld, value=first)
        ctx.findings.append(
            make_finding(
                "abk-titik-desimal", where, kolom=ctx.raw.header(fld) or fld, jumlah=len(rows), contoh=_examples(rows),
                nilai=first, dibaca=format_number(float(first), 3), bukti=text[dot].iloc[0].strip(),
            )
        )  # fmt: skip


def _dashes_blank(src: pd.DataFrame) -> pd.DataFrame:
    """``src`` with a lone dash (:data:`~asn_mutasi.domain.coded_fields.DASHES`) in a number cell read as empty, as
    the position table reads it: an Anjab document prints "-" for a number not filled in (orproject04/uianjab's
    ``anjab.docx`` writes ``jumlah_hasil ?? "-"``), so a tugas-pokok heading of dashes was three "bukan angka yang
    valid" errors, exit 1, where the same heading left empty is skipped (peers5, h31)."""
    from asn_mutasi.domain.coded_fields import DASHES

    for name in _NUMBER_FIELDS:
        if name in src.columns and src[name].dtype == object:
            column = src[name]
            dash = column.astype(str).str.strip().isin(DASHES).to_numpy(dtype=bool)  # (a number: "1.0", no dash)
            if dash.any():
                src[name] = column.where(~dash, None)
    return src


def _first_texts(texts: pd.DataFrame) -> pd.Series:
    """Each row's first non-empty text (``texts``: the cells as :func:`_texts` gives them), "" for none: one numpy
    pass per column. A row-wise ``bfill(axis=1)`` transposed the sheet into one block per row: 100,000 lines of one
    value took 50 s (hostile30, h38)."""
    first = np.full(len(texts), "", dtype=object)
    for name in reversed(texts.columns):
        values = texts[name].to_numpy(dtype=object)
        first = np.where(values != "", values, first)
    return pd.Series(first, index=texts.index, dtype=object)


#: a volume cell that writes its satuan hasil after the number: "12 kali", "250 dokumen", "12 keg", "4 laporan"
_VOLUME_UNIT = re.compile(r"^\s*([0-9][0-9.,]*)\s*([^\W\d_][\w .&/()-]*?)\s*$")


def _volumes(ctx: _SheetReading, summary: np.ndarray) -> np.ndarray:
    """The volume cells, a number followed by its satuan hasil ("12 kali", "250 dokumen", "4 laporan") read as that
    number and named once (``abk-volume-bersatuan``): each was angka-tidak-valid and its task left out (abk31,
    h38). A cell whose words name a period ("12 per bulan") is not read here: a period changes the number."""

    if "volume" not in ctx.src.columns:
        return np.full(ctx.n, None, dtype=object)
    cells = ctx.src["volume"].to_numpy(dtype=object).copy()
    texts = np.array([isinstance(v, str) for v in cells], dtype=bool) & ~np.asarray(summary, dtype=bool)
    read = {v: _volume_with_unit(v) for v in pd.unique(cells[texts])}  # (once per distinct cell: a sheet repeats them)
    at = np.flatnonzero(texts)
    at = at[[read[v] is not None for v in cells[at]]]
    rows = [int(r) for r in np.asarray(ctx.rows)[at]]
    units = [read[v][1] for v in cells[at]]  # type: ignore[index]
    first: object = cells[at[0]] if len(at) else None
    cells[at] = [read[v][0] for v in cells[at]]  # type: ignore[index]
    if rows:
        seen = ", ".join(f"'{u}'" for u in dict.fromkeys(units) if u)
        where = ctx.loc(rows[0], fld="volume", value=first)
        ctx.findings.append(
            make_finding("abk-volume-bersatuan", where, jumlah=len(rows), contoh=_examples(rows), satuan=seen)
        )
    return cells


def _volume_with_unit(value: str) -> tuple[float, str] | None:
    """(number, satuan hasil) of a volume cell written "12 kali" (:data:`_VOLUME_UNIT`), None for any other cell and
    for one whose words name a period ("12 per bulan")."""
    from asn_mutasi.workload.abk import parse_number

    m = _VOLUME_UNIT.match(value)
    if m is None or set(re.split(r"[^a-z]+", m.group(2).casefold())) & set(_PERIOD_WORDS):
        return None
    number = parse_number(m.group(1).rstrip(".,"))
    return None if number is None else (number, m.group(2))


def _summary_rows(ctx: _SheetReading) -> tuple[np.ndarray, list[float]]:
    """Mark summary rows (JUMLAH, WAKTU KERJA EFEKTIF, KEBUTUHAN PEGAWAI); return them and WKEs they state."""
    n, src, extra = ctx.n, ctx.src, ctx.extra
    texts = pd.DataFrame({c: _texts(extra[c]) for c in extra.columns}) if extra is not None else pd.DataFrame()
    first_text = _first_texts(texts) if len(texts.columns) else None
    summary = np.zeros(n, dtype=bool)
    wke_from_rows: list[float] = []
    if first_text is not None and len(first_text) == n:
        incomplete = np.zeros(n, dtype=bool)
        for fld in ("volume", "norma_waktu"):
            if fld in src.columns:
                # empty, or the label itself: a footer "Total Beban Kerja:" / "Jumlah" written in the volume column
                # over its sum (the position's name filled down beside it) was angka-tidak-valid, an error on a
                # correct sheet; it is a summary row as a label in the first cell is (abk31, h38)
                written = _texts(src[fld])
                in_number = written.str.match(_SUMMARY).to_numpy(dtype=bool)
                first_text = first_text.where(~in_number, written)
                incomplete |= src[fld].isna().to_numpy(dtype=bool) | in_number
        summary = first_text.str.match(_SUMMARY).to_numpy(dtype=bool) & incomplete
        for k in np.flatnonzero(summary):
            i = int(k)
            label = str(first_text.iloc[i])
            ctx.findings.append(
                make_finding("abk-baris-ringkasan", ctx.loc(int(ctx.rows[i]), value=label[:60]), label=label[:60])
            )
            if re.search(r"EFEKTIF", label, re.I) and extra is not None:
                numbers = [x for x in (_number_in(v) for v in extra.iloc[i].tolist()) if x is not None]
                row_unit = unit_of(" ".join(texts.iloc[i].tolist()))
                if numbers:
                    wke_from_rows.append(numbers[-1] * (60.0 if row_unit == "jam" else 1.0))
    return summary, wke_from_rows


def _sheet_wke(ctx: _SheetReading, settings: Settings, summary: np.ndarray, wke_from_rows: list[float]) -> _SheetWke:
    """Read the sheet's own WKE from a column or a summary row, and report it."""
    from asn_mutasi.workload.abk import parse_number

    raw = ctx.raw
    wke_col, wke_values = _column_of(raw, ctx.src, ctx.extra, "waktu_efektif", _WKE_HEADER)
    row_wke = np.full(ctx.n, np.nan)
    wke_unit: str | None = None
    given, minority = np.empty(0), False
    above = np.zeros(ctx.n, dtype=bool)  # task rows above a lone WKE written on a minority of rows
    if wke_col is not None:
        row_wke = np.array([np.nan if (p := parse_number(v)) is None else p for v in wke_values], dtype=float)
        row_wke[summary] = np.nan
        wke_unit = unit_of(wke_col)
        filled = np.isfinite(row_wke)
        given = np.unique(row_wke[filled])
        minority = bool(filled.sum() < (~filled & ~summary).sum())
        if len(given) == 1 and minority:
            # one WKE written once per block (a merged cell): every task below its first cell uses it; a task above
            # it is under no merged cell (hostile11, h33: a value on two of ten rows spread to the rows above); a
            # column filled on most rows instead marks its empty cells as missing (rows left out)
            above = ~summary & (np.arange(ctx.n) < int(np.flatnonzero(filled)[0]))
            row_wke[~summary & ~above] = given[0]
        _implausible_row_wke(ctx, row_wke, wke_col, wke_values)
    own_wke, written = _own_wke(raw, row_wke, wke_unit, wke_from_rows, wke_col)
    if own_wke is not None:
        ctx.sheet.wke_menit = own_wke
        wl = settings.beban_kerja
        wke_code = "abk-wke-lembar" if wl.pakai_wke_lembar else "abk-wke-lembar-diabaikan"
        ctx.findings.append(
            make_finding(
                wke_code,
                ctx.loc(header=wke_col),
                wke=f"{own_wke:,.0f} menit".replace(",", "."),
                setelan=f"{wl.menit_kerja_efektif:,.0f} menit".replace(",", "."),
            )
        )
    scattered = (len(given) > 1 and minority) or bool(above.any())
    return _SheetWke(
        col=wke_col,
        values=wke_values,
        row_wke=row_wke,
        unit=wke_unit,
        own=own_wke,
        written=written,
        scattered=scattered,
    )


#: a task row's WKE below the sheet's largest by this factor is looked at (75 for 75,000 minutes; hours among minutes)
_WKE_SLIP = 20.0
#: a year's WKE divided by these is the WKE of a shorter period (month, week, day, hour, as e-Anjab forms write it
#: per row: 72,000 / 6,000 / 1,500 / 300 / 60): such a row is no slip
_PERIODS_IN_YEAR = (12.0, 24.0, 48.0, 50.0, 52.0, 240.0, 250.0, 260.0, 288.0, 300.0, 1200.0, 1250.0)


def _implausible_row_wke(ctx: _SheetReading, row_wke: np.ndarray, label: str | None, written: list[Any]) -> None:
    """``abk-wke-baris-tidak-wajar``: task rows whose own WKE is a small fraction of the sheet's that no period
    explains (75 written for 75,000 minutes divided those tasks' workload by 75 and made one post's kebutuhan 928
    for 1; hours among minutes); they take the sheet's WKE (in place) and are named. A row's WKE that is the year's
    divided by a period's count (a month's 6,000 of 72,000) is that period's, as e-Anjab forms write it."""
    finite = np.isfinite(row_wke) & (row_wke > 0)
    if not finite.any():
        return
    top = float(row_wke[finite].max())
    low = np.flatnonzero(finite & (row_wke < top / _WKE_SLIP))
    ratio = top / row_wke[low]
    periodic = np.any(np.abs(ratio[:, None] / np.asarray(_PERIODS_IN_YEAR)[None, :] - 1.0) <= 0.05, axis=1)
    low = low[~periodic]  # the WKE of a month, a week, a day or an hour: the row's period, not a slip
    if not len(low):
        return
    rows = [int(ctx.rows[k]) for k in low[:5].tolist()]
    contoh = ", ".join(map(str, rows)) + (" …" if len(low) > 5 else "")
    first = written[int(low[0])]
    shown = str(int(first)) if isinstance(first, float) and first.is_integer() else first  # 75, not 75.0
    where = ctx.loc(rows[0], value=shown, header=label)
    ctx.findings.append(
        make_finding(
            "abk-wke-baris-tidak-wajar", where, jumlah=len(low), contoh=contoh, dipakai=format_number(float(top), 2)
        )
    )
    row_wke[low] = top


def _zero_norms(ctx: _SheetReading, norm: np.ndarray, summary: np.ndarray) -> None:
    """``abk-waktu-nol`` once per sheet for task rows with a volume and a norm of 0: each such task adds no
    workload (every norm 0 made every kebutuhan 0 and every holder surplus, without a word)."""
    from asn_mutasi.workload.abk import parse_number

    if "volume" not in ctx.src.columns or "norma_waktu" not in ctx.raw.columns:
        return
    volume = np.array([np.nan if (p := parse_number(v)) is None else p for v in ctx.src["volume"]], dtype=float)
    zero = np.flatnonzero((norm == 0) & (volume > 0) & ~np.asarray(summary, dtype=bool))
    if not len(zero):
        return
    example = ", ".join(str(int(ctx.rows[i])) for i in zero[:5].tolist())
    where = ctx.loc(int(ctx.rows[zero[0]]), fld="norma_waktu", value=0)
    ctx.findings.append(make_finding("abk-waktu-nol", where, jumlah=len(zero), contoh=example))


def _norm_minutes(ctx: _SheetReading, wke: _SheetWke, settings: Settings) -> tuple[pd.Series, np.ndarray, np.ndarray]:
    """Settle the norm's time unit; return the raw norm cells, the norm in minutes and as written.

    A WKE column without a unit in its header is divided into the norm as written (the sheet's own
    arithmetic, see ``norma_lembar``). When the norm's header names one unit and that WKE is plainly
    written in the other (75,000 under "waktu penyelesaian (jam)", seen in a real e-Anjab seed whose
    own kebutuhan column agrees with minutes), the header is contradicted by the sheet's arithmetic:
    the norm is read in the WKE's unit, the summary says so, and ``abk-satuan-waktu-bertentangan``
    names both columns.
    """
    from asn_mutasi.workload.abk import parse_number

    raw, src, sheet, n = ctx.raw, ctx.src, ctx.sheet, ctx.n
    norm_raw = src["norma_waktu"] if "norma_waktu" in src.columns else pd.Series([None] * n)
    header = raw.header("norma_waktu") or ""
    how = raw.columns["norma_waktu"].how if "norma_waktu" in raw.columns else "nama"
    per_cell = np.array([np.nan if (c := cell_minutes(v)) is None else c for v in norm_raw], dtype=float)
    cell_units = bool(np.isfinite(per_cell).any())
    norm = np.array([np.nan if (p := parse_number(v)) is None else p for v in norm_raw], dtype=float)
    by_wke = wke.col is not None and wke.unit is None and settings.beban_kerja.pakai_wke_lembar
    wke_unit = wke.written if by_wke else None
    if unit_of(header) and wke_unit is not None and wke_unit != unit_of(header):
        sheet.satuan_waktu = "sama dengan WKE"
        sheet.satuan_waktu_sumber = (
            f"kolom '{wke.col}' dalam {wke_unit}, kebutuhan = volume × waktu ÷ WKE per baris; "
            f"judul kolom '{header}' menyebut {unit_of(header)}"
        )
        ctx.findings.append(
            make_finding(
                "abk-satuan-waktu-bertentangan",
                ctx.loc(fld="norma_waktu"),
                judul=header,
                satuan=str(unit_of(header)),
                kolom_wke=str(wke.col),
                satuan_wke=wke_unit,
            )
        )
    elif unit_of(header):
        sheet.satuan_waktu, sheet.satuan_waktu_sumber = str(unit_of(header)), f"judul kolom '{header}'"
    elif cell_units:
        sheet.satuan_waktu, sheet.satuan_waktu_sumber = "sel", "satuan di setiap sel"
    elif wke.col is not None and np.isfinite(wke.row_wke).any():
        sheet.satuan_waktu = "sama dengan WKE"
        sheet.satuan_waktu_sumber = f"kolom '{wke.col}' (kebutuhan = volume × waktu ÷ WKE per baris)"
    elif how == "nama" or not header:
        sheet.satuan_waktu, sheet.satuan_waktu_sumber = "menit", "format baku (norma_waktu dalam menit)"
    else:
        info = raw.columns["norma_waktu"]
        raise SchemaError(
            f"{_where(raw)} kolom {info.letter} '{header}': satuan waktu penyelesaian tidak dapat dipastikan "
            "(jam atau menit), jadi beban kerja tidak dihitung",
            hint="Tulis satuannya di judul kolom, mis. 'Norma Waktu (menit)' atau 'Waktu Penyelesaian (jam)', "
            "atau tulis satuan di setiap sel ('30 menit', '2 jam').",
        )
    # a cell that writes its own unit ("1 jam 30 menit" under "Norma Waktu (menit)") is read in it, in the column's
    # unit here: refused as no number, its task was left out (abk31, h38)
    in_hours = sheet.satuan_waktu == "jam" or (sheet.satuan_waktu == "sama dengan WKE" and wke.written == "jam")
    own = np.isfinite(per_cell)
    norm[own] = per_cell[own] / (60.0 if in_hours else 1.0)
    as_written = norm.copy()
    if sheet.satuan_waktu == "jam":
        norm = norm * 60.0
    if sheet.satuan_waktu in ("jam", "sel") or how != "nama":
        ctx.findings.append(
            make_finding(
                "abk-satuan-waktu",
                ctx.loc(fld="norma_waktu"),
                satuan=sheet.satuan_waktu,
                sumber=sheet.satuan_waktu_sumber,
            )
        )
    return norm_raw, norm, as_written


def _period_factors(
    ctx: _SheetReading, settings: Settings, summary: np.ndarray, own_wke: float | None
) -> tuple[np.ndarray, np.ndarray]:
    """Return each row's factor from its volume period to a year, and which rows are usable."""
    raw, n = ctx.raw, ctx.n
    wke_year = own_wke if (own_wke is not None and settings.beban_kerja.pakai_wke_lembar) else None
    minutes = period_minutes(settings, wke_year or settings.beban_kerja.menit_kerja_efektif)
    year = minutes["tahun"]
    factor = np.ones(n, dtype=float)
    ok = ~summary
    period_col, period_values = _column_of(raw, ctx.src, ctx.extra, "periode", _PERIOD_HEADERS)
    vol_period = _period_in_header(raw.header("volume") or "")
    unread = _unread_period_in_header(raw.header("volume") or "")
    if period_col is not None:
        ctx.sheet.periode = f"kolom '{period_col}'"
        periods = [period_of(v) for v in period_values]
        for j, (value, named) in enumerate(zip(period_values, periods, strict=True)):
            if summary[j]:
                continue
            per: str | None = named
            if per is None:
                blank = value is None or str(value).strip() in ("", "-")
                if blank and unread is None:
                    per = vol_period or "tahun"
                else:
                    ok[j] = False
                    ctx.findings.append(
                        make_finding("abk-periode-tidak-dikenal", ctx.loc(int(ctx.rows[j]), value=unread or value))
                    )
                    continue
            factor[j] = year / minutes[per]
        used = sorted({x for x in periods if x is not None}, key=PERIODS.index)
        detail = ", ".join(f"per {x} ×{format_number(year / minutes[x], 2)}" for x in used)
        ctx.findings.append(make_finding("abk-periode", ctx.loc(header=period_col), kolom=period_col, rincian=detail))
    elif unread is not None:  # "Volume per 2 Bulan": a period of no factor, never guessed, as in a period cell
        for k in np.flatnonzero(ok):
            ok[k] = False
            loc = ctx.loc(int(ctx.rows[k]), fld="volume", value=unread)
            ctx.findings.append(make_finding("abk-periode-tidak-dikenal", loc))
    elif vol_period is not None and vol_period != "tahun":
        ctx.sheet.periode = vol_period
        factor[:] = year / minutes[vol_period]
        ctx.findings.append(
            make_finding(
                "abk-periode",
                ctx.loc(fld="volume"),
                kolom=raw.header("volume"),
                rincian=f"per {vol_period} ×{format_number(float(factor[0]), 2)}",
            )
        )
    return factor, ok


def _sheet_needs(ctx: _SheetReading, summary: np.ndarray) -> np.ndarray:
    """Return the sheet's own per-task kebutuhan (NaN where absent), to check the reading against."""
    from asn_mutasi.workload.abk import parse_number

    need_label, need_values = _column_of(ctx.raw, ctx.src, ctx.extra, "kebutuhan_tugas", _NEED_HEADER)
    need_col = np.full(ctx.n, np.nan)
    if need_label is not None:
        need_col = np.array([np.nan if (x := parse_number(v)) is None else x for v in need_values], dtype=float)
        need_col[summary] = np.nan
    return need_col


def _drop_rows_without_wke(ctx: _SheetReading, ok: np.ndarray, wke: _SheetWke) -> None:
    """Leave out (in ``ok``) a task whose own WKE cell is empty, as the sheet computes no kebutuhan for it. A row
    with neither volume nor norm either is a tugas-pokok heading over its tasks (e-Anjab forms): left out, counted
    once (``abk-baris-kelompok``), no error (an error per heading made a correct sheet exit 1). A column written on
    a minority of rows with different values (``wke.scattered``) names its empty rows in one finding, capped."""
    headings: list[int] = []
    empty: list[int] = []
    for k in np.flatnonzero(ok & ~(np.isfinite(wke.row_wke) & (wke.row_wke > 0))):
        j = int(k)
        ok[j] = False
        value = wke.values[j]
        if value in (None, "") and _blank_cell(ctx.src, "volume", j) and _blank_cell(ctx.src, "norma_waktu", j):
            headings.append(int(ctx.rows[j]))
            continue
        if wke.scattered and value in (None, ""):
            empty.append(int(ctx.rows[j]))
            continue
        code = "angka-tidak-valid" if value not in (None, "") else "sel-wajib-kosong"
        where = ctx.loc(int(ctx.rows[j]), value=value, header=wke.col)
        ctx.findings.append(make_finding(code, replace(where, field="waktu_efektif")))
    if headings:
        where = ctx.loc(headings[0])
        ctx.findings.append(make_finding("abk-baris-kelompok", where, jumlah=len(headings), contoh=_examples(headings)))
    if empty:
        cells = pd.Series(wke.values, dtype=object)
        cells = cells[cells.notna()].astype(str).str.strip()
        cells = cells[cells.ne("")]
        written = len(cells)
        # one value, the rows above its first cell left; else different values on a minority of rows
        lone = cells.nunique() == 1
        sebab = (
            f"baru di baris-baris di bawahnya ({written} baris)" if lone else f"nilai berbeda di {written} baris lain"
        )
        where = replace(ctx.loc(empty[0], header=wke.col), field="waktu_efektif")
        ctx.findings.append(
            make_finding("abk-wke-tak-lengkap", where, jumlah=len(empty), contoh=_examples(empty), sebab=sebab)
        )


def _examples(rows: list[int]) -> str:
    """The first five row numbers, "…" after them when there are more."""
    return ", ".join(map(str, rows[:5])) + (" …" if len(rows) > 5 else "")


def _blank_cell(frame: pd.DataFrame, name: str, j: int) -> bool:
    """Whether ``frame``'s ``name`` cell of row ``j`` is empty (or the column is missing)."""
    if name not in frame.columns:
        return True
    value = frame[name].iat[j]
    return value is None or (isinstance(value, float) and value != value) or not str(value).strip()


#: names a spreadsheet gives a new sheet: no position's name
@functools.cache
def _DEFAULT_SHEET() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:sheet|lembar|blad|feuil|tabelle|hoja|foglio)\s*\d*\s*$", re.IGNORECASE)


def _positions(
    ctx: _SheetReading, jabatan: str | None, unit_kerja: str | None
) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Return each row's (kode_jabatan, nama_jabatan, unit_kerja).

    From a column (merged cells filled down), else a title row, the sheet name or the parameter.
    """
    raw, src, sheet, n = ctx.raw, ctx.src, ctx.sheet, ctx.n

    def col(name: str) -> pd.Series:
        return _texts(src[name]) if name in src.columns else pd.Series([""] * n, dtype=object)

    codes, names, units = col("kode_jabatan"), col("nama_jabatan"), col("unit_kerja")
    has_position = bool((codes.ne("") | names.ne("")).any())
    if has_position:
        # merged task cells: the position is written on its first task row only
        blank = codes.eq("") & names.eq("")
        codes = codes.mask(blank).ffill().fillna("")
        names = names.mask(blank).ffill().fillna("")
        units = units.mask(units.eq("") & blank).ffill().fillna("")
    else:
        title_job, title_unit = _from_title(raw)
        if jabatan:
            sheet.jabatan_dari, chosen = "parameter", jabatan
            codes = pd.Series([jabatan.strip()] * n, dtype=object)  # "kode atau nama" (--jabatan-abk): a code too
        elif title_job:
            sheet.jabatan_dari, chosen = "baris judul", title_job
        elif raw.source.sheet and not _DEFAULT_SHEET().match(raw.source.sheet):
            sheet.jabatan_dari, chosen = "nama lembar kerja", raw.source.sheet
        else:
            chosen = ""  # "Sheet1" names no position: the rows link nowhere and are reported (--jabatan-abk)
        names = pd.Series([chosen] * n, dtype=object)
        chosen_unit = unit_kerja or title_unit or ""
        if chosen_unit:
            units = units.mask(units.eq(""), chosen_unit)
        if chosen:
            ctx.findings.append(
                make_finding("abk-jabatan-lembar", ctx.loc(value=chosen), jabatan=chosen, sumber=sheet.jabatan_dari)
            )
    return codes, names, units


def _number_in(value: object) -> float | None:
    """Return the number a cell holds, also inside text such as "72.000 menit"."""
    from asn_mutasi.workload.abk import parse_number

    if isinstance(value, str):
        m = re.search(r"[0-9][0-9.,]*", value)
        return parse_number(m.group(0).rstrip(".,")) if m else None
    return parse_number(value)


def _own_wke(
    raw: RawTable, row_wke: np.ndarray, unit: str | None, from_rows: list[float], label: str | None
) -> tuple[float | None, str | None]:
    """Return the sheet's yearly WKE in minutes (its largest per-row value, else a summary row), and the unit the
    column's values are written in (None when the WKE came from a summary row, or there is none)."""
    values = row_wke[np.isfinite(row_wke) & (row_wke > 0)]
    candidates = [float(values.max())] if len(values) else [v for v in from_rows if v > 0]
    if not candidates:
        return None, None
    value = candidates[0]
    if unit is not None:  # "jam" or "menit", said by the header
        written = unit
    elif value >= 10_000:
        written = "menit"
    elif 500 <= value <= 5_000:  # a yearly WKE in hours (1,200–1,300 in every known basis)
        written = "jam"
    else:
        where = _where(raw) + (f" kolom '{label}'" if label else "")
        raise SchemaError(
            f"{where}: waktu kerja efektif {format_number(float(value), 2)} bukan jumlah jam (±1.250) atau menit (±75.000) setahun",
            hint="Tulis satuannya di judul kolom, mis. 'Waktu Kerja Efektif (menit)'.",
        )
    return value * (60.0 if written == "jam" else 1.0), (written if len(values) else None)


def _from_title(raw: RawTable) -> tuple[str | None, str | None]:
    """Return (jabatan, unit) written in the title rows above the header ("Nama Jabatan : …")."""
    job = unit = None
    for row in raw.preamble:
        cells = [str(v).strip() for v in row if v not in (None, "")]
        joined = " ".join(cells)
        for k, text in enumerate([joined, *cells]):
            probe = text if k else joined
            m = _TITLE_JABATAN().match(probe)
            if m and not job:
                job = m.group(2).lstrip(": ").strip() or None
            m = _TITLE_UNIT().match(probe)
            if m and not unit:
                unit = m.group(2).lstrip(": ").strip() or None
        # "NAMA JABATAN" | ":" | "Analis Kepegawaian" in separate cells
        for k, cell in enumerate(cells[:-1]):
            key = cell.rstrip(" :").upper()
            value = cells[k + 1].lstrip(": ").strip() or (cells[k + 2] if k + 2 < len(cells) else "")
            if key in ("NAMA JABATAN", "JABATAN") and not job and value and value != ":":
                job = value
            if key in ("UNIT KERJA", "UNIT ORGANISASI", "SKPD", "OPD") and not unit and value and value != ":":
                unit = value
    return job, unit
