"""Training needs (kebutuhan diklat) of the people a plan moves (issue 15).

For every move, one line per need, or one line "tidak ada kebutuhan diklat":

1. **Kepemimpinan** — the leadership training the target level requires (Perlan LAN No. 3,
   4, 5 and 15 of 2019 replacing Diklatpim I-IV): PKN Tingkat I for JPT madya/utama, PKN
   Tingkat II for JPT pratama, PKA (Pelatihan Kepemimpinan Administrator) for administrator,
   PKP (Pelatihan Kepemimpinan Pengawas) for pengawas. The person's ``diklat`` text counts it
   done when it names that training or its predecessor (PKN I = Diklatpim I, PKN II = Diklatpim
   II, PKA = Diklatpim III, PKP = Diklatpim IV) or a higher one.
2. **Teknis/Fungsional** — every other item of the post's ``syarat_diklat`` (split on ``;``)
   that the person's diklat text does not contain.
3. **Orientasi bidang** — the move changes field family (``matching.families.post_family`` of the
   old and new post; the person's education family when the old post has no field): an
   orientation / technical training in the new field is recommended.
4. **Kompetensi** — the move's experience score is below ``ambang_pengalaman_diklat`` of the
   experience weight: a competence gap, so on-the-job technical training for the new post (not for a
   move rule 5 covers: its training is that rule's).
5. **Perpindahan JF / Keluar JF** — a change of profession, whatever the field families and the
   experience score (both JF of one field read "no need" before, walk3 h27). Into a JF from any other
   post (another JF, a pelaksana or structural post) is *perpindahan dari jabatan lain*: PermenPANRB
   1/2023 requires passing the uji kompetensi set by the JF's instansi pembina (BKN's SIASN FAQ on
   "Persyaratan dalam Perpindahan JF", support-siasn.bkn.go.id/faqs/KemenPANRB, item f), and the JF's
   functional training. A JF holder moved into a post outside the JF leaves (is dismissed from) the JF:
   orientation for the new post's tasks. The JF of a post is :attr:`~asn_mutasi.domain.rumpun.PositionClass.profesi`.

Pure and vectorised: rules run over whole columns; family look-ups run once per distinct text.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from asn_mutasi.domain.jabatan import opd_of_key, parent_dinas
from asn_mutasi.formatting import format_number

TIDAK_ADA = "tidak ada kebutuhan diklat"
KEPEMIMPINAN, TEKNIS, ORIENTASI, KOMPETENSI = "Kepemimpinan", "Teknis/Fungsional", "Orientasi bidang", "Kompetensi"
PERPINDAHAN_JF, KELUAR_JF = "Perpindahan JF", "Keluar JF"
#: why a move into a JF needs the uji kompetensi (see rule 5 of the module doc)
DASAR_UJI_KOMPETENSI = (
    "PermenPANRB 1/2023: pengangkatan dalam JF melalui perpindahan dari jabatan lain mensyaratkan lulus uji "
    "kompetensi menurut standar kompetensi dari instansi pembina"
)
DASAR_KELUAR_JF = "PermenPANRB 1/2023: pejabat fungsional yang menduduki jabatan lain diberhentikan dari JF-nya"
#: one line per need (JSON key ``kebutuhan_diklat``)
TRAINING_FIELDS: tuple[str, ...] = (
    "id_mutasi",
    "nip",
    "nama",
    "perangkat_daerah_tujuan",
    "unit_tujuan",
    "jabatan_tujuan",
    "jenis_diklat",
    "nama_diklat",
    "dasar",
)
TRAINING_LABELS: dict[str, str] = {
    "id_mutasi": "ID Mutasi",
    "nip": "NIP",
    "nama": "Nama",
    "perangkat_daerah_tujuan": "Perangkat Daerah (OPD) Tujuan",
    "unit_tujuan": "Unit Kerja Tujuan",
    "jabatan_tujuan": "Jabatan Tujuan",
    "jenis_diklat": "Jenis Diklat",
    "nama_diklat": "Nama Diklat",
    "dasar": "Dasar Kebutuhan",
    "pegawai": "Jumlah Pegawai",
    "kebutuhan": "Jumlah Kebutuhan",
}

#: leadership training per level: (rank, name); higher rank covers lower
LEADERSHIP: dict[str, tuple[int, str]] = {
    "Pengawas": (1, "Pelatihan Kepemimpinan Pengawas (PKP)"),
    "Administrator": (2, "Pelatihan Kepemimpinan Administrator (PKA)"),
    "JPT Pratama": (3, "Pelatihan Kepemimpinan Nasional Tingkat II (PKN II)"),
    "JPT Madya": (4, "Pelatihan Kepemimpinan Nasional Tingkat I (PKN I)"),
    "JPT Utama": (4, "Pelatihan Kepemimpinan Nasional Tingkat I (PKN I)"),
}
_ROMAN = r"(?:tingkat|tk\.?)?\s*"
#: (rank, pattern) of leadership training found in a diklat text; predecessors included
LEADERSHIP_PATTERNS: tuple[tuple[int, str], ...] = (
    (4, rf"\b(?:pkn|kepemimpinan nasional|diklat ?pim|pim)\s*{_ROMAN}(?:i|1)\b(?![iv])"),
    (3, rf"\b(?:pkn|kepemimpinan nasional|diklat ?pim|pim)\s*{_ROMAN}(?:ii|2)\b"),
    (2, r"\b(?:pka|kepemimpinan administrator)\b|\b(?:diklat ?pim|pim)\s*(?:tingkat|tk\.?)?\s*(?:iii|3)\b"),
    (1, r"\b(?:pkp|kepemimpinan pengawas)\b|\b(?:diklat ?pim|pim)\s*(?:tingkat|tk\.?)?\s*(?:iv|4)\b"),
)
_LEADERSHIP_ANY = "|".join(f"(?:{p})" for _, p in LEADERSHIP_PATTERNS)
#: suggested orientation training per field family (``matching.families.FAMILIES``)
ORIENTATION: dict[str, str] = {
    "komputer": "Pelatihan Teknis Sistem Informasi dan Tata Kelola TIK",
    "kesehatan": "Orientasi Pelayanan Kesehatan dan Keselamatan Pasien",
    "pendidikan": "Orientasi Tata Kelola Satuan Pendidikan",
    "hukum": "Pelatihan Teknis Penyusunan Produk Hukum Daerah",
    "ekonomi": "Pelatihan Teknis Pengelolaan Keuangan Daerah",
}


def _lower(values: pd.Series) -> pd.Series:
    return values.astype("string").fillna("").str.casefold()


def leadership_rank(diklat: pd.Series) -> pd.Series:
    """Highest leadership training (0 none … 4 PKN I) named in each diklat text."""
    text = _lower(diklat)
    rank = pd.Series(0, index=diklat.index, dtype=int)
    for r, pattern in sorted(LEADERSHIP_PATTERNS):
        rank = rank.mask(text.str.contains(pattern, regex=True), r)
    return rank


def _items(text: pd.Series) -> pd.DataFrame:
    """Long frame (row, item) of the non-leadership items of ``syarat_diklat`` texts."""
    split = text.astype("string").fillna("").str.split(";").explode().str.strip()
    split = split[(split != "") & ~split.str.casefold().str.contains(_LEADERSHIP_ANY, regex=True)]
    return pd.DataFrame({"row": split.index.to_numpy(), "item": split.to_numpy(dtype=object)})


def _family(names: pd.Series, units: pd.Series) -> np.ndarray:
    from asn_mutasi.matching.families import post_family

    pairs = pd.DataFrame({"n": names.astype("string").fillna(""), "u": units.astype("string").fillna("")})
    codes, uniq = pd.factorize(pairs["n"] + "\x1f" + pairs["u"])
    fams = [post_family(*(part or None for part in key.split("\x1f"))) for key in uniq]
    return np.asarray(fams, dtype=object)[codes] if len(codes) else np.empty(0, dtype=object)


def _education_family(pend: pd.Series, jur: pd.Series) -> np.ndarray:
    from asn_mutasi.matching.education import education_family

    pairs = pend.astype("string").fillna("") + "\x1f" + jur.astype("string").fillna("")
    codes, uniq = pd.factorize(pairs)
    fams = [education_family(*(part or None for part in key.split("\x1f"))) for key in uniq]
    return np.asarray(fams, dtype=object)[codes] if len(codes) else np.empty(0, dtype=object)


def training_needs(
    moves: pd.DataFrame,
    roster: pd.DataFrame,
    positions: pd.DataFrame,
    *,
    bobot_pengalaman: float = 20.0,
    ambang_pengalaman: float = 0.5,
) -> pd.DataFrame:
    """One row per (move, need) with :data:`TRAINING_FIELDS`; a move without a need gets one row
    whose ``nama_diklat`` is :data:`TIDAK_ADA`. ``roster``: nip, diklat (pendidikan, jurusan);
    ``positions``: kode_jabatan, jenis_jabatan, syarat_diklat, nama_jabatan, unit_kerja."""
    if not len(moves):
        return pd.DataFrame({f: pd.Series([], dtype=object) for f in TRAINING_FIELDS})
    m = moves.reset_index(drop=True)
    nip = m["nip"].astype(str)
    code = m["kode_jabatan_tujuan"].astype(str)
    people = _first_rows(roster, "nip", nip)
    pos = _first_rows(positions, "kode_jabatan", code)
    diklat = nip.map(people["diklat"] if "diklat" in people else pd.Series(dtype=object))
    jenis = code.map(pos["jenis_jabatan"] if "jenis_jabatan" in pos else pd.Series(dtype=object))
    syarat = code.map(pos["syarat_diklat"] if "syarat_diklat" in pos else pd.Series(dtype=object))
    change, orientation = _field_change_needs(m, people, nip)
    jenis_asal = nip.map(people["jenis_jabatan"]) if "jenis_jabatan" in people else pd.Series("", index=m.index)
    profession, profession_lines = _profession_needs(m, jenis, jenis_asal)
    parts = [
        _leadership_needs(jenis, diklat),
        *_technical_needs(syarat, diklat),
        orientation,
        profession_lines,
        *_competence_needs(
            m, change | profession, bobot_pengalaman=bobot_pengalaman, ambang_pengalaman=ambang_pengalaman
        ),
    ]
    lines = pd.concat(parts, ignore_index=True)
    none = np.setdiff1d(np.arange(len(m)), lines["row"].to_numpy())
    lines = pd.concat(
        [lines, pd.DataFrame({"row": none, "jenis_diklat": "", "nama_diklat": TIDAK_ADA, "dasar": ""})],
        ignore_index=True,
    )
    lines = lines.sort_values(["row", "jenis_diklat"], kind="stable").reset_index(drop=True)
    r = lines["row"].to_numpy()
    for f in ("id_mutasi", "nip", "nama", "unit_tujuan", "jabatan_tujuan"):
        lines[f] = m[f].to_numpy()[r] if f in m else ""
    lines["perangkat_daerah_tujuan"] = _target_opd(m, code, pos).to_numpy()[r]
    # the OPD has its column: the unit's own name beside it, not the OPD-led key "Dinas Kesehatan | Puskesmas X"
    # (its OPD's own posts: the OPD; walk4, h31)
    units = lines["unit_tujuan"].astype(object)
    lines["unit_tujuan"] = units.map({u: opd_of_key(u)[1] or u for u in units.unique()})
    return lines[list(TRAINING_FIELDS)]


def _target_opd(moves: pd.DataFrame, code: pd.Series, pos: pd.DataFrame) -> pd.Series:
    """The OPD of each move's target: the position table's ``perangkat_daerah`` of the post, else the OPD of the
    plan's ``OPD | unit`` key, else the dinas the unit's name says it belongs to (:func:`parent_dinas`), else the
    unit itself (a table without OPDs). Diklat is budgeted per OPD (its DPA):
    grouped by the unit key, "Per OPD" had 37 rows for 21 OPD (walk5, h28)."""
    unit = (
        moves["unit_tujuan"].astype("string").fillna("") if "unit_tujuan" in moves else pd.Series("", index=code.index)
    )
    # a unit without its OPD: the dinas its name says it belongs to ("UPT Puskesmas X": the Dinas Kesehatan as the
    # table names it), else the unit itself (real22, h34)
    units = pos["unit_kerja"].dropna().astype(str) if "unit_kerja" in pos else pd.Series(dtype=str)
    opds = {opd_of_key(u)[0] or u for u in units.unique()}
    from_key = unit.map({u: opd_of_key(u)[0] or parent_dinas(u, opds) or u for u in unit.unique()})
    if "perangkat_daerah" not in pos:
        return from_key.astype(object)
    table = code.map(pos["perangkat_daerah"]).astype("string").str.strip()
    return table.where(table.notna() & table.ne(""), from_key).astype(object)


def _first_rows(frame: pd.DataFrame, key: str, wanted: pd.Series) -> pd.DataFrame:
    """``frame.drop_duplicates(key)`` indexed by the text of ``key``, kept to the rows whose text is ``wanted``.

    The moves look up only their own people and posts: the other rows of a 100k roster are
    dropped before the duplicate check instead of after it (the first row of each key stays first).
    """
    col = frame[key]
    text = col if col.dtype == object and pd.api.types.infer_dtype(col, skipna=False) == "string" else col.astype(str)
    sub = frame[text.isin(set(wanted.tolist())).to_numpy()].drop_duplicates(key)
    return sub.set_index(sub[key].astype(str))


def _leadership_needs(jenis: pd.Series, diklat: pd.Series) -> pd.DataFrame:
    """Rule 1: a leadership post needs its leadership training (PKA/PKP/PKN) in the history."""
    need = jenis.map({k: v[0] for k, v in LEADERSHIP.items()}).fillna(0).astype(int)
    leading = need > 0  # only moves into leadership posts read the diklat text (four regexes each)
    has = leadership_rank(diklat[leading]).reindex(need.index, fill_value=0)
    lacking = leading & (has < need)
    return pd.DataFrame(
        {
            "row": np.flatnonzero(lacking),
            "jenis_diklat": KEPEMIMPINAN,
            "nama_diklat": jenis[lacking].map({k: v[1] for k, v in LEADERSHIP.items()}).to_numpy(),
            "dasar": ("Syarat jabatan " + jenis[lacking].astype(str) + "; riwayat diklat belum memuatnya").to_numpy(),
        }
    )


def _technical_needs(syarat: pd.Series, diklat: pd.Series) -> list[pd.DataFrame]:
    """Rule 2: each technical/functional item of the target's syarat_diklat not found in the history."""
    items = _items(syarat)
    if not len(items):
        return []
    hist = _lower(diklat).to_numpy()[items["row"].to_numpy()]
    found = np.array([i.casefold() in h for i, h in zip(items["item"], hist, strict=True)], dtype=bool)
    miss = items[~found]
    return [
        pd.DataFrame(
            {
                "row": miss["row"].to_numpy(),
                "jenis_diklat": TEKNIS,
                "nama_diklat": miss["item"].to_numpy(),
                "dasar": "Syarat diklat jabatan tujuan",
            }
        )
    ]


def _field_change_needs(m: pd.DataFrame, people: pd.DataFrame, nip: pd.Series) -> tuple[np.ndarray, pd.DataFrame]:
    """Rule 3: a move to another field family needs orientation; also returns the change mask per move.

    The origin family is the current post's, else the employee's education family."""
    fam_to = _family(m["jabatan_tujuan"], m["unit_tujuan"])
    fam_from = _family(m["jabatan_asal"], m["unit_asal"])
    if "pendidikan" in people or "jurusan" in people:
        edu = _education_family(
            nip.map(people.get("pendidikan", pd.Series(dtype=object))),
            nip.map(people.get("jurusan", pd.Series(dtype=object))),
        )
        fam_from = np.where(pd.isna(fam_from), edu, fam_from)
    change = ~pd.isna(fam_to) & ~pd.isna(fam_from) & (fam_to != fam_from)
    rows = np.flatnonzero(change)
    to = pd.Series(fam_to[rows], dtype=object)
    return change, pd.DataFrame(
        {
            "row": rows,
            "jenis_diklat": ORIENTASI,
            "nama_diklat": to.map(ORIENTASI_NAME).to_numpy(),
            "dasar": ("Pindah bidang dari " + pd.Series(fam_from[rows], dtype=object) + " ke " + to).to_numpy(),
        }
    )


def _professions(names: pd.Series, jenis: pd.Series) -> np.ndarray:
    """The JF (:attr:`PositionClass.profesi`) of each post name read with its jenis, once per distinct pair."""
    from asn_mutasi.domain.rumpun import classify_position

    pairs = names.astype("string").fillna("").str.strip() + "\x1f" + jenis.astype("string").fillna("")
    codes, uniq = pd.factorize(pairs)
    found = [classify_position(*key.split("\x1f")).profesi if key[0] != "\x1f" else None for key in uniq]
    return np.asarray(found, dtype=object)[codes] if len(codes) else np.empty(0, dtype=object)


def _profession_needs(m: pd.DataFrame, jenis: pd.Series, jenis_asal: pd.Series) -> tuple[np.ndarray, pd.DataFrame]:
    """Rule 5: the uji kompetensi and JF training of a move into a JF from another post, the orientation of a JF
    holder moved out of the JF; also returns the mask of the moves it covers. An origin without a name is unknown."""
    from asn_mutasi.domain.rumpun import jf_table, jf_title

    origin = m["jabatan_asal"] if "jabatan_asal" in m else pd.Series("", index=m.index)
    to = _professions(m["jabatan_tujuan"], jenis.reindex(m.index))
    frm = _professions(origin, jenis_asal.reindex(m.index))
    known = (origin.astype("string").fillna("").str.strip() != "").to_numpy()
    into = known & ~pd.isna(to) & (frm != to)
    out = known & ~pd.isna(frm) & pd.isna(to)
    title = np.vectorize(lambda j: jf_title(j) if isinstance(j, str) else "", otypes=[object])
    to_t, frm_t = pd.Series(title(to), dtype=object), pd.Series(title(frm), dtype=object)
    pembina = pd.Series(to, dtype=object).map({k: v.instansi_pembina for k, v in jf_table().items()}).fillna("")
    source = ("JF " + frm_t).where(frm_t != "", "jabatan " + origin.astype("string").fillna("").astype(object))
    dasar_in = "Pindah dari " + source + " ke JF " + to_t + "; " + DASAR_UJI_KOMPETENSI
    dasar_in = dasar_in + (" (" + pembina + ")").where(pembina != "", "")
    rows_in, rows_out = np.flatnonzero(into), np.flatnonzero(out)
    target = m["jabatan_tujuan"].astype(str).reset_index(drop=True)
    lines = pd.DataFrame(
        {
            "row": np.concatenate([rows_in, rows_out]),
            "jenis_diklat": [PERPINDAHAN_JF] * len(rows_in) + [KELUAR_JF] * len(rows_out),
            "nama_diklat": np.concatenate(
                [
                    (
                        "Uji kompetensi dan pelatihan fungsional untuk perpindahan ke JF " + to_t.iloc[rows_in]
                    ).to_numpy(),
                    (
                        "Orientasi tugas jabatan "
                        + target.iloc[rows_out]
                        + " (keluar dari JF "
                        + frm_t.iloc[rows_out]
                        + ")"
                    ).to_numpy(),
                ]
            ),
            "dasar": np.concatenate(
                [
                    dasar_in.iloc[rows_in].to_numpy(),
                    ("Keluar dari JF " + frm_t.iloc[rows_out] + "; " + DASAR_KELUAR_JF).to_numpy(),
                ]
            ),
        }
    )
    return into | out, lines


def _competence_needs(
    m: pd.DataFrame, change: np.ndarray, *, bobot_pengalaman: float, ambang_pengalaman: float
) -> list[pd.DataFrame]:
    """Rule 4: little related experience for the new post (and no field or profession change: ``change``) needs
    technical training."""
    if "skor_pengalaman" not in m:
        return []
    exp = pd.to_numeric(m["skor_pengalaman"], errors="coerce")
    gap = (exp < ambang_pengalaman * bobot_pengalaman).to_numpy() & ~change
    rows = np.flatnonzero(gap)
    # per distinct score, the Indonesian way ("8,4", not "8.4"; walk7 #3, h29)
    scores, at = np.unique(exp.iloc[rows].round(1).to_numpy(dtype=float), return_inverse=True)
    shown = np.array([format_number(float(x), 1) for x in scores] or [""], dtype=object)[at.reshape(-1)]
    return [
        pd.DataFrame(
            {
                "row": rows,
                "jenis_diklat": KOMPETENSI,
                "nama_diklat": ("Pelatihan teknis jabatan " + m["jabatan_tujuan"].astype(str).iloc[rows]).to_numpy(),
                "dasar": (
                    "Pengalaman terkait jabatan tujuan kurang (skor pengalaman "
                    + shown
                    + f" dari {format_number(float(bobot_pengalaman), 1)})"
                ),
            }
        )
    ]


class _OrientationName(dict[str, str]):
    def __missing__(self, family: str) -> str:
        return f"Orientasi dan pelatihan teknis bidang {family}"


ORIENTASI_NAME = _OrientationName(ORIENTATION)


def totals_per_opd(lines: pd.DataFrame) -> pd.DataFrame:
    """Per target OPD (``perangkat_daerah_tujuan``, the key the move tables use): movers (``pegawai``), movers with a need, and need lines
    (``kebutuhan``)."""
    need = lines["nama_diklat"] != TIDAK_ADA
    out = pd.DataFrame(
        {
            "perangkat_daerah_tujuan": lines["perangkat_daerah_tujuan"],
            "nip": lines["nip"],
            "need_nip": lines["nip"].where(need),
            "need": need.astype(int),
        }
    )
    g = out.groupby("perangkat_daerah_tujuan", sort=True)
    return pd.DataFrame(
        {
            "pegawai": g["nip"].nunique(),
            "pegawai_perlu_diklat": g["need_nip"].nunique(),
            "kebutuhan": g["need"].sum(),
        }
    ).reset_index()


def totals_per_training(lines: pd.DataFrame) -> pd.DataFrame:
    """Per training (jenis, nama): number of people who need it."""
    need = lines[lines["nama_diklat"] != TIDAK_ADA]
    g = need.groupby(["jenis_diklat", "nama_diklat"], sort=True)["nip"].nunique()
    return g.rename("pegawai").reset_index().sort_values(["pegawai", "nama_diklat"], ascending=[False, True])
