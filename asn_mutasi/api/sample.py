"""``sample``: the synthetic dataset of the fictional Kabupaten Sukamaju, written to a folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from asn_mutasi.io.serialise import Record
from asn_mutasi.sample import SampleData


@dataclass
class SampleResult:
    """The generated data and the files written, in writing order."""

    data: SampleData
    files: list[Path]

    def to_json(self) -> list[Record]:
        """One row per file written (``berkas``)."""
        return [{"berkas": str(p)} for p in self.files]


def make_sample(*, output: Path, pegawai: int = 2000, seed: int = 2026, overwrite: bool = False) -> SampleResult:
    """Generate ``pegawai`` fictional employees (same ``seed`` → same data) and write every file to ``output``."""
    from asn_mutasi.io.sample_writer import write_sample
    from asn_mutasi.sample import generate_sample

    data = generate_sample(n_pegawai=pegawai, seed=seed)
    output.mkdir(parents=True, exist_ok=True)
    return SampleResult(data=data, files=write_sample(data, output, overwrite=overwrite))
