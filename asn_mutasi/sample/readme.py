"""Render the Bahasa Indonesia README that describes a generated sample folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from asn_mutasi.sample.generator import SampleData

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


def tanggal_indonesia(iso: str) -> str:
    """Return ``1 November 2026`` for ``2026-11-01``."""
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d} {BULAN[m - 1]} {y}"


#: the ``[surat]`` section of the sample's settings file: fictional letterhead and signatories of
#: Kabupaten Sukamaju, so letters made from the sample carry no bracketed prompt (docs/surat.md)
SURAT_CONTOH: tuple[tuple[str, str], ...] = (
    ("instansi", "PEMERINTAH KABUPATEN SUKAMAJU"),
    ("nama_bkd", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
    ("alamat_bkd", "Jl. Veteran No. 17, Sukamaju 40999; telepon (0260) 555-0117; bkpsdm@sukamaju.contoh.id"),
    ("pejabat", "BUPATI SUKAMAJU"),
    ("nama_pejabat", "Drs. H. Raden Wiranata, M.Si."),
    ("kepala_bkd", "Dra. Sri Mulyaningsih, M.M."),
    ("pangkat_kepala_bkd", "Pembina Utama Muda (IV/c)"),
    ("nip_kepala_bkd", "196805121994032004"),  # fictional: born 12-05-1968, CPNS 03-1994, woman
    ("tempat", "Sukamaju"),
)


def render_settings(data: SampleData) -> str:
    """Return ``pengaturan.toml`` of the sample: the ``[surat]`` section filled for the fictional region."""
    year = str(data.catatan.get("per_tanggal", "2026-11-01"))[:4]
    values = [
        *SURAT_CONTOH,
        ("nomor_sk", f"800.1.3.3/412/BKPSDM/{year}"),
        ("nomor_surat", f"800.1.3.3/{{urut}}/BKPSDM/{year}"),
    ]
    lines = [
        f"# Pengaturan contoh {data.catatan['wilayah']} (fiktif), dibuat oleh `asn-mutasi sampel`.",
        "# Pakai dengan --pengaturan, misalnya: asn-mutasi surat ... --pengaturan pengaturan.toml",
        "# Nama, alamat dan nomor surat di bawah fiktif; bagian lain memakai nilai bawaan (docs/pengaturan.md).",
        "",
        "[surat]",
        *[f'{key} = "{value}"' for key, value in values],
        "nomor_surat_awal = 413",
    ]
    return "\n".join(lines) + "\n"


def render_readme(data: SampleData) -> str:
    """Return the README text: every file, the counts and the hand-picked cases."""
    c = data.catatan
    per = tanggal_indonesia(c["per_tanggal"])
    lines = [
        f"# Data contoh {c['wilayah']} (fiktif)",
        "",
        f"Seluruh data di folder ini **fiktif**, dibuat oleh `asn-mutasi sampel` (seed {c['seed']}, keadaan per {per}).",
        "Nama, NIP dan unit kerja tidak merujuk ke orang atau instansi nyata. Menjalankan ulang dengan seed yang sama",
        "menghasilkan berkas yang identik.",
        "",
        "## Berkas",
        "",
        "| berkas | isi |",
        "|---|---|",
        f'| `pegawai.xlsx` | Daftar nominatif gaya SIMPEG (lembar kerja "Daftar Nominatif"): judul, baris kosong, judul kolom, baris nomor kolom, lalu {c["jumlah_pegawai"]} pegawai. NIP disimpan sebagai teks, tanggal sebagai tanggal Excel. |',
        "| `pegawai.csv` | Data yang sama, dipisah `;`, UTF-8 dengan BOM, tanggal DD-MM-YYYY. |",
        f'| `peta_jabatan.xlsx` | Peta jabatan (lembar kerja "Peta Jabatan"): {c["jumlah_jabatan"]} jabatan di {c["jumlah_unit"]} unit kerja, kebutuhan total {c["jumlah_kebutuhan"]}, beban kerja (jam), syarat jabatan dan bezetting. |',
        '| `abk_tugas.xlsx` | Uraian tugas ABK per jabatan (lembar kerja "ABK"): Σ volume × norma waktu ÷ 75.000 menit ≈ kebutuhan jabatan. |',
        "| `riwayat_jabatan.csv` | Riwayat jabatan (dipisah koma): jabatan sebelumnya dan jabatan sekarang (TMT SELESAI kosong). |",
        "| `usulan_mutasi.csv` | Usulan mutasi untuk diperiksa, termasuk kasus pilihan di bawah. |",
        "| `pegawai_bermasalah.xlsx` | Baris dengan kesalahan data yang disengaja untuk mencoba validasi. |",
        "| `pengaturan.toml` | Pengaturan contoh (`--pengaturan`): bagian `[surat]` berisi kop, alamat, penandatangan dan nomor surat fiktif Kabupaten Sukamaju, sehingga `asn-mutasi surat` menghasilkan surat tanpa petunjuk `[...]`. |",
        "",
        "## Gambaran data",
        "",
        f"- Kursi kosong (kebutuhan − bezetting, dijumlah per jabatan; CPNS menempati kursi, seperti di `lowongan`): {c['jumlah_kursi_kosong']} dari {c['jumlah_kebutuhan']}.",
        f"- Jabatan dengan pegawai lebih dari kebutuhan: {len(c['jabatan_lebih'])}, di antaranya Pengadministrasi Perkantoran di Sekretariat Daerah ({', '.join(c['jabatan_lebih_setda'])}).",
        f"- Pegawai yang mencapai BUP (58/60/65 menurut jabatan) dalam 12 bulan: {c['mendekati_pensiun']['jumlah']}.",
        f"- Bezetting di peta jabatan berbeda dengan jumlah pemangku sebenarnya pada: {', '.join(c['bezetting_berbeda']) or '-'}.",
        "- Ejaan golongan dan pendidikan sengaja bervariasi (`III/a`, `IIIa`, `Penata Muda Tk. I (III/b)`; `S-1`, `S1`, `Strata 1`, `Diploma III/Sarjana Muda`, `SLTA`),",
        "  begitu pula jurusan (huruf besar, `S1` tanpa tanda hubung, salah ketik seperti `Manajamen`).",
        "",
        "### Jabatan ditulis singkat tanpa kode jabatan",
        "",
        "Baris berikut harus ditautkan ke peta jabatan melalui nama jabatan dan unit kerja:",
        "",
        "| NIP | jabatan tertulis | kode jabatan sebenarnya |",
        "|---|---|---|",
        *[f"| {r['nip']} | {r['jabatan']} | {r['kode_jabatan_sebenarnya']} |" for r in c["jabatan_tanpa_kode"]],
        "",
        "## Kasus pilihan di `usulan_mutasi.csv`",
        "",
        "| kasus | NIP | jabatan tujuan | keterangan | hasil yang diharapkan |",
        "|---|---|---|---|---|",
    ]
    usulan = data.usulan.set_index("nip")
    for case in c["usulan"]:
        target = usulan.loc[case["nip"]]
        lines.append(
            f"| {case['kasus']} | {case['nip']} | {target['kode_jabatan']} {target['nama_jabatan']} ({target['unit_kerja']}) "
            f"| {case['keterangan']} | {case['harapan']} |"
        )
    lines += [
        "",
        "## Baris bermasalah di `pegawai_bermasalah.xlsx`",
        "",
        "| baris Excel | masalah |",
        "|---|---|",
        *[f"| {r['baris']} | {r['masalah']} |" for r in c["pegawai_bermasalah"]],
        "",
    ]
    return "\n".join(lines)
