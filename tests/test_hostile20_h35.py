"""Another agency's rows under --instansi: their data faults are out of scope, said in one line (hostile20, h35)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from asn_mutasi.findings import Severity
from asn_mutasi.io.readers import read_table
from asn_mutasi.schema import exclusion_causes
from asn_mutasi.validation import prepare_roster

AS_OF = date(2025, 1, 1)
HEADER = "NO;NIP;NAMA;JABATAN;UNIT KERJA;TANGGAL LAHIR;TMT JABATAN;INSTANSI"
HERE = "Kabupaten Sukamaju"
BUDI = "198003032005011003;Budi;Analis Kebijakan Ahli Muda;Bagian Organisasi;03-03-1980;01-01-2020"
BROKEN_NIP = "19800303200501100X;Andi;Analis Kebijakan Ahli Muda;Bagian Organisasi;03-03-1980;01-01-2020"
NO_NIP = ";Dadang;Pengadministrasi Perkantoran;Bagian Umum;03-03-1981;01-01-2020"


def _roster(path: Path, lines: list[str]) -> Any:
    body = [f"{k};{line}" for k, line in enumerate(lines, start=1)]
    path.write_text("\n".join([HEADER, *body]) + "\n", encoding="utf-8")
    return prepare_roster(read_table(path, "pegawai"), today=AS_OF, instansi=HERE)


def _row_faults(table: Any) -> list[tuple[str, int | None]]:
    return [(f.code, f.location.row) for f in table.findings if f.severity is not Severity.INFO]


@pytest.mark.parametrize("other", ["Kabupaten Lain", "Kota Bandung", "Kabupaten Sukamaju Barat"])
def test_faults_of_a_row_naming_another_agency_are_counted_not_galat(tmp_path: Path, other: str) -> None:
    """`periksa X --instansi A` failed (exit 1) for a broken NIP or an empty NIP on rows of agency B, which the
    filter leaves out. Those faults are counted in one info line; the rows' one reason is the other agency."""
    table = _roster(tmp_path / "p.csv", [f"{BUDI};{HERE}", f"{BROKEN_NIP};{other}", f"{NO_NIP};{other}"])
    assert _row_faults(table) == []
    said = [f for f in table.findings if f.code == "temuan-instansi-lain"]
    assert len(said) == 1 and said[0].severity is Severity.INFO
    assert "2 temuan data pada 2 baris" in said[0].message and "nip-tidak-valid" in said[0].message
    left = table.frame[table.frame["_status"] != "valid"]
    assert exclusion_causes(left["_alasan"]).tolist() == ["instansi_lain", "instansi_lain"]
    assert table.valid["nama"].tolist() == ["Budi"]


@pytest.mark.parametrize("cell", ["", "Kabupaten Sukamju", "Kab. Sukamaju", "  kabupaten   sukamaju "])
def test_an_agency_cell_that_cannot_be_told_apart_keeps_the_rows_faults(tmp_path: Path, cell: str) -> None:
    """A blank INSTANSI, or A misspelt or written another way, may be the analyst's own staff: the row's faults stay
    errors (the filter's own choice of rows is unchanged)."""
    table = _roster(tmp_path / "p.csv", [f"{BUDI};{HERE}", f"{BROKEN_NIP};{cell}", f"{NO_NIP};{cell}"])
    assert sorted(_row_faults(table)) == [("nip-tidak-valid", 3), ("sel-wajib-kosong", 4)]
    assert not [f for f in table.findings if f.code == "temuan-instansi-lain"]


@pytest.mark.parametrize("concurrent", [False, True])
def test_the_roster_given_as_position_table_too_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, concurrent: bool
) -> None:
    """`rencana pegawai.xlsx pegawai.xlsx`: the refusal named only the roster's missing KEBUTUHAN column; its hint
    now says the two files are one (however the path is written)."""
    import shutil

    from asn_mutasi.api import inputs
    from asn_mutasi.config import load_settings
    from asn_mutasi.errors import SchemaError

    roster = tmp_path / "pegawai.xlsx"
    shutil.copy(Path(__file__).resolve().parents[1] / "sample_data" / "pegawai.xlsx", roster)
    monkeypatch.setattr(inputs, "_concurrent", lambda *a: concurrent)
    settings = load_settings(None)
    with pytest.raises(SchemaError) as caught:
        inputs.load_inputs(
            roster,
            tmp_path / "." / "pegawai.xlsx",
            opts=inputs.ReadOptions(limits=settings.baca),
            settings=settings,
            today=AS_OF,
        )
    assert "berkas yang sama" in (caught.value.hint or "")
