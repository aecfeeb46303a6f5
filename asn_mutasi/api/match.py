"""``match`` and ``assess``: best candidates per vacant position (or positions for one NIP), and
verdicts on proposed moves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from asn_mutasi.api.front import verb
from asn_mutasi.api.inputs import Progress, ReadOptions, RunSetup, Source, World, build_world, read_input, setup
from asn_mutasi.config import Settings
from asn_mutasi.domain.limits import TOP_RANGE, check_count
from asn_mutasi.errors import UsageError
from asn_mutasi.findings import Finding
from asn_mutasi.schema import EXPERIENCE_FIELDS, SCORE_FIELDS, split_post_code, valid_mask
from asn_mutasi.serialise import Record, frame_records

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
    #: the proposal's own status (Disetujui, Proses, Ditolak), empty when the file has none: Ditolak is not assessed
    "status_usulan",
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
    #: a NIP or position code asked for that is not in the data (with a suggestion); the table is then empty
    findings: list[Finding] = field(default_factory=list)
    #: vacant posts (as ``lowongan`` counts them) for which no valid person is a candidate at all
    without_candidates: list[str] = field(default_factory=list)
    #: valid people (distinct NIPs) whose post is no post of the table: a candidate nowhere, as the plan excludes them
    outside: int = 0

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
        known = set(world.positions["kode_jabatan"])
        if kode_jabatan not in known:
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
        vacancies=world.open_seats() if "kebutuhan" in world.positions.columns else None,
    )
    info = world.positions.set_index("kode_jabatan")[["nama_jabatan", "unit_kerja"]]
    result = result.join(info, on="kode_jabatan")
    names = roster.drop_duplicates("nip").set_index("nip")[["nama", "jabatan", "unit_kerja"]]
    names = names.rename(columns={"jabatan": "jabatan_asal", "unit_kerja": "unit_asal"})
    return result.join(names, on="nip")


def _lookup_finding(
    world: World, *, nip: str | None, kode_jabatan: str | None
) -> Finding | tuple[str | None, str | None]:
    """Resolve the NIP (the one join key, domain.nip.nip_key) and code (case-insensitively), or a finding with a suggestion."""
    import difflib

    from asn_mutasi.domain.nip import nip_key
    from asn_mutasi.findings import Location, make_finding, suggestion

    if nip is not None:
        digits = nip_key(nip)
        known = [str(n) for n in world.valid_roster["nip"].dropna().unique()]
        if digits not in set(known):
            close = difflib.get_close_matches(digits, known, n=3, cutoff=0.85)
            loc = Location(field="nip", value=nip)
            return make_finding("nip-tidak-ditemukan", loc, saran=suggestion(close))
        nip = digits
    if kode_jabatan is not None:
        codes = [str(k) for k in world.positions["kode_jabatan"].dropna().unique()]
        by_fold = {c.casefold(): c for c in codes}
        resolved = by_fold.get(kode_jabatan.strip().casefold())
        if resolved is None:
            # a code the table writes in several units is one post per unit ("ANALIS | Induk"): name them
            wanted = kode_jabatan.strip().casefold()
            per_unit = [c for c in codes if split_post_code(c)[1] and split_post_code(c)[0].casefold() == wanted]
            close = per_unit or difflib.get_close_matches(kode_jabatan.strip().upper(), codes, n=3, cutoff=0.6)
            loc = Location(field="kode_jabatan", value=kode_jabatan)
            return make_finding("kode-jabatan-tidak-ditemukan", loc, saran=suggestion(close))
        kode_jabatan = resolved
    return nip, kode_jabatan


@verb
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
    check_count(top, TOP_RANGE, "Jumlah calon per jabatan (top)")
    run = setup(options, settings, tanggal, progress)
    world = build_world(pegawai, jabatan, run=run, riwayat=riwayat)
    missing = _lookup_finding(world, nip=nip, kode_jabatan=kode_jabatan)
    if isinstance(missing, Finding):
        fields = NIP_FIELDS if nip else MATCH_FIELDS
        return MatchResult(table=pd.DataFrame(columns=fields), nip=nip, world=world, findings=[missing])
    nip, kode_jabatan = missing
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
            vacancies=world.open_seats() if "kebutuhan" in world.positions.columns else None,
        )
    else:
        table = _ranked(world, run.settings, run.today, kode_jabatan, top)
        return MatchResult(
            table=table,
            nip=nip,
            world=world,
            without_candidates=_vacant_without(world, table) if kode_jabatan is None else [],
            outside=_outside(world),
        )
    return MatchResult(table=table, nip=nip, world=world)


def _outside(world: World) -> int:
    """The valid people (distinct NIPs) whose post is no post of the table (``matching.scoring.linked_rows``: no
    pair of theirs is layak and the plan excludes them)."""
    from asn_mutasi.matching.scoring import linked_rows

    roster = world.valid_roster
    codes = world.positions["kode_jabatan"].astype(str).to_numpy(dtype=object)
    return int(roster.loc[~linked_rows(roster, codes), "nip"].nunique())


def _vacant_without(world: World, table: pd.DataFrame) -> list[str]:
    """The codes of vacant posts (``domain.lowongan``: the definition ``lowongan`` uses) no row of ``table`` names."""
    from asn_mutasi.workload.linking import LINK_COLUMN

    pos = world.positions
    if LINK_COLUMN not in world.valid_roster.columns or "kebutuhan" not in pos.columns:
        return []
    seats = world.open_seats()
    named = set(table["kode_jabatan"].astype(str)) if len(table) else set()
    return sorted(c for c in seats.index[seats.to_numpy() > 0] if c not in named)


@verb
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
    run = setup(options, settings, tanggal, progress)
    world = build_world(pegawai, jabatan, run=run, riwayat=riwayat)
    raw = read_input(usulan, "usulan", run.read)
    table = assess_frame(world, raw.frame.copy(), run)
    from asn_mutasi.rollout.proposals import duplicate_findings, merge_tables, refused_findings

    merged = merge_tables([(Path(raw.source.path).name, raw.frame)])
    refused = refused_mask(table)
    # the same NIP proposed twice in one table (to two posts, or twice): as `usulan gabung` names it (a refused
    # proposal is no second one)
    twice = duplicate_findings(merged.loc[~refused], table["kode_jabatan"].loc[~refused])
    said = [*raw.findings, *refused_findings(merged, refused), *twice, *world.history_findings]
    return AssessResult(table=table, world=world, findings=said)


def assess_frame(world: World, proposals: pd.DataFrame, run: RunSetup) -> pd.DataFrame:
    """The assessment of proposal rows (``nip`` + ``kode_jabatan`` or name/unit, ``_baris``): one row each,
    ``baris_usulan`` first. Shared by ``assess`` and ``usulan gabung`` (many OPD workbooks)."""
    from asn_mutasi.domain.coded_fields import USULAN_DITOLAK
    from asn_mutasi.matching.candidates import assess_proposals
    from asn_mutasi.rollout.proposals import proposal_status

    status = proposal_status(proposals)
    refused = status.eq(USULAN_DITOLAK).to_numpy(dtype=bool)
    table = assess_proposals(
        proposals.loc[~refused],
        world.valid_roster,
        world.positions,
        excluded=_excluded_people(world.roster),
        settings=run.settings,
        as_of=run.today,
        history=world.history,
    )
    if refused.any():
        table = _with_refused(table, proposals, refused, world.roster)
    table.insert(0, "baris_usulan", proposals["_baris"].to_numpy())
    table.insert(int(table.columns.get_loc("unit_tujuan")) + 1, "status_usulan", status.to_numpy())  # type: ignore[arg-type]
    return table


def refused_mask(table: pd.DataFrame) -> pd.Series:
    """Per row of an assessment (:func:`assess_frame`): the proposal was refused or cancelled, so not assessed."""
    from asn_mutasi.domain.coded_fields import USULAN_DITOLAK

    return table["status_usulan"].eq(USULAN_DITOLAK)


def _with_refused(
    table: pd.DataFrame, proposals: pd.DataFrame, refused: np.ndarray, roster: pd.DataFrame
) -> pd.DataFrame:
    """The assessed rows (``table``, one per row of ``proposals`` not ``refused``) with the refused or cancelled
    proposals back in their places, not assessed: the NIP, the name (the roster's, else as written) and the target
    as written, ``layak`` False and why (usulan30, h38). Every proposal row stays one output row."""
    from asn_mutasi.domain.nip import nip_key, nip_keys

    gone = np.flatnonzero(refused)
    table.index = np.flatnonzero(~refused)
    full = table.reindex(range(len(proposals)))
    written = proposals.reindex(columns=["nip", "nama", "kode_jabatan", "nama_jabatan", "unit_kerja"]).iloc[gone]
    words = proposals["status_usulan"].iloc[gone].astype(str).str.strip()
    full.loc[gone, "nip"] = [nip_key(v) for v in written["nip"].tolist()]
    for col, source in (("nama", "nama"), ("kode_jabatan", "kode_jabatan"), ("jabatan_tujuan", "nama_jabatan")):
        full.loc[gone, col] = written[source].to_numpy(dtype=object)
    if "nama" in roster.columns:
        names = dict(zip(nip_keys(roster["nip"]), roster["nama"].tolist(), strict=True))
        known = pd.Series(full.loc[gone, "nip"].map(names).to_numpy(dtype=object), index=gone)
        full.loc[gone, "nama"] = known.where(known.notna(), full.loc[gone, "nama"])
    full.loc[gone, "unit_tujuan"] = written["unit_kerja"].to_numpy(dtype=object)
    full.loc[gone, "alasan"] = [f"Usulan berstatus '{w}' (ditolak/dibatalkan): tidak dinilai." for w in words]
    for col in ("layak", "memenuhi_pendidikan"):
        full[col] = full[col].where(full[col].notna(), False).astype(bool)
    return full.reset_index(drop=True)


def _excluded_people(roster: pd.DataFrame) -> dict[str, str]:
    """NIP key → why that person's roster row is left out of planning (its first excluded row): a proposal for a
    CLTN employee was "tidak ditemukan di data pegawai" while the plan named the cause (h26/onefact)."""
    from asn_mutasi.domain.nip import nip_keys

    out = roster.loc[~valid_mask(roster)]
    if not len(out) or "_alasan" not in out.columns:
        return {}
    said: dict[str, str] = {}
    for key, row, why in zip(nip_keys(out["nip"]), out["_baris"].tolist(), out["_alasan"].tolist(), strict=True):
        if key and key not in said:
            said[key] = f"Pegawai dikecualikan dari perencanaan (baris {row} data pegawai): {why}"
    return said
