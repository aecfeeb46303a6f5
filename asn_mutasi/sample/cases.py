"""Hand-picked cases of the synthetic dataset: proposals for ``assess`` and bad roster rows.

Each case is chosen from the generated people and then made to have exactly the
property it demonstrates (and nothing else that would block it), so the README and the
tests can state the expected verdict.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd

from asn_mutasi.sample import vocab
from asn_mutasi.sample.structure import Positions, Programmes
from asn_mutasi.sample.workforce import DAYS_PER_YEAR, Workforce


@functools.cache
def _TITLE_PREFIX() -> re.Pattern[str]:
    return re.compile(r"^(?:dr\.|Drs\.|Dra\.|apt\.)\s+")


@dataclass
class Case:
    """One proposal (usulan) with the verdict the rules should give."""

    kasus: str
    pegawai: int  #: employee index
    posisi: int  #: target position index
    keterangan: str
    harapan: str
    jurusan: str | None = None
    pendidikan: str | None = None
    gelar: str | None = None
    nip: str = ""


@dataclass
class Picked:
    """The chosen cases, in the order they appear in ``usulan``."""

    cases: list[Case] = field(default_factory=list)

    def notes(self) -> list[dict[str, Any]]:
        return [{"kasus": c.kasus, "nip": c.nip, "keterangan": c.keterangan, "harapan": c.harapan} for c in self.cases]


def _with_vacancy(candidates: np.ndarray, k: np.ndarray, h: np.ndarray, rng: np.random.Generator) -> int:
    """Pick a position among ``candidates``, preferring one with an empty seat (else create one)."""
    vacant = candidates[k[candidates] > h[candidates]]
    if len(vacant):
        return int(rng.choice(vacant))
    chosen = int(rng.choice(candidates))
    k[chosen] = h[chosen] + 1
    return chosen


def pick_targets(pos: Positions, k: np.ndarray, h: np.ndarray, rng: np.random.Generator) -> dict[str, Any]:
    """Choose the target positions of cases (a)–(c) and the surplus→vacancy pairs of the ordinary ones.

    May raise ``kebutuhan`` of a chosen target by one so that it has an empty seat.
    """
    nonstruct = ~pos.structural
    req = pos.syarat_jurusan.astype(str)
    targets: dict[str, Any] = {}
    names, units_per_name = np.unique(pos.nama, return_counts=True)
    shared = set(names[units_per_name > 1].tolist())  # a same-named post elsewhere supplies a true peer
    for key, needle in (("a", "S-1 Manajemen"), ("b", "S-1 Kesehatan Masyarakat")):
        cand = np.flatnonzero(nonstruct & (np.char.find(req, needle) >= 0)) if len(req) else np.empty(0, int)
        peers = cand[np.isin(pos.nama[cand], list(shared))]
        cand = peers if len(peers) else cand
        if len(cand):
            targets[key] = _with_vacancy(cand, k, h, rng)
    cand = np.flatnonzero(pos.nama == "Penata Layanan Operasional")
    if len(cand):
        targets["c"] = _with_vacancy(cand, k, h, rng)
    pairs = []
    surplus = np.flatnonzero(nonstruct & (h > k))
    vacant = np.flatnonzero(nonstruct & (k > h))
    for src in rng.permutation(surplus):
        same = vacant[(pos.nama[vacant] == pos.nama[src]) & (pos.unit[vacant] != pos.unit[src])]
        same = same[~np.isin(same, list(targets.values()))]
        if len(same):
            pairs.append((int(src), int(rng.choice(same))))
        if len(pairs) >= 12:
            break
    targets["biasa"] = pairs
    return targets


def _peer(pos: Positions, w: Workforce, target: int) -> np.ndarray:
    """People holding a same-named position in another unit (else any other position of that type).

    A hand-picked case must fail (or pass) for the one reason it illustrates; someone already
    doing the same job elsewhere has the related experience and the same kelas jabatan, so the
    experience and lateral-move rules cannot get in the way.
    """
    same = (pos.nama[w.pos] == pos.nama[target]) & (pos.unit[w.pos] != pos.unit[target])
    if same.any():
        return same
    return (
        (pos.jenis[w.pos] == pos.jenis[target])
        & (np.abs(pos.kelas[w.pos] - pos.kelas[target]) <= 1)
        & (w.pos != target)
    )


class _Chooser:
    """Draws distinct people at random: first from the well-suited pool, else from the loose one."""

    def __init__(self, ok: np.ndarray, loose: np.ndarray, rng: np.random.Generator) -> None:
        self.ok, self.loose, self.rng = ok, loose, rng
        self.used: set[int] = set()

    def choose(self, mask: np.ndarray, *, pool: np.ndarray | None = None) -> int | None:
        idx = np.flatnonzero(mask & (self.ok if pool is None else pool))
        idx = idx[~np.isin(idx, list(self.used))]
        if not len(idx):
            return None
        person = int(self.rng.choice(idx))
        self.used.add(person)
        return person

    def choose_first(self, *masks: np.ndarray) -> int | None:
        for pool in (self.ok, self.loose):
            for mask in masks:
                person = self.choose(mask, pool=pool)
                if person is not None:
                    return person
        return None


def pick_people(
    w: Workforce,
    pos: Positions,
    progs: Programmes,
    targets: dict[str, Any],
    nips: np.ndarray,
    as_of_days: int,
    rng: np.random.Generator,
) -> Picked:
    """Choose who is proposed for each target; case (c) gets a TMT jabatan 14 months ago."""
    years = lambda d: (as_of_days - d) / DAYS_PER_YEAR  # noqa: E731
    in_post = years(w.tmt_jabatan)
    ok = (
        (w.status == "PNS")
        & (years(w.birth) <= 50)
        & (years(w.tmt_cpns) >= 4)
        & (in_post >= 2.5)
        & (in_post <= 4.5)
        & ~pos.structural[w.pos]
        & ~w.near_miss
    )
    # last resort for tiny rosters: any PNS outside structural posts (the case then sets what it needs)
    loose = (w.status == "PNS") & ~pos.structural[w.pos] & ~w.near_miss & (in_post >= 2.0)
    chooser = _Chooser(ok, loose, rng)
    picked = Picked()
    picked.cases += _hand_picked_cases(chooser, w, pos, targets, as_of_days)
    picked.cases += _ordinary_cases(chooser, w, pos, progs, targets)
    for c in picked.cases:
        c.nip = str(nips[c.pegawai])
    return picked


def _hand_picked_cases(
    chooser: _Chooser, w: Workforce, pos: Positions, targets: dict[str, Any], as_of_days: int
) -> list[Case]:
    """Cases (a) misspelt programme, (b) similar but wrong programme, (c) less than 2 years in post."""
    s1 = w.level == "S-1"
    cases: list[Case] = []

    def choose_s1(case: str) -> int | None:
        """An S-1 holder for hand-picked ``case``: a peer of its target first, else any S-1 elsewhere."""
        if case not in targets:
            return None
        return chooser.choose_first(s1 & _peer(pos, w, targets[case]), s1 & (w.pos != targets[case]))

    if (p := choose_s1("a")) is not None:
        cases.append(Case(
            "a", p, targets["a"],
            "Jurusan tertulis 'S1 Manajamen' (salah ketik) untuk jabatan yang mensyaratkan S-1 Manajemen; memenuhi semua syarat lain.",
            "memenuhi syarat", jurusan="S1 Manajamen", pendidikan="S1", gelar="S.E.",
        ))  # fmt: skip
    if (p := choose_s1("b")) is not None:
        cases.append(Case(
            "b", p, targets["b"],
            "Jurusan S-1 Kesehatan Lingkungan untuk jabatan yang mensyaratkan S-1 Kesehatan Masyarakat (mirip tetapi bukan jurusan yang sama).",
            "tidak memenuhi syarat pendidikan", jurusan="S-1 Kesehatan Lingkungan", pendidikan="S-1", gelar="S.KM",
        ))  # fmt: skip
    if (p := choose_s1("c")) is not None:
        w.tmt_jabatan[p] = as_of_days - 426  # about 14 months before as_of
        cases.append(Case(
            "c", p, targets["c"],
            "TMT jabatan sekitar 14 bulan sebelum tanggal acuan; pendidikan S-1 sesuai untuk jabatan tujuan.",
            "tidak memenuhi masa minimal 2 tahun dalam jabatan (PP 11/2017 Pasal 190 ayat 3)",
        ))  # fmt: skip
    return cases


def _ordinary_cases(
    chooser: _Chooser, w: Workforce, pos: Positions, progs: Programmes, targets: dict[str, Any]
) -> list[Case]:
    """Up to three ordinary moves: from an over-staffed post to the same post vacant elsewhere."""
    cases: list[Case] = []
    for src, dst in targets["biasa"]:
        accepted = pos.acc_start[dst] + np.arange(pos.acc_len[dst])
        fits = np.isin(w.prog, progs.flat[accepted])
        p = chooser.choose((w.pos == src) & fits)
        if p is None:
            continue
        cases.append(Case(
            f"biasa-{len(cases) + 1}", p, dst,
            "Pindah dari jabatan yang kelebihan pegawai ke jabatan bernama sama yang kosong di unit lain; pendidikan sesuai.",
            "memenuhi syarat",
        ))  # fmt: skip
        if len(cases) >= 3:
            break
    return cases


def _retitle(nama: str, gelar: str) -> str:
    base = _TITLE_PREFIX().sub("", nama.split(",", 1)[0]).strip()
    return f"{base}, {gelar}"


def apply_people(pegawai: pd.DataFrame, picked: Picked, rng: np.random.Generator) -> list[dict[str, str]]:
    """Write the cases' properties into the roster and drop kode jabatan of a few abbreviated rows.

    Returns the rows whose jabatan is written abbreviated without kode (they must link by name).
    """
    for c in picked.cases:
        row = pegawai.index[c.pegawai]
        pegawai.loc[row, ["hukuman_disiplin", "tugas_belajar"]] = None
        pegawai.loc[row, "predikat_kinerja"] = "Baik"
        pegawai.loc[row, "status_kepegawaian"] = "PNS"
        if c.jurusan is not None:
            pegawai.loc[row, "jurusan"] = c.jurusan
        if c.pendidikan is not None:
            pegawai.loc[row, "pendidikan"] = c.pendidikan
        if c.gelar is not None:
            pegawai.loc[row, "nama"] = _retitle(str(pegawai.loc[row, "nama"]), c.gelar)
    taken = {c.pegawai for c in picked.cases}
    jabatan = pegawai["jabatan"].astype(str)
    abbreviable = np.zeros(len(pegawai), dtype=bool)
    for full, _short in vocab.ABBREVIATIONS:
        abbreviable |= jabatan.str.startswith(full).to_numpy()
    idx = np.asarray([i for i in np.flatnonzero(abbreviable) if i not in taken], dtype=np.int64)
    count = min(len(idx), max(4, round(len(pegawai) * 0.003)))
    chosen = np.sort(rng.choice(idx, size=count, replace=False)) if count else idx
    col_jabatan = _column(pegawai, "jabatan")
    col_kode = _column(pegawai, "kode_jabatan")
    out = []
    for i in chosen:
        full_name = str(pegawai.iat[i, col_jabatan])
        short = next(full_name.replace(a, b, 1) for a, b in vocab.ABBREVIATIONS if full_name.startswith(a))
        kode = str(pegawai.iat[i, col_kode])
        pegawai.iat[i, col_jabatan] = short
        pegawai.iat[i, col_kode] = None
        out.append({"nip": str(pegawai.iat[i, 0]), "jabatan": short, "kode_jabatan_sebenarnya": kode})
    return out


def _column(frame: pd.DataFrame, name: str) -> int:
    loc = frame.columns.get_loc(name)
    assert isinstance(loc, int)
    return loc


def usulan_frame(picked: Picked, pegawai: pd.DataFrame, jabatan: pd.DataFrame) -> pd.DataFrame:
    """Return the proposals as canonical columns ``nip, kode_jabatan, nama_jabatan, unit_kerja``."""
    rows = [
        {
            "nip": c.nip,
            "kode_jabatan": jabatan.at[c.posisi, "kode_jabatan"],
            "nama_jabatan": jabatan.at[c.posisi, "nama_jabatan"],
            "unit_kerja": jabatan.at[c.posisi, "unit_kerja"],
        }
        for c in picked.cases
    ]
    return pd.DataFrame(rows, columns=["nip", "kode_jabatan", "nama_jabatan", "unit_kerja"], dtype=object)


def near_retirement(pegawai: pd.DataFrame, as_of: date) -> dict[str, Any]:
    """Summarise employees who reach their BUP (58/60/65 by position) within 12 months after ``as_of``.

    Uses the tool's own projection, so the sample README and ``vacancies --per pensiun`` agree.
    """
    from asn_mutasi.config import Settings
    from asn_mutasi.workload.retirement import projected_retirements

    retiring = projected_retirements(pegawai, Settings(), as_of=as_of, horizon_months=12)
    nips = retiring["nip"].astype(str).tolist()
    return {"jumlah": len(nips), "contoh_nip": nips[:10]}


def bad_rows(pegawai: pd.DataFrame, as_of: date, rng: np.random.Generator) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """Return rows with one deliberate defect each (plus two clean rows) and what each defect is."""
    pool = np.flatnonzero(
        (pegawai["status_kepegawaian"] == "PNS").to_numpy() & pegawai["kode_jabatan"].notna().to_numpy()
    )
    picks = rng.choice(pool, size=16, replace=False)
    rows: list[dict[str, Any]] = []
    for i in picks:
        rec = {str(k): v for k, v in pegawai.iloc[int(i)].to_dict().items()}
        for key in ("tmt_jabatan", "tanggal_lahir"):
            rec[key] = rec[key].date() if pd.notna(rec[key]) else None
        rows.append(rec)
    problems: list[str] = ["baris bersih (pembanding)", "baris bersih; NIP-nya dipakai lagi pada baris duplikat"]
    rows[2]["nip"] = float(rows[2]["nip"])
    problems.append("NIP tersimpan sebagai angka (float) sehingga 3 digit terakhir rusak")
    rows[3]["nip"] = rows[3]["nip"][:15]
    problems.append("NIP hanya 15 digit")
    rows[4]["nip"] = rows[4]["nip"][:4] + "1332" + rows[4]["nip"][8:]
    problems.append("NIP memuat tanggal lahir yang tidak ada (bulan 13, tanggal 32)")
    # the same person listed twice (a second unit), so the NIP is the only defect of the row
    rows[5] = {
        **rows[1],
        **{k: rows[5][k] for k in ("jabatan", "kode_jabatan", "unit_kerja", "jenis_jabatan", "tmt_jabatan")},
    }
    # the duplicate is the stale record: its TMT jabatan before the clean row's, so nip-ganda keeps row 3 and sits on
    # this row (the kept row is chosen by the latest TMT jabatan, never by row order; hostile14, h34)
    if (
        rows[5]["tmt_jabatan"] is None
        or rows[1]["tmt_jabatan"] is None
        or rows[5]["tmt_jabatan"] >= rows[1]["tmt_jabatan"]
    ):
        clean = rows[1]["tmt_jabatan"] or as_of
        rows[5]["tmt_jabatan"] = clean.replace(year=clean.year - 3, day=min(clean.day, 28))
    problems.append("NIP sama dengan baris 3: orang yang sama tercatat dua kali di unit berbeda (duplikat)")
    rows[6]["nama"] = None
    problems.append("Nama kosong")
    rows[7]["golongan"] = "III/z"
    problems.append("Golongan 'III/z' tidak dikenal")
    rows[8]["pendidikan"] = "Paket Z"
    problems.append("Pendidikan 'Paket Z' tidak dikenal")
    rows[9]["tmt_jabatan"] = "31-13-2020"
    problems.append("TMT jabatan '31-13-2020' tidak dapat dibaca")
    rows[10]["tmt_jabatan"] = "03/04/2019"
    problems.append("TMT jabatan '03/04/2019' ambigu (3 April atau 4 Maret)")
    rows[11]["tmt_jabatan"] = as_of + timedelta(days=400)
    problems.append("TMT jabatan di masa depan")
    born = rows[12]["tanggal_lahir"]
    rows[12]["tanggal_lahir"] = born.replace(year=born.year + 1, day=min(born.day, 28))
    problems.append("Tanggal lahir berbeda dengan tanggal lahir dalam NIP")
    rows[13]["jenis_kelamin"] = "P" if rows[13]["jenis_kelamin"] == "L" else "L"
    problems.append("Jenis kelamin tidak sesuai digit ke-15 NIP")
    rows[14]["jabatan"] = "Koordinator Urusan Pertamanan Kantor"
    rows[14]["kode_jabatan"] = None
    problems.append("Jabatan tidak ada dalam peta jabatan")
    rows[15]["jurusan"] = "=SUM(A1:A3)"
    problems.append("Sel jurusan berisi teks rumus '=SUM(A1:A3)' (harus tetap teks)")
    frame = pd.DataFrame(rows, columns=list(pegawai.columns), dtype=object)
    notes = [
        {"baris": i + 2, "nip": str(r["nip"]), "masalah": m}
        for i, (r, m) in enumerate(zip(rows, problems, strict=True))
    ]
    return frame, notes
