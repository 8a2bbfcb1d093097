#!/usr/bin/env python3
"""Rebuilds cases.jsonl from local snapshots of the peers' repositories (not needed to run the cases).

  extract.py --presidio GITDIR --gitleaks GITDIR --stdnum GITDIR [-o cases.jsonl]

Reads the peers' test files with `git show HEAD:path` and keeps only their test inputs and expected
answers. Nothing of the peers' code or rule patterns is written out. gitleaks builds most true
positives at test time from a random secret (secrets.NewSecret(pattern)); this script reads those
Go expressions with a small evaluator and writes one concrete string of the same form, drawn
deterministically (seeded by rule id) so the table does not change between runs.
"""
import argparse, ast, base64, json, random, re, subprocess, sys
import re._parser as sre
import re._constants as C

def git_show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", "HEAD:" + path],
                          capture_output=True, text=True, check=True).stdout

def git_head(gitdir):
    return subprocess.run(["git", "--git-dir", gitdir, "rev-parse", "HEAD"],
                          capture_output=True, text=True, check=True).stdout.strip()

def byte_span(text, start, end):
    # Peers count Python code points; the CLI reports UTF-8 byte offsets.
    return {"start": len(text[:start].encode()), "end": len(text[:end].encode())}

# ---------------------------------------------------------------- presidio
PRESIDIO = [  # test file, our type, peer entity
    ("test_credit_card_recognizer.py", "CREDIT_CARD"),
    ("test_iban_recognizer.py", "IBAN"),
    ("test_ip_recognizer.py", "IP_ADDRESS"),
    ("test_email_recognizer.py", "EMAIL"),
    ("test_phone_recognizer.py", "PHONE"),
    ("test_us_ssn_recognizer.py", "US_SSN"),
]

def lit(node):
    # literal_eval plus f-strings without placeholders (test_ip_recognizer uses f"...").
    if isinstance(node, ast.JoinedStr) and all(isinstance(v, ast.Constant) for v in node.values):
        return "".join(v.value for v in node.values)
    if isinstance(node, (ast.Tuple, ast.List)):
        return tuple(lit(e) for e in node.elts)
    return ast.literal_eval(node)

def presidio_cases(gitdir):
    out = []
    for fname, typ in PRESIDIO:
        path = "presidio-analyzer/tests/" + fname
        tree = ast.parse(git_show(gitdir, path))
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef):
                continue
            for d in fn.decorator_list:
                if not (isinstance(d, ast.Call) and getattr(d.func, "attr", "") == "parametrize"):
                    continue
                names = [n.strip() for n in ast.literal_eval(d.args[0]).split(",")]
                for row in lit(d.args[1]):
                    r = dict(zip(names, row))
                    text = r.get("text", r.get("iban"))
                    # The phone test runs some texts at several leniencies; keep presidio's default (1).
                    if "leniency" in r and r["leniency"] != 1:
                        continue
                    n = r["expected_len"]
                    pos = r.get("expected_positions", r.get("expected_res", ()))
                    case = {"suite": "presidio", "source": f"microsoft/presidio {path}::{fn.name}",
                            "type": typ, "text": text, "expect": "match" if n else "no_match"}
                    if n and pos:
                        case["spans"] = [byte_span(text, s, e) for s, e in pos]
                    ranges = r.get("expected_score_ranges") or ()
                    if n and ranges and all(hi != "max" and hi < 0.5 for _, hi in ranges):
                        case["note"] = "presidio expects only a low-confidence hit (score <= %s)" % max(hi for _, hi in ranges)
                    if n and len(pos) < n:
                        case["note"] = (case.get("note", "") + "; " if "note" in case else "") + f"presidio expects {n} hits, states {len(pos)} positions"
                    out.append(case)
    return out

# ---------------------------------------------------------------- stdnum
def stdnum_cases(gitdir):
    out = []
    path = "tests/test_iban.doctest"
    doc = git_show(gitdir, path)
    # Each block: a paragraph saying what the numbers are, the numbers, then the assertion
    # `[x ... if x and not is_valid(x)] == []` (all valid) or `... if x and is_valid(x)` (all invalid);
    # the last block first asserts validity with check_country=False, then invalidity: invalid.
    q = "'" * 3
    pat = re.compile(">>> numbers = " + q + r"\n((?:\.\.\. [^\n]*\n)*?)\.\.\. " + q + r"\n((?:>>> [^\n]*\n\[\]\n)+)")
    for m in pat.finditer(doc):
        body, asserts = m.group(1), m.group(2)
        valid = "if x and iban.is_valid(x)" not in asserts
        before = doc[:m.start()].rstrip().split("\n\n")[-1]  # the paragraph that introduces the block
        label = " ".join(before.split())[:90]
        for line in body.splitlines():
            num = line[4:].strip()
            if num:
                out += stdnum_one(num, valid, f"arthurdejong/python-stdnum {path} ({label})")
    for num in re.findall(r">>> iban\.validate\('([^']*)'\)\nTraceback", doc):
        out += stdnum_one(num, False, f"arthurdejong/python-stdnum {path} (validate raises)")
    mod = git_show(gitdir, "stdnum/iban.py")
    for num in re.findall(r">>> validate\('([^']*)'\)\n'", mod):
        out += stdnum_one(num, True, "arthurdejong/python-stdnum stdnum/iban.py (module doctest validate)")
    return out

def stdnum_one(num, valid, source):
    base = {"suite": "stdnum", "source": source, "type": "IBAN"}
    if not valid:
        return [dict(base, text=num, expect="no_match"),
                dict(base, text=f"Please transfer the amount to {num} today.", expect="no_match")]
    sent = f"Please transfer the amount to {num} today."
    i = sent.index(num)
    return [dict(base, text=num, expect="match", spans=[byte_span(num, 0, len(num))], value=num),
            dict(base, text=sent, expect="match", spans=[byte_span(sent, i, i + len(num))], value=num)]

# ---------------------------------------------------------------- gitleaks
# GenerateSampleSecrets renders ~28 file formats; four representative ones are kept (named as in
# gitleaks' generate.go) so one rule does not outweigh the rest.
SAMPLE_FORMS = {
    "ini - unquoted1": "{i}Token={s}",
    "json - string": "{\n    \"{i}_token\": \"{s}\"\n}",
    "yaml - singleline - double quote": "{i}_token: \"{s}\"",
    "python - double quote": "{i}Token = \"{s}\"",
}

class Unsupported(Exception):
    pass

class Gen:
    """One concrete string matching a secret pattern, chosen with a seeded RNG."""
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.produced = []  # every string drawn, to mark the cases that contain one
    def pattern(self, pat):
        pat = pat.replace(r"\z", "$").replace("(?-i:", "(?:")
        try:
            tree = sre.parse(pat)
        except Exception as e:
            raise Unsupported(f"pattern {pat!r}: {e}")
        out = self.seq(tree, False)
        self.produced.append(out)
        return out
    def seq(self, items, icase):
        return "".join(self.item(op, av, icase) for op, av in items)
    def cls(self, items):
        chars = []
        for op, av in items:
            if op == C.LITERAL: chars.append(chr(av))
            elif op == C.RANGE: chars += [chr(c) for c in range(av[0], av[1] + 1)]
            elif op == C.CATEGORY:
                chars += list({C.CATEGORY_DIGIT: "0123456789",
                               C.CATEGORY_WORD: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_",
                               C.CATEGORY_SPACE: " "}.get(av, ""))
            elif op == C.NEGATE: raise Unsupported("negated class")
        if not chars: raise Unsupported("empty class")
        return self.rng.choice(chars)
    def item(self, op, av, icase):
        if op == C.LITERAL: return chr(av)
        if op == C.IN: return self.cls(av)
        if op == C.ANY: return self.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789")
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            n = hi if hi != C.MAXREPEAT and hi <= 128 else max(lo, 1)
            return "".join(self.seq(sub, icase) for _ in range(n))
        if op == C.SUBPATTERN: return self.seq(av[-1], icase)
        if op == C.BRANCH: return self.seq(av[1][0], icase)
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT): return ""
        if op == C.NOT_LITERAL: return "x" if av != ord("x") else "y"
        raise Unsupported(f"regex op {op}")

TOK = re.compile(r"""(?P<ws>[ \t\r]+)|(?P<nl>\n)|(?P<lc>//[^\n]*)|(?P<bc>/\*.*?\*/)
  |(?P<raw>`[^`]*`)|(?P<str>"(?:\\.|[^"\\\n])*")|(?P<rune>'(?:\\.|[^'\\])')
  |(?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)|(?P<num>[0-9][0-9.]*)
  |(?P<op>\.\.\.|:=|\+=|==|!=|<=|>=|&&|\|\||[-+*/%=(){}\[\],;:.<>!&|^])""", re.S | re.X)

def go_unquote(s):
    if s[0] == "`": return s[1:-1]
    return ast.literal_eval(s)  # Go and Python agree on the escapes used in these files

def tokenize(src):
    """Go tokens as (kind, text, comment). Comments leave the token stream, but a string literal
    keeps the comment that explains it: one after it on the same line, or the comment lines just
    above the expression it starts."""
    toks, pos, leading, comment_line = [], 0, [], False
    while pos < len(src):
        m = TOK.match(src, pos)
        if not m: raise Unsupported(f"token at {src[pos:pos+20]!r}")
        pos = m.end(); k, text = m.lastgroup, m.group()
        if k == "ws": continue
        if k in ("lc", "bc"):
            note = text.strip("/*").strip()
            if not toks or toks[-1][0] == "nl":
                leading.append(note); comment_line = True
            else:  # trailing comment: the last string literal on this line
                j = len(toks) - 1
                while j >= 0 and toks[j][0] != "nl":
                    if toks[j][0] in ("str", "raw"):
                        toks[j] = (toks[j][0], toks[j][1], (toks[j][2] + "; " if toks[j][2] else "") + note); break
                    j -= 1
            continue
        if k == "nl":
            if toks and toks[-1][0] == "nl" and not comment_line:
                leading = []  # a blank line ends a comment block
            comment_line = False
        comment = ""
        if k in ("str", "raw") and leading:
            comment, leading = " ".join(leading), []
        elif text in ("}", ")", "return"):
            leading = []
        toks.append((k, text, comment))
    return toks

class S(str):
    """A sample string that knows which part is the secret."""
    value = None

class Eval:
    def __init__(self, toks, gen, env):
        self.t, self.i, self.env = toks, 0, env
        self.gen = gen
    def peek(self, skipnl=True):
        j = self.i
        while skipnl and j < len(self.t) and self.t[j][0] == "nl": j += 1
        return self.t[j] if j < len(self.t) else ("eof", "")
    def next(self, skipnl=True):
        while skipnl and self.i < len(self.t) and self.t[self.i][0] == "nl": self.i += 1
        tok = self.t[self.i]; self.i += 1; return tok
    def expect(self, v):
        tok = self.next()
        if tok[1] != v: raise Unsupported(f"expected {v} got {tok[1]}")
    def expr(self):
        v = self.term()
        while self.peek(skipnl=False)[1] == "+":
            self.next(); w = self.term()
            if not (isinstance(v, str) and isinstance(w, str)): raise Unsupported("+ on non-strings")
            v = v + w
        return v
    def args(self):
        self.expect("("); out = []
        while self.peek()[1] != ")":
            j0 = self.i
            v = self.expr()
            notes = [t[2] for t in self.t[j0:self.i] if len(t) > 2 and t[2]]
            if notes and isinstance(v, str) and not getattr(v, "form", None):
                w = S(v); w.value = getattr(v, "value", None); w.comment = notes[0]; v = w
            if self.peek()[1] == "...": self.next(); out += list(v)
            else: out.append(v)
            if self.peek()[1] == ",": self.next()
        self.expect(")"); return out
    def term(self):
        k, v = self.next()[:2]
        if k in ("str", "raw"): return go_unquote(v)
        if v == "[" and self.peek()[1] == "]" and self.t[self.i + 1][1] == "byte":
            self.next(); self.next(); a = self.args(); return a[0]
        if v == "[":
            self.expect("]"); self.expect("string"); self.expect("{"); out = []
            while self.peek()[1] != "}":
                j0 = self.i
                v = self.expr()
                notes = [t[2] for t in self.t[j0:self.i] if len(t) > 2 and t[2]]
                if notes and isinstance(v, str):
                    w = S(v); w.value = getattr(v, "value", None); w.comment = notes[0]; v = w
                out.append(v)
                if self.peek()[1] == ",": self.next()
            self.expect("}"); return out
        if k != "name": raise Unsupported(f"term {v}")
        if self.peek(skipnl=False)[1] != "(":
            if v in self.env: return self.env[v]
            raise Unsupported(f"unknown name {v}")
        a = self.args()
        g = self.gen
        if v in ("secrets.NewSecret", "newPlausibleSecret"): return g.pattern(a[0])
        if v == "base64.StdEncoding.EncodeToString": return base64.b64encode(a[0].encode()).decode()
        helpers = {"utils.Numeric": "[0-9]{%s}", "utils.Hex": "[a-f0-9]{%s}", "utils.AlphaNumeric": "[a-z0-9]{%s}",
                   "utils.AlphaNumericExtendedShort": "[a-z0-9_-]{%s}", "utils.AlphaNumericExtended": "[a-z0-9=_\\-]{%s}",
                   "utils.AlphaNumericExtendedLong": "[a-z0-9\\/=_\\+\\-]{%s}"}
        if v in helpers: return helpers[v] % a[0]
        if v == "utils.Hex8_4_4_4_12": return "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
        if v == "utils.GenerateSampleSecret":
            s = S('%s_api_token = "%s"' % (a[0], a[1])); s.value = a[1]; return s
        if v == "utils.GenerateSampleSecrets":
            out = []
            for form, tpl in SAMPLE_FORMS.items():
                s = S(tpl.replace("{i}", a[0]).replace("{I}", a[0].upper()).replace("{s}", a[1]))
                s.value = a[1]; s.form = form; out.append(s)
            return out
        if v == "fmt.Sprintf":
            fmtstr, rest = a[0], list(a[1:])
            if re.search(r"%[^s%]", fmtstr): raise Unsupported("Sprintf verb")
            return re.sub(r"%s", lambda m: rest.pop(0), fmtstr).replace("%%", "%")
        if v == "append":
            return list(a[0]) + a[1:]
        if v == "strings.Repeat": return a[0] * int(a[1])
        raise Unsupported(f"call {v}")

def statements(toks):
    """Yields (name, index of first expression token) for each assignment at brace depth 0:
    NAME := expr, NAME = expr, var NAME [type] = expr, and the lines of var ( ... ) blocks."""
    i, depth = 0, 0
    while i < len(toks):
        k, v = toks[i][:2]
        at_start = i == 0 or toks[i - 1][0] == "nl" or toks[i - 1][1] in ("(", "{")
        if k == "name" and v == "var" and i + 1 < len(toks) and toks[i + 1][1] == "(" and depth == 0:
            i += 2; depth_in = 1
            while i < len(toks) and depth_in > 0:
                if toks[i][0] == "name" and toks[i - 1][0] == "nl" and depth_in == 1 and i + 1 < len(toks) and toks[i + 1][1] == "=":
                    yield toks[i][1], i + 2
                if toks[i][1] in "({[": depth_in += 1
                elif toks[i][1] in ")}]": depth_in -= 1
                i += 1
            continue
        if depth == 0 and at_start and k == "name":
            j, name = i + 1, v
            if v == "var" and j < len(toks) and toks[j][0] == "name":
                name = toks[j][1]; j += 1
                while j < len(toks) and toks[j][1] != "=" and toks[j][0] != "nl": j += 1
            if j < len(toks) and toks[j][1] in (":=", "="):
                yield name, j + 1
        if v in "({[": depth += 1
        elif v in ")}]": depth -= 1
        i += 1

def run_statements(toks, rule_id, env, wanted, log, where):
    gen = Gen(rule_id)  # one seeded stream per rule: stable output, distinct secrets per statement
    for name, i in statements(toks):
        if i < len(toks) and toks[i][1] == "config.Rule":
            continue
        ev = Eval(toks, gen, env); ev.i = i
        try:
            env[name] = ev.expr()
        except (Unsupported, IndexError, ValueError, SyntaxError) as e:
            if name in wanted: log.append(f"{where}: one assignment to {name} not evaluated ({e}); its cases are missing")
    return gen

def split_file(toks):
    """Top-level tokens (outside any func) and the bodies of `func NAME() *config.Rule {...}`."""
    top, funcs, i = [], [], 0
    while i < len(toks):
        if toks[i][1] == "func":
            name = toks[i + 1][1] if i + 1 < len(toks) else ""
            j = i
            while toks[j][1] != "{": j += 1
            sig = " ".join(t[1] for t in toks[i:j])
            d, k = 0, j
            while True:
                if toks[k][1] == "{": d += 1
                elif toks[k][1] == "}":
                    d -= 1
                    if d == 0: break
                k += 1
            if sig.endswith("* config.Rule") and "( )" in sig:
                funcs.append((name, toks[j + 1:k]))
            i = k + 1; continue
        top.append(toks[i]); i += 1
    return top, funcs

def gitleaks_cases(gitdir, log):
    out = []
    files = subprocess.run(["git", "--git-dir", gitdir, "ls-tree", "--name-only", "HEAD", "cmd/generate/config/rules/"],
                           capture_output=True, text=True, check=True).stdout.split()
    for path in sorted(f for f in files if f.endswith(".go")):
        toks = tokenize(git_show(gitdir, path))
        top, funcs = split_file(toks)
        genv = {}
        run_statements(top, path, genv, (), log, path)  # package-level sample lists (cloudflare.go)
        for fname, body in funcs:
            ids = [body[i + 2][1] for i in range(len(body) - 2) if body[i][1] == "RuleID" and body[i + 1][1] == ":"]
            if len(ids) != 1:
                log.append(f"{path} {fname}: {len(ids)} RuleIDs, skipped"); continue
            rid = go_unquote(ids[0])
            ret = None
            for i in range(len(body) - 6):
                if body[i][1] == "return" and body[i + 1][1] in ("utils.Validate", "utils.ValidateWithPaths"):
                    ret = (body[i + 1][1], body[i + 5][1], body[i + 7][1] if i + 7 < len(body) else "nil")
            if not ret:
                log.append(f"{path} {rid}: no Validate call (no test cases), skipped"); continue
            if ret[0] == "utils.ValidateWithPaths":
                log.append(f"{path} {rid}: path-dependent cases (ValidateWithPaths), skipped"); continue
            tpsn, fpsn = ret[1], ret[2]
            env = dict(genv)
            gen = run_statements(body, rid, env, (tpsn, fpsn), log, f"{path} {rid}")
            for name, expect in ((tpsn, "match"), (fpsn, "no_match")):
                for n, s in enumerate(env.get(name) or []):
                    if not isinstance(s, str): continue
                    case = {"suite": "gitleaks", "source": f"gitleaks/gitleaks {path} rule {rid} ({'tps' if expect == 'match' else 'fps'}[{n}])",
                            "type": "SECRET", "text": str(s), "expect": expect, "rule_id": rid}
                    val = getattr(s, "value", None)
                    if expect == "match" and val and val in s:
                        i0 = s.index(val)
                        case["value"] = val
                        case["spans"] = [byte_span(s, i0, i0 + len(val))]
                    if getattr(s, "comment", None):
                        case["peer_comment"] = s.comment
                    if getattr(s, "form", None):
                        case["form"] = s.form  # which GenerateSampleSecrets format
                    if any(len(p) >= 6 and p in s for p in gen.produced):
                        case["note"] = "gitleaks draws this secret at random on each run; here one concrete string of the same form (seeded)"
                    out.append(case)
    # gitleaks' fps say "this rule must not fire"; some are another rule's true positives
    # (cloudflare global vs API key, anthropic API vs admin key). With one SECRET type they cannot
    # be "no SECRET here", so they are left out.
    tps = [c for c in out if c["expect"] == "match"]
    kept = []
    for c in out:
        if c["expect"] == "no_match":
            other = sorted({t["rule_id"] for t in tps if t["rule_id"] != c["rule_id"] and
                            (t["text"] == c["text"] or (t.get("value") and t["value"] in c["text"]))})
            # fps whose comment says they are the sibling rule's key ("Wrong prefix (admin key, not API key)")
            if not other and re.match(r"Wrong prefix \(.* key, not .* key\)", c.get("peer_comment", "")):
                other = ["its sibling rule (" + c["peer_comment"] + ")"]
            if other:
                log.append(f'{c["source"]}: left out, a true positive of {", ".join(other)}'); continue
        kept.append(c)
    return kept

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--presidio", required=True); ap.add_argument("--gitleaks", required=True)
    ap.add_argument("--stdnum", required=True); ap.add_argument("-o", default="cases.jsonl")
    a = ap.parse_args()
    log = []
    cases = presidio_cases(a.presidio) + gitleaks_cases(a.gitleaks, log) + stdnum_cases(a.stdnum)
    seen, n = set(), {}
    with open(a.o, "w", encoding="utf-8") as f:
        for c in cases:
            key = (c["type"], c["text"], c["expect"], json.dumps(c.get("spans")))
            if key in seen: continue  # same input and answer from two tests
            seen.add(key)
            n[c["suite"]] = n.get(c["suite"], 0) + 1
            c = {"id": f'{c["suite"]}-{n[c["suite"]]:04d}', **c}
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    for line in log: print("note:", line, file=sys.stderr)
    print({k: v for k, v in n.items()}, file=sys.stderr)
    print("heads:", "presidio", git_head(a.presidio), "gitleaks", git_head(a.gitleaks), "stdnum", git_head(a.stdnum), file=sys.stderr)

if __name__ == "__main__":
    main()
