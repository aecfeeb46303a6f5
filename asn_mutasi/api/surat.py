"""``surat``: the letters of an approved plan — SK lampiran, a petikan and a notification letter per
person — as .docx from editable templates, optionally PDF (issue 15)."""

from __future__ import annotations

import calendar
import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from asn_mutasi.api.front import verb
from asn_mutasi.api.governance import ledger_path
from asn_mutasi.api.inputs import (
    Progress,
    ReadOptions,
    RunSetup,
    Source,
    Sources,
    Target,
    load_inputs,
    setup,
    source_list,
    target_path,
)
from asn_mutasi.config import Settings
from asn_mutasi.domain.limits import check_as_of
from asn_mutasi.errors import OutputError, os_reason, shown_path
from asn_mutasi.findings import Finding
from asn_mutasi.labels import letter_setting_words
from asn_mutasi.serialise import Record, to_jsonable

if TYPE_CHECKING:
    import pandas as pd

LETTER_FIELDS: tuple[str, ...] = ("jenis", "id_mutasi", "berkas")


#: the words of the note saying the TMT came from the ledger: a fact of the run, said as information, not a warning
FROM_LEDGER = "diambil dari buku besar"


@dataclass
class LettersResult:
    """The documents written: one row per file (``jenis``, ``id_mutasi``, ``berkas``)."""

    documents: list[Record]
    notes: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def to_json(self) -> Record:
        return {
            "dokumen": to_jsonable(self.documents),
            "catatan": to_jsonable(self.notes),
            "temuan": [to_jsonable(f.to_dict()) for f in self.findings],
        }


def first_of_next_month(day: date) -> date:
    """The usual TMT of a mutation decided on ``day``: the first day of the next month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1]) + timedelta(days=1)


@verb
def letters(
    *,
    rencana: Source,
    pegawai: Source,
    jabatan: Source,
    output: Target,
    aspirasi: Sources = (),
    templat: Target | None = None,
    tmt: date | None = None,
    buku_besar: Target | None = None,
    pdf: bool = False,
    overwrite: bool = False,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
) -> LettersResult:
    """Write ``lampiran_sk.docx``, ``petikan_<ID>.docx`` and ``pemberitahuan_<ID>.docx`` for every move
    approved at the final stage (as ``terapkan`` decides: :func:`~asn_mutasi.api.diklat.approved_moves`) into the
    folder ``output``.

    Letterhead and signatories come from the ``[surat]`` settings; ``templat`` is a folder with the
    BKD's own templates (any of ``sk_lampiran.docx``, ``petikan.docx``, ``pemberitahuan.docx``);
    ``aspirasi`` (forms/table) lets each letter say whether the person's aspiration was met; ``pdf`` also
    converts with LibreOffice.

    One TMT, SK number and SK date per move, as ``terapkan`` recorded them (see :func:`_sk_facts`): the TMT the
    ledger (``buku_besar``, default as ``terapkan``'s: beside the plan) holds for the applied move, else ``tmt``,
    else the first day of the month after the SK date; the SK number and date the final approval stage wrote
    (Nomor BA/SK, Tanggal), else the ``[surat] nomor_sk`` setting and ``tanggal``.
    """
    from asn_mutasi.api.diklat import approved_moves, plan_training, refuse_other_roster
    from asn_mutasi.io.letters import to_pdf
    from asn_mutasi.rollout.letters import LetterHeader, letter_contexts

    output = Path(output)
    templat = target_path(templat)
    if tmt is not None:  # as terapkan's --tmt: a TMT of 9999 was printed in every SK
        check_as_of(tmt, "TMT (--tmt)")
    run = setup(options, settings, tanggal, progress)
    templates = _checked_templates(templat)
    moves, decided = approved_moves(rencana, run.settings)
    inputs = load_inputs(
        pegawai, jabatan, opts=run.read, settings=run.settings, today=run.today, require_positions=True
    )
    assert inputs.positions is not None
    roster, positions = inputs.roster.valid, inputs.positions.valid
    refuse_other_roster(moves, roster, rencana, pegawai)
    findings = decided + list(inputs.findings)
    if aspirasi:
        moves = _with_aspirations(moves, source_list(aspirasi), (roster, positions), run, findings)
    lines, _, _ = plan_training(moves, roster, positions, run.settings)
    s = run.settings.surat
    ledger = ledger_path(target_path(buku_besar), run.settings, Path(str(rencana)))
    facts, common, said = _sk_facts(moves, (ledger, str(moves["_id_putaran"].iloc[0])), tmt, run.today)
    fields = dataclasses.asdict(s)
    first_number = int(fields.pop("nomor_surat_awal"))
    # the letter words its own reason from the move's facts (rollout.letters.formal_reason) and its own aspiration
    # sentence: the plan's working reason is never printed
    lampiran, persons = letter_contexts(_golongan_filled(moves, roster), lines, LetterHeader(**(fields | common)))
    for person, own in zip(persons, facts, strict=True):
        person.update({k: v for k, v in own.items() if v})
    said += _number_letters(persons, s.nomor_surat, first_number) + _missing_golongan(persons)
    lampiran["nomor_surat"] = _numbers_span(s.nomor_surat, first_number, len(persons))  # never "{urut}" as written
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"Folder '{output}' tidak dapat dibuat: {os_reason(exc)}") from exc
    run.progress(f"menulis surat untuk {len(persons)} mutasi")
    docs = _render_documents(templates, lampiran, persons, output, overwrite=overwrite)
    notes = said + _default_notes(fields, set(common))
    if pdf:
        run.progress("mengubah ke PDF dengan LibreOffice")
        pdfs = to_pdf([Path(str(d["berkas"])) for d in docs], output)
        docs += [
            {"jenis": f"{d['jenis']}_pdf", "id_mutasi": d["id_mutasi"], "berkas": str(p)}
            for d, p in zip(docs, pdfs, strict=True)
        ]
    docs = [{**d, "berkas": shown_path(d["berkas"])} for d in docs]  # a folder named in cp1252 crashed the listing
    return LettersResult(docs, notes, findings)


def _with_aspirations(
    moves: pd.DataFrame,
    aspirasi: Sequence[Source],
    world: tuple[pd.DataFrame, pd.DataFrame],
    run: RunSetup,
    findings: list[Finding],
) -> pd.DataFrame:
    """The moves with their aspirations (``world``: valid roster and positions); the forms' findings appended."""
    from asn_mutasi.api.aspirasi import collect_aspirations
    from asn_mutasi.planning.aspiration import annotate_moves

    roster, positions = world
    asp = collect_aspirations(
        aspirasi, roster, positions, progress=run.progress, today=run.today, limits=run.read.limits
    )
    findings += asp.findings
    return annotate_moves(moves, asp.table, positions)


#: where ``[surat] nomor_surat`` takes each letter's running number
RUNNING_NUMBER = "{urut}"


def _number_letters(persons: Sequence[dict[str, object]], template: str, first: int) -> list[str]:
    """Each notification letter's own number: ``{urut}`` in ``[surat] nomor_surat`` becomes ``first``, ``first + 1``
    … in the order of the moves; without it every letter carries the same number, and a note says so."""
    if RUNNING_NUMBER not in template:
        if len(persons) > 1:
            return [
                f"Semua {len(persons)} surat pemberitahuan bernomor sama ('{template}'): tulis {RUNNING_NUMBER} di "
                "[surat] nomor_surat untuk nomor urut per surat (mulai dari [surat] nomor_surat_awal)"
            ]
        return []
    for k, person in enumerate(persons):
        person["nomor_surat"] = template.replace(RUNNING_NUMBER, str(first + k))
    return []


def _golongan_filled(moves: pd.DataFrame, roster: pd.DataFrame) -> pd.DataFrame:
    """``moves`` with a golongan the plan left blank taken from the roster (by NIP): a golongan completed in the
    data after the plan reaches the letters; and the roster's ``status_kepegawaian`` (a PPPK's letter names the
    NI PPPK and the golongan without pangkat: walk6, h29)."""
    import pandas as pd

    from asn_mutasi.domain.nip import nip_keys

    keys = pd.Series(nip_keys(moves["nip"]), index=moves.index)
    if {"status_kepegawaian", "nip"} <= set(roster.columns):
        status = dict(zip(nip_keys(roster["nip"]), roster["status_kepegawaian"], strict=True))
        moves = moves.assign(status_kepegawaian=keys.map(status))
    if not {"golongan", "nip"} <= set(roster.columns):
        return moves
    by_nip = dict(zip(nip_keys(roster["nip"]), roster["golongan"], strict=True))
    theirs = keys.map(by_nip)
    if "golongan" not in moves:
        return moves.assign(golongan=theirs)
    given = moves["golongan"]
    blank = given.isna() | given.astype(str).str.strip().eq("")
    return moves.assign(golongan=given.where(~blank, theirs))


def _missing_golongan(persons: Sequence[dict[str, object]]) -> list[str]:
    """A note naming the people whose letters carry the golongan prompt (no golongan in the plan): a petikan read
    "pangkat/golongan ruang , dari jabatan …" and nothing said so (walk5, h28)."""
    from asn_mutasi.rollout.letters import MISSING_GOLONGAN, MISSING_GOLONGAN_PPPK

    empty = [p for p in persons if p.get("golongan") in (MISSING_GOLONGAN, MISSING_GOLONGAN_PPPK)]
    if not empty:
        return []
    shown = ", ".join(f"{p['nama']} ({p['nip']})" for p in empty[:5]) + (", …" if len(empty) > 5 else "")
    return [
        f"Golongan kosong untuk {len(empty)} pegawai ({shown}): surat mereka memuat isian '{MISSING_GOLONGAN}' "
        f"(PPPK: '{MISSING_GOLONGAN_PPPK}'); "
        "lengkapi golongan di data pegawai lalu jalankan surat lagi, atau isi surat itu sebelum ditandatangani"
    ]


def _numbers_span(template: str, first: int, count: int) -> str:
    """``nomor_surat`` of the SK lampiran (one document for every move): the span of the letters' numbers."""
    span = str(first) if count <= 1 else f"{first}–{first + count - 1}"
    return template.replace(RUNNING_NUMBER, span)


def _default_notes(settings: dict[str, object], given: set[str]) -> list[str]:
    """A note per ``[surat]`` setting still holding its bracketed prompt, unless the approvals gave the field; and
    one where the Kepala BKPSDM's NIP is filled but no valid NIP (it is printed under the signature)."""
    from asn_mutasi.domain.nip import NipError, parse_nip

    notes = [
        f"{letter_setting_words(f)} masih berisi petunjuk bawaan '{v}': isi di berkas pengaturan (--pengaturan)"
        for f, v in settings.items()
        if "[" in str(v) and f not in given
    ]
    nip = str(settings.get("nip_kepala_bkd", "[")).strip()
    if "[" not in nip:
        try:
            parse_nip(nip)
        except NipError as exc:
            notes.append(
                f"{letter_setting_words('nip_kepala_bkd')} '{nip}' bukan NIP yang sah ({exc}); dicetak apa adanya di "
                "bawah tanda tangan"
            )
    return notes


def _sk_facts(
    moves: pd.DataFrame, ledger: tuple[Path | None, str], tmt: date | None, today: date
) -> tuple[list[dict[str, str]], dict[str, str], list[str]]:
    """Per move its TMT, SK number and SK date as letter fields; the lampiran's (one SK for all: a value every move
    shares, else the most frequent, said in a note); and notes saying where they came from.

    TMT: the one ``terapkan`` recorded in the ledger for the move (MUTASI), else ``tmt``, else the first day of
    the month after the move's SK date. SK number and date: the final stage's Nomor BA/SK and Tanggal, else the
    ``[surat]`` setting and ``today``. Letters that contradicted the applied roster and the ledger were the
    problem this solves (a TMT of 1 January in the petikan, 1 March in the Daftar SK).
    """
    from collections import Counter

    from asn_mutasi.rollout.apply import cell_text
    from asn_mutasi.rollout.letters import tanggal_indonesia

    recorded = _recorded_tmt(ledger, {cell_text(m) for m in moves["id_mutasi"]})
    where = ledger[0]
    facts: list[dict[str, str]] = []
    for mid, nomor, tanggal in zip(moves["id_mutasi"], moves["_nomor_sk"], moves["_tanggal_sk"], strict=True):
        day = tanggal if isinstance(tanggal, date) else today
        when = recorded.get(cell_text(mid)) or tmt or first_of_next_month(day)
        facts.append(
            {"nomor_sk": str(nomor or ""), "tanggal_sk": tanggal_indonesia(day), "tmt": tanggal_indonesia(when)}
        )
    common: dict[str, str] = {}
    notes: list[str] = []
    for key, label in (("nomor_sk", "nomor SK"), ("tanggal_sk", "tanggal SK"), ("tmt", "TMT")):
        counts = Counter(f[key] for f in facts if f[key])
        if not counts:
            continue
        common[key] = counts.most_common(1)[0][0]
        if len(counts) > 1:
            notes.append(f"Lampiran SK memakai {label} '{common[key]}'; {len(counts)} nilai berbeda di antara mutasi")
    if recorded:
        notes.append(f"TMT {len(recorded)} mutasi {FROM_LEDGER} '{where}' (dicatat terapkan)")
    elif tmt is None:
        notes.append("TMT: awal bulan setelah tanggal SK (tidak ada TMT terapkan di buku besar); ubah dengan --tmt")
    return facts, common, notes


def _recorded_tmt(ledger: tuple[Path | None, str], ids: set[str]) -> dict[str, date]:
    """id_mutasi → the TMT of its latest MUTASI entry of the plan's round in the ledger (``ledger``: its path and
    the round id; none without a ledger or a round)."""
    from asn_mutasi.ledger.store import MUTASI, Ledger

    path, round_id = ledger
    if path is None or not round_id or not ids or not path.is_file():
        return {}
    with Ledger(path, create=False) as book:
        entries = book.entries(jenis=MUTASI, id_putaran=round_id)
    found = {e.id_mutasi: str(e.data.get("tmt", "")) for e in entries if e.id_mutasi in ids}
    out: dict[str, date] = {}
    for mid, text in found.items():
        try:
            out[mid] = date.fromisoformat(text)
        except ValueError:
            continue
    return out


def _checked_templates(templat: Path | None) -> dict[str, Path]:
    """The three templates (the BKD's own where given), each checked for the fields it may use."""
    from asn_mutasi.io.letters import check_template, template_paths
    from asn_mutasi.rollout.letters import COMMON_FIELDS, PERSON_FIELDS

    templates = template_paths(templat)
    person_fields = set(COMMON_FIELDS) | set(PERSON_FIELDS)
    check_template(templates["sk_lampiran"], set(COMMON_FIELDS) | {"baris", "jumlah"})
    check_template(templates["petikan"], person_fields)
    check_template(templates["pemberitahuan"], person_fields)
    return templates


@functools.cache
def _UNSAFE_IN_NAME() -> re.Pattern[str]:
    return re.compile(r"[^0-9A-Za-z_-]+")


def file_part(text: str) -> str:
    """``text`` as a piece of a file name: letters, digits, '-' and '_' only ("M-12" stays; "x/../../pwn", an
    edited ID Mutasi, becomes "x_pwn" and stays inside the output folder)."""
    return _UNSAFE_IN_NAME().sub("_", text).strip("_") or "tanpa_id"


def _render_documents(
    templates: dict[str, Path],
    lampiran: dict[str, object],
    persons: Sequence[dict[str, object]],
    output: Path,
    *,
    overwrite: bool,
) -> list[Record]:
    """The SK lampiran, then a petikan and a notification per person: one row per .docx written."""
    from asn_mutasi.io.letters import render_letter
    from asn_mutasi.io.writers import all_or_none

    docs: list[Record] = []
    with all_or_none() as made:  # a failure halfway leaves no half set of letters
        made(output / "lampiran_sk.docx")
        path = render_letter(templates["sk_lampiran"], lampiran, output / "lampiran_sk.docx", overwrite=overwrite)
        docs.append({"jenis": "lampiran_sk", "id_mutasi": "", "berkas": str(path)})
        for ctx in persons:
            ident = str(ctx["id_mutasi"])
            for kind in ("petikan", "pemberitahuan"):
                name = f"{kind}_{file_part(ident)}.docx"
                made(output / name)
                path = render_letter(templates[kind], ctx, output / name, overwrite=overwrite)
                docs.append({"jenis": kind, "id_mutasi": ident, "berkas": str(path)})
    return docs
