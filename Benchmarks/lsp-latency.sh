#!/usr/bin/env bash
# How long `grapevine lsp` takes to publish diagnostics after an edit to one note, on the
# synthetic vault (Benchmarks/lsp-latency.py says what is measured).
#
#   bash Benchmarks/lsp-latency.sh [CONTACTS]        # default 10000
#
# Environment (all optional): GRAPEVINE_BIN, SKIP_BUILD, SEED, VAULT as for
# check-vs-cmark.sh; EDITS=20 (edits of each kind); BUDGET_MS=100 (the largest acceptable
# median for a Log line). The vault is only read. Run on demand: timings need a quiet machine.
set -euo pipefail

contacts=${1:-10000}
seed=${SEED:-1}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
vault=${VAULT:-/tmp/grapevine-bench-vault-$contacts-s$seed}
bench_name=lsp-latency
source "$here/common.sh"

[[ $contacts =~ ^[1-9][0-9]*$ ]] || { echo "usage: bash Benchmarks/lsp-latency.sh [CONTACTS]" >&2; exit 2; }
bench_require "sudo apt-get install python3" python3
bench_binary
bench_vault
python3 "$here/lsp-latency.py" "$bin" "$vault" --edits "${EDITS:-20}"
