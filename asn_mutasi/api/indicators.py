"""``indikator templat`` and ``indikator ikm``: the per-unit indicator table to fill for
``compare --indikator``, and the IKM of a service unit from its survey element averages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from asn_mutasi.api.front import verb, xlsx_output
from asn_mutasi.api.inputs import Progress, ReadOptions, Source, Target, read_positions, setup
from asn_mutasi.config import Settings
from asn_mutasi.errors import UsageError
from asn_mutasi.rollout.indicators import Ikm
from asn_mutasi.serialise import Record


@dataclass
class IndicatorTemplateResult:
    """The template written: its rows (unit × indicator × period)."""

    workbook: Path
    baris: int

    def to_json(self) -> Record:
        return {"berkas": str(self.workbook), "jumlah_baris": self.baris}


@verb
def indicator_template(
    *,
    output: Target,
    jabatan: Source | None = None,
    periode: Sequence[str] = (),
    overwrite: bool = False,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
) -> IndicatorTemplateResult:
    """Write the indicator table to fill: with ``jabatan`` one row per unit × standard indicator ×
    period (``periode``, default the reference year and the one before); without it the headers only."""
    from asn_mutasi.io.indicator_workbook import write_indicator_template

    output = xlsx_output(output, "Templat indikator", "indikator.xlsx")
    run = setup(options, settings, tanggal, progress)
    units: list[str] = []
    if jabatan is not None:
        positions = read_positions(jabatan, run)
        assert positions is not None
        units = sorted({str(u) for u in positions["unit_kerja"].dropna()})
    periods = list(periode) or [str(run.today.year - 1), str(run.today.year)]
    rows = write_indicator_template(units, periods, output, overwrite=overwrite)
    return IndicatorTemplateResult(output, rows)


@dataclass
class IkmResult:
    """IKM (PermenPANRB 14/2017) of one service unit."""

    ikm: Ikm
    unsur: int

    def to_json(self) -> Record:
        return {
            "jumlah_unsur": self.unsur,
            "nilai_interval": self.ikm.nilai_interval,
            "nilai_konversi": self.ikm.nilai_konversi,
            "mutu_pelayanan": self.ikm.mutu,
            "kinerja_unit": self.ikm.kinerja,
        }


@verb
def compute_ikm(*, nrr: Sequence[float]) -> IkmResult:
    """IKM = Σ (NRR per unsur × 1/n), converted × 25, graded A–D (PermenPANRB 14/2017)."""
    from asn_mutasi.rollout.indicators import ikm

    try:
        value = ikm(nrr)
    except ValueError as exc:
        raise UsageError(
            "Nilai rata-rata (NRR) per unsur harus angka antara 1 dan 4, minimal satu unsur "
            "(PermenPANRB 14/2017 memakai 9 unsur)."
        ) from exc
    return IkmResult(value, len(nrr))
