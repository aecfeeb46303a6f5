"""real27 (h37): real export headers — SIASN camelCase, "Tgl Mulai Jabatan", one-cell "Nama / Gelar Belakang"."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from asn_mutasi.io.readers import read_table

_PEOPLE = [
    ["199001012015031001", "Andi Saputra", "Analis Kebijakan Ahli Pertama", "Bagian Umum"],
    ["199202022016042002", "Sri Wahyuni", "Pranata Komputer Ahli Pertama", "Bagian Keuangan"],
    ["199303032017051003", "Budi Santoso", "Pengadministrasi Umum", "Bagian Umum"],
]


def _csv(path: Path, headers: list[str], extra: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["nipBaru", "nama", "jabatanNama", "unorNama", *headers])
        out.writerows(person + cells for person, cells in zip(_PEOPLE, extra, strict=True))
    return path


@pytest.mark.parametrize("header", ["tmtGolongan", "tmtGolAkhir", "tmtCpns", "tmtPns", "tmtEselon"])
def test_siasn_camel_case_dates_are_known_and_unused(tmp_path: Path, header: str) -> None:
    """SIASN data-utama's dates (tmtGolAkhir, tmtCpns, …) are the known TMT GOL AKHIR, TMT CPNS …: they were said
    "kolom-tidak-dikenal" while the upper-case SIASN export's spellings were known and unused."""
    table = read_table(_csv(tmp_path / "du.csv", [header], [["01-04-2019"]] * 3), "pegawai")
    codes = {f.code: f for f in table.findings if f.location.column == "E"}
    assert set(codes) == {"kolom-dikenal-tidak-dipakai"}
    assert "tmt_jabatan" not in table.columns


@pytest.mark.parametrize("header", ["TGL MULAI JABATAN", "Tanggal Mulai Jabatan", "tanggalMulaiJabatan"])
def test_date_a_post_began_is_the_tmt_jabatan(tmp_path: Path, header: str) -> None:
    """Staff apps write the date a post began as "Tgl Mulai Jabatan": it was unread (only offered)."""
    table = read_table(_csv(tmp_path / "r.csv", [header], [["01-01-2020"]] * 3), "pegawai")
    assert table.columns["tmt_jabatan"].header == header
    assert list(table.frame["tmt_jabatan"]) == ["01-01-2020"] * 3


@pytest.mark.parametrize("header", ["TMT DI UNIT KERJA", "TMT Unit Kerja", "tmtUnor"])
def test_date_one_came_to_the_unit_is_known_and_not_the_post(tmp_path: Path, header: str) -> None:
    """ "TMT DI UNIT KERJA" is when one came to the unit, not to the post: known and unused, never the TMT jabatan."""
    table = read_table(_csv(tmp_path / "r.csv", [header], [["01-01-2019"]] * 3), "pegawai")
    assert "tmt_jabatan" not in table.columns
    assert {f.code for f in table.findings if f.location.column == "E"} == {"kolom-dikenal-tidak-dipakai"}
