"""Normalise position and unit names, classify jenis jabatan, compute BUP (domain.md §4, §5.3).

Names are normalised for *linking* (the same position written two ways must give the
same key), not for display: casefold, parenthetical roles removed (``Analis SDM Aparatur
Ahli Muda (Ketua Subkelompok Kepegawaian)`` — domain.md §4.3), abbreviations expanded
(``Kasubbag TU`` → ``kepala subbagian tata usaha``), punctuation and spaces collapsed.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from itertools import pairwise, takewhile
from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz.distance import OSA

from asn_mutasi.config import Rules
from asn_mutasi.distinct import per_distinct, row_groups
from asn_mutasi.domain.coded_fields import NUMBER_WORDS
from asn_mutasi.domain.jenis import MANAJERIAL, lowest_golongan

# --- normalisation ----------------------------------------------------------------------

#: token → expansion, shared by position and unit names
_COMMON_TOKENS: dict[str, str] = {
    "kasubbag": "kepala subbagian",
    "kasubag": "kepala subbagian",
    "kabag": "kepala bagian",
    "kabid": "kepala bidang",
    "kasi": "kepala seksi",
    "kasie": "kepala seksi",
    "kasubbid": "kepala subbidang",
    "kasubid": "kepala subbidang",
    "kasubsi": "kepala subseksi",
    "sekdis": "sekretaris dinas",
    "sekdin": "sekretaris dinas",  # a role list's "Kasubag Umpeg / Sekdin / Kepala Dinas" (spell9 D4, h29)
    "sekban": "sekretaris badan",
    "kadis": "kepala dinas",
    "kaban": "kepala badan",
    "kapus": "kepala puskesmas",
    "kaur": "kepala urusan",
    "kakan": "kepala kantor",
    "sekcam": "sekretaris kecamatan",
    "seklur": "sekretaris kelurahan",
    "sekda": "sekretaris daerah",
    "sekdes": "sekretaris desa",
    # the common misspellings of the word, as real tables write them: a kelurahan ref_jabatan's "Sekertaris" read
    # Pelaksana and no post with "Sekretaris" (spell8 P1, h29); "Sekeretaris Daerah" and "Sekertariat" as a unit
    "sekertaris": "sekretaris",
    "sekeretaris": "sekretaris",
    # the head of a kota in one word, as rosters and apps write it ("Walikota Surabaya", "Staf Ahli Walikota"); UU
    # 10/2016 and UU 23/2014 write "Wali Kota". The two spellings keyed apart and linked no post of the other
    # (groups20, h35)
    "walikota": "wali kota",
    "sekertariat": "sekretariat",
    "sekeretariat": "sekretariat",
    # a school's head as school rosters and peta jabatan write it ("Kepsek SDN 1"; "Kasek"): a guru with an additional
    # task, read Pelaksana before (spell, h30)
    "kepsek": "kepala sekolah",
    "kasek": "kepala sekolah",
    "kades": "kepala desa",
    "karo": "kepala biro",
    # heads by the short forms letters and apps write ("KaBiro Umum dan Keuangan Untan" in a university's letter log,
    # "Plt. Kacabdin" on a school's site, "Kacabdin Kab. Jombang" under a report's signature, "pj. walkot bandung" in a
    # complaint dataset): read Pelaksana, and "Pj. Kabiro" as the penanggung jawab of a "Kabiro" task (groups19, h35)
    "kabiro": "kepala biro",
    "kacab": "kepala cabang",
    "kacabdin": "kepala cabang dinas",
    "walkot": "wali kota",
    "kalaksa": "kepala pelaksana",
    "kalak": "kepala pelaksana",  # "Kalak BPBD", the Kepala Pelaksana BPBD (spell, h30)
    "wadir": "wakil direktur",  # "Wadir Pelayanan" of an RSUD (h26/spell3: read Pelaksana)
    "wakasek": "wakil kepala sekolah",  # a guru's additional task (groups9, h32)
    "wakamad": "wakil kepala madrasah",
    "irban": "inspektur pembantu",  # "Irban I" of an Inspektorat
    "irbanwil": "inspektur pembantu wilayah",
    "prakom": "pranata komputer",  # the JF as its holders write it ("Prakom Terampil")
    "ka": "kepala",
    "subbag": "subbagian",
    "subag": "subbagian",
    "subbid": "subbidang",
    "bag": "bagian",
    "bid": "bidang",
    "sie": "seksi",
    "kec": "kecamatan",
    "kel": "kelurahan",
    "ds": "desa",
    "adm": "administrasi",
    "admin": "administrasi",
    "pengadm": "pengadministrasi",  # "Pengadm. Umum", "Pengadm. Perkantoran" (h27 pelaksana)
    "pert": "pertama",
    "jab": "jabatan",
    "tu": "tata usaha",
    "umpeg": "umum dan kepegawaian",
    "keu": "keuangan",
    "kab": "kabupaten",
    "prov": "provinsi",
    "propinsi": "provinsi",  # the old spelling: SSCASN 2024 writes "PEMERINTAH PROPINSI KALIMANTAN TIMUR" (link5, h36)
    "pemkab": "pemerintah kabupaten",
    "pemkot": "pemerintah kota",
    # a kota by its name before UU 22/1999 ("Kotamadya Daerah Tingkat II Malang"; forms still ask "Kabupaten/Kotamadya"):
    # read as no region, "Dinas Kesehatan Kotamadya Malang" was the table's "Dinas Kesehatan Kabupaten Malang"
    # (review23, h36)
    "kotamadya": "kota",
    "kodya": "kota",
    "dprd": "dewan perwakilan rakyat daerah",
    "sdm": "sumber daya manusia",
    "yg": "yang",
    "dg": "dengan",
    "dgn": "dengan",
    "upt": "unit pelaksana teknis",
    "uptd": "unit pelaksana teknis daerah",
    "rsud": "rumah sakit umum daerah",
    "puskes": "puskesmas",
    "satpol": "satuan polisi pamong praja",
    "kasatpol": "kepala satuan polisi pamong praja",
    "kasat": "kepala satuan",
    "lab": "laboratorium",
    "kes": "kesehatan",
    # "Pranata Labkes Mahir" (Dinkes/RS rosters, a SIMPEG's constants "Pranata Labkes Pertama … Penyelia"; spell9 D3,
    # h29), "UPT Labkesda"
    "labkes": "laboratorium kesehatan",
    "labkesda": "laboratorium kesehatan daerah",
    "damkar": "pemadam kebakaran",
    # a kecamatan's and kelurahan's seksi by the short names their rosters write ("Kasi Trantib", "Kasi Tapem",
    # "Kasi Ekbang", "Kasi Kesra"; a kecamatan seeder spells them out: "Kepala Seksi Ketentraman dan Ketertiban
    # (Kasi Trantib)", "Kepala Seksi Tata Pemerintahan (Kasi Tapem)"; spell9 D1, h29)
    "trantib": "ketenteraman dan ketertiban umum",
    "trantibum": "ketenteraman dan ketertiban umum",
    "ketentraman": "ketenteraman",  # the common spelling of the KBBI word
    "tapem": "tata pemerintahan",
    "ekbang": "ekonomi dan pembangunan",
    "kesra": "kesejahteraan rakyat",
    "kesos": "kesejahteraan sosial",
}

#: unit abbreviations (only in unit names: "kominfo" in a position name is rare and harmless)
_UNIT_TOKENS: dict[str, str] = {
    "dinkes": "dinas kesehatan",
    "disdik": "dinas pendidikan",
    "disdikbud": "dinas pendidikan dan kebudayaan",
    "bkpsdm": "badan kepegawaian dan pengembangan sumber daya manusia",
    "bkpp": "badan kepegawaian pendidikan dan pelatihan",
    "bkd": "badan kepegawaian daerah",
    "bappeda": "badan perencanaan pembangunan daerah",
    "setda": "sekretariat daerah",
    "setwan": "sekretariat dewan perwakilan rakyat daerah",
    "dpmptsp": "dinas penanaman modal dan pelayanan terpadu satu pintu",
    "diskominfo": "dinas komunikasi dan informatika",
    "kominfo": "komunikasi dan informatika",
    "dukcapil": "dinas kependudukan dan pencatatan sipil",
    "disdukcapil": "dinas kependudukan dan pencatatan sipil",
    "dinsos": "dinas sosial",
    "dishub": "dinas perhubungan",
    "disnaker": "dinas tenaga kerja",
    "dpupr": "dinas pekerjaan umum dan penataan ruang",
    "dlh": "dinas lingkungan hidup",
    "bpbd": "badan penanggulangan bencana daerah",
    "bpkad": "badan pengelolaan keuangan dan aset daerah",
    "bapenda": "badan pendapatan daerah",
    "kesbangpol": "badan kesatuan bangsa dan politik",
    "disperindag": "dinas perindustrian dan perdagangan",
    "dispora": "dinas pemuda dan olahraga",
    # regional OPD abbreviations whose letters name one wording (checked against the SSCASN 2024 unit names);
    # ambiguous ones (DKP: kelautan dan perikanan or ketahanan pangan; DKPP; Sekwan) are left as written
    "dpmd": "dinas pemberdayaan masyarakat dan desa",
    "dpmdes": "dinas pemberdayaan masyarakat dan desa",
    "dispermades": "dinas pemberdayaan masyarakat dan desa",
    "dpmpd": "dinas pemberdayaan masyarakat dan pemerintahan desa",
    "dp3a": "dinas pemberdayaan perempuan dan perlindungan anak",
    "dppkb": "dinas pengendalian penduduk dan keluarga berencana",
    "dispusip": "dinas perpustakaan dan kearsipan",
    "dispersip": "dinas perpustakaan dan kearsipan",
    "diskarpus": "dinas kearsipan dan perpustakaan",
    "disnakertrans": "dinas tenaga kerja dan transmigrasi",
    "dispar": "dinas pariwisata",
    "disparbud": "dinas pariwisata dan kebudayaan",
    "disbudpar": "dinas kebudayaan dan pariwisata",
    "disdikpora": "dinas pendidikan pemuda dan olahraga",
    "dindik": "dinas pendidikan",
    "disperkim": "dinas perumahan dan kawasan permukiman",
    "perkim": "perumahan dan kawasan permukiman",
    "dpu": "dinas pekerjaan umum",
    "pupr": "pekerjaan umum dan penataan ruang",
    "distan": "dinas pertanian",
    "disperta": "dinas pertanian",
    "dispertan": "dinas pertanian",
    "disnak": "dinas peternakan",
    "disnakkeswan": "dinas peternakan dan kesehatan hewan",
    "dishut": "dinas kehutanan",
    "disbun": "dinas perkebunan",
    "dlhk": "dinas lingkungan hidup dan kehutanan",
    "diskop": "dinas koperasi",
    "diskopukm": "dinas koperasi usaha kecil dan menengah",
    "disdag": "dinas perdagangan",
    "disperin": "dinas perindustrian",
    "dinkominfo": "dinas komunikasi dan informatika",
    "dispendukcapil": "dinas kependudukan dan pencatatan sipil",
    "dispenda": "dinas pendapatan daerah",
    "damkar": "pemadam kebakaran",
    "satpolpp": "satuan polisi pamong praja",
    "bakesbangpol": "badan kesatuan bangsa dan politik",
    "balitbangda": "badan penelitian dan pengembangan daerah",
    "bapelitbangda": "badan perencanaan penelitian dan pengembangan daerah",
    "bappelitbangda": "badan perencanaan penelitian dan pengembangan daerah",
    "bkad": "badan keuangan dan aset daerah",
    "bpkpd": "badan pengelolaan keuangan dan pendapatan daerah",
    "bppkad": "badan pendapatan pengelolaan keuangan dan aset daerah",
    "rsu": "rumah sakit umum",
    "rsj": "rumah sakit jiwa",
    "bapperida": "badan perencanaan pembangunan riset dan inovasi daerah",
    "brida": "badan riset dan inovasi daerah",
    # a Setda's bagian by its short name (a real OPD seeder: "Bagian Kesra Setda", "Bagian Prokopim Setda"; "Kesra"
    # itself is a common token)
    "adbang": "administrasi pembangunan",
    "prokopim": "protokol dan komunikasi pimpinan",
    "barjas": "barang dan jasa",
    "dindikbud": "dinas pendidikan dan kebudayaan",
    "dinkesda": "dinas kesehatan daerah",
    "dinhub": "dinas perhubungan",
    "dindukcapil": "dinas kependudukan dan pencatatan sipil",
    "dinsosial": "dinas sosial",
    # a state school by the short form Dapodik and SIMPEG write ("SDN 27 Tondong", "SD NEG. NO. 27 TONDONG")
    "sdn": "sd negeri",
    "smpn": "smp negeri",
    "sman": "sma negeri",
    "smkn": "smk negeri",
    "tkn": "tk negeri",
    "slbn": "slb negeri",
    "neg": "negeri",
}

_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_SEK_DOT = re.compile(r"\bsek\.\s*")
_TK = re.compile(r"\btk\.\s*|\btk\s+(?=(?:i{1,3}|iv|[1-4])\b)")
_SUB_JOIN = re.compile(r"\bsub\s+(bagian|bidang|seksi|bag|bid|koordinator|kelompok|unit)\b")
_NON_WORD = re.compile(r"[^0-9a-z]+")
#: THE list of words that say how a person holds the post, not which post it is, each with the short form a finding
#: names it by: Plt. (pelaksana tugas), Plh. (pelaksana harian), Pj. (penjabat: "Penjabat Lurah", the acting head a
#: Bupati appoints to a vacant seat, Permendagri 4/2023 for a Pj. Kepala Desa) and Pjs. (penjabat sementara), in short
#: or written out. "Penjabat Lurah" was read as a post of its own, a pelaksana's (groups15, h34); the linking and the
#: STATUS JABATAN column each kept a second list of the short forms, which missed the written-out ones
_HOLDING_WORDS: dict[tuple[str, ...], str] = {
    ("pelaksana", "tugas"): "Plt.",
    ("pelaksana", "harian"): "Plh.",
    ("penjabat", "sementara"): "Pjs.",
    ("plt",): "Plt.",
    ("plh",): "Plh.",
    ("pjs",): "Pjs.",
    ("pj",): "Pj.",
    ("penjabat",): "Pj.",
}
#: leading words that say how a person holds the post, not which post it is (one word, :data:`_HOLDING_WORDS`)
_HOLDING_PREFIXES = frozenset(w[0] for w in _HOLDING_WORDS if len(w) == 1)
#: the holding words written as their own short form (Plt., Plh., Pjs., Pj.), the ones a roster also writes after the
#: post's name, unbracketed: "Kepala Dinas Pendidikan Plt.", "Sekretaris Daerah, Plh" kept the word in the key, linked
#: no post and said no acting holder, where "(Plt)" is dropped as a note (groups19, h35)
_HOLDING_SHORT = frozenset(w[0] for w, short in _HOLDING_WORDS.items() if w[0] == short.rstrip(".").casefold())


#: a short holding word closing a post's name as written, with the punctuation before it
@functools.cache
def _HOLDING_TRAILING() -> re.Pattern[str]:
    return re.compile(r"[\s,;:-]+[(\[]?(?:" + "|".join(sorted(_HOLDING_SHORT)) + r")\b\.?[)\]]?\s*$", re.I)


#: a CPNS written as the candidate for the post's JF: "Calon Pranata Komputer Terampil" (JFT19023 of a SAPK jabatan
#: reference in public code), "CALON PRANATA KOMPUTER PERTAMA" (a SIMPEG dump): the post is the JF's (spell4, h31)
_CANDIDATE_PREFIXES = frozenset({"calon", "cpns"})
#: Plt./Plh. written out: "Pelaksana Tugas Kepala Dinas" is the Kepala Dinas's post held by another, as "Plt. Kepala
#: Dinas" is; read as a name it was a pelaksana's (BUP 58; review6, h31) (two words, :data:`_HOLDING_WORDS`)
_HOLDING_WRITTEN_OUT = frozenset((w[0], w[1]) for w in _HOLDING_WORDS if len(w) == 2)


#: the words a post's name goes on with after "Pejabat" ("Pejabat Pembuat Komitmen", "Pejabat Fungsional …",
#: "Pejabat Struktural", "Pejabat Pelaksana Teknis Kegiatan"): "Penjabat" before them is "Pejabat" misspelt, as public
#: forms and seeders write "Penjabat Pembuat Komitmen (PPK)" and "Penjabat Fungsional Tertentu", no acting holder
#: (a Pj. holds a head's seat: "Penjabat Lurah"); read as Pj. the post lost its first word (review14, h34)
_PEJABAT_NEXT = frozenset(
    {
        "fungsional",
        "struktural",
        "pembuat",
        "pengadaan",
        "pelaksana",
        "penandatangan",
        "pengelola",
        "penatausahaan",
        "pimpinan",
        "administrator",
        "pengawas",
        "eselon",
        "pemeriksa",
        "penilai",
    }
)


def _pejabat_misspelt(words: list[str]) -> bool:
    """Whether ``words`` open with "Penjabat" written for "Pejabat" (:data:`_PEJABAT_NEXT`)."""
    return len(words) > 1 and words[0] == "penjabat" and words[1] in _PEJABAT_NEXT


#: the first words of the seats a Pj. (penjabat) holds: a region's, a village's or an office's head ("Pj. Kepala Desa",
#: "PJ. SEKRETARIS DAERAH", "Pj Lurah", "Pj. Bupati"); "PJ" before any other word is the penanggung jawab of a task in
#: puskesmas and office rosters ("PJ UKM Esensial & Perkesmas", "PJ Mutu", "PJ Gudang" in public apps' jabatan lists),
#: which was read as an acting holder of a post named "UKM …", "Gudang" (groups17, h34). A village head goes by other
#: names (UU 6/2014: "Kepala Desa atau yang disebut dengan nama lain"): Perbekel (Bali), Keuchik/Geuchik and Reje
#: (Aceh), Kuwu (Cirebon, Indramayu), Petinggi (Jepara, Kutai), Datuk Penghulu/Penghulu (Riau), Hukum Tua (Minahasa),
#: Pambakal (Kalimantan Selatan), Sangadi (Bolaang Mongondow), Raja (Maluku's negeri); a Pj. before another holding
#: word ("Pj. Plt. Kepala Dinas"; :data:`_HOLDING_PREFIXES`, the one list of them, groups19, h35) holds the seat that
#: follows. "Pj. Perbekel" read as the penanggung jawab of a "Perbekel" task lost its acting holder (review16, h34)
_PJ_SEAT_HEADS = frozenset(
    {"kepala", "sekretaris", "lurah", "camat", "bupati", "walikota", "wali", "gubernur", "direktur", "inspektur",
     "wakil", "asisten", "ketua", "perbekel", "keuchik", "geuchik", "reje", "kuwu", "petinggi", "datuk", "penghulu",
     "pambakal", "pembakal", "sangadi", "raja"}
) | _HOLDING_PREFIXES  # fmt: skip
_PJ_SEAT_PHRASES = frozenset({("hukum", "tua")})  #: a head's seat of two words whose first opens tasks too ("PJ Hukum")


def _pj_in_charge(words: list[str], i: int) -> bool:
    """Whether the "PJ" at ``words[i]`` is a penanggung jawab: a word follows it that opens no head's seat
    (:data:`_PJ_SEAT_HEADS`; abbreviated heads read written out: "Pj. Sekda", "Pj Kadinkes"). False for a name of no
    word at all (a blank or "-" jabatan cell of a row linked by its code crashed `periksa`; hostile18, h35)."""
    if i + 1 >= len(words) or words[i] != "pj":
        return False
    nxt = words[i + 1]
    seat = (
        _COMMON_TOKENS.get(nxt)
        or _POSITION_TOKENS.get(nxt)
        or (len(nxt) > 4 and nxt.startswith("ka") and _head_of_opd(nxt[2:]))
    )
    return (seat or nxt).split()[0] not in _PJ_SEAT_HEADS and tuple(words[i + 1 : i + 3]) not in _PJ_SEAT_PHRASES


def _without_holding(words: list[str]) -> list[str]:
    """``words`` without the holding (Plt./Plh., also written out) and candidate (Calon, CPNS) words they open with; a
    name of those words alone is kept; "Penjabat" misspelling "Pejabat" is read as "Pejabat"."""
    while len(words) > 1:
        if _pejabat_misspelt(words):
            return ["pejabat", *words[1:]]
        if tuple(words[:2]) in _HOLDING_WRITTEN_OUT and len(words) > 2:
            words = words[2:]
        elif (words[0] in _HOLDING_PREFIXES and not _pj_in_charge(words, 0)) or words[0] in _CANDIDATE_PREFIXES:
            words = words[1:]
        else:
            break
    while _holding_after(words):  # "Kepala Dinas Pendidikan Plt."
        words = words[:-1]
    return words


#: the parts of a unit whose name a short word may be, written after them ("Kepala Bagian PLH", "Kasi PJ")
_UNIT_PARTS = frozenset({"bagian", "subbagian", "bidang", "subbidang", "seksi", "subseksi"})
#: the words an abbreviation of a name leaves out ("Pembangunan dan Lingkungan Hidup": PLH)
_NOT_ABBREVIATED = frozenset({"dan", "dengan"})


def _holding_after(words: list[str]) -> bool:
    """Whether a post's last word (``words`` casefolded) is a short holding word written after its name ("Kepala
    Dinas Pendidikan Plt.", :data:`_HOLDING_SHORT`), not the name's own abbreviation: the name of the unit part it
    follows ("Kepala Bagian PLH", "Kasi PJ") or the initials of the words before it ("Kepala Bagian Pembangunan dan
    Lingkungan Hidup (PLH)", a Setda's bagian), which read as held by a Plh. and, unbracketed, lost the bagian's
    name (review17, h35)."""
    if len(words) < 2 or words[-1] not in _HOLDING_SHORT:
        return False
    short = words[-1]
    if _COMMON_TOKENS.get(words[-2], words[-2]).split()[-1] in _UNIT_PARTS:
        return False
    named = [w for w in words[:-1] if w not in _NOT_ABBREVIATED][-len(short) :]
    return "".join(w[0] for w in named) != short


#: the holding words a post's name opens with, as written ("Plt. ", "PLH ", "Pelaksana Tugas "), built from the
#: words, the longest first ("Penjabat Sementara" before "Penjabat")
@functools.cache
def _HOLDING_WRITTEN() -> re.Pattern[str]:
    return re.compile(
        r"^\s*(?:"
        + "|".join(r"\s+".join(w) + r"\b\.?" for w in sorted(_HOLDING_WORDS, key=lambda w: (-len(w), -len(w[0]))))
        + r")[\s.:,-]*",
        re.I,
    )


def acting_seat(nama: str) -> str:
    """The post a name held acting names, as written: "Plt. Kepala Dinas Kesehatan" → "Kepala Dinas Kesehatan"
    (``nama`` unchanged when :func:`held_acting` is false)."""
    if not held_acting(nama):
        return nama
    seat = _HOLDING_WRITTEN().sub("", nama, count=1).strip() or nama
    if not _holding_after(_NON_WORD.sub(" ", seat.casefold()).split()):  # "Plt. Kepala Bagian PLH"
        return seat
    return _HOLDING_TRAILING().sub("", seat).strip() or seat


def acting_word(nama: object, *, alone: bool = False) -> str | None:
    """The short form ("Plt.", "Plh.", "Pj.", "Pjs.") of the holding words a post's name opens with
    (:data:`_HOLDING_WORDS`: "Penjabat Lurah" → "Pj.") or closes with (:data:`_HOLDING_SHORT`: "Camat Plt."), None
    when it has none or is those words alone; with
    ``alone`` the words alone count too (a STATUS JABATAN cell saying "Plt")."""
    if not isinstance(nama, str):
        return None
    words = _NON_WORD.sub(" ", nama.casefold()).split()
    least = 0 if alone else 1
    if _pejabat_misspelt(words) or _pj_in_charge(words, 0):  # "Penjabat Pembuat Komitmen", "PJ Gudang": no acting
        return None
    if tuple(words[:2]) in _HOLDING_WRITTEN_OUT:  # "Penjabat Sementara" alone is no "Penjabat" of a "Sementara"
        return _HOLDING_WORDS[(words[0], words[1])] if len(words) > 1 + least else None
    if len(words) > least and (words[0],) in _HOLDING_WORDS:
        return _HOLDING_WORDS[(words[0],)]
    if _holding_after(words):  # written after the name: "Kepala Dinas Pendidikan Plt."
        return _HOLDING_WORDS[(words[-1],)]
    return None


def held_acting(nama: object) -> bool:
    """Whether a post's name says it is held acting: it opens with Plt./Plh./Pj./Pjs., "Penjabat" or "Pelaksana
    Tugas/Harian" (:func:`acting_word`)."""
    return acting_word(nama) is not None


#: the kind of post written before its name; "Pejabat Fungsional Pembina Jasa Konstruksi", "PEJABAT FUNGSIONAL DOKTER
#: HEWAN KARANTINA PERTAMA", "JabFung" (public code) matched no JF (spell4, h31)
_KIND_PREFIXES: dict[tuple[str, ...], str | None] = {
    ("pejabat", "fungsional", "umum"): "Pelaksana",
    ("pejabat", "fungsional", "tertentu"): "Fungsional",
    ("pejabat", "fungsional"): None,
    ("jabfung", "tertentu"): "Fungsional",
    ("jabfung", "umum"): "Pelaksana",
    ("jabfung",): None,
    ("jabatan", "fungsional", "umum"): "Pelaksana",
    ("jabatan", "fungsional", "tertentu"): "Fungsional",
    ("jabatan", "fungsional"): None,
    ("jabatan", "pelaksana"): "Pelaksana",
    ("fungsional", "umum"): "Pelaksana",
    ("fungsional", "tertentu"): "Fungsional",
    ("jfu",): "Pelaksana",
    ("jft",): "Fungsional",
    ("jf",): None,
}
"""The prefixes, longest first, each with the jenis it says: JFU, "Fungsional Umum", is the old name of a pelaksana
(domain.md §4.1), JFT a JF; None where the kind names no jenis of its own ("Pejabat Fungsional" is also said of a
JFU's holder)."""


def _fold(text: str) -> str:
    """Full-width and other compatibility letters as plain ones, accents and invisible format characters dropped
    ("Ｓｅｋｒｅｔａｒｉｓ", "Sekre\u00adtaris" → "Sekretaris"): what a name's key is made of (hostile-input campaign,
    h26: a soft hyphen split the word and unlinked the post)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) not in ("Mn", "Cf"))


def _tokens(text: str, *, sek: str, extra: dict[str, str]) -> list[str]:
    """Casefold, drop parentheses, expand abbreviations; return the words."""
    if not text.isascii():
        text = _fold(text)
    s = text.casefold().replace("&", " dan ")
    prev = None
    while prev != s:  # nested parentheses, innermost first
        prev, s = s, _PARENS.sub(" ", s)
    s = re.sub(r"\(.*$", " ", s)  # an unclosed parenthesis runs to the end
    s = _SEK_DOT.sub(f"{sek} ", s)
    s = _TK.sub("tingkat ", s)
    s = _NON_WORD.sub(" ", s)
    s = _SUB_JOIN.sub(lambda m: "sub" + m.group(1), s)
    s = _POL_PP.sub("polisi pamong praja", s)
    words: list[str] = []
    for word in s.split():
        if word == "pp" and words[-1:] == ["praja"]:
            continue  # "Satpol PP": the expansion of "satpol" already says it
        if extra and word in ("no", "nomor"):
            continue  # "SD Negeri No. 27": the number alone names the school
        expanded = extra.get(word) or _COMMON_TOKENS.get(word)
        if expanded is None and len(word) > 4 and word.startswith("ka"):
            expanded = _head_of_opd(word[2:])  # "Kadindikbud", "Kadinkes": the head of the OPD the rest names
        words.extend((expanded or word).split())
    if extra and words[:4] == ["unit", "pelaksana", "teknis", "dinas"]:
        words[3] = "daerah"  # "Unit Pelaksana Teknis Dinas Puskesmas …" is the UPTD (SSCASN spells it both ways)
    if "ketertiban" in words or "pm" in words or "pmd" in words or "pembangunan" in words:
        words = _seksi_phrases(" ".join(words)).split()
    return words


#: the kecamatan's and kelurahan's seksi of ketenteraman and ketertiban umum, written with or without "umum" (PP
#: 17/2018; "Kepala Seksi Ketentraman dan Ketertiban (Kasi Trantib)" in a kecamatan seeder, "… Ketertiban Umum" in
#: its peta), and its seksi of pemberdayaan masyarakat (desa) by its letters after "seksi" only ("Kasi PM"; elsewhere
#: "PM" is also penanaman modal or pelayanan medik; spell9 D1, h29)
_TRANTIB = re.compile(r"\bketenteraman dan ketertiban\b(?! umum\b)")
_SEKSI_PM = re.compile(r"\bseksi pm(d?)\b")
#: the kecamatan's seksi "Ekonomi Pembangunan" (29401788683) is its "Ekonomi dan Pembangunan" ("Kasi Ekbang")
_SEKSI_EKBANG = re.compile(r"\bseksi ekonomi pembangunan\b")


def _seksi_phrases(text: str) -> str:
    text = _TRANTIB.sub("ketenteraman dan ketertiban umum", text)
    text = _SEKSI_EKBANG.sub("seksi ekonomi dan pembangunan", text)
    return _SEKSI_PM.sub(lambda m: "seksi pemberdayaan masyarakat" + (" desa" if m.group(1) else ""), text)


_POL_PP = re.compile(r"\bpol\s+pp\b")


def _head_of_opd(acronym: str) -> str | None:
    """ "kepala …" for an OPD acronym glued to "ka" ("kadinkes" → kepala dinas kesehatan), or None."""
    if acronym in _UNIT_TOKENS and _UNIT_TOKENS[acronym].startswith(("dinas ", "badan ")):
        return f"kepala {_UNIT_TOKENS[acronym]}"
    if acronym in _OPD_ACRONYMS:
        return f"kepala {acronym}"
    return None


#: abbreviations of a position's name only: "Sekwan" is the Sekretaris DPRD (JPT Pratama, BUP 60; a Bogor SIMPEG's
#: nomenklatur 'Sekwan'), read Pelaksana with BUP 58 (peers3 #2, h28); as a unit the word is left as written
_DPRD = "dewan perwakilan rakyat daerah"
#: "Kepala Pustu" is the Kepala Puskesmas Pembantu: the head of a puskesmas's jaringan pelayanan (Permenkes 43/2019),
#: no structural post but a JF tenaga kesehatan (a perawat, a bidan) with the task, as the name written out reads it
#: (:func:`additional_task_head`); abbreviated, it read Pelaksana (groups7, h32)
#: Kemenag's own abbreviations of its regional heads (KMA 8/2016, Kode Jabatan, Singkatan, dan Akronim pada Kementerian
#: Agama): "Kakankemenag Kabupaten Sleman", "Kakanwil Kemenag" (:func:`vertical_office_eselon`; groups15, h34)
_POSITION_TOKENS: dict[str, str] = {
    "sekwan": f"sekretaris {_DPRD}",
    "pustu": "puskesmas pembantu",
    "kakankemenag": "kepala kantor kementerian agama",
    "kankemenag": "kantor kementerian agama",
    "kakanwil": "kepala kantor wilayah",
    # the office's own abbreviation after a written-out "Kepala": "Kepala Kanwil Kemenag Provinsi Jawa Tengah" read
    # Pelaksana where "Kakanwil Kemenag" read JPT Pratama (same KMA 8/2016; groups17, h34)
    "kanwil": "kantor wilayah",
    # a ministry's and LPNK's own abbreviations of its central posts, as its letters and rosters write them: "Dirjen
    # Imigrasi", "Irjen Kemenristek", "Plt. Sesditjen Diktiristek" (a Kemenkumham SIMPEG's career history: "Kasi,
    # Kasubdit, Kabag, Kadiv, Sesditjen"), "Sekretaris Utama (Sestama) Perpusnas", "Plt. Sestama BKN", "Asdep Bidang
    # Manajemen Risiko dan Kepatuhan" (Kemen BUMN); the titles written out read JPT Madya or JPT Pratama (BUP 60) and
    # the abbreviations Pelaksana, BUP 58 (groups18, h34). "Irjen Pol." is a police rank, left as written
    # (:func:`_expand_position_tokens`)
    "dirjen": "direktur jenderal",
    "sesditjen": "sekretaris direktorat jenderal",
    "sestama": "sekretaris utama",
    "asdep": "asisten deputi",
    "irjen": "inspektur jenderal",
    # the offices of a central agency in a region by their own abbreviations: "Kepala KPP Pratama Jambi" (a DJP
    # letter app's officials; KPP, Kantor Pelayanan Pajak), "Kepala Kantah Loteng" (Kantor Pertanahan, ATR/BPN),
    # "Kepala Kantor Imigrasi (Kanim) Kelas II Sibolga", "Kakanim Palopo" (Ditjen Imigrasi): read Pelaksana, where
    # the names written out read a "kepala kantor", whose level the kelas tells (:data:`_LEVEL_BY_OFFICE`)
    "kpp": "kantor pelayanan pajak",
    "kantah": "kantor pertanahan",
    "kanim": "kantor imigrasi",
    "kakanim": "kepala kantor imigrasi",
    # the other instansi vertikal of :data:`data/jabatan_kantor_vertikal.csv` by their own abbreviations: "Kalapas
    # Kelas IIA Banjarmasin", "Karutan Kelas IIB" (Ditjen Pemasyarakatan), "Kepala KPPN Jakarta I" (DJPb), "Kepala
    # KPPBC TMP C Cilacap" (DJBC); read Pelaksana, BUP 58 for an eselon III or IV head's (groups20, h35)
    "lapas": "lembaga pemasyarakatan",
    "kalapas": "kepala lembaga pemasyarakatan",
    "rutan": "rumah tahanan negara",
    "karutan": "kepala rumah tahanan negara",
    "kppn": "kantor pelayanan perbendaharaan negara",
    "kppbc": "kantor pengawasan dan pelayanan bea dan cukai",
    "kakantah": "kepala kantor pertanahan",
    # the JF Analis SDM Aparatur as rosters shorten it: "Analis SDMA Ahli Muda", "ASDMA", and both at once "Analis
    # ASDMA Ahli Muda" (a school's angka kredit app; real31, h38): read as no JF, an unlinked post
    "sdma": "sumber daya manusia aparatur",
    "asdma": "analis sumber daya manusia aparatur",
}
#: the word after "Irjen" that makes it the police rank Inspektur Jenderal Polisi ("Irjen Pol. Budi"), not the post
_POLICE_RANK_NEXT = frozenset({"pol", "polisi"})


def _expand_position_tokens(words: list[str]) -> list[str]:
    """``words`` with the :data:`_POSITION_TOKENS` written out; "Irjen" before "Pol." (a police rank) kept."""
    return [
        part
        for i, w in enumerate(words)
        for part in (
            (w,)
            if w == "irjen" and i + 1 < len(words) and words[i + 1] in _POLICE_RANK_NEXT
            else _POSITION_TOKENS["sdma"].split()  # "Analis ASDMA": the A already written out
            if w == "asdma" and i and words[i - 1] == "analis"
            else _POSITION_TOKENS.get(w, w).split()
        )
    ]


#: distinct names a process keeps normalised (a province's posts, units and histories fit many times over)
NAME_CACHE = 1 << 17


@lru_cache(maxsize=NAME_CACHE)
def normalize_position_name(text: str) -> str:
    """Return the linking key of a position name (``Plt. Kasubbag TU`` → ``kepala subbagian tata usaha``).

    Cached: the plan's head start normalises every post while the roster is parsed.
    """
    if not text:
        return ""
    wrapped = _kind_wrapper(text)
    if wrapped is not None:
        return wrapped[1]
    return _position_key(text)


#: the head words of managerial posts, and the most edits a misspelling of each may hold: "Sekrtaris Dinas" (a letter
#: dropped) read Pelaksana where "Sekertaris" (listed above) read Administrator (spell, h30). Long words only, one edit:
#: no correctly spelled word of a post name lies that close to them ("sekretariat" is two edits away)
_HEAD_WORDS = ("sekretaris", "direktur", "inspektur")


def _head_word(word: str) -> str:
    """``word``, or the managerial head word it misspells by one edit (:data:`_HEAD_WORDS`)."""
    if len(word) < 7 or word in _HEAD_WORDS or word in _COMMON_TOKENS:
        return word
    return next((head for head in _HEAD_WORDS if OSA.distance(word, head, score_cutoff=1) <= 1), word)


#: a JF jenjang written in brackets after the JF's name ("Pranata Komputer (Ahli Pertama)", "Guru Kelas (Ahli
#: Pertama)", "Perawat [Terampil]"): the brackets are the name's, not a note to drop
_JENJANG_IN_BRACKETS = re.compile(
    r"[(\[]\s*(ahli\s+(?:utama|madya|muda|pertama)|penyelia|mahir|terampil|pemula)\s*[)\]]", re.IGNORECASE
)


@functools.cache
def _JENJANG_WRITTEN() -> re.Pattern[str]:
    return re.compile(r"\b(?:ahli|penyelia|mahir|terampil|pemula)\b", re.IGNORECASE)


def _unbracket_jenjang(text: str) -> str:
    """``text`` with a JF jenjang written in brackets after the name unwrapped ("Pranata Komputer (Ahli Pertama)" →
    "Pranata Komputer Ahli Pertama"): brackets are dropped as notes, and the post read no jenjang, so a bare JF post's
    lowest one (Terampil: D-III, II/b) was asked of an Ahli Pertama post (groups4, h31). Left as written after a kind
    alone ("Fungsional (Ahli Pertama)") or beside a jenjang written outside the brackets."""
    found = _JENJANG_IN_BRACKETS.search(text)
    if found is None:
        return text
    before = text[: found.start()].strip(" .,;:-")
    outside = text[: found.start()] + " " + text[found.end() :]
    if not before or before.casefold() in _KIND_WORDS or _JENJANG_WRITTEN().search(outside):
        return text
    return f"{text[: found.start()]} {found.group(1)} {text[found.end() :]}"


#: a golongan (or a range of them) written after a post's name and a dash: a JF list joins its jenjang's golongan to the
#: name ("Perawat Ahli Pertama - III/a", "… - III/a - III/b"; rumahASN's simaster_jft "name jenjang - gol_ruang"). No
#: post is named by a golongan: the key without it links the roster's "Perawat Ahli Pertama" (real4, h31)
#: (one at a time, at the end of the name with its spaces collapsed: anchored at "$" and searched from every position,
#: a 20,000-character name of spaces or of "- III/a"s took 6 s; review5, h31). An eselon written after a slash or a
#: dash is no part of the name either: a roster's "Jabatan / Eselon" column writes "Sekretaris / III.a" (real27, h37:
#: 51 holders of the sample's structural posts were read as holding no post of the table)
_TRAILING_GOLONGAN = re.compile(
    r" ?[-–—,/] ?(?:(?:IV|III|II|I) ?/ ?[A-E]|(?:eselon )?(?:IV|III|II|I|V) ?[.-]? ?[AB])$", re.IGNORECASE
)
#: the longest golongan or eselon after a dash or slash, spaces collapsed (" / eselon III . a")
_GOLONGAN_TAIL = 20


def _without_trailing_golongan(text: str) -> str:
    """``text`` without the golongan or eselon written after its dashes or slashes (:data:`_TRAILING_GOLONGAN`),
    spaces collapsed."""
    text = " ".join(text.split())
    while (found := _TRAILING_GOLONGAN.search(text, max(0, len(text) - _GOLONGAN_TAIL))) is not None:
        text = text[: found.start()].rstrip()
    return text


def _kind_prefix(words: list[str]) -> tuple[str, ...]:
    """The prefix of :data:`_KIND_PREFIXES` a name's words open with, when more words follow, or ()."""
    for prefix in _KIND_PREFIXES:
        if tuple(words[: len(prefix)]) == prefix and len(words) > len(prefix):
            return prefix
    return ()


def _written_kind(nama: str) -> str | None:
    """The jenis the kind written before a post's name says ("Pejabat Fungsional Umum Perawat", "JFU Perawat":
    Pelaksana), or None: no such kind, or one that says no jenis."""
    words = _tokens(nama, sek="sekretaris", extra={})
    words = _without_holding(words)
    return _KIND_PREFIXES.get(_kind_prefix(words))


_IN_CHARGE = ("penanggung", "jawab")  #: "PJ" written out where it is no Pj. (:func:`_pj_in_charge`)


def _position_key(text: str) -> str:
    text = _without_trailing_golongan(text)
    words = _tokens(_unbracket_jenjang(text), sek="sekretaris", extra={})
    if words:
        words[0] = _head_word(words[0])
    if any(w in _POSITION_TOKENS for w in words):
        words = _expand_position_tokens(words)
        words = " ".join(words).replace(f"{_DPRD} {_DPRD}", _DPRD).split()  # "Sekwan DPRD": the DPRD said once
    words = _without_holding(words)
    if "pj" in words:  # "PJ Program Imunisasi" is the "Penanggung Jawab Program Imunisasi"
        words = [part for i, w in enumerate(words) for part in (_IN_CHARGE if _pj_in_charge(words, i) else (w,))]
    words = words[len(_kind_prefix(words)) :]
    while len(words) > 1 and words[0] in _CANDIDATE_PREFIXES:  # "JFT Calon Perawat Terampil"
        words = words[1:]
    if tuple(words[:2]) in _OLD_TITLES:  # "Sekretaris Camat" is the Sekretaris Kecamatan of PP 17/2018
        words = [*_OLD_TITLES[(words[0], words[1])], *words[2:]]
    lead = _LEADING_JENJANG.match(text)
    if lead is not None:  # SIMPEG's "AHLI PERTAMA - PENATA KELOLA PEMILU" is "Penata Kelola Pemilu Ahli Pertama"
        n = len(lead.group(1).split())
        if words[:n] == lead.group(1).casefold().split() and len(words) > n:
            words = [*words[n:], *words[:n]]
    return " ".join(_jenjang_after_name(words))


#: the keahlian grades a JF's jenjang is written with, "ahli" left out in an old or short form ("Pertama Pranata
#: Komputer"), and the keterampilan ones
_KEAHLIAN_GRADES = frozenset({"utama", "madya", "muda", "pertama"})
_KETERAMPILAN_GRADES = frozenset({"penyelia", "mahir", "terampil", "pemula"})


def _jenjang_after_name(words: list[str]) -> list[str]:
    """``words`` with a JF jenjang written before the JF's name, without a dash, put after it: a Diskominfo's staff
    list writes "Ahli Pertama Pranata Komputer" and "Pertama Pranata Komputer" (reakattimur-art/PKL.Kel; real30, h38),
    the first linked to no "Pranata Komputer Ahli Pertama", the second read Pelaksana. Only when the rest is a JF's
    name (:func:`_jf_family`) saying no jenjang of its own."""
    if len(words) > 2 and words[0] == "ahli" and words[1] in _KEAHLIAN_GRADES:
        lead, rest = words[:2], words[2:]
    elif len(words) > 1 and words[0] in _KEAHLIAN_GRADES:
        lead, rest = ["ahli", words[0]], words[1:]
    elif len(words) > 1 and words[0] in _KETERAMPILAN_GRADES:
        lead, rest = words[:1], words[1:]
    else:
        return words
    if JENJANG_WORDS.intersection(rest) or _jf_family(" ".join(rest)) is None:
        return words
    return [*rest, *lead]


#: what a roster writes for the kind of post instead of its name, the name in brackets after it ("FUNGSIONAL(Perencana
#: Pertama)", "Fungsional Umum (Pengadministrasi Umum)", "Pelaksana (Bendahara)"), by the jenis the kind says (None:
#: the name in brackets tells)
_KIND_WORDS: dict[str, str | None] = {
    "fungsional": None,
    "jabatan fungsional": None,
    "fungsional umum": "Pelaksana",
    "jabatan fungsional umum": "Pelaksana",
    "jfu": "Pelaksana",
    "pelaksana": "Pelaksana",
    "jabatan pelaksana": "Pelaksana",
    "staf": "Pelaksana",
    "staff": "Pelaksana",
    "fungsional tertentu": "Fungsional",
    "jabatan fungsional tertentu": "Fungsional",
    "jft": "Fungsional",
}
#: the first words of a unit, written in brackets after a kind ("Staf (Subbag Umum)" is a staff member of a subbagian)
_UNIT_HEADS = frozenset(
    {"subbagian", "bagian", "subbidang", "bidang", "seksi", "subseksi", "sekretariat", "dinas", "badan", "kantor",
     "kecamatan", "kelurahan", "desa", "unit", "puskesmas", "rumah", "balai", "inspektorat", "uptd", "sekolah"}
)  # fmt: skip


#: the first words of a unit's name as a roster writes it after a post: the :data:`_UNIT_HEADS`, a UPT, hospital or
#: school ("SD Negeri 3", "UPT Puskesmas X", "RSUD Y"), a KUA
_UNIT_OPENERS = _UNIT_HEADS | frozenset(
    {"upt", "rsud", "sd", "sdn", "smp", "smpn", "sma", "sman", "smk", "smkn", "slb", "tk", "kua", "satuan",
     "subbag", "subbid", "sekda", "setda", "sekretaris", "cabang", "lembaga", "pusat", "biro", "direktorat"}
)  # fmt: skip


def reads_as_unit(text: str) -> bool:
    """Whether ``text`` reads as a unit's name: its first word is a unit's kind (Dinas, Badan, Bidang, Kecamatan,
    UPT, Puskesmas, RSUD, SD …)."""
    words = _NON_WORD.sub(" ", text.casefold()).split()
    return bool(words) and words[0] in _UNIT_OPENERS


def names_unit_not_post(text: object) -> bool:
    """Whether a post cell holds a unit's name instead: its first word is a unit's kind alone (Bidang, Sekretariat,
    Seksi, Subbagian, Dinas, UPTD …; not "Sekretaris", which heads a post)."""
    if not isinstance(text, str):
        return False
    words = _NON_WORD.sub(" ", text.casefold()).split()
    return (len(words) > 1 and words[0] in _UNIT_HEADS) or words == ["sekretariat"]  # (a kind alone names no unit)


def names_post_not_unit(text: object) -> bool:
    """Whether a unit cell holds a post's name instead: a head ("Kepala Bidang", "Kasubag Umum", "Sekretaris"), a
    JF at a jenjang, or a managerial post, and nothing that reads as a unit (:func:`reads_as_unit`)."""
    if not isinstance(text, str) or not text.strip() or reads_as_unit(text):
        return False
    key = normalize_position_name(text)
    if key.split(" ", 1)[0] in ("kepala", "sekretaris"):
        return True
    return jenjang_fungsional(text) is not None or classify_jenis_jabatan(text) in MANAJERIAL


#: " pada " between a post and its unit: a Baperjakat draft or a nominatif writes the post held as "Kepala Seksi
#: Pelayanan pada Bidang X", "Fungsional Umum pada Dinas Kesehatan" (solasoli/simpeg-bogor; real11, h32)
PADA = re.compile(r"\s+pada\s+", re.I)


def unit_after_pada(nama: object) -> bool:
    """Whether a post's name goes on, after a " pada ", with words that read as a unit (:func:`reads_as_unit`)."""
    return isinstance(nama, str) and any(reads_as_unit(nama[cut.end() :]) for cut in PADA.finditer(nama))


def _kind_wrapper(text: str) -> tuple[str, str] | None:
    """(the kind's key, the name's key) of a name written as a kind with the name in brackets after it (:data:`_KIND_WORDS`;
    spell9 D2, h29: "FUNGSIONAL(Perencana Pertama)", "FUNGSIONAL(Pengadministrasi umum)" and "FUNGSIONAL(Bendahara
    Penerima)" were all keyed "fungsional", one jabatan), or None: no such kind, nothing in the brackets, or a unit or
    a jenjang there ("Staf (Subbag Umum)", "Fungsional (Ahli Pertama)")."""
    start = text.find("(")
    if start <= 0 or ")" not in text[start:]:
        return None
    kind = _position_key(text[:start])
    if kind not in _KIND_WORDS or text[start + 1 :].split(")", 1)[1].strip(" .,;-"):
        return None
    inner = text[start + 1 :].split(")", 1)[0]
    name = _position_key(inner)
    words = name.split()
    if not words or words[0] in _UNIT_HEADS or set(words) <= JENJANG_WORDS | _HOLDING_PREFIXES:
        return None
    if normalize_unit_name(inner) != name:  # a unit's short name ("Staf (Dinkes)")
        return None
    return kind, name


#: the words a JF jenjang is written with (:data:`JENJANG_KEAHLIAN`, :data:`JENJANG_KETERAMPILAN`)
JENJANG_WORDS = frozenset({"ahli", "pertama", "muda", "madya", "utama", "pemula", "terampil", "mahir", "penyelia"})


#: a JF's jenjang written before its name and a dash (SIMPEG's "AHLI PERTAMA - PENATA KELOLA PEMILU")
_LEADING_JENJANG = re.compile(
    r"^\s*(ahli\s+utama|ahli\s+madya|ahli\s+muda|ahli\s+pertama|penyelia|mahir|terampil|pemula)\s*[-–:]\s*\S", re.I
)


#: an office's older name → the name a peta jabatan writes today (both are read as one post)
_OLD_TITLES: dict[tuple[str, str], tuple[str, ...]] = {
    ("sekretaris", "camat"): ("sekretaris", "kecamatan"),
    ("sekretaris", "lurah"): ("sekretaris", "kelurahan"),
    # "Kecamatan dipimpin oleh seorang kepala Kecamatan yang disebut camat", "Kelurahan dipimpin oleh seorang kepala
    # kelurahan yang disebut lurah" (UU 23/2014 Pasal 224 and 229): a lurah's roster row "Kepala Kelurahan" read
    # Pelaksana and left the Lurah post vacant (spell9 D1, h29)
    ("kepala", "kecamatan"): ("camat",),
    ("kepala", "kelurahan"): ("lurah",),
}


@lru_cache(maxsize=NAME_CACHE)
def normalize_unit_name(text: str) -> str:
    """Return the linking key of a unit name (``Dinkes Kab. X | Subbag Umum`` → expanded words); cached as above.

    Numbers are keyed by value: a school's "03" or "013" is its "3" or "13" ("SMP NEGERI 03" = "SMP Negeri 3"),
    and a unit's closing number in words, digits or Roman numerals is one ("Puskesmas X Satu", "Puskesmas X 1",
    "UPT Pasar 1" = "… I"). Different numbers stay apart ("013" ≠ "015", "I" ≠ "II")."""
    if not text:
        return ""
    words = _tokens(text, sek="sekretariat", extra=_UNIT_TOKENS)
    for i, word in enumerate(words):
        if word.isdigit() and word[0] == "0":
            words[i] = word.lstrip("0") or "0"
    if len(words) > 1:
        words[-1] = _CLOSING_NUMBER.get(words[-1], words[-1])
    return " ".join(words)


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")
_NUMBER_WORDS = tuple(NUMBER_WORDS)  # satu … sebelas, in order
#: a unit's closing number (digits or a number word) → its Roman numeral: the one key of "… II", "… 2", "… Dua"
_CLOSING_NUMBER: dict[str, str] = {
    **{str(k): roman for k, roman in enumerate(_ROMAN, start=1)},
    **dict(zip(_NUMBER_WORDS, _ROMAN, strict=False)),
}


def is_unit_number(word: str) -> bool:
    """Whether a unit key's word is a number (digits, or the Roman numeral :func:`unit_number_key` makes of one)."""
    return word.isdigit() or word in _ROMAN_SET


_ROMAN_SET = frozenset(_ROMAN)


def unit_number_key(word: str) -> str:
    """A word of a name as :func:`normalize_unit_name` keys it when it closes a unit's name: "03" → "3", "1" /
    "satu" → "i"; other words as they are. A post name that repeats its unit ("Kepala Puskesmas X 1" in "Puskesmas
    X 1") is cut by these keys (the unit key said "… i" and the post kept "1"; fourth review, h26)."""
    if word.isdigit() and word[0] == "0":
        word = word.lstrip("0") or "0"
    return _CLOSING_NUMBER.get(word, word)


def codes_by_case(codes: Iterable[str]) -> dict[str, str]:
    """The table's kode jabatan by its case-folded spelling, for the codes no other code folds to: a code typed in
    another case ("rsud02-0006", "bkpsdm-0007") is the table's when only one matches (a proposal, a --kunci pin)."""
    seen: dict[str, set[str]] = {}
    for code in codes:
        seen.setdefault(code.casefold(), set()).add(code)
    return {folded: next(iter(same)) for folded, same in seen.items() if len(same) == 1}


def unit_in_opd(unit: str | None, opd: str | None) -> str | None:
    """The unit told apart by its OPD: ``OPD | unit``; the unit alone when it already names its OPD ("Sekretariat
    Dinas Sosial", "Dinas Sosial"); the OPD when the unit cell is blank (a post of the OPD itself)."""
    if not opd:
        return unit
    if not unit:
        return opd
    key, unit_key = normalize_unit_name(opd), normalize_unit_name(unit)
    if not key or f" {key} " in f" {unit_key} ":
        return unit
    return f"{opd} | {unit}"


def opd_of_key(unit: str | None) -> tuple[str | None, str | None]:
    """(OPD, unit) of a key of :func:`unit_in_opd`: ``"Dinas Sosial | Bidang Rehabilitasi"`` is ("Dinas Sosial",
    "Bidang Rehabilitasi"), the last two parts of a key led by an agency too; a unit without ``|`` has no OPD in it
    (None, unit). The one reading of the key's separator (training's per-OPD budget, ``terapkan``'s columns)."""
    if not unit or " | " not in unit:
        return None, unit
    parts = unit.split(" | ")
    return parts[-2], parts[-1]


#: the dinas a unit below it is named for, by how the unit's key (:func:`normalize_unit_name`) begins, its UPT or
#: UPTD head aside: a puskesmas (and its pustu) is the Dinas Kesehatan's, a state school the Dinas Pendidikan's
_UPT_HEAD = r"^(?:unit pelaksana teknis (?:daerah )?)?"
_PARENT_DINAS = (
    (re.compile(_UPT_HEAD + r"(?:puskesmas|laboratorium kesehatan daerah)\b"), "dinas kesehatan", "Dinas Kesehatan"),
    (
        re.compile(_UPT_HEAD + r"(?:tk|sd|smp|sma|smk|slb|sekolah (?:dasar|menengah)|taman kanak kanak)\b"),
        "dinas pendidikan",
        "Dinas Pendidikan",
    ),
)


def parent_dinas(unit: str, opds: Iterable[str] = ()) -> str | None:
    """The dinas a unit without its OPD belongs to where its name says so ("UPT Puskesmas Mekarlaksana": the Dinas
    Kesehatan, "SD Negeri 1 X": the Dinas Pendidikan), as one of ``opds`` (the OPDs the tables name) writes it when
    exactly one is that dinas ("Dinas Pendidikan dan Kebudayaan"), else by its kind's name; None when the name says
    nothing (real22, h34: a table without OPDs put "UPT Puskesmas Mekarlaksana" in the plan's per-OPD budget)."""
    key = normalize_unit_name(unit)
    for pattern, dinas, written in _PARENT_DINAS:
        if pattern.match(key):
            keys = {o: normalize_unit_name(o) for o in opds}
            named = [o for o, k in keys.items() if k == dinas] or [o for o, k in keys.items() if k.startswith(dinas)]
            return named[0] if len(named) == 1 else written
    return None


def opd_and_unit(keys: Iterable[str | None]) -> dict[str, tuple[str, str]]:
    """Each distinct unit key of :func:`unit_in_opd` as (OPD, unit as written), for a sheet that shows the two in
    columns of their own as the roster does; ``{}`` when no key holds an OPD (a table without OPDs: one column).

    A key without ``|`` is a unit that names its OPD ("Sekretariat Dinas Sosial") or the OPD itself: its OPD is the
    longest OPD of the other keys it names as :func:`unit_in_opd` reads it, else the key itself (walk5, h31: report
    sheets printed "Dinas Kesehatan | UPT Puskesmas X" where the analyst reads an OPD and a unit)."""
    distinct = [k for k in dict.fromkeys(str(k) for k in keys if k) if k.strip()]
    split = {k: opd_of_key(k) for k in distinct if " | " in k}
    if not split:
        return {}
    opds = sorted({o for o, _ in split.values() if o}, key=len, reverse=True)
    named = {o: f" {normalize_unit_name(o)} " for o in opds}
    out: dict[str, tuple[str, str]] = {}
    for k in distinct:
        if k in split:
            opd, unit = split[k]
            out[k] = (opd or "", unit or "")
            continue
        own = f" {normalize_unit_name(k)} "
        out[k] = (next((o for o in opds if named[o].strip() and named[o] in own), k), k)
    return out


def unit_in_words(unit: str | None, *, after_pada: bool = False) -> str:
    """A unit as an official document names it (a Keputusan, a petikan, a letter): the key ``OPD | unit`` of
    :func:`unit_in_opd` in words, "unit pada OPD" ("Bidang Sumber Daya Aparatur pada Satuan Polisi Pamong Praja");
    an OPD's own secretariat as its name says it ("Sekretariat Dinas Perikanan"); a unit without an OPD as written.
    The "|" is the key's separator, which no decree may print (walk5, h28).

    ``after_pada``: the unit follows "jabatan X pada" in a sentence, so the unit and its OPD are joined as one name
    ("pada Bidang Sumber Daya Aparatur Satuan Polisi Pamong Praja"), not by a second "pada" (walk5, h28)."""
    parts = [p.strip() for p in (unit or "").split(" | ") if p.strip()]
    if not parts:
        return ""
    words = parts[-1]
    for parent in reversed(parts[:-1]):
        own = normalize_unit_name(words)
        if own == "sekretariat" and normalize_unit_name(parent).startswith("sekretariat"):
            words = parent  # the secretariat of "Sekretariat DPRD" is that OPD itself, not "Sekretariat Sekretariat …"
            continue
        bare = after_pada or own == "sekretariat"
        words = f"{words} {parent}" if bare else f"{words} pada {parent}"
    return words


#: abbreviations kept in capitals when an official's title in capitals is written in a sentence
#: abbreviations written in capitals in running text, in a title ("Bupati DKI …") as in a JF name ("Pranata Keuangan
#: APBN"): one list for :func:`title_in_sentence` and ``domain.rumpun.jf_title`` (walk7 #2, h29)
ACRONYMS = frozenset(
    {"DKI", "DIY", "RI", "NTB", "NTT", "DPRD", "BKD", "BKPSDM", "II", "III", "IV"}
    | {"APBN", "APBD", "SDM", "TIK", "PBJ", "BMN", "BMD", "K3", "ASN", "PNS", "PPPK", "UPT", "UPTD", "RSUD", "KB"}
)


def title_in_sentence(title: str) -> str:
    """An official's title typed in capitals for a heading ("BUPATI BIAK NUMFOR") as running text writes it
    ("Bupati Biak Numfor"); abbreviations (DKI, DIY) stay, and a title not wholly in capitals is kept as typed
    (walk5, h28: "berdasarkan Keputusan BUPATI BIAK NUMFOR Nomor ..."). A prompt in brackets stays a prompt."""
    if not title.isupper() or "[" in title:
        return title
    words = re.split(r"(\s+|-)", title)
    return "".join(w if w in ACRONYMS or not w.strip() or w == "-" else w.capitalize() for w in words)


#: units named by their place: "Kota Bangun" after them is their name ("Kecamatan Kota Bangun"), no place of the OPD
NAMED_BY_PLACE = frozenset({"kecamatan", "kelurahan", "desa", "distrik", "kampung", "nagari", "gampong"})


#: a place word followed by the place's name, as written ("Kabupaten Biak Numfor", "Kab. Fakfak", "Provinsi Papua")
#: from the start of a run of spaces after a word only: from each space in it, a run of 5,000 spaces was scanned 5,000
#: times (0.6 s), and a name opening with spaces and a place word had no word before it, IndexError (hostile3, h31)
@functools.cache
def _PLACE_AT() -> re.Pattern[str]:
    return re.compile(r"(?<=\S)\s+(?:kabupaten|kab\.?|kota|provinsi|prov\.?)\s+\S", re.IGNORECASE)


def named_by_place(before: list[str]) -> bool:
    """Whether the words ``before`` a place word end with a unit named by its place, so the place word opens that
    unit's name ("Kecamatan | Kota Bangun"): not an affair merged in an OPD's name, "Dinas Pemberdayaan Masyarakat
    dan Desa | Kabupaten Alor" (SSCASN 2024: such OPDs of 16 kabupaten kept their place and were not found; link5,
    h36)."""
    if not before or before[-1].casefold() not in NAMED_BY_PLACE:
        return False
    return len(before) < 2 or before[-2].casefold() not in ("dan", "serta")


def name_without_place(name: str) -> str:
    """A name as written without the place it closes with: cut at its last place word that more words follow
    ("Dinas Perikanan Kabupaten Biak Numfor" → "Dinas Perikanan", "Kecamatan Kota Baru Kabupaten Kotabaru" →
    "Kecamatan Kota Baru"), unless a unit named by its place comes just before (:data:`NAMED_BY_PLACE`); the name
    itself when it has none. SSCASN 2024 writes 482 formations' OPD so ("Satuan Polisi Pamong Praja Kabupaten
    Fakfak"), as SIASN writes its UNOR."""
    cut = None
    for match in _PLACE_AT().finditer(name):
        if not named_by_place(name[: match.start()].rsplit(maxsplit=2)[-2:]):
            cut = match.start()
    return name if not cut else name[:cut]


def opd_spellings(counts: dict[str, int], known: Iterable[str] = ()) -> dict[str, str]:
    """Each OPD name as written (``counts``: how many rows write it) → the one spelling of its OPD. Names of one
    :func:`normalize_unit_name` key ("DINAS PERIKANAN", "Dinas  Perikanan") are one OPD, and so is a name but for the
    place it closes with (:func:`name_without_place`) when the name without it is an OPD of its own here or in
    ``known`` (a peta jabatan's OPDs). Spelt as ``known`` writes it, else as most rows do (ties: the first sorted).
    A roster writing 25 OPDs four ways had 85 forms and "85 OPD" (walk4, h28)."""
    known_by_key: dict[str, str] = {}
    for name in sorted(known):
        known_by_key.setdefault(normalize_unit_name(name), name)
    keys = {name: normalize_unit_name(name) for name in counts}
    present = set(keys.values()) | set(known_by_key)
    for name, key in keys.items():
        bare = normalize_unit_name(name_without_place(name))
        if bare != key and bare in present:
            keys[name] = bare
    spelling: dict[str, str] = {}
    for name in sorted(counts, key=lambda n: (-counts[n], n)):
        spelling.setdefault(keys[name], known_by_key.get(keys[name], name))
    return {name: spelling[key] for name, key in keys.items()}


# --- jenis jabatan ----------------------------------------------------------------------

JENJANG_KEAHLIAN = ("ahli utama", "ahli madya", "ahli muda", "ahli pertama")
JENJANG_KETERAMPILAN = ("penyelia", "mahir", "terampil", "pemula")

#: jabatan fungsional families common in regional government (name → Fungsional)
JF_FAMILIES: tuple[str, ...] = (
    "guru",
    "kepala sekolah",
    "pengawas sekolah",
    "penilik",
    "pamong belajar",
    "dosen",
    "widyaiswara",
    "perawat",
    "bidan",
    "dokter",
    "apoteker",
    "asisten apoteker",
    "tenaga teknis kefarmasian",
    "epidemiolog",
    "sanitarian",
    "tenaga sanitasi lingkungan",
    "nutrisionis",
    "radiografer",
    "fisioterapis",
    "perekam medis",
    "pranata laboratorium kesehatan",
    "penyuluh kesehatan masyarakat",
    "administrator kesehatan",
    "arsiparis",
    "pustakawan",
    "pranata komputer",
    "analis kepegawaian",
    "analis sumber daya manusia aparatur",
    "auditor",
    "perencana",
    "analis kebijakan",
    "pengelola pengadaan barang",
    "pranata hubungan masyarakat",
    "statistisi",
    "penyuluh",
    "pengawas penyelenggaraan urusan pemerintahan",
    "polisi pamong praja",
    "pemadam kebakaran",
    "analis keuangan pusat dan daerah",
    "analis anggaran",
    "penera",
    "penguji kendaraan bermotor",
    "pengendali dampak lingkungan",
    "assessor sumber daya manusia aparatur",
    "asesor sumber daya manusia aparatur",
    "pranata barang dan jasa",
    "pranata laksana barang",
)

#: (jenis, name prefixes) checked in order against the normalised name
_MANAGERIAL: tuple[tuple[str, tuple[str, ...]], ...] = (
    # a ministry's or LPNK's eselon I.a heads (Perpres 68/2019, organisasi kementerian: Direktur Jenderal, Inspektur
    # Jenderal; an LPNK's Sekretaris Utama): "Direktur Jenderal" read as a "direktur" (Administrator) and the others Pelaksana,
    # BUP 58 where UU 20/2023 Pasal 55 gives every JPT 60 (peers11, h34)
    (
        "JPT Madya",
        (
            "sekretaris daerah provinsi",
            "sekretaris jenderal",
            "deputi",
            "direktur jenderal",
            "inspektur jenderal",
            "sekretaris utama",
            # a province's head: a vacant seat is filled by a penjabat "yang berasal dari jabatan pimpinan tinggi
            # madya" (UU 10/2016 Pasal 201 ayat 10); read Pelaksana, a Pj. Gubernur's seat had a pelaksana's BUP 58
            # (groups20, h35). The elected Gubernur is a pejabat negara (UU 5/2014 Pasal 122), no ASN post
            "gubernur",
        ),
    ),
    (
        "JPT Pratama",
        (
            "sekretaris daerah",
            # a kabupaten's and a kota's head: its penjabat comes "dari jabatan pimpinan tinggi pratama" (UU 10/2016
            # Pasal 201 ayat 11); "Pj. Bupati" and "Pj. Wali Kota" read Pelaksana (groups20, h35)
            "bupati",
            "wali kota",
            # eselon II.a under a ministry's eselon I (Perpres 68/2019): the secretary of a Ditjen or
            # Itjen; a Kemenko's or Kemensetneg's Asisten Deputi (peers11, h34: read Pelaksana, BUP 58)
            "sekretaris direktorat jenderal",
            "sekretaris inspektorat jenderal",
            "asisten deputi",
            # a province's Setda biro (eselon II.a), BPBD's Kepala Pelaksana (II.b), a central pusat (II)
            "kepala biro",
            "kepala pelaksana",
            "kepala pusat",  # (after "kepala pusat kesehatan masyarakat", a puskesmas: see _managerial_from_name)
            "asisten pemerintahan",
            "asisten perekonomian",
            "asisten administrasi",
            "asisten bidang",
            "asisten sekretaris daerah",
            "staf ahli",
            "kepala dinas",
            "kepala badan",
            "kepala satuan polisi pamong praja",
            "sekretaris dewan",
            "sekretaris dewan perwakilan rakyat daerah",
            "inspektur daerah",
            "inspektur kabupaten",
            "inspektur kota",
            "inspektur provinsi",
            # a ministry's Balai Besar (BBPMP, BBWS, Balai Besar POM) is led at eselon II.b; a "balai" at III/IV
            "kepala balai besar",
            # a ministry's regional office (Kantor Wilayah: Kemenag, Kemenkumham, ATR/BPN) is led at eselon II
            # (:func:`vertical_office_eselon`); read as a "kepala kantor" it was an Administrator (groups15, h34)
            "kepala kantor wilayah",
        ),
    ),
    (
        # Sekretaris camat is eselon III.b under PP 17/2018 in most regions; Direktur RSUD
        # ranges from II.b to III by hospital class, so the common case is taken.
        "Administrator",
        (
            "sekretaris dinas",
            "sekretaris badan",
            "sekretaris inspektorat",
            "sekretaris satuan",
            "sekretaris camat",
            "sekretaris kecamatan",
            # the secretariat of a KPU Kabupaten/Kota is led at eselon III.a (h26/spell2: read Pelaksana)
            "sekretaris kpu",
            "sekretaris komisi pemilihan umum",
            "sekretaris rumah sakit",  # "Sekretaris RSUD": the hospital's secretariat (peers3 #2, h28)
            "kepala bidang",
            "kepala bagian",
            "kepala kantor",
            # a province's Cabang Dinas (pendidikan, kehutanan) is led at eselon III (peers4, h29: read Pelaksana)
            "kepala cabang dinas",
            "camat",
            "inspektur pembantu",
            "direktur",
            "wakil direktur",
            # "Kepala Rumah Sakit Umum Daerah" (Kepala RSUD): the hospital's director under the title some Perda gave
            # a class C/D RSUD's head; PP 72/2019 calls it direktur, at eselon II or III by class (groups7, h32: read
            # Pelaksana, where "Direktur RSUD" read Administrator)
            "kepala rumah sakit",
            # a Lapas's or Rutan's head, eselon III or IV by its class (:data:`data/jabatan_kantor_vertikal.csv`);
            # without its class the kelas tells (:data:`_LEVEL_BY_OFFICE`). Read Pelaksana before (groups20, h35)
            "kepala lembaga pemasyarakatan",
            "kepala rumah tahanan",
        ),
    ),
    (
        "Pengawas",
        (
            "kepala subbagian",
            "kepala seksi",
            "kepala subbidang",
            "kepala subseksi",
            "kepala unit pelaksana teknis",
            "kepala puskesmas",
            "kepala pusat kesehatan masyarakat",
            "kepala balai",  # a kabupaten's balai is an UPT (eselon IV.a); a province's may rank higher
            # a KUA Kecamatan's head was eselon IV until PMA 34/2016 made it a Penghulu's additional task
            # (:data:`_OTHER_ADDITIONAL_TASK_HEADS`): a jenis cell still saying Struktural means that, not Administrator
            "kepala kantor urusan agama",
            "kepala kua",
            "kepala tata usaha",
            "lurah",
            "sekretaris lurah",
            "sekretaris kelurahan",
        ),
    ),
)
_EXACT_JPT = frozenset({"inspektur"})
#: a regional OPD (badan, dinas, satpol PP) written by its acronym after "Kepala": "Kepala BKPPD" is the head of a
#: badan, JPT Pratama (it read Pelaksana, with BUP 58 for 60); acronyms of UPTs and balai (BLK, BPP) stay out
_OPD_ACRONYMS = frozenset(
    {
        "bkd", "bkpsdm", "bkpsdmd", "bkppd", "bkpp", "bappeda", "bapelitbangda", "bappelitbangda", "bappedalitbang",
        "bpbd", "bpkad", "bpkd", "bapenda", "bppd", "bpkpad", "bakeuda", "kesbangpol", "bakesbangpol",
        "dpmptsp", "dpmd", "dpmpd", "disdik", "dindik", "dikbud", "disdikbud", "dinkes", "dishub", "disnaker",
        "disnakertrans", "dlh", "dpupr", "dpu", "dprkp", "dpkp", "disperindag", "diskominfo", "dinkominfo",
        "diskominfotik", "disdukcapil", "dispendukcapil", "dinsos", "dispora", "disbudpar", "dispar", "dp3a",
        "dp3appkb", "dppkbp3a", "dppkb", "disperkim", "distan", "dkpp", "disketapang", "dpmk", "satpolpp",
        "bapperida", "brida",
    }
)  # fmt: skip
#: the word after an OPD's acronym that names its region ("Kepala BKPSDM Kabupaten Kendal")
_REGION = frozenset({"kabupaten", "kota", "provinsi", "kab", "prov", "daerah", "pemerintah"})
#: the head nouns of jabatan pelaksana (Kepmenpan RB nomenclature) that no JF starts with: "Pengolah Data Mutasi
#: Jabatan Fungsional Dosen" and "Pengadministrasi Operasional Pemadam Kebakaran" are pelaksana, not the JF their
#: object names
_PELAKSANA_HEADS = ("pengadministrasi", "pengolah")
#: the head nouns of the pelaksana names of PermenPANRB 41/2018 (Nomenklatur Jabatan Pelaksana: Pengelola Gaji,
#: Pengelola Data, Penyusun Program Anggaran dan Pelaporan, Pengumpul Data, Pengemudi, Caraka, Pramu Bakti, Operator
#: Komputer, Verifikator Keuangan, Bendahara; domain.md §4.4): a name that opens with one and reads as no JF says it
#: is a pelaksana. Some JFs open with them too ("Pengelola Pengadaan Barang/Jasa", "Pengelola Sumber Daya Air": every
#: such JF of SSCASN 2024 is in the catalogue) and read Fungsional first; "Pengelola Data Guru" at a guru's 60 went
#: unflagged (groups10, h32)
_PELAKSANA_NAME_HEADS = (
    *_PELAKSANA_HEADS,
    *("pengelola", "penyusun", "pengumpul", "pengemudi", "caraka", "pramu", "pramubakti", "operator", "verifikator"),
    "bendahara",
)


def _starts_with(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + " ")


def _contains(name: str, phrase: str) -> bool:
    return _phrase_pattern(phrase).search(name) is not None


@lru_cache(maxsize=256)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """``phrase`` as a whole-word pattern, compiled once: :func:`_contains` is asked a dozen phrases of every distinct
    post name, and escaping and looking the pattern up in ``re``'s cache cost more than the search (speed15, h35)."""
    return re.compile(rf"\b{re.escape(phrase)}\b")


_JF_FAMILY = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in JF_FAMILIES) + r")\b")


@lru_cache(maxsize=1)
def _jf_catalogue() -> frozenset[str]:
    """The JF names of ``data/jabatan_fungsional.csv`` (canonical names and the other names of more than one
    word): a position name that starts with one is that JF, written without its jenjang ("Analis Hukum",
    "Pekerja Sosial") or in the old form ("Statistisi Pertama")."""
    from asn_mutasi.data import data_csv

    names: set[str] = set()
    for row in data_csv("jabatan_fungsional.csv", delimiter=";"):
        names.add(row["nama"])
        # (a name written "x=" is the JF only as the whole post name: rumpun.find_jf reads those)
        names.update(n for n in row["nama_lain"].split("|") if " " in n and not n.endswith("="))
    return frozenset(n for n in names if n)


@lru_cache(maxsize=1)
def _catalogue_words() -> int:
    """The most words a name of the JF catalogue has."""
    return max((len(n.split()) for n in _jf_catalogue()), default=1)


@lru_cache(maxsize=1)
def _jf_one_word_names() -> frozenset[str]:
    """The one-word other names of the JF catalogue ("ppupd", "sanitarian"): a JF when they are the whole name (as
    the start of a longer name they could be another post's first word)."""
    from asn_mutasi.data import data_csv

    names = {n for row in data_csv("jabatan_fungsional.csv", delimiter=";") for n in row["nama_lain"].split("|")}
    return frozenset(n for n in names if n and " " not in n and not n.endswith("=")) - FIELD_WORDS


#: one-word other names that name a field of work, not a post: "Humas" or "Statistik" alone may be a pelaksana
FIELD_WORDS = frozenset(
    {"humas", "statistik", "sanitasi", "adminduk", "damkar", "epidemiologi", "promkes", "fisioterapi"}
)


#: what a JF Penilik (PermenPANRB 1/2023: pendidikan nonformal) is written with; "Penilik Angkutan Laut" and
#: "Penilik Kelaiklautan Kapal" are Kemenhub pelaksana posts (SSCASN 2024 formations, no jenjang)
_PENILIK_JF = frozenset(
    {"ahli", "pertama", "muda", "madya", "utama", "pendidikan", "paud", "kesetaraan", "kursus", "pnf", "pls", "dikmas",
     "keaksaraan", "tk", "sd", "smp", "sekolah", "satuan", "lembaga"}
)  # fmt: skip


#: the words a JF family's name may follow and still head the post: an old JF name's "Asisten" (Asisten Apoteker,
#: Asisten Penyuluh Perikanan), a JF holder's coordinating task ("Koordinator Penyuluh Pertanian"), a kind
#: ("Tenaga Guru"). Any other word before it makes the family the post's object, not its head: "Pengelola Data Guru",
#: "Staf Bidang Guru", "Operator Data Perawat" are pelaksana posts (read as guru JF with no jenjang; groups9, h32).
#: A kind may name its group: "Tenaga Kesehatan Perawat", "Tenaga Medis Dokter", "Tenaga Pendidik Guru" (UU 17/2023,
#: UU 20/2003) head the JF as "Tenaga Perawat" does (read Pelaksana once the family had to head; review10, h32).
#: So do the holder's kind of appointment, "PNS Guru", "PPPK Guru", "ASN Guru" (UU 20/2023 Pasal 6: PNS and PPPK alike
#: hold JF), the short "Nakes" for tenaga kesehatan, and a ward's head or team leader, "Kepala Ruangan Perawat", "Karu
#: Perawat", "Ketua Tim Perawat": a perawat with the manager's task on the perawat's own career ladder (Permenkes
#: 40/2017, perawat manajer), not a structural post. All read Pelaksana, BUP 58, a guru's 60 missed (groups10, h32)
_FAMILY_LEAD = (
    r"(?:tenaga (?:kesehatan|medis|pendidik)|asisten|koordinator|subkoordinator|tenaga|fungsional|calon"
    r"|pns|pppk|p3k|asn|nakes|kepala ruangan|kepala ruang|karu|ketua tim|katim)"
)


@functools.cache
def _LEADS_ONLY() -> re.Pattern[str]:
    return re.compile(rf"^(?:{_FAMILY_LEAD} )*$")


_LEADS = re.compile(rf"^(?:{_FAMILY_LEAD} )+")


def without_family_lead(name: str) -> str:
    """A normalised name without the lead words (:data:`_FAMILY_LEAD`) it opens with: "tenaga kesehatan perawat" →
    "perawat"; a name of lead words alone unchanged."""
    return _LEADS.sub("", name, count=1) or name


def _heads_name(name: str, start: int) -> bool:
    """Whether the words of ``name`` before ``start`` leave what follows as the post's head (:data:`_FAMILY_LEAD`)."""
    lead = " ".join(name[:start].split())
    return not lead or _LEADS_ONLY().match(lead + " ") is not None


def _jf_family(name: str) -> str | None:
    if name.startswith("penilik ") and name.split()[1] not in _PENILIK_JF:
        return None
    found = _JF_FAMILY.search(name)
    if found and _heads_name(name, found.start()):
        return found.group(0)
    if name in _jf_one_word_names():  # "PPUPD" alone (it read Pelaksana while its JF was found for experience)
        return name
    words = name.split()
    catalogue = _jf_catalogue()
    # the longest catalogue name the position name starts with (no longer than the longest there: a 32,000-character
    # cell took a minute, each cut joined anew)
    for k in range(min(len(words), _catalogue_words()), 0, -1):
        head = " ".join(words[:k])
        if head in catalogue:
            return head
    return None


def jenjang_fungsional(nama: object) -> str | None:
    """Return the JF level written in a position name (``ahli muda``, ``terampil`` …), or None.

    Old names are mapped (``pelaksana lanjutan`` → ``mahir``, ``pelaksana pemula`` →
    ``pemula``, a JF name ending in ``pelaksana`` → ``terampil``) and old keahlian names without "ahli" (``Auditor Madya``) are read as
    ``ahli madya`` when the name holds a known JF family. A cell that is no text (a number typed in the JABATAN
    column) names no level: it crashed the roster check (exit 70) as a float has no ``find`` (hostile28, h37).
    """
    return _jenjang(nama) if isinstance(nama, str) else None


@lru_cache(maxsize=16384)
def _jenjang(nama: str) -> str | None:
    """Find the JF level of a raw name (cached: rosters repeat a few hundred names)."""
    name = normalize_position_name(nama)
    if not name:
        return None
    words = name.split()
    # "Perawat Pelaks Lanj.", "Nutrisionis Peny.", "Perekam Medis Ter" (a varchar(45) cut): the stem of a JF's grade
    short = [k for k, w in enumerate(words) if k and (w in _GRADE_SHORT or (k == len(words) - 1 and w in _GRADE_LAST))]
    # a grade's stem counts after a JF's name only: "Peny." in "Pengadministrasi Peny. Program" is Penyusunan
    if short and _jf_family(" ".join(words[: short[0]])) is not None:
        name = " ".join([*words[: short[0]], *(_GRADE_LAST.get(w, w) for w in words[short[0] :])])
    dosen = _dosen_jenjang(name)
    if dosen is not None:
        return dosen
    for level in JENJANG_KEAHLIAN:
        if _contains(name, level):
            return level
    if _contains(name, "pelaksana lanjutan"):
        before = name.split(" pelaksana lanjutan", 1)[0]
        return None if before != name and _jf_family(before) is not None and _keahlian_only(before) else "mahir"
    for level in JENJANG_KETERAMPILAN:
        if _contains(name, level):
            return level
    old_guru = _old_guru(name)
    if old_guru is not None:
        return old_guru
    head, _, last = name.rpartition(" ")
    # an old keahlian grade after the JF's name, or after its one-word other name ("PLP Madya", "PLK Muda": the
    # acronym is the JF only as the whole name before the grade; spell2, h30)
    if last in ("utama", "madya", "muda", "pertama") and (_jf_family(name) is not None or head in _jf_one_word_names()):
        return f"ahli {last}"
    if last == "pelaksana" and " " in name and _jf_family(head) is not None and not _keahlian_only(head):
        return "terampil"  # the old keterampilan grade: "Perawat Pelaksana", "Radiografer Pelaksana" (domain.md §4.1)
    return None


def _keahlian_only(head: str) -> bool:
    """Whether the JF a name before an old keterampilan grade ("Pelaksana", "Pelaksana Lanjutan") names is checked to
    be of kategori keahlian alone (:func:`jf_kategori`): such a JF has no Terampil or Mahir jenjang, and "Perencana
    Pelaksana", "Analis Kebijakan Pelaksana" were read as Terampil, asking a D-III and II/c-III/b of a post whose
    ladder starts at Ahli Pertama (PermenPANRB 4/2020, 45/2013; groups11, h33). An unchecked row keeps the grade, and
    so does an old name split by kategori, read as the JF it names at a Terampil jenjang ("Teknik Jalan dan Jembatan
    Pelaksana" is Penata Laksana Jalan dan Jembatan)."""
    from asn_mutasi.domain.rumpun import find_jf  # rumpun reads this module

    return jf_kategori(find_jf(f"{head} terampil")) == "keahlian"


#: abbreviated grade words of old JF names as SIMPEG forms and truncated columns write them (spell4, h26)
_GRADE_SHORT: dict[str, str] = {
    "pelaks": "pelaksana",
    "pelks": "pelaksana",
    "plks": "pelaksana",
    "lanj": "lanjutan",
    "lnjt": "lanjutan",
    "lanjt": "lanjutan",
    "peny": "penyelia",
    "penyel": "penyelia",
}
#: … and as the last word only, where a cut leaves a stem ("Perekam Medis Ter")
_GRADE_LAST: dict[str, str] = {**_GRADE_SHORT, "ter": "terampil", "teram": "terampil", "terampl": "terampil"}


#: the head of a school written by the school ("Kepala SD Negeri Bobong", "Kepala SMPN 2", "Kepala MTs Negeri 1"):
#: a guru given the additional task (Permendikbud 6/2018), as "Kepala Sekolah …" is. Regions that made each school a
#: UPT write its head "Kepala UPT SD Negeri 275 Gresik", "Kepala UPT SMP Negeri 7 Pasuruan" (school sites and apps of
#: Gresik, Tuban, Pasuruan, Medan on GitHub): the same guru, read as a Kepala UPT it was a pengawas whose stated BUP
#: 60 was refused for 58 (review11, h33)
_SCHOOL_HEAD = re.compile(
    r"^kepala (?:unit pelaksana teknis (?:daerah |dinas )?)?"
    r"(?:sekolah|madrasah|sd|sdn|sdlb|smp|smpn|smplb|sma|sman|smalb|smk|smkn|slb|slbn|tk|tkn|paud|mi|min|mts|mtsn|"
    r"man|sltp|slta|sekolah dasar|sekolah menengah (?:pertama|atas|kejuruan)|taman kanak kanak)\b"
)

#: a school's deputy head, "Wakil Kepala Sekolah (Bidang Kurikulum)", "Wakasek", "Wakil Kepala Madrasah": a guru's
#: additional task as its head is (Permendikbud 15/2018 counts a "tugas tambahan sebagai wakil kepala satuan
#: pendidikan" toward the guru's 24 hours), so the post is a guru's (jenis Fungsional, BUP 60) but, unlike its
#: head, not the school's one seat. Read as its object it was a JF without its family; a Pelaksana once the family had
#: to head the name (groups9, h32)
_SCHOOL_DEPUTY = re.compile(r"^wakil " + _SCHOOL_HEAD.pattern.removeprefix("^"))
#: a secondary school named in a post's name ("SMK Negeri 1", "SMKN 2", "Madrasah Aliyah"): where a "Ketua Jurusan"
#: works as a guru, not as a college's dosen
_SECONDARY_SCHOOL = r"\b(?:smk|smkn|sma|sman|smalb|slb|slbn|ma|man|mak|madrasah aliyah|sekolah menengah)\b"
#: not followed by such a school (the dosen's "Ketua Jurusan" of :data:`_OTHER_ADDITIONAL_TASK_HEADS`)
_AT_A_SCHOOL_NOT = rf"(?!.*{_SECONDARY_SCHOOL})"
#: a secondary school's head of a study programme ("Ketua Jurusan TKJ SMK Negeri 1", "Kepala Program Keahlian
#: Akuntansi SMKN 2"): a guru's additional task (Permendikbud 15/2018 counts the "ketua program keahlian" toward the
#: guru's hours), BUP 60; read as a college's Ketua Jurusan it retired at a dosen's 65 (review14, h34)
_SCHOOL_PROGRAMME_HEAD = re.compile(
    rf"^(?:ketua|kepala) (?:jurusan|program studi|program keahlian|kompetensi keahlian)\b.*{_SECONDARY_SCHOOL}"
)


#: the least education and golongan a post asks by law when its table writes no requirement, by jenis or JF jenjang:
#: JPT and Administrator S-1/D-IV, Pengawas D-III (PP 11/2017 as amended by PP 17/2020, domain.md §2.4); JF keahlian
#: S-1/D-IV, JF keterampilan D-III (terampil, mahir, penyelia) or SLTA (pemula), each at the lowest golongan of its
#: jenjang's range (:data:`asn_mutasi.domain.jenis.JENJANG`: ahli pertama III/a … ahli utama IV/d, pemula II/a,
#: terampil II/b, mahir III/a, penyelia III/c; PermenPAN 13/2019 jo. PermenPANRB 1/2023). A keterampilan jenjang
#: asked no golongan, so a pelaksana of unknown golongan (a D-III CPNS of 2025 by his NIP) was moved into Penyelia
#: posts with the golongan component at full marks (real10, h29). Pelaksana posts: none in law.
_LEAST: dict[str, tuple[str, str | None]] = {
    "JPT Utama": ("S-1", None),
    "JPT Madya": ("S-1", None),
    "JPT Pratama": ("S-1", None),
    "Administrator": ("S-1", None),
    "Pengawas": ("D-III", None),
    **{k: ("S-1", lowest_golongan(k)) for k in ("ahli pertama", "ahli muda", "ahli madya", "ahli utama")},
    **{k: ("D-III", lowest_golongan(k)) for k in ("penyelia", "mahir", "terampil")},
    "pemula": ("SMA", lowest_golongan("pemula")),
}


#: the level the consolidated pelaksana names of KepmenPANRB 656/2023 write into their standard (domain.md §4.4, §9)
_PELAKSANA_LEAST: dict[str, str] = {
    "operator layanan operasional": "SMA",
    "pengelola layanan operasional": "D-III",
    "penata layanan operasional": "S-1",
    "pengolah data dan informasi": "D-III",
    "penelaah teknis kebijakan": "S-1",
    "penata kelola sistem dan teknologi informasi": "S-1",
    "penyusun materi hukum dan perundang undangan": "S-1",
}

#: the programme a health profession's JF asks (its holder practises on a registration of that education, UU 17/2023
#: Kesehatan): a nurse is no midwife, whatever the table writes or leaves out (walkthrough h26: Perawat → Bidan
#: Terampil read "sesuai" where the table wrote no requirement)
PROFESSION_PROGRAMMES: dict[str, tuple[str, ...]] = {
    "perawat": ("KEPERAWATAN",),
    "bidan": ("KEBIDANAN",),
    "dokter": ("KEDOKTERAN",),
    "dokter pendidik klinis": ("KEDOKTERAN",),  # its own JF since groups2 (h27), a dokter all the same
    "dokter gigi": ("KEDOKTERAN GIGI",),
    "apoteker": ("FARMASI",),
    "asisten apoteker": ("FARMASI",),
    "nutrisionis": ("GIZI",),
    "perekam medis": ("REKAM MEDIS",),
    "fisioterapis": ("FISIOTERAPI",),
    "okupasi terapis": ("OKUPASI TERAPI",),
    "terapis wicara": ("TERAPI WICARA",),
    "terapis gigi dan mulut": ("TERAPI GIGI",),
    "tenaga sanitasi lingkungan": ("KESEHATAN LINGKUNGAN", "SANITASI"),
    "pranata laboratorium kesehatan": ("TEKNOLOGI LABORATORIUM MEDIS", "ANALIS KESEHATAN"),
    "radiografer": ("RADIOLOGI", "TEKNIK RADIODIAGNOSTIK DAN RADIOTERAPI"),
    "teknisi elektromedis": ("TEKNIK ELEKTROMEDIS",),
    "penata anestesi": ("KEPERAWATAN ANESTESIOLOGI",),
    "refraksionis optisien": ("REFRAKSI OPTISI", "OPTOMETRI"),
    "epidemiolog kesehatan": ("KESEHATAN MASYARAKAT", "EPIDEMIOLOGI"),
    "tenaga promosi kesehatan dan ilmu perilaku": ("KESEHATAN MASYARAKAT", "PROMOSI KESEHATAN"),
    "psikolog klinis": ("PSIKOLOGI",),
}


#: the JFs whose ahli jenjang a profession enters, not a degree: a perawat, dokter, dokter gigi or apoteker has passed the
#: profession after the S-1 (an S.Ked or S.Farm alone is none), a psikolog klinis the Magister Psikologi Profesi.
#: Their least level is "Profesi"; a dokter spesialis's is "Sp-1" in any specialty (third review, h26).
PROFESSION_LEVEL: dict[str, str] = {
    # Perawat Ahli Pertama: Profesi Ners (SSCASN 2024's formations, domain.md §9); not Bidan, whose SSCASN formations
    # still take a D-IV Kebidanan (graduates up to 2021)
    "perawat": "Profesi",
    "dokter": "Profesi",
    "dokter pendidik klinis": "Profesi",
    "dokter gigi": "Profesi",
    "apoteker": "Profesi",
    "psikolog klinis": "Profesi",
}


#: words that close a specialty in a post name: its jenjang, or the place it is held ("… pada RSUD …")
_SPECIALTY_END = JENJANG_WORDS | {"pada", "di"}


def post_specialty(nama: str | None) -> str | None:
    """The specialty a dokter (gigi) spesialis post names, in capitals: the words after "Spesialis" up to its jenjang
    or place ("Dokter Spesialis Penyakit Dalam Ahli Muda", "Dokter Ahli Muda Spesialis Anak pada RSUD" → "PENYAKIT
    DALAM", "ANAK"). None for a post naming none ("Dokter Spesialis Ahli Madya") or a sub-specialist's, whose
    specialty is not its programme's name. A named post is filled by that specialty: a KKI registration is per
    specialty (Perkonsil 16/2013; oracle10 #3, h29)."""
    words = normalize_position_name(nama or "").split()
    if "spesialis" not in words:
        return None
    at = words.index("spesialis")
    if at and words[at - 1] == "sub":
        return None
    taken = list(takewhile(lambda w: w not in _SPECIALTY_END, words[at + 1 :]))
    return " ".join(taken).upper() or None


def least_requirement(jenis: str | None, nama: str | None) -> tuple[str | None, str | None]:
    """The education level and golongan (canonical, or None) a post asks at least by its jenis, its JF jenjang or
    its pelaksana name (:data:`_LEAST`, :data:`_PELAKSANA_LEAST`): what a post of a table without requirement
    columns asks ("Pranata Komputer Ahli Pertama": S-1/D-IV, III/a; "Penata Layanan Operasional": S-1/D-IV).
    A JF post written without its jenjang ("Perawat", "Pranata Komputer") asks what its JF's lowest jenjang asks
    (:func:`jf_lowest_jenjang`): it asked nothing, and an SMA pelaksana was planned into "Perawat" while refused
    "Perawat Terampil" (oracle9, h29). (None, None) for another pelaksana post. A Kepala Puskesmas asks its
    Permenkes 43/2019 least whatever jenis its table gives it: an ESELON column (IV.a, a UPTD under Permendagri
    12/2017) makes the post structural, not its head's criteria lower (read Pengawas, it asked D-III; real13, h32).
    An Ahli Pertama post asks its JF's own start golongan where the catalogue gives one (:func:`jf_start_golongan`)."""
    if jenis in (None, "Fungsional", "Pengawas", "Pelaksana") and puskesmas_head(normalize_position_name(nama or "")):
        return _PUSKESMAS_HEAD_LEAST
    if jenis in _LEAST:
        return _LEAST[jenis]
    if jenis in (None, "Pelaksana"):
        level = _PELAKSANA_LEAST.get(normalize_position_name(nama or ""))
        if level is not None:
            return level, None
    level = post_jenjang(jenis, nama) if jenis in (None, "Fungsional") else None
    if not level:
        return None, None
    least = _LEAST.get(level, (None, None))
    start = jf_start_golongan(_post_jf(nama or "")) if level == "ahli pertama" else None
    return (least[0], start) if start else least


def jf_start_golongan(jf: str | None) -> str | None:
    """The golongan a JF's Ahli Pertama starts at where its regulation sets it above the III/a of the general range
    (catalogue column ``golongan_awal``): Dokter Hewan Karantina Ahli Pertama is III/b alone (PermenPANRB 17/2018,
    Permentan 26/2021), and its post asked III/a (groups29, h38). None for any other JF."""
    from asn_mutasi.domain.rumpun import jf_table  # rumpun reads this module

    info = jf_table().get(jf) if jf else None
    return (info.golongan_awal or None) if info is not None else None


def post_jenjang(jenis: str | None, nama: str | None) -> str | None:
    """The JF jenjang a post asks: the one its name writes, else, for a JF post written without one ("Perawat"), its
    JF's lowest (:func:`jf_lowest_jenjang`); None for a post of no JF."""
    written = jenjang_fungsional(nama)
    if written is not None or jenis not in (None, "Fungsional"):
        return written
    return jf_lowest_jenjang(_post_jf(nama or ""))


@lru_cache(maxsize=16384)
def _post_jf(nama: str) -> str | None:
    from asn_mutasi.domain.rumpun import classify_position  # rumpun reads this module

    return classify_position(nama).jf


def _dasar_opening(jf: str) -> str:
    """The opening of a JF's catalogue ``dasar`` (lower case) up to its first source: where a checked row names its
    kategori ("keterampilan (SSCASN 2024: Pemula, Terampil)", "keahlian (Ahli Pertama-Ahli Utama) and keterampilan")."""
    from asn_mutasi.domain.rumpun import jf_table  # rumpun reads this module

    info = jf_table().get(jf)
    dasar = info.dasar.lower() if info is not None else ""
    found = re.match(r"[^:(]*(?:\([^)]*\))?[^:(]*", dasar)
    return found.group(0) if found else ""


@lru_cache(maxsize=512)
def jf_kategori(jf: str | None) -> str | None:
    """The kategori a JF's catalogue row names, as its ``dasar`` opens (data/jabatan_fungsional.csv): "keahlian",
    "keterampilan", or "keahlian dan keterampilan" for a JF of both (Instruktur, PermenPANRB 82/2020; Perawat,
    35/2019). None for a row that names none: its kategori is unchecked, and :func:`jf_lowest_jenjang` reads it at the
    Terampil default, so a checked JF of both kategori is told apart from an unchecked one (groups3, h30)."""
    opening = _dasar_opening(jf) if jf else ""
    if not opening.startswith(("keahlian", "keterampilan")):
        return None
    named = [k for k in ("keahlian", "keterampilan") if re.search(rf"\b{k}\b", opening)]
    return " dan ".join(named)


@lru_cache(maxsize=512)
def jf_lowest_jenjang(jf: str | None) -> str | None:
    """The lowest jenjang of a JF (canonical name), as the catalogue's ``dasar`` opens (data/jabatan_fungsional.csv):
    a keahlian-only JF its ladder's first ahli jenjang, "ahli pertama" unless the opening names a higher one
    (Pengawas Sekolah, "keahlian (Ahli Muda-Ahli Utama)": PermenPANRB 21/2010 starts at Pengawas Sekolah Muda,
    III/c); a keterampilan JF naming Pemula (Pemadam Kebakaran, Polisi Pamong Praja) "pemula"; any other
    "terampil", the lowest jenjang of most JFs of both kategori since the 2019-2021 rules dropped Pemula (Perawat:
    PermenPANRB 35/2019; Pranata Komputer: 32/2020; Penyuluh Pertanian: 35/2020). None without a JF."""
    if not jf:
        return None
    kategori = _dasar_opening(jf)
    if kategori.startswith("keahlian") and "keterampilan" not in kategori:
        first = re.search(r"\bahli (pertama|muda|madya|utama)\b", kategori)
        return first.group(0) if first else "ahli pertama"
    if "keterampilan" in kategori and "pemula" in kategori:
        return "pemula"
    return "terampil"


#: a whole jenjang range a catalogue row's ``dasar`` opens with ("Terampil-Penyelia", "Ahli Pertama-Ahli Madya"); an
#: open one ("Ahli Pertama-") gives no top and is not read
_LADDER_RANGE = re.compile(
    r"\b(pemula|terampil|mahir|penyelia|ahli (?:pertama|muda|madya|utama))-"
    r"(pemula|terampil|mahir|penyelia|ahli (?:pertama|muda|madya|utama))\b"
)
#: a catalogue row still to check, beyond its rumpun ("rumpun (periksa)" leaves its ladder checked)
_LADDER_UNCHECKED = re.compile(r"(?<!rumpun )\(periksa\)")


@lru_cache(maxsize=512)
def jf_ladder(jf: str | None) -> tuple[tuple[str, ...], ...]:
    """The jenjang a JF's catalogue row gives it as whole ranges, per kategori and lowest first (Bidan, "Terampil-
    Penyelia, Ahli Pertama-Ahli Madya", PermenPANRB 36/2019: (terampil, mahir, penyelia), (ahli pertama, ahli muda,
    ahli madya)). () for a JF the row gives no whole range (an open "Ahli Pertama-", SSCASN counts) or a row still to
    check ("(periksa)" beyond its rumpun): its ladder is unknown, not empty."""
    from asn_mutasi.domain.rumpun import jf_table  # rumpun reads this module

    info = jf_table().get(jf) if jf else None
    if jf is None or info is None or _LADDER_UNCHECKED.search(info.dasar):
        return ()
    out = []
    for low, high in _LADDER_RANGE.findall(_dasar_opening(jf)):
        ladder = JENJANG_KEAHLIAN[::-1] if low.startswith("ahli") else JENJANG_KETERAMPILAN[::-1]
        if high in ladder and ladder.index(low) <= ladder.index(high):
            out.append(ladder[ladder.index(low) : ladder.index(high) + 1])
    return tuple(out)


@lru_cache(maxsize=16384)
def jenjang_outside_ladder(nama: str) -> tuple[str, str] | None:
    """(JF, its ladder as written: "Terampil–Penyelia, Ahli Pertama–Ahli Madya") when a JF post's name writes a
    jenjang its JF does not have by the catalogue (:func:`jf_ladder`): "Bidan Ahli Utama" (Bidan tops at Ahli Madya),
    "Pamong Belajar Ahli Utama" (PermenPANRB 15/2010: Ahli Pertama-Ahli Madya), "Pengawas Sekolah Ahli Pertama"
    (from Ahli Muda). None for a jenjang within it, of a kategori the row gives no whole range, or a JF of unknown
    ladder. Such a post was read, linked and planned at its written jenjang without a word (groups29, h38)."""
    jenjang = jenjang_fungsional(nama)
    jf = _post_jf(nama) if jenjang else None
    ladder = jf_ladder(jf)
    kind = JENJANG_KEAHLIAN if jenjang in JENJANG_KEAHLIAN else JENJANG_KETERAMPILAN
    own = [rung for rung in ladder if rung[0] in kind]
    if jf is None or not own or any(jenjang in rung for rung in own):
        return None
    return jf, ", ".join(f"{rung[0].title()}–{rung[-1].title()}" for rung in ladder)


def school_head(name: str) -> bool:
    """Whether a normalised position name is a school's head (:data:`_SCHOOL_HEAD`)."""
    return _SCHOOL_HEAD.match(name) is not None


#: the head of a puskesmas, written as such or as the head of the UPT(D) that is one ("Kepala Puskesmas Cikalong",
#: "Kapus", "Kepala UPTD Puskesmas", "Kepala Pusat Kesehatan Masyarakat Grabag"); not its Kepala Subbagian Tata Usaha
_PUSKESMAS_HEAD = re.compile(
    r"^kepala (?:unit pelaksana teknis (?:daerah |dinas )?)?(?:puskesmas|pusat kesehatan masyarakat)\b"
)


#: what a Kepala Puskesmas asks at least: a tenaga kesehatan of "tingkat pendidikan paling rendah sarjana" with
#: "kompetensi manajemen kesehatan masyarakat", a D-III head only "di Puskesmas kawasan terpencil dan sangat terpencil"
#: (Permenkes 75/2014 Pasal 33 ayat 2 and 5, mitrakesmas.com/2018/01/persyaratan-kepala-puskesmas.html), which a
#: table writes itself; kept by Permenkes 43/2019 (which replaced 75/2014; its article was not read, the "Pasal 39"
#: once cited here was a guess) and by Permenkes 19/2024, which revoked 43/2019 and asks "pendidikan bidang
#: kedokteran atau kedokteran gigi atau sarjana S-1 atau D-4 bidang kesehatan" (PMK 19/2024, 123dok.com/id/docs/
#: pmk-no-19-th-2024-ttg-puskesmas.12283536; Puskesmas Bangsa Negara, OKU Timur, its Kepala Puskesmas page; groups8).
#: Read as a JF post without a jenjang it asked nothing, and a D-III or SMA holder was planned into the head's seat
#: (groups7, h32). The field is the post's bidang (kesehatan), scored, not refused here.
_PUSKESMAS_HEAD_LEAST: tuple[str, str | None] = ("S-1", None)


def puskesmas_head(name: str) -> bool:
    """Whether a normalised position name is a puskesmas's head (:data:`_PUSKESMAS_HEAD`), not a Puskesmas Pembantu's
    (a perawat or bidan heading one of its jaringan pelayanan, of no such requirement)."""
    return _PUSKESMAS_HEAD.match(name) is not None and not _contains(name, "puskesmas pembantu")


#: heads held by a JF holder as an additional task beyond a school's and a puskesmas's: (pattern of the normalised
#: name, the JF holding it, source). Read by the name's opening words ("Kepala Kantor …", "Direktur …") they were
#: managerial, and the kelas rule for heads (:func:`jenis_by_kelas`) made them Administrator or JPT Pratama
#: (review12, groups14, h33)
_OTHER_ADDITIONAL_TASK_HEADS: tuple[tuple[str, str, str], ...] = (
    (
        r"kepala (?:kantor urusan agama|kua)\b",
        "penghulu",
        # "Kepala KUA Kecamatan … dijabat oleh penghulu dengan tugas tambahan" (PMA 34/2016 Pasal 6 ayat 1,
        # temanggung.kemenag.go.id/?p=8121), "tidak lagi berkedudukan sebagai Pejabat Struktural Eselon IV"
        # (tintahitam.net/2018/01/pma-nomor-34-tahun-2016.html); PMA 24/2024 opens it to a Penyuluh Agama too
        "PMA 34/2016 Pasal 6",
    ),
    (
        r"(?:(?:wakil |pembantu )?(?:rektor|dekan)|(?:(?:wakil |pembantu )(?:direktur|ketua)(?: \w+){0,3}?|direktur"
        r"|ketua) (?:politeknik|poltekkes|akademi|sekolah tinggi|stikes|stain)|ketua (?:jurusan|program studi)"
        + _AT_A_SCHOOL_NOT
        + r")\b",
        "dosen",
        # the pemimpin perguruan tinggi negeri (rektor of a universitas or institut, ketua of a sekolah tinggi,
        # direktur of a politeknik or akademi) is a dosen given the task (PP 4/2014 Pasal 29, Permenristekdikti
        # 19/2017, docplayer.info/38372635); a Poltekkes Kemenkes's Direktur likewise. So are their deputies and the
        # heads below them: the JF Dosen's tugas tambahan are rektor, wakil (pembantu) rektor, dekan, wakil dekan,
        # ketua or direktur of a sekolah tinggi, politeknik or akademi and their wakil, ketua jurusan and ketua
        # program studi (PermenPAN-RB 17/2013 as amended by 46/2013, Jabatan Fungsional Dosen). A Wakil Dekan and a
        # Wakil Rektor were read Pelaksana (BUP 58) and a Wakil Direktur of a politeknik Administrator, beside their
        # Rektor's and Direktur's Fungsional (groups15, h34)
        "Permenristekdikti 19/2017, PermenPAN-RB 17/2013",
    ),
)
_OTHER_ADDITIONAL_TASK_HEAD = re.compile("^(?:" + "|".join(p for p, _, _ in _OTHER_ADDITIONAL_TASK_HEADS) + ")")
#: the heads of :data:`_OTHER_ADDITIONAL_TASK_HEADS` a dosen holds: they retire at a dosen's BUP
_DOSEN_HEAD = re.compile("^(?:" + "|".join(p for p, jf, _ in _OTHER_ADDITIONAL_TASK_HEADS if jf == "dosen") + ")")


def additional_task_head(name: str) -> bool:
    """Whether a normalised position name is a head held by a JF holder as an additional task (tugas tambahan), not a
    structural post: a school's head (:func:`school_head`: a guru, Permendikbud 6/2018, Permendikbudristek 40/2021)
    or a puskesmas's (:data:`_PUSKESMAS_HEAD`): "Kepala unit pelaksana teknis yang berbentuk pusat kesehatan
    masyarakat dijabat oleh pejabat fungsional tenaga kesehatan yang diberikan tugas tambahan" (PP 18/2016 Pasal 95
    ayat 9, mitrakesmas.com/2018/04/kepala-puskesmas-jabatan-fungsional.html); Permenkes 43/2019 and its successor
    Permenkes 19/2024 ask a tenaga kesehatan PNS who holds or held a JF kesehatan; Pergub DKI 14/2023 names the
    "peralihan jabatan Kepala Pusat Kesehatan Masyarakat menjadi jabatan fungsional". Such a head is chosen by
    selection and on leaving returns to the JF (BKPSDM Bandung Barat, dara.co.id, 2022). Its jenis is Fungsional by
    name; a jenis column that says Struktural, Pengawas or an eselon (a region that kept it structural) still wins.
    A Direktur RSUD is not one: PP 18/2016 Pasal 94(9)/95(8) made a hospital's director a JF dokter with an
    additional task while the hospital was a UPT, and PP 72/2019 made the hospital an "unit organisasi bersifat
    khusus" instead; regions set its director at eselon II or III, so it stays managerial (groups6, h31). The other
    such heads, each with its source, are :data:`_OTHER_ADDITIONAL_TASK_HEADS`: a KUA Kecamatan's (a Penghulu) and a
    state college's (a dosen; groups14, h33)."""
    return (
        _SCHOOL_HEAD.match(name) is not None
        or _PUSKESMAS_HEAD.match(name) is not None
        or _OTHER_ADDITIONAL_TASK_HEAD.match(name) is not None
    )


#: guru grades of Kepmenpan 84/1993 still in SIMPEG histories, by the golongan each was held at, read with the ranges of
#: PermenPANRB 16/2009 (ahli pertama III/a–b, ahli muda III/c–d, ahli madya IV/a–c, ahli utama IV/d–e). "Guru Madya"
#: and "Guru Muda" alone are the 2009 names and keep their word; "Guru Utama Muda" is no ahli muda (IV/c).
_OLD_GURU = {
    "guru madya tingkat i": "ahli pertama",  # III/b
    "guru dewasa": "ahli muda",  # III/c
    "guru dewasa tingkat i": "ahli muda",  # III/d
    "guru pembina": "ahli madya",  # IV/a
    "guru pembina tingkat i": "ahli madya",  # IV/b
    "guru utama muda": "ahli madya",  # IV/c
    "guru utama madya": "ahli utama",  # IV/d
}


def _old_guru(name: str) -> str | None:
    """The jenjang of an old guru grade the name starts with (:data:`_OLD_GURU`; its golongan or subject may follow:
    "Guru Dewasa Tk. I, III/d", "Guru Dewasa Tk.I Bidang Studi Biologi"), or None."""
    if not name.startswith("guru "):
        return None
    name = re.sub(r"\btingkat 1\b", "tingkat i", name)
    for key in _OLD_GURU_LONGEST:
        if _starts_with(name, key) and not _starts_with(name, key + " tingkat"):
            return _OLD_GURU[key]
    return None


_OLD_GURU_LONGEST = sorted(_OLD_GURU, key=len, reverse=True)


#: the offices of a central agency in a region (instansi vertikal) as their heads' names write them: "Kepala BPS
#: Kabupaten", "Kepala Badan Pusat Statistik Kabupaten Tapin", "Kepala Perwakilan BKKBN Provinsi …" (real11 #3, h29)
_VERTICAL_OFFICE = re.compile(
    r"^kepala (?:bps|badan pusat statistik|bkkbn|badan kependudukan dan keluarga berencana nasional|perwakilan)\b"
)


def office_head_without_level(name: str | None) -> bool:
    """Whether a position name is the head of an office whose level its name cannot tell: a bare "Kepala" (the head
    of the unit it is written in: a BPS Kabupaten roster's "Kepala", IV/b, read Pelaksana and ranked first for a
    Statistisi Ahli Pertama post), or the head of a central agency's office in a region (:data:`_VERTICAL_OFFICE`),
    whose eselon its agency's own organisation rules set (not the regional OPD levels of this module). Managerial
    all the same: never read Pelaksana without a word (real11 #3, h29)."""
    key = normalize_position_name(name or "")
    return key == "kepala" or _VERTICAL_OFFICE.match(key) is not None


#: a judge's post: "Hakim", "Hakim Pratama", "Hakim Madya Muda" (the jenjang of PP 41/2002), "Hakim Ad Hoc". A hakim
#: of a badan peradilan is a pejabat negara (UU 48/2009 Pasal 19; UU 5/2014 Pasal 122 huruf e, the hakim ad hoc
#: excepted, who is no ASN either), appointed, moved and retired under the Mahkamah Agung (UU 49/2009 Pasal 19: 65 at
#: a pengadilan negeri, 67 at a pengadilan tinggi), not by this plan; read as a name it was a pelaksana with BUP 58
#: (groups18, h34). A "Calon Hakim" is a CPNS analis perkara, an ASN post
_JUDGE = re.compile(r"^hakim\b")


def judge_post(name: object) -> bool:
    """Whether a roster's position name is a judge's (:data:`_JUDGE`), outside ASN management. The cached key first:
    only a name that reads "hakim …" is tokenized again for a candidate's prefix (speed17, h35)."""
    if not isinstance(name, str) or _JUDGE.match(normalize_position_name(name)) is None:
        return False
    words = _tokens(name, sek="sekretaris", extra={})
    return bool(words) and words[0] not in _CANDIDATE_PREFIXES


#: a region's elected head and deputy: "Bupati", "Wali Kota Bandung", "Wakil Gubernur", "Kepala Daerah". They are
#: pejabat negara chosen in a pilkada (UU 5/2014 Pasal 122 huruf l and m), no ASN post: a peta jabatan listing them
#: made the seat a vacancy the plan filled with an ASN (groups21, h35). A Pj. or Pjs. holds the seat as an ASN of JPT
#: level (UU 10/2016 Pasal 201 ayat 10-11; read JPT by :data:`_MANAGERIAL`, groups20, h35) and is no elected seat
_ELECTED = re.compile(r"^(?:wakil )?(?:bupati|wali kota|gubernur|kepala daerah)\b")
#: the holding words of an ASN appointed to an elected seat (:data:`_HOLDING_WORDS`): a Plt. or Plh. of it is its
#: wakil or the sekretaris daerah standing in, the seat itself still an elected one
_ASN_HEAD_OF_REGION = frozenset({"Pj.", "Pjs."})


def elected_seat(name: object) -> bool:
    """Whether a position name is a region's elected head or deputy (:data:`_ELECTED`), outside ASN management; a
    seat written held by a Pj. or Pjs. ("Pj. Bupati", "Penjabat Gubernur") is not (:data:`_ASN_HEAD_OF_REGION`)."""
    if not isinstance(name, str) or acting_word(name) in _ASN_HEAD_OF_REGION:
        return False
    return _ELECTED.match(normalize_position_name(name)) is not None


def _managerial_from_name(name: str) -> str | None:
    if name in _EXACT_JPT:
        return "JPT Pratama"
    eselon = vertical_office_eselon(name)
    if eselon is not None:  # "Kepala Kantor Pelayanan Utama Bea dan Cukai": II.a, no "kepala kantor" (III)
        return _jenis_from_text(f"eselon {eselon}", None)
    if _VERTICAL_OFFICE.match(name):
        return None  # "Kepala Badan Pusat Statistik Kabupaten X" is no kepala badan of a pemda (JPT Pratama)
    words = name.split()
    if (
        len(words) >= 2
        and words[0] == "kepala"
        and words[1] in _OPD_ACRONYMS
        and (len(words) == 2 or words[2] in _REGION)
    ):
        return "JPT Pratama"  # "Kepala BKPSDM", "Kepala Bappeda Kabupaten Pati"
    if name == "sekretaris":  # the OPD's (or the kecamatan's) secretary as a peta jabatan names it: eselon III
        return "Administrator"
    if (
        len(words) >= 2
        and words[0] == "sekretaris"
        and words[1] in _OPD_ACRONYMS
        and (len(words) == 2 or words[2] in _REGION)
    ):
        # "Sekretaris Bappeda", "Sekretaris BKPSDM Kabupaten Kendal": the secretary of a badan or dinas, eselon III.a
        # as written out; read Pelaksana, rencana moved a surplus one to Pengadministrasi Perkantoran (peers3 #2, h28)
        return "Administrator"
    found = [(len(p), jenis) for jenis, prefixes in _MANAGERIAL for p in prefixes if _starts_with(name, p)]
    return max(found)[1] if found else None  # the longest title written: "kepala pusat kesehatan masyarakat"


#: a table's own mark after the name: "Perawat (JFU)" is a pelaksana awaiting inpassing, "Perawat Pelaksana (JFT)" a JF.
#: "(JP)", Jabatan Pelaksana, is the mark that replaced JFU with PermenPANRB 41/2018: a Kemenkes unit's staff table
#: writes a pelaksana as the JF it may be inpassed into and its pelaksana name, "Perencana / Penyusun Program Anggaran
#: dan Pelaporan (JP)", "Statistisi (Analis Statistik) (JP)", beside JF holders written "Peneliti Ahli Pertama" (public
#: SIMPEG seed on GitHub); read by the JF's name as Fungsional, such a III/a pelaksana was planned as a JF holder
#: (groups11, h33)
_KIND_MARK = re.compile(
    r"\(\s*(jfu|jft|jp|jf|fungsional\s+umum|fungsional\s+tertentu|jabatan\s+pelaksana|jabatan\s+fungsional)\s*\)\s*$",
    re.I,
)
#: the last word of a :data:`_KIND_MARK` that says pelaksana
_PELAKSANA_MARKS = ("jfu", "umum", "jp", "pelaksana")


def _jenis_from_name(nama: str | None) -> str | None:
    jenis = _jenis_from_normalised(normalize_position_name(nama or ""))
    wrapped = _kind_wrapper(nama) if nama and "(" in nama else None
    if wrapped is not None:  # "Fungsional Umum (Bendahara)" is a pelaksana; "FUNGSIONAL(X)": X tells
        return _KIND_WORDS[wrapped[0]] or jenis
    mark = _KIND_MARK.search(nama) if nama and jenis in ("Fungsional", "Pelaksana") else None
    if mark is not None:
        return "Pelaksana" if mark.group(1).casefold().split()[-1] in _PELAKSANA_MARKS else "Fungsional"
    if nama and jenis == "Fungsional" and jenjang_fungsional(nama) is None and _written_kind(nama) == "Pelaksana":
        # "Pejabat Fungsional Umum Perawat", "JFU Perawat": a pelaksana awaiting inpassing as "Perawat (JFU)" is; the
        # prefix left the key and the JF's name read Fungsional (spell5, h31). With its jenjang the name is the JF
        return "Pelaksana"
    return jenis


@lru_cache(maxsize=16384)
def _jenis_from_normalised(name: str) -> str | None:
    """Classify a normalised name (cached: rosters repeat a few hundred names)."""
    if not name:
        return None
    if additional_task_head(name) or _SCHOOL_DEPUTY.match(name) or _SCHOOL_PROGRAMME_HEAD.match(name):
        return "Fungsional"  # a guru or tenaga kesehatan with an additional task (domain.md §5.2)
    managerial = _managerial_from_name(name)
    if managerial is not None:
        return managerial
    by_rank = _jenis_from_rank_name(name)
    if by_rank is not None:
        return by_rank
    if _contains(name, "fungsional umum"):
        return "Pelaksana"  # old name of jabatan pelaksana (domain.md §4.1)
    if name in ("jft", "jf"):  # the kind written for the name: Jabatan Fungsional Tertentu (spell, h30)
        return "Fungsional"
    jenjang = jenjang_fungsional(name)
    if jenjang is None and any(_starts_with(name, head) for head in _PELAKSANA_HEADS):
        return "Pelaksana"
    # "Fungsional Perawat": the word opens the name ("Analis Jabatan Fungsional" is a pelaksana whose object is JFs)
    if jenjang is not None or _jf_family(name) is not None or _starts_with(name, "fungsional"):
        return "Fungsional"
    return "Pelaksana"


#: a dosen's jenjang opening the post's name (PermenPAN-RB 17/2013): "Lektor Kepala", "Asisten Ahli", the same words
#: :func:`retirement_age` gives the dosen BUP; "Lektor Kepala sbg Pembantu Dekan" is a dosen with an additional task
_DOSEN_JENJANG = re.compile(r"^(?:asisten ahli|lektor|guru besar|profesor)\b")


#: a dosen's jenjang (PermenPAN-RB 17/2013 as amended by 46/2013; Permendikbudristek 44/2024: Asisten Ahli, Lektor,
#: Lektor Kepala, Profesor) as the keahlian jenjang of the same pangkat range: Asisten Ahli III/a-III/b Ahli Pertama,
#: Lektor III/c-III/d Ahli Muda, Lektor Kepala IV/a-IV/c Ahli Madya, Guru Besar (Profesor) IV/d-IV/e Ahli Utama
#: (duniadosen.com, "Jenjang Jabatan dan Pangkat Dosen"). "DOSEN ASISTEN AHLI" (381 SSCASN 2024 formations) and
#: "Dosen Lektor" read no jenjang, and the bare-post rule asked every dosen post Ahli Pertama (groups29, h38)
_DOSEN_AS_AHLI: tuple[tuple[str, str], ...] = (
    ("lektor kepala", "ahli madya"),
    ("lektor", "ahli muda"),
    ("asisten ahli", "ahli pertama"),
    ("guru besar", "ahli utama"),
    ("profesor", "ahli utama"),
)


def _dosen_jenjang(name: str) -> str | None:
    """The keahlian jenjang of a normalised post name opening with a dosen's jenjang, after "dosen" or alone
    ("dosen asisten ahli", "lektor kepala sbg pembantu dekan"; :data:`_DOSEN_AS_AHLI`), else None."""
    rest = name[len("dosen ") :] if name.startswith("dosen ") else name
    return next((ahli for words, ahli in _DOSEN_AS_AHLI if _starts_with(rest, words)), None)


def _jenis_from_rank_name(name: str) -> str | None:
    """The jenis of a normalised post name that is a rank, not a post: a dosen's jenjang (Fungsional), or an eselon
    as a payroll export writes the post ("Eselon IV A": Pengawas). Politeknik KP Sorong's GPP list gave Lektor,
    Lektor Kepala, Asisten Ahli and "Eselon IV A" Pelaksana (real9, h28)."""
    if _DOSEN_JENJANG.match(name):
        return "Fungsional"
    if _labelled_eselon(name):
        return _jenis_from_text(name, None)
    return None


def _labelled_eselon(text: str) -> bool:
    """Whether ``text`` (normalised) is an eselon with its word ("eselon III", "es ii a"): a bare "III" or "3 a" beside
    a name or over a count is a golongan as often (:func:`jenis_of_count_column`)."""
    return text.split(" ", 1)[0] in ("eselon", "esl", "es") and _ESELON.match(text) is not None


#: an eselon in a jenis column: a roman level, or an arabic one with the word eselon or a sub-level ("3 a");
#: a bare "2" there is a system's code (SIASN JENIS JABATAN ID 2 = fungsional tertentu, a SIMPEG's 2 = struktural)
_ESELON = re.compile(r"^(?:(?:eselon|esl|es) (?:iv|v|i{1,3}|[1-5])(?: ?[ab])?|(?:iv|v|i{1,3})(?: ?[ab])?|[1-5] ?[ab])$")


@functools.cache
def _ESELON_LEVEL() -> re.Pattern[str]:
    return re.compile(r"(iv|v|i{1,3}|[1-5])")


#: the jenis an eselon is equal to (UU 5/2014 Pasal 131: I.a and I.b JPT Madya, II JPT Pratama, III Administrator, IV
#: Pengawas, and "jabatan eselon V dan fungsional umum setara dengan jabatan pelaksana"; asnri.com, penyetaraan jabatan
#: PNS menurut UU ASN). Eselon V was left to the name, and a Kepala Subbagian Tata Usaha at V.a read Pengawas (groups3,
#: h30); PermenPANRB 17/2021 likewise calls it "Pelaksana eselon V" (domain.md §4.3).
_ESELON_JENIS = {"i": "JPT Madya", "ii": "JPT Pratama", "iii": "Administrator", "iv": "Pengawas", "v": "Pelaksana"}
_ARABIC_ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv", "5": "v"}


def _jenis_from_text(jenis_text: str, nama: str | None) -> str | None:
    """Map the free text of a jenis jabatan / eselon column; None when it says nothing."""
    t = " ".join(_NON_WORD.sub(" ", jenis_text.casefold()).split())
    if not t:
        return None
    if re.search(r"\b(?:jpt|pimpinan tinggi)\b", t):
        for level in ("utama", "madya", "pratama"):
            if _contains(t, level):
                return f"JPT {level.capitalize()}"
    eselon = _ESELON.match(t)
    if eselon is not None:
        found = _ESELON_LEVEL().search(t.removeprefix("eselon").removeprefix("esl").removeprefix("es"))
        roman = _ARABIC_ROMAN.get(found.group(1), found.group(1)) if found is not None else ""
        return _ESELON_JENIS.get(roman) or _jenis_from_name(nama)
    if _contains(t, "administrator") and not _contains(t, "kesehatan"):
        return "Administrator"
    if t in ("pengawas", "jabatan pengawas"):
        return "Pengawas"
    if re.search(r"\b(?:jfu|fungsional umum)\b", t) or _contains(t, "pelaksana"):
        return "Pelaksana"
    if re.search(r"\b(?:jft|jf|fungsional)\b", t):
        return "Fungsional"
    if _contains(t, "struktural"):
        name = normalize_position_name(nama or "")
        return _managerial_from_name(name) or _struktural_by_unit(name)
    return None


#: a post the jenis column calls Struktural, named by the unit it heads as a peer SIMPEG files 25 of its 56 (Wakatobi
#: data_jabatan: "SEKSI PRASARANA DARAT" IV.a, "BIDANG PERMUKIMAN" III.b, "Kepala Satuan" II.b; peers4, h29); only
#: under that word, since without it "Bidang Permukiman" is the unit, not its head
_STRUKTURAL_BY_UNIT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Administrator", ("bidang", "bagian")),
    ("Pengawas", ("seksi", "subbagian", "subbidang")),
)
#: "Kepala Satuan …" under Struktural: the bare name is the Satpol PP's head (its unit in the unit column), JPT
#: Pratama; a DKI Kepala Satuan Pelaksana (Kasatpel) and a Kepala Satuan Pelayanan head an eselon IV unit. Any other
#: "Kepala Satuan X" ("Kepala Satuan Kerja") gives no level (jenis-struktural-tanpa-tingkat): a prefix match made them
#: all JPT Pratama, with BUP 60 (review11 #8, h29)
_KEPALA_SATUAN = "kepala satuan"
_SATUAN_PENGAWAS = ("kepala satuan pelaksana", "kepala satuan pelayanan")


def _struktural_by_unit(name: str) -> str | None:
    if name == _KEPALA_SATUAN:
        return "JPT Pratama"
    if _starts_with(name, _KEPALA_SATUAN):
        return "Pengawas" if any(_starts_with(name, h) for h in _SATUAN_PENGAWAS) else None
    return next((j for j, heads in _STRUKTURAL_BY_UNIT for h in heads if _starts_with(name, h)), None)


def says_managerial(jenis_text: object) -> bool:
    """Whether a jenis column's cell says the post is a managerial one: "Struktural", "Jabatan Pimpinan Tinggi",
    "Administrator", "Pengawas" or an eselon ("IV.a"); a peer SIMPEG files its unit-named struktural posts ("SEKSI
    PRASARANA DARAT", "BIDANG PERMUKIMAN") under exactly that word (peers4, h29)."""
    if not isinstance(jenis_text, str) or not jenis_text.strip():
        return False
    t = " ".join(_NON_WORD.sub(" ", jenis_text.casefold()).split())
    if _NOT_MANAGERIAL.search(t):
        return False
    return _contains(t, "struktural") or _jenis_from_text(t, None) in MANAJERIAL


#: an ESELON column's cell: "II.b", "II/b", "IIb", "2b", "Eselon II", "2", or a SIASN ESELON ID ("21" = II.a)
@functools.cache
def _ESELON_CELL() -> re.Pattern[str]:
    return re.compile(r"^(?:eselon |esl |es )?(iv|v|i{1,3}|[1-5])(?: ?([ab12]))?$")


def eselon_grade(value: object) -> tuple[str, str] | None:
    """(the eselon's level in roman, its grade "a", "b" or "" when not written) of an ESELON cell or an eselon written
    after a post (:data:`_ESELON_CELL`: "III.a", "III/a", "IIIa", "3a", "Eselon III", SIASN's ESELON ID "31"), or None:
    "Non Eselon", a blank, anything unread. The one reading of an eselon's level (:func:`jenis_from_eselon`, the
    check of a post cell's eselon against the ESELON column)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    t = " ".join(_NON_WORD.sub(" ", str(value).casefold()).split())
    found = _ESELON_CELL().match(t)
    if found is None:
        return None
    grade = {"1": "a", "2": "b"}.get(found.group(2) or "", found.group(2) or "")
    return _ARABIC_ROMAN.get(found.group(1), found.group(1)), grade


def jenis_from_eselon(value: object) -> str | None:
    """The jenis an ESELON column's cell gives (UU 5/2014 Pasal 131, :data:`_ESELON_JENIS`: I JPT Madya, II JPT
    Pratama, III Administrator, IV Pengawas, V Pelaksana), or None: "Non Eselon", a blank, anything unread (then the
    name and jenis column decide)."""
    grade = eselon_grade(value)
    return None if grade is None else _ESELON_JENIS.get(grade[0])


#: a jenis column that says the post is no managerial one: an ESELON column does not overrule it
_NOT_MANAGERIAL = re.compile(r"\b(?:jft|jfu|jf|fungsional|pelaksana)\b")


def jenis_with_eselon(jenis: str | None, jenis_text: object, eselon: str | None) -> str | None:
    """``jenis`` (from the name and jenis column) overruled by the eselon's (:func:`jenis_from_eselon`), unless the
    jenis column itself names a fungsional or pelaksana post."""
    if eselon is None:
        return jenis
    if isinstance(jenis_text, str) and _NOT_MANAGERIAL.search(jenis_text.casefold()):
        return jenis
    return eselon


#: a jenis column that names a JF (not a fungsional umum, the old name of a pelaksana post)
@functools.cache
def _NAMES_JF() -> re.Pattern[str]:
    return re.compile(r"\b(?:jft|jf|fungsional(?! umum\b))\b")


def eselon_v_post(jenis_text: object, eselon: str | None) -> bool:
    """Whether a row is a structural eselon V post: its ESELON cell reads V (``eselon`` is :func:`jenis_from_eselon`'s
    "Pelaksana") and its jenis column names no JF. Its jenis is Pelaksana; the level rule reads it above pelaksana
    (``domain.jenis.ESELON_V``). A jenis column saying "Jabatan Pelaksana" (or JFU) beside eselon V says the same as
    the ESELON cell: UU 5/2014 Pasal 131 huruf f makes eselon V "setara dengan jabatan pelaksana", and SIMPEGs file it
    so; such a Kepala Subbagian Tata Usaha at V.a read as a plain pelaksana post (groups7, h32)."""
    if eselon != "Pelaksana":
        return False
    t = " ".join(_NON_WORD.sub(" ", jenis_text.casefold()).split()) if isinstance(jenis_text, str) else ""
    return _NAMES_JF().search(t) is None


#: the heads whose level their title cannot tell: a balai, a UPT, a kantor, a pusat or a hospital is led at eselon II
#: to IV by the government that set it up (a ministry's Balai Besar at II.b, a kabupaten's balai at IV.a)
_LEVEL_BY_OFFICE = (
    "kepala balai",
    "kepala unit pelaksana teknis",
    "kepala kantor",
    "kepala pusat",
    "kepala rumah sakit",
    "direktur",
    # a hospital's deputy director, eselon II.b to IV by the hospital's class as its director is (II to III); read
    # Administrator at any kelas, a class A RSUD's Wakil Direktur under a Direktur read JPT Pratama (groups15, h34)
    "wakil direktur",
    "kepala lembaga pemasyarakatan",
    "kepala rumah tahanan",
)
#: (lowest kelas, highest kelas, jenis): the kelas bands of a managerial post, domain.md §4.2 (JPT Pratama 12–14,
#: Administrator 11–12, Pengawas 8–9; Kabupaten Kendal's peta jabatan: JPT Pratama 14, Administrator 12, Pengawas 9).
#: 12 is read Administrator (the example's), 10 is no band: the name decides
KELAS_LEVELS: tuple[tuple[int, int, str], ...] = (
    (13, 17, "JPT Pratama"),
    (11, 12, "Administrator"),
    (1, 9, "Pengawas"),
)
KELAS_LEVEL_NAMES = frozenset(j for _, _, j in KELAS_LEVELS)  #: the jenis a kelas can tell apart


#: an office's class as its head's normalised name writes it: "kelas iia", "klas i", "kelas 2 a", "kelas i khusus"
@functools.cache
def _OFFICE_CLASS() -> re.Pattern[str]:
    return re.compile(r"\b(?:kelas|klas|kls) (iii|ii|i|[123])(?: ?([ab]))?\b( khusus\b)?")


@lru_cache(maxsize=1)
def _vertical_offices() -> dict[str, dict[str, str]]:
    """data/jabatan_kantor_vertikal.csv as {awalan: {kelas_kantor: eselon}}."""
    from asn_mutasi.data import data_csv

    out: dict[str, dict[str, str]] = {}
    for row in data_csv("jabatan_kantor_vertikal.csv", delimiter=";"):
        out.setdefault(row["awalan"], {})[row["kelas_kantor"]] = row["eselon"]
    return out


def vertical_office_eselon(name: str) -> str | None:
    """The eselon the organisation rule of its ministry gives the head of an office named by ``name`` (normalised),
    by the office and the class its name writes (data/jabatan_kantor_vertikal.csv: "kepala lembaga pemasyarakatan
    kelas iib" → "IV.a"), whatever its kelas jabatan; None for any other post or a class the table does not give.
    Kemenag's: a Kepala Kantor Kementerian Agama at kelas 13-14 (Kemenag's own kelas) was read JPT Pratama, and at
    kelas 12 a Kepala Kantor Wilayah an Administrator (groups15, h34); a Kepala Kantor Pertanahan, a Kepala KPP
    Pratama or a Kepala Kantor Imigrasi at its ministry's kelas 13-14 likewise read JPT Pratama (groups20, h35)."""
    offices = _vertical_offices()
    found = [p for p in offices if _starts_with(name, p)]
    if not found:
        return None
    by_class = offices[max(found, key=len)]
    written = _OFFICE_CLASS().search(name)
    office_class = ""
    if written is not None:
        office_class = _ARABIC_ROMAN.get(written.group(1), written.group(1)) + (written.group(2) or "")
        office_class += " khusus" if written.group(3) else ""
    return by_class.get(office_class) or by_class.get("")


def jenis_by_kelas(nama_jabatan: str | None, jenis: str | None, kelas: float | None) -> str | None:
    """``jenis`` read from the name alone, told by the post's kelas jabatan (:data:`KELAS_LEVELS`) where the name is
    a head whose level varies by office (:data:`_LEVEL_BY_OFFICE`): "Kepala Balai" of a ministry's balai at kelas 14
    is JPT Pratama, not the kabupaten UPT's Pengawas the name reads as (real18, h33). Any other post, a kelas out of
    the bands or no kelas keep ``jenis``; never above JPT Pratama. A head its name alone reads Fungsional (a
    puskesmas's, a school's: "Kepala UPT Puskesmas X", a JF with an additional task) keeps ``jenis`` too: a jenis
    cell saying "Struktural" made it Pengawas (an eselon IV of old) and its kelas 11–13, a JF ahli's, then
    Administrator or JPT Pratama (review12, h33)."""
    if jenis not in KELAS_LEVEL_NAMES or kelas is None or kelas != kelas:
        return jenis
    name = normalize_position_name(nama_jabatan or "")
    if not any(_starts_with(name, p) for p in _LEVEL_BY_OFFICE) or classify_jenis_jabatan(nama_jabatan) == "Fungsional":
        return jenis
    if vertical_office_eselon(name) is not None:
        return jenis
    return next((j for low, high, j in KELAS_LEVELS if low <= kelas <= high), jenis)


def classify_jenis_jabatan(nama_jabatan: str | None, jenis_text: str | None = None) -> str | None:
    """Return the canonical jenis jabatan (``schema.JENIS_JABATAN``) from the column or the name.

    The jenis column wins when it is readable ("Jabatan Struktural" only says
    *managerial*, so the level comes from the name). Otherwise the name decides: known
    managerial titles, then JF levels or families, else Pelaksana. ``None`` only when
    there is nothing to read.
    """
    if jenis_text is not None and str(jenis_text).strip():
        found = _jenis_from_text(str(jenis_text), nama_jabatan)
        if found is not None:
            return found
    return _jenis_from_name(nama_jabatan)


#: the jenjang a count sub-column ends in ("JABATAN FUNGSIONAL / Ahli / Pertama", "… / Terampil / Pemula")
@functools.cache
def _COUNT_JENJANG() -> re.Pattern[str]:
    return re.compile(r"\b(ahli (?:pertama|muda|madya|utama)|pemula|terampil|mahir|penyelia)$")


def jenis_of_count_column(label: str) -> tuple[str | None, str | None]:
    """The (jenis, JF jenjang) a rekap's count sub-column stands for: Formulir 1 counts each post under "JABATAN
    PIMPINAN TINGGI / Pratama / Es. II", "JABATAN ADMINISTRASI / Adminis-trator / Es. III" (or Pengawas, Pelaksana:
    eselon V), "JABATAN FUNGSIONAL / Ahli / Muda", "JABATAN PELAKSANA (JFU)". (None, None) for any other label, a
    bare level ("III", "IV/a": a golongan) too."""
    text = " ".join(_NON_WORD.sub(" ", label.casefold().replace("-", "")).split())
    if _ESELON.match(text) and not _labelled_eselon(text):
        # a bare level over a count is a golongan ("BEZETTING" over "I | II | III | IV | JUMLAH", "III/a"): every post
        # was read as the eselon of its holders' golongan, a Pengadministrasi JPT Pratama (review3, h30)
        return None, None
    jenis = "Pengawas" if _contains(text, "pengawas") else _jenis_from_text(text, None) if text else None
    if jenis != "Fungsional":
        return jenis, None
    found = _COUNT_JENJANG().search(text)
    return jenis, found.group(1) if found else None


# --- retirement -------------------------------------------------------------------------


def retirement_age(jenis_jabatan: str | None, nama_jabatan: str | None, rules: Rules) -> int:
    """Return the BUP (batas usia pensiun) in years (UU 20/2023 Pasal 55; PP 11/2017 Pasal 239).

    JPT 60; administrator, pengawas, pelaksana 58; JF ahli utama 65, ahli madya 60, other
    JF 58 — all from ``rules``. Guru (incl. kepala sekolah) of every jenjang use
    ``rules.bup_guru`` (60; UU 14/2005 Pasal 30 ayat 4); a dosen ``rules.bup_dosen`` (65) and a guru besar
    (profesor) ``rules.bup_guru_besar`` (70), UU 14/2005 Pasal 67, unless the row says the post
    is structural. A peneliti or perekayasa ahli madya ``rules.bup_peneliti_ahli_madya`` (65), ahli utama
    ``rules.bup_peneliti_ahli_utama`` (70), UU 11/2019 Pasal 53. Without a jenis the name is classified; with neither, the pelaksana BUP applies.
    """
    jenis = jenis_jabatan or classify_jenis_jabatan(nama_jabatan)
    if not (jenis or "").startswith(("JPT", "Administrator", "Pengawas")):
        name = normalize_position_name(nama_jabatan or "")
        # the lecturer's own post opens the name ("Dosen Asisten Ahli", "Lektor Kepala", "Guru Besar"): a post whose
        # object is lecturers ("Pengolah Data … Dosen", "Analis Kepegawaian Dosen") keeps its own BUP; after "dosen" too
        # ("Dosen Guru Besar" retired at a dosen's 65; reviewG, h38)
        rank = name[len("dosen ") :] if name.startswith("dosen ") else name
        if _starts_with(rank, "guru besar") or _starts_with(rank, "profesor"):
            return rules.bup_guru_besar
        if any(_starts_with(name, w) for w in ("dosen", "lektor", "asisten ahli")) or _DOSEN_HEAD.match(name):
            return rules.bup_dosen
    if jenis is None:
        return rules.bup_pelaksana
    if jenis.startswith("JPT"):
        return rules.bup_jpt
    if jenis == "Administrator":
        return rules.bup_administrator
    if jenis == "Pengawas":
        return rules.bup_pengawas
    if jenis == "Fungsional":
        name = normalize_position_name(nama_jabatan or "")
        jenjang = jenjang_fungsional(nama_jabatan) or _head_holder_jenjang(name, nama_jabatan)
        # peneliti and perekayasa: 58 ahli pertama/muda, 65 ahli madya, 70 ahli utama (UU 11/2019 Pasal 53 ayat 1, which
        # PP 11/2017 Pasal 240 defers to; groups5, h29)
        if jenjang in ("ahli madya", "ahli utama") and (
            _starts_with(name, "peneliti") or _starts_with(name, "perekayasa")
        ):
            return rules.bup_peneliti_ahli_utama if jenjang == "ahli utama" else rules.bup_peneliti_ahli_madya
        # a guru (kepala sekolah too) retires at ``rules.bup_guru`` whatever the jenjang: UU 14/2005 Pasal 30 ayat 4,
        # the sector law PP 11/2017 Pasal 239 yields to (domain.md §5.3); a Guru Ahli Utama read 65 as any JF ahli utama
        if guru_post(name):
            if jenjang == "ahli madya":
                return max(rules.bup_guru, rules.bup_fungsional_ahli_madya)
            return rules.bup_guru
        if jenjang == "ahli utama":
            return rules.bup_fungsional_ahli_utama
        if jenjang == "ahli madya":
            return rules.bup_fungsional_ahli_madya
        return rules.bup_fungsional_lain
    return rules.bup_pelaksana


def _head_holder_jenjang(name: str, nama: str | None) -> str | None:
    """The JF jenjang a head held as an additional task (:func:`additional_task_head`) writes in parentheses: its
    holder's own JF ("Kepala Puskesmas (Dokter Ahli Madya)": ahli madya, BUP 60). Elsewhere a parenthesis is a role
    and dropped from the name ("Analis SDM Aparatur Ahli Muda (Ketua Subkelompok)"), so the BUP was 58 (groups6,
    h31). None for any other post, or none written."""
    if not nama or "(" not in nama or not additional_task_head(name):
        return None
    return next(filter(None, (jenjang_fungsional(inner) for inner in re.findall(r"\(([^()]*)\)", nama))), None)


#: a pelaksana's kind written with its name ("Fungsional Umum Bendahara", "Bendahara (JFU)", "Staf", "Pelaksana"), or a
#: pelaksana name of KepmenPANRB 11/2024 no JF bears ("Penata Layanan Operasional"). Not the words that only open
#: another post's name: "Pelaksana Tugas Kepala Bidang", "Pelaksana Harian …" (Plt./Plh. written out: the holder's BUP
#: is that of a post the name does not say), "Staf Medis Fungsional" (a hospital's doctors), "Staf Pengajar" (a
#: college's lecturers), "Staf Ahli" (a JPT); a roster's 60 or 65 for them was refused as a pelaksana's (review6, h31)
@functools.cache
def _PELAKSANA_KIND() -> re.Pattern[str]:
    return re.compile(
        r"^(?:jabatan |pejabat )?(?:fungsional umum|jfu|pelaksana(?! tugas\b| harian\b)"
        r"|(?:staf|staff)(?! (?:medis|medik|pengajar|ahli|khusus)\b))\b|\b(?:jfu|fungsional umum)$"
        r"|^(?:penata|pengelola|operator) layanan operasional\b"
    )


def named_pelaksana(nama: str | None) -> bool:
    """Whether the post's name itself says it is a jabatan pelaksana: a pelaksana's head noun
    (:data:`_PELAKSANA_NAME_HEADS`: "Pengadministrasi Umum", "Pengelola Data Guru", "Pengemudi") or its kind written with it ("Fungsional Umum Bendahara", "Staf"). Not a
    name read as pelaksana only because it names no JF or managerial post ("Kepala Laboratorium", a guru's additional
    task): its BUP may be the JF's. Such a post's BUP is the law's (UU 20/2023 Pasal 55), whatever a roster stored."""
    if not isinstance(nama, str) or _jenis_from_name(nama) != "Pelaksana":
        return False
    text = " ".join(_NON_WORD.sub(" ", nama.casefold()).split())
    name = normalize_position_name(nama)
    return _PELAKSANA_KIND().search(text) is not None or any(_starts_with(name, h) for h in _PELAKSANA_NAME_HEADS)


#: a guru's own post opens with the word, alone or after the words a JF family may follow (:data:`_FAMILY_LEAD`:
#: "Fungsional Guru", "Tenaga Guru", "Koordinator Guru", "Tenaga Fungsional Guru", read as the guru JF and so retiring
#: at a guru's BUP; they read 58 while classified Fungsional by the same rule, review10, h32); a name where guru is
#: the object of another post ("Pengelola Data Guru", "Analis Kepegawaian Guru") is that post's
_GURU_POST = re.compile(rf"^(?:{_FAMILY_LEAD} )*guru\b(?! besar\b)")


def guru_post(name: str) -> bool:
    """Whether a normalised position name is a guru's post: the guru itself or a school's head or deputy head (a guru
    with the additional task). Not a post whose object is guru: "Pengelola Data Guru" (a pelaksana) or "Analis Kepegawaian Guru"
    (that JF) retire at their own post's BUP, 58, not a guru's 60, as ThoriqW/SIPEKA's ``BupCalculator`` reads it
    (a post whose parent name is Guru); a substring test (yugisantoso52-hue/simpeg-app) gave them 60 (peers7, h32)."""
    return (
        _GURU_POST.match(name) is not None
        or school_head(name)
        or _SCHOOL_DEPUTY.match(name) is not None
        or _SCHOOL_PROGRAMME_HEAD.match(name) is not None
    )


def named_guru(nama: str | None) -> bool:
    """Whether the post's name itself says it is a guru's, read as a JF: "Guru Ahli Pertama", "Guru Kelas", "Kepala
    Sekolah" (a guru's additional task, :func:`school_head`); not a "Guru Besar" (a dosen) nor a pelaksana whose object
    is guru ("Pengadministrasi Data Guru"). A guru retires at 60 whatever the roster stored (UU 14/2005 Pasal 30 ayat
    4, kept by PP 11/2017 Pasal 239): a SIMPEG's 58 for every JF ahli pertama was believed (groups7, h32)."""
    if not isinstance(nama, str) or _jenis_from_name(nama) != "Fungsional":
        return False
    return guru_post(normalize_position_name(nama))


def named_pengawas(nama: str | None) -> bool:
    """Whether the post's name itself says it is a jabatan pengawas (eselon IV: "Kepala Seksi …", "Kepala Subbagian
    …", "Lurah"), held as its own: not acting ("Plt. Kepala Seksi", "Kepala Seksi (Plh)": the holder's BUP is that of
    another post). A pengawas retires at 58 (UU 20/2023 Pasal 55; PP 11/2017 Pasal 239) with no sector exception, and
    the penyetaraan made pengawas JF ahli muda, 58 too; a SIMPEG that stored 60 for every "Struktural" post
    (LLDIKTI-XVI-TEAM/SIMPEG's ref_jenis_jabatan seed) was believed (peers8, h33)."""
    return _named_held(nama, "Pengawas")


def named_administrator(nama: str | None) -> bool:
    """Whether the post's name itself says it is a jabatan administrator (eselon III: "Kepala Bidang …", "Kepala
    Bagian …", "Sekretaris Camat", "Camat"), held as its own (not "Plt."/"(Plh)"). An administrator retires at 58 (UU
    20/2023 Pasal 55: "58 tahun bagi pejabat administrator"); a stated 60 for such a post was believed as a plausible
    other BUP (peers8 left it, groups12, h33). A name left unchanged after the penyetaraan may be a JF ahli madya's,
    60: the caller believes the roster where its jenis jabatan column says Fungsional."""
    return _named_held(nama, "Administrator")


def _named_held(nama: str | None, jenis: str) -> bool:
    """Whether the post's name says the managerial ``jenis`` and it is held as its own (no acting word)."""
    if not isinstance(nama, str) or held_acting(nama) or _acting_anywhere(nama):
        return False
    return _jenis_from_name(nama) == jenis


def _acting_anywhere(nama: str) -> bool:
    """Whether a holding word (:data:`_HOLDING_PREFIXES`, :data:`_HOLDING_WRITTEN_OUT`) stands anywhere in a name:
    "Kepala Seksi Pelayanan (Plt)", "… (Pj.)", "… (Pelaksana Tugas)". A second list of them missed the Pj. and the
    written-out forms, whose holder's stated BUP was refused as a pengawas's (review11, h33)."""
    words = _NON_WORD.sub(" ", nama.casefold()).split()
    return any(
        w in _HOLDING_PREFIXES and not _pejabat_misspelt(words[i:]) and not _pj_in_charge(words, i)
        for i, w in enumerate(words)
    ) or any(pair in _HOLDING_WRITTEN_OUT for pair in pairwise(words))


def pension_date(tanggal_lahir: date, bup: int) -> date:
    """Return TMT pensiun: the 1st of the month after the month the person reaches ``bup``.

    Born 1966-05-15 with BUP 58 → reaches it 2024-05-15 → pension 2024-06-01. Working by
    month makes 29 February births need no special case.
    """
    year = tanggal_lahir.year + bup
    month = tanggal_lahir.month + 1
    if month == 13:
        return date(year + 1, 1, 1)
    return date(year, month, 1)


def _opt_text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    return text or None


def pension_dates(jenis: Any, jabatan: Any, born: Any, rules: Rules) -> tuple[np.ndarray, np.ndarray]:
    """BUP (int64) and TMT pensiun (datetime64[ns], NaT without a birth date) per row.

    The one vectorised form of :func:`retirement_age` and :func:`pension_date` (the
    employee rules and the retirement projection both use it): the BUP is found once per
    distinct (jenis jabatan, jabatan) — texts stripped, blanks as None — and the date once
    per distinct (birth date, BUP). ``born`` is anything ``pd.to_datetime`` reads.
    """
    j = per_distinct(jenis, _opt_text)
    n = per_distinct(jabatan, _opt_text)
    codes, first = row_groups(j, n)
    bup = np.asarray([retirement_age(j[i], n[i], rules) for i in first.tolist()], dtype=np.int64)[codes]
    days = pd.to_datetime(pd.Series(born), errors="coerce").to_numpy(dtype="datetime64[D]")
    return bup, pension_days(days, bup)


def pension_days(days: np.ndarray, bup: np.ndarray) -> np.ndarray:
    """:func:`pension_date` per row of birth dates ``days`` (datetime64[D], NaT: NaT) and BUPs ``bup`` (whole years),
    as datetime64[ns]; once per distinct (birth date, BUP)."""
    tmt = np.full(len(bup), np.datetime64("NaT"), dtype="datetime64[ns]")
    rows = np.flatnonzero(~np.isnat(days))
    if len(rows):
        years = np.asarray(bup, dtype=np.int64)[rows]
        keys, inverse = np.unique(days[rows].astype(np.int64) * 1000 + years, return_inverse=True)
        epoch = date(1970, 1, 1).toordinal()
        whens = [pension_date(date.fromordinal(epoch + int(k // 1000)), int(k % 1000)) for k in keys.tolist()]
        tmt[rows] = np.asarray(whens, dtype="datetime64[D]").astype("datetime64[ns]")[inverse.ravel()]
    return tmt


#: a head's row that can stand for the heads of several units of one kind, the kind right after "Kepala" (or after
#: its tata usaha: "Kepala Subbagian Tata Usaha UPTD Puskesmas"): "Kepala UPTD Puskesmas" over ten UPTD, "Kepala
#: Sekolah", "Kepala UPT ..."; or "Lurah" in a kecamatan's table. Not "Kepala Bidang Pembinaan Sekolah Dasar".
_GENERIC_HEAD = re.compile(
    r"^(?:lurah$|kepala (?:(?:sub ?bagian )?tata usaha )?(?:unit pelaksana teknis|puskesmas|pusat kesehatan "
    r"masyarakat|pustu|sekolah|sd|smp|sma|smk|tk|kelurahan)\b)"
)


#: the words of a unit that is itself of the kind a generic head names: its head heads that one unit
_OWN_KIND = {
    "puskesmas": re.compile(r"\b(?:puskesmas|pusat kesehatan masyarakat|pustu)\b"),
    "sekolah": re.compile(r"\b(?:sekolah|sd|smp|sma|smk|tk|slb|madrasah|mi|mts|ma|sdn|smpn|sman|smkn)\b"),
    "kelurahan": re.compile(r"\bkelurahan\b"),
    "upt": re.compile(r"\bunit pelaksana teknis\b"),
}


def heads_several_units(name: str | None, unit: str | None = None) -> bool:
    """Whether a head's row names a kind of unit an organisation has several of (:data:`_GENERIC_HEAD`), so its
    holders may be one per unit; any other head's post is one seat (oracle9 #3, h29). A row listed in a unit of that
    kind heads that one unit: "Kepala Puskesmas" in "UPT Puskesmas Cikalong", "Kepala Sekolah" in "SD Negeri 1
    Sukamaju", "Lurah" in "Kelurahan Benteng" are one seat each; two holders there were two seats (oracle10 #2,
    h29). "Kepala UPTD Puskesmas" listed under Dinas Kesehatan stays one seat per head."""
    post = normalize_position_name(name or "")
    if _GENERIC_HEAD.match(post) is None:
        return False
    where = normalize_unit_name(unit or "")
    if not where:
        return True
    kinds = [k for k, words in _OWN_KIND.items() if k != "upt" and words.search(post)]
    if post == "lurah":
        kinds = ["kelurahan"]
    if not kinds:  # a head of a UPT of its own kind ("Kepala UPT Pengelolaan Sampah")
        kinds = ["upt"]
    return not any(_OWN_KIND[k].search(where) for k in kinds)


def heads_a_unit(name: str | None, jenis: str | None) -> bool:
    """Whether a post is a unit's one head: a managerial jenis (:data:`~asn_mutasi.domain.jenis.MANAJERIAL`), a bare
    "Kepala" (the head of the unit it is listed in, whatever jenis its name alone reads as), or the head of a kind of
    unit (:data:`_GENERIC_HEAD`: "Kepala Sekolah", "Kepala Puskesmas", "Lurah") whatever jenis the table gives it: a
    Kepala Sekolah is a guru's additional task (jenis Fungsional, Permendikbudristek 40/2021), still the school's one
    head. The one rule of the linker (a sub-unit's head is never the OPD's post of that name) and of the position
    table (a head's kebutuhan is the organisation's, not its workload's: a Kepala Sekolah of 2.600 h and two holders
    read two seats, h30)."""
    if jenis in MANAJERIAL:
        return True
    post = normalize_position_name(name or "")
    return post == "kepala" or _GENERIC_HEAD.match(post) is not None


def head_kind(jenis: str | None) -> str:
    """What a unit's head (:func:`heads_a_unit`) is called in a finding: its managerial jenis ("Administrator"), else
    "pimpinan unit" (a Kepala Sekolah of jenis Fungsional is no "jabatan Fungsional, satu kursi"). The one wording of
    ``kebutuhan-manajerial-tetap`` (whether the position table or the linked roster settles the seat) and of
    ``jabatan-pimpinan-dijumlahkan``."""
    return jenis if jenis in MANAJERIAL else "pimpinan unit"


#: a roster's post cell that names a kind of post and no post: "Fungsional", "Fungsional Umum", "JFT", "JFU",
#: "Pelaksana", "Staf", "JFU/Pelaksana" (a Diskominfo roster writes "Fungsional" and "STAF"; usulan30, h38). No
#: name of the JF catalogue nor of SSCASN 2024's posts is one
_KIND_ONLY = r"(?:(?:fungsional|jf)(?: umum| tertentu)?|jf[tu]|pelaksana|staff?|struktural)"
#: an eselon alone as the post ("Eselon IV A", "Eselon III.b", "Es. IVa"): a level, no post (a Politeknik KP's staff
#: list writes its Kepala Subbagian so; real31, h38)
_ESELON_ONLY = r"(?:eselon|es) (?:i{1,3}|iv|v|[1-5]) ?[ab]?"
_NO_POST = re.compile(rf"^(?:jabatan )?(?:{_KIND_ONLY}(?: {_KIND_ONLY})?|{_ESELON_ONLY})$")


def names_no_post(name: object) -> bool:
    """Whether a post cell names only a kind of post (:data:`_NO_POST`), no post a peta jabatan can hold: it links
    to nothing, and the person's jenjang, syarat and BUP cannot be read from it."""
    if not isinstance(name, str):
        return False
    return _NO_POST.match(" ".join(_NON_WORD.sub(" ", name.casefold()).split())) is not None
