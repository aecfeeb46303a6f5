"""The library front door: one verb per CLI command (``check``, ``match``, ``assess``, ``vacancies``,
``workload`` → ``analyse_workload``, ``plan``, ``apply``, ``compare``, ``sample`` → ``make_sample``),
re-exported by :mod:`asn_mutasi`.

Each verb takes keyword-only, typed parameters and returns a typed result whose ``to_json()``
is exactly what the CLI prints with ``--format json`` (after :func:`asn_mutasi.serialise.to_jsonable`).
Nothing here prints; long steps report through an optional ``progress`` callback.
"""
