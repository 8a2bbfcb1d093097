#!/usr/bin/env bash
# Runs a command with a throw-away redis-server (free port on 127.0.0.1, temp dir, no persistence) and
# SOVEREIGN_BENCH_REDIS_URL pointing at it; stops the server afterwards. For the kill-switch bench.
#   with_redis.sh COMMAND [ARGS…]
set -uo pipefail
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" >"$dir/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do redis-cli -p "$port" PING 2>/dev/null | grep -q PONG && break; sleep 0.05; done
SOVEREIGN_BENCH_REDIS_URL="redis://127.0.0.1:$port/0" "$@"
