#!/usr/bin/env bash
# Coverage-guided fuzzing of one PapersLsp parser, recogniser or importer with SharpFuzz + AFL++.
#   fuzz/run.sh TARGET SECONDS     e.g. fuzz/run.sh bib-parser 300
#   fuzz/run.sh list               the targets
# Installs what it needs (AFL++ from Debian, the SharpFuzz instrumenter as a local dotnet tool), builds and
# instruments the fuzz project, seeds from tests/corpus, runs afl-fuzz for SECONDS and prints a summary.
# Findings land in fuzz/findings/TARGET/default/{crashes,hangs}; replay one with
#   dotnet fuzz/out/PapersLsp.Fuzz.dll TARGET fuzz/findings/TARGET/default/crashes/id:...
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
out="$here/out"
targets="arxiv-id arxiv-scanner markdown latex bibtex bib-parser import-atom import-hf-json import-hf-html import-hf-text import-kaggle import-csl import-bibtex"

target="${1:-}"
if [[ "$target" == "list" || -z "$target" ]]; then echo "$targets"; [[ -n "$target" ]]; exit $?; fi
seconds="${2:?usage: fuzz/run.sh TARGET SECONDS}"
[[ " $targets " == *" $target "* ]] || { echo "unknown target $target; one of: $targets" >&2; exit 2; }

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends afl++ >/dev/null
fi
if [[ ! -x "$here/.tools/sharpfuzz" ]]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$here/.tools" >/dev/null
fi

# Build once per source change; instrument only the assemblies under test (not the runtime, not SharpFuzz).
stamp="$out/.instrumented"
newest_source="$(find "$repo/src/PapersLsp.Core" "$repo/src/PapersLsp.Catalog" "$here/PapersLsp.Fuzz" -name '*.cs' -newer "$stamp" 2>/dev/null | head -1 || true)"
if [[ ! -f "$stamp" || -n "$newest_source" ]]; then
  rm -rf "$out"
  dotnet publish "$here/PapersLsp.Fuzz/PapersLsp.Fuzz.csproj" -c Release -o "$out" --nologo -v quiet
  for assembly in PapersLsp.Core.dll PapersLsp.Catalog.dll; do "$here/.tools/sharpfuzz" "$out/$assembly"; done
  touch "$stamp"
fi

# Seeds: the corpus files of the target's kind (small ones; AFL works best on inputs under a few hundred KB).
seeds="$here/seeds/$target"
rm -rf "$seeds" && mkdir -p "$seeds"
case "$target" in
  arxiv-id) printf '2410.15661v2' > "$seeds/new"; printf 'hep-th/9901001' > "$seeds/old"; printf 'math.GT/0309136v1' > "$seeds/class" ;;
  arxiv-scanner|markdown) find "$repo/tests/corpus/markdown" -type f -size -200k -exec cp {} "$seeds/" \; ;;
  latex) find "$repo/tests/corpus/latex" -name '*.tex' -size -200k -exec cp {} "$seeds/" \; ;;
  bibtex|bib-parser|import-bibtex) find "$repo/tests/corpus/zotero" "$repo/tests/corpus/latex/celerite" -name '*.bib' -size -200k -exec cp {} "$seeds/" \; ;;
  import-atom) find "$repo/tests/corpus/arxiv-api" -name '*.xml' -size -200k -exec cp {} "$seeds/" \; ;;
  import-hf-json) cp "$repo/tests/corpus/hf-papers/"*.json "$seeds/" ;;
  import-hf-html) find "$repo/tests/PapersLsp.Catalog.Tests/Import/Fixtures" -name '*.html' -size -200k -exec cp {} "$seeds/" \; ;;
  import-hf-text) printf 'https://huggingface.co/papers/2410.15661\narXiv:1706.03762\n' > "$seeds/list" ;;
  import-kaggle) head -c 60000 "$repo/tests/corpus/arxiv-metadata/"*.jsonl > "$seeds/snapshot.jsonl" ;;
  import-csl) cp "$repo/tests/corpus/zotero/"*.json "$seeds/" ;;
esac

findings="$here/findings/$target"
mkdir -p "$findings"
# FRESH=1 starts over; otherwise a run resumes the target's earlier findings.
[[ "${FRESH:-0}" == 1 ]] && rm -rf "$findings" && mkdir -p "$findings"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 AFL_AUTORESUME=1
export DOTNET_TieredPGO=0 DOTNET_TC_QuickJitForLoops=1
afl-fuzz -i "$seeds" -o "$findings" -V "$seconds" -t 10000 -m none -- dotnet "$out/PapersLsp.Fuzz.dll" "$target" > "$findings/afl.log" 2>&1 || true

stats="$findings/default/fuzzer_stats"
if [[ ! -f "$stats" ]]; then echo "afl-fuzz did not start; see $findings/afl.log" >&2; tail -20 "$findings/afl.log" >&2; exit 1; fi
get() { awk -F' *: *' -v k="$1" '$1==k {print $2}' "$stats"; }
echo "$target: ran $(get run_time) s, $(get execs_done) executions, $(get corpus_count) corpus entries, edges $(get edges_found), crashes $(get saved_crashes), hangs $(get saved_hangs)"
