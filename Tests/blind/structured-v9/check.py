#!/usr/bin/env python3
"""Validator + counts for structured-v9. python3 check.py set.jsonl"""
import sys, json, collections, re
TYPES = {"EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "ORDER_NUMBER", "SECRET"}


def luhn(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def digits(s):
    return "".join(c for c in s if c.isdigit())


def mod97(ib):
    s = ib[4:] + ib[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def natcheck(ib):
    cc, b = ib[:2], ib[4:]
    m9710 = lambda n, k: int(n[-2:]) == 98 - (int(n[:-2]) * 100) % 97
    if cc == "BE":
        c = int(b[:10]) % 97
        return int(b[10:]) == (c or 97)
    if cc in ("FR", "MC"):
        return int(b[21:]) == 97 - ((89 * int(b[:5]) + 15 * int(b[5:10]) + 3 * int(b[10:21])) % 97)
    if cc == "ES":
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        f = lambda t: {11: 0, 10: 1}.get(11 - sum(int(a) * x for a, x in zip(t, w)) % 11, 11 - sum(int(a) * x for a, x in zip(t, w)) % 11)
        return int(b[8]) == f("00" + b[:8]) and int(b[9]) == f(b[10:])
    if cc == "NO":
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = sum(int(a) * x for a, x in zip(b[:10], w)) % 11
        return int(b[10]) == (0 if r == 0 else 11 - r)
    if cc in ("PT", "SI", "ME", "RS", "BA", "TL", "ST", "MK"):
        return m9710(b, 2)
    if cc == "FI":
        return luhn(b)
    if cc == "NL":
        return sum(int(a) * x for a, x in zip(b[4:], range(10, 0, -1))) % 11 == 0
    if cc == "PL":
        return int(b[7]) == (10 - sum(int(a) * x for a, x in zip(b[:7], [3, 9, 7, 1, 3, 9, 7])) % 10) % 10
    if cc in ("CZ", "SK"):
        return sum(int(a) * x for a, x in zip(b[4:10], [10, 5, 8, 4, 2, 1])) % 11 == 0 and \
            sum(int(a) * x for a, x in zip(b[10:], [6, 3, 7, 9, 10, 5, 8, 4, 2, 1])) % 11 == 0
    if cc == "HU":
        w = [9, 7, 3, 1] * 5
        f = lambda t: (10 - sum(int(a) * x for a, x in zip(t, w)) % 10) % 10
        return int(b[7]) == f(b[:7]) and int(b[23]) == f(b[8:23])
    if cc == "HR":
        def m1110(t):
            p = 10
            for ch in t:
                s = (int(ch) + p) % 10 or 10
                p = (s * 2) % 11
            return (11 - p) % 10
        return int(b[6]) == m1110(b[:6]) and int(b[16]) == m1110(b[7:16])
    if cc in ("IT", "SM"):
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        t = 0
        for i, ch in enumerate(b[1:]):
            v = int(ch) if ch.isdigit() else ord(ch) - 65
            t += odd[v] if i % 2 == 0 else v
        return b[0] == chr(65 + t % 26)
    return None


def main(fn):
    err = []
    recs = [json.loads(l) for l in open(fn, encoding="utf-8")]
    C = collections.Counter(); CL = collections.Counter(); CV = collections.Counter(); NEG = collections.Counter()
    REG = collections.Counter(); LANG = collections.Counter(); NAT = collections.Counter(); IBC = collections.Counter()
    ids = set()
    for r in recs:
        if set(r) != {"id", "lang", "register", "text", "spans", "negatives"}:
            err.append((r.get("id"), "keys"))
        if r["id"] in ids:
            err.append((r["id"], "dup id"))
        ids.add(r["id"])
        LANG[r["lang"]] += 1
        REG[r["register"]] += 1
        tb = r["text"].encode("utf-8")
        allsp = []
        for s in r["spans"] + r["negatives"]:
            try:
                v = tb[s["start"]:s["end"]].decode("utf-8")
            except UnicodeDecodeError:
                err.append((r["id"], "utf8 cut", s)); continue
            if v != s["value"]:
                err.append((r["id"], "value mismatch", s["value"][:40], v[:40]))
            if v != v.strip() or not v:
                err.append((r["id"], "outer whitespace/empty", v[:40]))
            allsp.append((s["start"], s["end"], s["type"]))
        allsp.sort()
        for a, b in zip(allsp, allsp[1:]):
            if b[0] < a[1]:
                err.append((r["id"], "overlap", a, b))
        for s in r["spans"]:
            t, v = s["type"], s["value"]
            if t not in TYPES:
                err.append((r["id"], "bad type", t))
            if set(s) != {"start", "end", "type", "variant", "value"}:
                err.append((r["id"], "span keys"))
            C[t] += 1; CL[(t, r["lang"])] += 1; CV[(t, s["variant"])] += 1
            d = digits(v)
            if t == "CREDIT_CARD":
                if not (12 <= len(d) <= 19 and luhn(d)):
                    err.append((r["id"], "card not luhn/len", v))
            elif t == "IBAN":
                ib = re.sub(r"[^0-9A-Za-z]", "", v).upper()
                if not mod97(ib):
                    err.append((r["id"], "iban mod97", v))
                IBC[ib[:2]] += 1
                nc = natcheck(ib)
                if nc is False:
                    err.append((r["id"], "iban national check", v))
                if nc:
                    NAT[ib[:2]] += 1
            elif t in ("ORDER_NUMBER", "PHONE") and 12 <= len(d) <= 19 and luhn(d):
                err.append((r["id"], t + " luhn-valid digit run", v))
        for s in r["negatives"]:
            if not s["type"].startswith("NEGATIVE_") or set(s) != {"start", "end", "type", "value"}:
                err.append((r["id"], "neg format", s["type"]))
            NEG[s["type"]] += 1
            d = digits(s["value"])
            if s["type"] not in ("NEGATIVE_SIRET",) and 12 <= len(d) <= 19 and luhn(d) and d == digits(s["value"].split()[0] if False else s["value"]) and not any(c.isalpha() for c in s["value"]):
                err.append((r["id"], "negative luhn-valid digit run", s["value"]))
    out = []
    out.append("records %d  langs %s" % (len(recs), dict(LANG)))
    out.append("positive spans %d   hard-negative spans %d in %d kinds" % (sum(C.values()), sum(NEG.values()), len(NEG)))
    out.append("errors %d" % len(err))
    for e in err[:30]:
        out.append("  ERR %r" % (e,))
    out.append("\n== positives by type (total / en / de / fr)")
    for t in sorted(C, key=lambda x: -C[x]):
        out.append("  %-13s %5d  %4d / %4d / %4d" % (t, C[t], CL[(t, "en")], CL[(t, "de")], CL[(t, "fr")]))
    out.append("\n== registers")
    for k in sorted(REG):
        out.append("  %-20s %d" % (k, REG[k]))
    out.append("\n== hard negatives")
    for k in sorted(NEG, key=lambda x: -NEG[x]):
        out.append("  %-28s %d" % (k, NEG[k]))
    out.append("\n== IBAN countries (%d); national check verified for: %s" % (len(IBC), dict(sorted(NAT.items()))))
    out.append("  " + " ".join("%s:%d" % kv for kv in sorted(IBC.items())))
    out.append("\n== variants (type, variant, count)")
    for t in sorted(C):
        vs = sorted((k[1], n) for k, n in CV.items() if k[0] == t)
        out.append("  %s (%d variants): %s" % (t, len(vs), ", ".join("%s=%d" % x for x in vs)))
    print("\n".join(out))
    return 1 if err else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"))
