"""Metamorphic tests on real files (hostile12, h33): a transformation whose effect is known must change the
result by exactly that effect.

Each real-layout file of tests/fixtures/real/ (SOURCES.md) is rewritten as a plain grid, then rewritten again
with its rows shuffled, its headers in another case / with spaces / with a trailing colon, blank rows or a blank
column inserted, three title rows above the header, as CSV with ``;`` in cp1252, as .xlsx, as an HTML table saved
as .xls, its NIPs opened with an apostrophe. The mapping, the findings (codes and severities), the row statuses
and the valid rows must stay the same; a duplicated person must be named once as a duplicate and not be lost;
the vacancies and the plan must not depend on the order of the rows.
"""

from __future__ import annotations

import csv
import html
import io
import random
import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import asn_mutasi as am
from asn_mutasi.api.needs import View
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_positions, prepare_roster

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "fixtures" / "real"
AS_OF = date(2025, 1, 1)

#: (file, kind): flat real layouts whose whole table is its header row and data rows
FILES = [
    ("siasn_export_dua_instansi.csv", "pegawai"),
    ("simpeg_flat_snake.csv", "pegawai"),
    ("siasn_data_utama.csv", "pegawai"),
    ("siasn_pipa.csv", "pegawai"),
    ("seeder_pegawai_tendik.csv", "pegawai"),
    ("klasifikasi_jabatan_dua_opd.csv", "jabatan"),
    ("formasi_opd_berulang.csv", "jabatan"),
]

Grid = tuple[list[str], list[list[str]]]


def _grid(path: Path) -> Grid:
    text = path.read_bytes().decode("utf-8-sig")
    delim = max([",", ";", "\t", "|"], key=text.splitlines()[0].count)
    rows = [r for r in csv.reader(io.StringIO(text), delimiter=delim) if any(c.strip() for c in r)]
    return rows[0], rows[1:]


def _csv(path: Path, header: list[str], rows: list[list[str]], *, delim: str = ",", enc: str = "utf-8", pre=()) -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    writer.writerows([*pre, header, *rows])
    path.write_bytes(buf.getvalue().encode(enc, errors="replace"))
    return path


def _xlsx(path: Path, header: list[str], rows: list[list[str]], pre=()) -> Path:
    width = len(header)
    grid = [[*p, *[""] * (width - len(p))] for p in pre]
    pd.DataFrame([*grid, header, *rows]).to_excel(path, header=False, index=False)
    return path


def _html(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    def line(cells: list[str], tag: str) -> str:
        return "<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in cells) + "</tr>"

    body = line(header, "th") + "".join(line(r, "td") for r in rows)
    path.write_text(f"<html><body><table>{body}</table></body></html>", encoding="utf-8")
    return path


def _apostrophe_nips(header: list[str], rows: list[list[str]]) -> list[list[str]]:
    nips = {i for i, h in enumerate(header) if re.search("nip", h, re.I)}
    return [["'" + c if i in nips and c.strip() else c for i, c in enumerate(r)] for r in rows]


def _shuffled(rows: list[list[str]]) -> list[list[str]]:
    out = rows[:]
    random.Random(7).shuffle(out)
    return out


def _with_blank_rows(header: list[str], rows: list[list[str]]) -> list[list[str]]:
    out: list[list[str]] = []
    for i, row in enumerate(rows):
        out += [row, [""] * len(header)] if i % 2 == 0 else [row]
    return out


_TITLE = [["DAFTAR PEGAWAI"], ["KEADAAN PER 1 JANUARI 2025"], [""]]

#: name -> (write the transformed grid into a folder, finding codes (info) the transformation itself may add)
TRANSFORMS: dict[str, tuple[Callable[[Path, list[str], list[list[str]]], Path], frozenset[str]]] = {
    "acak-baris": (lambda d, h, r: _csv(d / "t.csv", h, _shuffled(r)), frozenset()),
    "judul-kapital": (lambda d, h, r: _csv(d / "t.csv", [x.upper() for x in h], r), frozenset()),
    "judul-kecil": (lambda d, h, r: _csv(d / "t.csv", [x.lower() for x in h], r), frozenset()),
    "judul-spasi": (lambda d, h, r: _csv(d / "t.csv", [f"  {x}  " for x in h], r), frozenset()),
    "judul-titik-dua": (lambda d, h, r: _csv(d / "t.csv", [f"{x}:" for x in h], r), frozenset()),
    "baris-kosong": (lambda d, h, r: _csv(d / "t.csv", h, _with_blank_rows(h, r)), frozenset({"baris-kosong"})),
    "kolom-kosong": (
        lambda d, h, r: _csv(d / "t.csv", [h[0], "", *h[1:]], [[x[0], "", *x[1:]] for x in r]),
        frozenset(),
    ),
    "tiga-baris-judul": (lambda d, h, r: _csv(d / "t.csv", h, r, pre=_TITLE), frozenset()),
    "csv-titik-koma-cp1252": (lambda d, h, r: _csv(d / "t.csv", h, r, delim=";", enc="cp1252"), frozenset()),
    "xlsx": (lambda d, h, r: _xlsx(d / "t.xlsx", h, r), frozenset()),
    "xlsx-tiga-baris-judul": (lambda d, h, r: _xlsx(d / "t.xlsx", h, r, pre=_TITLE), frozenset()),
    "xls-html": (lambda d, h, r: _html(d / "t.xls", h, r), frozenset({"format-isi-berbeda"})),
    "nip-apostrof": (lambda d, h, r: _csv(d / "t.csv", h, _apostrophe_nips(h, r)), frozenset()),
    "nip-apostrof-xlsx": (lambda d, h, r: _xlsx(d / "t.xlsx", h, _apostrophe_nips(h, r)), frozenset()),
}


def _signature(path: Path, kind: str, added: frozenset[str] = frozenset()) -> dict[str, Any]:
    raw = read_table(path, kind)
    table = prepare_roster(raw) if kind == "pegawai" else prepare_positions(raw)
    said = [f for f in [*raw.findings, *table.findings] if f.code not in added]
    fields = [c for c in table.valid.columns if not c.startswith("_")]
    return {
        # the header as the analyst reads it: case, spaces and a trailing colon aside
        "peta": {f: re.sub(r"[\s:]+", " ", c.header).strip().upper() for f, c in raw.columns.items()},
        "temuan": Counter((f.code, f.severity.value) for f in said),
        "status": Counter(table.frame["_status"]),
        "baris_valid": sorted(tuple(map(str, r)) for r in table.valid[fields].itertuples(index=False)),
    }


@pytest.fixture(scope="module")
def bases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Grid, dict[str, Any]]]:
    """Each file rewritten as a plain comma CSV (the grid the transformations start from) and its signature."""
    folder = tmp_path_factory.mktemp("dasar")
    out = {}
    for name, kind in FILES:
        header, rows = _grid(REAL / name)
        out[name] = ((header, rows), _signature(_csv(folder / name, header, rows), kind))
    return out


@pytest.mark.parametrize("transform", sorted(TRANSFORMS))
@pytest.mark.parametrize(("name", "kind"), FILES)
def test_a_known_transformation_changes_nothing_else(
    bases: dict[str, tuple[Grid, dict[str, Any]]], tmp_path: Path, name: str, kind: str, transform: str
) -> None:
    (header, rows), base = bases[name]
    write, added = TRANSFORMS[transform]
    assert _signature(write(tmp_path, header, rows), kind, added) == base


@pytest.mark.parametrize("name", [n for n, k in FILES if k == "pegawai"])
def test_a_duplicated_person_is_named_once_and_not_lost(
    bases: dict[str, tuple[Grid, dict[str, Any]]], tmp_path: Path, name: str
) -> None:
    (header, rows), base = bases[name]
    raw = read_table(_csv(tmp_path / "ganda.csv", header, [*rows, rows[0]]), "pegawai")
    table = prepare_roster(raw)
    said = Counter((f.code, f.severity.value) for f in [*raw.findings, *table.findings])
    assert said - base["temuan"] == Counter({("nip-ganda", "galat"): 1})  # named once, nothing else said
    assert len(table.frame) == sum(base["status"].values()) + 1  # every row accounted for
    assert len(table.valid) == base["status"]["valid"]  # the person stays in, once


def _sample_slice(folder: Path, seed: int | None) -> tuple[Path, Path]:
    """The first 300 people of the shipped sample and its position table, rows shuffled with ``seed``."""
    roster = pd.read_csv(ROOT / "sample_data" / "pegawai.csv", sep=";", dtype=str, keep_default_na=False)
    roster = roster.iloc[:300]
    posts = pd.read_excel(ROOT / "sample_data" / "peta_jabatan.xlsx", header=None, dtype=object, engine="calamine")
    top, body = posts.iloc[:2], posts.iloc[2:]
    if seed is not None:
        roster = roster.sample(frac=1, random_state=seed)
        body = body.sample(frac=1, random_state=seed)
    pegawai = folder / f"pegawai_{seed}.csv"
    roster.to_csv(pegawai, sep=";", index=False)
    jabatan = folder / f"peta_{seed}.xlsx"
    pd.concat([top, body]).to_excel(jabatan, header=False, index=False)
    return pegawai, jabatan


def test_vacancies_and_the_plan_do_not_depend_on_the_order_of_rows(tmp_path: Path) -> None:
    runs = []
    for seed in (None, 3):
        pegawai, jabatan = _sample_slice(tmp_path, seed)
        needs = am.vacancies(pegawai=pegawai, jabatan=jabatan, tanggal=AS_OF)
        plan = am.plan(pegawai=pegawai, jabatan=jabatan, tanggal=AS_OF)
        per_post = sorted(map(repr, needs.to_json(View.jabatan)))
        per_unit = sorted(map(repr, needs.to_json(View.unit)))
        moves = plan.plan.moves[["nip", "kode_jabatan_asal", "kode_jabatan_tujuan", "skor"]].astype(str)
        summary = {k: v for k, v in plan.plan.summary.items() if k != "putaran_penetapan_harga"}
        runs.append((per_post, per_unit, needs.imbalance, sorted(map(tuple, moves.to_numpy().tolist())), summary))
    assert runs[0][3], "the slice must move someone, or the plan comparison proves nothing"
    assert runs[0] == runs[1]


def test_an_empty_second_nip_column_says_nothing(tmp_path: Path) -> None:
    """A wholly empty second "NIP" column filled no cell: it was named a part of the NIP (``kolom-gabungan``)."""
    path = tmp_path / "nip_kosong.csv"
    path.write_text(
        "NIP,NAMA,NIP,JABATAN,UNIT KERJA,GOL\n"
        "198501012010011001,Ani,,Analis,Dinas A,III/a\n"
        "198601012011012002,Budi,,Pengelola,Dinas A,III/b\n",
        encoding="utf-8",
    )
    raw = read_table(path, "pegawai")
    assert "kolom-gabungan" not in {f.code for f in raw.findings}
    assert not raw.parts.get("nip")
    assert raw.frame["nip"].tolist() == ["198501012010011001", "198601012011012002"]


def test_a_nip_filled_from_the_ni_pppk_column_is_located_there(tmp_path: Path) -> None:
    """A PPPK's number read from "NI PPPK" (column B) was said at the "NIP" column's letter (A) in its findings."""
    path = tmp_path / "nip_pppk.csv"
    path.write_text(
        "NIP,NI PPPK,NAMA,JABATAN,UNIT KERJA,GOL\n"
        "198501012010011001,,Ani,Analis,Dinas A,III/a\n"
        "198501012010011002,,Ana,Analis,Dinas A,III/a\n"
        "19850101201001100,,Anu,Analis,Dinas A,III/a\n"
        ",19900101202421200,Cici,Guru,Dinas A,IX\n"
        ",199001012024212001,Dedi,Guru,Dinas A,IX\n"
        ",199001012024212001,Euis,Guru,Dinas A,IX\n",
        encoding="utf-8",
    )
    raw = read_table(path, "pegawai")
    assert raw.columns["nip"].letter == "A"
    table = prepare_roster(raw)
    where = {(f.code, f.location.row): (f.location.column, f.location.header) for f in table.findings}
    assert where[("nip-tidak-valid", 4)] == ("A", "NIP")  # its own column's number stays there
    assert where[("nip-tidak-valid", 5)] == ("B", "NI PPPK")
    assert where[("nip-ganda", 7)] == ("B", "NI PPPK")
    assert any(f.code == "kolom-gabungan" for f in raw.findings)


def test_a_post_written_on_two_lines_keeps_the_same_requirements_whatever_their_order(tmp_path: Path) -> None:
    """Two lines of one post without a code that ask another level, golongan and kelas (a formation list repeating
    its post per formation type): the post kept the first line's, so shuffled rows asked S-2 instead of S-1 and
    moved other people."""
    lines = [
        "Dinas A,Analis Kebijakan Ahli Muda,2,9,S-1,III/c",
        "Dinas A,Pengelola Umum,3,6,SMA,II/a",
        "Dinas A,Analis Kebijakan Ahli Muda,1,8,S-2,III/d",
    ]
    kept = []
    for order in (lines, lines[::-1], [lines[2], lines[0], lines[1]]):
        path = _csv(
            tmp_path / "berulang.csv",
            ["UNIT KERJA", "NAMA JABATAN", "KEBUTUHAN", "KELAS JABATAN", "SYARAT PENDIDIKAN", "SYARAT GOLONGAN"],
            [line.split(",") for line in order],
        )
        valid = prepare_positions(read_table(path, "jabatan")).valid
        fields = ["kode_jabatan", "nama_jabatan", "kebutuhan", "kelas_jabatan", "syarat_pendidikan", "syarat_golongan"]
        kept.append(sorted(map(tuple, valid[fields].astype(str).to_numpy().tolist())))
    assert len(kept[0]) == 2 and ("3" in {k[2] for k in kept[0]})  # the two lines are one post of 3 seats
    assert kept[0] == kept[1] == kept[2]


@pytest.mark.parametrize(
    ("header", "key"),
    [("UNORNAMA", "UNOR NAMA"), ("golruangakhir", "GOL RUANG AKHIR"), ("JENISJABATANID", "JENIS JABATAN ID")],
)
def test_a_camel_case_header_in_one_case_is_read_as_its_words(header: str, key: str) -> None:
    from asn_mutasi.io.header_aliases import header_keys

    assert header_keys(header)[0] == key


@pytest.mark.parametrize("header", ["SKPD", "NIPBARU", "NAMA", "KODE"])
def test_a_known_one_word_header_stays_itself(header: str) -> None:
    from asn_mutasi.io.header_aliases import header_keys

    assert header_keys(header)[0] == header


@pytest.mark.parametrize("header", ["IDGOLONGAN", "KDGOLONGAN", "GOLONGANID", "idpendidikan", "KODEPENDIDIKAN"])
def test_a_squashed_code_header_is_no_field_whichever_end_its_note_stands(header: str) -> None:
    """'id_golongan' upper-cased holds SIASN's codes (31, 33): the golongan is the PANGKAT column beside it, as with
    GOLONGANID and 'ID GOLONGAN'; IDGOLONGAN was fuzzy-mapped to the golongan ahead of it (review13, h33)."""
    from asn_mutasi.io.column_mapping import map_columns
    from asn_mutasi.io.header_aliases import header_keys
    from asn_mutasi.io.headers import HeaderColumn, column_letter

    headers = ["NIP", "NAMA", "PANGKAT", "PENDIDIKAN TERAKHIR", header]
    samples = [
        ["198001012005011001", "198102022006022002"],
        ["Ani", "Budi"],
        ["Penata Muda (III/a)", "Penata (III/c)"],
        ["S-1 Manajemen", "D-III Keperawatan"],
        [31, 33],
    ]
    columns = [HeaderColumn(i, column_letter(i), h, header_keys(h)) for i, h in enumerate(headers)]
    mapping = map_columns(columns, "pegawai", samples=dict(enumerate(samples)))
    assert mapping.indices["golongan"] == 2 and mapping.indices["pendidikan"] == 3
    assert 4 not in mapping.indices.values()
    assert not [f for f in mapping.findings if f.code == "kolom-dipetakan-fuzzy"]
