"""Guard and parse the roster workbook while the command is still importing (one early read per process).

A command that reads a roster workbook first spends about 0.3 s importing pandas and the
readers before the roster's guard and calamine's parse begin. Both mostly run without the
GIL (zlib, numpy, calamine), so the CLI starts them at once on a thread with :func:`start`,
before those imports, and the reader takes the result with :func:`take` where it would have
opened the workbook itself. It is the same work on the same file with the same limits:
:class:`~asn_mutasi.io.open_workbook.SafeWorkbook` (the guard, then calamine) and
``SafeWorkbook.read``; an error is raised where the reader would have raised it. While the
guard still runs, the reader only waits for it: what it would start once the guard passed
(the position table's read, ``read_table``'s ``on_parse``) starts at once instead (:func:`reading`).

Only the plain case is read early: a named .xlsx/.xlsm file, no sheet or input format given,
and a workbook of one visible sheet (no choice to make). Anything else, or a file that
changed since, is read as before. This module imports neither pandas nor the readers.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from asn_mutasi.config import ReadLimits

if TYPE_CHECKING:
    from asn_mutasi.io.headers import Merged
    from asn_mutasi.io.open_workbook import SafeWorkbook

_SUFFIXES = (".xlsx", ".xlsm")


#: a file as :func:`file_identity` names it: (device, inode, size, mtime in ns)
Identity = tuple[int, int, int, int]


def file_identity(path: Path) -> Identity | None:
    """The file at ``path`` as (device, inode, size, mtime in ns), or None when there is none: the same file unchanged
    while it is the same (an early read still fits; a workbook replaced by this run is told from the one before)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


@dataclass
class EarlyRead:
    """One workbook opened (and its only sheet read) on a thread; see the module docstring."""

    display: str
    path: Path
    limits: ReadLimits
    identity: Identity
    workbook: SafeWorkbook | None = None  #: once the guard passed
    sheet: str | None = None  #: the one visible sheet that was read
    grid: tuple[list[list[object]], Merged] | None = None  #: ``SafeWorkbook.read(sheet)``
    open_error: BaseException | None = None  #: raised where the workbook is opened
    read_error: BaseException | None = None  #: raised where the sheet is read
    thread: threading.Thread = field(init=False, repr=False)
    opened: threading.Event = field(init=False, repr=False, default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.thread = threading.Thread(target=self._run, name="baca-awal-pegawai", daemon=True)
        self.thread.start()

    def wait_opened(self) -> None:
        """Wait until the guard has passed (or failed): :attr:`workbook` or :attr:`open_error` is set.

        Returns as well if the thread ended without setting either (then the reader opens the file itself).
        """
        while not self.opened.wait(0.05):
            if not self.thread.is_alive():
                return

    def wait_read(self) -> None:
        """Wait until the sheet is read (or there is nothing more to read early)."""
        self.thread.join()

    def grid_of(self, name: str) -> tuple[list[list[object]], Merged] | None:
        """Sheet ``name`` as read early (waiting for it; its read's error is raised here); None when it was not."""
        if name != self.sheet:
            return None
        self.wait_read()  # calamine parses without the GIL: the reader's other thread ran meanwhile
        if self.read_error is not None:
            raise self.read_error
        return self.grid

    def _run(self) -> None:
        try:
            from asn_mutasi.io.open_workbook import SafeWorkbook

            self.workbook = SafeWorkbook(self.path, None, self.display, self.limits)
        except BaseException as exc:  # raised again where the reader opens the workbook
            self.open_error = exc
            return
        finally:
            self.opened.set()
        workbook = self.workbook
        sheets = workbook.sheets
        if len(sheets) != 1 or sheets[0].hidden:
            return  # the reader chooses among sheets itself
        self.sheet = sheets[0].name
        try:
            self.grid = workbook.read(self.sheet)
        except BaseException as exc:  # raised again where the reader reads the sheet
            self.read_error = exc


_lock = threading.Lock()
_pending: EarlyRead | None = None


def start(source: str, *, limits: ReadLimits, sheet: str | None = None, input_format: str | None = None) -> None:
    """Begin reading ``source`` on a thread when it is the plain case (see the module docstring)."""
    global _pending
    if source == "-" or sheet is not None or input_format:
        return
    path = Path(source)
    if path.suffix.lower() not in _SUFFIXES or not path.is_file():
        return
    identity = file_identity(path)
    if identity is None or identity[2] == 0:
        return
    with _lock:
        if _pending is None:
            _pending = EarlyRead(str(path), path, limits, identity)


def discard() -> None:
    """Drop the early read nobody took: the command ended (or failed) before its reader opened the roster.

    ``take`` is the only other place that clears it, so a command refused before its read (an output that
    exists without ``--timpa``, a report with another suffix) kept the roster's whole sheet in memory for the
    rest of a long-lived process, and kept the next command's early read from starting (hostile20, h35). Its
    thread is a daemon and keeps no reference once it ends.
    """
    global _pending
    with _lock:
        _pending = None


def reading(display: str) -> bool:
    """Whether an early read of ``display`` is pending: its guard runs (or ran) on its own thread, so the caller
    need not wait for it before starting other work (:func:`take` still waits and raises its error)."""
    with _lock:
        return _pending is not None and _pending.display == display


def take(display: str, path: Path, limits: ReadLimits | None) -> EarlyRead | None:
    """The early read of exactly this file with these limits, once its guard has passed (its sheet may still
    be read: :meth:`EarlyRead.grid_of`); None when there is none, or its thread ended without an answer.

    The guard's error is raised here, where the reader would have opened the workbook. An early read
    of another file stays for its own reader. One of this file with other limits, or of a file changed
    since, is dropped (its thread is a daemon and its result is never used).
    """
    global _pending
    with _lock:
        early = _pending
        if early is None or early.display != display:
            return None
        _pending = None
    if early.limits != (limits or ReadLimits()) or file_identity(path) != early.identity:
        return None
    early.wait_opened()
    if early.open_error is not None:
        raise early.open_error
    return early if early.workbook is not None else None
