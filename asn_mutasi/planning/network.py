"""Build the planning instance: who can move, where to, and what each seat is worth.

The instance is solver-agnostic: sorted arrays of employees, positions and arcs with
integer costs split into a *primary* tier (vacancies filled, rotations done) and a
*secondary* tier (move cost, fit, surplus), so the flow solver and the MILP optimise the
same lexicographic objective. See :mod:`asn_mutasi.planning.solver` for the formulation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.errors import InfeasiblePlanError

SCALE = 100  #: costs are integers: points × 100
SKOR_TETAP = 100.0  #: staying is worth a perfect fit: a move must earn its place
ROTATION_PRIMARY = 2  #: primary cost of a rotation-due person staying (beats one lost seat)
LINK = "kode_jabatan_link"


@dataclass(frozen=True)
class Pin:
    """A move the analyst fixed in advance (``--pin``); ``baris`` is its row in the pin list."""

    nip: str
    kode_jabatan: str
    baris: int


@dataclass
class Instance:
    """Sorted, solver-ready planning instance."""

    pos_codes: list[str]
    pos_unit: list[str]
    k: np.ndarray  #: kebutuhan per position
    b: np.ndarray  #: holders counted in the plan (retiring holders left out when projected)
    b_all: np.ndarray  #: all linked valid holders (retiring included)
    fixed: np.ndarray  #: holders that cannot move (supply placed directly on the position)
    movers: list[str]  #: NIPs with at least one move arc, sorted
    mover_pos: np.ndarray  #: current position index of each mover
    stay_primary: np.ndarray  #: primary cost of each mover's stay arc (rotation)
    arc_emp: np.ndarray
    arc_pos: np.ndarray
    arc_skor: np.ndarray
    arc_secondary: np.ndarray  #: int64 secondary cost (scaled)
    bonus_surplus: int  #: scaled secondary cost of each stayer above need in a surplus position
    employees: pd.DataFrame  #: one row per valid linked NIP (nip, pos index, flags)
    status: dict[str, str] = field(default_factory=dict)  #: nip -> reason for people outside the network
    pins: dict[str, str] = field(default_factory=dict)  #: nip -> kode_jabatan
    rotation_due: dict[str, float] = field(default_factory=dict)  #: nip -> years in post (rotasi_wajib)
    max_moves_per_unit: int | None = None
    min_staff_per_unit: int | None = None
    milp_time_limit: float | None = None

    @property
    def limits(self) -> bool:
        return self.max_moves_per_unit is not None or self.min_staff_per_unit is not None

    @property
    def surplus(self) -> np.ndarray:
        return np.asarray(self.b > self.k)

    @property
    def weight(self) -> int:
        """Return a primary weight that dominates every possible secondary total."""
        per_emp = np.zeros(len(self.movers), dtype=np.int64)
        if len(self.arc_emp):
            np.maximum.at(per_emp, self.arc_emp, np.abs(self.arc_secondary))
        surplus_units = int(np.maximum(self.b - self.k, 0).sum())
        return int(per_emp.sum()) + surplus_units * abs(self.bonus_surplus) + 1


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA or value is pd.NaT:
        return None
    s = str(value).strip()
    return s or None


def normalize_pins(pins: pd.DataFrame | Iterable[tuple[str, str]] | None) -> list[Pin]:
    """Turn ``pins`` (a frame with ``nip, kode_jabatan[, _baris]`` or pairs) into :class:`Pin` rows."""
    if pins is None:
        return []
    if isinstance(pins, pd.DataFrame):
        rows = pins.to_dict("records")
        return [
            Pin(str(r.get("nip") or "").strip(), str(r.get("kode_jabatan") or "").strip(), int(r.get("_baris", i + 1)))
            for i, r in enumerate(rows)
        ]
    return [Pin(str(n).strip(), str(c).strip(), i + 1) for i, (n, c) in enumerate(pins)]


def years_between(start: object, as_of: date) -> float:
    """Return whole-and-fractional years from ``start`` to ``as_of`` (NaN when unknown)."""
    ts = pd.to_datetime(start, errors="coerce")  # type: ignore[call-overload]
    if ts is None or pd.isna(ts):
        return float("nan")
    return float((pd.Timestamp(as_of) - ts).days) / 365.25


def build_instance(
    roster_linked: pd.DataFrame,
    positions: pd.DataFrame,
    candidates: pd.DataFrame,
    settings: Settings,
    *,
    as_of: date,
    keep: Sequence[str] = (),
    pins: Sequence[Pin] = (),
    retiring: set[str] | None = None,
) -> Instance:
    """Select employees, positions and candidate arcs, and cost them (see solver docstring)."""
    rs = settings.rencana
    retiring = retiring or set()
    pos = positions
    if "_status" in pos.columns:
        pos = pos[pos["_status"].astype(str) == "valid"]
    pos = pos.drop_duplicates("kode_jabatan", keep="first").sort_values("kode_jabatan", kind="stable")
    pos_codes = [str(c) for c in pos["kode_jabatan"]]
    pos_index = {c: i for i, c in enumerate(pos_codes)}
    k = pd.to_numeric(pos["kebutuhan"], errors="coerce").fillna(0).clip(lower=0).astype("int64").to_numpy()
    pos_unit = [str(u) for u in pos["unit_kerja"].fillna("")]

    valid = (
        roster_linked[roster_linked["_status"].astype(str) == "valid"] if "_status" in roster_linked else roster_linked
    )
    link = valid[LINK] if LINK in valid.columns else pd.Series(None, index=valid.index, dtype=object)
    emp = pd.DataFrame(
        {
            "nip": valid["nip"].astype(str).str.strip(),
            "kode": [_text(v) for v in link],
            "tmt_jabatan": valid["tmt_jabatan"] if "tmt_jabatan" in valid.columns else pd.NaT,
        }
    )
    emp = emp[emp["kode"].isin(pos_index)]
    emp = emp.sort_values("nip", kind="stable").drop_duplicates("nip", keep="first")
    emp["pos"] = emp["kode"].map(pos_index).astype("int64")
    emp["retiring"] = emp["nip"].isin(retiring)
    keep_set = {str(n).strip() for n in keep}
    emp["keep"] = emp["nip"].isin(keep_set)

    n_pos = len(pos_codes)
    b_all = np.bincount(emp["pos"].to_numpy(), minlength=n_pos).astype(np.int64)
    counted = emp[~emp["retiring"]] if rs.isi_proyeksi_pensiun else emp
    b = np.bincount(counted["pos"].to_numpy(), minlength=n_pos).astype(np.int64)
    if "tanpa_abk" in pos.columns:  # issue 17: unknown need, neither a vacancy nor a surplus
        without = pos["tanpa_abk"].map(lambda v: v is True or v == 1).to_numpy(dtype=bool)
        k = np.where(without, b, k)
    surplus = b > k

    status: dict[str, str] = {}
    pin_map = _check_pins(pins, emp, pos_index, k, b, surplus, keep_set, candidates)

    # candidate arcs
    cand = candidates[["nip", "kode_jabatan", "skor", "layak"]].copy()
    cand["nip"] = cand["nip"].astype(str).str.strip()
    cand["kode_jabatan"] = cand["kode_jabatan"].astype(str).str.strip()
    cand = cand[cand["layak"].fillna(False).astype(bool)]
    cand["skor"] = pd.to_numeric(cand["skor"], errors="coerce")
    cand = cand[cand["skor"].notna()]
    movable = emp[~emp["retiring"] & ~emp["keep"]]
    cand = cand.merge(movable[["nip", "pos"]], on="nip", how="inner")
    cand["tpos"] = cand["kode_jabatan"].map(pos_index)
    cand = cand[cand["tpos"].notna()]
    cand["tpos"] = cand["tpos"].astype("int64")
    pinned = cand.set_index(["nip", "kode_jabatan"]).index.isin(list(pin_map.items()))
    ok = (cand["skor"] >= rs.skor_minimum) & (cand["tpos"] != cand["pos"]) & ~surplus[cand["tpos"].to_numpy()]
    ok &= k[cand["tpos"].to_numpy()] > 0
    ok &= ~cand["nip"].isin(pin_map)
    regular = cand[ok.to_numpy()]
    regular = regular.sort_values(["tpos", "skor", "nip"], ascending=[True, False, True], kind="stable")
    regular = regular.groupby("tpos", sort=False).head(max(int(rs.kandidat_per_lowongan), 1))
    arcs = pd.concat([regular, cand[pinned]], ignore_index=True)
    arcs = arcs.sort_values(["nip", "kode_jabatan"], kind="stable").drop_duplicates(["nip", "kode_jabatan"])

    movers = sorted(set(arcs["nip"]))
    lost = [p for p in pins if p.nip not in set(arcs.loc[arcs["kode_jabatan"] == p.kode_jabatan, "nip"])]
    if lost:
        raise InfeasiblePlanError(
            f"Pin baris {lost[0].baris}: pasangan pegawai dan jabatan tujuan tidak punya skor kecocokan"
        )
    mover_index = {n: i for i, n in enumerate(movers)}
    emp_by_nip = emp.set_index("nip")
    mover_pos = emp_by_nip.loc[movers, "pos"].to_numpy(dtype=np.int64) if movers else np.zeros(0, np.int64)
    stay_primary = np.zeros(len(movers), dtype=np.int64)
    rotation_due: dict[str, float] = {}
    if rs.rotasi_wajib:
        for n, t in zip(movable["nip"], movable["tmt_jabatan"], strict=True):
            years = years_between(t, as_of)
            if years > settings.aturan.rotasi_tahun:  # NaN (unknown TMT) is never due
                rotation_due[n] = years
        for n in rotation_due:
            if n in mover_index and n not in pin_map:
                stay_primary[mover_index[n]] = ROTATION_PRIMARY

    skor = arcs["skor"].to_numpy(dtype=float)
    secondary = np.rint(SCALE * (rs.biaya_pindah + SKOR_TETAP - skor)).astype(np.int64)
    fixed = b.copy()
    if movers:
        np.subtract.at(fixed, mover_pos, 1)
    for nip, is_retiring, is_kept in zip(emp["nip"], emp["retiring"], emp["keep"], strict=True):
        if nip not in mover_index:
            status[nip] = "retiring" if is_retiring else "keep" if is_kept else "no-arc"
    return Instance(
        pos_codes=pos_codes,
        pos_unit=pos_unit,
        k=k,
        b=b,
        b_all=b_all,
        fixed=fixed,
        movers=movers,
        mover_pos=mover_pos,
        stay_primary=stay_primary,
        arc_emp=arcs["nip"].map(mover_index).to_numpy(dtype=np.int64),
        arc_pos=arcs["tpos"].to_numpy(dtype=np.int64),
        arc_skor=skor,
        arc_secondary=secondary,
        bonus_surplus=round(SCALE * rs.bonus_dari_surplus),
        employees=emp.reset_index(drop=True),
        status=status,
        pins=pin_map,
        rotation_due=rotation_due,
        max_moves_per_unit=rs.maks_pindah_per_unit,
        min_staff_per_unit=rs.min_pegawai_per_unit,
        milp_time_limit=rs.batas_waktu_milp_detik,
    )


def _check_pins(
    pins: Sequence[Pin],
    emp: pd.DataFrame,
    pos_index: dict[str, int],
    k: np.ndarray,
    b: np.ndarray,
    surplus: np.ndarray,
    keep: set[str],
    candidates: pd.DataFrame,
) -> dict[str, str]:
    """Validate pins up front so the analyst gets a message naming the pin row (no NIP)."""
    out: dict[str, str] = {}
    if not pins:
        return out
    emp_pos = dict(zip(emp["nip"], emp["pos"], strict=True))
    retiring = set(emp.loc[emp["retiring"], "nip"])
    cand = candidates.assign(
        nip=candidates["nip"].astype(str).str.strip(), kode_jabatan=candidates["kode_jabatan"].astype(str)
    )
    layak = {
        (n, c): bool(v) for n, c, v in zip(cand["nip"], cand["kode_jabatan"], cand["layak"].fillna(False), strict=True)
    }
    incoming = np.zeros(len(k), dtype=np.int64)
    for p in pins:
        where = f"Pin baris {p.baris}"
        if p.nip not in emp_pos:
            raise InfeasiblePlanError(
                f"{where}: pegawai tidak ada di data pegawai yang valid dan tertaut ke peta jabatan"
            )
        if p.kode_jabatan not in pos_index:
            raise InfeasiblePlanError(f"{where}: kode jabatan tujuan '{p.kode_jabatan}' tidak ada di peta jabatan")
        if p.nip in out:
            raise InfeasiblePlanError(f"{where}: pegawai yang sama sudah dipin ke jabatan lain")
        if p.nip in keep:
            raise InfeasiblePlanError(f"{where}: pegawai juga tercantum di --keep (tetap); pilih salah satu")
        if p.nip in retiring:
            raise InfeasiblePlanError(f"{where}: pegawai memasuki pensiun dalam horizon rencana")
        t = pos_index[p.kode_jabatan]
        if emp_pos[p.nip] == t:
            raise InfeasiblePlanError(f"{where}: jabatan tujuan sama dengan jabatan saat ini")
        if not layak.get((p.nip, p.kode_jabatan), False):
            raise InfeasiblePlanError(
                f"{where}: pegawai tidak layak untuk jabatan '{p.kode_jabatan}' menurut hasil pencocokan"
            )
        if surplus[t]:
            raise InfeasiblePlanError(f"{where}: jabatan '{p.kode_jabatan}' sudah kelebihan pegawai")
        incoming[t] += 1
        out[p.nip] = p.kode_jabatan
    over = np.flatnonzero(incoming > k)
    if len(over):
        t = int(over[0])
        raise InfeasiblePlanError(
            f"Pin ke jabatan '{list(pos_index)[t]}' berjumlah {incoming[t]} melebihi kebutuhan {k[t]}"
        )
    return out
