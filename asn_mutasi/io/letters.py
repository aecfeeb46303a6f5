"""Render the letters of an approved plan from .docx templates (docxtpl) and, optionally, to PDF.

Templates live in ``asn_mutasi/data/templates/`` (built by ``scripts/make_templates.py``); a BKD
may give a folder with its own ``sk_lampiran.docx``, ``petikan.docx`` and/or
``pemberitahuan.docx`` (letterhead, wording); a file missing there falls back to the default.
A template that uses a field the tool does not fill is refused before anything is written, so
no letter leaves with an empty or raw ``{{ … }}`` field.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

from asn_mutasi.data import data_path
from asn_mutasi.errors import InputError, OutputError
from asn_mutasi.io.writers import atomic_path

TEMPLATE_NAMES: tuple[str, ...] = ("sk_lampiran", "petikan", "pemberitahuan")


def default_template(name: str) -> Path:
    """Path of a shipped template."""
    return data_path("templates", f"{name}.docx")


def template_paths(folder: Path | None) -> dict[str, Path]:
    """name → template file: the BKD's own from ``folder`` when present, else the default."""
    out = {}
    for name in TEMPLATE_NAMES:
        own = folder / f"{name}.docx" if folder is not None else None
        out[name] = own if own is not None and own.is_file() else default_template(name)
    if folder is not None and not folder.is_dir():
        raise InputError(f"Folder templat '{folder}' tidak ditemukan")
    return out


#: a letter template's inflated size at most (the default templates are under 1 MB; python-docx and Jinja hold the
#: whole document in memory several times over, so the workbook limit of 1 GB would not bound them)
TEMPLATE_MAX_MB = 64.0


def check_template_package(path: Path) -> None:
    """Refuse a template that is a zip bomb or declares XML entities, before docxtpl parses it: a 1.2 MB
    ``petikan.docx`` took 2.4 GB and was reported as a tag problem (hostile7, h27). The workbook guard's zip checks
    (entries, declared and real sizes, compression ratio) run with :data:`TEMPLATE_MAX_MB`; a DOCTYPE in any part
    (Word never writes one) is refused as an entity expansion would be."""
    import zipfile

    from asn_mutasi.config import ReadLimits
    from asn_mutasi.errors import shown_path
    from asn_mutasi.io.guard import inspect_workbook

    shown = shown_path(path)
    try:
        scan = inspect_workbook(path, shown, ReadLimits(maks_ukuran_isi_mb=TEMPLATE_MAX_MB))
    except InputError as exc:  # the guard speaks of a workbook and of a setting that does not govern templates
        raise InputError(
            exc.message.replace(f"Berkas '{shown}'", f"Templat '{shown}'", 1),
            hint=f"Templat surat berukuran sampai {TEMPLATE_MAX_MB:.0f} MB setelah dibuka; simpan ulang templat dari Word.",
        ) from exc
    if scan is None or scan.container != "zip":
        return  # not a zip: docxtpl says it is no .docx
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                continue
            with zf.open(info) as fh:
                head = fh.read(4096)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise InputError(
                    f"Templat '{shown}' ditolak: bagian '{info.filename}' memuat deklarasi DOCTYPE/ENTITY "
                    "(Word tidak pernah menulisnya; kemungkinan bom XML)"
                )


def check_template(path: Path, fields: set[str]) -> None:
    """Refuse a template that is hostile (:func:`check_template_package`), cannot be read or names a field outside
    ``fields``."""
    from docxtpl import DocxTemplate

    check_template_package(path)
    try:
        unknown = set(DocxTemplate(str(path)).get_undeclared_template_variables()) - fields
    except Exception as exc:
        raise InputError(
            f"Templat '{path}' tidak dapat dibaca sebagai .docx bertag docxtpl: {template_reason(exc)}",
            hint="Periksa tag {{ field }} dan {% … %} di templat (docs/surat.md, Templat sendiri).",
        ) from exc
    if unknown:
        raise InputError(
            f"Templat '{path}' memakai field yang tidak dikenal: {', '.join(sorted(unknown))} "
            "(daftar field: docs/surat.md)"
        )


def template_reason(exc: Exception) -> str:
    """Why a template failed, in the analyst's words (Jinja's and docx's messages are English)."""
    import zipfile

    from jinja2 import TemplateSyntaxError
    from jinja2.exceptions import SecurityError, UndefinedError

    if isinstance(exc, TemplateSyntaxError):
        return f"susunan tag salah di baris {exc.lineno} (kurung {{{{ }}}} atau {{% %}} tidak lengkap, atau perintah tidak dikenal)"
    if isinstance(exc, SecurityError):
        return "templat mencoba menjangkau sesuatu di luar field-nya (ditolak)"
    if isinstance(exc, UndefinedError):
        return "templat memakai nilai yang tidak ada"
    if isinstance(exc, (zipfile.BadZipFile, KeyError)) or type(exc).__name__ == "PackageNotFoundError":
        return "bukan berkas .docx (Word) yang utuh"
    return f"tidak dapat diproses ({type(exc).__name__})"


def render_letter(template: Path, context: Mapping[str, object], output: Path, *, overwrite: bool) -> Path:
    """Render one document; XML special characters in the values are escaped.

    A BKD's own template is rendered in Jinja's sandbox: a template can reach nothing but the fields it is
    given (``{{ cycler.__init__.__globals__.os.popen(…) }}`` ran a shell command before), and ``range`` is
    capped by the sandbox.
    """
    from docxtpl import DocxTemplate
    from jinja2.sandbox import SandboxedEnvironment

    doc = DocxTemplate(str(template))
    try:
        doc.render(dict(context), SandboxedEnvironment(autoescape=True), autoescape=True)
    except Exception as exc:
        raise InputError(f"Templat '{template}' gagal diisi: {template_reason(exc)}") from exc
    with atomic_path(output, overwrite=overwrite) as tmp:
        doc.save(str(tmp))
    return output


def soffice() -> str | None:
    """The LibreOffice binary, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(files: Sequence[Path], folder: Path, *, timeout: float = 600.0) -> list[Path]:
    """Convert documents to PDF next to them with LibreOffice (headless); return the PDFs."""
    binary = soffice()
    if binary is None:
        raise OutputError("LibreOffice (soffice) tidak terpasang: PDF tidak dapat dibuat; berkas .docx tetap ditulis")
    if not files:
        return []
    cmd = [binary, "--headless", "--convert-to", "pdf", "--outdir", str(folder), *map(str, files)]
    try:
        subprocess.run(cmd, check=True, capture_output=True, timeout=timeout)
    except (subprocess.SubprocessError, OSError) as exc:
        raise OutputError(f"Konversi PDF dengan LibreOffice gagal: {exc}") from exc
    pdfs = [folder / (f.stem + ".pdf") for f in files]
    missing = [p.name for p in pdfs if not p.is_file()]
    if missing:
        raise OutputError(f"LibreOffice tidak menghasilkan PDF untuk: {', '.join(missing[:5])}")
    return pdfs
