"""A roster's JF jenjang read from a column of its own into the post's name.

SIASN's rw-jabatan and hospital SIMPEG exports write a JF's name under JABATAN ("Pranata Komputer") and its jenjang
beside it ("JENJANG": "Ahli Madya"; "JENJANG JABATAN", "JENJANG FUNGSIONAL"). Every command reads a holder's jenjang
from the post's name (BUP: Ahli Madya 60, PP 11/2017 Pasal 239; the peta jabatan's "Pranata Komputer Ahli Madya";
the jenjang's education and golongan), so a post whose name leaves the jenjang out is read as written with the
column's jenjang after it, once, where the roster is read: the combined name is the post the tool works with and shows.
A name that already says a jenjang keeps its own; where the column says another, a warning names the row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import zip_longest

import numpy as np
import pandas as pd

from asn_mutasi.distinct import apply_by_code, per_distinct, row_groups
from asn_mutasi.domain.golongan import parse_golongan
from asn_mutasi.domain.jabatan import classify_jenis_jabatan, jenjang_fungsional
from asn_mutasi.domain.jenis import HELD_GOLONGAN, JENJANG, MANAJERIAL
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.io.headers import HeaderColumn
from asn_mutasi.schema import ROW, ColumnInfo

#: the field of a post's name, per table kind that can hold a JF jenjang column beside it
JF_NAME_FIELD: dict[str, str] = {"pegawai": "jabatan", "jabatan": "nama_jabatan"}
#: who holds the name, per name field (the findings' words)
_WHO = {"jabatan": "pegawai", "nama_jabatan": "jabatan di peta jabatan"}


def cell_jenjang(cell: object, jabatan: object = None) -> str | None:
    """The JF jenjang a jenjang cell names ("Ahli Madya", "TERAMPIL", "Pelaksana Lanjutan" → mahir, "Widyaiswara Ahli
    Madya"), or an old grade read after the post's name ("Madya" after "Auditor"); None when it names none ("-",
    "Eselon III", "S1")."""
    if not isinstance(cell, str) or not cell.strip():
        return None
    said = jenjang_fungsional(cell)
    if said is None and isinstance(jabatan, str) and jenjang_fungsional(jabatan) is None:
        said = jenjang_fungsional(f"{jabatan} {cell}")
    return said if said in JENJANG else None


def names_jf_without_jenjang(cells: list[object], jabatan: list[object], golongan: Sequence[object] = ()) -> bool:
    """Whether four in five of the posts on the rows whose jenjang cell is filled (sample cells, row by row) are a JF
    whose name says no jenjang ("Pranata Komputer", "Perawat") held at a golongan the cell's jenjang allows
    (:data:`~asn_mutasi.domain.jenis.HELD_GOLONGAN`; a row without one counts): what tells a JF's "Ahli Madya" from
    a D-III's. A "Perawat" at II/d under "Ahli Madya" is a D-III nurse (Ahli Madya is held from III/c)."""
    rows = [(c, j, g) for c, j, g in zip_longest(cells, jabatan, golongan[: len(cells)]) if _filled(c)]
    jf = [j for c, j, g in rows if isinstance(j, str) and jenjang_fungsional(j) is None and _jf(j) and _held(c, g)]
    return bool(rows) and len(jf) >= 0.8 * len(rows)


def _filled(cell: object) -> bool:
    return isinstance(cell, str) and bool(cell.strip(" -"))


def _held(cell: object, golongan: object) -> bool:
    """Whether a holder of golongan ``golongan`` can hold the jenjang ``cell`` names (unknown golongan: can)."""
    said, found = cell_jenjang(cell), parse_golongan(golongan)
    if said is None or found is None:
        return True
    least, most = HELD_GOLONGAN[said]
    return least <= found.rank <= most


def _jf(jabatan: str) -> bool:
    return classify_jenis_jabatan(jabatan) == "Fungsional"


def _own_jenjang(jabatan: object) -> str | None:
    return jenjang_fungsional(jabatan) if isinstance(jabatan, str) and jabatan.strip() else None


def _takes_jenjang(jabatan: object) -> bool:
    """Whether a post named without a jenjang can take one: a JF or pelaksana, not a structural post."""
    return isinstance(jabatan, str) and bool(jabatan.strip()) and classify_jenis_jabatan(jabatan) not in MANAJERIAL


def _row_jenjang(names: np.ndarray, cells: np.ndarray, own: np.ndarray) -> np.ndarray:
    """Per row, the jenjang its cell names (:func:`cell_jenjang`): each distinct cell once, and only the rows whose
    cell says none alone read again after their post's name ("Madya" after "Auditor"), each distinct pair once."""
    said = per_distinct(cells, cell_jenjang)
    filled = per_distinct(cells, _filled, missing=False).astype(bool)
    again = np.flatnonzero(pd.isna(said) & pd.isna(own) & filled)
    if len(again):
        pairs = row_groups(names[again], cells[again])[0]
        said[again] = apply_by_code(pairs, lambda k: cell_jenjang(cells[again[k]], names[again[k]]))
    return said


def jenjang_into_jabatan(
    frame: pd.DataFrame, original: pd.DataFrame, label: str, col: HeaderColumn, base: Location, field: str
) -> tuple[ColumnInfo, list[Finding]]:
    """Complete the post names (``frame[field]``, :data:`JF_NAME_FIELD`) with the jenjang column ``col``
    (``original[label]``) where the name says no jenjang; the column's record for the mapping report and the
    findings (``jenjang-dari-kolom`` once, ``jenjang-beda-kolom`` per row whose name says another jenjang)."""
    names = frame[field].to_numpy(dtype=object)
    cells = original[label].to_numpy(dtype=object)
    own = per_distinct(names, _own_jenjang)
    said = _row_jenjang(names, cells, own)
    has = ~pd.isna(said)
    take = has & pd.isna(own)
    if take.any():  # each distinct name offered a jenjang classified once: structural posts take none
        take[take] = per_distinct(names[take], _takes_jenjang, missing=False).astype(bool)
    differ = has & ~pd.isna(own) & (own != said)
    info = ColumnInfo(
        field, col.letter, col.text, "pelengkap", reason="jenjang JF ditambahkan ke nama jabatan tanpa jenjang"
    )
    findings: list[Finding] = []
    completed = np.flatnonzero(take)
    if len(completed):
        whole = pd.Series(names, dtype=object)
        joined = (
            whole[take].str.strip() + " " + pd.Series(said[take], index=whole.index[take], dtype=object).str.title()
        )
        frame[field] = pd.Series(whole.mask(take, joined).to_numpy(dtype=object), index=frame.index, dtype=object)
        contoh = ", ".join(dict.fromkeys(f"'{n}'" for n in joined.iloc[:3].tolist()))
        where = replace(base, column=col.letter, header=col.text, field=field)
        findings.append(
            make_finding("jenjang-dari-kolom", where, jumlah=len(completed), siapa=_WHO[field], contoh=contoh)
        )
    rows = frame[ROW].to_numpy()
    for k in np.flatnonzero(differ).tolist():
        loc = replace(base, row=int(rows[k]), column=col.letter, header=col.text, field=field, value=str(names[k]))
        findings.append(
            make_finding("jenjang-beda-kolom", loc, menurut_nama=own[k].title(), menurut_kolom=said[k].title())
        )
    return info, findings
