#!/usr/bin/env python3
# How long an assistant waits for eteam's tools (issue 17: under 1 s): from starting
# `LAUNCHER mcp` until it answers tools/list, after initialize, 7 times after one unmeasured
# run (which writes the launcher's AppCDS archive). Needs a running server and a token:
#
#   src/bench/mcp-start.py target/eteam http://localhost:7070 "$TOKEN"
import json, os, subprocess, sys, time, statistics
launcher, server, token = sys.argv[1], sys.argv[2], sys.argv[3]
env = dict(os.environ, ETEAM_SERVER=server, ETEAM_TOKEN=token)
def once():
    t0 = time.monotonic()
    p = subprocess.Popen([launcher, "mcp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    def send(msg):
        p.stdin.write((json.dumps(msg) + "\n").encode()); p.stdin.flush()
    send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}})
    p.stdout.readline()
    send({"jsonrpc": "2.0", "method": "notifications/initialized"})
    send({"jsonrpc": "2.0", "id": 2, "method": "tools/list"})
    line = p.stdout.readline()
    t = (time.monotonic() - t0) * 1000
    assert len(json.loads(line)["result"]["tools"]) == 11, line
    p.stdin.close(); p.wait(10)
    return t
once()
runs = [once() for _ in range(7)]
print("eteam mcp: process start until the tools/list answer, ms:", " ".join(f"{r:.0f}" for r in runs), "median", f"{statistics.median(runs):.0f}")
