"""Real files of the real29 hunt (h37): public lists beyond SIMPEG templates (tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.errors import SchemaError
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

_NIPS = ("197412192003121003", "198207152006041002", "198109262011012002", "198406272008011009")


def _write(path: Path, header: str, rows: list[str]) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_a_ministry_eselon_i_unit_column_is_not_read_as_the_eselon(tmp_path: Path) -> None:
    """KKP's tugas belajar list heads its eselon I unit "Eselon I" ("BRSDM", "DJPRL"): it was fuzzy-matched (94%)
    as every holder's eselon, with a warning, though no cell names an eselon level."""
    units = ("BRSDM", "DJPRL", "BRSDM", "Sekretariat Jenderal")
    rows = [
        f"{i + 1},Pegawai {i + 1},{nip},{unit},S3,Ilmu Perikanan"
        for i, (nip, unit) in enumerate(zip(_NIPS, units, strict=True))
    ]
    path = _write(tmp_path / "rekomendasi.csv", "No.,Nama,NIP,Eselon I,Jenjang Pendidikan,Prodi", rows)
    table = read_table(path, "pegawai")
    assert "eselon" not in table.columns
    assert not [f for f in table.findings if f.code == "kolom-dipetakan-fuzzy"]
    assert table.columns["pendidikan"].header == "Jenjang Pendidikan"


def test_a_near_eselon_header_holding_levels_is_still_the_eselon(tmp_path: Path) -> None:
    levels = ("III.a", "IV.b", "Non Eselon", "-")
    rows = [f"{nip},Pegawai {i},{lvl}" for i, (nip, lvl) in enumerate(zip(_NIPS, levels, strict=True))]
    table = read_table(_write(tmp_path / "eselon.csv", "NIP,Nama,Eselon I", rows), "pegawai")
    assert table.columns["eselon"].header == "Eselon I"


def test_a_bps_kecamatan_table_offers_no_place_as_the_persons_name(tmp_path: Path) -> None:
    """BPS Kota Bandung's "jumlah PNS" per kecamatan (namakec, jenis_kelamin, jumlah_pns, tahun) was refused with
    "Nama … — maksud Anda 'namakec'?": the glued kecamatan name offered as the person's."""
    rows = ["ANDIR,LAKI-LAKI,47,2016", "ANDIR,PEREMPUAN,19,2016", "ASTANAANYAR,LAKI-LAKI,44,2016"]
    path = _write(tmp_path / "jumlah_pns.csv", "namakec,jenis_kelamin,jumlah_pns,tahun", rows)
    with pytest.raises(SchemaError) as caught:
        read_table(path, "pegawai")
    assert "namakec" not in str(caught.value)
    assert "rekap/statistik" in (caught.value.hint or "")


def test_a_per_person_table_without_names_is_not_called_a_recap(tmp_path: Path) -> None:
    """UGM's pension valuation (staff_id, birth date, TMT pensiun, "Total Masa Kerja Harapan (MK)") has no name and
    no readable NIP: refused rightly, but its hint called it a recap table for the word "Total"."""
    header = "No.,staff_id,Jenis Kelamin,Tanggal lahir (DD/MM/YYYY),Gol.,TMT Pensiun,Total Masa Kerja Harapan (MK)"
    rows = [f"{i},{5000 + i},M,11/03/199{i},III/b,2056-04-0{i},3{i}" for i in range(1, 5)]
    with pytest.raises(SchemaError) as caught:
        read_table(_write(tmp_path / "valuasi.csv", header, rows), "pegawai")
    assert "rekap/statistik" not in (caught.value.hint or "")


def test_a_pppk_golongan_with_its_numeral_bracketed_is_read(tmp_path: Path) -> None:
    """A Cabang Dinas Kehutanan's staff list writes the PNS "Penata, III/c" and each PPPK "Golongan (V)" in one
    `pangkat` column: every PPPK's golongan was unknown (golongan-tidak-dikenal)."""
    rows = [
        '"196803061998031007","Pegawai Satu","Penata, III/c","Penyuluh Kehutanan Ahli Muda"',
        '"197809302025211047","Pegawai Dua","Golongan (I)","Pengelola Umum Operasional"',
        '"199503132022211001","Pegawai Tiga","Golongan (V)","Penyuluh Kehutanan Pemula"',
    ]
    table = read_table(_write(tmp_path / "sibadak.csv", '"nip","nama","pangkat","jabatan"', rows), "pegawai")
    prepared = prepare_roster(table)
    assert list(prepared.frame["golongan"]) == ["III/c", "I", "V"]
    assert not [f for f in prepared.findings if f.code == "golongan-tidak-dikenal"]
