"""Allow ``python -m asn_mutasi``."""

from asn_mutasi.cli.app import main

main()
