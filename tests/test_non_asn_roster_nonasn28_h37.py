"""A Dinas Sosial roster (a public SIMPEG export's shape: "No. | NAMA | NIP | PANGKAT | JABATAN | SUB JABATAN") whose
honorary staff are marked only by SUB JABATAN "STAFF NON ASN BIDANG …", with no NIP and no pangkat: each was a
missing-NIP error; now one ``bukan-asn`` info each, excluded with one reason (nonasn28, h37)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from asn_mutasi.findings import Severity
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import NON_ASN_REASON, prepare_roster

ROSTER = """No.,NAMA,NIP ,PANGKAT,JABATAN,SUB JABATAN
1,"SITI AMINAH, A.Md",198606262011012003,III/b,PENGOLAH DATA DAN INFORMASI,STAFF ASN SEKRETARIAT
2,BUDI HARTONO,197806202009011005,II/a,PENGELOLA UMUM OPERASIONAL,STAFF ASN BIDANG PENANGANAN BENCANA
3,"RINA WATI, S.Sos",19680714 199202 2 002,III/d,Penata Tk.I,Kepala Bidang
4,"AHMAD YANI, SH",,,PENGADMINISTRASI UMUM,STAFF NON ASN SEKRETARIAT
5,JOKO SUSILO,,,TENAGA SOPIR,STAFF NON ASN SEKRETARIAT
6,DEWI LESTARI,,,PRANATA BENCANA,STAFF NON ASN BIDANG PENANGANAN BENCANA
7,,,,PENGELOLA DATA,STAFF NON ASN BIDANG PEMBERDAYAAN SOSIAL
8,RUDI SALIM,,,,STAFF NON-ASN BIDANG REHABILITASI SOSIAL
"""


def test_a_dinas_sosial_roster_leaves_its_non_asn_staff_out_once(tmp_path: Path) -> None:
    path = tmp_path / "data_pegawai.csv"
    path.write_text(ROSTER, encoding="utf-8")
    raw = read_table(path, "pegawai")
    assert raw.columns["unit_kerja"].header == "SUB JABATAN"
    table = prepare_roster(raw, today=date(2026, 1, 1))
    frame = table.frame
    # row 3's JABATAN holds only a pangkat ("Penata Tk.I"): no post, so it is left out with an empty post, and the
    # pangkat is named (pangkat-di-sel-jabatan; real31, h38)
    assert frame["_status"].tolist() == ["valid"] * 2 + ["dikecualikan"] * 6
    assert frame["_alasan"].tolist()[3:] == [NON_ASN_REASON] * 5
    assert [f.code for f in table.findings if f.severity is Severity.ERROR] == ["sel-wajib-kosong"]
    assert [f.code for f in raw.findings if f.code == "pangkat-di-sel-jabatan"] == ["pangkat-di-sel-jabatan"]
    told = [f.location.row for f in table.findings if f.code == "bukan-asn"]
    assert told == [5, 6, 7, 8, 9]
    assert frame["unit_kerja"].tolist()[1] == "STAFF ASN BIDANG PENANGANAN BENCANA"
