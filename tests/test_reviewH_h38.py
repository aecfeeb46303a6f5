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
