"""Know the header spellings of SIASN, SIMPEG and hand-made sheets for every table kind.

Aliases are written as analysts and exports spell them; :func:`normalize_header` turns
both the alias and the sheet header into the same key (upper case, punctuation and line
breaks as single spaces), so ``"GOL/RUANG"``, ``"Gol. Ruang"`` and ``"gol_ruang"`` meet.
Only exact keys map here; near misses are left to the fuzzy fallback in ``mapping.py``.
"""

from __future__ import annotations

import re
from functools import cache

_NON_ALNUM = re.compile(r"[^0-9A-Z]+")

# --- shared spellings -----------------------------------------------------------------
_NIP = (
    "NIP",
    "NIP BARU",
    "NIP 18",
    "NIP 18 DIGIT",
    "PEG NIP",
    "NIP NI PPPK",
    "NIP NIPPPK",
    "NI PPPK",
    "NIPPPK",
    "NOMOR INDUK PEGAWAI",
    "NO INDUK PEGAWAI",
    "NIP PEGAWAI",
    "EMPLOYEE ID",
)
_UNIT = (
    "UNIT KERJA",
    "UNIT",
    "UNOR",
    "UNOR NAMA",
    "NAMA UNOR",
    "UNIT ORGANISASI",
    "NAMA UNIT KERJA",
    "UNIT KERJA NAMA",
    "SATUAN KERJA",
    "SATKER",
    "SATUAN KERJA NAMA",
    "SATUAN ORGANISASI",
    "OPD",
    "SKPD",
    "PERANGKAT DAERAH",
    "UNIT KERJA OPD",
    "LOKASI KERJA",
    "ORGANIZATIONAL UNIT",
    "WORK UNIT",
    "DEPARTMENT",
)
_KODE_JABATAN = ("KODE JABATAN", "KD JABATAN", "KODE JAB", "ID JABATAN", "JABATAN KODE", "POSITION CODE", "POSITION ID")
_NAMA_JABATAN = (
    "NAMA JABATAN",
    "JABATAN",
    "JABATAN NAMA",
    "NAMA JAB",
    "URAIAN JABATAN",
    "POSITION",
    "POSITION NAME",
    "JOB TITLE",
)
_JENIS_JABATAN = (
    "JENIS JABATAN",
    "JENIS JABATAN NAMA",
    "JABATAN JENIS",
    "JNS JABATAN",
    "TIPE JABATAN",
    "POSITION TYPE",
)

#: canonical field -> aliases, per table kind. Canonical names themselves always map
#: (``how = "nama"``), so they are not repeated here.
ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "pegawai": {
        "nip": _NIP,
        "nama": (
            "NAMA",
            "NAMA PEGAWAI",
            "NAMA LENGKAP",
            "NAMA ASN",
            "NAMA PNS",
            "PEG NAMA",
            "NAMA DAN GELAR",
            "NAMA GELAR",
            "NAME",
            "FULL NAME",
            "EMPLOYEE NAME",
        ),
        "jabatan": (
            "JABATAN",
            "JABATAN NAMA",
            "NAMA JABATAN",
            "JABATAN SEKARANG",
            "JABATAN TERAKHIR",
            "NAMA JABATAN SEKARANG",
            "JABATAN SAAT INI",
            "JAB",
            "POSITION",
            "POSITION NAME",
            "JOB TITLE",
        ),
        "unit_kerja": _UNIT,
        "kode_jabatan": _KODE_JABATAN,
        "golongan": (
            "GOL RUANG",
            "GOLONGAN",
            "GOLONGAN RUANG",
            "GOL",
            "GOLRU",
            "GOL AKHIR NAMA",
            "GOL AKHIR",
            "GOLONGAN AKHIR",
            "GOL RUANG AKHIR",
            "GOLONGAN RUANG AKHIR",
            "PANGKAT GOL",
            "PANGKAT GOLONGAN",
            "PANGKAT GOL RUANG",
            "PANGKAT GOLONGAN RUANG",
            "PKT GOL",
            "GOL RUANG TERAKHIR",
            "PANGKAT TERAKHIR GOL RUANG",
            "PKT TERAKHIR GOL RUANG",
            "GOLONGAN PPPK",
            "GRADE",
        ),
        "pendidikan": (
            "PENDIDIKAN",
            "PENDIDIKAN TERAKHIR",
            "TINGKAT PENDIDIKAN",
            "TINGKAT PENDIDIKAN NAMA",
            "JENJANG PENDIDIKAN",
            "PENDIDIKAN TERAKHIR NAMA",
            "TINGKAT PENDIDIKAN TERAKHIR",
            "JENJANG",
            "PEND TERAKHIR",
            "EDUCATION",
            "EDUCATION LEVEL",
        ),
        "jurusan": (
            "JURUSAN",
            "PENDIDIKAN NAMA",
            "NAMA PENDIDIKAN",
            "PROGRAM STUDI",
            "PRODI",
            "JURUSAN PENDIDIKAN",
            "JURUSAN PRODI",
            "PROGRAM STUDI JURUSAN",
            "BIDANG STUDI",
            "MAJOR",
        ),
        "tmt_jabatan": ("TMT JABATAN", "JABATAN TMT", "TMT JAB", "TANGGAL TMT JABATAN", "TMT JABATAN TERAKHIR"),
        "tanggal_lahir": (
            "TANGGAL LAHIR",
            "TGL LAHIR",
            "TGL LHR",
            "TANGGAL LHR",
            "TANGGAL KELAHIRAN",
            "DATE OF BIRTH",
            "BIRTH DATE",
            "DOB",
        ),
        "jenis_kelamin": ("JENIS KELAMIN", "JNS KELAMIN", "JK", "L P", "KELAMIN", "GENDER", "SEX", "JENIS KELAMIN L P"),
        "status_kepegawaian": (
            "STATUS KEPEGAWAIAN",
            "STATUS PEGAWAI",
            "STATUS ASN",
            "STATUS",
            "JENIS PEGAWAI",
            "JENIS PEGAWAI NAMA",
            "EMPLOYMENT STATUS",
        ),
        "jenis_jabatan": _JENIS_JABATAN,
        "predikat_kinerja": (
            "PREDIKAT KINERJA",
            "PREDIKAT",
            "PREDIKAT SKP",
            "NILAI SKP",
            "KINERJA",
            "HASIL KINERJA",
            "PREDIKAT KINERJA PEGAWAI",
            "PERFORMANCE",
        ),
        "hukuman_disiplin": (
            "HUKUMAN DISIPLIN",
            "HUKDIS",
            "SEDANG HUKUMAN DISIPLIN",
            "HUKUMAN",
            "STATUS HUKUMAN DISIPLIN",
            "DISCIPLINARY",
        ),
        "tugas_belajar": ("TUGAS BELAJAR", "TUBEL", "SEDANG TUGAS BELAJAR", "STATUS TUGAS BELAJAR", "STUDY LEAVE"),
        "riwayat_jabatan": ("RIWAYAT JABATAN", "RIWAYAT JAB", "PENGALAMAN JABATAN", "JABATAN SEBELUMNYA"),
        "diklat": ("DIKLAT", "RIWAYAT DIKLAT", "DIKLAT PELATIHAN", "PELATIHAN", "DIKLAT STRUKTURAL", "TRAINING"),
        "preferensi_unit": ("PREFERENSI UNIT", "PREFERENSI", "UNIT PILIHAN", "UNIT YANG DIMINATI", "MINAT UNIT"),
    },
    "jabatan": {
        "nama_jabatan": _NAMA_JABATAN,
        "unit_kerja": _UNIT,
        "kebutuhan": (
            "KEBUTUHAN",
            "KEBUTUHAN PEGAWAI",
            "JUMLAH KEBUTUHAN",
            "KEBUTUHAN ABK",
            "KEBUTUHAN PEGAWAI ABK",
            "FORMASI",
            "JUMLAH FORMASI",
            "KEBUTUHAN JABATAN",
            "REQUIRED",
        ),
        "beban_kerja_jam": (
            "BEBAN KERJA JAM",
            "BEBAN KERJA",
            "JUMLAH BEBAN KERJA",
            "TOTAL BEBAN KERJA",
            "BEBAN KERJA JAM TAHUN",
            "BEBAN KERJA JAM PER TAHUN",
            "WORKLOAD HOURS",
        ),
        "kode_jabatan": _KODE_JABATAN,
        "jenis_jabatan": _JENIS_JABATAN,
        "kelas_jabatan": ("KELAS JABATAN", "KELAS", "KELAS JAB", "GRADE JABATAN", "JOB CLASS"),
        "syarat_pendidikan": (
            "SYARAT PENDIDIKAN",
            "SYARAT TINGKAT PENDIDIKAN",
            "KUALIFIKASI PENDIDIKAN",
            "PENDIDIKAN MINIMAL",
            "SYARAT JENJANG PENDIDIKAN",
            "TINGKAT PENDIDIKAN",
        ),
        "syarat_jurusan": (
            "SYARAT JURUSAN",
            "SYARAT PROGRAM STUDI",
            "SYARAT PRODI",
            "KUALIFIKASI JURUSAN",
            "JURUSAN",
            "BIDANG PENDIDIKAN",
        ),
        "syarat_golongan": (
            "SYARAT GOLONGAN",
            "SYARAT GOL",
            "SYARAT GOL RUANG",
            "GOLONGAN MINIMAL",
            "PANGKAT GOL MINIMAL",
        ),
        "syarat_pengalaman": ("SYARAT PENGALAMAN", "PENGALAMAN", "PENGALAMAN KERJA", "SYARAT PENGALAMAN KERJA"),
        "syarat_diklat": ("SYARAT DIKLAT", "DIKLAT", "SYARAT PELATIHAN", "PELATIHAN"),
        "bezetting": (
            "BEZETTING",
            "KETERSEDIAAN",
            "JUMLAH PEGAWAI",
            "JUMLAH PEGAWAI ADA",
            "PEGAWAI ADA",
            "EKSISTING",
            "EXISTING",
            "JUMLAH PEMANGKU",
            "JUMLAH ASN",
            "BEZZETING",
        ),
    },
    "riwayat": {
        "nip": _NIP,
        "jabatan": ("JABATAN", "NAMA JABATAN", "JABATAN NAMA", "RIWAYAT JABATAN"),
        "unit_kerja": _UNIT,
        "tmt_mulai": ("TMT MULAI", "TMT", "TMT JABATAN", "TANGGAL MULAI", "MULAI", "DARI", "TMT AWAL"),
        "tmt_selesai": ("TMT SELESAI", "TANGGAL SELESAI", "SELESAI", "SAMPAI", "TMT AKHIR", "HINGGA"),
    },
    "abk": {
        "kode_jabatan": _KODE_JABATAN,
        "nama_jabatan": _NAMA_JABATAN,
        "unit_kerja": _UNIT,
        "uraian_tugas": ("URAIAN TUGAS", "TUGAS", "TUGAS POKOK", "URAIAN TUGAS POKOK", "KEGIATAN", "RINCIAN TUGAS"),
        "satuan_hasil": ("SATUAN HASIL", "SATUAN", "HASIL KERJA", "SATUAN HASIL KERJA"),
        "volume": (
            "VOLUME",
            "VOLUME PER TAHUN",
            "VOLUME TAHUN",
            "JUMLAH HASIL",
            "BEBAN KERJA",
            "VOLUME BEBAN KERJA",
            "JUMLAH HASIL PER TAHUN",
            "TARGET",
            # a period in the header is read by workload.tasksheet (issue 17)
            "VOLUME PER BULAN",
            "VOLUME PER MINGGU",
            "VOLUME PER HARI",
            "JUMLAH HASIL PER BULAN",
            "JUMLAH HASIL PER MINGGU",
            "JUMLAH HASIL PER HARI",
        ),
        "norma_waktu": (
            "NORMA WAKTU",
            "NORMA WAKTU MENIT",
            "WAKTU PENYELESAIAN",
            "WAKTU PENYELESAIAN MENIT",
            "NORMA WAKTU PENYELESAIAN",
            "WAKTU MENIT",
            "WAKTU PENYELESAIAN JAM",
            "NORMA WAKTU JAM",
        ),
        # e-Anjab / SIANJAB columns (singgihadis/anjab abk table and print form, orproject04/uianjab
        # tugas_pokok_abk, WOLA time units): issue 17
        "periode": ("SATUAN PERIODE", "PERIODE", "KETERANGAN WAKTU", "SATUAN WAKTU", "PERIODE WAKTU", "FREKUENSI"),
        "waktu_efektif": (
            "WAKTU EFEKTIF",
            "WAKTU KERJA EFEKTIF",
            "JAM KERJA EFEKTIF",
            "WKE",
            "WAKTU EFEKTIF MENIT",
            "WAKTU KERJA EFEKTIF MENIT",
        ),
        "kebutuhan_tugas": ("KEBUTUHAN PEGAWAI", "KEBUTUHAN", "JUMLAH KEBUTUHAN PEGAWAI", "KEBUTUHAN SDM"),
    },
    "usulan": {
        "nip": _NIP,
        "kode_jabatan": (*_KODE_JABATAN, "KODE JABATAN TUJUAN"),
        "nama_jabatan": (
            "NAMA JABATAN",
            "JABATAN TUJUAN",
            "JABATAN",
            "NAMA JABATAN TUJUAN",
            "JABATAN BARU",
            "USULAN JABATAN",
        ),
        "unit_kerja": (
            "UNIT KERJA",
            "UNIT KERJA TUJUAN",
            "UNIT TUJUAN",
            "UNOR TUJUAN",
            "OPD TUJUAN",
            "UNIT KERJA BARU",
        ),
    },
}

#: headers known to carry no canonical field: never fuzzy-mapped (``NIP LAMA`` must not
#: become ``nip``; SIASN GUID columns must not become codes)
IGNORED: frozenset[str] = frozenset(
    {
        "NO",
        "NO URUT",
        "NOMOR",
        "NOMOR URUT",
        "NIP LAMA",
        "STATUS CPNS PNS",
        "NIP 9 DIGIT",
        "GELAR DEPAN",
        "GELAR BELAKANG",
        "NIK",
        "NPWP NOMOR",
        "NOMOR HP",
        "EMAIL",
        "EMAIL GOV",
        "ALAMAT",
        "BPJS",
        "AGAMA NAMA",
        "TEMPAT LAHIR NAMA",
        "JENIS KAWIN NAMA",
        "KETERANGAN",
        "KET",
        "KURANG LEBIH",
        "SELISIH",
        "GOL AWAL NAMA",
        "TMT GOLONGAN",
        "TMT CPNS",
        "TMT PNS",
        "TAHUN LULUS",
        "NAMA SEKOLAH",
        "LOKASI KERJA NAMA",
        "INSTANSI INDUK NAMA",
        "INSTANSI KERJA NAMA",
        "SATUAN KERJA INDUK NAMA",
        "SATUAN KERJA KERJA NAMA",
        "KPKN NAMA",
        "ESELON NAMA",
        "ESELON",
        "ESL",
    }
)


def normalize_header(text: object) -> str:
    """Return the lookup key of a header: upper case, punctuation and breaks as one space."""
    if text is None:
        return ""
    return _NON_ALNUM.sub(" ", str(text).upper()).strip()


def is_ignored(key: str) -> bool:
    """Tell whether a normalised header is a known non-field column (ids, NIP LAMA ...)."""
    return key in IGNORED or key == "ID" or key.endswith(" ID") or (key.startswith("ID ") and " " not in key[3:])


@cache
def alias_index(kind: str) -> dict[str, str]:
    """Return ``{normalised alias: field}`` for one table kind (canonical names included)."""
    index: dict[str, str] = {}
    for field, aliases in ALIASES[kind].items():
        for alias in (field, *aliases):
            key = normalize_header(alias.replace("_", " "))
            owner = index.setdefault(key, field)
            if owner != field:
                raise AssertionError(f"alias {alias!r} of {kind} maps to both {owner} and {field}")
    return index


def lookup(kind: str, text: object) -> str | None:
    """Return the canonical field a header spelling means for ``kind``, or ``None``."""
    return alias_index(kind).get(normalize_header(text))
