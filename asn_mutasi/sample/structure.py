"""Build the units and the peta jabatan of the synthetic Kabupaten Sukamaju.

The structure is small (one row per position, a few tens of thousands at most), so it is
built with plain Python; the per-employee work in :mod:`asn_mutasi.sample.generator` is
vectorised on top of the arrays returned here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from asn_mutasi.sample import vocab
from asn_mutasi.sample.vocab import PositionTemplate

#: pools that structural positions draw their holders' education from
STRUCTURAL_POOL = {"JPT Pratama": "jpt", "Administrator": "jpt", "Pengawas": "pengawas"}
POOLS: dict[str, tuple[str, ...]] = {
    **vocab.POOLS,
    "jpt": vocab.POOLS["s1"] + vocab.POOLS["s2"],
    "pengawas": vocab.POOLS["s1"] + vocab.POOLS["d3"],
}
JENIS_RANK = {"Pelaksana": 0, "Fungsional": 0, "Pengawas": 1, "Administrator": 2, "JPT Pratama": 3}


@dataclass
class Unit:
    """One unit kerja (OPD, UPT, kecamatan, kelurahan)."""

    nama: str
    kode: str
    templates: list[PositionTemplate]


def _place_names(rng: np.random.Generator) -> list[str]:
    combos = [h + t for h in vocab.PLACE_HEADS for t in vocab.PLACE_TAILS]
    combos = [c for c in combos if c not in vocab.PLACES_FIXED]
    order = rng.permutation(len(combos))
    base = list(vocab.PLACES_FIXED) + [combos[i] for i in order]
    return [b + s for s in vocab.PLACE_SUFFIXES for b in base]


def _structural(nama: str, jenis: str, kelas: int) -> PositionTemplate:
    pendidikan = "D-III" if jenis == "Pengawas" else "S-1"
    return PositionTemplate(nama, jenis, kelas, pendidikan, pool=STRUCTURAL_POOL[jenis], tugas="pimpinan")


def _opd_unit(nama: str, kode: str, bidang: tuple[str, ...], specific: tuple[PositionTemplate, ...]) -> Unit:
    heads = vocab.opd_heads(nama)
    kepala, jenis, kelas = heads.kepala
    templates = [_structural(kepala.format(nama=nama), jenis, kelas), _structural(*heads.kedua)]
    templates += [_structural(s, "Pengawas", 9) for s in heads.subbagian]
    for b in bidang:
        templates.append(_structural(b if b.startswith("Inspektur") else f"Kepala {b}", "Administrator", 11))
    names = set()
    for t in (*specific, *vocab.OPD_COMMON):
        if t.nama not in names:
            templates.append(t)
            names.add(t.nama)
    return Unit(nama, kode, templates)


def _extension_unit(kind: str, place: str, number: int) -> Unit:
    spec = vocab.EXTENSION_UNITS[kind]
    nama = spec.nama.format(place=place)
    heads = [_structural(h.format(nama=nama, place=place), jenis, kelas) for h, jenis, kelas in spec.pimpinan]
    return Unit(nama, spec.kode.format(number=number), heads + list(spec.jabatan))


def build_units(n_unit: int, rng: np.random.Generator) -> list[Unit]:
    """Return ``n_unit`` units: the core OPDs first, then UPT Puskesmas, kecamatan, kelurahan, RSUD."""
    places = _place_names(rng)
    opd = [_opd_unit(*spec) for spec in vocab.OPD]
    counters = {"puskesmas": 0, "kecamatan": 0, "kelurahan": 0, "rsud": 0}

    def extension(kind: str) -> Unit:
        i = counters[kind]
        counters[kind] += 1
        place = places[i % len(places)] + (f" {i // len(places) + 1}" if i >= len(places) else "")
        return _extension_unit(kind, place, i + 1)

    units = [*opd[:5], extension("puskesmas"), extension("kecamatan"), *opd[5:], extension("rsud")]
    cycle = ("puskesmas", "kecamatan", "kelurahan", "puskesmas", "kecamatan", "kelurahan", "puskesmas", "rsud")
    i = 0
    while len(units) < n_unit:
        kind = cycle[i % len(cycle)]
        if kind == "rsud" and counters["rsud"] >= 3:
            kind = "kelurahan"
        units.append(extension(kind))
        i += 1
    return units[:n_unit]


@dataclass
class Positions:
    """Column arrays of the peta jabatan, one element per position, units contiguous."""

    kode: np.ndarray
    nama: np.ndarray
    unit: np.ndarray  #: unit index
    unit_nama: np.ndarray
    jenis: np.ndarray
    kelas: np.ndarray
    pendidikan: np.ndarray
    syarat_jurusan: np.ndarray  #: requirement text, "" for generic positions
    tugas: np.ndarray
    bobot: np.ndarray
    p_perempuan: np.ndarray
    acc_start: np.ndarray  #: accepted programmes of holders: ids in ``programmes.flat``
    acc_len: np.ndarray
    unit_start: np.ndarray  #: per unit: first position index
    unit_len: np.ndarray
    templates: list[PositionTemplate]

    @property
    def structural(self) -> np.ndarray:
        return np.isin(self.jenis, ("JPT Pratama", "Administrator", "Pengawas"))

    def __len__(self) -> int:
        return len(self.nama)


@dataclass
class Programmes:
    """All programme names and the per-position lists of accepted programme ids."""

    names: list[str]
    index: dict[str, int]
    flat: np.ndarray
    pool_range: dict[str, tuple[int, int]]

    def add(self, name: str) -> int:
        if name not in self.index:
            self.index[name] = len(self.names)
            self.names.append(name)
        return self.index[name]


def _syarat_text(jurusan: tuple[str, ...], rank: int) -> str:
    # Real peta jabatan tables join alternatives with "; " or " ATAU "
    return (" ATAU " if rank % 4 == 3 else "; ").join(jurusan)


def build_positions(units: list[Unit]) -> tuple[Positions, Programmes]:
    """Flatten the units into position arrays and the programme tables they refer to."""
    progs = Programmes([], {}, np.empty(0, dtype=np.int64), {})
    flat: list[int] = []
    for key, names in POOLS.items():
        start = len(flat)
        flat.extend(progs.add(n) for n in names)
        progs.pool_range[key] = (start, len(names))
    for near in vocab.NEAR_MISS.values():
        progs.add(near)
    list_range: dict[tuple[str, ...], tuple[int, int]] = {}

    cols: dict[str, list[object]] = {
        k: []
        for k in (
            "kode",
            "nama",
            "unit",
            "unit_nama",
            "jenis",
            "kelas",
            "pendidikan",
            "syarat",
            "tugas",
            "bobot",
            "pp",
            "acc_start",
            "acc_len",
        )
    }
    templates: list[PositionTemplate] = []
    unit_start, unit_len = [], []
    for u, unit in enumerate(units):
        unit_start.append(len(templates))
        unit_len.append(len(unit.templates))
        for j, t in enumerate(unit.templates, start=1):
            if t.jurusan:
                if t.jurusan not in list_range:
                    list_range[t.jurusan] = (len(flat), len(t.jurusan))
                    flat.extend(progs.add(n) for n in t.jurusan)
                start, length = list_range[t.jurusan]
            else:
                start, length = progs.pool_range[t.pool]
            cols["kode"].append(f"{unit.kode}-{j:04d}")
            cols["nama"].append(t.nama)
            cols["unit"].append(u)
            cols["unit_nama"].append(unit.nama)
            cols["jenis"].append(t.jenis)
            cols["kelas"].append(t.kelas)
            cols["pendidikan"].append(t.pendidikan)
            cols["syarat"].append(_syarat_text(t.jurusan, u + j))
            cols["tugas"].append(t.tugas)
            cols["bobot"].append(t.bobot)
            cols["pp"].append(t.p_perempuan)
            cols["acc_start"].append(start)
            cols["acc_len"].append(length)
            templates.append(t)
    progs.flat = np.asarray(flat, dtype=np.int64)
    obj = lambda k: np.asarray(cols[k], dtype=object)  # noqa: E731
    positions = Positions(
        kode=obj("kode"),
        nama=obj("nama"),
        unit=np.asarray(cols["unit"], dtype=np.int64),
        unit_nama=obj("unit_nama"),
        jenis=obj("jenis"),
        kelas=np.asarray(cols["kelas"], dtype=np.int64),
        pendidikan=obj("pendidikan"),
        syarat_jurusan=obj("syarat"),
        tugas=obj("tugas"),
        bobot=np.asarray(cols["bobot"], dtype=float),
        p_perempuan=np.asarray(cols["pp"], dtype=float),
        acc_start=np.asarray(cols["acc_start"], dtype=np.int64),
        acc_len=np.asarray(cols["acc_len"], dtype=np.int64),
        unit_start=np.asarray(unit_start, dtype=np.int64),
        unit_len=np.asarray(unit_len, dtype=np.int64),
        templates=templates,
    )
    return positions, progs
