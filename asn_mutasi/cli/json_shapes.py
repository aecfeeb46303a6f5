"""The one JSON shape of every command's ``--format json`` output, for docs/cli.md ("Bentuk JSON").

One table, kept next to the commands: each entry says whether stdout is a list of rows or
one object, and names the keys, taking the field lists from the library's result types
(``MATCH_FIELDS``, ``POSITION_FIELDS``, ``FINDING_KEYS`` …) so the docs follow the code.
``scripts/gen_docs.py`` renders it; tests/test_docs.py checks every command has an entry and
tests/test_cli_wiring.py checks the documented top-level keys against real output.

Imported by the docs generator and tests only (it imports pandas through the library).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class JsonShape:
    """``bentuk``: "daftar" (a JSON list of rows), "objek" (one object) or "tidak ada" (no --format)."""

    bentuk: str
    keterangan: str
    #: (key or view, fields or description) — for "objek" the top-level keys in order
    kunci: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    #: keys of an "objek" present only with some option (named in their description)
    opsional: tuple[str, ...] = ()


def _fields(names: Iterable[str]) -> str:
    return ", ".join(f"`{n}`" for n in names)


def json_shapes() -> dict[str, JsonShape]:
    """Command name (the Indonesian name, as in ``asn-mutasi --bantuan``) → its JSON shape."""
    from asn_mutasi.findings import FINDING_KEYS

    findings = f"daftar temuan ({_fields(FINDING_KEYS)})"
    return {
        **_reading_shapes(findings),
        **_plan_shapes(findings),
        **_ledger_proposal_shapes(),
        **_document_shapes(findings),
    }


def _reading_shapes(findings: str) -> dict[str, JsonShape]:
    """check, match, assess, vacancies, workload: the commands that read and measure."""
    from asn_mutasi.api.match import ASSESS_FIELDS, MATCH_FIELDS, NIP_FIELDS
    from asn_mutasi.api.needs import POSITION_FIELDS, RETIREMENT_FIELDS, UNIT_FIELDS

    return {
        "periksa": JsonShape(
            "objek",
            "Hasil pemeriksaan seluruhnya.",
            (
                (
                    "ringkasan",
                    "jumlah temuan per tingkat (`temuan_galat`, `temuan_peringatan`, `temuan_info`) dan "
                    "`tabel`: per tabel `baris_data`, `valid`, `dikecualikan`",
                ),
                (
                    "pemetaan_kolom",
                    "daftar (`berkas`, `lembar_kerja`, `kolom_baku`, `kolom`, `judul_kolom`, `cara`, `alasan`)",
                ),
                ("baris_dikecualikan", "daftar (`berkas`, `lembar_kerja`, `baris`, `alasan`)"),
                (
                    "pegawai_tidak_tertaut",
                    "daftar baris pegawai valid yang tidak tertaut ke jabatan mana pun di peta jabatan (`berkas`, "
                    "`lembar_kerja`, `baris`, `nip`, `nama`, `jabatan`, `unit_kerja` seperti tertulis, "
                    "`jabatan_terdekat`: jabatan peta jabatan yang paling mirip)",
                ),
                ("temuan", findings),
            ),
        ),
        "cocokkan": JsonShape(
            "daftar",
            "Satu baris per calon per jabatan lowong (dengan `--nip`: satu baris per jabatan untuk pegawai itu).",
            (("tanpa --nip", _fields(MATCH_FIELDS)), ("--nip", _fields(NIP_FIELDS))),
        ),
        "nilai": JsonShape("daftar", "Satu baris per baris usulan.", (("baris", _fields(ASSESS_FIELDS)),)),
        "lowongan": JsonShape(
            "daftar",
            "Satu baris per jabatan, per unit kerja atau per pegawai yang pensiun, menurut `--per`.",
            (
                ("--per jabatan", _fields(POSITION_FIELDS)),
                ("--per unit", _fields(UNIT_FIELDS)),
                ("--per pensiun", _fields(RETIREMENT_FIELDS)),
            ),
        ),
        "beban-kerja": JsonShape(
            "daftar",
            "Satu baris per unit kerja atau per jabatan, menurut `--per` (kolom sama dengan `lowongan`).",
            (("--per unit", _fields(UNIT_FIELDS)), ("--per jabatan", _fields(POSITION_FIELDS))),
        ),
    }


#: every key of the plan's ``ringkasan`` (JSON and the Ringkasan sheet), each explained: the list ended in "…"
#: before `nilai_tujuan_sekunder` and 27 more keys (polish5, h36)
PLAN_SUMMARY_KEYS = (
    "angka rencana: `pindah`, `tetap`, `dikecualikan`, `lowongan_saat_ini`, "
    "`lowongan_awal`, `lowongan_terisi`, `batas_atas_pengisian`, `dasar_batas_atas` (hanya bila batas waktu "
    "tercapai sebelum pengisian maksimum terbukti), `batas_atas_tanpa_kunci` "
    "(hanya dengan `--kunci`), `batas_atas_tanpa_tetap` (hanya dengan NIP tetap), "
    "`rotasi_jatuh_tempo`, `rotasi_dipindah` dan `batas_atas_dengan_rotasi` (hanya dengan `--rotasi`: "
    "`batas_atas_pengisian` adalah maksimum tanpa wajib rotasi), `status_solver`, `celah_optimalitas` "
    "(pecahan, bukan persen: (`batas_atas_pengisian` − `lowongan_terisi`) / `batas_atas_pengisian`, "
    "dengan `--rotasi` terhadap `batas_atas_dengan_rotasi`, seberapa jauh pengisian rencana paling jauh "
    "dari yang terbaik; 0 bila pengisian terbukti maksimum; "
    "Ringkasan dan terminal menampilkannya sebagai persen), `celah_tujuan_solver` (hanya bila batas "
    "waktu tercapai: celah relatif solver pada fungsi tujuan internalnya, bukan ukuran pengisian; pecahan, "
    "Ringkasan menampilkannya sebagai persen), "
    "`indeks_ketimpangan_sebelum`, `indeks_ketimpangan_tanpa_rencana`, `indeks_ketimpangan_dengan_rencana`; "
    "rincian: `pegawai_input` (baris pegawai dibaca), `dikecualikan_tidak_valid`, "
    "`dikecualikan_instansi_lain`, `dikecualikan_nrp`, `dikecualikan_tidak_aktif`, "
    "`dikecualikan_tanpa_jabatan`, `dikecualikan_nip_ganda` (yang dikecualikan menurut sebabnya), "
    "`lowongan_tidak_terisi` (`lowongan_awal` − `lowongan_terisi`), `total_skor` dan `rata_rata_skor` "
    "(skor usulan mutasi), `sekunder_terbukti_optimal` (urutan kedua: skor, biaya pindah, preferensi "
    "terbukti optimal), `nilai_tujuan` (nilai fungsi tujuan solver: bobot × `nilai_tujuan_primer` + "
    "`nilai_tujuan_sekunder`), `nilai_tujuan_primer` (bagian pengisian lowongan), "
    "`nilai_tujuan_sekunder` (bagian urutan kedua: skor, biaya pindah, preferensi), "
    "`metode_penyelesaian` (solver yang dipakai), ukuran pencarian `putaran_penetapan_harga`, "
    "`busur_kelas`, `busur_langsung`, `busur_tahap2`, `pasangan_dinilai`; rencana pembanding serakah "
    "(tolok ukur, bukan usulan): `pembanding_pindah`, `pembanding_lowongan_terisi`, "
    "`pembanding_total_skor`, `pembanding_rata_rata_skor`, `pembanding_nilai_tujuan`; "
    "`kebutuhan_diklat` (jumlah kebutuhan diklat; rinciannya di kunci `kebutuhan_diklat` di bawah), "
    "`catatan_solver` dan `catatan_pengaturan` (hanya bila ada catatan)"
)


def _plan_shapes(findings: str) -> dict[str, JsonShape]:
    """plan, apply, compare: the round from plan to evaluation."""
    from asn_mutasi.api.apply import SK_FIELDS
    from asn_mutasi.ledger.report import ROUND_FIELDS
    from asn_mutasi.schema import PLAN_MOVE_COLUMNS

    return {
        "rencana": JsonShape(
            "objek",
            "Rencana seluruhnya (isi yang sama dengan buku kerja rencana).",
            (
                (
                    "ringkasan",
                    PLAN_SUMMARY_KEYS,
                ),
                ("mutasi", f"daftar usulan mutasi ({_fields(c for c, _ in PLAN_MOVE_COLUMNS)})"),
                (
                    "lowongan_tidak_terisi",
                    "daftar (`kode_jabatan`, `nama_jabatan`, `unit_kerja`, `lowongan`, `terisi`, "
                    "`lowongan_tidak_terisi`, `alasan`)",
                ),
                (
                    "pegawai",
                    "satu baris per pegawai masukan (`nip`, `nama`, `status`: pindah/tetap/dikecualikan, `alasan`)",
                ),
                (
                    "unit_sebelum",
                    "per unit kerja sebelum rencana (`unit_kerja`, `kebutuhan`, `bezetting`, `selisih`, `ej`)",
                ),
                (
                    "unit_tanpa_rencana",
                    "per unit kerja di akhir horizon tanpa rencana (pegawai yang pensiun dalam horizon sudah keluar, "
                    "tidak ada yang dipindah; kolom sama): pembanding yang setara untuk `unit_sesudah`",
                ),
                ("unit_sesudah", "per unit kerja sesudah rencana (kolom sama)"),
                (
                    "kebutuhan_diklat",
                    "kebutuhan diklat pegawai yang dipindah: `rincian` (per pegawai dan diklat), `per_opd`, `per_diklat`",
                ),
                ("temuan", findings),
            ),
        ),
        "terapkan": JsonShape(
            "daftar",
            "Daftar SK mutasi; bila rencana ditolak (kode keluar 1) daftar masalahnya.",
            (("diterapkan", _fields(SK_FIELDS)), ("ditolak", findings)),
        ),
        "bandingkan": JsonShape(
            "objek",
            "Perbandingan sebelum → sesudah.",
            (
                (
                    "ringkasan",
                    "angka sebelum/sesudah: `lowongan_sebelum`, `lowongan_sesudah`, "
                    "`indeks_ketimpangan_sebelum`, `indeks_ketimpangan_sesudah`, `pindah`, `masuk`, `keluar`, …",
                ),
                ("pindah", "daftar pegawai yang pindah jabatan/unit"),
                ("masuk", "daftar pegawai yang hanya ada di SESUDAH"),
                ("keluar", "daftar pegawai yang hanya ada di SEBELUM"),
                ("per_unit", "daftar per unit kerja: bezetting, lowongan dan EJ sebelum dan sesudah"),
                ("realisasi_rencana", "dengan `--rencana`: mutasi disetujui dan apakah terlaksana (selain itu kosong)"),
                ("indikator", "hanya dengan `--indikator`: per unit dan indikator, nilai sebelum/sesudah"),
                ("temuan", f"semua temuan (stderr menampilkan sepuluh): {findings}"),
                ("putaran", f"hanya dengan `--buku-besar`: tren antarputaran ({_fields(ROUND_FIELDS)})"),
            ),
            opsional=("indikator", "putaran"),
        ),
    }


def _ledger_proposal_shapes() -> dict[str, JsonShape]:
    """The buku-besar, usulan and indikator sub-commands."""
    from asn_mutasi.api.proposals import MERGED_FIELDS
    from asn_mutasi.ledger.report import HISTORY_FIELDS, ROUND_FIELDS

    return {
        "buku-besar putaran": JsonShape(
            "daftar", "Satu baris per putaran rencana di buku besar.", (("baris", _fields(ROUND_FIELDS)),)
        ),
        "buku-besar riwayat": JsonShape(
            "daftar", "Satu baris per catatan buku besar tentang NIP itu.", (("baris", _fields(HISTORY_FIELDS)),)
        ),
        "buku-besar verifikasi": JsonShape(
            "objek",
            "Hasil pemeriksaan rantai hash.",
            tuple(
                (k, "")
                for k in (
                    "buku_besar",
                    "utuh",
                    "jumlah_catatan",
                    "nomor_rusak",
                    "alasan",
                    "hash_terakhir",
                    "hash_sebelumnya_diperiksa",
                    "hash_sebelumnya_hilang",
                )
            ),
        ),
        "buku-besar ekspor": JsonShape("tidak ada", "Tanpa `--format`: menulis buku kerja audit `-o`."),
        "usulan templat": JsonShape("tidak ada", "Tanpa `--format`: menulis buku kerja templat usulan `-o`."),
        "usulan gabung": JsonShape(
            "daftar", "Satu baris per baris usulan OPD yang digabung.", (("baris", _fields(MERGED_FIELDS)),)
        ),
        "indikator templat": JsonShape("tidak ada", "Tanpa `--format`: menulis buku kerja templat indikator `-o`."),
        "indikator ikm": JsonShape(
            "objek",
            "Indeks Kepuasan Masyarakat (PermenPANRB 14/2017).",
            tuple(
                (k, "") for k in ("jumlah_unsur", "nilai_interval", "nilai_konversi", "mutu_pelayanan", "kinerja_unit")
            ),
        ),
    }


def _document_shapes(findings: str) -> dict[str, JsonShape]:
    """aspirasi, diklat, surat and sample: the commands that write forms and documents."""
    return {
        "aspirasi-formulir": JsonShape(
            "objek",
            "Formulir aspirasi yang ditulis.",
            (("formulir", "daftar berkas formulir yang ditulis"), ("temuan", findings)),
        ),
        "aspirasi-baca": JsonShape(
            "objek",
            "Tabel aspirasi (satu baris per NIP) dari formulir terisi.",
            (
                ("ringkasan", "jumlah berkas, baris dibaca dan baris aspirasi"),
                (
                    "aspirasi",
                    "daftar (`nip`, pilihan 1–3 unit/jabatan, `kesediaan`, `alasan`, `catatan`, `waktu_isi`, lalu asal baris: `berkas`, `lembar_kerja`, `baris`)",
                ),
                ("temuan", findings),
            ),
        ),
        "diklat": JsonShape(
            "objek",
            "Kebutuhan diklat pegawai yang dipindah dalam rencana yang disetujui.",
            (
                ("rincian", "satu baris per pegawai dan kebutuhan diklat (atau 'tidak ada kebutuhan diklat')"),
                ("per_opd", "jumlah kebutuhan per OPD"),
                ("per_diklat", "jumlah pegawai per diklat"),
                ("temuan", findings),
            ),
        ),
        "surat": JsonShape(
            "objek",
            "Dokumen yang ditulis (lampiran SK, petikan, pemberitahuan).",
            (
                ("dokumen", "daftar berkas .docx/.pdf yang ditulis"),
                ("catatan", "catatan pengisian"),
                ("temuan", findings),
            ),
        ),
        "sampel": JsonShape(
            "tidak ada",
            "Tanpa `--format`: stdout berisi satu path berkas yang ditulis per baris.",
        ),
    }


def shape_markdown(shape: JsonShape) -> str:
    """The "Bentuk JSON" section of one command, as Markdown."""
    head = {"daftar": "daftar (JSON array) baris", "objek": "satu objek JSON", "tidak ada": "tidak ada keluaran JSON"}
    lines = [f"**Bentuk JSON** (`--format json`): {head[shape.bentuk]}. {shape.keterangan}"]
    if shape.kunci:
        lines.append("")
        lines += [f"- `{key}`: {text}" if text else f"- `{key}`" for key, text in shape.kunci]
    return "\n".join(lines)
