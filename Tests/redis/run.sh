#!/usr/bin/env bash
# Fleet state on Redis (issue 21), tested from outside as a fleet would use it: a redis-server of its
# own (free port, temp dir, no persistence), two gateway replicas with different state directories,
# C callers of the shared object, 20 php-cli workers using the FFI binding, the CLI.
#   run.sh CLI LIBDIR GATEWAY
# Cases: a conversation started on one replica continues on the other; one `kill-switch on` stops both
# replicas and a C caller within the recheck interval; an outflow spike spread over 20 PHP workers
# raises exactly one alert and trips the switch once; Redis stopped mid-run → every guarded call fails
# closed (no text, a clear status) and recovers when Redis returns; a malformed switch value; a
# password-protected Redis (requirepass and an ACL user); a caller that forks.
set -uo pipefail
cli="$(realpath "$1")"; libdir="$(realpath "$2")"; gw="$(realpath "$3")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
pids=()
redis_pid=""
cleanup() {
  kill "${pids[@]}" $redis_pid 2>/dev/null; wait "${pids[@]}" $redis_pid 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_up() { for _ in $(seq 100); do curl -sf "http://127.0.0.1:$1/healthz" >/dev/null 2>&1 && return 0; sleep 0.1; done; return 1; }

port=$(free_port)
url="redis://127.0.0.1:$port/0"
mkdir -p "$work/redis"
start_redis() {  # start_redis PORT DIR [CONFIG_FILE] → sets redis_pid
  local p=$1 d=$2; shift 2
  redis-server "$@" --port "$p" --bind 127.0.0.1 --save '' --appendonly no --dir "$d" --daemonize no >"$d/log" 2>&1 &
  redis_pid=$!
  for _ in $(seq 100); do redis-cli -p "$p" PING 2>&1 | grep -q -e PONG -e NOAUTH && return 0; sleep 0.05; done
  return 1
}
rcli() { redis-cli -p "$port" "$@"; }
start_redis "$port" "$work/redis" || { echo "redis-server did not start"; exit 1; }
main_redis=$redis_pid

cc -std=c11 -Wall -Wextra -Werror -I "$root/include" "$here/caller.c" -L "$libdir" -lsovereign_filter -o "$work/caller" || exit 1
caller() { LD_LIBRARY_PATH="$libdir" "$work/caller" "$@"; }

# --- two gateway replicas, one Redis ---------------------------------------------------------------
up=$(free_port); g1=$(free_port); g2=$(free_port)
python3 "$root/gateway/demo/upstream.py" --port "$up" --record "$work/up.jsonl" & pids+=($!)
echo '{"entities":{"EMAIL":"pseudonymize"},"kill_switch_recheck_ms":200}' > "$work/gw.json"
export SOVEREIGN_GATEWAY_SEALING_KEY=fleet-sealing-key-0123456789
"$gw" --listen 127.0.0.1:$g1 --upstream http://127.0.0.1:$up/v1 --policy "$work/gw.json" --state-dir "$work/gw1" \
  --redis "$url" 2>"$work/gw1.log" & pids+=($!)
SOVEREIGN_GATEWAY_REDIS="$url" "$gw" --listen 127.0.0.1:$g2 --upstream http://127.0.0.1:$up/v1 --policy "$work/gw.json" \
  --state-dir "$work/gw2" 2>"$work/gw2.log" & pids+=($!)
check "both replicas up" 'wait_up $g1 && wait_up $g2'
chat() {  # chat PORT TEXT → reply body
  curl -s "http://127.0.0.1:$1/v1/chat/completions" -H 'content-type: application/json' -H 'authorization: Bearer shop-key-1' \
    -H 'x-session-id: conversation-7' -d "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"$2\"}]}"
}
code() { curl -s -o "$work/last" -w '%{http_code}' "http://127.0.0.1:$1/v1/chat/completions" -H 'content-type: application/json' \
  -H 'authorization: Bearer shop-key-1' -d '{"model":"m","messages":[{"role":"user","content":"mail outage.marker@example.com"}]}'; }
chat $g1 "mail anna.schmidt@example.com" > "$work/r1"
check "replica 1: the model saw <EMAIL_1>, the client got the address back" \
  'tail -1 "$work/up.jsonl" | grep -q "<EMAIL_1>" && grep -q anna.schmidt@example.com "$work/r1"'
chat $g2 "and bob.miller@example.com" > "$work/r2"
check "replica 2 continues the conversation: the next address is <EMAIL_2> (a fresh vault would say <EMAIL_1>)" \
  'tail -1 "$work/up.jsonl" | grep -q "<EMAIL_2>" && ! tail -1 "$work/up.jsonl" | grep -q "<EMAIL_1>" && grep -q bob.miller@example.com "$work/r2"'
chat $g1 "anna.schmidt@example.com again" > "$work/r3"
check "back on replica 1, anna is still <EMAIL_1>" 'tail -1 "$work/up.jsonl" | grep -q "<EMAIL_1>"'
check "vaults live in Redis, not in the state directories" \
  '[ "$(rcli --scan --pattern "sf:sessions/*.sf1" | wc -l)" -ge 1 ] && [ -z "$(ls "$work/gw1/sessions" "$work/gw2/sessions" 2>/dev/null | grep sf1)" ]'
check "a vault has a TTL" 'k=$(rcli --scan --pattern "sf:sessions/*.sf1" | head -1); t=$(rcli TTL "$k"); [ "$t" -gt 0 ]'
check "no lock left behind" '[ -z "$(rcli --scan --pattern "sf:sessions/*.lock")" ]'
check "each replica logs locally, records name the host" \
  'grep -qE "\"host\": ?\"$(hostname)\"" "$work/gw1/inference.jsonl" && grep -qE "\"host\": ?\"$(hostname)\"" "$work/gw2/inference.jsonl"'

# --- one kill switch for the fleet -----------------------------------------------------------------
printf '{"redis":"%s","kill_switch_recheck_ms":200,"state_dir":"%s/c"}' "$url" "$work" > "$work/c.json"
check "C caller works before" 'caller "$work/c.json" once | grep -q "^SF_OK [1-9]"'
( caller "$work/c.json" wait SF_E_DISABLED 3000 > "$work/c-wait" ) & cw=$!
sleep 0.3
"$cli" kill-switch on --redis "$url" --reason "leak drill" --by run.sh > /dev/null
t0=$(date +%s%N)
wait $cw; crc=$?
check "kill-switch on → the C caller gets SF_E_DISABLED within the recheck interval (<= 200 ms + slack)" \
  '[ $crc -eq 0 ] && [ "$(cat "$work/c-wait")" -ge 0 ] && [ $(( ($(date +%s%N) - t0) / 1000000 )) -le 600 ]'
sleep 0.25
check "kill-switch on → replica 1 answers 503" '[ "$(code $g1)" = 503 ]'
check "kill-switch on → replica 2 answers 503" '[ "$(code $g2)" = 503 ]'
check "nothing of it reached the model" '! grep -q outage.marker "$work/up.jsonl"'
"$cli" kill-switch status --redis "$url" > "$work/st"; st=$?
check "kill-switch status shows who and why (exit 3 while on)" '[ $st -eq 3 ] && grep -q "global: ON — by run.sh" "$work/st" && grep -q "leak drill" "$work/st"'
check "the key in Redis is the same document" 'rcli GET sf:killswitch.json | grep -qE "\"by\": ?\"run.sh\""'
"$cli" kill-switch off --redis "$url" --by run.sh > /dev/null
sleep 0.3
check "kill-switch off → both replicas serve again" '[ "$(code $g1)" = 200 ] && [ "$(code $g2)" = 200 ]'
check "kill-switch off → the C caller works again" 'caller "$work/c.json" wait SF_OK 1000 > /dev/null'
"$cli" kill-switch on --feature checkout_assist --redis "$url" --reason "one feature" > /dev/null
check "a per-feature switch stops that feature only" \
  'caller "$work/c.json" wait SF_E_DISABLED 1000 > /dev/null && [ "$(code $g1)" = 200 ]'
"$cli" kill-switch off --feature checkout_assist --redis "$url" > /dev/null
SOVEREIGN_FILTER_REDIS_URL="$url" "$cli" kill-switch status > "$work/st2"
check "SOVEREIGN_FILTER_REDIS_URL selects Redis for the CLI" 'grep -q "checkout_assist: off" "$work/st2"'

# --- a malformed value counts as on --------------------------------------------------------------
rcli SET sf:killswitch.json '{"global":' > /dev/null
check "malformed switch value → the C caller fails closed" 'caller "$work/c.json" wait SF_E_DISABLED 1000 > /dev/null'
sleep 0.25
check "malformed switch value → the gateway fails closed" '[ "$(code $g1)" = 503 ]'
"$cli" kill-switch status --redis "$url" > "$work/st3" 2>&1; st=$?
check "status says malformed (exit 3)" '[ $st -eq 3 ] && grep -q malformed "$work/st3"'
check "the library logged it" 'grep -q "malformed" "$work/gw1.log"'
"$cli" kill-switch off --redis "$url" --reason "repair" > /dev/null
check "kill-switch off replaces the malformed value" 'caller "$work/c.json" wait SF_OK 1000 > /dev/null && rcli GET sf:killswitch.json | grep -qE "\"on\": ?false"'

# --- a caller that forks after using Redis --------------------------------------------------------
check "fork: parent and child both work (the child opens its own connection)" 'caller "$work/c.json" fork > "$work/fork" && grep -q "child 0" "$work/fork"'

# --- 20 PHP workers, one outflow spike -------------------------------------------------------------
# Window 5 s, min_count 20, factor 3, one window of warm-up: a quiet window with one e-mail, then 20
# workers × 10 e-mails in the next window. No single worker sees more than 10 (below min_count).
mkdir -p "$work/php"
printf '{"redis":"%s","state_dir":"%s/php","kill_switch_recheck_ms":50,"log":{"path":"%s/php/inference.jsonl"},"anomaly":{"window_seconds":5,"min_count":20,"factor":3,"warmup_windows":1,"trip_kill_switch":true}}' \
  "$url" "$work" "$work" > "$work/php.json"
php "$here/php_worker.php" "$libdir/libsovereign_filter.so" "$work/php.json" 0 1 quiet > "$work/php-quiet"
start=$(python3 -c 'import time,math; print(math.ceil((time.time()+4)/5)*5 + 0.2)')
for i in $(seq 20); do
  php "$here/php_worker.php" "$libdir/libsovereign_filter.so" "$work/php.json" "$start" 10 "$i" > "$work/php-$i" 2>"$work/php-$i.err" & pids+=($!)
done
for i in $(seq 20); do wait "${pids[-1]}" 2>/dev/null; unset 'pids[-1]'; done
total=$(cat "$work"/php-[0-9]* | python3 -c 'import sys,json; t={"ok":0,"disabled":0,"other":0,"leaks":0}
for l in sys.stdin:
    for k,v in json.loads(l).items(): t[k]+=v
print(t["ok"], t["disabled"], t["other"], t["leaks"])')
read ok dis other leaks <<< "$total"
check "20 workers: 200 calls, none failed otherwise, no address leaked ($total)" '[ $((ok + dis)) -eq 200 ] && [ "$other" -eq 0 ] && [ "$leaks" -eq 0 ]'
check "exactly one alert for the fleet" '[ "$(grep -cE "\"verdict\": ?\"alert\"" "$work/php/inference.jsonl")" -eq 1 ]'
check "the switch tripped once, for checkout_assist, by the detector; later calls were refused" \
  'rcli GET sf:killswitch.json | python3 -c "import json,sys; e=json.load(sys.stdin)[\"checkout_assist\"]; sys.exit(0 if e[\"on\"] and e[\"by\"]==\"sovereign-filter anomaly detector\" else 1)" && [ "$dis" -gt 0 ]'
check "the workers' log chain is intact" '"$cli" log verify "$work/php/inference.jsonl" > /dev/null'
"$cli" kill-switch off --feature checkout_assist --redis "$url" > /dev/null

# --- PHP: a conversation's vault in Redis instead of the customer session ------------------------
printf '{"redis":"%s","state_dir":"%s/php","session_key":"fleet-session-key-0123456789"}' "$url" "$work" > "$work/vault.json"
vault() { php "$here/php_vault.php" "$libdir/libsovereign_filter.so" "$work/vault.json" "$@"; }
vault save "customer:42/chat:7" > "$work/v1"
check "PHP saveVault: the text was pseudonymized" 'grep -q "<EMAIL_1>" "$work/v1"'
vault load "customer:42/chat:7" > "$work/v2"
check "PHP loadVault in another process restores the address" 'grep -q "Sent to vault.owner@example.com." "$work/v2"'
vault load "customer:43/chat:7" > "$work/v3"
check "another scope gets an empty vault" 'grep -q "Sent to <EMAIL_1>." "$work/v3"'
k42=$(rcli --scan --pattern 'sf:vaults/*.sf1' | head -1)
check "the vault key is a keyed hash with a TTL, holding neither the scope nor the address" \
  '[ -n "$k42" ] && [ "$(rcli TTL "$k42")" -gt 0 ] && ! echo "$k42" | grep -q customer && ! rcli GET "$k42" | grep -q vault.owner'
vault save "customer:43/chat:7" > /dev/null
k43=$(rcli --scan --pattern 'sf:vaults/*.sf1' | grep -v "$k42" | head -1)
rcli GET "$k42" | head -c -1 | rcli -x SET "$k43" > /dev/null
vault load "customer:43/chat:7" > "$work/v4"; rc=$?
check "a vault copied onto another scope's name does not open" '[ $rc -ne 0 ] && grep -q InvalidInputException "$work/v4"'

# --- incident report over the logs of several hosts ------------------------------------------------
"$cli" incident report --log "$work/gw1/inference.jsonl" "$work/php/inference.jsonl" --format json > "$work/report.json" 2>&1
check "incident report merges the logs and names the hosts" 'grep -q "\"hosts\"" "$work/report.json" && grep -q "$(hostname)" "$work/report.json"'

# --- Redis stopped mid-run: fail closed, then recover ----------------------------------------------
kill $main_redis; wait $main_redis 2>/dev/null; redis_pid=""
check "Redis down → the C caller's guarded call is refused with SF_E_DISABLED and no text" \
  'caller "$work/c.json" wait SF_E_DISABLED 2000 > /dev/null && caller "$work/c.json" once | grep -q "^SF_E_DISABLED 0$"'
sleep 0.25
check "Redis down → the gateway answers 503 without the text" '[ "$(code $g1)" = 503 ] && ! grep -q outage.marker "$work/last"'
printf 'mail down.redis@example.com\n' > "$work/in.txt"
"$cli" redact --redis "$url" "$work/in.txt" > "$work/cli-out" 2> "$work/cli-err"; rc=$?
check "Redis down → the CLI exits 69 with nothing on stdout, saying Redis is unreachable" \
  '[ $rc -eq 69 ] && [ ! -s "$work/cli-out" ] && grep -q unreachable "$work/cli-err"'
php "$here/php_worker.php" "$libdir/libsovereign_filter.so" "$work/php.json" 0 3 down > "$work/php-down" 2> "$work/php-down.err"
check "Redis down → PHP workers get AiDisabledException for every call, no text" 'grep -q "\"ok\":0,\"disabled\":3,\"other\":0,\"leaks\":0" "$work/php-down"'
"$cli" kill-switch on --redis "$url" --reason x > /dev/null 2> "$work/ks-err"; rc=$?
check "Redis down → kill-switch on fails with a clear message" '[ $rc -ne 0 ] && grep -q unreachable "$work/ks-err"'
check "the library logged the outage" 'grep -q "unreachable" "$work/gw1.log"'
start_redis "$port" "$work/redis"; main_redis=$redis_pid
check "Redis back → the C caller recovers" 'caller "$work/c.json" wait SF_OK 2000 > /dev/null'
sleep 0.3  # one recheck interval: replica 2 last spoke to Redis before the restart (its stale connection is retried)
check "Redis back → the gateway recovers" 'c1=$(code $g1); c2=$(code $g2); [ "$c1" = 200 ] && [ "$c2" = 200 ] || { echo "codes $c1 $c2: $(cat "$work/last")"; tail -n 3 "$work/gw1.log" "$work/gw2.log"; false; }'
check "Redis back → the CLI works" '"$cli" redact --redis "$url" "$work/in.txt" | grep -q "\[EMAIL\]"'

# --- a password-protected Redis ------------------------------------------------------------------
pport=$(free_port); mkdir -p "$work/redis-auth"
printf 'requirepass s3cret-pw\nuser alice on >alice-pw ~sf:* +@all\n' > "$work/redis-auth/redis.conf"
start_redis "$pport" "$work/redis-auth" "$work/redis-auth/redis.conf" || echo "the password-protected redis-server did not start"
auth_pid=$redis_pid; pids+=($auth_pid); redis_pid=$main_redis
"$cli" kill-switch status --redis "redis://127.0.0.1:$pport/0" > "$work/a1" 2>&1; rc=$?
check "no password → fail closed (exit 3), the reason names the refusal" '[ $rc -eq 3 ] && grep -qi "auth" "$work/a1"'
"$cli" kill-switch on --redis "redis://:wrong@127.0.0.1:$pport/0" --reason x > "$work/a2" 2>&1; rc=$?
check "wrong password → refused, and the password is not echoed" '[ $rc -ne 0 ] && ! grep -q wrong "$work/a2" && grep -q "\*\*\*" "$work/a2"'
check "requirepass: redis://:password@ works" '"$cli" kill-switch on --redis "redis://:s3cret-pw@127.0.0.1:$pport/0" --reason pw --by t > /dev/null'
"$cli" kill-switch status --redis "redis://alice:alice-pw@127.0.0.1:$pport/0" > "$work/a3" 2>&1; rc=$?
check "ACL user: redis://alice:alice-pw@ reads the same switch" '[ $rc -eq 3 ] && grep -q "global: ON — by t" "$work/a3"'
printf '{"redis":"redis://alice:alice-pw@127.0.0.1:%s/0","state_dir":"%s/c"}' "$pport" "$work" > "$work/auth.json"
check "a C caller with the ACL user sees the switch" '[ "$(caller "$work/auth.json" once)" = "SF_E_DISABLED 0" ]'
"$cli" kill-switch off --redis "redis://alice:alice-pw@127.0.0.1:$pport/0" > /dev/null
check "… and works when it is off" 'caller "$work/auth.json" once | grep -q "^SF_OK"'

# --- regions: one Redis, two regional gateways with the same sealing key (a misrouted conversation) ---
# Each region should have its own store and keys (README "Two regions"); even when they share both, a
# conversation sealed in eu-central is refused by us-east (421 wrong_region) and continues in eu-central.
g3=$(free_port); g4=$(free_port)
echo '{"entities":{"EMAIL":"pseudonymize"},"region":"eu-central"}' > "$work/eu.json"
echo '{"entities":{"EMAIL":"pseudonymize"},"region":"us-east"}' > "$work/us.json"
"$gw" --listen 127.0.0.1:$g3 --upstream http://127.0.0.1:$up/v1 --policy "$work/eu.json" --state-dir "$work/gw-eu" --redis "$url" 2>"$work/gw-eu.log" & pids+=($!)
"$gw" --listen 127.0.0.1:$g4 --upstream http://127.0.0.1:$up/v1 --policy "$work/us.json" --state-dir "$work/gw-us" --redis "$url" 2>"$work/gw-us.log" & pids+=($!)
check "regional gateways up" 'wait_up $g3 && wait_up $g4'
rchat() {  # rchat PORT TEXT → HTTP status, body in $work/rlast
  curl -s -o "$work/rlast" -w '%{http_code}' "http://127.0.0.1:$1/v1/chat/completions" -H 'content-type: application/json' \
    -H 'authorization: Bearer shop-key-1' -H 'x-session-id: eu-customer-1' -d "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"$2\"}]}"; }
check "eu-central starts the conversation" '[ "$(rchat $g3 "mail eva.eu@example.com")" = 200 ]'
check "us-east refuses it: 421 wrong_region, nothing upstream" \
  'n=$(wc -l < "$work/up.jsonl"); [ "$(rchat $g4 "more from eva")" = 421 ] && grep -q wrong_region "$work/rlast" && [ "$(wc -l < "$work/up.jsonl")" = "$n" ]'
check "eu-central continues it" '[ "$(rchat $g3 "and eva.eu@example.com again")" = 200 ] && tail -1 "$work/up.jsonl" | grep -q "<EMAIL_1>"'
check "the regional gateways' records carry their region" 'grep -q "\"region\": \"eu-central\"" "$work/gw-eu/inference.jsonl"'
"$cli" incident report --log "$work/gw-eu/inference.jsonl" --region eu-central --format json > "$work/eu-report.json"
"$cli" incident report --log "$work/gw-eu/inference.jsonl" --region us-east --format json > "$work/us-report.json"
check "incident report --region selects one region's records" \
  'python3 -c "import json,sys; e,u=(json.load(open(f)) for f in sys.argv[1:]); sys.exit(0 if e[\"records\"] >= 2 and u[\"records\"] == 0 else 1)" "$work/eu-report.json" "$work/us-report.json"'

# --- the incident drill on Redis: a prefix of its own, the fleet's keys untouched ------------------------
before=$(rcli GET sf:killswitch.json)
"$cli" incident drill --redis "$url" --rate 200 --seconds 15 --format json --out "$work/drill.json" 2> "$work/drill.err"; rc=$?
check "drill on Redis passes (exit 0)" '[ $rc -eq 0 ] || { cat "$work/drill.err"; python3 -m json.tool "$work/drill.json" | grep -E "\"(step|measured|met)\""; false; }'
check "drill on Redis: every step met with a time" \
  'python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d[\"passed\"] and all(s[\"met\"] and s[\"seconds_from_leak\"] is not None for s in d[\"steps\"]) else 1)" "$work/drill.json"'
check "drill on Redis: its own prefix (sf-drill-…), the fleet's switch untouched" \
  '[ -n "$(rcli --scan --pattern "sf-drill-*killswitch.json")" ] && [ "$(rcli GET sf:killswitch.json)" = "$before" ]'
python3 - "$work/drill.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for s in d["steps"]:
    print(f'  drill (redis): {s["step"]}: +{s["seconds_from_leak"]} s — {s["measured"][:110]}')
PY

# --- bad settings --------------------------------------------------------------------------------
"$cli" kill-switch status --redis "memcached://x" > /dev/null 2> "$work/b1"; rc=$?
check "a bad URL is a policy error (exit 64)" '[ $rc -eq 64 ] && grep -q "redis URL" "$work/b1"'
"$cli" kill-switch status --redis "rediss://127.0.0.1:$port/0" > "$work/b2" 2>&1; rc=$?
check "rediss:// without hiredis TLS: fails closed with a clear message" '[ $rc -eq 3 ] && grep -q "TLS" "$work/b2"'
"$gw" --redis "nope://" --state-dir "$work/gw3" > /dev/null 2> "$work/b3"; rc=$?
check "the gateway refuses a bad --redis" '[ $rc -ne 0 ] && grep -q "redis" "$work/b3"'
printf '{"redis":"redis://h:99999"}' > "$work/bad.json"
check "the C ABI refuses a bad redis URL in the policy (SF_E_POLICY)" 'caller "$work/bad.json" once > "$work/bad.out"; grep -q "^SF_E_POLICY redis URL" "$work/bad.out"'

echo "redis: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
