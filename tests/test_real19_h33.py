"""Real layouts of the real19 hunt (h33): public Indonesian personnel apps (tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.domain.nip import NipError, normalize_nip
from asn_mutasi.io.readers import read_table
from asn_mutasi.io.sheet_layout import split_birth_from_names, split_eselon_from_post
from asn_mutasi.validation import prepare_roster

#: the head of a Basarnas SIMPEG's ``nominatif_pegawai`` view (its ``head_table()``), trimmed to the columns read here
_HEAD = (
    "<table><thead><tr><td rowspan='2'>NO</td><td rowspan='2'>NAMA DAN <br>TEMPAT TANGGAL <br>LAHIR</td>"
    "<td rowspan='2'>NIP / NRP <br>KARPEG</td><td rowspan='2'>AGAMA</td><td rowspan='2'>JK</td>"
    "<td colspan='2'>JUMLAH <br>KELUARGA</td></tr><tr><td>ISTRI/ SUAMI</td><td>ANAK</td></tr>"
    "<tr class='nh'><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td></tr></thead><tbody>"
)
_ROWS = [
    ("Rahmat Hidayat", "198004122006041002", "L 123456", "L"),
    ("Siti Aminah", "198709052011012003", "M 654321", "P"),
    ("Yohanes Tarigan", "199011212014031001", "N 111222", "L"),
]


def _nominatif(tmp_path: Path) -> Path:
    body = "".join(
        f"<tr><td>{i}</td><td>{nama}</td><td>{nip}<br>{karpeg}</td><td>Islam</td><td>{jk}</td><td>1</td><td>2</td></tr>"
        for i, (nama, nip, karpeg, jk) in enumerate(_ROWS, start=1)
    )
    path = tmp_path / "nominatif_pegawai.xls"
    path.write_text("<html><body>" + _HEAD + body + "</tbody></table></body></html>", encoding="utf-8")
    return path


def test_a_nip_stacked_over_the_karpeg_number_is_the_nip() -> None:
    assert normalize_nip("198004122006041002\nL 123456") == "198004122006041002"
    assert normalize_nip("L 123456\n198004122006041002") == "198004122006041002"
    assert normalize_nip("198004122006041002\n") == "198004122006041002"


@pytest.mark.parametrize("cell", ["198004122006041002\n198709052011012003", "L 123456\nM 654321"])
def test_a_stacked_cell_without_exactly_one_nip_stays_refused(cell: str) -> None:
    with pytest.raises(NipError):
        normalize_nip(cell)


def test_the_nip_nrp_karpeg_column_of_a_daftar_nominatif_is_read(tmp_path: Path) -> None:
    """ "NIP / NRP <br> KARPEG" was no NIP header (the roster refused: no NIP column), and its cells, the NIP over
    the Kartu Pegawai number, were refused for the card's letter."""
    raw = read_table(_nominatif(tmp_path), "pegawai")
    assert raw.columns["nip"].header.split() == ["NIP", "/", "NRP", "KARPEG"]
    table = prepare_roster(raw)
    assert table.frame["nip"].tolist() == [nip for _, nip, _, _ in _ROWS]
    codes = {f.code for f in list(raw.findings) + table.findings}
    assert not codes & {"nip-tidak-valid", "kolom-isi-tidak-cocok"}


def _with_courses(tmp_path: Path) -> Path:
    """The nominatif with its first person merged over two rows, the second course on a row of its own (the view's
    ``rowspan`` over each further "Diklat Teknis")."""
    head = _HEAD.replace("JUMLAH <br>KELUARGA", "KURSUS / <br>DIKLAT TEKNIS")
    head = head.replace("<td>ISTRI/ SUAMI</td><td>ANAK</td>", "<td>NAMA DIKLAT</td><td>THN</td>")
    nama, nip, karpeg, jk = _ROWS[0]
    body = (
        f"<tr><td rowspan='2'>1</td><td rowspan='2'>{nama}</td><td rowspan='2'>{nip}<br>{karpeg}</td>"
        f"<td rowspan='2'>Islam</td><td rowspan='2'>{jk}</td><td>Diklat SAR Dasar</td><td>2008</td></tr>"
        "<tr><td>Diklat Rescue Air</td><td>2012</td></tr>"
    )
    for i, (nama, nip, karpeg, jk) in enumerate(_ROWS[1:], start=2):
        body += f"<tr><td>{i}</td><td>{nama}</td><td>{nip}<br>{karpeg}</td><td>Islam</td><td>{jk}</td><td></td><td></td></tr>"
    path = tmp_path / "nominatif_diklat.xls"
    path.write_text("<html><body>" + head + body + "</tbody></table></body></html>", encoding="utf-8")
    return path


def test_a_person_merged_over_a_further_course_row_is_one_person(tmp_path: Path) -> None:
    """The rows a person's NIP cell is merged over were copied into a second person with the same NIP (nip-ganda:
    the person counted twice); they are that person's continuation, said once."""
    raw = read_table(_with_courses(tmp_path), "pegawai")
    table = prepare_roster(raw)
    assert table.frame["nip"].tolist() == [nip for _, nip, _, _ in _ROWS]
    codes = [f.code for f in list(raw.findings) + table.findings]
    assert "nip-ganda" not in codes
    assert codes.count("pegawai-baris-lanjutan") == 1


def test_a_unit_merged_over_several_people_still_fills_each(tmp_path: Path) -> None:
    """Only a merged NIP makes continuation rows: a unit merged over its people is still each one's unit."""
    rows = "".join(
        f"<tr><td>{i}</td><td>{nama}</td><td>{nip}</td>"
        + ("<td rowspan='3'>Bagian Umum</td>" if i == 1 else "")
        + "</tr>"
        for i, (nama, nip, _, _) in enumerate(_ROWS, start=1)
    )
    path = tmp_path / "unit_gabung.xls"
    head = "<table><tr><td>NO</td><td>NAMA</td><td>NIP</td><td>UNIT KERJA</td></tr>"
    path.write_text("<html><body>" + head + rows + "</table></body></html>", encoding="utf-8")
    table = prepare_roster(read_table(path, "pegawai"))
    assert table.frame["unit_kerja"].tolist() == ["Bagian Umum"] * 3


@pytest.mark.parametrize(
    ("cell", "post", "eselon"),
    [
        ("Kepala Seksi Operasi\n02-01-2019\nIV.a", "Kepala Seksi Operasi", "IV.a"),
        ("Analis Keuangan\n01-02-2020\n", "Analis Keuangan", None),
        ("Rescuer Terampil\n2021-05-01\n-", "Rescuer Terampil", None),
    ],
)
def test_a_post_over_its_tmt_and_eselon_lines_is_the_post(cell: str, post: str, eselon: str | None) -> None:
    assert split_eselon_from_post(cell) == (post, eselon)


@pytest.mark.parametrize("cell", ["Kepala Seksi\nOperasi dan Siaga", "Kepala Seksi Operasi\nIV.a\nlain", "Analis\n12"])
def test_a_post_whose_further_line_is_no_date_keeps_it(cell: str) -> None:
    assert split_eselon_from_post(cell) is None


def test_the_jabatan_tmt_eselon_column_of_a_daftar_nominatif_is_the_post(tmp_path: Path) -> None:
    """ "JABATAN <br> TMT <br> ESELON" was no post column (the roster had no jabatan; rencana refused it)."""
    head = _HEAD.replace(
        "KELUARGA</td></tr>", "KELUARGA</td><td rowspan='2'>JABATAN <br>TMT <br>ESELON</td></tr>"
    ).replace("<td>7</td></tr>", "<td>7</td><td>8</td></tr>")
    posts = [
        "Kepala Seksi Operasi<br>02-01-2019<br>IV.a",
        "Analis Keuangan<br>01-02-2020<br>",
        "Rescuer Terampil<br>01-05-2021<br>",
    ]
    body = "".join(
        f"<tr><td>{i}</td><td>{nama}</td><td>{nip}<br>{karpeg}</td><td>Islam</td><td>{jk}</td><td>1</td><td>2</td><td>{post}</td></tr>"
        for i, ((nama, nip, karpeg, jk), post) in enumerate(zip(_ROWS, posts, strict=True), start=1)
    )
    path = tmp_path / "nominatif_jabatan.xls"
    path.write_text("<html><body>" + head + body + "</tbody></table></body></html>", encoding="utf-8")
    table = prepare_roster(read_table(path, "pegawai"))
    assert table.frame["jabatan"].tolist() == ["Kepala Seksi Operasi", "Analis Keuangan", "Rescuer Terampil"]


def test_a_birthplace_line_over_its_date_line_leaves_the_name() -> None:
    """ "Rahmat Hidayat\\nJakarta,\\n12-04-1980" (the view prints ``tempat_lahir.",<br>".date``) kept both lines in
    the name."""
    names, dates = split_birth_from_names(
        ["Rahmat Hidayat, S.T.\nJakarta,\n12-04-1980", "Siti Aminah\nMedan, 05-09-1987"]
    )
    assert names == ["Rahmat Hidayat, S.T.", "Siti Aminah"]
    assert dates == ["12-04-1980", "05-09-1987"]


def test_a_comma_line_over_a_date_that_is_no_birth_stays_in_the_cell() -> None:
    names, dates = split_birth_from_names(["Budi\nPembina Tk. I,\n01-04-2019"])
    assert names == ["Budi\nPembina Tk. I,\n01-04-2019"] and dates == [None]


def test_the_pangkat_terakhir_gol_tmt_column_is_the_golongan(tmp_path: Path) -> None:
    """ "PANGKAT TERAKHIR" over "GOL. TMT" (pangkat, golongan and TMT a line each) named no field: no golongan was
    read; "CPNS <br> GOL. <br> TMT" beside it (the golongan at entry) is not the golongan now."""
    head = _HEAD.replace(
        "<td colspan='2'>JUMLAH <br>KELUARGA</td>",
        "<td rowspan='2'>CPNS <br>GOL. <br>TMT</td><td colspan='2'>PANGKAT TERAKHIR</td>",
    ).replace("<td>ISTRI/ SUAMI</td><td>ANAK</td>", "<td>GOL. TMT</td><td>NO. / TGL SK</td>")
    head = head.replace("<td>7</td></tr>", "<td>7</td><td>8</td></tr>")
    golongan = [("Penata Tingkat I", "III/d"), ("Penata", "III/c"), ("Pengatur", "II/c")]
    body = "".join(
        f"<tr><td>{i}</td><td>{nama}</td><td>{nip}<br>{karpeg}</td><td>Islam</td><td>{jk}</td>"
        f"<td>Penata Muda<br>III/a<br>01-04-2006</td><td>{pangkat}<br>{gol}<br>01-04-2018</td><td>823/KP<br>15-03-2018</td></tr>"
        for i, ((nama, nip, karpeg, jk), (pangkat, gol)) in enumerate(zip(_ROWS, golongan, strict=True), start=1)
    )
    path = tmp_path / "nominatif_pangkat.xls"
    path.write_text("<html><body>" + head + body + "</tbody></table></body></html>", encoding="utf-8")
    raw = read_table(path, "pegawai")
    assert raw.columns["golongan"].header.startswith("PANGKAT TERAKHIR")
    assert prepare_roster(raw).frame["golongan"].tolist() == [gol for _, gol in golongan]


def test_the_pendidikan_jurusan_thn_lulus_column_is_named_by_its_header(tmp_path: Path) -> None:
    """ "PENDIDIKAN TERAKHIR <br> JURUSAN <br> THN LULUS" was taken for pendidikan only from its content, with a
    warning asking the analyst to check a column that is plainly the education."""
    head = _HEAD.replace(
        "KELUARGA</td></tr>", "KELUARGA</td><td rowspan='2'>PENDIDIKAN <br>TERAKHIR <br>JURUSAN <br>THN LULUS</td></tr>"
    ).replace("<td>7</td></tr>", "<td>7</td><td>8</td></tr>")
    body = "".join(
        f"<tr><td>{i}</td><td>{nama}</td><td>{nip}<br>{karpeg}</td><td>Islam</td><td>{jk}</td><td>1</td><td>2</td>"
        f"<td>S1<br>Teknik Sipil<br>2003</td></tr>"
        for i, (nama, nip, karpeg, jk) in enumerate(_ROWS, start=1)
    )
    path = tmp_path / "nominatif_pendidikan.xls"
    path.write_text("<html><body>" + head + body + "</tbody></table></body></html>", encoding="utf-8")
    raw = read_table(path, "pegawai")
    assert raw.columns["pendidikan"].header.startswith("PENDIDIKAN TERAKHIR")
    assert "kolom-dipetakan-dari-isi" not in {f.code for f in raw.findings}
    assert set(prepare_roster(raw).frame["pendidikan"]) == {"S-1"}
