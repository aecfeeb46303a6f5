"""A proposal's own status (usulan30, h38): read as ``status_usulan``; a refused or cancelled proposal is not
assessed, stays one output row with its status, is named in one finding and takes part in no conflict."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from cli_helpers import JABATAN_XLSX, PEGAWAI_XLSX

import asn_mutasi as am
from asn_mutasi.io.readers import read_table

TANGGAL = date(2026, 11, 1)
REAL = Path(__file__).parents[1] / "fixtures" / "real"
SAMPLE = Path(__file__).parents[2] / "sample_data" / "usulan_mutasi.csv"


def test_the_real_recaps_status_is_read_as_the_proposals_status() -> None:
    raw = read_table(REAL / "rekap_usulan_opd.csv", "usulan")
    assert "Status" not in raw.unmapped
    assert raw.frame["status_usulan"].tolist() == ["Menunggu verifikasi", "Disetujui", "Ditolak"]


def _proposals(tmp_path: Path, statuses: list[str], header: str = "STATUS") -> Path:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    rows = [f"{line},{status}" for line, status in zip(lines[1:], statuses, strict=False)]
    rows.append(f"{lines[2]},Diajukan")  # the refused proposal's NIP proposed again, still open
    out = tmp_path / "usulan.csv"
    out.write_text("\n".join([f"{lines[0]},{header}", *rows]) + "\n", encoding="utf-8")
    return out


def test_a_refused_or_cancelled_proposal_is_shown_not_assessed(tmp_path: Path) -> None:
    usulan = _proposals(tmp_path, ["Disetujui", "Ditolak", "Dibatalkan", "Diajukan"], header="Status Usulan")
    result = am.assess(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, usulan=usulan, tanggal=TANGGAL)
    rows = result.to_json()
    assert [r["baris_usulan"] for r in rows] == [2, 3, 4, 5, 6]  # every row accounted for
    assert [r["status_usulan"] for r in rows] == ["Disetujui", "Ditolak", "Ditolak", "Proses", "Proses"]
    for row, word in ((rows[1], "Ditolak"), (rows[2], "Dibatalkan")):
        assert row["layak"] is False and f"'{word}'" in str(row["alasan"]) and "tidak dinilai" in str(row["alasan"])
        assert row["skor"] is None or math.isnan(float(row["skor"]))
        assert row["nama"] and row["jabatan_tujuan"]  # who and where, though not assessed
    assert rows[0]["skor"] is not None and rows[3]["skor"] is not None
    said = [f for f in result.findings if f.code == "usulan-ditolak-tidak-dinilai"]
    assert len(said) == 1 and "usulan.csv baris 3, 4" in said[0].message
    # the NIP of row 3 (refused) proposed again in row 6: one live proposal, no conflict
    assert not [f for f in result.findings if f.code == "usulan-nip-ganda"]


def test_merged_proposals_keep_the_status_and_leave_refused_ones_out(tmp_path: Path) -> None:
    usulan = _proposals(tmp_path, ["Disetujui", "DITOLAK", "Disetujui", "Diproses"])
    result = am.merge_proposals(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, usulan=[usulan], tanggal=TANGGAL)
    rows = result.to_json()
    assert [r["status_usulan"] for r in rows] == ["Disetujui", "Ditolak", "Disetujui", "Proses", "Proses"]
    assert rows[1]["layak"] is False and "tidak dinilai" in str(rows[1]["alasan"])
    assert not rows[1]["konflik"] and not rows[4]["konflik"]
    assert [f.code for f in result.findings].count("usulan-ditolak-tidak-dinilai") == 1


def test_a_bare_status_of_open_words_and_a_refusal_is_the_proposals_status(tmp_path: Path) -> None:
    """ "Diusulkan" (and "Dikirim", "Ditunda") is an open proposal: a recap's bare STATUS of mostly those was left
    unread, and its refused proposal assessed and counted in the conflicts (reviewE, h38)."""
    usulan = _proposals(tmp_path, ["Diusulkan", "Ditolak", "Dikirim", "Ditunda"])
    result = am.assess(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, usulan=usulan, tanggal=TANGGAL)
    rows = result.to_json()
    assert [r["status_usulan"] for r in rows] == ["Proses", "Ditolak", "Proses", "Proses", "Proses"]
    assert rows[1]["layak"] is False and "tidak dinilai" in str(rows[1]["alasan"])
    assert [f.code for f in result.findings].count("usulan-ditolak-tidak-dinilai") == 1
