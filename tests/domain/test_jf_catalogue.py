"""The JF table (data/jabatan_fungsional.csv): one row per official JF, and the SSCASN 2024 JFs it was missing
(groups2, h27)."""

from __future__ import annotations

import collections

import pytest

from asn_mutasi.data import data_csv
from asn_mutasi.domain.jabatan import (
    classify_jenis_jabatan,
    jf_kategori,
    least_requirement,
    normalize_position_name,
    post_jenjang,
)
from asn_mutasi.domain.rumpun import (
    JABATAN_SAMA,
    SERUMPUN,
    classify_position,
    field_ids,
    find_jf,
    relatedness_level,
)


def _jf(name: str) -> str | None:
    return find_jf(normalize_position_name(name))


def _level(a: str, b: str) -> int:
    return relatedness_level(classify_position(a), classify_position(b))


def test_pemadam_kebakaran_is_its_own_keterampilan_jf() -> None:
    """Pemadam Kebakaran (keterampilan, PermenPANRB 16/2019) was an alias of Analis Kebakaran (keahlian): a Pemadam
    Terampil got the full "jabatan sama" experience for an Analis Kebakaran post (groups2, h27)."""
    assert _jf("PEMADAM KEBAKARAN PEMULA") == "pemadam kebakaran"
    assert _jf("Damkar Terampil") == "pemadam kebakaran"
    assert _jf("Analis Kebakaran Ahli Pertama") == "analis kebakaran"
    assert _level("Pemadam Kebakaran Terampil", "Analis Kebakaran Ahli Pertama") == SERUMPUN


def test_analis_bencana_is_analis_kebencanaan_and_dpk_is_not_dokter() -> None:
    """One JF Analis Kebencanaan (BNPB), as SSCASN writes it; Dokter Pendidik Klinis is a JF of its own (groups2,
    h27)."""
    assert _jf("Analis Bencana Ahli Pertama") == "analis kebencanaan"
    assert _level("Analis Bencana Ahli Pertama", "Analis Kebencanaan Ahli Muda") == JABATAN_SAMA
    assert _jf("Dokter Pendidik Klinis Ahli Muda") == "dokter pendidik klinis"
    assert _jf("Dokter Ahli Pertama") == "dokter"
    assert _level("Dokter Pendidik Klinis Ahli Pertama", "Dokter Ahli Pertama") == SERUMPUN


def test_penata_penanggulangan_bencana_is_analis_kebencanaan_and_pranata_kebencanaan_its_own() -> None:
    """JF Penata Penanggulangan Bencana (PermenPANRB 88/2020, keahlian; BKPSDMD Merangin lists its holders) was
    consolidated into Analis Kebencanaan, beside the keterampilan JF Pranata Kebencanaan (Peraturan BNPB 4/2025):
    both read jf=None, and a PPB Ahli Muda proposed to Analis Kebencanaan Ahli Muda got "bidang sama" experience,
    not "jabatan sama" (groups3 #3, h28)."""
    assert _jf("Penata Penanggulangan Bencana Ahli Muda") == "analis kebencanaan"
    assert _level("Penata Penanggulangan Bencana Ahli Muda", "Analis Kebencanaan Ahli Muda") == JABATAN_SAMA
    assert classify_jenis_jabatan("Penata Penanggulangan Bencana Ahli Pertama") == "Fungsional"
    assert _jf("Pranata Kebencanaan Terampil") == "pranata kebencanaan"
    assert classify_jenis_jabatan("Pranata Kebencanaan Mahir") == "Fungsional"
    assert _level("Pranata Kebencanaan Terampil", "Analis Kebencanaan Ahli Pertama") == SERUMPUN
    # neighbours stay apart: Analis Kebakaran and Polisi Pamong Praja are other JFs
    assert _level("Analis Kebencanaan Ahli Muda", "Analis Kebakaran Ahli Muda") == SERUMPUN
    assert _jf("Polisi Pamong Praja Ahli Muda") == "polisi pamong praja"


@pytest.mark.parametrize(
    ("name", "jf"),
    [
        ("PENYELIDIK BUMI AHLI PERTAMA", "penyelidik bumi"),
        ("PENATA PERTANAHAN AHLI PERTAMA", "penata pertanahan"),
        ("INSPEKTUR KETENAGALISTRIKAN AHLI PERTAMA", "inspektur ketenagalistrikan"),
        ("PERISALAH LEGISLATIF AHLI PERTAMA", "perisalah legislatif"),
        ("ASISTEN PERISALAH LEGISLATIF TERAMPIL", "asisten perisalah legislatif"),
        ("ANALIS KERJA SAMA AHLI PERTAMA", "analis kerja sama"),
        ("ANALIS PEMANFAATAN ILMU PENGETAHUAN DAN TEKNOLOGI AHLI PERTAMA",
         "analis pemanfaatan ilmu pengetahuan dan teknologi"),
        ("PENGAMAT METEOROLOGI DAN GEOFISIKA AHLI PERTAMA", "pengamat meteorologi dan geofisika"),
        ("PENGENDALI FREKUENSI RADIO TERAMPIL", "pengendali frekuensi radio"),
        ("PRANATA SIARAN AHLI PERTAMA", "pranata siaran"),
        ("ASISTEN PRANATA SIARAN TERAMPIL", "asisten pranata siaran"),
        ("TEKNISI SIARAN AHLI PERTAMA", "teknisi siaran"),
        ("ASISTEN TEKNISI SIARAN PEMULA", "asisten teknisi siaran"),
        # names that share words with the new ones stay what they were
        ("Pengamat Tera Terampil", "pengamat tera"),
        ("Penata Perizinan Ahli Muda", "penata perizinan"),
        ("Inspektur Tambang Ahli Muda", "inspektur tambang"),
        ("Penyelidik Tindak Pidana Korupsi Ahli Pertama", None),
        ("Manggala Informatika Ahli Pertama", "manggala informatika"),
        ("Inspektur Pembantu Wilayah I", None),
    ],
)  # fmt: skip
def test_the_jfs_sscasn_2024_formations_name_are_known(name: str, jf: str | None) -> None:
    """58 JF names of the SSCASN 2024 formations were not recognised (694 formations, 45 in regional governments);
    the listed ones are in the table now, with their kategori, rumpun and pembina cited (groups2, h27)."""
    assert _jf(name) == jf


def test_asisten_perisalah_and_perisalah_are_serumpun() -> None:
    """The keterampilan counterpart read "tidak terkait" to its keahlian JF (groups2, h27)."""
    assert _level("Asisten Perisalah Legislatif Terampil", "Perisalah Legislatif Ahli Pertama") == SERUMPUN


def test_every_row_is_one_jf_with_a_known_field() -> None:
    rows = data_csv("jabatan_fungsional.csv", delimiter=";")
    rows_of: dict[str, set[str]] = collections.defaultdict(set)
    for r in rows:
        for name in [r["nama"], *[a for a in r["nama_lain"].split("|") if a]]:
            rows_of[normalize_position_name(name)].add(r["nama"])
    # a name names one JF, or one JF split by kategori: the keahlian and the keterampilan successor (PUPR 2021), or a
    # keahlian JF's name on its keterampilan counterpart (Medik Veteriner, Paramedik Veteriner; groups12, h33), the
    # kategori as the code reads it from the row's dasar ("keahlian (Ahli Pertama-Ahli Utama)" is keahlian)
    kategori = {r["nama"]: jf_kategori(r["nama"]) for r in rows}
    shared = {n: jfs for n, jfs in rows_of.items() if len(jfs) > 1}
    assert {
        n: jfs for n, jfs in shared.items() if sorted(kategori[j] for j in jfs) != ["keahlian", "keterampilan"]
    } == {}
    assert {r["bidang"] for r in rows} <= set(field_ids())
    assert all(r["rumpun"] and r["instansi_pembina"] and r["dasar"] for r in rows)


@pytest.mark.parametrize(
    ("old", "new", "jf"),
    [
        ("Teknik Jalan dan Jembatan Ahli Muda", "Penata Kelola Jalan dan Jembatan Ahli Muda", "penata kelola jalan dan jembatan"),
        ("Teknik Jalan dan Jembatan Terampil", "Penata Laksana Jalan dan Jembatan Terampil", "penata laksana jalan dan jembatan"),
        ("Teknik Jalan dan Jembatan Pelaksana Lanjutan", "Penata Laksana Jalan dan Jembatan Mahir", "penata laksana jalan dan jembatan"),
        ("Teknik Pengairan Ahli Pertama", "Pengelola Sumber Daya Air Ahli Pertama", "pengelola sumber daya air"),
        ("Teknik Pengairan Penyelia", "Penata Laksana Sumber Daya Air Penyelia", "penata laksana sumber daya air"),
        ("Teknik Tata Bangunan dan Perumahan Ahli Madya", "Penata Kelola Bangunan Gedung dan Kawasan Permukiman Ahli Madya",
         "penata kelola bangunan gedung dan kawasan permukiman"),
        ("Teknik Tata Bangunan dan Perumahan Mahir", "Penata Laksana Bangunan Gedung dan Kawasan Permukiman Mahir",
         "penata laksana bangunan gedung dan kawasan permukiman"),
    ],
)  # fmt: skip
def test_pupr_jfs_renamed_in_2021_are_their_successors_by_kategori(old: str, new: str, jf: str) -> None:
    """The PUPR JFs renamed in 2021 stood as separate JFs, so a holder moved to the same JF under its new name left
    "his profession" (groups4, h29): Teknik Pengairan became Pengelola SDA (keahlian) and Penata Laksana SDA
    (keterampilan), Ditjen SDA PUPR 04-06-2021; "JF Penata Kelola Jalan dan Jembatan (JF Teknik Jalan dan
    Jembatan)", Bina Teknik Jalan dan Jembatan 2022; PermenPANRB 81-84/2021."""
    assert _jf(old) == jf
    assert _level(old, new) == JABATAN_SAMA


def test_a_split_old_name_keeps_other_jfs_apart() -> None:
    """The kategori split reads the jenjang; without one the old name is the keahlian JF; neighbours stay apart
    (groups4, h29)."""
    assert _jf("Teknik Jalan dan Jembatan") == "penata kelola jalan dan jembatan"
    assert _level("Teknik Jalan dan Jembatan Terampil", "Penata Kelola Jalan dan Jembatan Ahli Pertama") == SERUMPUN
    assert _jf("Penata Kelola Penyehatan Lingkungan Ahli Pertama") == "penata kelola penyehatan lingkungan"
    assert _jf("Penata Laksana Jalan dan Jembatan Terampil") == "penata laksana jalan dan jembatan"
    assert _jf("Penata Kelola Perumahan Ahli Pertama") == "penata kelola perumahan"  # not BGKP


@pytest.mark.parametrize(
    "name",
    [
        "Analis Kebijakan",  # PermenPANRB 45/2013: Ahli Pertama-Ahli Utama
        "Perencana",  # PermenPANRB 4/2020: "kategori keahlian"
        "Analis SDM Aparatur",  # PermenPANRB 37/2020 (the catalogue cited 52/2020)
        "Penata Ruang",
        "Analis Anggaran",
        "Perancang Peraturan Perundang-undangan",
        "Asesor SDM Aparatur",
        "Analis Pengelolaan Keuangan APBN",
        "Widyaiswara",
        "Analis Hukum",  # PermenPANRB 51/2020: first appointment S-1 hukum, III/a
        "PPUPD",  # PermenPAN 15/2009: first appointment S-1/D-IV, III/a
        "Administrator Kesehatan",
    ],
)
def test_a_bare_post_of_a_keahlian_only_jf_asks_ahli_pertama(name: str) -> None:
    """Keahlian-only JFs whose catalogue row named no kategori were read at the Terampil default: a bare "Analis
    Kebijakan" or "Perencana" post asked D-III, II/b and took a II/b pelaksana. Sources: the JF regulations cited in
    the catalogue and the ATR/BPN letter OT.03/4140-100.2/V/2022, which lists each JF's kelas per jenjang, keahlian and
    keterampilan apart (id.scribd.com/document/580630374; groups, h30)."""
    assert least_requirement("Fungsional", name) == ("S-1", "III/a")
    assert post_jenjang(None, name) == "ahli pertama"


@pytest.mark.parametrize(
    "name", ["Auditor", "Arsiparis", "Pranata Komputer", "Pranata SDM Aparatur", "Pranata Keuangan APBN"]
)
def test_a_bare_post_of_a_jf_with_keterampilan_jenjang_keeps_terampil(name: str) -> None:
    """Negatives: the same letter lists Terampil-Penyelia for these (Auditor, Arsiparis and Pranata Komputer both
    kategori; Pranata SDM Aparatur, PermenPANRB 38/2020, and Pranata Keuangan APBN keterampilan only)."""
    assert least_requirement("Fungsional", name) == ("D-III", "II/b")


def test_a_bare_pengawas_sekolah_post_asks_ahli_muda() -> None:
    """PermenPANRB 21/2010 opens the Pengawas Sekolah ladder at Pengawas Sekolah Muda (Penata, III/c), appointed from
    guru of S-1/D-IV; the catalogue could name no ladder above Ahli Pertama, and a bare "Pengawas Sekolah" post asked
    the Terampil default (D-III, II/b) (groups2, h30). A ladder opening at Ahli Pertama keeps it."""
    assert least_requirement("Fungsional", "Pengawas Sekolah") == ("S-1", "III/c")
    assert post_jenjang(None, "Pengawas Sekolah") == "ahli muda"
    assert post_jenjang(None, "Pengawas Sekolah Madya") == "ahli madya"  # a jenjang written is read as before
    assert post_jenjang(None, "Pengelola Pengadaan Barang/Jasa") == "ahli pertama"  # "keahlian (Ahli Pertama-…)"


@pytest.mark.parametrize(
    "name",
    [
        "Penata Anestesi",  # PermenPANRB 11/2017: Ahli Pertama-Ahli Madya
        "Peneliti",  # PermenPANRB 34/2018, Peraturan BKN 9/2019 Pasal 4: "kategori keahlian"
        "Perekayasa",  # PermenPANRB 14/2021: first appointment S-1/D-IV
        "Mediator Hubungan Industrial",  # PermenPANRB 83/2020: Ahli Pertama-Ahli Utama
        "Penata Kependudukan dan Keluarga Berencana",  # PermenPANRB 81/2020
        "Analis Keuangan Pusat dan Daerah",  # PermenPANRB 42/2014: S-1/D-IV, III/a
        "Penyuluh Hukum",  # PermenPANRB 3/2014: "kategori keahlian"
        "Penerjemah",  # PermenPANRB 49/2014: Ahli Pertama-Ahli Utama
        "Pelatih Olahraga",  # PermenPANRB 40/2014; Asisten Pelatih Olahraga 41/2014
        "Pengelola Produksi Perikanan Tangkap",  # PermenPANRB 6/2017; its Asisten 8/2017
        "Pembina Mutu Hasil Kelautan dan Perikanan",  # PermenPANRB 7/2018; its Asisten 8/2018
        "Analis Akuakultur",  # PermenPANRB 31/2019 Pasal 5: "kategori keahlian"
        "Medik Veteriner",  # PermenPANRB 52/2012; Paramedik Veteriner 53/2012
    ],
)
def test_a_bare_post_of_a_keahlian_jf_of_its_own_regulation_asks_ahli_pertama(name: str) -> None:
    """These JFs' regulations open their ladder at Ahli Pertama (keterampilan work is a JF of its own: Asisten
    Penata Anestesi, Paramedik Veteriner …), but their catalogue rows named no kategori and a bare post asked the
    Terampil default (D-III, II/b). Found by their SSCASN 2024 formations, all at Ahli jenjang (groups2, h30)."""
    assert least_requirement("Fungsional", name) == ("S-1", "III/a")
    assert post_jenjang(None, name) == "ahli pertama"


@pytest.mark.parametrize(
    "name",
    [
        "Paramedik Veteriner",
        "Asisten Penata Anestesi",
        "Asisten Pengelola Produksi Perikanan Tangkap",
        "Asisten Pembina Mutu Hasil Kelautan dan Perikanan",
    ],
)
def test_the_keterampilan_counterparts_keep_terampil(name: str) -> None:
    """Negatives: the keterampilan JFs beside them are read at Terampil as before."""
    assert least_requirement("Fungsional", name) == ("D-III", "II/b")


def test_manggala_informatika_is_bssns() -> None:
    """PermenPANRB 6/2020 makes BSSN the pembina of Manggala Informatika (BSSN Surat Edaran 22/2021); the row named
    the communications ministry (groups2, h30)."""
    from asn_mutasi.domain.rumpun import jf_table

    assert jf_table()["manggala informatika"].instansi_pembina == "Badan Siber dan Sandi Negara"


@pytest.mark.parametrize(
    ("name", "jf"),
    [
        ("ASISTEN PELATIH OLAHRAGA PEMULA", "asisten pelatih olahraga"),  # Kab. Banggai Kepulauan
        ("PENGUJI KESELAMATAN DAN KESEHATAN KERJA AHLI PERTAMA", "penguji keselamatan dan kesehatan kerja"),
        ("Penguji K3 Ahli Muda", "penguji keselamatan dan kesehatan kerja"),
        ("ANALIS PENGUSAHAAN JASA KELAUTAN AHLI PERTAMA", "analis pengusahaan jasa kelautan"),  # Prov. Lampung
        ("Pelatih Olahraga Ahli Pertama", "pelatih olahraga"),  # neighbours stay what they were
        ("Analis Pasar Hasil Perikanan Ahli Muda", "analis pasar hasil perikanan"),
    ],
)
def test_regional_jfs_of_sscasn_2024_the_table_lacked_are_known(name: str, jf: str) -> None:
    """SSCASN 2024 formations of regional governments named JFs the table lacked (Asisten Pelatih Olahraga,
    PermenPANRB 41/2014; Analis Pengusahaan Jasa Kelautan, 26/2021; Penguji K3, held in provinces by PermenPANRB
    21/2025): they read jf=None, so a holder moved within his JF left "his profession" (groups2, h30)."""
    assert _jf(name) == jf


def test_asisten_pelatih_olahraga_is_serumpun_with_pelatih_and_asks_pemula() -> None:
    assert _level("Asisten Pelatih Olahraga Pemula", "Pelatih Olahraga Ahli Pertama") == SERUMPUN
    assert least_requirement("Fungsional", "Asisten Pelatih Olahraga") == ("SMA", "II/a")


@pytest.mark.parametrize(
    ("name", "golongan"),
    [
        ("Pengantar Kerja", "III/a"),  # "merupakan Jabatan Fungsional kategori keahlian", Ahli Pertama-Ahli Utama
        # its keterampilan counterpart Paramedik Karantina Hewan; its Ahli Pertama starts at III/b (PermenPANRB 17/2018,
        # Permentan 26/2021; groups29, h38)
        ("Dokter Hewan Karantina", "III/b"),
        ("Pengendali Hama dan Penyakit Ikan", "III/a"),  # its keterampilan counterpart Teknisi PHPI
    ],
)
def test_a_bare_post_of_a_keahlian_jf_of_round_three_asks_ahli_pertama(name: str, golongan: str) -> None:
    """SSCASN 2024 formations name these JFs at Ahli Pertama only, and their sources open the ladder there (a
    Balai Karantina's staff list holds them at Ahli jenjang beside a keterampilan JF of their own); their rows named
    no kategori, so a bare post asked the Terampil default, D-III and II/b (groups3, h30)."""
    assert least_requirement("Fungsional", name) == ("S-1", golongan)
    assert post_jenjang(None, name) == "ahli pertama"


@pytest.mark.parametrize(
    "jf",
    ["instruktur", "statistisi", "perawat", "bidan", "pengawas farmasi dan makanan", "pekerja sosial"],
)
def test_a_jf_checked_to_have_both_kategori_says_so_and_keeps_terampil(jf: str) -> None:
    """SSCASN 2024 shows these JFs at Ahli Pertama only, yet each has keterampilan jenjang too (Instruktur: PermenPANRB
    82/2020; Perawat: 35/2019; Bidan: 36/2019; held Terampil-Penyelia elsewhere). Their rows named no kategori, so a
    checked JF of both kategori could not be told from an unchecked one; a bare post keeps Terampil (groups3, h30)."""
    assert jf_kategori(jf) == "keahlian dan keterampilan"
    assert post_jenjang(None, jf.title()) == "terampil"


def test_jf_kategori_reads_the_opening_of_dasar_and_none_when_unchecked() -> None:
    assert jf_kategori("pengantar kerja") == "keahlian"
    assert jf_kategori("pranata sumber daya manusia aparatur") == "keterampilan"
    assert jf_kategori("polisi pamong praja") == "keahlian dan keterampilan"  # "keterampilan (Pemula-…) and keahlian"
    assert jf_kategori("pengawas perdagangan") is None  # "PermenPANRB 1/2023 (periksa)": unchecked
    assert jf_kategori(None) is None


@pytest.mark.parametrize(
    ("name", "jf"),
    [
        ("TEKNISI PENGENDALI HAMA DAN PENYAKIT IKAN TERAMPIL", "teknisi pengendali hama dan penyakit ikan"),
        ("Teknisi Pengendali Hama dan Penyakit Ikan Penyelia", "teknisi pengendali hama dan penyakit ikan"),
        ("Analis Ketenagakerjaan Ahli Pertama", "analis ketenagakerjaan"),
        # neighbours stay what they were
        ("Pengendali Hama dan Penyakit Ikan Ahli Muda", "pengendali hama dan penyakit ikan"),
        ("Pengawas Ketenagakerjaan Ahli Pertama", "pengawas ketenagakerjaan"),
    ],
)
def test_teknisi_phpi_and_analis_ketenagakerjaan_are_known(name: str, jf: str) -> None:
    """Teknisi Pengendali Hama dan Penyakit Ikan (keterampilan; Permen KP 30/2023 on its needs; 20 SSCASN 2024
    formations, all Terampil) and Analis Ketenagakerjaan (PermenPANRB 21/2025 Pasal 1 angka 6) read jf=None, so a
    holder moved within his JF left "his profession" (groups4, h31)."""
    assert _jf(name) == jf


def test_teknisi_phpi_is_keterampilan_and_serumpun_with_phpi() -> None:
    assert jf_kategori("teknisi pengendali hama dan penyakit ikan") == "keterampilan"
    assert least_requirement("Fungsional", "Teknisi Pengendali Hama dan Penyakit Ikan") == ("D-III", "II/b")
    assert (
        _level("Teknisi Pengendali Hama dan Penyakit Ikan Mahir", "Pengendali Hama dan Penyakit Ikan Ahli Pertama")
        == SERUMPUN
    )


@pytest.mark.parametrize(
    "name",
    [
        "Fisikawan Medis",  # PER/12/M.PAN/5/2008; held Ahli Pertama-Ahli Madya only
        "Pengembang Teknologi Pembelajaran",  # PermenPANRB 28/2017: Ahli Pertama-Ahli Utama
        "Manggala Informatika",  # PermenPANRB 6/2020: first appointment S-1/D-IV
    ],
)
def test_a_bare_post_of_a_keahlian_jf_of_round_four_asks_ahli_pertama(name: str) -> None:
    """These rows had their regulation but no ladder, so a bare post asked the Terampil default (D-III, II/b) of a
    JF whose ladder opens at Ahli Pertama (groups4, h31)."""
    assert least_requirement("Fungsional", name) == ("S-1", "III/a")
    assert post_jenjang(None, name) == "ahli pertama"


def test_surveyor_pemetaan_has_both_kategori_and_keeps_terampil() -> None:
    """The ATR/BPN letter lists Surveyor Pemetaan Terampil to Ahli Utama; SSCASN 2024 recruits it at Terampil (D-III)
    and Ahli Pertama: a bare post keeps the Terampil default, and the row now says it was checked (groups4, h31)."""
    assert jf_kategori("surveyor pemetaan") == "keahlian dan keterampilan"
    assert least_requirement("Fungsional", "Surveyor Pemetaan") == ("D-III", "II/b")


@pytest.mark.parametrize(
    ("name", "jf"),
    [
        ("ASISTEN STATISTISI TERAMPIL", "asisten statistisi"),  # 10 SSCASN 2024 formations
        ("Asisten Statistisik Mahir", "asisten statistisi"),  # as a BPS staff list types it
        ("MANGGALA AGNI TERAMPIL", "manggala agni"),  # 20 SSCASN 2024 formations
        ("Manggala Agni Pemula", "manggala agni"),
        ("Statistisi Terampil", "statistisi"),  # the neighbour stays what it was
    ],
)
def test_asisten_statistisi_and_manggala_agni_are_known(name: str, jf: str) -> None:
    """Both keterampilan JFs read jf=None (held in BPS and forestry staff lists on GitHub; groups4, h31)."""
    assert _jf(name) == jf


def test_asisten_statistisi_is_serumpun_with_statistisi_and_manggala_agni_opens_at_pemula() -> None:
    assert _level("Asisten Statistisi Terampil", "Statistisi Ahli Pertama") == SERUMPUN
    assert least_requirement("Fungsional", "Asisten Statistisi") == ("D-III", "II/b")
    assert least_requirement("Fungsional", "Manggala Agni") == ("SMA", "II/a")


def test_meteorologi_radiasi_and_gunung_api_are_serumpun_in_fisika_kimia() -> None:
    """Pengamat Meteorologi dan Geofisika, Pengawas Radiasi and Pengamat Gunung Api are the JFs of Rumpun Fisika,
    Kimia dan yang Berkaitan (Keppres 87/1999 jo. Perpres 97/2012; rumpun list "Rumpun Jabatan Fungsional PNS 2020",
    id.scribd.com/document/474977165): they were read as rumpun teknik (with Penata Ruang) and pengawas kualitas
    (with Penera), so a Penata Ruang counted as serumpun for an Pengamat Gunung Api post (groups5, h31)."""
    assert _level("Pengamat Gunung Api Terampil", "Pengamat Meteorologi dan Geofisika Ahli Pertama") == SERUMPUN
    assert _level("Pengawas Radiasi Ahli Pertama", "Pengamat Gunung Api Mahir") == SERUMPUN
    assert _level("Penata Ruang Ahli Pertama", "Pengamat Gunung Api Terampil") < SERUMPUN
    assert _level("Penera Terampil", "Pengawas Radiasi Ahli Pertama") < SERUMPUN


def test_plkb_is_its_own_keterampilan_jf_beside_the_keahlian_penyuluh_kb() -> None:
    """PermenPANRB 52/2022 (now 18/2025: "kategori keahlian", Ahli Pertama to Ahli Utama) left the Penyuluh KB's
    keterampilan work to the JF Petugas Lapangan Keluarga Berencana (PermenPANRB 53/2022: keterampilan, PLKB Pemula
    to Penyelia). PLKB was an alias of Penyuluh KB, whose row named no kategori: a bare "PLKB" post asked the Terampil
    default and a bare "Penyuluh KB" post D-III (groups7, h32)."""
    assert (
        _jf("PLKB Terampil")
        == _jf("Petugas Lapangan Keluarga Berencana Mahir")
        == "petugas lapangan keluarga berencana"
    )
    assert _jf("Penyuluh KB Ahli Muda") == "penyuluh keluarga berencana"
    assert jf_kategori("petugas lapangan keluarga berencana") == "keterampilan"
    assert jf_kategori("penyuluh keluarga berencana") == "keahlian"
    assert least_requirement("Fungsional", "PLKB") == ("SMA", "II/a")
    assert least_requirement("Fungsional", "Penyuluh KB") == ("S-1", "III/a")
    assert _level("PLKB Penyelia", "Penyuluh KB Ahli Pertama") == SERUMPUN


@pytest.mark.parametrize(
    ("jf", "lowest"),
    [
        ("nutrisionis", "terampil"),  # PermenPANRB 26/2013; SSCASN 2024: Terampil 1, Ahli Pertama 20
        ("perekam medis", "terampil"),
        ("arsiparis", "terampil"),
        ("pranata komputer", "terampil"),
        ("pamong budaya", "terampil"),
        ("pengendali ekosistem hutan", "pemula"),  # SSCASN 2024: Pemula 22, Terampil 36, Ahli Pertama 47
        ("pengendali organisme pengganggu tumbuhan", "pemula"),
        ("pengawas mutu pakan", "pemula"),
    ],
)
def test_jfs_recruited_at_both_kategori_say_so(jf: str, lowest: str) -> None:
    """SSCASN 2024 recruited these JFs both at a keterampilan jenjang (Terampil, some Pemula) and at Ahli Pertama,
    so each has both kategori; their rows named none, unchecked to the reader. A bare post of one recruited at Pemula
    asks Pemula's SLTA and II/a, not the Terampil default (groups7, h32)."""
    assert jf_kategori(jf) == "keahlian dan keterampilan"
    assert post_jenjang(None, jf.title()) == lowest


def test_pengawas_ketenagakerjaan_cites_permenpanrb_21_2025() -> None:
    """PermenPANRB 21/2025 Pasal 4 ayat 5 holds the Pengawas Ketenagakerjaan in instansi pusat and the provinces
    only; its row cited PermenPANRB 1/2023 alone (groups7, h32)."""
    dasar = next(
        r["dasar"] for r in data_csv("jabatan_fungsional.csv", delimiter=";") if r["nama"] == "pengawas ketenagakerjaan"
    )
    assert "21/2025" in dasar and "Pasal 4 ayat 5" in dasar


def test_fewer_rows_leave_their_kategori_unchecked() -> None:
    """99 rows named no kategori before groups7 (h32); 70 after; 67 after groups8. A row may gain a kategori, never
    lose it."""
    rows = data_csv("jabatan_fungsional.csv", delimiter=";")
    unchecked = [r["nama"] for r in rows if jf_kategori(r["nama"]) is None]
    assert len(unchecked) <= 67


def test_penggerak_swadaya_masyarakat_opens_at_pemula() -> None:
    """PermenPANRB 28/2018 Pasal 4: kategori keterampilan from Pemula to Penyelia and keahlian from Ahli Pertama to
    Ahli Utama. SSCASN 2024 recruited it at Ahli Pertama only, so the formations alone would have read it keahlian;
    its row named no kategori, and a bare post asked the Terampil default (groups7, h32)."""
    assert jf_kategori("penggerak swadaya masyarakat") == "keahlian dan keterampilan"
    assert least_requirement("Fungsional", "Penggerak Swadaya Masyarakat") == ("SMA", "II/a")


def test_pembimbing_kesehatan_kerja_is_keahlian_and_a_bare_post_asks_ahli_pertama() -> None:
    """PermenPANRB 13/2013: "jabatan fungsional tingkat ahli", Pertama (III/a) to Madya (IV/c). Its row named no
    kategori, so a bare "Pembimbing Kesehatan Kerja" post asked the Terampil default, D-III and II/b (groups8, h32)."""
    assert jf_kategori("pembimbing kesehatan kerja") == "keahlian"
    assert post_jenjang(None, "Pembimbing Kesehatan Kerja") == "ahli pertama"
    assert least_requirement("Fungsional", "Pembimbing Kesehatan Kerja") == ("S-1", "III/a")


def test_radiografer_has_both_kategori_and_teknisi_gigi_keterampilan_only() -> None:
    """Radiografer: PermenPANRB 29/2013 appoints a D-III at Terampil and an S-1/D-IV at Ahli Pertama; Teknisi Gigi:
    PER/06/M.PAN/4/2007 has Pelaksana to Penyelia only. SSCASN 2024 recruited both at Terampil only, and their rows
    named no kategori (groups8, h32)."""
    assert jf_kategori("radiografer") == "keahlian dan keterampilan"
    assert jf_kategori("teknisi gigi") == "keterampilan"
    assert post_jenjang(None, "Teknisi Gigi") == "terampil"


def test_asisten_penyuluh_perikanan_is_its_own_keterampilan_jf() -> None:
    """Permen KP 25/2023 Pasal 2 sets the JF Asisten Penyuluh Perikanan at Terampil (II/b-II/d), Mahir and Penyelia.
    It was missing: a bare "Asisten Penyuluh Perikanan" post read no JF and asked nothing, and its holder had no
    rumpun beside the Penyuluh Perikanan (groups8, h32)."""
    assert _jf("Asisten Penyuluh Perikanan Terampil") == "asisten penyuluh perikanan"
    assert jf_kategori("asisten penyuluh perikanan") == "keterampilan"
    assert least_requirement("Fungsional", "Asisten Penyuluh Perikanan") == ("D-III", "II/b")
    assert _level("Asisten Penyuluh Perikanan Mahir", "Penyuluh Perikanan Ahli Pertama") == SERUMPUN


@pytest.mark.parametrize(
    ("jf", "kategori", "lowest", "least"),
    [
        # PermenPANRB 34/2020: "kategori keahlian", Ahli Pertama-Ahli Madya, rumpun ilmu hayat
        ("penyuluh lingkungan hidup", "keahlian", "ahli pertama", ("S-1", "III/a")),
        # PermenPANRB 43/2018, Peraturan BKN 10/2019 Pasal 4: "kategori keahlian"
        ("pengawas koperasi", "keahlian", "ahli pertama", ("S-1", "III/a")),
        # PermenPANRB 68/2020: "kategori keahlian", Ahli Pertama-Ahli Utama, S-1/D-IV
        ("analis perdagangan", "keahlian", "ahli pertama", ("S-1", "III/a")),
        # PermenPANRB 16/2021: keterampilan Pemula-Penyelia and keahlian Ahli Pertama-Ahli Madya
        ("pengawas mutu hasil pertanian", "keahlian dan keterampilan", "pemula", ("SMA", "II/a")),
    ],
)
def test_jfs_checked_against_their_regulation_in_groups11(
    jf: str, kategori: str, lowest: str, least: tuple[str, str]
) -> None:
    """Rows that named no kategori were read at the Terampil default: a bare "Penyuluh Lingkungan Hidup" or "Pengawas
    Koperasi" post asked D-III and II/b of a keahlian-only JF, and a bare "Pengawas Mutu Hasil Pertanian" post missed
    the Pemula jenjang its regulation opens with (groups11, h33)."""
    assert jf_kategori(jf) == kategori
    assert post_jenjang(None, jf.title()) == lowest
    assert least_requirement("Fungsional", jf.title()) == least


def test_penyuluh_lingkungan_hidup_is_of_rumpun_ilmu_hayat() -> None:
    """PermenPANRB 34/2020: "termasuk dalam klasifikasi/rumpun Ilmu Hayat" (the catalogue had "lingkungan")."""
    assert classify_position("Penyuluh Lingkungan Hidup Ahli Muda").rumpun == "ilmu_hayat"
