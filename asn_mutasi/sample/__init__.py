"""Synthetic dataset of the fictional Kabupaten Sukamaju (roster, peta jabatan, ABK, cases)."""

from __future__ import annotations

from asn_mutasi.sample.generator import SampleData, generate_sample

__all__ = ["SampleData", "generate_sample"]
