"""Assign a study programme to a broad family (rumpun) for partial "serumpun" credit.

A family is deliberately broad: it only decides whether a programme that is *not* accepted
is still related (``serumpun``) and earns part of the jurusan score. It never makes a
programme acceptable, so erring on the broad side costs little.

Rules are applied to the canonical key (:func:`asn_mutasi.matching.programme.programme_key`)
in three steps, specific before general:

1. **Phrases** that override the head word, because the head word misleads:
   ``TEKNIK INFORMATIKA``/``MANAJEMEN INFORMATIKA``/``SISTEM INFORMASI`` are computing
   (not engineering or management), ``PENDIDIKAN DOKTER`` is medicine (the Indonesian
   name of the medical degree), ``REKAM MEDIS``/``TEKNOLOGI LABORATORIUM MEDIS`` are health,
   ``TEKNOLOGI PERTANIAN``/``TEKNIK PERTANIAN`` agriculture, ``KESEHATAN HEWAN`` animal science.
2. **Head word**: Indonesian programme names are head-first, so the first word names the
   discipline and the rest narrows it: ``PENDIDIKAN MATEMATIKA`` is education,
   ``KESEHATAN LINGKUNGAN`` health, ``TEKNIK LINGKUNGAN`` engineering, ``HUKUM KESEHATAN`` law.
3. **Any word**, in family order, for names whose head word is generic (``MANAJEMEN SUMBER
   DAYA PERAIRAN`` → fisheries via PERAIRAN; ``ADMINISTRASI KESEHATAN`` → health). The generic
   words decide only when no specific word does: ``MANAJEMEN PEMERINTAHAN`` (IPDN) is government,
   not economics, although MANAJEMEN is an economics keyword listed before it.
4. **A misspelt keyword** of seven letters or more (``KEPERAWATN``), by similarity ≥ 90.

Step 3 checks the family list in order, so a programme mentioning both health and another
field lands in health; the list order is the tie-break and is documented by ``FAMILIES``.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from asn_mutasi.distinct import row_groups

#: family id → label shown to analysts (the ids are already Indonesian and readable)
FAMILIES: tuple[str, ...] = (
    "pendidikan",
    "kesehatan",
    "komputer",
    "pertanian",
    "perikanan kelautan",
    "teknik",
    "ekonomi",
    "hukum",
    "komunikasi",
    "psikologi",
    "sosial politik",
    "agama",
    "sains",
    "bahasa seni budaya",
)

_PHRASES: tuple[tuple[str, str], ...] = (
    ("PENDIDIKAN DOKTER", "kesehatan"),
    # Pendidikan Profesi Guru (PPG) follows an S-1/D-IV and certifies a teacher (Permenristekdikti 55/2017 Pasal 1
    # butir 5), no health profession (groups5, h29)
    ("PENDIDIKAN PROFESI GURU", "pendidikan"),
    ("PROFESI GURU", "pendidikan"),
    ("PPG", "pendidikan"),
    ("PENDIDIKAN PROFESI", "kesehatan"),
    ("TEKNIK INFORMATIKA", "komputer"),
    ("TEKNIK KOMPUTER", "komputer"),
    ("MANAJEMEN INFORMATIKA", "komputer"),
    ("SISTEM INFORMASI", "komputer"),
    ("TEKNOLOGI INFORMASI", "komputer"),
    ("REKAYASA PERANGKAT LUNAK", "komputer"),
    ("SAINS DATA", "komputer"),
    ("REKAM MEDIS", "kesehatan"),
    ("PEREKAM MEDIS", "kesehatan"),
    ("TEKNOLOGI LABORATORIUM", "kesehatan"),
    ("TEKNOLOGI BANK DARAH", "kesehatan"),
    ("TEKNIK ELEKTROMEDIS", "kesehatan"),
    ("TEKNIK RADIODIAGNOSTIK", "kesehatan"),
    ("KESELAMATAN DAN KESEHATAN KERJA", "kesehatan"),
    ("PROMOSI DAN PENDIDIKAN KESEHATAN", "kesehatan"),  # a Poltekkes D-III, not teacher training
    # Kimia is a MIPA (ilmu alam) programme, UU 12/2012 Pasal 10; its applied schools' programmes are engineering
    ("TEKNOLOGI KIMIA", "teknik"),
    ("KIMIA TEKSTIL", "teknik"),
    ("TEKNOLOGI PERTANIAN", "pertanian"),
    ("TEKNIK PERTANIAN", "pertanian"),
    ("TEKNOLOGI HASIL PERTANIAN", "pertanian"),
    ("TEKNOLOGI PANGAN", "pertanian"),
    ("TEKNOLOGI HASIL PERIKANAN", "perikanan kelautan"),
    # the fisheries schools' "Teknik" programmes (SSCASN 2024: 70-80 % of what their formations accept is fisheries)
    ("BUDIDAYA PERIKANAN", "perikanan kelautan"),
    ("PENANGKAPAN IKAN", "perikanan kelautan"),
    ("PRODUK PERIKANAN", "perikanan kelautan"),
    ("TEKNOLOGI HASIL HUTAN", "pertanian"),
    ("KESEHATAN HEWAN", "pertanian"),
    ("KEDOKTERAN HEWAN", "pertanian"),
    ("HUBUNGAN MASYARAKAT", "komunikasi"),
    ("HUBUNGAN INTERNASIONAL", "sosial politik"),
    ("PERENCANAAN WILAYAH", "teknik"),
    ("SEKOLAH DASAR", "pendidikan"),
    ("BUDIDAYA TANAMAN", "pertanian"),
    ("BUDIDAYA PERTANIAN", "pertanian"),
    ("BUDIDAYA TERNAK", "pertanian"),
    ("AGRIBISNIS PERIKANAN", "perikanan kelautan"),
    ("AGROBISNIS PERIKANAN", "perikanan kelautan"),
    # IPDN's Studi Kependudukan dan Pencatatan Sipil (Dukcapil), not civil engineering (groups4, h29)
    ("PENCATATAN SIPIL", "sosial politik"),
    ("CATATAN SIPIL", "sosial politik"),
    # MSDM prepares for kepegawaian: the SSCASN 2024 ASDMA formations accept it beside Administrasi Negara/Publik
    # and Kebijakan Publik (groups4, h29)
    ("MANAJEMEN SUMBER DAYA MANUSIA", "sosial politik"),
    ("PENGEMBANGAN SUMBER DAYA MANUSIA", "sosial politik"),
    # Sosial Ekonomi Pertanian is the old name of Agribisnis (SK Dirjen Dikti 163/2007); the economics of a farm
    # sector is that sector's programme, as SSCASN 2024 formations accept it (groups4, h29)
    ("EKONOMI PERTANIAN", "pertanian"),
    ("EKONOMI PETERNAKAN", "pertanian"),
    ("EKONOMI PERIKANAN", "perikanan kelautan"),
    ("MANAJEMEN SYARIAH", "ekonomi"),  # Islamic business management, as Ekonomi/Perbankan Syariah
    # Kemendikbudristek, Daftar Rumpun, Pohon, dan Cabang Ilmu (05 Juni 2024; "Rumpun Kemendikbudristek 2024" below):
    # Administrasi Rumah Sakit is a cabang of pohon Kesehatan (rumpun terapan), not of Sosial; Teknik Transfusi Darah
    # of Ilmu Kesehatan (SSCASN 2024: its 20 formations accept health programmes beside it); Kesejahteraan Hewan of
    # Peternakan; Perencanaan Kepariwisataan of Perencanaan Wilayah; Permesinan Kapal of Sistem Perkapalan (groups13, h33)
    ("BIOMEDIS VETERINER", "pertanian"),  # veterinary, as Kedokteran Hewan in this table (BIOMEDIS is medicine)
    ("RUMAH SAKIT", "kesehatan"),
    ("TRANSFUSI DARAH", "kesehatan"),
    ("KESEJAHTERAAN HEWAN", "pertanian"),
    ("PERENCANAAN KEPARIWISATAAN", "teknik"),
    ("PERMESINAN KAPAL", "teknik"),
    # Manajemen Industri is a cabang of pohon Bisnis-Manajemen in that list, and the SSCASN 2024 formations that accept
    # it accept management programmes beside it (22 of 37 others), while Teknik (dan) Manajemen Industri stays industrial
    # engineering
    ("TEKNIK DAN MANAJEMEN INDUSTRI", "teknik"),
    ("MANAJEMEN INDUSTRI", "ekonomi"),
    ("KETAHANAN NASIONAL", "sosial politik"),
)

_KEYWORDS: dict[str, tuple[str, ...]] = {
    "pendidikan": ("PENDIDIKAN", "KEGURUAN", "BIMBINGAN", "KONSELING", "TADRIS", "TARBIYAH", "PGSD", "PAUD"),
    "kesehatan": (
        "KESEHATAN", "KEPERAWATAN", "PERAWAT", "NERS", "KEBIDANAN", "BIDAN", "KEDOKTERAN", "DOKTER", "FARMASI",
        "APOTEKER", "GIZI", "SANITASI", "EPIDEMIOLOGI", "RADIOLOGI", "RADIODIAGNOSTIK", "RADIOTERAPI",
        "FISIOTERAPI", "OKUPASI", "AKUPUNKTUR", "OPTOMETRI", "REFRAKSI", "ANESTESI", "ANESTESIOLOGI", "GIGI",
        "ELEKTROMEDIS", "MEDIS", "MEDIK", "KLINIS", "BEDAH", "PENYAKIT", "KARDIOLOGI", "NEUROLOGI", "PSIKIATRI",
        "OBSTETRI", "OBGYN", "PEDIATRI", "ANAK", "JANTUNG", "PATOLOGI", "MIKROBIOLOGI", "PARASITOLOGI",
        "ORTOTIK", "PROSTETIK", "HERBAL", "JAMU", "ENTOMOLOGI", "KARDIOVASKULER", "KARDIOVASKULAR",
        "TERAPI", "WICARA", "ORTHOPAEDI", "ORTOPEDI", "DERMATOLOGI", "KULIT", "MATA", "PARU", "FORENSIK",
        "PULMONOLOGI", "RADIOLOGI", "IMUNOLOGI", "TOKSIKOLOGI", "HIPERKES", "PROMOSI", "TRANSFUSI",
        # Rumpun Kemendikbudristek 2024, pohon Kesehatan; SSCASN writes specialist programmes "SPESIALIS X"
        "SPESIALIS", "SUBSPESIALIS", "UROLOGI", "ONKOLOGI", "FARMAKOLOGI", "SARAF", "AUDIOLOGI", "BIOMEDIS",
        "BIOMEDIK", "VAKSINOLOGI", "THT",
    ),
    "komputer": (
        "INFORMATIKA", "KOMPUTER", "KOMPUTASI", "SIBER", "JARINGAN", "PERANGKAT", "MULTIMEDIA", "DIGITAL",
        "KECERDASAN", "DATA", "PEMROGRAMAN", "ROBOTIKA",
    ),
    "pertanian": (
        "PERTANIAN", "AGRIBISNIS", "AGROTEKNOLOGI", "AGROEKOTEKNOLOGI", "AGRONOMI", "AGROTEKNIK", "AGROINDUSTRI",
        "HORTIKULTURA", "TANAMAN", "TANAH", "PERKEBUNAN", "KEHUTANAN", "HUTAN", "PETERNAKAN", "TERNAK",
        "HEWAN", "VETERINER", "PERTANAHAN", "PANGAN", "BENIH", "PENYULUHAN", "AGROFORESTRI", "PROTEKSI",
        "HAMA", "TUMBUHAN", "SAWIT", "KELAPA", "AGROTEKNOLOGI", "AGROWISATA", "PERLINDUNGAN", "AGROBISNIS",
        "AGRO", "LAHAN", "SILVIKULTUR", "FITOPATOLOGI",  # Rumpun Kemendikbudristek 2024: Kehutanan, Ilmu Pertanian
    ),
    "perikanan kelautan": (
        "PERIKANAN", "KELAUTAN", "PERAIRAN", "AKUAKULTUR", "BUDIDAYA", "IKAN", "OSEANOGRAFI", "LAUT",
        "PESISIR", "MARITIM", "NAUTIKA", "BAHARI", "PELAYARAN", "AKUATIK",
    ),
    "teknik": (
        "TEKNIK", "REKAYASA", "ARSITEKTUR", "SIPIL", "MESIN", "ELEKTRO", "ELEKTRONIKA", "INDUSTRI",
        "GEODESI", "GEOMATIKA", "PERTAMBANGAN", "TAMBANG", "METALURGI", "PERKAPALAN", "LISTRIK", "ENERGI",
        "OTOMOTIF", "KONSTRUKSI", "BANGUNAN", "PLANOLOGI", "PERENCANAAN", "TEKNOLOGI", "TRANSPORTASI",
        "PERHUBUNGAN", "LALU", "LALULINTAS", "PENERBANGAN", "PERKERETAAPIAN", "GEOLOGI", "INSTRUMENTASI",
        "TELEKOMUNIKASI", "NUKLIR", "MEKATRONIKA", "LINGKUNGAN", "PENGAIRAN",
        # Rumpun Kemendikbudristek 2024: Rekayasa Dirgantara, Sistem Perkapalan, Mesin, Geomatika
        "AERONAUTIKA", "DIRGANTARA", "KAPAL", "KENDARAAN", "MANUFAKTUR", "PEMETAAN", "PENGINDERAAN",
    ),
    "ekonomi": (
        "EKONOMI", "MANAJEMEN", "AKUNTANSI", "KEUANGAN", "PERBANKAN", "BISNIS", "PERPAJAKAN", "PAJAK",
        "NIAGA", "PEMASARAN", "KOPERASI", "AKTUARIA", "PERDAGANGAN", "ASURANSI", "KEWIRAUSAHAAN", "LOGISTIK",
        "PARIWISATA", "PERHOTELAN", "PERKANTORAN", "SEKRETARIS", "SEKRETARI", "ASET",
        "WISATA", "EKOWISATA", "KEPARIWISATAAN", "REKREASI", "KONVENSI",  # Rumpun Kemendikbudristek 2024: Pariwisata
    ),
    "hukum": ("HUKUM", "SYARIAH", "JINAYAH", "SIYASAH", "MUAMALAH", "KENOTARIATAN", "PERUNDANG", "PARALEGAL", "PIDANA"),
    "komunikasi": (
        "KOMUNIKASI", "JURNALISTIK", "PUBLISISTIK", "PENYIARAN", "BROADCASTING", "PERIKLANAN", "HUMAS", "PENERBITAN",
    ),
    "psikologi": ("PSIKOLOGI", "PSIKOMETRI"),
    "sosial politik": (
        "ADMINISTRASI", "PEMERINTAHAN", "POLITIK", "SOSIOLOGI", "SOSIAL", "KESEJAHTERAAN", "KEBIJAKAN",
        "PUBLIK", "NEGARA", "KEARSIPAN", "PERPUSTAKAAN", "KEPUSTAKAAN", "INFORMASI", "KEPENDUDUKAN",
        "ANTROPOLOGI", "KRIMINOLOGI", "PEMBANGUNAN", "KEPOLISIAN", "DIPLOMASI", "PERTAHANAN", "SOSIATRI",
        "GENDER", "DOKUMENTASI", "PERPOLISIAN", "PAMONG", "PRAJA", "DEMOGRAFI", "APARATUR", "PERSONALIA",
        "MILITER", "KONFLIK", "ARSIP",  # Rumpun Kemendikbudristek 2024: Pertahanan, Sosial, Sains Informasi
    ),
    "agama": (
        "AGAMA", "ISLAM", "TEOLOGI", "DAKWAH", "USHULUDDIN", "TAFSIR", "HADIS", "HADITS", "AQIDAH", "FILSAFAT",
        "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU", "ZAKAT", "WAKAF", "HAJI", "QURAN", "AL",
    ),
    "sains": (
        "MATEMATIKA", "FISIKA", "KIMIA", "BIOLOGI", "STATISTIKA", "STATISTIK", "GEOGRAFI", "ASTRONOMI",
        "BIOTEKNOLOGI", "BIOINFORMATIKA", "SAINS", "MIPA", "BIOKIMIA", "METEOROLOGI", "KLIMATOLOGI",
        "GEOFISIKA", "MATERIAL", "GENETIKA", "EKOLOGI", "AKTUARIA",
        "KEBUMIAN", "HIDROLOGI", "BIOFISIKA", "LOGIKA",  # Rumpun Kemendikbudristek 2024: ilmu alam and ilmu formal
    ),
    "bahasa seni budaya": (
        "BAHASA", "SASTRA", "LINGUISTIK", "SENI", "DESAIN", "MUSIK", "TARI", "KRIYA", "TEATER", "FILM",
        "SEJARAH", "ARKEOLOGI", "BUDAYA", "KEBUDAYAAN", "ETNOMUSIKOLOGI", "FOTOGRAFI", "ANIMASI",
        "INGGRIS", "ARAB", "JEPANG", "MANDARIN", "JERMAN", "PERANCIS", "KOREA", "BELANDA", "INDONESIA",
        "JAWA", "SUNDA", "BALI", "MINANGKABAU", "KEOLAHRAGAAN", "OLAHRAGA", "TATA", "BUSANA", "KECANTIKAN",
        "KULINER", "BOGA", "PERPUSTAKAAN", "SUSASTRA",
    ),
}  # fmt: skip

_HEADS: dict[str, str] = {}
for _family in FAMILIES:
    for _word in _KEYWORDS[_family]:
        _HEADS.setdefault(_word, _family)
# head words that are too generic to decide alone: fall through to the any-word scan
_GENERIC_HEADS = frozenset(
    {"TEKNOLOGI", "MANAJEMEN", "PENGELOLAAN", "ADMINISTRASI", "KAJIAN", "STUDI", "SAINS", "DATA",
     "PERENCANAAN", "TATA", "PEMBANGUNAN", "PENYULUHAN", "PERLINDUNGAN", "ANAK", "INFORMASI", "DIGITAL",
     "KEBIJAKAN", "PROMOSI", "TERAPI", "AL", "BUDIDAYA"}
)  # fmt: skip


#: ties across families: a pure science and its engineering programme ("KIMIA" in sains, "TEKNIK KIMIA" in teknik)
#: are serumpun of each other though their families differ. SSCASN 2024: 20 of 20 formations that accept S-1 Kimia
#: accept S-1 Teknik Kimia and the reverse (Karantina, BIN); Geofisika and Teknik Geofisika alike (review11 #5, h29).
#: A programme is tied by its discipline word: the head word, or the word after TEKNIK / TEKNOLOGI ("PENDIDIKAN
#: KIMIA" and "BIOKIMIA" are not)
_TIE_WORDS = frozenset({"KIMIA", "FISIKA", "GEOFISIKA"})
_APPLIED_HEADS = frozenset({"TEKNIK", "TEKNOLOGI", "REKAYASA"})
#: a programme that keeps a second family: MSDM is a concentration of Manajemen (S-1 Manajemen and Ekonomi
#: Manajemen are its serumpun, as before groups4) while it stays in sosial politik beside Administrasi Negara
_ALSO_FAMILY: tuple[tuple[str, str], ...] = (("MANAJEMEN SUMBER DAYA MANUSIA", "ekonomi"),)


@lru_cache(maxsize=65536)
def family_ties(key: str) -> frozenset[str]:
    """The ties of a canonical programme key across families (:data:`_TIE_WORDS`, :data:`_ALSO_FAMILY`): two
    programmes sharing one are serumpun whatever their families."""
    words = key.split()
    if words and words[0] in _APPLIED_HEADS:
        words = words[1:]
    ties = {words[0]} & _TIE_WORDS if words else set()
    padded = f" {key} "
    ties.update(family for phrase, family in _ALSO_FAMILY if f" {phrase} " in padded)
    return frozenset(ties)


@lru_cache(maxsize=65536)
def family_of_key(key: str) -> str | None:
    """Return the family of a canonical programme key (see the module docstring)."""
    if not key:
        return None
    padded = f" {key} "
    for phrase, family in _PHRASES:
        if f" {phrase} " in padded:
            return family
    if key in _specialty_keys():  # "UROLOGI", "PERIODONSIA": a specialty of KKI's list is medicine (groups13, h33)
        return "kesehatan"
    words = key.split()
    head = words[0]
    if head in _HEADS and head not in _GENERIC_HEADS:
        return _HEADS[head]
    # a generic head word ("MANAJEMEN", "STUDI") is narrowed by the specific words after it; the generic
    # words decide only when no specific word does ("MANAJEMEN ADMINISTRASI", "TEKNOLOGI PENDINGIN DAN TATA UDARA")
    specific = set(words).difference(_GENERIC_HEADS) if head in _GENERIC_HEADS else set()
    for present in (specific, set(words)):
        for family in FAMILIES:
            if present.intersection(_KEYWORDS[family]):
                return family
    return _family_of_misspelt(words)


@lru_cache(maxsize=1)
def _specialty_keys() -> frozenset[str]:
    """The programme keys of the medical and dental specialties named by specialist titles (``gelar_spesialis`` rows of
    ``pendidikan_program.csv``, source ``kki``): each is medicine whatever its words say."""
    from asn_mutasi.domain.gelar import SPECIALTY_NAMES
    from asn_mutasi.matching.programme import programme_key

    return frozenset(programme_key(name) for name in SPECIALTY_NAMES)


def build_tables() -> None:
    """Build the tables :func:`family_of_key` reads on first use (the specialty keys, 0.03 s), e.g. in a thread
    ahead of the plan (:func:`~asn_mutasi.matching.scoring.warm_post_classes`)."""
    _specialty_keys()


#: keywords long enough that a one-letter slip cannot turn them into another word
_LONG_KEYWORDS: tuple[str, ...] = tuple(sorted({w for f in FAMILIES for w in _KEYWORDS[f] if len(w) >= 7}))


def _family_of_misspelt(words: list[str]) -> str | None:
    """4. A misspelt keyword ("KEPERAWATN"): the head word first, then any word, by similarity ≥ 90."""
    from rapidfuzz import fuzz, process

    for word in sorted(words, key=lambda w: w != words[0]):
        if len(word) < 7:
            continue
        found = process.extractOne(word, _LONG_KEYWORDS, scorer=fuzz.ratio, score_cutoff=90.0)
        if found is not None:
            return _HEADS[found[0]]
    return None


# --- competence relevance: the field of a post that states no programme requirement -------------
#
# One field classification of a post serves both experience relatedness and education relevance:
# :func:`asn_mutasi.domain.rumpun.classify_position` (JF catalogue first, then the post name's field
# phrases, then the unit's sector; data in jabatan_fungsional.csv and jabatan_bidang.json). The
# programme families above are mapped onto its field ids by ``bidang_program_studi`` in
# jabatan_bidang.json. The field "umum" (tata usaha, perkantoran) names no particular field.

#: the field id of posts of no particular field (relevance ``umum``)
BIDANG_UMUM = "umum"


@lru_cache(maxsize=65536)
def post_family(
    nama_jabatan: str | None, unit_kerja: str | None = None, jenis_jabatan: str | None = None
) -> str | None:
    """Return the field id of a post (``None``: no particular field); see :func:`classify_position`."""
    from asn_mutasi.domain.rumpun import classify_position

    bidang = classify_position(nama_jabatan or "", unit_kerja or "", jenis_jabatan or "").bidang
    return None if bidang in (None, BIDANG_UMUM) else bidang


@lru_cache(maxsize=1)
def _programme_fields() -> tuple[tuple[str, ...], tuple[str, ...], np.ndarray]:
    """Programme families, field ids and the boolean matrix family × field "prepares for"."""
    from asn_mutasi.domain.rumpun import field_ids, programme_fields

    fields = field_ids()
    mapping = programme_fields()
    table = np.zeros((len(FAMILIES) + 1, len(fields) + 1), dtype=bool)  # last row/col: unknown
    for i, family in enumerate(FAMILIES):
        for field in mapping.get(family, ()):
            table[i, fields.index(field)] = True
    return FAMILIES, fields, table


def _codes(values: np.ndarray, vocabulary: tuple[str, ...]) -> np.ndarray:
    """Integer codes of ids in ``vocabulary`` (``len(vocabulary)`` for None or unknown), on distinct values."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
    index = {v: i for i, v in enumerate(vocabulary)}
    lookup = np.asarray([index.get(u, len(vocabulary)) for u in uniques] + [len(vocabulary)], dtype=np.int64)
    return lookup[codes]  # the sentinel -1 picks the appended "unknown"


def field_relevance(
    employee_family: np.ndarray, position_family: np.ndarray, *, umum: float, lain: float
) -> np.ndarray:
    """Return the relevance (0..1) of employees' education to posts without a programme requirement.

    ``employee_family`` holds programme families (:data:`FAMILIES`), ``position_family`` field ids
    of :func:`post_family` (``None`` = unknown / no particular field), one entry per pair. An
    education that prepares for the post's field (``bidang_program_studi``) 1.0; a post of no
    particular field ``umum``; a post of another field ``lain``; an employee whose field is unknown
    half-way between ``lain`` and 1.0 at a field post.
    """
    families, fields, table = _programme_fields()
    emp = _codes(np.asarray(employee_family, dtype=object), families)
    pos = _codes(np.asarray(position_family, dtype=object), fields)
    has_field = pos < len(fields)
    known = emp < len(families)
    same = table[emp, pos]
    out = np.full(len(pos), float(umum))
    out[has_field] = (1.0 + lain) / 2.0
    out[has_field & known] = lain
    out[same] = 1.0
    return out


class RelevanceIndex:
    """Field families of employees' education and of posts, computed once per distinct education and post."""

    def __init__(
        self,
        education: tuple[np.ndarray, list[tuple[str | None, str | None]], list[str | None]],
        posts: tuple[np.ndarray, np.ndarray, np.ndarray],
        *,
        umum: float,
        lain: float,
    ) -> None:
        """``education``: the scoring context's education id per employee, (level, programme) and the name
        (titles, only where level or programme is missing) per id; ``posts``: name, unit and jenis per post."""
        from asn_mutasi.matching.education import education_family

        self.umum, self.lain = umum, lain
        edu, keys, names = education
        fams = [education_family(level, prog, nama) for (level, prog), nama in zip(keys, names, strict=True)]
        self.emp = np.asarray(fams, dtype=object)[edu] if len(edu) else np.empty(0, dtype=object)
        codes, first = row_groups(*posts)
        post_names, units, kinds = posts
        fams = [post_family(post_names[i], units[i], kinds[i]) for i in first.tolist()]
        self.pos = np.asarray(fams, dtype=object)[codes] if len(codes) else np.empty(0, dtype=object)

    def score(self, emp: np.ndarray, pos: np.ndarray) -> np.ndarray:
        """Relevance of each (employee row, position row) pair."""
        return field_relevance(self.emp[emp], self.pos[pos], umum=self.umum, lain=self.lain)
