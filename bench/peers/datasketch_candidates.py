#!/usr/bin/env python3
"""Peer for the candidate-pair benchmark: datasketch's MinHash LSH (PyPI).

  datasketch_candidates.py CORPUS.jsonl [THRESHOLD]

Reads the corpus `crosscheck bench candidates --corpus` writes (id, text,
copy_of), shingles each text as crosscheck does (lower-cased runs of letters
and digits, word 3-grams), builds 128-permutation MinHash signatures, inserts
them into a MinHashLSH index at the threshold and queries every article.
Prints the candidate pairs found, the time and the recall of the known
copies, in the same terms as crosscheck's benchmark.
"""
import json
import re
import sys
import time

from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"[^\W_]+")


def shingles(text, size=3):
    words = WORD.findall(text.lower())
    grams = {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}
    if not grams and words:
        grams = {" ".join(words).encode()}
    return grams


def main():
    path = sys.argv[1]
    threshold = float(sys.argv[2]) if len(sys.argv) > 2 else 0.3
    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    sets = [shingles(d["text"]) for d in docs]
    started = time.perf_counter()
    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    signatures = []
    for i, s in enumerate(sets):
        if not s:
            signatures.append(None)
            continue
        m = MinHash(num_perm=128)
        m.update_batch(list(s))
        signatures.append(m)
        lsh.insert(i, m)
    pairs = set()
    for i, m in enumerate(signatures):
        if m is None:
            continue
        for j in lsh.query(m):
            if j != i:
                pairs.add((min(i, j), max(i, j)))
    secs = time.perf_counter() - started
    known = [(min(i, d["copy_of"]), max(i, d["copy_of"])) for i, d in enumerate(docs) if d.get("copy_of") is not None]

    def jaccard(a, b):
        u = len(sets[a] | sets[b])
        return len(sets[a] & sets[b]) / u if u else 0.0

    above = [p for p in known if jaccard(*p) >= threshold]
    hit = sum(p in pairs for p in known)
    hit_above = sum(p in pairs for p in above)
    n = len(docs)
    print(
        f"datasketch MinHashLSH (128 permutations, Jaccard >= {threshold} on word 3-grams): "
        f"{len(pairs)} candidate pairs in {secs:.2f} s ({n / secs:.0f} articles/s, "
        f"{n * (n - 1) / 2 / secs:.3e} article pairs/s)"
    )
    print(
        f"recall of the {len(known)} known copies: {hit / max(len(known), 1):.4f}; "
        f"of the {len(above)} at or above the threshold: {hit_above / max(len(above), 1):.4f}; "
        f"known copies among the candidates: {hit / max(len(pairs), 1):.4f}"
    )


if __name__ == "__main__":
    main()
