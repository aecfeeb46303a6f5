"""Writing the product to stdout (table, JSON or CSV) and simple report files (``-o``).

Every value goes through :mod:`asn_mutasi.serialise`, the one serialiser shared with the
library and the file writers.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec

from asn_mutasi.cli.choices import OutputFormat
from asn_mutasi.cli.console import escape, out_console
from asn_mutasi.io.sanitise import FORMULA_START, CsvWriter, sanitise_text
from asn_mutasi.serialise import Record, clean_records, csv_cells, dumps

if TYPE_CHECKING:
    from asn_mutasi.cli.options import Context

Style = Callable[[object], str | None]
#: (canonical key, Indonesian header) of one table column
Column = tuple[str, str]


class RenderState:
    """Per-run output switches set from the shared options (``--csv-mentah``, ``-o`` without ``--format``)."""

    csv_raw: bool = False
    #: stdout is thrown away (``-o FILE`` without ``--format``): the product is not rendered at all
    discard: bool = False


@contextlib.contextmanager
def stdout_discarded() -> Iterator[None]:
    """Run a block with stdout pointed at ``os.devnull`` and the emit functions skipping their work.

    With ``-o FILE`` the product goes to the file and stdout gets nothing; rendering it anyway
    (a 100k plan's move table as CSV) only to throw it away cost a quarter of a second.
    """
    previous = RenderState.discard
    with open(os.devnull, "w", encoding="utf-8") as devnull, contextlib.redirect_stdout(devnull):
        RenderState.discard = True
        try:
            yield
        finally:
            RenderState.discard = previous


def discarded() -> bool:
    """Whether this run's stdout product is thrown away (see :func:`stdout_discarded`)."""
    return RenderState.discard


def set_csv_raw(raw: bool) -> None:
    """``--csv-mentah``: every CSV this run writes (stdout and ``-o``) keeps formula-like text as is."""
    RenderState.csv_raw = raw


def resolve_format(fmt: OutputFormat | None) -> OutputFormat:
    """The chosen format, else a table on a terminal and CSV in a pipe."""
    if fmt is not None:
        return fmt
    return OutputFormat.table if sys.stdout.isatty() else OutputFormat.csv


P = ParamSpec("P")


def pipe_safe(func: Callable[P, None]) -> Callable[P, None]:
    """Stop writing to stdout when the reader has gone (``… | head``), but let the command finish.

    The summary on stderr and the exit code (1 when there are findings) are the same with or
    without the pipe; only the rest of the product is dropped.
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            func(*args, **kwargs)
        except BrokenPipeError:
            silence_stdout()

    return wrapper


def silence_stdout() -> None:
    """Point stdout at /dev/null (after a broken pipe, so later writes and the final flush are no-ops)."""
    import io
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


@pipe_safe
def emit_json(payload: object) -> None:
    if RenderState.discard:
        return
    sys.stdout.write(dumps(payload))
    sys.stdout.write("\n")
    sys.stdout.flush()


@pipe_safe
def emit_csv(rows: Sequence[Mapping[str, object]], columns: Sequence[str], *, raw: bool | None = None) -> None:
    """CSV on stdout; formula-like text gets a leading apostrophe unless ``raw`` (``--csv-mentah``).

    ``raw=None`` takes the run's ``--csv-mentah`` (:func:`set_csv_raw`).
    """
    if RenderState.discard:
        return
    raw = RenderState.csv_raw if raw is None else raw
    writer = CsvWriter(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    # a column at a time: the cells' text, then the formula guard of sanitise_row on the few that need it
    texts = [csv_cells([r.get(c) for r in rows]) for c in columns]
    if not raw:
        texts = [[sanitise_text(v) if v and v[0] in FORMULA_START else v for v in col] for col in texts]
    for row in zip(*texts, strict=True) if columns else ([] for _ in rows):
        writer.writerow(row)
    sys.stdout.flush()


#: fields whose values never wrap in a terminal table (an 18-digit NIP split over two lines is unreadable)
NO_WRAP = frozenset(
    {"nip", "id_putaran", "kode_jabatan", "kode_jabatan_asal", "kode_jabatan_tujuan", "id_mutasi", "tmt", "tingkat"}
)


@pipe_safe
def emit_table(
    rows: Sequence[Mapping[str, object]],
    columns: Sequence[Column],
    *,
    title: str | None = None,
    limit: int | None = None,
    styles: Mapping[str, Style] | None = None,
    all_option: bool = True,
) -> None:
    """Print a rich table on stdout: ``columns`` are (key, Indonesian header). ``all_option``: the command has
    ``--semua`` (the line under a cut table names it only then).

    Cells are what a person reads (:func:`asn_mutasi.formatting.display_value`: rounded
    numbers the Indonesian way, ya/tidak, galat/peringatan, dd-mm-yyyy); numbers are
    right-aligned with as many decimals as the column's longest ("1,20" above "1,17"), ids never wrap, and a long result ends with a line saying how many
    rows are left out and how to see them all.
    """
    if RenderState.discard:
        return
    from rich.table import Table

    from asn_mutasi.formatting import align_decimals, display_value

    shown = list(rows if limit is None else rows[:limit])
    raw = clean_records(shown)
    table = Table(title=title, show_lines=False, header_style="bold")
    numeric_keys: set[str] = set()
    for key, header in columns:
        values = [r.get(key) for r in raw if r.get(key) is not None]
        numeric = bool(values) and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
        if numeric:
            numeric_keys.add(key)
        if key in NO_WRAP:
            table.add_column(header, no_wrap=True, min_width=min(18, max((len(str(v)) for v in values), default=4)))
        else:
            table.add_column(header, overflow="fold", justify="right" if numeric else "left")
    texts = {key: [display_value(key, r.get(key)) for r in raw] for key, _header in columns}
    for key in numeric_keys:
        texts[key] = align_decimals(texts[key])
    for i, r in enumerate(raw):
        cells = []
        for key, _header in columns:
            value = r.get(key)
            text = texts[key][i]
            styler = styles.get(key) if styles else None
            style = styler(value) if styler else None
            cells.append(f"[{style}]{escape(text)}[/{style}]" if style else escape(text))
        table.add_row(*cells)
    if limit is not None and len(rows) > limit:
        options = "--semua, --format csv atau -o" if all_option else "--format csv atau -o"
        table.caption = f"… {len(rows) - limit} lagi; gunakan {options} untuk semuanya"
        table.caption_justify = "left"
    out_console().print(table)


def emit(
    fmt: OutputFormat,
    rows: Sequence[Mapping[str, object]],
    columns: Sequence[Column],
    *,
    title: str | None = None,
    limit: int | None = None,
    styles: Mapping[str, Style] | None = None,
    all_option: bool = True,
) -> None:
    """Write ``rows`` to stdout in the chosen format."""
    if fmt is OutputFormat.json:
        emit_json(list(rows))
    elif fmt is OutputFormat.csv:
        emit_csv(rows, [k for k, _ in columns])
    else:
        emit_table(rows, columns, title=title, limit=limit, styles=styles, all_option=all_option)


def emit_view(
    fmt: OutputFormat,
    rows: Sequence[Mapping[str, object]],
    fields: Sequence[str],
    table: Sequence[Column],
    *,
    title: str | None = None,
    limit: int | None = 300,
    styles: Mapping[str, Style] | None = None,
    all_option: bool = True,
) -> None:
    """Emit rows: the short ``table`` view on a terminal, every field in json/csv (``all_option``: see
    :func:`emit_table`)."""
    columns = list(table) if fmt is OutputFormat.table else [(f, f) for f in fields]
    emit(fmt, rows, columns, title=title, limit=limit, styles=styles, all_option=all_option)


def titled(fields: Sequence[str], n: int | None = None) -> list[Column]:
    """Table columns headed by the field's Indonesian label (for tables without fixed headers)."""
    from asn_mutasi.labels import label

    return [(f, label(f)) for f in list(fields)[:n]]


def severity_style(value: object) -> str | None:
    return {"galat": "red", "peringatan": "yellow", "info": "dim"}.get(str(value))


def layak_style(value: object) -> str | None:
    return "green" if value is True else "red" if value is False else None


def write_rows(
    output: Path,
    overwrite: bool,
    rows: list[Record],
    columns: Sequence[str],
    sheet: str,
    more: dict[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> None:
    """Write rows to ``output`` as .xlsx (one sheet, then the frames of ``more`` by sheet name), .csv or .json,
    chosen by the suffix. ``headers``: the workbook's headers where they differ from the labels, on every sheet (the
    headers the plan workbook gives the same table)."""
    import pandas as pd

    from asn_mutasi.io.report_workbook import Sheet, write_report_workbook
    from asn_mutasi.io.writers import detect_output_format, write_records

    kind = detect_output_format(output, None)
    if kind == "xlsx":  # Indonesian headers and words for people; JSON/CSV keep the canonical keys
        frames = {sheet: pd.DataFrame(rows, columns=list(columns)), **(more or {})}
        sheets = {name: f if isinstance(f, Sheet) else Sheet(f, headers=headers) for name, f in frames.items()}
        write_report_workbook(output, sheets, overwrite=overwrite)
    else:
        write_records(rows, output, kind, columns=list(columns), overwrite=overwrite, raw=RenderState.csv_raw)


#: ``show_rows(payload=...)`` left out: ``-f json`` prints the rows themselves
_ROWS = object()


def show_rows(
    ctx: Context,
    rows: list[Record],
    fields: Sequence[str],
    table: Sequence[Column] | None = None,
    *,
    sheet: str | None,
    payload: object = _ROWS,
    title: str | None = None,
    limit: int | None = 300,
    styles: Mapping[str, Style] | None = None,
    all_option: bool = True,
    more: dict[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> None:
    """A command's rows on stdout and in ``-o``: ``payload`` (the rows unless given) with ``-f json``, else the
    ``table`` view (headed by the fields' labels unless given) or every field as CSV (:func:`emit_view`); then,
    with ``-o`` and a ``sheet``, the rows written to the file (:func:`write_rows`; ``sheet=None``: the caller
    writes them itself, later)."""
    if ctx.json:
        emit_json(rows if payload is _ROWS else payload)
    else:
        view = titled(fields) if table is None else table
        emit_view(ctx.fmt, rows, fields, view, title=title, limit=limit, styles=styles, all_option=all_option)
    if ctx.output is not None and sheet is not None:
        write_rows(ctx.output, ctx.overwrite, rows, fields, sheet, more=more, headers=headers)
