"""Write a roster back in the input's own format (after ``apply`` updated the movers).

CSV keeps the input's delimiter, encoding (a UTF-8 BOM when it had one), line ending and
headers, so the file drops back into SIMPEG/SIASN import tooling (title lines above a CSV's
header are not written). XLSX keeps the title rows above the header (as text, on their own
rows: "DAFTAR NOMINATIF …", "KEADAAN PER …" unchanged) and writes the header on the input's
(last) header row and the rows between the header and the data (a numbering row "1 2 3 …") under it,
so each data row keeps its row number and a finding's "baris 11" names the same person in both
files; rows between data rows that were not data (group headings, blank
rows) are not written, and the data below them moves up. NIP and other text stay text, a cell
that was a real date stays a real date (``apply`` writes the TMT in each replaced cell's
style), a numbering column is centred so it never runs into the NIP beside it. Writes are
atomic and never replace an existing file unless ``overwrite=True``.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd

from asn_mutasi.errors import OutputError
from asn_mutasi.io.report_workbook import ROUNDED_FLOAT, Sheet, write_report_workbook
from asn_mutasi.io.sanitise import CsvWriter, sanitise_row
from asn_mutasi.io.writers import atomic_write_bytes
from asn_mutasi.schema import RawTable

_ENCODINGS = {"utf-8-sig", "utf-8", "cp1252", "utf-16"}


def output_format(raw: RawTable, path: str | Path) -> str:
    """Return ``csv`` or ``xlsx``: the path's suffix when it names one, else the input's format."""
    suffix = Path(path).suffix.casefold()
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    if suffix == ".xlsx":
        return "xlsx"
    if suffix in (".xls", ".ods", ".xlsm"):
        raise OutputError(f"Format '{suffix}' tidak dapat ditulis; simpan data pegawai baru sebagai .xlsx atau .csv")
    return "csv" if raw.source.format == "csv" else "xlsx"


def _headers(raw: RawTable, frame: pd.DataFrame) -> list[str]:
    """The header row to write: the input's headers; of a two-row header (a group "DATA JABATAN" over "JABATAN",
    "UNIT KERJA" …, read as "DATA JABATAN / JABATAN") the lower row's label, as one header row reads it back (the
    joined text did not: the roster terapkan wrote had its jabatan and unit unmapped), unless two columns would
    then share a label."""
    if len(raw.original_headers) != frame.shape[1]:
        return [str(c) for c in frame.columns]
    names = [str(h) for h in raw.original_headers]
    if len(raw.source.header_rows) < 2:
        return names
    leaves = [h.rsplit(" / ", 1)[-1] for h in names]
    counts = Counter(leaves)
    return [leaf if counts[leaf] == 1 else h for h, leaf in zip(names, leaves, strict=True)]


def _line_ending(raw: RawTable) -> str:
    """Return the input file's line ending (CRLF when it used CRLF, else LF)."""
    try:
        with open(raw.source.path, "rb") as fh:
            head = fh.read(1 << 16)
    except OSError:
        return "\r\n"
    return "\r\n" if b"\r\n" in head else "\n"


def _csv_value(value: Any) -> str:
    if value is None or value is pd.NaT:
        return ""
    if isinstance(value, float):
        if value != value:
            return ""
        if (
            abs(value) >= ROUNDED_FLOAT
        ):  # a NIP stored as a number: its last digits are gone; never spell them as if known
            return f"{value:.14E}"  # as Excel shows it: 1.97703292003091E+17
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if hasattr(value, "strftime"):
        return str(value.strftime("%d-%m-%Y"))
    return str(value)


def render_roster_csv(raw: RawTable, frame: pd.DataFrame) -> bytes:
    """Return the roster as CSV bytes in the input's delimiter, encoding and line ending."""
    encoding = raw.source.encoding if raw.source.encoding in _ENCODINGS else "utf-8"
    buffer = io.StringIO()
    writer = CsvWriter(buffer, delimiter=raw.source.delimiter or ",", lineterminator=_line_ending(raw))
    writer.writerow(sanitise_row(list(_headers(raw, frame))))  # a header "=HYPERLINK(…)" is input too
    for row in frame.itertuples(index=False, name=None):
        writer.writerow(sanitise_row([_csv_value(v) for v in row]))
    text = buffer.getvalue()
    try:
        return text.encode(encoding or "utf-8")
    except UnicodeEncodeError as exc:
        raise OutputError(f"Data pegawai baru tidak dapat disimpan dengan encoding {encoding}: {exc.reason}") from exc


def write_roster_like(
    raw: RawTable, new_original_frame: pd.DataFrame, path: str | Path, *, overwrite: bool = False
) -> str:
    """Write ``new_original_frame`` (the input's columns) to ``path`` like the input; return the format.

    Refuses to replace an existing file unless ``overwrite`` (:class:`OutputError`).
    """
    fmt = output_format(raw, path)
    if fmt == "csv":
        atomic_write_bytes(path, render_roster_csv(raw, new_original_frame), overwrite=overwrite)
        return fmt
    frame = new_original_frame.copy()
    written = _headers(raw, frame)
    renamed = dict(zip((str(h) for h in raw.original_headers), written, strict=False))
    frame.columns = pd.Index(written)
    text_columns = [
        renamed.get(info.header, info.header) for name, info in raw.columns.items() if name in ("nip", "kode_jabatan")
    ]
    sheet = raw.source.sheet or "Data Pegawai"
    table = Sheet(frame, labelled=False, above=rows_above_header(raw), between=raw.below_header)
    write_report_workbook(path, {sheet: table}, overwrite=overwrite, text_fields=text_columns)
    return fmt


def rows_above_header(raw: RawTable) -> list[list[str]]:
    """The rows to write above the header so that it lands on the input's (last) header row: the title rows read
    above it (:attr:`RawTable.preamble`, as text), closest to the header, blank rows filling the rest. A DUK's three
    title rows were dropped and every row number moved up by four (walk3 #6, h27)."""
    if not raw.source.header_rows:
        return []
    first, last = min(raw.source.header_rows), max(raw.source.header_rows)
    room = first - 1
    titles = [[_csv_value(v) for v in row] for row in raw.preamble][-room:] if room > 0 else []
    blank: list[str] = []
    return [blank] * (room - len(titles)) + titles + [blank] * (last - first)
