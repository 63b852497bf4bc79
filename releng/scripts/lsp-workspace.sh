#!/usr/bin/env bash
# The language server on a big folder (issue 14, "Start-up and throughput"): makes COUNT synthetic
# full reports (`reportdsl synth`, one planted 勾稽 error each), starts `reportdsl lsp` on them as an
# editor does (its default heap, 512 MB; REPORTDSL_LSP_HEAP changes it) and measures
#   - the time from `initialize` to the last file's first textDocument/publishDiagnostics,
#   - the server's CPU time (user + system, all threads: what the build costs whatever the machine load),
#   - the server's peak resident memory (VmHWM of the java process),
#   - the $/progress notifications received (the client announces window.workDoneProgress).
# The client is a small framed JSON-RPC client in Python 3 (standard library only). Prints one
# Markdown table and leaves it in target/lsp-workspace.md, with the machine load (uptime) next to it.
# Usage: releng/scripts/lsp-workspace.sh [COUNT] (default 10000). Needs python3.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
count=${1:-10000}
command -v python3 >/dev/null 2>&1 || { echo "lsp-workspace.sh: python3 is missing" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/reportdsl-lsp-ws.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$root/target"
"$root/reportdsl" synth --count "$count" --errors 1 -o "$work/ws" >/dev/null
load_before=$(uptime)
python3 - "$root/reportdsl" "$work/ws" "$count" "$root/target/lsp-workspace.md" "$load_before" <<'PY'
import json, os, subprocess, sys, threading, time, pathlib

server, folder, count, table, load_before = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
proc = subprocess.Popen([server, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                        stderr=open(os.path.join(os.path.dirname(table), "lsp-workspace.log"), "wb"))
peak = [0]

def watch():  # the launcher execs java, so the pid is the server's own
    while proc.poll() is None:
        try:
            for line in open(f"/proc/{proc.pid}/status"):
                if line.startswith("VmHWM:"):
                    peak[0] = max(peak[0], int(line.split()[1]))
        except OSError:
            pass
        time.sleep(0.2)

threading.Thread(target=watch, daemon=True).start()

def send(message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()

def receive():
    length = None
    while True:
        line = proc.stdout.readline()
        if not line:
            raise SystemExit("lsp-workspace.sh: the server closed its output")
        line = line.strip()
        if not line:
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))

root_uri = pathlib.Path(folder).resolve().as_uri()
t0 = time.monotonic()
send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": os.getpid(), "rootUri": root_uri,
      "capabilities": {"window": {"workDoneProgress": True}}}})
seen, progress, answered, last = set(), [], None, None
while True:
    m = receive()
    if m.get("id") == 1 and "method" not in m:
        answered = time.monotonic() - t0
        send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    elif "id" in m and "method" in m:  # a request of the server: window/workDoneProgress/create and the like
        send({"jsonrpc": "2.0", "id": m["id"], "result": None})
    elif m.get("method") == "$/progress":
        progress.append(m["params"]["value"]["kind"])
    elif m.get("method") == "textDocument/publishDiagnostics":
        seen.add(m["params"]["uri"])
        if len(seen) == count:
            last = time.monotonic() - t0
    if last is not None and (not progress or progress[-1] == "end"):
        break
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
while receive().get("id") != 2:
    pass
rss = peak[0]
stat = open(f"/proc/{proc.pid}/stat").read().rsplit(")", 1)[1].split()
cpu = (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime of the server so far
send({"jsonrpc": "2.0", "method": "exit", "params": None})
proc.stdin.close()
proc.wait(timeout=30)
kinds = f"{progress.count('begin')} begin, {progress.count('report')} report, {progress.count('end')} end"
rows = ["| reports | initialize answered | last diagnostics | server CPU time | peak RSS | $/progress |",
        "|---:|---:|---:|---:|---:|---|",
        f"| {count} | {answered:.2f} s | {last:.1f} s | {cpu:.1f} s | {rss / 1024:.0f} MB | {kinds} |",
        "", f"load before: {load_before.strip()}", f"load after:  {os.popen('uptime').read().strip()}"]
text = "\n".join(rows) + "\n"
open(table, "w").write(text)
print(text, end="")
PY
