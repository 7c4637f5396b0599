#!/usr/bin/env bash
# Regenerate both lock files from pyproject.toml (pip-tools): test.txt, the newest versions
# the ranges allow, and lowest.txt, the lowest (see requirements/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
compile=(pip-compile -q --generate-hashes --no-emit-index-url --no-emit-find-links
         --strip-extras --allow-unsafe)
"${compile[@]}" --extra test -o requirements/test.txt pyproject.toml "$@"
python3 requirements/lowest.py test
"${compile[@]}" -o requirements/lowest.txt requirements/lowest.in
