"""Hostile input on this session's newest paths (hostile5, h31): title columns written into the name."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.readers import read_table


def test_a_title_column_of_excel_errors_and_nulls_adds_nothing_to_the_name(tmp_path: Path) -> None:
    """A GELAR DEPAN/BELAKANG looked up with VLOOKUP that found nothing ("#N/A", "#REF!" as a CSV saved from Excel
    writes them) or a pandas export's "nan" was written into the name as titles: "#N/A Budi Santoso, #N/A" went into
    every output and letter. Such a cell holds no title; the error values are named once, as in the other columns."""
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP,NAMA,GELAR DEPAN,GELAR BELAKANG,JABATAN,UNIT KERJA\n"
        "198001012005011001,Budi Santoso,#N/A,#N/A,Analis,Dinas A\n"
        "198001012005011002,Sri Wahyuni,nan,NaN,Analis,Dinas A\n"
        "198001012005011003,Agus Salim,#VALUE!,#REF!,Analis,Dinas A\n"
        "198001012005011004,Dewi Lestari,dr.,Sp.PD,Analis,Dinas A\n",
        encoding="utf-8",
    )
    raw = read_table(str(path), "pegawai")
    assert raw.frame["nama"].tolist() == ["Budi Santoso", "Sri Wahyuni", "Agus Salim", "dr. Dewi Lestari, Sp.PD"]
    said = [f for f in raw.findings if f.code == "sel-galat-excel"]
    assert len(said) == 1, [f.message for f in raw.findings]
    assert said[0].message.startswith("4 sel") and "#N/A, #REF!, #VALUE!" in said[0].message
    assert (said[0].location.column, said[0].location.row) == ("C", 2)
