"""Turn raw tables into typed, canonical frames and yield findings for every bad cell.

Every parser runs once per *distinct* cell value (real rosters repeat the same
golongan, unit and date strings thousands of times), then results are mapped back to
rows. Every input row ends ``valid`` or ``dikecualikan`` with its reasons in
``_alasan``, so nothing is silently lost.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import partial
from typing import Any, Protocol, TypeVar

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.distinct import (
    TEXT_EDGES_BLOCK,
    ColumnMemo,
    apply_by_code,
    distinct_codes,
    distinct_groups,
    first_rows,
    map_distinct,
    stripped_edges,
    text_edges,
)
from asn_mutasi.domain import coded_fields, tanggal
from asn_mutasi.domain import golongan as gol
from asn_mutasi.domain import jabatan as jab
from asn_mutasi.domain import jenis as jenis_mod
from asn_mutasi.domain import nip as nipmod
from asn_mutasi.domain import pendidikan as pend
from asn_mutasi.domain.gelar import bare_name, parse_titles
from asn_mutasi.domain.syarat_pengalaman import requirement_problems
from asn_mutasi.errors import SchemaError
from asn_mutasi.findings import Finding, FindingRun, Location, Severity, capped, make_finding
from asn_mutasi.formatting import DOT_DECIMAL, DOT_THREE, format_date, format_date_words, format_number
from asn_mutasi.labels import field_words, rounding_words
from asn_mutasi.schema import (
    ACTING_REPEAT,
    ADDITIONAL_TASK_HELD,
    ADDITIONAL_TASK_REPEAT,
    CODE_AS_WRITTEN,
    EDUCATION_RANK,
    ESELON_V_POST,
    FOLDED_CODE,
    GOLONGAN_BARE,
    HOLDS,
    LOAD_SEATS,
    NRP_HOLDER,
    NRP_TWIN,
    OTHER_AGENCY,
    ROSTER_FOR_PLANNING,
    ROW,
    STATED_BUP,
    STATED_TMT,
    UNIT_AS_WRITTEN,
    VALID,
    RawTable,
    exclusion_causes,
    post_code,
    valid_mask,
)

T = TypeVar("T")

EXCLUDED = "dikecualikan"
#: what an excluded row whose person still holds the seat says after its reasons (:data:`~asn_mutasi.schema.HOLDS`)
HOLDING_NOTE = "tetap dihitung dalam bezetting jabatannya, tidak ikut dipindah"
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
        return self.frame[valid_mask(self.frame)]

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


def _none(values: np.ndarray) -> np.ndarray:
    """Where an object array holds None (elementwise, C-level)."""
    none: np.ndarray = values == None  # noqa: E711 (elementwise)
    return none


def _edge_texts(values: np.ndarray) -> np.ndarray | None:
    """:func:`_texts` of a column of text and None cells, read at numpy speed; None for any other column.

    A text with no whitespace at either end is its own stripped text (the same object), so
    only texts whose first or last character is whitespace (or that are empty) are stripped
    one by one; their first and last characters come from :func:`text_edges`. The result
    may be ``values`` itself (nothing to strip): the frame's constructor copies it.
    """
    texts = values
    for lo in range(0, len(values), TEXT_EDGES_BLOCK):
        cells = values[lo : lo + TEXT_EDGES_BLOCK]
        at = np.arange(len(cells))
        block = cells.tolist()
        try:
            edges = text_edges(block)
        except TypeError:  # a cell that is no text: None is left as it is, anything else goes cell by cell
            at = np.flatnonzero(~_none(cells))
            block = cells[at].tolist()
            try:
                edges = text_edges(block)
            except TypeError:
                return None
        if edges is None or (block and set(map(type, block)) != {str}):  # (or a subclass of str)
            return None
        closer = np.flatnonzero(stripped_edges(edges))
        if len(closer) and texts is values:
            texts = values.copy()
        for k in closer.tolist():
            texts[lo + at[k]] = block[k].strip() or None
    return texts


class _Column:
    """One raw roster column and what several rules read of it, each computed once.

    The rows are grouped once (:func:`asn_mutasi.distinct.distinct_groups`, as
    :func:`map_distinct` groups them); a per-value function then runs once per distinct
    value and its results reach the rows with one numpy gather. Every pass over 100k cells
    touches 100k scattered Python objects, so each column is walked as few times as possible.
    """

    def __init__(self, series: pd.Series, memo: ColumnMemo | None = None, name: str = "") -> None:
        self.values: np.ndarray = series.to_numpy(dtype=object)
        #: the reader's facts of the column (:class:`~asn_mutasi.distinct.ColumnMemo`), asked of this very series
        self._memo = (memo, name, series) if memo is not None else None
        self._cells: list[Any] | None = None
        self._groups: tuple[np.ndarray, np.ndarray, int] | bool | None = False
        self._texts: np.ndarray | None = None
        #: whether :meth:`texts` gave an empty text (a non-text cell whose text is blank; the frame makes it None)
        self.empty_text = False
        self._odd_missing = False  #: missing cells other than None (NaN, NaT, pd.NA) in one group

    def __len__(self) -> int:
        return len(self.values)

    def cells(self) -> list[Any]:
        """The cells as a plain list (for findings' values)."""
        if self._cells is None:
            self._cells = self.values.tolist()
        return self._cells

    def groups(self) -> tuple[np.ndarray, np.ndarray, int] | None:
        """(code per row, first row of each code, code of missing values or -1); None if a cell is unhashable."""
        if self._groups is False:
            self._groups = (
                self._memo[0].groups(self._memo[1], self._memo[2]) if self._memo else distinct_groups(self.values)
            )
        return self._groups  # type: ignore[return-value]

    def firsts(self) -> list[Any]:
        """The first cell of each code of :meth:`per_value` (every cell when cells are unhashable)."""
        grouped = self.groups()
        return self.cells() if grouped is None else self.values[grouped[1]].tolist()

    def codes(self) -> np.ndarray:
        """The code of each row's value (as :meth:`per_value` numbers them; every row its own when unhashable)."""
        grouped = self.groups()
        return np.arange(len(self.values), dtype=np.intp) if grouped is None else grouped[0]

    def per_value(self, func: Callable[[Any], T]) -> tuple[np.ndarray, np.ndarray]:
        """(``func`` of each distinct value as an object array, code per row): ``func`` runs once per value."""
        codes = self.codes()
        firsts = self.firsts()  # an unhashable cell: every row its own value, as map_distinct does
        results = np.empty(len(firsts), dtype=object)
        for k, value in enumerate(firsts):
            results[k] = func(value)
        return results, codes

    def map(self, func: Callable[[Any], T]) -> np.ndarray:
        """:func:`map_distinct` of the column, as an object array."""
        results, codes = self.per_value(func)
        return results[codes]

    def texts(self) -> np.ndarray:
        """:func:`_texts` of the column, as an object array (an empty text sets :attr:`empty_text`).

        Once per distinct value when the column is grouped already (a rule parses it),
        otherwise one pass over the cells (a column of names repeats little).
        """
        if self._texts is None and self._memo and self._memo[0].own_texts(self._memo[1], self._memo[2]):
            self._texts = self.values  # (the reader saw no text to strip: each text its own, every blank None)
        if self._texts is None:
            grouped = self._groups if isinstance(self._groups, tuple) else None
            other = self._other_text
            if grouped is None:
                texts = _edge_texts(self.values)
                if texts is None:
                    cells = self.cells()
                    listed = [
                        (v.strip() or None) if v.__class__ is str else None if v is None else other(v) for v in cells
                    ]
                    texts = np.fromiter(listed, dtype=object, count=len(cells))
            else:
                codes, first, missing_code = grouped
                per = np.empty(len(first), dtype=object)
                per[:] = [
                    (v.strip() or None) if v.__class__ is str else None if v is None else other(v)
                    for v in self.values[first].tolist()
                ]
                texts = per[codes]
                if missing_code >= 0:  # missing cells one by one: None, NaN and NaT are None, pd.NA is not
                    missing = np.flatnonzero(codes == missing_code)
                    texts[missing] = None
                    odd = missing[~_none(self.values[missing])]
                    self._odd_missing = bool(len(odd))
                    for i in odd.tolist():
                        texts[i] = other(self.values[i])
            self._texts = texts
        return self._texts

    def text_groups(self) -> np.ndarray | None:
        """A code per row such that rows of one code have one text (None when cells are unhashable)."""
        if self._groups is False and len(self.values) and self._texts is None:
            self.groups()  # grouping first: the texts are then made once per value
        grouped = self.groups()
        if grouped is None:
            return None
        self.texts()
        return None if self._odd_missing else grouped[0]

    def _other_text(self, value: Any) -> str | None:
        """:func:`_text` of a cell that is neither text nor None (noting an empty result)."""
        text = _text(value)
        if text == "":
            self.empty_text = True
        return text


def _display(value: Any, limit: int = 80) -> str:
    """A finding's value as the analyst reads it beside the message: a date cell dd-mm-yyyy, as the message and every
    sheet the tool writes show dates (its ISO text read "1977-07-23" beside "Tanggal lahir 23-07-1977"; polish4, h35)."""
    text = format_date(value) if isinstance(value, (datetime, date)) and not pd.isna(value) else _text(value) or ""
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
        info = self.raw.column_at(field_name, row) if field_name else None
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


def _as_objects(frame: pd.DataFrame, stripped: Iterable[str] = (), *, clean: Iterable[str] = ()) -> pd.DataFrame:
    """Store text columns as object dtype with None for empty cells (never NaN/pd.NA).

    ``stripped`` names object columns made by :func:`_texts` (None or stripped text): only
    an empty text can be blank there, which one C-level ``in`` finds. ``clean`` names object
    columns known to hold None for every blank already: they are left as they are.
    """
    done = set(stripped)
    skip = set(clean)
    for col in frame.columns:
        if col in skip and frame[col].dtype == object:
            continue
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


def _to_timestamp(values: list[date | None] | np.ndarray) -> pd.Series:
    arr = values if isinstance(values, np.ndarray) else np.array(values, dtype=object)
    grouped = distinct_groups(arr)
    if grouped is not None:
        codes, first, _ = grouped
        distinct = arr[first].tolist()
        if all(v.__class__ is date or v is None for v in distinct):  # parsed dates: day numbers, then numpy
            days = np.array([_EPOCH_DAY if v is None else v.toordinal() for v in distinct], dtype=np.int64)
            as_days = (days - _EPOCH_DAY).astype("datetime64[D]")[codes]
            as_days[np.array([v is None for v in distinct], dtype=bool)[codes]] = np.datetime64("NaT")
            return pd.Series(as_days.astype("datetime64[ns]"))
    stamps = map_distinct(pd.Series(arr, dtype=object), lambda v: pd.Timestamp(v) if v is not None else pd.NaT)
    return pd.Series(stamps, dtype="datetime64[ns]")


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
    reasons: dict[int, list[str]]  #: row index -> reasons it is excluded (rows never excluded are absent)
    out: dict[str, Any] = field(default_factory=dict)
    instansi: str | None = None  #: keep only rows of this agency (library parameter)
    columns: dict[str, _Column] = field(default_factory=dict)
    #: row index -> the reasons it is excluded that still leave its person in the seat (a damaged or repeated NIP)
    seat_kept: dict[int, set[str]] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.rows)

    def has(self, name: str) -> bool:
        """Tell whether the source has a column (or a title-row value) for field ``name``."""
        return name in self.raw.columns

    def col(self, name: str) -> pd.Series:
        return _column(self.src, name)

    def column(self, name: str) -> _Column:
        """The raw column of field ``name`` (a column of None when absent), shared by every rule."""
        if name not in self.columns:
            self.columns[name] = _Column(self.col(name), self.raw.memo, name)
        return self.columns[name]

    def texts(self, name: str) -> np.ndarray:
        """:func:`_texts` of a column, computed once per run (None exactly where a cell is blank)."""
        return self.column(name).texts()

    def loc(self, i: int, name: str | None, value: Any = None) -> Location:
        return self.loc_of.loc(self.rows[i], name, value)

    def exclude(self, i: int, reason: str) -> None:
        reasons = self.reasons.setdefault(i, [])
        if reason not in reasons:
            reasons.append(reason)

    def exclude_holding(self, i: int, reason: str) -> None:
        """Exclude row ``i`` from planning for a fault of its NIP alone: its person still holds the seat (counted in
        bezetting, never moved; :data:`~asn_mutasi.schema.HOLDS`) unless another reason excludes the row too."""
        self.exclude(i, reason)
        self.seat_kept.setdefault(i, set()).add(reason)


RosterRule = Callable[[RosterContext], Iterator[Finding | FindingRun]]


def _flags(per_value: Iterable[bool], codes: np.ndarray) -> np.ndarray:
    """A boolean per row from a boolean per distinct value."""
    return np.fromiter(per_value, dtype=bool)[codes] if len(codes) else np.zeros(0, dtype=bool)


def _nip_column(ctx: RosterContext) -> nipmod.NipColumn:
    """:func:`nipmod.parse_nip_column` of the NIP column, once (the required-cell rule reads it too)."""
    if "_nip" not in ctx.out:
        ctx.out["_nip"] = nipmod.parse_nip_column(ctx.column("nip").cells(), is_blank=_is_blank)
    parsed: nipmod.NipColumn = ctx.out["_nip"]
    return parsed


def _blank_rows(ctx: RosterContext, fname: str) -> list[int]:
    """Rows whose cell in column ``fname`` is blank (``_text`` is None exactly when ``_is_blank``)."""
    if fname == "nip":  # a valid NIP is never blank: only the others are looked at
        cells = ctx.column("nip").cells()
        return [i for i in np.flatnonzero(~_nip_column(ctx).valid).tolist() if _is_blank(cells[i])]
    if fname in _REPEATING:
        ctx.column(fname).groups()  # texts then once per distinct value
    return np.flatnonzero(_none(ctx.texts(fname))).tolist()


#: roster columns that repeat a few values (positions, units: grouped, their texts made once per value)
_REPEATING = frozenset({"jabatan", "unit_kerja", "jenis_jabatan"})


def rule_required_cells(ctx: RosterContext) -> Iterator[Finding]:
    """An empty cell in a required column that the file has excludes the row (absent columns: see readers)."""
    opd = _none(ctx.texts("perangkat_daerah")) if ctx.has("perangkat_daerah") else None
    posts = ctx.texts("jabatan")
    for fname in ("nip", "nama", *ROSTER_FOR_PLANNING):
        if not ctx.has(fname):
            continue
        for i in _blank_rows(ctx, fname):
            if fname == "unit_kerja" and opd is not None and not opd[i]:
                continue  # no unit below the OPD: the person works at the OPD itself (see domain.jabatan.unit_in_opd)
            if fname == "unit_kerja" and jab.unit_after_pada(posts[i]):
                continue  # "Fungsional Umum pada Dinas Kesehatan": the unit is read out of the post when linking
            yield make_finding("sel-wajib-kosong", ctx.loc(i, fname))
            ctx.exclude(i, f"kolom wajib '{fname}' kosong")


def rule_nip(ctx: RosterContext) -> Iterator[Finding]:
    """Parse the NIP (18-digit PNS or NI PPPK); a broken NIP excludes the row."""
    values = ctx.column("nip").cells()
    parsed = _nip_column(ctx)
    nips = parsed.nip.copy()
    nrp_rows: dict[str, int] = {}  # an NRP's first row: the same officer written twice holds one seat
    for i in np.flatnonzero(~parsed.valid).tolist():
        value = values[i]
        nips[i] = _text(value) or None  # the frame holds None for a blank text
        error = parsed.error[i]
        if error is not None:
            code, alasan = error
            twin = (
                _nrp_twin(ctx, i, _DIGIT_RUN.sub("", _text(value) or ""), nrp_rows) if code == nipmod.CODE_NRP else None
            )
            if twin is not None:
                yield make_finding(
                    "nip-ganda", ctx.loc(i, "nip", value), baris_lain=ctx.rows[twin], alasan=_NRP_TWIN_KEPT
                )
                ctx.exclude(i, f"{NRP_TWIN} (sama dengan baris {ctx.rows[twin]})")
                continue
            if alasan and alasan.startswith("panjang 17 digit") and ctx.has("tanggal_lahir"):
                alasan += _lost_birth_digit(value, _birth_day(ctx, i))
            stored = code == "nip-tersimpan-sebagai-angka"
            reason = "NIP rusak (tersimpan sebagai angka)" if stored else f"NIP tidak valid: {alasan}"
            if code == nipmod.CODE_NRP:
                reason = f"{NRP_HOLDER}, bukan NIP"
            # a person's NIP damaged (Excel's 15 digits, a digit too many or too few) or a TNI/Polri member's NRP: the
            # person still sits in the post; a code, a label ("BLUD-0012", "-") or a NIK (an honorer's) is no one's NIP
            holds = stored or code == nipmod.CODE_NRP or _nip_like(_DIGIT_RUN.sub("", _text(value) or ""))
            kursi = f"; {_SEAT_HELD}" if holds else ""
            yield make_finding(code, ctx.loc(i, "nip", value), alasan=alasan or "", kursi=kursi)
            if holds:
                ctx.exclude_holding(i, reason)
            else:
                ctx.exclude(i, reason)
    ctx.out["nip"] = nips
    yield from _kind_notes(ctx, parsed)


def _kind_notes(ctx: RosterContext, parsed: nipmod.NipColumn) -> Iterator[Finding]:
    """``nip-berketerangan-jenis`` once for the valid NIPs written with the person's kind after them ("…/PNS",
    "… pns/pppk", "… (PPPK)"), at the first: the note is taken off, never read as the person's status."""
    noted = np.flatnonzero(_kind_noted(ctx, parsed))
    if len(noted):
        first = int(noted[0])
        loc = ctx.loc(first, "nip", ctx.column("nip").cells()[first])
        yield make_finding("nip-berketerangan-jenis", loc, jumlah=format_number(len(noted)))


def _kind_noted(ctx: RosterContext, parsed: nipmod.NipColumn) -> np.ndarray:
    """Per row, a valid NIP written with a kind note after it (:data:`nipmod.KIND_AT_END`), looked for once: the note
    is said (:func:`_kind_notes`) and compared with the NIP and status (:func:`_kind_note_against`)."""
    if "_kind_noted" not in ctx.out:
        noted = np.zeros(len(parsed.valid), dtype=bool)
        at = np.flatnonzero(parsed.valid)
        if len(at) and _may_hold_kind_word(ctx.column("nip").values[at]):
            cells = pd.Series(ctx.column("nip").values[at], dtype=object)
            noted[at] = cells.str.contains(nipmod.KIND_AT_END, na=False).to_numpy(dtype=bool)
        ctx.out["_kind_noted"] = noted
    found: np.ndarray = ctx.out["_kind_noted"]
    return found


def _may_hold_kind_word(cells: np.ndarray) -> bool:
    """Whether a cell may hold a kind note: every kind word of :data:`nipmod.KIND_AT_END` holds a P, and only "p" and
    "P" match a P ignoring case, so a column of texts without either (nearly every roster: plain digits) holds none.
    One search of the texts joined instead of the regex per cell (0.09 s at 100,000 rows); True when a cell is no
    text (the regex decides then)."""
    try:
        joined = "\x00".join(cells.tolist())
    except TypeError:  # a cell that is no text
        return True
    return "p" in joined or "P" in joined


_DIGIT_RUN = re.compile(r"\D+")


def _nrp_twin(ctx: RosterContext, i: int, nrp: str, first: dict[str, int]) -> int | None:
    """The earlier row of the same TNI/Polri officer (one NRP, one name) as row ``i``, else None (``first`` records
    each NRP's first row). An NRP row written twice held two seats: bezetting 14 for 13 people, no finding, where a
    PNS NIP written twice is ``nip-ganda`` (hostile11 #4, h29)."""
    twin = first.setdefault(nrp, i)
    if twin == i:
        return None
    names = ctx.column("nama").cells()
    return None if _other_person(names[i], names[twin]) else twin


#: why nip-ganda keeps the other row of an officer's NRP written twice, and of a person whose NIP Excel damaged here
_NRP_TWIN_KEPT = "NRP dan nama yang sama; baris itu tertulis lebih dulu"
_DAMAGED_TWIN_KEPT = "NIP di baris ini rusak, NIP baris itu utuh"

#: what a nip-tidak-valid finding adds for a row whose person still holds the seat: every command counts it in
#: bezetting while the plan leaves the person out (one fact, one number; real10, h29)
_SEAT_HELD = "orangnya tetap dihitung dalam bezetting jabatannya (kursi terisi), tetapi tidak ikut rencana mutasi"


def _nip_like(digits: str) -> bool:
    """Digits of a NIP written wrong: 17 to 19 of them opening with a birth year (1940–2010); the month or day may be
    the typo itself (month 13, day 32, the 8th digit an export drops; plan oracle, h26). A NIK has 16."""
    return 17 <= len(digits) <= 19 and 1940 <= int(digits[:4]) <= 2010


def _lost_birth_digit(value: object, day: date | None) -> str:
    """A note for a 17-digit NIP whose first digits are the birth date with one digit left out ("" otherwise).

    A SIMPEG's export function that drops a digit of the date (valsix/mojokerto_simpeg prints every NIP
    with the 8th digit missing) makes a whole roster invalid; the row's TANGGAL LAHIR tells which digit,
    so the note names the likely NIP and the cause. The row stays excluded: the analyst fixes the export. ``day``:
    the row's birth date as :func:`_birth_day` reads it.
    """
    digits = "".join(ch for ch in str(value) if ch.isdigit())
    if day is None or len(digits) != 17:
        return ""
    birth = day.strftime("%Y%m%d")
    if not any(digits[:k] == birth[:k] and digits[k:7] == birth[k + 1 : 8] for k in range(8)):
        return ""
    return (
        f"; satu digit tanggal lahir tampaknya hilang (tanggal lahir {format_date(day)}): NIP lengkapnya mungkin "
        f"{birth}{digits[7:]}; periksa templat ekspor SIMPEG"
    )


def rule_nip_duplicates(ctx: RosterContext) -> Iterator[Finding]:
    """The same NIP on several rows (after normalisation): one row of each NIP is kept, chosen from the whole group by
    :func:`_keep_keys` and never by where it is listed: the first row was kept, and two rows swapped changed bezetting
    and the plan (hostile14, h34). Each other row gets ``nip-ganda`` naming the kept row and why."""
    parsed: nipmod.NipColumn = ctx.out["_nip"]
    valid = np.flatnonzero(parsed.valid)
    codes, _ = pd.factorize(parsed.number[valid])  # equal NIPs, equal numbers: no text is hashed
    if len(first_rows(codes)) == len(codes):
        return
    twice = np.bincount(codes)[codes] > 1
    group_rows = list(zip(codes[twice].tolist(), valid[twice].tolist(), strict=True))
    keys = _keep_keys(ctx, [i for _, i in group_rows], parsed)
    kept: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    for g, i in group_rows:
        members.setdefault(g, []).append(i)
        if g not in kept or keys[i] < keys[kept[g]]:
            kept[g] = i
    _keep_definitive(ctx, kept, group_rows, keys)
    names = ctx.column("nama").cells()
    for g, i in group_rows:
        keep = kept[g]
        if i == keep:
            continue
        acting = _acting_repeat(ctx, i, keep) or _additional_task_repeat(ctx, i, keep, (members[g], keys))
        if acting is not None:
            yield acting
            continue
        yield _repeat_finding(ctx, i, keep, keys)
        if _other_person(names[i], names[keep]):  # two people, both in their posts, each person's seat counted once
            # (the best of this person's rows holds; Ratna twice beside Budi's newer row held two seats; review15, h34)
            own = min(
                (k for k in members[g] if k != keep and not _other_person(names[i], names[k])), key=keys.__getitem__
            )
            if own == i:
                ctx.exclude_holding(i, f"NIP ganda (sama dengan baris {ctx.rows[keep]}, nama lain)")
            else:
                ctx.exclude(i, f"NIP ganda (orang yang sama dengan baris {ctx.rows[own]})")
        elif _other_birth(ctx, i, keep) and not _typed_twice(ctx, i, keep, parsed):
            ctx.exclude_holding(i, f"NIP ganda (sama dengan baris {ctx.rows[keep]}, tanggal lahir lain)")
        else:
            ctx.exclude(i, f"NIP ganda (sama dengan baris {ctx.rows[keep]})")


#: ``ctx.out`` key of the rows ``--instansi`` leaves out (another agency's), set by :func:`_instansi_rule`
OTHER_AGENCY_ROWS = "_other_agency"


def _repeat_finding(ctx: RosterContext, i: int, keep: int, keys: dict[int, tuple[Any, ...]]) -> Finding:
    """``nip-ganda`` on row ``i``, naming the kept row ``keep`` and why; ``nip-ganda-tidak-dibaca`` when the kept row
    is left out too (every row of the NIP left out by another rule: CLTN, no ASN, another agency), which was said as
    "yang dibaca baris …" of a row not read at all (hostile17, h35). A row of another agency that ``--instansi``
    leaves out is ``nip-ganda-instansi-lain``, a warning: NIP uniqueness is a rule of the agency planned, and a
    person written in two agencies' rows is one moving between them, not a galat (and a failed exit) of this one
    (hostile19, h35)."""
    at = ctx.loc(i, "nip", ctx.out["nip"][i])
    if i in ctx.out.get(OTHER_AGENCY_ROWS, ()):  # out of the analyst's scope: said, not a galat of this agency
        return make_finding(
            "nip-ganda-instansi-lain", at, baris_lain=ctx.rows[keep], instansi=ctx.texts("instansi")[i] or "-"
        )
    if keep in ctx.reasons:
        return make_finding(
            "nip-ganda-tidak-dibaca", at, baris_lain=ctx.rows[keep], alasan="; ".join(ctx.reasons[keep])
        )
    return make_finding("nip-ganda", at, baris_lain=ctx.rows[keep], alasan=_keep_reason(keys[keep], keys[i]))


def _keep_definitive(
    ctx: RosterContext, kept: dict[int, int], group_rows: list[tuple[int, int]], keys: dict[int, tuple[Any, ...]]
) -> None:
    """Keep, for a NIP whose kept row is a post held acting (Plt.), the best of the same person's definitive rows
    instead: each other row was compared with the kept Plt. row only, so with two definitive rows the Plt. row was
    left out twice (two ``nip-ganda-plt``) and both definitive rows counted the one person in bezetting twice
    (hostile15, h34). With a definitive row kept, each Plt. row is ``nip-ganda-plt`` and each further definitive row
    ``nip-ganda``: every row said once."""
    texts = _acting_jabatan(ctx)
    if not any(jab.held_acting(texts[k]) for k in kept.values()):
        return
    names = ctx.column("nama").cells()
    better: dict[int, int] = {}  # NIP group → its best definitive row of the kept row's person
    for g, i in group_rows:
        keep = kept[g]
        if i == keep or not jab.held_acting(texts[keep]) or jab.held_acting(texts[i]):
            continue
        if not _other_person(names[i], names[keep]) and (g not in better or keys[i] < keys[better[g]]):
            better[g] = i
    kept.update(better)


#: why a row of a repeated NIP is the one kept, by the first part of :func:`_keep_keys` it wins on (as nip-ganda says)
_KEEP_REASONS = (
    "baris ini jabatan Plt., baris itu jabatan definitif",
    "baris ini sudah dikecualikan karena temuan lain",
    "baris ini jabatan yang dipegang sebagai tugas tambahan, baris itu bukan",
    "tanggal lahirnya sama dengan tanggal lahir dalam NIP",
    "TMT jabatannya lebih baru",
    "isinya lebih lengkap",
    "keduanya setara; dipilih menurut isi baris, bukan urutan baris",
)


def _keep_keys(ctx: RosterContext, rows: list[int], parsed: nipmod.NipColumn) -> dict[int, tuple[Any, ...]]:
    """How each of ``rows`` (rows of repeated NIPs) ranks, the least of a NIP's rows kept, in a fixed order
    (docs/findings.md, nip-ganda): a row of a definitive post, not one held as Plt. (the Plt. row kept, two definitive
    rows of its person were both read; review15, h34), a row no other rule left out (a row read, whenever one of the
    NIP's is: a newer row left out as CLTN beside an active one read neither; hostile17, h35), the row whose birth
    date is the NIP's (its date decides retirement; plan oracle 3, h26), the latest TMT jabatan (the post held now),
    the more complete row, then the row's content itself, so that a roster's rows shuffled keep the same person in the same post. The rows' cells
    are taken out of the frame once (a history export repeats most of its rows)."""
    read = _date_orders(ctx).reader("tmt_jabatan")
    tmt_cells = ctx.column("tmt_jabatan").cells()
    at = [k for k, c in enumerate(ctx.src.columns) if not str(c).startswith("_")]  # (not "_baris": where it is listed)
    content = ctx.src.iloc[rows, at].to_numpy(dtype=object).tolist()
    acting = _acting_jabatan(ctx)
    keys = {}
    for i, values in zip(rows, content, strict=True):
        tmt = read(tmt_cells[i]).value
        cells = [_text(v) or "" for v in values]
        keys[i] = (
            jab.held_acting(acting[i]),
            i in ctx.reasons,
            _additional_task(acting[i]),
            not _born_as_nip(ctx, i, parsed),
            -tmt.toordinal() if isinstance(tmt, date) else 1,
            -sum(1 for c in cells if c),
            tuple(cells),
        )
    return keys


def _keep_reason(kept: tuple[Any, ...], dropped: tuple[Any, ...]) -> str:
    """The :data:`_KEEP_REASONS` of the first part of two :func:`_keep_keys` the kept row wins on."""
    at = next((k for k, (a, b) in enumerate(zip(kept, dropped, strict=True)) if a != b), len(kept) - 1)
    return "isi kedua baris sama" if kept == dropped else _KEEP_REASONS[at]


def _acting_repeat(ctx: RosterContext, i: int, other: int) -> Finding | None:
    """``nip-ganda-plt`` when one person (one name) is written twice under one NIP, once for the post held acting
    ("Plt. Kepala Dinas …", Plt in STATUS JABATAN) and once for the definitive post: a Plt holds the seat only acting,
    so that seat stays vacant in bezetting and the person is counted once, at the definitive post (domain.md §3). The
    acting row is left out wherever it is listed; the repeat was a nip-ganda error, and when the Plt row came first
    the definitive row was the one dropped (real11, h32). None for any other repeat."""
    names = ctx.column("nama").cells()
    if _other_person(names[i], names[other]):
        return None
    texts = _acting_jabatan(ctx)
    held = {k: jab.held_acting(texts[k]) for k in (i, other)}
    if held[i] == held[other]:
        return None
    drop, keep = (i, other) if held[i] else (other, i)
    ctx.exclude(drop, f"{ACTING_REPEAT} (pegawai yang sama di baris {ctx.rows[keep]} dengan jabatan definitifnya)")
    return make_finding(
        "nip-ganda-plt",
        ctx.loc(drop, "jabatan", texts[drop]),
        baris_lain=ctx.rows[keep],
        kursi=jab.acting_seat(str(texts[drop])),
        definitif=texts[keep],
    )


def _additional_task(name: object) -> bool:
    """Whether a post's name is a head held by a JF holder as an additional task (Kepala Sekolah, Kepala Puskesmas:
    :func:`~asn_mutasi.domain.jabatan.additional_task_head`)."""
    return isinstance(name, str) and jab.additional_task_head(jab.normalize_position_name(name))


def _additional_task_repeat(
    ctx: RosterContext, i: int, other: int, group: tuple[list[int], dict[int, tuple[Any, ...]]]
) -> Finding | None:
    """``nip-ganda-tugas-tambahan`` when one person is written twice under one NIP, once for their JF post and once
    for the head they hold as an additional task (a dokter as Kepala Puskesmas, a guru as Kepala Sekolah): the head
    is held definitively (PP 18/2016 Pasal 95), so its seat is filled in bezetting, and the person is planned once,
    from the JF row. The head row was a nip-ganda error and its seat read vacant in lowongan and in the plan,
    which could move someone into it (hostile17, h35). Only the person's best head row of the NIP's rows (``group``:
    the rows and their :func:`_keep_keys`) holds: a head row written twice is a repeat. None for any other repeat."""
    names = ctx.column("nama").cells()
    texts = _acting_jabatan(ctx)
    if _other_person(names[i], names[other]) or not _additional_task(texts[i]) or not _beside_a_jf(ctx, texts, other):
        return None
    rows, keys = group
    heads = (k for k in rows if _additional_task(texts[k]) and not _other_person(names[k], names[other]))
    if min(heads, key=keys.__getitem__) != i:
        return None
    ctx.exclude_holding(
        i, f"{ADDITIONAL_TASK_REPEAT} (pegawai yang sama di baris {ctx.rows[other]} dengan jabatan fungsionalnya)"
    )
    ctx.out.setdefault(ADDITIONAL_TASK_HELD, np.full(ctx.n, None, dtype=object))[other] = texts[i]
    return make_finding(
        "nip-ganda-tugas-tambahan", ctx.loc(i, "jabatan", texts[i]), baris_lain=ctx.rows[other], jf=texts[other]
    )


def _beside_a_jf(ctx: RosterContext, texts: np.ndarray, other: int) -> bool:
    """Whether row ``other`` (``texts``: :func:`_acting_jabatan`) is a post a head is held beside as an additional task: a JF (a guru, a dokter), not a
    head itself. A Kepala Sekolah promoted to Kepala Bidang, the old head row still written, held both seats: the
    school's head read filled, the Kepala Bidang named "jabatan fungsionalnya" (review17, h35)."""
    jenis = ctx.out.get("jenis_jabatan")
    return jenis is not None and jenis[other] == "Fungsional" and not _additional_task(texts[other])


#: what a history export changes from one entry of a person to the next, as the finding names it, and the history each
#: change names: the post, its unit and TMT (rw-jabatan), the golongan (rw-golongan), the education (rw-pendidikan: one
#: row per diploma), the yearly appraisal (rw-skp: one row per year). rw-pendidikan and rw-skp were read as rosters
#: with a nip-ganda per repeat and no word on the layout (real10, h32); the finding named every kind of change for
#: any file ("jabatan, unit, TMT, golongan, pendidikan atau nilai SKP" for an appraisal history; lang3, h32)
_HISTORY_CHANGES = {
    "jabatan": ("jabatan", "Riwayat Jabatan"),
    "unit_kerja": ("unit kerja", "Riwayat Jabatan"),
    "tmt_jabatan": ("TMT jabatan", "Riwayat Jabatan"),
    "golongan": ("golongan", "Riwayat Golongan"),
    "pendidikan": ("pendidikan", "Riwayat Pendidikan"),
    "jurusan": ("pendidikan", "Riwayat Pendidikan"),
    "predikat_kinerja": ("nilai SKP", "Riwayat SKP"),
    "tahun_skp": ("tahun SKP", "Riwayat SKP"),  # (no field: the year beside an appraisal, see _appraisal_years)
}


def _or_list(words: list[str]) -> str:
    """Words joined as a sentence lists alternatives: "a", "a atau b", "a, b atau c"."""
    return " atau ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else "".join(words)


def rule_history_layout(ctx: RosterContext) -> Iterator[Finding]:
    """A history export given as the roster (SIASN rw-jabatan / rw-golongan / rw-pendidikan / rw-skp: one row per
    entry, the NIP repeated with another post, TMT, golongan, education or appraisal): each repeat was one more
    ``nip-ganda`` and the first row of each NIP (perhaps a post held ten years ago) was read as the post held now,
    without a word on what the file is (real8, h31). Said once, naming the layout (and ``--riwayat`` for a position
    history), when at least two people and a fifth of the NIPs repeat so; a person written twice with the same
    entries, two people under one NIP, or a person written again for the post they hold acting (Plt./Plh./Pj.: a
    second seat held now, not a past one; real10, h32) is no history."""
    parsed: nipmod.NipColumn = ctx.out["_nip"]
    valid = np.flatnonzero(parsed.valid)
    codes, _ = pd.factorize(parsed.number[valid])
    first = first_rows(codes)
    if len(first) == len(codes):
        return
    owner = valid[first[codes]]  # per valid row, the first row of its NIP
    again = valid != owner
    rows = np.union1d(valid[again], owner[again])  # the rows of the NIPs written more than once
    changed = np.zeros(len(valid), dtype=bool)
    kinds: dict[str, np.ndarray] = {}
    for name in (f for f in _HISTORY_CHANGES if ctx.has(f)):
        keys = _entry_keys(ctx, name, rows)
        kinds[name] = keys[valid] != keys[owner]
        changed |= kinds[name]
    years = _appraisal_years(ctx)
    if years is not None:  # (an appraisal of the same predikat each year is still one entry per year)
        kinds["tahun_skp"] = (years[valid] != years[owner]) & pd.notna(years[valid])
        changed |= kinds["tahun_skp"]
    names = ctx.texts("nama")
    other = names[valid] != names[owner]  # another spelling, or another person: looked at closely
    for j in np.flatnonzero(changed & other).tolist():
        changed[j] = not _other_person(names[valid[j]], names[owner[j]])
    if ctx.has("jabatan"):
        acting = _acting_rows(ctx, rows)
        changed &= ~(acting[valid] | acting[owner])
    people = np.unique(codes[changed])
    if len(people) < 2 or 5 * len(people) < len(first):
        return
    example = int(np.flatnonzero(codes == people[0])[0])
    shown = ", ".join(str(ctx.rows[i]) for i in valid[codes == people[0]][:5].tolist())
    found = [_HISTORY_CHANGES[f] for f, hit in kinds.items() if (hit & changed).any()]
    named = list(dict.fromkeys(history for _, history in found))
    yield make_finding(
        "pegawai-berisi-riwayat",
        ctx.loc(int(valid[example]), "nip", ctx.out["nip"][valid[example]]),
        jumlah=format_number(len(people)),
        baris=format_number(int(np.isin(codes, people).sum() - len(people))),
        contoh=shown,
        beda=_or_list(list(dict.fromkeys(word for word, _ in found))),
        bentuk=_or_list(named) + " SIASN",
        saran="berikan berkas ini dengan --riwayat (pengalaman jabatan); " if "Riwayat Jabatan" in named else "",
    )


#: the header of an appraisal history's year ("tahun" in SIASN rw-skp and rw-skp22, "TAHUN PENILAIAN" in e-Kinerja)
_APPRAISAL_YEAR_HEADERS = frozenset({"TAHUN", "TAHUN PENILAIAN", "TAHUN SKP", "PERIODE", "PERIODE PENILAIAN"})


def _appraisal_years(ctx: RosterContext) -> np.ndarray | None:
    """Per row, the year of its appraisal when the roster read an appraisal (``predikat_kinerja``) beside a column of
    years under a year header: SIASN rw-skp22 writes one row per year, and most people are rated BAIK each year, so
    the predikat alone named no history (real11, h32). None without such a column (or without a copy of the file's
    own columns row for row)."""
    original = ctx.raw.original_frame
    if not ctx.has("predikat_kinerja") or original is None or len(original) != ctx.n:
        return None
    for label in original.columns:
        if " ".join(re.sub(r"[^A-Z]+", " ", str(label).upper()).split()) not in _APPRAISAL_YEAR_HEADERS:
            continue
        cells = original[label].astype("string").str.strip().str.extract(r"^((?:19|20)\d\d)(?:\.0)?$")[0]
        if cells.notna().sum() * 2 > len(cells):  # (mostly years: not a "PERIODE" of words)
            return cells.astype(object).where(cells.notna(), None).to_numpy(dtype=object)
    return None


def _acting_rows(ctx: RosterContext, rows: np.ndarray) -> np.ndarray:
    """Per row (looked at only at ``rows``), whether its post is held acting: "Plt. …", "Pelaksana Harian …", or Plt
    in a STATUS JABATAN column."""
    texts = _acting_jabatan(ctx)
    out = np.zeros(len(texts), dtype=bool)
    out[rows] = [jab.held_acting(t) or _additional_task(t) for t in texts[rows].tolist()]
    return out


def _entry_keys(ctx: RosterContext, name: str, rows: np.ndarray) -> np.ndarray:
    """Per row (filled at ``rows``), what a history entry's ``name`` is: the TMT or golongan as read (its text where
    none was read), a post or unit by its normalised name. One entry written twice in two spellings is no history:
    a roster pasted twice, the copy's posts in capitals, its TMT as 2010-03-01 and its golongan as IIIa, was called a
    history export (hostile5, h31); nor its education level as "SLTA" and "SMA", "S-1" and "Sarjana (S1)": the level
    as read is compared (review8, h32). Each distinct post or unit is normalised once."""
    texts = ctx.texts(name)
    keys = np.empty(len(texts), dtype=object)
    if name in ("tmt_jabatan", "golongan", "pendidikan"):
        read = ctx.out[name][rows]
        keys[rows] = np.where(pd.isna(read), texts[rows], read)
        return keys
    norm = {"jabatan": jab.normalize_position_name, "unit_kerja": jab.normalize_unit_name}.get(name, _plain_key)
    codes, distinct = pd.factorize(texts[rows])  # (a blank cell: code -1, the None at the end)
    keys[rows] = np.array([*(norm(str(v)) for v in distinct.tolist()), None], dtype=object)[codes]
    return keys


def _plain_key(text: str) -> str:
    """An education or appraisal entry as compared: letters and digits only, case-folded ("S-1" is "S1")."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def rule_damaged_twins(ctx: RosterContext) -> Iterator[Finding]:
    """A row whose NIP Excel damaged ("1.98505E+17", "198505092011121000") still holds its seat, unless the same
    person is on a valid row too: the NIP's surviving digits begin that row's NIP, and the two rows give one name,
    one birth date and one post (domain.md §1.5 asks for digits, name and birth date; the post keeps a six-digit
    mantissa from merging two people born in one month). Counted twice, the person hid a real vacancy (plan oracle
    3, h26). Valid rows are looked up by (birth date, post) once: no pair is compared twice."""
    parsed: nipmod.NipColumn = ctx.out["_nip"]
    damaged = [i for i in ctx.seat_kept if not parsed.valid[i]]
    if not damaged or not ctx.has("tanggal_lahir"):
        return
    cells = ctx.column("nip").cells()
    prefixes = {i: p for i in damaged if (p := nipmod.surviving_digits(cells[i])) is not None}
    if not prefixes:
        return
    names = ctx.column("nama").cells()

    def key(k: int) -> tuple[object, ...] | None:
        day = _birth_day(ctx, k)
        return (
            None if day is None else (day, *_post_of(ctx, k, ("jabatan", "unit_kerja")), tuple(_person_words(names[k])))
        )

    wanted = {k: kk for k in prefixes if (kk := key(k)) is not None}
    if not wanted:
        return
    days = {kk[0] for kk in wanted.values()}
    by_key: dict[tuple[object, ...], list[int]] = {}
    read = _date_orders(ctx).reader("tanggal_lahir")
    born, codes = ctx.column("tanggal_lahir").per_value(lambda v: read(v).value in days)
    near = parsed.valid & (born.astype(bool)[codes] | pd.Series(parsed.tanggal_lahir).isin(days).to_numpy())
    # (a twin out of service or no ASN is still the person: their damaged row held a seat for a Meninggal twin once
    # this rule ran after rule_kedudukan; hostile17, h35)
    out_of_scope = _out_of_scope(ctx)
    for k in np.flatnonzero(near).tolist():  # the valid rows born on a damaged row's day: few, not every row
        if k in ctx.reasons and k not in ctx.seat_kept and not out_of_scope[k]:
            continue  # a row left out and holding nothing (a duplicate) holds no seat for its twin either
        kk = key(k)
        if kk is not None:
            by_key.setdefault(kk, []).append(k)
    for i, kk in wanted.items():
        twin = next((k for k in by_key.get(kk, []) if str(parsed.nip[k]).startswith(prefixes[i])), None)
        if twin is None or not kk[-1]:
            continue
        ctx.seat_kept.pop(i, None)  # the person's seat is counted once, on the valid row
        ctx.exclude(i, f"orang yang sama dengan baris {ctx.rows[twin]} (NIP rusak di baris ini)")
        yield make_finding(
            "nip-ganda", ctx.loc(i, "nip", cells[i]), baris_lain=ctx.rows[twin], alasan=_DAMAGED_TWIN_KEPT
        )


def _out_of_scope(ctx: RosterContext) -> np.ndarray:
    """Per row, whether :func:`rule_kedudukan` or :func:`rule_status` left it out as out of service or no ASN."""
    kedudukan = pd.Series(ctx.out["kedudukan_hukum"], dtype=object)
    inactive = (kedudukan.notna() & ~kedudukan.isin(list(coded_fields.KEDUDUKAN_AKTIF))).to_numpy(dtype=bool)
    return inactive | np.asarray(ctx.out["_non_asn"], dtype=bool)


def _born_as_nip(ctx: RosterContext, i: int, parsed: nipmod.NipColumn) -> bool:
    """Whether row ``i``'s birth date is the one its NIP writes."""
    day = _birth_day(ctx, i)
    return day is not None and day == parsed.tanggal_lahir[i]


def _birth_day(ctx: RosterContext, i: int) -> date | None:
    """Row ``i``'s birth date as read (None without the column or a readable date): the duplicate rules run before
    :func:`rule_dates`, so each reads the cell itself, in the order :func:`_date_orders` settles for the column."""
    if not ctx.has("tanggal_lahir"):
        return None
    return _date_orders(ctx).reader("tanggal_lahir")(ctx.column("tanggal_lahir").cells()[i]).value


def _post_of(ctx: RosterContext, i: int, fields: tuple[str, ...]) -> tuple[str, ...]:
    """Row ``i``'s post as the duplicate rules compare it: each of ``fields`` case-folded, spaces collapsed."""
    return tuple(" ".join(str(ctx.column(f).cells()[i] or "").casefold().split()) if ctx.has(f) else "" for f in fields)


def _digits_apart(a: date, b: date) -> list[int]:
    """The positions (0–7 of YYYYMMDD) where two dates' digits differ."""
    da, db = a.strftime("%Y%m%d"), b.strftime("%Y%m%d")
    return [k for k in range(8) if da[k] != db[k]]


def _typed_twice(ctx: RosterContext, i: int, other: int, parsed: nipmod.NipColumn) -> bool:
    """Whether two rows of one name and NIP but two birth dates are one person typed twice: both in the same post
    and unit, one of the dates the NIP's own and the other two digits off at most (09-05 beside 10-05: two holders
    hid a real vacancy; plan oracle 3). Two dates years apart stay two people."""
    day_i, day_o = _birth_day(ctx, i), _birth_day(ctx, other)
    if day_i is None or day_o is None:
        return False
    diff = _digits_apart(day_i, day_o)
    parts = {0 if k < 4 else 1 if k < 6 else 2 for k in diff}  # year, month, day: a typo lies in one of them
    # (1985-05-09 beside 1995-05-19 is two people; fifth review, h26.) A year is never mistyped here: a year one digit
    # off or with two neighbours swapped (1985/1958) is _other_birth's typo and never reaches this test, its only
    # caller's; any other year is another person's (1985 beside 1976; review6, h27)
    if len(diff) > 2 or len(parts) > 1 or parts == {0}:
        return False
    fields = ("jabatan", "unit_kerja", "kode_jabatan")

    same_post = _post_of(ctx, i, fields) == _post_of(ctx, other, fields)
    return same_post and (_born_as_nip(ctx, i, parsed) or _born_as_nip(ctx, other, parsed))


def _other_birth(ctx: RosterContext, i: int, other: int) -> bool:
    """Whether two rows under one NIP give two different birth dates (two "Siti Aminah" are two people); a date
    that is the other but for one digit, two neighbouring digits swapped, or day and month swapped is one person
    typed twice (counted twice in bezetting, a real vacancy hidden; third review, h26). A swap is checked both ways,
    so the answer never depends on which row comes first (1985 beside 1978 is no swap; review8, h28)."""
    a, b = _birth_day(ctx, i), _birth_day(ctx, other)
    if a is None or b is None or a == b:
        return False
    if (a.year, a.month, a.day) == (b.year, b.day, b.month):
        return False
    diff = _digits_apart(a, b)
    da, db = a.strftime("%Y%m%d"), b.strftime("%Y%m%d")
    swap = len(diff) == 2 and diff[1] == diff[0] + 1 and da[diff[0]] == db[diff[1]] and da[diff[1]] == db[diff[0]]
    typo = len(diff) == 1 or swap
    return not typo


def _person_words(name: object) -> list[str]:
    """A name's words without its titles, accents, apostrophes or case ("Dr. Ṣuarta, S.Kom" → ["suarta"]; "Ma'ruf"
    → ["maruf"])."""
    import unicodedata

    text = bare_name(_text(name) or "")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z ]+", " ", re.sub(r"['`\u2019]", "", text.casefold())).split()


def _other_person(a: object, b: object) -> bool:
    """Whether two rows under one NIP name two people: both names written, and neither name's words all found in the
    other's (an initial stands for a word it starts: "M. Yusuf" is "Muhammad Yusuf"; a degree written without its
    dot or comma, "Budi Santoso SE", is one word more). The same person written twice is one holder (review, h26)."""
    wa, wb = _person_words(a), _person_words(b)
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)

    def found(word: str) -> bool:
        return any(
            w == word or (len(word) == 1 and w.startswith(word)) or (len(w) == 1 and word.startswith(w)) for w in long_
        )

    return not all(found(w) for w in short)


def _parse_cells(column: _Column, parse: Callable[[Any], Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(``parse`` of each distinct value, where it failed on a non-blank value, code per row)."""
    parsed, codes = column.per_value(parse)
    firsts = column.firsts()
    unknown = np.fromiter((p is None and not _is_blank(v) for p, v in zip(parsed.tolist(), firsts, strict=True)), bool)
    return parsed, unknown, codes


def rule_golongan(ctx: RosterContext) -> Iterator[Finding]:
    """Golongan/ruang (PNS) or PPPK golongan; an unknown value is reported, not fatal; a roster without the column is
    named once (``kolom-golongan-tidak-ada``: no golongan requirement or JF range can be checked; review12 #3, h29)."""
    if ctx.n and not ctx.has("golongan"):
        where = Location(file=ctx.raw.source.path, sheet=ctx.raw.source.sheet)
        yield make_finding("kolom-golongan-tidak-ada", where, jumlah=format_number(ctx.n, 0))
    column = ctx.column("golongan")
    parsed, unknown, codes = _parse_cells(column, gol.parse_golongan)
    # a dash says "no golongan" (a non-ASN row, a PPPK before its golongan was set): not an unknown one
    unknown &= ~np.fromiter((isinstance(v, str) and v.strip() in coded_fields.DASHES for v in column.firsts()), bool)
    values = column.cells()
    # a cell naming two golongan ("III/a (Penata)") is named with both, once per distinct cell (hostile8, h32)
    conflicts = [
        gol.golongan_conflict(v) if u else None for v, u in zip(column.firsts(), unknown.tolist(), strict=True)
    ]
    for i in np.flatnonzero(unknown[codes]).tolist():
        conflict = conflicts[codes[i]]
        if conflict is None:
            yield make_finding("golongan-tidak-dikenal", ctx.loc(i, "golongan", values[i]))
        else:
            loc = ctx.loc(i, "golongan", values[i])
            yield make_finding("golongan-bertentangan", loc, golongan=conflict[0], kata=conflict[1])
    kode = np.empty(len(parsed), dtype=object)
    kode[:] = [g.kode if g else None for g in parsed.tolist()]
    rank = np.array([float(g.rank) if g else np.nan for g in parsed.tolist()], dtype=float)
    kode, rank = kode[codes], rank[codes]
    bare = np.zeros(len(kode), dtype=bool)
    yield from _golongan_against_nip(ctx, parsed, codes, (kode, rank, bare), values)
    ctx.out["golongan"], ctx.out["golongan_rank"], ctx.out[GOLONGAN_BARE] = kode, rank, bare


def _golongan_against_nip(
    ctx: RosterContext,
    parsed: np.ndarray,
    codes: np.ndarray,
    per_row: tuple[np.ndarray, np.ndarray, np.ndarray],
    values: list[Any],
) -> Iterator[Finding]:
    """A golongan that the kind of NIP contradicts: "III" on a PNS number is golongan III without ruang (kept as
    "III", ranked as III/a, the lowest, flagged and named: the ruang is unknown, review8 h28), not PPPK golongan
    III; a PPPK golongan on a PNS number or a PNS golongan on a PPPK number is named. ``parsed`` holds the distinct
    cells' golongan, ``codes`` each row's; the per-row ``(kode, rank, bare)`` are updated in place."""
    nip: nipmod.NipColumn = ctx.out["_nip"]
    kode, rank, without_ruang = per_row
    has = np.fromiter((g is not None for g in parsed.tolist()), bool, len(parsed))[codes]
    if not has.any():
        return
    is_pppk_gol = np.fromiter((g is not None and g.pppk for g in parsed.tolist()), bool, len(parsed))[codes]
    on_pns = has & nip.valid & ~nip.pppk & is_pppk_gol
    on_pppk = has & nip.valid & nip.pppk & ~is_pppk_gol
    for i in np.flatnonzero(on_pns | on_pppk).tolist():  # in row order
        # a PNS golongan written without its ruang reads as the PPPK golongan of the same numeral ("III" on a PNS)
        numeral = gol.bare_golongan(str(kode[i])) if on_pns[i] else None
        bare = gol.lowest_ruang(numeral) if numeral else None
        if bare is not None:
            yield make_finding("golongan-tanpa-ruang", ctx.loc(i, "golongan", values[i]), kode=bare)
            found = gol.parse_golongan(bare)
            assert found is not None
            kode[i], rank[i], without_ruang[i] = numeral, float(found.rank), True
        else:
            jenis, kind = ("PPPK", "PNS") if on_pns[i] else ("PNS", "PPPK")
            yield make_finding("golongan-beda-jenis-nip", ctx.loc(i, "golongan", values[i]), jenis=jenis, nip=kind)


def _pair_codes(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(code per row of the pair of codes, first row of each pair) for two arrays of non-negative codes."""
    if not len(a):
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    codes, _ = pd.factorize(a.astype(np.int64) * (int(b.max()) + 1) + b)  # numbered in order of first appearance
    return codes, first_rows(codes)


def rule_education(ctx: RosterContext) -> Iterator[Finding]:
    """Education level: explicit level > level written in the major > academic title in the name."""
    pend_col, jur_col = ctx.column("pendidikan"), ctx.column("jurusan")
    level_u, pcodes = pend_col.per_value(pend.parse_level)
    jcodes = jur_col.codes()
    pend_firsts = pend_col.firsts()
    unknown = np.fromiter(
        (lv is None and not _is_blank(v) for lv, v in zip(level_u.tolist(), pend_firsts, strict=True)), bool
    )
    # one-column education, school words: once per distinct (pendidikan, jurusan) pair
    pair, first = _pair_codes(pcodes, jcodes)
    pvals, jvals = pend_col.values, jur_col.values
    n_pairs = len(first)
    levels_u = np.empty(n_pairs, dtype=object)
    programmes_u = np.empty(n_pairs, dtype=object)
    for k, i in enumerate(first.tolist()):
        levels_u[k], programmes_u[k] = pend.roster_education(pvals[i], jvals[i])
    pend_values = pend_col.cells()
    for i in np.flatnonzero(unknown[pcodes]).tolist():
        yield make_finding("pendidikan-tidak-dikenal", ctx.loc(i, "pendidikan", pend_values[i]))
    levels, jurusan = levels_u[pair], programmes_u[pair]
    needs_title = _flags((lv is None or pr is None for lv, pr in zip(levels_u, programmes_u, strict=True)), pair)
    titles: dict[str, Any] = {}
    names = ctx.column("nama").cells()
    for i in np.flatnonzero(needs_title).tolist():
        nama_value = _text(names[i])
        if nama_value:
            evidence = titles.get(nama_value)
            if evidence is None:
                evidence = titles[nama_value] = parse_titles(nama_value)
            levels[i], jurusan[i] = levels[i] or evidence.level, jurusan[i] or evidence.programme_hint
    entry = _flags((_profession_entry(lv, pr) for lv, pr in zip(levels_u, programmes_u, strict=True)), pair)
    _raise_by_profession_title(levels, jurusan, names, np.flatnonzero(entry & ~needs_title))
    _raise_by_specialist_title(levels, jurusan, names)
    ctx.out["pendidikan"], ctx.out["jurusan"] = levels, jurusan
    ctx.out["pendidikan_rank"] = _education_ranks(levels)


#: a profession's title in a name (any case but "Dr", the doctorate): found in one pass over the names joined
_PROFESSION_TITLE = re.compile(
    r"(?<![A-Za-z])(?:Ns|NS|Ners|NERS|Apt|APT|apt|dr|drg|drh|Drg|Drh|DRG|DRH|Bd|BD|Bdn|BDN)(?![A-Za-z])"
)
#: the same titles where a title stands: in front of the name (with a dot or a space after it, other front titles
#: before it) or after the name's comma; the profession each names (parse_titles reads the highest title only: an
#: "M.Kes" after "dr." hid the profession)
_TITLE_IN_FRONT = re.compile(
    r"^\s*(?:(?:Prof|PROF|H|Hj|HJ|Drs|Dra|DRS|DRA|Ir|IR)\.?\s+)*(?P<t>dr|drg|drh|Drg|Drh|DRG|DRH|apt|Apt|APT|Ns|NS|Bd|BD)"
    r"(?:\.\s*|\s+)(?=\S)"
)
_TITLE_BEHIND = re.compile(r",[^,]*?(?<![A-Za-z])(?P<t>Ns|NS|Ners|NERS|Apt|APT|apt|Bdn|BDN|Bd|BD)\.?\s*(?=,|$)")


#: a medical profession's title right after the name's comma, in lower case as gelar reads it there ("Budi, dr.",
#: "Udria, dr.Sp.OT(K)", "X, dr., SpAn-TI"; spell5, h31)
@functools.cache
def _DOCTOR_BEHIND() -> re.Pattern[str]:
    return re.compile(r",\s*(?P<t>dr|drg|drh)(?:\.|\s|,|$)")


#: and right after the degree it crowns with no comma between ("Budi S.Kep Ns", "Siti S.Farm Apt", "Ani S.Tr.Keb Bdn")
@functools.cache
def _TITLE_AFTER_DEGREE() -> re.Pattern[str]:
    return re.compile(
        r"(?<![A-Za-z])S\.\s?(?:Kep|KEP|Farm|FARM|Ked|KED|Keb|KEB|Tr\.\s?Keb|TR\.\s?KEB|Gz|GZ|Si)\.?\s+"
        r"(?P<t>Ns|NS|Ners|NERS|Apt|APT|apt|Bdn|BDN|Bd|BD)\.?\s*(?=,|$)"
    )


_TITLE_PROFESSION = {
    "ns": "NERS", "ners": "NERS", "apt": "APOTEKER", "dr": "DOKTER", "drg": "DOKTER GIGI", "drh": "DOKTER HEWAN",
    "bd": "PROFESI BIDAN", "bdn": "PROFESI BIDAN",
}  # fmt: skip


def name_profession(nama: str) -> str | None:
    """The profession a name's title shows ("Siti, S.Kep., Ns." → NERS; "dr. Budi, M.Kes" → DOKTER), or None."""
    found = (
        _TITLE_IN_FRONT.match(nama)
        or _TITLE_BEHIND.search(nama)
        or _DOCTOR_BEHIND().search(nama)
        or _TITLE_AFTER_DEGREE().search(nama)
    )
    return _TITLE_PROFESSION[found.group("t").casefold()] if found is not None else None


def _profession_entry(level: object, programme: object) -> bool:
    """Whether a roster's (level, programme) may be held by a profession its name's titles show: the profession's own
    degree at D-IV/S-1 (Keperawatan, Farmasi, Kedokteran, Kebidanan, Gizi), or any programme at a higher level (a
    specialist's S-2 "Spesialis Mata" is held by a dokter). Other rows' names are never read for titles."""
    from asn_mutasi.matching.programme import PROFESSION_DEGREE, programme_key

    rank = pend.level_rank(level) if isinstance(level, str) else None
    if rank is None or not isinstance(programme, str) or rank < (pend.level_rank("D-IV") or 7):
        return False
    if level not in pend.PROFESSION_ENTRY:
        return True
    key = programme_key(programme)
    return any(key == base or key.startswith(base + " ") for base in PROFESSION_DEGREE.values())


def _raise_by_profession_title(levels: np.ndarray, jurusan: np.ndarray, names: list[Any], rows: np.ndarray) -> None:
    """:func:`profession_from_title` for ``rows`` (the rows at a level a profession is held at) whose name holds a
    profession's title: found with one regex pass over their names joined, decided once per distinct (level,
    programme, profession)."""
    if not len(rows):
        return
    texts = [v if isinstance(v, str) else "" for v in map(names.__getitem__, rows.tolist())]
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # a name of several lines: one line each
        texts = [t.replace("\n", " ") for t in texts]
        joined = "\n".join(texts)
    starts = np.cumsum([0, *map(len, texts)])[:-1] + np.arange(len(texts))
    found = np.fromiter((m.start() for m in _PROFESSION_TITLE.finditer(joined)), dtype=np.int64)
    if not len(found):
        return
    decided: dict[tuple[Any, Any, str], tuple[Any, Any]] = {}
    for k in np.unique(np.searchsorted(starts, found, side="right") - 1).tolist():
        profession = name_profession(texts[k])
        if profession is None:
            continue
        i = int(rows[k])
        key = (levels[i], jurusan[i], profession)
        if key not in decided:
            decided[key] = profession_from_title(levels[i], jurusan[i], profession)
        levels[i], jurusan[i] = decided[key]


def _raise_by_specialist_title(levels: np.ndarray, jurusan: np.ndarray, names: list[Any]) -> None:
    """:func:`~asn_mutasi.domain.pendidikan.specialist_beside_degree` for the rows whose programme may be the medical
    degree ("KEDOKTERAN", "KEDOKTERAN + DOKTER") and whose name may hold a specialist's title ("dr. X, Sp.PD"): the
    specialty added and the level raised (spell3, h31: the written degree hid the specialist from every SPESIALIS
    post; scoring reads no name beside a written programme)."""
    grouped = distinct_groups(jurusan)
    if grouped is None:
        return
    codes, first, _ = grouped
    medical = np.fromiter(
        (isinstance(jurusan[i], str) and "DOKTER" in jurusan[i].upper() for i in first.tolist()), bool, len(first)
    )
    for i in np.flatnonzero(medical[codes]).tolist():
        nama = names[i]
        if isinstance(nama, str) and "sp" in nama.casefold():
            raised = pend.specialist_beside_degree(levels[i], jurusan[i], nama)
            if raised is not None:
                levels[i], jurusan[i] = raised


def profession_from_title(level: Any, programme: Any, profession: str | None) -> tuple[Any, Any]:
    """(level, programme) of a roster row at a level a profession is held at (D-IV/S-1 or above) whose name shows the
    ``profession`` (:func:`name_profession`: "Ns.", "dr.", "apt."): the profession added to the programme ("S-1
    Keperawatan + NERS", read as the profession holding the degree, as a written "Profesi Ners" is) and an S-1/D-IV
    raised to Profesi; else as they were. The title is given only with the profession: a hospital roster's "S1 Ilmu
    Keperawatan" + "S.Kep. Ns." missed every Profesi Ners post (independent spelling sets h23, h24)."""
    from asn_mutasi.matching.programme import programme_key

    if profession is None or not _profession_entry(level, programme):
        return level, programme
    if profession in programme_key(programme).split(" + "):
        return level, programme
    raised = pend.PROFESI if level in pend.PROFESSION_ENTRY else level  # (a specialist's S-2 stays S-2)
    return raised, f"{programme} + {profession}"


def _education_ranks(levels: np.ndarray) -> np.ndarray:
    """``EDUCATION_RANK`` of each level (NaN for none), looked up once per distinct level."""
    grouped = distinct_groups(levels)
    if grouped is None:
        return np.array([float(EDUCATION_RANK[lv]) if lv in EDUCATION_RANK else np.nan for lv in levels], dtype=float)
    codes, first, _ = grouped
    per = [levels[i] for i in first.tolist()]
    ranks = np.array([float(EDUCATION_RANK[lv]) if lv in EDUCATION_RANK else np.nan for lv in per], dtype=float)
    return ranks[codes] if len(codes) else np.zeros(0, dtype=float)


def _parse_date_column(
    column: _Column,
    field_name: str,
    ctx: RosterContext,
    findings: list[Finding],
    parsed_codes: tuple[np.ndarray, np.ndarray],
    borrowed: _OrderProof | None,
    *,
    future: bool = False,
) -> np.ndarray:
    """Dates per row (object array) of a roster date column, each distinct cell parsed once; findings appended.
    ``future``: a date after today is what the column holds (a TMT pensiun), not a slip to report.

    An ambiguous ``06/10/2021`` is read day-first and named (``tanggal-ambigu``), unless the order is proven: by the
    column itself (``/`` dates that can only be day-first and none that can only be month-first; walk3, h27: 501
    warnings), or, when the column proves nothing, by the file's other date columns (``borrowed``; real5, h31: every
    TMT on the 1st of a month beside a Tanggal Lahir column of 25/12/1975). Its ambiguous cells are then day-first
    without doubt and named once for the column (``tanggal-ambigu-kolom``, ``tanggal-ambigu-berkas``).
    """
    today = ctx.today
    parsed, codes = parsed_codes
    orders = {order for _, order in parsed.tolist()}
    proven = ("hari" in orders and "bulan" not in orders) or borrowed is not None
    noted = _flags(
        (
            bool(r.error)
            or (r.value is not None and ((r.ambiguous and not proven) or (r.value > today and not future)))
            for r, _ in parsed
        ),
        codes,
    )
    raw_values = column.cells()
    later: dict[date, list[int]] = {}  # one finding per distinct future date (rows in order)
    for i in np.flatnonzero(noted).tolist():  # only rows that get a finding
        result, raw_value = parsed[codes[i]][0], raw_values[i]
        if result.error:
            loc = ctx.loc(i, field_name, raw_value)
            findings.append(make_finding("tanggal-tidak-terbaca", loc, alasan=f": {result.error}"))
        elif result.value is not None:
            if result.ambiguous and not proven:
                findings.append(
                    make_finding(
                        "tanggal-ambigu",
                        ctx.loc(i, field_name, raw_value),
                        dibaca=format_date_words(result.value),
                    )
                )
            if result.value > today and not future:
                later.setdefault(result.value, []).append(i)
    findings.extend(_future_dates(later, field_name, ctx, raw_values))
    if proven:
        findings += _proven_day_first(parsed, codes, raw_values, field_name, ctx, borrowed)
    values = np.empty(len(parsed), dtype=object)
    values[:] = [result.value for result, _ in parsed.tolist()]
    return values[codes]


def _future_dates(
    future: dict[date, list[int]], field_name: str, ctx: RosterContext, raw_values: list[Any]
) -> Iterator[Finding]:
    """One ``tanggal-masa-depan`` per distinct date, on its first row, counting the others: the roster ``terapkan``
    wrote gave one warning per mover for the one TMT it wrote (332 for 01-01-2027; walk3 #6, h27)."""
    for at in sorted(future.values(), key=lambda rows: rows[0]):
        rest = [ctx.rows[i] for i in at[1:]]
        more = ""
        if rest:
            shown = ", ".join(str(r) for r in rest[:5]) + (" …" if len(rest) > 5 else "")
            more = f"; tanggal yang sama juga di {len(rest)} baris lain ({shown})"
        if field_name == "tmt_jabatan":
            more += "; wajar untuk TMT mutasi yang sudah diterapkan ('asn-mutasi terapkan --tmt')"
        value = raw_values[at[0]]
        if isinstance(value, date):  # a real date cell as every message writes a date (dd-mm-yyyy)
            value = format_date(value)
        yield make_finding("tanggal-masa-depan", ctx.loc(at[0], field_name, value), lain=more)


def _proven_day_first(
    parsed: np.ndarray,
    codes: np.ndarray,
    raw_values: list[Any],
    field_name: str,
    ctx: RosterContext,
    borrowed: _OrderProof | None,
) -> list[Finding]:
    """One finding for the ambiguous cells of a column whose order is proven day-first (none: nothing), at its first
    such cell, with the first cell that proves the order: ``tanggal-ambigu-kolom`` when the column proves it itself,
    ``tanggal-ambigu-berkas`` (naming the proving column) when another date column of the file does (``borrowed``)."""
    ambiguous = _flags((r.value is not None and r.ambiguous for r, _ in parsed), codes)
    if not ambiguous.any():
        return []
    first = int(np.flatnonzero(ambiguous)[0])
    where = ctx.loc(first, field_name, raw_values[first])
    said: dict[str, Any] = {
        "jumlah": format_number(int(ambiguous.sum())),
        "dibaca": format_date_words(parsed[codes[first]][0].value),
    }
    if borrowed is not None:
        return [
            make_finding(
                "tanggal-ambigu-berkas",
                where,
                kolom_bukti=borrowed.header,
                bukti=borrowed.value,
                baris_bukti=borrowed.row,
                **said,
            )
        ]
    proof = int(np.flatnonzero(_flags((order == "hari" for _, order in parsed), codes))[0])
    shown = ctx.loc(proof, field_name, raw_values[proof])
    return [make_finding("tanggal-ambigu-kolom", where, bukti=shown.value, baris_bukti=shown.row, **said)]


@dataclass(frozen=True)
class _OrderProof:
    """What the ``/`` dates of one date column prove about their order (:func:`tanggal.slash_order`): the orders
    proven ("hari", "bulan"), and the column's first day-first date (its header, Excel row and cell) to name, and how
    many distinct cells prove that order (``cells``: one person listed twice with the same "02/13/1990" is one proof,
    not two; hostile10, h32)."""

    header: str
    orders: frozenset[str]
    row: int | None = None
    value: Any = None
    cells: int = 0


def _month_first_holds(proof: _OrderProof, rest: list[_OrderProof]) -> bool:
    """Whether a column proving month-first alone (``proof``) is read month-first: two distinct cells prove it, or one
    does and no date column of the file (``rest``) holds a cell that is day-first only. One "02/13/1990" beside a
    TMT of "25/01/2015" flipped every ambiguous birth date of a small file; that column is left ambiguous, each such
    cell named (hostile9, h32)."""
    return proof.cells >= 2 or not any("hari" in p.orders for p in rest)


def _order_proof(header: str, orders: np.ndarray, codes: np.ndarray, cells: Any, rows: list[int]) -> _OrderProof:
    """The :class:`_OrderProof` of a column from its order per distinct value (``orders``), code per row and cells (a
    list or an object array)."""
    found = frozenset(o for o in orders.tolist() if o is not None)
    want = "hari" if "hari" in found else "bulan" if found else None  # (a month-first column names its first too)
    if want is None:
        return _OrderProof(header, found)
    proving = _flags((o == want for o in orders.tolist()), codes)
    at = np.flatnonzero(proving)
    first = int(at[0])
    # one row per distinct cell, then one per date: " 02/13/1990 " beside "02/13/1990" is one proof, not two
    _, once = np.unique(codes[at], return_index=True)
    dates = {tanggal.slash_parts(cells[int(i)]) for i in at[once].tolist()}
    return _OrderProof(header, found, rows[first], cells[first], len(dates))


def _cells_proof(header: str, cells: np.ndarray, rows: list[int]) -> _OrderProof:
    """The :class:`_OrderProof` of a column of cells as written (an object array), each distinct cell looked at
    once."""
    codes, uniques = pd.factorize(cells, use_na_sentinel=True)
    orders = np.empty(len(uniques) + 1, dtype=object)  # (the last for the blank cells: code -1)
    orders[:-1] = [tanggal.slash_order(v) for v in uniques.tolist()]
    orders[-1] = None
    return _order_proof(header, orders, np.where(codes < 0, len(uniques), codes), cells, rows)


#: a header naming a date ("TMT CPNS", "TANGGAL SK PNS", "TGL LAHIR", "Tanggal Masuk"): a column whose "/" dates may
#: prove the file's order of day and month
_DATE_HEADER_WORDS = frozenset({"TMT", "TGL", "TANGGAL", "LAHIR", "DATE"})


def _other_date_proofs(raw: RawTable, fields: tuple[str, ...], rows: list[int]) -> list[_OrderProof]:
    """The :class:`_OrderProof` of each date column of the file that is none of its date ``fields`` (TMT CPNS, TMT
    GOLONGAN, TANGGAL SK …: read from the sheet as written), in sheet order; none when the table kept no copy of its
    own columns row for row. Each distinct cell is looked at once. ``rows``: the Excel row of each frame row."""
    original = raw.original_frame
    if original is None or len(original) != len(rows):
        return []
    taken = {
        label
        for f in fields
        if (info := raw.columns.get(f))
        for label in (info.header, f"{info.header} [{info.letter}]")
    }
    out = []
    for label in original.columns:
        words = set(re.sub(r"[^A-Z]+", " ", str(label).upper()).split())
        if label in taken or not words & _DATE_HEADER_WORDS:
            continue
        proof = _cells_proof(str(label), original[label].to_numpy(dtype=object), rows)
        if proof.orders:
            out.append(proof)
    return out


def date_order_proofs(raw: RawTable, fields: tuple[str, ...], rows: list[int]) -> dict[str, tuple[str, _OrderProof]]:
    """What proves the ambiguous ``/`` dates of each date field of ``raw`` day-first, by the roster's rule
    (:func:`rule_dates`): ``("kolom", proof)`` when the column's own dates prove day-first and none month-first,
    ``("berkas", proof)`` when the column proves nothing and the file's other date columns (the other ``fields``
    and the sheet's date-named columns) prove day-first and none month-first; a field nothing proves is left out
    (its ambiguous dates are named one by one). ``rows``: the Excel row of each frame row. A position history's TMT
    dates were read day-first without a word (real8, h31). Month-first likewise: a proof whose ``orders`` are
    ``{"bulan"}`` reads the field month-first (:func:`asn_mutasi.domain.tanggal.parse_month_first`), as
    :func:`rule_dates` reads the roster's (hostile7, h32)."""
    own: dict[str, _OrderProof] = {}
    for name in fields:
        if name not in raw.frame.columns or name not in raw.columns:
            continue
        own[name] = _cells_proof(raw.header(name) or name, raw.frame[name].to_numpy(dtype=object), rows)
    others = _other_date_proofs(raw, fields, rows)
    out: dict[str, tuple[str, _OrderProof]] = {}
    for name, proof in own.items():
        rest = [p for f, p in own.items() if f != name] + others
        if proof.orders:
            # {"hari"}, or {"bulan"} when it holds: read month-first as the roster's rule_dates does
            if proof.orders == {"hari"} or (proof.orders == {"bulan"} and _month_first_holds(proof, rest)):
                out[name] = ("kolom", proof)
            continue
        if (borrowed := _borrowed_order(rest) or _borrowed_order(rest, "bulan")) is not None:
            out[name] = ("berkas", borrowed)
    return out


def _borrowed_order(proofs: list[_OrderProof], order: str = "hari") -> _OrderProof | None:
    """The first column proving ``order`` ("hari": day-first, "bulan": month-first) when the file's date columns prove
    it and not the other; None when they prove nothing, or opposite orders (then each ambiguous date stays named:
    the file cannot tell)."""
    found = frozenset().union(*(p.orders for p in proofs))
    if found != {order}:
        return None
    return next(p for p in proofs if order in p.orders)


#: the roster's date fields: the order of day and month each is read in is settled once for all (:func:`_date_orders`)
_DATE_FIELDS = ("tmt_jabatan", "tanggal_lahir", "tmt_pensiun")


@dataclass(frozen=True)
class _DateOrders:
    """How the roster's date fields are read, settled once (:func:`_date_orders`): ``read`` (a text file's number
    alone is no date), each field's own proof, the proof it borrows from the file's other date columns (day-first),
    and the proof reading it month-first (None: day-first)."""

    read: Callable[[Any], tanggal.ParsedDate]
    own: dict[str, _OrderProof]
    borrowed: dict[str, _OrderProof | None]
    month: dict[str, _OrderProof | None]

    def reader(self, fname: str) -> Callable[[Any], tanggal.ParsedDate]:
        """How a cell of date field ``fname`` is read, in its settled order."""
        if self.month[fname] is None:
            return self.read
        return partial(tanggal.parse_month_first, read=self.read)


def _date_orders(ctx: RosterContext) -> _DateOrders:
    """The order of day and month of each date field (:data:`_DATE_FIELDS`), decided once per roster and shared: the
    duplicate-NIP rules compare birth dates before :func:`rule_dates` runs, and read a month-first file day-first,
    choosing a NIP's owner on wrong dates (hostile9, h32). A column whose ``/`` dates prove nothing of their order
    takes the order the file's other date columns prove (``_borrowed_order``)."""
    settled: _DateOrders | None = ctx.out.get("_date_orders")
    if settled is not None:
        return settled
    own = {}
    for f in _DATE_FIELDS:
        orders, codes = ctx.column(f).per_value(tanggal.slash_order)
        own[f] = _order_proof(ctx.raw.header(f) or f, orders, codes, ctx.column(f).cells(), ctx.rows)
    others = _other_date_proofs(ctx.raw, _DATE_FIELDS, ctx.rows)
    borrowed: dict[str, _OrderProof | None] = {}
    month: dict[str, _OrderProof | None] = {}
    for fname in _DATE_FIELDS:
        rest = [own[g] for g in _DATE_FIELDS if g != fname] + others
        borrowed[fname] = None if own[fname].orders else _borrowed_order(rest)
        month[fname] = own[fname] if own[fname].orders == {"bulan"} and _month_first_holds(own[fname], rest) else None
        if not own[fname].orders and borrowed[fname] is None:
            month[fname] = _borrowed_order(rest, "bulan")
    read = tanggal.parse_written_date if ctx.raw.source.format in tanggal.TEXT_FORMATS else tanggal.parse_date
    ctx.out["_date_orders"] = settled = _DateOrders(read, own, borrowed, month)
    return settled


def _read_with_order(read: Callable[[Any], tanggal.ParsedDate]) -> Callable[[Any], tuple[tanggal.ParsedDate, Any]]:
    """A cell read by ``read``, with what its ``/`` date proves of the order (:func:`tanggal.slash_order`)."""
    return lambda value: (read(value), tanggal.slash_order(value))


def rule_dates(ctx: RosterContext) -> Iterator[Finding]:
    """TMT jabatan and birth date: unreadable, ambiguous and future dates are reported, each column read in the order
    :func:`_date_orders` settles. A number alone in a CSV is no date (:func:`tanggal.parse_written_date`)."""
    orders = _date_orders(ctx)
    findings: list[Finding] = []
    for fname in _DATE_FIELDS:
        parsed = ctx.column(fname).per_value(_read_with_order(orders.reader(fname)))
        month = orders.month[fname]
        if month is not None:  # the whole column month-first, said once; never cell by cell
            findings += _month_first(ctx, fname, month, orders.own[fname] is month, orders.read)
        future = fname == "tmt_pensiun"  # a TMT pensiun lies ahead: not a slip to report
        ctx.out[fname] = _parse_date_column(
            ctx.column(fname), fname, ctx, findings, parsed, orders.borrowed[fname], future=future
        )
    yield from findings


def _month_first(
    ctx: RosterContext, fname: str, proof: _OrderProof, own: bool, read: Callable[[Any], tanggal.ParsedDate]
) -> list[Finding]:
    """``tanggal-bulan-hari`` for a date column read month-first (``proof``: the column proving it, ``own``: this
    one), at its first cell that reads otherwise than day-first, counting those; none when every cell reads alike.
    "12/31/1985" of a US-locale export was read day-first: unreadable, and "04/01/2022" 4 Januari (hostile6, h32).
    ``read``: how the file's cells read otherwise (a CSV's number alone is no date)."""
    column = ctx.column(fname)
    moved, codes = column.per_value(lambda v: tanggal.parse_month_first(v, read).value != read(v).value)
    flags = _flags(moved.tolist(), codes)
    if not flags.any():
        return []
    first = int(np.flatnonzero(flags)[0])
    cells = column.cells()
    where = ctx.loc(first, fname, cells[first])
    dibaca = tanggal.parse_month_first(cells[first], read).value
    kolom = "kolom ini" if own else f"kolom '{proof.header}' di berkas yang sama"
    return [
        make_finding(
            "tanggal-bulan-hari",
            where,
            jumlah=format_number(int(flags.sum())),
            dibaca=format_date_words(dibaca) if dibaca else "-",
            kolom_bukti=kolom,
            bukti=proof.value,
            baris_bukti=proof.row,
        )
    ]


#: a roster's BUP cell, its ends stripped: whole years, perhaps with "tahun"/"th" ("58", 58.0, "60 Tahun"); one
#: "\s*" only (two around optional words split a run of spaces every way: 0.4 s for 12,000; hostile4, h31)
@functools.cache
def _BUP_CELL() -> re.Pattern[str]:
    return re.compile(r"^(\d{2,3})(?:[.,]0+)?\s*(?:tahun|thn|th)?\.?$", re.I)


def _bup_years(value: Any) -> float | None:
    """The years of a roster's BUP cell, NaN for a blank one, None for one that holds no whole number of years."""
    if _is_blank(value):
        return float("nan")
    found = _BUP_CELL().match(str(value).strip())
    return float(found.group(1)) if found else None


def rule_stated_bup(ctx: RosterContext) -> Iterator[Finding]:
    """The roster's own BUP column: whole years, NaN where blank; a cell that is no number of years is reported
    and read as blank (its TMT pensiun is then the tool's, ``domain.jabatan.stated_pension``)."""
    column = ctx.column("bup")
    years_u, codes = column.per_value(_bup_years)
    bad = _flags((y is None for y in years_u.tolist()), codes)
    cells = column.cells()
    for i in np.flatnonzero(bad).tolist():
        yield make_finding("angka-tidak-valid", ctx.loc(i, "bup", cells[i]), severity=Severity.WARNING)
    years = np.asarray([np.nan if y is None else y for y in years_u.tolist()], dtype=float)
    ctx.out["bup"] = years[codes] if len(codes) else np.full(len(ctx.rows), np.nan)


#: the youngest age at which a TMT jabatan is possible (CASN are appointed at 18 at the earliest)
_MIN_AGE_AT_TMT = 17
#: a birth date before this year is no serving ASN's (an Excel zero date, 1900, typed for the real one)
_EARLIEST_BIRTH_YEAR = 1940


def _date_numbers(dates: np.ndarray) -> np.ndarray:
    """yyyymmdd of each date of an object array without None, computed once per distinct date."""
    codes, uniques = pd.factorize(dates)
    per = np.fromiter((d.year * 10000 + d.month * 100 + d.day for d in uniques.tolist()), np.int64, len(uniques))
    return per[codes]


def _implausible_birth(dates: np.ndarray, today: date) -> np.ndarray:
    """Per date (an object array without None): no serving ASN's birth date (before 1940, or under 17 today)."""
    born = _date_numbers(dates)
    minor = (today.year - _MIN_AGE_AT_TMT) * 10000 + today.month * 100 + today.day
    return np.asarray((born < _EARLIEST_BIRTH_YEAR * 10000) | (born > minor), dtype=bool)


def rule_dates_plausible(ctx: RosterContext) -> Iterator[Finding]:
    """Dates that can be read but cannot be true: a TMT jabatan before the person turned 17 (1950 typed for 2015,
    Excel's 1900 date), a birth year before 1940, a person under 17 today. The analyst is told; the dates stay as
    read, except a birth date the NIP's own (plausible) date replaces (:func:`rule_sex_and_nip`'s ``_lahir_dari_nip``:
    a typed 2023 made a pelaksana born 1967 retire in 2081, peers2 h27)."""
    tmt, lahir = ctx.out["tmt_jabatan"], ctx.out["tanggal_lahir"]
    has_birth = ~_none(lahir)
    if not has_birth.any():
        return
    at = np.flatnonzero(has_birth)
    old = np.zeros(len(tmt), dtype=bool)
    old[at[_implausible_birth(lahir[at], ctx.today)]] = True
    written = lahir.copy()
    from_nip: np.ndarray = ctx.out.get("_lahir_dari_nip", np.zeros(len(tmt), dtype=bool))
    lahir[from_nip] = ctx.out["_nip"].tanggal_lahir[from_nip]
    born = _date_numbers(lahir[at])
    young = np.zeros(len(tmt), dtype=bool)
    both = at[~_none(tmt[at])]
    if len(both):
        started = _date_numbers(tmt[both])
        born_all = np.zeros(len(tmt), dtype=np.int64)
        born_all[at] = born
        young[both[started < born_all[both] + _MIN_AGE_AT_TMT * 10000]] = True
    tmt_cells, lahir_cells = ctx.column("tmt_jabatan").cells(), ctx.column("tanggal_lahir").cells()
    for i in np.flatnonzero(old | young).tolist():
        if old[i]:
            year = written[i].year
            why = (
                f"tahun lahir sebelum {_EARLIEST_BIRTH_YEAR}"
                if year < _EARLIEST_BIRTH_YEAR
                else "usia di bawah 17 tahun"
            )
            if from_nip[i]:
                why += f"; yang dipakai tanggal lahir di NIP ({format_date(lahir[i])})"
            yield make_finding("tanggal-tidak-wajar", ctx.loc(i, "tanggal_lahir", lahir_cells[i]), alasan=why)
        if young[i]:
            why = f"sebelum pegawai berusia {_MIN_AGE_AT_TMT} tahun (lahir {format_date(lahir[i])})"
            yield make_finding("tanggal-tidak-wajar", ctx.loc(i, "tmt_jabatan", tmt_cells[i]), alasan=why)


def rule_sex_and_nip(ctx: RosterContext) -> Iterator[Finding]:
    """Sex and birth date against the NIP; both are recovered from the NIP when the cells are empty."""
    jk_col, lahir_col = ctx.column("jenis_kelamin"), ctx.column("tanggal_lahir")
    jk_u, codes = jk_col.per_value(coded_fields.parse_jenis_kelamin)
    jk_firsts = jk_col.firsts()
    parsed: nipmod.NipColumn = ctx.out["_nip"]
    lahir: np.ndarray = ctx.out["tanggal_lahir"]
    jk = jk_u[codes]
    unknown = _flags((j is None and not _is_blank(v) for j, v in zip(jk_u.tolist(), jk_firsts, strict=True)), codes)
    nip_jk, nip_lahir = parsed.jenis_kelamin, parsed.tanggal_lahir
    valid = parsed.valid
    jk_differs = valid & ~_none(jk) & np.not_equal(jk, nip_jk)
    lahir_differs = valid & ~_none(lahir) & ~_none(nip_lahir) & np.not_equal(lahir, nip_lahir)
    # which of two birth dates BUP and TMT pensiun use: the cell's, unless it cannot be true and the NIP's can
    # (rule_dates_plausible then takes the NIP's)
    from_nip = np.zeros(len(lahir), dtype=bool)
    differ_at = np.flatnonzero(lahir_differs)
    if len(differ_at):
        today = ctx.today
        swap = _implausible_birth(lahir[differ_at], today) & ~_implausible_birth(nip_lahir[differ_at], today)
        from_nip[differ_at[swap]] = True
    ctx.out["_lahir_dari_nip"] = from_nip
    for i in np.flatnonzero(unknown | jk_differs | lahir_differs).tolist():
        if unknown[i]:
            yield make_finding("nilai-tidak-dikenal", ctx.loc(i, "jenis_kelamin", jk_col.cells()[i]))
        if jk_differs[i]:
            loc = ctx.loc(i, "jenis_kelamin", jk_col.cells()[i])
            yield make_finding("nip-jenis-kelamin-beda", loc, jk_nip=nip_jk[i])
        if lahir_differs[i]:
            loc = ctx.loc(i, "tanggal_lahir", lahir_col.cells()[i])
            yield make_finding(
                "nip-tanggal-lahir-beda",
                loc,
                tanggal_lahir=format_date(lahir[i]),  # messages are read by people: dd-mm-yyyy
                tanggal_nip=format_date(nip_lahir[i]),
                dipakai=("tanggal di NIP, karena tanggal di kolom tidak wajar" if from_nip[i] else "tanggal di kolom"),
            )
    # recover from NIP digits 1-8 (domain.md §1.4): a date is always true, so ``or`` fills only None
    fill = valid & _none(lahir)
    lahir[fill] = nip_lahir[fill]
    jk_false = _flags((not j for j in jk_u.tolist()), codes)
    out = jk.copy()
    take = valid & jk_false
    out[take] = nip_jk[take]
    ctx.out["jenis_kelamin"] = out


def rule_kedudukan(ctx: RosterContext) -> Iterator[Finding]:
    """SIASN KEDUDUKAN HUKUM: tugas belajar sets the flag; CLTN, MPP, pemberhentian … take the row out."""
    name = "kedudukan_hukum"
    if not ctx.has("kedudukan_hukum") and ctx.has("status_kepegawaian"):
        name = "status_kepegawaian"  # "status" columns often hold Aktif/CLTN instead of PNS/PPPK
    column = ctx.column(name)
    parsed_u, unknown_u, codes = _parse_cells(column, coded_fields.parse_kedudukan_hukum)
    if not ctx.has("kedudukan_hukum"):
        unknown_u[:] = False
    inactive_u = np.fromiter(
        (k is not None and k not in coded_fields.KEDUDUKAN_AKTIF for k in parsed_u.tolist()), bool, len(parsed_u)
    )
    parsed = parsed_u[codes]
    unknown, inactive = unknown_u[codes], inactive_u[codes]
    values = column.cells()
    look = _look_alike_cells(ctx, name, parsed, unknown)
    yield from look.findings
    for i in np.flatnonzero((unknown & ~look.rows) | inactive).tolist():
        if unknown[i]:
            yield make_finding("nilai-tidak-dikenal", ctx.loc(i, "kedudukan_hukum", values[i]))
        else:  # named by the column it was read from (a STATUS column saying "Pensiun": walkthrough, h26)
            yield make_finding("kedudukan-tidak-aktif", ctx.loc(i, name, values[i]))
            ctx.exclude(i, f"kedudukan hukum '{parsed[i]}' (bukan aktif)")
    ctx.out["kedudukan_hukum"] = parsed


@dataclass(frozen=True)
class _LookAlike:
    """The rows of a coded column whose cell holds letters that only look Latin, and what was said of them."""

    rows: np.ndarray
    findings: list[Finding]


def _look_alike_cells(ctx: RosterContext, name: str, parsed: np.ndarray, unknown: np.ndarray) -> _LookAlike:
    """``nilai-huruf-mirip`` for each cell of coded column ``name`` holding a Cyrillic or Greek letter drawn like a
    Latin one (:func:`coded_fields.look_alike_letters`): what it was read as (``parsed``, per row), or that it is
    unknown even so (``unknown``, per row). A "DITОLAK" with a Cyrillic О was named as if the analyst could see why
    it matched nothing (hostile6, h32)."""
    column = ctx.column(name)
    letters_u, codes = column.per_value(coded_fields.look_alike_letters)
    rows = _flags((bool(x) for x in letters_u.tolist()), codes)
    values = column.cells()
    out = []
    for i in np.flatnonzero(rows).tolist():
        if unknown[i]:
            folded = coded_fields.fold_look_alikes(str(values[i])).strip()
            hasil = f"sesudah huruf itu dibaca sebagai huruf Latin ('{folded}') nilai ini tetap tidak dikenali"
        elif parsed[i] is not None:
            hasil = f"dibaca '{parsed[i]}'"
        else:
            continue
        huruf = ", ".join(letters_u[codes[i]])
        out.append(make_finding("nilai-huruf-mirip", ctx.loc(i, name, values[i]), huruf=huruf, hasil=hasil))
    return _LookAlike(rows, out)


def rule_status(ctx: RosterContext) -> Iterator[Finding]:
    """PNS/CPNS/PPPK: SIASN ``STATUS CPNS PNS`` = C makes a CPNS; a PPPK number makes a PPPK."""
    st_col = ctx.column("status_kepegawaian")
    st_u, unknown_u, st_codes = _parse_cells(st_col, coded_fields.parse_status_kepegawaian)
    unknown_u &= ~np.fromiter((coded_fields.is_bare_asn(v) for v in st_col.firsts()), bool, len(unknown_u))
    cp = ctx.column("status_cpns_pns").map(coded_fields.parse_status_kepegawaian)
    parsed: nipmod.NipColumn = ctx.out["_nip"]
    kedudukan: np.ndarray = ctx.out["kedudukan_hukum"]
    st_values = st_col.cells()
    status = st_u[st_codes]
    unknown = unknown_u[st_codes] & _none(kedudukan)
    look = np.zeros(len(status), dtype=bool)
    if ctx.has("kedudukan_hukum"):  # (else rule_kedudukan read this column and named its look-alike letters)
        said = _look_alike_cells(ctx, "status_kepegawaian", status, unknown)
        look = said.rows
        yield from said.findings
    for i in np.flatnonzero(unknown & ~look).tolist():
        yield make_finding("status-tidak-dikenal", ctx.loc(i, "status_kepegawaian", st_values[i]))
    yield from _status_against_nip(ctx, status, parsed, st_values)
    yield from _kind_note_against(ctx, status, parsed)
    take_cp = np.equal(cp, "CPNS") | (_none(status) & ~_none(cp))
    status[take_cp] = cp[take_cp]
    status[_none(status) & parsed.pppk] = "PPPK"
    non_asn = np.equal(status, coded_fields.NON_ASN)
    for i in np.flatnonzero(non_asn).tolist():
        yield make_finding("bukan-asn", ctx.loc(i, "status_kepegawaian", st_values[i]), kolom="Status")
        ctx.exclude(i, NON_ASN_REASON)
    for name, rows in _non_asn_by_post(ctx, _none(status) & ~parsed.valid):
        cells = ctx.column(name).cells()
        for i in rows.tolist():
            yield make_finding("bukan-asn", ctx.loc(i, name, cells[i]), kolom=_POST_CELL_WORD[name])
            ctx.exclude(i, NON_ASN_REASON)
            non_asn[i] = True
    status[non_asn] = None
    yield from _asn_with_non_asn_post(ctx, status, parsed)
    ctx.out["status_kepegawaian"] = status
    ctx.out["_non_asn"] = non_asn


#: the cells of a row, besides its status, whose wording can place it outside the ASN, and how a finding names them
_POST_CELL_WORD = {"jabatan": "Jabatan", "unit_kerja": "Unit kerja"}


def _non_asn_by_post(ctx: RosterContext, open_rows: np.ndarray) -> Iterator[tuple[str, np.ndarray]]:
    """(field, rows) of the rows among ``open_rows`` (no status read, no valid NIP) whose post or unit cell says they
    are no ASN (:func:`coded_fields.post_says_non_asn`): a Dinas Sosial roster marks its 92 honorary staff only by
    "STAFF NON ASN BIDANG …" under SUB JABATAN, with an empty NIP, and each was a missing-NIP error (nonasn28, h37).
    A row with a valid NIP stays an ASN whatever its post says; each row is named once, by its first such cell."""
    left = open_rows.copy()
    for name in _POST_CELL_WORD:
        if not left.any() or not ctx.has(name):
            continue
        says = left & ctx.column(name).map(coded_fields.post_says_non_asn).astype(bool)
        left &= ~says
        if says.any():
            yield name, np.flatnonzero(says)


def _asn_with_non_asn_post(ctx: RosterContext, status: np.ndarray, parsed: nipmod.NipColumn) -> Iterator[Finding]:
    """``status-beda-jabatan`` for a row whose status (PNS, CPNS, PPPK) or valid NIP says ASN while its post or unit
    says no ASN ("Tenaga Honorer", "THL"): it read as an ordinary post no peta jabatan holds, without a word (real31,
    h38). The status and the NIP are the stronger evidence (a NIP is issued to an ASN only): the row stays an ASN,
    and the contradiction is named so the analyst corrects one of the two cells."""
    known = ~_none(status)
    for name, rows in _non_asn_by_post(ctx, known | parsed.valid):
        cells = ctx.column(name).cells()
        for i in rows.tolist():
            said = f"status kepegawaian {status[i]}" if known[i] else "status kepegawaian kosong"
            bukti = f"{said}, NIP sah" if parsed.valid[i] else said
            yield make_finding(
                "status-beda-jabatan", ctx.loc(i, name, cells[i]), kolom=_POST_CELL_WORD[name], bukti=bukti
            )


def _status_against_nip(
    ctx: RosterContext, status: np.ndarray, parsed: nipmod.NipColumn, values: list[Any]
) -> Iterator[Finding]:
    """A status column saying PNS or CPNS beside a valid NI PPPK: a PNS month mistyped "22" reads as a PPPK code, and
    without a golongan nothing named the conflict (review11 #4, h29). The other way (PPPK beside a PNS-shaped number)
    is left unsaid: a PPPK paruh waktu is listed with other numbers, and the status column keeps the say there."""
    clash = parsed.valid & parsed.pppk & np.isin(status, ["PNS", "CPNS"])
    for i in np.flatnonzero(clash).tolist():
        yield make_finding("status-beda-jenis-nip", ctx.loc(i, "status_kepegawaian", values[i]), status=status[i])


def _kind_note_against(ctx: RosterContext, status: np.ndarray, parsed: nipmod.NipColumn) -> Iterator[Finding]:
    """``nip-keterangan-jenis-beda`` for a valid NIP whose kind note ("…/PPPK", "… (PNS)"; :func:`nipmod.kind_note`)
    contradicts its digits (a PPPK code or a PNS month at 13–14) or the status column: one warning per row naming
    each contradiction; the NIP and the status stay as read (hostile10, h32)."""
    noted = _kind_noted(ctx, parsed)  # (the column is searched once: most rosters write no note, and stop here)
    if not noted.any():
        return
    cells = ctx.column("nip").cells()
    note = np.full(len(noted), None, dtype=object)
    note[noted] = [nipmod.kind_note(cells[i]) for i in np.flatnonzero(noted).tolist()]
    has = noted & ~_none(note)
    if not has.any():
        return
    kind = np.where(parsed.pppk, "PPPK", "PNS")
    column_kind = np.where(np.equal(status, "PPPK"), "PPPK", np.where(np.isin(status, ["PNS", "CPNS"]), "PNS", ""))
    # a PPPK paruh waktu is listed with a PNS-shaped number (see _status_against_nip): no contradiction by the digits
    paruh = np.zeros(len(noted), dtype=bool)
    paruh[has] = ["PARUH" in str(cells[i]).upper() for i in np.flatnonzero(has).tolist()]
    by_digits = has & (note != kind) & ~(paruh & (note == "PPPK"))
    by_column = has & (column_kind != "") & (note != column_kind)
    st_values = ctx.column("status_kepegawaian").cells()
    for i in np.flatnonzero(by_digits | by_column).tolist():
        lawan = []
        if by_digits[i]:
            digits = parsed.nip[i][12:14]
            lawan.append(f"digit 13–14 NIP-nya ('{digits}') menandai {'NI PPPK' if parsed.pppk[i] else 'NIP PNS'}")
        if by_column[i]:
            lawan.append(f"kolom status kepegawaian menulis '{st_values[i]}'")
        jenis = f"'{note[i]}'"
        yield make_finding(
            "nip-keterangan-jenis-beda", ctx.loc(i, "nip", cells[i]), jenis=jenis, lawan=" dan ".join(lawan)
        )


#: the exclusion reason of a row that is no ASN (its other reasons, a missing NIP above all, are dropped)
NON_ASN_REASON = "bukan ASN (honorer/kontrak/PHL): tidak ikut perencanaan mutasi"


def rule_jenis_jabatan(ctx: RosterContext) -> Iterator[Finding]:
    """Jenis jabatan from its column when present, otherwise inferred from the position name."""
    name_col, jenis_col = ctx.column("jabatan"), ctx.column("jenis_jabatan")
    name_groups, jenis_groups = name_col.text_groups(), jenis_col.text_groups()
    names, jenis = name_col.texts(), jenis_col.texts()
    if name_groups is None or jenis_groups is None:
        result = _map_distinct_pairs(
            pd.Series(names, dtype=object), pd.Series(jenis, dtype=object), jab.classify_jenis_jabatan
        )
        ctx.out["jenis_jabatan"] = np.asarray(result, dtype=object)
    else:  # once per distinct pair of cells (cells of one value share one text)
        pair, first = _pair_codes(name_groups, jenis_groups)
        per = np.empty(len(first), dtype=object)
        for k, i in enumerate(first.tolist()):
            per[k] = jab.classify_jenis_jabatan(names[i], jenis[i])
        ctx.out["jenis_jabatan"] = per[pair]
    eselon = ctx.column("eselon").map(jab.jenis_from_eselon) if ctx.has("eselon") else None
    if eselon is not None:
        ctx.out["jenis_jabatan"], ctx.out[ESELON_V_POST] = _with_eselon(ctx.out["jenis_jabatan"], jenis, eselon)
    grouped = None if name_groups is None or jenis_groups is None else (name_groups, jenis_groups)
    for i in _unleveled_struktural(ctx.out["jenis_jabatan"], jenis, names, eselon, grouped):
        yield make_finding(
            "jenis-struktural-tanpa-tingkat", ctx.loc(i, "jabatan", names[i]), jenis=ctx.out["jenis_jabatan"][i]
        )
    if ctx.has("jabatan"):  # a judge is a pejabat negara, no ASN post (groups18, h34)
        for i in np.flatnonzero(ctx.column("jabatan").map(jab.judge_post).astype(bool)).tolist():
            yield make_finding("jabatan-pejabat-negara", ctx.loc(i, "jabatan", names[i]))
        for i in np.flatnonzero(ctx.column("jabatan").map(jab.elected_seat).astype(bool)).tolist():
            yield make_finding("jabatan-kepala-daerah", ctx.loc(i, "jabatan", names[i]))  # (groups21, h35)
            ctx.exclude(i, ELECTED_REASON)


def rule_post_names_nothing(ctx: RosterContext) -> Iterator[Finding]:
    """``jabatan-tidak-spesifik``: the rows whose post cell names only a kind of post ("Fungsional", "Staf", "JFU",
    "Pelaksana": :func:`~asn_mutasi.domain.jabatan.names_no_post`), once for them all with their rows and words.
    They passed the roster check without a word and showed up later only as unlinked (usulan30, h38). A row left
    out already (no ASN, a missing cell) is not named again, nor one whose KODE JABATAN names the post: it links by
    the code ('Pelaksana' beside SETDA-0008 was said to link nowhere, and linked; reviewE, h38)."""
    if not ctx.has("jabatan"):
        return
    said = ctx.column("jabatan").map(jab.names_no_post).astype(bool)
    if ctx.has("kode_jabatan"):
        said &= pd.isna(ctx.texts("kode_jabatan"))
    hit = [i for i in np.flatnonzero(said).tolist() if i not in ctx.reasons]
    if not hit:
        return
    names = ctx.column("jabatan").cells()
    contoh = ", ".join(str(ctx.rows[i]) for i in hit[:5]) + (" …" if len(hit) > 5 else "")
    distinct = list(dict.fromkeys(str(names[i]).strip() for i in hit))
    kata = ", ".join(f"'{w}'" for w in distinct[:4]) + (" …" if len(distinct) > 4 else "")
    loc = ctx.loc(hit[0], "jabatan", names[hit[0]])
    yield make_finding("jabatan-tidak-spesifik", loc, jumlah=format_number(len(hit)), kata=kata, contoh=contoh)


def rule_jenjang_outside_ladder(ctx: RosterContext) -> Iterator[FindingRun]:
    """``jenjang-jf-tidak-ada``: a post read Fungsional whose name writes a jenjang its JF does not have by the
    catalogue (:func:`~asn_mutasi.domain.jabatan.jenjang_outside_ladder`: "Bidan Ahli Utama"), one warning per row
    as a :class:`~asn_mutasi.findings.FindingRun`; the post is read as written (groups29, h38)."""
    if not ctx.has("jabatan"):
        return
    outside = ctx.column("jabatan").map(_outside_ladder)
    fungsional = np.asarray(ctx.out["jenis_jabatan"], dtype=object) == "Fungsional"
    at = np.flatnonzero(fungsional & ~_none(outside))
    names = ctx.column("jabatan").cells()

    def make(k: int) -> Finding:
        i = int(at[k])
        return _outside_ladder_finding(ctx.loc(i, "jabatan", names[i]), names[i], outside[i])

    if len(at):
        yield FindingRun("jenjang-jf-tidak-ada", np.asarray(ctx.rows, dtype=np.int64)[at], make)


def _outside_ladder(name: Any) -> tuple[str, str] | None:
    return jab.jenjang_outside_ladder(name) if isinstance(name, str) else None


def _outside_ladder_finding(loc: Location, name: Any, outside: tuple[str, str]) -> Finding:
    """The ``jenjang-jf-tidak-ada`` warning of a post ``name`` whose jenjang is outside its JF's ladder."""
    from asn_mutasi.domain.rumpun import jf_title  # (as classify_position is read here: rumpun loads the catalogue)

    jenjang = str(jab.jenjang_fungsional(name)).title()
    jf, tangga = outside
    return make_finding("jenjang-jf-tidak-ada", loc, jenjang=jenjang, jf=jf_title(jf), tangga=tangga)


def rule_golongan_jenjang(ctx: RosterContext) -> Iterator[Finding | FindingRun]:
    """A JF holder's golongan that the jenjang cannot have (:data:`~asn_mutasi.domain.jenis.HELD_GOLONGAN`): the jenjang
    a golongan cell writes after its numeral ("IX - Ahli Utama", read past as golongan IX), else the one of a post
    read Fungsional. A warning naming row and column; the golongan is kept (groups12, h33). The warnings go as one
    :class:`~asn_mutasi.findings.FindingRun`: only those the cap keeps are made (speed13, h34)."""
    rank = np.asarray(ctx.out["golongan_rank"], dtype=float)
    if not ctx.n or np.isnan(rank).all():
        return
    noted = ctx.column("golongan").map(gol.noted_jenjang)
    names = ctx.column("jabatan").map(jab.jenjang_fungsional) if ctx.has("jabatan") else np.full(ctx.n, None)
    fungsional = np.asarray(ctx.out["jenis_jabatan"], dtype=object) == "Fungsional"
    named = np.where(fungsional, np.asarray(names, dtype=object), np.full(ctx.n, None, dtype=object))
    jenjang = np.where(pd.isna(noted), named, noted)
    bare = np.asarray(ctx.out[GOLONGAN_BARE], dtype=bool)
    top = np.select([rank >= 13, rank >= 9, rank >= 5], [17.0, 12.0, 8.0], 4.0)  # a numeral without ruang: any ruang
    outside = jenis_mod.golongan_outside_jenjang(rank, np.where(bare, top, rank), jenjang)
    kode, values, jabatan = ctx.out["golongan"], ctx.column("golongan").cells(), ctx.texts("jabatan")
    at = np.flatnonzero(outside)

    def make(k: int) -> Finding:
        i = int(at[k])
        pppk = not bare[i] and "/" not in str(kode[i])
        batas = jenis_mod.held_golongan_bound(jenjang[i], int(rank[i]), pppk)
        title = str(jenjang[i]).title()
        sumber = f"JF {title} yang ditulis di sel golongan" if noted[i] else f"jabatan '{jabatan[i]}' (JF {title})"
        return make_finding("golongan-jenjang-mustahil", ctx.loc(i, "golongan", values[i]), sumber=sumber, batas=batas)

    if len(at):
        yield FindingRun("golongan-jenjang-mustahil", np.asarray(ctx.rows, dtype=np.int64)[at], make)


def _unleveled_struktural(
    jenis: Any, jenis_text: Any, names: Any, eselon: Any = None, grouped: tuple[np.ndarray, np.ndarray] | None = None
) -> list[int]:
    """Rows whose jenis column says managerial ("Struktural"), or whose name is an office's head of no level its
    name tells (a bare "Kepala", "Kepala BPS Kabupaten": :func:`~asn_mutasi.domain.jabatan.office_head_without_level`;
    real11 #3, h29), while the post is read non-managerial: its name gave no level ("Kepala Satuan" read Pelaksana,
    with BUP 58 for 60, and no word said so; peers4, h29). A row whose ESELON cell gives its jenis (``eselon``, per
    row: an eselon V post is Pelaksana by UU 5/2014 Pasal 131) has its level told. ``grouped``: the roster's codes of
    the names and of the jenis texts (:meth:`_Column.text_groups`), so the texts are not grouped a second time."""
    from asn_mutasi.domain.jenis import MANAJERIAL

    if grouped is None:
        says = np.asarray(map_distinct(pd.Series(jenis_text, dtype=object), jab.says_managerial), dtype=bool)
        says |= np.asarray(map_distinct(pd.Series(names, dtype=object), _office_head), dtype=bool)
    else:
        says = _by_text_code(jenis_text, grouped[1], jab.says_managerial)
        says |= _by_text_code(names, grouped[0], _office_head)
    if eselon is not None:
        says &= pd.isna(pd.Series(np.asarray(eselon, dtype=object))).to_numpy()
    if not says.any():
        return []
    managerial = pd.Series(np.asarray(jenis, dtype=object)).isin(MANAJERIAL).to_numpy()
    return np.flatnonzero(says & ~managerial).tolist()


def _by_text_code(texts: np.ndarray, codes: np.ndarray, func: Callable[[Any], bool]) -> np.ndarray:
    """``func`` of each row's text as a boolean per row, called once per code (rows of one code share one text; the
    codes numbered in order of first appearance, as :meth:`_Column.text_groups` gives them)."""
    return _flags(map(func, texts[first_rows(codes)].tolist()), codes)


def _office_head(name: object) -> bool:
    return isinstance(name, str) and jab.office_head_without_level(name)


def _position_jenis(
    src: pd.DataFrame,
    post: tuple[list[Any], list[float | None]],
    where: tuple[list[int], _Ctx],
    findings: list[Finding],
) -> tuple[list[Any], np.ndarray]:
    """Each post's jenis from its name and jenis column, told by its kelas where only a head's name gave the level
    (:func:`_jenis_by_kelas`), overruled by an ESELON column where one is given, and which posts that column places at
    eselon V (none without one); a post the jenis column calls Struktural whose level is still unknown is named
    (:func:`_unleveled_struktural`)."""
    names, kelas = post
    jenis_raw = _texts(_column(src, "jenis_jabatan"))
    jenis = _map_distinct_pairs(
        pd.Series(names, dtype=object), pd.Series(jenis_raw, dtype=object), jab.classify_jenis_jabatan
    )
    jenis = _jenis_by_kelas(jenis, (names, kelas, jenis_raw), where, findings)
    eselon = (
        np.array(map_distinct(src["eselon"], jab.jenis_from_eselon), dtype=object) if "eselon" in src.columns else None
    )
    eselon_v = np.zeros(len(jenis), dtype=bool)
    if eselon is not None:
        given, eselon_v = _with_eselon(np.asarray(jenis, dtype=object), np.asarray(jenis_raw, dtype=object), eselon)
        jenis = list(given)
    rows, ctx = where
    for i in _unleveled_struktural(jenis, jenis_raw, names, eselon):
        loc = ctx.loc(rows[i], "nama_jabatan", names[i])
        findings.append(make_finding("jenis-struktural-tanpa-tingkat", loc, jenis=jenis[i]))
    outside = map_distinct(pd.Series(names, dtype=object), _outside_ladder)
    fungsional = np.asarray(jenis, dtype=object) == "Fungsional"
    for i in np.flatnonzero(pd.Series(outside, dtype=object).notna().to_numpy() & fungsional).tolist():
        loc = ctx.loc(rows[i], "nama_jabatan", names[i])
        findings.append(_outside_ladder_finding(loc, names[i], outside[i]))  # type: ignore[arg-type]
    return jenis, eselon_v


def _jenis_by_kelas(
    jenis: list[Any],
    post: tuple[list[Any], list[float | None], list[Any]],
    where: tuple[list[int], _Ctx],
    findings: list[Finding],
) -> list[Any]:
    """``jenis`` with the level of a head whose name cannot tell it read from its kelas jabatan
    (:func:`~asn_mutasi.domain.jabatan.jenis_by_kelas`) where no jenis cell states a level ("Struktural" states
    none); ``jenis-dari-kelas`` for each post so read. A balai's "Kepala Balai" at kelas 14 read Pengawas (real18,
    h33)."""
    names, kelas, jenis_raw = post
    rows, ctx = where
    out = list(jenis)
    for i in [i for i, k in enumerate(kelas) if k is not None and k == k and jenis[i] in jab.KELAS_LEVEL_NAMES]:
        if jab.classify_jenis_jabatan(None, jenis_raw[i]) is not None:
            continue
        out[i] = jab.jenis_by_kelas(names[i], jenis[i], kelas[i])
        if out[i] != jenis[i]:
            loc = ctx.loc(rows[i], "kelas_jabatan", f"{kelas[i]:g}")
            findings.append(make_finding("jenis-dari-kelas", loc, nama_jabatan=names[i], jenis=out[i], semula=jenis[i]))
    return out


def _with_eselon(jenis: np.ndarray, jenis_text: np.ndarray, eselon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``jenis`` where an ESELON column gives one overruled by it (:func:`~asn_mutasi.domain.jabatan.jenis_with_eselon`:
    a Direktur RSUD at eselon II.b is JPT Pratama, whatever the name reads as), and per row whether it is a structural
    eselon V post (:func:`~asn_mutasi.domain.jabatan.eselon_v_post`); only rows with an eselon are looked at."""
    out = np.asarray(jenis, dtype=object).copy()
    eselon_v = np.zeros(len(out), dtype=bool)
    for i in np.flatnonzero(~_none(eselon)).tolist():
        out[i] = jab.jenis_with_eselon(out[i], jenis_text[i], eselon[i])
        eselon_v[i] = jab.eselon_v_post(jenis_text[i], eselon[i])
    return out, eselon_v


def rule_flags(ctx: RosterContext) -> Iterator[Finding]:
    """Performance rating, disciplinary sanction and study leave; KEDUDUKAN tugas belajar sets study leave."""
    column = ctx.column("predikat_kinerja")
    pred_u, unknown_u, codes = _parse_cells(column, coded_fields.parse_predikat)
    values = column.cells()
    for i in np.flatnonzero(unknown_u[codes]).tolist():
        yield make_finding("nilai-tidak-dikenal", ctx.loc(i, "predikat_kinerja", values[i]))
    ctx.out["predikat_kinerja"] = pred_u[codes]
    hd_u, hd_codes = ctx.column("hukuman_disiplin").per_value(coded_fields.parse_flag)
    hukdis = _flags((bool(v) for v in hd_u.tolist()), hd_codes)
    ctx.out["hukuman_disiplin"] = hukdis | np.isin(ctx.out["kedudukan_hukum"], list(coded_fields.KEDUDUKAN_HUKDIS))
    tb_u, tb_codes = ctx.column("tugas_belajar").per_value(coded_fields.parse_flag)
    tubel = _flags((bool(v) for v in tb_u.tolist()), tb_codes)
    ctx.out["tugas_belajar"] = tubel | np.equal(ctx.out["kedudukan_hukum"], "Tugas Belajar")


def rule_instansi(ctx: RosterContext) -> Iterator[Finding]:
    """Several agencies in one file: units keep their agency; an ``instansi`` filter leaves the others out."""
    instansi, units = ctx.texts("instansi").tolist(), ctx.texts("unit_kerja").tolist()
    opd = ctx.texts("perangkat_daerah").tolist() if ctx.has("perangkat_daerah") else None
    yield from _instansi_rule(instansi, units, ctx.out, ctx.instansi, ctx, "unit_kerja", opd)
    left_out = sorted(ctx.out.get(OTHER_AGENCY_ROWS, ()))
    if left_out and ctx.instansi:
        ctx.out[TOLD_OTHER_AGENCY] = _told_apart(instansi, left_out, ctx.instansi)


#: rows whose INSTANSI cell names another agency, neither blank nor a misspelling of the one asked for
#: (:func:`_told_apart`): out of the analyst's scope, their data faults counted in one line (:func:`_scope_other_agency`)
TOLD_OTHER_AGENCY = "_told_other_agency"


#: the words naming an agency's kind of government that its name may open with, by the kind they name ("Kab. Sukamaju",
#: "Kabupaten Sukamaju", "Pemkab Sukamaju" are one agency as far as a typo is concerned; "Kota Malang" and "Kabupaten
#: Malang" are two)
_AGENCY_KINDS = {
    "kabupaten": "kabupaten",
    "kab": "kabupaten",
    "pemkab": "kabupaten",
    "kota": "kota",
    "pemkot": "kota",
} | {
    "provinsi": "provinsi",
    "prov": "provinsi",
    "pemprov": "provinsi",
}
#: the words an agency's name may open with that name no kind ("Pemerintah Daerah Kabupaten Sukamaju")
_AGENCY_OPENERS = frozenset({"pemerintah", "pemda"})


def _agency_key(text: str | None) -> tuple[str, str]:
    """An INSTANSI cell as ``--instansi`` compares it (stripped, casefolded): the kind of government its opening words
    name ("kabupaten", "kota", "provinsi"; "" none) and its name without them ("Pemerintah Daerah" left out too)."""
    words, kind, opened = (text or "").replace(".", " ").casefold().split(), "", False
    while words and (words[0] in _AGENCY_KINDS or words[0] in _AGENCY_OPENERS or (opened and words[0] == "daerah")):
        kind = _AGENCY_KINDS.get(words[0], kind)
        opened = words[0] in _AGENCY_OPENERS
        words = words[1:]
    return kind, " ".join(words)


def _told_apart(instansi: list[str | None], rows: list[int], wanted: str) -> np.ndarray:
    """Of the rows ``--instansi`` leaves out, those whose INSTANSI names another agency for certain: not blank, and
    another kind of government where both name one ("Kota Malang" and "Kabupaten Malang", "Kota Jambi" and "Provinsi
    Jambi" are two agencies; they were one name and kept the other's faults, units27, h37), or its name
    (:func:`_agency_key`) more than one edit from ``wanted``'s ("Sukamju" is a typo of "Sukamaju"; "Batang" and
    "Badung" are two agencies), any edit for a name under five letters. A row that cannot be told apart keeps its
    data faults (hostile20, h35)."""
    from rapidfuzz.distance import OSA

    kind, key = _agency_key(wanted)
    budget = 1 if len(key) >= 5 else 0

    def other(cell: str | None) -> bool:
        their_kind, text = _agency_key(cell)
        if not text:
            return False
        return bool(kind and their_kind and kind != their_kind) or OSA.distance(text, key, score_cutoff=budget) > budget

    cells = pd.Series(instansi, dtype=object).iloc[rows]
    verdict = {v: other(v) for v in cells.drop_duplicates().tolist()}
    return np.asarray(rows, dtype=np.int64)[cells.map(verdict).to_numpy(dtype=bool)]


ROSTER_RULES: tuple[RosterRule, ...] = (
    rule_required_cells,
    rule_nip,
    rule_golongan,
    rule_education,
    rule_dates,
    rule_history_layout,  # (after the golongan and dates are read: it compares them as read)
    rule_sex_and_nip,
    rule_dates_plausible,  # (after the birth date is recovered from the NIP)
    rule_stated_bup,
    rule_kedudukan,
    rule_status,
    rule_jenis_jabatan,
    rule_post_names_nothing,  # (after the rules that leave rows out: a non-ASN row is not named again)
    rule_jenjang_outside_ladder,  # (after the jenis jabatan is read)
    rule_golongan_jenjang,  # (after the golongan and the jenis jabatan are read)
    rule_flags,
    rule_instansi,
    # (after every rule that leaves rows out: the row kept of a repeated NIP is one that is read, if any is; the
    # kept row left out by a later kedudukan, status or instansi rule named a row not read at all; hostile17, h35)
    rule_nip_duplicates,
    rule_damaged_twins,
)


def _instansi_rule(
    instansi: list[str | None],
    units: list[str | None],
    out: dict[str, Any],
    wanted: str | None,
    ctx: RosterContext | PositionContextLike,
    unit_field: str,
    opd: list[str | None] | None = None,
) -> Iterator[Finding]:
    """``instansi``, ``units`` and ``opd``: the :func:`_texts` of the agency, unit and OPD columns (``opd`` None: no
    OPD column). Sets ``out[unit_field]`` to the units told apart by OPD, then by agency, ``out["instansi"]``, and
    with an OPD column ``out["perangkat_daerah"]`` and ``out[UNIT_AS_WRITTEN]`` (the unit cells as written)."""
    if opd is not None:
        out["perangkat_daerah"] = opd
        out[UNIT_AS_WRITTEN] = units
        units = [jab.unit_in_opd(u, o) for u, o in zip(units, opd, strict=True)]
        cells = pd.Series(opd, dtype=object)
        counts = cells[cells.notna() & cells.ne("")].value_counts()
        if len(counts):
            example = next((u for u in units if u and " | " in u), next(u for u in units if u))
            yield make_finding(
                "unit-dibedakan-opd",
                Location(file=ctx.raw.source.path, sheet=ctx.raw.source.sheet),
                contoh=example,
                **_opd_count(counts),
            )
    distinct = sorted({v for v in instansi if v})
    if wanted and "instansi" in ctx.raw.columns:  # the other agencies' rows are left out: the kept ones are one
        distinct = [v for v in distinct if v.strip().casefold() == wanted.strip().casefold()]
    if len(distinct) > 1:
        # the agency leads the unit path (as SSCASN writes "agency | unit"), so every unit key
        # (normalize_unit_name, generated position codes, linking) tells the agencies apart
        units = [_with_agency(u, a) for u, a in zip(units, instansi, strict=True)]
        if UNIT_AS_WRITTEN in out:  # the fallback to the unit as written stays within its agency
            out[UNIT_AS_WRITTEN] = [_with_agency(u, a) for u, a in zip(out[UNIT_AS_WRITTEN], instansi, strict=True)]
        example = next((u for u in units if u and " | " in u), units[0] or "")
        yield make_finding(
            "unit-dibedakan-instansi",
            Location(file=ctx.raw.source.path, sheet=ctx.raw.source.sheet),
            jumlah=len(distinct),
            contoh=example,
        )
    if wanted and "instansi" not in ctx.raw.columns:
        # a table without an agency column is one agency's (a kabupaten's own peta jabatan beside a SIASN export
        # of several): all its rows stay, and the analyst is told (it lost every row before)
        yield make_finding(
            "instansi-tanpa-kolom", Location(file=ctx.raw.source.path, sheet=ctx.raw.source.sheet), instansi=wanted
        )
    elif wanted:
        key = wanted.strip().casefold()
        other = [i for i, a in enumerate(instansi) if (a or "").strip().casefold() != key]
        for i in other:
            ctx.exclude(i, OTHER_AGENCY.format(instansi=instansi[i] or "-", wanted=wanted))
        out[OTHER_AGENCY_ROWS] = set(other)  # (a NIP repeated there is no fault of this agency: rule_nip_duplicates)
        if other:
            yield make_finding(
                "baris-instansi-lain",
                Location(file=ctx.raw.source.path, sheet=ctx.raw.source.sheet),
                jumlah=len(other),
                instansi=wanted,
            )
    out["instansi"] = instansi
    out[unit_field] = units


def _opd_count(counts: pd.Series) -> dict[str, Any]:
    """The OPDs of an OPD column (``counts``: rows per distinct cell) for ``unit-dibedakan-opd``: ``jumlah`` after
    folding their spellings as linking and the forms do (:func:`~asn_mutasi.domain.jabatan.opd_spellings`), and
    ``ejaan``, the other spellings with an example. "85 OPD" was said of 25 OPDs written four ways (walk4, h28)."""
    rows = {str(name): int(n) for name, n in counts.items()}
    folded = jab.opd_spellings(rows)
    variants = [name for name in sorted(rows, key=lambda n: (-rows[n], n)) if folded[name] != name]
    if not variants:
        return {"jumlah": len(folded), "ejaan": ""}
    ejaan = (
        f"; {format_number(len(variants))} penulisan lain dari nama OPD yang sama dibaca sebagai satu OPD, "
        f"mis. '{variants[0]}' sebagai '{folded[variants[0]]}'"
    )
    return {"jumlah": len(set(folded.values())), "ejaan": ejaan}


def left_out_for_fault(frame: pd.DataFrame) -> int:
    """Rows of a prepared table validation left out for a fault of theirs (a broken NIP, an empty required cell):
    not those of another agency that ``--instansi`` leaves out on purpose, nor the rows of people out of scope (no ASN,
    not in service: CLTN, pensiun), whom `bandingkan` called "NIP rusak, kolom wajib kosong" (walkthrough, h26), with
    whatever other reasons the row has: another agency's row repeating a NIP was counted a fault (hostile18, h35).
    Each row counted under one cause (:func:`~asn_mutasi.schema.exclusion_causes`)."""
    excluded = frame["_status"].eq(EXCLUDED)
    if not excluded.any():
        return 0
    causes = exclusion_causes(frame.loc[excluded, "_alasan"])
    return int((~causes.isin(["instansi_lain", "tidak_aktif"])).sum())


def _with_agency(unit: str | None, agency: str | None) -> str | None:
    if not unit or not agency:
        return unit
    if jab.normalize_unit_name(unit).startswith(jab.normalize_unit_name(agency)):
        return unit  # the unit path already starts with its agency
    return f"{agency} | {unit}"


def _acting_jabatan(ctx: RosterContext) -> np.ndarray:
    """The jabatan texts, "Plt. …" where a STATUS JABATAN column says the post is held acting (a TPP roster writes
    Plt in its own column; counted as the holder with no word, where "Plt. Kepala Bidang" was warned)."""
    names = ctx.texts("jabatan")
    if not ctx.has("status_jabatan"):
        return names
    status = ctx.texts("status_jabatan")
    out = names.copy()
    for i in np.flatnonzero(~_none(status) & ~_none(names)).tolist():
        found = jab.acting_word(status[i], alone=True)  # "Plt", "Penjabat": the holding words of the one list
        if found is not None and not jab.held_acting(names[i]):
            out[i] = f"{found} {names[i]}"
    return out


def _row_statuses(ctx: RosterContext, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: its status (valid or excluded), its reasons joined ("" none: the frame keeps None), and whether its
    person still holds the seat (every reason a fault of the NIP alone, :meth:`RosterContext.exclude_holding`)."""
    status = np.full(n, VALID, dtype=object)
    alasan = np.full(n, None, dtype=object)
    excluded = sorted(ctx.reasons)
    status[excluded] = EXCLUDED
    holds = np.zeros(n, dtype=bool)
    for i in excluded:
        holds[i] = set(ctx.reasons[i]) <= ctx.seat_kept.get(i, set())
        alasan[i] = "; ".join(ctx.reasons[i]) + (f"; {HOLDING_NOTE}" if holds[i] else "")
    return status, alasan, holds


def _seat_notes_kept(findings: list[Finding], ctx: RosterContext, holds: np.ndarray) -> list[Finding]:
    """The findings, the note "orangnya tetap dihitung dalam bezetting" (:data:`_SEAT_HELD`, said by ``rule_nip``
    before the later rules ran) taken off those of a row that holds no seat after all: another reason (another
    agency's row under ``--instansi``, a person retired) left it out too, and it is counted nowhere (hostile19, h35)."""
    lost = {ctx.rows[i] for i in ctx.seat_kept if not holds[i]}
    if not lost:
        return findings
    note = f"; {_SEAT_HELD}"
    return [
        replace(f, message=f.message.replace(note, "")) if f.location.row in lost and note in f.message else f
        for f in findings
    ]


def _scope_non_asn(findings: list[Finding], ctx: RosterContext, rows: np.ndarray) -> list[Finding]:
    """The findings without the errors and warnings of rows that are no ASN (their ``bukan-asn`` says it all),
    and those rows with that one exclusion reason."""
    at = set(rows.tolist())
    keep = [f for f in findings if f.code == "bukan-asn" or f.severity is Severity.INFO or f.location.row not in at]
    for i, row in enumerate(ctx.rows):
        if row in at:
            ctx.reasons[i] = [NON_ASN_REASON]
    return keep


def _scope_other_agency(findings: list[Finding], ctx: RosterContext, told: np.ndarray) -> list[Finding]:
    """The findings without the errors and warnings of rows whose INSTANSI names another agency (``told``, indices):
    ``--instansi`` leaves them out, and a broken NIP or an empty cell there failed the check of this agency (exit
    1; hostile20, h35). They are counted in one ``temuan-instansi-lain``; ``nip-ganda-instansi-lain`` stays (it
    asks for the other agency's data to be updated), and those rows keep their one reason: the other agency."""
    at = {ctx.rows[i] for i in told.tolist()}
    own = ctx.raw.source.path

    def hidden(f: Finding) -> bool:
        return (
            f.location.row in at
            and f.location.file == own
            and f.severity is not Severity.INFO
            and f.code != "nip-ganda-instansi-lain"
        )

    gone = [f for f in findings if hidden(f)]
    texts = ctx.texts("instansi")
    for i in told.tolist():  # (a row no ASN keeps its own reason: _scope_non_asn ran first)
        agency = OTHER_AGENCY.format(instansi=texts[i] or "-", wanted=ctx.instansi)
        if agency in ctx.reasons.get(i, []):
            ctx.reasons[i] = [agency]
    if not gone:
        return findings
    first = min(gone, key=lambda f: (f.severity is not Severity.ERROR, f.location.row or 0))
    note = make_finding(
        "temuan-instansi-lain",
        Location(file=own, sheet=ctx.raw.source.sheet),
        jumlah=format_number(len(gone)),
        baris=format_number(len({f.location.row for f in gone})),
        instansi=ctx.instansi,
        contoh=f"baris {first.location.row}: {first.code}",
    )
    return [f for f in findings if not hidden(f)] + [note]


def prepare_roster(raw: RawTable, *, today: date | None = None, instansi: str | None = None) -> PreparedTable:
    """Parse a raw roster into the prepared roster frame (docs/architecture.md) by running ``ROSTER_RULES``.

    ``instansi`` keeps only the rows of one agency (the others are accounted as excluded).
    """
    src = raw.frame.reset_index(drop=True)
    n = len(src)
    if ROW in src.columns:
        row_column = src[ROW]
        rows = row_column.tolist() if row_column.dtype == np.int64 else [int(r) for r in row_column.tolist()]
    else:
        rows = list(range(2, n + 2))
    ctx = RosterContext(raw, src, rows, today or date.today(), _Ctx(raw), {}, instansi=instansi)
    # each rule's findings as they are made, past 1,000 of a code counted: memory bounded by the table, not its junk
    findings = capped(f for rule in ROSTER_RULES for f in rule(ctx))
    out = ctx.out
    non_asn = out.pop("_non_asn", None)
    if non_asn is not None and non_asn.any():  # a row out of scope: its own finding alone, no data errors
        findings = _scope_non_asn(findings, ctx, np.asarray(rows)[non_asn])
    told = out.pop(TOLD_OTHER_AGENCY, None)
    if told is not None and len(told):  # rows of another agency: out of scope, their faults counted in one line
        findings = _scope_other_agency(findings, ctx, told)
    status, alasan, holds = _row_statuses(ctx, n)
    findings = _seat_notes_kept(findings, ctx, holds)
    columns: dict[str, Any] = {
        ROW: np.asarray(rows, dtype=np.int64),
        "_status": status,
        "_alasan": alasan,
        HOLDS: holds,
        "nip": out["nip"],
        "nama": ctx.texts("nama"),
        "jabatan": _acting_jabatan(ctx),
        "unit_kerja": out["unit_kerja"],
        "kode_jabatan": ctx.texts("kode_jabatan"),
        "golongan": out["golongan"],
        "golongan_rank": out["golongan_rank"],
        GOLONGAN_BARE: out[GOLONGAN_BARE],
        "pendidikan": out["pendidikan"],
        "pendidikan_rank": out["pendidikan_rank"],
        "jurusan": out["jurusan"],
        "tmt_jabatan": _to_timestamp(out["tmt_jabatan"]),
        "tanggal_lahir": _to_timestamp(out["tanggal_lahir"]),
        STATED_TMT: _to_timestamp(out["tmt_pensiun"]),
        STATED_BUP: out["bup"],
        "jenis_kelamin": out["jenis_kelamin"],
        "status_kepegawaian": out["status_kepegawaian"],
        "jenis_jabatan": out["jenis_jabatan"],
        "predikat_kinerja": out["predikat_kinerja"],
        "hukuman_disiplin": out["hukuman_disiplin"],
        "tugas_belajar": out["tugas_belajar"],
        "riwayat_jabatan": ctx.texts("riwayat_jabatan"),
        "diklat": ctx.texts("diklat"),
        "preferensi_unit": ctx.texts("preferensi_unit"),
        "instansi": out["instansi"],
        "kedudukan_hukum": out["kedudukan_hukum"],
    }
    # the columns some rosters give: the unit as written comes with the OPD column (:func:`_instansi_rule`)
    columns.update(
        {c: out[c] for c in (ESELON_V_POST, ADDITIONAL_TASK_HELD, "perangkat_daerah", UNIT_AS_WRITTEN) if c in out}
    )
    # text columns go in as object (as _as_objects leaves them), not through pandas' str inference; the frame's
    # constructor copies dict data into its blocks, so each Series wraps its array (pandas 3 copied it once more: a
    # second pass over 100,000 × 15 scattered objects, speed15 h35)
    frame = pd.DataFrame(
        {
            name: pd.Series(values, dtype=object, copy=False) if name in _ROSTER_TEXT else values
            for name, values in columns.items()
        }
    )
    # columns made of texts hold None for every blank already, unless a non-text cell gave an empty text
    texts = ("nama", "jabatan", "unit_kerja", "kode_jabatan", "riwayat_jabatan", "diklat", "preferensi_unit")
    clean = ["_status", "_alasan", "nip", *(c for c in texts if not ctx.column(c).empty_text)]
    if not ctx.column("instansi").empty_text:
        clean.append("instansi")
    return PreparedTable(frame=_as_objects(frame, clean=clean), raw=raw, findings=findings)


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
        "perangkat_daerah",
        UNIT_AS_WRITTEN,
    }
)


def require_fields(table: PreparedTable, fields: Iterable[str] = ROSTER_FOR_PLANNING, *, purpose: str = "") -> None:
    """Refuse a roster that lacks columns a command needs (``check`` does without; planning does not)."""
    missing = [f for f in fields if f not in table.raw.columns]
    if missing:
        where = f"'{table.raw.source.path}'" + (
            f" lembar kerja '{table.raw.source.sheet}'" if table.raw.source.sheet else ""
        )
        names = ", ".join(field_words(f) for f in missing)
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
    """Parse a raw position table (peta jabatan / formasi) into the prepared frame. ``kebutuhan`` comes from the
    table, else from ``beban_kerja_jam`` ÷ effective hours, else from an ABK task sheet (``abk``: Σ volume × norm
    minutes ÷ effective minutes); ``abk_jabatan`` / ``abk_unit_kerja`` tie a task sheet without a position column to
    one position."""
    settings = settings or Settings()
    ctx = _Ctx(raw)
    src = raw.frame.reset_index(drop=True)
    n = len(src)
    rows = [int(r) for r in src[ROW].tolist()] if ROW in src.columns else list(range(2, n + 2))
    findings: list[Finding] = []
    reasons: list[list[str]] = [[] for _ in range(n)]
    told: dict[str, list[str | None]] = {}
    names, units, instansi_out, empty = _names_and_units(raw, src, rows, reasons, ctx, findings, instansi, told)

    def numbers(fname: str) -> list[float | None]:
        return _position_numbers(src, fname, rows, ctx, findings)

    codes_in, codes = _position_codes(src, names, units, rows, reasons, ctx, findings, told)
    kebutuhan_in = numbers("kebutuhan")
    _refused_requests(src, rows, kebutuhan_in, reasons, (ctx, findings))
    _group_heading_rows(names, kebutuhan_in, (units, _seat_rows(src)), rows, reasons, ctx, findings)
    table_wke = _table_wke_hours(numbers("waktu_efektif"), rows, ctx, findings)  # each post's own WKE (NaN: none)
    kelas, bezetting = numbers("kelas_jabatan"), numbers("bezetting")
    beban = _read_workload(numbers, (kebutuhan_in, bezetting, table_wke), settings, (rows, ctx), findings)
    _stated_gaps(src, (kebutuhan_in, bezetting), (rows, ctx), findings)
    tasks = _abk_tasks(abk, (codes, names, units, told), settings, findings, (abk_jabatan, abk_unit_kerja))
    given = (tasks, table_wke)  # ABK sheet, own WKE
    jenis, eselon_v = _position_jenis(src, (names, kelas), (rows, ctx), findings)
    load_seats = [np.nan] * n  # a head's workload seats, settled by its holders once linked (_fixed_seat)
    kebutuhan, without_abk, wke_jam = _position_needs(
        src, rows, codes, names, units, kebutuhan_in, beban, given, settings, reasons, ctx, findings, jenis, load_seats
    )

    syarat_jur = _programme_requirements(raw, src, rows, ctx, findings)
    levels = _requirement_levels(raw, src, syarat_jur, rows, reasons, ctx, findings)
    sg = _golongan_requirements(src, rows, ctx, findings)
    _check_experience_requirements(src, rows, ctx, findings)
    _least_requirements((levels, sg), jenis, names, syarat_jur, (rows, reasons, ctx), settings, findings)

    amounts = (kebutuhan, bezetting, beban)
    content = (names, units, kelas, levels, syarat_jur, sg, jenis)  # what a kept line gives its post
    merged, kept_apart = _merge_repeated_lines(codes, codes_in, names, units, reasons, amounts, syarat_jur, content)
    findings.extend(_kept_apart_findings(kept_apart, names, units, rows, ctx))
    exact = _table_needs(codes, tasks.need, names, jenis, kebutuhan_in)
    _summed_needs(merged, exact, kebutuhan, (rows, ctx, settings), findings, (names, units, jenis))
    by_tasks = [code in tasks.need for code in codes]
    post = (rows, names, units, jenis, beban)
    _fractional_heads(merged, (exact, by_tasks), kebutuhan, post, (ctx, settings, findings, load_seats, wke_jam))
    findings[:] = _unsaid_for_merged(findings, merged, without_abk, rows)
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
    _as_told(frame, told, numbers("pensiun_tahun") if "pensiun_tahun" in raw.columns else None)
    frame[LOAD_SEATS] = load_seats
    frame[ESELON_V_POST], frame[FOLDED_CODE] = eselon_v, _folded_codes(merged, codes_in, codes, frame.index)
    return PreparedTable(frame=_as_objects(frame), raw=raw, findings=capped([*empty, *findings]), abk=tasks.info)


def _folded_codes(
    merged: dict[int, tuple[int, bool]], codes_in: list[str | None], codes: list[str], index: pd.Index
) -> pd.Series:
    """Per line: the codes of the lines summed into it that are not its own (a tuple), None elsewhere."""
    out: list[object] = [None] * len(codes)
    for i, (j, summed) in merged.items():
        written = codes_in[i]
        if summed and written and written != codes[j]:
            out[j] = (*(out[j] or ()), written)  # type: ignore[misc]
    return pd.Series(out, index=index, dtype=object)


def _stated_gaps(
    src: pd.DataFrame,
    counts: tuple[list[float | None], list[float | None]],
    where: tuple[list[int], _Ctx],
    findings: list[Finding],
) -> None:
    """Check the table's own Selisih column (``selisih_tercatat``) against its kebutuhan and bezetting: which sign
    convention it keeps, said once (``selisih-tanda``: ours is bezetting − kebutuhan, a staffing monitor's
    MonitoringExport writes the same, an "Analisa Bezetting" export kebutuhan − terisi), and the posts whose figure
    is neither (``selisih-beda``, both figures of the first). A gap that is not the table's own counts' says one of
    them was misread or the file's figures are stale (real18, h33)."""
    if "selisih_tercatat" not in src.columns:
        return
    stated = pd.to_numeric(_column(src, "selisih_tercatat"), errors="coerce").to_numpy(dtype=float)
    need, held = (np.array([np.nan if v is None else v for v in c], dtype=float) for c in counts)
    known = ~np.isnan(stated) & ~np.isnan(need) & ~np.isnan(held)
    ours, theirs = known & (stated == held - need), known & (stated == need - held)
    if not known.any():
        return
    rows, ctx = where
    told = known & (held != need)  # (an equal count says nothing of the sign)
    opposite = int((theirs & told).sum()) > int((ours & told).sum())
    fits = theirs if opposite else ours
    header = getattr(ctx.raw.columns.get("selisih_tercatat"), "header", None) or "Selisih"
    if (fits & told).any():
        rumus = (
            "kebutuhan − bezetting (tanda kebalikan: positif berarti kurang)" if opposite else "bezetting − kebutuhan"
        )
        loc = ctx.loc(rows[int(np.flatnonzero(fits & told)[0])], "selisih_tercatat", header)
        findings.append(make_finding("selisih-tanda", loc, rumus=rumus, cocok=int(fits.sum()), jumlah=int(known.sum())))
    wrong = np.flatnonzero(known & ~fits)
    if len(wrong):
        k = int(wrong[0])
        loc = ctx.loc(rows[k], "selisih_tercatat", f"{stated[k]:g}")
        contoh = ", ".join(str(rows[i]) for i in wrong[:5].tolist())
        dihitung = f"{held[k] - need[k]:g}" if not opposite else f"{need[k] - held[k]:g}"
        findings.append(
            make_finding(
                "selisih-beda",
                loc,
                jumlah=len(wrong),
                contoh=contoh,
                tercatat=f"{stated[k]:g}",
                dihitung=dihitung,
                kebutuhan=f"{need[k]:g}",
                bezetting=f"{held[k]:g}",
            )
        )


def _as_told(frame: pd.DataFrame, told: dict[str, list[str | None]], retiring: list[float | None] | None) -> None:
    """Add the cells kept as the table wrote them (``told``: OPDs, unit cells) and, when the table has it, Formulir 1's
    "BUP TH. <tahun>" count (``pensiun_tahun``), compared with the roster once linked (``pensiun-tahun-beda``)."""
    for name, values in told.items():
        frame[name] = pd.Series(values, dtype=object)
    if retiring is not None:
        frame["pensiun_tahun"] = [np.nan if v is None else v for v in retiring]


def _abk_tasks(
    abk: RawTable | list[RawTable] | None,
    posts: tuple[list[str], list[str | None], list[str | None], dict[str, list[str | None]]],
    settings: Settings,
    findings: list[Finding],
    tie: tuple[str | None, str | None],
) -> _AbkNeeds:
    """The ABK task sheet's needs per position (:func:`_abk_needs`); none without a sheet. ``posts``: the table's
    codes, names, units and the other columns it told (``told``); ``tie``: ``abk_jabatan``, ``abk_unit_kerja``."""
    if abk is None:
        return _AbkNeeds()
    codes, names, units, told = posts
    listing = pd.DataFrame({"kode_jabatan": codes, "nama_jabatan": names, "unit_kerja": units})
    for name, values in told.items():
        listing[name] = pd.Series(values, dtype=object)
    return _abk_needs(abk, listing, settings, findings, *tie)


#: a name that is a unit, not a position: what a peta jabatan prints as a group heading over its positions
_UNIT_NAME = re.compile(
    r"^\s*(?:DINAS|BADAN|SEKRETARIAT|BIDANG|BAGIAN|SUB\s*BAGIAN|SUBBAG|SUB\s*BIDANG|SUBBID|SEKSI|UPTD?|KECAMATAN|"
    r"KELURAHAN|PUSKESMAS|KANTOR|INSPEKTORAT|SATUAN|RSUD|RUMAH\s+SAKIT|UNIT\s+ORGANISASI)\b",
    re.I,
)
#: how far up the organisation a unit word stands: a heading encloses only headings of lower units (a Seksi never
#: another Seksi: five sibling rows were "headings" of the one row after them; peers4, h29)
_UNIT_TIERS = (
    (re.compile(r"^\s*(?:SUB|SEKSI)", re.I), 1),
    (re.compile(r"^\s*(?:BIDANG|BAGIAN|UPTD?|PUSKESMAS|KELURAHAN)\b", re.I), 2),
    (re.compile(r"^\s*SEKRETARIAT\b", re.I), 3),
)


def _unit_tier(name: str) -> int:
    return next((tier for pattern, tier in _UNIT_TIERS if pattern.match(name)), 4)


def _seat_rows(src: pd.DataFrame) -> list[bool]:
    """Rows that are a post whatever their name: the jenis column says managerial ("Struktural", an eselon) or the
    ESELON column gives one. A peer SIMPEG names 25 of its 56 struktural posts by their unit ("SEKSI PRASARANA DARAT",
    IV.a, kebutuhan 1): such a row is one seat, never a group heading (peers4, h29)."""
    seat = map_distinct(_column(src, "jenis_jabatan"), jab.says_managerial)
    if "eselon" in src.columns:
        eselon = map_distinct(src["eselon"], jab.jenis_from_eselon)
        seat = [s or e is not None for s, e in zip(seat, eselon, strict=True)]
    return seat


def _group_heading_rows(
    names: list[str | None],
    needs: list[float | None],
    units_seats: tuple[list[str | None], list[bool]],
    rows: list[int],
    reasons: list[list[str]],
    ctx: _Ctx,
    findings: list[Finding],
) -> None:
    """Leave out unit rows that head a group of positions and carry its total ("Dinas Pertanian 13" over "Sekretariat
    5" and "Bidang Penyuluhan 8" over their positions): read as positions they counted each kebutuhan two or three
    times (Σ 39 for 13). A row is such a heading only when its name is a unit's (DINAS, SEKRETARIAT, BIDANG, SEKSI …),
    it is no seat (:func:`_seat_rows`) and its kebutuhan equals the sum of the positions right under it, innermost
    groups first. A group holds only rows of the heading's own unit, and each row counts under one heading: an inner
    heading enters its outer one by its total, and only when it is a lower unit (a Seksi inside a Bidang)."""
    units, seats = units_seats
    keys: dict[str | None, str] = {u: unit_identity(u) for u in set(units) if u is not None}
    keys[None] = ""
    heads = [
        i for i, name in enumerate(names) if name and needs[i] is not None and not seats[i] and _UNIT_NAME.match(name)
    ]
    is_head, end = set(heads), dict[int, int]()  # end: a taken heading → the row after its group
    for i in reversed(heads):  # innermost first: a group's own heading is taken before the one over it
        want, total, j, tier = needs[i] or 0.0, 0.0, i + 1, _unit_tier(names[i] or "")
        while j < len(names) and total < want - 1e-9:
            if j in end:
                if _unit_tier(names[j] or "") >= tier:
                    break  # a sibling or a higher unit ends the group
                total, j = total + (needs[j] or 0.0), end[j]
                continue
            if needs[j] is None:
                j += 1
                continue
            if j in is_head or not _under_heading(keys[units[i]], unit_identity(names[i] or ""), keys[units[j]]):
                break  # a unit row that is no heading, or a row of an unrelated unit, ends the group
            total += needs[j] or 0.0
            j += 1
        if total > 0 and abs(total - want) < 1e-9:
            end[i] = j
    for i in sorted(end):
        findings.append(make_finding("baris-unit-bukan-jabatan", ctx.loc(rows[i], "nama_jabatan", names[i])))
        _add_reason(reasons, i, "baris unit (jumlah jabatan di bawahnya), bukan jabatan")


def _under_heading(head_unit: str, head_name: str, unit: str) -> bool:
    """Whether a row of ``unit`` may count under a heading row of ``head_unit`` named ``head_name`` (unit keys of
    :func:`unit_identity`; blank is ""). A row of the heading's own unit may, and so may one of its sub-units: a unit
    that names the heading's unit ("Dinas Pertanian | Sekretariat", "Sekretariat Dinas Pertanian", as
    :func:`~asn_mutasi.domain.jabatan.unit_in_opd` reads it) or the unit the heading names ("SEKRETARIAT" in "Dinas
    Pertanian" over posts of "Sekretariat"). Any sub-unit ending the group counted the heading as a post again,
    kebutuhan 26 for 13 (review11, h29); another OPD's row still ends it (peers4, h29)."""
    if not head_unit or not unit or unit in (head_unit, head_name):
        return True
    return f" {head_unit} " in f" {unit} "


def _no_number(value: Any) -> bool:
    """A blank numeric cell, or one holding a lone dash: reports print "-" for "none yet" (a position without ABK)."""
    return _is_blank(value) or (isinstance(value, str) and value.strip() in coded_fields.DASHES)


#: a position table's columns of people, which a lampiran may write with their unit or in words ("2 orang")
_COUNTS = frozenset({"kebutuhan", "bezetting", "pensiun_tahun"})
#: a position table's counts of people: never a fraction (a kebutuhan may be one, from an ABK: kebutuhan-pecahan)
_HEAD_COUNTS = frozenset({"bezetting", "pensiun_tahun"})


#: a kebutuhan written as a range of whole numbers: "1-2", "1 – 2", "2 s.d. 3", "1 s/d 2", "2 sampai 3"
@functools.cache
def _RANGE() -> re.Pattern[str]:
    return re.compile(r"^\s*(\d{1,6})\s*(?:-|–|—|s\.?\s?d\.?|s/d|sampai)\s*(\d{1,6})\s*$", re.IGNORECASE)


def _range_low(value: Any) -> float | None:
    """The low end of a kebutuhan cell written as a range of whole numbers ("1-2" → 1), or None (no range, or one
    whose ends are reversed). A kebutuhan is one whole number of people (an ABK's rounded need); a range is no
    need the table commits to, and only its low end is one it does: planning a seat of the upper end could staff a
    post the table does not ask for (real13, h32)."""
    if not isinstance(value, str):
        return None
    m = _RANGE().match(value)
    if m is None or int(m.group(1)) > int(m.group(2)):
        return None
    return float(m.group(1))


def _position_numbers(
    src: pd.DataFrame, fname: str, rows: list[int], ctx: _Ctx, findings: list[Finding]
) -> list[float | None]:
    """Read a numeric column: None for blank, unreadable, negative or out-of-range cells (with a finding)."""
    from asn_mutasi.domain import limits
    from asn_mutasi.workload.abk import parse_number

    def judge(value: Any) -> tuple[float | None, str | None]:
        """(number, finding code) of one distinct cell value."""
        if _no_number(value):
            return None, None
        low = _range_low(value) if fname == "kebutuhan" else None
        if low is not None:  # "1-2": the low end (kebutuhan-rentang)
            return low, "kebutuhan-rentang"
        counted = coded_fields.count_with_unit(value) if fname in _COUNTS else None  # "2 orang", "1 (satu)"
        number = parse_number(value) if counted is None else float(counted)
        if number is None or number < 0:
            return None, "angka-tidak-valid"
        if not limits.in_range(fname, number):  # issue 13: no 1e12 kebutuhan
            return None, "angka-di-luar-batas"
        if fname in _HEAD_COUNTS and not number.is_integer():  # 1.5 holders passed with no word (hostile4, h31)
            return None, "jumlah-orang-pecahan"
        return number, None

    column = _column(src, fname)
    judged = map_distinct(column, judge)
    values = column.tolist()
    _dot_as_decimal(values, judged, fname, rows, ctx, findings)
    if fname in ("beban_kerja_jam", "beban_kerja_menit"):
        _comma_thousands(values, judged, fname, rows, ctx, findings)
    for i, (_, code) in enumerate(judged):
        if code in ("angka-tidak-valid", "jumlah-orang-pecahan"):
            findings.append(make_finding(code, ctx.loc(rows[i], fname, values[i])))
        elif code == "kebutuhan-rentang":
            findings.append(make_finding(code, ctx.loc(rows[i], fname, values[i]), dibaca=f"{judged[i][0]:g}"))
        elif code is not None:
            findings.append(make_finding(code, ctx.loc(rows[i], fname, values[i]), batas=limits.range_text(fname)))
    return [number for number, _ in judged]


#: the two dot-number shapes of :mod:`asn_mutasi.formatting` (one rule with the indicator reader), as whole cells
_DOT_THREE = re.compile(rf"^\s*{DOT_THREE}\s*$")
_DOT_DECIMAL = re.compile(rf"^\s*{DOT_DECIMAL}\s*$")


def _dot_as_decimal(
    values: list[Any],
    judged: list[tuple[float | None, str | None]],
    fname: str,
    rows: list[int],
    ctx: _Ctx,
    findings: list[Finding],
) -> None:
    """In a column whose other cells use the dot as a decimal point ("1.5"), "1.500" is 1,5 and not 1500 (it was
    read as 1500 there, with no word: lowongan 2.988); ``judged`` is corrected and each such cell named."""
    texts = [v for v in values if isinstance(v, str)]
    example = next((t.strip() for t in texts if _DOT_DECIMAL.match(t)), None)
    if example is None and fname != "kebutuhan":
        return
    for i, value in enumerate(values):
        if not (isinstance(value, str) and _DOT_THREE.match(value) and judged[i][1] is None):
            continue
        where = ctx.loc(rows[i], fname, value)
        if example is None:  # people for one post: "1.500" read as 1500 is more likely 1,5; said, not changed
            findings.append(make_finding("angka-ribuan", where, nilai=format_number(judged[i][0] or 0)))
            continue
        number = float(value.strip())
        judged[i] = (number, None)
        findings.append(make_finding("angka-titik-desimal", where, nilai=format_number(number, 4), contoh=example))


#: a yearly workload written with commas between thousands ("112,500" menit: PHP's number_format)
_COMMA_THOUSANDS = re.compile(r"^\s*\d{1,3}(?:,\d{3})+\s*$")


def _comma_thousands(
    values: list[Any],
    judged: list[tuple[float | None, str | None]],
    fname: str,
    rows: list[int],
    ctx: _Ctx,
    findings: list[Finding],
) -> None:
    """A workload column whose every text with a comma groups thousands ("112,500", "1,250") is read so: 112500
    minutes, not 112,5 (a year's workload of a post is never a few minutes or hours; h26/real4: EJ 0,002). Said once."""
    commas = [i for i, v in enumerate(values) if isinstance(v, str) and "," in v]
    if not commas or not all(_COMMA_THOUSANDS.match(values[i]) for i in commas):
        return
    for i in commas:
        judged[i] = (float(values[i].replace(",", "").strip()), None)
    contoh = values[commas[0]].strip()
    where = ctx.loc(rows[commas[0]], fname, values[commas[0]])
    findings.append(
        make_finding(
            "angka-koma-ribuan",
            where,
            jumlah=len(commas),
            contoh=contoh,
            nilai=format_number(judged[commas[0]][0] or 0),
        )
    )


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
        "lembar_kerja": ", ".join(str(r.source.sheet) for r in sheets if r.source.sheet) or None,
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
    sources: tuple[_AbkNeeds, list[float]],
    settings: Settings,
    reasons: list[list[str]],
    ctx: _Ctx,
    findings: list[Finding],
    jenis: list[Any],
    load_seats: list[float],
) -> tuple[list[int], list[bool], list[float]]:
    """Decide each row's kebutuhan (ABK sheet, else table, else beban kerja on the row's own WKE, ``sources[1]``);
    fills ``beban`` from ABK. A managerial post's is never the workload's (:func:`_fixed_seat`, fills ``load_seats``).
    Returns (kebutuhan, tanpa_abk, wke_jam)."""
    from asn_mutasi.workload.abk import kebutuhan_from_hours, whole_need

    tasks, table_wke = sources
    task_need, task_hours, task_wke = tasks.need, tasks.hours, tasks.wke
    heads = [jab.heads_a_unit(name, j) for name, j in zip(names, jenis, strict=True)]
    post = (rows, names, units, jenis, beban)
    kebutuhan: list[int] = []
    raw_need = _column(src, "kebutuhan").tolist()
    raw_hours = _column(src, "beban_kerja_jam").tolist()
    without_abk = [False] * len(src)
    wke_jam = list(table_wke)  # the table's own WKE per post (NaN: the setting); a task sheet's replaces it
    for i in range(len(src)):
        if codes[i] in task_need:
            # an ABK sheet given on purpose decides the positions it covers (issue 11/17: --abk is never a no-op),
            # but for a managerial post only its workload (EJ): its one seat is the organisation's (peers3 #1, h28)
            lama = whole_need(kebutuhan_in[i] or 0, settings) if kebutuhan_in[i] is not None else None
            beban[i] = task_hours[codes[i]]
            if heads[i]:
                kebutuhan.append(_fixed_seat(i, lama, task_need[codes[i]], post, ctx, findings, load_seats))
            else:
                if lama is not None and lama != task_need[codes[i]]:
                    findings.append(
                        make_finding(
                            "abk-menggantikan-kebutuhan",
                            ctx.loc(rows[i], "kebutuhan", kebutuhan_in[i]),
                            jabatan=names[i],
                            lama=lama,
                            baru=task_need[codes[i]],
                        )
                    )
                kebutuhan.append(task_need[codes[i]])
            wke_jam[i] = task_wke[codes[i]] / 60.0
        elif kebutuhan_in[i] is not None:
            need = whole_need(kebutuhan_in[i] or 0, settings)
            if abs(need - (kebutuhan_in[i] or 0)) > 1e-6:  # 2,5 people: said, and rounded as ABK needs are
                where = ctx.loc(rows[i], "kebutuhan", raw_need[i])
                aturan = rounding_words(settings.beban_kerja.pembulatan)
                nilai = format_number(kebutuhan_in[i] or 0, 4)
                findings.append(make_finding("kebutuhan-pecahan", where, nilai=nilai, bulat=need, aturan=aturan))
            kebutuhan.append(need)
        elif beban[i] is not None:
            need = kebutuhan_from_hours(beban[i] or 0.0, settings, wke_jam[i])
            kebutuhan.append(_fixed_seat(i, None, need, post, ctx, findings, load_seats) if heads[i] else need)
        elif not (_no_number(raw_need[i]) and _no_number(raw_hours[i])):
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


def _table_needs(
    codes: list[str], abk_need: dict[str, Any], names: list[Any], jenis: list[Any], kebutuhan_in: list[Any]
) -> list[Any]:
    """Per row the kebutuhan the table itself states, for summing repeated lines: None where an ABK sheet decides
    the post's kebutuhan (never a head's: :func:`~asn_mutasi.domain.jabatan.heads_a_unit`)."""
    return [
        None if code in abk_need and not jab.heads_a_unit(name, j) else need
        for code, name, j, need in zip(codes, names, jenis, kebutuhan_in, strict=True)
    ]


def _fixed_seat(
    i: int,
    table_need: int | None,
    workload_need: int,
    post: tuple[list[int], list[str | None], list[str | None], list[Any], list[float | None]],
    ctx: _Ctx,
    findings: list[Finding],
    load_seats: list[float],
    stated: tuple[str, float] | None = None,
) -> int:
    """The kebutuhan of managerial post ``i``: the table's own (``table_need``), else 1, never what its workload gives
    (``workload_need``), which is said (``kebutuhan-manajerial-tetap``) where it differs. A Kepala Dinas, Kabid or
    Kasi is one seat per unit fixed by the organisation structure (Perda perangkat daerah, PP 18/2016), as peers fix
    it ("Struktural auto=1"): an ABK of 2.500 h made a second Kepala Dinas a vacancy that ``rencana`` filled, one of
    420 h made the only Kabid a surplus moved away (peers3 #1, h28; review10 #1, h29). The workload still grades its
    EJ. Without a stated kebutuhan, a workload of more than one seat is kept in ``load_seats[i]`` and neither taken
    nor said here: a generic head's row (:func:`~asn_mutasi.domain.jabatan.heads_several_units`) held by several
    heads gets up to one seat per holder once the roster is linked (:func:`asn_mutasi.workload.abk.seats_from_hours`, review9, h28), which says it then.
    ``stated``: what the table wrote and the hours it stands for, when its kebutuhan is an ABK fraction
    (:func:`_fractional_heads`): the finding names it instead of "tidak mencantumkannya" (hostile11 #6, h29)."""
    rows, names, units, jenis, beban = post
    need = 1 if table_need is None else table_need
    if table_need is None and workload_need > 1 and jab.heads_several_units(names[i], units[i]):
        load_seats[i] = float(workload_need)  # a named head of one unit is one seat, said here (oracle9 #3, h29)
        return need
    if workload_need != need:
        findings.append(
            make_finding(
                "kebutuhan-manajerial-tetap",
                ctx.loc(rows[i], "kebutuhan"),
                jabatan=names[i],
                unit_kerja=units[i],
                jenis=jab.head_kind(jenis[i]),
                kebutuhan=need,
                asal=stated[0] if stated else "peta jabatan" if table_need is not None else _NOT_STATED,
                abk=workload_need,
                jam=format_number(stated[1] if stated else beban[i] or 0.0, 2),
            )
        )
    return need


_NOT_STATED = "peta jabatan tidak mencantumkannya"


def _fractional_heads(
    merged: dict[int, tuple[int, bool]],
    stated: tuple[list[float | None], list[bool]],
    kebutuhan: list[int],
    post: tuple[list[int], list[str | None], list[str | None], list[Any], list[float | None]],
    where: tuple[_Ctx, Settings, list[Finding], list[float], list[float]],
) -> None:
    """A head's kebutuhan the table writes as a fraction (0,47 on one line, or task lines summing to it: an ABK result,
    e.g. an e-Anjab task sheet read as the position table) is its workload, not its seat count: the post keeps one
    seat as it does under ``--abk`` (:func:`_fixed_seat`), and the rounding's ``kebutuhan-pecahan`` gives way to
    ``kebutuhan-manajerial-tetap``. The DPD RI task sheet gave 15 heads kebutuhan 0 and ``rencana`` moved 14 of them
    out of their own units as surplus (real10 #1, h29). ``stated``: each line's kebutuhan as written and whether an
    ABK sheet decided its post (then :func:`_position_needs` has fixed it already). ``where`` ends with each post's
    WKE (NaN: the setting's), the hours the fraction stands for: the table's own 1.200 h, as its EJ reads them."""
    exact, by_tasks = stated
    rows, names, _, jenis, beban = post
    ctx, settings, findings, load_seats, wke_jam = where
    for j, total in _stated_totals(merged, exact).items():
        if total is None or by_tasks[j] or not jab.heads_a_unit(names[j], jenis[j]):
            continue
        total = round(float(total), 9)
        if abs(total - round(total)) <= 1e-6:
            continue  # a whole number: the organisation's own figure, kept (_position_needs)
        findings[:] = [f for f in findings if not (f.code == "kebutuhan-pecahan" and f.location.row == rows[j])]
        wke = wke_jam[j] if np.isfinite(wke_jam[j]) else settings.beban_kerja.jam_kerja_efektif
        hours = total * wke
        if beban[j] is None:  # the fraction is the workload over the effective hours: EJ reads it
            beban[j] = hours
        said = (f"peta jabatan menulis {format_number(total, 4)}, pecahan hasil ABK, bukan jumlah kursi", hours)
        kebutuhan[j] = _fixed_seat(j, None, kebutuhan[j], post, ctx, findings, load_seats, said)


def _stated_totals(merged: dict[int, tuple[int, bool]], exact: list[float | None]) -> dict[int, float | None]:
    """Each post's kebutuhan as the table states it, by its first line: that line's, plus every line summed into it
    (``merged``: line → (first line, summed); a continuation line adds nothing); None where a line's is unknown
    (from the ABK sheet or the hours). One sum for :func:`_round_summed_needs` and :func:`_fractional_heads`."""
    totals: dict[int, float | None] = {j: exact[j] for j in range(len(exact)) if j not in merged}
    for i, (j, summed) in merged.items():
        if summed and j in totals:
            total, line = totals[j], exact[i]
            totals[j] = None if total is None or line is None else total + line
    return totals


def _round_summed_needs(
    merged: dict[int, tuple[int, bool]],
    exact: list[float | None],
    kebutuhan: list[int],
    where: tuple[list[int], _Ctx, Settings],
    findings: list[Finding],
) -> None:
    """The kebutuhan of a post written on several lines is their sum rounded, not the sum of each line rounded
    (three lines of 0,4 are 1 person, not 0: as the anjab application itself sums them). ``exact`` holds each
    line's kebutuhan as written (None: from the ABK sheet or the workload hours); ``kebutuhan[j]`` of each first
    line is set again, and the lines' ``kebutuhan-pecahan`` findings become one, on the first line, for the sum."""
    from asn_mutasi.workload.abk import whole_need

    summed_posts = {j for j, summed in merged.values() if summed}
    sums = {j: total for j, total in _stated_totals(merged, exact).items() if j in summed_posts}
    rows, ctx, settings = where
    folded = {rows[i] for i, (j, summed) in merged.items() if summed and sums.get(j) is not None}
    folded |= {rows[j] for j, total in sums.items() if total is not None}
    if not folded:
        return
    findings[:] = [f for f in findings if not (f.code == "kebutuhan-pecahan" and f.location.row in folded)]
    for j, total in sums.items():
        if total is None:
            continue
        total = round(total, 9)  # 0,1 + 0,2 + 0,2 is 0,5, not 0,49999...
        kebutuhan[j] = whole_need(total, settings)
        if abs(kebutuhan[j] - total) > 1e-6:
            nilai, aturan = format_number(total, 4), rounding_words(settings.beban_kerja.pembulatan)
            where_j = ctx.loc(rows[j], "kebutuhan", nilai)
            findings.append(make_finding("kebutuhan-pecahan", where_j, nilai=nilai, bulat=kebutuhan[j], aturan=aturan))


def _golongan_requirements(src: pd.DataFrame, rows: list[int], ctx: _Ctx, findings: list[Finding]) -> list[Any]:
    """Parse ``syarat_golongan``; an unknown golongan is reported and read as no requirement."""
    sg_raw = _column(src, "syarat_golongan")
    sg = map_distinct(sg_raw, gol.parse_golongan)
    for i, value in enumerate(sg_raw.tolist()):
        if sg[i] is None and not _is_blank(value):
            findings.append(make_finding("golongan-tidak-dikenal", ctx.loc(rows[i], "syarat_golongan", value)))
    return sg


def _workload_hours(raw: RawTable, numbers: Callable[[str], list[float | None]]) -> list[float | None]:
    """The yearly workload in hours: its column, else the minutes' column ÷ 60 ("Total Beban (Menit)" of an anjab app
    beside its standard "75.000 menit = 1.250 jam"; h26/real4: no EJ was shown)."""
    if "beban_kerja_jam" in raw.columns or "beban_kerja_menit" not in raw.columns:
        return numbers("beban_kerja_jam")
    return [None if v is None else v / 60 for v in numbers("beban_kerja_menit")]


def _table_wke_hours(values: list[float | None], rows: list[int], ctx: _Ctx, findings: list[Finding]) -> list[float]:
    """A position table's own effective working time per post, in hours (NaN: none written, the setting applies):
    Permendagri 12/2008 Form D's "Jam Kerja Efektif" and an ABK app's rekap ("WKE (jam)", randisun05/kebutuhan's
    export) write the WKE each post's kebutuhan and EJ were computed on; a post on 1.200 hours (72.000 minutes) read
    on the setting's 1.250 got another EJ than its own table's (peers, h30). 10.000 or more is minutes whatever the
    header says (no year has that many hours: "Jam Kerja Efektif" names the concept, and an ABK app writes its
    minutes under it; review, h30), else the header's unit word decides; a value outside the WKE the settings allow
    is named and left out."""
    from asn_mutasi.config import WKE_HOURS
    from asn_mutasi.workload.abk import wke_hours
    from asn_mutasi.workload.tasksheet import unit_of

    info = ctx.raw.columns.get("waktu_efektif")
    unit = unit_of(info.header) if info is not None else None
    out: list[float] = []
    for i, value in enumerate(values):
        hours = wke_hours(value, unit)
        if value is not None and np.isnan(hours):
            batas = f"{format_number(WKE_HOURS[0], 0)}–{format_number(WKE_HOURS[1], 0)} jam setahun"
            findings.append(make_finding("angka-di-luar-batas", ctx.loc(rows[i], "waktu_efektif", value), batas=batas))
        out.append(hours)
    return out


def _read_workload(
    numbers: Callable[[str], list[float | None]],
    counts: tuple[list[float | None], list[float | None], list[float]],
    settings: Settings,
    where: tuple[list[int], _Ctx],
    findings: list[Finding],
) -> list[float | None]:
    """The workload hours of each row (:func:`_workload_hours`), in minutes where its table's kebutuhan says so
    (:func:`_minutes_by_need`), persons where its table's own gaps say so (:func:`_persons_by_gap`: then the
    kebutuhan of ``counts`` is filled in place and no hours are left). ``counts``: kebutuhan, bezetting, own WKE."""
    need, held, table_wke = counts
    rows, ctx = where
    beban = _minutes_by_need(_workload_hours(ctx.raw, numbers), (need, table_wke), settings, rows, ctx, findings)
    return _persons_by_gap(beban, (need, held), settings, where, findings)


#: the share of the telling rows (those where the two readings of a workload column disagree) that the other reading
#: must explain: minutes instead of hours (:func:`_minutes_by_need`), persons instead of hours (:func:`_persons_by_gap`)
_READING_SHARE = 0.8


def _carried(telling: list[tuple[int, bool]]) -> list[int]:
    """The rows the other reading explains, when it explains :data:`_READING_SHARE` of the ``telling`` rows (each row
    with whether the other reading fits it); else none: the column keeps its hours."""
    fit = [i for i, other in telling if other]
    return fit if fit and len(fit) >= _READING_SHARE * len(telling) else []


def _minutes_by_need(
    beban: list[float | None],
    stated: tuple[list[float | None], list[float]],
    settings: Settings,
    rows: list[int],
    ctx: _Ctx,
    findings: list[Finding],
) -> list[float | None]:
    """A workload column read as hours whose own table's kebutuhan is its value ÷ the effective minutes (75 000 =
    60 × 1 250) is in minutes: ``beban`` is divided by 60 (returned), and one ``beban-kerja-menit-dari-kebutuhan``
    says so. Form D of an anjab app ("Jumlah Beban Kerja" = the tasks' minutes, ``WAKTU_EFEKTIF = 75000``) read as
    hours gave an EJ 60 times too high, every post class A (h27/real8). The rows where both readings fit the
    kebutuhan (or neither) tell nothing; four in five of the others must fit minutes. A header saying JAM is
    believed. ``stated``: each row's kebutuhan and its own WKE in hours (NaN: the setting's), the WKE its table
    divided by: a table on 72.000 minutes with posts of 30 or more people fitted neither reading on 75.000 and kept
    its minutes as hours (peers3, h31)."""
    need, own_wke = stated
    info = ctx.raw.columns.get("beban_kerja_jam")
    if info is None or "kebutuhan" not in ctx.raw.columns or "JAM" in re.split(r"[^A-Z]+", str(info.header).upper()):
        return beban
    setting = settings.beban_kerja.jam_kerja_efektif
    wke = [w if np.isfinite(w) else setting for w in own_wke]
    telling: list[tuple[int, bool]] = []
    for i, (b, k) in enumerate(zip(beban, need, strict=True)):
        if b is None or k is None or b <= 0 or not wke[i] > 0:
            continue
        as_hours, as_minutes = abs(b / wke[i] - k) < 1, abs(b / (60 * wke[i]) - k) < 1
        if as_hours != as_minutes:
            telling.append((i, as_minutes))
    fit = _carried(telling)
    if not fit:
        return beban
    loc = ctx.loc(rows[fit[0]], "beban_kerja_jam")
    menit = "/".join(format_number(60 * w, 0) for w in sorted({wke[i] for i in fit}))
    findings.append(
        make_finding("beban-kerja-menit-dari-kebutuhan", loc, cocok=len(fit), jumlah=len(telling), menit=menit)
    )
    return [None if b is None else b / 60 for b in beban]


#: the words of a table's own surplus and shortfall columns ("Jumlah Pegawai / Kelebihan", "Kekurangan"); a header
#: with both ("KURANG/LEBIH") is a signed selisih (``selisih_tercatat``), not one of these
_SURPLUS_WORDS, _SHORTFALL_WORDS = frozenset({"KELEBIHAN", "LEBIH"}), frozenset({"KEKURANGAN", "KURANG"})


def _own_gaps(raw: RawTable) -> np.ndarray | None:
    """Per row, the table's own kekurangan − kelebihan (= its kebutuhan − bezetting) from its unmapped "Kelebihan" and
    "Kekurangan" columns ("2 Orang" reads 2, a blank beside a number 0; NaN where both are blank), or None without
    both columns (or without a copy of the file's columns row for row)."""
    original = raw.original_frame
    if original is None or len(original) != len(raw.frame):
        return None
    found: dict[str, np.ndarray] = {}
    for label in original.columns:
        words = set(re.sub(r"[^A-Z]+", " ", str(label).upper()).split())
        for key, own, other in (
            ("lebih", _SURPLUS_WORDS, _SHORTFALL_WORDS),
            ("kurang", _SHORTFALL_WORDS, _SURPLUS_WORDS),
        ):
            if key not in found and words & own and not words & other:
                cells = original[label].astype("string").str.extract(r"^\s*(\d+(?:[.,]\d+)?)")[0]
                found[key] = pd.to_numeric(cells.str.replace(",", ".", regex=False), errors="coerce").to_numpy(float)
    if len(found) < 2:
        return None
    lebih, kurang = found["lebih"], found["kurang"]
    gap = np.nan_to_num(kurang) - np.nan_to_num(lebih)
    return np.where(np.isnan(kurang) & np.isnan(lebih), np.nan, gap)


def _persons_by_gap(
    beban: list[float | None],
    counts: tuple[list[float | None], list[float | None]],
    settings: Settings,
    where: tuple[list[int], _Ctx],
    findings: list[Finding],
) -> list[float | None]:
    """A workload column with neither JAM nor MENIT in its header, in a table without a kebutuhan column, whose
    values are the table's own bezetting + kekurangan − kelebihan is the ABK's result in persons: a Kemenag "Surat
    Keterangan Analisis Jabatan dan Analisis Beban Kerja" table writes "Jumlah Beban Kerja" 3 beside "Jumlah Pegawai:
    Eksisting 1, Kelebihan 0, Kekurangan 2". Read as 3 hours a year, every post needed 0 or 1 and read LEBIH (peers13,
    h35). The rows where both readings fit (or neither) tell nothing; four in five of the others must fit persons.
    The values become ``counts[0]`` (kebutuhan, in place) and the workload is returned empty; one
    ``beban-kerja-berupa-kebutuhan`` says so."""
    from asn_mutasi.workload.abk import kebutuhan_from_hours

    need, held = counts
    rows, ctx = where
    info = ctx.raw.columns.get("beban_kerja_jam")
    if (
        info is None
        or "kebutuhan" in ctx.raw.columns
        or {"JAM", "MENIT"} & set(re.split(r"[^A-Z]+", info.header.upper()))
    ):
        return beban
    gaps = _own_gaps(ctx.raw)
    if gaps is None:
        return beban
    telling: list[tuple[int, bool]] = []
    for i, (b, h) in enumerate(zip(beban, held, strict=True)):
        if b is None or h is None or np.isnan(gaps[i]) or b < 0:
            continue
        as_persons = float(b).is_integer() and b == h + gaps[i]
        as_hours = kebutuhan_from_hours(b, settings) == h + gaps[i]
        if as_persons != as_hours:
            telling.append((i, as_persons))
    fit = _carried(telling)
    if not fit:
        return beban
    loc = ctx.loc(rows[fit[0]], "beban_kerja_jam")
    findings.append(make_finding("beban-kerja-berupa-kebutuhan", loc, cocok=len(fit), jumlah=len(telling)))
    need[:] = [b if k is None else k for b, k in zip(beban, need, strict=True)]
    return [None] * len(beban)


def _least_requirements(
    required: tuple[list[str | None], list[Any]],
    jenis: list[str | None],
    names: list[str | None],
    syarat_jur: list[str | None],
    where: tuple[list[int], list[list[str]], _Ctx],
    settings: Settings,
    findings: list[Finding],
) -> None:
    """A post whose table writes no education requirement asks the least of its jenis or JF jenjang
    (:func:`~asn_mutasi.domain.jabatan.least_requirement`; a JF post without its jenjang, its JF's lowest); a JF post
    without ``syarat_golongan`` asks its jenjang's lowest golongan even where the table writes an education
    requirement (a blank-golongan pelaksana was planned into Perawat Penyelia: oracle9, h29); one
    ``syarat-dari-jenjang`` says how many took the education default. A "Pranata Komputer Ahli Pertama" of a table without requirement
    columns took any SMA or D-III holder, and the plan moved one into it (h26/real4)."""
    if not settings.aturan.syarat_dari_jenjang:
        return
    from asn_mutasi.domain.rumpun import classify_position

    levels, sg = required
    rows, reasons, ctx = where
    given: list[int] = []
    for i, (level, programmes) in enumerate(zip(levels, syarat_jur, strict=True)):
        if reasons[i]:
            continue
        least, golongan = jab.least_requirement(jenis[i], names[i])
        if sg[i] is None and golongan is not None:  # whatever the education columns say (oracle9 #2, h29)
            sg[i] = gol.parse_golongan(golongan)
        if level is not None or programmes or least is None:
            continue
        levels[i] = least
        # a health profession asks its own programme ("Bidan Terampil": D-III Kebidanan, not any D-III)
        jf = classify_position(names[i] or "").jf or ""
        profession = jab.PROFESSION_PROGRAMMES.get(jf)
        if profession and jenis[i] == "Fungsional":
            if least in ("S-1", "D-IV") and jf in jab.PROFESSION_LEVEL:  # entered by the profession, not the degree
                least = levels[i] = jab.PROFESSION_LEVEL[jf]
            if jf in ("dokter", "dokter gigi") and "SPESIALIS" in (names[i] or "").upper():
                # the specialty the post names, else any of its profession's (oracle10 #3, h29)
                levels[i] = "Sp-1"
                syarat_jur[i] = jab.post_specialty(names[i]) or profession[0]
            else:
                syarat_jur[i] = "; ".join(f"{least} {programme}" for programme in profession)
        given.append(i)
    if given:
        # one example per post name: a post of two units was listed twice (real9, h28)
        shown = list(dict.fromkeys(f"{names[i]} ({levels[i]})" for i in given))
        contoh = ", ".join(shown[:3]) + (" …" if len(shown) > 3 else "")
        loc = ctx.loc(rows[given[0]], "syarat_pendidikan")
        findings.append(make_finding("syarat-dari-jenjang", loc, jumlah=len(given), contoh=contoh))


def _check_experience_requirements(src: pd.DataFrame, rows: list[int], ctx: _Ctx, findings: list[Finding]) -> None:
    """Report each ``syarat_pengalaman`` text that cannot be read."""
    syarat_exp = _texts(_column(src, "syarat_pengalaman"))
    unreadable = set(requirement_problems(syarat_exp))
    for i, value in enumerate(syarat_exp):
        if value in unreadable:
            findings.append(
                make_finding("syarat-pengalaman-tidak-terbaca", ctx.loc(rows[i], "syarat_pengalaman", value))
            )


def _refused_requests(
    src: pd.DataFrame,
    rows: list[int],
    asked: list[float | None],
    reasons: list[list[str]],
    out: tuple[_Ctx, list[Finding]],
) -> None:
    """A usulan formasi's refused requests (``status_usulan`` DITOLAK, "Tidak Disetujui") are no need: rumahASN's
    list counted them in the kebutuhan (real6, h31). Each row is left out with its reason and said once, with the
    posts the rows asked for; a request approved or still open counts. A verdict the tool does not know counts too
    (nothing says it was refused) and is said once with its rows (``status-usulan-tidak-dikenal``; real8, h31)."""
    if "status_usulan" not in src.columns:
        return
    ctx, findings = out
    cells = src["status_usulan"]
    verdicts = {v: coded_fields.parse_status_usulan(v) for v in pd.unique(cells.dropna())}
    said = cells.map(verdicts)
    _unknown_verdicts(cells, said, rows, out)
    refused = np.flatnonzero(said.eq(coded_fields.USULAN_DITOLAK).to_numpy()).tolist()
    if not refused:
        return
    for i in refused:
        _add_reason(reasons, i, f"usulan ditolak ('{_text(cells.iloc[i])}'): bukan kebutuhan")
    total = sum(v for i in refused if (v := asked[i]) is not None and not math.isnan(v))
    loc = ctx.loc(rows[refused[0]], "status_usulan", cells.iloc[refused[0]])
    findings.append(
        make_finding("usulan-ditolak-dilewati", loc, jumlah=format_number(len(refused)), formasi=format_number(total))
    )


#: a status cell of dashes and dots only ("-", "..."); an export's null is one too (:func:`coded_fields.says_nothing`)
_NO_VERDICT = re.compile(r"^[\s\-–—.]*$")


def _unknown_verdicts(cells: pd.Series, said: pd.Series, rows: list[int], out: tuple[_Ctx, list[Finding]]) -> None:
    """``status-usulan-tidak-dikenal``: the rows whose status is written but is no verdict the tool knows (a word of
    another app's workflow). They count as needs; the finding names how many, which rows and which words. A cell
    that says nothing (blank, a dash, an export's "NULL"/"None") is no word to name (review7, h31)."""
    ctx, findings = out
    silent = {v: coded_fields.says_nothing(v) or bool(_NO_VERDICT.match(str(v))) for v in pd.unique(cells.dropna())}
    written = cells.map(silent).eq(False)  # (a blank cell maps to NaN: not written)
    unknown = np.flatnonzero((written & said.isna()).to_numpy()).tolist()
    if not unknown:
        return
    contoh = ", ".join(str(rows[i]) for i in unknown[:5]) + (" …" if len(unknown) > 5 else "")
    distinct = list(dict.fromkeys(str(_text(cells.iloc[i])) for i in unknown))
    words = ", ".join(f"'{w}'" for w in distinct[:4]) + (" …" if len(distinct) > 4 else "")
    loc = ctx.loc(rows[unknown[0]], "status_usulan", cells.iloc[unknown[0]])
    findings.append(
        make_finding("status-usulan-tidak-dikenal", loc, jumlah=format_number(len(unknown)), contoh=contoh, kata=words)
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


def _elected_seats(
    names: list[str | None], rows: list[int], reasons: list[list[str]], ctx: _Ctx, findings: list[Finding]
) -> None:
    """Leave out the rows of a region's elected head or deputy (:func:`~asn_mutasi.domain.jabatan.elected_seat`),
    each said: a pejabat negara's seat, read as a post, was a vacancy ``rencana`` filled with an ASN (groups21, h35)."""
    for i in np.flatnonzero(map_distinct(pd.Series(names, dtype=object), jab.elected_seat)).tolist():
        findings.append(make_finding("jabatan-kepala-daerah", ctx.loc(rows[i], "nama_jabatan", names[i])))
        _add_reason(reasons, i, ELECTED_REASON)


#: why a row of an elected seat is left out of planning, in the roster and the peta jabatan alike
ELECTED_REASON = (
    "jabatan kepala daerah/wakil kepala daerah (pejabat negara yang dipilih): tidak ikut perencanaan mutasi"
)


def _names_and_units(
    raw: RawTable,
    src: pd.DataFrame,
    rows: list[int],
    reasons: list[list[str]],
    ctx: _Ctx,
    findings: list[Finding],
    instansi: str | None,
    told: dict[str, list[str | None]],
) -> tuple[list[str | None], list[str | None], list[str | None], list[FindingRun]]:
    """Position names and units (led by their OPD, and by their agency when several are present); empty cells
    exclude the row, and so does an elected seat's name (:func:`_elected_seats`). With an OPD column, ``told`` gets
    the OPDs and the unit cells as written. The ``sel-wajib-kosong`` of the empty cells come back as runs, made only
    as far as the cap keeps them: a million lines of one value made two million findings (hostile30, h38)."""
    names = _texts(_column(src, "nama_jabatan"))
    out: dict[str, Any] = {}
    pos_ctx = _PositionCtx(raw, reasons)
    agencies, units_in = _texts(_column(src, "instansi")), _texts(_column(src, "unit_kerja"))
    opd = _texts(_column(src, "perangkat_daerah")) if "perangkat_daerah" in raw.columns else None
    findings.extend(_instansi_rule(agencies, units_in, out, instansi, pos_ctx, "u", opd))
    units: list[str | None] = out["u"]
    empty = [
        _empty_cells(fname, values, rows, reasons, ctx)
        for fname, values in (("nama_jabatan", names), ("unit_kerja", units))
    ]
    if opd is not None:
        told["perangkat_daerah"], told[UNIT_AS_WRITTEN] = out["perangkat_daerah"], out[UNIT_AS_WRITTEN]
    _elected_seats(names, rows, reasons, ctx, findings)
    return names, _one_spelling_per_unit(units, rows, ctx, findings), out["instansi"], empty


def _empty_cells(
    fname: str, values: list[str | None], rows: list[int], reasons: list[list[str]], ctx: _Ctx
) -> FindingRun:
    """Exclude the lines whose required ``fname`` is empty; their ``sel-wajib-kosong``, made as the cap keeps them."""
    at = np.flatnonzero(_none(np.asarray(values, dtype=object))) if values else np.zeros(0, dtype=np.int64)
    reason = f"kolom wajib '{fname}' kosong"
    for i in at.tolist():
        _add_reason(reasons, i, reason)

    def make(k: int) -> Finding:
        return make_finding("sel-wajib-kosong", ctx.loc(rows[int(at[k])], fname))

    return FindingRun("sel-wajib-kosong", np.asarray(rows, dtype=np.int64)[at], make)


def _spelling_key(text: str) -> str:
    """A unit's text without what only its typing changes: case, spaces, punctuation ("Bidang Pengembangan ,
    Pendidikan" and "BIDANG PENGEMBANGAN, PENDIDIKAN"); words, abbreviations and parentheses stay."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold().replace("&", " dan ")).split())


def unit_identity(text: str) -> str:
    """The one key of a position table's unit: two spellings with one key are one unit, for its posts (repeated
    lines are summed per unit and name) and for every per-unit count, form and chart.

    The linking key (:func:`~asn_mutasi.domain.jabatan.normalize_unit_name`: case, punctuation, acronyms expanded,
    "SEKRETARIAT DPRD" = "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH") of the text with its brackets read as words:
    the linking key drops a bracket's words, and "UPT Puskesmas (Rawat Inap)" and "(Rawat Jalan)" are two units. The
    posts were summed under the linking key while lowongan, aspirasi-formulir and the plan chart counted the two
    spellings as two units (walk3 #2, h27). A bracket that restates the name before it ("Dinas Kesehatan (Dinkes)",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)": its key is the name's, or the name's key starts
    with it) is no words of its own: the unit was counted twice beside "Dinas Kesehatan" (hostile11 #2, h29; a Kab.
    Kediri master_opd writes "… (BKPSDM)" beside "DINAS KESEHATAN")."""
    outside = _BRACKETED.sub(" ", text)
    if outside.strip() != text.strip():
        head = jab.normalize_unit_name(outside)
        restated = [jab.normalize_unit_name(m.group(1)) for m in _BRACKETED.finditer(text)]
        if head and all(k and (k == head or head.startswith(k + " ")) for k in restated):
            return head
    return jab.normalize_unit_name(_BRACKETS.sub(" ", text)) or _spelling_key(text)


_BRACKETS = re.compile(r"[()\[\]]")
#: a bracketed part of a unit name
_BRACKETED = re.compile(r"[(\[]([^()\[\]]*)[)\]]")


def _one_spelling_per_unit(
    units: list[str | None], rows: list[int], ctx: _Ctx, findings: list[Finding]
) -> list[str | None]:
    """Each unit under one spelling: a unit written otherwise on other rows (other case or spacing, an acronym:
    :func:`unit_identity`) is the same unit (the per-unit view counted it as three), named once per spelling
    (``unit-ejaan-disatukan``). A spelling that differs from the kept one by its spaces alone is tidied unsaid: the
    SSCASN file's 248 names with a double space, each its unit's only spelling, gave 250 infos (review11 #7, h29).

    The spelling kept does not depend on row order: one not all in capitals (the plan's and letters' texts) if any,
    then the one with the most words (a name over its acronym), then the one most rows write (spaces collapsed),
    then the first in sorted order. The first row's spelling made the plan's texts ("→ DINAS KESEHATAN"
    for one stray row), its ``kode_jabatan`` keys (double spaces) and its tie-breaks follow row order (oracle8 #3, h29).
    """
    spellings = dict.fromkeys(u for u in units if u is not None)
    keys = {u: unit_identity(u) for u in spellings}  # once per spelling
    tidy = {u: " ".join(u.split()) for u in spellings}
    rows_of = Counter(tidy[u] for u in units if u is not None)
    best: dict[str, str] = {}
    for u in spellings:
        t, key = tidy[u], keys[u]
        if key not in best or _spelling_rank(t, rows_of) < _spelling_rank(best[key], rows_of):
            best[key] = t
    named: set[str] = set()
    out = list(units)
    for i, unit in enumerate(units):
        if unit is None:
            continue
        kept = best[keys[unit]]
        if kept != unit:
            out[i] = kept
            if unit not in named and tidy[unit] != kept:  # spaces alone are no other spelling (review11 #7, h29)
                named.add(unit)
                findings.append(make_finding("unit-ejaan-disatukan", ctx.loc(rows[i], "unit_kerja", unit), unit=kept))
    return out


def _spelling_rank(text: str, rows_of: Counter[str]) -> tuple[bool, int, int, str]:
    return (text.isupper(), -len(_spelling_key(text).split()), -rows_of[text], text)


def _programme_requirements(
    raw: RawTable, src: pd.DataFrame, rows: list[int], ctx: _Ctx, findings: list[Finding]
) -> list[str | None]:
    """Each position's programme requirement: its column, else what its level column writes beside a level — row by
    row: a table with a programme column left blank for a post and "S-1 Teknik Informatika" in its level column took
    any S-1 for it (an S-1 Hukum was moved in; plan oracle, h26)."""
    written = _texts(_column(src, "syarat_jurusan"))
    if "syarat_pendidikan" not in raw.columns:
        return written
    in_level = _programmes_in_level_column(raw, src, rows, ctx, findings, [own is not None for own in written])
    return [own if own is not None else level for own, level in zip(written, in_level, strict=True)]


def _programmes_in_level_column(
    raw: RawTable, src: pd.DataFrame, rows: list[int], ctx: _Ctx, findings: list[Finding], written: list[bool]
) -> list[str | None]:
    """The programme requirement a table without a programme column writes in its level column.

    Anjab forms write "Kualifikasi Pendidikan: S-1 Ilmu Hukum" (level and programme in one cell), and
    Kendal's e-formasi list writes only the field ("Teknik Informatika", "Ekonomi", "-"). Such a cell is the
    position's programme requirement as a whole (the matcher reads its level too); a bare level ("S-1", "SLTA")
    or a dash adds none. Cells holding a programme without any level are counted once
    (``syarat-pendidikan-berisi-jurusan``): their level comes from nowhere.
    """
    from asn_mutasi.matching.programme import OPEN_KEYS

    out: list[str | None] = []
    bare: list[int] = []
    for i, value in enumerate(_texts(_column(src, "syarat_pendidikan"))):
        if value is None or value in coded_fields.DASHES or written[i]:  # ``written``: the programme column says
            out.append(None)
            continue
        value = _tidy_filler(value)  # "S-1 Sesuai Formasi", "D-III / Ahli Madya": no programme in the wording
        bare_cell = _LEVEL_WORDING.sub(" ", value).strip()  # "Minimal S-1", "SLTA sederajat", "S-1 ke atas"
        level, rest = pend.split_level(bare_cell)
        titles = pend.titles_education(rest, level)
        if titles is not None and titles.level:
            # degree titles ("S.Tr.Keb", "S-1 S.Kep., Ners", "S.Farm, Apt") read as a name's are: their level and
            # programme are the requirement (dropping the programme let an S-1 Manajemen into a post asking "S-1
            # S.Kep., Ners"; review6, h27)
            out.append(f"{titles.level} {titles.programme}" if titles.programme else None)
            continue
        if not rest or _LETTERS_ONLY.search(rest) is None or rest.upper() in OPEN_KEYS:
            out.append(None)  # a level alone ("S-1", "D-III/S-1"), any programme ("Umum"), or no text to read
            continue
        out.append(value)
        if level is None and pend.parse_level(value) is None:
            bare.append(i)
    if bare:
        info = raw.columns["syarat_pendidikan"]
        where = ctx.loc(rows[bare[0]], "syarat_pendidikan", src["syarat_pendidikan"].iloc[bare[0]])
        findings.append(
            make_finding(
                "syarat-pendidikan-berisi-jurusan",
                where,
                judul=info.header,
                jumlah=len(bare),
                contoh=", ".join(str(rows[i]) for i in bare[:5]) + (" …" if len(bare) > 5 else ""),
            )
        )
    return out


_LETTERS_ONLY = re.compile(r"[A-Za-z]{2,}")
#: wording a level cell writes beside its level that names no programme: the degree's own name ("D-III / Ahli
#: Madya", "S-1 Strata Satu", "S-1 (Sarjana)") and "any relevant one" ("Sesuai Bidang", "Jurusan yang relevan",
#: "Semua Jurusan", "Non Kependidikan"); read as a programme, each refused everyone (third review, h26)
_LEVEL_FILLER = re.compile(
    r"\b(?:AHLI\s+(?:MADYA|PRATAMA|MUDA)|SARJANA(?:\s+(?:TERAPAN|MUDA|STRATA\s+SATU))?|STRATA\s+(?:SATU|DUA|TIGA|I{1,3})"
    r"|DIPLOMA\s+(?:SATU|DUA|TIGA|EMPAT|IV|I{1,3})|MAGISTER|PASCA\s*SARJANA"
    r"|SESUAI\s+(?:DENGAN\s+)?(?:BIDANG(?:\s+TUGAS)?|FORMASI|KEBUTUHAN|JABATAN|TUGAS)"
    r"|(?:(?:PENDIDIKAN|JURUSAN|PRODI|PROGRAM\s+STUDI|BIDANG)\s+)?YANG\s+(?:RELEVAN|SESUAI)|RELEVAN"
    r"|NON[\s-]*KEPENDIDIKAN|SEMUA\s+(?:JURUSAN|PRODI|PROGRAM\s+STUDI|BIDANG(?:\s+ILMU)?))\b",
    re.IGNORECASE,
)


def _tidy_filler(value: str) -> str:
    """``value`` without :data:`_LEVEL_FILLER` and the brackets or separators it leaves empty."""
    if _LEVEL_FILLER.search(value) is None:
        return value
    out = _LEVEL_FILLER.sub(" ", value)
    out = re.sub(r"\(\s*\)|\[\s*\]", " ", out)
    # a separator left with nothing after it (at a line's end too, or before the dash that joins SIASN's tingkat to its
    # pendidikan: "S-1/Sarjana - S-1 KEPERAWATAN" lost "Sarjana"); each run of spaces one space first, as the lines
    # below are anyway: the separator's "[ \t]*" tried a long run from every space in it, 6 s for 20,000 (review5, h31)
    out = re.sub(r"[ \t]*([/,;])[ \t]*(?=[/,;]|\s-\s|$)", " ", re.sub(r"[ \t]+", " ", out), flags=re.MULTILINE)
    # spaces within each line tidied, the line breaks kept: they part alternatives ("S-1 KEPERAWATAN\nS-1 NERS" is two
    # programmes; joined into one line it was one that nobody holds; real4, h31)
    lines = (re.sub(r"\s+", " ", line).strip(" /,;-") for line in out.splitlines())
    return "\n".join(line for line in lines if line)


#: words around a level that name no programme: "Minimal S-1", "Paling rendah SLTA", "S-1 sederajat", "D-III ke atas"
_LEVEL_WORDING = re.compile(rf"\b(?:{pend.LEVEL_FLOOR_WORDS}|SEDERAJAT)\b", re.IGNORECASE)


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
    from asn_mutasi.matching.programme import OPEN_KEYS, split_requirements

    syarat_pend_raw = _column(src, "syarat_pendidikan")
    syarat_pend = map_distinct(syarat_pend_raw, pend.parse_level)
    has_syarat = "syarat_pendidikan" in raw.columns or "syarat_jurusan" in raw.columns
    levels: list[str | None] = []
    # a programme in the level column is read as one where the programme column says nothing (see above)
    no_programme = [v is None for v in _texts(_column(src, "syarat_jurusan"))]
    for i, value in enumerate(syarat_pend_raw.tolist()):
        level = syarat_pend[i]
        text = value.strip() if isinstance(value, str) else ""
        said = text in coded_fields.DASHES or (no_programme[i] and (syarat_jur[i] or text.upper() in OPEN_KEYS))
        if level is None and not _is_blank(value) and not said:
            findings.append(make_finding("pendidikan-tidak-dikenal", ctx.loc(rows[i], "syarat_pendidikan", value)))
        if level is None and syarat_jur[i]:
            level = _min_level(pend.split_level(part)[0] for part in split_requirements(syarat_jur[i]))
        if level is None and has_syarat and _is_blank(value) and not syarat_jur[i] and not reasons[i]:
            findings.append(make_finding("jabatan-tanpa-syarat-pendidikan", ctx.loc(rows[i], "syarat_pendidikan")))
        levels.append(level)
    return levels


def _unsaid_for_merged(
    findings: list[Finding], merged: dict[int, tuple[int, bool]], without_abk: list[bool], rows: list[int]
) -> list[Finding]:
    """``findings`` without the ``jabatan-tanpa-abk`` of lines folded into a line that has a kebutuhan: a peta with
    holders writes its post once and a line per further holder, and each such line was said to have no kebutuhan
    while the post shows one (six false warnings; h26/real5)."""
    folded = {rows[i] for i, (first, _) in merged.items() if not without_abk[first]}
    if not folded:
        return findings
    return [f for f in findings if not (f.code == "jabatan-tanpa-abk" and f.location.row in folded)]


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
    """Say which lines were summed or continued, and exclude a line reusing another position's code. The summed lines
    of a list of one row per seat are no news: ``kebutuhan-dari-jumlah-baris`` counts them per post (link1, h34)."""
    need = ctx.raw.columns.get("kebutuhan")
    seat_list = need is not None and need.how == "baris"
    for i, (first, summed) in merged.items():
        if summed and seat_list:
            continue
        loc = ctx.loc(rows[i], "nama_jabatan", names[i])
        code = "jabatan-digabung" if summed else "jabatan-baris-lanjutan"
        yield make_finding(code, loc, nama_jabatan=names[i], unit_kerja=units[i], baris_lain=rows[first])
    for i, j, code in list(_code_clashes(codes_in, codes, rows, reasons, merged)):
        yield make_finding("kode-jabatan-ganda", ctx.loc(rows[i], "kode_jabatan", code), baris_lain=rows[j])
        _add_reason(reasons, i, f"kode jabatan ganda (sama dengan baris {rows[j]})")


def _merge_order(codes_in: list[str | None], content: Sequence[Sequence[object]] = ()) -> list[int]:
    """Line indices by the code as written (smallest first; lines without one last), then, among lines without a
    code, the line with more of ``content`` filled and by those cells, then by row: the order
    :func:`_merge_repeated_lines` takes lines in, so the line a post is folded into, the code it keeps (reversed rows
    sent the same moves to another code; plan3, h31) and the kelas and syarat it keeps from that line do not depend
    on the table's row order (two lines of one post without a code, asking S-1 and S-2: shuffled rows gave the post
    the other line's; hostile12, h33). Lines of one written code keep their row order: the first is the formation,
    the next add their accepted programmes to it."""
    written = [c or "" for c in codes_in]
    cells = [[_merge_cell(v) for v in line] for line in zip(*content, strict=True)] if content else []

    def key(i: int) -> tuple[bool, str, int, list[str], int]:
        own = cells[i] if cells and not written[i] else []
        return (not written[i], written[i], -sum(map(bool, own)), own, i)

    return sorted(range(len(codes_in)), key=key)


def _merge_cell(value: object) -> str:
    """A line's cell as :func:`_merge_order` compares it: "" for a blank one; a text in any case alike (of two lines
    of one post in other letter case, the first keeps its spelling)."""
    return "" if value is None or value != value else str(value).casefold()  # (value != value: NaN)


def _merge_repeated_lines(
    codes: list[str],
    codes_in: list[str | None],
    names: list[str | None],
    units: list[str | None],
    reasons: list[list[str]],
    amounts: tuple[list[int], list[float | None], list[float | None]],
    syarat_jur: list[str | None],
    content: Sequence[Sequence[object]] = (),
) -> tuple[dict[int, tuple[int, bool]], dict[int, int]]:
    """Fold repeated (unit, jabatan) lines into their first line (in :func:`_merge_order` of ``content``); return
    {row index: (first index, summed)} and the same-named posts kept apart (below), {row index: first index}.

    Formation lists repeat a line once per formation type (UMUM, DISABILITAS, …) and hand-made lists repeat it with
    other letter case: kebutuhan, bezetting and workload are summed. A line repeating an earlier line's own code (SSCASN
    lists one line per accepted study programme of one formation) continues that line: its programme is added to the
    accepted ones and nothing is summed. A line of another code whose accepted programmes share none with the first
    line's is another post of the same name (one per bidang since KepmenPANRB 656/2023: "Penata Layanan Operasional"
    for S-1 Hukum and for S-1 Akuntansi) and stays apart: summed, a Hukum graduate filled the Akuntansi seat.
    """
    kebutuhan, bezetting, beban = amounts
    kept_apart: dict[int, int] = {}
    apart: dict[tuple[str, str, str], int] = {}  #: (unit, name, code) of a same-named post kept apart -> its line
    same_name: dict[tuple[str, str], list[int]] = {}  #: (unit, name) -> the lines of the posts kept apart
    first_of: dict[tuple[str, str], int] = {}
    codes_of: dict[tuple[str, str], set[str]] = {}
    merged: dict[int, tuple[int, bool]] = {}
    unit_keys: dict[str, str] = {}  # each distinct text normalised once
    name_keys: dict[str, str] = {}
    for i in _merge_order(codes_in, content):
        if reasons[i] or not names[i] or not units[i]:
            continue
        unit, name = units[i] or "", names[i] or ""
        unit_key = unit_keys.get(unit)
        if unit_key is None:
            unit_key = unit_keys[unit] = unit_identity(unit)
        name_key = name_keys.get(name)
        if name_key is None:
            name_key = name_keys[name] = jab.normalize_position_name(name)
        key = (unit_key, name_key)
        code = codes_in[i]
        if code and (unit_key, name_key, code) in apart:  # a line continuing a post kept apart (below)
            j = apart[(unit_key, name_key, code)]
            merged[i] = (j, False)
            _add_programme(syarat_jur, j, syarat_jur[i])
            continue
        j = first_of.setdefault(key, i)
        seen = codes_of.setdefault(key, set())
        if j == i:
            seen.add(code or "")
            continue
        codes[i] = codes[j]
        if code and code in seen:
            merged[i] = (j, False)
            _add_programme(syarat_jur, j, syarat_jur[i])
            continue
        if code and codes_in[j] and _disjoint_programmes(syarat_jur[i], syarat_jur[j]):
            # another post of the same name: its own accepted programmes, its own seats (summed with an earlier
            # such post whose programmes it shares)
            others = same_name.setdefault(key, [])
            k = next((k for k in others if not _disjoint_programmes(syarat_jur[i], syarat_jur[k])), None)
            if k is None:
                codes[i] = code
                apart[(unit_key, name_key, code)] = i
                others.append(i)
                kept_apart[i] = j
                continue
            j, codes[i] = k, codes[k]
            apart[(unit_key, name_key, code)] = k  # its further lines continue that post
        else:
            seen.add(code or "")
        merged[i] = (j, True)
        kebutuhan[j] += kebutuhan[i]
        zi, bi, bj = bezetting[i], beban[i], beban[j]
        if zi is not None:
            bezetting[j] = (bezetting[j] or 0.0) + zi
        if bi is not None and bj is not None:
            beban[j] = bj + bi
    return _in_row_order(merged, kept_apart), kept_apart


def _in_row_order(merged: dict[int, tuple[int, bool]], kept_apart: dict[int, int]) -> dict[int, tuple[int, bool]]:
    """``merged`` (returned) and ``kept_apart`` (in place) keyed in row order, as the findings tell them."""
    apart_rows = sorted(kept_apart.items())
    kept_apart.clear()
    kept_apart.update(apart_rows)
    return dict(sorted(merged.items()))


def _summed_needs(
    merged: dict[int, tuple[int, bool]],
    exact: list[float | None],
    kebutuhan: list[int],
    where: tuple[list[int], _Ctx, Settings],
    findings: list[Finding],
    posts: tuple[list[str | None], list[str | None], list[Any]],
) -> None:
    """The kebutuhan of each post written on several lines (:func:`_round_summed_needs`), and a warning for each
    managerial post it made need more than one (:func:`_summed_heads`)."""
    _round_summed_needs(merged, exact, kebutuhan, where, findings)
    findings.extend(_summed_heads(merged, exact, kebutuhan, posts, where))


def _summed_heads(
    merged: dict[int, tuple[int, bool]],
    exact: list[float | None],
    kebutuhan: list[int],
    posts: tuple[list[str | None], list[str | None], list[Any]],
    where: tuple[list[int], _Ctx, Settings],
) -> Iterator[Finding]:
    """Warn where summing repeated lines made a managerial post (one holder: a Kepala, a Sekretaris, a JPT,
    administrator or pengawas post) of lines of kebutuhan 1 each need more than one (``exact``: each line's kebutuhan
    as written; None, from the ABK sheet or the hours, is not read as more than 1): the lines are almost certainly
    one post written twice, e.g. under two spellings of its unit ("Kepala" of "SEKRETARIAT DPRD" and of
    "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH" became kebutuhan 2 in silence; walk3 #2, h27)."""
    (names, units, jenis), (rows, ctx, _) = posts, where
    lines: dict[int, list[int]] = {}
    for i, (j, summed) in merged.items():
        if summed:
            lines.setdefault(j, [j]).append(i)
    for j, group in lines.items():
        if jab.heads_a_unit(names[j], jenis[j]) and kebutuhan[j] > 1 and all((exact[k] or 0.0) <= 1 for k in group):
            yield make_finding(
                "jabatan-pimpinan-dijumlahkan",
                ctx.loc(rows[j], "nama_jabatan", names[j]),
                unit_kerja=units[j],
                jenis=jab.head_kind(jenis[j]),
                baris=", ".join(str(rows[k]) for k in sorted(group)),
                kebutuhan=kebutuhan[j],
            )


def _kept_apart_findings(
    kept_apart: dict[int, int], names: list[str | None], units: list[str | None], rows: list[int], ctx: _Ctx
) -> Iterator[Finding]:
    for i, first in kept_apart.items():
        loc = ctx.loc(rows[i], "nama_jabatan", names[i])
        yield make_finding("jabatan-nama-sama", loc, unit_kerja=units[i], baris_lain=rows[first])


def _add_programme(syarat_jur: list[str | None], j: int, extra: str | None) -> None:
    """Add ``extra`` to line ``j``'s accepted programmes (joined with " ATAU ") when it is not there yet."""
    if extra and extra not in (syarat_jur[j] or "").split(" ATAU "):
        syarat_jur[j] = f"{syarat_jur[j]} ATAU {extra}" if syarat_jur[j] else extra


def _programme_set(text: str | None) -> set[str]:
    return {" ".join(p.casefold().split()) for p in re.split(r"\s+ATAU\s+|[;|\n]", text or "") if p.strip()}


def _disjoint_programmes(a: str | None, b: str | None) -> bool:
    """Whether two lines' accepted programmes are both given and share none."""
    sa, sb = _programme_set(a), _programme_set(b)
    return bool(sa) and bool(sb) and not (sa & sb)


def _position_codes(
    src: pd.DataFrame,
    names: list[str | None],
    units: list[str | None],
    rows: list[int],
    reasons: list[list[str]],
    ctx: _Ctx,
    findings: list[Finding],
    told: dict[str, list[str | None]],
) -> tuple[list[str | None], list[str]]:
    """(codes as the table writes them, each row's post code): the written code, ``kode | unit`` for a code written
    in several units (``told`` then gets the codes as written), else one made from name and unit."""
    codes_in = _texts(_column(src, "kode_jabatan"))
    written = _codes_per_unit(codes_in, units, reasons, rows, ctx, findings)
    if written is not None:
        told[CODE_AS_WRITTEN] = written
    codes = [
        codes_in[i] or (position_code(name, unit) if name and unit else f"BARIS-{rows[i]}")
        for i, (name, unit) in enumerate(zip(names, units, strict=True))
    ]
    return codes_in, codes


def _codes_per_unit(
    codes_in: list[str | None],
    units: list[str | None],
    reasons: list[list[str]],
    rows: list[int],
    ctx: _Ctx,
    findings: list[Finding],
) -> list[str | None] | None:
    """A kode_jabatan written in several units names a jabatan, not a post (a SIASN jabatan id, an ABK app's
    "ANALIS" in every unit): each post is then ``kode | unit`` (``codes_in`` changed in place), and the code as
    written is returned per row (None for the others) to link roster and task rows by code within their unit.
    Before, the later units' posts were dropped as ``kode-jabatan-ganda`` and their holders and tasks counted in
    the first unit's. None when no code is shared."""
    units_of: dict[str, set[str]] = {}
    for i, code in enumerate(codes_in):
        if code is not None and units[i] and not reasons[i]:
            units_of.setdefault(code, set()).add(jab.normalize_unit_name(units[i] or ""))
    shared = {code for code, seen in units_of.items() if len(seen) > 1}
    if not shared:
        return None
    written: list[str | None] = [None] * len(codes_in)
    for i, code in enumerate(codes_in):
        if code in shared and units[i]:
            written[i], codes_in[i] = code, post_code(code, units[i] or "")
    first = next(i for i, w in enumerate(written) if w is not None)
    loc = ctx.loc(rows[first], "kode_jabatan", written[first])
    findings.append(make_finding("kode-jabatan-per-unit", loc, jumlah=len(shared), contoh=codes_in[first]))
    return written


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
