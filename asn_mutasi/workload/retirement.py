"""Project who reaches the retirement age (BUP) within a planning horizon.

BUP comes from :func:`asn_mutasi.domain.jabatan.retirement_age` (58/60/65 by position
type and level) and TMT pensiun from :func:`asn_mutasi.domain.jabatan.pension_date` (the
1st of the month after the birthday). Both rules are called once per *distinct* input
— (jenis_jabatan, jabatan) for the BUP, (tanggal_lahir, BUP) for the date — so 100,000
employees cost a few thousand calls, and the rule lives in one place only. A roster's own
TMT pensiun or BUP replaces them where plausible (:mod:`asn_mutasi.domain.pensiun`).
"""

from __future__ import annotations

import calendar
import dataclasses
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.domain.jabatan import jenjang_fungsional, named_administrator, named_guru, named_pengawas
from asn_mutasi.domain.lowongan import bezetting
from asn_mutasi.domain.pensiun import (
    IMPLAUSIBLE,
    MONTH,
    NO_BIRTH,
    OTHER_BUP,
    SAME,
    StatedPension,
    bup_range,
    bup_values,
    roster_pension,
    stated_age,
)
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.formatting import format_date, format_number
from asn_mutasi.schema import RETIREMENT_COLUMNS as RETIREMENT_COLUMNS  # re-exported: defined once in models
from asn_mutasi.schema import ROW, STATED_BUP, STATED_TMT, holder_mask
from asn_mutasi.workload.linking import BEZETTING_SHOWN, LINK_COLUMN, staffed_units


def add_months(day: date, months: int) -> date:
    """Return ``day`` moved by whole calendar months (the day clamped to the month's end)."""
    total = day.year * 12 + (day.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def retirement_table(roster: pd.DataFrame, settings: Settings, pension: StatedPension | None = None) -> pd.DataFrame:
    """Return ``bup`` and ``tmt_pensiun`` (datetime64, NaT when unknown) per roster row: the roster's own where they
    are plausible, else the tool's (:func:`~asn_mutasi.domain.pensiun.roster_pension`; ``pension``: those figures,
    already computed for these rows)."""
    used = roster_pension(roster, settings.aturan) if pension is None else pension
    return pd.DataFrame({"bup": used.bup, "tmt_pensiun": used.tmt}, index=roster.index)


def past_pension(roster: pd.DataFrame, settings: Settings, as_of: date) -> pd.Series:
    """The TMT pensiun of the rows already past it on ``as_of`` (still on the roster: the data is behind), by row.

    Only people at least the lowest BUP of the settings old are looked at, so a province's roster costs a few
    hundred date computations, not one per person.
    """
    if "tanggal_lahir" not in roster.columns or not len(roster):
        return pd.Series(dtype="datetime64[ns]")
    rules = settings.aturan
    youngest_bup = bup_range(rules)[0]
    born = pd.to_datetime(roster["tanggal_lahir"], errors="coerce")
    aged = born <= pd.Timestamp(add_months(as_of, -12 * youngest_bup))
    if STATED_TMT in roster.columns:  # a roster's own date, believed without a birth date (roster_pension)
        aged |= born.isna() & roster[STATED_TMT].notna()
    old = roster.loc[aged.to_numpy()]
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
    pension: StatedPension | None = None,
) -> pd.DataFrame:
    """List the holders (valid rows, and rows excluded for a fault of their NIP alone: :func:`~asn_mutasi.schema.
    holder_mask`) whose TMT pensiun falls on or before ``as_of`` + horizon: a seat a damaged-NIP holder leaves by
    retiring opens a projected vacancy as anyone's does (plan oracle, h26).

    People already past their TMT pensiun are included (they are still on the roster
    and their seat is about to free up). ``kode_jabatan`` is the linked position
    (``kode_jabatan_link``) when the roster has been linked, else the roster's own code.
    ``horizon_months`` defaults to ``settings.beban_kerja.horizon_bulan``. Sorted by
    TMT pensiun, then NIP. ``pension``: :func:`~asn_mutasi.domain.pensiun.roster_pension` of ``roster``'s rows when
    the caller has it (the plan computes it once per roster).
    """
    months = settings.beban_kerja.horizon_bulan if horizon_months is None else int(horizon_months)
    end = pd.Timestamp(add_months(as_of, months))
    holders = holder_mask(roster)
    people = roster.loc[holders]
    table = retirement_table(people, settings, None if pension is None else pension.take(holders))
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
        return [
            make_finding(
                "pensiun-tahun-beda-banyak", where, jumlah=format_number(len(rows)), tahun=year, contoh=examples
            )
        ]
    return [
        make_finding(
            "pensiun-tahun-beda",
            dataclasses.replace(where, row=int(row), value=f"{stated:g}"),
            tercatat=format_number(float(stated), 2),
            dihitung=format_number(counted),
            tahun=year,
        )
        for row, stated, counted in zip(rows, declared[differ].tolist(), retiring[differ].tolist(), strict=True)
    ]


#: at most this many rows get a ``tmt-pensiun-beda`` / ``tmt-pensiun-tidak-wajar`` each; the rest one summary
STATED_SHOWN = 20


def stated_retirements(roster: pd.DataFrame, settings: Settings, where: dict[str, Location]) -> list[Finding]:
    """The roster's own TMT pensiun and BUP against the tool's (:func:`~asn_mutasi.domain.pensiun.roster_pension`):
    a line for each of the first :data:`STATED_SHOWN` rows naming another BUP (``tmt-pensiun-beda``: that BUP is used)
    or an impossible figure (``tmt-pensiun-tidak-wajar``: the tool's date is used), one ``tmt-pensiun-diringkas``
    for the rest of each, and one ``tmt-pensiun-dibandingkan`` with the counts. ``where``: the location (file,
    sheet, column, header, field) of each stated column the roster has, by field (``tmt_pensiun``, ``bup``)."""
    if not where or not len(roster):
        return []
    used = roster_pension(roster, settings.aturan)
    verdict = pd.Series(used.verdict)
    counts = verdict[verdict.ne("")].value_counts()
    if not len(counts):
        return []
    rows = roster[ROW].to_numpy()
    findings: list[Finding] = []
    for code, verdicts, apa, langkah in (
        (
            "tmt-pensiun-beda",
            (OTHER_BUP,),
            "TMT pensiun/BUP-nya di data pegawai menunjukkan BUP lain",
            "periksa BUP jabatan mereka di SIMPEG (yang dipakai BUP data pegawai)",
        ),
        (
            "tmt-pensiun-tidak-wajar",
            (IMPLAUSIBLE,),
            "TMT pensiun/BUP-nya di data pegawai tidak wajar",
            "perbaiki TMT pensiun/BUP mereka di SIMPEG",
        ),
    ):
        at = np.flatnonzero(verdict.isin(verdicts).to_numpy())
        findings += [_stated_finding(code, int(i), roster, used, where, settings) for i in at[:STATED_SHOWN].tolist()]
        rest = at[STATED_SHOWN:]
        if len(rest):
            contoh = ", ".join(str(int(r)) for r in rows[rest[:5]]) + (" …" if len(rest) > 5 else "")
            first = _stated_where(where, bool(used.by_tmt[rest[0]]), int(rows[rest[0]]))
            findings.append(
                make_finding(
                    "tmt-pensiun-diringkas",
                    first,
                    jumlah=format_number(len(rest)),
                    apa=apa,
                    contoh=contoh,
                    langkah=langkah,
                )
            )
    set_aside = _set_aside_rows(roster, used, where)
    findings += _stated_tmt_set_aside(roster, used, where, settings, set_aside)
    findings.append(_stated_summary(counts, where, len(set_aside)))
    return findings


def _set_aside_rows(roster: pd.DataFrame, used: StatedPension, where: dict[str, Location]) -> np.ndarray:
    """Positions of the rows whose stated TMT pensiun cannot be true while their BUP cell can (the BUP decided)."""
    if STATED_TMT not in roster.columns or STATED_BUP not in roster.columns or "tmt_pensiun" not in where:
        return np.empty(0, dtype=np.int64)
    return np.flatnonzero(roster[STATED_TMT].notna().to_numpy() & ~used.by_tmt & (used.verdict != ""))


def _stated_tmt_set_aside(
    roster: pd.DataFrame, used: StatedPension, where: dict[str, Location], settings: Settings, at: np.ndarray
) -> list[Finding]:
    """``tmt-pensiun-diabaikan`` for each of the first :data:`STATED_SHOWN` rows whose stated TMT pensiun cannot be true
    while its BUP cell can (the BUP decided, :func:`~asn_mutasi.domain.pensiun.stated_pension`), one
    ``tmt-pensiun-diringkas`` for the rest: a TMT PENSIUN of 01-01-2090 beside BUP 58 was dropped without a word
    and the row counted as agreeing (hostile6, h32). ``at``: those rows (:func:`_set_aside_rows`)."""
    out = []
    for i in at[:STATED_SHOWN].tolist():
        stated = format_date(roster[STATED_TMT].iloc[i])
        loc = dataclasses.replace(where["tmt_pensiun"], row=int(roster[ROW].iloc[i]), value=stated)
        alasan = _implausible_reason(roster, used, i, True, settings)
        bup, tmt = int(used.bup[i]), used.tmt[i]
        dipakai = f"{format_date(pd.Timestamp(tmt))}" if not np.isnat(tmt) else "tidak diketahui (tanggal lahir kosong)"
        out.append(make_finding("tmt-pensiun-diabaikan", loc, tercatat=stated, alasan=alasan, bup=bup, dipakai=dipakai))
    rest = at[STATED_SHOWN:]
    if len(rest):
        rows = roster[ROW].to_numpy()
        contoh = ", ".join(str(int(r)) for r in rows[rest[:5]]) + (" …" if len(rest) > 5 else "")
        first = dataclasses.replace(where["tmt_pensiun"], row=int(rows[rest[0]]))
        apa = "TMT pensiunnya di data pegawai tidak wajar, sedangkan BUP-nya wajar"
        langkah = "perbaiki TMT pensiun mereka di SIMPEG"
        out.append(
            make_finding(
                "tmt-pensiun-diringkas", first, jumlah=format_number(len(rest)), apa=apa, contoh=contoh, langkah=langkah
            )
        )
    return out


def _stated_where(where: dict[str, Location], by_tmt: bool, row: int, value: str | None = None) -> Location:
    """The location of a row's stated figure: its TMT pensiun cell when that decided, else its BUP cell."""
    base = where.get("tmt_pensiun" if by_tmt else "bup") or next(iter(where.values()))
    return dataclasses.replace(base, row=row, value=value)


def _stated_finding(
    code: str, i: int, roster: pd.DataFrame, used: StatedPension, where: dict[str, Location], settings: Settings
) -> Finding:
    """One ``tmt-pensiun-beda`` or ``tmt-pensiun-tidak-wajar`` for row position ``i``."""
    by_tmt = bool(used.by_tmt[i])
    stated = roster[STATED_TMT].iloc[i] if by_tmt else roster[STATED_BUP].iloc[i]
    shown = format_date(stated) if by_tmt else f"{float(stated):g}"
    loc = _stated_where(where, by_tmt, int(roster[ROW].iloc[i]), shown)
    years = used.stated_bup[i]
    if by_tmt:
        tercatat = f"TMT pensiun di data pegawai {shown}"
        if code == "tmt-pensiun-beda" and years == years:  # (an implausible date names no BUP worth saying)
            tercatat += f" berarti BUP {int(years)} tahun"
    else:
        tercatat = f"BUP di data pegawai {shown} tahun"
    own = used.own_tmt[i]
    dihitung = format_date(pd.Timestamp(own)) if not np.isnat(own) else "tidak diketahui (tanggal lahir kosong)"
    if code == "tmt-pensiun-beda":
        jabatan = roster["jabatan"].iloc[i] if "jabatan" in roster.columns else None
        dipakai = format_date(pd.Timestamp(used.tmt[i]))
        return make_finding(
            code, loc, tercatat=tercatat, jabatan=jabatan or "-", bup=int(used.own_bup[i]), dihitung=dihitung,
            dipakai=dipakai,
        )  # fmt: skip
    alasan = _implausible_reason(roster, used, i, by_tmt, settings)
    dipakai = f"TMT pensiun dari tanggal lahir dan BUP jabatan ({int(used.own_bup[i])} tahun): {dihitung}"
    return make_finding(code, loc, tercatat=tercatat, alasan=alasan, dipakai=dipakai)


def _bup_by_law(roster: pd.DataFrame, used: StatedPension, i: int, settings: Settings) -> str:
    """The law that sets the BUP of row ``i``'s post, a guru's, a pengawas's, a JF ahli madya's or ahli utama's lowest,
    or a pelaksana's (``used.by_law``): a guru's TMT pensiun set aside for its BUP cell was said to be a pelaksana's
    under UU 20/2023 (review9, h32)."""
    jabatan = roster["jabatan"].iloc[i]
    if named_guru(jabatan):
        return f"'{jabatan}' jabatan guru, yang BUP-nya {int(used.own_bup[i])} tahun menurut UU 14/2005 Pasal 30 ayat 4"
    if named_pengawas(jabatan):
        return f"'{jabatan}' jabatan pengawas, yang BUP-nya {int(used.own_bup[i])} tahun menurut UU 20/2023 Pasal 55"
    if named_administrator(jabatan):
        return (
            f"'{jabatan}' jabatan administrator, yang BUP-nya {int(used.own_bup[i])} tahun menurut UU 20/2023 Pasal 55 "
            "(bila jabatan ini sudah disetarakan menjadi JF ahli madya, tulis Fungsional di kolom jenis jabatan)"
        )
    if (jenjang := jenjang_fungsional(jabatan)) in ("ahli madya", "ahli utama"):
        rules = settings.aturan
        bup = rules.bup_fungsional_ahli_madya if jenjang == "ahli madya" else rules.bup_fungsional_ahli_utama
        return f"'{jabatan}' JF {jenjang}, yang BUP-nya paling rendah {bup} tahun menurut PP 11/2017 Pasal 239"
    return f"'{jabatan}' jabatan pelaksana, yang BUP-nya {int(used.own_bup[i])} tahun menurut UU 20/2023 Pasal 55"


def _implausible_reason(roster: pd.DataFrame, used: StatedPension, i: int, by_tmt: bool, settings: Settings) -> str:
    """Why a row's stated figure is not believed (Bahasa Indonesia)."""
    lo, hi = bup_range(settings.aturan)
    bups = ", ".join(str(b) for b in bup_values(settings.aturan).tolist())
    if used.by_law[i]:
        said = f"berarti BUP {int(used.stated_bup[i])} tahun, padahal " if by_tmt else ""
        return said + _bup_by_law(roster, used, i, settings)
    if not by_tmt:
        return f"bukan BUP mana pun di pengaturan ({bups} tahun)"
    born = pd.to_datetime(roster["tanggal_lahir"].iloc[i], errors="coerce") if "tanggal_lahir" in roster else pd.NaT
    stated = pd.Timestamp(roster[STATED_TMT].iloc[i])
    if pd.isna(born):
        return f"tahun {stated.year} tidak mungkin tahun pensiun pegawai yang masih bekerja"
    if stated < born:
        return f"sebelum tanggal lahir {format_date(born)}"
    years_, rem_, fits_ = stated_age(np.asarray([born], dtype="datetime64[D]"), np.asarray([stated], "datetime64[D]"))
    years, fits = int(years_[0]), bool(fits_[0])
    age = f"usia pada tanggal itu {years} tahun {int(rem_[0])} bulan"
    if years < lo:
        return f"{age}, di bawah BUP terendah {lo} tahun"
    if years > hi:
        return f"{age}, di atas BUP tertinggi {hi} tahun"
    if fits and years in bup_values(settings.aturan).tolist():  # refused by law, its BUP set aside
        return f"{age}, padahal {_bup_by_law(roster, used, i, settings)}"
    if fits:
        return f"{age}, bukan BUP mana pun di pengaturan ({bups} tahun)"
    return f"{age}: bukan tanggal 1 pada bulan pegawai mencapai BUP mana pun atau bulan sesudahnya"


#: the ``tmt-pensiun-dibandingkan`` count of each verdict, by its template field
_VERDICT_FIELDS = {
    "sama": SAME, "beda_bulan": MONTH, "beda_bup": OTHER_BUP, "tidak_wajar": IMPLAUSIBLE, "tanpa_lahir": NO_BIRTH,
}  # fmt: skip


def _stated_summary(counts: pd.Series, where: dict[str, Location], set_aside: int = 0) -> Finding:
    """``tmt-pensiun-dibandingkan``: how many rows stated a figure, by verdict. Every count is a field of the template:
    the five as one joined text passed the 200 characters a finding quotes of a value and was cut ("dipakai BUP data
    pegaw…"; lang2, h31). ``set_aside`` rows (``tmt-pensiun-diabaikan``) are counted by their BUP and named as such:
    "3 sama; … 0 tidak wajar" stood beside a warning that a TMT pensiun was not plausible (lang5, h32)."""
    by_verdict: dict[str, Any] = {name: format_number(int(counts.get(v, 0))) for name, v in _VERDICT_FIELDS.items()}
    jumlah = format_number(int(counts.sum()))
    if set_aside:
        by_verdict["diabaikan"] = (
            f"; dari {jumlah} pegawai itu, TMT pensiun {format_number(set_aside)} pegawai tidak wajar dan diabaikan "
            "(yang dibandingkan dan dipakai BUP-nya di data pegawai)"
        )
    base = where.get("tmt_pensiun") or next(iter(where.values()))
    return make_finding("tmt-pensiun-dibandingkan", base, jumlah=jumlah, **by_verdict)
