"""Map detected headers to canonical fields: mapping file, exact alias, then unambiguous fuzzy match.

Order of precedence for one field: the analyst's mapping file (``how = "peta"``), the
canonical name itself (``"nama"``), a known alias (``"alias"``), a fuzzy match of a
header nothing else claimed (``"fuzzy"``, with a warning). Two headers for one field:
the first (leftmost) wins and a ``kolom-ganda`` warning names the one used.
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import math
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz

from asn_mutasi.config import toml_where
from asn_mutasi.domain.jenis import JENJANG
from asn_mutasi.errors import ConfigError, SchemaError, UsageError, os_reason, read_capped
from asn_mutasi.findings import Finding, Location, make_finding, suggestion
from asn_mutasi.formatting import format_number
from asn_mutasi.io.header_aliases import (
    COMPLETING,
    ESELON_KEYS,
    FALLBACK,
    FALLBACK_ALONE,
    JF_JENJANG,
    KNOWN_UNUSED,
    OPD_LEVEL,
    ORDERED_PARTS,
    PARTS,
    PERILAKU_RATING,
    SECONDARY,
    WRITTEN_WITH,
    alias_index,
    alias_rank,
    header_keys,
    is_ignored,
    is_team,
    lookup,
    normalize_header,
)
from asn_mutasi.io.headers import CONTROL_CHARS, HeaderColumn, cell_text
from asn_mutasi.io.jenjang_column import JF_NAME_FIELD, cell_jenjang, names_jf_without_jenjang
from asn_mutasi.labels import field_words, label
from asn_mutasi.schema import DATE_FIELDS, POSITION_ONE_OF, ROSTER_READ_REQUIRED, TABLE_KINDS, ColumnInfo
from asn_mutasi.text_codec import decode_small_text, encoding_name, text_encoding

#: headers of the running-number column of Daftar Nominatif sheets
NUMBERING_HEADERS = frozenset({"NO", "NO URUT", "NOMOR", "NOMOR URUT"})

FUZZY_THRESHOLD = 88.0
FUZZY_MARGIN = 4.0  #: the best field must beat the runner-up by this much to be unambiguous
SUGGEST_THRESHOLD = 60.0
#: an unread header this alike to a field's spelling is offered it without sharing a word of it ("TANGAL LHIR X")
SUGGEST_CLOSE = 68.0
REFUSAL_SUGGEST_THRESHOLD = 60.0
#: unknown headers said one by one; the rest of a very wide sheet in one finding (:meth:`_Mapper.unmapped`)
UNKNOWN_SHOWN = 100

ALL_FIELDS: frozenset[str] = frozenset(f for _, fields in TABLE_KINDS.values() for f in fields)


@dataclass
class ColumnMapping:
    """Result of mapping one header: field → column, plus what could not be mapped."""

    columns: dict[str, ColumnInfo] = field(default_factory=dict)
    indices: dict[str, int] = field(default_factory=dict)  #: field → 0-based grid column
    unmapped: list[HeaderColumn] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    missing_from_mapping: dict[str, str] = field(default_factory=dict)  #: field → header not found
    rejected: dict[str, HeaderColumn] = field(default_factory=dict)  #: field → named column whose values do not fit
    #: field → further grid columns holding part of it (first filled cell wins), see ``aliases.PARTS``
    parts: dict[str, list[int]] = field(default_factory=dict)
    #: field → the sub-columns of a count group whose total is the field ("BEZETTING" over "PNS | PPPK | JUMLAH",
    #: Formulir 1's jenis/jenjang columns): not summed, read for what they say of each row (``io.count_breakdown``)
    breakdown: dict[str, list[int]] = field(default_factory=dict)
    #: a wide position table's unit blocks (:func:`unit_blocks`), never read as one unit's block
    blocks: UnitBlocks | None = None
    #: the NIP column read and another NIP column holding other people's NIPs on the same rows (two people a line,
    #: :func:`_second_person`): refused (:func:`two_people_error`), never read as the first person alone
    second_person: tuple[HeaderColumn, HeaderColumn] | None = None
    #: field → {grid column: its lower label} of a field split into tick columns, one per value ("JENIS KELAMIN"
    #: over "L | P", "STATUS KEPEGAWAIAN" over "CPNS | PNS", each row marking one with "V"): a tick reads as its
    #: column's label (:func:`tick_group`, ``readers._ticks_read_as_labels``)
    ticks: dict[str, dict[int, str]] = field(default_factory=dict)
    #: the grid column of the JF jenjang beside a post's name (a roster's or a position table's "JABATAN" |
    #: "JENJANG") and the name's field: read into the name of a post that names no jenjang (``io.jenjang_column``)
    jf_jenjang: tuple[HeaderColumn, str] | None = None


# --- what a field's values look like ------------------------------------------------------
_DIGITS = re.compile(r"\D+")
_LETTERS = re.compile(r"[A-Za-z].*[A-Za-z]", re.DOTALL)
#: a NIP as text; a leading apostrophe is the one a PHP export writes to keep Excel from turning it into a number
#: (simpeg-bogor's ``CONCAT("'", nip_baru)``), which validation strips as well
#: a NIP as text: an apostrophe or "NIP:" before it, spaces, dots or dashes inside, an export's "_" after it (a
#: white-font underscore some PHP exports append to keep the digits text)
_NIP_TEXT = re.compile(r"^['`]?(?:NIP\.?\s*:?\s*)?[\d][\d\s.'`-]*_?$", re.IGNORECASE)
NUMBER_FIELDS = frozenset(
    {
        "kebutuhan",
        "bezetting",
        "beban_kerja_jam",
        "beban_kerja_menit",
        "kelas_jabatan",
        "volume",
        "norma_waktu",
        "pensiun_tahun",
    }
)
TEXT_FIELDS = frozenset(
    {
        "nama",
        "jabatan",
        "unit_kerja",
        "perangkat_daerah",
        "nama_jabatan",
        "instansi",
        "jurusan",
        "uraian_tugas",
    }
)
#: a school or university by its name (a DUK's "Pendidikan / Nama" often names where, not what, one studied)
_INSTITUTION = re.compile(
    r"\b(?:UNIVERSITAS|UNIV|INSTITUT|SEKOLAH\s+TINGGI|POLITEKNIK|POLTEKKES|AKADEMI|AKPER|AKBID|STIKES|STIE|STIA|"
    r"STISIP|STKIP|STMIK|STIKOM|STAIN|IAIN|UIN|IKIP)\b"
    r"|\b(?:SMA|SMK|SMP|SD|MAN|MTS|SLTA|SLTP|SMEA|STM)\s*(?:NEGERI|N\b|SWASTA|MUHAMMADIYAH|PGRI|\d)"
    r"|\b(?:SMAN|SMKN|SMPN|SDN|MTSN)\b",
    re.IGNORECASE,
)
_KIND_OF_VALUE = {
    "nip": "NIP 18 digit",
    **dict.fromkeys(DATE_FIELDS, "tanggal"),
    **dict.fromkeys(NUMBER_FIELDS, "angka"),
    **dict.fromkeys(TEXT_FIELDS, "teks"),
    "jurusan": "nama jurusan atau program studi (bukan nama sekolah/perguruan tinggi)",
    "pendidikan": "tingkat pendidikan (bukan tahun)",
    "status_kepegawaian": "PNS/CPNS/PPPK",
    "eselon": "eselon (II.a, III.b, IV.a, Non Eselon)",
}
SAMPLE_ROWS = 200
MIN_SAMPLE = 3  #: fewer filled cells than this say nothing about a column
REJECT_BELOW = 0.2  #: a named column whose values fit less than this is not used


def _looks_like_nip(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return 1e14 <= abs(float(value)) < 1e22  # a NIP Excel stored as a number still is one
    text = str(value).strip()
    if "\n" in text:  # the NIP over the Kartu Pegawai number ("NIP / NRP <br> KARPEG"): one line is the NIP
        return _valid_nip(text)
    return bool(_NIP_TEXT.match(text)) and 15 <= len(_DIGITS.sub("", text)) <= 21


#: a column naming another person than the row's ("Atasan Langsung", "Pejabat Penilai", "NIP Suami"): never the NIP
@functools.cache
def _OTHER_PERSON() -> re.Pattern[str]:
    return re.compile(r"\b(?:ATASAN|PEJABAT|PENILAI|SUAMI|ISTRI|ORANG\s*TUA|AYAH|IBU|PASANGAN)\b", re.I)


def _names_other_person(col: HeaderColumn) -> bool:
    """Whether a header names another person's attribute than the row's, camelCase SIASN spellings included
    ("penilaiJabatan", "Jabatan Atasan"): never a suggestion for the employee's own field (SIASN Riwayat SKP's
    appraiser's post was offered as the missing jabatan: "maksud Anda 'penilaiJabatan'?"; lang4, h32)."""
    return any(_OTHER_PERSON().search(key) for text in (*col.keys, col.text) for key in header_keys(text))


def is_numbering(col: HeaderColumn) -> bool:
    """The row-number column ("No", "Nomor Urut", or a PHP report's "#"): nothing to map, nothing to say unknown
    ("Kolom '#' tidak dipetakan", real16 h33), punctuation beside it included ("#:", "#." normalise to an empty key;
    polish1, h33)."""
    return any(normalize_header(k) in NUMBERING_HEADERS or _is_hash(str(k)) for k in col.keys)


def names_no_count(col: HeaderColumn) -> bool:
    """Whether header ``col`` says its numbers are no count: a row number, an id or a code ("KODE FORMASI",
    "ID LOKASI"), or a known non-field column (hostile15, h34)."""
    return is_numbering(col) or _ignored(col) or code_base(col) is not None


def _is_hash(text: str) -> bool:
    """A header of "#" and punctuation only ("#", "#:", "# .")."""
    return "#" in text and not normalize_header(text)


def _valid_nip(value: object) -> bool:
    """Whether a cell holds a valid NIP (its 18 digits and their dates), however written."""
    from asn_mutasi.domain.nip import NipError, parse_nip

    try:
        parse_nip(value)
    except NipError:
        return False
    return True


def _looks_like_date(value: object) -> bool:
    from asn_mutasi.domain.tanggal import parse_date

    if isinstance(value, datetime | date):
        return True
    if isinstance(value, bool):
        return False
    try:
        result = parse_date(value)
    except (TypeError, ValueError):
        return False
    return result.value is not None and not result.error


@functools.cache
def _NUMBER_TEXT() -> re.Pattern[str]:
    return re.compile(r"^[-+]?\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?$|^[-+]?\d+(?:[.,]\d+)?$")


def _looks_like_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return bool(_NUMBER_TEXT().match(str(value).strip()))


def _rounds_of(samples: dict[int, list[object]], order: list[int]) -> bool:
    """Whether the most whole of the columns ``order`` (fewest whole numbers first) is a rounding of the least whole,
    row by row (within 1 on four rows of five: "Kebutuhan (ABK)" 0,3 → "Formasi" 1)."""
    pairs = [
        (a, b)
        for a, b in zip(_numbers(samples.get(order[0])), _numbers(samples.get(order[-1])), strict=False)
        if a is not None and b is not None
    ]
    return bool(pairs) and sum(abs(a - b) < 1 for a, b in pairs) >= 0.8 * len(pairs)


def _numbers(values: Sequence[object] | None) -> list[float | None]:
    """Each value as a number (None where it is none), keeping the rows' order."""
    out: list[float | None] = []
    for v in values or ():
        try:
            out.append(None if v is None or isinstance(v, bool) else float(str(v).strip().replace(",", ".")))
        except ValueError:
            out.append(None)
    return out


def _whole_share(values: Sequence[object] | None) -> float:
    """Share of the numbers among ``values`` that are whole (1.0 without numbers): a kebutuhan in people."""
    numbers = []
    for v in values or ():
        if isinstance(v, bool) or v is None:
            continue
        try:
            numbers.append(float(str(v).strip().replace(",", ".")) if isinstance(v, str) else float(v))  # type: ignore[arg-type]
        except ValueError:
            continue
    numbers = [x for x in numbers if math.isfinite(x)]  # "nan", "inf" are no numbers (hostile11 #1, h29: exit 70)
    return sum(1 for x in numbers if x == int(x)) / len(numbers) if numbers else 1.0


def _looks_like_text(value: object) -> bool:
    return isinstance(value, str) and bool(_LETTERS.search(value))


def _looks_like_level(value: object) -> bool:
    """An education level cell: a level or a SIASN code, or text (a spelling the level parser may not know); a
    year ("2008" under "Pendidikan / Thn") is none."""
    from asn_mutasi.domain.pendidikan import parse_level

    return _looks_like_text(value) or parse_level(value) is not None


#: an ESELON cell that names no level but still speaks of one: "Non Eselon", "JPT Pratama", "Struktural", "-"
@functools.cache
def _ESELON_WORDS() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:eselon|esl|non|jpt|pimpinan|administrator|pengawas|fungsional|pelaksana|struktural|jft|jfu)\b",
        re.IGNORECASE,
    )


def _looks_like_eselon(value: object) -> bool:
    """An eselon cell: a level ("II.b", "4a", SIASN's ESELON ID "22"), a word about one ("Non Eselon"), or no
    letters at all ("-"). A ministry's "Eselon I" column naming its eselon I unit ("BRSDM", "DJPRL") is none: it
    was fuzzy-matched (94%) as every holder's eselon (KKP tugas belajar list; real29, h37)."""
    from asn_mutasi.domain.jabatan import jenis_from_eselon

    if jenis_from_eselon(value) is not None or not _LETTERS.search(str(value)):
        return True
    return _ESELON_WORDS().search(str(value)) is not None


def _looks_like_programme(value: object) -> bool:
    return _looks_like_text(value) and _INSTITUTION.search(str(value)) is None


#: the JF jenjang words no education level is written with (D-I/D-II/D-III graduates are "Ahli Pratama/Muda/Madya",
#: so "Ahli Muda" and "Ahli Madya" alone say nothing)
_JF_ONLY_JENJANG = frozenset(JENJANG) - {"ahli muda", "ahli madya"}


def _jf_jenjang_column(key: str, samples: dict[int, list[object]] | None, index: int) -> bool:
    """Whether a column a roster heads just "JENJANG" holds a JF's jenjang, not the education level: four in five of
    its filled sample cells name a JF jenjang ("Ahli Pertama", "Terampil", "Pelaksana Lanjutan";
    :func:`~asn_mutasi.io.jenjang_column.cell_jenjang`), one at least no education level. SIASN's rw-jabatan writes
    the JF's jenjang under "jenjang": read as the education, every holder got ``pendidikan-tidak-dikenal`` and an
    "Ahli Muda" the D-II (real9, h31). A dash says nothing; "Widyaiswara Ahli Muda" is the jenjang (jenjang28, h37)."""
    if key != "JENJANG" or samples is None:
        return False
    filled = [v for v in samples.get(index, []) if v is not None and str(v).strip(" -")]
    said = [cell_jenjang(v) for v in filled]
    return (
        bool(filled) and sum(s is not None for s in said) >= 0.8 * len(filled) and not _JF_ONLY_JENJANG.isdisjoint(said)
    )


def _reads_jenjang(cells: list[object], jabatan: list[object]) -> bool:
    """Whether four in five of a column's filled sample cells name a JF jenjang (:func:`cell_jenjang`, read after the
    post's name on the same row: "Madya" after "Auditor")."""
    filled = [(c, j) for c, j in zip(cells, jabatan, strict=False) if isinstance(c, str) and c.strip(" -")]
    return bool(filled) and sum(cell_jenjang(c, j) is not None for c, j in filled) >= 0.8 * len(filled)


def value_fit(name: str, values: Sequence[object] | None) -> float | None:
    """Share of filled sample cells whose value fits field ``name`` (None: no test or too few cells)."""
    if values is None:
        return None
    test = (
        _looks_like_nip
        if name == "nip"
        else _looks_like_programme
        if name == "jurusan"
        else _looks_like_level
        if name == "pendidikan"
        else _looks_like_eselon
        if name == "eselon"
        else _looks_like_date
        if name in DATE_FIELDS
        else _looks_like_number
        if name in NUMBER_FIELDS
        else _looks_like_text
        if name in TEXT_FIELDS
        else None
    )
    filled = [v for v in values if v is not None and not (isinstance(v, str) and not v.strip())]
    if test is None or len(filled) < MIN_SAMPLE:
        return None
    return sum(1 for v in filled if test(v)) / len(filled)


def _content_fits(
    name: str, cands: list[tuple[HeaderColumn, str, int, str]], samples: dict[int, list[object]] | None
) -> dict[int, float | None]:
    """Each candidate column's :func:`value_fit`. Several status columns are told apart by their share of PNS/CPNS/PPPK
    cells when one mostly holds them: SI-ITING's "Jenis Pegawai" (PNS, PPPK) beats "Status Pegawai" (Aktif, Tugas
    Belajar, Cuti Luar Tanggungan), whose spelling is nearer the field's, which left every PNS without a status and a
    CLTN holder counted (Bandung Barat workbook, real9, h28). One status column alone is not judged by its values."""
    fits = {c.index: value_fit(name, samples.get(c.index) if samples is not None else None) for c, *_ in cands}
    if name != "status_kepegawaian" or len(cands) < 2 or samples is None:
        return fits
    from asn_mutasi.domain.coded_fields import is_bare_asn, parse_status_kepegawaian

    counts: dict[int, tuple[int, int]] = {}
    for col, *_ in cands:
        filled = [v for v in samples.get(col.index, []) if isinstance(v, str) and v.strip()]
        counts[col.index] = (
            sum(parse_status_kepegawaian(v) is not None or is_bare_asn(v) for v in filled),
            len(filled),
        )
    # a roster of one or two people still says which column is which when the columns disagree in every cell: all
    # "PNS" in one, none in the other ("Aktif"); the one-row SI-ITING roster lost its PNS/PPPK column (real6, h31)
    whole = sorted(good == n for good, n in counts.values() if n) == [False] * (len(cands) - 1) + [True]
    contrast = whole and all(good in (0, n) for good, n in counts.values())
    least = 1 if contrast else MIN_SAMPLE
    shares = {i: good / n if n >= least else None for i, (good, n) in counts.items()}
    return shares if max((v or 0.0) for v in shares.values()) >= 0.5 else fits


def map_columns(
    columns: Sequence[HeaderColumn],
    kind: str,
    *,
    mapping: dict[str, str] | None = None,
    where: Location | None = None,
    samples: dict[int, list[object]] | None = None,
) -> ColumnMapping:
    """Assign canonical fields of ``kind`` to header columns; findings carry ``where`` (file, sheet, row).

    Steps, in order: the analyst's mapping file, known spellings (several columns for one
    field are decided by ``samples``, grid column → first data cells: 18-digit NIPs beat
    0/1 flags, dates beat text), spellings that count only beside a better column, fields
    split over several columns, an unambiguous fuzzy match, spellings that count only when no
    column names the field (``FALLBACK``: PANGKAT for golongan), then what stays unmapped.
    """
    mapper = _Mapper(_named_halves(columns, kind), kind, where or Location(), samples)
    mapper.from_mapping_file(mapping or {})
    mapper.known_spellings()
    mapper.need_not_its_gap()
    mapper.secondary_spellings()
    mapper.opd_split()
    mapper.split_fields()
    mapper.bare_tmt()
    mapper.grouped_counts()
    mapper.bezetting_by_status()
    mapper.yearly_predikat()
    mapper.yearly_retirements()
    mapper.dated_bup()
    mapper.performance_ratings()
    mapper.status_holding_predikat()
    mapper.status_holding_kedudukan()
    mapper.status_of_requests()
    mapper.fuzzy()
    mapper.fallback_spellings()  # after fuzzy: "Gol. Ruang Akhr" is the golongan, not PANGKAT beside it
    mapper.jf_jenjang()
    mapper.nip_by_content()
    mapper.level_by_content()
    mapper.unmapped()
    if kind == "jabatan" and "unit_kerja" not in mapper.result.columns:  # a unit column: its blocks are no units
        mapper.result.blocks = unit_blocks(columns)
    return mapper.result


#: the counts of a position table beside which a bare "JUMLAH" is no need (header_aliases.FALLBACK)
_COUNTS = frozenset({"bezetting", "beban_kerja_jam", "beban_kerja_menit"})


#: the total of a group of count columns ("BEZETTING" over "PNS | PPPK | JUMLAH"), its sub-label as a header key
@functools.cache
def _GROUP_TOTAL() -> re.Pattern[str]:
    return re.compile(r"^(?:JUMLAH|JML|TOTAL|SUB ?TOTAL|GRAND TOTAL|JUMLAH TOTAL|TOTAL ASN|JUMLAH ASN|ASN)$")


def _group_labels(kind: str, name: str, col: HeaderColumn) -> tuple[str, str]:
    """(parent, sub-label) of a two-row header column that names field ``name`` through its parent label alone
    ("BEZETTING / PNS"); ("", "") for any other column."""
    parent, sep, child = col.text.partition(" / ")
    if not sep or col.keys[-1:] != (parent,) or lookup(kind, parent) != name or lookup(kind, child) == name:
        return "", ""
    return parent, (header_keys(child) or ("",))[0]


#: a position table's holder counts per status (header keys), summed into its bezetting (_Mapper.bezetting_by_status)
_STATUS_COUNTS = frozenset({"CPNS", "PNS", "PPPK"})
#: a holder count per status with its count words ("Jumlah Pegawai PPPK", "Jml PNS"; NTT ANJAB Form D, peers5 #2, h29),
#: or named as the bezetting of that status ("Bezetting PNS | Bezetting PPPK", "Eksisting PNS"; a Buku Bezetting, real4)
_STATUS_COUNT = re.compile(
    r"^(?:(?:JUMLAH|JML|BEZETTING|EKSISTING|EXISTING)\s+)?(?:(?:PEGAWAI|PEMANGKU)\s+)?(CPNS|PNS|PPPK|ASN)(?:\s+RIIL)?$"
)


def _status_count(text: str) -> str | None:
    """The status a header counts the holders of ("PNS", "PPPK", "CPNS", or "ASN" — only ever with a count word:
    a bare "ASN" is no count), else None."""
    key = header_keys(text)[0] if header_keys(text) else ""
    hit = _STATUS_COUNT.match(key)
    if hit is None or (hit[1] == "ASN" and key == "ASN"):
        return None
    return hit[1]


@dataclass
class _Mapper:
    """One header being mapped: the columns, what is taken, and the result."""

    columns: list[HeaderColumn]
    kind: str
    base: Location
    samples: dict[int, list[object]] | None
    result: ColumnMapping = field(default_factory=ColumnMapping)
    assigned: dict[int, str] = field(default_factory=dict)  #: grid column → field ("" = claimed, unused)

    def take(self, col: HeaderColumn, name: str, how: str, score: float = 100.0, reason: str = "") -> None:
        self.result.columns[name] = ColumnInfo(
            field=name, letter=col.letter, header=col.text, how=how, score=score, reason=reason
        )
        self.result.indices[name] = col.index
        self.assigned[col.index] = name

    def free(self) -> list[HeaderColumn]:
        return [c for c in self.columns if c.index not in self.assigned]

    def from_mapping_file(self, mapping: dict[str, str]) -> None:
        """Take the columns a ``--peta-kolom`` file names. One file serves every table; a task sheet (ABK) shares
        field names with the position table, so a file none of whose headers the task sheet has was written for
        the position table: its absent headers are no finding there — unless it names a field only a task
        sheet has (``volume``, ``norma_waktu`` …): then it was written for this sheet, and every miss is named."""
        fields = TABLE_KINDS[self.kind][1]
        absent: list[tuple[str, str]] = []
        taken = False
        for name, header in mapping.items():
            if name not in fields:
                continue
            key = normalize_header(header)
            col = next((c for c in self.free() if key in _keys(c)), None)
            if col is None:
                col = next((c for c in self.free() if c.letter == header.strip().upper()), None)
            if col is None:
                self.result.missing_from_mapping[name] = header
                absent.append((name, header))
            else:
                taken = True
                self.take(col, name, "peta", reason=f"berkas peta kolom: '{header}'")
        if self.kind == "abk" and not taken and not any(name in _TASK_ONLY for name, _ in absent):
            return  # only the fields shared with the position table, none here: the file is the position table's
        for name, header in absent:
            loc = replace(self.base, field=name)
            self.result.findings.append(make_finding("peta-kolom-tidak-ditemukan", loc, header=header))

    def known_spellings(self) -> None:
        index, ranks, fields = alias_index(self.kind), alias_rank(self.kind), TABLE_KINDS[self.kind][1]
        candidates: dict[str, list[tuple[HeaderColumn, str, int, str]]] = {}
        for col in self.free():
            hit = _exact(col, index, ranks, fields) if _completes(self.kind, col) is None else None
            if hit is not None:
                candidates.setdefault(hit[0], []).append((col, hit[1], hit[2], hit[3]))
        for name, cands in candidates.items():
            if name in self.result.columns:  # the mapping file decided; the named columns are claimed silently
                for col, *_ in cands:
                    self.assigned[col.index] = ""
                continue
            if self.kind == "usulan" and name in ("nama_jabatan", "unit_kerja"):
                # beside a column that names the target ("UNIT KERJA YANG DIUSULKAN") a plain UNIT KERJA / JABATAN is
                # the person's present post (read as the target: proposed to their own post, layak; review 4, h26)
                target = [c for c in cands if _TARGET_WORDS & set(c[3].split())]
                for col, *_ in [c for c in cands if target and c not in target]:
                    self.assigned[col.index] = ""
                cands = target or cands
            if self.kind == "pegawai" and name == "pendidikan":
                cands = [c for c in cands if not _jf_jenjang_column(c[3], self.samples, c[0].index)]
                if not cands:
                    continue
            _choose(name, cands, self.result, self.take, self.assigned, self.base, self.samples)

    def need_not_its_gap(self) -> None:
        """A kebutuhan column that holds another kebutuhan column less the bezetting is the shortfall, not the need.
        A BPS ABK app writes "ABK | Eksisting | Kebutuhan Pegawai" with Kebutuhan Pegawai = ABK − Eksisting
        (phoenix351/singkat): "Kebutuhan Pegawai" ranks above "ABK" and was read as the need, so a post of ABK 3 held
        by 1 showed 1 vacancy and a full one (ABK 2, 2 held) a surplus of 2 (real4, h31). Decided by the values, on
        rows where all three are numbers and some post is held; either sign of the difference."""
        need, held = self.result.indices.get("kebutuhan"), self.result.indices.get("bezetting")
        if self.kind != "jabatan" or self.samples is None or need is None or held is None:
            return
        if self.result.columns["kebutuhan"].how != "alias":
            return
        index, ranks, fields = alias_index(self.kind), alias_rank(self.kind), TABLE_KINDS[self.kind][1]
        for other in self.columns:
            hit = _exact(other, index, ranks, fields) if self.assigned.get(other.index) == "" else None
            if hit is None or hit[0] != "kebutuhan" or other.index == need:
                continue
            sign = _gap_sign(self.samples, need, other.index, held)
            if sign == 0:
                continue
            gap = next(c for c in self.columns if c.index == need)
            self.take(other, "kebutuhan", "alias", reason=f"judul dikenal '{hit[3]}'")
            self.assigned[gap.index] = ""
            self.result.findings = [
                f
                for f in self.result.findings
                if not (f.code in ("kolom-ganda", "kolom-dipilih-dari-isi") and f.location.field == "kebutuhan")
            ]
            loc = replace(self.base, column=other.letter, header=other.text, field="kebutuhan")
            held_text = self.result.columns["bezetting"].header
            minuend, subtrahend = (other.text, held_text) if sign > 0 else (held_text, other.text)
            alasan = f"kolom '{gap.text}' berisi '{minuend}' dikurangi '{subtrahend}': selisihnya, bukan kebutuhan"
            self.result.findings.append(
                make_finding("kolom-dipilih-dari-isi", loc, alasan=alasan, lain=f"'{gap.text}'")
            )
            return

    def secondary_spellings(self) -> None:
        for name, spellings in SECONDARY.get(self.kind, {}).items():
            if name in self.result.columns:
                continue
            keys = {normalize_header(a) for a in spellings}
            # a column that lost its field to a better one, or (a roster's SUB JABATAN, no alias of its post) one
            # that matched nothing beside a post column: the Dinas Sosial roster's unit was left unread (nonasn28)
            beside_post = self.kind != "pegawai" or "jabatan" in self.result.columns
            lost = [
                c
                for c in self.columns
                if (self.assigned.get(c.index) == "" or (beside_post and c.index not in self.assigned))
                and any(k in keys for k in header_keys(c.text))
            ]
            if lost:
                col = lost[0]
                reason = _SECONDARY_REASON.get(name, f"dibaca sebagai {name.replace('_', ' ')}")
                self.take(col, name, "alias", reason=f"'{col.text}' di samping {reason}")
                self.result.findings = [
                    f for f in self.result.findings if not (f.code == "kolom-ganda" and f.location.column == col.letter)
                ]

    def opd_split(self) -> None:
        """An OPD column beside a unit column: the unit from the unit column, the OPD as ``perangkat_daerah``.

        ``OPD`` + ``UNIT KERJA``, or SIASN's ``SATUAN KERJA KERJA NAMA`` + ``UNOR NAMA``: read as one unit, the
        "Sekretariat" of every OPD would be one unit and its positions one position. An OPD column alone stays the
        unit, and a unit column the analyst's mapping file names stays the unit.
        """
        if "perangkat_daerah" not in TABLE_KINDS[self.kind][1]:
            return
        cols = self.result.columns
        unit, opd = cols.get("unit_kerja"), cols.get("perangkat_daerah")
        by_letter = {c.letter: c for c in self.columns}
        if opd is not None and unit is None:  # a lone OPD column (its canonical name, or SIASN's) is the unit
            col = by_letter[opd.letter]
            del cols["perangkat_daerah"], self.result.indices["perangkat_daerah"]
            self.take(
                col, "unit_kerja", opd.how, reason=f"{opd.reason}; tanpa kolom unit lain: dibaca sebagai unit kerja"
            )
            return
        if unit is None or opd is not None:
            return
        index, ranks, fields = alias_index(self.kind), alias_rank(self.kind), TABLE_KINDS[self.kind][1]
        rejected = self.result.rejected.get("unit_kerja")
        lost = []
        for col in self.columns:
            hit = _exact(col, index, ranks, fields) if self.assigned.get(col.index) == "" else None
            if hit is not None and hit[0] == "unit_kerja" and col is not rejected:
                lost.append((hit[2], col.index, col))
        lost.sort(key=lambda t: (t[0], t[1]))
        unit_col = by_letter[unit.letter]
        if _opd_level(unit_col) and unit.how != "peta":
            inner = next((c for _, _, c in lost if not _opd_level(c)), None)
            if inner is None:
                return
            self.take(inner, "unit_kerja", "alias", reason=f"judul dikenal '{inner.text}' (unit di dalam OPD)")
            outer = unit_col
        else:
            found = self._outer_opd([c for _, _, c in lost if _opd_level(c)])
            if found is None:
                return
            inner, outer = unit_col, found
        agency = _agency_named(self.samples.get(outer.index) if self.samples else None)
        if agency is None:
            why = f"'{outer.text}' di samping unit kerja '{inner.text}': OPD"
            self.take(outer, "perangkat_daerah", "alias", reason=why)
        else:
            self.agency_column(outer, agency)
        # the findings on the unit's columns are written again: the OPD column is no second unit column any more
        self.result.findings = [
            f
            for f in self.result.findings
            if not (f.code in ("kolom-ganda", "kolom-dipilih-dari-isi") and f.location.field == "unit_kerja")
        ]
        for _, _, col in lost:
            governs = _opd_level(col) and _agency_named(self.samples.get(col.index) if self.samples else None)
            if col.index not in (inner.index, outer.index) and not governs:  # a government's: the instansi, said
                loc = replace(self.base, column=col.letter, header=col.text, field="unit_kerja")
                self.result.findings.append(
                    make_finding("kolom-ganda", loc, header=inner.text, kolom_dipakai=inner.letter)
                )

    def _outer_opd(self, opds: list[HeaderColumn]) -> HeaderColumn | None:
        """Of the OPD-level columns beside the unit, the OPD: the first not naming the government. SIASN data-utama
        gives ``satuanKerjaKerjaNama`` ("Pemerintah Kab. Kupang") left of ``unorIndukNama`` ("Dinas Kesehatan"): the
        first was taken as the instansi and the OPD was lost, every "Sekretariat" one unit (real7, h31). The
        government's columns are the instansi (:meth:`agency_column`)."""
        found = None
        for col in opds:
            agency = _agency_named(self.samples.get(col.index) if self.samples else None)
            if agency is None:
                found = found or col
            elif len(opds) > 1:
                self.agency_column(col, agency)
        if found is None and opds and self.assigned.get(opds[0].index) != "instansi":
            return opds[0]
        return found

    def agency_column(self, col: HeaderColumn, example: str) -> None:
        """An OPD-level column ("SATUAN KERJA") whose every cell names a government ("Pemerintah Provinsi D I
        Yogyakarta"): the instansi, not the OPD. Read as the OPD it led every unit ("Pemerintah … | Rumah Sakit Jiwa
        Grhasia") and no holder linked to a table with OPDs (a SAPK CPNS import sheet, whose app stores it as the
        instansi; h27/real7). Beside an instansi column it is a second one."""
        have = self.result.columns.get("instansi")
        if have is None:
            why = f"'{col.text}' berisi nama instansi (mis. '{example}'), bukan OPD: dibaca sebagai instansi"
            self.take(col, "instansi", "alias", reason=why)
            return
        self.assigned[col.index] = ""
        if _same_values(self.samples, col.index, self.result.indices["instansi"]):
            # SIASN's satuan kerja repeating its instansi kerja ("Pemerintah Kab. Kupang" in both): nothing to choose
            self.result.rejected.setdefault("instansi", col)
            return
        loc = replace(self.base, column=col.letter, header=col.text, field="instansi")
        self.result.findings.append(make_finding("kolom-ganda", loc, header=have.header, kolom_dipakai=have.letter))

    def fallback_spellings(self) -> None:
        """A field's fallback column (PANGKAT for golongan) is the field when the file has no column of it, else
        where the field's empty cells are read from ("-" under GOL, "Penata Muda Tk. I" under PANGKAT)."""
        for name, spellings in FALLBACK.get(self.kind, {}).items():
            if name == "kebutuhan" and not _COUNTS.isdisjoint(self.result.columns):  # a count of something else
                continue
            keys = {normalize_header(a) for a in spellings}
            col = next((c for c in self.free() if any(k in keys for k in header_keys(c.text))), None)
            if col is None:
                continue
            if name in self.result.columns:
                if name not in FALLBACK_ALONE:
                    self.result.parts.setdefault(name, []).append(col.index)
                    self.assigned[col.index] = name
                continue
            self.take(
                col, name, "alias", reason=f"tidak ada kolom {field_words(name)}: '{col.text}' dibaca sebagai kolom itu"
            )
            if name == "jabatan":  # a profession without its jenjang: matched against the peta jabatan, said once
                loc = replace(self.base, column=col.letter, header=col.text, field=name)
                self.result.findings.append(make_finding("jabatan-dari-jenis-tenaga", loc))
        completes = {c.index: _completes(self.kind, c) for c in self.free()}  # once a column
        for name, spellings in COMPLETING.get(self.kind, {}).items():
            if name not in self.result.columns:
                continue
            keys = {normalize_header(a) for a in spellings}
            for col in [
                c
                for c in self.free()
                if completes[c.index] == name
                or (completes[c.index] is None and any(k in keys for k in header_keys(c.text)))
            ]:
                self.result.parts.setdefault(name, []).append(col.index)
                self.assigned[col.index] = name

    def jf_jenjang(self) -> None:
        """A column of the posts' JF jenjang (:data:`JF_JENJANG`, or "JENJANG" of JF jenjang cells) beside the post's
        name, in a roster or a position table, kept for the reader to complete the names with
        (``ColumnMapping.jf_jenjang``); four in five of its filled sample cells must name a jenjang. A roster's
        "JENJANG" of "Ahli Madya"/"Ahli Muda" alone taken as the education (D-III/D-II) is the jenjang when the posts
        on its rows are JF named without one ("Pranata Komputer" | "Ahli Madya"): read as the education, the Ahli
        Madya Pranata Komputer was a D-III whose BUP fell to 58 (jenjang28, h37)."""
        name = JF_NAME_FIELD.get(self.kind)
        if name is None or self.samples is None or name not in self.result.indices:
            return
        posts = self.samples.get(self.result.indices[name], [])
        keys = {normalize_header(a) for a in JF_JENJANG}
        if self.kind == "jabatan":  # no education is headed "JENJANG" in a position table (syarat pendidikan)
            keys.add("JENJANG")
        for col in self.free():
            named = not keys.isdisjoint(_keys(col))  # a two-row header's lower label too ("JABATAN" over "JENJANG")
            bare = any(_jf_jenjang_column(k, self.samples, col.index) for k in _keys(col))
            if (named or bare) and _reads_jenjang(self.samples.get(col.index, []), posts):
                self._take_jf_jenjang(col, name)
                return
        education = self.result.columns.get("pendidikan") if self.kind == "pegawai" else None
        if education is None or education.how == "peta":
            return
        index = self.result.indices["pendidikan"]
        col = next(c for c in self.columns if c.index == index)
        cells = self.samples.get(index, [])
        jenjang = "JENJANG" in _keys(col) and _reads_jenjang(cells, posts)
        golongan = self.samples.get(self.result.indices.get("golongan", -1), [])
        if jenjang and names_jf_without_jenjang(cells, posts, golongan):
            del self.result.columns["pendidikan"], self.result.indices["pendidikan"]
            self._take_jf_jenjang(col, name)

    def _take_jf_jenjang(self, col: HeaderColumn, name: str) -> None:
        self.result.jf_jenjang = (col, name)
        self.assigned[col.index] = name

    def split_fields(self) -> None:
        for name, spellings in PARTS.get(self.kind, {}).items():
            if name in self.result.columns:
                continue
            keys = {normalize_header(a) for a in spellings}
            found = [c for c in self.free() if any(k in keys for k in header_keys(c.text))]
            if not found:
                continue
            if name in ORDERED_PARTS:  # the deepest unit level first, wherever the sheet puts it
                rank = {normalize_header(a): i for i, a in enumerate(spellings)}
                found.sort(key=lambda c: min(rank.get(k, len(rank)) for k in header_keys(c.text)))
            listed = ", ".join(f"'{c.text}'" for c in found)
            self.take(found[0], name, "gabungan", reason=f"isi pertama yang terisi dari {listed}")
            self.result.parts[name] = [c.index for c in found[1:]]
            for c in found[1:]:
                self.assigned[c.index] = name
            if len(found) > 1:
                loc = replace(self.base, column=found[0].letter, header=found[0].text, field=name)
                others = ", ".join(f"'{c.text}'" for c in found[1:])
                rule = "tingkat unit terdalam yang terisi" if name in ORDERED_PARTS else "kolom pertama yang terisi"
                if name in ORDERED_PARTS and any(k in ESELON_KEYS for c in found for k in header_keys(c.text)):
                    rule += ", di bawah tingkat eselon tertinggi yang terisi (OPD)"  # (h27/real8)
                self.result.findings.append(make_finding("kolom-gabungan", loc, lain=others, aturan=rule))

    def bare_tmt(self) -> None:
        """A header "TMT" alone dates the column on its left: SIMPEGA's nominatif writes "Golongan Pangkat | TMT |
        Jabatan Tambahan | TMT | Jabatan Fungsional | TMT" (h30/real), a DUK "Jabatan | TMT". Right of the column read
        as the jabatan (or one of its parts) it is the TMT jabatan; any other stays unread, as before."""
        if "tmt_jabatan" in self.result.columns or "tmt_jabatan" not in TABLE_KINDS[self.kind][1]:
            return
        jabatan = {self.result.indices[n] for n in ("jabatan", "nama_jabatan") if n in self.result.indices}
        jabatan |= {i for n in ("jabatan", "nama_jabatan") for i in self.result.parts.get(n, [])}
        order = sorted(self.columns, key=lambda c: c.index)
        for left, col in itertools.pairwise(order):
            bare = col.index not in self.assigned and normalize_header(col.text).replace(" ", "") == "TMT"
            if bare and left.index in jabatan:
                self.take(col, "tmt_jabatan", "alias", reason=f"'TMT' di kanan kolom jabatan '{left.text}'")
                return

    def grouped_counts(self) -> None:
        """A count named by a parent label over sub-columns ("BEZETTING" merged over "PNS | PPPK | JUMLAH"): each
        sub-column names the field through the parent alone, and the leftmost (the PNS count) was taken as the whole
        bezetting (hostile, h30). The group's total ("JUMLAH", "TOTAL") is the field; a bezetting group without one
        is the sum of its status counts (CPNS, PNS, PPPK), as :meth:`bezetting_by_status` sums them side by side."""
        for name in ("bezetting", "kebutuhan"):
            taken = self.result.columns.get(name)
            if taken is None or taken.how != "alias":
                continue
            parent, _ = _group_labels(self.kind, name, next(c for c in self.columns if c.letter == taken.letter))
            group = [c for c in self.columns if parent and _group_labels(self.kind, name, c)[0] == parent]
            if len(group) < 2 or any(self.assigned.get(c.index) not in ("", name) for c in group):
                continue
            children = [_group_labels(self.kind, name, c)[1] for c in group]
            total = [c for c, child in zip(group, children, strict=True) if _GROUP_TOTAL().match(child)]
            counts = [c for c, child in zip(group, children, strict=True) if _status_count(child) in _STATUS_COUNTS]
            if len(total) == 1:
                chosen, parts, how = total[0], [], "alias"
                reason = f"jumlah kelompok '{parent}' ({', '.join(children)})"
            elif name == "bezetting" and len(counts) == len(group):
                chosen, parts, how = counts[0], counts[1:], "gabungan"
                reason = f"jumlah {' + '.join(repr(c.text) for c in counts)} (pemangku per status kepegawaian)"
            else:
                continue
            self.take(chosen, name, how, reason=reason)
            self.result.parts[name] = [c.index for c in parts]
            self.result.breakdown[name] = [] if parts else [c.index for c in group if c is not chosen]
            for c in (c for c in group if c is not chosen):  # the parts count into the field, the rest claimed
                self.assigned[c.index] = name if c in parts else ""
            self.result.findings = [
                f
                for f in self.result.findings
                if not (f.code in ("kolom-ganda", "kolom-dipilih-dari-isi") and f.location.field == name)
            ]
            lain = ", ".join(f"'{c.text}'" for c in group if c is not chosen)
            loc = replace(self.base, column=chosen.letter, header=chosen.text, field=name)
            aturan = "jumlah kelompoknya" if parts else "kolom jumlahnya; kolom rinciannya tidak dipakai"
            self.result.findings.append(make_finding("kolom-gabungan", loc, lain=lain, aturan=aturan))

    def bezetting_by_status(self) -> None:
        """A position table with no bezetting column but its holders counted per status, beside a kebutuhan: "pns" and
        "pppk" (and "cpns") are the bezetting, summed per row (``readers._fill_from_parts``). A peer e-Anjab's own
        export writes ``nama_unit, nama_jabatan, abk, cpns, pns, pppk`` (orproject04/uianjab, dashboard
        handleExportExcel; real10 #3, h29); its bezetting was lost and "pns" was offered as 'instansi'. Exact headers
        only: "USULAN PPPK" or "FORMASI PNS" (a request, no holders) are not counted. Form D of the NTT ANJAB app
        splits "Jumlah Pegawai ASN" | "Jumlah Pegawai PPPK": PPPK are ASN too (UU 20/2023 Pasal 6), and only the ASN
        column was read (peers5 #2, h29); an ASN count beside a PPPK one and no PNS one is the PNS part, also when
        "JUMLAH ASN" was already taken as the bezetting."""
        name = "bezetting"
        if self.kind != "jabatan" or "kebutuhan" not in self.result.columns:
            return
        taken = self.result.columns.get(name)
        if taken is not None and taken.how != "alias":
            return
        found = [c for c in self.free() if _status_count(c.text)]
        if taken is not None:  # "JUMLAH ASN" | "JUMLAH PPPK": the ASN count is the PNS part beside the PPPK one
            own = next(c for c in self.columns if c.index == self.result.indices[name])
            if _status_count(own.text) != "ASN" or [_status_count(c.text) for c in found] != ["PPPK"]:
                return
            found = [own, *found]
        keys = [_status_count(c.text) for c in found]
        if "ASN" in keys and "PNS" not in keys:  # ASN beside PPPK and no PNS: the PNS part
            keys = ["PNS" if k == "ASN" else k for k in keys]
        else:  # beside a PNS count an ASN count is their total: left out of the sum
            found, keys = [c for c, k in zip(found, keys, strict=True) if k != "ASN"], [k for k in keys if k != "ASN"]
        if not {"PNS", "PPPK"} <= set(keys) or len(set(keys)) != len(found):
            return
        listed = " + ".join(f"'{c.text}'" for c in found)
        self.take(found[0], name, "gabungan", reason=f"jumlah {listed} (pemangku per status kepegawaian)")
        self.result.parts[name] = [c.index for c in found[1:]]
        for c in found[1:]:
            self.assigned[c.index] = name

    def yearly_predikat(self) -> None:
        """No column names the predikat, some name it with a year ("PREDIKAT KINERJA 2024", "PREDIKAT SKP 2025": a
        two-year SKP recap): the latest year is the predikat, and with several years a finding says which was taken.
        The rules read one predikat (the latest); the earlier years are claimed, not reported as unknown columns. Both
        were left unmapped, every predikat unknown (h26/real6)."""
        name = "predikat_kinerja"
        if self.kind != "pegawai" or name in self.result.columns:
            return
        index = alias_index(self.kind)
        dated: list[tuple[int, HeaderColumn]] = []
        for col in self.free():
            for key in {k for text in (col.text, *col.keys) for k in header_keys(text)}:
                match = _WITH_YEAR.match(key)
                if match and index.get(match.group("base")) == name:
                    dated.append((int(match.group("year")), col))
                    break
        if not dated:
            return
        dated.sort(key=lambda d: (-d[0], d[1].index))
        year, col = dated[0]
        self.take(col, name, "alias", reason=f"predikat tahun {year}, tahun terbaru")
        others = [c for _, c in dated[1:]]
        for other in others:  # latest first: a row's empty cell takes the next earlier year's (review 4, h26)
            self.assigned[other.index] = name
        # the year just before only (not the next column whatever its year: with 2025 and 2023, 2023 was used;
        # review6 h27): the rules read recent years, a 2023 predikat is not today's
        before = [c for y, c in dated[1:] if y == year - 1][:1]
        if before:
            self.result.parts[name] = [before[0].index]
        if others:
            loc = replace(self.base, column=col.letter, header=col.text, field=name)
            unused = [c for c in others if c not in before]
            said = (
                f"sel yang kosong memakai kolom '{before[0].text}' ({year - 1})"
                if before
                else f"tidak ada kolom tahun {year - 1}, sel yang kosong tetap kosong"
            )
            if unused:
                said += f"; kolom {', '.join(repr(c.text) for c in unused)} (lebih lama) tidak dipakai"
            self.result.findings.append(make_finding("predikat-tahun-terbaru", loc, tahun=year, lain=said))

    def yearly_retirements(self) -> None:
        """Formulir 1's "BUP TH. <tahun>" (a position table): how many of a post's holders retire that year, as its
        e-formasi app counts them; read as ``pensiun_tahun`` so it is compared with the roster (it was named "known,
        not used"). A bare "BUP" is the post's retirement age, never this count. With several years (a five-year
        projection) the earliest is read and the others are claimed; a second column of the read year ("BUP TH. 2027"
        beside "PENSIUN TH 2027") is named (``kolom-ganda``): which count was read was not said (hostile6, h32)."""
        name = "pensiun_tahun"
        if self.kind != "jabatan" or name in self.result.columns:
            return
        dated = sorted(
            ((year, col.index, col) for col in self.free() if (year := header_year(col.text, _RETIREMENT_BASES))),
            key=lambda d: (d[0], d[1]),
        )
        if not dated:
            return
        year, _, col = dated[0]
        self.take(col, name, "alias", reason=f"pemangku yang TMT pensiunnya tahun {year}")
        for other_year, _, other in dated[1:]:
            self.assigned[other.index] = name
            if other_year == year:
                loc = replace(self.base, column=other.letter, header=other.text, field=name)
                self.result.findings.append(make_finding("kolom-ganda", loc, header=col.text, kolom_dipakai=col.letter))

    def dated_bup(self) -> None:
        """A roster's "BUP" column of dates is the date its holder reaches BUP, the TMT pensiun (SILKa's proyeksi
        prints "USIA BUP | TMT BUP", a SIMPEG the date under "BUP"), not years: each cell was "bukan angka yang valid"
        and the date lost (review4, h31). Read as ``tmt_pensiun`` when the roster has no such column; a column of
        whole numbers stays the BUP (58 reads as an Excel date too, so numbers decide first)."""
        info = self.result.columns.get("bup")
        if info is None or "tmt_pensiun" in self.result.columns or self.samples is None:
            return
        index = self.result.indices["bup"]
        values = self.samples.get(index)
        dates, numbers = value_fit("tmt_pensiun", values), value_fit("kebutuhan", values)
        if dates is None or dates < 0.8 or (numbers or 0.0) >= 0.5:
            return
        del self.result.columns["bup"], self.result.indices["bup"]
        col = next(c for c in self.columns if c.index == index)
        share = round(dates * 100)
        self.take(
            col, "tmt_pensiun", "isi", share, reason=f"judul '{info.header}' berisi tanggal ({share}%): TMT pensiun"
        )

    def performance_ratings(self) -> None:
        """A predikat column holding ratings (SIASN rw-skp22 ``hasilKinerja``: "SESUAI EKSPEKTASI") is the rating hasil
        kerja, no predikat. With a rating perilaku kerja column (``perilakuKerja``) the predikat is derived from both
        (PermenPANRB 6/2022's matrix, see ``readers._fill_from_parts``); without one the column is set aside with a
        warning and the predikat stays unknown (300 "nilai tidak dikenali" and every score at the unknown value, h26)."""
        name = "predikat_kinerja"
        info = self.result.columns.get(name)
        if info is None or self.samples is None:
            return
        from asn_mutasi.domain.coded_fields import parse_rating

        index = self.result.indices[name]
        filled = [v for v in self.samples.get(index, []) if v is not None and str(v).strip()]
        if not filled or 2 * sum(1 for v in filled if parse_rating(v) is not None) <= len(filled):
            return
        keys = {normalize_header(a) for a in PERILAKU_RATING}
        perilaku = next(
            (
                c
                for c in self.columns
                if c.index != index and self.assigned.get(c.index, "") == "" and keys & set(header_keys(c.text))
            ),
            None,
        )
        loc = replace(self.base, column=info.letter, header=info.header, field=name)
        if perilaku is None:
            del self.result.columns[name], self.result.indices[name]
            self.result.rejected[name] = next(c for c in self.columns if c.index == index)
            self.result.findings.append(make_finding("kolom-berisi-rating", loc))
            return
        self.result.parts[name] = [perilaku.index]
        self.assigned[perilaku.index] = name
        reason = f"{info.reason}; rating hasil kerja, predikat diturunkan bersama rating perilaku kerja"
        self.result.columns[name] = replace(info, reason=reason)
        self.result.findings.append(make_finding("predikat-dari-rating", loc, perilaku=perilaku.text))

    def status_holding_predikat(self) -> None:
        """A status column whose cells are predikat words ("Baik", "Sangat Baik") and no status: an e-kinerja SKP
        recap's "Status" is the month's predikat, and each row was "status kepegawaian 'Baik' tidak dikenali" (8
        false warnings; h27/real8). It is set aside, said once, and the status stays unknown."""
        name = "status_kepegawaian"
        info = self.result.columns.get(name)
        if info is None or info.how == "peta" or self.samples is None:
            return
        from asn_mutasi.domain.coded_fields import parse_predikat, parse_status_kepegawaian

        index = self.result.indices[name]
        words = [v.strip() for v in self.samples.get(index, []) if isinstance(v, str) and len(v.strip()) > 2]
        if len(words) < MIN_SAMPLE or any(parse_status_kepegawaian(v) is not None for v in words):
            return
        if sum(parse_predikat(v) is not None for v in words) < 0.8 * len(words):
            return
        del self.result.columns[name], self.result.indices[name]
        self.result.rejected[name] = next(c for c in self.columns if c.index == index)
        loc = replace(self.base, column=info.letter, header=info.header, field=name)
        self.result.findings.append(make_finding("kolom-status-berisi-predikat", loc, contoh=words[0]))

    def status_holding_kedudukan(self) -> None:
        """A status column set aside for the PNS/PPPK one beside it (:func:`_content_fits`) whose cells are kedudukan
        ("Aktif", "Tugas Belajar", "Cuti Luar Tanggungan", "Masa Persiapan Pensiun") is read as the kedudukan hukum
        when no column names that: the CLTN and MPP holders leave their posts (real9, h28)."""
        col = self.result.rejected.get("status_kepegawaian")
        if col is None or "kedudukan_hukum" in self.result.columns or self.samples is None:
            return
        from asn_mutasi.domain.coded_fields import parse_kedudukan_hukum

        words = [v for v in self.samples.get(col.index, []) if isinstance(v, str) and v.strip()]
        known = sum(parse_kedudukan_hukum(v) is not None for v in words)
        if not words or 2 * known <= len(words) or (len(words) < MIN_SAMPLE and known < len(words)):
            return  # fewer cells than a sample: every one a kedudukan (a one-row roster's "Aktif", real6, h31)
        del self.result.rejected["status_kepegawaian"]
        self.take(col, "kedudukan_hukum", "isi", reason="kolom status berisi kedudukan (Aktif, Tugas Belajar, CLTN …)")
        # said as what it is, not "kolom 'Status Pegawai' tidak dipakai" while it takes the CLTN holders out
        said = self.result.findings
        said[:] = [
            f for f in said if not (f.code == "kolom-dipilih-dari-isi" and f.location.field == "status_kepegawaian")
        ]
        jenis = self.result.columns.get("status_kepegawaian")
        loc = replace(self.base, column=col.letter, header=col.text, field="kedudukan_hukum")
        contoh = ", ".join(list(dict.fromkeys(str(v).strip() for v in words))[:4])
        said.append(
            make_finding("kolom-status-berisi-kedudukan", loc, contoh=contoh, jenis=jenis.header if jenis else "-")
        )

    def status_of_requests(self) -> None:
        """A bare "STATUS" of a position table whose cells are verdicts on requests (rumahASN's usulan formasi:
        DISETUJUI, MENUNGGU, PERBAIKAN, DITOLAK) is the ``status_usulan``: a refused request was counted in the need
        (real6, h31). A peta's STATUS (SESUAI, KURANG, LEBIH) holds no verdict and stays unread. An OPD's mutation
        proposal recap's "Status" too, where every proposal may still be open (Diajukan, Diproses; usulan30, h38)."""
        if self.kind not in ("jabatan", "usulan") or "status_usulan" in self.result.columns or self.samples is None:
            return
        from asn_mutasi.domain.coded_fields import parse_status_usulan

        for col in self.free():
            if not any(k.split()[:1] == ["STATUS"] for k in _keys(col)):
                continue
            said = [parse_status_usulan(v) for v in self.samples.get(col.index, []) if isinstance(v, str) and v.strip()]
            decided = [v for v in said if v in ("Disetujui", "Ditolak")]
            if said and (decided or self.kind == "usulan") and 2 * sum(v is not None for v in said) > len(said):
                self.take(
                    col, "status_usulan", "isi", reason="kolom status berisi keputusan usulan (disetujui/ditolak)"
                )
                return

    def fuzzy(self) -> None:
        index = alias_index(self.kind)
        cols = [c for c in self.free() if not _ignored(c) and not _known_unused(self.kind, c)]
        for col, scores in zip(cols, _field_scores(cols, index), strict=True):
            if date_label(col):  # "TMT ESELON", "TMT" over "GOL | ESELON": a date, never the eselon (real26, h36)
                scores = {f: s for f, s in scores.items() if f in DATE_FIELDS}
            elif code_base(col) is not None:
                self._code_column(col, index)
                continue
            if max(scores.values(), default=0.0) < FUZZY_THRESHOLD:
                continue  # no field close enough: ranking the fields of each of 16,384 headers took 0.3 s (review14, h34)
            ranked = _ranked(scores, set(self.result.columns) | set(self.result.rejected))
            if not ranked:
                continue
            best_field, best_score = ranked[0]
            runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
            if best_field in _WORKLOAD_UNITS:  # the two units are one field for the margin; the header's word decides
                runner_up = max((s for f, s in ranked[1:] if f not in _WORKLOAD_UNITS), default=0.0)
                best_field = workload_unit(col, best_field)
                if best_field in self.result.columns:
                    continue
            fit = value_fit(best_field, self.samples.get(col.index) if self.samples is not None else None)
            clear = best_score >= FUZZY_THRESHOLD and best_score - runner_up >= FUZZY_MARGIN
            if clear and (fit is None or fit >= 0.5):
                self.take(col, best_field, "fuzzy", round(best_score, 1), reason=f"judul mirip ({round(best_score)}%)")
                loc = replace(self.base, column=col.letter, header=col.text, field=best_field)
                self.result.findings.append(make_finding("kolom-dipetakan-fuzzy", loc, skor=round(best_score)))

    def _code_column(self, col: HeaderColumn, index: dict[str, str]) -> None:
        """A header naming a code ("KODE UNIT KERJA", "ID JABATAN STRUKTURAL") is never the field it codes: it is the
        code field of that field when the table has one (kode_jabatan for the jabatan), else left to :meth:`unmapped`.
        "KODE UNIT KERJA" was read as the unit kerja (90% alike) and every row's unit was its code (hostile13, h34)."""
        coded, score = coded_field(col, index) or ("", 0.0)
        code = _CODE_FIELD.get(coded)
        if code is None or code in self.result.columns or code in self.result.rejected or code not in index.values():
            return
        self.take(col, code, "fuzzy", round(score, 1), reason=f"judul menyebut kode {field_words(coded)}")
        loc = replace(self.base, column=col.letter, header=col.text, field=code)
        self.result.findings.append(make_finding("kolom-dipetakan-fuzzy", loc, skor=round(score)))

    def nip_by_content(self) -> None:
        """No column named the NIP: the free column whose cells hold valid 18-digit NIPs (a third of them at least,
        two or more) is the NIP, with a warning. An RSUD importer's "Kode Pegawai" holds the ASN's NIP and the
        others' hospital codes: the file was refused with "maksud Anda 'Nomor Rekening'?" (h26/real4). A column of a
        header known to hold another number (NIK) counts only when no other column does: a PHP app's staff reports
        head the NIP "NIK" (a 16-digit NIK is never a valid 18-digit NIP; the file was refused; real16, h33)."""
        if self.kind not in ("pegawai", "usulan") or "nip" in self.result.columns or self.samples is None:
            return
        free = [c for c in self.free() if not _OTHER_PERSON().search(c.text)]
        best = self._most_nips([c for c in free if not _ignored(c)]) or self._most_nips(
            [c for c in free if _ignored(c)]
        )
        if best is not None:
            share, col = best
            self.take(col, "nip", "isi", round(share * 100, 1), reason=f"{round(share * 100)}% isi berupa NIP 18 digit")
            loc = replace(self.base, column=col.letter, header=col.text, field="nip")
            self.result.findings.append(make_finding("kolom-nip-dari-isi", loc, persen=round(share * 100)))

    def _most_nips(self, columns: list[HeaderColumn]) -> tuple[float, HeaderColumn] | None:
        """Of ``columns``, the one with the largest share of valid, distinct NIPs (:meth:`nip_by_content`), if any."""
        samples = self.samples or {}
        best: tuple[float, HeaderColumn] | None = None
        for col in columns:
            filled = [v for v in samples.get(col.index, []) if v is not None and str(v).strip()]
            nips = [v for v in filled if _valid_nip(v)]
            distinct = len({str(v).strip() for v in nips}) >= 0.9 * len(nips)  # one NIP on every row: a supervisor's
            share = len(nips) / len(filled) if filled else 0.0
            if len(nips) >= 2 and distinct and share >= 1 / 3 and (best is None or share > best[0]):
                best = (share, col)
        return best

    def level_by_content(self) -> None:
        """No column named the education level: a free column under a PENDIDIKAN heading whose cells are levels
        (four in five at least: "S2", "D3", "SLTA") is it. A Kemenag DUK writes the level under "PENDIDIKAN
        TERAKHIR / JML JAM", and three of ten people had no education (h26/real5)."""
        if self.kind != "pegawai" or "pendidikan" in self.result.columns or self.samples is None:
            return
        from asn_mutasi.domain.pendidikan import parse_level

        for col in self.free():
            if not any("PENDIDIKAN" in normalize_header(k) for k in (*col.keys, col.text)):
                continue
            filled = [v for v in self.samples.get(col.index, []) if v is not None and str(v).strip()]
            levels = sum(1 for v in filled if parse_level(v) is not None)
            if len(filled) >= MIN_SAMPLE and levels >= 0.8 * len(filled):
                share = round(100 * levels / len(filled))
                self.take(col, "pendidikan", "isi", share, reason=f"{share}% isi berupa tingkat pendidikan")
                loc = replace(self.base, column=col.letter, header=col.text, field="pendidikan")
                self.result.findings.append(make_finding("kolom-dipetakan-dari-isi", loc, persen=share))
                return

    def unmapped(self) -> None:
        """Each column left: said once (a known non-field, a work team, an unknown header with a suggestion); past
        :data:`UNKNOWN_SHOWN` unknown headers the rest are counted in one ``kolom-tidak-dikenal-lain``: a
        16,384-column sheet said 1,002 findings, ranked for suggestions nobody reads (hostile4, h31)."""
        unknown: list[HeaderColumn] = []
        for col in self.free():
            self.result.unmapped.append(col)
            if is_numbering(col):
                continue  # the row-number column: nothing to map, nothing to report
            loc = replace(self.base, column=col.letter, header=col.text)
            if _team_column(col):
                self.result.findings.append(make_finding("kolom-tim-kerja", loc))
                continue
            unused = _known_unused(self.kind, col) or _code_words(col, alias_index(self.kind))
            if unused:
                self.result.findings.append(make_finding("kolom-dikenal-tidak-dipakai", loc, arti=unused))
                continue
            if self.kind == "jabatan" and self.result.columns.keys().isdisjoint(_WORKLOAD_UNITS) and _workload(col):
                self.result.findings.append(make_finding("kolom-beban-tidak-dibaca", loc))
                continue
            unknown.append(col)
        self._say_unknown(unknown)

    def _say_unknown(self, unknown: list[HeaderColumn]) -> None:
        shown, rest = unknown[:UNKNOWN_SHOWN], unknown[UNKNOWN_SHOWN:]
        ranked = [c for c in shown if not _ignored(c)]
        scores = dict(zip((c.index for c in ranked), _field_scores(ranked, alias_index(self.kind)), strict=True))
        for col in shown:
            saran = ""
            # a code header ("KODE POS") is no field's name; its field's code was taken by :meth:`_code_column`
            if col.index in scores and not _names_other_person(col) and code_base(col) is None:
                ranked_ = _ranked(scores[col.index], set(self.result.columns))
                saran = suggestion((f for f, s in ranked_ if worth_offering(col, self.kind, f, s)), fields=True)
            loc = replace(self.base, column=col.letter, header=col.text)
            self.result.findings.append(make_finding("kolom-tidak-dikenal", loc, saran=saran))
        if rest:
            span = rest[0].letter if len(rest) == 1 else f"{rest[0].letter}–{rest[-1].letter}"
            loc = replace(self.base, column=rest[0].letter, header=rest[0].text)
            jumlah = format_number(len(rest))
            self.result.findings.append(make_finding("kolom-tidak-dikenal-lain", loc, jumlah=jumlah, rentang=span))


#: a header naming the code or id of something ("KODE UNIT KERJA", "Kd. Satker", "ID UNIT KERJA"), the words after
#: the mark naming the thing coded
@functools.cache
def _CODE_MARK() -> re.Pattern[str]:
    return re.compile(r"^(?:KODE|KD|ID)\s+(?P<base>\S.*)$")


#: a word opening with one of the marks, in any case and spelling ("kode_unit", "Kd.", "ID")
@functools.cache
def _CODE_HINT() -> re.Pattern[str]:
    return re.compile(r"(?i)(?:^|[^a-z])(?:kode|kd|id)")


#: the code field of a field a code header may name (the only code field a table has: kode_jabatan)
_CODE_FIELD = {"jabatan": "kode_jabatan", "nama_jabatan": "kode_jabatan", "jabatan_sekarang": "kode_jabatan"}
#: how alike the words after a code mark must be to a field's spelling to say the header codes that field
_CODE_BASE_THRESHOLD = 88.0


def code_base(col: HeaderColumn) -> str | None:
    """The words a code header names the coded thing with ("KODE UNIT KERJA" → "UNIT KERJA"), None for a header that
    names no code."""
    if not any(_CODE_HINT().search(text) for text in (col.text, *col.keys)):
        return None  # (the cheap look first: a 16,384-column sheet asks for each header)
    for key in (k for text in (col.text.split(" / ")[0], *col.keys) for k in header_keys(text)[:1]):
        hit = _CODE_MARK().match(key)
        if hit:
            return hit.group("base")
    return None


def coded_field(col: HeaderColumn, index: dict[str, str]) -> tuple[str, float] | None:
    """The field whose code a code header holds and how alike its words after the mark are to the field's spelling
    (exact, else alike): "KODE UNIT KERJA" → (unit_kerja, 100), "KODE PENDIDIKAN" → pendidikan; None for another
    header."""
    base = code_base(col)
    if base is None:
        return None
    if base in index:
        return index[base], 100.0
    scores = _field_scores([HeaderColumn(col.index, col.letter, base, (base,))], index)[0]
    ranked = _ranked(scores, set())
    return ranked[0] if ranked and ranked[0][1] >= _CODE_BASE_THRESHOLD else None


def _code_words(col: HeaderColumn, index: dict[str, str]) -> str:
    """What a code header of a field holds, as :meth:`_Mapper.unmapped` says it ("kode Unit Kerja (unit_kerja), bukan
    namanya"); "" for another header."""
    coded = coded_field(col, index)
    return f"kode {label(coded[0])}, bukan namanya" if coded else ""


def worth_offering(col: HeaderColumn, kind: str, name: str, score: float) -> bool:
    """Whether field ``name``, ``score`` alike, may be offered for the unread header ``col``: close in spelling
    (:data:`SUGGEST_CLOSE`), or alike and holding a word only that field's spellings use (:func:`_shares_own_word`).
    A bare likeness of 60 offered "BERAT BADAN" as the riwayat jabatan, "Kecamatan" as the kode jabatan and "Nama" of
    a history as its TMT selesai (hostile13, h34)."""
    if score < SUGGEST_THRESHOLD or not _may_offer(name, col):
        return False
    return score >= SUGGEST_CLOSE or _shares_own_word(col, kind, [name])


_HOW_RANK = {"nama": 0, "alias": 1}
#: a header naming a field and a year ("PREDIKAT KINERJA 2025", "PREDIKAT SKP TAHUN 2024")
#: the base ends with a non-space: ".+?" then "\s+" split a long run of spaces every way (0.7 s, hostile3, h31)
_WITH_YEAR = re.compile(r"^(?P<base>.*?\S)\s+(?:(?:TAHUN|THN|TH)\s+)?(?P<year>(?:19|20)\d\d)$")
#: a count of the holders who retire in the year after it: Formulir 1's "BUP TH. 2027"
_RETIREMENT_BASES = frozenset({"BUP", "PENSIUN", "JUMLAH PENSIUN", "PROYEKSI PENSIUN", "JUMLAH BUP"})


def header_year(header: str, bases: frozenset[str] = _RETIREMENT_BASES) -> int | None:
    """The year a header dates one of ``bases`` with ("BUP TH. 2027" → 2027), None for any other header."""
    for key in header_keys(header):
        match = _WITH_YEAR.match(key)
        if match and match.group("base") in bases:
            return int(match.group("year"))
    return None


def _choose(
    name: str,
    cands: list[tuple[HeaderColumn, str, int, str]],
    result: ColumnMapping,
    take: Callable[..., None],
    assigned: dict[int, str],
    base: Location,
    samples: dict[int, list[object]] | None,
) -> None:
    """Pick one column among those whose header names ``name``: values first, then the best spelling.

    Claimed without a word, never chosen: a column named only by its lower label ("LATIHAN JABATAN / NAMA": the
    course's name) beside one its whole header names ("NAMA / TTL"), and an empty column (the second half of a
    merged "NAMA" over two columns) beside one that holds values."""
    for col, *_ in cands:
        assigned[col.index] = ""  # claimed: never a candidate for fuzzy matching
    kept = _without_lesser(cands, samples)
    if name == "nama":
        kept = _with_titles(kept)
    every = cands
    for col, *_ in (c for c in cands if c not in kept):  # in the mapping report as set aside, not lost
        result.rejected.setdefault(name, col)
    cands = kept
    fits = _content_fits(name, cands, samples)
    usable = [c for c in cands if fits[c[0].index] is None or (fits[c[0].index] or 0.0) >= REJECT_BELOW]
    if not usable and name == "jurusan":
        # a DUK's "Pendidikan / Nama" names the school ("Universitas Diponegoro"): no programme to read, and no
        # reason to warn about a column the file rightly holds; said once, the column left unmapped
        for col, *_ in cands:
            result.rejected.setdefault(name, col)
            values = [v for v in (samples or {}).get(col.index, []) if v not in (None, "")][:3]
            loc = replace(base, column=col.letter, header=col.text, field=name)
            contoh = ", ".join(cell_text(v) for v in values)
            result.findings.append(make_finding("kolom-nama-sekolah", loc, contoh=contoh))
        return
    if not usable:
        # no column fits: use the best-named one anyway (its cells are checked row by row) and say so
        usable = list(cands)
        col = min(cands, key=lambda c: (_HOW_RANK[c[1]], c[2], c[0].index))[0]
        values = [v for v in (samples or {}).get(col.index, []) if v not in (None, "")][:3]
        loc = replace(base, column=col.letter, header=col.text, field=name)
        result.findings.append(
            make_finding(
                "kolom-isi-tidak-cocok",
                loc,
                jenis=_KIND_OF_VALUE.get(name, "nilai yang sesuai"),
                contoh=", ".join(cell_text(v) for v in values),  # 2800022, not 2800022.0
            )
        )
    else:
        for col, *_ in [c for c in cands if c not in usable]:
            result.rejected.setdefault(name, col)

    # a kebutuhan in whole people beats an ABK result in fractions (the table's own rounding: "Kebutuhan (ABK)"
    # 0,3 beside "Formasi" 1; an anjab app rounds with a floor of 1, h26/real4)
    whole = {
        c[0].index: _whole_share(samples.get(c[0].index)) if samples and name == "kebutuhan" else 0.0 for c in usable
    }
    if len(set(whole.values())) > 1 and samples and not _rounds_of(samples, sorted(whole, key=whole.__getitem__)):
        whole = dict.fromkeys(whole, 0.0)  # an e-formasi "Formasi" 2 beside a need 5,4 is a request, not the need

    def order(c: tuple[HeaderColumn, str, int, str]) -> tuple[float, float, int, int, int]:
        fit = fits[c[0].index]
        return (-(fit if fit is not None else 0.5), -whole[c[0].index], _HOW_RANK[c[1]], c[2], c[0].index)

    usable.sort(key=order)
    col, how, _, key = usable[0]
    fit = fits[col.index]
    reason = ("nama field" if how == "nama" else f"judul dikenal '{key}'") + (
        f"; {round(fit * 100)}% isi berupa {_KIND_OF_VALUE[name]}" if fit is not None else ""
    )
    if any(whole[c[0].index] < whole[col.index] for c in usable):
        reason += "; bilangan bulat, kolom lain berisi pecahan hasil ABK"
    take(col, name, how, reason=reason)
    fillers = _fillers(name, every, col, samples) or _tick_fillers(name, every, col, samples, result)
    told = [c for c in _worth_a_word(cands, col, samples) if c[0] not in fillers]
    for other, *_ in (c for c in cands if c not in told and c[0] not in fillers):  # in the report as set aside
        result.rejected.setdefault(name, other)
    _say_choice(name, (col, key, reason), told, fits, result, base)
    _say_fillers(name, col, fillers, result, base, (told, samples))


def _say_fillers(
    name: str,
    col: HeaderColumn,
    fillers: list[HeaderColumn],
    result: ColumnMapping,
    base: Location,
    told: tuple[list[tuple[HeaderColumn, str, int, str]], dict[int, list[object]] | None],
) -> None:
    """Read the :func:`_fillers` of ``col`` where it is empty, and say so once (``kolom-gabungan``); of the NIP
    columns ``told`` of (with the ``samples``), note one holding another person's NIPs (:func:`_second_person`)."""
    others, samples = told
    if name == "nip" and samples:
        second = next((c[0] for c in others if c[0] is not col and _second_person(samples, col, c[0])), None)
        result.second_person = None if second is None else (col, second)
    if not fillers:
        return
    result.parts[name] = [c.index for c in fillers]
    loc = replace(base, column=col.letter, header=col.text, field=name)
    lain = ", ".join(f"'{c.text}'" for c in fillers)
    aturan = "judul kolom yang bertanda (V, √, X) di baris itu" if name in result.ticks else "kolom pertama yang terisi"
    result.findings.append(make_finding("kolom-gabungan", loc, lain=lain, aturan=aturan))


def _second_person(samples: dict[int, list[object]], col: HeaderColumn, other: HeaderColumn) -> bool:
    """Whether NIP column ``other`` holds another person's NIP beside ``col``'s: each of its filled cells a NIP, one
    on a row where ``col`` holds a different one ("NIP;NAMA;NIP;NAMA", two people a line: the second was dropped
    with a kolom-ganda warning alone; hostile18, h35)."""
    own, theirs = samples.get(col.index, []), samples.get(other.index, [])
    filled = [v for v in theirs if not _blank(v)]
    if not filled or not all(_looks_like_nip(v) for v in filled):
        return False
    return any(
        not _blank(a) and not _blank(b) and _DIGITS.sub("", str(a)) != _DIGITS.sub("", str(b))
        for a, b in zip(own, theirs, strict=False)
    )


def two_people_error(result: ColumnMapping, where: str) -> SchemaError | None:
    """A roster whose NIP and name columns repeat ("NIP;NAMA;NIP;NAMA") with another person's NIP in the second
    group: reading the first would drop the second. A second NIP column alone, beside one name, stays named by
    ``kolom-ganda`` (no second person to read; hostile11, h33)."""
    names_twice = any(f.code == "kolom-ganda" and f.location.field == "nama" for f in result.findings)
    if result.second_person is None or not names_twice:
        return None
    first, second = result.second_person
    return SchemaError(
        f"{where}: dua pegawai dalam satu baris tidak dapat dibaca: kolom {first.letter} ('{first.text}') dan kolom "
        f"{second.letter} ('{second.text}') sama-sama berisi NIP, dengan NIP yang berbeda pada baris yang sama",
        hint="Susun ulang menjadi satu pegawai per baris (salin kelompok kolom kedua ke bawah kelompok pertama), "
        "atau bila salah satu kolom bukan NIP pegawai itu, ganti judulnya atau tunjuk kolomnya dengan --peta-kolom.",
    )


#: words of a proposal's header that name the target post or unit
_TARGET_WORDS = frozenset({"TUJUAN", "DIUSULKAN", "USULAN", "BARU"})
#: why a secondary spelling took its field (:meth:`_Mapper.secondary_spellings`)
_SECONDARY_REASON = {
    "unit_kerja": "kolom jabatan: dibaca sebagai unit kerja",
    "jabatan_sekarang": "kolom jabatan yang diusulkan: dibaca sebagai jabatan sekarang",
}


def _say_choice(
    name: str,
    chosen: tuple[HeaderColumn, str, str],
    cands: list[tuple[HeaderColumn, str, int, str]],
    fits: dict[int, float | None],
    result: ColumnMapping,
    base: Location,
) -> None:
    """What :func:`_choose` says of the columns it did not take: why the chosen one (its values or its spelling,
    ``kolom-dipilih-dari-isi``) when that was not simply the leftmost, else ``kolom-ganda`` for each other."""
    col, key, reason = chosen
    others = [c for c in cands if c[0].index != col.index]
    if not others:
        return
    fit = fits[col.index]
    loc = replace(base, column=col.letter, header=col.text, field=name)
    leftmost = min(cands, key=lambda c: c[0].index)[0]
    decided_by_values = fit is not None and any(
        fits[c[0].index] is not None and (fits[c[0].index] or 0.0) < fit for c in others
    )
    if decided_by_values or leftmost.index != col.index:
        lain = ", ".join(f"'{c[0].text}'" for c in others)
        alasan = reason if fit is not None else f"ejaan judul lebih tepat: '{key}'"
        result.findings.append(make_finding("kolom-dipilih-dari-isi", loc, alasan=alasan, lain=lain))
    else:
        for other, *_ in others:
            other_loc = replace(base, column=other.letter, header=other.text, field=name)
            result.findings.append(make_finding("kolom-ganda", other_loc, header=col.text, kolom_dipakai=col.letter))


#: the rank :func:`_exact` adds per header key passed over: a hit at or above it is on a lower label alone
_LOWER_LABEL = 1000


def _without_lesser(
    cands: list[tuple[HeaderColumn, str, int, str]], samples: dict[int, list[object]] | None
) -> list[tuple[HeaderColumn, str, int, str]]:
    """The candidates worth choosing among (see :func:`_choose`): whole-header hits when there are any, and of those
    the columns that hold a value when any does."""
    whole = [c for c in cands if c[2] < _LOWER_LABEL]
    kept = whole or cands
    if samples is not None:
        filled = [c for c in kept if any(v is not None and str(v).strip() for v in samples.get(c[0].index, []))]
        kept = filled or kept
    return kept


def _gap_sign(samples: dict[int, list[object]], gap: int, total: int, held: int) -> int:
    """1 when column ``gap`` holds column ``total`` less column ``held`` on every sampled row where all three are
    numbers, -1 when it holds ``held`` less ``total``, else 0. Evidence asks two such rows with a post held (with none
    held the two are the same), no negative ``total`` (a need never is) and a ``total`` not zero on every row: a fully
    staffed table's need equals its bezetting, and a column of zeros beside it ("Usulan Alokasi", "Formasi": nothing
    more asked) is its gap, not the need (every holder was read as surplus; hostile4, h31). The reverse, ``held −
    total``, is the same sum as ``held − gap``: it tells the shortfall only where ``gap`` goes negative (review5,
    h31)."""
    columns = [_numbers(samples.get(i)) for i in (gap, total, held)]
    if len({len(c) for c in columns}) != 1:
        return 0
    rows = [(g, t, h) for g, t, h in zip(*columns, strict=True) if g is not None and t is not None and h is not None]
    if sum(1 for *_, h in rows if h) < 2 or not any(t for _, t, _ in rows) or any(t < 0 for _, t, _ in rows):
        return 0
    if all(g == t - h for g, t, h in rows):
        return 1
    return -1 if all(g == h - t for g, t, h in rows) and any(g < 0 for g, _, _ in rows) else 0


def _worth_a_word(
    cands: list[tuple[HeaderColumn, str, int, str]], col: HeaderColumn, samples: dict[int, list[object]] | None
) -> list[tuple[HeaderColumn, str, int, str]]:
    """The candidates :func:`_choose` speaks of beside the chosen ``col``: a column repeated whole (SIMPEGA's "NIP"
    twice, the same numbers, h30/real) leaves nothing to choose, and neither does the code of the fact beside its name
    (SIASN's "eselon" "III.a" beside "eselonId" "31"; real7, h31): set aside without a word. An OPD column beside a
    unit column is no repeat, whatever its first rows hold: a roster opening with the Sekretariat Daerah (OPD and unit
    alike) lost its PERANGKAT DAERAH column, and every OPD's "Sekretariat" became one unit (walk5, h31)."""

    def repeat(other: HeaderColumn) -> bool:
        if _opd_level(other) != _opd_level(col):
            return False
        return _same_values(samples, other.index, col.index)

    return [c for c in cands if c[0].index == col.index or not (repeat(c[0]) or _id_twins(c[0], col))]


def _fillers(
    name: str,
    cands: list[tuple[HeaderColumn, str, int, str]],
    col: HeaderColumn,
    samples: dict[int, list[object]] | None,
) -> list[HeaderColumn]:
    """The other NIP columns that fill the chosen one's empty cells: a roster of PNS and PPPK keeps the NI PPPK in a
    column of its own ("NIP" | "NI PPPK", each row filling one), and every PPPK was "NIP kosong", left out of the
    plan and the bezetting, with the number beside it (hostile11, h33). A column whose header names the NIP whole,
    not repeating the chosen one, and whose sampled numbers never differ from it where both are filled."""
    if name != "nip" or not samples:
        return []
    own = samples.get(col.index, [])
    out = []
    for other, _, rank, _ in cands:
        if other.index == col.index or rank >= _LOWER_LABEL or _same_values(samples, other.index, col.index):
            continue
        theirs = samples.get(other.index, [])
        if len(theirs) == len(own) and all(_blank(a) or _blank(b) or a == b for a, b in zip(own, theirs, strict=True)):
            out.append(other)
    return out


#: the marks a form ticks a column with ("V" the most, "√"/"✓" typed, "X", "1", "*"), upper-cased and stripped
TICKS = frozenset({"V", "\u221a", "\u2713", "\u2714", "X", "1", "1.0", "*"})


def is_tick(value: object) -> bool:
    """Whether a cell holds a tick mark (:data:`TICKS`)."""
    return value is not None and str(value).strip().upper() in TICKS


def _lower_label(col: HeaderColumn) -> tuple[str, str] | None:
    """(upper label, lower label) of a column under a two-row header ("JENIS KELAMIN / L"), else None."""
    upper, sep, lower = str(col.text).rpartition(" / ")
    return (upper.strip().upper(), lower.strip()) if sep and upper.strip() and lower.strip() else None


def tick_group(cols: Sequence[HeaderColumn], samples: dict[int, list[object]] | None) -> dict[int, str]:
    """{column: lower label} when ``cols`` split one field into a column per value under one upper label, each row
    marking at most one of them with a tick or the column's own label: "JENIS KELAMIN" over "L | P" holding "L" or
    "P", "STATUS KEPEGAWAIAN" over "CPNS | PNS" holding "V" (the Daftar Nominatif PNS of a Papua province's agency;
    only the first column was read: every woman without a sex, every PNS without a status, "V" an unknown status;
    real25, h36). Else {}."""
    labels = [_lower_label(c) for c in cols]
    if len(cols) < 2 or not samples or any(x is None for x in labels):
        return {}
    if len({x[0] for x in labels if x}) != 1 or len({x[1].upper() for x in labels if x}) != len(cols):
        return {}
    rows = list(zip(*(samples.get(c.index, []) for c in cols), strict=False))
    for row in rows:
        filled = [(v, x) for v, x in zip(row, labels, strict=True) if not _blank(v)]
        if _count_row([v for v, _ in filled]):  # the totals line under the list (its L and P counts)
            continue
        if len(filled) > 1 or any(not is_tick(v) and str(v).strip().upper() != x[1].upper() for v, x in filled if x):
            return {}
    if not any(
        is_tick(v) or (x and str(v).strip().upper() == x[1].upper())
        for row in rows
        for v, x in zip(row, labels, strict=True)
    ):
        return {}
    return {c.index: x[1] for c, x in zip(cols, labels, strict=True) if x}


def _count_row(values: list[object]) -> bool:
    """Whether filled cells are counts, not ticks: numbers, more than one or one other than 1."""
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
    return bool(values) and numbers and (len(values) > 1 or not is_tick(values[0]))


def _tick_fillers(
    name: str,
    cands: list[tuple[HeaderColumn, str, int, str]],
    col: HeaderColumn,
    samples: dict[int, list[object]] | None,
    result: ColumnMapping,
) -> list[HeaderColumn]:
    """The other columns of the chosen one's :func:`tick_group` (recorded in ``result.ticks``), else []."""
    own = _lower_label(col)
    if own is None or name in NUMBER_FIELDS or name in DATE_FIELDS:  # a count of 1 under "PNS" is no tick
        return []
    same = [c[0] for c in sorted(cands, key=lambda c: c[0].index) if (_lower_label(c[0]) or ("",))[0] == own[0]]
    group = tick_group(same, samples)
    if col.index not in group:
        return []
    result.ticks[name] = group
    return [c[0] for c in cands if c[0].index in group and c[0].index != col.index]


def _blank(value: object) -> bool:
    return value is None or not str(value).strip()


def _id_twins(a: HeaderColumn, b: HeaderColumn) -> bool:
    """Whether two columns are one coded fact's code and its name: "ESELON ID" beside "ESELON" or "ESELON NAMA"."""
    ka, kb = _first_key(a), _first_key(b)
    if ka == kb or not (ka.endswith(" ID") or kb.endswith(" ID")):
        return False
    return ka.removesuffix(" ID").removesuffix(" NAMA") == kb.removesuffix(" ID").removesuffix(" NAMA")


def _named_halves(columns: Sequence[HeaderColumn], kind: str) -> list[HeaderColumn]:
    """The columns, the name half of a SIASN code/name pair keyed as the export's "… NAMA": SIASN data-utama names
    ``lokasiKerja`` (a region) beside ``lokasiKerjaId`` where Export Data ASN writes "LOKASI KERJA NAMA", a column
    never read; keyed "LOKASI KERJA" it was a second unit column (``kolom-ganda``; real7, h31)."""
    keys = {_first_key(c) for c in columns}
    unused = KNOWN_UNUSED.get(kind, {})
    out = []
    for col in columns:
        key = _first_key(col)
        named = f"{key} NAMA"
        if key and f"{key} ID" in keys and (is_ignored(named) or named in unused):
            col = replace(col, keys=(named,))
        out.append(col)
    return out


def _first_key(col: HeaderColumn) -> str:
    """The best lookup key of a column's first label ("eselonId" → "ESELON ID"), "" for a blank one."""
    keys = header_keys(col.keys[0]) if col.keys else ()
    return keys[0] if keys else ""


def _same_values(samples: dict[int, list[object]] | None, a: int, b: int) -> bool:
    """Whether two columns hold the same sample values, some of them filled."""
    if not samples:
        return False
    left, right = samples.get(a, []), samples.get(b, [])
    return left == right and any(v not in (None, "") for v in left)


#: the words of a name column that holds the name without its academic titles
_BARE_NAME_WORDS = frozenset({"TANPA", "GELAR"})


def _with_titles(cands: list[tuple[HeaderColumn, str, int, str]]) -> list[tuple[HeaderColumn, str, int, str]]:
    """Of a name given twice, with and without titles (SIMPEGA "Nama Lengkap (Tanpa Gelar)" left of "Nama Lengkap
    (Dengan Gelar)", h30/real), the one with them: "S.Kom." is evidence of the education, and the bare name is the
    same fact told shorter, set aside without a word (no ``kolom-ganda``)."""
    titled = [c for c in cands if not set(normalize_header(c[0].text).split()) >= _BARE_NAME_WORDS]
    return titled or cands


def _known_as_other(col: HeaderColumn, wanted: Sequence[str]) -> bool:
    """Whether the header is a known spelling of a field other than ``wanted`` in any table kind."""
    for kind in TABLE_KINDS:
        index = alias_index(kind)
        for key in (v for k in col.keys for v in header_keys(k)):
            name = index.get(key)
            if name is not None and name not in wanted:
                return True
    return False


def _ignored(col: HeaderColumn) -> bool:
    """A known non-field column; a grouped header counts by its parent too ('Keterangan / DISP'); a work team's."""
    keys = [k for text in (*col.keys, col.text.split(" / ")[0]) for k in header_keys(text)[:1]]  # none: blank
    return any(is_ignored(k) for k in keys) or _team_column(col)


_OPD_KEYS = frozenset(normalize_header(a) for a in OPD_LEVEL)


#: a government's own name, the instansi of a regional roster: "Pemerintah Kota X", "Pemprov X", "Kabupaten X",
#: "Kab. X", "Kota X", "Provinsi X" (an OPD is "Dinas …", "Sekretariat Daerah Kota X", "Kecamatan Kota Barat")
@functools.cache
def _AGENCY_NAME() -> re.Pattern[str]:
    return re.compile(
        r"^(?:pemerintah|pemprov|pemkab|pemkot|pemda)\b(?!\s*$)|^(?:kabupaten|kota|provinsi)\s+\w|^(?:kab|prov)(?:\.\s*|\s+)\w",
        re.I,
    )


def _agency_named(values: Sequence[object] | None) -> str | None:
    """The first cell when every filled cell of ``values`` is a government's name (:data:`_AGENCY_NAME`), else None."""
    filled = [str(v).strip() for v in values or () if v is not None and str(v).strip()]
    if not filled or not all(_AGENCY_NAME().match(v) for v in filled):
        return None
    return filled[0]


def _opd_level(col: HeaderColumn) -> bool:
    """Whether a column's header names the OPD itself (:data:`~asn_mutasi.io.header_aliases.OPD_LEVEL`)."""
    return any(k in _OPD_KEYS for text in col.keys for k in header_keys(text)[:1])


def _keys(col: HeaderColumn) -> set[str]:
    return {normalize_header(col.text), *(normalize_header(k) for k in col.keys)}


def _known_unused(kind: str, col: HeaderColumn) -> str:
    """What a header known to ``kind`` but unused holds (:data:`KNOWN_UNUSED`), also with a year after it: Formulir 1's
    "BUP TH. 2027" counts next year's retirements (formulir, h30); "" for any other header."""
    unused = KNOWN_UNUSED.get(kind, {})
    # (header_keys: SIASN's camelCase "tmtGolAkhir", "tmtCpns" split as "TMT GOL AKHIR"; real27, h37)
    for key in sorted(_keys(col) | {k for text in (col.text, *col.keys) for k in header_keys(text)}):
        dated = _WITH_YEAR.match(key)
        for k in (key, dated.group("base") if dated else ""):
            if k in unused:
                return unused[k]
    return ""


def _exact(
    col: HeaderColumn, index: dict[str, str], ranks: dict[str, int], fields: Sequence[str]
) -> tuple[str, str, int, str] | None:
    # a hit on the whole header ("NAMA / TTL" as 'NAMA TTL') outranks one on a two-row header's lower label alone
    # ("LATIHAN JABATAN / NAMA" as 'NAMA'): a DUK's course names were taken as the people's names (real-files campaign)
    difference, bound, team = _difference_column(col), _bound_column(col), _team_column(col)
    dated = _dated_upper(col)  # "TMT / GOL": the date of the golongan, never the golongan alone
    for position, key in enumerate(col.keys):
        raw = key.strip()
        if raw in fields and not (team and raw in _UNIT_FIELDS) and not (position and dated and raw not in DATE_FIELDS):
            return raw, "nama", _LOWER_LABEL * position, raw
        for variant in header_keys(key):
            name = index.get(variant)
            if name is None or (difference and name in _COUNTS) or (bound and name == "norma_waktu"):
                continue
            if position and dated and name not in DATE_FIELDS:
                continue
            if team and name in _UNIT_FIELDS:  # "PENEMPATAN / SK Tim Kerja": a work team, no unit
                continue
            name = workload_unit(col, name)
            return name, "alias", ranks.get(variant, 99) + _LOWER_LABEL * position, variant
    return _written_with(col, index, ranks)


def _written_with(col: HeaderColumn, index: dict[str, str], ranks: dict[str, int]) -> tuple[str, str, int, str] | None:
    """The field of a one-cell header naming it and, after a slash, what its cells write with it ("Nama / Gelar
    Belakang", "Jabatan / Eselon": :data:`~asn_mutasi.io.header_aliases.WRITTEN_WITH`); None for any other header. A
    two-row header's labels are two cells (its keys more than its text): "JABATAN" over "ESELON" is the eselon."""
    if len(col.keys) != 1 or "/" not in col.text:
        return None
    head, *notes = (normalize_header(part) for part in col.text.split("/"))
    name = index.get(head)
    written = {normalize_header(a) for a in WRITTEN_WITH.get(name or "", ())}
    if name is None or not notes or not all(note in written for note in notes):
        return None
    return name, "alias", ranks.get(head, 99), head


def _completes(kind: str, col: HeaderColumn) -> str | None:
    """The field a two-row header's lower label alone completes (:data:`COMPLETING`), else None: "GOLONGAN" over "GOL
    | RUANG" is the golongan and its ruang, but "GOLONGAN / RUANG" read whole was taken as the golongan, every
    employee's golongan a lone letter ("c") and the GOL column beside it left unread (review22, h36). A one-row
    header written with slashes ("Golongan / Ruang", "Pangkat / Gol / Ruang" over "III/c") is the field whole: its
    keys are its text alone (review24, h36: it was fuzzy-matched, or left unread and every golongan lost)."""
    split = _lower_label(col)
    if split is None or len(col.keys) < 2:
        return None
    lower = normalize_header(split[1])
    spellings = COMPLETING.get(kind, {}).items()
    return next((name for name, names in spellings if lower in {normalize_header(a) for a in names}), None)


#: the upper labels of two-row headers whose columns hold dates ("TMT" over "GOL | JABATAN", "TANGGAL" over "LAHIR")
_DATE_UPPER = re.compile(r"^(?:TMT|TGL|TANGGAL)$")


#: the first word of a header naming a date: "TMT ESELON", "TMT. Jabatan", "Tgl. Lahir", "TANGGAL SK", "tmtGolongan"
@functools.cache
def _DATE_WORD() -> re.Pattern[str]:
    return re.compile(r"^(?:TMT|TGL|TANGGAL|TANGAL)(?: |$)")


def date_label(col: HeaderColumn) -> bool:
    """Whether header ``col`` names a date: its first word is TMT, TGL or TANGGAL (however written), or it is under an
    upper label of dates (:func:`_dated_upper`). Such a column is read as a date field (:data:`DATE_FIELDS`) or not at
    all: "TMT STATUS KEPEGAWAIAN" was fuzzy-matched (90%) as the status, every row's status a date, and "TMT" over
    "GOL | ESELON" took the eselon (real26, h36)."""
    return _dated_upper(col) or any(_DATE_WORD().match(key) for key in header_keys(col.text)[:1])


def _dated_upper(col: HeaderColumn) -> bool:
    """Whether ``col`` is under an upper label of dates (:data:`_DATE_UPPER`): its lower label alone then names whose
    date it holds, not a field. A DUK's "TMT" over "GOL | JABATAN" read the TMT golongan's dates as the golongan (the
    PANGKAT column beside it left unread) and "TMT" over "GOL | ESELON" dates as the eselon (review22, h36)."""
    split = _lower_label(col)
    return split is not None and _DATE_UPPER.match(normalize_header(split[0])) is not None


#: words beside BEBAN that make a header money, a share or a score, no workload in time ("TPP Beban Kerja", "Bobot
#: Beban Kerja", "Nilai Beban Kerja")
_NOT_WORKLOAD = frozenset(
    {"TPP", "RP", "RUPIAH", "PERSEN", "PERSENTASE", "PROSENTASE", "PRESENTASE", "TAMBAHAN", "PENGHASILAN"}
    | {"INSENTIF", "TUNJANGAN", "BOBOT", "NILAI", "SKOR", "INDEKS", "KELAS", "TAMSIL"}
)


def _workload(col: HeaderColumn) -> bool:
    """Whether an unmapped header names a workload ("Jml Beban Kerja Jbt.", "Beban Kerja Setahun"): a word BEBAN (or
    WORKLOAD), none of money, share or score, and no known non-field header."""
    words = {w for text in (col.text, *col.keys) for k in header_keys(text) for w in k.split()}
    return bool(words & {"BEBAN", "WORKLOAD"}) and words.isdisjoint(_NOT_WORKLOAD) and not _ignored(col)


#: the two workload fields and the unit word of each (a header's own word decides between them)
_WORKLOAD_UNITS = {"beban_kerja_jam": frozenset({"JAM"}), "beban_kerja_menit": frozenset({"MENIT", "MNT"})}


def workload_unit(col: HeaderColumn, name: str) -> str:
    """The workload field a header's unit word names, whatever spelling matched it: "Jumlah Beban Kerja (Menit/Tahun)"
    matched its bare "JUMLAH BEBAN KERJA" (hours), and BSSN's "Jumlah Beban Kerja Jab" was hours only as a 90% fuzzy
    "Jab" ≈ "Jam" (peers5 #1, h29). A header naming one unit takes that unit's field; one naming none, or both, keeps
    ``name`` (Form C/D's bare beban is hours on WKE 1.250)."""
    if name not in _WORKLOAD_UNITS:
        return name
    words = {w for text in (col.text, *col.keys) for w in normalize_header(text).split()}
    named = [field for field, units in _WORKLOAD_UNITS.items() if not units.isdisjoint(words)]
    return named[0] if len(named) == 1 else name


#: the fields naming a unit of the organisation, which a work team's column never is
_UNIT_FIELDS = frozenset({"unit_kerja", "perangkat_daerah", "preferensi_unit"})


def _team_column(col: HeaderColumn) -> bool:
    """Whether any label of a column names a work team (``header_aliases.is_team``): "PENEMPATAN" over "SK Tim Kerja
    (Baru)" was read as the unit kerja, and a BBPMP DUK linked none of its 15 holders (h27/real8)."""
    return any(is_team(normalize_header(text)) for text in (col.text, *col.keys))


#: the bounds of a range under its heading ("Norma Waktu" over "Minimal" | "Maksimal" | "Rata-Rata")
_BOUND_LABELS = frozenset({"MINIMAL", "MIN", "MINIMUM", "MAKSIMAL", "MAKS", "MAKSIMUM", "TERENDAH", "TERTINGGI"})


def _bound_column(col: HeaderColumn) -> bool:
    """Whether a column of a two-row header is a bound of its heading's range: an ABK Form A2's norm time is the
    "Rata-Rata" beside "Minimal" and "Maksimal" (its own bobot formula uses it); "Minimal" was taken, and the workload
    read 25–34 % low (real files, h24)."""
    parts = [p.strip().upper() for p in str(col.text).split("/")]
    return len(parts) > 1 and parts[-1] in _BOUND_LABELS


#: the labels of a shortfall/surplus column under a count's heading ("Kebutuhan Pegawai" over "Kurang" | "Lebih")
_DIFFERENCE_LABELS = frozenset({"KURANG", "LEBIH", "SELISIH", "KEKURANGAN", "KELEBIHAN", "+/-", "+", "-", "+ / -"})
#: the counts such a column never is
_COUNTS = frozenset({"kebutuhan", "bezetting", "beban_kerja_jam", "beban_kerja_menit"})


def _difference_column(col: HeaderColumn) -> bool:
    """Whether a column of a two-row header is the shortfall or surplus of its heading's count: Permendagri 12/2008's
    Form D writes "Kebutuhan Pegawai" over "Kurang" | "Lebih", and "Lebih" was read as the kebutuhan (real files)."""
    parts = [p.strip().upper() for p in str(col.text).split("/")]
    return len(parts) > 1 and parts[-1] in _DIFFERENCE_LABELS


def _rank_fields(col: HeaderColumn, index: dict[str, str], *, exclude: set[str]) -> list[tuple[str, float]]:
    """Return (field, best similarity) pairs for a header, most similar first."""
    return _ranked(_field_scores([col], index)[0], exclude)


def _ranked(scores: dict[str, float], exclude: set[str]) -> list[tuple[str, float]]:
    """(field, similarity) pairs of :func:`_field_scores` without ``exclude``, most similar first."""
    return sorted(((f, s) for f, s in scores.items() if f not in exclude), key=lambda item: (-item[1], item[0]))


#: header keys scored against the aliases at once (a chunk of keys × aliases of float64: 2.5 MB for 312 aliases)
_SCORE_CHUNK = 1024


def _field_scores(cols: Sequence[HeaderColumn], index: dict[str, str]) -> list[dict[str, float]]:
    """Per column, each field's best similarity (the better of ratio and token-sort ratio) over the column's header
    keys and the field's aliases; fields scoring 0 are left out.

    Scored in one batch over the distinct keys (rapidfuzz ``cdist``), then reduced to one score per field: a
    16,384-column roster scored each key against each alias in Python, twice (9.7 s of a 10.6 s check; hostile4,
    h31)."""
    import numpy as np
    from rapidfuzz import process

    keys_of = [{v for k in col.keys for v in header_keys(k) if v} for col in cols]
    distinct = sorted(set().union(*keys_of))
    if not distinct or not index:
        return [{} for _ in cols]
    aliases = sorted(index, key=lambda a: (index[a], a))  # grouped by field for reduceat
    fields = sorted(set(index.values()))
    starts = np.searchsorted([index[a] for a in aliases], fields)
    per_key = np.empty((len(distinct), len(fields)))
    for lo in range(0, len(distinct), _SCORE_CHUNK):
        chunk = distinct[lo : lo + _SCORE_CHUNK]
        both = np.maximum(
            process.cdist(chunk, aliases, scorer=fuzz.ratio, dtype=np.float64),
            process.cdist(chunk, aliases, scorer=fuzz.token_sort_ratio, dtype=np.float64),
        )
        per_key[lo : lo + len(chunk)] = np.maximum.reduceat(both, starts, axis=1)
    row_of = {key: i for i, key in enumerate(distinct)}
    out: list[dict[str, float]] = []
    for keys in keys_of:
        if not keys:
            out.append({})
            continue
        best = per_key[[row_of[k] for k in keys]].max(axis=0)
        out.append({f: float(s) for f, s in zip(fields, best, strict=True) if s > 0})
    return out


#: fields offered for an unread header only when it says what they are, by the words it must hold: the roster's own
#: retirement figures, whose short spellings ("TMT BUP", "TGL PENSIUN") are close to any "TMT …" or "TGL …" (review4,
#: h31), and a request's verdict, whose "STATUS USULAN" was offered for "subklasifikasi" (review6, h31)
_SAYS_WHAT: dict[str, re.Pattern[str]] = {
    **dict.fromkeys(("tmt_pensiun", "bup"), re.compile(r"\b(?:PENSIUN|BUP)\b")),
    "status_usulan": re.compile(r"\b(?:STATUS|USULAN|USUL|VERIFIKASI|PERSETUJUAN|PENGAJUAN)\b"),
}


def _may_offer(name: str, col: HeaderColumn) -> bool:
    """Whether field ``name`` may be suggested for the unread header ``col``."""
    says = _SAYS_WHAT.get(name)
    return says is None or any(says.search(normalize_header(k)) for k in (*col.keys, col.text))


def missing_required(result: ColumnMapping, kind: str) -> list[str]:
    """Return required fields of ``kind`` that no column maps to (``jabatan``: one of kebutuhan/beban)."""
    required = ROSTER_READ_REQUIRED if kind == "pegawai" else TABLE_KINDS[kind][0]
    missing = [f for f in required if f not in result.columns]
    if kind == "jabatan" and not any(f in result.columns for f in (*POSITION_ONE_OF, "beban_kerja_menit")):
        missing.append(" atau ".join(POSITION_ONE_OF))
    return missing


#: a suggestion this close in spelling needs no shared word ("UNIT KRJA" for unit_kerja)
REFUSAL_SUGGEST_CLOSE = 85.0


#: words that qualify what a header names, never name it: "NIP BARU" makes BARU a word of the NIP's alone, and
#: "JABATAN BARU" was offered as the NIP (hostile13, h34)
_QUALIFIERS = frozenset({"BARU", "LAMA", "TERAKHIR", "SEKARANG", "AKHIR", "AWAL"})


@cache
def _own_words(kind: str) -> dict[str, frozenset[str]]:
    """Per field, the words of its aliases that no other field's aliases use (KERJA is unit_kerja's and
    beban_kerja's; UNOR, SKPD and SATKER are unit_kerja's own)."""
    fields_of: dict[str, set[str]] = {}
    for alias, owner in alias_index(kind).items():
        for word in alias.split():
            fields_of.setdefault(word, set()).add(owner)
    own: dict[str, set[str]] = {}
    for word, owners in fields_of.items():
        if len(owners) == 1 and len(word) >= 3 and word not in _QUALIFIERS:
            own.setdefault(next(iter(owners)), set()).add(word)
    return {f: frozenset(words) for f, words in own.items()}


def _shares_own_word(col: HeaderColumn, kind: str, wanted: Sequence[str]) -> bool:
    """Whether a header holds a word only the aliases of a ``wanted`` field use: a header that resembles one
    only through a shared generic word ("MASA KERJA / Thn." and UNIT KERJA) is no suggestion."""
    own = _own_words(kind)
    keys = {key for k in col.keys for key in header_keys(k)}
    words = {w for key in keys for w in key.split()}
    if any(words & own.get(f, frozenset()) for f in wanted):
        return True
    # a dotted or glued spelling of a whole alias ("N.I.P.B" holds NIP)
    compact = {key.replace(" ", "") for key in keys}
    aliases = [a.replace(" ", "") for a, f in alias_index(kind).items() if f in wanted and len(a.replace(" ", "")) >= 3]
    return any(a in c for a in aliases for c in compact)


#: what a "nama …" header names when it is not the person: a region, an office, a relative, a document
_NOT_A_PERSON = frozenset(
    [
        "PROVINSI",
        "KABUPATEN",
        "KOTA",
        "KAB",
        "KECAMATAN",
        "KEC",
        "KELURAHAN",
        "KEL",
        "DESA",
        "PROV",
        "PROP",
        "DAERAH",
        "WILAYAH",
        "INSTANSI",
        "UNIT",
        "OPD",
        "SATKER",
        "SKPD",
        "DINAS",
        "BADAN",
        "KANTOR",
        "SEKOLAH",
        "KAMPUS",
        "UNIVERSITAS",
        "BANK",
        "IBU",
        "AYAH",
        "SUAMI",
        "ISTRI",
        "PASANGAN",
        "ANAK",
        "KELUARGA",
        "AHLI",
        "WARIS",
        "BERKAS",
        "FILE",
        "DOKUMEN",
        "DATASET",
        "SATUAN",
    ]
)


def _names_no_person(col: HeaderColumn, wanted: Sequence[str]) -> bool:
    """Whether a header suggested for the person's ``nama`` names something else ("nama_provinsi" of an Open Data
    table was offered as the name: real9, h28)."""
    if "nama" not in wanted:
        return False
    words = {w for k in col.keys for key in header_keys(k) for w in key.split()}
    # a glued "namakec" / "namadesa" (a BPS kecamatan table's own spelling) names the place too (real29, h37)
    glued = {w.removeprefix("NAMA") for w in words if w.startswith("NAMA")} | {w.removeprefix("NM") for w in words}
    return bool((words | glued) & _NOT_A_PERSON)


#: the first word of a remark column about something ("Keterangan Penempatan", "Ket. Formasi", "Catatan Jabatan")
_NOTE_WORDS = frozenset({"KETERANGAN", "KET", "CATATAN", "CATAT", "NOTE", "NOTES", "REMARK", "REMARKS"})


def _note_about(col: HeaderColumn) -> bool:
    """Whether a header is a remark on something ("Keterangan Penempatan" of a balai's peta jabatan export): never the
    thing itself, so never offered for a missing field (it was, as the unit kerja: "maksud Anda 'Keterangan
    Penempatan'?"; real17, h33)."""
    words = normalize_header(col.text.split(" / ")[0]).split()
    return len(words) > 1 and words[0] in _NOTE_WORDS


def likely_headers(result: ColumnMapping, kind: str, name: str) -> list[str]:
    """Unmapped headers that plausibly mean field ``name`` (``wanted`` may be "a atau b"), best first."""
    index = alias_index(kind)
    wanted = name.split(" atau ")
    scored: list[tuple[float, str]] = []
    for col in result.unmapped:
        if _ignored(col) or any(normalize_header(k) in NUMBERING_HEADERS for k in col.keys):
            continue  # 'No', ids and known non-fields are never what the analyst meant
        if _known_as_other(col, wanted) or _names_no_person(col, wanted) or _names_other_person(col):
            continue  # 'TMT JABATAN' is a known name of another field, never "maybe kebutuhan"; the appraiser's post
        if _note_about(col):
            continue  # 'Keterangan Penempatan' is a remark on the placement, never the unit itself
        if code_base(col) is not None and not set(wanted) & set(_CODE_FIELD.values()):
            continue  # 'KODE UNIT KERJA' holds the unit's code, never its name
        ranked = dict(_rank_fields(col, {a: f for a, f in index.items() if f in wanted}, exclude=set()))
        score = max(ranked.values(), default=0.0)
        if score >= REFUSAL_SUGGEST_CLOSE or (
            score >= REFUSAL_SUGGEST_THRESHOLD and _shares_own_word(col, kind, wanted)
        ):
            scored.append((score, col.text))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [text for _, text in scored]


#: a run of 18 digits (with the NIP's usual separators): a cell of a data row, never a column header
@functools.cache
def _NIP_IN_TEXT() -> re.Pattern[str]:
    return re.compile(r"\d(?:[\s.'`-]?\d){17}")


def _data_row_taken(result: ColumnMapping) -> bool:
    """Whether the row read as the header holds an NIP: a data row (the real header row missing or elsewhere)."""
    texts = [c.text for c in result.unmapped] + [c.text for c in result.rejected.values()]
    texts += [c.header for c in result.columns.values()]
    return any(_NIP_IN_TEXT().search(CONTROL_CHARS.sub("", str(t or ""))) for t in texts)  # (NULs between digits)


def _required_in_words(kind: str, name: str) -> str:
    """A missing required field (``name``: a field, or fields joined by " atau ") as the analyst reads it: its label
    and the first headers read as it ("Unit Kerja (judul mis. 'UNIT KERJA', 'UNIT', 'UNOR')"); the refusal listed
    field codes, "'unit_kerja'; 'kebutuhan atau beban_kerja_jam'" (walk5, h31)."""
    from asn_mutasi.io.header_aliases import ALIASES
    from asn_mutasi.labels import label

    def one(f: str) -> str:
        known = ", ".join(f"'{a}'" for a in ALIASES.get(kind, {}).get(f, ())[:3])
        return f"{label(f)} (judul mis. {known})" if known else label(f)

    return " atau ".join(one(f) for f in name.split(" atau "))


def schema_error(
    result: ColumnMapping, kind: str, missing: Sequence[str], where: str, offered: Sequence[str] = ()
) -> SchemaError:
    """Build the Bahasa Indonesia error naming each missing field with likely headers (``offered``: further headers
    the caller found likely for its one missing field by their values: a need column; hostile15, h34).

    When the row read as the header is a data row (it holds an NIP), its cells are personal data:
    the error names no cell of it and points at ``--baris-judul`` instead.
    """
    mapping_line = f'[kolom] {missing[0].split(" atau ")[0]} = "Judul Kolom"' if missing else ""
    if _data_row_taken(result):
        return SchemaError(
            f"{where}: kolom wajib tidak ditemukan: " + "; ".join(_required_in_words(kind, name) for name in missing),
            hint="Baris yang terbaca sebagai judul kolom berisi data pegawai (ada NIP), bukan judul: tunjuk baris "
            f"judulnya dengan --baris-judul N, atau pakai berkas peta kolom ({mapping_line}).",
        )
    parts = []
    wide = result.blocks if kind == "jabatan" else None
    for name in missing:
        # a block column ("BPS Kota Manado / Kebutuhan Pegawai") is one unit's, never the table's field
        likely = likely_headers(result, kind, name) + list(offered)
        saran = "" if wide else suggestion(dict.fromkeys(likely)).removeprefix("; ")
        note = (
            f" (peta kolom menyebut '{result.missing_from_mapping[name]}', judul itu tidak ada)"
            if name in result.missing_from_mapping
            else ""
        )
        if name in result.rejected:
            note += (
                f" (kolom '{result.rejected[name].text}' ada, tetapi isinya bukan "
                f"{_KIND_OF_VALUE.get(name, 'nilai yang sesuai')})"
            )
        parts.append(f"{_required_in_words(kind, name)}{note}" + (f" — {saran}" if saran else ""))
    message = f"{where}: kolom wajib tidak ditemukan: " + "; ".join(parts)
    headers = ", ".join(f"'{c.text}'" for c in [c for c in result.unmapped if not is_numbering(c)][:15])
    hint = f"Ubah judul kolom atau pakai berkas peta kolom ({mapping_line})."
    if "unit_kerja" in missing and not wide:  # one unit's own sheet (an anjab per bidang) has no unit column at all
        hint += ' Bila seluruh berkas satu unit kerja, sebutkan dengan --unit-kerja "Nama Unit".'
    if headers:
        hint = f"Judul kolom yang tidak dikenali: {headers}. " + hint
    other = _other_kind(result, kind) if _KEY_FIELD.get(kind) in missing else None  # (no NIP / no post name)
    if other is not None:  # the two files given the other way round: say so before any renaming advice
        hint = f"Berkas ini tampak seperti {other}: periksa urutan argumen (PEGAWAI dulu, lalu JABATAN). " + hint
    if kind == "abk" and _positions_as_tasks(result, missing):
        hint = (
            "Berkas ini tampak seperti peta jabatan berisi beban kerja atau kebutuhan per jabatan, bukan lembar "
            "tugas ABK (volume × norma waktu per tugas): berikan sebagai argumen JABATAN, tanpa --abk. " + hint
        )
    if other is None and _looks_aggregate(result, kind, missing):
        hint = (
            "Berkas ini tampak seperti tabel rekap/statistik (jumlah per kelompok), bukan daftar pegawai atau daftar "
            "jabatan per unit; alat ini memerlukan data per orang (pegawai) atau per jabatan (peta jabatan). " + hint
        )
    if wide:  # no renaming or column map turns unit blocks into rows: that advice, and the block headers, mislead
        hint = wide_table_hint(wide)
    history = _other_history(result) if kind == "riwayat" and "jabatan" in missing else None
    if history is not None:
        what, headers = history
        hint = (
            f"Berkas ini tampak seperti {what} ({headers}), bukan riwayat jabatan: --riwayat memerlukan riwayat "
            "jabatan (NIP, nama jabatan, TMT). " + hint
        )
    return SchemaError(message, hint=hint)


@dataclass(frozen=True)
class UnitBlocks:
    """The repeated blocks of a wide position table: one run of count columns per unit, under the unit's title."""

    titles: tuple[str, ...]  #: the block titles (unit names), in column order
    labels: tuple[str, ...]  #: the sub-labels every block repeats ("ABK", "Eksisting", "Kebutuhan Pegawai")
    indices: frozenset[int]  #: the grid columns of all blocks


#: a block title that names a period, not a unit ("2024", "Tahun 2025", "Semester I 2024")
@functools.cache
def _PERIOD_TITLE() -> re.Pattern[str]:
    return re.compile(r"^(?:\D*\s)?(?:19|20)\d{2}$|^(?:TAHUN|TH|PERIODE|SEMESTER|TRIWULAN)\b", re.IGNORECASE)


def unit_blocks(columns: Sequence[HeaderColumn]) -> UnitBlocks | None:
    """The unit blocks of a wide position table: the same run of count columns ("ABK | Eksisting | Kebutuhan
    Pegawai") under two or more merged titles, one per unit (phoenix351/singkat's ABK export: one row per jabatan, a
    block per BPS satker). Such a table was refused with "maybe '<unit> / Kebutuhan Pegawai'?", or read as its first
    unit's block alone (real6, h31). None for any other header; blocks per year are no units, and neither are the
    stages of a table with its own unit column ("Usulan OPD / Kebutuhan | Persetujuan BKD / Kebutuhan": the caller
    asks for blocks only without one; review6, h31)."""
    blocks: dict[str, list[HeaderColumn]] = {}
    for col in sorted(columns, key=lambda c: c.index):
        parts = [p.strip() for p in col.text.split(" / ")]
        if len(parts) >= 2 and parts[0] and parts[-1] and not _PERIOD_TITLE().search(parts[0]):
            blocks.setdefault(parts[0], []).append(col)
    runs: dict[tuple[str, ...], list[str]] = {}
    for title, cols in blocks.items():
        labels = tuple(c.text.split(" / ")[-1].strip() for c in cols)
        if len(labels) >= 2 and any(lookup("jabatan", v) in ("kebutuhan", "bezetting") for v in labels):
            runs.setdefault(labels, []).append(title)
    best = max(runs.items(), key=lambda kv: len(kv[1]), default=None)
    if best is None or len(best[1]) < 2:
        return None
    indices = frozenset(c.index for title in best[1] for c in blocks[title])
    return UnitBlocks(tuple(best[1]), best[0], indices)


def wide_table_hint(blocks: UnitBlocks) -> str:
    """What a wide table is and how to turn it into one row per (jabatan, unit), in the analyst's words."""
    units = blocks.titles
    shown = ", ".join(f"'{u}'" for u in units[:3]) + (f" dan {len(units) - 3} lagi" if len(units) > 3 else "")
    return (
        "Berkas ini tampak seperti tabel melebar: satu baris per jabatan, dengan blok kolom yang sama ("
        + ", ".join(f"'{v}'" for v in blocks.labels)
        + f") berulang di bawah {len(units)} judul unit ({shown}). Alat ini membaca satu baris per jabatan dan unit "
        "kerja: susun ulang menjadi kolom 'Nama Jabatan', 'Unit Kerja' (nama unit dari judul blok), lalu sekali saja "
        "kolom kebutuhan (ABK) dan bezetting (eksisting), mis. dengan Power Query 'Unpivot Columns' atau dengan "
        "menyalin tiap blok unit ke bawah."
    )


def wide_table_error(result: ColumnMapping, where: str) -> SchemaError | None:
    """A position table whose need or holders were taken from one unit's block of a wide table: the other units'
    blocks would have been dropped without a word. None when the table is no such table."""
    blocks = result.blocks
    taken = [f for f in ("kebutuhan", "bezetting") if f in result.indices]
    if blocks is None or not any(result.indices[f] in blocks.indices for f in taken):
        return None
    first = next(result.columns[f].header for f in taken if result.indices[f] in blocks.indices)
    return SchemaError(
        f"{where}: tabel melebar tidak dapat dibaca: kolom '{first}' hanya milik satu dari {len(blocks.titles)} "
        "blok unit kerja",
        hint=wide_table_hint(blocks),
    )


#: header words of a count column: an Open Data "jumlah_pns", a rekap's "JUMLAH", "TOTAL", "LAKI-LAKI"/"PEREMPUAN"
_COUNT_WORDS = frozenset({"JUMLAH", "JML", "TOTAL", "REKAP", "REKAPITULASI", "LAKI", "PEREMPUAN"})


def looks_aggregate(result: ColumnMapping, kind: str) -> bool:
    """Whether a table lacking required fields of ``kind`` is a statistics table (:func:`_looks_aggregate`)."""
    return _looks_aggregate(result, kind, missing_required(result, kind))


#: a bare count header: the need's fallback column (header_aliases.FALLBACK, "JUMLAH") and a recap's count alike
_BARE_COUNTS = frozenset(normalize_header(a) for a in FALLBACK["jabatan"]["kebutuhan"])


def _looks_aggregate(result: ColumnMapping, kind: str, missing: Sequence[str]) -> bool:
    """Whether a refused table is a statistics table: a roster without NIP and name, or a position table without
    its need and another required field, whose unrecognised headers count ("jumlah_pns", "LAKI-LAKI"): Open Data Jabar's BKD dataset and two rekap
    exports were refused with no word of what they are (real9, h28)."""
    person = kind == "pegawai" and {"nip", "nama"} <= set(missing)  # (a roster's "JUMLAH ANAK" beside its names)
    if person and not DATE_FIELDS.isdisjoint(result.columns):
        # a birth date or a TMT per row is one person's: UGM's pension valuation (staff_id, "Tanggal lahir", "TMT
        # Pensiun", "Total Masa Kerja Harapan") was called a recap for its "Total" (real29, h37)
        return False
    need = result.columns.get("kebutuhan") if kind == "jabatan" else None
    if need is not None and "nama_jabatan" in missing and normalize_header(need.header) in _BARE_COUNTS:
        return True  # "Status Pegawai | Jumlah": a bare JUMLAH read as the need (real20) beside no post is a recap
    if not (person or (kind == "jabatan" and len(missing) > 1 and any("kebutuhan" in m for m in missing))):
        return False
    words = {w for c in result.unmapped for k in c.keys for key in header_keys(k) for w in key.split()}
    return bool(words & _COUNT_WORDS)


#: SIASN's other histories (rw-pendidikan, rw-golongan, rw-diklat …) by the words of their headers: given to
#: --riwayat, the refusal says what the file is (h26/real6: "kolom wajib tidak ditemukan: 'jabatan'" and 14 headers)
_OTHER_HISTORIES: tuple[tuple[str, frozenset[str]], ...] = (
    ("riwayat pendidikan", frozenset({"PENDIDIKAN", "LULUS", "IJAZAH", "IJASAH", "SEKOLAH", "GELAR"})),
    ("riwayat golongan/pangkat", frozenset({"GOLONGAN", "GOL", "PANGKAT", "MK"})),
    ("riwayat diklat/kursus", frozenset({"DIKLAT", "KURSUS", "PELATIHAN", "SERTIFIKAT"})),
    ("riwayat SKP/kinerja", frozenset({"SKP", "KINERJA", "PERILAKU", "KUADRAN"})),
)


def _other_history(result: ColumnMapping) -> tuple[str, str] | None:
    """(what the file looks like, its headers that say so) for a --riwayat file that is another history: two of its
    headers or more hold a word of that history and none of a position's (JABATAN)."""
    texts = [c.text for c in result.unmapped] + [c.header for c in result.columns.values()]
    words = {t: set(key.split()) for t in texts if not is_ignored(key := header_keys(t)[0])}  # (ids name nothing)
    if any("JABATAN" in w for w in words.values()):
        return None
    for what, marks in _OTHER_HISTORIES:
        hits = [t for t, w in words.items() if w & marks]
        if len(hits) >= 2:
            return what, ", ".join(f"'{t}'" for t in hits[:3])
    return None


#: the field without which a file is surely not of ``kind`` (a peta jabatan with holders has both)
_KEY_FIELD = {"pegawai": "nip", "jabatan": "nama_jabatan"}
#: headers that only the other kind of file has: a position table's kebutuhan, a roster's NIP
_OTHER_KIND_MARKS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "pegawai": ("peta jabatan", "jabatan", ("kebutuhan", "syarat_pendidikan")),
    "jabatan": ("data pegawai", "pegawai", ("nip",)),
}


def _positions_as_tasks(result: ColumnMapping, missing: Sequence[str]) -> bool:
    """Whether a file given as the ABK task sheet is a position table: no volume or norm column, but a header of a
    post's own kebutuhan or beban kerja (a real rekap ABK given to --abk was refused with "Judul kolom yang tidak
    dikenali: 'Total Beban Kerja', 'Pembulatan Formasi'" and advice to rename them, walk8)."""
    from asn_mutasi.io.header_aliases import ALIASES

    if not {"volume", "norma_waktu"} <= set(missing):  # (a task sheet missing one of them is still a task sheet)
        return False
    table = ALIASES.get("jabatan", {})
    marks = {normalize_header(a) for f in ("kebutuhan", "beban_kerja_jam") for a in table.get(f, ())}
    texts = [c.text for c in result.unmapped] + [c.header for c in result.columns.values()]
    return any(normalize_header(t) in marks for t in texts)


def _other_kind(result: ColumnMapping, kind: str) -> str | None:
    """What the file looks like when it is the other input (a peta jabatan given as the roster, or the reverse):
    a header of it is an alias of a field only the other kind has."""
    from asn_mutasi.io.header_aliases import ALIASES

    if kind not in _OTHER_KIND_MARKS:
        return None
    name, other, fields = _OTHER_KIND_MARKS[kind]
    marks = {normalize_header(a) for f in fields for a in ALIASES.get(other, {}).get(f, ())}
    texts = [c.text for c in result.unmapped] + [c.header for c in result.columns.values()]
    return name if any(normalize_header(t) in marks for t in texts) else None


def looks_like_other_kind(result: ColumnMapping, kind: str) -> bool:
    """Whether a header of the file names a field only the other input has (a NIP in a position table)."""
    return _other_kind(result, kind) is not None


#: a mapping file is a few dozen lines: anything larger is no mapping (and is not read into memory)
_MAPPING_MAX = 1 << 20


def _task_only_fields() -> frozenset[str]:
    return frozenset(TABLE_KINDS["abk"][1]) - frozenset(TABLE_KINDS["jabatan"][1])


#: the fields only an ABK task sheet has (a mapping naming one of them was written for a task sheet)
_TASK_ONLY = _task_only_fields()


#: what to do with a column map whose bytes are not whole text of its encoding (a UTF-16 file cut short), as the
#: settings file's error says it
_SAVE_MAPPING_AS_UTF8 = "Simpan ulang berkas peta kolom sebagai teks UTF-8."


def load_mapping(path: str | Path) -> dict[str, str]:
    """Read a column mapping file: TOML ``[kolom]`` (field = "Header") or CSV rows ``field,header``."""
    if str(path) == "-":  # read as a missing file named '-' (exit 3); every other option says so (hostile10, h29)
        raise UsageError("Berkas peta kolom tidak dapat dibaca dari stdin ('-'); berikan nama berkasnya")
    p = Path(path)
    try:
        data = read_capped(p, _MAPPING_MAX, ConfigError(f"Berkas peta kolom '{p}' bukan berkas"))
    except OSError as exc:
        raise ConfigError(f"Berkas peta kolom '{p}' tidak dapat dibaca: {os_reason(exc)}") from exc
    wide = text_encoding(data[:4096]).startswith(("utf-16", "utf-32"))  # NULs then are half its bytes
    if len(data) > _MAPPING_MAX or (b"\x00" in data and not wide) or data.startswith(b"PK\x03\x04"):
        raise ConfigError(
            f"Berkas peta kolom '{p}' bukan teks peta kolom (CSV 'field,judul' atau TOML [kolom])",
            hint="Contoh CSV: baris 'nip,NIP BARU' dan 'nama,NAMA LENGKAP'.",
        )
    if p.suffix.lower() == ".toml":
        try:
            doc = tomllib.loads(decode_small_text(data))
        except UnicodeDecodeError as exc:
            raise ConfigError(
                f"Berkas peta kolom '{p}' bukan teks {encoding_name(exc.encoding)} yang utuh",
                hint=_SAVE_MAPPING_AS_UTF8,
            ) from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"Berkas peta kolom '{p}' bukan TOML yang valid{toml_where(exc)}") from exc
        except RecursionError as exc:  # arrays nested thousands deep
            raise ConfigError(f"Berkas peta kolom '{p}' bukan TOML yang valid (bersarang terlalu dalam)") from exc
        table = doc.get("kolom")
        if not isinstance(table, dict):
            raise ConfigError(f"Berkas peta kolom '{p}' tidak punya tabel [kolom]")
        pairs = list(table.items())
    else:
        try:
            text = decode_small_text(data)
        except UnicodeDecodeError as exc:
            if wide:
                raise ConfigError(
                    f"Berkas peta kolom '{p}' bukan teks {encoding_name(exc.encoding)} yang utuh",
                    hint=_SAVE_MAPPING_AS_UTF8,
                ) from exc
            text = data.decode("cp1252", errors="replace")
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # old Mac line ends too
        delimiter = ";" if text.count(";") > text.count(",") else ","
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        try:
            rows = list(reader)
        except csv.Error as exc:
            raise ConfigError(f"Berkas peta kolom '{p}' bukan CSV yang dapat dibaca (baris {reader.line_num})") from exc
        pairs = [(row[0], row[1]) for row in rows if len(row) >= 2]
        if pairs and pairs[0][0].strip().lower() in {"field", "kolom", "nama_field"}:
            pairs = pairs[1:]
    return checked_mapping(pairs, f"Berkas peta kolom '{p}'")


#: a field as :func:`~asn_mutasi.labels.field_words` writes it: its label, then its name in brackets
@functools.cache
def _WORDED_FIELD() -> re.Pattern[str]:
    return re.compile(r".*\(([a-z_]+)\)")


def checked_mapping(pairs: Iterable[tuple[object, object]], where: str) -> dict[str, str]:
    """field → header of a column mapping (a mapping file's rows, or ``ReadOptions.mapping`` of a library caller),
    the field in lower case and the header stripped; an unknown field or an empty header is a :class:`ConfigError`
    that starts with ``where`` (a library mapping with a misspelt field was ignored without a word; api, h30)."""
    result: dict[str, str] = {}
    unknown = []
    for name, header in pairs:
        key = str(name).strip().lower()
        worded = _WORDED_FIELD().fullmatch(key)  # "Unit Kerja (unit_kerja)", copied from a report's Kolom Baku
        if worded and worded.group(1) in ALL_FIELDS:
            key = worded.group(1)
        if key not in ALL_FIELDS:
            unknown.append(str(name))
        elif not isinstance(header, str) or not header.strip():
            raise ConfigError(f"{where}: judul kolom untuk '{key}' harus teks yang tidak kosong")
        else:
            result[key] = header.strip()
    if unknown:
        known = ", ".join(sorted(ALL_FIELDS))
        raise ConfigError(f"{where}: field tidak dikenal: {', '.join(unknown)}", hint=f"Field yang dikenal: {known}")
    return result
