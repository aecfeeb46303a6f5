"""Vocabularies of the synthetic Kabupaten Sukamaju: names, units, positions, programmes.

Everything here is fictional but follows the shapes seen in real SIMPEG/SIASN exports
and peta jabatan tables (domain.md §2–§4, §9): OPD names, the MenPANRB pelaksana
nomenclature, JF names with their jenjang, and SSCASN-style programme names that carry
their level (``S-1 Teknik Informatika``).
"""

from __future__ import annotations

from typing import NamedTuple

REGION = "Kabupaten Sukamaju"


class PositionTemplate(NamedTuple):
    """One position of a unit's structure (``{unit}`` / ``{place}`` are filled in)."""

    nama: str
    jenis: str  #: canonical jenis jabatan
    kelas: int
    pendidikan: str  #: minimum level (canonical)
    jurusan: tuple[str, ...] = ()  #: accepted programmes; empty = generic position
    pool: str = ""  #: programme pool employees are drawn from when ``jurusan`` is empty
    bobot: float = 0.0  #: relative kebutuhan weight (structural positions always need 1)
    tugas: str = "umum"  #: task group in :data:`TASKS`
    p_perempuan: float = 0.5


# --- people ---------------------------------------------------------------------------
FIRST_NAMES_L: tuple[str, ...] = (
    "Agus",
    "Budi",
    "Dedi",
    "Asep",
    "Ujang",
    "Hendra",
    "Rudi",
    "Yusuf",
    "Ahmad",
    "Rizki",
    "Dadang",
    "Cecep",
    "Eko",
    "Fajar",
    "Gilang",
    "Hadi",
    "Iwan",
    "Joko",
    "Kurniawan",
    "Lukman",
    "Mulyadi",
    "Nana",
    "Oman",
    "Purnomo",
    "Rahmat",
    "Slamet",
    "Taufik",
    "Wahyu",
    "Yayan",
    "Zainal",
    "Bambang",
    "Dimas",
    "Ilham",
    "Arif",
    "Dodi",
    "Firman",
    "Irfan",
    "Sutrisno",
    "Wawan",
    "Herman",
)
FIRST_NAMES_P: tuple[str, ...] = (
    "Siti",
    "Dewi",
    "Rina",
    "Yanti",
    "Euis",
    "Neneng",
    "Ani",
    "Sri",
    "Lilis",
    "Nurul",
    "Fitri",
    "Ratna",
    "Wulan",
    "Intan",
    "Mega",
    "Ayu",
    "Dian",
    "Eka",
    "Heni",
    "Iis",
    "Lina",
    "Nia",
    "Novi",
    "Putri",
    "Rika",
    "Sari",
    "Tuti",
    "Umi",
    "Wida",
    "Yuli",
    "Cucu",
    "Elis",
    "Imas",
    "Tati",
    "Nining",
    "Desi",
    "Anisa",
    "Rosita",
    "Kartika",
    "Meilani",
)
LAST_NAMES: tuple[str, ...] = (
    "Saputra",
    "Hidayat",
    "Suryana",
    "Kusnadi",
    "Permana",
    "Setiawan",
    "Nugraha",
    "Rahayu",
    "Lestari",
    "Gunawan",
    "Hermawan",
    "Wibowo",
    "Santoso",
    "Susanti",
    "Pratama",
    "Kurniasih",
    "Sulastri",
    "Maulana",
    "Firmansyah",
    "Ramdhani",
    "Sopandi",
    "Supriatna",
    "Rohendi",
    "Sumarni",
    "Handayani",
    "Wijaya",
    "Hakim",
    "Nurhayati",
    "Purnamasari",
    "Mulyana",
    "Sudrajat",
    "Syahputra",
    "Rosdiana",
    "Fauzi",
    "Apriani",
    "Komarudin",
    "Hasanah",
    "Iskandar",
    "Kartini",
    "Solihin",
)

# --- places (for UPT Puskesmas, Kecamatan, Kelurahan) -----------------------------------
PLACES_FIXED: tuple[str, ...] = ("Sukamaju", "Cibeunying", "Rancaekek", "Sindangsari", "Cikalong", "Pasirjaya")
PLACE_HEADS: tuple[str, ...] = (
    "Suka",
    "Ci",
    "Ranca",
    "Sindang",
    "Pasir",
    "Marga",
    "Mekar",
    "Jaya",
    "Sari",
    "Bojong",
    "Karang",
    "Tanjung",
    "Sumber",
    "Giri",
    "Cikal",
    "Bina",
)
PLACE_TAILS: tuple[str, ...] = (
    "maju",
    "jaya",
    "mulya",
    "asih",
    "laksana",
    "rahayu",
    "wangi",
    "raharja",
    "makmur",
    "indah",
    "galih",
    "bening",
    "sari",
    "mukti",
)
PLACE_SUFFIXES: tuple[str, ...] = ("", " Kidul", " Kaler", " Wetan", " Kulon")

# --- programmes --------------------------------------------------------------------------
#: generic pools (SSCASN style "LEVEL Programme")
POOLS: dict[str, tuple[str, ...]] = {
    "sma": (
        "SMA IPA",
        "SMA IPS",
        "SMK Akuntansi",
        "SMK Administrasi Perkantoran",
        "SMK Teknik Komputer dan Jaringan",
        "MA IPS",
    ),
    "d3": (
        "D-III Administrasi Perkantoran",
        "D-III Akuntansi",
        "D-III Manajemen Informatika",
        "D-III Sekretari",
        "D-III Perpajakan",
        "D-III Administrasi Bisnis",
    ),
    "s1": (
        "S-1 Manajemen",
        "S-1 Administrasi Negara",
        "S-1 Akuntansi",
        "S-1 Ilmu Hukum",
        "S-1 Ilmu Pemerintahan",
        "S-1 Ekonomi Pembangunan",
        "S-1 Psikologi",
        "S-1 Teknik Informatika",
        "S-1 Sosiologi",
        "S-1 Ilmu Komunikasi",
        "S-1 Administrasi Publik",
        "S-1 Sistem Informasi",
    ),
    "s2": ("S-2 Magister Manajemen", "S-2 Administrasi Publik", "S-2 Ilmu Hukum", "S-2 Kesehatan Masyarakat"),
}
#: pool used for employees who hold a post outside its usual education (over-qualified etc.)
ALT_POOL: dict[str, str] = {"SMA": "d3", "D-III": "s1", "D-IV": "s1", "S-1": "s1", "Profesi": "s1", "S-2": "s1"}

#: title (prefix, suffix) implied by a programme; the part after the level is the key
TITLES: dict[str, tuple[str, str]] = {
    "Manajemen": ("", "S.E."),
    "Akuntansi": ("", "S.Ak"),
    "Ekonomi Pembangunan": ("", "S.E."),
    "Administrasi Negara": ("", "S.Sos"),
    "Administrasi Publik": ("", "S.AP"),
    "Ilmu Pemerintahan": ("", "S.IP"),
    "Ilmu Hukum": ("", "S.H."),
    "Psikologi": ("", "S.Psi"),
    "Teknik Informatika": ("", "S.Kom"),
    "Sistem Informasi": ("", "S.Kom"),
    "Ilmu Komputer": ("", "S.Kom"),
    "Informatika": ("", "S.Kom"),
    "Sosiologi": ("", "S.Sos"),
    "Ilmu Komunikasi": ("", "S.I.Kom"),
    "Kesehatan Masyarakat": ("", "S.KM"),
    "Kesehatan Lingkungan": ("", "S.KM"),
    "Epidemiologi": ("", "S.KM"),
    "Gizi": ("", "S.Gz"),
    "Keperawatan": ("", "A.Md.Kep"),
    "Kebidanan": ("", "A.Md.Keb"),
    "Ners": ("", "S.Kep., Ners"),
    "Dokter": ("dr.", ""),
    "Apoteker": ("apt.", "S.Farm"),
    "Perekam Medis dan Informasi Kesehatan": ("", "A.Md.RMIK"),
    "Analis Kesehatan": ("", "A.Md.AK"),
    "Manajemen Informatika": ("", "A.Md.Kom"),
    "Komputerisasi Akuntansi": ("", "A.Md.Kom"),
    "Administrasi Perkantoran": ("", "A.Md"),
    "Kearsipan": ("", "A.Md"),
    "Administrasi Bisnis": ("", "A.Md.A.B"),
    "Pendidikan Guru Sekolah Dasar": ("", "S.Pd"),
    "Pendidikan Matematika": ("", "S.Pd"),
    "Pendidikan Bahasa Indonesia": ("", "S.Pd"),
    "Pendidikan Agama Islam": ("", "S.Pd.I"),
    "Perencanaan Wilayah dan Kota": ("", "S.T."),
    "Teknik Sipil": ("", "S.T."),
    "Teknik Lingkungan": ("", "S.T."),
    "Statistika": ("", "S.Stat"),
    "Agroteknologi": ("", "S.P."),
    "Agribisnis": ("", "S.P."),
    "Teknologi Pertanian": ("", "S.TP"),
    "Kesejahteraan Sosial": ("", "S.Sos"),
    "Magister Manajemen": ("", "S.E., M.M."),
    "Kesehatan Masyarakat S2": ("", "S.KM., M.Kes"),
}
#: a programme a careless reader takes for the required one (near misses, domain.md §3.2)
NEAR_MISS: dict[str, str] = {
    "S-1 Kesehatan Masyarakat": "S-1 Kesehatan Lingkungan",
    "S-1 Teknik Informatika": "S-1 Teknik Elektro",
    "S-1 Ilmu Hukum": "S-1 Hukum Keluarga Islam",
    "S-1 Akuntansi": "S-1 Perpajakan",
    "D-III Keperawatan": "D-III Kebidanan",
    "S-1 Gizi": "S-1 Teknologi Pangan",
    "S-1 Perencanaan Wilayah dan Kota": "S-1 Arsitektur",
    "S-1 Statistika": "S-1 Matematika",
}
#: realistic misspellings (the first one that applies is used)
TYPOS: tuple[tuple[str, str], ...] = (
    ("Manajemen", "Manajamen"),
    ("Administrasi", "Adminitrasi"),
    ("Akuntansi", "Akutansi"),
    ("Informatika", "Informatik"),
    ("Keperawatan", "Keperawatn"),
    ("Kebidanan", "Kebidananan"),
    ("Kesehatan", "Kesehatn"),
    ("Pemerintahan", "Pemerintahn"),
    ("Komunikasi", "Komunkasi"),
    ("Hukum", "Hukm"),
    ("Pendidikan", "Pendidkan"),
    ("Psikologi", "Psikolgi"),
)

LEVEL_SPELLINGS: dict[str, tuple[str, ...]] = {
    "SMA": ("SLTA", "SMA", "SLTA/Sederajat", "SLTA SEDERAJAT"),
    "D-III": ("D-III", "D3", "DIII", "Diploma III/Sarjana Muda"),
    "D-IV": ("D-IV", "D4", "Diploma IV", "D-IV/Sarjana Terapan"),
    "S-1": ("S-1", "S1", "Strata 1", "S-1/Sarjana"),
    "Profesi": ("Profesi", "PROFESI", "Profesi", "Profesi"),
    "S-2": ("S-2", "S2", "Strata 2", "Magister"),
}
LEVEL_PREFIX: tuple[tuple[str, str], ...] = (
    ("SMA", "SMA"),
    ("SMK", "SMA"),
    ("MA ", "SMA"),
    ("D-III", "D-III"),
    ("D-IV", "D-IV"),
    ("S-1", "S-1"),
    ("S-2", "S-2"),
    ("Profesi", "Profesi"),
)

#: PNS golongan ruang (rank 1..17) and pangkat
GOLONGAN: tuple[str, ...] = (
    "I/a",
    "I/b",
    "I/c",
    "I/d",
    "II/a",
    "II/b",
    "II/c",
    "II/d",
    "III/a",
    "III/b",
    "III/c",
    "III/d",
    "IV/a",
    "IV/b",
    "IV/c",
    "IV/d",
    "IV/e",
)
PANGKAT: tuple[str, ...] = (
    "Juru Muda",
    "Juru Muda Tk. I",
    "Juru",
    "Juru Tk. I",
    "Pengatur Muda",
    "Pengatur Muda Tk. I",
    "Pengatur",
    "Pengatur Tk. I",
    "Penata Muda",
    "Penata Muda Tk. I",
    "Penata",
    "Penata Tk. I",
    "Pembina",
    "Pembina Tk. I",
    "Pembina Utama Muda",
    "Pembina Utama Madya",
    "Pembina Utama",
)
PPPK_GOLONGAN: tuple[str, ...] = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
)
#: entry rank (1-based) by level for CPNS (PP 98/2000 jo. PP 11/2002) and cap by level
ENTRY_RANK: dict[str, int] = {"SMA": 5, "D-III": 7, "D-IV": 9, "S-1": 9, "Profesi": 10, "S-2": 10}
MAX_RANK: dict[str, int] = {"SMA": 11, "D-III": 12, "D-IV": 14, "S-1": 14, "Profesi": 14, "S-2": 15}
#: PPPK golongan by level (domain.md §2.2)
PPPK_RANK: dict[str, int] = {"SMA": 5, "D-III": 7, "D-IV": 9, "S-1": 9, "Profesi": 10, "S-2": 10}

SYARAT_STRUKTURAL: dict[str, tuple[str, str, str]] = {
    # jenis: (syarat_golongan, syarat_pengalaman, syarat_diklat)
    "JPT Pratama": (
        "IV/b",
        "Minimal 5 tahun di bidang terkait dan 2 tahun menduduki jabatan administrator",
        "Pelatihan Kepemimpinan Nasional Tingkat II",
    ),
    "Administrator": (
        "III/d",
        "Minimal 3 tahun menduduki jabatan pengawas",
        "Diklat PIM III; Pelatihan Kepemimpinan Administrator",
    ),
    "Pengawas": ("III/b", "Minimal 4 tahun sebagai pelaksana", "Diklat PIM IV; Pelatihan Kepemimpinan Pengawas"),
}
DIKLAT_STRUKTURAL: dict[str, str] = {
    "JPT Pratama": "Diklat PIM II; Pelatihan Kepemimpinan Administrator",
    "Administrator": "Diklat PIM III; Pelatihan Kepemimpinan Administrator",
    "Pengawas": "Diklat PIM IV; Pelatihan Kepemimpinan Pengawas",
}
DIKLAT_UMUM: tuple[str, ...] = (
    "Pelatihan Dasar CPNS",
    "Pelatihan Dasar CPNS; Bimtek Pengelolaan Arsip Dinamis",
    "Bimtek Penyusunan SKP",
    "Pelatihan Teknis Pelayanan Publik",
    "Bimtek Aplikasi SIASN",
)
HUKDIS: tuple[str, ...] = ("Ringan", "Sedang", "Hukuman Disiplin Sedang")

#: (abbreviated prefix, full prefix) as analysts type them
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("Kepala Subbagian ", "Kasubbag "),
    ("Kepala Bidang ", "Kabid "),
    ("Kepala Seksi ", "Kasi "),
    ("Sekretaris Kecamatan", "Sekcam"),
)


def _t(*args: object, **kw: object) -> PositionTemplate:
    return PositionTemplate(*args, **kw)  # type: ignore[arg-type]


# --- pelaksana and JF used across units ---------------------------------------------------
PENGADMINISTRASI = _t(
    "Pengadministrasi Perkantoran", "Pelaksana", 5, "SMA", pool="sma", bobot=3.0, tugas="administrasi"
)
OPERATOR = _t("Operator Layanan Operasional", "Pelaksana", 5, "SMA", pool="sma", bobot=2.0, tugas="operasional")
PENGELOLA = _t("Pengelola Layanan Operasional", "Pelaksana", 6, "D-III", pool="d3", bobot=2.0, tugas="administrasi")
PENATA = _t("Penata Layanan Operasional", "Pelaksana", 7, "S-1", pool="s1", bobot=2.5, tugas="analisis")
PENGOLAH = _t("Pengolah Data dan Informasi", "Pelaksana", 6, "D-III", pool="d3", bobot=1.5, tugas="data")
ARSIPARIS = _t(
    "Arsiparis Terampil",
    "Fungsional",
    6,
    "D-III",
    ("D-III Kearsipan", "D-III Administrasi Perkantoran"),
    bobot=1.0,
    tugas="arsip",
)
PRANATA_KOMPUTER = _t(
    "Pranata Komputer Ahli Pertama",
    "Fungsional",
    8,
    "S-1",
    ("S-1 Teknik Informatika", "S-1 Sistem Informasi", "S-1 Ilmu Komputer"),
    bobot=1.0,
    tugas="ti",
)
PRANATA_KOMPUTER_T = _t(
    "Pranata Komputer Terampil",
    "Fungsional",
    6,
    "D-III",
    ("D-III Manajemen Informatika", "D-III Teknik Informatika", "D-III Komputerisasi Akuntansi"),
    bobot=1.0,
    tugas="ti",
)
PENELAAH = _t(
    "Penelaah Teknis Kebijakan",
    "Pelaksana",
    7,
    "S-1",
    ("S-1 Administrasi Negara", "S-1 Administrasi Publik", "S-1 Ilmu Pemerintahan", "S-1 Ilmu Hukum"),
    bobot=1.5,
    tugas="analisis",
)
ANALIS_SDM = _t(
    "Analis Sumber Daya Manusia Aparatur Ahli Pertama",
    "Fungsional",
    8,
    "S-1",
    ("S-1 Psikologi", "S-1 Manajemen", "S-1 Administrasi Negara", "S-1 Ilmu Hukum"),
    bobot=2.0,
    tugas="sdm",
)
PERENCANA = _t(
    "Perencana Ahli Pertama",
    "Fungsional",
    8,
    "S-1",
    ("S-1 Perencanaan Wilayah dan Kota", "S-1 Ekonomi Pembangunan", "S-1 Statistika"),
    bobot=1.0,
    tugas="perencanaan",
)

#: OPD: (name, code, bidang names, specific positions)
OPD: tuple[tuple[str, str, tuple[str, ...], tuple[PositionTemplate, ...]], ...] = (
    (
        "Sekretariat Daerah",
        "SETDA",
        ("Bagian Hukum", "Bagian Organisasi"),
        (
            _t(
                "Penyusun Materi Hukum dan Perundang-undangan",
                "Pelaksana",
                7,
                "S-1",
                ("S-1 Ilmu Hukum",),
                bobot=1.5,
                tugas="hukum",
            ),
            _t(
                "Penata Kelola Pemerintahan",
                "Pelaksana",
                7,
                "S-1",
                ("S-1 Ilmu Pemerintahan", "S-1 Administrasi Negara"),
                bobot=1.5,
                tugas="analisis",
            ),
            PENELAAH,
            PERENCANA,
        ),
    ),
    (
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "BKPSDM",
        ("Bidang Mutasi dan Promosi", "Bidang Pengembangan Kompetensi"),
        (
            ANALIS_SDM,
            _t(
                "Pranata Sumber Daya Manusia Aparatur Terampil",
                "Fungsional",
                6,
                "D-III",
                pool="d3",
                bobot=1.5,
                tugas="sdm",
            ),
            PRANATA_KOMPUTER,
            ARSIPARIS,
        ),
    ),
    (
        "Dinas Kesehatan",
        "DINKES",
        ("Bidang Kesehatan Masyarakat", "Bidang Pelayanan Kesehatan"),
        (
            _t(
                "Penata Kelola Layanan Kesehatan",
                "Pelaksana",
                7,
                "S-1",
                ("S-1 Kesehatan Masyarakat",),
                bobot=2.0,
                tugas="kesehatan",
            ),
            _t(
                "Epidemiolog Kesehatan Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Kesehatan Masyarakat", "S-1 Epidemiologi"),
                bobot=1.0,
                tugas="kesehatan",
            ),
            _t(
                "Tenaga Sanitasi Lingkungan Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Kesehatan Lingkungan", "D-IV Kesehatan Lingkungan"),
                bobot=1.0,
                tugas="kesehatan",
            ),
            _t(
                "Nutrisionis Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Gizi", "D-IV Gizi"),
                bobot=1.0,
                tugas="kesehatan",
                p_perempuan=0.8,
            ),
            PENGOLAH,
        ),
    ),
    (
        "Badan Pendapatan Daerah",
        "BAPENDA",
        ("Bidang Pendapatan", "Bidang Penagihan dan Keberatan"),
        (
            _t(
                "Penelaah Teknis Kebijakan",
                "Pelaksana",
                7,
                "S-1",
                ("S-1 Manajemen", "S-1 Akuntansi", "S-1 Ekonomi Pembangunan"),
                bobot=2.0,
                tugas="keuangan",
            ),
            _t(
                "Pranata Keuangan APBD Terampil",
                "Fungsional",
                6,
                "D-III",
                ("D-III Akuntansi", "D-III Perpajakan"),
                bobot=1.5,
                tugas="keuangan",
            ),
            PENGELOLA,
        ),
    ),
    (
        "Dinas Komunikasi dan Informatika",
        "DISKOMINFO",
        ("Bidang Aplikasi Informatika", "Bidang Statistik dan Persandian"),
        (
            PRANATA_KOMPUTER,
            PRANATA_KOMPUTER_T,
            _t(
                "Penata Kelola Sistem dan Teknologi Informasi",
                "Pelaksana",
                7,
                "S-1",
                ("S-1 Informatika", "S-1 Sistem Informasi"),
                bobot=1.5,
                tugas="ti",
            ),
            _t(
                "Statistisi Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Statistika", "S-1 Matematika"),
                bobot=1.0,
                tugas="data",
            ),
            _t(
                "Pranata Hubungan Masyarakat Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Ilmu Komunikasi",),
                bobot=1.0,
                tugas="analisis",
            ),
        ),
    ),
    (
        "Dinas Pendidikan",
        "DISDIK",
        ("Bidang Pembinaan Sekolah Dasar", "Bidang Pembinaan Sekolah Menengah Pertama"),
        (
            _t(
                "Guru Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                (
                    "S-1 Pendidikan Guru Sekolah Dasar",
                    "S-1 Pendidikan Matematika",
                    "S-1 Pendidikan Bahasa Indonesia",
                    "S-1 Pendidikan Agama Islam",
                ),
                bobot=6.0,
                tugas="guru",
                p_perempuan=0.65,
            ),
            _t(
                "Penelaah Teknis Kebijakan",
                "Pelaksana",
                7,
                "S-1",
                ("S-1 Administrasi Negara", "S-1 Pendidikan Guru Sekolah Dasar"),
                bobot=1.5,
                tugas="analisis",
            ),
            PENGOLAH,
        ),
    ),
    (
        "Dinas Kependudukan dan Pencatatan Sipil",
        "DISDUKCAPIL",
        ("Bidang Pelayanan Pendaftaran Penduduk", "Bidang Pelayanan Pencatatan Sipil"),
        (
            _t(
                "Administrator Database Kependudukan Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Teknik Informatika", "S-1 Sistem Informasi"),
                bobot=1.0,
                tugas="ti",
            ),
            PENGOLAH,
            PENATA,
        ),
    ),
    (
        "Dinas Pertanian",
        "DISTAN",
        ("Bidang Tanaman Pangan", "Bidang Penyuluhan"),
        (
            _t(
                "Penyuluh Pertanian Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Agroteknologi", "S-1 Agribisnis"),
                bobot=3.0,
                tugas="pertanian",
            ),
            _t(
                "Pengawas Benih Tanaman Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Agroteknologi", "S-1 Pertanian"),
                bobot=1.0,
                tugas="pertanian",
            ),
            _t(
                "Analis Pasar Hasil Pertanian Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Teknologi Pertanian",),
                bobot=1.0,
                tugas="pertanian",
            ),
        ),
    ),
    (
        "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
        "BAPPEDA",
        ("Bidang Perencanaan Ekonomi", "Bidang Infrastruktur dan Kewilayahan"),
        (
            PERENCANA,
            _t(
                "Perencana Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Perencanaan Wilayah dan Kota", "S-1 Teknik Sipil"),
                bobot=1.5,
                tugas="perencanaan",
            ),
            PENELAAH,
        ),
    ),
    (
        "Dinas Lingkungan Hidup",
        "DLH",
        ("Bidang Pengendalian Pencemaran", "Bidang Pengelolaan Sampah"),
        (
            _t(
                "Pengendali Dampak Lingkungan Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Teknik Lingkungan", "S-1 Kesehatan Lingkungan"),
                bobot=1.5,
                tugas="lingkungan",
            ),
            OPERATOR,
        ),
    ),
    (
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "DPUPR",
        ("Bidang Bina Marga", "Bidang Penataan Ruang"),
        (
            _t(
                "Teknik Jalan dan Jembatan Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Teknik Sipil",),
                bobot=2.0,
                tugas="teknik",
            ),
            PERENCANA,
        ),
    ),
    (
        "Inspektorat Daerah",
        "INSPEKTORAT",
        ("Inspektur Pembantu Wilayah I", "Inspektur Pembantu Wilayah II"),
        (
            _t(
                "Auditor Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Akuntansi", "S-1 Manajemen", "S-1 Ilmu Hukum"),
                bobot=2.5,
                tugas="audit",
            ),
            _t(
                "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Ilmu Pemerintahan", "S-1 Administrasi Negara"),
                bobot=1.0,
                tugas="audit",
            ),
        ),
    ),
    (
        "Dinas Sosial",
        "DINSOS",
        ("Bidang Rehabilitasi Sosial", "Bidang Perlindungan dan Jaminan Sosial"),
        (
            _t(
                "Pekerja Sosial Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Kesejahteraan Sosial", "S-1 Sosiologi"),
                bobot=1.5,
                tugas="sosial",
            ),
            PENATA,
        ),
    ),
    (
        "Satuan Polisi Pamong Praja",
        "SATPOLPP",
        ("Bidang Penegakan Perundang-undangan Daerah", "Bidang Ketertiban Umum"),
        (
            _t(
                "Polisi Pamong Praja Terampil",
                "Fungsional",
                6,
                "SMA",
                pool="sma",
                bobot=5.0,
                tugas="operasional",
                p_perempuan=0.15,
            ),
            OPERATOR,
        ),
    ),
    (
        "Sekretariat DPRD",
        "SETWAN",
        ("Bagian Persidangan dan Perundang-undangan", "Bagian Keuangan"),
        (
            _t(
                "Penyusun Materi Hukum dan Perundang-undangan",
                "Pelaksana",
                7,
                "S-1",
                ("S-1 Ilmu Hukum",),
                bobot=1.0,
                tugas="hukum",
            ),
            PENELAAH,
        ),
    ),
    (
        "Badan Penanggulangan Bencana Daerah",
        "BPBD",
        ("Bidang Kedaruratan dan Logistik", "Bidang Pencegahan dan Kesiapsiagaan"),
        (
            _t(
                "Analis Kebencanaan Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Teknik Lingkungan", "S-1 Geografi"),
                bobot=1.0,
                tugas="analisis",
            ),
            OPERATOR,
        ),
    ),
    (
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "DPMPTSP",
        ("Bidang Pelayanan Perizinan", "Bidang Penanaman Modal"),
        (
            PENATA,
            PENGELOLA,
        ),
    ),
    (
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        "BPKAD",
        ("Bidang Anggaran", "Bidang Aset"),
        (
            _t(
                "Pranata Keuangan APBD Terampil",
                "Fungsional",
                6,
                "D-III",
                ("D-III Akuntansi",),
                bobot=2.0,
                tugas="keuangan",
            ),
            _t(
                "Analis Keuangan Pusat dan Daerah Ahli Pertama",
                "Fungsional",
                8,
                "S-1",
                ("S-1 Akuntansi", "S-1 Manajemen", "S-1 Ekonomi Pembangunan"),
                bobot=1.5,
                tugas="keuangan",
            ),
        ),
    ),
)

RSUD: tuple[PositionTemplate, ...] = (
    _t(
        "Perawat Terampil",
        "Fungsional",
        7,
        "D-III",
        ("D-III Keperawatan",),
        bobot=10.0,
        tugas="perawat",
        p_perempuan=0.7,
    ),
    _t(
        "Perawat Ahli Pertama",
        "Fungsional",
        8,
        "Profesi",
        ("Profesi Ners",),
        bobot=6.0,
        tugas="perawat",
        p_perempuan=0.7,
    ),
    _t("Bidan Terampil", "Fungsional", 7, "D-III", ("D-III Kebidanan",), bobot=3.0, tugas="bidan", p_perempuan=1.0),
    _t("Dokter Ahli Pertama", "Fungsional", 9, "Profesi", ("Profesi Dokter",), bobot=3.0, tugas="dokter"),
    _t("Apoteker Ahli Pertama", "Fungsional", 8, "Profesi", ("Profesi Apoteker",), bobot=1.0, tugas="kesehatan"),
    _t(
        "Perekam Medis Terampil",
        "Fungsional",
        6,
        "D-III",
        ("D-III Perekam Medis dan Informasi Kesehatan",),
        bobot=1.5,
        tugas="data",
    ),
    _t(
        "Nutrisionis Ahli Pertama",
        "Fungsional",
        8,
        "S-1",
        ("S-1 Gizi", "D-IV Gizi"),
        bobot=1.0,
        tugas="kesehatan",
        p_perempuan=0.8,
    ),
    PENGADMINISTRASI,
)
PUSKESMAS: tuple[PositionTemplate, ...] = (
    _t(
        "Perawat Terampil",
        "Fungsional",
        7,
        "D-III",
        ("D-III Keperawatan",),
        bobot=4.0,
        tugas="perawat",
        p_perempuan=0.7,
    ),
    _t(
        "Perawat Ahli Pertama",
        "Fungsional",
        8,
        "Profesi",
        ("Profesi Ners",),
        bobot=1.5,
        tugas="perawat",
        p_perempuan=0.7,
    ),
    _t("Bidan Terampil", "Fungsional", 7, "D-III", ("D-III Kebidanan",), bobot=3.0, tugas="bidan", p_perempuan=1.0),
    _t("Dokter Ahli Pertama", "Fungsional", 9, "Profesi", ("Profesi Dokter",), bobot=1.5, tugas="dokter"),
    _t(
        "Perekam Medis Terampil",
        "Fungsional",
        6,
        "D-III",
        ("D-III Perekam Medis dan Informasi Kesehatan",),
        bobot=1.0,
        tugas="data",
    ),
    _t(
        "Nutrisionis Terampil", "Fungsional", 6, "D-III", ("D-III Gizi",), bobot=1.0, tugas="kesehatan", p_perempuan=0.8
    ),
    _t(
        "Tenaga Sanitasi Lingkungan Terampil",
        "Fungsional",
        6,
        "D-III",
        ("D-III Kesehatan Lingkungan", "D-III Sanitasi"),
        bobot=1.0,
        tugas="kesehatan",
    ),
    _t(
        "Pranata Laboratorium Kesehatan Terampil",
        "Fungsional",
        6,
        "D-III",
        ("D-III Analis Kesehatan", "D-III Teknologi Laboratorium Medis"),
        bobot=1.0,
        tugas="kesehatan",
    ),
    _t("Operator Layanan Kesehatan", "Pelaksana", 5, "SMA", pool="sma", bobot=1.0, tugas="operasional"),
)
KECAMATAN: tuple[PositionTemplate, ...] = (
    _t(
        "Penata Kelola Pemerintahan",
        "Pelaksana",
        7,
        "S-1",
        ("S-1 Ilmu Pemerintahan", "S-1 Administrasi Negara"),
        bobot=1.5,
        tugas="analisis",
    ),
    PENGOLAH,
    OPERATOR,
)
KELURAHAN: tuple[PositionTemplate, ...] = (PENATA, PENGOLAH, OPERATOR)
#: pelaksana present in every OPD (Sekretariat Daerah gets a surplus of Pengadministrasi Perkantoran)
OPD_COMMON: tuple[PositionTemplate, ...] = (PENGADMINISTRASI, PENATA, OPERATOR)

#: task pools for the ABK sheet: (uraian tugas, satuan hasil, norma waktu in minutes)
TASKS: dict[str, tuple[tuple[str, str, int], ...]] = {
    "pimpinan": (
        ("Merumuskan kebijakan teknis sesuai lingkup tugas", "Dokumen", 480),
        ("Memimpin rapat koordinasi", "Kegiatan", 180),
        ("Menandatangani naskah dinas", "Naskah", 15),
        ("Mengevaluasi kinerja bawahan", "Laporan", 240),
        ("Menyusun rencana kerja tahunan", "Dokumen", 960),
        ("Melaksanakan pembinaan pegawai", "Kegiatan", 120),
    ),
    "umum": (
        ("Menyusun laporan kegiatan", "Laporan", 240),
        ("Mengumpulkan bahan rapat", "Berkas", 60),
        ("Menyiapkan bahan pelayanan", "Berkas", 45),
        ("Melaksanakan tugas kedinasan lain", "Kegiatan", 90),
    ),
    "administrasi": (
        ("Mengagendakan surat masuk dan keluar", "Surat", 10),
        ("Mengetik konsep naskah dinas", "Naskah", 30),
        ("Menata dan menyimpan berkas", "Berkas", 15),
        ("Menyiapkan bahan rapat", "Kegiatan", 60),
        ("Mendistribusikan surat", "Surat", 8),
    ),
    "operasional": (
        ("Melayani tamu dan pengunjung", "Orang", 10),
        ("Mengantar dokumen dinas", "Dokumen", 30),
        ("Menyiapkan sarana rapat", "Kegiatan", 45),
        ("Memeriksa kebersihan dan keamanan ruang", "Laporan", 20),
    ),
    "analisis": (
        ("Menelaah bahan kebijakan", "Telaahan", 240),
        ("Menyusun draf rekomendasi", "Dokumen", 300),
        ("Menyusun laporan hasil telaahan", "Laporan", 180),
        ("Mengolah data pendukung kebijakan", "Dokumen", 120),
    ),
    "data": (
        ("Menginput data ke aplikasi", "Data", 5),
        ("Memverifikasi kelengkapan data", "Berkas", 15),
        ("Menyusun rekapitulasi data", "Laporan", 120),
        ("Memutakhirkan basis data", "Data", 10),
    ),
    "arsip": (
        ("Memilah arsip aktif dan inaktif", "Berkas", 20),
        ("Menyusun daftar arsip", "Daftar", 60),
        ("Melayani peminjaman arsip", "Layanan", 15),
        ("Melakukan alih media arsip", "Berkas", 30),
    ),
    "ti": (
        ("Memelihara jaringan dan perangkat", "Laporan", 120),
        ("Mengembangkan modul aplikasi", "Modul", 960),
        ("Menangani gangguan layanan TI", "Tiket", 45),
        ("Membuat cadangan data", "Kegiatan", 30),
    ),
    "sdm": (
        ("Memverifikasi usul kenaikan pangkat", "Berkas", 45),
        ("Menyusun analisis kebutuhan pegawai", "Dokumen", 480),
        ("Memproses usul mutasi pegawai", "Berkas", 60),
        ("Memutakhirkan data SIASN", "Data", 10),
    ),
    "perencanaan": (
        ("Menyusun rancangan rencana kerja", "Dokumen", 960),
        ("Mengolah data perencanaan", "Dokumen", 240),
        ("Menyusun laporan evaluasi program", "Laporan", 480),
    ),
    "kesehatan": (
        ("Melaksanakan surveilans kesehatan", "Laporan", 240),
        ("Melakukan penyuluhan kesehatan", "Kegiatan", 120),
        ("Menyusun laporan program kesehatan", "Laporan", 180),
        ("Melakukan pemeriksaan lapangan", "Kegiatan", 150),
    ),
    "perawat": (
        ("Melakukan pengkajian keperawatan", "Pasien", 20),
        ("Memberikan tindakan keperawatan", "Tindakan", 15),
        ("Mendokumentasikan asuhan keperawatan", "Dokumen", 10),
    ),
    "bidan": (
        ("Melakukan pemeriksaan kehamilan", "Pasien", 30),
        ("Menolong persalinan normal", "Persalinan", 240),
        ("Memberikan pelayanan KB", "Pasien", 20),
    ),
    "dokter": (
        ("Melakukan pemeriksaan pasien", "Pasien", 15),
        ("Melakukan tindakan medis", "Tindakan", 45),
        ("Menulis rekam medis", "Dokumen", 5),
    ),
    "guru": (
        ("Melaksanakan pembelajaran", "Jam Pelajaran", 45),
        ("Menyusun perangkat ajar", "Dokumen", 240),
        ("Menilai hasil belajar", "Siswa", 15),
    ),
    "keuangan": (
        ("Memverifikasi dokumen SPJ", "Berkas", 30),
        ("Menyusun laporan keuangan", "Laporan", 480),
        ("Menetapkan surat ketetapan pajak daerah", "SKPD", 20),
        ("Merekonsiliasi penerimaan", "Kegiatan", 120),
    ),
    "hukum": (
        ("Menyusun rancangan peraturan daerah", "Rancangan", 1440),
        ("Menelaah produk hukum", "Telaahan", 240),
        ("Mendokumentasikan produk hukum", "Dokumen", 30),
    ),
    "pertanian": (
        ("Melakukan penyuluhan kelompok tani", "Kegiatan", 180),
        ("Memeriksa mutu benih", "Sampel", 60),
        ("Menyusun programa penyuluhan", "Dokumen", 960),
    ),
    "lingkungan": (
        ("Melakukan pengawasan izin lingkungan", "Kegiatan", 240),
        ("Menguji sampel air dan udara", "Sampel", 90),
        ("Menyusun laporan status lingkungan", "Laporan", 960),
    ),
    "teknik": (
        ("Melakukan survei kondisi jalan", "Ruas", 240),
        ("Menyusun rencana anggaran biaya", "Dokumen", 480),
        ("Mengawasi pekerjaan konstruksi", "Kegiatan", 180),
    ),
    "audit": (
        ("Melaksanakan audit kinerja", "Penugasan", 2400),
        ("Menyusun kertas kerja audit", "Dokumen", 240),
        ("Memantau tindak lanjut temuan", "Temuan", 60),
    ),
    "sosial": (
        ("Melakukan asesmen penerima manfaat", "Orang", 60),
        ("Melakukan pendampingan sosial", "Kegiatan", 120),
        ("Memverifikasi data penerima bantuan", "Data", 10),
    ),
}
