"""lang3 (h32): the pegawai-berisi-riwayat finding names what changes in the file given and its history once."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def _said(path: Path) -> str:
    table = prepare_roster(read_table(path, "pegawai"))
    (message,) = [f.message for f in table.findings if f.code == "pegawai-berisi-riwayat"]
    return message


def test_an_appraisal_or_education_history_is_told_by_what_changes_in_it() -> None:
    """An SKP history was said to repeat NIPs "dengan jabatan, unit, TMT, golongan, pendidikan atau nilai SKP yang
    berbeda": the file has no post, unit, TMT or golongan. Only what changes is named."""
    skp = _said(REAL / "siasn_rw_skp.csv")
    # (each year its own value, and the year column beside it: real11 reads the year as a change too)
    assert "di beberapa baris dengan nilai SKP atau tahun SKP yang berbeda (" in skp
    education = _said(REAL / "siasn_rw_pendidikan.csv")
    assert "di beberapa baris dengan pendidikan yang berbeda (" in education
    assert "--riwayat" not in education and "sebagai data pegawai, berikan berkas yang satu baris" in education


def test_two_histories_in_one_file_are_named_once_each_with_one_source(tmp_path: Path) -> None:
    """Posts and golongan changing: "Riwayat Jabatan atau Riwayat Golongan SIASN" (was "Riwayat Jabatan SIASN atau
    Riwayat Golongan SIASN"), the changes listed "a, b atau c", and --riwayat offered as one clause."""
    path = tmp_path / "riwayat.csv"
    path.write_text(
        "NIP,Nama,Jabatan,Golongan\n"
        "197908302008011001,Andi Pratama,Pengolah Data,III/a\n"
        "197908302008011001,Andi Pratama,Analis Kebijakan,III/b\n"
        "198002142009012002,Sri Wahyuni,Pengolah Data,III/a\n"
        "198002142009012002,Sri Wahyuni,Pengolah Data,III/b\n",
        encoding="utf-8",
    )
    said = _said(path)
    assert "dengan jabatan atau golongan yang berbeda (" in said
    assert "(Riwayat Jabatan atau Riwayat Golongan SIASN, satu baris per riwayat)" in said
    assert "berikan berkas ini dengan --riwayat (pengalaman jabatan); sebagai data pegawai, berikan" in said
