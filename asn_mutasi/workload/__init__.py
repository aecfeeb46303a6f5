"""Link employees to positions and analyse staffing: bezetting, vacancies, retirements, ABK, EJ.

Import the submodules lazily from the CLI: they import pandas and rapidfuzz.
"""

from __future__ import annotations

from asn_mutasi.workload.abk import (
    AbkResult,
    apply_abk,
    kebutuhan_from_hours,
    kebutuhan_from_hours_many,
    parse_number,
    workload_from_tasks,
)
from asn_mutasi.workload.analysis import (
    grade_ej,
    grading_table,
    imbalance_index,
    position_summary,
    reported_hours,
    reported_imbalance,
    seat_vacancies,
    unit_summary,
    unlinked_per_unit,
)
from asn_mutasi.workload.linking import LinkResult, link_employees
from asn_mutasi.workload.retirement import projected_retirements, retirement_table

__all__ = [
    "AbkResult",
    "LinkResult",
    "apply_abk",
    "grade_ej",
    "grading_table",
    "imbalance_index",
    "kebutuhan_from_hours",
    "kebutuhan_from_hours_many",
    "link_employees",
    "parse_number",
    "position_summary",
    "projected_retirements",
    "reported_hours",
    "reported_imbalance",
    "retirement_table",
    "seat_vacancies",
    "unit_summary",
    "unlinked_per_unit",
    "workload_from_tasks",
]
