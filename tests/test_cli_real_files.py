"""Real-layout files through the CLI: stdin format, single-unit option, agency filter, planning refusal."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import EXIT_INPUT, EXIT_OK, JABATAN_XLSX, PEGAWAI_CSV, ROOT, TANGGAL, expect, run, stdout_csv

REAL = ROOT / "tests" / "fixtures" / "real"


def test_input_format_is_the_format_of_stdin_only() -> None:
    # issue 11: `cat pegawai.csv | asn-mutasi vacancies - peta_jabatan.xlsx --input-format csv`
    result = run("vacancies", "-", JABATAN_XLSX, "--input-format", "csv", "--format", "csv", *TANGGAL,
                 input=PEGAWAI_CSV.read_bytes())  # fmt: skip
    assert result.exit_code in (0, 1), result.stderr
    assert "PK\x03\x04" not in result.stderr and "rusak" not in result.stderr


def test_check_reads_a_file_without_unit_and_takes_the_unit_as_an_option() -> None:
    plain = run("check", REAL / "bapas_pk_tab.tsv", "--format", "csv", *TANGGAL)
    assert plain.exit_code == 0, plain.stderr
    assert "kolom-tidak-ada" in plain.stdout
    given = run("check", REAL / "bapas_pk_tab.tsv", "--unit-kerja", "Bapas Kelas I", "--format", "csv", *TANGGAL)
    assert "kolom-tidak-ada" not in given.stdout
    assert "kolom-dari-judul" in given.stdout


def test_planning_refuses_a_roster_without_unit_with_the_true_reason() -> None:
    result = run("plan", REAL / "bapas_pk_tab.tsv", JABATAN_XLSX, *TANGGAL)
    assert result.exit_code == EXIT_INPUT
    assert "'unit_kerja' tidak ada" in result.stderr


def test_instansi_filter() -> None:
    result = run("check", REAL / "siasn_export_dua_instansi.csv", "--instansi", "Pemerintah Kab. Belu",
                 "--format", "json", *TANGGAL)  # fmt: skip
    assert result.exit_code in (0, 1), result.stderr
    assert "baris-instansi-lain" in result.stdout


def test_cli_reads_an_html_export_with_exit_0_and_the_finding_on_stdout(tmp_path: Path) -> None:
    path = tmp_path / "nominatif.xls"  # what a PHP SIMPEG's "Export ke Excel" sends
    rows_html = "".join(
        f"<tr><td>{i}</td><td>19770502200302200{i}</td><td>Pegawai {i}</td><td>Analis</td><td>BKD</td></tr>"
        for i in (1, 2)
    )
    path.write_text(
        "<html><body><table border=1><tr><th>NO</th><th>NIP</th><th>NAMA</th><th>JABATAN</th><th>UNIT KERJA</th></tr>"
        + rows_html
        + "</table></body></html>",
        encoding="utf-8",
    )
    result = expect(run("periksa", path, "--format", "csv"), EXIT_OK)
    rows = stdout_csv(result)
    assert [r["kode"] for r in rows if r["kode"] == "format-isi-berbeda"] == ["format-isi-berbeda"]
    assert "2 baris pegawai" in result.stderr and "Traceback" not in result.stderr
