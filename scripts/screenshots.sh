#!/usr/bin/env bash
# Screenshots of the HTML report, as a person sees it, in headless Chromium
# (Debian's `chromium`): the first screen, the side-by-side view and the
# quotation diffs, at desktop (1280 px) and phone (390 px) widths, for the
# seed pair and a 20-article METER story. Writes docs/screenshots/*.png.
#
#   scripts/screenshots.sh BENCH_DIR [DATA_DIR]
#
# A section (or sections joined by +) is shown by hiding the others (headless Chromium
# does not capture a scrolled page).
set -euo pipefail
cd "$(dirname "$0")/.."
bench="${1:?usage: scripts/screenshots.sh BENCH_DIR [DATA_DIR]}"
data=("${2:+--data}" "${2:-}")
[ -n "${2:-}" ] || data=(--lexical)
out=docs/screenshots
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet -p crosscheck-cli
bin="$PWD/target/release/crosscheck"

$bin compare examples "${data[@]}" --format html -o "$work/seed.html"
python3 - "$bench" "$work/meter20.jsonl" <<'PY'
import json, sys, collections
bench, dest = sys.argv[1], sys.argv[2]
clusters = collections.defaultdict(list)
for line in open(f"{bench}/meter/story_clusters.jsonl"):
    r = json.loads(line)
    clusters[r["cluster"]].append(r)
# The smallest story of at least 20 texts (deterministic: ties by name).
key, rows = min(((k, v) for k, v in clusters.items() if len(v) >= 20), key=lambda kv: (len(kv[1]), kv[0]))
def iso(d):
    dd, mm, yy = d.split(".")
    return ("19" if int(yy) > 50 else "20") + yy + "-" + mm + "-" + dd
with open(dest, "w") as f:
    for r in rows[:20]:
        f.write(json.dumps({"id": r["id"], "outlet": r.get("newspaper") or r["source"],
                            "published": iso(r["date"]), "text": r["text"]}) + "\n")
PY
# From inside the work folder: the report names the input as given.
(cd "$work" && "$bin" compare meter20.jsonl "${data[@]}" --format html -o meter20.html)

shot() { # story section width name
    local page="$work/$1-$2.html"
    local hide=""
    if [ "$2" != "top" ]; then
        hide="<style>body>header,main>section:not(#${2//+/):not(#}),main>details{display:none}</style>"
    fi
    sed "s|</head>|${hide}</head>|" "$work/$1.html" > "$page"
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --virtual-time-budget=3000 --window-size="$3,900" \
        --screenshot="$out/$4.png" "file://$page" 2>/dev/null
}
for w in 1280 390; do
    kind=$([ "$w" = 1280 ] && echo desktop || echo phone)
    shot seed top "$w" "seed-first-screen-$kind"
    shot seed articles "$w" "seed-side-by-side-$kind"
    shot seed quotations "$w" "seed-quotation-diff-$kind"
    shot seed framing+timeline "$w" "seed-framing-and-timeline-$kind"
    shot meter20 top "$w" "meter-20-first-screen-$kind"
    shot meter20 articles "$w" "meter-20-side-by-side-$kind"
done
# The web application: a store holding the seed pair and the METER story,
# served on the loopback interface.
"$bin" ingest examples --data "$work/store" --analyse --lexical --quiet >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" serve --data "$work/store" --addr "127.0.0.1:$port" --allow-ingest 2>/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && break
    sleep 0.1
done
# The METER story arrives through the application's ingest page.
token=$(curl -s "http://127.0.0.1:$port/ingest" | sed -n 's/.*name="token" value="\([0-9a-f]*\)".*/\1/p')
curl -s -o /dev/null -H "Origin: http://127.0.0.1:$port" -F "token=$token" \
    -F "file=@$work/meter20.jsonl;filename=meter20.jsonl" "http://127.0.0.1:$port/ingest"
for _ in $(seq 100); do
    curl -s "http://127.0.0.1:$port/ingest/1" | grep -q 'http-equiv="refresh"' || break
    sleep 0.2
done
curl -s -o /dev/null "http://127.0.0.1:$port/story/1"
app() { # path width name [height]
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --virtual-time-budget=3000 --window-size="$2,${4:-900}" \
        --screenshot="$out/$3.png" "http://127.0.0.1:$port$1" 2>/dev/null
}
for w in 1280 390; do
    kind=$([ "$w" = 1280 ] && echo desktop || echo phone)
    app "/" "$w" "app-stories-$kind"
    app "/?outlet=times" "$w" "app-stories-filtered-$kind"
    app "/story/1" "$w" "app-story-$kind"
    app "/article/1" "$w" "app-article-$kind"
    app "/?entity=Abdollahian" "$w" "app-stories-named-$kind"
    # Tall enough to show every kind of hit: articles, claims, quotations
    # and names.
    app "/?q=quotes%3Aimperialism" "$w" "app-search-$kind" 1500
    app "/ingest" "$w" "app-ingest-$kind"
    app "/ingest/1" "$w" "app-ingest-done-$kind"
done
ls -l "$out"
