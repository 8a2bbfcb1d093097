#!/usr/bin/env bash
# The shared object exports the C ABI only, and links nothing beyond libc/libm/libstdc++/libgcc_s, PCRE2, ICU
# and hiredis (the Redis store, issue 21).
set -euo pipefail
so=$1
# Upper-case nm types are global; lower-case ones are local (hidden by the version script).
bad=$(nm -D --defined-only "$so" | awk '$2 ~ /^[A-Z]$/ {print $3}' | grep -v '^sf_' || true)
if [ -n "$bad" ]; then echo "exports beyond sf_*:"; echo "$bad" | head; exit 1; fi
deps=$(ldd "$so" | awk '{print $1}' | grep -vE '^(linux-vdso|/lib64/ld-linux|libc\.|libm\.|libstdc\+\+|libgcc_s|libpcre2-8|libicu(uc|data|i18n)|libhiredis|libdl\.|libpthread\.|librt\.|libutil\.)' || true)
if [ -n "$deps" ]; then echo "unexpected dependencies:"; echo "$deps"; exit 1; fi
echo "exports: $(nm -D --defined-only "$so" | awk '$2 ~ /^[A-Z]$/' | grep -c ' sf_') sf_* symbols, size $(du -h "$so" | cut -f1)"
echo "check_exports: 1 passed, 0 failed"
