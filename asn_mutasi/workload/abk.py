"""Turn workload (ABK, PermenPANRB 1/2020) into staffing needs (kebutuhan).

kebutuhan = Σ (volume × norma waktu) ÷ waktu kerja efektif, per position. The WKE
(1,250 h = 75,000 min a year by default) and the rounding rule are settings because
BKDs differ (domain.md §6.1): ``bulat`` rounds half up, ``atas`` ceils, ``bawah`` floors.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.domain.jabatan import normalize_position_name, normalize_unit_name, unit_in_opd
from asn_mutasi.findings import Finding, Location, capped, make_finding, suggestion
from asn_mutasi.formatting import format_number
from asn_mutasi.schema import ROW, RawTable
from asn_mutasi.workload.linking import PositionIndex, _normalise_many, _text, closest_positions, rows_in_words
from asn_mutasi.workload.tasksheet import TaskSheet, cell_minutes, read_task_sheet

#: tolerance that keeps float noise (2.0000000001) from changing a rounded need
_EPS = 1e-9


#: a thousands group never starts with 0: "0.005" is a decimal (singgihadis/anjab stores 0.005)
@functools.cache
def _THOUSANDS_DOT() -> re.Pattern[str]:
    return re.compile(r"^[+-]?[1-9]\d{0,2}(\.\d{3})+$")


@functools.cache
def _THOUSANDS_COMMA() -> re.Pattern[str]:
    return re.compile(r"^[+-]?[1-9]\d{0,2}(,\d{3}){2,}$")


@dataclass
class AbkResult:
    """A frame (per position) and the findings met while building it."""

    frame: pd.DataFrame
    findings: list[Finding] = field(default_factory=list)
    #: how the task sheet was read (unit, period, own WKE, where the position came from)
    sheet: TaskSheet | None = None
    #: every sheet read, for a workbook of several task sheets
    sheets: list[TaskSheet] = field(default_factory=list)


def _round(values: np.ndarray, mode: str) -> np.ndarray:
    if mode == "atas":
        return np.ceil(values - _EPS)
    if mode == "bawah":
        return np.floor(values + _EPS)
    if mode == "bulat":
        return np.floor(values + 0.5 + _EPS)
    raise ValueError(f"pembulatan '{mode}' tidak dikenal (bulat/atas/bawah)")


def whole_need(value: float, settings: Settings) -> int:
    """A kebutuhan written with a fraction (2,5) as a whole number of staff, rounded as ABK needs are
    (``[beban_kerja] pembulatan``; "bulat" rounds half up, not to even)."""
    return int(_round(np.array([float(value)]), settings.beban_kerja.pembulatan)[0])


def kebutuhan_from_hours(beban_kerja_jam: float, settings: Settings, wke_jam: float | None = None) -> int:
    """Return the staff needed for a yearly workload in hours, rounded per settings; ``wke_jam`` is the post's own
    effective hours (a position table's WKE column), the setting when None or NaN."""
    if beban_kerja_jam is None or math.isnan(float(beban_kerja_jam)):
        raise ValueError("beban kerja kosong")
    wke = settings.beban_kerja.jam_kerja_efektif if wke_jam is None or math.isnan(wke_jam) else wke_jam
    return whole_need(float(beban_kerja_jam) / wke, settings)


def kebutuhan_from_hours_many(
    beban_kerja_jam: pd.Series, settings: Settings, wke_jam: pd.Series | None = None
) -> pd.Series:
    """Vectorised :func:`kebutuhan_from_hours`; NaN workload gives NaN (float series). ``wke_jam``: each row's own
    effective hours (a task sheet's WKE), the setting where missing."""
    wl = settings.beban_kerja
    wke = (
        wl.jam_kerja_efektif
        if wke_jam is None
        else pd.to_numeric(wke_jam, errors="coerce").fillna(wl.jam_kerja_efektif).to_numpy(dtype=float)
    )
    values = pd.to_numeric(beban_kerja_jam, errors="coerce").to_numpy(dtype=float) / wke
    rounded = np.where(np.isnan(values), np.nan, _round(np.nan_to_num(values), wl.pembulatan))
    return pd.Series(rounded, index=beban_kerja_jam.index, dtype=float)


#: a yearly WKE this large is minutes whatever its header says: no year has 10,000 working hours
_WKE_MINUTES_FROM = 1e4


def wke_hours(value: float | None, unit: str | None = None) -> float:
    """A post's own yearly effective working time in hours (NaN: none written, or not a yearly WKE the settings
    allow, :data:`~asn_mutasi.config.WKE_HOURS`). ``unit``: the header's unit word ("menit", "jam"), else
    10,000 or more is minutes (Form D's "Jam Kerja Efektif" names the concept; an ABK app writes 72.000 under it)."""
    from asn_mutasi.config import WKE_HOURS

    if value is None or not math.isfinite(float(value)):
        return math.nan
    hours = float(value) / (60.0 if unit == "menit" or float(value) >= _WKE_MINUTES_FROM else 1.0)
    return hours if WKE_HOURS[0] <= hours <= WKE_HOURS[1] else math.nan


def post_wke_hours(positions: pd.DataFrame) -> pd.Series | None:
    """Each post's own WKE in hours: the prepared ``wke_jam``, else the table's ``waktu_efektif`` read by
    :func:`wke_hours`; None when the frame has neither (the setting applies to every post)."""
    if "wke_jam" in positions.columns:
        return pd.to_numeric(positions["wke_jam"], errors="coerce").astype(float)
    if "waktu_efektif" in positions.columns:
        written = pd.to_numeric(positions["waktu_efektif"].map(parse_number), errors="coerce")
        return written.map(wke_hours).astype(float)
    return None


def managerial_posts(positions: pd.DataFrame) -> pd.Series:
    """Which posts head a unit (:func:`~asn_mutasi.domain.jabatan.heads_a_unit`: a managerial ``jenis_jabatan``, or a
    head's name such as "Kepala Sekolah" of jenis Fungsional): one seat per unit fixed by the organisation structure
    (Perda perangkat daerah, PP 18/2016), so a workload never sets their kebutuhan. Decided once per distinct
    (name, jenis)."""
    from asn_mutasi.distinct import row_groups
    from asn_mutasi.domain.jabatan import heads_a_unit

    def column(name: str) -> np.ndarray:
        if name not in positions.columns:
            return np.full(len(positions), "", dtype=object)
        return positions[name].astype(object).fillna("").to_numpy(dtype=object)

    names, jenis = column("nama_jabatan"), column("jenis_jabatan")
    codes, first = row_groups(names, jenis)
    heads = np.array([heads_a_unit(str(names[i]), str(jenis[i]) or None) for i in first.tolist()], dtype=bool)
    return pd.Series(heads[codes], index=positions.index)


def seats_from_hours(
    by_hours: pd.Series,
    managerial: pd.Series,
    holders: pd.Series | np.ndarray | None = None,
    generic: pd.Series | np.ndarray | None = None,
) -> pd.Series:
    """The kebutuhan a workload gives a post whose table states none: its hours' number for a pelaksana or JF post;
    for a managerial post 1, or, for a generic head's row (``generic``,
    :func:`~asn_mutasi.domain.jabatan.heads_several_units`), ``max(1, min(hours' seats, holders))``; 1 when
    ``holders`` is not known. A named Kabid of one unit with 2.600 h and two holders read 2 seats, SESUAI: the
    second holder is kelebihan (oracle9 #3, h29).

    A Kepala Dinas, Sekretaris, Kabid or Kasubag is one seat per organisational unit, fixed by the structure (PP
    18/2016), never by workload: an ABK of 2.600 h, ordinary for a head (EJ above 1), made a second Kabid a vacancy
    (review10 #1, h29; peers3 #1, h28), and a head is never 0 seats either. Only a generic head's row ("Kepala UPTD
    Puskesmas", "Kepala Sekolah") held by several heads stands for one seat in each of their units: 12.500 h held
    by ten heads are ten seats (review9, h28), but never more seats than heads, as the workload cannot create a unit.
    Where the table states a kebutuhan, a managerial post keeps it whatever its workload."""
    cap = pd.Series(1.0, index=by_hours.index) if holders is None else pd.Series(holders, index=by_hours.index)
    if generic is not None:
        cap = cap.where(pd.Series(np.asarray(generic, dtype=bool), index=by_hours.index), 1.0)
    head = by_hours.clip(upper=cap.astype(float)).clip(lower=1.0)
    return by_hours.mask(managerial & by_hours.notna(), head)


def parse_number(value: object) -> float | None:
    """Parse a number as written in Indonesian or English spreadsheets; None if not a number.

    ``1.250`` and ``1.250.000`` are thousands (Indonesian text), ``1,5`` is a decimal
    comma, ``1.250,5`` and ``1,250.5`` use the last separator as the decimal point.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float, np.integer, np.floating)):
        f = float(value)
        return None if math.isnan(f) or math.isinf(f) else f
    text = str(value).strip().replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    if _THOUSANDS_DOT().match(text):
        text = text.replace(".", "")
    elif _THOUSANDS_COMMA().match(text):
        text = text.replace(",", "")
    elif "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    else:
        text = text.replace(",", ".")
    try:
        f = float(text)
    except ValueError:
        return None
    return None if math.isnan(f) or math.isinf(f) else f


def _minutes_or_number(value: object) -> float:
    """A documented-format norm cell in minutes: its own unit when it writes one, else its number (NaN: none)."""
    minutes = cell_minutes(value)
    number = parse_number(value) if minutes is None else minutes
    return np.nan if number is None else number


def _plain_sheet(abk_frame: pd.DataFrame) -> TaskSheet:
    """Wrap a frame in the documented format (yearly volume, minutes, no own WKE)."""
    n = len(abk_frame)
    rows = abk_frame[ROW].tolist() if ROW in abk_frame.columns else [None] * n

    def col(name: str) -> np.ndarray:
        if name in abk_frame.columns:
            return abk_frame[name].map(_text).to_numpy(dtype=object)
        return np.array([""] * n, dtype=object)

    raw_norm = abk_frame["norma_waktu"] if "norma_waktu" in abk_frame.columns else pd.Series([None] * n)
    frame = pd.DataFrame(
        {
            ROW: rows,
            "kode_jabatan": col("kode_jabatan"),
            "nama_jabatan": col("nama_jabatan"),
            "unit_kerja": col("unit_kerja"),
            "volume": abk_frame["volume"].to_numpy(dtype=object) if "volume" in abk_frame.columns else [None] * n,
            # minutes, or a cell's own unit ("1 jam 30 menit", tasksheet.cell_minutes)
            "norma_menit": [_minutes_or_number(v) for v in raw_norm],
            "faktor": np.ones(n),
            "wke_baris": np.full(n, np.nan),
            "_pakai": np.ones(n, dtype=bool),
            "_norma_asli": raw_norm.to_numpy(dtype=object),
        }
    )
    return TaskSheet(frame=frame)


def workload_from_tasks(
    abk_frame: pd.DataFrame | None,
    positions: pd.DataFrame,
    settings: Settings,
    *,
    source: str | None = None,
    raw: RawTable | None = None,
    jabatan: str | None = None,
    unit_kerja: str | None = None,
) -> AbkResult:
    """Sum the workload of the tasks per position.

    Returns per position ``kode_jabatan, jumlah_tugas, menit_kerja, beban_kerja_jam,
    kebutuhan_riil, kebutuhan, wke_menit``. With ``raw`` (the sheet as read) the sheet's
    time unit, period column, own WKE, summary rows and title rows are read
    (:func:`~asn_mutasi.workload.tasksheet.read_task_sheet`); ``jabatan`` / ``unit_kerja``
    tie a sheet without a position column to one position. A task's share of a person is
    volume × norm minutes × period factor ÷ WKE, or volume × norm ÷ the row's own WKE when
    the sheet has a WKE column (as e-Anjab computes it); kebutuhan is the rounded sum.

    Task rows link to positions by ``kode_jabatan`` when it exists in the table, else by
    normalised (nama_jabatan, unit_kerja); when the task sheet has no unit, by name alone
    if that name is unique in the table. Rows with an unreadable or negative number give
    ``angka-tidak-valid``, rows that link nowhere ``jabatan-tidak-ditemukan``; both are
    left out of the sums.
    """
    wl = settings.beban_kerja
    if raw is not None:
        sheet = read_task_sheet(raw, settings, jabatan=jabatan, unit_kerja=unit_kerja)
        source = raw.source.path
    else:
        sheet = _plain_sheet(abk_frame if abk_frame is not None else pd.DataFrame())
    tasks = sheet.frame
    findings: list[Finding] = list(sheet.findings)
    ok = tasks["_pakai"].to_numpy(dtype=bool).copy()
    volume = np.array([np.nan if (p := parse_number(v)) is None else p for v in tasks["volume"]], dtype=float)
    norm = tasks["norma_menit"].to_numpy(dtype=float)
    sheet_loc = Location(file=source, sheet=raw.source.sheet if raw is not None else None)
    _check_task_numbers(tasks, volume, norm, ok, sheet_loc, raw, findings)
    linked = _link_tasks(tasks, PositionIndex.build(positions), ok, sheet_loc, findings)
    wke_year = sheet.wke_menit if (sheet.wke_menit is not None and wl.pakai_wke_lembar) else wl.menit_kerja_efektif
    row_wke = tasks["wke_baris"].to_numpy(dtype=float)
    written = tasks["norma_lembar"].to_numpy(dtype=float) if "norma_lembar" in tasks.columns else norm
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):  # (rows left out in ``ok`` too)
        share = np.where(
            np.isfinite(row_wke) & (row_wke > 0),
            volume * written / row_wke,
            volume * norm * tasks["faktor"].to_numpy(dtype=float) / wke_year,
        )
    if "kebutuhan_lembar" in tasks.columns:
        findings += _check_against_sheet(share, tasks["kebutuhan_lembar"].to_numpy(dtype=float), ok, sheet_loc)
    per_task = pd.DataFrame({"kode_jabatan": linked, "bagian": share})[ok]
    grouped = per_task.groupby("kode_jabatan", sort=True)["bagian"]
    exact = grouped.sum()
    out = pd.DataFrame(
        {
            "kode_jabatan": exact.index.astype(object),
            "jumlah_tugas": grouped.size().to_numpy(dtype="int64"),
            "kebutuhan_riil": exact.to_numpy(dtype=float),
        }
    )
    # minutes on the WKE the kebutuhan was computed on, so hours ÷ WKE hours = kebutuhan_riil
    out["menit_kerja"] = out["kebutuhan_riil"] * wke_year
    out["beban_kerja_jam"] = _hours(out["menit_kerja"])
    out["wke_menit"] = float(wke_year)
    out["kebutuhan"] = _round(out["kebutuhan_riil"].to_numpy(dtype=float), wl.pembulatan).astype("int64")
    out = _within_limits(out, sheet_loc, findings)
    return AbkResult(frame=out.reset_index(drop=True), findings=findings, sheet=sheet)


#: the largest volume or norm a task row may state: a year has 525,600 minutes, so a billion of either is a typo
#: (and their product must stay a finite number of hours)
ABK_MAKS = 1e9


def _check_task_numbers(
    tasks: pd.DataFrame,
    volume: np.ndarray,
    norm: np.ndarray,
    ok: np.ndarray,
    sheet_loc: Location,
    raw: RawTable | None,
    findings: list[Finding],
) -> None:
    """Report and leave out (in ``ok``) used rows whose volume or norm is missing, unreadable, negative or beyond
    :data:`ABK_MAKS`."""
    rows = tasks[ROW].to_numpy(dtype=object)
    for fld, values, shown in (("volume", volume, tasks["volume"]), ("norma_waktu", norm, tasks["_norma_asli"])):
        bad = np.flatnonzero(ok & ~(np.isfinite(values) & (values >= 0) & (values <= ABK_MAKS)))
        base = replace(sheet_loc, field=fld)  # (the column once, not per row: 100,000 rows took 12 s; hostile30)
        if raw is not None and fld in raw.columns:
            base = replace(base, column=raw.columns[fld].letter, header=raw.columns[fld].header)
        for row, v in zip(rows[bad].tolist(), shown.to_numpy(dtype=object)[bad].tolist(), strict=True):
            text = _text(v)
            loc = replace(base, row=_row(row), value=text or None)
            findings.append(make_finding("angka-tidak-valid" if text else "sel-wajib-kosong", loc))
        ok[bad] = False


def _link_tasks(
    tasks: pd.DataFrame, index: PositionIndex, ok: np.ndarray, sheet_loc: Location, findings: list[Finding]
) -> list[str | None]:
    """Return each task's kode_jabatan; a used row that links nowhere is reported and left out (in ``ok``)."""
    rows = tasks[ROW].tolist()
    code = tasks["kode_jabatan"].map(_text)
    name = tasks["nama_jabatan"].map(_text)
    unit = tasks["unit_kerja"].map(_text)
    if "perangkat_daerah" in tasks.columns:  # "OPD | unit", as the position table's units with an OPD column
        opd = tasks["perangkat_daerah"].map(_text)
        unit = pd.Series([unit_in_opd(u, o) or "" for u, o in zip(unit, opd, strict=True)], index=unit.index)
    nname = _normalise_many(name, normalize_position_name)
    nunit = _normalise_many(unit, normalize_unit_name)
    unique_names: dict[str, str | None] = {}
    for (nm, _u), key in index.by_key.items():
        unique_names[nm] = None if nm in unique_names else key
    linked: list[str | None] = []
    for c, nm, u in zip(code, nname, nunit, strict=True):  # distinct-free: task sheets are small
        post = index.code_of(c, u) if c else None
        if post is not None and u in index.names_in_unit:
            # the row names another unit of the table than its code's post (not the post's unit, nor one that holds
            # it, as an OPD holds its sekretariat): not that post's work
            own = normalize_unit_name(index.display[post][1])
            if u != own and not set(u.split()) <= set(own.split()):
                post = None
        if post is not None:
            linked.append(post)
        elif u:  # as roster rows link (linking.PositionIndex.find): a task sheet names the unit, not its OPD
            linked.append(index.find(nm, u, opd_free=index.told_by_opd)[0])
        else:
            linked.append(unique_names.get(nm))
    _name_in_many_units(tasks, nname, nunit, unique_names, index, linked, ok, sheet_loc, findings)
    unlinked: dict[tuple[str, str], list[Location]] = {}
    norm: dict[tuple[str, str], tuple[str, str]] = {}
    for i, found in enumerate(linked):
        if found is None and ok[i]:
            ok[i] = False
            shown = name.iloc[i] or code.iloc[i]
            loc = replace(sheet_loc, row=_row(rows[i]), field="nama_jabatan", value=shown or None)
            unlinked.setdefault((shown, unit.iloc[i]), []).append(loc)
            norm.setdefault((shown, unit.iloc[i]), (nname.iloc[i], nunit.iloc[i]))
    # one finding per (jabatan, unit) at its first task row, with the count, first rows and the closest posts, as
    # roster rows are reported: a post's 40 task rows said the same warning 40 times (polish2, h34)
    findings += [
        make_finding(
            "jabatan-tidak-ditemukan",
            locs[0],
            jabatan=key[0],
            unit_kerja=key[1],
            pemegang=rows_in_words(locs, "baris tugas"),
            saran=suggestion(closest_positions(index, *norm[key])) if index.names_in_unit else "",
        )
        for key, locs in unlinked.items()
    ]
    return linked


def _name_in_many_units(
    tasks: pd.DataFrame,
    nname: pd.Series,
    nunit: pd.Series,
    unique_names: dict[str, str | None],
    index: PositionIndex,
    linked: list[str | None],
    ok: np.ndarray,
    sheet_loc: Location,
    findings: list[Finding],
) -> None:
    """``abk-jabatan-banyak-unit`` once per position name: used rows without a unit whose name is a post of
    several units link nowhere and are left out (in ``ok``), named once with the units (a one-sheet-per-post
    workbook gave one ``jabatan-tidak-ditemukan`` per task row, "di unit ''")."""
    rows = tasks[ROW].tolist()
    names = tasks["nama_jabatan"].map(_text)
    ambiguous: dict[str, list[int]] = {}
    for i, (nm, u) in enumerate(zip(nname, nunit, strict=True)):
        if linked[i] is None and ok[i] and not u and nm and nm in unique_names and unique_names[nm] is None:
            ambiguous.setdefault(nm, []).append(i)
    for nm, where in ambiguous.items():
        ok[where] = False
        units = sorted({index.display[code][1] for (n, _u), code in index.by_key.items() if n == nm})
        shown = ", ".join(f"'{u}'" for u in units[:3]) + (" …" if len(units) > 3 else "")
        first = where[0]
        loc = replace(sheet_loc, row=_row(rows[first]), field="nama_jabatan", value=names.iloc[first] or None)
        findings.append(
            make_finding(
                "abk-jabatan-banyak-unit",
                loc,
                jabatan=names.iloc[first],
                jumlah_unit=len(units),
                unit=shown,
                jumlah=len(where),
            )
        )


def workload_from_sheets(
    raws: list[RawTable],
    positions: pd.DataFrame,
    settings: Settings,
    *,
    jabatan: str | None = None,
    unit_kerja: str | None = None,
) -> AbkResult:
    """Sum the workload of several task sheets (an e-Anjab workbook holds one sheet per position).

    Each sheet is read on its own (its unit, period, WKE and position — a sheet without a
    position column is tied by its title rows or its name); shares of the same position are
    added before rounding. ``sheets`` of the result lists how each sheet was read.
    """
    wl = settings.beban_kerja
    results = [
        workload_from_tasks(None, positions, settings, raw=raw, jabatan=jabatan, unit_kerja=unit_kerja) for raw in raws
    ]
    findings = _said_once(f for r in results for f in r.findings)
    frames = [r.frame for r in results if len(r.frame)]
    if not frames:
        empty = results[0].frame if results else pd.DataFrame()
        return AbkResult(frame=empty, findings=findings, sheet=results[0].sheet if results else None)
    both = pd.concat(frames, ignore_index=True)
    g = both.groupby("kode_jabatan", sort=True)
    out = pd.DataFrame(
        {
            "kode_jabatan": g.size().index.astype(object),
            "jumlah_tugas": g["jumlah_tugas"].sum().to_numpy(dtype="int64"),
            "kebutuhan_riil": g["kebutuhan_riil"].sum().to_numpy(dtype=float),
            "menit_kerja": g["menit_kerja"].sum().to_numpy(dtype=float),
            "wke_menit": g["wke_menit"].first().to_numpy(dtype=float),
        }
    )
    out["beban_kerja_jam"] = _hours(out["menit_kerja"])
    out["kebutuhan"] = _round(out["kebutuhan_riil"].to_numpy(dtype=float), wl.pembulatan).astype("int64")
    out = out[
        ["kode_jabatan", "jumlah_tugas", "kebutuhan_riil", "menit_kerja", "beban_kerja_jam", "wke_menit", "kebutuhan"]
    ]
    out = _within_limits(out, Location(file=raws[0].source.path), findings)  # (the sheets' sum: checked again)
    result = AbkResult(frame=out, findings=findings, sheet=results[0].sheet)
    result.sheets = [r.sheet for r in results if r.sheet is not None]
    return result


def _said_once(findings: Iterable[Finding]) -> list[Finding]:
    """The findings of several task sheets, a sheet-level finding (no row) that several sheets give word for word
    said once, on its first sheet, with one ``abk-sama-di-sheet-lain`` naming the other sheets: a workbook of one
    sheet per post repeated "Waktu penyelesaian dibaca dalam satuan menit" for each of its 80 sheets (hostile6,
    h32). Findings of a row, or that differ, stay as they are."""
    out: list[Finding] = []
    others: dict[tuple[str, str, str | None], list[str]] = {}
    for f in findings:
        key = (f.code, f.message, f.location.file)
        if f.location.row is None and key in others:
            others[key].append(f.location.sheet or "")
            continue
        if f.location.row is None:
            others[key] = []
        out.append(f)
    said: list[Finding] = []
    for f in out:
        said.append(f)
        sheets = others.get((f.code, f.message, f.location.file)) if f.location.row is None else None
        if sheets:
            contoh = ", ".join(f"'{s}'" for s in sheets[:5]) + (" …" if len(sheets) > 5 else "")
            said.append(
                make_finding(
                    "abk-sama-di-sheet-lain", f.location, severity=f.severity, kode=f.code, jumlah=len(sheets),
                    contoh=contoh,
                )
            )  # fmt: skip
    return said


def _within_limits(out: pd.DataFrame, where: Location, findings: list[Finding]) -> pd.DataFrame:
    """``out`` without the positions whose ABK workload or kebutuhan is outside
    :data:`~asn_mutasi.domain.limits.NUMBER_RANGES` (a position-table cell there is refused the same way), each
    named (``abk-di-luar-batas``): every volume and norm at 999,999,999 gave 5 quadrillion vacancies with exit 0,
    one mistyped volume a Sekretaris Daerah of kebutuhan 200,001 (hostile-input campaign, h24). Those positions keep
    what the position table says."""
    from asn_mutasi.domain import limits

    hours = out["beban_kerja_jam"].to_numpy(dtype=float)
    need = out["kebutuhan"].to_numpy(dtype=float)
    bad = ~((hours <= limits.NUMBER_RANGES["beban_kerja_jam"][1]) & (need <= limits.NUMBER_RANGES["kebutuhan"][1]))
    if not bad.any():
        return out
    said = [
        make_finding(
            "abk-di-luar-batas", replace(where, field="beban_kerja_jam", value=str(kode)), kode_jabatan=str(kode),
            jam=format_number(jam, 0), kebutuhan=format_number(k, 0), batas=limits.range_text("kebutuhan"),
        )
        for kode, jam, k in zip(out["kode_jabatan"][bad].tolist(), hours[bad].tolist(), need[bad].tolist(), strict=True)
    ]  # fmt: skip
    findings.extend(capped(said))
    return out[~bad]


def _hours(minutes: pd.Series) -> pd.Series:
    """Workload minutes as hours, unrounded: a unit's sum adds them and is rounded once for the report
    (``analysis.reported_hours``); per-post hours rounded here summed to 63939.083332 for 63939.083333 (walk4, h31)."""
    return minutes / 60.0


def _check_against_sheet(share: np.ndarray, stated: np.ndarray, ok: np.ndarray, where: Location) -> list[Finding]:
    """Compare each task's share of a person with the sheet's own per-task kebutuhan column.

    The sheet's numbers are rounded, to as many decimals as its most precise number shows (4 in most
    sheets, 2 in an app's screen "0,10"), so a difference within half a unit of that last decimal, or
    1 %, agrees. A constant ratio of 60 means hours and minutes were mixed up (by the sheet or by its
    header); it is reported, never silently fixed.
    """
    both = ok & np.isfinite(stated) & np.isfinite(share)
    if not both.any():
        return []
    diff = np.abs(share[both] - stated[both])
    half_unit = 0.5 * 10.0 ** -_decimals_shown(stated[both])
    agree = (diff <= half_unit + 1e-9) | (diff <= 0.01 * np.abs(stated[both]))
    if agree.all():
        return []
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = float(np.nanmedian(share[both][~agree] / stated[both][~agree]))
    hint = ""
    if abs(ratio - 60) < 1 or abs(ratio - 1 / 60) < 0.001:
        hint = " (selisih 60 kali: satuan jam dan menit kemungkinan tertukar; periksa judul kolom waktu)"
    return [
        make_finding(
            "abk-kebutuhan-lembar-berbeda",
            where,
            berbeda=int((~agree).sum()),
            jumlah=int(both.sum()),
            rasio=f"{ratio:.4g}",
            petunjuk=hint,
        )
    ]


def _decimals_shown(values: np.ndarray, most: int = 4) -> int:
    """The decimals of the most precise of ``values`` (0 to ``most``): the rounding a sheet applied."""
    for d in range(most + 1):
        if np.all(np.abs(values - np.round(values, d)) <= 1e-9 * np.maximum(1.0, np.abs(values))):
            return d
    return most


def _row(value: object) -> int | None:
    return int(value) if isinstance(value, (int, np.integer)) else None


def apply_abk(
    positions: pd.DataFrame, abk_frame: pd.DataFrame | None, settings: Settings, *, source: str | None = None
) -> AbkResult:
    """Fill missing ``beban_kerja_jam`` / ``kebutuhan`` of positions from an ABK task sheet.

    Values the position table already has are kept. A position with workload hours but
    no kebutuhan gets kebutuhan from its hours (so a table with only ``beban_kerja_jam``
    works without a task sheet), on the post's own WKE when the frame gives one (``wke_jam`` in hours, or the table's
    ``waktu_efektif``: :func:`post_wke_hours`), else the setting's; a managerial post (``jenis_jabatan``) gets 1
    (:func:`seats_from_hours`: its holders are not known here). ``kebutuhan`` stays NaN only when nothing gives it.
    """
    out = positions.copy()
    beban = (
        pd.to_numeric(out["beban_kerja_jam"], errors="coerce")
        if "beban_kerja_jam" in out
        else pd.Series(np.nan, index=out.index)
    )
    need = (
        pd.to_numeric(out["kebutuhan"], errors="coerce") if "kebutuhan" in out else pd.Series(np.nan, index=out.index)
    )
    findings: list[Finding] = []
    if abk_frame is not None and len(abk_frame):
        result = workload_from_tasks(abk_frame, positions, settings, source=source)
        findings = result.findings
        per = result.frame.set_index("kode_jabatan")
        kode = out["kode_jabatan"].map(_text)
        task_need = kode.map(per["kebutuhan"]).astype(float)
        # kebutuhan from the task sheet only where the table has neither kebutuhan nor hours
        need = need.where(need.notna() | beban.notna(), task_need)
        beban = beban.where(beban.notna(), kode.map(per["beban_kerja_jam"]).astype(float))
    # on each post's own WKE (its table's "WKE (jam)" / Form D "Jam Kerja Efektif"), as prepare_positions computes it
    from_hours = seats_from_hours(
        kebutuhan_from_hours_many(beban, settings, post_wke_hours(out)), managerial_posts(out)
    )
    need = need.where(need.notna(), from_hours)
    out["beban_kerja_jam"] = beban.astype(float)
    out["kebutuhan"] = need.astype("Int64") if need.isna().any() else need.astype("int64")
    return AbkResult(frame=out, findings=findings)
