"""Project who reaches the retirement age (BUP) within a planning horizon.

BUP comes from :func:`asn_mutasi.domain.jabatan.retirement_age` (58/60/65 by position
type and level) and TMT pensiun from :func:`asn_mutasi.domain.jabatan.pension_date` (the
1st of the month after the birthday). Both rules are called once per *distinct* input
— (jenis_jabatan, jabatan) for the BUP, (tanggal_lahir, BUP) for the date — so 100,000
employees cost a few thousand calls, and the rule lives in one place only.
"""

from __future__ import annotations

import calendar
import dataclasses
from datetime import date

import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.domain.jabatan import pension_dates
from asn_mutasi.domain.lowongan import bezetting
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.formatting import format_number
from asn_mutasi.schema import RETIREMENT_COLUMNS as RETIREMENT_COLUMNS  # re-exported: defined once in models
from asn_mutasi.schema import ROW, holder_mask
from asn_mutasi.workload.linking import BEZETTING_SHOWN, LINK_COLUMN, staffed_units


def add_months(day: date, months: int) -> date:
    """Return ``day`` moved by whole calendar months (the day clamped to the month's end)."""
    total = day.year * 12 + (day.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def retirement_table(roster: pd.DataFrame, settings: Settings) -> pd.DataFrame:
    """Return ``bup`` and ``tmt_pensiun`` (datetime64, NaT without a birth date) per roster row."""

    def col(name: str) -> pd.Series:
        return roster[name] if name in roster.columns else pd.Series(None, index=roster.index, dtype=object)

    bup, tmt = pension_dates(col("jenis_jabatan"), col("jabatan"), col("tanggal_lahir"), settings.aturan)
    return pd.DataFrame({"bup": bup, "tmt_pensiun": tmt}, index=roster.index)


def past_pension(roster: pd.DataFrame, settings: Settings, as_of: date) -> pd.Series:
    """The TMT pensiun of the rows already past it on ``as_of`` (still on the roster: the data is behind), by row.

    Only people at least the lowest BUP of the settings old are looked at, so a province's roster costs a few
    hundred date computations, not one per person.
    """
    if "tanggal_lahir" not in roster.columns or not len(roster):
        return pd.Series(dtype="datetime64[ns]")
    rules = settings.aturan
    youngest_bup = min(int(getattr(rules, f.name)) for f in dataclasses.fields(rules) if f.name.startswith("bup_"))
    born = pd.to_datetime(roster["tanggal_lahir"], errors="coerce")
    old = roster.loc[(born <= pd.Timestamp(add_months(as_of, -12 * youngest_bup))).to_numpy()]
    if not len(old):
        return pd.Series(dtype="datetime64[ns]")
    tmt = retirement_table(old, settings)["tmt_pensiun"]
    return tmt[tmt <= pd.Timestamp(as_of)]


def projected_retirements(
    roster: pd.DataFrame,
    settings: Settings,
    *,
    as_of: date,
    horizon_months: int | None = None,
) -> pd.DataFrame:
    """List the holders (valid rows, and rows excluded for a fault of their NIP alone: :func:`~asn_mutasi.schema.
    holder_mask`) whose TMT pensiun falls on or before ``as_of`` + horizon: a seat a damaged-NIP holder leaves by
    retiring opens a projected vacancy as anyone's does (plan oracle, h26).

    People already past their TMT pensiun are included (they are still on the roster
    and their seat is about to free up). ``kode_jabatan`` is the linked position
    (``kode_jabatan_link``) when the roster has been linked, else the roster's own code.
    ``horizon_months`` defaults to ``settings.beban_kerja.horizon_bulan``. Sorted by
    TMT pensiun, then NIP.
    """
    months = settings.beban_kerja.horizon_bulan if horizon_months is None else int(horizon_months)
    end = pd.Timestamp(add_months(as_of, months))
    people = roster.loc[holder_mask(roster)]
    table = retirement_table(people, settings)
    due = table["tmt_pensiun"].notna() & (table["tmt_pensiun"] <= end)
    people = people.loc[due]
    table = table.loc[due]
    if LINK_COLUMN in people.columns:
        kode = people[LINK_COLUMN]
    elif "kode_jabatan" in people.columns:
        kode = people["kode_jabatan"]
    else:
        kode = pd.Series(None, index=people.index, dtype=object)

    def col(name: str) -> pd.Series:
        return people[name] if name in people.columns else pd.Series(None, index=people.index, dtype=object)

    out = pd.DataFrame(
        {
            "nip": col("nip").astype(object),
            "nama": col("nama").astype(object),
            "kode_jabatan": kode.astype(object),
            "jabatan": col("jabatan").astype(object),
            "unit_kerja": col("unit_kerja").astype(object),
            "tanggal_lahir": pd.to_datetime(col("tanggal_lahir"), errors="coerce").astype("datetime64[ns]"),
            "bup": table["bup"].astype("int64"),
            "tmt_pensiun": table["tmt_pensiun"].astype("datetime64[ns]"),
        }
    )
    return out.sort_values(["tmt_pensiun", "nip"], kind="stable").reset_index(drop=True)


def declared_retirements(
    linked: pd.DataFrame, positions: pd.DataFrame, settings: Settings, *, year: int | None, where: Location
) -> list[Finding]:
    """``pensiun-tahun-beda`` for each post whose table states another number of holders retiring in ``year`` (Formulir
    1's "BUP TH. <tahun>", ``pensiun_tahun``) than its linked holders whose TMT pensiun falls in that year.

    The e-formasi app that writes the form counts ``YEAR(pensiunnext) = <tahun>``, its pensiunnext being the 1st of
    the month after the BUP birthday (DiskominfoWsb/simpeg ``proyeksipertahun``), which :func:`retirement_table`
    computes the same way; so a holder reaching BUP in December counts in the next year's column. Only posts in a unit
    where the roster holds someone are compared (:func:`~asn_mutasi.workload.linking.staffed_units`); ``where``:
    the table's file, sheet and column. The tool's own projection stays the roster's; the table's figure is named.
    """
    if year is None or "pensiun_tahun" not in positions.columns or not len(positions):
        return []
    declared = pd.to_numeric(positions["pensiun_tahun"], errors="coerce")
    holders = holder_mask(linked)
    links = linked[LINK_COLUMN].to_numpy(dtype=object)[holders]
    counts = bezetting(links, positions["kode_jabatan"])
    if declared.isna().all() or not counts.any():
        return []
    tmt = pd.to_datetime(retirement_table(linked.loc[holders], settings)["tmt_pensiun"])
    in_year = (tmt.dt.year == year).to_numpy(dtype=bool)
    retiring = pd.Series(bezetting(links[in_year], positions["kode_jabatan"]), index=positions.index)
    differ = declared.notna() & declared.ne(retiring) & staffed_units(positions, counts)
    rows = positions.loc[differ, ROW].tolist()
    if len(rows) > BEZETTING_SHOWN:  # one finding for the column, not a line per post
        examples = ", ".join(str(r) for r in sorted(rows)[:5])
        return [make_finding("pensiun-tahun-beda-banyak", where, jumlah=len(rows), tahun=year, contoh=examples)]
    return [
        make_finding(
            "pensiun-tahun-beda",
            dataclasses.replace(where, row=int(row), value=f"{stated:g}"),
            tercatat=format_number(float(stated), 2),
            dihitung=counted,
            tahun=year,
        )
        for row, stated, counted in zip(rows, declared[differ].tolist(), retiring[differ].tolist(), strict=True)
    ]
