"""``apply`` and ``compare``: close the loop from an approved plan; refuse broken chains and edits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from cli_helpers import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_USAGE,
    JABATAN_XLSX,
    PEGAWAI_XLSX,
    TANGGAL,
    decide,
    expect,
    plan_to,
    read_sheet_with_header,
    run,
    stdout_json,
)


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    # rotation-due people must move (--rotasi), so the sample plan contains vacancy chains
    path, payload, _ = plan_to(tmp_path_factory.mktemp("loop"), "--rotasi")
    return path, payload


def chains(payload: dict[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for m in payload["mutasi"]:
        if m["rantai"]:
            out.setdefault(m["rantai"], []).append(m["id_mutasi"])
    return out


def approve_singles(payload: dict[str, Any]) -> dict[str, str]:
    """Setuju every move outside a chain, Tolak every chained move (whole chains)."""
    return {m["id_mutasi"]: "Tolak" if m["rantai"] else "Setuju" for m in payload["mutasi"]}


@pytest.fixture(scope="module")
def applied(planned: tuple[Path, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    plan, payload = planned
    folder = tmp_path_factory.mktemp("applied")
    decisions = approve_singles(payload)
    decided = decide(plan, folder / "rencana_disetujui.xlsx", decisions)
    new = folder / "pegawai_baru.xlsx"
    result = expect(run("apply", decided, PEGAWAI_XLSX, "-o", new, "--tmt", "2027-01-01", "-f", "json", *TANGGAL), 0)
    return {"decided": decided, "new": new, "result": result, "decisions": decisions, "payload": payload}


def test_apply_writes_the_roster_and_the_sk_list(applied: dict[str, Any]) -> None:
    approved = [m for m in applied["payload"]["mutasi"] if applied["decisions"][m["id_mutasi"]] == "Setuju"]
    assert approved
    new: Path = applied["new"]
    sk_path = new.with_name(new.stem + "_SK.xlsx")
    assert new.exists() and sk_path.exists()
    sk = stdout_json(applied["result"])
    assert [r["nip"] for r in sk] == [m["nip"] for m in approved]
    assert {r["tmt"] for r in sk} == {"2027-01-01"}
    assert [r["nomor_urut"] for r in sk] == list(range(1, len(sk) + 1))
    assert f"Setuju {len(approved)}" in applied["result"].stderr

    # the new roster has the same shape, the approved movers in their new positions, others untouched
    before = read_sheet_with_header(PEGAWAI_XLSX, "NIP").set_index("NIP")
    after = read_sheet_with_header(new, "NIP").set_index("NIP")
    assert list(after.columns) == list(before.columns)
    assert set(after.index) == set(before.index)
    for m in approved:
        row = after.loc[m["nip"]]
        assert (row["JABATAN"], row["UNIT KERJA"], row["KODE JABATAN"]) == (
            m["jabatan_tujuan"],
            m["unit_tujuan"],
            m["kode_jabatan_tujuan"],
        )
    movers = {m["nip"] for m in approved}
    unchanged = [n for n in before.index if n not in movers]
    assert (after.loc[unchanged, "JABATAN"] == before.loc[unchanged, "JABATAN"]).all()


def test_compare_shows_the_approved_moves_realised(applied: dict[str, Any]) -> None:
    result = expect(
        run(
            "compare",
            PEGAWAI_XLSX,
            applied["new"],
            JABATAN_XLSX,
            "--rencana",
            applied["decided"],
            "-f",
            "json",
            *TANGGAL,
        ),
        EXIT_OK,
    )
    payload = stdout_json(result)
    approved = {i for i, d in applied["decisions"].items() if d == "Setuju"}
    realised = payload["realisasi_rencana"]
    assert {r["id_mutasi"] for r in realised} == approved
    assert all(r["terlaksana"] is True for r in realised)
    summary = payload["ringkasan"]
    assert summary["rencana_disetujui"] == summary["rencana_terlaksana"] == len(approved)
    assert summary["pindah"] == len(approved)
    assert summary["jumlah_pegawai_sebelum"] == summary["jumlah_pegawai_sesudah"] == 2000
    # one number per fact: compare's before/after vacancies are what `vacancies` reports on each roster
    # (whether approving only the unchained moves lowers the count depends on which optimal plan the
    # solver picked among ties, so the test does not assume it)
    for roster, key in ((PEGAWAI_XLSX, "lowongan_sebelum"), (applied["new"], "lowongan_sesudah")):
        rows = stdout_json(run("vacancies", roster, JABATAN_XLSX, "-f", "json", *TANGGAL))
        assert summary[key] == sum(int(r["lowongan"]) for r in rows)


def test_compare_without_the_moves_reports_them_unrealised(applied: dict[str, Any]) -> None:
    payload = stdout_json(
        expect(
            run("compare", PEGAWAI_XLSX, PEGAWAI_XLSX, "--rencana", applied["decided"], "-f", "json", *TANGGAL), EXIT_OK
        )
    )
    assert payload["ringkasan"]["pindah"] == 0
    assert not any(r["terlaksana"] for r in payload["realisasi_rencana"])


def test_broken_chain_is_refused_and_nothing_is_written(planned: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    plan, payload = planned
    # a chained move whose origin seat another approved move fills
    by_id = {m["id_mutasi"]: m for m in payload["mutasi"]}
    leaver = next(
        (
            i
            for ids in chains(payload).values()
            for i in ids
            for j in ids
            if by_id[j]["kode_jabatan_tujuan"] == by_id[i]["kode_jabatan_asal"]
        ),
        None,
    )
    assert leaver is not None, "the sample plan has no mutation chain"
    decisions = {m["id_mutasi"]: "Setuju" for m in payload["mutasi"]}
    decisions[leaver] = "Tolak"  # the holder stays, but the move into that seat is still approved
    decided = decide(plan, tmp_path / "putus.xlsx", decisions)
    new = tmp_path / "baru.xlsx"
    result = expect(run("apply", decided, PEGAWAI_XLSX, "-o", new, "--tmt", "2027-01-01", "-f", "json"), EXIT_FINDINGS)
    problems = stdout_json(result)
    assert "rencana-rantai-putus" in {p["kode"] for p in problems}
    assert not new.exists() and not new.with_name("baru_SK.xlsx").exists()
    assert "Data pegawai baru dan daftar SK tidak ditulis" in " ".join(result.stderr.split())


def test_edited_row_is_refused(planned: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    plan, payload = planned
    decisions = approve_singles(payload)
    target = next(i for i, d in decisions.items() if d == "Setuju")
    decided = decide(plan, tmp_path / "diubah.xlsx", decisions, edit={target: {"Unit Kerja Tujuan": "Dinas Lain"}})
    new = tmp_path / "baru.xlsx"
    result = expect(run("apply", decided, PEGAWAI_XLSX, "-o", new, "--tmt", "2027-01-01", "-f", "json"), EXIT_FINDINGS)
    problems = stdout_json(result)
    assert any(p["kode"] == "rencana-baris-diubah" and target in p["pesan"] for p in problems)
    assert not new.exists()
    # the galat on stderr too: with stdout redirected they were only "Rencana ditolak: 1 galat" (walkthrough, h24)
    assert "rencana-baris-diubah" in result.stderr and target in result.stderr


def test_compare_with_an_edited_plan_row_exits_1_after_its_output(
    planned: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    """bandingkan --rencana reported rencana-baris-diubah (galat) and exited 0, so a scheduled evaluation passed on a
    plan whose rows were edited; it now exits 1 at --gagal-jika (bawaan galat), as periksa does (walk3, h31)."""
    plan, payload = planned
    decisions = approve_singles(payload)
    target = next(i for i, d in decisions.items() if d == "Setuju")
    decided = decide(plan, tmp_path / "diubah.xlsx", decisions, edit={target: {"Unit Kerja Tujuan": "Dinas Lain"}})
    args = ("bandingkan", PEGAWAI_XLSX, PEGAWAI_XLSX, "--rencana", decided, "-f", "json", *TANGGAL)
    result = expect(run(*args), EXIT_FINDINGS)
    body = stdout_json(result)  # the comparison is still written in full
    assert "rencana-baris-diubah" in {f["kode"] for f in body["temuan"]} and body["ringkasan"]
    assert "rencana-baris-diubah" in result.stderr
    expect(run(*args, "--gagal-jika", "tidak-pernah"), EXIT_OK)


def test_invalid_decision_is_refused(planned: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    plan, payload = planned
    decisions = approve_singles(payload)
    target = next(iter(decisions))
    decisions[target] = "Mungkin"
    decided = decide(plan, tmp_path / "ragu.xlsx", decisions)
    result = expect(
        run("apply", decided, PEGAWAI_XLSX, "-o", tmp_path / "b.xlsx", "--tmt", "2027-01-01", "-f", "json"),
        EXIT_FINDINGS,
    )
    assert "rencana-keputusan-tidak-valid" in {p["kode"] for p in stdout_json(result)}


def test_apply_refuses_to_overwrite_and_needs_tmt(applied: dict[str, Any]) -> None:
    new: Path = applied["new"]
    before = new.read_bytes()
    expect(run("apply", applied["decided"], PEGAWAI_XLSX, "-o", new, "--tmt", "2027-01-01"), EXIT_OUTPUT)
    assert new.read_bytes() == before
    expect(run("apply", applied["decided"], PEGAWAI_XLSX, "-o", new), EXIT_USAGE)
    expect(run("apply", applied["decided"], "-", "-o", new, "--tmt", "2027-01-01"), EXIT_USAGE)


def test_sk_workbook_is_readable(applied: dict[str, Any]) -> None:
    new: Path = applied["new"]
    wb = openpyxl.load_workbook(new.with_name(new.stem + "_SK.xlsx"), read_only=True)
    rows = [r for r in wb.worksheets[0].iter_rows(values_only=True) if any(v is not None for v in r)]
    sk = stdout_json(applied["result"])
    assert len(rows) >= len(sk) + 1


def test_undecided_plan_is_refused_and_nothing_is_written(planned: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    plan, _payload = planned
    new = tmp_path / "baru.xlsx"
    result = expect(run("apply", plan, PEGAWAI_XLSX, "-o", new, "--tmt", "01-01-2027", "-f", "json"), EXIT_FINDINGS)
    assert [p["kode"] for p in stdout_json(result)] == ["rencana-belum-diputuskan"]
    assert not new.exists() and not (tmp_path / "baru_SK.xlsx").exists()


def test_a_refused_apply_says_its_ledger_record(planned: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    """A refused run is recorded in the audit ledger (berhasil false), yet it said "Tidak ada berkas yang ditulis":
    the message names the record and that the roster and daftar SK were not written (hostile15, h34)."""
    plan, _payload = planned
    new, ledger = tmp_path / "baru.xlsx", tmp_path / "buku_besar.sqlite"
    result = expect(run("apply", plan, PEGAWAI_XLSX, "-o", new, "--tmt", "01-01-2027", "--buku-besar", ledger), 1)
    assert ledger.exists() and not new.exists()
    assert "Tidak ada berkas yang ditulis" not in result.stderr
    said = " ".join(result.stderr.split())
    assert "Data pegawai baru dan daftar SK tidak ditulis; penolakan ini dicatat di buku besar" in said


def test_compare_refuses_an_output_name_that_is_not_a_workbook(tmp_path: Path) -> None:
    # `-o x.csv` used to write the comparison workbook (a zip) under a .csv name
    target = tmp_path / "banding.csv"
    result = expect(run("compare", PEGAWAI_XLSX, PEGAWAI_XLSX, "-o", target, *TANGGAL), EXIT_USAGE)
    assert "xlsx" in result.stderr
    assert not target.exists()


def test_apply_writes_nothing_when_the_sk_list_cannot_be_written(applied: dict[str, Any], tmp_path: Path) -> None:
    """Both outputs are checked before either is written (hostile-input campaign: an existing SK list, the plan
    itself or the new roster as --sk left a new roster written and the application unrecorded)."""
    decided: Path = applied["decided"]
    plan_bytes = decided.read_bytes()
    new = tmp_path / "baru.xlsx"
    (tmp_path / "baru_SK.xlsx").write_bytes(b"lama")
    base = ("apply", decided, PEGAWAI_XLSX, "--tmt", "2027-01-01", *TANGGAL)
    expect(run(*base, "-o", new), EXIT_OUTPUT)  # the SK list exists, no --timpa
    assert not new.exists() and (tmp_path / "baru_SK.xlsx").read_bytes() == b"lama"
    expect(run(*base, "-o", new, "--sk", new), EXIT_USAGE)  # one file for both
    assert not new.exists()
    expect(run(*base, "-o", new, "--sk", decided, "--timpa"), EXIT_OUTPUT)  # the approved plan is an input
    assert decided.read_bytes() == plan_bytes and not new.exists()
    expect(run("diklat", decided, PEGAWAI_XLSX, JABATAN_XLSX, "-o", decided, "--timpa", *TANGGAL), EXIT_OUTPUT)
    assert decided.read_bytes() == plan_bytes


def test_compare_accounts_for_the_rows_it_cannot_compare(tmp_path: Path) -> None:
    """A row whose NIP broke between the two files is left out by validation: the summary counts it and stderr says
    why the person may read as keluar (hostile-input campaign: three such people were reported as having left)."""
    from cli_helpers import write_csv

    header = ("NIP", "NAMA", "JABATAN", "UNIT KERJA")
    people = [("198001012005011001", "Budi", "Analis", "BKD"), ("198101012006042002", "Sari", "Analis", "BKD")]
    before = write_csv(tmp_path / "sebelum.csv", header, people)
    after = write_csv(tmp_path / "sesudah.csv", header, [people[0], ("19810101200604200", "Sari", "Analis", "BKD")])
    result = expect(run("bandingkan", before, after, "-f", "json", *TANGGAL), EXIT_OK)
    summary = stdout_json(result)["ringkasan"]
    if isinstance(summary, list):
        summary = summary[0]
    assert (summary["baris_dikecualikan_sebelum"], summary["baris_dikecualikan_sesudah"]) == (0, 1)
    assert summary["keluar"] == 1  # Sari reads as keluar: said on stderr, not silently
    assert "1 baris data sesudah dikecualikan" in result.stderr


def test_compare_with_instansi_counts_no_other_agency_row_as_left_out(tmp_path: Path) -> None:
    from cli_helpers import write_csv

    header = ("NIP", "NAMA", "JABATAN", "UNIT KERJA", "INSTANSI")
    people = [("198001012005011001", "Budi", "Analis", "BKD", "Pemerintah Kabupaten Alpha"),
              ("198101012006042002", "Sari", "Analis", "BKD", "Pemerintah Kabupaten Beta")]  # fmt: skip
    roster = write_csv(tmp_path / "pegawai.csv", header, people)
    args = ("bandingkan", roster, roster, "--instansi", "Pemerintah Kabupaten Alpha", "-f", "json", *TANGGAL)
    summary = stdout_json(expect(run(*args), EXIT_OK))["ringkasan"]
    if isinstance(summary, list):
        summary = summary[0]
    assert (summary["baris_dikecualikan_sebelum"], summary["baris_dikecualikan_sesudah"]) == (0, 0)


def test_compare_refuses_a_roster_without_jabatan_or_unit(tmp_path: Path) -> None:
    """Read without jabatan and unit (the roster terapkan wrote from a two-row header had them unmapped), bandingkan
    reported all 100 people as moved, exit 0 (hostile-input campaign); who moved is read from them."""
    from cli_helpers import EXIT_INPUT, write_csv

    people = [("198001012005011001", "Budi", "Analis", "BKD"), ("198101012006042002", "Sari", "Pengelola", "BKD")]
    before = write_csv(tmp_path / "sebelum.csv", ("NIP", "NAMA", "JABATAN", "UNIT KERJA"), people)
    nameless = write_csv(tmp_path / "tanpa.csv", ("NIP", "NAMA", "KETERANGAN"), [(p[0], p[1], "-") for p in people])
    refused = expect(run("bandingkan", before, nameless, *TANGGAL), EXIT_INPUT)
    assert "Jabatan (jabatan), Unit Kerja (unit_kerja) tidak ada" in refused.stderr and not refused.stdout


def test_compare_writes_the_table_asked_for_as_csv(applied: dict[str, Any]) -> None:
    """`bandingkan -f csv` printed only the per-unit table: the moves could not reach a pipeline (hostile-input
    campaign). `--tabel` picks the table; the CSV is exactly the JSON's list."""
    import csv
    import io

    args = ("compare", PEGAWAI_XLSX, applied["new"], JABATAN_XLSX, "--rencana", applied["decided"], *TANGGAL)
    payload = stdout_json(expect(run(*args, "-f", "json"), EXIT_OK))
    for word, key in (("pindah", "pindah"), ("realisasi-rencana", "realisasi_rencana"), (None, "per_unit")):
        chosen = ("--tabel", word) if word else ()
        result = expect(run(*args, "-f", "csv", *chosen), EXIT_OK)
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert len(rows) == len(payload[key]) > 0, key
        assert list(rows[0]) == list(payload[key][0]), key
    moved = list(csv.DictReader(io.StringIO(expect(run(*args, "-f", "csv", "--tabel", "pindah"), EXIT_OK).stdout)))
    assert {r["nip"] for r in moved} == {str(r["nip"]) for r in payload["pindah"]}
    # an empty table asked for still says which table it is (its header), not nothing at all
    empty = expect(run("compare", PEGAWAI_XLSX, PEGAWAI_XLSX, "-f", "csv", "--tabel", "masuk", *TANGGAL), EXIT_OK)
    assert empty.stdout.splitlines()[0].startswith("nip")
    refused = run("compare", PEGAWAI_XLSX, PEGAWAI_XLSX, "-f", "csv", "--tabel", "indikator", *TANGGAL)
    assert refused.exit_code == EXIT_USAGE and "--indikator" in refused.stderr and not refused.stdout


def test_the_terminal_table_shows_both_ej_classes(applied: dict[str, Any]) -> None:
    """The per-unit table showed "Kelas EJ Sebelum" but not "Kelas EJ Sesudah" at any width: a unit going C → A could
    not be seen on a terminal (walkthrough)."""
    result = expect(
        run("compare", PEGAWAI_XLSX, applied["new"], JABATAN_XLSX, "-f", "tabel", *TANGGAL, env={"COLUMNS": "300"}),
        EXIT_OK,
    )
    assert "Kelas EJ Sebelum" in result.stdout and "Kelas EJ Sesudah" in result.stdout


def test_compare_counts_no_honorer_or_cltn_row_as_left_out_for_a_fault(tmp_path: Path) -> None:
    """`bandingkan` warned that non-ASN and CLTN rows were excluded as "NIP rusak, kolom wajib kosong" and "may read
    as arrivals or departures" (walkthrough, h26): they are out of scope in both files, not faults."""
    from cli_helpers import write_csv

    header = ("NIP", "NAMA", "JABATAN", "UNIT KERJA", "STATUS", "KEDUDUKAN HUKUM")
    people = [("198001012005011001", "Budi", "Analis", "BKD", "PNS", "Aktif"),
              ("", "Tono", "Pengemudi", "BKD", "Honorer", ""),
              ("198101012006042002", "Sari", "Analis", "BKD", "PNS", "CLTN")]  # fmt: skip
    roster = write_csv(tmp_path / "pegawai.csv", header, people)
    result = expect(run("bandingkan", roster, roster, "-f", "json", *TANGGAL), EXIT_OK)
    summary = stdout_json(result)["ringkasan"]
    assert (summary["baris_dikecualikan_sebelum"], summary["baris_dikecualikan_sesudah"]) == (0, 0)
    assert "NIP rusak" not in result.stderr


def test_compare_with_a_before_roster_of_another_instansi_counts_no_move_and_says_why(
    applied: dict[str, Any], tmp_path: Path
) -> None:
    """ "sebelum" from another kabupaten: 87 approved moves "terlaksana" beside 1,999 people in and out, no finding
    (hostile8 #6, h28); terapkan, surat and diklat refuse that pair."""
    import asn_mutasi as am

    am.make_sample(output=tmp_path, pegawai=200, seed=7)
    args = ("compare", tmp_path / "pegawai.xlsx", applied["new"], "--rencana", applied["decided"], "-f", "json")
    result = expect(run(*args, *TANGGAL), EXIT_OK)
    payload = stdout_json(result)
    approved = {i for i, d in applied["decisions"].items() if d == "Setuju"}
    assert payload["ringkasan"]["rencana_disetujui"] == len(approved)
    assert payload["ringkasan"]["rencana_terlaksana"] == 0
    assert {r["status"] for r in payload["realisasi_rencana"]} == {"tidak_di_sebelum"}
    said = [line for line in result.stderr.splitlines() if "[rencana-bukan-dari-sebelum]" in line]
    assert len(said) == 1 and f"{len(approved)} dari {len(approved)} NIP" in said[0]


def test_compare_caps_its_findings_on_stderr_as_apply_and_surat_do(
    applied: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """bandingkan printed every finding on stderr, one line each (121 lines with --indikator), while terapkan, surat
    and diklat show ten and count the rest (walk6 #3, h29)."""
    import asn_mutasi.api.compare as api_compare
    from asn_mutasi.findings import Location, make_finding

    real = api_compare.compare

    def with_flags(**kwargs: Any) -> Any:
        result = real(**kwargs)
        result.findings += [
            make_finding(
                "layanan-memburuk",
                Location(file="indikator.xlsx", row=r),
                unit_kerja=f"Unit {r}",
                kepegawaian="+1",
                indikator="IKM",
                sebelum="80",
                sesudah="70",
            )
            for r in range(2, 17)
        ]
        return result

    monkeypatch.setattr(api_compare, "compare", with_flags)
    result = expect(run("compare", PEGAWAI_XLSX, applied["new"], JABATAN_XLSX, "-f", "json", *TANGGAL), EXIT_OK)
    lines = [line for line in result.stderr.splitlines() if "[layanan-memburuk]" in line]
    assert len(lines) == 10
    assert "… dan 5 temuan lain (semua temuan: -f json)." in result.stderr
    assert len(stdout_json(result)["temuan"]) == 15  # all of them in the JSON


def test_a_ledger_named_as_an_output_or_an_input_is_a_usage_error(applied: dict[str, Any], tmp_path: Path) -> None:
    """``--buku-besar`` equal to -o, --sk or the roster was called a damaged ledger (exit 3) with a hint to restore
    it from a backup, for a file that was never one; ``rencana`` calls the same clash a usage error (hostile10,
    h29). Nothing is written."""
    new, sk = tmp_path / "baru.csv", tmp_path / "sk.xlsx"
    base = ("apply", applied["decided"], PEGAWAI_XLSX, "--tmt", "2027-01-01", *TANGGAL)
    for extra, what in (
        (("-o", new, "--buku-besar", new), "data pegawai baru (-o)"),
        (("-o", new, "--sk", sk, "--buku-besar", sk), "daftar SK (--sk)"),
        (("-o", new, "--buku-besar", PEGAWAI_XLSX), "data pegawai:"),
        (("-o", new, "--buku-besar", applied["decided"]), "buku kerja rencana"),
    ):
        said = expect(run(*base, *extra), EXIT_USAGE)
        assert f"sama dengan {what}" in said.stderr and "cadangan" not in said.stderr
        assert not new.exists() and not sk.exists()


def test_a_ledger_in_a_missing_folder_is_refused_not_made(applied: dict[str, Any], tmp_path: Path) -> None:
    """``--buku-besar nope/bb.sqlite`` made the folder without a word (exit 0), where ``-o`` into a missing folder
    is exit 5 and the ledger's own hint says its folder must exist (hostile10, h29). Nothing is written."""
    from asn_mutasi.errors import OutputError
    from asn_mutasi.ledger.store import Ledger

    ledger, new = tmp_path / "tidak_ada" / "bb.sqlite", tmp_path / "baru.csv"
    base = ("apply", applied["decided"], PEGAWAI_XLSX, "--tmt", "2027-01-01", *TANGGAL)
    said = expect(run(*base, "-o", new, "--buku-besar", ledger), EXIT_OUTPUT)
    assert f"folder '{ledger.parent}' tidak ada" in " ".join(said.stderr.split())
    assert not ledger.parent.exists() and not new.exists()
    with pytest.raises(OutputError, match="tidak ada"):
        Ledger(ledger)
    assert not ledger.parent.exists()
