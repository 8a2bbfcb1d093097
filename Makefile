# SovereignFilter — the two commands of the README work on a fresh Debian 12 machine with Swift:
#   make demo   installs what is missing, builds, redacts a sample prompt
#   make test   installs what is missing, builds, runs every test suite
SHELL := /bin/bash
APT_PACKAGES := libpcre2-dev libicu-dev zlib1g-dev libhiredis-dev redis-server pkg-config php8.2-cli phpunit valgrind curl \
	php8.2-curl php-guzzlehttp-guzzle php-guzzlehttp-psr7 php-psr-http-client php-nyholm-psr7 php-symfony-http-client
SHARED ?= ../shared
# One release build serves the shared object, the CLI and the bench harness (same flags, one scratch
# path): the Swift runtime is linked statically and the version script keeps only sf_* exported.
RELEASE_FLAGS := -c release --scratch-path .build-release -Xswiftc -static-stdlib \
	-Xlinker --version-script=$(CURDIR)/include/sovereign_filter.map
CLI := .build-release/release/sovereign-filter
# The gateway is its own package (gateway/): SwiftNIO and Hummingbird stay out of the library's build.
GATEWAY := gateway/.build/release/sovereign-gateway

.PHONY: python-venv java test-python test-spark all deps build cli lib bench-bin bench bench-smoke fuzz fuzz-build sanitize demo test test-swift test-cli test-corpus test-c test-php test-gate gateway gateway-demo test-gateway test-redis clean

all: build

# Installs the Debian packages the build and the tests need, only when one is missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	swift build

cli: deps
	swift build $(RELEASE_FLAGS) --product sovereign-filter

# The shared object for C and PHP: static Swift runtime, stripped, only sf_* exported.
lib: deps
	swift build $(RELEASE_FLAGS) --product sovereign_filter
	mkdir -p dist/lib dist/include
	cp .build-release/release/libsovereign_filter.so dist/lib/
	strip --strip-unneeded dist/lib/libsovereign_filter.so
	cp include/sovereign_filter.h dist/include/

demo: cli
	@echo "── before ─────────────────────────────────────────────"
	@cat examples/prompt.txt
	@echo "── after (sovereign-filter redact) ────────────────────"
	@$(CLI) redact examples/prompt.txt
	@echo "── findings (sovereign-filter scan) ───────────────────"
	@$(CLI) scan examples/prompt.txt

test: deps test-swift test-cli test-corpus test-c test-php test-python test-spark test-gate test-gateway test-redis bench-smoke
	@echo "make test: all suites passed"

test-swift:
	swift test

test-cli: cli python-venv
	Tests/cli/cli_test.sh $(CLI)
	Tests/cli/fail_closed.sh $(CLI)
	# The incident playbook (drill on the file backend, evidence, lookup, transparency): about 30 s.
	Tests/cli/incident_test.sh $(CLI)
	python3 Tests/guards/check_prompt_rules.py $(CLI) $(SHARED)
	python3 Tests/cli/audit_test.py $(CLI) $(SHARED)
	python3 Sources/SovereignFilter/Guards/Data/build_rule_literals.py --check --shared $(SHARED)
	# The learned scorer's table (trains again, deterministically, with numpy: twelve trainings, about four
	# minutes), in the pinned venv: numpy is not in Debian's or every python3's packages.
	$(PY_VENV)/bin/python Sources/SovereignFilter/Guards/Data/train_scorer.py --check --shared $(SHARED)

test-corpus: cli
	python3 Tests/corpus/check_corpus.py --cli $(CLI) --shared $(SHARED)
	# Peers' public test suites as known answers (Presidio, gitleaks, python-stdnum): a floor under
	# today's pass rate, so a regression fails (Tests/peers/README.md).
	python3 Tests/peers/run.py --cli $(CLI) --min-pass 0.97

test-c: lib
	cc -std=c11 -Wall -Wextra -Werror -I dist/include Tests/c/consumer.c -L dist/lib -lsovereign_filter -lpthread -o dist/c-consumer
	LD_LIBRARY_PATH=dist/lib dist/c-consumer
	cc -std=c11 -Wall -Wextra -Werror -I dist/include Tests/c/fail_closed.c -L dist/lib -lsovereign_filter -lpthread -o dist/c-fail-closed
	LD_LIBRARY_PATH=dist/lib dist/c-fail-closed
	cc -std=c11 -Wall -Wextra -Werror -I dist/include Tests/c/exchange.c -L dist/lib -lsovereign_filter -o dist/c-exchange
	LD_LIBRARY_PATH=dist/lib dist/c-exchange
	Tests/c/check_exports.sh dist/lib/libsovereign_filter.so

test-php: lib
	phpunit -c bindings/php/phpunit.xml.dist
	phpunit -c bindings/magento/phpunit.xml.dist

# The Python binding (bindings/python): one venv for its tests, the openai client through the httpx
# transport, the Spark example and the prompt scorer's trainer (numpy), pinned from PyPI, created on first use (.venv-python, not committed).
# The binding itself is installed into it as a client would (pip install ./bindings/python).
PY_VENV := .venv-python
PY_REQS := pytest==9.2.0 openai==3.60.0 httpx==0.28.1 pyspark==4.3.0 pandas==2.3.3 pyarrow==26.0.1 numpy==2.4.6
PY_ENV := SOVEREIGN_FILTER_LIB=$(CURDIR)/dist/lib/libsovereign_filter.so SOVEREIGN_FILTER_CLI=$(CURDIR)/$(CLI) \
	SOVEREIGN_FILTER_SHARED=$(abspath $(SHARED)) PYTHONDONTWRITEBYTECODE=1
python-venv:
	@if [ ! -x $(PY_VENV)/bin/python ] || [ "$$(cat $(PY_VENV)/.installed 2>/dev/null)" != "$(PY_REQS)" ]; then \
	  echo "creating $(PY_VENV): $(PY_REQS)"; rm -rf $(PY_VENV); python3 -m venv $(PY_VENV) && \
	  $(PY_VENV)/bin/pip install -q --disable-pip-version-check $(PY_REQS) && echo "$(PY_REQS)" > $(PY_VENV)/.installed; fi
	$(PY_VENV)/bin/pip install -q --disable-pip-version-check --no-deps --force-reinstall ./bindings/python

# Spark runs on a JVM: Debian's Java 17 when no java is on the PATH.
java: deps
	@command -v java >/dev/null || { SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq openjdk-17-jre-headless >/dev/null; }

test-python: lib cli python-venv
	cd bindings/python && $(PY_ENV) $(CURDIR)/$(PY_VENV)/bin/python -m pytest -q -p no:cacheprovider tests

# Spark on local[2] over a few thousand records, counts checked against the CLI's audit (a few minutes at most).
test-spark: lib cli python-venv java
	cd bindings/python && $(PY_ENV) $(CURDIR)/$(PY_VENV)/bin/python -m pytest -q -p no:cacheprovider tests_spark

gateway: deps
	cd gateway && swift build -c release --product sovereign-gateway

# A stand-in model, the gateway in front of it, one request with customer data end to end.
gateway-demo: gateway
	bash gateway/demo/demo.sh $(GATEWAY)

# The gateway's integration tests, its command, the official openai client against it (pytest, venv),
# then pii-leak-benchmark (PyPI) against the gateway built for them.
test-gateway: cli
	cd gateway && swift build --build-tests
	cd gateway && swift test --skip-build
	bash gateway/Tests/cli_test.sh gateway/.build/debug/sovereign-gateway $(CLI)
	bash gateway/Tests/python/run.sh gateway/.build/debug/sovereign-gateway
	bash gateway/Tests/pii_leak_benchmark.sh gateway/.build/debug/sovereign-gateway

# Fleet state on Redis (issue 21): Tests/redis/run.sh starts its own redis-server (free port, temp dir,
# no persistence; redis-server comes with `deps`) and stops it; two gateway replicas, C callers, 20 PHP
# FFI workers and the CLI share it; two regional gateways; the incident drill on Redis (about 20 s).
test-redis: cli lib
	cd gateway && swift build --product sovereign-gateway
	bash Tests/redis/run.sh $(CLI) dist/lib gateway/.build/debug/sovereign-gateway

bench-bin: deps
	swift build $(RELEASE_FLAGS) --product sovereign-bench

# The full benchmark: in-process harness, PHP FFI latency, Presidio on the same texts; table + JSON.
bench: lib bench-bin cli
	mkdir -p benchmarks/results
	.build-release/release/sovereign-bench --corpus $(SHARED)/corpus/dev.jsonl --mixed-mb 100 \
		--out benchmarks/results/swift.json --sample benchmarks/results/sample.jsonl
	php benchmarks/php_latency.php --lib dist/lib/libsovereign_filter.so --corpus $(SHARED)/corpus/dev.jsonl --out benchmarks/results/php.json
	python3 benchmarks/audit_bench.py --cli $(CLI) --corpus $(SHARED)/corpus/dev.jsonl --repeat 20 --out benchmarks/results/audit.json
	python3 benchmarks/grep_bench.py --cli $(CLI) --corpus $(SHARED)/corpus/dev.jsonl --mb 50 --out benchmarks/results/grep.json
	bash benchmarks/with_redis.sh .build-release/release/sovereign-bench --kill-switch --out benchmarks/results/killswitch.json
	bash benchmarks/setup_presidio.sh
	benchmarks/.venv/bin/python benchmarks/presidio_bench.py --sample benchmarks/results/sample.jsonl --out benchmarks/results/presidio.json
	python3 benchmarks/report.py benchmarks/results

# CI's smoke run: tiny input, prints the table, asserts nothing about time.
bench-smoke: lib bench-bin cli
	mkdir -p dist/bench
	.build-release/release/sovereign-bench --corpus $(SHARED)/corpus/dev.jsonl --mixed-mb 2 --runs 1 --out dist/bench/swift.json
	php benchmarks/php_latency.php --lib dist/lib/libsovereign_filter.so --corpus $(SHARED)/corpus/dev.jsonl --out dist/bench/php.json --calls 2000
	python3 benchmarks/audit_bench.py --cli $(CLI) --corpus $(SHARED)/corpus/dev.jsonl --repeat 2 --runs 1 --out dist/bench/audit.json
	python3 benchmarks/grep_bench.py --cli $(CLI) --corpus $(SHARED)/corpus/dev.jsonl --mb 2 --runs 1 --out dist/bench/grep.json
	bash benchmarks/with_redis.sh .build-release/release/sovereign-bench --kill-switch --out dist/bench/killswitch.json
	python3 benchmarks/report.py dist/bench

# Machine-independent performance gate: instructions per KB and allocations per scan (benchmarks/thresholds.json).
test-gate: bench-bin
	bash benchmarks/gate.sh .build-release/release/sovereign-bench

# libFuzzer targets (Tests/fuzz): scan/redact/restore, policy parsing, streaming, the C ABI. Each runs
# FUZZ_SECONDS; crashers land in Tests/fuzz/fail-cases/<target>/ (commit them: `make test` replays them).
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= scan policy stream capi
# The llbuild plan is dropped first: SwiftPM does not notice files added to a path dependency (the
# library, seen by Tests/fuzz through ../..) and would link a library without them. SwiftPM passes
# `-sanitize=fuzzer -sanitize=address` as two flags and swiftc keeps only the last, so Swift code would
# get no coverage counters: the coverage flags are given explicitly.
FUZZ_COVERAGE := -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
fuzz-build: deps
	rm -f Tests/fuzz/.build/debug.yaml
	# Our own targets always recompile (the driver's incremental state ignores changed sanitizer flags).
	find Tests/fuzz/.build -maxdepth 3 -type d \( -name 'SovereignFilter*.build' -o -name 'fuzz_*.build' \) -prune -exec rm -rf {} + 2>/dev/null || true
	cd Tests/fuzz && for t in $(FUZZ_TARGETS); do \
	  swift build --product fuzz-$$t --sanitize=fuzzer --sanitize=address $(FUZZ_COVERAGE) -Xswiftc -parse-as-library || exit 1; done

fuzz: fuzz-build
	@set -o pipefail; export SWIFT_BACKTRACE=enable=no; for t in $(FUZZ_TARGETS); do \
	  mkdir -p dist/fuzz/$$t Tests/fuzz/fail-cases/$$t; dict=""; [ -f Tests/fuzz/$$t.dict ] && dict="-dict=Tests/fuzz/$$t.dict"; \
	  echo "== fuzz-$$t for $(FUZZ_SECONDS) s"; \
	  Tests/fuzz/.build/debug/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 $$dict \
	    -artifact_prefix=Tests/fuzz/fail-cases/$$t/ dist/fuzz/$$t Tests/fuzz/corpus/$$t 2>&1 | \
	    grep -aE "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss|==[0-9]+==ERROR|SUMMARY)|Fatal error" | tail -4; \
	  [ $${PIPESTATUS[0]} -eq 0 ] || exit 1; \
	done

# The Swift suites under AddressSanitizer (LeakSanitizer with the test framework suppressed) and ThreadSanitizer.
sanitize: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan.supp swift test --sanitize=address --scratch-path .build-asan
	swift test --sanitize=thread --scratch-path .build-tsan

clean:
	rm -rf .build .build-release dist gateway/.build
