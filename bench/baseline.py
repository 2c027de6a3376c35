#!/usr/bin/env python3
"""The baseline a user would otherwise write: for each JSON Lines row, split the page text on
blank lines and delete the newlines inside each block. Reads FILE (or stdin), writes JSON Lines."""
import json, re, sys

BLANK = re.compile(r"\n\s*\n")

def main():
    src = open(sys.argv[1], encoding="utf-8") if len(sys.argv) > 1 else sys.stdin
    out = sys.stdout
    for line in src:
        if not line.strip():
            continue
        row = json.loads(line)
        paras = [p.replace("\n", "") for p in BLANK.split(row.get("text", "")) if p.strip()]
        out.write(json.dumps({"page": row.get("id"), "blocks": paras}, ensure_ascii=False))
        out.write("\n")

if __name__ == "__main__":
    main()
