#!/usr/bin/env python3
"""Splits a main-text evaluation set's annotations into two halves by a hash of each page's file name.

    python3 bench/html/halves.py DEV/html-extraction/evaldata.json OUT_DIR
    python3 DEV/html-extraction/score.py h.json --parley --gold OUT_DIR/gold-A.json

Rules are tuned on half A and checked on half B, so that a rule that only fits the pages it was made on shows up
as a gap between the halves. The split depends only on the file names (first byte of their SHA-1, even or odd).
"""
import hashlib
import json
import os
import sys


def main():
    gold, out = sys.argv[1], sys.argv[2]
    with open(gold, encoding="utf-8") as f:
        data = json.load(f)
    halves = {"A": {}, "B": {}}
    for key, page in data.items():
        first = hashlib.sha1(page["file"].encode("utf-8")).digest()[0]
        halves["A" if first % 2 == 0 else "B"][key] = page
    os.makedirs(out, exist_ok=True)
    for name, part in halves.items():
        with open(os.path.join(out, f"gold-{name}.json"), "w", encoding="utf-8") as f:
            json.dump(part, f, ensure_ascii=False)
        print(f"half {name}: {len(part)} pages")


if __name__ == "__main__":
    main()
