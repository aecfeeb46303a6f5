"""Real files and leftovers of the real30 campaign (h38): tests/fixtures/real/SOURCES.md."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.readers import read_table

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def test_siasn_rw_jabatan_as_a_roster_reads_each_rows_post_from_its_jenis_column() -> None:
    """SIASN rw-jabatan's namaJabatan holds the structural post only; the JF and pelaksana rows name theirs under
    jabatanFungsionalNama / jabatanFungsionalUmumNama. Read as a roster, 6 of its 8 posts were empty."""
    raw = read_table(REAL / "siasn_rw_jabatan.csv", "pegawai")
    assert raw.columns["jabatan"].header == "namaJabatan"
    assert raw.frame["jabatan"].tolist() == [
        "Pengadministrasi Umum",
        "Penyusun Materi Hukum",
        "Analis Hukum Ahli Pertama",
        "Perawat Terampil",
        "Perawat Ahli Pertama",
        "Pengelola Keuangan",
        "Kepala Subbagian Keuangan",
        "Kepala Bagian Umum",
    ]
    unknown = {f.location.header for f in raw.findings if f.code == "kolom-tidak-dikenal"}
    assert unknown.isdisjoint({"jabatanFungsionalNama", "jabatanFungsionalUmumNama"})
