#!/usr/bin/env python3
"""Validate set.jsonl: JSON, byte spans, whitespace, overlaps, checksums; print counts.
python3 check.py [set.jsonl]   (self-contained: does not import the generator)"""
import collections
import json
import re
import sys

TYPES = {"EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "ORDER_NUMBER", "SECRET"}
IBAN_LEN = {"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27, "BR": 29, "BY": 28,
            "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
            "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
            "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
            "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18,
            "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
            "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29,
            "VA": 22, "VG": 24, "XK": 20, "YE": 30}
# negatives allowed to carry a Luhn-valid 12-19 digit run (none in this set)
LUHN_OK_NEG = set()


def luhn(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        s += x
    return s % 10 == 0


def m97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def nat_check(cc, b):
    if cc == "BE":
        return (int(b[:10]) % 97 or 97) == int(b[10:])
    if cc in ("FR", "MC"):
        tr = {c: str((i % 9) + 1) for i, c in enumerate("ABCDEFGHIJKLMNOPQR")}
        tr.update({c: str(i + 2) for i, c in enumerate("STUVWXYZ")})
        a = "".join(tr.get(c, c) for c in b[10:21])
        return (89 * int(b[:5]) + 15 * int(b[5:10]) + 3 * int(a) + int(b[21:])) % 97 == 0
    if cc in ("IT", "SM"):
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        t = 0
        for i, c in enumerate(b[1:]):
            k = int(c) if c.isdigit() else ord(c) - 65
            t += odd[k] if i % 2 == 0 else k
        return chr(65 + t % 26) == b[0]
    if cc == "ES":
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(s):
            r = 11 - sum(int(x) * y for x, y in zip(s, w)) % 11
            return 0 if r == 11 else 1 if r == 10 else r
        return dc("00" + b[:8]) == int(b[8]) and dc(b[10:]) == int(b[9])
    if cc == "NO":
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(int(x) * y for x, y in zip(b[:10], w)) % 11
        return (0 if r == 11 else r) == int(b[10])
    if cc in ("PT", "SI", "ME", "RS", "BA", "TL"):
        return int(b) % 97 == 1
    return True


def qp_decode(v):
    v = v.replace("=\n", "")
    return re.sub(rb"=([0-9A-F]{2})", lambda m: bytes([int(m.group(1), 16)]), v.encode("utf-8")).decode("utf-8")


def norm(v):
    v = v.replace("&nbsp;", "").replace("=\n", "")
    return re.sub(r"[\s\u00a0\u202f\u2009\u200b\u200c\u2060.\-_/|:]", "", v)


def main():
    fn = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    errs = []
    cnt = collections.Counter()
    by_var = collections.Counter()
    by_lang = collections.Counter()
    by_reg = collections.Counter()
    reg_lang = collections.Counter()
    neg = collections.Counter()
    langs = collections.Counter()
    nrec = npos = nneg = 0
    ids = set()
    nat_checked = collections.Counter()
    with open(fn, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errs.append(f"line {ln}: bad json {e}")
                continue
            nrec += 1
            for k in ("id", "lang", "register", "text", "spans", "negatives"):
                if k not in r:
                    errs.append(f"{ln}: missing {k}")
            if r["id"] in ids:
                errs.append(f"{ln}: dup id")
            ids.add(r["id"])
            langs[r["lang"]] += 1
            by_reg[r["register"]] += 1
            reg_lang[(r["register"], r["lang"])] += 1
            b = r["text"].encode("utf-8")
            allsp = []
            for kind, lst in (("P", r["spans"]), ("N", r["negatives"])):
                for s in lst:
                    try:
                        got = b[s["start"]:s["end"]].decode("utf-8")
                    except UnicodeDecodeError:
                        errs.append(f"{r['id']}: span not on utf-8 boundary {s}")
                        continue
                    if got != s["value"]:
                        errs.append(f"{r['id']}: value mismatch {s['value']!r} vs {got!r}")
                    if not got or got != got.strip():
                        errs.append(f"{r['id']}: outer whitespace {got!r}")
                    allsp.append((s["start"], s["end"], kind))
                    v = s["value"]
                    if kind == "P":
                        t = s["type"]
                        if t not in TYPES:
                            errs.append(f"{r['id']}: bad type {t}")
                        npos += 1
                        if "_qp" in s["variant"] or "_softbreak" in s["variant"]:
                            v = qp_decode(v)
                        if "_jsonesc" in s["variant"]:
                            v = json.loads('"' + v + '"')
                        cnt[t] += 1
                        by_var[(t, s["variant"])] += 1
                        by_lang[(t, r["lang"])] += 1
                        if t == "CREDIT_CARD":
                            d = re.sub(r"\D", "", v.replace("&nbsp;", ""))
                            if not (12 <= len(d) <= 19 and luhn(d)):
                                errs.append(f"{r['id']}: bad card {v!r}")
                        elif t == "IBAN":
                            ib = norm(v).upper()
                            cc = ib[:2]
                            if cc not in IBAN_LEN or len(ib) != IBAN_LEN[cc] or m97(ib[4:] + ib[:4]) != 1:
                                errs.append(f"{r['id']}: bad iban {v!r}")
                            elif not nat_check(cc, ib[4:]):
                                errs.append(f"{r['id']}: bad national check {v!r}")
                            else:
                                nat_checked[cc] += 1
                        elif t in ("ORDER_NUMBER", "PHONE"):
                            if t == "ORDER_NUMBER" and not re.search(r"\d", v) and s["variant"] != "prestashop_reference":
                                errs.append(f"{r['id']}: order without digit {v!r}")
                            for run in re.findall(r"\d+", v) + [re.sub(r"\D", "", v)]:
                                if 12 <= len(run) <= 19 and luhn(run):
                                    errs.append(f"{r['id']}: Luhn-valid digits in {t} {v!r}")
                        elif t == "EMAIL":
                            if not re.search(r"@|=40|&#64;|&#x40;|\\u0040|%40|\[at\]|\(at\)| at ", v):
                                errs.append(f"{r['id']}: email without at {v!r}")
                        elif t == "IP_ADDRESS":
                            if not re.search(r"\d", v) and "::" not in v:
                                errs.append(f"{r['id']}: odd ip {v!r}")
                    else:
                        nneg += 1
                        if not s["type"].startswith("NEGATIVE_"):
                            errs.append(f"{r['id']}: bad neg type {s['type']}")
                        neg[s["type"]] += 1
                        if s["type"] not in LUHN_OK_NEG:
                            for run in re.findall(r"\d+", v):
                                if 12 <= len(run) <= 19 and luhn(run):
                                    errs.append(f"{r['id']}: Luhn-valid run in negative {s['type']} {v!r}")
            allsp.sort()
            for a, c in zip(allsp, allsp[1:]):
                if c[0] < a[1]:
                    errs.append(f"{r['id']}: overlap {a} {c}")
    out = []
    out.append(f"file: {fn}")
    out.append(f"records: {nrec}   positive spans: {npos}   negative spans: {nneg}   negative kinds: {len(neg)}")
    out.append(f"errors: {len(errs)}")
    out += ["  " + e for e in errs[:50]]
    out.append("\nlanguages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    out.append("\npositive spans by type (all / en / de / fr):")
    for t in sorted(cnt):
        out.append(f"  {t:<14}{cnt[t]:>6}  {by_lang[(t, 'en')]:>5} {by_lang[(t, 'de')]:>5} {by_lang[(t, 'fr')]:>5}")
    out.append("\nrecords by register (all / en / de / fr):")
    for g in sorted(by_reg):
        out.append(f"  {g:<18}{by_reg[g]:>5}  {reg_lang[(g, 'en')]:>4} {reg_lang[(g, 'de')]:>4} {reg_lang[(g, 'fr')]:>4}")
    out.append("\nnegative spans by kind:")
    for k, v in neg.most_common():
        out.append(f"  {k:<28}{v:>6}")
    out.append("\nIBAN spans whose national check digits were verified (countries with an implemented national check):")
    out.append("  " + ", ".join(f"{k} {v}" for k, v in sorted(nat_checked.items()) if k in ("BE", "FR", "MC", "IT", "SM", "ES", "NO", "PT", "SI", "ME", "RS", "BA", "TL")))
    out.append("\npositive spans by (type, variant):")
    for (t, v), c in sorted(by_var.items()):
        out.append(f"  {t:<14}{v:<40}{c:>5}")
    print("\n".join(out))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
