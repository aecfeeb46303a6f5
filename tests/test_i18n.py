"""Usage errors and help reach the analyst in Bahasa Indonesia (Typer/Click's own texts translated)."""

from __future__ import annotations

import re

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
    assert "--install-completion" in help_text and "--show-completion" in help_text
    assert "Pasang pelengkapan otomatis" in help_text and "Tampilkan skrip pelengkapan otomatis" in help_text
    assert "Install completion" not in help_text and "Show completion" not in help_text
    shown = CliRunner().invoke(app, ["--show-completion", "bash"], prog_name="asn-mutasi")
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
        == "Tanggal lahir 23-07-1977 berbeda dengan tanggal lahir di NIP (23-07-1976)"
    )
    for text in messages.values():
        assert not re.search(r"(?<!')\b\d{4}-\d{2}-\d{2}\b(?!')", text), text
    assert format_date_words(date(2026, 12, 1)) == "1 Desember 2026"
