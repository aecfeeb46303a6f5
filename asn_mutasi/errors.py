"""Exception hierarchy: every failure carries the exit code the CLI returns.

Exit codes are public (README, docs/exit-codes.md):
0 ok, 1 findings at or above ``--fail-on``, 2 usage, 3 unreadable input / unmappable
required column / bad configuration, 4 infeasible plan, 5 output, 70 internal.
Messages are in Bahasa Indonesia because the analyst reads them; they must never
contain personal data (no names, no NIPs) — they name files, sheets, rows and columns.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_INFEASIBLE = 4
EXIT_OUTPUT = 5
EXIT_INTERNAL = 70


class AsnMutasiError(Exception):
    """Base class of every expected failure; ``exit_code`` is what the CLI returns."""

    exit_code: int = EXIT_INTERNAL

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        message = name_stdin(message)
        super().__init__(message)
        self.message = message
        self.hint = hint


#: what the analyst reads for the input read from stdin (the file name ``-``): the words of every other message about
#: it ("Masukan dari stdin kosong", "… dibaca dari stdin ('-')"), not a second name for it
STDIN_NAME = "masukan dari stdin"


#: the places a message names the input ``-`` as it names a file: "Berkas '-' …", "Berkas CSV '-' …",
#: "Sheet 'X' di '-' …", "'-': tidak ada sheet …" (not "stdin ('-')", which already says what '-' is)
@functools.cache
def _STDIN_AS_FILE() -> re.Pattern[str]:
    return re.compile(r"\b([Bb])erkas(?: CSV)? '-'|(?<=\bdi )'-'|^'-'(?=:)")


def name_stdin(message: str) -> str:
    """Return ``message`` with the input ``-`` named as stdin: "Berkas '-' kosong" is "Masukan dari stdin kosong"."""

    def named(m: re.Match[str]) -> str:
        capital = m.group(1) == "B" or (m.group(1) is None and m.start() == 0)
        return STDIN_NAME[0].upper() + STDIN_NAME[1:] if capital else STDIN_NAME

    return _STDIN_AS_FILE().sub(named, message)


#: SIGTERM's number (POSIX); :class:`Terminated` says which signal stopped the run
SIGTERM_NUMBER = 15


class Terminated(KeyboardInterrupt):
    """SIGTERM (a scheduler or ``kill`` stopping the run), SIGHUP (the terminal or SSH session closed) or SIGQUIT:
    unwound as a Ctrl-C is, so every file being written is removed and a ledger being made is not left empty; the
    CLI exits 128 + the signal's number (143, 129, 131). A SIGHUP killed the run at once: a session dropped between
    the plan's rename and its ledger commit left a workbook whose round no ledger had (hostile22, h36)."""

    def __init__(self, signum: int = SIGTERM_NUMBER) -> None:
        super().__init__()
        self.signum = signum


def raise_terminated(signum: int, frame: object) -> None:
    """The handler that unwinds a run on SIGTERM, SIGHUP or SIGQUIT (the CLI installs it); one place, so
    :func:`~asn_mutasi.io.writers.signals_held` can tell it from an application's own handler."""
    raise Terminated(signum)


def stop_code(stop: BaseException) -> int:
    """The exit code of a run stopped by ``stop``: 128 + the signal for :class:`Terminated`, else 130 (Ctrl-C)."""
    return 128 + stop.signum if isinstance(stop, Terminated) else 130


class UsageError(AsnMutasiError):
    """Wrong combination of options or arguments."""

    exit_code = EXIT_USAGE


class InputError(AsnMutasiError):
    """An input file cannot be read (missing, corrupt, unknown format, no sheet)."""

    exit_code = EXIT_INPUT


class SchemaError(InputError):
    """A required column cannot be mapped to any header."""


class ConfigError(InputError):
    """The configuration or mapping file is invalid."""


class InfeasiblePlanError(AsnMutasiError):
    """The constraints of a plan cannot all be satisfied."""

    exit_code = EXIT_INFEASIBLE


class PinError(InfeasiblePlanError):
    """A locked move (a ``--kunci`` row) cannot be made; the caller adds the file the row is in.

    ``pair`` is the (NIP, kode jabatan) of a pin the eligibility rules rule out: the caller names the rule, as
    ``nilai`` would (the planner knows only that the pair is not eligible)."""

    pair: tuple[str, str] | None = None
    #: the NIP of a pin that is also kept (``keep``): the caller names where the keep came from (--tetap, or an
    #: unwilling aspiration under ``tidak_bersedia_wajib_tetap``)
    kept_nip: str | None = None


class PinRowError(PinError):
    """A ``--kunci`` row that names no one, no post, or no move (a NIP or code not in the data, a row twice, a NIP
    also kept, a retiring person, the person's own post): a fault of the input file (exit 3), not a plan the
    constraints rule out (exit 4; hostile-input campaign, round 3)."""

    exit_code = EXIT_INPUT


class OutputError(AsnMutasiError):
    """An output file cannot be written (exists without --timpa, no permission ...)."""

    exit_code = EXIT_OUTPUT


class PlanMismatchError(AsnMutasiError):
    """An approved plan no longer fits the roster (apply refuses; see findings)."""

    exit_code = EXIT_FINDINGS


#: what an operating-system error means, in the analyst's words (its errno; ``strerror`` is English)
_OS_REASONS: dict[str, str] = {
    "ENOENT": "tidak ditemukan",
    "EISDIR": "itu folder, bukan berkas",
    "ENOTDIR": "salah satu bagian jalurnya bukan folder",
    "ENAMETOOLONG": "nama atau jalur berkasnya terlalu panjang",
    "EACCES": "tidak ada izin untuk membukanya",
    "EPERM": "tidak ada izin untuk membukanya",
    "EROFS": "disk-nya hanya bisa dibaca",
    "ENOSPC": "disk penuh",
    "EDQUOT": "kuota disk habis",
    "ELOOP": "jalurnya berputar (tautan yang menunjuk ke dirinya sendiri)",
    "EEXIST": "sudah ada",
    "EBUSY": "sedang dipakai program lain",
    "EMFILE": "terlalu banyak berkas terbuka",
    "EIO": "kesalahan baca/tulis disk",
    "EBADF": "alurnya tertutup",
    "EFBIG": "berkas melebihi ukuran yang diizinkan sistem",
}


#: characters of a file name that act instead of showing: C0/C1 controls (ESC starts a terminal escape sequence, BEL)
#: and the bidi controls that reorder what follows ("laporan\u202excod.exe" reads "laporanexe.docx"; inject31, h38)
_UNPRINTABLE_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def shown_path(path: object) -> str:
    """A file name as messages and outputs show it: a name that is not valid UTF-8 (a cp1252 name from a Windows zip
    or USB stick, read by Python as lone surrogates) has its bad bytes written ``\\xe9``, lossless and printable; a
    raw surrogate crashed every UTF-8 writer that met it (hostile7, h27). Control and bidi characters are written the
    same way (``\\x1b``, ``\\u202e``): an ESC in a name printed a terminal escape sequence through ``--format csv``."""
    import os

    text = os.fspath(path) if isinstance(path, os.PathLike) else str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = os.fsencode(text).decode("utf-8", "backslashreplace")
    return _UNPRINTABLE_IN_NAME.sub(lambda m: ascii(m.group())[1:-1], text)


def os_reason(exc: OSError) -> str:
    """Why an operating-system call failed, in Bahasa Indonesia (by errno; never the English ``strerror``)."""
    import errno

    name = errno.errorcode.get(exc.errno) if isinstance(exc.errno, int) else None
    if name in _OS_REASONS:
        return _OS_REASONS[name]
    return f"kesalahan sistem {name or type(exc).__name__}"


def write_reason(exc: BaseException) -> str:
    """Why writing a file failed, in Bahasa Indonesia: the OS error behind it (xlsxwriter wraps it in its own
    exception, "[Errno 28] No space left on device" reached the analyst in English), else a generic phrase."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError):
            return os_reason(current)
        inner = next((a for a in current.args if isinstance(a, OSError)), None)
        if inner is not None:
            return os_reason(inner)
        current = current.__cause__ or current.__context__
    return f"kesalahan saat menulis ({type(exc).__name__})"


def read_capped(path: Path, limit: int, not_a_file: Exception) -> bytes:
    """Up to ``limit + 1`` bytes of ``path`` (the caller refuses more, with its own words), raising ``not_a_file``
    for a device or a FIFO (a read would block or never end; a folder is named by the open's OSError, which passes
    to the caller). The settings file, the --nip-tetap list and the column map each did this (hostile10, h29)."""
    if path.exists() and not path.is_file() and not path.is_dir():
        raise not_a_file
    with path.open("rb") as fh:
        return fh.read(limit + 1)
