"""OPD proposals (issue 16 item 1): the template, many OPD workbooks merged, conflicts flagged, assessed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from cli_helpers import EXIT_OK, JABATAN_XLSX, PEGAWAI_XLSX, expect, run, stdout_json

import asn_mutasi as am
from asn_mutasi.errors import InputError

TANGGAL = date(2026, 11, 1)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("usulan") / "usulan_opd.xlsx"
    result = am.proposal_template(jabatan=JABATAN_XLSX, output=out, tanggal=TANGGAL)
    assert result.jabatan > 10
    return out


def test_template_has_dropdowns_from_the_peta_jabatan(template: Path) -> None:
    wb = openpyxl.load_workbook(template)
    assert wb.sheetnames == ["Usulan", "Daftar Jabatan", "Petunjuk"]
    ws = wb["Usulan"]
    assert [c.value for c in ws[1]][:4] == ["NIP", "Nama", "Jabatan Sekarang", "Kode Jabatan Tujuan"]
    rules = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    assert rules["D2:D501"].type == "list" and "Daftar Jabatan" in rules["D2:D501"].formula1
    assert rules["A2:A501"].type == "textLength" and rules["I2:I501"].type == "date"
    codes = [r[0] for r in wb["Daftar Jabatan"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert len(codes) == len(set(codes)) > 10


def _fill(template: Path, out: Path, rows: list[tuple[Any, ...]]) -> Path:
    wb = openpyxl.load_workbook(template)
    ws = wb["Usulan"]
    for r, values in enumerate(rows, start=2):
        for c, v in enumerate(values, start=1):
            ws.cell(r, c, v)
    wb.save(out)
    return out


def _pick() -> tuple[list[str], list[str]]:
    """Three NIPs of the sample roster and two post codes."""
    match = am.match(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, top=3, tanggal=TANGGAL)
    rows = match.to_json()
    codes = list(dict.fromkeys(str(r["kode_jabatan"]) for r in rows))[:2]
    nips = list(dict.fromkeys(str(r["nip"]) for r in rows))[:3]
    return nips, codes


def test_merging_many_opd_workbooks_flags_conflicts_and_assesses_every_row(template: Path, tmp_path: Path) -> None:
    nips, codes = _pick()
    folder = tmp_path / "masuk"
    folder.mkdir()
    _fill(
        template,
        folder / "dinas_a.xlsx",
        [
            (nips[0], "A", "", codes[0], "", "", "Kebutuhan unit", "Dinas A", "01-10-2026"),
            (nips[1], "B", "", codes[0], "", "", "Beban kerja", "Dinas A", "01-10-2026"),
        ],
    )
    _fill(
        template,
        folder / "dinas_b.xlsx",
        [
            (nips[0], "A", "", codes[1], "", "", "Pengembangan karier", "Dinas B", "02-10-2026"),
            (nips[2], "C", "", codes[0], "", "", "Rotasi", "Dinas B", "02-10-2026"),
        ],
    )
    result = am.merge_proposals(
        pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, usulan=[folder], output=tmp_path / "penilaian.xlsx", tanggal=TANGGAL
    )
    table = result.table
    assert len(table) == 4 and list(table["berkas"]) == ["dinas_a.xlsx", "dinas_a.xlsx", "dinas_b.xlsx", "dinas_b.xlsx"]
    assert list(table["pengusul"]) == ["Dinas A", "Dinas A", "Dinas B", "Dinas B"]
    twice = [f for f in result.findings if f.code == "usulan-nip-ganda"]
    assert len(twice) == 1 and nips[0] in twice[0].message
    assert "ke jabatan berbeda" in twice[0].message and "oleh pengusul berbeda" in twice[0].message
    assert "usulan-nip-ganda" in table["konflik"].iloc[0] and "usulan-nip-ganda" in table["konflik"].iloc[2]
    # three people asked for codes[0]: more than its open places in the sample (at most 2 free seats in any post)
    over = [f for f in result.findings if f.code == "usulan-melebihi-lowongan"]
    assert any(codes[0] in f.message and "3 orang" in f.message for f in over), [f.message for f in over]
    # the same verdicts as `assess` on the same rows (the assess logic, not a copy)
    assert table["layak"].dtype == bool
    wb = openpyxl.load_workbook(tmp_path / "penilaian.xlsx", read_only=True)
    assert wb.sheetnames == ["Penilaian Usulan", "Masalah"]


def test_cli_usulan_templat_and_gabung(template: Path, tmp_path: Path) -> None:
    out = tmp_path / "templat.xlsx"
    expect(run("usulan", "templat", JABATAN_XLSX, "-o", out), EXIT_OK)
    assert out.exists()
    nips, codes = _pick()
    f = _fill(template, tmp_path / "opd.xlsx", [(nips[0], "A", "", codes[0], "", "", "x", "Dinas A", "01-10-2026")])
    rows = stdout_json(
        expect(run("usulan", "gabung", PEGAWAI_XLSX, JABATAN_XLSX, f, "-f", "json", "--tanggal", "2026-11-01"), EXIT_OK)
    )
    assert len(rows) == 1 and rows[0]["nip"] == nips[0] and rows[0]["berkas"] == "opd.xlsx"


def test_an_empty_proposal_workbook_is_named_in_its_warning(template: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "opd_a.xlsx", tmp_path / "opd_b.xlsx"
    for target in (first, second):
        target.write_bytes(template.read_bytes())
    result = expect(run("usulan", "gabung", PEGAWAI_XLSX, JABATAN_XLSX, first, second), EXIT_OK)
    warned = [line for line in result.stderr.splitlines() if "usulan-tanpa-data" in line]
    assert len(warned) == 2 and "opd_a.xlsx" in warned[0] and "opd_b.xlsx" in warned[1]


def test_a_twice_proposed_nip_without_a_resolved_post_says_question_mark_not_nan() -> None:
    from asn_mutasi.rollout.proposals import duplicate_findings

    merged = pd.DataFrame(
        {
            "nip": ["198001012005011001", "198001012005011001"],
            "pengusul": ["Dinas A", "Dinas B"],
            "berkas": ["a.xlsx", "b.xlsx"],
            "baris_berkas": [5, 6],
        }
    )
    (finding,) = duplicate_findings(merged, pd.Series([float("nan"), "J-1"]))
    assert "Dinas A → ?" in finding.message and "nan" not in finding.message


def test_a_folder_of_opd_subfolders_is_read_whole_and_each_file_named_by_its_path(
    template: Path, tmp_path: Path
) -> None:
    """OPDs' forms come back one folder per OPD, often under the same file name: every one is read, told apart."""
    nips, codes = _pick()
    inbox = tmp_path / "masuk"
    for opd, nip in (("Dinas A", nips[0]), ("Dinas B", nips[1])):
        (inbox / opd).mkdir(parents=True)
        _fill(template, inbox / opd / "usulan.xlsx", [(nip, "", "", codes[0], "", "", "x", opd, "01-10-2026")])
    (inbox / ".cache").mkdir()
    _fill(template, inbox / ".cache" / "usulan.xlsx", [(nips[2], "", "", codes[0], "", "", "x", "", "01-10-2026")])
    result = am.merge_proposals(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, usulan=[inbox], tanggal=TANGGAL)
    assert list(result.table["berkas"]) == ["Dinas A/usulan.xlsx", "Dinas B/usulan.xlsx"]
    assert list(result.table["nip"]) == nips[:2]


def test_a_code_in_another_case_is_the_tables_and_an_unknown_code_is_no_over_asked_post(
    template: Path, tmp_path: Path
) -> None:
    nips, codes = _pick()
    rows = [
        (nips[0], "", "", f" {codes[0].lower()} ", "", "", "x", "Dinas A", "01-10-2026"),
        (nips[1], "", "", "TIDAK-ADA-99", "", "", "x", "Dinas A", "01-10-2026"),
    ]
    f = _fill(template, tmp_path / "opd.xlsx", rows)
    result = am.merge_proposals(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, usulan=[f], tanggal=TANGGAL)
    table = result.table
    assert table["kode_jabatan"].tolist() == [codes[0], "TIDAK-ADA-99"]
    assert table["jabatan_tujuan"].iloc[0]  # resolved: the post's name is there
    assert not table["layak"].iloc[1] and "TIDAK-ADA-99 tidak ditemukan" in table["alasan"].iloc[1]
    assert table["nama"].iloc[1]  # the person is known even when the post is not
    assert not [f for f in result.findings if f.code == "usulan-melebihi-lowongan" and "TIDAK-ADA-99" in f.message]
    assert table["konflik"].iloc[1] == ""


def test_an_unreadable_file_a_skipped_file_and_unreadable_dates_are_named_and_the_rest_merged(
    template: Path, tmp_path: Path
) -> None:
    """One empty kosong.xlsx aborted the whole merge (exit 3); a lock file and a .txt were skipped without a word;
    Tanggal Usulan '31-02-2026', '1 Mei 2026' and the serial 46000 passed through unread (hostile-input campaign)."""
    nips, codes = _pick()
    inbox = tmp_path / "masuk"
    inbox.mkdir()
    rows = [
        (nips[0], "", "", codes[0], "", "", "x", "Dinas A", "31-02-2026"),
        (nips[1], "", "", codes[0], "", "", "x", "Dinas A", "1 Mei 2026"),
        (nips[2], "", "", codes[1], "", "", "x", "Dinas A", 46000),
    ]
    _fill(template, inbox / "dinas_a.xlsx", rows)
    (inbox / "kosong.xlsx").write_bytes(b"")
    (inbox / "catatan.txt").write_text("lihat lampiran", encoding="utf-8")
    (inbox / "~$dinas_a.xlsx").write_bytes(b"lock")
    result = am.merge_proposals(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, usulan=[inbox], tanggal=TANGGAL)
    assert list(result.table["nip"]) == nips
    assert list(result.table["tanggal_usulan"]) == ["31-02-2026", date(2026, 5, 1), date(2025, 12, 9)]  # 46000
    by_code = {f.code: f for f in result.findings}
    assert "kosong.xlsx" in by_code["usulan-tidak-terbaca"].location.file
    assert (
        by_code["usulan-berkas-dilewati"].message.startswith("2 berkas")
        and "catatan.txt" in by_code["usulan-berkas-dilewati"].message
    )
    assert by_code["usulan-tanggal-tidak-terbaca"].location.row == 2
    only_empty = tmp_path / "hanya"
    only_empty.mkdir()
    (only_empty / "kosong.xlsx").write_bytes(b"")
    with pytest.raises(InputError, match="kosong"):
        am.merge_proposals(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, usulan=[only_empty], tanggal=TANGGAL)


def test_cli_gabung_exits_1_when_a_file_was_left_out(template: Path, tmp_path: Path) -> None:
    """The merge goes on without an unreadable file, but a script must not read success (review)."""
    nips, codes = _pick()
    inbox = tmp_path / "masuk"
    inbox.mkdir()
    _fill(template, inbox / "dinas_a.xlsx", [(nips[0], "", "", codes[0], "", "", "x", "Dinas A", "01-10-2026")])
    (inbox / "kosong.xlsx").write_bytes(b"")
    result = run("usulan", "gabung", PEGAWAI_XLSX, JABATAN_XLSX, inbox, "-f", "json", "--tanggal", "2026-11-01")
    assert result.exit_code == 1 and stdout_json(result)[0]["nip"] == nips[0]
    assert "usulan-tidak-terbaca" in result.stderr and "1 tidak terbaca" in result.stderr


def test_a_mistyped_nip_is_named_by_the_name_and_post_the_opd_wrote(template: Path, tmp_path: Path) -> None:
    """An OPD typed another person's NIP: that person was assessed (and could be moved) without a word, and the
    template's own Nama / Jabatan Sekarang columns were called unknown (walkthrough, h24)."""
    roster = pd.read_excel(PEGAWAI_XLSX, header=None, dtype=str, engine="calamine")
    head = next(i for i, row in roster.iterrows() if "NIP" in row.tolist())
    people = roster.iloc[head + 1 :].set_axis(roster.iloc[head].tolist(), axis=1)
    person = people[people["NIP"].str.fullmatch(r"\d{18}", na=False)].iloc[0]  # (under the numbering row)
    _, codes = _pick()
    folder = tmp_path / "masuk"
    folder.mkdir()
    _fill(
        template,
        folder / "dinas_a.xlsx",
        [
            (
                person["NIP"],
                "Kartika Sari",
                "Pengolah Data dan Informasi",
                codes[0],
                "",
                "",
                "Kebutuhan",
                "Dinas A",
                "",
            ),
            (person["NIP"], person["NAMA"].split(",")[0].upper(), "", codes[1], "", "", "Kebutuhan", "Dinas A", ""),
        ],
    )
    result = am.merge_proposals(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, usulan=[folder], tanggal=TANGGAL)
    said = [f for f in result.findings if f.code == "usulan-nama-beda"]
    assert len(said) == 1 and said[0].location.row == 2  # the same name in capitals, without its title, is no alarm
    assert "Kartika Sari" in said[0].message and person["NAMA"] in said[0].message
    assert [f.location.row for f in result.findings if f.code == "usulan-jabatan-beda"] == [2]
    unknown = [f for f in result.findings if f.code == "kolom-tidak-dikenal"]
    assert not [f for f in unknown if f.location.header in ("Nama", "Jabatan Sekarang")]


def test_a_nip_not_found_keeps_what_the_opd_wrote_and_names_who_it_may_mean(template: Path, tmp_path: Path) -> None:
    """A row whose NIP failed lost the OPD's Nama and the valid kode's post, said only "tidak ditemukan" though the
    real NIP, same name, was one digit away, counted as one more person for the post, and its date was ISO text in
    a General cell (walk5, h28). A NIP far from everyone with another name gets no suggestion."""
    roster = pd.read_excel(PEGAWAI_XLSX, header=None, dtype=str, engine="calamine")
    head = next(i for i, row in roster.iterrows() if "NIP" in row.tolist())
    people = roster.iloc[head + 1 :].set_axis(roster.iloc[head].tolist(), axis=1)
    person = people[people["NIP"].str.fullmatch(r"\d{18}", na=False)].iloc[0]
    nip = str(person["NIP"])
    typo = nip[:-1] + ("1" if nip[-1] != "1" else "2")
    if typo in set(people["NIP"]):
        pytest.skip("the typo is someone's NIP in this sample")
    _, codes = _pick()
    folder = tmp_path / "masuk"
    folder.mkdir()
    day = pd.Timestamp("2026-11-20").to_pydatetime()
    rows = [
        (typo, person["NAMA"], "", codes[0], "", "", "Kebutuhan", "Dinas A", day),
        ("199001012020121999", "Nama Tidak Ada", "", codes[0], "", "", "Kebutuhan", "Dinas A", day),
    ]
    _fill(template, folder / "dinas_a.xlsx", rows)
    out = tmp_path / "penilaian.xlsx"
    result = am.merge_proposals(
        pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, usulan=[folder], output=out, tanggal=TANGGAL
    )
    table = result.table
    post = am.match(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, top=3, tanggal=TANGGAL).to_json()
    name_of = {str(r["kode_jabatan"]): r["nama_jabatan"] for r in post}
    assert list(table["nama"]) == [person["NAMA"], "Nama Tidak Ada"]
    assert list(table["jabatan_tujuan"]) == [name_of[codes[0]]] * 2 and all(table["unit_tujuan"])
    assert table["alasan"].iloc[0].endswith(f"Mungkin yang dimaksud: {person['NAMA']} (NIP {nip}).")
    assert "Mungkin" not in table["alasan"].iloc[1]
    assert not [f for f in result.findings if f.code == "usulan-melebihi-lowongan"]  # nobody to move
    cell = openpyxl.load_workbook(out)["Penilaian Usulan"]["D2"]
    assert cell.value == day and cell.number_format.lower() == "dd-mm-yyyy"


def test_the_assessment_written_into_the_proposals_folder_is_not_read_again(template: Path, tmp_path: Path) -> None:
    """Run twice with ``-o`` in the folder it reads: the second run read its own assessment as one more OPD's
    proposals ("10 usulan dari 2 berkas" for 5 from 1; hostile-input campaign, h24)."""
    nips, codes = _pick()
    folder = tmp_path / "masuk"
    folder.mkdir()
    _fill(template, folder / "dinas_a.xlsx", [(nips[0], "", "", codes[0], "", "", "Kebutuhan", "Dinas A", "")])
    out = folder / "penilaian.xlsx"
    for _ in range(2):
        result = am.merge_proposals(
            pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, usulan=[folder], output=out, overwrite=True, tanggal=TANGGAL
        )
        assert len(result.table) == 1 and [p.name for p in result.files] == ["dinas_a.xlsx"]
    assert not [f for f in result.findings if f.code == "usulan-nip-ganda"]


@pytest.mark.parametrize(
    ("written", "recorded", "same"),
    [
        ("M. Rizki", "Muhammad Rizki, S.Kom", True),  # the abbreviations of Muhammad (diff review, h24)
        ("Moh. Arif", "Mohammad Arif", True),
        ("Mhd. Iqbal", "Muhammad Iqbal", True),
        ("HENI MAULANA", "H. Heni Maulana, S.E.", True),  # capitals and titles
        ("Siti Aminah", "Siti Nur Aminah", True),  # a middle name left out
        ("Heni Maulan", "Heni Maulana", True),  # a typo of a long word
        ("Tri Wahyuni", "Sri Wahyuni", False),  # another person
        ("Kartika", "Heni Maulana", False),
        ("Santoso Budi", "Budi Santoso", True),  # words reordered (second review)
        ("Adi Saputra", "Ahmadi Saputra", False),  # a short word is a name of its own
        ("Nur Hidayat", "Nur Hidayah", False),
    ],
)
def test_a_name_written_by_an_opd_is_compared_as_a_name(written: str, recorded: str, same: bool) -> None:
    from asn_mutasi.rollout.proposals import _alike, _words

    assert _alike(_words(written, name=True), _words(recorded, name=True), name=True) is same


def _roster_names() -> dict[str, str]:
    """NIP → name of the sample roster (its first rows)."""
    roster = pd.read_excel(PEGAWAI_XLSX, header=None, dtype=str, engine="calamine")
    head = next(i for i, row in roster.iterrows() if "NIP" in row.tolist())
    people = roster.iloc[head + 1 :].set_axis(roster.iloc[head].tolist(), axis=1)
    people = people[people["NIP"].str.fullmatch(r"\d{18}", na=False)]
    return dict(zip(people["NIP"], people["NAMA"], strict=True))


def _opd_form(path: Path, header: list[str], rows: list[list[object]], sign_at: int = 3) -> Path:
    """An OPD's own 'DAFTAR USULAN MUTASI' form: title rows, the header, a numbering row, the proposals, and a
    signature block under them (in column ``sign_at``, 0-based)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Usulan"
    ws.append(["DAFTAR USULAN MUTASI PEGAWAI NEGERI SIPIL"])
    ws.append(["OPD PENGUSUL : DINAS KESEHATAN"])
    ws.append([])
    ws.append(header)
    ws.append(list(range(1, len(header) + 1)))
    for row in rows:
        ws.append(row)
    ws.append([])
    for line in (
        "Kendal, 1 Desember 2026",
        "KEPALA DINAS KESEHATAN",
        "dr. Nama Kepala, M.Kes.",
        "NIP. 197001011995031001",
    ):
        ws.append([""] * sign_at + [line])
    wb.save(path)
    return path


def test_an_opd_form_with_name_and_nip_in_one_cell_is_read_like_the_roster(tmp_path: Path) -> None:
    """An OPD form writes "NAMA / NIP" (the NIP on the name's second line), as a lampiran SK does: the roster reader
    reads it, the proposal reader refused the file ("kolom wajib tidak ditemukan: 'nip'", h26/real6). Its signature
    block (the head's NIP under the table) is no proposal."""
    nips, codes = _pick()
    names = _roster_names()
    rows = [
        [k + 1, f"{names.get(nip, 'Pegawai')}\nNIP. {nip}", "Pengadministrasi", codes[0], "Kebutuhan"]
        for k, nip in enumerate(nips[:2])
    ]
    form = _opd_form(
        tmp_path / "usulan_dinkes.xlsx", ["NO", "NAMA / NIP", "JABATAN LAMA", "KODE JABATAN", "ALASAN"], rows
    )
    result = am.merge_proposals(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, usulan=[form], tanggal=TANGGAL)
    assert list(result.table["nip"]) == nips[:2]
    assert list(result.table["kode_jabatan"]) == [codes[0], codes[0]]
    assert "nip-dari-sel-nama" in {f.code for f in result.findings}


def test_a_signature_block_written_in_the_name_column_is_no_proposal(tmp_path: Path) -> None:
    """Under a "NAMA / NIP" column the block's place-and-date, office, signer and "NIP. 1970…" lines were four more
    proposals, the signer's NIP one of them (fourth review, h26)."""
    nips, codes = _pick()
    names = _roster_names()
    rows = [
        [k + 1, f"{names.get(nip, 'Pegawai')}\nNIP. {nip}", "Pengadministrasi", codes[0], "Kebutuhan"]
        for k, nip in enumerate(nips[:2])
    ]
    header = ["NO", "NAMA / NIP", "JABATAN LAMA", "KODE JABATAN", "ALASAN"]
    form = _opd_form(tmp_path / "usulan_dinkes.xlsx", header, rows, sign_at=1)
    result = am.merge_proposals(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, usulan=[form], tanggal=TANGGAL)
    assert list(result.table["nip"]) == nips[:2]


def test_an_opd_forms_proposed_post_and_unit_headers_and_its_proposer_title_are_read(tmp_path: Path) -> None:
    """An OPD form heads the target JABATAN / UNIT KERJA YANG DIUSULKAN and names its OPD in a title row ("OPD
    PENGUSUL : DINAS KESEHATAN"): every proposal was "tidak menyebut kode jabatan maupun nama jabatan tujuan" with no
    word on the unread columns, and the pengusul was the file's name (h26/real6)."""
    match = am.match(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, top=3, tanggal=TANGGAL).to_json()
    first = match[0]
    header = [
        "NO",
        "NAMA",
        "NIP",
        "JABATAN LAMA",
        "UNIT KERJA LAMA",
        "JABATAN YANG DIUSULKAN",
        "UNIT KERJA YANG DIUSULKAN",
    ]
    row = [
        1,
        first["nama"],
        first["nip"],
        first["jabatan_asal"],
        first["unit_asal"],
        first["nama_jabatan"],
        first["unit_kerja"],
    ]
    form = _opd_form(tmp_path / "usulan_dinkes.xlsx", header, [row])
    result = am.merge_proposals(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, usulan=[form], tanggal=TANGGAL)
    assert list(result.table["kode_jabatan"]) == [first["kode_jabatan"]]
    assert list(result.table["pengusul"]) == ["DINAS KESEHATAN"]
    # a target column the reader does not know is said on stderr, not left to 'tidak layak' alone; -v lists the rest
    header[5], header[6] = "JABATAN YG DIMINTA", "TEMPAT YG DIMINTA"
    odd = _opd_form(tmp_path / "usulan_lain.xlsx", header, [row])
    said = expect(
        run("usulan", "gabung", PEGAWAI_XLSX, JABATAN_XLSX, odd, "-f", "json", "--tanggal", "2026-11-01"), EXIT_OK
    )
    line = next(x for x in said.stderr.splitlines() if "usulan-tanpa-kolom-tujuan" in x)
    assert "JABATAN YG DIMINTA" in line and "'NO'" not in line
    verbose = expect(run("-v", "usulan", "gabung", PEGAWAI_XLSX, JABATAN_XLSX, odd, "--tanggal", "2026-11-01"), EXIT_OK)
    assert "kolom-tidak-dikenal" in verbose.stderr and "TEMPAT YG DIMINTA" in verbose.stderr


def test_a_plain_jabatan_and_unit_beside_the_proposed_ones_are_the_present_post(tmp_path: Path) -> None:
    """A form with JABATAN, UNIT KERJA, JABATAN YANG DIUSULKAN and UNIT KERJA YANG DIUSULKAN read the present post as
    the target (the person proposed to their own post, layak 87.5; fourth review, h26)."""
    from asn_mutasi.io.readers import read_table

    path = tmp_path / "usulan.csv"
    path.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA,JABATAN YANG DIUSULKAN,UNIT KERJA YANG DIUSULKAN\n"
        "199010302013121001,Dimas,Penelaah Teknis Kebijakan,Badan Pendapatan Daerah,Penata Layanan Operasional,"
        "Badan Kepegawaian Daerah\n",
        encoding="utf-8",
    )
    raw = read_table(path, "usulan")
    row = raw.frame.iloc[0]
    assert (row["nama_jabatan"], row["unit_kerja"]) == ("Penata Layanan Operasional", "Badan Kepegawaian Daerah")
    assert row["jabatan_sekarang"] == "Penelaah Teknis Kebijakan"
