#!/usr/bin/env bash
# Time `grapevine check` against the cmark-gfm CLI over the same synthetic vault, and
# `grapevine next` against `grapevine check`.
#
#   bash Benchmarks/check-vs-cmark.sh [CONTACTS]        # default 10000
#
# Environment (all optional):
#   GRAPEVINE_BIN=path   time this binary instead of building one (implies no build)
#   SKIP_BUILD=1         use the existing release build without running `swift build`
#   SEED=1               generator seed
#   VAULT=dir            where the vault goes (default /tmp/grapevine-bench-vault-N-sSEED)
#   RUNS=10 WARMUP=2     hyperfine settings
#   BUDGET=0.6           largest acceptable mean(check) / mean(cmark-gfm) (issue 18)
#   NEXT_BUDGET=1.2      largest acceptable mean(next) / mean(check)
#   TODAY=2026-11-18     the date `next` runs as of
#   BASELINES=all        also time cmark-gfm without extensions, with the block
#                        extensions only, and `cat` of every file (the I/O floor)
#   JSON=file            hyperfine's export (default /tmp/grapevine-bench-N.json)
#
# Exit status: 0 when both ratios are within budget, 1 when one is not or a step failed,
# 2 when a tool is missing. Run on demand, not in CI: timings need a quiet machine.
set -euo pipefail

contacts=${1:-10000}
seed=${SEED:-1}
runs=${RUNS:-10}
warmup=${WARMUP:-2}
budget=${BUDGET:-0.6}
next_budget=${NEXT_BUDGET:-1.2}
today=${TODAY:-2026-11-18}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
vault=${VAULT:-/tmp/grapevine-bench-vault-$contacts-s$seed}
json=${JSON:-/tmp/grapevine-bench-$contacts.json}
list=$vault.files
extensions="-e table -e tasklist -e strikethrough -e autolink"
bench_name=check-vs-cmark
# fail, shq and the steps shared with site-vs-hugo.sh.
source "$here/common.sh"

[[ $contacts =~ ^[1-9][0-9]*$ ]] || { echo "usage: bash Benchmarks/check-vs-cmark.sh [CONTACTS]" >&2; exit 2; }

bench_require "sudo apt-get install cmark-gfm hyperfine python3" cmark-gfm hyperfine python3

# 1. The binary.
bench_binary

# 2. The vault: reused when the stamp says it was made with the same parameters and
#    the same generator; regenerated (into a temporary folder, then moved) otherwise.
bench_vault

# 3. The file list: every note, sorted, relative to the vault, one per line. The shell
#    expands it into cmark-gfm's argv, so all paths must fit in one execve: strings plus
#    pointers within the stack limit / 4 (ARG_MAX), which the kernel caps at 6 MiB. Over
#    8 MiB / 4 (about 60,000 notes), the commands raise the stack limit first.
bench_file_list
argv_bytes=$(( $(wc -c < "$list") + 8 * files + $(env | wc -c) + 8 * $(env | wc -l) + 4096 ))
arg_max=$(getconf ARG_MAX)
prefix=
if (( argv_bytes >= arg_max )); then
    (( argv_bytes < 6 * 1024 * 1024 )) ||
        fail "$files paths need $argv_bytes bytes of argv, over the kernel's 6 MiB; use fewer contacts"
    stack_kib=$(( argv_bytes * 4 / 1024 + 1024 ))
    prefix="ulimit -s $stack_kib && "
    arg_max=$(sh -c "ulimit -s $stack_kib && getconf ARG_MAX") || fail "cannot raise the stack limit to $stack_kib KiB"
fi
echo "== $files notes, $bytes bytes ($(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }') MB); argv $argv_bytes bytes of $arg_max"

cd_vault="${prefix}cd $(shq "$vault")"
cmark_cmd="$cd_vault && cmark-gfm $extensions \$(cat $(shq "$list")) >/dev/null"
check_cmd="$(shq "$bin") check --vault $(shq "$vault") >/dev/null 2>&1"
next_cmd="$(shq "$bin") next --vault $(shq "$vault") --today $today >/dev/null 2>&1"

# 4. Sanity before timing: check must pass (exit 0) on the clean vault, and cmark-gfm must
#    run as exactly one process over all the files.
echo "== $bin check --vault $vault"
set +e
check_out=$("$bin" check --vault "$vault" 2>&1)
check_rc=$?
set -e
echo "   exit $check_rc; last line: ${check_out:+$(tail -n 1 <<< "$check_out")}${check_out:-(no output)}"
((check_rc == 0)) || fail "grapevine check exited $check_rc on the generated vault; it must be clean to be timed"

execs=
if command -v strace >/dev/null && strace -f -qq -e trace=execve -o /dev/null true 2>/dev/null; then
    trace=$(mktemp)
    strace -f -qq -e trace=execve -o "$trace" sh -c "$cmark_cmd"
    execs=$(grep -c 'execve("[^"]*cmark-gfm"' "$trace" || true)
    rm -f -- "$trace"
    [[ $execs == 1 ]] || fail "cmark-gfm ran $execs times, not once"
    echo "== cmark-gfm over $files files: 1 process (strace)"
else
    sh -c "$cmark_cmd" || fail "cmark-gfm failed over the file list"
    echo "== cmark-gfm over $files files: one command, exit 0 (strace unavailable to count processes)"
fi

# 5. One hyperfine run, so both commands see the same machine state.
echo "== $bin next --vault $vault --today $today: $("$bin" next --vault "$vault" --today "$today" --json | grep -c '"kind"') steps shown"
commands=(-n "grapevine check" "$check_cmd" -n "cmark-gfm $extensions" "$cmark_cmd" -n "grapevine next" "$next_cmd")
if [[ ${BASELINES:-} == all ]]; then
    commands+=(-n "cmark-gfm -e table -e tasklist" "$cd_vault && cmark-gfm -e table -e tasklist \$(cat $(shq "$list")) >/dev/null"
               -n "cmark-gfm (no extensions)" "$cd_vault && cmark-gfm \$(cat $(shq "$list")) >/dev/null"
               -n "cat" "$cd_vault && cat \$(cat $(shq "$list")) >/dev/null")
fi
echo "== hyperfine --warmup $warmup --runs $runs"
hyperfine --warmup "$warmup" --runs "$runs" --export-json "$json" "${commands[@]}"

# 6. The verdict.
python3 - "$json" "$budget" "$next_budget" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
budget, next_budget = float(sys.argv[2]), float(sys.argv[3])
width = max(len(r["command"]) for r in results)
for r in results:
    ms = {k: r[k] * 1000 for k in ("mean", "stddev", "median", "min")}
    print(f"{r['command']:<{width}}  {ms['mean']:8.1f} ms ± {ms['stddev']:5.1f} ms"
          f"  (median {ms['median']:.1f} ms, min {ms['min']:.1f} ms, {len(r['times'])} runs)")
ratio = results[0]["mean"] / results[1]["mean"]
verdict = "PASS" if ratio <= budget else "FAIL"
print(f"ratio check/cmark-gfm: {ratio:.2f} (budget {budget:.2f}): {verdict}")
next_ratio = results[2]["mean"] / results[0]["mean"]
next_verdict = "PASS" if next_ratio <= next_budget else "FAIL"
print(f"ratio next/check: {next_ratio:.2f} (budget {next_budget:.2f}): {next_verdict}")
sys.exit(0 if verdict == next_verdict == "PASS" else 1)
PY
