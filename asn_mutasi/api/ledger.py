"""``buku-besar``: read the audit ledger — list rounds, one NIP's history, verify the chain,
export for auditors (Inspektorat, BKN)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from asn_mutasi.api.front import verb, xlsx_output
from asn_mutasi.config import Settings
from asn_mutasi.errors import UsageError
from asn_mutasi.findings import Finding
from asn_mutasi.serialise import Record, clean_records

if TYPE_CHECKING:
    from asn_mutasi.ledger.store import Ledger


def _open(buku_besar: str | Path | None, settings: Settings | None) -> Ledger:
    from asn_mutasi.ledger.store import Ledger

    configured = (settings or Settings()).tata_kelola.buku_besar
    path = Path(buku_besar) if buku_besar is not None else (Path(configured) if configured else None)
    if path is None:
        raise UsageError(
            "Sebutkan buku besar dengan --buku-besar <berkas> (yang ditulis 'rencana' dan 'terapkan': "
            "buku_besar_mutasi.sqlite di folder buku kerja rencana), atau [tata_kelola] buku_besar di pengaturan."
        )
    return Ledger(path, create=False)


@dataclass
class LedgerRows:
    """Rows read from the ledger (rounds or one history)."""

    rows: list[Record]
    ledger_file: Path
    #: ``buku-besar-rantai-putus`` when the hash chain is broken: the rows read may have been edited
    broken: Finding | None = None

    def to_json(self) -> list[Record]:
        return clean_records(self.rows)


def _chain(ledger: Ledger) -> Finding | None:
    """The chain check behind every read of the ledger: a row edited outside the tool is never shown as genuine."""
    from asn_mutasi.findings import Location, make_finding

    check = ledger.verify()
    if check.nomor_rusak is None:
        return None
    loc = Location(file=ledger.path.name, sheet="catatan", row=check.nomor_rusak)
    return make_finding("buku-besar-rantai-putus", loc, nomor=check.nomor_rusak, alasan=check.alasan)


@verb
def ledger_rounds(*, buku_besar: str | Path | None = None, settings: Settings | None = None) -> LedgerRows:
    """Every plan round in the ledger: inputs' hashes, summary, upper bound, decisions and moves since (with the
    chain check: :attr:`LedgerRows.broken`)."""
    from asn_mutasi.ledger.report import rounds

    with _open(buku_besar, settings) as ledger:
        return LedgerRows(rounds(ledger), ledger.path, _chain(ledger))


@verb
def ledger_history(
    *, nip: str, id_mutasi: str | None = None, buku_besar: str | Path | None = None, settings: Settings | None = None
) -> LedgerRows:
    """One NIP's story: who decided at which stage and when, on which workbook and roster (SHA-256), the SK."""
    from asn_mutasi.domain.nip import nip_key
    from asn_mutasi.ledger.report import history

    with _open(buku_besar, settings) as ledger:
        return LedgerRows(history(ledger, nip=nip_key(nip), id_mutasi=id_mutasi), ledger.path, _chain(ledger))


@dataclass
class LedgerCheck:
    """The chain check: ``ok`` False names the first broken row (as a finding too)."""

    ok: bool
    jumlah: int
    nomor_rusak: int | None
    alasan: str
    hash_terakhir: str
    ledger_file: Path
    findings: list[Finding] = field(default_factory=list)
    hash_diperiksa: int = 0  #: head hashes of earlier checks looked for (``known``)
    hash_hilang: tuple[str, ...] = ()  #: of those, the ones no row has

    def to_json(self) -> Record:
        return {
            "buku_besar": str(self.ledger_file),
            "utuh": self.ok,
            "jumlah_catatan": self.jumlah,
            "nomor_rusak": self.nomor_rusak,
            "alasan": self.alasan,
            "hash_terakhir": self.hash_terakhir,
            "hash_sebelumnya_diperiksa": self.hash_diperiksa,
            "hash_sebelumnya_hilang": ", ".join(self.hash_hilang),
        }


@verb
def verify_ledger(
    *, buku_besar: str | Path | None = None, settings: Settings | None = None, known: Sequence[str] = ()
) -> LedgerCheck:
    """Recompute the hash chain; the first row that does not match means the ledger was edited.

    ``known``: head hashes printed by earlier checks (:attr:`LedgerCheck.hash_terakhir`); one that no row
    has any more means rows at the end were deleted or the ledger was replaced (``buku-besar-hash-hilang``).
    """
    from asn_mutasi.findings import Location, make_finding
    from asn_mutasi.formatting import format_number

    wanted = [_sha256_text(h) for h in known]
    with _open(buku_besar, settings) as ledger:
        check = ledger.verify(wanted)
        path = ledger.path
    findings = []
    if check.nomor_rusak is not None:
        loc = Location(file=path.name, sheet="catatan", row=check.nomor_rusak)
        findings.append(make_finding("buku-besar-rantai-putus", loc, nomor=check.nomor_rusak, alasan=check.alasan))
    for lost in check.hilang:
        loc = Location(file=path.name, sheet="catatan")
        findings.append(make_finding("buku-besar-hash-hilang", loc, hash=lost, jumlah=format_number(check.jumlah)))
    return LedgerCheck(
        check.ok,
        check.jumlah,
        check.nomor_rusak,
        check.alasan or ("hash pemeriksaan sebelumnya tidak ditemukan" if check.hilang else ""),
        check.hash_terakhir,
        path,
        findings,
        hash_diperiksa=len(dict.fromkeys(wanted)),
        hash_hilang=check.hilang,
    )


def _sha256_text(text: str) -> str:
    """A SHA-256 hash as the ledger writes it (64 lowercase hex digits), from what the user typed."""
    value = text.strip().lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise UsageError(
            f"--hash-sebelumnya '{text[:80]}' bukan hash SHA-256 (64 karakter 0-9 a-f)",
            hint="Salin hash terakhir yang dicetak 'asn-mutasi buku-besar verifikasi' pada pemeriksaan sebelumnya.",
        )
    return value


@verb
def export_ledger(
    *,
    output: str | Path,
    buku_besar: str | Path | None = None,
    overwrite: bool = False,
    settings: Settings | None = None,
) -> LedgerCheck:
    """Write the audit workbook (rounds, decision trail, applied/refused moves, every row, the chain check)."""
    from asn_mutasi.ledger.export import export_ledger as write

    output = xlsx_output(output, "Buku kerja audit", "audit.xlsx")
    with _open(buku_besar, settings) as ledger:
        write(ledger, output, overwrite=overwrite)
    return verify_ledger(buku_besar=buku_besar, settings=settings)
