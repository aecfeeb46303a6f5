"""Usage errors and help reach the analyst in Bahasa Indonesia (Typer/Click's own texts translated)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from asn_mutasi.cli import i18n
from asn_mutasi.cli.choices import CHOICES

#: English words and phrases of Click/Typer that must never reach the analyst
ENGLISH = re.compile(
    r"Usage:|Try '|No such|Missing|Invalid value|Show this message|Error\b|Did you mean|Got unexpected|"
    r"requires an|does not|is not|Possible options|Input should|Value error|\bOptions\b|\bArguments\b|"
    r"\bCommands\b|<bool>|<int>|<text>|<float>|<path>|%Y|Aborted|\[OPTIONS\]|\bCOMMAND\b|\[ARGS\]|list\[",
)


USAGE_ERRORS = [
    ("chek",),
    ("check", "--formt", "json", "x"),
    ("check",),
    ("apply", "a.xlsx"),
    ("apply", "a.xlsx", "b.xlsx", "-o", "x.xlsx", "--tmt", "2026/13/01"),
    ("match", "a", "b", "--top", "abc"),
    ("match", "a", "b", "--top", "0"),
    ("check", "a", "b", "--format", "xml"),
    ("check", "a", "b", "c", "d"),
    ("check", "--format"),
    ("check", "a", "--fail-on", "kadang"),
    ("vacancies", "a", "b", "--per", "opd"),
    ("sample",),
]


def _command_paths() -> list[tuple[str, ...]]:
    """Every command and sub-command of the app, the app itself first."""
    from typer.main import get_command

    from asn_mutasi.cli.app import app

    paths: list[tuple[str, ...]] = []

    def walk(cmd: object, path: tuple[str, ...]) -> None:
        paths.append(path)
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, (*path, name))

    walk(get_command(app), ())
    return paths


HELP = _command_paths()
#: the English values of the choice options (``--format table``, ``--fail-on never``): accepted, never shown;
#: written out (not only derived from the enums) so an enum value turned back to English is caught too
ENGLISH_CHOICE_WORDS = {"table", "error", "warning", "never", "info"} | {a for c in CHOICES for a in c.aliases()}
CHOICE_ALIASES = re.compile(r"\b(?:" + "|".join(sorted(ENGLISH_CHOICE_WORDS)) + r")\b|<[^>]*\b(?:true|false)\b[^>]*>")


@pytest.fixture(scope="module")
def runs() -> dict[str, list[object]]:
    """Run every case once through the app as its entry point builds it (i18n installed)."""
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app

    out: dict[str, list[object]] = {}
    for args in [list(a) for a in USAGE_ERRORS] + [[*c, "--help"] for c in HELP]:
        r = CliRunner().invoke(app, args, prog_name="asn-mutasi")
        out[" ".join(args)] = [r.exit_code, r.output]
    return out


def _run(runs: dict[str, list[object]], *args: str) -> tuple[int, str]:
    code, output = runs[" ".join(args)]
    return int(str(code)), re.sub(r"[\s│]+", " ", str(output))  # panels wrap lines


@pytest.mark.parametrize("args", USAGE_ERRORS)
def test_usage_errors_are_indonesian(runs: dict[str, list[object]], args: tuple[str, ...]) -> None:
    code, output = _run(runs, *args)
    assert code == 2
    assert "Kesalahan" in output
    if args != ("check", "--format"):  # an option missing its value fails before the usage is known
        assert "Pemakaian: asn-mutasi" in output and "untuk bantuan" in output
    assert not ENGLISH.search(output), output


@pytest.mark.parametrize("command", HELP)
def test_help_is_indonesian_and_flags_show_no_type(runs: dict[str, list[object]], command: tuple[str, ...]) -> None:
    code, output = _run(runs, *command, "--help")
    assert code == 0
    assert "Tampilkan bantuan ini lalu keluar." in output
    assert not ENGLISH.search(output), output
    assert not CHOICE_ALIASES.search(output), CHOICE_ALIASES.search(output)


#: the English option names: accepted for scripts and CI, never shown (help, usage errors, suggestions,
#: completion); written out here, not derived from the declarations, so a name turned back to English is caught
ENGLISH_OPTIONS = (
    "--output", "--config", "--input-format", "--fail-on", "--sheet", "--sheet-jabatan", "--sheet-abk",
    "--verbose", "--quiet", "--top", "--help", "--force", "--keep", "--keep-file", "--pin", "--seed",
    "--version", "--install-completion", "--show-completion",
)  # fmt: skip
ENGLISH_OPTION = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, ENGLISH_OPTIONS)) + r")(?![\w-])")


@pytest.mark.parametrize("case", [*USAGE_ERRORS, *((*c, "--help") for c in HELP)], ids=" ".join)
def test_no_english_option_name_is_shown(runs: dict[str, list[object]], case: tuple[str, ...]) -> None:
    """Help and usage errors name options only by their Indonesian names (the command line itself aside)."""
    output = _run(runs, *case)[1]
    for word in case:  # an option the analyst typed may be quoted back as typed
        if word.startswith("--"):
            output = re.sub(re.escape(word) + r"(?![\w-])", "", output)
    assert not ENGLISH_OPTION.search(output), ENGLISH_OPTION.search(output)


def test_the_english_option_scan_finds_what_it_should() -> None:
    assert ENGLISH_OPTION.findall("│ --output -o  --timpa,--force  --fail-on <galat>") == [
        "--output",
        "--force",
        "--fail-on",
    ]
    assert not ENGLISH_OPTION.search("--keluaran --lembar-jabatan --nip-tetap --config-x --toplevel")


def test_a_mistyped_option_is_answered_with_the_indonesian_name() -> None:
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app

    for typed, meant in (("--outptu", "--keluaran"), ("--fail-onn", "--gagal-jika"), ("--keluara", "--keluaran")):
        result = CliRunner().invoke(app, ["check", "a.xlsx", typed, "x"], prog_name="asn-mutasi")
        output = re.sub(r"[\s│]+", " ", result.output)
        assert result.exit_code == 2 and meant in output, output
        assert not ENGLISH_OPTION.search(output.replace(typed, "")), output
    # a shown name that is close wins over an alias that is close (--formt: --format, not --force → --timpa)
    result = CliRunner().invoke(app, ["check", "a.xlsx", "--formt", "x"], prog_name="asn-mutasi")
    assert "--format" in result.output and "--timpa" not in result.output, result.output


#: (command, English alias with its value, the same with the Indonesian name, parameter it sets)
SP, SJ = "sample_data/pegawai.csv", "sample_data/peta_jabatan.xlsx"
ALIAS_CASES = [
    (("check", SP), ("--output", "x.xlsx"), ("--keluaran", "x.xlsx"), "output"),
    (("check", SP), ("--force",), ("--timpa",), "overwrite"),
    (("check", SP), ("--config", "a.toml"), ("--pengaturan", "a.toml"), "config"),
    (("check", SP), ("--input-format", "csv"), ("--format-masukan", "csv"), "input_format"),
    (("check", SP), ("--fail-on", "never"), ("--gagal-jika", "tidak-pernah"), "fail_on"),
    (("check", SP), ("--sheet", "Data"), ("--lembar", "Data"), "sheet"),
    (("check", SP, SJ), ("--sheet-jabatan", "2"), ("--lembar-jabatan", "2"), "sheet_jabatan"),
    (("workload", SP, SJ), ("--sheet-abk", "ABK"), ("--lembar-abk", "ABK"), "sheet_abk"),
    (("vacancies", SP, SJ), ("--verbose", "--verbose"), ("--rinci", "--rinci"), "verbose"),
    (("vacancies", SP, SJ), ("--quiet",), ("--senyap",), "quiet"),
    (("match", SP, SJ), ("--top", "3"), ("--teratas", "3"), "top"),
    (("plan", SP, SJ), ("--keep", "199001012015031001"), ("--tetap", "199001012015031001"), "keep"),
    (("plan", SP, SJ), ("--keep-file", "n.txt"), ("--nip-tetap", "n.txt"), "keep_file"),
    (("plan", SP, SJ), ("--pin", "k.csv"), ("--kunci", "k.csv"), "pin"),
    (("sample",), ("--seed", "7"), ("--benih", "7"), "seed"),
    ((), ("--verbose",), ("--rinci",), "verbose"),
    ((), ("--quiet",), ("--senyap",), "quiet"),
]


def _parse(command: tuple[str, ...], options: tuple[str, ...]) -> dict[str, object]:
    """The parameter values the command line gives (parsed only: the command does not run)."""
    from typer.main import get_command

    from asn_mutasi.cli.app import app

    root = get_command(app)
    root_ctx = root.make_context("asn-mutasi", list(options) if not command else [command[0]], resilient_parsing=True)
    if not command:
        return dict(root_ctx.params)
    sub = root.get_command(root_ctx, command[0])  # type: ignore[attr-defined]  # English aliases too
    args = [*command[1:], *options] + (["-o", "d"] if command[0] == "sample" and "-o" not in options else [])
    return dict(sub.make_context(command[0], args, parent=root_ctx).params)


@pytest.mark.parametrize(("command", "english", "indonesian", "param"), ALIAS_CASES, ids=lambda v: str(v))
def test_each_english_option_name_still_works(
    command: tuple[str, ...], english: tuple[str, ...], indonesian: tuple[str, ...], param: str
) -> None:
    """Scripts written with the English names parse to the same values as the Indonesian names."""
    via_english, via_indonesian, default = _parse(command, english), _parse(command, indonesian), _parse(command, ())
    assert via_english[param] == via_indonesian[param] != default[param]
    assert via_english == via_indonesian


def test_every_english_option_name_has_an_alias_case() -> None:
    covered = {a for _, english, _, _ in ALIAS_CASES for a in english if a.startswith("--")}
    assert covered | {"--help", "--version", "--install-completion", "--show-completion"} == set(ENGLISH_OPTIONS)


def test_english_help_and_version_names_still_work(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from asn_mutasi import __version__
    from asn_mutasi.cli.app import app

    runner = CliRunner()
    for name in ("--help", "--bantuan", "-h"):
        result = runner.invoke(app, ["vacancies", name], prog_name="asn-mutasi")
        assert result.exit_code == 0 and "Pemakaian: asn-mutasi lowongan" in result.output
    for name in ("--version", "--versi"):
        result = runner.invoke(app, [name], prog_name="asn-mutasi")
        assert result.exit_code == 0 and result.output.strip() == f"asn-mutasi {__version__}"
    # --install-completion would write to the home folder: only check the parser knows it
    from typer.main import get_command

    get_command(app).make_context("asn-mutasi", ["--install-completion"], resilient_parsing=True)
    # end to end with the English names CI's smoke test and older scripts use
    smoke = runner.invoke(app, ["check", SP, SJ, "--format", "csv", "--fail-on", "never"], prog_name="asn-mutasi")
    assert smoke.exit_code == 0 and smoke.stdout.startswith("kode,"), smoke.output
    out = tmp_path / "lowongan.csv"
    out.write_text("lama", encoding="utf-8")
    english = ["vacancies", SP, SJ, "--output", str(out), "--force", "--quiet", "--tanggal", "01-11-2026"]
    result = runner.invoke(app, english, prog_name="asn-mutasi")
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("kode_jabatan")


@pytest.mark.parametrize("command", HELP, ids=lambda c: " ".join(c) or "asn-mutasi")
def test_completion_offers_only_indonesian_option_names(command: tuple[str, ...]) -> None:
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app

    words = " ".join(["asn-mutasi", *command, "--"])
    env = {"_ASN_MUTASI_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(command) + 1)}
    result = CliRunner().invoke(app, [], env=env, prog_name="asn-mutasi")
    offered = set(result.stdout.split())
    assert "--bantuan" in offered and not offered & set(ENGLISH_OPTIONS), sorted(offered)
    if command in {("periksa",), ("rencana",), ("lowongan",)}:
        assert {"--keluaran", "--pengaturan", "--lembar", "--rinci", "--senyap"} <= offered


def test_every_command_is_in_the_help_scan() -> None:
    assert len(HELP) >= 25 and ("buku-besar", "verifikasi") in HELP and ("indikator", "ikm") in HELP


def test_translations_keep_names_and_values() -> None:
    assert i18n.translate_message("No such option: --formt Did you mean --format?") == (
        "Opsi --formt tidak dikenal. Maksud Anda --format?"
    )
    assert i18n.translate_message("Missing argument 'JABATAN'.") == "Argumen 'JABATAN' belum diberikan."
    assert i18n.translate_message("a message the table does not know") == "a message the table does not know"
    assert i18n.translate_type("<int>") == "<angka>"
    assert i18n.translate_type("<%Y-%m-%d|%d-%m-%Y>") == "<YYYY-MM-DD|DD-MM-YYYY>"


@pytest.mark.parametrize("tanggal", ["01-11-2026", "2026-11-01", "01/11/2026"])
def test_date_options_accept_the_format_the_tool_writes(tanggal: str) -> None:
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app
    from asn_mutasi.formatting import parse_date_option

    result = CliRunner().invoke(
        app,
        ["check", "sample_data/pegawai.csv", "--tanggal", tanggal, "--format", "json", "--fail-on", "never"],
        prog_name="asn-mutasi",
    )
    assert result.exit_code == 0, result.output
    assert str(parse_date_option(tanggal)) == "2026-11-01"


def test_every_date_option_help_names_every_form_it_accepts() -> None:
    from typing import Any

    from typer.main import get_command

    from asn_mutasi.cli.app import app
    from asn_mutasi.formatting import DATE_OPTION_FORMATS

    def walk(command: Any) -> list[Any]:
        params = list(command.params)
        for sub in getattr(command, "commands", {}).values():
            params += walk(sub)
        return params

    dated = [p for p in walk(get_command(app)) if p.name in ("tanggal", "tmt")]
    assert len(dated) >= 10
    for param in dated:
        for fmt in DATE_OPTION_FORMATS:
            assert i18n.date_format(fmt) in param.help, (param.name, fmt)  # DD/MM/YYYY was accepted, not named


def test_every_command_help_ends_with_a_working_example() -> None:
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import EXAMPLES, app

    names = {info.name for info in app.registered_commands}
    assert names == set(EXAMPLES)
    for name, example in EXAMPLES.items():
        result = CliRunner().invoke(app, [name, "--help"], prog_name="asn-mutasi")
        text = re.sub(r"\s+", " ", result.output)
        assert f"Contoh: asn-mutasi {name}" in text
        for option in re.findall(r"(--[a-z-]+)", example):
            assert option in text, (name, option)  # the example only uses options the command has


def test_shell_completion_is_offered_in_indonesian() -> None:
    """--install-completion / --show-completion exist, with Indonesian help, and the script is printed."""
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app

    help_text = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200", "NO_COLOR": "1"}).stdout
    assert "--pasang-pelengkapan" in help_text and "--tampilkan-pelengkapan" in help_text
    assert "Pasang pelengkapan otomatis" in help_text and "Tampilkan skrip pelengkapan otomatis" in help_text
    assert "Install completion" not in help_text and "Show completion" not in help_text
    for name in ("--tampilkan-pelengkapan", "--show-completion"):  # the English name stays accepted
        shown = CliRunner().invoke(app, [name, "bash"], prog_name="asn-mutasi")
        assert shown.exit_code == 0 and "_ASN_MUTASI_COMPLETE" in shown.stdout


def test_dates_in_messages_are_written_for_people() -> None:
    """Finding messages write dates as dd-mm-yyyy, and an ambiguous date with its month in words;
    only a value quoted as the input had it ('2027-12-06') keeps its own form."""
    import json
    from datetime import date

    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app
    from asn_mutasi.formatting import format_date_words

    result = CliRunner().invoke(
        app,
        [
            "check",
            "sample_data/pegawai_bermasalah.xlsx",
            "--tanggal",
            "01-11-2026",
            "-f",
            "json",
            "--fail-on",
            "tidak-pernah",
        ],
    )
    assert result.exit_code == 0, result.output
    messages = {t["kode"]: t["pesan"] for t in json.loads(result.stdout)["temuan"]}
    assert messages["tanggal-ambigu"].endswith("dibaca sebagai 3 April 2019")
    assert (
        messages["nip-tanggal-lahir-beda"]
        == "Tanggal lahir 23-07-1977 berbeda dengan tanggal lahir di NIP (23-07-1976); yang dipakai untuk BUP dan "
        "TMT pensiun: tanggal di kolom"
    )
    for text in messages.values():
        assert not re.search(r"(?<!')\b\d{4}-\d{2}-\d{2}\b(?!')", text), text
    assert format_date_words(date(2026, 12, 1)) == "1 Desember 2026"


def _command_aliases() -> list[tuple[str, str]]:
    from asn_mutasi.cli.app import COMMAND_NAMES

    return sorted(COMMAND_NAMES.items())


@pytest.mark.parametrize(("english", "name"), _command_aliases())
def test_each_english_command_name_still_works(english: str, name: str) -> None:
    """Scripts that call ``asn-mutasi plan …`` reach ``rencana``: the alias's help is the command's, word for word."""
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app

    env = {"COLUMNS": "120", "NO_COLOR": "1"}
    via_english = CliRunner().invoke(app, [english, "--bantuan"], prog_name="asn-mutasi", env=env)
    via_indonesian = CliRunner().invoke(app, [name, "--bantuan"], prog_name="asn-mutasi", env=env)
    assert via_english.exit_code == via_indonesian.exit_code == 0, via_english.output
    assert via_english.output == via_indonesian.output
    assert f"Pemakaian: asn-mutasi {name} " in via_english.output


def test_command_names_are_indonesian_in_the_help_completion_and_suggestions() -> None:
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import COMMAND_NAMES, app

    runner = CliRunner()
    listed = runner.invoke(app, ["--bantuan"], prog_name="asn-mutasi", env={"COLUMNS": "120", "NO_COLOR": "1"})
    shown = set(re.findall(r"^│ ([a-z-]+) ", listed.output, flags=re.M))
    assert set(COMMAND_NAMES.values()) <= shown and not shown & set(COMMAND_NAMES)
    env = {"_ASN_MUTASI_COMPLETE": "complete_bash", "COMP_WORDS": "asn-mutasi ", "COMP_CWORD": "1"}
    offered = set(runner.invoke(app, [], env=env, prog_name="asn-mutasi").stdout.split())
    assert set(COMMAND_NAMES.values()) <= offered and not offered & set(COMMAND_NAMES)
    env |= {"COMP_WORDS": "asn-mutasi be", "COMP_CWORD": "1"}
    assert runner.invoke(app, [], env=env, prog_name="asn-mutasi").stdout.split() == ["beban-kerja"]
    for typo, suggestion in (("rencan", "rencana"), ("chek", "periksa"), ("vacancy", "lowongan")):
        result = runner.invoke(app, [typo], prog_name="asn-mutasi", env={"COLUMNS": "200", "NO_COLOR": "1"})
        assert result.exit_code == 2
        assert f"Perintah '{typo}' tidak dikenal. Maksud Anda '{suggestion}'?" in result.output, result.output


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("path 'x.csv' is not readable.", "Berkas 'x.csv' tidak dapat dibaca."),
        ("Path 'x.csv' does not exist.", "Berkas 'x.csv' tidak ada."),
        ("directory 'd' is not writable.", "Folder 'd' tidak dapat ditulisi."),
    ],
)
def test_path_messages_in_either_case_are_indonesian(english: str, indonesian: str) -> None:
    """click writes "path 'x' is not readable." in lower case too: it reached the analyst in English."""
    assert i18n.translate_message(english) == indonesian


@pytest.mark.parametrize("command", ["rencana", "terapkan"])
def test_option_names_fold_rather_than_being_cut_on_an_80_column_terminal(command: str) -> None:
    """'--maks-pindah-pe…' on an 80-column terminal: the analyst could not read the option to type (walkthrough)."""
    import subprocess
    import sys

    env = {"COLUMNS": "80", "NO_COLOR": "1", "TERM": "dumb", "PATH": "/usr/bin:/bin"}
    shown = subprocess.run(
        [sys.executable, "-m", "asn_mutasi", command, "--bantuan"], capture_output=True, text=True, env=env, check=False
    ).stdout
    assert shown, "no help printed"
    options = [m.group(1) for line in shown.splitlines() if (m := re.match(r"│\s*(?:\*\s+)?(--\S+)", line))]
    assert options and not [o for o in options if o.endswith("…")], options


def test_a_date_that_does_not_exist_is_said_so() -> None:
    """`--tmt 31-02-2027` was "tidak cocok dengan format 'DD-MM-YYYY'": the format matches, the day does not exist."""
    from asn_mutasi.cli.i18n import translate_message

    said = translate_message("'31-02-2027' does not match the formats '%d-%m-%Y', '%Y-%m-%d', '%d/%m/%Y'.")
    assert said == "Tanggal '31-02-2027' tidak ada: Februari 2027 hanya 28 hari."
    assert "tidak cocok dengan format" in translate_message("'2027-13-01' does not match the format '%Y-%m-%d'.")


def test_a_missing_date_formats_as_empty_not_an_error() -> None:
    """pandas' NaT is a datetime: a finding's cell value went through format_date (polish4) and raised ValueError."""
    import pandas as pd

    from asn_mutasi.formatting import format_date
    from asn_mutasi.io.typed_cells import _shown

    assert format_date(pd.NaT) == ""
    assert _shown(pd.NaT) == ""
