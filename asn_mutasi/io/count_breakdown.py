"""A post's jenis and JF jenjang read from the count sub-column it is counted in (Formulir 1).

The national "Formulir 1 – Rekapitulasi Data Kelembagaan dan Data Kepegawaian" counts each post's holders and ABK
need in one sub-column of a block per jenis and jenjang ("JABATAN PIMPINAN TINGGI / Pratama / Es. II", "JABATAN
FUNGSIONAL / Ahli / Muda", "JABATAN PELAKSANA (JFU)"), each block ending in its JUMLAH (the field read). The
sub-column holding a post's count is a fact the form states: it is the post's jenis, and a JF post whose name leaves
its jenjang out ("Analis Sumber Daya Manusia Aparatur" under Ahli / Muda) is read with it; where the name says
another jenis or jenjang, a warning names the row (formulir, h30).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from asn_mutasi.distinct import apply_by_code, row_groups
from asn_mutasi.domain.jabatan import classify_jenis_jabatan, jenis_of_count_column, jenjang_fungsional
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.io.column_mapping import ColumnMapping
from asn_mutasi.io.headers import HeaderColumn
from asn_mutasi.schema import ROW, ColumnInfo

#: the jenis a post's name says for itself (a name without a known head word classifies as Pelaksana: says nothing)
_NAMED = frozenset({"JPT Utama", "JPT Madya", "JPT Pratama", "Administrator", "Pengawas"})


def _sub_label(col: HeaderColumn) -> str:
    """The labels under a grouped column's top label ("JABATAN FUNGSIONAL / Ahli / Muda")."""
    return col.text.partition(" / ")[2]


def _counted_in(
    original: pd.DataFrame, labels: dict[int, str], by_index: dict[int, HeaderColumn], result: ColumnMapping
) -> np.ndarray:
    """Per row, the grid column of the one sub-column holding a count: the holders' block first, the need's for a
    post nobody holds; -1 where none or several do."""
    chosen = np.full(len(original), -1, dtype=np.int64)
    for name in ("bezetting", "kebutuhan"):
        cols = [i for i in result.breakdown.get(name, []) if jenis_of_count_column(_sub_label(by_index[i]))[0]]
        if not cols:
            continue
        held = np.column_stack(
            [pd.to_numeric(original[labels[i]], errors="coerce").fillna(0).to_numpy(dtype=float) > 0 for i in cols]
        )
        one = (held.sum(axis=1) == 1) & (chosen < 0)
        chosen[one] = np.asarray(cols, dtype=np.int64)[held.argmax(axis=1)[one]]
    return chosen


def jenis_from_breakdown(
    frame: pd.DataFrame,
    original: pd.DataFrame,
    labels: dict[int, str],
    by_index: dict[int, HeaderColumn],
    result: ColumnMapping,
    base: Location,
) -> list[Finding]:
    """Fill ``jenis_jabatan`` (when no column gives it) from the sub-column each post is counted in, complete a JF
    name without its jenjang, and name the rows whose name says otherwise; the findings."""
    if "jenis_jabatan" in result.columns or "nama_jabatan" not in frame.columns or not result.breakdown:
        return []
    chosen = _counted_in(original, labels, by_index, result)
    if not (chosen >= 0).any():
        return []
    kinds = {int(i): jenis_of_count_column(_sub_label(by_index[int(i)])) for i in np.unique(chosen[chosen >= 0])}
    frame["jenis_jabatan"] = pd.Series([kinds[i][0] if i >= 0 else None for i in chosen.tolist()], index=frame.index)
    total = result.columns.get("bezetting") or result.columns["kebutuhan"]
    result.columns["jenis_jabatan"] = ColumnInfo(
        "jenis_jabatan", total.letter, f"subkolom '{total.header.partition(' / ')[0]}'", "judul",
        reason="jenis dari subkolom tempat jumlah jabatan itu ditulis",
    )  # fmt: skip
    names = frame["nama_jabatan"].to_numpy(dtype=object)
    verdicts = apply_by_code(
        row_groups(names, chosen)[0], lambda k: _verdict(names[k], kinds.get(int(chosen[k]), (None, None)))
    )
    findings: list[Finding] = []
    completed = [k for k, (name, _) in enumerate(verdicts) if name is not None]
    if completed:
        frame["nama_jabatan"] = pd.Series(
            [v[0] if v[0] is not None else n for v, n in zip(verdicts, names.tolist(), strict=True)], index=frame.index
        )
        contoh = ", ".join(dict.fromkeys(f"'{verdicts[k][0]}'" for k in completed[:3]))
        where = replace(base, column=result.columns["nama_jabatan"].letter, field="nama_jabatan")
        findings.append(make_finding("jenjang-dari-subkolom", where, jumlah=len(completed), contoh=contoh))
    rows = frame[ROW].tolist()
    for k, (_, said) in enumerate(verdicts):
        if said is not None:
            col = by_index[int(chosen[k])]
            loc = replace(base, row=int(rows[k]), column=col.letter, header=col.text, value=str(names[k]))
            findings.append(
                make_finding(
                    "jenis-beda-subkolom", loc, subkolom=f"'{_sub_label(col)}'", menurut_nama=said[0], dibaca=said[1]
                )
            )
    return findings


def _verdict(name: object, kind: tuple[str | None, str | None]) -> tuple[str | None, tuple[str, str] | None]:
    """(the name completed with the sub-column's jenjang, or None; what the name says against the sub-column, or
    None) for one post."""
    jenis, jenjang = kind
    if not isinstance(name, str) or jenis is None:
        return None, None
    own_jenjang, own_jenis = jenjang_fungsional(name), classify_jenis_jabatan(name)
    if jenis == "Fungsional" and jenjang and own_jenjang is None and own_jenis not in _NAMED:
        return f"{name} {jenjang.title()}", None
    if own_jenjang is not None and (jenis != "Fungsional" or (jenjang and jenjang != own_jenjang)):
        said = f"JF {own_jenjang}"
    elif own_jenis in _NAMED and own_jenis != jenis:
        said = own_jenis
    else:
        return None, None
    shown = f"JF {jenjang}" if jenis == "Fungsional" and jenjang else jenis
    return None, (said, f"{jenis} (jenjang menurut nama)" if own_jenjang else shown)
