"""``plan``: solve the plan exactly over every eligible (person, position) pair, and
(optionally) write the plan workbook the analyst decides in."""

from __future__ import annotations

import csv
import functools
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from asn_mutasi.api.diklat import training_json
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
    check_stdin_usage,
    read_input,
    setup,
    source_list,
    target_path,
)
from asn_mutasi.config import Settings
from asn_mutasi.findings import Finding
from asn_mutasi.gc_pause import gc_paused
from asn_mutasi.planning import Plan
from asn_mutasi.serialise import Record, clean_records, frame_records, to_jsonable

if TYPE_CHECKING:
    import numpy as np

    from asn_mutasi.errors import PinError
    from asn_mutasi.planning.aspiration import AspirationCost
    from asn_mutasi.planning.exact import PreferenceCost


@dataclass
class PlanResult:
    """The solved plan, the findings of the whole run and the workbook written (if any)."""

    plan: Plan
    findings: list[Finding]
    world: World
    parameters: dict[str, object] = field(default_factory=dict)  #: recorded in the Parameter sheet
    workbook: Path | None = None
    ledger: Path | None = None  #: the audit ledger the round was recorded in (``-o`` with a ledger)
    #: training needs of the movers: (lines, per OPD, per training), see ``planning.training``
    training: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame] | None = None
    aspirations: pd.DataFrame | None = None  #: the aspiration table used (``plan --aspirasi``)
    #: a Ctrl-C or SIGTERM arrived while the round was recorded: held, the plan finished and is recorded
    interrupted: bool = False

    def to_json(self) -> Record:
        """The whole plan as printed by ``plan --format json`` (canonical keys)."""
        plan = self.plan
        return {
            "ringkasan": clean_records([plan.summary])[0],
            "mutasi": list(frame_records(plan.moves)),
            "lowongan_tidak_terisi": list(frame_records(plan.unfilled)),
            "pegawai": list(frame_records(plan.accounting)),
            "unit_sebelum": list(frame_records(plan.units_before)),
            "unit_tanpa_rencana": list(frame_records(plan.units_baseline)) if plan.units_baseline is not None else [],
            "unit_sesudah": list(frame_records(plan.units_after)),
            **({"kebutuhan_diklat": training_json(*self.training)} if self.training is not None else {}),
            "temuan": [to_jsonable(f.to_dict()) for f in self.findings],
        }


def read_keep(path: Source | None, values: Iterable[str], findings: list[Finding] | None = None) -> list[str]:
    """NIPs never to move: given directly and/or one per line in a file (``#`` starts a comment; a line of a CSV
    gives the field under its header's "NIP" ("No;NIP;Nama"), else its first field, or its one 18-digit field; a
    first line without a digit is the header). ``findings`` (optional) receives ``nip-tetap-tidak-valid`` for each file
    line that holds no NIP, by line number (a NIP stored as a number named as such)."""
    from asn_mutasi.domain.nip import nip_key

    items = list(values)
    if path is not None:
        from asn_mutasi.errors import InputError
        from asn_mutasi.io.readers import decode_text

        text = decode_text(_keep_bytes(path))[0]
        given = len(items)
        first, column = True, None
        for number, line in enumerate(text.splitlines(), start=1):
            nip = _keep_line(line, column)
            if nip and first and not any(c.isdigit() for c in nip):
                first = False  # a column saved from Excel starts with its header ("NIP", "NIP BARU"): no NIP typo
                column = _keep_column(line)  # "No;NIP;Nama", "Nama;NIP": the field under "NIP" (hostile9, h28)
                continue
            if nip:
                first = False
                items.append(nip)
                if findings is not None:
                    findings += _keep_line_finding(str(path), number, nip)
        if len(items) == given:  # an empty file kept nobody, without a word (hostile-input campaign)
            raise InputError(
                f"Berkas --nip-tetap '{path}' tidak berisi NIP (kosong, atau hanya komentar)",
                hint="Tulis satu NIP per baris, atau jangan berikan --nip-tetap.",
            )
    return [nip_key(item) for item in items]


#: the largest --nip-tetap list read: 16 MB holds 800,000 NIP lines (a 2 GB file, or /dev/zero, ran out of memory
#: with exit 70; hostile10, h29)
KEEP_MAX_BYTES = 16 << 20


def _keep_bytes(path: Source) -> bytes:
    """The bytes of the --nip-tetap list (``-``: stdin), refused (exit 3) when it is no regular file or larger than
    :data:`KEEP_MAX_BYTES`, as every other input is."""
    from asn_mutasi.errors import InputError, os_reason, read_capped

    try:
        if str(path) == "-":  # as every other input: '-' is stdin
            data = sys.stdin.buffer.read(KEEP_MAX_BYTES + 1)
        else:
            data = read_capped(Path(path), KEEP_MAX_BYTES, InputError(f"Berkas --nip-tetap '{path}' bukan berkas"))
    except OSError as exc:
        raise InputError(f"Berkas --nip-tetap '{path}' tidak dapat dibaca: {os_reason(exc)}") from exc
    if len(data) > KEEP_MAX_BYTES:
        raise InputError(
            f"Berkas --nip-tetap '{path}' lebih besar dari {KEEP_MAX_BYTES >> 20} MB; daftar NIP tetap berisi satu NIP "
            "per baris",
            hint="Periksa nama berkas yang diberikan ke --nip-tetap.",
        )
    return data


@functools.cache
def _FIELD_SEPARATORS() -> re.Pattern[str]:
    return re.compile(r"[;,\t|]")


#: a header field naming the (new, 18-digit) NIP column: "NIP", "NIP Baru", "NIP (18 digit)"; not "NIP Lama"
@functools.cache
def _NIP_HEADER() -> re.Pattern[str]:
    return re.compile(r"nip(?!\s*lama)\b.*")


#: an 18-digit NIP field, as a CSV line holds it (a leading apostrophe kept from Excel)
@functools.cache
def _NIP_FIELD() -> re.Pattern[str]:
    return re.compile(r"'?\d{18}")


def _keep_column(header: str) -> tuple[str, int] | None:
    """(separator, index) of the field a --nip-tetap header names as the NIP ("No;NIP;Nama" → 1, "Nama,NIP" → 1),
    or None (one column, or none named): an Excel list starting with "No" kept nobody, exit 0 (hostile9, h28)."""
    body = header.split("#", 1)[0]
    sep = next((c for c in ";\t|," if c in body), None)
    if sep is None:
        return None
    names = [f.strip().strip('"').casefold() for f in body.split(sep)]
    return next(((sep, i) for i, name in enumerate(names) if _NIP_HEADER().fullmatch(name)), None)


def _keep_line(line: str, column: tuple[str, int] | None = None) -> str:
    """The NIP of one --nip-tetap line: comments (``#`` anywhere, indented too) cut, and of a CSV line ("NIP;Nama",
    "NIP,", "NIP\tNama") the field its header names (``column``), else its first field, or else its one 18-digit
    field ("1;198001012005011001;Nama" without a header)."""
    body = line.split("#", 1)[0]
    if column is not None:
        sep, at = column
        fields = next(csv.reader([body], delimiter=sep), [])
        return fields[at].strip() if at < len(fields) else ""
    fields = _FIELD_SEPARATORS().split(body)
    nips = [f.strip() for f in fields if _NIP_FIELD().fullmatch(f.strip())]
    first = fields[0].strip()
    return nips[0] if len(nips) == 1 and not _NIP_FIELD().fullmatch(first) and len(fields) > 1 else first


def _keep_line_finding(file: str, number: int, value: str) -> list[Finding]:
    """``nip-tetap-tidak-valid`` when a --nip-tetap line holds no NIP (a typo keeps nobody: the person moves)."""
    from asn_mutasi.domain.nip import NipError, normalize_nip
    from asn_mutasi.findings import Location, make_finding

    try:
        normalize_nip(value)
    except NipError as exc:
        where = Location(file=Path(file).name, row=number, field="nip", value=value)
        return [make_finding("nip-tetap-tidak-valid", where, alasan=exc.alasan)]
    return []


def _pin_table(pins: Source, run: RunSetup) -> pd.DataFrame:
    """The --kunci table (nip, kode_jabatan); without a target-code column it is refused as a table (exit 3), not
    read as moves to a position '' (exit 4, "kode jabatan tujuan '' tidak ada")."""
    from asn_mutasi.errors import SchemaError

    raw = read_input(pins, "usulan", run.read)
    if "kode_jabatan" not in raw.columns:
        named = raw.columns.get("nama_jabatan")
        # a proposal in nilai's name form (NIP, NAMA JABATAN, UNIT KERJA) was refused with no word that the name is
        # what --kunci does not read (plan29, h38)
        why = f": kolom {named.header} tidak dipakai, --kunci menunjuk jabatan tujuan dengan kodenya" if named else ""
        raise SchemaError(
            f"Tabel --kunci '{raw.source.path}' tidak punya kolom kode jabatan tujuan{why}",
            hint="Tabel mutasi terkunci berkolom NIP dan KODE JABATAN (tujuan), ditambah UNIT KERJA (tujuan) bila kode "
            "itu dipakai di beberapa unit; kode jabatan ada di tabel jabatan dan di keluaran nilai (kode_jabatan).",
        )
    from asn_mutasi.domain.nip import CODE_NUMBER, NipError, normalize_nip
    from asn_mutasi.errors import InputError
    from asn_mutasi.schema import ROW

    for row, cell in zip(raw.frame[ROW].tolist(), raw.frame["nip"].tolist(), strict=True):
        try:
            normalize_nip(cell)
        except NipError as exc:  # a NIP typed as a number is no one: said so, not "pegawai tidak ada"
            if exc.code == CODE_NUMBER:
                col = raw.columns.get("nip")
                where = f"kolom {col.letter} ({col.header})" if col else "kolom NIP"
                raise InputError(
                    f"Tabel --kunci '{raw.source.path}' baris {row} {where}: {exc.alasan}",
                    hint="Format kolom NIP sebagai teks lalu ketik ulang NIP-nya (18 digit).",
                ) from exc
    return raw.frame


def _with_unwilling(
    keep: list[str], aspirations: pd.DataFrame | None, settings: Settings
) -> tuple[list[str], frozenset[str]]:
    """The kept NIPs with the unwilling aspirations under ``tidak_bersedia_wajib_tetap``, and the NIP keys only those
    keep (not the analyst's --tetap / --nip-tetap)."""
    if aspirations is None or not settings.aspirasi.tidak_bersedia_wajib_tetap:
        return keep, frozenset()
    from asn_mutasi.domain.nip import nip_keys
    from asn_mutasi.planning.aspiration import unwilling

    said = unwilling(aspirations)
    return sorted(set(keep) | set(said)), frozenset(nip_keys(said)) - frozenset(nip_keys(keep))


def _solve(
    world: World,
    run: RunSetup,
    keep: Sequence[str],
    pins: Source | None,
    preference: PreferenceCost | None = None,
    unwilling_kept: frozenset[str] = frozenset(),
) -> Plan:
    """The plan; ``unwilling_kept``: the NIP keys kept only because their aspiration says ``Tidak bersedia`` (under
    ``tidak_bersedia_wajib_tetap``), so a pin of one of them names the form, not --tetap."""
    from asn_mutasi.errors import PinError

    pin_frame = _pin_table(pins, run) if pins is not None else None
    if pin_frame is not None and world.positions is not None:
        pin_frame = _pin_posts(_folded_pins(pin_frame, world.positions), world.positions, str(pins))
    run.progress("menyusun rencana optimal atas semua pasangan pegawai-jabatan yang layak")
    try:
        return _make(world, run, keep, pin_frame, preference)
    except PinError as exc:
        if pins is None:
            raise
        where = f"--kunci '{pins}'"  # the pin's row, and the file it is in
        message = exc.message if exc.pair is None else _pin_reason(world, run, exc)
        if exc.kept_nip is not None and exc.kept_nip in unwilling_kept:
            # the analyst gave no --tetap: the aspiration form and the setting keep the person (oracle2, h30)
            message = (
                f"{exc.message.split(':', 1)[0]}: pegawai menyatakan tidak bersedia dipindah di formulir aspirasi "
                "dan [aspirasi] tidak_bersedia_wajib_tetap menahannya di jabatannya; hapus baris kunci ini atau "
                "matikan tidak_bersedia_wajib_tetap"
            )
        raise type(exc)(f"{where}: {message}", hint=exc.hint) from exc  # its exit code kept


def _folded_pins(pins: pd.DataFrame, positions: pd.DataFrame) -> pd.DataFrame:
    """The pins with the code of a line the table sums into an earlier line of its post read as that post's code."""
    from asn_mutasi.schema import folded_codes

    codes = folded_codes(positions)
    if not codes:
        return pins
    written = pins["kode_jabatan"].map(lambda v: str(v).strip() if isinstance(v, str) else v)
    return pins.assign(kode_jabatan=written.map(codes).fillna(pins["kode_jabatan"]))


def _pin_posts(pins: pd.DataFrame, positions: pd.DataFrame, where: str) -> pd.DataFrame:
    """The pins with a code the table writes in several units read as the post of the pin's unit (its UNIT KERJA
    column), or of the only unit that has it; refused, naming the units, when the pin does not say which (``nilai``
    reads a proposal the same way). A pin of a code the table writes once is left as it is."""
    from asn_mutasi.domain.jabatan import normalize_unit_name
    from asn_mutasi.domain.unit import unit_among
    from asn_mutasi.errors import InputError
    from asn_mutasi.schema import ROW, split_post_code, valid_mask

    valid = positions[valid_mask(positions)]
    known = set(valid["kode_jabatan"].astype(str))
    by_written: dict[str, dict[str, str]] = {}
    for kode, unit in zip(valid["kode_jabatan"].astype(str), valid["unit_kerja"].fillna("").astype(str), strict=True):
        written, post_unit = split_post_code(kode)
        if post_unit:
            by_written.setdefault(written, {})[normalize_unit_name(unit)] = kode
    if not by_written:
        return pins
    units = pins["unit_kerja"].tolist() if "unit_kerja" in pins else [None] * len(pins)
    rows = pins[ROW].tolist() if ROW in pins else list(range(1, len(pins) + 1))
    codes = []
    for kode, unit, row in zip(pins["kode_jabatan"].tolist(), units, rows, strict=True):
        text = str(kode or "").strip()
        posts = by_written.get(text) if text not in known else None
        if not posts:
            codes.append(kode)
            continue
        unit_key = normalize_unit_name(unit) if isinstance(unit, str) and unit.strip() else None
        if unit_key:
            shown = {k: split_post_code(c)[1] for k, c in posts.items()}
            unit_key = unit_among(unit_key, posts, shown) or unit_key  # "DLHP": as the roster links
        post = posts.get(unit_key) if unit_key else (next(iter(posts.values())) if len(posts) == 1 else None)
        if post is None:
            at = ", ".join(sorted(split_post_code(c)[1] for c in posts.values()))
            why = f"tidak ada di unit kerja {unit}" if unit_key else f"ada di {len(posts)} unit kerja"
            raise InputError(
                f"--kunci '{where}' baris {row}: kode jabatan {text} {why} (ada di: {at})",
                hint="Tambahkan kolom UNIT KERJA (tujuan) pada tabel --kunci untuk kode yang dipakai di beberapa unit.",
            )
        codes.append(post)
    out = pins.copy()
    out["kode_jabatan"] = codes
    return out


def _pin_reason(world: World, run: RunSetup, exc: PinError) -> str:
    """A ruled-out pin named as ``nilai`` names it: the person (NIP, name) and the rules' own reason (the 2-year
    tenure rule was given as "pendidikan, kesetaraan, pengalaman, atau skor"; walkthrough, h24)."""
    from asn_mutasi.api.match import assess_frame

    nip, kode = exc.pair or ("", "")
    row = pd.DataFrame({"_baris": [1], "nip": [nip], "kode_jabatan": [kode]})
    assessed = assess_frame(world, row, run)
    if assessed.empty or not str(assessed["alasan"].iloc[0]).strip():
        return exc.message
    head = exc.message.split(":", 1)[0]  # "Mutasi terkunci baris N"
    nama = str(assessed["nama"].iloc[0] or "").strip()
    who = f"NIP {nip}" + (f" ({nama})" if nama else "")
    return f"{head}: {who} tidak layak untuk jabatan '{kode}': {assessed['alasan'].iloc[0]}"


def _make(
    world: World, run: RunSetup, keep: Sequence[str], pin_frame: pd.DataFrame | None, preference: PreferenceCost | None
) -> Plan:
    from asn_mutasi.planning import make_plan

    settings, as_of = run.settings, run.today
    return make_plan(
        world.roster,
        world.positions,
        None,
        settings,
        as_of=as_of,
        keep=keep,
        pins=pin_frame,
        history=world.history,
        preference=preference,
    )


#: modules the plan imports on its way (lazily, each where it is first needed): imported ahead by ``_HeadStart``
PLAN_MODULES = (
    "asn_mutasi.matching.scoring",
    "asn_mutasi.matching.education",
    "asn_mutasi.planning.training",
    "asn_mutasi.io.plan_workbook",
    "asn_mutasi.io.report_workbook",
    "asn_mutasi.io.training_sheet",
    "asn_mutasi.rollout.letters",
    "asn_mutasi.ledger.store",
    "ortools.graph.python.max_flow",
    "ortools.graph.python.min_cost_flow",
)


class _HeadStart:
    """A head start on the plan, run beside the roster's read and validation (``build_world(warm=…)``, issue 10).

    :meth:`positions`: calamine parses the roster's cells without the GIL; once the position table is
    read in the second thread, that thread imports what the plan will import, classifies the posts as
    scoring will (``warm_post_classes``, which also builds the constant tables scoring builds on first use, such
    as the lateral rule's :func:`~asn_mutasi.domain.jenis.level_step_table`) and reads their education
    requirements as its matcher will (``warm_requirements``). :meth:`roster`: with the roster as read and the positions'
    units known, the unit-preference fuzzy batch starts in a child process
    (:func:`~asn_mutasi.matching.unit_preferences.start_early`) and runs while the roster is validated
    on the main core. Nothing here changes a result: the plan would do the same work, later, on the only
    busy core.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.units: np.ndarray | None = None  #: the prepared positions' unit_kerja, once known

    def positions(self, positions: pd.DataFrame) -> None:
        import importlib

        if "unit_kerja" in positions:
            self.units = positions["unit_kerja"].to_numpy(dtype=object)
        for name in PLAN_MODULES:
            importlib.import_module(name)
        from asn_mutasi.matching.scoring import warm_post_classes, warm_requirements

        warm_post_classes(positions, self.settings)
        warm_requirements(positions)

    def roster(self, frame: pd.DataFrame) -> None:
        units = self.units  # None while the positions are not prepared yet: the plan starts the batch later
        if units is None or "preferensi_unit" not in frame:
            return
        from asn_mutasi.matching.unit_preferences import start_early

        start_early(frame["preferensi_unit"].to_numpy(dtype=object), units)


def _aspirations(
    world: World, run: RunSetup, aspirasi: Sequence[Source]
) -> tuple[pd.DataFrame | None, list[Finding], AspirationCost | None, list[Path]]:
    """(aspiration table, findings, secondary cost for the planner, files read) of ``plan --aspirasi``."""
    if not aspirasi:
        return None, [], None, []
    from asn_mutasi.api.aspirasi import collect_aspirations
    from asn_mutasi.planning.aspiration import AspirationCost

    read = collect_aspirations(
        aspirasi, world.valid_roster, world.positions, progress=run.progress, today=run.today, limits=run.read.limits
    )
    foreign = [f for f in read.findings if f.code == "formulir-aspirasi-tidak-dikenali"]
    if foreign and not read.rows_read:  # nothing but files that are no form: planning as if none were given
        from asn_mutasi.errors import InputError

        raise InputError(
            f"--aspirasi: {foreign[0].location.describe()}: {foreign[0].message}",
            hint="Berikan formulir dari 'asn-mutasi aspirasi-formulir' (atau tabel 'aspirasi-baca'), atau foldernya.",
        )
    cost = AspirationCost.build(read.table, world.positions, run.settings.aspirasi)
    return read.table, read.findings, cost, read.files


def plan_parameters(settings: Settings, *, as_of: date, keep: Sequence[str], pins: Source | None) -> dict[str, object]:
    """Settings and run options recorded in the Parameter sheet."""
    from asn_mutasi import __version__

    return {
        "versi": __version__,
        "waktu": datetime.now().replace(microsecond=0).isoformat(),
        "tanggal_acuan": as_of.isoformat(),
        "keep": len(keep),
        "pin": str(pins) if pins else "",
        **settings.to_dict(),
    }


def input_hashes(files: Sequence[Path]) -> list[tuple[str, str]]:
    """(path, SHA-256) of every input file that exists, for the workbook's provenance sheet."""
    from asn_mutasi.io.writers import sha256_file

    return [(str(p), sha256_file(p)) for p in files if p.exists()]


@verb
def plan(
    *,
    pegawai: Source,
    jabatan: Source,
    keep: Iterable[str] = (),
    keep_file: Source | None = None,
    pins: Source | None = None,
    riwayat: Source | None = None,
    abk: Source | None = None,
    aspirasi: Sources = (),
    output: Target | None = None,
    buku_besar: Target | None = None,
    overwrite: bool = False,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
    on_saved: Callable[[PlanResult], None] | None = None,
) -> PlanResult:
    """The exact, explained mutation plan; with ``output`` also the plan workbook (.xlsx) to decide in.

    ``keep``/``keep_file``: NIPs never to move; ``pins``: a table of moves (nip, kode_jabatan) that must happen;
    ``aspirasi``: filled aspiration forms or the table of ``aspirasi-baca`` (files/folders): choice ranks
    enter the secondary objective (``[aspirasi]`` settings), each mover's ``alasan`` names the aspiration
    and the summary counts choices met. The training needs of the movers are always computed.
    With ``output`` the round (inputs' hashes, settings, summary, upper bound) is recorded in the audit
    ledger ``buku_besar`` (default: ``[tata_kelola] buku_besar``, else beside the workbook). ``on_saved(result)`` is
    called as the round is committed, the stop signals still held (the CLI names the files kept; hostile22, h36).
    """
    from asn_mutasi.api.governance import ROSTER_HASH_KEY, ROUND_KEY, file_hash, new_round_id

    output = None if output is None else xlsx_output(output, "Buku kerja rencana", "rencana.xlsx")
    buku_besar, forms = target_path(buku_besar), source_list(aspirasi)
    run = setup(options, settings, tanggal, progress)
    if output is not None:
        _check_targets(
            output, buku_besar, run.settings, overwrite, [pegawai, jabatan, riwayat, abk, pins, keep_file, *forms]
        )
    # the plan's whole flow makes millions of small objects and almost no cycles (asn_mutasi.gc_pause)
    check_stdin_usage(pegawai, jabatan, riwayat, abk, pins, keep_file, *forms)
    with gc_paused():
        keep_findings: list[Finding] = []
        keep_nips = read_keep(keep_file, keep, keep_findings)
        analyst_keep = list(keep_nips)  # the analyst's own: an unwilling aspiration is said apart (annotate_kept)
        try:
            head = _HeadStart(run.settings)
            world = build_world(
                pegawai, jabatan, run=run, riwayat=riwayat, abk=abk, warm=head.positions, warm_roster=head.roster
            )
            world.release_raw()  # the plan reads only the prepared tables: bound the peak at scale
            asp_table, asp_findings, preference, asp_files = _aspirations(world, run, forms)
            keep_nips, from_forms = _with_unwilling(keep_nips, asp_table, run.settings)
            solved = _solve(world, run, keep_nips, pins, preference, from_forms)
        finally:
            from asn_mutasi.matching.unit_preferences import cancel_early

            cancel_early()  # a batch started early that nothing took (a failed read, a pin that cannot hold)
        if asp_table is not None:
            from asn_mutasi.planning.aspiration import annotate_kept, annotate_moves, aspiration_summary

            solved.moves = annotate_moves(solved.moves, asp_table, world.positions, for_fill=solved.unwilling_for_fill)
            solved.accounting = annotate_kept(solved.accounting, asp_table, analyst_keep)
            solved.summary.update(aspiration_summary(solved.moves, asp_table))
        from asn_mutasi.api.diklat import plan_training

        training = plan_training(solved.moves, world.valid_roster, world.positions, run.settings)
        solved.summary["kebutuhan_diklat"] = int(training[2]["pegawai"].sum()) if len(training[2]) else 0
        findings = world.findings + keep_findings + asp_findings + list(solved.findings)
        parameters = plan_parameters(run.settings, as_of=run.today, keep=keep_nips, pins=pins)
        # not "aspirasi": that key is the [aspirasi] settings section, which the file list overwrote (polish2, h34)
        parameters["berkas_aspirasi"] = ", ".join(str(a) for a in forms)
        parameters = {ROUND_KEY: new_round_id(), ROSTER_HASH_KEY: file_hash(pegawai), **parameters}
        result = PlanResult(
            plan=solved, findings=findings, world=world, parameters=parameters, training=training, aspirations=asp_table
        )
    if output is not None:  # after the pause: the collection it owes runs before the commit, not just after it
        _write_and_record(
            result, run, output, on_saved, pins=pins, asp_files=asp_files, buku_besar=buku_besar, overwrite=overwrite
        )
    return result


def _check_targets(
    output: Path, buku_besar: Path | None, settings: Settings, overwrite: bool, inputs: list[Source | None]
) -> None:
    """Before minutes of work at scale, not after: the workbook can be written (the writer checks again) and the
    ledger, when it exists, can take the round (not another program's database, not damaged)."""
    from asn_mutasi.api.governance import check_ledger, ledger_path
    from asn_mutasi.io.writers import check_output_path

    check_output_path(output, overwrite=overwrite, inputs=inputs)
    ledger = ledger_path(buku_besar, settings, output)
    if ledger is not None and _same_file(ledger, output):
        from asn_mutasi.errors import UsageError

        raise UsageError(f"Buku besar '{ledger}' sama dengan berkas rencana (-o): pakai nama lain untuk salah satunya")
    check_ledger(ledger)


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (or would: neither exists yet)."""
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _write_and_record(
    result: PlanResult,
    run: RunSetup,
    output: Path,
    on_saved: Callable[[PlanResult], None] | None,
    *,
    pins: Source | None,
    asp_files: list[Path],
    buku_besar: Path | None,
    overwrite: bool,
) -> None:
    """Write the plan workbook (with the inputs' hashes) and record the round in the audit ledger.

    The ledger's commit is the commit point: a failure or a stop (Ctrl-C, SIGTERM) from the moment the new workbook
    is in place until the round is recorded removes the workbook (a stop just after the rename left a workbook whose
    round no ledger had); a Ctrl-C or SIGTERM while the ledger is written is held, and one after the commit is taken
    as said: the round is committed and the plan kept (:attr:`PlanResult.interrupted`). One landing as the ledger
    closed removed the workbook of a round the ledger kept (hostile21, h35)."""
    from asn_mutasi.api.governance import ROUND_KEY, ledger_path, record_round
    from asn_mutasi.errors import AsnMutasiError
    from asn_mutasi.io.plan_workbook import write_plan_workbook
    from asn_mutasi.io.writers import commit_point

    run.progress("menulis buku kerja rencana")
    hashes = input_hashes(result.world.files + ([Path(pins)] if pins else []) + asp_files)
    try:
        with commit_point() as commit:
            commit(output)  # with --timpa the old workbook is not ours to remove when the write fails
            write_plan_workbook(
                result.plan,
                output,
                parameters=result.parameters,
                input_files=hashes,
                findings=result.findings,
                overwrite=overwrite,
                training=result.training,
            )
            result.workbook = output
            ledger = ledger_path(buku_besar, run.settings, output)
            if ledger is not None:
                with commit.point():
                    record_round(
                        ledger,
                        round_id=str(result.parameters[ROUND_KEY]),
                        workbook=output,
                        parameters=result.parameters,
                        input_files=hashes,
                        summary=dict(result.plan.summary),
                    )
                    result.ledger = ledger
                    commit.keep()
                    if on_saved is not None:
                        on_saved(result)
    except BaseException as exc:  # a plan whose round is in no ledger is not left behind (a full disk, a kill)
        if not commit.committed:
            result.workbook = None
        if commit.removed and isinstance(exc, AsnMutasiError):
            exc.hint = " ".join(
                filter(None, [exc.hint, f"Buku kerja rencana '{output}' tidak disimpan: putarannya tidak tercatat."])
            )
        raise
    result.interrupted = commit.interrupted
