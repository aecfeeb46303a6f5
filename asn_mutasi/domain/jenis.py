"""Position types (jenis jabatan) and their order: the one rank table every module uses.

Managerial levels rise from Pengawas to JPT Utama (UU 20/2023; PP 11/2017 as amended by
PP 17/2020); jabatan fungsional and pelaksana share the non-managerial level. The same
order appears in SIMPEG reference tables (e.g. ``evllnekrist/simpeg-local-iakn``
``database/seeders/JenisJabatanSeeder.php``: JPT Madya, JPT Pratama, Administrator,
Pengawas, then JF and Pelaksana).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from asn_mutasi.distinct import per_distinct
from asn_mutasi.domain.golongan import PPPK_KODE
from asn_mutasi.schema import EDUCATION_RANK

#: order of position types (higher = more senior); JF and pelaksana share level 1
JENIS_RANK: dict[str, int] = {
    "Pelaksana": 1,
    "Fungsional": 1,
    "Pengawas": 2,
    "Administrator": 3,
    "JPT Pratama": 4,
    "JPT Madya": 5,
    "JPT Utama": 6,
}
#: managerial (structural) position types
MANAJERIAL: frozenset[str] = frozenset({"Pengawas", "Administrator", "JPT Pratama", "JPT Madya", "JPT Utama"})


def jenis_rank(jenis: str | None) -> int:
    """Return the rank of a canonical jenis jabatan, 0 when unknown or empty."""
    return JENIS_RANK.get(jenis or "", 0)


# --- the level of a post, and whether a move keeps it ----------------------------------------------------------------


@dataclass(frozen=True)
class Jenjang:
    """A JF jenjang: its kategori, its rank inside the kategori, the golongan range (ranks 1..17 of I/a..IV/e; PPPK
    I..XVII line up) its holders hold, and the managerial level it is equal to."""

    kategori: str  #: "keahlian" | "keterampilan"
    rank: int  #: 1 = lowest jenjang of the kategori
    gol_min: int
    gol_max: int
    level: int  #: on the JENIS_RANK scale: pelaksana 1, pengawas 2, administrator 3, JPT pratama 4


#: JF jenjang (PermenPANRB 1/2023, PP 11/2017 as amended by PP 17/2020): the pangkat ranges are Ahli Pertama
#: III/a–III/b, Ahli Muda III/c–III/d, Ahli Madya IV/a–IV/c, Ahli Utama IV/d–IV/e; Pemula II/a, Terampil II/b–II/d,
#: Mahir III/a–III/b, Penyelia III/c–III/d (e.g. "Analis Kebakaran Ahli Pertama pangkat penata muda, golongan ruang
#: III/a; dan … III/b"; domain.md §2.4; the same lowest golongan as matching's least requirement). Read in JF texts
#: (groups8, h32): keterampilan Terampil II/b-II/d, Mahir III/a-III/b, Penyelia III/c-III/d (Permen KP 25/2023 Pasal
#: 2, Asisten Penyuluh Perikanan); keahlian Pertama III/a-III/b, Muda III/c-III/d, Madya IV/a-IV/c (PermenPANRB
#: 13/2013, Pembimbing Kesehatan Kerja), Utama IV/d-IV/e (PermenPANRB 16/2009, Guru). Levels: the
#: penyetaraan (PermenPANRB 28/2019 → 17/2021, domain.md §4.3) made Administrator equal to JF Ahli Madya and Pengawas
#: to JF Ahli Muda, and PP 17/2020 uses the same equivalence (JPT Pratama: "administrator atau JF ahli madya"; JPT
#: Madya: "JPT pratama atau JF ahli utama"); Ahli Pertama and every keterampilan jenjang stand with pelaksana
#: (PP 11/2017: Pengawas from "pelaksana atau JF yang setingkat").
JENJANG: dict[str, Jenjang] = {
    "pemula": Jenjang("keterampilan", 1, 5, 5, 1),
    "terampil": Jenjang("keterampilan", 2, 6, 8, 1),
    "mahir": Jenjang("keterampilan", 3, 9, 10, 1),
    "penyelia": Jenjang("keterampilan", 4, 11, 12, 1),
    "ahli pertama": Jenjang("keahlian", 1, 9, 10, 1),
    "ahli muda": Jenjang("keahlian", 2, 11, 12, 2),
    "ahli madya": Jenjang("keahlian", 3, 13, 15, 3),
    "ahli utama": Jenjang("keahlian", 4, 16, 17, 4),
}
#: golongan/ruang by rank (1 = I/a … 17 = IV/e), for the reasons
_GOLONGAN = ("I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a",
             "IV/b", "IV/c", "IV/d", "IV/e")  # fmt: skip


#: the golongan ranks (1..17; PPPK I..XVII on the same scale) no holder of a JF jenjang can be below or above: far
#: wider than :data:`JENJANG`'s ranges, which are indicative (domain.md §2.2), so only the impossible is flagged
#: (groups12, h33). Keahlian asks S-1/D-IV, whose entry golongan is III/a (PP 98/2000 jo. PP 11/2002 Pasal 11; PPPK
#: IX for Ahli Pertama, domain.md §2.2): no keahlian jenjang below III/a; the penyetaraan (PermenPANRB 17/2021) put
#: administrators, eselon III (lowest III/d, domain.md §2.4), into Ahli Madya whatever their golongan: not below
#: III/c; Ahli Utama (IV/d–IV/e; PPPK XVI) not below IV/a. No upper bound: a pelaksana IV/a enters Ahli Pertama
#: (Peraturan BKN 3/2023 Lampiran I, :func:`level_step`). Keterampilan asks at least SLTA, entry II/a (PPPK V): none
#: below it; Pemula and Terampil (II/a–II/d; PPPK V–VII) not above II/d, a keterampilan jenjang not above III/d
#: (Penyelia's top: PermenPANRB 1/2023, PP 11/2017). "IX - Ahli Utama", a PPPK Ahli Utama at IX, was read silently.
HELD_GOLONGAN: dict[str, tuple[int, int]] = {
    "pemula": (5, 8),
    "terampil": (5, 8),
    "mahir": (5, 12),
    "penyelia": (5, 12),
    "ahli pertama": (9, 17),
    "ahli muda": (9, 17),
    "ahli madya": (11, 17),
    "ahli utama": (13, 17),
}


def held_golongan_range(jenjang: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the lowest and highest golongan rank a holder of ``jenjang`` can have (:data:`HELD_GOLONGAN`; NaN for
    a jenjang not in it: anything), vectorised."""
    # one grouping of the rows, two look-ups per distinct jenjang: two Series.map over 100,000 rows were 0.03 s
    # (speed17, h35); NaN, None and unknown keys take the appended NaN
    codes, uniques = pd.factorize(np.asarray(jenjang, dtype=object))
    keys = uniques.tolist()
    least = np.array([_HELD_LEAST.get(k, np.nan) for k in keys] + [np.nan])[codes]
    most = np.array([_HELD_MOST.get(k, np.nan) for k in keys] + [np.nan])[codes]
    return least, most


#: :data:`HELD_GOLONGAN` as two lookups, for :func:`held_golongan_range`
_HELD_LEAST = {k: float(v[0]) for k, v in HELD_GOLONGAN.items()}
_HELD_MOST = {k: float(v[1]) for k, v in HELD_GOLONGAN.items()}
#: :data:`HELD_GOLONGAN`'s lowest golongan by (kategori, jenjang rank): the floor of a managerial holder's entry into
#: the equal JF jenjang (:func:`_golongan_floor`), so the plan never makes a holder the reader calls impossible
#: (golongan-jenjang-mustahil; plan29, h38)
_HELD_FLOOR: dict[tuple[str, int], int] = {(j.kategori, j.rank): HELD_GOLONGAN[k][0] for k, j in JENJANG.items()}
#: :data:`HELD_GOLONGAN`'s highest golongan by (kategori, jenjang rank): above it a move into the jenjang from a post
#: that is no JF is a demotion (:func:`_above_held`)
_HELD_CEILING: dict[tuple[str, int], int] = {(j.kategori, j.rank): HELD_GOLONGAN[k][1] for k, j in JENJANG.items()}
#: the lowest golongan rank any holder of a JF kategori can have (:data:`HELD_GOLONGAN`): keahlian III/a (the entry
#: golongan of S-1/D-IV), keterampilan II/a (SLTA); what a managerial holder of unknown golongan must be shown to hold
#: by the entry golongan of their education (:func:`_golongan_floor`: a blank golongan is no impossible holder)
KATEGORI_LEAST: dict[str, int] = {
    kategori: min(HELD_GOLONGAN[k][0] for k, j in JENJANG.items() if j.kategori == kategori)
    for kategori in ("keahlian", "keterampilan")
}


def golongan_outside_jenjang(low: np.ndarray, high: np.ndarray, jenjang: np.ndarray) -> np.ndarray:
    """Per row, whether a golongan that is at least rank ``low`` and at most ``high`` (equal when the ruang is known;
    NaN unknown) cannot be held by a holder of ``jenjang`` (a :data:`HELD_GOLONGAN` key, else anything), vectorised."""
    least, most = held_golongan_range(jenjang)
    with np.errstate(invalid="ignore"):
        return (np.asarray(high, dtype=float) < least) | (np.asarray(low, dtype=float) > most)


def held_golongan_bound(jenjang: str, rank: int, pppk: bool) -> str:
    """Why golongan ``rank`` cannot be held in ``jenjang`` (:data:`HELD_GOLONGAN`), in the analyst's words: "paling
    rendah III/a" (a PPPK golongan in its numerals: "paling rendah golongan XIII")."""
    least, most = HELD_GOLONGAN[jenjang]
    bound, word = (least, "paling rendah") if rank < least else (most, "paling tinggi")
    shown = f"golongan {PPPK_KODE[bound - 1]}" if pppk else _GOLONGAN[bound - 1]
    return f"pemangku JF {jenjang.title()} {word} {shown}"


def lowest_golongan(jenjang: str) -> str:
    """The lowest golongan/ruang of a JF jenjang's range (:data:`JENJANG`): "III/c" for "penyelia" and "ahli muda"."""
    return _GOLONGAN[JENJANG[jenjang].gol_min - 1]


#: the numerals of a PNS golongan written without its ruang ("III"): golongan key ``len(_GOLONGAN) + 1 + i`` in
#: :func:`level_step` (18 = "I" … 21 = "IV"), beside ranks 1..17 and 0 unknown (:func:`golongan_keys`)
BARE_NUMERALS = ("I", "II", "III", "IV")
#: the golongan rank a CPNS of each education level is appointed at (PP 98/2000 jo. PP 11/2002 Pasal 11, kept by PP 11/2017 as
#: amended; domain.md §2.3): SD I/a, SMP I/c, SLTA and D-I II/a, D-II II/b, D-III II/c, S-1/D-IV III/a, S-2 III/b,
#: S-3 III/c, keyed by ``pendidikan_rank`` (schema.EDUCATION_RANK; a Profesi as its S-1, a Sp-1 as S-2). What a
#: person of unknown golongan can be shown to hold at least (:func:`golongan_keys`).
ENTRY_GOLONGAN: dict[float, int] = {1: 1, 2: 3, 3: 5, 4: 5, 5: 6, 6: 7, 7: 9, 7.5: 9, 8: 10, 9: 11}
#: the professions appointed above their rank's entry golongan, by programme key (``matching.programme.programme_key``):
#: "Dokter, Apoteker, dan Magister (S2)" at III/b (PP 98/2000 jo. PP 11/2002 Pasal 11; domain.md §2.3; a dokter gigi
#: holds a dokter's ijazah); any other Profesi (Ners, Bidan, Psikolog) at its S-1's III/a. A dokter of unknown
#: golongan was held to III/a and refused Ahli Pertama posts above it (groups9, h32). At Profesi the faculty's programme
#: is the dokter's profession: "Profesi | Pendidikan Dokter" (PDDikti's name of the programme before the profesi),
#: "S-1 | Kedokteran Umum" of a "dr." (raised to Profesi by its title) key KEDOKTERAN and read III/a (review10, h32);
#: a dokter hewan too: the PP says "Dokter" without the kind, and the regional formations of SSCASN 2024 that state the
#: base pay pay a Profesi Dokter Hewan's Medik Veteriner Ahli Pertama at least III/b's (Rp2.903.600 in Kab. Wakatobi
#: and Kab. Minahasa Tenggara beside S-1 posts at III/a's Rp2.785.700; Rp3.203.600 in Kab. Sorong and Kab. Simeulue),
#: never at III/a's; it was held to III/a (groups10, h32)
ENTRY_GOLONGAN_PROFESI: dict[str, int] = {
    "DOKTER": 10, "DOKTER GIGI": 10, "DOKTER HEWAN": 10, "APOTEKER": 10, "KEDOKTERAN": 10, "KEDOKTERAN GIGI": 10,
    "KEDOKTERAN HEWAN": 10,
}  # fmt: skip
#: the distinct entry ranks, in order: golongan key ``len(_GOLONGAN) + len(BARE_NUMERALS) + 1 + i`` is "golongan
#: unknown, education's entry rank ``_ENTRY_RANKS[i]``"
_ENTRY_RANKS: tuple[int, ...] = tuple(sorted(set(ENTRY_GOLONGAN.values())))
#: the suffix of a JF post's jenjang when its name writes none ("Perawat") and it is read at its JF's lowest
#: (:func:`~asn_mutasi.domain.jabatan.post_jenjang`): "terampil+"
LOWEST_MARK = "+"
#: the "jenjang" of a Pelaksana post that an ESELON column places at eselon V (a Kepala Subbagian Tata Usaha of a
#: school or UPT at V.a): a structural post heading a unit, whose jenis UU 5/2014 Pasal 131 makes Pelaksana (its BUP)
#: while appointment into it is still pengangkatan dalam jabatan struktural (:func:`level_step`)
ESELON_V = "eselon v"
#: the "jenjang" of a Fungsional post that is a head held as an additional task (a Kepala Sekolah, a Kepala Puskesmas:
#: :func:`~asn_mutasi.domain.jabatan.additional_task_head`): its holder's own JF jenjang is not in its name
#: (:func:`level_step`)
TUGAS_TAMBAHAN = "tugas tambahan"
#: every (jenis, jenjang) a post can have, coded for the vectorised rule; code 0 = jenis unknown
LEVEL_KEYS: tuple[tuple[str | None, str | None], ...] = (
    (None, None),
    *((j, None) for j in JENIS_RANK),
    *(("Fungsional", k) for k in JENJANG),
    *(("Fungsional", k + LOWEST_MARK) for k in JENJANG),
    ("Pelaksana", ESELON_V),
    ("Fungsional", TUGAS_TAMBAHAN),
)
_LEVEL_CODE = {key: i for i, key in enumerate(LEVEL_KEYS)}
#: golongan keys of :func:`level_steps`: 0 unknown, ranks, numerals without ruang, unknown with an entry rank
_N_KEYS = 1 + len(_GOLONGAN) + len(BARE_NUMERALS) + len(_ENTRY_RANKS)


def level_code(jenis: str | None, jenjang: str | None) -> int:
    """The code of a post's (jenis, JF jenjang) in :data:`LEVEL_KEYS`; 0 when the jenis is unknown. A jenjang counts
    only for a Fungsional post; a jenjang ending in :data:`LOWEST_MARK` is a JF post's written without one."""
    if jenis not in JENIS_RANK:
        return 0
    known = jenis == "Fungsional" and (jenjang or "").removesuffix(LOWEST_MARK) in JENJANG
    known |= jenis == "Pelaksana" and jenjang == ESELON_V
    known |= jenis == "Fungsional" and jenjang == TUGAS_TAMBAHAN
    return _LEVEL_CODE[(jenis, jenjang if known else None)]


def _jenjang_of(jenis: str | None, jenjang: str | None) -> tuple[Jenjang | None, bool]:
    """The :class:`Jenjang` of a post (None: no JF or none readable) and whether it is a JF post's lowest, its name
    writing none (:data:`LOWEST_MARK`)."""
    if jenis != "Fungsional" or not jenjang:
        return None, False
    lowest = jenjang.endswith(LOWEST_MARK)
    return JENJANG.get(jenjang.removesuffix(LOWEST_MARK)), lowest


def _label(jenis: str, jenjang: str | None) -> str:
    if jenjang == ESELON_V:
        return "Struktural eselon V"
    if jenjang == TUGAS_TAMBAHAN:
        return "pimpinan dengan tugas tambahan"  # (a head leaving one is read as its JF: never shown)
    if jenjang and jenjang.endswith(LOWEST_MARK):
        return f"JF tanpa jenjang, terendah {jenjang.removesuffix(LOWEST_MARK).title()}"
    return f"JF {jenjang.title()}" if jenjang else jenis


def _profession_entry(key: object) -> float:
    """The entry golongan rank of a profession's programme key (:data:`ENTRY_GOLONGAN_PROFESI`), the profession
    written last ("FARMASI APOTEKER": a "S1 Farmasi/Apoteker" cell); NaN for any other."""
    if not isinstance(key, str):
        return np.nan
    return next((float(r) for p, r in ENTRY_GOLONGAN_PROFESI.items() if key == p or key.endswith(" " + p)), np.nan)


def golongan_keys(
    rank: np.ndarray, bare: np.ndarray | None, education: np.ndarray | None = None, programme: np.ndarray | None = None
) -> np.ndarray:
    """The golongan key :func:`level_steps` reads per person (float, NaN unknown): the rank 1..17, or where ``bare``
    (a PNS golongan read without its ruang, its rank the lowest ruang's) the key of its numeral (18..21), or where
    the golongan is unknown and ``education`` (``pendidikan_rank``) known, the key of its entry rank
    (:data:`ENTRY_GOLONGAN`, 22..; a Profesi whose ``programme`` key is a dokter's or apoteker's:
    :data:`ENTRY_GOLONGAN_PROFESI`)."""
    g = np.asarray(rank, dtype=float)
    if education is not None and len(g):
        entry = pd.Series(np.asarray(education, dtype=float)).map(ENTRY_GOLONGAN).to_numpy(dtype=float)
        if programme is not None:
            # once per distinct key (a missing one is NaN, as _profession_entry reads it): no Python call per row
            profesi = per_distinct(programme, _profession_entry, missing=np.nan).astype(float)
            entry = np.where(
                (np.asarray(education, dtype=float) == EDUCATION_RANK["Profesi"]) & ~np.isnan(profesi), profesi, entry
            )
        at = np.searchsorted(np.asarray(_ENTRY_RANKS, dtype=float), np.nan_to_num(entry))
        keys = len(_GOLONGAN) + len(BARE_NUMERALS) + 1 + at
        g = np.where(np.isnan(g) & ~np.isnan(entry), keys, g)
    if bare is None or not np.any(bare):
        return g
    lowest = np.array([_GOLONGAN.index(f"{n}/a") + 1 for n in BARE_NUMERALS], dtype=float)
    at = np.searchsorted(lowest, g, side="right") - 1  # the numeral of each rank
    keys = len(_GOLONGAN) + 1 + at.clip(0, len(BARE_NUMERALS) - 1)
    return np.where(np.asarray(bare, dtype=bool) & (g >= 1) & (g <= len(_GOLONGAN)), keys, g)


def level_step(
    jenis_from: str | None, jenjang_from: str | None, golongan_rank: int | None, jenis_to: str | None,
    jenjang_to: str | None,
) -> tuple[int, str]:  # fmt: skip
    """Whether a move keeps the person's level: (step, reason) with step +1 a promotion, −1 a demotion, 0 a mutation
    (reason ""). THE rule of ``cek_kesetaraan`` besides the kelas step; ``nilai``/``cocokkan`` and the planner both
    read it (vectorised through :func:`level_steps`). ``golongan_rank`` 1..17, or a golongan without its ruang
    (:data:`BARE_NUMERALS`, :func:`_bare_step`).

    1. JF → JF of the same kategori, both jenjang known: the jenjang must be equal; another is kenaikan jenjang
       (angka kredit, uji kompetensi) or a demotion, not a mutation. JF keahlian → keterampilan above the target
       jenjang's range is a demotion (:func:`_below_pangkat`).
    2. A move from the non-managerial level (pelaksana, a JF of the other kategori at that level) into a JF of known
       jenjang, the person's golongan known: a golongan below the jenjang's range is a promotion (the jenjang's
       lowest pangkat is a condition of perpindahan); above the highest golongan a holder of the jenjang can have
       (:data:`HELD_GOLONGAN`) a demotion (:func:`_above_held`); otherwise the levels of 3. decide. From a managerial
       post, a golongan below what a holder of the jenjang can hold (:data:`HELD_GOLONGAN`) is one
       (:func:`_golongan_floor`).
    3. The levels: managerial rank (JENIS_RANK), a JF jenjang at its equal level (:data:`JENJANG`), a JF without a
       readable jenjang at the non-managerial level. A JF → JF move with a jenjang unread keeps its level.
    4. A structural eselon V post (:data:`ESELON_V`) stands above pelaksana, equal to Ahli Pertama (:func:`_eselon_v_step`);
       a head held as an additional task (:data:`TUGAS_TAMBAHAN`) is entered by selection (:func:`_additional_task_step`).

    A JF post whose name writes no jenjang ("Perawat") is read at its JF's lowest (``"terampil+"``,
    :data:`LOWEST_MARK`) from any other post: it was read as the pelaksana level, so a II/a pelaksana entered a bare
    "Perawat" while refused "Perawat Terampil"; JF → JF into it keeps the level as before (oracle9, h29). A person
    of unknown golongan (a key of :data:`ENTRY_GOLONGAN`) is shown to hold at least the entry golongan of their
    education and no more: into a JF jenjang above it (a D-III into Mahir, III/a) the move is refused as 2.
    (conservative; a blank golongan went into Perawat Penyelia: oracle9, h29); up to it, the levels decide.

    So a pelaksana enters a JF keterampilan or Ahli Pertama, a Pengawas Ahli Muda, an Administrator Ahli Madya, a
    JPT Ahli Utama, whatever the golongan above the range: PermenPANRB 1/2023 (perpindahan: "pejabat pelaksana ke
    dalam JF keterampilan dan JF ahli pertama", pengawas to ahli muda, administrator to ahli madya) and Peraturan BKN
    3/2023 Lampiran I (a pelaksana IV/a enters Arsiparis Ahli Pertama; Ahli Muda later by kenaikan jenjang). h27
    refused above the range as a demotion, which left a III/c-III/d or IV/a pelaksana no keahlian jenjang and a
    Pengawas IV/b none (review8, h28); not the jenjang of the pangkat either (groups3, h28).
    """
    if jenis_from not in JENIS_RANK or jenis_to not in JENIS_RANK:
        return 0, ""
    if TUGAS_TAMBAHAN in (jenjang_from, jenjang_to):
        return _additional_task_step(jenis_from, jenjang_from, golongan_rank, jenis_to, jenjang_to)
    entry, golongan_rank = _entry_rank(golongan_rank)
    if golongan_rank is not None and len(_GOLONGAN) < golongan_rank:
        numeral = BARE_NUMERALS[golongan_rank - len(_GOLONGAN) - 1]
        return _bare_step(numeral, lambda g: level_step(jenis_from, jenjang_from, g, jenis_to, jenjang_to))
    a, a_lowest = _jenjang_of(jenis_from, jenjang_from)
    b, b_lowest = _jenjang_of(jenis_to, jenjang_to)
    if jenis_from == jenis_to == "Fungsional" and (a is None or b is None or a_lowest or b_lowest):
        return 0, ""
    if a is not None and b is not None and a.kategori == b.kategori:
        if a.rank == b.rank:
            return 0, ""
        pair = f"{jenjang_from.title()} → {jenjang_to.title()}"  # type: ignore[union-attr]
        if b.rank > a.rank:
            return (
                1,
                f"Jenjang JF lebih tinggi ({pair}): kenaikan jenjang melalui angka kredit/uji kompetensi, bukan mutasi",
            )
        return -1, f"Jenjang JF lebih rendah ({pair}): penurunan jabatan, bukan mutasi"
    demoted = _below_pangkat(a, b, golongan_rank, jenjang_from, jenjang_to)
    if demoted:
        return -1, demoted
    la = a.level if a is not None else JENIS_RANK[jenis_from]
    lb = b.level if b is not None else JENIS_RANK[jenis_to]
    floor = _golongan_floor(la, b, golongan_rank, entry, jenjang_to) if b is not None else ""
    if floor:
        return 1, floor
    pair = f"{_label(jenis_from, _shown(jenjang_from, a))} → {_label(jenis_to, _shown(jenjang_to, b))}"
    if la == lb:
        return _eselon_v_step(jenjang_from, a, jenjang_to, b, pair)
    if lb > la:
        return 1, f"Tujuan lebih tinggi ({pair}): promosi melalui seleksi, bukan mutasi"
    return -1, f"Tujuan lebih rendah ({pair}): penurunan jabatan, bukan mutasi"


def _golongan_floor(
    la: int, b: Jenjang, golongan_rank: int | None, entry: int | None, jenjang_to: str | None
) -> str:  # fmt: skip
    """The reason a move from level ``la`` (not a JF of ``b``'s kategori) into JF jenjang ``b`` is a promotion by
    golongan ("" when it is none). From the non-managerial level the jenjang's lowest pangkat (:data:`JENJANG`) is a
    condition of perpindahan (PermenPANRB 1/2023). From a managerial post the equal jenjang is entered whatever the
    golongan inside its range (the penyetaraan, PermenPANRB 17/2021; perpindahan "pejabat pengawas ke dalam JF ahli
    muda", PermenPANRB 1/2023; Peraturan BKN 3/2023 Pasal 5 ayat (5) sets the angka kredit of a pangkat not of the
    jenjang; no dead zone for a Pengawas III/a, review8 h28), but never below the lowest golongan any holder of the
    jenjang can have (:data:`HELD_GOLONGAN`, the one rule the reader's golongan-jenjang-mustahil reads too): a
    Kepala Subbagian (Pengawas) at II/c went into Analis Kebijakan Ahli Muda (kesetaraan28, h37), and an
    Administrator at III/a–III/b into Ahli Madya (not below III/c: administrators, eselon III, stand at III/d and
    above, domain.md §2.4), both holders the reader calls impossible (plan29, h38). A golongan unknown is read as its
    education's entry (``entry``)."""
    if la > 1 and b.level != la:  # a managerial holder into another level: the levels say promotion or demotion
        return ""
    least = b.gol_min if la == 1 else _HELD_FLOOR[(b.kategori, b.rank)]
    name = _label("Fungsional", jenjang_to)
    if golongan_rank is not None and 1 <= golongan_rank < least:
        gol = _GOLONGAN[golongan_rank - 1]
        if la == 1:
            rentang = f"{_GOLONGAN[b.gol_min - 1]}–{_GOLONGAN[b.gol_max - 1]}"
            return (
                f"Golongan {gol} di bawah rentang {name} ({rentang}): pangkat terendah jenjang itu syarat "
                "perpindahan ke JF (PermenPANRB 1/2023), promosi/kenaikan jenjang, bukan mutasi"
            )
        return (
            f"Golongan {gol} di bawah golongan terendah pemangku {name} ({_GOLONGAN[least - 1]}): "
            f"tidak ada pemangku {name} bergolongan itu, promosi/kenaikan jenjang, bukan mutasi"
        )
    least = least if la == 1 else KATEGORI_LEAST[b.kategori]
    if entry is not None and entry < least:
        return (
            f"Golongan tidak diketahui: {name} meminta minimal {_GOLONGAN[least - 1]}, di atas golongan awal "
            f"pendidikannya ({_GOLONGAN[entry - 1]}); tidak dapat ditunjukkan memenuhi, lengkapi golongannya"
        )
    return ""


def _entry_rank(golongan_rank: int | None) -> tuple[int | None, int | None]:
    """(entry, golongan key) of :func:`level_step`'s ``golongan_rank``: a key of "golongan unknown, education's entry
    rank" (:func:`golongan_keys`) gives that entry rank and no golongan; any other key is kept, entry None."""
    if golongan_rank is not None and golongan_rank > len(_GOLONGAN) + len(BARE_NUMERALS):
        return _ENTRY_RANKS[golongan_rank - len(_GOLONGAN) - len(BARE_NUMERALS) - 1], None
    return None, golongan_rank


def _additional_task_step(
    jenis_from: str | None, jenjang_from: str | None, golongan_rank: int | None, jenis_to: str | None,
    jenjang_to: str | None,
) -> tuple[int, str]:  # fmt: skip
    """:func:`level_step` into or out of a head held as an additional task (:data:`TUGAS_TAMBAHAN`). Into it from any
    other post is no mutation: the head is given to a JF holder who meets its conditions, by selection (a Kepala
    Puskesmas: PP 18/2016 Pasal 95 ayat 9, Permenkes 19/2024, "hasil seleksi" at BKPSDM Bandung Barat, dara.co.id
    2022; a Kepala Sekolah: Permendikbudristek 40/2021); a head moved to another such head keeps the level (rotasi
    kepala puskesmas). Out of it the holder returns to the JF (no demotion, "tidak ada lagi istilah nonjob"): the move
    is read as from a JF of unread jenjang. By name a Kepala Puskesmas read Pengawas, so a Dokter Ahli Muda or any
    Kepala Seksi entered it as a lateral move, and a Kepala Sekolah took any guru at its lowest jenjang (groups6,
    h31)."""
    if jenjang_to == TUGAS_TAMBAHAN:
        if jenjang_from == TUGAS_TAMBAHAN:
            return 0, ""
        a = JENJANG.get((jenjang_from or "").removesuffix(LOWEST_MARK))
        asal = _label(jenis_from or "", jenjang_from if a is not None and jenjang_from in JENJANG else None)
        return 1, (
            f"Tujuan jabatan pimpinan dengan tugas tambahan (kepala sekolah/puskesmas; dari {asal}): tugas tambahan "
            "diberikan kepada pejabat fungsional yang memenuhi syarat melalui seleksi, bukan mutasi"
        )
    return level_step("Fungsional", None, golongan_rank, jenis_to, jenjang_to)


def _shown(jenjang: str | None, found: Jenjang | None) -> str | None:
    """The jenjang a reason names: a JF's read one, or :data:`ESELON_V`."""
    return jenjang if found is not None or jenjang == ESELON_V else None


def _eselon_v_step(
    jenjang_from: str | None, a: Jenjang | None, jenjang_to: str | None, b: Jenjang | None, pair: str
) -> tuple[int, str]:
    """:func:`level_step` between two posts of the non-managerial level when one is a structural eselon V post
    (:data:`ESELON_V`): entering it from a pelaksana or JF post is pengangkatan dalam jabatan struktural, a promotion
    (PP 100/2000 as amended by PP 13/2002: a structural post is filled by appointment, Baperjakat), leaving it for one a
    demotion. JF Ahli Pertama is its equal: the penyetaraan made "Pelaksana eselon V" JF Ahli Pertama (PermenPANRB
    17/2021, domain.md §4.3). With an ESELON column, a Kepala Subbagian Tata Usaha at V.a read Pelaksana and the plan
    moved a pelaksana into it as a lateral move; by its name alone it read Pengawas and was refused (plan3, h31)."""
    into, out_of = jenjang_to == ESELON_V, jenjang_from == ESELON_V
    other = a if into else b
    if into == out_of or (other is not None and (other.kategori, other.rank) == ("keahlian", 1)):
        return 0, ""
    if into:
        return 1, (
            f"Tujuan jabatan struktural eselon V ({pair}): pengangkatan dalam jabatan struktural, promosi melalui "
            "seleksi, bukan mutasi"
        )
    return (
        -1,
        f"Dari jabatan struktural eselon V ({pair}): lepas dari jabatan struktural, penurunan jabatan, bukan mutasi",
    )


def _below_pangkat(
    a: Jenjang | None, b: Jenjang | None, golongan_rank: int | None, jenjang_from: str | None, jenjang_to: str | None
) -> str:
    """The reason a JF keahlian holder's move into a keterampilan jenjang is a demotion ("" when it is none): his
    golongan (a blank one at least the lowest of his own jenjang) above the target's range. Four Perawat Ahli Pertama
    (III/b–IV/b) were moved into Perawat Terampil (II/b–II/d) seats, the levels being equal (walk7 #1, h29); one of
    blank golongan too (oracle10 #1, h29). Keterampilan → keahlian (a holder who gained the degree) is left to the
    levels, as before (groups3, h28): above the keahlian range it is a perpindahan whose pangkat is above the jenjang,
    which Peraturan BKN 3/2023 Pasal 5 ayat (5)–(6) provides for (angka kredit by table, kenaikan jenjang after a
    year), as for a pelaksana (kesetaraan28, h37)."""
    if a is None and b is not None and jenjang_to in JENJANG and golongan_rank is not None:
        return _above_held(b, golongan_rank, jenjang_to)
    if a is None or b is None or (a.kategori, b.kategori) != ("keahlian", "keterampilan"):
        return ""
    if (golongan_rank or a.gol_min) <= b.gol_max:
        return ""
    rentang = f"{_GOLONGAN[b.gol_min - 1]}–{_GOLONGAN[b.gol_max - 1]}"
    gol = (
        f"Golongan {_GOLONGAN[golongan_rank - 1]}"
        if golongan_rank
        else f"Golongan tidak diketahui, sebagai {_label('Fungsional', jenjang_from)} sedikitnya {_GOLONGAN[a.gol_min - 1]},"
    )
    return (
        f"{gol} di atas rentang {_label('Fungsional', jenjang_to)} ({rentang}): jenjang JF keterampilan di bawah "
        "pangkatnya, penurunan jabatan, bukan mutasi"
    )


def _above_held(b: Jenjang, golongan_rank: int, jenjang_to: str) -> str:
    """The reason a move from a post that is no JF (pelaksana, structural) into JF jenjang ``b`` is a demotion ("" when
    it is none): a golongan above the highest any holder of the jenjang can have (:data:`HELD_GOLONGAN`, the one rule
    the reader's golongan-jenjang-mustahil reads). A pelaksana at III/c went into JF Terampil as a mutation while
    ``periksa`` says no Terampil holder is above II/d: perpindahan into a JF keterampilan takes the jenjang of the
    pangkat (PermenPANRB 1/2023), Penyelia for III/c (plan29, h38)."""
    most = _HELD_CEILING[(b.kategori, b.rank)]
    if not 1 <= golongan_rank <= len(_GOLONGAN) or golongan_rank <= most:
        return ""
    name = _label("Fungsional", jenjang_to)
    return (
        f"Golongan {_GOLONGAN[golongan_rank - 1]} di atas golongan tertinggi pemangku {name} "
        f"({_GOLONGAN[most - 1]}): jenjang JF di bawah pangkatnya, penurunan jabatan, bukan mutasi"
    )


def _bare_step(numeral: str, step: Callable[[int | None], tuple[int, str]]) -> tuple[int, str]:
    """:func:`level_step` (``step`` of a golongan rank) of a golongan written without its ruang ("III"): what every
    ruang of it gives, when they agree; else the ruang decides (a pelaksana "II" enters a JF Terampil at II/b–II/d,
    not at II/a): the rule reads the golongan as unknown, never as an invented III/a, and the reason says so. A
    bare "III" was read as III/a, and "Golongan III/a di bawah rentang" refused a person who may be III/c (review8,
    h28)."""
    ranks = [i + 1 for i, k in enumerate(_GOLONGAN) if k.startswith(f"{numeral}/")]
    steps = [step(r) for r in ranks]
    shown = f"Golongan {numeral} (ruang tidak diketahui)"
    if len({s for s, _ in steps}) == 1:
        got, reason = steps[0]
        unknown = step(None)
        reasons = {r.replace(_GOLONGAN[k - 1], "") for k, (_, r) in zip(ranks, steps, strict=True)}
        if len(reasons) > 1 and unknown[0] == got:  # one verdict for different reasons ("III" → Ahli Muda: III/a–III/b
            # below the range, III/c–III/d a level up): the reason that holds for every ruang, the levels'
            return got, f"{unknown[1]} ({shown})" if unknown[1] else ""
        return got, reason.replace(f"Golongan {_GOLONGAN[ranks[0] - 1]} ", f"{shown} ", 1)
    got, reason = step(None)
    lateral = [_GOLONGAN[r - 1] for r, (s, _) in zip(ranks, steps, strict=True) if s == 0]
    fits = f"{lateral[0]}–{lateral[-1]}" if len(lateral) > 1 else (lateral[0] if lateral else "")
    note = f"{shown}: " + (f"dengan ruang {fits} pindah ini mutasi setara" if fits else "ruangnya menentukan")
    note += "; lengkapi ruangnya"
    return got, f"{reason}. {note}" if reason else ""


@lru_cache(maxsize=1)
def level_step_table() -> np.ndarray:
    """:func:`level_step` as a table over (from code, golongan key 0..21: 0 unknown, ranks 1..17, then a golongan
    without its ruang, :data:`BARE_NUMERALS`; to code), as int8: the vectorised form of the one rule (built on first
    use)."""
    n = len(LEVEL_KEYS)
    out = np.zeros((n, _N_KEYS, n), dtype=np.int8)
    for i, (jf, kf) in enumerate(LEVEL_KEYS):
        for g in range(_N_KEYS):
            for k, (jt, kt) in enumerate(LEVEL_KEYS):
                out[i, g, k] = level_step(jf, kf, g or None, jt, kt)[0]
    return out


def level_steps(code_from: np.ndarray, golongan_rank: np.ndarray, code_to: np.ndarray) -> np.ndarray:
    """:func:`level_step`'s step per pair of level codes and golongan keys (float, NaN = unknown; ranks 1..17 or
    :func:`golongan_keys`), vectorised."""
    g = np.nan_to_num(np.asarray(golongan_rank, dtype=float), nan=0.0)
    g = np.where((g >= 1) & (g <= _N_KEYS - 1), g, 0).astype(np.int64)
    return level_step_table()[np.asarray(code_from, dtype=np.int64), g, np.asarray(code_to, dtype=np.int64)]
