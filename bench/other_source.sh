#!/usr/bin/env bash
# Accuracy on a source the engine was never tuned on: pages laid out from the 新闻联播 transcripts
# of ../shared/corpus/xwlb_cctv_sample.jsonl (央视网消息 formulas, 【…】 column labels, roundups
# titled 国内联播快讯), in a few layouts, with a fixed seed. Prints a Markdown table.
#
#   bench/other_source.sh [PAGES] [SEED]      (default 100 pages a layout, seed 5; needs ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-100}
seed=${2:-5}
src=../shared/corpus/xwlb_cctv_sample.jsonl
[ -f "$src" ] || { echo "skipped: $src not found" >&2; exit 0; }
cargo build --release -q -p banmian-cli -p banmian-sim
echo "| layout | pages | items_f1 | headline_f1 | paragraph_f1 | dateline_f1 | coverage |"
echo "|---|---|---|---|---|---|---|"
for layout in before after indent short-lines mixed no-blanks; do
  dir=bench/out/other-$layout
  rm -rf "$dir"
  ./target/release/banmian-sim simulate --layout "$layout" --pages "$pages" --seed "$seed" --out "$dir" "$src" > /dev/null
  ./target/release/banmian-sim eval "$dir" 2>/dev/null | awk -v l="$layout" -v p="$pages" '
    $1 == "items_f1" { i = $2 } $1 == "headline_f1" { h = $2 } $1 == "paragraph_f1" { q = $2 }
    $1 == "dateline_f1" { d = $2 } $1 == "coverage" { c = $2 }
    END { printf "| %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f |\n", l, p, i, h, q, d, c }'
done
