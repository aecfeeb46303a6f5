"""Plan mutations: build the candidate network, solve it exactly, explain every move.

Import lazily from the CLI: the submodules import pandas, OR-Tools and SciPy.
"""

from __future__ import annotations

from asn_mutasi.planning.model import Plan
from asn_mutasi.planning.plan import make_plan

__all__ = ["Plan", "make_plan"]
