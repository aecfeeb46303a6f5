"""Time ``asn-mutasi plan`` against a simple reference pipeline of its own, in one run, per roster size.

Usage: python bench/bench_plan.py [--batas-unit L] [--min-pegawai F] [N ...]      (default: 10000 100000)

Each N needs bench/out/sample_N/ (pegawai.xlsx + peta_jabatan.xlsx), made by
``python bench/make_roster.py --pegawai N``. For every size both runs are separate child
processes (so peak memory is per run, read with ``os.wait4``):

* ``plan``: the analyst's command, ``rencana`` xlsx → plan workbook (default options and output: the
  move table on stdout, ``--tanggal 2026-11-01``); fill, bound and solver status are read from
  the workbook's Ringkasan after the timed run;
* reference: a straightforward pipeline written here — calamine read of both sheets,
  rapidfuzz over *distinct* jurusan × syarat_jurusan strings, class → position arcs for
  education level and programme fit, one OR-Tools min-cost flow maximising fill (seats
  capped at max(kebutuhan, holders)), moves written with xlsxwriter. It checks far fewer
  rules than ``plan`` (no tenure, BUP, lateral-move, experience or score rules, no
  explanations), so it is a lower bound on what the work can cost, not an equivalent.

Before timing, ``asn_mutasi`` is byte-compiled as an installed package is (:func:`compile_package`).
Prints both wall times, the ratio, both CPU times (user + system) and their ratio, both peak RSS
values, and for ``plan`` also the peak PSS of the command with its child processes, from a second,
untimed run (its real memory: ``plan`` may start children, see :func:`run_child`). With
``--batas-unit L`` it also runs ``plan --maks-pindah-per-unit L`` (a binding unit limit: LPs with a
row per unit, see planning/limited.py) and prints its time against the unlimited plan's, measured in
the same run; ``--min-pegawai F`` does the same for ``plan --min-pegawai-per-unit F`` (a staff floor
per unit; 45 binds on the 100k bench roster).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def reference(folder: Path, out: Path) -> None:
    """The reference pipeline (runs in a child process)."""
    import numpy as np
    import pandas as pd
    import xlsxwriter
    from ortools.graph.python import min_cost_flow
    from python_calamine import CalamineWorkbook
    from rapidfuzz import fuzz, process

    def sheet(path: Path, marker: str) -> pd.DataFrame:
        rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
        head = next(i for i, r in enumerate(rows[:30]) if marker in [str(c).strip().upper() for c in r])
        frame = pd.DataFrame(rows[head + 1 :], columns=[str(c).strip().upper() for c in rows[head]])
        return frame[frame[marker].astype(str).str.strip().ne("")]

    peg = sheet(folder / "pegawai.xlsx", "NIP")
    peg = peg[peg["NIP"].astype(str).str.len() >= 18]
    jab = sheet(folder / "peta_jabatan.xlsx", "KODE JABATAN")
    levels = {"SD": 1, "SMP": 2, "SMA": 3, "SMK": 3, "SLTA": 3, "D-I": 4, "D-II": 5, "D-III": 6, "D-IV": 7, "S-1": 7}
    levels |= {"S-2": 8, "S-3": 9}
    codes = jab["KODE JABATAN"].astype(str).to_numpy()
    pidx = pd.Series(np.arange(len(codes)), index=codes)
    k = pd.to_numeric(jab["KEBUTUHAN"], errors="coerce").fillna(0).astype(np.int64).to_numpy()
    holder = peg["KODE JABATAN"].astype(str).map(pidx)
    peg = peg[holder.notna()]
    hp = holder[holder.notna()].astype(np.int64).to_numpy()
    b = np.bincount(hp, minlength=len(codes))
    # classes of people: (level, jurusan); groups of posts: (required level, syarat_jurusan)
    e_lvl = peg["PENDIDIKAN TERAKHIR"].astype(str).str.upper().map(levels).fillna(0).to_numpy()
    e_jur = peg["JURUSAN"].astype(str).str.strip().str.lower().to_numpy()
    p_lvl = jab["SYARAT PENDIDIKAN"].astype(str).str.upper().map(levels).fillna(0).to_numpy()
    p_jur = jab["SYARAT JURUSAN"].astype(str).str.strip().str.lower().to_numpy()
    cls_id, cls_keys = pd.factorize(pd.Series([f"{a}|{j}" for a, j in zip(e_lvl, e_jur, strict=True)]))
    grp_id, grp_keys = pd.factorize(pd.Series([f"{a}|{j}" for a, j in zip(p_lvl, p_jur, strict=True)]))
    c_lvl = np.array([float(s.split("|", 1)[0]) for s in cls_keys])
    c_jur = [s.split("|", 1)[1] for s in cls_keys]
    g_lvl = np.array([float(s.split("|", 1)[0]) for s in grp_keys])
    g_jur = [s.split("|", 1)[1] for s in grp_keys]
    uj, uj_inv = np.unique(np.array(c_jur, dtype=object), return_inverse=True)
    ur, ur_inv = np.unique(np.array(g_jur, dtype=object), return_inverse=True)
    reqs = [r.replace(" atau ", ";").split(";") for r in ur]
    flat = [p.strip() for r in reqs for p in r]
    owner = np.repeat(np.arange(len(reqs)), [len(r) for r in reqs])
    sim = process.cdist(list(uj), flat, scorer=fuzz.token_set_ratio, score_cutoff=88, workers=-1) >= 88
    fit = np.zeros((len(uj), len(ur)), dtype=bool)
    for j in range(len(flat)):
        fit[:, owner[j]] |= sim[:, j]
    fit[:, [i for i, r in enumerate(ur) if r in ("", "nan", "none")]] = True
    ok = fit[uj_inv][:, ur_inv] & (c_lvl[:, None] >= g_lvl[None, :])
    bc, bg = np.nonzero(ok)
    # network: person -> own post | class ; class -> group ; group -> posts ; post -> sink (need: -1, over: 0)
    m, c_n, g_n, p_n = len(hp), len(cls_keys), len(grp_keys), len(codes)
    o_c, o_g, o_p, sink = m, m + c_n, m + c_n + g_n, m + c_n + g_n + p_n
    tails = np.concatenate(
        [np.arange(m), np.arange(m), o_c + bc, o_g + grp_id, o_p + np.arange(p_n), o_p + np.arange(p_n)]
    )
    heads = np.concatenate([o_p + hp, o_c + cls_id, o_g + bg, o_p + np.arange(p_n), np.full(2 * p_n, sink)])
    caps = np.concatenate([np.ones(2 * m), np.full(len(bc) + p_n, m), k, np.maximum(b - k, 0)]).astype(np.int64)
    costs = np.concatenate([np.zeros(2 * m + len(bc) + p_n), -np.ones(p_n), np.zeros(p_n)]).astype(np.int64)
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(tails.astype(np.int32), heads.astype(np.int32), caps, costs)
    flow.set_nodes_supplies(
        np.arange(sink + 1, dtype=np.int32),
        np.concatenate([np.ones(m), np.zeros(c_n + g_n + p_n), [-m]]).astype(np.int64),
    )
    assert flow.solve() == flow.OPTIMAL
    f = flow.flows(np.arange(len(tails), dtype=np.int32))
    within = f[2 * m + len(bc) + p_n : 2 * m + len(bc) + 2 * p_n]
    fill = int(within.sum() - np.minimum(b, k).sum())
    book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    ws = book.add_worksheet("Ringkasan")
    ws.write_row(0, 0, ["lowongan_terisi", fill])
    moved = np.flatnonzero(f[m : 2 * m] > 0)
    ws2 = book.add_worksheet("Pindah")
    ws2.write_row(0, 0, ["nip", "kode_jabatan_asal"])
    nips = peg["NIP"].astype(str).to_numpy()
    for r, e in enumerate(moved.tolist(), start=1):
        ws2.write_row(r, 0, [nips[e], codes[hp[e]]])
    book.close()
    print(f"reference fill {fill}")


def run_child(args: list[str], *, sample: bool = False) -> tuple[float, float, str, float, float]:
    """Run a child with stdout to a temp file (no pipe deadlock).

    Return wall s, its peak RSS MB (``os.wait4``: the largest of it and its own children), its
    output, with ``sample`` the peak of the PSS summed over it and its children (read every
    0.1 s from ``/proc``; 0 otherwise or where that cannot be read), and its CPU seconds (user +
    system, ``os.wait4``: it and the children it waited for). CPU against wall says how much of
    a gap is work and how much is waiting on one core: on 2 cores a run cannot take less wall
    time than half its CPU seconds. ``plan`` starts child
    processes of its own (``asn_mutasi/forked.py``): the summed PSS is its real memory, a forked
    child's pages that it still shares with its parent counted once. Reading ``smaps_rollup``
    walks the page tables and slowed the 100k plan by about 0.25 s, so the time of a sampled
    run is not the time to quote: :func:`main` samples in a separate run.
    """
    with tempfile.TemporaryFile(mode="w+") as sink:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=sink, stderr=subprocess.STDOUT, text=True)
        peak = [0.0]
        sampler = threading.Thread(target=_sample_pss, args=(proc, peak), daemon=True)
        if sample:
            sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if sample:
            sampler.join()
        sink.seek(0)
        out = sink.read()
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"child failed ({args[:4]}):\n{out}")
    return wall, usage.ru_maxrss / 1024, out, peak[0], usage.ru_utime + usage.ru_stime


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (Linux ``/proc/PID/task/TID/children``)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return out


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _sample_pss(proc: subprocess.Popen[str], peak: list[float]) -> None:
    while proc.returncode is None:
        peak[0] = max(peak[0], sum(_pss_kb(p) for p in _tree(proc.pid)) / 1024)
        time.sleep(0.1)


#: Ringkasan labels (prefixes) of the figures shown next to the plan's time
OUTCOME = {
    "fill": "Lowongan terisi oleh rencana",
    "bound": "Batas atas lowongan",
    "status": "Status penyelesaian",
    "secondary proven": "Urutan kedua",
    "pricing rounds": "Putaran pemeriksaan",
}


def outcome(workbook: Path) -> str:
    """Fill, bound and solver status from the plan workbook's Ringkasan (read after the timed run)."""
    from python_calamine import CalamineWorkbook

    if not workbook.exists():
        return "(no workbook)"
    rows = CalamineWorkbook.from_path(str(workbook)).get_sheet_by_name("Ringkasan").to_python()
    found = {}
    for row in rows:
        label = str(row[0]) if row else ""
        for key, prefix in OUTCOME.items():
            if label.startswith(prefix) and key not in found:
                value = row[1]
                found[key] = f"{value:g}" if isinstance(value, float) else str(value)
    return ", ".join(f"{k} {found[k]}" for k in OUTCOME if k in found)


def compile_package() -> str:
    """Byte-compile asn_mutasi as an installed package is, before any timed run; say what was done.

    ``pip install`` compiles a package's modules at install time and Python caches the
    bytecode of an editable checkout on first import, so a user's run loads bytecode, as
    the reference's libraries do. With ``PYTHONDONTWRITEBYTECODE`` set (as on our bench
    machine) nothing is cached and every timed ``plan`` would compile all of its modules
    from source again (~0.7 s a run, measured at 10k); the reference would not.
    """
    import compileall

    import asn_mutasi

    compileall.compile_dir(str(Path(asn_mutasi.__file__).parent), quiet=1)
    return f"asn_mutasi byte-compiled before timing (PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r})"


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--reference":
        reference(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    print(compile_package(), flush=True)
    args = sys.argv[1:]
    limits: list[tuple[str, int]] = []  # (plan option, value): each also timed against the unlimited plan
    while args[:1] in (["--batas-unit"], ["--min-pegawai"]):
        option = "--maks-pindah-per-unit" if args[0] == "--batas-unit" else "--min-pegawai-per-unit"
        limits.append((option, int(args[1])))
        args = args[2:]
    sizes = [int(a) for a in args] or [10_000, 100_000]
    for n in sizes:
        folder = HERE / "out" / f"sample_{n}"
        if not (folder / "pegawai.xlsx").exists():
            print(f"{n:>7,}: missing {folder} (python bench/make_roster.py --pegawai {n})")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            base = [sys.executable, "-m", "asn_mutasi", "-q", "rencana", str(folder / "pegawai.xlsx")]
            base += [str(folder / "peta_jabatan.xlsx"), "--tanggal", "2026-11-01"]
            t_plan, m_plan, _, _, cpu_plan = run_child([*base, "-o", f"{tmp}/rencana.xlsx"])
            pss_plan = run_child([*base, "-o", f"{tmp}/rencana_memori.xlsx"], sample=True)[3]
            got = outcome(Path(tmp) / "rencana.xlsx")
            ref_cmd = [sys.executable, __file__, "--reference", str(folder), f"{tmp}/ref.xlsx"]
            t_ref, m_ref, ref_out, _, cpu_ref = run_child(ref_cmd)
            limited = ""
            for k, (option, value) in enumerate(limits):
                lim_cmd = [*base, "-o", f"{tmp}/rencana_batas{k}.xlsx", option, str(value)]
                t_lim, m_lim, _, _, _ = run_child(lim_cmd)
                lim_mem = [*base, "-o", f"{tmp}/rencana_batas{k}_memori.xlsx", option, str(value)]
                pss_lim = run_child(lim_mem, sample=True)[3]
                what = outcome(Path(tmp) / f"rencana_batas{k}.xlsx")
                limited += (
                    f"\n{'':>16}plan {option} {value}: {t_lim:6.1f} s {m_lim:6.0f} MB "
                    f"(with children {pss_lim:.0f} MB) [{what}] | "
                    f"{t_lim / t_plan:4.1f}x the unlimited plan"
                )
        print(
            f"{n:>7,} pegawai: plan {t_plan:6.1f} s (CPU {cpu_plan:.1f} s) {m_plan:6.0f} MB "
            f"(with children {pss_plan:.0f} MB) [{got}] | reference {t_ref:5.1f} s (CPU {cpu_ref:.1f} s) "
            f"{m_ref:5.0f} MB [{ref_out.strip()}] | ratio {t_plan / t_ref:4.1f}x (CPU {cpu_plan / cpu_ref:.1f}x){limited}",
            flush=True,
        )


if __name__ == "__main__":
    main()
