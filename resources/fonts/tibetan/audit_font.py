#!/usr/bin/python3
"""Audit a Tibetan font for glyph offsets that JavaFX would drop.

JavaFX on Linux shapes text through Pango but keeps only the glyph advances: any x/y offset that
HarfBuzz gives a glyph is lost and the glyph is drawn in the wrong place. This script shapes every
consonant and stack the font has a glyph for, with each vowel sign and each final letter, followed
by a tsheg, a shad, or a tsheg and the next syllable, through ``hb-shape`` (package
libharfbuzz-bin), and reports every glyph that still carries an offset.

With --reference ORIGINAL.ttf it also shapes the same lines with the original font and checks
that every glyph is drawn at the same place (pen position + offset) and that the pen ends at the
same place: the baked font must look exactly like the original as HarfBuzz positions it.

Usage:
    /usr/bin/python3 audit_font.py FONT.ttf [--reference ORIGINAL.ttf] [--lines-out FILE]
                                   [--max-em 0.05]

Exit status: 0 when no offset is larger than --max-em (default 0.05 em) and, with --reference,
no glyph moved; 1 otherwise.
Needs python3-fonttools (Debian), so call /usr/bin/python3.
"""
import argparse
import collections
import json
import re
import subprocess
import sys
import tempfile

from fontTools.ttLib import TTFont

VOWELS = ["", "\u0F72", "\u0F74", "\u0F7A", "\u0F7C", "\u0F71", "\u0F80"]  # none ི ུ ེ ོ ཱ ྀ
# Suffixes (rjes 'jug) and the common suffix + post-suffix pairs.
FINALS = ["", "\u0F42", "\u0F44", "\u0F51", "\u0F53", "\u0F56", "\u0F58", "\u0F60", "\u0F62",
          "\u0F63", "\u0F66", "\u0F42\u0F66", "\u0F44\u0F66", "\u0F56\u0F66", "\u0F58\u0F66",
          "\u0F53\u0F51", "\u0F62\u0F51", "\u0F63\u0F51"]
# What follows the syllable: tsheg, non-breaking tsheg, shad, tsheg + ཤ (the font positions the
# tsheg before sha), tsheg + ཀ.
ENDINGS = ["\u0F0B", "\u0F0C", "\u0F0D", "\u0F0B\u0F64", "\u0F0B\u0F40"]


def bases(font):
    """Every consonant and every stack (consonant + subjoined letters) the font has a glyph for."""
    found = set(chr(c) for c in range(0x0F40, 0x0F6D) if c in font.getBestCmap())
    for name in font.getGlyphOrder():
        m = re.fullmatch(r"uni((?:[0-9A-F]{4})+)(?:\..*)?", name)
        if not m:
            continue
        cps = [int(m.group(1)[i:i + 4], 16) for i in range(0, len(m.group(1)), 4)]
        if len(cps) > 1 and 0x0F40 <= cps[0] <= 0x0F6C and all(0x0F90 <= c <= 0x0FBC for c in cps[1:]):
            found.add("".join(map(chr, cps)))
    return sorted(found)


def lines_for(font):
    out = []
    for base in bases(font):
        for vowel in VOWELS:
            for final in FINALS:
                for ending in ENDINGS:
                    # Keep the product manageable: every ending only for the bare final.
                    if final and ending not in ("\u0F0B", "\u0F0B\u0F64"):
                        continue
                    out.append(base + vowel + final + ending)
    return out


def shape(font_path, lines):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as text:
        text.write("\n".join(lines) + "\n")
        text.flush()
        result = subprocess.run(["hb-shape", "--font-file=" + font_path, "--text-file=" + text.name,
                                 "--output-format=json"], check=True, capture_output=True, text=True)
    shaped = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    if len(shaped) != len(lines):
        sys.exit("hb-shape returned %d results for %d lines" % (len(shaped), len(lines)))
    return shaped


def drawn_positions(glyph_list):
    """Where each glyph is drawn (name, x, y) and where the pen ends, as HarfBuzz places them."""
    x = y = 0
    drawn = []
    for g in glyph_list:
        drawn.append((g["g"], x + g["dx"], y + g["dy"]))
        x += g["ax"]
        y += g["ay"]
    return drawn, (x, y)


def compare(lines, shaped, reference):
    """Lines whose glyphs are drawn elsewhere than with the reference font."""
    moved = []
    for text, ours, theirs in zip(lines, shaped, reference):
        if drawn_positions(ours) != drawn_positions(theirs):
            moved.append(text)
    return moved


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("font")
    parser.add_argument("--reference", help="the original font: glyphs must be drawn where it draws them")
    parser.add_argument("--lines-out", help="write the shaped test lines to this file")
    parser.add_argument("--max-em", type=float, default=0.05, help="largest offset tolerated, in em")
    args = parser.parse_args()

    font = TTFont(args.font)
    upem = font["head"].unitsPerEm
    lines = lines_for(font)
    if args.lines_out:
        with open(args.lines_out, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    shaped = shape(args.font, lines)

    offsets = collections.Counter()
    lines_with_offset = 0
    glyphs = 0
    worst = 0
    examples = {}
    for text, glyph_list in zip(lines, shaped):
        glyphs += len(glyph_list)
        hit = False
        for g in glyph_list:
            if g["dx"] or g["dy"]:
                hit = True
                key = (g["g"], g["dx"], g["dy"])
                offsets[key] += 1
                examples.setdefault(key, text)
                worst = max(worst, abs(g["dx"]), abs(g["dy"]))
        lines_with_offset += hit

    print("font: %s (%s)" % (args.font, font["name"].getDebugName(4)))
    print("lines shaped: %d, glyphs: %d, bases (consonants and stacks): %d"
          % (len(lines), glyphs, len(bases(font))))
    print("lines with an offset glyph: %d, offset glyphs: %d, distinct (glyph, dx, dy): %d"
          % (lines_with_offset, sum(offsets.values()), len(offsets)))
    print("largest offset: %d units = %.3f em" % (worst, worst / upem))
    for (name, dx, dy), count in offsets.most_common(20):
        print("  %-24s dx=%5d dy=%5d  x%-6d e.g. %s" % (name, dx, dy, count, examples[(name, dx, dy)]))
    ok = worst / upem <= args.max_em
    if args.reference:
        moved = compare(lines, shaped, shape(args.reference, lines))
        print("compared with %s: %d of %d lines draw a glyph elsewhere or end elsewhere"
              % (args.reference, len(moved), len(lines)))
        for text in moved[:20]:
            print("  moved: %s" % text)
        ok = ok and not moved
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
