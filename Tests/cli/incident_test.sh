#!/usr/bin/env bash
# The incident playbook's commands from outside, as an operator at 3 a.m. runs them (README "Incident
# playbook"): the drill on the file backend (the Redis drill is in Tests/redis/run.sh), an evidence
# bundle that verifies and fails on one changed byte naming the member, `incident lookup`, the report's
# distinct affected values and region selection, the transparency record, and bad input to each.
#   incident_test.sh CLI
set -u
CLI=$(realpath "${1:-.build/release/sovereign-filter}")
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
check() { # name, expected, actual
  if [ "$2" == "$3" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL $1"; echo "  expected: $2"; echo "  actual:   $3"; fi
}
jq_() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }

# ---- the drill, file backend: its own state directory, nothing written to the real one ------------------
mkdir -p "$tmp/real"
SOVEREIGN_FILTER_STATE_DIR="$tmp/real" $CLI incident drill --state-dir "$tmp/drill" --rate 200 --seconds 15 --format json \
  --out "$tmp/drill.json" 2>"$tmp/drill.err"; code=$?
check "drill (file backend) passes: exit 0" 0 "$code"
[ $code -eq 0 ] || { cat "$tmp/drill.err"; python3 -m json.tool "$tmp/drill.json" 2>/dev/null | head -80; }
check "drill: every step met its target" "True" "$(jq_ "$tmp/drill.json" 'd["passed"] and all(s["met"] for s in d["steps"])')"
check "drill: six measured steps, each with a time" "6" "$(jq_ "$tmp/drill.json" 'sum(1 for s in d["steps"] if s["seconds_from_leak"] is not None)')"
check "drill: roles of the playbook" "True" "$(jq_ "$tmp/drill.json" '{"on-call engineer","incident lead","DPO","communications"} <= {s["role"] for s in d["steps"] + d["playbook"]}')"
check "drill: nothing shown to customers" "{}" "$(jq_ "$tmp/drill.json" 'd["leaked"]["shown_to_customers"]')"
check "drill: four deadlines" "4" "$(jq_ "$tmp/drill.json" 'len(d["deadlines"])')"
check "drill: the real state directory is untouched" "" "$(ls -A "$tmp/real")"
dlog=$(jq_ "$tmp/drill.json" 'd["log"]')
grep -q "shopper-mail.de" "$dlog"; check "drill: no leaked value in the drill's log" 1 $?
$CLI log verify "$dlog" >/dev/null; check "drill: its log chain is intact" 0 $?
python3 - "$tmp/drill.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for s in d["steps"]:
    print(f'  drill (file): {s["step"]}: +{s["seconds_from_leak"]} s — {s["measured"][:110]}')
PY
$CLI incident drill --rate 1 >/dev/null 2>"$tmp/err"; code=$?
check "drill: a rate out of range exits 2" 2 "$code"
grep -q "rate must be" "$tmp/err"; check "drill: ... and says why" 0 $?
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
$CLI incident drill --redis "redis://127.0.0.1:$port/0" --seconds 8 >/dev/null 2>"$tmp/err"; code=$?
check "drill: a dead Redis exits 2" 2 "$code"
grep -q "could not run" "$tmp/err"; check "drill: ... with a clear message" 0 $?

# ---- a small incident in region eu-central: logs through the CLI, rotated ----------------------------------
st="$tmp/st"
cat > "$tmp/policy.json" <<JSON
{"region": "eu-central", "state_dir": "$st", "kill_switch_recheck_ms": 0,
 "log": {"path": "$st/inference.jsonl", "session_key": "log key of the eu-central shop", "max_bytes": 4096}}
JSON
for i in $(seq 1 30); do echo "Other customer: customer$i@example.com, card 4111 1111 1111 1111"; done > "$tmp/replies.txt"
$CLI check-output --lines --policy "$tmp/policy.json" --feature support_chat "$tmp/replies.txt" > /dev/null
printf 'Please refund to DE89 3704 0044 0532 0130 00, mail me at anna.schmidt@example.org\n' |
  $CLI redact --lines --policy "$tmp/policy.json" --feature support_chat > /dev/null
$CLI kill-switch on --feature support_chat --reason "leak in support chat" --by on-call --policy "$tmp/policy.json" > /dev/null
[ -f "$st/inference.jsonl.1" ]; check "the log rotated" 0 $?
grep -q "customer7@example.com" "$st"/inference.jsonl*; check "no raw value in the log" 1 $?

$CLI incident report --log "$st/inference.jsonl" --region eu-central --format json > "$tmp/report.json"
check "report: distinct affected values per type" "{'CREDIT_CARD': 1, 'EMAIL': 30}" "$(jq_ "$tmp/report.json" 'd["affected_distinct"]')"
check "report: per feature" "{'support_chat': {'CREDIT_CARD': 1, 'EMAIL': 30}}" "$(jq_ "$tmp/report.json" 'd["affected_distinct_by_feature"]')"
check "report: the region's 32 records (all parts)" "32" "$(jq_ "$tmp/report.json" 'd["records"]')"
$CLI incident report --log "$st/inference.jsonl" --region us-east --format json > "$tmp/us.json"
check "report: another region selects nothing" "0" "$(jq_ "$tmp/us.json" 'd["records"]')"
$CLI incident report --log "$st/inference.jsonl" | grep -q -- "- EMAIL: 30 distinct"; check "report (md): distinct values" 0 $?

# ---- lookup ------------------------------------------------------------------------------------------------
out=$($CLI incident lookup --value Customer7@Example.com --type EMAIL --log "$st/inference.jsonl" --policy "$tmp/policy.json"); code=$?
check "lookup: found, exit 0" 0 "$code"
grep -q "^FOUND: this EMAIL appears in 1 record" <<<"$out"; check "lookup: one record" 0 $?
$CLI incident lookup --value someone.else@example.com --type EMAIL --log "$st/inference.jsonl" --policy "$tmp/policy.json" > /dev/null
check "lookup: not found, exit 1" 1 $?
$CLI incident lookup --value anna.schmidt@example.org --type EMAIL --log "$st/inference.jsonl" --policy "$tmp/policy.json" > /dev/null
check "lookup: the customer's own prompt value is found too" 0 $?
$CLI incident lookup --value customer7@example.com --type EMAIL --log "$st/inference.jsonl" > /dev/null 2>"$tmp/err"
check "lookup without the log's key: refused (not 'not found')" "1" "$(grep -c 'needs the policy' "$tmp/err")"

# ---- transparency --------------------------------------------------------------------------------------------
$CLI incident transparency --log "$st/inference.jsonl" --format json > "$tmp/t.json"
check "transparency: calls by feature and verdict" "{'redact': 31}" "$(jq_ "$tmp/t.json" 'd["calls"]["support_chat"]')"
check "transparency: findings by direction" "{'CREDIT_CARD': 30, 'EMAIL': 30}" "$(jq_ "$tmp/t.json" 'd["findings"]["reply"]')"
check "transparency: the policy in force, summarized" "eu-central" "$(jq_ "$tmp/t.json" 'list(d["policies"].values())[0]["summary"]["region"]')"
check "transparency: kill-switch events" "kill_switch_on" "$(jq_ "$tmp/t.json" 'd["kill_switch"][0]["kind"]')"
$CLI incident transparency --log "$st/inference.jsonl" --since 2000-01-01T00:00:00Z > "$tmp/t.md"
grep -q "^## Policies in force" "$tmp/t.md" && grep -q "support_chat: redact 31" "$tmp/t.md"; check "transparency (md)" 0 $?
$CLI incident transparency --log "$tmp/missing.jsonl" > /dev/null 2>&1; check "transparency: a missing log fails" 1 $?

# ---- evidence ------------------------------------------------------------------------------------------------
printf 'the DPO keeps this key offline\n' > "$tmp/key"
$CLI incident evidence --log "$st/inference.jsonl" --policy "$tmp/policy.json" --key-file "$tmp/key" --out "$tmp/bundle.tar" > /dev/null
check "evidence: bundle written" 0 $?
tar -tf "$tmp/bundle.tar" > "$tmp/members"
grep -q "^logs/inference.jsonl.1$" "$tmp/members" && grep -q "^manifest.hmac$" "$tmp/members" && grep -q "^reports/incident-report.md$" "$tmp/members"
check "evidence: plain tar with every rotated part, reports and the manifest" 0 $?
grep -q "DPO keeps" "$tmp/bundle.tar"; check "evidence: the key is not in the bundle" 1 $?
out=$($CLI incident evidence verify --key-file "$tmp/key" "$tmp/bundle.tar"); code=$?
check "evidence verify: OK" 0 "$code"
# One changed byte in a member's data: verification names that member.
python3 - "$tmp/bundle.tar" "$tmp/changed.tar" "policy/policy.json" <<'PY'
import sys, tarfile
src, dst, name = sys.argv[1:]
data = bytearray(open(src, "rb").read())
with tarfile.open(src) as t:
    m = t.getmember(name)
    data[m.offset_data + 2] ^= 1
open(dst, "wb").write(data)
PY
out=$($CLI incident evidence verify --key-file "$tmp/key" "$tmp/changed.tar"); code=$?
check "evidence verify: one changed byte fails" 1 "$code"
check "evidence verify: names the member" "BROKEN: policy/policy.json: SHA-256 does not match the manifest (the member was changed)" "$out"
python3 -c 'import sys; b=bytearray(open(sys.argv[1],"rb").read()); b[-1]=1; open(sys.argv[2],"wb").write(b)' "$tmp/bundle.tar" "$tmp/tail.tar"
$CLI incident evidence verify --key-file "$tmp/key" "$tmp/tail.tar" > /dev/null; check "evidence verify: a changed end block fails" 1 $?
printf 'another key of enough bytes\n' > "$tmp/key2"
out=$($CLI incident evidence verify --key-file "$tmp/key2" "$tmp/bundle.tar"); code=$?
check "evidence verify: wrong key fails on the manifest" "1 manifest.json" "$code $(cut -d: -f2 <<<"$out" | tr -d ' ')"
printf 'short\n' > "$tmp/short"
$CLI incident evidence --log "$st/inference.jsonl" --key-file "$tmp/short" --out "$tmp/b2.tar" > /dev/null 2>&1
check "evidence: a key under 16 bytes is refused, nothing written" "1 no" "$? $([ -e "$tmp/b2.tar" ] && echo yes || echo no)"
$CLI incident evidence --log "$tmp/missing.jsonl" --key-file "$tmp/key" --out "$tmp/b3.tar" > /dev/null 2>&1
check "evidence: a missing log is refused, nothing written" "1 no" "$? $([ -e "$tmp/b3.tar" ] && echo yes || echo no)"

echo "incident_test: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
