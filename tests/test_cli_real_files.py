"""Real-layout files through the CLI: stdin format, single-unit option, agency filter, planning refusal."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import (
    EXIT_INPUT,
    EXIT_OK,
    JABATAN_XLSX,
    PEGAWAI_CSV,
    ROOT,
    TANGGAL,
    expect,
    run,
    stdout_csv,
    stdout_json,
)

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
    assert "Unit Kerja (unit_kerja) tidak ada" in result.stderr


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


def _formulir1_roster(tmp_path: Path) -> Path:
    """Holders of the Formulir 1 fixture's posts: two BKPPD heads would be one too many; two Analis SDM Aparatur."""
    unit = "Badan Kepegawaian, Pendidikan dan Pelatihan Daerah"
    people = [("Kepala BKPPD", 1), ("Analis Sumber Daya Manusia Aparatur Ahli Muda", 2), ("Pengadministrasi Umum", 3)]
    lines = ["NIP,NAMA,JABATAN,UNIT KERJA,TANGGAL LAHIR"]
    k = 0
    for post, n in people:
        for _ in range(n):
            k += 1
            lines.append(f'19850315201003{1 + k % 2}0{k:02d},Pegawai {k},{post},"{unit}",1985-03-15')
    path = tmp_path / "pegawai.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_lowongan_reads_formulir1_without_options(tmp_path: Path) -> None:
    """``lowongan`` with the national Formulir 1 rekap exited 3 ("looks like a recap table"): each post's ABK need
    and, counted from the roster, its holders (formulir, h30)."""
    roster = _formulir1_roster(tmp_path)
    out = expect(run("lowongan", roster, REAL / "formulir1_kelembagaan.xls", "--format", "json", *TANGGAL), EXIT_OK)
    rows = {r["nama_jabatan"]: (r["kebutuhan"], r["bezetting"]) for r in stdout_json(out)}
    assert len(rows) == 9 and sum(k for k, _ in rows.values()) == 13
    assert rows["Kepala BKPPD"] == (1, 1) and rows["Pengadministrasi Umum"] == (2, 3)
    # the form writes no jenjang in the name, its sub-column Ahli / Muda does (the holders write it too)
    assert rows["Analis Sumber Daya Manusia Aparatur Ahli Muda"] == (3, 2)
    checked = expect(run("periksa", roster, REAL / "formulir1_kelembagaan.xls", "--format", "json", *TANGGAL), EXIT_OK)
    summary = stdout_json(checked)["ringkasan"]
    assert (summary["temuan_galat"], summary["temuan_peringatan"]) == (0, 0)
