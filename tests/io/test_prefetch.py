"""The roster workbook read early on a thread: the same table, the same errors, or not used at all."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from asn_mutasi.config import ReadLimits
from asn_mutasi.errors import InputError
from asn_mutasi.io import open_workbook, prefetch
from asn_mutasi.io.readers import read_table
from asn_mutasi.io.writers import write_simple_xlsx

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


@pytest.fixture(autouse=True)
def _nothing_pending() -> None:
    prefetch._pending = None


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The display name of every workbook the guard opens, in any thread."""
    seen: list[str] = []
    real = open_workbook.SafeWorkbook.__init__

    def counting(
        self: open_workbook.SafeWorkbook, path: Path | None, data: bytes | None, display: str, *a: object
    ) -> None:
        seen.append(display)
        real(self, path, data, display, *a)  # type: ignore[arg-type]

    monkeypatch.setattr(open_workbook.SafeWorkbook, "__init__", counting)
    return seen


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The source of every early read started (``prefetch.start`` still runs)."""
    seen: list[str] = []
    real = prefetch.start

    def recording(source: str, **kwargs: object) -> None:
        seen.append(source)
        real(source, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(prefetch, "start", recording)
    return seen


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a, b)


def test_the_early_read_is_used_and_gives_the_same_table(tmp_path: Path, opened: list[str]) -> None:
    path = tmp_path / "pegawai.xlsx"
    shutil.copy(SAMPLE / "pegawai.xlsx", path)
    plain = read_table(path, "pegawai")
    opened.clear()
    prefetch.start(str(path), limits=ReadLimits())
    early = read_table(path, "pegawai")
    assert opened == [str(path)]  # opened once: by the early read, and taken by the reader
    _same(early.frame, plain.frame)
    assert early.source == plain.source
    assert [f.code for f in early.findings] == [f.code for f in plain.findings]
    assert prefetch._pending is None


def test_a_refused_workbook_gives_the_same_error_read_early(tmp_path: Path) -> None:
    path = tmp_path / "pegawai.xlsx"
    path.write_bytes(b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>')
    with pytest.raises(InputError) as plain:
        read_table(path, "pegawai")
    prefetch.start(str(path), limits=ReadLimits())
    with pytest.raises(InputError) as early:
        read_table(path, "pegawai")
    assert str(early.value) == str(plain.value) and "XML Spreadsheet 2003" in str(early.value)


def test_a_limit_breached_read_early_names_the_same_limit(tmp_path: Path) -> None:
    path = tmp_path / "pegawai.xlsx"
    shutil.copy(SAMPLE / "pegawai.xlsx", path)
    limits = ReadLimits(maks_sel=50)
    with pytest.raises(InputError) as plain:
        read_table(path, "pegawai", limits=limits)
    prefetch.start(str(path), limits=limits)
    with pytest.raises(InputError) as early:
        read_table(path, "pegawai", limits=limits)
    assert str(early.value) == str(plain.value) and "maks_sel" in (early.value.hint or "")


def test_a_file_changed_since_the_early_read_is_read_again(tmp_path: Path, opened: list[str]) -> None:
    path = tmp_path / "pegawai.xlsx"
    write_simple_xlsx(path, {"Pegawai": pd.DataFrame({"nip": ["198501012010011001"], "nama": ["A"]})}, overwrite=False)
    prefetch.start(str(path), limits=ReadLimits())
    prefetch._pending.wait_read()  # type: ignore[union-attr]
    path.unlink()
    write_simple_xlsx(
        path,
        {"Pegawai": pd.DataFrame({"nip": ["198501012010011001", "198601012010011002"], "nama": ["A", "B"]})},
        overwrite=False,
    )
    table = read_table(path, "pegawai")
    assert len(table.frame) == 2
    assert opened.count(str(path)) == 2


def test_other_limits_are_not_served_by_an_early_read(tmp_path: Path, opened: list[str]) -> None:
    path = tmp_path / "pegawai.xlsx"
    shutil.copy(SAMPLE / "pegawai.xlsx", path)
    prefetch.start(str(path), limits=ReadLimits())
    read_table(path, "pegawai", limits=ReadLimits(maks_sel=10_000_000))
    assert opened == [str(path), str(path)]


def test_an_early_read_of_another_file_stays_for_its_reader(tmp_path: Path, opened: list[str]) -> None:
    roster = tmp_path / "pegawai.xlsx"
    shutil.copy(SAMPLE / "pegawai.xlsx", roster)
    prefetch.start(str(roster), limits=ReadLimits())
    read_table(SAMPLE / "peta_jabatan.xlsx", "jabatan")
    assert prefetch._pending is not None  # still there for the roster
    read_table(roster, "pegawai")
    assert opened.count(str(roster)) == 1


def test_a_workbook_of_several_sheets_is_only_opened_early(tmp_path: Path) -> None:
    path = tmp_path / "pegawai.xlsx"
    frame = pd.DataFrame({"nip": ["198501012010011001"], "nama": ["A"], "jabatan": ["Analis"]})
    write_simple_xlsx(
        path, {"Catatan": pd.DataFrame({"isi": ["lihat sheet berikut"]}), "Pegawai": frame}, overwrite=False
    )
    plain = read_table(path, "pegawai")
    prefetch.start(str(path), limits=ReadLimits())
    pending = prefetch._pending
    early = read_table(path, "pegawai")
    assert pending is not None and pending.sheet is None and pending.grid is None
    _same(early.frame, plain.frame)
    assert early.source.sheet == plain.source.sheet == "Pegawai"


@pytest.mark.parametrize(
    ("source", "kwargs"),
    [
        ("-", {}),
        ("pegawai.csv", {}),
        ("pegawai.xlsx", {"sheet": "Pegawai"}),
        ("pegawai.xlsx", {"input_format": "xlsx"}),
    ],
)
def test_no_early_read_but_in_the_plain_case(tmp_path: Path, source: str, kwargs: dict[str, str]) -> None:
    for name in ("pegawai.csv", "pegawai.xlsx"):
        shutil.copy(SAMPLE / name, tmp_path / name)
    prefetch.start(source if source == "-" else str(tmp_path / source), limits=ReadLimits(), **kwargs)
    assert prefetch._pending is None


def test_an_empty_or_missing_file_is_left_to_the_reader(tmp_path: Path) -> None:
    (tmp_path / "kosong.xlsx").write_bytes(b"")
    prefetch.start(str(tmp_path / "kosong.xlsx"), limits=ReadLimits())
    prefetch.start(str(tmp_path / "tidak_ada.xlsx"), limits=ReadLimits())
    assert prefetch._pending is None


def test_the_plan_command_reads_its_roster_early(tmp_path: Path, started: list[str]) -> None:
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app

    out = tmp_path / "rencana.xlsx"
    result = CliRunner().invoke(
        app,
        [
            "-q",
            "rencana",
            str(SAMPLE / "pegawai.xlsx"),
            str(SAMPLE / "peta_jabatan.xlsx"),
            "--tanggal",
            "2026-11-01",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert started == [str(SAMPLE / "pegawai.xlsx")]
    assert prefetch._pending is None  # taken by the roster's reader
    assert zipfile.is_zipfile(out)


def test_an_early_thread_that_ends_without_an_answer_leaves_the_read_to_the_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[str]
) -> None:
    path = tmp_path / "pegawai.xlsx"
    shutil.copy(SAMPLE / "pegawai.xlsx", path)
    monkeypatch.setattr(prefetch.EarlyRead, "_run", lambda self: None)  # as a thread that died at once
    prefetch.start(str(path), limits=ReadLimits())
    table = read_table(path, "pegawai")
    assert len(table.frame) > 0 and opened == [str(path)]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["-q", "rencana", "a.xlsx", "b.xlsx", "-o", "r.xlsx"], "a.xlsx"),
        (["-vv", "plan", "a.xlsx", "b.xlsx", "--tanggal", "2026-11-01"], "a.xlsx"),
        (["-qv", "rencana", "a.xlsx", "b.xlsx", "-f", "json"], "a.xlsx"),
        (["rencana", "a.xlsx", "b.xlsx", "--", "--lembar"], "a.xlsx"),  # after "--" only arguments
        (["rencana", "-o", "r.xlsx", "a.xlsx", "b.xlsx"], None),  # an option first: PEGAWAI is not the next word
        (["rencana", "-", "b.xlsx"], None),  # stdin
        (["rencana", "a.xlsx", "b.xlsx", "--lembar", "Pegawai"], None),
        (["rencana", "a.xlsx", "b.xlsx", "--sheet=Pegawai"], None),
        (["rencana", "a.xlsx", "b.xlsx", "--format-masukan", "xlsx"], None),
        (["rencana", "a.xlsx", "b.xlsx", "--pengaturan", "p.toml"], None),  # its [baca] limits may differ
        (["rencana", "a.xlsx", "b.xlsx", "--config=p.toml"], None),
        (["rencana", "a.xlsx", "b.xlsx", "-qc", "p.toml"], None),
        (["rencana", "a.xlsx", "b.xlsx", "--help"], None),
        (["rencana", "a.xlsx", "b.xlsx", "--bantuan"], None),
        (["rencana", "a.xlsx", "-h"], None),
        (["--versi"], None),
        (["--pengaturan", "p.toml", "rencana", "a.xlsx"], None),  # no global option of that name
        (["periksa", "a.xlsx", "b.xlsx"], None),  # a command that does not read its roster early
        (["rencana"], None),
        ([], None),
    ],
)
def test_the_roster_read_before_typer_only_for_the_plain_command_line(argv: list[str], expected: str | None) -> None:
    from asn_mutasi.cli.options import early_roster_path

    assert early_roster_path(argv, {"rencana", "plan"}) == expected


def test_the_command_line_starts_the_roster_read_before_typer_runs(tmp_path: Path, started: list[str]) -> None:
    """``main`` starts it from the raw command line; ``build_context`` then finds it started, and the reader takes it."""
    from asn_mutasi.cli import app as cli_app

    roster = tmp_path / "pegawai.xlsx"
    shutil.copy(SAMPLE / "pegawai.xlsx", roster)
    cli_app._read_roster_early(["-q", "rencana", str(roster), str(SAMPLE / "peta_jabatan.xlsx")])
    assert started == [str(roster)] and prefetch._pending is not None
    early = prefetch._pending
    table = read_table(roster, "pegawai")
    assert prefetch._pending is None and early.grid is not None  # taken: the guard and the parse ran once
    _same(table.frame, read_table(SAMPLE / "pegawai.xlsx", "pegawai").frame)
    cli_app._read_roster_early(["-q", "rencana", str(roster), "x.xlsx", "--lembar", "Pegawai"])
    assert started == [str(roster)]


@pytest.mark.parametrize("refusal", ["suffix", "exists"])
def test_a_command_refused_before_its_read_keeps_no_early_read(
    tmp_path: Path, started: list[str], refusal: str
) -> None:
    """A command that fails before its reader takes the early read (an output that exists without --timpa, a plan
    named .txt) kept the roster's whole sheet in ``_pending`` for the rest of the process, and no later command's
    early read could start (hostile20, h35). It is dropped when the command ends."""
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app

    roster = tmp_path / "pegawai.xlsx"
    shutil.copy(SAMPLE / "pegawai.xlsx", roster)
    out = tmp_path / ("rencana.txt" if refusal == "suffix" else "rencana.xlsx")
    if refusal == "exists":
        out.write_bytes(b"already here")
    result = CliRunner().invoke(app, ["rencana", str(roster), str(SAMPLE / "peta_jabatan.xlsx"), "-o", str(out)])
    assert result.exit_code == (2 if refusal == "suffix" else 5), result.output
    assert started == [str(roster)]  # the early read was started
    assert prefetch._pending is None
