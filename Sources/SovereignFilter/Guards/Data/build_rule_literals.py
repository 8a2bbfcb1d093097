#!/usr/bin/env python3
"""Generates RuleLiterals.swift: for each built-in prompt rule (InjectionRules.swift), the literal words
every match of its pattern must contain, so the prompt guard runs a rule only when its literals occur.

A pattern is parsed (Python's regex parser reads this PCRE subset) into a requirement: an AND of
OR-sets of literals ("ignore|disregard" AND "instruction|rule"). Literals are lower case (the rules are
caseless); a set is usable only if all its literals are at least 3 bytes and use characters the
automaton folds the way PCRE's caseless matching does (ASCII, Latin-1 letters, typographic quotes).
Of the usable sets the two rarest are kept: rarity is the share of texts containing any of the set's
literals in the benign data of the repository (Tests/guards/benign*.jsonl) and, when present, the shop
corpus (../shared/corpus/dev.jsonl). A rule with no usable set runs on every prompt.

Soundness is what matters (a gate may let a rule run needlessly, never skip a rule that would match):
optional parts, classes with many characters and look-arounds contribute no literal.

  python3 build_rule_literals.py            writes RuleLiterals.swift
  python3 build_rule_literals.py --check    exits 1 if the committed table differs from a fresh one
  --shared DIR                              the shared data folder (default ../shared of the repository)
"""
import json
import re
import re._constants as C
import re._parser as P
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
RULES = HERE / "InjectionRules.swift"
OUT = HERE / "RuleLiterals.swift"
MAXSET = 256
MINLEN = 3
KEEP = 2
# Rarity of a literal set (share of texts containing one of its literals); set by generate() so that
# alternations pick, per branch, the set least likely to occur. Length-based when no texts are loaded.
RARITY = None
# Two-letter literals too common in prompts to gate anything.
COMMON2 = frozenset({"or", "ai", "ki", "ia", "es", "tu", "il", "de", "la", "le", "in", "an", "is", "it", "to", "of", "on"})
SHARED = str(ROOT.parent / "shared")


def parse_rules(path):
    src = path.read_text(encoding="utf-8")
    entry = re.compile(r'\(\s*id:\s*"([^"]+)"\s*,\s*weight:\s*([0-9.]+)\s*,\s*pattern:\s*(#+)"(.*?)"\3\s*\)', re.S)
    return [(m.group(1), float(m.group(2)), m.group(4)) for m in entry.finditer(src)]


def exact_to_req(ex):
    if any(len(s) == 0 for s in ex):
        return []
    return [frozenset(ex)]


def info_seq(items):
    """(exact set of strings or None, list of required OR-sets) for a concatenation."""
    exact, ands, broken = {""}, [], False
    for op, av in items:
        e, a = info(op, av)
        if e is not None:
            prod = {x + y for x in exact for y in e}
            if len(prod) <= MAXSET and max(len(s) for s in prod) <= 40:
                exact = prod
            else:
                ands += exact_to_req(exact)
                exact = e
                broken = True
            continue
        ands += exact_to_req(exact)
        ands += a
        exact = {""}
        broken = True
    if broken:
        return None, ands + exact_to_req(exact)
    return exact, ands


def info(op, av):
    if op is C.LITERAL:
        return {chr(av).lower()}, []
    if op is C.IN:
        chars = set()
        for o, v in av:
            if o is C.LITERAL:
                chars.add(chr(v).lower())
            elif o is C.RANGE and v[1] - v[0] <= 8:
                chars.update(chr(c).lower() for c in range(v[0], v[1] + 1))
            else:
                return None, []
        return (chars, []) if len(chars) <= 8 else (None, [])
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}, []          # zero-width: adds no characters
    if op is C.SUBPATTERN:
        return info_seq(av[-1])
    if op is C.ATOMIC_GROUP:
        return info_seq(av)
    if op is C.BRANCH:
        infos = [info_seq(b) for b in av[1]]
        if all(e is not None for e, _ in infos):
            u = set().union(*[e for e, _ in infos])
            if len(u) <= MAXSET:
                return u, []
        union = set()
        for e, a in infos:
            reqs = usable(a + (exact_to_req(e) if e is not None else []))
            if not reqs:
                return None, []
            union |= min(reqs, key=RARITY or (lambda r: (-min(map(len, r)), len(r))))
        return None, [frozenset(union)]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        e, a = info_seq(sub)
        if lo == 0:
            return (e | {""}, []) if e is not None and hi == 1 else (None, [])
        if lo == 1 and hi == 1:
            return e, a
        return None, a + (exact_to_req(e) if e is not None else [])
    return None, []


def folds_like_pcre(ch):
    if ch.isascii():
        return not ch.isupper()
    if ch in "’‘":
        return True
    # Latin-1 small letters whose capital the automaton folds (U+00C0–U+00DE).
    return "\u00e0" <= ch <= "\u00fe" and ch != "\u00f7"


def usable(reqs, minlen=None):
    out = []
    for r in reqs:
        if not r or min(len(s.encode()) for s in r) < (minlen or MINLEN):
            continue
        if not all(folds_like_pcre(ch) for s in r for ch in s):
            continue
        if any(ch in "\n\t\r\v\f" for s in r for ch in s):
            continue
        out.append(minimize(r))
    return out


def minimize(r):
    """Drops literals that contain another literal of the set (the shorter one occurs whenever they do)."""
    keep = [s for s in r if not any(o != s and o in s for o in r)]
    return frozenset(keep)


def requirements(pattern):
    global MINLEN
    e, a = info_seq(list(P.parse(pattern, re.I)))
    reqs = usable(a + (exact_to_req(e) if e is not None else []))
    if not reqs:
        # No literal of 3 bytes: two-byte literals ("\\x", "0x", "&#") still beat running on every prompt.
        MINLEN = 2
        try:
            e, a = info_seq(list(P.parse(pattern, re.I)))
            reqs = [r for r in usable(a + (exact_to_req(e) if e is not None else [])) if not (r & COMMON2)]
        finally:
            MINLEN = 3
    uniq = []
    for r in reqs:
        if r not in uniq:
            uniq.append(r)
    return uniq


def load_texts():
    texts = []
    for f in sorted((ROOT / "Tests/guards").glob("benign*.jsonl")):
        texts += [json.loads(l)["text"] for l in f.open(encoding="utf-8") if l.strip()]
    dev = Path(SHARED) / "corpus/dev.jsonl"
    if dev.exists():
        texts += [json.loads(l)["text"] for l in dev.open(encoding="utf-8") if l.strip()]
    return [unicodedata.normalize("NFKC", t).lower() for t in texts]


def swift_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def generate():
    rules = parse_rules(RULES)
    texts = load_texts()
    freq = {}

    def rarity(r):
        key = r
        if key not in freq:
            freq[key] = sum(1 for t in texts if any(s in t for s in r))
        return (freq[key], len(r))
    global RARITY
    RARITY = rarity

    literals, index, gates, ungated = [], {}, [], []
    for rid, _, pat in rules:
        reqs = sorted(requirements(pat), key=rarity)[:KEEP]
        if not reqs:
            ungated.append(rid)
            continue
        groups = []
        for r in reqs:
            g = []
            for s in sorted(r):
                if s not in index:
                    index[s] = len(literals)
                    literals.append(s)
                g.append(index[s])
            groups.append(g)
        gates.append((rid, groups))
    lines = [
        "// GENERATED by build_rule_literals.py from InjectionRules.swift — do not edit; rerun the script after",
        "// changing a rule (`make test` checks the table is current).",
        "//",
        "// For each built-in prompt rule, the literal words every match must contain: a rule runs only when",
        "// each of its groups has at least one literal in the prompt (found by one `LiteralAutomaton` pass).",
        "// Rules listed in `ungated` have no usable literal and run on every prompt.",
        "enum RuleLiteralData {",
        "    static let literals: [String] = [",
    ]
    for k in range(0, len(literals), 8):
        lines.append("        " + ", ".join(swift_string(s) for s in literals[k:k + 8]) + ",")
    lines.append("    ]")
    lines.append("    static let gates: [String: [[Int]]] = [")
    for rid, groups in gates:
        lines.append(f"        {swift_string(rid)}: {groups},")
    lines.append("    ]")
    lines.append("    static let ungated: [String] = [")
    for k in range(0, len(ungated), 4):
        lines.append("        " + ", ".join(swift_string(s) for s in ungated[k:k + 4]) + ",")
    lines.append("    ]")
    lines.append("}")
    return "\n".join(lines) + "\n", len(rules), len(gates), len(literals)


def read_table():
    src = OUT.read_text(encoding="utf-8")
    lits = re.search(r"literals: \[String\] = \[(.*?)\n    \]", src, re.S).group(1)
    literals = json.loads("[" + lits.strip().rstrip(",") + "]")
    gates = {m.group(1): json.loads(m.group(2)) for m in re.finditer(r'^\s+"([^"]+)": (\[\[.*\]\]),$', src, re.M)}
    ung = re.search(r"ungated: \[String\] = \[(.*?)\n    \]", src, re.S).group(1)
    ungated = set(json.loads("[" + ung.strip().rstrip(",") + "]")) if ung.strip() else set()
    return literals, gates, ungated


def check():
    """The committed table must equal a fresh generation (same rules, same data)."""
    text, n, g, _ = generate()
    if OUT.read_text(encoding="utf-8") != text:
        print("RuleLiterals.swift is out of date: rerun Sources/SovereignFilter/Guards/Data/build_rule_literals.py")
        return False
    print(f"rule literals: current ({g} of {n} rules gated)")
    return True


if __name__ == "__main__":
    if "--shared" in sys.argv:
        SHARED = sys.argv[sys.argv.index("--shared") + 1]
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    text, n, g, l = generate()
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.name}: {n} rules, {g} gated, {n - g} run always, {l} literals")
