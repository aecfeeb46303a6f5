"""Position types (jenis jabatan) and their order: the one rank table every module uses.

Managerial levels rise from Pengawas to JPT Utama (UU 20/2023; PP 11/2017 as amended by
PP 17/2020); jabatan fungsional and pelaksana share the non-managerial level. The same
order appears in SIMPEG reference tables (e.g. ``evllnekrist/simpeg-local-iakn``
``database/seeders/JenisJabatanSeeder.php``: JPT Madya, JPT Pratama, Administrator,
Pengawas, then JF and Pelaksana).
"""

from __future__ import annotations

#: order of position types (higher = more senior); JF and pelaksana share level 1
JENIS_RANK: dict[str, int] = {
    "Pelaksana": 1,
    "Fungsional": 1,
    "Pengawas": 2,
    "Administrator": 3,
    "JPT Pratama": 4,
    "JPT Madya": 5,
    "JPT Utama": 6,
}
#: managerial (structural) position types
MANAJERIAL: frozenset[str] = frozenset({"Pengawas", "Administrator", "JPT Pratama", "JPT Madya", "JPT Utama"})


def jenis_rank(jenis: str | None) -> int:
    """Return the rank of a canonical jenis jabatan, 0 when unknown or empty."""
    return JENIS_RANK.get(jenis or "", 0)
