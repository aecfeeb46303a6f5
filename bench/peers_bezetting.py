"""Compare our bezetting, selisih and TMT pensiun with a SIMPEG peer application's own numbers (peers6, h32).

Usage:
    python bench/peers_bezetting.py --smart-hut /path/to/firdausnanda+SMART-HUT/repo [--tanggal 2026-03-25]
    python bench/peers_bezetting.py --sipeka /path/to/ThoriqW+SIPEKA/repo --tanggal 2026-01-01
    python bench/peers_bezetting.py --simpeg-app /path/to/yugisantoso52-hue+simpeg-app/repo

github.com/yugisantoso52-hue/simpeg-app (peers7, h32): ``app/Console/Commands/CekPensiunHarian.php``'s ``hitungBup``
(substrings of the position name: profesor/guru besar/peneliti or perekayasa ahli utama 70, dosen or ahli utama 65,
guru or ahli madya or a JPT jenis 60, else 58), compared with ``retirement_age`` over its own ``JabatanSeeder`` and
over every JF of ``asn_mutasi/data/jabatan_fungsional.csv`` at every jenjang (its seeded people get random posts).

github.com/ThoriqW/SIPEKA (peers7, h32; a Kota Palu demo, Laravel): ``UnorSeeder``/``JabatanSeeder``/
``KebutuhanSeeder``/``PegawaiSeeder`` (fictitious people). Ported: ``FlattenedTreeService`` (bezetting = active
placements per unit and position, selisih = bezetting − kebutuhan), ``BupCalculator`` (BUP by jenjang; the pension
date is the BUP birthday itself) and ``ProjectionService`` (retirements counted by that date's year, 5 years).

github.com/firdausnanda/SMART-HUT (a Dinas Kehutanan Jawa Timur Cabang Dinas app, Laravel): its
``database/seeders/PegawaiSeeder.php`` holds a SIMPEG export of 48 people ('|' separated: NIP, birth date dd-mm-yy,
status, golongan, jenis jabatan, jabatan, TMT pensiun, unit) and ``BezettingSeeder.php`` 24 posts with their
kebutuhan, grouped by section comments (TU, RLPM, TKUK). Read from ``git show HEAD:…`` of a fetched mirror. Names,
NIK and addresses are never read: the roster given to ``lowongan`` has synthetic names.

Their formulas, ported:

- ``PegawaiSeeder``: ``bezetting_id`` = the first post (table order) whose ``nama_jabatan LIKE '%<jabatan>%'``
  (MySQL, case-insensitive); ``BezettingJabatanController@index``: realitas = holders per post;
  ``RekapKepegawaianService::getBezettingStats``: selisih = kebutuhan − terisi.
- ``Pegawai::getRetirementDateAttribute``: ``tanggal_lahir + (bup ?: 58) years → endOfMonth → +1 day``; the seeder
  stores ``bup = 0``, so every BUP is 58.

Ours: ``lowongan --per jabatan`` and ``--per pensiun --horizon 1200`` on the roster and the position table as a BKD
would export them (the section's unit beside each post, the "(TU)" tag dropped from the name), with and without the
export's own TMT PENSIUN column.
"""

from __future__ import annotations

import argparse
import calendar
import collections
import csv
import os
import re
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pandas as pd

#: the section comments of BezettingSeeder -> the roster's unit of that section
SECTION_UNIT = {
    "KEPALA CABANG": "SUB BAGIAN TATA USAHA",
    "RLPM": "SEKSI REHABILITASI LAHAN DAN PEMBERDAYAAN MASYARAKAT",
    "TKUK": "SEKSI TATA KELOLA DAN USAHA KEHUTANAN",
}
HEAD_UNIT = "CABANG DINAS KEHUTANAN WILAYAH TRENGGALEK"
#: PegawaiSeeder columns
C_NIP, C_LAHIR, C_STATUS, C_GOL, C_JENIS, C_JABATAN, C_TMT, C_UNIT = 2, 6, 17, 20, 27, 29, 33, 37


def _show(git_dir: Path, path: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"HEAD:{path}"], capture_output=True, check=True, text=True
    ).stdout


def _date(text: str, *, century_rule: bool) -> date | None:
    """dd-mm-yy: the seeder's ``parseDate`` (yy > 30 is 19yy) for birth dates; a TMT pensiun is always 20yy."""
    parts = text.strip().split("-")
    if len(parts) != 3 or not parts[2]:
        return None
    yy = int(parts[2])
    year = (1900 + yy if yy > 30 else 2000 + yy) if century_rule else 2000 + yy
    return date(year, int(parts[1]), int(parts[0]))


def read_peer(git_dir: Path) -> tuple[list[list[str]], list[tuple[str, str, int]]]:
    """(roster rows, posts as (name, unit, kebutuhan)) of the two seeders."""
    body = _show(git_dir, "database/seeders/PegawaiSeeder.php").split("<<<EOT")[1].split("EOT;")[0]
    rows = [line.split("|") for line in body.strip().split("\n") if line.count("|") >= 37]
    posts: list[tuple[str, str, int]] = []
    unit = ""
    for line in _show(git_dir, "database/seeders/BezettingSeeder.php").splitlines():
        if m := re.search(r"// =+ (.*?) =+", line):
            unit = next(v for k, v in SECTION_UNIT.items() if k in m.group(1))
        elif m := re.search(r"'nama_jabatan' => '([^']*)', 'kebutuhan' => (\d+)", line):
            posts.append((m.group(1), HEAD_UNIT if m.group(1) == "Kepala Cabang Dinas" else unit, int(m.group(2))))
    return rows, posts


def their_bezetting(rows: list[list[str]], posts: list[tuple[str, str, int]]) -> list[int]:
    """Holders per post by the seeder's ``LIKE '%jabatan%'`` (first post in table order)."""
    count = [0] * len(posts)
    for r in rows:
        j = r[C_JABATAN].strip().lower()
        hit = next((i for i, p in enumerate(posts) if j in p[0].lower()), None)
        if hit is not None:
            count[hit] += 1
    return count


def their_pension(born: date, bup: int = 0) -> date:
    """``tanggal_lahir->addYears(bup ?: 58)->endOfMonth()->addDay()`` (Carbon: 29 Feb overflows to 1 Mar)."""
    years = bup or 58
    day = born.day
    if born.month == 2 and day == 29 and not calendar.isleap(born.year + years):
        moved = date(born.year + years, 3, 1)
    else:
        moved = date(born.year + years, born.month, day)
    return date(moved.year + moved.month // 12, moved.month % 12 + 1, 1)  # endOfMonth()->addDay()


def _write(tmp: Path, rows: list[list[str]], posts: list[tuple[str, str, int]]) -> None:
    for name, tmt in (("pegawai.csv", False), ("pegawai_tmt.csv", True)):
        with (tmp / name).open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            head = ["NIP", "NAMA", "TANGGAL LAHIR", "STATUS PEGAWAI", "GOL/RUANG", "JENIS JABATAN", "JABATAN"]
            w.writerow([*head, "UNIT KERJA", *(["TMT PENSIUN"] if tmt else [])])
            for i, r in enumerate(rows):
                born = _date(r[C_LAHIR], century_rule=True)
                cells = [r[C_NIP].replace(" ", ""), f"Pegawai {i + 1}", born.strftime("%d-%m-%Y") if born else ""]
                cells += [r[C_STATUS], r[C_GOL], r[C_JENIS], r[C_JABATAN], r[C_UNIT]]
                stated = _date(r[C_TMT], century_rule=False)
                w.writerow(cells + ([stated.strftime("%d-%m-%Y") if stated else ""] if tmt else []))
    with (tmp / "peta.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"])
        w.writerows([re.sub(r"\s*\((TU|RLPM|TKUK)\)$", "", n), u, k] for n, u, k in posts)


def _ours(tmp: Path, roster: str, per: str, tanggal: str) -> pd.DataFrame:
    args = ["lowongan", roster, "peta.csv", "--per", per, "-f", "csv", "--tanggal", tanggal, "--horizon", "1200"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run(
        [sys.executable, "-m", "asn_mutasi", *args], cwd=tmp, env=env, capture_output=True, check=True, text=True
    ).stdout
    (tmp / "out.csv").write_text(out, encoding="utf-8")
    return pd.read_csv(tmp / "out.csv", dtype=str)


def smart_hut(git_dir: Path, tanggal: str) -> None:
    rows, posts = read_peer(git_dir)
    theirs = their_bezetting(rows, posts)
    print(f"firdausnanda/SMART-HUT: {len(rows)} pegawai, {len(posts)} jabatan (kebutuhan {sum(p[2] for p in posts)})")
    print(f"  tertaut oleh LIKE mereka: {sum(theirs)} dari {len(rows)} pegawai")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        _write(tmp, rows, posts)
        low = _ours(tmp, "pegawai.csv", "jabatan", tanggal)
        ours = {(r.nama_jabatan, r.unit_kerja): int(r.bezetting) for r in low.itertuples()}
        print(f"  tertaut oleh kita: {sum(ours.values())} dari {len(rows)} pegawai")
        differ = []
        for (name, unit, need), n in zip(posts, theirs, strict=True):
            got = ours[(re.sub(r"\s*\((TU|RLPM|TKUK)\)$", "", name), unit)]
            if got != n:
                differ.append(f"{name} / {unit}: mereka {n} (selisih {need - n}), kita {got} (selisih {need - got})")
        print(f"  bezetting dan selisih per jabatan: {len(posts) - len(differ)}/{len(posts)} sama")
        for line in differ:
            print(f"    beda: {line}")
        by_nip = {r[C_NIP].replace(" ", ""): r for r in rows}
        for roster in ("pegawai.csv", "pegawai_tmt.csv"):
            pens = _ours(tmp, roster, "pensiun", tanggal).set_index("nip")
            same_simpeg = same_port = port_simpeg = 0
            for nip, r in by_nip.items():
                stated = _date(r[C_TMT], century_rule=False)
                born = _date(r[C_LAHIR], century_rule=True)
                port = their_pension(born) if born else None
                mine = pd.Timestamp(pens.loc[nip, "tmt_pensiun"]).date()
                same_simpeg += mine == stated
                same_port += mine == port
                port_simpeg += port == stated
                if mine != stated or mine != port:
                    what = f"{r[C_JABATAN]} lahir {born}: SIMPEG {stated}, port mereka {port}, kita {mine}"
                    print(f"    {roster}: {what} (BUP kita {pens.loc[nip, 'bup']})")
            n = len(by_nip)
            print(
                f"  TMT pensiun ({roster}): kita = kolom TMT PENSIUN SIMPEG {same_simpeg}/{n}, kita = port {same_port}/{n}"
            )
        print(f"  port mereka (BUP 58 semua) = kolom TMT PENSIUN SIMPEG: {port_simpeg}/{len(by_nip)}")


# --- ThoriqW/SIPEKA (peers7, h32) -------------------------------------------------------------------------------

SIPEKA_JENIS = {"Pimpinan Tinggi Pratama": "JPT Pratama", "Administrator": "Administrator", "Pengawas": "Pengawas"}


def sipeka_bup(jenjang: str, nama: str) -> int:
    """``BupCalculator::hitungBup``: Guru 60, Ahli Utama 65, Ahli Madya / JPT Pratama 60, else 58."""
    if jenjang == "Guru" or nama.split(" - ")[0] == "Guru":
        return 60
    if jenjang == "Ahli Utama":
        return 65
    return 60 if jenjang in ("Ahli Madya", "Pimpinan Tinggi Pratama") else 58


def sipeka_pension(born: date, bup: int) -> date:
    """``hitungTanggalPensiun``: PHP ``modify("+N years")`` of the birth date (29 Feb overflows to 1 Mar)."""
    if born.month == 2 and born.day == 29 and not calendar.isleap(born.year + bup):
        return date(born.year + bup, 3, 1)
    return date(born.year + bup, born.month, born.day)


def read_sipeka(git_dir: Path) -> tuple[dict[str, str], list[dict[str, str]], list[list[str]]]:
    """(unit names by kode_unor, posts with their unit code and kebutuhan, roster rows) of the seeders."""
    units = dict(
        (k, n)
        for n, k in re.findall(
            r"'nama_unor' => '([^']*)',\s*'kode_unor' => '([^']*)'", _show(git_dir, "database/seeders/UnorSeeder.php")
        )
    )
    for k in list(units):  # a sub-unit as SIMPEG names it: "Sekretariat Dinas Kesehatan"
        if "-" in k:
            units[k] = f"{units[k]} {units[k.split('-')[0]]}"
    posts = []
    for section in _show(git_dir, "database/seeders/JabatanSeeder.php").split("private function seed")[1:]:
        var = dict(re.findall(r"\$(\w+)\s*= Unor::where\('kode_unor', '([^']*)'\)", section))
        for block, unit_var in re.findall(r"createJabatan\(\[(.*?)\], \$(\w+)->id\)", section, re.S):
            f = dict(re.findall(r"'(\w+)'\s*=> '?([^',]*)'?,", block + ","))
            f["unit"] = var[unit_var]
            f["kode"] = f["unit"].split("-")[0]
            posts.append(f)
    keb = _show(git_dir, "database/seeders/KebutuhanSeeder.php")
    rules = re.findall(
        r"\$kodeUnor === '([^']*)' && \$namaJabatan === '([^']*)' && \$jenjang === '([^']*)'\) \{\s*return (\d+);", keb
    )
    for f in posts:
        f["kebutuhan"] = next(
            (n for u, nm, jj, n in rules if (u, nm, jj) == (f["unit"], f["nama_jabatan"], f["jenjang"])), "1"
        )
    roster = re.findall(
        r"buatPegawai\('[^']*', '(\d+)', '(\w+)', '([\d-]+)', '([^']*)', '(\w+)', "
        r"\$j\('([^']*)', '([^']*)', (?:'([^']*)'|null)\), '([^']*)'\)",
        _show(git_dir, "database/seeders/PegawaiSeeder.php"),
    )
    return units, posts, [list(r) for r in roster]


def _sipeka_name(nama: str, jenjang: str, jenis: str) -> str:
    """The position's name as a BKD roster prints it: a JF with its jenjang."""
    return f"{nama} {jenjang}" if jenis == "Fungsional" and jenjang and jenjang != "null" else nama


def _write_sipeka(tmp: Path, units: dict[str, str], posts: list[dict[str, str]], roster: list[list[str]]) -> None:
    jenis_of = {(p["unit"], p["nama_jabatan"], p["jenjang"]): p["jenis_jabatan"] for p in posts}
    with (tmp / "pegawai.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(
            ["NIP", "NAMA", "TANGGAL LAHIR", "STATUS PEGAWAI", "GOL/RUANG", "PENDIDIKAN", "JABATAN", "UNIT KERJA"]
        )
        for i, (nip, status, born, gol, pend, unit, nama, jenjang, _) in enumerate(roster):
            name = _sipeka_name(nama, jenjang, jenis_of[(unit, nama, jenjang)])
            w.writerow([nip, f"Pegawai {i + 1}", born, status, gol, pend, name, units[unit]])
    with (tmp / "peta.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "KELAS JABATAN", "KEBUTUHAN"])
        for i, p in enumerate(posts):
            jenis = SIPEKA_JENIS.get(p["jenjang"], p["jenis_jabatan"])
            name = _sipeka_name(p["nama_jabatan"], p["jenjang"], p["jenis_jabatan"])
            w.writerow([f"{p['kode']}-{i + 1:03d}", name, units[p["unit"]], jenis, p["kelas_jabatan"], p["kebutuhan"]])


def sipeka(git_dir: Path, tanggal: str) -> None:
    units, posts, roster = read_sipeka(git_dir)
    year = int(tanggal[:4])
    print(
        f"ThoriqW/SIPEKA: {len(roster)} pegawai, {len(posts)} jabatan (kebutuhan {sum(int(p['kebutuhan']) for p in posts)})"
    )
    theirs = collections.Counter((r[5], r[6], r[7]) for r in roster)  # PenempatanPegawai active per (unor, jabatan)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        _write_sipeka(tmp, units, posts, roster)
        low = _ours(tmp, "pegawai.csv", "jabatan", tanggal).set_index("kode_jabatan")
        differ = []
        for i, p in enumerate(posts):
            k = (p["unit"], p["nama_jabatan"], p["jenjang"])
            row = low.loc[f"{p['kode']}-{i + 1:03d}"]
            their_sel = theirs[k] - int(p["kebutuhan"])  # FlattenedTreeService: selisih = bezetting − kebutuhan
            if int(row.bezetting) != theirs[k] or int(row.selisih) != their_sel:
                differ.append(
                    f"{'/'.join(k)}: mereka {theirs[k]} (selisih {their_sel}), kita {row.bezetting} (selisih {row.selisih})"
                )
        print(f"  bezetting dan selisih per jabatan: {len(posts) - len(differ)}/{len(posts)} sama")
        for line in differ:
            print(f"    beda: {line}")
        pens = _ours(tmp, "pegawai.csv", "pensiun", tanggal).set_index("nip")
        same_bup = same_year = 0
        window = collections.Counter()
        for nip, status, born_s, _, _, _unit, nama, jenjang, _ in roster:
            born = date.fromisoformat(born_s)
            bup = sipeka_bup(jenjang, nama)
            tmt = sipeka_pension(born, bup)
            mine_bup = int(float(pens.loc[nip, "bup"]))
            mine = pd.Timestamp(pens.loc[nip, "tmt_pensiun"]).date()
            same_bup += mine_bup == bup
            same_year += mine.year == tmt.year
            window["mereka"] += year <= tmt.year <= year + 4
            window["kita"] += year <= mine.year <= year + 4
            if mine_bup != bup or mine.year != tmt.year:
                print(
                    f"    {nama} {jenjang} ({status}) lahir {born}: mereka BUP {bup} {tmt}, kita BUP {mine_bup} {mine}"
                )
        n = len(roster)
        print(f"  BUP: {same_bup}/{n} sama; tahun pensiun: {same_year}/{n} sama")
        print(f"  pensiun tahun {year}–{year + 4}: mereka {window['mereka']}, kita {window['kita']}")


# --- yugisantoso52-hue/simpeg-app (peers7, h32) -------------------------------------------------------------------

JENJANG = ("Ahli Pertama", "Ahli Muda", "Ahli Madya", "Ahli Utama", "Pemula", "Terampil", "Mahir", "Penyelia")


def simpeg_app_bup(jabatan: str, jenis: str = "") -> int:
    """``CekPensiunHarian::hitungBup``: substrings of the lower-cased position name (and jenis)."""
    j, k = jabatan.lower(), jenis.lower()
    if any(w in j for w in ("profesor", "guru besar", "peneliti ahli utama", "perekayasa ahli utama")):
        return 70
    if "dosen" in j or "ahli utama" in j:
        return 65
    if "guru" in j or "ahli madya" in j or "pimpinan tinggi" in k or "jpt" in k:
        return 60
    return 58


def simpeg_app(git_dir: Path) -> None:
    """Their BUP against ours over their own JabatanSeeder and over every JF of our catalogue at every jenjang."""
    from asn_mutasi.config import Settings
    from asn_mutasi.domain.jabatan import retirement_age

    rules = Settings().aturan
    own = re.findall(r"'nama_jabatan' => '([^']*)'", _show(git_dir, "database/seeders/JabatanSeeder.php"))
    catalogue = Path(__file__).resolve().parents[1] / "asn_mutasi" / "data" / "jabatan_fungsional.csv"
    jf = pd.read_csv(catalogue, comment="#", sep=";")["nama"]
    grid = [f"{n.title()} {j}" for n in jf for j in JENJANG]
    for label, names in (("JabatanSeeder mereka", own), ("katalog JF kita × 8 jenjang", grid)):
        differ = collections.defaultdict(list)
        for n in names:
            theirs, ours = simpeg_app_bup(n), retirement_age(None, n, rules)
            if theirs != ours:
                differ[(theirs, ours)].append(n)
        same = len(names) - sum(len(v) for v in differ.values())
        print(f"yugisantoso52-hue/simpeg-app BUP, {label}: {same}/{len(names)} sama")
        for (theirs, ours), where in sorted(differ.items()):
            print(f"    beda: mereka {theirs}, kita {ours}: {', '.join(where)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--smart-hut", type=Path, help="git dir of a fetched github.com/firdausnanda/SMART-HUT")
    ap.add_argument("--sipeka", type=Path, help="git dir of a fetched github.com/ThoriqW/SIPEKA")
    ap.add_argument("--simpeg-app", type=Path, help="git dir of a fetched github.com/yugisantoso52-hue/simpeg-app")
    ap.add_argument("--tanggal", default="2026-03-25", help="as-of date (the export's own: its ages are of 25-03-2026)")
    args = ap.parse_args()
    if args.smart_hut:
        smart_hut(args.smart_hut, args.tanggal)
    if args.sipeka:
        sipeka(args.sipeka, args.tanggal)
    if args.simpeg_app:
        simpeg_app(args.simpeg_app)
    if not (args.smart_hut or args.sipeka or args.simpeg_app):
        ap.print_help()


if __name__ == "__main__":
    main()
