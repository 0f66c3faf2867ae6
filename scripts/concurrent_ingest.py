#!/usr/bin/env python3
"""Several `crosscheck ingest` processes on one data directory at once.

For 2 and 4 processes, on a fresh and on an existing data directory, 20 runs
each: every process must succeed (waiting for the others) or say in one line
that the store is busy; afterwards every article is stored exactly once, is
in a story, and `PRAGMA integrity_check` is ok.

    cargo build --release -p crosscheck-cli
    scripts/concurrent_ingest.py [--bin target/release/crosscheck] [--runs 20]

Each process reads its own articles (more than one store batch) and a share
of articles every process also reads.
"""

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

WORDS = (
    "officials said the report described talks between ministers about trade "
    "security and military cooperation in the region during the last year"
).split()


def text(seed):
    words = [WORDS[(seed * 7 + i * 13 + i * i) % len(WORDS)] for i in range(40)]
    return f"Article number {seed} begins here. " + " ".join(words) + f". It ends with {seed}."


def write_inputs(root, processes, own, shared, run):
    files = []
    for p in range(processes):
        path = os.path.join(root, f"input-{run}-{p}.jsonl")
        with open(path, "w") as f:
            for i in range(shared):
                f.write(json.dumps({"id": f"s{i}", "text": text(1_000_000 * run + i)}) + "\n")
            for i in range(own):
                seed = 1_000_000 * run + 10_000 * (p + 1) + i
                f.write(json.dumps({"id": f"p{p}-{i}", "text": text(seed)}) + "\n")
        files.append(path)
    return files, shared + processes * own


def check(data):
    conn = sqlite3.connect(os.path.join(data, "crosscheck.sqlite3"))
    integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    distinct = conn.execute("SELECT count(DISTINCT text) FROM articles").fetchone()[0]
    orphans = conn.execute(
        "SELECT count(*) FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE s.id IS NULL"
    ).fetchone()[0]
    conn.close()
    return integrity, articles, distinct, orphans


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default="target/release/crosscheck")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--own", type=int, default=300, help="articles only one process reads")
    ap.add_argument("--shared", type=int, default=100, help="articles every process reads")
    args = ap.parse_args()
    failures = 0
    for processes in (2, 4):
        for state in ("fresh", "existing"):
            stats = {"runs": 0, "ok": 0, "busy": 0, "failed": 0, "duplicates": 0, "missing": 0, "bad": 0}
            with tempfile.TemporaryDirectory() as root:
                data = os.path.join(root, "data")
                expected_before = 0
                for run in range(args.runs):
                    if state == "fresh":
                        data = os.path.join(root, f"data-{run}")
                        expected_before = 0
                    elif run == 0:
                        # An existing store: some articles already in it.
                        files, n = write_inputs(root, 1, 50, 0, 999)
                        subprocess.run([args.bin, "-q", "ingest", *files, "--data", data],
                                       check=True, stdout=subprocess.DEVNULL)
                        expected_before = n
                    files, expected = write_inputs(root, processes, args.own, args.shared, run)
                    procs = [
                        subprocess.Popen([args.bin, "-q", "ingest", f, "--data", data],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                        for f in files
                    ]
                    busy = False
                    for p in procs:
                        _, err = p.communicate()
                        err = err.decode("utf-8", "replace").strip()
                        stats["runs"] += 1
                        if p.returncode == 0:
                            stats["ok"] += 1
                        elif "is busy" in err and len(err.splitlines()) == 1:
                            stats["busy"] += 1
                            busy = True
                        else:
                            stats["failed"] += 1
                            print(f"  {processes} {state} run {run}: exit {p.returncode}: {err[:300]}")
                    integrity, articles, distinct, orphans = check(data)
                    want = expected_before + expected
                    if articles != distinct:
                        stats["duplicates"] += articles - distinct
                    if articles < want and not busy:
                        stats["missing"] += want - articles
                    if integrity != "ok" or orphans:
                        stats["bad"] += 1
                        print(f"  {processes} {state} run {run}: integrity {integrity}, {orphans} articles in no story")
                    expected_before = articles
            print(
                f"{processes} processes, {state} directory, {args.runs} runs: "
                f"{stats['ok']}/{stats['runs']} processes succeeded, {stats['busy']} said busy, "
                f"{stats['failed']} failed; duplicates {stats['duplicates']}, missing {stats['missing']}, "
                f"integrity failures {stats['bad']}"
            )
            failures += stats["failed"] + stats["duplicates"] + stats["missing"] + stats["bad"]
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
