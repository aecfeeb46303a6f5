"""Reader gaps of the real6 hunt (h31): see tests/fixtures/real/SOURCES.md."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_positions, prepare_roster

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def test_a_refused_request_is_no_need() -> None:
    """rumahASN's "Semua Usulan" (BKD Jawa Timur) lists every request with its STATUS: the DITOLAK one was counted in
    the kebutuhan, 13 posts where 10 were asked for and not refused. It is left out, said once with its count."""
    raw = read_table(REAL / "usulan_formasi_jatim.xlsx", "jabatan")
    assert raw.columns["status_usulan"].header == "STATUS"
    table = prepare_positions(raw)
    assert int(table.valid["kebutuhan"].sum()) == 10
    left = table.frame[table.frame["_status"] == "dikecualikan"]
    assert list(left["_baris"]) == [10] and "usulan ditolak ('DITOLAK')" in left["_alasan"].iloc[0]
    said = [f for f in table.findings if f.code == "usulan-ditolak-dilewati"]
    assert len(said) == 1 and said[0].location.row == 10 and said[0].location.header == "STATUS"
    assert said[0].message.startswith("1 baris usulan berstatus ditolak") and "3 formasi" in said[0].message


@pytest.mark.parametrize("header", ["STATUS", "Status Usulan", "Status Verifikasi"])
def test_only_a_refusal_leaves_a_request_out(make_workbook: Callable[..., Path], header: str) -> None:
    """ "Tidak Disetujui" and "TMS" are refusals; "Belum Disetujui", "MENUNGGU" and "PERBAIKAN" are open requests and
    count, as do the approved ones."""
    verdicts = ["DISETUJUI", "Tidak Disetujui", "Belum Disetujui", "MENUNGGU", "PERBAIKAN", "TMS", "Sudah Disetujui"]
    rows: list[list[object]] = [["NAMA JABATAN", "UNIT KERJA", "ALOKASI", header]]
    rows += [[f"Analis Kebijakan {i}", "Bagian Umum", i + 1, v] for i, v in enumerate(verdicts)]
    table = prepare_positions(read_table(make_workbook("usulan.xlsx", {"Usulan": rows}), "jabatan"))
    left = table.frame.loc[table.frame["_status"] == "dikecualikan", "_baris"]
    assert list(left) == [3, 7]
    assert int(table.valid["kebutuhan"].sum()) == 1 + 3 + 4 + 5 + 7
    said = [f.message for f in table.findings if f.code == "usulan-ditolak-dilewati"]
    assert len(said) == 1 and said[0].startswith("2 baris") and "8 formasi" in said[0]


def test_a_peta_status_is_no_verdict(make_workbook: Callable[..., Path]) -> None:
    """Negative: a peta jabatan's STATUS (SESUAI, KURANG, LEBIH; Kendal) or a bare list of open requests holds no
    refusal; nothing is left out and the STATUS stays unread."""
    rows = [
        ["NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN", "STATUS"],
        ["Analis Kebijakan", "Bagian Umum", 2, "KURANG"],
        ["Pengadministrasi Perkantoran", "Bagian Umum", 1, "SESUAI"],
        ["Pranata Komputer", "Bagian Umum", 1, "LEBIH"],
    ]
    raw = read_table(make_workbook("peta.xlsx", {"Peta": rows}), "jabatan")
    assert "status_usulan" not in raw.columns
    table = prepare_positions(raw)
    assert int(table.valid["kebutuhan"].sum()) == 4 and len(table.valid) == 3


def test_a_one_person_roster_reads_jenis_and_kedudukan_apart() -> None:
    """SI-ITING's roster sheet (Kab. Bandung Barat) of one person: "Status Pegawai" (Aktif) was the status and
    "Jenis Pegawai" (PNS) went unused, too few cells to judge (real6, h31)."""
    raw = read_table(REAL / "buku_bezetting_kbb.xlsx", "pegawai")
    assert (raw.columns["status_kepegawaian"].header, raw.columns["kedudukan_hukum"].header) == (
        "Jenis Pegawai",
        "Status Pegawai",
    )
    roster = prepare_roster(raw)
    assert (roster.frame.loc[0, "status_kepegawaian"], roster.frame.loc[0, "kedudukan_hukum"]) == ("PNS", "Aktif")
