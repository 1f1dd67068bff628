# Shared by the benchmark scripts: sourced, not run. The script that sources it sets
#   bench_name     its name, the prefix of every error message
#   here, repo     the Benchmarks folder and the repository
#   contacts, seed the vault's parameters
#   vault          where the vault goes; $vault.stamp and $vault.files sit next to it
# and gets `fail`, `shq` and the steps below, which set `bin`, `files` and `bytes`.

fail() { echo "$bench_name: $*" >&2; exit 1; }
# Quote a string for sh -c, which is how hyperfine runs each command.
shq() { printf "'%s'" "${1//\'/\'\\\'\'}"; }

# bench_require "install hint" tool…: exit 2 naming every tool not on PATH.
bench_require() {
    local hint=$1 tool missing=()
    shift
    for tool in "$@"; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    if ((${#missing[@]})); then
        echo "$bench_name: missing ${missing[*]}; install with: $hint" >&2
        exit 2
    fi
}

# The binary: GRAPEVINE_BIN as given, else the release build (built first unless
# SKIP_BUILD=1), with the other products named as arguments (`grapevine-serve`, which
# `grapevine serve` runs, beside it). Sets `bin` to its absolute path.
bench_binary() {
    if [[ -n ${GRAPEVINE_BIN:-} ]]; then
        bin=$GRAPEVINE_BIN
    else
        if [[ ${SKIP_BUILD:-0} != 1 ]]; then
            local product
            for product in grapevine "$@"; do
                echo "== swift build -c release --static-swift-stdlib --product $product"
                (cd "$repo" && swift build -c release --static-swift-stdlib --product "$product")
            done
        fi
        bin=$(cd "$repo" && swift build -c release --static-swift-stdlib --show-bin-path)/grapevine
    fi
    [[ -x $bin ]] || fail "'$bin' is not an executable (build it, or set GRAPEVINE_BIN)"
    bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
}

# The vault: reused when $vault.stamp says it was made with the same parameters and
# the same generator; regenerated (into a temporary folder, then moved) otherwise.
bench_vault() {
    local stamp=$vault.stamp list=$vault.files want
    want="contacts=$contacts seed=$seed generator=$(sha256sum "$here/generate-vault.py" | cut -c1-16)"
    if [[ -d $vault && -f $stamp && $(cat "$stamp") == "$want" ]]; then
        echo "== reusing $vault ($want)"
    else
        if [[ -e $vault ]]; then
            [[ -f $stamp ]] || fail "$vault exists but was not made by this script; remove it or set VAULT"
            echo "== removing $vault (made with $(cat "$stamp"))"
            rm -rf -- "$vault"
        fi
        rm -f -- "$stamp" "$list"
        echo "== generating $vault"
        python3 "$here/generate-vault.py" --contacts "$contacts" --seed "$seed" --out "$vault.partial.$$"
        mv -- "$vault.partial.$$" "$vault"
        echo "$want" > "$stamp"
    fi
}

# The file list $vault.files: every note, sorted, relative to the vault, one per line,
# outside dot folders. Sets `files` and `bytes`. Slugs have no spaces, quotes or glob
# characters, so the list can be word-split (and read by xargs) safely; checked here.
bench_file_list() {
    local list=$vault.files
    (cd "$vault" && find . -path './.*' -prune -o -type f -name '*.md' -print | sed 's|^\./||' | LC_ALL=C sort) > "$list"
    files=$(wc -l < "$list")
    bytes=$(cd "$vault" && xargs -a "$list" cat | wc -c)
    if grep -q '[^A-Za-z0-9._/-]' "$list"; then fail "a file name in $list needs quoting"; fi
}
