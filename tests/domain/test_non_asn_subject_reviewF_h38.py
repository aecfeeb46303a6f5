"""Non-ASN wording that names a unit's or a task's subject, not its worker (reviewF, h38)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.domain.coded_fields import post_says_non_asn
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

#: a real 2024 SSCASN formasi unit (an intelligence agency's directorate): ASN posts only
_BIN_UNIT = (
    "BADAN INTELIJEN NEGARA | DEPUTI BIDANG INTELIJEN PENGAMANAN APARATUR | DIREKTORAT NON APARATUR NEGARA | "
    "SUB DIREKTORAT PENGAMANAN TOKOH POLITIK"
)


@pytest.mark.parametrize(
    "cell",
    [
        _BIN_UNIT,
        "Seksi Tenaga Kontrak",
        "Kepala Seksi Tenaga Kontrak",
        "Sub Bagian Kepegawaian dan Tenaga Honorer",
        "Pengelola Data Tenaga Honorer",
        "Pengelola Gaji Tenaga Kontrak",
    ],
)
def test_wording_a_unit_or_task_is_about_says_no_status(cell: str) -> None:
    assert not post_says_non_asn(cell)


@pytest.mark.parametrize(
    "cell",
    [
        "STAFF NON ASN BIDANG REHABILITASI SOSIAL",
        "Guru Honorer",
        "Bidang Umum Honorer",
        "Bidang Umum - Honorer",
        "Sekretariat / Tenaga Honorer",
        "Pengelola Keuangan (Honorer)",
        "Pengadministrasi Umum Non ASN",
        "Tenaga Harian Lepas",
    ],
)
def test_a_worker_s_status_still_says_non_asn(cell: str) -> None:
    assert post_says_non_asn(cell)


def test_an_asn_in_a_directorate_named_for_non_asn_is_neither_warned_nor_left_out(tmp_path: Path) -> None:
    """A PNS in "Direktorat Non Aparatur Negara" was warned status-beda-jabatan; one without a status or a valid NIP
    was left out as an honorary worker."""
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP,NAMA,STATUS,JABATAN,UNIT KERJA\n"
        f'198606262011012004,ANI,PNS,Analis Intelijen,"{_BIN_UNIT}"\n'
        f'12345,BUDI,,Analis Intelijen,"{_BIN_UNIT}"\n',
        encoding="utf-8",
    )
    prepared = prepare_roster(read_table(path, "pegawai"))
    codes = [f.code for f in prepared.findings]
    assert "status-beda-jabatan" not in codes and "bukan-asn" not in codes, codes
