"""Position tables of the real4 hunt (h31): see tests/fixtures/real/SOURCES.md."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.readers import read_table
from asn_mutasi.matching.programme import programme_key, split_requirements
from asn_mutasi.validation import prepare_positions


def test_requirement_lines_stay_alternatives(tmp_path: Path) -> None:
    """rumahASN's usulan formasi writes one accepted education a line, as SIASN names it ("S-1/Sarjana - S-1
    KEPERAWATAN"): the lines were joined into one and "Sarjana" dropped, leaving "S-1/ - S-1 KEPERAWATAN S-1/ - S-1
    NERS", whose first programme ("KEPERAWATAN S 1") nobody holds."""
    path = tmp_path / "usulan.csv"
    path.write_text(
        "Nama Jabatan,Unit Kerja,Kebutuhan,Kualifikasi Pendidikan\n"
        'Perawat Ahli Pertama,Instalasi Rawat Inap,4,"S-1/Sarjana - S-1 KEPERAWATAN\nS-1/Sarjana - S-1 NERS"\n'
    )
    table = prepare_positions(read_table(path, "jabatan"))
    wanted = split_requirements(table.frame.loc[0, "syarat_jurusan"])
    assert {programme_key(w) for w in wanted} == {"KEPERAWATAN", "NERS"}
    assert table.frame.loc[0, "syarat_pendidikan"] == "S-1"
