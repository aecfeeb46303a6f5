"""Real exports of the real8 hunt (h31): history rows, Dapodik posts, request verdicts (see tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_positions

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def test_an_unknown_request_verdict_counts_and_is_said(make_workbook: Callable[..., Path]) -> None:
    """A STATUS the tool does not know ("SELESAI VERVAL", another app's workflow word) was counted as a need without
    a word: it still counts (nothing says it was refused), and is said once with its rows and words. "DIKEMBALIKAN"
    (sent back to the instansi to be corrected) is an open request: it counts and is no unknown word."""
    verdicts = ["DISETUJUI", "DIKEMBALIKAN", "SELESAI VERVAL", "DITOLAK", "REVISI", "SELESAI VERVAL", "-", None]
    rows: list[list[object]] = [["NAMA JABATAN", "UNIT KERJA", "ALOKASI", "STATUS"]]
    rows += [[f"Analis Kebijakan {i}", "Bagian Umum", i + 1, v] for i, v in enumerate(verdicts)]
    raw = read_table(make_workbook("usulan.xlsx", {"Usulan": rows}), "jabatan")
    assert raw.columns["status_usulan"].header == "STATUS"
    table = prepare_positions(raw)
    left = table.frame.loc[table.frame["_status"] == "dikecualikan", "_baris"]
    assert list(left) == [5]
    assert int(table.valid["kebutuhan"].sum()) == sum(range(1, 9)) - 4
    said = [f for f in table.findings if f.code == "status-usulan-tidak-dikenal"]
    assert len(said) == 1, [f.message for f in table.findings]
    assert said[0].location.row == 4 and said[0].location.header == "STATUS"
    assert said[0].message.startswith("2 baris usulan") and "'SELESAI VERVAL'" in said[0].message
    assert "baris 4, 7" in said[0].message and "DIKEMBALIKAN" not in said[0].message


def test_a_real_usulan_list_has_no_unknown_verdict() -> None:
    """Negative: rumahASN's list (DISETUJUI, MENUNGGU, PERBAIKAN, DITOLAK) holds only known verdicts."""
    table = prepare_positions(read_table(REAL / "usulan_formasi_jatim.xlsx", "jabatan"))
    assert not [f for f in table.findings if f.code == "status-usulan-tidak-dikenal"]
