"""Real exports of the real10 hunt (h32): SIASN rw-pendidikan and rw-skp given as the roster, Plt rows that are no
history (see tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def _history_said(path: Path) -> list[str]:
    table = prepare_roster(read_table(path, "pegawai"))
    return [f.message for f in table.findings if f.code == "pegawai-berisi-riwayat"]


def test_a_siasn_education_history_given_as_the_roster_is_named() -> None:
    """SIASN rw-pendidikan (one row per diploma, the NIP repeated; no post, unit or golongan): only the education
    changes, and the file was read as a roster with a nip-ganda per diploma and no word on its layout. It is named
    as an education history, without --riwayat (which reads position histories)."""
    said = _history_said(REAL / "siasn_rw_pendidikan.csv")
    assert len(said) == 1, said
    assert said[0].startswith("3 NIP tertulis") and "(4 baris lebih;" in said[0]
    assert "Riwayat Pendidikan SIASN" in said[0] and "--riwayat" not in said[0]


def test_a_siasn_education_history_reads_the_level_by_name() -> None:
    """tkPendidikanNama ("S-1/Sarjana") is the level; tkPendidikanId ("40") beside it is its code."""
    raw = read_table(REAL / "siasn_rw_pendidikan.csv", "pegawai")
    assert raw.columns["pendidikan"].header == "tkPendidikanNama"
    assert raw.columns["pendidikan"].how != "isi"


def test_a_siasn_appraisal_history_given_as_the_roster_is_named() -> None:
    """SIASN rw-skp (one row per year): the appraisal changes from year to year; the appraiser's post, unit and
    golongan are no column of the person's."""
    raw = read_table(REAL / "siasn_rw_skp.csv", "pegawai")
    assert not {"jabatan", "unit_kerja", "golongan"} & set(raw.columns)
    said = _history_said(REAL / "siasn_rw_skp.csv")
    assert len(said) == 1 and "Riwayat SKP SIASN" in said[0] and "(5 baris lebih;" in said[0]


def test_a_job_history_still_names_riwayat() -> None:
    said = _history_said(REAL / "siasn_rw_jabatan.csv")
    assert len(said) == 1 and "Riwayat Jabatan SIASN" in said[0] and "--riwayat" in said[0]


_HEADER = "NIP,NAMA,JABATAN,UNIT KERJA,GOLONGAN,PENDIDIKAN"
_PEOPLE = [
    "197501012010011001,Andi Pratama,Sekretaris,Sekretariat,IV/a,S-2",
    "197602022011042002,Sri Wahyuni,Kepala Bidang Pelayanan,Bidang Pelayanan,IV/a,S-1",
    "197703032012071003,Budi Hartono,Kepala Subbagian Umum,Sekretariat,III/d,S-1",
    "197804042013012004,Dewi Kartika,Analis Kebijakan Ahli Muda,Bidang Pelayanan,III/c,S-1",
    "198005052014021005,Rudi Hermawan,Pengadministrasi Umum,Sekretariat,II/c,SLTA",
]


def _roster(tmp_path: Path, lines: list[str], header: str = _HEADER) -> list[str]:
    path = tmp_path / "pegawai.csv"
    path.write_text(header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    table = prepare_roster(read_table(path, "pegawai"))
    return [f.code for f in table.findings]


def test_a_small_roster_listing_its_plt_officials_again_is_no_history(tmp_path: Path) -> None:
    """Negative: an OPD's roster of five writes two officials a second time for the post each holds acting ("Plt.
    Kepala Bidang …", "Pelaksana Harian …"): a second seat held now, not a past one; two of five NIPs repeated with
    another post was called a history export."""
    lines = [
        *_PEOPLE,
        "197602022011042002,Sri Wahyuni,Plt. Kepala Bidang Pengaduan,Bidang Pengaduan,IV/a,S-1",
        "197703032012071003,Budi Hartono,Pelaksana Harian Kepala Subbagian Keuangan,Sekretariat,III/d,S-1",
    ]
    codes = _roster(tmp_path, lines)
    assert codes.count("nip-ganda-plt") == 2 and "pegawai-berisi-riwayat" not in codes


def test_plt_said_in_a_status_column_is_no_history_either(tmp_path: Path) -> None:
    """Negative: the same with Plt written in a STATUS JABATAN column (a TPP roster's)."""
    lines = [f"{p},Definitif" for p in _PEOPLE]
    lines += [
        "197602022011042002,Sri Wahyuni,Kepala Bidang Pengaduan,Bidang Pengaduan,IV/a,S-1,Plt",
        "197703032012071003,Budi Hartono,Kepala Subbagian Keuangan,Sekretariat,III/d,S-1,Plt",
    ]
    codes = _roster(tmp_path, lines, _HEADER + ",STATUS JABATAN")
    assert "pegawai-berisi-riwayat" not in codes


def test_repeats_with_past_posts_are_still_a_history_beside_a_plt(tmp_path: Path) -> None:
    """Positive beside the Plt: two people written again with another, non-acting post are a history."""
    lines = [
        *_PEOPLE,
        "197602022011042002,Sri Wahyuni,Plt. Kepala Bidang Pengaduan,Bidang Pengaduan,IV/a,S-1",
        "197804042013012004,Dewi Kartika,Analis Kebijakan Ahli Pertama,Bidang Pelayanan,III/b,S-1",
        "198005052014021005,Rudi Hermawan,Pengolah Data,Sekretariat,II/b,SLTA",
    ]
    codes = _roster(tmp_path, lines)
    assert codes.count("pegawai-berisi-riwayat") == 1


def test_a_roster_pasted_twice_with_levels_respelled_is_no_history(tmp_path: Path) -> None:
    """Negative: the same people again, the level written "S1" for "S-1" and "SMA" for "SLTA" only in spacing and
    case ("s-1"): one entry in two spellings, no education history."""
    again = [p.replace(",S-1", ",s 1").replace(",S-2", ",S2") for p in _PEOPLE]
    codes = _roster(tmp_path, [*_PEOPLE, *again])
    assert codes.count("nip-ganda") == 5 and "pegawai-berisi-riwayat" not in codes


def test_a_baperjakat_draft_reads_name_nip_and_birth_from_one_cell_and_skips_the_board() -> None:
    """SIMPEG Kota Bogor's Baperjakat draft: "NAMA / NIP / TANGGAL LAHIR" on three lines of one cell (the date alone
    under the NIP) was refused for want of a NIP column; the board's signatures below it, set in two columns under
    "Demikian Hasil Rapat …", would have been read as people without a NIP."""
    raw = read_table(REAL / "draft_pelantikan_bogor.xlsx", "pegawai")
    assert raw.columns["nip"].how == "sel-nama" and raw.columns["tanggal_lahir"].how == "sel-nama"
    assert raw.columns["jabatan"].header == "JABATAN LAMA"
    table = prepare_roster(raw)
    assert len(table.frame) == 4 and (table.frame["_status"] == "valid").all()
    first = table.frame.iloc[0]
    assert first["nip"] == "197501012010011001" and first["nama"] == "Andi Pratama, S.Kom"
    assert str(first["tanggal_lahir"])[:10] == "1975-01-01"
    assert list(table.frame["golongan"]) == ["III/d", "III/c", "IV/a", "III/d"]
    assert not [f for f in table.findings if f.code == "sel-wajib-kosong"]


def _sheet(make_workbook: Callable[..., Path], rows: list[list[object]]) -> Path:
    return make_workbook("daftar.xlsx", {"Data": rows})


def test_a_bare_date_under_a_name_without_its_nip_is_no_birth(make_workbook: Callable[..., Path]) -> None:
    """Negative: a date alone under a name (no NIP line above it) may be any date: the name keeps it, and the roster
    keeps its own NIP and birth columns."""
    rows: list[list[object]] = [["NIP", "NAMA", "JABATAN", "UNIT KERJA", "TANGGAL LAHIR"]]
    rows += [
        [f"19750{k}0{k}2010011001", f"Pegawai {k}\n01-03-2010", "Pengolah Data", "Bagian Umum", f"0{k}-0{k}-1975"]
        for k in range(1, 5)
    ]
    raw = read_table(_sheet(make_workbook, rows), "pegawai")
    assert raw.columns["tanggal_lahir"].header == "TANGGAL LAHIR"
    assert not [f for f in raw.findings if f.code == "ttl-dari-sel-nama"]


def test_signatures_in_two_columns_after_a_closing_sentence_are_no_people(make_workbook: Callable[..., Path]) -> None:
    """A closing sentence in the first column, then the signers in two columns ("Ketua," | "Sekretaris,", their
    names, their NIPs): no row of it is a person. A data row after the sentence is still read."""
    rows: list[list[object]] = [["NO", "NIP", "NAMA", "JABATAN", "UNIT KERJA", "GOLONGAN"]]
    rows += [[k, f"19750{k}0{k}2010011001", f"Pegawai {k}", "Pengolah Data", "Bagian Umum", "III/a"] for k in (1, 2, 3)]
    rows += [["Demikian daftar ini dibuat untuk dipergunakan sebagaimana mestinya."], []]
    rows += [[None, None, "Ketua,", None, "Sekretaris,"], [None, None, "Budi Santoso", None, "Sri Wahyuni"]]
    rows += [[None, "'196001012000011001", None, None, "'196502022000012002"]]
    table = prepare_roster(read_table(_sheet(make_workbook, rows), "pegawai"))
    assert len(table.frame) == 3, table.frame[["_baris", "nama"]]
    rows.insert(5, [4, "197504042010011004", "Pegawai 4", "Pengolah Data", "Bagian Umum", "III/a"])
    after = prepare_roster(read_table(_sheet(make_workbook, rows), "pegawai")).frame
    assert list(after.loc[after["_status"] == "valid", "nama"]) == [f"Pegawai {k}" for k in (1, 2, 3, 4)]
