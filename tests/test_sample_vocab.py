"""The sample vocabulary lives in data files, and the shipped sample_data is what they generate."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from asn_mutasi import make_sample
from asn_mutasi.sample import vocab

SHIPPED = Path(__file__).resolve().parents[1] / "sample_data"
DATA_FILES = ("sample_kosakata.json", "sample_jabatan.json", "sample_tugas.csv")


def test_shipped_sample_data_is_regenerated_byte_for_byte(tmp_path: Path) -> None:
    # README.md of sample_data: seed 2026, 2000 pegawai (the defaults of `asn-mutasi sample`)
    result = make_sample(output=tmp_path)
    written = {p.name for p in result.files}
    shipped = {p.name for p in SHIPPED.iterdir() if p.is_file()}
    assert written == shipped
    for name in sorted(shipped):
        assert (tmp_path / name).read_bytes() == (SHIPPED / name).read_bytes(), name


def test_vocabulary_files_are_package_data_and_consistent() -> None:
    data = resources.files("asn_mutasi").joinpath("data")
    for name in DATA_FILES:
        assert data.joinpath(name).is_file(), name
    positions = json.loads(data.joinpath("sample_jabatan.json").read_text(encoding="utf-8"))
    shared = positions["jabatan_bersama"]
    units = [t for kind in positions["unit_tambahan"].values() for t in kind["jabatan"]]
    units += [*positions["opd_umum"], *(t for opd in positions["opd"] for t in opd["jabatan"])]
    assert all(ref in shared for ref in units if isinstance(ref, str))
    templates = [t for kind in vocab.EXTENSION_UNITS.values() for t in kind.jabatan] + list(vocab.OPD_COMMON)
    templates += [t for *_, ts in vocab.OPD for t in ts]
    assert {t.tugas for t in templates} <= set(vocab.TASKS)
    assert {t.pool for t in templates if not t.jurusan} <= set(vocab.POOLS)
    assert all(isinstance(t.kelas, int) and isinstance(t.jurusan, tuple) for t in templates)
    assert len(vocab.GOLONGAN) == len(vocab.PANGKAT) == len(vocab.PPPK_GOLONGAN) == 17
    assert set(vocab.EXTENSION_UNITS) == {"puskesmas", "kecamatan", "kelurahan", "rsud"}
    assert vocab.opd_heads("Inspektorat Daerah").kedua == vocab.opd_heads("Dinas Kesehatan").kedua  # bawaan


def test_sample_readme_counts_vacancies_like_the_vacancies_command() -> None:
    """The README's empty-seat count uses the shared definition (a CPNS occupies the seat)."""
    import re
    from datetime import date

    import asn_mutasi

    text = (SHIPPED / "README.md").read_text(encoding="utf-8")
    found = re.search(r"Kursi kosong \(.*CPNS menempati kursi.*\): (\d+) dari (\d+)\.", text)
    assert found is not None
    result = asn_mutasi.vacancies(
        pegawai=SHIPPED / "pegawai.xlsx", jabatan=SHIPPED / "peta_jabatan.xlsx", tanggal=date(2026, 11, 1)
    )
    assert int(found.group(1)) == int(result.positions["lowongan"].sum())
    assert int(found.group(2)) == int(result.positions["kebutuhan"].sum())
