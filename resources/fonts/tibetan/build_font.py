#!/usr/bin/python3
"""Bake DDC Uchen into "LastMile Uchen": a Tibetan font that JavaFX on Linux draws correctly.

JavaFX shapes text through Pango (HarfBuzz) but keeps only the glyph advances and drops the x/y
offsets. DDC Uchen positions the tsheg (and ཤ after a tsheg) with GPOS pair-positioning
*placements*, so JavaFX draws the tsheg under the next letter. This script rewrites every pair
adjustment so that it moves glyphs only through advances, which JavaFX keeps:

* XPlacement p2 of the second glyph  -> first glyph's XAdvance += p2, second's XAdvance -= p2.
* XPlacement p1 of the first glyph   -> the glyph *before* the pair gets XAdvance += p1 (through a
  new chained-context lookup that looks ahead at the pair), the first glyph's XAdvance -= p1.
  (Only at the very start of a text, where no glyph precedes, is the first glyph p1 further left.)
* YPlacement cannot be expressed with advances; the script reports it and stops if any occurs.

Each glyph is drawn where HarfBuzz draws it with the original font, and the pen ends where it
ended; audit_font.py --reference checks that.

The OFL forbids a modified font to use the Reserved Font Name "DDC Uchen", so the family is
renamed to "LastMile Uchen" (name IDs 1, 3, 4, 6, 16, 17, 18); the copyright, trademark and
licence notices (IDs 0, 7, 13, 14) are kept. The output is reproducible: the head timestamps are
copied from the input, so the same input gives the same bytes.

Usage (python3-fonttools from Debian, hence /usr/bin/python3):
    /usr/bin/python3 build_font.py [INPUT.ttf] [OUTPUT.ttf]
Defaults: /usr/share/fonts/truetype/tibetan/DDC_Uchen.ttf (Debian fonts-ddc-uchen 1.0-1.2)
          LastMileUchen-Regular.ttf beside this script.
"""
import os
import sys

from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import otTables
from fontTools.ttLib.tables.otBase import ValueRecord

DEFAULT_INPUT = "/usr/share/fonts/truetype/tibetan/DDC_Uchen.ttf"
DEFAULT_OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "LastMileUchen-Regular.ttf")

FAMILY = "LastMile Uchen"
STYLE = "Regular"
POSTSCRIPT = "LastMileUchen-Regular"
BAKE_NOTE = ("Modified by the LastMile project: GPOS pair placements folded into advances "
             "(build_font.py), renamed from the Reserved Font Name.")

X_ADVANCE = 0x0004
PLACEMENT_BITS = 0x0001 | 0x0002  # XPlacement, YPlacement
DEVICE_BITS = 0x0010 | 0x0020 | 0x0040 | 0x0080


def value(record, name):
    return getattr(record, name, 0) if record is not None else 0


def new_value(x_advance):
    record = ValueRecord()
    record.XAdvance = x_advance
    return record


def fold_pair_values(v1, v2):
    """The pair's new (first XAdvance, second XAdvance) and the first's placement to move out."""
    if value(v1, "YPlacement") or value(v2, "YPlacement"):
        raise SystemExit("a pair adjustment has a YPlacement, which advances cannot express")
    p1, p2 = value(v1, "XPlacement"), value(v2, "XPlacement")
    a1, a2 = value(v1, "XAdvance"), value(v2, "XAdvance")
    return a1 + p2 - p1, a2 - p2, p1


def check_formats(subtable):
    for fmt in (subtable.ValueFormat1, subtable.ValueFormat2):
        if fmt & DEVICE_BITS:
            raise SystemExit("device tables in pair positioning are not supported")


def fold_pair_subtable(subtable, leading):
    """Rewrites one PairPos subtable in place; collects (first, seconds, p1) that need context."""
    check_formats(subtable)
    if subtable.Format == 1:
        for first, pair_set in zip(subtable.Coverage.glyphs, subtable.PairSet):
            for record in pair_set.PairValueRecord:
                a1, a2, p1 = fold_pair_values(record.Value1, record.Value2)
                record.Value1, record.Value2 = new_value(a1), new_value(a2)
                if p1:
                    leading.setdefault((first, p1), []).append(record.SecondGlyph)
    elif subtable.Format == 2:
        if any(value(r.Value1, "XPlacement") for c1 in subtable.Class1Record for r in c1.Class2Record):
            raise SystemExit("first-glyph placements in class-based pairs are not supported")
        for class1 in subtable.Class1Record:
            for record in class1.Class2Record:
                a1, a2, _ = fold_pair_values(record.Value1, record.Value2)
                record.Value1, record.Value2 = new_value(a1), new_value(a2)
    else:
        raise SystemExit("unknown PairPos format %s" % subtable.Format)
    subtable.ValueFormat1 = X_ADVANCE
    subtable.ValueFormat2 = X_ADVANCE


def coverage(glyphs, font):
    cov = otTables.Coverage()
    order = font.getReverseGlyphMap()
    cov.glyphs = sorted(set(glyphs), key=order.__getitem__)
    return cov


def lookup(lookup_type, subtables):
    result = otTables.Lookup()
    result.LookupType = lookup_type
    result.LookupFlag = 0
    result.SubTable = subtables
    result.SubTableCount = len(subtables)
    return result


def single_advance(font, x_advance):
    sub = otTables.SinglePos()
    sub.Format = 1
    sub.Coverage = coverage(font.getGlyphOrder(), font)
    sub.ValueFormat = X_ADVANCE
    sub.Value = new_value(x_advance)
    return lookup(1, [sub])


def leading_context_lookups(font, leading, first_index):
    """Lookups that give the glyph before (first, second) the first's former XPlacement."""
    advance_lookups = {}
    subtables = []
    for (first, p1), seconds in sorted(leading.items()):
        if p1 not in advance_lookups:
            advance_lookups[p1] = first_index + 1 + len(advance_lookups)
        sub = otTables.ChainContextPos()
        sub.Format = 3
        sub.BacktrackCoverage = []
        sub.InputCoverage = [coverage(font.getGlyphOrder(), font)]
        sub.LookAheadCoverage = [coverage([first], font), coverage(seconds, font)]
        record = otTables.PosLookupRecord()
        record.SequenceIndex = 0
        record.LookupListIndex = advance_lookups[p1]
        sub.PosLookupRecord = [record]
        sub.BacktrackGlyphCount, sub.InputGlyphCount, sub.LookAheadGlyphCount = 0, 1, 2
        sub.PosCount = 1
        subtables.append(sub)
    chain = lookup(8, subtables)
    singles = [single_advance(font, p1) for p1, _ in sorted(advance_lookups.items(), key=lambda kv: kv[1])]
    return chain, singles


def fold_gpos(font):
    gpos = font["GPOS"].table
    lookups = gpos.LookupList.Lookup
    leading = {}
    for index, item in enumerate(lookups):
        if item.LookupType != 2:
            # Only pair positioning exists in DDC Uchen; refuse what this script cannot check.
            raise SystemExit("lookup %d has type %d, which this script does not fold" % (index, item.LookupType))
        for sub in item.SubTable:
            fold_pair_subtable(sub, leading)
    if not leading:
        return 0
    chain, singles = leading_context_lookups(font, leading, len(lookups))
    chain_index = len(lookups)
    lookups.append(chain)
    lookups.extend(singles)
    gpos.LookupList.LookupCount = len(lookups)
    for feature in gpos.FeatureList.FeatureRecord:
        if feature.FeatureTag == "kern":
            feature.Feature.LookupListIndex.append(chain_index)
            feature.Feature.LookupCount = len(feature.Feature.LookupListIndex)
    return len(leading)


def rename(font, source_version):
    name = font["name"]
    replacements = {
        1: FAMILY,
        3: "%s: %s" % (FAMILY, source_version),
        4: FAMILY,
        6: POSTSCRIPT,
        16: FAMILY,
        17: STYLE,
        18: FAMILY,
    }
    for record in list(name.names):
        if record.nameID in replacements:
            name.setName(replacements[record.nameID], record.nameID, record.platformID,
                         record.platEncID, record.langID)
        elif record.nameID == 0:
            text = record.toUnicode().rstrip()
            newline = "\r\n" if "\r\n" in text else "\n"
            name.setName(text + newline + BAKE_NOTE, 0, record.platformID,
                         record.platEncID, record.langID)
        elif record.nameID == 5:
            name.setName(record.toUnicode().rstrip() + "; LastMile bake 1", 5, record.platformID,
                         record.platEncID, record.langID)
    for record in name.names:
        if record.nameID not in (0, 7, 13) and "DDC Uchen" in record.toUnicode():
            raise SystemExit("name %d still uses the reserved name: %s" % (record.nameID, record.toUnicode()))


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_INPUT
    target = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUTPUT
    # recalcTimestamp=False keeps the input's head.modified: the same input gives the same bytes.
    font = TTFont(source, recalcTimestamp=False)
    if font["name"].getDebugName(1) != "DDC Uchen":
        raise SystemExit("expected DDC Uchen, found %s" % font["name"].getDebugName(1))
    version = font["name"].getDebugName(5)
    contexts = fold_gpos(font)
    rename(font, "%s; LastMile bake 1" % version)
    font.save(target, reorderTables=True)
    print("wrote %s (%d first-glyph placements moved to the preceding glyph)" % (target, contexts))


if __name__ == "__main__":
    main()
