"""Vocabularies of the synthetic Kabupaten Sukamaju, loaded from data files.

Everything is fictional but follows the shapes seen in real SIMPEG/SIASN exports and
peta jabatan tables (domain.md §2–§4, §9): OPD names, the MenPANRB pelaksana
nomenclature, JF names with their jenjang, and SSCASN-style programme names that carry
their level (``S-1 Teknik Informatika``). The words live in ``asn_mutasi/data/``:

- ``sample_kosakata.json``: names, places, programmes, titles, misspellings, golongan
  and pangkat, structural requirements, training, abbreviations;
- ``sample_jabatan.json``: the OPDs, their heads and position templates, and the kinds of
  unit added around them (a string names one of the shared templates in ``jabatan_bersama``);
- ``sample_tugas.csv``: the ABK task pools (``kelompok``, uraian tugas, satuan hasil,
  norma waktu in minutes).

This module only turns them into typed constants; the generator reads nothing else.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from asn_mutasi.data import data_csv, data_json


class PositionTemplate(NamedTuple):
    """One position of a unit's structure (``{unit}`` / ``{place}`` are filled in)."""

    nama: str
    jenis: str  #: canonical jenis jabatan
    kelas: int
    pendidikan: str  #: minimum level (canonical)
    jurusan: tuple[str, ...] = ()  #: accepted programmes; empty = generic position
    pool: str = ""  #: programme pool employees are drawn from when ``jurusan`` is empty
    bobot: float = 0.0  #: relative kebutuhan weight (structural positions always need 1)
    tugas: str = "umum"  #: task group in :data:`TASKS`
    p_perempuan: float = 0.5


def _strings(value: list[str]) -> tuple[str, ...]:
    return tuple(str(v) for v in value)


def _pairs(value: list[list[str]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(a), str(b)) for a, b in value)


def _template(value: dict[str, Any]) -> PositionTemplate:
    fields = dict(value)
    if "jurusan" in fields:
        fields["jurusan"] = _strings(fields["jurusan"])
    return PositionTemplate(**fields)


_WORDS: dict[str, Any] = data_json("sample_kosakata.json")
_POSITIONS: dict[str, Any] = data_json("sample_jabatan.json")

REGION: str = _WORDS["wilayah"]

# --- people and places -----------------------------------------------------------------
FIRST_NAMES_L: tuple[str, ...] = _strings(_WORDS["nama_depan_l"])
FIRST_NAMES_P: tuple[str, ...] = _strings(_WORDS["nama_depan_p"])
LAST_NAMES: tuple[str, ...] = _strings(_WORDS["nama_belakang"])
PLACES_FIXED: tuple[str, ...] = _strings(_WORDS["tempat_tetap"])
PLACE_HEADS: tuple[str, ...] = _strings(_WORDS["tempat_awal"])
PLACE_TAILS: tuple[str, ...] = _strings(_WORDS["tempat_akhir"])
PLACE_SUFFIXES: tuple[str, ...] = _strings(_WORDS["tempat_akhiran"])

# --- programmes --------------------------------------------------------------------------
#: generic pools (SSCASN style "LEVEL Programme")
POOLS: dict[str, tuple[str, ...]] = {k: _strings(v) for k, v in _WORDS["kelompok_jurusan"].items()}
#: pool used for employees who hold a post outside its usual education (over-qualified etc.)
ALT_POOL: dict[str, str] = dict(_WORDS["kelompok_alternatif"])
#: title (prefix, suffix) implied by a programme; the part after the level is the key
TITLES: dict[str, tuple[str, str]] = {k: (v["depan"], v["belakang"]) for k, v in _WORDS["gelar"].items()}
#: a programme a careless reader takes for the required one (near misses, domain.md §3.2)
NEAR_MISS: dict[str, str] = dict(_WORDS["jurusan_mirip"])
#: realistic misspellings (the first one that applies is used)
TYPOS: tuple[tuple[str, str], ...] = _pairs(_WORDS["salah_ketik"])
LEVEL_SPELLINGS: dict[str, tuple[str, ...]] = {k: _strings(v) for k, v in _WORDS["ejaan_jenjang"].items()}
LEVEL_PREFIX: tuple[tuple[str, str], ...] = _pairs(_WORDS["awalan_jenjang"])

# --- golongan, pangkat, requirements -------------------------------------------------------
#: PNS golongan ruang (rank 1..17) and pangkat
GOLONGAN: tuple[str, ...] = _strings(_WORDS["golongan"])
PANGKAT: tuple[str, ...] = _strings(_WORDS["pangkat"])
PPPK_GOLONGAN: tuple[str, ...] = _strings(_WORDS["golongan_pppk"])
#: entry rank (1-based) by level for CPNS (PP 98/2000 jo. PP 11/2002) and cap by level
ENTRY_RANK: dict[str, int] = {k: int(v) for k, v in _WORDS["pangkat_awal"].items()}
MAX_RANK: dict[str, int] = {k: int(v) for k, v in _WORDS["pangkat_maksimal"].items()}
#: PPPK golongan by level (domain.md §2.2)
PPPK_RANK: dict[str, int] = {k: int(v) for k, v in _WORDS["golongan_pppk_menurut_jenjang"].items()}
#: jenis: (syarat_golongan, syarat_pengalaman, syarat_diklat)
SYARAT_STRUKTURAL: dict[str, tuple[str, str, str]] = {
    k: (v["golongan"], v["pengalaman"], v["diklat"]) for k, v in _WORDS["syarat_struktural"].items()
}
DIKLAT_STRUKTURAL: dict[str, str] = dict(_WORDS["diklat_struktural"])
DIKLAT_UMUM: tuple[str, ...] = _strings(_WORDS["diklat_umum"])
HUKDIS: tuple[str, ...] = _strings(_WORDS["hukuman_disiplin"])
#: (full prefix, abbreviated prefix) as analysts type them
ABBREVIATIONS: tuple[tuple[str, str], ...] = _pairs(_WORDS["singkatan"])

# --- positions ---------------------------------------------------------------------------
_SHARED: dict[str, PositionTemplate] = {k: _template(v) for k, v in _POSITIONS["jabatan_bersama"].items()}


def _templates(values: list[str | dict[str, Any]]) -> tuple[PositionTemplate, ...]:
    return tuple(_SHARED[v] if isinstance(v, str) else _template(v) for v in values)


#: pelaksana and JF used across units
PENGADMINISTRASI = _SHARED["PENGADMINISTRASI"]
OPERATOR = _SHARED["OPERATOR"]
PENGELOLA = _SHARED["PENGELOLA"]
PENATA = _SHARED["PENATA"]
PENGOLAH = _SHARED["PENGOLAH"]
ARSIPARIS = _SHARED["ARSIPARIS"]
PRANATA_KOMPUTER = _SHARED["PRANATA_KOMPUTER"]
PRANATA_KOMPUTER_T = _SHARED["PRANATA_KOMPUTER_T"]
PENELAAH = _SHARED["PENELAAH"]
ANALIS_SDM = _SHARED["ANALIS_SDM"]
PERENCANA = _SHARED["PERENCANA"]

#: OPD: (name, code, bidang names, specific positions)
OPD: tuple[tuple[str, str, tuple[str, ...], tuple[PositionTemplate, ...]], ...] = tuple(
    (o["nama"], o["kode"], _strings(o["bidang"]), _templates(o["jabatan"])) for o in _POSITIONS["opd"]
)


class UnitTemplate(NamedTuple):
    """A kind of unit added around the OPDs (puskesmas, kecamatan, kelurahan, RSUD)."""

    nama: str  #: ``{place}`` is filled in
    kode: str  #: ``{number}`` is filled in
    pimpinan: tuple[tuple[str, str, int], ...]  #: structural posts (nama with ``{nama}``/``{place}``, jenis, kelas)
    jabatan: tuple[PositionTemplate, ...]


class OpdHeads(NamedTuple):
    """The structural posts at the top of an OPD (``{nama}`` in ``kepala`` is the OPD's name)."""

    kepala: tuple[str, str, int]
    kedua: tuple[str, str, int]
    subbagian: tuple[str, ...]


def _post(value: list[Any]) -> tuple[str, str, int]:
    nama, jenis, kelas = value
    return str(nama), str(jenis), int(kelas)


def opd_heads(nama: str) -> OpdHeads:
    """The heads of OPD ``nama``: its own entry in ``pimpinan_opd`` over the ``bawaan`` one."""
    heads = {**_POSITIONS["pimpinan_opd"]["bawaan"], **_POSITIONS["pimpinan_opd"].get(nama, {})}
    return OpdHeads(_post(heads["kepala"]), _post(heads["kedua"]), _strings(heads["subbagian"]))


EXTENSION_UNITS: dict[str, UnitTemplate] = {
    kind: UnitTemplate(
        spec["nama"], spec["kode"], tuple(_post(p) for p in spec["pimpinan"]), _templates(spec["jabatan"])
    )
    for kind, spec in _POSITIONS["unit_tambahan"].items()
}
#: pelaksana present in every OPD (Sekretariat Daerah gets a surplus of Pengadministrasi Perkantoran)
OPD_COMMON: tuple[PositionTemplate, ...] = _templates(_POSITIONS["opd_umum"])


def _tasks(rows: list[dict[str, str]]) -> dict[str, tuple[tuple[str, str, int], ...]]:
    pools: dict[str, list[tuple[str, str, int]]] = {}
    for row in rows:
        task = (row["uraian_tugas"], row["satuan_hasil"], int(row["norma_waktu_menit"]))
        pools.setdefault(row["kelompok"], []).append(task)
    return {k: tuple(v) for k, v in pools.items()}


#: task pools for the ABK sheet: (uraian tugas, satuan hasil, norma waktu in minutes)
TASKS: dict[str, tuple[tuple[str, str, int], ...]] = _tasks(data_csv("sample_tugas.csv"))
