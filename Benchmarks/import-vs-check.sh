#!/usr/bin/env bash
# Time `grapevine import linkedin` of 10,000 connections into the 10,000-contact vault, half of
# them people the vault has (issue 20), against `grapevine check` of that vault.
#
#   bash Benchmarks/import-vs-check.sh [CONTACTS]        # default 10000
#
# Environment (all optional):
#   GRAPEVINE_BIN=path   time this binary instead of building one (implies no build)
#   SKIP_BUILD=1         use the existing release build without running `swift build`
#   SEED=1               generator seed (the vault's and the export's)
#   ROWS=CONTACTS        rows in the export
#   MATCHING=0.5         the fraction of rows that are people of the vault
#   VAULT=dir            where the vault goes (default /tmp/grapevine-bench-vault-N-sSEED)
#   RUNS=10 WARMUP=1     hyperfine settings
#   BUDGET=3.0           largest acceptable mean(import) / mean(check)
#   JSON=file            hyperfine's export (default /tmp/grapevine-bench-import-N.json)
#
# Every timed command runs on a fresh copy of the vault ($VAULT.import), made and synced to
# disk before each run (hyperfine --prepare), so each import finds the same vault: the
# vault itself is never written. Exit status: 0 when the ratio is within budget, 1 when it
# is not or a step failed, 2 when a tool is missing. Run on demand, not in CI.
set -euo pipefail

contacts=${1:-10000}
seed=${SEED:-1}
rows=${ROWS:-$contacts}
matching=${MATCHING:-0.5}
runs=${RUNS:-10}
warmup=${WARMUP:-1}
budget=${BUDGET:-3.0}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
vault=${VAULT:-/tmp/grapevine-bench-vault-$contacts-s$seed}
copy=$vault.import
export_csv=/tmp/grapevine-bench-connections-$rows-s$seed.csv
json=${JSON:-/tmp/grapevine-bench-import-$contacts.json}
bench_name=import-vs-check
# fail, shq and the steps shared with the other scripts.
source "$here/common.sh"

[[ $contacts =~ ^[1-9][0-9]*$ ]] || { echo "usage: bash Benchmarks/import-vs-check.sh [CONTACTS]" >&2; exit 2; }

bench_require "sudo apt-get install hyperfine python3" hyperfine python3

# 1. The binary, and 2. the vault (see common.sh).
bench_binary
bench_vault

# 3. The export: ROWS connections, MATCHING of them people of the vault (by email, by profile
#    address written differently, by name), the rest new people.
echo "== generating $export_csv"
python3 "$here/generate-connections.py" --rows "$rows" --seed "$seed" --vault "$vault" --matching "$matching" \
    --out "$export_csv"

# The copy a run wrote is moved aside, not deleted: deleting 26,000 files just before a run
# leaves ext4's inode tables full of recently freed inodes, which its allocator steps over
# one by one (`recently_deleted`), and the import, which creates 10,000 files, then paid for
# the harness's deletions (its system time doubled). They are deleted after the timing.
fresh_copy="{ [ ! -e $(shq "$copy") ] || mv $(shq "$copy") $(shq "$copy").old.\$(date +%s%N); } && cp -a $(shq "$vault") $(shq "$copy") && sync"
check_cmd="$(shq "$bin") check --vault $(shq "$copy") >/dev/null 2>&1"
import_cmd="$(shq "$bin") import linkedin $(shq "$export_csv") --vault $(shq "$copy") >/dev/null 2>&1"
dry_cmd="$(shq "$bin") import linkedin $(shq "$export_csv") --vault $(shq "$copy") --dry-run >/dev/null 2>&1"

# 4. Sanity before timing: check passes on the vault; the import writes what it should and
#    exits 0; the same import again writes nothing.
echo "== $bin check --vault $vault"
"$bin" check --vault "$vault" >/dev/null 2>&1 || fail "grapevine check fails on the generated vault"
sh -c "$fresh_copy"
echo "== $bin import linkedin $export_csv --vault $copy"
first=$("$bin" import linkedin "$export_csv" --vault "$copy" 2>/dev/null) || fail "the import exited $?"
tail -n 5 <<< "$first" | sed 's/^/   /'
again=$("$bin" import linkedin "$export_csv" --vault "$copy" 2>/dev/null) || fail "the second import exited $?"
grep -q '^  created *0$' <<< "$again" && grep -q '^  updated *0$' <<< "$again" ||
    fail "the same import again changed something: $(tail -n 5 <<< "$again")"
echo "   the same import again: $(grep unchanged <<< "$again" | tr -s ' ')"

# 5. One hyperfine run, a fresh copy before every run of every command.
echo "== hyperfine --warmup $warmup --runs $runs (a fresh copy of the vault before each run)"
hyperfine --warmup "$warmup" --runs "$runs" --prepare "$fresh_copy" --export-json "$json" \
    -n "grapevine check" "$check_cmd" -n "grapevine import linkedin" "$import_cmd" \
    -n "grapevine import linkedin --dry-run" "$dry_cmd"
rm -rf -- "$copy" "$copy".old.*

# 6. The verdict.
python3 - "$json" "$budget" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
budget = float(sys.argv[2])
width = max(len(r["command"]) for r in results)
for r in results:
    ms = {k: r[k] * 1000 for k in ("mean", "stddev", "median", "min")}
    print(f"{r['command']:<{width}}  {ms['mean']:8.1f} ms ± {ms['stddev']:6.1f} ms"
          f"  (median {ms['median']:.1f} ms, min {ms['min']:.1f} ms, {len(r['times'])} runs)")
ratio = results[1]["mean"] / results[0]["mean"]
verdict = "PASS" if ratio <= budget else "FAIL"
print(f"ratio import/check: {ratio:.2f} (budget {budget:.2f}): {verdict}")
print(f"ratio import --dry-run/check: {results[2]['mean'] / results[0]['mean']:.2f}")
sys.exit(0 if verdict == "PASS" else 1)
PY
