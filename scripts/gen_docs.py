"""Generate docs/cli.md (the --help of every command) and docs/findings.md (every finding and rule code).

Run from the repository root after changing a command, an option, a finding code or an
eligibility rule::

    python scripts/gen_docs.py          # rewrite both files
    python scripts/gen_docs.py --check  # exit 1 when a file is out of date (CI)

Help text is captured in-process with Typer's CliRunner at a fixed width of 100 columns,
without colour, so the output does not depend on the terminal that runs the script.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI_MD = ROOT / "docs" / "cli.md"
FINDINGS_MD = ROOT / "docs" / "findings.md"
WIDTH = 100
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")

GENERATED = "<!-- Dibuat oleh scripts/gen_docs.py; jangan disunting manual. -->"


def command_names() -> list[str]:
    """Return the registered command names in registration order."""
    from asn_mutasi.cli.app import app

    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    for group in app.registered_groups:  # command groups (buku-besar, usulan, indikator) and their commands
        sub = group.typer_instance
        gname = group.name or (sub.info.name if sub else "")
        if sub is None or not isinstance(gname, str):
            continue
        names.append(gname)
        names += [f"{gname} {c.name}" for c in sub.registered_commands if c.name]
    return [n for n in names if n]


def group_names() -> list[str]:
    """Return the names of the command groups (``buku-besar``, …): they print help, not data."""
    from asn_mutasi.cli.app import app

    names = [g.name or (g.typer_instance.info.name if g.typer_instance else "") for g in app.registered_groups]
    return [n for n in names if isinstance(n, str) and n]


def render_help(args: list[str]) -> str:
    """Return the plain-text ``--help`` of ``asn-mutasi <args>`` at a fixed width."""
    from typer.testing import CliRunner  # noqa: TID251 - a dev script driving the CLI, not the core

    from asn_mutasi.cli.app import app

    env = {"COLUMNS": str(WIDTH), "LINES": "50", "NO_COLOR": "1", "TERM": "dumb", "FORCE_COLOR": None}
    result = CliRunner().invoke(app, [*args, "--help"], env=env, prog_name="asn-mutasi", terminal_width=WIDTH)
    if result.exit_code != 0:
        raise RuntimeError(f"--help of {args} failed with exit {result.exit_code}: {result.stderr}")
    text = _ANSI.sub("", result.stdout)
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def summary_line(name: str) -> str:
    """Return the first docstring line of a command (its one-line purpose)."""
    from asn_mutasi.cli.app import app

    for c in app.registered_commands:
        if c.name == name and c.callback is not None and c.callback.__doc__:
            return c.callback.__doc__.strip().splitlines()[0]
    for group in app.registered_groups:
        sub = group.typer_instance
        if sub is None:
            continue
        if group.name == name and isinstance(sub.info.help, str):
            return sub.info.help.strip().splitlines()[0]
        for c in sub.registered_commands:
            if f"{group.name} {c.name}" == name and c.callback is not None and c.callback.__doc__:
                return c.callback.__doc__.strip().splitlines()[0]
    return ""


def _english_names_note() -> str:
    """One line naming the English command names that stay accepted (for scripts and CI)."""
    from asn_mutasi.cli.app import COMMAND_NAMES

    pairs = ", ".join(f"`{english}` = `{name}`" for english, name in COMMAND_NAMES.items())
    return f"Untuk skrip, nama perintah bahasa Inggris versi lama tetap diterima (tidak tampil di bantuan): {pairs}."


def cli_markdown() -> str:
    """Build docs/cli.md."""
    names = command_names()
    parts = [
        "# Perintah `asn-mutasi`",
        "",
        GENERATED,
        "",
        "Semua perintah menulis data (tabel, CSV atau JSON) ke stdout dan pesan ke stderr. Kode keluar: "
        "lihat [exit-codes.md](exit-codes.md); kode temuan: lihat [findings.md](findings.md).",
        "",
        _english_names_note(),
        "",
        "| perintah | kegunaan |",
        "|---|---|",
        *(f"| [`{n}`](#asn-mutasi-{n.replace(' ', '-')}) | {_cell(summary_line(n))} |" for n in names),
        "",
        "## `asn-mutasi`",
        "",
        "```text",
        render_help([]),
        "```",
    ]
    from asn_mutasi.cli.json_shapes import json_shapes, shape_markdown

    shapes = json_shapes()
    groups = set(group_names())
    for name in names:
        parts += ["", f"## `asn-mutasi {name}`", "", "```text", render_help(name.split()), "```"]
        if name in groups:
            continue  # a command group: its commands have the shapes
        if name not in shapes:
            raise RuntimeError(f"command {name!r} has no JSON shape in asn_mutasi/cli/json_shapes.py")
        parts += ["", shape_markdown(shapes[name])]
    return "\n".join(parts) + "\n"


def _cell(text: object) -> str:
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def findings_markdown() -> str:
    """Build docs/findings.md from findings.CATALOGUE and matching.eligibility.RULES."""
    from asn_mutasi.findings import CATALOGUE
    from asn_mutasi.matching.eligibility import RULES

    parts = [
        "# Kode temuan dan aturan kelayakan",
        "",
        GENERATED,
        "",
        "## Temuan (`asn_mutasi.findings.CATALOGUE`)",
        "",
        "Setiap temuan punya kode tetap, tingkat (`galat`, `peringatan`, `info`) dan pesan dalam Bahasa Indonesia. "
        "`check --gagal-jika` memakai tingkat ini. Kolom *templat* menunjukkan pesan dengan isian `{…}`; "
        "`{field}` adalah kolom baku dalam kata-kata, diikuti nama yang diketik di berkas peta kolom dan dipakai "
        'sebagai kunci JSON/CSV, mis. "Kolom Unit Kerja (unit_kerja) tidak ada".',
        "",
        "| kode | tingkat | templat pesan | keterangan |",
        "|---|---|---|---|",
    ]
    for code, spec in CATALOGUE.items():
        parts.append(f"| `{code}` | {spec.severity.value} | {_cell(spec.template)} | {_cell(spec.keterangan)} |")
    parts += [
        "",
        "## Aturan kelayakan mutasi (`asn_mutasi.matching.eligibility.RULES`)",
        "",
        "Kode ini muncul di kolom `alasan` hasil `match`, `assess` dan `plan`. Aturan yang *memblokir* membuat "
        "pegawai tidak layak dipindah ke jabatan tujuan selama aturannya aktif di pengaturan.",
        "",
        "| kode | memblokir | keterangan | dasar |",
        "|---|---|---|---|",
    ]
    for code, rule in RULES.items():
        blocks = "ya" if rule.memblokir else "tidak"
        parts.append(f"| `{code}` | {blocks} | {_cell(rule.deskripsi)} | {_cell(rule.dasar)} |")
    return "\n".join(parts) + "\n"


def outputs() -> dict[Path, str]:
    """Map each generated file to its content."""
    return {CLI_MD: cli_markdown(), FINDINGS_MD: findings_markdown()}


def main(argv: list[str] | None = None) -> int:
    """Write the docs, or with --check report which are stale (exit 1)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if a file is out of date")
    ns = parser.parse_args(argv)
    stale = []
    for path, text in outputs().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not ns.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for path in stale:
        verb = "out of date" if ns.check else "written"
        print(f"{path.relative_to(ROOT)}: {verb}", file=sys.stderr)
    return 1 if ns.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
