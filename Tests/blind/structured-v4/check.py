#!/usr/bin/env python3
"""Validate blind set structured-v4 and print counts.

Based on the structured-v3 validator (its format; copied and adapted). v4 addition: every record must
carry a "frame" id. (That negative-only frames render without positives is asserted in gen.py.)

  python3 check.py [set.jsonl]

Checks: ids unique; spans/negatives inside the text; the UTF-8 bytes [start,end) decode to "value";
no two labels overlap; types are the scorer's; CREDIT_CARD passes Luhn with 12-19 digits; IBAN passes
mod-97 with the registry length of its country; IP_ADDRESS parses; EMAIL has a local part and a dotted
domain; PHONE has 7-15 digits; NEGATIVE_CARD_LUHN fails Luhn; NEGATIVE_IBAN_MOD97 fails mod-97; no
unrendered template markers; set-level requirements (>= 1600 records, en/de/fr 40/30/30 within 2 points,
>= 300 records without a positive, >= 2000 hard-negative spans, >= 40 IBAN countries).
Exit status 1 on any error.
"""
import collections
import ipaddress
import json
import os
import re
import sys

TYPES = {"EMAIL", "CREDIT_CARD", "IBAN", "PHONE", "IP_ADDRESS", "ORDER_NUMBER", "SECRET"}
IBAN_LEN = {"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
            "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "ES": 24, "FI": 18, "FO": 18,
            "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IL": 23,
            "IS": 26, "IT": 27, "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27,
            "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28,
            "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
            "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20}


def luhn(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        t += x
    return t % 10 == 0


def iban_ok(v):
    s = re.sub(r"[\s\-]", "", v).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    fn = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.jsonl")
    errs = []
    per_type, per_var, per_neg = collections.Counter(), collections.Counter(), collections.Counter()
    per_type_lang = collections.Counter()
    no_pos = 0
    langs, regs = collections.Counter(), collections.Counter()
    ids = set()
    n = 0
    with open(fn, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            n += 1
            r = json.loads(line)
            rid = r.get("id")
            def err(m):
                errs.append(f"line {ln} id={rid}: {m}")
            if rid in ids:
                err("duplicate id")
            ids.add(rid)
            for k in ("lang", "register", "frame", "text", "spans", "negatives"):
                if k not in r:
                    err(f"missing {k}")
            langs[r.get("lang")] += 1
            if not r.get("spans"):
                no_pos += 1
            for s in r.get("spans", []):
                per_type_lang[(s["type"], r.get("lang"))] += 1
            regs[r.get("register")] += 1
            if "⟪" in r["text"] or "⟫" in r["text"]:
                err("unrendered template marker in text")
            b = r["text"].encode("utf-8")
            labels = []
            for kind, lst in (("span", r["spans"]), ("neg", r["negatives"])):
                for s in lst:
                    st, en = s["start"], s["end"]
                    if not (0 <= st < en <= len(b)):
                        err(f"{kind} out of range {s}")
                        continue
                    try:
                        got = b[st:en].decode("utf-8")
                    except UnicodeDecodeError:
                        err(f"{kind} offsets split a UTF-8 character {s}")
                        continue
                    if got != s.get("value"):
                        err(f"{kind} bytes {got!r} != value {s.get('value')!r}")
                    if got != got.strip():
                        err(f"{kind} has surrounding whitespace {got!r}")
                    labels.append((st, en, s["type"]))
                    t, v = s["type"], got
                    if kind == "neg":
                        if not t.startswith("NEGATIVE_"):
                            err(f"negative type {t}")
                        per_neg[t] += 1
                        if t == "NEGATIVE_CARD_LUHN" and luhn(re.sub(r"\D", "", v)):
                            err(f"negative card passes Luhn: {v}")
                        if t == "NEGATIVE_IBAN_MOD97" and iban_ok(v):
                            err(f"negative IBAN passes mod-97: {v}")
                        continue
                    if t not in TYPES:
                        err(f"bad type {t}")
                    if not s.get("variant"):
                        err(f"missing variant {s}")
                    per_type[t] += 1
                    per_var[(t, s.get("variant"))] += 1
                    if t == "CREDIT_CARD":
                        d = re.sub(r"\D", "", v)
                        if not (12 <= len(d) <= 19 and luhn(d)):
                            err(f"card fails Luhn/length: {v}")
                        if re.search(r"[^\d \t\-./_\u00a0\u202f\u200b]", v):
                            err(f"card has odd characters: {v!r}")
                    elif t == "IBAN":
                        if not iban_ok(v):
                            err(f"IBAN fails mod-97/length: {v}")
                    elif t == "IP_ADDRESS":
                        try:
                            ipaddress.ip_address(v.replace("[.]", ".").replace("(.)", "."))
                        except ValueError:
                            err(f"IP does not parse: {v}")
                    elif t == "EMAIL":
                        if not re.fullmatch(r"[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\".]+", v):
                            err(f"bad e-mail: {v}")
                    elif t == "PHONE":
                        main_part = re.split(r"\s*(?:ext\.?|x|poste)\s*\d+$", v)[0]
                        if s.get("variant", "").endswith("_ext"):
                            if main_part == v:
                                main_part = re.sub(r"-\d{1,4}$", "", v)
                            if main_part == v:
                                err(f"phone variant _ext but no extension found: {v}")
                        main_part = main_part.replace("(0)", "")
                        main_part = re.sub(r"^00", "+", main_part)  # 00 = international call prefix
                        if not 7 <= len(re.sub(r"\D", "", main_part)) <= 15:
                            err(f"phone digit count: {v}")
                    elif t == "ORDER_NUMBER":
                        if len(v) < 3 or " " in v.strip():
                            err(f"odd order number: {v!r}")
                        if not re.search(r"\d", v) and not s.get("variant") == "prestashop_reference":
                            err(f"order number without a digit: {v!r}")
                    elif t == "SECRET" and s.get("variant", "").startswith("pem_"):
                        if not (v.startswith("-----BEGIN") and v.endswith("-----")):
                            err(f"PEM span not a whole block: {v[:30]!r}")
            labels.sort()
            for a, c in zip(labels, labels[1:]):
                if c[0] < a[1]:
                    err(f"overlap {a} {c}")
    print(f"records={n}  langs={dict(langs)}  " + " ".join(f"{k}={100 * c / n:.0f}%" for k, c in sorted(langs.items())))
    print(f"records without any positive span: {no_pos}")
    print("registers:", dict(sorted(regs.items())))
    print("\nspans per type:")
    for t in sorted(per_type):
        print(f"  {t:<13}{per_type[t]:>5}")
    print(f"  {'TOTAL':<13}{sum(per_type.values()):>5}")
    tot = sum(per_type.values()) or 1
    print("\nshare of positives / per language:")
    for t in sorted(per_type):
        print(f"  {t:<13}{100 * per_type[t] / tot:>5.1f}%   " + "  ".join(f"{l}={per_type_lang[(t, l)]}" for l in sorted(langs)))
    print("\nspans per (type, variant):")
    for (t, v), c in sorted(per_var.items()):
        print(f"  {t:<13}{v:<30}{c:>4}")
    print("\nhard negatives:")
    for t in sorted(per_neg):
        print(f"  {t:<26}{per_neg[t]:>4}")
    print(f"  {'TOTAL':<26}{sum(per_neg.values()):>4}")
    iban_cc = sorted({v.split("_")[0] for (t, v) in per_var if t == "IBAN"})
    print(f"\nIBAN countries ({len(iban_cc)}): {' '.join(iban_cc)}")
    if n < 1600:
        errs.append(f"set too small: {n}")
    if no_pos < 300:
        errs.append(f"only {no_pos} records without a positive (need >= 300)")
    if sum(per_neg.values()) < 2000:
        errs.append(f"only {sum(per_neg.values())} hard-negative spans (need >= 2000)")
    if len(iban_cc) < 40:
        errs.append(f"only {len(iban_cc)} IBAN countries (need >= 40)")
    for l, share in (("en", 0.40), ("de", 0.30), ("fr", 0.30)):
        if abs(langs[l] / n - share) > 0.02:
            errs.append(f"language share off for {l}: {langs[l] / n:.3f}")
    if errs:
        print(f"\n{len(errs)} ERRORS")
        for e in errs:
            print("  " + e)
        sys.exit(1)
    print("\nOK: no errors")


if __name__ == "__main__":
    main()
