"""Options shared by the commands, declared once, and the :class:`Context` they become.

A command is a function decorated with :func:`command`; the decorator appends the shared
options (output format, ``-o``, ``--timpa``, and the input options sheet, input format,
column mapping, config, date) to its signature for Typer, and passes the command one
``ctx: Context`` built from them by :func:`build_context`. A command that needs a
different help text for a shared option (``plan -o``) declares that parameter itself: it
then receives the value as its own argument *and* in ``ctx``.

This module is imported at CLI start-up: it must not import pandas (the context is built
lazily, when a command runs).
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypedDict, get_args, get_type_hints

import typer

from asn_mutasi.cli.choices import FailOn, OutputFormat, choice_option
from asn_mutasi.cli.console import set_verbosity
from asn_mutasi.cli.errors import handle_errors
from asn_mutasi.cli.i18n import HELP_OPTION_NAMES, date_format
from asn_mutasi.cli.render import resolve_format, set_csv_raw, stdout_discarded
from asn_mutasi.formatting import DATE_OPTION_FORMATS
from asn_mutasi.labels import field_words
from asn_mutasi.schema import HISTORY_FIELDS

if TYPE_CHECKING:
    from asn_mutasi.api.inputs import ReadOptions
    from asn_mutasi.config import Settings
    from asn_mutasi.findings import Finding


# --- shared options (declared once) ----------------------------------------------------------
FormatOpt = Annotated[
    OutputFormat | None,
    choice_option(
        OutputFormat,
        "--format",
        "-f",
        help="Format keluaran di stdout: tabel, json atau csv (bawaan: tabel di terminal, csv di pipa).",
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--keluaran", "-o", "--output", help="Tulis laporan ke berkas (.xlsx, .csv atau .json menurut akhiran)."
    ),
]
CsvRawOpt = Annotated[
    bool,
    typer.Option(
        "--csv-mentah",
        help=(
            "CSV apa adanya: teks yang diawali = + - @ tidak diberi apostrof pengaman. Hanya untuk CSV yang dibaca "
            "program, bukan dibuka di Excel (rumus di dalamnya bisa dijalankan)."
        ),
    ),
]
OverwriteOpt = Annotated[
    bool, typer.Option("--timpa", "--force", help="Izinkan menimpa berkas keluaran yang sudah ada.")
]
ConfigOpt = Annotated[
    Path | None, typer.Option("--pengaturan", "-c", "--config", help="Berkas pengaturan TOML (bobot, ambang, aturan).")
]
MappingOpt = Annotated[
    Path | None, typer.Option("--peta-kolom", help="Berkas pemetaan kolom (TOML \\[kolom] atau CSV field,judul).")
]
SheetOpt = Annotated[str | None, typer.Option("--lembar", "--sheet", help="Nama atau nomor lembar kerja data pegawai.")]
SheetJabatanOpt = Annotated[
    str | None, typer.Option("--lembar-jabatan", "--sheet-jabatan", help="Nama atau nomor lembar kerja peta jabatan.")
]
HeaderRowOpt = Annotated[
    int | None,
    typer.Option(
        "--baris-judul",
        min=1,
        help="Nomor baris (mulai 1) judul kolom data pegawai, bila tidak terdeteksi otomatis.",
    ),
]
InputFormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format-masukan", "--input-format", help="Format masukan bila dibaca dari stdin ('-'): csv, xlsx, xls, ods."
    ),
]
UnitKerjaOpt = Annotated[
    str | None,
    typer.Option("--unit-kerja", help="Unit kerja untuk berkas satu unit yang tidak punya kolom unit kerja."),
]
InstansiOpt = Annotated[
    str | None,
    typer.Option("--instansi", help="Hanya baris instansi ini (kolom INSTANSI); baris instansi lain dikecualikan."),
]
_FORMS = [date_format(f) for f in DATE_OPTION_FORMATS]
#: the date forms a date option accepts, in words for its help ("DD-MM-YYYY, YYYY-MM-DD atau DD/MM/YYYY")
DATE_FORMS = ", ".join(_FORMS[:-1]) + " atau " + _FORMS[-1]

AsOfOpt = Annotated[
    datetime | None,
    typer.Option(
        "--tanggal",
        formats=list(DATE_OPTION_FORMATS),
        help=f"Tanggal acuan perhitungan ({DATE_FORMS}); bawaan: hari ini.",
    ),
]

FailOnOpt = Annotated[
    FailOn,
    choice_option(
        FailOn, "--gagal-jika", "--fail-on", help="Keluar dengan kode 1 bila ada temuan setingkat ini atau lebih."
    ),
]


def exit_at_fail_level(findings: Sequence[Finding], fail_on: FailOn) -> None:
    """Exit 1 when a finding is at ``--gagal-jika`` or above (docs/exit-codes.md), after the command's output."""
    from asn_mutasi.errors import EXIT_FINDINGS
    from asn_mutasi.findings import Severity

    if fail_on is FailOn.never:
        return
    levels = {Severity.ERROR} if fail_on is FailOn.error else {Severity.ERROR, Severity.WARNING}
    if any(f.severity in levels for f in findings):
        raise typer.Exit(EXIT_FINDINGS)


VerboseOpt = Annotated[
    int,
    typer.Option(
        "--rinci",
        "-v",
        "--verbose",
        count=True,
        help="Tampilkan langkah dengan waktunya (-v) atau rincian teknis (-vv).",
    ),
]
QuietOpt = Annotated[bool, typer.Option("--senyap", "-q", "--quiet", help="Hanya tampilkan kesalahan.")]

# --- options several commands share (declared here once, named by each command that takes them)
RiwayatOpt = Annotated[
    Path | None,
    typer.Option("--riwayat", help=f"Riwayat jabatan, berkolom {', '.join(map(field_words, HISTORY_FIELDS))}."),
]
AllRowsOpt = Annotated[
    bool, typer.Option("--semua", help="Tampilkan semua baris di tabel terminal (bawaan: dipotong).")
]
AbkOpt = Annotated[Path | None, typer.Option("--abk", help="Lembar tugas ABK (volume × norma waktu per tugas).")]
BukuBesarOpt = Annotated[
    Path | None,
    typer.Option(
        "--buku-besar",
        help="Buku besar audit (SQLite, satu berkas per instansi); bawaan: \\[tata_kelola] buku_besar, "
        "selain itu buku_besar_mutasi.sqlite di folder buku kerja rencana.",
    ),
]
#: the ledger the ``buku-besar`` commands read: they take no plan workbook, so no default beside one (walk5, h31)
BukuBesarBacaOpt = Annotated[
    Path | None,
    typer.Option(
        "--buku-besar",
        help="Buku besar audit (SQLite) yang dibaca; bawaan: \\[tata_kelola] buku_besar di pengaturan. Tanpa "
        "keduanya perintah ini berhenti: sebutkan berkasnya (yang ditulis 'rencana' dan 'terapkan' bernama "
        "buku_besar_mutasi.sqlite di folder buku kerja rencana).",
    ),
]


def _param(name: str, annotation: object, default: object) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)


#: output options, in help order
OUTPUT_PARAMS = (
    _param("fmt", FormatOpt, None),
    _param("output", OutputOpt, None),
    _param("overwrite", OverwriteOpt, False),
    _param("csv_raw", CsvRawOpt, False),
)
#: input options, in help order
INPUT_PARAMS = (
    _param("sheet", SheetOpt, None),
    _param("sheet_jabatan", SheetJabatanOpt, None),
    _param("baris_judul", HeaderRowOpt, None),
    _param("input_format", InputFormatOpt, None),
    _param("mapping_file", MappingOpt, None),
    _param("unit_kerja", UnitKerjaOpt, None),
    _param("instansi", InstansiOpt, None),
    _param("config", ConfigOpt, None),
    _param("tanggal", AsOfOpt, None),
)
SHARED_NAMES = frozenset(p.name for p in (*OUTPUT_PARAMS, *INPUT_PARAMS))
#: -q / -v also after the command name (``asn-mutasi check … -v``), as people type them
VERBOSITY_PARAMS = (_param("verbose", VerboseOpt, 0), _param("quiet", QuietOpt, False))


#: commands (their function names) that read their ``pegawai`` workbook early: ``command(early_roster=True)``
EARLY_ROSTER_COMMANDS: set[str] = set()


def option_names(option: object) -> frozenset[str]:
    """Every spelling of a shared option (``ConfigOpt`` → ``--pengaturan``, ``-c``, ``--config``)."""
    info = get_args(option)[1]
    names = [info.default, *info.param_decls]
    return frozenset(n for n in names if isinstance(n, str) and n.startswith("-"))


def early_roster_path(argv: Sequence[str], commands: Collection[str]) -> str | None:
    """The ``pegawai`` workbook a command line reads first, when it can be read before Typer parses the line.

    The CLI starts that read (:func:`asn_mutasi.io.prefetch.start`) before Typer builds its commands,
    about 0.1 s earlier than :func:`build_context` would. Only the plain shape is recognised:
    ``[-q|-v …] COMMAND PEGAWAI …`` with COMMAND one of ``commands`` and PEGAWAI a file name (not an
    option, not ``-``), and no option on the line that changes how or with which limits that file is
    read (sheet, input format, settings file, help). Anything else gives None, and the command reads
    as it always does; a guess is never needed: ``build_context`` starts the same read, and the reader
    takes an early read only of the same file with the same limits (:func:`asn_mutasi.io.prefetch.take`).
    """
    root = option_names(VerboseOpt) | option_names(QuietOpt)
    at = 0
    while at < len(argv) and argv[at].startswith("-"):
        word = argv[at]
        if word not in root and not (word[:1] == "-" and word[1:2] != "-" and set(word[1:]) <= {"q", "v"}):
            return None  # another global option (--versi, --help): nothing to read
        at += 1
    if at + 1 >= len(argv) or argv[at] not in commands or argv[at + 1].startswith("-"):
        return None
    changes = option_names(SheetOpt) | option_names(InputFormatOpt) | option_names(ConfigOpt) | {*HELP_OPTION_NAMES}
    for word in argv[at + 2 :]:
        if word == "--":
            break
        name = word.split("=", 1)[0]
        if name in changes or (word[:1] == "-" and word[1:2] not in ("-", "") and "c" in word[1:]):
            return None  # (a short option group holding -c: its settings file may change the limits)
    return argv[at + 1]


class VerbArgs(TypedDict):
    """The keyword arguments every library verb that reads inputs takes from the shared options."""

    options: ReadOptions
    settings: Settings
    tanggal: date
    progress: Callable[[str], None] | None


@dataclass
class Context:
    """The shared options of one command run, resolved."""

    fmt: OutputFormat  #: resolved: table on a terminal, csv in a pipe unless --format
    output: Path | None
    overwrite: bool
    read: ReadOptions
    settings: Settings
    tanggal: date
    csv_raw: bool = False  #: --csv-mentah: CSV text starting with = + - @ is not escaped

    def verb_args(self, progress: Callable[[str], None] | None = None) -> VerbArgs:
        """``**ctx.verb_args(step)``: read options, settings and date for a library verb."""
        return VerbArgs(options=self.read, settings=self.settings, tanggal=self.tanggal, progress=progress)

    @property
    def json(self) -> bool:
        return self.fmt is OutputFormat.json

    @property
    def table(self) -> bool:
        return self.fmt is OutputFormat.table


def build_context(
    *,
    fmt: OutputFormat | None = None,
    output: Path | None = None,
    overwrite: bool = False,
    csv_raw: bool = False,
    sheet: str | None = None,
    sheet_jabatan: str | None = None,
    baris_judul: int | None = None,
    input_format: str | None = None,
    mapping_file: Path | None = None,
    unit_kerja: str | None = None,
    instansi: str | None = None,
    config: Path | None = None,
    tanggal: datetime | None = None,
    early_roster: str | None = None,
) -> Context:
    """Turn the shared option values into one :class:`Context` (settings read, mapping loaded).

    ``early_roster``: the roster the command reads first; its workbook is guarded and parsed on a
    thread from here on, while the readers are imported (:mod:`asn_mutasi.io.prefetch`).
    """
    from asn_mutasi.config import load_settings

    if output is not None and str(output) == "-":  # it wrote a file named "-" (the data goes to stdout anyway)
        from asn_mutasi.errors import UsageError

        raise UsageError(
            "'-o -' tidak dipakai: data sudah ditulis ke stdout",
            hint="Tanpa -o, hasil ditulis ke stdout; pilih bentuknya dengan --format json|csv|table.",
        )
    settings = load_settings(config)
    if early_roster is not None:
        from asn_mutasi.io import prefetch

        prefetch.start(early_roster, limits=settings.baca, sheet=sheet, input_format=input_format)
    from asn_mutasi.api.inputs import ReadOptions
    from asn_mutasi.io.column_mapping import load_mapping

    set_csv_raw(csv_raw)
    read = ReadOptions(
        sheet_pegawai=sheet,
        sheet_jabatan=sheet_jabatan,
        baris_judul=baris_judul,
        input_format=input_format,
        mapping=load_mapping(mapping_file) if mapping_file else None,
        stdin=sys.stdin.buffer if sys.stdin is not None else None,  # (started with stdin closed: "<&-")
        unit_kerja=unit_kerja,
        instansi=instansi,
    )
    return Context(
        fmt=resolve_format(fmt),
        output=output,
        overwrite=overwrite,
        read=read,
        settings=settings,
        tanggal=tanggal.date() if tanggal else date.today(),
        csv_raw=csv_raw,
    )


CommandFunc = Callable[..., None]


def command(
    *,
    inputs: bool = True,
    fmt: bool = True,
    stdout_with_output: bool = False,
    early_roster: bool = False,
    report: bool = False,
) -> Callable[[CommandFunc], CommandFunc]:
    """Give a command the shared options and one ``ctx: Context``; translate errors to exit codes.

    ``inputs=False`` leaves out the input options (sheet, mapping, config, date); ``fmt=False``
    leaves out ``--format``. ``-o FILE`` means the product goes to the file: stdout then gets
    nothing (messages and the one-line summary stay on stderr) unless ``--format`` asks for
    it too, or the command keeps its stdout (``stdout_with_output``, e.g. apply, whose ``-o``
    is the new roster and whose stdout is the SK list). ``early_roster``: the command reads its
    ``pegawai`` argument first, so that workbook is read early (see :func:`build_context`). ``report``: ``-o`` is a
    report whose form its suffix names (.xlsx, .csv, .json); any other name is a usage error before any work (the
    data went to stdout first, then "Format keluaran … tidak dapat ditentukan": hostile-input campaign, round 3).
    """

    def decorate(func: CommandFunc) -> CommandFunc:
        if early_roster:
            EARLY_ROSTER_COMMANDS.add(func.__name__)
        hints = get_type_hints(func, include_extras=True)
        own = [
            p.replace(annotation=hints.get(p.name, p.annotation))
            for p in inspect.signature(func).parameters.values()
            if p.name != "ctx"
        ]
        declared = {p.name for p in own}
        wanted = [*OUTPUT_PARAMS, *(INPUT_PARAMS if inputs else ())]
        added = [p for p in wanted if p.name not in declared and (fmt or p.name != "fmt")]
        added += [p for p in VERBOSITY_PARAMS if p.name not in declared]

        @functools.wraps(func)
        def wrapper(**kwargs: object) -> None:
            verbose, quiet = kwargs.pop("verbose", 0), kwargs.pop("quiet", False)
            if verbose or quiet:
                set_verbosity(int(verbose), bool(quiet))  # type: ignore[call-overload]
            shared = {n: (kwargs[n] if n in declared else kwargs.pop(n)) for n in SHARED_NAMES if n in kwargs}
            roster = kwargs.get("pegawai") if early_roster else None
            try:
                ctx = build_context(**shared, early_roster=roster if isinstance(roster, str) else None)  # type: ignore[arg-type]
                _run(func, kwargs, ctx, shared, report=report, plain=stdout_with_output or not fmt)
            finally:
                if early_roster:  # an early read the command never took (it failed first) is not kept
                    from asn_mutasi.io import prefetch

                    prefetch.discard()

        parameters = own + added
        wrapper.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
        wrapper.__annotations__ = {p.name: p.annotation for p in parameters}
        return handle_errors(wrapper)

    return decorate


def _run(
    func: CommandFunc, kwargs: dict[str, object], ctx: Context, shared: dict[str, object], *, report: bool, plain: bool
) -> None:
    """Run ``func`` with ``ctx``: a report's suffix checked first, stdout discarded when ``-o`` takes the product
    (see :func:`command`)."""
    if report and ctx.output is not None:
        from asn_mutasi.io.writers import detect_output_format

        detect_output_format(ctx.output, None)
    if plain or ctx.output is None or shared.get("fmt") is not None:
        func(**kwargs, ctx=ctx)
        return
    with stdout_discarded():
        func(**kwargs, ctx=ctx)


def command_group(name: str, help: str, **commands: CommandFunc) -> Callable[[typer.Typer], None]:
    """The ``register(app)`` of a command group: ``asn-mutasi <name> <sub>`` for each ``sub=function``, in order."""

    def register(app: typer.Typer) -> None:
        group = typer.Typer(name=name, help=help, no_args_is_help=True)
        for sub, func in commands.items():
            group.command(sub)(func)
        app.add_typer(group, name=name)

    return register
