#!/usr/bin/env bash
# make gateway-demo: a stand-in model (demo/upstream.py, records what it receives) and sovereign-gateway
# in front of it; one chat request with customer data, shown as the client sent it, as the model saw it,
# and as the client got it back.
set -euo pipefail
gw="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
up_port=18765 gw_port=18899
python3 "$here/upstream.py" --port $up_port --record "$work/upstream.jsonl" &
up=$!
"$gw" --listen 127.0.0.1:$gw_port --upstream http://127.0.0.1:$up_port/v1 --state-dir "$work/state" 2>"$work/gateway.log" &
g=$!
trap 'kill $up $g 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -sf http://127.0.0.1:$gw_port/healthz >/dev/null 2>&1 && break; sleep 0.1; done
body='{"model":"demo","stream":true,"messages":[{"role":"user","content":"Hi, I am Anna Schmidt (anna.schmidt@example.com, +49 30 1234567). Please refund order #100012345 to IBAN DE89 3704 0044 0532 0130 00."}]}'
echo "── the client sends ───────────────────────────────────────────"
python3 -c 'import json,sys; print(json.loads(sys.argv[1])["messages"][0]["content"])' "$body"
reply="$(curl -sN http://127.0.0.1:$gw_port/v1/chat/completions -H 'content-type: application/json' -H 'x-session-id: demo-1' -d "$body")"
echo "── the model receives (recorded by the stand-in upstream) ─────"
python3 -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])][-1]; print(json.loads(r["body"])["messages"][0]["content"])' "$work/upstream.jsonl"
echo "── the client gets back (SSE, pseudonyms restored) ────────────"
printf '%s' "$reply" | python3 -c '
import json, sys
out = ""
for line in sys.stdin:
    line = line.strip()
    if line.startswith("data: ") and line != "data: [DONE]":
        for c in json.loads(line[6:]).get("choices", []):
            out += c.get("delta", {}).get("content") or ""
print(out)'
echo "── /metrics (excerpt) ─────────────────────────────────────────"
curl -s http://127.0.0.1:$gw_port/metrics | grep -E '^sovereign_gateway_(findings|requests)_total' || true
