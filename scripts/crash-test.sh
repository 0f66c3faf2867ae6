#!/usr/bin/env bash
# Crash test of the store: `crosscheck ingest` killed with SIGKILL at a
# random point of a large ingest, ROUNDS times, each time into a new data
# directory. After the kill the store must open and pass `crosscheck
# stories --check` (SQLite's integrity and foreign keys, every article read
# back strictly, no story without an article) and hold no article a full
# ingest does not; the next ingest, of nothing, must leave no article outside
# a story and none unindexed; then an ingest of the same input run to the end
# must hold exactly the articles (by source) of an ingest that was never
# killed: no loss, no duplicate.
#
#   scripts/crash-test.sh CORPUS.jsonl [ROUNDS] [SEED]
#
# A corpus that takes several seconds to ingest:
#   crosscheck-dev bench cluster --bench BENCH --articles 20000 --corpus corpus.jsonl
# The check also holds the search index to the store: every stored article
# indexed once, or behind it (an ingest stopped between the two commits).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:?usage: scripts/crash-test.sh CORPUS.jsonl [ROUNDS] [SEED]}"
rounds="${2:-20}"
RANDOM="${3:-1}"
cargo build --release --quiet -p crosscheck-cli
bin="$PWD/target/release/crosscheck"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sources() {
    "$bin" stories --data "$1" --format json |
        python3 -c 'import json,sys; d=json.load(sys.stdin); print("\n".join(sorted(a["source_file"] for s in d["stories"] for a in s["articles"])))'
}
: >"$work/empty.txt"
started=$(date +%s.%N)
"$bin" ingest "$corpus" --data "$work/fresh" --quiet >/dev/null
whole=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
sources "$work/fresh" >"$work/fresh.txt"
echo "an ingest never killed: ${whole} s, $(wc -l <"$work/fresh.txt") articles"
for round in $(seq 1 "$rounds"); do
    data="$work/round$round"
    # Somewhere between a tenth and nine tenths of the whole ingest.
    delay=$(awk -v r="$RANDOM" -v w="$whole" 'BEGIN { printf "%.2f", w * (0.1 + 0.8 * r / 32767) }')
    "$bin" ingest "$corpus" --data "$data" --quiet >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    if ! kill -9 "$pid" 2>/dev/null; then
        echo "FAIL: round $round: the ingest ended before the kill at ${delay} s"
        exit 1
    fi
    wait "$pid" 2>/dev/null || true
    checked=$("$bin" stories --check --data "$data")
    # Nothing stored that a full ingest would not store.
    if [ -n "$(comm -23 <(sources "$data") "$work/fresh.txt")" ]; then
        echo "FAIL: round $round: the killed ingest stored an article a full one does not"
        exit 1
    fi
    # The next ingest, of anything (here nothing), assigns the articles the
    # kill left in no story and brings the index up to the store.
    "$bin" ingest "$work/empty.txt" --data "$data" --quiet >/dev/null 2>&1 || true
    repaired=$("$bin" stories --check --data "$data")
    case "$repaired" in
        *" 0 articles in no story"*", 0 behind the store"*) ;;
        *) echo "FAIL: round $round: an ingest of nothing left articles outside a story or not indexed: $repaired"; exit 1 ;;
    esac
    "$bin" ingest "$corpus" --data "$data" --quiet >/dev/null
    after=$("$bin" stories --check --data "$data")
    case "$after" in
        *" 0 articles in no story"*", 0 behind the store"*) ;;
        *) echo "FAIL: round $round: articles outside a story or not indexed: $after"; exit 1 ;;
    esac
    if ! diff <(sources "$data") "$work/fresh.txt" >/dev/null; then
        echo "FAIL: round $round: the articles differ from an ingest never killed"
        exit 1
    fi
    echo "round $round: killed at ${delay} s: ${checked#store * is sound: }; after an ingest of nothing: none in no story, none unindexed; after re-ingest: same articles, each once, each in a story"
    rm -rf "$data"
done
echo "ok: $rounds kills during ingest, no loss, no duplicate, no article outside a story"
