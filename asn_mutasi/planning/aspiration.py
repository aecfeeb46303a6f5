"""Aspirations of employees (issue 15): the canonical table, its checks, its secondary cost
in the plan and how the plan reports it.

An aspiration row says, for one NIP, up to three choices (a unit kerja and/or a jabatan,
rank 1 = most wanted), the willingness to move (``kesediaan``), a reason and a note.
Raw rows come from filled forms (:mod:`asn_mutasi.io.aspiration_forms`) with their file,
sheet, Excel row and fill time; :func:`check_aspirations` turns them into one row per NIP
plus findings. :class:`AspirationCost` prices a (person, position) pair for the planner's
secondary objective only (``planning.exact.PreferenceCost``), so it can never lower the
maximum fill; :func:`annotate_moves` writes the aspiration into each mover's ``alasan``
and :func:`aspiration_summary` counts choices met.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from asn_mutasi.config import AspirationSettings
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.schema import ASPIRATION_CHOICE_FIELDS, KESEDIAAN

BERSEDIA, TIDAK_BERSEDIA, BERSYARAT = KESEDIAAN
RANKS: tuple[int, ...] = (1, 2, 3)
SCALE = 100  #: the planner's cost scale (``planning.network.SCALE``): points × 100 = integer cost

#: canonical aspiration table, one row per NIP (JSON/CSV keys)
ASPIRATION_FIELDS: tuple[str, ...] = (
    "nip",
    "nama",
    "pilihan_1_unit",
    "pilihan_1_jabatan",
    "pilihan_2_unit",
    "pilihan_2_jabatan",
    "pilihan_3_unit",
    "pilihan_3_jabatan",
    "kesediaan",
    "alasan",
    "catatan",
    "waktu_isi",
    "berkas",
    "lembar_kerja",
    "baris",
)
CHOICE_FIELDS = ASPIRATION_CHOICE_FIELDS
#: columns a raw frame (read from forms) carries besides the canonical ones
RAW_META: tuple[str, ...] = ("_berkas", "_sheet", "_baris", "_waktu", "_urutan_berkas")


def _norm(values: pd.Series) -> pd.Series:
    """Casefolded, whitespace-collapsed text ('' for empty) to compare names."""
    text = values.astype("string").fillna("").str.casefold().str.replace(r"\s+", " ", regex=True).str.strip()
    return text.astype(object)


def _text(values: pd.Series) -> pd.Series:
    return values.astype("string").fillna("").str.strip().astype(object)


def _kesediaan(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(canonical kesediaan, bad mask): case/space-insensitive match of the three options."""
    lookup = {k.casefold(): k for k in KESEDIAAN}
    lookup.update({"ya": BERSEDIA, "tidak": TIDAK_BERSEDIA, "bersyarat": BERSYARAT})
    norm = _norm(values)
    canon = norm.map(lookup)
    bad = canon.isna() & (norm != "")
    return canon.fillna("").astype(object), bad


def _loc(raw: pd.DataFrame, mask: np.ndarray | pd.Series, field: str | None = None) -> list[Location]:
    """Where each masked form row is: file, sheet, Excel row, and the column (letter and header) and value of
    ``field`` (a choice ``pilihan_N`` is named at its unit column)."""
    sub = raw.loc[np.asarray(mask, dtype=bool)]
    column = (
        f"{field}_unit"
        if field and field.startswith("pilihan_") and not field.endswith(("_unit", "_jabatan"))
        else field
    )
    letters = sub["_kolom"].tolist() if "_kolom" in sub.columns else [None] * len(sub)
    titles = sub["_judul"].tolist() if "_judul" in sub.columns else [None] * len(sub)
    values = sub[column].tolist() if column in sub.columns else [None] * len(sub)
    return [
        Location(
            file=str(f),
            sheet=str(s),
            row=int(r),
            column=k.get(column) if isinstance(k, dict) else None,
            header=(t.get(column) or None) if isinstance(t, dict) else None,
            field=field,
            value=None if v is None or v == "" else str(v),
        )
        for f, s, r, k, t, v in zip(sub["_berkas"], sub["_sheet"], sub["_baris"], letters, titles, values, strict=True)
    ]


def check_aspirations(
    raw: pd.DataFrame, roster: pd.DataFrame, positions: pd.DataFrame, today: date | None = None
) -> tuple[pd.DataFrame, list[Finding]]:
    """Validate raw form rows; return (one row per known NIP, findings).

    Rules (every raw row is accounted for by a kept row or a finding):
    - a NIP not in the roster's valid rows: ``aspirasi-nip-tidak-dikenal``, row dropped;
    - a choice whose unit/jabatan is not in the peta jabatan, or whose jabatan does not exist
      in the chosen unit: ``aspirasi-pilihan-tidak-valid``, that choice cleared (others kept);
    - an unknown kesediaan: ``aspirasi-kesediaan-tidak-valid``, left empty;
    - a row left with no choice, kesediaan, alasan or catatan by the two rules above: ``aspirasi-isi-ditolak``,
      row dropped (the person counts as not having filled the form);
    - a Tanggal Pengisian that cannot be read: ``tanggal-tidak-terbaca`` (the file's modification time is used);
    - one after ``today``: ``aspirasi-tanggal-mendatang`` (it decides which form wins; 2099 won unsaid);
    - the same NIP twice in one form: ``aspirasi-ganda``, the lower row (filled later) is kept;
    - the same NIP on several sheets of one workbook (a copied draft sheet): the Aspirasi sheet wins unless the other
      sheet's written Tanggal Pengisian is later (see :func:`_one_row_per_file`); ``aspirasi-sheet-bertentangan``
      when the content differs;
    - the same NIP in several forms with different content: ``aspirasi-bertentangan``, the
      latest fill time wins (``Tanggal Pengisian`` when given, else the file's modification
      time; a tie goes to the file read last).
    """
    from asn_mutasi.domain.nip import nip_key

    findings: list[Finding] = []
    if not len(raw):
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in ASPIRATION_FIELDS}), findings
    raw = raw.reset_index(drop=True).copy()
    written = raw["nip"].copy()
    raw["nip"] = raw["nip"].map(nip_key)
    known = set(roster["nip"].astype(str))
    unknown = ~raw["nip"].isin(known).to_numpy()
    as_number = unknown & (raw["_nip_angka"].fillna(False).astype(bool).to_numpy() if "_nip_angka" in raw else False)
    shown = raw.assign(nip=written)  # the cell as written, not its key
    findings += [make_finding("nip-tersimpan-sebagai-angka", loc) for loc in _loc(shown, as_number, "nip")]
    findings += [make_finding("aspirasi-nip-tidak-dikenal", loc) for loc in _loc(shown, unknown & ~as_number, "nip")]
    raw = raw.loc[~unknown].copy()
    if "tanggal_isi" in raw.columns:  # a Tanggal Pengisian that could not be read: the file's time was used
        unread = raw["tanggal_isi"].notna().to_numpy() & (raw["tanggal_isi"].astype(str) != "").to_numpy()
        findings += [make_finding("tanggal-tidak-terbaca", loc) for loc in _loc(raw, unread, "tanggal_isi")]
    if today is not None and "_waktu_tertulis" in raw.columns:
        # a fill date the form writes (not a file's modification time) after the reference date and the clock's day
        when = pd.to_datetime(raw["_waktu"], errors="coerce")
        dated = raw["_waktu_tertulis"].fillna(False).astype(bool).to_numpy()
        ahead = dated & (when.dt.date > max(today, date.today())).to_numpy(dtype=bool)
        days = when[ahead].dt.strftime("%d-%m-%Y").tolist()
        findings += [
            make_finding("aspirasi-tanggal-mendatang", loc, value=day, hari_ini=today.strftime("%d-%m-%Y"))
            for loc, day in zip(_loc(raw, ahead, "tanggal_isi"), days, strict=True)
        ]

    findings += _clear_invalid_choices(raw, positions)
    given = _text(raw["kesediaan"])
    raw["kesediaan"], bad_k = _kesediaan(raw["kesediaan"])
    findings += [
        make_finding("aspirasi-kesediaan-tidak-valid", loc, value=v)
        for loc, v in zip(_loc(raw, bad_k, "kesediaan"), given[bad_k], strict=True)
    ]
    for col in ("alasan", "catatan", "nama"):
        raw[col] = _text(raw[col]) if col in raw.columns else ""
    # a row whose every answer was refused above says nothing: not counted as a pegawai who filled the form (the
    # table read back skips it as unfilled: aspirasi-baca said 215 pegawai, the plan 214; walk3, h27)
    emptied = (raw[[*CHOICE_FIELDS, "kesediaan", "alasan", "catatan"]] == "").all(axis=1).to_numpy()
    findings += [make_finding("aspirasi-isi-ditolak", loc) for loc in _loc(raw, emptied, "nip")]
    raw = raw.loc[~emptied]

    raw, in_file = _one_row_per_file(raw)
    findings += in_file

    # several forms: the latest fill wins; report only when the content differs
    raw = raw.sort_values(["_waktu", "_urutan_berkas"], kind="stable")
    older = raw.duplicated("nip", keep="last").to_numpy()
    findings += _conflict_findings(raw, older)
    kept = raw.loc[~older].copy()
    kept["waktu_isi"] = pd.to_datetime(kept["_waktu"]).dt.strftime("%Y-%m-%dT%H:%M:%S")
    kept["berkas"], kept["baris"] = kept["_berkas"].astype(str), kept["_baris"].astype(int)
    kept["lembar_kerja"] = kept["_sheet"].fillna("").astype(str)  # a form may hold a sheet per unit: where the row is
    kept = kept.sort_values("nip", kind="stable").reset_index(drop=True)
    return kept[list(ASPIRATION_FIELDS)], findings


def _clear_invalid_choices(raw: pd.DataFrame, positions: pd.DataFrame) -> list[Finding]:
    """Clear (in place) each choice whose unit/jabatan is not in the peta jabatan, or whose jabatan
    is not in the chosen unit; one ``aspirasi-pilihan-tidak-valid`` per cleared choice, at the cell that is wrong
    (the jabatan's for a jabatan missing from the peta or from the chosen unit) and naming what was written."""
    findings: list[Finding] = []
    units = set(_norm(positions["unit_kerja"]))
    names = set(_norm(positions["nama_jabatan"]))
    pairs = set(zip(_norm(positions["unit_kerja"]), _norm(positions["nama_jabatan"]), strict=True))
    for r in RANKS:
        u_col, j_col = f"pilihan_{r}_unit", f"pilihan_{r}_jabatan"
        raw[u_col], raw[j_col] = _text(raw[u_col]), _text(raw[j_col])
        u, j = _norm(raw[u_col]), _norm(raw[j_col])
        bad_u = ((u != "") & ~u.isin(units)).to_numpy()
        bad_j = ((j != "") & ~j.isin(names)).to_numpy() & ~bad_u
        pair_key = pd.Series(list(zip(u, j, strict=True)), index=raw.index, dtype=object)
        bad_pair = ((u != "") & (j != "") & ~pair_key.isin(pairs)).to_numpy() & ~bad_u & ~bad_j
        found: list[tuple[int, Finding]] = []
        for mask, column, why in (
            (bad_u, u_col, "unit kerja '{u}' tidak ada di peta jabatan"),
            (bad_j, j_col, "jabatan '{j}' tidak ada di peta jabatan"),
            (bad_pair, j_col, "jabatan '{j}' tidak ada di unit kerja '{u}'"),
        ):
            named = zip(np.flatnonzero(mask), raw.loc[mask, u_col], raw.loc[mask, j_col], strict=True)
            found += [
                (int(at), make_finding("aspirasi-pilihan-tidak-valid", loc, pilihan=r, alasan=why.format(u=uv, j=jv)))
                for loc, (at, uv, jv) in zip(_loc(raw, mask, column), named, strict=True)
            ]
        findings += [f for _, f in sorted(found, key=lambda pair: pair[0])]  # in the order of the form's rows
        raw.loc[bad_u | bad_j | bad_pair, [u_col, j_col]] = ""
    return findings


def _one_row_per_file(raw: pd.DataFrame) -> tuple[pd.DataFrame, list[Finding]]:
    """One row per NIP of each file. Within a sheet the lowest row wins (``aspirasi-ganda``). Of the sheets of one
    workbook a later *written* Tanggal Pengisian wins; without one (a file's sheets share its modification time) the
    Aspirasi sheet wins, then the sheet first in the workbook.

    A copied draft sheet answering "Bersedia" overrode the Aspirasi sheet's final "Tidak bersedia" as "filled later"
    (review9 #1, h28): an undated copy never outranks a dated row, an undated Aspirasi row is never outranked.
    ``aspirasi-sheet-bertentangan`` at each dropped row whose content differs from the kept one."""
    raw = raw.sort_values(["_urutan_berkas", "_sheet", "_baris"], kind="stable")
    dup_in_form = raw.duplicated(["_berkas", "_sheet", "nip"], keep="last").to_numpy()
    doubled = [make_finding("aspirasi-ganda", loc) for loc in _loc(raw, dup_in_form, "nip")]
    raw = raw.loc[~dup_in_form]
    if not len(raw) or "_urutan_sheet" not in raw.columns or not raw.duplicated(["_berkas", "nip"]).any():
        return raw, doubled
    rank = pd.to_numeric(raw["_urutan_sheet"], errors="coerce").fillna(0).to_numpy()
    written = raw["_waktu_tertulis"] if "_waktu_tertulis" in raw else pd.Series(False, index=raw.index)
    dated = written.fillna(False).astype(bool).to_numpy()  # a Tanggal Pengisian, not the file's modification time
    when = pd.to_datetime(raw["_waktu"], errors="coerce").to_numpy(dtype="datetime64[ns]").astype("int64")
    key = np.where(dated, when.astype(float), np.where(rank == 0, np.inf, -np.inf))
    order = raw.assign(_kunci=key, _peringkat=-rank).sort_values(
        ["_urutan_berkas", "nip", "_kunci", "_peringkat"], kind="stable"
    )
    dropped = order.duplicated(["_berkas", "nip"], keep="last").to_numpy()
    content = [*CHOICE_FIELDS, "kesediaan", "alasan", "catatan"]
    order["_isi"] = order[content].astype(str).agg("\x1f".join, axis=1)
    won = order.groupby(["_berkas", "nip"], sort=False)[["_isi", "_sheet", "_baris", "_kunci", "_peringkat"]].transform(
        "last"
    )
    differs = dropped & (order["_isi"] != won["_isi"]).to_numpy()
    sub, by = order.loc[differs], won.loc[differs]
    later = (by["_kunci"] > sub["_kunci"]).to_numpy() & np.isfinite(by["_kunci"].to_numpy())
    why = np.where(
        (by["_peringkat"] == 0).to_numpy(),
        "lembar kerja Aspirasi didahulukan; lembar kerja lain hanya dipakai bila Tanggal Pengisian-nya lebih akhir",
        np.where(later, "Tanggal Pengisian-nya lebih akhir", "lembar kerja yang lebih dulu di buku kerja didahulukan"),
    )
    findings = [
        make_finding("aspirasi-sheet-bertentangan", loc, sheet=str(sheet), baris=str(row), alasan=str(reason))
        for loc, sheet, row, reason in zip(_loc(order, differs, "nip"), by["_sheet"], by["_baris"], why, strict=True)
    ]
    return order.loc[~dropped].drop(columns=["_kunci", "_peringkat", "_isi"]), doubled + findings


def _conflict_findings(raw: pd.DataFrame, older: np.ndarray) -> list[Finding]:
    """``aspirasi-bertentangan`` for each older version of a NIP whose content differs from another;
    ``raw`` is sorted by fill time, so the last row of a NIP wins."""
    if not older.any():  # one version of each NIP (or no row at all: every NIP of the forms unknown)
        return []
    content = [*CHOICE_FIELDS, "kesediaan", "alasan", "catatan"]
    signature = raw[content].astype(str).agg("\x1f".join, axis=1)
    n_versions = signature.groupby(raw["nip"]).transform("nunique")
    winner = raw.drop_duplicates("nip", keep="last").set_index("nip")
    conflict = older & (n_versions.to_numpy() > 1)
    sub = raw.loc[conflict]
    return [
        make_finding(
            "aspirasi-bertentangan",
            loc,
            berkas=_where(winner.at[nip, "_berkas"], winner.at[nip, "_sheet"]),
            baris=str(winner.at[nip, "_baris"]),
        )
        for loc, nip in zip(_loc(raw, conflict, "nip"), sub["nip"], strict=True)
    ]


def _where(file: object, sheet: object) -> str:
    """A form's file with its sheet as :meth:`Location.describe` writes it (``berkas.xlsx!Aspirasi draf``)."""
    return f"{file}!{sheet}" if sheet and str(sheet) != "nan" else str(file)


def choice_ranks(aspirations: pd.DataFrame, positions: pd.DataFrame) -> pd.DataFrame:
    """Long table (nip, kode_jabatan, pilihan): the best choice rank each position satisfies.

    A choice with both unit and jabatan names that one post; with only a unit every post of
    the unit; with only a jabatan every post of that name (any unit).
    """
    pos = pd.DataFrame(
        {
            "kode_jabatan": positions["kode_jabatan"].astype(str).to_numpy(),
            "_u": _norm(positions["unit_kerja"]).to_numpy(),
            "_j": _norm(positions["nama_jabatan"]).to_numpy(),
        }
    ).drop_duplicates("kode_jabatan")
    parts = []
    for r in RANKS:
        ch = pd.DataFrame(
            {
                "nip": aspirations["nip"].astype(str).to_numpy(),
                "_u": _norm(aspirations[f"pilihan_{r}_unit"]).to_numpy(),
                "_j": _norm(aspirations[f"pilihan_{r}_jabatan"]).to_numpy(),
            }
        )
        both = ch[(ch["_u"] != "") & (ch["_j"] != "")].merge(pos, on=["_u", "_j"])
        unit = ch[(ch["_u"] != "") & (ch["_j"] == "")].drop(columns="_j").merge(pos.drop(columns="_j"), on="_u")
        name = ch[(ch["_u"] == "") & (ch["_j"] != "")].drop(columns="_u").merge(pos.drop(columns="_u"), on="_j")
        for part in (both, unit, name):
            parts.append(part[["nip", "kode_jabatan"]].assign(pilihan=r))
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["nip", "kode_jabatan", "pilihan"])
    return out.sort_values("pilihan", kind="stable").drop_duplicates(["nip", "kode_jabatan"]).reset_index(drop=True)


def unwilling(aspirations: pd.DataFrame) -> list[str]:
    """NIPs who stated ``Tidak bersedia`` (kept in place when the hard rule is on)."""
    return sorted(aspirations.loc[aspirations["kesediaan"] == TIDAK_BERSEDIA, "nip"].astype(str))


@dataclass
class AspirationCost:
    """Secondary-objective cost of moving a person into a position (``planning.exact.PreferenceCost``).

    Choice rank r earns ``−bobot_pilihan_r`` points; a move of someone ``Tidak bersedia``
    costs ``biaya_tidak_bersedia`` points (unless it is also one of their choices). Points
    are on the score scale (0-100) and multiplied by the planner's SCALE. The planner
    weights the primary (fill) above any secondary total including these, so no weight
    here can lower the maximum fill.
    """

    keys: pd.Index  #: "nip|kode_jabatan" of every pair with a choice rank
    rank: np.ndarray  #: choice rank (1-3) per key
    unwilling: frozenset[str]
    settings: AspirationSettings
    minimum: int = 0  #: lower bound of any value (pricing of unscored pairs)
    maximum_abs: int = 0  #: bound of |value| (the planner's primary weight)

    def __post_init__(self) -> None:
        points = self._points()
        self.minimum = -int(np.ceil(SCALE * float(points.max())))
        self.maximum_abs = int(np.ceil(SCALE * max(float(points.max()), float(self.settings.biaya_tidak_bersedia))))

    @classmethod
    def build(cls, aspirations: pd.DataFrame, positions: pd.DataFrame, settings: AspirationSettings) -> AspirationCost:
        ranks = choice_ranks(aspirations, positions)
        keys = pd.Index(ranks["nip"].astype(str) + "|" + ranks["kode_jabatan"].astype(str))
        return cls(keys, ranks["pilihan"].to_numpy(dtype=np.int64), frozenset(unwilling(aspirations)), settings)

    def _points(self) -> np.ndarray:
        s = self.settings
        return np.array([0.0, s.bobot_pilihan_1, s.bobot_pilihan_2, s.bobot_pilihan_3])

    def default(self, nips: Sequence[str]) -> np.ndarray:
        """Value on every pair not listed: ``biaya_tidak_bersedia`` for someone unwilling, else 0."""
        unwilling = pd.Index(np.asarray(nips, dtype=object).astype(str)).isin(list(self.unwilling))
        penalty = SCALE * float(self.settings.biaya_tidak_bersedia) if self.unwilling else 0.0
        return np.rint(np.where(unwilling, penalty, 0.0)).astype(np.int64)

    def listed(self) -> tuple[list[str], list[str]]:
        """(nips, codes) of the chosen pairs: their value (−points of the rank) is never above the default."""
        parts = [str(k).split("|", 1) for k in self.keys]
        return [a for a, _ in parts], [b for _, b in parts]

    def __call__(self, nips: Sequence[str], codes: Sequence[str]) -> np.ndarray:
        nip_arr = np.asarray(nips, dtype=object).astype(str)
        keys = pd.Index(np.char.add(np.char.add(nip_arr, "|"), np.asarray(codes, dtype=object).astype(str)))
        at = self.keys.get_indexer(keys)
        rank = np.where(at >= 0, self.rank[np.maximum(at, 0)], 0) if len(self.rank) else np.zeros(len(keys), int)
        cost = -SCALE * self._points()[rank]
        if self.unwilling and self.settings.biaya_tidak_bersedia:
            against = pd.Index(nip_arr).isin(list(self.unwilling)) & (rank == 0)
            cost = cost + np.where(against, SCALE * float(self.settings.biaya_tidak_bersedia), 0.0)
        return np.rint(cost).astype(np.int64)


ASPIRATION_MOVE_FIELDS: tuple[str, ...] = ("pilihan_aspirasi", "kesediaan", "aspirasi_terpenuhi")


def _choice_text(a: pd.DataFrame, r: int) -> pd.Series:
    u, j = _text(a[f"pilihan_{r}_unit"]), _text(a[f"pilihan_{r}_jabatan"])
    both = (u != "") & (j != "")
    return pd.Series(np.where(both, j + " di " + u, u + j), index=a.index, dtype=object)


#: the aspiration note :func:`annotate_moves` appends to a move's reason (". Aspirasi terpenuhi: …" and the rest)
_NOTE = re.compile(
    r"\. (?:Aspirasi (?:tidak )?terpenuhi|Menyatakan TIDAK BERSEDIA dipindah|Formulir aspirasi diisi tanpa pilihan"
    r"|bersedia dengan syarat).*\Z",
    re.DOTALL,
)


def without_aspiration_note(reasons: pd.Series) -> pd.Series:
    """Reasons without the aspiration note :func:`annotate_moves` appended (a letter says it in its own sentence)."""
    return reasons.map(lambda v: _NOTE.sub("", v) if isinstance(v, str) else v)


#: how the reason of a move the analyst pinned (``--kunci``) opens (:mod:`asn_mutasi.planning.explain`); read back
#: from a workbook too
PINNED = "Ditetapkan analis (mutasi dikunci)"
#: how it opened in a plan workbook written before render30 (h38), which surat still reads back
_PINNED_BEFORE = "Ditetapkan analis (--kunci)"
#: why an unwilling person is still moved: the fill, the fit, the analyst's pin, or (not checked) either
_AGAINST = "Menyatakan TIDAK BERSEDIA dipindah; tetap diusulkan karena tanpa pindah ini "
_AGAINST_FILL = _AGAINST + "lowongan terisi berkurang"
_AGAINST_FIT = (
    _AGAINST + "kecocokan rencana turun lebih dari bobot ketidaksediaan yang ditetapkan di pengaturan "
    "(lowongan terisi tidak berkurang)"
)
_AGAINST_PIN = _AGAINST.replace("tanpa pindah ini ", "") + "ditetapkan analis (mutasi dikunci)"
_AGAINST_EITHER = (
    _AGAINST + "lowongan terisi berkurang atau kecocokan rencana turun lebih dari bobot ketidaksediaan yang "
    "ditetapkan di pengaturan"
)


def annotate_moves(
    moves: pd.DataFrame,
    aspirations: pd.DataFrame,
    positions: pd.DataFrame,
    *,
    for_fill: Mapping[str, bool] | None = None,
) -> pd.DataFrame:
    """Add ``pilihan_aspirasi`` (1-3, 0 = none met, '' = no form), ``kesediaan`` and
    ``aspirasi_terpenuhi`` to the moves and append the aspiration to each mover's ``alasan``.

    ``for_fill`` (``Plan.unwilling_for_fill``): per unwilling mover, whether keeping them lowers the fill; the reason
    then names the one cause that holds, not "lowongan terisi berkurang atau kecocokan rencana turun" (oracle7 #2,
    h28). A NIP not in it keeps the either/or. A move pinned by the analyst (its reason opens with
    :data:`PINNED`) names the pin."""
    out = moves.copy()
    if not len(out):
        for f in ASPIRATION_MOVE_FIELDS:
            out[f] = pd.Series([], dtype=object)
        return out
    ranks = choice_ranks(aspirations, positions)
    key = out["nip"].astype(str) + "|" + out["kode_jabatan_tujuan"].astype(str)
    rank_of = pd.Series(ranks["pilihan"].to_numpy(), index=ranks["nip"].astype(str) + "|" + ranks["kode_jabatan"])
    a = aspirations.drop_duplicates("nip").set_index(aspirations["nip"].astype(str).drop_duplicates())
    has_form = out["nip"].astype(str).isin(a.index)
    rank = key.map(rank_of).fillna(0).astype(int)
    kes = out["nip"].astype(str).map(a["kesediaan"]).astype(object).fillna("")
    chose = (
        out["nip"]
        .astype(str)
        .map(
            pd.Series(
                (_choice_text(a, 1) != "") | (_choice_text(a, 2) != "") | (_choice_text(a, 3) != ""), index=a.index
            )
        )
        .astype(object)
        .fillna(False)
        .astype(bool)
    )
    texts = {r: out["nip"].astype(str).map(_choice_text(a, r)).astype(object).fillna("") for r in RANKS}
    met_text = pd.Series("", index=out.index, dtype=object)
    for r in RANKS:
        met_text = met_text.mask(rank == r, f"Aspirasi terpenuhi: pilihan {r} (" + texts[r] + ")")
    # the first choice the form kept, named by its own number (pilihan 1 may have been dropped as invalid)
    first = texts[1].where(texts[1] != "", texts[2].where(texts[2] != "", texts[3]))
    first_rank = np.where(texts[1] != "", "1", np.where(texts[2] != "", "2", "3"))
    not_met = (
        "Aspirasi tidak terpenuhi (pilihan "
        + pd.Series(first_rank, index=out.index, dtype=object)
        + ": "
        + first
        + "): pilihannya tidak dapat dipenuhi tanpa mengurangi lowongan terisi atau kecocokan rencana"
    )
    note = met_text.where(rank > 0, pd.Series(np.where(chose, not_met, ""), index=out.index, dtype=object))
    against = has_form & (kes == TIDAK_BERSEDIA) & (rank == 0)
    needed = out["nip"].astype(str).map(dict(for_fill or {})).astype(object)
    cause = np.where(needed.eq(True), _AGAINST_FILL, np.where(needed.eq(False), _AGAINST_FIT, _AGAINST_EITHER))
    # a pinned move is the analyst's: neither the fill nor the fit moved them (oracle8, h29)
    # (a workbook written before render30 opens with the option: its pin was read as the fill's or fit's; reviewG, h38)
    pinned = out["alasan"].astype(str).str.startswith((PINNED, _PINNED_BEFORE)).to_numpy()
    cause = np.where(pinned, _AGAINST_PIN, cause)
    note = note.where(~against, pd.Series(cause, index=out.index, dtype=object))
    cond = has_form & (kes == BERSYARAT)
    note = note.where(~cond, (note + "; bersedia dengan syarat, lihat alasan/catatan formulir").str.lstrip("; "))
    no_choice = has_form & ~chose & (kes != TIDAK_BERSEDIA)
    note = note.where(~no_choice, "Formulir aspirasi diisi tanpa pilihan unit/jabatan")
    # a plan read back from its workbook already carries the note: it is replaced, never appended twice
    base = without_aspiration_note(out["alasan"].astype("string").fillna("").astype(object))
    out["alasan"] = np.where(note != "", base + ". " + note, base)
    out["pilihan_aspirasi"] = np.where(has_form, rank.astype(object), "")
    out["kesediaan"] = kes.to_numpy()
    out["aspirasi_terpenuhi"] = np.where(has_form & chose, np.where(rank > 0, "Ya", "Tidak"), "")
    return out


#: the Pegawai sheet's reason for a person kept because their form says ``Tidak bersedia`` (the hard rule)
KEPT_UNWILLING = "Dipertahankan: aspirasi menyatakan tidak bersedia dipindah ([aspirasi] tidak_bersedia_wajib_tetap)"


def annotate_kept(accounting: pd.DataFrame, aspirations: pd.DataFrame, analyst: Sequence[str]) -> pd.DataFrame:
    """The accounting with every kept person the analyst did not name (``analyst``: --tetap, --nip-tetap) but whose
    form says ``Tidak bersedia`` given that reason (:data:`KEPT_UNWILLING`), under ``tidak_bersedia_wajib_tetap``.

    They read "Dipertahankan atas permintaan analis (--tetap)", a request the analyst never made (plan oracle, h30).
    """
    from asn_mutasi.domain.nip import nip_keys
    from asn_mutasi.planning.plan import KEPT

    theirs = set(nip_keys(unwilling(aspirations))) - set(nip_keys(list(analyst)))
    at = (accounting["alasan"] == KEPT).to_numpy(dtype=bool, copy=True)
    if not theirs or not at.any():
        return accounting
    at &= np.isin(np.asarray(nip_keys(accounting["nip"]), dtype=object), list(theirs))
    out = accounting.copy()
    out.loc[at, "alasan"] = KEPT_UNWILLING
    return out


def aspiration_summary(moves: pd.DataFrame, aspirations: pd.DataFrame) -> dict[str, int]:
    """Counts for the plan summary: forms, movers per choice met, movers against their wish."""
    has = moves["pilihan_aspirasi"].astype(str) != ""
    rank = pd.to_numeric(moves["pilihan_aspirasi"], errors="coerce").fillna(0).astype(int)
    unwilling_move = has & (moves["kesediaan"] == TIDAK_BERSEDIA) & (rank == 0)
    not_met = has & (moves["aspirasi_terpenuhi"] == "Tidak")
    # a form without a choice is neither met nor not met: counted apart, so the five counts add up to the movers
    # with a form (48 movers, 46 counted: walkthrough)
    no_choice = has & (moves["aspirasi_terpenuhi"] == "") & ~unwilling_move
    return {
        "aspirasi_formulir": len(aspirations),
        "aspirasi_pindah_berformulir": int(has.sum()),
        "aspirasi_pilihan_1": int((rank == 1).sum()),
        "aspirasi_pilihan_2": int((rank == 2).sum()),
        "aspirasi_pilihan_3": int((rank == 3).sum()),
        "aspirasi_tidak_terpenuhi": int((not_met & ~unwilling_move).sum()),
        "aspirasi_tanpa_pilihan": int(no_choice.sum()),
        "aspirasi_pindah_tidak_bersedia": int(unwilling_move.sum()),
    }
