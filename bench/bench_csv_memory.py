"""Peak memory and time of read_table on a large SIASN-style CSV (issue 13: ≤ 4× the file, ≤ 1.5 GB at 200 MB).

Usage: python bench/bench_csv_memory.py [--mb 200] [--out /tmp/asn_bench_200mb.csv]

Writes (once; reused when present) a CSV with the 69 SIASN "Export Data ASN" headers and
about 600 bytes per row — the shape of the 200 MB, 338,707-row file in the issue — then
reads it with ``read_table(path, "pegawai")`` in a fresh process and prints the file size,
the rows read, the seconds and the peak RSS (ru_maxrss of that process).
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "io"))

HEADERS = [
    "PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TEMPAT LAHIR ID",
    "TEMPAT LAHIR NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "AGAMA ID", "AGAMA NAMA", "JENIS KAWIN ID",
    "JENIS KAWIN NAMA", "NIK", "NOMOR HP", "EMAIL", "EMAIL GOV", "ALAMAT", "NPWP NOMOR", "BPJS",
    "JENIS PEGAWAI ID", "JENIS PEGAWAI NAMA", "KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA",
    "STATUS CPNS PNS", "KARTU ASN VIRTUAL", "NOMOR SK CPNS", "TANGGAL SK CPNS", "TMT CPNS",
    "NOMOR SK PNS", "TANGGAL SK PNS", "TMT PNS", "GOL AWAL ID", "GOL AWAL NAMA", "GOL AKHIR ID",
    "GOL AKHIR NAMA", "TMT GOLONGAN", "MK TAHUN", "MK BULAN", "JENIS JABATAN ID", "JENIS JABATAN NAMA",
    "JABATAN ID", "JABATAN NAMA", "TMT JABATAN", "TINGKAT PENDIDIKAN ID", "TINGKAT PENDIDIKAN NAMA",
    "PENDIDIKAN ID", "PENDIDIKAN NAMA", "TAHUN LULUS", "KPKN ID", "KPKN NAMA", "LOKASI KERJA ID",
    "LOKASI KERJA NAMA", "UNOR ID", "UNOR NAMA", "INSTANSI INDUK ID", "INSTANSI INDUK NAMA",
    "INSTANSI KERJA ID", "INSTANSI KERJA NAMA", "SATUAN KERJA INDUK ID", "SATUAN KERJA INDUK NAMA",
    "SATUAN KERJA KERJA ID", "SATUAN KERJA KERJA NAMA", "IS VALID NIK", "NAMA SEKOLAH", "FLAG IKD",
    "ESELON ID", "ESELON NAMA",
]  # fmt: skip
UNITS = [f"Bidang {a} Dinas {b} Kabupaten Contoh" for a in ("Umum", "Keuangan", "Program") for b in range(60)]
JABATAN = ["Analis SDM Aparatur Ahli Pertama", "Pranata Komputer Ahli Muda", "Pengadministrasi Perkantoran"]


def make_csv(path: Path, mb: float, seed: int = 13) -> None:
    rng = random.Random(seed)
    target = int(mb * (1 << 20))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        i = 0
        while fh.tell() < target:
            i += 1
            born = f"{rng.randrange(1965, 2000)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            nip = f"{born.replace('-', '')}{rng.randrange(1990, 2023)}{rng.randrange(1, 13):02d}1{i % 1000:03d}"
            unit = rng.choice(UNITS)
            row = [f"A{rng.getrandbits(64):016x}", nip, "", f"Pegawai Contoh {i}", "", "S.Kom", str(rng.randrange(9999)),
                   "Kota Contoh", born, "M", "1", "Islam", "2", "Menikah", f"{rng.randrange(10**15, 10**16)}",
                   f"08{rng.randrange(10**9, 10**10)}", f"pegawai{i}@contoh.test", f"p{i}@contoh.go.id",
                   f"Jalan Contoh No. {rng.randrange(300)} RT 0{rng.randrange(1, 9)} RW 0{rng.randrange(1, 9)}",
                   f"{rng.randrange(10**14, 10**15)}", f"{rng.randrange(10**12, 10**13)}", "1", "PNS Daerah", "1",
                   "Aktif", "PNS", "Y", f"800/{rng.randrange(999)}/BKD/2015", "2015-03-01", "2015-03-01",
                   f"821/{rng.randrange(999)}/BKD/2016", "2016-05-01", "2016-05-01", "31", "III/a", "32", "III/b",
                   "2020-04-01", str(rng.randrange(30)), str(rng.randrange(12)), "2", "Jabatan Fungsional",
                   f"JF{rng.randrange(9999)}", rng.choice(JABATAN), "2019-01-02", "40", "S-1/Sarjana", "P123",
                   "S-1 Teknik Informatika", "2012", "K01", "KPPN Contoh", "L01", "Kabupaten Contoh", f"U{rng.randrange(999)}",
                   unit, "I01", "Pemerintah Kabupaten Contoh", "I01", "Pemerintah Kabupaten Contoh", "S01",
                   "Sekretariat Daerah", "S02", unit, "1", "Universitas Contoh", "1", "", ""]  # fmt: skip
            writer.writerow(row)


_READ = """
import resource, sys, time
from asn_mutasi.io.readers import read_table
t0 = time.perf_counter()
table = read_table(sys.argv[1], "pegawai")
t1 = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{len(table.frame)} {t1 - t0:.1f} {peak:.0f}")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=200.0)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    path = args.out or Path(f"/tmp/asn_bench_{args.mb:g}mb.csv")
    if not path.exists():
        make_csv(path, args.mb)
    size_mb = path.stat().st_size / (1 << 20)
    done = subprocess.run([sys.executable, "-c", _READ, str(path)], capture_output=True, text=True, check=True)
    rows, seconds, peak = done.stdout.split()
    print(
        f"file {size_mb:.0f} MB  rows {int(rows):,}  read {seconds} s  peak RSS {peak} MB ({float(peak) / size_mb:.1f}x)"
    )


if __name__ == "__main__":
    main()
