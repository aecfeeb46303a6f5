"""Generate the deterministic synthetic dataset of Kabupaten Sukamaju.

``generate_sample`` is pure: the same arguments give identical frames. It is used by
``asn-mutasi sample``, by the tests and, with ``n_pegawai=100_000``, by the benchmarks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from asn_mutasi.domain.lowongan import seat_vacancies
from asn_mutasi.sample import cases, vocab
from asn_mutasi.sample.structure import JENIS_RANK, Positions, Programmes, build_positions, build_units
from asn_mutasi.sample.workforce import S2_TITLES, Workforce, make_nips, staff, staffing, to_days, workload

NA = np.array(None, dtype=object)  #: a missing cell in ``np.where``
PEGAWAI_COLUMNS: tuple[str, ...] = (
    "nip", "nama", "golongan", "jabatan", "kode_jabatan", "unit_kerja", "jenis_jabatan", "tmt_jabatan",
    "tanggal_lahir", "jenis_kelamin", "status_kepegawaian", "pendidikan", "jurusan", "predikat_kinerja",
    "hukuman_disiplin", "tugas_belajar", "riwayat_jabatan", "diklat", "preferensi_unit",
)  # fmt: skip
JABATAN_COLUMNS: tuple[str, ...] = (
    "kode_jabatan", "nama_jabatan", "unit_kerja", "jenis_jabatan", "kelas_jabatan", "kebutuhan", "beban_kerja_jam",
    "syarat_pendidikan", "syarat_jurusan", "syarat_golongan", "syarat_pengalaman", "syarat_diklat", "bezetting",
)  # fmt: skip


@dataclass
class SampleData:
    """The synthetic dataset: canonical snake_case frames plus notes on the hand-picked cases."""

    pegawai: pd.DataFrame
    jabatan: pd.DataFrame
    abk: pd.DataFrame
    riwayat: pd.DataFrame
    usulan: pd.DataFrame
    pegawai_bermasalah: pd.DataFrame
    catatan: dict[str, Any] = field(default_factory=dict)


def generate_sample(
    *, n_pegawai: int = 2000, n_unit: int | None = None, seed: int = 2026, as_of: date = date(2026, 11, 1)
) -> SampleData:
    """Generate the roster, peta jabatan, ABK, history, proposals and bad rows for one seed.

    ``n_unit`` defaults to about one unit per 50 employees (at least 8); positions follow
    from the units' structures (about ten each).
    """
    if n_pegawai < 100:
        raise ValueError("jumlah pegawai minimal 100")
    units_wanted = n_unit if n_unit is not None else max(8, round(n_pegawai / 50))
    if units_wanted < 1:
        raise ValueError("jumlah unit kerja minimal 1")
    rng = np.random.Generator(np.random.PCG64(seed))
    as_of_days = to_days(as_of)

    units = build_units(units_wanted, rng)
    pos, progs = build_positions(units)
    kebutuhan, holders = staffing(pos, n_pegawai, rng)
    targets = cases.pick_targets(pos, kebutuhan, holders, rng)
    beban, tasks = workload(pos, kebutuhan, rng)
    w = staff(pos, progs, holders, as_of_days, rng)
    nips = make_nips(w)
    picked = cases.pick_people(w, pos, progs, targets, nips, as_of_days, rng)

    pegawai = _pegawai_frame(w, pos, progs, nips, [u.nama for u in units], as_of_days, rng)
    riwayat, riwayat_text = _riwayat(w, pos, nips, rng)
    has_text = rng.random(len(w)) < 0.7
    pegawai["riwayat_jabatan"] = pd.Series(np.where(has_text, riwayat_text, NA), index=pegawai.index, dtype=object)
    unlinked = cases.apply_people(pegawai, picked, rng)
    jabatan, differing = _jabatan_frame(pos, kebutuhan, holders, beban, rng)
    abk = table(
        {
            "kode_jabatan": pos.kode[tasks["posisi"]],
            "nama_jabatan": pos.nama[tasks["posisi"]],
            "unit_kerja": pos.unit_nama[tasks["posisi"]],
            "uraian_tugas": tasks["uraian_tugas"],
            "satuan_hasil": tasks["satuan_hasil"],
            "volume": tasks["volume"],
            "norma_waktu": tasks["norma_waktu"],
        }
    )
    usulan = cases.usulan_frame(picked, pegawai, jabatan)
    bermasalah, bad_notes = cases.bad_rows(pegawai, as_of, rng)
    surplus = jabatan.loc[holders > kebutuhan, "kode_jabatan"].tolist()
    # the shared vacancy definition: every holder occupies the seat, a CPNS included
    vacant = int(seat_vacancies(kebutuhan, np.bincount(w.pos, minlength=len(kebutuhan))).sum())
    retiring = cases.near_retirement(pegawai, as_of)
    catatan: dict[str, Any] = {
        "wilayah": vocab.REGION,
        "per_tanggal": as_of.isoformat(),
        "seed": seed,
        "jumlah_pegawai": len(pegawai),
        "jumlah_unit": len(units),
        "jumlah_jabatan": len(jabatan),
        "jumlah_kebutuhan": int(kebutuhan.sum()),
        "jumlah_kursi_kosong": vacant,
        "jabatan_lebih": surplus,
        "jabatan_lebih_setda": jabatan.loc[
            (jabatan["unit_kerja"] == "Sekretariat Daerah")
            & (jabatan["nama_jabatan"] == "Pengadministrasi Perkantoran"),
            "kode_jabatan",
        ].tolist(),
        "bezetting_berbeda": differing,
        "mendekati_pensiun": retiring,
        "jabatan_tanpa_kode": unlinked,
        "usulan": picked.notes(),
        "pegawai_bermasalah": bad_notes,
    }
    return SampleData(pegawai, jabatan, abk, riwayat, usulan, bermasalah, catatan)


def table(columns: dict[str, Any]) -> pd.DataFrame:
    """Build a frame whose text columns are object dtype with ``None`` for missing cells.

    pandas 3 would infer its string dtype (missing = NaN); the readers and writers of
    this package work with object columns on every supported pandas version.
    """
    series: dict[str, pd.Series] = {}
    for name, values in columns.items():
        if isinstance(values, np.ndarray) and values.dtype == object:
            series[name] = pd.Series(values, dtype=object)
        else:
            series[name] = pd.Series(values)
    return pd.DataFrame(series)


def _choice(
    rng: np.random.Generator, options: tuple[str, ...], n: int, p: tuple[float, ...] | None = None
) -> np.ndarray:
    return np.asarray(options, dtype=object)[rng.choice(len(options), size=n, p=p)]


def _programme_variants(progs: Programmes) -> np.ndarray:
    """Return per programme: canonical, upper case, level without dash, misspelt."""
    rows = []
    for name in progs.names:
        nodash = name.replace("S-1 ", "S1 ").replace("D-III ", "D3 ").replace("D-IV ", "D4 ").replace("S-2 ", "S2 ")
        typo = next((name.replace(a, b, 1) for a, b in vocab.TYPOS if a in name), name)
        rows.append((name, name.upper(), nodash, typo))
    return np.asarray(rows, dtype=object)


def _titles(progs: Programmes) -> tuple[np.ndarray, np.ndarray]:
    pre, suf = [], []
    for name in progs.names:
        key = name.split(" ", 1)[1] if " " in name else name
        p, s = vocab.TITLES.get(key, ("", ""))
        if name in S2_TITLES:
            p, s = "", S2_TITLES[name]
        if name.startswith(("SMA", "SMK", "MA ")):
            p, s = "", ""
        pre.append(p)
        suf.append(s)
    return np.asarray(pre, dtype=object), np.asarray(suf, dtype=object)


def golongan_text(rank: np.ndarray, pppk: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Spell golongan as exports do: ``III/a``, ``III/A``, ``Penata Muda Tk. I (III/b)``, ``IIIa``; PPPK ``IX``."""
    idx = rank - 1
    code = np.asarray(vocab.GOLONGAN, dtype=object)[idx]
    pangkat = np.asarray(vocab.PANGKAT, dtype=object)[idx]
    style = rng.choice(4, size=len(rank), p=(0.75, 0.08, 0.12, 0.05))
    upper = pd.Series(code, dtype=object).str.upper().to_numpy(dtype=object)
    joined = pd.Series(code, dtype=object).str.replace("/", "", regex=False).to_numpy(dtype=object)
    with_pangkat = pangkat + " (" + code + ")"
    text = np.select([style == 1, style == 2, style == 3], [upper, with_pangkat, joined], code)
    roman = np.asarray(vocab.PPPK_GOLONGAN, dtype=object)[idx]
    roman = np.where(rng.random(len(rank)) < 0.2, "Golongan " + roman, roman)
    return np.where(pppk, roman, text)


def _pegawai_frame(
    w: Workforce,
    pos: Positions,
    progs: Programmes,
    nips: np.ndarray,
    unit_names: list[str],
    as_of_days: int,
    rng: np.random.Generator,
) -> pd.DataFrame:
    n = len(w)
    female = w.sex == 2
    first = np.where(female, _choice(rng, vocab.FIRST_NAMES_P, n), _choice(rng, vocab.FIRST_NAMES_L, n))
    last = _choice(rng, vocab.LAST_NAMES, n)
    base = np.where(rng.random(n) < 0.08, first, first + " " + last)
    pre, suf = _titles(progs)
    prefix, suffix = pre[w.prog], suf[w.prog]
    shown = (rng.random(n) < 0.55) | (prefix != "")
    old_style = (w.level == "S-1") & (w.birth < to_days(date(1972, 1, 1))) & (rng.random(n) < 0.3)
    prefix = np.where(old_style, np.where(female, "Dra.", "Drs."), prefix)
    suffix = np.where(old_style, "", suffix)
    nama = (
        np.where(shown & (prefix != ""), prefix + " ", "") + base + np.where(shown & (suffix != ""), ", " + suffix, "")
    )

    variants = _programme_variants(progs)
    variant = rng.choice(4, size=n, p=(0.72, 0.15, 0.08, 0.05))
    jurusan = variants[w.prog, variant]
    spelling = rng.choice(4, size=n, p=(0.6, 0.2, 0.1, 0.1))
    level_text = np.empty(n, dtype=object)
    for lv, options in vocab.LEVEL_SPELLINGS.items():
        sel = w.level == lv
        level_text[sel] = np.asarray(options, dtype=object)[spelling[sel]]

    jenis = pos.jenis[w.pos]
    struct = pos.structural[w.pos]
    predikat = _choice(rng, ("Baik", "Sangat Baik", "Butuh Perbaikan", "Kurang"), n, (0.80, 0.12, 0.06, 0.02))
    predikat = np.where(w.status == "CPNS", "Baik", predikat)
    hukdis = np.where(rng.random(n) < 0.015, _choice(rng, vocab.HUKDIS, n), NA)
    tubel = np.where((w.status == "PNS") & (rng.random(n) < 0.01), "Ya", NA)
    diklat_struct = np.asarray([vocab.DIKLAT_STRUKTURAL.get(j, "") for j in jenis], dtype=object)
    diklat = np.where(
        struct,
        np.where(rng.random(n) < 0.85, diklat_struct, NA),
        np.where(rng.random(n) < 0.45, _choice(rng, vocab.DIKLAT_UMUM, n), NA),
    )
    names = np.asarray(unit_names, dtype=object)
    pref_unit = rng.integers(0, len(names), n)
    wants = (rng.random(n) < 0.08) & (pref_unit != pos.unit[w.pos])
    preferensi = np.where(wants, names[pref_unit], NA)
    return table(
        {
            "nip": nips,
            "nama": nama.astype(object),
            "golongan": golongan_text(w.rank, w.status == "PPPK", rng),
            "jabatan": pos.nama[w.pos],
            "kode_jabatan": pos.kode[w.pos],
            "unit_kerja": pos.unit_nama[w.pos],
            "jenis_jabatan": jenis,
            "tmt_jabatan": pd.to_datetime(w.tmt_jabatan.astype("datetime64[D]")).astype("datetime64[ns]"),
            "tanggal_lahir": pd.to_datetime(w.birth.astype("datetime64[D]")).astype("datetime64[ns]"),
            "jenis_kelamin": np.where(w.sex == 2, "P", "L").astype(object),
            "status_kepegawaian": w.status,
            "pendidikan": level_text,
            "jurusan": jurusan,
            "predikat_kinerja": predikat,
            "hukuman_disiplin": hukdis,
            "tugas_belajar": tubel,
            "riwayat_jabatan": np.full(n, None, dtype=object),
            "diklat": diklat,
            "preferensi_unit": preferensi,
        }
    )


OLD_NAMES: tuple[str, ...] = ("Pengadministrasi Umum", "Pengolah Data", "Pengadministrasi Kepegawaian", "Bendahara")


def _riwayat(
    w: Workforce, pos: Positions, nips: np.ndarray, rng: np.random.Generator
) -> tuple[pd.DataFrame, np.ndarray]:
    """Return the riwayat jabatan rows and, per employee, the text of the earlier posts."""
    n = len(w)
    gap = (w.tmt_jabatan - w.tmt_cpns) / 365.2425
    has_prev = (w.status == "PNS") & (gap >= 2.0) & (rng.random(n) < 0.6)
    two = has_prev & (gap >= 6.0) & (rng.random(n) < 0.5)
    split = w.tmt_cpns + np.round((w.tmt_jabatan - w.tmt_cpns) * rng.uniform(0.3, 0.7, n)).astype(np.int64)

    unit = pos.unit[w.pos]
    cur_rank = np.asarray([JENIS_RANK[j] for j in pos.jenis], dtype=np.int64)

    def previous(mask: np.ndarray, *, earliest: bool) -> np.ndarray:
        idx = np.flatnonzero(mask)
        cand = pos.unit_start[unit[idx]] + rng.integers(0, 1 << 30, len(idx)) % pos.unit_len[unit[idx]]
        name = pos.nama[cand].copy()
        bad = (cand == w.pos[idx]) | (cur_rank[cand] > cur_rank[w.pos[idx]])
        if earliest:  # a career starts in a non-managerial post
            bad |= cur_rank[cand] > 0
        name[bad] = np.asarray(OLD_NAMES, dtype=object)[rng.integers(0, len(OLD_NAMES), int(bad.sum()))]
        return name

    first_idx = np.flatnonzero(has_prev)
    second_idx = np.flatnonzero(two)
    first_end = np.where(two, split, w.tmt_jabatan)
    frames = {
        "i": np.concatenate([first_idx, second_idx, np.arange(n)]),
        "jabatan": np.concatenate([previous(has_prev, earliest=True), previous(two, earliest=False), pos.nama[w.pos]]),
        "mulai": np.concatenate([w.tmt_cpns[first_idx], split[second_idx], w.tmt_jabatan]),
        "selesai": np.concatenate([first_end[first_idx], w.tmt_jabatan[second_idx], np.full(n, -1)]),
    }
    order = np.lexsort((frames["mulai"], frames["i"]))
    i = frames["i"][order]
    mulai = frames["mulai"][order]
    selesai = frames["selesai"][order]
    tmt_selesai = pd.to_datetime(np.where(selesai >= 0, selesai, 0).astype("datetime64[D]")).astype("datetime64[ns]")
    riwayat = table(
        {
            "nip": nips[i],
            "jabatan": frames["jabatan"][order],
            "unit_kerja": pos.unit_nama[w.pos][i],
            "tmt_mulai": pd.to_datetime(mulai.astype("datetime64[D]")).astype("datetime64[ns]"),
            "tmt_selesai": tmt_selesai.where(selesai >= 0),
        }
    )
    prev = selesai >= 0
    years = lambda d: (d.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970).astype(str)  # noqa: E731
    text = (
        pd.Series(frames["jabatan"][order][prev], dtype=object)
        + " ("
        + years(mulai[prev])
        + "-"
        + years(selesai[prev])
        + ")"
    )
    joined = text.groupby(i[prev], sort=False).agg("; ".join)
    out = np.full(n, None, dtype=object)
    out[joined.index.to_numpy()] = joined.to_numpy()
    return riwayat, out


def _jabatan_frame(
    pos: Positions, kebutuhan: np.ndarray, holders: np.ndarray, beban: np.ndarray, rng: np.random.Generator
) -> tuple[pd.DataFrame, list[str]]:
    p = len(pos)
    syarat = [vocab.SYARAT_STRUKTURAL.get(j, (None, None, None)) for j in pos.jenis]
    jf_pengalaman = np.where(
        pos.jenis == "Fungsional", "Memiliki pengalaman di bidang tugas jabatan fungsional minimal 1 tahun", NA
    )
    declared = holders.copy()
    differ = rng.random(p) < 0.03
    declared[differ] = np.maximum(0, declared[differ] + rng.choice((-2, -1, 1, 2), int(differ.sum())))
    differ &= declared != holders
    frame = table(
        {
            "kode_jabatan": pos.kode,
            "nama_jabatan": pos.nama,
            "unit_kerja": pos.unit_nama,
            "jenis_jabatan": pos.jenis,
            "kelas_jabatan": pos.kelas,
            "kebutuhan": kebutuhan,
            "beban_kerja_jam": beban,
            "syarat_pendidikan": pos.pendidikan,
            "syarat_jurusan": np.where(pos.syarat_jurusan == "", NA, pos.syarat_jurusan),
            "syarat_golongan": np.asarray([s[0] for s in syarat], dtype=object),
            "syarat_pengalaman": np.where(
                pos.structural, np.asarray([s[1] for s in syarat], dtype=object), jf_pengalaman
            ),
            "syarat_diklat": np.asarray([s[2] for s in syarat], dtype=object),
            "bezetting": declared,
        }
    )
    return frame, pos.kode[differ].tolist()
