#!/usr/bin/env bash
# Rename the modules whose names do not say what they hold (issue 9, "module names"):
#
#   asn_mutasi/loop/               -> asn_mutasi/rollout/             carrying out an approved plan:
#                                                                     apply the decisions, compare rosters
#   asn_mutasi/io/loop_workbooks.py -> asn_mutasi/io/rollout_workbooks.py   (its SK / compare workbooks)
#   tests/loop/                    -> tests/rollout/
#   asn_mutasi/models.py           -> asn_mutasi/schema.py            canonical fields, column lists and
#                                                                     the table types every layer shares
#   asn_mutasi/planning/model.py   -> asn_mutasi/planning/result.py   the Plan (the result) and its tables
#                                                                     ("model" read as the optimisation model)
#
# Run ONCE from the repository root on a clean tree, after every parallel branch has landed
# (a rename collides with every branch that edits these files). It moves the files with
# `git mv` and rewrites imports, dotted references in docstrings, the import-linter contract
# in pyproject.toml and the docs. CHANGELOG.md is left alone (it records the old names).
# Then: ruff check --fix asn_mutasi tests bench && ruff format asn_mutasi tests bench,
# python scripts/gen_docs.py, the full suite, and a commit.
set -euo pipefail

cd "$(git rev-parse --show-toplevel)"
if [[ -n "$(git status --porcelain --untracked-files=no)" ]]; then
    echo "rename_modules.sh: the work tree has uncommitted changes; commit or stash them first" >&2
    exit 1
fi
for path in asn_mutasi/loop asn_mutasi/models.py asn_mutasi/io/loop_workbooks.py asn_mutasi/planning/model.py; do
    if [[ ! -e "$path" ]]; then
        echo "rename_modules.sh: $path does not exist (already renamed?)" >&2
        exit 1
    fi
done
for path in asn_mutasi/rollout asn_mutasi/schema.py asn_mutasi/io/rollout_workbooks.py asn_mutasi/planning/result.py \
    tests/rollout; do
    if [[ -e "$path" ]]; then
        echo "rename_modules.sh: $path already exists; refusing to overwrite it" >&2
        exit 1
    fi
done

git mv asn_mutasi/loop asn_mutasi/rollout
git mv asn_mutasi/io/loop_workbooks.py asn_mutasi/io/rollout_workbooks.py
git mv asn_mutasi/models.py asn_mutasi/schema.py
git mv asn_mutasi/planning/model.py asn_mutasi/planning/result.py
if [[ -d tests/loop ]]; then
    git mv tests/loop tests/rollout
fi

# every tracked text file that can name a module (not the changelog, not this script)
mapfile -t files < <(
    git ls-files -- '*.py' '*.pyi' '*.toml' '*.cfg' '*.ini' '*.md' '*.txt' '*.yml' '*.yaml' '.ci/*' \
        ':!:CHANGELOG.md' ':!:scripts/rename_modules.sh'
)

perl -pi -e '
    # loop -> rollout: dotted and path forms, tests package, the workbook module
    s/\basn_mutasi\.loop\b/asn_mutasi.rollout/g;
    s{\basn_mutasi/loop/}{asn_mutasi/rollout/}g;
    s/\btests\.loop\b/tests.rollout/g;
    s{\btests/loop/}{tests/rollout/}g;
    s/\bloop_workbooks\b/rollout_workbooks/g;
    s/\bloop\.(apply|compare)\b/rollout.$1/g;
    # models -> schema: dotted and path forms, `models.CONSTANT` in docstrings and docs
    s/\basn_mutasi\.models\b/asn_mutasi.schema/g;
    s{\basn_mutasi/models\.py\b}{asn_mutasi/schema.py}g;
    s/(?<![\w.])models\.([A-Z][A-Z0-9_]*)\b/schema.$1/g;
    # planning.model -> planning.result
    s/\basn_mutasi\.planning\.model\b/asn_mutasi.planning.result/g;
    s{\basn_mutasi/planning/model\.py\b}{asn_mutasi/planning/result.py}g;
    s{\bplanning/model\.py\b}{planning/result.py}g;
' "${files[@]}"

# the layer diagram and module list in docs/architecture.md and the contract title in pyproject
perl -pi -e '
    s/^(\s*)loop\/   (\s*)apply an approved plan/$1rollout\/$2apply an approved plan/;  # same width
    s/\| loop \|/| rollout |/g;
    s/plan\/workload\/loop workbooks/plan\/workload\/rollout workbooks/g;
    s/\bmodels\.py\b/schema.py/g;
    s/^models \| config/schema | config/;
' docs/architecture.md
perl -pi -e 's{models/config}{schema/config}g' pyproject.toml

# what still says loop/models after the rewrite (for a human look; prose may use the words)
echo "--- remaining mentions (check by eye):"
git grep -nE '\basn_mutasi\.(loop|models|planning\.model)\b|\bloop/|\bmodels\.py\b|planning/model\.py' -- ':!CHANGELOG.md' ':!scripts/rename_modules.sh' || true
echo "--- done; now: ruff check --fix asn_mutasi tests bench && ruff format asn_mutasi tests bench"
echo "    python scripts/gen_docs.py && lint-imports && pytest -q -p no:cacheprovider"
