"""``usulan templat`` and ``usulan gabung``: the OPD proposal template, and many OPD proposal
workbooks merged, checked for conflicts and assessed (the assessment the BKD verifies)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from asn_mutasi.api.front import verb, xlsx_output
from asn_mutasi.api.inputs import (
    Progress,
    ReadOptions,
    RunSetup,
    Source,
    Sources,
    Target,
    World,
    build_world,
    read_input,
    read_positions,
    setup,
    source_list,
)
from asn_mutasi.api.match import ASSESS_FIELDS
from asn_mutasi.config import Settings
from asn_mutasi.errors import InputError
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.serialise import Record, frame_records

#: readable proposal files inside a folder
PROPOSAL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv")
#: columns of ``usulan gabung``: where each proposal came from, who proposed and why, then the assessment
MERGED_FIELDS: list[str] = [
    "berkas",
    "baris_berkas",
    "pengusul",
    "tanggal_usulan",
    "alasan_usulan",
    *ASSESS_FIELDS[1:],
    "konflik",
]


@dataclass
class TemplateResult:
    """The template written and how many posts its dropdowns offer."""

    workbook: Path
    jabatan: int

    def to_json(self) -> Record:
        return {"berkas": str(self.workbook), "jumlah_jabatan": self.jabatan}


@verb
def proposal_template(
    *,
    jabatan: Source,
    output: Target,
    overwrite: bool = False,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
) -> TemplateResult:
    """Write the OPD proposal workbook with dropdowns from the peta jabatan ``jabatan``."""
    from asn_mutasi.io.proposal_template import write_proposal_template

    output = xlsx_output(output, "Templat usulan", "templat_usulan.xlsx")
    run = setup(options, settings, tanggal, progress)
    positions = read_positions(jabatan, run)
    assert positions is not None  # a path was given
    write_proposal_template(positions, output, overwrite=overwrite)
    return TemplateResult(output, len(positions))


@dataclass
class ProposalsResult:
    """The merged, assessed proposals and the conflicts found."""

    table: pd.DataFrame
    world: World
    findings: list[Finding] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    workbook: Path | None = None

    def to_json(self) -> list[Record]:
        """The rows printed by ``usulan gabung --format json``."""
        return frame_records(self.table, MERGED_FIELDS)


def proposal_files(
    sources: Sequence[Source], passed: list[str] | None = None, output: Path | None = None
) -> list[tuple[Path, str]]:
    """(path, name shown in ``berkas``) of the files named directly and of every proposal file (by suffix) in the
    folders named, their subfolders included (:func:`~asn_mutasi.io.folders.files_in`; ``passed`` receives the
    names of the other files there)."""
    from asn_mutasi.io.folders import files_in

    files = files_in(sources, PROPOSAL_SUFFIXES, what="Berkas atau folder usulan", passed=passed, outputs=[output])
    if not files:
        raise InputError("Tidak ada berkas usulan (.xlsx, .xls, .ods, .csv) di folder yang diberikan")
    return files


def _read_proposals(
    files: list[tuple[Path, str]], run: RunSetup
) -> tuple[list[tuple[str, pd.DataFrame]], list[Finding]]:
    """Each file's proposal table; a file that cannot be read (empty, damaged, no NIP column) is a finding
    ``usulan-tidak-terbaca`` and the others are still merged (all unreadable: the first file's error)."""
    from asn_mutasi.errors import AsnMutasiError
    from asn_mutasi.io.column_mapping import NUMBERING_HEADERS
    from asn_mutasi.io.header_aliases import normalize_header

    findings: list[Finding] = []
    tables: list[tuple[str, pd.DataFrame]] = []
    failed: list[AsnMutasiError] = []
    for path, shown in files:
        run.progress(f"membaca usulan {shown}")
        try:
            raw = read_input(path, "usulan", run.read)
        except InputError as exc:
            failed.append(exc)
            findings.append(make_finding("usulan-tidak-terbaca", Location(file=shown), alasan=exc.message))
            continue
        roster = _roster_headers(raw.unmapped)
        if roster:  # a roster given as a proposal: every person "proposed" to their own post (hostile round 6)
            alasan = f"berkas ini tampak seperti data pegawai ({roster}), bukan usulan mutasi"
            failed.append(InputError(f"Berkas usulan '{shown}': {alasan}"))
            findings.append(make_finding("usulan-tidak-terbaca", Location(file=shown), alasan=alasan))
            continue
        findings += raw.findings
        if raw.frame.empty:
            findings.append(make_finding("usulan-tanpa-data", Location(file=shown)))
        elif "kode_jabatan" not in raw.columns and "nama_jabatan" not in raw.columns:
            # every row would read "tidak menyebut jabatan tujuan" with no word on why (h26/real6)
            kolom = ", ".join(f"'{text}'" for text in raw.unmapped if normalize_header(text) not in NUMBERING_HEADERS)
            findings.append(make_finding("usulan-tanpa-kolom-tujuan", Location(file=shown), kolom=kolom or "-"))
        tables.append((shown, raw.frame))
    if failed and not tables:
        raise failed[0]
    return tables, findings


#: the roster fields no proposal form carries: three of their headers make a file a roster, not proposals
_ROSTER_ONLY = (
    "tanggal_lahir",
    "pendidikan",
    "golongan",
    "tmt_jabatan",
    "jenis_kelamin",
    "status_kepegawaian",
    "tmt_cpns",
)


def _roster_headers(unmapped: list[str]) -> str:
    """The unmapped headers of a proposal file that name roster-only fields (quoted, comma-separated) when there are
    three or more, else ""."""
    from asn_mutasi.io.header_aliases import ALIASES, header_keys, normalize_header

    marks = {normalize_header(a) for f in _ROSTER_ONLY for a in ALIASES["pegawai"].get(f, ())}
    hits = [t for t in unmapped if header_keys(t)[0] in marks]
    return ", ".join(f"'{t}'" for t in hits[:4]) if len(hits) >= 3 else ""


@verb
def merge_proposals(
    *,
    pegawai: Source,
    jabatan: Source,
    usulan: Sources,
    riwayat: Source | None = None,
    output: Target | None = None,
    overwrite: bool = False,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
) -> ProposalsResult:
    """Read many OPD proposal workbooks (files or folders), merge them, flag conflicts (the same NIP
    proposed twice; a post proposed for more people than its open places) and assess every row
    with the rules of ``assess``; with ``output`` write the assessment workbook for the BKD."""
    from asn_mutasi.api.match import assess_frame, refused_mask
    from asn_mutasi.rollout.proposals import (
        duplicate_findings,
        identity_findings,
        merge_tables,
        over_vacancy_findings,
        proposal_dates,
        refused_findings,
    )

    output = None if output is None else xlsx_output(output, "Penilaian usulan", "penilaian_usulan.xlsx")
    run = setup(options, settings, tanggal, progress)
    world = build_world(pegawai, jabatan, run=run, riwayat=riwayat)
    passed: list[str] = []
    files = proposal_files(
        source_list(usulan), passed, output
    )  # (the assessment written into the folder is no proposal)
    findings: list[Finding] = list(world.history_findings)
    if passed:
        contoh = ", ".join(passed[:5]) + (" …" if len(passed) > 5 else "")
        findings.append(make_finding("usulan-berkas-dilewati", Location(), jumlah=len(passed), contoh=contoh))
    tables, read_findings = _read_proposals(files, run)
    findings += read_findings
    merged = merge_tables(tables)
    findings += proposal_dates(merged)
    findings += identity_findings(merged, world.roster)
    table = assess_frame(world, merged, run)
    codes = table["kode_jabatan"]
    refused = refused_mask(table)  # refused or cancelled: not assessed, in no conflict (usulan30, h38)
    findings += refused_findings(merged, refused)
    conflicts = duplicate_findings(merged.loc[~refused], codes.loc[~refused])
    names = world.positions.drop_duplicates("kode_jabatan").set_index("kode_jabatan")["nama_jabatan"]
    # current vacancies by the one definition (kebutuhan − linked holders, CPNS occupy their seat)
    places = world.open_seats()
    unknown = _unknown_people(table, merged, world.valid_roster)
    # a NIP not in the roster moves nobody: it asks for no place of the post (a typo row counted as a fourth person)
    conflicts += over_vacancy_findings(codes.mask(unknown | refused), merged["nip"], places, names)
    for col in ("berkas", "baris_berkas", "pengusul", "tanggal_usulan", "alasan_usulan"):
        table[col] = merged[col].to_numpy()
    table["konflik"] = _conflict_notes(merged, codes, conflicts)
    findings += conflicts
    result = ProposalsResult(table=table[MERGED_FIELDS], world=world, findings=findings, files=[p for p, _ in files])
    if output is not None:
        from asn_mutasi.io.report_workbook import write_report_workbook

        # the BKD's own sheet: Indonesian headers, Ya/Tidak, print setup (it was a raw dump of field names and 1/0)
        problems = pd.DataFrame([f.to_dict() for f in findings])
        write_report_workbook(
            output,
            {"Penilaian Usulan": result.table, "Masalah": problems},
            overwrite=overwrite,
            inputs=[*(p for p, _ in files), Path(str(pegawai)), Path(str(jabatan))],
        )
        result.workbook = output
    return result


def _unknown_people(table: pd.DataFrame, merged: pd.DataFrame, roster: pd.DataFrame) -> pd.Series:
    """Mark the rows whose NIP is not in the roster, and complete them in place: the name the OPD wrote (it was
    left blank, so the verifier could not see who was meant) and the roster's people it may mean in ``alasan``
    (:func:`~asn_mutasi.rollout.proposals.near_matches`) (walk5, h28)."""
    from asn_mutasi.domain.nip import nip_keys
    from asn_mutasi.rollout.proposals import near_matches

    unknown = pd.Series(~pd.Index(nip_keys(merged["nip"])).isin(set(nip_keys(roster["nip"]))), index=table.index)
    written = pd.Series(merged["nama"].to_numpy(), index=table.index)
    table["nama"] = table["nama"].where(~unknown | written.isna(), written)
    hints = pd.Series(near_matches(merged, roster), index=table.index)
    said = table["alasan"].astype("string").fillna("").str.strip()
    table["alasan"] = table["alasan"].where(hints.eq(""), (said + " " + hints).str.strip().astype(object))
    return unknown


def _conflict_notes(merged: pd.DataFrame, codes: pd.Series, conflicts: list[Finding]) -> list[str]:
    """Per merged row: the conflict codes that concern it (its NIP proposed twice, its post over-asked)."""
    from asn_mutasi.domain.nip import nip_key

    twice = {f.location.value for f in conflicts if f.code == "usulan-nip-ganda"}
    over = {f.location.value for f in conflicts if f.code == "usulan-melebihi-lowongan"}
    notes = []
    for nip, kode in zip(merged["nip"].tolist(), codes.tolist(), strict=True):
        row = [
            c
            for c, hit in (("usulan-nip-ganda", nip_key(nip) in twice), ("usulan-melebihi-lowongan", kode in over))
            if hit
        ]
        notes.append("; ".join(row))
    return notes
