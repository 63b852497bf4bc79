#!/usr/bin/env bash
# ReportDSL against pandoc, side by side, measured with hyperfine (issue 14, "Start-up and throughput"):
#   1. one report: `reportdsl render --format html` of an example report — through the background
#      process (docs/daemon.md) as users run it, its first command (which starts the process), and the
#      command alone in a JVM of its own (REPORTDSL_DAEMON=0) — against `pandoc` making a standalone
#      HTML page of the same document written as Markdown (made from reportdsl's own text output);
#   2. a batch: 1,000 synthetic full reports to text + HTML by one reportdsl command (through the
#      background process, and alone in one process) against pandoc run once per document.
# The background processes it starts are its own (a socket folder of its own) and stopped at the end.
# Installs hyperfine and pandoc from Debian when missing (ensure-packages.sh). Prints both tables
# (Markdown) and leaves them in target/bench/. Usage: releng/scripts/bench.sh [COUNT] (default 1000).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
count=${1:-1000}
"$root/releng/scripts/ensure-packages.sh" "the benchmark (bench.sh)" hyperfine pandoc
for tool in hyperfine pandoc; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench.sh: $tool is missing (apt-get install $tool)" >&2; exit 2; }
done

out=$root/target/bench
work=$(mktemp -d "${TMPDIR:-/tmp}/reportdsl-bench.XXXXXX")
mkdir -m 700 "$work/run"
export XDG_RUNTIME_DIR=$work/run REPORTDSL_DAEMON=1
trap '"$root/reportdsl" daemon --stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
mkdir -p "$out"
example=$root/examples/sanmenxia-keji-2025.report

# The launcher builds the tool when needed and makes its class cache on this first run.
"$root/reportdsl" render --format text -o "$work/one" "$example" 2>/dev/null
cp "$work/one/sanmenxia-keji-2025.txt" "$work/one.md"
"$root/reportdsl" synth --count "$count" -o "$work/synth" >/dev/null
"$root/reportdsl" render --format text -o "$work/md" "$work/synth" 2>/dev/null
for f in "$work"/md/*.txt; do mv "$f" "${f%.txt}.md"; done
printf '%s\n' "$work"/md/*.md > "$work/md.list"

pandoc_one='pandoc --standalone --metadata pagetitle=report -f markdown -t html'
hyperfine --style basic --warmup 3 --min-runs 20 --export-markdown "$out/one.md" \
  -n "reportdsl render --format html (1 report)" \
  "'$root/reportdsl' render --format html -o '$work/o1' '$example'" \
  -n "the same, alone (REPORTDSL_DAEMON=0)" \
  "REPORTDSL_DAEMON=0 '$root/reportdsl' render --format html -o '$work/o1' '$example'" \
  -n "pandoc Markdown → HTML (same document)" \
  "$pandoc_one -o '$work/one.html' '$work/one.md'"
hyperfine --style basic --runs 10 --export-markdown "$out/first.md" \
  --prepare "'$root/reportdsl' daemon --stop >/dev/null; sleep 0.5" \
  -n "reportdsl render --format html (1 report), the first command: starts the background process" \
  "'$root/reportdsl' render --format html -o '$work/o1' '$example'"
hyperfine --style basic --warmup 1 --runs "${BENCH_RUNS:-3}" --export-markdown "$out/batch.md" \
  -n "reportdsl render --format text,html ($count reports)" \
  "'$root/reportdsl' render --format text,html -o '$work/ob' '$work/synth'" \
  -n "the same, alone in 1 process (REPORTDSL_DAEMON=0)" \
  "REPORTDSL_DAEMON=0 '$root/reportdsl' render --format text,html -o '$work/ob' '$work/synth'" \
  -n "pandoc Markdown → HTML ($count documents, 1 process each)" \
  "while read -r f; do $pandoc_one -o \"\${f%.md}.html\" \"\$f\"; done < '$work/md.list'"

echo
echo "## One report ($(nproc) cores, $(date -u +%Y-%m-%d))"
cat "$out/one.md"
echo
cat "$out/first.md"
echo
echo "## Batch of $count"
cat "$out/batch.md"
