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


def test_a_roster_pasted_twice_in_two_spellings_is_no_history(tmp_path: Path) -> None:
    """A roster pasted twice, the copy's posts and units in capitals, its TMT written 2015-03-01 and its golongan IIIa:
    every NIP repeats with the same entry, spelt otherwise. It was called a history export (pegawai-berisi-riwayat,
    an error pointing to --riwayat) because the cells were compared as written; they are compared as read. A copy
    whose posts do change is still a history (the entries' TMT and golongan too)."""
    from asn_mutasi.validation import prepare_roster

    nips = [f"19{70 + i:02d}0{(i % 9) + 1}1{(i % 9) + 1}2008011{i + 1:03d}" for i in range(6)]
    first = [f"{n},Pegawai {i},Pengolah Data,Bagian Umum,01-03-2015,III/a" for i, n in enumerate(nips)]
    copy = [f"{n},PEGAWAI {i},PENGOLAH DATA,BAGIAN UMUM ,2015-03-01,IIIa" for i, n in enumerate(nips)]
    moved = [f"{n},Pegawai {i},Analis Kebijakan,Bagian Hukum,01-03-2019,III/b" for i, n in enumerate(nips)]
    header = "NIP,NAMA,JABATAN,UNIT KERJA,TMT JABATAN,GOL/RUANG\n"
    for name, lines, history in (("salinan", first + copy, False), ("riwayat", first + moved, True)):
        path = tmp_path / f"{name}.csv"
        path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
        codes = [f.code for f in prepare_roster(read_table(str(path), "pegawai")).findings]
        assert codes.count("nip-ganda") == 6, codes
        assert ("pegawai-berisi-riwayat" in codes) is history, (name, codes)
