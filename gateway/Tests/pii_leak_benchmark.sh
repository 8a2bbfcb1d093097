#!/usr/bin/env bash
# Runs the PyPI package pii-leak-benchmark (pinned, in gateway/.venv) against sovereign-gateway.
#
# Its `ci` command starts a capture server on 127.0.0.1:8765 that plays the model, starts the gateway
# (--start-command) with that capture as its upstream, sends prompts with e-mail, US SSN, card number
# and three credentials over streaming chat completions, and checks that no value reached the upstream
# (raw or folded, in URL, headers or body) and that the client got every value back, byte for byte,
# from an SSE reply that arrives one character per event. Exit 0 only for CLEAN; the summary is printed.
#
#   pii_leak_benchmark.sh GATEWAY_BINARY [PORT]
set -euo pipefail
gw="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
port="${2:-18899}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$here/.venv"
if [ ! -x "$venv/bin/pii-leak-benchmark" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "pii-leak-benchmark==0.6.0"
fi
state="$(mktemp -d)"
out="$(mktemp -d)/report"
trap 'rm -rf "$state" "$(dirname "$out")"' EXIT
set +e
"$venv/bin/pii-leak-benchmark" ci --target-base-url "http://127.0.0.1:$port/v1" --out "$out" \
  --start-command "exec '$gw' --listen 127.0.0.1:$port --upstream http://127.0.0.1:8765/v1 --state-dir '$state'" \
  --readiness-timeout 60 > "$state/summary.txt" 2>&1
rc=$?
set -e
# The verdict, the table and the required checks (the rest is publishing boilerplate).
sed -n '1,/^## What to do next/p' "$state/summary.txt" | sed '$d'
echo "pii-leak-benchmark exit code: $rc (0 = CLEAN)"
exit $rc
