"""Build the planning instance: who can move, where to, and what each seat is worth.

The instance is solver-agnostic: sorted arrays of employees, positions and arcs with
integer costs split into a *primary* tier (vacancies filled, rotations done) and a
*secondary* tier (move cost, fit, surplus), so the flow solver and the MILP optimise the
same lexicographic objective. See :mod:`asn_mutasi.planning.solver` for the formulation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.distinct import per_distinct
from asn_mutasi.domain.jabatan import codes_by_case
from asn_mutasi.domain.nip import nip_key, nip_keys
from asn_mutasi.domain.pensiun import StatedPension
from asn_mutasi.errors import PinError, PinRowError
from asn_mutasi.schema import LINK_COLUMN, holder_mask, valid_mask

SCALE = 100  #: costs are integers: points × 100
SKOR_TETAP = 100.0  #: staying is worth a perfect fit: a move must earn its place
ROTATION_PRIMARY = 2  #: primary cost of a rotation-due person staying (beats one lost seat)
LINK = LINK_COLUMN


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
    pin_rows: dict[str, int] = field(default_factory=dict)  #: nip -> row of the pin list
    rotation_due: dict[str, float] = field(default_factory=dict)  #: nip -> years in post (rotasi_wajib)
    max_moves_per_unit: int | None = None
    min_staff_per_unit: int | None = None
    milp_time_limit: float | None = None
    pricing_budget: int = 30_000_000  #: [rencana] maks_pasangan_harga
    pricing_budget_limits: int = 2_500_000  #: [rencana] maks_pasangan_harga_batas_unit
    move_cost: float = 15.0  #: biaya_pindah (points), for the global weight
    #: bound of the spread of preference costs over one mover's arcs, its stay's 0 included (scaled): the most
    #: positive value less the most negative, see ``exact.PreferenceCost``
    pref_spread: int = 0
    #: the NIP key of every row of the roster ``build_base`` was given (one normalisation per plan)
    roster_keys: list[str] | None = None

    @property
    def cap(self) -> np.ndarray:
        """Seats of each position: max(kebutuhan, holders before) — chains may pass through full or surplus posts."""
        return np.maximum(self.k, self.b)

    def pinned(self) -> np.ndarray:
        """Per mover: a pin (``--kunci``) moves it (pins of people who are no mover are left out)."""
        out = np.zeros(len(self.movers), dtype=bool)
        if self.pins:
            idx = {n: i for i, n in enumerate(self.movers)}
            out[[idx[n] for n in self.pins if n in idx]] = True
        return out

    @property
    def n_kept(self) -> int:
        """Linked people kept in place by the analyst (``keep``: ``--tetap``, unwilling aspirations), not retiring."""
        return sum(1 for v in self.status.values() if v == "keep")

    @property
    def limits(self) -> bool:
        return self.max_moves_per_unit is not None or self.min_staff_per_unit is not None

    def units(self) -> tuple[np.ndarray, int]:
        """(unit index of every position, number of units): units numbered in sorted name order."""
        names = sorted(set(self.pos_unit))
        idx = {u: i for i, u in enumerate(names)}
        return np.array([idx[u] for u in self.pos_unit], dtype=np.int64), len(names)

    def staff_floor(self) -> tuple[np.ndarray, np.ndarray]:
        """(staff before, floor) per unit of :meth:`units` under ``min_pegawai_per_unit``.

        The floor is min(min_pegawai_per_unit, staff before): a unit already below it may not lose
        anyone but need not grow. Staff counts the holders the plan counts (``b``). The one
        definition every stage, formulation and the greedy comparison read.
        """
        if self.min_staff_per_unit is None:
            raise ValueError("no min_pegawai_per_unit")
        pos_u, n_u = self.units()
        before = np.bincount(pos_u, weights=self.b, minlength=n_u).astype(np.int64)
        return before, np.minimum(int(self.min_staff_per_unit), before)

    @property
    def surplus(self) -> np.ndarray:
        return np.asarray(self.b > self.k)

    @property
    def weight(self) -> int:
        """Return a primary weight W that dominates every possible secondary total over ALL arcs.

        A move arc costs ``SCALE·(biaya_pindah + 100 − skor)`` with 0 ≤ skor ≤ 100, plus a preference
        cost, and a stay 0, so two plans' secondaries differ by at most ``SCALE·(|biaya_pindah| + 100)``
        plus the preference's spread per mover (an unwilling charge in one plan, a choice reward in
        the other: both bounds, not the larger one); surplus stayers add at most their count × |bonus|.
        W is one more than the sum, so it stays valid when pricing adds arcs.
        """
        surplus_units = int(np.maximum(self.b - self.k, 0).sum())
        return len(self.movers) * self.weight_per_move + surplus_units * abs(self.bonus_surplus) + 1

    @property
    def weight_per_move(self) -> int:
        """The most one mover's secondary can differ between two plans: ``SCALE·(|biaya_pindah| + 100)`` plus the
        preference's spread."""
        return int(round(SCALE * (abs(self.move_cost) + SKOR_TETAP)) + self.pref_spread)


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
            Pin(nip_key(r.get("nip")), str(r.get("kode_jabatan") or "").strip(), int(r.get("_baris", i + 1)))
            for i, r in enumerate(rows)
        ]
    return [Pin(nip_key(n), str(c).strip(), i + 1) for i, (n, c) in enumerate(pins)]


def years_in_post(starts: pd.Series, as_of: date) -> np.ndarray:
    """Return the years from each start to ``as_of`` in whole calendar months ÷ 12 (NaN when unknown), as the
    eligibility rule counts them (:func:`~asn_mutasi.matching.eligibility.months_between`): days ÷ 365.25 made
    a TMT five years and a day back "rotation due" here while the rule's ``rotasi-jatuh-tempo`` said not yet."""
    from asn_mutasi.matching.eligibility import months_between

    ts = pd.to_datetime(pd.Series(starts), errors="coerce").astype("datetime64[ns]")
    return months_between(ts, pd.Timestamp(as_of)) / 12.0


def _positions(positions: pd.DataFrame) -> tuple[pd.DataFrame, list[str], np.ndarray, list[str]]:
    """Valid positions once each in code order: (frame, codes, kebutuhan, unit kerja)."""
    pos = positions[valid_mask(positions)]
    pos = pos.drop_duplicates("kode_jabatan", keep="first").sort_values("kode_jabatan", kind="stable")
    k = pd.to_numeric(pos["kebutuhan"], errors="coerce").fillna(0).clip(lower=0).astype("int64").to_numpy()
    return pos, [str(c) for c in pos["kode_jabatan"]], k, [str(u) for u in pos["unit_kerja"].fillna("")]


def _rotation(
    movable: pd.DataFrame, mover_index: dict[str, int], pins: dict[str, str], settings: Settings, as_of: date
) -> tuple[np.ndarray, dict[str, float]]:
    """(primary cost of each mover's stay, years in post of the rotation-due) under ``rotasi_wajib``."""
    stay_primary = np.zeros(len(mover_index), dtype=np.int64)
    rotation_due: dict[str, float] = {}
    if settings.rencana.rotasi_wajib:
        years = years_in_post(movable["tmt_jabatan"], as_of)
        due = years > settings.aturan.rotasi_tahun  # NaN (unknown TMT) is never due
        rotation_due = dict(zip(movable["nip"][due].tolist(), years[due].tolist(), strict=True))
        for n in rotation_due:
            if n not in pins:
                stay_primary[mover_index[n]] = ROTATION_PRIMARY
    return stay_primary, rotation_due


def _employees(
    roster_linked: pd.DataFrame, keys: np.ndarray, pos_index: dict[str, int], retiring: set[str]
) -> pd.DataFrame:
    """One row per valid NIP linked to a position: nip, kode, tmt_jabatan, pos (index), retiring.

    ``keys``: the NIP key of every row of ``roster_linked`` (an object array).
    """
    mask = valid_mask(roster_linked)
    valid = roster_linked[mask]
    link = valid[LINK] if LINK in valid.columns else pd.Series(None, index=valid.index, dtype=object)
    kode = per_distinct(link, _text)
    at = pd.Index(list(pos_index), dtype=object).get_indexer(pd.Index(kode, dtype=object))  # distinct keys
    index = np.fromiter(pos_index.values(), dtype=np.int64, count=len(pos_index))
    emp = pd.DataFrame(
        {
            "nip": keys[mask],
            "kode": kode,
            "tmt_jabatan": valid["tmt_jabatan"] if "tmt_jabatan" in valid.columns else pd.NaT,
            "pos": np.where(at >= 0, index[np.maximum(at, 0)] if len(index) else -1, -1),
        }
    )
    emp = emp[emp["pos"].to_numpy() >= 0]  # linked to a position of the table
    emp = emp.iloc[text_order(emp["nip"].to_numpy(dtype=object))].drop_duplicates("nip", keep="first")
    emp["retiring"] = emp["nip"].isin(retiring)
    return emp


def _excluded_reasons(roster_linked: pd.DataFrame, keys: Sequence[str], pins: Sequence[Pin]) -> dict[str, str]:
    """NIP key → why the roster leaves that person out, for the pinned NIPs only (none without pins)."""
    wanted = {p.nip for p in pins}
    if not wanted or "_alasan" not in roster_linked.columns:
        return {}
    invalid = ~valid_mask(roster_linked)
    why = roster_linked["_alasan"].to_numpy(dtype=object)
    return {keys[r]: str(why[r]) for r in np.flatnonzero(invalid).tolist() if keys[r] in wanted and why[r]}


def _seats_held_by_excluded(
    roster_linked: pd.DataFrame,
    pos_index: dict[str, int],
    n_pos: int,
    run: tuple[Settings, date],
    pension: Callable[[], StatedPension] | None,
) -> tuple[np.ndarray, np.ndarray]:
    """Per position: the rows excluded for a fault of their NIP alone that are linked to it (:func:`holder_mask`
    without :func:`valid_mask`): their people hold the seat as ``lowongan`` counts them; and of those, the ones not
    retiring within the horizon (each row's own birth date: a NIP may be shared; as ``projected_retirements``).
    ``run``: the settings and the as-of date; ``pension``: gives the roster's retirement figures, computed once per
    plan (None: computed here for these rows)."""
    settings, as_of = run
    zero = np.zeros(n_pos, dtype=np.int64)
    only = holder_mask(roster_linked) & ~valid_mask(roster_linked)
    if not only.any() or LINK not in roster_linked.columns:
        return zero, zero
    from asn_mutasi.workload.retirement import add_months, retirement_table

    rows = roster_linked.loc[only]
    end = pd.Timestamp(add_months(as_of, settings.beban_kerja.horizon_bulan))
    tmt = retirement_table(rows, settings, None if pension is None else pension().take(only))["tmt_pensiun"]
    leaving = (tmt.notna() & (tmt <= end)).to_numpy(dtype=bool)
    held, staying = zero.copy(), zero.copy()
    for code, gone in zip(rows[LINK].tolist(), leaving.tolist(), strict=True):
        p = pos_index.get(_text(code) or "", -1)
        if p >= 0:
            held[p] += 1
            staying[p] += not gone
    return held, staying


#: the longest text :func:`text_order` sorts as fixed-width numpy text
_FIXED_WIDTH_MAX = 64


def text_order(texts: np.ndarray) -> np.ndarray:
    """The stable ascending order of an object array of texts (``sort_values(kind="stable")``'s order).

    Short texts without NUL (NIP keys: 18 characters) are sorted as a fixed-width numpy unicode array (code
    point order, as Python compares them; about twice as fast as sorting the objects at 100,000 NIPs);
    anything else as objects (the fixed width is the longest text's: one long key would make it huge).
    """
    items = texts.tolist()
    try:
        plain = "\x00" not in "".join(items) and max(map(len, items), default=0) <= _FIXED_WIDTH_MAX
    except TypeError:  # a value that is no text
        plain = False
    if plain and len(texts):
        return np.argsort(texts.astype(str), kind="stable")
    return np.asarray(pd.Series(texts, dtype=object).sort_values(kind="stable").index)


def build_base(
    roster_linked: pd.DataFrame,
    positions: pd.DataFrame,
    settings: Settings,
    *,
    as_of: date,
    keep: Sequence[str] = (),
    pins: Sequence[Pin] = (),
    retiring: set[str] | None = None,
    pension: Callable[[], StatedPension] | None = None,
) -> Instance:
    """Select employees and positions; every linked valid person not retiring or kept is a mover.

    ``pension``: gives :func:`~asn_mutasi.domain.pensiun.roster_pension` of ``roster_linked``'s rows (the plan's,
    computed once), called only when excluded rows hold seats.

    Arcs are added later by :mod:`asn_mutasi.planning.exact` (``arc_*`` start empty).
    """
    rs = settings.rencana
    retiring = retiring or set()
    pos, pos_codes, k, pos_unit = _positions(positions)
    pos_index = {c: i for i, c in enumerate(pos_codes)}

    roster_keys = nip_keys(roster_linked["nip"])
    emp = _employees(roster_linked, np.asarray(roster_keys, dtype=object), pos_index, retiring)
    keep_set = set(nip_keys(keep))
    emp["keep"] = emp["nip"].isin(keep_set)

    n_pos = len(pos_codes)
    # people whose NIP is at fault (schema.HOLDS) sit in their posts: counted, never moved, in no employee row
    held, held_staying = _seats_held_by_excluded(roster_linked, pos_index, n_pos, (settings, as_of), pension)
    b_all = np.bincount(emp["pos"].to_numpy(), minlength=n_pos).astype(np.int64) + held
    counted = emp[~emp["retiring"]] if rs.isi_proyeksi_pensiun else emp
    b = np.bincount(counted["pos"].to_numpy(), minlength=n_pos).astype(np.int64)
    b += held_staying if rs.isi_proyeksi_pensiun else held
    if "tanpa_abk" in pos.columns:  # issue 17: unknown need, neither a vacancy nor a surplus
        without = pos["tanpa_abk"].map(lambda v: v is True or v == 1).to_numpy(dtype=bool)
        k = np.where(without, b, k)

    pin_map = _check_pins(pins, emp, pos_index, k, b, keep_set, _excluded_reasons(roster_linked, roster_keys, pins))
    movable = emp[~emp["retiring"] & ~emp["keep"]]
    movers = movable["nip"].tolist()
    mover_pos = movable["pos"].to_numpy(dtype=np.int64)
    mover_index = {n: i for i, n in enumerate(movers)}
    stay_primary, rotation_due = _rotation(movable, mover_index, pin_map, settings, as_of)
    fixed = b.copy()
    if movers:
        np.subtract.at(fixed, mover_pos, 1)
    staying = emp[emp["retiring"] | emp["keep"]]  # the NIPs are distinct: every other one is a mover
    status = dict(zip(staying["nip"].tolist(), np.where(staying["retiring"], "retiring", "keep").tolist(), strict=True))
    empty = np.zeros(0, np.int64)
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
        arc_emp=empty,
        arc_pos=empty,
        arc_skor=np.zeros(0),
        arc_secondary=empty,
        bonus_surplus=round(SCALE * rs.bonus_dari_surplus),
        employees=emp.reset_index(drop=True),
        status=status,
        pins=pin_map,
        pin_rows={p.nip: p.baris for p in pins},
        rotation_due=rotation_due,
        max_moves_per_unit=rs.maks_pindah_per_unit,
        min_staff_per_unit=rs.min_pegawai_per_unit,
        milp_time_limit=rs.batas_waktu_milp_detik,
        pricing_budget=rs.maks_pasangan_harga,
        pricing_budget_limits=rs.maks_pasangan_harga_batas_unit,
        move_cost=rs.biaya_pindah,
        roster_keys=roster_keys,
    )


def _check_pins(
    pins: Sequence[Pin],
    emp: pd.DataFrame,
    pos_index: dict[str, int],
    k: np.ndarray,
    b: np.ndarray,
    keep: set[str],
    excluded: dict[str, str],
) -> dict[str, str]:
    """Validate pins up front so the analyst gets a message naming the pin row (no NIP); ``excluded``: why the roster
    leaves out a pinned person (a damaged NIP, CLTN …), said instead of "not in the roster" (plan oracle, h26)."""
    out: dict[str, str] = {}
    if not pins:
        return out
    first_row: dict[str, int] = {}  #: the pin row that locked each NIP
    by_case = codes_by_case(pos_index)  # a code typed in another case ("bkpsdm-0007"): the table's
    pins = [
        p
        if p.kode_jabatan in pos_index
        else replace(p, kode_jabatan=by_case.get(p.kode_jabatan.casefold(), p.kode_jabatan))
        for p in pins
    ]
    emp_pos = dict(zip(emp["nip"], emp["pos"], strict=True))
    retiring = set(emp.loc[emp["retiring"], "nip"])
    incoming = np.zeros(len(k), dtype=np.int64)
    for p in pins:
        where = f"Mutasi terkunci baris {p.baris}"
        if p.nip not in emp_pos:
            if p.nip in excluded:
                raise PinRowError(f"{where}: pegawai dikecualikan dari perencanaan ({excluded[p.nip]})")
            raise PinRowError(f"{where}: pegawai tidak ada di data pegawai yang valid dan tertaut ke peta jabatan")
        if p.kode_jabatan not in pos_index:
            raise PinRowError(f"{where}: kode jabatan tujuan '{p.kode_jabatan}' tidak ada di peta jabatan")
        if p.nip in out:
            what = (
                "ke jabatan yang sama (baris ganda; hapus salah satu)"
                if out[p.nip] == p.kode_jabatan
                else "ke jabatan lain"
            )
            raise PinRowError(f"{where}: pegawai yang sama sudah dikunci di baris {first_row[p.nip]} {what}")
        if p.nip in keep:
            error = PinRowError(f"{where}: pegawai juga tercantum di --tetap; pilih salah satu")
            error.kept_nip = p.nip
            raise error
        if p.nip in retiring:
            raise PinRowError(f"{where}: pegawai memasuki pensiun dalam horizon rencana")
        t = pos_index[p.kode_jabatan]
        if emp_pos[p.nip] == t:
            raise PinRowError(f"{where}: jabatan tujuan sama dengan jabatan saat ini")
        incoming[t] += 1
        out[p.nip] = p.kode_jabatan
        first_row[p.nip] = p.baris
    over = np.flatnonzero(incoming > np.maximum(k, b))
    if len(over):
        t = int(over[0])
        raise PinError(
            f"Mutasi terkunci (--kunci) ke jabatan '{list(pos_index)[t]}' berjumlah {incoming[t]}, melebihi kapasitasnya "
            f"{max(k[t], b[t])} (kebutuhan {k[t]}, pemangku {b[t]}): kurangi baris kunci ke jabatan itu"
        )
    return out
