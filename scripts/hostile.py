#!/usr/bin/env python3
"""Run crosscheck on every input of a hostile corpus, one process per input.

Each run has an address-space limit (like `ulimit -v`, 2 GiB by default) and
a time-out; the script reports panics (exit 101), time-outs, other crashes
(signals), peak memory (the child's maximum resident set, from the kernel's
accounting of the waited process) and error lines per input, per kind of
input (the start of a file name, up to its number) and in total. It also
adds the inputs a generator cannot ship: a FIFO named directly, a directory
holding a FIFO, character devices, and a symbolic-link loop.

    cargo build --release -p crosscheck-cli -p crosscheck-devtools
    target/release/crosscheck-dev hostile --out hostile-corpus
    scripts/hostile.py hostile-corpus

Exit status 1 when any input panicked, timed out, crashed, used more than
the memory ceiling (`--max-rss-mb`, 1 GiB) or printed more than two error
lines (one, plus at most a summary).
"""

import argparse
import collections
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor


def run_one(binary, command, path, limit_bytes, timeout):
    """Run one input; return (status, seconds, peak KiB, error lines, stdout bytes)."""

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))

    start = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [binary, *command, path],
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            preexec_fn=limit,
        )
        deadline = start + timeout
        timed_out = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                timed_out = True
                break
            time.sleep(0.005)
        proc.returncode = 0  # reaped above
        seconds = time.monotonic() - start
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        out.seek(0)
        stdout_bytes = len(out.read())
    if timed_out:
        code = "timeout"
    elif os.WIFSIGNALED(status):
        code = f"signal {os.WTERMSIG(status)}"
    else:
        code = os.WEXITSTATUS(status)
    error_lines = [line for line in stderr.splitlines() if line.strip()]
    return code, seconds, usage.ru_maxrss, error_lines, stdout_bytes


def kind_of(name):
    m = re.match(r"(.+?)-\d+\.", name)
    return m.group(1) if m else name


def special_inputs(workdir):
    """Inputs a generator cannot ship: FIFOs, devices, a link loop."""
    out = []
    fifo = os.path.join(workdir, "special-fifo-0.jsonl")
    os.mkfifo(fifo)
    out.append(fifo)
    d = os.path.join(workdir, "special-fifo-dir-0")
    os.mkdir(d)
    os.mkfifo(os.path.join(d, "pipe.html"))
    with open(os.path.join(d, "good.txt"), "w") as f:
        f.write("The first sentence of a story that is read. And a second one.\n")
    out.append(d)
    for dev in ["/dev/zero", "/dev/urandom", "/dev/null"]:
        if os.path.exists(dev):
            out.append(dev)
    loop = os.path.join(workdir, "special-loop-0")
    os.mkdir(loop)
    os.symlink(loop, os.path.join(loop, "again"))
    os.symlink(os.path.join(loop, "b.html"), os.path.join(loop, "a.html"))
    os.symlink(os.path.join(loop, "a.html"), os.path.join(loop, "b.html"))
    out.append(loop)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="the directory crosscheck-dev hostile wrote")
    ap.add_argument("--bin", default="target/release/crosscheck")
    ap.add_argument(
        "--command",
        default="extract",
        help="the crosscheck command, with its options (default: extract)",
    )
    ap.add_argument("--memory-mb", type=int, default=2048, help="address-space limit")
    ap.add_argument("--max-rss-mb", type=int, default=1024, help="peak memory allowed")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per input")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-special", action="store_true", help="no FIFOs or devices")
    args = ap.parse_args()

    names = sorted(os.listdir(args.corpus))
    paths = [os.path.join(args.corpus, n) for n in names]
    workdir = tempfile.mkdtemp(prefix="crosscheck-hostile-")
    if not args.no_special:
        paths += special_inputs(workdir)
    command = args.command.split()
    limit = args.memory_mb << 20

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(
            pool.map(
                lambda p: (p, run_one(args.bin, command, p, limit, args.timeout)),
                paths,
            )
        )
    wall = time.monotonic() - started

    per_kind = collections.defaultdict(lambda: [0, 0, 0.0, 0, 0])
    bad = []
    panics = timeouts = crashes = over_memory = noisy = 0
    exits = collections.Counter()
    peak = (0, "")
    slowest = (0.0, "")
    for path, (code, seconds, rss_kib, errors, _) in results:
        name = os.path.basename(path.rstrip("/"))
        k = per_kind[kind_of(name)]
        k[0] += 1
        k[1] = max(k[1], rss_kib)
        k[2] = max(k[2], seconds)
        k[3] = max(k[3], len(errors))
        exits[code] += 1
        if rss_kib > peak[0]:
            peak = (rss_kib, name)
        if seconds > slowest[0]:
            slowest = (seconds, name)
        problem = None
        if code == 101 or any("panicked" in e for e in errors):
            panics += 1
            problem = "panic"
        elif code == "timeout":
            timeouts += 1
            problem = "timeout"
        elif isinstance(code, str):
            crashes += 1
            problem = code
        elif rss_kib > args.max_rss_mb * 1024:
            over_memory += 1
            problem = f"{rss_kib // 1024} MB"
        elif len(errors) > 2 and not name.startswith("special-fifo-dir"):
            noisy += 1
            problem = f"{len(errors)} error lines"
        if problem:
            k[4] += 1
            bad.append(f"{name}: {problem}: {' | '.join(errors[:2])[:300]}")

    print(f"{'kind':<32} {'inputs':>6} {'peak MB':>8} {'max s':>7} {'max err':>7} {'bad':>4}")
    for kind in sorted(per_kind):
        n, rss, secs, errs, nbad = per_kind[kind]
        print(f"{kind:<32} {n:>6} {rss / 1024:>8.1f} {secs:>7.2f} {errs:>7} {nbad:>4}")
    print()
    print(
        f"inputs {len(results)}; panics {panics}; time-outs {timeouts}; crashes {crashes}; "
        f"over {args.max_rss_mb} MB {over_memory}; more than two error lines {noisy}"
    )
    print(f"peak memory {peak[0] / 1024:.1f} MB ({peak[1]}); slowest {slowest[0]:.2f} s ({slowest[1]})")
    print(f"exit codes {dict(sorted(exits.items(), key=str))}; wall {wall:.0f} s with {args.jobs} jobs")
    for line in bad[:50]:
        print("  " + line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
