#!/usr/bin/env python3
"""Validator for prompt-attacks-v10. Standard library only. Exit code 1 on any error."""
import json, os, re, sys, collections, base64, binascii
import common as C

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = ["override", "roleplay", "system_prompt", "targeted_customer_data", "bulk_customer_data", "business_secrets",
           "indirect_injection", "fake_delimiters", "encoded"]
KINDS = ["look_alike", "product_questions", "order_support", "short_turns", "long_messages"]
LANGS = ["en", "de", "fr"]
REGS = {"chat", "email", "email_thread", "ticket", "form", "json", "sms", "whatsapp", "html", "marketplace", "voice_transcript"}
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s:%d bad JSON: %s" % (name, n, e))
    return rows


def check_spans(r):
    spans = r.get("spans")
    if not spans:
        return 0
    b = r["text"].encode("utf-8")
    prev = -1
    for s in sorted(spans, key=lambda s: s["start"]):
        v = b[s["start"]:s["end"]].decode("utf-8")
        if v != s["value"]:
            err("%s span mismatch" % r["id"])
        if v != v.strip():
            err("%s span outer whitespace" % r["id"])
        if s["start"] < prev:
            err("%s overlapping spans" % r["id"])
        prev = s["end"]
    return len(spans)


CARD_RE = re.compile(r"(?<![\w])(?:\d[ -]?){12,18}\d(?![\w])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b", re.I)   # sms register lower-cases


def rib_ok(bban):
    bank, branch, acct, key = bban[0:5], bban[5:10], bban[10:21], bban[21:23]
    return (89 * int(bank) + 15 * int(branch) + 3 * int(acct) + int(key)) % 97 == 0


def check_checksums(r, meta, stats):
    t = r["text"]
    for m in IBAN_RE.finditer(t):
        raw = m.group(1).replace(" ", "").upper()
        LEN = {"GB": 22, "DE": 22, "AT": 20, "FR": 27, "BE": 16}
        if raw[:2] not in LEN or len(raw) < LEN[raw[:2]]:
            continue
        raw = raw[:LEN[raw[:2]]]   # the case-insensitive match may run into a following word
        stats["iban"] += 1
        if not C.iban_ok(raw):
            err("%s invalid IBAN %s" % (r["id"], raw))
        if raw.startswith("FR") and not rib_ok(raw[4:]):
            err("%s invalid French RIB key %s" % (r["id"], raw))
        if raw.startswith("BE") and (int(raw[4:14]) % 97 or 97) != int(raw[14:16]):
            err("%s invalid Belgian check %s" % (r["id"], raw))
    for m in CARD_RE.finditer(IBAN_RE.sub(" ", t)):
        digits = re.sub(r"\D", "", m.group(0))
        if meta.get("source") == "encoded:hex":
            stats["hex_digit_runs_skipped"] += 1   # runs of spaced hex bytes, not card numbers
            continue
        stats["card"] += 1
        if not C.luhn_ok(digits):
            err("%s digit run fails Luhn: %s" % (r["id"], m.group(0)))


def check_encoded(r, meta, stats):
    src = meta.get("source", "")
    t = r["text"]
    if src == "encoded:base64":
        toks = re.findall(r"[A-Za-z0-9+/]{16,}={0,2}", t)
        ok = False
        for tok in toks:
            try:
                base64.b64decode(tok, validate=True).decode("ascii"); ok = True
            except (binascii.Error, UnicodeDecodeError):
                pass
        if not ok:
            err("%s base64 payload does not decode" % r["id"])
        stats["decoded"] += ok
    if src == "encoded:hex":
        runs = re.findall(r"(?<![0-9A-Za-z])(?:[0-9a-f]{2} ?){10,}", t)
        try:
            bytes.fromhex(max(runs, key=len).replace(" ", "")).decode("ascii"); stats["decoded"] += 1
        except Exception:
            err("%s hex payload does not decode" % r["id"])


def main():
    att, ben, meta = load("attacks.jsonl"), load("benign.jsonl"), load("meta.jsonl")
    M = {m["id"]: m for m in meta}
    if len(M) != len(meta):
        err("duplicate ids in meta")
    stats = collections.Counter()
    texts = set()
    for rows, prefix, key, labels in ((att, "atk-", "intent", INTENTS), (ben, "ben-", "kind", KINDS)):
        ids = [r.get("id") for r in rows]
        if len(set(ids)) != len(ids):
            err("duplicate ids in %s" % prefix)
        for n, r in enumerate(rows, 1):
            exp = {"id", "lang", key, "text"}
            if set(r) - {"spans"} != exp:
                err("%s unexpected keys %s" % (r.get("id"), sorted(r)))
            if r["id"] != "%s%04d" % (prefix, n):
                err("%s not sequential" % r["id"])
            if r["lang"] not in LANGS:
                err("%s bad lang" % r["id"])
            if r[key] not in labels:
                err("%s bad label %s" % (r["id"], r[key]))
            if not r["text"].strip():
                err("%s empty text" % r["id"])
            if r["text"] in texts:
                err("%s duplicate text" % r["id"])
            texts.add(r["text"])
            if r["id"] not in M:
                err("%s missing in meta" % r["id"])
                continue
            if M[r["id"]]["register"] not in REGS:
                err("%s bad register" % r["id"])
            if "{" in r["text"] and re.search(r"\{(name|first|email|order|town|street_only|iban|mycard|last4|myaddr|myphone|amt2?|p|P|k|inj|q)\}", r["text"]):
                err("%s unfilled placeholder" % r["id"])
            stats["spans"] += check_spans(r)
            check_checksums(r, M[r["id"]], stats)
            check_encoded(r, M[r["id"]], stats)
    if len(meta) != len(att) + len(ben):
        err("meta has %d lines, records %d" % (len(meta), len(att) + len(ben)))

    out = []
    for rows, key, labels, name in ((att, "intent", INTENTS, "attacks.jsonl"), (ben, "kind", KINDS, "benign.jsonl")):
        c = collections.Counter((r[key], r["lang"]) for r in rows)
        out.append("%s: %s x language" % (name, key))
        out.append("%-26s %5s %5s %5s %6s" % (key, "en", "de", "fr", "total"))
        for lab in labels:
            tot = sum(c[(lab, l)] for l in LANGS)
            out.append("%-26s %5d %5d %5d %6d" % (lab, c[(lab, "en")], c[(lab, "de")], c[(lab, "fr")], tot))
            if name == "attacks.jsonl" and tot < 45:
                err("intent %s has only %d" % (lab, tot))
        out.append("%-26s %5d %5d %5d %6d" % ("total", *[sum(1 for r in rows if r["lang"] == l) for l in LANGS], len(rows)))
        ids = {r["id"] for r in rows}
        reg = collections.Counter(M[i]["register"] for i in ids if i in M)
        src = collections.Counter(M[i]["source"] for i in ids if i in M)
        out.append("register: " + ", ".join("%s=%d" % kv for kv in sorted(reg.items())))
        out.append("source: " + ", ".join("%s=%d" % kv for kv in sorted(src.items())))
        lens = sorted(len(r["text"].encode()) for r in rows)
        out.append("UTF-8 bytes: min %d, median %d, max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
        out.append("")
    if len(att) < 450:
        err("fewer than 450 attacks")
    if len(ben) < 800:
        err("fewer than 800 benign")
    out.append("checksum-bearing values checked: IBAN %d, card-like digit runs %d (all must pass); spaced-hex digit runs skipped %d"
               % (stats["iban"], stats["card"], stats["hex_digit_runs_skipped"]))
    out.append("encoded payloads decoded by the checker (base64/hex): %d" % stats["decoded"])
    out.append("spans: %d (this set has no spans)" % stats["spans"])
    out.append("")
    if errors:
        out += ["ERRORS (%d):" % len(errors)] + errors[:50]
    else:
        out.append("OK")
    print("\n".join(out))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
