"""Link each employee of the roster to one row of the position table (peta jabatan).

Order of evidence, strongest first:

1. ``kode``  — the employee's ``kode_jabatan`` exists in the position table;
2. ``nama``  — (position name, unit name) are equal after normalisation and
   abbreviation expansion (``Kasubbag Umum`` = ``Kepala Subbagian Umum``);
3. ``fuzzy`` — the post's old or new name (``nama_lama_pelaksana``: a roster or a peta jabatan
   still in PermenPANRB 41/2018 names), or within the same (normalised) unit exactly one
   distinct position name scores at least :data:`FUZZY_THRESHOLD`; a warning asks the
   analyst to check it;
   Still unlinked, a holder of a JF of one kategori written without jenjang ("Guru Mapel", Dapodik's Jenis PTK)
   links by ``nama`` to that JF's post of the unit at the jenjang of their golongan (``jabatan-jenjang-dari-golongan``);
4. ``tidak_tertaut`` — nothing fits; a ``jabatan-tidak-ditemukan`` finding names the
   three closest positions.

A roster unit the table lacks whose OPD the table keeps whole (a peta jabatan per OPD beside a
roster per UNOR) is read as its OPD, by the same steps (``unit-dihitung-di-opd``, once per unit).

Work happens on distinct (name, unit) pairs, never per row, so 100,000 employees in a
few thousand distinct positions cost a few thousand normalisations. No employee is
dropped: every input row comes back with ``cara_tautan`` set.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import takewhile
from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from asn_mutasi.distinct import distinct_groups
from asn_mutasi.domain.jabatan import (
    JENJANG_WORDS,
    PADA,
    acting_word,
    classify_jenis_jabatan,
    heads_a_unit,
    is_unit_number,
    jenjang_fungsional,
    jf_kategori,
    name_without_place,
    named_by_place,
    names_no_post,
    normalize_position_name,
    normalize_unit_name,
    reads_as_unit,
    school_head,
    unit_number_key,
)
from asn_mutasi.domain.jenis import JENJANG
from asn_mutasi.domain.lowongan import bezetting
from asn_mutasi.domain.rumpun import (
    classify_position,
    jf_spellings,
    old_position_names,
    renamed_position_names,
    renamed_positions,
)
from asn_mutasi.domain.unit import OFFICE_HEADS as _OFFICE_HEADS
from asn_mutasi.domain.unit import OFFICE_STARTS as _OFFICE_STARTS
from asn_mutasi.domain.unit import PART_HEADS as _PART_HEADS
from asn_mutasi.domain.unit import PATH_HEADS as _PATH_HEADS
from asn_mutasi.domain.unit import PLACE_WORDS as _PLACE_WORDS
from asn_mutasi.domain.unit import UPT_WORDS as _UPT_WORDS
from asn_mutasi.domain.unit import goes_on_as_itself as _goes_on_as_itself
from asn_mutasi.domain.unit import (
    governments,
    merged_offices,
    office_affairs,
    office_rest,
    own_regions,
    part_below,
    region_shown,
)
from asn_mutasi.domain.unit import same_regions as _same_regions
from asn_mutasi.domain.unit import unit_without_place as _unit_without_place
from asn_mutasi.domain.unit import upt_key as _upt_key
from asn_mutasi.domain.unit import without_government as _without_government
from asn_mutasi.domain.unit import without_kantor as _without_kantor
from asn_mutasi.findings import Finding, Location, make_finding, suggestion
from asn_mutasi.formatting import format_number
from asn_mutasi.schema import CODE_AS_WRITTEN, GOLONGAN_BARE, LINK_COLUMN, ROW, UNIT_AS_WRITTEN, holder_mask, valid_mask

#: minimum rapidfuzz ``token_sort_ratio`` for a fuzzy link inside one unit
FUZZY_THRESHOLD = 90.0
HOW_COLUMN = "cara_tautan"
LINK_METHODS: tuple[str, ...] = ("kode", "nama", "fuzzy", "tidak_tertaut")


@dataclass
class LinkResult:
    """The roster with ``kode_jabatan_link`` and ``cara_tautan`` added, plus findings."""

    frame: pd.DataFrame
    findings: list[Finding] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Return the number of employees per link method (every method present)."""
        c = self.frame[HOW_COLUMN].value_counts()
        return {m: int(c.get(m, 0)) for m in LINK_METHODS}


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


def _text_series(values: pd.Series) -> pd.Series:
    """:func:`_text` of every value, as an object Series on the same index (text cells: one strip each)."""
    texts = [v.strip() if v.__class__ is str else _text(v) for v in values.to_numpy(dtype=object).tolist()]
    return pd.Series(texts, index=values.index, dtype=object)


def valid_rows(frame: pd.DataFrame) -> pd.Series:
    """A boolean mask (on the frame's index) of the rows :func:`~asn_mutasi.schema.valid_mask` passes."""
    return pd.Series(valid_mask(frame), index=frame.index)


def _normalise_many(values: pd.Series, func: object) -> pd.Series:
    """Apply a normaliser to the distinct texts of ``values`` and map them back."""
    texts = _text_series(values)
    distinct = pd.unique(texts)
    table = {t: func(t) if t else "" for t in distinct}  # type: ignore[operator]
    return texts.map(table)


@dataclass
class PositionIndex:
    """Lookups built once from the position table (valid rows only)."""

    codes: set[str]
    by_key: dict[tuple[str, str], str]  #: (norm name, norm unit) -> kode_jabatan
    names_in_unit: dict[str, dict[str, str]]  #: norm unit -> norm name -> kode_jabatan
    display: dict[str, tuple[str, str]]  #: kode_jabatan -> (nama_jabatan, unit_kerja)
    unit_display: dict[str, str]  #: norm unit -> unit_kerja as written
    #: (norm name, the unit's words sorted) -> kode_jabatan, None where two posts share it (see :meth:`find`)
    by_word_set: dict[tuple[str, str], str | None] = field(default_factory=dict)
    #: positions told apart by OPD (``UNIT_AS_WRITTEN``): (norm name, norm unit as written) -> kode_jabatan, or None
    #: where two OPDs have it (a roster without OPDs links there only when one OPD has the position)
    by_opd_free: dict[tuple[str, str], str | None] = field(default_factory=dict)
    told_by_opd: bool = False
    #: a code the table writes in several units (``CODE_AS_WRITTEN``): (code as written, norm unit) -> kode_jabatan
    code_in_unit: dict[tuple[str, str], str] = field(default_factory=dict)
    _prefixes: dict[str, list[str]] | None = field(default=None, repr=False)
    _longest_unit: int | None = field(default=None, repr=False)
    _unit_words: frozenset[str] | None = field(default=None, repr=False)
    _units_of: dict[str, list[str]] | None = field(default=None, repr=False)
    _initials: dict[str, list[str]] | None = field(default=None, repr=False)
    _without_and: dict[str, list[str]] | None = field(default=None, repr=False)
    #: posts of one name in one unit kept apart by the table (other codes and programmes): the first -> all of them
    siblings: dict[str, list[str]] = field(default_factory=dict)
    need: dict[str, int] = field(default_factory=dict)  #: kebutuhan of each post (0 when not written)
    by_initials: set[str] = field(default_factory=set)  #: table units a roster unit was read as by its initials
    by_spelling: set[str] = field(default_factory=set)  #: table units a misspelt roster unit was read as
    #: like :attr:`by_opd_free`, keyed by the UPT unit's :func:`_upt_key` ("UPTD Puskesmas X" = "Puskesmas X")
    by_opd_free_upt: dict[tuple[str, str], str | None] = field(default_factory=dict)
    _upt_units: dict[str, list[str]] | None = field(default=None, repr=False)
    _puskesmas_units: dict[str, list[str]] | None = field(default=None, repr=False)
    _units_by_word_set: dict[str, list[str]] | None = field(default=None, repr=False)
    _kantor_units: dict[str, list[str]] | None = field(default=None, repr=False)
    _word_sets: set[str] = field(default_factory=set, repr=False)  #: every table unit's word set (build)
    #: roster unit keys read as a table part by :func:`_part_before_its_office` -> (that part, the office written)
    read_as_part: dict[str, tuple[str, str]] = field(default_factory=dict)
    _own_regions: dict[str, str] | None = field(default=None, repr=False)
    _names_region: bool | None = field(default=None, repr=False)
    _by_affair: dict[str, list[tuple[str, str]]] | None = field(default=None, repr=False)

    def merged_offices(self, written: str) -> set[str]:
        """The table's OPDs whose affairs hold every affair of OPD ``written`` (:func:`merged_offices`), looked up by
        its first affair (the table's OPDs by each of their affairs built once, on first use)."""
        if self._by_affair is None:
            self._by_affair = {}
            for key, shown in self.unit_display.items():
                for affair in (office_affairs(shown) or ("", frozenset()))[1]:
                    self._by_affair.setdefault(affair, []).append((key, shown))
        ours = office_affairs(written)
        return merged_offices(written, self._by_affair.get(min(ours[1]), ())) if ours else set()

    def own_regions(self) -> dict[str, str]:
        """The region the table's units name, by level, where they name one (:func:`own_regions`; built once, on
        first use): its units that name none are of it."""
        if self._own_regions is None:
            self._own_regions = own_regions(self.unit_display.values())
        return self._own_regions

    def names_a_region(self) -> bool:
        """Whether a unit of the table names the government it is of (:func:`governments`; found once, on first
        use)."""
        if self._names_region is None:
            self._names_region = bool(governments(self.unit_display.values(), 1))
        return self._names_region

    def upt_units(self) -> dict[str, list[str]]:
        """Each table unit with UPT(D) words by its :func:`_upt_key` -> the units (built once, on first use)."""
        if self._upt_units is None:
            self._upt_units = {}
            for unit in self.names_in_unit:
                if _UPT_WORDS in unit:
                    self._upt_units.setdefault(_upt_key(unit), []).append(unit)
        return self._upt_units

    def puskesmas_units(self) -> dict[str, list[str]]:
        """Each table unit naming a puskesmas by its :func:`_puskesmas_key` -> the units (built once, on first use)."""
        if self._puskesmas_units is None:
            self._puskesmas_units = {}
            for unit in self.names_in_unit:
                if "puskesmas" in unit:
                    self._puskesmas_units.setdefault(_puskesmas_key(_upt_key(unit)), []).append(unit)
        return self._puskesmas_units

    def kantor_units(self) -> dict[str, list[str]]:
        """Each table unit naming an office as its "Kantor" by its :func:`_without_kantor` key -> the units (built
        once, on first use): the table's "Kantor Kepala Desa X" is a roster's "Kantor Desa X" and "Desa X"."""
        if self._kantor_units is None:
            self._kantor_units = {}
            for unit in self.names_in_unit:
                if (key := _without_kantor(unit)) != unit:
                    self._kantor_units.setdefault(key, []).append(unit)
        return self._kantor_units

    def units_by_word_set(self) -> dict[str, list[str]]:
        """Each table unit's :func:`_word_set` -> the units (built once, on first use)."""
        if self._units_by_word_set is None:
            self._units_by_word_set = {}
            for unit in self.names_in_unit:
                self._units_by_word_set.setdefault(_word_set(unit), []).append(unit)
        return self._units_by_word_set

    def has_word_set(self, unit: str) -> bool:
        """Whether a table unit has the words of normalised ``unit`` in any order (the sets :meth:`build` made)."""
        return _word_set(unit) in self._word_sets

    def units_without_and(self) -> dict[str, list[str]]:
        """Each table unit key with its "dan" left out -> the units (built once, on first use)."""
        if self._without_and is None:
            self._without_and = {}
            for unit in self.names_in_unit:
                if " dan " in unit:
                    self._without_and.setdefault(" ".join(w for w in unit.split() if w != "dan"), []).append(unit)
        return self._without_and

    def unit_initials(self) -> dict[str, list[str]]:
        """The initials of each table unit of three words or more ("dinas lingkungan hidup dan perikanan" → "dlhp",
        "dan" left out), and of its first three words or more followed by the rest as written ("balai besar
        penjaminan mutu pendidikan provinsi jawa timur" → "bbpmp provinsi jawa timur") -> the units with them (built
        once, on first use)."""
        if self._initials is None:
            self._initials = {}
            for unit in self.names_in_unit:
                words = unit.split()
                for k in range(_INITIALS_LEAST, len(words) + 1):
                    if (key := _initialism(words, k)) is not None:
                        self._initials.setdefault(key, []).append(unit)
        return self._initials

    def _names_to_units(self) -> dict[str, list[str]]:
        """Each normalised position name -> the units (norm) that have it (built once, on first use)."""
        if self._units_of is None:
            self._units_of = {}
            for unit, names in self.names_in_unit.items():
                for n in names:
                    self._units_of.setdefault(n, []).append(unit)
        return self._units_of

    def units_of(self, name: str) -> list[str]:
        """The units (norm) that have a position of this normalised name."""
        return self._names_to_units().get(name, [])

    def names(self) -> list[str]:
        """Every distinct normalised position name of the table."""
        return list(self._names_to_units())

    def unit_prefixes(self) -> dict[str, list[str]]:
        """Each word prefix of the table's unit keys -> the units that start with it (built once, on first use)."""
        if self._prefixes is None:
            self._prefixes = {}
            for unit in self.names_in_unit:
                words = unit.split()
                for k in range(1, len(words)):
                    self._prefixes.setdefault(" ".join(words[:k]), []).append(unit)
        return self._prefixes

    def unit_words(self) -> frozenset[str]:
        """Every word of the table's unit keys (built once, on first use)."""
        if self._unit_words is None:
            self._unit_words = frozenset(w for unit in self.names_in_unit for w in unit.split())
        return self._unit_words

    def longest_unit(self) -> int:
        """The most words a unit key of the table has (counted once, on first use)."""
        if self._longest_unit is None:
            self._longest_unit = max((unit.count(" ") + 1 for unit in self.names_in_unit), default=0)
        return self._longest_unit

    def code_of(self, code: str, unit: str) -> str | None:
        """The post of ``code`` (as a roster or task row writes it) in normalised ``unit``: the code itself when
        it names one post, the post of that unit when the table writes the code in several units; else None."""
        if code in self.codes:
            return code
        return self.code_in_unit.get((code, unit)) if self.code_in_unit else None

    @classmethod
    def build(cls, positions: pd.DataFrame) -> PositionIndex:
        """Index the valid positions; on duplicates the first row (by ``_baris``) wins."""
        pos = positions.loc[valid_rows(positions)]
        if ROW in pos.columns:
            pos = pos.sort_values(ROW, kind="stable")
        kode = _text_series(pos["kode_jabatan"])
        pos = pos.loc[kode.ne("")]
        kode = kode.loc[pos.index]
        pos = pos.loc[~kode.duplicated()]
        kode = kode.loc[pos.index]
        nname = _normalise_many(pos["nama_jabatan"], normalize_position_name)
        nunit = _normalise_many(pos["unit_kerja"], normalize_unit_name)
        by_key: dict[tuple[str, str], str] = {}
        names_in_unit: dict[str, dict[str, str]] = {}
        unit_display: dict[str, str] = {}
        # plain lists: iterating pandas' str arrays costs a Python-level __getitem__ per element
        codes, units = kode.tolist(), _text_series(pos["unit_kerja"]).tolist()
        group: dict[str, list[str]] = {}  # first post of a (name, unit) -> every post of it, in table order
        for k, n, u, raw_unit in zip(codes, nname.tolist(), nunit.tolist(), units, strict=True):
            first = by_key.setdefault((n, u), k)
            group.setdefault(first, []).append(k)
            names_in_unit.setdefault(u, {}).setdefault(n, k)
            unit_display.setdefault(u, raw_unit)
        display = dict(zip(codes, zip(_text_series(pos["nama_jabatan"]).tolist(), units, strict=True), strict=True))
        index = cls(set(codes), by_key, names_in_unit, display, unit_display)
        index.siblings = {first: posts for first, posts in group.items() if len(posts) > 1}
        if "kebutuhan" in pos.columns:  # the siblings' seats, and the one old post a new name links to
            need = pd.to_numeric(pos["kebutuhan"], errors="coerce").fillna(0).astype("int64").tolist()
            index.need = dict(zip(codes, need, strict=True))
        if CODE_AS_WRITTEN in pos.columns:
            for k, w, u in zip(codes, pos[CODE_AS_WRITTEN].tolist(), nunit.tolist(), strict=True):
                if isinstance(w, str):
                    index.code_in_unit.setdefault((w, u), k)
        word_sets = {u: _word_set(u) for u in names_in_unit}
        index._word_sets = set(word_sets.values())
        for k, n, u in zip(codes, nname.tolist(), nunit.tolist(), strict=True):
            key = (n, word_sets[u])
            index.by_word_set[key] = k if index.by_word_set.get(key, k) == k else None
        if UNIT_AS_WRITTEN in pos.columns:
            index.told_by_opd = True
            written = _normalise_many(pos[UNIT_AS_WRITTEN], normalize_unit_name).tolist()
            for k, n, w in zip(codes, nname.tolist(), written, strict=True):
                index.by_opd_free[(n, w)] = k if index.by_opd_free.get((n, w), k) == k else None
                if _UPT_WORDS in w:
                    upt = (n, _upt_key(w))
                    index.by_opd_free_upt[upt] = k if index.by_opd_free_upt.get(upt, k) == k else None
        return index

    def find(self, name: str, unit: str, *, opd_free: bool = False) -> tuple[str | None, str]:
        """(kode_jabatan, how) of a normalised name in a normalised unit, or (None, "tidak_tertaut"): equal keys;
        the same unit words in another order ("Sekretariat Dinas Sosial" = "Dinas Sosial | Sekretariat", one post
        only); with ``opd_free`` (a roster without OPDs against a table with them) the one post of that name in a
        unit of that name, "opd" (its OPD is inferred: :func:`_resolve_pairs` links it "fuzzy" and the analyst is
        asked to check the OPD once per unit, ``jabatan-opd-disimpulkan``)."""
        kode = self.by_key.get((name, unit)) or self.by_word_set.get((name, _word_set(unit)))
        if kode is not None:
            return kode, "nama"
        if opd_free:
            kode = self.by_opd_free.get((name, unit))
            if kode is None and self.by_opd_free_upt:  # "Puskesmas X" of the table's "UPT Puskesmas X"
                kode = self.by_opd_free_upt.get((name, _upt_key(unit)))
            if kode is not None:
                return kode, "opd"
        return None, "tidak_tertaut"


@functools.cache
def _CLAUSE() -> re.Pattern[str]:
    return re.compile(r" (?:pada|pd|di) ")


@functools.cache
def _PLACE() -> re.Pattern[str]:
    return re.compile(r" (?:kabupaten|kab|kota|provinsi|prov) .*$")


_OLD_KEAHLIAN = ("pertama", "muda", "madya", "utama")
#: a JF keterampilan jenjang by its pre-2014 name (domain.md §4.1): Pelaksana Pemula, Pelaksana, Pelaksana Lanjutan
#: are Pemula, Terampil, Mahir by the same golongan (Penyelia kept its name)
_OLD_KETERAMPILAN = {"pelaksana pemula": "pemula", "pelaksana lanjutan": "mahir", "pelaksana": "terampil"}


def _name_variants(name: str, unit: str, raw: str = "") -> list[str]:
    """Readings of a normalised position name that carries more than the post's name, shortest cut first: a
    leading "fungsional", a clause "pada/pd/di …" ("Kasi Logistik pd BPBD"), a place ("… Kabupaten Pamekasan"),
    trailing words that are the unit's own ("Camat Ngablak" in Kecamatan Ngablak, "Sekretaris Dinas Sosial" in
    Dinas Sosial), a keahlian jenjang in the old form ("Pranata Komputer Pertama" = ahli pertama), and from the
    name as written (``raw``) the name in a kind's wrapper and the name before a glued unit (:func:`_written_names`).
    Each is only a key to look up exactly among the posts of the same unit: nothing is guessed."""
    found: list[str] = []
    for written in [name, *_written_names(name, raw)]:
        base = _bare_name(written)
        words, unit_words = base.split(), set(unit.split())
        cuts = [base, *_before_part(words)]
        k = len(words)
        while k > 1 and (words[k - 1] in unit_words or unit_number_key(words[k - 1]) in unit_words):
            k -= 1
            cuts.append(" ".join(words[:k]))
        for cut in cuts:
            found.append(cut)
            last = cut.rsplit(" ", 1)
            if len(last) == 2 and last[1] in _OLD_KEAHLIAN and not last[0].endswith(" ahli"):
                found.append(f"{last[0]} ahli {last[1]}")
            found.extend(_old_keterampilan(cut))
        if school_head(base) and not base.startswith("kepala sekolah"):
            found.append("kepala sekolah")  # "Kepala SD Negeri Bobong" in SD Negeri Bobong is its Kepala Sekolah
    return [v for v in dict.fromkeys(found) if v and v != name]


def _bare_name(name: str) -> str:
    """A normalised name without a leading "(jabatan) fungsional", a clause "pada/pd/di …" and a place."""
    for lead in ("jabatan fungsional ", "fungsional "):
        if name.startswith(lead):
            name = name[len(lead) :]
            break
    clause = _CLAUSE().search(name)
    return _PLACE().sub("", name[: clause.start()] if clause else name)


#: what a roster writes for the kind of post instead of its name (normalised): "FUNGSIONAL(Pengadministrasi umum)"
_KIND_ONLY = frozenset(
    {"fungsional", "fungsional umum", "fungsional tertentu", "jabatan fungsional", "jabatan fungsional umum"}
    | {"jabatan pelaksana", "pelaksana", "jfu", "jft", "staf", "staff"}
)


#: a name and the unit glued after it by a comma or a dash with a space beside it or before a capital ("Pengadministrasi
#: Perkantoran - Subbag Umum", "… Perkantoran-Kepeg Ortala", "Pengadministrasi Persuratan, Sub Bagian Tata Usaha"),
#: never the hyphen inside a word ("Perundang-undangan")
#: (a glue with spaces starts where its spaces start, ``(?<!\s)``: tried from inside a run of spaces as well, a cell of
#: 100,000 tabs took over ten minutes; hostile2, h30)
@functools.cache
def _GLUE() -> re.Pattern[str]:
    return re.compile(r"(?<!\s)(?:\s+[-–]\s*|\s*[-–]\s+)|(?<=[a-z])[-–](?=[A-Z])|(?<!\s)\s*,\s*")


#: a jenjang or class written before a dash instead of after the name ("Ahli Pertama - Dokter", "Operator - Penata
#: Layanan Operasional", "Terampil - Perawat"): no name of its own
_CLASS_WORDS = frozenset(
    {"ahli", "pertama", "muda", "madya", "utama", "pemula", "terampil", "mahir", "penyelia", "pelaksana", "lanjutan"}
    | {"operator", "klerek", "teknisi", "fungsional", "umum", "tertentu", "jabatan"}
)
#: the first words of a part of an office, which start a unit glued after a post's name without "pada"
_PART_WORDS = frozenset({"subbagian", "bagian", "subbidang", "bidang", "seksi", "subseksi", "sekretariat"})
#: the heads of a structural post, which a part of an office follows in its own name ("Kepala Subbagian Umum")
_HEAD_WORDS = frozenset({"kepala", "sekretaris", "wakil", "koordinator", "ketua", "inspektur", "direktur"})


def _written_names(name: str, raw: str) -> list[str]:
    """Other normalised names in a position as written: the name in the parentheses of a kind written instead of
    a name ("FUNGSIONAL(Pengadministrasi umum)", "Fungsional Umum (Pengolah Data)"; normalising drops them), and
    the name of two words or more before a dash or a comma that glues a unit to it ("Pengadministrasi
    Perkantoran-Kepeg Ortala"), never a jenjang or class written first ("Operator - Penata Layanan Operasional")."""
    out: list[str] = []
    if name in _KIND_ONLY and "(" in raw:
        out.append(normalize_position_name(raw[raw.index("(") + 1 :].split(")", 1)[0]))
    head = _GLUE().split(raw.strip(), maxsplit=1)[0]
    if head != raw.strip() and len(words := normalize_position_name(head).split()) >= 2:
        out.append(" ".join(words) if not set(words) <= _CLASS_WORDS else "")
    out.extend(_one_jf_two_ways(raw))
    return [n for n in out if n and n != name]


def _one_jf_two_ways(raw: str) -> list[str]:
    """The first name of a JF written two ways around a slash, both naming the same JF ("PLK Penyelia/ ATLM", a
    puskesmas option list; spell9 D3, h29), or nothing: never two posts ("Juru Bayar/Kasir") nor a jenjang after it
    ("Perawat Pelaksana/Terampil", read as the old jenjang elsewhere)."""
    parts = raw.split("/")
    if len(parts) != 2:
        return []
    first, second = (normalize_position_name(p) for p in parts)
    jf = classify_position(first).jf if first and second else None
    return [first] if jf is not None and classify_position(second).jf == jf else []


def _before_part(words: list[str]) -> list[str]:
    """The name before the first word of a part of an office glued after it without "pada" ("Pengadministrasi
    Umum Sub Bagian Umum dan Kepegawaian" → "pengadministrasi umum"), or nothing: never a structural post's own
    part ("Kepala Subbagian Umum") and never a single word left."""
    for i, word in enumerate(words):
        if word in _PART_WORDS:
            return [" ".join(words[:i])] if i >= 2 and not _HEAD_WORDS.intersection(words[:i]) else []
    return []


def _old_keterampilan(name: str) -> list[str]:
    """The name with its keterampilan jenjang in today's form ("Pranata Komputer Pelaksana" → "… Terampil"), or
    nothing: a JF's old jenjang closes the name and follows at least one word that is not "kepala" (the BPBD's
    "Kepala Pelaksana" is a post of its own)."""
    for old, new in _OLD_KETERAMPILAN.items():
        head = name[: -len(old) - 1]
        if name.endswith(f" {old}") and head and head != "kepala" and not head.endswith(" pelaksana"):
            return [f"{head} {new}"]
    return []


def _placeless_path(raw: str, *, whole: bool = False) -> str | None:
    """The unit key (:func:`normalize_unit_name`) of a unit path as written ("OPD | unit") whose leading parts (with
    ``whole``, every part) are written with their place ("Dinas Perikanan Kabupaten Biak Numfor | Bidang Perikanan
    Budidaya", as SSCASN and SIASN write an OPD) with the place left out, or None. The unit key has lost the bar,
    and cutting it from "kabupaten" on cut the sub-unit too: such staff fell out of bezetting (walk4, h28)."""
    parts = [part.strip() for part in raw.split("|")]
    lead = parts if whole else parts[:-1]
    cut = [name_without_place(part) for part in lead]
    return normalize_unit_name(" | ".join([*cut, *parts[len(lead) :]])) if cut != lead else None


def _table_unit(unit: str, index: PositionIndex, raw: str = "") -> str | None:
    """The one unit of the position table a roster's unknown unit (``raw``: as written) stands for
    (:func:`_table_unit_read`), or None, also when the two name another region (:func:`_same_regions`; a table unit
    naming none is of the table's own region, :meth:`PositionIndex.own_regions`)."""
    found = _table_unit_read(unit, index, raw)
    if found is None or _same_regions(raw or unit, index.unit_display.get(found, found), index.own_regions()):
        return found
    return None


def _table_unit_read(unit: str, index: PositionIndex, raw: str = "") -> str | None:
    """The one unit of the position table a roster's unknown unit (``raw``: as written) stands for, or None: the
    unit without its place ("… Kabupaten Pasaman Barat", "Dinas X Kabupaten Y | Bidang Z": :func:`_placeless_path`),
    else the one table unit it is the start of ("inspektorat" of "inspektorat daerah") or that it ends with (a
    sub-unit written whole: "bagian kesra sekretariat daerah" in "sekretariat daerah"). Two candidates are no
    answer: the analyst decides."""
    if (office := _kantor_unit(unit, index)) is not None:
        return office
    if (office := _without_government(unit)) != unit and office in index.names_in_unit:
        return office  # "Pemerintah Kota X | Dinas Y Kota X | Bidang Z" of the table's "Dinas Y Kota X | Bidang Z"
    # the last part's place cut too: "Pemerintah Provinsi Bali | Dinas Sosial | UPT X Provinsi Bali" kept its
    # "provinsi bali" once the leading parts' places were cut, and linked to nothing (units29, h38)
    bare = _without_government(_without_kantor(_unit_without_place(_placeless_path(raw) or unit)))
    if bare != unit and bare in index.names_in_unit:
        return bare
    if len(same := [u for u in index.kantor_units().get(bare, ()) if u != unit]) == 1:
        return same[0]  # "Kantor Desa X" of the table's "Kantor Kepala Desa X", "Desa X" of its "Kantor Desa X"
    if bare != unit and len(same := index.units_by_word_set().get(_word_set(bare), [])) == 1:
        return same[0]  # "Bagian Organisasi Sekretariat Daerah Kab. X" of "Sekretariat Daerah | Bagian Organisasi"
    words = bare.split()
    if len(part := _part_before_its_office(words, index)) == 1:  # "Bag. Umum Setda": the table's "Bagian Umum"
        index.read_as_part[unit] = (part[0], bare[len(part[0]) + 1 :])
        return part[0]
    # table units that start with it, as the same office: one lookup, no scan
    found = {
        u
        for u in index.unit_prefixes().get(bare, ())
        if _goes_on_as_itself(words, _office_rest(u, words, index))
        and not part_below(words, u, index.unit_display.get(u, ""))
    }
    found |= index.merged_offices(raw or unit)  # "Dinas Perikanan" of "Dinas Kelautan dan Perikanan" (link5, h36)
    # only the endings no longer than the table's longest unit: every ending of a 50,000-word cell, each joined
    # anew, took 8 s (hostile2, h30)
    found.update(
        " ".join(words[k:])
        for k in range(max(1, len(words) - index.longest_unit()), len(words))
        if " ".join(words[k:]) in index.names_in_unit and _within(words[:k], words[k:])
    )
    # the same unit as the table's UPT or UPTD ("Puskesmas Kayang" of "UPTD Puskesmas Kayang", "Dinas Kesehatan |
    # UPT Puskesmas X" of "… UPTD Puskesmas X"; SSCASN writes both), or the table's unit of a roster's UPT
    key = _upt_key(bare)
    found.update(index.upt_units().get(key, ()))
    if key != bare and key in index.names_in_unit and _UPT_WORDS not in key:
        found.add(key)
    if not found and "puskesmas" in key:  # "UPTD Puskesmas X" of "UPTD Puskesmas Kecamatan X" (real22, h34)
        found.update(index.puskesmas_units().get(_puskesmas_key(key), ()))
    if not found and " dan " not in f" {bare} ":  # "Satpol PP Damkar" of "… Pamong Praja dan Pemadam Kebakaran"
        found.update(index.units_without_and().get(bare, ()))
    if not found and len(spelt := _units_by_initials(unit.split(), index) or _units_by_initials(words, index)) == 1:
        # an OPD by its initials ("DLHP", "DKPP", "BPKPAD" of a real OPD seeder): the one table unit they spell;
        # an acronym is no strict initialism ("DPKP" is often Perumahan dan Kawasan Permukiman): said as a warning
        index.by_initials.add(spelt[0])
        found.update(spelt)
    if not found and (respelt := respelt_unit(bare)) is not None and respelt in index.names_in_unit:
        index.by_spelling.add(respelt)  # "Keluharan X", "Seretariat Dinas Y" of a real city table: a warning
        found.add(respelt)
    if not found and len(words) >= 3 and not is_unit_number(words[-1]) and words[-1] not in index.unit_words():
        # a unit cut at a column's width ("Bidang Pemerintahan, Sosial da" of a varchar(50) post in a real MySQL
        # dump): the table units that go on from its whole words with a word its cut last word begins (real11, h32);
        # never a closing number, nor a word the table writes whole: each is whole as written. "SD Negeri 1" (key
        # "… i") is no cut "SD Negeri 2" ("… ii") nor "SD Negeri 12", and "UPT Puskesmas Kota" of a table with
        # "Kecamatan Kota" no cut "UPT Puskesmas Kotabaru" (review9, h32)
        found.update(
            u
            for u in index.unit_prefixes().get(" ".join(words[:-1]), ())
            if u.split()[len(words) - 1].startswith(words[-1])
        )
    return found.pop() if len(found) == 1 else None


#: the words that say what kind of unit a unit is, long enough that a word one or two letters off is a misspelling
#: of one of them and no other word (h26 units U7: "Seretariat", "Keluharan" recur in a real city's SIMPEG); the
#: words that name a unit's work ("Pendataan" beside "Penataan") are never respelt
_STRUCTURE_WORDS = ("sekretariat", "kelurahan", "kecamatan", "subbagian", "subbidang", "inspektorat", "puskesmas")


#: the fewest words an initialism stands for ("DLH" of Dinas Lingkungan Hidup), and its most letters
_INITIALS_LEAST, _INITIALS_MOST = 3, 8
#: the words an initialism leaves out
_NOT_INITIALLED = frozenset({"dan", "dengan"})


def _initialism(words: list[str], k: int) -> str | None:
    """The unit key of ``words`` with its first ``k`` words written as their initials ("dan" left out) and the rest
    as they are, or None when one of those words does not open with a letter or the initials are too many, or when
    a rest is written out and the initials take a place kind (:data:`_PLACE_WORDS`) in: the place is written out
    with its name ("BBPMP Provinsi Jawa Timur"); "Dinas Kesehatan Provinsi Jawa Timur" read as the table's "DKP Jawa
    Timur", the Kelautan dan Perikanan (review17, h35)."""
    head = [w for w in words[:k] if w not in _NOT_INITIALLED]
    if len(head) < _INITIALS_LEAST or len(head) > _INITIALS_MOST or not all(w[0].isalpha() for w in head):
        return None
    if k < len(words) and not _PLACE_WORDS.isdisjoint(head):
        return None
    return " ".join(["".join(w[0] for w in head), *words[k:]])


def _units_by_initials(words: list[str], index: PositionIndex) -> list[str]:
    """The table units a roster unit key (``words``) stands for by initials: its first word the initials of the table
    unit's first words and its other words the table unit's last ("DLHP" of a real OPD seeder; "BBPMP Provinsi Jawa
    Timur" of "Balai Besar Penjaminan Mutu Pendidikan Provinsi Jawa Timur"), or the other way round: the table writes
    the initials where the roster writes the words (a Balai's staff list titled with its name, its peta jabatan
    naming it "BBPMP Provinsi Jawa Timur"; real23, h35). An initialism is a word the table does not write."""
    head = words[0] if words else ""
    found: list[str] = []
    if 3 <= len(head) <= _INITIALS_MOST and head.isalpha() and head not in index.unit_words():
        found += index.unit_initials().get(" ".join(words), ())
    spelt = (_initialism(words, k) for k in range(_INITIALS_LEAST, len(words)))
    return list(dict.fromkeys([*found, *(u for u in spelt if u is not None and u in index.names_in_unit)]))


def respelt_unit(unit: str) -> str | None:
    """The unit key with each word misspelling one :data:`_STRUCTURE_WORDS` word (two letters off at most)
    written as that word, or None when no word is."""
    words = unit.split()
    changed = False
    for i, word in enumerate(words):
        if len(word) < 7 or word in _STRUCTURE_WORDS or not word.isalpha():
            continue
        near = [w for w in _STRUCTURE_WORDS if Levenshtein.distance(word, w, score_cutoff=2) <= 2]
        if len(near) == 1:
            words[i], changed = near[0], True
    return " ".join(words) if changed else None


def offices_named(units: pd.Series) -> list[str]:
    """The distinct offices of their own (an OPD, a kecamatan, kelurahan or desa, a hospital, a puskesmas, a UPT)
    that a roster's units name at their head, as written ("Dinas Kesehatan" of "Dinas Kesehatan | Seksi X"); a
    team or a part ("Kelompok Fasilitasi", "Bagian Umum", a puskesmas pembantu) names none. A roster naming two or
    more is no roster of one unit, whatever unit the analyst gives the position table (real18, h33). One office
    written two ways is one (:func:`_one_per_office`): "UPT Puskesmas Cikalong" and "Puskesmas Cikalong" named two
    offices, and a puskesmas's roster with its pustu was kept out of its own table (review12, h33)."""
    heads = _text_series(units).drop_duplicates().str.split("|").str[0].str.strip().drop_duplicates()
    keys = _normalise_many(heads, normalize_unit_name)
    own = (keys.str.split(n=1).str[0].isin(_OFFICE_HEADS) | keys.str.startswith(_OFFICE_STARTS)) & ~keys.str.startswith(
        _PART_STARTS
    )
    mask = own.to_numpy(dtype=bool)
    return _one_per_office(heads[mask].tolist(), keys[mask].tolist())


#: how a unit key that starts as an office but is a part of one begins: a puskesmas pembantu (pustu) is the
#: puskesmas's network, not an office of its own
_PART_STARTS = ("puskesmas pembantu",)


#: the words an office's name may add or leave out: "Kantor", "UPT(D)" before it; kabupaten, kota, kecamatan after
#: its kind ("RSUD Kab. Sukamaju", "Puskesmas Kec. Cikalong")
@functools.cache
def _OFFICE_PREFIX() -> re.Pattern[str]:
    return re.compile(r"^(?:kantor |unit pelaksana teknis (?:daerah )?)(?=\S)")


@functools.cache
def _OFFICE_FILLER() -> re.Pattern[str]:
    return re.compile(r"(?<=\S) (?:kabupaten|kota|kecamatan|kab|kec)(?= |$)")


def _one_per_office(heads: list[str], keys: list[str]) -> list[str]:
    """``heads`` (their keys ``keys``) one per office, the first written kept: a key whose words, without the words
    an office's name may add (:data:`_OFFICE_PREFIX`, :data:`_OFFICE_FILLER`), hold all of a shorter one's is the
    same office ("UPT Puskesmas Cikalong" of "Puskesmas Cikalong", "Kelurahan X Seksi Y" of "Kelurahan X"). Over
    the distinct office names only, few even in a region's roster."""
    words = [frozenset(_OFFICE_FILLER().sub("", _OFFICE_PREFIX().sub("", _without_kantor(k))).split()) for k in keys]
    kept: list[int] = []
    for i in sorted(range(len(keys)), key=lambda i: (len(words[i]), i)):
        if not any(words[k] <= words[i] for k in kept):
            kept.append(i)
    return [heads[i] for i in sorted(kept)]


def _kantor_unit(unit: str, index: PositionIndex) -> str | None:
    """The one table unit a roster unit key naming an office as its "Kantor" (:func:`_without_kantor`) is with the
    office written alone and all its other words kept, its place too: "Pemerintah Kabupaten X | Kantor Camat Y" of
    the table's "Pemerintah Kabupaten X | Kecamatan Y", in its order or another; else None (real23, h35)."""
    office = _without_kantor(unit)
    if office == unit:
        return None
    if office in index.names_in_unit:
        return office
    same = index.units_by_word_set().get(_word_set(office), [])
    return same[0] if len(same) == 1 else None


def _part_before_its_office(words: list[str], index: PositionIndex) -> list[str]:
    """The table units a roster unit key (``words``) starts with that are a part of an office ("bagian umum",
    "sekretariat") followed by that office's name ("sekretariat daerah", "dinas kesehatan", "kecamatan x"): a SIMPEG
    roster writes "Bag. Umum Setda", "Subbag Umum Dinkes", "Bagian Keuangan Sekretariat Daerah" where a position
    table of one OPD writes "Bagian Umum" (link1, h34). The part of an office is more of the unit than the office:
    it is tried before the "ends with" rule of :func:`_table_unit` ("bagian kesra sekretariat daerah" in
    "sekretariat daerah" where the table lacks the part). A part followed by anything else ("bidang pemerintahan
    desa", "seksi kesehatan ibu") is another unit. A kelurahan or desa written with its kecamatan ("Kelurahan
    Sukasari Kecamatan Sukamaju") is the table's kelurahan alike."""
    village = bool(words) and words[0] in ("kelurahan", "desa")
    if not words or (words[0] not in _PART_HEADS and not village):
        return []
    out = []
    for k in range(1, min(len(words) - 2, index.longest_unit()) + 1):  # an office of two words at least
        office = words[k] == "kecamatan" if village else words[k] in _OFFICE_HEADS
        office = office or (not village and " ".join(words[k:]).startswith(_OFFICE_STARTS))
        if office and (part := " ".join(words[:k])) in index.names_in_unit:
            out.append(part)
    return out


def _office_rest(unit: str, words: list[str], index: PositionIndex) -> list[str]:
    """:func:`~asn_mutasi.domain.unit.office_rest` of table unit key ``unit`` as the table writes it."""
    return office_rest(words, index.unit_display.get(unit, unit))


def _within(cut: list[str], tail: list[str]) -> bool:
    """Whether a roster unit of ``cut`` + ``tail`` words is a part of the table's unit ``tail`` (the "ends with"
    rule of :func:`_table_unit`): any tail but an office; an office ("kecamatan …", "dinas …") only under a part of
    it ("seksi pemerintahan kecamatan x", "bagian kesra sekretariat daerah") or a kecamatan over its kelurahan.
    A dinas's "UPTD Kecamatan X" serves the kecamatan and is no part of the camat's office, nor is another OPD's
    unit (h26 units U1: its staff were counted as the kecamatan's bezetting)."""
    if tail[0] not in _OFFICE_HEADS:
        return True
    if "pelaksana teknis" in " ".join(cut):
        return False
    return cut[0] in _PART_HEADS or (cut[0] == "kecamatan" and tail[0] in ("kelurahan", "desa"))


def unit_place_cuts(unit: str) -> list[str]:
    """A unit key with one place (a place word and one or more words of its name) left out wherever it stands:
    "satuan polisi pamong praja kabupaten biak numfor sekretariat" → … "satuan polisi pamong praja sekretariat"
    (the key has lost the bar after the OPD's place, :func:`_placeless_path`). A unit named by its place keeps it."""
    words = unit.split()
    return [
        " ".join(words[:i] + words[j:])
        for i in range(1, len(words) - 1)
        if words[i] in _PLACE_WORDS and not named_by_place(words[:i])
        for j in range(i + 2, len(words) + 1)
    ]


def unit_affix_key(unit: str) -> str:
    """A unit key without what linking reads as no part of the unit: the place after it ("… kabupaten x") and its
    UPT/UPTD head (:func:`_upt_key`). `terapkan` compares a roster's unit with the plan's by it."""
    return _upt_key(_unit_without_place(unit))


#: the kecamatan a puskesmas's name may add or leave out before its place ("UPTD Puskesmas Kecamatan Sukamaju" is
#: a roster's "UPTD Puskesmas Sukamaju"): one puskesmas serves a kecamatan, and is named by it
@functools.cache
def _PUSKESMAS_KECAMATAN() -> re.Pattern[str]:
    return re.compile(r"(?<=puskesmas) (?:kecamatan|kec)(?= \S)")


def _puskesmas_key(unit: str) -> str:
    """A unit key without the "kecamatan" after "puskesmas" (:data:`_PUSKESMAS_KECAMATAN`)."""
    return _PUSKESMAS_KECAMATAN().sub("", unit)


def _word_set(unit: str) -> str:
    """A unit key without the order of its parts: "Sekretariat Dinas Sosial" and "Dinas Sosial | Sekretariat" are one
    unit. Its words as a set, and each part's and office's head (:data:`_PART_HEADS`, :data:`_OFFICE_HEADS`) with the
    first word of its name (:data:`_NAME_WORDS`; none when a head of :data:`_PATH_HEADS` follows): the set
    alone made "Kelurahan Sukamaju Kecamatan Sukasari" the table's "Kecamatan Sukamaju | Kelurahan Sukasari", another
    village of another kecamatan (review15, h34). Parts cut at those heads alone kept a part the path names with
    another head in the part before it: "Bidang Tanaman Pangan Dinas Pertanian Pemerintah Kabupaten Ende" was no longer
    the table's "Pemerintah Kabupaten Ende | Dinas Pertanian | Bidang Tanaman Pangan", nor "UPTD Puskesmas Sukamaju
    Dinas Kesehatan" its "Dinas Kesehatan | UPTD Puskesmas Sukamaju"; of 3,000 SSCASN 2024 units written in reverse,
    2,913 linked by their word sets, 64 by those parts, 2,917 by this key (review16, h34)."""
    words = unit.split()
    named = set()
    for i, word in enumerate(words):
        if word in _PART_HEADS or word in _OFFICE_HEADS:
            name = list(takewhile(lambda w: w not in _PATH_HEADS, words[i + 1 : i + 1 + _NAME_WORDS]))
            named.add(" ".join([word, *name]))
    return " ".join(sorted(set(words))) + " | " + " | ".join(sorted(named))


#: how many words of a part's name after its head tell two parts of one set of words apart ("Bidang Perumahan" and
#: "Bidang Pertanahan" of a Dinas Perumahan … serta Pertanahan). Two took the next part's first word when that part
#: opens with no head word ("Dinas Perikanan Kabupaten Banyuasin", "Subbagian Umum BKHIT Banten"): 2,810 of the 3,000
#: reversed SSCASN units linked, 2,917 with one
_NAME_WORDS = 1


#: how alike (rapidfuzz WRatio) a post's name or unit must be to the roster's to be offered as "maksud Anda …?": with
#: no floor "Perencana" was offered "Kepala Dinas Pertanian" (60) and a unit written as its code "U01" three
#: camat posts (0) (hostile13, h34)
SUGGEST_MIN = 70.0


def _alike(hits: Sequence[tuple[str, float, Any]], wanted: str) -> list[tuple[str, float, Any]]:
    """The ``hits`` (rapidfuzz ``extract`` results, best first) at least :data:`SUGGEST_MIN` alike to ``wanted``."""
    return [h for h in hits if fuzz.WRatio(wanted, h[0], processor=None) >= SUGGEST_MIN]


def closest_positions(index: PositionIndex, name: str, unit: str) -> list[str]:
    """Return up to three labels of the positions closest to (name, unit), each alike enough (:data:`SUGGEST_MIN`)."""
    if unit in index.names_in_unit:
        choices = index.names_in_unit[unit]
        hits = _alike(process.extract(name, list(choices), scorer=fuzz.token_sort_ratio, limit=10), name)
        return [index.display[choices[h[0]]][0] for h in hits[:3]]
    # unknown unit: the units that have this very position first (a roster's unit the table calls otherwise), then
    # the closest units' closest names, each labelled with its unit
    same = index.units_of(name)
    if same:
        ranked = sorted(same, key=lambda u: (-fuzz.token_sort_ratio(unit, u), u))[:3]
        return [
            f"{index.display[index.names_in_unit[u][name]][0]} di {index.display[index.names_in_unit[u][name]][1]}"
            for u in ranked
        ]
    if not unit.strip():  # no unit written: nothing to rank units by, so the closest names in any unit
        found = _alike(process.extract(name, index.names(), scorer=fuzz.token_sort_ratio, limit=10), name)[:3]
        labels = [index.names_in_unit[u][n] for n, _s, _ in found for u in sorted(index.units_of(n))]
        return [f"{index.display[k][0]} di {index.display[k][1]}" for k in labels[:3]]
    units = _alike(process.extract(unit, list(index.names_in_unit), scorer=fuzz.token_sort_ratio, limit=10), unit)
    scored: list[tuple[float, str]] = []
    for u, _uscore, _ in units[:3]:
        choices = index.names_in_unit[u]
        for n, s, _ in _alike(process.extract(name, list(choices), scorer=fuzz.token_sort_ratio, limit=10), name)[:3]:
            nama, unit_kerja = index.display[choices[n]]
            scored.append((s + _uscore, f"{nama} di {unit_kerja}"))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [label for _, label in scored[:3]]


#: words that tell two posts of one name apart: a JF's jenjang, a Roman numeral (Seksi I / Seksi II)
_RANK_WORDS = frozenset(
    {"pertama", "muda", "madya", "utama", "pemula", "terampil", "mahir", "penyelia", "pelaksana", "lanjutan"}
    | {"i", "ii", "iii", "iv", "v", "vi", "1", "2", "3", "4", "5", "6"}
)
#: a word of the roster and its partner in the post's name are one word misspelt when this alike (or a prefix)
_SAME_WORD = 80.0


def _fuzzy(index: PositionIndex, name: str, unit: str) -> tuple[str, float] | None:
    """Return (kode_jabatan, score) when exactly one name in the unit scores high enough, and it differs from
    ``name`` by misspelt or shortened words only.

    A fuzzy link counts in bezetting, so it must not cross to a neighbouring post: "Perawat Ahli Madya" is not
    "Perawat Ahli Muda" (another kelas and BUP) although they score 91, nor "Petugas Layanan Operasional" the
    "Penata Layanan Operasional". A word that differs is allowed only when it is a spelling of its partner, never
    a jenjang or a numeral, and a name whose words lie in two posts' names ("Kepala Seksi Pelayanan Kesehatan"
    beside "... Primer" and "... Rujukan") is left to the analyst.
    """
    choices = index.names_in_unit.get(unit)
    if not choices or not name:
        return None
    hit = _one_close_name(name, list(choices))
    return (choices[hit[0]], hit[1]) if hit is not None else None


def _one_close_name(name: str, choices: list[str] | tuple[str, ...]) -> tuple[str, float] | None:
    """(choice, score) when exactly one of ``choices`` scores high enough and differs from ``name`` by misspelt or
    shortened words only (the rules of :func:`_fuzzy`), else None."""
    if not choices or not name:
        return None
    hits = process.extract(name, choices, scorer=fuzz.token_sort_ratio, limit=2, score_cutoff=FUZZY_THRESHOLD)
    if len(hits) != 1:  # none, or two names both plausible: ambiguous, leave it to the analyst
        return None
    words = set(name.split())
    if sum(words < set(c.split()) for c in choices) > 1:
        return None
    theirs = set(hits[0][0].split())
    for word in words - theirs:
        partner = max(theirs - words, key=lambda w: fuzz.ratio(word, w), default=None)
        if partner is None:
            continue  # a word more (a place, a clause): the score decided
        if word in _RANK_WORDS or (partner in _RANK_WORDS and fuzz.ratio(word, partner) < _SAME_WORD):
            return None  # another jenjang; "pertma" for "pertama" is a misspelling of the same one
        if fuzz.ratio(word, partner) < _SAME_WORD and not (len(word) >= 3 and partner.startswith(word)):
            return None
    return hits[0][0], float(hits[0][1])


_COPY_ON_WRITE = int(pd.__version__.split(".")[0]) >= 3


def link_employees(
    roster: pd.DataFrame,
    positions: pd.DataFrame,
    *,
    source: str | None = None,
    sheet: str | None = None,
    letters: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    index: PositionIndex | None = None,
) -> LinkResult:
    """Link every roster row to a position; see the module docstring for the order.

    ``source``/``sheet``/``letters``/``headers`` only decorate the findings' locations
    (file name, sheet, column letter and header text of the ``jabatan`` column).
    ``index`` is ``PositionIndex.build(positions)`` when the caller built it already.
    """
    if index is None:
        index = PositionIndex.build(positions)
    # with copy-on-write (pandas ≥ 3) a shallow copy keeps ``roster`` untouched whatever is later written into
    # the linked frame, and saves a full copy of the roster (~200 MB at 300k rows); older pandas copies
    frame = roster.copy(deep=not _COPY_ON_WRITE)
    at_unit = _split_post_at_unit(frame, index, _jabatan_at(source, sheet, None, letters or {}, headers or {}, ""))
    n = len(frame)
    link = np.full(n, None, dtype=object)
    how = np.full(n, "tidak_tertaut", dtype=object)

    if "kode_jabatan" in frame.columns:
        code, by_code = _known_codes(frame["kode_jabatan"].to_numpy(dtype=object), index.codes)
        link[by_code] = code[by_code]
        how[by_code] = "kode"
        if index.code_in_unit:  # a code the table writes in several units: the post of the row's own unit
            bases = {w for w, _ in index.code_in_unit}
            near = np.flatnonzero(~by_code & np.fromiter((c in bases for c in code.tolist()), dtype=bool, count=n))
            units = _normalise_many(frame["unit_kerja"].iloc[near], normalize_unit_name).tolist()
            for r, u in zip(near.tolist(), units, strict=True):
                post = index.code_in_unit.get((code[r], u))
                if post is not None:
                    link[r], how[r], by_code[r] = post, "kode", True
    else:
        by_code = np.zeros(n, dtype=bool)

    rest_at = np.flatnonzero(~by_code)
    rest = _rows_at(frame, rest_at)
    by_code_at = np.flatnonzero(by_code)
    # the rows linked by code: the columns their two checks read only (all ~30 were taken twice; speed22, h37)
    linked = _rows_at(frame[[c for c in _BY_CODE_READS if c in frame.columns]], by_code_at)
    findings: list[Finding] = at_unit + _acting_by_code(
        linked, link[by_code_at], index, source, sheet, letters, headers
    )
    findings += _codes_against_text(linked, link[by_code_at], index, (source, sheet), letters or {}, headers or {})
    if len(rest):
        raw_name = _text_series(rest["jabatan"])
        raw_unit = _text_series(rest["unit_kerja"])
        pairs = _distinct_pairs(rest, raw_name, raw_unit, index)
        opd_free = index.told_by_opd and UNIT_AS_WRITTEN not in rest.columns
        found = _resolve_pairs(pairs, index, opd_free=opd_free)
        if found.renamed.choices:
            _link_within_need(found, raw_name, raw_unit, link[by_code_at], index)
        resolved, units_read, renamed = found.resolved, found.units_read, found.renamed
        keys = list(zip(raw_name.tolist(), raw_unit.tolist(), strict=True))
        got = [resolved[k] for k in keys]
        link[rest_at] = np.fromiter((g[0] for g in got), dtype=object, count=len(got))
        how[rest_at] = np.fromiter((g[1] for g in got), dtype=object, count=len(got))
        if renamed.over:  # old-name posts linked up to their kebutuhan: the holders past it stay unlinked
            _unlink_past_need(renamed, keys, got, rest, link, how, rest_at)
        if found.bare_jf and "golongan_rank" in rest.columns:  # "Guru Mapel" III/c: the unit's Guru Ahli Muda
            at = _jabatan_at(source, sheet, None, letters or {}, headers or {}, "")
            findings += _link_by_golongan(rest, keys, got, found.bare_jf, index, (link, how, rest_at), opd_free, at)
        if index.siblings:
            _spread_over_siblings(link, rest_at, index)
        deco = (source, sheet, letters or {}, headers or {})
        findings += _link_findings(rest, keys, got, pairs, index, *deco, renamed=renamed, inferred=found.opd_inferred)
        where = Location(file=source, sheet=sheet, column=(letters or {}).get("unit_kerja"), field="unit_kerja")
        findings += _units_read_findings(units_read, index, where)
        findings += _in_opd_findings(found.in_opd, raw_name, raw_unit, index, where)
        findings += _opd_inferred_findings(found.opd_inferred, raw_name, raw_unit, index, where)

    frame[LINK_COLUMN] = pd.Series(link, index=frame.index, dtype=object)
    frame[HOW_COLUMN] = pd.Series(how, index=frame.index, dtype=object)
    return LinkResult(frame=frame, findings=findings + _regionless_table_findings(frame, link, index, source, sheet))


def _regionless_table_findings(
    frame: pd.DataFrame, link: np.ndarray, index: PositionIndex, source: str | None, sheet: str | None
) -> list[Finding]:
    """``peta-tanpa-wilayah`` where no unit of the table names a kabupaten, kota or province (the table is of no
    region it says) and the roster units linked to it name two governments or more (:func:`governments`): linking
    reads such a table as any government's and matched each unit by name alone, so a kabupaten's and a kota's
    staff (or a province's) were counted in one table without a word (units27, h37). The links stay: the analyst
    is told which governments, and that one table is one government's."""
    if "unit_kerja" not in frame.columns or not len(frame):
        return []
    units = _text_series(frame["unit_kerja"])[pd.notna(link)]
    named = governments(units[units != ""].unique().tolist(), 3)
    if len(named) < 2 or index.names_a_region():
        return []
    return [
        make_finding(
            "peta-tanpa-wilayah",
            Location(file=source, sheet=sheet, field="unit_kerja"),
            contoh=", ".join(region_shown(name) for name in named),
        )
    ]


#: the roster columns :func:`_acting_by_code` and :func:`_codes_against_text` read of the rows linked by code
_BY_CODE_READS = (ROW, "jabatan", "unit_kerja", "kode_jabatan")


def _rows_at(frame: pd.DataFrame, at: np.ndarray) -> pd.DataFrame:
    """The rows ``at`` (ascending positions) of ``frame``: the frame itself when they are all of its rows (a roster
    without codes, every row linked by name: no copy of every column), else a copy of those rows."""
    return frame if len(at) == len(frame) else frame.iloc[at]


def _split_post_at_unit(frame: pd.DataFrame, index: PositionIndex, where: Location) -> list[Finding]:
    """Read the unit out of a post written "<jabatan> pada <unit>" on a row without a unit (no unit column, or a
    blank cell): its ``jabatan`` and ``unit_kerja`` become the two parts (in ``frame``, in place), so the post links
    to the table; said once (``jabatan-pada-unit``) with the count and the first rows. Each distinct name is split
    once (:func:`_pada_split`)."""
    if "jabatan" not in frame.columns or not len(frame) or not index.names_in_unit:
        return []
    units = _text_series(frame["unit_kerja"]) if "unit_kerja" in frame.columns else pd.Series("", index=frame.index)
    blank = (units == "").to_numpy()
    if not blank.any():  # (every row has its unit: the names are not looked at)
        return []
    names = _text_series(frame["jabatan"])
    wanted = blank & (names.str.contains(PADA) | names.str.contains(",", regex=False)).to_numpy(dtype=bool)
    if not wanted.any():
        return []
    splits = {name: _pada_split(name, index) for name in pd.unique(names[wanted])}
    at = np.flatnonzero(wanted)
    at = at[np.fromiter((splits[v] is not None for v in names.iloc[at].tolist()), dtype=bool, count=len(at))]
    if not len(at):
        return []
    parts = [p for v in names.iloc[at].tolist() if (p := splits[v]) is not None]
    post, unit = names.to_numpy(dtype=object, copy=True), units.to_numpy(dtype=object, copy=True)
    post[at] = [p[0] for p in parts]
    unit[at] = [p[1] for p in parts]
    frame["jabatan"] = pd.Series(post, index=frame.index, dtype=object)
    frame["unit_kerja"] = pd.Series(unit, index=frame.index, dtype=object)
    if UNIT_AS_WRITTEN in frame.columns:  # (the split rows' unit as written is the part read, the others' kept)
        written = frame[UNIT_AS_WRITTEN].to_numpy(dtype=object, copy=True)
        written[at] = unit[at]
        frame[UNIT_AS_WRITTEN] = pd.Series(written, index=frame.index, dtype=object)
    rows = frame[ROW].iloc[at].tolist() if ROW in frame.columns else [None] * len(at)
    return [
        make_finding(
            "jabatan-pada-unit",
            replace(where, row=None if rows[0] is None else int(rows[0]), value=names.iloc[at[0]]),
            jumlah=format_number(len(at)),
            contoh=", ".join(str(r) for r in rows[:5] if r is not None) or "-",
            jabatan=parts[0][0],
            unit_kerja=parts[0][1],
        )
    ]


def _pada_split(name: str, index: PositionIndex) -> tuple[str, str] | None:
    """(post, unit) of a name written "<jabatan> pada <unit>", or None. Never a name that is itself a post of the
    table; else the " pada " (the last of equals) whose right part is a unit of the table with the left part among
    its posts, else a unit of the table beside any post name (or, less, beside none: "Fungsional Umum pada Dinas
    Kesehatan"), else a right part that reads as a unit (:func:`reads_as_unit`) beside a post of the table."""
    if index.units_of(normalize_position_name(name)):
        return None
    best: tuple[int, str, str] | None = None
    for cut in reversed(list(PADA.finditer(name))):
        left, right = name[: cut.start()].strip(" ,;:-"), name[cut.end() :].strip(" ,;:-.")
        if not left or not right:
            continue
        nu, nl = normalize_unit_name(right), normalize_position_name(left)
        table = nu if nu in index.names_in_unit else _table_unit(nu, index, right)
        if table is None or nl not in index.names_in_unit[table]:
            within = _unit_of_post_within(nl, nu, index)  # "Kepala Bidang X pada Dinas Y", "… pada Bagian X Setda"
            if within is not None:
                table, right = within, index.unit_display.get(within, right)
        if table is not None:
            score = 4 if nl in index.names_in_unit[table] else 3 if index.units_of(nl) else 2
        else:
            score = 1 if reads_as_unit(right) and index.units_of(nl) else 0
        if score and (best is None or score > best[0]):
            best = (score, left, right)
    return _comma_split(name, index) if best is None else best[1:]


#: the most commas a post written with its unit path is read with (:func:`_comma_split`)
_PATH_COMMAS = 8


def _comma_split(name: str, index: PositionIndex) -> tuple[str, str] | None:
    """(post, unit) of a name written "<jabatan>, <OPD>, <sub unit>, <unit>" (a Laravel DUK's post cell, gedelumbung/
    pempek; real16, h33): the shortest part before a comma that is a post of the table, with the last part after it
    that is a table unit holding that post; None otherwise (a post's own comma, "Kepala Subbagian Umum, Kepegawaian dan
    Keuangan", is a post of the table whole and never cut: :func:`_pada_split` returns first)."""
    if name.count(",") > _PATH_COMMAS:  # (a unit path has a few parts; a hostile cell of commas is no path)
        return None
    for cut in [k for k, ch in enumerate(name) if ch == ","]:
        left = name[:cut].strip(" ,;:-")
        nl = normalize_position_name(left)
        if not left or not index.units_of(nl):
            continue
        for part in reversed([p.strip(" ,;:-.") for p in name[cut + 1 :].split(",")]):
            nu = normalize_unit_name(part)
            table = nu if nu in index.names_in_unit else _table_unit(nu, index, part) if part else None
            if table is not None and nl in index.names_in_unit[table]:
                return left, part
    return None


def _unit_of_post_within(post: str, unit: str, index: PositionIndex) -> str | None:
    """The one table unit holding ``post`` (normalised) that the roster unit ``unit`` (normalised) places it in,
    where ``unit`` does not hold it: a head post that names its table unit, written at its OPD ("Kepala Bidang
    Pelayanan Kesehatan pada Dinas Kesehatan", the table's post of "Bidang Pelayanan Kesehatan"), or a table unit
    that begins the roster's longer one ("Bagian Organisasi" of "Bagian Organisasi Sekretariat Daerah"). None for a
    post of no table unit or of several such. Both were left unlinked by a flat table (real13, h32)."""
    held = index.units_of(post)
    if not held:
        return None
    fits = [u for u in held if _names_its_unit(post, index.unit_display.get(u, u), "") or unit.startswith(f"{u} ")]
    return fits[0] if len(fits) == 1 else None


def _distinct_pairs(rest: pd.DataFrame, raw_name: pd.Series, raw_unit: pd.Series, index: PositionIndex) -> pd.DataFrame:
    """The distinct (jabatan, unit) of the rows as written (``n``, ``u``), the unit to fall back to (``w``), their
    keys (``nn``, ``nu``, ``nw``) and the table unit key of the row's OPD (``opd``, :func:`_opd_units`)."""
    # a roster told apart by OPD against positions that are not: its units as written are theirs
    written = UNIT_AS_WRITTEN in rest.columns and not index.told_by_opd
    raw_written = _text_series(rest[UNIT_AS_WRITTEN]) if written else raw_unit
    raw_opd = _text_series(rest["perangkat_daerah"]) if "perangkat_daerah" in rest.columns else ""
    pairs = pd.DataFrame({"n": raw_name, "u": raw_unit, "w": raw_written, "o": raw_opd})
    pairs = pairs.drop_duplicates(["n", "u"])
    pairs["nn"] = _normalise_many(pairs["n"], normalize_position_name)
    pairs["nu"] = _normalise_many(pairs["u"], normalize_unit_name)
    pairs["nw"] = _normalise_many(pairs["w"], normalize_unit_name) if written else pairs["nu"]
    pairs["opd"] = _opd_units(pairs.pop("o").tolist(), pairs["u"].tolist(), index)
    return pairs


def _opd_units(opds: list[str], units: list[str], index: PositionIndex) -> list[str]:
    """The table unit key of each pair's OPD as its unit path writes it ("Dinas Kesehatan" of "Dinas Kesehatan |
    Puskesmas Pekauman", "Agency | Dinas X" of "Agency | Dinas X | Bidang Y"; the OPD of a unit naming it, "UPT
    Laboratorium Dinas Kesehatan"; an OPD the table lacks without its place, :func:`_placeless_path`), or "" (no
    OPD column or cell, another path)."""
    out = []
    for opd, unit in zip(opds, units, strict=True):
        at = unit.find(f"{opd} | ") if opd else -1
        if at >= 0:
            key = normalize_unit_name(written := unit[: at + len(opd)])
        else:  # a unit that names its OPD is written alone (validation.unit_in_opd)
            key = normalize_unit_name(written := opd) if opd and " | " not in unit else ""
        if key and key not in index.names_in_unit:
            placeless = _placeless_path(written, whole=True)
            key = placeless if placeless is not None and placeless in index.names_in_unit else key
        out.append(key)
    return out


def _in_opd_findings(
    in_opd: dict[tuple[str, str], str], names: pd.Series, units: pd.Series, index: PositionIndex, where: Location
) -> list[Finding]:
    """``unit-dihitung-di-opd`` once for each roster unit whose holders count in their OPD's posts, with how many
    rows (``names``/``units``: the rows' jabatan and unit as written)."""
    if not in_opd:
        return []
    return [
        make_finding(
            "unit-dihitung-di-opd",
            replace(where, value=unit),
            unit_kerja=unit,
            unit_peta=index.unit_display[opd],
            jumlah=n,
        )
        for (unit, opd), n in sorted(_holders_per_unit(in_opd, names, units).items())
    ]


def _holders_per_unit(
    pairs: Mapping[tuple[str, str], str], names: pd.Series, units: pd.Series
) -> dict[tuple[str, str], int]:
    """How many rows (``names``/``units``: the rows' jabatan and unit as written) hold the (name, unit) ``pairs``,
    summed per (unit as written, the pair's value)."""
    rows = pd.DataFrame({"n": names.to_numpy(dtype=object), "u": units.to_numpy(dtype=object)}).value_counts()
    held: dict[tuple[str, str], int] = {}
    for pair, value in pairs.items():
        held[(pair[1], value)] = held.get((pair[1], value), 0) + int(rows.get(pair, 0))
    return held


def _opd_inferred_findings(
    inferred: Mapping[tuple[str, str], str], names: pd.Series, units: pd.Series, index: PositionIndex, where: Location
) -> list[Finding]:
    """``jabatan-opd-disimpulkan`` once for each roster unit (written without its OPD) and the table unit, in the one
    OPD having it, whose posts its holders were linked to by their exact name, with how many: every holder was told
    ``jabatan-ditautkan-fuzzy`` "(kemiripan 100%)" though only the OPD was unsure (link1, h34)."""
    if not inferred:
        return []
    at_unit = {pair: index.display[post][1] for pair, post in inferred.items()}  # the post's table unit, as shown
    return [
        make_finding("jabatan-opd-disimpulkan", replace(where, value=unit), unit_kerja=unit, unit_peta=shown, jumlah=n)
        for (unit, shown), n in sorted(_holders_per_unit(at_unit, names, units).items())
    ]


def _units_read_findings(units_read: dict[str, str], index: PositionIndex, where: Location) -> list[Finding]:
    """``unit-dibaca-sebagai`` (or, read by initials, ``unit-dibaca-dari-inisial``) for each roster unit read as a
    table unit."""
    return [
        make_finding(
            "unit-dibaca-dari-inisial"
            if u in index.by_initials
            else "unit-dibaca-dari-ejaan"
            if u in index.by_spelling
            else "unit-dibaca-sebagai",
            replace(where, value=raw),
            unit_kerja=raw,
            unit_peta=index.unit_display[u],
        )
        for raw, u in sorted(units_read.items())
    ]


def _spread_over_siblings(link: np.ndarray, rest_at: np.ndarray, index: PositionIndex) -> None:
    """Holders linked by name to posts of one name in one unit that the table keeps apart (``jabatan-nama-sama``)
    fill them in table order, each up to its kebutuhan less the holders linked to it by code; the rest stay on the
    first. A roster naming the post without its code cannot say which seat it holds: all on the first made one
    post's surplus and the other's vacancy, and the plan moved people between the two (diff review, h25)."""
    held: dict[str, int] = {}
    by_name = np.zeros(len(link), dtype=bool)
    by_name[rest_at] = True
    for code in link[~by_name].tolist():
        if code is not None:
            held[code] = held.get(code, 0) + 1
    for first, posts in index.siblings.items():
        rows = np.flatnonzero(by_name & (link == first)).tolist()
        room = [max(index.need.get(c, 0) - held.get(c, 0), 0) for c in posts]
        k = 0
        for r in rows:
            while k < len(posts) and room[k] == 0:
                k += 1
            if k == len(posts):
                break  # more holders than seats: the rest on the first post, as one surplus
            link[r] = posts[k]
            room[k] -= 1


Resolved = tuple[str | None, str, float]  #: (kode_jabatan or None, method, score) of one (name, unit) pair


@dataclass
class _Resolution:
    """What :func:`_resolve_pairs` found: each pair's post, the roster units read as a table unit, the pairs linked by
    the post's old name, and the roster units counted in their OPD's posts (:func:`_opd_only`)."""

    resolved: dict[tuple[str, str], Resolved] = field(default_factory=dict)
    units_read: dict[str, str] = field(default_factory=dict)  #: unit as written -> its table unit key
    renamed: Renamings = field(default_factory=lambda: Renamings())
    in_opd: dict[tuple[str, str], str] = field(default_factory=dict)  #: pair -> its OPD's table unit key
    #: pairs of a roster without OPDs linked by name and unit to the one OPD having them: pair -> post
    opd_inferred: dict[tuple[str, str], str] = field(default_factory=dict)
    #: unlinked pairs whose name is a JF of one kategori written without jenjang ("Guru Mapel"): pair -> (JF, unit
    #: key, unit as written key), for :func:`_link_by_golongan`
    bare_jf: dict[tuple[str, str], tuple[str, str, str]] = field(default_factory=dict)


def _resolve_pairs(pairs: pd.DataFrame, index: PositionIndex, *, opd_free: bool) -> _Resolution:
    """Each distinct (name, unit) as written -> :data:`Resolved`, by the order of evidence of the module docstring;
    then a pair whose unit the table lacks, in the post of its OPD when the table keeps that OPD whole
    (:func:`_opd_only`)."""
    out = _Resolution()
    below: set[str] = set()  # OPDs (their table unit key) with a roster unit that is a table unit below them
    unknown: list[tuple[str, str, str, str]] = []  # unresolved pairs in a unit the table lacks: (n, u, nn, opd)
    readings = _unit_readings(pairs, index)
    for n_raw, u_raw, _, nn, nu, nw, opd in pairs.itertuples(index=False, name=None):
        known = not nu or nu in index.names_in_unit or nw in index.names_in_unit or index.has_word_set(nu)
        if not known and (table_unit := readings.get((nu, u_raw))) is not None:
            out.units_read.setdefault(u_raw, table_unit)  # "INSPEKTORAT" is the table's "Inspektorat Daerah"
            nu = nw = table_unit
            known = True
        if known and opd and nu != opd:
            below.add(opd)
        got = _resolve_pair(index, (n_raw, u_raw), nn, nu, nw, opd_free=opd_free, renamed=out.renamed)
        if got[1] == "opd":  # an exact name and unit, only its OPD inferred: a link to check, by unit not by holder
            out.opd_inferred[(n_raw, u_raw)] = str(got[0])
            got = (got[0], "fuzzy", got[2])
        out.resolved[(n_raw, u_raw)] = got
        if got[0] is None and (jf := _jf_of_bare_name(nn, n_raw)) is not None:
            out.bare_jf[(n_raw, u_raw)] = (jf, nu, nw)
        if got[0] is None and not known and opd:
            unknown.append((n_raw, u_raw, nn, opd))
    for n_raw, u_raw, nn, opd in unknown:
        if not _opd_only(index, opd, below) or (_heads_a_unit(n_raw) and not _names_its_unit(nn, u_raw, opd)):
            continue
        got = _resolve_pair(index, (n_raw, u_raw), nn, opd, opd, opd_free=False, renamed=out.renamed)
        if got[0] is not None:
            out.resolved[(n_raw, u_raw)] = got
            out.in_opd[(n_raw, u_raw)] = opd
    return out


def _unit_readings(pairs: pd.DataFrame, index: PositionIndex) -> dict[tuple[str, str], str | None]:
    """Each roster unit the table lacks (key, as written) -> the table unit :func:`_table_unit` reads it as. A table
    part read for units of two offices ("Sekretariat Dinas Kesehatan" and "Sekretariat Dinas Sosial" both the one
    "Sekretariat" of a table of one OPD) is the part of neither: the table's part belongs to one office, and a
    roster of several OPDs counted every OPD's secretariat in it (review15, h34). Those units stay unread."""
    out: dict[tuple[str, str], str | None] = {}
    for u_raw, nu, nw in pairs[["u", "nu", "nw"]].drop_duplicates().itertuples(index=False, name=None):
        if nu and nu not in index.names_in_unit and nw not in index.names_in_unit and not index.has_word_set(nu):
            out[(nu, u_raw)] = _table_unit(nu, index, u_raw)
    offices: dict[str, set[str]] = {}
    for part, office in index.read_as_part.values():
        offices.setdefault(part, set()).add(office)
    for key, table_unit in out.items():
        read = index.read_as_part.get(key[0])
        if read is not None and table_unit == read[0] and len(offices[read[0]]) > 1:
            out[key] = None
    return out


def _heads_a_unit(name: str) -> bool:
    """Whether a post as the roster writes it heads a unit (a managerial post, a bare "Kepala"): the head of a unit
    below an OPD is that unit's, never the OPD's post of that name (three UPT heads were counted on the OPD's one
    "Kepala UPT", a kelurahan's Kasi on the kecamatan's; review7, h27)."""
    return heads_a_unit(name, classify_jenis_jabatan(name))


_HEADS = {"sekretaris": "sekretariat", "camat": "kecamatan", "lurah": "kelurahan"}  #: head word -> the unit it heads


def _names_its_unit(nn: str, unit: str, opd: str) -> bool:
    """Whether head post ``nn`` (normalised) names the roster unit it sits in, a unit right below OPD ``opd`` (its
    table unit key): "Kepala Bidang Pelayanan Kesehatan" in "Dinas Kesehatan | Bidang Pelayanan Kesehatan",
    "Sekretaris Kecamatan" in "Kecamatan Lembang | Sekretariat Kecamatan". Such a post can only be the OPD's post of
    that name (Bandung Barat SI-ITING workbook, h28/real9); a generic "Kepala UPT" or a kelurahan's "Kepala Seksi
    Pemerintahan" names no unit it sits in, and a unit deeper down ("… | Kelurahan Mekar | Seksi Pemerintahan")
    is not the OPD's (review7, h27)."""
    parts = unit.split(" | ")
    if len(parts) > 1 and normalize_unit_name(" | ".join(parts[:-1])) != opd:
        return False
    own = normalize_unit_name(parts[-1])
    named = " ".join(_HEADS.get(w, w) for w in nn.split())
    return bool(own) and f" {own} " in f" {named} "


def _opd_only(index: PositionIndex, opd: str, below: set[str]) -> bool:
    """Whether the table keeps the OPD of table unit key ``opd`` whole: the OPD is a table unit, no table unit lies
    below it by name ("dinas kesehatan bidang …") and no roster unit of that OPD is a table unit. A position table
    per OPD (an admin app's "Peta Jabatan", SSCASN and e-Formasi lists) beside a SIASN roster per UNOR: the holders
    of "Dinas Kesehatan | Puskesmas Pekauman" hold the table's "Dokter Ahli Madya / Dinas Kesehatan" (h27/real7).
    A table that lists any unit of the OPD lists its units: a unit it lacks is no part of the OPD's own posts."""
    return opd in index.names_in_unit and opd not in below and not index.unit_prefixes().get(opd)


def _resolve_pair(
    index: PositionIndex,
    key: tuple[str, str],
    nn: str,
    nu: str,
    nw: str,
    *,
    opd_free: bool,
    renamed: Renamings,
) -> Resolved:
    """The post of normalised name ``nn`` in unit ``nu`` (``nw``: the unit as written, a second key) for the pair
    ``key`` (name, unit) as written; a post found, or left, by its other (old or new) name is recorded in
    ``renamed`` (:func:`_by_old_name`)."""
    kode, method = _find_in(index, nn, nu, nw, opd_free)
    variants: list[str] = []
    if kode is None:  # "Camat Ngablak" in Kecamatan Ngablak, "Kasi Logistik pd BPBD": the post's own name
        variants = _name_variants(nn, nu, key[0])
        kode, method = next((f for a in variants if (f := _find_in(index, a, nu, nw, opd_free))[0]), (None, ""))
        if kode is None:  # "KEPALA SEKSI" in its Seksi: the unit's one "Kepala Seksi …" (peers6, h32)
            kode, method = _head_of_unit(index, nn, nu, nw)
        if kode is None:  # "Perawat Terampil" on the unit's "Perawat": its JF's post written without jenjang
            bare = dict.fromkeys(b for a in [nn, *variants] for b in _jf_without_jenjang(a))
            kode, method = next((f for a in bare if (f := _find_in(index, a, nu, nw, opd_free))[0]), (None, ""))
        spelt = dict.fromkeys(s for a in [nn, *variants] for s in jf_spellings(a))
        if kode is None:  # (a JF by its other name too: "PLKB Terampil" is today's "Penyuluh KB Terampil"; review8)
            kode = renamed.add(key, _by_old_name(index, [nn, *variants, *spelt], nu, nw, opd_free))
            method = "fuzzy"  # the analyst checks it (jabatan-nama-lama, jabatan-nama-baru)
        if kode is None and key not in renamed.choices:  # "PKB Ahli Muda": the JF by its other name (real11 #2, h29)
            kode, method = next((f for a in spelt if (f := _find_in(index, a, nu, nw, opd_free))[0]), (None, ""))
    if kode is not None:
        return (kode, method, 100.0)
    hit = _fuzzy(index, nn, nu) or (_fuzzy(index, nn, nw) if nw != nu else None)
    if hit is None and key not in renamed.choices:  # "Pengadminitrasi Umum": a misspelt old name
        kode = renamed.add(key, _by_misspelt_name(index, [nn, *variants], nu, nw, opd_free))
        hit = (kode, 100.0) if kode is not None else None
    if hit is not None:
        return (hit[0], "fuzzy", hit[1])
    return (None, "tidak_tertaut", 0.0)


#: a unit's head written by the kind of unit alone ("kepala seksi", "kepala subbagian", "kepala bidang")
_KIND_HEADS = frozenset(f"kepala {w}" for w in _PART_WORDS)


def _head_of_unit(index: PositionIndex, nn: str, nu: str, nw: str) -> tuple[str | None, str]:
    """(post, "nama") of a head written by its kind alone, as SIMPEG exports a structural post beside the unit it
    heads ("KEPALA SEKSI" in Seksi Tata Kelola dan Usaha Kehutanan, "KEPALA SUB BAGIAN" in Sub Bagian Tata Usaha):
    the one post of the unit (``nu``, else the unit as written ``nw``) named that kind and more ("Kepala Seksi Tata
    Kelola …", "Kepala Sub Bagian TU"); (None, "") for another name or a unit with two such posts (a table listing
    an OPD's Kasi in the OPD's unit). These heads were unlinked and their seats read vacant (SMART-HUT's SIMPEG
    seeder; peers6, h32)."""
    if nn not in _KIND_HEADS:
        return None, ""
    for unit in dict.fromkeys((nu, nw)):
        posts = [k for n, k in index.names_in_unit.get(unit, {}).items() if n.startswith(f"{nn} ")]
        if len(posts) == 1:
            return posts[0], "nama"
    return None, ""


#: the words a JF's jenjang is written with after its name, today's and the pre-2014 ones (domain.md §4.1)
_JENJANG_WORDS = JENJANG_WORDS | {"pelaksana", "lanjutan"}  # the old keterampilan jenjang words too


def _jf_without_jenjang(name: str) -> list[str]:
    """The name of a JF holder's post written without its jenjang ("perawat terampil" → "perawat"), or nothing: the
    name must read a JF and a jenjang, and the name left the same JF and none. A per-puskesmas peta writes "Perawat"
    and "Bidan"; its Perawat Terampil and Ahli Pertama were linked to no post, bezetting 0 (review10 #4, h29). Only
    tried when the unit has no post of the name as written (``_resolve_pair``), never for another JF ("Perawat Gigi
    Terampil" is no "Perawat")."""
    words = name.split()
    k = len(words)
    while k > 1 and words[k - 1] in _JENJANG_WORDS:
        k -= 1
    if k == len(words) or not jenjang_fungsional(name):
        return []
    base = " ".join(words[:k])
    jf = classify_position(name).jf
    if jf is None or classify_position(base).jf != jf or jenjang_fungsional(base):
        return []
    return [base]


def _jf_of_bare_name(name: str, raw: str) -> str | None:
    """The JF (canonical name) of a normalised position name that reads a JF of one kategori and writes no jenjang
    ("guru mapel", "guru kelas": Dapodik's Jenis PTK), or None; never a unit's head ("Kepala Sekolah", a guru's
    additional task: :func:`_heads_a_unit`) nor a JF of both kategori (a III/a "Perawat" is Mahir or Ahli Pertama)."""
    jf = classify_position(name).jf if name else None
    if jf is None or jenjang_fungsional(name) or jf_kategori(jf) not in ("keahlian", "keterampilan"):
        return None
    return None if _heads_a_unit(raw) else jf


def _golongan_jenjang(kategori: str, rank: np.ndarray) -> np.ndarray:
    """The JF jenjang of ``kategori`` whose golongan range (:data:`~asn_mutasi.domain.jenis.JENJANG`: Ahli Pertama
    III/a–III/b, Ahli Muda III/c–III/d, Ahli Madya IV/a–IV/c, Ahli Utama IV/d–IV/e; PPPK IX… by the same ranks) holds
    each golongan rank (float, NaN unknown), "" where none does."""
    table = np.full(_RANKS + 1, "", dtype=object)
    for name, j in JENJANG.items():
        if j.kategori == kategori:
            table[j.gol_min : j.gol_max + 1] = name
    at = np.nan_to_num(np.asarray(rank, dtype=float), nan=0.0)
    at = np.where((at >= 1) & (at < len(table)) & (at == np.floor(at)), at, 0).astype(np.int64)
    return table[at]


#: the golongan ranks are 1..17 (I/a … IV/e; PPPK I … XVII line up)
_RANKS = 17


def _link_by_golongan(
    rest: pd.DataFrame,
    keys: list[tuple[str, str]],
    got: list[Resolved],
    bare_jf: dict[tuple[str, str], tuple[str, str, str]],
    index: PositionIndex,
    roster: tuple[np.ndarray, np.ndarray, np.ndarray],
    opd_free: bool,
    where: Location,
) -> list[Finding]:
    """Link (in place: ``got`` of ``rest``, ``link``/``how`` of the roster at ``rest_at``) each holder still unlinked
    whose post names a JF without its jenjang (``bare_jf``: "Guru Mapel", the only post of Dapodik's "Daftar Guru") to
    the post of that JF in the unit at the jenjang the holder's golongan gives (:func:`_golongan_jenjang`; a golongan
    without its ruang gives none); one ``jabatan-jenjang-dari-golongan`` per name as written counts them. A guru's
    jenjang follows the pangkat (PermenPANRB 16/2009): all the school's guru were left unlinked, their posts vacant."""
    link, how, rest_at = roster
    at = np.flatnonzero(np.fromiter((k in bare_jf and got[i][0] is None for i, k in enumerate(keys)), bool, len(keys)))
    if not len(at):
        return []
    rank = rest["golongan_rank"].to_numpy(dtype=float)[at]
    if GOLONGAN_BARE in rest.columns:
        rank = np.where(rest[GOLONGAN_BARE].fillna(False).to_numpy(dtype=bool)[at], np.nan, rank)
    jf_of = [bare_jf[keys[i]][0] for i in at.tolist()]
    jenjang = np.empty(len(at), dtype=object)
    for kategori in ("keahlian", "keterampilan"):
        mine = np.fromiter((jf_kategori(jf) == kategori for jf in jf_of), dtype=bool, count=len(at))
        jenjang[mine] = _golongan_jenjang(kategori, rank[mine])
    name_of = np.array([keys[i][0] for i in at.tolist()], dtype=object)
    unit_of = np.array([keys[i][1] for i in at.tolist()], dtype=object)
    rows = pd.DataFrame({"at": at, "n": name_of, "u": unit_of, "j": jenjang}).loc[jenjang != ""]
    distinct = rows.drop_duplicates(["n", "u", "j"]).copy()  # one look-up per (name, unit, jenjang)
    distinct["post"] = [
        _find_in(index, f"{bare_jf[(n, u)][0]} {j}", bare_jf[(n, u)][1], bare_jf[(n, u)][2], opd_free)[0]
        for n, u, j in distinct[["n", "u", "j"]].itertuples(index=False, name=None)
    ]
    rows = rows.merge(distinct[["n", "u", "j", "post"]], on=["n", "u", "j"]).dropna(subset=["post"])
    posts, at_rest = rows["post"].to_numpy(dtype=object), rows["at"].to_numpy(dtype=np.int64)
    link[rest_at[at_rest]], how[rest_at[at_rest]] = posts, "nama"
    for i, post in zip(at_rest.tolist(), posts.tolist(), strict=True):
        got[i] = (post, "nama", 100.0)
    linked: dict[str, Counter[str]] = {}
    for (name, j), count in rows.groupby(["n", "j"]).size().items():
        linked.setdefault(str(name), Counter())[str(j)] = int(count)
    return [
        make_finding(
            "jabatan-jenjang-dari-golongan",
            replace(where, value=name),
            jabatan=name,
            jumlah=sum(count.values()),
            rincian=", ".join(f"{j.title()} {count[j]}" for j in JENJANG if count[j]),
        )
        for name, count in sorted(linked.items())
    ]


def _find_in(index: PositionIndex, name: str, unit: str, written: str, opd_free: bool) -> tuple[str | None, str]:
    """:meth:`PositionIndex.find` of a name in the unit, then in the unit as written: the unit readings of a
    name as the roster writes it, for its other readings and its old or new name."""
    kode, method = index.find(name, unit, opd_free=opd_free)
    if kode is None and written != unit:
        kode, method = index.find(name, written)
    return kode, method


@dataclass
class Renamings:
    """The (name, unit) pairs linked by a post's other name: "lama" (the roster writes the old name of the post's
    name) or "baru" (the new name of the post's old name), and the pairs left unlinked because their name is the
    old or new name of several posts of the unit (the posts' codes)."""

    way: dict[tuple[str, str], str] = field(default_factory=dict)
    choices: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    choice_way: dict[tuple[str, str], str] = field(default_factory=dict)  #: "lama"/"baru" of each pair of choices
    #: the pairs linked to an old-name post whose holders outnumber its free seats: pair -> (post, seats, holders)
    over: dict[tuple[str, str], tuple[str, int, int]] = field(default_factory=dict)

    def add(self, key: tuple[str, str], found: tuple[str | None, str, list[str]]) -> str | None:
        """Record what :func:`_by_old_name` found for a pair; return the post (or None)."""
        kode, way, choices = found
        if kode is not None:
            self.way[key] = way
        elif choices:
            self.choices[key] = choices
            self.choice_way[key] = way
        return kode


def _by_old_name(
    index: PositionIndex, names: list[str], unit: str, written: str, opd_free: bool
) -> tuple[str | None, str, list[str]]:
    """(post, "lama"/"baru", []) when the unit has one post whose name is today's name of one of ``names`` (a
    roster exported before the rename or inpassing: "Pengadministrasi Umum", "Sanitarian Terampil", "Analis
    Kepegawaian Ahli Muda") or, for a peta jabatan still in the old names, one post of the old JF name of today's
    name written ("Analis Sumber Daya Manusia Aparatur Ahli Muda" on "Analis Kepegawaian Ahli Muda"); (None, "baru",
    [post]) for today's pelaksana name whose one old name is a post of the unit (a SIASN export's "Penelaah Teknis
    Kebijakan" on the peta's "Bendahara": named, linked by :func:`_link_within_need` only within the post's
    kebutuhan, since one 2024 name replaced many 2018 names and the table knows only some; review7, h27);
    (None, "", posts) when several posts are (the analyst picks one); else
    (None, "", []). The unit is read as :func:`_find_in` reads it; the jenjang is kept as written, so no other
    jenjang is ever taken."""
    for name in names:
        for way, others in (("lama", renamed_positions(name)), ("baru", old_position_names(name))):
            others = (*others, *(s for o in others for s in jf_spellings(o)))  # the peta's short form too
            posts = [k for o in others if (k := _find_in(index, o, unit, written, opd_free)[0]) is not None]
            posts = list(dict.fromkeys(posts))
            pelaksana = way == "baru" and bool(others) and others[0] in renamed_position_names()
            if posts and pelaksana:
                # today's pelaksana name on old-name posts is named; the one post links later, within its
                # kebutuhan (_link_within_need): a 2024 name replaced many 2018 names and the table knows a few
                # (four Penelaah Teknis Kebijakan counted on one Bendahara post; review7, h27). A renamed JF keeps
                # its jenjang and is one post: it links.
                return None, way if len(posts) == 1 else "", posts
            if len(posts) == 1:
                return posts[0], way, []
            if posts:
                return None, "", posts
    return None, "", []


def _by_misspelt_name(
    index: PositionIndex, names: list[str], unit: str, written: str, opd_free: bool
) -> tuple[str | None, str, list[str]]:
    """:func:`_by_old_name` of the one old or new name of ``nama_lama_pelaksana`` that a name misspells
    ("Pengadminitrasi Umum", "Pengadministasi Umum"), by the rules :func:`_fuzzy` links a misspelt post name with."""
    for name in names:
        hit = _one_close_name(name, renamed_position_names())
        if hit is not None:
            return _by_old_name(index, [hit[0]], unit, written, opd_free)
    return None, "", []


def _link_within_need(
    found: _Resolution, names: pd.Series, units: pd.Series, by_code: np.ndarray, index: PositionIndex
) -> None:
    """Link the pairs named beside the one old-name post of their unit (``jabatan-nama-baru-tidak-ditautkan``) to
    it while the post has a free seat (its kebutuhan less its holders) and no other pelaksana post of the unit starts
    with its first word (``names``/``units``: the rows' jabatan and unit as written; ``by_code``: the posts of the
    rows linked by code). A peta still in 41/2018 names beside a SIASN export in 2024 names is normal in the year
    282/2025 gives to adjust: its holders left unlinked made every such post a vacancy the plan filled (review8,
    h28). Holders past the free seats are recorded in ``renamed.over``; :func:`_unlink_past_need` leaves them
    unlinked (``jabatan-nama-baru-melebihi-kebutuhan``): the post is only the one old name the table knows (four
    Penelaah Teknis Kebijakan on one Bendahara; review7, h27). All of them were left unlinked, so one holder too
    many turned a full post into a vacancy the plan filled (review9 #4, h28). "Pengolah Data" beside "Pengolah Data
    Kepegawaian" cannot say which it is: nobody is linked."""
    renamed = found.renamed
    wanted: dict[str, list[tuple[str, str]]] = {}
    for key, posts in renamed.choices.items():
        if renamed.choice_way.get(key) == "baru" and len(posts) == 1:
            wanted.setdefault(posts[0], []).append(key)
    if not wanted:
        return
    rows = pd.DataFrame({"n": names.to_numpy(dtype=object), "u": units.to_numpy(dtype=object)}).value_counts()
    held = Counter(k for k in by_code.tolist() if k is not None)
    for key, (kode, _, _) in found.resolved.items():
        if kode is not None:
            held[kode] += int(rows.get(key, 0))
    for post, keys in wanted.items():
        seats = index.siblings.get(post, [post])
        room = int(sum(index.need.get(c, 0) - held[c] for c in seats))
        if room <= 0 or _same_head_posts(index, post):
            continue
        holders = sum(int(rows.get(k, 0)) for k in keys)
        for key in keys:
            found.resolved[key] = (post, "fuzzy", 100.0)
            renamed.way[key] = "baru"
            del renamed.choices[key], renamed.choice_way[key]
            if holders > room:
                renamed.over[key] = (post, room, holders)


def _unlink_past_need(
    renamed: Renamings,
    keys: list[tuple[str, str]],
    got: list[Resolved],
    rest: pd.DataFrame,
    link: np.ndarray,
    how: np.ndarray,
    rest_at: np.ndarray,
) -> None:
    """Unlink (in place: ``link``/``how`` of the roster, ``got`` of ``rest``) the holders of each post of
    ``renamed.over`` past its free seats; the first holders by NIP keep the seats (ties by stable ids)."""
    at = np.flatnonzero(np.fromiter((k in renamed.over for k in keys), dtype=bool, count=len(keys)))
    if not len(at):
        return
    post = [renamed.over[keys[i]][0] for i in at.tolist()]
    nip = rest["nip"].iloc[at].astype(str).to_numpy() if "nip" in rest.columns else at.astype(str)
    rows = pd.DataFrame({"at": at, "post": post, "nip": nip}).sort_values(["post", "nip", "at"], kind="stable")
    seats = rows["post"].map({p: s for p, s, _ in renamed.over.values()})
    beyond = rows.loc[(rows.groupby("post").cumcount() >= seats).to_numpy(), "at"].to_numpy()
    link[rest_at[beyond]] = None
    how[rest_at[beyond]] = "tidak_tertaut"
    for i in beyond.tolist():
        got[i] = (None, "tidak_tertaut", 0.0)


def _same_head_posts(index: PositionIndex, kode: str) -> list[str]:
    """The other pelaksana posts of a post's unit whose name starts with the word the post's name starts with
    (a JF post of that word, "Analis Kebijakan Ahli Muda" beside "Analis Tata Usaha", is no old name; oracle5,
    h27)."""
    name, unit = index.display[kode]
    head = normalize_position_name(name).split()[:1]
    names = index.names_in_unit.get(normalize_unit_name(unit), {})
    return [
        k
        for n, k in names.items()
        if k != kode and n.split()[:1] == head and classify_jenis_jabatan(index.display[k][0]) == "Pelaksana"
    ]


def _acting_by_code(
    linked: pd.DataFrame,
    posts: np.ndarray,
    index: PositionIndex,
    source: str | None,
    sheet: str | None,
    letters: Mapping[str, str] | None,
    headers: Mapping[str, str] | None,
) -> list[Finding]:
    """``jabatan-pelaksana-tugas`` for rows linked by their code whose position is written "Plt. …" and is the post
    the code names (a Plt. of another seat, linked by code to their own post, is counted there: no warning). The
    rows linked by name get it in :func:`_link_findings`."""
    if not len(linked) or "jabatan" not in linked.columns:
        return []
    texts = _text_series(linked["jabatan"])
    flagged = {t for t in pd.unique(texts.to_numpy(dtype=object)) if acting_word(t)}  # per distinct name
    if not flagged:
        return []
    acting = texts.isin(flagged).to_numpy(dtype=bool)
    rows: list[int | None] = [int(r) for r in linked[ROW].tolist()] if ROW in linked.columns else [None] * len(linked)
    out = []
    for i in np.flatnonzero(acting).tolist():
        text = texts.iloc[i]
        held = acting_word(text)
        if held is not None and normalize_position_name(text) == normalize_position_name(index.display[posts[i]][0]):
            out.append(_acting_finding(held, _jabatan_at(source, sheet, rows[i], letters or {}, headers or {}, text)))
    return out


def _codes_against_text(
    linked: pd.DataFrame,
    posts: np.ndarray,
    index: PositionIndex,
    where_file: tuple[str | None, str | None],
    letters: Mapping[str, str],
    headers: Mapping[str, str],
) -> list[Finding]:
    """``kode-jabatan-tidak-cocok`` for rows linked by their code whose jabatan AND unit both name another post than
    the code's (ten Setda staff given a Dinkes code were counted at Dinkes, silently): the code still decides, the
    analyst is told. A row writing the post's own name, or a unit that holds or lies within the post's, is not
    named (a roster's sub-unit, an OPD written without its bidang).
    Checked once per distinct (post, jabatan, unit) written."""
    if not len(linked) or "jabatan" not in linked.columns or "unit_kerja" not in linked.columns:
        return []
    names, units = _text_series(linked["jabatan"]), _text_series(linked["unit_kerja"])
    # the unit first, once per distinct (post's unit, unit written): almost always the same unit, and then done
    p_code, p_uniq = pd.factorize(np.asarray(posts, dtype=object))
    pu_uniq_code, pu_text = pd.factorize(np.array([index.display[p][1] for p in p_uniq], dtype=object))
    pu_code = pu_uniq_code[p_code]
    u_code, u_text = pd.factorize(units.to_numpy(dtype=object))
    pair = pu_code.astype(np.int64) * (len(u_text) + 1) + u_code
    distinct, first = np.unique(pair, return_index=True)
    apart = np.zeros(len(distinct), dtype=bool)
    for k, i in enumerate(first.tolist()):
        nu, pu = normalize_unit_name(u_text[u_code[i]]), normalize_unit_name(pu_text[pu_code[i]])
        apart[k] = bool(nu) and nu != pu and nu not in pu and pu not in nu
    suspect = np.flatnonzero(apart[np.searchsorted(distinct, pair)])
    wrong: set[tuple[object, str, str]] = set()
    for i in suspect.tolist():
        post, name, unit = posts[i], str(names.iat[i]), str(units.iat[i])
        if name and normalize_position_name(name) != normalize_position_name(index.display[post][0]):
            wrong.add((post, name, unit))
    if not wrong:
        return []
    rows: list[int | None] = [int(r) for r in linked[ROW].tolist()] if ROW in linked.columns else [None] * len(linked)
    codes = _text_series(linked["kode_jabatan"]).tolist() if "kode_jabatan" in linked.columns else [""] * len(linked)
    source, sheet = where_file
    column, header = letters.get("kode_jabatan"), headers.get("kode_jabatan")
    where = Location(file=source, sheet=sheet, column=column, header=header, field="kode_jabatan")
    out = []
    for i, key in enumerate(zip(posts.tolist(), names.tolist(), units.tolist(), strict=True)):
        if key in wrong:
            post_name, post_at = index.display[str(key[0])]
            out.append(
                make_finding(
                    "kode-jabatan-tidak-cocok",
                    replace(where, row=rows[i], value=codes[i]),
                    jabatan=key[1],
                    unit_kerja=key[2],
                    jabatan_peta=post_name,
                    unit_peta=post_at,
                )
            )
    return out


def _jabatan_at(
    source: str | None,
    sheet: str | None,
    row: int | None,
    letters: Mapping[str, str],
    headers: Mapping[str, str],
    text: str,
) -> Location:
    """Where a roster row's jabatan cell is, for its linking findings."""
    return Location(
        file=source,
        sheet=sheet,
        row=row,
        column=letters.get("jabatan"),
        header=headers.get("jabatan"),
        field="jabatan",
        value=text,
    )


def _acting_finding(acting: str, loc: Location) -> Finding:
    """``jabatan-pelaksana-tugas`` of a jabatan written "Plt./Plh./Pj. …" (``acting``: its holding words' short form,
    :func:`~asn_mutasi.domain.jabatan.acting_word`)."""
    return make_finding("jabatan-pelaksana-tugas", loc, jabatan=loc.value, sebutan=acting)


def _known_codes(values: np.ndarray, codes: set[str]) -> tuple[np.ndarray, np.ndarray]:
    """(:func:`_text` of every cell, whether it is a code of the position table), once per distinct cell."""
    grouped = distinct_groups(values)
    if grouped is None:  # an unhashable cell: one by one
        texts = np.fromiter((_text(v) for v in values.tolist()), dtype=object, count=len(values))
        return texts, np.fromiter((t in codes for t in texts.tolist()), dtype=bool, count=len(values))
    rows, first, _ = grouped
    per = [v.strip() if v.__class__ is str else _text(v) for v in values[first].tolist()]
    known = np.fromiter((t in codes for t in per), dtype=bool, count=len(per))  # "" is never a code
    texts = np.empty(len(per), dtype=object)
    texts[:] = per
    return texts[rows], known[rows]


def _link_findings(
    rest: pd.DataFrame,
    keys: list[tuple[str, str]],
    got: list[tuple[str | None, str, float]],
    pairs: pd.DataFrame,
    index: PositionIndex,
    source: str | None,
    sheet: str | None,
    letters: Mapping[str, str],
    headers: Mapping[str, str],
    *,
    renamed: Renamings | None = None,
    inferred: Mapping[tuple[str, str], str] | None = None,
) -> list[Finding]:
    """Build one finding per fuzzy-linked or unlinked row (suggestions computed per pair); a pair of ``renamed``
    linked by the post's old or new name gets ``jabatan-nama-lama`` / ``jabatan-nama-baru`` instead of
    ``jabatan-ditautkan-fuzzy``, one left for several such posts ``jabatan-nama-lama-ganda``; a pair whose OPD
    alone was ``inferred`` none (:func:`_opd_inferred_findings` says it once per unit). None against an empty
    position table: it is said once (``tanpa-baris-data``), not once per holder (hostile11, h33)."""
    if not index.display:
        return []
    renamed = renamed or Renamings()
    norm = {(n, u): (nn, nu) for n, u, nn, nu in pairs[["n", "u", "nn", "nu"]].itertuples(index=False, name=None)}
    rows = rest[ROW].tolist() if ROW in rest.columns else [None] * len(rest)
    valid = valid_mask(rest).tolist()
    out: list[Finding] = []
    unlinked: dict[tuple[str, str], list[Location]] = {}
    for row, key, (kode, how, score), ok in zip(rows, keys, got, valid, strict=True):
        acting = acting_word(key[0]) if kode is not None else None
        if how not in ("fuzzy", "tidak_tertaut") and acting is None:
            continue
        loc = _jabatan_at(source, sheet, int(row) if row is not None else None, letters, headers, key[0])
        if acting is not None and kode is not None:
            # an acting official (Plt./Plh./Pj.) holds the seat for now: the seat itself is vacant
            out.append(_acting_finding(acting, loc))
        if inferred and key in inferred:  # "Analis" in "Bagian Organisasi" is the one OPD's: not a like name
            continue
        if how == "fuzzy" and kode is not None and key in renamed.way:
            nama, code = index.display[kode][0], f"jabatan-nama-{renamed.way[key]}"
            out.append(make_finding(code, loc, jabatan=key[0], unit_kerja=key[1], nama_jabatan=nama))
        elif how == "fuzzy" and kode is not None:
            out.append(
                make_finding(
                    "jabatan-ditautkan-fuzzy",
                    loc,
                    jabatan=key[0],
                    unit_kerja=key[1],
                    nama_jabatan=index.display[kode][0],
                    skor=f"{score:.0f}",
                )
            )
        elif how == "tidak_tertaut" and key in renamed.over:
            post, seats, holders = renamed.over[key]
            out.append(
                make_finding(
                    "jabatan-nama-baru-melebihi-kebutuhan",
                    loc,
                    jabatan=key[0],
                    unit_kerja=key[1],
                    nama_jabatan=index.display[post][0],
                    kursi=str(seats),
                    pemegang=str(holders),
                )
            )
        elif how == "tidak_tertaut" and key in renamed.choices:
            posts = " atau ".join(f"'{index.display[k][0]}'" for k in renamed.choices[key])
            one = renamed.choice_way.get(key) == "baru"
            code = "jabatan-nama-baru-tidak-ditautkan" if one else "jabatan-nama-lama-ganda"
            out.append(make_finding(code, loc, jabatan=key[0], unit_kerja=key[1], pilihan=posts))
        elif how == "tidak_tertaut" and ok:  # an excluded row is said once, with its reason, not here
            unlinked.setdefault(key, []).append(loc)
    return out + _unlinked_findings(unlinked, norm, index)


def _unlinked_findings(
    unlinked: Mapping[tuple[str, str], list[Location]],
    norm: Mapping[tuple[str, str], tuple[str, str]],
    index: PositionIndex,
) -> list[Finding]:
    """One ``jabatan-tidak-ditemukan`` per distinct (jabatan, unit) pair of valid rows, at its first holder's row,
    naming how many hold it and their first rows: a roster of 1,000 whose one post is missing from the table said the
    same warning 999 times (hostile11, polish1, h33). Each holder stays counted in ``tidak_tertaut``."""
    out: list[Finding] = []
    for key, locs in unlinked.items():
        nn, nu = norm[key]
        saran = suggestion(closest_positions(index, nn, nu)) if index.names_in_unit else ""
        # no post to be near: "Jabatan Fungsional Umum" was "maksud Anda 'Kepala Bagian Umum'?"
        if names_no_post(key[0]):
            saran = f"; '{key[0]}' hanya menyebut jenis jabatan, bukan nama jabatan: tulis nama jabatannya"
        pemegang = rows_in_words(locs, "pegawai")
        out.append(
            make_finding(
                "jabatan-tidak-ditemukan", locs[0], jabatan=key[0], unit_kerja=key[1], pemegang=pemegang, saran=saran
            )
        )
    return out


def rows_in_words(locs: list[Location], noun: str) -> str:
    """Return " (N <noun>, baris a, b, c, d, e …)" for the rows one grouped finding stands for, "" for a single row."""
    if len(locs) <= 1:
        return ""
    rows = [loc.row for loc in locs if loc.row is not None]
    shown = ", ".join(str(r) for r in rows[:5]) + (" …" if len(rows) > 5 else "")
    return f" ({format_number(len(locs))} {noun}" + (f", baris {shown})" if rows else ")")


def declared_bezetting(
    linked: pd.DataFrame,
    positions: pd.DataFrame,
    *,
    source: str | None,
    sheet: str | None,
    column: object,
    unit_given: str | None = None,
    unit_refused: bool = False,
) -> list[Finding]:
    """``bezetting-beda`` for each post whose table states a bezetting other than its linked valid holders.

    ``linked`` is :func:`link_employees`' frame, ``positions`` the valid position rows, ``column`` the
    table's ``bezetting`` column (its letter and header; None: the table has none, nothing to compare).
    ``unit_given``: the analyst's ``--unit-kerja`` (None: not given), so that ``bezetting-tidak-tertaut`` does not
    suggest the option the analyst already gave (walk11, h33); ``unit_refused``: it was not tried, the roster naming
    several offices (``unit-kerja-parameter-bukan-pegawai``).
    The count that every command uses stays the roster's; the table's figure is only named. Only posts in a
    unit where the roster holds someone are compared: a roster of one OPD against a province's table would
    otherwise name every other OPD's post.
    """
    if column is None or "bezetting" not in positions.columns or not len(positions):
        return []
    declared = pd.to_numeric(positions["bezetting"], errors="coerce")
    if declared.isna().all():
        return []
    holders = holder_mask(linked)
    counts = bezetting(linked[LINK_COLUMN].to_numpy(dtype=object)[holders], positions["kode_jabatan"])
    letter, header = getattr(column, "letter", None), getattr(column, "header", None)
    where = Location(file=source, sheet=sheet, column=letter, header=header, field="bezetting")
    if not counts.any() and holders.any() and declared.gt(0).any():
        # nobody linked anywhere: per post this would be silence (no unit is "staffed"), so it is said once for the
        # table (a DUK whose unit column held work teams: 15 holders stated, 0 linked, 43 vacancies; h27/real8)
        stated = declared.gt(0)
        return [
            make_finding(
                "bezetting-tidak-tertaut",
                where,
                tercatat=format_number(float(declared[stated].sum()), 2),
                jabatan=int(stated.sum()),
                pegawai=int(holders.sum()),
                saran=_unlinked_next_step(positions, unit_given, unit_refused),
            )
        ]
    held = pd.Series(counts, index=positions.index)
    staffed = staffed_units(positions, counts)
    differ = declared.notna() & declared.ne(held) & staffed
    rows = positions.loc[differ, ROW].tolist()
    out: list[Finding] = _stated_in_units_without_roster(positions, declared, staffed, where)
    if len(rows) > BEZETTING_SHOWN:  # one finding for the column, not a line per post of a partial roster
        examples = ", ".join(str(r) for r in sorted(rows)[:5])
        return [*out, make_finding("bezetting-beda-banyak", where, jumlah=len(rows), contoh=examples)]
    for row, stated, counted in zip(rows, declared[differ].tolist(), held[differ].tolist(), strict=True):
        shown = f"{stated:g}"  # the cell's value; the message writes the number the Indonesian way
        where_row = replace(where, row=int(row), value=shown)
        out.append(
            make_finding("bezetting-beda", where_row, tercatat=format_number(float(stated), 2), dihitung=counted)
        )
    return out


def _unlinked_next_step(positions: pd.DataFrame, unit_given: str | None, refused: bool) -> str:
    """The tail of ``bezetting-tidak-tertaut``: ask for the unit when none was given (in words: the terminal adds
    ``--unit-kerja``, :attr:`~asn_mutasi.findings.CodeSpec.opsi`); when it was, say that it
    linked nobody either (or was not used, ``refused``), and how the table spells its units."""
    if not unit_given:
        return "; bila seluruh berkas pegawai satu unit kerja, sebutkan unit kerja itu untuk berkas ini"
    if refused:
        return (
            f"; unit kerja '{unit_given}' yang disebut untuk berkas ini tidak dipakai karena data pegawai menyebut beberapa "
            "kantor"
        )
    units = pd.unique(positions["unit_kerja"].dropna().astype(str))
    said = f"; unit kerja '{unit_given}' yang disebut untuk berkas ini juga tidak menautkan seorang pun"
    if unit_given.casefold().strip() in {u.casefold().strip() for u in units}:
        return f"{said}: unit itu ada di peta jabatan, tetapi jabatan pegawai tidak ada di unit itu"
    example = f" (mis. '{units[0]}')" if len(units) else ""
    return f"{said}: tulis unit kerja persis seperti di peta jabatan{example}"


def _stated_in_units_without_roster(
    positions: pd.DataFrame, declared: pd.Series, staffed: pd.Series, where: Location
) -> list[Finding]:
    """``bezetting-unit-tanpa-pegawai``, once for the table: posts whose table states holders in units where the
    roster holds nobody. Their bezetting stays the roster's 0 (one holder count for every command), so their stated
    holders read as vacancies that ``lowongan`` lists and ``rencana`` may fill; this was silent (real21, h34)."""
    stated = declared.gt(0) & ~staffed
    if not stated.any():
        return []
    units = pd.unique(positions.loc[stated, "unit_kerja"].dropna().astype(str))
    return [
        make_finding(
            "bezetting-unit-tanpa-pegawai",
            where,
            tercatat=format_number(float(declared[stated].sum()), 2),
            jabatan=int(stated.sum()),
            unit=len(units),
            contoh=", ".join(f"'{u}'" for u in units[:3]),
        )
    ]


def staffed_units(positions: pd.DataFrame, counts: np.ndarray) -> pd.Series:
    """Per post, whether the roster holds someone in its unit (``counts``: holders per post): only those posts'
    stated figures are compared with the roster, as a roster of one OPD says nothing of another OPD's posts."""
    unit_id, _ = pd.factorize(positions["unit_kerja"].to_numpy(dtype=object))
    staffed = np.zeros(int(unit_id.max()) + 2, dtype=bool)
    staffed[unit_id[counts > 0]] = True
    return pd.Series(staffed[unit_id], index=positions.index)


#: at most this many posts get a ``bezetting-beda`` line each; more make one ``bezetting-beda-banyak``
BEZETTING_SHOWN = 10
