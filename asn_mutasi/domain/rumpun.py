"""Job families: which JF a position is, its rumpun and field, and how related two positions are.

This is the ONE field classification of a post: experience relatedness (matching/experience.py)
and the education relevance of posts without ``syarat_jurusan`` (matching/families.py
``post_family``) both read it.

Data (cited in the files): ``data/jabatan_fungsional.csv`` lists the jabatan fungsional with
their old names, rumpun (Keppres 87/1999 as amended by Perpres 97/2012), field and instansi
pembina; ``data/jabatan_bidang.json`` lists the field phrases of pelaksana and structural posts
and of units (PermenPANRB 41/2018, KepmenPANRB 656/2023, regional organisation nomenclature).

Classification of one position (name, optionally its unit), on distinct strings only:

1. **JF** when the name, without its jenjang words, *starts with* a JF name or an old name
   (longest first): "Pranata Komputer Ahli Muda Dinas Kesehatan" is Pranata Komputer, field
   teknologi informasi — a word in the unit (or unit words written into the name) never makes
   a JF something else. A typo in the JF words is tolerated by a similarity threshold, word by
   word (another word is another JF: Pranata Laboratorium Pendidikan ≠ … Kesehatan).
2. **Structural** (Kepala …/Sekretaris/Camat/Lurah/Direktur, "Plt." dropped): the field is
   read from the post name after the managerial words ("Kabid Peternakan dan Kesehatan
   Hewan" → pertanian; unit abbreviations in the name are expanded: "Kepala Pelaksana BPBD"),
   else from the unit (most specific part first).
3. **Pelaksana**: the field its name names (PermenPANRB 41/2018 names such as
   "Pengadministrasi Keuangan"); a generic name (KepmenPANRB 656/2023 "Penata Layanan
   Operasional") takes the unit's field, else "umum"; written with more words, the field those words name
   ("Pengadministrasi Perkantoran Subbagian Keuangan"), never the "perkantoran"/"umum" of the generic name.

In every text the longest field phrase wins, ties going to the earliest one, so
"kesehatan hewan" (pertanian) and "kesehatan ikan" (perikanan) beat "kesehatan".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from asn_mutasi.data import data_csv, data_json
from asn_mutasi.domain.jabatan import (
    ACRONYMS,
    FIELD_WORDS,
    JENJANG_KEAHLIAN,
    JENJANG_KETERAMPILAN,
    classify_jenis_jabatan,
    jenjang_fungsional,
    normalize_position_name,
    normalize_unit_name,
    without_family_lead,
)
from asn_mutasi.domain.jenis import MANAJERIAL

#: relatedness levels, most related first (the value is the level's order)
JABATAN_SAMA = 3  #: same JF (any jenjang) or the same pelaksana/structural post
SERUMPUN = 2  #: another JF of the same rumpun
BIDANG_SAMA = 1  #: same field of work (pelaksana, structural or JF field)
TIDAK_TERKAIT = 0
LEVEL_NAMES: dict[int, str] = {
    JABATAN_SAMA: "jabatan sama",
    SERUMPUN: "serumpun",
    BIDANG_SAMA: "bidang sama",
    TIDAK_TERKAIT: "tidak terkait",
}

_JENJANG = re.compile(
    r"\b(ahli utama|ahli madya|ahli muda|ahli pertama|pelaksana lanjutan|pelaksana pemula|"
    r"terampil|mahir|penyelia|pemula|ahli|pelaksana|utama|madya|muda|pertama)\b"
)
#: words after which a post name names its unit, not its work ("Pengadministrasi Keuangan pada Dinas …")
_UNIT_MARKERS = (
    "pada",
    "di",
    "dinas",
    "badan",
    "kantor",
    "sekretariat",
    "rumah sakit umum daerah",
    "unit pelaksana teknis",
    "kecamatan",
    "kelurahan",
    "kabupaten",
    "kota",
    "provinsi",
)
#: each marker with its words, split once
_UNIT_MARKER_WORDS = tuple((marker, marker.split()) for marker in _UNIT_MARKERS)
#: the markers above and the health units a whole-name JF alias is written before ("Penyuluh Kesehatan Puskesmas
#: Cibodas"); only for that lookup, where the words before must be the alias itself
_WHOLE_ALIAS_MARKER_WORDS = (
    *_UNIT_MARKER_WORDS,
    *(
        (m, m.split())
        for m in ("puskesmas", "pusat kesehatan masyarakat", "rumah sakit", "pustu", "puskesmas pembantu")
    ),
)
_MarkerIndex = dict[str, tuple[tuple[str, list[str]], ...]]


def _by_first_word(markers: tuple[tuple[str, list[str]], ...]) -> _MarkerIndex:
    """The markers under their first word, in their order: a word opens no marker but those listed under it."""
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for marker, words in markers:
        out.setdefault(words[0], []).append((marker, words))
    return {k: tuple(v) for k, v in out.items()}


_UNIT_MARKER_INDEX = _by_first_word(_UNIT_MARKER_WORDS)
_WHOLE_ALIAS_MARKER_INDEX = _by_first_word(_WHOLE_ALIAS_MARKER_WORDS)
_UNIT_SPLIT = re.compile(r"\s*(?:\||/|;|,|>|\s-\s)\s*")


@dataclass(frozen=True)
class JfInfo:
    """One jabatan fungsional of the data file."""

    nama: str
    rumpun: str
    bidang: str
    instansi_pembina: str
    dasar: str
    #: the golongan its Ahli Pertama starts at where its regulation sets it above III/a ("" for any other JF)
    golongan_awal: str = ""


@dataclass(frozen=True)
class PositionClass:
    """What a position is, for relatedness: its JF (if any), rumpun, field and base name."""

    dasar: str  #: normalised name without jenjang words (the "same post" key)
    jenis: str | None  #: canonical jenis jabatan
    jf: str | None  #: canonical JF name
    rumpun: str | None
    bidang: str | None
    sumber_bidang: str | None  #: "jf" | "nama" | "unit" | "generik" — where the field came from

    @property
    def profesi(self) -> str | None:
        """The JF (profession) this post belongs to: the catalogue JF, else the name without jenjang words when
        the post is fungsional but not in the catalogue ("adyatama kepariwisataan"); None for any other post."""
        return self.jf or (self.dasar if self.jenis == "Fungsional" and self.dasar else None)


def jf_title(jf: str) -> str:
    """A canonical (lower-case) JF name as messages write it: "Pranata Komputer", "Penyuluh Keluarga Berencana",
    abbreviations in capitals ("Pranata Keuangan APBN", not "… Apbn": walk7 #2, h29)."""
    return " ".join(
        w if w in ("dan", "di") else w.upper() if w.upper() in ACRONYMS else w.capitalize() for w in jf.split()
    )


@lru_cache(maxsize=1)
def jf_table() -> dict[str, JfInfo]:
    """Return the JF table keyed by canonical name."""
    out: dict[str, JfInfo] = {}
    for row in data_csv("jabatan_fungsional.csv", delimiter=";"):
        out[row["nama"]] = JfInfo(
            row["nama"], row["rumpun"], row["bidang"], row["instansi_pembina"], row["dasar"], row["golongan_awal"]
        )
    return out


@lru_cache(maxsize=1)
def _jf_aliases() -> dict[str, str]:
    """Every JF name and old name (normalised) → canonical JF."""
    out: dict[str, str] = {}
    for row in data_csv("jabatan_fungsional.csv", delimiter=";"):
        for alias in [row["nama"], *[a for a in row["nama_lain"].split("|") if a and not a.endswith("=")]]:
            out.setdefault(normalize_position_name(alias), row["nama"])
    return out


@lru_cache(maxsize=1)
def _jf_keterampilan_aliases() -> dict[str, str]:
    """Old names listed on two JFs, one JF split by kategori (normalised) → the keterampilan JF, the one whose dasar
    opens with "keterampilan": "teknik jalan dan jembatan" → Penata Laksana Jalan dan Jembatan (PUPR 2021; groups4,
    h29); :func:`_jf_aliases` gives the first row, the keahlian JF, to any other jenjang. A keahlian JF's name listed
    as an other name of its keterampilan counterpart counts as such a name: "medik veteriner" → Paramedik Veteriner."""
    rows: dict[str, list[tuple[str, bool]]] = {}
    for row in data_csv("jabatan_fungsional.csv", delimiter=";"):
        skilled = row["dasar"].startswith("keterampilan")
        # a keahlian JF's own name listed on its keterampilan counterpart, a JF of its own: "Medik Veteriner Pelaksana"
        # is a Paramedik Veteriner (PermenPANRB 52/2012 and 53/2012), it read as Medik Veteriner (groups12, h33)
        rows.setdefault(normalize_position_name(row["nama"]), []).append((row["nama"], skilled))
        for alias in row["nama_lain"].split("|"):
            if alias and not alias.endswith("="):
                rows.setdefault(normalize_position_name(alias), []).append((row["nama"], skilled))
    return {
        alias: next(jf for jf, s in jfs if s) for alias, jfs in rows.items() if len(jfs) > 1 and any(s for _, s in jfs)
    }


def _by_kategori(alias: str, jf: str, name: str) -> str:
    """The JF of ``name`` written under ``alias``: the keterampilan JF of a split old name at a keterampilan jenjang."""
    skilled = _jf_keterampilan_aliases().get(alias)
    return skilled if skilled is not None and jenjang_fungsional(name) in JENJANG_KETERAMPILAN else jf


@lru_cache(maxsize=1)
def _jf_whole_aliases() -> dict[str, str]:
    """Old names that are the JF only as the whole post name (written ``name=`` in the catalogue), jenjang and unit
    aside: "Penyuluh Kesehatan Ahli Pertama" is Tenaga Promosi Kesehatan, "Penyuluh Kesehatan Hewan" is not."""
    out: dict[str, str] = {}
    for row in data_csv("jabatan_fungsional.csv", delimiter=";"):
        for alias in row["nama_lain"].split("|"):
            if alias.endswith("="):
                out.setdefault(normalize_position_name(alias[:-1]), row["nama"])
    return out


@lru_cache(maxsize=1)
def _field_data() -> tuple[dict[str, str], frozenset[str], tuple[tuple[str, ...], ...], tuple[str, ...]]:
    data = data_json("jabatan_bidang.json")
    phrases: dict[str, str] = {}
    order: list[str] = []
    for bidang, words in data["bidang"].items():
        order.append(bidang)
        for w in words:
            phrases.setdefault(w, bidang)
    generic = frozenset(data["pelaksana_generik"])
    prefixes = tuple(sorted((tuple(p.split()) for p in data["awalan_struktural"]), key=len, reverse=True))
    return phrases, generic, prefixes, tuple(order)


@lru_cache(maxsize=1)
def _renamed_pelaksana() -> dict[str, tuple[str, ...]]:
    """Old pelaksana names (PermenPANRB 41/2018) → the names of the same work in the nomenclature that replaced
    them (KepmenPANRB 11/2024, 282/2025; ``nama_lama_pelaksana``): one name, or more where the source gives more."""
    return {old: tuple(pair["baru"]) for old, pair in data_json("jabatan_bidang.json")["nama_lama_pelaksana"].items()}


@lru_cache(maxsize=1)
def _old_pelaksana_names() -> dict[str, tuple[str, ...]]:
    """Today's pelaksana name → the old names ``nama_lama_pelaksana`` gives it, in table order."""
    out: dict[str, list[str]] = {}
    for old, news in _renamed_pelaksana().items():
        for new in news:
            out.setdefault(new, []).append(old)
    return {new: tuple(olds) for new, olds in out.items()}


#: JF renamed since (old name → today's name, the jenjang kept), the old names of the JF catalogue
#: (jabatan_fungsional.csv) that name one JF of today: Analis Kepegawaian (Analis SDM Aparatur, PermenPANRB 37/2020;
#: its keahlian jenjang only, the keterampilan ones are left to the analyst), Perawat Gigi (Terapis Gigi dan Mulut),
#: Sanitarian (Tenaga Sanitasi Lingkungan)
_JF_RENAMED: dict[str, tuple[str, tuple[str, ...]]] = {
    "analis kepegawaian": ("analis sumber daya manusia aparatur", JENJANG_KEAHLIAN),
    "perawat gigi": ("terapis gigi dan mulut", JENJANG_KEAHLIAN + JENJANG_KETERAMPILAN),
    "sanitarian": ("tenaga sanitasi lingkungan", JENJANG_KEAHLIAN + JENJANG_KETERAMPILAN),
    # the Penyuluh KB's keterampilan jenjang went to the JF Petugas Lapangan KB (PermenPANRB 52/2022 and 53/2022); its
    # keahlian jenjang kept the name. A peta's "Penyuluh Keluarga Berencana Terampil" and a roster's "PLKB Terampil",
    # one seat linked before PLKB became its own JF, were left apart (review8, h32)
    "penyuluh keluarga berencana": ("petugas lapangan keluarga berencana", JENJANG_KETERAMPILAN),
}


def renamed_positions(name: str) -> tuple[str, ...]:
    """Today's names of a normalised position name written under its old one, or (): a pelaksana name of
    ``nama_lama_pelaksana`` ("pengadministrasi umum" → "pengadministrasi perkantoran"; "pengemudi" → the operator
    of layanan operasional or of layanan kesehatan) or a renamed JF with its jenjang as written ("sanitarian
    terampil" → "tenaga sanitasi lingkungan terampil")."""
    new = _renamed_pelaksana().get(name)
    if new is not None:
        return new
    for old, (today, jenjang) in _JF_RENAMED.items():
        if name.startswith(f"{old} ") and name[len(old) + 1 :] in jenjang:
            return (f"{today} {name[len(old) + 1 :]}",)
    return ()


def old_position_names(name: str) -> tuple[str, ...]:
    """The old names of a normalised position name of today, or (): the reverse of :func:`renamed_positions`
    ("pengadministrasi perkantoran" → "pengadministrasi umum", "pengadministrasi keuangan", …; "tenaga sanitasi
    lingkungan terampil" → "sanitarian terampil"), for a peta jabatan still written in the old names."""
    olds = _old_pelaksana_names().get(name)
    if olds is not None:
        return olds
    for old, (today, jenjang) in _JF_RENAMED.items():
        if name.startswith(f"{today} ") and name[len(today) + 1 :] in jenjang:
            return (f"{old} {name[len(today) + 1 :]}",)
    return ()


#: a JF's short form that names more than one JF, read as each in turn where only the unit's posts can tell: BKKBN's
#: "PKB Ahli Muda" (icang02/sipak JabatanSeeder) and Kemenhub's "PKB" for its Penguji Kendaraan Bermotor
_JF_SHORT_FORMS: dict[str, tuple[str, ...]] = {"pkb": ("penyuluh keluarga berencana", "penguji kendaraan bermotor")}


@lru_cache(maxsize=1)
def _jf_spellings() -> dict[str, tuple[str, ...]]:
    """Each name of a JF (normalised) → the JF's other names that are the same post written otherwise: the canonical
    name for an other name, and for either the other names shorter than the canonical one ("penyuluh kb", "plkb",
    "pranata humas"). Never a renamed JF's old name (:data:`_JF_RENAMED`, linked as an old name with its finding), an
    old name split by kategori, a whole-name alias, a kind within the JF ("dokter spesialis", "kepala sekolah"), nor
    a field word as the name written (:data:`~asn_mutasi.domain.jabatan.FIELD_WORDS`)."""
    split = _jf_keterampilan_aliases()
    by_jf: dict[str, list[str]] = {}
    for row in data_csv("jabatan_fungsional.csv", delimiter=";"):
        names = by_jf.setdefault(row["nama"], [row["nama"]])
        for written in row["nama_lain"].split("|"):
            alias = normalize_position_name(written) if not written.endswith("=") else ""
            if alias and alias not in _JF_RENAMED and alias not in split and not _NOT_A_SPELLING().search(alias):
                names.append(alias)
    out: dict[str, tuple[str, ...]] = {}
    for jf, names in by_jf.items():
        names = list(dict.fromkeys(names))
        short = [a for a in names[1:] if len(a) < len(jf) and a not in FIELD_WORDS]  # ("humas" may be a pelaksana)
        out.setdefault(jf, tuple(short))
        for alias in names[1:]:
            if alias in FIELD_WORDS:  # "humas", "statistik" as the name written is a field, maybe a pelaksana's post
                continue  # (review12 #1, h29: four SLTA pelaksana became holders of bare JF posts, no finding)
            out.setdefault(alias, tuple(dict.fromkeys([jf, *(a for a in short if a != alias)])))
    for form, jfs in _JF_SHORT_FORMS.items():
        out[form] = jfs
    return out


@functools.cache
def _NOT_A_SPELLING() -> re.Pattern[str]:
    return re.compile(r"\b(?:spesialis|kepala sekolah)\b")


def jf_spellings(name: str) -> tuple[str, ...]:
    """A normalised position name with the JF name it opens with written as the JF's other names (:func:`_jf_spellings`):
    "penyuluh kb ahli muda" → "penyuluh keluarga berencana ahli muda", "pkb ahli muda" → "penyuluh keluarga
    berencana ahli muda" and "penguji kendaraan bermotor ahli muda"; () when it opens with none. The JF is the one
    :func:`find_jf` reads (the longest name), so "perawat gigi …" is never respelt as "perawat". Keys to look up
    among one unit's posts, as the linker's other readings are (real11 #2, h29: 247 "PKB Ahli Muda" unlinked)."""
    words = name.split()
    spellings = _jf_spellings()
    for n in range(min(len(words), 8), 0, -1):
        head = " ".join(words[:n])
        if head in spellings and (head in _JF_SHORT_FORMS or find_jf(name) in (head, _jf_aliases().get(head))):
            rest = words[n:]
            return tuple(" ".join([other, *rest]) for other in spellings[head])
    return ()


@lru_cache(maxsize=1)
def renamed_position_names() -> tuple[str, ...]:
    """Every old and new name of ``nama_lama_pelaksana``, sorted (the names a misspelt roster name is compared
    with)."""
    return tuple(sorted(set(_renamed_pelaksana()) | set(_old_pelaksana_names())))


def field_ids() -> tuple[str, ...]:
    """All field ids, in the data file's order."""
    return _field_data()[3]


@lru_cache(maxsize=1)
def programme_fields() -> dict[str, tuple[str, ...]]:
    """Programme family (matching.families.FAMILIES) → the field ids it prepares for (``bidang_program_studi``)."""
    data = data_json("jabatan_bidang.json")
    known = set(field_ids())
    out: dict[str, tuple[str, ...]] = {}
    for family, fields in data["bidang_program_studi"].items():
        unknown = [f for f in fields if f not in known]
        if unknown:  # a data error, caught by the tests
            raise ValueError(f"bidang_program_studi[{family!r}] names unknown fields {unknown}")
        out[family] = tuple(fields)
    return out


def _strip_jenjang(name: str) -> str:
    return " ".join(_JENJANG.sub(" ", name).split())


def _affix_stripped(word: str) -> str | None:
    """The root of a ke-/pe-…-an nominalisation ("kebencanaan" → "bencana"), or None."""
    for pre in ("ke", "pe", "per"):
        if word.startswith(pre) and word.endswith("an") and len(word) > len(pre) + 5:
            return word[len(pre) : -2]
    return None


def field_of_text(text: str) -> str | None:
    """Return the field a normalised text names (see the module doc), None if none.

    The longest phrase wins; between two phrases of one length that overlap, the later one
    (the narrower modifier: "pelayanan kesehatan hewan" → kesehatan hewan); otherwise the
    earlier one. A word found in no phrase is tried once more without its ke-/pe-…-an affix.
    """
    phrases = _field_data()[0]
    words = text.split()
    found: list[tuple[int, int, str]] = []  # (length, start, field)
    for i in range(len(words)):
        for n in range(min(6, len(words) - i), 0, -1):
            bidang = phrases.get(" ".join(words[i : i + n]))
            if bidang is not None:
                found.append((n, i, bidang))
                break
        else:
            root = _affix_stripped(words[i])
            if root is not None and root in phrases:
                found.append((1, i, phrases[root]))
    if not found:
        return None
    longest = max(n for n, _, _ in found)
    top = sorted((i, n, b) for n, i, b in found if n == longest)
    start, n, bidang = top[0]
    for i2, n2, b2 in top[1:]:
        if i2 < start + n:  # overlaps the chosen one: the later, narrower phrase wins
            start, n, bidang = i2, n2, b2
    return bidang


def _cut_unit_tail(words: list[str]) -> list[str]:
    return _split_unit_tail(words)[0]


def _split_unit_tail(words: list[str], markers: _MarkerIndex = _UNIT_MARKER_INDEX) -> tuple[list[str], list[str]]:
    """Split "pengadministrasi keuangan pada dinas kesehatan" into the post words and the unit words.

    ``markers``: :func:`_by_first_word` of the markers; each word is compared only with the markers it opens (the
    first marker in order at the first word that opens one wins, as over the whole list)."""
    for i in range(1, len(words)):
        for marker, m in markers.get(words[i], ()):
            if words[i : i + len(m)] == m:
                return words[:i], words[i + 1 :] if marker in ("pada", "di") else words[i:]
    return words, []


def field_of_unit(unit: str | None) -> str | None:
    """Return the field of a unit, reading its most specific part first ("Dinas X | Bidang Y" → Y)."""
    if not unit or not str(unit).strip():
        return None
    # spaces collapsed first: the separator's "\s*" scanned a long run of spaces from every space in it, 0.5 s for
    # 5,000 (hostile3, h31); each part is normalised, so its spaces never counted
    parts = [normalize_unit_name(p) for p in _UNIT_SPLIT.split(re.sub(r"\s+", " ", str(unit))) if p.strip()]
    for part in reversed(parts):
        found = field_of_text(part)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=1)
def _aliases_by_words() -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for alias in _jf_aliases():
        if len(alias) >= 6:
            out.setdefault(len(alias.split()), []).append(alias)
    return out


@lru_cache(maxsize=1)
def _aliases_by_first_word() -> dict[tuple[int, str], tuple[tuple[str, tuple[str, ...]], ...]]:
    """:func:`_aliases_by_words` under (word count, first word), each with its words, in the same order."""
    out: dict[tuple[int, str], list[tuple[str, tuple[str, ...]]]] = {}
    for n, names in _aliases_by_words().items():
        for alias in names:
            parts = tuple(alias.split())
            if parts:  # a blank alias (none in the data) is never compared word by word
                out.setdefault((n, parts[0]), []).append((alias, parts))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=65536)
def find_jf(name: str, *, ambang: float = 90.0) -> str | None:
    """Return the canonical JF a normalised name starts with (old names and small typos included)."""
    base = _strip_jenjang(name)
    aliases = _jf_aliases()
    written = name.split()
    if written and _JENJANG.fullmatch(written[0]):  # a name that opens with a jenjang word: "Ahli Teknologi
        for n in range(min(len(written), 8), 1, -1):  # Laboratorium Medik" (ATLM; spell9 D3, h29)
            if (hit := aliases.get(" ".join(written[:n]))) is not None:
                return _by_kategori(" ".join(written[:n]), hit, name)
    words = base.split()
    if len(words) > 1 and words[0] == "fungsional":  # "Fungsional Pol. PP Ahli Pertama": the kind, then the JF
        words = words[1:]
        base = " ".join(words)
    # after them, the words a JF's name may follow and still head the post ("Tenaga Kesehatan Perawat", "PNS Guru",
    # "Koordinator Guru"), read there as the JF's jenis but as no JF here (groups10, h32); "Asisten Apoteker" is its own
    # alias, and a misspelt one ("Asisten Statistisik") is left to the typo reading below
    for opening in (words, without_family_lead(base).split()):
        for n in range(min(len(opening), 8), 0, -1):
            hit = aliases.get(" ".join(opening[:n]))
            if hit is not None:
                return _by_kategori(" ".join(opening[:n]), hit, name)
    # a whole-name alias: the post's words before its unit (cut before the jenjang words go: "unit pelaksana teknis"
    # holds one), or before its jenjang ("… ahli muda puskesmas x"); "Penyuluh Kesehatan Puskesmas Cibodas" read no JF
    # while "… Ahli Muda Puskesmas X" did (review10 #5, h29)
    before_unit = _strip_jenjang(" ".join(_split_unit_tail(name.split(), _WHOLE_ALIAS_MARKER_INDEX)[0])).split()
    for post_words in (_cut_unit_tail(words), before_unit, _JENJANG.split(name, maxsplit=1)[0].split()):
        whole = _jf_whole_aliases().get(" ".join(post_words))
        if whole is not None:
            return whole
    if not words or len(base) < 6:
        return None
    # dotted abbreviations ("Pranata Lab. Kes." → pranata laboratorium kesehatan): every word a prefix
    by_first = _aliases_by_first_word()
    for n in range(min(len(words), 8), 1, -1):
        head_words = words[:n]
        for alias, parts in by_first.get((n, head_words[0]), ()):
            if all(len(h) >= 2 and p.startswith(h) for h, p in zip(head_words, parts, strict=True)):
                return aliases[alias]
    # a typo in the JF words: compare the first n words with every n-word name
    best: tuple[float, str] | None = None
    post = len(_cut_unit_tail(words))
    for n in range(min(len(words), 8), 0, -1):
        head = " ".join(words[:n])
        choices = _aliases_by_words().get(n)
        if not choices:
            continue
        for alias, score, _ in process.extract(head, choices, scorer=fuzz.ratio, score_cutoff=ambang, limit=3):
            # a typo changes letters of a word, not the word: "pranata laboratorium pendidikan" is not
            # "pranata laboratorium kesehatan" although the strings are 90% alike
            if not _words_alike(head, alias):
                continue
            # nor, where the post name goes on, into another word of the catalogue: "teknisi sarana dan
            # prasarana" (a pelaksana post) is not a misspelt "teknisi siaran"
            if n < post and _swaps_a_known_word(head, alias):
                continue
            # nor, at any length, the post's head noun (who its holder is) into a retired JF's: "teknisi jalan dan
            # jembatan" (a pelaksana post) is not a misspelt "teknik jalan dan jembatan" (groups, h30)
            if _swaps_the_head_noun(head, alias):
                continue
            if best is None or score > best[0]:
                best = (score, aliases[alias])
            break
    return best[1] if best else None


def _words_alike(a: str, b: str, *, ambang: float = 75.0) -> bool:
    """True when every word of ``a`` is a spelling of the word of ``b`` at the same place.

    A word that is the other with a prefix in front is another word, not a typo: "pengadministrasi" (the agent, an
    old pelaksana name: Pengadministrasi Kesehatan) is not "administrasi" (JF Administrator Kesehatan; spell7, h28).
    """
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(
        x == y or (fuzz.ratio(x, y) >= ambang and not _prefixed(x, y) and not _prefixed(y, x) and not _acronym(x, y))
        for x, y in zip(wa, wb, strict=True)
    )


def _acronym(a: str, b: str) -> bool:
    """True when either word is an abbreviation (:data:`ACRONYMS`): one letter more or less is another thing, not a
    typo. "Pranata Keuangan APBD" (a regional post; no JF of that name in PermenPANRB or SSCASN 2024) is not JF
    Pranata Keuangan APBN, a JF of the central and vertical agencies (PermenPANRB 54/2018; walk7 #2, h29)."""
    return a.upper() in ACRONYMS or b.upper() in ACRONYMS


def _prefixed(word: str, root: str) -> bool:
    """True when ``word`` is ``root`` with two or more letters in front ("peng" + "administrasi")."""
    return len(word) >= len(root) + 2 and word.endswith(root)


@lru_cache(maxsize=1)
def _jf_words() -> frozenset[str]:
    """Every word of a JF name or old name of the catalogue."""
    return frozenset(w for alias in _jf_aliases() for w in alias.split())


def _swaps_a_known_word(a: str, b: str) -> bool:
    """True when a word of ``a`` differs from the word of ``b`` at the same place and is itself a catalogue word."""
    known = _jf_words()
    return any(x != y and x in known for x, y in zip(a.split(), b.split(), strict=False))


@lru_cache(maxsize=1)
def _jf_head_nouns() -> frozenset[str]:
    """The first word of every canonical JF name of the catalogue ("teknisi", "pranata", "penata", "pengawas")."""
    return frozenset(jf.split()[0] for jf in jf_table() if jf)


def _swaps_the_head_noun(a: str, b: str) -> bool:
    """True when the first word of ``a`` is the first word of a JF name and ``b``, a retired JF name, opens with
    another: "teknisi jalan dan jembatan" (a pelaksana name) is no misspelt "teknik jalan dan jembatan" (the Teknik JFs
    were renamed in 2021). Between the holder nouns of two JFs of today a slip of letters is a typo as any other:
    "penata komputer" (a real roster's) is Pranata Komputer, no JF being named so (review, h30); "analisis" for
    "analis" is a typo."""
    first_a, first_b = a.split(maxsplit=1)[0], b.split(maxsplit=1)[0]
    heads = _jf_head_nouns()
    return first_a != first_b and first_a in heads and first_b not in heads


@lru_cache(maxsize=1)
def _prefixes_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The structural prefixes (longest first) under their first word: only those can match a name."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in _field_data()[2]:
        if p:
            out.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def _strip_managerial(words: list[str]) -> list[str]:
    """``words`` without the structural prefixes it starts with ("kepala bidang …"), longest first, repeatedly."""
    by_first = _prefixes_by_first_word()
    changed = True
    while changed and words:
        changed = False
        for p in by_first.get(words[0], ()):
            if tuple(words[: len(p)]) == p:
                words = words[len(p) :]
                changed = True
                break
    return words


@lru_cache(maxsize=1)
def _generic_heads() -> tuple[tuple[str, ...], ...]:
    """The generic pelaksana names (``pelaksana_generik``) as words, longest first."""
    return tuple(sorted((tuple(g.split()) for g in _field_data()[1]), key=len, reverse=True))


#: the least likeness of each misspelt word of a pelaksana name (:func:`_misspelt_pelaksana`): "oprasional",
#: "operasiona" (95 to "operasional") are typos, "pengolah"/"pengelola" (82) and "data"/"dana" (75) other words
_PELAKSANA_TYPO = 85.0


@lru_cache(maxsize=1)
def _pelaksana_names_by_words() -> dict[int, tuple[str, ...]]:
    """The generic pelaksana names (``pelaksana_generik``) and the old and new names of ``nama_lama_pelaksana`` of
    two words or more, by word count."""
    out: dict[int, list[str]] = {}
    for name in sorted(_field_data()[1] | set(renamed_position_names())):
        if len(name.split()) > 1:
            out.setdefault(len(name.split()), []).append(name)
    return {n: tuple(names) for n, names in out.items()}


@lru_cache(maxsize=65536)
def _misspelt_pelaksana(base: str) -> str | None:
    """The one pelaksana name of the nomenclature (:func:`_pelaksana_names_by_words`) that ``base`` misspells word by
    word (:func:`_words_alike`, as a JF's words are read), or None: "penata layanan oprasional" is Penata Layanan
    Operasional, its field and its "same post" key; "penata", "pengelola" and "operator" stay three posts, and a
    name of the nomenclature is never another one (spell5, h31: a misspelt generic name read no field and another
    post than the table's spelling)."""
    names = _pelaksana_names_by_words().get(len(base.split()), ())
    if base in names:
        return None
    hits = [n for n in names if _words_alike(base, n, ambang=_PELAKSANA_TYPO)]
    if len(hits) != 1 or field_of_text(base) not in (None, field_of_text(hits[0])):
        return None  # none, two alike, or the spelling names a field the name does not ("… umum" → "… ukur")
    return hits[0]


def _generic_rest(base: str) -> tuple[str | None, str | None]:
    """The generic pelaksana name a longer name opens with and the words after it ("pengadministrasi perkantoran
    subbagian keuangan" → "pengadministrasi perkantoran", "subbagian keuangan"), or (None, None)."""
    words = base.split()
    for head in _generic_heads():
        if len(words) > len(head) and tuple(words[: len(head)]) == head:
            return " ".join(head), " ".join(words[len(head) :])
    return None, None


@lru_cache(maxsize=65536)
def _classify_name(name: str, jenis: str, ambang: float) -> tuple[PositionClass, bool, str]:
    """Classify from the name alone; the flag says the field must come from the unit; then the unit written in the name."""
    norm = normalize_position_name(name or "")
    base = _strip_jenjang(norm) or norm
    jf = find_jf(norm, ambang=ambang) if norm else None
    kind = classify_jenis_jabatan(name, jenis or None) if norm else None
    if jf is not None and kind == "Pelaksana" and jenjang_fungsional(name) is None:
        # "Perawat (JFU)", or a JF's bare name the jenis says is a pelaksana's post: the work of the JF's field, not
        # the JF (classify_jenis_jabatan and this said Pelaksana and Fungsional for one name; h30). A name with its
        # jenjang ("Perawat Ahli Pertama") is the JF whatever jenis a table wrote beside it (review, h30)
        return PositionClass(base, kind, None, None, jf_table()[jf].bidang, "jf"), False, ""
    if jf is not None and kind not in MANAJERIAL:
        info = jf_table()[jf]
        return PositionClass(jf, "Fungsional", jf, info.rumpun, info.bidang, "jf"), False, ""
    words = norm.split()
    tail = " ".join(_split_unit_tail(_strip_managerial(words))[1])
    if kind in MANAJERIAL:
        rest = _cut_unit_tail(_strip_managerial(words))
        bidang = field_of_text(" ".join(rest)) if rest else None
        if bidang is None and words:
            bidang = field_of_text(" ".join(_strip_managerial(words)))
        if bidang is None and words:  # a unit abbreviation in the name: "Kepala Pelaksana BPBD"
            bidang = field_of_text(" ".join(_strip_managerial(normalize_unit_name(name).split())))
        return PositionClass(base, kind, None, None, bidang, "nama" if bidang else None), bidang is None, tail
    base = " ".join(_cut_unit_tail(base.split()))
    base = _misspelt_pelaksana(base) or base
    news = _renamed_pelaksana().get(base, ())
    today = news[0] if len(news) == 1 else None  # (one name of today; "pengemudi" has two)
    if today is not None and field_of_text(base) in (None, "umum"):  # "Pengadministrasi Umum" is today's
        base = today  # Pengadministrasi Perkantoran; "Pengadministrasi Keuangan" keeps the field its name names
    generic = base in _field_data()[1] or not base
    bidang = None if generic else field_of_text(base)
    head, after = (None, None) if generic else _generic_rest(base)
    if after is not None and bidang is not None and field_of_text(head or "") == bidang:
        # "pengadministrasi perkantoran subbagian keuangan": the field is the words after the generic name, never
        # its own "perkantoran"/"umum" ("analis jabatan" keeps the field of its phrase; groups5, h31)
        own = field_of_text(after)
        generic, bidang = own is None, own
    if bidang is None and not generic:  # a unit abbreviation in the name: "Pengelola Keuangan BPKAD"
        bidang = field_of_text(" ".join(_cut_unit_tail(_strip_jenjang(normalize_unit_name(name)).split())))
    if bidang is not None:
        return PositionClass(base, kind, None, None, bidang, "nama"), False, tail
    fallback = "umum" if generic and base else None
    return PositionClass(base, kind, None, None, fallback, "generik" if fallback else None), True, tail


@lru_cache(maxsize=65536)
def _field_of_unit_cached(unit: str) -> str | None:
    return field_of_unit(unit)


def classify_position(name: str, unit: str = "", jenis: str = "", *, ambang: float = 90.0) -> PositionClass:
    """Classify a position given as written (name, unit and jenis text optional); see the module doc."""
    found, needs_unit, tail = _classify_name(name or "", jenis or "", ambang)
    where = unit or tail  # "Penata Layanan Operasional pada Dinas Kesehatan" names its unit
    if not needs_unit or not where:
        return found
    bidang = _field_of_unit_cached(where)
    if bidang is None:
        return found
    return PositionClass(found.dasar, found.jenis, None, None, bidang, "unit")


def relatedness_level(past: PositionClass, target: PositionClass) -> int:
    """Return how related a past position is to a target: JABATAN_SAMA … TIDAK_TERKAIT."""
    if past.jf is not None or target.jf is not None:
        if past.jf is not None and past.jf == target.jf:
            return JABATAN_SAMA
        if past.jf is not None and target.jf is not None and past.rumpun == target.rumpun:
            return SERUMPUN
    elif past.dasar and past.dasar == target.dasar:
        # the same post in another field is related work, not the same post (as matching.experience reads it)
        return JABATAN_SAMA if past.bidang == target.bidang else SERUMPUN
    if past.bidang is not None and past.bidang == target.bidang:
        return BIDANG_SAMA
    return TIDAK_TERKAIT
