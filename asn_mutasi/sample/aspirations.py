"""Answers of the fictional Sukamaju employees to the aspiration form (issue 15), as an OPD fills it.

Deterministic for a seed. About ``share`` of the employees answer; most are willing, some
not, some on conditions; their choices are units that have a post of the same name as
their own (what people ask for), sometimes with the jabatan named, sometimes the unit
only, and a few choices are free units. A handful of rows carry the mistakes real forms
carry (a unit typed outside the list, a kesediaan typed by hand), so reading them back
shows the findings.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from asn_mutasi.schema import ASPIRATION_CHOICE_FIELDS as CHOICE_FIELDS
from asn_mutasi.schema import KESEDIAAN

BERSEDIA, TIDAK_BERSEDIA, BERSYARAT = KESEDIAAN

ALASAN_BERSEDIA: tuple[str, ...] = (
    "Ingin mengembangkan karier di bidang yang sesuai pendidikan",
    "Lebih dekat dengan tempat tinggal",
    "Ingin pengalaman kerja di unit lain",
    "Beban kerja di unit saat ini sudah tidak seimbang",
)
ALASAN_TIDAK: tuple[str, ...] = (
    "Sedang menyelesaikan tugas yang belum selesai di unit ini",
    "Alasan keluarga (merawat orang tua)",
    "Baru beradaptasi di jabatan saat ini",
)
ALASAN_SYARAT: tuple[str, ...] = (
    "Bersedia bila tetap di wilayah kecamatan yang sama",
    "Bersedia setelah menyelesaikan laporan tahunan",
)


def _norm(values: pd.Series) -> pd.Series:
    return values.astype("string").fillna("").str.casefold().str.strip()


def aspiration_answers(
    roster: pd.DataFrame, positions: pd.DataFrame, *, seed: int = 2026, share: float = 0.55, tanggal: str = ""
) -> pd.DataFrame:
    """One row per answering employee: ``nip`` plus the form's fields to fill (text)."""
    rng = np.random.default_rng(seed)
    people = roster[["nip", "jabatan", "unit_kerja"]].astype("string").fillna("")
    people = people.drop_duplicates("nip").sort_values("nip").reset_index(drop=True)
    people = people.loc[rng.random(len(people)) < share].reset_index(drop=True)
    n = len(people)
    out = pd.DataFrame({"nip": people["nip"].to_numpy()})
    for f in CHOICE_FIELDS:
        out[f] = ""
    kes = rng.choice(np.array([BERSEDIA, TIDAK_BERSEDIA, BERSYARAT], dtype=object), n, p=(0.72, 0.13, 0.15))
    out["kesediaan"] = kes
    # posts of the same name in other units, in a random order per person
    pos = pd.DataFrame({"_j": _norm(positions["nama_jabatan"]), "unit": positions["unit_kerja"].astype(str)})
    pos["nama_jabatan"] = positions["nama_jabatan"].astype(str).to_numpy()
    pairs = people.assign(_j=_norm(people["jabatan"]), _i=np.arange(n)).merge(pos, on="_j", suffixes=("", "_t"))
    pairs = pairs[_norm(pairs["unit"]) != _norm(pairs["unit_kerja"])].drop_duplicates(["_i", "unit"])
    pairs = pairs.assign(_r=rng.random(len(pairs))).sort_values(["_i", "_r"])
    pairs["_k"] = pairs.groupby("_i").cumcount()
    willing = kes != TIDAK_BERSEDIA
    first = pairs[pairs["_k"] == 0].set_index("_i")
    second = pairs[pairs["_k"] == 1].set_index("_i")
    idx = np.arange(n)
    has1 = np.isin(idx, first.index) & willing
    named = rng.random(n) < 0.5
    out.loc[has1, "pilihan_1_unit"] = first["unit"].reindex(idx[has1]).to_numpy()
    with_name = has1 & named
    out.loc[with_name, "pilihan_1_jabatan"] = first["nama_jabatan"].reindex(idx[with_name]).to_numpy()
    has2 = np.isin(idx, second.index) & willing & (rng.random(n) < 0.7)
    out.loc[has2, "pilihan_2_unit"] = second["unit"].reindex(idx[has2]).to_numpy()
    units = np.array(sorted(set(positions["unit_kerja"].astype(str))), dtype=object)
    has3 = willing & (rng.random(n) < 0.3)
    out.loc[has3, "pilihan_3_unit"] = rng.choice(units, int(has3.sum()))
    why = np.where(
        kes == BERSEDIA,
        rng.choice(np.array(ALASAN_BERSEDIA, dtype=object), n),
        np.where(
            kes == TIDAK_BERSEDIA,
            rng.choice(np.array(ALASAN_TIDAK, dtype=object), n),
            rng.choice(np.array(ALASAN_SYARAT, dtype=object), n),
        ),
    )
    out["alasan"] = why
    out["catatan"] = ""
    out["tanggal_isi"] = tanggal
    # mistakes real forms carry: a unit typed by hand outside the list, a kesediaan typed freely
    if n >= 10:
        out.loc[3, "pilihan_2_unit"] = "Dinas Pariwisata dan Kebudayaan Kab. Sukamaju"
        out.loc[7, "kesediaan"] = "mungkin"
    return out
