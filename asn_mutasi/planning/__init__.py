"""Plan mutations: build the candidate network, solve it exactly, explain every move.

Import lazily from the CLI: the submodules import pandas, OR-Tools and SciPy.
"""

from __future__ import annotations

from asn_mutasi.planning.plan import make_plan
from asn_mutasi.planning.result import Plan

__all__ = ["Plan", "make_plan"]
