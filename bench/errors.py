#!/usr/bin/env python3
"""Classify item errors in a scored directory (NAME.txt / NAME.gold.json / NAME.pred.jsonl):
for every gold item that is not matched at IoU >= 0.9, say whether banmian merged it with a
neighbour (one predicted item holds most of two gold items) or split it (its text is spread over
several predicted items). A reading aid for tuning, not a scorer."""
import collections, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../../shared/eval"))
import score  # noqa: E402

d = sys.argv[1]
verbose = "-v" in sys.argv
kinds = collections.Counter()
for name in sorted(os.listdir(d)):
    if not name.endswith(".gold.json"):
        continue
    stem = name[:-10]
    G = json.load(open(os.path.join(d, name)))["articles"]
    P = [p for p in score.load_pred(os.path.join(d, stem + ".pred.jsonl")) if p.get("kind") != "furniture"]
    gb = [score.bigrams(g) for g in G]
    pb = [score.bigrams(p) for p in P]
    m, _, _ = score.match(G, P)
    for i, g in enumerate(G):
        if i in m and m[i][1] >= 0.9:
            continue
        n = sum(gb[i].values()) or 1
        shares = sorted(((sum((gb[i] & p).values()) / n, j) for j, p in enumerate(pb)), reverse=True)
        top, j = shares[0]
        holders = [x for x in shares if x[0] > 0.1]
        if top > 0.8:
            others = [k for k in range(len(G)) if k != i and sum((gb[k] & pb[j]).values()) / (sum(gb[k].values()) or 1) > 0.3]
            kind = "merged" if others else "extra text"
        elif len(holders) > 1:
            kind = "split"
        else:
            kind = "lost"
        kinds[kind] += 1
        if verbose:
            print(stem, i, kind, round(top, 2), g.get("headline"))
print(dict(kinds))
