"""Allow ``python -m asn_mutasi``."""

from asn_mutasi.cli.start import main

main()
