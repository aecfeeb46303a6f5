"""Counts in the findings this session added read the Indonesian way: "1.025 pegawai", not "1025" (lang2, h31).

Each rule passed ``len(...)`` straight into its message, where every older finding passes ``format_number``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from asn_mutasi.config import Settings
from asn_mutasi.findings import FindingCap, Location, make_finding
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_positions, prepare_roster
from asn_mutasi.workload.retirement import stated_retirements

MANY = 1025


def _nips(n: int) -> list[str]:
    """``n`` distinct NIPs of one birth date (10-03-1968): TMT CPNS month and sequence vary."""
    return [f"19680310{2000 + i // 900:04d}{1 + i // 75 % 12:02d}1{1 + i % 75:03d}" for i in range(n)]


def test_the_rest_of_the_stated_pension_findings_is_counted_with_a_thousands_separator(tmp_path: Path) -> None:
    roster = tmp_path / "pegawai.csv"
    lines = [f"{nip},Pegawai {i},Pengadministrasi Umum,Bagian Umum,10-03-1968,01-04-2024" for i, nip in
             enumerate(_nips(MANY + 20))]  # fmt: skip
    roster.write_text("NIP,NAMA,JABATAN,UNIT KERJA,TANGGAL LAHIR,TMT PENSIUN\n" + "\n".join(lines) + "\n")
    raw = read_table(roster, "pegawai")
    frame = prepare_roster(raw, today=date(2023, 1, 15)).frame
    where = {"tmt_pensiun": Location(file=str(roster), column="F", header="TMT PENSIUN", field="tmt_pensiun")}
    said = [f.message for f in stated_retirements(frame, Settings(), where) if f.code == "tmt-pensiun-diringkas"]
    assert len(said) == 1 and said[0].startswith("Dan 1.025 pegawai lain"), said


def test_refused_requests_are_counted_with_a_thousands_separator(tmp_path: Path) -> None:
    table = tmp_path / "usulan.csv"
    lines = [f"Analis Kebijakan {i},Bagian Umum,2,{'DITOLAK' if i else 'DISETUJUI'}" for i in range(MANY + 1)]
    table.write_text("NAMA JABATAN,UNIT KERJA,ALOKASI,STATUS\n" + "\n".join(lines) + "\n")
    prepared = prepare_positions(read_table(table, "jabatan"))
    [said] = [f.message for f in prepared.findings if f.code == "usulan-ditolak-dilewati"]
    assert said.startswith("1.025 baris usulan berstatus ditolak") and "2.050 formasi" in said, said


def test_eselon_split_from_the_post_is_counted_with_a_thousands_separator(tmp_path: Path) -> None:
    roster = tmp_path / "duk.csv"
    lines = [f"{nip},Pegawai {i},Kepala Seksi Umum (Eselon IV.a),Bagian Umum" for i, nip in enumerate(_nips(MANY))]
    roster.write_text("NIP,NAMA,JABATAN,UNIT KERJA\n" + "\n".join(lines) + "\n")
    [said] = [f.message for f in read_table(roster, "pegawai").findings if f.code == "eselon-dari-sel-jabatan"]
    assert "pada 1.025 baris" in said, said


def test_merged_decision_cells_are_counted_with_a_thousands_separator() -> None:
    from asn_mutasi.io.plan_workbook import _merged_decisions

    class Book:  # what _merged_decisions reads of a SafeWorkbook: the sheet's rows and merged ranges
        display = "rencana.xlsx"

        def read(self, name: str) -> tuple[list[list[object]], list[tuple[tuple[int, int], tuple[int, int]]]]:
            return [["NIP", "Keputusan"]], [((1, 1), (MANY + 1, 1))]  # B2:B1027, 0-based

    found = _merged_decisions(Book(), "Rencana Mutasi")
    assert found is not None and "1.025 baris (3, 4," in found.message and "dan 1.015 lainnya" in found.message


def test_findings_past_the_cap_are_counted_with_a_thousands_separator() -> None:
    cap = FindingCap(limit=1)
    many = (make_finding("nip-ganda", Location(row=r)) for r in range(2, MANY + 3))
    assert len(list(cap.take(many))) == 1
    [said] = cap.summaries()
    assert said.message.startswith("Dan 1.025 temuan 'nip-ganda' lain"), said.message


def test_posts_whose_stated_retirements_differ_are_counted_with_a_thousands_separator(tmp_path: Path) -> None:
    import asn_mutasi as am

    table, roster = tmp_path / "formasi.csv", tmp_path / "pegawai.csv"
    posts = [f"Analis Kebijakan {i}" for i in range(MANY)]
    table.write_text(
        "NAMA JABATAN,UNIT KERJA,KEBUTUHAN,BUP TH. 2027\n" + "".join(f"{p},Bagian Umum,1,1\n" for p in posts)
    )
    nips = [f"19900101{2015 + i // 900:04d}{1 + i // 75 % 12:02d}1{1 + i % 75:03d}" for i in range(MANY)]
    roster.write_text("NIP,NAMA,JABATAN,UNIT KERJA\n" + "".join(f"{n},Pegawai,{p},Bagian Umum\n" for n, p in
                                                                zip(nips, posts, strict=True)))  # fmt: skip
    result = am.check(pegawai=roster, jabatan=table, tanggal=date(2026, 1, 15))
    [said] = [f.message for f in result.report.findings if f.code == "pensiun-tahun-beda-banyak"]
    assert "pada 1.025 jabatan" in said, said
