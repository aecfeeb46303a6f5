"""The files a command reads from the folders and files it is given (OPD proposals, aspiration forms).

One rule for every command that takes "files or folders": a folder is read with its subfolders (an
OPD's forms often come back as one folder per OPD), in the order of their paths; hidden files and
folders (``.…``) and Excel's lock files (``~$…``) are skipped; a file named directly is read
whatever its suffix. Each file comes with the name to show for it: its path below the folder given
(``Dinas A/usulan.xlsx``), so two OPDs' ``usulan.xlsx`` are told apart, or its own name.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

from asn_mutasi.errors import InputError, UsageError, os_reason, shown_path


def _skipped(name: str) -> bool:
    return name.startswith((".", "~$"))


def _members(folder: Path, suffixes: tuple[str, ...], passed: list[str]) -> list[tuple[Path, str]]:
    """The files of ``folder`` and its subfolders with one of ``suffixes``, sorted by their path below it; the
    names of the other files (not hidden ones) are added to ``passed``."""
    found: list[tuple[str, Path]] = []
    errors: list[OSError] = []
    for root, dirs, names in os.walk(folder, onerror=errors.append):  # symlinked folders are not followed
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            path = Path(root, name)
            shown = shown_path(PurePosixPath(*path.relative_to(folder).parts).as_posix())  # (written in outputs)
            if _skipped(name) or not name.lower().endswith(suffixes):
                if not name.startswith("."):
                    passed.append(shown)
                continue
            found.append((shown, path))
    if errors:
        raise errors[0]
    passed.sort(key=str.casefold)
    return [(path, shown) for shown, path in sorted(found, key=lambda item: (item[0].casefold(), item[0]))]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return a.resolve() == b.resolve()


def files_in(
    sources: Iterable[str | os.PathLike[str]],
    suffixes: Sequence[str],
    *,
    what: str,
    passed: list[str] | None = None,
    outputs: Iterable[Path | None] = (),
) -> list[tuple[Path, str]]:
    """(path, name to show) of every file named directly and every file with one of ``suffixes`` in the folders named.

    ``what`` names the input in the errors ("Formulir aspirasi"): a name that is neither a file nor
    a folder, or one that cannot be read (no permission, a name too long), is an :class:`InputError`.
    ``passed`` (optional) receives the names of the files of those folders that are not read (another
    suffix, Excel's lock files ``~$…``; hidden files are not named), for the caller to say so. A file that is one
    of ``outputs`` (the command's own ``-o``, written into the folder it reads: a rerun read it as one more OPD's
    proposals, every person "diusulkan 2 kali") is never read, and is named in ``passed`` when found in a folder.
    """
    passed = passed if passed is not None else []
    wanted = tuple(s.lower() for s in suffixes)
    out: list[tuple[Path, str]] = []
    for source in sources:
        if str(source) == "-":  # these inputs are files or folders: stdin is no place to find them
            raise UsageError(f"{what} tidak dapat dibaca dari stdin ('-'); berikan nama berkas atau foldernya")
        path = Path(source)
        try:
            if path.is_dir():
                out += _members(path, wanted, passed)
            elif path.is_file():
                out.append((path, shown_path(path.name)))
            else:
                raise InputError(f"{what} '{path}' tidak ditemukan")
        except OSError as exc:
            raise InputError(f"{what} '{path}' tidak dapat dibaca: {os_reason(exc)}") from exc
    mine = [Path(o) for o in outputs if o is not None and Path(o).exists()]
    if mine:
        own = [item for item in out if any(_same_file(item[0], o) for o in mine)]
        passed += [shown for _, shown in own]
        out = [item for item in out if item not in own]
    return out
