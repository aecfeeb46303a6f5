"""Compare who holds each position (bezetting) with what it needs (kebutuhan).

Per position: selisih = bezetting − kebutuhan → status KURANG / SESUAI / LEBIH;
lowongan = max(0, −selisih); retirements in the horizon become projected vacancies.
EJ (efektivitas jabatan, Permendagri 12/2008 Form D; domain.md §6.2) = beban kerja
(hours) ÷ (bezetting × jam kerja efektif): above 1 the holders carry more work than
their hours allow. Grades A–E use the thresholds in ``settings.beban_kerja`` and are
printed with every result (:func:`grading_table`) because BKDs use different ones.

Bezetting counts valid PNS and PPPK holders; CPNS are counted apart
(``bezetting_cpns``) because they are on probation; employees that link to no position
are counted per unit in ``tidak_tertaut`` so the unit totals add up to the roster.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.domain.lowongan import bezetting
from asn_mutasi.domain.lowongan import seat_vacancies as seat_vacancies  # the one vacancy definition
from asn_mutasi.formatting import format_number
from asn_mutasi.schema import COUNT_COLUMNS, POSITION_COLUMNS, UNIT_COLUMNS, holder_mask
from asn_mutasi.workload.abk import kebutuhan_from_hours_many, managerial_posts, seats_from_hours
from asn_mutasi.workload.linking import HOW_COLUMN, LINK_COLUMN, _normalise_many, _text, valid_rows
from asn_mutasi.workload.retirement import projected_retirements

STATUS_ORDER: dict[str, int] = {"KURANG": 0, "LEBIH": 1, "TIDAK DI PETA": 2, "SESUAI": 3, "TANPA ABK": 4}
#: a unit of the roster the position table lacks (no post, only unlinked staff): no need to compare, so no SESUAI
OUTSIDE_TABLE_STATUS = "TIDAK DI PETA"
GRADE_LABELS: dict[str, str] = {"A": "Sangat Baik", "B": "Baik", "C": "Cukup", "D": "Sedang", "E": "Kurang"}
#: decimals of reported workload hours (:func:`reported_hours`)
HOURS_DECIMALS = 6
#: a position with workload and no holder: EJ is undefined (÷ 0), so no grade (as the peers print none)
NO_HOLDER = "lowong, beban tanpa pemangku"
#: a position with no kebutuhan, no workload hours and no task in the ABK sheet
WITHOUT_ABK = "tanpa ABK"
WITHOUT_ABK_STATUS = "TANPA ABK"
#: how a unit's EJ is summed, printed with the grades: only posts with a workload count, as their kebutuhan does (a
#: post without ABK has an unknown workload, not none: its holders are neither surplus nor idle; randisun05/kebutuhan's
#: EU divides by every holder of the unit instead, which grades a unit down for its missing ABK; peers2, h30)
UNIT_EJ_RULE = (
    "EJ unit = Σ beban kerja ÷ Σ (bezetting × jam kerja efektif) atas jabatan yang punya beban kerja; "
    "pemangku jabatan tanpa beban kerja (tanpa ABK) tidak dihitung"
)
#: a managerial post whose workload would give another kebutuhan: the organisation fixes its seat (peers3 #1, h28)
FIXED_SEAT = "pimpinan unit: kebutuhan tetap menurut struktur organisasi, beban kerja hanya untuk EJ"


def _graded_value(ej: pd.Series, settings: Settings) -> pd.Series:
    """Return EJ as graded: rounded to ``ej_desimal`` decimals (the printed table's convention)."""
    digits = settings.beban_kerja.ej_desimal
    # 0.9 computed as 1125/1250 must grade exactly like 0.9; then the table's own precision
    v = ej.astype(float).round(9)
    if digits < 0:
        return v
    scale = 10.0**digits
    return pd.Series(np.floor(v * scale + 0.5 + 1e-7) / scale, index=ej.index)  # half up, as PHP round() / ROUND


def reported_ej(ej: pd.Series, settings: Settings) -> pd.Series:
    """EJ as every output prints it: the value its grade reads (``ej_desimal`` decimals), as the ABK applications print
    it (``round($ej, 2)`` beside its PEJ); unrounded grading (-1) prints 4 decimals. A 4-decimal EJ of 0.89496 printed
    0.895 (0,90 in a two-decimal cell) beside grade C, where the applications print 0.89 C (peers10, h34)."""
    if settings.beban_kerja.ej_desimal < 0:
        return ej.round(4)
    return _graded_value(ej, settings)


def grade_ej(ej: pd.Series, settings: Settings) -> pd.Series:
    """Return the EJ grade A–E per value (None for NaN), graded as the printed table reads.

    With ``ej_desimal = 2`` (default) EJ is rounded to two decimals first, as the ABK
    applications do and as the table (B 0.90–1.00, C 0.70–0.89, D 0.50–0.69) implies: its
    gaps (0.895, 0.695) only close at two decimals, so 1.004 is B and 0.899 is B.
    """
    wl = settings.beban_kerja
    v = _graded_value(ej, settings)
    grades = np.select(
        [v > wl.ej_a, v >= wl.ej_b, v >= wl.ej_c, v >= wl.ej_d, v.notna()],
        ["A", "B", "C", "D", "E"],
        default="",
    )
    out = pd.Series(grades, index=ej.index, dtype=object)
    return out.where(out.ne(""), None)


def grading_table(settings: Settings) -> pd.DataFrame:
    """Return the EJ grades with their bounds and the formula, to print beside results."""
    wl = settings.beban_kerja
    d = wl.ej_desimal
    if d >= 0:
        step = 10.0**-d

        def f(x: float) -> str:
            return format_number(x, d, keep_zeros=True)  # Indonesian decimals, as every other figure shown

        rows = [
            ("A", f"EJ > {f(wl.ej_a)}"),
            ("B", f"{f(wl.ej_b)} ≤ EJ ≤ {f(wl.ej_a)}"),
            ("C", f"{f(wl.ej_c)} ≤ EJ ≤ {f(wl.ej_b - step)}"),
            ("D", f"{f(wl.ej_d)} ≤ EJ ≤ {f(wl.ej_c - step)}"),
            ("E", f"EJ < {f(wl.ej_d)}"),
        ]
        note = f"; EJ dibulatkan {d} desimal sebelum diberi kelas"
    else:
        a, b, c, e = (format_number(x, 2, keep_zeros=True) for x in (wl.ej_a, wl.ej_b, wl.ej_c, wl.ej_d))
        rows = [
            ("A", f"EJ > {a}"),
            ("B", f"{b} ≤ EJ ≤ {a}"),
            ("C", f"{c} ≤ EJ < {b}"),
            ("D", f"{e} ≤ EJ < {c}"),
            ("E", f"EJ < {e}"),
        ]
        note = "; EJ dinilai tanpa pembulatan"
    formula = (
        f"EJ = beban kerja (jam) ÷ (bezetting × {format_number(float(wl.jam_kerja_efektif), 2)} jam kerja efektif, "
        f"atau WKE lembar tugas){note}; tanpa pemangku: tanpa kelas; {UNIT_EJ_RULE}"
    )
    return pd.DataFrame(
        {
            "kelas_ej": [r[0] for r in rows],
            "predikat": [GRADE_LABELS[r[0]] for r in rows],
            "rentang": [r[1] for r in rows],
            "rumus": [formula] * len(rows),
        }
    )


def _status(selisih: pd.Series) -> pd.Series:
    return pd.Series(np.select([selisih < 0, selisih > 0], ["KURANG", "LEBIH"], "SESUAI"), index=selisih.index)


def effective_ratio(hours: pd.Series, capacity: pd.Series) -> pd.Series:
    """EJ = beban kerja (hours) ÷ capacity (holders × jam kerja efektif); NaN where it is no number (no holder:
    inf and 0/0 are no grade, and JSON-safe)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        ej = hours / capacity
    return ej.where(np.isfinite(ej))


def position_needs(pos: pd.DataFrame, settings: Settings) -> tuple[pd.Series, pd.Series]:
    """(kebutuhan, beban kerja hours) of each position as every command counts them: its kebutuhan, else the
    one its workload hours give (1 for a managerial post: :func:`~asn_mutasi.workload.abk.managerial_posts`), else 0
    (a post without ABK: no need, no workload)."""
    nan = pd.Series(np.nan, index=pos.index)
    hours = pd.to_numeric(pos["beban_kerja_jam"], errors="coerce") if "beban_kerja_jam" in pos else nan
    need = pd.to_numeric(pos["kebutuhan"], errors="coerce") if "kebutuhan" in pos else nan
    wke = pos.get("wke_jam")  # a post's own WKE (task sheet or table), as its EJ uses
    by_hours = seats_from_hours(kebutuhan_from_hours_many(hours, settings, wke), managerial_posts(pos))
    return need.where(need.notna(), by_hours).fillna(0).astype("int64"), hours


def _mark_fixed_seats(frame: pd.DataFrame, pos: pd.DataFrame, settings: Settings) -> None:
    """Note each managerial post whose workload would give another kebutuhan than the one it keeps (peers3 #1, h28):
    the seat is the organisation's, the hours only grade its EJ (one fact, one number in every command)."""
    by_load = kebutuhan_from_hours_many(frame["beban_kerja_jam"], settings, frame["wke_jam"])
    differs = (managerial_posts(pos) & by_load.notna() & by_load.ne(frame["kebutuhan"])).to_numpy()
    if differs.any():
        frame.loc[differs, "catatan"] = [
            f"{c}; {FIXED_SEAT}" if c else FIXED_SEAT for c in frame.loc[differs, "catatan"]
        ]  # distinct-free: the few managerial posts the workload disagrees with


def unit_load(
    units: pd.Series, hours: pd.Series, wke_jam: pd.Series | None, bezetting: pd.Series, settings: Settings
) -> pd.DataFrame:
    """Per unit (index): ``beban_kerja_jam`` (Σ over positions with a workload; NaN without any) and
    ``_holders``, the holders of those positions weighted by the WKE each position's kebutuhan was computed on
    (positions without a workload would otherwise dilute the unit's EJ)."""
    jam = settings.beban_kerja.jam_kerja_efektif
    wke = pd.Series(jam, index=hours.index) if wke_jam is None else pd.to_numeric(wke_jam, errors="coerce")
    has_hours = hours.notna()
    capacity = (bezetting * wke.fillna(jam)).where(has_hours, 0).groupby(units).sum()
    out = pd.DataFrame({"beban_kerja_jam": hours.groupby(units).sum(min_count=1)})
    out["_holders"] = capacity.reindex(out.index).fillna(0) / jam
    return out


def reported_hours(hours: pd.Series) -> pd.Series:
    """Workload hours as reported (JSON, CSV, workbooks): rounded once, after every sum, without float noise
    (115620.24, not 115620.23999999999); sums and EJ are taken over the unrounded hours."""
    return hours.round(HOURS_DECIMALS)


def _ej_columns(
    frame: pd.DataFrame, hours: pd.Series, holders: pd.Series, settings: Settings, wke_jam: pd.Series | None = None
) -> None:
    """Add ej, kelas_ej, beban_lebih, beban_kurang, catatan to ``frame`` in place.

    ``wke_jam`` (per row) is the effective working time each row's kebutuhan was computed
    on (a task sheet's own WKE); missing values fall back to the setting.
    """
    wl = settings.beban_kerja
    wke = (
        pd.Series(wl.jam_kerja_efektif, index=frame.index)
        if wke_jam is None
        else pd.to_numeric(wke_jam, errors="coerce").fillna(wl.jam_kerja_efektif)
    )
    ej = effective_ratio(hours, holders * wke)
    no_holder = hours.gt(0) & holders.eq(0)
    frame["ej"] = reported_ej(ej, settings)
    frame["kelas_ej"] = grade_ej(ej, settings)
    graded = _graded_value(ej, settings)  # the flags read EJ as the grade does
    frame["beban_lebih"] = (graded.gt(wl.ej_beban_lebih) | no_holder | frame["selisih"].lt(0)).astype(bool)
    frame["beban_kurang"] = (graded.lt(wl.ej_beban_kurang) | frame["selisih"].gt(0)).astype(bool)
    frame["catatan"] = pd.Series(np.where(no_holder, NO_HOLDER, ""), index=frame.index, dtype=object)
    frame["wke_jam"] = wke.astype(float)


def _mark_without_abk(frame: pd.DataFrame, without: pd.Series) -> None:
    """Show positions with no ABK as "tanpa ABK": no grade, counted neither short nor over.

    Their kebutuhan is unknown, not 0: a holder there is not a surplus and the seat is not
    a vacancy, so selisih and the vacancy columns are 0 and the status says why.
    """
    mask = without.fillna(False).astype(bool).to_numpy()
    frame["tanpa_abk"] = mask
    if not mask.any():
        return
    for col in ("selisih", "lowongan", "kelebihan", "lowongan_proyeksi"):
        frame.loc[mask, col] = 0
    frame.loc[mask, "status"] = WITHOUT_ABK_STATUS
    frame.loc[mask, "ej"] = np.nan
    frame.loc[mask, "kelas_ej"] = None
    frame.loc[mask, "beban_lebih"] = False
    frame.loc[mask, "beban_kurang"] = False
    frame.loc[mask, "catatan"] = WITHOUT_ABK


def _severity_sort(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    order = frame["status"].map(STATUS_ORDER)
    size = frame["selisih"].abs()
    tmp = frame.assign(_o=order, _s=size)
    tmp = tmp.sort_values(["_o", "_s", *keys], ascending=[True, False] + [True] * len(keys), kind="stable")
    return tmp.drop(columns=["_o", "_s"]).reset_index(drop=True)


def counted_positions(positions: pd.DataFrame) -> pd.DataFrame:
    """The positions a needs table counts: valid rows with a code, each code once (``kode_jabatan`` as text)."""
    pos = positions.loc[valid_rows(positions)].copy()
    pos["kode_jabatan"] = pos["kode_jabatan"].map(_text)
    return pos.loc[pos["kode_jabatan"].ne("") & ~pos["kode_jabatan"].duplicated()]


def position_summary(
    linked: pd.DataFrame,
    positions: pd.DataFrame,
    settings: Settings,
    *,
    as_of: date,
    horizon_months: int | None = None,
    retirements: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Return one row per valid position (columns :data:`POSITION_COLUMNS`), worst first.

    ``linked`` is the frame of :func:`~asn_mutasi.workload.linking.link_employees`.
    ``retirements`` defaults to :func:`projected_retirements` over ``linked`` for the
    horizon. ``bezetting`` counts every holder, CPNS included (they occupy the seat; shown
    apart in ``bezetting_cpns``); ``proyeksi_pensiun`` counts holders retiring by the
    horizon's end; ``lowongan``/``lowongan_proyeksi`` follow :func:`seat_vacancies`.
    """
    pos = counted_positions(positions)
    people = linked.loc[holder_mask(linked) & linked[LINK_COLUMN].notna().to_numpy()]  # bezetting: every holder
    status = (
        people["status_kepegawaian"].map(_text).str.upper()
        if "status_kepegawaian" in people.columns
        else pd.Series("", index=people.index)
    )
    cpns = status.eq("CPNS")
    if retirements is None:
        retirements = projected_retirements(linked, settings, as_of=as_of, horizon_months=horizon_months)
    counted = set(people["nip"].map(_text)) if "nip" in people.columns else set()
    rt = retirements.loc[retirements["nip"].map(_text).isin(counted)] if len(retirements) else retirements
    retiring = rt["kode_jabatan"].value_counts() if len(rt) else pd.Series(dtype="int64")

    kode = pos["kode_jabatan"]
    need, hours = position_needs(pos, settings)
    out = pd.DataFrame(
        {
            "kode_jabatan": kode,
            "nama_jabatan": pos["nama_jabatan"].map(_text),
            "unit_kerja": pos["unit_kerja"].map(_text),
            "jenis_jabatan": pos["jenis_jabatan"] if "jenis_jabatan" in pos.columns else None,
            "kebutuhan": need,
            "bezetting": bezetting(people[LINK_COLUMN], kode),  # a CPNS occupies the seat (seat_vacancies)
            "bezetting_cpns": bezetting(people.loc[cpns, LINK_COLUMN], kode),
        }
    )
    out["selisih"] = out["bezetting"] - out["kebutuhan"]
    out["status"] = _status(out["selisih"])
    out["lowongan"] = seat_vacancies(out["kebutuhan"], out["bezetting"]).astype("int64")
    out["kelebihan"] = np.maximum(out["selisih"], 0).astype("int64")
    out["proyeksi_pensiun"] = kode.map(retiring).fillna(0).astype("int64")
    out["lowongan_proyeksi"] = seat_vacancies(out["kebutuhan"], out["bezetting"], out["proyeksi_pensiun"]).astype(
        "int64"
    )
    out["beban_kerja_jam"] = hours.astype(float)
    wke = pos["wke_jam"] if "wke_jam" in pos.columns else None
    _ej_columns(out, out["beban_kerja_jam"], out["bezetting"], settings, wke)
    _mark_fixed_seats(out, pos, settings)
    without = (
        pos["tanpa_abk"].map(lambda v: v is True or v == 1)
        if "tanpa_abk" in pos.columns
        else pd.Series(False, index=pos.index)
    )
    _mark_without_abk(out, without)
    return _severity_sort(out[list(POSITION_COLUMNS)], ["unit_kerja", "kode_jabatan"])


def unlinked_per_unit(linked: pd.DataFrame, units: pd.Series | None = None) -> pd.Series:
    """Count valid unlinked employees per unit (unit names matched after normalisation).

    ``units`` are the unit names as the position table writes them; an employee's unit
    that normalises to one of them is reported under that spelling.
    """
    mask = valid_rows(linked) & linked[HOW_COLUMN].eq("tidak_tertaut")
    raw = linked.loc[mask, "unit_kerja"].map(_text)
    if not len(raw):
        return pd.Series(dtype="int64")
    spelled = raw
    if units is not None and len(units):
        norm_units = _normalise_many(pd.Series(pd.unique(units.map(_text))), normalize_unit_name)
        canonical = dict(zip(norm_units, pd.unique(units.map(_text)), strict=True))
        norm = _normalise_many(raw, normalize_unit_name)
        spelled = norm.map(canonical).where(norm.map(canonical).notna(), raw)
    return spelled.value_counts()


def unit_summary(
    position_summary: pd.DataFrame, settings: Settings | None = None, *, linked: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Sum the position rows per unit and recompute status and EJ from the sums.

    The unit's EJ = Σ beban kerja ÷ (Σ bezetting × jam kerja efektif) over the positions
    that have a workload (positions without one would otherwise dilute it). With
    ``linked``, unlinked employees are counted per unit in ``tidak_tertaut``.
    """
    settings = settings or Settings()
    ps = position_summary
    g = ps.groupby("unit_kerja", sort=True)
    out = g[list(COUNT_COLUMNS)].sum().astype("int64")
    out.insert(0, "jumlah_jabatan", g.size().astype("int64"))
    load = unit_load(ps["unit_kerja"], ps["beban_kerja_jam"], ps.get("wke_jam"), ps["bezetting"], settings).reindex(
        out.index
    )
    out["beban_kerja_jam"], out["_holders"] = reported_hours(load["beban_kerja_jam"]), load["_holders"].fillna(0)
    without = (
        ps["tanpa_abk"].astype(bool).groupby(ps["unit_kerja"]).sum()
        if "tanpa_abk" in ps.columns
        else pd.Series(dtype="int64")
    )
    out["_tanpa_abk"] = without.reindex(out.index).fillna(0).astype("int64")
    out["_luar_ej"] = _holders_outside_ej(ps).reindex(out.index).fillna(0).astype("int64")
    out["tidak_tertaut"] = 0
    if linked is not None:
        lost = unlinked_per_unit(linked, ps["unit_kerja"])
        for unit in lost.index.difference(out.index):
            out.loc[unit] = 0
            out.loc[unit, "beban_kerja_jam"] = np.nan
        out["tidak_tertaut"] = lost.reindex(out.index).fillna(0).astype("int64")
    out = out.reset_index().rename(columns={"index": "unit_kerja"})
    for c in ("jumlah_jabatan", *COUNT_COLUMNS, "tidak_tertaut"):
        out[c] = out[c].astype("int64")
    out["status"] = _status(out["selisih"])
    # a unit with no post and only unlinked staff read "SESUAI" (walk4, h28): its staff linked to no post
    outside = out["jumlah_jabatan"].eq(0) & out["tidak_tertaut"].gt(0)
    out.loc[outside, "status"] = OUTSIDE_TABLE_STATUS
    _ej_columns(out, out["beban_kerja_jam"].astype(float), out["_holders"].astype(float), settings)
    out["catatan"] = _unit_notes(out, outside)
    return _severity_sort(out[list(UNIT_COLUMNS)], ["unit_kerja"])


def _holders_outside_ej(ps: pd.DataFrame) -> pd.Series:
    """Per unit, the holders of its posts without a workload: left out of the unit's EJ (:data:`UNIT_EJ_RULE`)."""
    hours = pd.to_numeric(ps["beban_kerja_jam"], errors="coerce")
    return ps["bezetting"].where(hours.isna(), 0).groupby(ps["unit_kerja"]).sum()


def _unit_notes(out: pd.DataFrame, outside: pd.Series) -> list[str]:
    """The catatan of each unit row: no table, EJ notes, vacancies beside surpluses (a unit's selisih nets them: both
    are said when both exist), posts without ABK and the holders the unit's EJ leaves out."""
    counted = out["_tanpa_abk"].fillna(0).astype("int64").tolist()
    # the EJ a unit shows is over part of its holders: said, so it is not read as every holder's (peers2, h30)
    left = np.where(out["ej"].notna(), out["_luar_ej"].fillna(0), 0).astype("int64").tolist()
    notes = []
    for i, (o, k, c, n, v, x) in enumerate(
        zip(outside, out["tidak_tertaut"], counted, left, out["lowongan"], out["kelebihan"], strict=True)
    ):  # distinct-free: one row per unit
        parts = [
            f"tidak ada di peta jabatan: {format_number(int(k))} pegawai tidak tertaut" if o else "",
            str(out["catatan"].iat[i] or ""),
            f"{v} lowongan dan {x} kelebihan di jabatan yang berbeda" if v and x else "",
            f"{c} jabatan {WITHOUT_ABK}" if c else "",
            f"{format_number(n)} pemangku jabatan tanpa beban kerja tidak dihitung dalam EJ unit" if n else "",
        ]
        notes.append("; ".join(t for t in parts if t))
    return notes


def imbalance_index(units: pd.DataFrame) -> float:
    """Return Σ|bezetting − kebutuhan| ÷ Σ kebutuhan over units (0 = balanced, lower is better).

    This is the kebutuhan-weighted mean absolute deviation of the ratio
    bezetting/kebutuhan from 1: the share of the needed posts that are either missing or
    over-filled across units. It needs only ``bezetting`` and ``kebutuhan`` (kebutuhan
    already derives from the workload when ABK data exists), units without any need
    count their whole bezetting as surplus, and moving one person from a surplus unit to
    a short unit lowers it by 2 ÷ Σ kebutuhan — so it measures a plan's effect directly.
    Returns 0.0 when nothing is needed and nobody holds a position, inf when nothing
    is needed but people hold positions.
    """
    bez = pd.to_numeric(units["bezetting"], errors="coerce").fillna(0).to_numpy(dtype=float)
    need = pd.to_numeric(units["kebutuhan"], errors="coerce").fillna(0).to_numpy(dtype=float)
    total = need.sum()
    gap = np.abs(bez - need).sum()
    if total <= 0:
        return 0.0 if gap == 0 else float("inf")
    return float(gap / total)


#: decimals of the imbalance index every output carries (plan, compare, ledger: one number; walk3, h27)
IMBALANCE_DIGITS = 4


def reported_imbalance(units: pd.DataFrame) -> float:
    """:func:`imbalance_index` as every output reports it: rounded to :data:`IMBALANCE_DIGITS` decimals here, once
    (``bandingkan -f json`` gave 0.10880482089052561 where ``rencana`` and ``buku-besar`` gave 0.1088)."""
    return round(imbalance_index(units), IMBALANCE_DIGITS)
