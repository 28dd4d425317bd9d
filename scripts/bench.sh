#!/usr/bin/env bash
# Runs the whole performance suite of issue 9 and writes its figures to artifacts/bench/results/
# (summary.md holds the table docs/performance.md is made from):
#   generators -> publish -> catalog import at scale + search latency -> micro-benchmarks -> LSP load driver -> peers.
# Usage: bash scripts/bench.sh [--quick] [--records N] [--skip-import] [--no-build] [--only STEP[,STEP...]]
#   --quick        short settings everywhere (100 k-record catalog, 1 k requests, short BenchmarkDotNet jobs): minutes
#   --records N    size of the generated snapshot-shaped catalog (default 2,800,000; the real snapshot's size)
#   --skip-import  reuse artifacts/bench/big-N.db from an earlier run
#   --no-build     use the benchmark binaries as built (several --only calls in a row)
#   --only STEPS   any of generate,publish,import,search,micro,load,peers,report
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bench="$root/artifacts/bench"
results="$bench/results"
mkdir -p "$results"

quick=0; records=2800000; skip_import=0; build=1; only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1; records=100000 ;;
    --records) records="$2"; shift ;;
    --skip-import) skip_import=1 ;;
    --no-build) build=0 ;;
    --only) only=",$2,"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
step() { [ -z "$only" ] || [[ "$only" == *",$1,"* ]]; }
quick_flag=(); [ "$quick" = 1 ] && quick_flag=(--quick)

snapshot="$bench/kaggle-$records.jsonl"
big_db="$bench/big-$records.db"
server="$root/artifacts/server/papers-lsp"
benchmarks="$root/benchmarks/PapersLsp.Benchmarks/bin/Release/net10.0/PapersLsp.Benchmarks"
driver="$root/benchmarks/PapersLsp.LoadDriver/bin/Release/net10.0/papers-lsp-load"

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cpus: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "dotnet: $(dotnet --version)  node: $(node --version 2>/dev/null || echo none)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "mode: $([ "$quick" = 1 ] && echo quick || echo full), catalog records: $records"
} | tee "$results/machine.txt"

if [ "$build" = 1 ]; then
  echo "== build the benchmark projects"
  dotnet build benchmarks/PapersLsp.Benchmarks/PapersLsp.Benchmarks.csproj -c Release -v q -nologo >/dev/null
  dotnet build benchmarks/PapersLsp.LoadDriver/PapersLsp.LoadDriver.csproj -c Release -v q -nologo >/dev/null
fi

if step generate; then
  echo "== generators (deterministic, seeded)"
  [ -f "$bench/cryptobib-75k.bib" ] || "$benchmarks" generate bib --out "$bench/cryptobib-75k.bib"
  [ -f "$bench/note-10k-lines.md" ] || "$benchmarks" generate notes --out-dir "$bench"
  [ -f "$snapshot" ] || "$benchmarks" generate kaggle --records "$records" --out "$snapshot"
fi

if step publish; then
  echo "== publish the server"
  dotnet publish src/PapersLsp/PapersLsp.csproj -c Release -o artifacts/server -v q -nologo >/dev/null
fi

if step import && [ "$skip_import" = 0 ]; then
  echo "== import $records snapshot records into $big_db"
  rm -f "$big_db" "$big_db-wal" "$big_db-shm"
  if "$server" catalog import --help >/dev/null 2>&1; then
    how="papers-lsp catalog import --format kaggle"
    /usr/bin/time -v -o "$results/import-time.txt" "$server" catalog import "$snapshot" --format kaggle --catalog "$big_db" \
      > "$results/import-output.txt" 2>&1 || { tail -20 "$results/import-output.txt"; exit 1; }
  else
    how="benchmark import (importer + store APIs; the CLI has no catalog import)"
    /usr/bin/time -v -o "$results/import-time.txt" "$benchmarks" import "$snapshot" --catalog "$big_db" \
      > "$results/import-output.txt" 2>&1 || { tail -20 "$results/import-output.txt"; exit 1; }
  fi
  tail -5 "$results/import-output.txt"
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$results/import-time.txt")
  peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$results/import-time.txt")
  jq -n --arg how "$how" --argjson records "$records" --argjson seconds "$seconds" --argjson peakKb "$peak_kb" \
     --argjson bytes "$(stat -c %s "$snapshot")" --argjson dbBytes "$(stat -c %s "$big_db")" \
     '{how: $how, records: $records, seconds: $seconds, recordsPerSecond: ($records / $seconds), peakRssMb: ($peakKb / 1024),
       snapshotMb: ($bytes / 1e6), catalogMb: ($dbBytes / 1e6)}' | tee "$results/import.json"
fi

if step import; then
  echo "== where an import's time goes in SQLite (the store's schema, one change at a time)"
  "$benchmarks" import-variants "$snapshot" --records 30000 | tee "$results/import-variants.txt"
fi

if step search; then
  echo "== search latency on the $records-record catalog (in process)"
  "$benchmarks" search --catalog "$big_db" --queries "${snapshot%.jsonl}.queries.txt" --out "$results/search.json"
fi

if step micro; then
  echo "== micro-benchmarks (BenchmarkDotNet)"
  PAPERS_BENCH_CATALOG="$big_db" "$benchmarks" micro "${quick_flag[@]}" --out "$results" --filter '*'
  "$benchmarks" counts --out "$results/counts.json"
fi

if step load; then
  echo "== LSP load driver: default catalog (built from the seeds on first start)"
  rm -f "$bench/default.db" "$bench/default.db-wal" "$bench/default.db-shm"
  "$driver" --server "$server" --catalog "$bench/default.db" --inputs "$bench" --corpus tests/corpus \
    --label default-catalog --no-big-bib --out "$results/load-default.json" "${quick_flag[@]}"
  echo "== LSP load driver: $records-record catalog"
  "$driver" --server "$server" --catalog "$big_db" --inputs "$bench" --corpus tests/corpus \
    --queries "${snapshot%.jsonl}.queries.txt" --label "catalog-$records" --out "$results/load-big.json" "${quick_flag[@]}"
fi

if step peers; then
  echo "== peers (npm), same files"
  (cd benchmarks/peers && { [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null; })
  runs=3; [ "$quick" = 1 ] && runs=2
  node benchmarks/peers/bib-parse.mjs --runs "$runs" --budget-seconds 30 tests/corpus/latex/HEPML/HEPML.bib "$bench/cryptobib-75k.bib" | tee "$results/peers-bib.jsonl"
  node benchmarks/peers/arxiv-ids.mjs --runs 20 tests/corpus/markdown/dair-ai_ML-Papers-of-the-Week_README.md \
    tests/corpus/markdown/cv-arxiv-daily_README_SLAM-SFM.md tests/corpus/markdown/HEPML-LivingReview_README.md | tee "$results/peers-ids.jsonl"
fi

if step report; then
  "$benchmarks" report --results "$results" > "$results/summary.md"
  echo "== summary ($results/summary.md)"
  cat "$results/summary.md"
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/machine.txt"
