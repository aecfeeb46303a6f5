"""Apply an approved mutation plan to the roster: decisions → new roster, SK list, findings.

Pure functions over DataFrames: the plan workbook and the roster are read by ``io``; this
module checks that the plan still fits the roster, refuses with one error finding per
problem when it does not, and otherwise returns the roster's original cells with the
approved movers' ``jabatan``, ``unit_kerja``, ``kode_jabatan`` and ``tmt_jabatan`` updated
(only where the roster has those columns) plus the decree list (daftar SK).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any, cast

import numpy as np
import pandas as pd

from asn_mutasi.domain.jabatan import (
    normalize_position_name,
    normalize_unit_name,
    opd_of_key,
    unit_in_words,
)
from asn_mutasi.domain.nip import nip_key, nip_keys
from asn_mutasi.domain.unit import OwnRegions, part_below, same_regions, unit_among
from asn_mutasi.findings import Finding, Location, Severity, make_finding
from asn_mutasi.schema import (
    KEPUTUSAN,
    PLAN_MOVE_COLUMNS,
    PLAN_MOVE_PPPK_HEADERS,
    ROW,
    UNIT_AS_WRITTEN,
    RawTable,
    split_post_code,
)

PLAN_SHEET = "Rencana Mutasi"
#: columns the analyst may edit; every other column must equal the hidden copy
EDITABLE = ("keputusan", "catatan")
SK_COLUMNS: tuple[tuple[str, str], ...] = (
    ("nomor_urut", "No"),
    ("nip", "NIP/NI PPPK"),
    ("nama", "Nama"),
    ("golongan", "Pangkat/Golongan"),
    ("jabatan_lama", "Jabatan Lama"),
    ("unit_lama", "Unit Kerja Lama"),
    ("jabatan_baru", "Jabatan Baru"),
    ("unit_baru", "Unit Kerja Baru"),
    ("tmt", "TMT"),
)
_HEADER_TO_FIELD = {header: name for name, header in (*PLAN_MOVE_COLUMNS, *PLAN_MOVE_PPPK_HEADERS.items())}
_LETTERS = {name: i for i, (name, _h) in enumerate(PLAN_MOVE_COLUMNS)}


@dataclass
class ApplyResult:
    """What applying a plan produced; ``ok`` is False when any error finding exists."""

    findings: list[Finding]
    roster: pd.DataFrame | None  #: the roster's original cells (original headers) after the moves
    sk: pd.DataFrame  #: decree list, columns of :data:`SK_COLUMNS` (canonical names)
    applied: pd.DataFrame  #: the approved moves that were applied, in plan order
    counts: dict[str, int] = field(default_factory=dict)  #: setuju/tolak/tunda/kosong

    @property
    def ok(self) -> bool:
        return not any(f.severity is Severity.ERROR for f in self.findings)


# --- small value helpers ------------------------------------------------------------------
def _blank(value: Any) -> bool:
    if value is None or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def cell_text(value: Any) -> str:
    """Return a cell as comparable text ('' for empty; 12.0 → '12')."""
    if _blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, pd.Timestamp)):
        return value.strftime("%Y-%m-%d")
    return str(value).strip()


def norm_position(jabatan: Any, unit: Any) -> tuple[str, str]:
    """Return the normalised (position name, unit name) pair used to compare positions."""
    return _norm_pair(cell_text(jabatan), cell_text(unit))


@lru_cache(maxsize=65536)
def _norm_pair(jabatan: str, unit: str) -> tuple[str, str]:
    return normalize_position_name(jabatan), normalize_unit_name(unit)


def _same_value(a: Any, b: Any) -> bool:
    ta, tb = cell_text(a), cell_text(b)
    if ta == tb:
        return True
    try:
        fa, fb = float(ta.replace(",", ".")), float(tb.replace(",", "."))
    except ValueError:
        return " ".join(ta.split()) == " ".join(tb.split())
    return math.isclose(fa, fb, rel_tol=1e-9, abs_tol=1e-6)


def canonical_plan_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Rename workbook headers ("ID Mutasi" …) to canonical fields; canonical names pass."""
    return frame.rename(columns={c: _HEADER_TO_FIELD[c] for c in frame.columns if c in _HEADER_TO_FIELD})


def _excel_rows(visible: pd.DataFrame) -> list[int]:
    if ROW in visible.columns:
        return [int(r) for r in visible[ROW]]
    return list(range(2, len(visible) + 2))  # header on row 1


def _letter(field_name: str) -> str:
    index = _LETTERS.get(field_name, 0)
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _header(field_name: str) -> str:
    return dict(PLAN_MOVE_COLUMNS).get(field_name, field_name)


def parse_keputusan(value: Any) -> str | None:
    """Return ``Setuju``/``Tolak``/``Tunda`` (case-insensitive), '' for empty, None if invalid."""
    text = cell_text(value)
    if not text:
        return ""
    for option in KEPUTUSAN:
        if text.casefold() == option.casefold():
            return option
    return None


def approved_mask(decisions: pd.Series) -> np.ndarray:
    """Per row, whether its decision reads Setuju as :func:`parse_keputusan` reads it ("SETUJU", " setuju "):
    `surat`, `diklat` and `bandingkan` compared the text as written and left out moves `terapkan` applied (87
    applied, letters for 37; hostile round 6, h26). One reading of a decision for every command."""
    return decisions.map(parse_keputusan).eq("Setuju").to_numpy(dtype=bool)


# --- the checks -------------------------------------------------------------------------
@dataclass
class _Ctx:
    plan_file: str | None
    findings: list[Finding] = field(default_factory=list)

    def add(self, code: str, row: int | None, field_name: str | None, value: Any = None, **params: Any) -> None:
        loc = Location(
            file=self.plan_file,
            sheet=PLAN_SHEET,
            row=row,
            column=_letter(field_name) if field_name else None,
            header=_header(field_name) if field_name else None,
            field=field_name,
            value=None if _blank(value) else cell_text(value),
        )
        self.findings.append(make_finding(code, loc, **params))


def plan_edits(visible: pd.DataFrame, hidden: pd.DataFrame, plan_file: str | None = None) -> list[Finding]:
    """The ``rencana-baris-diubah`` findings of a plan sheet against its hidden copy (rows edited outside the
    decision columns, added or deleted), as ``terapkan`` checks them; for ``surat``, ``diklat`` and ``bandingkan``."""
    visible = canonical_plan_frame(visible).reset_index(drop=True)
    hidden = canonical_plan_frame(hidden).reset_index(drop=True)
    for col in (name for name, _header in PLAN_MOVE_COLUMNS):
        if col not in visible.columns:
            visible[col] = None
    ctx = _Ctx(plan_file)
    _check_edits(visible, hidden, _excel_rows(visible), ctx)
    return ctx.findings


def _check_edits(visible: pd.DataFrame, hidden: pd.DataFrame, rows: list[int], ctx: _Ctx) -> None:
    """Report rows whose non-editable values differ from the hidden copy, plus added/deleted rows."""
    hidden_by_id: dict[str, dict[Any, Any]] = {}
    for rec in hidden.to_dict("records"):
        hidden_by_id.setdefault(cell_text(rec.get("id_mutasi")), rec)
    compared = [c for c in hidden.columns if c in visible.columns and c not in EDITABLE and not c.startswith("_")]
    seen: Counter[str] = Counter()
    for row, rec in zip(rows, visible.to_dict("records"), strict=True):
        mid = cell_text(rec.get("id_mutasi"))
        if not mid:
            ctx.add(
                "rencana-baris-diubah",
                row,
                "id_mutasi",
                id_mutasi="(kosong)",
                alasan="baris tanpa ID Mutasi ditambahkan",
            )
            continue
        seen[mid] += 1
        if seen[mid] == 2:
            ctx.add(
                "rencana-baris-diubah",
                row,
                "id_mutasi",
                mid,
                id_mutasi=mid,
                alasan="ID Mutasi muncul lebih dari sekali",
            )
            continue
        original = hidden_by_id.get(mid)
        if original is None:
            ctx.add(
                "rencana-baris-diubah",
                row,
                "id_mutasi",
                mid,
                id_mutasi=mid,
                alasan="ID Mutasi tidak ada di rencana asli",
            )
            continue
        changed = [c for c in compared if c != "id_mutasi" and not _same_value(rec.get(c), original.get(c))]
        if changed:
            names = ", ".join(_header(c) for c in changed)
            ctx.add(
                "rencana-baris-diubah",
                row,
                changed[0],
                rec.get(changed[0]),
                id_mutasi=mid,
                alasan=f"kolom {names} diubah",
            )
    for mid in hidden_by_id:
        if mid and mid not in seen:
            ctx.add(
                "rencana-baris-diubah",
                None,
                "id_mutasi",
                mid,
                id_mutasi=mid,
                alasan="baris dihapus dari lembar kerja Rencana Mutasi",
            )


def _need_map(hidden: pd.DataFrame, positions: pd.DataFrame | None) -> dict[str, int]:
    need: dict[str, int] = {}
    if positions is not None and {"kode_jabatan", "kebutuhan"} <= set(positions.columns):
        for kode, keb in zip(positions["kode_jabatan"], positions["kebutuhan"], strict=True):
            if not _blank(kode) and not _blank(keb):
                need[cell_text(kode)] = int(keb)
    for side in ("asal", "tujuan"):
        kcol, ncol = f"kode_jabatan_{side}", f"kebutuhan_{side}"
        if {kcol, ncol} <= set(hidden.columns):
            for kode, keb in zip(hidden[kcol], hidden[ncol], strict=True):
                if not _blank(kode) and not _blank(keb):
                    need.setdefault(cell_text(kode), int(float(keb)))
    return need


def _holder_codes(roster: pd.DataFrame, moves: pd.DataFrame, positions: pd.DataFrame | None) -> list[str]:
    """Return each roster row's position code (roster kode, else matched by name to the plan/positions)."""
    by_name: dict[tuple[str, str], str] = {}
    for side in ("asal", "tujuan"):
        for kode, jab, unit in zip(
            moves[f"kode_jabatan_{side}"], moves[f"jabatan_{side}"], moves[f"unit_{side}"], strict=True
        ):
            if cell_text(kode):
                by_name.setdefault(norm_position(jab, unit), cell_text(kode))
    if positions is not None and {"kode_jabatan", "nama_jabatan", "unit_kerja"} <= set(positions.columns):
        for kode, jab, unit in zip(
            positions["kode_jabatan"], positions["nama_jabatan"], positions["unit_kerja"], strict=True
        ):
            by_name.setdefault(norm_position(jab, unit), cell_text(kode))
    kodes = roster["kode_jabatan"] if "kode_jabatan" in roster.columns else [None] * len(roster)
    out: list[str] = []
    for kode, jab, unit in zip(kodes, roster["jabatan"], roster["unit_kerja"], strict=True):
        out.append(cell_text(kode) or by_name.get(norm_position(jab, unit), ""))
    return out


def _check_chains(
    moves: pd.DataFrame,
    decisions: list[str],
    rows: list[int],
    roster: pd.DataFrame,
    hidden: pd.DataFrame,
    positions: pd.DataFrame | None,
    ctx: _Ctx,
) -> None:
    """Report positions that end over their need because a vacating move was not approved."""
    current = Counter(c for c in _holder_codes(roster, moves, positions) if c)
    need = _need_map(hidden, positions)
    final, planned = Counter(current), Counter(current)
    outs: dict[str, list[int]] = defaultdict(list)
    ins: dict[str, list[int]] = defaultdict(list)
    recs = moves.to_dict("records")
    for i, rec in enumerate(recs):
        src, dst = cell_text(rec.get("kode_jabatan_asal")), cell_text(rec.get("kode_jabatan_tujuan"))
        planned[src] -= 1
        planned[dst] += 1
        outs[src].append(i)
        ins[dst].append(i)
        if decisions[i] == "Setuju":
            final[src] -= 1
            final[dst] += 1
    for kode in sorted(ins):
        approved_in = [i for i in ins[kode] if decisions[i] == "Setuju"]
        if not approved_in:
            continue
        base = need.get(kode, current[kode])
        cap = max(base, planned[kode])
        if final[kode] <= cap:
            continue
        first_in = recs[approved_in[0]]
        id_masuk = ", ".join(cell_text(recs[i].get("id_mutasi")) for i in approved_in)
        for i in outs.get(kode, []):
            if decisions[i] == "Setuju":
                continue
            rec = recs[i]
            ctx.add(
                "rencana-rantai-putus",
                rows[i],
                "keputusan",
                rec.get("keputusan"),
                id_mutasi=cell_text(rec.get("id_mutasi")),
                keputusan=decisions[i] or "belum diputuskan",
                rantai=cell_text(rec.get("rantai")) or "-",
                jabatan=cell_text(first_in.get("jabatan_tujuan")),
                unit_kerja=cell_text(first_in.get("unit_tujuan")),
                akhir=final[kode],
                kebutuhan=base,
                id_masuk=id_masuk,
            )


# --- entry point ------------------------------------------------------------------------
def apply_plan(
    visible: pd.DataFrame,
    hidden: pd.DataFrame,
    raw: RawTable,
    roster: pd.DataFrame,
    tmt: date,
    *,
    positions: pd.DataFrame | None = None,
    plan_file: str | None = None,
) -> ApplyResult:
    """Check the analyst's decisions against the roster and apply the approved moves.

    ``visible``/``hidden`` are the plan sheet and its hidden copy (canonical field names or
    workbook headers; ``_baris`` gives the Excel row, else row 2 onwards). ``roster`` is the
    prepared roster frame of ``raw``. When any error finding is returned, ``roster`` is None
    and nothing should be written.
    """
    visible = canonical_plan_frame(visible).reset_index(drop=True)
    hidden = canonical_plan_frame(hidden).reset_index(drop=True)
    plan_fields = [name for name, _header in PLAN_MOVE_COLUMNS]
    for col in plan_fields:
        if col not in visible.columns:
            visible[col] = None
    rows = _excel_rows(visible)
    ctx = _Ctx(plan_file)
    _check_edits(visible, hidden, rows, ctx)

    decisions = _read_decisions(visible, rows, ctx)
    counts = Counter(d or "kosong" for d in decisions)
    approved, nip_rows = _approved_moves(visible, decisions, rows, roster, ctx, positions=positions)
    _check_chains(visible, decisions, rows, roster, hidden, positions, ctx)
    if len(visible) and not counts.get("Setuju", 0) and not ctx.findings:
        _report_undecided(len(visible), counts, plan_file, ctx)
    elif not len(visible) and not ctx.findings:  # an empty plan wrote an unchanged roster, or crashed (walk11, h33)
        ctx.findings.append(make_finding("rencana-tanpa-usulan", Location(file=plan_file, sheet=PLAN_SHEET)))

    applied = visible.iloc[approved].reset_index(drop=True)
    stats = {
        "setuju": counts.get("Setuju", 0),
        "tolak": counts.get("Tolak", 0),
        "tunda": counts.get("Tunda", 0),
        "kosong": counts.get("kosong", 0),
    }
    if any(f.severity is Severity.ERROR for f in ctx.findings):
        return ApplyResult(ctx.findings, None, pd.DataFrame(columns=[c for c, _ in SK_COLUMNS]), applied, stats)
    new_roster = _updated_roster(raw, roster, applied, nip_rows, tmt, positions=positions)
    sk = build_sk(applied, roster, nip_rows, tmt)
    return ApplyResult(ctx.findings, new_roster, sk, applied, stats)


def _read_decisions(visible: pd.DataFrame, rows: list[int], ctx: _Ctx) -> list[str]:
    """Return each move's keputusan ('' for an unreadable one, which is reported)."""
    decisions: list[str] = []
    for row, rec in zip(rows, visible.to_dict("records"), strict=True):
        value = parse_keputusan(rec.get("keputusan"))
        if value is None:
            ctx.add(
                "rencana-keputusan-tidak-valid",
                row,
                "keputusan",
                rec.get("keputusan"),
                id_mutasi=cell_text(rec.get("id_mutasi")),
            )
            value = ""
        decisions.append(value)
    return decisions


def _approved_moves(
    visible: pd.DataFrame,
    decisions: list[str],
    rows: list[int],
    roster: pd.DataFrame,
    ctx: _Ctx,
    *,
    applied_ok: bool = False,
    positions: pd.DataFrame | None = None,
) -> tuple[list[int], dict[str, int]]:
    """Return the approved moves that can be applied, and each NIP's first roster row.

    A second approval of one NIP, an unknown NIP or an employee no longer in the move's
    origin position is reported and left out (``applied_ok``: nor in its target position,
    where the move has put them already).
    """
    nip_rows: dict[str, int] = {}
    for i, nip in enumerate(nip_keys(roster["nip"])):
        nip_rows.setdefault(nip, i)
    approved: list[int] = []
    first_approval: dict[str, str] = {}
    units = _plan_units(visible, positions)
    for i, rec in enumerate(visible.to_dict("records")):
        if decisions[i] != "Setuju":
            continue
        mid, nip = cell_text(rec.get("id_mutasi")), nip_key(rec.get("nip"))
        if nip in first_approval:
            ctx.add("rencana-ganda", rows[i], "nip", nip, id_mutasi=mid, nip=nip, id_lain=first_approval[nip])
            continue
        first_approval[nip] = mid
        pos = nip_rows.get(nip)
        if pos is None:
            ctx.add("rencana-nip-tidak-ada", rows[i], "nip", nip, id_mutasi=mid, nip=nip)
            continue
        emp = roster.iloc[pos]
        if not _holds_origin(emp, rec, units=units) and not (
            applied_ok and _holds_origin(emp, rec, "tujuan", units=units)
        ):
            ctx.add(
                "rencana-jabatan-berubah",
                rows[i],
                "jabatan_asal",
                rec.get("jabatan_asal"),
                id_mutasi=mid,
                nip=nip,
                jabatan_kini=cell_text(emp.get("jabatan")),
                unit_kini=cell_text(emp.get("unit_kerja")),
                jabatan_asal=cell_text(rec.get("jabatan_asal")),
                unit_asal=cell_text(rec.get("unit_asal")),
            )
            continue
        approved.append(i)
    return approved, nip_rows


def moves_against_roster(moves: pd.DataFrame, roster: pd.DataFrame, plan_file: str | None = None) -> list[Finding]:
    """What ``terapkan`` finds of these (approved) moves against ``roster``: a NIP twice, a NIP the roster does not
    hold (``rencana-nip-tidak-ada``), a person no longer in the move's origin post (``rencana-jabatan-berubah``).

    For ``surat`` and ``diklat``, which write letters and budget lines for the same moves: none for a person
    of another roster than the plan's. A person already in the move's target post is no finding here (the
    roster written by ``terapkan``).
    """
    visible = canonical_plan_frame(moves).reset_index(drop=True)
    for col in (name for name, _header in PLAN_MOVE_COLUMNS):
        if col not in visible.columns:
            visible[col] = None
    ctx = _Ctx(plan_file)
    _approved_moves(visible, ["Setuju"] * len(visible), _excel_rows(visible), roster, ctx, applied_ok=True)
    return ctx.findings


def _report_undecided(n_moves: int, counts: Counter[str], plan_file: str | None, ctx: _Ctx) -> None:
    """Nothing decided Setuju: applying would write an unchanged roster and an empty SK list."""
    ctx.findings.append(
        make_finding(
            "rencana-belum-diputuskan",
            Location(
                file=plan_file,
                sheet=PLAN_SHEET,
                column=_letter("keputusan"),
                header=_header("keputusan"),
                field="keputusan",
            ),
            jumlah=n_moves,
            kosong=counts.get("kosong", 0),
            tolak=counts.get("Tolak", 0),
            tunda=counts.get("Tunda", 0),
        )
    )


def _plan_units(visible: pd.DataFrame, positions: pd.DataFrame | None) -> dict[str, str]:
    """The normalised units a roster's unit is read among, each as first written: every unit the plan names (origins
    and targets) and, given the position table, all of its units."""
    cells = [*visible["unit_asal"].tolist(), *visible["unit_tujuan"].tolist()]
    if positions is not None and "unit_kerja" in positions.columns:
        cells += positions["unit_kerja"].drop_duplicates().tolist()
    out: dict[str, str] = {}
    for cell in dict.fromkeys(cells):
        text = cell_text(cell)
        if key := normalize_unit_name(text):
            out.setdefault(key, text)
    return out


def _holds_origin(
    emp: pd.Series, move: dict[Any, Any], end: str = "asal", *, units: Mapping[str, str] | None = None
) -> bool:
    """Whether the person holds the move's origin post (``end`` "tujuan": its target post); ``units``: see
    :func:`same_unit`."""
    kode_now, kode_plan = cell_text(emp.get("kode_jabatan")), cell_text(move.get(f"kode_jabatan_{end}"))
    if kode_now and kode_plan:  # a code the table writes in several units is "kode | unit" in the plan
        return kode_now == kode_plan or split_post_code(kode_plan)[0] == kode_now
    (post_now, unit_now) = norm_position(emp.get("jabatan"), emp.get("unit_kerja"))
    (post_plan, unit_plan) = norm_position(move.get(f"jabatan_{end}"), move.get(f"unit_{end}"))
    return post_now == post_plan and same_unit(unit_now, unit_plan, units)


def same_unit(a: str, b: str, units: Mapping[str, str] | None = None) -> bool:
    """Whether roster unit ``a`` and plan unit ``b`` (normalised names) name one unit as roster linking reads them:
    equal; equal but for the region or "UPT" ("sekretariat daerah kabupaten sukamaju" and "sekretariat daerah",
    "dinas x kabupaten y bidang z" and "dinas x bidang z", "puskesmas x" and "unit pelaksana teknis puskesmas x");
    or ``b`` is the one unit among ``units`` (normalised → as written; and ``b``) that ``a``'s short form or
    initials stands for (:func:`~asn_mutasi.domain.unit.unit_among`, as linking reads it); never of two regions
    ("dinas kesehatan kota bima" is no "dinas kesehatan kabupaten bima"), nor a part below the office ``a`` writes
    alone (link3, h35). The plan linked these rosters
    and `terapkan` refused them as "data pegawai sudah berubah" (walkthrough, h26); any name that merely began or
    ended with the other ("bagian umum dan keuangan" for "bagian umum", "sekretariat dinas kesehatan" for "dinas
    kesehatan") let a real transfer be overwritten (third review, h26)."""
    if a == b:
        return True
    written = (units or {}).get(b, b)
    if (
        not a
        or not b
        or not same_regions(a, written, OwnRegions((units or {}).values()))
        or part_below(a.split(), b, written)
    ):
        return False  # another region's unit, or a part of the office the roster writes alone (link3, h35)
    from asn_mutasi.workload.linking import respelt_unit, unit_affix_key, unit_place_cuts

    # "Keluharan Cikalong": linking reads a misspelt kind of unit as the one it spells, so the plan moved the person
    # from Kelurahan Cikalong; `terapkan` refused every such move (fourth review, h26)
    fixed = respelt_unit(a)
    plan = unit_affix_key(b)
    # "Satpol PP Kabupaten X | Sekretariat": an OPD written with its place beside its sub-unit (walk4, h28)
    return b in unit_place_cuts(a) or any(
        unit_affix_key(roster) == plan or unit_among(roster, {*(units or {}), b}, units) == b
        for roster in ((a,) if fixed is None else (a, fixed))
    )


def _column_position(raw: RawTable, original: pd.DataFrame, field_name: str) -> int | None:
    info = raw.columns.get(field_name)
    if info is None:
        return None
    cols = list(original.columns)
    if cols.count(info.header) == 1:
        return cols.index(info.header)
    index = 0
    for ch in info.letter:
        index = index * 26 + (ord(ch.upper()) - 64)
    return index - 1 if 0 < index <= len(cols) else None


def format_tmt_like(tmt: date, existing: pd.Series) -> Any:
    """Return ``tmt`` in the same style as the column's existing values (date object or text)."""
    for value in existing:
        if _blank(value):
            continue
        if isinstance(value, (datetime, pd.Timestamp)):
            return datetime(tmt.year, tmt.month, tmt.day)
        if isinstance(value, date):
            return tmt
        text = str(value).strip()
        m = re.fullmatch(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})", text)
        if m:
            return f"{tmt.day:02d}{m.group(2)}{tmt.month:02d}{m.group(2)}{tmt.year}"
        if re.fullmatch(r"\d{4}/\d{2}/\d{2}", text):
            return tmt.strftime("%Y/%m/%d")
        if re.fullmatch(r"\d{1,2}\s+[A-Za-z]+\s+\d{4}", text):  # "1 Agustus 1967"
            from asn_mutasi.formatting import format_date_words

            return format_date_words(tmt)
        break
    return tmt.isoformat()


def tmt_cells(tmt: date, column: pd.Series, rows: list[int]) -> list[Any]:
    """``tmt`` for each of ``rows`` of a TMT column in the style of the cell it replaces (a real date stays a real
    date, "dd/mm/yyyy" text stays such text), a blank cell in the column's style (:func:`format_tmt_like`).

    The column's first value decided for every mover: a DUK typing its TMT five ways had 64 real Excel dates
    rewritten as text "01-01-2027" (walk3 #6, h27). Each distinct style is formatted once."""
    fallback = format_tmt_like(tmt, column)
    styles: dict[Any, Any] = {}
    out: list[Any] = []
    for pos in rows:
        cell = column.iloc[pos]
        if _blank(cell):
            out.append(fallback)
            continue
        key = type(cell) if isinstance(cell, (date, pd.Timestamp)) else _text_style(str(cell))
        if key not in styles:
            styles[key] = format_tmt_like(tmt, pd.Series([cell], dtype=object))
        out.append(styles[key])
    return out


def _text_style(text: str) -> str:
    """The shape of a date text: each digit as 9, a word as a ("31-12-2026" → "99-99-9999"). Digits one by one: runs
    of digits as one 9 gave "2019/03/04" and "01/02/2020" one shape, and the first of them wrote every other's TMT in
    its own order (h27 re-read)."""
    return re.sub(r"[A-Za-z]+", "a", re.sub(r"\d", "9", text.strip()))


def _updated_roster(
    raw: RawTable,
    roster: pd.DataFrame,
    applied: pd.DataFrame,
    nip_rows: dict[str, int],
    tmt: date,
    *,
    positions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Copy the original cells and overwrite the moved fields of the approved movers.

    Besides jabatan, unit kerja, kode jabatan and TMT jabatan (where the roster has those
    columns), the previous post is appended to the mover's riwayat jabatan in the roster's
    own style (``Jabatan (mulai-selesai)``; the years from the old TMT jabatan and the new
    TMT) and the jenis jabatan follows the target post (the position table's, else read
    from the target's name).
    """
    original = raw.original_frame if raw.original_frame is not None else raw.frame
    out = original.copy()
    if applied.empty:
        return out
    movers = [roster.iloc[nip_rows[nip_key(nip)]] for nip in applied["nip"]]
    records = applied.to_dict("records")
    values: dict[str, list[Any]] = {
        "jabatan": [cell_text(r.get("jabatan_tujuan")) for r in records],
        "unit_kerja": [cell_text(r.get("unit_tujuan")) for r in records],
        # the code as the BKD wrote it: "ANALIS" of the plan's "ANALIS | Induk" (schema.post_code)
        "kode_jabatan": [split_post_code(cell_text(r.get("kode_jabatan_tujuan")))[0] for r in records],
        "jenis_jabatan": [_target_jenis(r, positions) for r in records],
    }
    if "perangkat_daerah" in raw.columns:  # the OPD and the unit go back to their own columns
        values.update(_target_opd_and_unit(records, positions, values["unit_kerja"]))
    positions_in_original = _original_positions(raw, roster, applied, nip_rows)
    fields = ("jabatan", "unit_kerja", "perangkat_daerah", "kode_jabatan", "jenis_jabatan", "tmt_jabatan")
    for field_name in (*fields, "riwayat_jabatan"):
        col = _column_position(raw, out, field_name)
        if col is None:
            continue
        series = out.iloc[:, col].astype(object).copy()
        if field_name == "tmt_jabatan":
            new: list[Any] = tmt_cells(tmt, series, positions_in_original)
        elif field_name == "riwayat_jabatan":
            new = [
                _history_with(series.iloc[pos], emp, rec, tmt)
                for pos, emp, rec in zip(positions_in_original, movers, records, strict=True)
            ]
        else:
            new = values[field_name]
        for pos, value in zip(positions_in_original, new, strict=True):
            if value is not None and value != "":
                series.iloc[pos] = value
        out.isetitem(col, cast(Any, series))  # a Series keeps the column dtype; stubs omit it
    return out


def _target_opd_and_unit(
    records: list[dict[Any, Any]], positions: pd.DataFrame | None, units: list[str | None]
) -> dict[str, list[Any]]:
    """For a roster with an OPD column: each target's OPD and its unit as written in the position table (a unit
    led by its OPD, "Dinas Sosial | Sekretariat", is no cell of that roster); without a position table, the plan's
    OPD-led unit split in two. Other targets keep the unit as it is and leave the OPD cell alone (None); a post of
    the OPD itself (no unit written) gets the OPD as its unit."""
    opd: dict[str, Any] = {}
    written: dict[str, Any] = {}
    if positions is not None and {"kode_jabatan", "perangkat_daerah", UNIT_AS_WRITTEN} <= set(positions.columns):
        codes = positions["kode_jabatan"].map(cell_text).tolist()
        opd = dict(zip(codes, positions["perangkat_daerah"].tolist(), strict=True))
        written = dict(zip(codes, positions[UNIT_AS_WRITTEN].tolist(), strict=True))
    kodes = [cell_text(r.get("kode_jabatan_tujuan")) for r in records]
    out_opd: list[Any] = []
    out_unit: list[Any] = []
    for k, unit in zip(kodes, units, strict=True):
        if k in opd:
            out_opd.append(cell_text(opd[k]) or None)
            out_unit.append(cell_text(written.get(k)) or unit)
        else:  # no position table given: the plan's "OPD | unit" (led by an agency too), else the unit alone
            key_opd, key_unit = opd_of_key(unit)
            out_opd.append(key_opd)
            out_unit.append(key_unit)
    return {"perangkat_daerah": out_opd, "unit_kerja": out_unit}


def _target_jenis(move: dict[Any, Any], positions: pd.DataFrame | None) -> str | None:
    """Return the target post's jenis jabatan: the position table's, else read from its name."""
    from asn_mutasi.domain.jabatan import classify_jenis_jabatan

    kode = cell_text(move.get("kode_jabatan_tujuan"))
    if positions is not None and kode and {"kode_jabatan", "jenis_jabatan"} <= set(positions.columns):
        match = positions.loc[positions["kode_jabatan"].map(cell_text).eq(kode), "jenis_jabatan"]
        if len(match) and not _blank(match.iloc[0]):
            return cell_text(match.iloc[0])
    return classify_jenis_jabatan(cell_text(move.get("jabatan_tujuan")) or None)


def _history_with(current: Any, emp: pd.Series, move: dict[Any, Any], tmt: date) -> str:
    """Append the previous post to a riwayat jabatan text: ``…; Jabatan Asal (2019-2027)``."""
    start = pd.to_datetime(cast(Any, emp.get("tmt_jabatan")), dayfirst=True, errors="coerce")
    since = "" if pd.isna(start) else f"{start.year}-"
    post = cell_text(move.get("jabatan_asal")) or cell_text(emp.get("jabatan"))
    entry = f"{post} ({since}{tmt.year})" if since else f"{post} (s.d. {tmt.year})"
    text = cell_text(current)
    return f"{text}; {entry}" if text else entry


def _original_positions(
    raw: RawTable, roster: pd.DataFrame, applied: pd.DataFrame, nip_rows: dict[str, int]
) -> list[int]:
    """Return the row position in the original frame of each applied mover (matched by ``_baris``)."""
    roster_pos = [nip_rows[nip_key(nip)] for nip in applied["nip"]]
    if ROW in raw.frame.columns and ROW in roster.columns:
        where = {int(b): i for i, b in enumerate(raw.frame[ROW])}
        return [where[int(roster[ROW].iloc[p])] for p in roster_pos]
    return roster_pos


def build_sk(applied: pd.DataFrame, roster: pd.DataFrame, nip_rows: dict[str, int], tmt: date) -> pd.DataFrame:
    """Build the decree list (daftar SK) for the applied moves, in plan order.

    The old post and unit are the plan's (the position table's names, as the plan, the ledger and `bandingkan` write
    them), the roster's only when the plan has none: a roster's "Dinkes" went into the list an SK lampiran is made
    from (h26/onefact). Units and grades are written as the SK lampiran writes them (one rule for both tables:
    :func:`unit_in_words` and :func:`grade_in_words`; a PPPK's golongan without pangkat: walk6, h29)."""
    from asn_mutasi.rollout.letters import grade_in_words, pppk_mask

    records = []
    for n, rec in enumerate(applied.to_dict("records"), start=1):
        emp = roster.iloc[nip_rows[nip_key(rec.get("nip"))]]
        records.append(
            {
                "nomor_urut": n,
                "nip": nip_key(rec.get("nip")),
                "nama": cell_text(emp.get("nama")),
                "golongan": cell_text(emp.get("golongan")),
                "status_kepegawaian": cell_text(emp.get("status_kepegawaian")),
                "jabatan_lama": cell_text(rec.get("jabatan_asal")) or cell_text(emp.get("jabatan")),
                "unit_lama": unit_in_words(cell_text(rec.get("unit_asal")) or cell_text(emp.get("unit_kerja"))),
                "jabatan_baru": cell_text(rec.get("jabatan_tujuan")),
                "unit_baru": unit_in_words(cell_text(rec.get("unit_tujuan"))),
                "tmt": tmt,
            }
        )
    sk = pd.DataFrame(records, columns=[*(c for c, _ in SK_COLUMNS), "status_kepegawaian"])
    blank = sk["golongan"].astype(str).str.strip().eq("")  # blank in the list, as before (no letter prompt)
    sk["golongan"] = grade_in_words(sk["golongan"], pppk_mask(sk))[0].mask(blank.to_numpy(), "").to_numpy()
    return sk.drop(columns="status_kepegawaian")
