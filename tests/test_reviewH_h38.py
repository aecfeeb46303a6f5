"""The far-row read and the delimiter vote, reviewed (reviewH, h38)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.io.readers import detect_delimiter, read_table


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_one_two_field_record_under_the_comma_does_not_outvote_a_roster_split_by_another(
    tmp_path: Path, delimiter: str
) -> None:
    """A ";" roster with one cell written ``"Ani", S.Pd`` (its quote closes before the field ends, so ";" does not
    parse cleanly) was read with "," on that cell's one two-field record, and refused as having no NIP and Nama
    columns: since one-field records cast no vote, the clean "," outranked ";" splitting every other record into
    four. A delimiter splitting most records outranks one that splits fewer than it leaves whole."""
    rows = [delimiter.join(["NIP", "NAMA", "JABATAN", "UNIT KERJA"])]
    rows += [delimiter.join([f"19900101201503100{k}", f"Budi {k}", "Analis SDM Aparatur", "BKD"]) for k in range(10)]
    rows.insert(3, delimiter.join(["199001012015031099", '"Ani", S.Pd', "Guru", "SDN 1"]))
    text = "\r\n".join(rows) + "\r\n"
    assert detect_delimiter(text) == delimiter
    path = tmp_path / "pegawai.csv"
    path.write_text(text, encoding="utf-8")
    table = read_table(path, "pegawai")
    assert table.source.delimiter == delimiter
    assert len(table.frame) == 11
    assert table.frame["nama"].tolist()[2] == "Ani, S.Pd"


def test_the_one_field_lines_rule_still_finds_a_roster_among_one_number_lines() -> None:
    text = "NIP;NAMA\r\n198501012010011001;Budi\r\n" + "".join(f"{k}\r\n" for k in range(300))
    assert detect_delimiter(text) == ";"
    assert detect_delimiter("NAMA\nBudi, S.Kom\nAni\n") == ","


def _far_book(tmp_path: Path, far: dict[str, str], order: list[int] | None = None) -> Path:
    """A roster of four rows under a header with ``far`` cells; ``order``: the row tags' order in the XML."""
    from tests.io.test_hostile import HEADER, ROW, _letters, sheet_xml, write_xlsx

    cells = {f"{_letters(i + 1)}1": h for i, h in enumerate(HEADER)}
    for r in range(2, 6):
        cells |= {f"{_letters(i + 1)}{r}": v for i, v in enumerate(ROW)}
    xml = sheet_xml(cells | far)
    if order is not None:
        import re

        tags = {int(m.group(1)): m.group(0) for m in re.finditer(rb'<row r="(\d+)">.*?</row>', xml)}
        start, end = xml.index(b"<sheetData>") + len(b"<sheetData>"), xml.index(b"</sheetData>")
        xml = xml[:start] + b"".join(tags[r] for r in order) + xml[end:]
    return write_xlsx(tmp_path / "pegawai.xlsx", xml)


def test_a_head_read_parses_no_far_run_it_leaves_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Choosing a sheet reads its first rows only: with one value at A1048576 that head read parsed the whole XML as
    its first run (a million rows × 4 cells made Python objects, 1.2 s instead of 0.2 s), found the far row outside
    the run and parsed the sheet whole again. The run's XML now ends where the first run left out begins."""
    from asn_mutasi.io import split_read
    from asn_mutasi.io.open_workbook import SafeWorkbook

    path = _far_book(tmp_path, {"A1048576": "x"})
    made: list[int] = []
    parse = split_read._parse

    def counted(*args: object) -> object:
        answer = parse(*args)  # type: ignore[arg-type]
        made.append(sum(map(len, answer[2])))
        return answer

    monkeypatch.setattr(split_read, "_parse", counted)
    book = SafeWorkbook(path, None, str(path))
    head = book.read(book.names[0], nrows=3)[0]
    assert made and sum(made) < 100
    whole = SafeWorkbook(path, None, str(path))
    monkeypatch.setattr(split_read, "row_runs", lambda held: None)
    assert head == whole.read(whole.names[0], nrows=3)[0]


def test_a_head_read_keeps_a_near_row_written_after_a_far_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Row 5 written after the far row 30000 in the XML: the head read leaving the far run out must not leave row 5
    out with it; it is read whole."""
    from asn_mutasi.io import split_read
    from asn_mutasi.io.open_workbook import SafeWorkbook

    path = _far_book(tmp_path, {"A30000": "x"}, order=[1, 2, 3, 4, 30000, 5])
    book = SafeWorkbook(path, None, str(path))
    head = book.read(book.names[0], nrows=10)[0]
    monkeypatch.setattr(split_read, "row_runs", lambda held: None)
    whole = SafeWorkbook(path, None, str(path))
    assert head == whole.read(whole.names[0], nrows=10)[0]
    assert head[4][:2] == ["199001012015031001", "Budi"]


def test_more_far_runs_than_are_parsed_apart_are_joined_at_their_narrowest_gaps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Eight stray values spread below a roster made nine runs, one past the eight parsed apart, and the sheet was
    parsed whole again: a million rows × 21 columns of cells, 1 GB and 5 s, as before the far-row read. The
    narrowest gaps now join runs until eight remain; rows, findings and frame are a whole parse's."""
    from asn_mutasi.io import split_read
    from asn_mutasi.io.open_workbook import SafeWorkbook
    from asn_mutasi.io.split_read import FAR_GAP, MAX_RUNS

    step = FAR_GAP + 1_000
    far = {f"B{5 + k * step + (0 if k == 3 else 900)}": f"catatan {k}" for k in range(1, MAX_RUNS + 1)}
    path = _far_book(tmp_path, far)
    made: list[int] = []
    parse = split_read._parse

    def counted(*args: object) -> object:
        answer = parse(*args)  # type: ignore[arg-type]
        made.append(sum(map(len, answer[2])))
        return answer

    monkeypatch.setattr(split_read, "_parse", counted)
    book = SafeWorkbook(path, None, str(path))
    rows, _ = book.read(book.names[0])
    read = read_table(path, "pegawai")
    assert len(made) == 2 * MAX_RUNS  # (the sheet read, then the table read: eight runs each)
    assert sum(made) < len(rows)  # (a whole parse: four cells a row)
    monkeypatch.setattr(split_read, "row_runs", lambda held: None)
    whole = SafeWorkbook(path, None, str(path))
    wrows, _ = whole.read(whole.names[0])
    assert [[v for v in r if v != ""] for r in rows] == [[v for v in r if v != ""] for r in wrows]
    other = read_table(path, "pegawai")
    assert read.frame.equals(other.frame)
    assert [(f.code, f.location.row, f.message) for f in read.findings] == [
        (f.code, f.location.row, f.message) for f in other.findings
    ]


def test_a_head_read_above_the_first_far_run_parses_no_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sheet whose first cells lie far down (rows 30000 and 70000): the head read choosing a sheet kept no run,
    failed on an IndexError and parsed the sheet whole, 70,000 rows for 52. Its rows are a gap's: empty."""
    from asn_mutasi.io import split_read
    from asn_mutasi.io.open_workbook import SafeWorkbook
    from tests.io.test_hostile import sheet_xml, write_xlsx

    path = write_xlsx(tmp_path / "lain.xlsx", sheet_xml({"A30000": "a", "B30001": "b", "A70000": "z"}))
    answers: list[object] = []
    runs = split_read.read_runs

    def seen(*args: object) -> object:
        answers.append(runs(*args))  # type: ignore[arg-type]
        return answers[-1]

    monkeypatch.setattr(split_read, "read_runs", seen)
    book = SafeWorkbook(path, None, str(path))
    head = book.read(book.names[0], nrows=52)[0]
    assert answers and answers[0] is not None
    monkeypatch.setattr(split_read, "row_runs", lambda held: None)
    whole = SafeWorkbook(path, None, str(path))
    assert [[v for v in r if v != ""] for r in whole.read(whole.names[0], nrows=52)[0]] == head
