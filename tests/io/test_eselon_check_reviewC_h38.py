"""Review of this session's reading of a one-cell "Jabatan / Eselon" beside an ESELON column (reviewC, h38): the two
eselons are read by one rule, and an eselon written with less detail on one side is no difference."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.readers import read_table


def test_an_eselon_column_without_the_grade_or_as_siasn_id_is_checked_by_level(tmp_path: Path) -> None:
    # "III.a" beside "III" or "Eselon III" was a warning (two spellings of one eselon), and "IV.a" beside SIASN's
    # ESELON ID 31 (III.a) was none (31 read as no eselon)
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP,NAMA,Jabatan / Eselon,ESELON,UNIT KERJA\n"
        "197501012010011001,Andi,Kepala Bidang Umum / III.a,III,Sekretariat\n"
        "197602022011042002,Sri,Sekretaris / III.a,Eselon III,Sekretariat\n"
        "197703032012071003,Budi,Kepala Subbagian Umum / IV.a,31,Sekretariat\n"
        "197804042013012004,Dewi,Kepala Seksi Data / IV.b,IV/b,Sekretariat\n",
        encoding="utf-8",
    )
    raw = read_table(path, "pegawai")
    said = [f for f in raw.findings if f.code == "eselon-sel-jabatan-berbeda"]
    assert len(said) == 1
    assert "pada 1 baris" in said[0].message and "IV.a di sel jabatan, 31 di kolom eselon" in said[0].message


def test_one_reading_of_an_eselon() -> None:
    from asn_mutasi.domain.jabatan import eselon_grade, jenis_from_eselon

    assert eselon_grade("III.a") == eselon_grade("III/a") == eselon_grade("3a") == eselon_grade(31) == ("iii", "a")
    assert eselon_grade("Eselon IV") == ("iv", "")
    assert eselon_grade("Non Eselon") is None
    assert jenis_from_eselon("22") == "JPT Pratama" and jenis_from_eselon("IV.b") == "Pengawas"


def test_a_numeral_after_a_dash_stays_in_the_post(tmp_path: Path) -> None:
    # under "Jabatan / Eselon", "Inspektur Pembantu Wilayah - II" lost its II to the eselon (eselon II: JPT Pratama)
    # and the four Irban posts became one; an eselon after a dash says so by its grade or the word Eselon
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP,NAMA,Jabatan / Eselon,UNIT KERJA\n"
        "197501012010011001,Andi,Inspektur Pembantu Wilayah - II,Inspektorat\n"
        "197602022011042002,Sri,Kepala UPTD Wilayah-I,Dinas Pendidikan\n"
        "197703032012071003,Budi,Sekretaris - III.a,Inspektorat\n"
        "197804042013012004,Dewi,Kepala Seksi Data / IV,Sekretariat\n",
        encoding="utf-8",
    )
    raw = read_table(path, "pegawai")
    assert raw.frame["jabatan"].tolist() == [
        "Inspektur Pembantu Wilayah - II",
        "Kepala UPTD Wilayah-I",
        "Sekretaris",
        "Kepala Seksi Data",
    ]
    assert raw.frame["eselon"].tolist() == [None, None, "III.a", "IV"]
