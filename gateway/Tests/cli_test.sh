#!/usr/bin/env bash
# The sovereign-gateway command itself: flags and their environment variables, refusal of bad settings,
# policy reload on SIGHUP (a bad policy refused, the running one kept), kill switch → 503, upstream down
# → 502, and a round trip through demo/upstream.py with the stand-in recording what it received.
#   cli_test.sh GATEWAY_BINARY SOVEREIGN_FILTER_CLI
set -uo pipefail
gw="$1"
cli="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT  # wait: a gateway still writing its state dir would race rm -rf
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi; }
wait_up() { for _ in $(seq 100); do curl -sf "http://127.0.0.1:$1/healthz" >/dev/null 2>&1 && return 0; sleep 0.1; done; return 1; }

"$gw" --help > "$work/help" 2>&1
check "--help names the flags" 'grep -q -- "--listen" "$work/help" && grep -q -- "--upstream" "$work/help" && grep -q -- "--canary-percent" "$work/help"'
"$gw" --listen nonsense >/dev/null 2>&1; check "bad --listen refused" '[ $? -ne 0 ]'
"$gw" --upstream ftp://x/v1 >/dev/null 2>&1; check "bad --upstream refused" '[ $? -ne 0 ]'
"$gw" --canary-percent 10 >/dev/null 2>&1; check "--canary-percent without --canary-upstream refused" '[ $? -ne 0 ]'
"$gw" --identity-header 'x user' >/dev/null 2>&1; check "a bad --identity-header refused" '[ $? -ne 0 ]'
"$gw" --identity-header authorization >/dev/null 2>&1; check "--identity-header authorization refused (it is the default identity)" '[ $? -ne 0 ]'
"$gw" --session-ttl 0 >/dev/null 2>&1; check "--session-ttl 0 refused" '[ $? -ne 0 ]'
"$gw" --help 2>&1 | grep -q -- "--identity-header"; check "--help names --identity-header" '[ $? -eq 0 ]'
echo '{not json' > "$work/bad.json"
"$gw" --policy "$work/bad.json" --state-dir "$work/s0" >/dev/null 2>&1; check "a bad policy at start is refused (exit 78)" '[ $? -eq 78 ]'

# Settings from the environment; upstream down → 502.
SOVEREIGN_GATEWAY_LISTEN=127.0.0.1:18931 SOVEREIGN_GATEWAY_UPSTREAM=http://127.0.0.1:1/v1 SOVEREIGN_GATEWAY_STATE_DIR="$work/s1" \
  SOVEREIGN_GATEWAY_SEALING_KEY=0123456789abcdef0123 "$gw" 2>/dev/null & pids+=($!)
check "env settings: listening on SOVEREIGN_GATEWAY_LISTEN" 'wait_up 18931'
code=$(curl -s -o "$work/r" -w '%{http_code}' http://127.0.0.1:18931/v1/chat/completions -H 'content-type: application/json' \
  -d '{"model":"m","messages":[{"role":"user","content":"mail anna.schmidt@example.com"}]}')
check "upstream down → 502 without the request text" '[ "$code" = 502 ] && ! grep -q anna "$work/r"'
check "no sealing key written when one is given" '[ ! -e "$work/s1/sealing.key" ]'

# Round trip, SIGHUP reload, kill switch.
python3 "$here/demo/upstream.py" --port 18932 --record "$work/up.jsonl" & pids+=($!)
echo '{"entities":{"EMAIL":"redact"}}' > "$work/p.json"
"$gw" --listen 127.0.0.1:18933 --upstream http://127.0.0.1:18932/v1 --policy "$work/p.json" --state-dir "$work/s2" 2>"$work/gw.log" & pids+=($!)
wait_up 18933
ask() { curl -s http://127.0.0.1:18933/v1/chat/completions -H 'content-type: application/json' -H 'x-session-id: t1' \
  -d '{"model":"m","messages":[{"role":"user","content":"mail anna.schmidt@example.com"}]}'; }
ask > "$work/r1"
check "policy applied: the model saw [EMAIL]" 'tail -1 "$work/up.jsonl" | grep -q "\[EMAIL\]" && ! grep -q anna.schmidt "$work/up.jsonl"'
check "sealing key created in the state directory" '[ -s "$work/s2/sealing.key" ]'
echo '{"entities":{"EMAIL":"shred"}}' > "$work/p.json"; kill -HUP "${pids[-1]}"; sleep 0.5
check "bad policy on SIGHUP refused" 'curl -s http://127.0.0.1:18933/healthz | grep -q policy_error && grep -q refused "$work/gw.log"'
ask > /dev/null
check "the running policy stays" 'tail -1 "$work/up.jsonl" | grep -q "\[EMAIL\]"'
echo '{"entities":{"EMAIL":"pseudonymize"}}' > "$work/p.json"; kill -HUP "${pids[-1]}"; sleep 0.5
ask > "$work/r3"
check "good policy on SIGHUP applied (pseudonym upstream, original back)" 'tail -1 "$work/up.jsonl" | grep -q "<EMAIL_1>" && grep -q "anna.schmidt@example.com" "$work/r3"'
check "/metrics counts the reloads" 'curl -s http://127.0.0.1:18933/metrics | grep -q "policy_reloads_total{outcome=\"refused\"} 1"'
check "inference log written and intact" '[ -s "$work/s2/inference.jsonl" ]'
"$cli" kill-switch on --reason drill --by cli_test --state-dir "$work/s2" >/dev/null; sleep 1.2
n=$(wc -l < "$work/up.jsonl")
code=$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:18933/v1/chat/completions -H 'content-type: application/json' -d '{"model":"m","messages":[]}')
check "kill switch on → 503, nothing upstream" '[ "$code" = 503 ] && [ "$(wc -l < "$work/up.jsonl")" = "$n" ]'

echo "gateway cli: $pass passed, $fail failed"
[ $fail -eq 0 ]
