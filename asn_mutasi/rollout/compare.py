"""Compare two rosters (before and after a round of mutasi) and measure the effect.

Pure functions over prepared roster frames: who moved, joined or left; bezetting,
vacancies and EJ per unit before and after (through :mod:`asn_mutasi.workload` when a
position table is given); the imbalance index before and after; and, with a plan, which
approved moves actually happened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.domain.nip import nip_key, nip_keys
from asn_mutasi.rollout.apply import cell_text, norm_position, parse_keputusan
from asn_mutasi.schema import holder_mask, valid_mask
from asn_mutasi.serialise import to_jsonable
from asn_mutasi.workload import link_employees, position_summary, reported_imbalance, unit_summary

MOVED_COLUMNS = ("nip", "nama", "jabatan_sebelum", "unit_sebelum", "jabatan_sesudah", "unit_sesudah")
PERSON_COLUMNS = ("nip", "nama", "jabatan", "unit_kerja")
REALISATION_COLUMNS = (
    "id_mutasi",
    "nip",
    "jabatan_asal",
    "unit_asal",
    "jabatan_tujuan",
    "unit_tujuan",
    "terlaksana",
    "status",
    "jabatan_sekarang",
    "unit_sekarang",
    "alasan",
)
_UNIT_MEASURES = ("bezetting", "lowongan", "ej", "kelas_ej")


@dataclass
class Comparison:
    """The effect of a round of mutasi; every table uses canonical Indonesian column names."""

    moved: pd.DataFrame  #: :data:`MOVED_COLUMNS`
    joined: pd.DataFrame  #: :data:`PERSON_COLUMNS`, in the after roster only
    left: pd.DataFrame  #: :data:`PERSON_COLUMNS`, in the before roster only
    units: pd.DataFrame  #: per unit: kebutuhan and ``<measure>_sebelum``/``_sesudah``
    imbalance_before: float | None
    imbalance_after: float | None
    realisation: pd.DataFrame | None = None  #: :data:`REALISATION_COLUMNS` when a plan was given
    summary: dict[str, Any] = field(default_factory=dict)

    def to_records(self) -> dict[str, Any]:
        """Return JSON-ready data: ``ringkasan`` (dict) and one list of rows per table."""
        tables = {
            "pindah": self.moved,
            "masuk": self.joined,
            "keluar": self.left,
            "per_unit": self.units,
            "realisasi_rencana": self.realisation if self.realisation is not None else pd.DataFrame(),
        }
        out: dict[str, Any] = {"ringkasan": {k: to_jsonable(v) for k, v in self.summary.items()}}
        for key, frame in tables.items():
            out[key] = [{k: to_jsonable(v) for k, v in rec.items()} for rec in frame.to_dict("records")]
        return out


def _frame(table: Any) -> pd.DataFrame:
    frame = table.frame if hasattr(table, "frame") else table
    if not isinstance(frame, pd.DataFrame):
        raise TypeError("expected a prepared frame or an object with .frame")
    return frame


def _valid(frame: pd.DataFrame) -> pd.DataFrame:
    """Return the valid rows keyed by normalised NIP (first occurrence wins)."""
    rows = frame.loc[valid_mask(frame)]
    rows = rows.assign(_nip=nip_keys(rows["nip"]))
    rows = rows.loc[rows["_nip"].ne("") & ~rows["_nip"].duplicated()]
    return rows.set_index("_nip", drop=False)


def _with_holders(valid: pd.DataFrame, table: Any) -> pd.DataFrame:
    """The valid rows and the rows excluded for a fault of their NIP alone (:func:`holder_mask`): who counts in
    bezetting, as ``lowongan`` and ``rencana`` count it (those rows are in no comparison of people by NIP)."""
    frame = _frame(table)
    only = frame.loc[holder_mask(frame) & ~valid_mask(frame)]
    return pd.concat([valid, only], ignore_index=True) if len(only) else valid


def _position_key(rec: pd.Series | dict[str, Any]) -> tuple[str, tuple[str, str]]:
    return cell_text(rec.get("kode_jabatan")), norm_position(rec.get("jabatan"), rec.get("unit_kerja"))


def _same_position(a: pd.Series | dict[str, Any], b: pd.Series | dict[str, Any]) -> bool:
    (ka, na), (kb, nb) = _position_key(a), _position_key(b)
    if ka and kb:
        return ka == kb
    return na == nb


def _people(rows: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame({c: rows[c].map(cell_text) if c in rows.columns else "" for c in PERSON_COLUMNS})
    out["nip"] = rows["_nip"]
    return out.sort_values("nip").reset_index(drop=True)


def _keys(rows: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Return (kode_jabatan text, normalised 'jabatan|unit') per row, normalising distinct pairs once."""
    kode = rows["kode_jabatan"].map(cell_text) if "kode_jabatan" in rows.columns else pd.Series("", index=rows.index)
    pairs = list(zip(rows["jabatan"].map(cell_text), rows["unit_kerja"].map(cell_text), strict=True))
    cache = {pair: "|".join(norm_position(*pair)) for pair in set(pairs)}
    return kode, pd.Series([cache[p] for p in pairs], index=rows.index, dtype=object)


def _moved(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    common = before.index.intersection(after.index).sort_values()
    b, a = before.loc[common], after.loc[common]
    (kb, nb), (ka, na) = _keys(b), _keys(a)
    by_code = kb.ne("") & ka.ne("")
    changed = (by_code & kb.ne(ka)) | (~by_code & nb.ne(na))
    b, a = b.loc[changed], a.loc[changed]
    nama_a, nama_b = a["nama"].map(cell_text), b["nama"].map(cell_text)
    out = pd.DataFrame(
        {
            "nip": list(a.index),
            "nama": nama_a.where(nama_a.ne(""), nama_b).to_list(),
            "jabatan_sebelum": b["jabatan"].map(cell_text).to_list(),
            "unit_sebelum": b["unit_kerja"].map(cell_text).to_list(),
            "jabatan_sesudah": a["jabatan"].map(cell_text).to_list(),
            "unit_sesudah": a["unit_kerja"].map(cell_text).to_list(),
        },
        columns=list(MOVED_COLUMNS),
    )
    return out.reset_index(drop=True)


def _units_with_positions(
    roster: pd.DataFrame, positions: pd.DataFrame, settings: Settings, as_of: date
) -> pd.DataFrame:
    linked = link_employees(roster, positions).frame
    per_position = position_summary(linked, positions, settings, as_of=as_of)
    return unit_summary(per_position, settings, linked=linked)


def _units_headcount(roster: pd.DataFrame) -> pd.DataFrame:
    counts = roster["unit_kerja"].map(cell_text).value_counts()
    return pd.DataFrame({"unit_kerja": counts.index, "bezetting": counts.to_numpy()})


def _unit_table(
    before: pd.DataFrame, after: pd.DataFrame, positions: pd.DataFrame | None, settings: Settings, as_of: date
) -> tuple[pd.DataFrame, float | None, float | None]:
    if positions is None:
        ub, ua = _units_headcount(before), _units_headcount(after)
        measures: tuple[str, ...] = ("bezetting",)
        keys = ["unit_kerja"]
        imb_b = imb_a = None
    else:
        ub = _units_with_positions(before, positions, settings, as_of)
        ua = _units_with_positions(after, positions, settings, as_of)
        measures = _UNIT_MEASURES
        keys = ["unit_kerja", "kebutuhan"]
        imb_b, imb_a = reported_imbalance(ub), reported_imbalance(ua)
    left = ub[[*keys, *measures]].rename(columns={m: f"{m}_sebelum" for m in measures})
    right = ua[[*keys, *measures]].rename(columns={m: f"{m}_sesudah" for m in measures})
    merged = left.merge(right, on=keys, how="outer")
    if "bezetting_sebelum" in merged:
        for col in ("bezetting_sebelum", "bezetting_sesudah"):
            merged[col] = merged[col].fillna(0).astype("int64")
        merged["perubahan_bezetting"] = merged["bezetting_sesudah"] - merged["bezetting_sebelum"]
    order = ["unit_kerja", *keys[1:]]
    for m in measures:
        order += [f"{m}_sebelum", f"{m}_sesudah"]
        if m == "bezetting":
            order.append("perubahan_bezetting")
    merged = merged[order].sort_values("unit_kerja").reset_index(drop=True)
    return merged, imb_b, imb_a


def _realisation(plan_moves: pd.DataFrame, after: pd.DataFrame, before: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per approved move, whether the person holds the target post in ``after``; a NIP not in ``before`` is never
    carried out (``tidak_di_sebelum``): a plan from another roster counted all 87 moves "terlaksana" beside 1,999
    people in and out (hostile8, h28)."""
    moves = plan_moves
    if "keputusan" in moves.columns:
        moves = moves.loc[moves["keputusan"].map(parse_keputusan).eq("Setuju")]
    records = []
    for rec in moves.to_dict("records"):
        nip = nip_key(rec.get("nip"))
        target = {
            "kode_jabatan": rec.get("kode_jabatan_tujuan"),
            "jabatan": rec.get("jabatan_tujuan"),
            "unit_kerja": rec.get("unit_tujuan"),
        }
        origin = {
            "kode_jabatan": rec.get("kode_jabatan_asal"),
            "jabatan": rec.get("jabatan_asal"),
            "unit_kerja": rec.get("unit_asal"),
        }
        row: dict[str, Any] = {
            "id_mutasi": cell_text(rec.get("id_mutasi")),
            "nip": nip,
            "jabatan_asal": cell_text(rec.get("jabatan_asal")),
            "unit_asal": cell_text(rec.get("unit_asal")),
            "jabatan_tujuan": cell_text(rec.get("jabatan_tujuan")),
            "unit_tujuan": cell_text(rec.get("unit_tujuan")),
            "jabatan_sekarang": "",
            "unit_sekarang": "",
        }
        if before is not None and nip not in before.index:
            row.update(
                terlaksana=False,
                status="tidak_di_sebelum",
                alasan="NIP tidak ada di data pegawai sebelum mutasi: rencana ini bukan dari data tersebut",
            )
        elif nip not in after.index:
            row.update(terlaksana=False, status="keluar", alasan="NIP tidak ada lagi di data pegawai sesudah mutasi")
        else:
            now = after.loc[nip]
            assert isinstance(now, pd.Series)  # the index is unique (see _valid)
            row.update(jabatan_sekarang=cell_text(now.get("jabatan")), unit_sekarang=cell_text(now.get("unit_kerja")))
            if _same_position(now, target):
                row.update(terlaksana=True, status="terlaksana", alasan="sudah menduduki jabatan tujuan")
            elif _same_position(now, origin):
                row.update(terlaksana=False, status="masih_di_asal", alasan="masih menduduki jabatan asal")
            else:
                row.update(
                    terlaksana=False, status="pindah_lain", alasan="pindah ke jabatan lain, bukan jabatan tujuan"
                )
        records.append(row)
    return pd.DataFrame(records, columns=list(REALISATION_COLUMNS))


def compare_rosters(
    before: Any,
    after: Any,
    positions: Any | None,
    *,
    plan_moves: pd.DataFrame | None = None,
    settings: Settings | None = None,
    as_of: date | None = None,
) -> Comparison:
    """Compare the roster before and after a round of mutasi (optionally against a plan).

    ``before``/``after``/``positions`` are prepared frames (or prepared tables with
    ``.frame``); only valid rows count. ``plan_moves`` is the plan sheet with canonical
    field names; when it has a ``keputusan`` column only ``Setuju`` moves are checked.
    ``as_of`` (default today) dates the retirement projection of the workload summary.
    """
    settings = settings or Settings()
    as_of = as_of or date.today()
    b, a = _valid(_frame(before)), _valid(_frame(after))
    pos = _frame(positions) if positions is not None else None
    moved = _moved(b, a)
    joined = _people(a.loc[a.index.difference(b.index)])
    left = _people(b.loc[b.index.difference(a.index)])
    units, imb_b, imb_a = _unit_table(_with_holders(b, before), _with_holders(a, after), pos, settings, as_of)
    realisation = _realisation(plan_moves, a, b) if plan_moves is not None else None
    summary: dict[str, Any] = {
        "jumlah_pegawai_sebelum": len(b),
        "jumlah_pegawai_sesudah": len(a),
        "pindah": len(moved),
        "masuk": len(joined),
        "keluar": len(left),
        "indeks_ketimpangan_sebelum": imb_b,
        "indeks_ketimpangan_sesudah": imb_a,
    }
    if pos is not None:
        summary["lowongan_sebelum"] = int(units["lowongan_sebelum"].fillna(0).sum())
        summary["lowongan_sesudah"] = int(units["lowongan_sesudah"].fillna(0).sum())
    if realisation is not None:
        summary["rencana_disetujui"] = len(realisation)
        summary["rencana_terlaksana"] = int(realisation["terlaksana"].sum())
        summary["rencana_belum_terlaksana"] = len(realisation) - summary["rencana_terlaksana"]
    return Comparison(moved, joined, left, units, imb_b, imb_a, realisation, summary)
