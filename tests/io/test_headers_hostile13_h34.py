"""Header guessing against hostile headers (hostile13, h34): a code column is never the field it codes; suggestions
for unread headers need a minimum likeness."""

from __future__ import annotations

import pytest

from asn_mutasi.io.column_mapping import likely_headers, map_columns
from asn_mutasi.io.headers import HeaderColumn, column_letter


def cols(*texts: str) -> list[HeaderColumn]:
    return [HeaderColumn(i, column_letter(i), t, (t,)) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("kind", "header", "coded"),
    [
        ("pegawai", "KODE UNIT KERJA", "unit_kerja"),
        ("pegawai", "ID UNIT KERJA", "unit_kerja"),
        ("pegawai", "Kd. Unit Kerja", "unit_kerja"),
        ("pegawai", "KODE PENDIDIKAN", "pendidikan"),
        ("pegawai", "kode_unit_kerja", "unit_kerja"),
        ("jabatan", "KODE UNIT KERJA", "unit_kerja"),
        ("usulan", "KODE UNIT KERJA", "unit_kerja"),
    ],
)
def test_code_header_is_never_the_coded_field(kind: str, header: str, coded: str) -> None:
    result = map_columns(cols("NIP", header), kind)
    assert coded not in result.columns
    said = [f for f in result.findings if f.location.header == header]
    assert [f.code for f in said] == ["kolom-dikenal-tidak-dipakai"]
    assert "kode" in said[0].message and "bukan namanya" in said[0].message


def test_code_header_of_a_position_is_its_code() -> None:
    result = map_columns(cols("NIP", "KODE NAMA JABATAN", "JABATAN"), "pegawai")
    assert result.columns["kode_jabatan"].header == "KODE NAMA JABATAN"
    assert result.columns["jabatan"].header == "JABATAN"


def test_name_beside_code_header_is_still_the_name() -> None:
    result = map_columns(cols("NIP", "KODE UNIT KERJA", "UNIT KERJA"), "pegawai")
    assert result.columns["unit_kerja"].header == "UNIT KERJA"


def test_code_header_never_offered_for_missing_name() -> None:
    result = map_columns(cols("NIP", "NAMA", "JABATAN", "KODE UNIT KERJA"), "pegawai")
    assert likely_headers(result, "pegawai", "unit_kerja") == []


def _offered(kind: str, *headers: str) -> dict[str, str]:
    """The suggestion each unread header is given ("" for none)."""
    result = map_columns(cols("NIP", "NAMA", "JABATAN", *headers), kind)
    said = {f.location.header: f.message for f in result.findings if f.code == "kolom-tidak-dikenal"}
    return {h: said[h].partition("; maksud Anda ")[2] for h in headers}


@pytest.mark.parametrize(
    ("kind", "header"),
    [
        ("pegawai", "BERAT BADAN"),
        ("pegawai", "Kecamatan"),
        ("pegawai", "Bank"),
        ("pegawai", "Alamat Jalan"),
        ("pegawai", "Lintang"),
        ("pegawai", "KODE POS"),
        ("riwayat", "Nama"),
    ],
)
def test_absurd_header_gets_no_suggestion(kind: str, header: str) -> None:
    assert _offered(kind, header) == {header: ""}


@pytest.mark.parametrize(
    ("header", "field"),
    [("disiplin", "hukuman_disiplin"), ("jenis_eselon", "eselon")],
)
def test_close_header_still_gets_its_suggestion(header: str, field: str) -> None:
    assert f"({field})" in _offered("pegawai", header)[header]


@pytest.mark.parametrize("header", ["Usia Tgl/Bln/Thn Lahir", "TGL/BLN/THN LAHIR", "Tanggal/Bulan/Tahun Lahir"])
def test_duk_birth_date_header_is_the_birth_date(header: str) -> None:
    """A DUK's "USIA" over "TGL/BLN/THN LAHIR" holds the day, month and year of birth: after the 68% floor it was
    neither read nor offered (61% alike; LAHIR is also a word of the name's "NAMA / NIP / TGL LAHIR") (review14,
    h34)."""
    result = map_columns(cols("NIP", "NAMA", "JABATAN", header), "pegawai")
    assert result.columns["tanggal_lahir"].header == header
