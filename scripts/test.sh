#!/usr/bin/env bash
# Runs every test: the .NET suites (unit, in-process protocol, end-to-end against the published server, Neovim,
# BibTeX/biber validation), the VS Code extension's unit tests and its end-to-end test in a real VS Code.
# Ends with one line "N passed, N failed". Pass --dotnet-only to skip the VS Code parts.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
status=0

echo "== build and publish the server"
dotnet build PapersLsp.sln -c Release -warnaserror || exit 1
dotnet publish src/PapersLsp/PapersLsp.csproj -c Release -o artifacts/server --no-restore >/dev/null || exit 1
export PAPERS_LSP_EXE="$root/artifacts/server/papers-lsp"

echo "== .NET tests"
dotnet test PapersLsp.sln -c Release --no-build --logger "trx" --results-directory "$results/dotnet" || status=1

if [ "${1:-}" != "--dotnet-only" ] && [ -f client-vscode/package.json ]; then
  echo "== VS Code extension: unit tests"
  (cd client-vscode && npm ci --no-audit --no-fund >/dev/null && npm test 2>&1) | tee "$results/vscode-unit.txt" || status=1
  if [ -f client-vscode/test/e2e/run.sh ]; then
    echo "== VS Code extension: end to end in code-server"
    bash client-vscode/test/e2e/run.sh 2>&1 | tee "$results/vscode-e2e.txt"
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  fi
fi

python3 scripts/summarize_tests.py "$results" || status=1
exit $status
