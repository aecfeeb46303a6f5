"""lang3 (h32): the indicator template's guide explains the Perangkat Daerah column the template gained (walk7)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from asn_mutasi.io.indicator_workbook import write_indicator_template


def _guide(path: Path) -> str:
    return "\n".join(str(v) for (v,) in openpyxl.load_workbook(path)["Petunjuk"].iter_rows(values_only=True) if v)


def test_the_guide_explains_the_opd_column_only_when_the_template_has_it(tmp_path: Path) -> None:
    """Units told apart by OPD gave a Perangkat Daerah column the Petunjuk sheet said nothing of: the analyst filling
    a unit added later did not know both cells name it."""
    keyed = [
        "Dinas Kesehatan | UPT Puskesmas Oesapa",
        "Dinas Pendidikan | Sekretariat",
        "Dinas Kesehatan | Sekretariat",
    ]
    write_indicator_template(keyed, ["2026"], tmp_path / "opd.xlsx")
    head = [c.value for c in openpyxl.load_workbook(tmp_path / "opd.xlsx").worksheets[0][1]]
    assert head[0] == "Perangkat Daerah"
    guide = _guide(tmp_path / "opd.xlsx")
    assert "Perangkat Daerah: perangkat daerah (OPD) tempat unit kerja itu berada" in guide
    write_indicator_template(["Dinas Sosial", "Dinas Pertanian"], ["2026"], tmp_path / "plain.xlsx")
    assert "Perangkat Daerah" not in _guide(tmp_path / "plain.xlsx")


def test_the_template_help_names_the_columns_as_the_template_heads_them() -> None:
    """The help listed the reader's field names (unit_kerja, periode, …) and not the OPD column."""
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app

    out = CliRunner().invoke(app, ["indikator", "templat", "--help"], env={"COLUMNS": "200"}).output
    assert "unit_kerja" not in out
    assert "Unit Kerja, Periode, Indikator, Nilai, Arah" in out and "Perangkat Daerah di depan Unit Kerja" in out
