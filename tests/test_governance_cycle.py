"""Issue 16, done-when: a full cycle on the sample (plan → decisions at each stage by different
named people, written into the workbook with openpyxl → apply) leaves a ledger that answers who
approved each move and when, verifies, and detects a tampered row; a sanction added to a mover
after the plan makes apply refuse that move and apply the rest only if the chain allows."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from cli_helpers import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, decide, expect, run, stdout_json

import asn_mutasi as am
from asn_mutasi.config import TAHAP
from asn_mutasi.io.writers import sha256_file
from asn_mutasi.ledger.report import history
from asn_mutasi.ledger.store import Ledger

TANGGAL = date(2026, 11, 1)
TMT = date(2027, 1, 1)
#: who decides at each stage (different people), their NIP and the document number they sign
REVIEWERS = {
    "Usulan OPD": ("Kepala Dinas Pengusul", "197001011995031001", "BA-OPD/01"),
    "Verifikasi BKD": ("Analis SDM BKD", "198002022005011002", "BA-BKD/02"),
    "Sidang Baperjakat": ("Ketua Baperjakat", "197503031998031003", "BA-BPJ/03"),
    "Persetujuan PPK": ("Bupati Sukamaju", "", "SK-800/123/2026"),
}


@pytest.fixture(scope="module")
def cycle(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("siklus")
    # seed 2: a small sample whose plan has vacancy chains
    sample = am.make_sample(output=folder / "data", pegawai=300, seed=2)
    names = {p.name: p for p in sample.files}
    pegawai, jabatan = names["pegawai.csv"], names["peta_jabatan.xlsx"]
    result = am.plan(pegawai=pegawai, jabatan=jabatan, output=folder / "rencana.xlsx", tanggal=TANGGAL)
    moves = result.plan.moves
    assert len(moves) >= 4, "the sample plan has too few moves for the cycle"
    return {"folder": folder, "pegawai": pegawai, "jabatan": jabatan, "plan": result, "moves": moves}


def stage_all(plan: Path, out: Path, *, stop: dict[str, str] | None = None, day: Any = None) -> Path:
    """Fill the Persetujuan sheet: every move Setuju at every stage, except ``stop`` (id → last stage); dated
    10..13-11-2026 by stage, or all ``day``."""
    wb = openpyxl.load_workbook(plan)
    ws = wb["Persetujuan"]
    col = {c.value: i for i, c in enumerate(ws[1])}
    for row in ws.iter_rows(min_row=2):
        mid, tahap = row[col["ID Mutasi"]].value, row[col["Tahap"]].value
        if stop and mid in stop and TAHAP.index(tahap) > TAHAP.index(stop[mid]):
            continue
        name, nip, nomor = REVIEWERS[tahap]
        row[col["Keputusan"]].value = "Setuju"
        row[col["Nama Penilai"]].value = name
        row[col["NIP Penilai"]].value = nip or None
        row[col["Tanggal"]].value = day or f"{10 + TAHAP.index(tahap):02d}-11-2026"
        row[col["Nomor Berita Acara/SK"]].value = nomor
    wb.save(out)
    return out


def single(moves: Any) -> list[str]:
    """Moves outside any vacancy chain (refusing one never overfills a post)."""
    return [m for m, r in zip(moves["id_mutasi"], moves["rantai"], strict=True) if not r]


@pytest.fixture(scope="module")
def applied(cycle: dict[str, Any]) -> dict[str, Any]:
    folder: Path = cycle["folder"]
    stopped = single(cycle["moves"])[0]
    decided = stage_all(folder / "rencana.xlsx", folder / "rencana_putus.xlsx", stop={stopped: "Sidang Baperjakat"})
    outcome = am.apply(
        rencana=decided, pegawai=cycle["pegawai"], tmt=TMT, output=folder / "pegawai_baru.csv", tanggal=TANGGAL
    )
    return {"outcome": outcome, "stopped": stopped, "decided": decided}


def test_only_moves_approved_at_the_final_stage_are_applied(cycle: dict[str, Any], applied: dict[str, Any]) -> None:
    outcome = applied["outcome"]
    assert outcome.ok, [f.message for f in outcome.result.findings]
    done = set(outcome.result.applied["id_mutasi"])
    assert applied["stopped"] not in done and len(done) == len(cycle["moves"]) - 1
    codes = {f.code for f in outcome.result.findings}
    assert "tahap-belum-final" in codes and "rencana-tanpa-tahap" not in codes
    stages = {r["id_mutasi"]: r for r in outcome.tahap}
    assert stages[applied["stopped"]]["tahap"] == "Sidang Baperjakat" and not stages[applied["stopped"]]["diterapkan"]
    other = next(iter(done))
    assert stages[other]["tahap"] == "Persetujuan PPK" and stages[other]["nomor_dokumen"] == "SK-800/123/2026"


def test_the_ledger_says_who_approved_each_move_when_and_on_which_data(
    cycle: dict[str, Any], applied: dict[str, Any]
) -> None:
    ledger_file = cycle["folder"] / "buku_besar_mutasi.sqlite"
    assert applied["outcome"].ledger_file == ledger_file
    moves = cycle["moves"]
    mid = next(m for m in moves["id_mutasi"] if m != applied["stopped"])
    nip = str(moves.set_index("id_mutasi").loc[mid, "nip"])
    with Ledger(ledger_file, create=False) as ledger:
        rows = history(ledger, nip=nip)
        check = ledger.verify()
    decided = [r for r in rows if r["jenis"] == "keputusan"]
    assert [(r["tahap"], r["nama_penilai"], r["tanggal"]) for r in decided] == [
        (t, REVIEWERS[t][0], f"2026-11-{10 + i:02d}") for i, t in enumerate(TAHAP)
    ]
    roster_hash = sha256_file(cycle["pegawai"])
    assert {r["sha256_pegawai"] for r in decided} == {roster_hash}
    assert {r["sha256_rencana"] for r in decided} == {sha256_file(applied["decided"])}
    sk = [r for r in rows if r["jenis"] == "mutasi"]
    assert len(sk) == 1 and sk[0]["nomor_dokumen"] == "SK-800/123/2026" and sk[0]["nama_penilai"] == "Bupati Sukamaju"
    assert check.ok


def test_cli_ledger_commands_list_show_verify_export_and_detect_tampering(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path
) -> None:
    ledger_file = tmp_path / "bb.sqlite"
    shutil.copy(cycle["folder"] / "buku_besar_mutasi.sqlite", ledger_file)
    rounds = stdout_json(expect(run("buku-besar", "putaran", "--buku-besar", ledger_file, "-f", "json"), EXIT_OK))
    assert len(rounds) == 1 and rounds[0]["mutasi_diterapkan"] == len(cycle["moves"]) - 1
    moves = cycle["moves"]
    nip = str(moves.loc[moves["id_mutasi"] != applied["stopped"], "nip"].iloc[0])
    shown = stdout_json(expect(run("buku-besar", "riwayat", nip, "--buku-besar", ledger_file, "-f", "json"), EXIT_OK))
    assert {r["nama_penilai"] for r in shown if r["jenis"] == "keputusan"} == {v[0] for v in REVIEWERS.values()}
    expect(run("buku-besar", "verifikasi", "--buku-besar", ledger_file), EXIT_OK)
    audit = tmp_path / "audit.xlsx"
    expect(run("buku-besar", "ekspor", "--buku-besar", ledger_file, "-o", audit), EXIT_OK)
    book = openpyxl.load_workbook(audit, read_only=True)
    assert {"Putaran", "Riwayat Mutasi", "Mutasi Diterapkan", "Semua Catatan", "Verifikasi"} <= set(book.sheetnames)
    # headers in words on every sheet (raw keys such as berkas_pegawai or nomor_sk were mixed in), and the refused
    # moves' sheet keeps its headers when nothing was refused (it was blank)
    for ws in book.worksheets:
        header = [c.value for c in next(ws.iter_rows(max_row=1))]
        assert header and not [h for h in header if isinstance(h, str) and "_" in h], (ws.title, header)
    refused_header = [c.value for c in next(book["Ditolak Pemeriksaan Ulang"].iter_rows(max_row=1))]
    assert refused_header[0] == "No. Catatan" and refused_header[2:5] == ["ID Putaran", "ID Mutasi", "NIP"]
    assert str(refused_header[1]).startswith("Waktu Dicatat (")  # the zone named (walk5, h28)
    applied_header = [c.value for c in next(book["Mutasi Diterapkan"].iter_rows(max_row=1))]
    assert applied_header[4:6] == ["NIP", "Nama"]  # who moved, beside the NIP (walk5, h28)
    # the round's figures are numbers an auditor can sum, its ids and hashes text (every cell was text: walkthrough)
    header, first = (list(r) for r in book["Putaran"].iter_rows(max_row=2, values_only=True))
    row = dict(zip(header, first, strict=True))
    assert row["Mutasi Diterapkan"] == len(cycle["moves"]) - 1 and isinstance(row["Lowongan Terisi"], int)
    assert isinstance(row["Indeks Ketimpangan Sebelum"], float) and isinstance(row["ID Putaran"], str)

    head = stdout_json(expect(run("buku-besar", "verifikasi", "--buku-besar", ledger_file, "-f", "json"), EXIT_OK))
    kept = tmp_path / "bb_ekor.sqlite"  # the last row deleted around the trigger: a valid, shorter chain
    shutil.copy(ledger_file, kept)
    conn = sqlite3.connect(kept)
    conn.execute("DROP TRIGGER catatan_tanpa_hapus")
    conn.execute("DELETE FROM catatan WHERE nomor = (SELECT max(nomor) FROM catatan)")
    conn.commit()
    conn.close()
    expect(run("buku-besar", "verifikasi", "--buku-besar", kept), EXIT_OK)  # the chain alone cannot tell
    noted = run(
        "buku-besar", "verifikasi", "--buku-besar", kept, "--hash-sebelumnya", head["hash_terakhir"], "-f", "json"
    )
    lost = stdout_json(expect(noted, EXIT_FINDINGS))
    assert lost["utuh"] is False and lost["hash_sebelumnya_hilang"] == head["hash_terakhir"]
    assert head["hash_terakhir"] in noted.stderr and "dihapus" in noted.stderr
    typo = run("buku-besar", "verifikasi", "--buku-besar", kept, "--hash-sebelumnya", "abc")
    assert expect(typo, EXIT_USAGE).stdout == "" and "SHA-256" in typo.stderr

    conn = sqlite3.connect(ledger_file)
    conn.execute("DROP TRIGGER catatan_tanpa_ubah")
    conn.execute("UPDATE catatan SET data = replace(data, 'Ketua Baperjakat', 'Orang Lain') WHERE jenis = 'keputusan'")
    conn.commit()
    broken = conn.execute("SELECT min(nomor) FROM catatan WHERE data LIKE '%Orang Lain%'").fetchone()[0]
    conn.close()
    result = expect(run("buku-besar", "verifikasi", "--buku-besar", ledger_file, "-f", "json"), EXIT_FINDINGS)
    payload = stdout_json(result)
    assert payload["utuh"] is False and payload["nomor_rusak"] == broken
    # the export of a broken chain holds every record and says where the chain breaks; it said "2 catatan" of an
    # export of 42 (hostile-input campaign, round 3)
    exported = run("buku-besar", "ekspor", "--buku-besar", ledger_file, "-o", tmp_path / "rusak.xlsx")
    said = " ".join(expect(exported, EXIT_FINDINGS).stderr.split())
    assert f"(semua catatan); rantai hash RUSAK mulai catatan {broken}" in said


def _with_sanction(source: Path, target: Path, nips: set[str]) -> Path:
    with source.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    col_nip, col_hd = rows[0].index("NIP"), rows[0].index("HUKUMAN DISIPLIN")
    for row in rows[1:]:
        if row[col_nip] in nips:
            row[col_hd] = "Hukuman disiplin sedang: penundaan kenaikan pangkat 1 tahun"
    with target.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return target


def test_a_sanction_after_the_plan_refuses_that_move_and_applies_the_rest(
    cycle: dict[str, Any], tmp_path: Path
) -> None:
    moves = cycle["moves"]
    target = single(moves)[0]
    nip = str(moves.set_index("id_mutasi").loc[target, "nip"])
    roster = _with_sanction(cycle["pegawai"], tmp_path / "pegawai_hukdis.csv", {nip})
    decided = stage_all(cycle["folder"] / "rencana.xlsx", tmp_path / "rencana.xlsx")
    ledger_file = tmp_path / "bb.sqlite"
    common: dict[str, Any] = {
        "rencana": decided,
        "pegawai": roster,
        "tmt": TMT,
        "tanggal": TANGGAL,
        "buku_besar": ledger_file,
    }

    refused = am.apply(output=tmp_path / "a.csv", **common)
    assert not refused.ok and "data-pegawai-berubah" in {f.code for f in refused.result.findings}
    assert not (tmp_path / "a.csv").exists()

    outcome = am.apply(output=tmp_path / "b.csv", abaikan_perubahan_data=True, **common)
    assert outcome.ok, [f.message for f in outcome.result.findings]
    codes = {f.code: f for f in outcome.result.findings}
    assert "mutasi-tidak-layak-lagi" in codes and target in codes["mutasi-tidak-layak-lagi"].message
    assert "hukuman disiplin" in codes["mutasi-tidak-layak-lagi"].message.lower()
    assert set(outcome.result.applied["id_mutasi"]) == set(moves["id_mutasi"]) - {target}
    # the refused move was approved: counted Setuju and apart, never as undecided ("kosong")
    counts = outcome.result.counts
    assert (counts["setuju"], counts["tidak_layak_lagi"], counts["kosong"]) == (len(moves), 1, 0)
    with Ledger(ledger_file, create=False) as ledger:
        runs = ledger.entries(jenis="penerapan")
        assert [r.data["abaikan_perubahan_data"] for r in runs] == [False, True]
        # both runs re-assessed the move (the first was refused as a whole for the changed roster)
        assert [r.id_mutasi for r in ledger.entries(jenis="penolakan")] == [target, target]


def test_a_sanctioned_mover_whose_seat_is_refilled_breaks_the_chain_and_nothing_is_written(
    cycle: dict[str, Any], tmp_path: Path
) -> None:
    moves = cycle["moves"]
    by_id = moves.set_index("id_mutasi")
    leaver = next(
        (
            m
            for m in moves["id_mutasi"]
            if (moves["kode_jabatan_tujuan"] == by_id.loc[m, "kode_jabatan_asal"]).any() and by_id.loc[m, "rantai"]
        ),
        None,
    )
    if leaver is None:
        pytest.skip("the sample plan has no vacancy chain")
    roster = _with_sanction(cycle["pegawai"], tmp_path / "pegawai_hukdis.csv", {str(by_id.loc[leaver, "nip"])})
    decided = stage_all(cycle["folder"] / "rencana.xlsx", tmp_path / "rencana.xlsx")
    out = tmp_path / "baru.csv"
    outcome = am.apply(
        rencana=decided,
        pegawai=roster,
        tmt=TMT,
        output=out,
        tanggal=TANGGAL,
        abaikan_perubahan_data=True,
        buku_besar=tmp_path / "bb.sqlite",
    )
    codes = {f.code for f in outcome.result.findings}
    assert not outcome.ok and {"mutasi-tidak-layak-lagi", "rencana-rantai-putus"} <= codes
    assert not out.exists() and not out.with_name("baru_SK.xlsx").exists()


def test_compare_shows_the_rounds_of_the_ledger(cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "evaluasi.xlsx"
    result = am.compare(
        sebelum=cycle["pegawai"],
        sesudah=cycle["folder"] / "pegawai_baru.csv",
        jabatan=cycle["jabatan"],
        buku_besar=cycle["folder"] / "buku_besar_mutasi.sqlite",
        output=out,
        tanggal=TANGGAL,
    )
    rounds = result.to_json()["putaran"]
    assert isinstance(rounds, list) and len(rounds) == 1
    assert (
        rounds[0]["mutasi_diterapkan"] == len(cycle["moves"]) - 1
        and rounds[0]["indeks_ketimpangan_sebelum"] is not None
    )
    ws = openpyxl.load_workbook(out)["Tren Putaran"]
    # printed as every other sheet: the round id whole, one landscape page wide, the header row on each page and the
    # sheet's name and page number in the footer (a fixed width of 18 cut the id; no page setup; walk2, h30)
    headers = {c.value: c.column_letter for c in ws[1]}
    assert ws.column_dimensions[headers["ID Putaran"]].width >= len(rounds[0]["id_putaran"]) + 2
    assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0) and ws.print_title_rows == "$1:$1"
    assert (ws.oddFooter.left.text, ws.oddFooter.right.text) == ("&A", "Halaman &P dari &N")
    longest = max(len(str(c.value)) / (ws.column_dimensions[c.column_letter].width - 2) for c in ws[1])
    assert ws.row_dimensions[1].height >= 15 * longest  # every line of the longest wrapped header


def test_compare_rounds_give_times_in_local_time_with_the_zone(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tren Putaran wrote the ledger's UTC text ("2026-12-05T09:34:53+00:00") under "Waktu Dicatat", its figures in
    General format (0.1088 beside 0,109 elsewhere) and had no filter; the terminal table showed the same UTC text
    (walk3, h31)."""
    import datetime as dt

    from asn_mutasi import formatting

    wit = dt.timezone(dt.timedelta(hours=9))
    monkeypatch.setattr(formatting, "local_zone", lambda now=None: (wit, "WIT"))
    out = tmp_path / "evaluasi.xlsx"
    ledger = cycle["folder"] / "buku_besar_mutasi.sqlite"
    result = am.compare(sebelum=cycle["pegawai"], sesudah=cycle["folder"] / "pegawai_baru.csv", buku_besar=ledger,
                        output=out, tanggal=TANGGAL)  # fmt: skip
    recorded = result.to_json()["putaran"][0]["waktu"]
    assert recorded.endswith("+00:00")  # JSON keeps the ledger's ISO text
    local = dt.datetime.fromisoformat(recorded).astimezone(wit).replace(tzinfo=None)
    ws = openpyxl.load_workbook(out)["Tren Putaran"]
    column = {c.value: c.column_letter for c in ws[1]}
    cell = ws[f"{column['Waktu Dicatat (WIT)']}2"]
    assert cell.value == local.replace(microsecond=0) and cell.number_format.startswith("dd-mm-yyyy")
    assert ws[f"{column['Indeks Ketimpangan Sebelum']}2"].number_format.startswith("0.000")
    assert ws[f"{column['Mutasi Diterapkan']}2"].number_format.startswith("#,##0")
    assert ws.auto_filter.ref == ws.dimensions
    assert formatting.display_value("waktu", recorded) == local.strftime("%d-%m-%Y %H:%M") + " WIT"


def test_letters_and_training_follow_the_final_stage_as_apply_does(cycle: dict[str, Any], tmp_path: Path) -> None:
    """``surat`` and ``diklat`` take the moves ``terapkan`` would apply: Setuju at the final stage (not the
    Keputusan column alone), and refuse a plan whose decisions conflict."""
    ids = [str(m) for m in cycle["moves"]["id_mutasi"]]
    inputs = {"pegawai": cycle["pegawai"], "jabatan": cycle["jabatan"], "tanggal": TANGGAL}
    staged = stage_all(cycle["folder"] / "rencana.xlsx", tmp_path / "tahap.xlsx", stop={ids[0]: "Sidang Baperjakat"})
    needs = am.training_needs(rencana=staged, **inputs)
    assert set(needs.lines["id_mutasi"].astype(str)) == set(ids[1:])  # the first stopped before the PPK
    letters = am.letters(rencana=staged, output=tmp_path / "surat", **inputs)
    assert {d["id_mutasi"] for d in letters.documents if d["id_mutasi"]} == set(ids[1:])

    wb = openpyxl.load_workbook(staged)
    ws = wb["Persetujuan"]
    col = {c.value: i for i, c in enumerate(ws[1])}
    for row in ws.iter_rows(min_row=2):
        if row[col["Tahap"]].value == "Persetujuan PPK":
            row[col["Keputusan"]].value = "Tolak"
            row[col["Nama Penilai"]].value = REVIEWERS["Persetujuan PPK"][0]
            row[col["Tanggal"]].value = "20-11-2026"
    wb.save(tmp_path / "ppk_tolak.xlsx")
    refused = run("surat", tmp_path / "ppk_tolak.xlsx", cycle["pegawai"], cycle["jabatan"], "-d", tmp_path / "tidak")
    assert "disetujui" in expect(refused, 1).stderr and not (tmp_path / "tidak").exists()  # as terapkan: exit 1
    conflict = decide(tmp_path / "ppk_tolak.xlsx", tmp_path / "bentrok.xlsx", {m: "Setuju" for m in ids})
    shown = expect(run("diklat", conflict, cycle["pegawai"], cycle["jabatan"]), 1)
    assert "Persetujuan PPK" in shown.stderr and shown.stdout == ""


def test_compare_counts_a_copied_plan_row_once_and_says_so(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(applied["decided"])
    ws = wb["Rencana Mutasi"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    ws.append(next(r for r in rows if r[0] != applied["stopped"]))  # an approved move's row copied below the others
    wb.save(tmp_path / "baris_ganda.xlsx")
    before = cycle["pegawai"]
    args = ("bandingkan", before, before, cycle["jabatan"], "-f", "json", *("--tanggal", "2026-11-01"))
    once = stdout_json(expect(run(*args, "--rencana", applied["decided"]), EXIT_OK))
    # its output whole, then exit 1: the copied row is a galat (rencana-baris-diubah; bandingkan --gagal-jika, walk3)
    twice = expect(run(*args, "--rencana", tmp_path / "baris_ganda.xlsx"), EXIT_FINDINGS)
    assert stdout_json(twice)["ringkasan"]["rencana_disetujui"] == once["ringkasan"]["rencana_disetujui"]
    assert "disetujui lebih dari sekali" in twice.stderr


def test_a_decision_typed_as_a_formula_without_its_result_is_named(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path
) -> None:
    """A program (not Excel) saved ``="Setuju"`` without its result: the cell reads blank, and the analyst is told."""
    wb = openpyxl.load_workbook(applied["decided"])
    ws = wb["Persetujuan"]
    col = {c.value: i for i, c in enumerate(ws[1])}
    row = next(r for r in ws.iter_rows(min_row=2) if r[col["Tahap"]].value == "Persetujuan PPK")
    row[col["Keputusan"]].value = '="Setuju"'
    wb.save(tmp_path / "rumus.xlsx")
    excel_row = row[0].row
    shown = expect(run("diklat", tmp_path / "rumus.xlsx", cycle["pegawai"], cycle["jabatan"], *TANGGAL_OPT), EXIT_OK)
    assert f"[rumus-tanpa-hasil] rumus.xlsx!Persetujuan baris {excel_row} kolom" in shown.stderr
    out = tmp_path / "baru.csv"
    args = ("terapkan", tmp_path / "rumus.xlsx", cycle["pegawai"], "-o", out, "--tmt", "01-01-2027", *TANGGAL_OPT)
    applied_run = expect(run(*args, "--buku-besar", tmp_path / "bb.sqlite"), EXIT_OK)
    assert "rumus-tanpa-hasil" in applied_run.stderr and "tahap-belum-final" in applied_run.stderr


def test_keputusan_cells_merged_over_rows_are_named_with_their_rows(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path
) -> None:
    """Keputusan merged over three rows of the Persetujuan sheet: only the first holds "Setuju", the other two read
    undecided; they were left so without a word (hostile3, h31)."""
    from openpyxl.utils import get_column_letter

    wb = openpyxl.load_workbook(applied["decided"])
    ws = wb["Persetujuan"]
    k = get_column_letter([c.value for c in ws[1]].index("Keputusan") + 1)
    ws.merge_cells(f"{k}3:{k}5")
    wb.save(tmp_path / "gabung.xlsx")
    shown = expect(run("diklat", tmp_path / "gabung.xlsx", cycle["pegawai"], cycle["jabatan"], *TANGGAL_OPT), EXIT_OK)
    assert f"[keputusan-sel-gabungan] gabung.xlsx!Persetujuan baris 4 kolom {k} (Keputusan)" in shown.stderr
    assert "2 baris (4, 5)" in shown.stderr
    untouched = expect(run("diklat", applied["decided"], cycle["pegawai"], cycle["jabatan"], *TANGGAL_OPT), EXIT_OK)
    assert "keputusan-sel-gabungan" not in untouched.stderr


TANGGAL_OPT = ("--tanggal", "2026-11-01")


@pytest.mark.parametrize(
    ("where", "code", "said"),
    [
        ("berkas.txt/bb.sqlite", EXIT_OUTPUT, "adalah berkas, bukan folder"),  # a file where a folder is needed
        ("x" * 300 + ".sqlite", EXIT_OUTPUT, "tidak dapat dipakai"),  # a name too long for the file system
        ("rencana.xlsx", EXIT_USAGE, "sama dengan berkas rencana"),  # the plan workbook itself
        (".", EXIT_INPUT, "adalah folder"),
    ],
)
def test_a_ledger_path_that_cannot_take_the_round_is_refused_before_the_plan_is_written(
    cycle: dict[str, Any], tmp_path: Path, where: str, code: int, said: str
) -> None:
    """Was exit 70 (FileExistsError, OSError) after the workbook was already written, with no round recorded."""
    (tmp_path / "berkas.txt").write_text("x", encoding="utf-8")
    output = tmp_path / "rencana.xlsx"
    args = ("rencana", cycle["pegawai"], cycle["jabatan"], "--tanggal", TANGGAL.isoformat(), "-o", output)
    result = expect(run(*args, "--buku-besar", tmp_path / where), code)
    assert said in result.stderr and "Kesalahan internal" not in result.stderr
    assert not output.exists()


def test_a_decision_dated_after_today_is_named(cycle: dict[str, Any], tmp_path: Path) -> None:
    """2099 typed for 2026 passed without a word (hostile-input campaign)."""
    decided = stage_all(cycle["folder"] / "rencana.xlsx", tmp_path / "rencana_2099.xlsx")
    wb = openpyxl.load_workbook(decided)
    ws = wb["Persetujuan"]
    col = {c.value: i for i, c in enumerate(ws[1])}
    ws.cell(2, col["Tanggal"] + 1, "13-11-2099")
    wb.save(decided)
    outcome = am.apply(
        rencana=decided, pegawai=cycle["pegawai"], tmt=TMT, output=tmp_path / "baru.csv", tanggal=TANGGAL,
        buku_besar=tmp_path / "bb.sqlite",
    )  # fmt: skip
    future = [f for f in outcome.result.findings if f.code == "tahap-tanggal-mendatang"]
    assert len(future) == 1 and future[0].location.row == 2 and "2099" in str(future[0].location.value)


def test_a_tmt_out_of_range_is_a_usage_error_and_one_before_the_plan_a_warning(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path
) -> None:
    """--tmt 01-01-1900 and 2200-01-01 were taken (the SK list carried 1900-01-01) while --tanggal 2200 was refused."""
    from datetime import date

    from asn_mutasi.errors import UsageError

    common: dict[str, Any] = {"rencana": applied["decided"], "pegawai": cycle["pegawai"], "tanggal": TANGGAL}
    for wrong in (date(1900, 1, 1), date(2200, 1, 1)):
        with pytest.raises(UsageError, match="TMT"):
            am.apply(tmt=wrong, output=tmp_path / "x.csv", **common)
    early = am.apply(tmt=date(2020, 1, 1), output=tmp_path / "awal.csv", buku_besar=tmp_path / "bb.sqlite", **common)
    assert "tmt-sebelum-rencana" in {f.code for f in early.result.findings}


def test_the_same_plan_applied_twice_is_named_and_its_moves_counted_once(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path
) -> None:
    """Applied again (another TMT), a plan gave no word and `putaran` counted its moves twice (hostile-input
    campaign: 907 "mutasi diterapkan" for a 91-move plan)."""
    import shutil
    from datetime import date

    from asn_mutasi.ledger.report import rounds

    ledger_file = tmp_path / "bb.sqlite"  # the round's ledger, holding its plan and the fixture's application
    shutil.copyfile(cycle["folder"] / "buku_besar_mutasi.sqlite", ledger_file)
    first = applied["outcome"]
    assert "rencana-sudah-diterapkan" not in {f.code for f in first.result.findings}
    again = am.apply(
        rencana=applied["decided"], pegawai=cycle["pegawai"], tanggal=TANGGAL, buku_besar=ledger_file,
        tmt=date(2027, 3, 1), output=tmp_path / "dua.csv",
    )  # fmt: skip
    said = [f for f in again.result.findings if f.code == "rencana-sudah-diterapkan"]
    assert len(said) == 1 and TMT.isoformat() in said[0].message
    with Ledger(ledger_file, create=False) as ledger:
        counted = [r["mutasi_diterapkan"] for r in rounds(ledger)]
        twice = len(ledger.entries(jenis="mutasi"))
    assert counted == [len(first.result.applied)] and twice == 2 * len(first.result.applied)


def test_a_decision_dated_before_the_plan_was_made_is_named(cycle: dict[str, Any], tmp_path: Path) -> None:
    """Every Persetujuan row dated 01-01-1990 was applied without a word (hostile-input campaign)."""
    from datetime import date

    decided = stage_all(cycle["folder"] / "rencana.xlsx", tmp_path / "rencana.xlsx", day=date(1990, 1, 1))
    outcome = am.apply(rencana=decided, pegawai=cycle["pegawai"], tmt=TMT, tanggal=TANGGAL)
    early = [f for f in outcome.result.findings if f.code == "tahap-tanggal-sebelum-rencana"]
    # one finding per stage and date (walk3, h27: one per row was 1,332 warnings), the date as every message writes it
    assert len(early) == 4
    assert all(f.location.sheet == "Persetujuan" and f.location.value == "01-01-1990" for f in early)


def test_decisions_dated_ahead_are_named_once_per_stage_date_against_the_reference_date(
    cycle: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`terapkan` gave one tahap-tanggal-mendatang per Persetujuan row (1,332 for four stage dates), judged against
    the computer's clock alone, with an ISO date (walk3, h27)."""
    from datetime import date

    import asn_mutasi.api.governance as governance

    class Clock(date):
        @classmethod
        def today(cls) -> Clock:
            return cls(2026, 12, 4)

    monkeypatch.setattr(governance, "date", Clock)
    decided = stage_all(cycle["folder"] / "rencana.xlsx", tmp_path / "rencana.xlsx")
    wb = openpyxl.load_workbook(decided)
    ws = wb["Persetujuan"]
    col = {c.value: i for i, c in enumerate(ws[1])}
    for row in ws.iter_rows(min_row=2):  # the four stages decided 10..13 December, after the clock's day
        cell = row[col["Tanggal"]]
        cell.value = str(cell.value).replace("-11-2026", "-12-2026")
    wb.save(decided)
    moves = ws.max_row - 1
    outcome = am.apply(rencana=decided, pegawai=cycle["pegawai"], tmt=TMT, tanggal=TANGGAL)
    ahead = [f for f in outcome.result.findings if f.code == "tahap-tanggal-mendatang"]
    assert [(f.location.row, f.location.value) for f in ahead] == [
        (2 + i, f"{10 + i}-12-2026") for i in range(4)
    ]  # each stage's first row (the sheet lists a move's four stages together)
    per_stage = moves // 4
    assert ahead[0].message.startswith(
        f"Keputusan tahap Usulan OPD bertanggal 10-12-2026, sesudah hari ini (04-12-2026), pada {per_stage} mutasi ("
    )
    # a run as of a day after every decision: none is ahead of it
    later = am.apply(rencana=decided, pegawai=cycle["pegawai"], tmt=TMT, tanggal=date(2026, 12, 31))
    assert "tahap-tanggal-mendatang" not in {f.code for f in later.result.findings}


def test_letters_carry_the_tmt_terapkan_recorded_and_the_final_stages_sk(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path
) -> None:
    """A walkthrough found a petikan saying TMT 1 Januari while terapkan (and the ledger) said 1 Maret, an SK number
    '[nomor]' although the PPK stage wrote one, and today's date as the SK date."""
    from docx import Document

    done = sorted(set(applied["outcome"].result.applied["id_mutasi"]))
    result = am.letters(
        rencana=applied["decided"], pegawai=cycle["pegawai"], jabatan=cycle["jabatan"], output=tmp_path / "surat",
        tanggal=date(2026, 12, 4),
    )  # fmt: skip
    petikan = Document(str(tmp_path / "surat" / f"petikan_{done[0]}.docx"))
    text = "\n".join(p.text for p in petikan.paragraphs)
    assert "1 Januari 2027" in text  # terapkan's TMT, from the ledger beside the plan
    assert "SK-800/123/2026" in text and "13 November 2026" in text  # the PPK stage's number and date
    assert "4 Desember 2026" not in text
    assert any("diambil dari buku besar" in n for n in result.notes)
    assert not any("([surat] nomor_sk) masih berisi petunjuk bawaan" in n for n in result.notes)
    # without the ledger: the month after the SK date, and the note says so
    alone = tmp_path / "lain"
    alone.mkdir()
    shutil.copy(applied["decided"], alone / "rencana.xlsx")
    other = am.letters(
        rencana=alone / "rencana.xlsx", pegawai=cycle["pegawai"], jabatan=cycle["jabatan"], output=alone / "surat",
        tanggal=date(2026, 12, 4),
    )  # fmt: skip
    text = "\n".join(p.text for p in Document(str(alone / "surat" / f"petikan_{done[0]}.docx")).paragraphs)
    assert "1 Desember 2026" in text and any("awal bulan setelah tanggal SK" in n for n in other.notes)


def test_a_plan_applied_to_its_own_result_says_why_nothing_applies_and_counts_each_refusal_once(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path
) -> None:
    """Applied to the roster it had written, a plan was refused with "Belum ada mutasi yang disetujui (… 85 kosong)
    … isi kolom Keputusan", the reasons last among 433 rows; each such run added every move to `putaran`'s "Ditolak"
    (252 for an 87-move plan after three runs) though all had been applied (walkthrough)."""
    import shutil

    from asn_mutasi.ledger.report import rounds

    ledger_file = tmp_path / "bb.sqlite"
    shutil.copyfile(cycle["folder"] / "buku_besar_mutasi.sqlite", ledger_file)
    new_roster = cycle["folder"] / "pegawai_baru.csv"
    assert applied["outcome"].ok and new_roster.exists()
    for _ in range(2):
        again = am.apply(
            rencana=applied["decided"], pegawai=new_roster, tmt=TMT, tanggal=TANGGAL, buku_besar=ledger_file
        )
        assert not again.ok
    rows = again.to_json()
    errors = [r["kode"] for r in rows if r["tingkat"] == "galat"]
    assert [r["kode"] for r in rows[: len(errors)]] == errors  # the reasons lead
    assert "persetujuan-tidak-layak-lagi" in errors and "rencana-belum-diputuskan" not in errors
    said = next(f for f in again.result.findings if f.code == "persetujuan-tidak-layak-lagi")
    assert "berbeda dari data saat rencana dibuat" in said.message
    with Ledger(ledger_file, create=False) as ledger:
        (row,) = rounds(ledger)
    assert (
        row["mutasi_diterapkan"] == len(applied["outcome"].result.applied)
        and row["mutasi_ditolak_pemeriksaan_ulang"] == 0
    )


def test_a_lone_warning_is_not_counted_away_behind_hundreds_of_one_kind(capsys: pytest.CaptureFixture[str]) -> None:
    """'rencana-sudah-diterapkan' was the 338th warning after 337 approvals dated in the future: the console said
    "… dan 338 temuan lain" and the analyst never saw it (walkthrough)."""
    from asn_mutasi.cli.console import warn_findings
    from asn_mutasi.findings import Location, make_finding

    many = [make_finding("tahap-tanggal-mendatang", Location(row=i), id_mutasi=f"M{i}", tahap="PPK", hari_ini="x")
            for i in range(30)]  # fmt: skip
    lone = make_finding(
        "rencana-sudah-diterapkan", Location(), jumlah=3, waktu="kemarin", tmt="2027-01-01", buku_besar="bb.sqlite"
    )
    warn_findings([*many, lone], shown=5)
    err = capsys.readouterr().err
    assert "rencana-sudah-diterapkan" in err and "… dan 26 temuan lain" in " ".join(err.split())


def _ledger_kinds(path: Path) -> dict[str, int]:
    with Ledger(path, create=False) as ledger:
        kinds: dict[str, int] = {}
        for e in ledger.entries():
            kinds[e.jenis] = kinds.get(e.jenis, 0) + 1
    return kinds


def test_a_rerun_with_the_same_tmt_records_the_run_but_not_its_moves_twice(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path
) -> None:
    """Taken for a cancel (Ctrl-C after the commit said "Dibatalkan."), the application was rerun with --timpa and
    the ledger grew from 176 to 264 records: the same 87 moves twice (hostile8 #5, h28)."""
    ledger_file = tmp_path / "bb.sqlite"
    shutil.copyfile(cycle["folder"] / "buku_besar_mutasi.sqlite", ledger_file)
    before = _ledger_kinds(ledger_file)
    again = am.apply(
        rencana=applied["decided"], pegawai=cycle["pegawai"], tanggal=TANGGAL, buku_besar=ledger_file,
        tmt=TMT, output=tmp_path / "ulang.csv",
    )  # fmt: skip
    assert again.ok and "rencana-sudah-diterapkan" in {f.code for f in again.result.findings}
    after = _ledger_kinds(ledger_file)
    assert after["mutasi"] == before["mutasi"] == len(applied["outcome"].result.applied)
    assert after["penerapan"] == before["penerapan"] + 1  # the rerun itself is recorded
    with Ledger(ledger_file, create=False) as ledger:
        assert ledger.verify().ok


def test_ctrl_c_at_the_commit_point_finishes_the_application_and_before_it_leaves_nothing(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Ctrl-C while the ledger was written (after the new roster and daftar SK) printed "Dibatalkan." with exit
    130 and everything committed; one while the daftar SK is written leaves no new roster (hostile8 #5, h28)."""
    import os
    import signal

    import asn_mutasi.api.governance as governance
    import asn_mutasi.io.rollout_workbooks as rollout_workbooks

    record = governance.record_apply

    def interrupted_record(*args: Any, **kwargs: Any) -> None:
        os.kill(os.getpid(), signal.SIGINT)  # arrives while the ledger is written
        record(*args, **kwargs)

    common: dict[str, Any] = {"rencana": applied["decided"], "pegawai": cycle["pegawai"], "tmt": TMT}
    ledger_file = tmp_path / "bb.sqlite"
    shutil.copyfile(cycle["folder"] / "buku_besar_mutasi.sqlite", ledger_file)
    monkeypatch.setattr(governance, "record_apply", interrupted_record)
    done = am.apply(output=tmp_path / "baru.csv", buku_besar=ledger_file, tanggal=TANGGAL, **common)
    assert done.ok and done.interrupted
    assert (tmp_path / "baru.csv").is_file() and (tmp_path / "baru_SK.xlsx").is_file()
    assert _ledger_kinds(ledger_file)["penerapan"] == 2  # the fixture's application and this one
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # restored

    monkeypatch.setattr(governance, "record_apply", record)
    fresh = tmp_path / "bb2.sqlite"
    shutil.copyfile(cycle["folder"] / "buku_besar_mutasi.sqlite", fresh)

    def stopped(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(rollout_workbooks, "write_sk_workbook", stopped)
    with pytest.raises(KeyboardInterrupt):
        am.apply(output=tmp_path / "batal.csv", buku_besar=fresh, tanggal=TANGGAL, **common)
    assert not (tmp_path / "batal.csv").exists() and not (tmp_path / "batal_SK.xlsx").exists()
    assert _ledger_kinds(fresh) == _ledger_kinds(cycle["folder"] / "buku_besar_mutasi.sqlite")


def test_ctrl_c_as_the_hold_ends_still_counts_as_held(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Ctrl-C held as the commit's hold ended (its handlers being restored) was neither raised nor reported:
    ``interrupted`` was read before the hold ended; the plan reads it after (review21, h36)."""
    import os
    import signal

    restore, landed = signal.signal, []

    def restoring(number: int, handler: Any) -> Any:
        if number == signal.SIGINT and handler is signal.default_int_handler and not landed:
            landed.append(number)
            os.kill(os.getpid(), signal.SIGINT)  # lands on the hold, just before it is taken down
        return restore(number, handler)

    ledger_file = tmp_path / "bb.sqlite"
    shutil.copyfile(cycle["folder"] / "buku_besar_mutasi.sqlite", ledger_file)
    monkeypatch.setattr(signal, "signal", restoring)
    done = am.apply(
        rencana=applied["decided"], pegawai=cycle["pegawai"], tmt=TMT, output=tmp_path / "baru.csv",
        buku_besar=ledger_file, tanggal=TANGGAL,
    )  # fmt: skip
    assert landed and done.ok and done.ledger_file == ledger_file
    assert done.interrupted


def test_ctrl_c_just_after_the_hold_keeps_the_recorded_application(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Ctrl-C just after the hold gave the handlers back, the application in the ledger, removed the new roster
    and the daftar SK the ledger recorded (the plan keeps its workbook there: hostile21, h35; review21, h36)."""
    import os
    import signal

    restore, landed = signal.signal, []

    def restored(number: int, handler: Any) -> Any:
        before = restore(number, handler)
        if number == signal.SIGINT and handler is signal.default_int_handler and not landed:
            landed.append(number)
            os.kill(os.getpid(), signal.SIGINT)  # lands just after the hold: a KeyboardInterrupt
        return before

    ledger_file = tmp_path / "bb.sqlite"
    shutil.copyfile(cycle["folder"] / "buku_besar_mutasi.sqlite", ledger_file)
    monkeypatch.setattr(signal, "signal", restored)
    try:
        done = am.apply(
            rencana=applied["decided"], pegawai=cycle["pegawai"], tmt=TMT, output=tmp_path / "baru.csv",
            buku_besar=ledger_file, tanggal=TANGGAL,
        )  # fmt: skip
    except KeyboardInterrupt:
        kept = (tmp_path / "baru.csv").exists()
        pytest.fail(f"stopped after the commit: roster kept {kept}, applications {_ledger_kinds(ledger_file)}")
    assert landed and done.interrupted and done.ledger_file == ledger_file
    assert (tmp_path / "baru.csv").is_file() and (tmp_path / "baru_SK.xlsx").is_file()
    assert _ledger_kinds(ledger_file)["penerapan"] == 2  # the fixture's application and this one


def test_ctrl_c_while_the_result_is_shown_says_the_application_is_done(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the commit, a Ctrl-C is no "Dibatalkan." (exit 130): the files and the ledger are named, exit 0
    (hostile8 #5, h28)."""
    import asn_mutasi.cli.apply_compare as apply_cli

    def cut(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    ledger_file = tmp_path / "bb.sqlite"
    shutil.copyfile(cycle["folder"] / "buku_besar_mutasi.sqlite", ledger_file)
    monkeypatch.setattr(apply_cli, "_report_apply", cut)
    result = run(
        "terapkan", str(applied["decided"]), str(cycle["pegawai"]), "-o", str(tmp_path / "baru.csv"),
        "--tmt", "01-01-2027", "--buku-besar", str(ledger_file), *TANGGAL_OPT,
    )  # fmt: skip
    expect(result, EXIT_OK)
    assert "Dibatalkan" not in result.stderr and "penerapan sudah selesai" in result.stderr
    assert "baru.csv" in result.stderr and "bb.sqlite" in result.stderr


def test_applying_into_a_ledger_without_the_plans_round_is_named(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path
) -> None:
    """`terapkan` without the --pengaturan that named the plan's ledger wrote a new ledger of 0 rounds and all the
    decisions, without a word; `surat` then took another TMT than the Daftar SK (walk5, h28). The ledger beside the
    plan, which holds its round, gives no such warning."""
    assert not [f for f in applied["outcome"].result.findings if f.code == "putaran-tidak-di-buku-besar"]
    other = tmp_path / "lain.sqlite"
    outcome = am.apply(
        rencana=applied["decided"], pegawai=cycle["pegawai"], tmt=TMT, output=tmp_path / "baru.csv", tanggal=TANGGAL,
        buku_besar=other,
    )  # fmt: skip
    (said,) = [f for f in outcome.result.findings if f.code == "putaran-tidak-di-buku-besar"]
    round_id = str(cycle["plan"].parameters["id_putaran"])
    assert said.location.value == round_id and round_id in said.message and str(other) in said.message


def test_a_stop_just_after_the_commit_keeps_the_files_the_ledger_names(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stop landing as the hold ended, after the ledger recorded the application, removed the new roster and the
    daftar SK the ledger named: a rerun was refused as applied twice, with no file to show (hostile22, h36)."""
    import contextlib
    from collections.abc import Iterator

    import asn_mutasi.io.writers as writers

    held = writers.signals_held

    @contextlib.contextmanager
    def stopped_as_released() -> Iterator[list[int]]:
        with held() as got:
            yield got
        raise KeyboardInterrupt  # lands the moment the handlers are restored

    monkeypatch.setattr(writers, "signals_held", stopped_as_released)
    ledger_file = tmp_path / "bb.sqlite"
    shutil.copyfile(cycle["folder"] / "buku_besar_mutasi.sqlite", ledger_file)
    new = tmp_path / "baru.csv"
    outcome = am.apply(
        rencana=applied["decided"], pegawai=cycle["pegawai"], tmt=TMT, output=new, buku_besar=ledger_file,
        tanggal=TANGGAL,
    )  # fmt: skip
    assert outcome.interrupted  # taken as a stop after the commit (review21, h36) ...
    assert _ledger_kinds(ledger_file)["penerapan"] == 2  # recorded ...
    assert new.is_file() and (tmp_path / "baru_SK.xlsx").is_file()  # ... and kept


def test_a_stop_just_after_apply_returned_names_what_is_kept(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A SIGTERM between apply's return and the CLI naming its files said "Dibatalkan." naming nothing, though the
    new roster, the daftar SK and the ledger record were kept: they are named at the commit now (hostile23, h36)."""
    import asn_mutasi.api.apply as api_apply
    from asn_mutasi.errors import Terminated

    commit = api_apply._commit

    def committed_then_stopped(*args: Any, **kwargs: Any) -> None:
        commit(*args, **kwargs)
        raise Terminated  # (lands as apply returns)

    monkeypatch.setattr(api_apply, "_commit", committed_then_stopped)
    ledger_file, new = tmp_path / "bb.sqlite", tmp_path / "baru.csv"
    shutil.copyfile(cycle["folder"] / "buku_besar_mutasi.sqlite", ledger_file)
    result = run(
        "terapkan", str(applied["decided"]), str(cycle["pegawai"]), "-o", str(new),
        "--tmt", "01-01-2027", "--buku-besar", str(ledger_file), *TANGGAL_OPT,
    )  # fmt: skip
    expect(result, 143)
    said = " ".join(result.stderr.split())
    assert f"data pegawai baru '{new}'; daftar SK '{tmp_path / 'baru_SK.xlsx'}'" in said, said
    assert f"catatan penerapan di buku besar '{ledger_file}' (jangan diulang)" in said
    assert new.is_file() and (tmp_path / "baru_SK.xlsx").is_file() and _ledger_kinds(ledger_file)["penerapan"] == 2


def test_a_stop_just_after_the_commit_without_a_ledger_keeps_and_names_the_files(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no ledger to record the run, a stop landing as the hold ended re-raised: "Dibatalkan." while the new
    roster and the daftar SK were kept (the hold had committed them); with no ledger the files are the commit
    (hostile24, h36)."""
    import contextlib
    from collections.abc import Iterator

    import asn_mutasi.api.governance as governance
    import asn_mutasi.io.writers as writers

    held = writers.signals_held

    @contextlib.contextmanager
    def stopped_as_released() -> Iterator[list[int]]:
        with held() as got:
            yield got
        raise KeyboardInterrupt  # lands the moment the handlers are restored

    monkeypatch.setattr(governance, "ledger_path", lambda *args: None)  # a run with no ledger
    monkeypatch.setattr(writers, "signals_held", stopped_as_released)
    new = tmp_path / "baru.csv"
    try:
        outcome = am.apply(rencana=applied["decided"], pegawai=cycle["pegawai"], tmt=TMT, output=new, tanggal=TANGGAL)
    except KeyboardInterrupt:
        pytest.fail(f"cancelled after the commit, the new roster kept: {new.is_file()}")
    assert outcome.ok and outcome.interrupted and outcome.ledger_file is None
    assert outcome.roster_file == new and new.is_file() and (tmp_path / "baru_SK.xlsx").is_file()


def test_an_application_with_timpa_that_the_ledger_cannot_record_leaves_no_new_roster(
    cycle: dict[str, Any], applied: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With --timpa the new roster and daftar SK replaced the earlier ones, the ledger then failed (a full disk): the
    files stayed behind, written but in no ledger, where ``plan`` removes a replaced workbook whose round no ledger
    has; one commit point for both now (dup27, h37)."""
    import asn_mutasi.api.governance as governance
    from asn_mutasi.errors import OutputError

    def full(*args: Any, **kwargs: Any) -> None:
        raise OutputError("Buku besar 'bb' tidak dapat ditulis: disk penuh")

    ledger_file, new, sk = tmp_path / "bb.sqlite", tmp_path / "baru.csv", tmp_path / "baru_SK.xlsx"
    shutil.copyfile(cycle["folder"] / "buku_besar_mutasi.sqlite", ledger_file)
    new.write_text("nip\n", encoding="utf-8")  # an earlier run's, replaced with --timpa
    sk.write_bytes(b"")
    monkeypatch.setattr(governance, "record_apply", full)
    with pytest.raises(OutputError):
        am.apply(
            rencana=applied["decided"], pegawai=cycle["pegawai"], tmt=TMT, output=new, buku_besar=ledger_file,
            tanggal=TANGGAL, overwrite=True,
        )  # fmt: skip
    assert not new.exists() and not sk.exists()
