"""A pangkat written in a roster's JABATAN column, alone or beside the post ("Penata Tk.I", "Penata Tk.I | Kepala
Bidang Umum"): a pangkat is the golongan's name (PP 99/2000: one pangkat per golongan/ruang), never a post. It was
read as the post's name, a pelaksana post nobody holds in the peta jabatan (real31, h38). It leaves the post; where
the row's golongan cell is empty it is read as the golongan, and the analyst is told either way."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pandas as pd

from asn_mutasi.distinct import per_distinct
from asn_mutasi.domain.coded_fields import says_nothing
from asn_mutasi.domain.golongan import Golongan, pangkat_alone
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.formatting import format_number
from asn_mutasi.schema import ROW, ColumnInfo

#: what parts a post cell: a bar, a semicolon, a comma, a line break, a slash or dash with spaces around it
_SEPARATOR = re.compile(r"\s*(?:[|;,\n]|\s/\s|\s-\s)\s*")


def split_pangkat(cell: object) -> tuple[Golongan, str | None] | None:
    """(the golongan of the pangkat, the post without it, None when nothing is left) of a post cell that is a pangkat
    or opens or closes with one ("Penata Tk.I | Kepala Bidang Umum", "Kepala Seksi X, Penata (III/c)"); None when it
    says none. The longest pangkat part wins ("Penata Tk.I, III/d | Kepala Bidang")."""
    if not isinstance(cell, str) or not cell.strip():
        return None
    text = cell.strip()
    whole = pangkat_alone(text)
    if whole is not None:
        return whole, None
    cuts = list(_SEPARATOR.finditer(text))
    for cut in reversed(cuts):  # the longest head first
        head = pangkat_alone(text[: cut.start()])
        if head is not None and text[cut.end() :].strip():
            return head, text[cut.end() :].strip()
    for cut in cuts:  # the longest tail first
        tail = pangkat_alone(text[cut.end() :])
        if tail is not None and text[: cut.start()].strip():
            return tail, text[: cut.start()].strip()
    return None


def split_pangkat_from_posts(
    frame: pd.DataFrame, columns: dict[str, ColumnInfo], base: Location, *, golongan: bool
) -> list[Finding]:
    """The pangkat leaves every post cell that writes one (:func:`split_pangkat`); its golongan fills the row's empty
    golongan cell, or becomes the ``golongan`` column when the table has none and its kind has one (``golongan``).
    One warning names the rows, what was read and what was kept."""
    split = per_distinct(frame["jabatan"], split_pangkat)
    hits = np.flatnonzero(pd.notna(split))
    if not len(hits):
        return []
    info = columns["jabatan"]
    posts = frame["jabatan"].to_numpy(dtype=object, copy=True)
    first = posts[int(hits[0])]
    said = np.full(len(posts), None, dtype=object)
    for i in hits.tolist():
        said[i], posts[i] = split[i][0].kode, split[i][1]
    frame["jabatan"] = pd.Series(posts, index=frame.index, dtype=object)
    own = "golongan" in columns and "golongan" in frame.columns
    gol = frame["golongan"].to_numpy(dtype=object, copy=True) if own else np.full(len(posts), None, dtype=object)
    empty = per_distinct(pd.Series(gol, dtype=object), says_nothing, missing=True).astype(bool)
    filled = empty & (said != None)  # noqa: E711 (element-wise)
    kept = int(len(hits) - filled.sum())
    if filled.any() and (own or golongan):
        frame["golongan"] = pd.Series(np.where(filled, said, gol), index=frame.index, dtype=object)
        if not own:
            why = "pangkat ditulis di kolom jabatan"
            columns["golongan"] = replace(info, field="golongan", how="sel-jabatan", reason=why)
    rows = frame[ROW].to_numpy()[hits] if ROW in frame.columns else hits + 1
    akibat = [f"golongan {format_number(int(filled.sum()))} baris yang kosong dibaca dari pangkatnya"] * bool(
        filled.any()
    )
    akibat += [f"{format_number(kept)} baris memakai golongan dari kolom golongan"] * bool(kept)
    left = int(sum(posts[i] is None for i in hits.tolist()))
    akibat += [f"{format_number(left)} baris tidak punya nama jabatan lain (jabatan kosong)"] * bool(left)
    loc = replace(base, row=int(rows[0]), column=info.letter, header=info.header, field="jabatan", value=str(first))
    contoh = ", ".join(str(int(r)) for r in rows[:5]) + (" …" if len(rows) > 5 else "")
    return [
        make_finding(
            "pangkat-di-sel-jabatan", loc, jumlah=format_number(len(hits)), baris=contoh, akibat="; ".join(akibat)
        )
    ]
