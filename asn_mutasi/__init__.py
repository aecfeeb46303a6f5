"""asn-mutasi: plan transfers (mutasi) of Indonesian civil servants (ASN).

The package is a library first; the ``asn-mutasi`` CLI is a thin layer over it.
"""

__version__ = "0.1.0"
