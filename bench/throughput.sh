#!/usr/bin/env bash
# Throughput and memory: banmian at -j 1 and -j 2 against the baseline a user would otherwise
# write (bench/baseline.py: split on blank lines, delete newlines), on one JSON Lines corpus of
# simulated pages, in one run on one machine. Prints a Markdown table.
#
#   bench/throughput.sh [MB]        (default 500; needs ../shared/corpus, or uses the example's items)
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-500}
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
cargo build --release -q -p banmian-cli -p banmian-sim
corpus=bench/out/corpus-${mb}mb.jsonl
mkdir -p bench/out
if [ ! -s "$corpus" ]; then
  if [ -d ../shared/corpus ]; then
    src=(../shared/corpus/rmrb_20220705_full_issue.jsonl ../shared/corpus/rmrb_jaimelavie.jsonl)
  else
    src=(examples/000_8d45007d648354c6.gold.json)
  fi
  ./target/release/banmian-sim corpus "${src[@]}" --mb "$mb" --seed 1 --out "$corpus"
fi
bytes=$(stat -c %s "$corpus")
pages=$(wc -l < "$corpus")
run() { # name, command...
  local name=$1; shift
  /usr/bin/time -v "$@" > /dev/null 2> bench/out/time.txt
  local secs rss
  secs=$(grep "Elapsed (wall clock)" bench/out/time.txt | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" bench/out/time.txt | awk '{print $NF}')
  echo "$name $secs $rss"
}
{
  run baseline python3 bench/baseline.py "$corpus"
  run "banmian -j1" ./target/release/banmian -q -j 1 "$corpus"
  run "banmian -j2" ./target/release/banmian -q -j 2 "$corpus"
} > bench/out/runs.txt
python3 - "$bytes" "$pages" bench/out/runs.txt <<'PY'
import sys
size, pages, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rows = []
for line in open(path):
    *name, secs, rss = line.split()
    rows.append((" ".join(name), float(secs), int(rss)))
base = rows[0][1]
j1 = rows[1][1]
print(f"corpus: {size/1e6:.0f} MB, {pages} pages\n")
print("| run | seconds | MB/s | pages/s | peak RSS (MiB) | vs baseline | vs -j 1 |")
print("|---|---|---|---|---|---|---|")
for name, secs, rss in rows:
    print(f"| {name} | {secs:.1f} | {size/1e6/secs:.1f} | {pages/secs:.0f} | {rss/1024:.1f} | {base/secs:.2f}× | {j1/secs:.2f}× |")
PY
