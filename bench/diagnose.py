#!/usr/bin/env python3
"""Show where banmian's items differ from gold in a directory of NAME.txt / NAME.gold.json /
NAME.pred.jsonl (as `banmian-sim eval DIR --write-pred` leaves it): unmatched or split items and
headline/kicker/subtitle mismatches, one line each. A tool for reading failures, not a scorer."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../../shared/eval"))
import score  # noqa: E402

d = sys.argv[1]
fields = sys.argv[2].split(",") if len(sys.argv) > 2 else ["headline"]
for name in sorted(os.listdir(d)):
    if not name.endswith(".gold.json"):
        continue
    stem = name[:-10]
    gold = json.load(open(os.path.join(d, name)))
    pred = [p for p in score.load_pred(os.path.join(d, stem + ".pred.jsonl")) if p.get("kind") != "furniture"]
    G = gold["articles"]
    m, gb, pb = score.match(G, pred)
    for i, g in enumerate(G):
        if i not in m:
            print(f"{stem} g{i} UNMATCHED {g.get('headline')!r}")
            continue
        j, iou, ov = m[i]
        p = pred[j]
        if iou < 0.9:
            print(f"{stem} g{i} IOU={iou:.2f} gold={g.get('headline')!r} pred={p.get('headline')!r} plines={p['lines']}")
        for f in fields:
            gv, pv = score.field_value(g, f), score.field_value(p, f)
            if gv != pv:
                print(f"{stem} g{i} {f}: gold={gv!r} pred={pv!r}")
