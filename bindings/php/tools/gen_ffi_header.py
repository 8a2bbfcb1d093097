#!/usr/bin/env python3
"""Generates bindings/php/sovereign_filter.h, the PHP FFI header, from include/sovereign_filter.h.

    python3 bindings/php/tools/gen_ffi_header.py           # rewrite the PHP header
    python3 bindings/php/tools/gen_ffi_header.py --check   # exit 1 (with a diff) when it is stale
    python3 bindings/php/tools/gen_ffi_header.py --stdout  # print what would be written

include/sovereign_filter.h is the specification; the PHP header holds only what PHP's FFI parser
understands and the binding uses: the FFI_SCOPE/FFI_LIB lines (first, as ffi.preload and FFI::load
require), then the typedefs, enums and prototypes, one declaration per line (enums one enumerator per
line), without comments and without preprocessor lines. Conditionals are evaluated with __cplusplus
undefined; any other directive than #define/#include/#ifdef/#ifndef/#else/#endif is refused, as is a
declaration that is not a struct typedef, an enum typedef or a function prototype, so nothing is
dropped silently. Macros (SF_VERSION_*) are not declarations FFI can use: PHP mirrors them in
Filter::BINDING_* (tests/HeaderSyncTest.php compares them).

One deliberate change, listed in RETURN_TYPES: sf_buffer_data returns void * instead of const char *
(same ABI). PHP FFI turns a returned const char * into a PHP string by reading up to the first NUL,
which would cut a buffer that is not NUL-terminated and may contain NULs; with void * the binding gets
the pointer and copies exactly sf_buffer_len() bytes with FFI::string().

Python 3 standard library only; the output is a pure function of the input (byte-identical reruns).
"""

import argparse
import difflib
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
SOURCE = os.path.join(ROOT, "include", "sovereign_filter.h")
TARGET = os.path.join(ROOT, "bindings", "php", "sovereign_filter.h")

# Function name -> (return type in the C header, return type for PHP FFI).
RETURN_TYPES = {"sf_buffer_data": ("const char *", "void *")}

# Macros that are FFI directives, emitted first in this order.
FFI_DIRECTIVES = ("FFI_SCOPE", "FFI_LIB")


class HeaderError(Exception):
    pass


def strip_comments(text):
    """Removes /* */ and // comments (keeping their newlines), leaving string literals intact."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c:
                if text[j] == "\\":
                    j += 1
                if text[j] == "\n":
                    raise HeaderError("unterminated literal")
                j += 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            if j < 0:
                raise HeaderError("unterminated comment")
            out.append(" " + "\n" * text.count("\n", i, j))
            i = j + 2
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def preprocess(text):
    """Evaluates the conditionals; returns (FFI directive values, the C text outside directives)."""
    defined = set()
    ffi = {}
    stack = []  # one bool per open conditional: is its current branch active
    code = []
    for number, line in enumerate(text.split("\n"), 1):
        active = all(stack)
        stripped = line.strip()
        if not stripped.startswith("#"):
            if active:
                code.append(line)
            continue
        m = re.match(r"#\s*(\w+)\s*(.*?)\s*$", stripped)
        if not m:
            raise HeaderError("line %d: cannot read directive %r" % (number, stripped))
        directive, rest = m.groups()
        if directive in ("ifdef", "ifndef"):
            if not re.fullmatch(r"\w+", rest):
                raise HeaderError("line %d: #%s needs one macro name" % (number, directive))
            stack.append((rest in defined) == (directive == "ifdef"))
        elif directive == "else":
            if not stack:
                raise HeaderError("line %d: #else without #if" % number)
            stack[-1] = not stack[-1]
        elif directive == "endif":
            if not stack:
                raise HeaderError("line %d: #endif without #if" % number)
            stack.pop()
        elif not active:
            continue
        elif directive == "define":
            d = re.match(r"(\w+)(?:\s+(.*))?$", rest)
            if not d or rest[len(d.group(1)):].startswith("("):
                raise HeaderError("line %d: only object-like macros are supported: %r" % (number, stripped))
            defined.add(d.group(1))
            if d.group(1) in FFI_DIRECTIVES:
                if not re.fullmatch(r'"[^"\\]*"', d.group(2) or ""):
                    raise HeaderError("line %d: %s must be a plain string literal" % (number, d.group(1)))
                ffi[d.group(1)] = d.group(2)
        elif directive == "include":
            if rest not in ("<stddef.h>", "<stdint.h>"):
                raise HeaderError("line %d: FFI knows size_t and the intN_t types, not %s" % (number, rest))
        else:
            raise HeaderError("line %d: unsupported directive #%s" % (number, directive))
    if stack:
        raise HeaderError("unterminated conditional")
    for name in FFI_DIRECTIVES:
        if name not in ffi:
            raise HeaderError("no #define %s in %s" % (name, SOURCE))
    return ffi, "\n".join(code)


def tidy(decl):
    """One line, single spaces, no space inside parentheses or before commas."""
    decl = re.sub(r"\s+", " ", decl).strip()
    decl = re.sub(r"\(\s+", "(", decl)
    decl = re.sub(r"\s+([),;])", r"\1", decl)
    return decl


def declarations(code):
    """Splits the C text into top-level declarations and formats each; returns (kind, text) pairs."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(code):
        if c in "{(":
            depth += 1
        elif c in "})":
            depth -= 1
        elif c == ";" and depth == 0:
            parts.append(code[start:i + 1])
            start = i + 1
    if code[start:].strip():
        raise HeaderError("text after the last declaration: %r" % code[start:].strip()[:60])

    out = []
    seen = set()
    for raw in parts:
        decl = tidy(raw)
        m = re.fullmatch(r"typedef struct (\w+) (\w+);", decl)
        if m:
            out.append(("struct", decl))
            continue
        m = re.fullmatch(r"typedef enum \{(.*)\} (\w+);", decl)
        if m:
            items = [e.strip() for e in m.group(1).split(",")]
            if items and items[-1] == "":
                items.pop()
            for item in items:
                if not re.fullmatch(r"\w+(?: = -?\d+)?", item):
                    raise HeaderError("enum %s: cannot read enumerator %r" % (m.group(2), item))
            body = ",\n".join("    " + item for item in items)
            out.append(("enum", "typedef enum {\n%s\n} %s;" % (body, m.group(2))))
            continue
        m = re.fullmatch(r"([A-Za-z_][\w ]*?(?: ?\*+)?) ?(sf_\w+)\((.*)\);", decl)
        if m:
            returns, name, params = m.groups()
            if name in RETURN_TYPES:
                expected, replacement = RETURN_TYPES[name]
                if returns.replace(" ", "") != expected.replace(" ", ""):
                    raise HeaderError("%s returns %r, the generator expects %r: update RETURN_TYPES"
                                      % (name, returns, expected))
                decl = "%s%s%s(%s);" % (replacement, "" if replacement.endswith("*") else " ", name, params)
                seen.add(name)
            out.append(("function", decl))
            continue
        raise HeaderError("not a struct typedef, enum typedef or function prototype: %r" % decl)
    missing = set(RETURN_TYPES) - seen
    if missing:
        raise HeaderError("RETURN_TYPES names functions the header does not declare: %s" % ", ".join(sorted(missing)))
    return out


def generate(source_text):
    ffi, code = preprocess(strip_comments(source_text))
    lines = ["#define %s %s" % (name, ffi[name]) for name in FFI_DIRECTIVES]
    lines += [
        "",
        "/*",
        " * GENERATED by bindings/php/tools/gen_ffi_header.py from include/sovereign_filter.h: do not edit.",
        " * Regenerate after changing the C header; tests/HeaderSyncTest.php fails while this file is stale.",
        " * The C header is the documentation. Only difference: sf_buffer_data returns void * here (same",
        " * ABI), so PHP FFI hands back the pointer instead of a string cut at the first NUL byte.",
        " */",
    ]
    previous = None
    for kind, decl in declarations(code):
        if kind != previous or kind == "enum":
            lines.append("")
        lines.append(decl)
        previous = kind
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 if %s is not current" % TARGET)
    mode.add_argument("--stdout", action="store_true", help="print the header instead of writing it")
    args = parser.parse_args()
    try:
        with open(SOURCE, encoding="utf-8", newline="") as f:
            wanted = generate(f.read())
    except (HeaderError, OSError) as e:
        print("gen_ffi_header: %s" % e, file=sys.stderr)
        return 2
    if args.stdout:
        sys.stdout.write(wanted)
        return 0
    try:
        with open(TARGET, encoding="utf-8", newline="") as f:
            current = f.read()
    except FileNotFoundError:
        current = ""
    if args.check:
        if current == wanted:
            return 0
        sys.stderr.writelines(difflib.unified_diff(
            current.splitlines(True), wanted.splitlines(True),
            "bindings/php/sovereign_filter.h (current)", "bindings/php/sovereign_filter.h (generated)"))
        print("gen_ffi_header: bindings/php/sovereign_filter.h is stale: run "
              "python3 bindings/php/tools/gen_ffi_header.py", file=sys.stderr)
        return 1
    if current != wanted:
        with open(TARGET, "w", encoding="utf-8", newline="") as f:
            f.write(wanted)
    return 0


if __name__ == "__main__":
    sys.exit(main())
