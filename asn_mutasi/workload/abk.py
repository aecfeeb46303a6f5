"""Turn workload (ABK, PermenPANRB 1/2020) into staffing needs (kebutuhan).

kebutuhan = Σ (volume × norma waktu) ÷ waktu kerja efektif, per position. The WKE
(1,250 h = 75,000 min a year by default) and the rounding rule are settings because
BKDs differ (domain.md §6.1): ``bulat`` rounds half up, ``atas`` ceils, ``bawah`` floors.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.domain.jabatan import normalize_position_name, normalize_unit_name
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.models import ROW
from asn_mutasi.workload.linking import PositionIndex, _normalise_many, _text

#: tolerance that keeps float noise (2.0000000001) from changing a rounded need
_EPS = 1e-9
_THOUSANDS_DOT = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$")
_THOUSANDS_COMMA = re.compile(r"^[+-]?\d{1,3}(,\d{3}){2,}$")


@dataclass
class AbkResult:
    """A frame (per position) and the findings met while building it."""

    frame: pd.DataFrame
    findings: list[Finding] = field(default_factory=list)


def _round(values: np.ndarray, mode: str) -> np.ndarray:
    if mode == "atas":
        return np.ceil(values - _EPS)
    if mode == "bawah":
        return np.floor(values + _EPS)
    if mode == "bulat":
        return np.floor(values + 0.5 + _EPS)
    raise ValueError(f"pembulatan '{mode}' tidak dikenal (bulat/atas/bawah)")


def kebutuhan_from_hours(beban_kerja_jam: float, settings: Settings) -> int:
    """Return the staff needed for a yearly workload in hours, rounded per settings."""
    if beban_kerja_jam is None or math.isnan(float(beban_kerja_jam)):
        raise ValueError("beban kerja kosong")
    wl = settings.beban_kerja
    return int(_round(np.array([float(beban_kerja_jam) / wl.jam_kerja_efektif]), wl.pembulatan)[0])


def kebutuhan_from_hours_many(beban_kerja_jam: pd.Series, settings: Settings) -> pd.Series:
    """Vectorised :func:`kebutuhan_from_hours`; NaN workload gives NaN (float series)."""
    wl = settings.beban_kerja
    values = pd.to_numeric(beban_kerja_jam, errors="coerce").to_numpy(dtype=float) / wl.jam_kerja_efektif
    rounded = np.where(np.isnan(values), np.nan, _round(np.nan_to_num(values), wl.pembulatan))
    return pd.Series(rounded, index=beban_kerja_jam.index, dtype=float)


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
    if _THOUSANDS_DOT.match(text):
        text = text.replace(".", "")
    elif _THOUSANDS_COMMA.match(text):
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


def _loc(row: object, fld: str, value: object, source: str | None) -> Location:
    return Location(
        file=source,
        row=int(row) if isinstance(row, (int, np.integer)) else None,
        field=fld,
        value=_text(value) or None,
    )


def workload_from_tasks(
    abk_frame: pd.DataFrame, positions: pd.DataFrame, settings: Settings, *, source: str | None = None
) -> AbkResult:
    """Sum task minutes per position: ``kode_jabatan, menit_kerja, beban_kerja_jam, kebutuhan``.

    Task rows link to positions by ``kode_jabatan`` when it exists in the table, else by
    normalised (nama_jabatan, unit_kerja); when the task sheet has no unit, by name alone
    if that name is unique in the table. Rows with an unreadable or negative number give
    ``angka-tidak-valid``, rows that link nowhere ``jabatan-tidak-ditemukan``; both are
    left out of the sums.
    """
    wl = settings.beban_kerja
    index = PositionIndex.build(positions)
    findings: list[Finding] = []
    n = len(abk_frame)
    rows = abk_frame[ROW].tolist() if ROW in abk_frame.columns else [None] * n
    ok = np.ones(n, dtype=bool)
    numbers: dict[str, np.ndarray] = {}
    for fld in ("volume", "norma_waktu"):
        raw = abk_frame[fld] if fld in abk_frame.columns else pd.Series([None] * n, index=abk_frame.index)
        parsed = [parse_number(v) for v in raw]
        arr = np.array([np.nan if p is None else p for p in parsed], dtype=float)
        for i, (v, p) in enumerate(zip(raw, parsed, strict=True)):
            if p is None or p < 0:
                ok[i] = False
                if _text(v):
                    findings.append(make_finding("angka-tidak-valid", _loc(rows[i], fld, v, source)))
                else:
                    findings.append(make_finding("sel-wajib-kosong", _loc(rows[i], fld, v, source)))
        numbers[fld] = arr

    def col(name: str) -> pd.Series:
        if name in abk_frame.columns:
            return abk_frame[name].map(_text)
        return pd.Series([""] * n, index=abk_frame.index, dtype=object)

    code, name, unit = col("kode_jabatan"), col("nama_jabatan"), col("unit_kerja")
    nname = _normalise_many(name, normalize_position_name)
    nunit = _normalise_many(unit, normalize_unit_name)
    unique_names: dict[str, str | None] = {}
    for (nm, _u), k in index.by_key.items():
        unique_names[nm] = None if nm in unique_names else k
    linked: list[str | None] = []
    for c, nm, u in zip(code, nname, nunit, strict=True):  # distinct-free: task sheets are small
        if c and c in index.codes:
            linked.append(c)
        elif u:
            linked.append(index.by_key.get((nm, u)))
        else:
            linked.append(unique_names.get(nm))
    for i, found in enumerate(linked):
        if found is None and ok[i]:
            ok[i] = False
            loc = Location(file=source, row=rows[i], field="nama_jabatan", value=name.iloc[i] or code.iloc[i] or None)
            findings.append(
                make_finding(
                    "jabatan-tidak-ditemukan", loc, jabatan=name.iloc[i] or code.iloc[i], unit_kerja=unit.iloc[i]
                )
            )
    minutes = numbers["volume"] * numbers["norma_waktu"]
    tasks = pd.DataFrame({"kode_jabatan": linked, "menit": minutes})[ok]
    per = tasks.groupby("kode_jabatan", sort=True)["menit"].sum()
    out = pd.DataFrame({"kode_jabatan": per.index.astype(object), "menit_kerja": per.to_numpy(dtype=float)})
    out["beban_kerja_jam"] = out["menit_kerja"] / 60.0
    need = _round(out["menit_kerja"].to_numpy(dtype=float) / wl.menit_kerja_efektif, wl.pembulatan)
    out["kebutuhan"] = need.astype("int64")
    return AbkResult(frame=out.reset_index(drop=True), findings=findings)


def apply_abk(
    positions: pd.DataFrame, abk_frame: pd.DataFrame | None, settings: Settings, *, source: str | None = None
) -> AbkResult:
    """Fill missing ``beban_kerja_jam`` / ``kebutuhan`` of positions from an ABK task sheet.

    Values the position table already has are kept. A position with workload hours but
    no kebutuhan gets kebutuhan from its hours (so a table with only ``beban_kerja_jam``
    works without a task sheet). ``kebutuhan`` stays NaN only when nothing gives it.
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
    from_hours = kebutuhan_from_hours_many(beban, settings)
    need = need.where(need.notna(), from_hours)
    out["beban_kerja_jam"] = beban.astype(float)
    out["kebutuhan"] = need.astype("Int64") if need.isna().any() else need.astype("int64")
    return AbkResult(frame=out, findings=findings)
