"""Read a CSV/TSV file into rows of text cells with memory proportional to the data kept.

The file is never held whole: it is hashed in chunks, decoded by a streaming text
wrapper and parsed record by record. Repeated cell values (unit names, golongan,
jabatan, dates) share one string object through a per-column cache that switches itself
off for columns whose values are mostly distinct (NIP, name), so a 200 MB export costs
about the size of its distinct text plus one pointer per cell.

While parsing it records, per record, the field count: :func:`ragged_findings` turns
records whose width differs from the table's into findings with the record number and
field count (a longer record is the sign of an unquoted delimiter that shifted the
columns). NUL and other control characters in a cell are taken out and said by the reader.
"""

from __future__ import annotations

import codecs
import csv
import functools
import hashlib
import io
import itertools
import re
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO

import numpy as np

from asn_mutasi.config import ReadLimits
from asn_mutasi.domain.limits import CELL_MAX
from asn_mutasi.errors import InputError, os_reason
from asn_mutasi.findings import Finding, FindingRun, Location, make_finding
from asn_mutasi.formatting import format_number
from asn_mutasi.io.guard import MB, number_id
from asn_mutasi.text_codec import text_encoding

_EXCEL_TEXT = re.compile(r'^="(.*)"$', re.DOTALL)  # ="0123" — Excel's keep-as-text idiom in CSV
_CACHE_PROBE = 4096  #: records after which a column whose values are mostly distinct stops caching
_SAMPLE = 1 << 16


@dataclass
class CsvRead:
    rows: list[list[object]]
    encoding: str
    delimiter: str
    sha256: str
    widths: array = field(default_factory=lambda: array("I"))  #: field count per record
    #: (record index, column index, first physical line, last physical line) of a cell that swallowed whole lines
    #: through a quote left open (see :func:`quote_findings`)
    open_quotes: list[tuple[int, int, int, int]] = field(default_factory=list)
    #: (record index, column index, length) of a cell longer than a spreadsheet cell can hold
    long_cells: list[tuple[int, int, int]] = field(default_factory=list)
    last_line: int = 0  #: the physical line the last whole record ended on (where a broken one began, after it)
    #: physical lines (1-based) wrapped in quotes or opened by one that never closes, read as the row they hold
    #: (SIASN's pipe exports; see :func:`_unquirked`), and how many lines lost a ";;" line end
    quoted_lines: list[int] = field(default_factory=list)
    semicolon_tails: int = 0
    #: blank lines before the first line with text: read past before the delimiter is guessed, kept as blank rows
    #: (the rows after them keep their numbers); a million of them made the file "kosong" (hostile30, h38)
    blank_head: int = 0


def check_text_size(display: str, size: int, limits: ReadLimits | None = None) -> None:
    """Refuse a text input (a CSV, an HTML page saved as .xls) larger than ``[baca] maks_ukuran_csv_mb``."""
    lim = limits or ReadLimits()
    if size > lim.maks_ukuran_csv_mb * MB:
        raise InputError(
            f"Berkas '{display}' ditolak: {number_id(size / MB)} MB (batas {number_id(lim.maks_ukuran_csv_mb)} MB)",
            hint="Bila berkas ini sah, naikkan batasnya di berkas pengaturan: [baca] maks_ukuran_csv_mb.",
        )


def read_csv_rows(
    source: Path | bytes,
    display: str,
    detect_delimiter: object,
    limits: ReadLimits | None = None,
) -> CsvRead:
    """Parse ``source`` (a path or stdin bytes); ``detect_delimiter(text) -> str`` picks the delimiter."""
    limits = limits or ReadLimits()
    check_text_size(display, len(source) if isinstance(source, bytes) else source.stat().st_size, limits)
    sha = _sha256(source, display)
    head = source[:_SAMPLE] if isinstance(source, bytes) else _head(source, display)
    encoding = text_encoding(head)
    try:
        return _parse(source, display, encoding, sha, (detect_delimiter, limits.maks_sel))
    except UnicodeDecodeError:
        if encoding not in _UTF8:
            raise
        # a UTF-8 BOM is UTF-8 text: its stray bytes are cp1252 runs (a BOM read as cp1252 is "ï»¿" in the header)
        bom = encoding == "utf-8-sig"
        fallback = MIXED if bom or _has_utf8_letters(source, display) else "cp1252"
        return _parse(source, display, fallback, sha, (detect_delimiter, limits.maks_sel))


#: UTF-8 without a BOM and with one: read strictly, the bytes UTF-8 refuses read as cp1252 (:data:`MIXED`); with
#: errors="replace" a UTF-8 CSV with a BOM turned a cp1252 "é" pasted into it into "\ufffd", and nothing said so
_UTF8 = ("utf-8", "utf-8-sig")
#: the decoding of a CSV that is UTF-8 in part and Windows-1252 in part (lines pasted from two programs): UTF-8,
#: each byte run that is no UTF-8 read as cp1252 (read whole as cp1252, its UTF-8 names became "JosÃ©")
MIXED = "utf-8+cp1252"


#: UTF-8 as Indonesian text holds it: a Latin-1 sign (no-break space, °, ±; U+00A0–U+00BF), an accented Latin letter
#: (U+00C0–U+017F) or a dash or quote (U+2010–U+203F).
#: Any valid UTF-8 pair is no evidence: cp1252 "É" before a no-break space (C9 A0) is one (review, h25)
@functools.cache
def _UTF8_LETTER() -> re.Pattern[bytes]:
    return re.compile(rb"\xc2[\xa0-\xbf]|[\xc3-\xc5][\x80-\xbf]|\xe2\x80[\x90-\xbf]")


def _cp1252_run(exc: UnicodeError) -> tuple[str, int]:
    """The codec error handler of :data:`MIXED`: the bytes UTF-8 refused, read as cp1252."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("cp1252", errors="replace"), exc.end


codecs.register_error("asn_mutasi_cp1252", _cp1252_run)


def _has_utf8_letters(source: Path | bytes, display: str) -> bool:
    """Whether a CSV that is no valid UTF-8 still holds UTF-8 multi-byte letters (then it is :data:`MIXED`)."""
    if isinstance(source, bytes):
        return _UTF8_LETTER().search(source) is not None
    with _stream(source, display) as fh:
        tail = b""
        for chunk in iter(lambda: fh.read(_SAMPLE * 16), b""):
            if _UTF8_LETTER().search(tail + chunk):
                return True
            tail = chunk[-3:]
    return False


def _stream(source: Path | bytes, display: str) -> BinaryIO:
    if isinstance(source, bytes):
        return io.BytesIO(source)
    try:
        return source.open("rb")
    except OSError as exc:
        raise InputError(f"Berkas '{display}' tidak dapat dibaca: {os_reason(exc)}") from exc


def _head(path: Path, display: str) -> bytes:
    with _stream(path, display) as fh:
        return fh.read(_SAMPLE)


def _sha256(source: Path | bytes, display: str) -> str:
    if isinstance(source, bytes):
        return hashlib.sha256(source).hexdigest()
    digest = hashlib.sha256()
    try:
        with source.open("rb") as fh:
            for chunk in iter(lambda: fh.read(MB), b""):
                digest.update(chunk)
    except OSError as exc:
        raise InputError(f"Berkas '{display}' tidak dapat dibaca: {os_reason(exc)}") from exc
    return digest.hexdigest()


def _parse(source: Path | bytes, display: str, encoding: str, sha: str, how: tuple[object, int]) -> CsvRead:
    """The rows of the CSV; ``how``: the delimiter detector and the cells allowed (``maks_sel``)."""
    detect_delimiter, cap = how
    errors = "strict" if encoding in _UTF8 else "asn_mutasi_cp1252" if encoding == MIXED else "replace"
    with _stream(source, display) as raw:
        # (utf-8-sig for MIXED: drops a leading BOM, reads as UTF-8 without one)
        codec = "utf-8-sig" if encoding == MIXED else encoding
        text = io.TextIOWrapper(raw, encoding=codec, errors=errors, newline="")
        blank_head, first = _skip_blank_lines(text)
        sample = first + text.read(_SAMPLE)
        if sample.endswith("\r"):
            sample += text.read(1)
        if sample and not sample.endswith(("\n", "\r")):
            sample += _line(text, display)
        if not sample.strip() and not text.read(1):
            raise InputError(f"Berkas '{display}' kosong")
        delimiter = detect_delimiter(sample)  # type: ignore[operator]
        result = CsvRead(rows=[], encoding=encoding, delimiter=delimiter, sha256=sha, blank_head=blank_head)
        flag = [False, False]
        lines = _unquirked(
            itertools.chain(io.StringIO(sample, newline=""), _bounded_lines(text, display)), sample, delimiter, result
        )
        lines = _flagged(lines, flag)
        csv.field_size_limit(1 << 24)
        reader = csv.reader(lines, delimiter=delimiter)
        try:
            _fill(reader, result, flag, (cap, display))
        except csv.Error as exc:  # the csv module's words are English: said again in the analyst's
            raise InputError(
                f"Berkas CSV '{display}' tidak dapat dibaca: {_csv_reason(str(exc))}, pada rekaman yang dimulai di "
                f"baris berkas {result.last_line + 1}",
                hint='Periksa tanda kutip (") yang tidak ditutup di sekitar baris itu.',
            ) from exc
    if not any(any(row) for row in itertools.islice(result.rows, blank_head, None)):
        raise InputError(f"Berkas '{display}' kosong")
    return result


def _skip_blank_lines(text: IO[str]) -> tuple[int, str]:
    """Read past the blank lines opening ``text`` (in blocks, not line by line): how many there were, and the text
    after them ("" at the end). The delimiter was guessed from a sample of blank lines, and the file called empty,
    when a million of them came before the table (hostile30, h38). The blanks opening the first line with text are
    kept, wherever a block ends: a TSV header's leading tab dropped at a block's end moved every header one column
    left of its cells (reviewE, h38)."""
    skipped, line = 0, [""]  # (line: the blanks after the last line end read, as pieces: the line may go on)
    after_cr = (
        False  # (the block before ended in "\r": a "\n" opening this one ends that line, as the csv reader reads)
    )
    while block := text.read(_SAMPLE):
        if block.endswith("\r"):  # (a "\r\n" cut in two is one line end)
            block += text.read(1)
        stop = len(block) - len(block.lstrip(_BLANK))  # where the text begins (the block's end: none yet)
        cut = max(block.rfind("\n", 0, stop), block.rfind("\r", 0, stop)) + 1
        blank = block[:cut]
        skipped += blank.count("\n") + blank.count("\r") - blank.count("\r\n") - (after_cr and blank[:1] == "\n")
        if cut:
            line.clear()
        if stop < len(block):
            return skipped, "".join(line) + block[cut:]
        line.append(block[cut:])
        after_cr = block.endswith("\r")
    return skipped, ""


_BLANK = " \t\r\n"  #: what a blank line holds


def _csv_reason(message: str) -> str:
    """The csv module's error in Bahasa Indonesia (a field over 16 MB: a quote left open over a million lines)."""
    if "field larger than field limit" in message:
        return "satu sel lebih dari 16 MB (biasanya tanda kutip yang tidak ditutup menelan baris-baris berikutnya)"
    if "NUL" in message or "line contains" in message:
        return "berisi karakter NUL (bukan teks CSV)"
    if "new-line character seen in unquoted field" in message:
        return "pemisah baris di tengah sel tanpa tanda kutip"
    return "susunan CSV rusak"


#: the longest physical line read: a field is at most 16 MB (``csv.field_size_limit``), and a 1 GB line without a
#: newline was read whole (2.2 GB, then MemoryError) before the csv module could refuse its field
LINE_MAX = 1 << 24


def _line(text: IO[str], display: str) -> str:
    line = text.readline(LINE_MAX)
    if len(line) >= LINE_MAX and not line.endswith(("\n", "\r")):
        raise InputError(
            f"Berkas CSV '{display}' tidak dapat dibaca: satu baris lebih panjang dari {LINE_MAX // MB} MB",
            hint="Berkas ini bukan tabel CSV (atau ganti barisnya hilang); simpan ulang dari Excel sebagai CSV.",
        )
    return line


def _bounded_lines(text: IO[str], display: str) -> Iterator[str]:
    """The lines of ``text``, none read past :data:`LINE_MAX` characters (memory stays bounded)."""
    while line := _line(text, display):
        yield line


#: a line end SIASN's pipe exports add (";;"), and the quote or two some of their lines are wrapped in
_TAIL = ";;"


def _unquirked(lines: Iterator[str], sample: str, delimiter: str, result: CsvRead) -> Iterator[str]:
    """The lines with SIASN's pipe-export quirks undone: a ";;" line end (when the header line has it and ";" is
    not the delimiter), and a line wrapped in quotes, or opened by one that never closes on it, that holds nearly a
    whole row of delimiters (a CSV reader makes it one cell, or swallows the lines after it: people lost). A quote
    that closes a field before a delimiter (``"Jl. Mawar | 5"|B``, or ``"|B`` ending a cell of the line before) is
    CSV quoting and stays. The lines changed are
    recorded in ``result`` for the findings (:func:`quirk_findings`)."""
    head = [line.rstrip("\r\n") for line in sample.splitlines()[:20]]
    first = next((line for line in head if line.strip()), "")
    tails = delimiter != ";" and first.rstrip('"').endswith(_TAIL)  # (the header line ends with it, as SIASN's does)
    least = max(4, max((line.count(delimiter) for line in head), default=0) - 2)
    for number, line in enumerate(lines, start=result.blank_head + 1):
        if line[:1] != '"' and not tails:
            yield line
            continue
        body = line.rstrip("\r\n")
        end = line[len(body) :]
        if tails and body.endswith(_TAIL):
            body = body[: -len(_TAIL)]
            result.semicolon_tails += 1
        if body[:1] == '"' and body[1:2] != delimiter:  # ('"|…' closes a cell begun on the line before)
            close = body.find('"', 1)
            if close in (-1, len(body) - 1):  # no closing quote, or only the line's last character
                inner = body[1:close] if close > 0 else body[1:]
                if tails and inner.endswith(_TAIL):
                    inner = inner[: -len(_TAIL)]
                if inner.count(delimiter) >= least:
                    body = inner
                    result.quoted_lines.append(number)
        yield body + end


def _flagged(lines: Iterator[str], flag: list[bool]) -> Iterator[str]:
    """Yield lines, raising ``flag[1]`` when one is longer than a spreadsheet cell may be (:data:`CELL_MAX`);
    ``flag[0]`` is unused (control characters are taken out by the reader, ``readers._strip_invisible``)."""
    for line in lines:
        if len(line) > CELL_MAX:
            flag[1] = True
        yield line


@functools.cache
def _NIP_IN_LINE() -> re.Pattern[str]:
    return re.compile(r"(?<!\d)\d{18}(?!\d)")


def _swallowed_row(part: str, delimiter: str, widest: int) -> bool:
    """Whether a line inside a quoted cell is a row of the file a quote left open swallowed: nearly a whole row of
    delimiters, or a NIP among a few fields (the closing quote may cut the swallowed row short: one person was lost
    without a word when three lines and a nearly full row were needed; hostile-input campaign, round 3). A quoted
    address over two lines ("…, RT 01/RW 02\nKel. Sukamaju, Kec. Cibinong") is neither."""
    fields = part.count(delimiter)
    return fields >= max(4, widest - 2) or (fields >= 2 and _NIP_IN_LINE().search(part) is not None)


def _blank_rows(widths: array) -> Iterator[list[object]]:
    """The rows of a run of blank records, one shared row per width: 2 million blank lines between two rows took
    180 MB as a list each (hostile23, h36). Nothing writes into a blank row (the fixes of a grid write into rows that
    hold a cell), so sharing it changes no value."""
    alike: dict[int, list[object]] = {}
    for width in widths:
        row = alike.get(width)
        if row is None:
            row = alike[width] = [""] * width
        yield row


def _fill(reader: Any, result: CsvRead, flag: list[bool], bound: tuple[int, str]) -> None:
    """Read the records into ``result``; past ``bound``'s cells (``maks_sel``) the file is refused: 1,500 lines of
    100,000 named columns (151 MB, under the size cap) took more than 3.2 GB (hostile-input campaign, h26)."""
    from asn_mutasi.io.guard import too_many_cells

    cap, display = bound
    caches: list[dict[str, str] | None] = []
    rows, widths = result.rows, result.widths
    lead = result.blank_head  # (the blank lines read past before the reader: records and lines of their own)
    line, widest, cells = lead, 0, 0
    probed = False
    blanks = array("I", [0]) * lead  # the widths of the blank records not kept yet: kept once a filled record follows
    for n, record in enumerate(reader, start=lead):
        width = filled = len(record)
        while filled and not record[filled - 1]:  # Excel pads each line to the sheet's width: those cost nothing
            filled -= 1
        long_line, flag[1] = flag[1], False  # a physical line long enough to hold a cell no spreadsheet can
        first, line = line + 1, reader.line_num + lead
        if not filled:  # the blank lines ending a file are dropped unread (10 million took 2 GB and 68 s; h36)
            blanks.append(width)
            result.last_line = line
            continue
        if blanks:  # blank records between filled ones are kept: the rows after them keep their numbers
            rows.extend(_blank_rows(blanks))
            widths.extend(blanks)
            widest = max(widest, max(blanks))
            blanks = array("I")
        cells += filled
        if cells > cap:
            raise too_many_cells(f"Berkas '{display}' ditolak: tabelnya", cap)
        widths.append(width)
        while len(caches) < width:
            caches.append({})
        if long_line or line > first:  # (over several physical lines a cell may be long without a long line)
            result.long_cells.extend((n, i, len(v)) for i, v in enumerate(record) if len(v) > CELL_MAX)
            if line > first:  # two lines or more: a quote left open, if a line inside a cell is a row of its own
                delimiter = reader.dialect.delimiter
                result.open_quotes.extend(
                    (n, i, first, line)
                    for i, v in enumerate(record)
                    if "\n" in v and any(_swallowed_row(part, delimiter, widest) for part in v.split("\n")[1:])
                )
        widest = max(widest, width)
        result.last_line = line
        for i, value in enumerate(record):
            if not value:
                continue
            if value[0] == "=" and value.startswith('="'):
                m = _EXCEL_TEXT.match(value)
                if m:
                    value = m.group(1)
            cache = caches[i]
            if cache is not None:
                value = cache.setdefault(value, value)
            record[i] = value
        rows.append(record)
        if n - lead >= _CACHE_PROBE and not probed:  # (a blank record may be the probe's own)
            probed = True
            for i, cache in enumerate(caches):
                if cache is not None and len(cache) > _CACHE_PROBE // 2:
                    caches[i] = None


def ragged_findings(read: CsvRead, display: str, header_record: int) -> Iterator[Finding | FindingRun]:
    """Findings for records after ``header_record`` (0-based) whose field count differs from the header's.

    Record numbers are 1-based like ``_baris`` (the header line is its own number). Blank
    records (one empty field) are left to the empty-row rule. Consecutive records short of the same columns are said
    once, with their span and count (``csv-kolom-kurang-beruntun``): a header one column wider than every row made
    a thousand identical warnings before the cap (hostile16, h34).
    """
    widths = read.widths
    if header_record >= len(widths):
        return
    expected = widths[header_record]
    w = np.asarray(widths).astype(np.int64)
    idx = np.flatnonzero(w != expected)
    idx = idx[idx > header_record]
    blank = idx[w[idx] <= 1]
    if len(blank):  # the few one-field records: only the empty ones are left out
        empty = {int(n) for n in blank if not any(read.rows[n])}
        idx = idx[~np.isin(idx, list(empty))] if empty else idx
    if not len(idx):
        return
    iw = w[idx].astype(np.int64)
    starts = np.flatnonzero(np.r_[True, (np.diff(idx) != 1) | (iw[1:] != iw[:-1])])
    ends = np.r_[starts[1:], len(idx)] - 1
    for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
        width, first, last = int(iw[s]), int(idx[s]) + 1, int(idx[e]) + 1
        if width > expected:
            yield _shifted_run(display, idx[s : e + 1] + 1, width, expected)
        elif e > s:
            loc = Location(file=display, row=first)
            count = format_number(e - s + 1)
            yield make_finding(
                "csv-kolom-kurang-beruntun", loc, jumlah=width, harapan=expected, awal=first, akhir=last, banyak=count
            )
        else:
            yield make_finding("csv-kolom-kurang", Location(file=display, row=first), jumlah=width, harapan=expected)


def _shifted_run(display: str, rows: Any, width: int, expected: int) -> FindingRun:
    """``csv-kolom-bergeser`` for each of ``rows`` (an error per row, each one named), made only as the cap keeps."""

    def make(k: int) -> Finding:
        return make_finding(
            "csv-kolom-bergeser", Location(file=display, row=int(rows[k])), jumlah=width, harapan=expected
        )

    return FindingRun("csv-kolom-bergeser", rows, make)


def quote_findings(read: CsvRead, display: str, header_record: int, headers: list[str]) -> Iterator[Finding]:
    """``csv-kutip-terbuka`` for each cell that swallowed whole lines (line breaks and delimiters inside it) through a
    quote left open: the people on those lines are one cell of one row, not rows of their own. Record numbers are
    the file's rows as a spreadsheet shows them; the physical lines are named too."""
    for n, i, first, last in read.open_quotes:
        if n < header_record:
            continue
        header = headers[i] if i < len(headers) else None
        loc = Location(file=display, row=n + 1, header=header)
        yield make_finding("csv-kutip-terbuka", loc, mulai=first, akhir=last, jumlah=last - first + 1)


def quirk_findings(read: CsvRead, display: str) -> Iterator[Finding]:
    """``csv-baris-berkutip`` (the lines read without their wrapping quote) and ``csv-akhiran-baris`` (";;" line
    ends dropped): SIASN's pipe-export quirks, undone by :func:`_unquirked`, said once each."""
    if read.quoted_lines:
        lines = read.quoted_lines
        shown = ", ".join(map(str, lines[:5])) + (" …" if len(lines) > 5 else "")
        yield make_finding("csv-baris-berkutip", Location(file=display), jumlah=len(lines), baris=shown)
    if read.semicolon_tails:
        yield make_finding("csv-akhiran-baris", Location(file=display), jumlah=read.semicolon_tails)


def long_cell_findings(read: CsvRead, display: str, header_record: int, headers: list[str]) -> Iterator[Finding]:
    """``sel-terlalu-panjang`` for each cell longer than :data:`CELL_MAX` characters (read whole; a workbook we write
    cuts it, as Excel would)."""
    for n, i, length in read.long_cells:
        if n <= header_record:
            continue
        header = headers[i] if i < len(headers) else None
        loc = Location(file=display, row=n + 1, header=header)
        yield make_finding("sel-terlalu-panjang", loc, panjang=length, batas=CELL_MAX)


def most_common_width(widths: array) -> int:
    return Counter(widths).most_common(1)[0][0] if widths else 0
