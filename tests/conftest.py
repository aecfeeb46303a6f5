"""Settings shared by every test."""

from __future__ import annotations

from hypothesis import settings

# Property tests check behaviour, not speed (speed is measured by the scripts under bench/): a loaded machine must
# not turn one slow example into a failure, as hypothesis's default 200 ms deadline per example would.
settings.register_profile("asn_mutasi", deadline=None)
settings.load_profile("asn_mutasi")
