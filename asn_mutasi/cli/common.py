"""Plumbing shared by every command: consoles, options, error translation, output.

stdout carries the product only (table, JSON or CSV); messages, progress and the final
summary go to stderr. Exceptions become a short Bahasa Indonesia message and the
documented exit code; tracebacks never show local variables (they would print personal
data) and appear only with ``-vv``.
"""

from __future__ import annotations

import functools
import io
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from asn_mutasi.errors import EXIT_INTERNAL, EXIT_USAGE, AsnMutasiError, UsageError

F = TypeVar("F", bound=Callable[..., Any])

log = logging.getLogger("asn_mutasi")


class State:
    """Global flags set by the app callback (-q / -v)."""

    verbosity: int = 0  # -1 quiet, 0 default, 1 -v, 2 -vv


def err_console() -> Console:
    """A rich console on stderr (NO_COLOR honoured by rich)."""
    return Console(stderr=True, highlight=False, soft_wrap=True)


def out_console() -> Console:
    return Console(file=sys.stdout, highlight=False, soft_wrap=False, width=_table_width())


def _table_width() -> int | None:
    if sys.stdout.isatty():
        return None
    return 200


def info(message: str) -> None:
    """Print a message on stderr unless -q."""
    if State.verbosity >= 0:
        err_console().print(message, markup=False)


def warn(message: str) -> None:
    if State.verbosity >= 0:
        err_console().print(f"[yellow]Peringatan:[/yellow] {_escape(message)}")


def step(message: str) -> None:
    """A progress step, shown with -v."""
    if State.verbosity >= 1:
        err_console().print(f"[dim]· {_escape(message)}[/dim]")


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


FormatOpt = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="Format keluaran di stdout: table, json atau csv (bawaan: table di terminal, csv di pipa).",
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Tulis laporan ke berkas (.xlsx, .csv atau .json menurut akhiran)."),
]
OverwriteOpt = Annotated[
    bool, typer.Option("--timpa", "--force", help="Izinkan menimpa berkas keluaran yang sudah ada.")
]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", "-c", help="Berkas pengaturan TOML (bobot, ambang, aturan).")
]
MappingOpt = Annotated[
    Path | None, typer.Option("--peta-kolom", help="Berkas pemetaan kolom (TOML \\[kolom] atau CSV field,judul).")
]
SheetOpt = Annotated[str | None, typer.Option("--sheet", help="Nama atau nomor sheet data pegawai.")]
SheetJabatanOpt = Annotated[str | None, typer.Option("--sheet-jabatan", help="Nama atau nomor sheet peta jabatan.")]
InputFormatOpt = Annotated[
    str | None, typer.Option("--input-format", help="Format masukan bila dibaca dari stdin ('-'): csv, xlsx, xls, ods.")
]
AsOfOpt = Annotated[
    datetime | None,
    typer.Option("--tanggal", formats=["%Y-%m-%d"], help="Tanggal acuan perhitungan (YYYY-MM-DD); bawaan: hari ini."),
]


def resolve_format(fmt: OutputFormat | None) -> OutputFormat:
    if fmt is not None:
        return fmt
    return OutputFormat.table if sys.stdout.isatty() else OutputFormat.csv


def as_of_date(value: datetime | None) -> date:
    return value.date() if value else date.today()


def handle_errors(func: F) -> F:
    """Translate exceptions into a message on stderr and the documented exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(0) from None
        except UsageError as exc:
            err_console().print(f"[red]Kesalahan penggunaan:[/red] {_escape(exc.message)}")
            raise typer.Exit(EXIT_USAGE) from None
        except AsnMutasiError as exc:
            console = err_console()
            # messages quote paths and headers, which may contain [brackets]: never markup
            console.print(f"[red]Gagal:[/red] {_escape(exc.message)}")
            if exc.hint:
                console.print(f"Saran: {exc.hint}", markup=False)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            err_console().print("Dibatalkan.")
            raise typer.Exit(130) from None
        except Exception as exc:  # last line of defence: never a raw traceback
            console = err_console()
            console.print(
                f"[red]Kesalahan internal[/red] ({type(exc).__name__}). Ini bug pada asn-mutasi, bukan pada data Anda. "
                "Jalankan ulang dengan -vv untuk rincian teknis dan laporkan."
            )
            if State.verbosity >= 2:
                # plain traceback: no local variables, so no personal data from the frames
                console.print("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)), markup=False)
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper  # type: ignore[return-value]


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


# --- output -----------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, (datetime, date)):
        return (
            value.isoformat()[:10] if isinstance(value, date) and not isinstance(value, datetime) else value.isoformat()
        )
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        try:
            return _jsonable(value.item())
        except (ValueError, TypeError):
            return str(value)
    if hasattr(value, "isoformat"):
        try:
            return value.isoformat()[:10] if str(value).endswith("00:00:00") else value.isoformat()
        except (ValueError, TypeError):
            return None
    return value


def clean_records(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Make records JSON-safe (NaN → null, dates ISO, numpy → Python)."""
    return [{k: _jsonable(v) for k, v in r.items()} for r in records]


def emit_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
    sys.stdout.write("\n")
    sys.stdout.flush()


def emit_csv(records: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    import csv

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    for r in clean_records(records):
        writer.writerow([_csv_cell(r.get(c)) for c in columns])
    sys.stdout.flush()


def _csv_cell(value: Any) -> Any:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return value


def emit_table(
    records: Sequence[dict[str, Any]],
    columns: Sequence[tuple[str, str]],
    *,
    title: str | None = None,
    limit: int | None = None,
    styles: Mapping[str, Callable[[Any], str | None]] | None = None,
) -> None:
    """Print a rich table on stdout: ``columns`` are (key, Indonesian header)."""
    table = Table(title=title, show_lines=False, header_style="bold")
    for _key, header in columns:
        table.add_column(header, overflow="fold")
    shown = records if limit is None else records[:limit]
    for r in clean_records(shown):
        cells = []
        for key, _header in columns:
            value = r.get(key)
            text = "" if value is None else ("ya" if value is True else "tidak" if value is False else str(value))
            styler = styles.get(key) if styles else None
            style = styler(value) if styler else None
            cells.append(f"[{style}]{_escape(text)}[/{style}]" if style else _escape(text))
        table.add_row(*cells)
    out_console().print(table)
    if limit is not None and len(records) > limit:
        info(f"Menampilkan {limit} dari {len(records)} baris; gunakan --format csv/json atau -o untuk semuanya.")


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def emit(
    fmt: OutputFormat,
    records: Sequence[dict[str, Any]],
    columns: Sequence[tuple[str, str]],
    *,
    title: str | None = None,
    json_payload: Any = None,
    limit: int | None = None,
    styles: Mapping[str, Callable[[Any], str | None]] | None = None,
) -> None:
    """Write ``records`` to stdout in the chosen format."""
    if fmt is OutputFormat.json:
        emit_json(json_payload if json_payload is not None else clean_records(records))
    elif fmt is OutputFormat.csv:
        emit_csv(records, [k for k, _ in columns])
    else:
        emit_table(records, columns, title=title, limit=limit, styles=styles)


def severity_style(value: Any) -> str | None:
    return {"error": "red", "warning": "yellow", "info": "dim"}.get(str(value))


@contextmanager
def progress(description: str) -> Iterator[Callable[[str], None]]:
    """A spinner on stderr (only when stderr is a terminal); yields a step callback."""
    if not sys.stderr.isatty() or State.verbosity < 0:
        yield step
        return
    console = err_console()
    with console.status(description) as status:

        def update(message: str) -> None:
            status.update(f"{description} — {message}")
            step(message)

        yield update


def read_options(
    sheet: str | None, sheet_jabatan: str | None, input_format: str | None, mapping_file: Path | None
) -> Any:
    """Build pipeline.ReadOptions from the shared CLI options."""
    from asn_mutasi.io.mapping import load_mapping
    from asn_mutasi.pipeline import ReadOptions

    return ReadOptions(
        sheet_pegawai=sheet,
        sheet_jabatan=sheet_jabatan,
        input_format=input_format,
        mapping=load_mapping(mapping_file) if mapping_file else None,
        stdin=sys.stdin.buffer,
    )


RiwayatOpt = Annotated[
    Path | None, typer.Option("--riwayat", help="Riwayat jabatan (nip, jabatan, unit_kerja, tmt_mulai, tmt_selesai).")
]
AbkOpt = Annotated[Path | None, typer.Option("--abk", help="Lembar tugas ABK (volume × norma waktu per tugas).")]


def records(frame: Any, columns: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """DataFrame rows as dicts (only ``columns`` that exist, in that order)."""
    if columns is not None:
        frame = frame[[c for c in columns if c in frame.columns]]
    return clean_records(frame.to_dict("records"))


def emit_view(
    fmt: OutputFormat | None,
    rows: Sequence[dict[str, Any]],
    fields: Sequence[str],
    table: Sequence[tuple[str, str]],
    *,
    title: str | None = None,
    limit: int | None = 300,
    styles: Mapping[str, Callable[[Any], str | None]] | None = None,
) -> None:
    """Emit rows: the short ``table`` view on a terminal, every field in json/csv."""
    used = resolve_format(fmt)
    columns = list(table) if used is OutputFormat.table else [(f, f) for f in fields]
    emit(used, rows, columns, title=title, limit=limit, styles=styles)
