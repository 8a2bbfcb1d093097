#!/usr/bin/env bash
# The gateway's end-to-end tests with the official `openai` Python client (issue 14): a recording
# stand-in upstream in the pytest process, the gateway binary in front of it (conftest.py).
# The venv (gateway/Tests/python/.venv, pinned openai and pytest) is created on first use.
# Quiet on success; on failure pytest's report (with what the upstream received) and a non-zero exit.
#   run.sh GATEWAY_BINARY [PYTEST_ARGS...]
set -euo pipefail
if [ $# -lt 1 ]; then echo "usage: $0 GATEWAY_BINARY [PYTEST_ARGS...]" >&2; exit 2; fi
[ -x "$1" ] && [ -f "$1" ] || { echo "run.sh: not an executable: $1" >&2; exit 2; }
gw="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
reqs="openai==3.60.0 pytest==9.2.0"
stamp="$venv/.installed"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$reqs" ]; then
  python3 -m venv "$venv"
  # shellcheck disable=SC2086
  "$venv/bin/pip" install -q --disable-pip-version-check $reqs
  echo "$reqs" > "$stamp"
fi
cd "$here"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
SOVEREIGN_GATEWAY_BINARY="$gw" PYTHONDONTWRITEBYTECODE=1 "$venv/bin/python" -m pytest -q -p no:cacheprovider \
  "$here/test_openai_client.py" "$@" > "$log" 2>&1
rc=$?
set -e
if [ $rc -ne 0 ]; then cat "$log"; echo "gateway openai-client tests: FAILED (pytest exit $rc)" >&2; fi
exit $rc
