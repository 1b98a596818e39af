#!/bin/sh
# npm run build [-- astro build's options]: `astro build` in a process of its own, then the search
# index over the site it wrote (src/cli/index-site.ts), once Astro's process has exited. Each then
# peaks alone: at 10,000 talks Astro's process and Pagefind's writing each stay under 1.5 GB, where
# the two together reached 2.8 GB. A shell, not Node, waits on Astro: it holds 2 MB beside it, not 66.
set -eu
plan=$(mktemp "${TMPDIR:-/tmp}/confnotes-index-plan.XXXXXX")
trap 'rm -f "$plan"' EXIT
# The memory allocators' defaults keep what Astro's threads free until they allocate again, which
# they do not: mimalloc (Vite's bundler, Astro's compiler) held 250 MB through the whole render at
# 10,000 talks; glibc's per-thread arenas (the recap compiler threads) about 150 MB in one pair of
# runs. A setting already in the environment wins.
export MIMALLOC_PURGE_DELAY="${MIMALLOC_PURGE_DELAY:-0}" MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# V8's young generation in semi-spaces of 8 MB, not V8's default of up to 32: pages and parse
# trees are short-lived, and larger spaces only held more of them. At 10,000 talks Astro's process
# peaked at 1,087-1,129 MB instead of 1,234-1,535, and the index step's Node at 166 MB beside
# Pagefind's peak instead of 228-234, for the same CPU time (185 s).
CONFNOTES_INDEX_PLAN="$plan" node --max-semi-space-size=8 node_modules/astro/bin/astro.mjs build "$@"
node --max-semi-space-size=8 src/cli/index-site.ts "$plan"
