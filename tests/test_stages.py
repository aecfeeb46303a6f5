"""Staged approval rules (rollout/stages.py): one decision per move from the Persetujuan rows."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import pytest

from asn_mutasi.config import TAHAP
from asn_mutasi.errors import ConfigError
from asn_mutasi.rollout.stages import STAGE_COLUMNS, resolve_stages

NIP = "198001012005011001"


def plan(*ids: str, keputusan: str = "") -> pd.DataFrame:
    return pd.DataFrame({"id_mutasi": list(ids), "nip": [NIP] * len(ids), "keputusan": [keputusan] * len(ids)})


def stages(rows: list[dict[str, object]]) -> pd.DataFrame:
    fields = [f for f, _ in STAGE_COLUMNS]
    frame = pd.DataFrame([{f: r.get(f, "") for f in fields} for r in rows], columns=fields)
    frame.insert(0, "_baris", range(2, len(rows) + 2))
    return frame


def decided(mid: str, tahap: str, keputusan: str = "Setuju", **extra: object) -> dict[str, object]:
    return {
        "id_mutasi": mid,
        "tahap": tahap,
        "keputusan": keputusan,
        "nama_penilai": "P",
        "tanggal": "10-11-2026",
        **extra,
    }


def codes(result: object) -> list[str]:
    return [f.code for f in result.findings]  # type: ignore[attr-defined]


def test_only_a_setuju_at_the_final_stage_is_applied() -> None:
    rows = (
        [decided("M1", t) for t in TAHAP] + [decided("M2", t) for t in TAHAP[:3]] + [decided("M3", TAHAP[0], "Tolak")]
    )
    result = resolve_stages(plan("M1", "M2", "M3", "M4"), stages(rows), tahap_final="Persetujuan PPK")
    assert result.effective == {"M1": "Setuju", "M2": "", "M3": "Tolak", "M4": ""}
    assert result.tahap == {"M1": "Persetujuan PPK", "M2": "Sidang Baperjakat", "M3": "Usulan OPD", "M4": ""}
    assert codes(result) == ["tahap-belum-final"]
    assert result.final["M1"].nama_penilai == "P"


def test_the_final_stage_is_configurable() -> None:
    rows = [decided("M1", t) for t in TAHAP[:3]]
    result = resolve_stages(plan("M1"), stages(rows), tahap_final="sidang baperjakat")
    assert result.effective == {"M1": "Setuju"} and not result.findings
    with pytest.raises(ConfigError, match="tahap_final"):
        resolve_stages(plan("M1"), stages(rows), tahap_final="Bupati")


def test_decisions_need_a_reviewer_and_a_date_and_valid_values() -> None:
    rows = [
        {"id_mutasi": "M1", "tahap": "Persetujuan PPK", "keputusan": "Setuju", "tanggal": datetime(2026, 11, 10)},
        decided("M2", "Sidang Lain"),
        decided("M3", "Persetujuan PPK", "Mungkin"),
        decided("M4", "Persetujuan PPK", tanggal="31-02-2026"),
        decided("M9", "Persetujuan PPK"),
        decided("M5", "Persetujuan PPK", nip_penilai="123"),
        decided("M5", "Persetujuan PPK"),
    ]
    result = resolve_stages(plan("M1", "M2", "M3", "M4", "M5"), stages(rows), tahap_final="Persetujuan PPK")
    assert codes(result) == [
        "tahap-penilai-kosong",
        "tahap-tidak-valid",
        "rencana-keputusan-tidak-valid",
        "tahap-tanggal-tidak-valid",
        "tahap-id-tidak-dikenal",
        "tahap-nip-penilai-tidak-valid",
        "tahap-ganda",
        "tahap-dilompati",
    ]
    assert [f.location.row for f in result.findings][:5] == [2, 3, 4, 5, 6]
    assert result.findings[0].location.sheet == "Persetujuan" and result.findings[0].location.header == "Nama Penilai"


def test_an_empty_persetujuan_sheet_or_an_old_workbook_reads_keputusan_as_the_final_stage() -> None:
    empty = stages([{"id_mutasi": "M1", "tahap": t} for t in TAHAP])
    for frame in (None, empty):
        result = resolve_stages(plan("M1", keputusan="Setuju"), frame, tahap_final="Persetujuan PPK")
        assert not result.staged and result.effective == {"M1": "Setuju"}
        assert codes(result) == ["rencana-tanpa-tahap"] and result.final["M1"].nama_penilai == ""


def test_a_keputusan_typed_in_the_plan_sheet_must_agree_with_the_final_stage() -> None:
    rows = [decided("M1", t) for t in TAHAP[:3]] + [decided("M1", TAHAP[3], "Tolak")]
    result = resolve_stages(plan("M1", keputusan="Setuju"), stages(rows), tahap_final="Persetujuan PPK")
    assert codes(result) == ["keputusan-bertentangan-tahap"] and result.findings[0].location.sheet == "Rencana Mutasi"


def test_a_decision_for_another_person_is_not_used() -> None:
    """A Persetujuan sheet copied from another round's plan (hostile-input campaign: its approvals, made for another
    NIP under the same ID Mutasi, were applied): the row's NIP must be the move's."""
    other = "197301012000032001"
    rows = [decided("M1", t, nip=other) for t in TAHAP] + [decided("M2", t, nip=f"'{NIP}") for t in TAHAP]
    result = resolve_stages(plan("M1", "M2"), stages(rows), tahap_final="Persetujuan PPK")
    assert result.effective == {"M1": "", "M2": "Setuju"}  # the same NIP written as text still counts
    bad = [f for f in result.findings if f.code == "tahap-nip-berbeda"]
    assert len(bad) == len(TAHAP) and {f.location.column for f in bad} == {"B"}
    assert other not in bad[0].message


def test_a_stage_dated_before_the_stage_under_it_is_named() -> None:
    rows = [decided("M1", TAHAP[0], tanggal="10-11-2026"), decided("M1", TAHAP[1], tanggal="12-11-2026"),
            decided("M1", TAHAP[2], tanggal="01-11-2026"), decided("M1", TAHAP[3], tanggal="20-11-2026")]  # fmt: skip
    result = resolve_stages(plan("M1"), stages(rows), tahap_final="Persetujuan PPK")
    (mundur,) = [f for f in result.findings if f.code == "tahap-tanggal-mundur"]
    assert mundur.location.row == 4 and TAHAP[2] in mundur.message and TAHAP[1] in mundur.message
    assert result.effective == {"M1": "Setuju"}  # a warning: the decision stands, the trail is to be checked


def test_an_approval_of_another_target_than_the_plan_now_writes_is_not_used() -> None:
    """A move retargeted in both plan sheets (visible and hidden) was applied while the PPK's row in Persetujuan
    still named the original post (hostile round 6, h26)."""
    moves = plan("M1", "M2")
    moves["jabatan_tujuan"] = ["Analis SDM Aparatur Ahli Pertama", "Pranata Komputer Terampil"]
    moves["unit_tujuan"] = ["Badan Kepegawaian Daerah", "Dinas Kominfo"]
    rows = [decided("M1", t, jabatan_tujuan="Analis SDM Aparatur Ahli Pertama", unit_tujuan="BPKAD") for t in TAHAP]
    rows += [decided("M2", t, jabatan_tujuan="pranata komputer  terampil", unit_tujuan="Dinas Kominfo") for t in TAHAP]
    result = resolve_stages(moves, stages(rows), tahap_final="Persetujuan PPK")
    assert result.effective == {"M1": "", "M2": "Setuju"}  # case and spacing are no other target
    other = [f for f in result.findings if f.code == "tahap-tujuan-berbeda"]
    assert len(other) == len(TAHAP) and "BPKAD" in other[0].message and other[0].severity.value == "galat"


@pytest.mark.parametrize(
    ("jabatan", "unit", "pages_wide"),
    [
        ("Penata Layanan Operasional", "Inspektorat", 1),
        (
            "Dokter Ahli Pertama - Dokter Spesialis Kedokteran Forensik & Medikolegal",
            "Dinas Kesehatan | Bidang Sumber Daya Manusia Kesehatan dan Pelayanan Kesehatan Rujukan",
            1,  # was 2: long names now wrap in their columns instead of widening them (render29, h38)
        ),
    ],
)
def test_the_persetujuan_sheet_prints_at_a_readable_scale(
    tmp_path: object, jabatan: str, unit: str, pages_wide: int
) -> None:
    """walk5 #9 (h28): long jabatan and unit names made the sheet fit one page wide at a 4-5 pt font (~108 rows a
    page), too small for a signed record; it now prints as few pages wide as keep it readable, ID Mutasi on each."""
    from pathlib import Path

    import openpyxl
    from xlsxwriter import Workbook

    from asn_mutasi.io.approval_sheet import write_approval_sheet

    path = Path(str(tmp_path)) / "p.xlsx"
    moves = pd.DataFrame(
        {
            "id_mutasi": ["M0001"],
            "nip": [NIP],
            "nama": ["Ratna Sulistyo"],
            "jabatan_tujuan": [jabatan],
            "unit_tujuan": [unit],
        }
    )
    wb = Workbook(str(path))
    write_approval_sheet(wb, moves)
    wb.close()
    ws = openpyxl.load_workbook(path)["Persetujuan"]
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToHeight == 0
    assert (ws.page_setup.fitToWidth or 1) == pages_wide
    assert (ws.print_title_cols == "$A:$A") == (pages_wide > 1)


def test_moves_approved_over_a_skipped_stage_are_said_in_one_finding() -> None:
    """The PPK stage filled alone gave one "tahap-dilompati" per approved move, 61 stderr lines in bandingkan, where
    the dated stages say it once (walk6 #3, h29): one finding per final stage, skipped stage and its state, at the
    first move's row, counting the moves."""
    ids = [f"M{i:02d}" for i in range(1, 13)]
    rows = [decided(m, "Persetujuan PPK") for m in ids] + [decided("M13", "Usulan OPD", "Tolak")]
    rows += [decided("M13", "Persetujuan PPK")]
    result = resolve_stages(plan(*ids, "M13"), stages(rows), tahap_final="Persetujuan PPK")
    skipped = [f for f in result.findings if f.code == "tahap-dilompati"]
    assert [f.message for f in skipped] == [
        "Disetujui di tahap Persetujuan PPK padahal tahap Usulan OPD belum diputuskan, pada 12 mutasi "
        "(M01, M02, M03, M04, M05 dan 7 lainnya)",
        "Disetujui di tahap Persetujuan PPK padahal tahap Usulan OPD diputuskan Tolak, pada 1 mutasi (M13)",
    ]
    assert [f.location.row for f in skipped] == [2, 15] and result.effective["M12"] == "Setuju"
