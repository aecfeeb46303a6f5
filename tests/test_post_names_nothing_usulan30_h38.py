"""A roster post that names only a kind of post ("Fungsional", "STAF", "JFU", "Pelaksana") is said in the roster
check, and the linker and the plan say why its holder is linked to nothing (usulan30, h38)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

import asn_mutasi as am
from asn_mutasi.domain.jabatan import names_no_post

TANGGAL = date(2026, 11, 1)
REAL = Path(__file__).parent / "fixtures" / "real"


@pytest.mark.parametrize(
    "cell", ["Fungsional", "STAF", "Staff", "Pelaksana", "Fungsional Umum", "JFT", "JFU", "JFU/Pelaksana", " jft "]
)
def test_a_kind_of_post_names_no_post(cell: str) -> None:
    assert names_no_post(cell)


@pytest.mark.parametrize(
    "cell",
    ["Pranata Komputer", "Pelaksana Harian", "Staf Ahli Bupati", "Pengadministrasi Perkantoran", "Honorer", "-", None],
)
def test_real_posts_and_other_cells_are_not_flagged(cell: object) -> None:
    assert not names_no_post(cell)


def test_no_jf_catalogue_name_is_flagged() -> None:
    from importlib.resources import files

    text = files("asn_mutasi.data").joinpath("jabatan_fungsional.csv").read_text(encoding="utf-8")
    rows = csv.reader(line for line in text.splitlines() if not line.startswith("#"))
    assert not [part for row in rows for cell in row for part in cell.split("|") if names_no_post(part)]


def test_the_real_roster_check_names_the_rows_whose_post_is_only_a_kind() -> None:
    result = am.check(pegawai=REAL / "pegawai_diskominfo_sbd.csv", tanggal=TANGGAL)
    said = [f for f in result.report.sorted() if f.code == "jabatan-tidak-spesifik"]
    assert len(said) == 1
    assert "'Fungsional', 'STAF'" in said[0].message and "baris 4, 7" in said[0].message


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(header)
        w.writerows(rows)
    return path


def test_the_linker_and_the_plan_say_why_a_kind_of_post_links_to_nothing(tmp_path: Path) -> None:
    unit = "Dinas Komunikasi dan Informatika"
    jabatan = _write(
        tmp_path / "jabatan.csv",
        ["KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "KEBUTUHAN"],
        [
            ["K1", "Jabatan Fungsional Umum Kepegawaian", unit, "Pelaksana", "2"],
            ["K2", "Pengadministrasi Perkantoran", unit, "Pelaksana", "2"],
        ],
    )
    people = [
        ("198001012005011001", "Pengadministrasi Perkantoran"),
        ("198102022006042002", "Jabatan Fungsional Umum"),
        ("198203032007011003", "Sekretaris Camat"),
    ]
    head = ["NIP", "NAMA", "GOL/RUANG", "JABATAN", "UNIT KERJA", "TMT JABATAN", "TANGGAL LAHIR", "STATUS KEPEGAWAIAN"]
    rows = [[nip, f"Pegawai {k}", "III/a", post, unit, "01-01-2019", f"{nip[6:8]}-{nip[4:6]}-{nip[:4]}", "PNS"]
            for k, (nip, post) in enumerate(people)]  # fmt: skip
    pegawai = _write(tmp_path / "pegawai.csv", head, rows)
    check = am.check(pegawai=pegawai, jabatan=jabatan, tanggal=TANGGAL)
    missing = {f.location.value: f.message for f in check.report.sorted() if f.code == "jabatan-tidak-ditemukan"}
    assert "hanya menyebut jenis jabatan" in missing["Jabatan Fungsional Umum"]
    assert "maksud Anda" not in missing["Jabatan Fungsional Umum"]  # no near post: it names none
    assert "hanya menyebut jenis jabatan" not in missing["Sekretaris Camat"]
    nearest = {r["jabatan"]: r["jabatan_terdekat"] for r in check.unlinked}
    assert nearest["Jabatan Fungsional Umum"] == ""
    plan = am.plan(pegawai=pegawai, jabatan=jabatan, tanggal=TANGGAL)
    why = dict(zip(plan.plan.accounting["nip"].astype(str), plan.plan.accounting["alasan"].astype(str), strict=True))
    assert "hanya menyebut jenis jabatan" in why["198102022006042002"]
    assert why["198203032007011003"] == "Jabatan tidak tertaut ke peta jabatan"
    assert plan.plan.summary["dikecualikan_tanpa_jabatan"] == 2
    usulan = tmp_path / "usulan.csv"
    usulan.write_text("NIP;KODE JABATAN\n198102022006042002;K2\n198203032007011003;K2\n", encoding="utf-8")
    rows = am.assess(pegawai=pegawai, jabatan=jabatan, usulan=usulan, tanggal=TANGGAL).to_json()
    assert "hanya menyebut jenis jabatan" in str(rows[0]["alasan"])
    assert "hanya menyebut jenis jabatan" not in str(rows[1]["alasan"])


def test_a_kind_only_post_beside_its_code_is_not_said_to_link_nowhere(tmp_path: Path) -> None:
    """'Pelaksana' beside the KODE JABATAN of a post links by the code: it was said to link nowhere (reviewE, h38);
    the row without a code is still named."""
    lines = (Path(__file__).parents[1] / "sample_data" / "pegawai.csv").read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(";")
    rows = [line.split(";") for line in lines[1:6]]
    post, code = header.index("JABATAN"), header.index("KODE JABATAN")
    rows[1][post] = rows[2][post] = "Pelaksana"
    rows[2][code] = ""
    roster = tmp_path / "pegawai.csv"
    roster.write_text("\n".join(";".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    result = am.check(pegawai=roster, tanggal=TANGGAL)
    said = [f for f in result.report.sorted() if f.code == "jabatan-tidak-spesifik"]
    assert len(said) == 1 and "Jabatan 1 pegawai" in said[0].message and "baris 4)" in said[0].message
