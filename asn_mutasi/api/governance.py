"""Governance around ``plan`` and ``apply`` (issue 16): the round id and roster hash a plan
records, the gate an approved move passes at apply time (final stage, roster unchanged, rules
still met), and what both write to the audit ledger."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from asn_mutasi.api.inputs import Source
from asn_mutasi.config import Settings
from asn_mutasi.errors import shown_path
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.rollout.recheck import Refusal
from asn_mutasi.rollout.stages import StageDecision, StageResult
from asn_mutasi.serialise import to_jsonable

if TYPE_CHECKING:
    from asn_mutasi.ledger.store import Ledger, NewEntry

#: Parameter-sheet keys a plan workbook records for apply
ROUND_KEY = "id_putaran"
ROSTER_HASH_KEY = "sha256_pegawai"


def new_round_id(now: datetime | None = None) -> str:
    """A round id that sorts by time and never repeats: ``P-YYYYMMDD-HHMMSS-xxxxxx``."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"P-{stamp}-{secrets.token_hex(3)}"


def file_hash(path: Source | None) -> str:
    """SHA-256 of an input file ('' for stdin or a missing file)."""
    from asn_mutasi.io.writers import sha256_file

    if path is None or str(path) == "-" or not Path(path).is_file():
        return ""
    return sha256_file(path)


def ledger_path(explicit: Path | None, settings: Settings, beside: Path | None) -> Path | None:
    from asn_mutasi.ledger.store import resolve_path

    return resolve_path(explicit, settings.tata_kelola.buku_besar, beside)


def refuse_ledger_clash(ledger: Path | None, named: list[tuple[str, Source | Path | None]]) -> None:
    """Refuse (usage, exit 2) a ledger path that names one of the run's other files (``named``: what each is, its
    path): ``terapkan -o x.csv --buku-besar x.csv`` or ``--buku-besar pegawai.csv`` was called a damaged ledger
    with a restore-from-backup hint, for a file that was no ledger (hostile10, h29); ``rencana`` says so."""
    from asn_mutasi.errors import UsageError

    if ledger is None:
        return
    for what, other in named:
        if other is not None and str(other) != "-" and _same_path(ledger, Path(other)):
            raise UsageError(
                f"Buku besar '{shown_path(ledger)}' sama dengan {what}: pakai nama lain untuk salah satunya"
            )


def _same_path(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same resolved path (neither need exist), or one file by inode."""
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def read_decisions(
    rencana: Source, settings: Settings
) -> tuple[pd.DataFrame, pd.DataFrame, StageResult, list[Finding], str]:
    """A plan workbook's moves and their decisions, as ``diklat``, ``surat`` and ``bandingkan`` take them.

    Returns (the Rencana Mutasi rows as read, the same rows with each move's decision at the final stage
    ``[tata_kelola] tahap_final`` in ``keputusan`` (:func:`~asn_mutasi.rollout.stages.with_decisions`), the
    stages, the findings: decision cells holding a formula without its result, then the stages', and the plan's
    round id, which its ledger entries carry).
    """
    from asn_mutasi.io.approval_sheet import read_approval_sheet
    from asn_mutasi.io.plan_workbook import decision_cell_findings, read_plan_workbook
    from asn_mutasi.rollout.apply import plan_edits
    from asn_mutasi.rollout.stages import resolve_stages, with_decisions

    visible, hidden, params = read_plan_workbook(rencana)
    final = settings.tata_kelola.tahap_final
    name = Path(rencana).name
    stages = resolve_stages(visible, read_approval_sheet(rencana), tahap_final=final, plan_file=name)
    decided = with_decisions(visible, stages.effective)
    # a name or target edited in the sheet would reach the letters and the budget: as terapkan, it is an error
    edits = plan_edits(visible, hidden, name) if len(hidden) else []
    findings = [*decision_cell_findings(rencana), *edits, *stages.findings]
    return visible, decided, stages, findings, str(params.get(ROUND_KEY, ""))


#: a ledger up to this many rows has its whole chain checked before a command records into it (milliseconds per
#: thousand rows; a larger one is checked by ``buku-besar verifikasi``)
CHAIN_CHECK_MAX_ROWS = 200_000


def check_ledger(ledger_file: Path | None) -> None:
    """Refuse now a ledger file that exists but cannot take a record (not ours, damaged), before a command
    writes outputs it would then fail to record. A missing file is fine: recording creates it."""
    from asn_mutasi.errors import InputError, OutputError, os_reason
    from asn_mutasi.ledger.store import Ledger

    if ledger_file is None:
        return
    try:
        exists = ledger_file.exists()
        folder = next((p for p in ledger_file.parents if p.exists()), None) if not exists else None
    except OSError as exc:  # a name too long
        raise OutputError(f"Buku besar '{ledger_file}' tidak dapat dipakai: {os_reason(exc)}") from exc
    if exists and not Ledger.unmade(ledger_file):
        with Ledger(ledger_file, create=False) as ledger:
            rows = ledger.conn.execute("SELECT count(*) FROM catatan").fetchone()[0]
            # a new record chained onto edited or missing rows hides the edit: refused, as a damaged file is
            check = ledger.verify() if rows <= CHAIN_CHECK_MAX_ROWS else None
        if check is not None and not check.ok:
            raise InputError(
                f"Buku besar '{ledger_file}' rantainya rusak di catatan #{check.nomor_rusak} ({check.alasan}): "
                "tidak ditulisi",
                hint="Periksa dengan 'asn-mutasi buku-besar verifikasi'; pulihkan buku besar dari cadangan.",
            )
        for needed in (ledger_file, ledger_file.parent):  # the record, and SQLite's journal beside it
            if not os.access(needed, os.W_OK):
                raise OutputError(f"Buku besar '{ledger_file}' tidak dapat ditulis: '{needed}' hanya-baca")
    elif folder is not None and not folder.is_dir():  # "peta_jabatan.xlsx/buku_besar.sqlite"
        raise OutputError(f"Buku besar '{ledger_file}' tidak dapat dibuat: '{folder}' adalah berkas, bukan folder")
    elif folder is not None and folder != ledger_file.parent:  # before the work, as Ledger refuses it after
        raise OutputError(
            f"Buku besar '{ledger_file}' tidak dapat dibuat: folder '{ledger_file.parent}' tidak ada",
            hint="Periksa --buku-besar atau [tata_kelola] buku_besar: foldernya harus ada dan dapat ditulisi.",
        )
    elif folder is not None:  # a file can be made there (not /proc, a read-only mount, a folder of others)
        import tempfile

        try:
            tempfile.TemporaryFile(dir=folder).close()
        except OSError as exc:
            raise OutputError(f"Buku besar '{ledger_file}' tidak dapat dibuat di '{folder}': {os_reason(exc)}") from exc


# --- plan -------------------------------------------------------------------------------------
def record_round(
    ledger_file: Path,
    *,
    round_id: str,
    workbook: Path,
    parameters: dict[str, object],
    input_files: list[tuple[str, str]],
    summary: dict[str, object],
) -> None:
    """Write one ``putaran`` row: inputs' hashes, settings, the plan summary and its upper bound."""
    from asn_mutasi.ledger.store import PUTARAN, Ledger, NewEntry

    settings = {k: v for k, v in parameters.items() if isinstance(v, dict)}
    run = {k: v for k, v in parameters.items() if not isinstance(v, dict)}
    data = {
        "berkas_rencana": shown_path(workbook.name),
        "sha256_rencana": file_hash(workbook),
        "berkas_input": [{"berkas": shown_path(Path(p).name), "sha256": h} for p, h in input_files],
        "sha256_pegawai": str(parameters.get(ROSTER_HASH_KEY, "")),
        "tanggal_acuan": str(parameters.get("tanggal_acuan", "")),
        "versi": str(parameters.get("versi", "")),
        "parameter": to_jsonable(run),
        "pengaturan": to_jsonable(settings),
        "ringkasan": to_jsonable(summary),
        "batas_atas": to_jsonable(summary.get("batas_atas_pengisian")),
    }
    with Ledger(ledger_file) as ledger:
        ledger.append([NewEntry(PUTARAN, data, id_putaran=round_id)])


# --- apply ------------------------------------------------------------------------------------
@dataclass
class Gate:
    """What the governance checks decided before ``apply_plan`` runs."""

    visible: pd.DataFrame  #: Rencana Mutasi with Keputusan = the decision to carry out
    stages: StageResult
    refusals: list[Refusal]
    findings: list[Finding] = field(default_factory=list)
    round_id: str = ""
    workbook_hash: str = ""
    roster_hash: str = ""
    plan_roster_hash: str = ""
    overridden: bool = False  #: the roster differed and --abaikan-perubahan-data was given


def _misdated(stages: StageResult, plan_file: str, params: dict[str, str], as_of: date) -> list[Finding]:
    """Decisions dated where no decision can be, one finding per stage and date (at its first Persetujuan row, with
    the number of moves and some of their ids: four stage dates gave 1,332 warnings; walk3, h27):

    - ``tahap-tanggal-mendatang``: after today, not made yet as far as the record goes (a typo such as 2099, or typed
      ahead). Today is the later of the run's reference date and the clock's day, as for a form's fill date
      (``aspirasi-tanggal-mendatang``): approvals follow the data's reference date, so that date alone would name
      every approval of a plan applied as of it, and the clock alone named those of a plan applied as of a later day.
    - ``tahap-tanggal-sebelum-rencana``: before the plan workbook was made (its Parameter sheet's
      ``waktu_pembuatan``), decided before it was proposed, as far as the audit trail goes.
    """
    from asn_mutasi.domain.tanggal import parse_date
    from asn_mutasi.formatting import format_date, format_number
    from asn_mutasi.rollout.stages import some_ids

    today = max(as_of, date.today())
    made = parse_date(str(params.get("waktu_pembuatan", "")).split(" ")[0]).value
    groups: dict[tuple[str, str, date], list[StageDecision]] = {}
    for d in stages.decisions:
        if d.tanggal is None:
            continue
        if d.tanggal > today:
            groups.setdefault(("tahap-tanggal-mendatang", d.tahap, d.tanggal), []).append(d)
        if made is not None and d.tanggal < made:
            groups.setdefault(("tahap-tanggal-sebelum-rencana", d.tahap, d.tanggal), []).append(d)
    out: list[Finding] = []
    for (code, tahap, day), rows in groups.items():
        first = rows[0]
        where = Location(file=plan_file, sheet=first.sheet, row=first.baris, field="tanggal", value=format_date(day))
        ids = some_ids([d.id_mutasi for d in rows])
        out.append(
            make_finding(
                code,
                where,
                tahap=tahap,
                jumlah=format_number(len(rows)),
                id_mutasi=ids,
                hari_ini=format_date(today),
                dibuat=format_date(made) if made is not None else "",
            )
        )
    return out


def gate_decisions(
    *,
    rencana: Source,
    visible: pd.DataFrame,
    stages_frame: pd.DataFrame | None,
    params: dict[str, str],
    pegawai: Source,
    roster: pd.DataFrame,
    positions: pd.DataFrame | None,
    settings: Settings,
    as_of: date,
    ignore_roster_change: bool,
) -> Gate:
    """Stages → decisions; the roster's hash against the plan's; every approved move re-assessed."""
    from asn_mutasi.rollout.apply import approved_mask, canonical_plan_frame, cell_text
    from asn_mutasi.rollout.recheck import recheck_moves
    from asn_mutasi.rollout.stages import resolve_stages, with_decisions

    plan_file = Path(rencana).name
    stages = resolve_stages(visible, stages_frame, tahap_final=settings.tata_kelola.tahap_final, plan_file=plan_file)
    from asn_mutasi.io.plan_workbook import decision_cell_findings

    findings = [*decision_cell_findings(rencana), *stages.findings]
    findings += _misdated(stages, plan_file, params, as_of)
    if not stages.staged and settings.tata_kelola.wajib_tahap:
        from asn_mutasi.findings import Severity

        findings = [
            make_finding(f.code, f.location, severity=Severity.ERROR, tahap_final=settings.tata_kelola.tahap_final)
            if f.code == "rencana-tanpa-tahap"
            else f
            for f in findings
        ]
    gate = Gate(
        visible=with_decisions(visible, stages.effective),
        stages=stages,
        refusals=[],
        round_id=params.get(ROUND_KEY, ""),
        workbook_hash=file_hash(rencana),
        roster_hash=file_hash(pegawai),
        plan_roster_hash=params.get(ROSTER_HASH_KEY, ""),
    )
    roster_loc = Location(file=Path(str(pegawai)).name)
    if not gate.plan_roster_hash:
        findings.append(make_finding("data-pegawai-tanpa-hash", Location(file=plan_file)))
    elif gate.roster_hash != gate.plan_roster_hash:
        code = "data-pegawai-berubah-diabaikan" if ignore_roster_change else "data-pegawai-berubah"
        gate.overridden = ignore_roster_change
        findings.append(
            make_finding(code, roster_loc, sekarang=gate.roster_hash[:12] or "-", rencana=gate.plan_roster_hash[:12])
        )
    approved = gate.visible[approved_mask(gate.visible["keputusan"])]
    gate.refusals = recheck_moves(approved, roster, positions, settings=settings, as_of=as_of)
    refused = {r.id_mutasi for r in gate.refusals}
    if refused:
        gate.visible.loc[gate.visible["id_mutasi"].map(cell_text).isin(refused), "keputusan"] = ""
    canon = canonical_plan_frame(visible)
    rows = {cell_text(m): i for i, m in enumerate(canon["id_mutasi"].tolist(), start=2)}
    for r in gate.refusals:
        loc = Location(file=plan_file, sheet="Rencana Mutasi", row=rows.get(r.id_mutasi), field="nip", header="NIP")
        findings.append(
            make_finding(
                "mutasi-tidak-layak-lagi",
                loc,
                id_mutasi=r.id_mutasi,
                nip=r.nip,
                alasan=r.alasan,
                tanggal=as_of.strftime("%d-%m-%Y"),
            )
        )
    gate.findings = findings
    return gate


def stage_report(gate: Gate, applied_ids: set[str]) -> list[dict[str, Any]]:
    """One row per move: the stage it reached, its decision, whether it was applied and why not."""
    from asn_mutasi.rollout.apply import cell_text

    refused = {r.id_mutasi: r.alasan for r in gate.refusals}
    rows = []
    for rec in gate.visible.to_dict("records"):
        mid = cell_text(rec.get("id_mutasi"))
        final = gate.stages.final.get(mid)
        if mid in applied_ids:
            note = ""
        elif mid in refused:
            note = f"tidak layak lagi: {refused[mid]}"
        elif gate.stages.tahap.get(mid) and not final:
            note = "belum diputuskan di tahap final"
        else:
            note = ""
        rows.append(
            {
                "id_mutasi": mid,
                "nip": cell_text(rec.get("nip")),
                "tahap": gate.stages.tahap.get(mid, ""),
                "keputusan": gate.stages.effective.get(mid, ""),
                "nama_penilai": final.nama_penilai if final else "",
                "tanggal": final.tanggal.isoformat() if final and final.tanggal else "",
                "nomor_dokumen": final.nomor_dokumen if final else "",
                "diterapkan": mid in applied_ids,
                "keterangan": note,
            }
        )
    return rows


def record_apply(
    ledger_file: Path,
    gate: Gate,
    *,
    rencana: Source,
    pegawai: Source,
    tmt: date,
    ok: bool,
    written: bool,
    applied: pd.DataFrame,
    findings: list[Finding],
) -> None:
    """Write the decisions read back (new ones), the apply run, each applied move (when the new roster
    was written) and each refusal."""
    from collections import Counter

    from asn_mutasi.ledger.store import PENERAPAN, PENOLAKAN, Ledger, NewEntry

    base = {"berkas_rencana": shown_path(Path(str(rencana)).name), "sha256_rencana": gate.workbook_hash}
    with Ledger(ledger_file) as ledger:
        entries = _new_decision_entries(ledger, gate, base)
        entries.append(
            NewEntry(
                PENERAPAN,
                base
                | {
                    "berkas_pegawai": shown_path(Path(str(pegawai)).name),
                    "sha256_pegawai": gate.roster_hash,
                    "sha256_pegawai_rencana": gate.plan_roster_hash,
                    "abaikan_perubahan_data": gate.overridden,
                    "berhasil": ok,
                    "ditulis": written,
                    "tmt": tmt.isoformat(),
                    "diterapkan": len(applied) if written else 0,
                    "ditolak_pemeriksaan_ulang": len(gate.refusals),
                    "temuan": dict(Counter(f.code for f in findings)),
                },
                id_putaran=gate.round_id,
            )
        )
        for r in gate.refusals:  # each run's re-assessment is recorded, a rerun's too
            entries.append(
                NewEntry(
                    PENOLAKAN,
                    base | {"alasan": r.alasan, "kode": "mutasi-tidak-layak-lagi"},
                    id_putaran=gate.round_id,
                    id_mutasi=r.id_mutasi,
                    nip=r.nip,
                )
            )
        if written:
            moves = _move_entries(gate, applied, base, tmt)
            entries += _unrecorded(ledger, gate, moves, ("tmt", "kode_jabatan_tujuan", "unit_tujuan", "jabatan_tujuan"))
        ledger.append(entries)


def _unrecorded(ledger: Ledger, gate: Gate, new: list[NewEntry], fields: tuple[str, ...]) -> list[NewEntry]:
    """The entries (all of one kind: MUTASI) the ledger does not hold yet for this round, compared by move and
    ``fields``: a rerun of the same plan with the same TMT (the analyst took a Ctrl-C for a cancel and applied
    again) recorded all 87 moves a second time (hostile8, h28). A rerun with another TMT is another application (named
    by ``rencana-sudah-diterapkan``) and is recorded."""
    if not new:
        return []

    def key(id_mutasi: str, data: Mapping[str, Any]) -> tuple[object, ...]:
        return (id_mutasi, *(data.get(k) for k in fields))

    held = {key(e.id_mutasi, e.data) for e in ledger.entries(jenis=new[0].jenis, id_putaran=gate.round_id)}
    return [m for m in new if key(m.id_mutasi, m.data) not in held]


def round_missing(ledger_file: Path | None, gate: Gate, plan_file: str) -> list[Finding]:
    """``putaran-tidak-di-buku-besar`` when the ledger about to be written holds no round of this plan: every plan
    written to a file records its round, so the plan's round is in another ledger (``terapkan`` without the
    ``--pengaturan`` that named it wrote a ledger of 0 rounds and all the decisions, without a word; walk5, h28)."""
    from asn_mutasi.ledger.store import PUTARAN, Ledger

    if ledger_file is None or not gate.round_id:
        return []
    if ledger_file.exists() and not Ledger.unmade(ledger_file):
        with Ledger(ledger_file, create=False) as ledger:
            if ledger.entries(jenis=PUTARAN, id_putaran=gate.round_id):
                return []
    loc = Location(file=plan_file, sheet="Parameter", field="id_putaran", value=gate.round_id)
    return [make_finding("putaran-tidak-di-buku-besar", loc, putaran=gate.round_id, buku_besar=str(ledger_file))]


def applied_before(ledger_file: Path | None, gate: Gate, ids: set[str], plan_file: str) -> list[Finding]:
    """``rencana-sudah-diterapkan`` when the ledger already holds applied moves (MUTASI) of this round among ``ids``:
    the same approved plan applied again (a second roster written, the moves counted twice in ``putaran``)."""
    from asn_mutasi.ledger.store import MUTASI, Ledger

    if ledger_file is None or not ids or not ledger_file.exists():
        return []
    with Ledger(ledger_file, create=False) as ledger:
        earlier = [e for e in ledger.entries(jenis=MUTASI, id_putaran=gate.round_id) if e.id_mutasi in ids]
    if not earlier:
        return []
    first = earlier[0]
    loc = Location(file=plan_file, sheet="Rencana Mutasi", field="id_mutasi", value=first.id_mutasi)
    return [
        make_finding(
            "rencana-sudah-diterapkan",
            loc,
            jumlah=len({e.id_mutasi for e in earlier}),
            waktu=first.waktu,
            tmt=str(first.data.get("tmt", "")),
            buku_besar=ledger_file.name,
        )
    ]


def _new_decision_entries(ledger: Ledger, gate: Gate, base: dict[str, str]) -> list[NewEntry]:
    """KEPUTUSAN entries for the stage decisions not yet in the ledger for this round."""
    from asn_mutasi.ledger.store import KEPUTUSAN, NewEntry

    seen = {
        (
            e.id_mutasi,
            e.data.get("tahap"),
            e.data.get("keputusan"),
            e.data.get("nama_penilai"),
            e.data.get("tanggal"),
            e.data.get("nomor_dokumen"),
        )
        for e in ledger.entries(jenis=KEPUTUSAN, id_putaran=gate.round_id)
    }
    entries = []
    for d in gate.stages.decisions:
        data = d.to_dict() | base
        key = (
            d.id_mutasi,
            data["tahap"],
            data["keputusan"],
            data["nama_penilai"],
            data["tanggal"],
            data["nomor_dokumen"],
        )
        if key in seen:
            continue  # read back before from an earlier copy of the workbook
        seen.add(key)
        entries.append(NewEntry(KEPUTUSAN, data, id_putaran=gate.round_id, id_mutasi=d.id_mutasi, nip=d.nip))
    return entries


def _move_entries(gate: Gate, applied: pd.DataFrame, base: dict[str, str], tmt: date) -> list[NewEntry]:
    """One MUTASI entry per applied move: from, to, TMT and the final stage's reviewer and SK number."""
    from asn_mutasi.ledger.store import MUTASI, NewEntry
    from asn_mutasi.rollout.apply import cell_text

    entries = []
    for rec in applied.to_dict("records"):
        mid = cell_text(rec.get("id_mutasi"))
        final = gate.stages.final.get(mid)
        entries.append(
            NewEntry(
                MUTASI,
                base
                | {
                    "nama": cell_text(rec.get("nama")),  # who moved, beside the NIP (the audit export had no name)
                    "jabatan_asal": cell_text(rec.get("jabatan_asal")),
                    "unit_asal": cell_text(rec.get("unit_asal")),
                    "kode_jabatan_asal": cell_text(rec.get("kode_jabatan_asal")),
                    "jabatan_tujuan": cell_text(rec.get("jabatan_tujuan")),
                    "unit_tujuan": cell_text(rec.get("unit_tujuan")),
                    "kode_jabatan_tujuan": cell_text(rec.get("kode_jabatan_tujuan")),
                    "tmt": tmt.isoformat(),
                    "tahap": final.tahap if final else "",
                    "nama_penilai": final.nama_penilai if final else "",
                    "nip_penilai": final.nip_penilai if final else "",
                    "tanggal": final.tanggal.isoformat() if final and final.tanggal else "",
                    "nomor_sk": final.nomor_dokumen if final else "",
                    "sha256_pegawai": gate.roster_hash,
                },
                id_putaran=gate.round_id,
                id_mutasi=mid,
                nip=cell_text(rec.get("nip")),
            )
        )
    return entries
