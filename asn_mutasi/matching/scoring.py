"""Score (employee, position) pairs 0–100 from weighted components, with reasons.

score = Σ weight × component / Σ weight × 100, each component in 0..1:
pendidikan (level meets the requirement), jurusan (programme ``sesuai`` 1, ``serumpun``
``Weights.serumpun_faktor``, else 0), pengalaman (:mod:`.experience`), golongan (vs
``syarat_golongan``: at or above 1, one step below 0.5), kinerja (predikat), diklat
(required courses found in the person's diklat text) and preferensi (the employee's own
wish for the target unit). Everything works on arrays of row positions so that candidate
generation can score millions of pairs; strings are normalised once and education fit is
computed on distinct (education, requirement) combinations only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NotRequired, Protocol, TypedDict, Unpack

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.distinct import per_distinct, row_groups, stripped_texts
from asn_mutasi.domain.gelar import MEDICAL_NAME_TITLE
from asn_mutasi.domain.golongan import golongan_from_rank
from asn_mutasi.domain.jabatan import (
    additional_task_head,
    jenjang_fungsional,
    normalize_position_name,
    normalize_unit_name,
    post_jenjang,
)
from asn_mutasi.domain.jenis import (
    ESELON_V,
    JENJANG,
    LEVEL_KEYS,
    LOWEST_MARK,
    TUGAS_TAMBAHAN,
    golongan_keys,
    level_code,
    level_step_table,
)
from asn_mutasi.domain.pendidikan import level_rank, parse_level
from asn_mutasi.domain.pensiun import StatedPension
from asn_mutasi.domain.rumpun import classify_position
from asn_mutasi.matching.eligibility import employee_eligibility, lateral_moves, level_change_reason
from asn_mutasi.matching.experience import ExperienceIndex
from asn_mutasi.matching.families import RelevanceIndex, build_tables, post_family
from asn_mutasi.matching.programme import programme_key
from asn_mutasi.matching.unit_preferences import UnitPreferences, unit_matches
from asn_mutasi.schema import CANDIDATE_COLUMNS as CANDIDATE_COLUMNS  # re-exported for callers of scoring
from asn_mutasi.schema import EDUCATION_RANK, ESELON_V_POST, GOLONGAN_BARE, LINK_COLUMN, valid_mask

#: component name → weight attribute of :class:`~asn_mutasi.config.Weights`
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("skor_pendidikan", "pendidikan"),
    ("skor_jurusan", "jurusan"),
    ("skor_pengalaman", "pengalaman"),
    ("skor_golongan", "golongan"),
    ("skor_kinerja", "kinerja"),
    ("skor_diklat", "diklat"),
    ("skor_preferensi", "preferensi"),
)
#: predikat kinerja (PermenPANRB 6/2022) → component value; unknown counts as 0.6
KINERJA: dict[str, float] = {
    "Sangat Baik": 1.0,
    "Baik": 0.8,
    "Butuh Perbaikan": 0.4,
    "Kurang": 0.2,
    "Sangat Kurang": 0.0,
}
KINERJA_TIDAK_DIKETAHUI = 0.6
PREFERENSI_TANPA = 0.5  #: no stated preference
_DIKLAT_UMUM = frozenset(
    [
        "diklat",
        "pelatihan",
        "bimtek",
        "bimbingan",
        "teknis",
        "kursus",
        "sertifikasi",
        "sertifikat",
        "dan",
        "di",
        "bidang",
        "tingkat",
    ]
)


class EducationFitLike(Protocol):
    """What scoring needs from ``matching.education.EducationFit``."""

    status: str
    memenuhi: bool
    alasan: str


class EducationMatcherLike(Protocol):
    """What scoring needs from ``matching.education.EducationMatcher``."""

    def fit(
        self,
        level: str | None,
        programme: str | None,
        required_level: str | None,
        required_text: str | None,
        *,
        nama: str | None = None,
    ) -> Any: ...

    def required_level(self, required_level: str, required_text: str) -> str | None: ...


def jurusan_component(
    status: np.ndarray,
    has_requirement: np.ndarray | bool,
    serumpun_faktor: float,
    without_requirement: np.ndarray | float = 1.0,
) -> np.ndarray:
    """The jurusan component (0..1): ``sesuai`` 1, ``serumpun`` its share, else 0.

    A post without a programme requirement takes ``without_requirement`` (the field
    relevance of the person's education to the post, see ``families.field_relevance``).
    """
    return np.where(
        ~np.asarray(has_requirement, dtype=bool),
        without_requirement,
        np.where(status == "sesuai", 1.0, np.where(status == "serumpun", serumpun_faktor, 0.0)),
    )


def golongan_component(rank: np.ndarray, required: np.ndarray | float) -> np.ndarray:
    """The golongan component (0..1): 1 without a requirement or at/above it, 0.5 one step below, else 0; an unknown
    golongan (NaN) meets no requirement, so scores 0 where the post has one (oracle9, h29)."""
    g = np.asarray(rank, dtype=float)
    req = np.asarray(required, dtype=float)
    with np.errstate(invalid="ignore"):
        met = np.where(g >= req, 1.0, np.where(g >= req - 1, 0.5, 0.0))
        return np.where(np.isnan(req), 1.0, np.where(np.isnan(g), 0.0, met))


def _col(frame: pd.DataFrame, name: str) -> np.ndarray:
    if name not in frame:
        return np.full(len(frame), None, dtype=object)
    return stripped_texts(frame[name].to_numpy(dtype=object))


def _kinerja(predikat: np.ndarray) -> np.ndarray:
    """The :data:`KINERJA` score of each stripped predicate, :data:`KINERJA_TIDAK_DIKETAHUI` for an unknown or missing
    one (one hashed look-up of the column, no Python step per row)."""
    return pd.Series(predikat, dtype=object).map(KINERJA).fillna(KINERJA_TIDAK_DIKETAHUI).to_numpy(dtype=float)


def _blank_as_empty(texts: np.ndarray) -> np.ndarray:
    """Stripped texts (:func:`_col`) with "" for a missing one, as an object array."""
    out = texts.copy()
    out[pd.isna(out)] = ""
    return out


def _post_texts(p: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Name, normalised name, unit and jenis of every post, as scoring and classification read them."""
    name = _col(p, "nama_jabatan")
    norm = per_distinct(name, normalize_position_name, missing=normalize_position_name(""))
    return name, norm, _col(p, "unit_kerja"), _col(p, "jenis_jabatan")


def warm_post_classes(positions: pd.DataFrame, settings: Settings) -> None:
    """Classify every post as scoring will (experience target, field family), filling the lru caches of
    :func:`~asn_mutasi.domain.rumpun.classify_position` and :func:`post_family` ahead of the plan.

    Changes no result: the planner runs it beside the roster's read, while a core would idle (issue 10). The
    constant tables scoring builds on first use go along: the level rule's (:func:`level_step_table`) and the
    field families' (:func:`build_tables`), 0.07 s the plan's main thread spent at 100,000 staff (speed16, h35).
    """
    level_step_table()
    build_tables()
    name, norm, unit, jenis = _post_texts(_valid(positions))  # (normalize_position_name's cache, too)
    per_distinct(unit, normalize_unit_name, missing=normalize_unit_name(""))  # as UnitPreferences, into its cache
    ambang = settings.bobot.ambang_pengalaman
    for i in row_groups(norm, unit)[1].tolist():  # as ExperienceIndex._target_class(name, unit)
        classify_position(norm[i] or "", unit[i] or "", "", ambang=ambang)
    for i in row_groups(name, unit, jenis)[1].tolist():  # as RelevanceIndex
        post_family(name[i], unit[i], jenis[i])


def warm_requirements(positions: pd.DataFrame) -> None:
    """Read every post's education requirement as :func:`build_context`'s matcher will (its vocabulary, then each
    distinct requirement's level and programmes, as :class:`ScoringContext` asks them), filling the lru caches of
    the requirement readers (:func:`~asn_mutasi.matching.programme.programme_key`,
    :func:`~asn_mutasi.domain.pendidikan.split_level` …) ahead of the plan; the matcher itself is dropped.

    Changes no result: the planner runs it beside the roster's read (issue 10). A national formasi table (4,042
    distinct requirements) took 0.81 s of the plan's main thread to read them, 0.34 s once warmed (speed14, h35).
    """
    p = _valid(positions)
    matcher = _positions_matcher(p)
    req_level, req_text = _col(p, "syarat_pendidikan"), _col(p, "syarat_jurusan")
    for i in row_groups(req_level, req_text)[1].tolist():
        matcher.required_level(req_level[i] or "", req_text[i] or "")


def _positions_matcher(p: pd.DataFrame) -> EducationMatcherLike:
    """The education matcher of the valid posts ``p``: one built from their distinct ``syarat_jurusan`` texts."""
    from asn_mutasi.matching.education import EducationMatcher

    return EducationMatcher(sorted({v for v in _col(p, "syarat_jurusan") if v}))


def _none(values: np.ndarray) -> np.ndarray:
    return np.asarray(pd.isna(values), dtype=bool) if len(values) else np.zeros(0, dtype=bool)


def jabatan_key(name: str | None) -> str:
    """What makes two post names one jabatan for a PPPK (``pppk-ganti-jabatan``): a JF's identity and jenjang as the
    catalogue reads them ("Guru Kelas Ahli Pertama" and "Guru Ahli Pertama", "Bidan Pelaksana" and "Bidan
    Terampil", "Penyuluh KB" and "Penyuluh Keluarga Berencana" are one: groups3, h28); any other post its normalised
    name, today's name for a renamed pelaksana ("Pengadministrasi Umum" is "Pengadministrasi Perkantoran": review9).
    A JF key without a jenjang ("jf|perawat|") is one jabatan with each jenjang of its JF (:func:`same_jabatan`)."""
    from asn_mutasi.domain.rumpun import renamed_positions

    norm = normalize_position_name(name or "")
    jf = classify_position(norm).jf
    if jf:
        return f"jf|{jf}|{jenjang_fungsional(name) or ''}"
    today = renamed_positions(norm)
    return f"nama|{today[0] if len(today) == 1 else norm}"


def same_jabatan(own: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Per pair of :func:`jabatan_key` values (a PPPK's own, a post's): one jabatan: equal keys, or one JF where the
    post writes no jenjang (a per-puskesmas peta writes "Perawat": a PPPK Perawat Ahli Pertama may fill it; review9,
    h28). Not the other way: a PPPK whose jenjang is unknown ("Perawat") may not be placed on a stated jenjang
    ("Perawat Penyelia"), which the contract may not hold (review10 #3, h29; :func:`pppk_jenjang_unknown`)."""
    own, target = np.asarray(own, dtype=object), np.asarray(target, dtype=object)
    return _same_parts(own, key_parts(own), target, key_parts(target))


def _same_parts(
    own: np.ndarray, own_parts: tuple[np.ndarray, np.ndarray], target: np.ndarray, parts: tuple[np.ndarray, np.ndarray]
) -> np.ndarray:
    """:func:`same_jabatan` of keys whose :func:`key_parts` are known (per pair, no Python step)."""
    (jf_own, _), (jf_target, bare_target) = own_parts, parts
    loose = (jf_own != "") & (jf_own == jf_target) & bare_target
    return np.asarray((own == target) | loose, dtype=bool)


def pppk_jenjang_unknown(own_parts: tuple[np.ndarray, np.ndarray], parts: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Per pair refused by :func:`same_jabatan`: whether only the PPPK's unknown jenjang refuses it (its JF written
    without jenjang, the post's with one): the reason says so, the contract is to be checked (review10 #3, h29)."""
    (jf_own, bare_own), (jf_target, bare_target) = own_parts, parts
    return np.asarray((jf_own != "") & (jf_own == jf_target) & bare_own & ~bare_target, dtype=bool)


def key_parts(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per :func:`jabatan_key` value: its JF part ``jf|<jf>|`` ("" for another key or None) and whether it writes no
    jenjang; worked out once per distinct key."""
    codes, uniques = pd.factorize(np.asarray(keys, dtype=object), use_na_sentinel=False)
    jf = [k[: k.rindex("|") + 1] if isinstance(k, str) and k.startswith("jf|") else "" for k in uniques.tolist()]
    bare = [j != "" and k == j for j, k in zip(jf, uniques.tolist(), strict=True)]
    return np.asarray(jf, dtype=object)[codes], np.asarray(bare, dtype=bool)[codes]


def _pppk_jabatan(
    names: Callable[[], np.ndarray], pppk: np.ndarray, held_row: np.ndarray, pos_key: np.ndarray
) -> np.ndarray:
    """Per employee: the :func:`jabatan_key` of the jabatan a PPPK (``pppk``) holds (the linked post's row
    ``held_row``, else the roster's own jabatan: ``names()``, :meth:`ScoringContext.emp_names`), None for everyone else. A PPPK moves only to a post of that key
    (``pppk-ganti-jabatan``). Where the linked post writes no jenjang ("Perawat") and the roster writes the same JF
    with one ("Perawat Terampil"), the roster's is what can be known of the PPPK's jenjang (review10 #3, h29)."""
    out = np.full(len(pppk), None, dtype=object)
    if not pppk.any():
        return out
    rows = np.flatnonzero(pppk)
    at = held_row[rows]
    own = per_distinct(names()[rows], jabatan_key, missing=jabatan_key(""))
    post = np.where(np.isnan(at), own, pos_key[np.nan_to_num(at).astype(np.int64)])
    (jf_own, bare_own), (jf_post, bare_post) = key_parts(own), key_parts(post)
    written = (jf_own != "") & (jf_own == jf_post) & bare_post & ~bare_own
    out[rows] = np.where(written, own, post)
    return out


#: why a person is in no pair the plan may make, besides their own eligibility: their post is not a post of the table
#: (the one text ``rencana`` writes in its accounting, and ``cocokkan`` and ``nilai`` in their reasons)
UNLINKED = "Jabatan tidak tertaut ke peta jabatan"
NOT_IN_TABLE = "Jabatan tidak ada di peta jabatan"
#: :data:`UNLINKED` of a post cell naming only a kind of post ("Fungsional", "Staf"): said why (usulan30, h38)
UNLINKED_KIND = f"{UNLINKED}: jabatannya hanya menyebut jenis jabatan, bukan nama jabatan"


def unlinked_reason(holder_code: object, post: object = None) -> str:
    """Why a person whose post is no row of the table moves nowhere: no post linked at all (:data:`UNLINKED`; a
    post naming only its kind, :data:`UNLINKED_KIND`), or a linked code the table lacks (:data:`NOT_IN_TABLE`), as
    ``rencana`` tells them apart."""
    from asn_mutasi.domain.jabatan import names_no_post

    if isinstance(holder_code, str) and holder_code:
        return NOT_IN_TABLE
    return UNLINKED_KIND if names_no_post(post) else UNLINKED


def linked_rows(roster: pd.DataFrame, kode: np.ndarray) -> np.ndarray:
    """Per row of ``roster``: whether its person's post is one of the table's codes ``kode``, the condition of every
    layak pair and of being in the plan. Only a roster linked to the table (``kode_jabatan_link``, as every command
    links it) tells who sits outside it; a bare frame without that column (a library call on unlinked frames) rules
    no one out."""
    if LINK_COLUMN not in roster:
        return np.ones(len(roster), dtype=bool)
    return roster[LINK_COLUMN].isin(pd.Index(kode, dtype=object)).to_numpy(dtype=bool)


def _held_rows(kode: np.ndarray, holder_code: np.ndarray) -> np.ndarray:
    """Per employee: the row of the post its holder code names (the first of a duplicated code), NaN for none."""
    holder = pd.Series(np.arange(len(kode)), index=kode)
    holder = holder[~holder.index.duplicated()]
    return holder.reindex(holder_code).to_numpy(dtype=float)


def _level_codes(jenis: np.ndarray, names: np.ndarray, eselon_v: np.ndarray, *, posts: bool = False) -> np.ndarray:
    """The level code (jenis and JF jenjang read from the name, :func:`~asn_mutasi.domain.jenis.level_code`) per row,
    once per distinct (jenis, name). Of ``posts``, a JF post written without its jenjang reads at its JF's lowest
    (:func:`~asn_mutasi.domain.jabatan.post_jenjang`); a person's post stays unread (its holder may be any jenjang).
    A Pelaksana row flagged in ``eselon_v`` (a structural eselon V post by its ESELON column) has the level
    :data:`~asn_mutasi.domain.jenis.ESELON_V`."""
    codes, first = row_groups(jenis, names)
    per = [level_code(jenis[i], _level_jenjang(jenis[i], names[i], posts)) for i in first.tolist()]
    out = np.asarray(per, dtype=np.int64)[codes] if len(first) else np.zeros(0, np.int64)
    head = np.asarray(eselon_v, dtype=bool) & (np.asarray(jenis, dtype=object) == "Pelaksana")
    return np.where(head, level_code("Pelaksana", ESELON_V), out)


#: the level codes of a JF post whose name writes its jenjang
_WRITTEN_JENJANG = np.array([level_code("Fungsional", k) for k in JENJANG], dtype=np.int64)


def _held_jenjang(
    emp_level: np.ndarray, names: np.ndarray, rows: np.ndarray, pos_level: np.ndarray, pos_names: np.ndarray
) -> np.ndarray:
    """The employees' level codes, a JF holder whose own post writes no jenjang ("Guru Mapel") read at the jenjang of
    the post they are linked to (``rows``: its row, NaN none) when that post is the same JF and writes one ("Guru Ahli
    Madya", linked by code or by the jenjang of the holder's golongan). Read as no jenjang, a IV/a guru linked to an
    Ahli Madya post was moved into a Guru Ahli Pertama seat as a lateral move (real9, h31)."""
    held = ~np.isnan(rows)
    at = np.flatnonzero(held & (emp_level == level_code("Fungsional", None)))
    if not len(at):
        return emp_level
    post = rows[at].astype(np.int64)
    keep = np.isin(pos_level[post], _WRITTEN_JENJANG)
    at, post = at[keep], post[keep]
    own, theirs = np.asarray(names, dtype=object)[at], np.asarray(pos_names, dtype=object)[post]
    codes, first = row_groups(own, theirs)  # once per distinct (name, post name)
    ok = np.array([_same_jf(own[i], theirs[i]) for i in first.tolist()], dtype=bool)[codes]
    out = emp_level.copy()
    out[at[ok]] = pos_level[post[ok]]
    return out


def _same_jf(name: object, post: object) -> bool:
    """Whether two position names read one JF."""
    jf = classify_position(str(name or "")).jf
    return jf is not None and classify_position(str(post or "")).jf == jf


def _eselon_v_flags(frame: pd.DataFrame) -> np.ndarray:
    """:data:`~asn_mutasi.schema.ESELON_V_POST` per row (False without the column)."""
    if ESELON_V_POST not in frame:
        return np.zeros(len(frame), dtype=bool)
    return frame[ESELON_V_POST].fillna(False).to_numpy(dtype=bool)


def _level_jenjang(jenis: str | None, name: str | None, post: bool) -> str | None:
    if jenis != "Fungsional":
        return None
    if additional_task_head(normalize_position_name(name or "")):
        return TUGAS_TAMBAHAN  # a Kepala Sekolah or Kepala Puskesmas, post or held (domain.jenis.level_step)
    written = jenjang_fungsional(name)
    if written is not None or not post:
        return written
    lowest = post_jenjang(jenis, name)
    return None if lowest is None else lowest + LOWEST_MARK


def _profession_keys(
    codes: np.ndarray, keys: list[tuple[str | None, str | None]], level_rank: np.ndarray
) -> np.ndarray:
    """The programme key (:func:`~asn_mutasi.matching.programme.programme_key` of ``jurusan``) of each employee
    holding a Profesi, None elsewhere: the profession tells its entry golongan (``domain.jenis.ENTRY_GOLONGAN_PROFESI``).
    The jurusan is the one the education groups hold (``codes``, ``keys``): the column is stripped once per plan."""
    jurusan = (
        np.array([programme for _, programme in keys], dtype=object)[codes]
        if len(keys)
        else np.array([None] * len(codes), dtype=object)
    )
    jurusan[level_rank != EDUCATION_RANK["Profesi"]] = None
    return per_distinct(jurusan, programme_key)


def _num(frame: pd.DataFrame, name: str) -> np.ndarray:
    if name not in frame:
        return np.full(len(frame), np.nan)
    return pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype=float)


def diklat_tokens(text: str | None) -> frozenset[str]:
    """Return the meaningful lower-case words of a diklat text."""
    if not text:
        return frozenset()
    return frozenset(w for w in re.findall(r"[a-z0-9]+", text.casefold()) if w not in _DIKLAT_UMUM and len(w) > 1)


def required_courses(text: str | None) -> list[frozenset[str]]:
    """Split ``syarat_diklat`` into courses (``;`` ``,`` newline, ``atau``), each a token set.

    ``/`` and ``dan`` stay inside a course name ("Pengadaan Barang/Jasa", "Barang dan Jasa").
    """
    if not text:
        return []
    parts = re.split(r"[;,\n]|\batau\b", text, flags=re.IGNORECASE)
    return [t for t in (diklat_tokens(p) for p in parts) if t]


@dataclass
class ScoringContext:
    """Everything needed to score pairs, computed once per roster and position table.

    ``roster`` and ``positions`` are the prepared frames restricted to valid rows with a
    fresh 0..n-1 index; pair functions address them by row position.
    """

    roster: pd.DataFrame
    positions: pd.DataFrame
    settings: Settings
    as_of: date
    matcher: EducationMatcherLike
    experience: ExperienceIndex
    eligibility: pd.DataFrame
    holder_code: np.ndarray  #: current kode of each employee (linked when available)
    emp_edu: np.ndarray  #: education id per employee (distinct level + programme)
    pos_req: np.ndarray  #: requirement id per position
    edu_keys: list[tuple[str | None, str | None]] = field(default_factory=list)
    req_keys: list[tuple[str | None, str | None]] = field(default_factory=list)
    edu_names: list[str | None] = field(default_factory=list)  #: name (titles) per education id, when needed
    _edu_cache: dict[tuple[int, int], tuple[str, bool, str, bool]] = field(default_factory=dict)
    _pref_cache: dict[int, bool] = field(default_factory=dict)
    _targets: Any = None  #: :meth:`targets`, once asked
    _diklat_cache: dict[int, float] = field(default_factory=dict)
    preferences: UnitPreferences | None = None  #: built from the frames unless given (see build_context)
    _emp_kelas: np.ndarray | None = None
    _emp_names: np.ndarray | None = None  #: :meth:`emp_names`, once asked
    #: level code (domain.jenis.level_code: jenis and JF jenjang) of each employee's post and of each post
    _emp_level: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    _pos_level: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    _pos_kelas: np.ndarray = field(default_factory=lambda: np.empty(0))

    def __post_init__(self) -> None:
        r, p = self.roster, self.positions
        self.nip = r["nip"].astype(str).to_numpy(dtype=object)
        self.level_rank = _num(r, "pendidikan_rank")
        self.gol_rank = _num(r, "golongan_rank")
        self.golongan = _col(r, "golongan")
        bare = r[GOLONGAN_BARE].fillna(False).to_numpy(dtype=bool) if GOLONGAN_BARE in r else None
        self.gol_bare = bare if bare is not None else np.zeros(len(r), dtype=bool)
        #: what the level rule reads (a bare "III": its key; unknown: its education's entry rank's key)
        self.gol_key = golongan_keys(
            self.gol_rank, bare, self.level_rank, _profession_keys(self.emp_edu, self.edu_keys, self.level_rank)
        )
        predikat = _col(r, "predikat_kinerja")
        self.kinerja = _kinerja(predikat)
        # preferences and diklat as ids of distinct texts, so components work on distinct combos
        if self.preferences is None:
            self.preferences = UnitPreferences(_col(r, "preferensi_unit"), _col(p, "unit_kerja"))
        prefs = self.preferences
        self.pref_id = prefs.pref_id  #: -1 = no preference
        self.pref_sets = prefs.pref_sets
        dik_codes, dik_texts = pd.factorize(pd.Series(_col(r, "diklat"), dtype=object))
        self.diklat_id = dik_codes.astype(np.int64)  #: -1 = no diklat
        self.diklat_sets = [diklat_tokens(str(t)) for t in dik_texts]
        self.kode = p["kode_jabatan"].astype(str).to_numpy(dtype=object)
        self.pos_name, self.pos_name_norm, self.pos_unit, self.pos_jenis = _post_texts(p)
        self._held_row = _held_rows(self.kode, self.holder_code)  #: the row of each employee's post (NaN: none)
        #: whose post is a post of the table: the plan moves no one else (``planning.plan``'s exclusion), so no pair
        #: of anyone else is layak (consist1, h34: cocokkan and nilai offered people the plan excluded)
        self.linked = linked_rows(r, self.kode)
        pppk = np.asarray(_col(r, "status_kepegawaian") == "PPPK", dtype=bool)
        self.pos_jabatan_key = np.full(len(p), None, dtype=object)  #: :func:`jabatan_key` per post, with a PPPK
        if pppk.any():
            self.pos_jabatan_key = per_distinct(self.pos_name, jabatan_key, missing=jabatan_key(""))
        self.pppk_jabatan = _pppk_jabatan(self.emp_names, pppk, self._held_row, self.pos_jabatan_key)
        #: :func:`key_parts` of both sides, once: :meth:`pppk_ok` and the planner's keys compare them per pair
        self.pos_jabatan_parts = key_parts(self.pos_jabatan_key)
        self.pppk_jabatan_parts = key_parts(self.pppk_jabatan)
        # instansi on both sides keeps several agencies apart (issue 11); "" = not given
        self.emp_instansi = _blank_as_empty(_col(r, "instansi"))
        self.pos_instansi = _blank_as_empty(_col(p, "instansi"))
        self.pos_unit_norm, self.pos_unit_id, self.unit_names = prefs.pos_unit_norm, prefs.pos_unit_id, prefs.unit_names
        # the level each post asks, as the matcher reads it (one fact): the table's own rank said S-2 where the matcher
        # reads an SSCASN "S-2 | PROFESI NERS" as Profesi, and the candidate blocker cut every Ners holder from the
        # post `nilai` and `cocokkan --nip` found them fit for (spell5, h27)
        asked = [level_rank(self.matcher.required_level(lv or "", tx or "")) for lv, tx in self.req_keys]
        by_req = np.asarray([np.nan if r is None else float(r) for r in asked] or [0.0], dtype=np.float64)
        self.req_rank = by_req[self.pos_req]
        self.req_level = _col(p, "syarat_pendidikan")
        self.req_text = _col(p, "syarat_jurusan")
        #: per post: whether it states a programme (``syarat_jurusan``); read per pair by the jurusan score and the
        #: planner's group keys, worked out once here (a Python step per pair cost 0.01 s per 200,000 pairs)
        self.req_has_text = np.asarray(pd.notna(self.req_text), dtype=bool)
        self.req_gol_rank = _num(p, "syarat_golongan_rank")
        self.req_gol = _col(p, "syarat_golongan")
        self.syarat_pengalaman = _col(p, "syarat_pengalaman")
        self.syarat_diklat = _col(p, "syarat_diklat")
        course_codes, course_texts = pd.factorize(pd.Series(self.syarat_diklat, dtype=object))
        self.course_id = course_codes.astype(np.int64)  #: -1 = no diklat requirement
        self.course_sets = [required_courses(str(t)) for t in course_texts]
        self.bisa = self.eligibility["bisa_dipindah"].to_numpy(dtype=bool)
        self.elig_alasan = self.eligibility["alasan"].to_numpy(dtype=object)
        w = self.settings.bobot
        total = sum(float(getattr(w, attr)) for _, attr in COMPONENTS)
        self.points = {col: (float(getattr(w, attr)) / total * 100.0 if total > 0 else 0.0) for col, attr in COMPONENTS}
        # jurusan credit where a post states no programme: the field of the post (issue 12, matching/families.py)
        self.relevance = RelevanceIndex(
            (self.emp_edu, self.edu_keys, self.edu_names),
            (self.pos_name, self.pos_unit, self.pos_jenis),
            umum=w.relevansi_umum,
            lain=w.relevansi_lain,
        )

    def targets(self) -> Any:
        """Every post as the experience score's target (:meth:`ExperienceIndex.position_targets`), classified
        once for all the pairs scored against this context."""
        if self._targets is None:
            texts: tuple[Any, ...] = (self.pos_name_norm, self.pos_jenis, self.syarat_pengalaman, self.pos_unit)
            self._targets = self.experience.position_targets(*texts)
        return self._targets

    # --- education on distinct combinations ----------------------------------------------
    def education(self, edu: np.ndarray, req: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Return ``(status, memenuhi, alasan, level_ok)`` arrays for education ids × requirement ids."""
        width = max(len(self.req_keys), 1)
        keys = edu.astype(np.int64) * width + req.astype(np.int64)
        codes, uniq = pd.factorize(keys)
        for key in uniq.tolist():
            e, q = divmod(key, width)
            if (e, q) not in self._edu_cache:
                level, prog = self.edu_keys[e]
                req_level, req_text = self.req_keys[q]
                fit = self.matcher.fit(level, prog, req_level, req_text, nama=self.edu_names[e])
                self._edu_cache[(e, q)] = (
                    str(fit.status),
                    bool(fit.memenuhi),
                    str(fit.alasan),
                    bool(getattr(fit, "level_ok", fit.memenuhi)),
                )
        vals = [self._edu_cache[divmod(int(k), width)] for k in uniq]
        status = np.asarray([v[0] for v in vals], dtype=object)[codes] if vals else np.empty(0, dtype=object)
        memenuhi = np.asarray([v[1] for v in vals], dtype=bool)[codes] if vals else np.empty(0, dtype=bool)
        alasan = np.asarray([v[2] for v in vals], dtype=object)[codes] if vals else np.empty(0, dtype=object)
        level_ok = np.asarray([v[3] for v in vals], dtype=bool)[codes] if vals else np.empty(0, dtype=bool)
        return status, memenuhi, alasan, level_ok

    def preference(self, emp: np.ndarray, pos: np.ndarray) -> np.ndarray:
        """Return the preference component (1 matches, 0 another unit, 0.5 none)."""
        pid = self.pref_id[emp]
        uid = self.pos_unit_id[pos]
        out = np.full(len(emp), PREFERENSI_TANPA)
        has = pid >= 0
        if has.any():
            out[has] = _on_distinct(pid[has], uid[has], self._pref_cache, self._pref_hit).astype(float)
        return out

    def _pref_hit(self, pref: int, unit: int) -> bool:
        return unit_matches(self.pref_sets[pref], self.unit_names[unit])

    def diklat_component(self, emp: np.ndarray, pos: np.ndarray) -> np.ndarray:
        """Return the share of required courses found in the employee's diklat text (1 with none)."""
        cid = self.course_id[pos]
        out = np.ones(len(emp))
        need = cid >= 0
        if need.any():
            did = self.diklat_id[emp][need]
            out[need] = _on_distinct(did + 1, cid[need], self._diklat_cache, self._diklat_share)
        return out

    def _diklat_share(self, diklat: int, course: int) -> float:
        courses = self.course_sets[course]
        have = self.diklat_sets[diklat - 1] if diklat > 0 else frozenset()
        return sum(1 for c in courses if c <= have) / len(courses) if courses else 1.0

    def emp_names(self) -> np.ndarray:
        """Each employee's jabatan as stripped text (:func:`_col`), stripped once: a PPPK's jabatan rule and the level
        codes of :meth:`lateral` both read it (a 100,000-row column was stripped twice; speed24)."""
        if self._emp_names is None:
            self._emp_names = _col(self.roster, "jabatan")
        return self._emp_names

    def lateral(self, emp: np.ndarray, pos: np.ndarray) -> np.ndarray:
        """True where a move is lateral (no promotion/demotion, see ``level_change_reason``); vectorised."""
        if self._emp_kelas is None:
            rows = self._held_row
            kelas = _num(self.positions, "kelas_jabatan")
            self._emp_kelas = np.where(np.isnan(rows), np.nan, kelas[np.nan_to_num(rows).astype(np.int64)])
            pos_v = _eselon_v_flags(self.positions)
            # a person holds an eselon V post by the roster's ESELON column or the post table's (the roster may have none)
            emp_v = _eselon_v_flags(self.roster) | np.where(
                np.isnan(rows), False, pos_v[np.nan_to_num(rows).astype(np.int64)]
            )
            jenis = np.array(_col(self.roster, "jenis_jabatan"), dtype=object)
            jenis[emp_v] = "Pelaksana"  # the post's jenis where the roster's name read it managerial
            names = self.emp_names()
            self._emp_level = _level_codes(jenis, names, emp_v)
            self._pos_level = _level_codes(self.pos_jenis, self.pos_name, pos_v, posts=True)
            self._emp_level = _held_jenjang(self._emp_level, names, rows, self._pos_level, self.pos_name)
            self._pos_kelas = kelas
        return lateral_moves(
            self._emp_level[emp],
            self.gol_key[emp],
            self._pos_level[pos],
            self._emp_kelas[emp],
            self._pos_kelas[pos],
            self.settings.aturan,
        )

    def pppk_ok(self, emp: np.ndarray, pos: np.ndarray) -> np.ndarray:
        """True per pair unless a PPPK would change jabatan (:func:`jabatan_key`: the same jabatan in another unit)."""
        own = self.pppk_jabatan[emp]
        out = _none(own)
        if not out.all():
            e, q = emp[~out], pos[~out]
            parts = (self.pppk_jabatan_parts[0][e], self.pppk_jabatan_parts[1][e])
            target = (self.pos_jabatan_parts[0][q], self.pos_jabatan_parts[1][q])
            out[~out] = _same_parts(own[~out], parts, self.pos_jabatan_key[q], target)
        return out

    def level_change(self, e: int, q: int) -> tuple[str, str] | None:
        """The promotion/demotion code and reason of one pair (for explanations)."""
        self.lateral(np.array([e]), np.array([q]))
        assert self._emp_kelas is not None  # filled by lateral()
        (jenis_from, jenjang_from), (jenis_to, jenjang_to) = (
            LEVEL_KEYS[int(self._emp_level[e])],
            LEVEL_KEYS[int(self._pos_level[q])],
        )
        return level_change_reason(
            jenis_from,
            jenis_to,
            float(self._emp_kelas[e]),
            float(self._pos_kelas[q]),
            self.settings.aturan,
            jenjang_from=jenjang_from,
            jenjang_to=jenjang_to,
            golongan_rank=float(self.gol_key[e]),
        )

    def employees_preferring(self, unit_id: int) -> np.ndarray:
        """Return row positions of employees whose stated preference names the unit ``unit_id``."""
        assert self.preferences is not None  # set by __post_init__
        return self.preferences.employees_preferring(unit_id)


def _on_distinct(a: np.ndarray, b: np.ndarray, cache: dict[int, Any], fn: Any) -> np.ndarray:
    """Evaluate ``fn(a, b)`` once per distinct pair of non-negative ids, memoised in ``cache``."""
    width = 1 << 31
    keys = a.astype(np.int64) * width + b.astype(np.int64)
    codes, uniq = pd.factorize(keys)
    values = []
    for key in uniq.tolist():
        v = cache.get(key)
        if v is None:
            v = cache[key] = fn(key // width, key % width)
        values.append(v)
    return np.asarray(values)[codes]


class ContextOptions(TypedDict):
    """The keyword arguments of :func:`build_context`, taken as they are by every scoring entry point
    (``top_candidates_for_positions``, ``top_positions_for_employee``, ``score_pairs``, ``assess_proposals``)."""

    settings: Settings
    as_of: date
    #: education matcher (default: one built from the positions' syarat_jurusan)
    matcher: NotRequired[EducationMatcherLike | None]
    #: position history (riwayat jabatan) for the experience score
    history: NotRequired[pd.DataFrame | None]
    #: start the preferred-unit index on a background thread at once (callers that will need it)
    prefetch_preferences: NotRequired[bool]
    #: :func:`~asn_mutasi.domain.pensiun.roster_pension` of the roster's rows, when the caller has computed it
    pension: NotRequired[StatedPension | None]


def build_context(roster: pd.DataFrame, positions: pd.DataFrame, **options: Unpack[ContextOptions]) -> ScoringContext:
    """Prepare a :class:`ScoringContext` from prepared roster and position frames (valid rows only)."""
    settings, as_of = options["settings"], options["as_of"]
    matcher, history = options.get("matcher"), options.get("history")
    r = _valid(roster)
    p = _valid(positions)
    if matcher is None:
        matcher = _positions_matcher(p)
    preferences = UnitPreferences(_col(r, "preferensi_unit"), _col(p, "unit_kerja"))
    if options.get("prefetch_preferences"):
        preferences.start()  # its fuzzy batch runs while the rules below are evaluated
    try:
        link = _col(r, LINK_COLUMN) if LINK_COLUMN in r else _col(r, "kode_jabatan")
        # the name (with its academic titles) is evidence only when level or programme is missing
        pend, jur = _col(r, "pendidikan"), _col(r, "jurusan")
        names = _names_as_evidence(r, pd.isna(pend) | pd.isna(jur) | _medical_masters(r, pend))
        edu_codes, first = row_groups(pend, jur, names)
        edu_keys: list[tuple[str | None, str | None]] = [(pend[i], jur[i]) for i in first.tolist()]
        edu_names: list[str | None] = [names[i] for i in first.tolist()]
        req_level, req_text = _col(p, "syarat_pendidikan"), _col(p, "syarat_jurusan")
        req_codes, first = row_groups(req_level, req_text)
        req_keys: list[tuple[str | None, str | None]] = [(req_level[i], req_text[i]) for i in first.tolist()]
        facts = roster_facts(roster, settings=settings, as_of=as_of, history=history, pension=options.get("pension"))
        experience, eligibility = facts.experience, facts.eligibility
        return ScoringContext(
            roster=r,
            positions=p,
            settings=settings,
            as_of=as_of,
            matcher=matcher,
            experience=experience,
            eligibility=eligibility,
            holder_code=link,
            emp_edu=edu_codes.astype(np.int64),
            pos_req=req_codes.astype(np.int64),
            edu_keys=edu_keys,
            req_keys=req_keys,
            edu_names=edu_names,
            preferences=preferences,
        )
    except BaseException:
        preferences.cancel()  # no fuzzy batch (thread or child process) left running behind the error
        raise


def _medical_masters(roster: pd.DataFrame, pend: np.ndarray) -> np.ndarray:
    """The S-2 rows whose name carries a dokter's or specialist's title (gelar.MEDICAL_NAME_TITLE): the name is the
    evidence of medical education an S-2 needs to meet a specialist-level post (spell9, h32); the other S-2 rows keep
    no name, so the distinct education groups stay few."""
    masters = per_distinct(pend, parse_level) == "S-2"
    if "nama" not in roster or not masters.any():
        return masters
    names = pd.Series(roster["nama"].to_numpy(dtype=object)[masters], dtype=object).astype(str)
    masters[masters] = names.str.contains(MEDICAL_NAME_TITLE).to_numpy(dtype=bool)
    return masters


def _names_as_evidence(roster: pd.DataFrame, wanted: np.ndarray) -> np.ndarray:
    """The stripped name of the ``wanted`` rows (level or programme missing), None elsewhere: the names of a
    100,000-row roster are nearly all distinct, and only the few rows without an education read them."""
    names = np.full(len(roster), None, dtype=object)
    if "nama" in roster and wanted.any():
        names[wanted] = stripped_texts(roster["nama"].to_numpy(dtype=object)[wanted])
    return names


@dataclass
class RosterFacts:
    """What scoring knows of the valid roster rows alone: the experience index and each person's eligibility."""

    experience: ExperienceIndex
    eligibility: pd.DataFrame  #: :func:`employee_eligibility`, one row per valid row (index 0..n-1)


def roster_facts(
    roster: pd.DataFrame,
    *,
    settings: Settings,
    as_of: date,
    history: pd.DataFrame | None,
    pension: StatedPension | None = None,
) -> RosterFacts:
    """The :class:`RosterFacts` of the valid rows of ``roster``, with the weights and rules of ``settings``;
    ``pension``: :func:`~asn_mutasi.domain.pensiun.roster_pension` of ``roster``'s rows when the caller has it."""
    r = _valid(roster)
    if pension is not None and "_status" in roster:
        pension = pension.take(valid_mask(roster))
    w = settings.bobot
    experience = ExperienceIndex(
        r,
        as_of,
        history=history,
        ambang=w.ambang_pengalaman,
        tahun_penuh=w.tahun_pengalaman_penuh,
        bobot_jabatan_sama=w.pengalaman_jabatan_sama,
        bobot_serumpun=w.pengalaman_serumpun,
        bobot_bidang_sama=w.pengalaman_bidang_sama,
    )
    return RosterFacts(experience, employee_eligibility(r, settings.aturan, as_of, pension).reset_index(drop=True))


def _valid(frame: pd.DataFrame) -> pd.DataFrame:
    if "_status" in frame:
        frame = frame[valid_mask(frame)]
    return frame.reset_index(drop=True)


def score_index_pairs(ctx: ScoringContext, emp: np.ndarray, pos: np.ndarray, *, with_text: bool = True) -> pd.DataFrame:
    """Score pairs addressed by row positions; returns the candidate columns (plus ``_emp``, ``_pos``).

    With ``with_text=False`` the ``alasan`` column is left empty, which is how candidate
    generation scores many pairs before writing reasons for the few it keeps.
    """
    emp = np.asarray(emp, dtype=np.int64)
    pos = np.asarray(pos, dtype=np.int64)
    n = len(emp)
    status, memenuhi, edu_alasan, level_ok = ctx.education(ctx.emp_edu[emp], ctx.pos_req[pos])
    exp = ctx.experience.score_pairs(
        emp,
        ctx.pos_name_norm[pos],
        ctx.pos_jenis[pos],
        ctx.syarat_pengalaman[pos],
        units=ctx.pos_unit[pos],
        target_ids=pos,
        with_text=with_text,
        prepared=ctx.targets(),
    )
    # the columns gathered first and made a frame once (a column set at a time copied the frame's blocks each time)
    cols: dict[str, Any] = {"nip": ctx.nip[emp], "kode_jabatan": ctx.kode[pos], "skor": None}
    c_gol = golongan_component(ctx.gol_rank[emp], ctx.req_gol_rank[pos])
    points, total = _points(ctx, emp, pos, (status, level_ok, exp["skor"].to_numpy(dtype=float), c_gol))
    cols |= points
    cols["skor"] = total
    cols["status_pendidikan"] = status
    cols["memenuhi_pendidikan"] = memenuhi
    cols["memenuhi_pengalaman"] = exp["memenuhi_syarat"].to_numpy(dtype=object)
    for col in ("tahun_jabatan_sama", "tahun_serumpun", "tahun_bidang_sama"):
        cols[col] = exp[col].to_numpy(dtype=float)
    cols["syarat_pengalaman_penentu"] = exp["syarat_penentu"].to_numpy(dtype=object)
    cols["keluar_profesi"] = exp["keluar_profesi"].to_numpy(dtype=bool)
    same = ctx.holder_code[emp] == ctx.kode[pos]
    rules = ctx.settings.aturan
    edu_ok = memenuhi | (not rules.cek_pendidikan)
    exp_ok = exp["memenuhi_syarat"].to_numpy(dtype=object) != False  # noqa: E712 - None means "no requirement"
    level_ok = ctx.lateral(emp, pos)
    e_ins, p_ins = ctx.emp_instansi[emp], ctx.pos_instansi[pos]
    cross = (e_ins != "") & (p_ins != "") & (e_ins != p_ins)
    pppk_ok = ctx.pppk_ok(emp, pos)
    cols["layak"] = (
        ctx.linked[emp]
        & ~cross
        & (pppk_ok | (not rules.pppk_tetap_jabatan))
        & edu_ok
        & ctx.bisa[emp]
        & ~same
        & (exp_ok | (not rules.cek_syarat_pengalaman))
        & (level_ok | (not rules.cek_kesetaraan))
        & ~(exp["keluar_profesi"].to_numpy(dtype=bool) & rules.blokir_keluar_profesi)
    )
    cols["alasan"] = ""
    cols["_emp"] = emp
    cols["_pos"] = pos
    out = pd.DataFrame(cols)
    if with_text and n:
        out["alasan"] = _reasons(ctx, emp, pos, exp, memenuhi, edu_alasan, same, c_gol, level_ok, cross, pppk_ok)
    return out


def _points(
    ctx: ScoringContext, emp: np.ndarray, pos: np.ndarray, known: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Each component's points (``skor_pendidikan`` … ``skor_preferensi``, rounded to 0.1) and the total ``skor`` of
    pairs, given ``known``: the education status and level verdict, the experience score (0..1) and the golongan
    component. The one sum :func:`score_index_pairs` and :func:`score_totals` both give."""
    status, level_ok, c_exp, c_gol = known
    w = ctx.settings.bobot
    c_jur = jurusan_component(status, ctx.req_has_text[pos], w.serumpun_faktor, ctx.relevance.score(emp, pos))
    points: dict[str, np.ndarray] = {}
    total = np.zeros(len(emp))
    for col, comp in (
        ("skor_pendidikan", level_ok.astype(float)),
        ("skor_jurusan", c_jur),
        ("skor_pengalaman", c_exp),
        ("skor_golongan", c_gol),
        ("skor_kinerja", ctx.kinerja[emp]),
        ("skor_diklat", ctx.diklat_component(emp, pos)),
        ("skor_preferensi", ctx.preference(emp, pos)),
    ):
        pts = np.round(ctx.points[col] * np.clip(comp, 0.0, 1.0), 1)
        points[col] = pts
        total += pts
    return points, np.round(total, 1)


def score_totals(ctx: ScoringContext, emp: np.ndarray, pos: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(skor, skor_preferensi)`` of pairs addressed by row positions: :func:`score_index_pairs`' two columns,
    without the verdicts, eligibility and frame the planner's pricing never reads (it prices by the score alone;
    0.1 s of the plan's 2.7 s CPU at 100,000 staff, speed19 h36)."""
    emp = np.asarray(emp, dtype=np.int64)
    pos = np.asarray(pos, dtype=np.int64)
    status, _, _, level_ok = ctx.education(ctx.emp_edu[emp], ctx.pos_req[pos])
    c_exp = ctx.experience.skor_pairs(
        emp, ctx.pos_name_norm[pos], ctx.pos_jenis[pos], units=ctx.pos_unit[pos], target_ids=pos, prepared=ctx.targets()
    )
    c_gol = golongan_component(ctx.gol_rank[emp], ctx.req_gol_rank[pos])
    points, total = _points(ctx, emp, pos, (status, level_ok, c_exp, c_gol))
    return total, points["skor_preferensi"]


#: what a golongan below a post's syarat golongan does: lowers the golongan component, blocks nothing
_GOL_SCORE = " (mengurangi skor golongan, tidak memblokir)"


def _pppk_reason(ctx: ScoringContext, e: int, q: int) -> str:
    """Why PPPK ``e`` may not take post ``q`` (``pppk-ganti-jabatan``); an unknown own jenjang is said as such."""
    note = "memblokir" if ctx.settings.aturan.pppk_tetap_jabatan else "aturan dinonaktifkan, tidak memblokir"
    own = (ctx.pppk_jabatan_parts[0][e : e + 1], ctx.pppk_jabatan_parts[1][e : e + 1])
    if pppk_jenjang_unknown(own, (ctx.pos_jabatan_parts[0][q : q + 1], ctx.pos_jabatan_parts[1][q : q + 1]))[0]:
        return (
            "PPPK berganti jabatan: jenjang PPPK tidak diketahui (jabatannya ditulis tanpa jenjang), jadi tidak dapat "
            f"dipastikan sama dengan jenjang jabatan tujuan; periksa perjanjian kerjanya ({note})"
        )
    return (
        "PPPK berganti jabatan: PPPK hanya dapat dipindah ke unit lain pada jabatan yang sama, karena perjanjian "
        f"kerjanya menyebut jabatan itu ({note})"
    )


def _reasons(
    ctx: ScoringContext,
    emp: np.ndarray,
    pos: np.ndarray,
    exp: pd.DataFrame,
    memenuhi: np.ndarray,
    edu_alasan: np.ndarray,
    same: np.ndarray,
    c_gol: np.ndarray,
    level_ok: np.ndarray,
    cross: np.ndarray,
    pppk_ok: np.ndarray,
) -> list[str]:
    texts: list[str] = []
    exp_alasan = exp["alasan"].to_numpy(dtype=object)
    syarat_ok = exp["memenuhi_syarat"].to_numpy(dtype=object)
    keluar = exp["keluar_profesi"].to_numpy(dtype=bool)
    cek = ctx.settings.aturan.cek_pendidikan
    for k, (e, q) in enumerate(zip(emp.tolist(), pos.tolist(), strict=True)):
        parts: list[str] = []
        if not ctx.linked[e]:
            post = ctx.roster["jabatan"].iat[e] if "jabatan" in ctx.roster else None
            parts.append(unlinked_reason(ctx.holder_code[e], post))
        if cross[k]:
            parts.append(
                f"Lintas instansi: pegawai di {ctx.emp_instansi[e]}, jabatan di {ctx.pos_instansi[q]} (memblokir)"
            )
        if same[k]:
            parts.append("Pegawai sudah menduduki jabatan ini")
        if not pppk_ok[k]:
            parts.append(_pppk_reason(ctx, e, q))
        if edu_alasan[k]:
            parts.append(str(edu_alasan[k]))
        elif ctx.req_level[q] is None and ctx.req_text[q] is None:
            parts.append("Jabatan tidak mensyaratkan pendidikan tertentu")
        elif memenuhi[k]:
            parts.append("Pendidikan memenuhi syarat jabatan")
        if not memenuhi[k]:
            note = "" if cek else " (aturan dinonaktifkan, tidak memblokir)"
            parts.append(f"Pendidikan tidak memenuhi syarat jabatan tujuan{note}")
        parts.append(str(exp_alasan[k]))
        if syarat_ok[k] is False and ctx.settings.aturan.cek_syarat_pengalaman:
            parts.append("Syarat pengalaman jabatan tujuan belum terpenuhi (memblokir)")
        if keluar[k] and ctx.settings.aturan.blokir_keluar_profesi:
            parts.append("Pemegang JF tidak dipindah keluar dari profesinya (memblokir)")
        change = None if level_ok[k] else ctx.level_change(e, q)
        if change is not None:
            note = "" if ctx.settings.aturan.cek_kesetaraan else " (aturan dinonaktifkan, tidak memblokir)"
            parts.append(change[1] + note)
        # the syarat golongan is a score, not a block (docs/pengaturan.md [bobot]); the reason says so, beside a
        # kesetaraan verdict that does block ("di bawah syarat" read as a refusal of a layak move, kesetaraan28 h37)
        if c_gol[k] < 1.0 and np.isnan(ctx.gol_rank[e]):
            parts.append(f"Golongan tidak diketahui; syarat {ctx.req_gol[q]} tidak dapat diperiksa{_GOL_SCORE}")
        elif c_gol[k] < 1.0:
            shown = ctx.golongan[e] or "tidak diketahui"
            if ctx.gol_bare[e]:  # "III": the score reads the lowest ruang, the reason says it is a reading
                shown = f"{shown} (ruang tidak diketahui, dibaca {golongan_from_rank(int(ctx.gol_rank[e])).kode})"
            parts.append(f"Golongan {shown} di bawah syarat {ctx.req_gol[q]}{_GOL_SCORE}")
        if ctx.elig_alasan[e]:
            parts.append(str(ctx.elig_alasan[e]))
        texts.append(". ".join(p.rstrip(". ") for p in parts if p) + ".")
    return texts
