"""Choice options whose values the analyst sees in Bahasa Indonesia.

A choice is a :class:`Choice` enum: the member *value* is the Indonesian word that help,
usage errors and shell completion show (``tabel``, ``galat``, ``tidak-pernah``); the member
*name* is the English word older scripts and CI pass (``--format table --fail-on never``),
still accepted as a hidden alias (never shown, never completed). Code compares members
(``fmt is OutputFormat.table``), so the words can change without touching the commands.

Declare an option with :func:`choice_option`; Typer then still sees an enum (help shows
``<tabel|json|csv>``, completion offers the values), but parsing goes through
:meth:`Choice.parse`, which knows the aliases. This module is imported at CLI start-up:
it must not import pandas.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Self

import typer


class Choice(StrEnum):
    """Base of the CLI's choice enums: value = Indonesian word shown, name = English alias accepted."""

    @classmethod
    def parse(cls, value: object) -> Self:
        """The member a command-line word means: its Indonesian value or its English alias, any case.

        Raises :class:`ValueError` with an Indonesian message naming only the Indonesian values
        (Typer turns it into a usage error, exit 2).
        """
        if isinstance(value, cls):
            return value
        word = str(value).strip().casefold().replace("_", "-")
        for member in cls:
            if word in (member.value, member.name.casefold().replace("_", "-")):
                return member
        shown = ", ".join(f"'{member.value}'" for member in cls)
        raise ValueError(f"'{value}' bukan salah satu dari {shown}.")

    @classmethod
    def words(cls) -> tuple[str, ...]:
        """The Indonesian values, in declaration order (what help and completion show)."""
        return tuple(member.value for member in cls)

    @classmethod
    def aliases(cls) -> tuple[str, ...]:
        """The hidden English aliases (member names that differ from their value)."""
        return tuple(member.name for member in cls if member.name != member.value)


class OutputFormat(Choice):
    """``--format``: where the product goes on stdout."""

    table = "tabel"
    json = "json"
    csv = "csv"


class FailOn(Choice):
    """``--fail-on``: the lowest finding severity that makes the command exit 1."""

    error = "galat"
    warning = "peringatan"
    never = "tidak-pernah"


class Per(Choice):
    """``--per``: the values of :class:`asn_mutasi.api.needs.View` (kept here: the CLI starts without pandas)."""

    jabatan = "jabatan"
    unit = "unit"
    pensiun = "pensiun"


class WorkloadPer(Choice):
    """``beban-kerja --per``: the workload views (the retirement projection is ``lowongan --per pensiun``)."""

    unit = "unit"
    jabatan = "jabatan"


class CompareTable(Choice):
    """``bandingkan --tabel``: the table written to stdout (``-f csv`` holds one table; JSON holds them all)."""

    per_unit = "per-unit"
    pindah = "pindah"
    masuk = "masuk"
    keluar = "keluar"
    realisasi_rencana = "realisasi-rencana"
    indikator = "indikator"


#: every choice enum of the CLI (the i18n test scans help for their aliases)
CHOICES: tuple[type[Choice], ...] = (OutputFormat, FailOn, Per, WorkloadPer, CompareTable)


def choice_option(choice: type[Choice], *decls: str, help: str, **kwargs: Any) -> Any:
    """``typer.Option`` for a :class:`Choice`: Indonesian values shown, English aliases parsed."""
    return typer.Option(*decls, parser=choice.parse, help=help, **kwargs)
