"""Read what real report layouts put around the table: title rows, totals, NIP under the name.

Daftar Nominatif and peta jabatan reports (domain.md §6.4, §7.3) carry facts outside the
column grid: the unit in a title row (``SKPD : Dinas Sosial``), the NIP on a second line
of the name cell (``Nama\\nNIP. 19740…``), and total/average rows under the data. These
helpers work on plain lists of cell values; ``readers`` decides what to do with them.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

import numpy as np
from pandas._libs import lib

from asn_mutasi.distinct import TEXT_EDGES_BLOCK, text_edges


#: "…\nNIP. 19740101 200003 1 002" / "… NIP: 197401012000031002" at the end of a name cell
@functools.cache
def _NIP_IN_NAME() -> re.Pattern[str]:
    return re.compile(r"^(?P<nama>.*?)[\s,;/]*\bNIP\b\.?\s*:?\s*(?P<nip>\d[\d .]{14,24}\d)\s*$", re.DOTALL | re.I)


#: "NAMA, S.ST.\n19760222 200504 1 001": the NIP alone on the cell's last line, without the word NIP (the
#: Daftar Nominatif of a SIMPEG under the header "Nama / NIP"); taken only when it has the 18 digits of a NIP
#: The line may open with the old 9-digit NIP and a slash ("150312457 / 1968…", " / 1983…" when there is none), as
#: Kemenag's DUK prints ``NIP / NIP_BARU``
_NIP_LINE = re.compile(r"^(?P<nama>.*\S)[ \t]*\r?\n\s*(?:(?:\d{9}\s*)?/\s*)?(?P<nip>\d[\d .]{16,24}\d)\s*$", re.DOTALL)


#: "Drs. X / 19700505 199503 1 001 / IV/c": name, NIP and golongan on one line, slashes between (an e-kinerja SKP
#: recap's ``nama . ' / ' . nip . ' / ' . golongan`` under "Nama / NIP / Pangkat Golongan"; h27/real8); only a whole
#: 18-digit NIP between the slashes
@functools.cache
def _NIP_SLASHED() -> re.Pattern[str]:
    return re.compile(r"^(?P<nama>[^\n]*?\S)\s*/\s*(?P<nip>\d(?:[ .]?\d){17})\s*(?:/\s*(?P<rest>[^\n]*?))?\s*$")


#: rows that sum or average the table, not data (the word must open the cell)
#: ("Sub-Total", "Sub Jumlah", "Jml. Pegawai", "Grand-Total": a roster sorted by unit writes its subtotals so; hostile7)
_SUMMARY = re.compile(
    r"^\s*(?:JUMLAH|JML|TOTAL|(?:SUB|GRAND)\s*-?\s*(?:TOTAL|JUMLAH|JML)|RATA\s*-?\s*RATA|REKAPITULASI)\b", re.I
)
#: first characters with which :data:`_SUMMARY` can never match (ASCII letters and digits that open
#: none of its words, even ignoring case): most data cells are passed over without running it
_NEVER_SUMMARY = frozenset(c for c in "ABCDEFHIKLMNOPQUVWXYZabcdefhiklmnopquvwxyz0123456789")
#: the words that label a unit in a title row
_UNIT_WORDS = r"(?:SKPD|OPD|UNIT\s+KERJA|UNIT\s+ORGANISASI|UNOR|SATUAN\s+KERJA|SATKER|PERANGKAT\s+DAERAH)"
#: the labels of a title row that name the unit or the agency; unit labels may be joined by "/" ("OPD/Unit Kerja: …",
#: an ABK recap's title; real12, h32: the file was refused for want of a unit)
_LABEL = (
    r"(?P<label>(?:(?:SKPD|OPD|UNIT\s+KERJA|PERANGKAT\s+DAERAH|SATUAN\s+KERJA|INSTANSI)\s+)?PENGUSUL|"
    r"DIUSULKAN\s+OLEH|"
    r"(?:" + _UNIT_WORDS + r"\s*/\s*)*" + _UNIT_WORDS + r"|"
    r"DI\s*LINGKUNGAN|INSTANSI|PEMERINTAH\s+DAERAH|SEKOLAH|PUSKESMAS)"
)
#: a title-row label and its value: "SKPD : Dinas Sosial", "UNIT KERJA: SMPN 1"
_LABELLED = re.compile(r"^\s*" + _LABEL + r"\s*:\s*(?P<value>\S.*?)\s*$", re.I)
#: a label in a cell of its own, its value in the next cells: "SKPD" | ":" | "Badan X", "SKPD :" | "Badan X"
_LABEL_ONLY = re.compile(r"^\s*" + _LABEL + r"\s*:?\s*$", re.I)
_INSTANSI_LABELS = frozenset({"INSTANSI", "PEMERINTAH DAERAH"})
#: a title value that stands for every unit (a SIMPEG report printed for the whole agency), or none
_ALL_UNITS = re.compile(
    r"^\W*(?:SEMUA|SELURUH(?:NYA)?|ALL|-+)(?:\s+(?:UNIT(?:\s+KERJA)?|SKPD|OPD|SATKER|SATUAN\s+KERJA))?\W*$", re.I
)


#: a peta jabatan title; the next lone title line names the unit (Kendal e-formasi export)
@functools.cache
def _PETA_TITLE() -> re.Pattern[str]:
    return re.compile(r"^\s*PETA\s+JABATAN\b", re.I)


#: a title line that is a unit's name by its first word (simpeg-bogor's "Daftar Pegawai" sheet names its OPD on
#: the next line, without a label); only one such line, and only for a table without a unit column, is taken
_UNIT_TITLE = re.compile(
    r"^\s*(?:DINAS|BADAN|KANTOR|SEKRETARIAT|INSPEKTORAT|SATUAN\s+POLISI|KECAMATAN|KELURAHAN|RSUD|RUMAH\s+SAKIT|"
    r"PUSKESMAS|UPTD?|BIRO|BAGIAN|"
    # a ministry's technical unit in a region ("BALAI BESAR PENJAMINAN MUTU PENDIDIKAN PROVINSI JAWA TIMUR"; h27/real8)
    r"BALAI|LOKA|"
    # a school (Dapodik's "Daftar Guru" names its school on the second title line)
    r"(?:SD|SDN|SMP|SMPN|SMA|SMAN|SMK|SMKN|SLB|SLBN|TK|TKN|MIN?|MTSN?|MAN|SEKOLAH\s+(?:DASAR|MENENGAH))\b"
    # one school, not a group of them ("SD NEGERI SE-KECAMATAN CIAWI", "TK, SD DAN SMP NEGERI KABUPATEN BOGOR")
    r"(?![^:]*(?:\bSE-|\bSE\s+KEC|,|\bDAN\b)))\b[^:]{2,120}$",
    re.I,
)
#: "DI LINGKUNGAN BADAN X" without a colon, alone or ending a title ("PETA JABATAN DI LINGKUNGAN DINAS KESEHATAN";
#: e-Anjab's ABK recap): a unit when the rest is a unit's name by its
#: first word (:data:`_UNIT_TITLE`), not "DI LINGKUNGAN PEMERINTAH KABUPATEN X" (the whole region); the word INSTANSI
#: before the unit is no part of its name ("DILINGKUNGAN INSTANSI DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI PAPUA", a
#: Daftar Nominatif PNS: the roster had no unit; real25, h36)
_WITHIN = re.compile(r"\bDI\s*LINGKUNGAN\s+(?:INSTANSI\s+)?(?P<value>[^:\s].*?)\s*$", re.I)
#: the title of a staff list; a DUK too: a region-wide one names its region under it ("PEMERINTAH KABUPATEN X", no
#: unit by :data:`_UNIT_TITLE`), one OPD's its OPD ("DINAS PENDIDIKAN KABUPATEN GROBOGAN TAHUN 2026"; h26/real5)
_LIST_TITLE = re.compile(r"^\s*DAFTAR\s+", re.I)
#: the period written after a unit's name in a title ("… TAHUN 2026", "… KEADAAN 1 JANUARI 2026", "… PER 31-12")
_PERIOD_TAIL = re.compile(r"\s+(?:TAHUN|KEADAAN|PER|PERIODE|BULAN|SEMESTER)\b.*$", re.I)
#: a list's title with the unit on the same line: "DAFTAR PEGAWAI BALAI BESAR …" (a BBPMP monthly DUK), "DAFTAR URUT
#: KEPANGKATAN PEGAWAI NEGERI SIPIL DINAS X TAHUN 2026"; taken when the rest is a unit by :data:`_UNIT_TITLE` (a title
#: that is only "DAFTAR URUT KEPANGKATAN", or names the region, names no unit); a school's list names its staff
#: ("DAFTAR GURU DAN TENAGA KEPENDIDIKAN SMP NEGERI 2 X", "DAFTAR PTK …"; real14, h32)
_LIST_OF_UNIT = re.compile(
    r"^\s*DAFTAR\s+(?:(?:URUT\s+KEPANGKATAN|NOMINATIF|NAMA|PEGAWAI|PNS|ASN|PPPK|NEGERI|SIPIL|APARATUR|NEGARA|GURU|"
    r"TENAGA|KEPENDIDIKAN|PENDIDIK|PTK|GTK|DAN)\s+)+"
    r"(?:(?:PADA|DI)\s+)?(?P<value>\S.*?)\s*$",
    re.I,
)
#: a form's title, the unit on the line under it: Form D of an anjab app ("FORM D - PERHITUNGAN KEBUTUHAN
#: PEJABAT/PEGAWAI" over "DINAS PENDIDIKAN DAN KEBUDAYAAN"; h27/real8)
_FORM_TITLE = re.compile(
    r"^\s*(?:FORM(?:ULIR)?\s+[A-Z0-9]{1,3}\b|PERHITUNGAN\s+(?:JUMLAH\s+)?KEBUTUHAN|ANALISIS\s+(?:BEBAN\s+KERJA|JABATAN))",
    re.I,
)
#: a unit label without its colon, the unit after it on one line: "UNIT KERJA DINAS PENDIDIKAN DAN KEBUDAYAAN" (the
#: kop an anjab app renders as ``UNIT KERJA {opd}``; h27/real8), taken when the rest is a unit by :data:`_UNIT_TITLE`
_LABEL_NO_COLON = re.compile(
    r"^\s*(?:UNIT\s+KERJA|UNIT\s+ORGANISASI|SKPD|OPD|PERANGKAT\s+DAERAH|SATUAN\s+KERJA|SATKER)\s+(?P<value>[^:\s].*?)\s*$",
    re.I,
)


@functools.cache
def _NOT_A_UNIT() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:PER\b|KEADAAN|TAHUN|PERIODE|BULAN|TANGGAL|\d)", re.I)


def split_nip_from_name(value: object) -> tuple[object, str | None]:
    """Return (name without the NIP line, NIP digits) or (value, None) when the cell holds no NIP."""
    if not isinstance(value, str):
        return value, None
    text = value.strip()
    match = _NIP_IN_NAME().match(text) or _NIP_LINE.match(text) or _NIP_SLASHED().match(text)
    if match is None:
        return _nip_line_inside(text) or (value, None)
    nip = re.sub(r"\D", "", match.group("nip"))
    if match.re is _NIP_LINE and len(nip) != 18:  # a number under a name without the word NIP: only a whole NIP
        return value, None
    return match.group("nama").strip() or None, nip


def _nip_line_inside(text: str) -> tuple[str | None, str] | None:
    """(the lines above, NIP) for a cell whose NIP (18 digits) stands alone on a line between the name and further
    lines: a Laravel DUK's name cell lists the name, the NIP, sex, marital status, "Status Pegawai : PNS" and two TMTs
    (gedelumbung/pempek ``duk_cetak``; the roster was refused for no NIP, real16 h33); those lines are no name."""
    if "\n" not in text:
        return None
    lines = text.split("\n")
    for k, line in enumerate(lines[1:-1], start=1):
        found = _NIP_ALONE().match(line)
        if found is not None and len(digits := re.sub(r"\D", "", found.group(1))) == 18:
            return "\n".join(lines[:k]).strip() or None, digits
    return None


#: a post's eselon written after it in its cell, in brackets: "Kepala Bidang Perumahan\n(Eselon IIIb)", "(Eselon )" for
#: a post without one (a city agency's SIMPEG prints ``nama_jabatan <br> (Eselon eselon)`` in its DUK; real3, h31): the
#: word opening the last brackets, which close the cell
@functools.cache
def _ESELON_OPENING() -> re.Pattern[str]:
    return re.compile(r"ESELON\b\.?\s*:?\s*", re.I)


#: a line "Eselon : III.b" under the post, in a cell listing the post's facts a line each ("TMT Jabatan : …", "Masa
#: Kerja Eselon : …" below it: a Laravel DUK's post cell; real16, h33)
@functools.cache
def _ESELON_LINE() -> re.Pattern[str]:
    return re.compile(r"^\s*ESELON\s*:(?P<eselon>[^\n:]*)$", re.I)  # (stripped after: no backtracking)


def _eselon_line(text: str) -> tuple[str, str | None] | None:
    """(the lines above, the eselon or None for "-") when a line after the first is "Eselon : …"; the lines after it
    are the post's dates, no part of its name."""
    lines = text.split("\n")
    for k in range(1, len(lines)):
        found = _ESELON_LINE().match(lines[k])
        if found is not None:
            eselon = found.group("eselon").strip()
            return "\n".join(lines[:k]).strip(), None if eselon in ("", "-", "--") else eselon
    return None


#: an eselon written alone on a line of a post cell ("IV.a", "III/b", "IIa"): a Daftar Nominatif's "JABATAN <br> TMT
#: <br> ESELON" cell (a Basarnas SIMPEG's nominatif view) prints the post, its TMT and its eselon a line each
@functools.cache
def _ESELON_ALONE() -> re.Pattern[str]:
    return re.compile(r"^(?:I{1,3}|IV|V)\s*[./-]?\s*[AB]$", re.I)


@functools.cache
def _DATE_ALONE() -> re.Pattern[str]:
    return re.compile(r"^(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{1,2}-\d{1,2})$")


def _post_over_date(text: str) -> tuple[str, str | None] | None:
    """(the post, its eselon or None) for a cell whose lines under the post are its TMT and its eselon alone ("Kepala
    Seksi Operasi\n02-01-2019\nIV.a"; "Analis Keuangan\n01-02-2020" for a post without one): those lines were read as
    part of the post's name (real19, h33). A date line is required: without it a second line may be the post's own."""
    lines = [line.strip() for line in text.strip().split("\n")]
    rest = [line for line in lines[1:] if line not in ("", "-")]
    if not lines[0] or not any(_DATE_ALONE().match(line) for line in rest):
        return None
    if not all(_DATE_ALONE().match(line) or _ESELON_ALONE().match(line) for line in rest):
        return None
    return lines[0], next((line for line in rest if _ESELON_ALONE().match(line)), None)


def split_eselon_from_post(value: object) -> tuple[object, str | None] | None:
    """(the post without its bracketed eselon, the eselon or None when the brackets name none) for a post cell ending
    in "(Eselon …)" or holding a line "Eselon : …" under the post (:func:`_eselon_line`); None for any other cell.

    Found from the last "(" rather than by one pattern over the cell: that pattern split a run of spaces between its
    optional parts every way, 12 s for "Kepala (Eselon" and 500 spaces (cubic; hostile4, h31)."""
    if isinstance(value, str) and "\n" in value.strip() and (stacked := _post_over_date(value)) is not None:
        return stacked
    if not isinstance(value, str) or "eselon" not in value.casefold():
        return None
    text = value.strip()
    labelled = _eselon_line(text)
    if labelled is not None:
        return labelled
    opening = text.rfind("(")
    if not text.endswith(")") or opening < 0 or ")" in text[opening + 1 : -1]:
        return None
    inside = text[opening + 1 : -1].strip()
    word = _ESELON_OPENING().match(inside)
    post = text[:opening].rstrip()
    if word is None or not post:
        return None
    eselon = inside[word.end() :].strip()
    return post, None if eselon in ("", "-", "--") else eselon


#: an eselon after the last slash or dash of a post cell ("III.a", "IV/b", "Eselon III.b", "-" for none)
_ESELON_TAIL = re.compile(r"^(?:ESELON\s*)?(?:I{1,3}|IV|V)\s*[./-]?\s*[AB]?$", re.I)
#: an eselon after a dash says it is one: its grade or the word Eselon ("Sekretaris - III.a"); a bare numeral after a
#: dash is the post's own ("Inspektur Pembantu Wilayah - II", "UPTD Wilayah-I": reviewC, h38)
_ESELON_AFTER_DASH = re.compile(r"^(?:ESELON\b.*|.*[AB])$", re.I)
#: how far from a cell's end its eselon's separator may be (" / Eselon III . a")
_ESELON_TAIL_SPAN = 24


def split_written_eselon(value: object) -> tuple[object, str | None] | None:
    """:func:`split_eselon_from_post`, and for a cell under a one-cell "Jabatan / Eselon" header, where every cell
    writes its eselon after a slash ("Sekretaris / III.a", "Pengadministrasi Umum / -"), (the post, that eselon or
    None); None for a cell without one. Only the last characters are looked at (a slash inside the name stays)."""
    found = split_eselon_from_post(value)
    if found is not None or not isinstance(value, str):
        return found
    text = value.strip()
    start = max(0, len(text) - _ESELON_TAIL_SPAN)
    for k in (i for i in range(start, len(text)) if text[i] in "/-–"):
        post, tail = text[:k].strip(), text[k + 1 :].strip()
        if text[k] != "/" and tail and not _ESELON_AFTER_DASH.match(tail):
            continue
        if post and (tail in ("", "-", "--") or _ESELON_TAIL.match(tail)):
            return post, None if tail in ("", "-", "--") else tail
    return None


#: a line of a name cell that gives place and date of birth ("Semarang, 12-04-1968", "Bogor, 3 Mei 1980"): Daftar
#: Nominatif pages print it under the name (simpeg-bogor's nominatif_show.php); a name never ends in a date
@functools.cache
def _BIRTH_LINE() -> re.Pattern[str]:
    return re.compile(
        r"^\s*(?P<tempat>[^\W\d][^\n,\d]{0,40}),\s*(?P<tanggal>\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}"
        r"|\d{4}-\d{1,2}-\d{1,2})\s*$"  # "Sleman, 1968-03-12": a PHP DUK prints the ISO date
    )


#: a date alone on the last line of a name cell, under its NIP line: a Baperjakat draft's "NAMA / NIP / TANGGAL LAHIR"
#: (SIMPEG Kota Bogor prints ``nama \r\n nip \r\n tgl_lahir``; real10, h32); without the NIP above it a bare date may be
#: anything (a TMT), so it is taken only there
@functools.cache
def _BARE_BIRTH() -> re.Pattern[str]:
    return re.compile(r"^\s*(?P<tanggal>\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{1,2}-\d{1,2})\s*$")


_YEAR = re.compile(r"\d{4}")


def _bare_birth(line: str, nip: str) -> re.Match[str] | None:
    """A date alone under a NIP line, when it is the birth date the NIP begins with: of its year (a day or month
    typed otherwise is the roster's, ``nip-tanggal-lahir-beda`` says so). "NAMA / NIP" over a third line "01-03-1996"
    (a TMT) read the TMT as the birth date, and the TMT pensiun from it (review8, h32)."""
    match = _BARE_BIRTH().match(line)
    if match is None or re.sub(r"\D", "", nip)[:4] not in _YEAR.findall(match.group("tanggal")):
        return None
    return match


def _born_plausibly(text: str) -> bool:
    """Whether the year of a written date can be an ASN's birth year (15 years before now at least, after 1920)."""
    from datetime import date

    year = int(_YEAR.findall(text)[0])  # the one four-digit run: "12-03-1968", "1968-03-12", "3 Mei 1980"
    return 1920 <= year <= date.today().year - 15


def split_birth_from_names(values: Sequence[object]) -> tuple[list[object], list[str | None]]:
    """Return the names without a place-and-date-of-birth line and the dates written there (None where none): only
    a cell of several lines is looked at, and only a line other than its first."""
    names = list(values)
    out_dates: list[str | None] = [None] * len(values)
    for i, value in enumerate(values):
        if not isinstance(value, str) or "\n" not in value:
            continue
        first, *rest = value.split("\n")
        rest = _place_over_date(rest)
        kept = [first]
        for k, line in enumerate(rest):
            match = _BIRTH_LINE().match(line)
            if match is None and k == len(rest) - 1 and (nip := _NIP_ALONE().match(kept[-1])):
                match = _bare_birth(line, nip.group(1))  # "name / NIP / date": the date alone under the NIP
            if match is not None and not _born_plausibly(match.group("tanggal")):
                match = None  # "Pembina Tk. I, 01-04-2019": a rank and its TMT, no birth
            if match is not None and out_dates[i] is None:
                out_dates[i] = match.group("tanggal")
            else:
                kept.append(line)
        if out_dates[i] is not None:
            names[i] = "\n".join(kept).strip() or None
    return names, out_dates


def _place_over_date(lines: list[str]) -> list[str]:
    """The lines with a birthplace ending in a comma joined to the date alone under it: a Basarnas SIMPEG's
    nominatif prints ``nama <br> tempat_lahir, <br> tanggal_lahir`` ("Jakarta," over "12-04-1980"), and both lines were
    kept in the name (real19, h33)."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].rstrip().endswith(",") and _BARE_BIRTH().match(line):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def after_nip(value: object) -> str | None:
    """What a one-line "name / NIP / …" cell writes after the NIP (its golongan: "IV/c"), or None."""
    match = _NIP_SLASHED().match(value.strip()) if isinstance(value, str) else None
    return (match.group("rest") or None) if match is not None else None


def split_nip_from_names(values: Sequence[object]) -> tuple[list[object], list[str | None]]:
    """Split a whole name column; names without a NIP line are kept as they are."""
    pairs = [split_nip_from_name(v) for v in values]
    return [p[0] for p in pairs], [p[1] for p in pairs]


#: a cell holding an NIP alone: 18 digits with the usual spaces, optionally after "NIP" ("NIP. 1966… 2 001")
@functools.cache
def _NIP_ALONE() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:NIP\b\.?\s*:?\s*)?(\d(?:[ .]?\d){17})\s*$", re.I)


def nip_rows_below_names(rows: list[list[object]], start: int, col: int) -> list[int]:
    """Join an NIP written alone in the row under the name to the name cell, as "name\nNIP. digits"; return the
    rows it came from, now empty. A lampiran SK mutasi prints each person on two rows under "NAMA / NIP" (BKPSDM Kota
    Manado); other columns may be merged over both rows (their value repeated) or carry a second line of their own
    ("Penata" / "III/c" under "PANGKAT / GOL"), joined the same way (see :func:`_second_lines`). Nothing is joined
    unless at least half the names have an NIP row."""
    head = (rows[r][col] for r in range(start, min(len(rows), start + 200)) if col < len(rows[r]))
    if not any(isinstance(v, str) and _NIP_ALONE().match(v) for v in head):  # the first rows tell: no regex per row
        return []
    joined: list[tuple[int, int, str, dict[int, object]]] = []
    names = 0
    last: int | None = None  #: the row of the last name not yet given an NIP
    for r in range(start, len(rows)):
        row = rows[r]
        cell = row[col] if col < len(row) else None
        if not isinstance(cell, str) or not cell.strip():
            continue
        match = _NIP_ALONE().match(cell)
        if not match:
            names += 1
            last = r if split_nip_from_name(cell)[1] is None else None
        elif last is not None and (lines := _second_lines(rows[last], row, col)) is not None:
            joined.append((last, r, re.sub(r"\D", "", match.group(1)), lines))
            last = None
    if not joined or len(joined) * 2 < names:
        return []
    for name_row, nip_row, nip, lines in joined:
        rows[name_row][col] = f"{rows[name_row][col]}\nNIP. {nip}"
        for k, value in lines.items():
            rows[name_row][k] = value
        rows[nip_row] = [None] * len(rows[nip_row])
    return [nip_row for _, nip_row, _, _ in joined]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _second_lines(above: list[object], row: list[object], col: int) -> dict[int, object] | None:
    """What the NIP row's other cells add to the name row's: {column: new value}, or None when a cell cannot be
    joined without losing it. A value repeating the cell above (a cell merged over both rows, filled down) adds
    nothing; under an empty cell it moves up as it is (a date stays a date); under text, text becomes a second line
    ("Penata\nIII/c", as "GR / TMT" cells print it); anything else (a date under text) blocks the join."""
    out: dict[int, object] = {}
    for k, value in enumerate(row):
        if k == col or _blank(value):
            continue
        upper = above[k] if k < len(above) else None
        if value == upper:
            continue
        if _blank(upper):
            out[k] = value
        elif isinstance(value, str) and isinstance(upper, str):
            out[k] = f"{upper}\n{value.strip()}"
        else:
            return None
    return out


def count_nip_in_name(values: Sequence[object]) -> int:
    """How many sampled name cells carry a NIP line (perhaps above a birth line, which the reader splits off first)."""
    names, _ = split_birth_from_names(values)
    return sum(1 for v in names if split_nip_from_name(v)[1] is not None)


def summary_rows(columns: Sequence[Sequence[object] | np.ndarray], n: int) -> np.ndarray:
    """Flag rows whose first filled text cell (among the leading columns) opens with JUMLAH/TOTAL/RATA-RATA.

    Numbers are passed over (the running number of the row does not decide); a later cell
    such as a position named "Jumlah …" in a data row does not count. Column by column:
    each looks only at the rows no earlier column decided.
    """
    out = np.zeros(n, dtype=bool)
    open_rows = np.arange(n)
    for column in columns:
        if not len(open_rows):
            break
        values = column if isinstance(column, np.ndarray) else np.asarray(column, dtype=object)
        cells = values[open_rows]
        if lib.is_string_array(cells, skipna=False):  # type: ignore[attr-defined]
            out[open_rows] = _summary_texts(cells.tolist())  # all text: every open row is decided here
            break
        if lib.infer_dtype(cells, skipna=True) in _NUMBERS:
            passed = np.ones(len(cells), dtype=bool)  # numbers and blanks only (a running number): all passed over
        else:
            passed = np.array([v is None or isinstance(v, int | float) for v in cells.tolist()], dtype=bool)
        decided = open_rows[~passed]
        out[decided] = [
            isinstance(v, str) and v[:1] not in _NEVER_SUMMARY and _SUMMARY.match(v) is not None
            for v in values[decided].tolist()
        ]
        open_rows = open_rows[passed]
    return out


#: ``infer_dtype`` kinds of a column holding nothing but numbers and missing values
_NUMBERS = frozenset({"integer", "floating", "mixed-integer-float", "empty"})
_NEVER_SUMMARY_CODES = np.array(sorted(ord(c) for c in _NEVER_SUMMARY), dtype=np.uint32)


def _summary_texts(texts: list[str]) -> np.ndarray:
    """Which texts open with a summary word: the regex runs only on texts whose first character allows one."""
    flags = np.zeros(len(texts), dtype=bool)
    for lo in range(0, len(texts), TEXT_EDGES_BLOCK):
        block = texts[lo : lo + TEXT_EDGES_BLOCK]
        edges = text_edges(block)
        maybe = (
            range(len(block)) if edges is None else np.flatnonzero(~np.isin(edges[0], _NEVER_SUMMARY_CODES)).tolist()
        )
        for k in maybe:
            v = block[k]
            flags[lo + k] = v[:1] not in _NEVER_SUMMARY and _SUMMARY.match(v) is not None
    return flags


def _label_cells_joined(row: Sequence[object]) -> list[str]:
    """A row's texts, with a label written in a cell of its own joined to the value in the next cells: "SKPD" |
    ":" | "Badan X" and "SKPD :" | "Badan X" (PHPExcel reports) read as "SKPD : Badan X". Only cells side by side
    are joined, and never to another label or a date line: an unfilled "UNIT KERJA | : | (blank) | KEADAAN" gives
    no unit (it gave the unit "KEADAAN")."""
    cells = [" ".join(str(v).split()) if isinstance(v, str) else "" for v in row]
    out: list[str] = []
    k = 0
    while k < len(cells):
        text = cells[k]
        if text and _LABEL_ONLY.match(text):
            at = k + 1
            while at < len(cells) and cells[at] == ":":
                at += 1
            value = cells[at] if at < len(cells) else ""
            if value and not _LABEL_ONLY.match(value) and not _NOT_A_UNIT().match(value):
                out.append(f"{text.rstrip(' :')} : {value.lstrip(': ')}")
                k = at + 1
                continue
        if text:
            out.append(text)
        k += 1
    return out


def title_fields(title_rows: Sequence[Sequence[object]], kind: str) -> dict[str, tuple[str, int]]:
    """Facts in the rows above the header: ``{field: (value, 0-based row)}`` for unit_kerja / instansi, and for a
    proposal form the pengusul ("OPD PENGUSUL : Dinas Kesehatan"; in a proposal the unit a title names is its
    proposer's)."""
    found: dict[str, tuple[str, int]] = {}
    lines: list[tuple[str, int]] = []
    for r, row in enumerate(title_rows):
        texts = _label_cells_joined(row)
        for text in texts:
            match = _LABELLED.match(text)
            if match and not _ALL_UNITS.match(match.group("value")):  # "Satuan Kerja : Semua" names no unit
                label = " ".join(match.group("label").upper().split())
                name = "instansi" if label in _INSTANSI_LABELS else "unit_kerja"
                if "PENGUSUL" in label or "DIUSULKAN" in label:  # an OPD proposal form ("OPD PENGUSUL : Dinas X")
                    name = "pengusul"
                found.setdefault(name, (match.group("value"), r))
            elif (within := _WITHIN.search(text)) is not None and _UNIT_TITLE.match(within.group("value")):
                found.setdefault("unit_kerja", (within.group("value"), r))
            elif (bare := _LABEL_NO_COLON.match(text)) is not None and _UNIT_TITLE.match(bare.group("value")):
                found.setdefault("unit_kerja", (bare.group("value"), r))
        if len(texts) == 1:
            lines.append((texts[0], r))
    if kind == "jabatan" and "unit_kerja" not in found:
        for (text, _), (after, r) in itertools.pairwise(lines):
            if _PETA_TITLE().match(text) and not _NOT_A_UNIT().match(after) and not _PETA_TITLE().match(after):
                found["unit_kerja"] = (after, r)
                break
    if "unit_kerja" not in found:
        # "Daftar Pegawai" / "Dinas Komunikasi dan Informatika": the unit named under the list's title. A unit
        # above the title is a letterhead (the issuing BKD of a region-wide DUK), not every row's unit
        named = [
            (after, r)
            for (text, _), (after, r) in itertools.pairwise(lines)
            if (_LIST_TITLE.match(text) or _FORM_TITLE.match(text)) and _UNIT_TITLE.match(after)
        ]
        named += [  # "DAFTAR PEGAWAI BALAI BESAR …": the unit on the title's own line
            (match.group("value"), r)
            for text, r in lines
            if (match := _LIST_OF_UNIT.match(text)) is not None and _UNIT_TITLE.match(match.group("value"))
        ]
        units = {_PERIOD_TAIL.sub("", text).strip(): r for text, r in named}
        if len(units) == 1:
            found["unit_kerja"] = next(iter(units.items()))
    if kind == "usulan" and "unit_kerja" in found:  # the unit a proposal form's title names is its proposer's, not
        # every row's target: taken as the target it sent people to posts of the proposer's name (fifth review, h26);
        # a row that names no target unit is asked which one ("ada di N unit kerja")
        found.setdefault("pengusul", found.pop("unit_kerja"))
    return found
