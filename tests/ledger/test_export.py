"""The audit export (``buku-besar ekspor``): printable sheets, dates as date cells, columns in the order of a move,
and the reviewers' Tolak/Tunda decisions on a sheet of their own (walk5 #6, h28)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from asn_mutasi.ledger import export
from asn_mutasi.ledger.report import history, rounds, stopped_moves
from asn_mutasi.ledger.store import KEPUTUSAN, MUTASI, PUTARAN, Ledger, NewEntry

UTC_STAMP = dt.datetime(2026, 12, 5, 2, 9, 59, tzinfo=dt.UTC)
WIT = dt.timezone(dt.timedelta(hours=9))


def _decision(mid: str, tahap: str, keputusan: str, nomor: str = "") -> NewEntry:
    data = {
        "tahap": tahap,
        "keputusan": keputusan,
        "nama_penilai": f"Penilai {tahap}",
        "nip_penilai": "197805142005011003",
        "tanggal": "2026-12-10",
        "nomor_dokumen": nomor,
        "catatan": "",
        "berkas_rencana": "rencana_setuju.xlsx",
    }
    return NewEntry(KEPUTUSAN, data, id_putaran="P1", id_mutasi=mid, nip=f"19900101201503100{mid[-1]}")


def _applied(mid: str) -> NewEntry:
    data = {
        "berkas_rencana": "rencana_setuju.xlsx",
        "sha256_rencana": "ab" * 32,
        "nama": "Ratna Sulistyo",
        "jabatan_asal": "Penata Layanan Operasional",
        "unit_asal": "Dinas Perikanan | Sekretariat",
        "kode_jabatan_asal": "O04-008",
        "jabatan_tujuan": "Pengolah Data",
        "unit_tujuan": "Badan Pendapatan Daerah | Sekretariat",
        "kode_jabatan_tujuan": "O21-005",
        "tmt": "2027-01-01",
        "tahap": "Persetujuan PPK",
        "nama_penilai": "Bupati",
        "nip_penilai": "",
        "tanggal": "2026-12-15",
        "nomor_sk": "800.1.3.3/512/BKPSDM/2026",
        "sha256_pegawai": "cd" * 32,
    }
    return NewEntry(MUTASI, data, id_putaran="P1", id_mutasi=mid, nip=f"19900101201503100{mid[-1]}")


@pytest.fixture
def ledger_file(tmp_path: Path) -> Path:
    """One round: M1 refused at Baperjakat (PPK blank), M2 put off at PPK, M3 refused at Baperjakat but approved by
    the PPK and applied, M4 approved and applied (the walk5 cycle's M0003 and M0008)."""
    path = tmp_path / "bb.sqlite"
    with Ledger(path) as ledger:
        ledger.append([NewEntry(PUTARAN, {"ringkasan": {"pindah": 4}}, id_putaran="P1")], waktu=UTC_STAMP)
        ledger.append(
            [
                _decision("M1", "Verifikasi BKD", "Setuju"),
                _decision("M1", "Sidang Baperjakat", "Tolak", "BA-01"),
                _decision("M2", "Sidang Baperjakat", "Setuju"),
                _decision("M2", "Persetujuan PPK", "Tunda", "SK-01"),
                _decision("M3", "Sidang Baperjakat", "Tolak"),
                _decision("M3", "Persetujuan PPK", "Setuju"),
                _decision("M4", "Persetujuan PPK", "Setuju"),
                _applied("M3"),
                _applied("M4"),
            ],
            waktu=UTC_STAMP,
        )
    return path


def test_reviewers_tolak_and_tunda_are_the_stopped_moves_and_counted_per_round(ledger_file: Path) -> None:
    """A Baperjakat Tolak and a PPK Tunda were in no sheet and the round showed 0 refused (walk5 #6, h28); a Tolak
    overruled by a PPK Setuju that was applied is not a stopped move."""
    with Ledger(ledger_file) as ledger:
        stopped = stopped_moves(ledger.entries())
        (row,) = rounds(ledger)
    assert [(r["id_mutasi"], r["tahap"], r["keputusan"], r["nomor_dokumen"]) for r in stopped] == [
        ("M1", "Sidang Baperjakat", "Tolak", "BA-01"),
        ("M2", "Persetujuan PPK", "Tunda", "SK-01"),
    ]
    assert (
        row["keputusan_tolak_tunda"] == 2
        and row["mutasi_ditolak_pemeriksaan_ulang"] == 0
        and row["mutasi_diterapkan"] == 2
    )


def test_export_is_printable_dated_ordered_and_names_what_each_refusal_sheet_holds(
    ledger_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """walk5 #6 (h28): no page setup (246 pages), ISO/UTC text for times and dates, alphabetical columns without a
    name, and an empty "Mutasi Ditolak" beside a Baperjakat Tolak."""
    monkeypatch.setattr(export, "_zone", lambda: (WIT, "WIT"))
    out = tmp_path / "audit.xlsx"
    with Ledger(ledger_file) as ledger:
        export.export_ledger(ledger, out)
    book = openpyxl.load_workbook(out)
    assert "Mutasi Ditolak" not in book.sheetnames
    stopped = [list(r) for r in book["Keputusan Tolak dan Tunda"].iter_rows(values_only=True)]
    assert stopped[0][:5] == ["ID Putaran", "ID Mutasi", "NIP", "Tahap", "Keputusan"]
    assert [(r[1], r[3], r[4]) for r in stopped[1:]] == [
        ("M1", "Sidang Baperjakat", "Tolak"),
        ("M2", "Persetujuan PPK", "Tunda"),
    ]
    assert [c.value for c in book["Ditolak Pemeriksaan Ulang"][1]][:3] == [
        "No. Catatan",
        "Waktu Dicatat (WIT)",
        "ID Putaran",
    ]
    applied = book["Mutasi Diterapkan"]
    header = [c.value for c in applied[1]]
    # the units recorded as "OPD | unit" keys: the OPD in a column before each unit (walk6, h31)
    assert header[:14] == [
        "No. Catatan", "Waktu Dicatat (WIT)", "ID Putaran", "ID Mutasi", "NIP", "Nama",
        "Jabatan Asal", "Kode Jabatan Asal", "Perangkat Daerah (OPD) Asal", "Unit Kerja Asal", "Jabatan Tujuan",
        "Kode Jabatan Tujuan", "Perangkat Daerah (OPD) Tujuan", "Unit Kerja Tujuan",
    ]  # fmt: skip
    assert header[-1].startswith("SHA-256") and header.index("TMT") < header.index("Nomor SK")
    first = dict(zip(header, [c for c in applied[2]], strict=True))
    assert first["Waktu Dicatat (WIT)"].value == dt.datetime(2026, 12, 5, 11, 9, 59)  # 02:09:59 UTC in Biak
    assert first["TMT"].value == dt.datetime(2027, 1, 1) and first["TMT"].number_format == "dd-mm-yyyy"
    assert first["Tanggal Keputusan"].value == dt.datetime(2026, 12, 15) and first["Nama"].value == "Ratna Sulistyo"
    for ws in book.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToHeight == 0, ws.title
        assert ws.print_title_rows == "$1:$1", ws.title


def test_zone_names_indonesian_zones_and_spells_any_other_offset() -> None:
    """The time header names WIB/WITA/WIT, else the offset (an export made abroad, or on a UTC server)."""
    for hours, name in ((7, "WIB"), (8, "WITA"), (9, "WIT"), (0, "UTC+00:00")):
        now = dt.datetime(2026, 12, 5, tzinfo=dt.timezone(dt.timedelta(hours=hours)))
        assert export._zone(now)[1] == name
    assert export._zone(dt.datetime(2026, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))))[1] == (
        "UTC+05:30"
    )


def test_the_round_sheet_writes_every_count_as_a_number_under_a_key_that_says_what_it_counts(
    ledger_file: Path, tmp_path: Path
) -> None:
    """The Putaran row held "Mutasi Ditolak/Ditunda Penilai" as the text '10' beside numbers (SUM skipped it), and
    the key mutasi_ditolak read "moves rejected" while it counts the recheck's refusals only (walk6 #4, h29)."""
    out = tmp_path / "audit.xlsx"
    with Ledger(ledger_file) as ledger:
        export.export_ledger(ledger, out)
        (row,) = rounds(ledger)
    assert "mutasi_ditolak" not in row and row["mutasi_ditolak_pemeriksaan_ulang"] == 0
    sheet = openpyxl.load_workbook(out)["Putaran"]
    cells = dict(zip([c.value for c in sheet[1]], sheet[2], strict=True))
    assert (
        cells["Mutasi Ditolak/Ditunda Penilai"].value == 2 and cells["Mutasi Ditolak/Ditunda Penilai"].data_type == "n"
    )
    assert cells["Mutasi Ditolak Pemeriksaan Ulang"].value == 0 and cells["Mutasi Diterapkan"].value == 2


def test_the_applied_move_says_its_tmt_as_the_tmt_column_shows_it(ledger_file: Path) -> None:
    """The riwayat sentence said "TMT 2027-01-01" beside TMT columns and letters showing 01-01-2027 (walk, h30)."""
    with Ledger(ledger_file) as ledger:
        rows = history(ledger, id_mutasi="M4", nip="199001012015031004")
    (applied,) = [r for r in rows if r["jenis"] == MUTASI]
    # (the unit in words, as the letters name it, not its "OPD | unit" key; walk6, h31)
    assert applied["keterangan"].endswith("(Sekretariat Badan Pendapatan Daerah), TMT 01-01-2027")


def test_a_round_under_rotation_names_the_bound_of_the_fill_it_optimised(tmp_path: Path) -> None:
    """A --rotasi round read "lowongan terisi 20, batas atas 31, optimal" in buku-besar putaran, the audit export and
    Tren Putaran: 31 is the fill without rotation; the plan's own bound, 20, was in its Ringkasan only (walk2, h30)."""
    path, out = tmp_path / "bb.sqlite", tmp_path / "audit.xlsx"
    rotated = {"pindah": 350, "lowongan_terisi": 20, "batas_atas_pengisian": 31, "batas_atas_dengan_rotasi": 20}
    with Ledger(path) as ledger:
        for rid, summary in (("P1", rotated), ("P2", {"pindah": 71, "lowongan_terisi": 71})):
            data = {"ringkasan": summary, "batas_atas": summary.get("batas_atas_pengisian", 71)}
            ledger.append([NewEntry(PUTARAN, data, id_putaran=rid)], waktu=UTC_STAMP)
        first, second = rounds(ledger)
        export.export_ledger(ledger, out)
    assert (first["lowongan_terisi"], first["batas_atas_lowongan_terisi"], first["batas_atas_dengan_rotasi"]) == (
        20,
        31,
        20,
    )
    assert second["batas_atas_dengan_rotasi"] is None  # no --rotasi: no second bound
    sheet = openpyxl.load_workbook(out)["Putaran"]
    cells = dict(zip([c.value for c in sheet[1]], sheet[2], strict=True))
    rotation = cells["Batas Atas Lowongan Terisi dengan Wajib Rotasi"]
    assert rotation.value == 20 and rotation.data_type == "n"


def test_the_plans_index_has_its_own_name_in_new_and_old_rounds(tmp_path: Path) -> None:
    """`buku-besar putaran` named the plan's index with its moves `indeks_ketimpangan_sesudah` (0,115), the name
    `bandingkan` gives the index measured after applying (0,083). Rounds recorded under the old key still read."""
    path, out = tmp_path / "bb.sqlite", tmp_path / "audit.xlsx"
    with Ledger(path) as ledger:
        for rid, key, value in (
            ("P1", "indeks_ketimpangan_sesudah", 0.1152),
            ("P2", "indeks_ketimpangan_dengan_rencana", 0.0912),
        ):
            ledger.append(
                [NewEntry(PUTARAN, {"ringkasan": {"pindah": 3, key: value}}, id_putaran=rid)], waktu=UTC_STAMP
            )
        old, new = rounds(ledger)
        export.export_ledger(ledger, out)
    assert "indeks_ketimpangan_sesudah" not in old and "indeks_ketimpangan_sesudah" not in new
    assert (old["indeks_ketimpangan_dengan_rencana"], new["indeks_ketimpangan_dengan_rencana"]) == (0.1152, 0.0912)
    sheet = openpyxl.load_workbook(out)["Putaran"]
    headers = [c.value for c in sheet[1]]
    assert "Indeks Ketimpangan Sesudah" not in headers
    column = headers.index("Indeks Ketimpangan dengan Rencana")
    assert [sheet.cell(r, column + 1).value for r in (2, 3)] == [0.1152, 0.0912]


def test_the_ledger_commands_help_names_no_default_beside_a_plan_they_do_not_take() -> None:
    """`buku-besar ekspor --bantuan` said the ledger defaulted to "buku_besar_mutasi.sqlite di folder workbook
    rencana", but the buku-besar commands take no plan workbook: without --buku-besar or [tata_kelola] buku_besar
    they stop (walk5, h31). The help says so; the refusal names the option as the help does, not "PATH"."""
    from tests.cli_helpers import expect, run

    for sub in ("ekspor", "putaran", "riwayat", "verifikasi"):
        said = " ".join(expect(run("buku-besar", sub, "--bantuan"), 0).stdout.replace("│", " ").split())
        assert "bawaan: [tata_kelola] buku_besar di pengaturan" in said, sub
        assert "bawaan: [tata_kelola] buku_besar, selain itu" not in said, sub
    refused = expect(run("buku-besar", "putaran"), 2).stderr
    assert "--buku-besar <berkas>" in refused and "PATH" not in refused


def test_the_apply_runs_findings_are_counted_in_one_column_under_a_header_in_words(tmp_path: Path) -> None:
    """The Penerapan sheet had a column per finding code, its header the code ("Temuan: tahap-tanggal-sebelum-
    rencana"; walk7, h32): one column in words, each cell the codes and their counts."""
    from asn_mutasi.ledger.store import PENERAPAN

    path, out = tmp_path / "bb.sqlite", tmp_path / "audit.xlsx"
    runs = [
        {"berhasil": True, "diterapkan": 2, "temuan": {"tahap-tanggal-sebelum-rencana": 4, "rencana-tanpa-tahap": 1}},
        {"berhasil": True, "diterapkan": 0, "temuan": {}},
    ]
    with Ledger(path) as ledger:
        ledger.append([NewEntry(PENERAPAN, run, id_putaran="P1") for run in runs], waktu=UTC_STAMP)
        export.export_ledger(ledger, out)
    ws = openpyxl.load_workbook(out)["Penerapan"]
    headers = [c.value for c in ws[1]]
    assert not [h for h in headers if "-" in str(h)], headers
    column = headers.index("Temuan Pemeriksaan (kode: jumlah)") + 1
    assert ws.cell(2, column).value == "rencana-tanpa-tahap: 1; tahap-tanggal-sebelum-rencana: 4"  # as hashed
    assert not ws.cell(3, column).value
