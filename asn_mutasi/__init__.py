"""asn-mutasi: plan transfers (mutasi) of Indonesian civil servants (ASN).

The package is a library first; the ``asn-mutasi`` CLI is a thin layer over it. One verb per
command, keyword-only::

    import asn_mutasi as am

    hasil = am.check(pegawai="pegawai.xlsx", jabatan="peta_jabatan.xlsx")
    rencana = am.plan(pegawai="pegawai.xlsx", jabatan="peta_jabatan.xlsx", output=Path("rencana.xlsx"))

The verbs are imported on first use (``import asn_mutasi`` stays light: no pandas). The verbs of
``workload`` and ``sample`` are ``analyse_workload`` and ``make_sample``: ``asn_mutasi.workload`` and
``asn_mutasi.sample`` are subpackages, and a verb of the same name would be replaced by the
subpackage as soon as it is imported.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

#: public name → module of :mod:`asn_mutasi.api` (or the core) that defines it
_EXPORTS: dict[str, str] = {
    "check": "asn_mutasi.api.check",
    "CheckResult": "asn_mutasi.api.check",
    "match": "asn_mutasi.api.match",
    "MatchResult": "asn_mutasi.api.match",
    "assess": "asn_mutasi.api.match",
    "AssessResult": "asn_mutasi.api.match",
    "vacancies": "asn_mutasi.api.needs",
    "analyse_workload": "asn_mutasi.api.needs",
    "NeedsResult": "asn_mutasi.api.needs",
    "View": "asn_mutasi.api.needs",
    "plan": "asn_mutasi.api.plan",
    "PlanResult": "asn_mutasi.api.plan",
    "apply": "asn_mutasi.api.apply",
    "ApplyOutcome": "asn_mutasi.api.apply",
    "compare": "asn_mutasi.api.compare",
    "CompareResult": "asn_mutasi.api.compare",
    "ledger_rounds": "asn_mutasi.api.ledger",
    "ledger_history": "asn_mutasi.api.ledger",
    "verify_ledger": "asn_mutasi.api.ledger",
    "export_ledger": "asn_mutasi.api.ledger",
    "LedgerRows": "asn_mutasi.api.ledger",
    "LedgerCheck": "asn_mutasi.api.ledger",
    "proposal_template": "asn_mutasi.api.proposals",
    "merge_proposals": "asn_mutasi.api.proposals",
    "TemplateResult": "asn_mutasi.api.proposals",
    "ProposalsResult": "asn_mutasi.api.proposals",
    "indicator_template": "asn_mutasi.api.indicators",
    "compute_ikm": "asn_mutasi.api.indicators",
    "IndicatorTemplateResult": "asn_mutasi.api.indicators",
    "IkmResult": "asn_mutasi.api.indicators",
    "make_sample": "asn_mutasi.api.sample",
    "aspiration_forms": "asn_mutasi.api.aspirasi",
    "AspirationFormsResult": "asn_mutasi.api.aspirasi",
    "read_aspirations": "asn_mutasi.api.aspirasi",
    "AspirationsResult": "asn_mutasi.api.aspirasi",
    "training_needs": "asn_mutasi.api.diklat",
    "TrainingResult": "asn_mutasi.api.diklat",
    "letters": "asn_mutasi.api.surat",
    "LettersResult": "asn_mutasi.api.surat",
    "SampleResult": "asn_mutasi.api.sample",
    "ReadOptions": "asn_mutasi.api.inputs",
    "Settings": "asn_mutasi.config",
    "load_settings": "asn_mutasi.config",
    "to_jsonable": "asn_mutasi.serialise",
}

__all__ = [
    "ApplyOutcome",
    "AspirationFormsResult",
    "AspirationsResult",
    "AssessResult",
    "CheckResult",
    "CompareResult",
    "IkmResult",
    "IndicatorTemplateResult",
    "LedgerCheck",
    "LedgerRows",
    "LettersResult",
    "MatchResult",
    "NeedsResult",
    "PlanResult",
    "ProposalsResult",
    "ReadOptions",
    "SampleResult",
    "Settings",
    "TemplateResult",
    "TrainingResult",
    "View",
    "__version__",
    "analyse_workload",
    "apply",
    "aspiration_forms",
    "assess",
    "check",
    "compare",
    "compute_ikm",
    "export_ledger",
    "indicator_template",
    "ledger_history",
    "ledger_rounds",
    "letters",
    "load_settings",
    "make_sample",
    "match",
    "merge_proposals",
    "plan",
    "proposal_template",
    "read_aspirations",
    "to_jsonable",
    "training_needs",
    "vacancies",
    "verify_ledger",
]

if TYPE_CHECKING:  # editors and type checkers see the real objects
    from asn_mutasi.api.apply import ApplyOutcome, apply
    from asn_mutasi.api.aspirasi import AspirationFormsResult, AspirationsResult, aspiration_forms, read_aspirations
    from asn_mutasi.api.check import CheckResult, check
    from asn_mutasi.api.compare import CompareResult, compare
    from asn_mutasi.api.diklat import TrainingResult, training_needs
    from asn_mutasi.api.indicators import IkmResult, IndicatorTemplateResult, compute_ikm, indicator_template
    from asn_mutasi.api.inputs import ReadOptions
    from asn_mutasi.api.ledger import (
        LedgerCheck,
        LedgerRows,
        export_ledger,
        ledger_history,
        ledger_rounds,
        verify_ledger,
    )
    from asn_mutasi.api.match import AssessResult, MatchResult, assess, match
    from asn_mutasi.api.needs import NeedsResult, View, analyse_workload, vacancies
    from asn_mutasi.api.plan import PlanResult, plan
    from asn_mutasi.api.proposals import ProposalsResult, TemplateResult, merge_proposals, proposal_template
    from asn_mutasi.api.sample import SampleResult, make_sample
    from asn_mutasi.api.surat import LettersResult, letters
    from asn_mutasi.config import Settings, load_settings
    from asn_mutasi.serialise import to_jsonable


def __getattr__(name: str) -> object:
    """Import a verb or result type on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'asn_mutasi' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
