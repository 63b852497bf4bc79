#!/usr/bin/env bash
# End-to-end check of the packaged extension in a real VS Code: code-server (VS Code in the browser,
# from the npm registry) with the .vsix installed, driven by headless Chromium through puppeteer-core.
# Opens an example report, checks its language, outline and completion while typing, plants a wrong
# total (squiggle), applies its quick fix and formats a table; screenshots in e2e/out/. ../../build.sh
# test runs it after packaging the extension.
#
# Needs: Node.js 20 with npm, /usr/bin/chromium, Debian's ripgrep and the headers code-server's native
# modules build against (apt-get install libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep).
# code-server and puppeteer-core are installed once into e2e/.tools (about a minute).
# Usage: e2e/run.sh [EXAMPLE.report]   (default: the first file of examples/)
# Environment: REPORTDSL (the server command, default: the repository's ./reportdsl), PORT (default 18765).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ext=$(dirname "$here")
root=$(cd "$ext/../.." && pwd)
tools=$here/.tools
out=$here/out
port=${PORT:-18765}
code_server_version=4.100.3
puppeteer_version=24.9.0
start=$(date +%s)

missing=()
for c in node npm rg /usr/bin/chromium; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
for h in /usr/include/krb5.h /usr/include/X11/extensions/XKBfile.h /usr/include/libsecret-1/libsecret/secret.h; do
  [ -e "$h" ] || missing+=("$h")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "e2e/run.sh: missing ${missing[*]} (apt-get install chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config)" >&2
  exit 2
fi

# 1. code-server and puppeteer-core, once.
if [ ! -x "$tools/node_modules/.bin/code-server" ] || [ ! -d "$tools/node_modules/puppeteer-core" ]; then
  echo "e2e: installing code-server@$code_server_version and puppeteer-core@$puppeteer_version into $tools" >&2
  mkdir -p "$tools/tmp/vscode-ripgrep-cache-1.15.11" "$tools/rg"
  # @vscode/ripgrep's post-install downloads rg from a code host; it looks in this cache first.
  cp "$(command -v rg)" "$tools/rg/rg"
  tar czf "$tools/tmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$tools/rg" rg
  [ -f "$tools/package.json" ] || echo '{ "private": true }' > "$tools/package.json"
  (cd "$tools" && TMPDIR="$tools/tmp" npm_config_unsafe_perm=true npm_config_nodedir=/usr npm_config_yes=true \
    npm install --no-audit --no-fund --no-save "code-server@$code_server_version" "puppeteer-core@$puppeteer_version") >&2
fi

# 2. The packaged extension, rebuilt when older than its sources.
vsix=$ext/reportdsl-$(node -p "require('$ext/package.json').version").vsix
if [ ! -f "$vsix" ] || [ -n "$(find "$ext/package.json" "$ext/language-configuration.json" "$ext/src" "$ext/syntaxes" \
    -newer "$vsix" -print -quit)" ]; then
  "$ext/build.sh" >&2
fi

# 3. A workspace with the example, a user profile with the extension, and the server command.
example=${1:-$(ls "$root"/examples/*.report | head -n 1)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$out"/*.png
mkdir -p "$work/workspace" "$work/data/User" "$work/extensions" "$work/xdg-data" "$work/xdg-config" "$out"
cp "$example" "$work/workspace/"
# An empty table 三 to type into (line 4).
printf '年报 测试局 2025 格式 2021\n三、收到和处理政府信息公开申请情况\n{\n\n}\n' > "$work/workspace/typing.report"
# A table to plant a wrong total in (line 4) and a table typed in a hurry, to format.
printf '年报 测试局 2025 格式 2021\n三、收到和处理政府信息公开申请情况\n{\n  新收 自然人 2 商业企业 1 总计 3\n}\n' > "$work/workspace/planted.report"
printf '年报 测试局 2025 格式 2021\n三、收到和处理政府信息公开申请情况\n{   新收 自然人 71   商业企业 3\n上年结转：1 0 0 0 0 0 1\n   结转下年度 自然人 0 }\n' > "$work/workspace/messy.report"
# The server is the repository's launcher as users configure it: vscode-languageclient appends
# --stdio, which `reportdsl lsp` accepts.
server=${REPORTDSL:-$root/reportdsl}
cat > "$work/data/User/settings.json" <<SETTINGS
{
  "reportdsl.server.command": "$server",
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "editor.inlayHints.enabled": "off"
}
SETTINGS
export XDG_DATA_HOME=$work/xdg-data XDG_CONFIG_HOME=$work/xdg-config
cs=$tools/node_modules/.bin/code-server
"$cs" --user-data-dir "$work/data" --extensions-dir "$work/extensions" --install-extension "$vsix" >&2

# 4. code-server in its own process group (stopping only its pid would leave the extension host and
#    the language server running), then Chromium.
setsid "$cs" --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --user-data-dir "$work/data" --extensions-dir "$work/extensions" \
  "$work/workspace" > "$out/code-server.log" 2>&1 &
server_pid=$!
trap 'kill -- -$server_pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 1
done
status=0
NODE_PATH=$tools/node_modules node "$here/drive.js" "http://127.0.0.1:$port/?folder=$work/workspace" \
  "$(basename "$example")" "$out" || status=$?
echo "e2e: $( [ $status -eq 0 ] && echo passed || echo FAILED ) in $(( $(date +%s) - start )) s; screenshots in $out" >&2
exit $status
