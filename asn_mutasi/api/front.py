"""The front door's own checks of a verb's arguments: what a notebook passes that the core cannot take.

Every exported verb is wrapped by :func:`verb`. From the verb's type hints it

- refuses a file argument (``str | Path``) that is no path — a DataFrame, a number, ``None`` where a file is
  required — with a :class:`~asn_mutasi.errors.UsageError` that names the argument, never its value (``str()`` of
  a DataFrame put every NIP and name of the roster into "Berkas '…' tidak ditemukan");
- takes one file or one text where a list is expected (``usulan="usulan.csv"``, ``keep="1980…"``,
  ``periode="2026"``) as a list of that one; a text was iterated character by character ("'/' tidak dapat
  dibaca"; a NIP kept as 18 one-digit NIPs, a template of periods "2", "0", "2", "6");
- takes a ``datetime`` (and so a pandas ``Timestamp``) as its date, and refuses anything else where a date is
  expected (``tanggal="2026-11-01"`` crashed with TypeError);
- takes a whole number where a text is expected (a NIP or a kode jabatan read from Excel as a number), a list's
  items too, and refuses a table or a dict where a list is expected (``usulan=df`` read its column names as files);
- refuses a settings or read-options argument of another type (``settings={"aturan": …}`` raised AttributeError),
  and anything but True or False for a yes/no argument (``overwrite="False"`` is true: it replaced a workbook).

The hints are resolved on the first call (the modules write them as strings); the wrapper keeps the verb's
signature (``inspect.signature`` and type checkers see the verb's own).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import numbers
import os
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import ParamSpec, TypeVar

from asn_mutasi.errors import UsageError

P = ParamSpec("P")
R = TypeVar("R")

_COLLECTIONS = {Sequence, Iterable}


def verb(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn`` with its keyword arguments checked and normalised by their type hints (see the module docstring)."""
    hints: dict[str, object] = {}

    @functools.wraps(fn)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        if not hints:
            hints.update(typing.get_type_hints(fn))
        for name in list(kwargs):
            if name in hints:
                kwargs[name] = _argument(name, kwargs[name], hints[name])
        return fn(*args, **kwargs)

    return checked


def _members(hint: object) -> tuple[object, ...]:
    """The members of a union hint (``str | Path | None`` → str, Path, NoneType); any other hint alone."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


def _argument(name: str, value: object, hint: object) -> object:
    """``value`` of argument ``name`` as the verb takes it, or a :class:`UsageError` when it cannot be."""
    members = _members(hint)
    if value is None and type(None) in members:
        return None
    # a list hint first: ``Sources`` (one file, or a list of them) is a list whatever was given
    collection = next((m for m in members if typing.get_origin(m) in _COLLECTIONS), None)
    if collection is not None and not (str in members and _whole(value)):
        return _collection(name, value, typing.get_args(collection)[0])
    if Path in members:
        return _path(name, value)
    if bool in members:
        return _yes_no(name, value)
    if date in members:
        return _date(name, value)
    if str in members and _whole(value):
        return str(value)
    kind = next((m for m in members if isinstance(m, type) and dataclasses.is_dataclass(m)), None)
    if kind is not None and not isinstance(value, kind):
        raise UsageError(
            f"Argumen {name}= harus berupa {kind.__name__}, bukan {type(value).__name__}",
            hint="Pengaturan: am.load_settings('pengaturan.toml') atau am.Settings(); opsi baca: am.ReadOptions(...).",
        )
    return value


def _whole(value: object) -> bool:
    """Whether ``value`` is a whole number (an int, numpy's too), not True or False."""
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _yes_no(name: str, value: object) -> bool:
    """A yes/no argument: True or False (numpy's too); a text such as "False" is true, it was taken as a yes."""
    if isinstance(value, bool) or (
        getattr(value, "shape", None) == () and getattr(getattr(value, "dtype", None), "kind", "") == "b"
    ):
        return bool(value)
    raise UsageError(f"Argumen {name}= harus True atau False, bukan {type(value).__name__}")


def _path(name: str, value: object) -> object:
    if isinstance(value, str | os.PathLike):
        return value
    raise UsageError(
        f"Argumen {name}= harus nama berkas (teks atau Path), bukan {type(value).__name__}",
        hint="Simpan tabelnya ke berkas dulu (mis. df.to_excel('pegawai.xlsx', index=False)), lalu berikan namanya.",
    )


def _date(name: str, value: object) -> object:
    if isinstance(value, date):  # a datetime or pandas Timestamp too: a date is what every rule compares with
        with contextlib.suppress(TypeError, ValueError):  # (NaT: a Timestamp whose year is no number)
            return date(value.year, value.month, value.day)
    raise UsageError(
        f"Argumen {name}= harus tanggal (datetime.date), bukan {type(value).__name__}",
        hint="Mis. date(2026, 11, 1) dari modul datetime.",
    )


def _collection(name: str, value: object, item: object) -> object:
    """A list argument: one file or one text given alone is a list of that one."""
    if isinstance(value, str | os.PathLike):
        return [value]
    if not isinstance(value, Iterable) or isinstance(value, Mapping) or getattr(value, "ndim", 1) != 1:
        # (a DataFrame or a dict iterates its column names or keys; a Series or a numpy vector is a list)
        raise UsageError(
            f"Argumen {name}= harus berupa daftar, bukan {type(value).__name__}",
            hint="Mis. ['a.xlsx', 'b.xlsx'], atau satu kolom tabel sebagai daftar: df['nip'].tolist().",
        )
    items = list(value)
    members = _members(item)
    if Path in members:
        return [_path(name, one) for one in items]
    if str in members:
        return [str(one) if _whole(one) else one for one in items]
    return items


def xlsx_output(output: str | os.PathLike[str], what: str, example: str) -> Path:
    """``output`` as a Path, or a :class:`UsageError` (exit 2) when its name does not end in .xlsx and the verb writes
    only a workbook: xlsx bytes were written under 'x.csv', which no program reading CSV can open (hostile-input
    campaign: refused by the CLI only, the library verbs still wrote them; api campaign, h30)."""
    path = Path(output)
    if path.suffix.casefold() != ".xlsx":
        raise UsageError(f"{what} ditulis sebagai .xlsx; '{path.name}' berakhiran lain (pakai mis. {example})")
    return path
