"""Reading and preparing the inputs every command starts from: roster, position table, history.

``load_inputs`` reads and validates; ``build_world`` also links every employee to the position
table (the first half of match, assess, vacancies, workload and plan).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeAlias

import numpy as np
import pandas as pd

from asn_mutasi.config import ReadLimits, Settings, load_settings
from asn_mutasi.cores import second_core
from asn_mutasi.domain.limits import check_as_of
from asn_mutasi.errors import InputError, SchemaError, UsageError
from asn_mutasi.findings import Finding, Location, capped, make_finding
from asn_mutasi.formatting import format_number
from asn_mutasi.gc_pause import gc_paused
from asn_mutasi.schema import (
    LOAD_SEATS,
    ROSTER_FOR_PLANNING,
    ROW,
    STATUS,
    UNIT_AS_WRITTEN,
    RawTable,
    holder_mask,
    valid_mask,
)
from asn_mutasi.validation import (
    PreparedTable,
    date_order_proofs,
    prepare_positions,
    prepare_roster,
    require_fields,
)

if TYPE_CHECKING:  # the linker is imported where the tables are linked (start-up stays light)
    from asn_mutasi.workload.linking import LinkResult

log = logging.getLogger(__name__)

#: a file path, or ``"-"`` for stdin
Source: TypeAlias = str | Path
#: files or folders where a verb takes several: a list, or one given alone (``usulan=Path("usulan.csv")``), which
#: :func:`asn_mutasi.api.front.verb` turns into a list of that one
Sources: TypeAlias = Source | Sequence[Source]
#: a file or folder a verb writes (or the ledger it appends to), as a path or its text
Target: TypeAlias = str | Path
#: receives a short Indonesian description of each long step
Progress: TypeAlias = Callable[[str], None]


def source_list(value: Sources) -> list[Source]:
    """``value`` as a list of files or folders: one given alone is a list of that one."""
    return [value] if isinstance(value, str | Path) else list(value)


def target_path(value: Target | None) -> Path | None:
    """``value`` as a :class:`~pathlib.Path` (None stays None): verbs accept text paths from notebooks."""
    return None if value is None else Path(value)


def _noop(_: str) -> None:
    return None


@dataclass
class ReadOptions:
    """How to read input files (sheets, stdin format, column mapping)."""

    sheet_pegawai: str | None = None
    sheet_jabatan: str | None = None
    input_format: str | None = None
    mapping: dict[str, str] | None = None
    stdin: BinaryIO | None = None
    #: 1-based header row of the roster when detection cannot find it (CLI ``--baris-judul``)
    baris_judul: int | None = None
    #: reading limits; ``None`` takes the settings' ``[baca]`` (see :func:`setup`)
    limits: ReadLimits | None = None
    #: the unit of a single-unit file without a unit column (wins over a "SKPD : …" title row)
    unit_kerja: str | None = None
    #: the sheet of the ABK task workbook to read (CLI ``--sheet-abk``); ``None``: every task sheet
    sheet_abk: str | None = None
    #: the position (code or name) of an ABK sheet without a position column (CLI ``--jabatan-abk``)
    abk_jabatan: str | None = None
    #: the unit of that position when its name is not unique (CLI ``--unit-abk``)
    abk_unit_kerja: str | None = None
    #: keep only the rows of this agency (SIASN INSTANSI KERJA NAMA); the others are accounted as excluded
    instansi: str | None = None


@dataclass
class RunSetup:
    """What every verb needs besides its files: read options, settings and the reference date."""

    read: ReadOptions
    settings: Settings
    today: date
    progress: Progress


def setup(
    options: ReadOptions | None, settings: Settings | None, tanggal: date | None, progress: Progress | None
) -> RunSetup:
    """Fill the defaults of the shared verb parameters (stdin, default settings, today)."""
    read = options or ReadOptions()
    if read.mapping is not None:  # as a mapping file is read (--peta-kolom): a misspelt field is no silent no-op
        from asn_mutasi.io.column_mapping import checked_mapping

        read = replace(read, mapping=checked_mapping(read.mapping.items(), "Peta kolom (ReadOptions.mapping)"))
    if read.baris_judul is not None and read.baris_judul < 1:  # (the CLI option's bound: rows count from 1)
        raise UsageError(f"Baris judul (ReadOptions.baris_judul) {read.baris_judul} harus 1 atau lebih")
    settings = settings if settings is not None else load_settings(None)
    if read.limits is None:
        read = replace(read, limits=settings.baca)
    if read.stdin is None:  # notebooks may replace sys.stdin with a stream that has no bytes buffer
        read = replace(read, stdin=getattr(sys.stdin, "buffer", None))
    return RunSetup(
        read=read,
        settings=settings,
        today=check_as_of(tanggal) if tanggal else date.today(),  # 9999-12-31 is a usage error, not a crash
        progress=progress or _noop,
    )


def read_input(
    path: Source,
    kind: str,
    opts: ReadOptions,
    *,
    sheet: str | None = None,
    on_parse: Callable[[], None] | None = None,
    needs_from_tasks: bool = False,
) -> RawTable:
    """Read one table of ``kind`` from a file (or ``-`` for stdin); ``on_parse``, ``needs_from_tasks``: see
    ``read_table``."""
    from asn_mutasi.io.readers import read_table

    return read_table(
        str(path),
        kind,
        sheet=sheet,
        input_format=opts.input_format,
        mapping=opts.mapping,
        stdin=opts.stdin if str(path) == "-" else None,
        limits=opts.limits,
        baris_judul=opts.baris_judul if kind == "pegawai" else None,
        unit_kerja=opts.unit_kerja,
        on_parse=on_parse,
        needs_from_tasks=needs_from_tasks,
    )


def read_task_sheets(path: Source, opts: ReadOptions) -> list[RawTable]:
    """Read an ABK workbook: every sheet that is a task sheet (e-Anjab writes one per position).

    A workbook with one sheet, CSV and stdin read as one table. Sheets that are not task
    sheets (a cover, a recap) are skipped; when none is, the best sheet's error is raised.
    """
    from asn_mutasi.io.readers import list_sheets, read_workbook_tables

    if opts.sheet_abk is not None:
        return [read_input(path, "abk", opts, sheet=opts.sheet_abk)]
    if str(path) == "-" or Path(path).suffix.lower() not in {".xlsx", ".xlsm", ".xls", ".ods", ".xlsb"}:
        return [read_input(path, "abk", opts)]
    if len(list_sheets(path, limits=opts.limits)) < 2:
        return [read_input(path, "abk", opts)]
    tables = read_workbook_tables(
        str(path), "abk", mapping=opts.mapping, limits=opts.limits, unit_kerja=opts.unit_kerja
    )  # the workbook opened once; sheets that are no task sheet skipped
    return tables or [read_input(path, "abk", opts)]


def _log_read(raw: RawTable) -> None:
    """-vv: where a table was read from and which column became which field (and how it was chosen)."""
    if not log.isEnabledFor(logging.DEBUG):
        return
    src = raw.source
    log.debug(
        "%s: berkas %s%s, baris judul %s, %d baris data, %d kolom dipetakan, %d tidak dipetakan%s",
        raw.kind,
        src.path,
        f" lembar kerja '{src.sheet}'" if src.sheet else "",
        "+".join(str(r) for r in src.header_rows) or "-",
        len(raw.frame),
        len(raw.columns) + sum(map(len, raw.parts.values())),
        len(raw.unmapped),
        f" ({', '.join(raw.unmapped[:10])})" if raw.unmapped else "",
    )
    for name, info in [*raw.columns.items(), *((n, i) for n, more in raw.parts.items() for i in more)]:
        log.debug(
            "%s: %s ← kolom %s '%s' (%s, skor %.0f)", raw.kind, name, info.letter, info.header, info.how, info.score
        )


def _log_counts(table: PreparedTable) -> None:
    """-vv: rows per status after validation."""
    if log.isEnabledFor(logging.DEBUG):
        counts = ", ".join(f"{k} {v}" for k, v in table.counts().items())
        log.debug("%s diperiksa: %s; %d temuan", table.raw.kind, counts, len(table.findings))


def check_stdin_usage(*paths: Source | None) -> None:
    """Only one input may come from stdin."""
    if sum(1 for p in paths if p is not None and str(p) == "-") > 1:
        raise UsageError("Hanya satu masukan yang boleh dibaca dari stdin ('-').")


def _positions_in_same_workbook(path: Source, roster_sheet: str | None, opts: ReadOptions) -> RawTable | None:
    """Read a position-table sheet from the roster workbook, if it has one (one file holding both)."""
    if str(path) == "-" or Path(path).suffix.lower() not in {".xlsx", ".xlsm", ".xls", ".ods"}:
        return None
    from asn_mutasi.errors import SchemaError
    from asn_mutasi.io.readers import list_sheets, sheet_for

    if len(list_sheets(path, limits=opts.limits)) < 2:
        return None
    candidate = sheet_for(path, "jabatan", opts.sheet_jabatan, limits=opts.limits)
    if candidate is None or candidate == roster_sheet:
        return None
    try:
        return read_input(path, "jabatan", opts, sheet=candidate)
    except SchemaError:  # the other sheet is not a position table
        return None


@dataclass
class Inputs:
    """Prepared inputs and every finding gathered while reading them."""

    roster: PreparedTable
    positions: PreparedTable | None
    findings: list[Finding] = field(default_factory=list)
    #: the position table's link index (``workload.linking.PositionIndex``), built beside the roster's
    #: read when the caller links the roster (``build_world``, which drops it after linking); else None
    position_index: Any = field(default=None, repr=False, compare=False)


def load_inputs(
    pegawai: Source,
    jabatan: Source | None,
    *,
    opts: ReadOptions,
    settings: Settings,
    today: date,
    require_positions: bool = False,
    progress: Progress = _noop,
    abk: Source | None = None,
) -> Inputs:
    """Read and prepare the roster and (optionally) the position table."""
    with gc_paused():  # millions of small objects, almost no cycles (see asn_mutasi.gc_pause)
        return _load_inputs(pegawai, jabatan, opts, settings, today, require_positions, progress, abk, index=False)


def _load_inputs(
    pegawai: Source,
    jabatan: Source | None,
    opts: ReadOptions,
    settings: Settings,
    today: date,
    require_positions: bool,
    progress: Progress,
    abk: Source | None,
    *,
    index: bool,
    warm: Warm | None = None,
    warm_roster: Warm | None = None,
) -> Inputs:
    check_stdin_usage(pegawai, jabatan, abk)
    positions_part = _PositionsPart(jabatan, abk, opts, settings, require_positions, index, warm)
    # the position table is read and prepared while the roster's cells are parsed (calamine holds no GIL);
    # started once the roster has passed the guard, so the guard's numpy scan has the GIL to itself, or at once
    # when the roster's guard and parse already run on the early read's thread (asn_mutasi.io.prefetch): the
    # main thread only waits for them, and the guard's remaining ~0.35 s at 100k rows was a core left idle
    start = positions_part.start if jabatan is not None and _concurrent(pegawai, jabatan, abk) else None
    progress("membaca data pegawai")
    try:
        raw_roster = read_input(pegawai, "pegawai", opts, sheet=opts.sheet_pegawai, on_parse=start)
        _log_read(raw_roster)
        if require_positions and len(raw_roster.frame) == 0:  # as an empty position table is (it planned nobody)
            raise InputError(f"Data pegawai '{raw_roster.source.path}' tidak berisi baris data (hanya judul kolom)")
        if warm_roster is not None:
            try:
                warm_roster(raw_roster.frame)
            except Exception:  # a head start only: the caller does the same work later
                log.debug("awal cepat dari data pegawai gagal; dilewati", exc_info=True)
        progress("memeriksa data pegawai")
        roster = prepare_roster(raw_roster, today=today, instansi=opts.instansi)
        _log_counts(roster)
        if require_positions:  # planning commands need jabatan and unit_kerja; check does without (issue 11)
            # (a roster without a unit column is planned when its posts link: build_world reads the units there)
            fields = ("jabatan",) if index and "jabatan" in raw_roster.columns else ROSTER_FOR_PLANNING
            require_fields(roster, fields, purpose="perintah ini (pencocokan dengan peta jabatan)")
    except BaseException:
        # the roster's error wins, as when the files are read one after the other, and is raised at once: the
        # position table's read (a 100k-row table: ~1 s) is abandoned, not waited for (hostile20, h35)
        positions_part.abandon()
        raise
    findings = list(raw_roster.findings) + roster.findings

    positions: PreparedTable | None = None
    progress("membaca peta jabatan")
    part: _PositionsOutcome | None = None
    if jabatan is not None:
        if abk is not None:
            progress("membaca lembar tugas ABK")
        part = _positions_result(positions_part, pegawai, jabatan)
    else:
        same = _positions_in_same_workbook(pegawai, raw_roster.source.sheet, opts)
        if same is None and require_positions:
            raise UsageError("Peta jabatan (JABATAN) wajib diberikan untuk perintah ini.")
        if same is not None:
            part = _prepare_positions_part(same, abk, opts, settings, require_positions, index)
    position_index = None
    if part is not None:
        raw_pos, raw_abk, positions, position_index = part
        findings += [f for r in raw_abk or [] for f in r.findings]
        _log_read(raw_pos)
        findings += list(raw_pos.findings) + positions.findings
        _log_counts(positions)
        if positions.abk:
            log.debug("lembar ABK: %s", ", ".join(f"{k}={v}" for k, v in positions.abk.items()))
        findings = _mapping_misses_in_scope(findings, [raw_roster, raw_pos, *(raw_abk or [])])
    return Inputs(roster=roster, positions=positions, findings=findings, position_index=position_index)


def _positions_result(part: _PositionsPart, pegawai: Source, jabatan: Source) -> _PositionsOutcome:
    """``part.result()``; a position table refused for its columns when it is the roster's own file (one sheet read
    as both, a slip of the command line) says so in its hint: the refusal named only the missing KEBUTUHAN column of
    a roster (hostile20, h35)."""
    try:
        return part.result()
    except SchemaError as exc:
        if _same_file(pegawai, jabatan):
            said = f"Data pegawai dan peta jabatan yang diberikan adalah berkas yang sama ('{jabatan}'): berikan berkas peta jabatan sebagai argumen kedua."
            exc.hint = f"{exc.hint} {said}" if exc.hint else said
        raise


def _same_file(one: Source, two: Source) -> bool:
    if str(one) == "-" or str(two) == "-":
        return False
    try:
        return os.path.samefile(one, two)
    except OSError:
        return False


def _mapping_misses_in_scope(findings: list[Finding], tables: list[RawTable]) -> list[Finding]:
    """``findings`` without the ``peta-kolom-tidak-ditemukan`` of a table the ``--peta-kolom`` file does not
    describe, when it describes another: one file serves every table, and a roster's "unit_kerja =
    'satuan_kerja_kerja'" was warned against the position table too (h27/real7). A table is described when it took
    a column from the file; a file that describes no table has every miss named (they are typos)."""
    described = {(t.source.path, t.source.sheet): any(c.how == "peta" for c in t.columns.values()) for t in tables}
    if all(described.values()) or not any(described.values()):
        return findings
    quiet = {where for where, took in described.items() if not took}
    return [
        f
        for f in findings
        if f.code != "peta-kolom-tidak-ditemukan" or (f.location.file, f.location.sheet) not in quiet
    ]


def _concurrent(pegawai: Source, jabatan: Source, abk: Source | None) -> bool:
    """Read the position table in a second thread: two files on disk and a second core to use.

    calamine parses a sheet without holding the GIL (two 100k-row parses in two threads take
    2.2 s against 3.3 s one after the other), so the position table is read, guarded and
    prepared while the roster's sheet is parsed. stdin stays in the main thread.
    """
    if any(p is not None and str(p) == "-" for p in (pegawai, jabatan, abk)):
        return False
    return second_core()


#: a head start on the positions' side of what the caller does next (see ``_PositionsPart``)
Warm: TypeAlias = Callable[[pd.DataFrame], None]

#: the read position table, its ABK sheets, the prepared table and its link index
_PositionsOutcome: TypeAlias = tuple[RawTable, list[RawTable] | None, PreparedTable, Any]


def _prepare_positions_part(
    raw_pos: RawTable, abk: Source | None, opts: ReadOptions, settings: Settings, require_positions: bool, index: bool
) -> _PositionsOutcome:
    """The read position table checked, the ABK sheets read, the table prepared (in this order), indexed."""
    if require_positions and len(raw_pos.frame) == 0:
        raise InputError(f"Peta jabatan '{raw_pos.source.path}' tidak berisi baris data (hanya judul kolom)")
    raw_abk = read_task_sheets(abk, opts) if abk is not None else None
    positions = prepare_positions(
        raw_pos,
        settings,
        abk=raw_abk,
        instansi=opts.instansi,
        abk_jabatan=opts.abk_jabatan,
        abk_unit_kerja=opts.abk_unit_kerja,
    )
    return raw_pos, raw_abk, positions, _position_index(positions) if index else None


def _position_index(positions: PreparedTable) -> Any:
    """``PositionIndex.build`` of the valid positions, or None when it fails (linking then builds it and fails there)."""
    from asn_mutasi.workload.linking import PositionIndex

    try:
        return PositionIndex.build(positions.valid)
    except Exception:  # the same error is raised where linking has always raised it
        return None


class _PositionsPart:
    """Read and prepare the position table (and ABK sheets), in a worker thread or on demand.

    Started, it runs the same steps in the same order as :meth:`result` would in the calling
    thread; its outcome (tables or the first exception) is only looked at in the calling
    thread, so errors, findings and log lines come in the order of a sequential read whatever
    finishes first. It never reports progress or logs: the calling thread does both.

    ``warm`` (optional) runs next, in the same thread, on the prepared valid positions: work the
    caller will need anyway (imports, caches), done while the roster's cells are still parsed.
    It must not change any result; its failures are ignored. :meth:`result` waits for it, so
    the calling thread never imports or computes beside it. Once the caller has failed
    (:meth:`abandon`) its error is raised without waiting for this thread: the step under way
    ends on its own (a read cannot be interrupted inside calamine), nothing after it is started,
    its outcome and error are dropped, and it never prints or logs. The thread is a daemon, so
    the CLI's exit does not wait for it either (the read may start before the roster's guard
    passed: ``read_table``'s ``on_parse``).
    """

    def __init__(
        self,
        jabatan: Source | None,
        abk: Source | None,
        opts: ReadOptions,
        settings: Settings,
        require: bool,
        index: bool,
        warm: Warm | None = None,
    ) -> None:
        self.jabatan, self.abk, self.opts, self.settings, self.require = jabatan, abk, opts, settings, require
        self.index, self.warm = index, warm
        self._thread: threading.Thread | None = None
        self._outcome: _PositionsOutcome | None = None
        self._error: BaseException | None = None
        self._abandoned = threading.Event()

    def _run(self) -> None:
        try:
            raw_pos = self._read()
            if self._abandoned.is_set():  # the caller failed meanwhile (a roster its guard refused): its error
                return  # is raised, this table never looked at; not prepared
            self._outcome = self._prepare(raw_pos)
        except BaseException as exc:  # handed to the calling thread (pyo3 panics derive from BaseException)
            self._error = None if self._abandoned.is_set() else exc
            return
        if self._abandoned.is_set():
            self._outcome = None  # nobody takes it: not kept as long as this object is referenced
        elif self.warm is not None:
            # a head start only: what fails here fails again where it is needed, and is reported there
            with contextlib.suppress(Exception):
                self.warm(self._outcome[2].valid)

    def _read(self) -> RawTable:
        assert self.jabatan is not None
        return read_input(
            self.jabatan, "jabatan", self.opts, sheet=self.opts.sheet_jabatan, needs_from_tasks=self.abk is not None
        )

    def _prepare(self, raw_pos: RawTable) -> _PositionsOutcome:
        return _prepare_positions_part(raw_pos, self.abk, self.opts, self.settings, self.require, self.index)

    def start(self) -> None:
        if self._thread is None:  # once
            self._thread = threading.Thread(target=self._run, name="baca-peta-jabatan", daemon=True)
            self._thread.start()

    def abandon(self) -> None:
        """The caller failed: start nothing more and drop the outcome, without waiting for the step under way."""
        self._abandoned.set()

    def result(self) -> _PositionsOutcome:
        if self._thread is None:
            return self._prepare(self._read())
        self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        assert self._outcome is not None
        return self._outcome


def read_roster(path: Source, run: RunSetup) -> PreparedTable:
    """Read and prepare one roster (no position table)."""
    raw = read_input(path, "pegawai", run.read, sheet=run.read.sheet_pegawai)
    return prepare_roster(raw, today=run.today, instansi=run.read.instansi)


def read_positions(path: Source | None, run: RunSetup) -> pd.DataFrame | None:
    """Read and prepare a position table; its valid rows, or None without a file."""
    if path is None:
        return None
    raw = read_input(path, "jabatan", run.read, sheet=run.read.sheet_jabatan)
    return prepare_positions(raw, run.settings, instansi=run.read.instansi).valid


@dataclass
class World:
    """Prepared, validated and linked inputs of one run."""

    inputs: Inputs
    roster: pd.DataFrame  #: every prepared roster row, plus ``kode_jabatan_link`` / ``cara_tautan``
    positions: pd.DataFrame  #: valid position rows
    history: pd.DataFrame | None
    findings: list[Finding] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    #: the findings of reading ``history`` (also in :attr:`findings`): what `nilai` and `usulan gabung`, which list
    #: no input findings, say of it (rows without a post or of unknown NIPs were dropped there without a word)
    history_findings: list[Finding] = field(default_factory=list)

    @property
    def valid_roster(self) -> pd.DataFrame:
        return self.roster[valid_mask(self.roster)]

    @property
    def holder_roster(self) -> pd.DataFrame:
        """Every row whose person holds the post it names (:func:`~asn_mutasi.schema.holder_mask`): the valid
        rows and those excluded for a fault of their NIP alone. What bezetting counts; only valid rows move."""
        return self.roster[holder_mask(self.roster)]

    def open_seats(self) -> pd.Series:
        """Per position code: its vacancies as ``lowongan`` counts them (:func:`~asn_mutasi.domain.lowongan.
        seat_vacancies` of kebutuhan and the holders of :attr:`holder_roster`)."""
        from asn_mutasi.domain.lowongan import bezetting, seat_vacancies
        from asn_mutasi.workload.linking import LINK_COLUMN

        pos = self.positions
        codes = pos["kode_jabatan"].astype(str)
        need = pd.to_numeric(pos["kebutuhan"], errors="coerce").fillna(0).to_numpy(dtype=float)
        holders = self.holder_roster
        links = holders[LINK_COLUMN] if LINK_COLUMN in holders.columns else pd.Series([], dtype=object)
        return pd.Series(seat_vacancies(need, bezetting(links, codes)), index=codes.to_numpy())

    def release_raw(self) -> None:
        """Drop the cell grids as read (kept only for commands that write the roster back, like ``apply``).

        The prepared, linked tables and every finding stay; at 300k rows this returns
        ~125 MB to the allocator before planning (the plan's peak memory; issue 10).
        """
        for table in (self.inputs.roster, self.inputs.positions):
            if table is not None:
                table.raw.frame = table.raw.frame.iloc[:0]
                if table.raw.original_frame is not None:
                    table.raw.original_frame = table.raw.original_frame.iloc[:0]


def _read_history(path: Source, opts: ReadOptions) -> tuple[pd.DataFrame, list[Finding]]:
    """Read a riwayat jabatan sheet/file: ``nip, jabatan, unit_kerja, tmt_mulai, tmt_selesai``."""
    from asn_mutasi.domain.nip import nip_key

    raw = read_input(path, "riwayat", opts)
    frame = raw.frame.copy()
    frame["nip"] = [nip_key(v) for v in frame["nip"].tolist()]
    findings, dates = _history_dates(raw)
    unnamed = _unnamed(raw.frame)
    findings += _undated_history(raw, dates.get("tmt_mulai"), unnamed) + _unnamed_history(raw, unnamed)
    for name, values in dates.items():  # read once here: the experience index takes the dates as they are
        frame[name] = pd.Series(values, index=frame.index, dtype=object)
    # one finding per cell, past 1,000 of a code counted as the roster's are: 100,000 ambiguous TMT dates were
    # 181,822 warnings, each a row of the plan's Masalah Data sheet (785 MB at the peak; hostile5, h31)
    return frame, [*raw.findings, *capped(findings)]


def _undated_history(
    raw: RawTable, starts: list[Any] | None = None, unnamed: np.ndarray | None = None
) -> list[Finding]:
    """``riwayat-tanpa-tmt``: rows with no TMT mulai (the column missing, or the cell empty) each count as the least
    a mutation cycle lasts (``matching.experience.TAHUN_TANPA_KETERANGAN``): experience the file does not date is
    credited, and that is said (a file of NIP and JABATAN only made an ineligible person eligible without a word).
    ``starts``: the TMT mulai as read; a cell that reads as no date ("00-00-0000", a MySQL zero date; one set aside
    as implausible) is undated too (hostile round 6, h26)."""
    from asn_mutasi.findings import Location, make_finding
    from asn_mutasi.matching.experience import TAHUN_TANPA_KETERANGAN

    frame = raw.frame
    tanpa_kolom = "tmt_mulai" not in raw.columns  # (the frame holds every field, None where the file has none)
    # a row naming no post counts for nothing (riwayat-tanpa-jabatan), not for a year
    named = ~(unnamed if unnamed is not None else _unnamed(frame))
    if not tanpa_kolom:
        cells = pd.Series(
            starts if starts is not None else frame["tmt_mulai"].tolist(), index=frame.index, dtype=object
        )
        blank = (cells.isna() | cells.astype("string").str.strip().eq("").fillna(True)).to_numpy(dtype=bool)
        undated = frame.loc[blank & named, ROW].tolist()
    else:
        undated = frame.loc[named, ROW].tolist()
    if not undated:
        return []
    contoh = ", ".join(str(int(r)) for r in undated[:5]) + (" …" if len(undated) > 5 else "")
    where = Location(raw.source.path, raw.source.sheet, int(undated[0]), field="tmt_mulai")
    return [
        make_finding(
            "riwayat-tanpa-tmt",
            where,
            jumlah=len(undated),
            contoh=contoh,
            tahun=format_number(TAHUN_TANPA_KETERANGAN),
            sebab="berkas tidak punya kolom TMT mulai"
            if tanpa_kolom
            else "sel TMT mulai kosong atau tanpa tanggal yang dipakai",
        )
    ]


def _unnamed(frame: pd.DataFrame) -> np.ndarray:
    """Per history row, whether it names no position (blank, a dash, an export's "null"), column-wise."""
    names = frame["jabatan"]
    text = names.astype("string").str.strip().str.casefold()
    return (names.isna() | text.isin(["", "-", "null"]).fillna(True)).to_numpy(dtype=bool)


def _unnamed_history(raw: RawTable, unnamed: np.ndarray) -> list[Finding]:
    """``riwayat-tanpa-jabatan``: rows with no position name count for nothing as experience; counted and named (a
    SIASN rw-jabatan export whose JF/pelaksana names sat in columns not read lost 91% of its rows silently)."""
    from asn_mutasi.findings import Location, make_finding

    empty = raw.frame.loc[unnamed, ROW].tolist()
    if not empty:
        return []
    contoh = ", ".join(str(int(r)) for r in empty[:5]) + (" …" if len(empty) > 5 else "")
    where = Location(raw.source.path, raw.source.sheet, int(empty[0]), field="jabatan")
    return [make_finding("riwayat-tanpa-jabatan", where, jumlah=len(empty), contoh=contoh)]


def _history_people(history: pd.DataFrame, roster: pd.DataFrame, display: str) -> list[Finding]:
    """``riwayat-nip-tidak-dikenal``: history rows whose NIP is no valid roster row's (a typo, a NIP stored as a
    number, someone not in this roster) are not used; counted and named instead of left out silently."""
    from asn_mutasi.domain.nip import nip_keys
    from asn_mutasi.findings import Location, make_finding

    known = set(nip_keys(roster["nip"]))  # (each distinct NIP once; a prepared roster's are kept as they are)
    nips = history["nip"].tolist()
    rows = history[ROW].tolist() if ROW in history.columns else list(range(2, len(nips) + 2))
    lost = [(r, n) for r, n in zip(rows, nips, strict=True) if n not in known]
    if not lost:
        return []
    contoh = ", ".join(f"baris {int(r)} ({n or 'kosong'})" for r, n in lost[:3]) + (" …" if len(lost) > 3 else "")
    where = Location(display, None, int(lost[0][0]), field="nip", value=str(lost[0][1]))
    return [make_finding("riwayat-nip-tidak-dikenal", where, jumlah=len(lost), contoh=contoh)]


#: no position of a serving ASN began before this year: an earlier TMT in a history is a typo or a serial number
_EARLIEST_TMT_YEAR = 1940


def _history_dates(raw: RawTable) -> tuple[list[Finding], dict[str, list[Any]]]:
    """The TMT columns of the position history read (once per distinct cell), and the findings: a TMT that cannot
    be read (it counts as a stint of unknown length) or a stint that ends before it starts (it counts for
    nothing), where before both passed without a word."""
    from asn_mutasi.domain.tanggal import TEXT_FORMATS, parse_date, parse_month_first, parse_written_date
    from asn_mutasi.findings import Location, make_finding

    # a number alone in a CSV or HTML cell is no Excel serial, as in the roster (hostile6): a history's "44000" was
    # read 18-06-2020 without a word (review9, h32)
    read_cell = parse_written_date if raw.source.format in TEXT_FORMATS else parse_date
    frame, out = raw.frame, []
    read: dict[str, list[Any]] = {}
    proofs = date_order_proofs(raw, ("tmt_mulai", "tmt_selesai"), [int(r) for r in frame[ROW].tolist()])
    for name in ("tmt_mulai", "tmt_selesai"):
        if name not in frame.columns:
            continue
        cells = frame[name].tolist()
        proof = proofs.get(name)
        month = proof is not None and proof[1].orders == {"bulan"}
        parse = partial(parse_month_first, read=read_cell) if month else read_cell
        parsed = {v: parse(v) for v in dict.fromkeys(c for c in cells if c is not None and str(c).strip())}
        read[name] = [parsed[c].value if c in parsed else None for c in cells]
        info = raw.columns.get(name)
        where = Location(
            raw.source.path, raw.source.sheet, None, info.letter if info else None, info.header if info else None, name
        )
        if month and proof is not None:
            out += _month_first_history(frame[ROW].tolist(), cells, parsed, where, proof)
        else:
            out += _ambiguous_history_dates(frame[ROW].tolist(), cells, parsed, where, proof)
        for k, (row, cell) in enumerate(zip(frame[ROW].tolist(), cells, strict=True)):
            if cell in parsed and parsed[cell].error:
                out.append(make_finding("tanggal-tidak-terbaca", replace(where, row=int(row), value=str(cell))))
            elif (day := read[name][k]) is not None and day.year < _EARLIEST_TMT_YEAR:
                # "60" in a CSV read as Excel's serial (28-02-1900): 122 years of experience (hostile round 6, h26)
                read[name][k] = None
                why = f"sebelum tahun {_EARLIEST_TMT_YEAR}; tidak dipakai sebagai TMT"
                out.append(
                    make_finding("tanggal-tidak-wajar", replace(where, row=int(row), value=str(cell)), alasan=why)
                )
    if len(read) == 2:
        info = raw.columns.get("tmt_selesai")
        for row, start, end, cell in zip(
            frame[ROW].tolist(), read["tmt_mulai"], read["tmt_selesai"], frame["tmt_selesai"].tolist(), strict=True
        ):
            if start is not None and end is not None and end < start:
                where = Location(
                    raw.source.path,
                    raw.source.sheet,
                    int(row),
                    info.letter if info else None,
                    info.header if info else None,
                    "tmt_selesai",
                    str(cell),
                )
                out.append(make_finding("riwayat-tanggal-terbalik", where))
    return out, read


def _month_first_history(
    rows: list[Any], cells: list[Any], parsed: dict[Any, Any], where: Location, proof: tuple[str, Any]
) -> list[Finding]:
    """``tanggal-bulan-hari`` once for a history TMT column read month-first (the roster's rule,
    :func:`asn_mutasi.validation.date_order_proofs`), at its first cell read otherwise than day-first, counting
    them; none when every cell reads alike. The history borrowed day-first only: "12/31/2015" was unreadable and
    "04/01/2019" 4 Januari beside a US-locale roster's month-first dates (hostile7, h32)."""
    from asn_mutasi.domain.tanggal import parse_date
    from asn_mutasi.formatting import format_date_words

    changed = {v for v, read in parsed.items() if read.value != parse_date(v).value}  # once per distinct cell
    moved = [k for k, c in enumerate(cells) if c in changed]
    if not moved:
        return []
    how, by = proof
    first = parsed[cells[moved[0]]].value
    return [
        make_finding(
            "tanggal-bulan-hari",
            replace(where, row=int(rows[moved[0]]), value=str(cells[moved[0]])),
            jumlah=format_number(len(moved)),
            dibaca=format_date_words(first) if first else "-",
            kolom_bukti="kolom ini" if how == "kolom" else f"kolom '{by.header}' di berkas yang sama",
            bukti=by.value,
            baris_bukti=by.row,
        )
    ]


def _ambiguous_history_dates(
    rows: list[Any], cells: list[Any], parsed: dict[Any, Any], where: Location, proof: tuple[str, Any] | None
) -> list[Finding]:
    """The ambiguous ``/`` TMT dates of one history column (06/10/2021: day and month both 12 or less), read
    day-first by the roster's rule (:func:`asn_mutasi.validation.date_order_proofs`): named once for the column
    when its own dates or the file's other date columns prove day-first (``tanggal-ambigu-kolom``,
    ``tanggal-ambigu-berkas``), one by one (``tanggal-ambigu``) when nothing does. They were read day-first
    without a word, a US-locale history's years of experience swapped silently (real8, h31)."""
    from asn_mutasi.formatting import format_date_words

    at = [k for k, c in enumerate(cells) if c in parsed and parsed[c].ambiguous and parsed[c].value is not None]
    if not at:
        return []
    first = parsed[cells[at[0]]].value
    if proof is None:
        return [
            make_finding(
                "tanggal-ambigu",
                replace(where, row=int(rows[k]), value=str(cells[k])),
                dibaca=format_date_words(parsed[cells[k]].value),
            )
            for k in at
        ]
    how, by = proof
    said: dict[str, Any] = {"jumlah": format_number(len(at)), "dibaca": format_date_words(first), "bukti": by.value}
    said["baris_bukti"] = by.row
    loc = replace(where, row=int(rows[at[0]]), value=str(cells[at[0]]))
    if how == "kolom":
        return [make_finding("tanggal-ambigu-kolom", loc, **said)]
    return [make_finding("tanggal-ambigu-berkas", loc, kolom_bukti=by.header, **said)]


def link_to_table(
    frame: pd.DataFrame,
    roster_raw: RawTable,
    positions: PreparedTable,
    *,
    index: Any = None,
    unit_kerja: str | None = None,
    settings: Settings | None = None,
) -> tuple[LinkResult, list[Finding]]:
    """Link the roster rows of ``frame`` to the position table (findings located in the roster as read), and the
    table-level findings (the table's stated bezetting against those links, ``bezetting-beda``; the unit taken from
    ``unit_kerja``): what `periksa` and every command that plans say of the two tables together.

    ``unit_kerja`` (``--unit-kerja``): when the roster's own unit column links nobody, every row is linked again in
    that unit, and kept when that links someone (``unit-kerja-dari-parameter``); so too when it links some of a
    roster naming one office, and the unit given links more (a puskesmas's pustu; real22, h34). The option was silently ignored
    beside any unit column, one that held work teams too (h27/real8). A unit column naming two or more offices of
    their own (:func:`offices_named`) is kept, and that is said (``unit-kerja-parameter-bukan-pegawai``): a
    region's roster put whole into a balai's one unit linked 570 staff of other offices to its posts by name
    (real18, h33). ``settings``: the BUP rules the table's Formulir 1 "BUP TH. <tahun>" count is compared with
    (``pensiun-tahun-beda``)."""
    from asn_mutasi.workload.linking import PositionIndex, declared_bezetting, link_employees, offices_named

    def link_in(rows: pd.DataFrame) -> LinkResult:
        return link_employees(
            rows,
            positions.valid,
            source=roster_raw.source.path,
            sheet=roster_raw.source.sheet,
            letters={f: c.letter for f, c in roster_raw.columns.items()},
            headers={f: c.header for f, c in roster_raw.columns.items()},
            index=index,
        )

    if unit_kerja and index is None:
        index = PositionIndex.build(positions.valid)  # built once for both links
    link, table_level = link_in(frame), list[Finding]()
    own = roster_raw.columns.get("unit_kerja")
    given = (unit_kerja or "").strip()
    linked_own = _linked_holders(link)
    if given and own is not None and own.how != "parameter" and linked_own < int(holder_mask(link.frame).sum()):
        where = Location(roster_raw.source.path, roster_raw.source.sheet, column=own.letter, field="unit_kerja")
        where = replace(where, header=own.header, value=given)
        offices = offices_named(frame["unit_kerja"])
        if len(offices) > 1 and not linked_own:  # a roster of many offices is no roster of the table's one unit
            contoh = ", ".join(f"'{o}'" for o in offices[:3])
            table_level = [
                make_finding("unit-kerja-parameter-bukan-pegawai", where, jumlah=len(offices), contoh=contoh)
            ]
        elif len(offices) == 1 or not linked_own:
            # a roster of one office some of whom link by name ("Puskesmas X" of the table's "UPTD Puskesmas
            # Kecamatan X") is that office's: its parts (a pustu) are linked in the unit given too (real22, h34)
            again = link_in(frame.drop(columns=[UNIT_AS_WRITTEN], errors="ignore").assign(unit_kerja=given))
            if (linked := _linked_holders(again)) > linked_own:
                link, table_level = again, [make_finding("unit-kerja-dari-parameter", where, jumlah=linked)]
    heads = _seats_of_generic_heads(positions, link)
    table = positions.raw
    stated = declared_bezetting(
        link.frame,
        positions.valid,
        source=table.source.path,
        sheet=table.source.sheet,
        column=table.columns.get("bezetting"),
        unit_given=given or None,
        unit_refused=any(f.code == "unit-kerja-parameter-bukan-pegawai" for f in table_level),
    )
    return link, [*heads, *table_level, *stated, *_stated_retirements(link, positions, settings or Settings())]


def units_from_links(link: LinkResult, roster: PreparedTable, positions: pd.DataFrame) -> list[Finding]:
    """Give each valid roster row whose unit is still blank after linking (no unit column, a blank cell, a post not
    written "<jabatan> pada <unit>") the unit of the post it links to, in ``link.frame``: the post the person holds
    sits in one unit, and planning needs it (moves within or across units, the unit's headcount). A row whose unit
    stays unknown (it links to no post) is excluded, with its reason; said once (``unit-dari-jabatan-tertaut``).
    Planning refused a whole roster without a unit column although `periksa` linked its posts (real13, h32); a
    roster none of whose rows gets a unit is still refused as before."""
    from asn_mutasi.validation import EXCLUDED
    from asn_mutasi.workload.linking import LINK_COLUMN

    frame, roster_raw = link.frame, roster.raw
    blank = _blank_units(roster.frame) & valid_mask(frame)  # (as written: a unit cut out of the post is no unit)
    if not blank.any():
        return []
    unit_of = dict(zip(positions["kode_jabatan"].astype(str), positions["unit_kerja"], strict=True))
    codes = frame[LINK_COLUMN].to_numpy(dtype=object)
    taken = blank & pd.notna(codes)
    unknown = blank & ~taken & _blank_units(frame)  # (unlinked, its unit cut out of its post: that unit is kept)
    if not taken.any() and "unit_kerja" not in roster_raw.columns:
        require_fields(roster, purpose="perintah ini (pencocokan dengan peta jabatan)")  # (raises: no unit read)
    new_units = frame["unit_kerja"].to_numpy(dtype=object, copy=True)
    new_units[taken] = [unit_of.get(str(c)) for c in codes[taken].tolist()]
    frame["unit_kerja"] = pd.Series(new_units, index=frame.index, dtype=object)
    if unknown.any():
        status, why = (
            frame[STATUS].to_numpy(dtype=object, copy=True),
            frame["_alasan"].to_numpy(dtype=object, copy=True),
        )
        status[unknown] = EXCLUDED
        why[unknown] = "unit kerja tidak diketahui: tanpa unit kerja dan jabatannya tidak ada di peta jabatan"
        frame[STATUS] = pd.Series(status, index=frame.index, dtype=object)
        frame["_alasan"] = pd.Series(why, index=frame.index, dtype=object)
    rows = frame[ROW].to_numpy() if ROW in frame.columns else np.zeros(len(frame), dtype=int)
    first = int(np.flatnonzero(taken)[0]) if taken.any() else int(np.flatnonzero(unknown)[0])
    column = roster_raw.columns.get("unit_kerja") or roster_raw.columns.get("jabatan")
    where = Location(
        file=roster_raw.source.path, sheet=roster_raw.source.sheet, row=int(rows[first]),
        column=column.letter if column else None, header=column.header if column else None, field="unit_kerja",
    )  # fmt: skip
    said = make_finding(
        "unit-dari-jabatan-tertaut",
        replace(where, value=str(frame["jabatan"].iloc[first])),
        jumlah=format_number(int(taken.sum())),
        unit_kerja=str(new_units[first] or "-"),
        sisa=format_number(int(unknown.sum())),
        baris_sisa=", ".join(str(int(r)) for r in rows[unknown][:10]) or "-",
    )
    return [said]


def _blank_units(frame: pd.DataFrame) -> np.ndarray:
    """Per row: its ``unit_kerja`` is missing or blank (no such column: every row)."""
    if "unit_kerja" not in frame.columns:
        return np.ones(len(frame), dtype=bool)
    return (frame["unit_kerja"].fillna("").astype(str).str.strip() == "").to_numpy(dtype=bool)


def _stated_retirements(link: LinkResult, positions: PreparedTable, settings: Settings) -> list[Finding]:
    """Formulir 1's "BUP TH. <tahun>" per post against the linked holders retiring that year (``pensiun-tahun-beda``,
    :func:`~asn_mutasi.workload.retirement.declared_retirements`); nothing when the table has no such column."""
    from asn_mutasi.io.column_mapping import header_year
    from asn_mutasi.workload.retirement import declared_retirements

    table = positions.raw
    column = table.columns.get("pensiun_tahun")
    if column is None:
        return []
    where = Location(
        file=table.source.path, sheet=table.source.sheet, column=column.letter, header=column.header,
        field="pensiun_tahun",
    )  # fmt: skip
    return declared_retirements(link.frame, positions.valid, settings, year=header_year(column.header), where=where)


def _seats_of_generic_heads(positions: PreparedTable, link: LinkResult) -> list[Finding]:
    """Settle the kebutuhan of each managerial post whose table states none and whose workload gives more than one
    seat (:data:`~asn_mutasi.schema.LOAD_SEATS`): ``max(1, min(workload seats, holders))``
    (:func:`~asn_mutasi.workload.abk.seats_from_hours`). A unit's own head keeps its one seat whatever its hours
    (review10 #1, h29); a generic head's row held by ten heads of ten UPTD stays ten seats (review9, h28). Sets
    ``positions.frame["kebutuhan"]`` (so every command that links sees one figure) and says each post whose
    workload gave another number (``kebutuhan-manajerial-tetap``)."""
    from asn_mutasi.domain import jabatan as jab
    from asn_mutasi.domain.lowongan import bezetting
    from asn_mutasi.workload.abk import seats_from_hours
    from asn_mutasi.workload.linking import LINK_COLUMN

    frame = positions.frame
    if LOAD_SEATS not in frame.columns:
        return []
    load = pd.to_numeric(frame[LOAD_SEATS], errors="coerce")
    load = load[load.notna() & valid_mask(frame)]
    if not len(load):
        return []
    people = link.frame[holder_mask(link.frame)]
    held = bezetting(people[LINK_COLUMN], frame.loc[load.index, "kode_jabatan"].astype(str))
    generic = frame.loc[load.index, "nama_jabatan"].map(jab.heads_several_units).to_numpy(dtype=bool)
    seats = seats_from_hours(load, pd.Series(True, index=load.index), held, generic).astype("int64")
    frame.loc[load.index, "kebutuhan"] = seats.to_numpy()
    raw = positions.raw
    column = raw.columns.get("kebutuhan")
    findings: list[Finding] = []
    said = seats.ne(load.astype("int64")).to_numpy()  # the few heads with a workload: not per roster row
    posts = frame.loc[load.index[said], [ROW, "nama_jabatan", "unit_kerja", "jenis_jabatan", "beban_kerja_jam"]]
    for (row, name, unit, jenis, jam), n, abk in zip(
        posts.itertuples(index=False), seats[said].tolist(), load[said].tolist(), strict=True
    ):
        where = Location(
            file=raw.source.path,
            sheet=raw.source.sheet,
            row=int(row),
            column=column.letter if column else None,
            header=column.header if column else None,
            field="kebutuhan",
        )
        asal = "peta jabatan tidak mencantumkannya"
        findings.append(
            make_finding(
                "kebutuhan-manajerial-tetap",
                where,
                jabatan=name,
                unit_kerja=unit,
                jenis=jab.head_kind(jenis),
                kebutuhan=n,
                asal=asal if n == 1 else f"{asal}; {n} pemegang jabatan, satu kursi tiap unit",
                abk=int(abk),
                jam=format_number(float(jam or 0.0), 2),
            )
        )
    return findings


def _linked_holders(link: LinkResult) -> int:
    """How many holders a link result ties to a post."""
    from asn_mutasi.workload.linking import LINK_COLUMN

    frame = link.frame
    return int((holder_mask(frame) & frame[LINK_COLUMN].notna().to_numpy()).sum())


def roster_link_findings(link: LinkResult, roster: PreparedTable) -> list[Finding]:
    """The linking findings said of the roster: those of its valid rows, and the unit-level ones (unit-dibaca-sebagai,
    unit-dihitung-di-opd), which name no row. The one filter of `periksa` and every planning command."""
    valid_rows = set(roster.valid["_baris"].tolist())
    return [f for f in link.findings if f.location.row is None or f.location.row in valid_rows]


def pension_findings(valid: pd.DataFrame, raw: RawTable, run: RunSetup) -> list[Finding]:
    """What the roster's valid rows say of retirement: ``pensiun-terlewati`` and the roster's own TMT pensiun and BUP
    against the tool's (``tmt-pensiun-beda``, ``tmt-pensiun-tidak-wajar``, ``tmt-pensiun-dibandingkan``). The one
    list `periksa` and every planning command report."""
    from asn_mutasi.workload.retirement import stated_retirements

    where = {
        name: Location(
            file=raw.source.path, sheet=raw.source.sheet, column=info.letter or None, header=info.header, field=name
        )
        for name in ("tmt_pensiun", "bup")
        if (info := raw.columns.get(name)) is not None
    }
    return [*past_pension(valid, raw, run), *stated_retirements(valid, run.settings, where)]


def past_pension(valid: pd.DataFrame, raw: RawTable, run: RunSetup) -> list[Finding]:
    """``pensiun-terlewati`` once: people still on the roster whose TMT pensiun is already past on the reference
    date (the roster is behind; their seat is counted as a retirement in the horizon, not as one that is open)."""
    from asn_mutasi.formatting import format_date
    from asn_mutasi.workload.retirement import past_pension as past_rows

    past = past_rows(valid, run.settings, run.today)
    if not len(past):
        return []
    rows = sorted(int(r) for r in valid.loc[past.index, ROW].tolist())
    where = Location(file=raw.source.path, sheet=raw.source.sheet, row=rows[0], field="tanggal_lahir")
    contoh = ", ".join(map(str, rows[:5])) + (" …" if len(rows) > 5 else "")
    return [make_finding("pensiun-terlewati", where, jumlah=len(rows), tanggal=format_date(run.today), contoh=contoh)]


def build_world(
    pegawai: Source,
    jabatan: Source | None,
    *,
    run: RunSetup,
    riwayat: Source | None = None,
    abk: Source | None = None,
    warm: Warm | None = None,
    warm_roster: Warm | None = None,
) -> World:
    """Read, validate and link the roster to the position table.

    ``warm(positions)``: run beside the roster's read once the position table is prepared, when it is read
    in a second thread (a head start on the caller's next step; must change no result).
    ``warm_roster(frame)``: run with the roster as read (canonical columns, cells not yet validated), before
    it is validated (the same: a head start that changes no result).
    """
    check_stdin_usage(pegawai, jabatan, riwayat, abk)
    progress = run.progress
    with gc_paused():  # as load_inputs, and the position table indexed for linking beside the roster's read
        inputs = _load_inputs(
            pegawai,
            jabatan,
            run.read,
            run.settings,
            run.today,
            True,
            progress,
            abk,
            index=True,
            warm=warm,
            warm_roster=warm_roster,
        )
    assert inputs.positions is not None  # require_positions
    findings = list(inputs.findings)
    progress("menautkan pegawai ke peta jabatan")
    raw = inputs.roster.raw
    link, stated = link_to_table(
        inputs.roster.frame,
        raw,
        inputs.positions,
        index=inputs.position_index,
        unit_kerja=run.read.unit_kerja,
        settings=run.settings,
    )
    inputs.position_index = None  # needed for linking only: not held through planning
    findings += units_from_links(link, inputs.roster, inputs.positions.valid)
    log.debug("penautan: %d pegawai, %d temuan penautan", len(link.frame), len(link.findings))
    findings += roster_link_findings(link, inputs.roster)
    findings += stated
    findings += pension_findings(inputs.roster.valid, raw, run)
    history = None
    hist_findings: list[Finding] = []
    if riwayat is not None:
        progress("membaca riwayat jabatan")
        history, hist_findings = _read_history(riwayat, run.read)
        hist_findings += _history_people(history, inputs.roster.valid, str(riwayat))
        findings += hist_findings
    files = [Path(p) for p in (pegawai, jabatan, riwayat, abk) if p is not None and str(p) != "-"]
    return World(
        inputs=inputs,
        roster=link.frame,
        positions=inputs.positions.valid,
        history=history,
        findings=findings,
        files=files,
        history_findings=hist_findings,
    )
