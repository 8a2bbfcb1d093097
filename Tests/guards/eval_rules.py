#!/usr/bin/env python3
"""Evaluates the prompt-injection rule table (Sources/SovereignFilter/Guards/Data/InjectionRules.swift)
outside Swift, the way PromptGuard scores a prompt:

  * normalization: NFKC, removal of format characters (Unicode Cf: zero-width space/joiners, soft
    hyphen, BOM), Cyrillic/Greek look-alikes folded to Latin (the table is read from
    Sources/SovereignFilter/Text/Confusables.swift when present, else a built-in copy);
  * matching: the real PCRE2 (libpcre2-8 through ctypes) with PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP,
    unanchored, the engine's default match/depth/heap limits and parenthesis nesting limit; falls back
    to the third-party `regex` module (IGNORECASE | UNICODE) when libpcre2-8 cannot be loaded;
  * scoring: risk = 1 - prod(1 - weight) over the distinct rules that fired, plus the engine's built-in
    encoded-payload detector (PromptGuard.encodedPayload: weight 0.6, only if a rule with the same id
    did not already fire). Block at risk >= threshold (default 0.7).

Reports detection on attacks.jsonl (overall, per language, kind and obfuscation variant), false
positives on benign.jsonl and on the dev corpus (field "text"), per-rule firing counts, a lint of the
table (ids, weights, pattern size, Swift raw-string hazards) and a backtracking stress test.

Usage: python3 Tests/guards/eval_rules.py [--threshold 0.7] [--show-misses] [--show-fp] [--check]
"""
import argparse
import collections
import ctypes
import ctypes.util
import json
import os
import re
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "Sources/SovereignFilter/Guards/Data/InjectionRules.swift"
CONFUSABLES = ROOT / "Sources/SovereignFilter/Text/Confusables.swift"
HERE = Path(__file__).resolve().parent
DEV_DEFAULT = ROOT.parent / "shared/corpus/dev.jsonl"

MAX_PATTERN_BYTES = 600
DETECTOR_WEIGHT = 0.6

# ----------------------------------------------------------------------------- rule table


def parse_rules(path):
    """(id, weight, pattern) tuples from the Swift table: `(id: "x", weight: 0.8, pattern: #"..."#)`."""
    src = path.read_text(encoding="utf-8")
    entry = re.compile(r'\(\s*id:\s*"([^"]+)"\s*,\s*weight:\s*([0-9.]+)\s*,\s*pattern:\s*(#+)"(.*?)"\3\s*\)', re.S)
    rules = [(m.group(1), float(m.group(2)), m.group(4)) for m in entry.finditer(src)]
    declared = len(re.findall(r"\(\s*id:\s*\"", src))
    if declared != len(rules):
        sys.exit(f"parse error: {declared} entries declared, {len(rules)} parsed (pattern not a #\"...\"# literal?)")
    return rules


def lint(rules):
    problems = []
    seen = set()
    for rid, w, pat in rules:
        if rid in seen:
            problems.append(f"{rid}: duplicate id")
        seen.add(rid)
        if not re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)+", rid):
            problems.append(f"{rid}: id is not dotted lower case")
        if not (0 < w <= 1):
            problems.append(f"{rid}: weight {w} outside (0, 1]")
        n = len(pat.encode("utf-8"))
        if n >= MAX_PATTERN_BYTES:
            problems.append(f"{rid}: pattern is {n} bytes (limit {MAX_PATTERN_BYTES})")
        if "\\#" in pat:
            problems.append(f"{rid}: contains \\# (a Swift escape inside #\"...\"#)")
        if '"#' in pat:
            problems.append(f"{rid}: contains \"# (ends the raw string)")
        if re.search(r"(?<!\\)\.[*+]", pat):
            problems.append(f"{rid}: unbounded .* / .+")
        if unicodedata.normalize("NFC", pat) != pat:
            problems.append(f"{rid}: pattern is not NFC (text is NFKC-normalized before matching)")
    return problems

# ----------------------------------------------------------------------------- normalization


BUILTIN_FOLD = {
    0x0430: "a", 0x0435: "e", 0x0450: "e", 0x0451: "e", 0x043E: "o", 0x0440: "p", 0x0441: "c", 0x0443: "y",
    0x0445: "x", 0x0455: "s", 0x0456: "i", 0x0457: "i", 0x0458: "j", 0x0501: "d", 0x04BB: "h",
    0x0410: "A", 0x0412: "B", 0x0415: "E", 0x041A: "K", 0x041C: "M", 0x041D: "H", 0x041E: "O", 0x0420: "P",
    0x0421: "C", 0x0422: "T", 0x0423: "Y", 0x0425: "X", 0x0405: "S", 0x0406: "I", 0x0408: "J",
    0x03B1: "a", 0x03BF: "o", 0x03C3: "o", 0x03BD: "v", 0x03C1: "p", 0x03B9: "i", 0x03BA: "k", 0x03C5: "u",
    0x0391: "A", 0x0392: "B", 0x0395: "E", 0x0396: "Z", 0x0397: "H", 0x0399: "I", 0x039A: "K", 0x039C: "M",
    0x039D: "N", 0x039F: "O", 0x03A1: "P", 0x03A4: "T", 0x03A5: "Y", 0x03A7: "X",
}


def load_fold():
    if not CONFUSABLES.exists():
        return dict(BUILTIN_FOLD), "built-in"
    fold = {}
    for m in re.finditer(r"case\s+([0-9xA-Fa-f,\s]+):\s*return\s+(0x[0-9A-Fa-f]+|nil)", CONFUSABLES.read_text()):
        if m.group(2) == "nil":
            continue
        for cp in m.group(1).split(","):
            fold[int(cp.strip(), 16)] = chr(int(m.group(2), 16))
    return (fold, "Confusables.swift") if fold else (dict(BUILTIN_FOLD), "built-in")


FOLD, FOLD_SOURCE = load_fold()


def normalize(s):
    if s.isascii():
        return s
    s = unicodedata.normalize("NFKC", s)
    out = []
    for ch in s:
        f = FOLD.get(ord(ch))
        if f is not None:
            out.append(f)
        elif unicodedata.category(ch) == "Cf":
            continue
        else:
            out.append(ch)
    return "".join(out)

# ----------------------------------------------------------------------------- the engine's encoded-payload detector


def encoded_payload(t: bytes):
    """Port of PromptGuard.encodedPayload (Swift): first long base64/hex run, or None."""
    n, i = len(t), 0
    while i < n:
        c = t[i]
        if (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122) or c in (43, 47):
            start = i
            upper = lower = digits = 0
            ishex = True
            while i < n:
                d = t[i]
                if 65 <= d <= 90:
                    upper += 1
                elif 97 <= d <= 122:
                    lower += 1
                elif 48 <= d <= 57:
                    digits += 1
                elif d not in (43, 47, 61):
                    break
                if not ((48 <= d <= 57) or (65 <= d <= 70) or (97 <= d <= 102)):
                    ishex = False
                i += 1
            length = i - start
            if ishex and length >= 64:
                return "encoding.hex_blob"
            if length >= 80 and upper >= 8 and lower >= 8 and digits >= 2:
                if not (t[start] == 0x65 and start + 1 < n and t[start + 1] == 0x79):
                    return "encoding.base64_blob"
        else:
            i += 1
    return None

# ----------------------------------------------------------------------------- matchers


class PCRE2Error(Exception):
    pass


class PCRE2:
    CASELESS, UCP, UTF, NO_UTF_CHECK = 0x00000008, 0x00020000, 0x00080000, 0x40000000
    NO_JIT = 0x00002000
    JIT_COMPLETE = 1
    ERRORS = {-47: "match limit", -53: "depth limit", -63: "heap limit", -46: "JIT stack limit", -48: "no memory"}

    def __init__(self, match_limit=1_000_000, depth_limit=10_000, heap_kib=16 * 1024, nest=32, jit=True):
        self.match_options = 0 if jit else self.NO_JIT
        name = ctypes.util.find_library("pcre2-8") or "libpcre2-8.so.0"
        L = self.L = ctypes.CDLL(name)
        vp, sz, u32 = ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint32
        L.pcre2_compile_context_create_8.restype = vp
        L.pcre2_compile_context_create_8.argtypes = [vp]
        L.pcre2_set_parens_nest_limit_8.argtypes = [vp, u32]
        L.pcre2_compile_8.restype = vp
        L.pcre2_compile_8.argtypes = [ctypes.c_char_p, sz, u32, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(sz), vp]
        L.pcre2_jit_compile_8.argtypes = [vp, u32]
        L.pcre2_match_data_create_8.restype = vp
        L.pcre2_match_data_create_8.argtypes = [u32, vp]
        L.pcre2_match_context_create_8.restype = vp
        L.pcre2_match_context_create_8.argtypes = [vp]
        for f in ("pcre2_set_match_limit_8", "pcre2_set_depth_limit_8", "pcre2_set_heap_limit_8"):
            getattr(L, f).argtypes = [vp, u32]
        L.pcre2_match_8.restype = ctypes.c_int
        L.pcre2_match_8.argtypes = [vp, ctypes.c_char_p, sz, sz, u32, vp, vp]
        L.pcre2_get_error_message_8.argtypes = [ctypes.c_int, ctypes.c_char_p, sz]
        L.pcre2_get_ovector_pointer_8.restype = ctypes.POINTER(sz)
        L.pcre2_get_ovector_pointer_8.argtypes = [vp]
        self.cctx = L.pcre2_compile_context_create_8(None)
        L.pcre2_set_parens_nest_limit_8(self.cctx, nest)
        self.md = L.pcre2_match_data_create_8(8, None)
        self.mctx = L.pcre2_match_context_create_8(None)
        L.pcre2_set_match_limit_8(self.mctx, match_limit)
        L.pcre2_set_depth_limit_8(self.mctx, depth_limit)
        L.pcre2_set_heap_limit_8(self.mctx, heap_kib)
        self.name = f"PCRE2 ({name}, {'JIT where available' if jit else 'interpreter only (--no-jit)'})"

    def message(self, code):
        buf = ctypes.create_string_buffer(256)
        self.L.pcre2_get_error_message_8(code, buf, 256)
        return buf.value.decode()

    def compile(self, pattern):
        b = pattern.encode("utf-8")
        err, off = ctypes.c_int(0), ctypes.c_size_t(0)
        code = self.L.pcre2_compile_8(b, len(b), self.UTF | self.UCP | self.CASELESS, ctypes.byref(err), ctypes.byref(off), self.cctx)
        if not code:
            raise PCRE2Error(f"{self.message(err.value)} at offset {off.value}")
        self.L.pcre2_jit_compile_8(code, self.JIT_COMPLETE)
        return code

    def search(self, code, subject: bytes):
        rc = self.L.pcre2_match_8(code, subject, len(subject), 0, self.match_options, self.md, self.mctx)
        if rc == -1:
            return None
        if rc < 0:
            raise PCRE2Error(self.ERRORS.get(rc, self.message(rc)))
        ov = self.L.pcre2_get_ovector_pointer_8(self.md)
        return (ov[0], ov[1])


class RegexModule:
    def __init__(self):
        import regex  # noqa: F401
        self.regex = regex
        self.name = f"python regex {regex.__version__} (fallback: not PCRE2)"

    def compile(self, pattern):
        try:
            return self.regex.compile(pattern, self.regex.IGNORECASE | self.regex.UNICODE | self.regex.V0)
        except self.regex.error as e:
            raise PCRE2Error(str(e))

    def search(self, code, subject: bytes):
        s = subject.decode("utf-8")
        m = code.search(s, timeout=2.0)
        return m.span() if m else None

# ----------------------------------------------------------------------------- scoring


class Scorer:
    def __init__(self, rules, engine, detector=True):
        self.engine = engine
        self.detector = detector
        self.compiled = []
        self.errors = []
        for rid, w, pat in rules:
            try:
                self.compiled.append((rid, w, engine.compile(pat)))
            except PCRE2Error as e:
                self.errors.append(f"{rid}: does not compile: {e}")
        self.limit_hits = collections.Counter()

    def score(self, text):
        subject = normalize(text).encode("utf-8")
        fired, keep = [], 1.0
        for rid, w, code in self.compiled:
            if rid in fired:
                continue
            try:
                hit = self.engine.search(code, subject)
            except PCRE2Error as e:
                self.limit_hits[(rid, str(e))] += 1
                hit = None
            if hit is not None:
                fired.append(rid)
                keep *= 1 - min(1.0, max(0.0, w))
        if self.detector:
            kind = encoded_payload(subject)
            if kind and kind not in fired:
                fired.append(kind)
                keep *= 1 - DETECTOR_WEIGHT
        return 1 - keep, fired

# ----------------------------------------------------------------------------- reporting


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def pct(a, b):
    return f"{100.0 * a / b:6.2f}% ({a}/{b})" if b else "   n/a"


def stress(scorer, rules, budget_ms=50.0):
    """Each pattern against inputs built to provoke backtracking; reports limit hits and slow matches."""
    words = set()
    for _, _, pat in rules:
        words.update(w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]{3,}", pat))
    vocab = " ".join(sorted(words))
    subjects = {
        "vocab x20": (vocab + " ") * 20,
        "words a-a": "a " * 20000,
        "ignore all previous": "ignore all the previous your " * 1500,
        "base64 run": "QUJD" * 10000,
        "hex run": "6869" * 10000,
        "punct": (". , ; -- ! " * 4000),
        "newline headers": "\n### system " * 3000,
        "url": "https://a.example/" + "a" * 20000 + "?x=",
        "markdown": "![" + "a" * 5000 + "](" + "http://x/" * 2000,
    }
    slow, hits = [], []
    for rid, w, code in scorer.compiled:
        for name, s in subjects.items():
            b = s.encode("utf-8")
            t0 = time.perf_counter()
            try:
                scorer.engine.search(code, b)
            except PCRE2Error as e:
                hits.append(f"{rid} on '{name}': {e}")
                continue
            ms = (time.perf_counter() - t0) * 1000
            if ms > budget_ms:
                slow.append(f"{rid} on '{name}' ({len(b)} B): {ms:.1f} ms")
    return slow, hits


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rules", type=Path, default=RULES)
    ap.add_argument("--attacks", type=Path, default=HERE / "attacks.jsonl")
    ap.add_argument("--benign", type=Path, default=HERE / "benign.jsonl")
    ap.add_argument("--dev", type=Path, default=Path(os.environ.get("SF_DEV_CORPUS", DEV_DEFAULT)))
    ap.add_argument("--threshold", type=float, default=0.7)
    ap.add_argument("--engine", choices=["auto", "pcre2", "regex"], default="auto")
    ap.add_argument("--no-detector", action="store_true", help="leave out the engine's built-in base64/hex detector")
    ap.add_argument("--no-jit", action="store_true", help="match with the PCRE2 interpreter (the engine's fallback when JIT is unavailable)")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--show-fp", action="store_true")
    ap.add_argument("--show-weak", action="store_true", help="list dev/benign texts where any rule fired")
    ap.add_argument("--per-rule", action="store_true", help="per-rule firing counts")
    ap.add_argument("--no-stress", action="store_true")
    ap.add_argument("--check", action="store_true", help="exit 1 unless attacks >= 95%%, benign FP <= 3%%, dev FP < 1%%")
    args = ap.parse_args()

    rules = parse_rules(args.rules)
    engine = None
    if args.engine in ("auto", "pcre2"):
        try:
            engine = PCRE2(jit=not args.no_jit)
        except OSError as e:
            if args.engine == "pcre2":
                sys.exit(f"libpcre2-8 not found: {e}")
    if engine is None:
        engine = RegexModule()
    scorer = Scorer(rules, engine, detector=not args.no_detector)
    print(f"rules: {len(rules)} from {args.rules.relative_to(ROOT) if args.rules.is_relative_to(ROOT) else args.rules}")
    print(f"matcher: {engine.name}; look-alike fold: {FOLD_SOURCE} ({len(FOLD)} code points); "
          f"detector: {'on' if scorer.detector else 'off'}; threshold {args.threshold}")
    problems = lint(rules) + scorer.errors
    for p in problems:
        print("  LINT", p)

    fires = {"attacks": collections.Counter(), "benign": collections.Counter(), "dev": collections.Counter()}
    ok = True

    # attacks
    attacks = load_jsonl(args.attacks)
    by = {k: collections.defaultdict(lambda: [0, 0]) for k in ("lang", "kind", "variant")}
    caught, misses = 0, []
    for row in attacks:
        risk, fired = scorer.score(row["text"])
        fires["attacks"].update(fired)
        hit = risk >= args.threshold
        caught += hit
        for k in by:
            v = row.get(k) or ("plain" if k == "variant" else "?")
            by[k][v][0] += hit
            by[k][v][1] += 1
        if not hit:
            misses.append((risk, fired, row))
    det = caught / len(attacks)
    print(f"\nATTACKS  detection {pct(caught, len(attacks))}   [target >= 95%]")
    for k in ("lang", "kind", "variant"):
        print(f"  by {k}: " + "  ".join(f"{v} {a}/{b}" for v, (a, b) in sorted(by[k].items())))
    if args.show_misses:
        for risk, fired, row in misses:
            print(f"  MISS {risk:.2f} {row['lang']} {row['kind']:<10} {fired} :: {row['text'][:160]!r}")

    # benign look-alikes
    benign = load_jsonl(args.benign)
    fp, fps, blang = 0, [], collections.defaultdict(lambda: [0, 0])
    for row in benign:
        risk, fired = scorer.score(row["text"])
        fires["benign"].update(fired)
        bad = risk >= args.threshold
        fp += bad
        blang[row["lang"]][0] += bad
        blang[row["lang"]][1] += 1
        if bad or (args.show_weak and fired):
            fps.append((risk, fired, row))
    bfp = fp / len(benign)
    print(f"\nBENIGN   false positives {pct(fp, len(benign))}   [target <= 3%]")
    print("  by lang: " + "  ".join(f"{v} {a}/{b}" for v, (a, b) in sorted(blang.items())))
    if args.show_fp or args.show_weak:
        for risk, fired, row in fps:
            print(f"  {'FP  ' if risk >= args.threshold else 'weak'} {risk:.2f} {row['lang']} {fired} :: {row['text'][:160]!r}")

    # dev corpus
    dfp = None
    if args.dev.exists():
        dev = load_jsonl(args.dev)
        n, dfp_n, dl, dev_fps = 0, 0, collections.defaultdict(lambda: [0, 0]), []
        for row in dev:
            risk, fired = scorer.score(row["text"])
            fires["dev"].update(fired)
            n += 1
            bad = risk >= args.threshold
            dfp_n += bad
            lang = row.get("lang", "?")
            dl[lang][0] += bad
            dl[lang][1] += 1
            if bad or (args.show_weak and fired):
                dev_fps.append((risk, fired, row))
        dfp = dfp_n / n
        print(f"\nDEV CORPUS ({args.dev.name})   false positives {pct(dfp_n, n)}   [target < 1%]")
        print("  by lang: " + "  ".join(f"{v} {a}/{b}" for v, (a, b) in sorted(dl.items())))
        print(f"  rule firings on dev (below threshold included): {sum(fires['dev'].values())}")
        if args.show_fp or args.show_weak:
            for risk, fired, row in dev_fps[:60]:
                print(f"  {'FP  ' if risk >= args.threshold else 'weak'} {risk:.2f} {row.get('lang')} {fired} :: {row['text'][:160]!r}")
    else:
        print(f"\nDEV CORPUS: {args.dev} not found (set SF_DEV_CORPUS or --dev)")

    if args.per_rule:
        print("\nPER RULE (fired on attacks / benign / dev)")
        for rid, w, _ in rules + [("encoding.base64_blob", DETECTOR_WEIGHT, ""), ("encoding.hex_blob", DETECTOR_WEIGHT, "")]:
            a, b, d = fires["attacks"][rid], fires["benign"][rid], fires["dev"][rid]
            flag = "  <- never fired on attacks" if a == 0 else ""
            print(f"  {rid:<42} w={w:.2f}  {a:4d} {b:4d} {d:5d}{flag}")

    if scorer.limit_hits:
        print("\nMATCH LIMIT HITS ON DATA")
        for (rid, e), c in scorer.limit_hits.items():
            print(f"  {rid}: {e} x{c}")
        ok = False

    if not args.no_stress:
        slow, hits = stress(scorer, rules)
        print(f"\nSTRESS (pathological inputs up to ~40 KB): {len(hits)} limit hits, {len(slow)} slow (> 50 ms)")
        for line in hits + slow:
            print("  ", line)
        ok = ok and not hits

    if problems:
        ok = False
    targets = det >= 0.95 and bfp <= 0.03 and (dfp is None or dfp < 0.01)
    print(f"\nSUMMARY attacks {det:.1%}  benign FP {bfp:.1%}  dev FP {'n/a' if dfp is None else f'{dfp:.2%}'}  "
          f"-> {'targets met' if targets else 'targets NOT met'}{'' if ok else ' (lint/limit problems)'}")
    if args.check and not (targets and ok):
        sys.exit(1)


if __name__ == "__main__":
    main()
