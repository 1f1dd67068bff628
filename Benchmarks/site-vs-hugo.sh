#!/usr/bin/env bash
# Time `grapevine site` against Hugo building the same Markdown files of the same synthetic
# vault with a minimal layout, the two builds taking turns.
#
#   bash Benchmarks/site-vs-hugo.sh [CONTACTS]        # default 10000
#
# Environment (all optional):
#   GRAPEVINE_BIN=path   time this binary instead of building one (implies no build)
#   SKIP_BUILD=1         use the existing release build without running `swift build`
#   SEED=1               generator seed
#   BENCH_DIR=dir        where the three folders below go by default: /dev/shm (tmpfs) when
#                        it is writable, else /tmp. On tmpfs the run times the tools' own work;
#                        Benchmarks/README.md ("Which disk") says why and how to time a disk
#   VAULT=dir            where the vault goes (default BENCH_DIR/grapevine-bench-vault-N-sSEED)
#   HUGO_SITE=dir        where the Hugo project goes (default BENCH_DIR/grapevine-bench-hugo-N-sSEED);
#                        remade on every run, the site in DIR.out
#   SITE_OUT=dir         where grapevine writes its site (default BENCH_DIR/grapevine-bench-site-N-sSEED)
#   RUNS=10 WARMUP=2     timed and untimed rounds (a round builds with each tool once)
#   BUDGET=0.35          largest acceptable mean(grapevine site) / mean(hugo) (issue 18)
#   TODAY=2026-11-18     the date `site` runs as of
#   PUBLIC=1             time `grapevine site --public` instead of the full site
#   REBUILD=1            time rebuilds into the folders the last run left (nothing changed in
#                        the vault) instead of clean builds: grapevine leaves pages that are
#                        already up to date alone, Hugo writes every page again
#   JSON=file            every time measured (default /tmp/grapevine-bench-site-N.json)
#
# Exit status: 0 when the ratio is within budget, 1 when it is not or a step failed,
# 2 when a tool is missing. Run on demand, not in CI: timings need a quiet machine.
set -euo pipefail

contacts=${1:-10000}
seed=${SEED:-1}
runs=${RUNS:-10}
warmup=${WARMUP:-2}
budget=${BUDGET:-0.35}
today=${TODAY:-2026-11-18}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
# Everything on one file system, tmpfs where there is one: on the root ext4 of these machines
# creating files right after deleting as many costs both tools seconds of kernel time.
bench_dir=${BENCH_DIR:-/tmp}
if [[ -z ${BENCH_DIR:-} && -d /dev/shm && -w /dev/shm ]]; then bench_dir=/dev/shm; fi
vault=${VAULT:-$bench_dir/grapevine-bench-vault-$contacts-s$seed}
hugo_site=${HUGO_SITE:-$bench_dir/grapevine-bench-hugo-$contacts-s$seed}
hugo_out=$hugo_site.out
site_out=${SITE_OUT:-$bench_dir/grapevine-bench-site-$contacts-s$seed}
json=${JSON:-/tmp/grapevine-bench-site-$contacts.json}
list=$vault.files
marker=.grapevine-bench-hugo
bench_name=site-vs-hugo
# fail, shq and the steps shared with check-vs-cmark.sh.
source "$here/common.sh"

[[ $contacts =~ ^[1-9][0-9]*$ ]] || { echo "usage: bash Benchmarks/site-vs-hugo.sh [CONTACTS]" >&2; exit 2; }

bench_require "sudo apt-get install hugo python3" hugo python3

# One run at a time per Hugo project: a second run would remake the project and delete the
# output folders under the first one's feet.
exec 9> "$hugo_site.lock"
flock -n 9 || fail "another run is using $hugo_site (lock $hugo_site.lock); wait for it, or set HUGO_SITE and SITE_OUT"

# Both outputs are deleted before every timed run: refuse folders that are not ours.
[[ ! -e $hugo_out || -f $hugo_out/index.html ]] ||
    fail "$hugo_out exists and is not a Hugo site this script built; remove it or set HUGO_SITE"
[[ ! -e $site_out || -f $site_out/.grapevine-site ]] ||
    fail "$site_out exists and is not a grapevine site; remove it or set SITE_OUT"

# 1. The binary.
bench_binary
"$bin" site --help >/dev/null 2>&1 || fail "$bin has no site command"

# 2. The vault, generated or reused, and 3. its file list (as check-vs-cmark.sh).
bench_vault
bench_file_list
echo "== $files notes, $bytes bytes ($(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }') MB)"

# 4. The Hugo project, remade on every run (in a temporary folder, then moved): content/
#    holds the vault's notes at the same paths, hard-linked when on the same file system
#    (so both sides read the same inodes from the same page cache), copied otherwise. The
#    .grapevine folder stays out. The notes are not changed: the configuration makes
#    Hugo take them as they are (see Benchmarks/README.md).
if [[ -e $hugo_site ]]; then
    [[ -f $hugo_site/$marker ]] || fail "$hugo_site exists but was not made by this script; remove it or set HUGO_SITE"
    rm -rf -- "$hugo_site"
fi
partial=$hugo_site.partial.$$
mkdir -p -- "$partial/content" "$partial/layouts/_default"
touch -- "$partial/$marker"
link=-l
if [[ $(stat -c %d "$vault") != $(stat -c %d "$partial") ]]; then
    link=
    # A copy on another file system is cached on its own: on a machine that drops the page
    # cache of files left alone for a few seconds, one tool would read from disk and the
    # other from memory.
    echo "warning: $vault and $hugo_site are on different file systems: Hugo reads a copy," \
        "cached apart from the vault; put both on one file system (VAULT, HUGO_SITE) for a fair run" >&2
fi
(cd "$vault" && xargs -a "$list" cp --parents $link -t "$partial/content")

cat > "$partial/hugo.toml" <<'EOF'
baseURL = "http://localhost/"
title = "Benchmark"
# No feeds, sitemap or robots.txt: grapevine writes none.
disableKinds = ["RSS", "sitemap", "robotsTXT"]
# `aliases:` in a contact are other names of the person, not old URLs: no redirect pages.
disableAliases = true
# Interviews are dated up to December 2026 (`date: 2026-12-14 09:30`); build them all.
buildFuture = true
# contacts/sam.md becomes contacts/sam.html, as grapevine names its pages.
uglyURLs = true
[taxonomies]
tag = "tags"
[markup.goldmark.renderer]
unsafe = false
# GitHub Flavored Markdown, as grapevine renders it with cmark-gfm: no heading ids,
# footnotes, definition lists or smart quotes.
[markup.goldmark.parser]
autoHeadingID = false
[markup.goldmark.extensions]
definitionList = false
footnote = false
typographer = false
linkify = true
strikethrough = true
table = true
taskList = true
EOF
cat > "$partial/layouts/_default/baseof.html" <<'EOF'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Params.name | default .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>
EOF
cat > "$partial/layouts/_default/single.html" <<'EOF'
{{ define "main" }}<h1>{{ .Params.name | default .Title }}</h1>
{{ .Content }}{{ end }}
EOF
cat > "$partial/layouts/_default/list.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Params.name | default .Title }}</a></li>{{ end }}</ul>{{ end }}
EOF
cat > "$partial/layouts/index.html" <<'EOF'
{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
EOF
mv -- "$partial" "$hugo_site"
echo "== Hugo project $hugo_site ($(find "$hugo_site/content" -type f | wc -l) notes${link:+, hard links})"

site_args=(site --vault "$vault" --out "$site_out" --today "$today")
site_name="grapevine site"
if [[ ${PUBLIC:-0} == 1 ]]; then site_args+=(--public); site_name+=" --public"; fi
hugo_cmd="hugo --quiet --source $(shq "$hugo_site") --destination $(shq "$hugo_out") >/dev/null 2>&1"
site_cmd="$(shq "$bin") $(for a in "${site_args[@]}"; do printf '%s ' "$(shq "$a")"; done)>/dev/null 2>&1"
hugo_prepare="rm -rf $(shq "$hugo_out") && sync"
site_prepare="rm -rf $(shq "$site_out") && sync"
if [[ ${REBUILD:-0} == 1 ]]; then
    hugo_prepare="sync"
    site_prepare="sync"
fi

# 5. Sanity before timing: each must exit 0 from a clean output folder, Hugo without an
#    error or warning and with a page at the same path for every note, grapevine with at
#    least one page a note (fewer under --public, which leaves private notes out).
echo "== hugo --source $hugo_site --destination $hugo_out"
rm -rf -- "$hugo_out"
set +e
hugo_log=$(hugo --source "$hugo_site" --destination "$hugo_out" 2>&1)
hugo_rc=$?
set -e
((hugo_rc == 0)) || { echo "$hugo_log" >&2; fail "hugo exited $hugo_rc"; }
if grep -E '^(ERROR|WARN)' <<< "$hugo_log" >&2; then fail "hugo reported the lines above"; fi
hugo_pages=$(awk -F'|' '$1 ~ /^ *Pages *$/ { gsub(/ /, "", $2); print $2 }' <<< "$hugo_log")
missing=$(sed 's|\.md$|.html|' "$list" | while read -r page; do [[ -f $hugo_out/$page ]] || echo "$page"; done | wc -l)
((missing == 0)) || fail "hugo wrote no page for $missing of the $files notes"
echo "   exit 0; ${hugo_pages:-?} pages (every note, the home page, sections, tags), $(find "$hugo_out" -type f | wc -l) files, $(du -sh "$hugo_out" | cut -f1)"

echo "== $bin ${site_args[*]}"
rm -rf -- "$site_out"
set +e
site_log=$("$bin" "${site_args[@]}" 2>&1)
site_rc=$?
set -e
echo "   exit $site_rc; last line: $(if [[ -n $site_log ]]; then tail -n 1 <<< "$site_log"; else echo "(no output)"; fi)"
((site_rc == 0)) || fail "grapevine site exited $site_rc on the generated vault"
site_pages=$(find "$site_out" -type f -name '*.html' | wc -l)
echo "   $site_pages pages, $(find "$site_out" -type f | wc -l) files, $(du -sh "$site_out" | cut -f1)"
if [[ ${PUBLIC:-0} != 1 ]] && ((site_pages < files)); then
    fail "grapevine site wrote $site_pages pages for $files notes"
fi

# 6. The two builds take turns, each round in the other order, so both see the same machine
#    state: the speed of these shared machines drifts by a fifth within a minute, and ten
#    builds of one tool, then ten of the other (as hyperfine runs them), put that drift into
#    the ratio (0.23 to 0.34 for one binary in runs minutes apart). Before each build its
#    output folder is deleted and dirty pages written back, so every build is a clean one
#    that does not pay for the last one's writes (with REBUILD=1 the folder stays: every
#    build rebuilds over the last one's pages). Wall time of each build, from start to exit.
echo "== $warmup + $runs rounds, each tool once a round, in turns"
python3 - "$json" "$budget" "$warmup" "$runs" "$site_name" "$site_prepare" "$site_cmd" "$hugo_prepare" "$hugo_cmd" <<'PY'
import json, statistics, subprocess, sys, time
json_path, budget, warmup, runs = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
tools = [(sys.argv[5], sys.argv[6], sys.argv[7]), ("hugo", sys.argv[8], sys.argv[9])]
times = {name: [] for name, _, _ in tools}
for round in range(warmup + runs):
    for name, prepare, command in tools if round % 2 == 0 else reversed(tools):
        subprocess.run(prepare, shell=True, check=True)
        start = time.perf_counter()
        status = subprocess.run(command, shell=True).returncode
        elapsed = time.perf_counter() - start
        if status != 0:
            sys.exit(f"site-vs-hugo: {name} exited {status} in round {round + 1}")
        if round >= warmup:
            times[name].append(elapsed)
json.dump({"results": [{"command": name, "times": times[name]} for name, _, _ in tools]}, open(json_path, "w"))
width = max(len(name) for name in times)
for name, values in times.items():
    sd = statistics.stdev(values) if len(values) > 1 else 0
    print(f"{name:<{width}}  {1000 * statistics.mean(values):8.1f} ms ± {1000 * sd:5.1f} ms"
          f"  (median {1000 * statistics.median(values):.1f} ms, min {1000 * min(values):.1f} ms, {len(values)} runs)")
site, hugo = times[tools[0][0]], times["hugo"]
ratio = statistics.mean(site) / statistics.mean(hugo)
rounds = sorted(s / h for s, h in zip(site, hugo))
print(f"each round's ratio: median {statistics.median(rounds):.3f}, from {rounds[0]:.3f} to {rounds[-1]:.3f}")
verdict = "PASS" if ratio <= budget else "FAIL"
print(f"ratio site/hugo: {ratio:.2f} (budget {budget:.2f}): {verdict}")
sys.exit(0 if verdict == "PASS" else 1)
PY
