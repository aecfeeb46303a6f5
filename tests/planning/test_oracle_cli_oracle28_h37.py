"""Plan oracle through the CLI on xlsx files (oracle28, h37).

Random small rosters and position tables written as .xlsx, with a post written twice in one unit in another letter
case (summed: jabatan-digabung), unit names in other case/spacing in both files, JF ladders (Ahli Pertama/Ahli Muda,
Terampil/Mahir), PPPK and CPNS holders, retirements inside and outside the 12-month horizon (BUP 58: TMT pensiun the
1st of the month after the 58th birthday), --tetap, a --kunci pin (naming any of a summed post's codes),
--maks-pindah-per-unit and --min-pegawai-per-unit together and an aspiration table, run as a user runs them:
``nilai`` on every (person, table line) pair gives the eligible pairs, ``rencana -f json`` the plan. An independent
MILP (tests/planning/oracle.py) over the posts as the documented rules merge them (one post per jabatan name and
unit, case and spacing aside; kebutuhan summed) must equal the plan's fill and its printed bound. The hunt (420
instances, plus audits of the equivalence rules) ran outside the suite.
"""

from __future__ import annotations

import json
import random
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from asn_mutasi.cli.app import app
from tests.planning.oracle import best_plan

AS_OF = date(2026, 11, 1)
HORIZON_END = date(2027, 11, 1)
UNITS = ("Dinas Kesehatan", "Badan Keuangan Daerah", "Sekretariat Daerah", "Dinas Pendidikan")
# (name, jenis, syarat pendidikan, syarat jurusan, syarat golongan, bup)
POSTS = (
    ("Pengadministrasi Perkantoran", "Pelaksana", "SMA", "", "", 58),
    ("Pengolah Data dan Informasi", "Pelaksana", "D-III", "", "", 58),
    ("Penata Layanan Operasional", "Pelaksana", "S-1", "", "", 58),
    ("Pengelola Keuangan", "Pelaksana", "D-III", "D-III Akuntansi; S-1 Akuntansi", "", 58),
    ("Analis Kebijakan Ahli Pertama", "Fungsional", "S-1", "", "", 58),
    ("Analis Kebijakan Ahli Muda", "Fungsional", "S-1", "", "", 58),
    ("Perencana Ahli Pertama", "Fungsional", "S-1", "", "", 58),
    ("Perencana Ahli Muda", "Fungsional", "S-1", "", "", 58),
    ("Pranata Komputer Terampil", "Fungsional", "D-III", "", "", 58),
    ("Pranata Komputer Mahir", "Fungsional", "D-III", "", "", 58),
    ("Kepala Subbagian Umum", "Pengawas", "D-III", "", "III/b", 58),
)
EDUCATION = (
    ("SMA", "SMA IPA"),
    ("SLTA", ""),
    ("D-III", "D-III Akuntansi"),
    ("DIII", "D-III Teknik Informatika"),
    ("S-1", "S-1 Akuntansi"),
    ("Strata 1", "S-1 Ekonomi Pembangunan"),
    ("S1", "S-1 Administrasi Negara"),
    ("S-2", "S-2 Perencanaan Wilayah dan Kota"),
)
GOLONGAN = ("II/a", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a")


def variant(rng: random.Random, unit: str) -> str:
    return rng.choice([unit, unit, unit.upper(), unit.replace(" ", "  "), f" {unit} ", unit.lower()])


def norm(s: str) -> str:
    return " ".join(str(s).split()).casefold()


def tmt_pensiun(born: date, bup: int) -> date:
    y, m = born.year + bup, born.month + 1
    return date(y + (m > 12), (m - 1) % 12 + 1, 1)


def build(rng: random.Random):
    n_units = rng.randint(2, 4)
    n_posts = rng.randint(3, 10)
    rows, seen = [], set()
    while len(rows) < n_posts:
        s, u = rng.randrange(len(POSTS)), rng.randrange(n_units)
        dup = (s, u) in seen
        if dup and rng.random() < 0.8:
            continue
        seen.add((s, u))
        name, jenis, pend, jur, gol, _ = POSTS[s]
        if dup:
            name = rng.choice([name.upper(), name.replace(" ", "  "), name.lower()])
        rows.append(
            {
                "KODE JABATAN": f"J{len(rows):02d}",
                "NAMA JABATAN": name,
                "UNIT KERJA": variant(rng, UNITS[u]) if rng.random() < 0.3 else UNITS[u],
                "JENIS JABATAN": jenis,
                "KEBUTUHAN": rng.randint(0, 3),
                "SYARAT PENDIDIKAN": pend,
                "SYARAT JURUSAN": jur,
                "SYARAT GOLONGAN": gol,
                "_s": s,
                "_u": u,
            }
        )
    posts = pd.DataFrame(rows)
    staff = []
    for e in range(rng.randint(5, 30)):
        j = rng.choice([0, 0, 1, *range(n_posts)])
        post = posts.iloc[j]
        kind = rng.choice(["muda", "muda", "madya", "pensiun_dalam", "pensiun_luar", "cpns", "pppk"])
        if kind == "pensiun_dalam":
            m = rng.randint(1, 13)
            total = AS_OF.month - 1 + m
            tp = date(AS_OF.year + total // 12, total % 12 + 1, 1)
            bm = tp.month - 1 or 12
            born = date(tp.year - 58 - (1 if tp.month == 1 else 0), bm, rng.choice([1, 15, 28]))
        elif kind == "pensiun_luar":
            born = date(1969 + rng.randint(0, 2), rng.randint(1, 12), rng.choice([1, 15, 28]))
        else:
            born = date(rng.randint(1972 if kind == "madya" else 1982, 1997), rng.randint(1, 12), 11)
        years = rng.choice([1, 3, 4, 7, 9])
        tmt = date(AS_OF.year - years, rng.randint(1, 10), 1)
        pppk = kind == "pppk"
        cpns = kind == "cpns"
        appointed = 2026 if cpns else max(born.year + 24, 2021 if pppk else 2005)
        mm = "03" if cpns else ("21" if pppk else "03")
        nip = f"{born:%Y%m%d}{appointed}{mm}{rng.randint(1, 2)}{e + 1:03d}"
        pend, jur = rng.choice(EDUCATION)
        staff.append(
            {
                "NIP": nip,
                "NAMA": f"Pegawai {e + 1}",
                "GOL/RUANG": "IX" if pppk else rng.choice(GOLONGAN),
                "JABATAN": post["NAMA JABATAN"],
                "KODE JABATAN": post["KODE JABATAN"],
                "UNIT KERJA": variant(rng, UNITS[post["_u"]]),
                "JENIS JABATAN": post["JENIS JABATAN"],
                "TMT JABATAN": (date(2026, 3, 1) if cpns else tmt).isoformat(),
                "TANGGAL LAHIR": born.isoformat(),
                "STATUS KEPEGAWAIAN": "PPPK" if pppk else ("CPNS" if cpns else "PNS"),
                "PENDIDIKAN TERAKHIR": pend,
                "JURUSAN": jur,
                "_retiring": tmt_pensiun(born, 58) <= HORIZON_END,
                "_kind": kind,
            }
        )
    roster = pd.DataFrame(staff)
    if rng.random() < 0.5:
        roster = roster.drop(columns=["KODE JABATAN"])
    return roster, posts, n_units


DAY = "01-11-2026"


def _cli(args: list[str]) -> Any:
    result = CliRunner().invoke(app, [*args, "-f", "json", "--tanggal", DAY], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _eligible(folder: Path, rp: Path, pp: Path, roster: pd.DataFrame, posts: pd.DataFrame, code2p: dict) -> set:
    """(NIP, merged post) pairs ``nilai`` calls layak with skor ≥ 40 (skor_minimum), asked of every table line."""
    pairs = [(n, c) for n in roster["NIP"] for c in posts["KODE JABATAN"]]
    up = folder / "usulan.csv"
    pd.DataFrame(pairs, columns=["nip", "kode_jabatan"]).to_csv(up, index=False)
    rows = _cli(["nilai", str(rp), str(pp), str(up)])
    assert len(rows) == len(pairs)
    return {
        (str(r["nip"]), code2p[str(asked)])
        for r, (_, asked) in zip(rows, pairs, strict=True)
        if r["layak"] and float(r["skor"] or 0) >= 40.0
    }


def _check(seed: int) -> None:
    rng = random.Random(seed)
    roster, posts, _ = build(rng)
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        rp, pp = d / "pegawai.xlsx", d / "jabatan.xlsx"
        roster.drop(columns=["_retiring", "_kind"]).to_excel(rp, index=False)
        posts.drop(columns=["_s", "_u"]).to_excel(pp, index=False)
        keys = sorted(set(zip(posts["_s"], posts["_u"], strict=True)))
        kidx = {k: i for i, k in enumerate(keys)}
        code2p = {c: kidx[(s, u)] for c, s, u in zip(posts["KODE JABATAN"], posts["_s"], posts["_u"], strict=True)}
        need = np.zeros(len(keys), dtype=np.int64)
        np.add.at(need, [code2p[c] for c in posts["KODE JABATAN"]], posts["KEBUTUHAN"].to_numpy(dtype=np.int64))
        unit_of = np.array([k[1] for k in keys], dtype=np.int64)
        name2s = {norm(p[0]): i for i, p in enumerate(POSTS)}
        unit2i = {norm(u): i for i, u in enumerate(UNITS)}
        written = zip(roster["JABATAN"], roster["UNIT KERJA"], strict=True)
        hp = [kidx.get((name2s[norm(j)], unit2i[norm(u)])) for j, u in written]
        elig = _eligible(d, rp, pp, roster, posts, code2p)
        nips = roster["NIP"].astype(str).tolist()
        live = [i for i, n in enumerate(nips) if hp[i] is not None and not roster["_retiring"].iloc[i]]
        eid = {nips[i]: j for j, i in enumerate(live)}
        holder = np.array([hp[i] for i in live], dtype=np.int64)
        keep = [nips[i] for i in live if rng.random() < 0.1]
        cpns = roster["_kind"].to_numpy()[live] == "cpns"
        movable = np.array([nips[i] not in keep and not c for i, c in zip(live, cpns, strict=True)], dtype=bool)
        pairs = sorted({(eid[n], p) for n, p in elig if n in eid and p != holder[eid[n]]})
        before = np.bincount(holder, minlength=len(keys))
        free = [(e, p) for e, p in pairs if movable[e] and need[p] > before[p]]
        pins = [rng.choice(free)] if free and rng.random() < 0.5 else []
        mx, mn = rng.choice([None, 0, 1, 2]), rng.choice([None, 1, 2, 3, 6])
        args = ["rencana", str(rp), str(pp), "--buku-besar", str(d / "bb.sqlite")]
        for n in keep:
            args += ["--tetap", n]
        for e, p in pins:  # any of the post's table lines: a summed line's own code too
            code = rng.choice(sorted(c for c, q in code2p.items() if q == p))
            pd.DataFrame([(nips[live[e]], code)], columns=["NIP", "KODE JABATAN"]).to_csv(d / "k.csv", index=False)
            args += ["--kunci", str(d / "k.csv")]
        args += ["--maks-pindah-per-unit", str(mx)] if mx is not None else []
        args += ["--min-pegawai-per-unit", str(mn)] if mn is not None else []
        asp = [
            {"nip": n, "pilihan_1_unit": rng.choice(UNITS), "kesediaan": rng.choice(["Bersedia", "Tidak bersedia"])}
            for n in nips
            if rng.random() < 0.4
        ]
        if asp:
            pd.DataFrame(asp).to_csv(d / "aspirasi.csv", index=False)
            args += ["--aspirasi", str(d / "aspirasi.csv")]
        limits = {
            "unit_limit": (unit_of, mx) if mx is not None else None,
            "min_staff": (unit_of, mn) if mn is not None else None,
        }
        try:
            best = best_plan(holder, movable, need, pairs, pinned=pins or None, **limits)[0]
        except AssertionError:
            pytest.fail("no plan holds the pin and the limits: draw another seed")  # (the seeds below all have one)
        out = _cli(args)
    after = before.copy()
    for m in out["mutasi"]:
        n, src, dst = str(m["nip"]), code2p[str(m["kode_jabatan_asal"])], code2p[str(m["kode_jabatan_tujuan"])]
        assert n in eid and movable[eid[n]] and holder[eid[n]] == src and (n, dst) in elig, m
        after[src] -= 1
        after[dst] += 1
    for e, p in pins:
        assert any(str(m["nip"]) == nips[live[e]] and code2p[str(m["kode_jabatan_tujuan"])] == p for m in out["mutasi"])
    gain = int(np.minimum(after, need).sum() - np.minimum(before, need).sum())
    s = out["ringkasan"]
    assert (gain, s["lowongan_terisi"], s["batas_atas_pengisian"]) == (best, best, best)


@pytest.mark.parametrize("seed", [6000, *range(7000, 7005), *range(7006, 7020)])
def test_cli_plan_on_xlsx_reaches_the_independent_optimum(seed: int) -> None:
    _check(seed)


def test_a_summed_lines_own_code_is_its_post_in_nilai_and_kunci(tmp_path: Path) -> None:
    """A table writing one post twice in another letter case sums the lines (jabatan-digabung); the second line's own
    code named in a proposal or a --kunci pin is that post, not "tidak ditemukan di tabel jabatan" / exit 3."""
    base = {"UNIT KERJA": "Badan Keuangan Daerah", "JENIS JABATAN": "Pelaksana", "SYARAT PENDIDIKAN": "SMA"}
    posts = pd.DataFrame(
        [
            {**base, "KODE JABATAN": "A1", "NAMA JABATAN": "Pengadministrasi Perkantoran", "KEBUTUHAN": 1},
            {**base, "KODE JABATAN": "A2", "NAMA JABATAN": "PENGADMINISTRASI PERKANTORAN", "KEBUTUHAN": 1},
            {**base, "KODE JABATAN": "B1", "NAMA JABATAN": "Pengolah Data dan Informasi", "KEBUTUHAN": 1},
        ]
    )
    person = {
        "NAMA": "Pegawai 1",
        "GOL/RUANG": "II/c",
        "UNIT KERJA": "Badan Keuangan Daerah",
        "TMT JABATAN": "2019-01-01",
    }
    person |= {"JABATAN": "Pengolah Data dan Informasi", "JENIS JABATAN": "Pelaksana", "PENDIDIKAN TERAKHIR": "SMA"}
    roster = pd.DataFrame([{**person, "NIP": "199001112015031001", "TANGGAL LAHIR": "1990-01-11"}])
    roster = pd.concat([roster, roster.assign(NIP="199102122015031002", **{"TANGGAL LAHIR": "1991-02-12"})])
    rp, pp, up = tmp_path / "p.xlsx", tmp_path / "j.xlsx", tmp_path / "u.csv"
    roster.to_excel(rp, index=False)
    posts.to_excel(pp, index=False)
    pd.DataFrame({"nip": ["199001112015031001"] * 2, "kode_jabatan": ["A1", "A2"]}).to_csv(up, index=False)
    rows = _cli(["nilai", str(rp), str(pp), str(up)])
    first, second = ((r["kode_jabatan"], r["layak"], r["skor"]) for r in rows)
    assert first == second and first[1]
    pd.DataFrame({"NIP": ["199001112015031001"], "KODE JABATAN": ["A2"]}).to_csv(tmp_path / "k.csv", index=False)
    out = _cli(["rencana", str(rp), str(pp), "--kunci", str(tmp_path / "k.csv"), "--buku-besar", str(tmp_path / "b")])
    assert [(m["nip"], m["kode_jabatan_tujuan"]) for m in out["mutasi"]] == [("199001112015031001", "A1")]
