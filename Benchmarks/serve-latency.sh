#!/usr/bin/env bash
# How long `grapevine serve` takes to rebuild the pages an edit affects, on a copy of the
# synthetic vault (Benchmarks/serve-latency.py says what is measured).
#
#   bash Benchmarks/serve-latency.sh [CONTACTS]        # default 10000
#
# Environment (all optional): GRAPEVINE_BIN, SKIP_BUILD, SEED, VAULT as for
# check-vs-cmark.sh; EDITS=20; BUDGET_MS=300 (the largest acceptable median). The benchmark
# vault is copied (into BENCH_DIR, default /tmp) and the copy edited and removed: the vault
# itself is only read. Run on demand: timings need a quiet machine.
set -euo pipefail

contacts=${1:-10000}
seed=${SEED:-1}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
vault=${VAULT:-/tmp/grapevine-bench-vault-$contacts-s$seed}
bench_name=serve-latency
source "$here/common.sh"

[[ $contacts =~ ^[1-9][0-9]*$ ]] || { echo "usage: bash Benchmarks/serve-latency.sh [CONTACTS]" >&2; exit 2; }
bench_require "sudo apt-get install python3" python3
bench_binary grapevine-serve
bench_vault
copy=$(mktemp -d "${BENCH_DIR:-/tmp}/grapevine-bench-serve-XXXXXX")
trap 'rm -rf -- "$copy"' EXIT
cp -R -- "$vault/." "$copy/"
echo "== load: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) on $(nproc) cores"
python3 "$here/serve-latency.py" "$bin" "$copy" --edits "${EDITS:-20}" --budget-ms "${BUDGET_MS:-300}"
