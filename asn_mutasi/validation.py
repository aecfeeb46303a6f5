"""Turn raw tables into typed, canonical frames and yield findings for every bad cell.

Every parser runs once per *distinct* cell value (real rosters repeat the same
golongan, unit and date strings thousands of times), then results are mapped back to
rows. Every input row ends ``valid`` or ``dikecualikan`` with its reasons in
``_alasan``, so nothing is silently lost.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.distinct import apply_by_code, distinct_codes, map_distinct
from asn_mutasi.domain import coded_fields, tanggal
from asn_mutasi.domain import golongan as gol
from asn_mutasi.domain import jabatan as jab
from asn_mutasi.domain import nip as nipmod
from asn_mutasi.domain import pendidikan as pend
from asn_mutasi.domain.gelar import parse_titles
from asn_mutasi.domain.syarat_pengalaman import requirement_problems
from asn_mutasi.errors import SchemaError
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.formatting import format_date, format_date_words
from asn_mutasi.schema import EDUCATION_RANK, ROSTER_FOR_PLANNING, ROW, RawTable

T = TypeVar("T")

VALID = "valid"
EXCLUDED = "dikecualikan"
MERGED = "digabung"  #: a repeated position line summed into an earlier line


@dataclass
class PreparedTable:
    """A typed canonical frame (see docs/architecture.md) plus its findings."""

    frame: pd.DataFrame
    raw: RawTable
    findings: list[Finding] = field(default_factory=list)
    #: positions only: how the ABK task sheet was read (``workload.tasksheet.TaskSheet.describe``)
    abk: dict[str, object] | None = None

    @property
    def valid(self) -> pd.DataFrame:
        return self.frame[self.frame["_status"] == VALID]

    def counts(self) -> dict[str, int]:
        status = self.frame["_status"]
        counts = {
            "baris": len(self.frame),
            VALID: int((status == VALID).sum()),
            EXCLUDED: int((status == EXCLUDED).sum()),
        }
        if (status == MERGED).any():
            counts[MERGED] = int((status == MERGED).sum())
        return counts


# --- small helpers -----------------------------------------------------------------------


class PositionContextLike(Protocol):
    """What the shared instansi rule needs from a roster or position context."""

    raw: RawTable

    def exclude(self, i: int, reason: str) -> None: ...


def _is_blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if value is pd.NaT:
        return True
    return isinstance(value, str) and not value.strip()


def _text(value: Any) -> str | None:
    """Cell value as stripped text; numbers that are whole print without '.0'."""
    if _is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date)):
        return value.isoformat()[:10]
    return str(value).strip()


def _texts(series: pd.Series) -> list[str | None]:
    """Cell values as text; a plain list because pandas' string dtype would turn None into NaN."""
    # text cells (nearly all) need only a strip; one pass, no hashing
    return [(v.strip() or None) if v.__class__ is str else None if v is None else _text(v) for v in series.tolist()]


def _display(value: Any, limit: int = 80) -> str:
    text = _text(value) or ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _map_distinct_pairs(a: pd.Series, b: pd.Series, func: Callable[[Any, Any], T]) -> list[T]:
    """``func(a, b)`` once per distinct pair of values (told apart as in :func:`asn_mutasi.distinct.map_distinct`)."""
    va, vb = a.to_numpy(dtype=object), b.to_numpy(dtype=object)
    if not len(va):
        return []
    ca, cb = distinct_codes(va), distinct_codes(vb)
    if ca is None or cb is None:
        return [func(x, y) for x, y in zip(va.tolist(), vb.tolist(), strict=True)]
    codes = (ca + 1) * (int(cb.max()) + 2) + (cb + 1)
    return apply_by_code(codes, lambda i: func(va[i], vb[i]))


def _parse_column(series: pd.Series, parse: Callable[[Any], T | None]) -> tuple[list[T | None], np.ndarray]:
    """``parse`` of every cell (once per distinct value) and where it failed on a non-blank cell."""
    judged = map_distinct(series, lambda v: (parse(v), _is_blank(v)))
    parsed = [p for p, _ in judged]
    unknown = np.array([p is None and not blank for p, blank in judged], dtype=bool)
    return parsed, unknown


class _Ctx:
    """Builds locations for one raw table."""

    def __init__(self, raw: RawTable) -> None:
        self.raw = raw
        self.file = raw.source.path
        self.sheet = raw.source.sheet

    def loc(self, row: int | None, field_name: str | None, value: Any = None) -> Location:
        info = self.raw.columns.get(field_name) if field_name else None
        return Location(
            file=self.file,
            sheet=self.sheet,
            row=row,
            column=info.letter if info else None,
            header=info.header if info else None,
            field=field_name,
            value=_display(value) if value is not None else None,
        )


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    if name in frame.columns:
        return frame[name]
    return pd.Series([None] * len(frame), index=frame.index, dtype=object)


def _as_objects(frame: pd.DataFrame, stripped: Iterable[str] = ()) -> pd.DataFrame:
    """Store text columns as object dtype with None for empty cells (never NaN/pd.NA).

    ``stripped`` names object columns made by :func:`_texts` (None or stripped text): only
    an empty text can be blank there, which one C-level ``in`` finds.
    """
    done = set(stripped)
    for col in frame.columns:
        if col in done and frame[col].dtype == object and "" not in frame[col].tolist():
            continue
        if frame[col].dtype == object and _clean_objects(frame[col].tolist()):
            continue
        if frame[col].dtype == object or pd.api.types.is_string_dtype(frame[col].dtype):
            values = frame[col].to_numpy(dtype=object)
            try:
                codes, uniques = pd.factorize(values, use_na_sentinel=True)
            except TypeError:  # an unhashable value: the plain way
                cleaned = [None if _is_blank(v) else v for v in values.tolist()]
                frame[col] = pd.Series(cleaned, index=frame.index, dtype=object)
                continue
            # blank: a missing value (its code is -1) or a distinct value that is blank text
            blank_unique = np.fromiter((_is_blank(u) for u in uniques.tolist()), dtype=bool, count=len(uniques))
            missing = np.flatnonzero(codes < 0)
            blank = np.zeros(len(values), dtype=bool)
            blank[missing] = [v is None or _is_blank(v) for v in values[missing].tolist()]
            if blank_unique.any():
                blank |= blank_unique[np.where(codes < 0, 0, codes)] & (codes >= 0)
            if frame[col].dtype == object and all(v is None for v in values[blank].tolist()):
                continue  # already object with None for every blank: nothing to change
            values = values.copy()
            values[blank] = None
            frame[col] = pd.Series(values, index=frame.index, dtype=object)
    return frame


def _clean_objects(values: list[Any]) -> bool:
    """Whether no value is blank except None (then :func:`_as_objects` has nothing to change)."""
    try:
        distinct = set(values)  # parser outputs repeat a few objects: hashing is cheap
    except TypeError:
        return False
    return not any(v is not None and _is_blank(v) for v in distinct)


def _add_reason(reasons: list[list[str]], i: int, text: str) -> None:
    if text not in reasons[i]:
        reasons[i].append(text)


_EPOCH_DAY = date(1970, 1, 1).toordinal()


def _to_timestamp(values: list[date | None]) -> pd.Series:
    if all(v.__class__ is date or v is None for v in values):  # parsed dates: day numbers, then numpy
        days = np.array([_EPOCH_DAY if v is None else v.toordinal() for v in values], dtype=np.int64) - _EPOCH_DAY
        as_days = days.astype("datetime64[D]")
        as_days[np.array([v is None for v in values], dtype=bool)] = np.datetime64("NaT")
        return pd.Series(as_days.astype("datetime64[ns]"))
    stamps = map_distinct(pd.Series(values, dtype=object), lambda v: pd.Timestamp(v) if v is not None else pd.NaT)
    return pd.Series(stamps, dtype="datetime64[ns]")


def _parse_dates(
    series: pd.Series,
    field_name: str,
    ctx: _Ctx,
    rows: list[int],
    findings: list[Finding],
    *,
    today: date,
) -> list[date | None]:
    def parse(value: Any) -> tuple[tanggal.ParsedDate, bool]:
        result = tanggal.parse_date(value)
        noted = bool(result.error) or (result.value is not None and (result.ambiguous or result.value > today))
        return result, noted

    parsed = map_distinct(series, parse)
    raw_values = series.tolist()
    for i in [i for i, (_, noted) in enumerate(parsed) if noted]:  # only rows that get a finding
        result, raw_value = parsed[i][0], raw_values[i]
        if result.error:
            findings.append(make_finding("tanggal-tidak-terbaca", ctx.loc(rows[i], field_name, raw_value)))
        elif result.value is not None:
            if result.ambiguous:
                findings.append(
                    make_finding(
                        "tanggal-ambigu",
                        ctx.loc(rows[i], field_name, raw_value),
                        dibaca=format_date_words(result.value),
                    )
                )
            if result.value > today:
                findings.append(make_finding("tanggal-masa-depan", ctx.loc(rows[i], field_name, raw_value)))
    return [result.value for result, _ in parsed]


# --- roster: one small rule per concern -----------------------------------------------------
#
# A rule reads the raw cells of a :class:`RosterContext`, writes the typed values it owns
# into ``ctx.out`` and yields findings; a row a rule rejects gets a reason through
# :meth:`RosterContext.exclude`. Rules run in the order of ``ROSTER_RULES`` (later rules
# may read what earlier ones wrote). A new rule is one function here, one entry in
# ``ROSTER_RULES`` and one test.


@dataclass
class RosterContext:
    """What every roster rule shares: the raw frame, row numbers, reasons and typed outputs."""

    raw: RawTable
    src: pd.DataFrame
    rows: list[int]
    today: date
    loc_of: _Ctx
    reasons: list[list[str]]
    out: dict[str, Any] = field(default_factory=dict)
    instansi: str | None = None  #: keep only rows of this agency (library parameter)

    @property
    def n(self) -> int:
        return len(self.rows)

    def has(self, name: str) -> bool:
        """Tell whether the source has a column (or a title-row value) for field ``name``."""
        return name in self.raw.columns

    def col(self, name: str) -> pd.Series:
        return _column(self.src, name)

    def texts(self, name: str) -> list[str | None]:
        """:func:`_texts` of a column, computed once per run (None exactly where a cell is blank)."""
        cache = self.out.setdefault("_texts", {})
        if name not in cache:
            cache[name] = _texts(self.col(name))
        return cache[name]

    def loc(self, i: int, name: str | None, value: Any = None) -> Location:
        return self.loc_of.loc(self.rows[i], name, value)

    def exclude(self, i: int, reason: str) -> None:
        _add_reason(self.reasons, i, reason)


RosterRule = Callable[[RosterContext], Iterator[Finding]]


def rule_required_cells(ctx: RosterContext) -> Iterator[Finding]:
    """An empty cell in a required column that the file has excludes the row (absent columns: see readers)."""
    for fname in ("nip", "nama", *ROSTER_FOR_PLANNING):
        if not ctx.has(fname):
            continue
        # _text(v) is None exactly when _is_blank(v): the texts the frame needs anyway tell the blanks
        texts = ctx.texts(fname)
        if None not in texts:  # the usual full column: one C-level scan
            continue
        for i in [i for i, t in enumerate(texts) if t is None]:
            yield make_finding("sel-wajib-kosong", ctx.loc(i, fname))
            ctx.exclude(i, f"kolom wajib '{fname}' kosong")


def rule_nip(ctx: RosterContext) -> Iterator[Finding]:
    """Parse the NIP (18-digit PNS or NI PPPK); a broken NIP excludes the row."""
    values = ctx.col("nip").tolist()
    parsed = nipmod.parse_nip_column(values, is_blank=_is_blank)
    nips = list(parsed.nip)
    for i in np.flatnonzero(~parsed.valid).tolist():
        value = values[i]
        nips[i] = _text(value)
        error = parsed.error[i]
        if error is not None:
            code, alasan = error
            yield make_finding(code, ctx.loc(i, "nip", value), alasan=alasan or "")
            stored = code == "nip-tersimpan-sebagai-angka"
            ctx.exclude(i, "NIP rusak (tersimpan sebagai angka)" if stored else f"NIP tidak valid: {alasan}")
    ctx.out["nip"], ctx.out["_nip"] = nips, parsed


def rule_nip_duplicates(ctx: RosterContext) -> Iterator[Finding]:
    """The same NIP twice (after normalisation): the first valid occurrence is kept."""
    parsed: nipmod.NipColumn = ctx.out["_nip"]
    valid = np.flatnonzero(parsed.valid)
    nips = pd.Series([ctx.out["nip"][i] for i in valid.tolist()], dtype=object)
    repeated = np.flatnonzero(nips.duplicated(keep="first").to_numpy())
    if not len(repeated):
        return
    codes, _ = pd.factorize(nips)
    _, first = np.unique(codes, return_index=True)
    for j in repeated.tolist():
        i = int(valid[j])
        value = ctx.out["nip"][i]
        first_row = ctx.rows[int(valid[first[codes[j]]])]
        yield make_finding("nip-ganda", ctx.loc(i, "nip", value), baris_lain=first_row)
        ctx.exclude(i, f"NIP ganda (sama dengan baris {first_row})")


def rule_golongan(ctx: RosterContext) -> Iterator[Finding]:
    """Golongan/ruang (PNS) or PPPK golongan; an unknown value is reported, not fatal."""
    raw = ctx.col("golongan")
    parsed, unknown = _parse_column(raw, gol.parse_golongan)
    values = raw.tolist()
    for i in np.flatnonzero(unknown).tolist():
        yield make_finding("golongan-tidak-dikenal", ctx.loc(i, "golongan", values[i]))
    ctx.out["golongan"] = [g.kode if g else None for g in parsed]
    ctx.out["golongan_rank"] = [float(g.rank) if g else np.nan for g in parsed]


def rule_education(ctx: RosterContext) -> Iterator[Finding]:
    """Education level: explicit level > level written in the major > academic title in the name."""
    pend_raw, jur_raw, nama_raw = ctx.col("pendidikan"), ctx.col("jurusan"), ctx.col("nama")
    level_parsed = map_distinct(pend_raw, lambda v: (pend.parse_level(v), _is_blank(v)))
    jur_level = map_distinct(jur_raw, lambda v: pend.split_level(str(v))[0] if not _is_blank(v) else None)
    # one-column education, school words
    programmes = _map_distinct_pairs(pend_raw, jur_raw, pend.roster_programme)
    pend_values = pend_raw.tolist()
    for i, (level, blank) in enumerate(level_parsed):
        if level is None and not blank:
            yield make_finding("pendidikan-tidak-dikenal", ctx.loc(i, "pendidikan", pend_values[i]))
    levels: list[str | None] = [lv or jl for (lv, _), jl in zip(level_parsed, jur_level, strict=True)]
    jurusan: list[str | None] = list(programmes)
    titles: dict[str, Any] = {}
    names = nama_raw.tolist()
    for i in [i for i, (lv, pr) in enumerate(zip(levels, jurusan, strict=True)) if lv is None or pr is None]:
        nama_value = _text(names[i])
        if nama_value:
            evidence = titles.get(nama_value)
            if evidence is None:
                evidence = titles[nama_value] = parse_titles(nama_value)
            levels[i], jurusan[i] = levels[i] or evidence.level, jurusan[i] or evidence.programme_hint
    ctx.out["pendidikan"], ctx.out["jurusan"] = levels, jurusan
    ctx.out["pendidikan_rank"] = [float(EDUCATION_RANK[lv]) if lv in EDUCATION_RANK else np.nan for lv in levels]


def rule_dates(ctx: RosterContext) -> Iterator[Finding]:
    """TMT jabatan and birth date: unreadable, ambiguous and future dates are reported."""
    findings: list[Finding] = []
    for fname in ("tmt_jabatan", "tanggal_lahir"):
        ctx.out[fname] = _parse_dates(ctx.col(fname), fname, ctx.loc_of, ctx.rows, findings, today=ctx.today)
    yield from findings


def rule_sex_and_nip(ctx: RosterContext) -> Iterator[Finding]:
    """Sex and birth date against the NIP; both are recovered from the NIP when the cells are empty."""
    jk_raw, lahir_raw = ctx.col("jenis_kelamin"), ctx.col("tanggal_lahir")
    jk_parsed = map_distinct(jk_raw, lambda v: (coded_fields.parse_jenis_kelamin(v), _is_blank(v)))
    parsed: nipmod.NipColumn = ctx.out["_nip"]
    lahir: list[date | None] = ctx.out["tanggal_lahir"]
    jk = np.array([j for j, _ in jk_parsed], dtype=object)
    unknown = np.array([j is None and not blank for j, blank in jk_parsed], dtype=bool)
    nip_jk = np.array(parsed.jenis_kelamin, dtype=object)
    given = np.array(lahir, dtype=object)
    nip_lahir = np.array(parsed.tanggal_lahir, dtype=object)
    valid = parsed.valid
    jk_differs = valid & (jk != None) & (jk != nip_jk)  # noqa: E711 (elementwise)
    lahir_differs = valid & (given != None) & (given != nip_lahir)  # noqa: E711
    jk_values, lahir_values = jk_raw.tolist(), lahir_raw.tolist()
    for i in np.flatnonzero(unknown | jk_differs | lahir_differs).tolist():
        if unknown[i]:
            yield make_finding("nilai-tidak-dikenal", ctx.loc(i, "jenis_kelamin", jk_values[i]))
        if jk_differs[i]:
            loc = ctx.loc(i, "jenis_kelamin", jk_values[i])
            yield make_finding("nip-jenis-kelamin-beda", loc, jk_nip=nip_jk[i])
        if lahir_differs[i]:
            loc = ctx.loc(i, "tanggal_lahir", lahir_values[i])
            yield make_finding(
                "nip-tanggal-lahir-beda",
                loc,
                tanggal_lahir=format_date(given[i]),  # messages are read by people: dd-mm-yyyy
                tanggal_nip=format_date(nip_lahir[i]),
            )
    for i in np.flatnonzero(valid).tolist():  # recover from NIP digits 1-8 (domain.md §1.4)
        lahir[i] = lahir[i] or nip_lahir[i]
    ctx.out["jenis_kelamin"] = [
        (j or n) if v else j for j, n, v in zip(jk.tolist(), nip_jk.tolist(), valid.tolist(), strict=True)
    ]


def rule_kedudukan(ctx: RosterContext) -> Iterator[Finding]:
    """SIASN KEDUDUKAN HUKUM: tugas belajar sets the flag; CLTN, MPP, pemberhentian … take the row out."""
    raw = ctx.col("kedudukan_hukum")
    if not ctx.has("kedudukan_hukum") and ctx.has("status_kepegawaian"):
        raw = ctx.col("status_kepegawaian")  # "status" columns often hold Aktif/CLTN instead of PNS/PPPK
    parsed, unknown = _parse_column(raw, coded_fields.parse_kedudukan_hukum)
    if not ctx.has("kedudukan_hukum"):
        unknown[:] = False
    inactive = np.array([k is not None and k not in coded_fields.KEDUDUKAN_AKTIF for k in parsed], dtype=bool)
    values = raw.tolist()
    for i in np.flatnonzero(unknown | inactive).tolist():
        if unknown[i]:
            yield make_finding("nilai-tidak-dikenal", ctx.loc(i, "kedudukan_hukum", values[i]))
        else:
            yield make_finding("kedudukan-tidak-aktif", ctx.loc(i, "kedudukan_hukum", values[i]))
            ctx.exclude(i, f"kedudukan hukum '{parsed[i]}' (bukan aktif)")
    ctx.out["kedudukan_hukum"] = parsed


def rule_status(ctx: RosterContext) -> Iterator[Finding]:
    """PNS/CPNS/PPPK: SIASN ``STATUS CPNS PNS`` = C makes a CPNS; a PPPK number makes a PPPK."""
    st_raw, cp_raw = ctx.col("status_kepegawaian"), ctx.col("status_cpns_pns")
    st_parsed = map_distinct(st_raw, lambda v: (coded_fields.parse_status_kepegawaian(v), _is_blank(v)))
    cp_parsed = map_distinct(cp_raw, coded_fields.parse_status_kepegawaian)
    parsed: nipmod.NipColumn = ctx.out["_nip"]
    kedudukan = ctx.out["kedudukan_hukum"]
    st_values = st_raw.tolist()
    for i, ((s, blank), k) in enumerate(zip(st_parsed, kedudukan, strict=True)):
        if s is None and not blank and k is None:
            yield make_finding("status-tidak-dikenal", ctx.loc(i, "status_kepegawaian", st_values[i]))
    status: list[str | None] = []
    for (s, _), cp, pppk in zip(st_parsed, cp_parsed, parsed.pppk.tolist(), strict=True):
        if cp == "CPNS" or (s is None and cp is not None):
            s = cp
        if s is None and pppk:
            s = "PPPK"
        status.append(s)
    ctx.out["status_kepegawaian"] = status


def rule_jenis_jabatan(ctx: RosterContext) -> Iterator[Finding]:
    """Jenis jabatan from its column when present, otherwise inferred from the position name."""
    names = pd.Series(ctx.texts("jabatan"), dtype=object)
    jenis = pd.Series(ctx.texts("jenis_jabatan"), dtype=object)
    ctx.out["jenis_jabatan"] = _map_distinct_pairs(names, jenis, jab.classify_jenis_jabatan)
    yield from ()


def rule_flags(ctx: RosterContext) -> Iterator[Finding]:
    """Performance rating, disciplinary sanction and study leave; KEDUDUKAN tugas belajar sets study leave."""
    raw = ctx.col("predikat_kinerja")
    pred, unknown = _parse_column(raw, coded_fields.parse_predikat)
    values = raw.tolist()
    for i in np.flatnonzero(unknown).tolist():
        yield make_finding("nilai-tidak-dikenal", ctx.loc(i, "predikat_kinerja", values[i]))
    ctx.out["predikat_kinerja"] = pred
    ctx.out["hukuman_disiplin"] = [bool(v) for v in map_distinct(ctx.col("hukuman_disiplin"), coded_fields.parse_flag)]
    tubel = [bool(v) for v in map_distinct(ctx.col("tugas_belajar"), coded_fields.parse_flag)]
    ctx.out["tugas_belajar"] = [
        t or k == "Tugas Belajar" for t, k in zip(tubel, ctx.out["kedudukan_hukum"], strict=True)
    ]


def rule_instansi(ctx: RosterContext) -> Iterator[Finding]:
    """Several agencies in one file: units keep their agency; an ``instansi`` filter leaves the others out."""
    yield from _instansi_rule(ctx.texts("instansi"), ctx.texts("unit_kerja"), ctx.out, ctx.instansi, ctx, "unit_kerja")


ROSTER_RULES: tuple[RosterRule, ...] = (
    rule_required_cells,
    rule_nip,
    rule_nip_duplicates,
    rule_golongan,
    rule_education,
    rule_dates,
    rule_sex_and_nip,
    rule_kedudukan,
    rule_status,
    rule_jenis_jabatan,
    rule_flags,
    rule_instansi,
)


def _instansi_rule(
    instansi: list[str | None],
    units: list[str | None],
    out: dict[str, Any],
    wanted: str | None,
    ctx: RosterContext | PositionContextLike,
    unit_field: str,
) -> Iterator[Finding]:
    """``instansi`` and ``units``: the :func:`_texts` of the agency and unit columns."""
    distinct = sorted({v for v in instansi if v})
    if len(distinct) > 1:
        # the agency leads the unit path (as SSCASN writes "agency | unit"), so every unit key
        # (normalize_unit_name, generated position codes, linking) tells the agencies apart
        units = [_with_agency(u, a) for u, a in zip(units, instansi, strict=True)]
        example = next((u for u in units if u and " | " in u), units[0] or "")
        yield make_finding(
            "unit-dibedakan-instansi",
            Location(file=ctx.raw.source.path, sheet=ctx.raw.source.sheet),
            jumlah=len(distinct),
            contoh=example,
        )
    if wanted:
        key = wanted.strip().casefold()
        other = [i for i, a in enumerate(instansi) if (a or "").strip().casefold() != key]
        for i in other:
            ctx.exclude(i, f"instansi '{instansi[i] or '-'}' bukan '{wanted}'")
        if other:
            yield make_finding(
                "baris-instansi-lain",
                Location(file=ctx.raw.source.path, sheet=ctx.raw.source.sheet),
                jumlah=len(other),
                instansi=wanted,
            )
    out["instansi"] = instansi
    out[unit_field] = units


def _with_agency(unit: str | None, agency: str | None) -> str | None:
    if not unit or not agency:
        return unit
    if jab.normalize_unit_name(unit).startswith(jab.normalize_unit_name(agency)):
        return unit  # the unit path already starts with its agency
    return f"{agency} | {unit}"


def prepare_roster(raw: RawTable, *, today: date | None = None, instansi: str | None = None) -> PreparedTable:
    """Parse a raw roster into the prepared roster frame (docs/architecture.md) by running ``ROSTER_RULES``.

    ``instansi`` keeps only the rows of one agency (the others are accounted as excluded).
    """
    src = raw.frame.reset_index(drop=True)
    n = len(src)
    rows = [int(r) for r in src[ROW].tolist()] if ROW in src.columns else list(range(2, n + 2))
    ctx = RosterContext(raw, src, rows, today or date.today(), _Ctx(raw), [[] for _ in range(n)], instansi=instansi)
    findings: list[Finding] = []
    for rule in ROSTER_RULES:
        findings.extend(rule(ctx))
    out = ctx.out
    columns: dict[str, Any] = {
        ROW: rows,
        "_status": [EXCLUDED if r else VALID for r in ctx.reasons],
        "_alasan": ["; ".join(r) for r in ctx.reasons],
        "nip": out["nip"],
        "nama": ctx.texts("nama"),
        "jabatan": ctx.texts("jabatan"),
        "unit_kerja": out["unit_kerja"],
        "kode_jabatan": ctx.texts("kode_jabatan"),
        "golongan": out["golongan"],
        "golongan_rank": out["golongan_rank"],
        "pendidikan": out["pendidikan"],
        "pendidikan_rank": out["pendidikan_rank"],
        "jurusan": out["jurusan"],
        "tmt_jabatan": _to_timestamp(out["tmt_jabatan"]),
        "tanggal_lahir": _to_timestamp(out["tanggal_lahir"]),
        "jenis_kelamin": out["jenis_kelamin"],
        "status_kepegawaian": out["status_kepegawaian"],
        "jenis_jabatan": out["jenis_jabatan"],
        "predikat_kinerja": out["predikat_kinerja"],
        "hukuman_disiplin": out["hukuman_disiplin"],
        "tugas_belajar": out["tugas_belajar"],
        "riwayat_jabatan": _texts(ctx.col("riwayat_jabatan")),
        "diklat": _texts(ctx.col("diklat")),
        "preferensi_unit": _texts(ctx.col("preferensi_unit")),
        "instansi": out["instansi"],
        "kedudukan_hukum": out["kedudukan_hukum"],
    }
    # text columns go in as object (as _as_objects leaves them), not through pandas' str inference
    frame = pd.DataFrame(
        {name: pd.Series(values, dtype=object) if name in _ROSTER_TEXT else values for name, values in columns.items()}
    )
    stripped = ("nip", "nama", "jabatan", "unit_kerja", "kode_jabatan", "riwayat_jabatan", "diklat", "preferensi_unit")
    return PreparedTable(frame=_as_objects(frame, stripped), raw=raw, findings=findings)


#: prepared roster columns holding text (or None)
_ROSTER_TEXT = frozenset(
    {
        "_status",
        "_alasan",
        "nip",
        "nama",
        "jabatan",
        "unit_kerja",
        "kode_jabatan",
        "golongan",
        "pendidikan",
        "jurusan",
        "jenis_kelamin",
        "status_kepegawaian",
        "jenis_jabatan",
        "predikat_kinerja",
        "riwayat_jabatan",
        "diklat",
        "preferensi_unit",
        "instansi",
        "kedudukan_hukum",
    }
)


def require_fields(table: PreparedTable, fields: Iterable[str] = ROSTER_FOR_PLANNING, *, purpose: str = "") -> None:
    """Refuse a roster that lacks columns a command needs (``check`` does without; planning does not)."""
    missing = [f for f in fields if f not in table.raw.columns]
    if missing:
        where = f"'{table.raw.source.path}'" + (f" sheet '{table.raw.source.sheet}'" if table.raw.source.sheet else "")
        names = ", ".join(f"'{f}'" for f in missing)
        raise SchemaError(
            f"{where}: kolom {names} tidak ada; {purpose or 'perintah ini'} memerlukannya",
            hint="Tambahkan kolom itu, pakai berkas peta kolom, atau untuk berkas satu unit beri nama unit kerjanya.",
        )


# --- positions -----------------------------------------------------------------------------


def position_code(nama_jabatan: str, unit_kerja: str) -> str:
    """Stable generated code for a position row that has none (independent of row order)."""
    key = jab.normalize_unit_name(unit_kerja) + "|" + jab.normalize_position_name(nama_jabatan)
    return "J-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:8].upper()


def _min_level(levels: Iterable[str | None]) -> str | None:
    known = [lv for lv in levels if lv in EDUCATION_RANK]
    if not known:
        return None
    return min(known, key=lambda lv: EDUCATION_RANK[lv])


@dataclass
class _PositionCtx:
    raw: RawTable
    reasons: list[list[str]]

    def exclude(self, i: int, reason: str) -> None:
        _add_reason(self.reasons, i, reason)


def prepare_positions(
    raw: RawTable,
    settings: Settings | None = None,
    *,
    abk: RawTable | list[RawTable] | None = None,
    instansi: str | None = None,
    abk_jabatan: str | None = None,
    abk_unit_kerja: str | None = None,
) -> PreparedTable:
    """Parse a raw position table (peta jabatan / formasi) into the prepared frame.

    ``kebutuhan`` comes from the table, else from ``beban_kerja_jam`` ÷ effective hours,
    else from an ABK task sheet (``abk``: Σ volume × norm minutes ÷ effective minutes);
    ``abk_jabatan`` / ``abk_unit_kerja`` tie a task sheet without a position column to one position.
    """
    settings = settings or Settings()
    ctx = _Ctx(raw)
    src = raw.frame.reset_index(drop=True)
    n = len(src)
    rows = [int(r) for r in src[ROW].tolist()] if ROW in src.columns else list(range(2, n + 2))
    findings: list[Finding] = []
    reasons: list[list[str]] = [[] for _ in range(n)]

    names, units, instansi_out = _names_and_units(raw, src, rows, reasons, ctx, findings, instansi)

    def numbers(fname: str) -> list[float | None]:
        return _position_numbers(src, fname, rows, ctx, findings)

    codes_in = _texts(_column(src, "kode_jabatan"))
    codes = [
        codes_in[i] or (position_code(name, unit) if name and unit else f"BARIS-{rows[i]}")
        for i, (name, unit) in enumerate(zip(names, units, strict=True))
    ]
    kebutuhan_in = numbers("kebutuhan")
    beban = numbers("beban_kerja_jam")
    kelas = numbers("kelas_jabatan")
    bezetting = numbers("bezetting")
    tasks = _AbkNeeds()
    if abk is not None:
        listing = pd.DataFrame({"kode_jabatan": codes, "nama_jabatan": names, "unit_kerja": units})
        tasks = _abk_needs(abk, listing, settings, findings, abk_jabatan, abk_unit_kerja)
    kebutuhan, without_abk, wke_jam = _position_needs(
        src, rows, codes, names, units, kebutuhan_in, beban, tasks, settings, reasons, ctx, findings
    )

    syarat_jur = _texts(_column(src, "syarat_jurusan"))
    levels = _requirement_levels(raw, src, syarat_jur, rows, reasons, ctx, findings)
    sg = _golongan_requirements(src, rows, ctx, findings)
    _check_experience_requirements(src, rows, ctx, findings)

    jenis_raw = _texts(_column(src, "jenis_jabatan"))
    jenis = _map_distinct_pairs(
        pd.Series(names, dtype=object), pd.Series(jenis_raw, dtype=object), jab.classify_jenis_jabatan
    )

    merged = _merge_repeated_lines(codes, codes_in, names, units, reasons, (kebutuhan, bezetting, beban), syarat_jur)
    findings.extend(_fold_findings(merged, codes_in, codes, names, units, rows, reasons, ctx))

    columns = {
        "kode_jabatan": codes,
        "nama_jabatan": names,
        "unit_kerja": units,
        "jenis_jabatan": jenis,
        "kelas_jabatan": kelas,
        "kebutuhan": kebutuhan,
        "beban_kerja_jam": beban,
        "syarat_pendidikan": levels,
        "syarat_jurusan": syarat_jur,
        "syarat_golongan": sg,
        "bezetting": bezetting,
        "instansi": instansi_out,
        "tanpa_abk": without_abk,
        "wke_jam": wke_jam,
    }
    frame = _position_frame(src, rows, reasons, merged, columns)
    return PreparedTable(frame=_as_objects(frame), raw=raw, findings=findings, abk=tasks.info)


def _position_numbers(
    src: pd.DataFrame, fname: str, rows: list[int], ctx: _Ctx, findings: list[Finding]
) -> list[float | None]:
    """Read a numeric column: None for blank, unreadable, negative or out-of-range cells (with a finding)."""
    from asn_mutasi.domain import limits
    from asn_mutasi.workload.abk import parse_number

    def judge(value: Any) -> tuple[float | None, str | None]:
        """(number, finding code) of one distinct cell value."""
        if _is_blank(value):
            return None, None
        number = parse_number(value)
        if number is None or number < 0:
            return None, "angka-tidak-valid"
        if not limits.in_range(fname, number):  # issue 13: no 1e12 kebutuhan
            return None, "angka-di-luar-batas"
        return number, None

    column = _column(src, fname)
    judged = map_distinct(column, judge)
    values = column.tolist()
    for i, (_, code) in enumerate(judged):
        if code == "angka-tidak-valid":
            findings.append(make_finding(code, ctx.loc(rows[i], fname, values[i])))
        elif code is not None:
            findings.append(make_finding(code, ctx.loc(rows[i], fname, values[i]), batas=limits.range_text(fname)))
    return [number for number, _ in judged]


@dataclass
class _AbkNeeds:
    """What ABK task sheets say per kode_jabatan: kebutuhan, beban kerja (hours), WKE (minutes)."""

    need: dict[str, int] = field(default_factory=dict)
    hours: dict[str, float] = field(default_factory=dict)
    wke: dict[str, float] = field(default_factory=dict)
    info: dict[str, object] | None = None


def _abk_needs(
    abk: RawTable | list[RawTable],
    listing: pd.DataFrame,
    settings: Settings,
    findings: list[Finding],
    abk_jabatan: str | None,
    abk_unit_kerja: str | None,
) -> _AbkNeeds:
    """Compute the workload of the listed positions from ABK task sheets."""
    from asn_mutasi.workload.abk import workload_from_sheets

    sheets = abk if isinstance(abk, list) else [abk]
    tasks = workload_from_sheets(sheets, listing, settings, jabatan=abk_jabatan, unit_kerja=abk_unit_kerja)
    findings.extend(tasks.findings)
    task_need = dict(zip(tasks.frame["kode_jabatan"], tasks.frame["kebutuhan"].astype(int), strict=True))
    task_hours = dict(zip(tasks.frame["kode_jabatan"], tasks.frame["beban_kerja_jam"].astype(float), strict=True))
    task_wke = dict(zip(tasks.frame["kode_jabatan"], tasks.frame["wke_menit"].astype(float), strict=True))
    described = tasks.sheet.describe() if tasks.sheet is not None else {}
    first = sheets[0]
    abk_info: dict[str, object] = {
        "berkas": first.source.path,
        "sheet": ", ".join(str(r.source.sheet) for r in sheets if r.source.sheet) or None,
        **described,
        "jumlah_sheet": len(sheets),
        "jabatan_dengan_tugas": len(task_need),
    }
    if not task_need:
        findings.append(make_finding("abk-tidak-terpakai", Location(file=first.source.path, sheet=first.source.sheet)))
    return _AbkNeeds(need=task_need, hours=task_hours, wke=task_wke, info=abk_info)


def _position_needs(
    src: pd.DataFrame,
    rows: list[int],
    codes: list[str],
    names: list[str | None],
    units: list[str | None],
    kebutuhan_in: list[float | None],
    beban: list[float | None],
    tasks: _AbkNeeds,
    settings: Settings,
    reasons: list[list[str]],
    ctx: _Ctx,
    findings: list[Finding],
) -> tuple[list[int], list[bool], list[float]]:
    """Decide each row's kebutuhan (ABK sheet, else table, else beban kerja); fills ``beban`` from ABK.

    Returns (kebutuhan, tanpa_abk, wke_jam).
    """
    from asn_mutasi.workload.abk import kebutuhan_from_hours

    task_need, task_hours, task_wke = tasks.need, tasks.hours, tasks.wke
    kebutuhan: list[int] = []
    raw_need = _column(src, "kebutuhan").tolist()
    raw_hours = _column(src, "beban_kerja_jam").tolist()
    without_abk: list[bool] = []
    wke_jam: list[float] = []
    for i in range(len(src)):
        without_abk.append(False)
        wke_jam.append(np.nan)
        if codes[i] in task_need:
            # an ABK sheet given on purpose decides the positions it covers (issue 11/17: --abk is never a no-op)
            if kebutuhan_in[i] is not None and round(kebutuhan_in[i] or 0) != task_need[codes[i]]:
                findings.append(
                    make_finding(
                        "abk-menggantikan-kebutuhan",
                        ctx.loc(rows[i], "kebutuhan", kebutuhan_in[i]),
                        jabatan=names[i],
                        lama=round(kebutuhan_in[i] or 0),
                        baru=task_need[codes[i]],
                    )
                )
            kebutuhan.append(task_need[codes[i]])
            beban[i] = task_hours[codes[i]]
            wke_jam[i] = task_wke[codes[i]] / 60.0
        elif kebutuhan_in[i] is not None:
            kebutuhan.append(round(kebutuhan_in[i] or 0))
        elif beban[i] is not None:
            kebutuhan.append(kebutuhan_from_hours(beban[i] or 0.0, settings))
        elif not (_is_blank(raw_need[i]) and _is_blank(raw_hours[i])):
            kebutuhan.append(0)  # an unreadable kebutuhan / beban cell: excluded, as the finding says
            if not reasons[i]:
                findings.append(make_finding("kebutuhan-tidak-ada", ctx.loc(rows[i], "kebutuhan")))
            _add_reason(reasons, i, "tidak ada kebutuhan maupun beban kerja")
        else:
            # issue 17: a position with no ABK stays (its holders linked) and is shown "tanpa ABK"
            kebutuhan.append(0)
            without_abk[i] = True
            if not reasons[i]:
                findings.append(
                    make_finding(
                        "jabatan-tanpa-abk", ctx.loc(rows[i], "kebutuhan"), jabatan=names[i], unit_kerja=units[i]
                    )
                )
    return kebutuhan, without_abk, wke_jam


def _golongan_requirements(src: pd.DataFrame, rows: list[int], ctx: _Ctx, findings: list[Finding]) -> list[Any]:
    """Parse ``syarat_golongan``; an unknown golongan is reported and read as no requirement."""
    sg_raw = _column(src, "syarat_golongan")
    sg = map_distinct(sg_raw, gol.parse_golongan)
    for i, value in enumerate(sg_raw.tolist()):
        if sg[i] is None and not _is_blank(value):
            findings.append(make_finding("golongan-tidak-dikenal", ctx.loc(rows[i], "syarat_golongan", value)))
    return sg


def _check_experience_requirements(src: pd.DataFrame, rows: list[int], ctx: _Ctx, findings: list[Finding]) -> None:
    """Report each ``syarat_pengalaman`` text that cannot be read."""
    syarat_exp = _texts(_column(src, "syarat_pengalaman"))
    unreadable = set(requirement_problems(syarat_exp))
    for i, value in enumerate(syarat_exp):
        if value in unreadable:
            findings.append(
                make_finding("syarat-pengalaman-tidak-terbaca", ctx.loc(rows[i], "syarat_pengalaman", value))
            )


def _position_frame(
    src: pd.DataFrame,
    rows: list[int],
    reasons: list[list[str]],
    merged: dict[int, tuple[int, bool]],
    col: dict[str, Any],
) -> pd.DataFrame:
    """The prepared position frame (docs/architecture.md): typed columns, status and reasons per row."""
    levels, sg = col["syarat_pendidikan"], col["syarat_golongan"]
    frame = pd.DataFrame(
        {
            ROW: rows,
            "_status": [MERGED if i in merged else EXCLUDED if r else VALID for i, r in enumerate(reasons)],
            "_alasan": [
                f"digabung ke baris {rows[merged[i][0]]}" if i in merged else "; ".join(r)
                for i, r in enumerate(reasons)
            ],
            "kode_jabatan": col["kode_jabatan"],
            "nama_jabatan": col["nama_jabatan"],
            "unit_kerja": col["unit_kerja"],
            "jenis_jabatan": col["jenis_jabatan"],
            "kelas_jabatan": [np.nan if v is None else v for v in col["kelas_jabatan"]],
            "kebutuhan": col["kebutuhan"],
            "beban_kerja_jam": [np.nan if v is None else v for v in col["beban_kerja_jam"]],
            "syarat_pendidikan": levels,
            "syarat_pendidikan_rank": [float(EDUCATION_RANK[lv]) if lv in EDUCATION_RANK else np.nan for lv in levels],
            "syarat_jurusan": col["syarat_jurusan"],
            "syarat_golongan": [g.kode if g else None for g in sg],
            "syarat_golongan_rank": [float(g.rank) if g else np.nan for g in sg],
            "syarat_pengalaman": _texts(_column(src, "syarat_pengalaman")),
            "syarat_diklat": _texts(_column(src, "syarat_diklat")),
            "bezetting": [np.nan if v is None else v for v in col["bezetting"]],
            "tanpa_abk": col["tanpa_abk"],
            "wke_jam": col["wke_jam"],
            "instansi": col["instansi"],
        }
    )
    frame["kebutuhan"] = frame["kebutuhan"].astype("int64")
    return frame


def _names_and_units(
    raw: RawTable,
    src: pd.DataFrame,
    rows: list[int],
    reasons: list[list[str]],
    ctx: _Ctx,
    findings: list[Finding],
    instansi: str | None,
) -> tuple[list[str | None], list[str | None], list[str | None]]:
    """Position names and units (led by their agency when several are present); empty cells exclude the row."""
    names = _texts(_column(src, "nama_jabatan"))
    out: dict[str, Any] = {}
    pos_ctx = _PositionCtx(raw, reasons)
    agencies, units_in = _texts(_column(src, "instansi")), _texts(_column(src, "unit_kerja"))
    findings.extend(_instansi_rule(agencies, units_in, out, instansi, pos_ctx, "u"))
    units: list[str | None] = out["u"]
    for fname, values in (("nama_jabatan", names), ("unit_kerja", units)):
        for i, value in enumerate(values):
            if value is None:
                findings.append(make_finding("sel-wajib-kosong", ctx.loc(rows[i], fname)))
                _add_reason(reasons, i, f"kolom wajib '{fname}' kosong")
    return names, units, out["instansi"]


def _requirement_levels(
    raw: RawTable,
    src: pd.DataFrame,
    syarat_jur: list[str | None],
    rows: list[int],
    reasons: list[list[str]],
    ctx: _Ctx,
    findings: list[Finding],
) -> list[str | None]:
    """Required education level: its column, else the lowest level among the accepted programmes."""
    from asn_mutasi.matching.programme import split_requirements

    syarat_pend_raw = _column(src, "syarat_pendidikan")
    syarat_pend = map_distinct(syarat_pend_raw, pend.parse_level)
    has_syarat = "syarat_pendidikan" in raw.columns or "syarat_jurusan" in raw.columns
    levels: list[str | None] = []
    for i, value in enumerate(syarat_pend_raw.tolist()):
        level = syarat_pend[i]
        if level is None and not _is_blank(value):
            findings.append(make_finding("pendidikan-tidak-dikenal", ctx.loc(rows[i], "syarat_pendidikan", value)))
        if level is None and syarat_jur[i]:
            level = _min_level(pend.split_level(part)[0] for part in split_requirements(syarat_jur[i]))
        if level is None and has_syarat and _is_blank(value) and not syarat_jur[i] and not reasons[i]:
            findings.append(make_finding("jabatan-tanpa-syarat-pendidikan", ctx.loc(rows[i], "syarat_pendidikan")))
        levels.append(level)
    return levels


def _fold_findings(
    merged: dict[int, tuple[int, bool]],
    codes_in: list[str | None],
    codes: list[str],
    names: list[str | None],
    units: list[str | None],
    rows: list[int],
    reasons: list[list[str]],
    ctx: _Ctx,
) -> Iterator[Finding]:
    """Say which lines were summed or continued, and exclude a line reusing another position's code."""
    for i, (first, summed) in merged.items():
        loc = ctx.loc(rows[i], "nama_jabatan", names[i])
        code = "jabatan-digabung" if summed else "jabatan-baris-lanjutan"
        yield make_finding(code, loc, nama_jabatan=names[i], unit_kerja=units[i], baris_lain=rows[first])
    for i, j, code in list(_code_clashes(codes_in, codes, rows, reasons, merged)):
        yield make_finding("kode-jabatan-ganda", ctx.loc(rows[i], "kode_jabatan", code), baris_lain=rows[j])
        _add_reason(reasons, i, f"kode jabatan ganda (sama dengan baris {rows[j]})")


def _merge_repeated_lines(
    codes: list[str],
    codes_in: list[str | None],
    names: list[str | None],
    units: list[str | None],
    reasons: list[list[str]],
    amounts: tuple[list[int], list[float | None], list[float | None]],
    syarat_jur: list[str | None],
) -> dict[int, tuple[int, bool]]:
    """Fold repeated (unit, jabatan) lines into their first line; return {row index: (first index, summed)}.

    Formation lists repeat a line once per formation type (UMUM, DISABILITAS, …) and
    hand-made lists repeat it with other letter case: kebutuhan, bezetting and workload
    are summed. A line repeating an earlier line's own code (SSCASN lists one line per
    accepted study programme of one formation) continues that line: its programme is
    added to the accepted ones and nothing is summed.
    """
    kebutuhan, bezetting, beban = amounts
    first_of: dict[tuple[str, str], int] = {}
    codes_of: dict[tuple[str, str], set[str]] = {}
    merged: dict[int, tuple[int, bool]] = {}
    unit_keys: dict[str, str] = {}  # each distinct text normalised once
    name_keys: dict[str, str] = {}
    for i in range(len(codes)):
        if reasons[i] or not names[i] or not units[i]:
            continue
        unit, name = units[i] or "", names[i] or ""
        unit_key = unit_keys.get(unit)
        if unit_key is None:
            unit_key = unit_keys[unit] = jab.normalize_unit_name(unit)
        name_key = name_keys.get(name)
        if name_key is None:
            name_key = name_keys[name] = jab.normalize_position_name(name)
        key = (unit_key, name_key)
        j = first_of.setdefault(key, i)
        seen = codes_of.setdefault(key, set())
        code = codes_in[i]
        if j == i:
            seen.add(code or "")
            continue
        codes[i] = codes[j]
        if code and code in seen:
            merged[i] = (j, False)
            extra = syarat_jur[i]
            if extra and extra not in (syarat_jur[j] or "").split(" ATAU "):
                syarat_jur[j] = f"{syarat_jur[j]} ATAU {extra}" if syarat_jur[j] else extra
            continue
        seen.add(code or "")
        merged[i] = (j, True)
        kebutuhan[j] += kebutuhan[i]
        zi, bi, bj = bezetting[i], beban[i], beban[j]
        if zi is not None:
            bezetting[j] = (bezetting[j] or 0.0) + zi
        if bi is not None and bj is not None:
            beban[j] = bj + bi
    return merged


def _code_clashes(
    codes_in: list[str | None],
    codes: list[str],
    rows: list[int],
    reasons: list[list[str]],
    merged: dict[int, tuple[int, bool]],
) -> Iterator[tuple[int, int, str]]:
    """Explicit codes written twice for different positions (generated codes never clash: same key, merged)."""
    seen: dict[str, int] = {}
    for i, code in enumerate(codes_in):
        if code is None or reasons[i] or i in merged:
            continue
        if code in seen:
            yield i, seen[code], code
        else:
            seen[code] = i
