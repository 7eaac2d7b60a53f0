#!/usr/bin/env bash
# Whole-pipeline scaling on generated HTML corpora: for each size and thread count, the one-shot
# run from HTML to report, with wall time, CPU time (user + system, which a busy machine does not
# inflate) and peak memory from /usr/bin/time.
# Usage: Benchmarks/scaling.sh [WORKDIR] [SIZES_MB...]   (default: /tmp/crosscheck-scaling 10 100 1000)
# Environment: THREADS="1 2" (thread counts to run); TOPIC_PAGES=N generates corpora whose
# subjects change every N pages (make-html-corpus.py --topic-pages), named topic-MB.
# Needs a release build: swift build -c release (or BIN=path to another crosscheck binary).
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/crosscheck-scaling}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100 1000)
bin=${BIN:-.build/release/crosscheck}
mkdir -p "$work"
printf "%8s %7s %9s %8s %8s %8s %9s %9s %10s %8s\n" MB threads seconds cpu_s MB/s docs/s claims claims/s pairs peakMB
topic=${TOPIC_PAGES:-0}
kind=corpus
[ "$topic" -gt 0 ] && kind=topic
for mb in "${sizes[@]}"; do
  corpus="$work/$kind-$mb"
  [ -d "$corpus" ] || python3 Benchmarks/make-html-corpus.py "$corpus" --megabytes "$mb" --topic-pages "$topic" >/dev/null
  for threads in ${THREADS:-1 2}; do
    out="$work/out-$kind-$mb-$threads"
    log="$work/log-$kind-$mb-$threads"
    /usr/bin/time -v "$bin" --corpus "$corpus" --output "$out" --jobs "$threads" --quiet >"$log" 2>&1
    seconds=$(grep "Elapsed (wall clock)" "$log" | awk -F': ' '{print $2}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    cpu=$(grep -E "(User|System) time" "$log" | awk -F': ' '{ s += $2 } END { print s }')
    peak=$(grep "Maximum resident" "$log" | awk '{print int($6/1024)}')
    docs=$(grep -oE "^crosscheck: [0-9]+ documents" "$log" | grep -oE "[0-9]+")
    claims=$(grep -oE "[0-9]+ claims" "$log" | head -1 | grep -oE "[0-9]+")
    pairs=$(wc -l < "$out/conflicts.jsonl")
    awk -v mb="$mb" -v t="$threads" -v s="$seconds" -v u="$cpu" -v d="$docs" -v c="$claims" -v p="$pairs" -v m="$peak" \
      'BEGIN { printf "%8d %7d %9.1f %8.1f %8.1f %8.0f %9d %9.0f %10d %8d\n", mb, t, s, u, mb/s, d/s, c, c/s, p, m }'
  done
done
