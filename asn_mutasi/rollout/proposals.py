"""Merge many OPD proposal tables into one and find the conflicts the BKD must settle.

Each OPD sends its own proposal workbook (``usulan templat``). Merged, two kinds of conflict
need a decision before the assessment goes to the Baperjakat:

- ``usulan-nip-ganda``: the same NIP proposed more than once — to different posts, by
  different OPDs, or simply twice;
- ``usulan-melebihi-lowongan``: a post proposed for more people than its open places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from asn_mutasi.domain.nip import nip_key
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.schema import PROPOSAL_FIELDS, ROW

#: columns of the merged table besides the proposal fields
SOURCE_FIELDS = ("berkas", "baris_berkas")


def merge_tables(tables: Sequence[tuple[str, pd.DataFrame]]) -> pd.DataFrame:
    """Stack the proposal frames (``_baris`` per file) with their file name; ``_baris`` becomes 1..n overall."""
    parts = []
    for name, frame in tables:
        part = frame.reindex(columns=[ROW, *PROPOSAL_FIELDS]).copy()
        part["berkas"] = name
        part["baris_berkas"] = part[ROW]
        parts.append(part)
    columns = [ROW, *PROPOSAL_FIELDS, *SOURCE_FIELDS]
    merged = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    merged[ROW] = range(1, len(merged) + 1)
    merged["pengusul"] = merged["pengusul"].where(
        merged["pengusul"].notna() & (merged["pengusul"].astype(str).str.strip() != ""), merged["berkas"]
    )
    return merged[columns]


def proposal_status(frame: pd.DataFrame) -> pd.Series:
    """Per row: the proposal's status (``status_usulan``) in its canonical word
    (:func:`~asn_mutasi.domain.coded_fields.parse_status_usulan`: Disetujui, Proses, Ditolak — "Dibatalkan" and
    "Tidak Disetujui" are Ditolak), a word it does not know as written, None where the file has no status."""
    if "status_usulan" not in frame.columns:
        return pd.Series(None, index=frame.index, dtype=object)
    from asn_mutasi.domain.coded_fields import parse_status_usulan, says_nothing

    cells = frame["status_usulan"]
    words = {
        v: parse_status_usulan(v) or (None if says_nothing(v) else str(v).strip()) for v in cells.dropna().unique()
    }
    return cells.map(words).astype(object).where(cells.notna(), None)


def refused_findings(merged: pd.DataFrame, refused: pd.Series) -> list[Finding]:
    """``usulan-ditolak-tidak-dinilai``: the refused or cancelled proposals (``refused``, per merged row), named by
    file and row, once for them all: they are not assessed and not counted in any conflict (usulan30, h38)."""
    rows = merged.loc[refused.to_numpy(dtype=bool)]
    if rows.empty:
        return []
    by_file = rows.groupby("berkas", sort=False)["baris_berkas"].agg(lambda r: ", ".join(str(int(v)) for v in r))
    rincian = "; ".join(f"{berkas} baris {lines}" for berkas, lines in by_file.items())
    first = rows.iloc[0]
    loc = Location(
        file=str(first["berkas"]), row=int(first["baris_berkas"]), field="status_usulan", header="Status Usulan"
    )
    return [make_finding("usulan-ditolak-tidak-dinilai", loc, jumlah=len(rows), rincian=rincian)]


def proposal_dates(merged: pd.DataFrame) -> list[Finding]:
    """Read ``tanggal_usulan`` in place as every date of the product is (DD-MM-YYYY, an Excel serial, "1 Mei 2026":
    :func:`~asn_mutasi.domain.tanggal.parse_date`) into a date (a date cell in the workbook, ISO in JSON: it was
    ISO text in a General cell; walk5, h28); one that cannot be read stays as written and is named
    (``usulan-tanggal-tidak-terbaca``)."""
    from asn_mutasi.domain.tanggal import parse_date
    from asn_mutasi.rollout.apply import cell_text

    out: list[Finding] = []
    shown: list[object] = []
    for value, berkas, baris in zip(
        merged["tanggal_usulan"].tolist(), merged["berkas"].tolist(), merged["baris_berkas"].tolist(), strict=True
    ):
        if value is None or (isinstance(value, float) and value != value) or cell_text(value) == "":
            shown.append(None)
            continue
        found = parse_date(value)
        if found.value is not None:
            shown.append(found.value)
            continue
        text = cell_text(value)
        shown.append(text)
        loc = Location(file=str(berkas), row=int(baris), field="tanggal_usulan", header="Tanggal Usulan", value=text)
        out.append(make_finding("usulan-tanggal-tidak-terbaca", loc, alasan=found.error or "tidak dikenali"))
    merged["tanggal_usulan"] = pd.Series(shown, index=merged.index, dtype=object)
    return out


def _words(text: object, *, name: bool) -> str:
    """A person's name without its titles (:func:`~asn_mutasi.domain.gelar.strip_titles`: "H. Heni Maulana, S.E."
    → "heni maulana"; "M." and "Moh." kept, as the abbreviations they are), or a position's linking key."""
    from asn_mutasi.domain.gelar import strip_titles
    from asn_mutasi.domain.jabatan import normalize_position_name
    from asn_mutasi.rollout.apply import cell_text

    value = cell_text(text)
    if not name:
        return normalize_position_name(value)
    return " ".join(re.findall(r"[^\W\d_]+\.?", strip_titles(value).casefold()))


#: name words written short without a dot (M, Moh, Muh, Mhd for Muhammad; Abd for Abdul; Gst, Ngr, Kd, Md for
#: Balinese names; Ny for Nyoman): any other short word is a name of its own ("Adi" is not "Ahmadi")
_SHORT_NAMES = frozenset({"m", "moh", "muh", "mhd", "mochd", "abd", "gst", "ngr", "kd", "md", "ny", "ma", "mu", "st"})


def _word_alike(short: str, long: str) -> bool:
    """One word of a name written for another: the same, an abbreviation of it ("M." / "Moh" for "Muhammad", a
    dotted word or one of :data:`_SHORT_NAMES`), or one letter left out or added in a long word ("Maulan" for
    "Maulana"; "Hidayat" and "Hidayah" are two names)."""
    bare, whole = short.rstrip("."), long.rstrip(".")
    if bare == whole:
        return True
    if (short.endswith(".") or bare in _SHORT_NAMES) and whole.startswith(bare[:1]) and _abbreviates(bare, whole):
        return True
    if abs(len(bare) - len(whole)) == 1 and min(len(bare), len(whole)) >= 5:
        from rapidfuzz.distance import Indel

        return Indel.distance(bare, whole) == 1
    return False


def _abbreviates(short: str, long: str) -> bool:
    """Whether the letters of ``short`` appear in ``long`` in order, the first letters equal ("mhd" in "muhammad")."""
    at = 0
    for letter in short:
        at = long.find(letter, at) + 1
        if at == 0:
            return False
    return True


def _alike(written: str, recorded: str, *, name: bool = False) -> bool:
    """Whether two names (or positions) are one: for names, every word of the shorter written for its own word of
    the longer, in any order (:func:`_word_alike`; "M. Rizki" is Muhammad Rizki, "Santoso Budi" Budi Santoso, a
    middle name may be left out); for positions, equal or nearly (words reordered, a typo)."""
    from rapidfuzz import fuzz

    if written == recorded:
        return True
    if not name:
        return fuzz.token_set_ratio(written, recorded) >= 85
    a, b = written.split(), recorded.split()
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    free = list(long)
    for word in short:
        match = next((w for w in free if _word_alike(word, w) or _word_alike(w, word)), None)
        if match is None:
            return False
        free.remove(match)
    return bool(short)


def identity_findings(merged: pd.DataFrame, roster: pd.DataFrame) -> list[Finding]:
    """``usulan-nama-beda`` where the name written beside a proposed NIP is not the roster's name for it (the
    commonest OPD error, a mistyped NIP, assessed someone else without a word) and ``usulan-jabatan-beda`` where the
    current position written is not the roster's. Rows without a written name or position are not judged."""
    people = roster.assign(_k=[nip_key(v) for v in roster["nip"].tolist()]).drop_duplicates("_k").set_index("_k")
    out: list[Finding] = []
    columns = ("nip", "nama", "jabatan_sekarang", "berkas", "baris_berkas")
    for nip, nama, jabatan, berkas, baris in zip(*(merged[c].tolist() for c in columns), strict=True):
        key = nip_key(nip)
        if key not in people.index:
            continue
        person = people.loc[key]
        where = Location(file=str(berkas), row=int(baris), field="nip", header="NIP", value=str(nip))
        written = _words(nama, name=True)
        if written and not _alike(written, _words(person["nama"], name=True), name=True):
            out.append(make_finding("usulan-nama-beda", where, nip=key, nama_data=person["nama"], nama_usulan=nama))
        post = _words(jabatan, name=False)
        if post and "jabatan" in people.columns and not _alike(post, _words(person["jabatan"], name=False)):
            out.append(
                make_finding(
                    "usulan-jabatan-beda", where, nip=key, jabatan_data=person["jabatan"], jabatan_usulan=jabatan
                )
            )
    return out


def near_matches(merged: pd.DataFrame, roster: pd.DataFrame) -> list[str]:
    """Per merged row whose NIP is not in the roster: the roster's people it may mean, as a sentence ('' for the
    others): a NIP one digit away (a typo), or the name written beside it (a NIP stored as a number lost its last
    digits). A typo row said only "tidak ditemukan" while the real NIP, same name, was one digit away (walk5, h28)."""
    from asn_mutasi.domain.nip import nip_keys

    keys = nip_keys(roster["nip"])
    known = dict(zip(keys, roster["nama"].tolist() if "nama" in roster else [""] * len(keys), strict=True))
    rows = [
        (i, k, nama)
        for i, (k, nama) in enumerate(zip(nip_keys(merged["nip"]), merged["nama"].tolist(), strict=True))
        if k not in known
    ]
    out = [""] * len(merged)
    if not rows:
        return out
    by_name: dict[str, list[str]] | None = None
    for i, key, nama in rows:
        found = [v for v in _one_digit_away(key) if v in known]
        written = _words(nama, name=True)
        if written and not found:
            if by_name is None:  # the roster's names keyed once, only when a name has to be looked up
                by_name = {}
                for k, n in known.items():
                    by_name.setdefault(_words(n, name=True), []).append(k)
            found = by_name.get(written, [])
        if found:
            out[i] = "Mungkin yang dimaksud: " + "; ".join(f"{known[k]} (NIP {k})" for k in sorted(found)[:3]) + "."
    return out


def _one_digit_away(key: str) -> list[str]:
    """Every 18-digit NIP that differs from ``key`` in one digit (none when ``key`` is no 18-digit number)."""
    if len(key) != 18 or not key.isdigit():
        return []
    return [key[:at] + d + key[at + 1 :] for at in range(18) for d in "0123456789" if d != key[at]]


def _code(value: object) -> str:
    """A resolved target code as written in a message: '?' when none (NaN, None, empty), never "nan"."""
    return "?" if value is None or pd.isna(value) or not str(value).strip() else str(value)  # type: ignore[call-overload]


def _where(rec: pd.Series) -> str:
    return f"{rec['berkas']} baris {int(rec['baris_berkas'])}"


def duplicate_findings(merged: pd.DataFrame, codes: pd.Series) -> list[Finding]:
    """One finding per NIP proposed more than once; ``codes`` is the resolved target post per row."""
    frame = merged.assign(_nip=[nip_key(v) for v in merged["nip"].tolist()], _kode=codes.to_numpy())
    frame = frame[frame["_nip"] != ""]
    counts = frame["_nip"].value_counts()
    out = []
    for nip in counts[counts > 1].index:
        rows = frame[frame["_nip"] == nip]
        posts = rows["_kode"].fillna("?").astype(str).nunique()
        opds = rows["pengusul"].astype(str).str.strip().str.casefold().nunique()
        kinds = [w for w, hit in (("ke jabatan berbeda", posts > 1), ("oleh pengusul berbeda", opds > 1)) if hit]
        detail = (
            (" dan ".join(kinds) or "usulan sama")
            + ": "
            + "; ".join(f"{r['pengusul']} → {_code(r['_kode'])} ({_where(r)})" for _, r in rows.iterrows())
        )
        first = rows.iloc[0]
        loc = Location(file=str(first["berkas"]), row=int(first["baris_berkas"]), field="nip", header="NIP", value=nip)
        out.append(make_finding("usulan-nip-ganda", loc, nip=nip, jumlah=len(rows), rincian=detail))
    return out


def over_vacancy_findings(codes: pd.Series, nips: pd.Series, places: pd.Series, names: pd.Series) -> list[Finding]:
    """One finding per post proposed for more distinct people than its open ``places`` (index kode).

    A code that is no post of the table is not counted: its rows are not ``layak`` and say why (no post, no
    places to exceed).
    """
    frame = pd.DataFrame({"kode": codes.to_numpy(), "nip": [nip_key(v) for v in nips.tolist()]}).dropna()
    frame = frame[(frame["kode"] != "") & (frame["nip"] != "") & frame["kode"].isin(places.index)]
    wanted = frame.drop_duplicates().groupby("kode")["nip"].nunique()
    open_ = places.reindex(wanted.index).fillna(0)
    out = []
    for kode in wanted.index[wanted > open_]:
        out.append(
            make_finding(
                "usulan-melebihi-lowongan",
                Location(field="kode_jabatan", value=str(kode)),
                kode_jabatan=kode,
                jabatan=str(names.get(kode, "")),
                jumlah=int(wanted[kode]),
                lowongan=int(open_[kode]),
            )
        )
    return out
