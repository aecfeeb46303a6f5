"""``match`` and ``assess``: best candidates per vacant position (or positions for one NIP), and
verdicts on proposed moves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from asn_mutasi.api.inputs import Progress, ReadOptions, Source, World, build_world, read_input, setup
from asn_mutasi.config import Settings
from asn_mutasi.errors import UsageError
from asn_mutasi.findings import Finding
from asn_mutasi.io.serialise import Record, frame_records
from asn_mutasi.models import EXPERIENCE_FIELDS, SCORE_FIELDS

#: canonical keys of one ``match`` row (candidates per position)
MATCH_FIELDS: list[str] = [
    "kode_jabatan",
    "nama_jabatan",
    "unit_kerja",
    "peringkat",
    "nip",
    "nama",
    "jabatan_asal",
    "unit_asal",
    "skor",
    *SCORE_FIELDS,
    "status_pendidikan",
    "memenuhi_pendidikan",
    *EXPERIENCE_FIELDS,
    "layak",
    "alasan",
]
#: canonical keys of one ``match --nip`` row (positions for one employee)
NIP_FIELDS: list[str] = [
    "peringkat",
    "kode_jabatan",
    "nama_jabatan",
    "unit_kerja",
    "nip",
    "skor",
    *SCORE_FIELDS,
    "status_pendidikan",
    "memenuhi_pendidikan",
    *EXPERIENCE_FIELDS,
    "layak",
    "alasan",
]
#: canonical keys of one ``assess`` row (one per proposal row)
ASSESS_FIELDS: list[str] = [
    "baris_usulan",
    "nip",
    "nama",
    "kode_jabatan",
    "jabatan_tujuan",
    "unit_tujuan",
    "memenuhi_pendidikan",
    "status_pendidikan",
    *EXPERIENCE_FIELDS,
    "skor",
    *SCORE_FIELDS,
    "layak",
    "alasan",
]


@dataclass
class MatchResult:
    """Ranked candidates (or, with ``nip``, ranked positions for one employee)."""

    table: pd.DataFrame
    nip: str | None
    world: World

    @property
    def fields(self) -> list[str]:
        return NIP_FIELDS if self.nip else MATCH_FIELDS

    def to_json(self) -> list[Record]:
        """The rows printed by ``match --format json``."""
        return frame_records(self.table, self.fields)


@dataclass
class AssessResult:
    """One verdict per proposal row."""

    table: pd.DataFrame
    world: World
    findings: list[Finding] = field(default_factory=list)  #: findings of reading the proposals

    def to_json(self) -> list[Record]:
        """The rows printed by ``assess --format json``."""
        return frame_records(self.table, ASSESS_FIELDS)


def _ranked(world: World, run_settings: Settings, as_of: date, kode_jabatan: str | None, top: int) -> pd.DataFrame:
    from asn_mutasi.errors import InputError
    from asn_mutasi.matching.candidates import top_candidates_for_positions

    roster = world.valid_roster
    codes = None
    if kode_jabatan is not None:
        if kode_jabatan not in set(world.positions["kode_jabatan"]):
            raise InputError(f"Kode jabatan '{kode_jabatan}' tidak ada di peta jabatan")
        codes = [kode_jabatan]
    result = top_candidates_for_positions(
        roster,
        world.positions,
        settings=run_settings,
        as_of=as_of,
        history=world.history,
        top=top,
        position_codes=codes,
        vacant_only=kode_jabatan is None,
    )
    info = world.positions.set_index("kode_jabatan")[["nama_jabatan", "unit_kerja"]]
    result = result.join(info, on="kode_jabatan")
    names = roster.drop_duplicates("nip").set_index("nip")[["nama", "jabatan", "unit_kerja"]]
    names = names.rename(columns={"jabatan": "jabatan_asal", "unit_kerja": "unit_asal"})
    return result.join(names, on="nip")


def match(
    *,
    pegawai: Source,
    jabatan: Source,
    kode_jabatan: str | None = None,
    nip: str | None = None,
    top: int = 10,
    riwayat: Source | None = None,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
) -> MatchResult:
    """Best candidates per vacant position (or only ``kode_jabatan``), or best positions for one ``nip``."""
    if kode_jabatan and nip:
        raise UsageError("Pilih salah satu: --jabatan atau --nip.")
    run = setup(options, settings, tanggal, progress)
    world = build_world(pegawai, jabatan, run=run, riwayat=riwayat)
    if nip is not None:
        from asn_mutasi.matching.candidates import top_positions_for_employee

        table = top_positions_for_employee(
            nip,
            world.valid_roster,
            world.positions,
            settings=run.settings,
            as_of=run.today,
            history=world.history,
            top=top,
        )
    else:
        table = _ranked(world, run.settings, run.today, kode_jabatan, top)
    return MatchResult(table=table, nip=nip, world=world)


def assess(
    *,
    pegawai: Source,
    jabatan: Source,
    usulan: Source,
    riwayat: Source | None = None,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
) -> AssessResult:
    """Assess proposed moves (``nip`` + ``kode_jabatan`` per row): one output row per proposal row."""
    from asn_mutasi.matching.candidates import assess_proposals

    run = setup(options, settings, tanggal, progress)
    world = build_world(pegawai, jabatan, run=run, riwayat=riwayat)
    raw = read_input(usulan, "usulan", run.read)
    proposals = raw.frame.copy()
    table = assess_proposals(
        proposals, world.valid_roster, world.positions, settings=run.settings, as_of=run.today, history=world.history
    )
    table.insert(0, "baris_usulan", proposals["_baris"].to_numpy())
    return AssessResult(table=table, world=world, findings=list(raw.findings))
