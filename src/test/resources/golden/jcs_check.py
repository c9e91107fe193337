#!/usr/bin/env python3
"""An independent RFC 8785 (JCS) serializer, to check LastMile's golden files without Java.

For every *.json given (default: the canonical ones here), parses it, serializes it again by
RFC 8785 with nothing but Python's standard library, and reports whether the bytes are the same.
Then `sha256sum -c SHA256SUMS` checks the recorded hashes.
"""
import decimal
import json
import sys


def number(x):
    if isinstance(x, bool):
        raise TypeError
    if isinstance(x, int):
        if abs(x) > 2 ** 53:
            raise ValueError("not an IEEE double: %d" % x)
        x = float(x)
    if x != x or x in (float("inf"), float("-inf")):
        raise ValueError("RFC 8785 has no %r" % x)
    if x == 0:
        return "0"
    # repr() is the shortest decimal that reads back as the same double (Python 3.1+).
    sign, digits, exp = decimal.Decimal(repr(abs(x))).normalize().as_tuple()
    s = "".join(map(str, digits))
    k = len(s)
    n = k + exp  # value = 0.s × 10^n
    out = "-" if x < 0 else ""
    if k <= n <= 21:
        return out + s + "0" * (n - k)
    if 0 < n <= 21:
        return out + s[:n] + "." + s[n:]
    if -6 < n <= 0:
        return out + "0." + "0" * (-n) + s
    e = n - 1
    return out + s[0] + ("." + s[1:] if k > 1 else "") + "e" + ("-" if e < 0 else "+") + str(abs(e))


ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def string(s):
    out = ['"']
    for c in s:
        if c in ESCAPES:
            out.append(ESCAPES[c])
        elif ord(c) < 0x20:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def jcs(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, str):
        return string(v)
    if isinstance(v, (int, float)):
        return number(v)
    if isinstance(v, list):
        return "[" + ",".join(jcs(x) for x in v) + "]"
    # names sorted by their UTF-16 code units
    keys = sorted(v, key=lambda k: k.encode("utf-16-be"))
    return "{" + ",".join(string(k) + ":" + jcs(v[k]) for k in keys) + "}"


def main(files):
    bad = 0
    for name in files:
        raw = open(name, "rb").read()
        again = jcs(json.loads(raw.decode("utf-8"), parse_float=float)).encode("utf-8")
        ok = again == raw
        bad += not ok
        print(("same  " if ok else "DIFFERS ") + name)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["case-farmland.canonical.json", "record-handover.content.json",
                                   "record-handover.sealed.json"]))
