#!/usr/bin/env python3
"""Validate set.jsonl (blind json-escapes set) and print counts.

  python3 check.py [set.jsonl]

Per span: UTF-8 byte offsets inside text; bytes decode to "value"; JSON-unescaping
"value" (repeatedly, for double escapes) gives "decoded"; spans do not overlap each other
or the negatives; per-type sanity (Luhn, IBAN mod 97, IP syntax, deny-list terms);
per-variant sanity (ASCII-only spans in escaped registers, surrogate pairs and \\/ present, ...).
Exit status 1 on any error.
"""
import collections, ipaddress, json, os, re, sys

TYPES = {"EMAIL", "CREDIT_CARD", "IBAN", "PHONE", "IP_ADDRESS", "ORDER_NUMBER", "PERSON", "ADDRESS", "SECRET", "CONFIDENTIAL"}
VARIANTS = ["ascii_escaped", "double_escaped", "escaped_in_prose", "surrogate_pairs", "plain_json", "deny_whitespace"]
LANGS = {"en", "de", "fr"}
TERMS = {"project falcon", "margin sheet q3", "supplier nordwind"}
WS = re.compile(r"[\s\u00a0]+")

def unescape(s):
    for _ in range(4):
        if "\\" not in s:
            break
        try:
            s = json.loads('"' + s + '"', strict=False)
        except ValueError:
            break
    return s

def luhn(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        t += x
    return t % 10 == 0

def iban_ok(s):
    s = WS.sub("", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

def norm(s):
    return WS.sub(" ", s).strip().casefold()

def main():
    fn = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.jsonl")
    errs = []
    E = lambda rid, msg: errs.append(f"id={rid}: {msg}")
    by_type, by_var, by_lang, tv, negs, ws = (collections.Counter() for _ in range(6))
    ids = set()
    near_miss = 0
    n = 0
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        if not line.strip():
            continue
        n += 1
        d = json.loads(line)
        rid = d.get("id")
        for k in ("id", "lang", "variant", "text", "spans", "negatives"):
            if k not in d:
                E(rid, f"missing key {k}")
        if rid in ids:
            E(rid, "duplicate id")
        ids.add(rid)
        if d["lang"] not in LANGS:
            E(rid, f"bad lang {d['lang']}")
        v = d["variant"]
        if v not in VARIANTS:
            E(rid, f"bad variant {v}")
        by_var[v] += 1
        by_lang[d["lang"]] += 1
        text = d["text"]
        b = text.encode("utf-8")
        allsp = []
        for kind, lst in (("span", d["spans"]), ("neg", d["negatives"])):
            for s in lst:
                st, en = s["start"], s["end"]
                if not (0 <= st < en <= len(b)):
                    E(rid, f"offsets out of range {s}")
                    continue
                try:
                    val = b[st:en].decode("utf-8")
                except UnicodeDecodeError:
                    E(rid, f"span {st}:{en} cuts a UTF-8 sequence")
                    continue
                if "value" in s and val != s["value"]:
                    E(rid, f"text[{st}:{en}]={val!r} != value {s['value']!r}")
                if val != val.strip() or val.startswith(('"', '\\"')) or val.endswith('"'):
                    E(rid, f"span has outer whitespace/quotes: {val!r}")
                allsp.append((st, en, kind, s["type"]))
                if kind == "neg":
                    if not s["type"].startswith("NEGATIVE_"):
                        E(rid, f"negative type {s['type']}")
                    negs[s["type"]] += 1
                    if s["type"] == "NEGATIVE_CONFIDENTIAL":
                        near_miss += 1
                        nm = norm(unescape(val))
                        if any(re.search(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])", nm) for t in TERMS):
                            E(rid, f"near-miss contains a deny term: {val!r}")
                    continue
                t = s["type"]
                if t not in TYPES:
                    E(rid, f"bad type {t}")
                by_type[t] += 1
                tv[(t, v)] += 1
                dec = s.get("decoded", val)
                if unescape(val) != dec:
                    E(rid, f"unescape({val!r}) = {unescape(val)!r} != decoded {dec!r}")
                if s.get("variant", v) != v:
                    E(rid, "span variant != record variant")
                digits = re.sub(r"\D", "", dec)
                if t == "CREDIT_CARD" and not (13 <= len(digits) <= 19 and luhn(digits)):
                    E(rid, f"card fails Luhn: {dec!r}")
                if t == "IBAN" and not iban_ok(dec):
                    E(rid, f"IBAN fails mod 97: {dec!r}")
                if t == "EMAIL" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", dec):
                    E(rid, f"bad email {dec!r}")
                if t == "IP_ADDRESS":
                    try:
                        ipaddress.ip_address(dec)
                    except ValueError:
                        E(rid, f"bad IP {dec!r}")
                if t == "PHONE" and not (7 <= len(digits) <= 15):
                    E(rid, f"odd phone {dec!r}")
                if t == "CONFIDENTIAL":
                    ws[s.get("ws", "?")] += 1
                    if norm(dec) not in TERMS:
                        E(rid, f"CONFIDENTIAL not a deny term: {dec!r}")
                    if not (dec[0].isalnum() and dec[-1].isalnum()):
                        E(rid, f"CONFIDENTIAL span must start/end on a letter: {dec!r}")
                if v in ("ascii_escaped", "surrogate_pairs") and not val.isascii():
                    E(rid, f"non-ASCII span in {v}: {val!r}")
                if v == "plain_json" and re.search(r"\\u[0-9a-fA-F]{4}", val):
                    E(rid, f"\\u escape in plain_json span {val!r}")
        allsp.sort()
        for a, c in zip(allsp, allsp[1:]):
            if c[0] < a[1]:
                E(rid, f"overlap {a} / {c}")
        sp = d["spans"]
        if v == "surrogate_pairs":
            if not re.search(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}", text):
                E(rid, "surrogate_pairs record without a surrogate pair")
            if "\\/" not in text:
                E(rid, "surrogate_pairs record without an escaped slash")
        if v == "double_escaped" and '\\"' not in text:
            E(rid, "double_escaped record without escaped quotes")
        if v == "escaped_in_prose" and not re.search(r"\\(u[0-9a-fA-F]{4}|[nrt\"/])", text):
            E(rid, "escaped_in_prose record without any escape sequence")
        if v == "ascii_escaped" and not text.lstrip().startswith("{") and "\n{" not in text and " {" not in text:
            E(rid, "ascii_escaped record without JSON")
        if v == "deny_whitespace" and not sp and not d["negatives"]:
            E(rid, "deny_whitespace record with nothing labelled")
    if near_miss != 15:
        errs.append(f"expected 15 NEGATIVE_CONFIDENTIAL near-misses, found {near_miss}")

    print(f"records: {n}")
    print("per variant:", dict(sorted(by_var.items())))
    print("per lang:   ", dict(sorted(by_lang.items())))
    print("spans per type:")
    for t in sorted(by_type):
        print(f"  {t:<13}{by_type[t]:>5}")
    print(f"  {'TOTAL':<13}{sum(by_type.values()):>5}")
    print("spans per type x variant:")
    print("  " + " " * 13 + "".join(f"{x[:12]:>13}" for x in VARIANTS))
    for t in sorted(by_type):
        print(f"  {t:<13}" + "".join(f"{tv[(t, x)]:>13}" for x in VARIANTS))
    print("negatives per type:", dict(sorted(negs.items())), "total", sum(negs.values()))
    print("CONFIDENTIAL whitespace styles:", dict(sorted(ws.items())))
    if errs:
        print(f"\n{len(errs)} ERROR(S):")
        for e in errs:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all spans valid")

if __name__ == "__main__":
    main()
