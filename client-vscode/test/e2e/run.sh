#!/bin/bash
# End-to-end test of the extension in a real VS Code: code-server 4.100.3 (VS Code 1.100.3) in headless Debian Chromium,
# driven by playwright-core. Installs what is missing (apt, npm), publishes the server, packages the .vsix with it,
# installs it, opens a workspace with a Markdown note, a LaTeX file and a .bib, and runs the checks in driver.js.
# Prints one PASS/FAIL line per check and "N passed, N failed"; exits non-zero on any failure.
#
# Environment: PAPERS_E2E_CACHE  where code-server is installed once (default client-vscode/.e2e-cache)
#              PAPERS_LSP_SERVER  test another server build (sets papersLsp.server.path) instead of the bundled one
#              E2E_KEEP=1         keep the scratch folder (logs, workspace) for inspection
#              E2E_UPDATE_IMAGES=1 copy the hover/completion screenshots (README pictures) into images/
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
EXT=$(cd "$HERE/../.." && pwd)
CACHE=${PAPERS_E2E_CACHE:-$EXT/.e2e-cache}
OUT=$EXT/test-output
CODE_SERVER_VERSION=4.100.3
SCRATCH=$(mktemp -d /tmp/papers-e2e.XXXXXX)
CS_PGID=""
DRIVER_PID=""
T0=$(date +%s)
step() { echo "[e2e $(( $(date +%s) - T0 ))s] $*"; }

cleanup() {
  local rc=$?
  # code-server runs in its own session: ending its process group ends its extension host and the language server too.
  if [ -n "$DRIVER_PID" ] && kill -0 "$DRIVER_PID" 2>/dev/null; then kill "$DRIVER_PID" 2>/dev/null || true; fi
  if [ -n "$CS_PGID" ]; then
    kill -TERM -- "-$CS_PGID" 2>/dev/null || true
    for _ in $(seq 1 25); do kill -0 -- "-$CS_PGID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$CS_PGID" 2>/dev/null || true
  fi
  if [ "${E2E_KEEP:-0}" = 1 ]; then echo "scratch kept: $SCRATCH"; else rm -rf "$SCRATCH"; fi
  exit $rc
}
trap cleanup EXIT INT TERM

# 1. System packages: Chromium, ripgrep (seeds @vscode/ripgrep's download cache), and what code-server's native
#    modules need to build (kerberos needs libkrb5-dev).
missing=()
for pkg in chromium ripgrep libkrb5-dev build-essential pkg-config python3 curl; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 "${missing[@]}" >/dev/null
fi

# 2. The extension's own dependencies (esbuild, vsce 3.9.2, playwright-core).
if [ ! -f "$EXT/node_modules/.package-lock.json" ]; then
  step "npm ci"
  (cd "$EXT" && npm ci --no-audit --no-fund >/dev/null)
fi

# 3. code-server from npm, once per cache folder.
CS_DIR=$CACHE/code-server-$CODE_SERVER_VERSION
CODE_SERVER=$CS_DIR/node_modules/.bin/code-server
if [ ! -x "$CODE_SERVER" ]; then
  step "npm install code-server@$CODE_SERVER_VERSION (about a minute)"
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR" "$CACHE/tmp/vscode-ripgrep-cache-1.15.11"
  tar czf "$CACHE/tmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
  # unsafe_perm: code-server's postinstall refuses root without it; yes: node-pty's postinstall runs npx node-gyp;
  # nodedir: node-gyp uses the local headers instead of downloading them.
  (cd "$CS_DIR" && npm init -y >/dev/null && TMPDIR=$CACHE/tmp npm_config_unsafe_perm=true npm_config_yes=true \
    npm_config_nodedir=/usr npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >"$CACHE/npm-code-server.log" 2>&1) \
    || { tail -30 "$CACHE/npm-code-server.log"; echo "FAIL installing code-server"; exit 1; }
fi

# 4. Server + .vsix.
step "publish the server and package the extension"
VSIX=$SCRATCH/papers-lsp.vsix
bash "$EXT/scripts/package.sh" "$VSIX" >"$SCRATCH/package.log" 2>&1 || { tail -30 "$SCRATCH/package.log"; echo "FAIL packaging"; exit 1; }

# 5. A scratch user: code-server, Chromium and the server keep everything (settings, catalog) under $SCRATCH.
export HOME=$SCRATCH/home XDG_CONFIG_HOME=$SCRATCH/home/.config XDG_DATA_HOME=$SCRATCH/home/.local/share \
  XDG_CACHE_HOME=$SCRATCH/home/.cache XDG_STATE_HOME=$SCRATCH/home/.local/state
mkdir -p "$HOME" "$SCRATCH/ud/User" "$SCRATCH/ext" "$OUT"
rm -f "$OUT"/*.png "$OUT"/*.bib "$OUT"/*.log
step "install the extension"
"$CODE_SERVER" --user-data-dir "$SCRATCH/ud" --extensions-dir "$SCRATCH/ext" --install-extension "$VSIX" >"$SCRATCH/install.log" 2>&1 \
  || { cat "$SCRATCH/install.log"; echo "FAIL installing the extension"; exit 1; }
cp "$HERE/user-settings.json" "$SCRATCH/ud/User/settings.json"
if [ -n "${PAPERS_LSP_SERVER:-}" ]; then
  node -e 'const f=process.argv[1];const s=JSON.parse(require("fs").readFileSync(f,"utf8"));s["papersLsp.server.path"]=process.argv[2];require("fs").writeFileSync(f,JSON.stringify(s,null,2))' \
    "$SCRATCH/ud/User/settings.json" "$PAPERS_LSP_SERVER"
fi
cp -r "$HERE/workspace" "$SCRATCH/ws"

# 6. code-server on a free loopback port, in its own session so that cleanup can end all of it.
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
step "start code-server on 127.0.0.1:$PORT"
setsid "$CODE_SERVER" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override --user-data-dir "$SCRATCH/ud" --extensions-dir "$SCRATCH/ext" \
  "$SCRATCH/ws" >"$SCRATCH/code-server.log" 2>&1 &
CS_PGID=$!
for i in $(seq 1 150); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && break
  kill -0 "$CS_PGID" 2>/dev/null || { cat "$SCRATCH/code-server.log"; echo "FAIL code-server exited"; exit 1; }
  [ "$i" = 150 ] && { echo "FAIL code-server did not answer in 30s"; exit 1; }
  sleep 0.2
done

# 7. The checks.
step "drive VS Code"
set +e
E2E_PORT=$PORT E2E_WORKSPACE=$SCRATCH/ws E2E_USER_DATA=$SCRATCH/ud E2E_SCRATCH=$SCRATCH E2E_OUT=$OUT \
  NODE_PATH=$EXT/node_modules node "$HERE/driver.js" &
DRIVER_PID=$!
wait "$DRIVER_PID"
rc=$?
DRIVER_PID=""
set -e
# Keep the extension's output channel (client + server log) next to the screenshots.
find "$SCRATCH/ud/logs" -name '*Papers LSP.log' -exec cat {} + >"$OUT/papers-lsp-output.log" 2>/dev/null || true
if [ "${E2E_UPDATE_IMAGES:-0}" = 1 ]; then
  # The driver saves these only once the hover / the completion item has shown.
  for shot in hover.png completion.png; do
    if [ -f "$OUT/$shot" ]; then cp "$OUT/$shot" "$EXT/images/$shot" && step "updated images/$shot"; fi
  done
fi
step "done (screenshots and log in $OUT)"
exit $rc
