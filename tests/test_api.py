"""The front door: ``import asn_mutasi`` exports every verb, stays light, and the CLI starts without pandas."""

from __future__ import annotations

import inspect
import subprocess
import sys
import types
from datetime import date, datetime
from pathlib import Path

import pytest

import asn_mutasi as am

ROOT = Path(__file__).resolve().parents[1]

VERBS = ("check", "match", "assess", "vacancies", "analyse_workload", "plan", "apply", "compare", "make_sample")
#: every exported function that is the verb of a command (the rest: load_settings, to_jsonable)
ALL_VERBS = tuple(n for n in am.__all__ if n[0].islower() and n not in ("load_settings", "to_jsonable"))


def test_every_exported_name_resolves() -> None:
    for name in am.__all__:
        assert getattr(am, name) is not None, name


def test_verbs_take_keyword_only_typed_parameters_and_return_a_typed_result() -> None:
    for name in VERBS:
        signature = inspect.signature(getattr(am, name), eval_str=True)
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in signature.parameters.values()), name
        assert "Any" not in str(signature), name
        assert hasattr(signature.return_annotation, "to_json"), name


def test_every_verb_accepts_text_paths() -> None:
    """A notebook writes ``output="rencana.xlsx"``: no verb parameter takes a Path only."""
    assert len(ALL_VERBS) > len(VERBS)
    for name in ALL_VERBS:
        signature = inspect.signature(getattr(am, name), eval_str=True)
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in signature.parameters.values()), name
        path_only = [p.name for p in signature.parameters.values() if p.annotation in (Path, Path | None)]
        assert not path_only, f"{name}: {path_only} accept only a Path"


def test_text_paths_are_written_to(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    sample = am.make_sample(output=str(folder), pegawai=100, seed=3)
    assert (folder / "pegawai.xlsx") in sample.files
    pegawai, jabatan = str(folder / "pegawai.xlsx"), str(folder / "peta_jabatan.xlsx")
    rencana = am.plan(pegawai=pegawai, jabatan=jabatan, output=str(tmp_path / "rencana.xlsx"))
    assert rencana.workbook == tmp_path / "rencana.xlsx" and rencana.workbook.is_file()
    forms = am.aspiration_forms(pegawai=pegawai, jabatan=jabatan, output=str(tmp_path / "formulir"))
    assert forms.forms and all(Path(str(f["berkas"])).is_file() for f in forms.forms)
    ledger = str(tmp_path / "buku_besar_mutasi.sqlite")
    assert am.export_ledger(output=str(tmp_path / "audit.xlsx"), buku_besar=ledger).ok
    assert (tmp_path / "audit.xlsx").is_file()


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(out.stdout.split())


def test_import_and_cli_start_up_do_not_import_pandas() -> None:
    assert "pandas" not in _modules_after("import asn_mutasi")
    assert "pandas" not in _modules_after("import asn_mutasi.cli.app")


def test_the_readme_python_example_runs(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = readme.split("## Python API", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    (tmp_path / "sample_data").symlink_to(ROOT / "sample_data")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert "pindah" in out.stdout and (tmp_path / "rencana.xlsx").exists() and (tmp_path / "pegawai_baru.xlsx").exists()


def test_a_plan_whose_round_cannot_be_recorded_leaves_no_workbook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk when the ledger was made: exit 5, but the plan workbook stayed, unrecorded, and blocked the rerun
    ("sudah ada"; hostile-input campaign, h25)."""
    import asn_mutasi.api.governance as governance
    from asn_mutasi.errors import OutputError

    def full(*args: object, **kwargs: object) -> None:
        raise OutputError("Buku besar 'bb' tidak dapat dibuat: disk penuh")

    monkeypatch.setattr(governance, "record_round", full)
    out = tmp_path / "r.xlsx"
    sample = ROOT / "sample_data"
    with pytest.raises(OutputError) as caught:
        am.plan(
            pegawai=sample / "pegawai.xlsx", jabatan=sample / "peta_jabatan.xlsx", output=out, tanggal=date(2026, 11, 1)
        )
    assert not out.exists()
    assert "tidak disimpan" in (caught.value.hint or "")


def test_a_write_failure_is_said_in_indonesian_through_a_wrapping_exception() -> None:
    import errno

    from asn_mutasi.errors import write_reason

    class FileCreateError(Exception):  # (xlsxwriter's: it wraps the OS error)
        pass

    wrapped = FileCreateError(OSError(errno.ENOSPC, "No space left on device"))
    assert write_reason(wrapped) == "disk penuh"
    try:
        raise FileCreateError("x") from OSError(errno.EFBIG, "File too large")
    except FileCreateError as exc:
        assert "ukuran" in write_reason(exc)
    assert "No space" not in write_reason(wrapped)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A 100-person sample: its files by name."""
    folder = tmp_path_factory.mktemp("small")
    return {p.name: p for p in am.make_sample(output=folder, pegawai=100, seed=7).files}


def test_every_verb_checks_its_arguments_at_the_front_door() -> None:
    for name in ALL_VERBS:
        assert getattr(getattr(am, name), "__wrapped__", None) is not None, f"{name} is not wrapped by api.front.verb"


def test_a_table_given_for_a_file_is_refused_without_its_content() -> None:
    """``str()`` of a DataFrame became the file name: every NIP and name of it in "Berkas '…' tidak ditemukan"."""
    import pandas as pd

    from asn_mutasi.errors import UsageError

    table = pd.DataFrame({"NIP": ["198001012005011001"], "Nama": ["Budi Santoso"]})
    for value in (table, table["NIP"], None):
        with pytest.raises(UsageError) as caught:
            am.check(pegawai=value)  # type: ignore[arg-type]
        message = f"{caught.value.message} {caught.value.hint}"
        assert "pegawai=" in message and "198001012005011001" not in message and "Budi" not in message
        assert caught.value.exit_code == 2


def test_one_file_or_text_where_a_list_is_expected_is_a_list_of_one(small: dict[str, Path], tmp_path: Path) -> None:
    """``usulan="usulan.csv"`` was read character by character ("'/' tidak dapat dibaca"), ``keep="1980…"`` kept 18
    one-digit NIPs, ``periode="2026"`` wrote the periods "2", "0", "2", "6"."""
    pegawai, jabatan, usulan = small["pegawai.xlsx"], small["peta_jabatan.xlsx"], small["usulan_mutasi.csv"]
    listed = am.merge_proposals(pegawai=pegawai, jabatan=jabatan, usulan=[usulan]).to_json()
    assert listed
    assert am.merge_proposals(pegawai=pegawai, jabatan=jabatan, usulan=str(usulan)).to_json() == listed
    assert am.merge_proposals(pegawai=pegawai, jabatan=jabatan, usulan=usulan).to_json() == listed
    one = am.indicator_template(output=tmp_path / "a.xlsx", periode=["2026"], jabatan=jabatan).baris
    assert am.indicator_template(output=tmp_path / "b.xlsx", periode="2026", jabatan=jabatan).baris == one
    nip = str(listed[0]["nip"])
    kept = am.plan(pegawai=pegawai, jabatan=jabatan, keep=nip, tanggal=date(2026, 11, 1))
    assert kept.parameters["keep"] == 1


def test_a_list_of_files_argument_says_in_its_hint_that_one_file_alone_is_taken() -> None:
    """``usulan=Path("usulan.csv")`` ran (a list of one) but its hint ``Sequence[Source]`` made mypy refuse it: a
    notebook user's checked script failed on a call that works (walk3, h31)."""
    import typing
    from collections.abc import Iterable, Sequence

    listed = 0
    for name in ALL_VERBS:
        for param, hint in typing.get_type_hints(getattr(am, name).__wrapped__).items():
            members = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
            for member in members:
                if typing.get_origin(member) in (Sequence, Iterable) and Path in typing.get_args(
                    typing.get_args(member)[0]
                ):
                    listed += 1
                    assert Path in members and str in members, (name, param, hint)
    assert listed >= 4  # plan/letters aspirasi, read_aspirations formulir, merge_proposals usulan


def test_dates_of_a_notebook_are_taken_or_refused_in_indonesian(small: dict[str, Path]) -> None:
    """A pandas Timestamp or datetime (a date to the type checker) crashed with TypeError, so did a text."""
    import pandas as pd

    from asn_mutasi.errors import UsageError

    files = {"pegawai": small["pegawai.xlsx"], "jabatan": small["peta_jabatan.xlsx"]}
    expected = am.vacancies(**files, tanggal=date(2026, 11, 1)).to_json(am.View.unit)
    for day in (pd.Timestamp("2026-11-01 10:30"), datetime(2026, 11, 1, 23, 59)):
        result = am.vacancies(**files, tanggal=day)
        assert result.as_of == date(2026, 11, 1) and result.to_json(am.View.unit) == expected
    for bad in ("2026-11-01", pd.NaT):
        with pytest.raises(UsageError, match="tanggal= harus tanggal"):
            am.vacancies(**files, tanggal=bad)  # type: ignore[arg-type]


def test_settings_and_options_of_another_type_are_a_usage_error(small: dict[str, Path]) -> None:
    from asn_mutasi.errors import UsageError

    with pytest.raises(UsageError, match="settings= harus berupa Settings"):
        am.check(pegawai=small["pegawai.xlsx"], settings={"aturan": {"cek_bup": False}})  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="options= harus berupa ReadOptions"):
        am.check(pegawai=small["pegawai.xlsx"], options={"sheet_pegawai": "Data"})  # type: ignore[arg-type]


def test_counts_are_held_to_the_bounds_of_their_cli_options(small: dict[str, Path], tmp_path: Path) -> None:
    """``match(top=0)`` listed nobody without a word, ``vacancies(horizon=-1)`` projected a negative horizon and
    ``horizon=99999`` crashed with "year 10360 is out of range": the CLI options refuse them (exit 2), so does the
    library, from the same bounds."""
    from asn_mutasi.errors import UsageError

    files = {"pegawai": small["pegawai.xlsx"], "jabatan": small["peta_jabatan.xlsx"]}
    for top in (0, -1, 1001):
        with pytest.raises(UsageError, match="Jumlah calon per jabatan"):
            am.match(**files, top=top)
    for horizon in (-1, 1201, 99999):
        with pytest.raises(UsageError, match="Horizon proyeksi pensiun"):
            am.vacancies(**files, horizon=horizon)
    assert am.vacancies(**files, horizon=1200, tanggal=date(2026, 11, 1)).horizon == 1200
    with pytest.raises(UsageError, match=r"Jumlah pegawai data contoh harus bilangan bulat 100 sampai 500\.000, bukan"):
        am.make_sample(output=tmp_path / "besar", pegawai=500_001)
    assert not (tmp_path / "besar").exists()


def test_a_workbook_only_verb_refuses_another_suffix_as_the_cli_does(small: dict[str, Path], tmp_path: Path) -> None:
    """The CLI refused ``-o x.csv`` for the verbs that write only a workbook; the library wrote xlsx bytes there."""
    from asn_mutasi.errors import UsageError

    pegawai, jabatan = small["pegawai.xlsx"], small["peta_jabatan.xlsx"]
    target = tmp_path / "keluaran.csv"
    calls = [
        lambda: am.plan(pegawai=pegawai, jabatan=jabatan, output=target),
        lambda: am.compare(sebelum=pegawai, sesudah=pegawai, output=target),
        lambda: am.proposal_template(jabatan=jabatan, output=target),
        lambda: am.merge_proposals(
            pegawai=pegawai, jabatan=jabatan, usulan=[small["usulan_mutasi.csv"]], output=target
        ),
        lambda: am.indicator_template(output=target),
        lambda: am.export_ledger(output=target, buku_besar=tmp_path / "bb.sqlite"),
    ]
    for call in calls:
        with pytest.raises(UsageError, match=r"ditulis sebagai \.xlsx; 'keluaran\.csv' berakhiran lain"):
            call()
        assert not target.exists()


def test_read_options_are_checked_as_the_cli_options_are(small: dict[str, Path]) -> None:
    """A misspelt field of ``ReadOptions.mapping`` was ignored without a word (a mapping file refuses it, exit 3);
    ``baris_judul=0`` was an input error "di luar data" (the CLI option's bound: exit 2)."""
    from asn_mutasi.errors import ConfigError, UsageError

    pegawai = small["pegawai.xlsx"]
    with pytest.raises(ConfigError, match=r"ReadOptions\.mapping\): field tidak dikenal: nipp"):
        am.check(pegawai=pegawai, options=am.ReadOptions(mapping={"nipp": "NIP"}))
    with pytest.raises(ConfigError, match="judul kolom untuk 'nip' harus teks yang tidak kosong"):
        am.check(pegawai=pegawai, options=am.ReadOptions(mapping={"nip": " "}))
    for row in (0, -3):
        with pytest.raises(UsageError, match="baris_judul"):
            am.check(pegawai=pegawai, options=am.ReadOptions(baris_judul=row))
    plain = am.check(pegawai=pegawai, tanggal=date(2026, 11, 1)).to_json()
    mapped = am.check(pegawai=pegawai, options=am.ReadOptions(mapping={"NIP ": "NIP"}), tanggal=date(2026, 11, 1))
    assert mapped.to_json()["ringkasan"] == plain["ringkasan"]


def test_letters_hold_their_tmt_to_the_range_and_apply_its_sk_list_to_xlsx(
    small: dict[str, Path], tmp_path: Path
) -> None:
    """``letters(tmt=date(9999, 1, 1))`` printed that TMT in every SK (``apply`` refuses it); ``apply(sk="sk.csv")``
    wrote the daftar SK workbook under a .csv name. Both are refused before anything is written."""
    from cli_helpers import decide

    from asn_mutasi.errors import UsageError

    pegawai, jabatan = small["pegawai.xlsx"], small["peta_jabatan.xlsx"]
    planned = am.plan(pegawai=pegawai, jabatan=jabatan, output=tmp_path / "r.xlsx", tanggal=date(2026, 11, 1))
    moves = planned.to_json()["mutasi"]
    assert isinstance(moves, list) and moves
    decided = decide(tmp_path / "r.xlsx", tmp_path / "d.xlsx", {str(m["id_mutasi"]): "Setuju" for m in moves})
    with pytest.raises(UsageError, match="TMT"):
        am.letters(rencana=decided, pegawai=pegawai, jabatan=jabatan, output=tmp_path / "surat", tmt=date(9999, 1, 1))
    assert not (tmp_path / "surat").exists()
    with pytest.raises(UsageError, match=r"Daftar SK \(--sk\) ditulis sebagai \.xlsx"):
        am.apply(
            rencana=decided,
            pegawai=pegawai,
            tmt=date(2026, 12, 1),
            output=tmp_path / "baru.xlsx",
            sk=tmp_path / "sk.csv",
        )
    assert not (tmp_path / "baru.xlsx").exists()


def test_list_arguments_take_whole_numbers_and_refuse_a_table(small: dict[str, Path]) -> None:
    """A list argument's items are held to their hint as a lone argument is: ``known=[123]`` (a hash read as a number)
    crashed with AttributeError. A table (or a dict) is no list: ``usulan=df`` read its column names as files
    ("Berkas atau folder usulan 'NIP' tidak ditemukan") and ``keep=df[["nip"]]`` kept the NIP "nip" (review3, h30)."""
    import pandas as pd

    from asn_mutasi.errors import UsageError

    with pytest.raises(UsageError, match="bukan hash SHA-256"):
        am.verify_ledger(known=[123])  # type: ignore[list-item]
    table = pd.DataFrame({"nip": ["198001012005011001"]})
    files = {"pegawai": small["pegawai.xlsx"], "jabatan": small["peta_jabatan.xlsx"]}
    for value in (table, {"198001012005011001": True}):
        with pytest.raises(UsageError, match="keep= harus berupa daftar") as caught:
            am.plan(**files, keep=value)  # type: ignore[arg-type]
        assert "198001012005011001" not in caught.value.message and caught.value.exit_code == 2
    with pytest.raises(UsageError, match="usulan= harus berupa daftar"):
        am.merge_proposals(**files, usulan=table)  # type: ignore[arg-type]


def test_a_yes_or_no_argument_takes_only_true_or_false(small: dict[str, Path], tmp_path: Path) -> None:
    """``overwrite="False"`` (a text is true) replaced the analyst's workbook; a yes/no argument takes True or False
    (numpy's too) and refuses anything else (review3, h30)."""
    import numpy as np

    from asn_mutasi.errors import OutputError, UsageError

    output = tmp_path / "usulan.xlsx"
    output.write_bytes(b"milik analis")
    for no in ("False", "tidak", 0, None):
        with pytest.raises(UsageError, match="overwrite= harus True atau False"):
            am.proposal_template(jabatan=small["peta_jabatan.xlsx"], output=output, overwrite=no)  # type: ignore[arg-type]
    assert output.read_bytes() == b"milik analis"
    with pytest.raises(OutputError):
        am.proposal_template(jabatan=small["peta_jabatan.xlsx"], output=output, overwrite=np.bool_(False))  # type: ignore[arg-type]
    assert am.proposal_template(jabatan=small["peta_jabatan.xlsx"], output=output, overwrite=np.bool_(True)).jabatan
