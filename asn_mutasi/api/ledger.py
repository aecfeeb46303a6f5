"""``buku-besar``: read the audit ledger — list rounds, one NIP's history, verify the chain,
export for auditors (Inspektorat, BKN)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

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
        raise UsageError("Sebutkan buku besar dengan --buku-besar PATH (atau [tata_kelola] buku_besar di konfigurasi).")
    return Ledger(path, create=False)


@dataclass
class LedgerRows:
    """Rows read from the ledger (rounds or one history)."""

    rows: list[Record]
    ledger_file: Path

    def to_json(self) -> list[Record]:
        return clean_records(self.rows)


def ledger_rounds(*, buku_besar: str | Path | None = None, settings: Settings | None = None) -> LedgerRows:
    """Every plan round in the ledger: inputs' hashes, summary, upper bound, decisions and moves since."""
    from asn_mutasi.ledger.report import rounds

    with _open(buku_besar, settings) as ledger:
        return LedgerRows(rounds(ledger), ledger.path)


def ledger_history(
    *, nip: str, id_mutasi: str | None = None, buku_besar: str | Path | None = None, settings: Settings | None = None
) -> LedgerRows:
    """One NIP's story: who decided at which stage and when, on which workbook and roster (SHA-256), the SK."""
    from asn_mutasi.domain.nip import nip_key
    from asn_mutasi.ledger.report import history

    with _open(buku_besar, settings) as ledger:
        return LedgerRows(history(ledger, nip=nip_key(nip), id_mutasi=id_mutasi), ledger.path)


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

    def to_json(self) -> Record:
        return {
            "buku_besar": str(self.ledger_file),
            "utuh": self.ok,
            "jumlah_catatan": self.jumlah,
            "nomor_rusak": self.nomor_rusak,
            "alasan": self.alasan,
            "hash_terakhir": self.hash_terakhir,
        }


def verify_ledger(*, buku_besar: str | Path | None = None, settings: Settings | None = None) -> LedgerCheck:
    """Recompute the hash chain; the first row that does not match means the ledger was edited."""
    from asn_mutasi.findings import Location, make_finding

    with _open(buku_besar, settings) as ledger:
        check = ledger.verify()
        path = ledger.path
    findings = []
    if not check.ok:
        loc = Location(file=path.name, sheet="catatan", row=check.nomor_rusak)
        findings.append(make_finding("buku-besar-rantai-putus", loc, nomor=check.nomor_rusak, alasan=check.alasan))
    return LedgerCheck(check.ok, check.jumlah, check.nomor_rusak, check.alasan, check.hash_terakhir, path, findings)


def export_ledger(
    *,
    output: str | Path,
    buku_besar: str | Path | None = None,
    overwrite: bool = False,
    settings: Settings | None = None,
) -> LedgerCheck:
    """Write the audit workbook (rounds, decision trail, applied/refused moves, every row, the chain check)."""
    from asn_mutasi.ledger.export import export_ledger as write

    with _open(buku_besar, settings) as ledger:
        write(ledger, output, overwrite=overwrite)
    return verify_ledger(buku_besar=buku_besar, settings=settings)
