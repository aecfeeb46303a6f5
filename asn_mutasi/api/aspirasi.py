"""``aspirasi formulir`` and ``aspirasi baca``: write aspiration forms prefilled from the roster,
read filled forms back into one canonical aspiration table (issue 15)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from asn_mutasi.api.front import verb
from asn_mutasi.api.inputs import Progress, ReadOptions, Source, Sources, Target, load_inputs, setup, source_list
from asn_mutasi.config import ReadLimits, Settings
from asn_mutasi.errors import InputError, os_reason, shown_path
from asn_mutasi.findings import Finding
from asn_mutasi.schema import KESEDIAAN
from asn_mutasi.serialise import Record, frame_records, to_jsonable

FORM_FIELDS: tuple[str, ...] = ("berkas", "opd", "pegawai")
#: the summary key of each kesediaan (:data:`~asn_mutasi.schema.KESEDIAAN`, in its order)
KESEDIAAN_KEYS: tuple[str, ...] = ("bersedia", "tidak_bersedia", "bersedia_dengan_syarat")


@dataclass
class AspirationFormsResult:
    """The forms written: one row per file (``berkas``, ``opd``, number of ``pegawai``)."""

    forms: list[Record]
    findings: list[Finding] = field(default_factory=list)

    def to_json(self) -> Record:
        return {"formulir": to_jsonable(self.forms), "temuan": [to_jsonable(f.to_dict()) for f in self.findings]}


@dataclass
class AspirationsResult:
    """The canonical aspiration table (one row per NIP) and the findings of reading the forms."""

    table: pd.DataFrame
    findings: list[Finding]
    files: list[Path]
    rows_read: int

    @property
    def summary(self) -> Record:
        kes = self.table["kesediaan"].value_counts() if len(self.table) else pd.Series(dtype=int)
        counts = {key: int(kes.get(value, 0)) for key, value in zip(KESEDIAAN_KEYS, KESEDIAAN, strict=True)}
        return {
            "berkas": len(self.files),
            "baris_terisi": self.rows_read,
            "pegawai": len(self.table),
            **counts,
            # choices without a kesediaan: the four add up to the pegawai (215 = 147 + 37 + 30 + 1; walk3, h27)
            "kesediaan_kosong": len(self.table) - sum(counts.values()),
            "temuan": len(self.findings),
        }

    def to_json(self) -> Record:
        return {
            "ringkasan": self.summary,
            "aspirasi": list(frame_records(self.table)),
            "temuan": [to_jsonable(f.to_dict()) for f in self.findings],
        }


def form_paths(formulir: Sequence[Source], output: Target | None = None, passed: list[str] | None = None) -> list[Path]:
    """Files named directly and the forms (:data:`~asn_mutasi.io.aspiration_forms.FORM_SUFFIXES`: a form saved as .ods,
    .xls or .xlsm was passed over without a word; hostile8, h28) of the folders named, subfolders included (sorted;
    Excel lock files ``~$…`` and hidden files skipped: :func:`~asn_mutasi.io.folders.files_in`); ``passed`` receives
    the names of the other files there."""
    from asn_mutasi.io.aspiration_forms import FORM_SUFFIXES
    from asn_mutasi.io.folders import files_in

    outputs = [Path(output)] if output is not None else []  # the table written into the forms' folder is no form
    found = files_in(formulir, FORM_SUFFIXES, what="Formulir aspirasi", passed=passed, outputs=outputs)
    out = [path for path, _ in found]
    if not out:
        raise InputError("Tidak ada formulir aspirasi (.xlsx, .xlsm, .xls, .ods, .csv) pada lokasi yang diberikan")
    return out


@verb
def aspiration_forms(
    *,
    pegawai: Source,
    jabatan: Source,
    output: Target,
    per_opd: bool = True,
    overwrite: bool = False,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
) -> AspirationFormsResult:
    """Write aspiration form workbooks into the folder ``output``: one per OPD (unit kerja of the
    roster) with ``per_opd``, else one for all. Prefilled with every valid employee."""
    from asn_mutasi.io.aspiration_forms import write_form
    from asn_mutasi.io.writers import all_or_none

    output = Path(output)
    run = setup(options, settings, tanggal, progress)
    inputs = load_inputs(
        pegawai, jabatan, opts=run.read, settings=run.settings, today=run.today, require_positions=True
    )
    assert inputs.positions is not None
    roster = inputs.roster.valid.sort_values(["unit_kerja", "nip"], kind="stable")
    positions = inputs.positions.valid
    # the dropdowns in the order an analyst reads them ("Badan …" beside "BADAN …", not after every capital; h26)
    units = sorted(set(positions["unit_kerja"].dropna().astype(str)), key=lambda u: (u.casefold(), u))
    names = sorted(set(positions["nama_jabatan"].dropna().astype(str)), key=lambda n: (n.casefold(), n))
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from asn_mutasi.errors import OutputError

        raise OutputError(f"Folder '{output}' tidak dapat dibuat: {os_reason(exc)}") from exc
    # each person's unit as the table (and the form's Daftar list) names it: "KECAMATAN SIRIMAU KOTA AMBON |
    # Kelurahan Rijali" beside the list's "Kecamatan Sirimau | Kelurahan Rijali" (walk6, h29)
    table_units = _table_units(roster, positions)
    roster = roster.assign(unit_kerja=table_units)
    groups: list[tuple[str | None, pd.DataFrame]]
    if per_opd:  # the OPD column when the roster has one (units are then "OPD | unit"), else the unit
        key = _opds(roster, positions) if "perangkat_daerah" in roster.columns else table_units
        groups = [(str(u), g) for u, g in roster.groupby(key.fillna("").astype(str), sort=True)]
    else:
        groups = [(None, roster)]
    forms: list[Record] = []
    planned = _form_paths(output, [opd for opd, _ in groups])
    _refuse_filled(output, [p for p in planned if p.is_file()], run.read.limits)
    with all_or_none() as made:  # a failure halfway leaves no half set of forms
        for (opd, rows), path in zip(groups, planned, strict=True):
            run.progress(f"menulis {path.name}")
            title = f"OPD / Unit Kerja: {opd}" if opd else "Seluruh OPD"
            made(path)
            write_form(path, rows, units, names, title=title, overwrite=overwrite)
            forms.append({"berkas": shown_path(path), "opd": opd or "", "pegawai": len(rows)})
    return AspirationFormsResult(forms=forms, findings=list(inputs.findings))


def _form_paths(output: Path, opds: Sequence[str | None]) -> list[Path]:
    """The form file of each OPD in ``output``, unique without regard to case ("Dinas Kesehatan" and "DINAS
    KESEHATAN": two forms, not one replaced)."""
    from asn_mutasi.io.aspiration_forms import form_file_name

    taken: set[str] = set()
    out = []
    for opd in opds:
        name = form_file_name(opd or None)
        stem, n = name.removesuffix(".xlsx"), 2
        while name.casefold() in taken:
            name, n = f"{stem}_{n}.xlsx", n + 1
        taken.add(name.casefold())
        out.append(output / name)
    return out


def _refuse_filled(output: Path, existing: Sequence[Path], limits: ReadLimits | None) -> None:
    """Refuse (exit 5), ``--timpa`` or not, to write blank forms over forms that hold answers: a folder of returned
    forms lost 1,036 answers to ``--timpa``, which the refusal had advised (hostile10, h29)."""
    from asn_mutasi.errors import OutputError
    from asn_mutasi.formatting import format_number
    from asn_mutasi.io.aspiration_forms import answers_held

    held = answers_held(existing, limits=limits)
    if not held:
        return
    first, count = next(iter(held.items()))
    more = f" dan {len(held) - 1} formulir lain" if len(held) > 1 else ""
    raise OutputError(
        f"Folder '{output}' berisi formulir aspirasi yang sudah diisi: '{first.name}' ({format_number(count)} "
        f"jawaban){more}, {format_number(sum(held.values()))} jawaban seluruhnya; formulir kosong tidak ditulis "
        "di atasnya, juga dengan --timpa",
        hint="Tulis formulir baru ke folder lain (-d FOLDER_LAIN); jawaban di folder ini dibaca dengan aspirasi-baca.",
    )


def _opds(roster: pd.DataFrame, positions: pd.DataFrame) -> pd.Series:
    """Each person's OPD as the position table names it (the OPD of the post the roster row is linked to), else the
    roster's OPD with its spellings folded (:func:`~asn_mutasi.domain.jabatan.opd_spellings`): a roster writing 25
    OPDs four ways ("DINAS PERIKANAN", "Dinas  Perikanan", "… Kabupaten Biak Numfor") got 85 forms, the main one
    named "…_3" (walk4, h28)."""
    from asn_mutasi.domain.jabatan import opd_spellings
    from asn_mutasi.workload.linking import LINK_COLUMN, link_employees

    written = roster["perangkat_daerah"].fillna("").astype(str).str.strip()
    has_opds = "perangkat_daerah" in positions.columns
    table = positions["perangkat_daerah"].fillna("").astype(str).str.strip() if has_opds else pd.Series(dtype=str)
    counts = {str(name): int(n) for name, n in written.value_counts().items()}
    folded = written.map(opd_spellings(counts, set(table) - {""}))
    if not has_opds:
        return folded
    linked = link_employees(roster, positions).frame[LINK_COLUMN]
    opd_of = {code: opd for code, opd in zip(positions["kode_jabatan"].astype(str), table, strict=True) if opd}
    held = linked.map(opd_of)  # codes are text; an unlinked row (None) or a post without an OPD: NaN
    return held.where(held.notna(), folded)


def _table_units(roster: pd.DataFrame, positions: pd.DataFrame) -> pd.Series:
    """Each person's unit as the position table names it (the unit of the post the roster row is linked to), the
    roster's own spelling when unlinked: a roster spelling a unit five ways got five forms for it, one titled "OPD /
    Unit Kerja: Dinkes" (238 forms for 70 units; walkthrough, h26)."""
    from asn_mutasi.workload.linking import LINK_COLUMN, link_employees

    linked = link_employees(roster, positions).frame[LINK_COLUMN]
    unit_of = dict(zip(positions["kode_jabatan"].astype(str), positions["unit_kerja"], strict=True))
    table = linked.map(lambda code: unit_of.get(str(code)) if code is not None else None)
    return table.where(table.notna(), roster["unit_kerja"])


@verb
def read_aspirations(
    *,
    pegawai: Source,
    jabatan: Source,
    formulir: Sources,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
    keluaran: Target | None = None,
) -> AspirationsResult:
    """Read filled forms (files and/or folders) into one row per NIP, checked against the roster and
    peta jabatan; see :func:`asn_mutasi.planning.aspiration.check_aspirations` for the rules. ``keluaran``: the
    table the caller will write, never read as a form when it lies among them."""
    run = setup(options, settings, tanggal, progress)
    inputs = load_inputs(
        pegawai, jabatan, opts=run.read, settings=run.settings, today=run.today, require_positions=True
    )
    assert inputs.positions is not None
    return collect_aspirations(
        source_list(formulir),
        inputs.roster.valid,
        inputs.positions.valid,
        progress=run.progress,
        today=run.today,
        output=keluaran,
        limits=run.read.limits,
    )


def collect_aspirations(
    formulir: Sequence[Source],
    roster: pd.DataFrame,
    positions: pd.DataFrame,
    *,
    progress: Progress | None = None,
    today: date | None = None,
    output: Target | None = None,
    limits: ReadLimits | None = None,
) -> AspirationsResult:
    """Read and check forms against an already prepared roster (valid rows) and position table (``today``: a fill
    date after it is named; ``output``: a file never read as a form; ``limits``: the settings' ``[baca]``)."""
    from asn_mutasi.findings import Location, make_finding
    from asn_mutasi.io.aspiration_forms import read_forms
    from asn_mutasi.planning.aspiration import check_aspirations

    passed: list[str] = []
    files = form_paths(formulir, output, passed)
    if progress is not None:
        progress(f"membaca {len(files)} formulir aspirasi")
    raw, findings = read_forms(files, limits=limits)
    if passed:
        contoh = ", ".join(passed[:5]) + (" …" if len(passed) > 5 else "")
        findings.insert(
            0, make_finding("formulir-aspirasi-berkas-dilewati", Location(), jumlah=len(passed), contoh=contoh)
        )
    table, checked = check_aspirations(raw, roster, positions, today)
    return AspirationsResult(table=table, findings=findings + checked, files=files, rows_read=len(raw))
