#!/usr/bin/env python3
"""Peer for the HTML extraction timing: trafilatura (PyPI) on the same pages.

  trafilatura_extract.py PAGE.html.gz... > predictions.jsonl

Reads each gzip-compressed page, extracts the main text with trafilatura's
default settings and prints one JSON line per page, as `crosscheck extract`
does, so the two can be timed side by side as whole processes.
"""
import gzip
import json
import sys

import trafilatura

for path in sys.argv[1:]:
    html = gzip.open(path, "rt", encoding="utf-8", errors="replace").read()
    text = trafilatura.extract(html) or ""
    print(json.dumps({"source_file": path, "text": text}))
