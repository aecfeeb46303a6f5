"""No English word reaches the analyst: one scan over everything a person reads.

The scan runs every command's ``--help``, a set of usage errors, and the main commands on a
small generated sample in table format (stdout and stderr), writing every workbook they can
write; then it collects the words shown — terminal text, and in each workbook the sheet
names and every text cell of the visible sheets — and checks them against a denylist of
English words likely to leak (Click/Typer texts, Python/pandas markers such as ``None``/
``nan``/``True``, code values such as severities and solver statuses). Input data values
pass the scan too: the sample is Indonesian, so a hit there is a leak all the same.

A word is matched whole and case-sensitively (``Error`` and ``error`` are both listed);
option names (``--fail-on``), file paths and finding codes (kebab-case) are removed first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from asn_mutasi.cli.app import app
from asn_mutasi.findings import CATALOGUE
from asn_mutasi.schema import PLAN_MOVE_COLUMNS, PLAN_SHEETS

AS_OF = ["--tanggal", "01-11-2026"]
TABEL = ["-f", "tabel"]
#: English words that must never be shown (whole words, case-sensitive)
DENYLIST = frozenset(
    {
        # Click/Typer
        "Usage", "Error", "Errors", "Warning", "Warnings", "Options", "Arguments", "Commands", "Show", "help",
        "Missing", "Invalid", "Try", "Aborted", "Abort", "Traceback", "Exception", "Value", "Values", "Field",
        "Fields", "Choose", "Did", "mean", "such", "option", "argument", "required", "exist", "Directory",
        # Python / pandas markers
        "None", "nan", "NaN", "NaT", "True", "False", "true", "false", "inf", "Timestamp", "dtype", "object",
        # coded values that need a word
        "error", "warning", "never", "table", "yes", "Yes",
        # planner and solver vocabulary
        "infeasible", "feasible", "greedy", "milp", "MILP", "solver", "Solver", "pricing", "baseline", "objective",
        "timeout", "time", "limit", "status_solver", "metode_penyelesaian", "unknown", "Unknown", "Summary",
    }
)  # fmt: skip
#: the English command names: accepted as hidden aliases, never shown in a help or a usage line
COMMAND_DENYLIST = frozenset(
    {"check", "match", "assess", "vacancies", "workload", "plan", "apply", "compare", "sample"}
)
#: English codes written with hyphens (the word scan below drops kebab-case finding codes)
DENY_PHRASES = re.compile(r"\b(?:min-cost-flow|min-cost|time-limit|time-out|not-found|for help|you mean)\b")
#: removed before splitting into words: option names, paths, finding codes, cell references like A1:A3
NOT_WORDS = re.compile(
    r"(?<![\w-])--?[a-z][\w-]*"  # --fail-on, -o
    r"|(?:[A-Za-z]:)?(?:[\w.~-]*/)+[\w.-]*"  # paths
    r"|\b[a-z]+(?:-[a-z0-9]+)+\b"  # kebab-case finding codes (nip-ganda) and command names
    r"|\b[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?\b"  # cell references
)
WORD = re.compile(r"[A-Za-z_]+")
#: English function words that never occur in Indonesian prose (any case): the catalogue keterangan scan
FUNCTION_WORDS = frozenset(
    {"the", "and", "of", "is", "are", "with", "when", "which", "not", "from", "its", "an", "by", "that", "this", "for",
     "in", "or", "to", "as", "on"}
)  # fmt: skip

USAGE_ERRORS = [
    ["chek"],
    ["check", "--formt", "json", "x"],
    ["check"],
    ["apply", "a.xlsx"],
    ["apply", "a.xlsx", "b.xlsx", "-o", "x.xlsx", "--tmt", "2026/13/01"],
    ["match", "a", "b", "--top", "abc"],
    ["check", "a", "b", "--format", "xml"],
    ["check", "a", "--fail-on", "kadang"],
    ["vacancies", "a", "b", "--per", "opd"],
    ["check", "a", "b", "c", "d"],
    ["check", "--format"],
    ["buku-besar"],
    ["check", "tidak_ada.xlsx"],
]


def _invoke(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(app, args, prog_name="asn-mutasi", env={"COLUMNS": "120", "NO_COLOR": "1"})
    return int(result.exit_code), result.stdout + result.stderr


def _command_paths() -> list[list[str]]:
    from typer.main import get_command

    paths: list[list[str]] = []

    def walk(cmd: object, path: list[str]) -> None:
        paths.append(path)
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, [*path, name])

    walk(get_command(app), [])
    return paths


def _decide_all(plan: Path, target: Path) -> None:
    wb = load_workbook(plan)
    ws = wb[PLAN_SHEETS[1]]
    col = [c.value for c in ws[1]].index(dict(PLAN_MOVE_COLUMNS)["keputusan"]) + 1
    for row in range(2, ws.max_row + 1):
        ws.cell(row, col).value = "Setuju"
    wb.save(target)


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Source (command, or workbook/sheet) → all the text a person reads there."""
    root = tmp_path_factory.mktemp("tanpa_inggris")
    data = root / "data"
    texts: dict[str, str] = {}

    def cli(name: str, *args: str, codes: tuple[int, ...] = (0, 1)) -> None:
        code, output = _invoke(list(args))
        assert code in codes, (name, code, output)
        texts[name] = output

    cli("sample", "sample", "-o", str(data), "--pegawai", "150", "--seed", "3")
    p, j = str(data / "pegawai.xlsx"), str(data / "peta_jabatan.xlsx")
    book = {n: root / f"{n}.xlsx" for n in ("check", "match", "assess", "vacancies", "workload", "rencana", "sk")}
    book |= {n: root / f"{n}.xlsx" for n in ("roster", "compare", "diklat", "templat_usulan", "audit", "aspirasi")}
    cli("check", "check", str(data / "pegawai_bermasalah.xlsx"), j, *TABEL, "-o", str(book["check"]), *AS_OF)
    cli("match", "match", p, j, "--top", "3", *TABEL, "-o", str(book["match"]), *AS_OF)
    cli("assess", "assess", p, j, str(data / "usulan_mutasi.csv"), *TABEL, "-o", str(book["assess"]), *AS_OF)
    cli("vacancies", "vacancies", p, j, *TABEL, "-o", str(book["vacancies"]), *AS_OF)
    for per in ("unit", "pensiun"):
        cli(f"vacancies --per {per}", "vacancies", p, j, "--per", per, *TABEL, *AS_OF)
    abk = str(data / "abk_tugas.xlsx")
    cli("workload", "workload", p, j, "--abk", abk, *TABEL, "-o", str(book["workload"]), *AS_OF)
    cli("workload --per jabatan", "workload", p, j, "--per", "jabatan", *TABEL, *AS_OF)
    cli("plan", "plan", p, j, *TABEL, "-o", str(book["rencana"]), *AS_OF)
    decided = root / "diputuskan.xlsx"
    _decide_all(book["rencana"], decided)
    cli(
        "apply",
        "apply",
        str(decided),
        p,
        *TABEL,
        "-o",
        str(book["roster"]),
        "--sk",
        str(book["sk"]),
        "--tmt",
        "01-01-2027",
    )
    cli(
        "compare",
        "compare",
        p,
        str(book["roster"]),
        j,
        "--rencana",
        str(decided),
        *TABEL,
        "-o",
        str(book["compare"]),
        *AS_OF,
    )
    cli("diklat", "diklat", str(decided), p, j, *TABEL, "-o", str(book["diklat"]), *AS_OF)
    cli("usulan templat", "usulan", "templat", j, "-o", str(book["templat_usulan"]), *AS_OF)
    forms = root / "formulir"
    cli("aspirasi-formulir", "aspirasi-formulir", p, j, "-d", str(forms), *AS_OF)
    book["formulir_aspirasi"] = sorted(forms.glob("*.xlsx"))[0]
    # the filled forms shipped with sample_data/ (their NIPs are the shipped roster's)
    shipped = Path(__file__).resolve().parents[1] / "sample_data"
    read = [
        "aspirasi-baca",
        str(shipped / "pegawai.xlsx"),
        str(shipped / "peta_jabatan.xlsx"),
        str(shipped / "aspirasi"),
    ]
    cli("aspirasi-baca", *read, *TABEL, "-o", str(book["aspirasi"]), *AS_OF)
    ledger = ["--buku-besar", str(root / "buku_besar_mutasi.sqlite")]
    cli("buku-besar putaran", "buku-besar", "putaran", *ledger, *TABEL)
    cli("buku-besar verifikasi", "buku-besar", "verifikasi", *ledger, *TABEL)
    cli("buku-besar ekspor", "buku-besar", "ekspor", *ledger, "-o", str(book["audit"]))
    cli("indikator ikm", "indikator", "ikm", *[str(v) for v in (3.1, 3.2, 2.9, 3.0, 3.4, 3.3, 2.8, 3.1, 3.2)], *TABEL)
    for path in _command_paths():
        cli(" ".join([*path, "--help"]), *path, "--help")
    for args in USAGE_ERRORS:
        cli("salah pakai: " + " ".join(args), *args, codes=(2, 3))
    for name, path in book.items():
        if path.exists():  # the roster written back keeps the input's own headers and values: also scanned
            texts.update(_workbook_texts(name, path))
    return texts


def _workbook_texts(name: str, path: Path) -> Iterator[tuple[str, str]]:
    wb = load_workbook(path, read_only=True)
    try:
        yield f"{name}.xlsx (nama sheet)", " ".join(ws.title for ws in wb.worksheets if ws.sheet_state == "visible")
        for ws in wb.worksheets:
            if ws.sheet_state != "visible":
                continue
            cells = (str(v) for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, (str, bool)))
            yield f"{name}.xlsx/{ws.title}", "\n".join(c for c in cells if not _hashed_json(c))
    finally:
        wb.close()


def _hashed_json(cell: str) -> bool:
    """A JSON object cell: the audit export's record exactly as hashed (canonical keys, kept verifiable)."""
    if not cell.startswith("{"):
        return False
    try:
        return isinstance(json.loads(cell), dict)
    except ValueError:
        return False


def english_words(text: str) -> set[str]:
    """The denylisted words and phrases in ``text``."""
    return {w for w in WORD.findall(NOT_WORDS.sub(" ", text)) if w in DENYLIST} | set(DENY_PHRASES.findall(text))


def test_the_scan_finds_what_it_should() -> None:
    assert english_words("Usage: asn-mutasi check [OPTIONS]\nError: Missing argument") == {
        "Usage",
        "Error",
        "Missing",
        "argument",
    }
    assert english_words("skor nan; layak True; metode greedy") == {"nan", "True", "greedy"}
    assert english_words("Metode penyelesaian: min-cost-flow") == {"min-cost-flow"}
    assert not english_words("Coba 'asn-mutasi check --help' untuk bantuan; nip-tidak-valid di /tmp/help/x.xlsx")


def test_the_scan_covers_help_errors_tables_and_workbooks(shown: dict[str, str]) -> None:
    assert {"periksa --help", "rencana --help", "buku-besar ekspor --help", "salah pakai: chek"} <= set(shown)
    assert {"plan", "compare", "apply", "rencana.xlsx/Ringkasan", "compare.xlsx/Ringkasan", "check.xlsx/Temuan"} <= set(
        shown
    )
    assert "Rencana mutasi" in shown["plan"] and "galat" in shown["check"]
    workbooks = {source.split(".xlsx")[0] for source in shown if ".xlsx" in source}
    assert {"audit", "aspirasi", "formulir_aspirasi", "diklat", "sk", "templat_usulan", "workload"} <= workbooks


def test_no_english_word_reaches_the_analyst(shown: dict[str, str]) -> None:
    leaks = {source: sorted(words) for source, text in shown.items() if (words := english_words(text))}
    assert leaks == {}


def test_no_english_command_name_in_help_or_usage_lines(shown: dict[str, str]) -> None:
    """Every --help and usage error names the commands in Indonesian (file names such as rencana.xlsx pass)."""
    from asn_mutasi.cli.app import COMMAND_NAMES

    assert set(COMMAND_NAMES) == COMMAND_DENYLIST
    helps = {source: text for source, text in shown.items() if source.endswith("--help") or "salah pakai" in source}
    assert len(helps) >= 25
    leaks = {
        source: sorted(words)
        for source, text in helps.items()
        if (words := {w for w in WORD.findall(NOT_WORDS.sub(" ", text)) if w in COMMAND_DENYLIST})
    }
    assert leaks == {}


def catalogue_english(text: str) -> set[str]:
    """The English in a catalogue keterangan: denylisted words, English command names and function words."""
    words = WORD.findall(NOT_WORDS.sub(" ", text))
    return english_words(text) | {w for w in words if w in COMMAND_DENYLIST or w.lower() in FUNCTION_WORDS}


def test_the_catalogue_scan_finds_what_it_should() -> None:
    assert catalogue_english("A header that maps to no canonical field (ignored).") == {"that", "to"}
    assert catalogue_english("The roster's SHA-256 differs; apply refuses it") == {"The", "apply"}
    assert catalogue_english("Status '{value}' is None") == {"is", "None"}
    assert not catalogue_english(
        "Judul kolom tidak dikenal; petakan dengan --peta-kolom, lihat nip-tidak-valid (III/a, D-III, S-1)."
    )


def test_every_catalogue_keterangan_is_indonesian() -> None:
    """docs/findings.md shows each code's keterangan to the analyst: it is Bahasa Indonesia, like the templates."""
    leaks = {code: sorted(words) for code, spec in CATALOGUE.items() if (words := catalogue_english(spec.keterangan))}
    assert leaks == {}


def test_every_catalogue_template_is_indonesian() -> None:
    """The message templates too: four began "Field '{field}' …" (lang, h30). A TOML value the analyst writes in the
    settings file (``= false``) is the setting's own word, not English prose."""
    leaks = {
        code: sorted(words)
        for code, spec in CATALOGUE.items()
        if (words := catalogue_english(spec.template.replace("= false", "")))
    }
    assert leaks == {}


#: a word the catalogue once used beside the tool's own word for the same thing → that word (one fact, one word)
VARIANTS = {
    "jenis ASN": "status kepegawaian",  # PNS/CPNS/PPPK: the field, its label and every other finding say so
    "kedudukan pegawai": "kedudukan hukum",  # Aktif, CLTN, MPP …: the field and kedudukan-tidak-aktif
    "(merge)": "sel gabungan",  # as sel-gabung-diisi and kolom-gabungan say merged cells
}


def test_one_fact_one_word_in_the_catalogue() -> None:
    """kolom-status-berisi-kedudukan called PNS/PPPK "jenis ASN" and Aktif/CLTN "kedudukan pegawai" beside the
    status kepegawaian and kedudukan hukum every other finding, label and keterangan names (lang2, h31)."""
    said = {
        code: sorted(word for word in VARIANTS if word.lower() in text.lower())
        for code, spec in CATALOGUE.items()
        if (text := spec.template + " " + spec.keterangan)
    }
    assert {code: words for code, words in said.items() if words} == {}
