#!/usr/bin/env bash
# Puts the allocation engine and the `matching` package (PyPI, HospitalResident, 1.4.3) on the
# same generated instance, checks that every student gets the same club, and prints both
# times and their ratio.
#
# usage: scripts/bench-allocation-peer.sh [--no-build] [allocation-bench options...]
#   defaults: --students 3000 --clubs 100 --choices 5 (one club per student)
# The virtual environment and the files live in .build/peer (ignored by git).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/.build/peer"
build=1
if [[ "${1:-}" == "--no-build" ]]; then
    build=0
    shift
fi
mkdir -p "$work"

if [[ ! -x "$work/venv/bin/python" ]]; then
    python3 -m venv "$work/venv"
fi
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "matching==1.4.3"

if [[ $build == 1 ]]; then
    swift build -c release --product allocation-bench --package-path "$root"
fi
bin="$(swift build -c release --product allocation-bench --package-path "$root" --show-bin-path)"

"$bin/allocation-bench" --students 3000 --clubs 100 --choices 5 "$@" --clubs-per-student 1 \
    --write-instance "$work/instance.txt" --write-assignment "$work/assignment.txt" | tee "$work/bench.txt"

echo
"$work/venv/bin/python" "$root/scripts/bench_allocation_peer.py" \
    "$work/instance.txt" "$work/assignment.txt" "$work/bench.txt"
