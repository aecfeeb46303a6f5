"""Findings are data: a stable code, a severity, a Bahasa Indonesia message, a location.

Rules yield :class:`Finding` objects; nothing here prints. The catalogue below is the
single source of codes (docs/findings.md is generated from it). Codes are Indonesian
kebab-case because analysts filter on them in the report workbook.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

import numpy as np

from asn_mutasi.labels import field_words
from asn_mutasi.serialise import is_missing


class Severity(StrEnum):
    """How bad a finding is; ordering is error > warning > info. The values are the words of every output (JSON
    and CSV ``tingkat`` included): the analyst reads them."""

    ERROR = "galat"
    WARNING = "peringatan"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"galat": 3, "peringatan": 2, "info": 1}[self.value]


@dataclass(frozen=True)
class CodeSpec:
    """One catalogue entry: default severity, message template and its keterangan (what it means, for the analyst)."""

    severity: Severity
    template: str
    keterangan: str
    #: the command-line option(s) that give the setting the message names in words: the terminal adds them to the
    #: message (:func:`option_hint`), while the workbooks and JSON, read by whoever did not type the command, say the
    #: setting in words only ("Wajib rotasi (--rotasi)" was printed in the plan's Masalah Data; render30, h38)
    opsi: str = ""


E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

#: Every finding code the tool can emit. Templates use ``str.format`` fields.
CATALOGUE: dict[str, CodeSpec] = {
    # --- reading and mapping --------------------------------------------------------
    "kolom-wajib-hilang": CodeSpec(
        E,
        "Kolom wajib {field} tidak ditemukan{saran}",
        "Tidak satu pun judul kolom berkas cocok dengan kolom wajib ini. Beri kolomnya judul yang dikenali, "
        "atau petakan dengan --peta-kolom.",
    ),
    "kolom-tidak-dikenal": CodeSpec(
        INFO,
        "Kolom '{header}' tidak dipetakan ke data baku mana pun{saran}",
        "Judul kolom yang tidak cocok dengan kolom baku mana pun; isinya diabaikan. Petakan dengan "
        "--peta-kolom bila isinya diperlukan.",
    ),
    "kolom-tidak-dikenal-lain": CodeSpec(
        INFO,
        "Dan {jumlah} kolom lain (kolom {rentang}) tidak dipetakan ke data baku mana pun; tidak dirinci satu per satu",
        "Lebih dari 100 judul kolom yang tidak dikenal dalam satu tabel (lembar kerja yang sangat lebar): 100 yang "
        "pertama dirinci sebagai kolom-tidak-dikenal, sisanya dihitung dalam satu baris ini. Isinya diabaikan; "
        "petakan dengan --peta-kolom bila isinya diperlukan.",
    ),
    "kolom-beban-tidak-dibaca": CodeSpec(
        W,
        "Kolom '{header}' tampak berisi beban kerja, tetapi tidak dipetakan: beban kerja dan EJ jabatan kosong; "
        "petakan kolomnya di berkas peta kolom (beban_kerja_jam = jam per tahun, beban_kerja_menit = menit per tahun)",
        "Peta jabatan tanpa kolom beban kerja yang terbaca, padahal ada judul kolom yang menyebut beban kerja "
        "(BEBAN) dengan ejaan yang tidak dikenali: tanpa temuan ini beban-kerja mencetak EJ kosong dan "
        "periksa hanya memberi satu baris info. Petakan kolomnya dengan --peta-kolom.",
        opsi="--peta-kolom",
    ),
    "kolom-dikenal-tidak-dipakai": CodeSpec(
        INFO,
        "Kolom '{header}' dikenal ({arti}), tetapi tidak dipakai di tabel ini",
        "Judul kolom yang dikenal untuk jenis tabel ini, tetapi tidak punya kolom baku di tabel ini (KELAS "
        "JABATAN di data pegawai: kelas jabatan diambil dari peta jabatan). Disebut sebagai kolom yang "
        "dikenal, tanpa ditebak sebagai kolom lain.",
    ),
    "kolom-tim-kerja": CodeSpec(
        INFO,
        "Kolom '{header}' berisi tim kerja (penugasan), bukan unit kerja: tidak dipakai sebagai unit kerja",
        "Kolom yang menyebut tim kerja ('SK Tim Kerja', 'Penempatan Tim', Pokja): tim kerja tidak ada di peta "
        "jabatan, sehingga kolom ini tidak dibaca sebagai unit kerja. Unit kerja diambil dari kolom lain, "
        "dari judul berkas, atau dari --unit-kerja.",
    ),
    "kolom-dipetakan-fuzzy": CodeSpec(
        W,
        "Kolom '{header}' dianggap sebagai {field} (kemiripan {skor}%)",
        "Judul kolom dipetakan karena ejaannya mirip, bukan karena termasuk ejaan yang dikenal; periksa bahwa "
        "isinya memang kolom itu, atau petakan dengan --peta-kolom.",
    ),
    "kolom-ganda": CodeSpec(
        W,
        "Data baku {field} cocok dengan beberapa kolom; dipakai kolom {kolom_dipakai} ('{header}'), kolom ini tidak",
        "Dua judul kolom cocok dengan kolom baku yang sama; yang pertama dipakai dan disebut dengan hurufnya "
        "(dua kolom bisa sama-sama berjudul 'NIP'). Temuan ini berada di kolom yang tidak dipakai; ganti "
        "judulnya bila kolom itulah yang benar.",
    ),
    "peta-kolom-tidak-ditemukan": CodeSpec(
        W,
        "Peta kolom menyebut judul '{header}' untuk {field}, tetapi judul itu tidak ada",
        "Berkas peta kolom menyebut judul kolom yang tidak ada di lembar kerja; periksa ejaan judul di berkas peta kolom.",
    ),
    "format-isi-berbeda": CodeSpec(
        INFO,
        "Berkas {sebutan} ini sebenarnya {isi}; dibaca menurut isinya",
        "Isi berkas tidak sesuai dengan akhiran namanya (halaman HTML hasil 'Export ke Excel' bernama .xls, "
        "buku kerja Excel bernama .csv, CSV bernama .xlsx): berkas dibaca menurut isinya, dan temuan ini "
        "menyebutkannya.",
    ),
    "csv-kutip-terbuka": CodeSpec(
        E,
        'Tanda kutip (") yang tidak ditutup membuat baris fisik {mulai}–{akhir} ({jumlah} baris berkas) terbaca sebagai '
        "satu sel di baris ini; pegawai di baris-baris itu tidak terbaca sendiri: perbaiki tanda kutipnya",
        "Tanda kutip yang dibuka di sebuah sel CSV dan tidak pernah ditutup menelan baris-baris berikutnya "
        "(baris utuh beserta pemisahnya) ke dalam satu sel: pegawai di baris itu tidak terbaca sebagai baris "
        "sendiri. Baris fisik berkasnya disebut; perbaiki tanda kutipnya lalu baca ulang.",
    ),
    "csv-baris-berkutip": CodeSpec(
        INFO,
        "{jumlah} baris berkas diapit tanda kutip (atau dibuka tanda kutip yang tidak ditutup) padahal berisi satu "
        "baris data utuh, seperti pada ekspor SIASN: tanda kutipnya diabaikan dan barisnya dibaca biasa "
        "(baris berkas {baris})",
        "Baris ekspor berpemisah yang diapit tanda kutip, atau dibuka tanda kutip yang tidak ditutup di baris "
        "itu, padahal memuat hampir semua pemisah satu baris data (ekspor SIASN berpemisah '|'): dibaca "
        "sebagai baris data yang dimuatnya, bukan sebagai satu sel yang menelan baris lain.",
    ),
    "csv-akhiran-baris": CodeSpec(
        INFO,
        "Akhiran ';;' di {jumlah} baris berkas (pola ekspor SIASN) diabaikan: bukan bagian dari kolom terakhir",
        "Akhiran ';;' yang ditambahkan ekspor SIASN berpemisah '|' di ujung setiap baris dibuang, tidak "
        "dibaca sebagai isi kolom terakhir.",
    ),
    "sel-terlalu-panjang": CodeSpec(
        W,
        "Sel berisi {panjang} karakter, lebih dari {batas} yang dapat dimuat satu sel lembar kerja; dibaca utuh, "
        "tetapi terpotong bila ditulis ke xlsx",
        "Sel CSV lebih panjang daripada yang dapat dimuat satu sel lembar kerja (32.767 karakter): dibaca "
        "utuh, tetapi buku kerja yang ditulis darinya (terapkan -o .xlsx) memotongnya, seperti Excel.",
    ),
    "keputusan-sel-gabungan": CodeSpec(
        W,
        "Sel Keputusan di lembar kerja '{sheet_name}' adalah sel gabungan: {jumlah} baris ({baris}) dibaca belum diputuskan, "
        "karena hanya sel pertama gabungan yang berisi keputusan; batalkan gabungan sel itu lalu isi keputusan di "
        "setiap baris",
        "Kolom Keputusan (lembar kerja Rencana Mutasi atau Persetujuan) berisi sel gabungan yang melintasi beberapa baris: "
        "keputusan hanya tersimpan di sel pertama, sehingga baris lain gabungan itu dibaca belum diputuskan dan "
        "mutasinya tidak diterapkan. Batalkan gabungan sel (di Excel: Beranda > Gabungkan & Tengahkan > Pisahkan "
        "Sel; Excel berbahasa Inggris: Home > Merge & Center > Unmerge Cells) lalu isi keputusan di setiap baris.",
    ),
    "sel-dipotong": CodeSpec(
        W,
        "{jumlah} sel berisi teks lebih panjang daripada batas Excel ({batas} karakter per sel; yang terpanjang "
        "{panjang} karakter), antara lain {contoh}; hanya {batas} karakter pertamanya yang dibaca: periksa sel itu di "
        "berkas sumbernya",
        "Sel lembar kerja berisi teks lebih panjang daripada yang dapat dimuat satu sel Excel (32.767 karakter): tidak "
        "ada program lembar kerja yang menyimpannya, jadi berkasnya dibuat atau diubah oleh program lain. Hanya "
        "32.767 karakter pertamanya yang dibaca; periksa sel itu di berkas sumbernya.",
    ),
    "encoding-cp1252": CodeSpec(
        W,
        "Berkas bukan UTF-8; dibaca sebagai Windows-1252 (cp1252)",
        "Berkas CSV bukan UTF-8 dan dibaca dengan pengodean cadangan Windows-1252 (cp1252); periksa huruf "
        "beraksen pada nama.",
    ),
    "encoding-campuran": CodeSpec(
        W,
        "Berkas memuat teks UTF-8 dan Windows-1252 (cp1252) sekaligus; tiap bagian dibaca dengan pengodeannya "
        "sendiri, periksa huruf beraksen",
        "Berkas CSV berisi baris dari dua program: huruf UTF-8 bersebelahan dengan bita yang bukan UTF-8. "
        "Bila seluruhnya dibaca sebagai cp1252, nama ber-UTF-8 menjadi huruf rusak ('JosÃ©'); karena itu "
        "setiap bagian dibaca dengan pengodean tempat ia ditulis.",
    ),
    "rumus-tanpa-hasil": CodeSpec(
        W,
        "{jumlah} sel berisi rumus tanpa hasil tersimpan (antara lain {contoh}) dan dibaca kosong; buka berkas di "
        "Excel lalu simpan ulang agar hasil rumusnya ikut tersimpan",
        "Sel berisi rumus tanpa hasil tersimpan (buku kerja yang ditulis program dan belum pernah dihitung "
        "ulang di Excel): sel dibaca kosong, sehingga sel wajib di antaranya juga dilaporkan kosong. Buka "
        "berkas di Excel lalu simpan ulang.",
    ),
    "baris-tersembunyi": CodeSpec(
        W,
        "{jumlah} baris berisi data disembunyikan atau tersaring di Excel (baris {contoh}) dan tetap dibaca seperti "
        "baris lain; hapus baris yang memang tidak dipakai, atau tampilkan semua baris lalu periksa isinya",
        "Baris yang disembunyikan atau tersaring di Excel tetap dibaca oleh setiap pembaca, termasuk rumus "
        "Excel sendiri, sedangkan analis yang menyaring lembar kerja hanya melihat sisanya. Baris itu dibaca sebagai "
        "data dan disebut di sini, agar data pegawai yang disaring ke satu OPD tidak tanpa disadari dianggap "
        "berisi OPD itu saja.",
    ),
    "sel-galat-excel": CodeSpec(
        W,
        "{jumlah} sel berisi nilai galat Excel ({galat}; antara lain {contoh}) dan dibaca kosong; perbaiki rumus "
        "atau sumber datanya (misalnya VLOOKUP yang tidak menemukan NIP) lalu simpan ulang",
        "Sel berisi nilai galat Excel (#N/A, #REF!, #VALUE!, #DIV/0! …), biasanya rumus pencarian yang tidak "
        "menemukan apa pun: sel dibaca kosong, sehingga sel wajib di antaranya juga dilaporkan kosong. "
        "Perbaiki rumus atau sumber datanya.",
    ),
    "sel-bukan-teks": CodeSpec(
        W,
        "{jumlah} sel kolom {field} berisi {jenis}, bukan teks (antara lain {contoh}; pertama '{value}'), dan "
        "dibaca sebagai teks apa adanya; periksa selnya: Excel mengubah isian yang tampak seperti angka atau tanggal "
        "(beri format Teks lalu ketik ulang), atau rumus menghasilkan TRUE/FALSE",
        "Sel kolom nama, jabatan, unit kerja atau program studi yang disimpan buku kerja sebagai angka, "
        "tanggal atau TRUE/FALSE (Excel mengubah isian yang diketik, atau hasil rumus): setiap sel dibaca "
        "sebagai teksnya, dan beberapa sel pertama kolom itu disebut, agar jabatan bernama 'TRUE' atau unit "
        "kerja berupa tanggal tidak lolos diam-diam.",
    ),
    "tanpa-baris-data": CodeSpec(
        W,
        "Tabel ini hanya berisi judul kolom, tanpa satu baris data pun",
        "Tabel yang hanya berisi judul kolom tanpa satu baris data pun (templat kosong, ekspor tanpa "
        "pegawai): disebutkan, tidak dianggap berkas yang bersih.",
    ),
    "baris-kosong": CodeSpec(
        INFO,
        "Baris kosong dilewati{rentang}",
        "Baris kosong di tengah blok data (atau, di CSV, sebelum tabelnya) dilewati; beberapa baris kosong "
        "berurutan menjadi satu temuan "
        "(jumlah dan baris terakhirnya disebut).",
    ),
    "sel-berisi-rumus": CodeSpec(
        W,
        "Sel berisi teks rumus '{value}'; dibaca sebagai teks, bukan dihitung",
        "Teks sel diawali =, +, -, @, atau tab/CR yang disusul salah satunya, sehingga akan dijalankan sebagai "
        "rumus di lembar kerja (kecuali angka biasa seperti -5): dibaca sebagai teks, dan setiap keluaran "
        "menuliskannya sebagai teks. Tab atau ganti baris di awal sel yang disusul huruf (sel yang dibungkus, "
        "mis. '\\r\\n   Laki-laki') bukan rumus dan tidak disebut.",
    ),
    # --- roster cells -----------------------------------------------------------------
    "sel-wajib-kosong": CodeSpec(
        E, "Kolom wajib {field} kosong", "Sel kosong di kolom wajib; lengkapi isinya di berkas sumber."
    ),
    "nip-tidak-valid": CodeSpec(
        E,
        "NIP tidak valid: {alasan}{kursi}",
        "NIP bukan nomor PNS/PPPK 18 digit yang sah. Bila digitnya masih NIP orang itu sendiri yang salah "
        "tulis (17 sampai 19 digit diawali tahun lahir), pesannya menyebut bahwa kursinya tetap dihitung "
        "dalam bezetting, sedangkan orangnya tidak diikutkan dalam rencana. Perbaiki NIP di berkas sumber.",
    ),
    "nip-berketerangan-jenis": CodeSpec(
        INFO,
        "{jumlah} NIP ditulis dengan keterangan jenis pegawai di belakangnya (mis. '{value}'); keterangan itu bukan "
        "bagian NIP dan dibuang saat dibaca, tidak dipakai sebagai status kepegawaian",
        "Sel NIP yang diakhiri jenis pegawai (PNS, CPNS, PPPK, P3K, paruh waktu) dalam kurung atau sesudah garis "
        "miring, tanda hubung, koma atau spasi, mis. '198501012010011001/PNS': hanya 18 digitnya yang dibaca; "
        "status kepegawaian diambil dari kolomnya sendiri. Disebut sekali untuk kolom.",
    ),
    "nip-keterangan-jenis-beda": CodeSpec(
        W,
        "NIP '{value}' diberi keterangan {jenis}, tetapi {lawan}; NIP dan status kepegawaian tetap dibaca seperti "
        "tertulis, periksa mana yang benar",
        "Keterangan jenis pegawai di belakang NIP (mis. '198501012010011001/PPPK') bertentangan dengan digit NIP "
        "itu sendiri (digit 13–14: bulan 01–12 pada NIP PNS, 21–29 pada NI PPPK) atau dengan kolom status "
        "kepegawaian. Keterangan itu tidak dipakai: NIP dibaca dari digitnya dan status dari kolomnya. Satu "
        "peringatan per baris menyebut kedua pertentangan bila keduanya ada. CPNS dihitung sebagai PNS.",
    ),
    "nip-berupa-nrp": CodeSpec(
        W,
        "Nomor '{value}' {alasan}; anggota TNI/Polri dapat menduduki jabatan ASN tertentu (UU 20/2023 Pasal 19): "
        "kursinya dihitung terisi (bezetting), orangnya tidak ikut rencana mutasi ASN",
        "Nomor 8 digit di kolom NIP yang berbentuk NRP Polri (tahun dan bulan lahir YYMM, bulan 01–12, lalu "
        "nomor urut 4 digit): anggota TNI atau Polri yang menduduki jabatan ASN (UU 20/2023 Pasal 19); nomor "
        "8 digit lain tetap nip-tidak-valid. Kursinya dihitung terisi di setiap perintah; orangnya tidak "
        "pernah dipindah.",
    ),
    "nip-tersimpan-sebagai-angka": CodeSpec(
        E,
        "NIP tersimpan sebagai angka oleh Excel ({value}); 3 digit terakhir (nomor urut) sudah hilang dan tidak bisa dipulihkan. Format kolom sebagai Teks lalu ekspor ulang dari SIMPEG/SIASN; bila ekspor SIMPEG sendiri menulisnya sebagai angka, minta pengelolanya menulis NIP sebagai teks",
        "NIP 18 digit tersimpan sebagai angka atau dalam notasi ilmiah: digit terakhirnya hilang. Format "
        "kolom sebagai Teks lalu ekspor ulang.",
    ),
    "nip-ganda": CodeSpec(
        E,
        "NIP ganda: sama dengan baris {baris_lain}; yang dibaca baris {baris_lain} ({alasan})",
        "NIP yang sama (setelah dinormalkan) muncul di dua baris atau lebih; periksa mana yang benar. Dari tiap NIP "
        "dibaca satu baris, dipilih dari semua barisnya dan tidak bergantung pada urutan baris: yang jabatannya "
        "definitif (bukan Plt.), lalu yang tidak dikecualikan karena temuan lain (kedudukan hukum tidak aktif, bukan "
        "ASN, instansi lain, kolom wajib kosong), lalu yang bukan jabatan tugas tambahan (lihat "
        "nip-ganda-tugas-tambahan), lalu yang tanggal lahirnya sama dengan tanggal lahir dalam NIP, lalu "
        "yang TMT jabatannya paling baru, lalu yang isinya paling lengkap, lalu "
        "menurut isi barisnya. Temuan ini ada di baris yang tidak dibaca dan menyebut baris yang dibaca serta "
        "alasannya. Baris yang tidak dibaca tidak ikut rencana mutasi. Bila baris itu orang lain (nama lain, atau "
        "tanggal lahir lain), orang itu tetap dihitung menduduki jabatan (bezetting) dan tidak dipindah, sekali, pada "
        "barisnya yang terbaik menurut urutan yang sama; bila orang yang sama, ia dihitung sekali, pada baris yang "
        "dibaca, dan jabatan di baris yang tidak dibaca tidak dihitung terisi olehnya.",
    ),
    "nip-ganda-tidak-dibaca": CodeSpec(
        E,
        "NIP ganda: sama dengan baris {baris_lain}; tidak satu pun baris NIP ini dibaca, karena baris {baris_lain} "
        "pun dikecualikan ({alasan})",
        "NIP yang sama muncul di dua baris atau lebih dan semua barisnya dikecualikan karena temuan lain (kedudukan "
        "hukum tidak aktif, bukan ASN, instansi lain, kolom wajib kosong): baris yang dipilih menurut urutan nip-ganda "
        "pun tidak dibaca, jadi pegawai dengan NIP ini tidak ikut rencana mutasi dan tidak dihitung dalam bezetting. "
        "Periksa mana yang benar.",
    ),
    "nip-ganda-instansi-lain": CodeSpec(
        W,
        "NIP sama dengan baris {baris_lain}; baris ini dari instansi '{instansi}', yang tidak diikutkan karena bukan "
        "instansi yang direncanakan: bila pegawai ini sudah pindah instansi, perbarui data instansi asalnya",
        "NIP yang sama tertulis juga pada baris instansi lain yang ditinggalkan --instansi. Hanya satu instansi yang "
        "direncanakan, jadi baris instansi lain itu bukan galat data instansi ini: pegawai yang tercatat di dua "
        "instansi biasanya sedang atau sudah pindah instansi. Baris instansi lain tidak dibaca dan tidak dihitung "
        "dalam bezetting; NIP yang berulang di dalam instansi yang dibaca tetap nip-ganda.",
        opsi="--instansi",
    ),
    "nip-ganda-plt": CodeSpec(
        INFO,
        "Pegawai baris {baris_lain} tertulis lagi sebagai '{value}': jabatan '{kursi}' hanya dipegangnya sebagai "
        "pelaksana tugas, jadi kursi itu tetap lowong dalam bezetting; pegawai itu dihitung sekali, pada jabatan "
        "definitifnya '{definitif}' (baris {baris_lain}), dan baris ini tidak dibaca",
        "Satu pegawai tertulis dua kali dengan NIP yang sama: sekali untuk jabatan definitifnya, sekali untuk jabatan "
        "yang dipegangnya sebagai Plt./Plh./Pj. (nama jabatan diawali Plt., atau Plt di kolom STATUS JABATAN). "
        "Pelaksana tugas tidak mengisi kursi secara definitif: kursi itu tetap lowong dalam bezetting, pegawai "
        "dihitung sekali pada jabatan definitifnya (di baris mana pun baris Plt. itu tertulis), dan baris Plt. tidak "
        "dibaca.",
    ),
    "nip-ganda-tugas-tambahan": CodeSpec(
        INFO,
        "Pegawai baris {baris_lain} tertulis lagi sebagai '{value}', jabatan yang dipegangnya sebagai tugas tambahan "
        "di samping jabatan fungsionalnya '{jf}': kursi '{value}' dihitung terisi dalam bezetting; pegawai itu "
        "dihitung sekali, pada jabatan fungsionalnya (baris {baris_lain}), dan tidak dipindah selama memegang tugas "
        "tambahan itu",
        "Satu pegawai tertulis dua kali dengan NIP yang sama: sekali untuk jabatan fungsionalnya, sekali untuk "
        "jabatan pimpinan yang dipegangnya sebagai tugas tambahan (Kepala Sekolah, Kepala Puskesmas, Kepala KUA, "
        "pimpinan perguruan tinggi). Tugas tambahan dipegang secara definitif, bukan sebagai Plt.: kursi pimpinan "
        "itu dihitung terisi (bezetting) di setiap perintah dan tidak ditawarkan sebagai lowongan; pegawai itu "
        "dihitung di jabatan fungsionalnya, sekali. Rencana mutasi tidak memindahkannya (aturan "
        "memegang-tugas-tambahan): kepindahannya mengosongkan kursi pimpinan itu, yang tidak diisi rencana; "
        "alihkan dulu tugas tambahannya. Baris tugas tambahan tidak dipindah.",
    ),
    "pegawai-berisi-riwayat": CodeSpec(
        E,
        "{jumlah} NIP tertulis di beberapa baris dengan {beda} yang berbeda ({baris} baris lebih; mis. NIP {value} di "
        "baris {contoh}): berkas ini tampak ekspor riwayat ({bentuk}, satu baris per riwayat), bukan data pegawai. "
        "Dari tiap NIP hanya satu baris yang dibaca (lihat nip-ganda: yang tanggal lahirnya sesuai NIP, lalu yang "
        "TMT jabatannya paling baru), dan itu belum tentu keadaan sekarang: {saran}sebagai data pegawai, "
        "berikan berkas yang satu baris per pegawai (Data Utama atau Export Data ASN SIASN)",
        "Berkas data pegawai yang sebagian besar NIP-nya berulang dengan jabatan, unit, TMT, golongan, pendidikan "
        "atau nilai atau tahun SKP yang berbeda (paling sedikit dua orang dan seperlima NIP): itu bentuk ekspor riwayat SIASN "
        "(Riwayat Jabatan, Riwayat Golongan, Riwayat Pendidikan, Riwayat SKP), satu baris per riwayat. Selain satu "
        "temuan nip-ganda per baris ulangan, temuan ini menyebut bentuk berkasnya sekali: riwayat jabatan dibaca dengan --riwayat (pengalaman "
        "jabatan), data pegawai dari ekspor yang satu baris per pegawai. Orang yang sama tertulis dua kali dengan "
        "isi yang sama, dua orang dengan satu NIP, atau pegawai yang tertulis lagi untuk jabatan yang dipegangnya "
        "sebagai Plt./Plh./Pj., bukan riwayat.",
    ),
    "pegawai-berisi-penilai": CodeSpec(
        W,
        "{jumlah} baris di bawah judul {judul} (baris {contoh}) adalah penilai atau atasan pegawai yang dinilai, "
        "bukan pegawai dalam berkas ini, dan tidak dibaca: berkas ini tampak formulir penilaian kinerja (Sasaran "
        "Kerja Pegawai: pegawai yang dinilai, pejabat penilai, atasan pejabat penilai), bukan data pegawai; berikan "
        "berkas yang satu baris per pegawai (Data Utama atau Export Data ASN SIASN)",
        "Berkas data pegawai yang mengulang judul kolom dengan judul yang menyebut peran orang lain ('Nama "
        "Penilai', 'Nama Pejabat Penilai', 'Atasan Pejabat Penilai') adalah formulir SKP e-Kinerja: orang di bawah "
        "judul itu penilai dan atasannya, bukan pegawai yang dinilai. Begitu pula baris di bawah judul bagian yang "
        "hanya menyebut peran itu ('PEJABAT PENILAI', 'ATASAN PEJABAT PENILAI'). Baris mereka tidak dibaca (sampai "
        "judul berikutnya) dan temuan ini menyebut bentuk berkasnya. Kolom yang judulnya sendiri menyebut "
        "atasan (mis. JABATAN ATASAN) pada data pegawai biasa tidak termasuk.",
    ),
    "nip-tanggal-lahir-beda": CodeSpec(
        W,
        "Tanggal lahir {tanggal_lahir} berbeda dengan tanggal lahir di NIP ({tanggal_nip}); yang dipakai untuk BUP "
        "dan TMT pensiun: {dipakai}",
        "Digit 1–8 NIP tidak sama dengan tanggal lahir. Tanggal di sel yang dipakai, kecuali tanggal itu "
        "mustahil (sebelum 1940, atau usia di bawah 17 tahun) sedangkan tanggal di NIP mungkin.",
    ),
    "nip-jenis-kelamin-beda": CodeSpec(
        W,
        "Jenis kelamin '{value}' berbeda dengan digit ke-15 NIP ({jk_nip})",
        "Digit ke-15 NIP tidak sesuai dengan kolom jenis kelamin; periksa salah satunya.",
    ),
    "golongan-tidak-dikenal": CodeSpec(
        W,
        "Golongan '{value}' tidak dikenali",
        "Golongan/ruang yang ejaannya tidak dikenali aturan ejaan mana pun; perbaiki penulisannya (mis. III/a).",
    ),
    "golongan-bertentangan": CodeSpec(
        W,
        "Golongan '{value}' menyebut dua golongan: {golongan} dan {kata}; golongan tidak dibaca",
        "Satu sel golongan memuat angka golongan dan pangkat (atau angka yang dieja) yang tidak sesuai, mis. "
        "'III/a (Penata)' atau 'IX (delapan)': tidak ada yang dipilih diam-diam; perbaiki salah satunya.",
    ),
    "golongan-jenjang-mustahil": CodeSpec(
        W,
        "Golongan '{value}' tidak mungkin bagi {sumber}: {batas}; periksa golongan atau jabatannya (golongan tetap "
        "dibaca seperti tertulis)",
        "Golongan pemangku JF di luar batas yang mungkin bagi jenjangnya (jenjang dari nama jabatan JF, atau yang "
        "ditulis di sel golongan, mis. 'IX - Ahli Utama'): JF keahlian tidak di bawah III/a (PPPK IX), Ahli Madya tidak "
        "di bawah III/c, Ahli Utama tidak di bawah IV/a (PPPK XIII); JF keterampilan tidak di bawah II/a (PPPK V), "
        "Pemula dan Terampil tidak di atas II/d (PPPK VIII), Mahir dan Penyelia tidak di atas III/d. Rentang golongan "
        "per jenjang hanya petunjuk (penyetaraan jabatan, perpindahan dari pelaksana dengan golongan lebih tinggi), "
        "jadi hanya yang mustahil yang disebut; barisnya tidak ditolak.",
    ),
    "jenjang-jf-tidak-ada": CodeSpec(
        W,
        "Jabatan '{value}' menyebut jenjang {jenjang}, padahal JF {jf} hanya berjenjang {tangga} menurut peraturan "
        "JF-nya; periksa nama jabatannya (tetap dibaca seperti tertulis)",
        "Nama jabatan JF menyebut jenjang yang tidak dimiliki JF itu menurut peraturannya, sebagaimana tercatat di "
        "katalog JF: 'Bidan Ahli Utama' (Bidan hanya sampai Ahli Madya, PermenPANRB 36/2019), 'Pamong Belajar Ahli "
        "Utama' (Ahli Pertama sampai Ahli Madya), 'Pengawas Sekolah Ahli Pertama' (mulai Ahli Muda). Disebut di data "
        "pegawai dan di peta jabatan; JF yang rentang jenjangnya belum tercatat lengkap di katalog tidak diperiksa. "
        "Jabatannya tetap dibaca, ditautkan dan direncanakan seperti tertulis: perbaiki nama jabatan atau jenjangnya.",
    ),
    "instansi-tanpa-kolom": CodeSpec(
        W,
        "Berkas ini tidak punya kolom INSTANSI: instansi yang direncanakan ('{instansi}') tidak menyaringnya, semua barisnya dianggap "
        "instansi itu",
        "--instansi diberikan untuk tabel tanpa kolom instansi: semua barisnya tetap dipakai dan dianggap "
        "instansi itu.",
        opsi="--instansi",
    ),
    "kolom-golongan-tidak-ada": CodeSpec(
        INFO,
        "Berkas pegawai tidak punya kolom golongan: golongan {jumlah} pegawai tidak diketahui, sehingga syarat golongan "
        "jabatan dan rentang golongan JF tidak dapat diperiksa dan usulan ke jabatan bersyarat golongan tidak mendapat "
        "skor golongan",
        "Data pegawai tanpa kolom golongan (atau pangkat): golongan setiap baris tidak diketahui, sehingga "
        "syarat golongan jabatan dan rentang golongan JF (golongan terendah jenjang, penurunan jabatan) tidak "
        "diperiksa, dan usulan ke jabatan yang bersyarat golongan mendapat skor golongan 0 dengan alasan "
        "'Golongan tidak diketahui'. Disebut sekali untuk berkas, agar skor yang lebih rendah itu tidak tanpa "
        "penjelasan.",
    ),
    "golongan-pangkat-beda": CodeSpec(
        W,
        "Golongan '{value}' tidak sesuai {judul} '{pangkat}' (kolom {kolom}) pada baris yang sama; dipakai golongan "
        "dari kolom golongan",
        "Kolom golongan dan kolom PANGKAT (atau RUANG) di sebelahnya berbeda isi: kolom golongan yang dibaca, "
        "dan perbedaannya disebut, tidak dilewatkan diam-diam (golongan tanpa ruang tidak dilengkapi dari "
        "kolom yang bertentangan dengannya).",
    ),
    "golongan-tanpa-ruang": CodeSpec(
        W,
        "Golongan '{value}' tanpa ruang pada NIP PNS: bukan golongan PPPK; ruangnya tidak diketahui (skor syarat "
        "golongan dibaca {kode}, ruang terendah; aturan kesetaraan yang bergantung pada ruang tidak memutus); "
        "lengkapi ruangnya",
        "Golongan PNS ditulis tanpa ruang ('III'), yang terbaca seperti golongan PPPK: disimpan seperti "
        "tertulis dan dinilai terhadap syarat golongan pada ruang terendah (hati-hati); rentang golongan pada "
        "aturan kesetaraan, yang bergantung pada ruang, membacanya tidak diketahui dan alasannya menyebut hal "
        "itu. Lengkapi ruangnya.",
    ),
    "status-beda-jenis-nip": CodeSpec(
        W,
        "Status kepegawaian '{value}' berarti {status}, tetapi NIP-nya NI PPPK (digit 13–14 '2x'); periksa status atau "
        "NIP (salah ketik bulan?)",
        "Kolom status menulis PNS atau CPNS, padahal nomornya NI PPPK yang sah: bulan yang salah ketik "
        "terbaca sebagai kode PPPK dan tidak ada temuan lain yang menyebut pertentangan ini. Periksa status "
        "atau NIP.",
    ),
    "golongan-beda-jenis-nip": CodeSpec(
        W,
        "Golongan '{value}' adalah golongan {jenis}, tetapi NIP-nya NIP {nip}; periksa golongan atau NIP",
        "Golongan PPPK pada NIP PNS, atau golongan/ruang PNS pada NI PPPK; periksa golongan atau NIP.",
    ),
    "pendidikan-tidak-dikenal": CodeSpec(
        W,
        "Tingkat pendidikan '{value}' tidak dikenali",
        "Tingkat pendidikan yang ejaannya tidak dikenali aturan ejaan mana pun; tulis jenjangnya, mis. SLTA, "
        "D-III, S-1.",
    ),
    "aspirasi-tanggal-mendatang": CodeSpec(
        W,
        "Tanggal Pengisian formulir '{value}' sesudah hari ini ({hari_ini}): periksa tanggalnya (tanggal ini "
        "menentukan formulir mana yang dipakai bila satu NIP mengisi lebih dari satu)",
        "Formulir aspirasi bertanggal sesudah hari ini (salah ketik seperti 2099): tanggal pengisian "
        "menentukan formulir mana yang dipakai bila satu NIP mengisi beberapa formulir. Perbaiki tanggalnya.",
    ),
    "tanggal-tidak-terbaca": CodeSpec(
        W,
        "Tanggal '{value}' tidak dapat dibaca{alasan}",
        "Tanggal dalam format yang tidak dikenal, atau tanggal yang tidak ada di kalender (alasannya disebut: "
        "'Februari 2023 hanya 28 hari', tahun dua digit, tahun saja). Tulis tanggal lengkap, mis. 31-12-1980.",
    ),
    "tanggal-ambigu": CodeSpec(
        W,
        "Tanggal '{value}' ambigu (hari/bulan bisa tertukar); dibaca sebagai {dibaca}",
        "Hari dan bulan sama-sama paling besar 12 pada tanggal berbentuk H/B/T atau B/H/T, sehingga keduanya "
        "bisa tertukar; periksa cara bacanya.",
    ),
    "tanggal-ambigu-kolom": CodeSpec(
        INFO,
        "{jumlah} tanggal di kolom ini ambigu (hari/bulan bisa tertukar, mis. '{value}', dibaca {dibaca}) dan dibaca "
        "hari-bulan-tahun: kolom yang sama berisi tanggal yang pasti hari-bulan-tahun (mis. '{bukti}' di baris "
        "{baris_bukti}) dan tidak satu pun yang pasti bulan-hari-tahun",
        "Kolom tanggal yang tanggal bergaris miring ('/')-nya memuat tanggal yang pasti hari-bulan-tahun "
        "(25/05/2025) dan tidak satu pun yang pasti bulan-hari-tahun: tanggal ambigunya (06/10/2021) dibaca "
        "hari-bulan-tahun, disebut sekali untuk kolom, bukan satu tanggal-ambigu per sel.",
    ),
    "tanggal-bulan-hari": CodeSpec(
        W,
        "{jumlah} tanggal di kolom ini dibaca bulan-hari-tahun (urutan Amerika Serikat, mis. '{value}' dibaca {dibaca}): "
        "{kolom_bukti} berisi tanggal yang pasti bulan-hari-tahun (mis. '{bukti}' di baris {baris_bukti}) dan tidak "
        "satu pun yang pasti hari-bulan-tahun; periksa beberapa tanggal kolom ini di berkas sumber",
        "Kolom tanggal yang tanggal bergaris miring ('/')-nya memuat tanggal yang pasti bulan-hari-tahun (12/31/1985: "
        "tidak ada bulan 31) dan tidak satu pun yang pasti hari-bulan-tahun, atau yang tidak memastikan urutannya "
        "sendiri sedangkan kolom tanggal lain di berkas yang sama hanya memastikan bulan-hari-tahun (ekspor Excel "
        "berlokal Amerika Serikat): semua tanggal bergaris miring kolom itu dibaca bulan-hari-tahun, disebut sekali untuk "
        "kolom, tidak pernah dibalik sel per sel. Bukti harus konsisten: paling sedikit dua sel kolom itu, atau satu sel "
        "dan tidak ada sel yang pasti hari-bulan-tahun di kolom tanggal mana pun di berkas; bila tidak, kolom itu tetap "
        "dibaca hari-bulan-tahun dan tiap tanggal yang ambigu disebut (tanggal-ambigu). Periksa beberapa tanggal di "
        "berkas sumber.",
    ),
    "tanggal-ambigu-berkas": CodeSpec(
        INFO,
        "{jumlah} tanggal di kolom ini ambigu (hari/bulan bisa tertukar, mis. '{value}', dibaca {dibaca}) dan dibaca "
        "hari-bulan-tahun: kolom '{kolom_bukti}' di berkas yang sama berisi tanggal yang pasti hari-bulan-tahun (mis. "
        "'{bukti}' di baris {baris_bukti}) dan tidak satu pun kolom tanggal berkas ini yang pasti bulan-hari-tahun",
        "Kolom tanggal yang tanggal bergaris miring ('/')-nya tidak memastikan urutan hari dan bulan (semua TMT "
        "jatuh pada tanggal 1: 01/04/2022), sedangkan kolom tanggal lain di berkas atau lembar kerja yang sama memuat tanggal "
        "yang pasti hari-bulan-tahun (Tanggal Lahir 25/12/1975) dan tidak satu pun kolom tanggalnya yang pasti "
        "bulan-hari-tahun: tanggal ambigunya dibaca hari-bulan-tahun dan disebut sekali untuk kolom, dengan kolom "
        "yang membuktikannya. Bila kolom-kolom tanggal berkas menunjukkan urutan yang berlawanan, setiap tanggal "
        "ambigu tetap disebut (tanggal-ambigu).",
    ),
    "tanggal-tidak-wajar": CodeSpec(
        W,
        "Tanggal '{value}' tidak wajar: {alasan}; periksa tanggalnya",
        "Tanggal yang terbaca tetapi mustahil benar: TMT jabatan sebelum pegawai berusia 17 tahun, tahun "
        "lahir sebelum 1940 (tanggal nol Excel terketik menggantikan tanggal sebenarnya). Disimpan seperti "
        "terbaca; periksa tanggalnya.",
    ),
    "riwayat-tanpa-tmt": CodeSpec(
        W,
        "{jumlah} baris riwayat jabatan tanpa TMT mulai ({sebab}; baris {contoh}) masing-masing dihitung {tahun} "
        "tahun pengalaman, paling sedikit yang dibuktikannya",
        "Baris riwayat jabatan yang tidak mencantumkan tanggal jabatan itu dipegang (tidak ada kolom TMT "
        "mulai, atau selnya kosong) dihitung sepanjang satu siklus mutasi terpendek (satu tahun): pengalaman "
        "yang tidak bertanggal tetap dihitung, dan temuan ini menyebut besarnya, karena dapat membuat pegawai "
        "memenuhi syarat.",
    ),
    "riwayat-tanpa-jabatan": CodeSpec(
        W,
        "{jumlah} baris riwayat jabatan tanpa nama jabatan (baris {contoh}) tidak dihitung sebagai pengalaman",
        "Baris riwayat jabatan tanpa nama jabatan tidak dihitung sebagai pengalaman; jumlahnya disebut agar "
        "kolom yang tidak terbaca (nama jabatan fungsional di kolomnya sendiri) tidak membuangnya diam-diam.",
    ),
    "riwayat-nip-tidak-dikenal": CodeSpec(
        W,
        "{jumlah} baris riwayat jabatan ber-NIP yang tidak ada di data pegawai (valid) tidak dipakai: {contoh}",
        "Baris riwayat jabatan yang NIP-nya bukan NIP baris data pegawai yang valid (salah ketik, NIP "
        "tersimpan sebagai angka, pegawai dari data lain) tidak dipakai; jumlahnya disebut di sini.",
    ),
    "riwayat-tanggal-terbalik": CodeSpec(
        W,
        "TMT selesai '{value}' lebih awal dari TMT mulai di riwayat jabatan; masa jabatan ini tidak dihitung",
        "Riwayat jabatan yang TMT selesainya sebelum TMT mulainya: tidak dihitung sebagai pengalaman. Periksa "
        "kedua tanggalnya.",
    ),
    "tanggal-masa-depan": CodeSpec(
        W,
        "Tanggal '{value}' berada di masa depan{lain}",
        "Tanggal lahir atau TMT sesudah hari ini; satu temuan per tanggal dan kolom, di baris pertamanya, "
        "dengan jumlah baris yang memakai tanggal yang sama (TMT yang ditulis terapkan untuk setiap pegawai "
        "yang dipindah adalah satu tanggal).",
    ),
    "status-tidak-dikenal": CodeSpec(
        W,
        "Status kepegawaian '{value}' tidak dikenali (PNS/CPNS/PPPK)",
        "Status kepegawaian tidak dikenali; tulis PNS, CPNS atau PPPK.",
    ),
    "nilai-huruf-mirip": CodeSpec(
        W,
        "Nilai '{value}' pada kolom {field} berisi huruf yang hanya mirip huruf Latin: {huruf}; {hasil}; ketik ulang "
        "sel ini di berkas sumber",
        "Sel kedudukan hukum atau status kepegawaian berisi huruf Kiril atau Yunani yang tampak seperti huruf Latin "
        "(О Kiril di 'DITОLAK', А Kiril di 'АKTIF'), biasanya dari teks yang ditempel: huruf itu dibaca sebagai "
        "huruf Latin yang mirip, dan sel disebut dengan hurufnya serta hasil bacaannya (atau bahwa nilai itu tetap "
        "tidak dikenali). Ketik ulang sel itu di berkas sumber.",
    ),
    "nilai-tidak-dikenal": CodeSpec(
        W,
        "Nilai '{value}' pada kolom {field} tidak dikenali",
        "Isi kolom berkode (jenis kelamin, predikat kinerja …) tidak dikenali; periksa ejaannya.",
    ),
    "kebutuhan-rentang": CodeSpec(
        W,
        "Kebutuhan '{value}' ditulis sebagai rentang, bukan satu bilangan; dibaca {dibaca} (batas bawahnya): "
        "tulis satu bilangan bulat kebutuhan hasil ABK",
        "Sel kebutuhan di peta jabatan berisi rentang bilangan bulat ('1-2', '2 s.d. 3'). Kebutuhan hasil ABK "
        "adalah satu bilangan bulat orang; dari rentang hanya batas bawahnya yang pasti diminta tabel, jadi batas "
        "bawah itulah yang dibaca (rencana tidak mengisi kursi yang hanya ada pada batas atasnya), dan selnya "
        "disebut. Kebutuhan tidak pernah diganti dengan hitungan beban kerja diam-diam. Tulis satu bilangan.",
    ),
    "angka-tidak-valid": CodeSpec(
        E,
        "Nilai '{value}' pada kolom {field} bukan angka yang valid",
        "Sel angka (kebutuhan, beban kerja …) yang isinya bukan angka; perbaiki isinya.",
    ),
    # --- cross-table ------------------------------------------------------------------
    "jabatan-tidak-ditemukan": CodeSpec(
        W,
        "Jabatan '{jabatan}' di unit '{unit_kerja}' tidak ada di peta jabatan{pemegang}{saran}",
        "Jabatan pegawai tidak cocok dengan baris mana pun di peta jabatan, sehingga pegawai tidak tertaut ke "
        "jabatan. Satu temuan untuk setiap pasangan jabatan dan unit kerja, di baris pemegang pertamanya; bila "
        "dipegang beberapa pegawai, disebut jumlahnya dan lima baris pertamanya. Setiap pemegangnya tetap dihitung "
        "sebagai pegawai tidak tertaut (kolom Pegawai Tidak Tertaut di lowongan). Samakan nama jabatan atau unit "
        "kerja dengan peta jabatan.",
    ),
    "abk-jabatan-banyak-unit": CodeSpec(
        W,
        "Jabatan '{jabatan}' ada di {jumlah_unit} unit peta jabatan ({unit}) dan lembar tugas tidak menyebut unitnya: "
        "{jumlah} baris tugasnya tidak dihitung; sebutkan unit kerja lembar tugas itu atau tambahkan kolom unit kerja",
        "Lembar tugas (mis. satu lembar kerja per jabatan, dinamai jabatannya) tidak menyebut unit kerja, padahal nama "
        "jabatan itu ada di beberapa unit: tugasnya tidak bisa ditautkan ke satu jabatan. Disebut sekali per "
        "jabatan, bukan per baris; sebutkan unitnya dengan --unit-abk atau tambahkan kolom unit kerja.",
        opsi="--unit-abk",
    ),
    "unit-ejaan-disatukan": CodeSpec(
        INFO,
        "Unit kerja '{value}' dibaca sama dengan '{unit}' (ejaan lain dari unit yang sama: huruf besar/kecil, spasi, "
        "tanda baca atau singkatan); jabatannya dihitung di unit '{unit}'",
        "Unit kerja yang di baris lain peta jabatan ditulis dengan ejaan berbeda (huruf besar/kecil, spasi, "
        "tanda baca, atau singkatan seperti 'SEKRETARIAT DPRD' untuk 'SEKRETARIAT DEWAN PERWAKILAN RAKYAT "
        "DAERAH') dibaca sebagai satu unit kerja, untuk jabatannya dan untuk setiap hitungan per unit. Nama "
        "yang dipakai: yang tidak seluruhnya huruf kapital bila ada, lalu yang kata-katanya terbanyak (nama "
        "lengkap, bukan singkatannya), lalu yang ditulis di baris terbanyak, lalu yang pertama menurut abjad "
        "(tidak pernah menurut urutan baris).",
    ),
    "kode-jabatan-tidak-cocok": CodeSpec(
        W,
        "Kode jabatan '{value}' di peta jabatan adalah '{jabatan_peta}' di '{unit_peta}', tetapi baris ini menulis "
        "'{jabatan}' di '{unit_kerja}'; pegawai dihitung di jabatan menurut kodenya: periksa kode atau jabatannya",
        "Baris data pegawai yang kode jabatannya menunjuk jabatan dengan nama dan unit kerja lain daripada "
        "yang ditulis baris itu: pegawai dihitung di jabatan menurut kodenya, dan hal itu disebut agar kode "
        "yang salah tidak memindahkan pegawai diam-diam. Periksa kode atau jabatannya.",
    ),
    "peta-tanpa-wilayah": CodeSpec(
        W,
        "Unit di peta jabatan tidak menyebut wilayahnya, sedangkan unit kerja pegawai yang tertaut padanya menyebut "
        "lebih dari satu pemerintah daerah (mis. {contoh}); pegawai itu ditautkan menurut nama unitnya saja: periksa "
        "apakah peta jabatan ini memang milik semuanya",
        "Tidak satu pun unit di peta jabatan menyebut kabupaten, kota, atau provinsinya, sehingga peta jabatan itu "
        "dapat dibaca sebagai milik pemerintah daerah mana pun; unit kerja pegawai yang tertaut padanya menyebut dua "
        "pemerintah daerah atau lebih ('Dinas Kesehatan Kabupaten Malang' dan 'Dinas Kesehatan Kota Batu'). Satu "
        "peta jabatan adalah milik satu pemerintah daerah: pegawai tetap ditautkan menurut nama unitnya, tetapi "
        "bezetting dan lowongan menghitung pegawai semua pemerintah itu bersama. Saring data pegawai dengan "
        "--instansi, atau tulis wilayah pada unit peta jabatan (mis. 'Dinas Kesehatan Kabupaten Malang'), agar "
        "pegawai pemerintah lain tidak ikut tertaut.",
    ),
    "unit-dibaca-dari-inisial": CodeSpec(
        W,
        "Unit kerja '{unit_kerja}' tidak ada di peta jabatan; dibaca sebagai '{unit_peta}', satu-satunya unit yang "
        "berinisial itu; periksa: singkatan OPD tidak selalu inisial namanya",
        "Unit kerja di data pegawai ditulis sebagai inisial tepat satu unit di peta jabatan ('DLHP' untuk "
        "'Dinas Lingkungan Hidup dan Perikanan'), atau kata-kata awalnya ditulis dengan inisialnya di salah satu "
        "berkas dan kata selebihnya sama ('BBPMP Provinsi Jawa Timur' untuk 'Balai Besar Penjaminan Mutu "
        "Pendidikan Provinsi Jawa Timur', ke dua arah). Singkatan OPD tidak selalu inisial namanya ('DPKP' biasanya "
        "Perumahan dan Kawasan Permukiman, tetapi juga inisial Pertanian dan Ketahanan Pangan), maka "
        "pembacaan ini disebut sebagai peringatan: periksa.",
    ),
    "unit-dibaca-dari-ejaan": CodeSpec(
        W,
        "Unit kerja '{unit_kerja}' tidak ada di peta jabatan; dibaca sebagai '{unit_peta}', satu-satunya unit yang "
        "ejaannya hampir sama (salah ketik?); periksa",
        "Unit kerja di data pegawai yang kata jenis unitnya salah eja ('Keluharan X', 'Seretariat Dinas Y' "
        "dari SIMPEG nyata) dibaca sebagai satu-satunya unit peta jabatan yang dieja begitu; hanya kata yang "
        "menyebut jenis unit (sekretariat, kelurahan, kecamatan, …) yang dibaca demikian, tidak pernah kata "
        "yang menyebut bidang tugasnya. Periksa.",
    ),
    "unit-dihitung-di-opd": CodeSpec(
        INFO,
        "Unit kerja '{unit_kerja}' tidak ada di peta jabatan, yang mencatat '{unit_peta}' tanpa unit di bawahnya; "
        "{jumlah} pemangku di unit itu dihitung pada jabatan yang sama namanya di '{unit_peta}'",
        "Unit kerja di data pegawai tidak ada di peta jabatan, sedangkan peta jabatan mencatat OPD-nya secara "
        "utuh (peta jabatan per OPD di samping data pegawai per UNOR): pemangkunya dihitung pada jabatan OPD "
        "yang sama namanya.",
    ),
    "unit-dibaca-sebagai": CodeSpec(
        INFO,
        "Unit kerja '{unit_kerja}' tidak ada di peta jabatan; dibaca sebagai unit '{unit_peta}' (satu-satunya unit "
        "yang cocok)",
        "Unit kerja di data pegawai yang tidak ada di peta jabatan dibaca sebagai satu-satunya unit peta "
        "jabatan yang dimaksudnya (nama tempat dihilangkan, awalan, subunit); periksa.",
    ),
    "jabatan-tidak-spesifik": CodeSpec(
        W,
        "Jabatan {jumlah} pegawai hanya menyebut jenis jabatan, bukan nama jabatannya ({kata}; baris {contoh}): "
        "tidak dapat ditautkan ke jabatan mana pun di peta jabatan; tulis nama jabatannya (mis. 'Pranata Komputer "
        "Ahli Pertama', 'Pengadministrasi Perkantoran')",
        "Sel jabatan yang hanya menyebut jenis jabatan ('Fungsional', 'Fungsional Umum', 'JFT', 'JFU', "
        "'Pelaksana', 'Staf', 'Struktural') atau eselonnya saja ('Eselon IV A') tidak menyebut jabatan apa pun: pegawainya tidak tertaut ke jabatan mana pun di peta "
        "jabatan dan dikecualikan dari perencanaan. Disebut sekali dengan jumlah, baris dan isi selnya; isi nama "
        "jabatan yang sebenarnya (nama jabatan fungsional dengan jenjangnya, atau nama jabatan pelaksana). Baris "
        "yang kode jabatannya terisi tidak disebut: pegawainya ditautkan lewat kode jabatan itu.",
    ),
    "jabatan-pejabat-negara": CodeSpec(
        W,
        "Jabatan '{value}' adalah jabatan hakim: hakim pejabat negara (UU 48/2009 Pasal 19), bukan jabatan ASN; "
        "pengangkatan, mutasi, dan usia pensiunnya diatur Mahkamah Agung, jadi jabatan dan BUP yang dibaca di sini "
        "(jabatan pelaksana, 58) tidak berlaku; keluarkan barisnya dari data pegawai",
        "Hakim pada badan peradilan adalah pejabat negara (UU 48/2009 Pasal 19; UU 5/2014 Pasal 122 huruf e; hakim "
        "ad hoc pun bukan ASN), bukan pemangku jabatan ASN: diangkat, dipindah, dan diberhentikan oleh Mahkamah "
        "Agung, dengan usia pensiun 65 tahun di pengadilan tingkat pertama dan 67 tahun di pengadilan tinggi (UU "
        "49/2009 Pasal 19). Jabatannya dibaca sebagai jabatan pelaksana dengan BUP 58, yang tidak berlaku baginya. "
        "Calon hakim (CPNS) tidak termasuk.",
    ),
    "jabatan-kepala-daerah": CodeSpec(
        W,
        "Jabatan '{value}' adalah jabatan kepala daerah atau wakil kepala daerah: pejabat negara yang dipilih (UU "
        "5/2014 Pasal 122), bukan jabatan ASN; baris ini tidak ikut perencanaan mutasi: bukan lowongan, bukan "
        "tujuan mutasi, dan pemangkunya tidak dimutasi",
        "Gubernur, bupati, wali kota, dan wakilnya dipilih dalam pemilihan kepala daerah dan termasuk pejabat negara "
        "(UU 5/2014 Pasal 122 huruf l dan m), bukan pemangku jabatan ASN: kursinya tidak pernah diisi melalui mutasi "
        "ASN. Baris jabatan itu di peta jabatan atau di data pegawai dikecualikan dari perencanaan, jadi tidak "
        "dihitung sebagai lowongan. Jabatan yang ditulis dengan Pj. atau Pjs. (penjabat kepala daerah, ASN "
        "pimpinan tinggi yang ditunjuk menurut UU 10/2016 Pasal 201) tetap dibaca sebagai jabatan pimpinan tinggi.",
    ),
    "jenis-struktural-tanpa-tingkat": CodeSpec(
        W,
        "Jabatan '{value}' berjenis Struktural, tetapi tingkatnya (JPT, administrator atau pengawas) tidak dapat "
        "ditentukan dari namanya: dibaca {jenis}, dengan BUP dan aturan jabatan itu; isi kolom ESELON atau tulis "
        "nama jabatan lengkap (mis. 'Kepala Seksi …')",
        "Kolom jenis menulis Struktural, atau namanya kepala kantor ('Kepala' saja, 'Kepala BPS Kabupaten'), "
        "tetapi nama jabatan tidak menyebut tingkat manajerialnya (JPT, Administrator, Pengawas): jabatan "
        "dibaca menurut namanya, yang bisa memberi BUP dan aturan jabatan yang salah. Isi kolom ESELON atau "
        "tulis nama jabatan lengkap.",
    ),
    "jabatan-pada-unit": CodeSpec(
        INFO,
        "{jumlah} jabatan ditulis bersama unitnya ('<jabatan> pada <unit>' atau '<jabatan>, <OPD>, <unit>') tanpa "
        "unit kerja tersendiri (baris "
        "{contoh}): dibaca sebagai jabatan dan unitnya, mis. '{value}' sebagai jabatan '{jabatan}' di unit "
        "'{unit_kerja}'",
        "Draf Baperjakat dan daftar nominatif menulis jabatan sekarang sebagai '<jabatan> pada <unit>' ('Kepala Seksi "
        "Pelayanan pada Bidang X', 'Fungsional Umum pada Dinas Kesehatan'). Pada baris tanpa unit kerja (tanpa kolom "
        "unit atau selnya kosong), nama itu dipotong pada 'pada' terakhir yang kanannya unit peta jabatan (atau nama "
        "unit: Dinas, Badan, Bidang, Kecamatan, UPT, Puskesmas, RSUD, SD …) dan kirinya jabatan; nama yang sendiri "
        "sudah jabatan di peta jabatan tidak pernah dipotong. Jabatan kepala yang ditulis pada OPD-nya ('Kepala "
        "Bidang X pada Dinas Y') dibaca di unit yang dikepalainya, dan unit yang lebih panjang daripada unit peta "
        "jabatan ('Bagian Organisasi Sekretariat Daerah') di unit peta jabatan yang mengawalinya, bila hanya satu "
        "unit demikian yang punya jabatan itu. DUK yang menulis jabatan dengan jalur unitnya dipisah koma ('Kepala "
        "Seksi X, Dinas Y, Bidang Z, Bidang Z') dipotong pada koma hanya bila kirinya jabatan peta jabatan di unit "
        "yang disebut sesudahnya.",
    ),
    "unit-dari-jabatan-tertaut": CodeSpec(
        INFO,
        "Unit kerja {jumlah} pegawai tanpa unit kerja tertulis diambil dari unit jabatan peta jabatan yang "
        "ditautkan kepadanya (mis. '{value}' di unit '{unit_kerja}'), dan dipakai dalam perencanaan; {sisa} pegawai "
        "yang jabatannya tidak tertaut tetap tanpa unit kerja dan dikecualikan (baris {baris_sisa})",
        "Data pegawai tanpa kolom unit kerja (atau dengan sel unit kerja kosong) yang jabatannya tertaut ke peta "
        "jabatan, biasanya karena ditulis '<jabatan> pada <unit>': unit kerja pegawai adalah unit jabatan yang "
        "ditautkan kepadanya, dan itulah yang dipakai rencana, lowongan, dan beban kerja. Pegawai yang jabatannya "
        "tidak tertaut tidak diketahui unitnya: dikecualikan, dengan alasannya, dan barisnya disebut. Berkas yang "
        "tidak satu pun pegawainya mendapat unit tetap ditolak perintah perencanaan.",
    ),
    "jabatan-pelaksana-tugas": CodeSpec(
        W,
        "Jabatan '{jabatan}' dipegang sebagai {sebutan}: pegawai ini dihitung sebagai pemangku jabatan itu, padahal "
        "secara definitif jabatan itu lowong; bila jabatan definitifnya lain, tulis jabatan definitif di kolom jabatan",
        "Pejabat pelaksana tugas (Plt./Plh./Pj.) dihitung sebagai pemangku kursi yang secara definitif "
        "lowong; tulis jabatan definitifnya bila berbeda.",
    ),
    "jabatan-jenjang-dari-golongan": CodeSpec(
        INFO,
        "{jumlah} pemangku jabatan '{jabatan}' (JF tanpa jenjang) ditautkan ke jabatan JF itu di unitnya pada jenjang "
        "menurut golongannya ({rincian}); periksa jenjangnya, atau tulis jabatan lengkap dengan jenjangnya",
        "Jabatan di data pegawai menyebut JF tanpa jenjang (Jenis PTK Dapodik: 'Guru Mapel', 'Guru Kelas') dan "
        "unitnya tidak punya jabatan bernama itu: pemangkunya ditautkan ke jabatan JF yang sama di unitnya pada "
        "jenjang yang rentang golongannya memuat golongan pemangku (Ahli Pertama III/a–III/b, Ahli Muda "
        "III/c–III/d, Ahli Madya IV/a–IV/c, Ahli Utama IV/d–IV/e; PPPK IX–X Ahli Pertama; PermenPANRB 16/2009 "
        "untuk guru). Hanya untuk JF satu kategori; golongan tanpa ruang, golongan di luar rentang, atau "
        "jenjang yang tidak ada di unitnya tetap tidak tertaut. Kepala Sekolah (tugas tambahan guru) tidak "
        "ditautkan begini.",
    ),
    "jabatan-ditautkan-fuzzy": CodeSpec(
        W,
        "Jabatan '{jabatan}' di unit '{unit_kerja}' dianggap sama dengan '{nama_jabatan}' (kemiripan {skor}%); periksa",
        "Jabatan pegawai ditautkan ke jabatan di unit kerja yang sama karena namanya mirip; periksa bahwa "
        "keduanya memang jabatan yang sama.",
    ),
    "jabatan-opd-disimpulkan": CodeSpec(
        W,
        "Data pegawai tidak menyebut OPD unit kerja '{unit_kerja}': {jumlah} pemangku ditautkan ke jabatan yang "
        "sama namanya di '{unit_peta}', satu-satunya OPD di peta jabatan yang mempunyai jabatan itu di unit "
        "bernama demikian; periksa OPD-nya",
        "Peta jabatan membedakan unit kerja per OPD, sedangkan data pegawai tidak mempunyai kolom OPD: pemangku "
        "ditautkan ke jabatan yang nama dan unit kerjanya sama persis bila hanya satu OPD mempunyai jabatan itu "
        "di unit bernama demikian. Nama jabatannya tidak diragukan, hanya OPD-nya yang disimpulkan; disebut sekali "
        "per unit kerja. Tambahkan kolom OPD (perangkat daerah) di data pegawai bila OPD-nya lain.",
    ),
    "jabatan-nama-lama": CodeSpec(
        W,
        "Jabatan '{jabatan}' di unit '{unit_kerja}' adalah nama lama; ditautkan ke '{nama_jabatan}' (nama sekarang "
        "jabatan yang sama); periksa, lalu tulis nama sekarang di data pegawai",
        "Jabatan di data pegawai ditulis dengan nama lamanya (JF yang berganti nama dengan jenjang yang sama, "
        "nama jabatan pelaksana PermenPANRB 41/2018) dan ditautkan ke jabatan bernama sekarang di unit kerja "
        "yang sama; perbarui namanya di data pegawai.",
    ),
    "jabatan-nama-baru": CodeSpec(
        W,
        "Jabatan '{jabatan}' di unit '{unit_kerja}' adalah nama sekarang dari '{nama_jabatan}' di peta jabatan (nama "
        "lama); ditautkan ke sana; periksa, lalu perbarui nama jabatan di peta jabatan",
        "JF di data pegawai ditulis dengan nama sekarang dan ditautkan ke satu-satunya jabatan di unitnya "
        "yang di peta jabatan masih bernama lama (JF yang berganti nama tetap pada jenjangnya: Analis SDM "
        "Aparatur Ahli Muda pada Analis Kepegawaian Ahli Muda); nama jabatan pelaksana KepmenPANRB 11/2024 "
        "ditautkan ke satu-satunya jabatan PermenPANRB 41/2018 di unitnya, sebanyak kursi kosongnya, bila "
        "tidak ada jabatan pelaksana lain di unit itu yang berawalan kata sama. Perbarui nama jabatan di peta "
        "jabatan.",
    ),
    "jabatan-nama-baru-tidak-ditautkan": CodeSpec(
        W,
        "Jabatan '{jabatan}' di unit '{unit_kerja}' tidak ditautkan: namanya nama sekarang dari {pilihan} di peta "
        "jabatan (nama lama), tetapi satu nama jabatan pelaksana sekarang menggantikan banyak nama lama (kebutuhan "
        "jabatan itu sudah terisi atau tidak tertulis, atau unit ini punya jabatan pelaksana lain yang namanya "
        "berawalan sama); perbarui nama jabatan di peta jabatan, atau tulis jabatan yang dipegang",
        "Jabatan pelaksana di data pegawai ditulis dengan nama sekarang (ekspor SIASN), sedangkan nama "
        "lamanya adalah jabatan di unitnya (peta jabatan yang belum disesuaikan dengan KepmenPANRB 11/2024 "
        "atau 282/2025): tidak ditautkan, dan jabatan itu disebut, bila jabatan itu tidak punya kursi kosong "
        "atau unit itu punya jabatan pelaksana lain yang berawalan kata sama. Satu nama sekarang menggantikan "
        "banyak nama lama, dan peta jabatan hanya mengenal sebagian.",
    ),
    "jabatan-nama-baru-melebihi-kebutuhan": CodeSpec(
        W,
        "Jabatan '{jabatan}' di unit '{unit_kerja}' tidak ditautkan: namanya nama sekarang dari '{nama_jabatan}' di "
        "peta jabatan (nama lama), tetapi jabatan itu hanya punya {kursi} kursi kosong untuk {pemegang} pemegang; "
        "{kursi} pemegang (urut NIP) ditautkan ke sana, pegawai ini kelebihan (tidak dihitung di bezetting dan tidak "
        "dipindah oleh rencana); perbarui nama jabatan di peta jabatan, atau tulis jabatan yang dipegang",
        "Jabatan pelaksana di data pegawai ditulis dengan nama sekarang yang satu-satunya nama lamanya adalah "
        "jabatan di unitnya, tetapi pemegangnya lebih banyak daripada kursi kosong jabatan itu (kebutuhan "
        "dikurangi pemangkunya): pemegang pertama menurut NIP ditautkan sampai kebutuhan terpenuhi, sisanya "
        "tidak ditautkan sebagai kelebihan (bila semuanya dibiarkan tidak tertaut, satu pemegang berlebih "
        "membuat jabatan itu terbaca lowong lalu diisi oleh rencana).",
    ),
    "jabatan-nama-lama-ganda": CodeSpec(
        W,
        "Jabatan '{jabatan}' di unit '{unit_kerja}' tidak ditautkan: menurut penyesuaian nomenklatur jabatan "
        "pelaksana (PermenPANRB 41/2018 ke KepmenPANRB 11/2024) ia sama dengan lebih dari satu jabatan di peta "
        "jabatan unit ini: {pilihan}; tulis jabatan yang dipegang",
        "Jabatan di data pegawai yang nama lama atau nama barunya (jabatan pelaksana) sama dengan nama "
        "beberapa jabatan di unitnya (peta jabatan bernama lama dengan Pengadministrasi Umum dan "
        "Pengadministrasi Keuangan, yang kini sama-sama Pengadministrasi Perkantoran): tidak ditautkan, dan "
        "jabatan-jabatan itu disebut. Tulis jabatan yang dipegang.",
    ),
    "syarat-pendidikan-berisi-jurusan": CodeSpec(
        INFO,
        "Kolom '{judul}' berisi program studi tanpa jenjang pada {jumlah} jabatan (baris {contoh}): dibaca sebagai "
        "syarat jurusan; jenjang minimalnya tidak tertulis",
        "Peta jabatan tanpa kolom program studi menulis program studi di kolom tingkat pendidikan (e-formasi "
        "Kendal 'KUALIFIKASI PENDIDIKAN': 'Teknik Informatika'); isinya dibaca sebagai syarat jurusan, dan "
        "jenjang minimalnya tidak diketahui.",
    ),
    "jabatan-tanpa-syarat-pendidikan": CodeSpec(
        W,
        "Jabatan tidak mencantumkan syarat pendidikan/jurusan",
        "Jabatan tanpa syarat pendidikan maupun syarat jurusan; lengkapi syaratnya di peta jabatan.",
    ),
    "syarat-dari-jenjang": CodeSpec(
        INFO,
        "{jumlah} jabatan tanpa syarat pendidikan memakai syarat paling rendah menurut jenis/jenjangnya (mis. {contoh}):"
        " JPT dan Administrator S-1/D-IV, Pengawas D-III, JF ahli S-1/D-IV dengan golongan terendah jenjangnya, JF"
        " terampil D-III, pemula SLTA, Kepala Puskesmas S-1/D-IV (Permenkes 19/2024), pelaksana menurut nomenklaturnya"
        " (Penata/Pengelola/Operator Layanan Operasional S-1/D-III/SLTA); JF kesehatan juga program studi profesinya (Perawat: Keperawatan, Bidan: Kebidanan …);"
        " matikan dengan [aturan] syarat_dari_jenjang = false",
        "Jabatan tanpa syarat pendidikan tertulis memakai syarat paling rendah yang ditetapkan peraturan "
        "untuk jenis jabatan atau jenjang JF-nya (PP 11/2017 beserta perubahannya; peraturan JF "
        "masing-masing); Kepala Puskesmas, tenaga kesehatan dengan tugas tambahan, paling rendah sarjana menurut "
        "Permenkes 75/2014 Pasal 33, dipertahankan Permenkes 43/2019 dan Permenkes 19/2024 (S-1 atau D-IV bidang "
        "kesehatan, atau dokter/dokter gigi; D-III di kawasan terpencil ditulis sendiri di peta jabatan). Golongan "
        "terendah Ahli Pertama mengikuti peraturan JF-nya bila lebih tinggi dari III/a (Dokter Hewan Karantina: III/b, "
        "PermenPANRB 17/2018). Satu temuan per tabel; dapat dimatikan di pengaturan [aturan] syarat_dari_jenjang.",
    ),
    "syarat-pengalaman-tidak-terbaca": CodeSpec(
        W,
        "Syarat pengalaman '{value}' tidak dapat dibaca (tidak ada jumlah tahun/bulan atau jenis pengalaman yang dikenal); "
        "syarat ini tidak dinilai",
        "Syarat pengalaman tanpa satu ketentuan pun yang terbaca (jumlah tahun dan jenis pengalaman); syarat "
        "ini tidak dinilai. Tulis jumlah tahun atau bulan dan jenis pengalamannya.",
    ),
    "jabatan-ganda": CodeSpec(
        W,
        "Jabatan '{nama_jabatan}' di unit '{unit_kerja}' tercantum lebih dari sekali (juga baris {baris_lain})",
        "Dua baris peta jabatan menggambarkan jabatan yang sama (nama dan unit kerja sama); hapus salah "
        "satunya atau bedakan.",
    ),
    "kode-jabatan-ganda": CodeSpec(
        E,
        "Kode jabatan '{value}' sudah dipakai di baris {baris_lain}",
        "Dua baris jabatan memakai kode jabatan yang sama; baris yang belakangan dikecualikan. Beri kode yang berbeda.",
    ),
    "kode-jabatan-per-unit": CodeSpec(
        INFO,
        "{jumlah} kode jabatan tertulis di lebih dari satu unit kerja (kode jabatan, bukan kode jabatan per unit); "
        "tiap jabatan dibedakan per unit, mis. '{contoh}'",
        "Kode yang tertulis di beberapa unit kerja adalah kode jabatan, bukan kode kursi per unit: setiap "
        "jabatan dibedakan menurut kode dan unit kerjanya.",
    ),
    "bezetting-beda": CodeSpec(
        INFO,
        "Bezetting tercatat {tercatat} berbeda dengan jumlah pemangku di data pegawai ({dihitung})",
        "Bezetting yang tertulis di peta jabatan berbeda dengan jumlah pemangku menurut data pegawai; periksa "
        "data pegawai atau perbarui peta jabatan.",
    ),
    "pensiun-tahun-beda": CodeSpec(
        INFO,
        "Peta jabatan mencatat {tercatat} pemangku pensiun tahun {tahun}, sedangkan data pegawai: {dihitung} pemangku "
        "yang TMT pensiunnya (tanggal 1 bulan sesudah mencapai BUP) jatuh pada tahun {tahun}",
        'Kolom "BUP TH. <tahun>" Formulir 1 (jumlah pemangku yang pensiun pada tahun itu) berbeda dengan yang '
        "dihitung dari tanggal lahir dan BUP jabatan di data pegawai; periksa tanggal lahir atau perbarui formulir. "
        "Proyeksi pensiun tetap dihitung dari data pegawai.",
    ),
    "tmt-pensiun-beda": CodeSpec(
        W,
        "{tercatat}, sedangkan BUP jabatan '{jabatan}' menurut aturan {bup} tahun (TMT pensiun {dihitung}); yang "
        "dipakai BUP data pegawai, TMT pensiun {dipakai}: bila BUP jabatan ini memang {bup} tahun, perbaiki data "
        "pegawai di SIMPEG",
        "TMT pensiun atau BUP yang tertulis di data pegawai menunjukkan BUP lain daripada BUP jabatan menurut "
        "aturan (UU 20/2023 Pasal 55, aturan JF). BUP data pegawai yang wajar dipakai untuk rencana dan proyeksi "
        "pensiun: biasanya SIMPEG mengetahui BUP jabatan itu (mis. JF ahli utama 65 tahun); periksa bila tidak.",
    ),
    "tmt-pensiun-tidak-wajar": CodeSpec(
        W,
        "{tercatat} tidak wajar: {alasan}; yang dipakai {dipakai}: perbaiki TMT pensiun/BUP di SIMPEG",
        "TMT pensiun atau BUP di data pegawai yang tidak mungkin benar (usia pada TMT itu yang bukan BUP mana pun "
        "di pengaturan, tanggal yang bukan tanggal 1 sesudah ulang tahun, BUP yang tidak ada di pengaturan, BUP lain "
        "untuk jabatan yang namanya jabatan pelaksana, yang BUP-nya ditetapkan UU 20/2023 Pasal 55, atau jabatan "
        "guru, yang BUP-nya 60 tahun menurut UU 14/2005 Pasal 30 ayat 4) tidak dipakai: "
        "TMT pensiun dihitung dari tanggal lahir dan BUP jabatan. Perbaiki di SIMPEG.",
    ),
    "tmt-pensiun-diabaikan": CodeSpec(
        W,
        "TMT pensiun di data pegawai {tercatat} tidak wajar: {alasan}; yang dipakai BUP di data pegawai ({bup} "
        "tahun), TMT pensiun {dipakai}: perbaiki TMT pensiun di SIMPEG",
        "TMT pensiun di data pegawai yang tidak mungkin benar, di samping BUP di data pegawai yang wajar: TMT itu "
        "tidak dipakai, BUP yang dipakai (dan TMT pensiun dihitung darinya). Perbaiki TMT pensiun di SIMPEG.",
    ),
    "tmt-pensiun-diringkas": CodeSpec(
        W,
        "Dan {jumlah} pegawai lain yang {apa} (baris {contoh}) tidak dirinci satu per satu: {langkah}",
        "Lebih dari dua puluh pegawai dengan temuan TMT pensiun yang sama: sisanya diringkas dalam satu temuan.",
    ),
    "tmt-pensiun-dibandingkan": CodeSpec(
        INFO,
        "TMT pensiun/BUP di data pegawai dibandingkan dengan hitungan dari tanggal lahir dan BUP jabatan untuk "
        "{jumlah} pegawai: {sama} sama; {beda_bulan} sama BUP-nya, dengan TMT cara hitung lain (tanggal 1 bulan ulang "
        "tahun, atau dua bulan sesudahnya bagi yang lahir di akhir bulan; dipakai tanggal 1 bulan sesudah ulang tahun); "
        "{beda_bup} dengan BUP lain (dipakai BUP data pegawai); "
        "{tidak_wajar} tidak wajar (dipakai TMT dari tanggal lahir dan BUP jabatan); {tanpa_lahir} tanpa tanggal lahir "
        "(dipakai TMT data pegawai){diabaikan}",
        "Ringkasan perbandingan TMT pensiun atau BUP yang tertulis di data pegawai dengan hitungan alat ini "
        "(tanggal 1 bulan sesudah mencapai BUP). TMT pada tanggal 1 bulan ulang tahun itu sendiri adalah cara "
        "hitung aplikasi lain untuk BUP yang sama, begitu pula tanggal 1 dua bulan sesudah ulang tahun bagi yang lahir "
        "pada tanggal yang tidak ada di bulan berikutnya (31 Januari, 31 Maret …; hasil penambahan bulan yang "
        "melimpah di aplikasi lain): yang dipakai tanggal 1 bulan sesudah ulang tahun.",
    ),
    "pensiun-tahun-beda-banyak": CodeSpec(
        INFO,
        "Jumlah pemangku pensiun tahun {tahun} di peta jabatan berbeda dengan data pegawai pada {jumlah} jabatan "
        "(contoh baris {contoh}); yang dipakai adalah proyeksi dari data pegawai",
        'Lebih dari sepuluh jabatan yang jumlah pensiun tertulisnya ("BUP TH. <tahun>") berbeda dengan data '
        "pegawai: satu temuan untuk kolom itu.",
    ),
    "bezetting-beda-banyak": CodeSpec(
        INFO,
        "Bezetting tercatat di peta jabatan berbeda dengan jumlah pemangku di data pegawai pada {jumlah} jabatan "
        "(contoh baris {contoh}); yang dipakai adalah jumlah pemangku di data pegawai",
        "Lebih dari sepuluh jabatan yang bezetting tertulisnya berbeda dengan jumlah pemangku di data "
        "pegawai: satu temuan untuk kolom itu.",
    ),
    "beban-kerja-menit-dari-kebutuhan": CodeSpec(
        W,
        "Kolom '{header}' berisi menit, bukan jam: kebutuhan pegawai di tabel sama dengan beban ÷ {menit} menit (waktu "
        "kerja efektif setahun) pada {cocok} dari {jumlah} jabatan, sedangkan dibaca sebagai jam kebutuhannya 60 kali "
        "lipat; beban kerja dibaca sebagai menit (dibagi 60)",
        "Kolom beban kerja yang dibaca sebagai jam ternyata berisi menit: kebutuhan yang tertulis di tabel "
        "sama dengan beban kerja ÷ menit kerja efektif setahun (Form D aplikasi anjab menjumlahkan menit "
        "tugas); beban kerja dibagi 60 (tanpa itu EJ 60 kali terlalu tinggi).",
    ),
    "beban-kerja-berupa-kebutuhan": CodeSpec(
        W,
        "Kolom '{header}' berisi kebutuhan pegawai (orang), bukan beban kerja dalam jam: angkanya sama dengan "
        "pemangku ditambah kekurangan dikurangi kelebihan yang ditulis berkas itu sendiri pada {cocok} dari {jumlah} "
        "jabatan; dibaca sebagai kebutuhan (tanpa beban kerja, jadi tanpa EJ)",
        "Peta jabatan tanpa kolom kebutuhan yang kolom 'Jumlah Beban Kerja'-nya berisi hasil ABK dalam orang (surat "
        "keterangan Anjab-ABK: Jumlah Beban Kerja, Eksisting, Kelebihan, Kekurangan): eksisting + kekurangan − "
        "kelebihan berkas itu sendiri sama dengan angka itu, bukan dengan kebutuhan dari jam. Angka itu dibaca "
        "sebagai kebutuhan; dibaca sebagai jam setahun, setiap jabatan terbaca butuh 0 atau 1 orang dan LEBIH.",
    ),
    "bezetting-tidak-tertaut": CodeSpec(
        W,
        "Peta jabatan mencatat bezetting {tercatat} orang pada {jabatan} jabatan, tetapi tidak satu pun pegawai dari "
        "data pegawai ({pegawai} orang) tertaut ke jabatan itu: bezetting dihitung 0 dan semua kebutuhan terbaca "
        "lowong. Periksa kolom unit kerja dan jabatan data pegawai{saran}",
        "Peta jabatan mencatat pemangku per jabatan, tetapi data pegawai tidak menautkan seorang pun ke "
        "jabatan mana pun (kolom unit kerjanya berisi hal lain daripada unit di peta jabatan, mis. tim "
        "kerja): disebut sekali untuk tabel.",
        opsi="--unit-kerja",
    ),
    "bezetting-unit-tanpa-pegawai": CodeSpec(
        W,
        "Peta jabatan mencatat bezetting {tercatat} orang pada {jabatan} jabatan di {unit} unit kerja yang tidak "
        "mempunyai seorang pun pegawai di data pegawai (mis. {contoh}): bezetting jabatan itu dihitung 0 dari data "
        "pegawai, sehingga kebutuhannya terbaca lowong di lowongan maupun rencana. Bila data pegawai hanya memuat "
        "sebagian unit, lengkapi data pegawai atau keluarkan unit itu dari peta jabatan",
        "Bezetting selalu dihitung dari data pegawai, sama di setiap perintah. Jabatan di unit kerja yang tidak "
        "berpegawai sama sekali menurut data pegawai, padahal peta jabatan mencatat pemangkunya, terbaca lowong: "
        "biasanya data pegawai hanya mencakup sebagian OPD. Disebut sekali untuk tabel.",
    ),
    "unit-kerja-dari-parameter": CodeSpec(
        W,
        "Unit kerja di kolom '{header}' tidak menautkan satu pun pegawai ke peta jabatan: unit kerja '{value}' yang disebut "
        "untuk berkas ini dipakai untuk semua baris ({jumlah} pegawai tertaut)",
        "Kolom unit kerja data pegawai tidak menautkan seorang pun; unit kerja yang disebut analis dengan "
        "--unit-kerja dipakai untuk setiap baris.",
        opsi="--unit-kerja",
    ),
    "unit-kerja-parameter-bukan-pegawai": CodeSpec(
        W,
        "Unit kerja '{value}' yang disebut untuk berkas ini tidak dipakai untuk data pegawai: kolom '{header}' menyebut "
        "{jumlah} kantor (mis. {contoh}), bukan satu unit kerja; pegawai yang unit kerjanya tidak ada di peta "
        "jabatan tidak ditautkan",
        "Kolom unit kerja data pegawai tidak menautkan seorang pun ke peta jabatan satu unit kerja (unitnya dari "
        "--unit-kerja), dan kolom itu menyebut beberapa kantor (dinas, badan, RSUD, puskesmas, UPT, kecamatan, "
        "kelurahan): data pegawai itu bukan data satu unit, maka pegawainya tidak ditautkan ke jabatan yang sama "
        "namanya di unit itu.",
        opsi="--unit-kerja",
    ),
    "baris-unit-bukan-jabatan": CodeSpec(
        INFO,
        "Baris '{value}' adalah unit yang membawahi jabatan di bawahnya (kebutuhannya jumlah mereka), bukan jabatan: "
        "tidak dihitung",
        "Baris unit kerja yang membawahi jabatan-jabatannya beserta jumlahnya (peta jabatan berkelompok): "
        "bila dihitung sebagai jabatan, setiap kebutuhan terhitung dua kali; karena itu dilewati.",
    ),
    "angka-koma-ribuan": CodeSpec(
        INFO,
        "{jumlah} sel beban kerja memakai koma sebagai pemisah ribuan (mis. '{contoh}' dibaca {nilai})",
        "Kolom beban kerja yang angkanya memakai koma sebagai pemisah ribuan ('112,500' menit, format angka "
        "PHP): dibaca sebagai ribuan, bukan desimal (beban kerja setahun tidak pernah pecahan menit).",
    ),
    "angka-titik-desimal": CodeSpec(
        W,
        "'{value}' dibaca {nilai}, bukan ribuan: sel lain di kolom ini memakai titik sebagai desimal (mis. '{contoh}')",
        "Angka ditulis '1.500' di kolom yang sel lainnya memakai titik sebagai tanda desimal ('1.5'): dibaca "
        "sebagai desimal, bukan 1500; periksa selnya.",
    ),
    "indikator-titik-desimal": CodeSpec(
        W,
        "{jumlah} nilai indikator '{indikator}' bertitik dengan tiga angka di belakangnya dibaca sebagai desimal, "
        "bukan ribuan (mis. '{value}' dibaca {nilai}, bukan {ribuan}): {alasan}",
        "Nilai indikator 'x.yyy' yang tidak punya nilai sejenis bertulis satu atau dua desimal dibaca sebagai "
        "desimal, karena ribuan tidak mungkin dimaksud: selnya memuat '%' (persentase), atau hanya bacaan "
        "desimal yang masuk rentang indikatornya (nilai interval IKM 3.069). Disebut sekali per indikator dan "
        "alasan.",
    ),
    "angka-ribuan": CodeSpec(
        W,
        "Kebutuhan '{value}' dibaca {nilai} orang (titik sebagai pemisah ribuan); bila maksudnya pecahan, tulis dengan "
        "koma (mis. '1,5')",
        "Kebutuhan ditulis '1.500': ribuan menurut penulisan Indonesia (1500 orang untuk satu jabatan), "
        "padahal lebih mungkin maksudnya 1,5; dibaca seperti tertulis dan disebut. Tulis pecahan dengan koma.",
    ),
    "abk-titik-desimal": CodeSpec(
        W,
        "Kolom '{kolom}' menulis pecahan dengan titik ('{bukti}'): {jumlah} sel seperti '{nilai}' (baris {contoh}) "
        "dibaca sebagai pecahan {dibaca}, bukan ribuan; periksa angkanya",
        'Sel teks seperti "1.200" bisa berarti seribu dua ratus (penulisan Indonesia) atau 1,2 (titik '
        'desimal). Bila sel lain di kolom yang sama menulis pecahan dengan titik ("1.5", "0.500") dan '
        "tidak ada yang memakai koma, titiknya dibaca sebagai tanda desimal dan sel-selnya disebut di sini.",
    ),
    "abk-volume-bersatuan": CodeSpec(
        INFO,
        "{jumlah} volume ditulis bersama satuan hasilnya ({satuan}; baris {contoh}): angkanya dipakai sebagai volume",
        'Sel volume yang menulis satuan hasil setelah angkanya ("12 kali", "250 dokumen", "4 laporan") '
        'dibaca angkanya; satuannya disebut di sini. Sel yang menyebut periode ("12 per bulan") tidak dibaca '
        "begitu: tulis periodenya di kolom periode.",
    ),
    "abk-baris-kelompok": CodeSpec(
        INFO,
        "{jumlah} baris berisi uraian tugas tanpa volume, norma waktu dan waktu efektif (judul kelompok tugas pokok; "
        "baris {contoh}) dilewati, bukan tugas",
        "Formulir e-Anjab menulis setiap tugas pokok sebagai baris judul di atas uraian tugasnya: baris itu "
        "tidak berisi angka dan bukan tugas; jumlahnya disebut di sini.",
    ),
    "abk-sama-di-sheet-lain": CodeSpec(
        INFO,
        "Temuan '{kode}' di atas berlaku juga untuk {jumlah} lembar kerja lain buku kerja ini ({contoh}); disebut sekali",
        "Buku kerja ABK dengan satu lembar kerja per jabatan: temuan tingkat lembar kerja yang sama kata demi kata (satuan waktu, "
        "WKE lembar) disebut sekali pada lembar kerja pertama, dan lembar kerja lain yang juga memberinya disebut dalam satu temuan, "
        "bukan satu temuan per lembar kerja.",
    ),
    "abk-wke-tak-lengkap": CodeSpec(
        E,
        "{jumlah} baris tugas tanpa waktu kerja efektif (baris {contoh}), padahal kolomnya diisi {sebab}: bukan "
        "sel gabung, tugas-tugas itu tidak dihitung",
        "Kolom waktu kerja efektif lembar tugas hanya diisi di sebagian kecil baris dan nilainya berbeda-beda, "
        "jadi tidak bisa dianggap satu sel gabung untuk semua tugas; atau satu nilai yang baru ditulis di bawah "
        "tugas pertama, sehingga tugas di atasnya tidak berada di bawah sel gabung mana pun. Baris tanpa WKE "
        "tidak dihitung. Isi WKE setiap baris tugas di berkas sumber.",
    ),
    "abk-wke-baris-tidak-wajar": CodeSpec(
        W,
        "{jumlah} baris tugas menulis waktu kerja efektif '{value}', jauh di bawah nilai lembar ini ({dipakai}; baris "
        "{contoh}): dihitung dengan {dipakai}",
        "Baris tugas yang waktu kerja efektifnya sendiri hanya pecahan kecil dari WKE terbesar lembar itu (75 "
        "ditulis untuk 75.000 menit; jam di antara menit): beban kerjanya akan dibagi dengan angka itu "
        "sehingga kebutuhan jabatannya berlipat; baris itu memakai WKE lembar.",
    ),
    "abk-waktu-nol": CodeSpec(
        W,
        "{jumlah} uraian tugas punya volume tetapi waktu penyelesaian 0 (baris {contoh}): tugas itu tidak menambah "
        "beban kerja; periksa kolom waktunya",
        "Baris tugas yang punya volume tetapi norma waktunya 0 (bila semuanya begitu, setiap kebutuhan "
        "menjadi 0): disebut sekali per lembar. Periksa kolom waktu penyelesaiannya.",
    ),
    "kebutuhan-pecahan": CodeSpec(
        W,
        "Kebutuhan {nilai} bukan bilangan bulat; dibaca {bulat} orang ({aturan})",
        "Kebutuhan ditulis dengan pecahan (2,5 atau 0,4): dibulatkan seperti kebutuhan menurut ABK, tidak "
        "pernah diam-diam (0,4 menutup jabatan dan membuat pemangkunya kelebihan).",
    ),
    "jumlah-orang-pecahan": CodeSpec(
        W,
        "Nilai '{value}' pada kolom {field} bukan bilangan bulat: jumlah orang tidak mungkin pecahan; dianggap kosong",
        "Bezetting atau jumlah pemangku yang pensiun (BUP TH.) di peta jabatan ditulis dengan pecahan (1,5): "
        "jumlah orang selalu bilangan bulat, jadi nilainya dianggap tidak diketahui, tidak dibulatkan diam-diam.",
    ),
    "kebutuhan-tidak-ada": CodeSpec(
        E,
        "Jabatan tidak punya kebutuhan maupun beban kerja",
        "Baris jabatan tanpa kebutuhan maupun beban kerja; isi salah satunya di peta jabatan.",
    ),
    "rotasi-tidak-terpenuhi": CodeSpec(
        W,
        "Masa jabatan {tahun} tahun melebihi batas rotasi {batas} tahun, tetapi {sebab}",
        "Pegawai yang wajib rotasi (rotasi_wajib) tetap di jabatannya: tidak ada kursi terbuka yang layak, "
        "atau batas unit kerja (maks_pindah_per_unit, min_pegawai_per_unit) menahannya.",
    ),
    "rencana-sekunder-belum-terbukti": CodeSpec(
        W,
        "Pembuktian urutan kedua rencana (skor, biaya pindah, preferensi) belum selesai: {alasan}. Jumlah lowongan terisi tetap maksimum terbukti ({terisi} dari batas atas {batas}); urutan kedua hanya optimal atas {busur} pilihan pindah yang ditimbang",
        "Penimbangan pilihan pindah berhenti sebelum selesai (batas pasangan [rencana] maks_pasangan_harga "
        "atau batas putaran): jumlah lowongan terisi tetap terbukti maksimum (dengan --rotasi: batas atasnya "
        "batas_atas_dengan_rotasi, maksimum di antara rencana yang merotasi pegawai jatuh tempo sebanyak itu), "
        "tetapi urutan kedua (skor, biaya pindah, preferensi) hanya optimal di antara pilihan pindah yang sudah "
        "ditimbang.",
    ),
    "rencana-kunci-mengurangi-pengisian": CodeSpec(
        W,
        "Mutasi terkunci ({jumlah} pegawai) mengurangi lowongan yang dapat diisi: dengan kunci paling banyak {batas} lowongan, tanpa kunci {tanpa} lowongan (selisih {selisih}; keduanya maksimum terbukti)",
        "Mutasi yang dikunci menurunkan jumlah maksimum lowongan terisi: tahap 1 yang dihitung ulang dengan "
        "pegawai terkunci dibebaskan mengisi lebih banyak. Tinjau kuncinya bila pengisian lowongan lebih "
        "penting.",
    ),
    "rencana-rotasi-mengurangi-pengisian": CodeSpec(
        W,
        "Wajib rotasi mengurangi lowongan yang dapat diisi: rencana memindahkan {dipindah} dari {jatuh_tempo} pegawai jatuh tempo rotasi; selama sedikitnya {dipindah} pegawai jatuh tempo itu dirotasi, paling banyak {batas} lowongan dapat diisi, sedangkan tanpa wajib rotasi {tanpa} lowongan (selisih {selisih}; keduanya terbukti). Rencana menimbang satu pegawai jatuh tempo yang tetap setara dua lowongan tidak terisi; tanpa wajib rotasi pengisian diutamakan",
        "Dengan wajib rotasi, rencana mengisi lebih sedikit lowongan daripada maksimum tanpa rotasi: "
        "batas_atas_dengan_rotasi (tidak ada rencana yang merotasi pegawai jatuh tempo sebanyak itu dan mengisi lebih "
        "banyak) lebih kecil daripada batas_atas_pengisian. Pertimbangkan apakah rotasi lebih penting daripada "
        "lowongan yang tidak terisi.",
        opsi="--rotasi",
    ),
    "rencana-tetap-mengurangi-pengisian": CodeSpec(
        W,
        "Pegawai yang ditetapkan tetap ({jumlah} pegawai: atas permintaan analis atau karena aspirasi tidak bersedia) mengurangi lowongan yang dapat diisi: paling banyak {batas} lowongan, sedangkan bila mereka boleh dipindah {tanpa} lowongan (selisih {selisih}; keduanya maksimum terbukti)",
        "NIP yang ditetapkan tetap (--tetap, aspirasi tidak bersedia) menurunkan jumlah maksimum lowongan "
        "terisi: tahap 1 yang dihitung ulang dengan mereka boleh dipindah mengisi lebih banyak.",
        opsi="--tetap, --nip-tetap",
    ),
    "nip-tetap-tidak-valid": CodeSpec(
        W,
        "Baris daftar NIP tetap berisi '{value}', bukan NIP ({alasan}): tidak ada yang ditahan olehnya",
        "Baris berkas --nip-tetap yang tidak berisi NIP (salah ketik, NIP tersimpan sebagai angka): tidak "
        "menahan siapa pun, sehingga pegawai yang dimaksud bisa dipindah; disebut menurut nomor barisnya.",
        opsi="--nip-tetap",
    ),
    "rencana-tetap-tidak-dikenal": CodeSpec(
        W,
        "{jumlah} NIP yang diminta tetap (oleh analis atau karena aspirasi tidak bersedia) tidak ada di data pegawai yang valid dan tidak berpengaruh (antara lain {contoh}); periksa ketikannya",
        "NIP yang diminta tetap tetapi tidak cocok dengan baris data pegawai yang valid: salah ketik membuat "
        "pegawai yang ingin ditahan analis bisa dipindah. Periksa ketikannya.",
        opsi="--tetap, --nip-tetap",
    ),
    # --- applying an approved plan (loop) -----------------------------------------------
    "rencana-bukan-dari-sebelum": CodeSpec(
        W,
        "{jumlah} dari {semua} NIP mutasi yang disetujui dalam rencana tidak ada di data pegawai sebelum (antara lain "
        "{contoh}); mutasi itu tidak dihitung terlaksana. Pakai data pegawai yang dipakai saat rencana disusun",
        "Mutasi yang disetujui dalam rencana yang NIP-nya tidak ada di data pegawai 'sebelum' (rencana dari "
        "data pegawai lain): tidak dihitung terlaksana.",
    ),
    "putaran-tidak-di-buku-besar": CodeSpec(
        W,
        "Putaran {putaran} rencana ini tidak tercatat di buku besar {buku_besar}: rencana dicatat di buku besar lain, "
        "dan keputusan serta penerapan ini dicatat terpisah dari putarannya (surat dan buku-besar yang membaca buku "
        "besar putaran itu tidak melihat TMT penerapan ini); berikan berkas pengaturan atau buku besar yang dipakai saat "
        "rencana disusun",
        "Buku besar tempat terapkan menulis tidak memuat putaran rencana ini: rencana dicatat di buku besar "
        "lain (biasanya [tata_kelola] buku_besar dari berkas pengaturan yang kini tidak diberikan), sehingga "
        "keputusan dan mutasi yang diterapkan tercatat terpisah dari putarannya, dan surat yang membaca buku "
        "besar putaran itu memakai TMT lain. Berikan --pengaturan atau --buku-besar yang dipakai saat rencana "
        "disusun.",
        opsi="--pengaturan, --buku-besar",
    ),
    "rencana-sudah-diterapkan": CodeSpec(
        W,
        "{jumlah} mutasi rencana ini sudah pernah diterapkan ({waktu}, TMT {tmt}; buku besar {buku_besar}); penerapan "
        "ini dicatat lagi (mutasi yang sudah tercatat dengan TMT yang sama tidak dicatat dua kali): pakai data pegawai "
        "hasil penerapan itu, bukan yang lama",
        "Buku besar sudah mencatat mutasi yang diterapkan dari putaran rencana ini: menerapkan rencana yang "
        "sama sekali lagi menulis data pegawai baru kedua dan menghitung mutasinya dua kali; biasanya data "
        "pegawai hasil penerapan pertama yang harus dipakai.",
    ),
    "tmt-sebelum-rencana": CodeSpec(
        W,
        "TMT {value} lebih awal dari tanggal acuan rencana ({tanggal}); periksa TMT yang diberikan",
        "TMT yang diberikan kepada terapkan lebih awal daripada tanggal acuan rencana: kemungkinan besar "
        "salah ketik pada --tmt (daftar SK memuat TMT ini).",
        opsi="--tmt",
    ),
    "rencana-nip-tidak-ada": CodeSpec(
        E,
        "ID Mutasi {id_mutasi}: NIP {nip} yang disetujui tidak ada di data pegawai",
        "Mutasi yang disetujui menyebut NIP yang tidak ada di data pegawai saat ini; periksa data pegawai "
        "yang diberikan.",
    ),
    "rencana-jabatan-berubah": CodeSpec(
        E,
        "ID Mutasi {id_mutasi}: jabatan NIP {nip} sekarang '{jabatan_kini}' di '{unit_kini}', bukan jabatan asal di rencana '{jabatan_asal}' di '{unit_asal}'; data pegawai sudah berubah sejak rencana dibuat",
        "Data pegawai berubah sejak rencana dibuat: pegawai tidak lagi memegang jabatan asal mutasi itu.",
    ),
    "rencana-baris-diubah": CodeSpec(
        E,
        "ID Mutasi {id_mutasi}: {alasan}; hanya kolom Keputusan dan Catatan Analis yang boleh diubah",
        "Baris rencana diubah, ditambah atau dihapus; hanya kolom Keputusan dan Catatan Analis yang boleh "
        "diubah. Kembalikan barisnya, atau buat rencana baru.",
    ),
    "rencana-keputusan-tidak-valid": CodeSpec(
        E,
        "ID Mutasi {id_mutasi}: keputusan '{value}' tidak dikenal; isi Setuju, Tolak atau Tunda",
        "Isi kolom Keputusan selain Setuju, Tolak atau Tunda.",
    ),
    "rencana-rantai-putus": CodeSpec(
        E,
        "ID Mutasi {id_mutasi} ({keputusan}) memutus rantai {rantai}: jabatan '{jabatan}' di '{unit_kerja}' akan diisi {akhir} orang padahal kebutuhan {kebutuhan}, karena pemangkunya tidak jadi pindah sedangkan mutasi masuk {id_masuk} disetujui",
        "Mutasi yang ditolak atau ditunda meninggalkan kursi yang diisi mutasi lain yang disetujui melebihi "
        "kebutuhannya; putuskan mutasi-mutasi dalam rantai itu bersama-sama.",
    ),
    "rencana-ganda": CodeSpec(
        E,
        "ID Mutasi {id_mutasi}: NIP {nip} disetujui lebih dari sekali (juga ID Mutasi {id_lain})",
        "NIP yang sama disetujui dalam dua mutasi; setujui satu saja.",
    ),
    # --- governance: stages, re-checks, ledger, proposals, indicators (issue 16) ----------
    "rencana-tanpa-tahap": CodeSpec(
        INFO,
        "Lembar kerja Persetujuan tidak ada (buku kerja format lama) atau belum diisi: Keputusan di lembar kerja Rencana Mutasi dianggap keputusan tahap {tahap_final}, tanpa nama penilai",
        "Rencana diputuskan tanpa tahap (buku kerja format lama, atau lembar kerja Persetujuan kosong): Keputusan "
        "dianggap keputusan tahap terakhir; menjadi galat bila [tata_kelola] wajib_tahap aktif.",
    ),
    "tahap-tidak-valid": CodeSpec(
        E,
        "ID Mutasi {id_mutasi}: tahap '{value}' tidak dikenal; isi salah satu: {pilihan}",
        "Isi Tahap di lembar kerja Persetujuan di luar daftar tahap.",
    ),
    "tahap-ganda": CodeSpec(
        E,
        "ID Mutasi {id_mutasi}: tahap {tahap} diisi lebih dari sekali di lembar kerja Persetujuan",
        "Dua baris Persetujuan untuk mutasi dan tahap yang sama; hapus salah satunya.",
    ),
    "tahap-id-tidak-dikenal": CodeSpec(
        E,
        "ID Mutasi '{id_mutasi}' di lembar kerja Persetujuan tidak ada di rencana",
        "Baris Persetujuan menyebut mutasi yang tidak ada di rencana.",
    ),
    "tahap-tanggal-mendatang": CodeSpec(
        W,
        "Keputusan tahap {tahap} bertanggal {value}, sesudah hari ini ({hari_ini}), pada {jumlah} mutasi "
        "({id_mutasi}); periksa tanggalnya",
        "Keputusan tahap bertanggal sesudah hari ini (salah ketik seperti 2099, atau keputusan yang ditulis "
        "lebih dulu); hari ini adalah yang lebih akhir di antara tanggal acuan dan tanggal komputer. Satu "
        "temuan per tahap dan tanggal, di baris Persetujuan pertamanya.",
    ),
    "tahap-tanggal-sebelum-rencana": CodeSpec(
        W,
        "Keputusan tahap {tahap} bertanggal {value}, sebelum rencana dibuat ({dibuat}), pada {jumlah} mutasi "
        "({id_mutasi}); periksa tanggalnya",
        "Keputusan tahap bertanggal sebelum buku kerja rencana dibuat: menurut jejak audit mutasinya "
        "diputuskan sebelum diusulkan (salah ketik tahun, tanggal yang disalin dari putaran lain).",
    ),
    "tahap-tanggal-mundur": CodeSpec(
        W,
        "Mutasi {id_mutasi}: tanggal tahap {tahap} lebih awal dari tahap {sebelumnya} di bawahnya; periksa tanggal "
        "keputusan (jejak audit menyebut mutasi diputuskan sebelum diusulkan)",
        "Satu tahap sebuah mutasi bertanggal lebih awal daripada tahap di bawahnya; periksa tanggal keputusannya.",
    ),
    "tahap-nip-berbeda": CodeSpec(
        E,
        "Baris Persetujuan {id_mutasi} memuat NIP yang bukan NIP pegawai mutasi itu di rencana; keputusannya tidak "
        "dipakai (lembar kerja Persetujuan dari rencana lain?)",
        "NIP di baris Persetujuan bukan NIP mutasinya di rencana (lembar kerja yang disalin dari putaran lain); "
        "keputusannya tidak dipakai.",
    ),
    "tahap-tujuan-berbeda": CodeSpec(
        E,
        "Baris Persetujuan {id_mutasi} menyetujui tujuan '{value}', sedangkan rencana kini menulis '{rencana}'; "
        "keputusannya tidak dipakai (tujuan diubah setelah disetujui?)",
        "Baris Persetujuan menyebut jabatan atau unit tujuan yang berbeda dengan mutasinya di lembar kerja rencana: "
        "tujuan mutasi diubah sesudah disetujui (di kedua lembar kerja rencana, sehingga pemeriksaan perubahan baris "
        "tidak menangkapnya); keputusannya tidak dipakai.",
    ),
    "tahap-penilai-kosong": CodeSpec(
        E,
        "ID Mutasi {id_mutasi}: keputusan {keputusan} di tahap {tahap} tanpa {kosong}; setiap keputusan wajib mencantumkan nama penilai dan tanggal",
        "Keputusan tahap tanpa nama penilai atau tanggal; lengkapi keduanya.",
    ),
    "tahap-tanggal-tidak-valid": CodeSpec(
        E,
        "ID Mutasi {id_mutasi}: tanggal '{value}' di tahap {tahap} tidak terbaca (tulis DD-MM-YYYY)",
        "Tanggal di lembar kerja Persetujuan tidak terbaca; tulis DD-MM-YYYY.",
    ),
    "tahap-nip-penilai-tidak-valid": CodeSpec(
        W,
        "ID Mutasi {id_mutasi}: NIP penilai di tahap {tahap} tidak valid: {alasan}",
        "NIP penilai bukan NIP 18 digit yang sah.",
    ),
    "tahap-dilompati": CodeSpec(
        W,
        "Disetujui di tahap {tahap} padahal tahap {sebelum} {keadaan}, pada {jumlah} mutasi ({id_mutasi})",
        "Mutasi disetujui di tahap terakhir padahal tahap sebelumnya kosong atau bukan Setuju. Satu temuan "
        "per tahap terakhir, tahap sebelumnya dan keadaannya, di baris Persetujuan mutasi pertama.",
    ),
    "tahap-belum-final": CodeSpec(
        W,
        "ID Mutasi {id_mutasi}: keputusan terakhir '{keputusan}' di tahap {tahap}; hanya mutasi yang disetujui di tahap {tahap_final} yang diterapkan",
        "Mutasi yang baru diputuskan di tahap awal: tidak diterapkan sebelum disetujui di tahap terakhir.",
    ),
    "keputusan-bertentangan-tahap": CodeSpec(
        E,
        "ID Mutasi {id_mutasi}: Keputusan '{value}' di lembar kerja Rencana Mutasi berbeda dari keputusan tahap {tahap_final} di lembar kerja Persetujuan ('{keputusan}'); kosongkan atau samakan",
        "Keputusan di lembar kerja rencana berbeda dengan keputusan tahap terakhir di lembar kerja Persetujuan; kosongkan "
        "atau samakan.",
    ),
    "mutasi-tidak-layak-lagi": CodeSpec(
        W,
        "ID Mutasi {id_mutasi}: NIP {nip} tidak lagi memenuhi syarat pada tanggal {tanggal}: {alasan}; mutasi ini tidak diterapkan",
        "Mutasi yang disetujui dinilai ulang saat diterapkan terhadap data pegawai dan aturan saat ini, dan "
        "tidak lagi memenuhi syarat; mutasi itu tidak diterapkan.",
    ),
    "data-pegawai-berubah": CodeSpec(
        E,
        "Berkas data pegawai bukan berkas yang dipakai saat rencana dibuat (sha256 {sekarang} ≠ {rencana}): isinya "
        "berubah, atau berkas yang sama disimpan ulang (mis. dibuka lalu disimpan di Excel); pakai berkas aslinya, buat "
        "rencana baru, atau minta perubahan data diabaikan bila isinya sama (dicatat di buku besar; setiap mutasi tetap "
        "diperiksa ulang terhadap data ini)",
        "SHA-256 berkas data pegawai berbeda dengan yang dicatat saat rencana dibuat: isinya berubah, atau "
        "berkasnya disimpan ulang. Pakai berkas aslinya, buat rencana baru, atau pakai "
        "--abaikan-perubahan-data bila isinya sama.",
        opsi="--abaikan-perubahan-data",
    ),
    "data-pegawai-berubah-diabaikan": CodeSpec(
        W,
        "Berkas data pegawai bukan berkas yang dipakai saat rencana dibuat (sha256 {sekarang} ≠ {rencana}); diabaikan "
        "atas permintaan, dicatat di buku besar",
        "Data pegawai berubah sejak rencana dibuat dan perbedaannya sengaja diabaikan "
        "(--abaikan-perubahan-data); dicatat di buku besar.",
    ),
    "data-pegawai-tanpa-hash": CodeSpec(
        INFO,
        "Rencana tidak mencatat sha256 data pegawai; perubahan data sejak rencana dibuat tidak dapat diperiksa",
        "Buku kerja rencana format lama tanpa SHA-256 data pegawai; perubahan data sejak rencana dibuat tidak "
        "dapat diperiksa.",
    ),
    "buku-besar-rantai-putus": CodeSpec(
        E,
        "Catatan #{nomor} di buku besar tidak cocok dengan rantai hash ({alasan}): buku besar telah diubah",
        "Rantai hash buku besar audit putus di catatan ini: ada catatan yang diubah atau dihapus.",
    ),
    "buku-besar-hash-hilang": CodeSpec(
        E,
        "Hash {hash} yang dicatat pada pemeriksaan sebelumnya tidak ada lagi di buku besar ({jumlah} catatan): "
        "catatan sesudahnya telah dihapus, atau buku besar diganti",
        "Hash ujung yang dicatat pada pemeriksaan sebelumnya tidak ada di catatan mana pun dalam rantai: "
        "catatan di bagian akhir telah dihapus (rantai sendiri tidak dapat menunjukkannya) atau buku besar "
        "diganti.",
    ),
    "usulan-nip-ganda": CodeSpec(
        W,
        "NIP {nip} diusulkan {jumlah} kali ({rincian})",
        "NIP yang sama ada di beberapa usulan OPD (ke jabatan berbeda, atau oleh OPD berbeda); putuskan "
        "usulan mana yang dipakai.",
    ),
    "usulan-ditolak-tidak-dinilai": CodeSpec(
        INFO,
        "{jumlah} usulan berstatus ditolak atau dibatalkan tidak dinilai ({rincian}); barisnya tetap tercantum "
        "dengan statusnya",
        "Usulan yang status usulannya ditolak atau dibatalkan (Ditolak, Dibatalkan, Tidak Disetujui, TMS) tidak "
        "dinilai kelayakannya dan tidak dihitung dalam konflik (NIP diusulkan dua kali, melebihi lowongan); "
        "barisnya tetap ada di hasil dengan status usulan dan alasannya. Usulan yang diajukan, diproses atau "
        "disetujui dinilai seperti biasa.",
    ),
    "usulan-nama-beda": CodeSpec(
        W,
        "NIP {nip} tercatat atas nama '{nama_data}' di data pegawai, bukan '{nama_usulan}' seperti ditulis pengusul: "
        "periksa NIP-nya (yang dinilai adalah pegawai dengan NIP ini)",
        "Nama yang ditulis OPD di samping NIP yang diusulkan bukan nama pemilik NIP itu di data pegawai: NIP "
        "yang salah ketik memindahkan orang lain. Yang dinilai adalah pemilik NIP itu.",
    ),
    "usulan-jabatan-beda": CodeSpec(
        INFO,
        "NIP {nip} tercatat menjabat '{jabatan_data}' di data pegawai, bukan '{jabatan_usulan}' seperti ditulis "
        "pengusul",
        "Jabatan sekarang yang ditulis OPD di samping NIP yang diusulkan berbeda dengan data pegawai; periksa "
        "NIP atau data pegawainya.",
    ),
    "usulan-melebihi-lowongan": CodeSpec(
        W,
        "Jabatan {kode_jabatan} '{jabatan}' diusulkan untuk {jumlah} orang, padahal lowongannya {lowongan}",
        "Jabatan diusulkan untuk lebih banyak orang daripada lowongannya.",
    ),
    "usulan-tidak-terbaca": CodeSpec(
        E,
        "Berkas usulan tidak dapat dibaca dan dilewati: {alasan}",
        "Berkas usulan sebuah OPD tidak dapat dibaca (kosong, rusak, tanpa kolom NIP): dilewati dan disebut; "
        "berkas usulan lain tetap digabung.",
    ),
    "usulan-berkas-dilewati": CodeSpec(
        INFO,
        "{jumlah} berkas di folder usulan bukan berkas usulan dan tidak dibaca: {contoh}",
        "Berkas di folder usulan yang tidak dibaca (akhiran lain, berkas kunci Excel ~$…): disebut agar "
        "usulan yang disimpan dalam format lain tidak terlewat.",
    ),
    "usulan-tanggal-tidak-terbaca": CodeSpec(
        W,
        "Tanggal usulan '{value}' tidak dapat dibaca ({alasan}); ditulis apa adanya",
        "Tanggal Usulan dalam format yang tidak dikenal (atau tanggal mustahil seperti 31-02-2026); ditulis "
        "apa adanya.",
    ),
    "usulan-tanpa-kolom-tujuan": CodeSpec(
        W,
        "Berkas usulan tidak punya kolom jabatan tujuan (kode jabatan atau nama jabatan) yang dikenali, sehingga "
        "semua usulannya tidak dapat dinilai; kolom yang tidak dipetakan: {kolom}. Beri judul 'Jabatan Tujuan' / "
        "'Kode Jabatan Tujuan' atau petakan kolomnya di berkas peta kolom",
        "Berkas usulan OPD yang tidak satu pun judul kolomnya menyebut jabatan tujuan: setiap usulan di "
        "dalamnya akan dinilai 'tidak menyebut jabatan tujuan'; judul kolom yang tidak dipetakan disebut agar "
        "kolom tujuannya dapat ditunjuk dengan --peta-kolom.",
        opsi="--peta-kolom",
    ),
    "usulan-tanpa-data": CodeSpec(
        W,
        "Berkas usulan tidak berisi baris usulan",
        "Buku kerja usulan OPD tanpa baris usulan.",
    ),
    "indikator-unit-tidak-dikenal": CodeSpec(
        W,
        "Unit kerja indikator '{unit_kerja}' tidak ada di data pegawai; kepegawaiannya tidak dapat dibandingkan",
        "Unit kerja baris indikator bukan unit kerja data pegawai yang dibandingkan (salah ketik, penamaan "
        "lain): perubahan kepegawaiannya kosong, dan temuan ini menyebut sebabnya.",
    ),
    "indikator-ganda": CodeSpec(
        W,
        "Indikator '{indikator}' unit '{unit_kerja}' periode {periode} tertulis di beberapa baris ({baris}); nilainya "
        "dirata-ratakan menjadi {nilai}{catatan}",
        "Satu indikator untuk unit kerja dan periode yang sama tertulis di beberapa baris: nilainya "
        "dirata-ratakan (dan hanya arah baris pertama yang dipakai); disebut agar baris yang bertentangan "
        "diperiksa.",
    ),
    "indikator-tidak-valid": CodeSpec(
        E,
        "Baris indikator tidak dapat dipakai: {alasan}",
        "Baris tabel indikator dengan arah yang tidak dikenal, nilai atau periode kosong, nilai yang bukan "
        "angka (dikutip di pesan), atau nilai di luar rentang indikatornya (IKM di luar 1–100).",
    ),
    "indikator-skala-ikm-beda": CodeSpec(
        W,
        "Unit {unit_kerja}: {indikator} membandingkan nilai interval (1–4) dengan nilai konversi (25–100) "
        "({sebelum} → {sesudah}); dibandingkan pada skala konversi (nilai interval × 25, PermenPANRB 14/2017): "
        "selisih {selisih}, {layanan}",
        "IKM dibandingkan antara dua skalanya (nilai interval 1–4, nilai konversi 25–100): tanpa penyesuaian, "
        "IKM 1 → 100 terbaca sebagai perbaikan. Perubahannya dihitung pada skala konversi (nilai interval × "
        "25, PermenPANRB 14/2017) dan barisnya disebut.",
    ),
    "layanan-memburuk": CodeSpec(
        W,
        "Unit {unit_kerja}: kepegawaian membaik ({kepegawaian}) tetapi {indikator} memburuk ({sebelum} → {sesudah})",
        "Unit kerja yang kepegawaiannya membaik sementara indikator layanannya memburuk.",
    ),
    # --- hostile and broken input (issue 13) ------------------------------------------
    "csv-kolom-bergeser": CodeSpec(
        E,
        "Baris CSV berisi {jumlah} kolom, padahal judul {harapan} kolom: kemungkinan pemisah tanpa tanda kutip "
        "di dalam sebuah nilai menggeser kolom",
        "Baris CSV berisi lebih banyak kolom daripada judulnya (pemisah tanpa tanda kutip menggeser kolom); "
        "periksa baris itu.",
    ),
    "csv-kolom-kurang": CodeSpec(
        W,
        "Baris CSV hanya berisi {jumlah} kolom, padahal judul {harapan} kolom; kolom yang hilang dianggap kosong",
        "Baris CSV berisi lebih sedikit kolom daripada judulnya; kolom yang kurang diisi sel kosong.",
    ),
    "csv-kolom-kurang-beruntun": CodeSpec(
        W,
        "{banyak} baris CSV berturut-turut (baris {awal}–{akhir}) hanya berisi {jumlah} kolom, padahal judul "
        "{harapan} kolom; kolom yang hilang dianggap kosong",
        "Beberapa baris CSV berturut-turut berisi lebih sedikit kolom daripada judulnya, sama banyaknya: disebut "
        "sekali dengan rentang dan jumlah barisnya; kolom yang kurang diisi sel kosong.",
    ),
    "sel-karakter-kendali": CodeSpec(
        W,
        "Sel berisi karakter kendali (NUL atau sejenisnya) yang tidak terlihat; karakter itu dibuang saat dibaca, "
        "periksa dan bersihkan sel ini di berkas sumber",
        "Sel teks berisi NUL atau karakter kendali lain (CSV atau buku kerja): karakter itu dibuang saat dibaca, "
        "sehingga tidak ikut ke unit kerja, nama atau berkas keluaran; bersihkan sel itu di sumbernya.",
    ),
    "sel-karakter-tak-terlihat": CodeSpec(
        W,
        "Sel berisi karakter tak terlihat ({jenis}); karakter itu dibuang saat dibaca, periksa sel ini di berkas sumber",
        "Sel teks berisi karakter kendali C1, tanda lebar-nol, BOM, atau karakter pengarah teks (bidi; U+202E "
        "membalik baris petikan SK, termasuk NIP-nya, menjadi kanan ke kiri): tidak ada data kepegawaian yang "
        "memuatnya. Karakter itu dibuang saat dibaca (NIP dengan spasi lebar-nol menjadi sah) dan selnya "
        "disebut.",
    ),
    "kolom-karakter-tak-terlihat": CodeSpec(
        INFO,
        "Semua {jumlah} sel teks kolom ini berisi karakter tak terlihat ({jenis}); karakter itu dibuang saat dibaca",
        "Setiap sel teks satu kolom membawa tanda lebar-nol atau karakter kendali (ekspor REKAP_PEGAWAI "
        "SIMPEGA mengawali setiap nilai dengan U+200C): itu penanda ekspor itu sendiri, disebut sekali untuk "
        "kolom, bukan sekali per sel (sel-karakter-tak-terlihat tetap dipakai untuk sel yang menonjol dan "
        "untuk setiap karakter pengarah teks).",
    ),
    "angka-di-luar-batas": CodeSpec(
        E,
        "Nilai '{value}' pada kolom {field} di luar rentang yang masuk akal ({batas}); dianggap kosong",
        "Kebutuhan, bezetting, beban kerja atau kelas jabatan di luar rentang yang masuk akal; dianggap "
        "kosong. Periksa isinya.",
    ),
    "abk-di-luar-batas": CodeSpec(
        E,
        "Beban kerja jabatan '{kode_jabatan}' dari lembar kerja ABK ({jam} jam/tahun, kebutuhan {kebutuhan} orang) di luar "
        "rentang yang masuk akal (kebutuhan {batas}): periksa volume dan norma waktu tugasnya; lembar kerja ABK tidak "
        "dipakai untuk jabatan ini",
        "Beban kerja jabatan dari lembar kerja ABK (dan kebutuhan yang dihitung darinya) di luar rentang yang masuk "
        "akal: lembar kerja ABK tidak dipakai untuk jabatan itu. Periksa volume dan norma waktu tugasnya.",
    ),
    "sheet-lain-tidak-dibaca": CodeSpec(
        W,
        "Lembar kerja '{sheet_name}' juga berisi tabel yang sama jenisnya tetapi tidak dibaca (yang dibaca: '{dibaca}'); "
        "bila orang di lembar kerja itu belum ada di lembar kerja yang dibaca, gabungkan isinya ke satu lembar kerja (jangan dobel), atau "
        "pilih lembar kerja itu untuk dibaca",
        "Lembar kerja lain yang terlihat di buku kerja juga berisi tabel jenis ini (mis. PNS dan PPPK di dua lembar kerja); "
        "hanya satu lembar kerja yang dibaca. Gabungkan isinya, atau baca lembar kerja itu dengan --lembar.",
        opsi="--lembar",
    ),
    "sheet-tersembunyi-dilewati": CodeSpec(
        W,
        "Lembar kerja tersembunyi '{sheet_name}' berisi lembar tugas ABK dan tidak dihitung (lembar kerja tersembunyi biasanya "
        "salinan lama); tampilkan lembar kerja itu bila memang dipakai",
        "Lembar kerja tersembunyi buku kerja ABK berisi tugas; tidak dihitung (salinan tersembunyi yang usang "
        "melipatgandakan setiap kebutuhan). Tampilkan lembar kerja itu bila memang dipakai.",
    ),
    "lembar-nama-angka": CodeSpec(
        W,
        "Lembar kerja {nilai} yang dipilih dibaca sebagai lembar kerja bernama '{nilai}', bukan lembar kerja ke-{nilai} ('{urutan}'); untuk lembar kerja "
        "ke-{nilai} pilih menurut namanya: '{urutan}'",
        "Lembar kerja yang namanya berupa angka, yang juga nomor urut lembar kerja lain: nama lembar kerja yang didahulukan. Untuk "
        "lembar kerja menurut urutannya, tulis namanya pada --lembar.",
        opsi="--lembar",
    ),
    "sheet-tersembunyi": CodeSpec(
        W,
        "Data dibaca dari lembar kerja tersembunyi '{sheet_name}' karena tidak ada lembar kerja terlihat yang berisi data ini; "
        "pilih lembar kerja lain bila bukan ini yang dimaksud",
        "Tidak ada lembar kerja terlihat yang berisi tabel ini, sehingga lembar kerja tersembunyi (atau sangat tersembunyi) "
        "yang dibaca; periksa bahwa lembar kerja itu memang yang dimaksud.",
        opsi="--lembar",
    ),
    "sel-gabung-diisi": CodeSpec(
        INFO,
        "Sel gabungan {rentang} di atas baris data: nilainya diisikan ke setiap baris yang digabung",
        "Sel gabungan yang melintasi baris data diisikan ke setiap baris yang dicakupnya.",
    ),
    # --- ABK task sheets (issue 17) -----------------------------------------------------
    "jabatan-tanpa-abk": CodeSpec(
        W,
        "Jabatan '{jabatan}' di unit '{unit_kerja}' tidak punya kebutuhan, beban kerja maupun uraian tugas ABK: ditampilkan sebagai 'tanpa ABK' (pemangkunya tetap tertaut, tidak dihitung kurang/lebih)",
        "Jabatan tanpa kebutuhan, tanpa jam beban kerja dan tanpa uraian tugas di lembar kerja ABK: tetap "
        "dicantumkan sebagai 'tanpa ABK'.",
    ),
    "abk-satuan-waktu": CodeSpec(
        INFO,
        "Waktu penyelesaian dibaca dalam satuan {satuan} ({sumber})",
        "Menyebut satuan waktu kolom waktu penyelesaian (norma waktu) lembar tugas dan dari mana satuan itu "
        "ditentukan; periksa bila keliru.",
    ),
    "abk-satuan-waktu-bertentangan": CodeSpec(
        W,
        "Judul kolom '{judul}' menyebut satuan {satuan}, tetapi waktu kerja efektif di kolom '{kolom_wke}' "
        "ditulis dalam {satuan_wke}, dan lembar ini membagi waktu penyelesaian dengan WKE tersebut: waktu "
        "penyelesaian dibaca dalam {satuan_wke}, seperti lembar menghitungnya (bila memang dalam {satuan}, "
        "tulis satuan WKE di judul kolomnya, mis. 'Waktu Kerja Efektif ({satuan})')",
        "Judul kolom norma waktu menyebut satu satuan waktu, sedangkan kolom WKE lembar yang tanpa satuan "
        "jelas memakai satuan lain: hitungan lembar itu sendiri (norma waktu ÷ WKE) yang diikuti, dan "
        "pertentangannya disebut.",
    ),
    "abk-periode": CodeSpec(
        INFO,
        "Volume disetahunkan menurut '{kolom}': {rincian}",
        "Volume tugas per hari/minggu/bulan disetahunkan (faktor = WKE ÷ menit periode itu).",
    ),
    "abk-periode-tidak-dikenal": CodeSpec(
        E,
        "Periode '{value}' tidak dikenal (pakai per jam/hari/minggu/bulan/triwulan/semester/tahun); tugas ini tidak dihitung",
        "Sel periode lembar tugas yang tidak menyebut periode yang dikenal; tugas itu tidak dihitung.",
    ),
    "abk-wke-lembar": CodeSpec(
        INFO,
        "Lembar tugas memakai waktu kerja efektif sendiri {wke} setahun (pengaturan {setelan}); kebutuhan dan EJ jabatannya dihitung dengan WKE lembar",
        "Lembar tugas menyebut waktu kerja efektifnya sendiri; WKE itu dipakai untuk jabatan-jabatannya.",
    ),
    "abk-wke-lembar-diabaikan": CodeSpec(
        W,
        "Lembar tugas menyebut waktu kerja efektif {wke} setahun, tetapi WKE lembar tugas tidak dipakai (pengaturan "
        "[beban_kerja] pakai_wke_lembar = false): kebutuhan dihitung dengan WKE pengaturan, {setelan}",
        "Lembar tugas menyebut WKE sendiri, tetapi pengaturan pakai_wke_lembar dimatikan: kebutuhan dihitung "
        "dengan WKE pengaturan.",
    ),
    "abk-baris-ringkasan": CodeSpec(
        INFO,
        "Baris ringkasan '{label}' dilewati (bukan uraian tugas)",
        "Baris ringkasan lembar tugas (JUMLAH, WAKTU KERJA EFEKTIF, KEBUTUHAN PEGAWAI) dilewati.",
    ),
    "abk-kebutuhan-lembar-berbeda": CodeSpec(
        W,
        "Kebutuhan per tugas yang dihitung berbeda dengan kolom kebutuhan lembar pada {berbeda} dari {jumlah} tugas (rasio {rasio}){petunjuk}",
        "Kebutuhan per tugas yang tertulis di lembar tugas berbeda dengan volume × norma waktu ÷ WKE seperti "
        "terbaca; periksa satuan waktu dan WKE lembar.",
    ),
    "abk-tidak-terpakai": CodeSpec(
        E,
        "Lembar tugas ABK tidak tertaut ke satu jabatan pun di peta jabatan: kebutuhan tidak dihitung dari lembar ini",
        "Lembar tugas ABK diberikan, tetapi tidak satu pun tugasnya tertaut ke jabatan; samakan nama atau "
        "kode jabatannya dengan peta jabatan.",
    ),
    "abk-menggantikan-kebutuhan": CodeSpec(
        INFO,
        "Kebutuhan '{jabatan}' dihitung dari lembar ABK: {baru} (peta jabatan menulis {lama})",
        "Kebutuhan menurut lembar ABK menggantikan kebutuhan di peta jabatan untuk jabatan yang dicakupnya.",
    ),
    "kebutuhan-manajerial-tetap": CodeSpec(
        W,
        "Jabatan '{jabatan}' di unit '{unit_kerja}' adalah jabatan {jenis}, satu kursi menurut struktur organisasi: "
        "kebutuhan tetap {kebutuhan} ({asal}), bukan {abk} menurut beban kerja {jam} jam; beban kerja hanya dipakai "
        "untuk EJ",
        "Jabatan manajerial (Pengawas, Administrator, JPT) memakai kebutuhan yang tertulis di peta jabatan (1 "
        "bila tidak tertulis; baris kepala umum yang dipegang beberapa kepala: satu per pemangku, paling "
        "banyak sebanyak menurut beban kerjanya): struktur organisasi menetapkan satu kursi per unit; beban "
        "kerja (lembar kerja ABK atau jam) yang memberi angka lain hanya dipakai untuk EJ.",
    ),
    "abk-jabatan-lembar": CodeSpec(
        INFO,
        "Lembar tugas tanpa kolom jabatan: semua tugas untuk jabatan '{jabatan}' (dari {sumber})",
        "Lembar tugas untuk satu jabatan, dikaitkan ke jabatan itu melalui baris judul, nama lembar kerja atau parameter.",
    ),
    # --- real files (issue 11): column choice, layout, SIASN semantics ----------------------
    "kolom-dipetakan-dari-isi": CodeSpec(
        W,
        "Kolom '{header}' dipakai sebagai {field} karena {persen}% isinya cocok, walau judulnya lain; periksa, atau "
        "petakan kolomnya di berkas peta kolom",
        "Kolom yang judulnya tidak menyebut kolom baku, tetapi berada di bawah judul kolom baku itu dan "
        "selnya berisi nilai kolom itu (tingkat pendidikan di bawah 'PENDIDIKAN TERAKHIR / JML JAM').",
        opsi="--peta-kolom",
    ),
    "kolom-nip-dari-isi": CodeSpec(
        W,
        "Tidak ada kolom berjudul NIP; kolom '{header}' dipakai sebagai NIP karena {persen}% isinya NIP 18 digit yang sah "
        "(baris lain: kode lain, dikecualikan bila bukan NIP); beri judul 'NIP' atau petakan kolomnya di berkas peta kolom",
        "Tidak ada judul kolom yang menyebut NIP: kolom yang belum dipetakan, yang paling sedikit sepertiga sel "
        "contohnya berisi NIP sah, dipakai sebagai NIP.",
        opsi="--peta-kolom",
    ),
    "kolom-dipilih-dari-isi": CodeSpec(
        INFO,
        "Data baku {field} diambil dari kolom '{header}' karena isinya cocok ({alasan}); kolom {lain} tidak dipakai",
        "Beberapa judul kolom menyebut satu kolom baku; kolom yang isinya sesuai dengan kolom baku itu yang dipilih.",
    ),
    "temuan-diringkas": CodeSpec(
        INFO,
        "Dan {jumlah} temuan '{kode}' lain{rentang} tidak dirinci satu per satu; baris-barisnya tetap dikecualikan "
        "atau ditandai seperti yang dirinci",
        "Lebih dari 1.000 temuan satu kode dalam satu tabel: sisanya dihitung dalam satu baris ini (agar "
        "memori tetap terbatas pada berkas berisi baris sampah); baris-barisnya tetap dikecualikan atau "
        "ditandai. Tingkatnya mengikuti kode itu.",
    ),
    "kolom-nama-sekolah": CodeSpec(
        INFO,
        "Kolom '{header}' berisi nama sekolah/perguruan tinggi (mis. {contoh}), bukan jurusan: tidak dipakai sebagai "
        "jurusan",
        "Kolom berjudul program studi yang berisi nama sekolah atau perguruan tinggi (DUK 'Pendidikan / "
        "Nama'): tidak dipetakan; program studi diambil dari kolom lain atau tetap tidak diketahui.",
    ),
    "kolom-gabungan": CodeSpec(
        INFO,
        "Data baku {field} diambil dari beberapa kolom ('{header}', {lain}): tiap baris memakai {aturan}",
        "Satu kolom baku tersebar di beberapa kolom (jabatan struktural dan fungsional; tingkat unit "
        "bernomor; NIP dan NI PPPK di kolom masing-masing): setiap baris memakai yang pertama terisi, atau tingkat "
        "unit terdalamnya. Judul hitungan "
        "yang digabung di atas beberapa subkolom (BEZETTING di atas PNS | PPPK | JUMLAH) dibaca dari jumlah "
        "kelompoknya, atau sebagai jumlah hitungan per status.",
    ),
    "kolom-isi-tidak-cocok": CodeSpec(
        W,
        "Kolom '{header}' dipakai sebagai {field} tetapi isinya kebanyakan bukan {jenis} (mis. {contoh}); periksa judul kolomnya",
        "Satu-satunya kolom berjudul kolom baku itu berisi nilai yang tidak sesuai (mis. tanda 0/1 di bawah "
        "judul 'nip'); periksa judul kolomnya.",
    ),
    "predikat-dari-rating": CodeSpec(
        INFO,
        "Kolom '{header}' berisi rating hasil kerja (di atas/sesuai/di bawah ekspektasi), bukan predikat kinerja: "
        "predikat kinerja diturunkan dari rating hasil kerja dan rating perilaku kerja (kolom '{perilaku}') menurut "
        "matriks PermenPANRB 6/2022",
        "Kolom SIASN rw-skp22 / e-Kinerja tanpa predikat (kuadranKinerja) tetapi dengan kedua rating: "
        "predikat diturunkan menurut matriks PermenPANRB 6/2022 (hasil kerja di bawah ekspektasi: Butuh "
        "Perbaikan; perilaku kerja di bawah ekspektasi: Kurang; keduanya di bawah: Sangat Kurang; keduanya di "
        "atas: Sangat Baik; selain itu Baik).",
    ),
    "predikat-tahun-terbaru": CodeSpec(
        INFO,
        "Predikat kinerja diambil dari kolom tahun terbaru '{header}' ({tahun}); {lain}: penilaian memakai predikat "
        "terakhir",
        "Data pegawai memuat predikat beberapa tahun, satu kolom per tahun ('PREDIKAT KINERJA 2024', "
        "'PREDIKAT KINERJA 2025'): predikat tahun terbaru yang dipakai; baris yang sel tahun terbarunya "
        "kosong memakai tahun tepat sebelumnya (predikat yang lebih lama bukan predikat sekarang).",
    ),
    "kolom-status-berisi-predikat": CodeSpec(
        INFO,
        "Kolom '{header}' berisi predikat kinerja ('{contoh}'), bukan status kepegawaian (PNS/CPNS/PPPK): tidak dipakai "
        "sebagai status kepegawaian",
        "Kolom berjudul status yang hanya berisi predikat kinerja (rekap SKP e-Kinerja: 'Status' = 'Baik'): "
        "dikesampingkan, alih-alih memberi peringatan 'status tidak dikenal' di setiap baris.",
    ),
    "kolom-status-berisi-kedudukan": CodeSpec(
        INFO,
        "Kolom '{header}' berisi kedudukan hukum ('{contoh}'), bukan status kepegawaian: dibaca sebagai kedudukan "
        "hukum; status kepegawaian (PNS/CPNS/PPPK) diambil dari kolom '{jenis}'",
        "Ekspor yang memuat dua kolom status (mis. 'Jenis Pegawai' = PNS/PPPK dan 'Status Pegawai' = Aktif, Tugas "
        "Belajar, CLTN, MPP) dibedakan dari isinya: kolom yang berisi PNS/CPNS/PPPK menjadi status kepegawaian, yang "
        "lain menjadi kedudukan hukum, sehingga pegawai yang tidak aktif (CLTN, MPP …) tidak ikut direncanakan dan "
        "yang sedang tugas belajar ditandai.",
    ),
    "kolom-berisi-rating": CodeSpec(
        W,
        "Kolom '{header}' berisi rating (di atas/sesuai/di bawah ekspektasi), bukan predikat kinerja, dan tidak ada "
        "kolom rating perilaku kerja untuk menurunkan predikatnya: kolom ini tidak dipakai, predikat kinerja dianggap "
        "tidak diketahui",
        "Kolom berjudul predikat yang hanya berisi satu rating (SIASN hasilKinerja): rating bukan predikat "
        "dan satu rating saja tidak menentukannya, sehingga kolom dikesampingkan dan predikat dianggap tidak "
        "diketahui.",
    ),
    "jabatan-dari-jenis-tenaga": CodeSpec(
        INFO,
        "Tidak ada kolom jabatan: kolom '{header}' (jenis tenaga/profesi, mis. 'Perawat', 'Bidan') dibaca sebagai "
        "jabatan; nama profesi tanpa jenjang dicocokkan dengan nama jabatan di peta jabatan",
        "Data pegawai SISDMK (tenaga kesehatan) menyebut profesi (Jenis SDMK), bukan jabatan: tanpa kolom "
        "jabatan, profesi dibaca sebagai jabatan. Profesi tanpa jenjang ('Perawat') bisa tidak cocok dengan "
        "jabatan mana pun di peta jabatan ('Perawat Terampil'); setiap pegawai seperti itu disebut oleh "
        "temuan penautan jabatan.",
    ),
    "kolom-tidak-ada": CodeSpec(
        W,
        "Kolom {field} tidak ada{saran}; pemeriksaan yang memerlukannya dilewati ({akibat})",
        "Kolom yang diperlukan perencanaan tidak ada; periksa berlanjut dengan kolom yang ada, tetapi "
        "perintah perencanaan menolak berkas ini. Tanpa kolom unit kerja, perencanaan memakai unit jabatan peta "
        "jabatan yang tertaut ke pegawai (unit-dari-jabatan-tertaut) dan hanya menolak berkas yang tidak satu pun "
        "pegawainya tertaut.",
    ),
    "unit-dari-pohon": CodeSpec(
        INFO,
        "Tabel jabatan tanpa kolom unit kerja berbentuk pohon: unit setiap jabatan diambil dari baris unit terdekat di "
        "atasnya ({jumlah} unit; jabatan berjenjang menurut indentasi)",
        "Ekspor bezetting SIMPEG menyusun jabatan seperti pohon: baris unit kerja (berisi jumlah cabangnya) "
        "dengan jabatan di bawahnya menjorok satu tingkat. Tanpa kolom unit kerja, unit setiap jabatan adalah "
        "baris unit terdekat di atasnya yang tidak lebih menjorok; baris unit itu sendiri bukan jabatan "
        "(baris-unit-bukan-jabatan).",
    ),
    "jenjang-dari-subkolom": CodeSpec(
        INFO,
        "{jumlah} jabatan fungsional tanpa jenjang di namanya diberi jenjang dari subkolom tempat jumlahnya ditulis "
        "(mis. {contoh})",
        "Formulir 1 (rekapitulasi data kelembagaan dan kepegawaian) menulis jumlah pemangku dan kebutuhan setiap "
        "jabatan di satu subkolom per jenis dan jenjang (JPT Pratama, Administrator, Pengawas, JF Ahli Muda, JFU). "
        "Subkolom itu menjadi jenis jabatannya, dan jabatan fungsional yang namanya tanpa jenjang ('Analis SDM "
        "Aparatur' di subkolom Ahli/Muda) dibaca dengan jenjangnya ('Analis SDM Aparatur Ahli Muda').",
    ),
    "jenis-beda-subkolom": CodeSpec(
        W,
        "Jabatan '{value}' menurut namanya {menurut_nama}, tetapi jumlahnya ditulis di subkolom {subkolom}; dibaca "
        "{dibaca}",
        "Nama jabatan dan subkolom jenis/jenjang tempat jumlahnya ditulis (Formulir 1) tidak sepakat: jenis jabatan "
        "dibaca dari subkolom, jenjang dari nama. Periksa baris itu: salah satunya keliru ditulis.",
    ),
    "jenjang-dari-kolom": CodeSpec(
        INFO,
        "{jumlah} {siapa} dengan jabatan fungsional tanpa jenjang di namanya diberi jenjang dari kolom '{header}' "
        "(mis. {contoh}); nama lengkap itu yang dipakai di semua perintah (BUP, penautan, syarat jabatan)",
        "Data pegawai (SIASN riwayat jabatan, SIMPEG rumah sakit) atau peta jabatan (klasifikasi jabatan: "
        "jenjang_jf) menulis nama JF di kolom jabatan ('Pranata Komputer') dan jenjangnya di kolom sendiri (JENJANG, "
        "JENJANG JABATAN, JENJANG FUNGSIONAL: 'Ahli Madya'). "
        "Jabatan yang namanya tanpa jenjang dibaca dengan jenjang dari kolom itu ('Pranata Komputer Ahli Madya'), "
        "dan nama lengkap itu yang tampil di semua keluaran; BUP jenjangnya (Ahli Madya 60, PP 11/2017 Pasal "
        "239), penautan ke jabatan di peta jabatan, serta syarat pendidikan dan golongan jenjangnya ikut. Jabatan "
        "struktural tidak diberi jenjang JF; jabatan yang namanya sudah menyebut jenjang tetap seperti tertulis.",
    ),
    "jenjang-beda-kolom": CodeSpec(
        W,
        "Jabatan '{value}' menurut namanya berjenjang {menurut_nama}, tetapi kolom '{header}' menulis {menurut_kolom}; "
        "dipakai jenjang dari nama jabatan",
        "Nama jabatan dan kolom jenjang JF di sebelahnya tidak sepakat: jenjang yang tertulis di nama jabatan yang "
        "dipakai (untuk BUP, penautan dan syarat jabatan). Periksa baris itu: salah satunya keliru ditulis, atau "
        "kolom jenjang belum diperbarui sesudah kenaikan jenjang.",
    ),
    "unit-dari-baris-judul": CodeSpec(
        INFO,
        "Berkas tanpa kolom unit kerja ditulis per blok unit: unit setiap {apa} diambil dari baris judul unit "
        "terdekat di atasnya ({jumlah} unit: {contoh})",
        "Data pegawai tanpa kolom unit kerja yang ditulis per blok unit (cetakan nominatif, lembar kerja SIMPEG per "
        "UPTD): baris yang hanya berisi nama unit ('UPTD WS. JENEBERANG') tanpa NIP menjadi unit kerja "
        "pegawai di bawahnya; baris itu bukan pegawai. Begitu pula tabel jabatan yang menulis nama unit di "
        "kolom nama jabatan di atas jabatannya (Formulir 1 rekapitulasi data kelembagaan dan kepegawaian): "
        "baris judul unit tanpa angka kebutuhan menjadi unit jabatan di bawahnya.",
    ),
    "kolom-dari-judul": CodeSpec(
        INFO,
        "Data baku {field} diisi '{value}' untuk semua baris, dari {asal}",
        "Berkas satu unit kerja: unit kerja (atau instansi) diambil dari baris judul atau parameter, bukan dari kolom.",
    ),
    "unit-kerja-diisi-dari-atas": CodeSpec(
        INFO,
        "Unit kerja {jumlah} baris jabatan diambil dari baris di atasnya (unit ditulis sekali di baris pertama "
        "kelompoknya), mulai baris ini",
        "Peta jabatan yang menulis unit kerja hanya di baris pertama kelompoknya: baris-baris tepat di "
        "bawahnya memakai unit itu.",
    ),
    "pegawai-baris-lanjutan": CodeSpec(
        INFO,
        "{jumlah} baris di bawah sel NIP yang digabung ke bawah dibaca sebagai lanjutan pegawai di atasnya, bukan "
        "pegawai lain (baris {contoh})",
        "Daftar Nominatif yang menggabungkan sel seorang pegawai ke beberapa baris (satu baris per diklat atau "
        "riwayat berikutnya) menulis pegawai itu sekali: baris di bawah baris pertamanya bukan pegawai lain dan tidak "
        "dihitung dua kali; isian sendiri baris itu (diklat berikutnya) tidak dibaca.",
    ),
    "nip-dari-baris-bawah": CodeSpec(
        INFO,
        "NIP diambil dari baris di bawah nama (baris NIP sendiri, seperti lampiran SK) untuk {jumlah} pegawai",
        "Setiap NIP ditulis sendiri di baris bawah namanya (tata letak lampiran SK mutasi): digabungkan ke "
        "baris nama itu.",
    ),
    "ttl-dari-sel-nama": CodeSpec(
        INFO,
        "Tanggal lahir yang ditulis di bawah nama (mis. '{contoh}') dipisahkan dari nama pada {jumlah} baris{tanggal}",
        "Daftar Nominatif mencetak tempat dan tanggal lahir di bawah nama dalam sel yang sama, draf Baperjakat "
        "(NAMA / NIP / TANGGAL LAHIR) tanggal lahir saja di bawah NIP; baris itu dipisahkan dari nama (dan menjadi "
        "tanggal lahir bila tabel tidak punya kolom tanggal lahir). Contohnya baris pertama yang dipisahkan.",
    ),
    "pensiun-terlewati": CodeSpec(
        W,
        "{jumlah} pegawai di data sudah melewati TMT pensiun pada tanggal acuan {tanggal} (baris {contoh}); kursinya "
        "dihitung sebagai proyeksi pensiun, bukan lowongan saat ini: perbarui data pegawai",
        "Pegawai yang masih ada di data pegawai, padahal TMT pensiunnya (BUP menurut jabatan) sudah lewat "
        "pada tanggal acuan; perbarui data pegawai.",
    ),
    "eselon-dari-sel-jabatan": CodeSpec(
        INFO,
        "Eselon yang ditulis sesudah jabatan dalam sel yang sama (mis. '(Eselon IIIb)') dipisahkan dari jabatan pada "
        "{jumlah} baris{eselon}",
        "Sebagian laporan DUK mencetak eselon di bawah nama jabatan dalam sel yang sama; baris itu bukan bagian nama "
        "jabatan, jadi dipisahkan (dan menjadi kolom eselon bila tabel tidak punya kolom eselon).",
    ),
    "status-beda-jabatan": CodeSpec(
        W,
        "{kolom} '{value}' menyebut pegawai bukan ASN (honorer/kontrak), tetapi barisnya ASN ({bukti}): baris tetap "
        "dibaca sebagai ASN; periksa kedua sel di berkas sumber",
        "Jabatan (atau unit kerja) berbunyi honorer, THL, tenaga kontrak, PPNPN, padahal kolom status kepegawaian "
        "menyebut PNS, CPNS atau PPPK, atau NIP-nya NIP ASN yang sah. Status dan NIP adalah bukti yang lebih kuat "
        "(NIP hanya diberikan kepada ASN), jadi baris tetap ASN; jabatannya tidak ada di peta jabatan. Perbaiki "
        "salah satu sel: jabatan ASN-nya, atau status bila pegawai itu memang bukan ASN.",
    ),
    "pangkat-di-sel-jabatan": CodeSpec(
        W,
        "{jumlah} sel jabatan memuat pangkat (mis. '{value}'; baris {baris}): pangkat bukan nama jabatan, jadi "
        "dipisahkan dari jabatan; {akibat}",
        "Pangkat (Penata Tk.I, Pengatur Muda, …) adalah nama golongan/ruang, bukan jabatan. Bila kolom jabatan "
        "memuatnya, sendiri atau di samping nama jabatan ('Penata Tk.I | Kepala Bidang Umum'), pangkat itu "
        "dipisahkan: nama jabatan yang tersisa dipakai (sel tanpa nama jabatan lain menjadi jabatan kosong), dan "
        "golongan baris yang kolom golongannya kosong dibaca dari pangkat itu. Periksa kolom jabatan dan golongan "
        "berkas sumber.",
    ),
    "eselon-sel-jabatan-berbeda": CodeSpec(
        W,
        "Eselon yang ditulis sesudah jabatan berbeda dengan kolom eselon pada {jumlah} baris (mis. {contoh}); eselon "
        "dari kolom eselon yang dipakai",
        "Kolom 'Jabatan / Eselon' menulis eselon sesudah nama jabatan, dan tabel juga punya kolom eselon sendiri; "
        "bila keduanya berbeda, kolom eselon yang dipakai. Eselon yang sama dengan huruf a/b hanya di satu sisi "
        "(III.a dan III) tidak dihitung berbeda; kode eselon SIASN (31 = III.a) dibaca sebagai eselonnya. Periksa "
        "mana yang benar dan samakan di berkas sumber.",
    ),
    "jabatan-unit-tertukar": CodeSpec(
        W,
        "Pada {jumlah} baris (baris {contoh}) kolom jabatan berisi nama unit dan kolom '{unit}' berisi nama jabatan "
        "(mis. {nilai}); isi keduanya ditukar pada baris itu",
        "Sebagian daftar pegawai menulis unit di kolom JABATAN dan jabatan di kolom SUB JABATAN pada sebagian baris. "
        "Baris yang jabatannya berupa nama unit (Bidang, Seksi, Sekretariat …) dan sub jabatannya berupa nama jabatan "
        "(Kepala …, JF berjenjang, jabatan struktural) dibaca dengan isi keduanya ditukar; periksa dan perbaiki "
        "berkas sumber.",
    ),
    "nip-dari-sel-nama": CodeSpec(
        INFO,
        "NIP diambil dari sel nama (baris kedua 'NIP. …') untuk {jumlah} baris",
        "NIP ditulis di bawah nama dalam sel yang sama, seperti pada laporan Daftar Nominatif; NIP diambil "
        "dari sel itu.",
    ),
    "usulan-ditolak-dilewati": CodeSpec(
        INFO,
        "{jumlah} baris usulan berstatus ditolak (kolom '{header}', mis. '{value}') tidak dihitung dalam kebutuhan; "
        "{formasi} formasi yang diusulkan di baris itu dilewati",
        "Usulan formasi yang ditolak (DITOLAK, Tidak Disetujui, TMS) bukan kebutuhan: barisnya dikecualikan dari "
        "perencanaan dan dihitung sekali di temuan ini. Usulan yang disetujui atau masih diproses (MENUNGGU, "
        "PERBAIKAN, DIKEMBALIKAN) tetap dihitung.",
    ),
    "status-usulan-tidak-dikenal": CodeSpec(
        W,
        "{jumlah} baris usulan berstatus yang tidak dikenali (kolom '{header}': {kata}; baris {contoh}) tetap "
        "dihitung dalam kebutuhan; bila usulan itu ditolak, tulis statusnya DITOLAK",
        "Status usulan yang bukan keputusan yang dikenal (disetujui, masih diproses/dikembalikan, ditolak): tidak "
        "ada yang menyatakan usulan itu ditolak, jadi barisnya tetap dihitung sebagai kebutuhan, dan jumlah, "
        "baris serta kata statusnya disebut agar dapat diperiksa.",
    ),
    "baris-ringkasan-dilewati": CodeSpec(
        INFO,
        "Baris ringkasan '{value}' (jumlah/total/rata-rata) dilewati, bukan data",
        "Baris jumlah/total/rata-rata di dalam atau di bawah tabel bukan data dan tidak dibaca.",
    ),
    "baris-bernomor-kosong": CodeSpec(
        INFO,
        "{jumlah} baris yang hanya berisi nomor urut di kolom pertama (baris {contoh}; templat yang dinomori lebih "
        "dulu) dilewati, bukan data",
        "Templat yang dinomori lebih dulu (NO 1 sampai 100, hanya sebagian baris terisi) menyisakan baris yang "
        "hanya berisi nomor urut: baris itu bukan pegawai atau jabatan dan tidak dibaca; jumlahnya disebut di sini "
        "dan dihitung dalam baris_dilewati, di tengah maupun di bawah baris data terakhir.",
    ),
    "baris-judul-berulang": CodeSpec(
        INFO,
        "{jumlah} baris yang mengulang judul kolom (baris {contoh}; judul per halaman cetak) dilewati, bukan data",
        "Laporan cetak mengulang baris judul kolom (dan penomoran) di setiap halaman: baris itu bukan pegawai "
        "atau jabatan dan tidak dibaca; jumlahnya disebut di sini.",
    ),
    "baris-judul-bagian": CodeSpec(
        INFO,
        "{jumlah} baris judul bagian dilewati, bukan data pegawai (baris {contoh}; satu teks saja di kolom pertama "
        "atau satu 'label: teks' saja)",
        "Data pegawai yang dikelompokkan per unit atau bagian (mis. DUK) mengawali setiap kelompok dengan "
        "baris berisi satu teks di kolom pertama (kolom NO, sering digabung selebar baris), atau satu baris "
        "'label: teks' di kolom mana pun ('Sub Kegiatan: …' di kolom NIP daftar gaji): baris itu bukan "
        "pegawai dan tidak dibaca; jumlahnya disebut di sini. Baris yang hanya berisi nama atau hanya NIP "
        "tetap baris data dan dilaporkan tidak lengkap.",
    ),
    "selisih-tanda": CodeSpec(
        INFO,
        "Kolom '{value}' berkas ini berisi selisih = {rumus}: cocok dengan kebutuhan dan bezetting berkas pada "
        "{cocok} dari {jumlah} jabatan. Selisih asn-mutasi selalu bezetting − kebutuhan (negatif: kurang, positif: "
        "lebih), dihitung dari data pegawai",
        "Peta jabatan yang membawa kolom Selisih sendiri: arah selisihnya (bezetting − kebutuhan seperti asn-mutasi, "
        "atau kebutuhan − terisi, tanda kebalikan) dibaca dari kebutuhan dan bezetting berkas itu sendiri dan "
        "disebut, agar angka berkas dan angka lowongan dapat dibandingkan.",
    ),
    "selisih-beda": CodeSpec(
        W,
        "{jumlah} jabatan dengan selisih tercatat yang tidak sama dengan kebutuhan dan bezetting di berkas yang sama "
        "(baris {contoh}); mis. tercatat {tercatat}, sedangkan dari kebutuhan {kebutuhan} dan bezetting {bezetting} "
        "selisihnya {dihitung}. Periksa kolom kebutuhan dan bezetting yang terbaca, atau angka berkas yang usang",
        "Selisih yang ditulis berkas tidak cocok dengan kebutuhan dan bezetting di baris yang sama (menurut arah "
        "selisih berkas itu): salah satu kolom mungkin salah terbaca, atau angka berkas tidak diperbarui. Angka "
        "asn-mutasi dihitung dari kebutuhan dan data pegawai.",
    ),
    "jenis-dari-kelas": CodeSpec(
        INFO,
        "Jabatan '{nama_jabatan}' dibaca {jenis} menurut kelas jabatannya ({value}), bukan {semula} menurut namanya: "
        "tingkat kepala balai, UPT, kantor, pusat, atau rumah sakit bergantung pada instansinya (kelas 13 ke atas "
        "JPT Pratama, 11–12 Administrator, 9 ke bawah Pengawas)",
        "Nama jabatan kepala balai, UPT, kantor, pusat, atau rumah sakit tidak menentukan tingkatnya (Kepala Balai "
        "Besar kementerian eselon II, kepala balai kabupaten eselon IV). Bila tidak ada kolom eselon dan kolom jenis "
        "jabatan tidak menyebut tingkat, kelas jabatan baris itu yang menentukan: 13 ke atas JPT Pratama, 11–12 "
        "Administrator, 9 ke bawah Pengawas (pola kelas jabatan yang lazim: JPT Pratama 12–14, Administrator "
        "11–12, Pengawas 8–9); kelas 10 atau tanpa kelas: menurut namanya. Kepala kantor instansi vertikal yang "
        "eselonnya ditetapkan peraturan organisasi kementeriannya tidak dibaca menurut kelas: Kepala Kantor "
        "Wilayah (II.a), Kepala Kantor Kementerian Agama dan Kepala Kantor Pertanahan (III.a), Kepala KPP Pratama, "
        "KPPN, dan KPPBC (III), Kepala Kantor Pelayanan Utama Bea dan Cukai (II.a), serta Kepala Kantor Imigrasi, "
        "Lapas, dan Rutan menurut kelas kantornya yang tertulis pada nama (mis. Lapas Kelas IIB: IV.a).",
    ),
    "jabatan-baris-pemangku": CodeSpec(
        INFO,
        "{jumlah} baris tanpa nomor, nama jabatan, maupun angka jabatan dibaca sebagai pemangku berikutnya dari "
        "jabatan di atasnya, bukan jabatan (baris {contoh})",
        "Peta jabatan yang mencantumkan pemangku per jabatan tanpa sel gabungan menulis pemangku kedua dan "
        "seterusnya di baris sendiri yang hanya berisi NIP, nama, dan golongannya: baris itu milik jabatan di "
        "atasnya, bukan jabatan tanpa nama; bezetting jabatan tetap dari kolomnya. Baris tanpa nama jabatan yang "
        "berisi angka atau isian jabatan lain tetap dibaca sebagai jabatan (nama jabatan kosong: galat).",
    ),
    "jabatan-baris-judul-bagian": CodeSpec(
        INFO,
        "{jumlah} baris judul kelompok jabatan dilewati, bukan jabatan (baris {contoh}; satu teks saja di kolom "
        "pertama, atau nama jenis jabatan saja di kolom nama jabatan)",
        "Peta jabatan yang dikelompokkan per jenis jabatan mengawali setiap kelompok dengan baris berisi satu teks "
        "saja ('STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA'), di kolom pertama (kolom NO, sering digabung selebar baris) "
        "atau di kolom nama jabatan: baris itu bukan jabatan (tanpa kebutuhan maupun bezetting) dan tidak dibaca; "
        "jumlahnya disebut di sini.",
    ),
    "baris-kursi-kosong": CodeSpec(
        INFO,
        "{jumlah} baris kursi kosong tanpa pemangku dilewati, bukan data pegawai (baris {contoh}); kursinya dihitung "
        "dari peta jabatan",
        "Laporan kursi mencantumkan kursi tanpa pemangku dengan '-' sebagai pemangku dan 'FORMASI "
        "TERSEDIA/KOSONG': bukan pegawai. Baris itu tidak dibaca sebagai pegawai ber-NIP tidak valid; "
        "kursinya dihitung dari peta jabatan.",
    ),
    "baris-penutup-dilewati": CodeSpec(
        INFO,
        "{jumlah} baris di bawah tabel (tanda tangan, catatan, rekapitulasi) dilewati, mulai baris {mulai}",
        "Baris di bawah baris data terakhir yang tidak berisi nilai kunci (blok tanda tangan, catatan), dan "
        "baris blok rekap di bawah baris REKAPITULASI bila tidak satu pun berisi NIP, dilewati.",
    ),
    "tabel-lain-diabaikan": CodeSpec(
        W,
        "{jumlah} baris setelah tabel pertama dan tanda tangannya diabaikan, mulai baris ini: tampaknya laporan lain "
        "di lembar kerja yang sama; pindahkan ke lembar kerja sendiri bila perlu dibaca",
        "Baris sesudah baris jumlah dan blok penutup tabel pertama (laporan lain yang ditumpuk di lembar kerja yang "
        "sama): tidak dibaca sebagai pegawai atau jabatan tambahan. Pindahkan ke lembar kerja sendiri bila perlu "
        "dibaca.",
    ),
    "kebutuhan-dari-jumlah-baris": CodeSpec(
        INFO,
        "Tabel tanpa kolom kebutuhan dibaca sebagai rincian formasi satu baris per formasi ({baris} baris menjadi "
        "{jabatan} jabatan, kebutuhan = jumlah baris tiap jabatan dan unit kerja): jabatan '{nama_jabatan}' di unit "
        "'{unit_kerja}' tercantum di {jumlah} baris, kebutuhannya {jumlah}",
        "Rincian formasi PPPK/CPNS (SSCASN, SIASN) menulis satu baris per formasi (jabatan, unit penempatan, "
        "kualifikasi pendidikan) tanpa kolom jumlah: kebutuhan setiap jabatan di setiap unit adalah banyaknya "
        "barisnya. Satu temuan per jabatan yang formasinya lebih dari satu, di baris pertamanya, menyebut "
        "jumlahnya; baris-baris berikutnya tidak disebut satu per satu sebagai jabatan-digabung. Bila tabel "
        "bukan rincian formasi, tambahkan kolom kebutuhan.",
    ),
    "jabatan-digabung": CodeSpec(
        INFO,
        "Jabatan '{nama_jabatan}' di unit '{unit_kerja}' juga tercantum di baris {baris_lain}; kebutuhan dan bezetting baris ini dijumlahkan ke baris {baris_lain}",
        "Baris (unit kerja, jabatan) yang berulang (satu per jenis formasi, atau hanya berbeda huruf "
        "besar/kecil) dijumlahkan.",
    ),
    "jabatan-pimpinan-dijumlahkan": CodeSpec(
        W,
        "Jabatan '{value}' di unit '{unit_kerja}' adalah jabatan {jenis} dengan satu pemangku, tetapi baris {baris} "
        "(kebutuhan 1 masing-masing) dijumlahkan menjadi kebutuhan {kebutuhan}; kemungkinan jabatan yang sama ditulis "
        "dua kali (mis. dengan ejaan unit lain): periksa dan hapus baris gandanya",
        "Jabatan manajerial (satu pemangku) tertulis di beberapa baris dengan kebutuhan 1 masing-masing, lalu "
        "dijumlahkan oleh penggabungan baris berulang menjadi kebutuhan di atas 1: hampir pasti satu jabatan "
        "tertulis dua kali, bukan dua kepala. Hapus baris gandanya.",
    ),
    "jabatan-nama-sama": CodeSpec(
        INFO,
        "Jabatan '{value}' di unit '{unit_kerja}' juga tercantum di baris {baris_lain} dengan kode lain dan jurusan "
        "yang diterima berbeda: dipakai sebagai jabatan tersendiri (pegawai tanpa kode jabatan mengisi jabatan-"
        "jabatan bernama sama menurut urutan tabel; isi kode jabatan di data pegawai untuk membedakannya)",
        "Sejak KepmenPANRB 656/2023 satu nama jabatan pelaksana muncul sekali per bidang, masing-masing "
        "dengan program studi yang diterimanya sendiri; SSCASN mencantumkan satu baris per formasi. Baris "
        "berkode lain yang program studinya tidak sama satu pun dengan program studi baris pertama adalah "
        "jabatan lain: bila dijumlahkan, lulusan program studi satu baris bisa mengisi kursi baris lainnya.",
    ),
    "jabatan-baris-lanjutan": CodeSpec(
        INFO,
        "Baris jabatan '{nama_jabatan}' di unit '{unit_kerja}' melanjutkan baris {baris_lain} (kode sama): syarat jurusannya ditambahkan, kebutuhan tidak dijumlahkan",
        "Baris yang mengulang kode baris sebelumnya (satu baris per program studi yang diterima) melanjutkan "
        "baris itu: syarat jurusannya ditambahkan, kebutuhan tidak dijumlahkan.",
    ),
    "bukan-asn": CodeSpec(
        INFO,
        "{kolom} '{value}' bukan ASN (honorer, kontrak, PHL): baris ini tidak ikut perencanaan mutasi",
        "Data pegawai (mis. DUK satu kantor) bisa mencantumkan tenaga honorer, kontrak atau harian lepas "
        "(PHL, THL, Non PNS, Honorer, Tenaga Kontrak) di samping PNS dan PPPK: mereka bukan ASN dan tidak "
        "dapat dimutasi. Tanpa kolom status, baris tanpa NIP yang sah yang jabatan, sub jabatan atau unit kerjanya "
        'menyebut bukan ASN ("STAFF NON ASN BIDANG …", Honorer, Tenaga Harian Lepas, PPNPN) dibaca begitu juga. Barisnya dikecualikan dengan satu alasan ini; NIP atau golongan yang kosong bukan '
        "galat data.",
    ),
    "kedudukan-tidak-aktif": CodeSpec(
        W,
        "Kedudukan hukum '{value}' bukan aktif; pegawai ini tidak diikutkan dalam perencanaan mutasi",
        "KEDUDUKAN HUKUM SIASN selain aktif (CLTN, MPP, pemberhentian sementara, mencapai BUP, pembatalan NIP "
        "…; daftar referensi BKN 01–99, menurut id atau labelnya): tidak dapat dimutasi dan tidak dihitung "
        "dalam bezetting. Yang dihitung aktif: 01 Aktif, 71 PPPK Aktif, 03 Tugas Belajar (dengan aturannya "
        "sendiri), 15 hukuman disiplin dan 16 penurunan jabatan (tanda hukuman disiplin diisi).",
    ),
    "unit-dibedakan-instansi": CodeSpec(
        INFO,
        "Berkas memuat {jumlah} instansi; unit kerja dibedakan per instansi (mis. '{contoh}')",
        "Beberapa instansi dalam satu berkas: unit kerja bernama sama di instansi berbeda dibedakan.",
    ),
    "unit-dibedakan-opd": CodeSpec(
        INFO,
        "Berkas memuat kolom perangkat daerah (OPD) di samping unit kerja; unit kerja dibedakan per OPD "
        "({jumlah} OPD, mis. '{contoh}'){ejaan}",
        "Kolom OPD di samping kolom unit kerja: unit kerja bernama sama di OPD berbeda dibedakan. Nama OPD "
        "yang ejaannya lain (huruf besar, spasi, nama tempat di akhirnya) dihitung sebagai OPD-nya dan "
        "disebut.",
    ),
    "baris-instansi-lain": CodeSpec(
        INFO,
        "{jumlah} baris dari instansi selain '{instansi}' tidak diikutkan",
        "Baris instansi lain tidak diikutkan bila --instansi diberikan.",
    ),
    "temuan-instansi-lain": CodeSpec(
        INFO,
        "{jumlah} temuan data pada {baris} baris instansi lain (selain '{instansi}', tidak diikutkan) tidak dihitung "
        "sebagai galat atau peringatan; mis. {contoh}",
        "Dengan --instansi, baris yang kolom INSTANSI-nya jelas menyebut instansi lain tidak dibaca: NIP yang rusak, "
        "sel wajib yang kosong atau kedudukan hukum di baris itu bukan kesalahan data instansi yang direncanakan, jadi "
        "tidak membuat pemeriksaan gagal; jumlahnya disebut di sini. Baris yang kolom INSTANSI-nya kosong atau hanya "
        "salah ketik dari nama instansi yang diminta tetap diperiksa dan temuannya tetap ditampilkan.",
    ),
    "persetujuan-tidak-layak-lagi": CodeSpec(
        E,
        "Tidak ada mutasi yang dapat diterapkan: {jumlah} mutasi yang disetujui tidak layak lagi pada data pegawai "
        "ini{sebab}; lihat temuan mutasi-tidak-layak-lagi. Terapkan pada data pegawai saat rencana dibuat, atau buat "
        "rencana baru",
        "Pada terapkan: ada mutasi yang disetujui, tetapi pemeriksaan ulang terhadap data pegawai ini menolak "
        "semuanya (data pegawai sudah memuat mutasinya, atau berubah): tidak ada yang diterapkan dan tidak "
        "ada berkas yang ditulis.",
    ),
    "rencana-belum-diputuskan": CodeSpec(
        E,
        "Belum ada mutasi yang disetujui di rencana ({jumlah} usulan: {kosong} kosong, {tolak} Tolak, {tunda} Tunda); isi kolom Keputusan dengan Setuju untuk mutasi yang akan diterapkan",
        "Pada terapkan: tidak satu pun mutasi di rencana diputuskan Setuju, sehingga tidak ada yang "
        "diterapkan dan tidak ada berkas yang ditulis. Isi kolom Keputusan.",
    ),
    "rencana-tanpa-usulan": CodeSpec(
        E,
        "Rencana tidak memuat satu pun usulan mutasi (lembar kerja Rencana Mutasi kosong): tidak ada yang diterapkan "
        "dan tidak ada berkas yang ditulis. Sebabnya ada di lembar kerja Ringkasan dan Masalah Data rencana (mis. "
        "jabatan pegawai tidak tertaut ke peta jabatan); perbaiki data lalu susun ulang rencana",
        "Pada terapkan: rencana tanpa usulan mutasi sama sekali (mis. tidak ada pegawai yang tertaut ke peta "
        "jabatan): tidak ada yang diterapkan dan tidak ada berkas yang ditulis.",
    ),
    # --- lookups asked for on the command line (match --nip / --jabatan) -----------------
    "nip-tidak-ditemukan": CodeSpec(
        E,
        "NIP {value} tidak ada di antara pegawai yang valid di data pegawai{saran}",
        "NIP yang dicari (cocokkan --nip) tidak ada di baris data pegawai yang valid.",
    ),
    "kode-jabatan-tidak-ditemukan": CodeSpec(
        E,
        "Kode jabatan '{value}' tidak ada di peta jabatan{saran}",
        "Kode jabatan yang dicari (cocokkan --jabatan) tidak ada di peta jabatan.",
    ),
    # --- aspiration forms (issue 15) ---------------------------------------------------
    "aspirasi-nip-tidak-dikenal": CodeSpec(
        W,
        "NIP pada formulir aspirasi tidak ada di data pegawai (valid); baris ini tidak dipakai",
        "Baris formulir aspirasi yang NIP-nya bukan pegawai yang valid di data pegawai; tidak dipakai.",
    ),
    "aspirasi-pilihan-tidak-valid": CodeSpec(
        W,
        "Pilihan {pilihan} tidak dipakai: {alasan}",
        "Pilihan aspirasi yang menyebut unit kerja atau jabatan yang tidak ada di peta jabatan, atau jabatan "
        "yang tidak ada di unit yang dipilih; pilihan itu tidak dipakai.",
    ),
    "aspirasi-kesediaan-tidak-valid": CodeSpec(
        W,
        "Kesediaan '{value}' tidak dikenal (Bersedia / Tidak bersedia / Bersedia dengan syarat); dianggap kosong",
        "Isi Kesediaan di luar tiga pilihan formulir; dianggap kosong.",
    ),
    "aspirasi-isi-ditolak": CodeSpec(
        W,
        "Baris ini tidak dipakai: semua isiannya ditolak (lihat temuan lain pada baris ini), tidak ada pilihan, "
        "kesediaan, alasan atau catatan yang tersisa; pegawai ini dihitung belum mengisi formulir",
        "Baris formulir aspirasi yang semua jawabannya ditolak (pilihan tidak valid, kesediaan tidak dikenal) "
        "dan tidak menyisakan apa pun: dibuang, sehingga pegawai dihitung belum mengisi formulir, sama "
        "seperti rencana menghitung tabel aspirasi yang dibaca ulang.",
    ),
    "aspirasi-ganda": CodeSpec(
        W,
        "NIP yang sama muncul lagi di bawah pada formulir ini; baris yang paling bawah dipakai",
        "NIP yang sama dua kali dalam satu formulir; baris paling bawah yang dipakai.",
    ),
    "aspirasi-bertentangan": CodeSpec(
        W,
        "Formulir lain untuk NIP ini diisi lebih akhir dan isinya berbeda; dipakai {berkas} baris {baris}",
        "NIP yang sama di beberapa formulir dengan isi berbeda; yang diisi paling akhir (menurut Tanggal "
        "Pengisian, atau waktu berkas terakhir diubah) yang dipakai.",
    ),
    "aspirasi-sheet-bertentangan": CodeSpec(
        W,
        "Lembar kerja lain di berkas ini juga berisi NIP ini dengan isi berbeda; dipakai lembar kerja '{sheet}' baris {baris} "
        "({alasan})",
        "NIP yang sama di dua lembar kerja satu buku kerja (lembar kerja draf yang disalin) dengan isi berbeda: lembar kerja "
        "Aspirasi yang dipakai, kecuali Tanggal Pengisian yang tertulis di lembar kerja lain lebih akhir; temuan "
        "menyebut lembar kerja yang dipakai.",
    ),
    "formulir-aspirasi-tidak-dikenali": CodeSpec(
        E,
        "Berkas ini bukan formulir aspirasi (tidak ada judul kolom NIP dan Pilihan 1); dilewati",
        "Berkas yang diberikan sebagai formulir aspirasi tanpa baris judul formulir; dilewati.",
    ),
    "formulir-aspirasi-kolom-tidak-dikenal": CodeSpec(
        W,
        "Judul kolom '{header}' pada baris judul formulir aspirasi tidak dikenali; isi kolom ini tidak dibaca",
        "Judul di baris judul formulir yang tidak cocok dengan kolom formulir mana pun (judul yang diubah): "
        "jawabannya tidak dibaca. Kembalikan judul aslinya.",
    ),
    "formulir-aspirasi-kolom-tidak-ada": CodeSpec(
        W,
        "Kolom formulir aspirasi {kolom} tidak ada pada lembar kerja ini; isinya dianggap kosong",
        "Kolom pilihan atau Kesediaan tidak ada di baris judul formulir: jawaban di kolom itu dibaca kosong.",
    ),
    "formulir-aspirasi-berkas-dilewati": CodeSpec(
        W,
        "{jumlah} berkas di folder formulir aspirasi bukan formulir (.xlsx, .xlsm, .xls, .ods, .csv) dan tidak dibaca: {contoh}",
        "Berkas di folder formulir aspirasi yang tidak dibaca (akhiran lain, berkas kunci Excel).",
    ),
}


@dataclass(frozen=True)
class Location:
    """Where the analyst finds the problem: file, sheet, Excel row, column letter, header."""

    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    header: str | None = None
    field: str | None = None
    value: str | None = None

    def describe(self) -> str:
        """Return a short human reference like ``pegawai.xlsx!Data baris 7 kolom C``."""
        parts = []
        if self.file:
            parts.append(self.file + (f"!{self.sheet}" if self.sheet else ""))
        if self.row is not None:
            parts.append(f"baris {self.row}")
        if self.column:
            parts.append(f"kolom {self.column}" + (f" ({self.header})" if self.header else ""))
        elif self.header:
            parts.append(f"kolom {self.header}")
        return " ".join(parts)


@dataclass(frozen=True)
class Finding:
    """One problem found in the input or the result."""

    code: str
    severity: Severity
    message: str
    location: Location = field(default_factory=Location)

    def to_dict(self) -> dict[str, Any]:
        """Flat dict with canonical snake_case keys (JSON/CSV/xlsx rows)."""
        loc = self.location
        return {
            "kode": self.code,
            "tingkat": self.severity.value,
            "pesan": self.message,
            "berkas": loc.file,
            "lembar_kerja": loc.sheet,
            "baris": loc.row,
            "kolom": loc.column,
            "judul_kolom": loc.header,
            "kolom_baku": loc.field,
            "nilai": loc.value,
        }


FINDING_KEYS = (
    "kode",
    "tingkat",
    "pesan",
    "berkas",
    "lembar_kerja",
    "baris",
    "kolom",
    "judul_kolom",
    "kolom_baku",
    "nilai",
)


def make_finding(
    code: str,
    location: Location | None = None,
    *,
    severity: Severity | None = None,
    **params: Any,
) -> Finding:
    """Build a finding from the catalogue; ``params`` fill the message template.

    Missing template fields render as empty strings so a rule never crashes on a
    message. ``value`` defaults to the location's value.
    """
    spec = CATALOGUE[code]
    loc = location or Location()
    if loc.value is not None and len(loc.value) > VALUE_SHOWN:
        loc = replace(loc, value=_clipped(loc.value))
    if loc.header is not None and len(loc.header) > VALUE_SHOWN:  # a 1 MB column name went whole, twice (h26)
        loc = replace(loc, header=_clipped(loc.header))
    # ``saran`` is built by :func:`suggestion`, which clips each option it names: cutting the whole sentence cut a
    # suggested post in the middle of a word ("Kepala Subbagian Perencanaan dan Keuan… (287 karakter)", walk8)
    params = {
        k: _clipped(v) if isinstance(v, str) and len(v) > VALUE_SHOWN and k != "saran" else v for k, v in params.items()
    }
    values: dict[str, Any] = {
        "value": loc.value or "",
        "field": field_words(loc.field or ""),  # "Unit Kerja (unit_kerja)", never the bare code
        "header": loc.header or "",
        "saran": "",
    }
    values.update(params)
    message = _unit_said(spec.template, params).format_map(_Blank(values))
    return Finding(code=code, severity=severity or spec.severity, message=message, location=loc)


def option_hint(f: Finding) -> str:
    """``f``'s message with the command-line option(s) of the setting it names in words (:attr:`CodeSpec.opsi`), for
    the terminal of whoever typed the command: "…; periksa TMT yang diberikan (pilihan: --tmt)"."""
    spec = CATALOGUE.get(f.code)
    return f"{f.message} (pilihan: {spec.opsi})" if spec is not None and spec.opsi else f.message


#: how a template names a row's unit kerja, and what it says instead when the row has none
UNIT_SLOTS = (" di unit '{unit_kerja}'", " di '{unit_kerja}'")
NO_UNIT = " (tanpa unit kerja)"


def _unit_said(template: str, params: dict[str, Any]) -> str:
    """``template`` with its unit slot (:data:`UNIT_SLOTS`) said as :data:`NO_UNIT` when the ``unit_kerja`` given is
    blank: a roster without a unit column read "Jabatan 'X' di unit '' tidak ada di peta jabatan" (lang5, h32). Any
    missing value is no unit: a NaN or pd.NA read "di unit 'nan'" / "di unit '<NA>'" (hostile9, h32)."""
    unit = params.get("unit_kerja", "-")
    missing = unit is None or is_missing(unit) or (isinstance(unit, float) and math.isnan(unit))
    if not missing and (not isinstance(unit, str) or unit.strip()):
        return template
    for slot in UNIT_SLOTS:
        template = template.replace(slot, NO_UNIT)
    return template


#: characters of an input value a finding quotes: a 20 MB --nip-tetap line went whole into a warning and onto stderr
#: (hostile-input campaign, round 3)
VALUE_SHOWN = 200


def _clipped(text: str) -> str:
    """``text`` cut to :data:`VALUE_SHOWN` characters, marked with "…" and its full length."""
    count = f"{len(text):,}".replace(",", ".")  # the length the Indonesian way; the text itself as written
    return f"{text[: VALUE_SHOWN - 40]}… ({count} karakter)"


#: findings of one code kept one by one per table; past it they are counted (:class:`FindingCap`)
FINDINGS_PER_CODE = 1000


class FindingCap:
    """Keep at most ``limit`` findings of each code; count the rest and say so in one ``temuan-diringkas`` each.

    A 423 KB CSV of 200,000 lines holding only "x" made a million findings and 1.25 GB (a 2 KB ODS repeating one
    row, 4.2 million and 5 GB): memory grew with the findings, not the file (hostile-input campaign, round 3). The rows
    stay accounted for: each is still excluded with its reason; only its finding is summarised. Pass findings through
    :meth:`take` as they are made (a generator keeps the peak bounded), then add :meth:`summaries`.
    """

    def __init__(self, limit: int = FINDINGS_PER_CODE) -> None:
        self.limit = limit
        self.counts: dict[str, int] = {}
        self._over: dict[str, tuple[Finding, int, int | None, int | None]] = {}  # first dropped, count, rows

    def take(self, findings: Iterable[Finding | FindingRun]) -> Iterator[Finding]:
        """The findings to keep, in order; the others counted per code. A :class:`FindingRun` gives its findings in
        place, the ones past the limit counted from its rows without being made."""
        for f in findings:
            if isinstance(f, FindingRun):
                yield from self._take_run(f)
                continue
            n = self.counts[f.code] = self.counts.get(f.code, 0) + 1
            if n <= self.limit:
                yield f
                continue
            row = f.location.row
            first, count, low, high = self._over.get(f.code, (f, 0, row, row))
            if row is not None:
                low = row if low is None else min(low, row)
                high = row if high is None else max(high, row)
            self._over[f.code] = (first, count + 1, low, high)

    def _take_run(self, run: FindingRun) -> Iterator[Finding]:
        """:meth:`take` of the findings of ``run``, as if each were passed one by one: only the first dropped one is
        made (its severity and place go into the summary), the others' rows are counted with numpy."""
        have = self.counts.get(run.code, 0)
        n = len(run.rows)
        keep = max(0, min(n, self.limit - have))
        self.counts[run.code] = have + n
        for k in range(keep):
            yield run.make(k)
        if keep == n:
            return
        rows = run.rows[keep:]
        low, high = int(rows.min()), int(rows.max())
        if run.code in self._over:
            first, count, was_low, was_high = self._over[run.code]
            low = low if was_low is None else min(low, was_low)
            high = high if was_high is None else max(high, was_high)
        else:
            first, count = run.make(keep), 0
        self._over[run.code] = (first, count + n - keep, low, high)

    def summaries(self) -> list[Finding]:
        """One ``temuan-diringkas`` per code past the limit, with that code's severity and the dropped rows' span."""
        from asn_mutasi.formatting import format_number

        out = []
        for code, (first, count, low, high) in self._over.items():
            span = f" (baris {low}–{high})" if low is not None and high is not None and low != high else ""
            where = Location(file=first.location.file, sheet=first.location.sheet, row=low)
            out.append(
                make_finding(
                    "temuan-diringkas",
                    where,
                    severity=first.severity,
                    kode=code,
                    jumlah=format_number(count),
                    rentang=span,
                )
            )
        return out


@dataclass(frozen=True)
class FindingRun:
    """Many findings of one code, made one by one only as far as a :class:`FindingCap` keeps them: a roster rule that
    fired 22,059 times made every finding, a message and a place each, for 21,059 of them to be counted (speed13,
    h34). ``rows`` holds the sheet row of each (as its :class:`Location` would), ``make(k)`` makes the ``k``-th."""

    code: str
    rows: np.ndarray  # one row per finding, in order
    make: Callable[[int], Finding]


def capped(findings: Iterable[Finding | FindingRun], limit: int = FINDINGS_PER_CODE) -> list[Finding]:
    """``findings`` through a :class:`FindingCap`: the kept ones, then one summary per code past ``limit``."""
    cap = FindingCap(limit)
    return [*cap.take(findings), *cap.summaries()]


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def _clip_one(text: str) -> str:
    """One suggested name, clipped like an input value when it is longer than :data:`VALUE_SHOWN`."""
    return _clipped(text) if len(text) > VALUE_SHOWN else text


def suggestion(options: Iterable[str], *, fields: bool = False) -> str:
    """Format ``"; maksud Anda 'A' atau 'B'?"`` for templates with a ``{saran}`` field; ``fields``: the options are
    canonical field names, said as :func:`~asn_mutasi.labels.field_words` ("maksud Anda Tanggal Lahir
    (tanggal_lahir)?")."""
    opts = [o for o in options if o]
    if not opts:
        return ""
    quoted = " atau ".join(field_words(o) if fields else f"'{_clip_one(o)}'" for o in opts[:3])
    return f"; maksud Anda {quoted}?"


@dataclass
class Report:
    """A collection of findings plus the accounting of input rows."""

    findings: list[Finding] = field(default_factory=list)

    def extend(self, items: Iterable[Finding]) -> None:
        self.findings.extend(items)

    def add(self, item: Finding) -> None:
        self.findings.append(item)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def counts(self) -> dict[str, int]:
        """Number of findings per severity (all three keys always present)."""
        c = Counter(f.severity.value for f in self.findings)
        return {s.value: c.get(s.value, 0) for s in Severity}

    def worst(self) -> Severity | None:
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=lambda s: s.rank)

    def at_or_above(self, level: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity.rank >= level.rank]

    def sorted(self) -> list[Finding]:
        """Findings in a stable order: file, sheet, row, column, code."""
        return sorted(
            self.findings,
            key=lambda f: (
                f.location.file or "",
                f.location.sheet or "",
                f.location.row if f.location.row is not None else -1,
                _col_key(f.location.column),
                f.code,
            ),
        )


def _col_key(letter: str | None) -> tuple[int, str]:
    if not letter:
        return (0, "")
    return (len(letter), letter)
