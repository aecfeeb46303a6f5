"""``sample``: the synthetic dataset of the fictional Kabupaten Sukamaju, written to a folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from asn_mutasi.api.front import verb
from asn_mutasi.domain.limits import SAMPLE_SIZE, SEED_RANGE, check_count
from asn_mutasi.errors import UsageError
from asn_mutasi.sample import SampleData
from asn_mutasi.serialise import Record


@dataclass
class SampleResult:
    """The generated data and the files written, in writing order."""

    data: SampleData
    files: list[Path]

    def to_json(self) -> list[Record]:
        """One row per file written (``berkas``)."""
        return [{"berkas": str(p)} for p in self.files]


#: the steps :func:`make_sample` reports to ``progress``, in order (a progress bar's total)
SAMPLE_STEPS = ("membuat data pegawai dan peta jabatan", "menulis berkas")


@verb
def make_sample(
    *,
    output: str | Path,
    pegawai: int = 2000,
    seed: int = 2026,
    overwrite: bool = False,
    progress: Callable[[str], None] | None = None,
) -> SampleResult:
    """Generate ``pegawai`` fictional employees (same ``seed`` → same data) and write every file to ``output``.

    ``progress`` receives each of :data:`SAMPLE_STEPS` as it starts.
    """
    from asn_mutasi.io.sample_writer import write_sample
    from asn_mutasi.sample import generate_sample

    if not str(output).strip():  # "-o ''" wrote the sample into the current folder
        raise UsageError("Folder data contoh (-o) kosong; sebutkan foldernya, mis. -o contoh")
    check_count(pegawai, SAMPLE_SIZE, "Jumlah pegawai data contoh")  # 10 million ran for hours, out of memory
    check_count(seed, SEED_RANGE, "Benih")  # numpy's own refusal is English ("expected non-negative integer")
    step = progress or (lambda _: None)
    step(SAMPLE_STEPS[0])
    try:
        data = generate_sample(n_pegawai=pegawai, seed=seed)
    except ValueError as exc:  # a size the generator cannot build ("jumlah pegawai minimal 100")
        raise UsageError(f"Data contoh tidak dapat dibuat: {exc}") from exc
    step(SAMPLE_STEPS[1])
    folder = Path(output)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file of that name, a name too long, no permission …
        from asn_mutasi.errors import OutputError, os_reason

        exists = isinstance(exc, FileExistsError)
        what = "sudah ada sebagai berkas, bukan folder" if exists else f"tidak dapat dibuat: {os_reason(exc)}"
        raise OutputError(f"Folder data contoh '{str(folder)[:200]}' {what}") from exc
    return SampleResult(data=data, files=write_sample(data, folder, overwrite=overwrite))
