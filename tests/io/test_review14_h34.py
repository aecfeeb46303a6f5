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


def test_a_wide_sheet_normalises_each_header_text_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """hostile13 added code-header checks to the team, known-unused and ignored checks that each normalised every
    header again: 12 normalisations per unknown header of a 16,384-column sheet (2 s of mapping). Each distinct text is
    normalised about once now (review14, h34)."""
    import asn_mutasi.io.header_aliases as aliases
    from asn_mutasi.io.column_mapping import map_columns
    from asn_mutasi.io.headers import HeaderColumn, column_letter

    calls = 0
    real = aliases._NON_ALNUM

    class Counting:
        def sub(self, repl: str, text: str) -> str:
            nonlocal calls
            calls += 1
            return real.sub(repl, text)

    monkeypatch.setattr(aliases, "_NON_ALNUM", Counting())
    texts = ["NIP", "NAMA", "JABATAN", "UNIT KERJA", *(f"Isian Review14 {i}" for i in range(2000))]
    result = map_columns([HeaderColumn(i, column_letter(i), t, (t,)) for i, t in enumerate(texts)], "pegawai")
    assert set(result.columns) == {"nip", "nama", "jabatan", "unit_kerja"}
    assert calls < 4 * len(texts)
