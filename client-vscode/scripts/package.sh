#!/bin/bash
# Publishes the server framework-dependent into server/ and packages the extension with it as papers-lsp.vsix.
# Framework-dependent (portable IL + the .NET 10 runtime on the user's machine): one .vsix for every platform,
# a few MB instead of ~70 MB per self-contained platform build. The extension checks for the runtime and says how to
# get it. SQLite's native libraries are kept only for the platforms VS Code desktop runs on.
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$HERE/.." && pwd)
OUT=${1:-$HERE/papers-lsp.vsix}
rm -rf "$HERE/server"
DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 dotnet publish "$ROOT/src/PapersLsp/PapersLsp.csproj" -c Release \
  -o "$HERE/server" -p:UseAppHost=false -p:DebugType=none -p:GenerateDocumentationFile=false >&2
test -f "$HERE/server/papers-lsp.dll" || { echo "dotnet publish produced no papers-lsp.dll" >&2; exit 1; }
if [ -d "$HERE/server/runtimes" ]; then
  for platform in "$HERE"/server/runtimes/*/; do
    case "$(basename "$platform")" in
      win-x64|win-arm64|osx-x64|osx-arm64|linux-x64|linux-arm64|linux-musl-x64|linux-musl-arm64) ;;
      *) rm -rf "$platform" ;;
    esac
  done
fi
cd "$HERE"
node scripts/build.mjs --minify >&2
npx vsce package --no-dependencies --no-rewrite-relative-links --allow-missing-repository -o "$OUT" >&2
echo "$OUT"
