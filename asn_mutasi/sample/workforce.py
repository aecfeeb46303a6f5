"""Staff the peta jabatan: kebutuhan, holders, ABK tasks and the employees' attributes.

Every step works on whole numpy arrays (one element per position, task or employee) so
100,000 employees take a second or two; the random stream is a single
``numpy.random.Generator`` passed in by the caller, which makes the output a pure
function of the seed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from asn_mutasi.domain import jabatan as jab
from asn_mutasi.domain.jenis import held_golongan_range
from asn_mutasi.sample import vocab
from asn_mutasi.sample.structure import Positions, Programmes

DAYS_PER_YEAR = 365.2425
JAM_KERJA_EFEKTIF = 1250.0
MIN_AGE_BY_LEVEL = {"SMA": 19.0, "D-III": 22.0, "D-IV": 23.0, "S-1": 23.0, "Profesi": 25.0, "S-2": 26.0}
S2_TITLES = {
    "S-2 Magister Manajemen": "S.E., M.M.",
    "S-2 Administrasi Publik": "S.Sos., M.AP",
    "S-2 Ilmu Hukum": "S.H., M.H.",
    "S-2 Kesehatan Masyarakat": "S.KM., M.Kes",
}


def staffing(pos: Positions, n_pegawai: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(kebutuhan, holders)`` per position; holders sum to exactly ``n_pegawai``.

    About one seat in eight is left empty, some positions get more holders than they
    need (surplus) and the Pengadministrasi Perkantoran of Sekretariat Daerah always does.
    """
    p = len(pos)
    struct = pos.structural
    h = np.where(struct & (rng.random(p) < 0.9), 1, 0).astype(np.int64)
    remaining = n_pegawai - int(h.sum())
    if remaining < int((~struct).sum()):
        raise ValueError("n_pegawai terlalu kecil untuk jumlah unit kerja yang diminta")
    weight = np.where(struct, 0.0, pos.bobot * rng.lognormal(0.0, 0.35, p))
    fill = rng.uniform(0.72, 1.0, p)
    surplus = rng.random(p) < 0.07
    fill = np.where(surplus, rng.uniform(1.25, 1.7, p), fill)
    setda_admin = (pos.unit_nama == "Sekretariat Daerah") & (pos.nama == "Pengadministrasi Perkantoran")
    fill = np.where(setda_admin, 1.9, fill)
    scale = remaining / float((weight * fill).sum())
    k = np.where(struct, 1, np.maximum(1, np.floor(weight * scale + 0.5))).astype(np.int64)
    raw = weight * scale * fill
    base = np.floor(raw).astype(np.int64)
    short = remaining - int(base.sum())
    order = np.argsort(-(raw - base), kind="stable")
    base[order[:short]] += 1
    return k, np.where(struct, h, base)


def workload(pos: Positions, k: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Return ``beban_kerja_jam`` per position and the ABK task columns behind it.

    Each position's hours are ``(kebutuhan + u) × 1250`` with ``|u| < 0.45`` (a unit-wide
    bias plus noise), so kebutuhan = round(beban / 1250) holds while EJ varies by unit;
    the hours are then recomputed from the integer task volumes, which is what a task
    sheet would give (Σ volume × norma / 60).
    """
    p = len(pos)
    unit_bias = rng.normal(0.0, 0.18, int(pos.unit.max()) + 1)[pos.unit]
    u = np.clip(unit_bias + rng.normal(0.0, 0.12, p), -0.42, 0.42)
    minutes = (k + u) * JAM_KERJA_EFEKTIF * 60.0

    groups = list(vocab.TASKS)
    group_id = np.asarray([groups.index(t) for t in pos.tugas], dtype=np.int64)
    sizes = np.asarray([len(vocab.TASKS[g]) for g in groups], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    flat = [t for g in groups for t in vocab.TASKS[g]]
    n_tasks = np.minimum(sizes[group_id], rng.integers(3, 6, p))
    owner = np.repeat(np.arange(p), n_tasks)
    first = np.concatenate([[0], np.cumsum(n_tasks)[:-1]])
    within = np.arange(len(owner)) - first[owner]
    offset = rng.integers(0, 1000, p)[owner]
    task = starts[group_id[owner]] + (offset + within) % sizes[group_id[owner]]
    share = rng.gamma(3.0, 1.0, len(owner))
    share = share / np.bincount(owner, weights=share)[owner]
    norma = np.asarray([t[2] for t in flat], dtype=np.int64)[task]
    volume = np.maximum(1, np.floor(share * minutes[owner] / norma + 0.5)).astype(np.int64)
    beban = np.round(np.bincount(owner, weights=volume * norma, minlength=p) / 60.0, 2)
    columns = {
        "posisi": owner,
        "uraian_tugas": np.asarray([t[0] for t in flat], dtype=object)[task],
        "satuan_hasil": np.asarray([t[1] for t in flat], dtype=object)[task],
        "volume": volume,
        "norma_waktu": norma,
    }
    return beban, columns


@dataclass
class Workforce:
    """Column arrays of the employees (one element each) before they become text."""

    pos: np.ndarray
    prog: np.ndarray
    level: np.ndarray
    sex: np.ndarray  #: 1 = L, 2 = P (the NIP digit)
    status: np.ndarray
    birth: np.ndarray  #: days since 1970-01-01
    tmt_cpns: np.ndarray  #: first of the month, days since epoch
    tmt_jabatan: np.ndarray
    rank: np.ndarray  #: golongan rank 1..17 (PPPK: I..XVII)
    near_miss: np.ndarray  #: bool: programme is a near miss of the post's requirement
    extra: dict[str, np.ndarray] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.pos)


def programme_levels(progs: Programmes) -> np.ndarray:
    """Return the canonical level of every programme (from its SSCASN prefix)."""
    out = []
    for name in progs.names:
        out.append(next(level for prefix, level in vocab.LEVEL_PREFIX if name.startswith(prefix)))
    return np.asarray(out, dtype=object)


def to_days(d: date) -> int:
    """Return days since 1970-01-01 of a ``date``."""
    return (d - date(1970, 1, 1)).days


def years_ago(as_of_days: int, years: np.ndarray | float) -> np.ndarray:
    return np.asarray(as_of_days - np.round(np.asarray(years) * DAYS_PER_YEAR), dtype=np.int64)


def month_start(days: np.ndarray) -> np.ndarray:
    return np.asarray(days, dtype="datetime64[D]").astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)


def staff(
    pos: Positions, progs: Programmes, holders: np.ndarray, as_of_days: int, rng: np.random.Generator
) -> Workforce:
    """Draw every employee's programme, sex, status, dates and golongan rank (in this order)."""
    seat = np.repeat(np.arange(len(pos)), holders)
    n = len(seat)
    jenis = pos.jenis[seat]
    struct = pos.structural[seat]
    prog, near = _programmes(pos, progs, seat, struct, rng)
    level = programme_levels(progs)[prog]

    sex = np.where(rng.random(n) < pos.p_perempuan[seat], 2, 1)
    status = np.full(n, "PNS", dtype=object)
    r = rng.random(n)
    status[~struct & (r < 0.10)] = "PPPK"
    status[~struct & (r >= 0.10) & (r < 0.12)] = "CPNS"

    birth = _birth_days(jenis, status, as_of_days, rng)
    tmt_cpns = _tmt_cpns(jenis, level, status, birth, as_of_days, rng)
    tmt_jabatan = _tmt_jabatan(status, tmt_cpns, as_of_days, rng)
    rank = _ranks(jenis, struct, level, status, tmt_cpns, as_of_days, rng)
    return Workforce(
        pos=seat,
        prog=prog,
        level=level,
        sex=sex,
        status=status,
        birth=birth,
        tmt_cpns=tmt_cpns,
        tmt_jabatan=tmt_jabatan,
        rank=_within_jenjang(np.minimum(rank, 17), pos, seat),
        near_miss=near,
    )


def _programmes(
    pos: Positions, progs: Programmes, seat: np.ndarray, struct: np.ndarray, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Education: mostly from the post's accepted list, else another programme of a near level.

    Returns the programme ids and which employees hold a near miss of the required one.
    """
    n = len(seat)
    pick = pos.acc_start[seat] + np.floor(rng.random(n) * pos.acc_len[seat]).astype(np.int64)
    prog = progs.flat[pick]
    alt_key = np.asarray([vocab.ALT_POOL[lv] for lv in pos.pendidikan[seat]], dtype=object)
    alt = ~struct & (rng.random(n) < 0.12)
    for key in ("d3", "s1"):
        sel = alt & (alt_key == key)
        start, length = progs.pool_range[key]
        prog[sel] = progs.flat[start + rng.integers(0, length, int(sel.sum()))]
    near_ids = np.full(len(progs.names), -1, dtype=np.int64)
    for src, dst in vocab.NEAR_MISS.items():
        if src in progs.index:
            near_ids[progs.index[src]] = progs.index[dst]
    has_req = pos.syarat_jurusan[seat] != ""
    near = has_req & ~alt & (near_ids[prog] >= 0) & (rng.random(n) < 0.04)
    return np.where(near, near_ids[prog], prog), near


def _birth_days(jenis: np.ndarray, status: np.ndarray, as_of_days: int, rng: np.random.Generator) -> np.ndarray:
    """Birth dates: age (years at as_of) by jenis and status; BUP 58 people within 12 months of it."""
    n = len(jenis)
    lo = np.select([jenis == "JPT Pratama", jenis == "Administrator", jenis == "Pengawas"], [45.0, 38.0, 33.0], 23.0)
    hi = np.where(jenis == "JPT Pratama", 56.0, 57.0)
    age = lo + (hi - lo) * rng.beta(1.6, 1.4, n)
    age = np.where(status == "CPNS", rng.uniform(23.0, 31.0, n), age)
    age = np.where(status == "PPPK", rng.uniform(25.0, 50.0, n), age)
    birth = years_ago(as_of_days, age)
    retiring = (status == "PNS") & (jenis != "JPT Pratama") & (rng.random(n) < 0.04)
    as_of_date = date(1970, 1, 1) + timedelta(days=as_of_days)
    fifty_eight_ago = to_days(as_of_date.replace(year=as_of_date.year - 58, day=min(as_of_date.day, 28)))
    return np.where(retiring, fifty_eight_ago + rng.integers(10, 350, n), birth)


def _tmt_cpns(
    jenis: np.ndarray,
    level: np.ndarray,
    status: np.ndarray,
    birth: np.ndarray,
    as_of_days: int,
    rng: np.random.Generator,
) -> np.ndarray:
    """TMT CPNS: age 22-35 at appointment, leaving enough service for the post held."""
    n = len(jenis)
    age = (as_of_days - birth) / DAYS_PER_YEAR
    min_service = np.select(
        [jenis == "JPT Pratama", jenis == "Administrator", jenis == "Pengawas"], [18.0, 12.0, 8.0], 1.5
    )
    min_age = np.maximum(22.0, np.asarray([MIN_AGE_BY_LEVEL[lv] for lv in level]))
    age_cpns = np.minimum(rng.uniform(0.0, 1.0, n) * (35.0 - min_age) + min_age, age - min_service)
    age_cpns = np.maximum(age_cpns, 18.5)
    tmt_cpns = month_start(birth + np.round(age_cpns * DAYS_PER_YEAR).astype(np.int64))
    as_of_month = int(month_start(np.asarray([as_of_days]))[0])
    cpns_tmt = month_start(as_of_month - rng.integers(2, 11, n) * 30)
    tmt_cpns = np.where(status == "CPNS", cpns_tmt, tmt_cpns)
    pppk_year = rng.integers(2022, 2026, n)
    pppk_month = (pppk_year - 1970) * 12 + rng.integers(0, 12, n)
    pppk_tmt = pppk_month.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
    pppk_tmt = np.minimum(pppk_tmt, as_of_month - 60)
    return np.where(status == "PPPK", month_start(pppk_tmt), tmt_cpns)


def _tmt_jabatan(status: np.ndarray, tmt_cpns: np.ndarray, as_of_days: int, rng: np.random.Generator) -> np.ndarray:
    """Years in the current post: some recent (< 2), most 2-5, some due for rotation (> 5)."""
    n = len(status)
    mix = rng.random(n)
    in_post = np.select(
        [mix < 0.22, mix < 0.70], [rng.uniform(0.2, 2.0, n), rng.uniform(2.0, 5.0, n)], rng.uniform(5.0, 10.0, n)
    )
    tmt_jabatan = years_ago(as_of_days, in_post)
    floor = np.minimum(tmt_cpns + 365, as_of_days)
    tmt_jabatan = np.where(tmt_jabatan < floor, np.where(status == "PNS", floor, tmt_cpns), tmt_jabatan)
    return np.where(status == "CPNS", tmt_cpns, tmt_jabatan)


def _ranks(
    jenis: np.ndarray,
    struct: np.ndarray,
    level: np.ndarray,
    status: np.ndarray,
    tmt_cpns: np.ndarray,
    as_of_days: int,
    rng: np.random.Generator,
) -> np.ndarray:
    """Golongan rank: entry by level + a step every four years, capped; structural at least the requirement."""
    n = len(jenis)
    service = (as_of_days - tmt_cpns) / DAYS_PER_YEAR
    entry = np.asarray([vocab.ENTRY_RANK[lv] for lv in level])
    cap = np.asarray([vocab.MAX_RANK[lv] for lv in level])
    rank = np.minimum(entry + np.floor(service / 4.0).astype(np.int64) - (rng.random(n) < 0.2), cap)
    rank = np.maximum(rank, entry)
    need = np.select([jenis == "JPT Pratama", jenis == "Administrator", jenis == "Pengawas"], [14, 12, 10], 0)
    rank = np.where(struct & (rng.random(n) < 0.92), np.maximum(rank, need), rank)
    rank = np.where(status == "CPNS", entry, rank)
    return np.where(status == "PPPK", np.asarray([vocab.PPPK_RANK[lv] for lv in level]), rank)


def _within_jenjang(rank: np.ndarray, pos: Positions, seat: np.ndarray) -> np.ndarray:
    """Golongan ranks moved into the range a JF holder's jenjang allows (a Terampil II/a-II/d, an Ahli Madya from III/c;
    :func:`~asn_mutasi.domain.jenis.held_golongan_range`), the post's jenjang read as the roster check reads it: the
    jenjang its name writes when the post is read Fungsional (rule ``golongan-jenjang-mustahil``)."""
    names = pos.nama.tolist()
    fungsional = np.asarray(
        [jab.classify_jenis_jabatan(n, j) == "Fungsional" for n, j in zip(names, pos.jenis, strict=True)], dtype=bool
    )
    jenjang = np.asarray([jab.jenjang_fungsional(n) for n in names], dtype=object)
    jenjang[~fungsional] = None
    least, most = held_golongan_range(jenjang)
    lo = np.nan_to_num(least, nan=1.0).astype(np.int64)[seat]
    hi = np.nan_to_num(most, nan=17.0).astype(np.int64)[seat]
    return np.clip(rank, lo, hi)


def make_nips(w: Workforce) -> np.ndarray:
    """Return 18-digit NIP strings from birth date, TMT (``YYYY21`` for PPPK), sex and sequence."""
    birth = w.birth.astype("datetime64[D]")
    tmt = w.tmt_cpns.astype("datetime64[D]")

    def ymd(d: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        y = d.astype("datetime64[Y]").astype(np.int64) + 1970
        m = d.astype("datetime64[M]").astype(np.int64) % 12 + 1
        day = (d - d.astype("datetime64[M]").astype("datetime64[D]")).astype(np.int64) + 1
        return y, m, day

    by, bm, bd = ymd(birth)
    ty, tm, _ = ymd(tmt)
    tm = np.where(w.status == "PPPK", 21, tm)
    prefix = ((by * 10000 + bm * 100 + bd) * 1_000_000 + ty * 100 + tm) * 10 + w.sex
    order = np.argsort(prefix, kind="stable")
    sorted_prefix = prefix[order]
    run_start = np.r_[True, sorted_prefix[1:] != sorted_prefix[:-1]] if len(order) else np.empty(0, dtype=bool)
    idx = np.arange(len(order))
    start_of_run = np.maximum.accumulate(np.where(run_start, idx, 0)) if len(order) else idx
    seq = np.empty(len(order), dtype=np.int64)
    seq[order] = idx - start_of_run + 1
    return (prefix * 1000 + seq).astype(str).astype(object)
