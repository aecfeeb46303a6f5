"""What a unit's name says of the unit, one rule for every command: the regions it names (a kabupaten, a kota, a
province, a kecamatan, a village), the office or part its head words open, and whether a unit written short stands
for a longer one (:func:`unit_among`). Roster linking reads a roster's unit by these rules, and `nilai`, `rencana
--kunci` and `terapkan` read a unit they are given by the same (link3, h35)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from itertools import pairwise, takewhile

from asn_mutasi.data import data_csv
from asn_mutasi.domain.jabatan import NAMED_BY_PLACE, named_by_place, normalize_unit_name

PLACE_WORDS = frozenset({"kabupaten", "kota", "provinsi"})


@lru_cache(maxsize=8192)
def unit_without_place(unit: str) -> str:
    """A unit key without the place at its first place word that more words follow, the words after the place's name
    kept ("dinas x kabupaten pasaman barat" → "dinas x", "dinas x kabupaten y bidang z" → "dinas x bidang z"), but
    for one naming a unit named by its place ("kecamatan kota bangun": a roster's "Kecamatan Kota Bangun" was read
    as a table's only other kecamatan, walk4, h28); the key itself when it has none. The name ends where a part's or
    office's head begins (:func:`unit_regions`): cut from the place on, "… Dinas Cipta Karya dan Sumber Daya Air
    Provinsi | UPT … Wilayah I | Seksi Operasi dan Pemeliharaan" lost its UPT and was read as the table's only UPT
    of that dinas, Wilayah II's (link2, h35). Every place is cut: "Dinas Kesehatan Kabupaten Bima Provinsi NTB" kept
    its "provinsi ntb" and was no table's "Dinas Kesehatan Kabupaten Bima" (link5, h36)."""
    words, i, cut = unit.split(), 0, False
    while i < len(words) - 1:  # one pass: the words before a cut place are looked at once (a cut per place, each
        # a new call, overflowed on a long cell)
        if i and words[i] in PLACE_WORDS and not named_by_place(words[:i]) and not _no_kota(words[i], words[i + 1 :]):
            # a branch office's "Wilayah Kabupaten Y" whole, the "di" of "… Provinsi Bali di Kabupaten Badung" too
            # (it was left dangling: "… pelayanan pajak di"; units29, h38)
            area = int(i > 1 and (words[i - 1] in _AREA_WORDS or words[i - 1] == "di"))
            del words[i - area : i + 1 + len(_place_name(words[i], words[i + 1 :]))]  # and a province after a
            i -= area  # kabupaten
            cut = True
        else:
            if town := _local_town_at(words, i):  # "kecamatan menteng jakarta pusat" (units29, h38)
                del words[town[0] : town[1]]
                cut = True
            i += 1
    shorts, kept, i = _province_shorts(), [], 0  # a province by its short name alone: "dinas sosial diy" (link5, h36)
    end = len(words) - _bare_province_end(words)
    while i < end:
        if i and words[i] in shorts:  # the whole name it opens: "dinas kesehatan dki jakarta" (link6, h36)
            i += _province_at(words, i)
        else:
            kept.append(words[i])
            i += 1
    return " ".join(kept) if len(kept) < len(words) or cut else unit


#: the words naming a region before its name, by the level of government they name: a kabupaten and a kota are one
#: level ("BKD Kota Bima" is no "BKD Kabupaten Bima"), a kelurahan and a desa another
REGION_LEVELS = {"kabupaten": "daerah", "kota": "daerah", "provinsi": "provinsi", "kecamatan": "kecamatan"} | {
    "kelurahan": "desa",
    "desa": "desa",
}


#: the level of a kabupaten or kota a province's branch office serves: "Cabang Dinas Pendidikan Provinsi Jawa Timur
#: Wilayah Kabupaten Malang" (named after "Wilayah", or in a part opened by "Cabang") is a unit of the province, not
#: of Kabupaten Malang: it was read as of neither government and its table as the kabupaten's (units27, h37)
BRANCH_AREA = "wilayah"
#: the first words of a province's office in a kabupaten or kota it serves: a "Cabang Dinas" anywhere, DKI Jakarta's
#: "Suku Dinas" / "Suku Badan" of a kota administrasi ("… | Suku Dinas Ketahanan Pangan Kota Adm. Jakarta Barat")
BRANCH_HEADS = frozenset({"cabang", "suku"})
#: the words a branch office's area opens with ("Wilayah Kabupaten Y", "Wil. Kab. Ngada")
_AREA_WORDS = frozenset({BRANCH_AREA, "wil"})


def _branch_area(words: list[str], i: int, listed: bool) -> bool:
    """Whether the kabupaten or kota whose place word is ``words[i]`` is the area a province's branch office serves
    (:data:`BRANCH_AREA`): in a part a branch head opens (:data:`BRANCH_HEADS`) but for a branch of a kecamatan,
    kelurahan or desa, after an area word ("Wilayah Kabupaten Y", "Wil. Kab. Y"), or listed after such an area
    (``listed``: "… Wil. Kab. Malang dan Kota Batu"). A "Cabang Dinas Pendidikan Kecamatan X Kabupaten Y" is the
    kabupaten's own branch in that kecamatan (Kota Madiun's "SD Cabang Dinas Kecamatan Kartoharjo", a unit of its
    Dinas Pendidikan): no province has a kecamatan (:data:`LOCAL_STARTS`), and it was read as the province's and
    linked to a province's table (units28, h38). Also after "di" after a province's name (:func:`_after_province_di`:
    "UPTD Pelayanan Pajak Provinsi Bali di Kabupaten Badung" made a table of Bali's units Kabupaten Badung's, and
    Badung's "Dinas Kesehatan" was linked to the province's; units29, h38)."""
    if listed or _AREA_WORDS.intersection(words[max(0, i - 2) : i]) or _after_province_di(words, i):
        return True
    before = words[i - 1 :: -1] if i else []  # (list methods: a cell of thousands of place words, h38)
    heads = [before.index(h) for h in BRANCH_HEADS.intersection(before)]
    return bool(heads) and _LOCAL_WORDS.isdisjoint(before[: min(heads)])


def _after_province_di(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` follows a "di" that follows a province's whole name (:func:`_province_at`), after
    "Provinsi" or one of its short names (:func:`_province_shorts`): "… Provinsi Bali di Kabupaten Badung", "… NTT di
    Kota Kupang"."""
    if i < 2 or words[i - 1] != "di":
        return False
    starts = range(max(0, i - 1 - _province_name_words()), i - 1)
    shorts = _province_shorts()
    return any(
        _province_at(words, j) == i - 1 - j and ((j and words[j - 1] == "provinsi") or words[j] in shorts)
        for j in starts
    )


#: the place words of a kecamatan, kelurahan or desa (:data:`REGION_LEVELS`)
_LOCAL_WORDS = frozenset(w for w, level in REGION_LEVELS.items() if level in ("kecamatan", "desa"))


def unit_regions(unit: str) -> dict[str, set[str]]:
    """The regions a unit as written names, by level (:data:`REGION_LEVELS`) -> each as its place word and its name
    ("kabupaten sukamaju", "kota tanjung pinang"; :func:`same_place` compares them): a region word followed by the
    words of its name, up to the next region word, a part's or office's head or the end of its part of the path
    ("Kecamatan Kota Bangun" names the kecamatan "kota bangun", "Dinas Tata Kota dan Pertamanan" no kota). A kabupaten
    or kota of DKI Jakarta is named with or without its "Administrasi" ("Kota Adm. Jakarta Selatan", "Kota Jakarta
    Selatan"): both are "kota jakarta selatan" (they linked before link2's rule and were refused by it; review20, h35)."""
    out: dict[str, set[str]] = {}
    bare: set[str] = set()
    for part in unit.split("|"):
        words = normalize_unit_name(part.strip()).split()
        for level, names in _part_regions(" ".join(words)).items():
            out.setdefault(level, set()).update(names)
        if n := _bare_province_end(words):
            bare.add(" ".join(words[-n:]))
    # a name both a province's and a kabupaten's or kota's the path names as such is that one's: "Pemerintah Kota
    # Jambi | Dinas Kesehatan Jambi" is the kota's
    towns = {_island_key(r.partition(" ")[2]) for r in out.get("daerah", ())}
    if provinces := {f"provinsi {name}" for name in bare if _island_key(name) not in towns}:
        out.setdefault("provinsi", set()).update(provinces)
    # a kota or kabupaten administrasi is a unit of its province, no government (:func:`_autonomous`): it names the
    # province too ("Kecamatan Menteng Kota Adm. Jakarta Pusat" was refused by a table of DKI Jakarta; units28, h38)
    if provinces := {p for r in out.get("daerah", ()) if (p := _autonomous(r)) != r}:
        out.setdefault("provinsi", set()).update(provinces)
    return out


def _part_regions(key: str) -> dict[str, set[str]]:
    """The regions of one part of a unit's path, its key (:func:`unit_regions`)."""
    words = key.split()
    out: dict[str, set[str]] = {}
    for i, word in enumerate(words):
        level = REGION_LEVELS.get(word)
        if level is None or named_by_place(words[:i]):
            continue
        after = words[i + 1 :]  # a kecamatan's name may open with "kota" ("Kecamatan Kota Bangun")
        kota = after[:1] == ["kota"] and word in NAMED_BY_PLACE
        if word == "kota":  # a kota of the official list as its own name, none else (:func:`_no_kota`)
            name = listed[1] if (listed := _listed_region(word, after)) else []
        else:
            name = after[:1] + _place_name(word, after[1:]) if kota else _place_name(word, after)
        if name[:1] == ["administrasi"] and level == "daerah":  # DKI Jakarta's: "Kota Administrasi Jakarta Selatan"
            del name[0]
        if name and name[0] not in ("dan", "serta"):
            if town := _local_town_at(words, i):  # "Kecamatan Menteng Jakarta Pusat" names the kota (units29, h38)
                out.setdefault("daerah", set()).add(town[2])
            area = level == "daerah" and _branch_area(words, i, BRANCH_AREA in out)
            out.setdefault(BRANCH_AREA if area else level, set()).add(f"{word} {' '.join(name)}")
    shorts = _province_shorts()  # (a province written bare at the end: unit_regions, which knows the whole path)
    out.setdefault("provinsi", set()).update(
        f"provinsi {' '.join(words[i : i + _province_at(words, i)])}"
        for i, w in enumerate(words)
        if w in shorts and (not i or words[i - 1] != "provinsi")
    )
    return {level: names for level, names in out.items() if names}


@lru_cache(maxsize=1)
def _province_names() -> frozenset[tuple[str, ...]]:
    """Every name of a province as a unit key's words: official (``wilayah_provinsi.csv``), old, other spellings
    and short (``wilayah_alias.csv``)."""
    names = {normalize_unit_name(r["nama"]) for r in data_csv("wilayah_provinsi.csv")}
    names |= {normalize_unit_name(r["alias"]) for r in data_csv("wilayah_alias.csv") if r["jenis"] == "provinsi"}
    return frozenset(tuple(n.split()) for n in names)


def _province_at(words: list[str], i: int) -> int:
    """How many words of unit key ``words`` from ``i`` on name a province (:func:`_province_names`), the longest
    name, its words written apart or together: two for "dki jakarta" (a short name and the words after it), two for
    "papua baratdaya" (a shorter name, "papua", was read, another province: reviewD, h38), none where none starts
    there."""
    joined = _province_names_joined()
    longest = min(len(words) - i, _province_name_words())
    return next((n for n in range(longest, 0, -1) if "".join(words[i : i + n]) in joined), 0)


@lru_cache(maxsize=1)
def _province_names_joined() -> frozenset[str]:
    """Every name of a province (:func:`_province_names`) with its words written together ("papuabaratdaya")."""
    return frozenset("".join(n) for n in _province_names())


@lru_cache(maxsize=1)
def _province_name_words() -> int:
    """The most words a province's name has (:func:`_province_names`): no longer name is tried at any word."""
    return max(map(len, _province_names()))


def _bare_province_end(words: list[str]) -> int:
    """How many last words of unit key ``words`` name its province with no place word before them: an office
    (:data:`OFFICE_HEADS`, :data:`OFFICE_STARTS`) whose name ends with the whole name of a province, as SSCASN 2024
    writes Aceh's ("DINAS PANGAN ACEH", "INSPEKTORAT ACEH"; link6, h36), and a government so named ("Pemerintah
    Sulawesi Tenggara"). None where a longer kabupaten's or kota's name ends it: "Aceh" also ends Banda Aceh's,
    "Jambi" Muaro Jambi's, and "Aceh Barat" is no province's. A province's whole name that is also a kota's or
    kabupaten's own (Jambi, Bengkulu, Gorontalo, Yogyakarta) is the province's: a kota's or kabupaten's office writes
    its "Kota" or "Kabupaten" to be told from the province's (it was read as of no region; units27, h37), but where
    the unit's path names that kota or kabupaten (:func:`unit_regions`). None for a kecamatan, kelurahan, desa or
    puskesmas (:data:`LOCAL_STARTS`), a kabupaten's or kota's unit whatever name ends it: "Kecamatan Kota Baru Jambi"
    made a table of Kota Jambi's units the province's (review of units27, h37)."""
    if len(words) < 2 or words[0] in REGION_LEVELS or f"{' '.join(words)} ".startswith(LOCAL_STARTS):
        return 0
    if words[0] not in _BARE_HEADS and not f"{' '.join(words)} ".startswith(OFFICE_STARTS):
        return 0
    names = _province_names()
    n = max((n for n in range(1, min(len(words), _province_name_words() + 1)) if tuple(words[-n:]) in names), default=0)
    if not n or words[-n - 1] in REGION_LEVELS:
        return 0
    regions, longest = _known_regions(), min(len(words) - 1, _PLACE_NAME_WORDS)
    kabupaten = (
        f"{w} {''.join(words[-m:])}" in regions for w in ("kabupaten", "kota") for m in range(n + 1, longest + 1)
    )
    return 0 if any(kabupaten) else n


@lru_cache(maxsize=1)
def _province_shorts() -> frozenset[str]:
    """The one-word sourced short names of a province (``wilayah_alias.csv``: "ntt", "diy", "jabar", "kepri") that
    are no word of an official region's name: such a word names its province without "Provinsi" before it ("Dinas
    Sosial NTT", "BKD DIY"; link5, h36). "Yogyakarta" is also a kota's name, so it needs "Provinsi"."""
    words = {w for r in data_csv("wilayah_kabupaten_kota.csv") for w in normalize_unit_name(r["nama"]).split()}
    words |= {w for r in data_csv("wilayah_provinsi.csv") for w in normalize_unit_name(r["nama"]).split()}
    shorts = (normalize_unit_name(r["alias"]) for r in data_csv("wilayah_alias.csv") if r["jenis"] == "provinsi")
    return frozenset(a for a in shorts if " " not in a and a not in words)


#: the most words of an official kabupaten's or kota's name as a unit key ("Kepulauan Siau Tagulandang Biaro")
_PLACE_NAME_WORDS = 6


def _place_name(word: str, after: list[str]) -> list[str]:
    """The words of a region's name that follow its place word ``word`` in a unit key (``after``): an official
    kabupaten's or kota's name or an old name of one whole (:func:`_listed_region`), else the words up to the next
    region word or a part's or office's head. Cut at a head, "Seram Bagian Timur" was "seram" (both Serams one region,
    "Bagian Timur" kept as a part of the unit), "Jakarta Pusat" "jakarta", "Lima Puluh Kota" "lima puluh", and Karo
    and Kaur, keyed "kepala biro" and "kepala urusan", one "kepala": a roster's "Dinas Sosial Kabupaten Karo" was no
    longer read as the table's "Dinas Sosial" (review20, h35). A province's name ends where a name of a province
    (:func:`_province_names`) ends: SSCASN 2024's "UPTD … Provinsi Bali di Kabupaten Badung" named the province "bali
    di", another region than a path's "Provinsi Bali", and Bali's staff linked to nothing (units28, h38)."""
    if listed := _listed_region(word, after):
        return after[: listed[0]]
    if word == "provinsi" and (n := _province_at(after, 0)):  # "Provinsi Bali di Kabupaten Badung" was "bali di"
        return after[:n]
    if word in _LOCAL_WORDS and (town := _closing_town(after, 0)):  # "Kecamatan Menteng Jakarta Pusat" was "menteng
        return after[: town[0]]  # jakarta"
    return list(takewhile(lambda w: w not in PATH_HEADS and w not in REGION_LEVELS and w not in _AREA_WORDS, after))


def _local_town_at(words: list[str], i: int) -> tuple[int, int, str] | None:
    """The town closing the name of the kecamatan, kelurahan or desa whose place word is ``words[i]``
    (:func:`_closing_town`), as where its words start and stop in ``words`` and the town as a region; None where none
    does, or the place word opens no local name of its own (:func:`named_by_place`). Its name may open with "kota"
    ("Kecamatan Kota Bangun"). One reading for a unit's regions (:func:`_part_regions`) and its key
    (:func:`unit_without_place`)."""
    if words[i] not in _LOCAL_WORDS or named_by_place(words[max(0, i - 2) : i]):  # (two words: a long cell)
        return None
    first = i + 1 + int(words[i + 1 : i + 2] == ["kota"])
    if town := _closing_town(words, first):
        return first + town[0], first + town[0] + town[1], town[2]
    return None


def _closing_town(words: list[str], first: int) -> tuple[int, int, str] | None:
    """Where a kabupaten's or kota's name of the official list of two or more words (:func:`_listed_region`) closes
    the name of a kecamatan, kelurahan or desa, written without its "Kota" or "Kabupaten" (the words after the local
    place word: ``words`` from ``first`` on, not sliced for a cell of thousands of kecamatan): the start of the
    town's name after ``first``, how many words it takes and the town as a region ("menteng jakarta pusat" → 1, 2,
    "kota jakarta pusat"); None where none does. The town's name starts after the
    local name's first word and before a part's or office's head, and ends at the end of the local name (the next
    region word, a head or the end): "Kecamatan Menteng Jakarta Pusat" was the kecamatan "menteng jakarta" and linked
    to no table's "Kecamatan Menteng" (units29, h38). A one-word name is the local one's own: "Kecamatan Muara Bungo"
    (Kabupaten Bungo's), "Kecamatan Teluk Ambon" (Kota Ambon's). Nor does a town close an official local name it ends
    (:func:`_official_local_names`): "Kecamatan Datuk Tanah Datar" of Kabupaten Batu Bara was "kecamatan datuk" of
    Kabupaten Tanah Datar, and Batu Bara's table then took Tanah Datar's Dinas Kesehatan (reviewG, h38)."""
    end = next((j for j in range(first, len(words)) if words[j] in REGION_LEVELS), len(words))
    heads = next((j for j in range(first, end) if words[j] in PATH_HEADS or words[j] in _AREA_WORDS), end)
    longest = _PLACE_NAME_WORDS + 1  # (and "administrasi"): no town starts before it ends at a head or the end
    for start in range(max(first + 1, heads - longest), heads):
        for word in ("kota", "kabupaten"):
            listed = _listed_region(word, words[start : min(end, start + longest)])
            stop = start + listed[0] if listed else 0
            if listed and len(listed[1]) > 1 and (stop == end or words[stop] in PATH_HEADS):
                if " ".join(words[first:stop]) in _official_local_names():
                    return None
                return start - first, listed[0], f"{word} {' '.join(listed[1])}"
    return None


@lru_cache(maxsize=1)
def _official_local_names() -> frozenset[str]:
    """The official names of a kecamatan, kelurahan or desa that end with a kabupaten's or kota's name of two or more
    words (``wilayah_nama_lokal.csv``, from the Kepmendagri code list), as a unit key's words."""
    return frozenset(normalize_unit_name(r["nama"]) for r in data_csv("wilayah_nama_lokal.csv"))


def _listed_region(word: str, after: list[str]) -> tuple[int, list[str]] | None:
    """The kabupaten or kota of the official list that place word ``word`` and the words after it (``after``) name,
    as how many of those words it takes and its name as a region is recorded (:func:`unit_regions`); None where they
    name none. Its name whole, an official or an old one, the longest (:func:`_known_regions`), as written, DKI's
    "administrasi" before it taken ("Mamuju Utara" was read "mamuju", another kabupaten's name, link4, h35); for a
    kota also a kota whose own name opens with "kota" written apart, as that name ("Kota Mobagu" → "kotamobagu"), and
    a kota's name written short in one word (:func:`_kota_short`: "jaksel"). One decision for reading a region and
    for telling a listed kota from a town named "Kota X" (:func:`_no_kota`): "Kota Mobagu" was read as the kota
    "mobagu", no region of the list, and :func:`governments` decided again whether it was listed (units28, h38)."""
    if word not in ("kabupaten", "kota"):
        return None
    adm = int(after[:1] == ["administrasi"])
    regions = _known_regions()
    for n in range(min(len(after) - adm, _PLACE_NAME_WORDS), 0, -1):
        joined = "".join(after[adm : adm + n])
        if f"{word} {joined}" in regions:
            return adm + n, after[adm : adm + n]
        if word == "kota" and f"kota kota{joined}" in regions:
            return adm + n, [f"kota{joined}"]
    if word == "kota" and after[adm:] and after[adm] not in PATH_HEADS and _kota_short(after[adm]):
        return adm + 1, after[adm : adm + 1]
    return None


def _no_kota(word: str, after: list[str]) -> bool:
    """Whether place word ``word`` is a "kota" whose words after it (``after``) name no kota of the official list
    (:func:`_listed_region`): "Puskesmas Kota Agung" (a kecamatan of Tanggamus), "Kota Baru" (Kabupaten Kotabaru,
    kecamatan), "Kota Waringin Barat" (Kotawaringin Barat), "Dinas Tata Kota dan Pertamanan" were read as the region
    "Kota Agung" … and cut to "puskesmas", "dinas tata" (nonasn28, h37). A "kota" with no name after it (a part's
    head next) is left as it was."""
    if word != "kota" or not after or after[0] in PATH_HEADS or after[0] in REGION_LEVELS:
        return False
    return _listed_region(word, after) is None


@lru_cache(maxsize=4096)
def _kota_short(name: str) -> bool:
    """Whether one word is a kota's name of the official list written short (:func:`_abbreviates`: "jaksel")."""
    return any(_abbreviates(name, words) for words in _kota_names())


@lru_cache(maxsize=1)
def _kota_names() -> tuple[tuple[str, ...], ...]:
    """Every kota's name of the official list (``wilayah_kabupaten_kota.csv``) as a unit key's words."""
    rows = data_csv("wilayah_kabupaten_kota.csv")
    return tuple(tuple(normalize_unit_name(r["nama"]).split()) for r in rows if r["jenis"] == "kota")


@lru_cache(maxsize=4096)
def _spells_out(short: str, words: tuple[str, ...]) -> bool:
    """Whether ``short`` (no spaces) is ``words`` each cut to a start, in order and none left out."""
    if not words:
        return not short
    head, rest = words[0], words[1:]
    return any(
        short[:k] == head[:k] and _spells_out(short[k:], rest)
        for k in range(1, min(len(head), len(short) - len(rest)) + 1)
    )


def _abbreviates(short: str, words: tuple[str, ...]) -> bool:
    """Whether ``short`` (no spaces) is a region name of two or more ``words`` written short: their initials ("ntt"
    of Nusa Tenggara Timur, "tts"), or each word cut to a start, the last to two letters or more ("jabar" of Jawa
    Barat, "tanjabbarat" of Tanjung Jabung Barat, "kepseribu" of Kepulauan Seribu, "bolmut"). A one-word name's start
    is another name ("Bangka" of "Bangkalan", "Banjar" of "Banjarnegara"), and a name whose last letter starts the
    word after it another region ("Nias" as "Nia" + "S" of Nias Selatan, "Maluku" of Maluku Utara; review20, h35)."""
    if len(words) < 2:
        return False
    if short == "".join(w[0] for w in words):
        return True
    last = words[-1]
    return any(
        short.endswith(last[:k]) and _spells_out(short[:-k], words[:-1])
        for k in range(2, min(len(last), len(short) - len(words) + 1) + 1)
    )


@lru_cache(maxsize=1)
def _official_regions() -> frozenset[str]:
    """Every kabupaten and kota of the official list (``wilayah_kabupaten_kota.csv``) and every province
    (``wilayah_provinsi.csv``) as its place word and its name without spaces ("kabupaten sumbabarat", "provinsi
    nusatenggaratimur"): two such names are two regions, whatever one spells of the other. Without the provinces,
    "Provinsi Papua Barat" and "Provinsi Papua" could each be read as the other written short (link5, h36)."""
    rows = data_csv("wilayah_kabupaten_kota.csv")
    provinces = (_region_key("provinsi", normalize_unit_name(r["nama"])) for r in data_csv("wilayah_provinsi.csv"))
    return frozenset(_region_key(r["jenis"], normalize_unit_name(r["nama"])) for r in rows) | set(provinces)


@lru_cache(maxsize=1)
def _region_aliases() -> dict[str, tuple[str, str]]:
    """Another name of a region (``wilayah_alias.csv``, each with its source: a name before a law renamed it, a
    sourced spelling) as its place word and its name without spaces -> that name and the official name, their words
    kept ("kabupaten mamujuutara" -> ("mamuju utara", "pasangkayu"))."""
    return {
        _region_key(r["jenis"], normalize_unit_name(r["alias"])): (
            normalize_unit_name(r["alias"]),
            normalize_unit_name(r["nama"]),
        )
        for r in data_csv("wilayah_alias.csv")
    }


def _region_key(word: str, name: str) -> str:
    """A region as its place word and its name without spaces ("kabupaten tanjungpinang")."""
    return f"{word} {name.replace(' ', '')}"


@lru_cache(maxsize=1)
def _known_regions() -> frozenset[str]:
    """The official kabupaten and kota (:func:`_official_regions`) and every name of the alias table, old and
    official, as :func:`_region_key`: two such names of two regions are two regions."""
    aliases = _region_aliases()
    official = {_region_key(k.partition(" ")[0], v[1]) for k, v in aliases.items()}
    return _official_regions() | aliases.keys() | official


def _spellings(word: str, name: str) -> tuple[str, set[str]]:
    """A region's official name as :func:`_region_key` and every name it is written by in the alias table
    ("sumatra utara" -> "provinsi sumaterautara", {"sumatera utara", "sumatra
    utara"}); a name the table does not know is itself."""
    aliases = _region_aliases()
    official = aliases.get(_region_key(word, name), (name, name))[1]
    key = _region_key(word, official)
    return key, {official} | {old for k, (old, new) in aliases.items() if _region_key(word, new) == key}


def _island_key(name: str) -> str:
    """A kabupaten's or kota's name without spaces, its "dan" and an opening "Kepulauan" ("Kep."): the official
    "Kepulauan Selayar", "Kepulauan Sangihe", "Pangkajene dan Kepulauan" are mostly written "Selayar", "Sangihe",
    "Pangkajene Kepulauan", and no two kabupaten or kota of the official list are one name so (review20, h35)."""
    words = [w for w in name.split() if w != "dan"]
    return "".join(words[1:] if len(words) > 1 and words[0] in ("kepulauan", "kep") else words)


def same_place(ours: str, theirs: str) -> bool:
    """Whether two regions of one level (a place word and its name: :func:`unit_regions`) are one: the same place word
    and the same name, spaces aside ("Tanjung Pinang", "Tanjungpinang"), an old name or a sourced other spelling of
    it (``wilayah_alias.csv``: "Mamuju Utara" of Pasangkayu, "DKI Jakarta" of Daerah Khusus Jakarta, "Sumatra Utara";
    they linked before link2's rule and were refused by it, link4, h35), or one name the other's written short
    (:func:`_abbreviates`: "Prov. NTT" and "Provinsi Nusa Tenggara Timur", "Kab. Tanjab Barat"; review of link2,
    h35) but two names of the official list ("Sumba Barat", "Sumbawa Barat"; review20, h35). "Sukamaju" and
    "Sukasari", "Pasaman" and "Pasaman Barat", "Mamuju Utara" and "Mamuju" stay two."""
    word, _, name = ours.partition(" ")
    other_word, _, other = theirs.partition(" ")
    if word != other_word:
        return False
    (a, names), (b, others) = _spellings(word, name), _spellings(word, other)
    if a == b or (word in ("kabupaten", "kota") and _island_key(name) == _island_key(other)):
        return True
    if {a, b} <= _known_regions():
        return False
    return any(
        _abbreviates(x.replace(" ", ""), tuple(y.split())) or _abbreviates(y.replace(" ", ""), tuple(x.split()))
        for x in names
        for y in others
    )


def same_regions(
    unit: str, table_unit: str, own: Mapping[str, str] | Callable[[], Mapping[str, str]] | None = None
) -> bool:
    """Whether a roster unit and the table unit it was read as (as written) name no two regions of one level: a region
    written on both sides must agree. "BKD Kabupaten Sukamaju" was read as a table's "Badan Kepegawaian Daerah
    Kabupaten Sukasari", the place cut off before its OPD was looked up: another kabupaten's BKD (link2, h35). A
    table unit that names no region of a level is of the table's own region of it, where the table names one
    (``own``: :func:`own_regions`, or what works them out when needed): "Dinas Sosial Provinsi NTT" was read as the
    "Dinas Sosial" of a table of NTB's units (link5, h36). A unit of a kabupaten or kota that names no province is no
    unit of a province that names no kabupaten or kota: "Dinas Kesehatan Kab. Sanggau" was read as a table's "Dinas
    Kesehatan Provinsi Kalimantan Barat" (SSCASN 2024 OPD names; link5, h36). The table's own regions read so too: a
    province's table's "Dinas Kesehatan" took "Dinas Kesehatan Kabupaten Sanggau", a kota's table's "Dinas
    Pendidikan" took "Dinas Pendidikan Provinsi Jawa Timur" (review23, h36)."""
    ours, theirs = unit_regions(unit), unit_regions(table_unit)
    mine, its = _government(unit, ours), _government(table_unit, theirs)
    if {mine, its} == {"daerah", "provinsi"}:
        return False
    if own is not None and (ours.keys() & set(_OWN_LEVELS)) - theirs.keys():  # a level only the roster names
        for level, region in (own() if callable(own) else own).items():
            theirs.setdefault(level, {region})
        if {mine, its or _levels_of(theirs)} == {"daerah", "provinsi"}:
            return False
    if not (_in_provinces(ours, theirs) and _in_provinces(theirs, ours)):
        return False
    return all(
        any(same_place(a, b) for a in ours[level] for b in theirs[level]) for level in ours.keys() & theirs.keys()
    )


def _in_provinces(ours: Mapping[str, set[str]], theirs: Mapping[str, set[str]]) -> bool:
    """Whether every kabupaten or kota of ``theirs`` (regions, :func:`unit_regions`) that names no province lies in a
    province ``ours`` names, where ``ours`` names one and the official list knows where it lies
    (:func:`_province_of`): a roster's "Dinas Sosial Kabupaten Malang Provinsi Jawa Tengah" was read as a kabupaten
    table's "Dinas Sosial" of Kabupaten Malang, in Jawa Timur (units27, h37)."""
    if "provinsi" not in ours or "provinsi" in theirs:
        return True
    lies_in = _province_of()
    for region in theirs.get("daerah", ()):
        word, _, name = region.partition(" ")
        provinces = lies_in.get(_spellings(word, name)[0], ())
        if provinces and not any(same_place(p, q) for p in ours["provinsi"] for q in provinces):
            return False
    return True


@lru_cache(maxsize=1)
def _province_of() -> dict[str, tuple[str, ...]]:
    """Every kabupaten and kota of the official list as :func:`_region_key` -> the provinces it lies or lay in as
    regions ("provinsi jawa timur"): the province's code opens the kabupaten's (``wilayah_kabupaten_kota.csv``), then
    the province it was formed from, and that one's (``wilayah_provinsi.csv``'s ``induk``): rosters still write
    "Kabupaten Merauke Provinsi Papua" (Papua Selatan since 2022) and "Kabupaten Bulungan Provinsi Kalimantan Timur"
    (Kalimantan Utara since 2012); they were read as another province's kabupaten (review of units27, h37)."""
    rows = {r["kode"]: r for r in data_csv("wilayah_provinsi.csv")}

    def lineage(code: str) -> tuple[str, ...]:
        out: list[str] = []
        while code in rows and len(out) < len(rows):
            out.append(f"provinsi {normalize_unit_name(rows[code]['nama'])}")
            code = rows[code].get("induk") or ""
        return tuple(out)

    return {
        _region_key(r["jenis"], normalize_unit_name(r["nama"])): lineage(r["kode"].partition(".")[0])
        for r in data_csv("wilayah_kabupaten_kota.csv")
    }


def governments(units: Iterable[str], most: int) -> list[str]:
    """The first ``most`` governments units (as written) are of, each once as a region ("kabupaten malang", "provinsi
    jawa timur"; :func:`same_place` folds their spellings), in the order first named: a unit of a kabupaten or kota
    its kabupaten or kota, a province's unit its province (:func:`_government`); a unit naming neither, none."""
    out: list[str] = []
    for unit in dict.fromkeys(units):
        if len(out) >= most:
            break
        regions = unit_regions(unit)
        level = _government(unit, regions)
        for name in sorted(_autonomous(r) for r in regions.get(level, ())) if level else ():
            if not any(same_place(name, seen) for seen in out):
                out.append(name)
    return out


#: the words of a region's name written in capitals when it is shown: the provinces' acronyms (a region key is lower
#: case: ``str.title`` wrote "Provinsi Dki Jakarta", "Provinsi Ntt"; h37)
_ACRONYMS = frozenset({"dki", "diy", "ntt", "ntb", "nad", "kep", "bb", "ikn"})


def region_shown(region: str) -> str:
    """A region key (:func:`governments`: "provinsi dki jakarta", "kabupaten kepulauan seribu") as the analyst reads
    it: "Provinsi DKI Jakarta", each word capitalised but the acronyms (:data:`_ACRONYMS`), "dan" kept lower."""
    return " ".join(
        w.upper() if w in _ACRONYMS else w if w in ("dan", "di") else w[:1].upper() + w[1:] for w in region.split()
    )


@lru_cache(maxsize=4096)
def _autonomous(region: str) -> str:
    """The government a region (:func:`unit_regions`) is of: itself, but the province for a kota or kabupaten
    administrasi (``wilayah_provinsi.csv``'s ``kabupaten_kota``), however written (:func:`same_place`: "Kab. Kep.
    Seribu", "Kota Jaksel"): Jakarta's kota are no governments of their own, and a roster of Jakarta's units was said
    to be of several (review of units27, h37)."""
    if region.startswith("provinsi "):
        return region
    return next((p for r, p in _administered().items() if same_place(region, r)), region)


@lru_cache(maxsize=1)
def _administered() -> dict[str, str]:
    """Every kota and kabupaten administrasi of the official list as a region, its words kept ("kota jakarta
    pusat") -> its province (:func:`_administrative_provinces`)."""
    provinces, lies_in = _administrative_provinces(), _province_of()
    names = ((r["jenis"], normalize_unit_name(r["nama"])) for r in data_csv("wilayah_kabupaten_kota.csv"))
    return {f"{w} {n}": p for w, n in names if (p := (lies_in.get(_region_key(w, n)) or ("",))[0]) in provinces}


@lru_cache(maxsize=1)
def _administrative_provinces() -> frozenset[str]:
    """The provinces whose kota and kabupaten are administrative, not governments (``wilayah_provinsi.csv``), as
    regions ("provinsi daerah khusus jakarta")."""
    rows = data_csv("wilayah_provinsi.csv")
    return frozenset(
        f"provinsi {normalize_unit_name(r['nama'])}" for r in rows if r["kabupaten_kota"] == "administratif"
    )


def _levels_of(regions: Mapping[str, set[str]]) -> str:
    """Which government a unit's regions (:func:`unit_regions`) name: "daerah" a kabupaten or kota with no province,
    "provinsi" a province with no kabupaten or kota, else ""."""
    levels = regions.keys() & set(_OWN_LEVELS)
    return next(iter(levels)) if len(levels) == 1 else ""


def _government(unit: str, regions: Mapping[str, set[str]]) -> str:
    """Which government unit (as written; ``regions``: its :func:`unit_regions`) is of: :func:`_levels_of`, and
    "daerah" too for one naming a kabupaten or kota and, after it in the same part, the province it lies in ("Dinas X
    Kabupaten Y Provinsi Z": it was read as of both, and linked to a table's "Dinas X Provinsi Z"; link6, h36); but
    "provinsi" for one whose kabupaten and kota are all administrative, units of their province (:func:`_autonomous`:
    DKI Jakarta's, units28, h38)."""
    level = _levels_of(regions)
    if level or not {"daerah", "provinsi"} <= regions.keys():
        return level
    if all(_autonomous(r) != r for r in regions["daerah"]):  # a kota administrasi's unit is its province's
        return "provinsi"
    return "daerah" if any(_lies_in_province(normalize_unit_name(p)) for p in unit.split("|")) else ""


def _lies_in_province(key: str) -> bool:
    """Whether one part of a unit's path (its key) names a kabupaten or kota before the first province it names."""
    words, shorts = key.split(), _province_shorts()
    starts = [i for i, w in enumerate(words) if i and (w == "provinsi" or w in shorts)]
    if bare := _bare_province_end(words):
        starts.append(len(words) - bare)
    return bool(starts) and "daerah" in _part_regions(" ".join(words[: min(starts)]))


#: the levels a position table is of one region of: one government's table names one province, one kabupaten or kota
_OWN_LEVELS = ("provinsi", "daerah")


def own_regions(units: Iterable[str]) -> dict[str, str]:
    """The one province and the one kabupaten or kota a position table's units (as written) name, by level, where
    all the units that name one of that level name the same (:func:`same_place`): the government the table is of. A
    province every unit names only as where its kabupaten or kota lies (:func:`_government`: "Dinas X Kabupaten Y
    Provinsi Z") is none of the table's: the table is the kabupaten's, no province's office is one of its units
    ("Dinas X Provinsi Z" was read as its "Dinas X"; link6, h36)."""
    named: dict[str, dict[str, None]] = {}
    in_province = True  # whether every unit naming a province names it as where its kabupaten or kota lies
    for unit in dict.fromkeys(units):
        regions = unit_regions(unit)
        for level, names in regions.items():
            if level in _OWN_LEVELS:
                named.setdefault(level, {}).update(dict.fromkeys(sorted(names)))
        in_province &= "provinsi" not in regions or _government(unit, regions) == "daerah"
    firsts = {level: next(iter(names)) for level, names in named.items()}
    own = {level: first for level, first in firsts.items() if all(same_place(first, n) for n in named[level])}
    if in_province and "daerah" in own:
        own.pop("provinsi", None)
    return own


#: first words of a unit that is an office of its own (an OPD, a kecamatan, a kelurahan or desa)
OFFICE_HEADS = frozenset({"dinas", "badan", "kantor", "kecamatan", "kelurahan", "desa", "inspektorat", "satuan"})
#: how a unit key that is an office of its own begins besides :data:`OFFICE_HEADS`: a hospital, a puskesmas, a UPT,
#: the regional and the council's secretariat
OFFICE_STARTS = ("rumah sakit ", "puskesmas ", "unit pelaksana teknis ", "sekretariat daerah", "sekretariat dewan ")


#: how a unit of a kabupaten or kota only begins: no province has a kecamatan, kelurahan, desa or puskesmas
LOCAL_STARTS = ("kecamatan ", "kelurahan ", "desa ", "puskesmas ")
#: the first words of a unit whose name may end with its province's name alone (:func:`_bare_province_end`)
_BARE_HEADS = OFFICE_HEADS | {"pemerintah"}


#: first words of a part of an office (its bagian, bidang, seksi, sekretariat)
PART_HEADS = frozenset({"bagian", "bidang", "seksi", "subbagian", "subbidang", "subseksi", "sekretariat", "urusan"})


#: the words after an office's name that make it another office although no "dan" lists it with a second affair:
#: "Dinas Kesehatan Hewan dan Peternakan" is no Dinas Kesehatan, "Dinas Pendidikan Dayah" of Aceh (where both stand
#: in one government) no Dinas Pendidikan
_OTHER_AFFAIR = frozenset({"hewan", "dayah"})


def goes_on_as_itself(words: list[str], rest: list[str]) -> bool:
    """Whether a table office of roster unit key ``words`` followed by ``rest`` (:func:`office_rest`) is that
    unit: a part goes on with any words ("Bidang Pelayanan" of "Bidang Pelayanan Kesehatan"); an office
    (:data:`OFFICE_HEADS`) with "daerah" ("Inspektorat Daerah"), its place, a part below it, or the other affairs it
    was merged with ("Dinas Pendidikan" of "… dan Kebudayaan", of "… Pemuda dan Olahraga": of the SSCASN 2024 OPD
    names, every one that starts another government's OPD name goes on so, but "Dinas Pendidikan Dayah"). A name
    going on with its own words is another office: "Dinas Kesehatan" was read as a table's only "Dinas Kesehatan
    Hewan", "Kecamatan Teluk Ambon" as "Kecamatan Teluk Ambon Baguala"; and a part is no office its head word opens:
    "Sekretariat" was read as "Sekretariat Daerah | Bagian Umum" (link2, h35). An office's kind alone ("Dinas",
    "Badan") names none: "Dinas" was the table's only OPD merged of two affairs (link3, h35)."""
    if not words or not rest:
        return True
    if words[0] in PART_HEADS:  # "Sekretariat" (an OPD's) is no "Sekretariat Daerah" nor "Sekretariat DPRD"
        office = f"{' '.join([*words, *rest])} ".startswith(OFFICE_STARTS)
        return not office or f"{' '.join(words)} ".startswith(OFFICE_STARTS)
    if words[0] not in OFFICE_HEADS:
        return True
    if len(words) == 1 and words[0] != "inspektorat":  # "Inspektorat" is one office; "Dinas" is any
        return False
    first = rest[0]
    if first in ("dan", "serta", "daerah") or first in REGION_LEVELS or first in PATH_HEADS:
        return True
    return first not in _OTHER_AFFAIR and ("dan" in rest or "serta" in rest)


#: the words a part of a unit's path opens with, where a part's name read by linking's word set ends: a part's and an
#: OPD's heads, and the heads of the government, ministry, directorate, centre and bureau parts SSCASN's and SIASN's
#: unit paths are made of ("PEMERINTAH PROVINSI X | SEKRETARIAT DAERAH | …", "KEMENTERIAN X | Direktorat Jenderal Y |
#: Biro Umum | …")
PATH_HEADS = PART_HEADS | OFFICE_HEADS | frozenset(
    {"pemerintah", "kementerian", "direktorat", "subdirektorat", "deputi", "asisten", "biro", "balai", "lembaga",
     "pusat", "instalasi", "unit", "stasiun", "sekolah", "politeknik", "poltekkes", "jurusan", "puskesmas", "rumah"}
)  # fmt: skip


def office_rest(words: list[str], written: str) -> list[str]:
    """The words a table unit as ``written`` ("OPD | unit") adds to unit key ``words`` within the first part of its
    path (the OPD of "Dinas Kesehatan Hewan | Bidang X"): none when that part is no longer than ``words`` or does not
    start with them (the table unit is a part below the office written)."""
    head = normalize_unit_name(written.split("|", 1)[0]).split()
    return head[len(words) :] if head[: len(words)] == words else []


def _key_rest(rest: list[str]) -> list[str]:
    """The words a table unit's key adds to a unit's, up to the next part or office it names: the first part of its
    path where the key has lost the path's bars."""
    return rest[:1] + list(takewhile(lambda w: w not in PATH_HEADS, rest[1:]))


def unit_among(unit_key: str, keys: Iterable[str], written: Mapping[str, str] | None = None) -> str | None:
    """The one of ``keys`` (normalised unit names; ``written``: each as the table writes it, where known) a unit
    written otherwise stands for, as roster linking reads it: the key itself; else the one key that is it but for
    the place ("dinas sosial kabupaten x" of "dinas sosial"), that it starts as that same office ("inspektorat" of
    "inspektorat daerah", :func:`goes_on_as_itself`), equal to it but for "dan", or whose initials it is ("dlhp");
    in each case of no other region (:func:`same_regions`). None when none or several (``--kunci`` and ``nilai``
    refused spellings the roster linked; review, h25). A start of its own made "Dinas Kesehatan" the table's "Dinas
    Kesehatan Hewan" and "Dinas Kesehatan Kota Bima" its "Dinas Kesehatan Kabupaten Bima" (link3, h35)."""
    keys = list(keys)
    if unit_key in keys:
        return unit_key
    shown = written or {}
    own = OwnRegions([shown.get(k, k) for k in keys])
    office = _office_key(unit_key)  # "Kantor Camat X" of "Kecamatan X", "Puskesmas X" of "UPTD Puskesmas X"
    if len(same := [k for k in keys if _office_key(k) == office]) == 1:
        return same[0] if same_regions(unit_key, shown.get(same[0], same[0]), own) else None
    bare = unit_without_place(unit_key)
    words = bare.split()
    found = set()
    keys = [k for k in keys if not part_below(words, k, shown.get(k, ""))]
    for key in keys:
        theirs = unit_without_place(key)
        if theirs == bare:
            found.add(key)
        elif theirs.startswith(bare + " "):
            rest = office_rest(words, shown[key]) if key in shown else _key_rest(theirs.split()[len(words) :])
            if goes_on_as_itself(words, rest):
                found.add(key)
    found |= merged_offices(unit_key, ((k, shown.get(k, k)) for k in keys))
    if not found:
        no_and = " ".join(w for w in words if w != "dan")
        found = {k for k in keys if " ".join(w for w in unit_without_place(k).split() if w != "dan") == no_and}
    if not found and " " not in unit_key and 3 <= len(unit_key) <= 8 and unit_key.isalpha():
        initials = {k: "".join(w[0] for w in unit_without_place(k).split() if w not in ("dan", "dengan")) for k in keys}
        found = {k for k, spelt in initials.items() if spelt == unit_key}
    found = {k for k in found if same_regions(unit_key, shown.get(k, k), own)}
    return found.pop() if len(found) == 1 else None


def _office_key(unit: str) -> str:
    """A unit key as roster linking reads its office written as its "Kantor" (:func:`without_kantor`) and its UPT
    or UPTD head (:func:`upt_key`): one key for "Kantor Camat X" and "Kecamatan X", for "UPTD Puskesmas X" and
    "Puskesmas X"."""
    return upt_key(without_kantor(unit))


class OwnRegions:
    """:func:`own_regions` of some units (a table's, as written), worked out only when asked, and once for the same
    units however many times they are asked (:func:`_own_regions_of`): an argument of :func:`same_regions`."""

    def __init__(self, units: Iterable[str]) -> None:
        self._units = units
        self._own: dict[str, str] | None = None

    def __call__(self) -> dict[str, str]:
        """The units' own regions."""
        if self._own is None:
            self._own = dict(_own_regions_of(frozenset(self._units)))
        return self._own


@lru_cache(maxsize=16)
def _own_regions_of(units: frozenset[str]) -> dict[str, str]:
    """:func:`own_regions` of a set of units, kept for the next ask: ``terapkan`` reads each move's unit with a new
    :class:`OwnRegions` of the same plan and table units, and worked them all out again each time, 23 ms a move
    against a table of 3,000 units (review23, h36). Never changed by a caller (:class:`OwnRegions` copies it)."""
    return own_regions(sorted(units))


#: an office a unit names as its "Kantor" ("Kantor Kecamatan X"), or as its head's ("Kantor Camat X", "Kantor Kepala
#: Desa X"), wherever in the unit it stands ("Seksi Pemerintahan Kantor Camat X"): a word of its name must follow
@functools.cache
def _KANTOR_OFFICE() -> re.Pattern[str]:
    return re.compile(r"\bkantor (kecamatan|kelurahan|desa|camat|lurah|kepala desa)(?= \S)")


#: the office each head's "Kantor" is (:data:`_KANTOR_OFFICE`)
_OFFICE_OF_HEAD = {"camat": "kecamatan", "lurah": "kelurahan", "kepala desa": "desa"}


def without_kantor(unit: str) -> str:
    """A unit key with the office a roster or a table writes as its "Kantor" written as the office alone, wherever
    it stands: "kantor kecamatan x" → "kecamatan x" (link1, h34), "kantor camat x" → "kecamatan x", "kantor lurah x"
    → "kelurahan x" (real22, h34), "kantor kepala desa x" → "desa x" and "seksi pemerintahan kantor camat x" →
    "seksi pemerintahan kecamatan x" (real23, h35); any other "Kantor …" is an office of that name ("Kantor
    Kesatuan Bangsa"). Roster linking and :func:`unit_among` read it alike: `lowongan --unit "Kantor Camat X"`
    found no unit the roster linked to "Kecamatan X" (link5, h36)."""
    if "kantor " not in unit:
        return unit
    return _KANTOR_OFFICE().sub(lambda m: _OFFICE_OF_HEAD.get(m[1], m[1]), unit)


#: how the government part of a unit path opens besides its region alone ("Kabupaten X | Dinas Y"): "Pemerintah"
#: ("Pemerintah Kota X"), SIASN's "Pemda", and the title of the government's head the unor tree of SIASN opens with
#: ("Bupati X", "Wali Kota X", "Gubernur X"), each as words of a unit key
_GOVERNMENT_HEADS = (("pemerintah",), ("pemda",), ("bupati",), ("gubernur",), ("wali", "kota"))


def without_government(unit: str) -> str:
    """A unit key opening with its government (:data:`_GOVERNMENT_HEADS`, or its region alone), whose place was cut
    or not ("pemerintah dinas kesehatan" of "Pemerintah Kota Jambi | Dinas Kesehatan" or "Pemkot Jambi | Dinas
    Kesehatan", "pemerintah daerah sekretariat daerah …"), as the office or part after it: a unit path opening with
    its agency did not link to the table's "Dinas Kesehatan Kota Jambi" (nonasn28, h37). Its place goes with it
    where it was not cut ("pemerintah kota jambi dinas kesehatan kota jambi bidang p2p" → "dinas kesehatan kota jambi
    bidang p2p"); so does a government written as its region alone or its head ("Kabupaten Banyuasin | Dinas X |
    Bidang Y", "Bupati Merangin | Dinas X", "Walikota Bima | Dinas X": 196 of SSCASN 2024's regional paths linked
    to no unit of a table of their own units; units28, h38). A government followed by no office or part
    ("pemerintah kota jambi") stays itself."""
    words = unit.split()
    for _ in range(3):  # the government written twice ("Pemerintah Daerah Kabupaten X | Pemda Kab. X | Badan Y"),
        # a few times at most: each a new call overflowed the stack on a cell of 5,000 "kabupaten"
        if (rest := _after_government(words)) is None:
            break
        if rest and (
            rest[0] in OFFICE_HEADS or rest[0] in PART_HEADS or f"{' '.join(rest)} ".startswith(OFFICE_STARTS)
        ):
            return " ".join(rest)
        words = rest
    return unit


def _after_government(words: list[str]) -> list[str] | None:
    """The words of a unit key after the government it opens with (:func:`without_government`), or None where it
    opens with none."""
    head = next((h for h in _GOVERNMENT_HEADS if tuple(words[: len(h)]) == h), None)
    if len(words) < 2 or (head is None and (words[0] not in PLACE_WORDS or _no_kota(words[0], words[1:]))):
        return None
    rest = words[len(head or ()) :]
    rest = rest[1:] if head in (("pemerintah",), ("pemda",)) and rest[:1] == ["daerah"] else rest
    if rest and rest[0] in PLACE_WORDS:
        return rest[1 + len(_place_name(rest[0], rest[1:])) :]
    if head in _HEAD_PLACES:  # the region's name alone ("Bupati Merangin"), as listed, or none ("Bupati | Dinas X")
        return rest[_head_name_words(_HEAD_PLACES[head], rest) :]
    return rest


#: the place word of the region whose name alone follows a government's head (:data:`_GOVERNMENT_HEADS`)
_HEAD_PLACES = {("bupati",): "kabupaten", ("wali", "kota"): "kota", ("gubernur",): "provinsi"}


#: words no region's name has: a government's head or a place word ("Staf Ahli Wali Kota" is no kota's name)
_NO_NAME_WORDS = frozenset(w for h in _GOVERNMENT_HEADS for w in h) | frozenset(REGION_LEVELS)


def _head_name_words(word: str, after: list[str]) -> int:
    """How many of a unit key's words ``after`` name a region of place word ``word`` that is not written (after a
    government's head: "Bupati Merangin"): the name of a listed kabupaten or kota (:func:`_listed_region`) or
    province (:func:`_province_at`); else the words up to the next office's or part's head, a name's few words
    with no head or place word among them ("Bupati Tanjab Barat"); else none. Every word up to the next head was
    taken as the name: "Bupati Merangin | Staf Ahli Bupati Bidang Ekonomi" was read as "bidang ekonomi", a part of
    another office (reviewD, h38)."""
    if n := _province_at(after, 0) if word == "provinsi" else (_listed_region(word, after) or (0,))[0]:
        return n
    name = list(takewhile(lambda w: w not in PATH_HEADS, after[: _PLACE_NAME_WORDS + 1]))
    return len(name) if len(name) <= _PLACE_NAME_WORDS and _NO_NAME_WORDS.isdisjoint(name) else 0


#: the words that open a part below an office in a unit key that has lost its path's bars ("dinas kesehatan
#: sekretariat", "kecamatan x kelurahan y", "dinas kesehatan unit pelaksana teknis puskesmas x")
_BELOW_HEADS = PART_HEADS | frozenset({"kelurahan", "desa", "puskesmas", "unit", "cabang"})


def names_an_office(words: list[str]) -> bool:
    """Whether unit key ``words`` names an office alone (an OPD, a kecamatan, a hospital …: :data:`OFFICE_HEADS`,
    :data:`OFFICE_STARTS`), no part of it ("Dinas Kesehatan", not "Dinas Kesehatan Bidang P2P")."""
    office = bool(words) and (words[0] in OFFICE_HEADS or f"{' '.join(words)} ".startswith(OFFICE_STARTS))
    return office and not any(w in PART_HEADS for w in words[1:])


def part_below(words: list[str], key: str, written: str = "") -> bool:
    """Whether table unit ``key`` (``written``: as the table writes it, where known), which starts with unit key
    ``words`` naming an office alone (:func:`names_an_office`), is a part below that office: its path goes on past
    its first part ("Dinas Kesehatan | Sekretariat"), or its key goes on with a part's head ("… bidang x"). A person
    written at the office belongs to the office, not to one of its parts: "Satuan Polisi Pamong Praja" was read as a
    table's only "Satpol PP dan Damkar | Bidang Ketertiban | Seksi Ketertiban Umum" (link3, h35)."""
    if not names_an_office(words):
        return False
    if "|" in written:
        return len(normalize_unit_name(written.split("|", 1)[0]).split()) < len(key.split())
    if key.split()[: len(words)] != words:
        return False
    rest = ["", *key.split()[len(words) :]]  # a head after "dan" is an affair merged in ("… Masyarakat dan Desa")
    return any(w in _BELOW_HEADS and before not in ("dan", "serta") for before, w in pairwise(rest))


#: the key (normalize_unit_name) of "UPT", and of "UPTD" but for its closing "daerah"
UPT_WORDS = "unit pelaksana teknis"


def upt_key(unit: str) -> str:
    """A unit key with "UPTD" read as "UPT", and "UPT" left out before a unit of its own name ("dinas kesehatan
    unit pelaksana teknis daerah puskesmas x" → "dinas kesehatan puskesmas x"): one key for the unit however its
    UPT is written. A UPT of an office ("UPTD Kecamatan X", an agriculture UPTD serving the kecamatan) keeps the
    words: it is no part of that office (h26 units U1)."""
    if UPT_WORDS not in unit:
        return unit
    words, out, i = unit.split(), [], 0
    while i < len(words):
        if words[i : i + 3] != ["unit", "pelaksana", "teknis"]:
            out.append(words[i])
            i += 1
            continue
        i += 4 if words[i + 3 : i + 4] == ["daerah"] else 3
        if i == len(words) or words[i] in OFFICE_HEADS:
            out += ["unit", "pelaksana", "teknis"]
    return " ".join(out)


#: what lists the affairs merged in one OPD's name ("Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana")
@functools.cache
def _AFFAIR_SPLIT() -> re.Pattern[str]:
    return re.compile(r"\s*(?:,|&|\bdan\b|\bserta\b)\s*", re.IGNORECASE)


@lru_cache(maxsize=8192)
def office_affairs(written: str) -> tuple[str, frozenset[str]] | None:
    """An OPD written alone (a dinas or badan, no part below it, as written) as its kind and its affairs, each whole
    and without its place: "Dinas Kelautan dan Perikanan Kabupaten X" → ("dinas", {"kelautan", "perikanan"}); None
    for any other unit. "Kesehatan Hewan" is one affair, no "Kesehatan"."""
    if "|" in written:
        return None
    pieces = [unit_without_place(normalize_unit_name(p)) for p in _AFFAIR_SPLIT().split(written) if p.strip()]
    first = pieces[0].split() if pieces else []
    if len(first) < 2 or first[0] not in ("dinas", "badan") or not names_an_office(first):
        return None
    affairs = [" ".join(first[1:]), *pieces[1:]]
    return (first[0], frozenset(affairs)) if all(affairs) else None


def merged_offices(written: str, units: Iterable[tuple[str, str]]) -> set[str]:
    """The keys of ``units`` (key, as written) that are an OPD of the same kind whose affairs hold every affair of
    OPD ``written`` (:func:`office_affairs`): "Dinas Perikanan" of "Dinas Kelautan dan Perikanan", "Dinas Perikanan
    dan Kelautan" of it too; no "Dinas Kesehatan" of "Dinas Peternakan dan Kesehatan Hewan". Roster linking and
    :func:`unit_among` read an OPD merged with other affairs so, and a second such OPD makes its start no answer:
    "Dinas Pariwisata" was read as the table's "Dinas Pariwisata Pemuda dan Olahraga" beside its "Dinas Kebudayaan
    dan Pariwisata" (link5, h36)."""
    ours = office_affairs(written)
    if ours is None:
        return set()
    kind, affairs = ours
    return {k for k, w in units if (t := office_affairs(w)) is not None and t[0] == kind and affairs <= t[1]}
