"""Parse small coded fields: jenis kelamin, status kepegawaian, predikat kinerja, yes/no flags.

Every parser returns ``None`` for an empty cell and for a value it cannot read, so the
caller decides whether that deserves a finding.
"""

from __future__ import annotations

import functools
import math
import numbers
import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")
_PARENS = re.compile(r"\([^()]*\)")

#: Cyrillic and Greek letters drawn like a Latin one (Unicode's confusables for the letters of coded words): a
#: "DITОLAK" or "АKTIF" typed or pasted with them matched nothing and was only called unknown (hostile6, h32)
_LOOK_ALIKE = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеіјоросухѕԁһԛԝӏ"  # Cyrillic
    "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧανορτυχι",  # Greek
    "ABESIJKMHOPCTXYaeijopocyxsdhqwlABEZHIKMNOPTYXavoptuxi",
)
_LOOK_ALIKE_CHARS = frozenset(chr(c) for c in _LOOK_ALIKE)


def fold_look_alikes(text: str) -> str:
    """``text`` with each Cyrillic or Greek letter drawn like a Latin one (:data:`_LOOK_ALIKE`) made that Latin
    letter, and compatibility forms (full-width "ＡＫＴＩＦ", ligatures) made plain (NFKC); ASCII text as it is."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKC", text).translate(_LOOK_ALIKE)


def look_alike_letters(text: object) -> list[str]:
    """The distinct letters of ``text`` that only look Latin (:data:`_LOOK_ALIKE`), in order, each named with its code
    point and script as the analyst reads them ("О Kiril (U+041E)", "Α Yunani (U+0391)"); none for ASCII text or no
    text."""
    if not isinstance(text, str) or text.isascii():
        return []
    seen = dict.fromkeys(c for c in text if c in _LOOK_ALIKE_CHARS)
    return [f"{c} {_script(c)} (U+{ord(c):04X})" for c in seen]


def _script(letter: str) -> str:
    """The script of a look-alike letter (:data:`_LOOK_ALIKE`: Cyrillic or Greek) in Bahasa Indonesia."""
    return "Kiril" if unicodedata.name(letter, "").startswith("CYRILLIC") else "Yunani"


def _key(value: object) -> str | None:
    """Return a comparable key of a cell: casefolded words, or the integer of a whole number."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, numbers.Real):
        number = float(value)
        if math.isnan(number) or math.isinf(number):
            return None
        return str(int(number)) if number == int(number) else str(number)
    if not isinstance(value, str):
        return None
    key = " ".join(_NON_WORD.sub(" ", fold_look_alikes(value).casefold()).split())
    return key or None


_JENIS_KELAMIN: dict[str, str] = {
    **dict.fromkeys(("l", "lk", "laki", "laki laki", "lelaki", "pria", "m", "male", "1"), "L"),
    **dict.fromkeys(("p", "pr", "pr p", "perempuan", "wanita", "w", "f", "female", "2"), "P"),
}


def parse_jenis_kelamin(v: object) -> str | None:
    """Return ``"L"`` or ``"P"`` from L/P, Laki-laki/Perempuan, Pria/Wanita, M/F (SIASN) or 1/2."""
    key = _key(v)
    return _JENIS_KELAMIN.get(key) if key else None


#: the status of a row that is no ASN (an honorary, contract or day worker listed beside the ASN)
NON_ASN = "NON ASN"
_NOT_ASN_WORDING = re.compile(r"\b(?:non|bukan)\s*(?:pns|asn|pppk|p3k|pegawai negeri|aparatur)\b")
_ASN_WORDING = re.compile(
    r"\b(?:c?pns|pppk|p3k|asn|perjanjian kerja|pegawai negeri sipil|calon pegawai negeri sipil)\b"
)
_NON_ASN = re.compile(
    r"\b(?:phl|thl|ptt|gtt|gty|pty|tkk|tks|ppnpn|honorer|honorarium|honor|honda|outsourcing|alih daya|kontrak"
    r"|harian lepas|tenaga harian|magang|sukarela|sukwan"
    # the same written out: PTT/GTT, GTY/PTY, wiyata bakti (a school's own teachers), day and support workers
    r"|tidak tetap|tetap yayasan|wiyata bakti|pramubakti|pekerja lepas|tenaga lepas|tenaga pendukung|relawan"
    # a BLUD's own staff (RSUD, puskesmas), TKHL, and an RSUD importer's NABAN (its mapping: NON ASN)
    r"|blud|b l u d|badan layanan umum|tkhl|naban|pegawai harian|tenaga bantu)\b"
)


#: the words of a post, sub-post or unit cell that place a worker outside the ASN: "STAFF NON ASN BIDANG X" (a Dinas
#: Sosial roster's SUB JABATAN; nonasn28, h37), "Tenaga Harian Lepas", "Honorer", "PPNPN", "Tenaga Kontrak". Narrower
#: than :data:`_NON_ASN`: a unit may be a BLUD, a post may be "Pengelola Kontrak" or "Tenaga Pendukung"
@functools.cache
def _NON_ASN_POST() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:honorer|honda|ppnpn|thl|phl|tkhl|ptt|gtt|harian lepas"
        r"|(?:tenaga|pegawai|staf|staff|karyawan|petugas) kontrak|outsourcing|alih daya)\b|^kontrak\b"
    )


def post_says_non_asn(v: object) -> bool:
    """Whether a post, sub-post or unit cell says its worker is no ASN ("STAFF NON ASN SEKRETARIAT", "NON-ASN",
    "Honorer", "Tenaga Harian Lepas", "PPNPN", "Kontrak"); "STAFF ASN …" and "PPPK …" are ASN wording. The wording
    a unit or a task is about says nothing of its worker (:func:`_wording_of_subject`)."""
    key = _key(v)
    if not key or not isinstance(v, str):
        return False
    segments = [k for k in map(_key, _CELL_PART.split(v)) if k]
    if any(_unmanaged(_NOT_ASN_WORDING, part) for part in segments):
        return True
    return any(_unmanaged(_NON_ASN_POST(), part) for part in segments) and not _ASN_WORDING.search(key)


#: what parts a post or unit cell: a unit path's bar, a slash, a bracket, a comma, a dash with spaces around it
_CELL_PART = re.compile(r"\s*(?:[|;,/()\n]|\s-\s)\s*")
#: a unit's head word right before its subject, or after a first subject and "dan": "Seksi Tenaga Kontrak",
#: "Direktorat Non Aparatur Negara", "Sub Bagian Kepegawaian dan Tenaga Honorer"
_UNIT_HEAD = re.compile(
    r"\b(?:direktorat|subdirektorat|deputi|biro|bagian|subbagian|subbag|seksi|subseksi|bidang|subbidang|urusan)"
    r"(?: \w+(?: \w+)? dan)? $"
)
#: a task's head word up to two words before its subject: "Pengelola Data Tenaga Honorer"
_TASK_HEAD = re.compile(r"\b(?:pengelola|pengadministrasi|analis|penyusun|verifikator|pengolah)(?: \w+){0,2} $")
#: a group of workers named as a noun ("tenaga honorer"): the noun's word, then the wording
_WORKER_NOUN = re.compile(r"\b(?:tenaga|pegawai|staf|staff|karyawan|petugas) $")


def _unmanaged(pattern: re.Pattern[str], part: str) -> bool:
    """Whether a cell part's non-ASN wording (``pattern``) says its worker's status: not the subject of a unit or a
    task written before it (:func:`_wording_of_subject`)."""
    return any(not _wording_of_subject(part, m) for m in pattern.finditer(part))


def _wording_of_subject(part: str, match: re.Match[str]) -> bool:
    """Whether non-ASN wording names, as a group of workers, the subject of the unit or the task written before it:
    "Direktorat Non Aparatur Negara" (an intelligence agency's directorate in the 2024 SSCASN posts), "Seksi Tenaga
    Kontrak", "Pengelola Data Tenaga Honorer" (reviewF, h38: an ASN there read as an honorary worker, or was warned
    status-beda-jabatan). "Guru Honorer", "Bidang Umum Honorer", "STAFF NON ASN BIDANG X", "Pengadministrasi Umum Non
    ASN" stay the worker's status."""
    before, said = part[: match.start()], match.group(0)
    if (noun := _WORKER_NOUN.search(before)) is not None:
        before, said = before[: noun.start()], noun.group(0) + said
    if said.startswith(("non", "bukan")):
        return _UNIT_HEAD.search(before) is not None
    worker = _WORKER_NOUN.match(said.split(" ", 1)[0] + " ") is not None
    return worker and (_UNIT_HEAD.search(before) is not None or _TASK_HEAD.search(before) is not None)


#: "ASN" alone: an ASN whose kind (PNS or PPPK) the cell does not say, no unknown status
_BARE_ASN = frozenset({"asn", "a s n", "aparatur sipil negara"})


def is_bare_asn(v: object) -> bool:
    """Whether a status cell says only "ASN" / "Aparatur Sipil Negara": no kind, but no unknown status either."""
    return _key(v) in _BARE_ASN


def parse_status_kepegawaian(v: object) -> str | None:
    """Return ``PNS``, ``CPNS`` or ``PPPK``, or :data:`NON_ASN` for a worker who is none of them ("Non PNS", "PHL",
    "Honorer", "Tenaga Kontrak", "THL"); other statuses (``Aktif``, ``CLTN`` …) give None.

    ``C``/``P`` are read as CPNS/PNS because SIASN's ``STATUS CPNS PNS`` column uses
    them. SIASN kedudukan hukum ids (``01``, ``71``) are not guessed. "PPPK Paruh Waktu" is PPPK (an ASN).
    """
    key = _key(v)
    if not key:
        return None
    # "Non PNS", "Honorer", "PHL", "GTY/PTY" are no ASN; "PPPK Kontrak", "PNS Kontrak", "CPNS (Magang)" are
    if _NOT_ASN_WORDING.search(key) or (_NON_ASN.search(key) and not _ASN_WORDING.search(key)):
        return NON_ASN
    if key == "c" or re.search(r"\b(?:cpns|calon pns|calon pegawai negeri sipil)\b", key):
        return "CPNS"
    if re.search(r"\b(?:pppk|p3k|perjanjian kerja)\b", key):
        return "PPPK"
    if key == "p" or re.search(r"\b(?:pns|pegawai negeri sipil)\b", key):
        return "PNS"
    return None


#: a request's verdict in a formasi/usulan list (rumahASN's "STATUS", an e-formasi's "Status Verifikasi"): a refusal
#: first ("Tidak Disetujui" holds "Disetujui"), then still open ("Belum Disetujui", "Menunggu", "Perbaikan",
#: "Dikembalikan"; "Diusulkan", "Dikirim", "Ditunda": proposed, sent or put off, not decided yet, as OPD recaps
#: write an open proposal; reviewE h38), then approved ("Disetujui", "Sudah Disetujui", "Diterima")
USULAN_DITOLAK = "Ditolak"
_USULAN = (
    (
        re.compile(
            r"\b(?:ditolak|tolak|tidak (?:disetujui|diterima|setuju|memenuhi syarat|lolos|valid)|tms|dibatalkan|batal"
            r"|rejected)\b"
        ),
        USULAN_DITOLAK,
    ),
    (
        # "Dikembalikan" (BKN/KemenPANRB send a request back to the instansi to be corrected and sent again; rumahASN,
        # SIASN layanan): still open, not refused (real8, h31)
        re.compile(
            r"\b(?:belum|menunggu|proses|diproses|perbaikan|revisi|draft|diajukan|pending|verifikasi|dikembalikan"
            r"|kembalikan|diusulkan|usul|dikirim|terkirim|ditunda|tunda|ditangguhkan)\b"
        ),
        "Proses",
    ),
    (
        re.compile(r"\b(?:disetujui|setuju|diterima|acc|approved|terverifikasi|diverifikasi|valid|ditetapkan)\b"),
        "Disetujui",
    ),
)


def parse_status_usulan(v: object) -> str | None:
    """Return ``Ditolak``, ``Proses`` or ``Disetujui`` for the verdict on a formasi request, None when the cell says
    none of them (a peta's "SESUAI"/"KURANG" is no verdict)."""
    key = _key(v)
    if not key:
        return None
    return next((name for pattern, name in _USULAN if pattern.search(key)), None)


_PREDIKAT: dict[str, str] = {
    **dict.fromkeys(("sangat baik", "amat baik", "sb"), "Sangat Baik"),
    **dict.fromkeys(("baik", "b"), "Baik"),
    # "Cukup" (old SKP 61-75) is the nearest old category to "Butuh Perbaikan"
    **dict.fromkeys(("butuh perbaikan", "perlu perbaikan", "cukup", "bp"), "Butuh Perbaikan"),
    # old 51-60 "Sedang"; "Kurang (misconduct)" in PermenPANRB 6/2022
    **dict.fromkeys(("kurang", "sedang", "misconduct", "kurang misconduct", "k"), "Kurang"),
    **dict.fromkeys(("sangat kurang", "buruk", "sk"), "Sangat Kurang"),
}
_NUMBER = re.compile(r"^\d{1,3}(?:[.,]\d+)?$")


def predikat_from_score(score: float) -> str | None:
    """Map an old numeric SKP/DP3 score (0–100) to today's predikat; None when out of range.

    Old categories (PP 46/2011): 91–100 Sangat Baik, 76–90 Baik, 61–75 Cukup, 51–60
    Kurang, ≤ 50 Buruk. Cukup → Butuh Perbaikan and Buruk → Sangat Kurang are
    approximations (the 2022 predikat are not a rescaling of the old scores). A score
    between two bands (90.5) goes to the higher one.
    """
    if math.isnan(score) or not 0 <= score <= 100:
        return None
    if score > 90:
        return "Sangat Baik"
    if score > 75:
        return "Baik"
    if score > 60:
        return "Butuh Perbaikan"
    if score > 50:
        return "Kurang"
    return "Sangat Kurang"


def parse_predikat(v: object) -> str | None:
    """Return a canonical predikat kinerja (``schema.PREDIKAT_KINERJA``) from text or an old score."""
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, numbers.Real):
        return predikat_from_score(float(v))
    if not isinstance(v, str):
        return None
    text = v.strip()
    if _NUMBER.match(text):
        return predikat_from_score(float(text.replace(",", ".")))
    words = _key(_PARENS.sub(" ", text))
    full = _key(text)
    for key in (full, words):
        if key and key in _PREDIKAT:
            return _PREDIKAT[key]
    return None


#: the three ratings of PermenPANRB 6/2022 (rating hasil kerja, rating perilaku kerja), as SIASN/e-Kinerja spell them
#: ("DIATAS EKSPEKTASI", "Di Atas Ekspektasi", "SESUAI EKSPEKTASI", "DIBAWAH EKSPEKTASI")
_RATING = re.compile(r"^(?:rating\s+)?(?P<level>di\s*atas|sesuai|di\s*bawah)\s+ekspektasi$")
ABOVE, AS_EXPECTED, BELOW = "di atas", "sesuai", "di bawah"

#: predikat kinerja from (rating hasil kerja, rating perilaku kerja): the matrix of PermenPANRB 6/2022 — results
#: below expectation give Butuh Perbaikan, behaviour below it Kurang (misconduct), both below Sangat Kurang, both above
#: Sangat Baik, the rest Baik (domain.md §5.5; the same matrix in the e-Kinerja helpers of public SKP apps)
_MATRIX: dict[tuple[str, str], str] = {
    (ABOVE, ABOVE): "Sangat Baik",
    (ABOVE, AS_EXPECTED): "Baik",
    (AS_EXPECTED, ABOVE): "Baik",
    (AS_EXPECTED, AS_EXPECTED): "Baik",
    (BELOW, ABOVE): "Butuh Perbaikan",
    (BELOW, AS_EXPECTED): "Butuh Perbaikan",
    (ABOVE, BELOW): "Kurang",
    (AS_EXPECTED, BELOW): "Kurang",
    (BELOW, BELOW): "Sangat Kurang",
}


def parse_rating(v: object) -> str | None:
    """Return ``"di atas"``, ``"sesuai"`` or ``"di bawah"`` for a rating cell ("DIATAS EKSPEKTASI"), else None.

    A rating is no predikat: SIASN's rw-skp22 writes the two ratings (``hasilKinerja``, ``perilakuKerja``) beside the
    predikat (``kuadranKinerja``)."""
    key = _key(v)
    match = _RATING.match(key) if key else None
    if match is None:
        return None
    level = match.group("level")
    return AS_EXPECTED if level == "sesuai" else ABOVE if level.endswith("atas") else BELOW


def predikat_from_ratings(hasil: object, perilaku: object) -> str | None:
    """The predikat kinerja of a rating hasil kerja and a rating perilaku kerja (:data:`_MATRIX`); None unless both
    cells are ratings."""
    h, p = parse_rating(hasil), parse_rating(perilaku)
    return _MATRIX.get((h, p)) if h is not None and p is not None else None


_FALSE = frozenset(
    {"tidak", "t", "tdk", "no", "n", "false", "0", "tidak ada", "nihil", "none", "bebas", "belum", "bukan", "selesai"}
)
_TRUE = frozenset({"ya", "y", "iya", "yes", "true", "1", "aktif", "ada", "sedang", "berat", "ringan"})
_EMPTY = frozenset({"", "-", "--", "nan", "null"})
#: a cell that says "none" with a dash: GOL "-" of a non-ASN row, JABATAN STRUKTURAL "-" of a JF holder
DASHES = frozenset({"-", "--", "---", "\u2013", "\u2014"})
#: the unit words a count of people is written with ("2 org", "3 orang", "1 pegawai", "4 pgw", "2 jiwa"): one list for
#: a count read as a number (:data:`COUNT_WITH_UNIT`) and a subtotal's count row (``io.readers``)
COUNT_UNITS = r"(?:org|orang|pegawai|pgw|jiwa)"
#: a count of people written with its unit and/or spelled out, as decrees' lampiran print it: "2 org", "3 orang",
#: "1 pegawai", "1 (satu)", "2 (dua) orang"; group 1 is the number
COUNT_WITH_UNIT = re.compile(
    rf"^\s*(\d+)\s*(?:{COUNT_UNITS}\.?)?\s*(?:\(\s*([^\W\d_]+(?:\s+[^\W\d_]+)*)\s*\))?\s*"
    rf"(?:{COUNT_UNITS}\.?)?\s*$",
    re.IGNORECASE,
)
#: the Indonesian number words from one to eleven, in order: a count spelled out ("1 (satu)"), a unit's closing number
#: ("SD Negeri Satu", :mod:`~asn_mutasi.domain.jabatan`), years of experience (:mod:`~asn_mutasi.domain.syarat_pengalaman`)
NUMBER_WORDS: dict[str, int] = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    "sepuluh": 10, "sebelas": 11,
}  # fmt: skip
#: the words that scale the digit before them ("dua puluh", "tiga ratus"); "belas" adds ten ("dua belas")
_SCALES = {"puluh": 10, "ratus": 100}


def spelled_number(text: str) -> int | None:
    """The number ``text`` spells in Indonesian words ("dua" 2, "dua belas" 12, "dua puluh lima" 25, "seratus
    tiga" 103, "nol" 0), None when a word is no number word or two digits follow each other ("dua tiga")."""
    total, digit = 0, None
    for word in text.casefold().split():
        number = 0 if word == "nol" else NUMBER_WORDS.get(word, 100 if word == "seratus" else None)
        if number is not None and digit is None:
            if number >= 10:  # (sepuluh, sebelas, seratus: no digit goes before them)
                total += number
            else:
                digit = number
        elif word == "belas" and digit:
            total, digit = total + 10 + digit, None
        elif word in _SCALES and digit:
            total, digit = total + _SCALES[word] * digit, None
        else:
            return None
    return total + (digit or 0) if text.strip() else None


def count_with_unit(value: object) -> int | None:
    """The number of a count cell written with its unit or in words ("2 orang", "1 (satu)"), else None (a bare
    number is read as a number elsewhere, and a number whose words say another: "1 (dua)" cannot tell which is
    meant; review9, h32)."""
    if not isinstance(value, str) or (found := COUNT_WITH_UNIT.match(value)) is None:
        return None
    said = spelled_number(found.group(2)) if found.group(2) else None
    if said is not None and said != int(found.group(1)):
        return None
    return None if found.group(0).strip() == found.group(1) else int(found.group(1))


#: a cell of a field spread over columns that says "nothing here" (a dash, or a lone slash)
_NOTHING_MARKS = DASHES | {"/"}


#: words a cell says "none" with: an export's null ("null", "NULL": JSON or SQL turned into CSV; "None": Python's null
#: written as text; "nan", "NaN": pandas' missing value written as text, "nan Budi Santoso, NaN" from a title column,
#: hostile5, h31), and "Tidak Ada", the "none" option of a public SIMPEG seeder's gelar_depan list (spell7, h31: it
#: was written into the name, "Tidak Ada Budi Santoso")
_NOTHING_WORDS = frozenset({"null", "none", "nan", "tidak ada"})


def says_nothing(value: object) -> bool:
    """A cell that says "nothing here": blank, a dash, an export's null or the words "tidak ada"
    (:data:`_NOTHING_WORDS`; a SIASN rw-jabatan's namaJabatan "null" hid the functional post beside it, hostile round
    6, h26; a seeder's gelar_depan NULL was written into the name, review5, h31)."""
    return value is None or (
        isinstance(value, str)
        and (value.strip() in _NOTHING_MARKS or " ".join(value.casefold().split()) in _NOTHING_WORDS)
    )


def compatible(text: str) -> str:
    """The text with compatibility characters in their plain form (NFKC): fullwidth "Ｓ．Ｈ" (an East Asian input
    method's) is "S.H", the ligature "ﬁ" is "fi"; an ASCII text is returned as it is (spell8, h32: a title cell in
    fullwidth characters was read as no title, a level cell as no level); a superscript digit, a footnote's mark,
    is dropped (:data:`_FOOTNOTE_MARKS`)."""
    return text if text.isascii() else unicodedata.normalize("NFKC", text.translate(_FOOTNOTE_MARKS))


#: superscript digits and parentheses: a footnote's mark, no part of the word it follows ("S-1¹ Hukum", "D3²
#: Keperawatan"); NFKC made them digits glued on, "S-11 Hukum", which read no level (spell10, h32)
_FOOTNOTE_MARKS = dict.fromkeys(map(ord, "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079\u207d\u207e"))


#: the words a yes/no column is ticked with ("Ya", "Y", "Ada", "1"): never a name of anything
_YES_WORDS = frozenset({"ya", "y", "iya", "yes", "true", "ada", "1"})


def says_yes(v: object) -> bool:
    """Whether a cell is a bare "yes" (:data:`_YES_WORDS`, or a workbook's TRUE): a flag, never a value of a named
    field."""
    return v is True or _key(v) in _YES_WORDS


#: the words a yes/no column is left unticked with ("Tidak", "T", "N", "0"): never a name of anything either
_NO_WORDS = frozenset({"tidak", "tdk", "t", "no", "n", "false", "0", "bukan", "tidak ada"})


def says_no(v: object) -> bool:
    """Whether a cell is a bare "no" (:data:`_NO_WORDS`, or a workbook's FALSE): a flag unticked, never a value of a
    named field."""
    return v is False or _key(v) in _NO_WORDS


def parse_flag(v: object) -> bool | None:
    """Return True/False for a yes/no cell; None when empty.

    ``ya``/``aktif``/``1`` and the hukdis levels ``ringan``/``sedang``/``berat`` are True;
    ``tidak``/``0``/``-``/``nihil``/``tidak ada`` are False. Any other non-empty text (a
    sanction description such as "Teguran tertulis") counts as True, because the column
    only gets filled in when something applies.
    """
    if v is None:
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, numbers.Real):
        number = float(v)
        if math.isnan(number):
            return None
        return number != 0
    if not isinstance(v, str):
        return None
    raw = v.strip().casefold()
    if raw in _EMPTY:
        return None if raw in ("", "nan", "null") else False
    key = _key(raw) or ""
    if key in _FALSE or key.startswith(("tidak ", "tdk ", "bukan ", "belum ")):
        return False
    if key in _TRUE:
        return True
    try:
        return float(raw.replace(",", ".")) != 0
    except ValueError:
        return True


#: SIASN KEDUDUKAN HUKUM names (and ids seen in SIASN-based dashboards, domain.md §7.1) →
#: canonical name; ``Aktif`` and PPPK ids are active, the rest release the person from the position
#: SAPK/SIASN KEDUDUKAN HUKUM: (ids, label words, canonical name), as the BKN reference list codes them (01 Aktif …
#: 99 Pensiun; four unrelated public SIMPEG apps hold the same list). The first match wins: specific before general.
_KEDUDUKAN_TABLE: tuple[tuple[tuple[int, ...], str, str], ...] = (
    ((1, 71, 101), r"^(?:aktif|pns aktif|pppk aktif|pppk|pppk paruh waktu|aktif bekerja)$", "Aktif"),
    ((51,), r"\bcpns yang belum\b|\bbelum menerima sk\b", "CPNS Belum Menerima SK"),
    ((89,), r"\bdiusulkan pensiun\b", "Diusulkan Pensiun"),
    ((52,), r"^(?:non aktif|nonaktif|tidak aktif)$", "Tidak Aktif"),
    ((3,), r"\b(?:tugas belajar|tubel)\b", "Tugas Belajar"),
    ((2, 13), r"\b(?:cltn|cuti (?:di ?)?luar tanggungan(?: negara)?)\b", "CLTN"),
    ((20,), r"\b(?:mpp|masa persiapan pensiun)\b", "MPP"),
    ((4,), r"\b(?:pemberhentian sementara|diberhentikan sementara|berhenti sementara)\b", "Pemberhentian Sementara"),
    ((5,), r"\buang tunggu\b", "Penerima Uang Tunggu"),
    # (before 15: BKN's "Pemberhentian Karena Hukuman Disiplin" is a dismissal, not a sanction served)
    ((66, 77, 88), r"\b(?:diberhentikan|berhenti|pemberhentian)\b", "Diberhentikan"),
    ((6,), r"\b(?:prajurit wajib|wajib militer)\b", "Prajurit Wajib"),
    ((7,), r"\b(?:pejabat negara|komisioner)\b", "Pejabat Negara"),
    ((8,), r"\bkepala desa\b", "Kepala Desa"),
    ((9,), r"\bbanding\b|\bbapek\b", "Proses Banding BAPEK"),
    ((11,), r"\btitipan\b", "Pegawai Titipan"),
    ((12,), r"\bpengungsi\b", "Pengungsi"),
    ((14,), r"\bhilang\b", "Dinyatakan Hilang"),
    ((15,), r"\bhukuman disiplin\b|\bhukdis\b", "Hukuman Disiplin"),
    ((16,), r"\bpenurunan jabatan\b", "Penurunan Jabatan"),
    ((67,), r"^punah$", "Punah"),
    ((68,), r"\btimor timur\b", "Eks PNS Timor Timur"),
    ((69,), r"\btms\b|\btidak memenuhi syarat\b", "TMS dari Pengadaan"),
    ((70,), r"\bpembatalan nip\b", "Pembatalan NIP"),
    ((90,), r"\bpupns\b", "Tidak Ikut PUPNS"),
    ((91,), r"\btindak pidana\b", "Tindak Pidana"),
    ((92,), r"\bpemblokiran\b|\bdiblokir\b", "Pemblokiran Data"),
    ((98,), r"\bmencapai bup\b|\bbatas usia pensiun\b", "Mencapai BUP"),
    ((99,), r"\b(?:pensiun|purna tugas)\b", "Pensiun"),
    ((), r"\b(?:meninggal|wafat)\b", "Meninggal"),
)
_KEDUDUKAN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"^0*(?:{'|'.join(map(str, ids))})$|{words}" if ids else words), name)
    for ids, words, name in _KEDUDUKAN_TABLE
)
#: serving and movable (tugas belajar keeps its own movability rule; a disciplinary kedudukan sets the hukdis flag)
KEDUDUKAN_AKTIF = frozenset({"Aktif", "Tugas Belajar", "Hukuman Disiplin", "Penurunan Jabatan"})
#: the kedudukan of a disciplinary sanction being served (SIASN 15, 16): the person serves and is flagged
KEDUDUKAN_HUKDIS = frozenset({"Hukuman Disiplin", "Penurunan Jabatan"})


def parse_kedudukan_hukum(v: object) -> str | None:
    """Return the canonical kedudukan hukum (``Aktif``, ``CLTN``, ``MPP`` …) or None when unknown."""
    key = _key(v)
    if not key:
        return None
    for pattern, name in _KEDUDUKAN:
        if pattern.search(key):
            return name
    return None
