"""Review of this session's first merges (review14, h34): reading regressions found by probing them."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.errors import SchemaError
from asn_mutasi.io.readers import read_table


@pytest.mark.parametrize("need", ["KEBUTUHAN RIIL", "Kebutuhan Pegawai Hasil Anjab", "KEBUTUHAN 2025", "Keb. Peg"])
def test_repeated_post_lines_beside_a_need_column_are_no_seat_list(tmp_path: Path, need: str) -> None:
    """A peta jabatan repeating a (jabatan, unit) line whose need sits under a header the mapping only suspects was
    read as a one-row-per-seat formasi list: kebutuhan 2 where the lines say 3 and 7. It is refused, the header
    offered, as before the seat list was read."""
    path = tmp_path / "peta_jabatan.csv"
    path.write_text(
        f"NO,NAMA JABATAN,UNIT KERJA,KELAS JABATAN,{need}\n"
        "1,Analis Kebijakan Ahli Muda,Bagian Organisasi,9,2\n"
        "2,Analis Kebijakan Ahli Muda,Bagian Organisasi,9,1\n"
        "3,Pengadministrasi Perkantoran,Bagian Umum,5,4\n"
        "4,Pengadministrasi Perkantoran,Bagian Umum,5,3\n"
    )
    with pytest.raises(SchemaError, match=f"maksud Anda '{need}'"):
        read_table(path, "jabatan")
