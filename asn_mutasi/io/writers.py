"""Write results atomically as JSON, CSV or a plain analyst-friendly workbook.

Every file is written to a temporary file in the target's directory, flushed to disk
and moved into place with ``os.replace``: a killed job never leaves half a file, and a
failed write leaves an existing target untouched. An existing target is only replaced
when the caller says so (the CLI's ``--timpa``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import glob
import hashlib
import io
import json
import math
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from asn_mutasi.errors import OutputError, UsageError, os_reason, write_reason
from asn_mutasi.io.sanitise import CsvWriter, sanitise_row
from asn_mutasi.serialise import csv_cell as _csv_cell
from asn_mutasi.serialise import dumps, to_jsonable, to_plain

if TYPE_CHECKING:
    import pandas as pd

    from asn_mutasi.io.prefetch import Identity

OUTPUT_FORMATS = ("json", "csv", "xlsx")
TEXT_COLUMNS: tuple[str, ...] = (
    "nip",
    "nik",
    "kode_jabatan",
    "kode_jabatan_asal",
    "kode_jabatan_tujuan",
    "kode_jabatan_link",
    "id_mutasi",
)


@functools.cache
def _BAD_SHEET_CHARS() -> re.Pattern[str]:
    return re.compile(r"[\[\]:*?/\\]")


_DATE_FORMAT = "dd-mm-yyyy"
_DATETIME_FORMAT = "dd-mm-yyyy hh:mm"


# --- atomic files ---------------------------------------------------------------------------
#: every temporary file this tool creates carries this mark, so a later run can find its own leftovers
TEMP_MARK = ".asn-mutasi-"
#: a leftover temp file is removed when older than this and its writer process is gone ...
STALE_SECONDS = 600.0
#: ... or when older than this whatever the process table says (another host, a reused PID)
ABANDONED_SECONDS = 86400.0
_TEMP_NAME = re.compile(r"^\..+" + re.escape(TEMP_MARK) + r"(\d+)-[^/]*\.tmp(?:\.d)?$")


@contextlib.contextmanager
def atomic_path(path: str | Path, *, overwrite: bool, inputs: Sequence[str | Path] = ()) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; move it into place only if the block succeeds.

    The temporary file is named ``.<name>.asn-mutasi-<pid>-<random>.tmp``; it and its
    scratch folder (``….tmp.d``, where xlsxwriter keeps its own temp files, see
    :func:`xlsx_options`) are removed on every exit path: success, exception, Ctrl-C and
    SIGTERM (turned into ``SystemExit`` while the write runs). After a ``kill -9`` the
    next write into the same folder removes such leftovers (:func:`remove_stale_temp_files`).
    ``inputs`` are refused as targets (:func:`ensure_not_input`), even with ``overwrite``.
    """
    target = Path(path)
    check_output_path(target, overwrite=overwrite, inputs=inputs)
    remove_stale_temp_files(target.parent)
    # the name's prefix is known before the file exists: a signal between its creation and the block below (a
    # 0-byte leftover once in 12 SIGTERMs, h26) still finds it to remove
    prefix = f".{_short_name(target.name)}{TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}-"
    with _terminate_as_exit():
        tmp = target.parent / f"{prefix}.tmp"
        try:
            try:
                fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=".tmp")
            except OSError as exc:
                raise OutputError(f"Tidak dapat menulis di folder '{target.parent}': {os_reason(exc)}") from exc
            os.close(fd)
            tmp = Path(tmp_name)
            yield tmp
            with tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
            check_output_path(target, overwrite=overwrite, inputs=inputs)
            mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
            os.chmod(tmp, mode)
            os.replace(tmp, target)
        except OSError as exc:
            raise OutputError(f"Berkas '{target}' tidak dapat ditulis: {os_reason(exc)}") from exc
        finally:
            # OSError, not only "not found": on a read-only folder the temp file was never made and unlink says so
            # with EROFS, which replaced the write error above (exit 70 for exit 5, hostile7 h27)
            with contextlib.suppress(OSError):
                tmp.unlink()
            shutil.rmtree(_scratch(tmp), ignore_errors=True)
            with contextlib.suppress(OSError):
                for left in target.parent.glob(glob.escape(prefix) + "*.tmp"):  # made, but not yet named here
                    with contextlib.suppress(OSError):
                        left.unlink()


#: bytes a temp name adds to the target's kept part: ".", TEMP_MARK, pid, "-", 8 hex, "-", mkstemp's 8 characters,
#: ".tmp", the scratch folder's ".d" (and a margin)
_TEMP_OVERHEAD = 1 + len(TEMP_MARK) + 10 + 1 + 8 + 1 + 8 + 4 + 2 + 4
#: the longest name most file systems take (NAME_MAX, in bytes)
_NAME_MAX = 255


def _short_name(name: str) -> str:
    """The target's name as its temp name keeps it: whole when the temp name then fits NAME_MAX, else cut (on a
    character boundary) with a digest of the whole name, so a legal 220-byte name is written (hostile7 h27: names
    of 215–255 bytes failed, the temp name was 33 bytes longer)."""
    raw = os.fsencode(name)
    room = _NAME_MAX - _TEMP_OVERHEAD
    if len(raw) <= room:
        return name
    digest = hashlib.sha256(raw).hexdigest()[:8]
    cut = raw[: room - len(digest) - 1].decode("utf-8", errors="ignore")
    return f"{cut}~{digest}"


def _scratch(tmp: Path) -> Path:
    return tmp.with_name(tmp.name + ".d")


def xlsx_options(tmp: Path, **extra: Any) -> dict[str, Any]:
    """xlsxwriter ``Workbook`` options for a file written through :func:`atomic_path`.

    Text never becomes a formula, a number or a link (``strings_to_*=False``: a roster
    name ``=HYPERLINK(…)`` stays text), and xlsxwriter's own temporary files go to a
    private scratch folder beside ``tmp`` that :func:`atomic_path` removes on exit.
    """
    scratch = _scratch(tmp)
    scratch.mkdir(mode=0o700, exist_ok=True)
    options: dict[str, Any] = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "tmpdir": str(scratch),
    }
    options.update(extra)
    return options


def remove_stale_temp_files(folder: str | Path, *, now: float | None = None) -> list[Path]:
    """Remove this tool's temporary files left in ``folder`` by a killed run; return what was removed.

    Only names of our own pattern (``.<name>.asn-mutasi-<pid>-<random>.tmp`` and its
    ``.d`` scratch folder) are touched, and only when older than ``STALE_SECONDS`` with
    their writer process gone, or older than ``ABANDONED_SECONDS``.
    """
    import time

    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = _TEMP_NAME.match(entry.name)
        if m is None:
            continue
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        if age > ABANDONED_SECONDS or (age > STALE_SECONDS and not _alive(int(m.group(1)))):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True
    return True


#: signals whose default action ends the process, turned into ``SystemExit`` while a write runs: SIGTERM (kill),
#: SIGHUP (the SSH session dropped), SIGQUIT, SIGUSR1/2, SIGALRM (a batch job's timer)
_ENDING = ("SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGALRM")


def _ending_signals() -> list[int]:
    """The numbers of :data:`_ENDING` this platform has (Windows: SIGTERM only)."""
    import signal

    return [number for name in _ENDING if (number := getattr(signal, name, None)) is not None]


def _exit_on_signal(signum: int, frame: object) -> None:
    """The handler :func:`_terminate_as_exit` installs over the default action; :func:`signals_held` holds it as it
    holds that default, and calls it after the commit."""
    raise SystemExit(128 + signum)


@contextlib.contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """While a write runs, a signal of :data:`_ENDING` raises ``SystemExit(128 + signum)`` so ``finally`` blocks
    clean up (a dropped SSH session left ``*.tmp`` files behind).

    Only installed in the main thread and only over the default handler (an application
    that set its own handler keeps it). SIGINT already raises KeyboardInterrupt.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    installed: list[tuple[int, Any]] = []
    for number in _ending_signals():
        try:
            previous = signal.getsignal(number)
            if previous in (signal.SIG_DFL, None):
                signal.signal(number, _exit_on_signal)
                installed.append((number, previous))
        except (ValueError, OSError):
            continue
    try:
        yield
    finally:
        for number, previous in installed:
            signal.signal(number, signal.SIG_DFL if previous is None else previous)


class _Hold:
    """The handler of :func:`signals_held`: notes each signal it receives."""

    def __init__(self) -> None:
        self.held: list[int] = []

    def __call__(self, signum: int, frame: object) -> None:
        self.held.append(signum)


@contextlib.contextmanager
def signals_held() -> Iterator[list[int]]:
    """Hold Ctrl-C (SIGINT), SIGTERM, SIGHUP and SIGQUIT while a result is committed (a ledger transaction beside
    the files it records); yields the signals received meanwhile, which the caller reports instead of raising them: a
    Ctrl-C just after ``terapkan`` had written the new roster, the daftar SK and the ledger said "Dibatalkan." (exit
    130) and the rerun recorded every move twice (hostile8, h28). Only in the main thread; the handlers are restored
    after.

    SIGHUP and SIGQUIT are held as well when they unwind the run (the CLI's
    :func:`~asn_mutasi.errors.raise_terminated`: a closed SSH session mid-commit left a workbook whose round no ledger
    had; hostile22, h36); an application's own handler of them is kept and hears them at once.

    A signal the process ignores (SIG_IGN: a job a script started with ``&``) is left ignored, not held and reported
    as a stop; once the handlers are restored, a signal held over the default action (a library caller's SIGTERM)
    is raised again, so the process still ends, after the commit, and one held inside another hold is passed to it:
    the hold swallowed both, a stopped worker ran on (review21, h36); so is one held over a handler of the caller's
    own (a worker's graceful stop) or over a write's (:func:`_terminate_as_exit`: ``terapkan`` commits inside one),
    which swallowed a library caller's SIGTERM all the same (review23, h36). The CLI's handlers (Ctrl-C's
    KeyboardInterrupt, :func:`~asn_mutasi.errors.raise_terminated`) are not called: the caller reports the stop. The
    other signals that end a process by default (:data:`_ENDING`: SIGHUP when the SSH session drops) are held over
    that default, or over the write's handler of it, too and raised after the commit: one killed the run mid-commit
    and left the workbook of a round no ledger had (review21, h36); inside ``terapkan``'s write its SIGHUP still did
    (review23, h36)."""
    import signal
    import threading

    hold = _Hold()
    if threading.current_thread() is not threading.main_thread():
        yield hold.held
        return
    saved: dict[int, Any] = {}
    from asn_mutasi.errors import raise_terminated

    always = (signal.SIGINT, signal.SIGTERM)
    for number in dict.fromkeys([*always, *_ending_signals()]):
        try:
            previous = signal.getsignal(number)
            if previous is not signal.SIG_IGN and (
                number in always
                or previous in (signal.SIG_DFL, raise_terminated, _exit_on_signal)
                or isinstance(previous, _Hold)
            ):  # (an application's own handler of SIGHUP & co. kept, as in _terminate_as_exit)
                signal.signal(number, hold)
                saved[number] = previous
        except (ValueError, OSError):
            continue
    try:
        yield hold.held
    finally:
        for signum, previous in saved.items():
            signal.signal(signum, signal.SIG_DFL if previous is None else previous)
        for signum in dict.fromkeys(hold.held):  # (once each: a second Ctrl-C while held is the same stop)
            previous = saved[signum]
            if previous is signal.SIG_DFL:
                signal.raise_signal(signum)
            elif callable(previous) and previous not in (raise_terminated, signal.default_int_handler):
                previous(signum, None)  # an outer hold, a write's SystemExit, an application's own handler


class Commit:
    """The outputs a ledger records (:func:`commit_point`): ``commit(path)`` before each is written,
    :meth:`point` around the ledger's record, :meth:`keep` once it holds them."""

    def __init__(self, *, replaced: bool = True) -> None:
        self._before: dict[Path, Identity | None] = {}
        self._replaced = replaced  #: a failure removes the files replaced too, not only those created
        self.committed = False
        #: a Ctrl-C or SIGTERM came at the commit point: held, or landing after it (the outputs kept)
        self.interrupted = False
        self.removed: list[Path] = []  #: the outputs removed after a failure before the commit

    def __call__(self, path: Path) -> None:
        from asn_mutasi.io.prefetch import file_identity

        self._before.setdefault(path, file_identity(path))

    def keep(self) -> None:
        """Committed (the ledger records the outputs, or there is none): a stop from here on removes none of them."""
        self.committed = True

    @contextlib.contextmanager
    def point(self) -> Iterator[None]:
        """The commit point: the stop signals are held (:func:`signals_held`) while the ledger records the outputs
        and the caller is told; the ones held are reported (:attr:`interrupted`), not raised."""
        with signals_held() as held:
            yield
        self.interrupted = bool(held)  # (read after the hold: one arriving as it ended counts too)

    def _undo(self) -> None:
        """Remove every output this run put in place (a file replaced too: its round or run is in no ledger; not
        with ``replaced=False``, :func:`all_or_none`); one that was there before and is unchanged is not ours
        (``--timpa`` and a write that failed before its rename)."""
        from asn_mutasi.io.prefetch import file_identity

        for path, before in self._before.items():
            now = file_identity(path)
            if now is not None and now != before and (before is None or self._replaced):
                with contextlib.suppress(OSError):
                    path.unlink()
                self.removed.append(path)


@contextlib.contextmanager
def commit_point(*, replaced: bool = True) -> Iterator[Commit]:
    """Write outputs, then record them in the ledger: the ledger's commit is the commit point (``plan``,
    ``terapkan``). A failure or a stop (Ctrl-C, SIGTERM: :func:`_terminate_as_exit`) before :meth:`Commit.keep`
    removes the outputs written (a workbook whose round no ledger had; a new roster whose application it did not),
    and is raised; a Ctrl-C or SIGTERM after it is taken as said: the outputs are kept and
    :attr:`Commit.interrupted` is set (hostile8, h28; hostile21, h35; review21, h36). ``replaced=False``: the files
    that existed before and were replaced (``--timpa``) are kept (:func:`all_or_none`)."""
    commit = Commit(replaced=replaced)
    with _terminate_as_exit():
        try:
            yield commit
        except KeyboardInterrupt:  # (and SIGTERM, which the CLI raises as one) just after the commit: said as such
            if not commit.committed:
                commit._undo()
                raise
            commit.interrupted = True
        except BaseException:
            if not commit.committed:
                commit._undo()
            raise


def all_or_none() -> contextlib.AbstractContextManager[Commit]:
    """A batch of files (forms per OPD, letters per person): yields ``made`` (:class:`Commit`) to call before each
    file is written; when the batch fails or is ended by a signal before ``made.keep()``, the files it created are
    removed (6 of 8 forms stayed behind, unnamed); one it replaced (``--timpa``) is kept. The commit point's rule,
    the files replaced aside (:func:`commit_point`)."""
    return commit_point(replaced=False)


@contextlib.contextmanager
def atomic_writer(
    path: str | Path, *, overwrite: bool, text: bool = False, inputs: Sequence[str | Path] = ()
) -> Iterator[IO[Any]]:
    """Yield a file object (binary, or UTF-8 text with ``text=True``) that replaces ``path`` on success."""
    with atomic_path(path, overwrite=overwrite, inputs=inputs) as tmp:
        if text:
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                yield fh
        else:
            with tmp.open("wb") as fb:
                yield fb


def atomic_write_bytes(path: str | Path, data: bytes, *, overwrite: bool, inputs: Sequence[str | Path] = ()) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_writer(path, overwrite=overwrite, inputs=inputs) as fh:
        fh.write(data)


#: every file read_table opened in this process (realpaths): outputs may never replace one
_INPUTS_READ: set[str] = set()


def note_input(path: str | Path) -> None:
    """Record ``path`` as an input of this process; :func:`atomic_path` then refuses to replace it."""
    _INPUTS_READ.add(os.path.realpath(path))


def forget_inputs() -> None:
    """Forget the inputs recorded by :func:`note_input` (a long-lived process between jobs; tests)."""
    _INPUTS_READ.clear()


def ensure_not_input(output: str | Path, inputs: Sequence[str | Path | None]) -> None:
    """Refuse (:class:`OutputError`, exit 5) an output path that is one of the input files.

    Compared after resolving links and ``..`` (``realpath``) and by device/inode
    (``samefile``, which also catches hard links), so ``--timpa`` can never replace a roster
    with a report. Besides ``inputs``, every file ``read_table`` read in this process
    (:func:`note_input`) counts. ``"-"`` (stdin) and ``None`` inputs are ignored.
    """
    out = Path(output)
    real_out = os.path.realpath(out)
    for item in [*inputs, *sorted(_INPUTS_READ)]:
        if item is None or str(item) == "-":
            continue
        src = Path(item)
        same = os.path.realpath(src) == real_out
        try:
            if not same and out.exists() and src.exists():
                with contextlib.suppress(OSError):
                    same = os.path.samefile(src, out)
        except OSError as exc:  # a name too long, a folder without permission: the output cannot be written
            raise OutputError(f"Berkas '{out}' tidak dapat ditulis: {os_reason(exc)}") from exc
        if same:
            raise OutputError(
                f"Berkas keluaran '{out}' adalah berkas masukan '{src}'; masukan tidak pernah ditimpa (juga tidak "
                "dengan --timpa)",
                hint="Pilih nama berkas keluaran lain.",
            )


def check_output_path(path: str | Path, *, overwrite: bool, inputs: Sequence[str | Path | None] = ()) -> None:
    """The checks :func:`atomic_path` makes before writing, made up front by a command whose work is long (``plan``
    at scale): an output that exists without ``--timpa``, a missing folder or an input as target fails in a second,
    not after minutes. The writer checks again when it writes."""
    target = Path(path)
    ensure_not_input(target, inputs)
    _check_target(target, overwrite=overwrite)


def _check_target(target: Path, *, overwrite: bool) -> None:
    try:
        if target.is_dir():
            raise OutputError(f"'{target}' adalah folder, bukan berkas")
        if os.path.lexists(target) and not overwrite:  # (a dangling or looping symlink exists too: hostile7, h27)
            raise OutputError(f"Berkas '{target}' sudah ada; pakai --timpa untuk menimpanya")
        if not target.parent.is_dir():
            blocker = next((p for p in target.parents if p.exists()), None)
            if blocker is not None and not blocker.is_dir():  # "pegawai.xlsx/x.csv"
                raise OutputError(f"Berkas '{target}' tidak dapat ditulis: '{blocker}' adalah berkas, bukan folder")
            raise OutputError(f"Folder '{target.parent}' tidak ada")
    except OSError as exc:  # a name too long, a folder without permission
        raise OutputError(f"Berkas '{target}' tidak dapat ditulis: {os_reason(exc)}") from exc


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def sha256_file(path: str | Path) -> str:
    """Return the hex SHA-256 of a file (recorded for every input in the report)."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def detect_output_format(path: str | Path | None, fmt: str | None = None) -> str:
    """Return json/csv/xlsx: ``fmt`` when given, else from the suffix of ``path`` (stdout → json)."""
    if fmt and fmt != "auto":
        if fmt not in OUTPUT_FORMATS:
            raise UsageError(f"Format keluaran '{fmt}' tidak dikenal (pakai json, csv atau xlsx)")
        return fmt
    if path is None or str(path) == "-":
        return "json"
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in OUTPUT_FORMATS:
        return suffix
    raise UsageError(
        f"Format keluaran untuk '{path}' tidak dapat ditentukan dari akhiran; pakai .json, .csv atau .xlsx"
    )


# --- records: JSON and CSV ------------------------------------------------------------------
# values are serialised by serialise.py (the one definition for stdout and files)


def render_records(
    records: Sequence[Mapping[str, Any]], fmt: str, *, columns: Sequence[str] | None = None, raw: bool = False
) -> str:
    """Render records as JSON (list of objects) or CSV text.

    CSV text cells that a spreadsheet would run as a formula get a leading apostrophe
    (:mod:`asn_mutasi.io.sanitise`) unless ``raw`` (CLI ``--csv-mentah``); JSON is data, not
    a spreadsheet, and is never altered.
    """
    if fmt == "json":
        if columns is not None:
            rows: list[Any] = [{c: r.get(c) for c in columns} for r in records]
        else:
            rows = [dict(r) for r in records]
        if all(type(k) is str for row in rows[:1] for k in row) and all(
            len(row) == len(rows[0]) and tuple(row) == tuple(rows[0]) for row in rows
        ):  # canonical string keys: the fast serialiser writes exactly what json.dumps writes
            return dumps(rows) + "\n"
        rows = [{k: to_jsonable(v) for k, v in r.items()} for r in rows]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        header = list(columns) if columns is not None else (list(records[0].keys()) if records else [])
        buf = io.StringIO()
        if header:
            writer = CsvWriter(buf, lineterminator="\n")
            writer.writerow(sanitise_row(header, raw=raw))
            for record in records:
                writer.writerow(sanitise_row([_csv_cell(record.get(c)) for c in header], raw=raw))
        return buf.getvalue()
    raise UsageError(f"Format '{fmt}' tidak didukung untuk daftar (pakai json atau csv)")


def write_records(
    records: Sequence[Mapping[str, Any]],
    path_or_stream: str | Path | IO[Any],
    fmt: str,
    *,
    columns: Sequence[str] | None = None,
    overwrite: bool = False,
    raw: bool = False,
    inputs: Sequence[str | Path] = (),
) -> None:
    """Write records as JSON or CSV to a path (atomically) or an open stream (text or binary).

    ``raw`` keeps formula-like CSV text unescaped; ``inputs`` are never overwritten.
    """
    text = render_records(records, fmt, columns=columns, raw=raw)
    if isinstance(path_or_stream, str | Path):
        with atomic_writer(path_or_stream, overwrite=overwrite, text=True, inputs=inputs) as fh:
            fh.write(text)
        return
    stream = path_or_stream
    if isinstance(stream, io.TextIOBase) or hasattr(stream, "encoding"):
        stream.write(text)
    else:
        stream.write(text.encode("utf-8"))


# --- a plain workbook ---------------------------------------------------------------------
def write_simple_xlsx(
    path: str | Path,
    sheets: Mapping[str, pd.DataFrame],
    *,
    overwrite: bool,
    text_columns: Sequence[str] = TEXT_COLUMNS,
    inputs: Sequence[str | Path] = (),
    one_line: Sequence[str] = (),
) -> None:
    """Write data frames as sheets: frozen header, autofilter, widths, ids as text, no formulas. A text wider than
    its column wraps, its row grown to fit, except in the ``one_line`` columns (headers): data kept whole in its cell
    for copying, not for reading on paper (the ledger's hashed JSON would print a page a record)."""
    import xlsxwriter

    from asn_mutasi.io.report_workbook import LINE_HEIGHT, header_lines, print_setup  # (it imports this module)

    text_cols = {c.casefold() for c in text_columns}
    with atomic_path(path, overwrite=overwrite, inputs=inputs) as tmp:
        options = xlsx_options(tmp, constant_memory=True)
        workbook = xlsxwriter.Workbook(str(tmp), options)
        header_fmt = workbook.add_format(
            {"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True, "valign": "top"}
        )
        date_fmt = workbook.add_format({"num_format": _DATE_FORMAT})
        datetime_fmt = workbook.add_format({"num_format": _DATETIME_FORMAT})
        wrap_fmt = workbook.add_format({"text_wrap": True, "valign": "top"})
        used: set[str] = set()
        for name, frame in sheets.items():
            ws = workbook.add_worksheet(_sheet_name(name, used))
            headers = [str(c) for c in frame.columns]
            as_text = [h.casefold() in text_cols for h in headers]
            kept = {c for c, h in enumerate(headers) if h in one_line}
            widths = _widths(frame, headers)
            for c, width in enumerate(widths):
                ws.set_column(c, c, width)
            for c, h in enumerate(headers):
                ws.write_string(0, c, h, header_fmt)
            # headers wrap between words (a one-line "Batas Atas Lowongan Terisi dengan Wajib Rotasi" made its
            # column 49 wide and the Putaran table printed two pages across; render29, h38)
            head_lines = max((header_lines(h, w) for h, w in zip(headers, widths, strict=True)), default=1)
            if head_lines > 1:
                ws.set_row(0, LINE_HEIGHT * head_lines)
            lines = _text_lines(frame, widths, kept)
            for r, row in enumerate(frame.itertuples(index=False, name=None), start=1):
                # a text wider than its column wraps in a row tall enough (a hash or the hashed JSON was cut)
                wide = [c for c, n in lines.items() if n[r - 1] > 1]
                if wide:
                    ws.set_row(r, min(LINE_HEIGHT * max(lines[c][r - 1] for c in wide), 409))
                for c, value in enumerate(row):
                    wrap = wrap_fmt if c in wide else None
                    _write_cell(ws, r, c, value, as_text[c], date_fmt, datetime_fmt, wrap)
            ws.freeze_panes(1, 0)
            if headers:
                ws.autofilter(0, 0, max(len(frame), 1), len(headers) - 1)
            # printable as every other workbook: A4 landscape, header repeated, fit to width (an audit export
            # printed its 2-row Putaran table on 9 portrait pages of 2 columns; walk5, h28)
            print_setup(ws, widths)
        try:
            workbook.close()
        except Exception as exc:  # xlsxwriter wraps OS errors in its own exception types
            raise OutputError(f"Berkas '{path}' tidak dapat ditulis: {write_reason(exc)}") from exc


def _text_lines(frame: pd.DataFrame, widths: list[float], kept: set[int]) -> dict[int, list[int]]:
    """Lines each text cell of a column wraps to at its width, by the shared glyph-width estimate of the report
    workbooks (``len(v) > width`` left an upper-case name of fewer letters than the width cut, and wrapped a text
    with a line break only when it was long; lang6, h33). The ``kept`` columns stay on one line."""
    from asn_mutasi.io.report_workbook import lines_column  # (it imports this module)

    return {
        c: lines_column([v if isinstance(v, str) else None for v in frame.iloc[:, c].tolist()], widths[c])
        for c in range(frame.shape[1])
        if c not in kept
    }


def _write_cell(
    ws: Any, r: int, c: int, value: Any, as_text: bool, date_fmt: Any, datetime_fmt: Any, text_fmt: Any = None
) -> None:
    value = to_plain(value)
    if value is None:
        return
    if isinstance(value, bool):
        ws.write_boolean(r, c, value)
    elif isinstance(value, int | float):
        if as_text or (isinstance(value, int) and abs(value) >= 10**11):
            ws.write_string(r, c, str(value))
        else:
            ws.write_number(r, c, value)
    elif isinstance(value, dt.datetime):
        fmt = date_fmt if value.time() == dt.time(0) else datetime_fmt
        ws.write_datetime(r, c, value.replace(tzinfo=None), fmt)
    elif isinstance(value, dt.date):
        ws.write_datetime(r, c, dt.datetime(value.year, value.month, value.day), date_fmt)
    else:
        ws.write_string(r, c, _csv_cell(value) if isinstance(value, list | tuple | dict) else str(value), text_fmt)


#: the widest column of :func:`write_simple_xlsx`: a SHA-256 (64 hex digits, up to 64.3 glyph units) shows whole on
#: one line by the shared line estimate; longer text wraps
SIMPLE_MAX_WIDTH = 70


def _widths(frame: pd.DataFrame, headers: list[str], *, sample: int = 500) -> list[float]:
    """Each column as wide as its header and its sampled values, a text measured by its glyphs as the line estimate
    that wraps it (:func:`_text_lines`) measures it, so a sampled text narrower than the cap is never wrapped."""
    from asn_mutasi.io.report_workbook import LINE_FILL, text_units  # (it imports this module)

    widths = []
    head = frame.head(sample)
    for c, h in enumerate(headers):
        sizes = [
            math.ceil(text_units(v) / LINE_FILL) if isinstance(v, str) else len(str(v))
            for v in head.iloc[:, c]
            if to_plain(v) is not None
        ]
        widths.append(float(min(max([_header_room(h), *(s + 2 for s in sizes)]), SIMPLE_MAX_WIDTH)))
    return widths


def _header_room(title: str) -> float:
    """The narrowest width that wraps the bold header ``title`` between words on at most three lines (its longest
    word whole): a header no longer sets its column's width on one line (render29, h38)."""
    from asn_mutasi.io.report_workbook import header_lines, header_width  # (it imports this module)

    width = header_width(title)
    while header_lines(title, width) > 3 or max(map(len, title.split() or [""])) + 1 > width:
        width += 1.0
    return width


def _sheet_name(name: str, used: set[str]) -> str:
    base = _BAD_SHEET_CHARS().sub("_", name).strip("'")[:31] or "Sheet"
    candidate, n = base, 2
    while candidate.casefold() in used:
        suffix = f" ({n})"
        candidate, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(candidate.casefold())
    return candidate
