"""One table of Indonesian labels for canonical field names and coded values.

JSON keys and CSV columns stay canonical snake_case; everything a person reads (Excel
headers, terminal table headers, Parameter sheet rows) takes its words from here, so a
field is called the same everywhere. :func:`label` never returns a code-style name: a
field missing from the table is humanised (``baris_usulan`` → ``Baris Usulan``), and a
test keeps the table complete for every column the writers emit.
"""

from __future__ import annotations

from collections.abc import Iterable

from asn_mutasi.errors import STDIN_NAME

#: canonical field → Indonesian header (Title Case, domain words: NIP, TMT, bezetting, EJ)
FIELD_LABELS: dict[str, str] = {
    # people and positions
    "nip": "NIP",
    "nama": "Nama",
    "golongan": "Gol/Ruang",
    "pangkat_golongan": "Pangkat/Gol. Ruang",
    "jabatan": "Jabatan",
    "unit_kerja": "Unit Kerja",
    "jabatan_terdekat": "Jabatan Terdekat di Peta Jabatan",
    "perangkat_daerah": "Perangkat Daerah (OPD)",
    "perangkat_daerah_asal": "Perangkat Daerah (OPD) Asal",
    "perangkat_daerah_tujuan": "Perangkat Daerah (OPD) Tujuan",
    "perangkat_daerah_sebelum": "Perangkat Daerah (OPD) Sebelum",
    "perangkat_daerah_sesudah": "Perangkat Daerah (OPD) Sesudah",
    "perangkat_daerah_sekarang": "Perangkat Daerah (OPD) Sekarang",
    "kode_jabatan": "Kode Jabatan",
    "nama_jabatan": "Nama Jabatan",
    "jenis_jabatan": "Jenis Jabatan",
    "kelas_jabatan": "Kelas Jabatan",
    "pendidikan": "Pendidikan",
    "jurusan": "Jurusan",
    "tmt_jabatan": "TMT Jabatan",
    "tanggal_lahir": "Tanggal Lahir",
    "jenis_kelamin": "Jenis Kelamin",
    "status_kepegawaian": "Status Kepegawaian",
    "status_cpns_pns": "Status CPNS/PNS",
    "kedudukan_hukum": "Kedudukan Hukum",
    "instansi": "Instansi",
    "eselon": "Eselon",
    "status_jabatan": "Status Jabatan",
    "predikat_kinerja": "Predikat Kinerja",
    "hukuman_disiplin": "Hukuman Disiplin",
    "tugas_belajar": "Tugas Belajar",
    "riwayat_jabatan": "Riwayat Jabatan",
    "diklat": "Diklat",
    "preferensi_unit": "Preferensi Unit",
    "syarat_pendidikan": "Syarat Pendidikan",
    "syarat_jurusan": "Syarat Jurusan",
    "syarat_golongan": "Syarat Golongan",
    "syarat_pengalaman": "Syarat Pengalaman",
    "syarat_diklat": "Syarat Diklat",
    "tmt_mulai": "TMT Mulai",
    "tmt_selesai": "TMT Selesai",
    "alasan_usulan": "Alasan Usulan",
    "pengusul": "Pengusul",
    "tanggal_usulan": "Tanggal Usulan",
    "status_usulan": "Status Usulan",
    "indikator": "Indikator",
    "periode": "Periode",
    "arah": "Arah",
    # staffing and workload
    "jumlah_jabatan": "Jumlah Jabatan",
    "kebutuhan": "Kebutuhan",
    "bezetting": "Bezetting (termasuk CPNS)",
    "bezetting_cpns": "CPNS",
    "selisih": "Selisih (+/−)",
    "status": "Status",
    "lowongan": "Lowongan",
    "kelebihan": "Kelebihan",
    "proyeksi_pensiun": "Proyeksi Pensiun",
    "lowongan_proyeksi": "Lowongan + Proyeksi Pensiun",
    "tidak_tertaut": "Pegawai Tidak Tertaut",
    "beban_kerja_jam": "Beban Kerja (jam/tahun)",
    "beban_kerja_menit": "Beban Kerja (menit/tahun)",
    "waktu_efektif": "Waktu Kerja Efektif Jabatan",
    "pensiun_tahun": "BUP Tahun (Formulir 1)",
    "selisih_tercatat": "Selisih Tercatat",
    "uraian_tugas": "Uraian Tugas",
    "satuan_hasil": "Satuan Hasil",
    "volume": "Volume",
    "norma_waktu": "Norma Waktu",
    "kebutuhan_tugas": "Kebutuhan per Tugas",
    "wke_jam": "Waktu Kerja Efektif (jam/tahun)",
    "tanpa_abk": "Tanpa ABK",
    "ej": "EJ",
    "kelas_ej": "Kelas EJ",
    "beban_lebih": "Beban Lebih",
    "beban_kurang": "Beban Kurang",
    "catatan": "Catatan",
    "bup": "BUP (tahun)",
    "tmt_pensiun": "TMT Pensiun",
    "predikat": "Predikat",
    "rentang": "Rentang",
    "rumus": "Rumus",
    "selisih_sebelum": "Selisih Sebelum",
    "selisih_sesudah": "Selisih Sesudah",
    "bezetting_sebelum": "Bezetting Sebelum",
    "bezetting_sesudah": "Bezetting Sesudah",
    "perubahan_bezetting": "Perubahan Bezetting",
    "lowongan_sebelum": "Lowongan Sebelum",
    "lowongan_sesudah": "Lowongan Sesudah",
    "ej_sebelum": "EJ Sebelum",
    "ej_sesudah": "EJ Sesudah",
    "kelas_ej_sebelum": "Kelas EJ Sebelum",
    "kelas_ej_sesudah": "Kelas EJ Sesudah",
    # matching and the plan
    "peringkat": "Peringkat",
    "skor": "Skor",
    "skor_pendidikan": "Skor Pendidikan",
    "skor_jurusan": "Skor Jurusan",
    "skor_pengalaman": "Skor Pengalaman",
    "skor_golongan": "Skor Golongan",
    "skor_kinerja": "Skor Kinerja",
    "skor_diklat": "Skor Diklat",
    "skor_preferensi": "Skor Preferensi",
    "status_pendidikan": "Status Pendidikan",
    "memenuhi_pendidikan": "Memenuhi Pendidikan",
    "layak": "Layak",
    "memenuhi_pengalaman": "Memenuhi Syarat Pengalaman",
    "tahun_jabatan_sama": "Pengalaman Jabatan Sama (tahun)",
    "tahun_serumpun": "Pengalaman Serumpun (tahun)",
    "tahun_bidang_sama": "Pengalaman Bidang Sama (tahun)",
    "syarat_pengalaman_penentu": "Syarat Pengalaman Penentu",
    "keluar_profesi": "Keluar dari Profesi",
    "alasan": "Alasan",
    "baris_usulan": "Baris Usulan",
    "id_mutasi": "ID Mutasi",
    "kode_jabatan_asal": "Kode Jabatan Asal",
    "jabatan_asal": "Jabatan Asal",
    "unit_asal": "Unit Kerja Asal",
    "kode_jabatan_tujuan": "Kode Jabatan Tujuan",
    "jabatan_tujuan": "Jabatan Tujuan",
    "unit_tujuan": "Unit Kerja Tujuan",
    "jenis_lowongan": "Lowongan yang Diisi",
    "rantai": "Rantai Mutasi",
    "keputusan": "Keputusan",
    "terisi": "Terisi oleh Rencana",
    "lowongan_tidak_terisi": "Lowongan Tidak Terisi",
    # apply / compare
    "nomor_urut": "No",
    "jabatan_lama": "Jabatan Lama",
    "unit_lama": "Unit Kerja Lama",
    "jabatan_baru": "Jabatan Baru",
    "unit_baru": "Unit Kerja Baru",
    "tmt": "TMT",
    "jabatan_sebelum": "Jabatan Sebelum",
    "unit_sebelum": "Unit Kerja Sebelum",
    "jabatan_sesudah": "Jabatan Sesudah",
    "unit_sesudah": "Unit Kerja Sesudah",
    "terlaksana": "Terlaksana",
    "jabatan_sekarang": "Jabatan Sekarang",
    "unit_sekarang": "Unit Kerja Sekarang",
    # findings, mapping, accounting
    "kode": "Kode Temuan",
    "tingkat": "Tingkat",
    "pesan": "Pesan",
    "berkas": "Berkas",
    "lembar_kerja": "Lembar Kerja",
    "baris": "Baris Excel",
    "kolom": "Kolom",
    "judul_kolom": "Judul Kolom",
    "kolom_baku": "Kolom Baku",
    "nilai": "Nilai",
    "cara": "Cara Pemetaan",
    "tabel": "Tabel",
    "baris_data": "Baris Data",
    "valid": "Valid",
    "dikecualikan": "Dikecualikan",
    "parameter": "Parameter",
    "nilai_parameter": "Nilai",
    "satuan_parameter": "Satuan",
    "keterangan_parameter": "Keterangan",
    "ukuran": "Ukuran",
    "nilai_ringkasan": "Nilai",
    "opd": "OPD / Unit Kerja",
}

#: column headers of the ledger's round rows (schema.ROUND_FIELDS) in workbooks, where the
#: field's label alone would not say it is a round's figure
ROUND_LABELS: dict[str, str] = {
    "id_putaran": "ID Putaran",
    "waktu": "Waktu Dicatat",
    "berkas_rencana": "Berkas Rencana",
    "sha256_pegawai": "SHA-256 Data Pegawai",
    "tanggal_acuan": "Tanggal Acuan",
    "pindah": "Mutasi Diusulkan",
    "lowongan_terisi": "Lowongan Terisi",
    "batas_atas_lowongan_terisi": "Batas Atas Lowongan Terisi",
    "batas_atas_dengan_rotasi": "Batas Atas Lowongan Terisi dengan Wajib Rotasi",
    "status_solver": "Status Penyelesaian",
    "indeks_ketimpangan_sebelum": "Indeks Ketimpangan Sebelum",
    # the plan's figure (at the end of its horizon when retirements are projected), not `bandingkan`'s "sesudah"
    # measured on the roster after the moves: one name for each (walkthrough: one key, 0,115 and 0,084; walk9, h32)
    "indeks_ketimpangan_dengan_rencana": "Indeks Ketimpangan dengan Rencana",
    "keputusan_dicatat": "Keputusan Dicatat",
    "mutasi_diterapkan": "Mutasi Diterapkan",
    "mutasi_ditolak_pemeriksaan_ulang": "Mutasi Ditolak Pemeriksaan Ulang",
    "keputusan_tolak_tunda": "Mutasi Ditolak/Ditunda Penilai",
    "versi": "Versi asn-mutasi",
}

#: shorter headers for terminal tables, where the full label would widen a column (everything else: label())
TABLE_LABELS: dict[str, str] = {
    "baris": "Baris",
    "baris_usulan": "Baris",
    "batas_atas_lowongan_terisi": "Batas Atas",
    "batas_atas_dengan_rotasi": "Batas Atas dengan Rotasi",
    "lowongan_terisi": "Lowongan Terisi",
    "beban_kerja_jam": "Beban Kerja (jam)",
    "bezetting": "Bezetting",
    "bup": "BUP",
    "jenis_diklat": "Jenis",
    "jenis_lowongan": "Lowongan",
    "keputusan_dicatat": "Keputusan",
    "keputusan_tolak_tunda": "Tolak/Tunda Penilai",
    "kode": "Kode",
    "lowongan_proyeksi": "Lowongan + Pensiun",
    "mutasi_diterapkan": "Diterapkan",
    "mutasi_ditolak_pemeriksaan_ulang": "Ditolak Pemeriksaan Ulang",
    "nama_diklat": "Diklat",
    "nama_penilai": "Penilai",
    "nomor_dokumen": "Nomor BA/SK",
    "peringkat": "#",
    "pindah": "Mutasi",
    "proyeksi_pensiun": "Pensiun",
    "selisih": "Selisih",
    "status_pendidikan": "Pendidikan",
    "unit_asal": "Unit Asal",
    "unit_tujuan": "Unit Tujuan",
}

#: summary figures (plan Ringkasan, compare Ringkasan, command summaries) → sentence-case label
SUMMARY_LABELS: dict[str, str] = {
    "pegawai_input": "Pegawai dalam data masukan",
    "pindah": "Pegawai dipindah",
    "tetap": "Pegawai tetap",
    "dikecualikan": "Pegawai dikecualikan",
    "dikecualikan_tidak_valid": "Dikecualikan: baris tidak valid (NIP, kolom wajib)",
    "dikecualikan_instansi_lain": "Dikecualikan: baris instansi lain (hanya instansi yang dipilih yang direncanakan)",
    "dikecualikan_nrp": "Dikecualikan: NRP anggota TNI/Polri (tetap di jabatannya, tidak dipindah)",
    "dikecualikan_tidak_aktif": "Dikecualikan: kedudukan hukum tidak aktif (CLTN, pensiun …) atau bukan ASN",
    "dikecualikan_tanpa_jabatan": "Dikecualikan: jabatan tidak tertaut ke peta jabatan",
    "dikecualikan_nip_ganda": "Dikecualikan: NIP ganda (baris kedua dst.)",
    "lowongan_saat_ini": "Lowongan saat ini (kursi yang dipegang CPNS dihitung terisi)",
    "lowongan_awal": "Lowongan awal (termasuk proyeksi pensiun)",
    "lowongan_terisi": "Lowongan terisi oleh rencana",
    "batas_atas_pengisian": "Batas atas lowongan yang dapat diisi (maksimum atas semua pasangan layak, tanpa wajib rotasi)",
    "dasar_batas_atas": "Dasar batas atas bila pengisian maksimum belum terbukti (batas waktu)",
    "batas_atas_tanpa_kunci": "Batas atas lowongan terisi bila mutasi terkunci dilepas",
    "batas_atas_tanpa_tetap": "Batas atas lowongan terisi bila NIP tetap boleh dipindah",
    "batas_atas_dengan_rotasi": "Batas atas lowongan terisi dengan wajib rotasi (tanpa merotasi lebih sedikit pegawai jatuh tempo)",
    "rotasi_jatuh_tempo": "Pegawai jatuh tempo rotasi (wajib rotasi)",
    "rotasi_dipindah": "Pegawai jatuh tempo rotasi yang dipindah",
    "status_solver": "Status penyelesaian",
    "celah_optimalitas": "Celah optimalitas bila batas waktu tercapai: (batas atas − lowongan terisi) / batas atas "
    "(dengan wajib rotasi: batas atas dengan rotasi)",
    "celah_tujuan_solver": "Teknis: celah relatif solver MILP pada fungsi tujuannya sendiri (bukan celah lowongan "
    "terisi; lihat Celah optimalitas)",
    "sekunder_terbukti_optimal": "Urutan kedua (kecocokan, biaya pindah) terbukti optimal",
    "putaran_penetapan_harga": "Putaran pemeriksaan optimalitas",
    "catatan_solver": "Catatan penyelesaian",
    "catatan_pengaturan": "Catatan pengaturan",
    "lowongan_tidak_terisi": "Lowongan tidak terisi",
    "total_skor": "Total skor kecocokan mutasi",
    "rata_rata_skor": "Rata-rata skor kecocokan per pindah",
    "indeks_ketimpangan_sebelum": "Indeks ketimpangan sebelum (lebih kecil lebih baik)",
    "indeks_ketimpangan_tanpa_rencana": "Indeks ketimpangan akhir horizon tanpa rencana (pensiun saja)",
    "indeks_ketimpangan_dengan_rencana": "Indeks ketimpangan dengan rencana",
    "indeks_ketimpangan_sesudah": "Indeks ketimpangan sesudah",
    "metode_penyelesaian": "Metode penyelesaian",
    "pembanding_lowongan_terisi": "Pembanding sederhana (isi satu per satu): lowongan terisi",
    "pembanding_total_skor": "Pembanding sederhana: total skor semua pindahnya (termasuk pindah yang hanya menggeser lowongan)",
    "pembanding_pindah": "Pembanding sederhana: pegawai dipindah",
    "pembanding_rata_rata_skor": "Pembanding sederhana: rata-rata skor per pindah",
    "aspirasi_formulir": "Aspirasi: pegawai yang mengisi formulir",
    "aspirasi_pindah_berformulir": "Aspirasi: pegawai dipindah yang mengisi formulir",
    "aspirasi_pilihan_1": "Aspirasi: dipindah ke pilihan 1",
    "aspirasi_pilihan_2": "Aspirasi: dipindah ke pilihan 2",
    "aspirasi_pilihan_3": "Aspirasi: dipindah ke pilihan 3",
    "aspirasi_tidak_terpenuhi": "Aspirasi: dipindah tidak ke pilihannya (pilihan tak dapat dipenuhi tanpa mengurangi isi)",
    "aspirasi_tanpa_pilihan": "Aspirasi: dipindah, formulir diisi tanpa pilihan unit/jabatan",
    "aspirasi_pindah_tidak_bersedia": "Aspirasi: dipindah walau tidak bersedia (tanpanya lowongan terisi berkurang)",
    "kebutuhan_diklat": "Kebutuhan diklat pegawai yang dipindah (lihat lembar kerja Kebutuhan Diklat)",
    "jumlah_pegawai_sebelum": "Jumlah pegawai sebelum",
    "jumlah_pegawai_sesudah": "Jumlah pegawai sesudah",
    "masuk": "Pegawai masuk",
    "keluar": "Pegawai keluar",
    "baris_dikecualikan_sebelum": "Baris data sebelum yang dikecualikan (tidak dibandingkan)",
    "baris_dikecualikan_sesudah": "Baris data sesudah yang dikecualikan (tidak dibandingkan)",
    "lowongan_sebelum": "Lowongan sebelum",
    "lowongan_sesudah": "Lowongan sesudah",
    "rencana_disetujui": "Mutasi disetujui dalam rencana",
    "rencana_terlaksana": "Mutasi rencana yang terlaksana",
    "rencana_belum_terlaksana": "Mutasi rencana yang belum terlaksana",
    "versi_asn_mutasi": "Versi asn-mutasi",
    "waktu_pembuatan": "Waktu pembuatan",
}

_YA_TIDAK = ""  # a switch's value says "ya"/"tidak": no unit
_POIN = "poin"  # on the 0-100 score scale
_FAKTOR = "faktor (0–1)"

#: every setting (``[section] key``, as config.Settings flattens it) and every run option a workbook's Parameter sheet
#: records → (what it is in the analyst's words, its unit); the sheet shows both beside the key (polish2, h34). A
#: test holds it to config.Settings, so a new setting without words fails there rather than showing a bare key.
PARAMETER_LABELS: dict[str, tuple[str, str]] = {
    # run options and provenance
    "versi_asn_mutasi": ("Versi asn-mutasi", ""),
    "waktu_pembuatan": ("Waktu pembuatan buku kerja", "tanggal dan jam"),
    "id_putaran": ("ID putaran rencana (buku besar mutasi)", ""),
    "sha256_pegawai": ("Sidik jari SHA-256 data pegawai", ""),
    "tanggal_acuan": ("Tanggal acuan (masa jabatan, usia, pensiun)", "tanggal"),
    "horizon_bulan": ("Jangka proyeksi pensiun", "bulan"),
    "nip_tetap": ("Pegawai yang ditahan di jabatannya", "pegawai"),
    "pin": ("Berkas kunci penempatan", ""),
    "berkas_aspirasi": ("Berkas formulir aspirasi", ""),
    "berkas_input": ("Berkas masukan dan sidik jari SHA-256-nya", ""),
    # [aturan]
    "aturan.min_tahun_di_jabatan": ("Masa paling singkat dalam jabatan sebelum boleh dipindah", "tahun"),
    "aturan.rotasi_tahun": ("Masa paling lama dalam satu jabatan sebelum rotasi", "tahun"),
    "aturan.bulan_sebelum_bup": ("Tidak dipindah dalam masa ini sebelum BUP", "bulan"),
    "aturan.cpns_tidak_dipindah": ("CPNS tidak dipindah", _YA_TIDAK),
    "aturan.pppk_tetap_jabatan": ("PPPK hanya pindah unit dalam jabatan yang sama", _YA_TIDAK),
    "aturan.hukdis_tidak_dipindah": ("Pegawai yang menjalani hukuman disiplin tidak dipindah", _YA_TIDAK),
    "aturan.tugas_belajar_tidak_dipindah": ("Pegawai tugas belajar tidak dipindah", _YA_TIDAK),
    "aturan.cek_masa_jabatan": ("Periksa masa dalam jabatan", _YA_TIDAK),
    "aturan.cek_bup": ("Periksa batas usia pensiun (BUP)", _YA_TIDAK),
    "aturan.cek_pendidikan": ("Periksa syarat pendidikan jabatan tujuan", _YA_TIDAK),
    "aturan.cek_syarat_pengalaman": ("Periksa syarat pengalaman jabatan tujuan", _YA_TIDAK),
    "aturan.cek_kesetaraan": ("Hanya mutasi setara (bukan promosi atau penurunan jabatan)", _YA_TIDAK),
    "aturan.syarat_dari_jenjang": (
        "Syarat pendidikan dari jenis/jenjang bila peta jabatan tidak menulisnya",
        _YA_TIDAK,
    ),
    "aturan.maks_naik_kelas": ("Kenaikan kelas jabatan paling banyak", "kelas"),
    "aturan.maks_turun_kelas": ("Penurunan kelas jabatan paling banyak", "kelas"),
    "aturan.blokir_keluar_profesi": ("Tolak perpindahan pejabat fungsional keluar dari JF-nya", _YA_TIDAK),
    "aturan.bup_jpt": ("BUP jabatan pimpinan tinggi (JPT)", "tahun usia"),
    "aturan.bup_administrator": ("BUP jabatan administrator", "tahun usia"),
    "aturan.bup_pengawas": ("BUP jabatan pengawas", "tahun usia"),
    "aturan.bup_pelaksana": ("BUP jabatan pelaksana", "tahun usia"),
    "aturan.bup_fungsional_ahli_utama": ("BUP JF ahli utama", "tahun usia"),
    "aturan.bup_fungsional_ahli_madya": ("BUP JF ahli madya", "tahun usia"),
    "aturan.bup_fungsional_lain": ("BUP JF jenjang lain", "tahun usia"),
    "aturan.bup_guru": ("BUP guru (juga kepala sekolah)", "tahun usia"),
    "aturan.bup_dosen": ("BUP dosen", "tahun usia"),
    "aturan.bup_guru_besar": ("BUP dosen guru besar (profesor)", "tahun usia"),
    "aturan.bup_peneliti_ahli_madya": ("BUP peneliti/perekayasa ahli madya", "tahun usia"),
    "aturan.bup_peneliti_ahli_utama": ("BUP peneliti/perekayasa ahli utama", "tahun usia"),
    # [bobot]
    "bobot.pendidikan": ("Bobot jenjang pendidikan dalam skor kesesuaian", _POIN),
    "bobot.jurusan": ("Bobot kesesuaian jurusan dalam skor kesesuaian", _POIN),
    "bobot.pengalaman": ("Bobot pengalaman jabatan dalam skor kesesuaian", _POIN),
    "bobot.golongan": ("Bobot golongan dalam skor kesesuaian", _POIN),
    "bobot.kinerja": ("Bobot kinerja dalam skor kesesuaian", _POIN),
    "bobot.diklat": ("Bobot diklat dalam skor kesesuaian", _POIN),
    "bobot.preferensi": ("Bobot preferensi dalam skor kesesuaian", _POIN),
    "bobot.serumpun_faktor": ("Nilai jurusan serumpun, bagian dari bobot jurusan", _FAKTOR),
    "bobot.relevansi_umum": ("Nilai jurusan di jabatan tanpa syarat jurusan dan tanpa bidang khusus", _FAKTOR),
    "bobot.relevansi_lain": ("Nilai jurusan di jabatan tanpa syarat jurusan yang bidangnya lain", _FAKTOR),
    "bobot.tahun_pengalaman_penuh": ("Masa pengalaman yang mendapat nilai pengalaman penuh", "tahun"),
    "bobot.ambang_pengalaman": ("Kemiripan nama JF yang salah ketik yang masih dibaca JF itu", "skor (0–100)"),
    "bobot.pengalaman_jabatan_sama": ("Nilai pengalaman di jabatan atau JF yang sama", _FAKTOR),
    "bobot.pengalaman_serumpun": ("Nilai pengalaman di JF serumpun", _FAKTOR),
    "bobot.pengalaman_bidang_sama": ("Nilai pengalaman di bidang kerja yang sama", _FAKTOR),
    "bobot.kandidat_pra_skor": ("Kandidat per jabatan yang lolos saringan skor awal", "pegawai"),
    # [beban_kerja]
    "beban_kerja.jam_kerja_efektif": ("Waktu kerja efektif (WKE) setahun", "jam"),
    "beban_kerja.menit_kerja_efektif": ("Waktu kerja efektif (WKE) setahun", "menit"),
    "beban_kerja.pembulatan": ("Pembulatan kebutuhan pegawai (bulat, atas, bawah)", ""),
    "beban_kerja.menit_kerja_per_hari": ("Waktu kerja efektif sehari", "menit"),
    "beban_kerja.hari_kerja_per_minggu": ("Hari kerja seminggu", "hari"),
    "beban_kerja.pakai_wke_lembar": ("Pakai WKE yang tertulis di lembar tugas ABK", _YA_TIDAK),
    "beban_kerja.ej_desimal": ("Angka di belakang koma EJ sebelum dinilai (−1: tanpa pembulatan)", "angka"),
    "beban_kerja.ej_a": ("EJ di atas ini: kelas A", "EJ"),
    "beban_kerja.ej_b": ("EJ paling rendah kelas B", "EJ"),
    "beban_kerja.ej_c": ("EJ paling rendah kelas C", "EJ"),
    "beban_kerja.ej_d": ("EJ paling rendah kelas D (di bawahnya E)", "EJ"),
    "beban_kerja.ej_beban_lebih": ("EJ di atas ini: beban kerja lebih", "EJ"),
    "beban_kerja.ej_beban_kurang": ("EJ di bawah ini: beban kerja kurang", "EJ"),
    "beban_kerja.horizon_bulan": ("Jangka proyeksi pensiun", "bulan"),
    # [rencana]
    "rencana.bobot_isi_lowongan": ("Nilai tiap lowongan yang terisi (usang, tidak berpengaruh)", _POIN),
    "rencana.biaya_pindah": ("Biaya tiap perpindahan", _POIN),
    "rencana.bonus_dari_surplus": ("Nilai memindahkan pegawai dari jabatan yang kelebihan", _POIN),
    "rencana.skor_minimum": ("Skor kesesuaian paling rendah yang diusulkan", "skor (0–100)"),
    "rencana.maks_pindah_per_unit": (
        "Pegawai paling banyak dipindah keluar dari satu unit (kosong: tanpa batas)",
        "pegawai",
    ),
    "rencana.min_pegawai_per_unit": ("Pegawai paling sedikit di tiap unit (kosong: tanpa batas)", "pegawai"),
    "rencana.rotasi_wajib": ("Pegawai yang melewati masa rotasi wajib dipindah bila bisa", _YA_TIDAK),
    "rencana.isi_proyeksi_pensiun": ("Isi juga lowongan proyeksi pensiun dalam jangka proyeksi", _YA_TIDAK),
    "rencana.kandidat_per_lowongan": ("Kandidat per lowongan (usang, tidak berpengaruh)", "pegawai"),
    "rencana.calon_semua_jabatan": ("Calon dari semua jabatan (usang, tidak berpengaruh)", _YA_TIDAK),
    "rencana.batas_waktu_milp_detik": ("Batas waktu penyelesaian rencana bila pindah per unit dibatasi", "detik"),
    "rencana.maks_pasangan_harga": ("Pasangan pegawai–jabatan paling banyak dinilai untuk optimum kedua", "pasangan"),
    "rencana.maks_pasangan_harga_batas_unit": (
        "Pasangan pegawai–jabatan paling banyak dinilai untuk optimum kedua bila pindah per unit dibatasi",
        "pasangan",
    ),
    # [baca]
    "baca.maks_ukuran_isi_mb": ("Ukuran isi buku kerja paling besar setelah dibuka", "MB"),
    "baca.maks_rasio_kompresi": ("Rasio pemampatan paling besar satu bagian buku kerja", "kali"),
    "baca.maks_entri_zip": ("Bagian (entri zip) buku kerja paling banyak", "entri"),
    "baca.maks_sel": ("Sel paling banyak dalam satu lembar kerja", "sel"),
    "baca.maks_ukuran_csv_mb": ("Ukuran berkas CSV/TSV paling besar", "MB"),
    "baca.maks_baris_aspirasi": ("Baris formulir aspirasi paling banyak", "baris"),
    # [tata_kelola]
    "tata_kelola.tahap_final": ("Tahap persetujuan yang mengesahkan mutasi", ""),
    "tata_kelola.wajib_tahap": ("Wajib persetujuan bertahap", _YA_TIDAK),
    "tata_kelola.buku_besar": ("Berkas buku besar mutasi (kosong: di folder buku kerja rencana)", ""),
    # [aspirasi]
    "aspirasi.bobot_pilihan_1": ("Nilai penempatan di pilihan pertama pegawai", _POIN),
    "aspirasi.bobot_pilihan_2": ("Nilai penempatan di pilihan kedua pegawai", _POIN),
    "aspirasi.bobot_pilihan_3": ("Nilai penempatan di pilihan ketiga pegawai", _POIN),
    "aspirasi.biaya_tidak_bersedia": ("Biaya memindahkan pegawai yang tidak bersedia dipindah", _POIN),
    "aspirasi.tidak_bersedia_wajib_tetap": ("Pegawai yang tidak bersedia dipindah wajib tetap", _YA_TIDAK),
    # [surat]
    "surat.instansi": ("Nama instansi di kop surat", ""),
    "surat.nama_bkd": ("Nama BKPSDM di kop surat", ""),
    "surat.alamat_bkd": ("Alamat BKPSDM di kop surat", ""),
    "surat.pejabat": ("Jabatan penandatangan Keputusan (PPK)", ""),
    "surat.nama_pejabat": ("Nama Pejabat Pembina Kepegawaian", ""),
    "surat.kepala_bkd": ("Nama Kepala BKPSDM", ""),
    "surat.pangkat_kepala_bkd": ("Pangkat Kepala BKPSDM", ""),
    "surat.nip_kepala_bkd": ("NIP Kepala BKPSDM", ""),
    "surat.tempat": ("Tempat penetapan surat", ""),
    "surat.nomor_sk": ("Nomor SK", ""),
    "surat.nomor_surat": ("Nomor surat pemberitahuan", ""),
    "surat.nomor_surat_awal": ("Nomor urut surat pemberitahuan pertama", "nomor"),
}

#: ``[surat]`` settings (config.LetterSettings) in words, for a note about one: "Nomor SK ([surat] nomor_sk) …"
LETTER_SETTING_LABELS: dict[str, str] = {
    k.removeprefix("surat."): words for k, (words, _unit) in PARAMETER_LABELS.items() if k.startswith("surat.")
}


def parameter_words(key: str) -> tuple[str, str]:
    """Return (words, unit) of a Parameter-sheet key; a numbered input file ("berkas_input_2") as its kind."""
    return PARAMETER_LABELS.get(key) or PARAMETER_LABELS.get(key.rstrip("0123456789").rstrip("_"), ("", ""))


def letter_setting_words(key: str) -> str:
    """A ``[surat]`` setting in words with its key in brackets: "Nomor SK ([surat] nomor_sk)"."""
    return f"{LETTER_SETTING_LABELS.get(key, key)} ([surat] {key})"


#: ``[beban_kerja] pembulatan`` values in words (config.WorkloadSettings; "bulat" rounds half up)
ROUNDING_LABELS: dict[str, str] = {
    "bulat": "ke bilangan bulat terdekat, setengah ke atas",
    "atas": "ke atas",
    "bawah": "ke bawah",
}


def rounding_words(rule: str) -> str:
    """How a need is rounded, in words with the setting that says so: "dibulatkan ke atas, pengaturan
    [beban_kerja] pembulatan = "atas"" (the finding named only "pembulatan 'atas' dari [beban_kerja]")."""
    return f'dibulatkan {ROUNDING_LABELS.get(rule, rule)}, pengaturan [beban_kerja] pembulatan = "{rule}"'


#: finding severity (``Severity.value``) → the word shown to people
SEVERITY_LABELS: dict[str, str] = {"galat": "galat", "peringatan": "peringatan", "info": "info"}
BOOLEAN_LABELS: dict[bool, str] = {True: "ya", False: "tidak"}
#: coded values (statuses) → words, per field
VALUE_LABELS: dict[str, dict[str, str]] = {
    "tingkat": SEVERITY_LABELS,
    # the file a finding is in: "-" is the input read from stdin (JSON and CSV keep "-")
    "berkas": {"-": STDIN_NAME},
    "status": {
        "terlaksana": "terlaksana",
        "masih_di_asal": "masih di jabatan asal",
        "pindah_lain": "pindah ke jabatan lain",
        "keluar": "keluar",
        "tidak_di_sebelum": "tidak ada di data sebelum",
    },
    "status_pendidikan": {"sesuai": "sesuai", "serumpun": "serumpun", "tidak_sesuai": "tidak sesuai"},
    # the planner's outcome (JSON keeps the codes: optimal | batas-waktu | infeasible)
    "status_solver": {
        "optimal": "optimal (terbukti)",
        "batas-waktu": "berhenti di batas waktu (belum terbukti optimal)",
        "infeasible": "tidak layak",
    },
    # which method produced the plan; a suffix in brackets (e.g. the time-limit note) is kept as written
    "metode_penyelesaian": {
        "min-cost-flow": "eksak: aliran biaya minimum",
        "milp": "eksak: program bilangan bulat (dengan batas per unit)",
        "greedy": "sederhana: isi satu per satu",
    },
    # which input a row of check's Ringkasan counts (``api.check`` ``tabel``; it showed the bare "pegawai", "jabatan")
    "tabel": {"pegawai": "data pegawai", "jabatan": "peta jabatan"},
    # how check mapped a column (``api.check`` ``cara``)
    "cara": {
        "peta": "berkas peta kolom",
        "nama": "nama kolom baku",
        "alias": "judul dikenal",
        "fuzzy": "judul mirip",
        "isi": "isi kolom",
        "gabungan": "gabungan beberapa kolom",
        "pelengkap": "kolom pelengkap",
        "judul": "baris judul di atas tabel",
        "parameter": "opsi perintah",
        "sel-nama": "dari sel nama",
        "sel-jabatan": "dari sel jabatan",
        "baris": "jumlah baris (satu baris per formasi)",
    },
}


#: columns whose values are canonical field names (a finding's or a column mapping's "Kolom Baku"): shown in words
#: by :func:`field_words` in workbooks and terminal tables; JSON and CSV keep the name
FIELD_NAME_COLUMNS: frozenset[str] = frozenset({"kolom_baku"})


def humanise(name: str) -> str:
    """Return ``baris_usulan`` as ``Baris Usulan`` (the fallback for a field missing from the table)."""
    words = [w for w in name.strip("_").split("_") if w]
    return " ".join(w.upper() if w in {"nip", "ej", "tmt", "bup", "id", "sk", "abk"} else w.capitalize() for w in words)


def label(name: str) -> str:
    """Return the Indonesian header for a canonical field name."""
    return FIELD_LABELS.get(name) or SUMMARY_LABELS.get(name) or humanise(name)


def summary_label(name: str) -> str:
    """Return the sentence-case label of a summary figure (plan/compare Ringkasan rows)."""
    return SUMMARY_LABELS.get(name) or FIELD_LABELS.get(name) or humanise(name).capitalize()


def field_words(name: str) -> str:
    """Return a canonical field as a sentence names it: its label, then the name the analyst types in a
    ``--peta-kolom`` file and reads as a ``-f json/csv`` key ("Unit Kerja (unit_kerja)"; a label's own bracket gives
    way to the name: "Bezetting (bezetting)"). Every message naming a field takes it from here: findings and errors
    said "Kolom 'unit_kerja' tidak ada" and "maksud Anda 'tanggal_lahir'?" (lang4, h32)."""
    if not name:
        return ""
    words = label(name)
    head, sep, _ = words.partition(" (")
    return f"{head if sep and words.endswith(')') else words} ({name})"


def table_label(name: str) -> str:
    """Return the header of a terminal table column: the short form where there is one, else :func:`label`."""
    return TABLE_LABELS.get(name) or label(name)


def table_columns(*names: str) -> list[tuple[str, str]]:
    """Return the (field, header) columns of a terminal table, headers from this one table."""
    return [(n, table_label(n)) for n in names]


def labels(names: Iterable[str]) -> dict[str, str]:
    """Return ``{field: label(field)}`` for ``names``, in order."""
    return {n: label(n) for n in names}


def value_label(name: str, value: object) -> object:
    """Return the word shown for a coded value (severity, status, boolean); other values unchanged."""
    if isinstance(value, bool):
        return BOOLEAN_LABELS[value]
    if name in FIELD_NAME_COLUMNS and isinstance(value, str):
        return field_words(value)
    table = VALUE_LABELS.get(name)
    if table is not None and isinstance(value, str):
        if value in table:
            return table[value]
        head, sep, rest = value.partition(" (")  # "min-cost-flow (batas waktu tercapai; …)"
        if sep and head in table:
            return f"{table[head]} ({rest}"
    return value
